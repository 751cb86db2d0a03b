"""The case window (issue 8 item 2): one window for every role.

It shows the case as services.calls.get_case read it — header (ticket, status,
priority, category, assignee, signed for or not), the caller (masked by the rules),
the SLA clocks (domain/sla_state.py: due time, time left or overdue, paused while
waiting on the caller), open and past supervisions (督办), the description and the
reply, the whole timeline, the knowledge articles used, call backs and the rating —
and one button per action the reader may take on the case now (CaseDetail.actions,
from domain/case_actions.py): nothing else. Each button has a mnemonic; an action
that needs input opens a small form that keeps what was typed when the service
refuses it (the error names the field). Every action runs through
ui/operations/cases.py with the version of the case shown: a case changed meanwhile
on another workstation is refused with a message and the window shows the case as
it is now.

The window is not modal; it re-reads the case (on a worker thread) whenever the
change bus says it changed, and opening a case that is open already raises its
window.
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDateTimeEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..domain.sla_state import ClockState, clock_state
from ..services import calls, knowledge, users
from ..services.calls import CaseDetail
from . import labels
from .changes import changes
from .operations import cases as operations
from .widgets import plain_label, set_plain


# ---------------------------------------------------------------- texts

def span_text(delta: dt.timedelta) -> str:
    """A length of time as a person reads it: 2 d 3 h, 4 h 05 min, 12 min."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        text = QCoreApplication.translate("CaseWindow", "%1 d %2 h")
        return text.replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        text = QCoreApplication.translate("CaseWindow", "%1 h %2 min")
        return text.replace("%1", str(hours)).replace("%2", f"{mins:02d}")
    return QCoreApplication.translate("CaseWindow", "%1 min").replace("%1", str(mins))


def clock_text(due: dt.datetime | None, state: ClockState) -> str:
    """One SLA clock in words: the due time and where the clock stands."""
    if due is None or state.state == "none":
        return QCoreApplication.translate("CaseWindow", "no due time")
    when = f"{due:%Y-%m-%d %H:%M}"
    left = span_text(state.remaining) if state.remaining is not None else ""
    text = {
        "on_time": QCoreApplication.translate("CaseWindow", "%2 left (due %1)"),
        "at_risk": QCoreApplication.translate("CaseWindow",
                                              "%2 left — at risk (due %1)"),
        "breached": QCoreApplication.translate("CaseWindow", "overdue by %2 (due %1)"),
        "paused": QCoreApplication.translate(
            "CaseWindow", "paused while waiting on the caller — %2 left (due %1)"),
        "met": QCoreApplication.translate("CaseWindow", "met (due %1)"),
        "missed": QCoreApplication.translate("CaseWindow", "missed by %2 (due %1)"),
    }[state.state]
    return text.replace("%1", when).replace("%2", left)


def rating_text(rating: int) -> str:
    """The caller's rating, 5 (very satisfied) to 1 (very dissatisfied)."""
    return {
        5: QCoreApplication.translate("CaseWindow", "5 — very satisfied"),
        4: QCoreApplication.translate("CaseWindow", "4 — satisfied"),
        3: QCoreApplication.translate("CaseWindow", "3 — fairly satisfied"),
        2: QCoreApplication.translate("CaseWindow", "2 — dissatisfied"),
        1: QCoreApplication.translate("CaseWindow", "1 — very dissatisfied"),
    }.get(rating, str(rating))


# ---------------------------------------------------------------- action forms

class ActionForm(QDialog):
    """A small form for one action. OK emits `submitted` (the window runs the
    operation); the form closes when it succeeded and otherwise stays open with
    what was typed and the error, the field it names focused."""

    submitted = Signal()

    def __init__(self, parent: QWidget, title: str, name: str, ok_text: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.error = plain_label(name="errorLabel", wrap=True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def add(self, field: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(field)
        self.fields[field] = widget
        self.form.addRow(label, widget)
        return widget

    def text(self, field: str) -> str:
        w = self.fields[field]
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()

    def _submit(self):
        self.error.hide()
        self.submitted.emit()

    def set_busy(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)

    def show_error(self, exc: BaseException) -> None:
        set_plain(self.error, labels.error_text(exc))
        self.error.show()
        widget = self.fields.get(getattr(exc, "field", None) or "")
        if widget is not None:
            widget.setFocus()


class SearchLine(QLineEdit):
    """A search box inside a form: Enter searches, it does not press OK."""

    def keyPressEvent(self, event):
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def _text_box(max_height: int = 110) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(max_height)
    return box


# ---------------------------------------------------------------- the window

def _button_texts() -> dict[str, str]:
    """action -> its button's text, with the mnemonic (Alt+letter)."""
    return {
        "sign_for": QCoreApplication.translate("CaseWindow", "Si&gn for"),
        "start": QCoreApplication.translate("CaseWindow", "&Start work"),
        "wait_customer": QCoreApplication.translate("CaseWindow", "&Wait on caller…"),
        "resume": QCoreApplication.translate("CaseWindow", "Res&ume"),
        "resolve": QCoreApplication.translate("CaseWindow", "&Resolve…"),
        "close": QCoreApplication.translate("CaseWindow", "C&lose case"),
        "assign": QCoreApplication.translate("CaseWindow", "&Assign…"),
        "transfer": QCoreApplication.translate("CaseWindow", "&Transfer…"),
        "escalate": QCoreApplication.translate("CaseWindow", "&Escalate…"),
        "reopen": QCoreApplication.translate("CaseWindow", "Re&open…"),
        "supervise": QCoreApplication.translate("CaseWindow", "Su&pervise…"),
        "note": QCoreApplication.translate("CaseWindow", "&Note…"),
        "callback": QCoreApplication.translate("CaseWindow", "&Call back…"),
        "survey": QCoreApplication.translate("CaseWindow", "Rat&ing…"),
    }


CLOCK_REFRESH_MS = 30_000


class CaseWindow(QDialog):
    """One case, its history and what the reader may do with it."""

    def __init__(self, parent: QWidget | None, case: CaseDetail, *, tasks=None,
                 actor=None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        # the window's TaskManager and user, to act and to re-read the case
        self.tasks = tasks if tasks is not None else getattr(parent, "tasks", None)
        self.actor = actor if actor is not None else getattr(parent, "actor", None)
        self.case = case
        self.call_id = case.summary.id
        self.form_dialog: ActionForm | None = None
        self.callback_dialog = None
        self.buttons: dict[str, QPushButton] = {}
        self._busy = False
        self._read_mono = time.monotonic()
        self._notice_from_read = False
        self.resize(900, 720)
        self.form = QFormLayout()
        self.notice = plain_label(name="hintLabel", wrap=True)
        self.notice.hide()
        self.supervisions = QTreeWidget()
        self.supervisions.setObjectName("supervisions")
        self.supervisions.setRootIsDecorated(False)
        self.supervisions.setHeaderLabels([self.tr("Supervised"), self.tr("By"),
                                           self.tr("Deadline"), self.tr("State"),
                                           self.tr("Note")])
        self.supervisions.setMaximumHeight(90)
        for column, width in ((0, 130), (1, 90), (2, 130), (3, 120)):
            self.supervisions.setColumnWidth(column, width)
        self.text = QPlainTextEdit()
        self.text.setObjectName("caseText")
        self.text.setReadOnly(True)
        self.timeline = timeline = QTreeWidget()
        timeline.setObjectName("timeline")
        timeline.setRootIsDecorated(False)
        timeline.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                  self.tr("Status"), self.tr("Detail")])
        timeline.setColumnWidth(0, 130)
        timeline.setColumnWidth(2, 120)
        timeline.setColumnWidth(3, 190)  # "已派单 → 办理中" whole
        self.action_bar = QHBoxLayout()
        self.action_box = QWidget()
        self.action_box.setObjectName("actions")
        self.action_box.setLayout(self.action_bar)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.notice)
        self.supervision_title = plain_label(self.tr("Supervision (督办)"))
        layout.addWidget(self.supervision_title)
        layout.addWidget(self.supervisions)
        layout.addWidget(plain_label(self.tr("Description")))
        layout.addWidget(self.text, 1)
        layout.addWidget(plain_label(self.tr("Timeline")))
        layout.addWidget(timeline, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.action_box, 1)
        bottom.addWidget(self.close_buttons)
        layout.addLayout(bottom)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_REFRESH_MS)
        self._reload_seq = 0
        self._fill(case)
        self._connect_signals()

    def _connect_signals(self):
        changes().case_changed.connect(self._case_changed)
        self.clock_timer.timeout.connect(self._show_clocks)
        self.clock_timer.start()

    # ------------------------------------------------------------ showing
    def _fill(self, case: CaseDetail) -> None:
        self.case = case
        self._read_mono = time.monotonic()
        s = case.summary
        self.setWindowTitle(self.tr("Case %1").replace("%1", s.ticket_no))
        while self.form.rowCount():
            self.form.removeRow(0)

        def add(label, value, name=None):
            w = plain_label(value, name=name)
            w.setWordWrap(True)
            w.setTextInteractionFlags(w.textInteractionFlags()
                                      | Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, w)
            return w

        add(self.tr("Ticket"), s.ticket_no)
        add(self.tr("Received"), f"{s.received_at:%Y-%m-%d %H:%M}  ·  "
            + labels.channel(s.channel) + "  ·  "
            + self.tr("duration %1").replace("%1", labels.duration(case.duration_seconds)
                                             or "—"))
        caller = " ".join(x for x in (s.phone, s.caller_name) if x) or "—"
        if s.anonymous:
            caller += "  " + self.tr("(anonymous)")
        add(self.tr("Caller"), caller)
        add(self.tr("Category"), s.category or "—")
        add(self.tr("Priority"), labels.priority(s.priority))
        add(self.tr("Subject"), s.subject or ("—" if not s.redacted else
                                               self.tr("(confidential)")))
        add(self.tr("Outcome"), labels.outcome(s.outcome))
        add(self.tr("Status"), self._state_text(case), name="caseState")
        if s.first_response_due or s.resolution_due:
            self.first_clock = add(self.tr("First response"), "", name="firstResponseClock")
            self.resolution_clock = add(self.tr("Resolution"), "", name="resolutionClock")
        else:
            self.first_clock = self.resolution_clock = None
        if s.confidential:
            add(self.tr("Confidential"), self.tr("yes"))
        if case.articles:
            add(self.tr("Knowledge articles"),
                "；".join(title for _id, title in case.articles), name="caseArticles")
        if case.callbacks or case.surveys:
            add(self.tr("Call backs"), self._callbacks_text(case), name="caseCallbacks")
        if case.surveys:
            at, who, rating, comment = case.surveys[-1]
            add(self.tr("Rating"), " — ".join(
                x for x in (rating_text(rating), comment) if x), name="caseRating")
        self._show_clocks()
        self.text.setPlainText(case.description
                               + (("\n\n" + self.tr("Reply given") + ":\n" + case.solution)
                                  if case.solution else ""))
        self.supervisions.clear()
        for v in case.supervisions:
            missed = v.open and v.deadline <= self.now()
            state = self.tr("open") if v.open else self.tr("ended %1").replace(
                "%1", f"{v.closed_at:%Y-%m-%d %H:%M}")
            if missed:  # the words say it; the red only underlines it
                state = self.tr("⚠ open · deadline missed")
            item = QTreeWidgetItem(
                [f"{v.at:%Y-%m-%d %H:%M}", v.actor, f"{v.deadline:%Y-%m-%d %H:%M}",
                 state, v.note])
            if missed:
                for column in (2, 3):
                    item.setForeground(column, QColor("#b71c1c"))
            self.supervisions.addTopLevelItem(item)
        self.supervisions.setVisible(bool(case.supervisions))
        self.supervision_title.setVisible(bool(case.supervisions))
        self.timeline.clear()
        for e in case.events:
            change = labels.status(e.to_status) if e.to_status else ""
            if e.from_status:
                change = f"{labels.status(e.from_status)} → {change}"
            self.timeline.addTopLevelItem(QTreeWidgetItem(
                [f"{e.at:%Y-%m-%d %H:%M}", e.actor, labels.event_kind(e.kind), change,
                 self._detail(e)]))
        self._fill_actions(case.actions)

    def _state_text(self, case: CaseDetail) -> str:
        s = case.summary
        state = labels.status(s.status)
        if s.assignee:
            state += "  ·  " + self.tr("assigned to %1").replace("%1", s.assignee)
            if s.status in ("new", "assigned", "reopened", "in_progress",
                            "pending_customer"):
                state += "  ·  " + (self.tr("signed for %1").replace(
                    "%1", f"{s.signed_at:%m-%d %H:%M}") if s.signed_at
                    else self.tr("not signed for yet"))
        elif s.status == "new":
            state += "  ·  " + self.tr("unassigned (in the pool)")
        open_sup = [v for v in case.supervisions if v.open]
        if open_sup:
            state += "  ·  " + self.tr("supervised until %1").replace(
                "%1", f"{open_sup[-1].deadline:%Y-%m-%d %H:%M}")
        return state

    def _callbacks_text(self, case: CaseDetail) -> str:
        reached = sum(1 for c in case.callbacks if c[2])
        text = self.tr("%1 call backs, %2 reached").replace(
            "%1", str(len(case.callbacks))).replace("%2", str(reached))
        if case.callbacks:
            at, who, was_reached, note = case.callbacks[-1]
            text += "  ·  " + self.tr("last %1 by %2").replace(
                "%1", f"{at:%Y-%m-%d %H:%M}").replace("%2", who)
        return text

    def now(self) -> dt.datetime:
        """The services' time now: the time the case was read plus the time since."""
        read_at = self.case.read_at or dt.datetime.now()
        return read_at + dt.timedelta(seconds=time.monotonic() - self._read_mono)

    def clocks(self) -> tuple[ClockState, ClockState]:
        """(first response, resolution) as they stand now."""
        s, now = self.case.summary, self.now()
        paused = s.paused_at if s.status == "pending_customer" else None
        first = clock_state(s.first_response_due, now=now, started_at=s.received_at,
                            paused_at=paused, done_at=s.first_response_at)
        done = s.resolved_at if s.status in ("resolved", "closed") else None
        resolution = clock_state(s.resolution_due, now=now, started_at=s.received_at,
                                 paused_at=paused, done_at=done)
        return first, resolution

    def _show_clocks(self) -> None:
        if self.first_clock is None:
            return
        s = self.case.summary
        first, resolution = self.clocks()
        set_plain(self.first_clock, clock_text(s.first_response_due, first))
        set_plain(self.resolution_clock, clock_text(s.resolution_due, resolution))
        for label, state in ((self.first_clock, first),
                             (self.resolution_clock, resolution)):
            label.setProperty("clockState", state.state)  # the stylesheet colours it
            label.style().unpolish(label)
            label.style().polish(label)

    def _fill_actions(self, actions) -> None:
        while self.action_bar.count():  # the old buttons and the stretch
            item = self.action_bar.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.buttons = {}
        texts = _button_texts()
        for action in actions:
            button = QPushButton(texts[action])
            button.setObjectName(f"action_{action}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=action: self.act(a))
            button.setEnabled(not self._busy)
            self.action_bar.addWidget(button)
            self.buttons[action] = button
            if self.isVisible():
                button.show()
        self.action_bar.addStretch(1)

    @property
    def version(self) -> int | None:
        """The version of the case as shown (pass it as expected_version)."""
        return getattr(self.case.summary, "version", None)

    @property
    def actions(self) -> tuple[str, ...]:
        """The actions offered (one button each)."""
        return tuple(self.buttons)

    def _case_changed(self, call_id: int) -> None:
        if call_id == self.call_id:
            self.reload()

    def reload(self) -> None:
        """Read the case again on a worker thread and show it when it arrives."""
        if self.tasks is None or self.actor is None:
            return
        self._reload_seq += 1
        seq, actor, call_id = self._reload_seq, self.actor, self.call_id

        def done(case):
            if seq == self._reload_seq:
                if self._notice_from_read:
                    self.notice.hide()
                self._fill(case)

        def failed(exc):
            if seq == self._reload_seq:
                labels.recover_connection(exc)
                self._say(labels.error_text(exc), from_read=True)

        self.tasks.run(lambda: calls.get_case(actor=actor, call_id=call_id), done,
                       failed, owner=self)

    def _say(self, text: str, *, from_read: bool = False) -> None:
        set_plain(self.notice, text)
        self._notice_from_read = from_read
        self.notice.show()

    def _detail(self, e) -> str:
        """The detail column; the codes services write in it are translated."""
        if e.kind == "created":
            return labels.outcome(e.detail)
        if e.kind == "callback":
            head, _, rest = e.detail.partition(" — ")
            if head in ("reached", "not reached"):
                word = self.tr("reached") if head == "reached" else self.tr("not reached")
                return f"{word} — {rest}" if rest else word
        if e.kind == "printed":
            return " · ".join(labels.print_word(code) for code in e.detail.split())
        if e.kind == "survey":
            head, _, rest = e.detail.partition(" — ")
            if head.isdigit():
                return " — ".join(x for x in (rating_text(int(head)), rest) if x)
        return e.detail

    # ------------------------------------------------------------ acting
    def act(self, action: str) -> None:
        """Take `action` (one of the buttons): at once, or through its form."""
        if action not in self.buttons or self._busy:
            return
        handler = {
            "sign_for": lambda: self._run(operations.sign_for_case),
            "start": lambda: self._run(operations.start_case),
            "resume": lambda: self._run(operations.resume_case),
            "close": lambda: self._run(operations.close_case),
            "wait_customer": lambda: self._text_form(
                "wait_customer", self.tr("Wait on the caller"), "note",
                self.tr("What the caller is to provide"), self.tr("&Wait"),
                operations.wait_on_caller),
            "reopen": lambda: self._text_form(
                "reopen", self.tr("Send back for rework (退回重办)"), "reason",
                self.tr("Reason"), self.tr("Re&open"), operations.reopen_case),
            "note": lambda: self._text_form(
                "note", self.tr("Add a note"), "text", self.tr("Note"),
                self.tr("&Add note"), operations.add_note, versioned=False),
            "resolve": self._resolve_form,
            "assign": lambda: self._people_form("assign"),
            "transfer": lambda: self._people_form("transfer"),
            "escalate": lambda: self._people_form("escalate"),
            "supervise": self._supervise_form,
            "callback": lambda: self._callback_dialog(rating_only=False),
            "survey": lambda: self._callback_dialog(rating_only=True),
        }[action]
        handler()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in self.buttons.values():
            button.setEnabled(not busy)
        if self.form_dialog is not None:
            self.form_dialog.set_busy(busy)

    def _run(self, operation, *, form: ActionForm | None = None,
             versioned: bool = True, **values) -> None:
        """Run one operation on this case with the version shown."""
        if self.tasks is None or self.actor is None:
            return
        if versioned:
            values["expected_version"] = self.version
        self._set_busy(True)
        if form is None:
            self.notice.hide()

        def done(_result):
            self._set_busy(False)
            if form is not None:
                form.accept()
            if self.form_dialog is form:
                self.form_dialog = None
            self.notice.hide()

        def failed(exc):
            self._set_busy(False)
            labels.recover_connection(exc)
            if getattr(exc, "code", None) == "stale_case":
                # the operation announced the case: the window reloads itself
                self._say(labels.error_text(exc))
            if form is not None and form.isVisible():
                form.show_error(exc)
            else:
                self._say(labels.error_text(exc))

        operation(parent=self, tasks=self.tasks, actor=self.actor,
                  call_id=self.call_id, on_done=done, on_error=failed, **values)

    def _open_form(self, form: ActionForm) -> ActionForm:
        if self.form_dialog is not None:
            self.form_dialog.close()
        self.form_dialog = form
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.finished.connect(lambda _r, f=form: self._form_closed(f))
        form.open()
        return form

    def _form_closed(self, form) -> None:
        if self.form_dialog is form:
            self.form_dialog = None

    def _text_form(self, action: str, title: str, field: str, label: str,
                   ok_text: str, operation, *, versioned: bool = True) -> ActionForm:
        form = ActionForm(self, title, f"form_{action}", ok_text)
        box = form.add(field, label, _text_box())
        form.submitted.connect(lambda: self._run(
            operation, form=form, versioned=versioned,
            **{field: form.text(field)}))
        self._open_form(form)
        box.setFocus()
        return form

    def _people_form(self, action: str) -> ActionForm:
        """Assign (派单), transfer (转办) or escalate (升级): whom to, and a note."""
        titles = {"assign": (self.tr("Assign the case"), self.tr("&Assign")),
                  "transfer": (self.tr("Transfer to a colleague"),
                               self.tr("&Transfer")),
                  "escalate": (self.tr("Escalate the case"), self.tr("&Escalate"))}
        title, ok_text = titles[action]
        form = ActionForm(self, title, f"form_{action}", ok_text)
        people = form.add("assignee_id", self.tr("To"), QListWidget())
        people.setMinimumHeight(160)
        note = form.add("note", self.tr("Note") if action == "assign"
                        else self.tr("Why (required)"), _text_box(80))
        operation = {"assign": operations.assign_case,
                     "transfer": operations.transfer_case,
                     "escalate": operations.escalate_case}[action]

        def submit():
            item = people.currentItem()
            self._run(operation, form=form,
                      assignee_id=item.data(Qt.ItemDataRole.UserRole) if item else None,
                      note=form.text("note"))

        form.submitted.connect(submit)
        actor, call_id = self.actor, self.call_id

        def listed(found):
            for p in found:
                item = QListWidgetItem(f"{p.display_name}  ·  {labels.role(p.role)}")
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                people.addItem(item)
            if found:
                people.setCurrentRow(0)

        self.tasks.run(lambda: users.list_assignees(actor=actor, call_id=call_id),
                       listed, form.show_error, owner=form)
        self._open_form(form)
        people.setFocus()
        del note
        return form

    def _resolve_form(self) -> ActionForm:
        """The solution (办结) and, optionally, the knowledge article it used."""
        form = ActionForm(self, self.tr("Resolve the case"), "form_resolve",
                          self.tr("&Resolve"))
        solution = form.add("solution", self.tr("Solution"), _text_box(140))
        search = form.add("articleSearch", self.tr("Find an article"), SearchLine())
        search.setPlaceholderText(self.tr("Words from the knowledge base; Enter searches"))
        found = form.add("article_id", self.tr("Article used"), QListWidget())
        found.setMinimumHeight(110)
        none = QListWidgetItem(self.tr("(no article)"))
        none.setData(Qt.ItemDataRole.UserRole, None)
        found.addItem(none)
        found.setCurrentRow(0)
        actor = self.actor

        def show(hits):
            found.clear()
            item = QListWidgetItem(self.tr("(no article)"))
            item.setData(Qt.ItemDataRole.UserRole, None)
            found.addItem(item)
            for hit in hits:
                item = QListWidgetItem(hit.title + (f"  ·  {hit.category}"
                                                    if hit.category else ""))
                item.setData(Qt.ItemDataRole.UserRole, hit.id)
                found.addItem(item)
            found.setCurrentRow(1 if hits else 0)

        def look_up():
            query = search.text().strip()
            if query:
                self.tasks.run(lambda: knowledge.search_articles(actor=actor,
                                                                 query=query),
                               show, form.show_error, owner=form)

        search.returnPressed.connect(look_up)

        def submit():
            item = found.currentItem()
            self._run(operations.resolve_case, form=form,
                      solution=form.text("solution"),
                      article_id=item.data(Qt.ItemDataRole.UserRole) if item else None)

        form.submitted.connect(submit)
        self._open_form(form)
        solution.setFocus()
        return form

    def _supervise_form(self) -> ActionForm:
        """督办: what is asked, by when."""
        form = ActionForm(self, self.tr("Supervise the case (督办)"),
                          "form_supervise", self.tr("Su&pervise"))
        note = form.add("note", self.tr("What is asked"), _text_box())
        deadline = QDateTimeEdit()
        deadline.setCalendarPopup(True)
        deadline.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = (self.now() + dt.timedelta(days=1)).replace(minute=0, second=0,
                                                             microsecond=0)
        deadline.setDateTime(QDateTime(start))
        form.add("deadline", self.tr("Deadline"), deadline)

        def submit():
            when = deadline.dateTime().toPython()
            self._run(operations.supervise_case, form=form, note=form.text("note"),
                      deadline=when)

        form.submitted.connect(submit)
        self._open_form(form)
        note.setFocus()
        return form

    def _callback_dialog(self, *, rating_only: bool):
        from .callback_dialog import CallbackDialog

        dialog = CallbackDialog(self, self.actor, self.tasks, self.case.summary,
                                rating_only=rating_only, case=self.case)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.callback_dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------ opening
    @classmethod
    def show_case(cls, parent: QWidget | None, case: CaseDetail) -> "CaseWindow":
        """Show the case in its own window (not modal); a case already open in a
        window of `parent` is shown there, brought to the front."""
        if parent is not None:
            for window in parent.findChildren(cls):
                if window.call_id == case.summary.id and window.isVisible():
                    window._fill(case)
                    window.raise_()
                    window.activateWindow()
                    return window
        window = cls(parent, case)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window
