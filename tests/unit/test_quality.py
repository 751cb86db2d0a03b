"""Spot checks with rectification (DESIGN §11, services/quality.py), on each backend:
the month's plan and its reproducible draw, scoring with a veto, the rectification
flow (appeal once, decided by another reviewer; statement; re-check), rubric
versions, the figures, and what the audit log keeps."""

import datetime as dt
import json

import pytest

from helpers import make_user
from hotline.domain import quality as rules
from hotline.models import (AuditLog, Category, QualityReview, Rectification, User,
                            db)
from hotline.services import calls, config, indicators, quality
from hotline.services.errors import (Conflict, InvalidTransition, PermissionDenied,
                                     ValidationError)
from hotline.storage.migrations import _m012_quality

T = dt.datetime
MONTH = "2026-05"


@pytest.fixture
def frozen(frozen_clock):
    frozen_clock.at(T(2026, 5, 8, 10, 0))  # a Friday
    return frozen_clock


def full(rubric=rules.DEFAULT_RUBRIC, **less):
    scores = {i.code: i.points for i in rubric.items}
    scores.update(less)
    return scores


def _log(actor, day, outcome="answered", **kw):
    return calls.log_call(actor=actor, outcome=outcome, subject="咨询",
                          solution="已答复" if outcome == "answered" else "",
                          received_at=T(2026, 5, day, 9, 0), **kw)


@pytest.fixture
def month_of_calls(database, actors, frozen):
    """The duty officer's May: 27 ordinary answered calls, a complaint, a call
    rated 1, a reopened call, and 3 non-service calls (not eligible)."""
    duty, sup = actors["duty_officer"], actors["supervisor"]
    User.update(created_at=T(2025, 1, 1)).where(User.id == duty.id).execute()
    top = Category.create(code="CMP", name="服务投诉")
    leaf = Category.create(code="CMP.ATT", name="态度问题", parent=top)
    plain = [_log(duty, 1 + i % 7).id for i in range(27)]
    complaint = _log(duty, 4, category_id=leaf.id).id
    unhappy = _log(duty, 5).id
    calls.record_survey(actor=duty, call_id=unhappy, rating=1)
    reopened = _log(duty, 6).id
    calls.reopen(actor=sup, call_id=reopened, reason="来电人不满意")
    for _ in range(3):
        _log(duty, 6, outcome="hang_up")
    return {"plain": plain, "mandatory": sorted([complaint, unhappy, reopened])}


def test_plan_for_an_old_and_a_new_agent(actors, month_of_calls):
    sup, duty = actors["supervisor"], actors["duty_officer"]
    plan = quality.plan_month(actor=sup, agent_id=duty.id, month=MONTH)
    assert plan.mandatory_ids == tuple(month_of_calls["mandatory"])
    assert (plan.plan.eligible, plan.plan.size, plan.plan.new_staff,
            plan.plan.mandatory) == (30, 8, False, 3)
    # in their first three months: doubled
    User.update(created_at=T(2026, 3, 20)).where(User.id == duty.id).execute()
    plan = quality.plan_month(actor=sup, agent_id=duty.id, month=MONTH)
    assert (plan.plan.size, plan.plan.new_staff) == (16, True)
    # nothing in June
    june = quality.plan_month(actor=sup, agent_id=duty.id, month="2026-06")
    assert (june.plan.eligible, june.plan.size, june.mandatory_ids) == (0, 0, ())


def test_same_seed_same_sample_and_mandatory_cases_on_top(actors, month_of_calls):
    sup, duty = actors["supervisor"], actors["duty_officer"]
    first = quality.draw_sample(actor=sup, agent_id=duty.id, month=MONTH, seed=42)
    again = quality.draw_sample(actor=sup, agent_id=duty.id, month=MONTH, seed=42)
    other = quality.draw_sample(actor=sup, agent_id=duty.id, month=MONTH, seed=43)
    assert first.drawn_ids == again.drawn_ids and len(first.drawn_ids) == 8
    assert other.drawn_ids != first.drawn_ids  # 27 choose 8: almost surely
    assert set(first.drawn_ids) <= set(month_of_calls["plain"])
    assert set(month_of_calls["mandatory"]) <= set(first.call_ids)
    assert len(first.call_ids) == 11
    # no seed: a new one, recorded, and it repeats the draw
    fresh = quality.draw_sample(actor=sup, agent_id=duty.id, month=MONTH)
    stored = quality.latest_sample(actor=sup, agent_id=duty.id, month=MONTH)
    assert stored.id == fresh.id and stored.seed == fresh.seed
    assert stored.drawn_ids == fresh.drawn_ids
    repeat = quality.draw_sample(actor=sup, agent_id=duty.id, month=MONTH,
                                 seed=fresh.seed)
    assert repeat.drawn_ids == fresh.drawn_ids
    row = AuditLog.select().where(AuditLog.entity == "qa_sample").order_by(
        AuditLog.id).first()
    assert json.loads(row.new)["seed"] == 42


def test_veto_opens_a_rectification_and_the_flow_runs_to_closure(
        actors, frozen, month_of_calls):
    sup, duty, director = (actors["supervisor"], actors["duty_officer"],
                           actors["director"])
    sup2 = make_user("supervisor2", "supervisor", "supervisor two")
    case = month_of_calls["plain"][0]
    # Monday 11 May is a holiday: 3 working days after Friday 8 May is Thursday 14
    config.set_holiday(actor=director, day=dt.date(2026, 5, 11), is_workday=False,
                       name="调休")
    review = quality.score_case(actor=sup, call_id=case, scores=full(),
                                vetoes=["leak"], comment="泄露了来电人住址",
                                rule="保密规定第3条", action="重新学习保密规定")
    assert (review.total, review.grade, review.vetoes) == (0, "fail", ("leak",))
    assert review.agent_id == duty.id and review.rubric_version == 1
    rect = review.rectification
    assert (rect.state, rect.due, rect.items) == ("open", dt.date(2026, 5, 14),
                                                  ("leak",))
    # another agent may not answer it; the agent appeals once
    with pytest.raises(PermissionDenied) as denied:
        quality.appeal(actor=actors["specialist"], review_id=review.id, reason="x")
    assert denied.value.code == "not_your_review"
    frozen.at(T(2026, 5, 12, 9, 0))
    appealed = quality.appeal(actor=duty, review_id=review.id, reason="未泄露，系来电人自述")
    assert appealed.rectification.state == "appealed"
    with pytest.raises(Conflict) as twice:
        quality.appeal(actor=duty, review_id=review.id, reason="再次申诉")
    assert twice.value.code == "appealed_already"
    # the reviewer cannot decide the appeal of their own review; another can
    with pytest.raises(PermissionDenied) as own:
        quality.decide_appeal(actor=sup, review_id=review.id, upheld=False)
    assert own.value.code == "own_review_appeal"
    decided = quality.decide_appeal(actor=sup2, review_id=review.id, upheld=False,
                                    note="录音显示确有泄露")
    assert decided.rectification.state == "open"
    assert decided.rectification.appeal_decided_by == sup2.id
    assert decided.rectification.due == dt.date(2026, 5, 15)  # Tue 12 + 3
    with pytest.raises(Conflict) as after:
        quality.appeal(actor=duty, review_id=review.id, reason="还是不服")
    assert after.value.code == "appealed_already"
    # past due: on the dashboard's list
    frozen.at(T(2026, 5, 18, 9, 0))
    overdue = quality.overdue_rectifications(actor=sup)
    assert [(o.review_id, o.due, o.days_overdue) for o in overdue] == [
        (review.id, dt.date(2026, 5, 15), 3)]
    # a re-check before a statement is refused
    with pytest.raises(InvalidTransition):
        quality.recheck(actor=sup, review_id=review.id, passed=True)
    stated = quality.state_fix(actor=duty, review_id=review.id,
                               statement="已学习保密规定并签字")
    assert stated.rectification.state == "stated"
    assert quality.overdue_rectifications(actor=sup) == []
    back = quality.recheck(actor=sup, review_id=review.id, passed=False)
    assert (back.rectification.state, back.rectification.due) == (
        "open", dt.date(2026, 5, 21))
    assert QualityReview.get_by_id(review.id).recheck_passed is False
    quality.state_fix(actor=duty, review_id=review.id, statement="补充学习记录")
    frozen.at(T(2026, 5, 20, 15, 0))
    closed = quality.recheck(actor=sup, review_id=review.id, passed=True)
    assert (closed.rectification.state, closed.rectification.rechecks) == ("closed", 2)
    row = QualityReview.get_by_id(review.id)
    assert row.recheck_passed is True and row.rectification_done_at == T(
        2026, 5, 20, 15, 0)
    assert row.rectification_note == "补充学习记录"
    # the agent sees it among their own reviews
    mine = quality.my_reviews(actor=duty)
    assert [(r.id, r.rectification.state) for r in mine] == [(review.id, "closed")]
    assert quality.my_reviews(actor=actors["specialist"]) == []


def test_appeal_after_three_working_days_is_refused(actors, frozen, month_of_calls):
    sup, duty = actors["supervisor"], actors["duty_officer"]
    review = quality.score_case(actor=sup, call_id=month_of_calls["plain"][1],
                                scores=full(correct=0, complete=0))
    assert (review.total, review.grade, review.rectification.appeal_by) == (
        75, "improve", dt.date(2026, 5, 13))
    frozen.at(T(2026, 5, 14, 9, 0))
    with pytest.raises(Conflict) as late:
        quality.appeal(actor=duty, review_id=review.id, reason="迟到的申诉")
    assert late.value.code == "appeal_too_late"


def test_an_upheld_appeal_withdraws_it_and_a_good_score_opens_none(
        actors, frozen, month_of_calls):
    sup, duty, director = (actors["supervisor"], actors["duty_officer"],
                           actors["director"])
    good = quality.score_case(actor=sup, call_id=month_of_calls["plain"][2],
                              scores=full(correct=5))
    assert (good.total, good.grade, good.rectification) == (90, "excellent", None)
    with pytest.raises(Conflict):
        quality.appeal(actor=duty, review_id=good.id, reason="无")
    bad = quality.score_case(actor=sup, call_id=month_of_calls["plain"][3],
                             scores=full(), vetoes=["abuse"])
    quality.appeal(actor=duty, review_id=bad.id, reason="对方先辱骂")
    withdrawn = quality.decide_appeal(actor=director, review_id=bad.id, upheld=True)
    assert withdrawn.rectification.state == "withdrawn"
    with pytest.raises(InvalidTransition):
        quality.state_fix(actor=duty, review_id=bad.id, statement="x")
    figures = quality.qa_figures(actor=sup, month=MONTH)
    assert (figures.reviews, figures.mean, figures.vetoes, figures.rectifications,
            figures.rectifications_open, figures.rectifications_closed) == (
        2, 45.0, 1, 1, 0, 0)
    # the indicators count these reviews (agent, at, total)
    month = indicators.indicators(actor=sup, start="2026-05-01", end="2026-06-01")
    assert month["qa_mean"] == 45.0
    assert month["qa_rate"] == pytest.approx(2 / 30, abs=1e-4)
    agent = next(a for a in month["agents"] if a["user"] == duty.username)
    assert agent["qa_mean"] == 45.0


def test_director_edits_the_rubric_and_earlier_reviews_keep_their_version(
        actors, frozen, month_of_calls):
    sup, director = actors["supervisor"], actors["director"]
    before = quality.score_case(actor=sup, call_id=month_of_calls["plain"][4],
                                scores=full(opening=0))
    assert (before.rubric_version, before.total) == (1, 96)
    data = json.loads(rules.rubric_to_json(rules.DEFAULT_RUBRIC))
    data["dimensions"][0]["items"][0] = ["opening", "开场白（报工号）", 2]
    data["dimensions"][1]["items"].append(["empathy", "共情", 2])
    with pytest.raises(PermissionDenied):
        quality.save_rubric(actor=sup, rubric=data)
    assert quality.save_rubric(actor=director, rubric=data) == 2
    assert quality.save_rubric(actor=director, rubric=data) == 2  # unchanged: same
    current = quality.get_rubric(actor=actors["duty_officer"])
    assert current.version == 2 and current.rubric.item("empathy").points == 2
    with pytest.raises(ValidationError) as e:  # an item of version 2 is missing
        quality.score_case(actor=sup, call_id=month_of_calls["plain"][5],
                           scores=full(opening=0))
    assert (e.value.field, e.value.code) == ("scores.empathy", "score_missing")
    after = quality.score_case(actor=sup, call_id=month_of_calls["plain"][5],
                               scores=full(current.rubric, opening=0))
    assert (after.rubric_version, after.total) == (2, 98)
    kept = quality.get_review(actor=sup, review_id=before.id)
    assert (kept.rubric_version, kept.total, kept.scores["opening"]) == (1, 96, 0)
    old = quality.get_rubric(actor=sup, version=kept.rubric_version)
    assert old.rubric == rules.DEFAULT_RUBRIC
    bad = json.loads(json.dumps(data))
    bad["dimensions"][0]["items"][0][2] = 3
    with pytest.raises(ValidationError) as e:
        quality.save_rubric(actor=director, rubric=bad)
    assert e.value.code == "rubric_total"


def test_roles_and_object_rules(actors, frozen, month_of_calls):
    sup, duty = actors["supervisor"], actors["duty_officer"]
    for role in ("duty_officer", "specialist", "secretary", "admin"):
        with pytest.raises(PermissionDenied):
            quality.draw_sample(actor=actors[role], agent_id=duty.id, month=MONTH)
        with pytest.raises(PermissionDenied):
            quality.score_case(actor=actors[role], call_id=month_of_calls["plain"][0],
                               scores=full())
    for role in ("secretary", "admin"):
        with pytest.raises(PermissionDenied):
            quality.my_reviews(actor=actors[role])
    review = quality.score_case(actor=sup, call_id=month_of_calls["plain"][0],
                                scores=full(correct=0))
    with pytest.raises(PermissionDenied) as other:
        quality.get_review(actor=actors["specialist"], review_id=review.id)
    assert other.value.code == "not_your_review"
    assert quality.get_review(actor=duty, review_id=review.id).total == 85
    # a supervisor does not review a case of their own
    own = _log(sup, 7)
    with pytest.raises(Conflict) as mine:
        quality.score_case(actor=sup, call_id=own.id, scores=full())
    assert mine.value.code == "own_review"
    assert QualityReview.select().count() == 1


def test_audit_rows_hold_no_comment_text(actors, frozen, month_of_calls):
    sup, duty, director = (actors["supervisor"], actors["duty_officer"],
                           actors["director"])
    texts = ["来电人张三的住址被念出", "保密规定第三条", "重新学习保密制度",
             "我没有念住址", "驳回理由很长", "已整改完毕签字"]
    review = quality.score_case(actor=sup, call_id=month_of_calls["plain"][0],
                                scores=full(), vetoes=["leak"], comment=texts[0],
                                rule=texts[1], action=texts[2])
    quality.appeal(actor=duty, review_id=review.id, reason=texts[3])
    quality.decide_appeal(actor=director, review_id=review.id, upheld=False,
                          note=texts[4])
    quality.state_fix(actor=duty, review_id=review.id, statement=texts[5])
    quality.recheck(actor=sup, review_id=review.id, passed=True)
    rows = list(AuditLog.select().where(AuditLog.entity == "quality_review"))
    assert [r.action for r in rows] == ["score", "appeal", "decide_appeal",
                                        "state_fix", "recheck"]
    dump = " ".join(f"{r.old} {r.new}" for r in rows)
    for text in texts:
        assert text not in dump
    score_row = json.loads(rows[0].new)
    assert score_row["total"] == 0 and score_row["veto"] is True
    assert {"comment", "rule", "action"} <= set(score_row["changed"])


def test_migration_12_takes_existing_reviews(actors, frozen, month_of_calls):
    """Reviews written before (the demo's: no version, vetoes or grade, no
    rectification row) get a grade and a rectification; run again, nothing more."""
    sup, duty = actors["supervisor"], actors["duty_officer"]
    plain = month_of_calls["plain"]
    common = dict(reviewer=sup.id, agent=duty.id, at=T(2026, 5, 6, 10, 0),
                  scores="{}", comment="旧评语")
    QualityReview.create(call=plain[0], total=92, **common)
    weak = QualityReview.create(call=plain[1], total=70, rectification_required=True,
                                rectification_due=dt.date(2026, 5, 7), **common)
    done = QualityReview.create(call=plain[2], total=72, rectification_required=True,
                                rectification_due=dt.date(2026, 5, 13),
                                rectification_done_at=T(2026, 5, 7, 9, 0),
                                recheck_passed=True, **common)
    QualityReview.update(grade=None).execute()
    for _ in range(2):
        with db.obj.atomic():
            _m012_quality(db.obj)
    assert sorted(q.grade for q in QualityReview.select()) == ["excellent", "improve",
                                                               "improve"]
    states = {r.review_id: (r.state, r.due) for r in Rectification.select()}
    assert states == {weak.id: ("open", dt.date(2026, 5, 7)),
                      done.id: ("closed", dt.date(2026, 5, 13))}
    # the services take them up: overdue, and the agent can state the fix
    assert [o.review_id for o in quality.overdue_rectifications(actor=sup)] == [weak.id]
    stated = quality.state_fix(actor=duty, review_id=weak.id, statement="已整改")
    assert stated.rectification.state == "stated" and stated.grade == "improve"
