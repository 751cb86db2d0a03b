"""The exports page (issue 10): a secretary exports the calls of a period as CSV
and XLSX through a background job; the file holds the period's calls, the
confidential case without its content, the result line counts both, and the
export is in the print log. A period that ends before it starts is refused."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from PySide6.QtCore import QDate

from hotline.models import PrintLog
from hotline.services import calls
from hotline.ui.exports_page import ExportsPage

T = dt.datetime
SECRET = "保密的诉求内容"


@pytest.fixture
def calls_of_march(actors, frozen_clock):
    duty = actors["duty_officer"]
    made = []
    for when, confidential in ((T(2026, 2, 28, 23, 0), False), (T(2026, 3, 1, 9, 0), False),
                               (T(2026, 3, 5, 9, 0), True), (T(2026, 3, 20, 9, 0), False),
                               (T(2026, 4, 1, 0, 0), False)):
        frozen_clock.at(when)
        made.append(calls.log_call(actor=duty, outcome="answered", phone="13800001111",
                                   caller_name="赵六", subject=SECRET if confidential
                                   else "咨询", solution="已答复",
                                   confidential=confidential).ticket_no)
    return made


def _export(qtbot, window, page, path, kind):
    page.date_from.setDate(QDate(2026, 3, 1))
    page.date_to.setDate(QDate(2026, 4, 1))
    page.format.setCurrentIndex(page.format.findData(kind))
    ExportsPage.ask_path = classmethod(lambda *a: str(path))
    with qtbot.waitSignal(page.exported, timeout=30_000) as done:
        page.export_button.click()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=30_000)
    return done.args[0]


def test_a_secretary_exports_a_period(qtbot, actors, calls_of_march, open_window,
                                      tmp_path, monkeypatch):
    from openpyxl import load_workbook

    monkeypatch.setattr(ExportsPage, "ask_path", ExportsPage.ask_path)  # restored after
    window = open_window(actors["secretary"])
    window.go("exports")
    page = window.exports
    out = tmp_path / "calls.csv"
    result = _export(qtbot, window, page, out, "csv")
    with open(out, encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["ticket_no"] for r in rows] == calls_of_march[1:4]
    assert SECRET not in out.read_text(encoding="utf-8-sig")
    assert (result.rows, result.redacted) == (3, 1)
    assert page.result.text().startswith("3 rows, 1 confidential rows masked")
    row = PrintLog.select().order_by(PrintLog.id.desc()).get()
    assert (row.document, row.masked, row.detail) == (
        "export", True, "20260301-20260401 csv 3 rows")

    book = tmp_path / "calls"  # the page adds the extension
    _export(qtbot, window, page, book, "xlsx")
    sheet = load_workbook(tmp_path / "calls.xlsx")["calls"]
    assert sheet.max_row == 4  # the header and three calls
    # both exports are listed on the page, newest first, from the print log
    history = page.history
    qtbot.waitUntil(lambda: history.rowCount() == 2, timeout=10_000)
    shown = [history.data(history.index(r, 2)) for r in range(2)]
    assert shown == ["Calls 20260301-20260401 xlsx 3 rows (masked)",
                     "Calls 20260301-20260401 csv 3 rows (masked)"]
    assert history.data(history.index(0, 1)) == actors["secretary"].display_name

    page.date_to.setDate(QDate(2026, 2, 1))  # before the start
    ExportsPage.ask_path = classmethod(lambda *a: str(tmp_path / "bad.csv"))
    page.format.setCurrentIndex(page.format.findData("csv"))
    page.export_button.click()
    qtbot.waitUntil(page.error.isVisible, timeout=30_000)
    assert not (tmp_path / "bad.csv").exists()
    assert page.export_button.isEnabled()
