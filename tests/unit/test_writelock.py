"""The SQLite writers' queue (storage/writelock.py): exclusive between connections,
bounded by the timeout, and the polling fallback takes the lock once it is free."""

import sqlite3
import threading
import time

import pytest

from hotline.storage import writelock

pytestmark = pytest.mark.skipif(writelock.fcntl is None, reason="POSIX flock only")


def test_queue_is_exclusive_and_gives_up_after_the_timeout(tmp_path):
    queue = writelock.WriterQueue(str(tmp_path / "x.db-writers"))
    holder = writelock.WriterQueue(str(tmp_path / "x.db-writers"))
    holder.acquire(1.0)
    t0 = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="database is locked"):
        queue.acquire(0.2)
    assert 0.15 < time.monotonic() - t0 < 2.0
    holder.release()
    time.sleep(0.05)  # the abandoned waiter got the lock and let it go again
    queue.acquire(1.0)  # a fresh descriptor: the abandoned one is not reused
    got = []
    thread = threading.Thread(target=lambda: (holder.acquire(5.0), got.append(1)))
    thread.start()
    time.sleep(0.1)
    assert got == []  # still exclusive
    queue.release()
    thread.join(2.0)
    assert got == [1]
    holder.release()


def test_polling_begin_takes_the_lock_when_it_is_freed(tmp_path):
    path = str(tmp_path / "p.db")
    first = sqlite3.connect(path, isolation_level=None, timeout=10,
                            check_same_thread=False)
    first.execute("PRAGMA journal_mode = wal")
    first.execute("CREATE TABLE t (x)")
    second = sqlite3.connect(path, isolation_level=None, timeout=10)
    first.execute("BEGIN IMMEDIATE")
    threading.Timer(0.2, lambda: first.execute("COMMIT")).start()
    t0 = time.monotonic()
    writelock.begin_immediate(second, 5.0, 10_000)
    assert 0.15 < time.monotonic() - t0 < 2.0
    second.execute("INSERT INTO t VALUES (1)")
    second.execute("COMMIT")
    assert second.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        first.execute("BEGIN IMMEDIATE")
        writelock.begin_immediate(second, 0.1, 10_000)
    first.execute("ROLLBACK")
