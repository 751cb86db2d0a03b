"""Choose the specialist (or supervisor) a call is transferred or escalated to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QListWidget,
                               QListWidgetItem, QVBoxLayout, QWidget)

from ..services.users import UserInfo
from . import labels
from .widgets import plain_label


class AssigneeDialog(QDialog):
    def __init__(self, parent: QWidget | None, people: list[UserInfo], title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(380, 360)
        self.list = QListWidget()
        self.list.setObjectName("assignees")
        for p in people:
            item = QListWidgetItem(f"{p.display_name}  ·  {labels.role(p.role)}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
        if people:
            self.list.setCurrentRow(0)
        hint = plain_label(self.tr("Type to jump to a name; Enter chooses."))
        hint.setObjectName("hintLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.setFocus()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @classmethod
    def ask(cls, parent: QWidget | None, people: list[UserInfo], title: str
            ) -> int | None:
        dialog = cls(parent, people, title)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
