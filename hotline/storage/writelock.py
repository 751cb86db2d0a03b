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
  that runs them, not seconds to the others; they are not the cause (one writer
  alone, 3,000 saves with their checkpoints: p99 18 ms, max 28 ms).

The fix, measured with the same bench (10 writers x 300 saves, this 2-core
machine, other work running): max 2.2-3.0 s -> 0.12 s, p99 0.64-0.85 s -> 83 ms,
and more saves per second (mean save 42 -> 28 ms), with p50 5 -> 24 ms (a save
no longer jumps the queue: under saturation each waits its turn):

- `WriterQueue` (POSIX): every writer of this program takes an exclusive flock on
  `<database>-writers` before BEGIN IMMEDIATE and drops it after COMMIT/ROLLBACK.
  A blocked flock sleeps in the kernel and is woken the moment the lock is let go
  (no idle gap, no polling, no 100 ms naps), and every waiter has the same chance.
- Elsewhere (Windows, or when the lock file cannot be made) `begin_immediate`
  polls with the busy handler off, with short sleeps that get *shorter* the
  longer a writer has waited (2 ms, 1 ms after 50 ms, 0.5 ms after 250 ms, with
  jitter), so a newcomer is not favoured over someone who has waited (measured:
  max ~0.45 s, p50 ~50 ms: the polling costs throughput on two cores).

Either way the busy timeout bounds the whole wait ("database is locked" after
10 s, as before), and writers outside the queue (a backup, another tool) still
meet SQLite's own busy handler.
"""

from __future__ import annotations

import os
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


# ----------------------------------------------------------------- a queue

try:
    import fcntl
except ImportError:  # Windows: the polling above
    fcntl = None
import threading


class WriterQueue:
    """An exclusive OS file lock (flock) beside the database that every writer of
    this program takes before BEGIN IMMEDIATE and drops after COMMIT/ROLLBACK.

    A blocked flock sleeps in the kernel and is woken the moment the holder lets
    go: no polling, no idle gap between one save and the next, and a waiter does
    not lose to a newcomer that happens to poll at the right instant. SQLite's own
    lock is then normally free when BEGIN IMMEDIATE runs; writers outside the
    queue (a backup, another tool) still meet the ordinary busy handler.
    The wait is bounded by `timeout_s` (a helper thread does the blocking call, so
    a writer that never lets go gives "database is locked", as before)."""

    def __init__(self, path: str):
        self.path = path
        self.local = threading.local()  # one descriptor per thread (connection)

    def _fd(self) -> int:
        fd = getattr(self.local, "fd", None)
        if fd is None:
            import os

            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            self.local.fd = fd
        return fd

    def acquire(self, timeout_s: float) -> None:
        fd = self._fd()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        got = threading.Event()
        guard = threading.Lock()
        state = {"abandoned": False}

        def wait():
            fcntl.flock(fd, fcntl.LOCK_EX)
            with guard:
                if state["abandoned"]:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                    import os

                    os.close(fd)
                    return
                got.set()

        threading.Thread(target=wait, name="hotline-writer-queue", daemon=True).start()
        if got.wait(timeout_s):
            return
        with guard:
            if got.is_set():
                return
            state["abandoned"] = True
            self.local.fd = None  # that descriptor belongs to the waiting thread now
        raise sqlite3.OperationalError("database is locked")

    def release(self) -> None:
        fd = getattr(self.local, "fd", None)
        if fd is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)


_QUEUES: dict = {}


def queue_of(database) -> "WriterQueue | None":
    """The writer queue of a SQLite database (None where flock is missing)."""
    if fcntl is None:
        return None
    queue = _QUEUES.get(id(database))
    if queue is None or queue.path != database.database + "-writers":
        queue = _QUEUES[id(database)] = WriterQueue(database.database + "-writers")
    return queue


def release(database) -> None:
    queue = _QUEUES.get(id(database))
    if queue is not None:
        queue.release()
