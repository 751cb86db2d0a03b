"""The call form as a duty officer uses it: keyboard only, one-key outcomes,
caller history, knowledge suggestions, database errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from hotline.models import Call, KnowledgeArticle
from hotline.services import calls


def _wait_saved(qtbot, form, press):
    with qtbot.waitSignal(form.saved, timeout=10_000) as blocker:
        press()
    return blocker.args[0]


def test_f2_to_saved_with_the_keyboard_only(qtbot, actors, open_window, ime_type):
    from hotline.services import config

    director = actors["director"]
    labour = config.save_category(actor=director, code="LAB", name="劳动争议")
    arrears = config.save_category(actor=director, code="LAB.WAGE", name="欠薪",
                                   parent_id=labour.id)
    config.save_category(actor=director, code="FAM", name="婚姻家庭")
    window = open_window(actors["duty_officer"])
    form = window.call_form
    window.go("duty")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.current_page_key() == "call"
    assert form.phone.hasFocus()  # ready to type at once
    qtbot.keyClicks(form.phone, "138-0013 8000")
    assert form.phone.text() == "13800138000"  # normalized as typed
    qtbot.keyClick(form.phone, Qt.Key.Key_Tab)
    assert form.caller_name.hasFocus()
    qtbot.keyClicks(form.caller_name, "Wang")
    for _ in range(3):  # channel, priority, category
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert form.category.lineEdit().hasFocus()
    ime_type(form.category.lineEdit(), "欠薪")  # type to filter
    qtbot.keyClick(form.category.lineEdit(), Qt.Key.Key_Tab)
    assert form.category.currentText() == "劳动争议/欠薪"
    assert form.subject.hasFocus()
    ime_type(form.subject, "公司拖欠工资三个月")
    qtbot.keyClick(form.subject, Qt.Key.Key_Tab)
    assert form.description.hasFocus()
    ime_type(form.description, "来电人在建筑工地务工，老板拒绝支付工资。")
    summary = _wait_saved(qtbot, form, lambda: qtbot.keyClick(
        form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier))
    row = Call.get(Call.ticket_no == summary.ticket_no)
    assert (row.phone, row.subject, row.outcome, row.status) == (
        "13800138000", "公司拖欠工资三个月", "answered", "closed")
    assert row.description == "来电人在建筑工地务工，老板拒绝支付工资。"
    assert row.creator_id == actors["duty_officer"].id
    assert row.caller.name == "Wang"
    assert row.category_id == arrears.id
    assert row.duration_seconds is not None and row.duration_seconds >= 0
    assert summary.ticket_no in form.banner.text()
    assert form.is_empty() and form.phone.hasFocus()  # ready for the next call


def test_subject_is_required_and_the_form_is_kept(qtbot, actors, open_window):
    window = open_window(actors["duty_officer"])
    form = window.call_form
    qtbot.keyClicks(form.phone, "13900139000")
    qtbot.keyClick(form.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Subject" in form.banner.text()
    assert form.subject.hasFocus() and form.phone.text() == "13900139000"
    assert Call.select().count() == 0


def test_quick_outcome_in_one_keystroke(qtbot, actors, open_window):
    window = open_window(actors["duty_officer"])
    form = window.call_form
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClicks(form.phone, "13700137000")
    summary = _wait_saved(qtbot, form, lambda: qtbot.keyClick(form.phone, Qt.Key.Key_F5))
    row = Call.get(Call.ticket_no == summary.ticket_no)
    assert (row.outcome, row.status, row.phone) == ("hang_up", "closed", "13700137000")
    assert form.is_empty()
    # an empty form: the very first key after F2 logs a silent call
    qtbot.keyClick(window, Qt.Key.Key_F2)
    summary = _wait_saved(qtbot, form, lambda: qtbot.keyClick(form.phone, Qt.Key.Key_F6))
    row = Call.get(Call.ticket_no == summary.ticket_no)
    assert (row.outcome, row.phone, row.subject) == ("silent", "", "")
    assert Call.select().count() == 2


def test_transfer_asks_for_the_specialist(qtbot, actors, open_window, monkeypatch):
    from hotline.ui.assignee_dialog import AssigneeDialog

    spec = actors["specialist2"]
    offered = []

    def choose(parent, people, title):
        offered.extend(p.display_name for p in people)
        return spec.id

    monkeypatch.setattr(AssigneeDialog, "ask", classmethod(
        lambda cls, parent, people, title: choose(parent, people, title)))
    window = open_window(actors["duty_officer"])
    form = window.call_form
    qtbot.keyClicks(form.subject, "Contract dispute")
    summary = _wait_saved(qtbot, form, lambda: qtbot.keyClick(
        form.subject, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier))
    assert "specialist two" in offered and "duty_officer one" not in offered
    row = Call.get(Call.ticket_no == summary.ticket_no)
    assert (row.outcome, row.status, row.assignee_id) == ("transferred", "assigned",
                                                          spec.id)


def test_caller_history_shows_earlier_calls(qtbot, actors, open_window):
    duty = actors["duty_officer"]
    earlier = calls.log_call(actor=duty, outcome="answered", phone="13600136000",
                             caller_name="赵六", subject="咨询工伤认定",
                             received_at=dt.datetime.now() - dt.timedelta(days=40))
    open_ticket = calls.log_call(actor=duty, outcome="transferred",
                                 assignee_id=actors["specialist"].id,
                                 phone="13600136000", subject="欠薪投诉")
    calls.log_call(actor=duty, outcome="answered", phone="13900000000",
                   subject="其他人的来电")
    window = open_window(duty)
    form = window.call_form
    qtbot.keyClicks(form.phone, "+86 136 0013 6000")
    qtbot.waitUntil(lambda: form.history.topLevelItemCount() == 2, timeout=10_000)
    subjects = [form.history.topLevelItem(i).text(3) for i in range(2)]
    assert subjects == ["欠薪投诉", "咨询工伤认定"]
    assert form.history.topLevelItem(1).text(0) == f"{earlier.received_at:%Y-%m-%d %H:%M}"
    assert "2 calls in total" in form.history_header.text()
    assert "赵六" in form.history_header.text()
    assert open_ticket.ticket_no in form.history_warning.text()
    assert form.caller_name.text() == "赵六"  # known caller filled in


def test_frequent_and_flagged_caller_warning(qtbot, actors, open_window):
    from hotline.services import callers

    duty = actors["duty_officer"]
    for i in range(5):
        calls.log_call(actor=duty, outcome="hang_up", phone="13500135000")
    callers.update_caller(actor=duty, phone="13500135000", flagged=True,
                          flag_reason="abusive language")
    window = open_window(duty)
    form = window.call_form
    qtbot.keyClicks(form.phone, "13500135000")
    qtbot.waitUntil(lambda: form.history_warning.isVisible(), timeout=10_000)
    text = form.history_warning.text()
    assert "abusive language" in text and "Frequent caller: 5 calls" in text


def test_knowledge_articles_suggested_while_typing(qtbot, actors, open_window, ime_type):
    KnowledgeArticle.create(title="拖欠工资怎么办", tags="欠薪",
                            body="可以向劳动保障监察机构投诉，或申请劳动仲裁。")
    KnowledgeArticle.create(title="离婚财产分割", body="夫妻共同财产一般平均分割。")
    window = open_window(actors["duty_officer"])
    form = window.call_form
    ime_type(form.subject, "老板拖欠工资")
    qtbot.waitUntil(lambda: form.kb_list.count() > 0 and
                    form.kb_list.item(0).data(Qt.ItemDataRole.UserRole), timeout=10_000)
    assert form.kb_list.item(0).text().startswith("拖欠工资怎么办")
    form.kb_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: "劳动仲裁" in form.kb_view.toPlainText(), timeout=10_000)
    qtbot.keyClick(form.subject, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert form.kb_search.hasFocus()
    ime_type(form.kb_search, "婚")
    qtbot.waitUntil(lambda: form.kb_list.count() == 1 and
                    form.kb_list.item(0).text().startswith("离婚财产分割"), timeout=10_000)


def test_database_error_keeps_the_form(qtbot, actors, open_window, monkeypatch):
    import sqlite3

    from hotline.services.base import unavailable

    window = open_window(actors["duty_officer"])
    form = window.call_form
    qtbot.keyClicks(form.phone, "13800000001")
    qtbot.keyClicks(form.subject, "Lost passport")

    def broken(**kwargs):  # what the services raise when the disk is full
        raise unavailable(sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(calls, "log_call", broken)
    qtbot.keyClick(form.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.banner.property("error") is True, timeout=10_000)
    assert "disk holding the database is full" in form.banner.text()
    assert form.subject.text() == "Lost passport" and form.phone.text() == "13800000001"
    assert form.drafts.load()["fields"]["subject"] == "Lost passport"
    monkeypatch.undo()
    summary = _wait_saved(qtbot, form, lambda: qtbot.keyClick(
        form.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier))
    assert Call.get(Call.ticket_no == summary.ticket_no).subject == "Lost passport"
    assert form.drafts.load() is None
