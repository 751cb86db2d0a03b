"""Logging calls while the center's server cannot be reached (issue 13).

The duty officer's workstation keeps such a call in its local outbox
(storage/outbox.py) under a provisional number, after the same checks of its own
fields that the server makes (calls.check_call_fields). When the server answers
again, `replay` saves the waiting calls in the order they were logged, each through
calls.log_call as the officer who logged it, with the call's idempotency key: a call
the server has already saved under that key (the replay was interrupted after the
server's commit, by kill -9 or the network going away again) is returned as it is,
never saved twice. Each gets its real ticket number from the server's per-day
counter (gapless), and the outbox records which provisional number became which
ticket.

A call the server refuses (a category retired meanwhile, an account disabled) stays
in the outbox, marked with the reason, for the officer to correct; the calls after
it go on.

What the workstation last saw online (a caller's history, the people a call can be
transferred to) is remembered here and shown offline as such, with its time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Callable

from ..models import User
from ..storage.outbox import FAILED, WAITING, Entry, Outbox, Seen
from . import calls, clock
from .base import Actor
from .callers import CallerHistory, HistoryCall, normalize_phone
from .errors import DatabaseUnavailable, DomainError, NotFound, ValidationError
from .users import UserInfo

__all__ = ["Outbox", "Entry", "ReplayResult", "is_unreachable", "keep", "replay",
           "remember_history", "recall_history", "remember_assignees",
           "recall_assignees"]


def is_unreachable(exc: BaseException) -> bool:
    """True when a save failed because the server could not be reached (the call
    then goes to the outbox); any other failure is shown as it is."""
    return isinstance(exc, DatabaseUnavailable) and exc.code == "server_unreachable"


def keep(outbox: Outbox, *, actor: Actor, values: dict,
         saved_at: dt.datetime | None = None) -> Entry:
    """Keep one call in the outbox (`values`: log_call's keyword arguments without
    the actor). Its own fields are checked as the server would: a ValidationError
    names the field and nothing is kept."""
    values = dict(values)
    values.pop("actor", None)
    # the key the online attempt used: if the server committed the call before the
    # connection broke, the replay finds it instead of saving it a second time
    key = values.pop("client_key", None)
    calls.check_call_fields(**{k: values[k] for k in (
        "outcome", "channel", "priority", "phone", "caller_name", "subject",
        "description", "solution", "duration_seconds") if k in values})
    return outbox.add(actor_id=actor.user_id, payload=values,
                      saved_at=saved_at or clock.now(), key=key)


@dataclass
class ReplayResult:
    sent: list[Entry] = field(default_factory=list)  # with their ticket numbers
    refused: list[Entry] = field(default_factory=list)  # kept, with the reason
    remaining: int = 0  # still waiting (the server went away again)
    stopped_by: str = ""  # why the replay stopped before the end, if it did


def replay(outbox: Outbox, *, should_stop: Callable[[], bool] | None = None,
           on_sent: Callable[[Entry], None] | None = None,
           after_commit: Callable[[Entry], None] | None = None) -> ReplayResult:
    """Save the outbox's waiting calls on the server, in order. Stops (the rest
    waits) when the server cannot be reached or `should_stop()` turns true.
    `after_commit(entry)` runs between the server's commit and the outbox's record
    of it (the tests stop the process there)."""
    result = ReplayResult()
    actors: dict[int, Actor] = {}
    waiting = outbox.waiting()
    for index, entry in enumerate(waiting):
        if should_stop is not None and should_stop():
            result.remaining = len(waiting) - index
            result.stopped_by = "cancelled"
            return result
        try:
            actor = actors.get(entry.actor_id)
            if actor is None:
                user = User.get_or_none(User.id == entry.actor_id)
                if user is None:
                    raise NotFound(f"the account {entry.actor_id} that logged "
                                         "this call no longer exists")
                actor = actors[entry.actor_id] = Actor.from_user(user)
            summary = calls.log_call(actor=actor, client_key=entry.key,
                                     saved_at=entry.saved_at, **entry.payload)
        except DomainError as exc:
            if isinstance(exc, DatabaseUnavailable):
                result.remaining = len(waiting) - index
                result.stopped_by = exc.code or "database_error"
                return result
            outbox.mark_failed(entry.key, refusal(exc))
            result.refused.append(outbox.get(entry.key))
            continue
        except Exception as exc:  # a driver error outside a service: offline again
            from ..services.base import unavailable

            problem = unavailable(exc) if _driver_error(exc) else None
            if problem is None:
                raise
            result.remaining = len(waiting) - index
            result.stopped_by = problem.code or "database_error"
            return result
        if after_commit is not None:
            after_commit(entry)
        outbox.mark_sent(entry.key, ticket_no=summary.ticket_no, call_id=summary.id,
                         at=clock.now())
        sent = outbox.get(entry.key)
        result.sent.append(sent)
        if on_sent is not None:
            on_sent(sent)
    return result


def refusal(exc: DomainError) -> str:
    """Why the server refused a call, kept in the outbox (JSON: the error's class,
    code, field and parameters, so the UI says it in the officer's language)."""
    params = {k: v for k, v in exc.params.items()
              if isinstance(v, (str, int, float, bool)) or v is None}
    return json.dumps({"type": type(exc).__name__, "code": exc.code,
                       "field": getattr(exc, "field", None),
                       "detail": getattr(exc, "message", None), "message": str(exc),
                       "params": params}, ensure_ascii=False)


def refusal_error(text: str | None) -> DomainError:
    """The error of `refusal` again (for labels.error_text)."""
    try:
        data = json.loads(text or "")
    except ValueError:
        return DomainError(text or "")
    if data.get("field"):
        return ValidationError(data["field"], data.get("detail") or "",
                               code=data.get("code"), **data.get("params", {}))
    return DomainError(data.get("message", ""), code=data.get("code"),
                       **data.get("params", {}))


def _driver_error(exc: BaseException) -> bool:
    import peewee

    return isinstance(exc, (peewee.OperationalError, peewee.InterfaceError)) and \
        not isinstance(exc, peewee.IntegrityError)


# ------------------------------------------------------------------ last seen online

def remember_history(outbox: Outbox, phone: str, history: CallerHistory) -> None:
    outbox.remember("history", phone, dataclasses.asdict(history), at=clock.now())


def recall_history(outbox: Outbox, phone: str
                   ) -> tuple[CallerHistory, dt.datetime] | None:
    """The caller's history as the workstation last saw it, and when, with the
    calls of this number kept in the outbox since (newest first, id 0, their
    provisional number as ticket number)."""
    seen: Seen | None = outbox.recall("history", phone)
    kept = [HistoryCall(0, e.provisional, e.saved_at, "", str(e.payload.get("subject", "")),
                        str(e.payload.get("outcome", "")), "new",
                        bool(e.payload.get("confidential")))
            for e in outbox.entries() if e.state in (WAITING, FAILED)
            and _same_number(e.payload.get("phone"), phone)]
    if seen is None and not kept:
        return None
    if seen is None:
        history = CallerHistory(phone, None, "", "", "", False, "", len(kept), len(kept),
                                calls=kept)
        return history, max(e.received_at for e in kept)
    data = dict(seen.value)
    for key in ("calls", "open_tickets"):
        data[key] = [HistoryCall(**row) for row in data.get(key, [])]
    if kept:
        data["calls"] = kept + data["calls"]
        data["total_calls"] += len(kept)
        data["recent_calls"] += len(kept)
    return CallerHistory(**data), seen.seen_at


def _same_number(typed, phone: str) -> bool:
    try:
        return bool(typed) and normalize_phone(str(typed)) == phone
    except ValidationError:
        return False


def remember_assignees(outbox: Outbox, roles: tuple[str, ...],
                       people: list[UserInfo]) -> None:
    outbox.remember("assignees", ",".join(roles),
                    [dataclasses.asdict(p) for p in people], at=clock.now())


def recall_assignees(outbox: Outbox, roles: tuple[str, ...]
                     ) -> tuple[list[UserInfo], dt.datetime] | None:
    seen = outbox.recall("assignees", ",".join(roles))
    if seen is None:
        return None
    return [UserInfo(**row) for row in seen.value], seen.seen_at
