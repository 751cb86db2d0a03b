"""The monthly report page (月度报告, issue 10): supervisors, secretaries and
directors (report.view).

Choose a month (last month at first) and the language, Generate (a background
job writes the report with monthly_report.write_monthly_pdf into a folder of the
page's own), see it in the preview (PdfView), Print it (the print dialog, then
monthly_report.record_print), Save it as a file (monthly_report.save_copy, an
export in the print log), and export the month's indicators as a spreadsheet
(monthly_report.export_indicators). Every service call runs on the window's
TaskManager.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QHBoxLayout,
                               QPushButton, QVBoxLayout, QWidget)

from ..services import monthly_report
from ..services.base import Actor
from . import printing
from .pdf_view import PdfView
from .tasks import TaskManager, run_job
from .widgets import error_label, plain_label, set_plain


def last_month(today: dt.date | None = None) -> QDate:
    today = today or dt.date.today()
    first = today.replace(day=1) - dt.timedelta(days=1)
    return QDate(first.year, first.month, 1)


class ReportPage(QWidget):
    """Generate, preview, print and save the monthly report."""

    generated = Signal(str, int)  # path, pages
    printed = Signal(str, int)  # printer, pages (recorded)
    saved = Signal(str)  # the file written (report or indicators)

    def __init__(self, actor: Actor, tasks: TaskManager | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self._folder = tempfile.TemporaryDirectory(prefix="hotline-report-")
        self.report_path = ""
        self.report_pages = 0
        self.report_month = ""
        self.report_lang = "zh"
        self._build()
        self._connect_signals()
        self._update_buttons()

    # ------------------------------------------------------------------ building
    def _build(self):
        title = plain_label(self.tr("Monthly report"))
        title.setObjectName("pageTitle")
        self.month = QDateEdit()
        self.month.setObjectName("reportMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(False)
        self.month.setDate(last_month())
        self.month.setAccessibleName(self.tr("Month"))
        self.lang = QComboBox()
        self.lang.setObjectName("reportLang")
        self.lang.addItem(self.tr("Chinese"), "zh")
        self.lang.addItem(self.tr("English"), "en")
        self.lang.setAccessibleName(self.tr("Language of the report"))
        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.setObjectName("reportGenerate")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("reportPrint")
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setObjectName("reportSave")
        self.export_button = QPushButton(self.tr("Export indicators as spreadsheet…"))
        self.export_button.setObjectName("reportExportIndicators")
        self.export_button.setToolTip(self.tr(
            "The month's indicators (as report monthly --json gives them) as an "
            ".xlsx workbook"))
        self.info = plain_label(name="reportInfo", wrap=True)
        self.error = error_label()
        self.preview = PdfView()

        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        controls = QHBoxLayout()
        controls.addWidget(plain_label(self.tr("Month")))
        controls.addWidget(self.month)
        controls.addWidget(plain_label(self.tr("Language")))
        controls.addWidget(self.lang)
        controls.addWidget(self.generate_button)
        controls.addSpacing(12)
        controls.addWidget(self.print_button)
        controls.addWidget(self.save_button)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(controls)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)

    def _connect_signals(self):
        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_as)
        self.export_button.clicked.connect(self.export_indicators)

    # ------------------------------------------------------------------ helpers
    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    @classmethod
    def ask_path(cls, parent: QWidget, title: str, suggested: str,
                 filters: str) -> str:
        """The file to write ('' when cancelled). Tests replace it."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path

    def _run(self, job, done, progress: str | None = None):
        self.error.hide()

        def failed(exc):
            from .widgets import show_error
            self._busy(False)
            show_error(self.error, exc)

        def finished(result):
            self._busy(False)
            done(result)

        self._busy(True)
        if self.tasks is None:
            run_job(None, job, finished, failed)
        else:
            self.tasks.run(job, finished, failed, progress=progress, parent=self,
                           owner=self, on_cancelled=lambda: self._busy(False))

    def _busy(self, busy: bool):
        self._working = busy
        self._update_buttons()

    def _update_buttons(self):
        busy = getattr(self, "_working", False)
        ready = bool(self.report_path) and not busy
        self.generate_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # ------------------------------------------------------------------ actions
    def generate(self):
        month, lang = self.month_text(), self.lang.currentData()
        target = Path(self._folder.name) / f"monthly-{month}-{lang}.pdf"
        actor = self.actor

        def job():
            return monthly_report.write_monthly_pdf(actor=actor, month=month,
                                                    target=str(target), lang=lang,
                                                    export=False)

        def done(pages):
            self.report_path, self.report_pages = str(target), int(pages)
            self.report_month, self.report_lang = month, lang
            set_plain(self.info, self.tr("Monthly report %1: %2 pages").replace(
                "%1", month).replace("%2", str(pages)))
            self.preview.load(str(target))
            self._update_buttons()
            self.generated.emit(str(target), int(pages))

        self._run(job, done, progress=self.tr("Generating the monthly report…"))

    def print_report(self):
        if not self.report_path:
            return
        month, lang, actor = self.report_month, self.report_lang, self.actor

        def printed(printer: str, pages: int):
            def job():
                monthly_report.record_print(actor=actor, month=month, lang=lang,
                                            pages=pages)

            def done(_):
                set_plain(self.info, self.tr("Printed %1 pages on %2").replace(
                    "%1", str(pages)).replace("%2", printer))
                self.printed.emit(printer, pages)
            self._run(job, done)

        printing.choose_and_print(self, self.report_path, on_printed=printed)

    def save_as(self):
        if not self.report_path:
            return
        suggested = f"月度报告-{self.report_month}.pdf" if self.report_lang == "zh" \
            else f"monthly-report-{self.report_month}.pdf"
        path = self.ask_path(self, self.tr("Save the monthly report"), suggested,
                             self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        source, month, lang = self.report_path, self.report_month, self.report_lang
        pages, actor = self.report_pages, self.actor

        def job():
            return monthly_report.save_copy(actor=actor, month=month, lang=lang,
                                            source=source, target=path, pages=pages)

        def done(written):
            set_plain(self.info, self.tr("Saved to %1").replace("%1", written))
            self.saved.emit(written)
        self._run(job, done)

    def export_indicators(self):
        month = self.month_text()
        path = self.ask_path(self, self.tr("Export the indicators"),
                             f"指标-{month}.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        actor = self.actor

        def job():
            return monthly_report.export_indicators(actor=actor, month=month, path=path)

        def done(result):
            set_plain(self.info, self.tr("Indicators of %1 saved to %2").replace(
                "%1", result.month).replace("%2", result.path))
            self.saved.emit(result.path)
        self._run(job, done, progress=self.tr("Exporting the indicators…"))
