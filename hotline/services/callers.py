"""Callers: phone normalization, lookup and history."""

from __future__ import annotations

import datetime as dt
import re

from peewee import SQL, fn
from dataclasses import dataclass, field

from ..domain.masking import mask_phone  # noqa: F401  (re-exported)
from ..models import Call, Caller, Setting, db
from . import clock, validation
from ..storage.dialect import insert_row
from .base import Actor, audit, diff, service
from .case_access import visible_calls
from .errors import PermissionDenied, ValidationError

_SEPARATORS = re.compile(r"[\s\-().\u3000\uff0d\u2010-\u2015/]")
FREQUENT_CALLS = 5  # calls within FREQUENT_DAYS that mark a frequent caller
FREQUENT_DAYS = 30
OPEN_STATUSES = ("new", "assigned", "in_progress", "pending_customer", "reopened")


def normalize_phone(raw: str | None, *, field_name: str = "phone") -> str:
    """Digits of a phone number in national form ('' for none).

    '+86 138-0013-8000', '0086 13800138000' and '8613800138000' → '13800138000';
    '+86 10 6512 3456' → '01065123456'; other countries keep '+' and their code.
    """
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise ValidationError(field_name, "must be text", code="not_text")
    s = _SEPARATORS.sub("", raw.strip())
    # full-width digits typed with a Chinese input method
    s = s.translate({0xFF10 + i: 0x30 + i for i in range(10)} | {0xFF0B: 0x2B})
    if not s:
        return ""
    international = s.startswith("+")
    if international:
        s = s[1:]
    elif s.startswith("00"):
        international, s = True, s[2:]
    if not s.isdigit() or not s.isascii():
        raise ValidationError(field_name, f"is not a phone number ({raw[:40]!r})",
                              code="not_phone")
    if international or (len(s) == 13 and s.startswith("861")):
        if s.startswith("86"):
            s = s[2:]
            if not (len(s) == 11 and s.startswith("1")) and not s.startswith("0"):
                s = "0" + s  # landline: area code without its trunk 0
        else:
            s = "+" + s
    digits = s.lstrip("+")
    if not 3 <= len(digits) <= 20:
        raise ValidationError(field_name, f"must have 3 to 20 digits ({raw[:40]!r})",
                              code="not_phone")
    return s


@dataclass(frozen=True)
class HistoryCall:
    id: int
    ticket_no: str
    received_at: dt.datetime
    category: str
    subject: str
    outcome: str
    status: str
    confidential: bool


@dataclass(frozen=True)
class CallerHistory:
    phone: str
    caller_id: int | None
    name: str
    organization: str
    notes: str
    flagged: bool
    flag_reason: str
    total_calls: int
    recent_calls: int  # within FREQUENT_DAYS
    calls: list[HistoryCall] = field(default_factory=list)
    open_tickets: list[HistoryCall] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    frequent: bool = False  # recent_calls reached the center's threshold


def _history_row(row, me: int | None) -> HistoryCall:
    """A history line; the subject of a confidential case is left out unless the
    actor may see the case (me None: he sees every case)."""
    (cid, ticket, received, cat_name, parent_name, subject, outcome, status,
     confidential, creator_id, assignee_id) = row
    category = f"{parent_name}/{cat_name}" if parent_name else (cat_name or "")
    if confidential and me is not None and me not in (creator_id, assignee_id):
        subject = ""
    return HistoryCall(cid, ticket, received, category, subject, outcome, status,
                       bool(confidential))


def _known_only_from_hidden_cases(actor: Actor, phone: str) -> bool:
    """Whether every case with this number is a confidential one the actor may not
    see (then the caller's name, organization and notes are not his to read)."""
    visible = visible_calls(actor)
    if visible is None:
        return False
    any_call = Call.select(SQL("1")).where(Call.phone == phone)
    if any_call.where(visible).exists():
        return False
    return any_call.exists()


def frequent_threshold() -> int:
    row = Setting.get_or_none(Setting.key == "frequent_caller_calls")
    return _threshold(row.value if row else None)


# caller history runs on every digit typed: its SQL is written once per backend
# (keyed by the driver's parameter mark) and sent with execute_sql, values as
# parameters only; rows are read as tuples (no query building, no model objects)
_HISTORY_SQL: dict[tuple[str, bool], tuple[str, str, str]] = {}
_HISTORY_COLUMNS = (
    'SELECT c.id, c.ticket_no, c.received_at, cat.name, par.name, c.subject, '
    'c.outcome, c.status, c.confidential, c.creator_id, c.assignee_id FROM "call" c '
    'LEFT JOIN "category" cat ON c.category_id = cat.id '
    'LEFT JOIN "category" par ON cat.parent_id = par.id ')


def _history_sql(p: str, restricted: bool) -> tuple[str, str, str]:
    """(header, calls, open tickets). The header is one row: the number's calls,
    its calls within FREQUENT_DAYS, the frequent-caller setting, whether the actor
    sees any of its cases whole (restricted actors only), and the caller record
    (NULLs when there is none)."""
    key = (p, restricted)
    sql = _HISTORY_SQL.get(key)
    if sql is None:
        visible = (f'CASE WHEN EXISTS (SELECT 1 FROM "call" v WHERE v.phone = {p} '
                   f'AND (v.confidential = {p} OR v.creator_id = {p} '
                   f'OR v.assignee_id = {p})) THEN 1 ELSE 0 END' if restricted else "1")
        header = (
            f'SELECT (SELECT COUNT(*) FROM "call" t WHERE t.phone = {p}), '
            f'(SELECT COUNT(*) FROM "call" r WHERE r.phone = {p} '
            f'AND r.received_at >= {p}), '
            f'(SELECT s."value" FROM "setting" s WHERE s."key" = {p}), {visible}, '
            'cr.id, cr.name, cr.organization, cr.notes, cr.flagged, cr.flag_reason '
            f'FROM (SELECT 1 AS one) one LEFT JOIN "caller" cr ON cr.phone = {p}')
        calls = (_HISTORY_COLUMNS
                 + f'WHERE c.phone = {p} ORDER BY c.received_at DESC LIMIT {p}')
        marks = ", ".join([p] * len(OPEN_STATUSES))
        open_ = (_HISTORY_COLUMNS + f'WHERE c.phone = {p} AND c.status IN ({marks}) '
                 f'ORDER BY c.received_at DESC LIMIT {p}')
        sql = _HISTORY_SQL[key] = (header, calls, open_)
    return sql


def read_datetime(value):
    """A DATETIME column read by execute_sql as a datetime: SQLite hands back the
    text peewee wrote (ISO format, parsed here without peewee's strptime trials),
    PostgreSQL a datetime already."""
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return Call.received_at.python_value(value)
    return value


def _threshold(value) -> int:
    try:
        return int(value) if value is not None else FREQUENT_CALLS
    except ValueError:
        return FREQUENT_CALLS


@service("caller.view")
def caller_history(*, actor: Actor, phone: str, limit: int = 20) -> CallerHistory:
    """Everything a duty officer should see as the caller's number is entered."""
    phone = normalize_phone(phone)
    if not phone:
        raise ValidationError("phone", "is required", code="required")
    database = db.obj
    restricted = visible_calls(actor) is not None
    me = (actor.user_id or 0) if restricted else None
    header_sql, calls_sql, open_sql = _history_sql(database.param, restricted)
    since = clock.now() - dt.timedelta(days=FREQUENT_DAYS)
    received = Call.received_at
    params = [phone, phone, received.db_value(since), "frequent_caller_calls"]
    if restricted:
        params += [phone, Call.confidential.db_value(False), me, me]
    params.append(phone)
    (total, recent, setting, sees_some, caller_id, name, organization, notes, flagged,
     flag_reason) = database.execute_sql(header_sql, params).fetchone()
    if caller_id is not None and total and not sees_some:
        caller_id = None  # known only from confidential cases of others: no name, notes
    if caller_id is None:
        name = organization = notes = flag_reason = ""
        flagged = False
    flagged = bool(flagged)

    def history(sql, params):
        return [_history_row((r[0], r[1], read_datetime(r[2])) + tuple(r[3:]), me)
                for r in database.execute_sql(sql, params).fetchall()]

    calls = history(calls_sql, (phone, limit))
    open_tickets = history(open_sql, (phone, *OPEN_STATUSES, limit))
    threshold = _threshold(setting)
    warnings = []
    if flagged:
        warnings.append(f"flagged: {flag_reason}" if flag_reason else "flagged")
    if recent >= threshold:
        warnings.append(f"frequent caller: {recent} calls in {FREQUENT_DAYS} days")
    if open_tickets:
        warnings.append(f"{len(open_tickets)} open ticket(s)")
    return CallerHistory(
        phone=phone,
        caller_id=caller_id,
        name=name,
        organization=organization,
        notes=notes,
        flagged=flagged,
        flag_reason=flag_reason,
        total_calls=total,
        recent_calls=recent,
        calls=calls,
        open_tickets=open_tickets,
        warnings=warnings,
        frequent=recent >= threshold,
    )


@service("caller.view")
def match_phones(*, actor: Actor, prefix: str, limit: int = 8) -> list[str]:
    """Known caller numbers starting with what has been typed so far: only numbers
    the actor may see in full somewhere (a case of theirs or one that is neither
    confidential nor anonymous, or a caller record without calls). A number known
    only from confidential cases of others, or only from anonymous calls, is not
    offered: three typed digits must not enumerate them."""
    try:
        prefix = normalize_phone(prefix)
    except ValidationError:
        return []
    if len(prefix.lstrip("+")) < 3:
        return []
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    limit = validation.integer("limit", limit, minimum=1, maximum=50)
    shown = Call.alias()
    seen = (shown.select(SQL("1"))
            .where(shown.phone == Caller.phone, shown.anonymous == False))  # noqa: E712
    visible = visible_calls(actor, shown)
    if visible is not None:
        seen = seen.where(visible)
    any_call = Call.alias()
    never_called = ~fn.EXISTS(any_call.select(SQL("1"))
                              .where(any_call.phone == Caller.phone))
    query = (Caller.select(Caller.phone)
             .where(Caller.phone >= prefix, Caller.phone < upper,
                    fn.EXISTS(seen) | never_called)
             .order_by(Caller.phone).limit(limit))
    return [r[0] for r in query.tuples()]


_CALLER_VALUES = ("phone", "name", "organization", "notes", "flagged", "flag_reason",
                  "created_at")


def _insert_caller_sql(database) -> str:
    """INSERT of a new number that does nothing when another workstation inserted
    the same number first (constants only; every value is a parameter)."""
    cols = ", ".join(f'"{c}"' for c in _CALLER_VALUES)
    marks = ", ".join([database.param] * len(_CALLER_VALUES))
    return (f'INSERT INTO "caller" ({cols}) VALUES ({marks}) '
            'ON CONFLICT ("phone") DO NOTHING RETURNING "id"')


def find_or_create_caller(phone: str, name: str = "") -> Caller | None:
    """Within a service's transaction: the Caller row of a normalized phone.

    Two workstations saving the first call of a new number at once both succeed
    and share one row: the INSERT is `ON CONFLICT (phone) DO NOTHING` (on
    PostgreSQL it waits for the other transaction and then inserts nothing), and
    the row is then read — in READ COMMITTED the next statement sees the other
    workstation's committed row. On SQLite the save holds the write lock from
    BEGIN IMMEDIATE, so the conflict cannot happen, and the same code is used.
    """
    if not phone:
        return None
    database = db.obj
    caller = _caller_by_phone(database, phone)
    if caller is None:
        database = db.obj
        values = dict(phone=phone, name=name, organization="", notes="", flagged=False,
                      flag_reason="", created_at=clock.now())
        fields = Caller._meta.fields
        row = database.execute_sql(
            _insert_caller_sql(database),
            [fields[f].db_value(values[f]) for f in _CALLER_VALUES]).fetchone()
        if row is not None:
            return Caller(id=row[0], **values)
        caller = _caller_by_phone(database, phone)  # inserted by someone else
        if caller is None:
            raise Caller.DoesNotExist(f"no caller with this number: {phone!r}")
    if name and not caller.name:
        database.execute_sql(
            'UPDATE "caller" SET "name" = ? WHERE "id" = ?'.replace(
                "?", database.param), (name, caller.id))
        caller.name = name
    return caller


def _caller_by_phone(database, phone: str) -> Caller | None:
    """The Caller row of a number, by a parameterized SELECT built once per
    parameter mark (peewee's query building cost more than the query)."""
    sql = _CALLER_SELECT.get(database.param)
    if sql is None:
        fields = Caller._meta.sorted_fields
        sql = _CALLER_SELECT.setdefault(database.param, (
            "SELECT " + ", ".join(f'"{f.column_name}"' for f in fields)
            + f' FROM "caller" WHERE "phone" = {database.param}'))
    row = database.execute_sql(sql, (phone,)).fetchone()
    if row is None:
        return None
    return Caller(**{f.name: f.python_value(v)
                     for f, v in zip(Caller._meta.sorted_fields, row)})


_CALLER_SELECT: dict[str, str] = {}


def create_named_caller(name: str) -> Caller | None:
    """Within a service's transaction: a caller known only by name (walk-in, web,
    e-mail: no number to find them by again), so the name stays with the case."""
    if not name:
        return None
    values = dict(phone=None, name=name, organization="", notes="", flagged=False,
                  flag_reason="", created_at=clock.now())
    return Caller(id=insert_row(Caller, values, returning_id=True), **values)


@service("caller.edit", writes=True)
def update_caller(*, actor: Actor, phone: str, name: str | None = None,
                  organization: str | None = None, notes: str | None = None,
                  flagged: bool | None = None, flag_reason: str | None = None
                  ) -> CallerHistory:
    phone = normalize_phone(phone)
    if not phone:
        raise ValidationError("phone", "is required", code="required")
    if _known_only_from_hidden_cases(actor, phone):
        raise PermissionDenied("edit a caller known only from confidential cases",
                               actor.role, code="confidential_case")
    caller = find_or_create_caller(phone)
    old = {"name": caller.name, "organization": caller.organization,
           "notes": caller.notes, "flagged": caller.flagged,
           "flag_reason": caller.flag_reason}
    new = dict(old)
    if name is not None:
        new["name"] = validation.text("name", name, max_len=64)
    if organization is not None:
        new["organization"] = validation.text("organization", organization, max_len=128)
    if notes is not None:
        new["notes"] = validation.text("notes", notes, max_len=5000, multiline=True)
    if flagged is not None:
        new["flagged"] = bool(flagged)
    if flag_reason is not None:
        new["flag_reason"] = validation.text("flag_reason", flag_reason, max_len=255)
    if new != old:
        Caller.update(**new).where(Caller.id == caller.id).execute()
        audit(actor, "caller", caller.id, "update", *diff(old, new))
    return caller_history.__wrapped__(actor=actor, phone=phone)
