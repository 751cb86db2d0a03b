"""First run on an empty database: create the administrator (no default password)."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget)

from ..services import users
from ..services.users import MIN_PASSWORD_LENGTH, UserInfo
from . import labels
from .tasks import TaskManager
from .widgets import error_label, plain_label


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, db_text: str = ""):
        super().__init__(parent)
        self.created: UserInfo | None = None
        self.setWindowTitle(self.tr("Hotline Desk — first start"))
        self.setMinimumWidth(560)
        heading = plain_label(self.tr("Welcome to Hotline Desk"))
        heading.setObjectName("loginTitle")
        intro = plain_label(self.tr(
            "This database has no accounts yet. Create the administrator account "
            "now; the administrator then adds the duty officers, specialists and "
            "supervisors. There is no default password: choose one with at least "
            "%1 characters, letters and digits, and keep it safe.").replace(
            "%1", str(MIN_PASSWORD_LENGTH)))
        intro.setWordWrap(True)
        where = plain_label(self.tr("Database: %1").replace("%1", db_text))
        where.setObjectName("hintLabel")
        where.setWordWrap(True)
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.display_name.setPlaceholderText(self.tr("e.g. 王伟 (IT)"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.password2)
        self.message = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create administrator"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.tasks = TaskManager(self, threads=1)  # argon2 + the database: off the UI thread
        self._creating = False
        self._connect_signals()
        self.display_name.setFocus()

    def _connect_signals(self):
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _fail(self, text: str, widget: QLineEdit):
        self.message.setText(text)
        self.message.show()
        widget.setFocus()

    def accept(self):
        if self.password.text() != self.password2.text():
            self._fail(self.tr("The two passwords differ."), self.password2)
            return
        if self._creating:
            return
        values = dict(username=self.username.text(),
                      display_name=self.display_name.text(),
                      password=self.password.text())
        self._set_creating(True)
        self.tasks.run(lambda: users.bootstrap_admin(**values), self._created,
                       self._failed)

    def _set_creating(self, on: bool):
        self._creating = on
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not on)

    def _created(self, info):
        self._set_creating(False)
        self.created = info
        super().accept()

    def _failed(self, exc):
        self._set_creating(False)
        labels.recover_connection(exc)
        self._fail(labels.error_text(exc), self.password)

    def done(self, result):
        self.tasks.shutdown(0)  # its thread ends by itself and closes its connection
        super().done(result)

    @classmethod
    def ask(cls, parent=None, *, db_text: str = "") -> UserInfo | None:
        dialog = cls(parent, db_text=db_text)
        return dialog.created if dialog.exec() == QDialog.DialogCode.Accepted else None
