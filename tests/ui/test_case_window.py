"""The case window and the callback form in the real main window (pytest-qt, both
backends), issue 8's "Done when": a specialist signs for a dispatched case, starts
it, waits on the caller (the clock shown paused), resumes, resolves with a linked
article; the call back with a dissatisfied rating reopens it; a duty officer sees
none of the actions he may not take (the buttons are exactly the available
actions); a stale action is refused with a message and the window shows the case
as it is now."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QTreeWidget

from hotline.models import Call, CaseArticle, Survey
from hotline.services import calls, knowledge
from hotline.ui.callback_dialog import CallbackDialog
from hotline.ui.case_window import ActionForm, CaseWindow

WAIT = 10_000


def _dispatch(actors, **kw):
    return calls.log_call(actor=actors["duty_officer"], outcome="transferred",
                          phone="13800138000", caller_name="王五",
                          subject=kw.pop("subject", "欠薪投诉"),
                          assignee_id=actors["specialist"].id, **kw)


def _open(qtbot, window, call_id) -> CaseWindow:
    window.open_case(call_id)
    qtbot.waitUntil(lambda: any(w.call_id == call_id and w.isVisible()
                                for w in window.findChildren(CaseWindow)),
                    timeout=WAIT)
    return next(w for w in window.findChildren(CaseWindow) if w.call_id == call_id)


def _label(win, name) -> str:
    return win.findChild(QLabel, name).text()


def _press(qtbot, win, action):
    button = win.buttons[action]
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _form(qtbot, win, name) -> ActionForm:
    qtbot.waitUntil(lambda: win.findChild(ActionForm, name) is not None
                    and win.findChild(ActionForm, name).isVisible(), timeout=WAIT)
    return win.findChild(ActionForm, name)


def _closed(widget) -> bool:
    """Closed (a form is deleted when it closes)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def _status_is(win, text):
    return _label(win, "caseState").startswith(text)


def test_a_specialist_works_a_case_and_the_dissatisfied_caller_reopens_it(
        qtbot, actors, open_window):
    spec, sup = actors["specialist"], actors["supervisor"]
    case = _dispatch(actors)
    article = knowledge.create_article(actor=spec, title="欠薪投诉处理流程",
                                       body="先核实劳动关系，再转劳动监察。")
    knowledge.publish(actor=spec, article_id=article.id)
    window = open_window(spec)
    win = _open(qtbot, window, case.id)
    assert win.actions == calls.get_case(actor=spec, call_id=case.id).actions
    assert "not signed for yet" in _label(win, "caseState")
    assert "left (due" in _label(win, "resolutionClock")

    # 签收 with the keyboard: Alt+G is the button's mnemonic
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(win, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "signed for" in _label(win, "caseState")
                    and "not signed" not in _label(win, "caseState"), timeout=WAIT)
    assert "sign_for" not in win.actions and "start" in win.actions
    assert Call.get_by_id(case.id).signed_at is not None

    _press(qtbot, win, "start")
    qtbot.waitUntil(lambda: _status_is(win, "In progress"), timeout=WAIT)

    # wait on the caller: the note is required, and what was typed stays
    _press(qtbot, win, "wait_customer")
    form = _form(qtbot, win, "form_wait_customer")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=WAIT)
    assert form.error.text().startswith("Note:") and form.isVisible()
    form.findChild(QPlainTextEdit, "note").setPlainText("等来电人补充劳动合同")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status_is(win, "Waiting for caller"), timeout=WAIT)
    assert _closed(form)
    assert _label(win, "resolutionClock").startswith("paused while waiting")
    assert _label(win, "firstResponseClock").startswith("met")
    assert win.actions == ("resume", "resolve", "escalate", "note", "callback",
                           "survey")

    _press(qtbot, win, "resume")
    qtbot.waitUntil(lambda: _status_is(win, "In progress"), timeout=WAIT)
    assert "paused" not in _label(win, "resolutionClock")

    # resolve with an article found in the knowledge base
    _press(qtbot, win, "resolve")
    form = _form(qtbot, win, "form_resolve")
    form.findChild(QPlainTextEdit, "solution").setPlainText("已告知投诉渠道和所需材料")
    search = form.fields["articleSearch"]
    search.setText("欠薪")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    found = form.findChild(QListWidget, "article_id")
    qtbot.waitUntil(lambda: found.count() == 2, timeout=WAIT)
    assert found.currentItem().text().startswith("欠薪投诉处理流程")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status_is(win, "Resolved"), timeout=WAIT)
    assert _label(win, "caseArticles") == "欠薪投诉处理流程"
    assert CaseArticle.get(CaseArticle.call == case.id).article_id == article.id
    assert "met (due" in _label(win, "resolutionClock")

    # the supervisor calls back; the caller is dissatisfied: back for rework
    sup_window = open_window(sup)
    sup_win = _open(qtbot, sup_window, case.id)
    _press(qtbot, sup_win, "callback")
    qtbot.waitUntil(lambda: sup_win.findChild(CallbackDialog) is not None, timeout=WAIT)
    dialog = sup_win.findChild(CallbackDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT)
    assert dialog.attempt.text() == "Call back no. 1 of this case"
    assert not dialog.follow_box.isVisible()
    dialog.reached.setChecked(True)
    dialog.note.setPlainText("已回访")
    dialog.rating.setCurrentIndex(dialog.rating.findData(1))
    assert dialog.rating.currentText() == "1 — very dissatisfied"
    assert dialog.follow_box.isVisible()
    assert dialog.follow_reopen.isEnabled()
    dialog.comment.setText("问题没有解决")
    dialog.follow_reopen.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert dialog.error.text().startswith("Reason:")  # nothing saved yet
    assert Survey.select().count() == 0 and dialog.isVisible()
    dialog.reason.setPlainText("来电人反映问题未解决")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT)
    # both open windows of the case show it reopened
    for w in (sup_win, win):
        qtbot.waitUntil(lambda w=w: _status_is(w, "Reopened"), timeout=WAIT)
    timeline = win.findChild(QTreeWidget, "timeline")
    kinds = [timeline.topLevelItem(i).text(2) for i in range(timeline.topLevelItemCount())]
    assert kinds[-3:] == ["Call back", "Survey", "Reopened"]
    assert "1 — very dissatisfied — 问题没有解决" in _label(win, "caseRating")
    assert "start" in win.actions and "survey" not in win.actions
    row = Call.get_by_id(case.id)
    assert (row.status, row.reopen_count) == ("reopened", 1)


def test_a_duty_officer_sees_only_what_he_may_do(qtbot, actors, open_window):
    duty = actors["duty_officer"]
    dispatched = _dispatch(actors)
    pool = calls.log_call(actor=duty, outcome="callback", phone="13900001111",
                          subject="请回电")
    someone_elses = calls.log_call(actor=actors["supervisor"], outcome="transferred",
                                   phone="13900002222", subject="别人的工单",
                                   assignee_id=actors["specialist"].id)
    window = open_window(duty)
    expected = {
        dispatched.id: ("escalate", "note", "callback", "survey"),
        pool.id: ("assign", "escalate", "note", "callback", "survey"),
        someone_elses.id: (),
    }
    for call_id, actions in expected.items():
        win = _open(qtbot, window, call_id)
        assert win.actions == actions == calls.get_case(actor=duty,
                                                        call_id=call_id).actions
        shown = {b.objectName() for b in win.findChildren(
            type(win.close_buttons.buttons()[0])) if b.objectName().startswith(
            "action_")}
        assert shown == {f"action_{a}" for a in actions}
        for never in ("sign_for", "start", "resolve", "close", "reopen", "supervise",
                      "transfer"):
            assert never not in win.buttons
        win.close()


def test_a_stale_action_is_refused_with_a_message(qtbot, actors, open_window):
    spec, sup = actors["specialist"], actors["supervisor"]
    case = _dispatch(actors)
    window = open_window(spec)
    win = _open(qtbot, window, case.id)
    seen = win.version
    assert "sign_for" in win.actions
    # meanwhile, on another workstation, the supervisor gives it to someone else
    calls.assign(actor=sup, call_id=case.id, assignee_id=actors["specialist2"].id)
    _press(qtbot, win, "sign_for")
    qtbot.waitUntil(lambda: win.notice.isVisible(), timeout=WAIT)
    assert "changed on another workstation" in win.notice.text()
    assert Call.get_by_id(case.id).signed_at is None  # nothing saved
    # the window reloads: the case as it is now, nothing left for him to do with it
    qtbot.waitUntil(lambda: win.version != seen, timeout=WAIT)
    assert "assigned to specialist two" in _label(win, "caseState")
    assert "sign_for" not in win.actions and "start" not in win.actions
    assert win.notice.isVisible()  # the message stays after the reload

    # a form keeps its text when the case changed under it
    sup_window = open_window(sup)
    sup_win = _open(qtbot, sup_window, case.id)
    _press(qtbot, sup_win, "supervise")
    form = _form(qtbot, sup_win, "form_supervise")
    form.findChild(QPlainTextEdit, "note").setPlainText("请今天联系来电人")
    calls.sign_for(actor=actors["specialist2"], call_id=case.id)  # elsewhere
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=WAIT)
    assert "changed on another workstation" in form.error.text()
    assert form.text("note") == "请今天联系来电人"
    qtbot.waitUntil(lambda: "not signed" not in _label(sup_win, "caseState"),
                    timeout=WAIT)  # reloaded: specialist two has signed for it
    assert "signed for" in _label(sup_win, "caseState")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)  # decided again
    qtbot.waitUntil(lambda: _closed(form), timeout=WAIT)
    qtbot.waitUntil(lambda: "supervised until" in _label(sup_win, "caseState"),
                    timeout=WAIT)
    assert "supervise" not in sup_win.actions


def test_a_dissatisfied_caller_goes_to_a_supervisor_from_the_callback_form(
        qtbot, actors, open_window):
    """The callback form as the callbacks page opens it (a CaseSummary only): a
    duty officer may not reopen, so he escalates to a supervisor."""
    duty, spec, boss = actors["duty_officer"], actors["specialist"], \
        actors["supervisor"]
    case = _dispatch(actors)
    calls.start(actor=spec, call_id=case.id)
    calls.resolve(actor=spec, call_id=case.id, solution="已答复")
    window = open_window(duty)
    summary = calls.get_case(actor=duty, call_id=case.id).summary
    dialog = CallbackDialog(window, duty, window.tasks, summary)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled()
                    and dialog.escalate_to.count() > 0, timeout=WAIT)
    dialog.reached.setChecked(True)
    dialog.rating.setCurrentIndex(dialog.rating.findData(2))
    assert not dialog.follow_reopen.isEnabled()  # not a duty officer's decision
    assert dialog.follow_escalate.isEnabled()
    dialog.follow_escalate.setChecked(True)
    dialog.escalate_to.setCurrentIndex(dialog.escalate_to.findData(boss.id))
    dialog.reason.setPlainText("来电人情绪激动，要求领导处理")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=WAIT)
    assert dialog.saved.attempt == 1
    row = Call.get_by_id(case.id)
    assert (row.status, row.assignee_id, row.signed_at) == ("reopened", boss.id, None)
    assert Survey.get(Survey.call == case.id).rating == 2


def test_the_timeline_shows_each_print_in_words(qtbot, actors, open_window, tmp_path):
    """A print of the case (issue 9: every print is logged and the case's timeline
    shows it) reads as words in the case window, not as the stored codes."""
    from hotline.services import archives

    sup = actors["supervisor"]
    case = _dispatch(actors, confidential=True)
    archives.working_copy(actor=actors["secretary"], call_id=case.id,
                          target=tmp_path / "copy.pdf")
    win = _open(qtbot, open_window(sup), case.id)
    timeline = win.findChild(QTreeWidget, "timeline")
    qtbot.waitUntil(lambda: timeline.topLevelItemCount() >= 3, timeout=WAIT)
    last = timeline.topLevelItem(timeline.topLevelItemCount() - 1)
    assert last.text(2) == "Printed"
    assert "working copy · masked" in [last.text(c) for c in range(last.columnCount())]
