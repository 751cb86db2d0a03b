"""A case with its timeline (services.calls.get_case), read-only.

The dialog is opened with the case already read (by a task: see
MainWindow.open_case) and re-reads it, on a worker thread, whenever the change
bus says the case changed (an operation here or elsewhere in the window)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..services import calls
from ..services.calls import CaseDetail
from . import labels
from .changes import changes
from .widgets import plain_label


class CaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, case: CaseDetail, *, tasks=None,
                 actor=None):
        super().__init__(parent)
        # the window's TaskManager and user, to re-read the case when it changes
        self.tasks = tasks if tasks is not None else getattr(parent, "tasks", None)
        self.actor = actor if actor is not None else getattr(parent, "actor", None)
        self.case = case
        self.call_id = case.summary.id
        self.resize(760, 600)
        self.form = QFormLayout()
        self.text = QPlainTextEdit()
        self.text.setObjectName("caseText")
        self.text.setReadOnly(True)
        self.timeline = timeline = QTreeWidget()
        timeline.setObjectName("timeline")
        timeline.setRootIsDecorated(False)
        timeline.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                  self.tr("Status"), self.tr("Detail")])
        timeline.setColumnWidth(0, 130)
        timeline.setColumnWidth(3, 190)  # "已派单 → 办理中" whole
        self.notice = plain_label(name="hintLabel", wrap=True)
        self.notice.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.notice)
        layout.addWidget(plain_label(self.tr("Description")))
        layout.addWidget(self.text, 1)
        layout.addWidget(plain_label(self.tr("Timeline")))
        layout.addWidget(timeline, 2)
        layout.addWidget(buttons)
        self._reload_seq = 0
        self._fill(case)
        changes().case_changed.connect(self._case_changed)

    def _fill(self, case: CaseDetail) -> None:
        self.case = case
        s = case.summary
        self.setWindowTitle(self.tr("Case %1").replace("%1", s.ticket_no))
        while self.form.rowCount():
            self.form.removeRow(0)
        form = self.form

        def add(label, value):
            w = plain_label(value)
            w.setWordWrap(True)
            w.setTextInteractionFlags(w.textInteractionFlags()
                                      | Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, w)

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
        state = labels.status(s.status)
        if s.assignee:
            state += "  ·  " + self.tr("assigned to %1").replace("%1", s.assignee)
        if s.resolution_due and s.status not in ("resolved", "closed"):
            state += "  ·  " + self.tr("due %1").replace(
                "%1", f"{s.resolution_due:%Y-%m-%d %H:%M}")
        add(self.tr("Status"), state)
        if s.confidential:
            add(self.tr("Confidential"), self.tr("yes"))
        self.text.setPlainText(case.description
                               + (("\n\n" + self.tr("Reply given") + ":\n" + case.solution)
                                  if case.solution else ""))
        self.timeline.clear()
        for e in case.events:
            change = labels.status(e.to_status) if e.to_status else ""
            if e.from_status:
                change = f"{labels.status(e.from_status)} → {change}"
            self.timeline.addTopLevelItem(QTreeWidgetItem(
                [f"{e.at:%Y-%m-%d %H:%M}", e.actor, labels.event_kind(e.kind), change,
                 self._detail(e)]))

    @property
    def version(self) -> int | None:
        """The version of the case as shown (pass it as expected_version)."""
        return getattr(self.case.summary, "version", None)

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
                self.notice.hide()
                self._fill(case)

        def failed(exc):
            if seq == self._reload_seq:
                labels.recover_connection(exc)
                self.notice.setText(labels.error_text(exc))
                self.notice.show()

        self.tasks.run(lambda: calls.get_case(actor=actor, call_id=call_id), done,
                       failed, owner=self)

    def _detail(self, e) -> str:
        """The detail column; the codes services write in it are translated."""
        if e.kind == "created":
            return labels.outcome(e.detail)
        if e.kind == "callback":
            head, _, rest = e.detail.partition(" — ")
            if head in ("reached", "not reached"):
                word = self.tr("reached") if head == "reached" else self.tr("not reached")
                return f"{word} — {rest}" if rest else word
        return e.detail

    @classmethod
    def show_case(cls, parent: QWidget | None, case: CaseDetail) -> "CaseDialog":
        """Show the case window-modal (the event loop keeps running)."""
        dialog = cls(parent, case)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
