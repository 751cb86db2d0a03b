"""A case with its timeline (services.calls.get_case), read-only."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..services.calls import CaseDetail
from . import labels
from .widgets import plain_label


class CaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, case: CaseDetail):
        super().__init__(parent)
        s = case.summary
        self.setWindowTitle(self.tr("Case %1").replace("%1", s.ticket_no))
        self.resize(760, 600)
        form = QFormLayout()

        def add(label, value):
            w = plain_label(value)
            w.setWordWrap(True)
            w.setTextInteractionFlags(w.textInteractionFlags()
                                      | w.textInteractionFlags().TextSelectableByMouse)
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
        text = QPlainTextEdit(case.description
                              + (("\n\n" + self.tr("Reply given") + ":\n" + case.solution)
                                 if case.solution else ""))
        text.setObjectName("caseText")
        text.setReadOnly(True)
        timeline = QTreeWidget()
        timeline.setObjectName("timeline")
        timeline.setRootIsDecorated(False)
        timeline.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                  self.tr("Status"), self.tr("Detail")])
        timeline.setColumnWidth(0, 130)
        timeline.setColumnWidth(3, 190)  # "已派单 → 办理中" whole
        for e in case.events:
            change = labels.status(e.to_status) if e.to_status else ""
            if e.from_status:
                change = f"{labels.status(e.from_status)} → {change}"
            timeline.addTopLevelItem(QTreeWidgetItem(
                [f"{e.at:%Y-%m-%d %H:%M}", e.actor, labels.event_kind(e.kind), change,
                 self._detail(e)]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("Description")))
        layout.addWidget(text, 1)
        layout.addWidget(plain_label(self.tr("Timeline")))
        layout.addWidget(timeline, 2)
        layout.addWidget(buttons)

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
    def show_case(cls, parent: QWidget | None, case: CaseDetail) -> None:
        cls(parent, case).exec()
