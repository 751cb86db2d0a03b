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

from peewee import Database, PostgresqlDatabase, SqliteDatabase
from playhouse.db_url import parse as parse_url

from ..models import db as db_proxy
from . import migrations
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
            "sqlite:////absolute/path.db")
    if path.startswith("/"):
        path = path[1:]
    if not path or path == ":memory:":
        raise StorageError("An in-memory SQLite database keeps nothing; give a file path.")
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

def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database or belongs to another program."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as fh:
        header = fh.read(100)
    if not header.startswith(b"SQLite format 3\x00"):
        raise StorageError(
            f"{path} is not a Hotline Desk database (not a SQLite file). It was left "
            "untouched; choose another file or restore a backup.")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise StorageError(
            f"{path} belongs to another program (application id {app_id:#x}). It was "
            "left untouched; choose another file.")
    # Look inside read-only before any pragma (WAL) may touch the file.
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            f"{path} cannot be read as a database ({exc}). It was left untouched; "
            "restore a backup with 'hotline restore'.") from exc
    if tables and "schema_version" not in tables:
        raise StorageError(
            f"{path} holds another program's tables, not a Hotline Desk database. It "
            "was left untouched; choose another file.")


def open_sqlite(path: Path, *, create: bool = True) -> SqliteDatabase:
    path = path.expanduser()
    if is_network_path(path):
        raise StorageError(
            f"{path} is on a network share. SQLite files on network shares get "
            "corrupted when several workstations write at once. For a center with "
            "several workstations, install PostgreSQL and start every workstation "
            "with --db postgresql://user:password@server/hotline.")
    if not path.exists():
        if not create:
            raise StorageError(f"Database file {path} does not exist.")
        path.parent.mkdir(parents=True, exist_ok=True)
    _check_sqlite_file(path)
    database = SqliteDatabase(
        str(path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000,
        lock_type="IMMEDIATE", returning_clause=True)
    try:
        database.connect(reuse_if_open=True)
        _verify_sqlite(database, path)
    except sqlite3.DatabaseError as exc:
        database.close()
        raise StorageError(
            f"{path} cannot be read as a database ({exc}). It was left untouched; "
            "restore a backup with 'hotline restore'.") from exc
    except StorageError:
        database.close()
        raise
    return database


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
        raise StorageError(f"{path}: unsafe SQLite settings: {'; '.join(problems)}.")


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
            f"{params.get('port', 5432)}/{name}: {str(exc).strip()}") from exc
    return database


def describe(url: str) -> DbInfo:
    path = sqlite_path_from_url(url)
    if path is not None:
        return DbInfo("sqlite", str(path.expanduser().resolve()))
    p = urlparse(url)
    return DbInfo("postgresql", f"{p.hostname or 'localhost'}:{p.port or 5432}{p.path}")


def open_database(url: str | None = None, *, migrate: bool = True,
                  create: bool = True) -> Database:
    """Open the database at url, bind the models to it and migrate it if asked."""
    url = resolve_url(url)
    path = sqlite_path_from_url(url)
    if path is not None:
        database = open_sqlite(path, create=create)
    elif urlparse(url).scheme in ("postgresql", "postgres"):
        database = open_postgresql(url)
    else:
        raise StorageError(
            f"Unsupported database URL {url!r}: use sqlite:///file.db or "
            "postgresql://user:password@host:port/dbname.")
    db_proxy.initialize(database)
    if migrate:
        migrations.migrate(database)
    else:
        migrations.check_version(database)
    return database


def close_database() -> None:
    database = db_proxy.obj
    if database is not None and not database.is_closed():
        database.close()
