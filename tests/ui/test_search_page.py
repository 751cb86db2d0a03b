"""The search page (F5): type terms, Enter, rows shown; More pages on; a row
opens the case window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


@pytest.fixture
def cases(actors):
    from hotline.services import calls

    duty = actors["duty_officer"]
    spec = actors["specialist"]
    base = dt.datetime.now() - dt.timedelta(days=3)
    made = {"wage": calls.log_call(
        actor=duty, outcome="transferred", phone="13800138000", caller_name="王五",
        subject="工地拖欠<b>工资</b>", assignee_id=spec.user_id, received_at=base)}
    made["anon"] = calls.log_call(actor=duty, outcome="answered", phone="13700137000",
                                  subject="咨询欠薪投诉", solution="已告知",
                                  anonymous=True, received_at=base)
    made["secret"] = calls.log_call(actor=actors["specialist2"], outcome="answered",
                                    subject="家暴求助 欠薪", solution="已转介",
                                    confidential=True, received_at=base)
    made["bulk"] = [calls.log_call(actor=duty, outcome="answered",
                                   subject=f"离婚财产分割 第{i}次", solution="已答复",
                                   received_at=base + dt.timedelta(minutes=i))
                    for i in range(55)]
    return made


def _cells(page, row):
    model = page.model
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def _search(qtbot, page, ime_type, text):
    page.terms.clear()
    ime_type(page.terms, text)
    QTest.keyClick(page.terms, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.summary.text() != "Searching…", timeout=10_000)


def test_type_enter_rows_double_click_opens(qtbot, actors, cases, open_window,
                                            ime_type, monkeypatch):
    from hotline.ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(MainWindow, "open_case",
                        lambda self, call_id: opened.append(call_id))
    window = open_window(actors["duty_officer"])
    # F5 opens the page (on the call form F5 stays its "hung up" quick outcome)
    window.go("shift")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.current_page_key() == "search"
    page = window.search
    assert page.terms.hasFocus()  # ready to type
    _search(qtbot, page, ime_type, "欠薪")
    # newest first; the confidential case of someone else is not listed
    assert page.model.rowCount() == 1
    anon = _cells(page, 0)
    assert anon[0] == cases["anon"].ticket_no
    assert anon[2] == "Anonymous 137****7000" and anon[3] == "咨询欠薪投诉"
    assert page.summary.text() == "1 cases found."
    _search(qtbot, page, ime_type, "拖欠 工资")  # several terms: all must occur
    assert [_cells(page, r)[0] for r in range(page.model.rowCount())] == \
        [cases["wage"].ticket_no]
    _search(qtbot, page, ime_type, "8000 拖欠")
    row = _cells(page, 0)
    assert row[0] == cases["wage"].ticket_no and row[2] == "王五 13800138000"
    assert row[3] == "工地拖欠<b>工资</b>"  # shown literally
    assert page.view.hasFocus()  # Enter searched and went to the first row
    rect = page.view.visualRect(page.model.index(0, 3))
    # a double-click as the mouse makes it: press, release, then the double click
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [cases["wage"].id]
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [cases["wage"].id] * 2


def test_more_pages_and_filters(qtbot, actors, cases, open_window, ime_type):
    window = open_window(actors["supervisor"])
    window.go("search")
    page = window.search
    qtbot.waitUntil(lambda: page._categories_loaded, timeout=10_000)
    _search(qtbot, page, ime_type, "离婚")
    assert page.model.rowCount() == 50 and page.more_button.isEnabled()
    assert page.summary.text() == "50 cases shown; there are more."
    first = _cells(page, 0)[0]
    assert first == cases["bulk"][-1].ticket_no
    page.more_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 55, timeout=10_000)
    assert not page.more_button.isEnabled()
    assert [_cells(page, r)[0] for r in range(55)] == \
        [c.ticket_no for c in reversed(cases["bulk"])]
    # the supervisor sees the confidential case; a status filter narrows
    _search(qtbot, page, ime_type, "欠薪")
    assert {_cells(page, r)[0] for r in range(page.model.rowCount())} == \
        {cases["anon"].ticket_no, cases["secret"].ticket_no}
    page.confidential.setCurrentIndex(page.confidential.findData(True))
    _search(qtbot, page, ime_type, "欠薪")
    assert [_cells(page, r)[0] for r in range(page.model.rowCount())] == \
        [cases["secret"].ticket_no]
    page.confidential.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("assigned"))
    _search(qtbot, page, ime_type, "")
    assert [_cells(page, r)[0] for r in range(page.model.rowCount())] == \
        [cases["wage"].ticket_no]


def test_a_newer_search_wins(qtbot, actors, cases, open_window, ime_type):
    window = open_window(actors["supervisor"])
    window.go("search")
    page = window.search
    page.terms.setText("离婚")
    page.run_search()
    page.terms.setText("欠薪")
    page.run_search()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    assert page.model.rowCount() == 2
    assert page.summary.text() == "2 cases found."


def test_error_names_the_field(qtbot, actors, cases, open_window, ime_type):
    window = open_window(actors["duty_officer"])
    window.go("search")
    page = window.search
    _search(qtbot, page, ime_type, " ".join(str(i) for i in range(11)))
    qtbot.waitUntil(page.error.isVisible, timeout=10_000)
    assert "10" in page.error.text() and "Search" in page.error.text()


def test_handled_by_and_logged_by_filters(qtbot, actors, cases, open_window, ime_type):
    """A supervisor narrows a search to one specialist's cases, then to his own."""
    window = open_window(actors["supervisor"])
    window.go("search")
    page = window.search
    spec = actors["specialist"]
    qtbot.waitUntil(lambda: page.assignee.findData(spec.user_id) > 0, timeout=10_000)
    assert page.assignee.itemText(page.assignee.findData(spec.user_id)).endswith(
        "· Specialist")
    _search(qtbot, page, ime_type, "欠薪")
    assert page.model.rowCount() == 2  # a supervisor sees the confidential one too
    page.assignee.setCurrentIndex(page.assignee.findData(spec.user_id))
    _search(qtbot, page, ime_type, "欠薪")
    assert page.model.rowCount() == 0  # neither is in his hands
    _search(qtbot, page, ime_type, "工资")
    assert [_cells(page, r)[0] for r in range(page.model.rowCount())] == \
        [cases["wage"].ticket_no]
    page.assignee.setCurrentIndex(0)  # any
    page.creator.setCurrentIndex(page.creator.findData(actors["supervisor"].user_id))
    _search(qtbot, page, ime_type, "欠薪")
    assert page.model.rowCount() == 0 and page.summary.text() == "No case found."
