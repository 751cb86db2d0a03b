"""The specialist's workstation and the call backs due (issue 8), services only.

- "my queue" (`queues.my_queue`), its first page and the next page (keyset) for the
  specialist with the most open cases: budget ≤ 50 ms and ≤ 3× one SQL query on
  the bare driver returning the same page;
- "to sign for" with the pool (`queues.to_sign_for`), first page;
- call backs due (`queues.due_callbacks`) for a supervisor (the whole center),
  first and next page: ≤ 50 ms;
- the navigation counts (`queues.queue_counts`), read after every change.

The baseline is one hand-written statement (sqlite3 / psycopg2 on its own
connection) returning the page's rows with the same joins, in the same order; the
bench checks that it returns the same ids as the service.
"""

from __future__ import annotations

import datetime as dt

from . import BenchContext, Measurement, judge, percentile, raw_connection, timed

REPEAT = 100  # sub-millisecond pages: enough samples that a p95 is not two hiccups
PAGE = 50
PAGE_BUDGET_MS = 50.0
PAGE_RATIO = 3.0
OPEN = "'new', 'assigned', 'in_progress', 'pending_customer', 'reopened'"

QUEUE_SQL = (
    "SELECT c.id, c.ticket_no, c.received_at, c.priority, c.subject, c.status, "
    "c.outcome, c.phone, c.anonymous, c.confidential, c.assignee_id, c.creator_id, "
    "c.signed_at, c.first_response_at, c.first_response_due, c.resolution_due, "
    "c.resolved_at, c.paused_at, c.reopen_count, c.version, cat.name, par.name, "
    "u.display_name, cl.name "
    'FROM "call" c '
    'LEFT JOIN "category" cat ON c.category_id = cat.id '
    'LEFT JOIN "category" par ON cat.parent_id = par.id '
    'LEFT JOIN "user" u ON c.assignee_id = u.id '
    'LEFT JOIN "caller" cl ON c.caller_id = cl.id '
    f"WHERE c.assignee_id = {{p}} AND c.status IN ({OPEN}) "
    "AND (c.signed_at IS NOT NULL OR c.status IN "
    "('in_progress', 'pending_customer', 'reopened')) "
    "AND (c.resolution_due, c.id) > ({p}, {p}) "
    "ORDER BY c.resolution_due, c.id LIMIT {p}")


def _p95(samples: list[float]) -> float:
    return round(percentile(samples, 95), 3)


def run(ctx: BenchContext) -> list[Measurement]:
    from peewee import fn

    from ..models import Call, User
    from ..services import queues
    from ..services.base import Actor

    taken = ("in_progress", "pending_customer", "reopened")
    found = (Call.select(Call.assignee, fn.COUNT(Call.id))
             .join(User, on=(Call.assignee == User.id))
             .where(User.role == "specialist",
                    Call.status.in_(list(taken)) | Call.signed_at.is_null(False),
                    Call.status.in_(["new", "assigned", *taken]))
             .group_by(Call.assignee)
             .order_by(fn.COUNT(Call.id).desc())
             .tuples().first())
    if found is None:
        raise RuntimeError("no specialist has an open case in this database")
    spec = Actor.from_user(User.get_by_id(found[0]))
    open_cases = found[1]
    supervisor = Actor.from_user(User.select().where(User.role == "supervisor").first())
    conn, p, is_sqlite = raw_connection(ctx.url)
    sql = QUEUE_SQL.format(p=p)
    low = dt.datetime(1900, 1, 1)

    def raw_page(after):
        key, last = after
        cur = conn.cursor()
        cur.execute(sql, (spec.id, str(key) if is_sqlite else key, last, PAGE))
        rows = cur.fetchall()
        cur.close()
        return rows

    rows: list[Measurement] = []
    label = f"one SQL query, raw driver (specialist with {open_cases:,} open cases)"
    try:
        first = queues.my_queue(actor=spec, limit=PAGE)
        check = raw_page((low, 0))
        dated = [r.id for r in first if r.due_at is not None]
        if dated != [r[0] for r in check][:len(dated)]:
            raise RuntimeError("my_queue and the raw SQL disagree on the first page")
        pages = [("first page", None, (low, 0))]
        if len(first) == PAGE and first[-1].due_at is not None:
            pages.append(("next page (keyset)", first[-1].key, first[-1].key))
        for name, after, raw_after in pages:
            queues.my_queue(actor=spec, after=after, limit=PAGE)  # warm-up
            raw_page(raw_after)
            svc, base = [], []
            for _ in range(REPEAT):  # alternated: a busy moment of the machine
                svc += timed(lambda a=after: queues.my_queue(  # falls on both
                    actor=spec, after=a, limit=PAGE), 1)
                base += timed(lambda a=raw_after: raw_page(a), 1)
            budget, ok = judge(_p95(svc), _p95(base), "ms", limit=PAGE_BUDGET_MS,
                               ratio=PAGE_RATIO)
            rows.append(Measurement(f"my queue, {name} of {PAGE} p95", _p95(svc), "ms",
                                    baseline=_p95(base), baseline_label=label,
                                    budget=budget, ok=ok))
        if len(first) < PAGE:
            rows.append(Measurement(
                "my queue, next page (keyset)", 0.0, "ms",
                budget=f"not measured: the busiest specialist has {len(first)} cases",
                ok=None))

        svc = timed(lambda: queues.to_sign_for(actor=spec, limit=PAGE), REPEAT)
        rows.append(Measurement(f"to sign for + pool, first page of {PAGE} p95",
                                _p95(svc), "ms", budget=f"≤ {PAGE_BUDGET_MS:g} ms",
                                ok=_p95(svc) <= PAGE_BUDGET_MS))

        due = queues.due_callbacks(actor=supervisor, limit=PAGE)
        svc = timed(lambda: queues.due_callbacks(actor=supervisor, limit=PAGE), REPEAT)
        rows.append(Measurement(
            f"call backs due (whole center), first page of {PAGE} p95", _p95(svc), "ms",
            budget=f"≤ {PAGE_BUDGET_MS:g} ms", ok=_p95(svc) <= PAGE_BUDGET_MS))
        if len(due) == PAGE:
            after = due[-1].key
            svc = timed(lambda: queues.due_callbacks(actor=supervisor, after=after,
                                                     limit=PAGE), REPEAT)
            rows.append(Measurement(
                "call backs due, next page (keyset) p95", _p95(svc), "ms",
                budget=f"≤ {PAGE_BUDGET_MS:g} ms", ok=_p95(svc) <= PAGE_BUDGET_MS))

        counts = queues.queue_counts(actor=supervisor)
        svc = timed(lambda: queues.queue_counts(actor=supervisor), REPEAT)
        rows.append(Measurement(
            f"queue counts for the navigation (supervisor: {counts.callbacks:,} call "
            "backs due) p95", _p95(svc), "ms", budget=f"≤ {PAGE_BUDGET_MS:g} ms",
            ok=_p95(svc) <= PAGE_BUDGET_MS))
        svc = timed(lambda: queues.queue_counts(actor=spec), REPEAT)
        rows.append(Measurement("queue counts for the navigation (specialist) p95",
                                _p95(svc), "ms", budget=f"≤ {PAGE_BUDGET_MS:g} ms",
                                ok=_p95(svc) <= PAGE_BUDGET_MS))
    finally:
        conn.close()
    return rows
