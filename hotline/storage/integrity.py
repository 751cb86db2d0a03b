"""Is a SQLite file ours and intact, and what happens once it is found damaged.

Checking at open (`inspect_sqlite_file`) never changes the file: it is read through
a read-only connection that creates no `-wal`/`-shm` companions (`immutable=1` when
no `-wal` exists, so no other connection can be using the file), then
`PRAGMA quick_check` walks every page within a time budget. On this machine
quick_check reads a 1.5 GB file in about 1 s once the file is in the page cache
and in about 35 s when it is not (disk-bound); integrity_check takes about 7 s warm.
A real 1,000,000-call database (1.7 GB, FTS and indexes) takes 2.6 s warm, 6 s
less warm. So the check at open stops after OPEN_CHECK_BUDGET_S and is not even
started on files over OPEN_CHECK_MAX_BYTES (the start stays within its budget; a
typical desk file is checked whole before the sign-in window); a larger file is
checked by the GUI in the background (`check_in_background`), and `hotline init`
runs the full integrity_check.

Once damage is known (at open, by the background check, or because the driver
said "database disk image is malformed" / "file is not a database" during work)
the database is marked damaged (`mark_damaged`): the services refuse every write
from then on, SQLite connections are switched to `query_only`, and listeners (the
GUI) are told so they can offer the latest backup. The damaged file is never
written again by this process.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .dialect import APPLICATION_ID
from .errors import StorageError

log = logging.getLogger(__name__)

OPEN_CHECK_BUDGET_S = 0.25
# A file larger than this would not be checked whole within the budget anyway (a
# 1,000,000-call desk, 1.7 GB: quick_check 2.6 s warm), so the start does not spend
# the budget on it: the whole check runs in the background at once.
OPEN_CHECK_MAX_BYTES = 256 * 1024 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"
# driver messages that mean the file (or a server's page) is damaged
CORRUPTION_MARKERS = ("database disk image is malformed", "file is not a database",
                      "database corruption", "invalid page in block",
                      "could not read block", "index contains unexpected zero page",
                      "unexpected zero page")
# PostgreSQL SQLSTATEs: data_corrupted, index_corrupted
CORRUPTION_PGCODES = ("XX001", "XX002")


@dataclass(frozen=True)
class CheckResult:
    ok: bool | None  # None: the budget ran out before the end of the file
    problems: tuple[str, ...] = ()
    seconds: float = 0.0


def is_corruption_error(exc: BaseException) -> bool:
    """True if a driver error says the database file (or page) is damaged."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if getattr(exc, "pgcode", None) in CORRUPTION_PGCODES:
            return True
        text = str(exc).lower()
        if any(marker in text for marker in CORRUPTION_MARKERS):
            return True
        exc = exc.__cause__ or exc.__context__ or getattr(exc, "orig", None)
    return False


# ------------------------------------------------------------------ checking a file

def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write `path` and creates no companion files.

    With a `-wal` beside the file (the database is in use, or was when a process
    died) the WAL must be read too, so the file is opened read-only through the
    normal locking; otherwise it is opened immutable: nothing is created or
    locked."""
    uri = path.resolve().as_uri()
    wal = Path(f"{path}-wal")
    mode = "mode=ro" if wal.exists() and wal.stat().st_size > 0 else \
        "mode=ro&immutable=1"
    return sqlite3.connect(f"{uri}?{mode}", uri=True, timeout=5,
                           check_same_thread=False)  # interrupt() from a timer


def _run_check(conn: sqlite3.Connection, pragma: str, budget: float | None
               ) -> CheckResult:
    started = time.monotonic()
    if budget is not None and budget <= 0:
        return CheckResult(None)  # no time for it: left to the background check
    timed_out = []
    timer = None
    if budget is not None:
        # the whole check is one step of SQLite's VM (a progress handler is not
        # called during it), but it honours sqlite3_interrupt()
        def stop():
            timed_out.append(True)
            conn.interrupt()

        timer = threading.Timer(max(budget, 0.0), stop)
        timer.daemon = True
        timer.start()
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()  # pragma is ours, not input
    except sqlite3.OperationalError as exc:
        if timed_out:
            return CheckResult(None, (), time.monotonic() - started)
        if is_corruption_error(exc):
            return CheckResult(False, (str(exc),), time.monotonic() - started)
        raise
    except sqlite3.DatabaseError as exc:
        return CheckResult(False, (str(exc),), time.monotonic() - started)
    finally:
        if timer is not None:
            timer.cancel()
    problems = tuple(r[0] for r in rows if r[0] != "ok")
    return CheckResult(not problems, problems[:20], time.monotonic() - started)


def check_sqlite_file(path: Path, *, budget: float | None = None,
                      full: bool = False) -> CheckResult:
    """`quick_check` (or `integrity_check` if `full`) of the file at `path`, read
    only; stops after `budget` seconds (ok=None) when a budget is given."""
    try:
        conn = read_only_connection(path)
    except sqlite3.Error as exc:
        return CheckResult(False, (str(exc),))
    try:
        return _run_check(conn, "integrity_check" if full else "quick_check", budget)
    finally:
        conn.close()


def _damaged(path: Path, detail: str) -> StorageError:
    return StorageError(
        f"{path} is damaged ({detail}). It was not changed; restore the latest "
        "backup (the program offers it) or choose another file.",
        code="corrupt", path=str(path), detail=detail)


def inspect_sqlite_file(path: Path, *, budget: float | None = OPEN_CHECK_BUDGET_S
                        ) -> CheckResult | None:
    """Refuse a file that is not a SQLite database, belongs to another program or
    is damaged, without changing it in any way (no companion files either).

    Returns None for a missing or empty file (a new database), else the result of
    the quick check (ok=None if it did not finish within `budget`)."""
    try:
        if path.is_dir():
            raise StorageError(
                f"{path} is a folder, not a database file. Give the path of a file "
                "inside it, for example sqlite:///" + str(path / "hotline.db"),
                code="directory", path=str(path))
        if not path.exists():
            return None
        if path.stat().st_size == 0:
            return None
        with open(path, "rb") as fh:
            header = fh.read(100)
    except PermissionError as exc:
        raise StorageError(
            f"{path} cannot be read: permission denied. Ask whoever manages this PC "
            "to give your account access to it, or choose another file.",
            code="unreadable", path=str(path)) from exc
    except OSError as exc:
        raise StorageError(
            f"{path} cannot be read ({exc.strerror or exc}). Choose another file.",
            code="unreadable", path=str(path)) from exc
    if not path.is_file():
        raise StorageError(f"{path} is not a regular file. Choose a database file.",
                           code="unreadable", path=str(path))
    if not header.startswith(SQLITE_MAGIC):
        raise StorageError(
            f"{path} is not a Hotline Desk database (not a SQLite file). It was left "
            "untouched; choose another file or restore a backup.",
            code="not_sqlite", path=str(path))
    if len(header) < 100:
        raise _damaged(path, "the file is shorter than its header")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise StorageError(
            f"{path} belongs to another program (application id {app_id:#x}). It was "
            "left untouched; choose another file.", code="foreign", path=str(path))
    try:
        conn = read_only_connection(path)
    except sqlite3.Error as exc:
        raise StorageError(f"{path} cannot be opened ({exc}). Choose another file.",
                           code="unreadable", path=str(path)) from exc
    try:
        try:
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StorageError(f"{path} is locked by another program ({exc}).",
                                   code="unreadable", path=str(path)) from exc
            raise _damaged(path, str(exc)) from exc
        if tables and "schema_version" not in tables:
            raise StorageError(
                f"{path} holds another program's tables, not a Hotline Desk database. "
                "It was left untouched; choose another file.",
                code="foreign", path=str(path))
        if budget is not None and path.stat().st_size > OPEN_CHECK_MAX_BYTES:
            result = CheckResult(None)  # left to the background check
        else:
            result = _run_check(conn, "quick_check", budget)
    finally:
        conn.close()
    if result.ok is False:
        raise _damaged(path, "; ".join(result.problems[:3])[:300])
    if result.ok is None:
        log.info("quick_check of %s did not finish within %.1f s; continuing in the "
                 "background", path, budget)
    return result


# ------------------------------------------------------------------ damaged databases

@dataclass
class _Damage:
    reason: str
    at: float = field(default_factory=time.time)
    # SQLite: a read-only connection held open, so that closing the app's own
    # connections never checkpoints the WAL into the damaged file (the last
    # connection to close does that, unless it is read-only)
    keeper: sqlite3.Connection | None = None


def wal_keeper(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to `path` that keeps its WAL from being checkpointed
    into it while the app's connections close (None if it cannot be opened)."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False, timeout=1)
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return conn
    except sqlite3.Error:
        return None


_lock = threading.Lock()
_damage: dict[str, _Damage] = {}
_listeners: list[Callable[[str, str], None]] = []


def database_key(database) -> str:
    """What identifies a database across connections: a SQLite file's resolved
    path (a Database or the path itself), or PostgreSQL's host/port/name."""
    from peewee import SqliteDatabase

    if database is None:
        return ""
    if isinstance(database, (str, Path)):  # a SQLite file's path
        return str(Path(database).expanduser().resolve())
    name = getattr(database, "database", "") or ""
    if not isinstance(database, SqliteDatabase):
        params = getattr(database, "connect_params", {}) or {}
        return f"pg:{params.get('host', '')}:{params.get('port', '')}/{name}"
    try:
        return str(Path(name).resolve())
    except (OSError, ValueError):
        return str(name)


def mark_damaged(database, reason: str) -> None:
    """From now on nothing is written to `database` by this process; listeners are
    told (once per database)."""
    key = database_key(database)
    if not key:
        return
    from peewee import SqliteDatabase

    with _lock:
        first = key not in _damage
        if first:
            keeper = wal_keeper(Path(key)) if isinstance(database, SqliteDatabase) \
                else None
            _damage[key] = _Damage(reason, keeper=keeper)
        listeners = list(_listeners)
    if not first:
        return
    log.error("database %s is damaged: %s; writes are refused from now on", key, reason)
    _set_query_only(database)
    for listener in listeners:
        try:
            listener(key, reason)
        except Exception:  # noqa: BLE001 - a listener must not stop the others
            log.exception("damage listener failed")


def damage_of(database) -> str | None:
    """Why `database` was found damaged, or None."""
    if not _damage:  # the usual case, on every write: no lock, no path resolving
        return None
    with _lock:
        found = _damage.get(database_key(database))
    return found.reason if found else None


def forget_damage(database=None) -> None:
    """Forget a damage mark (the file was replaced by a restored copy, or moved
    aside); all marks without an argument."""
    with _lock:
        if database is None:
            gone = list(_damage.values())
            _damage.clear()
        else:
            gone = [d for d in [_damage.pop(database_key(database), None)] if d]
    for damage in gone:
        if damage.keeper is not None:
            damage.keeper.close()  # read-only: closing it checkpoints nothing


def add_damage_listener(listener: Callable[[str, str], None]) -> None:
    """`listener(key, reason)` is called (on whichever thread found the damage)."""
    with _lock:
        _listeners.append(listener)


def remove_damage_listener(listener: Callable[[str, str], None]) -> None:
    with _lock:
        if listener in _listeners:
            _listeners.remove(listener)


def _set_query_only(database) -> None:
    """SQLite: the current thread's connection refuses writes too (the services
    refuse them first; this also stops code that writes outside a service)."""
    from peewee import SqliteDatabase

    if not isinstance(database, SqliteDatabase) or database.is_closed():
        return
    try:
        database.connection().execute("PRAGMA query_only = ON")
    except Exception:  # noqa: BLE001 - the services refuse writes anyway
        pass


def check_in_background(database, path: Path, *, full: bool = False,
                        on_result: Callable[[CheckResult], None] | None = None
                        ) -> threading.Thread:
    """Finish the check that did not fit into the budget at open, on a thread of its
    own with its own read-only connection; damage found marks the database."""

    def run():
        try:
            result = check_sqlite_file(path, full=full)
        except Exception as exc:  # noqa: BLE001 - reported, never raised on a thread
            log.warning("background check of %s failed: %s", path, exc)
            return
        log.info("background %s of %s: %s in %.1f s", "integrity_check" if full
                 else "quick_check", path, "ok" if result.ok else result.problems,
                 result.seconds)
        if result.ok is False:
            mark_damaged(database, "; ".join(result.problems[:3])[:300])
        if on_result is not None:
            on_result(result)

    thread = threading.Thread(target=run, name="hotline-integrity-check", daemon=True)
    thread.start()
    return thread


def sqlite_companions(path: Path) -> list[Path]:
    """The file and the companions beside it that exist (-wal, -shm, -journal)."""
    out = [path] if path.exists() else []
    for suffix in ("-wal", "-shm", "-journal"):
        p = Path(f"{path}{suffix}")
        if p.exists():
            out.append(p)
    return out


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
