"""Callbacks due (issue 8 item 4): callback cases nobody has reached yet and
resolved cases awaiting their satisfaction visit (回访), read through
services/queues.due_callbacks on the window's worker threads, oldest due first.
"Call back…" reads the case as it is now and opens the callback form
(ui/callback_dialog.py CallbackDialog); what it records is announced and the list
refreshes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..services import calls, queues
from ..services.base import Actor
from .changes import RefreshOnChange
from .queue_page import QueueList
from .tasks import run_job
from .widgets import error_label, plain_label, show_error

COLUMNS = ("kind", "due_at", "clock", "ticket_no", "caller", "subject", "attempts",
           "status", "assignee")


def _callback_dialog(parent, actor, tasks, summary, case=None):
    """The callback form (written with the case window; imported when first used)."""
    from .callback_dialog import CallbackDialog
    return CallbackDialog(parent, actor, tasks, summary, case=case)


class CallbacksPage(QWidget):
    open_case = Signal(int)
    counts_changed = Signal(object)
    dialog_factory = staticmethod(_callback_dialog)  # tests may replace it

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self.dialog = None
        title = plain_label(self.tr("Callbacks due"))
        title.setObjectName("pageTitle")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.error = error_label(wrap=False)

        def fetch(after, limit):
            return queues.due_callbacks(actor=actor, after=after, limit=limit)

        self.list = QueueList(
            lambda n: self.tr("Due") if n is None
            else self.tr("Due (%1)").replace("%1", str(n)),
            "callbacksTable", fetch, tasks, self, columns=COLUMNS)
        self.call_button = QPushButton(self.tr("&Call back…"))
        self.call_button.setObjectName("callBack")
        self.open_button = QPushButton(self.tr("&Open case"))
        self.list.add_button(self.call_button)
        self.list.add_button(self.open_button)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.list, 1)
        hint = plain_label(self.tr(
            "Call backs promised to callers come first by their response due time; "
            "resolved cases wait here for their satisfaction visit until the caller "
            "is reached or rates the service."), name="hintLabel", wrap=True)
        layout.addWidget(hint)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self):
        self.refresh_button.clicked.connect(self.refresh)
        self.call_button.clicked.connect(self.call_back)
        self.open_button.clicked.connect(self._open_current)
        self.list.activated.connect(self.open_case)
        self.list.view.selectionModel().currentChanged.connect(
            lambda *_: self._update_buttons())
        self.list.model.modelReset.connect(self._update_buttons)
        self.on_change = RefreshOnChange(self, self.refresh)

    def refresh(self):
        self.on_change.fresh()
        self.error.hide()
        self.list.reload()
        actor = self.actor

        def done(counts):
            self.list.set_count(counts.callbacks)
            self.counts_changed.emit(counts)

        run_job(self.tasks, lambda: queues.queue_counts(actor=actor), done,
                self._failed, owner=self)

    def _failed(self, exc):
        show_error(self.error, exc)

    def _update_buttons(self):
        has_row = self.list.current() is not None
        self.call_button.setEnabled(has_row)
        self.open_button.setEnabled(has_row)

    def call_back(self):
        """Read the case as it is now, then open the callback form on it."""
        row = self.list.current()
        if row is None:
            return
        actor, call_id = self.actor, row.id

        def show(case):
            self.dialog = self.dialog_factory(self, actor, self.tasks, case.summary,
                                              case=case)
            self.dialog.open()

        run_job(self.tasks, lambda: calls.get_case(actor=actor, call_id=call_id),
                show, self._failed, owner=self)

    def _open_current(self):
        row = self.list.current()
        if row is not None:
            self.open_case.emit(row.id)
