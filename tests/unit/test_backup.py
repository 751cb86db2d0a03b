"""Hot backup while another process writes, and restore (DESIGN §7, §10)."""

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

from hotline.storage import close_database, is_sqlite, open_database
from hotline.models import ALL_MODELS, AuditLog, Call, CallEvent, TicketCounter, db
from hotline.services import backup, calls
from hotline.services.base import Actor
from hotline.services.errors import PermissionDenied
from helpers import make_user

WORKER_SCRIPT = Path(__file__).resolve().parent.parent / "workers.py"


def snapshot() -> dict:
    """Every row of every table, in a comparable form."""
    out = {}
    for model in ALL_MODELS:
        query = model.select().order_by(*model._meta.get_primary_keys())
        if model is AuditLog:  # leave out the rows the restore itself writes
            query = query.where(AuditLog.entity != "database")
        out[model._meta.table_name] = [tuple(str(v) for v in r) for r in query.tuples()]
    return out


def check_consistent():
    """A snapshot that a crash could have left: every call complete."""
    n = Call.select().count()
    assert CallEvent.select().where(CallEvent.kind == "created").count() == n
    assert AuditLog.select().where(AuditLog.entity == "call").count() == n
    for counter in TicketCounter.select():
        day = f"{counter.day:%Y%m%d}"
        assert Call.select().where(Call.ticket_no.startswith(day)).count() == \
            counter.last
    return n


def start_writer(url, actor, tmp_path, count=400):
    return subprocess.Popen(
        [sys.executable, str(WORKER_SCRIPT), url,
         json.dumps([actor.id, actor.username, actor.display_name, actor.role]),
         str(count), "0", "1", str(tmp_path / "writer.json")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_backup_during_writes_restores_identically(db_url, tmp_path):
    if db_url.startswith("postgresql"):
        import shutil
        if not shutil.which("pg_dump"):
            pytest.fail("pg_dump is missing: scripts/setup.sh installs "
                        "postgresql-client")
    open_database(db_url)
    duty = make_user("duty", "duty_officer")
    admin = make_user("root", "admin")
    writer = start_writer(db_url, duty, tmp_path)
    # wait until the writer is well under way
    deadline = time.time() + 60
    while Call.select().count() < 50 and time.time() < deadline:
        time.sleep(0.05)
    target = tmp_path / "backups" / "hotline-backup.db"
    result = backup.backup(actor=admin, target=target)
    rows_when_backed_up = Call.select().count()
    _, stderr = writer.communicate(timeout=300)
    assert writer.returncode == 0, stderr
    total = Call.select().count()
    assert total == 400
    assert result.path.exists() and result.size > 0
    assert not list(target.parent.glob(".*tmp"))  # no temporary file left behind

    # restore the backup into a second, empty database
    restored_url = _second_database(db_url, tmp_path)
    close_database()
    open_database(restored_url)
    make_user("root2", "admin")  # whoever restores needs an account
    admin2 = Actor.system("test")
    backup.restore(actor=admin2, source=result.path)
    close_database()
    open_database(restored_url, migrate=False)
    n = check_consistent()
    assert 50 <= n <= total  # a snapshot taken while writing
    restored = snapshot()
    # the restored database equals the backup file itself
    if is_sqlite():
        close_database()
        open_database(f"sqlite:///{result.path}", migrate=False)
        assert snapshot() == restored
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    else:
        # on PostgreSQL the dump is compared through a third restore
        third = _second_database(db_url, tmp_path, suffix="c")
        close_database()
        open_database(third)
        backup.restore(actor=admin2, source=result.path)
        close_database()
        open_database(third, migrate=False)
        assert snapshot() == restored
    assert rows_when_backed_up >= n


def _second_database(db_url, tmp_path, suffix="b"):
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / f'restored-{suffix}.db'}"
    import psycopg2

    p = urlparse(db_url)
    name = p.path.lstrip("/") + "_" + suffix
    conn = psycopg2.connect(dbname="postgres", user=p.username or "postgres",
                            host=p.hostname, port=p.port or 5432)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cur.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return urlunparse(p._replace(path="/" + name))


def test_backup_needs_an_administrator(actors, tmp_path):
    with pytest.raises(PermissionDenied):
        backup.backup(actor=actors["director"], target=tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()


@pytest.fixture
def sqlite_only(tmp_path):
    """File-level checks of SQLite backups (PostgreSQL backups are pg_dump archives,
    covered by the hot-backup test above)."""
    close_database()
    open_database(f"sqlite:///{tmp_path / 'live.db'}")
    yield {"admin": make_user("root", "admin"),
           "duty_officer": make_user("duty", "duty_officer")}
    close_database()


def test_restore_refuses_a_foreign_or_corrupt_file(sqlite_only, tmp_path):
    actors = sqlite_only
    calls.log_call(actor=actors["duty_officer"], outcome="answered", subject="咨询")
    before = snapshot()
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    for bad in (foreign, garbage, tmp_path / "missing.db"):
        with pytest.raises(Exception) as err:
            backup.restore(actor=actors["admin"], source=bad)
        assert bad.name in str(err.value) or "source" in str(err.value)
        assert snapshot() == before


def test_corrupted_backup_is_never_kept(sqlite_only, tmp_path, monkeypatch):
    actors = sqlite_only
    target = tmp_path / "bk.db"
    monkeypatch.setattr(backup, "verify_sqlite_file", _fail_verify)
    with pytest.raises(backup.BackupError):
        backup.backup(actor=actors["admin"], target=target)
    assert not target.exists()
    assert not list(tmp_path.glob(".bk.db*"))


def _fail_verify(path):
    raise backup.BackupError(f"{path} failed the integrity check: test")
