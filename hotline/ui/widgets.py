"""Small widget helpers shared by the pages and dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from . import labels


def error_label(*, wrap: bool = True) -> QLabel:
    """The red message line of a page or dialog, hidden until there is an error."""
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(wrap)
    label.hide()
    return label


def show_error(label: QLabel, exc: BaseException) -> None:
    """Say what went wrong in `label` (and drop a broken database connection)."""
    labels.recover_connection(exc)
    label.setText(labels.error_text(exc))
    label.show()


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK / Cancel buttons wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
