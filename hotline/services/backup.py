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
from ..storage.integrity import fsync_dir
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


def _copy_verified(src: sqlite3.Connection, tmp: Path, *, pages: int,
                   on_progress: "ProgressFn | None") -> int:
    """Copy `src` into the file `tmp` through SQLite's backup API, verify the copy
    (integrity_check, our schema) and fsync it; the copy's schema version."""
    dst = sqlite3.connect(tmp)
    try:
        def progress(status, remaining, total):
            if on_progress:
                on_progress(total - remaining, total)

        src.backup(dst, pages=pages, progress=progress)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    version = verify_sqlite_file(tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    return version


def verify_sqlite_file(path: Path) -> int:
    """Check a SQLite backup: readable, intact, ours. Returns its schema version.
    The file is only read (no companion files are created beside it)."""
    from ..storage import APPLICATION_ID
    from ..storage.integrity import read_only_connection

    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise BackupError(f"cannot read {path}: {exc}") from exc
    if not header.startswith(b"SQLite format 3\x00"):
        raise BackupError(f"{path} is not a SQLite database")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise BackupError(f"{path} is not a Hotline Desk database")
    try:
        conn = read_only_connection(Path(path))
    except sqlite3.Error as exc:
        raise BackupError(f"{path} cannot be read: {exc}") from exc
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
        # pages=0: copy in one step, so the snapshot is taken under one read
        # transaction and writers are never blocked (WAL).
        _copy_verified(sqlite3.connect(source_path, timeout=30), tmp, pages=0,
                       on_progress=on_progress)
        os.replace(tmp, target)
        fsync_dir(target.parent)
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
        from ..storage.integrity import read_only_connection

        src = read_only_connection(source)  # nothing created beside the backup
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


# ------------------------------------------------------------------ backup directory
#
# Backups of a SQLite desk go to a `backups` folder beside the database file (for the
# default database: in the user data directory), named `<stem>-<YYYYmmdd-HHMMSS>
# [-<reason>].db`. `latest_backup()` looks there for the newest one that passes
# `integrity_check`; the scheduled backups of issue 13 write to the same place with
# `default_backup_path()` so the same lookup finds them.

BACKUP_DIR_NAME = "backups"
_STAMP = "%Y%m%d-%H%M%S"


def backup_dir(database_path: Path | str | None = None) -> Path:
    """Where backups of the SQLite file `database_path` (default: the open
    database) are kept; for PostgreSQL, a folder in the user data directory."""
    if database_path is None:
        database = db.obj
        if isinstance(database, SqliteDatabase):
            database_path = database.database
    if database_path is not None:
        return Path(database_path).expanduser().resolve().parent / BACKUP_DIR_NAME
    from platformdirs import user_data_dir

    from ..storage import APP_NAME

    return Path(user_data_dir(APP_NAME, appauthor=False)) / BACKUP_DIR_NAME


def default_backup_path(database_path: Path | str | None = None, *, reason: str = "",
                        now: dt.datetime | None = None) -> Path:
    """A new file name in backup_dir() for a backup taken now."""
    database = db.obj
    if database_path is None and isinstance(database, SqliteDatabase):
        database_path = database.database
    stem = Path(database_path).stem if database_path is not None else (
        getattr(database, "database", None) or "hotline")
    suffix = ".db" if database_path is not None else ".dump"
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    name = f"{stem}-{stamp}" + (f"-{reason}" if reason else "")
    folder = backup_dir(database_path)
    path = folder / f"{name}{suffix}"
    n = 1
    while path.exists():  # two backups within one second
        n += 1
        path = folder / f"{name}-{n}{suffix}"
    return path


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken_at: dt.datetime
    size: int
    ok: bool | None  # None: not verified (verify=False)
    schema_version: int | None = None
    problem: str = ""


def _taken_at(path: Path, stem: str) -> dt.datetime:
    """The time in the file's name (`<stem>-YYYYmmdd-HHMMSS…`), else its mtime."""
    rest = path.stem[len(stem) + 1:] if path.stem.startswith(stem + "-") else ""
    try:
        return dt.datetime.strptime(rest[:15], _STAMP)
    except ValueError:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)


def _candidates(directory: Path, stem: str | None) -> list[tuple[dt.datetime, Path]]:
    try:
        files = [p for p in Path(directory).iterdir()
                 if p.is_file() and p.suffix == ".db" and not p.name.startswith(".")
                 and (stem is None or p.stem.startswith(stem + "-"))]
    except OSError:  # no backup folder yet
        return []
    return sorted(((_taken_at(p, stem or ""), p) for p in files),
                  key=lambda item: (item[0], item[1].stat().st_mtime), reverse=True)


def _entry(path: Path, taken_at: dt.datetime, verify: bool) -> BackupEntry:
    from ..storage.migrations import LATEST

    size = path.stat().st_size
    if not verify:
        return BackupEntry(path, taken_at, size, None)
    try:
        version = verify_sqlite_file(path)
    except BackupError as exc:
        return BackupEntry(path, taken_at, size, False, None, str(exc))
    if version > LATEST:
        return BackupEntry(path, taken_at, size, False, version,
                           f"made by a newer Hotline Desk (schema {version})")
    return BackupEntry(path, taken_at, size, True, version)


def list_backups(directory: Path | str | None = None, *, stem: str | None = None,
                 verify: bool = True) -> list[BackupEntry]:
    """The SQLite backups in `directory` (default: backup_dir()), newest first,
    each checked with integrity_check when `verify` (ok False says why not).
    `stem`: only backups of the database file with that stem."""
    directory = Path(directory) if directory is not None else backup_dir()
    return [_entry(p, taken, verify) for taken, p in _candidates(directory, stem)]


def latest_backup(directory: Path | str | None = None, *, stem: str | None = None
                  ) -> BackupEntry | None:
    """The newest backup in `directory` that passes integrity_check (older ones
    are only opened if the newer ones fail), or None."""
    directory = Path(directory) if directory is not None else backup_dir()
    for taken, path in _candidates(directory, stem):
        entry = _entry(path, taken, True)
        if entry.ok:
            return entry
    return None


def latest_backup_of(database_path: Path | str) -> BackupEntry | None:
    """The newest good backup of the SQLite file `database_path`, looked for in its
    backup folder."""
    path = Path(database_path)
    return latest_backup(backup_dir(path), stem=path.stem)


# ------------------------------------------------------------------ restore a damaged file

@dataclass(frozen=True)
class RestoredFile:
    path: Path  # the database path, now holding the restored copy
    aside: Path  # where the damaged file was moved, unchanged
    source: Path  # the backup it came from
    schema_version: int


def restore_damaged_file(damaged: Path | str, source: Path | str, *,
                         on_progress: ProgressFn | None = None) -> RestoredFile:
    """Put a verified copy of the backup `source` in place of the damaged SQLite
    file `damaged`, which is moved aside byte for byte (with its -wal/-shm) as
    `<stem>.damaged-<time><suffix>`. Nothing is written into the damaged file.

    Used when the file cannot be opened (no user can sign in to it), so this is not
    a service: whoever runs the program on this desk can reach the file anyway."""
    from ..storage import forget_damage
    from ..storage.integrity import read_only_connection, sqlite_companions
    from ..storage.migrations import LATEST

    damaged = Path(damaged).expanduser().resolve()
    source = Path(source).expanduser().resolve()
    if source == damaged:
        raise ValidationError("source", "is the damaged file itself")
    version = verify_sqlite_file(source)
    if version > LATEST:
        raise BackupError(f"{source} was made by a newer Hotline Desk (schema "
                          f"{version}); update this program first")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{damaged.name}.", suffix=".restoring",
                                    dir=damaged.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _copy_verified(read_only_connection(source), tmp, pages=256,
                       on_progress=on_progress)
        stamp = dt.datetime.now().strftime(_STAMP)
        aside = damaged.with_name(f"{damaged.stem}.damaged-{stamp}{damaged.suffix}")
        n = 1
        while aside.exists():
            n += 1
            aside = damaged.with_name(f"{damaged.stem}.damaged-{stamp}-{n}"
                                      f"{damaged.suffix}")
        for part in sqlite_companions(damaged):  # the file, then -wal, -shm, -journal
            os.rename(part, Path(str(aside) + str(part)[len(str(damaged)):]))
        os.replace(tmp, damaged)
        fsync_dir(damaged.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    forget_damage(damaged)
    return RestoredFile(damaged, aside, source, version)


# ------------------------------------------------------------------ schema at a desk's start

@dataclass(frozen=True)
class SchemaUpgrade:
    from_version: int
    to_version: int
    backup: BackupResult | None  # the verified backup taken first (None: new database)


def prepare_desk_schema(database=None, *, on_progress: ProgressFn | None = None
                        ) -> SchemaUpgrade | None:
    """What a GUI start does with the schema (DESIGN §6). None: it is current.

    PostgreSQL (a center's shared database) is never migrated here: an older or
    newer schema raises StorageError naming `hotline init`; only an empty database
    (no tables at all) gets its schema, as on the first run.
    SQLite (a single desk) upgrades itself, but only after a verified backup
    (backup API + integrity_check) was written to backup_dir()."""
    from ..storage import StorageError
    from ..storage.migrations import LATEST, check_version, current_version, migrate

    database = database or db.obj
    version = current_version(database)
    if version == LATEST:
        return None
    if version > LATEST or not isinstance(database, SqliteDatabase):
        if version == 0 and not database.get_tables():
            migrate(database)
            return SchemaUpgrade(0, LATEST, None)
        check_version(database)  # raises, naming hotline init
        raise StorageError(f"unexpected schema version {version}")  # pragma: no cover
    if version == 0 and not database.get_tables():
        migrate(database)  # a new file
        return SchemaUpgrade(0, LATEST, None)
    target = default_backup_path(database.database, reason=f"before-upgrade-v{version}")
    taken = _sqlite_backup(database.database, target, on_progress)  # verified
    migrate(database)
    from .base import Actor

    with db.atomic():
        audit(Actor.system("desk"), "database", "", "upgrade",
              {"schema_version": version}, {"schema_version": LATEST})
    return SchemaUpgrade(version, LATEST, taken)
