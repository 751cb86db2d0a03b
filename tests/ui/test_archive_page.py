"""The secretary's archive page (issue 10) on both backends: last month's closed
cases found, archived as a background job with progress (and a cancel that leaves
every case whole), the versions shown, the archival copy previewed (the registered
bytes, pages shown), a confidential case offered a masked working copy only,
printing through the print code and the print log / timeline, and no widget that
edits a case."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox,
                               QLineEdit, QPlainTextEdit, QTextEdit)

from archive_cases import closed_case, last_month_day, pdf_pages, pdf_text


@pytest.fixture
def month_cases(actors, frozen_clock, database, tmp_path, monkeypatch):
    """Three cases closed last month (one confidential), one closed this month,
    one still open; archival copies go to tmp_path/archives."""
    from hotline.services import archives

    monkeypatch.setattr(archives, "archive_directory", lambda: tmp_path / "archives")
    frozen_clock.at(last_month_day(5))
    made = [closed_case(actors, frozen_clock, subject=f"欠薪投诉 第{i}件",
                        phone=f"1381234000{i}") for i in range(2)]
    made.append(closed_case(actors, frozen_clock, subject="家暴求助",
                            confidential=True, phone="13912345678",
                            caller_name="李秘密"))
    frozen_clock.at(dt.datetime.now().replace(day=1, hour=8) + dt.timedelta(days=1))
    this_month = closed_case(actors, frozen_clock, subject="本月结案")
    return made, this_month


def _page(qtbot, window):
    window.go("archive")
    page = window.archive
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not window.tasks.busy,
                    timeout=15_000)
    return page


def _column(page, name):
    c = page.model.COLUMNS.index(name)
    return [page.model.data(page.model.index(r, c)) for r in range(page.model.rowCount())]


def _select(qtbot, page, tickets):
    ids = [r.call_id for r in page.model.rows() if r.ticket_no in tickets]
    page.select_rows(ids)
    assert sorted(r.ticket_no for r in page.selected_rows()) == sorted(tickets)


def test_secretary_archives_last_month_with_progress_and_previews(
        qtbot, actors, month_cases, open_window, monkeypatch, tmp_path):
    from hotline.models import ArchiveVersion
    from hotline.services import archives
    from hotline.ui import tasks as tasks_module

    made, this_month = month_cases
    window = open_window(actors["secretary"])
    assert window.current_page_key() == "archive"  # her start page
    page = _page(qtbot, window)
    # last month by default: its three closed cases, none archived yet
    assert page.month_text() == f"{last_month_day():%Y-%m}"
    assert _column(page, "ticket_no") == [c.ticket_no for c in made]
    assert this_month.ticket_no not in _column(page, "ticket_no")
    assert _column(page, "versions") == ["Not archived"] * 3
    assert _column(page, "confidential") == ["", "", "Confidential"]
    subjects = _column(page, "subject")
    assert subjects[0].startswith("欠薪投诉 第0件")
    assert subjects[2].startswith("(confidential)") and "家暴" not in subjects[2]

    # archive the month: a progress dialog at once; Cancel after the first case
    monkeypatch.setattr(tasks_module, "PROGRESS_DELAY_MS", 0)
    gate = threading.Event()
    reported = []
    real_progress = tasks_module.Job.on_progress

    def recording(self, done, total):  # on the worker: held after the first case
        reported.append((done, total))
        real_progress(self, done, total)
        if not gate.is_set():
            gate.wait(10)

    monkeypatch.setattr(tasks_module.Job, "on_progress", recording)
    page.archive_month_button.click()
    dialog = []
    qtbot.waitUntil(lambda: bool(dialog.extend(
        w for w in window.findChildren(tasks_module.QProgressDialog, "taskProgress")
        if w.isVisible()) or dialog), timeout=10_000)
    qtbot.waitUntil(lambda: reported == [(1, 3)], timeout=10_000)
    qtbot.waitUntil(lambda: dialog[0].value() == 1 and dialog[0].maximum() == 3,
                    timeout=10_000)
    from PySide6.QtWidgets import QPushButton
    cancel, = dialog[0].findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    gate.set()
    # (tasks.busy stays true after a cancel: the cancelled job's relay is kept)
    qtbot.waitUntil(lambda: window.tasks.active_threads() == 0 and page._job is None,
                    timeout=15_000)
    qtbot.waitUntil(lambda: "Stopped" in page.summary.text(), timeout=10_000)
    # the stop came between cases: one case archived whole, the others untouched
    assert ArchiveVersion.select().count() == 1
    versions = _column(page, "versions")
    assert versions[0].startswith("v1 · ") and versions[1:] == ["Not archived"] * 2

    # again, to the end (regenerate off: the archived case is skipped)
    page.archive_month_button.click()
    qtbot.waitUntil(lambda: "2 archived, 1 skipped" in page.summary.text(),
                    timeout=20_000)
    assert (3, 3) in reported
    numbers = _column(page, "archive_no")
    assert all(re.fullmatch(r"X001-WS·\d{4}-D30-RX-\d{4}", n) for n in numbers)
    assert len(set(numbers)) == 3
    assert all(v.startswith("v1 · ") for v in _column(page, "versions"))

    # regenerate the first two: a second version each, the old hash kept
    page.regenerate.setChecked(True)
    _select(qtbot, page, [made[0].ticket_no, made[1].ticket_no])
    page.archive_selected_button.click()
    qtbot.waitUntil(lambda: "2 archived, 0 skipped" in page.summary.text(),
                    timeout=20_000)
    assert [v[:2] for v in _column(page, "versions")] == ["v2", "v2", "v1"]
    assert ArchiveVersion.select().count() == 5

    # preview: the newest archival version, the very bytes registered
    _select(qtbot, page, [made[0].ticket_no])
    assert page.copy_choice.currentData() == "archival"
    panel = page.panel
    qtbot.waitUntil(lambda: panel.document is not None
                    and panel.view.page_count > 0, timeout=15_000)
    row = page.current_row()
    newest = row.versions[-1]
    assert panel.document.kind == "archival" and panel.document.version_id == newest.id
    shown = Path(panel.document.path)
    assert hashlib.sha256(shown.read_bytes()).hexdigest() == newest.sha256
    assert panel.view.page_count == pdf_pages(shown) == newest.pages
    qtbot.waitUntil(lambda: 1 in panel.view.rendered_pages(), timeout=15_000)
    assert "v2" in panel.title.text()

    # a changed file is refused, naming it
    data = shown.read_bytes()
    shown.write_bytes(data + b"\n% changed\n")
    page.preview()
    qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=10_000)
    assert "CHANGED" in panel.error.text() and str(shown) in panel.error.text()
    assert panel.document is None
    shown.write_bytes(data)

    # the confidential case: no archival copy for her, a masked working copy
    _select(qtbot, page, [made[2].ticket_no])
    choices = [page.copy_choice.itemData(i) for i in range(page.copy_choice.count())]
    assert choices == ["working"]
    assert panel.document is None
    page.preview_button.click()
    qtbot.waitUntil(lambda: panel.document is not None
                    and panel.view.page_count > 0, timeout=15_000)
    assert panel.document.kind == "working"
    text = re.sub(r"\s+", "", pdf_text(panel.document.path))
    assert "139****5678" in text and "13912345678" not in text and "李秘密" not in text
    # and the service refuses the archival copy even if asked directly
    from hotline.services.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        archives.version_file(actor=actors["secretary"],
                              version_id=page.current_row().versions[-1].id)


def test_print_and_save_are_logged_and_on_the_timeline(
        qtbot, actors, month_cases, open_window, monkeypatch, tmp_path):
    """Print… goes through printing.choose_and_print and print_pdf (the printer
    set to write a PDF file, or the CUPS "PDF" queue where there is one); the
    print is a PrintLog row and a `printed` event; Save as… is a logged export."""
    from PySide6.QtPrintSupport import QPrinter

    from hotline.models import CallEvent, PrintLog
    from hotline.services import archives
    from hotline.ui import printing
    from hotline.ui.archive_page import DocumentPanel

    made, _ = month_cases
    for case in made:
        archives.archive_case(actor=actors["secretary"], call_id=case.id)
    out = tmp_path / "printed.pdf"

    def to_file(parent, printer, pages):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(printing, "ask_printer", to_file)
    window = open_window(actors["secretary"])
    page = _page(qtbot, window)
    _select(qtbot, page, [made[0].ticket_no])
    panel = page.panel
    qtbot.waitUntil(lambda: panel.document is not None
                    and panel.view.page_count > 0, timeout=15_000)
    version = page.current_row().versions[-1]
    before = PrintLog.select().count()
    with qtbot.waitSignal(panel.printed, timeout=60_000):
        panel.print_button.click()
    # the printed job has the document's pages
    assert pdf_pages(out) == version.pages
    log = PrintLog.select().order_by(PrintLog.id.desc()).first()
    assert PrintLog.select().count() == before + 1
    assert (log.document, log.copy, log.destination, log.archive_version_id,
            log.pages) == ("case_archive", "archival", "printer", version.id,
                           version.pages)
    event = (CallEvent.select().where((CallEvent.call == made[0].id)
                                      & (CallEvent.kind == "printed"))
             .order_by(CallEvent.id.desc()).first())
    assert event.detail == "archival printer"
    assert "Printed %d pages" % version.pages in panel.status.text()

    # a working copy of the confidential case is made for the printer, masked;
    # looking at it on the screen is not a print, printing it is (once)
    _select(qtbot, page, [made[2].ticket_no])
    before = PrintLog.select().count()
    page.preview_button.click()
    qtbot.waitUntil(lambda: panel.document is not None
                    and panel.document.kind == "working", timeout=15_000)
    assert PrintLog.select().count() == before
    out.unlink()
    with qtbot.waitSignal(panel.printed, timeout=60_000):
        panel.print_button.click()
    qtbot.waitUntil(lambda: PrintLog.select().count() == before + 1, timeout=10_000)
    log = PrintLog.select().order_by(PrintLog.id.desc()).first()
    assert (log.document, log.copy, log.masked, log.destination) == (
        "case_working", "working", True, "printer")
    assert pdf_pages(out) == log.pages

    # Save as…: the archival copy, byte for byte, logged as an export to a file
    _select(qtbot, page, [made[1].ticket_no])
    qtbot.waitUntil(lambda: panel.document is not None
                    and panel.document.kind == "archival", timeout=15_000)
    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(DocumentPanel, "ask_save_path",
                        staticmethod(lambda parent, suggested: str(copy)))
    with qtbot.waitSignal(panel.saved, timeout=15_000):
        panel.save_button.click()
    assert copy.read_bytes() == Path(panel.document.path).read_bytes()
    log = PrintLog.select().order_by(PrintLog.id.desc()).first()
    assert (log.document, log.copy, log.destination, log.call_id) == (
        "case_archive", "archival", "file", made[1].id)


def test_print_to_the_cups_pdf_queue(qtbot, actors, month_cases, open_window,
                                     monkeypatch):
    """The same print through the CUPS queue named PDF (cups-pdf), when the
    machine has one."""
    import shutil
    import subprocess

    if shutil.which("lpstat") is None:
        pytest.skip("CUPS is not installed here (no lpstat): the print to the PDF "
                    "queue is not tested on this machine")
    queues = subprocess.run(["lpstat", "-p"], capture_output=True, text=True).stdout
    if not re.search(r"^printer PDF\b", queues, re.M):
        pytest.skip("CUPS has no queue named PDF here: the print to it is not tested")
    from hotline.models import PrintLog
    from hotline.services import archives
    from hotline.ui import printing

    made, _ = month_cases
    archives.archive_case(actor=actors["secretary"], call_id=made[0].id)
    token = f"hotline-archive-test-{os.getpid()}-{time.time_ns()}"

    def to_queue(parent, printer, pages):
        printer.setPrinterName("PDF")
        printer.setDocName(token)
        return True

    monkeypatch.setattr(printing, "ask_printer", to_queue)
    window = open_window(actors["secretary"])
    page = _page(qtbot, window)
    _select(qtbot, page, [made[0].ticket_no])
    qtbot.waitUntil(lambda: page.panel.view.page_count > 0, timeout=15_000)
    with qtbot.waitSignal(page.panel.printed, timeout=120_000) as signal:
        page.panel.print_button.click()
    printer, pages = signal.args
    assert printer == "PDF" and pages == page.current_row().versions[-1].pages
    log = PrintLog.select().order_by(PrintLog.id.desc()).first()
    assert (log.destination, log.pages) == ("printer", pages)
    # cups-pdf writes the job to ~/PDF: read it back, page for page
    out = Path.home() / "PDF"
    jobs = []
    qtbot.waitUntil(lambda: bool(jobs.extend(out.glob(f"{token}*.pdf")) or jobs),
                    timeout=60_000)
    qtbot.waitUntil(lambda: _complete(jobs[0]), timeout=30_000)
    assert pdf_pages(jobs[0]) == pages
    jobs[0].unlink()


def _complete(path) -> bool:
    try:
        pdf_pages(path)
        return True
    except Exception:  # noqa: BLE001 - still being written
        return False


# widgets that choose what is shown (find, filter, preview), never case content
_VIEW_CONTROLS = {
    "searchTerms", "searchStatus", "searchCategory", "searchPriority", "searchOutcome",
    "searchConfidential", "searchOverdue", "searchAssignee", "searchCreator",
    "searchDates", "archiveMonth", "archiveCopyChoice", "pdfPageBox", "registerYear",
}
_CASE_WORDS = re.compile(
    r"resolve|close case|reopen|assign|note|callback|call back|survey|rating|"
    r"supervis|escalat|transfer|save case|edit|delete|sign for|start work",
    re.I)


def _editors(page):
    found = []
    for w in page.findChildren(QLineEdit) + page.findChildren(QTextEdit) + \
            page.findChildren(QPlainTextEdit) + page.findChildren(QComboBox) + \
            page.findChildren(QAbstractSpinBox):
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox,
                                                                QAbstractSpinBox)):
            continue  # the line edit inside a combo box or spin box
        if isinstance(w, (QTextEdit, QPlainTextEdit)) and w.isReadOnly():
            continue
        search = getattr(page, "search", None)  # the search page's date filters
        if search is not None and w in (search.date_from, search.date_to):
            found.append("searchDates")
            continue
        found.append(w.objectName() or type(w).__name__)
    return found


@pytest.mark.parametrize("key", ["archive", "register"])
def test_no_widget_edits_a_case_and_the_services_refuse(qtbot, actors, month_cases,
                                                        open_window, key):
    from hotline.services import calls
    from hotline.services.errors import PermissionDenied

    made, _ = month_cases
    window = open_window(actors["secretary"])
    window.go(key)
    page = window.page_widgets[key]
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=15_000)
    editors = _editors(page)
    assert editors, "the walk found no input widget at all"
    assert set(editors) <= _VIEW_CONTROLS, set(editors) - _VIEW_CONTROLS
    buttons = [b.text() for b in page.findChildren(QAbstractButton)]
    assert not [t for t in buttons if _CASE_WORDS.search(t)], buttons
    # no case window or dialog editor is part of the page either
    from hotline.ui.case_window import CaseWindow
    assert not page.findChildren(CaseWindow)
    # the services refuse her writes whatever a widget might call
    sec = actors["secretary"]
    for attempt in (lambda: calls.add_note(actor=sec, call_id=made[0].id, text="x"),
                    lambda: calls.reopen(actor=sec, call_id=made[0].id, reason="x"),
                    lambda: calls.record_survey(actor=sec, call_id=made[0].id,
                                                rating=1)):
        with pytest.raises(PermissionDenied):
            attempt()
