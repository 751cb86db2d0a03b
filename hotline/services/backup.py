"""Hot backups and restores.

SQLite: the online backup API copies a consistent snapshot while others keep writing;
the copy is checked with `PRAGMA integrity_check`, fsynced and only then renamed into
place, so a backup file that exists is a good one. PostgreSQL: `pg_dump -Fc` into a
temporary file, renamed when complete; restore with `pg_restore`.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from peewee import SqliteDatabase

from ..models import db
from .base import Actor, audit, service
from .errors import DomainError, ValidationError

ProgressFn = Callable[[int, int], None]


class BackupError(DomainError):
    pass


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    kind: str  # sqlite | pg_dump


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify_sqlite_file(path: Path) -> int:
    """Check a SQLite backup: readable, intact, ours. Returns its schema version."""
    from ..storage import APPLICATION_ID

    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise BackupError(f"cannot read {path}: {exc}") from exc
    if not header.startswith(b"SQLite format 3\x00"):
        raise BackupError(f"{path} is not a SQLite database")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise BackupError(f"{path} is not a Hotline Desk database")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise BackupError(f"{path} failed the integrity check: "
                              f"{'; '.join(r[0] for r in result[:5])}")
        row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} cannot be read: {exc}") from exc
    finally:
        conn.close()


def _sqlite_backup(source_path: str, target: Path, on_progress: ProgressFn | None
                   ) -> BackupResult:
    target = target.expanduser().resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                    dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(source_path, timeout=30)
        dst = sqlite3.connect(tmp)
        try:
            def progress(status, remaining, total):
                if on_progress:
                    on_progress(total - remaining, total)

            # pages=0: copy in one step, so the snapshot is taken under one read
            # transaction and writers are never blocked (WAL).
            src.backup(dst, pages=0, progress=progress)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        verify_sqlite_file(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BackupResult(target, target.stat().st_size, "sqlite")


def _pg_args(database) -> tuple[list[str], dict]:
    params = dict(database.connect_params)
    env = dict(os.environ)
    args = ["--dbname", database.database]
    if params.get("host"):
        args += ["--host", str(params["host"])]
    if params.get("port"):
        args += ["--port", str(params["port"])]
    if params.get("user"):
        args += ["--username", str(params["user"])]
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    return args, env


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise BackupError(
            f"{tool} was not found. Install the PostgreSQL client tools of the "
            f"server's version (Debian/Ubuntu: apt install postgresql-client) or back "
            f"up on the server itself.")
    return path


@service("system.backup")
def backup(*, actor: Actor, target: Path | str,
           on_progress: ProgressFn | None = None) -> BackupResult:
    """Write a verified copy of the open database to `target` (SQLite file or
    pg_dump custom archive)."""
    if not target:
        raise ValidationError("target", "is required")
    target = Path(target)
    database = db.obj
    if isinstance(database, SqliteDatabase):
        if target.resolve() == Path(database.database).resolve():
            raise ValidationError("target", "is the database itself")
        result = _sqlite_backup(database.database, target, on_progress)
    else:
        pg_dump = _need("pg_dump")
        args, env = _pg_args(database)
        target = target.expanduser().resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        proc = subprocess.run([pg_dump, "--format=custom", "--no-owner",
                               "--file", str(tmp), *args], env=env,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            tmp.unlink(missing_ok=True)
            raise BackupError(f"pg_dump failed: {proc.stderr.strip()[:500]}")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        result = BackupResult(target, target.stat().st_size, "pg_dump")
    with db.atomic():
        audit(actor, "database", "", "backup", None,
              {"file": str(result.path), "size": result.size,
               "at": dt.datetime.now()})
    return result


@service("system.backup")
def restore(*, actor: Actor, source: Path | str,
            on_progress: ProgressFn | None = None) -> Path | None:
    """Replace the open database's content with a backup.

    SQLite: the backup is verified first, the current content is saved beside the
    database as `<name>.before-restore-<time>.db`, then copied over through the
    backup API (which takes the write lock, so no workstation sees a half-restored
    file). Returns the path of that safety copy. PostgreSQL: pg_restore --clean.
    """
    source = Path(source).expanduser()
    if not source.exists():
        raise ValidationError("source", f"{source} does not exist")
    database = db.obj
    if isinstance(database, SqliteDatabase):
        from ..storage.migrations import LATEST

        version = verify_sqlite_file(source)
        if version > LATEST:
            raise BackupError(f"{source} was made by a newer Hotline Desk (schema "
                              f"{version}); update this program first")
        live = Path(database.database).resolve()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = live.with_name(f"{live.stem}.before-restore-{stamp}.db")
        _sqlite_backup(str(live), safety, None)
        database.close()
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(str(live), timeout=30)
        try:
            def progress(status, remaining, total):
                if on_progress:
                    on_progress(total - remaining, total)

            src.backup(dst, pages=0, progress=progress)
        finally:
            src.close()
            dst.close()
        database.connect(reuse_if_open=True)
        from ..storage.migrations import migrate

        migrate(database)
        with db.atomic():
            audit(actor, "database", "", "restore", None,
                  {"from": str(source), "safety_copy": str(safety)})
        return safety
    pg_restore = _need("pg_restore")
    args, env = _pg_args(database)
    database.close()
    proc = subprocess.run([pg_restore, "--clean", "--if-exists", "--no-owner",
                           "--single-transaction", *args, str(source)],
                          env=env, capture_output=True, text=True)
    database.connect(reuse_if_open=True)
    if proc.returncode != 0:
        raise BackupError(f"pg_restore failed: {proc.stderr.strip()[:500]}")
    with db.atomic():
        audit(actor, "database", "", "restore", None, {"from": str(source)})
    return None
