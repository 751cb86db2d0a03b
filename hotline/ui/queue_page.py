"""My queue (F6): the specialist's workstation (issue 8 item 3).

Two lists read through services/queues.py on the window's worker threads:
"To sign for" (dispatched to me, not signed yet, and the unassigned pool) and
"My queue" (the cases I have taken), both by resolution due time with the SLA
clock as text and colour (on time / at risk / overdue / paused: the words say it,
the colour only underlines it), and the case's open 督办 with its deadline ("督办
overdue" in red once the deadline has passed). Quick actions on the selected row
(sign for, start) go through ui/operations/cases.py with the version the list showed;
Enter or a double-click opens the case (`open_case`). "More" reads the next page
by key. The lists refresh when a change is announced (ui/changes.py), when the
page is shown, and every minute while it is shown (the countdowns move).
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QHBoxLayout, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from ..domain.sla_state import ClockState
from ..services import queues
from ..services.base import Actor
from ..services.queues import QueueRow
from . import labels
from .changes import RefreshOnChange
from .tasks import LatestOnly, run_job
from .widgets import error_label, plain_label, plain_tooltip, row_table, show_error

PAGE_SIZE = 50
TICK_MS = 60_000  # the countdowns are read again every minute while shown

# the colour underlines the state the text already names (never colour alone)
CLOCK_COLOURS = {"on_time": "#1b6e35", "at_risk": "#a85d00", "breached": "#b71c1c",
                 "missed": "#b71c1c", "paused": "#455a64", "met": "#1b6e35",
                 "none": "#616161"}


def span_text(delta: dt.timedelta) -> str:
    """2 d 3 h · 5 h 20 min · 45 min (the size of a time span, sign dropped)."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("QueuePage", "%1 d %2 h") \
            .replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        return QCoreApplication.translate("QueuePage", "%1 h %2 min") \
            .replace("%1", str(hours)).replace("%2", str(mins))
    return QCoreApplication.translate("QueuePage", "%1 min").replace("%1", str(mins))


SUPERVISION_OVERDUE_COLOUR = "#b71c1c"


def supervision_text(row: QueueRow) -> str:
    """The open 督办 of the row in words: its deadline, and "overdue" once it has
    passed (the red only underlines it); empty without one."""
    if row.supervision_deadline is None:
        return ""
    when = f"{row.supervision_deadline:%m-%d %H:%M}"
    if row.supervision_overdue:
        return QCoreApplication.translate("QueuePage", "⚠ 督办 overdue · %1") \
            .replace("%1", when)
    return QCoreApplication.translate("QueuePage", "督办 · by %1").replace("%1", when)


def clock_text(clock: ClockState) -> str:
    """The SLA clock in words: the state, then the time left or over."""
    state, left = clock.state, clock.remaining
    if state == "on_time":
        return QCoreApplication.translate("QueuePage", "On time · %1 left") \
            .replace("%1", span_text(left))
    if state == "at_risk":
        return QCoreApplication.translate("QueuePage", "At risk · %1 left") \
            .replace("%1", span_text(left))
    if state == "breached":
        return QCoreApplication.translate("QueuePage", "Overdue · %1") \
            .replace("%1", span_text(left))
    if state == "paused":
        return QCoreApplication.translate("QueuePage", "Paused · %1 left") \
            .replace("%1", span_text(left))
    if state == "met":
        return QCoreApplication.translate("QueuePage", "Met")
    if state == "missed":
        return QCoreApplication.translate("QueuePage", "Missed · %1 late") \
            .replace("%1", span_text(left))
    return QCoreApplication.translate("QueuePage", "No time limit")


class QueueModel(QAbstractTableModel):
    """Rows of a queue list (QueueRow), appended page by page."""

    COLUMNS = ("clock", "supervision", "ticket_no", "priority", "status",
               "category", "subject", "caller", "received_at")

    def __init__(self, parent=None, columns: tuple[str, ...] | None = None):
        super().__init__(parent)
        self.columns = columns or self.COLUMNS
        self.rows: list[QueueRow] = []
        self.exhausted = True

    def header(self, column: str) -> str:
        return {
            "clock": self.tr("Time limit"), "ticket_no": self.tr("Ticket"),
            "priority": self.tr("Priority"), "status": self.tr("Status"),
            "category": self.tr("Category"), "subject": self.tr("Subject"),
            "caller": self.tr("Caller"), "received_at": self.tr("Received"),
            "kind": self.tr("What is due"), "due_at": self.tr("Due since"),
            "attempts": self.tr("Tries"), "assignee": self.tr("Assigned to"),
            "phone": self.tr("Phone"), "supervision": self.tr("Supervision (督办)"),
        }.get(column, column)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and \
                orientation == Qt.Orientation.Horizontal and \
                0 <= section < len(self.columns):
            return self.header(self.columns[section])
        return None

    def text(self, row: QueueRow, column: str) -> str:
        if column == "clock":
            if row.kind == "revisit":  # resolved: no time limit runs, only the wait
                return self.tr("Waiting %1").replace(
                    "%1", span_text(row.read_at - (row.resolved_at or row.read_at)))
            return clock_text(row.clock)
        if column == "priority":
            return labels.priority(row.priority)
        if column == "status":
            text = labels.status(row.status)
            if row.kind == "pool":
                return self.tr("%1 · unassigned").replace("%1", text)
            return text
        if column == "received_at":
            return f"{row.received_at:%m-%d %H:%M}"
        if column == "due_at":
            return f"{row.due_at:%m-%d %H:%M}" if row.due_at else "—"
        if column == "caller":
            return " ".join(x for x in (row.caller_name, row.phone) if x)
        if column == "kind":
            return self.tr("Call back") if row.kind == "callback" \
                else self.tr("Satisfaction visit")
        if column == "attempts":
            return str(row.attempts)
        if column == "supervision":
            return supervision_text(row)
        return str(getattr(row, column) or "")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.supervision_overdue and \
                column in ("supervision", "ticket_no"):
            return QColor(SUPERVISION_OVERDUE_COLOUR)  # the text says it too
        if role == Qt.ItemDataRole.FontRole and column == "supervision" and \
                row.supervision_deadline is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == "clock":
            state = "none" if row.kind == "revisit" else row.clock.state
            return QColor(CLOCK_COLOURS.get(state, "#000000"))
        if role == Qt.ItemDataRole.FontRole and column == "clock" and \
                row.kind != "revisit" and row.clock.state in ("breached", "at_risk"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in ("subject", "caller"):
            return plain_tooltip(self.text(row, column))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def set_rows(self, rows: list[QueueRow], limit: int) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.exhausted = len(rows) < limit
        self.endResetModel()

    def append(self, rows: list[QueueRow], limit: int) -> None:
        self.exhausted = len(rows) < limit
        known = {r.id for r in self.rows}
        rows = [r for r in rows if r.id not in known]
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def after(self):
        return self.rows[-1].key if self.rows else None

    def row_at(self, row: int) -> QueueRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


def queue_table(model: QueueModel, name: str) -> QTableView:
    widths = {"clock": 170, "supervision": 200, "ticket_no": 125, "priority": 60,
              "status": 140,
              "category": 140, "subject": 240, "caller": 160, "received_at": 95,
              "kind": 120, "due_at": 95, "attempts": 45, "assignee": 100,
              "phone": 110}
    columns = model.columns
    return row_table(model, name, [widths.get(c, 100) for c in columns],
                     stretch=columns.index("subject") if "subject" in columns else None)


class QueueList(QWidget):
    """One list of the page: a heading with its count, the table, the buttons
    for the selected row and "More"."""

    activated = Signal(int)  # a case id

    def __init__(self, heading: Callable[[int | None], str], name: str,
                 fetch: Callable, tasks, parent: QWidget | None = None,
                 columns: tuple[str, ...] | None = None):
        super().__init__(parent)
        self._heading = heading
        self._fetch = fetch  # fetch(after, limit) -> rows, on a worker thread
        self.tasks = tasks
        self._latest = LatestOnly()
        self.count: int | None = None
        self.title = plain_label(heading(None))
        self.title.setObjectName("sectionTitle")
        self.model = QueueModel(self, columns)
        self.view = queue_table(self.model, name)
        self.more_button = QPushButton(self.tr("More"))
        self.more_button.setObjectName(name + "More")
        self.more_button.setEnabled(False)
        self.empty = plain_label()
        self.empty.setObjectName("hintLabel")
        self.error = error_label(wrap=False)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(self.buttons)
        self.more_button.clicked.connect(self.more)
        self.view.activated.connect(self._activated)

    def add_button(self, button: QPushButton) -> None:
        self.buttons.insertWidget(self.buttons.count() - 2, button)

    def current(self) -> QueueRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def set_count(self, count: int | None) -> None:
        self.count = count
        self.title.setText(self._heading(count))

    def reload(self) -> None:
        """The first page again (the selection stays on the same case if it is
        still there)."""
        keep = self.current()
        fetch = self._fetch

        def show(rows):
            self.error.hide()
            self.model.set_rows(rows, PAGE_SIZE)
            self._after_load()
            if keep is not None:
                for i, row in enumerate(self.model.rows):
                    if row.id == keep.id:
                        self.view.setCurrentIndex(self.model.index(i, 0))
                        break

        done, failed = self._latest(show, self._failed)
        run_job(self.tasks, lambda: fetch(None, PAGE_SIZE), done, failed, owner=self)

    def more(self) -> None:
        after, fetch = self.model.after(), self._fetch
        if after is None:
            return
        self.more_button.setEnabled(False)

        def show(rows):
            self.model.append(rows, PAGE_SIZE)
            self._after_load()

        done, failed = self._latest(show, self._failed)
        run_job(self.tasks, lambda: fetch(after, PAGE_SIZE), done, failed, owner=self)

    def _after_load(self) -> None:
        self.more_button.setEnabled(not self.model.exhausted)
        self.empty.setText("" if self.model.rows else self.tr("Nothing here."))
        self.empty.setVisible(not self.model.rows)

    def _failed(self, exc) -> None:
        self.more_button.setEnabled(not self.model.exhausted and bool(self.model.rows))
        show_error(self.error, exc)

    def _activated(self, index) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.activated.emit(row.id)  # Enter or a double-click on the row


class QueuePage(QWidget):
    open_case = Signal(int)
    counts_changed = Signal(object)  # QueueCounts, when the page read them

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self._latest = LatestOnly()
        title = plain_label(self.tr("My queue"))
        title.setObjectName("pageTitle")
        self.summary = plain_label(name="hintLabel", wrap=True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.error = error_label(wrap=False)

        def fetcher(service):
            def fetch(after, limit):
                return service(actor=actor, after=after, limit=limit)
            return fetch

        self.sign_list = QueueList(
            lambda n: self.tr("To sign for") if n is None
            else self.tr("To sign for (%1)").replace("%1", str(n)),
            "signTable", fetcher(queues.to_sign_for), tasks, self)
        self.queue_list = QueueList(
            lambda n: self.tr("My queue") if n is None
            else self.tr("Cases I am working on (%1)").replace("%1", str(n)),
            "queueTable", fetcher(queues.my_queue), tasks, self)
        self.sign_button = QPushButton(self.tr("&Sign for"))
        self.sign_button.setObjectName("signFor")
        self.sign_button.setToolTip(self.tr("Acknowledge the case: it moves to my "
                                            "queue and counts as the first response"))
        self.start_new_button = QPushButton(self.tr("Sign for and s&tart"))
        self.start_new_button.setObjectName("signAndStart")
        self.sign_list.add_button(self.sign_button)
        self.sign_list.add_button(self.start_new_button)
        self.start_button = QPushButton(self.tr("St&art work"))
        self.start_button.setObjectName("startCase")
        self.open_button = QPushButton(self.tr("&Open case"))
        self.queue_list.add_button(self.start_button)
        self.queue_list.add_button(self.open_button)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.sign_list)
        self.splitter.addWidget(self.queue_list)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)
        hint = plain_label(self.tr(
            "Ordered by resolution due time. Enter or double-click opens the case. "
            "At risk: under 24 hours or a fifth of the time left."), name="hintLabel",
            wrap=True)
        layout.addWidget(hint)
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self):
        self.refresh_button.clicked.connect(self.refresh)
        self.sign_button.clicked.connect(self.sign_for)
        self.start_new_button.clicked.connect(self.sign_and_start)
        self.start_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self._open_current)
        for lst in (self.sign_list, self.queue_list):
            lst.activated.connect(self.open_case)
            lst.view.selectionModel().currentChanged.connect(
                lambda *_: self._update_buttons())
            lst.model.modelReset.connect(self._update_buttons)
        self.on_change = RefreshOnChange(self, self.refresh)
        self.tick.timeout.connect(self._tick)

    # -- reading
    def refresh(self):
        """Both lists' first pages and the counts, on worker threads."""
        self.on_change.fresh()
        self.error.hide()
        self.sign_list.reload()
        self.queue_list.reload()
        actor = self.actor
        done, failed = self._latest(self._show_counts, self._failed)
        run_job(self.tasks, lambda: queues.queue_counts(actor=actor), done, failed,
                owner=self)

    def _show_counts(self, counts):
        self.sign_list.set_count(counts.to_sign_for)
        self.queue_list.set_count(counts.my_queue)
        self.summary.setText(
            self.tr("%1 cases to sign for · %2 in my queue · %3 call backs due")
            .replace("%1", str(counts.to_sign_for or 0))
            .replace("%2", str(counts.my_queue or 0))
            .replace("%3", str(counts.callbacks or 0)))
        self.counts_changed.emit(counts)

    def _failed(self, exc):
        show_error(self.error, exc)

    def _tick(self):
        if self.isVisible() and (self.tasks is None or not self.tasks.busy):
            self.refresh()

    def showEvent(self, event):
        super().showEvent(event)
        self.tick.start()

    def hideEvent(self, event):
        super().hideEvent(event)
        self.tick.stop()

    # -- quick actions
    def _update_buttons(self):
        row = self.sign_list.current()
        self.sign_button.setEnabled(row is not None)
        self.start_new_button.setEnabled(row is not None)
        row = self.queue_list.current()
        self.start_button.setEnabled(row is not None and
                                     row.status in ("assigned", "new", "reopened"))
        self.open_button.setEnabled(row is not None)

    def _operations(self):
        from .operations import cases
        return cases

    def sign_for(self):
        row = self.sign_list.current()
        if row is None or self.tasks is None:
            return
        self._operations().sign_for_case(
            parent=self, tasks=self.tasks, actor=self.actor, call_id=row.id,
            expected_version=row.version, on_done=self._done)

    def sign_and_start(self):
        """Sign for the case and begin work on it (starting signs it too)."""
        row = self.sign_list.current()
        if row is None or self.tasks is None:
            return
        self._operations().start_case(
            parent=self, tasks=self.tasks, actor=self.actor, call_id=row.id,
            expected_version=row.version, on_done=self._done)

    def start(self):
        row = self.queue_list.current()
        if row is None or self.tasks is None:
            return
        self._operations().start_case(
            parent=self, tasks=self.tasks, actor=self.actor, call_id=row.id,
            expected_version=row.version, on_done=self._done)

    def _done(self, summary):
        self.summary.setText(self.tr("Ticket %1: %2").replace(
            "%1", getattr(summary, "ticket_no", "")).replace(
            "%2", labels.status(getattr(summary, "status", ""))))

    def _open_current(self):
        row = self.queue_list.current()
        if row is not None:
            self.open_case.emit(row.id)
