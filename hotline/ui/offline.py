"""The desk working through a server outage (issue 13): the status bar's offline
notice, the background replay of the outbox when the server is back, and the list
of the calls kept offline with the ticket numbers they became.

Only a workstation of a center on a PostgreSQL server has an outbox (a single desk's
SQLite file has no server to lose). The outbox itself and its replay are in
storage/outbox.py and services/outbox.py; everything here runs them through the
window's TaskManager, never on the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..services import outbox as outbox_service
from ..services.base import Actor
from . import labels
from .tasks import TaskManager
from .widgets import plain_label, plain_tooltip

PROBE_MS = 10_000  # while offline or while calls wait: try the server this often


def refusal_text(entry) -> str:
    """Why the server refused a call kept offline, in the officer's language."""
    return labels.error_text(outbox_service.refusal_error(entry.error))


class ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event):  # noqa: N802 (Qt)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class OfflineDesk(QObject):
    """The outbox of the signed-in officer for this center database."""

    changed = Signal()  # offline state or the outbox's counts changed
    replayed = Signal(object)  # services.outbox.ReplayResult with calls sent
    taken_back = Signal(object)  # a refused call's Entry, to correct in the form

    def __init__(self, *, actor: Actor, tasks: TaskManager, database: str,
                 directory: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self.database = database
        self.directory = directory
        self.offline = False
        self.counts = {"waiting": 0, "sent": 0, "failed": 0}
        self._outbox = None
        self._replaying = False
        self.label = ClickableLabel()
        self.label.setObjectName("warningLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.hide()
        self.label.clicked.connect(self.show_list)
        self.timer = QTimer(self)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self.try_replay)
        self.changed.connect(self._show_state)
        # calls left from an earlier session (the program stopped while offline)
        self.tasks.run(lambda: self.outbox().counts(), self._counted, lambda exc: None,
                       owner=self)

    # ------------------------------------------------------------------ the outbox
    def outbox(self) -> outbox_service.Outbox:
        """Opened on first use, on a worker thread (a local SQLite file)."""
        if self._outbox is None:
            self._outbox = outbox_service.Outbox.for_database(
                self.database, self.actor.username, self.directory)
        return self._outbox

    def close(self) -> None:
        self.timer.stop()
        if self._outbox is not None:
            self._outbox.close()
            self._outbox = None

    def _counted(self, counts: dict) -> None:
        self.counts = counts
        if counts["waiting"]:
            self.timer.start()
        self.changed.emit()

    # ------------------------------------------------------------------ state
    def went_offline(self) -> None:
        if not self.offline:
            self.offline = True
            self.changed.emit()
        self.timer.start()

    def keep(self, values: dict, on_done, on_error) -> None:
        """Keep a call the server could not take (worker thread); on_done(entry)."""
        actor = self.actor

        def job():
            box = self.outbox()
            entry = outbox_service.keep(box, actor=actor, values=values)
            return entry, box.counts()

        def done(result):
            entry, counts = result
            self.counts = counts
            self.went_offline()
            self.changed.emit()
            on_done(entry)

        self.tasks.run(job, done, on_error, owner=self)

    def try_replay(self) -> None:
        """Try the server; when it answers, save the waiting calls in order."""
        if self._replaying:
            return
        self._replaying = True

        def job():
            box = self.outbox()
            if not box.waiting():
                from ..services import users

                users.has_users()  # is the server there? (raises when not)
            return outbox_service.replay(box), box.counts()

        def done(result):
            self._replaying = False
            replay, counts = result
            self.counts = counts
            self.offline = replay.stopped_by == "server_unreachable"
            if not self.offline and not counts["waiting"]:
                self.timer.stop()
            self.changed.emit()
            if replay.sent or replay.refused:
                self.replayed.emit(replay)

        def failed(exc):
            self._replaying = False
            labels.recover_connection(exc)
            if outbox_service.is_unreachable(exc) or labels.storage_problem(exc):
                self.went_offline()
                self.changed.emit()

        self.tasks.run(job, done, failed, owner=self)

    def _show_state(self) -> None:
        waiting, failed = self.counts["waiting"], self.counts["failed"]
        if self.offline:
            text = self.tr("⚠ Offline: the server cannot be reached — %1 call(s) kept "
                           "on this workstation, sent when it is back").replace(
                "%1", str(waiting))
        elif waiting:
            text = self.tr("⟳ Sending %1 call(s) kept offline…").replace("%1", str(waiting))
        elif failed:
            text = self.tr("⚠ %1 call(s) kept offline were refused by the server: "
                           "click to see why").replace("%1", str(failed))
        else:
            self.label.hide()
            return
        self.label.setText(text)
        self.label.setToolTip(plain_tooltip(self.tr("Click for the calls kept offline "
                                                    "and their ticket numbers.")))
        self.label.show()

    # ------------------------------------------------------------------ the list
    def show_list(self) -> None:
        self.tasks.run(lambda: self.outbox().entries(), self._open_list,
                       lambda exc: None, owner=self)

    def _open_list(self, entries) -> None:
        parent = self.label.window() if self.label.window() is not None else None
        dialog = OutboxDialog(entries, parent)
        if dialog.exec() and dialog.chosen is not None:
            self.take_back(dialog.chosen)

    def take_back(self, entry) -> None:
        """A refused call leaves the outbox for the call form (taken_back)."""
        def done(result):
            withdrawn, counts = result
            self.counts = counts
            self.changed.emit()
            self.taken_back.emit(withdrawn)

        self.tasks.run(lambda: (self.outbox().withdraw(entry.key), self.outbox().counts()),
                       done, lambda exc: None, owner=self)


class OutboxDialog(QDialog):
    """The calls kept offline: provisional number → ticket number."""

    def __init__(self, entries, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calls kept offline"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Calls logged while the server could not be reached, newest first. Each "
            "kept its provisional number until the server gave it a ticket number.")))
        self.tree = QTreeWidget()
        self.tree.setObjectName("outboxList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Provisional number"), self.tr("Saved at"),
                                   self.tr("Ticket number"), self.tr("State"),
                                   self.tr("Subject")])
        self.tree.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.entries = list(entries)
        self.chosen = None  # the refused call to take back into the form
        for e in self.entries:
            state = {"waiting": self.tr("waiting to be sent"), "sent": self.tr("sent"),
                     "failed": self.tr("refused by the server"),
                     "withdrawn": self.tr("taken back into the form")}.get(e.state,
                                                                          e.state)
            item = QTreeWidgetItem([e.provisional, f"{e.saved_at:%Y-%m-%d %H:%M:%S}",
                                    e.ticket_no or "—", state,
                                    str(e.payload.get("subject", ""))])
            if e.error:
                item.setToolTip(3, plain_tooltip(refusal_text(e)))
            self.tree.addTopLevelItem(item)
        for col in range(4):
            self.tree.resizeColumnToContents(col)
        layout.addWidget(self.tree, 1)
        self.reason = plain_label()
        self.reason.setObjectName("errorLabel")
        self.reason.setWordWrap(True)
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.take_back_button = buttons.addButton(
            self.tr("Correct in the call form"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_back_button.setEnabled(False)
        self.take_back_button.clicked.connect(self._take_back)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tree.currentItemChanged.connect(self._selected)

    def _selected(self, item, _previous=None) -> None:
        entry = self.entries[self.tree.indexOfTopLevelItem(item)] if item else None
        refused = entry is not None and entry.state == "failed"
        self.take_back_button.setEnabled(refused)
        self.reason.setText(self.tr("Refused by the server: %1").replace(
            "%1", refusal_text(entry)) if refused else "")

    def _take_back(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.chosen = self.entries[self.tree.indexOfTopLevelItem(item)]
            self.accept()
