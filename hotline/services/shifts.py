"""Duty roster (值班表) and shift handover notes (交接班记录)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from ..models import HandoverNote, Shift, User
from . import clock, validation
from .base import Actor, audit, service
from .errors import Conflict, NotFound, ValidationError

MAX_SHIFT = dt.timedelta(hours=24)
MAX_NOTE = 10_000
# Without a rostered shift, "this shift" is the last FALLBACK_WINDOW.
FALLBACK_WINDOW = dt.timedelta(hours=12)
ROSTER_ROLES = ("duty_officer", "specialist", "supervisor", "director")


@dataclass(frozen=True)
class ShiftInfo:
    id: int
    user_id: int
    user_name: str
    role: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    label: str


@dataclass(frozen=True)
class ShiftWindow:
    """The period "my shift" covers: the rostered shift, or the last 12 hours."""

    start: dt.datetime
    end: dt.datetime
    label: str
    shift_id: int | None

    @property
    def rostered(self) -> bool:
        return self.shift_id is not None


@dataclass(frozen=True)
class HandoverInfo:
    id: int
    author_id: int
    author: str
    written_at: dt.datetime
    shift_label: str
    body: str
    acknowledged_by: str
    acknowledged_at: dt.datetime | None


def _shift_rows(query) -> list[ShiftInfo]:
    rows = (query.select(Shift.id, Shift.user, User.display_name, User.role,
                         Shift.starts_at, Shift.ends_at, Shift.label)
            .join(User, on=(Shift.user == User.id))
            .order_by(Shift.starts_at, User.display_name)
            .tuples())
    return [ShiftInfo(*r) for r in rows]


def _covering(at: dt.datetime, user_id: int | None = None) -> list[ShiftInfo]:
    query = Shift.select().where(Shift.starts_at <= at, Shift.ends_at > at)
    if user_id is not None:
        query = query.where(Shift.user == user_id)
    return _shift_rows(query)


@service("roster.view")
def on_duty(*, actor: Actor, at: dt.datetime | None = None) -> list[ShiftInfo]:
    """Who is on duty at `at` (now by default), by shift start."""
    at = validation.datetime_value("at", at, required=False) or clock.now()
    return _covering(at)


@service("roster.view")
def roster(*, actor: Actor, start: dt.datetime, end: dt.datetime) -> list[ShiftInfo]:
    """Shifts overlapping [start, end)."""
    start = validation.datetime_value("start", start)
    end = validation.datetime_value("end", end)
    if end <= start:
        raise ValidationError("end", "must be after the start", code="end_before_start")
    if end - start > dt.timedelta(days=62):
        raise ValidationError("end", "the period may cover at most 62 days")
    return _shift_rows(Shift.select().where(Shift.starts_at < end, Shift.ends_at > start))


@service("roster.view")
def current_shift(*, actor: Actor) -> ShiftInfo | None:
    """The acting user's rostered shift covering now, if any."""
    if actor.is_system:
        return None
    found = _covering(clock.now(), actor.id)
    return found[0] if found else None


@service("roster.view")
def shift_window(*, actor: Actor) -> ShiftWindow:
    now = clock.now()
    shift = None if actor.is_system else next(iter(_covering(now, actor.id)), None)
    if shift is not None:
        return ShiftWindow(shift.starts_at, shift.ends_at, shift.label, shift.id)
    return ShiftWindow(now - FALLBACK_WINDOW, now, "", None)


@service("roster.manage", writes=True)
def add_shift(*, actor: Actor, user_id: int, starts_at: dt.datetime,
              ends_at: dt.datetime, label: str = "") -> ShiftInfo:
    starts_at = validation.datetime_value("starts_at", starts_at)
    ends_at = validation.datetime_value("ends_at", ends_at)
    label = validation.text("label", label, max_len=32)
    if ends_at <= starts_at:
        raise ValidationError("ends_at", "must be after the start", code="end_before_start")
    if ends_at - starts_at > MAX_SHIFT:
        raise ValidationError("ends_at", "a shift lasts at most 24 hours",
                              code="shift_too_long")
    user_id = validation.integer("user_id", user_id)
    user = User.get_or_none(User.id == user_id)
    if user is None or not user.active:
        raise ValidationError("user_id", "is not an active user", code="not_active_user")
    if user.role not in ROSTER_ROLES:
        raise ValidationError("user_id", f"must be a {' or '.join(ROSTER_ROLES)}")
    overlap = (Shift.select()
               .where(Shift.user == user.id, Shift.starts_at < ends_at,
                      Shift.ends_at > starts_at)
               .exists())
    if overlap:
        raise Conflict(f"{user.display_name} already has a shift in that period",
                       code="shift_overlap", person=user.display_name)
    shift = Shift.create(user=user.id, starts_at=starts_at, ends_at=ends_at,
                         label=label)
    audit(actor, "shift", shift.id, "create", None, {
        "user_id": user.id, "starts_at": starts_at, "ends_at": ends_at, "label": label})
    return ShiftInfo(shift.id, user.id, user.display_name, user.role, starts_at,
                     ends_at, label)


@service("roster.manage", writes=True)
def remove_shift(*, actor: Actor, shift_id: int) -> None:
    shift = Shift.get_or_none(Shift.id == validation.integer("shift_id", shift_id))
    if shift is None:
        raise NotFound(f"shift {shift_id} not found")
    old = {"user_id": shift.user_id, "starts_at": shift.starts_at,
           "ends_at": shift.ends_at, "label": shift.label}
    HandoverNote.update(shift=None).where(HandoverNote.shift == shift.id).execute()
    Shift.delete().where(Shift.id == shift.id).execute()
    audit(actor, "shift", shift.id, "delete", old, None)


# ----------------------------------------------------------------- handover notes

def _note_rows(query) -> list[HandoverInfo]:
    author = User.alias()
    acker = User.alias()
    rows = (query.select(HandoverNote.id, HandoverNote.author, author.display_name,
                         HandoverNote.written_at, Shift.label, HandoverNote.body,
                         acker.display_name, HandoverNote.acknowledged_at)
            .join_from(HandoverNote, author, on=(HandoverNote.author == author.id))
            .join_from(HandoverNote, Shift, on=(HandoverNote.shift == Shift.id),
                       join_type=JOIN.LEFT_OUTER)
            .join_from(HandoverNote, acker,
                       on=(HandoverNote.acknowledged_by == acker.id),
                       join_type=JOIN.LEFT_OUTER)
            .tuples())
    return [HandoverInfo(i, a_id, a, w, label or "", body, ack or "", ack_at)
            for (i, a_id, a, w, label, body, ack, ack_at) in rows]


@service("handover.write", writes=True)
def write_handover(*, actor: Actor, body: str) -> HandoverInfo:
    """Leave a handover note for the next shift (linked to my current shift)."""
    body = validation.text("body", body, max_len=MAX_NOTE, required=True, multiline=True)
    if actor.is_system:
        raise ValidationError("actor", "a handover note needs a signed-in author")
    now = clock.now()
    shift = next(iter(_covering(now, actor.id)), None)
    note = HandoverNote.create(author=actor.id, written_at=now, body=body,
                               shift=shift.id if shift else None)
    audit(actor, "handover", note.id, "create", None, {"body": body})
    return _note_rows(HandoverNote.select().where(HandoverNote.id == note.id))[0]


@service("handover.write")
def pending_handovers(*, actor: Actor) -> list[HandoverInfo]:
    """Notes from colleagues that nobody has acknowledged yet, oldest first."""
    query = (HandoverNote.select()
             .where(HandoverNote.acknowledged_at.is_null(),
                    HandoverNote.author != (actor.user_id or 0))
             .order_by(HandoverNote.written_at, HandoverNote.id))
    return _note_rows(query)


@service("handover.write")
def recent_handovers(*, actor: Actor, limit: int = 20) -> list[HandoverInfo]:
    limit = validation.integer("limit", limit, minimum=1, maximum=200)
    query = (HandoverNote.select()
             .order_by(HandoverNote.written_at.desc(), HandoverNote.id.desc())
             .limit(limit))
    return _note_rows(query)


@service("handover.write", writes=True)
def acknowledge_handover(*, actor: Actor, note_id: int) -> HandoverInfo:
    """I have read the note and take over (接班确认)."""
    note_id = validation.integer("note_id", note_id)
    note = HandoverNote.get_or_none(HandoverNote.id == note_id)
    if note is None:
        raise NotFound(f"handover note {note_id} not found")
    if actor.is_system:
        raise ValidationError("actor", "acknowledging needs a signed-in user")
    if note.author_id == actor.id:
        raise Conflict("you cannot acknowledge your own handover note",
                       code="own_handover")
    now = clock.now()
    count = (HandoverNote.update(acknowledged_by=actor.id, acknowledged_at=now)
             .where(HandoverNote.id == note.id,
                    HandoverNote.acknowledged_at.is_null())
             .execute())
    if count != 1:
        raise Conflict("this note has been acknowledged already",
                       code="handover_acknowledged")
    audit(actor, "handover", note.id, "acknowledge", None, {"acknowledged_at": now})
    return _note_rows(HandoverNote.select().where(HandoverNote.id == note.id))[0]
