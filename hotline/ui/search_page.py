"""Search cases (F5): the center-wide case search of DESIGN §7 for every role
that views cases. Terms and filters are read on the main thread, the search runs
on the window's worker threads (a newer search wins over an older one still
running), and "More" fetches the next keyset page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QGridLayout,
                               QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ..domain.workflow import STATUSES
from ..models import OUTCOMES, PRIORITIES
from ..services import config, search, users
from ..services.base import Actor
from ..services.calls import CaseSummary
from . import labels
from .changes import RefreshOnChange
from .tasks import LatestOnly, run_job
from .widgets import (error_label, plain_label, plain_tooltip, row_table, set_plain,
                      show_error)

PAGE_SIZE = 50


class SearchResultModel(QAbstractTableModel):
    """The rows found so far (CaseSummary, newest first)."""

    COLUMNS = ("ticket_no", "received_at", "caller", "subject", "category", "status",
               "assignee")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CaseSummary] = []

    def headers(self):
        return (self.tr("Ticket"), self.tr("Received"), self.tr("Caller"),
                self.tr("Subject"), self.tr("Category"), self.tr("Status"),
                self.tr("Assigned to"))

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and \
                orientation == Qt.Orientation.Horizontal and \
                0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        return None

    def caller_text(self, row: CaseSummary) -> str:
        """Name and number as the case list shows them (masked when anonymous)."""
        name = self.tr("Anonymous") if row.anonymous else row.caller_name
        return " ".join(part for part in (name, row.phone) if part)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "received_at":
                return row.received_at.strftime("%Y-%m-%d %H:%M")
            if column == "caller":
                return self.caller_text(row)
            if column == "status":
                return labels.status(row.status)
            return str(getattr(row, column) or "")
        if role == Qt.ItemDataRole.ToolTipRole and column == "subject":
            return plain_tooltip(row.subject)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append(self, rows: list[CaseSummary]) -> None:
        known = {r.id for r in self._rows}
        rows = [r for r in rows if r.id not in known]
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_at(self, row: int) -> CaseSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


class SearchPage(QWidget):
    open_case = Signal(int)

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks  # the window's TaskManager: searches run on its threads
        self._latest = LatestOnly()
        self._query: dict | None = None  # the search the rows belong to
        self._next_before_id: int | None = None
        self._categories_loaded = False
        self._focus_first_row = False
        title = plain_label(self.tr("Search cases"))
        title.setObjectName("pageTitle")
        self.terms = QLineEdit()
        self.terms.setObjectName("searchTerms")
        self.terms.setClearButtonEnabled(True)
        self.terms.setPlaceholderText(self.tr(
            "Ticket number, phone or its last digits, caller, subject, description, "
            "note or reply; several terms: all must occur"))
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("searchButton")
        self._build_filters()
        self.model = SearchResultModel(self)
        self.view = row_table(self.model, "searchTable",
                              (125, 125, 170, 260, 150, 110, 110), stretch=3)
        self.summary = plain_label()
        self.summary.setObjectName("hintLabel")
        self.more_button = QPushButton(self.tr("More"))
        self.more_button.setObjectName("searchMore")
        self.more_button.setEnabled(False)
        self.error = error_label()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.terms, 1)
        top.addWidget(self.search_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.filters)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        hint = plain_label(self.tr("Enter searches. Enter or double-click on a row opens "
                                   "the case."))
        hint.setObjectName("hintLabel")
        layout.addWidget(hint)
        self._connect_signals()

    def _build_filters(self):
        today = QDate.currentDate()
        self.use_from = QCheckBox(self.tr("From"))
        self.date_from = QDateEdit(today.addMonths(-1))
        self.use_to = QCheckBox(self.tr("To"))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.status = self._combo("searchStatus",
                                  [(labels.status(s), s) for s in STATUSES])
        self.category = self._combo("searchCategory", [])
        self.priority = self._combo("searchPriority",
                                    [(labels.priority(p), p) for p in PRIORITIES])
        self.outcome = self._combo("searchOutcome",
                                   [(labels.outcome(o), o) for o in OUTCOMES])
        self.confidential = self._combo("searchConfidential", [
            (self.tr("Confidential only"), True), (self.tr("Not confidential"), False)])
        self.overdue = self._combo("searchOverdue", [
            (self.tr("Overdue"), True), (self.tr("Not overdue"), False)])
        me = self.actor.id
        # who holds the case: me, or anyone who can work cases (read with the
        # categories); who logged it: me
        self.assignee = self._combo("searchAssignee", [(self.tr("Me"), me)])
        self.creator = self._combo("searchCreator", [(self.tr("Me"), me)])
        grid = QGridLayout()
        grid.addWidget(self.use_from, 0, 0)
        grid.addWidget(self.date_from, 0, 1)
        grid.addWidget(self.use_to, 0, 2)
        grid.addWidget(self.date_to, 0, 3)
        grid.addWidget(plain_label(self.tr("Status")), 0, 4)
        grid.addWidget(self.status, 0, 5)
        grid.addWidget(plain_label(self.tr("Category")), 0, 6)
        grid.addWidget(self.category, 0, 7)
        grid.addWidget(plain_label(self.tr("Priority")), 1, 0)
        grid.addWidget(self.priority, 1, 1)
        grid.addWidget(plain_label(self.tr("Outcome")), 1, 2)
        grid.addWidget(self.outcome, 1, 3)
        grid.addWidget(plain_label(self.tr("Confidential")), 1, 4)
        grid.addWidget(self.confidential, 1, 5)
        grid.addWidget(plain_label(self.tr("Deadline")), 1, 6)
        grid.addWidget(self.overdue, 1, 7)
        grid.addWidget(plain_label(self.tr("Handled by")), 2, 0)
        grid.addWidget(self.assignee, 2, 1, 1, 3)
        grid.addWidget(plain_label(self.tr("Logged by")), 2, 4)
        grid.addWidget(self.creator, 2, 5)
        grid.setColumnStretch(7, 1)
        self.filters = grid

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("Any"), None)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _connect_signals(self):
        self.terms.returnPressed.connect(self.run_search)
        self.search_button.clicked.connect(self.run_search)
        self.more_button.clicked.connect(self.more)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        self.view.activated.connect(self._activated)  # double-click, Enter
        self.on_change = RefreshOnChange(self, self._repeat)

    # -- reading the form (main thread)
    def query(self) -> dict:
        """The search as the form states it now: the service's arguments."""
        def day(edit: QDateEdit) -> dt.date:
            d = edit.date()
            return dt.date(d.year(), d.month(), d.day())

        return dict(
            terms=self.terms.text(),
            received_from=day(self.date_from) if self.use_from.isChecked() else None,
            received_to=day(self.date_to) + dt.timedelta(days=1)
            if self.use_to.isChecked() else None,
            status=self.status.currentData(), category_id=self.category.currentData(),
            priority=self.priority.currentData(), outcome=self.outcome.currentData(),
            confidential=self.confidential.currentData(),
            overdue=self.overdue.currentData(),
            assignee_id=self.assignee.currentData(),
            creator_id=self.creator.currentData())

    # -- searching (worker threads)
    def run_search(self):
        """Search with the terms and filters now in the form (Enter, the button)."""
        self._focus_first_row = True
        self._start(self.query(), before_id=None)

    def more(self):
        if self._query is not None and self._next_before_id is not None:
            self._start(self._query, before_id=self._next_before_id)

    def _repeat(self):
        if self._query is not None:
            self._start(self._query, before_id=None)

    def _start(self, query: dict, *, before_id: int | None):
        self.error.hide()
        actor = self.actor
        self.more_button.setEnabled(False)
        set_plain(self.summary, self.tr("Searching…"))

        def job():
            return search.search_cases(actor=actor, before_id=before_id,
                                       limit=PAGE_SIZE, **query)

        done, failed = self._latest(
            lambda page: self._show(query, before_id, page), self._failed)
        run_job(self.tasks, job, done, failed, owner=self)

    def _show(self, query: dict, before_id: int | None, page) -> None:
        self._query = query
        self._next_before_id = page.next_before_id
        if before_id is None:
            self.model.set_rows(page.rows)
        else:
            self.model.append(page.rows)
        count = self.model.rowCount()
        if count == 0:
            text = self.tr("No case found.")
        elif page.next_before_id is not None:
            text = self.tr("%1 cases shown; there are more.").replace("%1", str(count))
        else:
            text = self.tr("%1 cases found.").replace("%1", str(count))
        set_plain(self.summary, text)
        self.more_button.setEnabled(page.next_before_id is not None)
        if self._focus_first_row and before_id is None:
            self._focus_first_row = False
            if count:
                self.view.setFocus()
                self.view.setCurrentIndex(self.model.index(0, 0))

    def _failed(self, exc):
        self._focus_first_row = False
        set_plain(self.summary, "")
        self.more_button.setEnabled(self._next_before_id is not None)
        show_error(self.error, exc)

    # -- categories, read once the page is first shown
    def refresh(self):
        """The page is shown: ready to type terms; categories read once."""
        self.terms.setFocus()
        if self._categories_loaded:
            return
        actor = self.actor

        def job():
            # retired and merged categories too: old cases are still filed under them
            return (config.list_categories(actor=actor, include_inactive=True),
                    users.list_assignees(actor=actor))

        def done(result):
            categories, workers = result
            self._categories_loaded = True
            held = self.assignee.currentData()
            for person in workers:
                if person.id != self.actor.id:
                    self.assignee.addItem(
                        f"{person.display_name} · {labels.role(person.role)}", person.id)
            self.assignee.setCurrentIndex(max(self.assignee.findData(held), 0))
            current = self.category.currentData()
            self.category.clear()
            self.category.addItem(self.tr("Any"), None)
            for c in categories:
                text = f"{c.parent_name}/{c.name}" if c.parent_id else c.name
                if not c.active:
                    text = self.tr("%1 (retired)").replace("%1", text)
                self.category.addItem(text, c.id)
            index = self.category.findData(current)
            self.category.setCurrentIndex(max(index, 0))

        run_job(self.tasks, job, done, self._failed, owner=self)


    def _activated(self, index):
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_case.emit(row.id)
