"""Handover notes from the previous shift, shown after sign-in to acknowledge."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QTextBrowser,
                               QVBoxLayout, QWidget)

from ..services import shifts
from ..services.base import Actor
from ..services.shifts import HandoverInfo
from .widgets import error_label, plain_label, show_error


def notes_html(notes: list[HandoverInfo]) -> str:
    parts = []
    for n in notes:
        head = QCoreApplication.translate("HandoverDialog", "%1 · %2").replace("%1", html.escape(n.author)).replace(
            "%2", f"{n.written_at:%Y-%m-%d %H:%M}")
        if n.shift_label:
            head += " · " + html.escape(n.shift_label)
        body = html.escape(n.body).replace("\n", "<br>")
        parts.append(f"<p><b>{head}</b></p><p style='font-size:15px'>{body}</p>")
    return "<hr>".join(parts)


class HandoverDialog(QDialog):
    def __init__(self, parent: QWidget | None, actor: Actor, notes: list[HandoverInfo]):
        super().__init__(parent)
        self.actor = actor
        self.notes = notes
        self.setWindowTitle(self.tr("Handover from the previous shift"))
        self.resize(640, 460)
        intro = plain_label(self.tr("Read the handover note(s) and confirm that you take over "
                               "the shift."))
        intro.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setObjectName("handoverText")
        self.view.setHtml(notes_html(notes))
        self.message = error_label()
        self.buttons = QDialogButtonBox()
        self.ack = self.buttons.addButton(self.tr("I have read it — take over"),
                                          QDialogButtonBox.ButtonRole.AcceptRole)
        self.ack.setObjectName("acknowledge")
        self.buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ack.setFocus()

    def accept(self):
        """Acknowledge on the window's worker threads (at once without a window)."""
        if not self.ack.isEnabled():
            return  # already being acknowledged
        actor, ids = self.actor, [n.id for n in self.notes]

        def job():
            for note_id in ids:
                shifts.acknowledge_handover(actor=actor, note_id=note_id)

        def done(_result):
            QDialog.accept(self)

        def failed(exc):
            self.ack.setEnabled(True)
            show_error(self.message, exc)

        tasks = getattr(self.parentWidget(), "tasks", None)
        if tasks is None:
            try:
                job()
            except Exception as exc:  # noqa: BLE001 - shown to the user
                failed(exc)
            else:
                done(None)
            return
        self.ack.setEnabled(False)
        tasks.run(job, done, failed, owner=self)

    @classmethod
    def ask(cls, parent: QWidget | None, actor: Actor, notes: list[HandoverInfo]) -> bool:
        return cls(parent, actor, notes).exec() == QDialog.DialogCode.Accepted
