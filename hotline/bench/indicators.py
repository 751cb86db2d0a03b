"""A month's indicators (DESIGN §5) against one hand-written SQL pass doing the same
work.

The month measured is the busiest of the bench database (about 30,000 calls when the
runner spread the demo over months). The engine is `indicators.indicators` for that
month (every §5 key, agents included), then `indicators.monthly` (the month, the
previous one and the same month a year before: what `report monthly --json` prints).

The baseline is what a person would write by hand to get every §5 key of the month
on the bare driver (sqlite3 / psycopg2, its own connection, one read transaction):
eight statements — the month's calls once (each call's status and assignee at the
end of the month and its first-contact flag worked out once, then grouped by the
dimensions, by the people who handled them, and the first-response times), the
resolutions in the month from the history (last one per case, its hours), the
resolution due times in the month (history, plus open cases overdue), the
first-response due times, reopenings and closings with their callbacks, surveys by
who handled the call, quality reviews, and the names of the people — and the few
lines of Python that add the groups up. Percentiles: percentile_cont on PostgreSQL;
on SQLite, which has none, the values sorted by SQL and interpolated in Python. Its
totals are checked against the engine's, so both did the same work.
Each figure is the median of REPEAT runs after a warm-up.
Budget (DESIGN §9): a month's indicators ≤ 0.5 s and ≤ 2× the hand-written pass.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
import statistics
import time

from . import BenchContext, Measurement, judge, raw_connection

REPEAT = 5
BUDGET_S = 0.5
RATIO = 2.0  # ≤ 2× one hand-written SQL pass

OPEN = ("new", "assigned", "in_progress", "pending_customer", "reopened")
NOT_SERVICE = ("hang_up", "silent", "prank", "wrong_number", "test")
DISPATCHED = ("transferred", "escalated")


def _ms(sqlite: bool, later: str, earlier: str) -> str:
    if sqlite:
        return (f"CAST(ROUND((julianday({later}) - julianday({earlier})) * 86400000.0)"
                " AS INTEGER)")
    return f"CAST(ROUND(EXTRACT(EPOCH FROM ({later} - {earlier})) * 1000) AS BIGINT)"


def _statements(sqlite: bool, p: str) -> dict[str, str]:
    """The hand-written statements, `p` the driver's parameter mark. Named
    parameters would be clearer; both drivers take positional ones, so each
    statement lists its values in `_params`."""
    def marks(values) -> str:
        return "(" + ", ".join([p] * len(values)) + ")"

    # the status and the assignee a call had at the end of the month: as it is
    # now when it has not changed since, else from its last status event before
    last_event = ('FROM call_event e WHERE e.call_id = c.id AND e.at < {p} '
                  'AND e.to_status IS NOT NULL ORDER BY e.at DESC, e.id DESC LIMIT 1')
    last_event = last_event.format(p=p)
    status_at_end = (f"CASE WHEN c.updated_at < {p} THEN c.status ELSE "
                     f"COALESCE((SELECT e.to_status {last_event}), c.status) END")
    assignee_at_end = (
        f"CASE WHEN c.updated_at < {p} THEN c.assignee_id ELSE NULLIF(COALESCE(NULLIF("
        f"COALESCE((SELECT COALESCE(e.assignee_after, -1) {last_event}), -1), -1), "
        "COALESCE(c.assignee_id, 0)), 0) END")
    first_contact = (f"CASE WHEN c.reopen_count = 0 THEN c.fcr ELSE c.id IN (SELECT "
                     "r.call_id FROM case_resolution r WHERE r.reopened_at IS NOT NULL "
                     f"AND r.reopened_at >= {p} AND r.first_contact) END")
    if sqlite:
        fr_pct = "NULL, NULL"
    else:
        fr_pct = ("percentile_cont(0.5) WITHIN GROUP (ORDER BY fr), "
                  "percentile_cont(0.9) WITHIN GROUP (ORDER BY fr)")
    null2 = "NULL, NULL" if sqlite else \
        "CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION)"
    calls = (
        "WITH m AS MATERIALIZED (SELECT channel, priority, outcome, category_id, "
        f"creator_id, duration_seconds AS dur, {status_at_end} AS st, "
        f"{assignee_at_end} AS asg, CASE WHEN {first_contact} THEN 1 ELSE 0 END AS fc, "
        f"CASE WHEN outcome NOT IN {marks(NOT_SERVICE)} THEN 1 ELSE 0 END AS ok, "
        f"CASE WHEN outcome IN {marks(DISPATCHED)} THEN "
        f"{_ms(sqlite, 'first_response_at', 'received_at')} END AS fr "
        f'FROM "call" c WHERE received_at >= {p} AND received_at < {p}) '
        "SELECT 'dims', channel, priority, outcome, st, category_id, NULL, COUNT(*), "
        f"SUM(fc), NULL, NULL, NULL, {null2} FROM m "
        "GROUP BY channel, priority, outcome, st, category_id "
        "UNION ALL SELECT 'people', NULL, NULL, NULL, NULL, creator_id, asg, "
        f"COUNT(*), SUM(ok), SUM(ok * fc), SUM(dur), COUNT(dur), {null2} FROM m "
        "GROUP BY creator_id, asg "
        "UNION ALL SELECT 'first response', NULL, NULL, NULL, NULL, NULL, NULL, "
        f"COUNT(fr), SUM(fr), NULL, NULL, NULL, {fr_pct} FROM m")
    if sqlite:  # no percentile_cont: the values themselves, interpolated in Python
        calls += (" UNION ALL SELECT 'fr', NULL, NULL, NULL, NULL, NULL, NULL, fr, "
                  "NULL, NULL, NULL, NULL, NULL, NULL FROM m WHERE fr IS NOT NULL")
    resolution_ms = (
        f"SELECT {_ms(sqlite, 'MAX(r.resolved_at)', 'c.received_at')} AS v "
        'FROM case_resolution r JOIN "call" c ON c.id = r.call_id '
        f"WHERE r.resolved_at >= {p} AND r.resolved_at < {p} "
        "GROUP BY r.call_id, c.received_at")
    if sqlite:  # sorted here, interpolated in Python
        res_stats = f"SELECT v FROM ({resolution_ms}) t ORDER BY v"
    else:
        res_stats = ("SELECT COUNT(v), SUM(v), percentile_cont(0.5) WITHIN GROUP "
                     "(ORDER BY v), percentile_cont(0.9) WITHIN GROUP (ORDER BY v) "
                     f"FROM ({resolution_ms}) t")
    # due in the month: each resolution in the history with the due time that
    # applied to it, and cases not resolved now whose due time has passed (unless
    # waiting on the caller since before it); the second condition sits in the
    # CASE so that the scan stays on the due range
    on_time = (
        f"SELECT asg, SUM(due), SUM(met) FROM (SELECT {assignee_at_end} AS asg, 1 AS due, "
        "CASE WHEN r.resolved_at <= r.due_at THEN 1 ELSE 0 END AS met "
        'FROM case_resolution r JOIN "call" c ON c.id = r.call_id '
        f"WHERE r.due_at IS NOT NULL AND r.due_at >= {p} AND r.due_at < {p} "
        f"UNION ALL SELECT {assignee_at_end}, CASE WHEN c.resolved_at IS NULL "
        f"AND c.status IN {marks(OPEN)} AND c.resolution_due <= {p} "
        "AND (c.paused_at IS NULL OR c.paused_at >= c.resolution_due) THEN 1 ELSE 0 "
        f'END, 0 FROM "call" c WHERE c.resolution_due >= {p} AND c.resolution_due < {p}'
        ") t GROUP BY asg HAVING SUM(due) > 0")
    first_response_sla = (
        "SELECT COUNT(*), SUM(CASE WHEN first_response_at IS NOT NULL AND "
        "first_response_at <= first_response_due THEN 1 ELSE 0 END) FROM \"call\" "
        f"WHERE first_response_due >= {p} AND first_response_due < {p} "
        "AND (paused_at IS NULL OR paused_at >= first_response_due) "
        f"AND (first_response_due <= {p} OR (first_response_at IS NOT NULL "
        "AND first_response_at <= first_response_due))")
    reached_by_end = (f"EXISTS (SELECT 1 FROM callback b WHERE b.call_id = c.id "
                      f"AND b.reached AND b.at < {p})")
    closings = (
        "SELECT * FROM (SELECT COUNT(DISTINCT call_id) FROM case_resolution "
        f"WHERE reopened_at IS NOT NULL AND reopened_at >= {p} AND reopened_at < {p}"
        f") reopened, (SELECT COUNT(*), SUM(CASE WHEN {reached_by_end} THEN 1 ELSE 0 "
        f'END) FROM "call" c WHERE closed_at >= {p} AND closed_at < {p}) closed, '
        "(SELECT COUNT(DISTINCT c.id), COUNT(DISTINCT CASE WHEN "
        f"{reached_by_end} THEN c.id END) FROM case_resolution r "
        'JOIN "call" c ON c.id = r.call_id WHERE r.reopened_at IS NOT NULL '
        f"AND r.closed_at >= {p} AND r.closed_at < {p} AND NOT (c.closed_at IS NOT "
        f"NULL AND c.closed_at >= {p} AND c.closed_at < {p})) closed_before")
    surveys = (
        f"SELECT c.creator_id, {assignee_at_end}, COUNT(*), "
        "SUM(CASE WHEN s.rating >= 4 THEN 1 ELSE 0 END), SUM(s.rating) "
        f'FROM survey s JOIN "call" c ON c.id = s.call_id WHERE s.at >= {p} '
        f"AND s.at < {p} GROUP BY 1, 2")
    reviews = (
        "SELECT NULL, COUNT(DISTINCT call_id), COUNT(*), SUM(total) FROM "
        f"quality_review WHERE at >= {p} AND at < {p} "
        "UNION ALL SELECT agent_id, NULL, COUNT(*), SUM(total) FROM quality_review "
        f"WHERE at >= {p} AND at < {p} AND agent_id IS NOT NULL GROUP BY agent_id")
    done_day = ("date(rectification_done_at)" if sqlite
                else "CAST(rectification_done_at AS DATE)")
    rectifications = (
        "SELECT (SELECT COUNT(*) FROM quality_review WHERE at >= "
        f"{p} AND at < {p} AND vetoes IS NOT NULL AND vetoes <> '[]'), COUNT(*), "
        "SUM(CASE WHEN recheck_passed AND rectification_done_at IS NOT NULL AND "
        f"{done_day} <= rectification_due THEN 1 ELSE 0 END) FROM quality_review "
        f"WHERE rectification_required AND rectification_due >= {p} "
        f"AND rectification_due < {p}")
    return {"calls": calls, "resolutions": res_stats, "on_time": on_time,
            "first_response_sla": first_response_sla, "closings": closings,
            "surveys": surveys, "reviews": reviews, "rectifications": rectifications,
            "names": ('SELECT \'user\', id, username, display_name FROM "user" '
                      "UNION ALL SELECT 'category', k.id, COALESCE(t.name, k.name), "
                      "NULL FROM category k LEFT JOIN category t ON t.id = k.parent_id")}


def _interpolate(ordered: list, p: float) -> float:
    h = (len(ordered) - 1) * p
    k = math.floor(h)
    return float(ordered[k]) if h == k else \
        ordered[k] + (ordered[k + 1] - ordered[k]) * (h - k)


def _rate(num, den):
    return None if not den else num / den


class HandWritten:
    """Every §5 key of [start, end) with the hand-written statements above."""

    def __init__(self, url: str):
        self.conn, self.p, self.sqlite = raw_connection(url)
        self.sql = _statements(self.sqlite, self.p)

    def close(self) -> None:
        self.conn.close()

    def _v(self, value):
        return str(value) if self.sqlite and isinstance(value, dt.datetime) else value

    def month(self, start: dt.datetime, end: dt.datetime, now: dt.datetime) -> dict:
        s, e, n = self._v(start), self._v(end), self._v(now)
        cur = self.conn.cursor()

        def run(name: str, params) -> list[tuple]:
            cur.execute(self.sql[name], params)
            return cur.fetchall()

        if self.sqlite:
            cur.execute("BEGIN")
        else:
            cur.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            cur.execute("SET LOCAL jit = off")
        try:
            # status and assignee at the end (2 + 2 values), first contact (1)
            calls = run("calls", [e] * 5 + list(NOT_SERVICE) + list(DISPATCHED) + [s, e])
            resolutions = run("resolutions", [s, e])
            on_time = run("on_time", [e, e, s, e, e, e, *OPEN, n, s, e])
            fr_sla = run("first_response_sla", [s, e, n])
            (reopened, closed, called_back, closed_before, called_back_before), = \
                run("closings", [s, e, e, s, e, e, s, e, s, e])
            surveys = run("surveys", [e, e, s, e])
            reviews = run("reviews", [s, e, s, e])
            (vetoed, rect_due, rect_closed), = run(
                "rectifications", [s, e, start.date().isoformat(), end.date().isoformat()])
            names = run("names", [])
        finally:
            cur.execute("COMMIT")
        return self._combine(calls, resolutions, on_time, fr_sla, reopened, closed,
                             called_back, closed_before, called_back_before, surveys,
                             reviews, names) | {
            "qa_vetoes": vetoed,
            "rectification_closure_rate": _rate(rect_closed or 0, rect_due)}

    def _stats(self, n, total, median, p90, scale) -> dict:
        if not n:
            return {"mean": None, "median": None, "p90": None}
        return {"mean": int(total) / n / scale, "median": float(median) / scale,
                "p90": float(p90) / scale}

    def _combine(self, calls, resolutions, on_time, fr_sla, reopened, closed,
                 called_back, closed_before, called_back_before, surveys, reviews,
                 names) -> dict:
        users = {row[1]: (row[2], row[3]) for row in names if row[0] == "user"}
        top = {row[1]: row[2] for row in names if row[0] == "category"}
        dims = {k: {} for k in ("by_channel", "by_priority", "by_outcome", "by_status",
                                "by_category")}
        total = valid = answered = dispatched = fcr_ok = 0
        # per person: calls, valid, first contact, duration sum, durations, due,
        # met, surveys, rating sum, reviews, review sum
        people: dict = {}

        def person(uid):
            return people.setdefault(uid, [0] * 11)

        first_response = fr_values = None
        for row in calls:
            if row[0] == "dims":
                _, channel, priority, outcome, status, category, _, n, fc = row[:9]
                for key, value in (("by_channel", channel), ("by_priority", priority),
                                   ("by_outcome", outcome), ("by_status", status),
                                   ("by_category", top.get(category, ""))):
                    dims[key][value] = dims[key].get(value, 0) + n
                total += n
                if outcome not in NOT_SERVICE:
                    valid += n
                    fcr_ok += fc or 0
                    answered += n if outcome == "answered" else 0
                    dispatched += n if outcome in DISPATCHED else 0
            elif row[0] == "people":
                creator, assignee, n, ok, ok_fc, dur, dur_n = row[5:12]
                for uid in {creator, assignee} - {None}:
                    e = person(uid)
                    for i, v in enumerate((n, ok, ok_fc, dur, dur_n)):
                        e[i] += v or 0
            elif row[0] == "fr":
                fr_values = fr_values or []
                fr_values.append(row[7])
            elif not self.sqlite:
                first_response = self._stats(row[7], row[8], row[12], row[13], 60_000)
        if self.sqlite:
            fr_values = sorted(fr_values or [])
            first_response = self._stats(len(fr_values), sum(fr_values), *(
                (_interpolate(fr_values, 0.5), _interpolate(fr_values, 0.9))
                if fr_values else (None, None)), 60_000)
            values = [v for (v,) in resolutions]
            resolved = len(values)
            res = self._stats(resolved, sum(values), *(
                (_interpolate(values, 0.5), _interpolate(values, 0.9)) if values
                else (None, None)), 3_600_000)
        else:
            (resolved, t, med, p90), = resolutions
            res = self._stats(resolved, t, med, p90, 3_600_000)
        due = met = 0
        for uid, n, ok in on_time:
            due, met = due + n, met + (ok or 0)
            if uid is not None:
                e = person(uid)
                e[5], e[6] = e[5] + n, e[6] + (ok or 0)
        surveyed = satisfied = rating_sum = 0
        for creator, assignee, n, sat, rating in surveys:
            surveyed += n
            satisfied += sat or 0
            rating_sum += rating or 0
            for uid in {creator, assignee} - {None}:
                e = person(uid)
                e[7], e[8] = e[7] + n, e[8] + (rating or 0)
        reviewed = review_n = 0
        review_sum = 0.0
        for agent, calls_n, n, total_q in reviews:
            if agent is None:
                reviewed, review_n, review_sum = calls_n, n, float(total_q or 0)
            else:
                e = person(agent)
                e[9], e[10] = e[9] + n, e[10] + float(total_q)
        (fr_due, fr_met), = fr_sla
        agents = sorted(({
            "user": users.get(uid, (str(uid), ""))[0],
            "name": users.get(uid, (str(uid), ""))[1],
            "calls_handled": e[0], "mean_handle_seconds": _rate(e[3], e[4]),
            "fcr_rate": _rate(e[2], e[1]), "satisfaction_mean": _rate(e[8], e[7]),
            "sla_rate": _rate(e[6], e[5]), "qa_mean": _rate(e[10], e[9])}
            for uid, e in people.items()), key=lambda a: a["user"])
        return {
            "calls_total": total, "calls_valid": valid, **dims,
            "direct_answer_rate": _rate(answered, valid),
            "tickets_dispatched": dispatched, "resolved": resolved,
            "resolution_hours": res, "first_response_minutes": first_response,
            "on_time_resolution_rate": _rate(met, due),
            "first_response_sla_rate": _rate(fr_met or 0, fr_due),
            "fcr_rate": _rate(fcr_ok, valid), "reopen_rate": _rate(reopened, resolved),
            "callback_rate": _rate((called_back or 0) + (called_back_before or 0),
                                   closed + closed_before),
            "survey_participation_rate": _rate(surveyed, valid),
            "satisfaction_rate": _rate(satisfied, surveyed),
            "satisfaction_mean": _rate(rating_sum, surveyed),
            "qa_rate": _rate(reviewed, valid), "qa_mean": _rate(review_sum, review_n),
            "qa_vetoes": None, "rectification_closure_rate": None,  # month() sets them
            "agents": agents,
        }


def _busiest_month() -> tuple[str, int]:
    from ..storage import is_sqlite
    from ..models import db

    key = ("substr(received_at, 1, 7)" if is_sqlite()
           else "to_char(received_at, 'YYYY-MM')")
    row = db.execute_sql(
        f'SELECT {key} AS m, COUNT(*) AS n FROM "call" GROUP BY m '
        "ORDER BY n DESC, m DESC LIMIT 1").fetchone()
    if row is None:
        raise RuntimeError("the bench database holds no calls")
    return row[0], int(row[1])


def _median_seconds(fn) -> float:
    fn()  # warm-up: caches, statement preparation
    samples = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def _same_work(engine: dict, hand: dict) -> None:
    """The hand-written pass and the engine agree on every key (dimension order
    aside), so both did the same work."""
    def norm(value):
        if isinstance(value, (float, decimal.Decimal)):
            return round(float(value), 6)
        if isinstance(value, dict):
            return {k: norm(v) for k, v in sorted(value.items())}
        if isinstance(value, list):
            return [norm(v) for v in value]
        return value

    if set(engine) != set(hand):
        raise RuntimeError("engine and hand-written pass give different keys: "
                           f"{sorted(set(engine) ^ set(hand))}")
    for key, value in hand.items():
        if norm(engine[key]) != norm(value):
            raise RuntimeError(f"engine and hand-written pass disagree on {key}: "
                               f"{str(norm(engine[key]))[:300]} vs "
                               f"{str(norm(value))[:300]}")


def run(ctx: BenchContext) -> list[Measurement]:
    from ..services import clock, indicators
    from ..services.base import Actor
    from ..services.exporter import month_range

    month, n = _busiest_month()
    start, end = month_range(month)
    actor = Actor.system("bench")
    result = indicators.indicators(actor=actor, start=start, end=end)
    if result["calls_total"] != n:
        raise RuntimeError(f"engine counted {result['calls_total']} calls in {month}, "
                           f"SQL {n}")
    hand = HandWritten(ctx.url)
    try:
        _same_work(result, hand.month(start, end, clock.now()))
        base = _median_seconds(lambda: hand.month(start, end, clock.now()))
    finally:
        hand.close()
    engine = _median_seconds(
        lambda: indicators.indicators(actor=actor, start=start, end=end))
    report = _median_seconds(lambda: indicators.monthly(actor=actor, month=month))
    label = (f"hand-written SQL, every §5 key, {len(hand.sql)} statements, raw driver "
             f"({n:,} calls in {month})")
    budget, ok = judge(engine, base, "s", limit=BUDGET_S, ratio=RATIO)
    return [
        Measurement("month's indicators (every §5 key)", round(engine, 4), "s",
                    baseline=round(base, 4), baseline_label=label, budget=budget,
                    ok=ok),
        Measurement("report monthly --json (month, previous, a year before)",
                    round(report, 4), "s", baseline=round(base, 4),
                    baseline_label=label, budget=f"≤ {3 * BUDGET_S:g} s (three months)",
                    ok=report <= 3 * BUDGET_S),
    ]
