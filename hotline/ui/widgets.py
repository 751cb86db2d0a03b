"""Small widget helpers shared by the pages and dialogs.

User data is shown as it was typed, never interpreted: every label of the UI is
made by `plain_label` (a QLabel's default `Qt.AutoText` renders `<b>`, `<img
src=…>` or `&lt;` in a subject or a name as markup), tooltips go through
`plain_tooltip` (Qt shows a tooltip as rich text when it looks like HTML), message
boxes through `message_box`, and rich views (QTextBrowser) get `html.escape`d text.
Table cells and list items are drawn as plain text by Qt's default delegates.
"""

from __future__ import annotations

from PySide6 import QtWidgets
from PySide6.QtWidgets import QLabel

# QMessageBox, QDialogButtonBox, … are looked up when used: PySide6 builds a class
# (and its enums) on first access, and this module is read before the first paint

# Qt.TextFormat.PlainText, set through the widget's textFormat property: the first
# use of anything in PySide6's Qt namespace builds all of its enums (~16 ms), which a
# start would pay before the sign-in window is painted (app.py)
PLAIN_TEXT = 0


def _plain(widget: QLabel | QtWidgets.QMessageBox) -> None:
    if not widget.setProperty("textFormat", PLAIN_TEXT):
        raise TypeError(f"{type(widget).__name__} has no textFormat")


def plain_label(text: str = "", parent: QtWidgets.QWidget | None = None, *,
                name: str | None = None, wrap: bool = False) -> QLabel:
    """A label that shows `text` literally (markup and entities included)."""
    label = QLabel(parent)
    _plain(label)
    label.setText(text)
    if name:
        label.setObjectName(name)
    if wrap:
        label.setWordWrap(True)
    return label


def set_plain(label: QLabel, text: str) -> None:
    """Show `text` literally in an existing label."""
    _plain(label)
    label.setText(text)


def plain_tooltip(text: str | None) -> str:
    """A tooltip that shows `text` literally, line breaks kept. Qt decides per
    tooltip whether it is rich text (Qt.mightBeRichText): escaped text in a
    paragraph that keeps white space is rich text that displays as the original."""
    import html

    if not text:
        return ""
    return ("<p style='white-space:pre-wrap'>" + html.escape(text, quote=False)
            + "</p>")


def message_box(parent: QtWidgets.QWidget | None, icon: QtWidgets.QMessageBox.Icon,
                title: str, text: str, buttons=None) -> QtWidgets.QMessageBox:
    """A message box whose text is shown literally."""
    QMessageBox = QtWidgets.QMessageBox
    if buttons is None:
        buttons = QMessageBox.StandardButton.Ok
    box = QMessageBox(icon, title, "", buttons, parent)
    _plain(box)
    box.setText(text)
    return box


def warn(parent: QtWidgets.QWidget | None, title: str, text: str) -> None:
    """QMessageBox.warning with the text shown literally."""
    message_box(parent, QtWidgets.QMessageBox.Icon.Warning, title, text).exec()


def error_label(*, wrap: bool = True) -> QLabel:
    """The red message line of a page or dialog, hidden until there is an error."""
    label = plain_label()
    label.setObjectName("errorLabel")
    label.setWordWrap(wrap)
    label.hide()
    return label


def show_error(label: QLabel, exc: BaseException) -> None:
    """Say what went wrong in `label` (and drop a broken database connection)."""
    from . import labels  # not at import: the sign-in window is painted before
    # the storage and the services that labels.py reads are imported (app.py)

    labels.recover_connection(exc)
    label.setText(labels.error_text(exc))
    label.show()


def ok_cancel(dialog: QtWidgets.QDialog) -> QtWidgets.QDialogButtonBox:
    """OK / Cancel buttons wired to the dialog's accept and reject."""
    QDialogButtonBox = QtWidgets.QDialogButtonBox
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def row_table(model, name: str, widths, stretch: int | None = None):
    """A read-only list of rows (one selected at a time, alternating colours, no row
    numbers): `widths` in pixels per column, `stretch` the column that takes the
    rest of the width. Used by my shift, search and the queues."""
    view = QtWidgets.QTableView()
    view.setObjectName(name)
    view.setModel(model)
    behaviour = QtWidgets.QAbstractItemView
    view.setSelectionBehavior(behaviour.SelectionBehavior.SelectRows)
    view.setSelectionMode(behaviour.SelectionMode.SingleSelection)
    view.setEditTriggers(behaviour.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    for col, width in enumerate(widths):
        view.setColumnWidth(col, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QtWidgets.QHeaderView.ResizeMode.Stretch)
    return view
