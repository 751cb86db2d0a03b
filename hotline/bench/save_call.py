"""Save a call (call, event, audit, counter): `calls.log_call` against a raw baseline.

The baseline is the plain driver (sqlite3, or psycopg2 on PostgreSQL) on its own
connection to the same database with the same settings, executing the statements a
save needs: BEGIN IMMEDIATE; the checks (actor, category);
ticket counter upsert RETURNING; caller lookup (and insert for a new number, or the
name update for a known one); call insert; resolution history insert (the call is
answered on the line: its first resolution); event insert; audit insert; COMMIT. Service
and baseline saves alternate, so both meet the same checkpoints and cache state.
The statements the service sent in a save are counted (captured from its connection)
and shown next to the baseline's, so a baseline that fell behind the service shows.
Budget (DESIGN §9): p50 ≤ 2× the raw p50; p99 ≤ 20 ms.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time

from . import BenchContext, Measurement, capture_sql, judge, percentile, raw_connection

SAVES = 300  # measured saves of each kind
WARMUP = 20
P99_BUDGET_MS = 20.0
RATIO_BUDGET = 2.0

CALL_COLUMNS = ("ticket_no", "received_at", "ended_at", "duration_seconds", "channel",
                "caller_id", "phone", "anonymous", "category_id", "priority", "subject",
                "description", "solution", "outcome", "status", "assignee_id",
                "creator_id", "first_response_at", "resolved_at", "closed_at",
                "first_response_due", "resolution_due", "fcr", "reopen_count",
                "confidential", "updated_at")


def _sql(mark: str) -> dict[str, str]:
    """The baseline's statements with the driver's parameter mark (constants only)."""
    def marks(n):
        return ", ".join([mark] * n)

    cols = ", ".join(f'"{c}"' for c in CALL_COLUMNS)
    return {
        # the checks the service makes before writing: the actor still active, the
        # category active (with its parent's name); the center's time zone setting
        # is read once per process, not per save
        "actor": f'SELECT "active", "role" FROM "user" WHERE "id" = {mark}',
        "category": ('SELECT c."active", c."name", p."name" FROM "category" c '
                     'LEFT JOIN "category" p ON c."parent_id" = p."id" '
                     f'WHERE c."id" = {mark}'),
        "caller_name": f'UPDATE "caller" SET "name" = {mark} WHERE "id" = {mark}',
        "counter": ('INSERT INTO "ticket_counter" ("day", "last") VALUES '
                    f'({marks(2)}) ON CONFLICT ("day") DO UPDATE SET '
                    f'"last" = "ticket_counter"."last" + {mark} '
                    'RETURNING "last"'),
        "caller_get": f'SELECT "id", "name" FROM "caller" WHERE "phone" = {mark}',
        "caller_add": ('INSERT INTO "caller" ("phone", "name", "organization", '
                       '"notes", "flagged", "flag_reason", "created_at") VALUES '
                       f'({marks(7)}) RETURNING "id"'),
        "call": (f'INSERT INTO "call" ({cols}) VALUES ({marks(len(CALL_COLUMNS))}) '
                 'RETURNING "id"'),
        "resolution": ('INSERT INTO "case_resolution" ("call_id", "resolved_at", '
                       '"due_at", "assignee_id", "resolved_by_id", "first_contact", '
                       f'"closed_at") VALUES ({marks(7)})'),
        "event": ('INSERT INTO "call_event" ("call_id", "at", "actor_id", "kind", '
                  '"from_status", "to_status", "detail", "assignee_after") VALUES '
                  f'({marks(8)})'),
        "audit": ('INSERT INTO "audit_log" ("at", "actor_id", "actor_name", "entity", '
                  '"entity_id", "action", "old", "new") VALUES '
                  f'({marks(8)})'),
    }


class _Counting:
    """A cursor that counts the statements it sends."""

    def __init__(self, cur, owner):
        self.cur, self.owner = cur, owner

    def execute(self, sql, params=()):
        self.owner.executed += 1
        return self.cur.execute(sql, params)

    def fetchone(self):
        return self.cur.fetchone()

    def close(self):
        self.cur.close()


class _Raw:
    """One save done with the bare driver."""

    def __init__(self, url: str):
        self.conn, mark, self.sqlite = raw_connection(url, sqlite_pragmas=True)
        self.begin = "BEGIN IMMEDIATE" if self.sqlite else "BEGIN"
        self.sql = _sql(mark)
        self.executed = 0  # statements sent, for the comparison with the service

    def close(self) -> None:
        self.conn.close()

    def save(self, *, actor_id: int, actor_name: str, phone: str, name: str,
             category_id: int, subject: str, description: str, solution: str,
             duration: int) -> None:
        sql = self.sql
        cur = _Counting(self.conn.cursor(), self)
        now = dt.datetime.now()
        received = now - dt.timedelta(seconds=duration)
        cur.execute(self.begin)
        try:
            cur.execute(sql["actor"], (actor_id,))
            cur.fetchone()
            cur.execute(sql["category"], (category_id,))
            cur.fetchone()
            cur.execute(sql["counter"], (received.date(), 1, 1))
            number = cur.fetchone()[0]
            ticket_no = f"{received:%Y%m%d}-{number:04d}"
            cur.execute(sql["caller_get"], (phone,))
            row = cur.fetchone()
            if row is None:
                cur.execute(sql["caller_add"], (phone, name, "", "", False, "", now))
                caller_id = cur.fetchone()[0]
            else:
                caller_id = row[0]
                if row[1] != name:  # the name given on this call replaces the old one
                    cur.execute(sql["caller_name"], (name, caller_id))
            cur.execute(sql["call"], (
                ticket_no, received, now, duration, "phone", caller_id, phone, False,
                category_id, "normal", subject, description, solution, "answered",
                "closed", None, actor_id, received, now, now, None, None, True, 0,
                False, now))
            call_id = cur.fetchone()[0]
            cur.execute(sql["resolution"], (call_id, now, None, None, actor_id, True,
                                            now))
            cur.execute(sql["event"], (call_id, now, actor_id, "created", None,
                                       "closed", "answered", 0))
            cur.execute(sql["audit"], (
                now, actor_id, actor_name, "call", str(call_id), "create", "",
                json.dumps({"ticket_no": ticket_no, "outcome": "answered",
                            "status": "closed", "phone": phone,
                            "category_id": category_id, "priority": "normal",
                            "assignee_id": None, "confidential": False,
                            "anonymous": False}, ensure_ascii=False, sort_keys=True)))
            cur.execute("COMMIT")
        except Exception:
            cur.execute("ROLLBACK")
            raise
        finally:
            cur.close()


def _phones(rng: random.Random, n: int) -> list[str]:
    """Half known callers (lookup finds them), half new numbers (lookup + insert)."""
    from ..models import Caller

    known = [p for (p,) in Caller.select(Caller.phone).order_by(Caller.id)
             .limit(4 * n).tuples()]
    rng.shuffle(known)
    out = []
    for i in range(n):
        if i % 2 == 0 and known:
            out.append(known.pop())
        else:
            out.append(f"170{rng.randrange(10**8):08d}")  # 170: not used by the demo
    return out


def run(ctx: BenchContext) -> list[Measurement]:
    from ..storage import sqlite_path_from_url
    from ..models import Category, User
    from ..services import calls

    actor = ctx.extra.get("actors", {}).get("duty_officer")
    if actor is None:
        raise RuntimeError("the bench database has no duty officer account")
    user = User.get_by_id(actor.id)
    category = (Category.select().where(Category.parent.is_null(False),
                                        Category.active == True)  # noqa: E712
                .order_by(Category.id).first())
    if category is None:
        raise RuntimeError("the bench database has no categories")
    rng = random.Random(ctx.seed)
    total = WARMUP + SAVES
    service_phones = _phones(rng, total)
    raw_phones = _phones(rng, total)
    subject = "公司拖欠三个月工资"
    description = "来电人所在公司以经营困难为由连续三个月未发工资，询问能否解除合同并要求补偿。"
    solution = "已告知可向劳动保障监察机构投诉，或申请劳动仲裁，仲裁时效为一年。"
    raw = _Raw(ctx.url)
    service_ms, raw_ms = [], []
    counts: dict[str, tuple[int, int]] = {}  # known/new caller: (service, baseline)
    try:
        for i in range(total):
            duration = 60 + rng.randrange(600)

            def save(i=i, duration=duration):
                calls.log_call(actor=actor, outcome="answered", phone=service_phones[i],
                               caller_name="张三", channel="phone",
                               category_id=category.id, priority="normal",
                               subject=subject, description=description,
                               solution=solution, duration_seconds=duration)
            if i in (2, 3):  # count the service's statements (known, new caller);
                # not the first saves: a process's first save also reads the center's
                # time zone and (PostgreSQL) the server clock, once
                n = len(capture_sql(save))
                raw.executed = 0
                raw.save(actor_id=user.id, actor_name=user.username,
                         phone=raw_phones[i], name="张三", category_id=category.id,
                         subject=subject, description=description, solution=solution,
                         duration=duration)
                counts["known caller" if i % 2 == 0 else "new caller"] = (n, raw.executed)
                continue
            t0 = time.perf_counter()
            save()
            t1 = time.perf_counter()
            raw.save(actor_id=user.id, actor_name=user.username, phone=raw_phones[i],
                     name="张三", category_id=category.id, subject=subject,
                     description=description, solution=solution, duration=duration)
            t2 = time.perf_counter()
            if i >= WARMUP:
                service_ms.append((t1 - t0) * 1000)
                raw_ms.append((t2 - t1) * 1000)
    finally:
        raw.close()
    driver = "sqlite3" if sqlite_path_from_url(ctx.url) is not None else "psycopg2"
    same = " / ".join(f"{svc} vs {base}" for svc, base in counts.values())
    label = (f"raw {driver}, same statements ({same} for a known / new caller, "
             f"service vs raw), {SAVES} saves")
    p50, raw50 = percentile(service_ms, 50), percentile(raw_ms, 50)
    p99, raw99 = percentile(service_ms, 99), percentile(raw_ms, 99)
    return [
        Measurement("save a call p50 (calls.log_call)", round(p50, 3), "ms",
                    baseline=round(raw50, 3), baseline_label=label,
                    budget=judge(p50, raw50, "ms", ratio=RATIO_BUDGET)[0],
                    ok=judge(p50, raw50, "ms", ratio=RATIO_BUDGET)[1]),
        Measurement("save a call p99 (calls.log_call)", round(p99, 3), "ms",
                    baseline=round(raw99, 3), baseline_label=label,
                    budget=f"≤ {P99_BUDGET_MS:g} ms", ok=p99 <= P99_BUDGET_MS),
    ]
