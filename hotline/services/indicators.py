"""The indicators of DESIGN §5, one definition for the dashboard, reports and CLI.

Every figure is a SQL aggregate (COUNT/SUM … GROUP BY) over the period; Python only
combines the handful of numbers and groups the database returns, never the calls.
Durations are whole milliseconds computed in SQL (julianday on SQLite, EXTRACT(EPOCH)
on PostgreSQL) and summed as integers, so both backends give the same numbers.
Percentiles interpolate linearly between closest ranks: percentile_cont on
PostgreSQL; on SQLite (which has none) a registered aggregate, hl_percentiles, sorts
the values the SQL selected and interpolates with the same formula.

Period P = [start, end) in local time; a month is [first day 00:00, next month 00:00).
Filters: `user_id` keeps the calls the user handled (logged them or is assigned them;
QA reviews whose agent is the user), `category_id` a category and its children.

Months that never change: a period's figures come from facts stamped when they
happened, never from what a case is now. Resolutions, their due times, closings
and reopenings come from the resolution history (case_resolution, written with
each change); a call's status and assignee are read as they were at the end of P
(the last status event before the end says both, call_event.assignee_after). So
reopening, reassigning and re-resolving a case later leaves P's figures as they
were. Everything is read in one snapshot (`snapshot()`).

Definitions where §5 leaves a choice (documented, tested):
- `by_category` keys are top-level category names; calls without one count under "".
  `by_status`: each call's status at the end of P.
- `resolved`: cases with a resolution in P, once each; `resolution_hours` uses the
  last resolution in P. `resolution_hours` / `first_response_minutes`: {"mean",
  "median", "p90"}, null when there is no value; first response counts dispatched
  tickets (outcome transferred/escalated) received in P that have a first response.
- `on_time_resolution_rate`: every resolution due time in P: the due time that
  applied to a resolution in the history (met when resolved at or before it), and
  the current due time of a case not resolved now once it has passed (missed),
  unless its clock is stopped (pending_customer since before the due time: the due
  time moves on resume; a wait begun after the due time does not move it).
  `first_response_sla_rate`: calls whose first-response due time is in P, counted
  once it has passed or was met, not while paused.
- `fcr_rate`: valid calls received in P solved on the first contact whose
  resolution was not reopened before the end of P. `reopen_rate`: cases reopened
  in P (once each) ÷ `resolved`.
- `callback_rate`: calls closed in P (the current closing, or one a later
  reopening ended) that have a reached callback made by the end of P.
- `satisfaction_mean` / `qa_mean`: mean rating of the surveys / mean total of the QA
  reviews recorded in P; `qa_rate` counts distinct calls reviewed in P.
- `qa_vetoes`: QA reviews recorded in P with at least one veto item (DESIGN §11).
  `rectification_closure_rate`: of the rectifications (整改) due in P (their due
  date, moved when an appeal is rejected or a re-check sends one back, falls in
  P), the share closed by a passed re-check on or before the due date; one
  withdrawn by an upheld appeal is not counted; null when none is due in P.
- `agents`: one entry per user with any figure in P, by username: calls_handled
  (received in P, logged by them or theirs at the end of P), mean_handle_seconds
  (mean duration of those calls), fcr_rate (of their valid calls),
  satisfaction_mean (surveys in P on their calls), sla_rate (on-time resolution of
  the due times in P of calls theirs at the end of P), qa_mean (reviews in P with
  them as agent). The `user_id` filter uses the same attribution.
Rates are fractions 0–1 and null when the denominator is 0; every float is rounded
to 6 decimals.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math

from ..domain.workflow import OPEN_STATUSES
from ..models import NON_SERVICE_OUTCOMES, User, db
from . import clock
from .base import Actor, service
from ..storage.dialect import is_sqlite
from .errors import ValidationError
from .exporter import month_range

KEYS = (
    "calls_total", "calls_valid", "by_channel", "by_category", "by_priority",
    "by_outcome", "by_status", "direct_answer_rate", "tickets_dispatched", "resolved",
    "resolution_hours", "first_response_minutes", "on_time_resolution_rate",
    "first_response_sla_rate", "fcr_rate", "reopen_rate", "callback_rate",
    "survey_participation_rate", "satisfaction_rate", "satisfaction_mean", "qa_rate",
    "qa_mean", "qa_vetoes", "rectification_closure_rate", "agents",
)
DISPATCHED = ("transferred", "escalated")


def interpolate(ordered: list, p: float) -> float:
    """Linear interpolation between closest ranks (percentile_cont, and
    statistics.quantiles(method='inclusive')) of ascending values."""
    h = (len(ordered) - 1) * p
    k = math.floor(h)
    if h == k:
        return float(ordered[k])
    return ordered[k] + (ordered[k + 1] - ordered[k]) * (h - k)


class _Percentiles:
    """SQLite aggregate hl_percentiles(v): JSON [median, p90] of the non-null values
    (SQLite has no percentile_cont; the values are the ones SQL selected)."""

    def __init__(self):
        self.values = []

    def step(self, value):
        if value is not None:
            self.values.append(value)

    def finalize(self):
        if not self.values:
            return None
        self.values.sort()
        return json.dumps([interpolate(self.values, 0.5),
                           interpolate(self.values, 0.9)])


_CONVERTED: dict[str, str] = {}  # SQL written with '?' -> with the driver's mark


class _Sql:
    """Run SQL written with '?' placeholders on either backend."""

    def __init__(self):
        self.sqlite = is_sqlite()
        self.param = db.obj.param
        if self.sqlite:  # on this thread's connection
            db.obj.connection().create_aggregate("hl_percentiles", 1, _Percentiles)

    def value(self, v):
        if self.sqlite and isinstance(v, dt.datetime):
            return str(v)  # stored as text: compare text of the same format
        return v

    def run(self, sql: str, params: list) -> list[tuple]:
        if self.param != "?":
            converted = _CONVERTED.get(sql)
            if converted is None:
                converted = _CONVERTED.setdefault(sql, sql.replace("?", self.param))
            sql = converted
        cursor = db.execute_sql(sql, [self.value(p) for p in params])
        return cursor.fetchall()

    def run_built(self, sql: str, params: list) -> list[tuple]:
        """Run SQL already written with this backend's parameter mark."""
        cursor = db.execute_sql(sql, [self.value(p) for p in params])
        return cursor.fetchall()

    def ms(self, later: str, earlier: str) -> str:
        """Whole milliseconds from `earlier` to `later` (column expressions)."""
        if self.sqlite:
            return (f"CAST(ROUND((julianday({later}) - julianday({earlier}))"
                    f" * 86400000.0) AS INTEGER)")
        return f"CAST(ROUND(EXTRACT(EPOCH FROM ({later} - {earlier})) * 1000) AS BIGINT)"


def _in(values) -> str:
    return "(" + ", ".join("?" for _ in values) + ")"


def _rate(num, den):
    return None if not den else num / den


def _round(value):
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_round(v) for v in value]
    return value


class _Scope:
    """The WHERE fragment of the filters, for a call table aliased c. A user's
    calls are those they logged or had at the end of the period (_ASSIGNEE_AT_END)."""

    def __init__(self, user_id: int | None, category_id: int | None,
                 end: dt.datetime):
        self.user_id = user_id
        self.category_id = category_id
        self.end = end

    def calls(self) -> tuple[str, list]:
        sql, params = "", []
        if self.user_id is not None:
            sql += f" AND (c.creator_id = ? OR {_ASSIGNEE_AT_END} = ?)"
            params += [self.user_id, self.end, self.end, self.user_id]
        if self.category_id is not None:
            sql += (' AND c.category_id IN (SELECT id FROM "category" '
                    'WHERE id = ? OR parent_id = ?)')
            params += [self.category_id, self.category_id]
        return sql, params

    def reviews(self) -> tuple[str, list]:
        sql, params = "", []
        if self.user_id is not None:
            sql += " AND q.agent_id = ?"
            params.append(self.user_id)
        if self.category_id is not None:
            sql += (' AND c.category_id IN (SELECT id FROM "category" '
                    'WHERE id = ? OR parent_id = ?)')
            params += [self.category_id, self.category_id]
        return sql, params


def _stats_of(q: _Sql, inner: str, params: list, scale: float) -> tuple[int, dict]:
    """(count, mean/median/p90) of the column v that `inner` selects."""
    if q.sqlite:
        n, total, pair = q.run(
            f"SELECT COUNT(v), SUM(v), hl_percentiles(v) FROM ({inner}) t", params)[0]
        if not n:
            return 0, {"mean": None, "median": None, "p90": None}
        median, p90 = json.loads(pair)
    else:
        n, total, median, p90 = q.run(
            "SELECT COUNT(v), SUM(v), "
            "percentile_cont(0.5) WITHIN GROUP (ORDER BY v), "
            "percentile_cont(0.9) WITHIN GROUP (ORDER BY v) "
            f"FROM ({inner}) t", params)[0]
        if not n:
            return 0, {"mean": None, "median": None, "p90": None}
    return int(n), {"mean": int(total) / n / scale, "median": float(median) / scale,
                    "p90": float(p90) / scale}


def _top_names(q: _Sql) -> dict:
    """Category id -> name of its top-level category (the table is small)."""
    rows = q.run('SELECT k.id, COALESCE(p.name, k.name) FROM "category" k '
                 'LEFT JOIN "category" p ON p.id = k.parent_id', [])
    return dict(rows)


@contextlib.contextmanager
def snapshot():
    """One consistent read of the database for every figure read inside: on
    PostgreSQL a REPEATABLE READ, READ ONLY transaction; on SQLite a deferred read
    transaction (WAL keeps its snapshot from the first read to the end). Inside a
    transaction already open, that transaction is the snapshot."""
    if db.transaction_depth() > 0:
        yield
        return
    if is_sqlite():
        with db.atomic(lock_type="DEFERRED"):
            yield
        return
    with db.atomic(isolation_level="REPEATABLE READ"):
        db.execute_sql("SET TRANSACTION READ ONLY")
        # a dozen short aggregates: compiling them (JIT) costs more than it saves
        db.execute_sql("SET LOCAL jit = off")
        yield


def compute(start: dt.datetime, end: dt.datetime, *, user_id: int | None = None,
            category_id: int | None = None) -> dict:
    """Every §5 indicator for [start, end) (inside a service), all read in one
    snapshot."""
    with snapshot():
        return _compute(start, end, user_id=user_id, category_id=category_id)


def _compute(start: dt.datetime, end: dt.datetime, *, user_id: int | None,
             category_id: int | None) -> dict:
    q = _Sql()
    scope = _Scope(user_id, category_id, end)
    w, wp = scope.calls()
    now = clock.now()
    period = [start, end]

    # One pass over the calls received in P (_calls_pass): the dimensions, the
    # people who handled them and the first-response times of dispatched tickets.
    dim_groups, agent_groups, first_response = _calls_pass(q, period, end, w, wp)
    top_name = _top_names(q)
    dims = {"by_channel": {}, "by_priority": {}, "by_outcome": {}, "by_status": {},
            "by_category": {}}
    total = valid = answered = dispatched = fcr_ok = 0
    for channel, priority, outcome, status, category, n, fcr_n in dim_groups:
        for key, value in (("by_channel", channel), ("by_priority", priority),
                           ("by_outcome", outcome), ("by_status", status),
                           ("by_category", top_name.get(category, ""))):
            dims[key][value] = dims[key].get(value, 0) + n
        total += n
        if outcome not in NON_SERVICE_OUTCOMES:
            valid += n
            fcr_ok += int(fcr_n or 0)
            if outcome == "answered":
                answered += n
            if outcome in DISPATCHED:
                dispatched += n
    dims = {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0])))
            for k, v in dims.items()}

    # Resolutions come from the history (case_resolution): a case resolved in P
    # counts once, with its last resolution in P; a reopening later keeps them.
    resolved, resolution = _stats_of(
        q, f"SELECT {q.ms('MAX(r.resolved_at)', 'c.received_at')} AS v "
           'FROM "case_resolution" r JOIN "call" c ON c.id = r.call_id '
           f"WHERE r.resolved_at >= ? AND r.resolved_at < ?{w} "
           "GROUP BY r.call_id, c.received_at", period + wp, 3_600_000)
    def on_time(done: str, due: str, by: str) -> list[tuple]:
        """(group, calls due in P, done in time) grouped by `by`."""
        return q.run(
            f"SELECT {by}, COUNT(*), SUM(CASE WHEN c.{done} IS NOT NULL AND "
            f"c.{done} <= c.{due} THEN 1 ELSE 0 END) "
            f'FROM "call" c WHERE c.{due} >= ? AND c.{due} < ? '
            f"AND (c.paused_at IS NULL OR c.paused_at >= c.{due}) "
            f"AND (c.{due} <= ? OR (c.{done} IS NOT NULL AND c.{done} <= c.{due}))"
            f"{w} GROUP BY {by}", period + [now] + wp)

    # by assignee: the overall rate is the sum over the groups, the agents' SLA
    # rate the groups of a person
    resolution_sla = _resolution_on_time(q, period, now, w, wp)
    response_sla = on_time("first_response_at", "first_response_due", "1")

    (reopened,), = q.run(
        'SELECT COUNT(DISTINCT r.call_id) FROM "case_resolution" r '
        'JOIN "call" c ON c.id = r.call_id '
        "WHERE r.reopened_at IS NOT NULL AND r.reopened_at >= ? AND r.reopened_at < ?"
        f"{w}", period + wp)
    # closed in P: the current closing, or one a later reopening ended (history)
    # a reached callback counts when it was made by the end of P, so a call back
    # recorded later does not change a month already reported
    called_back_sql = ('CASE WHEN EXISTS (SELECT 1 FROM "callback" b '
                       "WHERE b.call_id = c.id AND b.reached AND b.at < ?) THEN {} END")
    (closed, called_back), = q.run(
        f"SELECT COUNT(*), SUM({called_back_sql.format(1)}) "
        f'FROM "call" c WHERE c.closed_at >= ? AND c.closed_at < ?{w}',
        [end] + period + wp)
    (closed_before, called_back_before), = q.run(
        f"SELECT COUNT(DISTINCT c.id), COUNT(DISTINCT {called_back_sql.format('c.id')}) "
        'FROM "case_resolution" r JOIN "call" c ON c.id = r.call_id '
        "WHERE r.reopened_at IS NOT NULL AND r.closed_at >= ? AND r.closed_at < ? "
        f"AND NOT (c.closed_at IS NOT NULL AND c.closed_at >= ? AND c.closed_at < ?){w}",
        [end] + period + period + wp)
    closed = int(closed) + int(closed_before)
    called_back = int(called_back or 0) + int(called_back_before or 0)
    # by (creator, assignee): the totals, and each person's share
    surveys_by = q.run(
        f"SELECT c.creator_id, {_ASSIGNEE_AT_END}, COUNT(*), "
        "SUM(CASE WHEN s.rating >= 4 THEN 1 ELSE 0 END), SUM(s.rating) "
        'FROM "survey" s JOIN "call" c ON c.id = s.call_id '
        f"WHERE s.at >= ? AND s.at < ?{w} GROUP BY 1, 2",
        [end, end] + period + wp)
    surveys = sum(int(r[2]) for r in surveys_by)
    satisfied = sum(int(r[3] or 0) for r in surveys_by)
    rating_sum = sum(int(r[4] or 0) for r in surveys_by)
    rw, rwp = scope.reviews()
    (reviewed_calls, reviews, review_sum), = q.run(
        "SELECT COUNT(DISTINCT q.call_id), COUNT(*), SUM(q.total) "
        'FROM "quality_review" q JOIN "call" c ON c.id = q.call_id '
        f"WHERE q.at >= ? AND q.at < ?{rw}", period + rwp)
    (vetoed,), = q.run(
        'SELECT COUNT(*) FROM "quality_review" q JOIN "call" c ON c.id = q.call_id '
        "WHERE q.at >= ? AND q.at < ? AND q.vetoes IS NOT NULL AND q.vetoes <> '[]'"
        f"{rw}", period + rwp)
    done_day = ("date(q.rectification_done_at)" if q.sqlite
                else "CAST(q.rectification_done_at AS DATE)")
    (rect_due, rect_closed), = q.run(
        "SELECT COUNT(*), SUM(CASE WHEN q.recheck_passed "
        f"AND q.rectification_done_at IS NOT NULL AND {done_day} <= "
        "q.rectification_due THEN 1 ELSE 0 END) "
        'FROM "quality_review" q JOIN "call" c ON c.id = q.call_id '
        "WHERE q.rectification_required AND q.rectification_due >= ? "
        f"AND q.rectification_due < ?{rw}",
        [start.date().isoformat(), end.date().isoformat()] + rwp)

    result = {
        "calls_total": total,
        "calls_valid": valid,
        **{k: dims[k] for k in ("by_channel", "by_category", "by_priority",
                                "by_outcome", "by_status")},
        "direct_answer_rate": _rate(answered, valid),
        "tickets_dispatched": dispatched,
        "resolved": resolved,
        "resolution_hours": resolution,
        "first_response_minutes": first_response,
        "on_time_resolution_rate": _rate(sum(int(r[2] or 0) for r in resolution_sla),
                                         sum(int(r[1]) for r in resolution_sla)),
        "first_response_sla_rate": _rate(sum(int(r[2] or 0) for r in response_sla),
                                         sum(int(r[1]) for r in response_sla)),
        "fcr_rate": _rate(fcr_ok, valid),
        "reopen_rate": _rate(int(reopened), resolved),
        "callback_rate": _rate(int(called_back or 0), int(closed)),
        "survey_participation_rate": _rate(surveys, valid),
        "satisfaction_rate": _rate(satisfied, surveys),
        "satisfaction_mean": _rate(rating_sum, surveys),
        "qa_rate": _rate(int(reviewed_calls), valid),
        "qa_mean": _rate(float(review_sum or 0), int(reviews)),
        "qa_vetoes": int(vetoed),
        "rectification_closure_rate": _rate(int(rect_closed or 0), int(rect_due)),
        "agents": _agents(q, period, scope, agent_groups, surveys_by, resolution_sla),
    }
    assert tuple(result) == KEYS
    return _round(result)


# The status a call had at the end of P: its status now if it has not changed
# since, else the status its timeline shows before the end (params: end, end).
_STATUS_AT_END = (
    "CASE WHEN c.updated_at < ? THEN c.status ELSE COALESCE((SELECT e.to_status "
    'FROM "call_event" e WHERE e.call_id = c.id AND e.at < ? '
    "AND e.to_status IS NOT NULL ORDER BY e.at DESC, e.id DESC LIMIT 1), c.status) END")
# Who had the call at the end of P (params: end, end): its assignee now if it has
# not changed since, else the assignee its last status event before the end
# recorded (assignee_after: 0 nobody; null, on events older than that column,
# falls back to the assignee now). Written so the subquery runs once.
_ASSIGNEE_AT_END = (
    "(CASE WHEN c.updated_at < ? THEN c.assignee_id ELSE NULLIF(COALESCE(NULLIF("
    "COALESCE((SELECT COALESCE(e.assignee_after, -1) "
    'FROM "call_event" e WHERE e.call_id = c.id AND e.at < ? '
    "AND e.to_status IS NOT NULL ORDER BY e.at DESC, e.id DESC LIMIT 1), -1), -1), "
    "COALESCE(c.assignee_id, 0)), 0) END)")
# Solved on the first contact and not reopened before the end of P (param: end).
# A call never reopened (reopen_count only grows) still has its flag as saved; a
# reopened one counts when its first-contact resolution was reopened after the
# end (one small set, read through the partial index on reopenings).
_FIRST_CONTACT = (
    "(CASE WHEN c.reopen_count = 0 THEN c.fcr ELSE c.id IN (SELECT r.call_id "
    'FROM "case_resolution" r WHERE r.reopened_at IS NOT NULL '
    "AND r.reopened_at >= ? AND r.first_contact) END)")


_CALLS_PASS: dict[tuple, str] = {}  # its SQL, built once per backend and filter


def _calls_pass(q: _Sql, period: list, end: dt.datetime, w: str, wp: list
                ) -> tuple[list[tuple], list[tuple], dict]:
    """The calls received in P in one statement: each call's status and assignee at
    the end of P and its first-contact flag are worked out once (the CTE), then
    grouped three ways. Returns (channel, priority, outcome, status at the end,
    category, calls, solved at first contact) groups; (creator, assignee at the
    end, calls, valid, valid solved at first contact, duration sum, durations)
    groups; the first-response minutes of dispatched tickets (mean/median/p90)."""
    key = (q.param, q.sqlite, w)
    sql = _CALLS_PASS.get(key)
    if sql is None:
        ns = _in(NON_SERVICE_OUTCOMES)
        if q.sqlite:
            pct = "hl_percentiles(fr), NULL"
            nul = "NULL, NULL"
        else:
            pct = ("percentile_cont(0.5) WITHIN GROUP (ORDER BY fr), "
                   "percentile_cont(0.9) WITHIN GROUP (ORDER BY fr)")
            nul = "CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION)"
        sql = (
            "WITH m AS MATERIALIZED (SELECT c.channel AS channel, c.priority AS "
            f"priority, c.outcome AS outcome, {_STATUS_AT_END} AS st, "
            f"c.category_id AS cat, c.creator_id AS creator, {_ASSIGNEE_AT_END} AS asg, "
            f"CASE WHEN {_FIRST_CONTACT} THEN 1 ELSE 0 END AS fc, "
            f"CASE WHEN c.outcome NOT IN {ns} THEN 1 ELSE 0 END AS ok, "
            "c.duration_seconds AS dur, "
            f"CASE WHEN c.outcome IN {_in(DISPATCHED)} THEN "
            f"{q.ms('c.first_response_at', 'c.received_at')} END AS fr "
            f'FROM "call" c WHERE c.received_at >= ? AND c.received_at < ?{w}) '
            "SELECT 0, channel, priority, outcome, st, cat, NULL, COUNT(*), SUM(fc), "
            f"NULL, NULL, NULL, {nul} FROM m GROUP BY channel, priority, outcome, st, cat "
            "UNION ALL SELECT 1, NULL, NULL, NULL, NULL, creator, asg, COUNT(*), "
            "SUM(ok), SUM(ok * fc), SUM(dur), COUNT(dur), "
            f"{nul} FROM m GROUP BY creator, asg "
            "UNION ALL SELECT 2, NULL, NULL, NULL, NULL, NULL, NULL, COUNT(fr), "
            f"SUM(fr), NULL, NULL, NULL, {pct} FROM m")
        if q.param != "?":
            sql = sql.replace("?", q.param)
        sql = _CALLS_PASS.setdefault(key, sql)
    params = ([end] * 5 + list(NON_SERVICE_OUTCOMES) + list(DISPATCHED) + period + wp)
    dim_groups, agent_groups = [], []
    first_response = {"mean": None, "median": None, "p90": None}
    for row in q.run_built(sql, params):
        if row[0] == 0:
            dim_groups.append((row[1], row[2], row[3], row[4], row[5], int(row[7]),
                               int(row[8] or 0)))
        elif row[0] == 1:
            agent_groups.append((row[5], row[6], int(row[7]), int(row[8] or 0),
                                 int(row[9] or 0), row[10], row[11]))
        elif row[7]:
            n, total = int(row[7]), int(row[8])
            if q.sqlite:
                median, p90 = json.loads(row[12])
            else:
                median, p90 = row[12], row[13]
            first_response = {"mean": total / n / 60_000, "median": float(median) / 60_000,
                              "p90": float(p90) / 60_000}
    return dim_groups, agent_groups, first_response


def _resolution_on_time(q: _Sql, period: list, now: dt.datetime, w: str, wp: list
                        ) -> list[tuple]:
    """(assignee, resolution due times in P, met) by assignee. Each resolution in
    the history counts with the due time that applied to it (met when resolved at
    or before it) and the assignee it had; a case not resolved now counts with its
    current due time once that has passed (missed), unless its clock was stopped
    (waiting on the caller since before the due time)."""
    groups: dict = {}
    for uid, n, ok in q.run(
            f"SELECT {_ASSIGNEE_AT_END}, COUNT(*), "
            "SUM(CASE WHEN r.resolved_at <= r.due_at THEN 1 ELSE 0 END) "
            'FROM "case_resolution" r JOIN "call" c ON c.id = r.call_id '
            "WHERE r.due_at IS NOT NULL AND r.due_at >= ? AND r.due_at < ?"
            f"{w} GROUP BY 1",
            [period[1]] * 2 + period + wp):
        groups[uid] = [int(n), int(ok or 0)]
    # the conditions sit in the expression so that the scan stays on the due range
    for uid, n in q.run(
            f"SELECT {_ASSIGNEE_AT_END}, SUM(CASE WHEN c.resolved_at IS NULL "
            f"AND c.status IN {_in(OPEN_STATUSES)} AND c.resolution_due <= ? "
            "AND (c.paused_at IS NULL OR c.paused_at >= c.resolution_due) "
            'THEN 1 ELSE 0 END) FROM "call" c '
            f"WHERE c.resolution_due >= ? AND c.resolution_due < ?{w} GROUP BY 1",
            [period[1]] * 2 + list(OPEN_STATUSES) + [now] + period + wp):
        if n:
            groups.setdefault(uid, [0, 0])[0] += int(n)
    return [(uid, n, ok) for uid, (n, ok) in groups.items()]


def _agents(q: _Sql, period: list, scope: _Scope, agent_groups: list[tuple],
            surveys_by: list[tuple], resolution_sla: list[tuple]) -> list[dict]:
    """Per-user figures. Calls and surveys come grouped by (creator, assignee): a
    group counts for its creator, and for its assignee when that is someone else,
    so a call counts once for each person who handled it."""
    people: dict[int, dict] = {}

    def add(uid, **values):
        entry = people.setdefault(uid, {})
        for k, v in values.items():
            entry[k] = entry.get(k, 0) + (v or 0)

    def handlers(creator, assignee):
        return [u for u in (creator, assignee if assignee != creator else None)
                if u is not None]

    for creator, assignee, n, valid, fcr_ok, dur_sum, dur_n in agent_groups:
        for uid in handlers(creator, assignee):
            add(uid, handled=n, valid=valid, fcr_ok=fcr_ok, dur_sum=dur_sum,
                dur_n=dur_n)
    for creator, assignee, n, _, rating_sum in surveys_by:
        for uid in handlers(creator, assignee):
            add(uid, surveys=n, rating_sum=rating_sum)
    for uid, n, ok in resolution_sla:
        if uid is not None:
            add(uid, due=n, on_time=ok)
    rw, rwp = scope.reviews()
    for uid, n, total in q.run(
            'SELECT q.agent_id, COUNT(*), SUM(q.total) FROM "quality_review" q '
            'JOIN "call" c ON c.id = q.call_id WHERE q.at >= ? AND q.at < ? '
            f"AND q.agent_id IS NOT NULL{rw} GROUP BY q.agent_id", period + rwp):
        people.setdefault(uid, {})
        people[uid]["reviews"] = people[uid].get("reviews", 0) + n
        people[uid]["review_sum"] = people[uid].get("review_sum", 0.0) + float(total)
    if not people:
        return []
    names = {uid: (username, display) for uid, username, display in
             User.select(User.id, User.username, User.display_name)
             .where(User.id.in_(list(people))).tuples()}
    out = []
    for uid, e in people.items():
        username, display = names.get(uid, (str(uid), ""))
        out.append({
            "user": username,
            "name": display,
            "calls_handled": int(e.get("handled", 0)),
            "mean_handle_seconds": _rate(int(e.get("dur_sum", 0)), e.get("dur_n", 0)),
            "fcr_rate": _rate(int(e.get("fcr_ok", 0)), e.get("valid", 0)),
            "satisfaction_mean": _rate(int(e.get("rating_sum", 0)),
                                       e.get("surveys", 0)),
            "sla_rate": _rate(int(e.get("on_time", 0)), e.get("due", 0)),
            "qa_mean": _rate(e.get("review_sum", 0.0), e.get("reviews", 0)),
        })
    return sorted(out, key=lambda a: a["user"])


def _as_datetime(field: str, value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, str):
        try:
            return _as_datetime(field, dt.date.fromisoformat(value.strip()))
        except ValueError:
            pass
    raise ValidationError(field, f"is not a date (got {str(value)[:20]!r})")


@service("report.view")
def indicators(*, actor: Actor, start, end, user_id: int | None = None,
               category_id: int | None = None) -> dict:
    """The §5 indicators for [start, end): dates (end exclusive) or datetimes."""
    start = _as_datetime("start", start)
    end = _as_datetime("end", end)
    if end <= start:
        raise ValidationError("end", "must be after start")
    return compute(start, end, user_id=user_id, category_id=category_id)


def previous_month(month: str) -> str:
    start, _ = month_range(month)
    prev = (start - dt.timedelta(days=1)).replace(day=1)
    return f"{prev:%Y-%m}"


def same_month_last_year(month: str) -> str:
    start, _ = month_range(month)
    return f"{start.year - 1:04d}-{start.month:02d}"


@service("report.view")
def monthly(*, actor: Actor, month: str, user_id: int | None = None,
            category_id: int | None = None) -> dict:
    """{"month": "YYYY-MM", every §5 key…, "previous": the same keys for the month
    before, "last_year": the same keys for the same month a year before (同比)}."""
    start, end = month_range(month)
    prev_start, _ = month_range(previous_month(month))
    ly_start, ly_end = month_range(same_month_last_year(month))
    with snapshot():  # the three months from the same snapshot
        current = compute(start, end, user_id=user_id, category_id=category_id)
        previous = compute(prev_start, start, user_id=user_id,
                           category_id=category_id)
        last_year = compute(ly_start, ly_end, user_id=user_id,
                            category_id=category_id)
    return {"month": f"{start:%Y-%m}", **current, "previous": previous,
            "last_year": last_year}
