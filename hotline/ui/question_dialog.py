"""Modal questions as classmethods, so tests can replace them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .widgets import message_box


class QuestionDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        box = message_box(parent, QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str,
               warning: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        message_box(parent, icon, title, text).exec()
