"""The secretary's archive page (issue 10, DESIGN §1 and §8): find cases (the
cases closed in a month, or the center-wide search with its filters), archive
them as a background job with progress and cancel, see their 档号 and versions,
preview the archival copy (the exact bytes registered, checked against their
SHA-256 by `archives.version_file`) or a working copy, print it and save a copy.

Nothing on this page changes a case: the services it calls make documents and
log prints (archives.*), read cases (search, archives.case_rows) and nothing else.

`DocumentPanel` (the preview with Print… and Save as…) is shared with the
register page.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (QCoreApplication, QDate,
                            QItemSelectionModel, Qt, Signal)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit,
                               QFileDialog, QHBoxLayout, QPushButton, QSizePolicy,
                               QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from ..services import archives
from ..services.base import Actor
from . import labels, printing
from .pdf_view import PdfView
from .search_page import SearchPage
from .tasks import run_job
from .rows_model import RowsModel
from .widgets import (error_label, plain_label, plain_tooltip, row_table,
                      set_plain)

_TEMP_PREFIX = "hotline-preview-"



def file_error_text(exc: BaseException) -> str:
    """What to say when an archival file cannot be handed out: changed or missing
    (naming it), else the usual error text."""
    code = getattr(exc, "code", None)
    params = getattr(exc, "params", {}) or {}
    if code == "archive_file_changed":
        return QCoreApplication.translate("ArchivePage", "The archival file %1 (%2 v%3) was CHANGED: its bytes no longer "
                   "match the SHA-256 in the register. Do not use it; regenerate "
                   "the archive.").replace("%1", params.get("path", "")).replace(
            "%2", params.get("archive_no", "")).replace("%3", str(params.get("version", "")))
    if code == "archive_file_missing":
        return QCoreApplication.translate("ArchivePage", "The archival file %1 (%2 v%3) is missing.").replace(
            "%1", params.get("path", "")).replace(
            "%2", params.get("archive_no", "")).replace("%3", str(params.get("version", "")))
    if code == "confidential_case":
        return QCoreApplication.translate("ArchivePage", "This case is confidential: you may not see its archival copy "
                   "(the full record). Use a working copy, which is masked for you.")
    return labels.error_text(exc)


def _temp_pdf(stem: str) -> str:
    fd, name = tempfile.mkstemp(prefix=_TEMP_PREFIX + stem + "-", suffix=".pdf")
    os.close(fd)
    return name


def _fmt(moment: dt.datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


class _NoJob:
    """What a progress job is given when the page runs without a window."""

    def is_cancelled(self) -> bool:
        return False

    def on_progress(self, done: int, total: int) -> None:
        pass


# ------------------------------------------------------------------ the preview

@dataclass(frozen=True)
class ShownDocument:
    """What the preview shows: an archival version, a working copy of a case, or
    a year's register."""

    kind: str  # archival | working | register
    path: str
    title: str
    version_id: int = 0
    call_id: int = 0
    ticket_no: str = ""
    year: int = 0
    pages: int = 0
    masked: bool = False  # a working copy with the caller masked


class DocumentPanel(QWidget):
    """The preview of one document (PdfView) with Print… and Save as…; every print
    and saved copy is logged (archives.record_print, record_working_print,
    record_register_print, or the copy saved by working_copy / write_register_pdf);
    a copy made only to be looked at on the screen is not."""

    printed = Signal(str, int)  # printer, pages: after the print is logged
    saved = Signal(str)  # the file the copy was saved to

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self.document: ShownDocument | None = None
        self._temps: list[str] = []
        self.title = plain_label(name="docTitle", wrap=True)
        self.view = PdfView()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("docPrint")
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setObjectName("docSave")
        self.status = plain_label(name="docStatus", wrap=True)
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_copy)
        self._enable()

    def _enable(self):
        shown = self.document is not None
        self.print_button.setEnabled(shown)
        self.save_button.setEnabled(shown)

    # -- showing
    def show_document(self, document: ShownDocument) -> None:
        self.error.hide()
        set_plain(self.status, "")
        self.document = document
        if document.kind != "archival" and document.path.startswith(
                tempfile.gettempdir()):
            self._temps.append(document.path)
        set_plain(self.title, document.title)
        self.view.load(document.path)
        self._enable()

    def clear(self, message: str = "") -> None:
        self.document = None
        self.view.clear()
        set_plain(self.title, message)
        set_plain(self.status, "")
        self.error.hide()
        self._enable()

    def show_error(self, exc: BaseException) -> None:
        self.error.setText(file_error_text(exc))
        labels.recover_connection(exc)
        self.error.show()

    # -- printing
    def print_document(self) -> None:
        """The print dialog on the document shown; a working copy is made anew for
        the printer (logged as printed) and that copy is what prints."""
        document = self.document
        if document is None:
            return
        self.error.hide()
        if document.kind != "working":
            self._choose_and_print(document)
            return
        actor = self.actor
        target = _temp_pdf(document.ticket_no or "case")

        def job():  # a fresh copy: the watermark says when it was printed
            return archives.working_copy(actor=actor, call_id=document.call_id,
                                         target=target, destination="screen")

        def done(result):
            fresh = ShownDocument("working", result.path, document.title,
                                  call_id=document.call_id,
                                  ticket_no=document.ticket_no, pages=result.pages,
                                  masked=result.masked)
            self.show_document(fresh)
            self._choose_and_print(fresh)

        run_job(self.tasks, job, done, self.show_error, owner=self)

    def _choose_and_print(self, document: ShownDocument) -> None:
        def on_printed(printer: str, pages: int) -> None:
            self._printed(document, printer, pages)

        printing.choose_and_print(self, document.path, on_printed=on_printed)

    def _printed(self, document: ShownDocument, printer: str, pages: int) -> None:
        actor = self.actor
        if document.kind == "archival":
            def job():
                archives.record_print(actor=actor, version_id=document.version_id,
                                      destination="printer", pages=pages)
        elif document.kind == "register":
            def job():
                archives.record_register_print(actor=actor, year=document.year,
                                               pages=pages, destination="printer")
        else:
            def job():
                archives.record_working_print(actor=actor, call_id=document.call_id,
                                              masked=document.masked, pages=pages)

        def done(_):
            set_plain(self.status, self.tr("Printed %1 pages on %2.").replace(
                "%1", str(pages)).replace("%2", printer))
            self.printed.emit(printer, pages)

        run_job(self.tasks, job, done, self.show_error, owner=self)

    # -- saving a copy
    @staticmethod
    def ask_save_path(parent: QWidget, suggested: str) -> str:
        """The file to save to ('' when cancelled); tests replace this."""
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("DocumentPanel", "Save a copy"),
            suggested, QCoreApplication.translate("DocumentPanel", "PDF files (*.pdf)"))
        return name

    def save_copy(self) -> None:
        document = self.document
        if document is None:
            return
        suggested = str(Path.home() / (Path(document.path).name
                                       if document.kind == "archival"
                                       else f"{document.ticket_no or document.year}.pdf"))
        target = self.ask_save_path(self, suggested)
        if not target:
            return
        self.error.hide()
        actor = self.actor
        if document.kind == "archival":
            def job():
                source = archives.version_file(actor=actor,
                                               version_id=document.version_id)
                shutil.copyfile(source, target)
                archives.record_print(actor=actor, version_id=document.version_id,
                                      destination="file")
                return target
        elif document.kind == "register":
            def job():
                archives.write_register_pdf(actor=actor, year=document.year,
                                            target=target)
                return target
        else:
            def job():
                return archives.working_copy(actor=actor, call_id=document.call_id,
                                             target=target).path

        def done(path):
            set_plain(self.status, self.tr("Saved to %1.").replace("%1", str(path)))
            self.saved.emit(str(path))

        run_job(self.tasks, job, done, self.show_error, owner=self)

    def closeEvent(self, event):  # noqa: N802
        self.remove_temps()
        super().closeEvent(event)

    def remove_temps(self) -> None:
        """Delete the temporary copies made for the preview (not the shown one)."""
        shown = self.document.path if self.document else ""
        keep = []
        for name in self._temps:
            if name == shown:
                keep.append(name)
                continue
            try:
                os.unlink(name)
            except OSError:
                pass
        self._temps = keep


# ------------------------------------------------------------------ the case list

class ArchiveCaseModel(RowsModel):
    """The cases found (archives.ArchiveCaseRow) with their 档号 and versions."""

    COLUMNS = ("ticket_no", "closed_at", "subject", "archive_no", "versions",
               "confidential")

    def headers(self):
        return (self.tr("Ticket"), self.tr("Closed"), self.tr("Subject / category"),
                self.tr("File no. (档号)"), self.tr("Versions"), self.tr("Confidential"))

    def subject_text(self, row: archives.ArchiveCaseRow) -> str:
        subject = self.tr("(confidential)") if row.redacted else row.subject
        return " · ".join(part for part in (subject, row.category) if part)

    def versions_text(self, row: archives.ArchiveCaseRow) -> str:
        if row.status != "closed" and not row.versions:
            return self.tr("Not closed")
        if not row.versions:
            return self.tr("Not archived")
        last = row.versions[-1]
        return self.tr("v%1 · %2").replace("%1", str(last.version)).replace(
            "%2", f"{last.generated_at:%Y-%m-%d}")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "closed_at":  # the day (the time is in the tooltip)
                return f"{row.closed_at:%Y-%m-%d}" if row.closed_at else ""
            if column == "subject":
                return self.subject_text(row)
            if column == "versions":
                return self.versions_text(row)
            if column == "confidential":
                return self.tr("Confidential") if row.confidential else ""
            return str(getattr(row, column) or "")
        if role == Qt.ItemDataRole.ToolTipRole and column == "closed_at":
            return _fmt(row.closed_at)
        if role == Qt.ItemDataRole.ToolTipRole and column == "subject":
            return plain_tooltip(self.subject_text(row))
        if role == Qt.ItemDataRole.ToolTipRole and column == "versions" and row.versions:
            return plain_tooltip("\n".join(
                f"v{v.version} · {_fmt(v.generated_at)} · {v.generated_by}"
                for v in row.versions))
        if role == Qt.ItemDataRole.UserRole:
            return row.call_id
        return None

    def find(self, call_id: int) -> int:
        for n, row in enumerate(self._rows):
            if row.call_id == call_id:
                return n
        return -1


# ------------------------------------------------------------------ the page

class CaseRowsMixin:
    """What the archive and register pages share: open the case of the current row
    or of row `n` (rows carry `call_id`), and show an error naming the file.
    The page has `model` (a RowsModel), `error`, the `open_case` signal and
    `_current()`."""

    def _open_current(self):
        row = self._current()
        if row is not None:
            self.open_case.emit(row.call_id)

    def _open_row(self, n: int):
        row = self.model.row_at(n)
        if row is not None:
            self.open_case.emit(row.call_id)

    def _show_error(self, exc: BaseException):
        labels.recover_connection(exc)
        self.error.setText(file_error_text(exc))
        self.error.show()


class ArchivePage(CaseRowsMixin, QWidget):
    """Find cases, archive them, preview / print / save their copies."""

    open_case = Signal(int)
    archived = Signal(int)  # a batch finished: how many archives were made

    MONTH, SEARCH = 0, 1

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self._ids: list[int] = []  # the cases listed, in order
        self._shown_month = ""  # the month the list holds ('' : a search)
        self._job = None
        self._load_seq = 0
        title = plain_label(self.tr("Case archives"))
        title.setObjectName("pageTitle")

        # finding: a month's closed cases, or the search page's terms and filters
        self.tabs = QTabWidget()
        self.tabs.setObjectName("archiveFind")
        month_tab = QWidget()
        last = QDate.currentDate().addMonths(-1)
        self.month = QDateEdit(QDate(last.year(), last.month(), 1))
        self.month.setObjectName("archiveMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month_button = QPushButton(self.tr("Show closed cases"))
        self.month_button.setObjectName("archiveMonthShow")
        row = QHBoxLayout(month_tab)
        row.addWidget(plain_label(self.tr("Closed in")))
        row.addWidget(self.month)
        row.addWidget(self.month_button)
        row.addStretch(1)
        self.search = SearchPage(actor, tasks)
        self.search.setObjectName("archiveSearch")
        self.search.view.hide()  # its rows are listed below, with their archives
        self.tabs.addTab(month_tab, self.tr("Closed in a month"))
        self.tabs.addTab(self.search, self.tr("Search"))
        self.tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.model = ArchiveCaseModel(self)
        self.view = row_table(self.model, "archiveTable", (132, 96, 200, 208, 128, 50),
                              stretch=2)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.regenerate = QCheckBox(self.tr("Regenerate cases archived already"))
        self.regenerate.setObjectName("archiveRegenerate")
        self.archive_selected_button = QPushButton(self.tr("Archive selected"))
        self.archive_selected_button.setObjectName("archiveSelected")
        self.archive_month_button = QPushButton(self.tr("Archive the month"))
        self.archive_month_button.setObjectName("archiveMonthButton")
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setObjectName("archiveOpenCase")
        self.summary = plain_label(name="archiveSummary", wrap=True)
        self.error = error_label()

        # the preview: the archival copy where the reader may see it, or a working copy
        self.copy_choice = QComboBox()
        self.copy_choice.setObjectName("archiveCopyChoice")
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("archivePreview")
        self.panel = DocumentPanel(actor, tasks)

        actions = QHBoxLayout()
        actions.addWidget(self.archive_selected_button)
        actions.addWidget(self.archive_month_button)
        actions.addWidget(self.regenerate)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.summary)
        right = QWidget()
        choice = QHBoxLayout()
        choice.addWidget(plain_label(self.tr("Copy")))
        choice.addWidget(self.copy_choice, 1)
        choice.addWidget(self.preview_button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(choice)
        right_layout.addWidget(self.panel, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("archiveSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([740, 450])  # the list readable, a page beside it

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)
        self._connect_signals()
        self._fit_tabs()
        self._update_buttons()

    def _connect_signals(self):
        self.month_button.clicked.connect(self.show_month)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.search.model.modelReset.connect(self._search_rows_changed)
        self.search.model.rowsInserted.connect(self._search_rows_changed)
        self.search.open_case.connect(self.open_case)
        self.archive_selected_button.clicked.connect(self.archive_selected)
        self.archive_month_button.clicked.connect(self.archive_the_month)
        self.open_button.clicked.connect(self._open_current)
        self.preview_button.clicked.connect(self.preview)
        self.view.activated.connect(lambda index: self._open_row(index.row()))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

    # -- the page is shown
    def refresh(self):
        """First showing: last month's closed cases; later: the list re-read."""
        if self._ids or self._shown_month:
            self._reload()
        elif self.tabs.currentIndex() == self.MONTH:
            self.show_month()

    def month_text(self) -> str:
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    # -- finding
    def show_month(self):
        """The cases closed in the chosen month."""
        month = self.month_text()
        actor = self.actor
        set_plain(self.summary, self.tr("Reading…"))

        def job():
            ids = [cid for cid, _ in archives.closed_cases(actor=actor, month=month)]
            return ids, archives.case_rows(actor=actor, call_ids=ids)

        self._load(job, month)

    def _fit_tabs(self):
        """The finding area only as tall as the tab shown (the month: one row)."""
        page = self.tabs.currentWidget()
        self.tabs.setMaximumHeight(page.sizeHint().height()
                                   + self.tabs.tabBar().sizeHint().height() + 8)

    def _tab_changed(self, index: int):
        self._fit_tabs()
        self._update_buttons()
        if index == self.SEARCH:
            self.search.refresh()

    def _search_rows_changed(self, *args):
        ids = [self.search.model.row_at(n).id
               for n in range(self.search.model.rowCount())]
        actor = self.actor

        def job():
            return ids, archives.case_rows(actor=actor, call_ids=ids)

        self._load(job, "")

    def _reload(self, keep_selection: bool = True, after=None):
        if self._shown_month:
            ids_month = self._shown_month
            actor = self.actor

            def job():
                ids = [cid for cid, _ in archives.closed_cases(actor=actor,
                                                               month=ids_month)]
                return ids, archives.case_rows(actor=actor, call_ids=ids)
            self._load(job, ids_month, keep_selection, after)
            return
        ids, actor = list(self._ids), self.actor
        self._load(lambda: (ids, archives.case_rows(actor=actor, call_ids=ids)), "",
                   keep_selection, after)

    def _load(self, job, month: str, keep_selection: bool = False, after=None):
        self.error.hide()
        self._load_seq += 1
        seq = self._load_seq
        selected = self.selected_ids() if keep_selection else []

        def done(result):
            if seq != self._load_seq:
                return
            ids, rows = result
            self._ids = list(ids)
            self._shown_month = month
            self.model.set_rows(rows)
            self._say_found(rows, month)
            self._select(selected)
            self._update_buttons()
            if after is not None:
                after()

        def failed(exc):
            if seq == self._load_seq:
                set_plain(self.summary, "")
                self._show_error(exc)

        run_job(self.tasks, job, done, failed, owner=self)

    def _say_found(self, rows, month: str):
        archived = sum(1 for r in rows if r.versions)
        if month:
            text = self.tr("%1 cases closed in %2; %3 archived.")
        else:
            text = self.tr("%1 cases found; %3 archived.")
        set_plain(self.summary, text.replace("%1", str(len(rows))).replace(
            "%2", month).replace("%3", str(archived)))

    def _select(self, call_ids: list[int]):
        selection = self.view.selectionModel()
        first = True
        for cid in call_ids:
            n = self.model.find(cid)
            if n < 0:
                continue
            flags = QItemSelectionModel.SelectionFlag.Rows | (
                QItemSelectionModel.SelectionFlag.ClearAndSelect if first
                else QItemSelectionModel.SelectionFlag.Select)
            selection.select(self.model.index(n, 0), flags)
            if first:
                selection.setCurrentIndex(self.model.index(n, 0),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)
            first = False

    # -- selection
    def selected_rows(self) -> list[archives.ArchiveCaseRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(n) for n in rows if self.model.row_at(n)]

    def selected_ids(self) -> list[int]:
        return [r.call_id for r in self.selected_rows()]

    def select_rows(self, call_ids: list[int]) -> None:
        """Select these cases in the list (the first becomes current)."""
        self._select(call_ids)

    def current_row(self) -> archives.ArchiveCaseRow | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _selection_changed(self, *args):
        self._update_buttons()
        row = self.current_row()
        self.copy_choice.clear()
        if row is None:
            self.panel.clear()
            return
        if row.versions and not row.redacted:
            last = row.versions[-1]
            self.copy_choice.addItem(self.tr("Archival copy v%1 (as registered)")
                                     .replace("%1", str(last.version)), "archival")
        self.copy_choice.addItem(self.tr("Working copy (masked)") if row.redacted
                                 else self.tr("Working copy"), "working")
        if self.copy_choice.currentData() == "archival":
            self.preview()
        else:
            reason = (self.tr("Confidential case: you may print a masked working copy "
                              "only.") if row.redacted and row.versions
                      else self.tr("Not archived yet.") if not row.versions else "")
            self.panel.clear(" ".join(t for t in (
                reason, self.tr("Press Preview for a working copy.")) if t))

    def _update_buttons(self):
        rows = self.selected_rows()
        busy = self._job is not None and not self._job.finished
        self.archive_selected_button.setEnabled(bool(rows) and not busy)
        self.archive_month_button.setEnabled(
            self.tabs.currentIndex() == self.MONTH and not busy)
        self.open_button.setEnabled(len(rows) == 1)
        self.preview_button.setEnabled(len(rows) == 1)
        self.copy_choice.setEnabled(len(rows) == 1)

    # -- preview
    def preview(self):
        """Show the chosen copy of the selected case."""
        row = self.current_row()
        if row is None:
            return
        actor = self.actor
        kind = self.copy_choice.currentData() or "working"
        self.panel.error.hide()
        if kind == "archival":
            last = row.versions[-1]

            def job():
                return archives.version_file(actor=actor, version_id=last.id)

            def done(path):
                self.panel.show_document(ShownDocument(
                    "archival", path, self.tr("%1 v%2 — archival copy, as registered "
                                              "(SHA-256 checked)")
                    .replace("%1", row.archive_no).replace("%2", str(last.version)),
                    version_id=last.id, call_id=row.call_id, ticket_no=row.ticket_no,
                    pages=last.pages))
        else:
            target = _temp_pdf(row.ticket_no)

            def job():
                return archives.working_copy(actor=actor, call_id=row.call_id,
                                             target=target, destination="screen")

            def done(result):
                title = self.tr("%1 — working copy").replace("%1", row.ticket_no)
                if result.masked:
                    title += self.tr(" (caller masked)")
                self.panel.show_document(ShownDocument(
                    "working", result.path, title, call_id=row.call_id,
                    ticket_no=row.ticket_no, pages=result.pages,
                    masked=result.masked))

        def failed(exc):
            self.panel.clear()
            self.panel.show_error(exc)

        run_job(self.tasks, job, done, failed, owner=self)

    # -- archiving
    def archive_selected(self):
        rows = self.selected_rows()
        if not rows:
            return
        regenerate = self.regenerate.isChecked()
        todo = [(r.call_id, r.ticket_no, bool(r.versions)) for r in rows]
        actor = self.actor

        def job(job):
            made, skipped, failures = [], 0, []
            for k, (cid, ticket, archived) in enumerate(todo, start=1):
                if job.is_cancelled():
                    break
                if archived and not regenerate:
                    skipped += 1
                else:
                    try:
                        made.append(archives.archive_case(actor=actor, call_id=cid))
                    except Exception as exc:  # noqa: BLE001 - said per case
                        failures.append((ticket, exc))
                job.on_progress(k, len(todo))
            return made, skipped, failures

        self._run_batch(job, [r.call_id for r in rows])

    def archive_the_month(self):
        month = self.month_text()
        regenerate = self.regenerate.isChecked()
        actor = self.actor

        def job(job):
            result = archives.archive_month(
                actor=actor, month=month, regenerate=regenerate,
                on_progress=lambda k, n, _ticket: job.on_progress(k, n),
                should_stop=job.is_cancelled)
            return result.made, result.skipped, []

        if self._shown_month != month:
            self._shown_month = month  # the list shows the month afterwards
            self._ids = []
        self._run_batch(job, self.selected_ids())

    def _run_batch(self, job, select: list[int]):
        self.error.hide()
        set_plain(self.summary, self.tr("Archiving…"))

        def done(result):
            self._job = None
            made, skipped, failures = result
            text = self.tr("%1 archived, %2 skipped (archived already).").replace(
                "%1", str(len(made))).replace("%2", str(skipped))
            if failures:
                text += " " + self.tr("Not archived: %1").replace("%1", "; ".join(
                    f"{ticket}: {file_error_text(exc)}" for ticket, exc in failures))
            self._after_batch(select, text)
            self.archived.emit(len(made))

        def failed(exc):
            self._job = None
            self._show_error(exc)
            self._after_batch(select, "")

        def cancelled():
            self._job = None
            self._after_batch(select, self.tr("Stopped: the cases archived before "
                                              "the stop are registered."))

        if self.tasks is None:
            try:
                done(job(_NoJob()))
            except Exception as exc:  # noqa: BLE001
                failed(exc)
            return
        self._job = self.tasks.run(job, done, failed, progress=self.tr("Archiving…"),
                                   parent=self, owner=self, on_cancelled=cancelled)
        self._update_buttons()

    def _after_batch(self, select: list[int], text: str):
        self._update_buttons()

        def restore():  # once the rows are back: the selection, what happened
            self._select(select)
            if text:
                set_plain(self.summary, self.summary.text() + " " + text)

        self._reload(keep_selection=False, after=restore)

    def _current(self):  # for CaseRowsMixin
        return self.current_row()
