"""The specialist's workstation in the real main window (pytest-qt, both backends):
his queue is his start page, the cases show their SLA clocks in words, signing for
a case from the list moves it to his queue, the navigation counts follow; the
callbacks page opens the callback form on the case; F6 stays the call form's
"silent call" key while the call form is shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from hotline.models import Call
from hotline.services import calls, clock


def _dispatch(actors, due_in_hours=None, **kw):
    case = calls.log_call(actor=actors["duty_officer"], outcome="transferred",
                          phone="13800138000", subject=kw.pop("subject", "欠薪"),
                          assignee_id=actors["specialist"].id, **kw)
    if due_in_hours is not None:
        (Call.update(resolution_due=clock.now() + dt.timedelta(hours=due_in_hours))
         .where(Call.id == case.id).execute())
    return case


def _texts(view, column=0):
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _nav_text(window, key):
    return window.nav.item(window.page_keys.index(key)).text()


def _nav_tip(window, key):
    return window.nav.item(window.page_keys.index(key)).toolTip()


def test_specialist_signs_for_a_case_from_his_queue(qtbot, actors, open_window):
    soon = _dispatch(actors, due_in_hours=5, subject="工资拖欠 <b>急</b>")
    later = _dispatch(actors, due_in_hours=24 * 10)
    window = open_window(actors["specialist"])
    assert window.current_page_key() == "queue"  # his start page
    page = window.queue
    qtbot.waitUntil(lambda: page.sign_list.model.rowCount() == 2, timeout=10_000)
    clocks = _texts(page.sign_list.view)
    assert clocks[0].startswith("At risk") and "left" in clocks[0]
    assert clocks[1].startswith("On time")
    subjects = _texts(page.sign_list.view, page.sign_list.model.columns.index("subject"))
    assert subjects == ["工资拖欠 <b>急</b>", "欠薪"]  # literal, by due time
    assert page.queue_list.model.rowCount() == 0
    qtbot.waitUntil(lambda: "(2)" in _nav_text(window, "queue") and
                    "0 in my queue · 2 to sign for" in _nav_tip(window, "queue"),
                    timeout=10_000)
    assert _nav_text(window, "queue") == "My queue (2)  F6"

    page.sign_list.view.setFocus()
    page.sign_list.view.setCurrentIndex(page.sign_list.model.index(0, 0))
    assert page.sign_button.isEnabled()
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.queue_list.model.rowCount() == 1 and
                    page.sign_list.model.rowCount() == 1, timeout=10_000)
    assert page.queue_list.model.rows[0].id == soon.id
    assert page.sign_list.model.rows[0].id == later.id
    assert Call.get_by_id(soon.id).signed_at is not None
    qtbot.waitUntil(lambda: "1 in my queue · 1 to sign for" in
                    _nav_tip(window, "queue"), timeout=10_000)
    assert page.queue_list.title.text() == "Cases I am working on (1)"

    # start work from the queue: the row stays, its status changes
    page.queue_list.view.setCurrentIndex(page.queue_list.model.index(0, 0))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.queue_list.model.rowCount() == 1 and
                    page.queue_list.model.rows[0].status == "in_progress",
                    timeout=10_000)
    status_col = page.queue_list.model.columns.index("status")
    assert _texts(page.queue_list.view, status_col) == ["In progress"]


def test_enter_opens_the_case(qtbot, actors, open_window, monkeypatch):
    from hotline.ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(MainWindow, "open_case",
                        lambda self, call_id: opened.append(call_id))
    case = _dispatch(actors)
    window = open_window(actors["specialist"])
    page = window.queue
    qtbot.waitUntil(lambda: page.sign_list.model.rowCount() == 1, timeout=10_000)
    page.sign_list.view.setFocus()
    page.sign_list.view.setCurrentIndex(page.sign_list.model.index(0, 0))
    qtbot.keyClick(page.sign_list.view, Qt.Key.Key_Return)
    assert opened == [case.id]


def test_f6_opens_the_queue_but_stays_silent_call_on_the_call_form(
        qtbot, actors, open_window):
    window = open_window(actors["specialist"])
    window.go("shift")
    qtbot.keyClick(window.my_shift, Qt.Key.Key_F6)
    assert window.current_page_key() == "queue"
    window.go("call")
    assert not window.page_shortcuts["queue"].isEnabled()
    form = window.call_form
    qtbot.keyClick(form.phone, Qt.Key.Key_F6)  # the one-key silent call still works
    qtbot.waitUntil(lambda: Call.select().where(Call.outcome == "silent").count() == 1,
                    timeout=10_000)
    assert window.current_page_key() == "call"
    window.go("duty")
    assert window.page_shortcuts["queue"].isEnabled()
    qtbot.keyClick(window.duty, Qt.Key.Key_F6)
    assert window.current_page_key() == "queue"


def test_callbacks_page_opens_the_callback_form(qtbot, actors, open_window,
                                               monkeypatch):
    from hotline.ui.callbacks_page import CallbacksPage

    case = calls.log_call(actor=actors["duty_officer"], outcome="callback",
                          phone="13900139000", caller_name="张三", subject="回电")
    reached = calls.log_call(actor=actors["duty_officer"], outcome="callback",
                             phone="13900139001", subject="已回电")
    calls.record_callback(actor=actors["duty_officer"], call_id=reached.id,
                          reached=True)
    shown = []

    class FakeDialog:
        def __init__(self, parent, actor, tasks, summary, case=None):
            shown.append((actor.id, summary.id, summary.ticket_no))

        def open(self):
            pass

    monkeypatch.setattr(CallbacksPage, "dialog_factory", staticmethod(FakeDialog))
    window = open_window(actors["duty_officer"])
    assert "queue" not in window.page_keys  # a duty officer works no queue
    qtbot.waitUntil(lambda: "(1)" in _nav_text(window, "callbacks"), timeout=10_000)
    window.go("callbacks")
    page = window.callbacks
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=10_000)
    row = page.list.model.rows[0]
    assert row.id == case.id
    cells = _texts(page.list.view, page.list.model.columns.index("caller"))
    assert cells == ["张三 13900139000"]
    page.list.view.setCurrentIndex(page.list.model.index(0, 0))
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [(actors["duty_officer"].id, case.id, case.ticket_no)]

    # a call back recorded elsewhere: the list and the count follow
    from hotline.ui.changes import changes

    calls.record_callback(actor=actors["duty_officer"], call_id=case.id, reached=True)
    changes().announce_case(case.id)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: "(0)" in _nav_text(window, "callbacks"), timeout=10_000)


def test_queue_list_pages_by_key_and_passes_the_model_tester(qtbot, qtmodeltester,
                                                             actors, database):
    """The list built alone (no window: reads run at once): "More" appends the next
    page by key, without repeating a row, until there is no more."""
    from hotline.services import queues
    from hotline.ui import queue_page

    spec = actors["specialist"]
    ids = []
    for hours in (30, 5, 30, 5, 2, 70, 30):
        case = _dispatch(actors, due_in_hours=hours)
        calls.sign_for(actor=spec, call_id=case.id)
        ids.append(case.id)
    expected = [r.id for r in queues.my_queue(actor=spec, limit=100)]
    assert sorted(expected) == sorted(ids)

    def fetch(after, limit):
        return queues.my_queue(actor=spec, after=after, limit=3)

    old = queue_page.PAGE_SIZE
    queue_page.PAGE_SIZE = 3
    try:
        lst = queue_page.QueueList(lambda n: "My queue", "t", fetch, None)
        qtbot.addWidget(lst)
        lst.reload()
        assert [r.id for r in lst.model.rows] == expected[:3]
        assert lst.more_button.isEnabled()
        qtmodeltester.check(lst.model, force_py=True)
        lst.more()
        lst.more()
        assert [r.id for r in lst.model.rows] == expected
        assert not lst.more_button.isEnabled()  # the last page was short
        qtmodeltester.check(lst.model, force_py=True)
        lst.model.setParent(None)  # the tester holds it until after the widget goes
    finally:
        queue_page.PAGE_SIZE = old


def test_a_call_back_made_from_the_list_takes_the_case_off_it(qtbot, actors,
                                                              open_window):
    """The real callback form, opened from the list: the caller reached, saved; the
    case leaves the list and the count."""
    case = calls.log_call(actor=actors["duty_officer"], outcome="callback",
                          phone="13900139000", subject="回电")
    window = open_window(actors["duty_officer"])
    window.go("callbacks")
    page = window.callbacks
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=10_000)
    page.list.view.setCurrentIndex(page.list.model.index(0, 0))
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is not None and
                    page.dialog.save_button.isEnabled(), timeout=10_000)
    dialog = page.dialog
    assert dialog.summary.id == case.id
    dialog.reached.setChecked(True)
    dialog.note.setPlainText("已告知办理进度")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: "(0)" in _nav_text(window, "callbacks"), timeout=10_000)
    from hotline.models import Callback
    assert [(c.reached, c.note) for c in Callback.select()] == [(True, "已告知办理进度")]
