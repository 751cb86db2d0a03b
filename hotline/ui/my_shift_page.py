"""My shift: calls I logged this shift and the open tickets I created."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..services import shifts, worklists
from ..services.base import Actor
from .case_model import CaseModel
from .changes import RefreshOnChange
from .tasks import LatestOnly
from .widgets import error_label, plain_label, row_table, show_error


class MyShiftPage(QWidget):
    open_case = Signal(int)

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks  # the window's TaskManager: reads run on its threads
        self.since = None
        self._latest = LatestOnly()
        self._focus_first_row = False
        title = plain_label(self.tr("My shift"))
        title.setObjectName("pageTitle")
        self.summary = plain_label()
        self.summary.setObjectName("hintLabel")
        self.summary.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("shiftSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search ticket, phone, subject or description"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.model = CaseModel(self._fetcher("", None), self, tasks=tasks)
        self.model.clear()  # rows come with the shift's start (refresh)
        self.view = row_table(self.model, "shiftTable",
                              (125, 100, 110, 150, 260, 120, 125, 100), stretch=4)
        self.error = error_label(wrap=False)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        hint = plain_label(self.tr("Bold rows are open tickets. Enter or double-click opens "
                              "the case."))
        hint.setObjectName("hintLabel")
        layout.addWidget(hint)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(300)
        self._connect_signals()

    def _connect_signals(self):
        self.search.textEdited.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.search_timer.timeout.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.view.activated.connect(self._activated)
        self.model.failed.connect(self._failed)
        self.model.loaded.connect(self._loaded)
        self.on_change = RefreshOnChange(self, self.refresh)

    def _fetcher(self, search: str, since):
        """The model's fetch, with the search and shift start read now (it runs
        on a worker thread, where widgets must not be read)."""
        actor = self.actor

        def fetch(before_id, limit):
            return worklists.my_shift(actor=actor, before_id=before_id, limit=limit,
                                      search=search, since=since)
        return fetch

    def refresh(self):
        """Read the shift, its counts and the first rows on a worker thread."""
        self.error.hide()
        self.on_change.fresh()
        actor = self.actor

        def job():
            window = shifts.shift_window(actor=actor)
            return window, worklists.my_shift_counts(actor=actor, since=window.start)

        done, failed = self._latest(lambda result: self._show_summary(*result),
                                    self._failed)

        if self.tasks is None:  # no window (a test building the page alone)
            try:
                done(job())
            except Exception as exc:  # noqa: BLE001 - shown to the user
                failed(exc)
            return
        self.tasks.run(job, done, failed, owner=self)

    def _show_summary(self, window, counts):
        self.since = window.start
        if window.rostered:
            period = self.tr("Shift %1: %2 – %3").replace("%1", window.label or "") \
                .replace("%2", f"{window.start:%m-%d %H:%M}") \
                .replace("%3", f"{window.end:%H:%M}")
        else:
            period = self.tr("No rostered shift now: showing the last 12 hours (since %1)"
                             ).replace("%1", f"{window.start:%m-%d %H:%M}")
        self.summary.setText(self.tr("%1 · %2 calls logged · %3 open tickets I created")
                             .replace("%1", period)
                             .replace("%2", str(counts.calls_this_shift))
                             .replace("%3", str(counts.open_tickets)))
        self.model.reload(self._fetcher(self.search.text().strip(), window.start))

    def _search_now(self):
        """Enter in the search box: search at once and go to the first row."""
        self.search_timer.stop()
        self._focus_first_row = True
        self.refresh()

    def _loaded(self):
        if self._focus_first_row:
            self._focus_first_row = False
            if self.model.rowCount():
                self.view.setFocus()
                self.view.setCurrentIndex(self.model.index(0, 0))

    def _failed(self, exc):
        show_error(self.error, exc)

    def _activated(self, index):
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_case.emit(row.id)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.view.currentIndex().isValid():
            self._activated(self.view.currentIndex())
            return
        super().keyPressEvent(event)
