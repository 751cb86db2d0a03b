"""The callback form (回访, issue 8 item 4): one call back to the caller — reached or
not, the n-th of this case, a note — and, when the caller was reached, his rating
1–5 entered on his behalf with his comment. A dissatisfied rating (1–2) offers in
the same step to send the case back for rework (退回重办, with a reason) or to
escalate it to a supervisor (picker). Everything is saved together by
services.calls.record_callback_visit or not at all; the form keeps what was typed
when the save is refused and names the field.

`CallbackDialog(parent, actor, tasks, summary)` (a CaseSummary) reads the case on
a worker thread for the attempt number and what the user may do; the case window
passes the case it has (`case=`). `rating_only=True` records the rating alone
(the caller rang in to give it): no call back attempt is written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget)

from ..services import calls, users
from ..services.calls import CaseDetail, CaseSummary
from . import labels
from .case_window import rating_text
from .operations import cases as operations
from .widgets import plain_label, set_plain

DISSATISFIED = (1, 2)
FOLLOW_UP_ROLES = ("supervisor", "director")


class CallbackDialog(QDialog):
    def __init__(self, parent: QWidget | None, actor, tasks, summary: CaseSummary, *,
                 rating_only: bool = False, case: CaseDetail | None = None):
        super().__init__(parent)
        self.actor, self.tasks, self.summary = actor, tasks, summary
        self.rating_only = rating_only
        self.case: CaseDetail | None = None
        self.saved = None  # the CallbackVisit once saved
        self.setObjectName("callbackDialog")
        title = (self.tr("Rating of case %1") if rating_only
                 else self.tr("Call back — case %1"))
        self.setWindowTitle(title.replace("%1", summary.ticket_no))
        self.setMinimumWidth(520)
        caller = " ".join(x for x in (summary.phone, summary.caller_name) if x) or "—"
        header = plain_label(f"{summary.ticket_no}  ·  {caller}  ·  "
                             f"{summary.subject or '—'}", name="callbackCase",
                             wrap=True)
        self.attempt = plain_label(self.tr("Reading the case…"), name="attempt")
        self.fields: dict[str, QWidget] = {}

        # reached or not, and the note
        self.reached = QRadioButton(self.tr("&Reached the caller"))
        self.reached.setObjectName("reached")
        self.not_reached = QRadioButton(self.tr("&Not reached"))
        self.not_reached.setObjectName("notReached")
        self.reached_group = QButtonGroup(self)
        self.reached_group.addButton(self.reached)
        self.reached_group.addButton(self.not_reached)
        reached_row = QHBoxLayout()
        reached_row.addWidget(self.reached)
        reached_row.addWidget(self.not_reached)
        reached_row.addStretch(1)
        self.note = self._field("note", QPlainTextEdit())
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        call_form = QFormLayout()
        call_form.addRow(self.tr("Call back"), reached_row)
        call_form.addRow(self.tr("Note"), self.note)
        self.call_box = QWidget()
        self.call_box.setLayout(call_form)

        # the caller's rating
        self.rating = self._field("rating", QComboBox())
        self.rating.addItem(self.tr("(no rating)"), None)
        for value in (5, 4, 3, 2, 1):
            self.rating.addItem(rating_text(value), value)
        self.comment = self._field("comment", QLineEdit())
        self.rating_note = plain_label(name="hintLabel", wrap=True)
        self.rating_note.hide()
        rating_form = QFormLayout()
        rating_form.addRow(self.tr("Ra&ting"), self.rating)
        rating_form.addRow(self.tr("Caller's comment"), self.comment)
        rating_form.addRow(self.rating_note)
        self.rating_box = QGroupBox(self.tr("The caller's satisfaction (entered on "
                                            "his behalf)"))
        self.rating_box.setObjectName("ratingBox")
        self.rating_box.setLayout(rating_form)

        # the follow-up of a dissatisfied rating
        self.no_follow_up = QRadioButton(self.tr("No follow-up"))
        self.no_follow_up.setObjectName("noFollowUp")
        self.follow_reopen = QRadioButton(self.tr("Send back for rew&ork (退回重办)"))
        self.follow_reopen.setObjectName("followReopen")
        self.follow_escalate = QRadioButton(self.tr("Escalate to a &supervisor"))
        self.follow_escalate.setObjectName("followEscalate")
        self.follow_group = QButtonGroup(self)
        for b in (self.no_follow_up, self.follow_reopen, self.follow_escalate):
            self.follow_group.addButton(b)
        self.no_follow_up.setChecked(True)
        self.escalate_to = self._field("escalate_to", QComboBox())
        self.reason = self._field("reason", QPlainTextEdit())
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        follow_form = QFormLayout()
        follow_form.addRow(self.no_follow_up)
        follow_form.addRow(self.follow_reopen)
        escalate_row = QHBoxLayout()
        escalate_row.addWidget(self.follow_escalate)
        escalate_row.addWidget(self.escalate_to, 1)
        follow_form.addRow(escalate_row)
        follow_form.addRow(self.tr("Reason"), self.reason)
        self.follow_box = QGroupBox(self.tr("The caller is dissatisfied: what next?"))
        self.follow_box.setObjectName("followUpBox")
        self.follow_box.setLayout(follow_form)
        self.fields["follow_up"] = self.no_follow_up

        self.error = plain_label(name="errorLabel", wrap=True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)  # until the case is read
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.attempt)
        layout.addWidget(self.call_box)
        layout.addWidget(self.rating_box)
        layout.addWidget(self.follow_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.call_box.setVisible(not rating_only)
        self._connect_signals()
        self._update()
        if case is not None:
            self._show_case(case)
        else:
            self.reload()
        self._load_supervisors()

    def _field(self, name: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        self.fields[name] = widget
        return widget

    def _connect_signals(self):
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reached_group.buttonToggled.connect(lambda *_: self._update())
        self.follow_group.buttonToggled.connect(lambda *_: self._update())
        self.rating.currentIndexChanged.connect(lambda *_: self._update())

    # ------------------------------------------------------------ reading
    def reload(self) -> None:
        actor, call_id = self.actor, self.summary.id

        def failed(exc):
            labels.recover_connection(exc)
            self._show_error(exc)

        self.tasks.run(lambda: calls.get_case(actor=actor, call_id=call_id),
                       self._show_case, failed, owner=self)

    def _show_case(self, case: CaseDetail) -> None:
        self.case = case
        if self.rating_only:
            set_plain(self.attempt, self.tr("The caller's rating, given without a "
                                            "call back"))
            self.reached.setChecked(True)
        else:
            set_plain(self.attempt, self.tr("Call back no. %1 of this case").replace(
                "%1", str(case.callback_attempts + 1)))
        if case.surveys:
            at, who, rating, comment = case.surveys[-1]
            set_plain(self.rating_note, self.tr("Rated already (%1): a case is "
                                                "rated once.").replace(
                "%1", rating_text(rating)))
            self.rating_note.show()
        elif "survey" not in case.actions:
            set_plain(self.rating_note, self.tr("You may not record the rating of "
                                                "this case."))
            self.rating_note.show()
        else:
            self.rating_note.hide()
        self.save_button.setEnabled(True)
        self._update()

    def _load_supervisors(self) -> None:
        actor = self.actor

        def listed(people):
            self.escalate_to.clear()
            for p in people:
                self.escalate_to.addItem(
                    f"{p.display_name}  ·  {labels.role(p.role)}", p.id)

        self.tasks.run(lambda: users.list_assignees(actor=actor,
                                                    roles=FOLLOW_UP_ROLES),
                       listed, self._show_error, owner=self)

    # ------------------------------------------------------------ state
    @property
    def may_rate(self) -> bool:
        return self.case is not None and "survey" in self.case.actions

    def _may_reopen(self) -> bool:
        return self.case is not None and "reopen" in self.case.actions

    def _may_escalate(self) -> bool:
        if self.case is None:
            return False
        return (self.case.summary.status in ("resolved", "closed")
                or "escalate" in self.case.actions)

    def chosen_rating(self) -> int | None:
        return self.rating.currentData()

    def _update(self) -> None:
        reached = self.reached.isChecked()
        self.rating_box.setEnabled(reached and self.may_rate)
        rating = self.chosen_rating() if self.rating_box.isEnabled() else None
        dissatisfied = rating in DISSATISFIED
        self.follow_box.setVisible(dissatisfied)
        self.follow_reopen.setEnabled(self._may_reopen())
        self.follow_escalate.setEnabled(self._may_escalate())
        for button in (self.follow_reopen, self.follow_escalate):
            if button.isChecked() and not button.isEnabled():
                self.no_follow_up.setChecked(True)
        self.escalate_to.setEnabled(self.follow_escalate.isChecked())
        self.reason.setEnabled(not self.no_follow_up.isChecked())

    def follow_up(self) -> str | None:
        rating = self.chosen_rating() if self.rating_box.isEnabled() else None
        if rating not in DISSATISFIED:
            return None
        if self.follow_reopen.isChecked():
            return "reopen"
        if self.follow_escalate.isChecked():
            return "escalate"
        return None

    # ------------------------------------------------------------ saving
    def values(self) -> dict:
        """The keyword arguments of record_callback_visit the form holds."""
        rating = self.chosen_rating() if self.rating_box.isEnabled() else None
        follow_up = self.follow_up()
        return dict(
            reached=self.reached.isChecked(), note=self.note.toPlainText(),
            rating=rating, comment=self.comment.text() if rating else "",
            follow_up=follow_up,
            reason=self.reason.toPlainText() if follow_up else "",
            escalate_to=self.escalate_to.currentData()
            if follow_up == "escalate" else None,
            attempt_call_back=not self.rating_only)

    def save(self) -> None:
        if self.case is None:
            return
        self.error.hide()
        if not self.rating_only and not (self.reached.isChecked()
                                         or self.not_reached.isChecked()):
            set_plain(self.error, self.tr("Say whether the caller was reached."))
            self.error.show()
            self.reached.setFocus()
            return
        self.save_button.setEnabled(False)

        def done(visit):
            self.saved = visit
            self.accept()

        def failed(exc):
            self.save_button.setEnabled(True)
            labels.recover_connection(exc)
            self._show_error(exc)
            if getattr(exc, "code", None) == "stale_case":
                self.reload()  # decide again on the case as it is now

        operations.record_callback_visit(
            parent=self, tasks=self.tasks, actor=self.actor, call_id=self.summary.id,
            expected_version=self.case.summary.version, on_done=done,
            on_error=failed, **self.values())

    def _show_error(self, exc: BaseException) -> None:
        set_plain(self.error, labels.error_text(exc))
        self.error.show()
        widget = self.fields.get(getattr(exc, "field", None) or "")
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
