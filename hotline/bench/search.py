"""Center-wide case search (DESIGN §7, §9: p95 ≤ 50 ms at 1,000,000 calls).

`search.search_cases` as a supervisor runs it (every case, confidential ones
included), first page of 50, for terms of 1, 2 and 3–4 characters and two terms at
once. The terms are pieces of random cases' subjects and descriptions (so they
occur, some often, some rarely) plus a few pairs that occur nowhere (the index has
to prove that). A duty officer's search (confidential cases filtered out) and a
phone's last four digits are measured too.

On PostgreSQL the area first runs ANALYZE on `call` and `case_text`: the statistics
autovacuum keeps on a center's server, which a freshly generated bench database
lacks.

Baseline, same run: the same search as a plain scan (LIKE over the same fields, the
caller's name joined and the notes in EXISTS, newest first, LIMIT 51) on the bare
driver. A scan of a rare term reads the whole table, so the baseline runs on the
first BASELINE_TERMS terms of each kind only.
"""

from __future__ import annotations

import random

from . import BenchContext, Measurement, judge, percentile, raw_connection, timed

BUDGET_MS = 50.0
TERMS_PER_KIND = 40
BASELINE_TERMS = 8
SAMPLE_CASES = 400
# pairs of common characters that do not occur next to each other in the demo text
ABSENT = ("资欠", "婚工", "薪离", "伤婚", "同欠", "房薪")

SCAN_SQL = (
    'SELECT c.id FROM "call" c LEFT JOIN "caller" p ON p.id = c.caller_id '
    "WHERE ({conditions}) ORDER BY c.id DESC LIMIT 51")
ONE_TERM = (
    "(c.ticket_no LIKE {p} OR (NOT c.anonymous AND (c.phone LIKE {p} OR "
    "COALESCE(p.name, '') LIKE {p})) OR c.subject LIKE {p} OR c.description LIKE {p} "
    "OR c.solution LIKE {p} OR EXISTS (SELECT 1 FROM call_event e WHERE "
    "e.call_id = c.id AND e.kind = 'note' AND e.detail LIKE {p}))")


def _pieces(texts: list[str], length: int, rng: random.Random, count: int) -> list[str]:
    """`count` distinct pieces of `length` characters cut from `texts`, without
    blanks or punctuation."""
    found: list[str] = []
    tries = 0
    while len(found) < count and tries < count * 200:
        tries += 1
        text = rng.choice(texts)
        if len(text) < length:
            continue
        start = rng.randrange(0, len(text) - length + 1)
        piece = text[start:start + length]
        if all(ch.isalnum() for ch in piece) and piece not in found:
            found.append(piece)
    return found


def _p95(samples: list[float]) -> float:
    return round(percentile(samples, 95), 3)


def run(ctx: BenchContext) -> list[Measurement]:
    from peewee import fn

    from ..models import Call
    from ..services import search

    actors = ctx.extra.get("actors") or {}
    sup = actors.get("supervisor") or actors.get("director")
    duty = actors.get("duty_officer")
    if sup is None:
        return []
    rng = random.Random(ctx.seed)
    top = Call.select(fn.MAX(Call.id)).scalar() or 0
    ids = [rng.randint(1, top) for _ in range(SAMPLE_CASES)] if top else []
    cases = list(Call.select(Call.subject, Call.description, Call.phone)
                 .where(Call.id.in_(ids)))
    texts = [t for c in cases for t in (c.subject, c.description) if t]
    if not texts:
        return []
    kinds = {
        "1-character term": _pieces(texts, 1, rng, TERMS_PER_KIND),
        "2-character term": _pieces(texts, 2, rng, TERMS_PER_KIND - len(ABSENT))
        + list(ABSENT),
        "3–4-character term": (_pieces(texts, 3, rng, TERMS_PER_KIND // 2)
                          + _pieces(texts, 4, rng, TERMS_PER_KIND // 2)),
    }
    kinds["two 2-character terms"] = [
        f"{a} {b}" for a, b in zip(_pieces(texts, 2, rng, TERMS_PER_KIND),
                                   _pieces(texts, 2, rng, TERMS_PER_KIND))]
    phones = [c.phone[-4:] for c in cases if len(c.phone) >= 7][:TERMS_PER_KIND]

    conn, mark, sqlite = raw_connection(ctx.url)
    if not sqlite:
        # the planner's statistics, as autovacuum keeps them on a center's server
        # (a freshly generated bench database has none, and servers run for the
        # bench or tests often have autovacuum off)
        conn.cursor().execute('ANALYZE "call"; ANALYZE "case_text"')

    def scan(query: str) -> list:
        terms = query.split()
        conditions = " AND ".join(ONE_TERM.format(p=mark) for _ in terms)
        params = []
        for term in terms:
            pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%") \
                .replace("_", "\\_") + "%"
            params += [pattern] * 7
        if sqlite:  # the same escape on SQLite (LIKE has none by default)
            conditions = conditions.replace(f"LIKE {mark}", f"LIKE {mark} ESCAPE '\\'")
        cur = conn.cursor()
        cur.execute(SCAN_SQL.format(conditions=conditions), params)
        return cur.fetchall()

    def service(actor, query):
        return search.search_cases(actor=actor, terms=query, limit=50)

    rows: list[Measurement] = []
    try:
        for query in [q for terms in kinds.values() for q in terms[:3]]:
            service(sup, query)  # warm-up: the index pages into the cache
        for kind, terms in kinds.items():
            if not terms:  # a tiny database may lack pieces of some length
                continue
            svc = [timed(lambda q=q: service(sup, q), 1)[0] for q in terms]
            base = [timed(lambda q=q: scan(q), 1)[0] for q in terms[:BASELINE_TERMS]]
            value, baseline = _p95(svc), _p95(base)
            budget, ok = judge(value, baseline, "ms", limit=BUDGET_MS)
            rows.append(Measurement(
                f"case search, {kind} p95 ({len(terms)} searches)", value, "ms",
                baseline=baseline,
                baseline_label=f"plain LIKE scan of the same fields, raw driver "
                               f"({len(base)} of the terms)",
                budget=budget, ok=ok))
        if phones:
            svc = [timed(lambda q=q: service(sup, q), 1)[0] for q in phones]
            base = [timed(lambda q=q: scan(q), 1)[0] for q in phones[:BASELINE_TERMS]]
            budget, ok = judge(_p95(svc), _p95(base), "ms", limit=BUDGET_MS)
            rows.append(Measurement(
                f"case search, phone's last 4 digits p95 ({len(phones)} phones)",
                _p95(svc), "ms", baseline=_p95(base),
                baseline_label="plain LIKE scan, raw driver", budget=budget, ok=ok))
        if duty is not None and kinds["2-character term"]:
            terms = kinds["2-character term"]
            svc = [timed(lambda q=q: service(duty, q), 1)[0] for q in terms]
            budget, ok = judge(_p95(svc), None, "ms", limit=BUDGET_MS)
            rows.append(Measurement(
                "case search as a duty officer (confidential filtered), 2-character "
                "p95", _p95(svc), "ms", budget=budget, ok=ok))
    finally:
        conn.close()
    return rows
