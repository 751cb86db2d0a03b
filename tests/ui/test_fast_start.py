"""The sign-in window comes first: a start paints it before anything of the database
is imported, opens the database behind it, and its "Sign in" waits for that (a press
made before is carried out then; "Quit" ends the start)."""

from __future__ import annotations

import subprocess
import sys

from helpers import PASSWORD, make_user


def test_the_sign_in_window_needs_nothing_of_the_database():
    # what a GUI start imports before the window is painted (cli, app, the dialog)
    code = (
        "import sys\n"
        "from hotline.cli import _gui_args\n"
        "assert _gui_args(['--db', 'sqlite:///x.db']).command is None\n"
        "import hotline.ui.app, hotline.ui.login_dialog\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('peewee', 'psycopg2', 'sqlite3', 'argon2') or m.startswith(("
        "'hotline.storage', 'hotline.services', 'hotline.models', "
        "'hotline.domain')))\n"
        "print(loaded)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_sign_in_pressed_while_the_database_opens_goes_through_when_ready(
        qtbot, database):
    from hotline.ui.login_dialog import LoginDialog

    make_user("duty1", "duty_officer")
    dialog = LoginDialog.show_waiting(username="duty1")
    qtbot.addWidget(dialog)
    dialog.show()  # as app.py does, before the database is opened
    qtbot.waitUntil(lambda: dialog.was_painted, timeout=5_000)
    assert dialog.where.text() == "Opening the database…"
    dialog.password.setText(PASSWORD)
    dialog.sign_in_button.click()  # before the database is open
    assert not dialog.sign_in_button.isEnabled() and dialog.actor is None
    dialog.set_ready(db_text="SQLite test.db", username="duty1")
    qtbot.waitUntil(lambda: dialog.actor is not None, timeout=10_000)
    assert dialog.actor.username == "duty1"
    assert dialog.where.text() == "Database: SQLite test.db"
    LoginDialog.discard_waiting()


def test_quit_while_the_database_opens_ends_the_start(qtbot, database):
    from hotline.ui.login_dialog import LoginDialog

    dialog = LoginDialog.show_waiting(username="")
    qtbot.addWidget(dialog)
    dialog.quit_button.click()
    assert not dialog.isVisible()
    assert LoginDialog.ask(db_text="test", username="") is None  # asks nothing more
    assert LoginDialog.waiting is None


def test_the_waiting_window_is_the_one_asked(qtbot, database, monkeypatch):
    from PySide6.QtCore import QTimer
    from hotline.ui.login_dialog import LoginDialog

    make_user("duty1", "duty_officer")
    waiting = LoginDialog.show_waiting(username="")
    waiting.username.setText("duty1")  # typed while the database was opening
    waiting.username.setModified(True)
    seen = []

    def type_password():
        dialog = LoginDialog.waiting or waiting
        seen.append(dialog)
        dialog.password.setText(PASSWORD)
        dialog.accept()

    QTimer.singleShot(0, type_password)
    actor = LoginDialog.ask(db_text="test", username="someone.else")
    assert seen == [waiting]  # the same window, what was typed kept
    assert actor is not None and actor.username == "duty1"
