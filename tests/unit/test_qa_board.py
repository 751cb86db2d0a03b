"""What the spot-check pages read (services/qa_board.py) on each backend: the
month's board of agents, a sample's cases with their reviews, the month's
rectifications with their step and lateness, the due date a new one gets."""

import datetime as dt

import pytest

from hotline.domain import quality as rules
from hotline.models import QualityReview, User
from hotline.services import calls, config, qa_board, quality
from hotline.services.errors import PermissionDenied

T = dt.datetime
MONTH = "2026-05"


@pytest.fixture
def may(database, actors, frozen_clock):
    """Friday 8 May 2026; the specialist logged 10 answered calls in May, the duty
    officer 2 (and a hang-up); the specialist's account is old, the duty
    officer's new (created in April: doubled)."""
    frozen_clock.at(T(2026, 5, 8, 10, 0))
    spec, duty = actors["specialist"], actors["duty_officer"]
    User.update(created_at=T(2025, 1, 1)).where(User.id == spec.id).execute()
    User.update(created_at=T(2026, 4, 10)).where(User.id == duty.id).execute()
    mine = [calls.log_call(actor=spec, outcome="answered", subject="咨询",
                           solution="已答复", received_at=T(2026, 5, 1 + n % 7, 9, n))
            for n in range(10)]
    theirs = [calls.log_call(actor=duty, outcome="answered", subject="咨询",
                             solution="已答复", received_at=T(2026, 5, 2, 9, n))
              for n in range(2)]
    calls.log_call(actor=duty, outcome="hang_up", received_at=T(2026, 5, 2, 10, 0))
    return {"spec": [c.id for c in mine], "duty": [c.id for c in theirs]}


def full(**less):
    scores = {i.code: i.points for i in rules.DEFAULT_RUBRIC.items}
    scores.update(less)
    return scores


def test_board_lists_agents_with_their_plan_and_draw(actors, may):
    sup, spec, duty = actors["supervisor"], actors["specialist"], \
        actors["duty_officer"]
    quality.score_case(actor=sup, call_id=may["spec"][0], scores=full())
    drawn = quality.draw_sample(actor=sup, agent_id=spec.id, month=MONTH, seed=5)
    board = {a.agent_id: a for a in qa_board.month_board(actor=sup, month=MONTH)}
    assert sup.id not in board  # the reviewer does not review themselves
    assert actors["secretary"].id not in board and actors["admin"].id not in board
    s = board[spec.id]
    assert (s.plan.eligible, s.plan.size, s.plan.new_staff, s.reviewed) == (
        10, 8, False, 1)
    assert (s.sample_id, s.seed, s.sample_cases) == (drawn.id, 5, 8)
    d = board[duty.id]
    # 2 eligible (the hang-up is not), new staff: 16 doubled, capped at 2
    assert (d.plan.eligible, d.plan.size, d.plan.new_staff, d.reviewed) == (
        2, 2, True, 0)
    assert d.sample_id is None and d.seed is None
    with pytest.raises(PermissionDenied):
        qa_board.month_board(actor=spec, month=MONTH)


def test_sample_cases_say_which_are_reviewed(actors, may):
    sup, spec = actors["supervisor"], actors["specialist"]
    sample = quality.draw_sample(actor=sup, agent_id=spec.id, month=MONTH, seed=9)
    first = sample.call_ids[0]
    quality.score_case(actor=sup, call_id=first, scores=full(correct=0))
    rows = qa_board.sample_cases(actor=sup, sample_id=sample.id)
    assert sorted(r.call_id for r in rows) == sorted(sample.call_ids)
    assert [r.ticket_no for r in rows] == sorted(r.ticket_no for r in rows)
    reviewed = [(r.call_id, r.total, r.grade) for r in rows if r.review_id]
    assert reviewed == [(first, 85.0, "pass")]
    assert not any(r.mandatory for r in rows)


def test_rectifications_with_their_step_and_lateness(actors, may, frozen_clock):
    sup, spec, director = (actors["supervisor"], actors["specialist"],
                           actors["director"])
    ids = may["spec"]
    ok = quality.score_case(actor=sup, call_id=ids[0], scores=full())  # none
    opened = quality.score_case(actor=sup, call_id=ids[1], scores=full(),
                                vetoes=["leak"])
    appealed = quality.score_case(actor=sup, call_id=ids[2], scores=full(correct=0,
                                                                        complete=0))
    stated = quality.score_case(actor=sup, call_id=ids[3], scores=full(correct=0,
                                                                      complete=0))
    passed = quality.score_case(actor=sup, call_id=ids[4], scores=full(correct=0,
                                                                      complete=0))
    upheld = quality.score_case(actor=sup, call_id=ids[5], scores=full(correct=0,
                                                                      complete=0))
    back = quality.score_case(actor=sup, call_id=ids[6], scores=full(correct=0,
                                                                    complete=0))
    quality.appeal(actor=spec, review_id=appealed.id, reason="不服")
    quality.state_fix(actor=spec, review_id=stated.id, statement="已改")
    quality.state_fix(actor=spec, review_id=passed.id, statement="已改")
    quality.recheck(actor=director, review_id=passed.id, passed=True)
    quality.appeal(actor=spec, review_id=upheld.id, reason="不服")
    quality.decide_appeal(actor=director, review_id=upheld.id, upheld=True)
    quality.state_fix(actor=spec, review_id=back.id, statement="已改")
    quality.recheck(actor=director, review_id=back.id, passed=False)  # due 13 May
    # a review the demo wrote in April: no rectification row, fix not done
    legacy = QualityReview.create(call=ids[7], reviewer=sup.id, agent=spec.id,
                                  at=T(2026, 4, 20), total=70,
                                  rectification_required=True,
                                  rectification_due=dt.date(2026, 4, 27))
    frozen_clock.at(T(2026, 5, 15, 9, 0))  # Friday: due dates 13 May are past
    rows = {r.review_id: r for r in qa_board.month_rectifications(actor=sup,
                                                                  month=MONTH)}
    assert ok.id not in rows
    states = {rid: (r.state, r.due, r.days_overdue) for rid, r in rows.items()}
    assert states == {
        opened.id: ("open", dt.date(2026, 5, 13), 2),
        appealed.id: ("appealed", dt.date(2026, 5, 13), 0),
        stated.id: ("stated", dt.date(2026, 5, 13), 0),
        passed.id: ("passed", dt.date(2026, 5, 13), 0),
        upheld.id: ("withdrawn", dt.date(2026, 5, 13), 0),
        back.id: ("back", dt.date(2026, 5, 13), 2),
        legacy.id: ("open", dt.date(2026, 4, 27), 18),  # unfinished: listed
    }
    assert rows[opened.id].vetoes == ("leak",) and rows[opened.id].grade == "fail"
    assert rows[appealed.id].appealed and not rows[opened.id].appealed
    assert rows[opened.id].agent_name == "specialist one"
    assert rows[opened.id].reviewer_name == "supervisor one"
    # most overdue first
    ordered = qa_board.month_rectifications(actor=sup, month=MONTH)
    assert ordered[0].review_id == legacy.id
    # April: the legacy one (scored then) and the unfinished ones of May
    april = {r.review_id for r in qa_board.month_rectifications(actor=sup,
                                                                month="2026-04")}
    assert april == {legacy.id, opened.id, appealed.id, stated.id, back.id}


def test_due_date_preview_skips_holidays(actors, database, frozen_clock):
    frozen_clock.at(T(2026, 5, 8, 10, 0))  # Friday
    assert qa_board.rectification_due_preview(actor=actors["supervisor"]) == \
        dt.date(2026, 5, 13)
    config.set_holiday(actor=actors["director"], day=dt.date(2026, 5, 11),
                       is_workday=False, name="调休")
    assert qa_board.rectification_due_preview(actor=actors["supervisor"]) == \
        dt.date(2026, 5, 14)
