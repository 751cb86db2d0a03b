"""Sign-in dialog (services.users.authenticate, lockout messages)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget)

from ..services import users
from ..services.base import Actor
from .tasks import TaskManager
from .widgets import error_label, plain_label, show_error

SKEW_WARNING_SECONDS = 60  # a PC clock off by more than this is told at sign-in


def clock_warning(skew_seconds: float | None) -> str:
    """The warning for a workstation clock that differs from the database
    server's by more than a minute ("" when it does not, or is unknown)."""
    from PySide6.QtCore import QCoreApplication

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
    def __init__(self, parent: QWidget | None = None, *, db_text: str = "",
                 username: str = ""):
        super().__init__(parent)
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Hotline Desk — sign in"))
        self.setMinimumWidth(420)
        title = plain_label(self.tr("Hotline Desk"))
        title.setObjectName("loginTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        where = plain_label(self.tr("Database: %1").replace("%1", db_text))
        where.setObjectName("hintLabel")
        where.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.tasks = TaskManager(self, threads=1)  # argon2 + the database: off the UI thread
        self.warning = ""  # the clock warning of the last sign-in, if any
        self._checking = False
        self._connect_signals()
        (self.password if username else self.username).setFocus()

    def _connect_signals(self):
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self):
        """Check the password on a worker thread; the dialog closes when it is right."""
        if self._checking:
            return
        username, password = self.username.text(), self.password.text()
        self._set_checking(True)
        self.tasks.run(lambda: users.authenticate(username=username, password=password),
                       self._signed_in, self._failed)

    def _set_checking(self, on: bool):
        self._checking = on
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not on)
        self.username.setReadOnly(on)
        self.password.setReadOnly(on)

    def _signed_in(self, result):
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
        self.tasks.shutdown(0)  # its thread ends by itself and closes its connection
        super().done(result)

    last_warning = ""  # the clock warning of the last sign-in through ask()

    @classmethod
    def ask(cls, parent=None, *, db_text: str = "", username: str = "") -> Actor | None:
        """The signed-in user, None if the dialog was quit. `LoginDialog.last_warning`
        then holds the clock warning to show in the main window ("" if none)."""
        LoginDialog.last_warning = ""
        dialog = cls(parent, db_text=db_text, username=username)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            LoginDialog.last_warning = dialog.warning
            return dialog.actor
        return None
