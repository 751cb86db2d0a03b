"""`hotline loadtest`: N simulated duty-officer workstations saving calls at once.

The coordinator (this module) prepares the database (refusing one with real calls),
makes one duty-officer account per workstation with a fresh random password,
starts the workstations (hotline/loadtest/worker.py, one process each), releases
them together, collects every save they report, and then checks the database:
every save a workstation saw succeed is there exactly once, and the day's ticket
numbers are unique and gapless.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import secrets
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

PACES = ("realistic", "max")
ACCOUNT = "loadtest{:02d}"  # loadtest01, loadtest02, …
HELPERS = (("loadtest-sp1", "specialist", "压测专员一"),
           ("loadtest-sp2", "specialist", "压测专员二"),
           ("loadtest-sv1", "supervisor", "压测主管"))
READY_TIMEOUT_S = 300  # sign-ins (argon2, ~0.3 s of CPU each) before the start
START_MARGIN_S = 0.5

PACE_DOC = (
    "realistic: each workstation saves a call, then waits its next call's talk and "
    "typing time, drawn from a log-normal distribution with a median of 4 s, "
    "clipped to 2-8 s (a real duty officer saves one call every 3-5 minutes; the "
    "load test compresses that about 50x so that a minute shows something: 20 "
    "realistic workstations save about 5 calls a second, as many as about a "
    "thousand officers at their real pace). max: each workstation saves again as soon as the "
    "previous save returns.")
CLIENT_TIME_DOC = (
    "client latency: the whole calls.log_call round trip measured in the "
    "workstation's process (validation, the sign-in check, waiting for the write "
    "lock, every statement, the commit) - what the officer waits for after "
    "pressing the outcome button.")
DB_TIME_DOC = (
    "database latency: the part of that spent inside the database driver - every "
    "statement, BEGIN (on SQLite with the wait for the write lock) and COMMIT "
    "(with the flush to disk); on PostgreSQL it includes the network round trips. "
    "Client minus database latency is Python work in the service.")

LOCK_TIME_DOC = (
    "numbering lock held: the part of a save during which no other save can "
    "take a ticket number. On PostgreSQL the day's ticket counter row is locked "
    "from the statement that takes the next number (after any wait for it) to the "
    "end of the COMMIT; on SQLite the write lock is held from BEGIN IMMEDIATE to the "
    "end of the COMMIT. Saves take turns on it (the numbers are gapless), so 1000 / "
    "its mean (ms) bounds the saves per second at max pace.")


class LoadTestError(Exception):
    """The load test cannot run; the message says why."""


@dataclass
class Save:
    key: str
    ok: bool
    ticket: str = ""
    client_ms: float = 0.0
    db_ms: float = 0.0
    error: str = ""
    held_ms: float = 0.0


@dataclass
class Result:
    url: str
    backend: str
    workstations: int
    seconds: float
    pace: str
    run: str
    started: dt.datetime
    wall_seconds: float = 0.0
    saves: list[Save] = field(default_factory=list)
    load: list[float] = field(default_factory=list)  # 1-min load average, start/end
    worker_errors: list[str] = field(default_factory=list)
    check: dict = field(default_factory=dict)


# ------------------------------------------------------------------ preparation

def prepare(url: str, workstations: int, *, log: Callable[[str], None]) -> dict:
    """Open and check the database, make the accounts; {username: password}.

    Accepted: an empty database (initialized here), one filled by `hotline demo`
    (or `hotline bench`, which uses the demo) or by an earlier load test. Refused:
    one holding calls of any other origin: the load test saves test calls."""
    from ..models import AuditLog, Call, Category, User, db
    from ..services import config, users
    from ..services.base import Actor, audit
    from ..storage import close_database, open_database

    close_database()
    open_database(url, migrate=True)
    existing = Call.select().count()
    marked = AuditLog.select().where(
        ((AuditLog.entity == "demo") & (AuditLog.action == "generate")) |
        ((AuditLog.entity == "loadtest") & (AuditLog.action == "start"))).exists()
    if existing and not marked:
        close_database()
        raise LoadTestError(
            f"the database holds {existing:,} calls that neither hotline demo nor "
            "an earlier load test made; the load test saves test calls into the "
            "database it measures, so give it an empty scratch database (or one "
            "filled by hotline demo)")
    if not marked:  # no calls yet: still refuse a center's database being set up
        accounts = User.select().where(~User.username.startswith("loadtest")).count()
        if accounts:
            close_database()
            raise LoadTestError(
                f"the database holds no calls but {accounts:,} accounts: it looks "
                "like a center's database being set up; the load test adds test "
                "accounts and calls, so give it an empty scratch database (or one "
                "filled by hotline demo)")
    if existing:
        log(f"the database holds {existing:,} demo / load test calls")
    system = Actor.system("loadtest")
    if not Category.select().where(Category.parent.is_null(False)).exists():
        from ..demo.generator import CATEGORY_TREE

        log("making the demo categories …")
        for i, (code, name, _, children) in enumerate(CATEGORY_TREE):
            top = config.save_category(actor=system, code=code, name=name,
                                       sort_order=(i + 1) * 10)
            for j, (ccode, cname, *_rest) in enumerate(children):
                config.save_category(actor=system, code=ccode, name=cname,
                                     parent_id=top.id, sort_order=(j + 1) * 10)
    taken = {u.username: u for u in User.select()}
    roles = {u.role for u in taken.values() if u.active}
    if not {"specialist", "supervisor"} <= roles:
        for username, role, display in HELPERS:  # someone to transfer calls to
            if username not in taken:
                users.create_user(actor=system, username=username,
                                  display_name=display, role=role,
                                  password=_password())
    passwords = {}
    for i in range(1, workstations + 1):
        username = ACCOUNT.format(i)
        password = _password()
        user = taken.get(username)
        if user is None:
            users.create_user(actor=system, username=username,
                              display_name=f"压测话务员{i:02d}", role="duty_officer",
                              password=password)
        else:
            if user.role != "duty_officer":
                users.set_role(actor=system, user_id=user.id, role="duty_officer")
            if not user.active:
                users.set_active(actor=system, user_id=user.id, active=True)
            users.reset_password(actor=system, user_id=user.id, new_password=password)
        passwords[username] = password
        if i % 10 == 0 or i == workstations:
            log(f"accounts ready: {i} / {workstations}")
    with db.atomic():  # marks the database as one a load test may use again
        audit(system, "loadtest", None, "start", None,
              {"workstations": workstations})
    return passwords


def _password() -> str:
    from ..demo.generator import random_password

    return random_password()


# ------------------------------------------------------------------ the run

def run(url: str, *, workstations: int, seconds: float, pace: str, seed: int | None,
        log: Callable[[str], None] = lambda msg: None) -> Result:
    """Prepare, run the workstations, check the database; the Result."""
    from ..storage import describe, is_sqlite

    if pace not in PACES:
        raise LoadTestError(f"--pace must be one of {', '.join(PACES)}")
    passwords = prepare(url, workstations, log=log)
    backend = "SQLite" if is_sqlite() else "PostgreSQL"
    run_id = secrets.token_hex(4)
    seed = secrets.randbelow(10**6) if seed is None else seed
    result = Result(url=describe(url).describe(), backend=backend,
                    workstations=workstations, seconds=seconds, pace=pace, run=run_id,
                    started=dt.datetime.now().astimezone())
    phone_offset = secrets.randbelow(10**8)
    procs = []
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    log(f"starting {workstations} workstations ({pace} pace, {seconds:g} s) …")
    for i, (username, password) in enumerate(passwords.items(), start=1):
        proc = subprocess.Popen(
            [sys.executable, "-m", "hotline.loadtest.worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8", env=env)
        proc.stdin.write(json.dumps({
            "url": url, "username": username, "password": password,
            "workstation": i, "seconds": seconds, "pace": pace, "seed": seed,
            "run": run_id, "phone_offset": phone_offset}) + "\n")
        proc.stdin.flush()
        procs.append(_Worker(i, proc))
    try:
        deadline = time.time() + READY_TIMEOUT_S
        for w in procs:
            if not w.ready.wait(max(0.1, deadline - time.time())):
                raise LoadTestError(f"workstation {w.index} did not sign in: "
                                    f"{w.failure() or 'timed out'}")
        log(f"all {workstations} workstations signed in")
        result.load.append(_load_average())
        start_at = time.time() + START_MARGIN_S
        for w in procs:
            w.proc.stdin.write(json.dumps({"go": start_at}) + "\n")
            w.proc.stdin.flush()
        _progress(procs, start_at, seconds, log)
        result.load.append(_load_average())
        for w in procs:
            w.proc.stdin.close()
            w.proc.wait(timeout=max(120.0, seconds))
            w.reader.join(timeout=10)
            w.err_reader.join(timeout=10)
        result.wall_seconds = time.time() - start_at
    except BaseException:
        for w in procs:
            if w.proc.poll() is None:
                w.proc.kill()
        for w in procs:
            w.proc.wait()
        raise
    for w in procs:
        result.saves.extend(w.saves)
        if not w.done:
            result.worker_errors.append(
                f"workstation {w.index} stopped early: {w.failure() or 'no reason given'}")
    log("checking the database …")
    result.check = check(result)
    return result


def _load_average() -> float | None:
    """The machine's 1-minute load average (None where the system has none): other
    work on the machine shows in the latency tail."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


class _Worker:
    def __init__(self, index: int, proc: subprocess.Popen):
        self.index = index
        self.proc = proc
        self.saves: list[Save] = []
        self.ready = threading.Event()
        self.done = False
        self.stderr: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.err_reader = threading.Thread(target=self._read_err, daemon=True)
        self.reader.start()
        self.err_reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if "k" in rec:
                self.saves.append(Save(rec["k"], bool(rec["ok"]), rec.get("t", ""),
                                       float(rec["c"]), float(rec["d"]),
                                       rec.get("e", ""), float(rec.get("h", 0))))
            elif "ready" in rec:
                self.ready.set()
            elif rec.get("done"):
                self.done = True
        self.ready.set()  # ended before signing in: failure() says why

    def _read_err(self) -> None:
        for line in self.proc.stderr:
            self.stderr.append(line.rstrip())
            del self.stderr[:-20]

    def failure(self) -> str:
        if self.proc.poll() is None and not self.stderr:
            return ""
        lines = [s for s in self.stderr if s.strip()]
        return lines[-1] if lines else f"exit status {self.proc.poll()}"


def _progress(procs, start_at: float, seconds: float, log) -> None:
    end_at = start_at + seconds
    next_report = start_at + min(5.0, seconds)
    while any(w.proc.poll() is None for w in procs):
        time.sleep(0.2)
        now = time.time()
        if now >= next_report and next_report <= end_at + 0.5:
            saves = sum(len(w.saves) for w in procs)
            failed = sum(1 for w in procs for s in w.saves if not s.ok)
            log(f"{min(seconds, now - start_at):5.0f} s / {seconds:g} s: {saves:,} "
                f"saves, {failed:,} failed")
            next_report += 5.0
        if now > end_at + 120:  # a save stuck for two minutes: give up
            raise LoadTestError("workstations still running two minutes after the "
                                "end of the run")


# ------------------------------------------------------------------ the check

_KEY = re.compile(r"\[loadtest ([0-9a-f]+) w\d{3}-\d{6}\]")


def check(result: Result) -> dict:
    """Compare the saves the workstations reported with the database."""
    from ..models import Call, TicketCounter

    tag = f"[loadtest {result.run} "
    rows = (Call.select(Call.ticket_no, Call.description)
            .where(Call.description.contains(tag)).tuples())
    in_db: dict[str, list[str]] = {}
    for ticket, description in rows:
        for m in _KEY.finditer(description):
            if m.group(1) == result.run:
                in_db.setdefault(m.group(0), []).append(ticket)
    reported_ok = {s.key: s.ticket for s in result.saves if s.ok}
    reported_failed = {s.key for s in result.saves if not s.ok}
    lost = sorted(k for k in reported_ok if k not in in_db)
    duplicated = sorted(k for k, t in in_db.items() if len(t) > 1)
    mismatched = sorted(k for k, t in reported_ok.items()
                        if k in in_db and t not in in_db[k])
    saved_though_failed = sorted(k for k in reported_failed if k in in_db)
    unreported = sorted(k for k in in_db
                        if k not in reported_ok and k not in reported_failed)
    days = sorted({t.split("-")[0] for t in reported_ok.values() if "-" in t})
    skipped, dup_numbers, counter_off = [], [], []
    for day in days:
        numbers = Counter()
        for (ticket,) in (Call.select(Call.ticket_no)
                          .where(Call.ticket_no.startswith(f"{day}-")).tuples()):
            try:
                numbers[int(ticket.split("-", 1)[1])] += 1
            except ValueError:
                continue
        top = max(numbers) if numbers else 0
        skipped += [f"{day}-{n:04d}" for n in range(1, top + 1) if n not in numbers]
        dup_numbers += [f"{day}-{n:04d}" for n, c in numbers.items() if c > 1]
        counter = TicketCounter.get_or_none(
            TicketCounter.day == dt.datetime.strptime(day, "%Y%m%d").date())
        if counter is None or counter.last != top:
            counter_off.append(day)
    return {
        "calls_in_db": sum(len(t) for t in in_db.values()),
        "lost": len(lost), "duplicates": len(duplicated),
        "skipped_numbers": len(skipped), "duplicate_numbers": len(dup_numbers),
        "ticket_mismatches": len(mismatched),
        "saved_though_reported_failed": len(saved_though_failed),
        "unreported_in_db": len(unreported),
        "counter_off_days": counter_off,
        "days": days,
        "examples": {"lost": lost[:5], "duplicates": duplicated[:5],
                     "skipped_numbers": skipped[:5],
                     "duplicate_numbers": sorted(dup_numbers)[:5],
                     "ticket_mismatches": mismatched[:5]},
    }


# ------------------------------------------------------------------ figures

def _percentiles(samples: list[float]) -> dict:
    from ..bench import percentile

    if not samples:
        return {"p50": None, "p95": None, "p99": None, "max": None, "mean": None}
    return {"p50": round(percentile(samples, 50), 2),
            "p95": round(percentile(samples, 95), 2),
            "p99": round(percentile(samples, 99), 2),
            "max": round(max(samples), 2),
            "mean": round(sum(samples) / len(samples), 2)}


def figures(result: Result) -> dict:
    ok = [s for s in result.saves if s.ok]
    failed = [s for s in result.saves if not s.ok]
    errors = Counter(s.error for s in failed)
    c = result.check
    return {
        "parameters": {"workstations": result.workstations,
                       "seconds": result.seconds, "pace": result.pace},
        "backend": result.backend,
        "database": result.url,
        "run": result.run,
        "machine": {"cores": os.cpu_count(), "platform": platform.platform(),
                    "python": platform.python_version(),
                    "load_average": result.load},
        "date": result.started.isoformat(timespec="seconds"),
        "wall_seconds": round(result.wall_seconds, 2),
        "saves": len(ok),
        "failed": len(failed),
        "errors": dict(errors.most_common()),
        "worker_errors": result.worker_errors,
        "saves_per_second": round(len(ok) / result.seconds, 2) if result.seconds
        else 0.0,
        "client_ms": _percentiles([s.client_ms for s in ok]),
        "database_ms": _percentiles([s.db_ms for s in ok]),
        "ticket_lock_ms": _percentiles([s.held_ms for s in ok]),
        "lost": c.get("lost", 0),
        "duplicates": c.get("duplicates", 0),
        "skipped": c.get("skipped_numbers", 0),
        "duplicate_numbers": c.get("duplicate_numbers", 0),
        "ticket_mismatches": c.get("ticket_mismatches", 0),
        "saved_though_reported_failed": c.get("saved_though_reported_failed", 0),
        "unreported_in_db": c.get("unreported_in_db", 0),
        "counter_off_days": c.get("counter_off_days", []),
        "calls_in_db": c.get("calls_in_db", 0),
        "examples": c.get("examples", {}),
        "tickets": sorted(s.ticket for s in ok),
        "definitions": {"pace": PACE_DOC, "client_ms": CLIENT_TIME_DOC,
                        "database_ms": DB_TIME_DOC, "ticket_lock_ms": LOCK_TIME_DOC},
    }


def healthy(fig: dict) -> bool:
    """No failed save and every check clean."""
    return not (fig["failed"] or fig["worker_errors"] or fig["lost"]
                or fig["duplicates"] or fig["skipped"] or fig["duplicate_numbers"]
                or fig["ticket_mismatches"] or fig["saved_though_reported_failed"]
                or fig["unreported_in_db"] or fig["counter_off_days"])


def format_table(fig: dict) -> str:
    p = fig["parameters"]
    lines = [f"hotline loadtest: {p['workstations']} workstations, {p['pace']} pace, "
             f"{p['seconds']:g} s, {fig['database']}, "
             f"{fig['machine']['cores']} cores, {fig['date']}"]
    load = [x for x in fig["machine"]["load_average"] if x is not None]
    if load:
        lines.append("machine load average (1 min) at the start / end: "
                     + " / ".join(f"{x:.1f}" for x in load))
    lines.append("")

    def ms(v):
        return "-" if v is None else f"{v:,.1f}"

    lines.append(f"{'save latency (ms)':<22}{'p50':>9}{'p95':>9}{'p99':>9}"
                 f"{'max':>9}{'mean':>9}")
    for label, key in (("client (log_call)", "client_ms"),
                       ("database (driver)", "database_ms"),
                       ("numbering lock held", "ticket_lock_ms")):
        f = fig[key]
        lines.append(f"{label:<22}" + "".join(f"{ms(f[k]):>9}" for k in
                                              ("p50", "p95", "p99", "max", "mean")))
    lines.append("")
    rows = [("saves", f"{fig['saves']:,}"),
            ("saves per second", f"{fig['saves_per_second']:,.1f}"),
            ("failed saves", f"{fig['failed']:,}"),
            ("lost calls", f"{fig['lost']:,}"),
            ("duplicated calls", f"{fig['duplicates']:,}"),
            ("skipped ticket numbers", f"{fig['skipped']:,}"),
            ("duplicate ticket numbers", f"{fig['duplicate_numbers']:,}")]
    extra = [("ticket number differs from the one reported",
              fig["ticket_mismatches"]),
             ("saved although reported failed", fig["saved_though_reported_failed"]),
             ("in the database but never reported", fig["unreported_in_db"])]
    rows += [(label, f"{n:,}") for label, n in extra if n]
    if fig["counter_off_days"]:
        rows.append(("ticket counter differs on", ", ".join(fig["counter_off_days"])))
    width = max(len(r[0]) for r in rows)
    lines += [f"{label:<{width}}  {value:>10}" for label, value in rows]
    for error, n in fig["errors"].items():
        lines.append(f"  failed {n:,}x: {error}")
    for error in fig["worker_errors"]:
        lines.append(f"  {error}")
    for name, keys in fig["examples"].items():
        if keys:
            lines.append(f"  {name}: {', '.join(keys)}")
    lines.append("")
    lines.append("verdict: " + ("every reported save is in the database once, "
                                "ticket numbers gapless and unique"
                                if healthy(fig) else "PROBLEMS (see above)"))
    return "\n".join(lines)
