"""Taking SQLite's write lock without multi-second stalls (issue 7, point 5).

Why saves stalled for seconds under 10 writer processes (measured with
`python -m hotline.bench.writers URL --writers 10`: p50 8 ms, p99 0.85 s, max
1.7 s over 1,000 saves; 7.9 s in the issue's longer run), although each save holds
the lock for only a few milliseconds:

- `BEGIN IMMEDIATE` that finds the lock taken is retried by SQLite's default busy
  handler (what Python's `timeout=` installs; Python offers no other), which
  sleeps 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50 and then 100 ms between attempts.
  The lock is free only for the instant between one writer's COMMIT and the next
  writer's BEGIN, and a writer that has waited a while sleeps 100 ms at a time:
  it wakes when someone else holds the lock again, and loses to the writers that
  arrived later and poll every millisecond or two. The oldest waiter is the one
  least likely to win — the order is closer to last-in-first-out than fair, so
  one unlucky save waits for many others, for seconds, up to the 10 s busy
  timeout and "database is locked".
- WAL checkpoints (every 1,000 pages, run by the committing writer after it has
  released the lock) and the fsync of each commit add milliseconds to the save
  that runs them, not seconds to the others; they are not the cause.

The fix: `begin_immediate` asks for the lock with the busy handler off and retries
itself with short sleeps that get *shorter* the longer a writer has waited
(2 ms, then 1 ms after 50 ms, then 0.5 ms after 250 ms, each with jitter). A
newcomer is not favoured over someone who has waited, so the wait of each save is
bounded by roughly the number of writers ahead of it times a save's lock time.
The busy timeout (`timeout_s`) still bounds the whole wait; the connection's own
busy_timeout is restored for every other statement.
"""

from __future__ import annotations

import random
import sqlite3
import time

_FAST_AFTER = (0.05, 0.25)  # seconds waited before polling faster
_SLEEPS = (0.002, 0.001, 0.0005)


def _sleep_for(waited: float) -> float:
    base = _SLEEPS[0] if waited < _FAST_AFTER[0] else \
        _SLEEPS[1] if waited < _FAST_AFTER[1] else _SLEEPS[2]
    return base * random.uniform(0.5, 1.5)


def begin_immediate(conn: sqlite3.Connection, timeout_s: float,
                    busy_timeout_ms: int) -> None:
    """BEGIN IMMEDIATE on conn, retrying as described above; raises
    sqlite3.OperationalError ("database is locked") after timeout_s."""
    conn.execute("PRAGMA busy_timeout = 0")  # two cheap statements per transaction
    started = None
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")  # usually free at once
                return
            except sqlite3.OperationalError as exc:
                if not _busy(exc):
                    raise
            now = time.monotonic()
            started = now if started is None else started
            if now - started >= timeout_s:
                raise sqlite3.OperationalError("database is locked")
            time.sleep(_sleep_for(now - started))
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")


def _busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text
