"""The archive register page (issue 10) on both backends: the year's 归档文件目录
with the columns of DESIGN §8, the versions of an entry, Verify (current,
superseded, CHANGED, missing), Reprint of a stored version (printed through the
print code, logged, on the case's timeline), the register PDF, opening a case."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from archive_cases import closed_case, last_month_day, pdf_pages, pdf_text


@pytest.fixture
def register_cases(actors, frozen_clock, database, tmp_path, monkeypatch):
    """Two archived cases of last month's year, the first in two versions."""
    from hotline.services import archives

    monkeypatch.setattr(archives, "archive_directory", lambda: tmp_path / "archives")
    frozen_clock.at(last_month_day(5))
    sec = actors["secretary"]
    first = closed_case(actors, frozen_clock, subject="欠薪投诉<b>甲</b>")
    second = closed_case(actors, frozen_clock, subject="工伤咨询")
    archives.archive_case(actor=sec, call_id=first.id)
    archives.archive_case(actor=sec, call_id=second.id)
    archives.archive_case(actor=sec, call_id=first.id)
    return first, second


def _open(qtbot, open_window, actors):
    window = open_window(actors["secretary"])
    window.go("register")
    page = window.register
    page.year.setValue(last_month_day().year)
    page.load()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not window.tasks.busy,
                    timeout=15_000)
    return window, page


def _verify(qtbot, page):
    with qtbot.waitSignal(page.verified, timeout=15_000) as signal:
        page.verify_button.click()
    return signal.args[0]


def test_register_columns_versions_and_verify(qtbot, actors, register_cases,
                                              open_window):
    from hotline.services import archives

    first, second = register_cases
    window, page = _open(qtbot, open_window, actors)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    for word in ("序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注",
                 "保管期限", "归档人", "归档时间", "SHA-256"):
        assert any(word in h for h in headers), word
    cells = [page.model.data(page.model.index(0, c))
             for c in range(page.model.columnCount())]
    entry = archives.register(actor=actors["secretary"], year=last_month_day().year)[0]
    assert cells[:3] == ["1", entry.archive_no, first.ticket_no]
    assert cells[4] == "欠薪投诉<b>甲</b>"  # shown literally
    assert cells[8] == "共 2 版" and cells[12] == entry.sha256

    assert page.select_entry(first.ticket_no)
    assert [page.versions.data(page.versions.index(r, 0))
            for r in range(page.versions.rowCount())] == ["v2", "v1"]
    assert _verify(qtbot, page) == "current"
    assert "Current" in page.result.text()
    assert page.select_version(1)
    assert _verify(qtbot, page) == "superseded"
    assert "v2 is newer" in page.result.text()

    # someone edits the stored v1: Verify says CHANGED, Reprint refuses it
    stored = Path(entry.versions[0].path)
    data = stored.read_bytes()
    stored.write_bytes(data.replace(b"%%EOF", b"%%EOF\n% edited", 1))
    assert _verify(qtbot, page) == "changed"
    assert "CHANGED" in page.result.text() and str(stored) in page.result.text()
    assert page.versions.data(page.versions.index(1, 5)) == "CHANGED"
    page.reprint_button.click()
    qtbot.waitUntil(page.panel.error.isVisible, timeout=10_000)
    assert "CHANGED" in page.panel.error.text()
    assert page.panel.document is None
    stored.unlink()
    assert _verify(qtbot, page) == "missing"
    assert "Missing" in page.result.text()


def test_reprint_register_pdf_and_open_case(qtbot, actors, register_cases,
                                            open_window, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from hotline.models import CallEvent, PrintLog
    from hotline.ui import printing
    from hotline.ui.main_window import MainWindow

    first, second = register_cases
    out = tmp_path / "printed.pdf"

    def to_file(parent, printer, pages):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(printing, "ask_printer", to_file)
    opened = []
    monkeypatch.setattr(MainWindow, "open_case",
                        lambda self, call_id: opened.append(call_id))
    window, page = _open(qtbot, open_window, actors)
    assert page.select_entry(second.ticket_no)
    version = page.current_version()
    page.reprint_button.click()
    panel = page.panel
    qtbot.waitUntil(lambda: panel.document is not None
                    and panel.view.page_count > 0, timeout=15_000)
    assert panel.document.kind == "archival"
    assert hashlib.sha256(Path(panel.document.path).read_bytes()).hexdigest() == \
        version.sha256
    with qtbot.waitSignal(panel.printed, timeout=60_000):
        panel.print_button.click()
    assert pdf_pages(out) == version.pages
    log = PrintLog.select().order_by(PrintLog.id.desc()).first()
    assert (log.document, log.copy, log.destination, log.archive_version_id,
            log.call_id) == ("case_archive", "archival", "printer", version.id,
                             second.id)
    assert (CallEvent.select().where((CallEvent.call == second.id)
                                     & (CallEvent.kind == "printed")
                                     & (CallEvent.detail == "archival printer"))
            .count()) == 1
    # the print is in the register, beside the versions of the entry (after the
    # generation of the version, which wrote the file)
    prints = page.prints
    qtbot.waitUntil(lambda: prints.rowCount() == 2, timeout=10_000)
    assert prints.data(prints.index(1, 3)) == "File"
    assert prints.data(prints.index(0, 2)) == f"Archival copy v{version.version}"
    assert prints.data(prints.index(0, 3)) == "Printer"
    assert prints.data(prints.index(0, 1)) == actors["secretary"].display_name

    # the register PDF: previewed, its entries in it, printed and logged
    page.pdf_button.click()
    qtbot.waitUntil(lambda: panel.document is not None
                    and panel.document.kind == "register"
                    and panel.view.page_count > 0, timeout=20_000)
    text = re.sub(r"\s+", "", pdf_text(panel.document.path))
    assert "归档文件目录" in text
    assert first.ticket_no in text and second.ticket_no in text
    out.unlink()
    with qtbot.waitSignal(panel.printed, timeout=60_000):
        panel.print_button.click()
    assert pdf_pages(out) == panel.view.page_count
    log = PrintLog.select().order_by(PrintLog.id.desc()).first()
    assert (log.document, log.destination, log.detail) == (
        "archive_register", "printer", str(last_month_day().year))
    # generating it to look at it was not an export: one row, the print
    assert PrintLog.select().where(PrintLog.document == "archive_register").count() == 1

    # the case of an entry opens in the case window
    page.select_entry(first.ticket_no)
    page.open_button.click()
    assert opened == [first.id]
