"""The supervisor's live dashboard (DESIGN §12, issue 11): one refresh at the bench's
size, services only.

- `dashboard.counts` (the 30-second part: today's calls, the open cases, shifts,
  call backs due, hot topics, the per-agent table): budget ≤ 100 ms (DESIGN §9
  "dashboard refresh") and ≤ 2× the same statements sent on the bare driver;
- `dashboard.rates` (the 5-minute part: month-to-date indicators, spot-check
  progress, the same weekday's hourly mean): ≤ 1 s, next to the same statements
  on the bare driver (it refreshes every five minutes);
- the drill-down of "已超时" (`dashboard.tile_cases("overdue")`): ≤ 50 ms, as a
  page of a list.

The baseline is what the service sent, captured once (`capture_sql`) and replayed
on its own connection (sqlite3 / psycopg2), statement for statement, rows fetched:
the figure next to it is what the service adds to its SQL.
"""

from __future__ import annotations

import statistics

from . import (BenchContext, Measurement, capture_sql, judge, percentile,
               raw_connection, replay, timed)

REPEAT = 30
COUNTS_BUDGET_MS = 100.0
COUNTS_RATIO = 2.0
RATES_BUDGET_MS = 1000.0
DRILL_BUDGET_MS = 50.0


def _p(samples: list[float], p: float) -> float:
    return round(percentile(samples, p), 3)


def run(ctx: BenchContext) -> list[Measurement]:
    from ..models import User
    from ..services import dashboard
    from ..services.base import Actor

    sup = User.select().where(User.role == "supervisor", User.active == True).first()  # noqa: E712,E501
    if sup is None:
        raise RuntimeError("no supervisor in this database")
    actor = Actor.from_user(sup)
    conn, _p_mark, is_sqlite = raw_connection(ctx.url)
    if is_sqlite:  # the indicators' percentile aggregate (SQLite has none)
        from ..services.indicators import _Percentiles
        conn.create_aggregate("hl_percentiles", 1, _Percentiles)
    rows: list[Measurement] = []
    try:
        counts = dashboard.counts(actor=actor)  # warm-up
        statements = capture_sql(lambda: dashboard.counts(actor=actor))
        replay(conn, statements)
        svc, base = [], []
        for _ in range(REPEAT):  # alternated: a busy moment falls on both
            svc += timed(lambda: dashboard.counts(actor=actor), 1)
            base += timed(lambda: replay(conn, statements), 1)
        label = (f"the same {len(statements)} statements, raw driver "
                 f"({counts.open_total:,} open cases, {counts.calls_today:,} calls "
                 "today)")
        for name, p in (("p50", 50), ("p95", 95)):
            budget, ok = judge(_p(svc, p), _p(base, p), "ms", limit=COUNTS_BUDGET_MS,
                               ratio=COUNTS_RATIO)
            rows.append(Measurement(f"dashboard refresh: counts (30 s part) {name}",
                                    _p(svc, p), "ms", baseline=_p(base, p),
                                    baseline_label=label, budget=budget, ok=ok))

        dashboard.rates(actor=actor)  # warm-up
        statements = capture_sql(lambda: dashboard.rates(actor=actor))
        replay(conn, statements)
        svc = timed(lambda: dashboard.rates(actor=actor), 5)
        base = timed(lambda: replay(conn, statements), 5)
        value, baseline = round(statistics.median(svc), 3), \
            round(statistics.median(base), 3)
        budget, ok = judge(value, baseline, "ms", limit=RATES_BUDGET_MS)
        rows.append(Measurement(
            "dashboard refresh: month-to-date rates (5 min part) median", value, "ms",
            baseline=baseline,
            baseline_label=f"the same {len(statements)} statements, raw driver",
            budget=budget, ok=ok))

        dashboard.tile_cases(actor=actor, tile="overdue", limit=50)
        svc = timed(lambda: dashboard.tile_cases(actor=actor, tile="overdue",
                                                 limit=50), REPEAT)
        rows.append(Measurement(
            f"dashboard drill-down 已超时 ({counts.overdue:,} cases), first 50 p95",
            _p(svc, 95), "ms", budget=f"≤ {DRILL_BUDGET_MS:g} ms",
            ok=_p(svc, 95) <= DRILL_BUDGET_MS))
    finally:
        conn.close()
    return rows
