"""What the spot-check pages read (DESIGN §11, issue 11 item 3), on top of
`hotline.services.quality`: the month's board of agents with their sampling plan,
the cases of a drawn sample with whether each has been reviewed, and the month's
rectifications (整改) with the step they are at and how late they are.

Read only; the changes (draw, score, appeal, decide, state, re-check) are the
services of `quality`.

Display state of a rectification (`RectificationRow.state`):
- open: with the agent, never sent back; back: with the agent again after a
  rejected appeal or a failed re-check; appealed; stated (the fix stated, waiting
  for the re-check); passed (closed by a passed re-check); withdrawn (appeal upheld).
A review written without a rectification row (the demo's) is read from its own
fields: passed when its re-check passed, stated when the fix is noted, else open.
Overdue: open or back past the due date (as `quality.overdue_rectifications`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN, fn

from ..domain import quality as rules
from ..models import Call, QaSample, QualityReview, Rectification, User
from . import clock, quality, validation
from .base import Actor, service
from .errors import NotFound
from .permissions import MATRIX
from .sla import load_calendar

UNFINISHED = ("open", "back", "appealed", "stated")


@dataclass(frozen=True)
class AgentMonth:
    agent_id: int
    username: str
    name: str
    role: str
    plan: rules.SamplePlan
    mandatory_ids: tuple[int, ...]
    reviewed: int  # reviews of the agent scored in the month
    sample_id: int | None  # the latest draw of the month
    seed: int | None
    sample_cases: int  # cases in that draw (drawn + mandatory)


@dataclass(frozen=True)
class SampleCase:
    call_id: int
    ticket_no: str
    received_at: dt.datetime
    subject: str
    mandatory: bool
    review_id: int | None  # the latest review of the case for this agent
    total: float | None
    grade: str | None


@dataclass(frozen=True)
class RectificationRow:
    review_id: int
    call_id: int
    ticket_no: str
    agent_id: int | None
    agent_name: str
    reviewer_id: int
    reviewer_name: str
    at: dt.datetime
    total: float
    grade: str
    vetoes: tuple[str, ...]
    state: str  # see the module docstring
    due: dt.date | None
    days_overdue: int  # 0 when not overdue
    appealed: bool


def _agents_roles() -> tuple[str, ...]:
    return tuple(sorted(MATRIX["qa.respond"]))


@service("qa.review")
def month_board(*, actor: Actor, month: str) -> list[AgentMonth]:
    """Every active user who answers reviews (but the reviewer), with the month's
    plan, the reviews scored so far and the latest draw."""
    start, end = rules.month_bounds(month)
    people = list(User.select()
                  .where(User.active == True,  # noqa: E712
                         User.role.in_(_agents_roles()), User.id != actor.id)
                  .order_by(User.display_name, User.id))
    ids = [u.id for u in people]
    reviewed = dict(QualityReview
                    .select(QualityReview.agent, fn.COUNT(QualityReview.id))
                    .where(QualityReview.agent.in_(ids), QualityReview.at >= start,
                           QualityReview.at < end)
                    .group_by(QualityReview.agent).tuples()) if ids else {}
    latest = {}
    if ids:
        for row in (QaSample.select()
                    .where(QaSample.agent.in_(ids), QaSample.month == month)
                    .order_by(QaSample.id)):
            latest[row.agent_id] = row
    out = []
    for user in people:
        planned = quality.plan_month(actor=actor, agent_id=user.id, month=month)
        sample = latest.get(user.id)
        cases = 0
        if sample is not None:
            cases = len(set(json.loads(sample.drawn_ids))
                        | set(json.loads(sample.mandatory_ids)))
        out.append(AgentMonth(
            user.id, user.username, user.display_name, user.role, planned.plan,
            planned.mandatory_ids, int(reviewed.get(user.id, 0)),
            sample.id if sample else None, int(sample.seed) if sample else None, cases))
    return out


@service("qa.review")
def sample_cases(*, actor: Actor, sample_id: int) -> list[SampleCase]:
    """The cases of a draw, by ticket number, each with the agent's latest review
    of it (if any)."""
    sample_id = validation.integer("sample_id", sample_id, minimum=1)
    sample = QaSample.get_or_none(QaSample.id == sample_id)
    if sample is None:
        raise NotFound(f"sample {sample_id}", code="not_found")
    mandatory = set(json.loads(sample.mandatory_ids))
    ids = sorted(set(json.loads(sample.drawn_ids)) | mandatory)
    if not ids:
        return []
    reviews = {}
    for q in (QualityReview.select(QualityReview.id, QualityReview.call,
                                   QualityReview.total, QualityReview.grade)
              .where(QualityReview.call.in_(ids),
                     QualityReview.agent == sample.agent_id)
              .order_by(QualityReview.id)):
        reviews[q.call_id] = q
    out = []
    for call_id, ticket, received, subject in (
            Call.select(Call.id, Call.ticket_no, Call.received_at, Call.subject)
            .where(Call.id.in_(ids)).order_by(Call.ticket_no).tuples()):
        q = reviews.get(call_id)
        out.append(SampleCase(
            call_id, ticket, received, subject or "", call_id in mandatory,
            q.id if q else None, float(q.total) if q else None,
            (q.grade or rules.grade(float(q.total))) if q else None))
    return out


def _state(r_state, rechecks, upheld, required, done_at, passed) -> str:
    if r_state is None:  # a review without a rectification row
        if passed:
            return "passed"
        if done_at is not None:
            return "stated"
        return "open" if required else "withdrawn"
    if r_state == "closed":
        return "passed"
    if r_state == "open" and ((rechecks or 0) > 0 or upheld is False):
        return "back"
    return r_state


@service("qa.review")
def month_rectifications(*, actor: Actor, month: str) -> list[RectificationRow]:
    """The rectifications opened by the month's reviews, and every one still
    unfinished whenever it was opened; overdue first, then by due date."""
    start, end = rules.month_bounds(month)
    today = clock.now().date()
    agent, reviewer = User.alias(), User.alias()
    rows = (QualityReview
            .select(QualityReview.id, QualityReview.call, QualityReview.agent,
                    QualityReview.reviewer, QualityReview.at, QualityReview.total,
                    QualityReview.grade, QualityReview.vetoes,
                    QualityReview.rectification_required,
                    QualityReview.rectification_due,
                    QualityReview.rectification_done_at, QualityReview.recheck_passed,
                    Rectification.state, Rectification.due, Rectification.rechecks,
                    Rectification.appeal_upheld, Rectification.appealed_at,
                    Call.ticket_no, agent.display_name, reviewer.display_name)
            .join(Rectification, JOIN.LEFT_OUTER,
                  on=(Rectification.review == QualityReview.id))
            .switch(QualityReview)
            .join(Call, on=(Call.id == QualityReview.call))
            .switch(QualityReview)
            .join(agent, JOIN.LEFT_OUTER, on=(agent.id == QualityReview.agent))
            .switch(QualityReview)
            .join(reviewer, JOIN.LEFT_OUTER, on=(reviewer.id == QualityReview.reviewer))
            .where((Rectification.id.is_null(False)
                    | QualityReview.rectification_required)
                   & (((QualityReview.at >= start) & (QualityReview.at < end))
                      | Rectification.state.in_(("open", "appealed", "stated"))
                      | (Rectification.id.is_null()
                         & QualityReview.rectification_required
                         & QualityReview.rectification_done_at.is_null())))
            .order_by(QualityReview.id)
            .tuples())
    out = []
    for (review_id, call_id, agent_id, reviewer_id, at, total, grade, vetoes,
         required, q_due, done_at, passed, r_state, r_due, rechecks, upheld,
         appealed_at, ticket, agent_name, reviewer_name) in rows:
        due = _day(r_due if r_due is not None else q_due)
        state = _state(r_state, rechecks, upheld, required, done_at, passed)
        late = (today - due).days if due and state in ("open", "back") \
            and due < today else 0
        out.append(RectificationRow(
            review_id, call_id, ticket, agent_id, agent_name or "", reviewer_id,
            reviewer_name or "", at, float(total),
            grade or rules.grade(float(total)), tuple(json.loads(vetoes or "[]")),
            state, due, late, appealed_at is not None))
    out.sort(key=lambda r: (-r.days_overdue, r.state not in UNFINISHED,
                            r.due or dt.date.max, r.review_id))
    return out


def _day(value) -> dt.date | None:
    if value is None or (isinstance(value, dt.date)
                         and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


@service("qa.review")
def rectification_due_preview(*, actor: Actor) -> dt.date:
    """The due date a rectification opened today gets (3 working days on the
    business calendar), shown in the scoring dialog before it is saved."""
    return rules.add_working_days(clock.now().date(), rules.RECTIFY_WORKING_DAYS,
                                  load_calendar().is_workday)
