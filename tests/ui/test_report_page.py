"""The monthly report page (issue 10): a secretary generates March's report (a
background job), sees it in the preview page for page, saves it as a file,
exports the indicators as a workbook and prints it to the CUPS PDF queue through
the print dialog's code; each print and export is in the print log."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import QDate

import printer_jobs as jobs
from hotline.models import AuditLog, PrintLog
from hotline.services import calls
from hotline.ui import printing
from hotline.ui.report_page import ReportPage

T = dt.datetime


@pytest.fixture
def march(actors, frozen_clock):
    duty = actors["duty_officer"]
    for day in range(2, 9):
        frozen_clock.at(T(2026, 3, day, 9, 0))
        calls.log_call(actor=duty, outcome="answered", phone=f"1380000{day:04d}",
                       caller_name="王五", subject=f"咨询{day}", solution="已答复")
    frozen_clock.at(T(2026, 4, 2, 9, 0))


def _idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=60_000)


def _pages(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines()
                    if line.startswith("Pages:")))


def _generate(qtbot, window, page):
    page.month.setDate(QDate(2026, 3, 1))
    with qtbot.waitSignal(page.generated, timeout=60_000) as made, \
            qtbot.waitSignal(page.preview.loaded, timeout=60_000) as shown:
        page.generate_button.click()
    _idle(qtbot, window)
    return made.args[0], made.args[1], shown.args[0]


def test_generate_preview_save_and_export(qtbot, actors, march, open_window, tmp_path,
                                          monkeypatch):
    from openpyxl import load_workbook

    window = open_window(actors["secretary"])
    window.go("report")
    page = window.report
    assert window.current_page_key() == "report"
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()

    path, pages, shown = _generate(qtbot, window, page)
    assert pages == shown == page.preview.page_count == _pages(path)
    assert page.preview.page_box_text() == f"1 / {pages}"
    assert PrintLog.select().count() == 0  # made to be looked at: not an export
    assert f"{pages} pages" in page.info.text()
    assert page.print_button.isEnabled() and page.save_button.isEnabled()

    target = tmp_path / "saved" / "月报.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(ReportPage, "ask_path", classmethod(lambda *a: str(target)))
    with qtbot.waitSignal(page.saved, timeout=30_000):
        page.save_button.click()
    assert target.read_bytes() == open(path, "rb").read()
    row = PrintLog.select().order_by(PrintLog.id.desc()).get()
    assert (row.document, row.destination, row.detail) == ("monthly_report", "file",
                                                           "2026-03 zh")

    book = tmp_path / "指标.xlsx"
    monkeypatch.setattr(ReportPage, "ask_path", classmethod(lambda *a: str(book)))
    with qtbot.waitSignal(page.saved, timeout=30_000):
        page.export_button.click()
    sheet = load_workbook(book)["指标"]
    values = {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert values["calls_total"] == 7
    assert PrintLog.select().order_by(PrintLog.id.desc()).get().document == "indicators"
    assert not page.error.isVisible()


def test_a_failed_generation_says_why(qtbot, actors, march, open_window, monkeypatch):
    from hotline.services import monthly_report
    from hotline.services.errors import ValidationError

    def broken(**kwargs):
        raise ValidationError("month", "must be YYYY-MM")

    monkeypatch.setattr(monthly_report, "write_monthly_pdf", broken)
    window = open_window(actors["director"])
    window.go("report")
    page = window.report
    page.generate_button.click()
    _idle(qtbot, window)
    qtbot.waitUntil(page.error.isVisible)
    assert page.preview.page_count == 0 and not page.print_button.isEnabled()


def test_print_the_report_to_the_pdf_queue(qtbot, actors, march, open_window,
                                           monkeypatch):
    jobs.require_queue()
    window = open_window(actors["supervisor"])
    window.go("report")
    page = window.report
    path, pages, _ = _generate(qtbot, window, page)
    name = jobs.job_name("hotline-report-page")

    def ask(parent, printer, count):  # the user picks the PDF queue and prints
        assert count == pages
        printer.setPrinterName(jobs.QUEUE)
        printer.setDocName(name)
        return True

    monkeypatch.setattr(printing, "ask_printer", ask)
    with qtbot.waitSignal(page.printed, timeout=120_000) as printed:
        page.print_button.click()
    _idle(qtbot, window)
    assert printed.args == [jobs.QUEUE, pages]
    row = PrintLog.select().order_by(PrintLog.id.desc()).get()
    assert (row.document, row.destination, row.pages, row.actor_id) == (
        "monthly_report", "printer", pages, actors["supervisor"].id)
    assert AuditLog.select().where((AuditLog.entity == "report")
                                   & (AuditLog.action == "print")).count() == 1
    job = jobs.page_images(jobs.wait_for_job(name))
    doc = jobs.page_images(path)
    assert len(job) == pages
    assert all(jobs.same_page(a, b) for a, b in zip(job, doc))


def test_who_sees_the_page(actors, open_window):
    window = open_window(actors["duty_officer"])
    assert "report" not in window.page_keys and "exports" not in window.page_keys
