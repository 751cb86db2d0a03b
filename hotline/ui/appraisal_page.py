"""Appraisals (绩效考核, issue 11 item 5, DESIGN §11).

AppraisalPage (supervisors, directors: appraisal.manage): pick a quarter or a
year, Compute (every agent's draft from KPIs, QA and surveys, keeping scores
entered), the table of evaluations (inputs, composite, grade, caps, signed),
enter the supervisor's score and comment for the selected one, Finalize (the 优秀
quota across the staff), preview the selected sheet and print it.

MyAppraisalPage (duty officers, specialists, supervisors: appraisal.sign): the
agent's own sheets, their self score while a sheet is a draft, and Sign once it
is final, with the sheet in the preview.

Every service call runs on the window's TaskManager (services/appraisal.py).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QDoubleSpinBox, QFormLayout, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from ..services import appraisal
from ..services.base import Actor
from . import printing
from .kpi_page import PeriodPicker, number, ui_lang
from .pdf_view import PdfView
from .tasks import LatestOnly, run_job
from .rows_model import RowsModel
from .widgets import (error_label, plain_label, row_table, set_plain,
                      show_error)


def cap_text(code: str) -> str:
    return {
        "veto_one": QCoreApplication.translate("AppraisalPage", "one veto: at most 合格"),
        "veto_two": QCoreApplication.translate("AppraisalPage",
                                               "two or more vetoes: 不合格"),
        "excellent_quota": QCoreApplication.translate(
            "AppraisalPage", "over the 优秀 quota: 良好"),
    }.get(code, code)


class EvaluationsModel(RowsModel):
    """appraisal.EvaluationView rows."""

    COLUMNS = ("username", "name", "kpi_score", "qa_score", "satisfaction_score",
               "supervisor_score", "self_score", "review_score", "composite", "grade",
               "caps", "vetoes", "status", "signed_at")

    def headers(self):
        return (self.tr("Username"), self.tr("Name"), self.tr("KPI"), self.tr("QA"),
                self.tr("Satisfaction"), self.tr("Supervisor"), self.tr("Self"),
                self.tr("Review"), self.tr("Composite"), self.tr("Grade"),
                self.tr("Caps"), self.tr("Vetoes"), self.tr("Status"),
                self.tr("Signed"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = self.cell(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = getattr(row, column)
        if column in ("kpi_score", "qa_score", "satisfaction_score",
                      "supervisor_score", "self_score", "review_score", "composite"):
            return number(value, 2)
        if column == "grade":
            return value or "—"
        if column == "caps":
            return "; ".join(cap_text(c) for c in value)
        if column == "status":
            return self.tr("final") if value == "final" else self.tr("draft")
        if column == "signed_at":
            return f"{value:%Y-%m-%d %H:%M}" if value else ""
        return str(value)


class _SheetMixin:
    """Preview and print the sheet of the selected evaluation."""

    def _init_sheet(self):
        self._folder = tempfile.TemporaryDirectory(prefix="hotline-appraisal-")
        self.sheet_path = ""
        self.sheet_pages = 0
        self.sheet_id = None
        self.preview = PdfView()

    def _assemble(self, top, form, buttons, sizes: tuple[int, int]):
        """The page: `top`, the info and error lines, then the table with `form`
        and `buttons` above the sheet's preview (split `sizes`)."""
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.view, 1)
        upper_layout.addLayout(form)
        upper_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, sizes[0])
        splitter.setStretchFactor(1, sizes[1])
        splitter.setSizes(list(sizes))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self._connect_signals()
        self._update_buttons()

    def show_sheet(self):
        view = self.current()
        if view is None:
            return
        actor, lang = self.actor, ui_lang()
        target = Path(self._folder.name) / f"sheet-{view.id}-{lang}.pdf"

        def done(result):
            self.sheet_path, self.sheet_pages, self.sheet_id = \
                result.path, result.pages, view.id
            self.preview.load(result.path)
            self._update_buttons()
            self.sheet_ready.emit(result.path)

        self.error.hide()
        run_job(self.tasks, lambda: appraisal.write_sheet(
            actor=actor, evaluation_id=view.id, path=str(target), lang=lang),
            done, lambda exc: show_error(self.error, exc), owner=self)

    def print_sheet(self):
        if not self.sheet_path:
            return
        actor, evaluation_id = self.actor, self.sheet_id

        def printed(printer: str, pages: int):
            def done(_):
                set_plain(self.info, QCoreApplication.translate(
                    "AppraisalPage", "Printed on %1").replace("%1", printer))
                self.printed.emit(printer, pages)

            run_job(self.tasks, lambda: appraisal.record_print(
                actor=actor, evaluation_id=evaluation_id, pages=pages),
                done, lambda exc: show_error(self.error, exc), owner=self)

        printing.choose_and_print(self, self.sheet_path, on_printed=printed)

    def current(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, evaluation_id: int) -> bool:
        for n, row in enumerate(self.model.rows()):
            if row.id == evaluation_id:
                self.view.setCurrentIndex(self.model.index(n, 0))
                return True
        return False


class AppraisalPage(_SheetMixin, QWidget):
    """Compute, score, finalize and print a period's appraisals."""

    loaded = Signal()
    changed = Signal(str)  # computed, scored, finalized
    sheet_ready = Signal(str)
    printed = Signal(str, int)  # printer, pages (recorded)

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self._latest = LatestOnly()
        self._init_sheet()
        title = plain_label(self.tr("Appraisals"))
        title.setObjectName("pageTitle")
        self.period = PeriodPicker(("quarter", "year"))
        self.load_button = QPushButton(self.tr("Show"))
        self.load_button.setObjectName("appraisalLoad")
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.setObjectName("appraisalCompute")
        self.finalize_button = QPushButton(self.tr("Finalize"))
        self.finalize_button.setObjectName("appraisalFinalize")
        self.model = EvaluationsModel(self)
        self.view = row_table(self.model, "appraisalTable",
                              (100, 100, 60, 60, 80, 75, 55, 60, 80, 60, 150, 50, 55,
                               110), stretch=None)
        self.score = QDoubleSpinBox()
        self.score.setObjectName("appraisalSupervisorScore")
        self.score.setRange(0, 100)
        self.score.setDecimals(1)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("appraisalComment")
        self.comment.setMaximumHeight(70)
        self.save_score_button = QPushButton(self.tr("Save score"))
        self.save_score_button.setObjectName("appraisalSaveScore")
        self.sheet_button = QPushButton(self.tr("Preview sheet"))
        self.sheet_button.setObjectName("appraisalSheet")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("appraisalPrint")
        self.info = plain_label(name="appraisalInfo", wrap=True)
        self.error = error_label()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.period)
        top.addWidget(self.load_button)
        top.addWidget(self.compute_button)
        top.addStretch(1)
        top.addWidget(self.finalize_button)
        form = QFormLayout()
        form.addRow(self.tr("Supervisor's score (0–100)"), self.score)
        form.addRow(self.tr("Comment"), self.comment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_score_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.print_button)
        # the staff table shows a dozen people; the sheet scrolls below it
        self._assemble(top, form, buttons, (440, 360))

    def _connect_signals(self):
        self.load_button.clicked.connect(self.load)
        self.compute_button.clicked.connect(self.compute)
        self.finalize_button.clicked.connect(self.finalize)
        self.save_score_button.clicked.connect(self.save_score)
        self.sheet_button.clicked.connect(self.show_sheet)
        self.print_button.clicked.connect(self.print_sheet)
        self.view.selectionModel().currentRowChanged.connect(
            lambda *_: self._selection_changed())

    def refresh(self):
        self.load()

    def _update_buttons(self):
        view = self.current()
        draft = view is not None and view.status == "draft"
        self.save_score_button.setEnabled(draft)
        self.sheet_button.setEnabled(view is not None)
        self.print_button.setEnabled(bool(self.sheet_path))
        self.finalize_button.setEnabled(
            any(r.status == "draft" for r in self.model.rows()))

    def _selection_changed(self):
        view = self.current()
        if view is not None:
            self.score.setValue(view.supervisor_score or 0)
            self.comment.setPlainText(view.comment)
        self._update_buttons()

    def _show(self, rows, keep_id=None):
        self.model.set_rows(rows)
        if keep_id is None or not self.select(keep_id):
            if rows:
                self.view.setCurrentIndex(self.model.index(0, 0))
        self._selection_changed()

    def load(self):
        actor, period = self.actor, self.period.period()
        held = self.current()
        keep = held.id if held else None
        self.error.hide()

        def done(rows):
            self._show(rows, keep)
            set_plain(self.info, self.tr("%1: %2 evaluations").replace(
                "%1", period).replace("%2", str(len(rows))))
            self.loaded.emit()

        done, failed = self._latest(done, lambda exc: show_error(self.error, exc))
        run_job(self.tasks, lambda: appraisal.list_period(actor=actor, period=period),
                done, failed, owner=self)

    def _change(self, job, what: str, message: str):
        held = self.current()
        keep = held.id if held else None
        self.error.hide()

        def done(result):
            rows = result if isinstance(result, list) else None
            if rows is None:
                self.load()
            else:
                self._show(rows, keep)
            set_plain(self.info, message)
            self.changed.emit(what)

        run_job(self.tasks, job, done, lambda exc: show_error(self.error, exc),
                owner=self)

    def compute(self):
        actor, period = self.actor, self.period.period()
        self._change(lambda: appraisal.compute_period(actor=actor, period=period),
                     "computed", self.tr("Computed %1 as a draft").replace("%1", period))

    def finalize(self):
        actor, period = self.actor, self.period.period()
        self._change(lambda: appraisal.finalize(actor=actor, period=period),
                     "finalized", self.tr("%1 is final").replace("%1", period))

    def save_score(self):
        view = self.current()
        if view is None:
            return
        actor, score = self.actor, self.score.value()
        comment = self.comment.toPlainText()
        self._change(lambda: appraisal.set_review_scores(
            actor=actor, evaluation_id=view.id, supervisor_score=score,
            comment=comment), "scored",
            self.tr("Score saved for %1").replace("%1", view.name))


class MyAppraisalPage(_SheetMixin, QWidget):
    """The agent's own sheets: self score while a draft, sign once final."""

    loaded = Signal()
    changed = Signal(str)  # self_scored, signed
    sheet_ready = Signal(str)
    printed = Signal(str, int)  # printer, pages (recorded)

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self._latest = LatestOnly()
        self._init_sheet()
        title = plain_label(self.tr("My appraisal"))
        title.setObjectName("pageTitle")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.model = EvaluationsModel(self)
        self.view = row_table(self.model, "myAppraisalTable",
                              (100, 100, 60, 60, 80, 75, 55, 60, 80, 60, 150, 50, 55,
                               110), stretch=None)
        self.self_score = QDoubleSpinBox()
        self.self_score.setObjectName("myAppraisalSelfScore")
        self.self_score.setRange(0, 100)
        self.self_score.setDecimals(1)
        self.self_button = QPushButton(self.tr("Save my score"))
        self.self_button.setObjectName("myAppraisalSaveSelf")
        self.sign_comment = QLineEdit()
        self.sign_comment.setObjectName("myAppraisalSignComment")
        self.sign_comment.setMaxLength(appraisal.MAX_COMMENT)
        self.sign_button = QPushButton(self.tr("Sign"))
        self.sign_button.setObjectName("myAppraisalSign")
        self.sheet_button = QPushButton(self.tr("Preview sheet"))
        self.sheet_button.setObjectName("myAppraisalSheet")
        self.print_button = QPushButton(self.tr("Print…"))
        self.info = plain_label(name="myAppraisalInfo", wrap=True)
        self.error = error_label()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        form = QFormLayout()
        row1 = QHBoxLayout()
        row1.addWidget(self.self_score)
        row1.addWidget(self.self_button)
        row1.addStretch(1)
        form.addRow(self.tr("My score (0–100)"), row1)
        row2 = QHBoxLayout()
        row2.addWidget(self.sign_comment, 1)
        row2.addWidget(self.sign_button)
        form.addRow(self.tr("My comment"), row2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.print_button)
        self._assemble(top, form, buttons, (300, 500))

    def _connect_signals(self):
        self.refresh_button.clicked.connect(self.load)
        self.self_button.clicked.connect(self.save_self_score)
        self.sign_button.clicked.connect(self.sign)
        self.sheet_button.clicked.connect(self.show_sheet)
        self.print_button.clicked.connect(self.print_sheet)
        self.view.selectionModel().currentRowChanged.connect(
            lambda *_: self._selection_changed())

    def refresh(self):
        self.load()

    def _update_buttons(self):
        view = self.current()
        self.self_button.setEnabled(view is not None and view.status == "draft")
        self.sign_button.setEnabled(view is not None and view.status == "final"
                                    and view.signed_at is None)
        self.sheet_button.setEnabled(view is not None)
        self.print_button.setEnabled(bool(self.sheet_path))

    def _selection_changed(self):
        view = self.current()
        if view is not None:
            self.self_score.setValue(view.self_score or 0)
        self._update_buttons()

    def load(self, keep_id=None):
        actor = self.actor
        held = self.current()
        keep = keep_id if keep_id is not None else (held.id if held else None)
        self.error.hide()

        def done(rows):
            self.model.set_rows(rows)
            if keep is None or not self.select(keep):
                if rows:
                    self.view.setCurrentIndex(self.model.index(0, 0))
            self._selection_changed()
            self.loaded.emit()

        done, failed = self._latest(done, lambda exc: show_error(self.error, exc))
        run_job(self.tasks, lambda: appraisal.mine(actor=actor), done, failed,
                owner=self)

    def _change(self, job, what: str, message: str, keep_id: int):
        self.error.hide()

        def done(_):
            set_plain(self.info, message)
            self.load(keep_id)
            self.changed.emit(what)

        run_job(self.tasks, job, done, lambda exc: show_error(self.error, exc),
                owner=self)

    def save_self_score(self):
        view = self.current()
        if view is None:
            return
        actor, score = self.actor, self.self_score.value()
        self._change(lambda: appraisal.self_score(actor=actor, evaluation_id=view.id,
                                                  score=score),
                     "self_scored", self.tr("Your score is saved"), view.id)

    def sign(self):
        view = self.current()
        if view is None:
            return
        actor, comment = self.actor, self.sign_comment.text()
        self._change(lambda: appraisal.sign(actor=actor, evaluation_id=view.id,
                                            comment=comment),
                     "signed", self.tr("Signed"), view.id)
