"""The headless commands as an operator types them: init, user, backup, restore."""

import os
import sqlite3
import subprocess
import sys

from helpers import run_hotline


hotline = run_hotline


def test_init_is_idempotent(db_url):
    first = hotline("init", db_url=db_url)
    assert first.returncode == 0, first.stderr
    assert "schema version" in first.stdout
    second = hotline("init", db_url=db_url)
    assert second.returncode == 0 and second.stdout == first.stdout


def test_user_add_first_must_be_admin_then_others(db_url):
    hotline("init", db_url=db_url)
    r = hotline("user", "add", "zhang", "--role", "duty_officer", "--password-stdin",
                db_url=db_url, stdin="Duty-Officer-42\n")
    assert r.returncode == 2 and "administrator" in r.stderr
    r = hotline("user", "add", "admin", "--role", "admin", "--password-stdin",
                "--display-name", "系统管理员", db_url=db_url, stdin="Adm1n-passw0rd\n")
    assert r.returncode == 0, r.stderr
    r = hotline("user", "add", "zhang", "--role", "duty_officer", "--password-stdin",
                "--display-name", "张三", db_url=db_url, stdin="Duty-Officer-42\n")
    assert r.returncode == 0, r.stderr
    r = hotline("user", "add", "li", "--role", "specialist", "--password-stdin",
                db_url=db_url, stdin="short\n")
    assert r.returncode == 1 and "password" in r.stderr
    listing = hotline("user", "list", db_url=db_url)
    assert "admin\t系统管理员\tadmin\tactive" in listing.stdout
    assert "zhang\t张三\tduty_officer\tactive" in listing.stdout
    assert "li\t" not in listing.stdout


def test_backup_and_restore_round_trip(tmp_path):
    db_url = f"sqlite:///{tmp_path / 'desk.db'}"
    hotline("init", db_url=db_url)
    hotline("user", "add", "admin", "--role", "admin", "--password-stdin",
            db_url=db_url, stdin="Adm1n-passw0rd\n")
    backup_file = tmp_path / "bk" / "desk-2026-11-22.db"
    r = hotline("backup", "-o", str(backup_file), db_url=db_url)
    assert r.returncode == 0, r.stderr
    assert "verified" in r.stdout and backup_file.exists()
    r = hotline("user", "add", "late", "--role", "specialist", "--password-stdin",
                db_url=db_url, stdin="Night-Shift-2026\n")
    assert r.returncode == 0, r.stderr
    r = hotline("restore", "-y", str(backup_file), db_url=db_url)
    assert r.returncode == 0, r.stderr
    listing = hotline("user", "list", db_url=db_url).stdout
    assert "admin" in listing and "late" not in listing
    safety = [p for p in tmp_path.iterdir() if "before-restore" in p.name]
    assert len(safety) == 1  # what was there before is kept
    conn = sqlite3.connect(safety[0])
    assert conn.execute("SELECT count(*) FROM user WHERE username = 'late'"
                        ).fetchone()[0] == 1
    conn.close()


def test_clear_errors_for_bad_databases(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    r = hotline("init", db_url=f"sqlite:///{notes}")
    assert r.returncode == 2 and "not a SQLite file" in r.stderr
    assert notes.read_text() == "not a database"
    r = hotline("init", db_url="postgresql://nobody@127.0.0.1:1/none")
    assert r.returncode == 2 and "Cannot reach PostgreSQL" in r.stderr


def test_pg_backup_without_pg_dump_says_what_is_missing(pg_url, tmp_path):
    hotline("init", db_url=pg_url)
    r = hotline("backup", "-o", str(tmp_path / "x.dump"), db_url=pg_url,
                env_extra={"PATH": "/nonexistent"})
    assert r.returncode == 1
    assert "pg_dump was not found" in r.stderr and "postgresql-client" in r.stderr
