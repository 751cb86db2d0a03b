"""Accounts for the administrator: add, unlock, reset password, (de)activate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout,
                               QHBoxLayout, QInputDialog, QLineEdit,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from ..models import ROLES
from ..services import users
from ..services.base import Actor
from . import labels
from .tasks import LatestOnly, run_job
from .widgets import error_label, ok_cancel, plain_label, show_error


class UserDialog(QDialog):
    def __init__(self, parent: QWidget | None, actor: Actor):
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Add a user"))
        self.setMinimumWidth(420)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(labels.role(code), code)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("First password"), self.password)
        form.addRow(self.message)
        buttons = ok_cancel(self)
        form.addRow(buttons)
        self._saving = False

    def accept(self):
        """Create the account off the UI thread (argon2 and the database)."""
        if self._saving:
            return
        values = dict(actor=self.actor, username=self.username.text(),
                      display_name=self.display_name.text(),
                      role=self.role.currentData(), password=self.password.text())
        self._saving = True

        def done(_info):
            self._saving = False
            QDialog.accept(self)

        def failed(exc):
            self._saving = False
            show_error(self.message, exc)

        run_job(getattr(self.parent(), "tasks", None),
                lambda: users.create_user(**values), done, failed, owner=self)


class UsersPage(QWidget):
    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks  # the window's TaskManager: reads and writes off the UI thread
        self._latest = LatestOnly()
        title = plain_label(self.tr("Users"))
        title.setObjectName("pageTitle")
        self.add_button = QPushButton(self.tr("Add user…"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.active_button = QPushButton(self.tr("Activate / deactivate"))
        self.table = QTreeWidget()
        self.table.setObjectName("usersTable")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("User name"), self.tr("Full name"),
                                    self.tr("Role"), self.tr("State"),
                                    self.tr("Last sign-in")])
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(1, 160)
        self.table.setColumnWidth(2, 110)
        self.table.setColumnWidth(3, 180)
        self.message = plain_label()
        self.message.setObjectName("hintLabel")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        for b in (self.add_button, self.unlock_button, self.reset_button,
                  self.active_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._connect_signals()

    def _connect_signals(self):
        self.add_button.clicked.connect(self.add_user)
        self.unlock_button.clicked.connect(lambda: self._act(
            lambda uid: users.unlock_user(actor=self.actor, user_id=uid),
            self.tr("Account unlocked.")))
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)

    def refresh(self):
        actor = self.actor
        done, failed = self._latest(self._show, self._failed)

        run_job(self.tasks, lambda: users.list_users(actor=actor, include_inactive=True),
                done, failed, owner=self)

    def _failed(self, exc):
        labels.recover_connection(exc)
        self.message.setText(labels.error_text(exc))

    def _show(self, rows):
        self.table.clear()
        for u in rows:
            state = self.tr("active") if u.active else self.tr("deactivated")
            if u.locked_until:
                state += " · " + self.tr("locked until %1").replace(
                    "%1", f"{u.locked_until:%m-%d %H:%M}")
            item = QTreeWidgetItem([u.username, u.display_name, labels.role(u.role), state,
                                    f"{u.last_login:%Y-%m-%d %H:%M}" if u.last_login
                                    else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, (u.id, u.active))
            self.table.addTopLevelItem(item)

    def _selected(self):
        item = self.table.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _act(self, fn, done_text):
        chosen = self._selected()
        if chosen is None:
            self.message.setText(self.tr("Choose a user in the list first."))
            return
        def done(_result):
            self.message.setText(done_text)
            self.refresh()

        user_id = chosen[0]
        run_job(self.tasks, lambda: fn(user_id), done, self._failed, owner=self)

    def add_user(self):
        if UserDialog(self, self.actor).exec():
            self.message.setText(self.tr("User added."))
            self.refresh()

    def reset_password(self):
        if self._selected() is None:
            self.message.setText(self.tr("Choose a user in the list first."))
            return
        password, ok = QInputDialog.getText(self, self.tr("Reset password"),
                                            self.tr("New password"),
                                            QLineEdit.EchoMode.Password)
        if ok:
            self._act(lambda uid: users.reset_password(actor=self.actor, user_id=uid,
                                                       new_password=password),
                      self.tr("Password reset."))

    def toggle_active(self):
        chosen = self._selected()
        if chosen is not None:
            self._act(lambda uid: users.set_active(actor=self.actor, user_id=uid,
                                                   active=not chosen[1]),
                      self.tr("Saved."))
