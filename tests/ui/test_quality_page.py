"""Spot checks in the app (issue 11 item 3, DESIGN §11) on both backends, as the
supervisor, the agent and a second reviewer do it: the month's plan per agent,
the draw (the same seed lists the same tickets), scoring a case with a veto (0,
不合格, a rectification due in 3 working days), the agent's appeal in My reviews,
the reviewer refused when deciding an appeal of their own review (the service's
refusal shown), the director rejecting it, the agent's statement, the re-check
closing it; and a rubric edited by the director while the earlier review keeps
its version."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from hotline.domain import quality as rules
from hotline.models import QaSample, QualityReview, Rectification, User

T = dt.datetime
MONTH = QDate(2026, 5, 1)


@pytest.fixture
def may(database, actors, frozen_clock):
    """The specialist's May: 12 answered calls (none mandatory), an account older
    than three months; the clock on Friday 8 May 2026."""
    from hotline.services import calls

    frozen_clock.at(T(2026, 5, 8, 10, 0))
    spec = actors["specialist"]
    User.update(created_at=T(2025, 1, 1)).where(User.id == spec.id).execute()
    made = [calls.log_call(actor=spec, outcome="answered", subject=f"咨询<b>{n}</b>",
                           solution="已答复", received_at=T(2026, 5, 1 + n % 7, 9, n))
            for n in range(12)]
    return {c.id: c.ticket_no for c in made}


def _quality_page(qtbot, open_window, actor):
    window = open_window(actor)
    window.go("quality")
    page = window.quality
    assert page is not None
    page.month.setDate(MONTH)
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.load()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=15_000)
    return window, page


def _my_reviews(qtbot, open_window, actor):
    window = open_window(actor)
    window.go("my_reviews")
    page = window.my_reviews
    assert page is not None
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.load()
    return window, page


def _draw(qtbot, page, seed):
    page.seed.setValue(seed)
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.draw_button.click()
    qtbot.waitUntil(lambda: page.current_agent().seed == seed
                    and page.sample.rowCount() > 0, timeout=15_000)
    qtbot.waitUntil(lambda: str(seed) in page.sample_info.text(), timeout=15_000)
    return page.sample_tickets()


def _cells(model, row):
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def _answer(qtbot, page, button, choice=None, text="", what=None):
    """Click `button`, fill the answer dialog, press OK; wait for `what` to be
    announced (or, with what=None, return the dialog as it stands)."""
    button.click()
    qtbot.waitUntil(lambda: page.answer_dialog is not None
                    and page.answer_dialog.isVisible(), timeout=10_000)
    dialog = page.answer_dialog
    if choice:
        dialog.choice_buttons[choice].setChecked(True)
    dialog.text.setPlainText(text)
    if what is None:
        dialog.accept()
        return dialog
    with qtbot.waitSignal(page.changed, timeout=15_000) as signal:
        dialog.accept()
    assert signal.args == [what]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    page.answer_dialog = None
    return dialog


def _wait_loaded(qtbot, page):
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.load()


def test_draw_score_appeal_decide_state_recheck(qtbot, actors, may, open_window,
                                                 frozen_clock, monkeypatch):
    from hotline.ui.question_dialog import QuestionDialog

    from hotline.services import quality

    sup, spec, director = (actors["supervisor"], actors["specialist"],
                           actors["director"])
    window, page = _quality_page(qtbot, open_window, sup)
    # the plan: 12 eligible, 5 % → the minimum of 8, not new staff, none mandatory
    assert page.select_agent(spec.id)
    row = page.agents.row_at(page.agents_view.currentIndex().row())
    cells = _cells(page.agents, page.agents_view.currentIndex().row())
    assert cells[:8] == ["specialist one", "12", "5%", "8", "no", "8", "0", "0"]
    assert row.sample_id is None
    assert "No sample drawn" in page.sample_info.text()

    first = _draw(qtbot, page, 42)
    assert len(first) == 8 and set(first) <= set(may.values())
    assert "seed 42" in page.sample_info.text()
    assert _cells(page.sample, 0)[2].startswith("咨询<b>")  # shown literally
    assert _cells(page.sample, 0)[4] == "not reviewed"
    again = _draw(qtbot, page, 42)
    assert again == first  # the same seed lists the same tickets
    # and the draw is the domain's seeded draw over the agent's eligible cases
    expected = rules.draw(sorted(may), 8, 42)
    assert sorted(may[i] for i in expected) == sorted(first)
    assert _cells(page.agents, page.agents_view.currentIndex().row())[8] == "42"
    # another seed replaces the month's sample: asked first; "No" draws nothing
    asked = []
    monkeypatch.setattr(QuestionDialog, "ask",
                        staticmethod(lambda parent, title, text: asked.append(text)))
    page.seed.setValue(43)
    page.draw_button.click()
    assert asked and "seed 42" in asked[0] and "seed 43" in asked[0]
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=15_000)
    assert QaSample.select().count() == 2 and page.sample_tickets() == first

    # score the first case with a veto
    ticket = first[0]
    assert page.select_case(ticket)
    page.score_button.click()
    qtbot.waitUntil(lambda: page.score_dialog is not None
                    and page.score_dialog.isVisible(), timeout=10_000)
    dialog = page.score_dialog
    assert dialog.total.text() == "Total: 100" and not dialog.notice.isVisible()
    assert "Excellent (优秀)" in dialog.grade.text()
    dialog.spins["opening"].setValue(2)
    assert dialog.total.text() == "Total: 98"
    dialog.veto_boxes["leak"].setChecked(True)
    assert dialog.total.text() == "Total: 0"
    assert "不合格" in dialog.grade.text()
    assert dialog.notice.isVisible()
    assert "泄露来电人信息" in dialog.items.text()
    assert "开场白（报工号）" in dialog.items.text()
    # Friday 8 May + 3 working days = Wednesday 13 May
    assert dialog.due.text().startswith("2026-05-13")
    dialog.rule.setText("保密规定第3条")
    dialog.action.setPlainText("重新学习保密规定")
    dialog.comment.setPlainText("泄露了来电人住址 <i>x</i>")
    with qtbot.waitSignal(page.changed, timeout=15_000):
        dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: page.rects.rowCount() == 1, timeout=15_000)
    qtbot.waitUntil(lambda: page.select_case(ticket)
                    and "Fail (不合格)" in _cells(page.sample, page.sample_view
                                                 .currentIndex().row())[4],
                    timeout=15_000)
    review = QualityReview.get()
    assert (review.total, review.grade, review.agent_id, review.rubric_version) == (
        0, "fail", spec.id, 1)
    rect = Rectification.get(Rectification.review == review.id)
    assert (rect.state, rect.due, rect.rule) == ("open", dt.date(2026, 5, 13),
                                                 "保密规定第3条")
    rect_cells = _cells(page.rects, 0)
    assert rect_cells[0] == ticket and rect_cells[1] == "specialist one"
    assert rect_cells[4:8] == ["0", "Fail (不合格)", "Open", "2026-05-13"]
    assert rect_cells[8] == ""  # not overdue
    window.close()

    # the agent: My reviews, one waiting for an answer; appeals
    frozen_clock.at(T(2026, 5, 11, 9, 0))
    window, mine = _my_reviews(qtbot, open_window, spec)
    assert mine.model.rowCount() == 1
    assert mine.needing.text() == "1 review needs your answer"
    detail = mine.detail.toPlainText()
    for text in ("Score 0, grade Fail (不合格)", "Vetoes: 泄露来电人信息",
                 "泄露了来电人住址 <i>x</i>", "Rule: 保密规定第3条",
                 "What to do: 重新学习保密规定", "Due: 2026-05-13",
                 "Appeal until: 2026-05-13", "开场白（报工号）: 2 / 4",
                 "Rubric version 1"):
        assert text in detail, text
    assert mine.appeal_button.isEnabled()
    _answer(qtbot, mine, mine.appeal_button, text="未泄露，系来电人自述",
            what="appealed")
    qtbot.waitUntil(lambda: "Appealed" in _cells(mine.model, 0)[6], timeout=15_000)
    assert not mine.appeal_button.isEnabled()  # once
    assert mine.needing.text() == "0 reviews need your answer"
    window.close()

    # the reviewer of the case may not decide the appeal: the refusal is shown
    window, page = _quality_page(qtbot, open_window, sup)
    assert page.select_rect(review.id)
    assert page.decide_button.isEnabled() and not page.recheck_button.isEnabled()
    refused = _answer(qtbot, page, page.decide_button, choice="reject",
                      text="维持")
    qtbot.waitUntil(lambda: refused.error.isVisible(), timeout=15_000)
    assert "someone other than the reviewer" in refused.error.text()
    assert refused.isVisible()
    refused.reject()
    assert Rectification.get(Rectification.review == review.id).state == "appealed"
    window.close()

    # another reviewer (the director) rejects it: back to the agent, due again
    window, page = _quality_page(qtbot, open_window, director)
    assert page.select_rect(review.id)
    _answer(qtbot, page, page.decide_button, choice="reject", text="录音显示确有泄露",
            what="decided")
    qtbot.waitUntil(lambda: page.select_rect(review.id)
                    and _cells(page.rects, 0)[6] == "Sent back", timeout=15_000)
    assert _cells(page.rects, 0)[7] == "2026-05-14"  # Monday 11 May + 3
    assert not page.decide_button.isEnabled()
    window.close()

    # the agent states the fix
    window, mine = _my_reviews(qtbot, open_window, spec)
    assert mine.needing.text() == "1 review needs your answer"
    assert "Appeal rejected." in mine.detail.toPlainText()
    assert not mine.appeal_button.isEnabled() and mine.state_button.isEnabled()
    _answer(qtbot, mine, mine.state_button, text="已学习保密规定并签字",
            what="stated")
    qtbot.waitUntil(lambda: "Fix stated" in _cells(mine.model, 0)[6], timeout=15_000)
    window.close()

    # the re-check passes and closes it
    frozen_clock.at(T(2026, 5, 12, 9, 0))
    window, page = _quality_page(qtbot, open_window, sup)
    assert page.select_rect(review.id)
    assert page.recheck_button.isEnabled()
    _answer(qtbot, page, page.recheck_button, choice="pass", text="已核实",
            what="rechecked")
    qtbot.waitUntil(lambda: page.select_rect(review.id)
                    and _cells(page.rects, 0)[6] == "Passed, closed", timeout=15_000)
    rect = Rectification.get(Rectification.review == review.id)
    assert rect.state == "closed" and rect.closed_at == T(2026, 5, 12, 9, 0)
    assert "0 not closed, 0 overdue. The month: 1 reviews of 1 cases, mean 0, 1 with " \
        "a veto; 1 rectifications opened, 1 closed." in page.summary.text()
    window.close()
    assert quality.get_review(actor=spec, review_id=review.id).rectification.state \
        == "closed"


def test_overdue_rectification_is_red_and_said(qtbot, actors, may, open_window,
                                               frozen_clock, qtmodeltester):
    from PySide6.QtCore import Qt

    from hotline.services import quality

    sup, spec = actors["supervisor"], actors["specialist"]
    call_id = sorted(may)[0]
    scores = {i.code: i.points for i in rules.DEFAULT_RUBRIC.items}
    scores["correct"] = scores["complete"] = 0  # 100 - 15 - 10 = 75: 待改进
    review = quality.score_case(actor=sup, call_id=call_id, scores=scores)
    assert review.total == 75 and review.rectification.due == dt.date(2026, 5, 13)
    frozen_clock.at(T(2026, 5, 18, 9, 0))
    window, page = _quality_page(qtbot, open_window, sup)
    assert page.select_rect(review.id)
    cells = _cells(page.rects, 0)
    assert cells[5:9] == ["To improve (待改进)", "Open", "2026-05-13", "Overdue 5 days"]
    color = page.rects.data(page.rects.index(0, 8), Qt.ItemDataRole.ForegroundRole)
    assert color is not None and color.name() == "#b71c1c"
    assert "1 overdue" in page.summary.text()
    for model in (page.agents, page.sample, page.rects):
        qtmodeltester.check(model)
    window.close()
    # the agent sees it late, and too late to appeal: the service's refusal shown
    window, mine = _my_reviews(qtbot, open_window, spec)
    assert "overdue" in _cells(mine.model, 0)[6]
    qtmodeltester.check(mine.model)
    refused = _answer(qtbot, mine, mine.appeal_button, text="不服")
    qtbot.waitUntil(lambda: refused.error.isVisible(), timeout=15_000)
    assert "The time to appeal ended on 2026-05-13." in refused.error.text()
    refused.reject()


def test_edited_rubric_leaves_the_earlier_review_its_version(qtbot, actors, may,
                                                             open_window):
    import json

    from hotline.services import quality

    sup, spec, director = (actors["supervisor"], actors["specialist"],
                           actors["director"])
    call_id = sorted(may)[0]
    full = {i.code: i.points for i in rules.DEFAULT_RUBRIC.items}
    full["opening"] = 3
    earlier = quality.score_case(actor=sup, call_id=call_id, scores=full)
    assert earlier.rubric_version == 1 and earlier.total == 99
    # the director renames an item and moves a point (as the settings page saves)
    data = json.loads(rules.rubric_to_json(rules.DEFAULT_RUBRIC))
    norms = data["dimensions"][0]
    norms["items"][0] = ["opening", "开场白与自报工号（新版）", 3]
    norms["items"][1] = ["closing", "结束语及邀请评价", 5]
    assert quality.save_rubric(actor=director, rubric=data) == 2

    # scoring now uses version 2
    window, page = _quality_page(qtbot, open_window, sup)
    assert page.select_agent(spec.id)
    _draw(qtbot, page, 7)
    page.sample_view.setCurrentIndex(page.sample.index(0, 0))
    page.score_button.click()
    qtbot.waitUntil(lambda: page.score_dialog is not None
                    and page.score_dialog.isVisible(), timeout=10_000)
    dialog = page.score_dialog
    assert "Rubric version 2" in dialog.findChild(
        type(dialog.total), "scoreRubricVersion").text()
    assert dialog.spins["opening"].maximum() == 3
    assert dialog.spins["closing"].maximum() == 5
    dialog.reject()
    window.close()

    # the earlier review still reads as version 1
    window, mine = _my_reviews(qtbot, open_window, spec)
    assert _cells(mine.model, 0)[5] == "v1"
    detail = mine.detail.toPlainText()
    assert "Rubric version 1" in detail
    assert "开场白（报工号）: 3 / 4" in detail
    assert "结束语及邀请评价: 4 / 4" in detail
    assert "新版" not in detail
