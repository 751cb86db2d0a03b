"""`hotline` with no command: run_gui on an empty database goes through the first-run
wizard, sign-in, the main window, sign-out and back to sign-in."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QSettings, QTimer

from hotline.services import users


def test_run_gui_first_run_sign_in_and_out(qtbot, qapp, db_url, tmp_path, monkeypatch):
    from hotline.ui import app as app_module
    from hotline.ui.first_run_dialog import FirstRunDialog
    from hotline.ui.login_dialog import LoginDialog
    from hotline.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    monkeypatch.setattr(app_module, "default_dir", lambda: tmp_path / "drafts")
    seen = []

    def first_run(cls, parent=None, *, db_text=""):
        seen.append(("first run", db_text))
        return users.bootstrap_admin(username="boss", display_name="Boss",
                                     password="First-run-passw0rd")

    logins = iter([("boss", "First-run-passw0rd"), None])

    def login(cls, parent=None, *, db_text="", username=""):
        seen.append(("login", username))
        pair = next(logins)
        return None if pair is None else users.authenticate(username=pair[0],
                                                            password=pair[1])

    shown = []
    real_start = MainWindow.start_session

    def start(self):
        real_start(self)
        shown.append((self.actor.username, self.page_keys, self.status_db.text()))
        QTimer.singleShot(0, self.sign_out)

    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(first_run))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(login))
    monkeypatch.setattr(MainWindow, "start_session", start)
    assert app_module.run_gui(argparse.Namespace(db=db_url)) == 0
    kind = "SQLite" if db_url.startswith("sqlite") else "PostgreSQL"
    assert seen[0][0] == "first run" and seen[0][1].startswith(kind)
    # the new administrator's name is offered at sign-in, and again after sign-out
    assert seen[1:] == [("login", "boss"), ("login", "boss")]
    assert shown == [("boss", ["duty", "users", "audit"], seen[0][1])]
