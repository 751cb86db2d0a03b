"""The KPI page (issue 11 item 4) on both backends, as a supervisor uses it: the
month's table, sorted on a column as numbers (not as text), a figure opening the
cases behind it and a case opening from there, the export; and who sees it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kpi_scenario import build_may

from hotline.models import PrintLog


@pytest.fixture
def may(database, actors, frozen_clock):
    return build_may(actors, frozen_clock)


def _kpi_page(qtbot, open_window, actor, period="2026-05"):
    window = open_window(actor)
    window.go("kpi")
    page = window.kpi
    assert page is not None and window.current_page_key() == "kpi"
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=15_000)
    page.period.set_period(period)
    assert page.period.period() == period
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.load_button.click()
    return window, page


def _column(page, name):
    return page.model.COLUMNS.index(name)


def _usernames(page):
    return [page.row_at(r).username for r in range(page.proxy.rowCount())]


def _text(page, row, name):
    return page.proxy.index(row, _column(page, name)).data()


def test_table_sorts_numbers_as_numbers_and_drills_to_cases(qtbot, actors, may,
                                                              open_window):
    window, page = _kpi_page(qtbot, open_window, actors["supervisor"])
    assert page.proxy.rowCount() == 3
    # mean handle time: 60 s (specialist) < 162.9 s (duty officer); as text
    # "162.9" would come first. A missing figure sorts below every number.
    page.view.sortByColumn(_column(page, "mean_handle_seconds"),
                           Qt.SortOrder.AscendingOrder)
    assert _usernames(page) == ["specialist2", "specialist1", "duty_officer1"]
    assert [_text(page, r, "mean_handle_seconds") for r in range(3)] == \
        ["—", "60.0", "162.9"]
    page.view.sortByColumn(_column(page, "handled"), Qt.SortOrder.DescendingOrder)
    assert _usernames(page) == ["duty_officer1", "specialist1", "specialist2"]
    assert _text(page, 0, "handled") == "7" and _text(page, 0, "qa_mean") == "50.0"
    assert _text(page, 0, "vetoes") == "1" and _text(page, 1, "on_time_rate") == "50.0%"

    # the duty officer's "handled" opens their 7 calls
    with qtbot.waitSignal(page.cases_shown, timeout=15_000) as shown:
        page.view.doubleClicked.emit(page.proxy.index(0, _column(page, "handled")))
    assert shown.args == [7]
    dialog = page.cases_dialog
    assert dialog.isVisible() and dialog.model.rowCount() == 7
    assert sorted(r.call_id for r in dialog.model.rows()) == sorted(
        may["answered"] + [may["hang_up"]] + may["tickets"])
    # the specialist's on-time rate opens the one late ticket
    with qtbot.waitSignal(page.cases_shown, timeout=15_000) as shown:
        page.view.doubleClicked.emit(page.proxy.index(1, _column(page,
                                                                   "on_time_rate")))
    assert shown.args == [1]
    dialog = page.cases_dialog
    assert [r.call_id for r in dialog.model.rows()] == [may["tickets"][1]]
    # double-clicking the case opens it
    with qtbot.waitSignal(page.open_case, timeout=5_000) as opened:
        dialog.view.doubleClicked.emit(dialog.model.index(0, 0))
    assert opened.args == [may["tickets"][1]]
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=15_000)
    dialog.close()


def test_export_from_the_page(qtbot, actors, may, open_window, tmp_path, monkeypatch):
    from hotline.ui.kpi_page import KpiPage

    window, page = _kpi_page(qtbot, open_window, actors["director"], "2026-Q2")
    target = tmp_path / "kpi.csv"
    monkeypatch.setattr(KpiPage, "ask_path", classmethod(lambda *a: str(target)))
    with qtbot.waitSignal(page.exported, timeout=15_000):
        page.export_button.click()
    text = target.read_text(encoding="utf-8-sig")
    assert "duty_officer1" in text and "specialist2" in text
    assert str(target) in page.info.text()
    assert PrintLog.select().where(PrintLog.document == "kpi_table").count() == 1
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=15_000)


def test_who_sees_the_page(actors, open_window):
    for role, sees in (("supervisor", True), ("director", True),
                       ("duty_officer", False), ("specialist", False),
                       ("secretary", False), ("admin", False)):
        window = open_window(actors[role])
        assert ("kpi" in window.page_keys) is sees, role
        window.close()
