"""The read-only table model of the row lists (archive, register, print history,
quality, KPIs, appraisal, dashboard, supervision). Its own module: defining a Qt
model class at import loads much of QtCore's type information, which the sign-in
window's start (ui/widgets, read before the first paint) does without."""

from __future__ import annotations

from PySide6 import QtCore


class RowsModel(QtCore.QAbstractTableModel):
    """A read-only table of rows (dataclasses): a subclass names its `COLUMNS`,
    gives `headers()` (translated) and `data()`; the rest is here."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def headers(self) -> tuple[str, ...]:
        return self.COLUMNS

    def rowCount(self, parent=QtCore.QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QtCore.QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation,  # noqa: N802
                   role=QtCore.Qt.ItemDataRole.DisplayRole):
        if role == QtCore.Qt.ItemDataRole.DisplayRole and \
                orientation == QtCore.Qt.Orientation.Horizontal and \
                0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        return None

    def cell(self, index):
        """(row, column name) of a valid index, else (None, None)."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None, None
        return self._rows[index.row()], self.COLUMNS[index.column()]

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None
