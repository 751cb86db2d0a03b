"""The workstation's offline outbox: calls logged while the center's server could
not be reached, kept in a local SQLite file until they are replayed in order
(services/outbox.py), and what the workstation last saw of callers and assignees,
shown offline as such.

One file per center database and workstation user account, in the user data
folder, readable by that user only (folder 0700, file 0600). Each write is its own
durable transaction (synchronous=FULL, WAL): a call the officer saw "kept in the
outbox" survives a power cut. Nothing here imports Qt or peewee: the outbox must
work exactly when the center database does not.

An entry's `key` is the call's idempotency key: the server saves a call with a key
it already has as that call (services/calls.log_call), so an interrupted replay,
run again, saves each call exactly once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import functools
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS entry (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    provisional TEXT NOT NULL UNIQUE,
    actor_id INTEGER NOT NULL,
    payload TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting',   -- waiting | sent | failed | withdrawn
    ticket_no TEXT,
    call_id INTEGER,
    error TEXT,
    sent_at TEXT
);
CREATE TABLE IF NOT EXISTS seen (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
"""

WAITING, SENT, FAILED = "waiting", "sent", "failed"
WITHDRAWN = "withdrawn"  # a refused call the officer took back into the form
KEEP_SENT = dt.timedelta(days=1)  # a sent call's content, for the officer's list
KEEP_SEEN = dt.timedelta(days=30)  # callers' histories seen online


def default_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("HotlineDesk", appauthor=False)) / "outbox"


def _iso(value: dt.datetime) -> str:
    return value.isoformat(sep=" ", timespec="microseconds")


def _parse(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _json_default(value):
    if isinstance(value, dt.datetime):
        return {"$dt": _iso(value)}
    raise TypeError(f"{type(value).__name__} is not kept in the outbox")


def _json_hook(obj: dict):
    if set(obj) == {"$dt"}:
        return dt.datetime.fromisoformat(obj["$dt"])
    return obj


def _locked(method):
    """One statement sequence at a time: the connection is shared by the
    workstation's worker threads."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


@dataclass(frozen=True)
class Entry:
    seq: int
    key: str
    provisional: str  # shown as the call's number until the server gives one
    actor_id: int
    payload: dict  # the keyword arguments of calls.log_call (without the actor)
    saved_at: dt.datetime
    state: str
    ticket_no: str | None
    call_id: int | None
    error: str | None
    sent_at: dt.datetime | None


@dataclass(frozen=True)
class Seen:
    value: object
    seen_at: dt.datetime


class Outbox:
    """The outbox of one center database for one workstation user."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._lock = threading.RLock()
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not self.path.exists():  # the callers' numbers: this user only
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
        os.chmod(self.path, 0o600)
        self._conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None,
                                     check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA secure_delete=ON")  # pruned data is overwritten
        self._conn.executescript(SCHEMA)
        self.prune()

    @classmethod
    def for_database(cls, database_url: str, username: str,
                     directory: Path | str | None = None) -> "Outbox":
        """The outbox of `username` for the center database at `database_url`."""
        digest = hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:12]
        safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in username)
        folder = Path(directory) if directory is not None else default_dir()
        return cls(folder / f"outbox-{digest}-{safe}.sqlite")

    @_locked
    def close(self) -> None:
        self._conn.close()

    # ------------------------------------------------------------------ entries
    @_locked
    def add(self, *, actor_id: int, payload: dict, saved_at: dt.datetime,
            key: str | None = None) -> Entry:
        """Keep one call; its provisional number is P<day>-<n>, n counting this
        outbox's calls of the day from 1. `key`: the call's idempotency key, when
        the workstation already tried to save it online under that key (the server
        may have committed it before the connection broke)."""
        key = key or uuid.uuid4().hex
        body = json.dumps(payload, ensure_ascii=False, default=_json_default)
        day = f"{saved_at:%Y%m%d}"
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            (n,) = conn.execute("SELECT COUNT(*) FROM entry WHERE provisional LIKE ?",
                                (f"P{day}-%",)).fetchone()
            provisional = f"P{day}-{n + 1:03d}"
            conn.execute("INSERT INTO entry (key, provisional, actor_id, payload, "
                         "saved_at) VALUES (?, ?, ?, ?, ?)",
                         (key, provisional, actor_id, body, _iso(saved_at)))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return self.get(key)

    @_locked
    def _entries(self, where: str, params: tuple) -> list[Entry]:
        rows = self._conn.execute(
            "SELECT seq, key, provisional, actor_id, payload, saved_at, state, "
            "ticket_no, call_id, error, sent_at FROM entry " + where, params).fetchall()
        return [Entry(seq=r[0], key=r[1], provisional=r[2], actor_id=r[3],
                      payload=json.loads(r[4], object_hook=_json_hook),
                      saved_at=_parse(r[5]), state=r[6], ticket_no=r[7],
                      call_id=r[8], error=r[9], sent_at=_parse(r[10]))
                for r in rows]

    def get(self, key: str) -> Entry:
        (entry,) = self._entries("WHERE key = ?", (key,))
        return entry

    def waiting(self) -> list[Entry]:
        """The calls still to replay, in the order they were logged."""
        return self._entries("WHERE state = ? ORDER BY seq", (WAITING,))

    def entries(self, limit: int = 500) -> list[Entry]:
        """Every call of the outbox, newest first (the officer's list)."""
        return self._entries("ORDER BY seq DESC LIMIT ?", (limit,))

    @_locked
    def counts(self) -> dict[str, int]:
        rows = self._conn.execute("SELECT state, COUNT(*) FROM entry GROUP BY state")
        counts = {WAITING: 0, SENT: 0, FAILED: 0}
        counts.update((k, v) for k, v in rows.fetchall() if k in counts)
        return counts

    @_locked
    def mark_sent(self, key: str, *, ticket_no: str, call_id: int,
                  at: dt.datetime) -> None:
        self._conn.execute("UPDATE entry SET state = ?, ticket_no = ?, call_id = ?, "
                           "error = NULL, sent_at = ? WHERE key = ?",
                           (SENT, ticket_no, call_id, _iso(at), key))

    @_locked
    def mark_failed(self, key: str, error: str) -> None:
        """The server refused the call (not: could not be reached); it stays here
        for the officer to correct, with the reason."""
        self._conn.execute("UPDATE entry SET state = ?, error = ? WHERE key = ?",
                           (FAILED, error[:500], key))

    @_locked
    def retry(self, key: str, payload: dict | None = None) -> None:
        """Queue a refused call again (after the officer corrected `payload`)."""
        if payload is None:
            self._conn.execute("UPDATE entry SET state = ?, error = NULL WHERE key = ? "
                               "AND state = ?", (WAITING, key, FAILED))
        else:
            body = json.dumps(payload, ensure_ascii=False, default=_json_default)
            self._conn.execute("UPDATE entry SET state = ?, error = NULL, payload = ? "
                               "WHERE key = ? AND state = ?", (WAITING, body, key, FAILED))

    @_locked
    def withdraw(self, key: str) -> Entry:
        """A refused call taken back into the call form (the officer corrects it and
        saves it as a new call): it leaves the outbox's queue, kept in its list."""
        self._conn.execute("UPDATE entry SET state = ? WHERE key = ? AND state = ?",
                           (WITHDRAWN, key, FAILED))
        return self.get(key)

    @_locked
    def prune(self, now: dt.datetime | None = None) -> None:
        """The workstation keeps callers' data no longer than it needs: a sent
        call's content (its number → ticket stays) after KEEP_SENT, and what it saw
        of callers after KEEP_SEEN."""
        now = now or dt.datetime.now()
        self._conn.execute("UPDATE entry SET payload = '{}' WHERE state = ? AND "
                           "sent_at < ? AND payload != '{}'",
                           (SENT, _iso(now - KEEP_SENT)))
        self._conn.execute("DELETE FROM seen WHERE seen_at < ?", (_iso(now - KEEP_SEEN),))

    # ------------------------------------------------------------------ last seen
    @_locked
    def remember(self, kind: str, key: str, value, *, at: dt.datetime) -> None:
        """What the workstation saw online (a caller's history, the assignees), to
        show offline as such."""
        body = json.dumps(value, ensure_ascii=False, default=_json_default)
        self._conn.execute("INSERT INTO seen (kind, key, value, seen_at) VALUES "
                           "(?, ?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET "
                           "value = excluded.value, seen_at = excluded.seen_at",
                           (kind, key, body, _iso(at)))

    @_locked
    def recall(self, kind: str, key: str) -> Seen | None:
        row = self._conn.execute("SELECT value, seen_at FROM seen WHERE kind = ? AND "
                                 "key = ?", (kind, key)).fetchone()
        if row is None:
            return None
        return Seen(json.loads(row[0], object_hook=_json_hook), _parse(row[1]))
