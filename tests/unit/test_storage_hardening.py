"""Bad files and bad text (issue 7, point 6): a damaged, foreign or unreadable
database file is refused without being changed (no companion files either), damage
found while working stops every write, the latest good backup is found and restored
beside the damaged file, lone surrogates are refused by field, and every Unicode
space survives saving, export and import."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from hotline.models import Call, User, db
from hotline.services import backup, calls, importer, users, validation
from hotline.services.base import Actor, database_errors
from hotline.services.errors import DatabaseUnavailable, ValidationError
from hotline.storage import (StorageError, close_database, damage_of, forget_damage,
                             open_database)
from helpers import make_user


@pytest.fixture(autouse=True)
def no_damage_left():
    yield
    close_database()
    forget_damage()  # the marks are per process; the next test starts clean


def state(folder: Path) -> dict:
    """Every file of `folder` with the hash of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def corrupt_page(path: Path, table: str = "call") -> None:
    """Overwrite the root page of `table` with garbage, as a failing disk would."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                        (table,)).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    garbage = bytes((i * 7 + 13) % 256 for i in range(page_size))
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(garbage)


def desk_with_calls(path: Path, n: int = 30) -> Actor:
    open_database(f"sqlite:///{path}")
    duty = make_user("duty", "duty_officer")
    for i in range(n):
        calls.log_call(actor=duty, outcome="answered", subject=f"咨询 {i}",
                       description="物业押金" * 50)
    return duty


# ------------------------------------------------------------------ damaged files

def test_page_corrupted_file_is_refused_unchanged_and_latest_backup_restores(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "hotline.db"
    duty = desk_with_calls(path, 30)
    admin = make_user("admin", "admin")
    taken = backup.backup(actor=admin, target=backup.default_backup_path())
    assert taken.path.parent == folder / "backups"
    calls.log_call(actor=duty, outcome="answered", subject="after the backup")
    close_database()
    corrupt_page(path)
    before = state(folder)
    assert not {"hotline.db-wal", "hotline.db-shm"} & set(before)  # closed cleanly

    with pytest.raises(StorageError) as err:
        open_database(f"sqlite:///{path}")
    assert err.value.code == "corrupt"
    assert "damaged" in str(err.value) and "not changed" in str(err.value)
    assert state(folder) == before  # byte for byte, and nothing created beside it

    latest = backup.latest_backup_of(path)
    assert latest is not None and latest.path == taken.path and latest.ok
    restored = backup.restore_damaged_file(path, latest.path)
    assert restored.aside.parent == folder and "damaged" in restored.aside.name
    assert hashlib.sha256(restored.aside.read_bytes()).hexdigest() == \
        before["hotline.db"]  # the damaged file kept aside, unchanged
    open_database(f"sqlite:///{path}")
    assert Call.select().count() == 30  # the calls of the backup
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_latest_backup_skips_damaged_and_foreign_files_newest_first(tmp_path):
    path = tmp_path / "hotline.db"
    desk_with_calls(path, 3)
    admin = make_user("admin", "admin")
    old = backup.backup(actor=admin, target=backup.default_backup_path(
        now=dt.datetime(2026, 11, 1, 8, 0))).path
    new = backup.backup(actor=admin, target=backup.default_backup_path(
        now=dt.datetime(2026, 11, 2, 8, 0))).path
    newest = backup.default_backup_path(now=dt.datetime(2026, 11, 3, 8, 0))
    newest.write_bytes(new.read_bytes())
    corrupt_page(newest)
    other = backup.backup_dir() / "hotline-20261104-080000.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (x)")
    conn.commit()
    conn.close()
    listed = backup.list_backups(stem="hotline")
    assert [e.path for e in listed] == [other, newest, new, old]
    assert [e.ok for e in listed] == [False, False, True, True]
    assert "Hotline Desk" in listed[0].problem
    assert backup.latest_backup_of(path).path == new
    assert backup.latest_backup(tmp_path / "no such folder") is None


def test_refused_files_get_no_companions(tmp_path):
    # another program's database, in WAL mode (the read-only look inside used to
    # create -wal and -shm beside it)
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    conn = sqlite3.connect(foreign / "other.db")
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "notes.db").write_bytes(b"these are my notes, not a database" * 10)
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    desk_with_calls(damaged / "hotline.db", 5)
    close_database()
    corrupt_page(damaged / "hotline.db")
    for folder, name, code in ((foreign, "other.db", "foreign"),
                               (notes, "notes.db", "not_sqlite"),
                               (damaged, "hotline.db", "corrupt")):
        before = state(folder)
        with pytest.raises(StorageError) as err:
            open_database(f"sqlite:///{folder / name}")
        assert err.value.code == code
        assert state(folder) == before, name


def test_directory_or_unusable_path_gets_a_clear_message(tmp_path, capsys):
    from hotline.cli import main

    folder = tmp_path / "a folder"
    folder.mkdir()
    for url in (str(folder), f"sqlite:///{folder}"):
        with pytest.raises(StorageError) as err:
            open_database(url)
        assert err.value.code == "directory" and "is a folder" in str(err.value)
    assert main(["--db", str(folder), "init"]) == 2
    out = capsys.readouterr()
    assert "is a folder, not a database file" in out.err
    assert "Traceback" not in out.err + out.out
    assert list(folder.iterdir()) == []

    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    with pytest.raises(StorageError) as err:
        open_database(f"sqlite:///{a_file / 'hotline.db'}")
    assert err.value.code == "unreadable" and str(a_file) in str(err.value)
    assert main(["--db", str(a_file / "hotline.db"), "user", "list"]) == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root reads any file: a permission test needs another user")
def test_unreadable_file_gets_a_clear_message(tmp_path):
    path = tmp_path / "hotline.db"
    desk_with_calls(path, 1)
    close_database()
    path.chmod(0)
    try:
        with pytest.raises(StorageError) as err:
            open_database(f"sqlite:///{path}")
        assert err.value.code == "unreadable" and "permission" in str(err.value)
    finally:
        path.chmod(0o600)


def corrupt_while_open(db_url: str) -> None:
    """Damage the open database the way each backend reports it."""
    if db_url.startswith("sqlite"):
        path = Path(db.obj.database)
        db.close()  # the last connection: everything is in the main file now
        corrupt_page(path)
        return

    @database_errors
    def read_a_damaged_page():  # what the server says when a page fails its check
        db.execute_sql(
            "DO $$ BEGIN RAISE EXCEPTION 'invalid page in block 7 of relation "
            "base/16384/16385' USING ERRCODE = 'XX001'; END $$")

    with pytest.raises(DatabaseUnavailable) as err:
        read_a_damaged_page()
    assert err.value.code == "corrupt"


def test_damage_found_while_working_stops_every_write(db_url, tmp_path):
    open_database(db_url)
    duty = make_user("duty", "duty_officer")
    admin = make_user("admin", "admin")
    calls.log_call(actor=duty, outcome="answered", subject="before")
    corrupt_while_open(db_url)
    main_file = Path(db.obj.database) if db_url.startswith("sqlite") else None
    frozen = main_file.read_bytes() if main_file else None
    with pytest.raises(DatabaseUnavailable) as err:
        calls.log_call(actor=duty, outcome="answered", subject="during")
    assert err.value.code == "corrupt"
    assert "damaged" in str(err.value) and "Restore the latest backup" in str(err.value)
    assert damage_of(db.obj) is not None
    # a write that would not even touch the damaged page is refused as well
    with pytest.raises(DatabaseUnavailable) as err:
        users.create_user(actor=admin, username="newcomer", display_name="新人",
                          role="duty_officer", password="Newcomer-passw0rd")
    assert err.value.code == "corrupt"
    if main_file:
        assert main_file.read_bytes() == frozen
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.connection().execute("INSERT INTO category (code, name) VALUES ('x', 'x')")
    else:
        assert not User.select().where(User.username == "newcomer").exists()


def test_damage_listeners_are_told_once(tmp_path):
    from hotline.storage import add_damage_listener, mark_damaged, remove_damage_listener

    open_database(f"sqlite:///{tmp_path / 'x.db'}")
    told = []
    listener = lambda key, reason: told.append((key, reason))  # noqa: E731
    add_damage_listener(listener)
    try:
        mark_damaged(db.obj, "database disk image is malformed")
        mark_damaged(db.obj, "again")
    finally:
        remove_damage_listener(listener)
    assert told == [(str((tmp_path / "x.db").resolve()),
                     "database disk image is malformed")]


def test_large_file_check_stops_at_its_budget_and_finishes_in_the_background(tmp_path):
    from hotline.storage import integrity

    # a file whose check takes far longer than its budget: interrupted, no verdict.
    # The full check of an indexed table is slow enough (about a second here) that
    # a timer thread started late on a loaded machine still fires long before the
    # check ends; the budget is a fiftieth of the time the whole check took.
    big = tmp_path / "blobs.db"
    conn = sqlite3.connect(big)
    conn.execute("CREATE TABLE b (x BLOB, y BLOB)")
    conn.execute("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
                 "WHERE n < 400000) INSERT INTO b SELECT randomblob(100), "
                 "randomblob(16) FROM s")
    conn.execute("CREATE INDEX b_y ON b (y)")
    conn.commit()
    conn.close()
    whole = integrity.check_sqlite_file(big, full=True)  # no budget: checked whole
    assert whole.ok is True
    result = integrity.check_sqlite_file(big, full=True, budget=whole.seconds / 50)
    assert result.ok is None and result.problems == ()
    assert result.seconds < whole.seconds / 2

    path = tmp_path / "desk.db"
    desk_with_calls(path, 20)
    close_database()
    corrupt_page(path)
    database = open_database(f"sqlite:///{path}", check_budget=0.0, check_schema=False)
    assert database.open_check.ok is None
    thread = integrity.check_in_background(database, path)
    thread.join(30)
    assert damage_of(database) is not None
    assert integrity.check_sqlite_file(path).ok is False


# ------------------------------------------------------------------ text

@pytest.mark.parametrize("field", ["subject", "description", "solution",
                                   "caller_name"])
def test_lone_surrogate_is_refused_by_field(actors, field):
    with pytest.raises(ValidationError) as err:
        calls.log_call(actor=actors["duty_officer"], outcome="answered",
                       **{field: "来电\ud800人"})
    assert err.value.field == field and err.value.code == "invalid_unicode"
    assert Call.select().count() == 0


def test_lone_surrogate_in_sign_in_and_search_is_refused(actors):
    with pytest.raises(ValidationError) as err:
        users.authenticate(username="adm\udc80in", password="x")
    assert err.value.field == "username" and err.value.code == "invalid_unicode"
    with pytest.raises(ValidationError) as err:
        validation.text("notes", "ok\udfff", max_len=10, multiline=True)
    assert err.value.field == "notes" and err.value.code == "invalid_unicode"


def test_lone_surrogate_in_an_import_is_refused_by_name(actors, tmp_path):
    admin = actors["admin"]
    mapping = tmp_path / "mapping.json"
    mapping.write_text('{"source": "x", "defaults": {"subject": "\\ud800"}}',
                       encoding="utf-8")
    csv_file = tmp_path / "calls.csv"
    csv_file.write_text("received_at,channel,priority,outcome,status\n"
                        "2026-11-02 09:00:00,phone,normal,answered,new\n",
                        encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        importer.import_calls(actor=admin, path=csv_file, mapping=mapping)
    assert err.value.field == "mapping" and err.value.code == "invalid_unicode"
    # a surrogate written into the file itself (CESU-8 bytes) is not UTF-8 text
    csv_file.write_bytes("received_at,channel,priority,outcome,status,subject\n"
                         "2026-11-02 09:00:00,phone,normal,answered,new,"
                         .encode() + b"\xed\xa0\x80\n")
    with pytest.raises(ValidationError) as err:
        importer.import_calls(actor=admin, path=csv_file)
    assert err.value.field == "file" and "byte" in str(err.value)
    assert Call.select().count() == 0


# every character Python calls a space, less the controls the services refuse
UNICODE_SPACES = [chr(c) for c in range(0x110000) if chr(c).isspace()
                  and unicodedata.category(chr(c)) == "Zs" and chr(c) != " "]


def test_unicode_space_list_is_the_expected_one():
    assert "\u3000" in UNICODE_SPACES and "\u00a0" in UNICODE_SPACES
    assert all(chr(c) in UNICODE_SPACES for c in range(0x2002, 0x200B))
    assert "\u202f" in UNICODE_SPACES and "\u205f" in UNICODE_SPACES


def test_every_unicode_space_survives_log_export_and_import(db_url, tmp_path):
    from openpyxl import load_workbook

    from hotline.services import exporter

    open_database(db_url)
    duty = make_user("duty", "duty_officer")
    make_user("admin", "admin")
    expected = {}
    for i, space in enumerate(UNICODE_SPACES):
        subject = f"{space}{space}主题 {i}{space}"
        description = f"{space}　　第一段\t有制表符\n\n\t第二段　\n{space}"
        solution = f"{space}答复\r\n\r\n第二行{space}"
        case = calls.log_call(actor=duty, outcome="answered", subject=subject,
                              description=description, solution=solution,
                              received_at=dt.datetime(2026, 10, 5, 9, i))
        expected[case.ticket_no] = (subject, description,
                                    solution.replace("\r\n", "\n"))
    saved = {c.ticket_no: (c.subject, c.description, c.solution)
             for c in Call.select()}
    assert saved == expected  # saved exactly (CRLF as LF)
    system = Actor.system()
    exporter.export_calls(actor=system, month="2026-10", path=tmp_path / "m.csv")
    exporter.export_calls(actor=system, month="2026-10", path=tmp_path / "m.xlsx")
    sheet = load_workbook(tmp_path / "m.xlsx", read_only=True)["calls"]
    rows = list(sheet.iter_rows(values_only=True))
    col = {name: rows[0].index(name) for name in ("ticket_no", "subject",
                                                   "description", "solution")}
    in_xlsx = {r[col["ticket_no"]]: (r[col["subject"]], r[col["description"]],
                                     r[col["solution"]]) for r in rows[1:]}
    assert in_xlsx == expected

    # import into an empty database
    close_database()
    if db_url.startswith("sqlite"):
        empty = f"sqlite:///{tmp_path / 'empty.db'}"
    else:
        from conftest import _reset_pg

        _reset_pg(db_url)
        empty = db_url
    open_database(empty)
    make_user("duty", "duty_officer")
    result = importer.import_calls(actor=system, path=tmp_path / "m.csv")
    assert result.imported == len(UNICODE_SPACES) and not result.rejected
    imported = {c.received_at: (c.subject, c.description, c.solution)
                for c in Call.select()}
    assert sorted(imported.values()) == sorted(expected.values())


def test_fields_lose_only_ascii_blanks_at_their_ends():
    assert validation.text("subject", " \t　　主题\u00a0 \r\n", max_len=50) == \
        "　　主题\u00a0"
    assert validation.text("description", "\n　　正文\r\n\t第二行\r\n\n ", max_len=50,
                           multiline=True) == "　　正文\n\t第二行"
    with pytest.raises(ValidationError) as err:
        validation.text("subject", " \n\t", max_len=50, required=True)
    assert err.value.code == "required"
    with pytest.raises(ValidationError) as err:
        validation.text("description", "\n \n", max_len=50, required=True,
                        multiline=True)
    assert err.value.code == "required"


def test_command_line_backs_up_lists_and_restores_a_damaged_file(tmp_path, capsys):
    from hotline.cli import main

    path = tmp_path / "hotline.db"
    desk_with_calls(path, 4)
    close_database()
    url = f"sqlite:///{path}"
    assert main(["--db", url, "backup"]) == 0
    made = capsys.readouterr().out
    kept = list((tmp_path / "backups").iterdir())
    assert len(kept) == 1 and str(kept[0]) in made
    assert main(["--db", url, "backup", "--list"]) == 0
    assert str(kept[0]) in capsys.readouterr().out
    corrupt_page(path)
    damaged = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["--db", url, "init"]) == 2  # init checks the whole file
    assert "damaged" in capsys.readouterr().err
    assert main(["--db", url, "restore", "-y", str(kept[0])]) == 0
    out = capsys.readouterr().out
    # the damaged file is moved aside with the -wal and -shm it had (the backup
    # command above left them, as a running app does)
    aside = sorted(p.name for p in tmp_path.iterdir() if ".damaged-" in p.name)
    main_file = tmp_path / aside[0]
    assert aside == [main_file.name, main_file.name + "-shm", main_file.name + "-wal"]
    assert str(main_file) in out
    assert hashlib.sha256(main_file.read_bytes()).hexdigest() == damaged
    assert main(["--db", url, "init"]) == 0
    close_database()
    open_database(url)
    assert Call.select().count() == 4


def test_init_upgrades_a_sqlite_file_after_a_verified_backup(tmp_path, capsys):
    from hotline.cli import main
    from hotline.models import SchemaVersion
    from hotline.storage.migrations import LATEST

    url = f"sqlite:///{tmp_path / 'hotline.db'}"
    open_database(url)
    SchemaVersion.update(version=LATEST - 1).execute()
    close_database()
    assert main(["--db", url, "init"]) == 0
    kept = list((tmp_path / "backups").iterdir())
    assert len(kept) == 1 and str(kept[0]) in capsys.readouterr().out
    assert backup.verify_sqlite_file(kept[0]) == LATEST - 1
    close_database()
    open_database(url, migrate=False)  # current now
