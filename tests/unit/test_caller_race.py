"""Callers (issue 7 points 5 and 6): two workstations saving the first call of the
same new number at once both succeed and share one caller; a caller name given
without a number is kept, shown, exported and masked like any caller's."""

import csv
import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from hotline.models import Call, Caller, db
from hotline.services import calls, exporter
from hotline.storage import close_database, is_sqlite, migrations, open_database
from helpers import make_user

WORKER = Path(__file__).resolve().parent.parent / "race_workers.py"
PROCESSES = 4
NUMBERS = 30


def test_first_calls_of_new_numbers_at_once_share_one_caller(db_url, tmp_path):
    open_database(db_url)
    duty = make_user("duty", "duty_officer")
    close_database()
    phones = [f"1580000{n:04d}" for n in range(NUMBERS)]
    start_at = time.time() + 3.0  # every worker is connected before it starts
    procs = []
    for w in range(PROCESSES):
        out = tmp_path / f"race{w}.json"
        procs.append((out, subprocess.Popen(
            [sys.executable, str(WORKER), "same_new_numbers", db_url,
             json.dumps([duty.id, duty.username, duty.display_name, duty.role]),
             json.dumps(phones), str(start_at), str(out)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    saved = []
    for out, proc in procs:
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr
        result = json.loads(out.read_text())
        assert result["errors"] == []  # no "Unexpected error", no unique violation
        saved += result["saved"]
    assert len(saved) == PROCESSES * NUMBERS

    open_database(db_url, migrate=False)
    assert Caller.select().count() == NUMBERS
    callers_of = defaultdict(set)
    for phone, caller_id in Call.select(Call.phone, Call.caller).tuples():
        callers_of[phone].add(caller_id)
    assert set(callers_of) == set(phones)
    for phone, ids in callers_of.items():
        assert len(ids) == 1 and None not in ids, phone
        assert Caller.get_by_id(ids.pop()).phone == phone


def test_a_name_without_a_number_is_kept(actors, tmp_path, monkeypatch):
    duty, other = actors["duty_officer"], make_user("duty2", "duty_officer")
    walk_in = calls.log_call(actor=duty, outcome="answered", channel="walk_in",
                             caller_name="王<b>大妈</b>", subject="来访咨询")
    web = calls.log_call(actor=duty, outcome="answered", channel="web",
                         caller_name="李四", subject="网上留言", confidential=True)
    hidden = calls.log_call(actor=duty, outcome="answered", channel="email",
                            caller_name="赵六", anonymous=True, subject="匿名来信")
    assert walk_in.caller_name == "王<b>大妈</b>" and walk_in.phone == ""
    # the case as reopened later, by its creator and by another duty officer
    assert calls.get_case(actor=duty, call_id=walk_in.id).summary.caller_name == \
        "王<b>大妈</b>"
    assert calls.get_case(actor=other, call_id=walk_in.id).summary.caller_name == \
        "王<b>大妈</b>"
    assert calls.get_case(actor=duty, call_id=web.id).summary.caller_name == "李四"
    assert calls.get_case(actor=other, call_id=web.id).summary.caller_name == ""
    # anonymous: the name is not kept at all
    assert hidden.caller_name == ""
    assert Call.get_by_id(hidden.id).caller_id is None
    assert not Caller.select().where(Caller.name == "赵六").exists()
    # two walk-ins with the same name are two callers (nothing to tell them apart)
    again = calls.log_call(actor=duty, outcome="answered", channel="walk_in",
                           caller_name="王<b>大妈</b>", subject="再次来访")
    assert Call.get_by_id(again.id).caller_id != Call.get_by_id(walk_in.id).caller_id
    assert Caller.get_by_id(Call.get_by_id(walk_in.id).caller_id).phone is None
    # exported (the redacting export of a duty officer too, confidential aside)
    month = walk_in.received_at.strftime("%Y-%m")
    out = tmp_path / "calls.csv"
    exporter.export_calls(actor=actors["director"], month=month, path=out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        names = {r["subject"]: r["caller_name"] for r in csv.DictReader(fh)}
    assert names["来访咨询"] == "王<b>大妈</b>" and names["网上留言"] == "李四"
    assert names["匿名来信"] == ""


def test_migration_6_makes_the_phone_of_an_old_database_optional(db_url):
    """A database made before migration 6 (phone NOT NULL) is upgraded in place."""
    database = open_database(db_url)
    with database.atomic():
        if is_sqlite():
            sql = database.execute_sql("SELECT sql FROM sqlite_master WHERE "
                                       "name = 'caller'").fetchone()[0]
            version = database.execute_sql("PRAGMA schema_version").fetchone()[0]
            database.execute_sql("PRAGMA writable_schema = ON")
            database.execute_sql(
                "UPDATE sqlite_master SET sql = ? WHERE name = 'caller'",
                (sql.replace('"phone" VARCHAR(32)', '"phone" VARCHAR(32) NOT NULL'),))
            database.execute_sql(f"PRAGMA schema_version = {version + 1}")
            database.execute_sql("PRAGMA writable_schema = OFF")
        else:
            database.execute_sql('ALTER TABLE "caller" ALTER COLUMN "phone" '
                                 'SET NOT NULL')
        database.execute_sql("DELETE FROM schema_version")
        database.execute_sql("INSERT INTO schema_version (version, app) "
                             "VALUES (5, 'hotline-desk')")
    close_database()
    from peewee import IntegrityError

    # before: the old schema refuses a caller without a number
    database = _open_unmigrated(db_url)
    with pytest.raises(IntegrityError):
        with database.atomic():
            Caller.create(phone=None, name="x")
    close_database()
    open_database(db_url)  # migrates 5 -> latest
    assert migrations.current_version(db.obj) == migrations.LATEST
    Caller.create(phone=None, name="来访者")
    Caller.create(phone=None, name="来访者")
    assert Caller.select().where(Caller.phone.is_null()).count() == 2
    if is_sqlite():
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def _open_unmigrated(url):
    """Open without the schema-version check (the database is one version old)."""
    from hotline.models import db as proxy
    from hotline.storage import database as storage

    path = storage.sqlite_path_from_url(url)
    database = storage.open_sqlite(path) if path is not None \
        else storage.open_postgresql(url)
    proxy.initialize(database)
    return database
