"""`hotline loadtest` as an operator runs it (subprocesses): short legs on each
backend, the refusal of a database with real calls, and bad arguments."""

from __future__ import annotations

import datetime as dt
import json
import re

from hotline.storage import close_database, open_database
from hotline.models import Call, User
from hotline.services import calls

from helpers import run_hotline


def hotline(*args, timeout=300):
    return run_hotline(*args, timeout=timeout)


def _calls_in(url: str) -> list[str]:
    open_database(url, migrate=False)
    try:
        return sorted(c.ticket_no for c in Call.select(Call.ticket_no))
    finally:
        close_database()


def test_loadtest_max_then_realistic_saves_every_call_once(db_url, tmp_path):
    report = tmp_path / "max.json"
    r = hotline("loadtest", "--workstations", "4", "--seconds", "2", "--pace", "max",
                "--db", db_url, "--json", str(report))
    assert r.returncode == 0, r.stdout + r.stderr
    fig = json.loads(report.read_text(encoding="utf-8"))
    assert fig["parameters"] == {"workstations": 4, "seconds": 2.0, "pace": "max"}
    assert fig["backend"] == ("SQLite" if db_url.startswith("sqlite") else
                              "PostgreSQL")
    assert fig["machine"]["cores"] >= 1 and fig["date"]
    assert fig["saves"] > 0
    assert (fig["failed"], fig["lost"], fig["duplicates"], fig["skipped"],
            fig["duplicate_numbers"]) == (0, 0, 0, 0, 0)
    # the database holds exactly the saves, with the ticket numbers reported
    first = _calls_in(db_url)
    assert first == sorted(fig["tickets"]) and len(first) == fig["saves"]
    shown = re.search(r"^saves\s+([\d,]+)$", r.stdout, re.M)
    assert shown and int(shown.group(1).replace(",", "")) == fig["saves"]
    assert "lost calls" in r.stdout and "p99" in r.stdout
    assert "all 4 workstations signed in" in r.stderr  # progress on stderr

    # a second, realistic leg on the database the first one filled (accepted,
    # the accounts get new passwords); a fixed seed fixes the pauses
    report2 = tmp_path / "realistic.json"
    r = hotline("loadtest", "--workstations", "3", "--seconds", "3", "--seed", "1",
                "--db", db_url, "--json", str(report2))
    assert r.returncode == 0, r.stdout + r.stderr
    fig2 = json.loads(report2.read_text(encoding="utf-8"))
    assert fig2["parameters"]["pace"] == "realistic"
    assert fig2["saves"] > 0
    assert (fig2["failed"], fig2["lost"], fig2["duplicates"], fig2["skipped"],
            fig2["duplicate_numbers"]) == (0, 0, 0, 0, 0)
    assert fig2["saves"] < fig["saves"]  # 2-8 s between saves, not back to back
    both = _calls_in(db_url)
    assert both == sorted(fig["tickets"] + fig2["tickets"])
    open_database(db_url, migrate=False)
    try:
        officers = User.select().where(User.username.startswith("loadtest0"))
        assert sorted(u.username for u in officers) == [
            "loadtest01", "loadtest02", "loadtest03", "loadtest04"]
        assert {u.role for u in officers} == {"duty_officer"}
        mine = {u.id for u in officers}
        assert {c.creator_id for c in Call.select(Call.creator)} <= mine
    finally:
        close_database()


def test_loadtest_refuses_a_database_with_real_calls(database, actors, db_url):
    close_database()  # accounts but no calls yet: a center being set up
    r = hotline("loadtest", "--workstations", "2", "--seconds", "2", "--db", db_url)
    assert r.returncode == 2
    assert f"holds no calls but {len(actors)} accounts" in r.stderr
    open_database(db_url, migrate=False)
    calls.log_call(actor=actors["duty_officer"], outcome="answered",
                   phone="13800138000", subject="a real call")
    close_database()
    r = hotline("loadtest", "--workstations", "2", "--seconds", "2", "--db", db_url)
    assert r.returncode == 2
    assert "holds 1 calls that neither hotline demo nor an earlier load test made" \
        in r.stderr
    open_database(db_url, migrate=False)
    try:
        assert Call.select().count() == 1
        assert not User.select().where(User.username == "loadtest01").exists()
    finally:
        close_database()


def test_loadtest_bad_arguments_name_the_option(tmp_path):
    url = f"sqlite:///{tmp_path / 'never.db'}"
    r = hotline("loadtest", "--workstations", "0", "--seconds", "5", "--db", url)
    assert r.returncode == 2 and "--workstations must be at least 1" in r.stderr
    r = hotline("loadtest", "--workstations", "2", "--seconds", "-5", "--db", url)
    assert r.returncode == 2 and "--seconds must be more than 0" in r.stderr
    r = hotline("loadtest", "--workstations", "2", "--seconds", "5", "--pace", "slow",
                "--db", url)
    assert r.returncode == 2 and "--pace" in r.stderr
    assert not (tmp_path / "never.db").exists()


def test_the_check_counts_lost_and_duplicated_calls_and_skipped_numbers(database,
                                                                        actors):
    """What the run's check reports when the database does not hold what the
    workstations saw (the legs above expect zeros: this shows they can fail)."""
    from hotline import loadtest
    from hotline.models import TicketCounter

    officer = actors["duty_officer"]
    run = "0badc0de"
    keys = [f"[loadtest {run} w001-{n:06d}]" for n in range(1, 6)]
    saves = []
    for key in keys[:3]:
        s = calls.log_call(actor=officer, outcome="hang_up", description=f"挂断\n{key}")
        saves.append(loadtest.Save(key, True, s.ticket_no, 5.0, 4.0))
    saves.append(loadtest.Save(keys[3], True, "", 5.0, 4.0))  # never stored: lost
    saves.append(loadtest.Save(keys[4], False, error="DatabaseUnavailable: down"))
    # the second save stored twice, and a number skipped before the last call
    calls.log_call(actor=officer, outcome="hang_up", description=f"挂断\n{keys[1]}")
    TicketCounter.update(last=TicketCounter.last + 1).execute()
    calls.log_call(actor=officer, outcome="silent", description="无声")
    result = loadtest.Result(url="test", backend="test", workstations=1, seconds=1.0,
                             pace="max", run=run,
                             started=dt.datetime.now().astimezone(), saves=saves)
    result.check = loadtest.check(result)
    fig = loadtest.figures(result)
    assert (fig["saves"], fig["failed"], fig["lost"], fig["duplicates"],
            fig["skipped"], fig["duplicate_numbers"]) == (4, 1, 1, 1, 1, 0)
    assert fig["examples"]["lost"] == [keys[3]]
    assert fig["examples"]["duplicates"] == [keys[1]]
    assert fig["errors"] == {"DatabaseUnavailable: down": 1}
    assert not loadtest.healthy(fig)
    table = loadtest.format_table(fig)
    assert re.search(r"^lost calls\s+1$", table, re.M)
    assert re.search(r"^skipped ticket numbers\s+1$", table, re.M)
    assert "failed 1x: DatabaseUnavailable: down" in table
    assert "PROBLEMS" in table


def test_loadtest_in_the_bundle_says_to_run_it_from_a_checkout(monkeypatch, capsys):
    import sys

    from hotline.cli import main

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert main(["loadtest", "--workstations", "2", "--seconds", "1"]) == 2
    assert "run it from a checkout" in capsys.readouterr().err
