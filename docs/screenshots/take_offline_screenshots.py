"""Screenshots of a center's workstation through a server outage (issue 13):
29 the desk offline (calls kept under provisional numbers, a caller's history as last
seen), 30 the server back (which provisional number became which ticket).

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python \\
        docs/screenshots/take_offline_screenshots.py postgresql://postgres@127.0.0.1:5432/hotline_shots

The database is emptied and filled here; the server is cut with tests/ui/pg_proxy.py.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from hotline.models import Category  # noqa: E402
from hotline.services import calls  # noqa: E402
from hotline.storage import close_database, describe, open_database  # noqa: E402
from hotline.ui import i18n  # noqa: E402
from hotline.ui.app import make_app  # noqa: E402
from hotline.ui.main_window import MainWindow  # noqa: E402
from hotline.ui.offline import OutboxDialog  # noqa: E402
from hotline.ui.settings import Settings  # noqa: E402

OUT = Path(__file__).resolve().parent


def pump(seconds=0.6, until=None):
    end = time.time() + (20 if until else seconds)
    while time.time() < end:
        QApplication.processEvents()
        time.sleep(0.02)
        if until is not None and until():
            pump(0.3)
            return


def shot(name):
    pump(0.8)
    subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)
    print("wrote", name)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def proxy(port, target):
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests/ui/pg_proxy.py"),
                             str(port), target.hostname or "127.0.0.1",
                             str(target.port or 5432)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "READY"
    return proc


def main(url):
    from conftest import _reset_pg
    from helpers import make_user

    app = make_app()
    assert app is QApplication.instance()
    target = urlparse(url)
    port = free_port()
    via = urlunparse(target._replace(netloc=f"{target.username or 'postgres'}@127.0.0.1:{port}"))
    for lang in ("zh_CN", "en"):
        i18n.install(lang)
        _reset_pg(url)
        tmp = Path(tempfile.mkdtemp(prefix="hotline-offline-shots-"))
        settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
        p = proxy(port, target)
        open_database(via)
        labour = Category.create(code="LAB", name="劳动争议")
        wage = Category.create(code="LAB.WAGE", name="欠薪", parent=labour)
        duty = make_user("yangfan", "duty_officer", "杨帆")
        make_user("zhouting", "specialist", "周婷")
        calls.log_call(actor=duty, outcome="answered", phone="13812345678",
                       caller_name="王建国", category_id=wage.id,
                       subject="咨询被拖欠工资如何申请劳动仲裁", solution="已告知仲裁流程")
        window = MainWindow(duty, settings, describe(via), tmp / "drafts")
        window.resize(1366, 740)
        window.show()
        form = window.call_form
        pump(1.0, until=lambda: form.category.count() > 1)
        form.phone.setText("13812345678")
        form._lookup_history()
        pump(1.0, until=lambda: form.history.topLevelItemCount() == 1)
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        for i, (phone, subject) in enumerate([
                ("13987650001", "工伤认定需要准备哪些材料"),
                ("13987650002", "物业费纠纷咨询"),
                ("13812345678", "再次来电：仲裁申请书怎么写")]):
            form.clear()
            form.phone.setText(phone)
            form.subject.setText(subject)
            form.category.setCurrentIndex(form.category.findText("劳动争议/欠薪"))
            form.save("answered")
            pump(1.0, until=lambda: form.subject.text() == "")
        form.phone.setText("13812345678")
        form._lookup_history()
        pump(1.0, until=lambda: form.history_header.text().startswith(
            ("离线", "Offline")))
        form.subject.setText("咨询加班费计算" if lang == "zh_CN" else "Overtime pay")
        shot(f"{lang}-29-offline-desk")
        p = proxy(port, target)
        form.clear()
        window.offline.try_replay()
        pump(1.0, until=lambda: window.offline.counts["waiting"] == 0
             and not window.offline.label.isVisible())
        dialog = OutboxDialog(window.offline.outbox().entries(), window)
        dialog.show()
        shot(f"{lang}-30-offline-calls-sent")
        dialog.close()
        window.close()
        close_database()
        p.kill()
        p.wait()


if __name__ == "__main__":
    main(sys.argv[1])
