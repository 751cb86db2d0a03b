"""One simulated duty-officer workstation of `hotline loadtest`.

Started by the coordinator as `python -m hotline.loadtest.worker`; it reads its
settings as one JSON line on stdin (the password with them, never in argv), signs
in with users.authenticate like the sign-in window, reads the categories and the
people a call can be transferred or escalated to like the call form, prints
{"ready": …} and waits for the coordinator's {"go": start time} line. Then it logs
calls through services.calls.log_call until the run's end and prints one JSON line
per save:

  {"k": key, "ok": true, "t": ticket number, "c": client ms, "d": database ms,
   "h": ms the numbering lock was held}
  {"k": key, "ok": false, "e": "error text", "c": …, "d": …, "h": …}

and a last line {"done": true}. Client ms is the whole log_call round trip in this
process; database ms is the part of it spent inside the database driver (see
DB_TIME_DOC in hotline/loadtest/__init__.py).
"""

from __future__ import annotations

import json
import random
import sys
import time

# realistic pace: seconds between two saves of one workstation (talk + typing,
# compressed, see hotline/loadtest/__init__.py PACE_DOC)
THINK_MEDIAN = 4.0
THINK_SIGMA = 0.35
THINK_MIN, THINK_MAX = 2.0, 8.0


def think_time(rng: random.Random) -> float:
    return min(THINK_MAX, max(THINK_MIN, rng.lognormvariate(0.0, THINK_SIGMA)
                              * THINK_MEDIAN))


class DbClock:
    """Adds up the time spent inside the database driver: every statement
    (execute_sql), BEGIN (on SQLite with the wait for the write lock) and COMMIT
    (with the flush to disk) / ROLLBACK, by wrapping those methods of the open
    database object.

    It also notes how long the save held the lock that makes saves take turns:
    on PostgreSQL the day's ticket counter row, from the end of the counter's
    UPDATE (calls.next_ticket_no; any wait for it comes before) to the end of the
    COMMIT; on SQLite the write lock, from the end of BEGIN IMMEDIATE to the end
    of the COMMIT. 1000 / this time (ms) bounds the saves per second."""

    def __init__(self, database, *, sqlite: bool):
        self.sqlite = sqlite
        self.total = 0.0
        self.counter_at = None  # perf_counter() when the counter was taken
        self.held = 0.0
        self.depth = 0  # BEGIN and COMMIT may run execute_sql: counted once
        for name in ("execute_sql", "begin", "commit", "rollback"):
            setattr(database, name, self._wrap(name, getattr(database, name)))

    def reset(self) -> None:
        self.total = self.held = 0.0
        self.counter_at = None

    def _wrap(self, name, original):
        ends = name in ("commit", "rollback")

        def timed(*args, **kwargs):
            if self.depth:
                return original(*args, **kwargs)
            self.depth += 1
            t0 = time.perf_counter()
            if self.sqlite:
                counter = name == "begin"
            else:
                counter = (name == "execute_sql" and self.counter_at is None and args
                           and str(args[0]).startswith('INSERT INTO "ticket_counter"'))
            try:
                return original(*args, **kwargs)
            finally:
                t1 = time.perf_counter()
                self.total += t1 - t0
                self.depth -= 1
                if counter:  # the lock is ours from here (after any wait)
                    self.counter_at = t1
                elif ends and self.counter_at is not None:
                    self.held = t1 - self.counter_at
        return timed


def _emit(record: dict) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main() -> int:
    settings = json.loads(sys.stdin.readline())
    from ..services import calls, config, users
    from ..storage import is_sqlite, open_database
    from .mix import CallMix

    database = open_database(settings["url"], migrate=False)
    actor = users.authenticate(username=settings["username"],
                               password=settings["password"])
    del settings["password"]
    categories = {c.code: c.id for c in config.list_categories(actor=actor)
                  if c.parent_id is not None and c.active}
    transfer_to = [u.id for u in users.list_assignees(
        actor=actor, roles=("specialist", "supervisor", "director"))]
    escalate_to = [u.id for u in users.list_assignees(
        actor=actor, roles=("supervisor", "director", "specialist"))]
    index = settings["workstation"]
    mix = CallMix(seed=settings["seed"], workstation=index, categories=categories,
                  transfer_to=transfer_to, escalate_to=escalate_to,
                  phone_offset=settings["phone_offset"])
    rng = random.Random(settings["seed"] * 104729 + index)
    clock = DbClock(database, sqlite=is_sqlite())
    _emit({"ready": actor.username})
    line = sys.stdin.readline()
    if not line:
        return 0  # the coordinator gave up before the start
    start_at = json.loads(line)["go"]
    end_at = start_at + settings["seconds"]
    realistic = settings["pace"] == "realistic"
    # an officer's first save comes some way into their first call
    next_at = start_at + (rng.uniform(0, think_time(rng)) if realistic else 0.0)
    prefix = f"[loadtest {settings['run']} w{index:03d}-"
    n = 0
    while next_at < end_at:  # no save starts after the end
        delay = next_at - time.time()
        if delay > 0:
            time.sleep(delay)
        if time.time() >= end_at:
            break
        n += 1
        key = f"{prefix}{n:06d}]"
        values = mix.next_call(key)
        clock.reset()
        t0 = time.perf_counter()
        try:
            # the call's key, as the call form passes one (31 characters)
            summary = calls.log_call(actor=actor, client_key=key, **values)
        except Exception as exc:  # counted and shown by the coordinator
            client = time.perf_counter() - t0
            _emit({"k": key, "ok": False, "e": f"{type(exc).__name__}: {exc}"[:300],
                   "c": client * 1000, "d": clock.total * 1000,
                   "h": clock.held * 1000})
        else:
            client = time.perf_counter() - t0
            _emit({"k": key, "ok": True, "t": summary.ticket_no,
                   "c": client * 1000, "d": clock.total * 1000,
                   "h": clock.held * 1000})
        next_at = time.time() + think_time(rng) if realistic else 0.0
    _emit({"done": True})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
