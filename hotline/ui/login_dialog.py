"""Sign-in dialog (services.users.authenticate, lockout messages)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget)

from ..services import users
from ..services.base import Actor
from .widgets import error_label, plain_label, show_error


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
        self._connect_signals()
        (self.password if username else self.username).setFocus()

    def _connect_signals(self):
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self):
        try:
            self.actor = users.authenticate(username=self.username.text(),
                                            password=self.password.text())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self.message, exc)
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent=None, *, db_text: str = "", username: str = "") -> Actor | None:
        dialog = cls(parent, db_text=db_text, username=username)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
