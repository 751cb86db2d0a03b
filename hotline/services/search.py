"""Center-wide case search (DESIGN §7, issue 8 item 1).

A search is one or more terms, all of which must occur (anywhere) in a case's
searchable text: ticket number, phone and caller name (not of an anonymous case),
subject, description, solution and the case's notes. A term matches where it is a
substring of one of those fields, ASCII letters compared without case; terms are
separated by spaces (ASCII blanks or the ideographic space U+3000). A phone is
found by its whole normalized number or any run of its digits (the last four).

The text is indexed by migration 7 (hotline/storage/migrations.py), kept current by
triggers in the saving transaction:
- SQLite: FTS5 trigram over the text with a space after every character, so that
  a term of 1, 2 or more characters is one trigram query (' a ', 'a b', 'a b c');
- PostgreSQL: pg_trgm GIN (LIKE) for terms of 3+ characters and a GIN array of the
  text's 1- and 2-character pieces for shorter ones.
The result equals a substring scan of the same fields (tests/unit/test_search.py
holds that scan as the oracle).

Confidential cases are searched only for the actors who see them whole (supervisors,
directors, the command line; others only the ones they logged or hold): a case the
actor would see redacted is never matched by its content, nor listed at all.
Results come newest first (id descending) in keyset pages.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..domain.access import ALL_CASES_ROLES, SYSTEM
from ..models import OUTCOMES, PRIORITIES, STATUSES, Call, Caller, Category, User, db
from ..storage.dialect import is_sqlite
from . import clock, validation
from .base import Actor, service
from .calls import CaseSummary, _summary
from .errors import ValidationError

MAX_TERMS = 10
MAX_TERM_CHARS = 100
MAX_LIMIT = 500

# what separates terms: the blanks the index leaves out of its pieces
_SEPARATORS = re.compile(r"[ \t\r\n\u3000]+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                             "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class SearchPage:
    rows: list[CaseSummary]
    next_before_id: int | None  # pass as before_id for the next page; None: no more


def split_terms(terms: list[str] | str) -> list[str]:
    """The distinct terms of a query, folded as the index folds (ASCII letters
    lower-cased), in the order given."""
    if isinstance(terms, str):
        terms = [terms]
    if not isinstance(terms, (list, tuple)):
        raise ValidationError("terms", "must be text", code="not_text")
    found: list[str] = []
    for item in terms:
        item = validation.text("terms", item, max_len=MAX_TERMS * MAX_TERM_CHARS,
                               multiline=True)
        for term in _SEPARATORS.split(item):
            term = term.translate(_ASCII_LOWER)
            if term and term not in found:
                found.append(term)
    if len(found) > MAX_TERMS:
        raise ValidationError("terms", f"at most {MAX_TERMS} terms",
                              code="too_many_terms", max_terms=MAX_TERMS)
    for term in found:
        if len(term) > MAX_TERM_CHARS:
            raise ValidationError("terms", f"a term is too long (at most "
                                           f"{MAX_TERM_CHARS} characters)",
                                  code="too_long", max_len=MAX_TERM_CHARS,
                                  length=len(term))
    return found


def fts_query(terms: list[str]) -> str:
    """The FTS5 MATCH expression of folded terms over the spaced text (SQLite)."""
    phrases = []
    for term in terms:
        spaced = " ".join(term)
        if len(term) == 1:
            spaced = f" {spaced} "
        phrases.append('"' + spaced.replace('"', '""') + '"')
    return " AND ".join(phrases)


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _moment(field: str, value) -> dt.datetime | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time())
    return validation.datetime_value(field, value, required=False)


def _optional_choice(field: str, value, options):
    return validation.choice(field, value, options, required=False)


def _optional_id(field: str, value) -> int | None:
    if value is None:
        return None
    return validation.integer(field, value, minimum=0)


def _conditions(actor: Actor, *, status, received_from, received_to, category_id,
                priority, outcome, creator_id, assignee_id, confidential, overdue,
                before_id, id_column: str, param: str) -> tuple[list[str], list]:
    """SQL conditions on the call row `c` and their parameters (values are always
    parameters; only the column names come from here)."""
    where: list[str] = []
    params: list = []

    def add(sql: str, *values) -> None:
        where.append(sql.replace("?", param))
        params.extend(values)

    role = SYSTEM if actor.is_system else actor.role
    if role not in ALL_CASES_ROLES:  # confidential only when seen whole
        me = actor.user_id or 0
        add("(c.confidential = ? OR c.creator_id = ? OR c.assignee_id = ?)",
            False, me, me)
    if before_id is not None:
        add(f"{id_column} < ?", before_id)
    if status is not None:
        add("c.status = ?", status)
    if received_from is not None:
        add("c.received_at >= ?", received_from)
    if received_to is not None:
        add("c.received_at < ?", received_to)
    if category_id is not None:  # the category or one of its subcategories
        add('(c.category_id = ? OR c.category_id IN '
            '(SELECT k.id FROM "category" k WHERE k.parent_id = ?))',
            category_id, category_id)
    if priority is not None:
        add("c.priority = ?", priority)
    if outcome is not None:
        add("c.outcome = ?", outcome)
    if creator_id is not None:
        add("c.creator_id = ?", creator_id)
    if assignee_id is not None:
        add("c.assignee_id = ?", assignee_id)
    if confidential is not None:
        add("c.confidential = ?", bool(confidential))
    if overdue is not None:
        # the resolution clock is breached (open, past due, not paused before
        # its due time) or missed (resolved after it): domain/sla_state.py
        late = ("(c.resolution_due IS NOT NULL AND ("
                "(c.resolved_at IS NOT NULL AND c.resolved_at > c.resolution_due) OR "
                "(c.resolved_at IS NULL AND c.resolution_due <= ? AND NOT "
                "(c.paused_at IS NOT NULL AND c.paused_at < c.resolution_due))))")
        add(late if overdue else f"NOT {late}", clock.now())
    return where, params


def _sql_values(params: list) -> list:
    """Parameters as the driver stores them (peewee writes SQLite times as text)."""
    if not is_sqlite():
        return params
    out = []
    for value in params:
        if isinstance(value, dt.datetime):
            value = str(value)
        elif isinstance(value, bool):
            value = int(value)
        out.append(value)
    return out


def _matching_ids(actor: Actor, terms: list[str], limit: int, **filters) -> list[int]:
    sqlite = is_sqlite()
    param = "?" if sqlite else "%s"
    if not terms:
        where, params = _conditions(actor, id_column="c.id", param=param, **filters)
        sql = ('SELECT c.id FROM "call" c'
               + (" WHERE " + " AND ".join(where) if where else "")
               + f" ORDER BY c.id DESC LIMIT {param}")
    elif sqlite:
        # CROSS JOIN keeps the index outside: it yields ids newest first and stops
        # at the limit; the call row is looked up by key
        where, params = _conditions(actor, id_column="case_fts.rowid", param=param,
                                    **filters)
        sql = ('SELECT c.id FROM case_fts CROSS JOIN "call" c ON c.id = case_fts.rowid '
               "WHERE case_fts MATCH ?"
               + "".join(" AND " + w for w in where)
               + " ORDER BY case_fts.rowid DESC LIMIT ?")
        params = [fts_query(terms)] + params
    else:
        text: list[str] = []
        text_params: list = []
        short = [t for t in terms if len(t) < 3]
        if short:
            text.append("t.grams @> %s::text[]")
            text_params.append(short)
        for term in terms:
            if len(term) >= 3:
                text.append("t.body LIKE %s")
                text_params.append(_like_pattern(term))
        where, params = _conditions(actor, id_column="t.call_id", param=param,
                                    **filters)
        sql = ('SELECT c.id FROM "case_text" t JOIN "call" c ON c.id = t.call_id '
               "WHERE " + " AND ".join(text + where)
               + " ORDER BY t.call_id DESC LIMIT %s")
        params = text_params + params
    params.append(limit)
    return [row[0] for row in db.execute_sql(sql, _sql_values(params)).fetchall()]


def _summaries(actor: Actor, ids: list[int]) -> list[CaseSummary]:
    """The rows of `ids` in that order, as the case list shows them (four queries,
    not three per row)."""
    if not ids:
        return []
    rows = {c.id: c for c in Call.select().where(Call.id.in_(ids))}
    caller_ids = {c.caller_id for c in rows.values() if c.caller_id}
    callers = {p.id: p for p in Caller.select().where(Caller.id.in_(caller_ids))} \
        if caller_ids else {}
    user_ids = {c.assignee_id for c in rows.values() if c.assignee_id}
    users = {u.id: u for u in User.select().where(User.id.in_(user_ids))} \
        if user_ids else {}
    categories = {k.id: k for k in Category.select()}

    def label(category_id):
        category = categories.get(category_id)
        if category is None:
            return ""
        parent = categories.get(category.parent_id)
        return f"{parent.name}/{category.name}" if parent else category.name

    out = []
    for call_id in ids:
        call = rows.get(call_id)
        if call is None:  # deleted between the two reads
            continue
        out.append(_summary(call, actor, caller=callers.get(call.caller_id),
                            category_label=label(call.category_id),
                            assignee=users.get(call.assignee_id)))
    return out


@service("call.view")
def search_cases(*, actor: Actor, terms: list[str] | str, status: str | None = None,
                 received_from: dt.datetime | dt.date | None = None,
                 received_to: dt.datetime | dt.date | None = None,
                 category_id: int | None = None, priority: str | None = None,
                 outcome: str | None = None, creator_id: int | None = None,
                 assignee_id: int | None = None, confidential: bool | None = None,
                 overdue: bool | None = None, before_id: int | None = None,
                 limit: int = 50) -> SearchPage:
    """One page of the cases matching every term and filter, newest first.

    `received_from` is inclusive, `received_to` exclusive (a date means its
    midnight). `category_id` matches the category and its subcategories. With no
    terms the filters alone select. The next page: `before_id=page.next_before_id`.
    """
    found = split_terms(terms)
    limit = validation.integer("limit", limit, minimum=1, maximum=MAX_LIMIT)
    filters = dict(
        status=_optional_choice("status", status, STATUSES),
        received_from=_moment("received_from", received_from),
        received_to=_moment("received_to", received_to),
        category_id=_optional_id("category_id", category_id),
        priority=_optional_choice("priority", priority, PRIORITIES),
        outcome=_optional_choice("outcome", outcome, OUTCOMES),
        creator_id=_optional_id("creator_id", creator_id),
        assignee_id=_optional_id("assignee_id", assignee_id),
        confidential=None if confidential is None else bool(confidential),
        overdue=None if overdue is None else bool(overdue),
        before_id=_optional_id("before_id", before_id))
    ids = _matching_ids(actor, found, limit + 1, **filters)
    more = len(ids) > limit
    ids = ids[:limit]
    return SearchPage(rows=_summaries(actor, ids),
                      next_before_id=ids[-1] if more else None)
