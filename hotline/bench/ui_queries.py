"""The duty officer's screens (issue 4), services only, no Qt.

- caller history as the phone number is typed (`callers.caller_history`, and
  `callers.match_phones` on the prefixes typed so far): budget ≤ 100 ms;
- the first page and the next page of "my shift" (`worklists.my_shift`, keyset):
  budget ≤ 50 ms a page;
- knowledge-base search with 1-, 2- and 3+-character terms and the suggestions
  made while the subject is typed (`knowledge.search_articles/suggest_articles`):
  budget p95 ≤ 50 ms.

Each figure is printed next to the same work on the bare driver (sqlite3 / psycopg2,
its own connection) in the same run: for caller history, the very statements the
service sent (captured from its connection; budget also ≤ 3× them); for a page of
"my shift" likewise the statements that page needs, as the service sent them
(budget also ≤ 3× them; one hand-written query checks the first page's content).
The callers measured are the heaviest one and a random sample; the officer is the
duty officer who logged the most calls.
"""

from __future__ import annotations

import datetime as dt
import random

from . import (BenchContext, Measurement, capture_sql, judge, percentile, raw_connection,
               replay, timed)

SAMPLE_PHONES = 40
REPEAT_PAGE = 30
HISTORY_BUDGET_MS = 100.0
HISTORY_RATIO = 3.0  # ≤ 3× the same SQL on the bare driver
PAGE_BUDGET_MS = 50.0
PAGE_RATIO = 3.0  # ≤ 3× one SQL query
SEARCH_BUDGET_MS = 50.0
OPEN = ("new", "assigned", "in_progress", "pending_customer", "reopened")

PAGE_SQL = (
    'SELECT c.id, c.ticket_no, c.received_at, c.phone, cat.name, par.name, c.priority, '
    'c.subject, c.outcome, c.status, u.display_name, c.duration_seconds, '
    'c.confidential, c.anonymous FROM "call" c '
    'LEFT JOIN category cat ON c.category_id = cat.id '
    'LEFT JOIN category par ON cat.parent_id = par.id '
    'LEFT JOIN "user" u ON c.assignee_id = u.id '
    'WHERE c.creator_id = {p} AND c.id < {p} AND (c.received_at >= {p} OR c.status IN '
    "('new', 'assigned', 'in_progress', 'pending_customer', 'reopened')) "
    'ORDER BY c.id DESC LIMIT 100')


class _Raw:
    """The bare driver on its own connection."""

    def __init__(self, url: str):
        self.conn, self.p, self.sqlite = raw_connection(url)

    def q(self, sql: str, params=()):
        cur = self.conn.cursor()
        cur.execute(sql, params)
        return cur.fetchall()

    def value(self, v):
        return str(v) if self.sqlite and isinstance(v, dt.datetime) else v

    def page(self, creator: int, before: int, since: dt.datetime):
        return self.q(PAGE_SQL.format(p=self.p), (creator, before, self.value(since)))

    def like_scan(self, term: str):
        op = "LIKE" if self.sqlite else "ILIKE"
        pattern = f"%{term}%"
        return self.q(f"SELECT id FROM knowledge_article WHERE title {op} {self.p} "
                      f"OR body {op} {self.p} OR tags {op} {self.p} LIMIT 20",
                      (pattern, pattern, pattern))

    def close(self):
        self.conn.close()


def _stats(samples: list[float]) -> tuple[float, float]:
    return round(percentile(samples, 50), 3), round(percentile(samples, 95), 3)


def run(ctx: BenchContext) -> list[Measurement]:
    from peewee import fn

    from ..models import Call, Caller, KnowledgeArticle, User
    from ..services import callers, knowledge, shifts, worklists
    from ..services.base import Actor

    rng = random.Random(ctx.seed)
    # the duty officer who logged the most calls, and the heaviest caller
    creator_id, logged = (Call.select(Call.creator, fn.COUNT(Call.id).alias("n"))
                          .join(User, on=(Call.creator == User.id))
                          .where(User.role == "duty_officer")
                          .group_by(Call.creator)
                          .order_by(fn.COUNT(Call.id).desc())
                          .tuples().first())
    duty = Actor.from_user(User.get_by_id(creator_id))
    heavy_phone, heavy_n = (Call.select(Call.phone, fn.COUNT(Call.id))
                            .where(Call.phone != "")
                            .group_by(Call.phone)
                            .order_by(fn.COUNT(Call.id).desc())
                            .tuples().first())
    max_id = Caller.select(fn.MAX(Caller.id)).scalar() or 0
    phones = [heavy_phone]
    while len(phones) < SAMPLE_PHONES and max_id:
        c = Caller.get_or_none(Caller.id == rng.randint(1, max_id))
        if c is not None and c.phone not in phones:
            phones.append(c.phone)
    raw = _Raw(ctx.url)
    rows: list[Measurement] = []
    try:
        # ---------------------------------------------------------- caller history
        # the baseline sends exactly the statements the service sent for that phone
        # (captured from the application's connection) on the bare driver
        def history(p):
            return callers.caller_history(actor=duty, phone=p)

        statements = {p: capture_sql(lambda p=p: history(p)) for p in phones}
        for p in phones[:3]:  # warm-up both sides
            history(p)
            replay(raw.conn, statements[p])
        svc, base = [], []
        for p in phones:
            svc += timed(lambda p=p: history(p), 1)
            base += timed(lambda p=p: replay(raw.conn, statements[p]), 1)
        heavy_svc = timed(lambda: history(heavy_phone), 10)
        heavy_base = timed(lambda: replay(raw.conn, statements[heavy_phone]), 10)
        s50, s95 = _stats(svc)
        b50, b95 = _stats(base)
        label = (f"the service's own {len(statements[heavy_phone])} statements, "
                 "raw driver")
        budget, ok = judge(s95, b95, "ms", limit=HISTORY_BUDGET_MS, ratio=HISTORY_RATIO)
        rows.append(Measurement(f"caller history p95 ({len(phones)} callers)", s95, "ms",
                                baseline=b95, baseline_label=label, budget=budget,
                                ok=ok))
        # the median of 10 (a max of 10 on a busy machine is one scheduler hiccup)
        heavy = round(percentile(heavy_svc, 50), 3)
        heavy_raw = round(percentile(heavy_base, 50), 3)
        budget, ok = judge(heavy, heavy_raw, "ms", limit=HISTORY_BUDGET_MS,
                           ratio=HISTORY_RATIO)
        rows.append(Measurement(f"caller history, heaviest caller ({heavy_n} calls) p50",
                                heavy, "ms", baseline=heavy_raw,
                                baseline_label=label + " (median of 10)", budget=budget,
                                ok=ok))
        prefixes = [p[:k] for p in phones[:10] for k in (3, 5, 7) if len(p) > k]
        typed = [timed(lambda x=x: callers.match_phones(actor=duty, prefix=x), 1)[0]
                 for x in prefixes]
        rows.append(Measurement("phone prefix suggestions p95 (as typed)",
                                _stats(typed)[1], "ms",
                                budget=f"≤ {HISTORY_BUDGET_MS:.0f} ms",
                                ok=_stats(typed)[1] <= HISTORY_BUDGET_MS))

        # ---------------------------------------------------------- my shift
        # the baseline of a page is the SQL that page needs — the statements the
        # service sent for it (captured from its connection) — on the bare driver;
        # PAGE_SQL, one query written independently, checks that the first page
        # holds the right calls
        since = shifts.shift_window(actor=duty).start
        first = worklists.my_shift(actor=duty, limit=100, since=since)
        big = 2 ** 62
        check = raw.page(duty.id, big, since)
        if [r.id for r in first] != [r[0] for r in check]:
            raise RuntimeError("my_shift and the raw SQL disagree on the first page")

        def page(before=None):
            return worklists.my_shift(actor=duty, limit=100, since=since,
                                      before_id=before)

        # the independent query's own time, shown beside it: it walks the call
        # table by id, fast when the officer's calls are the newest rows, slow when
        # they are sparse (the service reads index ranges instead)
        one_query = _stats(timed(lambda: raw.page(duty.id, big, since), REPEAT_PAGE))[1]
        pages = [("my shift, first page of 100 p95", None)]
        if first:
            pages.append(("my shift, next page (keyset) p95", first[-1].id))
        for name, before in pages:
            sent = capture_sql(lambda b=before: page(b))
            replay(raw.conn, sent)  # warm-up of the raw side
            svc = timed(lambda b=before: page(b), REPEAT_PAGE)
            base = timed(lambda s_=sent: replay(raw.conn, s_), REPEAT_PAGE)
            label = (f"the service's own {len(sent)} statements, raw driver "
                     f"(officer with {logged:,} calls)")
            if before is None:
                label += f"; one id-ordered query: {one_query:.3f} ms"
            budget, ok = judge(_stats(svc)[1], _stats(base)[1], "ms",
                               limit=PAGE_BUDGET_MS, ratio=PAGE_RATIO)
            rows.append(Measurement(name, _stats(svc)[1], "ms", baseline=_stats(base)[1],
                                    baseline_label=label, budget=budget, ok=ok))
        searched = timed(lambda: worklists.my_shift(actor=duty, limit=100, since=since,
                                                    search="工资"), REPEAT_PAGE)
        rows.append(Measurement("my shift, search '工资' p95", _stats(searched)[1], "ms",
                                budget=f"≤ {PAGE_BUDGET_MS:.0f} ms",
                                ok=_stats(searched)[1] <= PAGE_BUDGET_MS))

        # ---------------------------------------------------------- knowledge base
        articles = KnowledgeArticle.select().count()
        for term in ("欠", "欠薪", "劳动仲裁"):
            knowledge.search_articles(actor=duty, query=term)
            svc = timed(lambda t=term: knowledge.search_articles(actor=duty, query=t), 30)
            base = timed(lambda t=term: raw.like_scan(t), 30)
            rows.append(Measurement(
                f"knowledge search '{term}' ({len(term)} char) p95", _stats(svc)[1], "ms",
                baseline=_stats(base)[1],
                baseline_label=f"LIKE scan of {articles} articles, raw driver",
                budget=f"≤ {SEARCH_BUDGET_MS:.0f} ms",
                ok=_stats(svc)[1] <= SEARCH_BUDGET_MS))
        text = ("公司拖欠工资三个月 来电人在建筑工地务工，老板以工程款未结清为由拒绝支付"
                "三个月工资，想知道怎么维权。")
        svc = timed(lambda: knowledge.suggest_articles(actor=duty, text=text), 30)
        rows.append(Measurement("knowledge suggestions while typing p95", _stats(svc)[1],
                                "ms", budget=f"≤ {SEARCH_BUDGET_MS:.0f} ms",
                                ok=_stats(svc)[1] <= SEARCH_BUDGET_MS))
    finally:
        raw.close()
    return rows
