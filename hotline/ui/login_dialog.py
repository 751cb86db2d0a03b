"""Sign-in dialog (services.users.authenticate, lockout messages).

It is the first window of a start, shown before the database is open: this module
imports nothing of peewee, the storage or the services at import time (app.py paints
it, then opens the database behind it). Until `set_ready` the "Sign in" press is
kept and carried out once the database is open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from .widgets import error_label, plain_label, show_error

ALIGN_CENTER = 0x0084  # Qt.AlignHCenter | Qt.AlignVCenter
SKEW_WARNING_SECONDS = 60  # a PC clock off by more than this is told at sign-in


def clock_warning(skew_seconds: float | None) -> str:
    """The warning for a workstation clock that differs from the database
    server's by more than a minute ("" when it does not, or is unknown)."""
    if skew_seconds is None or abs(skew_seconds) <= SKEW_WARNING_SECONDS:
        return ""
    minutes = max(1, round(abs(skew_seconds) / 60))
    text = (QCoreApplication.translate(
        "LoginDialog", "This computer's clock is %1 minutes behind the database "
        "server's. Times are stamped by the server; ask IT to set the clock.")
        if skew_seconds > 0 else QCoreApplication.translate(
        "LoginDialog", "This computer's clock is %1 minutes ahead of the database "
        "server's. Times are stamped by the server; ask IT to set the clock."))
    return text.replace("%1", str(minutes))


class LoginDialog(QDialog):
    painted = Signal()  # its first paint (app.py waits for it before opening)
    ready = Signal()  # the database is open: "Sign in" works

    def __init__(self, parent: QWidget | None = None, *, db_text: str = "",
                 username: str = "", waiting: bool = False):
        super().__init__(parent)
        self.actor = None  # the signed-in Actor
        self.was_painted = False
        self.is_ready = not waiting
        self._pending = False  # "Sign in" pressed while the database was opening
        self.quit_requested = False  # "Quit" pressed while the database was opening
        self._tasks = None
        self.setWindowTitle(self.tr("Hotline Desk — sign in"))
        self.setMinimumWidth(420)
        title = plain_label(self.tr("Hotline Desk"))
        title.setObjectName("loginTitle")
        # Qt.AlignmentFlag.AlignCenter by property: nothing of PySide6's Qt
        # namespace before the first paint (see widgets.PLAIN_TEXT)
        title.setProperty("alignment", ALIGN_CENTER)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.where = plain_label()
        self.where.setObjectName("hintLabel")
        self.where.setWordWrap(True)
        self._set_where(db_text)
        # two push buttons, not a QDialogButtonBox: building one resolves its
        # Qt.Orientation overloads, i.e. all of the Qt namespace (widgets.PLAIN_TEXT)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setObjectName("quit")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.where)
        layout.addLayout(buttons)
        self.warning = ""  # the clock warning of the last sign-in, if any
        self._checking = False
        self._connect_signals()
        (self.password if username else self.username).setFocus()

    @property
    def tasks(self):
        """argon2 + the database: off the UI thread (made on first use: tasks.py
        imports the storage, which a waiting window does not need yet)."""
        if self._tasks is None:
            from .tasks import TaskManager

            self._tasks = TaskManager(self, threads=1)
        return self._tasks

    def _set_where(self, db_text: str) -> None:
        self.where.setText(
            self.tr("Database: %1").replace("%1", db_text) if self.is_ready
            else QCoreApplication.translate("Startup", "Opening the database…"))

    def _connect_signals(self):
        self.sign_in_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(self.reject)

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.was_painted:
            self.was_painted = True
            self.painted.emit()

    def set_ready(self, *, db_text: str, username: str = "") -> None:
        """The database is open: show where it is and let "Sign in" work (a press
        made while waiting is carried out now)."""
        self.is_ready = True
        self._set_where(db_text)
        if username and not self.username.isModified() \
                and self.username.text() != username:
            self.username.setText(username)
            self.password.setFocus()
        self.ready.emit()
        if self._pending:
            self._pending = False
            self._set_checking(False)
            self.accept()

    def accept(self):
        """Check the password on a worker thread; the dialog closes when it is right."""
        if self._checking:
            return
        if not self.is_ready:  # kept until the database is open
            self._pending = True
            self._set_checking(True)
            return
        from ..services import users

        username, password = self.username.text(), self.password.text()
        self._set_checking(True)
        self.tasks.run(lambda: users.authenticate(username=username, password=password),
                       self._signed_in, self._failed)

    def reject(self):
        if not self.is_ready:  # the start ends once the database is open (ask)
            self.quit_requested = True
            self._pending = False
        super().reject()

    def _set_checking(self, on: bool):
        self._checking = on
        self.sign_in_button.setEnabled(not on)
        self.username.setReadOnly(on)
        self.password.setReadOnly(on)

    def _signed_in(self, result):
        from ..services.base import Actor

        self._set_checking(False)
        # the service returns the Actor (or a result carrying it and the clock skew)
        self.actor = result if isinstance(result, Actor) else getattr(result, "actor")
        self.warning = clock_warning(getattr(result, "clock_skew_seconds", None))
        super().accept()

    def _failed(self, exc):
        self._set_checking(False)
        show_error(self.message, exc)
        self.password.clear()
        self.password.setFocus()

    def done(self, result):
        if self._tasks is not None:
            self._tasks.shutdown(0)  # its thread ends by itself, closing its connection
        super().done(result)

    last_warning = ""  # the clock warning of the last sign-in through ask()
    waiting: "LoginDialog | None" = None  # the window shown before the database

    @classmethod
    def show_waiting(cls, *, username: str = "") -> "LoginDialog":
        """The sign-in window of a start, before the database is open (shown by
        the caller); `ask` takes it over."""
        cls.discard_waiting()
        cls.waiting = cls(username=username, waiting=True)
        return cls.waiting

    @classmethod
    def hide_waiting(cls) -> None:
        """Out of the way (of the first-run wizard); a press made is forgotten."""
        if cls.waiting is not None:
            cls.waiting._pending = False
            cls.waiting._set_checking(False)
            cls.waiting.hide()

    @classmethod
    def discard_waiting(cls) -> None:
        if cls.waiting is not None:
            dialog, cls.waiting = cls.waiting, None
            dialog.hide()
            dialog.deleteLater()

    @classmethod
    def ask(cls, parent=None, *, db_text: str = "", username: str = ""):
        """The signed-in user (an Actor), None if the dialog was quit.
        `LoginDialog.last_warning` then holds the clock warning to show in the main
        window ("" if none). The waiting window of the start, if any, is the one
        asked."""
        LoginDialog.last_warning = ""
        dialog, LoginDialog.waiting = LoginDialog.waiting, None
        if dialog is None:
            dialog = cls(parent, db_text=db_text, username=username)
        elif dialog.quit_requested:  # quit while the database was opening
            dialog.deleteLater()
            return None
        else:
            dialog.set_ready(db_text=db_text, username=username)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                LoginDialog.last_warning = dialog.warning
                return dialog.actor
            return None
        finally:
            dialog.deleteLater()
