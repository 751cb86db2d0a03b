"""Team supervision (issue 11 item 2): the supervisor's view of who holds what.

The upper table lists the team (services/supervision.team_overview): each person
with his open cases, how many are overdue, how many are under 督办 (and how many of
those are past their deadline) and whether a shift covers now — the words say it,
red only underlines it. Selecting a person lists his open cases (several may be
selected) or, switched, the cases he resolved in the last 30 days. Buttons:
"Reassign selected…" / "Reassign all…" (AssigneeDialog; one transaction, all or
nothing: services/supervision.reassign_open_cases), "Reopen…" (退回重办 with a
reason) for a resolved case, "Supervise…" (督办: what is asked, by when) for an
open one — the case window's forms, run through ui/operations/cases.py with the
version of the case listed — and "Open case". Every read and write runs on the
window's worker threads.
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateTimeEdit,
                               QHBoxLayout, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from ..services import supervision, users
from ..services.base import Actor
from . import labels
from .assignee_dialog import AssigneeDialog
from .case_window import ActionForm, _text_box
from .changes import RefreshOnChange, changes
from .operations import cases as operations
from .tasks import LatestOnly, run_job
from .rows_model import RowsModel
from .widgets import (error_label, plain_label, plain_tooltip, row_table,
                      set_plain)

RED = "#b71c1c"
OPEN, RESOLVED = "open", "resolved"


def _when(moment: dt.datetime | None) -> str:
    return f"{moment:%m-%d %H:%M}" if moment else "—"


class AgentModel(RowsModel):
    """The team (supervision.AgentLoad)."""

    COLUMNS = ("name", "role", "shift", "open", "overdue", "supervised")

    def headers(self):
        return (self.tr("Name"), self.tr("Role"), self.tr("Shift now"),
                self.tr("Open cases"), self.tr("Overdue"),
                self.tr("Supervised (督办)"))

    def text(self, row, column: str) -> str:
        if column == "name":
            return row.display_name if row.active else \
                self.tr("%1 (deactivated)").replace("%1", row.display_name)
        if column == "role":
            return labels.role(row.role)
        if column == "shift":
            if not row.on_shift:
                return self.tr("Off shift")
            until = f"{row.shift_ends_at:%H:%M}" if row.shift_ends_at else ""
            text = self.tr("On shift until %1").replace("%1", until)
            return f"{text} ({row.shift_label})" if row.shift_label else text
        if column == "open":
            return str(row.open_cases)
        if column == "overdue":
            return self.tr("⚠ %1 overdue").replace("%1", str(row.overdue)) \
                if row.overdue else "0"
        if row.supervision_overdue:
            return self.tr("%1 · ⚠ %2 past the deadline").replace(
                "%1", str(row.supervised)).replace("%2", str(row.supervision_overdue))
        return str(row.supervised)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = self.cell(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and (
                (column == "overdue" and row.overdue)
                or (column == "supervised" and row.supervision_overdue)):
            return QColor(RED)
        if role == Qt.ItemDataRole.UserRole:
            return row.user_id
        return None


class CaseRowsModel(RowsModel):
    """One person's cases (calls.CaseSummary)."""

    COLUMNS = ("ticket_no", "status", "priority", "due", "category", "subject",
               "caller")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.read_at: dt.datetime | None = None

    def headers(self):
        return (self.tr("Ticket"), self.tr("Status"), self.tr("Priority"),
                self.tr("Resolution due"), self.tr("Category"), self.tr("Subject"),
                self.tr("Caller"))

    def overdue(self, row) -> bool:
        return (row.resolution_due is not None and self.read_at is not None
                and row.resolved_at is None and row.paused_at is None
                and row.resolution_due <= self.read_at)

    def text(self, row, column: str) -> str:
        if column == "status":
            return labels.status(row.status)
        if column == "priority":
            return labels.priority(row.priority)
        if column == "due":
            if row.resolved_at is not None:
                return self.tr("resolved %1").replace("%1", _when(row.resolved_at))
            text = _when(row.resolution_due)
            return self.tr("⚠ overdue · %1").replace("%1", text) \
                if self.overdue(row) else text
        if column == "caller":
            return " ".join(x for x in (row.caller_name, row.phone) if x)
        return str(getattr(row, column) or "")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = self.cell(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "due" and \
                self.overdue(row):
            return QColor(RED)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("subject", "caller"):
            return plain_tooltip(self.text(row, column))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class SupervisionPage(QWidget):
    """The team, one person's cases, and what a supervisor does with them."""

    open_case = Signal(int)
    reassigned = Signal(int)  # how many cases the last reassignment moved

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self._latest_team = LatestOnly()
        self._latest_cases = LatestOnly()
        self.form_dialog: ActionForm | None = None
        title = plain_label(self.tr("Team supervision"))
        title.setObjectName("pageTitle")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("supervisionRefresh")
        self.agents = AgentModel(self)
        self.agents_view = row_table(self.agents, "supervisionAgents",
                                     (160, 90, 200, 90, 120, 200), stretch=5)
        self.cases_title = plain_label(self.tr("Choose a person above."),
                                       name="sectionTitle")
        self.which = QComboBox()
        self.which.setObjectName("supervisionWhich")
        self.which.addItem(self.tr("Open cases"), OPEN)
        self.which.addItem(self.tr("Resolved in the last 30 days"), RESOLVED)
        self.cases = CaseRowsModel(self)
        self.cases_view = row_table(self.cases, "supervisionCases",
                                    (125, 110, 60, 150, 140, 240, 160), stretch=5)
        self.cases_view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection)
        self.reassign_button = QPushButton(self.tr("Reassign &selected…"))
        self.reassign_button.setObjectName("reassignSelected")
        self.reassign_all_button = QPushButton(self.tr("Reassign &all…"))
        self.reassign_all_button.setObjectName("reassignAll")
        self.reopen_button = QPushButton(self.tr("Re&open…"))
        self.reopen_button.setObjectName("supervisionReopen")
        self.supervise_button = QPushButton(self.tr("Su&pervise…"))
        self.supervise_button.setObjectName("supervisionSupervise")
        self.open_button = QPushButton(self.tr("Open &case"))
        self.open_button.setObjectName("supervisionOpenCase")
        self.summary = plain_label(name="supervisionSummary", wrap=True)
        self.error = error_label()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        heading = QHBoxLayout()
        heading.addWidget(self.cases_title, 1)
        heading.addWidget(self.which)
        buttons = QHBoxLayout()
        for button in (self.reassign_button, self.reassign_all_button,
                       self.reopen_button, self.supervise_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(heading)
        lower_layout.addWidget(self.cases_view, 1)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.agents_view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self):
        self.refresh_button.clicked.connect(self.refresh)
        self.agents_view.selectionModel().currentRowChanged.connect(
            lambda *_: self.load_cases())
        self.which.currentIndexChanged.connect(lambda *_: self.load_cases())
        self.cases_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.cases.modelReset.connect(self._update_buttons)
        self.cases_view.activated.connect(
            lambda index: self._open_row(index.row()))
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.reassign_all_button.clicked.connect(self.reassign_all)
        self.reopen_button.clicked.connect(self.reopen)
        self.supervise_button.clicked.connect(self.supervise)
        self.open_button.clicked.connect(self._open_current)
        self.on_change = RefreshOnChange(self, self.refresh)

    # -- reading
    def refresh(self):
        """The team and the chosen person's cases again."""
        self.on_change.fresh()
        self.error.hide()
        actor = self.actor
        done, failed = self._latest_team(self._show_team, self._failed)
        run_job(self.tasks, lambda: supervision.team_overview(actor=actor), done,
                failed, owner=self)

    def _show_team(self, team):
        held = self.current_agent()
        self.agents.set_rows(team)
        row = 0
        if held is not None:
            row = next((n for n, a in enumerate(team) if a.user_id == held.user_id), 0)
        if team:
            self.agents_view.setCurrentIndex(self.agents.index(row, 0))
        self.load_cases()

    def current_agent(self):
        index = self.agents_view.currentIndex()
        return self.agents.row_at(index.row()) if index.isValid() else None

    def select_agent(self, user_id: int) -> bool:
        for n, agent in enumerate(self.agents.rows()):
            if agent.user_id == user_id:
                self.agents_view.setCurrentIndex(self.agents.index(n, 0))
                return True
        return False

    def showing(self) -> str:
        return self.which.currentData() or OPEN

    def load_cases(self):
        agent, actor, which = self.current_agent(), self.actor, self.showing()
        if agent is None:
            self.cases.set_rows([])
            set_plain(self.cases_title, self.tr("Choose a person above."))
            return
        user_id = agent.user_id
        if which == OPEN:
            set_plain(self.cases_title, self.tr("Open cases of %1").replace(
                "%1", agent.display_name))
            def job():
                return (supervision.open_cases_of(actor=actor, user_id=user_id),
                        _now())
        else:
            set_plain(self.cases_title, self.tr(
                "The latest cases %1 resolved (last 30 days, at most 50)").replace(
                "%1", agent.display_name))
            def job():
                return (supervision.resolved_cases_of(actor=actor, user_id=user_id),
                        _now())
        held = set(self.selected_ids())

        def show(result):
            rows, read_at = result
            self.cases.read_at = read_at
            self.cases.set_rows(rows)
            selection = self.cases_view.selectionModel()
            for n, row in enumerate(rows):
                if row.id in held:
                    selection.select(self.cases.index(n, 0),
                                     selection.SelectionFlag.Select
                                     | selection.SelectionFlag.Rows)
            self._update_buttons()

        done, failed = self._latest_cases(show, self._failed)
        run_job(self.tasks, job, done, failed, owner=self)

    def selected_rows(self) -> list:
        selection = self.cases_view.selectionModel()
        rows = sorted({i.row() for i in selection.selectedRows()})
        return [self.cases.row_at(r) for r in rows if self.cases.row_at(r) is not None]

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def select_cases(self, call_ids) -> None:
        """Select the rows of these cases (the others are deselected)."""
        selection = self.cases_view.selectionModel()
        selection.clearSelection()
        for n, row in enumerate(self.cases.rows()):
            if row.id in set(call_ids):
                selection.select(self.cases.index(n, 0),
                                 selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)
                self.cases_view.setCurrentIndex(self.cases.index(n, 0))
        self._update_buttons()

    def _update_buttons(self):
        rows = self.selected_rows()
        agent = self.current_agent()
        open_view = self.showing() == OPEN
        self.reassign_button.setEnabled(open_view and bool(rows))
        self.reassign_all_button.setEnabled(open_view and agent is not None
                                            and bool(self.cases.rowCount()))
        self.supervise_button.setEnabled(open_view and len(rows) == 1)
        self.reopen_button.setEnabled(not open_view and len(rows) == 1
                                      and rows[0].status in ("resolved", "closed"))
        self.open_button.setEnabled(len(rows) == 1)

    def _failed(self, exc):
        from .widgets import show_error
        show_error(self.error, exc)

    # -- reassigning
    def reassign_selected(self):
        ids = self.selected_ids()
        if ids:
            self._reassign(ids)

    def reassign_all(self):
        if self.current_agent() is not None:
            self._reassign(None)

    def _reassign(self, call_ids: list[int] | None):
        """Ask whom to (the people who can work cases, not the present holder),
        then move the cases in one transaction."""
        agent, actor = self.current_agent(), self.actor
        if agent is None or self.tasks is None:
            return
        count = len(call_ids) if call_ids is not None else self.cases.rowCount()
        title = self.tr("Reassign %1 case(s) of %2 to").replace(
            "%1", str(count)).replace("%2", agent.display_name)

        on_shift = {a.user_id for a in self.agents.rows() if a.on_shift}

        def chosen_from(people):
            # those on shift now first: the cases go to someone who is there
            people = sorted((p for p in people if p.id != agent.user_id),
                            key=lambda p: p.id not in on_shift)
            to_user_id = AssigneeDialog.ask(self, people, title)
            if to_user_id is None:
                return
            name = next((p.display_name for p in people if p.id == to_user_id), "")
            self._move(agent.user_id, to_user_id, name, call_ids)

        run_job(self.tasks, lambda: users.list_assignees(actor=actor), chosen_from,
                self._failed, owner=self)

    def _move(self, from_user_id: int, to_user_id: int, name: str,
              call_ids: list[int] | None):
        actor = self.actor
        shown = [r.id for r in self.cases.rows()]

        def done(moved):
            set_plain(self.summary, self.tr("%1 case(s) reassigned to %2.")
                      .replace("%1", str(moved)).replace("%2", name))
            bus = changes()
            for call_id in (call_ids if call_ids is not None else shown):
                bus.case_changed.emit(call_id)  # open case windows re-read
            bus.cases_changed.emit()  # the lists (this page too) refresh
            self.reassigned.emit(moved)

        self.error.hide()
        self.tasks.run(lambda: supervision.reassign_open_cases(
            actor=actor, from_user_id=from_user_id, to_user_id=to_user_id,
            call_ids=call_ids), done, self._failed, owner=self)

    # -- reopen and supervise: the case window's forms
    def _open_form(self, form: ActionForm) -> ActionForm:
        if self.form_dialog is not None and shiboken6.isValid(self.form_dialog):
            self.form_dialog.close()
        self.form_dialog = form
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.finished.connect(lambda _r, f=form: self._form_closed(f))
        form.open()
        return form

    def _form_closed(self, form) -> None:
        if self.form_dialog is form:
            self.form_dialog = None

    def _run_in(self, form: ActionForm, operation, row, **values):
        def done(_result):
            form.set_busy(False)
            form.accept()

        def failed(exc):
            form.set_busy(False)
            labels.recover_connection(exc)
            form.show_error(exc)

        form.set_busy(True)
        operation(parent=self, tasks=self.tasks, actor=self.actor, call_id=row.id,
                  expected_version=row.version, on_done=done, on_error=failed,
                  **values)

    def reopen(self) -> ActionForm | None:
        """退回重办: the reason is required."""
        rows = self.selected_rows()
        if len(rows) != 1 or self.tasks is None:
            return None
        row = rows[0]
        form = ActionForm(self, self.tr("Send back for rework (退回重办): %1")
                          .replace("%1", row.ticket_no), "form_reopen",
                          self.tr("Re&open"))
        box = form.add("reason", self.tr("Reason"), _text_box())
        form.submitted.connect(lambda: self._run_in(
            form, operations.reopen_case, row, reason=form.text("reason")))
        self._open_form(form)
        box.setFocus()
        return form

    def supervise(self) -> ActionForm | None:
        """督办: what is asked, by when."""
        rows = self.selected_rows()
        if len(rows) != 1 or self.tasks is None:
            return None
        row = rows[0]
        form = ActionForm(self, self.tr("Supervise the case (督办): %1")
                          .replace("%1", row.ticket_no), "form_supervise",
                          self.tr("Su&pervise"))
        note = form.add("note", self.tr("What is asked"), _text_box())
        deadline = QDateTimeEdit()
        deadline.setCalendarPopup(True)
        deadline.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = ((self.cases.read_at or _now()) + dt.timedelta(days=1)).replace(
            minute=0, second=0, microsecond=0)
        deadline.setDateTime(QDateTime(start))
        form.add("deadline", self.tr("Deadline"), deadline)
        form.submitted.connect(lambda: self._run_in(
            form, operations.supervise_case, row, note=form.text("note"),
            deadline=deadline.dateTime().toPython()))
        self._open_form(form)
        note.setFocus()
        return form

    # -- opening
    def _open_row(self, row: int):
        case = self.cases.row_at(row)
        if case is not None:
            self.open_case.emit(case.id)

    def _open_current(self):
        rows = self.selected_rows()
        if len(rows) == 1:
            self.open_case.emit(rows[0].id)


def _now() -> dt.datetime:
    """The services' time (read on the worker, with the rows)."""
    from ..services import clock
    return clock.now()
