"""The exports page (数据导出, issue 10): secretaries and directors (data.export).

The calls received in a period [from, to) as the canonical CSV or as an XLSX
workbook (services/exporter.export_calls): choose the period and the format,
Export… asks where, a background job writes the file with a progress dialog and
Cancel (a cancelled export leaves no file and logs nothing), and the result line
says "N rows, M confidential rows masked" (confidential cases lose their content
for a reader who may not see them, as the rules say for the secretary's role).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QHBoxLayout,
                               QPushButton, QVBoxLayout, QWidget)

from ..services import exporter, print_log
from ..services.base import Actor
from .print_history import print_table
from .tasks import TaskManager, run_job
from .widgets import error_label, plain_label, set_plain, show_error


def _month_start(today: dt.date, back: int) -> QDate:
    index = today.year * 12 + today.month - 1 - back
    return QDate(index // 12, index % 12 + 1, 1)


class ExportsPage(QWidget):
    """Export the calls of a period as CSV or XLSX."""

    exported = Signal(object)  # exporter.ExportResult

    def __init__(self, actor: Actor, tasks: TaskManager | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self._job = None
        self._build()
        self._connect_signals()

    def _build(self):
        title = plain_label(self.tr("Export calls"))
        title.setObjectName("pageTitle")
        today = dt.date.today()
        self.date_from = QDateEdit()
        self.date_from.setObjectName("exportFrom")
        self.date_from.setDisplayFormat("yyyy-MM-dd")
        self.date_from.setCalendarPopup(True)
        self.date_from.setDate(_month_start(today, 1))
        self.date_to = QDateEdit()
        self.date_to.setObjectName("exportTo")
        self.date_to.setDisplayFormat("yyyy-MM-dd")
        self.date_to.setCalendarPopup(True)
        self.date_to.setDate(_month_start(today, 0))
        self.date_to.setToolTip(self.tr("The first day not included"))
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.addItem(self.tr("CSV (can be imported again)"), "csv")
        self.format.addItem(self.tr("Excel workbook (XLSX)"), "xlsx")
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("exportCalls")
        self.hint = plain_label(self.tr(
            "Calls received from the first day up to, not including, the second. "
            "Confidential cases are exported without their content unless your "
            "role may read them."), name="exportHint", wrap=True)
        self.hint.setObjectName("hintLabel")
        self.result = plain_label(name="exportResult", wrap=True)
        self.error = error_label()

        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("From")))
        row.addWidget(self.date_from)
        row.addWidget(plain_label(self.tr("To (not included)")))
        row.addWidget(self.date_to)
        row.addWidget(plain_label(self.tr("Format")))
        row.addWidget(self.format)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addWidget(plain_label(self.tr("Recent exports (the print log)")))
        self.history, self.history_view = print_table("exportHistory")
        layout.addWidget(self.history_view, 1)

    def _connect_signals(self):
        self.export_button.clicked.connect(self.export)
        self.exported.connect(lambda *_: self.load_history())

    def refresh(self):
        self.load_history()

    def load_history(self):
        """The latest exports of calls (every export is in the print log)."""
        actor = self.actor
        run_job(self.tasks, lambda: print_log.recent_exports(actor=actor),
                self.history.set_rows, lambda exc: show_error(self.error, exc),
                owner=self)

    @classmethod
    def ask_path(cls, parent: QWidget, title: str, suggested: str,
                 filters: str) -> str:
        """The file to write ('' when cancelled). Tests replace it."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path

    def period(self) -> tuple[dt.date, dt.date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def export(self):
        start, end = self.period()
        kind = self.format.currentData()
        suggested = f"calls-{start:%Y%m%d}-{end:%Y%m%d}.{kind}"
        filters = self.tr("CSV files (*.csv)") if kind == "csv" else \
            self.tr("Excel workbooks (*.xlsx)")
        path = self.ask_path(self, self.tr("Export calls"), suggested, filters)
        if not path:
            return
        if not path.lower().endswith("." + kind):
            path += "." + kind
        actor = self.actor
        self.error.hide()
        set_plain(self.result, "")

        def job(handle):
            return exporter.export_calls(
                actor=actor, path=path, date_from=start, date_to=end,
                on_progress=handle.on_progress if handle is not None else None,
                should_stop=handle.is_cancelled if handle is not None else None)

        def done(result):
            self._busy(False)
            if result.stopped:
                set_plain(self.result, self._cancelled_text())
                return
            set_plain(self.result, self.tr("%1 rows, %2 confidential rows masked — %3")
                      .replace("%1", str(result.rows)).replace("%2", str(result.redacted))
                      .replace("%3", result.path))
            self.exported.emit(result)

        def failed(exc):
            self._busy(False)
            show_error(self.error, exc)

        def cancelled():
            self._busy(False)
            set_plain(self.result, self._cancelled_text())

        self._busy(True)
        if self.tasks is None:
            run_job(None, lambda: job(None), done, failed)
        else:
            self._job = self.tasks.run(job, done, failed,
                                       progress=self.tr("Exporting calls…"), parent=self,
                                       owner=self, on_cancelled=cancelled)

    def _cancelled_text(self) -> str:
        return self.tr("The export was cancelled; no file was written.")

    def _busy(self, busy: bool):
        self.export_button.setEnabled(not busy)
