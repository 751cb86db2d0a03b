"""Who is on duty, and the shift handover notes (交接班记录)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QPlainTextEdit,
                               QPushButton, QTextBrowser, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..services import shifts
from ..services.base import Actor
from ..services.permissions import allowed
from . import labels
from .handover_dialog import notes_html
from .tasks import LatestOnly
from .widgets import error_label, plain_label, show_error


class DutyPage(QWidget):
    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks  # the window's TaskManager: reads and writes off the UI thread
        self._latest = LatestOnly()
        self.can_write = allowed(actor.role, "handover.write")
        title = plain_label(self.tr("Duty and handover"))
        title.setObjectName("pageTitle")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        duty_box = QGroupBox(self.tr("On duty now and next 24 hours"))
        self.duty = QTreeWidget()
        self.duty.setObjectName("onDuty")
        self.duty.setRootIsDecorated(False)
        self.duty.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Shift"),
                                   self.tr("From"), self.tr("To")])
        self.duty.setColumnWidth(0, 140)
        self.duty.setColumnWidth(1, 100)
        self.duty.setColumnWidth(3, 110)
        QVBoxLayout(duty_box).addWidget(self.duty)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(duty_box, 2)
        if self.can_write:
            write_box = QGroupBox(self.tr("Handover note for the next shift"))
            self.note = QPlainTextEdit()
            self.note.setObjectName("handoverNote")
            self.note.setPlaceholderText(self.tr(
                "Open matters, callers to call back, system problems, anything the next "
                "officer must know."))
            self.submit = QPushButton(self.tr("Hand over (Ctrl+S)"))
            self.submit.setObjectName("submitHandover")
            self.submit.setShortcut("Ctrl+S")
            self.note_status = plain_label()
            self.note_status.setObjectName("hintLabel")
            self.note_status.setWordWrap(True)
            wl = QVBoxLayout(write_box)
            wl.addWidget(self.note)
            row = QHBoxLayout()
            row.addWidget(self.note_status, 1)
            row.addWidget(self.submit)
            wl.addLayout(row)
            layout.addWidget(write_box, 2)
            recent_box = QGroupBox(self.tr("Recent handover notes"))
            self.recent = QTextBrowser()
            self.recent.setObjectName("recentHandovers")
            QVBoxLayout(recent_box).addWidget(self.recent)
            layout.addWidget(recent_box, 3)
        self._connect_signals()

    def _connect_signals(self):
        self.refresh_button.clicked.connect(self.refresh)
        if self.can_write:
            self.submit.clicked.connect(self.hand_over)

    def _run(self, job, done, failed):
        """`job` on the window's worker threads (at once without a window)."""
        if self.tasks is not None:
            self.tasks.run(job, done, failed, owner=self)
            return
        try:
            result = job()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            failed(exc)
        else:
            done(result)

    def refresh(self):
        self.error.hide()
        now = dt.datetime.now()
        actor, can_write = self.actor, self.can_write

        def job():
            rows = shifts.roster(actor=actor, start=now,
                                 end=now + dt.timedelta(hours=24))
            recent = shifts.recent_handovers(actor=actor, limit=10) if can_write else []
            return rows, recent

        done, failed = self._latest(lambda result: self._show(now, *result),
                                    lambda exc: show_error(self.error, exc))

        self._run(job, done, failed)

    def _show(self, now, rows, recent):
        self.duty.clear()
        for s in rows:
            item = QTreeWidgetItem([s.user_name, labels.role(s.role), s.label,
                                    f"{s.starts_at:%m-%d %H:%M}",
                                    f"{s.ends_at:%m-%d %H:%M}"])
            if s.starts_at <= now < s.ends_at:
                font = item.font(0)
                font.setBold(True)
                for col in range(5):
                    item.setFont(col, font)
            self.duty.addTopLevelItem(item)
        if not rows:
            item = QTreeWidgetItem([self.tr("Nobody is rostered for the next 24 hours.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.duty.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        if self.can_write:
            parts = []
            for n in recent:
                state = (self.tr("acknowledged by %1 at %2").replace("%1", n.acknowledged_by)
                         .replace("%2", f"{n.acknowledged_at:%m-%d %H:%M}")
                         if n.acknowledged_at else self.tr("not yet acknowledged"))
                parts.append(notes_html([n]) + f"<p><i>{html.escape(state)}</i></p>")
            self.recent.setHtml("<hr>".join(parts) if parts else
                                self.tr("No handover notes yet."))

    def hand_over(self):
        if not self.submit.isEnabled():
            return  # already being handed over
        actor, body = self.actor, self.note.toPlainText()
        self.submit.setEnabled(False)

        def done(note):
            self.submit.setEnabled(True)
            self.note.clear()
            self.note_status.setText(self.tr("Handed over at %1. The next officer sees "
                                             "it after signing in.").replace(
                "%1", f"{note.written_at:%H:%M}"))
            self.refresh()

        def failed(exc):  # the text stays in the editor
            self.submit.setEnabled(True)
            labels.recover_connection(exc)
            self.note_status.setText(labels.error_text(exc))

        self._run(lambda: shifts.write_handover(actor=actor, body=body), done, failed)
