"""The window never waits for the database (DESIGN §2, issue 7 point 7).

The PostgreSQL server is reached through tests/ui/pg_proxy.py, which can stall
it (every byte held, as with a server stuck on a lock or a saturated link). While
it is stalled for 3 s, the real flows are driven (status refresh, caller
history while typing a number, My shift paging, saving a call, opening a case,
signing in, unlocking) and a 20 ms timer measures the event loop: it never
waits more than 200 ms, and every result arrives once the server answers.

Also: each worker thread keeps one connection (counted in pg_stat_activity),
closed when the window closes. PostgreSQL-only (the stall needs a server)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest
from PySide6.QtCore import QTimer

PG_URL = os.environ.get("HOTLINE_TEST_PG", "").strip()
pytestmark = pytest.mark.skipif(
    not PG_URL, reason="PostgreSQL-only test: HOTLINE_TEST_PG is not set (the "
    "stalled server is a PostgreSQL server behind tests/ui/pg_proxy.py)")

STALL_S = 3.0
MAX_GAP_S = 0.200


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Proxy:
    def __init__(self, target):
        self.port = _free_port()
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("pg_proxy.py")),
             str(self.port), target.hostname or "127.0.0.1", str(target.port or 5432),
             str(STALL_S)],
            stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "READY"

    def stall(self) -> float:
        """Stall the server for STALL_S seconds (it then answers everything held,
        by itself: a window that waited for it would still come back, slowly)."""
        self.proc.send_signal(signal.SIGUSR1)
        while self.proc.stdout.readline().strip() != "STALLED":
            pass  # the "FLOWING" of the previous stall
        return time.monotonic()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


class GapMeter:
    """A timer every 20 ms; the longest time between two of its ticks is how
    long the event loop was blocked at worst."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.last = None
        self.max_gap = 0.0

    def _tick(self):
        now = time.monotonic()
        if self.last is not None:
            self.max_gap = max(self.max_gap, now - self.last)
        self.last = now

    def start(self):
        self.last = time.monotonic()
        self.timer.start()

    def stop(self):
        self.timer.stop()
        self._tick()


@pytest.fixture
def via_proxy(pg_base_name):
    """The scratch PostgreSQL database, opened through a proxy that can stall it."""
    from conftest import _pg_url_for, _reset_pg
    from hotline.storage import close_database, open_database

    direct = _pg_url_for(pg_base_name)
    _reset_pg(direct)
    target = urlparse(direct)
    proxy = Proxy(target)
    url = urlunparse(target._replace(
        netloc=f"{target.username or 'postgres'}@127.0.0.1:{proxy.port}"))
    close_database()
    open_database(url)
    try:
        yield proxy, url
    finally:
        close_database()
        proxy.stop()


def _wait_until_almost_over(qtbot, stalled_at: float) -> None:
    """Keep the event loop running until shortly before the stall ends."""
    left = STALL_S - 0.5 - (time.monotonic() - stalled_at)
    assert left > 0, "the flows took longer than the stall"
    qtbot.wait(int(left * 1000))


def test_the_window_never_freezes_while_the_server_is_stalled(qtbot, via_proxy,
                                                              tmp_path, ui_settings):
    from helpers import PASSWORD, make_user
    from hotline.services import calls
    from hotline.storage import describe
    from hotline.ui.case_window import CaseWindow as CaseDialog
    from hotline.ui.login_dialog import LoginDialog
    from hotline.ui.main_window import MainWindow
    from PySide6.QtWidgets import QProgressDialog

    proxy, url = via_proxy
    duty = make_user("duty1", "duty_officer", "duty one")
    first = calls.log_call(actor=duty, outcome="answered", subject="earlier call",
                           phone="13800138000")
    for i in range(120):  # more than one page of My shift
        calls.log_call(actor=duty, outcome="hang_up", phone=f"1390000{i:04d}")
    window = MainWindow(duty, ui_settings, describe(url), tmp_path / "drafts")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_session()
    window.go("shift")
    page, form = window.my_shift, window.call_form
    qtbot.waitUntil(lambda: page.model.rowCount() == 100, timeout=10_000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    window.status_shift.setText("")
    window.go("call")
    meter = GapMeter()
    meter.start()
    saved = []
    form.saved.connect(saved.append)
    try:
        # ---- phase 1: everything the officer does while the server is stuck
        stalled_at = proxy.stall()
        window.refresh_status()  # the status bar's minute tick
        page.model.fetchMore()  # the next page of My shift
        assert page.model.fetching
        page.model.fetchMore()  # scrolled again meanwhile: "already fetching"
        form.subject.setText("saved while the server is slow")
        form.save("answered")
        login = LoginDialog(db_text="test", username="duty1")  # a sign-in
        qtbot.addWidget(login)
        login.show()
        login.password.setText(PASSWORD)
        login.accept()
        window.open_case(first.id)  # opening a case: a progress dialog appears
        qtbot.waitUntil(lambda: any(d.isVisible() for d in
                                    window.findChildren(QProgressDialog)),
                        timeout=5_000)
        _wait_until_almost_over(qtbot, stalled_at)
        # nothing could arrive: the server is still stalled
        assert not saved and login.actor is None and page.model.rowCount() == 100
        assert not window.findChildren(CaseDialog)
        qtbot.waitUntil(lambda: bool(saved), timeout=20_000)
        qtbot.waitUntil(lambda: login.actor is not None, timeout=20_000)
        qtbot.waitUntil(lambda: page.model.rowCount() > 100, timeout=20_000)
        qtbot.waitUntil(lambda: bool(window.findChildren(CaseDialog)), timeout=20_000)
        qtbot.waitUntil(lambda: window.status_shift.text() != "", timeout=20_000)
        assert saved[0].ticket_no and login.actor.username == "duty1"
        assert window.status_shift.text() == "Shift: not rostered now"
        assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))
        for dialog in window.findChildren(CaseDialog):
            dialog.close()

        # ---- phase 2: the caller's history while the number is typed
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=20_000)
        stalled_at = proxy.stall()
        qtbot.keyClicks(form.phone, "13800138000")
        _wait_until_almost_over(qtbot, stalled_at)
        assert "calls in total" not in form.history_header.text()
        qtbot.waitUntil(lambda: "calls in total" in form.history_header.text(),
                        timeout=20_000)
        assert form.history_header.text().startswith("13800138000 — ")

        # ---- phase 3: unlocking while the server is stuck
        window.lock()
        stalled_at = proxy.stall()
        window.lock_page.password.setText(PASSWORD)
        window.lock_page.try_unlock()
        _wait_until_almost_over(qtbot, stalled_at)
        assert window.locked  # the password cannot be checked yet
        qtbot.waitUntil(lambda: not window.locked, timeout=20_000)
    finally:
        meter.stop()
        qtbot.wait(int(STALL_S * 1000))  # a stall in progress ends by itself
        window.close()
    assert meter.max_gap < MAX_GAP_S, (
        f"the event loop was blocked for {meter.max_gap * 1000:.0f} ms")


def test_one_connection_per_worker_thread(qtbot, pg_base_name, tmp_path, ui_settings):
    import psycopg2

    from conftest import _pg_url_for, _reset_pg
    from helpers import make_user
    from hotline.services import calls
    from hotline.storage import close_database, describe, open_database
    from hotline.ui.main_window import MainWindow

    direct = _pg_url_for(pg_base_name)
    _reset_pg(direct)
    app_name = f"hotline-conn-test-{os.getpid()}"
    url = f"{direct}?application_name={app_name}"
    close_database()
    database = open_database(url)
    p = urlparse(direct)
    probe = psycopg2.connect(dbname=p.path.lstrip("/"), user=p.username or "postgres",
                             host=p.hostname or "127.0.0.1", port=p.port or 5432)
    probe.autocommit = True

    def backends() -> set[int]:
        with probe.cursor() as cur:
            cur.execute("SELECT pid FROM pg_stat_activity WHERE application_name = %s",
                        (app_name,))
            return {row[0] for row in cur.fetchall()}

    try:
        duty = make_user("duty1", "duty_officer", "duty one")
        calls.log_call(actor=duty, outcome="answered", subject="x", phone="13800138000")
        main_pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
        window = MainWindow(duty, ui_settings, describe(url), tmp_path / "drafts")
        qtbot.addWidget(window)
        window.show()
        form = window.call_form
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
        early = backends() - {main_pid}
        assert early, "the workers' connections stay open between jobs"
        for i in range(50):  # 50 keystroke-triggered jobs (caller history)
            qtbot.keyClicks(form.phone, str(i % 10))
            form.history_timer.stop()
            form._lookup_history()
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=20_000)
        late = backends()
        workers = late - {main_pid}
        assert len(late) <= window.tasks.max_threads + 1  # + the main thread's
        assert len(workers) == window.tasks.thread_count() <= window.tasks.max_threads
        assert early <= workers  # the same connections, reused
        window.close()  # the workers end and close their connections
        deadline = time.monotonic() + 10
        while backends() - {main_pid} and time.monotonic() < deadline:
            time.sleep(0.05)
        assert backends() - {main_pid} == set()
    finally:
        probe.close()
        close_database()
