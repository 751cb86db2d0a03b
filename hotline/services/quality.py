"""Spot checks (抽查) with rectification (整改), DESIGN §11: the rubric and its
versions, the month's sampling plan and reproducible draw per agent, scoring, and
the rectification flow (notice → one appeal decided by another reviewer → the
agent's statement → re-check). The rules without a database are in
`hotline.domain.quality`.

Who: supervisors and directors review (qa.review); the director edits the rubric
(qa.rubric); whoever works cases answers their own reviews (qa.respond), and only
the reviewed agent may appeal or state the fix; an appeal is decided by a reviewer
other than the one who scored the case (and not by the agent).

The agent of a case is its assignee, or its creator when it has none (the demo
writes reviews the same way); a case is eligible for an agent's month when it is a
service call (not a non-service outcome) received in the month that the agent
created or has. QualityReview keeps `at`, `total` and `agent` as before, so
`indicators.qa_rate` / `qa_mean` count these reviews; `rectification_required`,
`rectification_due`, `rectification_done_at` (set when the re-check closes it),
`rectification_note` (the statement) and `recheck_passed` stay written, so the
monthly report's open-rectification count holds.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN, fn

from ..domain import quality as rules
from ..models import (NON_SERVICE_OUTCOMES, Call, CallEvent, Category, QaRubric,
                      QaSample, QualityReview, Rectification, Survey, User)
from ..storage.dialect import is_sqlite
from . import clock, validation
from .base import Actor, audit, service
from .case_access import check_case
from .errors import (Conflict, InvalidTransition, NotFound, PermissionDenied,
                     ValidationError)
from .sla import load_calendar

MAX_TEXT = 2000
COMPLAINT_MARK = "投诉"  # a category (or its parent) with this in its name


# ------------------------------------------------------------------ results


@dataclass(frozen=True)
class RubricVersion:
    version: int
    rubric: rules.Rubric
    saved: bool  # False: the built-in default, not written yet


@dataclass(frozen=True)
class MonthPlan:
    agent_id: int
    month: str
    plan: rules.SamplePlan
    mandatory_ids: tuple[int, ...]


@dataclass(frozen=True)
class Sample:
    id: int
    agent_id: int
    month: str
    seed: int
    plan: rules.SamplePlan
    drawn_ids: tuple[int, ...]  # the random draw
    mandatory_ids: tuple[int, ...]  # always reviewed, on top

    @property
    def call_ids(self) -> tuple[int, ...]:
        return tuple(sorted(set(self.drawn_ids) | set(self.mandatory_ids)))


@dataclass(frozen=True)
class RectificationView:
    state: str  # open, appealed, stated, closed, withdrawn
    items: tuple[str, ...]
    rule: str
    action: str
    due: dt.date
    appeal_by: dt.date
    appeal_reason: str
    appealed_at: dt.datetime | None
    appeal_decided_by: int | None
    appeal_upheld: bool | None
    statement: str
    stated_at: dt.datetime | None
    rechecks: int
    closed_at: dt.datetime | None


@dataclass(frozen=True)
class Review:
    id: int
    call_id: int
    ticket_no: str
    agent_id: int | None
    reviewer_id: int
    at: dt.datetime
    rubric_version: int | None
    scores: dict
    vetoes: tuple[str, ...]
    total: float
    grade: str
    comment: str
    rectification: RectificationView | None


@dataclass(frozen=True)
class Overdue:
    review_id: int
    call_id: int
    ticket_no: str
    agent_id: int | None
    agent_name: str
    due: dt.date
    days_overdue: int


@dataclass(frozen=True)
class QaFigures:
    month: str
    reviews: int
    calls_reviewed: int
    mean: float | None
    vetoes: int  # reviews with a veto item
    rectifications: int  # opened by the month's reviews
    rectifications_open: int  # of those, not closed or withdrawn yet
    rectifications_closed: int  # of those, closed by a passed re-check


# ------------------------------------------------------------------ rubric


def _current_rubric() -> RubricVersion:
    row = QaRubric.select().order_by(QaRubric.version.desc()).first()
    if row is None:
        return RubricVersion(1, rules.DEFAULT_RUBRIC, False)
    return RubricVersion(row.version, rules.rubric_from_data(row.body), True)


def _saved_rubric(actor: Actor) -> RubricVersion:
    """The current version, writing the default as version 1 the first time."""
    current = _current_rubric()
    if not current.saved:
        QaRubric.create(version=1, body=rules.rubric_to_json(rules.DEFAULT_RUBRIC),
                        created_by=actor.user_id, created_at=clock.now())
        audit(actor, "qa_rubric", 1, "create", None, {"version": 1})
        current = RubricVersion(1, current.rubric, True)
    return current


@service("qa.respond")
def get_rubric(*, actor: Actor, version: int | None = None) -> RubricVersion:
    """The current rubric, or the version asked for (a review's)."""
    if version is None:
        return _current_rubric()
    version = validation.integer("version", version, minimum=1)
    row = QaRubric.get_or_none(QaRubric.version == version)
    if row is None:
        if version == 1:
            return RubricVersion(1, rules.DEFAULT_RUBRIC, False)
        raise NotFound(f"rubric version {version}", code="not_found")
    return RubricVersion(row.version, rules.rubric_from_data(row.body), True)


@service("qa.rubric", writes=True)
def save_rubric(*, actor: Actor, rubric) -> int:
    """The director's edit: a new version (reviews keep theirs). `rubric` is the
    JSON form of domain.quality.rubric_to_json, as text or dict. Returns the
    version."""
    parsed = rules.rubric_from_data(rubric)
    current = _saved_rubric(actor)
    if parsed == current.rubric:
        return current.version
    version = current.version + 1
    QaRubric.create(version=version, body=rules.rubric_to_json(parsed),
                    created_by=actor.user_id, created_at=clock.now())
    audit(actor, "qa_rubric", version, "create", None,
          {"version": version, "item_count": len(parsed.items),
           "veto_count": len(parsed.vetoes)})
    return version


# ------------------------------------------------------------------ sampling


def _agent(agent_id) -> User:
    agent_id = validation.integer("agent_id", agent_id, minimum=1)
    user = User.get_or_none(User.id == agent_id)
    if user is None or not user.active:
        raise ValidationError("agent_id", "is not an active user",
                                         code="not_active_user")
    return user


def _eligible(agent_id: int, start: dt.datetime, end: dt.datetime):
    return (Call.select(Call.id)
            .where(Call.received_at >= start, Call.received_at < end,
                   Call.outcome.not_in(NON_SERVICE_OUTCOMES),
                   (Call.assignee == agent_id) | (Call.creator == agent_id)))


def _mandatory(agent_id: int, start: dt.datetime, end: dt.datetime,
               eligible_ids: set[int]) -> tuple[int, ...]:
    """Complaints among the eligible cases, and the agent's cases with a 1–2 survey
    or reopened in the month (wherever they were received)."""
    parent = Category.alias()
    complaints = {cid for (cid,) in (
        Call.select(Call.id)
        .join(Category, on=(Call.category == Category.id))
        .join(parent, JOIN.LEFT_OUTER, on=(Category.parent == parent.id))
        .where(Call.id.in_(_eligible(agent_id, start, end)),
               Category.name.contains(COMPLAINT_MARK)
               | parent.name.contains(COMPLAINT_MARK))
        .tuples())}
    mine = (Call.assignee == agent_id) | (Call.creator == agent_id)
    unhappy = {cid for (cid,) in (
        Call.select(Call.id).join(Survey, on=(Survey.call == Call.id))
        .where(mine, Survey.at >= start, Survey.at < end, Survey.rating <= 2)
        .tuples())}
    reopened = {cid for (cid,) in (
        Call.select(Call.id).join(CallEvent, on=(CallEvent.call == Call.id))
        .where(mine, CallEvent.kind == "reopened", CallEvent.at >= start,
               CallEvent.at < end)
        .tuples())}
    return tuple(sorted(complaints | unhappy | reopened))


def _plan(agent: User, month: str) -> tuple[rules.SamplePlan, list[int],
                                            tuple[int, ...]]:
    start, end = rules.month_bounds(month)
    eligible = [cid for (cid,) in _eligible(agent.id, start, end).tuples()]
    mandatory = _mandatory(agent.id, start, end, set(eligible))
    counted = set(eligible) | set(mandatory)
    plan = rules.plan(len(counted), new_staff=rules.is_new_staff(agent.created_at, start),
                      mandatory=len(mandatory))
    pool = sorted(set(eligible) - set(mandatory))
    return plan, pool, mandatory


@service("qa.review")
def plan_month(*, actor: Actor, agent_id: int, month: str) -> MonthPlan:
    """The month's sampling plan for an agent (nothing is drawn or written)."""
    agent = _agent(agent_id)
    plan, _pool, mandatory = _plan(agent, month)
    return MonthPlan(agent.id, month, plan, mandatory)


def _sample_view(row: QaSample) -> Sample:
    plan = rules.SamplePlan(row.eligible, row.rate, row.minimum, row.new_staff,
                            row.size, len(json.loads(row.mandatory_ids)))
    return Sample(row.id, row.agent_id, row.month, int(row.seed), plan,
                  tuple(json.loads(row.drawn_ids)), tuple(json.loads(row.mandatory_ids)))


@service("qa.review", writes=True)
def draw_sample(*, actor: Actor, agent_id: int, month: str,
                seed: int | None = None) -> Sample:
    """Draw the agent's month: a new random seed unless one is given (to repeat a
    draw); the seed, the plan's figures and the calls drawn are recorded."""
    agent = _agent(agent_id)
    if seed is None:
        seed = rules.new_seed()
    plan, pool, mandatory = _plan(agent, month)
    drawn = rules.draw(pool, plan.size, seed)
    row = QaSample.create(
        agent=agent.id, month=month, seed=seed, eligible=plan.eligible,
        rate=plan.rate, minimum=plan.minimum, new_staff=plan.new_staff,
        size=plan.size, drawn_ids=json.dumps(list(drawn)),
        mandatory_ids=json.dumps(list(mandatory)), drawn_by=actor.user_id,
        drawn_at=clock.now())
    audit(actor, "qa_sample", row.id, "draw", None,
          {"agent_id": agent.id, "month": month, "seed": seed, "size": plan.size,
           "eligible_count": plan.eligible, "mandatory_count": len(mandatory)})
    return _sample_view(row)


@service("qa.review")
def latest_sample(*, actor: Actor, agent_id: int, month: str) -> Sample | None:
    agent = _agent(agent_id)
    rules.month_bounds(month)
    row = (QaSample.select().where(QaSample.agent == agent.id, QaSample.month == month)
           .order_by(QaSample.id.desc()).first())
    return _sample_view(row) if row else None


# ------------------------------------------------------------------ reviews


def _text(field: str, value, required: bool = False) -> str:
    return validation.text(field, value, max_len=MAX_TEXT, required=required,
                           multiline=True)


def _calendar_is_workday():
    return load_calendar().is_workday


def _working_days_after(day: dt.date, n: int) -> dt.date:
    return rules.add_working_days(day, n, _calendar_is_workday())


def _rect_view(r: Rectification | None) -> RectificationView | None:
    if r is None:
        return None
    return RectificationView(
        r.state, tuple(json.loads(r.items or "[]")), r.rule, r.action, r.due,
        r.appeal_by, r.appeal_reason, r.appealed_at, r.appeal_decided_by_id,
        r.appeal_upheld, r.statement, r.stated_at, r.rechecks, r.closed_at)


def _view(q: QualityReview, r: Rectification | None = None) -> Review:
    if r is None:
        r = Rectification.get_or_none(Rectification.review == q.id)
    ticket = Call.select(Call.ticket_no).where(Call.id == q.call_id).scalar() or ""
    return Review(
        q.id, q.call_id, ticket, q.agent_id, q.reviewer_id, q.at, q.rubric_version,
        json.loads(q.scores or "{}"), tuple(json.loads(q.vetoes or "[]")),
        float(q.total), q.grade or rules.grade(float(q.total)), q.comment,
        _rect_view(r))


@service("qa.review", writes=True)
def score_case(*, actor: Actor, call_id: int, scores: dict, vetoes=(),
               comment: str = "", rule: str = "", action: str = "",
               agent_id: int | None = None) -> Review:
    """Score a case against the current rubric. Below 80 or with a veto a
    rectification opens: the items concerned, the rule and what to do (the
    reviewer's words), due in 3 working days, appealable within 3 working days."""
    comment = _text("comment", comment)
    rule = _text("rule", rule)
    action = _text("action", action)
    call_id = validation.integer("call_id", call_id, minimum=1)
    call = Call.get_or_none(Call.id == call_id)
    if call is None:
        raise NotFound(f"case {call_id}", code="not_found")
    check_case(actor, call, "see")
    if agent_id is None:
        agent_id = call.assignee_id or call.creator_id
    if agent_id is None:
        raise ValidationError("agent_id", "is required", code="required")
    agent = _agent(agent_id)
    if agent.id == actor.id:
        raise Conflict("you cannot review your own case", code="own_review")
    rubric = _saved_rubric(actor)
    result = rules.score(rubric.rubric, scores, vetoes)
    now = clock.now()
    due = None
    if result.rectification:
        due = _working_days_after(now.date(), rules.RECTIFY_WORKING_DAYS)
    review = QualityReview.create(
        call=call.id, reviewer=actor.id, agent=agent.id, at=now,
        scores=json.dumps(result.scores, ensure_ascii=False, sort_keys=True),
        total=result.total, comment=comment,
        rectification_required=result.rectification, rectification_due=due,
        rubric_version=rubric.version, vetoes=json.dumps(list(result.vetoes)),
        grade=result.grade)
    rect = None
    if result.rectification:
        rect = Rectification.create(
            review=review.id, state="open", items=json.dumps(list(result.failed_items)),
            rule=rule, action=action, due=due, opened_at=now, opened_by=actor.id,
            appeal_by=_working_days_after(now.date(), rules.APPEAL_WORKING_DAYS))
    audit(actor, "quality_review", review.id, "score", None,
          {"call_id": call.id, "agent_id": agent.id, "total": result.total,
           "grade": result.grade, "veto": bool(result.vetoes),
           "version": rubric.version, "rectification_due": due, "comment": comment,
           "rule": rule, "action": action})
    return _view(review, rect)


def _review_for_update(review_id) -> tuple[QualityReview, Rectification]:
    review_id = validation.integer("review_id", review_id, minimum=1)
    query = QualityReview.select().where(QualityReview.id == review_id)
    q = (query if is_sqlite() else query.for_update()).first()
    if q is None:
        raise NotFound(f"review {review_id}", code="not_found")
    # the review row is locked (PostgreSQL) or the database is (SQLite writes)
    r = Rectification.get_or_none(Rectification.review == q.id)
    if r is None:
        if not q.rectification_required:
            raise Conflict("this review has no rectification", code="no_rectification")
        # a review written without one (the demo): its notice from its own fields
        due = q.rectification_due or q.at.date()
        r = Rectification.create(
            review=q.id, state="closed" if q.recheck_passed else "open", due=due,
            opened_at=q.at, opened_by=q.reviewer_id, appeal_by=due,
            closed_at=q.rectification_done_at if q.recheck_passed else None)
    return q, r


def _own(actor: Actor, q: QualityReview, what: str) -> None:
    if q.agent_id != actor.id:
        raise PermissionDenied(f"qa.{what}", actor.role, code="not_your_review",
                               action=what)


def _state(r: Rectification, action: str, *states: str) -> None:
    if r.state not in states:
        raise InvalidTransition(action, r.state, code="rectification_state")


@service("qa.respond", writes=True)
def appeal(*, actor: Actor, review_id: int, reason: str) -> Review:
    """The reviewed agent appeals (申诉), once, within 3 working days of the notice."""
    reason = _text("reason", reason, required=True)
    q, r = _review_for_update(review_id)
    _own(actor, q, "appeal")
    if r.appealed_at is not None:
        raise Conflict("this review was appealed already", code="appealed_already")
    _state(r, "appeal", "open")
    now = clock.now()
    if now.date() > r.appeal_by:
        raise Conflict("the time to appeal has passed", code="appeal_too_late",
                       until=r.appeal_by)
    r.state, r.appeal_reason, r.appealed_at = "appealed", reason, now
    r.save()
    audit(actor, "quality_review", q.id, "appeal", {"state": "open"},
          {"state": "appealed", "appealed_at": now, "reason": reason})
    return _view(q, r)


@service("qa.review", writes=True)
def decide_appeal(*, actor: Actor, review_id: int, upheld: bool,
                  note: str = "") -> Review:
    """Another reviewer decides the appeal: upheld withdraws the rectification;
    rejected sends it back with a new due date (3 working days)."""
    note = _text("note", note)
    if not isinstance(upheld, bool):
        raise ValidationError("upheld", "is required", code="required")
    q, r = _review_for_update(review_id)
    if actor.id in (q.reviewer_id, q.agent_id):
        raise PermissionDenied("qa.review", actor.role, code="own_review_appeal",
                               action="decide")
    _state(r, "decide", "appealed")
    now = clock.now()
    r.appeal_decided_by, r.appeal_decided_at, r.appeal_upheld = actor.id, now, upheld
    if upheld:
        r.state, r.closed_at = "withdrawn", now
        q.rectification_required = False
    else:
        _back_to_the_agent(q, r, now)
    r.save()
    q.save()
    audit(actor, "quality_review", q.id, "decide_appeal", {"state": "appealed"},
          {"state": r.state, "appeal_upheld": upheld, "rectification_due": r.due,
           "note": note})
    return _view(q, r)


def _back_to_the_agent(q: QualityReview, r: Rectification, now: dt.datetime) -> None:
    """The rectification is open again, due in 3 working days from today."""
    r.state = "open"
    r.due = _working_days_after(now.date(), rules.RECTIFY_WORKING_DAYS)
    q.rectification_due = r.due


@service("qa.respond", writes=True)
def state_fix(*, actor: Actor, review_id: int, statement: str) -> Review:
    """The reviewed agent states what was done (整改说明)."""
    statement = _text("statement", statement, required=True)
    q, r = _review_for_update(review_id)
    _own(actor, q, "state")
    _state(r, "state", "open")
    now = clock.now()
    r.state, r.statement, r.stated_at = "stated", statement, now
    r.save()
    q.rectification_note = statement
    q.save()
    audit(actor, "quality_review", q.id, "state_fix", {"state": "open"},
          {"state": "stated", "stated_at": now, "statement": statement})
    return _view(q, r)


@service("qa.review", writes=True)
def recheck(*, actor: Actor, review_id: int, passed: bool, note: str = "") -> Review:
    """复查: passed closes the rectification; failed sends it back to the agent,
    due in 3 working days."""
    note = _text("note", note)
    if not isinstance(passed, bool):
        raise ValidationError("passed", "is required", code="required")
    q, r = _review_for_update(review_id)
    if actor.id == q.agent_id:
        raise PermissionDenied("qa.review", actor.role, code="own_review_appeal",
                               action="recheck")
    _state(r, "recheck", "stated")
    now = clock.now()
    r.rechecked_by, r.rechecked_at, r.rechecks = actor.id, now, r.rechecks + 1
    q.recheck_passed = passed
    if passed:
        r.state, r.closed_at = "closed", now
        q.rectification_done_at = now
    else:
        _back_to_the_agent(q, r, now)
    r.save()
    q.save()
    audit(actor, "quality_review", q.id, "recheck", {"state": "stated"},
          {"state": r.state, "recheck_passed": passed, "rectification_due": r.due,
           "note": note})
    return _view(q, r)


@service("qa.respond")
def get_review(*, actor: Actor, review_id: int) -> Review:
    """A review: its agent, or a reviewer (supervisor, director)."""
    from .permissions import allowed

    review_id = validation.integer("review_id", review_id, minimum=1)
    q = QualityReview.get_or_none(QualityReview.id == review_id)
    if q is None:
        raise NotFound(f"review {review_id}", code="not_found")
    if q.agent_id != actor.id and not allowed(actor.role, "qa.review"):
        raise PermissionDenied("qa.review", actor.role, code="not_your_review",
                               action="see_review")
    return _view(q)


@service("qa.respond")
def my_reviews(*, actor: Actor, month: str | None = None) -> list[Review]:
    """The signed-in agent's reviews, newest first (a month's, when given)."""
    query = QualityReview.select().where(QualityReview.agent == actor.id)
    if month is not None:
        start, end = rules.month_bounds(month)
        query = query.where(QualityReview.at >= start, QualityReview.at < end)
    rows = list(query.order_by(QualityReview.at.desc(), QualityReview.id.desc()))
    rects = {r.review_id: r for r in Rectification.select().where(
        Rectification.review.in_([q.id for q in rows]))} if rows else {}
    return [_view(q, rects.get(q.id)) for q in rows]


@service("qa.review")
def overdue_rectifications(*, actor: Actor) -> list[Overdue]:
    """Rectifications still with the agent past their due date (the dashboard),
    most overdue first; a review without a rectification row (the demo's) counts
    by its own due date while its fix is not done."""
    today = clock.now().date()
    rows = (QualityReview
            .select(QualityReview.id, QualityReview.call, QualityReview.agent,
                    fn.COALESCE(Rectification.due, QualityReview.rectification_due)
                    .alias("due_day"),
                    Call.ticket_no, User.display_name)
            .join(Rectification, JOIN.LEFT_OUTER,
                  on=(Rectification.review == QualityReview.id))
            .switch(QualityReview)
            .join(Call, on=(Call.id == QualityReview.call))
            .switch(QualityReview)
            .join(User, JOIN.LEFT_OUTER, on=(User.id == QualityReview.agent))
            .where(((Rectification.id.is_null()
                     & QualityReview.rectification_required
                     & QualityReview.rectification_done_at.is_null()
                     & (QualityReview.rectification_due < today))
                    | ((Rectification.state == "open") & (Rectification.due < today))))
            .order_by(QualityReview.id)
            .tuples())
    out = []
    for review_id, call_id, agent_id, due, ticket, name in rows:
        if isinstance(due, str):
            due = dt.date.fromisoformat(due[:10])
        elif isinstance(due, dt.datetime):
            due = due.date()
        out.append(Overdue(review_id, call_id, ticket, agent_id, name or "", due,
                           (today - due).days))
    out.sort(key=lambda o: (o.due, o.review_id))
    return out


@service("qa.review")
def qa_figures(*, actor: Actor, month: str) -> QaFigures:
    """The month's QA figures: reviews, cases reviewed, mean total, reviews with a
    veto, rectifications opened by them, still open and closed."""
    start, end = rules.month_bounds(month)
    rows = list(QualityReview
                .select(QualityReview.id, QualityReview.call, QualityReview.total,
                        QualityReview.vetoes, QualityReview.rectification_required,
                        QualityReview.rectification_done_at, Rectification.state)
                .join(Rectification, JOIN.LEFT_OUTER,
                      on=(Rectification.review == QualityReview.id))
                .where(QualityReview.at >= start, QualityReview.at < end)
                .tuples())
    n = len(rows)
    vetoes = sum(1 for r in rows if json.loads(r[3] or "[]"))
    opened = [r for r in rows if r[4] or r[6] == "withdrawn"]
    closed = sum(1 for r in opened if r[6] == "closed"
                 or (r[6] is None and r[5] is not None))
    still = sum(1 for r in opened if r[6] in ("open", "appealed", "stated")
                or (r[6] is None and r[5] is None))
    return QaFigures(month, n, len({r[1] for r in rows}),
                     round(sum(float(r[2]) for r in rows) / n, 2) if n else None,
                     vetoes, len(opened), still, closed)
