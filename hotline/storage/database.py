"""Open a database from a URL, check its settings, and bring its schema up to date.

URLs:
  sqlite:///relative/file.db, sqlite:////absolute/file.db, or a plain file path
  postgresql://user:password@host:port/dbname

Without a URL the environment variable HOTLINE_DB is used, then a SQLite file in the
user data directory.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from peewee import Database, PostgresqlDatabase, SqliteDatabase, __exception_wrapper__
from playhouse.db_url import parse as parse_url

from ..models import db as db_proxy
from . import integrity, migrations, writelock
from .dialect import APPLICATION_ID, is_sqlite  # noqa: F401 (re-exported)
from .errors import StorageError

log = logging.getLogger(__name__)

APP_NAME = "HotlineDesk"
BUSY_TIMEOUT_MS = 10_000
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a committed case survives a power cut
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
}
NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs",
    "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "ncpfs",
    "fuse.rclone", "lustre", "gpfs", "beegfs",
}


@dataclass(frozen=True)
class DbInfo:
    kind: str  # "sqlite" or "postgresql"
    location: str  # file path, or host:port/dbname (no password)

    def describe(self) -> str:
        return f"{'SQLite' if self.kind == 'sqlite' else 'PostgreSQL'} {self.location}"


def default_url() -> str:
    from platformdirs import user_data_dir

    path = Path(user_data_dir(APP_NAME, appauthor=False)) / "hotline.db"
    return f"sqlite:///{path}"


def resolve_url(url: str | None) -> str:
    return url or os.environ.get("HOTLINE_DB") or default_url()


def sqlite_path_from_url(url: str) -> Path | None:
    """The file of a SQLite URL (or a bare path), None for other schemes."""
    if "://" not in url:
        return Path(url)
    parsed = urlparse(url)
    if parsed.scheme != "sqlite":
        return None
    path = unquote(parsed.path)
    if parsed.netloc:  # sqlite://relative/x.db is a common mistake
        raise StorageError(
            f"SQLite URL {url!r} has a host part; use sqlite:///relative.db or "
            "sqlite:////absolute/path.db", code="bad_url")
    if path.startswith("/"):
        path = path[1:]
    if not path or path == ":memory:":
        raise StorageError("An in-memory SQLite database keeps nothing; give a file path.",
                           code="bad_url")
    return Path(path)


# --------------------------------------------------------------------- network shares

def _mountinfo() -> list[tuple[str, str]]:
    """(mount point, filesystem type) pairs of this Linux process."""
    rows = []
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                left, _, right = line.partition(" - ")
                parts = left.split()
                fstype = right.split()[0] if right else ""
                if len(parts) >= 5:
                    mount_point = parts[4].replace("\\040", " ")
                    rows.append((mount_point, fstype))
    except OSError:
        pass
    return rows


def filesystem_type(path: Path) -> str | None:
    """Type of the filesystem holding path ('nfs', 'ext4', …), or None if unknown."""
    target = str(path.resolve())
    best, best_type = "", None
    for mount_point, fstype in _mountinfo():
        mp = mount_point.rstrip("/") or "/"
        if (target == mp or target.startswith(mp.rstrip("/") + "/") or mp == "/") \
                and len(mp) >= len(best):
            best, best_type = mp, fstype
    return best_type


def is_network_path(path: Path) -> bool:
    if sys.platform == "win32":
        resolved = str(path.resolve())
        if resolved.startswith("\\\\"):
            return True
        try:
            import ctypes

            drive = os.path.splitdrive(resolved)[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
        except Exception:  # pragma: no cover - best effort on Windows
            return False
    fstype = filesystem_type(path.parent if not path.exists() else path)
    return fstype is not None and fstype.lower() in NETWORK_FILESYSTEMS


# --------------------------------------------------------------------- opening

class HotlineSqliteDatabase(SqliteDatabase):
    """A SqliteDatabase whose new connections refuse writes once the file is known
    to be damaged (each worker thread has its own connection)."""

    def _initialize_connection(self, conn):
        super()._initialize_connection(conn)
        if integrity.damage_of(self) is not None:
            conn.execute("PRAGMA query_only = ON")

    def begin(self, lock_type=None):
        """BEGIN IMMEDIATE without the default busy handler's 100 ms sleeps, which
        made some saves wait seconds under many writers (see writelock.py)."""
        if (lock_type or self._lock_type or "").upper() != "IMMEDIATE":
            return super().begin(lock_type)
        queue = writelock.queue_of(self)
        with __exception_wrapper__:
            if queue is None:
                writelock.begin_immediate(self.connection(), BUSY_TIMEOUT_MS / 1000,
                                          BUSY_TIMEOUT_MS)
                return
            try:
                queue.acquire(BUSY_TIMEOUT_MS / 1000)
            except OSError:  # no lock file beside the database: poll instead
                writelock.begin_immediate(self.connection(), BUSY_TIMEOUT_MS / 1000,
                                          BUSY_TIMEOUT_MS)
                return
            try:
                super().begin(lock_type)
            except BaseException:
                queue.release()
                raise

    def commit(self):
        try:
            return super().commit()
        finally:
            writelock.release(self)

    def rollback(self):
        try:
            return super().rollback()
        finally:
            writelock.release(self)


def open_sqlite(path: Path, *, create: bool = True,
                check_budget: float | None = integrity.OPEN_CHECK_BUDGET_S
                ) -> SqliteDatabase:
    """Open (or create) the SQLite file at `path` after checking, without changing
    it, that it is ours and intact. The result of that check is kept in
    `database.open_check` (ok=None: the budget ran out; see integrity.py)."""
    path = path.expanduser()
    if is_network_path(path):
        raise StorageError(
            f"{path} is on a network share. SQLite files on network shares get "
            "corrupted when several workstations write at once. For a center with "
            "several workstations, install PostgreSQL and start every workstation "
            "with --db postgresql://user:password@server/hotline.",
            code="network_share", path=str(path))
    check = integrity.inspect_sqlite_file(path, budget=check_budget)
    if check is None and not path.exists():
        if not create:
            raise StorageError(f"Database file {path} does not exist.", code="missing",
                               path=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                f"The folder {path.parent} cannot be created ({exc.strerror or exc}). "
                "Choose a database file in a folder you may write to.",
                code="unreadable", path=str(path)) from exc
        if not path.parent.is_dir():
            raise StorageError(f"{path.parent} is not a folder. Choose another file.",
                               code="unreadable", path=str(path))
    database = HotlineSqliteDatabase(
        str(path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000,
        lock_type="IMMEDIATE", returning_clause=True)
    database.open_check = check
    try:
        database.connect(reuse_if_open=True)
        _verify_sqlite(database, path)
    except sqlite3.DatabaseError as exc:
        database.close()
        raise _sqlite_open_error(path, exc) from exc
    except StorageError:
        database.close()
        raise
    return database


def _sqlite_open_error(path: Path, exc: BaseException) -> StorageError:
    if integrity.is_corruption_error(exc):
        return StorageError(
            f"{path} is damaged ({exc}). It was not changed; restore the latest "
            "backup (the program offers it) or choose another file.",
            code="corrupt", path=str(path), detail=str(exc))
    if "unable to open" in str(exc) or "readonly" in str(exc):
        return StorageError(
            f"{path} cannot be opened for writing ({exc}). Check that the file and "
            "its folder may be written by your account, or choose another file.",
            code="unreadable", path=str(path))
    return StorageError(f"{path} cannot be used as a database ({exc}).",
                        code="storage", path=str(path))


def _verify_sqlite(database: SqliteDatabase, path: Path) -> None:
    def pragma(name):
        return database.execute_sql(f"PRAGMA {name}").fetchone()[0]

    found = {
        "journal_mode": str(pragma("journal_mode")).lower(),
        "synchronous": int(pragma("synchronous")),
        "foreign_keys": int(pragma("foreign_keys")),
        "busy_timeout": int(pragma("busy_timeout")),
    }
    problems = []
    if found["journal_mode"] != "wal":
        problems.append(f"journal_mode is {found['journal_mode']}, not wal")
    if found["synchronous"] != 2:
        problems.append(f"synchronous is {found['synchronous']}, not 2 (FULL)")
    if found["foreign_keys"] != 1:
        problems.append("foreign keys are off")
    if found["busy_timeout"] < 5000:
        problems.append(f"busy_timeout is {found['busy_timeout']} ms, under 5000")
    if problems:
        raise StorageError(f"{path}: unsafe SQLite settings: {'; '.join(problems)}.",
                           code="unsafe_settings", path=str(path))


def open_postgresql(url: str) -> PostgresqlDatabase:
    params = parse_url(url, unquote_password=True, unquote_user=True)
    name = params.pop("database")
    params.setdefault("connect_timeout", 5)
    params.setdefault("application_name", "hotline-desk")
    database = PostgresqlDatabase(name, **params)
    try:
        database.connect(reuse_if_open=True)
    except Exception as exc:
        raise StorageError(
            f"Cannot reach PostgreSQL at {params.get('host', 'localhost')}:"
            f"{params.get('port', 5432)}/{name}: {str(exc).strip()}",
            code="server_unreachable") from exc
    return database


def describe(url: str) -> DbInfo:
    path = sqlite_path_from_url(url)
    if path is not None:
        return DbInfo("sqlite", str(path.expanduser().resolve()))
    p = urlparse(url)
    return DbInfo("postgresql", f"{p.hostname or 'localhost'}:{p.port or 5432}{p.path}")


def open_database(url: str | None = None, *, migrate: bool = True,
                  create: bool = True, check_schema: bool = True,
                  check_budget: float | None = integrity.OPEN_CHECK_BUDGET_S) -> Database:
    """Open the database at url and bind the models to it; then migrate it
    (`migrate`), or check that its schema is the one this program knows
    (`check_schema`), or neither (the caller decides, as the GUI start does).

    A SQLite file is checked first without being changed (integrity.py);
    `check_budget` bounds its quick_check (None: check the whole file)."""
    url = resolve_url(url)
    path = sqlite_path_from_url(url)
    if path is not None:
        try:
            database = open_sqlite(path, create=create, check_budget=check_budget)
        except StorageError:
            _unbind_if_same_file(path)
            raise
    elif urlparse(url).scheme in ("postgresql", "postgres"):
        database = open_postgresql(url)
    else:
        raise StorageError(
            f"Unsupported database URL {url!r}: use sqlite:///file.db or "
            "postgresql://user:password@host:port/dbname.", code="unsupported_url")
    db_proxy.initialize(database)
    try:
        if migrate:
            migrations.migrate(database)
        elif check_schema:
            migrations.check_version(database)
    except StorageError:
        database.close()
        raise
    except Exception as exc:
        if path is None or not integrity.is_corruption_error(exc):
            raise
        database.close()
        raise _sqlite_open_error(path, exc) from exc
    return database


def _unbind_if_same_file(path: Path) -> None:
    """A refused file must not be reconnected to lazily (which would create its
    -wal/-shm): drop a database object of the same file left bound from before."""
    old = db_proxy.obj
    if isinstance(old, SqliteDatabase) and \
            integrity.database_key(old) == integrity.database_key(path):
        if not old.is_closed():
            keeper = integrity.wal_keeper(path)  # so that closing checkpoints nothing
            try:
                old.close()
            finally:
                if keeper is not None:
                    keeper.close()
        db_proxy.initialize(None)


def close_database() -> None:
    database = db_proxy.obj
    if database is not None and not database.is_closed():
        database.close()
