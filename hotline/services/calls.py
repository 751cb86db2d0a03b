"""Calls and the case workflow (DESIGN §4).

Each public function is one transaction: the case row, its timeline event and its
audit row commit together or not at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..domain import workflow
from ..domain.case_actions import CaseState, available_actions
from ..models import (CHANNELS, NON_SERVICE_OUTCOMES, OUTCOMES, PRIORITIES, Call,
                      CallEvent, Callback, Caller, CaseArticle, CaseResolution,
                      Category, KnowledgeArticle, Supervision, Survey, User, db)
from . import clock, knowledge, sla, validation
from ..storage.dialect import insert_row, is_sqlite
from .base import Actor, audit, service
from .case_access import check_case, check_no_survey
from .callers import (create_named_caller, find_or_create_caller, mask_phone,
                      normalize_phone)
from .errors import (InvalidTransition, NotFound, PermissionDenied, StaleCase,
                     ValidationError)
from .permissions import allowed

OPEN_STATUSES = workflow.OPEN_STATUSES
DISPATCH_ROLES = ("specialist", "supervisor", "director")
ESCALATE_ROLES = ("specialist", "supervisor", "director")

# The workflow itself (which action from which status, the updates each makes) is
# hotline.domain.workflow; these views of it are kept for the callers that read them.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    action: sources for action, (sources, _) in workflow.TRANSITIONS.items()}
_TARGET = {action: to for action, (_, to) in workflow.TRANSITIONS.items()}

MAX_SUBJECT = 200
MAX_DESCRIPTION = 20_000
MAX_NOTE = 10_000
MAX_DURATION = 24 * 3600


# ----------------------------------------------------------------- return values

@dataclass(frozen=True)
class CaseSummary:
    id: int
    ticket_no: str
    received_at: dt.datetime
    channel: str
    phone: str
    caller_name: str
    category_id: int | None
    category: str
    priority: str
    subject: str
    outcome: str
    status: str
    assignee_id: int | None
    assignee: str
    creator_id: int | None
    first_response_due: dt.datetime | None
    resolution_due: dt.datetime | None
    confidential: bool
    anonymous: bool
    redacted: bool = False
    version: int = 0  # pass back as expected_version: a stale view is refused
    signed_at: dt.datetime | None = None  # 签收 by the assignee (None: not yet)
    first_response_at: dt.datetime | None = None
    resolved_at: dt.datetime | None = None
    paused_at: dt.datetime | None = None  # waiting on the caller since


@dataclass(frozen=True)
class Event:
    at: dt.datetime
    actor: str
    kind: str
    from_status: str | None
    to_status: str | None
    detail: str


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    description: str
    solution: str
    ended_at: dt.datetime | None
    duration_seconds: int | None
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    fcr: bool
    reopen_count: int
    external_ref: str | None
    events: list[Event] = field(default_factory=list)
    callbacks: list[tuple] = field(default_factory=list)  # (at, actor, reached, note)
    surveys: list[tuple] = field(default_factory=list)  # (at, actor, rating, comment)
    supervisions: list["SupervisionInfo"] = field(default_factory=list)
    articles: list[tuple] = field(default_factory=list)  # (article id, title)
    # what the reader may do with the case now (domain/case_actions.py)
    actions: tuple[str, ...] = ()
    read_at: dt.datetime | None = None  # the services' clock when it was read
    callback_attempts: int = 0  # call backs recorded so far (the next is +1)


@dataclass(frozen=True)
class SupervisionInfo:
    """督办 on a case: who pressed, when, the note and the deadline; closed_at
    once the case was resolved."""

    id: int
    at: dt.datetime
    actor: str
    note: str
    deadline: dt.datetime
    closed_at: dt.datetime | None

    @property
    def open(self) -> bool:
        return self.closed_at is None


def _category_label(category: Category | None) -> str:
    if category is None:
        return ""
    if category.parent_id:
        parent = Category.get_by_id(category.parent_id)
        return f"{parent.name}/{category.name}"
    return category.name


def _may_see(actor: Actor, call: Call) -> bool:
    return (not call.confidential or actor.is_system
            or allowed(actor.role, "call.view_all_confidential")
            or actor.id in (call.creator_id, call.assignee_id))


_FETCH = object()  # _summary: look the row up


def _summary(call: Call, actor: Actor | None = None, *, caller=_FETCH,
             category_label: str | None = None, assignee=_FETCH) -> CaseSummary:
    """The case as the UI shows it. A caller that has the caller, category label or
    assignee at hand passes them to save the queries (log_call does)."""
    redact = actor is not None and not _may_see(actor, call)
    if caller is _FETCH:
        caller = Caller.get_or_none(Caller.id == call.caller_id) if call.caller_id \
            else None
    if category_label is None:
        category = Category.get_or_none(Category.id == call.category_id) \
            if call.category_id else None
        category_label = _category_label(category)
    if assignee is _FETCH:
        assignee = User.get_or_none(User.id == call.assignee_id) if call.assignee_id \
            else None
    phone = call.phone
    if redact or call.anonymous:
        phone = mask_phone(phone) if phone else ""
    return CaseSummary(
        id=call.id, ticket_no=call.ticket_no, received_at=call.received_at,
        channel=call.channel, phone=phone,
        caller_name="" if (redact or call.anonymous or not caller) else caller.name,
        category_id=call.category_id, category=category_label,
        priority=call.priority, subject="" if redact else call.subject,
        outcome=call.outcome, status=call.status, assignee_id=call.assignee_id,
        assignee=assignee.display_name if assignee else "",
        creator_id=call.creator_id, first_response_due=call.first_response_due,
        resolution_due=call.resolution_due, confidential=call.confidential,
        anonymous=call.anonymous, redacted=redact, version=call.version or 0,
        signed_at=call.signed_at, first_response_at=call.first_response_at,
        resolved_at=call.resolved_at, paused_at=call.paused_at)


# ----------------------------------------------------------------- numbering

def next_ticket_no(day: dt.date) -> str:
    """Take the next number of `day` inside the caller's transaction.

    The counter row is updated by the same transaction as the insert, so a rolled
    back call gives its number back: numbers are gapless and unique (SQLite holds
    the write lock from BEGIN IMMEDIATE; PostgreSQL locks the counter row).
    """
    database = db.obj
    number = database.execute_sql(_COUNTER_SQL.replace("?", database.param),
                                  (day, 1)).fetchone()[0]
    return f"{day:%Y%m%d}-{number:04d}"


# The same statement on SQLite (≥ 3.35) and PostgreSQL; built once, parameterized.
_COUNTER_SQL = ('INSERT INTO "ticket_counter" ("day", "last") VALUES (?, ?) '
                'ON CONFLICT ("day") DO UPDATE SET "last" = "ticket_counter"."last" + 1 '
                'RETURNING "last"')


# log_call's category check: the category, whether it is active, and its parent's
# name (for the label) in one parameterized query.
_CATEGORY_SQL = ('SELECT c."active", c."name", p."name" FROM "category" c '
                 'LEFT JOIN "category" p ON c."parent_id" = p."id" WHERE c."id" = ?')


def _event(call_id: int, actor: Actor | None, kind: str, *, at: dt.datetime,
           from_status: str | None = None, to_status: str | None = None,
           detail: str = "", assignee_after: int | None = None) -> None:
    """A timeline event; one that sets a status also says who has the case after
    it (assignee_after, 0 for nobody)."""
    insert_row(CallEvent, dict(call=call_id, at=at,
                               actor=actor.user_id if actor else None, kind=kind,
                               from_status=from_status, to_status=to_status,
                               detail=detail,
                               assignee_after=(assignee_after or 0) if to_status
                               else None))


def _load(call_id: int, *, for_update: bool = False) -> Call:
    if not isinstance(call_id, int) or isinstance(call_id, bool):
        raise ValidationError("call_id", "must be a case id")
    query = Call.select().where(Call.id == call_id)
    if for_update and not is_sqlite():
        query = query.for_update()
    call = query.first()
    if call is None:
        raise NotFound(f"case {call_id} not found")
    return call


def _check_assignee(user_id, roles, field_name="assignee_id") -> User:
    if user_id is None:
        raise ValidationError(field_name, "is required", code="required")
    user = User.get_or_none(User.id == user_id)
    if user is None or not user.active:
        raise ValidationError(field_name, "is not an active user", code="not_active_user")
    if user.role not in roles:
        raise ValidationError(field_name, f"must be a {' or '.join(roles)}")
    return user


# ----------------------------------------------------------------- logging a call

def check_call_fields(*, outcome: str, channel: str = "phone", priority: str = "normal",
                      phone: str = "", caller_name: str = "", subject: str = "",
                      description: str = "", solution: str = "",
                      duration_seconds: int | None = None) -> tuple:
    """The checks of a call's own fields, without the database (the offline outbox
    runs them before keeping a call): the cleaned values in log_call's order, or a
    ValidationError naming the field."""
    outcome = validation.choice("outcome", outcome, OUTCOMES)
    channel = validation.choice("channel", channel, CHANNELS)
    priority = validation.choice("priority", priority, PRIORITIES)
    phone = normalize_phone(phone)
    caller_name = validation.text("caller_name", caller_name, max_len=64)
    subject = validation.text("subject", subject, max_len=MAX_SUBJECT,
                              required=outcome not in NON_SERVICE_OUTCOMES)
    description = validation.text("description", description, max_len=MAX_DESCRIPTION,
                                  multiline=True)
    solution = validation.text("solution", solution, max_len=MAX_DESCRIPTION,
                               multiline=True)
    duration = validation.integer("duration_seconds", duration_seconds, minimum=0,
                                  maximum=MAX_DURATION, required=False)
    return (outcome, channel, priority, phone, caller_name, subject, description,
            solution, duration)


@service("call.log", writes=True)
def log_call(*, actor: Actor, outcome: str, phone: str = "", caller_name: str = "",
             channel: str = "phone", category_id: int | None = None,
             priority: str = "normal", subject: str = "", description: str = "",
             solution: str = "", assignee_id: int | None = None,
             confidential: bool = False, anonymous: bool = False,
             received_at: dt.datetime | None = None,
             duration_seconds: int | None = None, client_key: str | None = None,
             saved_at: dt.datetime | None = None) -> CaseSummary:
    """Save one call with its outcome and return its case (with ticket number).

    A call the workstation kept in its offline outbox (services/outbox.py) comes
    with its `client_key` and the time the officer saved it (`saved_at`): a call
    with that key saved already is returned as it is, not saved twice (a replay
    interrupted after the server's commit)."""
    (outcome, channel, priority, phone, caller_name, subject, description, solution,
     duration) = check_call_fields(
        outcome=outcome, channel=channel, priority=priority, phone=phone,
        caller_name=caller_name, subject=subject, description=description,
        solution=solution, duration_seconds=duration_seconds)
    now = clock.now()
    received = validation.datetime_value("received_at", received_at, required=False)
    saved = validation.datetime_value("saved_at", saved_at, required=False)
    if saved is not None and saved > now + dt.timedelta(minutes=5):
        raise ValidationError("saved_at", "lies in the future")
    done = saved or now  # when the officer finished the call
    if received is None:
        received = done - dt.timedelta(seconds=duration or 0)
    if received > now + dt.timedelta(minutes=5):
        raise ValidationError("received_at", "lies in the future")
    if received > done:
        raise ValidationError("saved_at", "lies before the call was received")
    if client_key is not None:
        client_key = validation.text("client_key", client_key, max_len=40,
                                     required=True)
        existing = Call.get_or_none(Call.client_key == client_key)
        if existing is not None:  # saved by an earlier, interrupted replay
            return _summary(existing)
    category_label = ""
    if category_id is not None:
        # the category and its parent's name in one query (the label is returned)
        database = db.obj
        row = database.execute_sql(
            _CATEGORY_SQL.replace("?", database.param),
            (Category.id.db_value(category_id),)).fetchone()
        if row is None or not row[0]:
            raise ValidationError("category_id", "is not an active category",
                                  code="not_active_category")
        category_label = f"{row[2]}/{row[1]}" if row[2] is not None else row[1]
    assignee = None
    status = "closed"
    if outcome == "transferred":
        assignee = _check_assignee(assignee_id, DISPATCH_ROLES)
        status = "assigned"
    elif outcome == "escalated":
        assignee = _check_assignee(assignee_id, ESCALATE_ROLES)
        status = "assigned"
    elif outcome == "callback":
        if assignee_id is not None:
            # only to someone who can work it (domain/access.py)
            assignee = _check_assignee(assignee_id, DISPATCH_ROLES)
            status = "assigned"
        else:
            status = "new"
    elif assignee_id is not None:
        raise ValidationError("assignee_id", f"does not apply to outcome {outcome}")

    if phone:
        caller = find_or_create_caller(phone, "" if anonymous else caller_name)
    elif caller_name and not anonymous:  # a name without a number is kept too
        caller = create_named_caller(caller_name)
    else:
        caller = None
    ticket_no = next_ticket_no(received.date())
    is_ticket = status in ("new", "assigned")
    first_due = resolution_due = None
    if is_ticket:
        first_due, resolution_due = sla.due_times(priority, received)
    resolved = outcome == "answered"
    values = dict(
        ticket_no=ticket_no, received_at=received, ended_at=done,
        duration_seconds=duration, channel=channel, caller=caller, phone=phone,
        anonymous=bool(anonymous), category=category_id, priority=priority,
        subject=subject, description=description, solution=solution,
        outcome=outcome, status=status, assignee=assignee, creator=actor.user_id,
        first_response_at=received if resolved else None,
        resolved_at=done if resolved else None,
        closed_at=done if status == "closed" else None,
        first_response_due=first_due, resolution_due=resolution_due,
        fcr=resolved, reopen_count=0, confidential=bool(confidential),
        client_key=client_key, updated_at=now)
    call = Call(id=insert_row(Call, values, returning_id=True), version=0, **values)
    if resolved:  # solved on the call: the first resolution of the case's history
        insert_row(CaseResolution, dict(
            call=call.id, resolved_at=done, due_at=None, assignee=None,
            resolved_by=actor.user_id, first_contact=True, closed_at=done))
    _event(call.id, actor, "created", at=done, to_status=status, detail=outcome,
           assignee_after=assignee.id if assignee else None)
    if assignee is not None:
        _event(call.id, actor, "escalated" if outcome == "escalated" else "assigned",
               at=done, to_status=status, detail=assignee.display_name,
               assignee_after=assignee.id)
    change = {
        "ticket_no": ticket_no, "outcome": outcome, "status": status,
        "phone": phone, "category_id": category_id, "priority": priority,
        "assignee_id": assignee.id if assignee else None,
        "confidential": bool(confidential), "anonymous": bool(anonymous)}
    if client_key is not None:
        change["offline"] = True  # logged while the server was unreachable
    audit(actor, "call", call.id, "create", None, change)
    return _summary(call, caller=caller, category_label=category_label,
                    assignee=assignee)


# ----------------------------------------------------------------- workflow

def _owner_or(actor: Actor, call: Call, permission: str) -> None:
    """Specialists act on their own tickets; supervisors and directors on any."""
    if actor.role in ("supervisor", "director") or actor.is_system:
        return
    if call.assignee_id != actor.id:
        raise PermissionDenied(f"{permission} on a case assigned to someone else",
                               actor.role)


def _check_version(call: Call, expected_version: int | None) -> None:
    """Refuse a change decided on a stale view of the case (DESIGN §4): the user
    saw `expected_version`, someone else has changed the case since."""
    if expected_version is None:
        return
    expected = validation.integer("expected_version", expected_version, minimum=0)
    if expected != call.version:
        raise StaleCase(
            f"case {call.ticket_no} was changed by someone else since it was "
            "shown; nothing was saved: reload the case and decide again",
            ticket_no=call.ticket_no, expected_version=expected,
            version=call.version)


def _locked(call_id: int, expected_version: int | None) -> Call:
    """The case, locked for this transaction, as the user saw it (or StaleCase)."""
    call = _load(call_id, for_update=True)
    _check_version(call, expected_version)
    return call


def _sla_of(call: Call):
    return sla.policy_for(call.priority), sla.load_calendar()


def _apply(actor: Actor, call: Call, action: str, updates: dict, *,
           event_kind: str | None = None, detail: str = "", audit_extra=None
           ) -> CaseSummary:
    """Write the updates `workflow.<action>` computed, with the timeline event and
    the audit row. The UPDATE only matches the version this transaction read (the
    row is locked: FOR UPDATE on PostgreSQL, the write lock on SQLite), so the
    change is applied to the case as it was checked or not at all."""
    now = clock.now()
    target = updates["status"]
    fields = {("assignee" if k == "assignee_id" else k): v for k, v in updates.items()}
    old = {k: getattr(call, k) for k in updates}
    count = (Call.update(**fields, updated_at=now, version=Call.version + 1)
             .where(Call.id == call.id, Call.version == call.version)
             .execute())
    if count != 1:  # cannot happen under the lock; refuse rather than overwrite
        raise StaleCase(f"case {call.ticket_no} was changed by someone else; nothing "
                        "was saved: reload the case", ticket_no=call.ticket_no)
    _event(call.id, actor, event_kind or action, at=now, from_status=call.status,
           to_status=target, detail=detail,
           assignee_after=updates.get("assignee_id", call.assignee_id))
    audit(actor, "call", call.id, action, old, dict(updates, **(audit_extra or {})))
    return _summary(Call.get_by_id(call.id), actor)


def _note_text(value, field_name="note", required=False) -> str:
    return validation.text(field_name, value, max_len=MAX_NOTE, required=required,
                           multiline=True)


@service("call.assign", writes=True)
def assign(*, actor: Actor, call_id: int, assignee_id: int, note: str = "",
           expected_version: int | None = None) -> CaseSummary:
    """Dispatch (派单) or reassign a case to a specialist, supervisor or director."""
    note = _note_text(note)
    call = _locked(call_id, expected_version)
    check_case(actor, call, "assign")
    assignee = _check_assignee(assignee_id, DISPATCH_ROLES)
    kind = "transferred" if call.assignee_id else "assigned"
    return _apply(actor, call, "assign",
                  workflow.assign(call, assignee_id=assignee.id),
                  event_kind=kind, detail=_join(assignee.display_name, note))


@service("call.work", writes=True)
def transfer(*, actor: Actor, call_id: int, assignee_id: int, note: str = "",
             expected_version: int | None = None) -> CaseSummary:
    """The assignee hands the case to a colleague (转办)."""
    note = _note_text(note, required=True)
    call = _locked(call_id, expected_version)
    _owner_or(actor, call, "transfer")
    assignee = _check_assignee(assignee_id, DISPATCH_ROLES)
    return _apply(actor, call, "transfer",
                  workflow.transfer(call, assignee_id=assignee.id),
                  event_kind="transferred", detail=_join(assignee.display_name, note))


@service("call.escalate", writes=True)
def escalate(*, actor: Actor, call_id: int, assignee_id: int, note: str,
             expected_version: int | None = None) -> CaseSummary:
    """Escalate to an expert or supervisor (升级)."""
    note = _note_text(note, required=True)
    call = _locked(call_id, expected_version)
    check_case(actor, call, "escalate")
    assignee = _check_assignee(assignee_id, ESCALATE_ROLES)
    policy, calendar = _sla_of(call)
    return _apply(actor, call, "escalate",
                  workflow.escalate(call, assignee_id=assignee.id, at=clock.now(),
                                    policy=policy, calendar=calendar),
                  event_kind="escalated", detail=_join(assignee.display_name, note))


def _check_taker(actor: Actor, call: Call, action: str) -> None:
    """Only the assignee signs for a case (or anyone who works cases takes an
    unassigned one): signing for someone else's case means nothing."""
    check_case(actor, call, "work")
    if call.assignee_id is not None and call.assignee_id != actor.user_id:
        raise PermissionDenied(f"{action} a case assigned to someone else",
                               actor.role, code="not_your_case", action=action,
                               ticket_no=call.ticket_no)


@service("call.work", writes=True)
def sign_for(*, actor: Actor, call_id: int, expected_version: int | None = None
             ) -> CaseSummary:
    """签收: the assignee acknowledges a dispatched case; an unassigned case (the
    pool) is taken by whoever signs for it. Signing is the first response."""
    call = _locked(call_id, expected_version)
    _check_taker(actor, call, "sign_for")
    return _apply(actor, call, "sign_for",
                  workflow.sign_for(call, at=clock.now(), actor_id=actor.user_id),
                  event_kind="signed")


@service("call.work", writes=True)
def start(*, actor: Actor, call_id: int, expected_version: int | None = None
          ) -> CaseSummary:
    """Begin work (受理). An unassigned case is taken by whoever starts it."""
    call = _locked(call_id, expected_version)
    check_case(actor, call, "work")
    if call.assignee_id is not None:
        _owner_or(actor, call, "start")
    return _apply(actor, call, "start",
                  workflow.start(call, at=clock.now(), actor_id=actor.user_id))


@service("call.work", writes=True)
def wait_customer(*, actor: Actor, call_id: int, note: str,
                  expected_version: int | None = None) -> CaseSummary:
    """Wait on the caller (材料补充等): the SLA clock stops until resumed."""
    note = _note_text(note, required=True)
    call = _locked(call_id, expected_version)
    _owner_or(actor, call, "wait_customer")
    return _apply(actor, call, "wait_customer",
                  workflow.wait_customer(call, at=clock.now()), detail=note)


@service("call.work", writes=True)
def resume(*, actor: Actor, call_id: int, note: str = "",
           expected_version: int | None = None) -> CaseSummary:
    note = _note_text(note)
    call = _locked(call_id, expected_version)
    _owner_or(actor, call, "resume")
    policy, calendar = _sla_of(call)
    return _apply(actor, call, "resume",
                  workflow.resume(call, at=clock.now(), policy=policy,
                                  calendar=calendar), detail=note)


@service("call.work", writes=True)
def resolve(*, actor: Actor, call_id: int, solution: str,
            article_id: int | None = None,
            expected_version: int | None = None) -> CaseSummary:
    """Record the solution (办结), optionally with the knowledge article it used
    (linked and counted in the same transaction). The resolution joins the case's
    history with the due time that applied to it; open supervisions (督办) end."""
    solution = validation.text("solution", solution, max_len=MAX_DESCRIPTION,
                               required=True, multiline=True)
    call = _locked(call_id, expected_version)
    _owner_or(actor, call, "resolve")
    workflow.target("resolve", call.status)  # refuse before linking anything
    if article_id is not None:
        knowledge.record_use(actor=actor, call_id=call.id, article_id=article_id)
    now = clock.now()
    (Supervision.update(closed_at=now)
     .where(Supervision.call == call.id, Supervision.closed_at.is_null())
     .execute())
    policy, calendar = _sla_of(call)
    updates = workflow.resolve(call, at=now, solution=solution,
                               policy=policy, calendar=calendar)
    fact = workflow.resolution_fact(call, updates)
    insert_row(CaseResolution, dict(
        call=call.id, resolved_at=fact["resolved_at"], due_at=fact["due_at"],
        assignee=fact["assignee_id"], resolved_by=actor.user_id,
        first_contact=False))
    return _apply(actor, call, "resolve", updates, detail=solution[:500],
                  audit_extra={"article_id": article_id} if article_id else None)


@service("call.close", writes=True)
def close(*, actor: Actor, call_id: int, note: str = "",
          expected_version: int | None = None) -> CaseSummary:
    """Close a resolved case (归档前结案)."""
    note = _note_text(note)
    call = _locked(call_id, expected_version)
    _owner_or(actor, call, "close")
    updates = workflow.close(call, at=clock.now())
    (CaseResolution.update(closed_at=updates["closed_at"])
     .where(CaseResolution.call == call.id, CaseResolution.reopened_at.is_null(),
            CaseResolution.closed_at.is_null())
     .execute())
    return _apply(actor, call, "close", updates, detail=note)


@service("call.reopen", writes=True)
def reopen(*, actor: Actor, call_id: int, reason: str,
           expected_version: int | None = None) -> CaseSummary:
    """Send a resolved or closed case back for rework (退回重办) with a new deadline.
    The resolution it had stays in the history (with its time and due time), marked
    reopened now: the figures of the month it was resolved in do not change."""
    reason = _note_text(reason, "reason", required=True)
    call = _locked(call_id, expected_version)
    return _reopen(actor, call, reason)


def _reopen(actor: Actor, call: Call, reason: str, assignee: User | None = None
            ) -> CaseSummary:
    """Reopen the locked case (退回重办); with `assignee`, into his hands (a new
    holder's signature is cleared: starting the case signs for it)."""
    now = clock.now()
    policy, calendar = _sla_of(call)
    updates = workflow.reopen(call, at=now, policy=policy, calendar=calendar)
    detail = reason
    if assignee is not None:
        updates["assignee_id"] = assignee.id
        if assignee.id != call.assignee_id:
            updates["signed_at"] = None  # a new holder (signs by starting it)
        detail = _join(assignee.display_name, reason)
    (CaseResolution.update(reopened_at=now, reopened_by=actor.user_id)
     .where(CaseResolution.call == call.id, CaseResolution.reopened_at.is_null())
     .execute())
    return _apply(actor, call, "reopen", updates, event_kind="reopened",
                  detail=detail)


SUPERVISE_MIN_AHEAD = dt.timedelta(minutes=5)


@service("call.supervise", writes=True)
def supervise(*, actor: Actor, call_id: int, note: str, deadline: dt.datetime,
              expected_version: int | None = None) -> int:
    """督办: a supervisor or director presses for an open case with a note and a
    deadline. One open supervision per case; it ends when the case is resolved.
    Returns the supervision's id. The case row itself is unchanged (like a note),
    but a stale view is refused when the version seen is given."""
    note = _note_text(note, required=True)
    deadline = validation.datetime_value("deadline", deadline)
    call = _locked(call_id, expected_version)
    check_case(actor, call, "see")
    if call.status not in OPEN_STATUSES:
        raise InvalidTransition("supervise", call.status)
    if (Supervision.select().where(Supervision.call == call.id,
                                   Supervision.closed_at.is_null()).exists()):
        raise InvalidTransition("supervise", call.status, code="supervision_open",
                                ticket_no=call.ticket_no)
    now = clock.now()
    if deadline < now + SUPERVISE_MIN_AHEAD:
        raise ValidationError("deadline", "must lie in the future", code="in_past")
    supervision_id = insert_row(Supervision, dict(
        call=call.id, at=now, actor=actor.user_id, note=note, deadline=deadline),
        returning_id=True)
    _event(call.id, actor, "supervised", at=now,
           detail=_join(f"{deadline:%Y-%m-%d %H:%M}", note))
    audit(actor, "call", call.id, "supervise", None,
          {"supervision_id": supervision_id, "deadline_at": deadline, "note": note})
    return supervision_id


@service("call.note", writes=True)
def add_note(*, actor: Actor, call_id: int, text: str) -> None:
    text = _note_text(text, "text", required=True)
    call = _load(call_id)
    check_case(actor, call, "note")
    _event(call.id, actor, "note", at=clock.now(), detail=text)
    audit(actor, "call", call.id, "note", None, {"text": text})


@service("call.callback", writes=True)
def record_callback(*, actor: Actor, call_id: int, reached: bool, note: str = "",
                    expected_version: int | None = None) -> None:
    """A call back to the caller (回访/回电), reached or not. A reached callback on
    an open case without a first response is its first response (a change of the
    case: version + 1, refused on a stale view when expected_version is given)."""
    note = _note_text(note)
    call = _load(call_id, for_update=True)
    check_case(actor, call, "callback")
    _check_version(call, expected_version)
    now = clock.now()
    Callback.insert(call=call.id, at=now, actor=actor.user_id, reached=bool(reached),
                    note=note).execute()
    if reached and call.first_response_at is None and call.status in OPEN_STATUSES:
        (Call.update(first_response_at=now, updated_at=now, version=Call.version + 1)
         .where(Call.id == call.id)
         .execute())
    _event(call.id, actor, "callback", at=now,
           detail=_join("reached" if reached else "not reached", note))
    audit(actor, "call", call.id, "callback", None, {"reached": bool(reached),
                                                      "note": note})


@service("call.callback", writes=True)
def record_survey(*, actor: Actor, call_id: int, rating: int, comment: str = ""
                  ) -> None:
    """The caller's satisfaction, 1 (very dissatisfied) to 5 (very satisfied)."""
    rating = validation.integer("rating", rating, minimum=1, maximum=5)
    comment = _note_text(comment, "comment")
    call = _load(call_id, for_update=True)  # one survey per case, even at once
    check_case(actor, call, "survey")
    if call.outcome in NON_SERVICE_OUTCOMES:
        raise ValidationError("call_id", "a non-service call has no survey")
    check_no_survey(call)
    now = clock.now()
    Survey.insert(call=call.id, at=now, actor=actor.user_id, rating=rating,
                  comment=comment).execute()
    _event(call.id, actor, "survey", at=now, detail=_join(str(rating), comment))
    audit(actor, "call", call.id, "survey", None, {"rating": rating, "comment": comment})


FOLLOW_UPS = ("reopen", "escalate")
DISSATISFIED = (1, 2)  # 不满意, 非常不满意: the form offers a follow-up
FOLLOW_UP_ROLES = ("supervisor", "director")


@dataclass(frozen=True)
class CallbackVisit:
    """What record_callback_visit saved: the attempt's number on this case, the
    rating if one was given, and the case after any follow-up."""

    attempt: int
    rating: int | None
    follow_up: str | None
    case: CaseSummary


@service("call.callback", writes=True)
def record_callback_visit(*, actor: Actor, call_id: int, reached: bool,
                          note: str = "", rating: int | None = None,
                          comment: str = "", follow_up: str | None = None,
                          reason: str = "", escalate_to: int | None = None,
                          attempt_call_back: bool = True,
                          expected_version: int | None = None) -> CallbackVisit:
    """回访 in one transaction: the call back (reached or not; `attempt_call_back`
    False records only the rating, e.g. the caller rang in to give it), the
    caller's rating (1–5, entered on his behalf, once per case, only when he was
    reached) with a comment, and for a dissatisfied rating (1–2) a follow-up:
    `reopen` (退回重办 with `reason`; supervisors and directors) or `escalate` to a
    supervisor or director (`escalate_to`, `reason`): a resolved or closed case is
    reopened into his hands, an open one escalated to him. If any part is refused
    nothing is written."""
    note = _note_text(note)
    comment = _note_text(comment, "comment")
    if rating is not None:
        rating = validation.integer("rating", rating, minimum=1, maximum=5)
        if not reached:
            raise ValidationError("rating", "is given only when the caller was "
                                  "reached", code="not_reached")
    if not attempt_call_back and rating is None:
        raise ValidationError("rating", "is required", code="required")
    if follow_up is not None:
        follow_up = validation.choice("follow_up", follow_up, FOLLOW_UPS)
        if rating not in DISSATISFIED:
            raise ValidationError("follow_up", "follows only a dissatisfied rating",
                                  code="not_dissatisfied")
        reason = _note_text(reason, "reason", required=True)
    call = _load(call_id, for_update=True)
    _check_version(call, expected_version)
    attempt = Callback.select().where(Callback.call == call.id).count()
    if attempt_call_back:
        record_callback(actor=actor, call_id=call.id, reached=bool(reached), note=note)
        attempt += 1
    if rating is not None:
        record_survey(actor=actor, call_id=call.id, rating=rating, comment=comment)
    summary = None
    if follow_up == "reopen":
        summary = reopen(actor=actor, call_id=call.id, reason=reason)
    elif follow_up == "escalate":
        target = _check_assignee(escalate_to, FOLLOW_UP_ROLES, "escalate_to")
        current = _load(call.id, for_update=True)
        if current.status in ("resolved", "closed"):
            # the caller's dissatisfaction sends it back into a supervisor's hands
            check_case(actor, current, "survey")
            summary = _reopen(actor, current, reason, assignee=target)
        else:
            summary = escalate(actor=actor, call_id=call.id, assignee_id=target.id,
                               note=reason)
    if summary is None:
        summary = _summary(Call.get_by_id(call.id), actor)
    return CallbackVisit(attempt=attempt, rating=rating, follow_up=follow_up,
                         case=summary)


def _join(*parts: str) -> str:
    return " — ".join(p for p in parts if p)


# ----------------------------------------------------------------- reading

@service("call.view")
def get_case(*, actor: Actor, call_id: int | None = None,
             ticket_no: str | None = None) -> CaseDetail:
    if ticket_no is not None:
        call = Call.get_or_none(Call.ticket_no == str(ticket_no).strip())
        if call is None:
            raise NotFound(f"case {ticket_no} not found")
    else:
        call = _load(call_id)
    summary = _summary(call, actor)
    redact = summary.redacted
    users = {}

    def name(uid):
        if uid is None:
            return ""
        if uid not in users:
            u = User.get_or_none(User.id == uid)
            users[uid] = u.display_name if u else str(uid)
        return users[uid]

    # A redacted case keeps its timeline's shape: who did what when, with the
    # outcome codes; notes, solutions and reasons (any free text) are left out.
    events = [Event(e.at, name(e.actor_id), e.kind, e.from_status, e.to_status,
                    "" if redact and e.detail not in OUTCOMES else e.detail)
              for e in CallEvent.select().where(CallEvent.call == call.id)
              .order_by(CallEvent.at, CallEvent.id)]
    callbacks = [(c.at, name(c.actor_id), c.reached, "" if redact else c.note)
                 for c in Callback.select().where(Callback.call == call.id)
                 .order_by(Callback.at)]
    surveys = [(s.at, name(s.actor_id), s.rating, "" if redact else s.comment)
               for s in Survey.select().where(Survey.call == call.id)
               .order_by(Survey.at)]
    supervisions = [SupervisionInfo(v.id, v.at, name(v.actor_id),
                                    "" if redact else v.note, v.deadline, v.closed_at)
                    for v in Supervision.select().where(Supervision.call == call.id)
                    .order_by(Supervision.at, Supervision.id)]
    articles = [] if redact else list(
        CaseArticle.select(KnowledgeArticle.id, KnowledgeArticle.title)
        .join(KnowledgeArticle, on=(CaseArticle.article == KnowledgeArticle.id))
        .where(CaseArticle.call == call.id)
        .order_by(CaseArticle.at, CaseArticle.id)
        .tuples())
    actions = available_actions(
        "system" if actor.is_system else actor.role, actor.user_id, CaseState(
            creator_id=call.creator_id, assignee_id=call.assignee_id,
            confidential=bool(call.confidential), status=call.status,
            signed=call.signed_at is not None,
            service_call=call.outcome not in NON_SERVICE_OUTCOMES,
            has_survey=bool(surveys),
            open_supervision=any(v.open for v in supervisions)))
    return CaseDetail(
        summary=summary, description="" if redact else call.description,
        solution="" if redact else call.solution, ended_at=call.ended_at,
        duration_seconds=call.duration_seconds,
        first_response_at=call.first_response_at, resolved_at=call.resolved_at,
        closed_at=call.closed_at, fcr=call.fcr, reopen_count=call.reopen_count,
        external_ref=call.external_ref, events=events, callbacks=callbacks,
        surveys=surveys, supervisions=supervisions, articles=articles,
        actions=actions, read_at=clock.now(), callback_attempts=len(callbacks))


@service("call.view")
def list_cases(*, actor: Actor, before_id: int | None = None, limit: int = 50,
               created_by_me: bool = False, assigned_to_me: bool = False,
               statuses: tuple[str, ...] | None = None,
               received_from: dt.datetime | None = None,
               received_to: dt.datetime | None = None) -> list[CaseSummary]:
    """A page of cases, newest first, continuing below `before_id` (keyset)."""
    limit = validation.integer("limit", limit, minimum=1, maximum=500)
    query = Call.select().order_by(Call.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(Call.id < before_id)
    if created_by_me:
        query = query.where(Call.creator == actor.id)
    if assigned_to_me:
        query = query.where(Call.assignee == actor.id)
    if statuses:
        query = query.where(Call.status.in_(list(statuses)))
    if received_from is not None:
        query = query.where(Call.received_at >= received_from)
    if received_to is not None:
        query = query.where(Call.received_at < received_to)
    return [_summary(c, actor) for c in query]
