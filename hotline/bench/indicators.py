"""A month's indicators (DESIGN §5) against one hand-written SQL pass.

The month measured is the busiest of the bench database (about 30,000 calls when the
runner spread the demo over months). The engine is `indicators.indicators` for that
month (every §5 key, agents included), then `indicators.monthly` (the month and the
previous one, what `report monthly --json` prints). The baseline is one hand-written
GROUP BY over the month's calls on the bare driver (sqlite3 / psycopg2, its own
connection): the least any engine must do, since every indicator reads those rows.
Each figure is the median of REPEAT runs after a warm-up.
Budget (DESIGN §9): a month's indicators ≤ 0.5 s and ≤ 2× the hand-written pass.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from . import BenchContext, Measurement, judge, raw_connection

REPEAT = 5
BUDGET_S = 0.5
RATIO = 2.0  # ≤ 2× one hand-written SQL pass

BASELINE_SQL = (
    'SELECT channel, priority, outcome, status, COUNT(*), '
    'SUM(CASE WHEN fcr AND reopen_count = 0 THEN 1 ELSE 0 END), '
    'SUM(duration_seconds), COUNT(first_response_at) '
    'FROM "call" WHERE received_at >= {p} AND received_at < {p} '
    'GROUP BY channel, priority, outcome, status')


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


class _Raw:
    def __init__(self, url: str):
        self.conn, mark, self.sqlite = raw_connection(url)
        self.sql = BASELINE_SQL.format(p=mark)

    def month(self, start: dt.datetime, end: dt.datetime) -> list:
        params = (str(start), str(end)) if self.sqlite else (start, end)
        cur = self.conn.cursor()
        cur.execute(self.sql, params)
        return cur.fetchall()

    def close(self) -> None:
        self.conn.close()


def _median_seconds(fn) -> float:
    fn()  # warm-up: caches, statement preparation
    samples = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def run(ctx: BenchContext) -> list[Measurement]:
    from ..services import indicators
    from ..services.base import Actor
    from ..services.exporter import month_range

    month, n = _busiest_month()
    start, end = month_range(month)
    actor = Actor.system("bench")
    raw = _Raw(ctx.url)
    try:
        groups = raw.month(start, end)
        assert sum(g[4] for g in groups) == n
        base = _median_seconds(lambda: raw.month(start, end))
    finally:
        raw.close()
    result = indicators.indicators(actor=actor, start=start, end=end)
    if result["calls_total"] != n:
        raise RuntimeError(f"engine counted {result['calls_total']} calls in {month}, "
                           f"SQL {n}")
    engine = _median_seconds(
        lambda: indicators.indicators(actor=actor, start=start, end=end))
    report = _median_seconds(lambda: indicators.monthly(actor=actor, month=month))
    label = f"one GROUP BY pass, raw driver ({n:,} calls in {month})"
    budget, ok = judge(engine, base, "s", limit=BUDGET_S, ratio=RATIO)
    return [
        Measurement("month's indicators (every §5 key)", round(engine, 4), "s",
                    baseline=round(base, 4), baseline_label=label, budget=budget,
                    ok=ok),
        Measurement("report monthly --json (month + previous)", round(report, 4), "s",
                    baseline=round(base, 4), baseline_label=label,
                    budget=f"≤ {2 * BUDGET_S} s (two months)",
                    ok=report <= 2 * BUDGET_S),
    ]
