"""The archive register page (issue 10, DESIGN §8): the 归档文件目录 of a year with
its columns, the registered versions of the selected entry, "Verify" (the stored
file hashed against the register: current, superseded, CHANGED or missing),
"Reprint" (preview and print the stored version, logged), "Register PDF" (the
year's register as a PDF to preview, print or save) and the case of an entry.

Nothing here changes a case: the page reads the register and logs prints."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QPushButton, QSpinBox, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from ..services import archives, print_log
from ..services.base import Actor
from .archive_page import CaseRowsMixin, DocumentPanel, ShownDocument, _temp_pdf
from .print_history import print_table
from .tasks import run_job
from .rows_model import RowsModel
from .widgets import (error_label, plain_label, plain_tooltip, row_table,
                      set_plain)


def _fmt(moment: dt.datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


class RegisterModel(RowsModel):
    """The register's entries (archives.RegisterEntry), the columns of DESIGN §8."""

    COLUMNS = ("seq", "archive_no", "ticket_no", "responsible", "title", "date",
               "secrecy", "pages", "note", "retention", "archivist", "archived_at",
               "sha256")

    def headers(self):
        return (self.tr("No. (序号)"), self.tr("File no. (档号)"),
                self.tr("Ticket (文号)"), self.tr("Responsible (责任者)"),
                self.tr("Title (题名)"), self.tr("Date (日期)"),
                self.tr("Secrecy (密级)"), self.tr("Pages (页数)"),
                self.tr("Note (备注)"), self.tr("Retention (保管期限)"),
                self.tr("Filed by (归档人)"), self.tr("Filed at (归档时间)"),
                self.tr("SHA-256"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "archived_at":
                return _fmt(row.archived_at)
            return str(getattr(row, column) or "")
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "sha256"):
            return plain_tooltip(str(getattr(row, column)))
        if role == Qt.ItemDataRole.UserRole:
            return row.call_id
        return None


class VersionModel(RowsModel):
    """The versions of one register entry, newest first, with what Verify found."""

    COLUMNS = ("version", "generated_at", "generated_by", "pages", "sha256", "check")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._checks: dict[int, str] = {}  # version id -> what Verify said

    def headers(self):
        return (self.tr("Version"), self.tr("Generated"), self.tr("By"),
                self.tr("Pages"), self.tr("SHA-256"), self.tr("Verified"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "version":
                return f"v{row.version}"
            if column == "generated_at":
                return _fmt(row.generated_at)
            if column == "check":
                return self._checks.get(row.id, "")
            return str(getattr(row, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(row.path)
        return None

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda v: -v.version)
        self._checks = {}
        self.endResetModel()

    def set_check(self, version_id: int, text: str) -> None:
        self._checks[version_id] = text
        for n, row in enumerate(self._rows):
            if row.id == version_id:
                index = self.index(n, self.COLUMNS.index("check"))
                self.dataChanged.emit(index, index)

    def row_at(self, row: int) -> archives.VersionInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


@dataclass(frozen=True)
class FileCheck:
    """What Verify found for a stored version: current | superseded | changed |
    missing."""

    code: str
    version: int
    latest: int
    path: str


def check_version_file(*, actor: Actor, version: archives.VersionInfo) -> FileCheck:
    """The stored file of `version` hashed and looked up in the register
    (archives.verify_file); a file that is not the registered bytes of this
    version is CHANGED, one that is not there is missing."""
    path = Path(version.path)
    if not path.is_file():
        return FileCheck("missing", version.version, 0, str(path))
    found = archives.verify_file(actor=actor, path=path)
    if found.ok and found.sha256 == version.sha256:
        return FileCheck(found.code, found.version, found.latest, str(path))
    return FileCheck("changed", version.version, found.latest, str(path))


class RegisterPage(CaseRowsMixin, QWidget):
    """The year's register, its versions, verify, reprint, the register PDF."""

    open_case = Signal(int)
    verified = Signal(str)  # the code of the last check (tests, status)

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self._loaded_year = 0
        self._seq = 0
        title = plain_label(self.tr("Archive register"))
        title.setObjectName("pageTitle")
        self.year = QSpinBox()
        self.year.setObjectName("registerYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(QDate.currentDate().year())
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("registerShow")
        self.pdf_button = QPushButton(self.tr("Register PDF"))
        self.pdf_button.setObjectName("registerPdf")
        self.model = RegisterModel(self)
        self.view = row_table(self.model, "registerTable",
                              (66, 200, 120, 150, 220, 80, 60, 50, 70, 80, 130, 125, 200))
        self.versions = VersionModel(self)
        self.versions_view = row_table(self.versions, "registerVersions",
                                       (60, 125, 130, 50, 200, 200), stretch=4)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.setObjectName("registerVerify")
        self.reprint_button = QPushButton(self.tr("Reprint"))
        self.reprint_button.setObjectName("registerReprint")
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setObjectName("registerOpenCase")
        self.result = plain_label(name="registerVerifyResult", wrap=True)
        self.summary = plain_label(name="registerSummary")
        self.error = error_label()
        self.panel = DocumentPanel(actor, tasks)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(plain_label(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.reprint_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(self.view)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setObjectName("registerLowerTabs")
        self.lower_tabs.addTab(self.versions_view,
                               self.tr("Versions of the selected entry"))
        self.prints, self.prints_view = print_table("registerPrints")
        self.lower_tabs.addTab(self.prints_view, self.tr("Prints and exports"))
        lower_layout.addWidget(self.lower_tabs, 1)
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(self.result)
        lists.addWidget(lower)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("registerSplitter")
        self.splitter.addWidget(lists)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([800, 390])  # the register readable, a page beside it
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self):
        self.panel.printed.connect(lambda *_: self.load_prints())
        self.panel.saved.connect(lambda *_: self.load_prints())
        self.show_button.clicked.connect(self.load)
        self.year.editingFinished.connect(self._year_entered)
        self.pdf_button.clicked.connect(self.register_pdf)
        self.verify_button.clicked.connect(self.verify)
        self.reprint_button.clicked.connect(self.reprint)
        self.open_button.clicked.connect(self._open_current)
        self.view.activated.connect(lambda index: self._open_row(index.row()))
        self.view.selectionModel().currentRowChanged.connect(self._entry_changed)
        self.versions_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())

    def refresh(self):
        self.load()

    def _year_entered(self):
        if self.year.value() != self._loaded_year:
            self.load()

    # -- reading
    def load(self):
        """The register of the chosen year."""
        year, actor = self.year.value(), self.actor
        self._seq += 1
        seq = self._seq
        self.error.hide()
        held = self.current_entry().archive_no if self.current_entry() else ""

        def done(entries):
            if seq != self._seq:
                return
            self._loaded_year = year
            self.model.set_rows(entries)
            set_plain(self.summary, self.tr("%1 entries in the register of %2.")
                      .replace("%1", str(len(entries))).replace("%2", str(year)))
            for n, entry in enumerate(entries):
                if entry.archive_no == held:
                    self.view.setCurrentIndex(self.model.index(n, 0))
            self._entry_changed()

        def failed(exc):
            if seq == self._seq:
                self._show_error(exc)

        run_job(self.tasks, lambda: archives.register(actor=actor, year=year), done,
                failed, owner=self)

    def current_entry(self) -> archives.RegisterEntry | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_version(self) -> archives.VersionInfo | None:
        index = self.versions_view.currentIndex()
        if index.isValid():
            return self.versions.row_at(index.row())
        return self.versions.row_at(0)  # the newest

    def select_entry(self, ticket_no: str) -> bool:
        for n in range(self.model.rowCount()):
            if self.model.row_at(n).ticket_no == ticket_no:
                self.view.setCurrentIndex(self.model.index(n, 0))
                return True
        return False

    def select_version(self, version: int) -> bool:
        for n in range(self.versions.rowCount()):
            if self.versions.row_at(n).version == version:
                self.versions_view.setCurrentIndex(self.versions.index(n, 0))
                return True
        return False

    def _entry_changed(self, *args):
        entry = self.current_entry()
        self.versions.set_rows(entry.versions if entry else [])
        self.load_prints()
        if self.versions.rowCount():
            self.versions_view.setCurrentIndex(self.versions.index(0, 0))
        set_plain(self.result, "")
        self._update_buttons()

    def load_prints(self):
        """The prints and exports of the selected entry's case (the print log)."""
        entry, actor = self.current_entry(), self.actor
        self.prints.set_rows([])
        if entry is None:
            return
        call_id = entry.call_id

        def done(rows):
            current = self.current_entry()
            if current is not None and current.call_id == call_id:
                self.prints.set_rows(rows)

        run_job(self.tasks, lambda: print_log.prints_of_case(actor=actor,
                                                              call_id=call_id),
                done, self._show_error, owner=self)

    def _update_buttons(self):
        entry = self.current_entry()
        has_version = entry is not None and self.current_version() is not None
        self.verify_button.setEnabled(has_version)
        self.reprint_button.setEnabled(has_version)
        self.open_button.setEnabled(entry is not None)

    # -- verify
    def verify(self):
        entry, version = self.current_entry(), self.current_version()
        if entry is None or version is None:
            return
        actor = self.actor
        set_plain(self.result, self.tr("Checking…"))

        def done(check: FileCheck):
            text = {
                "current": self.tr("Current: the file is v%1, the newest version, "
                                   "unchanged (its SHA-256 is the registered one)."),
                "superseded": self.tr("Superseded: the file is v%1, unchanged, but "
                                      "v%2 is newer."),
                "changed": self.tr("CHANGED: the file %3 is not the registered v%1: "
                                   "its SHA-256 differs from the register."),
                "missing": self.tr("Missing: the file %3 of v%1 is not there."),
            }.get(check.code, check.code)
            set_plain(self.result, text.replace("%1", str(check.version)).replace(
                "%2", str(check.latest)).replace("%3", check.path))
            self.result.setProperty("verdict", check.code)
            self.versions.set_check(version.id, {
                "current": self.tr("current"), "superseded": self.tr("superseded"),
                "changed": self.tr("CHANGED"), "missing": self.tr("missing"),
            }.get(check.code, check.code))
            self.verified.emit(check.code)

        def failed(exc):
            set_plain(self.result, "")
            self._show_error(exc)

        run_job(self.tasks, lambda: check_version_file(actor=actor, version=version),
                done, failed, owner=self)

    # -- reprint: the stored version, as registered
    def reprint(self):
        entry, version = self.current_entry(), self.current_version()
        if entry is None or version is None:
            return
        actor = self.actor
        self.panel.error.hide()

        def done(path):
            self.panel.show_document(ShownDocument(
                "archival", path, self.tr("%1 v%2 — archival copy, as registered "
                                          "(SHA-256 checked)")
                .replace("%1", entry.archive_no).replace("%2", str(version.version)),
                version_id=version.id, call_id=entry.call_id,
                ticket_no=entry.ticket_no, pages=version.pages))

        def failed(exc):
            self.panel.clear()
            self.panel.show_error(exc)

        run_job(self.tasks,
                lambda: archives.version_file(actor=actor, version_id=version.id),
                done, failed, owner=self)

    # -- the register as a PDF
    def register_pdf(self):
        year, actor = self.year.value(), self.actor
        target = _temp_pdf(f"register-{year}")
        self.panel.error.hide()

        def done(pages):
            self.panel.show_document(ShownDocument(
                "register", target, self.tr("Archive register %1 (归档文件目录)")
                .replace("%1", str(year)), year=year, pages=pages))

        def failed(exc):
            self.panel.clear()
            self.panel.show_error(exc)

        run_job(self.tasks, lambda: archives.write_register_pdf(
            actor=actor, year=year, target=target, export=False), done, failed,
            owner=self)

    def _current(self):  # for CaseRowsMixin
        return self.current_entry()
