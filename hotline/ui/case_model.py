"""Table model of work-list rows fetched in batches by key (never OFFSET)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from ..services.worklists import WorkRow
from . import labels
from .widgets import plain_tooltip

BATCH = 100


class CaseModel(QAbstractTableModel):
    """`fetch(before_id, limit)` returns the next rows, newest first.

    With `tasks` (a TaskManager) `fetch` runs on a worker thread (it must not
    touch widgets) and the rows are inserted when they arrive; `loaded` is
    emitted then. Without, `fetchMore` fetches at once (tests, scripts)."""

    failed = Signal(object)
    loaded = Signal()
    COLUMNS = ("ticket_no", "received_at", "phone", "category", "subject", "outcome",
               "status", "assignee")

    def __init__(self, fetch: Callable[[int | None, int], list[WorkRow]], parent=None,
                 batch: int = BATCH, tasks=None):
        super().__init__(parent)
        self._fetch = fetch
        self._batch = batch
        self._tasks = tasks
        self._rows: list[WorkRow] = []
        self._exhausted = False
        self._fetching = False
        self._generation = 0  # a reload makes the answers of earlier fetches stale

    def headers(self):
        return (self.tr("Ticket"), self.tr("Received"), self.tr("Phone"),
                self.tr("Category"), self.tr("Subject"), self.tr("Outcome"),
                self.tr("Status"), self.tr("Assigned to"))

    # -- Qt model interface
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self.COLUMNS)):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "received_at":
                return row.received_at.strftime("%m-%d %H:%M")
            if column == "outcome":
                return labels.outcome(row.outcome)
            if column == "status":
                return labels.status(row.status)
            return str(getattr(row, column))
        if role == Qt.ItemDataRole.ToolTipRole and column == "subject":
            return plain_tooltip(row.subject)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.FontRole and row.is_open:
            from PySide6.QtGui import QFont
            font = QFont()
            font.setBold(True)
            return font
        return None

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and not self._exhausted

    @property
    def fetching(self) -> bool:
        return self._fetching

    def fetchMore(self, parent=QModelIndex()):
        if parent.isValid() or self._exhausted or self._fetching:
            return  # the "already fetching" guard: one batch at a time
        self._fetching = True
        before = self._rows[-1].id if self._rows else None
        fetch, batch, generation = self._fetch, self._batch, self._generation
        if self._tasks is None:
            try:
                rows = fetch(before, batch)
            except Exception as exc:  # noqa: BLE001 - reported, the list stays usable
                self._failed(exc, generation)
            else:
                self._arrived(rows, generation)
            return
        self._tasks.run(lambda: fetch(before, batch),
                        lambda rows: self._arrived(rows, generation),
                        lambda exc: self._failed(exc, generation), owner=self)

    def _arrived(self, rows: list[WorkRow], generation: int) -> None:
        if generation != self._generation:
            return  # the list was reloaded meanwhile (a new search)
        self._fetching = False
        if len(rows) < self._batch:
            self._exhausted = True
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._exhausted = True
        labels.recover_connection(exc)
        self.failed.emit(exc)

    # -- helpers
    def clear(self):
        """No rows and nothing to fetch until the next reload."""
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._exhausted = True
        self._fetching = False
        self.endResetModel()

    def reload(self, fetch=None):
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._generation += 1
        self._rows = []
        self._exhausted = False
        self._fetching = False
        self.endResetModel()
        self.fetchMore()

    def row_at(self, row: int) -> WorkRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
