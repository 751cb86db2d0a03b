"""`hotline demo` and `hotline bench` as an operator runs them (subprocesses)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from hotline.storage import close_database, open_database
from hotline.models import ROLES, AuditLog, Call, TicketCounter
from hotline.services import calls, users
from hotline.services.base import Actor

from helpers import run_hotline


def hotline(*args, env_extra=None, timeout=600):
    return run_hotline(*args, env_extra=env_extra, timeout=timeout)


def test_demo_prints_accounts_and_one_working_password(db_url):
    r = hotline("--db", db_url, "demo", "--calls", "600", "--seed", "3", "--months", "2")
    assert r.returncode == 0, r.stderr
    assert "600 calls from" in r.stdout
    accounts = re.findall(r"^  (\S+)\s+(\S+)\s+(\S+)$", r.stdout, re.M)
    assert {role for _, role, _ in accounts} == set(ROLES)
    passwords = re.findall(r"^password: (\S+)$", r.stdout, re.M)
    assert len(passwords) == 1
    assert "600 / 600 calls (100%" in r.stderr  # progress
    open_database(db_url, migrate=False)
    try:
        assert Call.select().count() == 600
        assert sum(c.last for c in TicketCounter.select()) == 600
        for username, role, _ in accounts[:: max(1, len(accounts) // 4)]:
            actor = users.authenticate(username=username, password=passwords[0])
            assert actor.role == role
        assert AuditLog.select().where(AuditLog.entity == "demo").count() == 1
    finally:
        close_database()
    again = hotline("--db", db_url, "demo", "--calls", "10")
    assert again.returncode == 1
    assert "already holds 600 calls" in again.stderr
    bad = hotline("--db", db_url, "demo", "--calls", "0")
    assert bad.returncode == 1 and "calls" in bad.stderr


def test_demo_same_seed_same_tickets(tmp_path):
    out = []
    for name in ("a.db", "b.db"):
        url = f"sqlite:///{tmp_path / name}"
        r = hotline("--db", url, "demo", "--calls", "200", "--seed", "9")
        assert r.returncode == 0, r.stderr
        open_database(url, migrate=False)
        out.append([(c.ticket_no, c.phone, c.outcome, c.status, c.subject)
                    for c in Call.select().order_by(Call.id)])
        close_database()
    assert out[0] == out[1] and len(out[0]) == 200


def test_bench_runs_end_to_end_and_prints_every_measurement(tmp_path):
    user_db = tmp_path / "users-own.db"
    workdir = tmp_path / "work"
    report = tmp_path / "bench.json"
    markdown = tmp_path / "bench.md"
    r = hotline("bench", "--calls", "3000", "--workdir", str(workdir), "--json",
                str(report), "--markdown", str(markdown),
                env_extra={"HOTLINE_DB": f"sqlite:///{user_db}"})
    assert r.returncode == 0, r.stdout + r.stderr
    assert not user_db.exists()  # never the user's database
    assert (workdir / "hotline-bench.db").exists()
    rows = json.loads(report.read_text(encoding="utf-8"))
    names = [row["name"] for row in rows]
    assert "demo generation rate" in names
    assert "save a call p50 (calls.log_call)" in names
    assert "save a call p99 (calls.log_call)" in names
    assert len(set(names)) == len(names)
    lines = r.stdout.splitlines()
    assert lines[0].startswith("hotline bench: 3,000 calls, SQLite")
    assert lines[1].split()[:3] == ["measurement", "value", "baseline"]
    table = lines[2:]
    assert len(table) == len(rows)
    for row, line in zip(rows, table):
        assert line.startswith(row["name"])
        assert row["value"] >= 0 and row["unit"]  # e.g. "failed saves" is 0
        assert row["ok"] in (True, False, None)
    for row in rows:
        if row["name"].startswith("save a call"):
            assert row["unit"] == "ms" and row["baseline"] > 0
            assert "raw sqlite3" in row["baseline_label"]
            assert isinstance(row["ok"], bool)
    by_name = {row["name"]: row for row in rows}
    for row, line in zip(rows, table):  # every judged figure says ok or OVER
        if row["ok"] is not None:
            verdict = "ok" if row["ok"] else "OVER"
            assert f"{row['budget']} {verdict}".strip() in line, line
    # DESIGN §9's ratios, each against its baseline of the same run
    assert "≤ 2× baseline" in by_name["save a call p50 (calls.log_call)"]["budget"]
    history = by_name["caller history p95 (40 callers)"]
    assert "≤ 100 ms" in history["budget"] and "≤ 3× baseline" in history["budget"]
    assert "the service's own" in history["baseline_label"]
    page = by_name["my shift, first page of 100 p95"]
    assert "≤ 50 ms" in page["budget"] and "≤ 3× baseline" in page["budget"]
    month = by_name["month's indicators (every §5 key)"]
    assert "≤ 0.5 s" in month["budget"] and "≤ 2× baseline" in month["budget"]
    # cold start next to a bare PySide6 window, and memory while browsing
    start = by_name["cold start to the sign-in window (median)"]
    assert start["unit"] == "s" and start["baseline"] > 0
    assert "bare PySide6 window" in start["baseline_label"]
    ratio = by_name["cold start / bare PySide6 window"]
    assert ratio["value"] == pytest.approx(start["value"] / start["baseline"], abs=0.01)
    assert "≤ 1.3×" in ratio["budget"] and isinstance(ratio["ok"], bool)
    memory = [row for row in rows if row["name"].startswith("memory while browsing")]
    assert [row["name"].split(" (")[0] for row in memory] == [
        "memory while browsing as duty officer", "memory while browsing as supervisor"]
    assert all(row["unit"] == "MB" and 30 < row["value"] < 5000 for row in memory)
    assert any(line.startswith("cold start to the sign-in window") and "bare PySide6"
               in line for line in table)
    # the README table: one row per figure, with its verdict
    md = markdown.read_text(encoding="utf-8").splitlines()
    assert md[0] == lines[0] and md[2].startswith("| measurement | value |")
    md_rows = [line for line in md[4:] if line.startswith("| ")]
    assert len(md_rows) == len(rows)
    for row, line in zip(rows, md_rows):
        assert line.startswith(f"| {row['name']} | ")
        if row["ok"] is not None:
            assert line.endswith("| ok |" if row["ok"] else "| **over** |")
    # the measured saves went into the scratch database, numbered like any other
    open_database(f"sqlite:///{workdir / 'hotline-bench.db'}", migrate=False)
    try:
        assert Call.select().count() > 3000
        assert Call.select().count() == sum(c.last for c in TicketCounter.select())
    finally:
        close_database()


def test_bench_refuses_a_database_with_real_calls(db_url):
    open_database(db_url)
    try:
        calls.log_call(actor=Actor.system("test"), outcome="answered",
                       phone="13800138000", subject="真实来电")
    finally:
        close_database()
    r = hotline("bench", "--calls", "100", "--db", db_url, "-q")
    assert r.returncode == 2
    assert "hotline demo did not make" in r.stderr
    open_database(db_url, migrate=False)
    try:
        assert Call.select().count() == 1
    finally:
        close_database()


def test_bench_on_a_given_database(db_url):
    """--db (how a PostgreSQL run is made): an empty database is filled, measured,
    and the baseline uses that backend's driver."""
    r = hotline("bench", "--calls", "500", "--db", db_url, "--area", "save_call",
                "-q")
    assert r.returncode == 0, r.stdout + r.stderr
    driver = "sqlite3" if db_url.startswith("sqlite") else "psycopg2"
    saves = [line for line in r.stdout.splitlines() if line.startswith("save a call")]
    assert len(saves) == 2 and all(f"raw {driver}" in line for line in saves)
