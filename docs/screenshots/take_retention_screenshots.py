"""Screenshots of the desk's own maintenance (issue 13): 31 a single desk whose
daily backup is overdue (status bar) with the administrator's purge dialog previewing a
retention purge.

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python \\
        docs/screenshots/take_retention_screenshots.py

Demo data is generated into a temporary SQLite file here; nothing is purged.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QApplication

from hotline import demo
from hotline.models import User
from hotline.services import backup_schedule, calls, clock
from hotline.services.base import Actor
from hotline.storage import close_database, describe, open_database
from hotline.ui import i18n
from hotline.ui.app import make_app
from hotline.ui.backup_schedule import BackupScheduler
from hotline.ui.main_window import MainWindow
from hotline.ui.purge_dialog import PurgeDialog
from hotline.ui.settings import Settings

OUT = Path(__file__).resolve().parent


def pump(seconds=0.6, until=None):
    end = time.time() + (30 if until else seconds)
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


def main():
    app = make_app()
    assert app is QApplication.instance()
    BackupScheduler.STATUS_DELAY_MS = 0  # the status at once, no backup taken
    BackupScheduler.FIRST_RUN_MS = 3_600_000
    for lang in ("zh_CN", "en"):
        i18n.install(lang)
        tmp = Path(tempfile.mkdtemp(prefix="hotline-retention-shots-"))
        url = f"sqlite:///{tmp / 'desk.db'}"
        open_database(url)
        demo.generate(actor=Actor.system("shots"), calls=3000, seed=7, months=14)
        old = clock.now().replace(microsecond=0) - dt.timedelta(days=3, hours=2)
        backup_schedule.run_scheduled(actor=Actor.system("shots"), now=old)
        admin = Actor.from_user(User.get(User.role == "admin"))
        duty = Actor.from_user(User.get(User.role == "duty_officer"))
        calls.log_call(actor=duty, outcome="answered", subject="咨询")  # a change
        settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(admin, settings, describe(url), tmp / "drafts")
        window.resize(1366, 740)
        window.show()
        label = window.backup_scheduler.label
        pump(1.0, until=label.isVisible)
        dialog = PurgeDialog(window, admin, window.tasks)
        dialog.show()
        pump(1.0, until=dialog.before.isEnabled)  # the center's rule has loaded
        cutoff = dt.date.today().replace(day=1) - dt.timedelta(days=365)
        dialog.before.setDate(QDate(cutoff.year, cutoff.month, cutoff.day))
        dialog.preview_button.click()
        pump(1.0, until=lambda: bool(dialog.counts.text()))
        shot(f"{lang}-31-backup-overdue-and-purge-preview")
        dialog.close()
        window.close()
        close_database()


if __name__ == "__main__":
    sys.exit(main())
