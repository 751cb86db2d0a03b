"""PostgreSQL goes away while a call is typed: the form is kept and says what
happened; when the server is back, the same call saves (a new connection)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

PG_URL = os.environ.get("HOTLINE_TEST_PG", "").strip()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _proxy(port: int, target) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("pg_proxy.py")),
                             str(port), target.hostname or "127.0.0.1",
                             str(target.port or 5432)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "READY"
    return proc


@pytest.mark.skipif(not PG_URL, reason="needs HOTLINE_TEST_PG (a PostgreSQL server)")
def test_server_down_keeps_the_form_and_reconnects(qtbot, pg_base_name, tmp_path,
                                                   ui_settings):
    from conftest import _pg_url_for, _reset_pg
    from helpers import make_user
    from hotline.storage import close_database, describe, open_database
    from hotline.models import Call
    from hotline.ui.main_window import MainWindow

    direct = _pg_url_for(pg_base_name)
    _reset_pg(direct)
    target = urlparse(direct)
    port = _free_port()
    via_proxy = urlunparse(target._replace(
        netloc=f"{target.username or 'postgres'}@127.0.0.1:{port}"))
    proxy = _proxy(port, target)
    window = None
    try:
        close_database()
        open_database(via_proxy)
        duty = make_user("duty1", "duty_officer", "duty one")
        window = MainWindow(duty, ui_settings, describe(via_proxy), tmp_path / "drafts")
        qtbot.addWidget(window)
        window.show()
        form = window.call_form
        form.phone.setText("13800138000")
        form.subject.setText("Server goes away")
        os.kill(proxy.pid, signal.SIGKILL)  # the server is gone
        proxy.wait(10)
        form.save("answered")
        qtbot.waitUntil(lambda: form.banner.property("error") is True, timeout=20_000)
        assert form.banner.text().startswith("The database server cannot be reached")
        assert "your text is still here" in form.banner.text()
        assert form.subject.text() == "Server goes away"
        assert form.phone.text() == "13800138000"
        proxy = _proxy(port, target)  # the server is back
        with qtbot.waitSignal(form.saved, timeout=20_000) as saved:
            form.save("answered")  # the officer presses Ctrl+Enter again
        assert Call.get(Call.ticket_no == saved.args[0].ticket_no).subject == \
            "Server goes away"
    finally:
        if window is not None:
            window.close()
        close_database()
        if proxy.poll() is None:
            proxy.kill()
            proxy.wait(10)
