"""Fixtures of the UI tests: a main window per role over the `database` fixture,
settings and drafts in tmp_path, and a check that no background thread is left."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")



def pytest_collection_modifyitems(config, items):
    for item in items:  # `-m "not ui"` leaves these out
        if "/tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.ui)


SCREEN = {"width": 1366, "height": 768}  # the duty officer's workstation


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory):
    """An offscreen screen of 1366×768 (the plugin's default is 800×600, smaller
    than the main window's minimum size)."""
    import json

    config = tmp_path_factory.mktemp("qpa") / "offscreen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "workstation", "x": 0, "y": 0, **SCREEN, "logicalDpi": 96,
        "logicalBaseDpi": 96, "dpr": 1}]}))
    return ["hotline-tests", "-platform", f"offscreen:configfile={config}"]


@pytest.fixture
def ui_settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from hotline.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def open_window(qtbot, database, db_url, ui_settings, tmp_path):
    """open_window(actor) -> MainWindow, shown; closed after the test, and the test
    fails if one of its worker threads is still running then."""
    from hotline.storage import describe
    from hotline.ui.main_window import MainWindow

    windows = []

    def open_(actor, *, start=True):
        window = MainWindow(actor, ui_settings, describe(db_url), tmp_path / "drafts")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        if start:
            window.start_session()
        # what the window reads at start (categories, status, handover notes) is
        # read off the UI thread: ready when those reads have arrived
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
        windows.append(window)
        return window

    yield open_
    for window in windows:
        if window.isVisible():
            window.close()  # waits for its jobs, as closing the app does


@pytest.fixture
def ime_type():
    """Type text as a Chinese input method commits it (QTest has no CJK keys)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    def type_(widget, text: str) -> None:
        widget.setFocus()
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)

    return type_


@pytest.fixture(autouse=True)
def no_threads_left(qapp):
    yield
    from hotline.ui.tasks import MANAGERS

    # a job whose result was just delivered is still counted for a moment (its
    # worker finishes its bookkeeping after the hand-over): give that a second
    running = [m for m in list(MANAGERS) if not m._wait_idle(1000)]
    for manager in running:
        manager.shutdown(5000)  # do not let it spill into the next test
    assert not running, "the test left a background thread running"

