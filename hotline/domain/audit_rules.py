"""What an audit row may hold (DESIGN §3, §10): ids, codes, booleans, dates, counts
and the NAMES of the other fields a change touched — never personal data or free
text (phones, names, notes, solutions, survey comments, caller notes, handover
text, file paths, what was typed at sign-in, passwords).

`scrub_values` is applied by `services.base.audit` to every row it writes and by
migration 3 to the rows written before, so the guarantee does not depend on what a
call site passes. It is idempotent: a scrubbed dict scrubs to itself.

    scrub_values({"status": "resolved", "solution": "已调解"})
    → {"status": "resolved", "changed": ["solution"]}
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

CHANGED = "changed"  # the key that lists the fields recorded by name only

# Keys whose values are kept when the value itself is safe (see _safe_value).
SAFE_KEYS = frozenset({
    # ids and numbers that are ids
    "id", "assignee", "parent", "caller", "category", "creator", "user", "shift",
    "call", "author", "ticket_no", "first_ticket", "last_ticket",
    # codes
    "status", "outcome", "priority", "channel", "role", "clock", "kind",
    "from_status", "to_status", "code", "action", "grade", "format", "lang",
    # booleans
    "confidential", "anonymous", "active", "fcr", "reached", "cancelled",
    "is_workday", "flagged", "recheck_passed", "veto", "masked", "archival",
    "offline",
    # counts and numbers
    "rating", "rows", "redacted", "calls", "requested", "seed", "months", "size",
    "failed_logins", "reopen_count", "duration_seconds", "first_response_minutes",
    "resolution_minutes", "start_minute", "end_minute", "sort_order", "version",
    "expected_version", "pages", "copies", "total", "count", "score",
    # dates (the value must be a date or a date-time; see _DATE_KEYS)
    "at", "day", "month", "from", "to",
})
_DATE_KEYS = frozenset({"at", "day", "month", "from", "to"})
_SAFE_SUFFIXES = ("_id", "_ids", "_count", "_minutes", "_seconds", "_hours", "_days")
_DATE_SUFFIXES = ("_at", "_due", "_until")
_SAFE_PREFIXES = ("rows_",)

_NAME = re.compile(r"[a-z_][a-z0-9_]{0,47}", re.ASCII)
_CODE = re.compile(r"[A-Za-z0-9_.\-]{1,40}", re.ASCII)
_DATE = re.compile(r"\d{4}-\d{2}(-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?"
                   r"([+-]\d{2}:?\d{2}|Z)?)?)?", re.ASCII)
_DIGITS = re.compile(r"\d{1,18}", re.ASCII)
_MAX_LIST = 100
# entity ids that are codes rather than numbers or dates
_CODE_ENTITY_IDS = {"sla_policy": frozenset({"urgent", "high", "normal", "low"})}


@functools.lru_cache(maxsize=1024)
def _key_kind(key: str) -> str | None:
    """'date', 'value' or None (recorded by name only)."""
    if key in _DATE_KEYS or key.endswith(_DATE_SUFFIXES):
        return "date"
    if key in SAFE_KEYS or key.endswith(_SAFE_SUFFIXES) or \
            key.startswith(_SAFE_PREFIXES):
        return "value"
    return None


def _safe_scalar(value: Any, kind: str) -> bool:
    if value is None:
        return True
    if kind == "date":
        if isinstance(value, (dt.date, dt.datetime)):
            return True
        return isinstance(value, str) and _DATE.fullmatch(value) is not None
    if isinstance(value, (bool, int, float, dt.date, dt.datetime)):
        return True
    return isinstance(value, str) and _CODE.fullmatch(value) is not None


def _safe_value(value: Any, kind: str) -> bool:
    if isinstance(value, (list, tuple)):
        return len(value) <= _MAX_LIST and all(
            not isinstance(v, (list, tuple, dict)) and _safe_scalar(v, kind)
            for v in value)
    return _safe_scalar(value, kind)


def scrub_values(values: dict | None) -> dict | None:
    """The safe part of an audit row's old/new values: allow-listed keys with safe
    values; every other key listed by name under "changed"."""
    if values is None:
        return None
    if not isinstance(values, dict):
        return {CHANGED: []}
    kept: dict = {}
    names: set[str] = set()
    for key, value in values.items():
        if not isinstance(key, str) or _NAME.fullmatch(key) is None:
            continue  # not a field name: nothing of it is kept
        if key == CHANGED:
            if isinstance(value, (list, tuple)):
                names.update(v for v in value
                             if isinstance(v, str) and _NAME.fullmatch(v))
            continue
        kind = _key_kind(key)
        if kind is not None and _safe_value(value, kind):
            kept[key] = list(value) if isinstance(value, tuple) else value
        else:
            names.add(key)
    if names:
        kept[CHANGED] = sorted(names)
    return kept


def scrub_entity_id(entity: str, value: Any, *, actor_known: bool) -> str:
    """The id of the audited thing as stored: a number, a date or month, or a code
    that names a setting. Anything else (a file name, a typed user name) is left
    out, as is every id of a row without a known actor (a failed sign-in with a
    name that is no account: what was typed may be a password)."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = str(value)
    if not text or not actor_known:
        return ""
    if _DIGITS.fullmatch(text) or _DATE.fullmatch(text) and len(text) <= 10:
        return text
    if text in _CODE_ENTITY_IDS.get(entity, ()):
        return text
    return ""


def fields_of(old: dict | None, new: dict | None) -> list[str]:
    """Every field name an audit row records (kept values and names only)."""
    names: set[str] = set()
    for values in (old, new):
        if not isinstance(values, dict):
            continue
        for key, value in values.items():
            if key == CHANGED:
                if isinstance(value, list):
                    names.update(str(v) for v in value)
            else:
                names.add(key)
    return sorted(names)
