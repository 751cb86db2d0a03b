"""Team supervision in the real main window (pytest-qt, both backends), issue 11
item 2's "Done when": a supervisor reassigns a case and reopens one with a reason
(the timeline and the saved rows say so), issues a 督办 with a deadline that the
specialist then sees in his queue, and once the deadline has passed (frozen clock)
the queue row and the case window say it is overdue, in red."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor

from hotline.models import Call, CallEvent, Supervision
from hotline.services import calls
from hotline.ui.assignee_dialog import AssigneeDialog
from hotline.ui.case_window import ActionForm, CaseWindow

WAIT = 10_000


def _dispatch(actors, subject):
    return calls.log_call(actor=actors["duty_officer"], outcome="transferred",
                          phone="13800138000", caller_name="王五", subject=subject,
                          assignee_id=actors["specialist"].id)


def _texts(model, column):
    index = model.COLUMNS.index(column) if hasattr(model, "COLUMNS") and \
        column in model.COLUMNS else column
    return [model.index(r, index).data() for r in range(model.rowCount())]


def _form(qtbot, parent, name) -> ActionForm:
    qtbot.waitUntil(lambda: parent.findChild(ActionForm, name) is not None
                    and parent.findChild(ActionForm, name).isVisible(), timeout=WAIT)
    return parent.findChild(ActionForm, name)


def _closed(widget) -> bool:
    return not shiboken6.isValid(widget) or not widget.isVisible()


def _last_event(call_id):
    return (CallEvent.select().where(CallEvent.call == call_id)
            .order_by(CallEvent.id.desc()).first())


def test_supervisor_reassigns_reopens_and_supervises(qtbot, actors, open_window,
                                                     frozen_clock, monkeypatch):
    spec, spec2 = actors["specialist"], actors["specialist2"]
    moved = _dispatch(actors, "欠薪 <b>急</b>")
    pressed = _dispatch(actors, "工伤认定")
    kept = _dispatch(actors, "劳动合同")
    done = _dispatch(actors, "已答复的咨询")
    calls.start(actor=spec, call_id=done.id)
    calls.resolve(actor=spec, call_id=done.id, solution="已电话答复")

    window = open_window(actors["supervisor"])
    window.go("supervision")
    page = window.supervision
    qtbot.waitUntil(lambda: page.agents.rowCount() >= 2, timeout=WAIT)
    names = _texts(page.agents, "name")
    assert "specialist one" in names and "specialist two" in names
    assert page.select_agent(spec.id)
    qtbot.waitUntil(lambda: page.cases.rowCount() == 3, timeout=WAIT)
    row = names.index("specialist one")
    assert page.agents.index(row, page.agents.COLUMNS.index("open")).data() == "3"
    assert page.agents.index(row, page.agents.COLUMNS.index("shift")).data() \
        == "Off shift"
    assert set(_texts(page.cases, "subject")) == {"欠薪 <b>急</b>", "工伤认定",
                                                  "劳动合同"}

    # reassign one selected case to specialist two
    offered = []

    def ask(cls, parent, people, title):
        offered.extend(p.id for p in people)
        return spec2.id

    monkeypatch.setattr(AssigneeDialog, "ask", classmethod(ask))
    page.select_cases([moved.id])
    assert page.reassign_button.isEnabled()
    with qtbot.waitSignal(page.reassigned, timeout=WAIT) as moved_signal:
        qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    assert moved_signal.args == [1]
    assert spec2.id in offered and spec.id not in offered  # not the present holder
    assert Call.get_by_id(moved.id).assignee_id == spec2.id
    assert Call.get_by_id(kept.id).assignee_id == spec.id
    event = _last_event(moved.id)
    assert (event.kind, event.detail) == ("transferred", "specialist two")
    assert page.summary.text() == "1 case(s) reassigned to specialist two."
    qtbot.waitUntil(lambda: page.cases.rowCount() == 2, timeout=WAIT)

    # reopen (退回重办) the resolved case with a reason
    page.which.setCurrentIndex(page.which.findData("resolved"))
    qtbot.waitUntil(lambda: [r.id for r in page.cases.rows()] == [done.id],
                    timeout=WAIT)
    page.select_cases([done.id])
    assert page.reopen_button.isEnabled() and not page.reassign_button.isEnabled()
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    form = _form(qtbot, page, "form_reopen")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)  # no reason: refused
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=WAIT)
    assert form.error.text() == "Reason: is required"
    assert Call.get_by_id(done.id).status == "resolved"
    form.fields["reason"].setPlainText("答复依据有误，请重新核实")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(form), timeout=WAIT)
    reopened = Call.get_by_id(done.id)
    assert (reopened.status, reopened.reopen_count) == ("reopened", 1)
    event = _last_event(done.id)
    assert (event.kind, event.detail) == ("reopened", "答复依据有误，请重新核实")

    # 督办 on an open case, with a deadline four hours ahead
    page.which.setCurrentIndex(page.which.findData("open"))
    qtbot.waitUntil(lambda: pressed.id in [r.id for r in page.cases.rows()],
                    timeout=WAIT)
    page.select_cases([pressed.id])
    qtbot.mouseClick(page.supervise_button, Qt.MouseButton.LeftButton)
    form = _form(qtbot, page, "form_supervise")
    deadline = frozen_clock.now + dt.timedelta(hours=4)
    form.fields["note"].setPlainText("请今日下班前办结")
    form.fields["deadline"].setDateTime(QDateTime(deadline))
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(form), timeout=WAIT)
    saved = Supervision.get(Supervision.call == pressed.id)
    assert (saved.deadline, saved.note, saved.closed_at) == (
        deadline, "请今日下班前办结", None)
    qtbot.waitUntil(lambda: "1" == page.agents.index(
        _texts(page.agents, "name").index("specialist one"),
        page.agents.COLUMNS.index("supervised")).data(), timeout=WAIT)
    window.close()

    # the specialist sees the 督办 in his queue, with its deadline
    mine = open_window(spec)
    queue = mine.queue
    model = queue.sign_list.model
    qtbot.waitUntil(lambda: pressed.id in [r.id for r in model.rows], timeout=WAIT)
    column = model.columns.index("supervision")
    row = [r.id for r in model.rows].index(pressed.id)
    assert model.index(row, column).data() == f"督办 · by {deadline:%m-%d %H:%M}"
    other = [r.id for r in model.rows].index(kept.id)
    assert model.index(other, column).data() == ""

    # after the deadline the row says overdue, in red
    frozen_clock.now = deadline + dt.timedelta(minutes=10)
    queue.refresh()
    qtbot.waitUntil(lambda: model.rows and model.rows[0].read_at ==
                    frozen_clock.now, timeout=WAIT)
    row = [r.id for r in model.rows].index(pressed.id)
    index = model.index(row, column)
    assert index.data() == f"⚠ 督办 overdue · {deadline:%m-%d %H:%M}"
    assert index.data(Qt.ItemDataRole.ForegroundRole) == QColor("#b71c1c")
    ticket = model.index(row, model.columns.index("ticket_no"))
    assert ticket.data(Qt.ItemDataRole.ForegroundRole) == QColor("#b71c1c")
    assert model.index(other, column).data() == ""

    # … and so does the case window's list of supervisions
    mine.open_case(pressed.id)
    qtbot.waitUntil(lambda: any(w.call_id == pressed.id and w.isVisible()
                                for w in mine.findChildren(CaseWindow)), timeout=WAIT)
    case_window = next(w for w in mine.findChildren(CaseWindow)
                       if w.call_id == pressed.id)
    item = case_window.supervisions.topLevelItem(0)
    assert item.text(2) == f"{deadline:%Y-%m-%d %H:%M}"
    assert item.text(3) == "⚠ open · deadline missed"
    assert item.foreground(3).color() == QColor("#b71c1c")
    case_window.close()


def test_reassign_all_moves_every_open_case_and_names_a_refusal(
        qtbot, actors, open_window, frozen_clock, monkeypatch):
    from hotline.models import User

    spec, spec2 = actors["specialist"], actors["specialist2"]
    cases = [_dispatch(actors, f"咨询 {n}") for n in range(3)]
    window = open_window(actors["director"])
    window.go("supervision")
    page = window.supervision
    qtbot.waitUntil(lambda: page.agents.rowCount() >= 2, timeout=WAIT)
    page.select_agent(spec.id)
    qtbot.waitUntil(lambda: page.cases.rowCount() == 3, timeout=WAIT)

    # the colleague chosen was deactivated meanwhile: refused, by the field's name
    monkeypatch.setattr(AssigneeDialog, "ask",
                        classmethod(lambda cls, parent, people, title: spec2.id))
    User.update(active=False).where(User.id == spec2.id).execute()
    qtbot.mouseClick(page.reassign_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=WAIT)
    assert page.error.text() == "Reassign to: is not an active user"
    assert {Call.get_by_id(c.id).assignee_id for c in cases} == {spec.id}

    User.update(active=True).where(User.id == spec2.id).execute()
    with qtbot.waitSignal(page.reassigned, timeout=WAIT) as moved_signal:
        qtbot.mouseClick(page.reassign_all_button, Qt.MouseButton.LeftButton)
    assert moved_signal.args == [3]
    assert {Call.get_by_id(c.id).assignee_id for c in cases} == {spec2.id}
    qtbot.waitUntil(lambda: page.cases.rowCount() == 0, timeout=WAIT)
    assert not page.reassign_all_button.isEnabled()
