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
- PostgreSQL: pg_trgm GIN (LIKE) for terms of 3+ characters and a GIN index of the
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
from types import SimpleNamespace

from peewee import ForeignKeyField

from ..domain.access import ALL_CASES_ROLES, SYSTEM
from ..models import OUTCOMES, PRIORITIES, STATUSES, Call, db
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


def _select_list() -> tuple[str, list]:
    """The columns of a result row: every column of the call (as the case list's
    summary reads them), the caller's name, the assignee's name and the category
    with its parent's name."""
    fields = Call._meta.sorted_fields
    columns = ", ".join(f'c."{f.column_name}"' for f in fields)
    return (f"{columns}, p.name, u.display_name, k.name, kp.name", fields)


_JOINS = ('LEFT JOIN "caller" p ON p.id = c.caller_id '
          'LEFT JOIN "user" u ON u.id = c.assignee_id '
          'LEFT JOIN "category" k ON k.id = c.category_id '
          'LEFT JOIN "category" kp ON kp.id = k.parent_id ')


def _matching_rows(actor: Actor, terms: list[str], limit: int, **filters) -> list:
    """One query: the matching cases newest first with what their rows show."""
    sqlite = is_sqlite()
    param = "?" if sqlite else "%s"
    select, _ = _select_list()
    if not terms:
        where, params = _conditions(actor, id_column="c.id", param=param, **filters)
        sql = (f'SELECT {select} FROM "call" c {_JOINS}'
               + (" WHERE " + " AND ".join(where) if where else "")
               + f" ORDER BY c.id DESC LIMIT {param}")
    elif sqlite and _narrowing(filters):
        return _sqlite_filtered_rows(actor, terms, limit, select, filters)
    elif sqlite:
        # CROSS JOIN keeps the index outside: it yields ids newest first and stops
        # at the limit; the call row and the joined names are looked up by key
        where, params = _conditions(actor, id_column="case_fts.rowid", param=param,
                                    **filters)
        sql = (f'SELECT {select} FROM case_fts CROSS JOIN "call" c '
               f"ON c.id = case_fts.rowid {_JOINS}"
               "WHERE case_fts MATCH ?"
               + "".join(" AND " + w for w in where)
               + " ORDER BY case_fts.rowid DESC LIMIT ?")
        params = [fts_query(terms)] + params
    else:
        return _postgresql_rows(actor, terms, limit, select, filters)
    params.append(limit)
    return db.execute_sql(sql, _sql_values(params)).fetchall()


PROBE_IDS = 10_000  # the newest cases read directly (or counted) before the indexes
COMMON_SHARE = 0.005  # a term in more than this share of them is common


def _narrowing(filters: dict) -> bool:
    """Whether the search has filters besides the keyset position."""
    return any(v is not None for k, v in filters.items() if k != "before_id")


def _top(filters: dict) -> int:
    if filters.get("before_id") is not None:
        return filters["before_id"]
    (top,) = db.execute_sql(
        'SELECT COALESCE(MAX("call_id"), 0) + 1 FROM "case_text"').fetchone()
    return top


def _sqlite_filtered_rows(actor: Actor, terms: list[str], limit: int, select: str,
                          filters: dict) -> list:
    """Terms and filters on SQLite, each step bounded:

    1. the index, newest first, over the PROBE_IDS newest cases;
    2. the rest: the index again, newest first, when the term is rare (in at
       most COMMON_SHARE of those cases: its list is short) or the filters pass
       at least 1 % as many of those cases as the term is in; otherwise (a
       common term, filters that pass very few cases) the cases passing the
       filters, newest first, each looked up in the index by key.
    """
    match = fts_query(terms)
    top = _top(filters)
    low = max(top - PROBE_IDS, 0)
    filters = dict(filters, before_id=None)
    where, params = _conditions(actor, id_column="c.id", param="?", **filters)
    walk = (f'SELECT {select} FROM case_fts CROSS JOIN "call" c '
            f"ON c.id = case_fts.rowid {_JOINS}"
            "WHERE case_fts MATCH ? AND case_fts.rowid >= ? AND case_fts.rowid < ?"
            + "".join(" AND " + w for w in where)
            + " ORDER BY case_fts.rowid DESC LIMIT ?")
    rows = db.execute_sql(walk, _sql_values(
        [match, low, top] + params + [limit])).fetchall()
    if len(rows) >= limit or low <= 0:
        return rows
    (hits,) = db.execute_sql(
        "SELECT COUNT(*) FROM case_fts WHERE case_fts MATCH ? AND rowid >= ? "
        "AND rowid < ?", (match, low, top)).fetchone()
    (passing,) = db.execute_sql(
        'SELECT COUNT(*) FROM "call" c WHERE '
        + " AND ".join(where + ["c.id >= ?", "c.id < ?"]),
        _sql_values(params + [low, top])).fetchone()
    # walking the term's list costs a lookup per case it holds until the filters
    # pass enough; going by the filters costs reading the cases (most without an
    # index) and an index lookup per case they pass: measured at 1,000,000 calls,
    # it pays only when the filters pass under 1 % as many cases as the term is in
    if hits <= COMMON_SHARE * (top - low) or passing * 100 >= hits:
        return rows + db.execute_sql(walk, _sql_values(
            [match, 0, low] + params + [limit - len(rows)])).fetchall()
    # the index lookup last: the filters are tested first
    driven = (f'SELECT {select} FROM "call" c {_JOINS}WHERE '
              + " AND ".join(where + ["c.id < ?", "EXISTS (SELECT 1 FROM case_fts "
                                      "WHERE case_fts MATCH ? AND "
                                      "case_fts.rowid = c.id)"])
              + " ORDER BY c.id DESC LIMIT ?")
    return rows + db.execute_sql(driven, _sql_values(
        params + [low, match, limit - len(rows)])).fetchall()


def _postgresql_rows(actor: Actor, terms: list[str], limit: int, select: str,
                     filters: dict) -> list:
    """Two steps, each bounded whatever the planner estimates for a term:

    1. the PROBE_IDS newest cases (below before_id) are read by key, newest first,
       and tested exactly (strpos / LIKE on the folded text): a term found in more
       than about 0.5 % of the cases fills the page here;
    2. otherwise the older cases come from the indexes (pg_trgm for terms of 3+
       characters, the 1-/2-character pieces for shorter ones) as a MATERIALIZED
       set of candidate ids, so that the plan never turns into reading every case
       backwards and testing it (PostgreSQL estimates LIKE '%…%' poorly); the ids
       are sorted newest first and the rows read a slice at a time until the page
       is full, rather than joining every candidate before cutting the page.
    """
    exact: list[str] = []
    exact_params: list = []
    indexed: list[str] = []
    indexed_params: list = []
    short = [t for t in terms if len(t) < 3]
    if short:
        indexed.append("case_search_grams(t.body) @> %s::text[]")
        indexed_params.append(short)
    for term in terms:
        if len(term) < 3:
            exact.append("strpos(t.body, %s) > 0")
            exact_params.append(term)
        else:
            exact.append("t.body LIKE %s")
            exact_params.append(_like_pattern(term))
    narrowing = _narrowing(filters)
    top = _top(filters)
    filters.pop("before_id")
    where, params = _conditions(actor, id_column="c.id", param="%s", before_id=None,
                                **filters)
    low = max(top - PROBE_IDS, 0)
    recent = (f"SELECT {select} FROM (SELECT call_id, body FROM case_text "
              "WHERE call_id >= %s AND call_id < %s ORDER BY call_id DESC OFFSET 0) t "
              f'JOIN "call" c ON c.id = t.call_id {_JOINS}'
              "WHERE " + " AND ".join(exact + where)
              + " ORDER BY t.call_id DESC LIMIT %s")
    rows = db.execute_sql(recent, _sql_values(
        [low, top] + exact_params + params + [limit])).fetchall()
    if len(rows) >= limit or low <= 0:
        return rows
    if narrowing:
        window = ("SELECT COUNT(*) FROM (SELECT body FROM case_text WHERE call_id >= %s "
                  "AND call_id < %s OFFSET 0) t WHERE " + " AND ".join(exact))
        (hits,) = db.execute_sql(window, [low, top] + exact_params).fetchone()
        if hits > COMMON_SHARE * (top - low):
            # a common term that the filters narrow: the planner goes by the
            # filters (their estimates are good), the text tested exactly
            driven = (f'SELECT {select} FROM "call" c JOIN case_text t '
                      f"ON t.call_id = c.id {_JOINS}WHERE "
                      + " AND ".join(exact + where + ["c.id < %s"])
                      + " ORDER BY c.id DESC LIMIT %s")
            return rows + db.execute_sql(driven, _sql_values(
                exact_params + params + [low, limit - len(rows)])).fetchall()
    # the candidates' ids, newest first (a sort of integers), then their rows a
    # slice at a time until the page is full (the filters on the case may drop some)
    candidates = ("WITH m AS MATERIALIZED (SELECT t.call_id FROM case_text t WHERE "
                  + " AND ".join(indexed + exact + ["t.call_id < %s"]) + ") "
                  "SELECT call_id FROM m ORDER BY call_id DESC")
    ids = [row[0] for row in db.execute_sql(candidates, _sql_values(
        indexed_params + exact_params + [low])).fetchall()]
    fetch = (f'SELECT {select} FROM "call" c {_JOINS}WHERE c.id = ANY(%s)'
             + "".join(" AND " + w for w in where) + " ORDER BY c.id DESC")
    start, step = 0, limit
    while ids[start:] and len(rows) < limit:
        chunk = ids[start:start + step]
        rows += db.execute_sql(fetch, _sql_values([chunk] + params)).fetchall()
        start += len(chunk)
        step = min(step * 4, 5_000)  # the filters drop many: larger slices
    return rows[:limit]


class _IdField:
    """A foreign key column read as its id (named like the model's `x_id`)."""

    def __init__(self, field: ForeignKeyField):
        self.name = field.name + "_id"

    @staticmethod
    def python_value(value):
        return value


class _Named:
    """A caller or assignee as _summary reads it (name / display_name)."""

    def __init__(self, name: str):
        self.name = self.display_name = name


def _summaries(actor: Actor, rows: list) -> list[CaseSummary]:
    """The rows as the case list shows them (calls._summary: masking included)."""
    _, fields = _select_list()
    # a foreign key's python_value would load its row: its id is the value
    fields = [_IdField(f) if isinstance(f, ForeignKeyField) else f for f in fields]
    n = len(fields)
    out = []
    for row in rows:
        call = SimpleNamespace(**{f.name: f.python_value(v) if v is not None else None
                                  for f, v in zip(fields, row[:n])})
        caller_name, assignee_name, category, parent = row[n:]
        label = "" if category is None else \
            f"{parent}/{category}" if parent is not None else category
        out.append(_summary(
            call, actor,
            caller=_Named(caller_name) if caller_name is not None else None,
            category_label=label,
            assignee=_Named(assignee_name) if assignee_name is not None else None))
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
    rows = _matching_rows(actor, found, limit + 1, **filters)
    more = len(rows) > limit
    page = _summaries(actor, rows[:limit])
    return SearchPage(rows=page, next_before_id=page[-1].id if more else None)
