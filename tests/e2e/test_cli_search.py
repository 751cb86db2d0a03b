"""`hotline search` and the search index built by `hotline init`, as an operator
runs them (subprocesses)."""

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from helpers import make_user, run_hotline


hotline = run_hotline


@pytest.fixture
def cases(db_url):
    """Four cases saved through the services, then the database closed."""
    from hotline.services import calls
    from hotline.storage import close_database, open_database

    open_database(db_url)
    duty = make_user("duty", "duty_officer", "值班员")
    spec = make_user("spec", "specialist", "专员")
    day = dt.datetime(2026, 3, 2, 10, 0)
    made = {
        "wage": calls.log_call(actor=duty, outcome="transferred", phone="13800138000",
                               caller_name="王五", subject="工地拖欠农民工工资",
                               description="包工头失联", assignee_id=spec.user_id,
                               received_at=day),
        "secret": calls.log_call(actor=duty, outcome="answered", phone="13900139000",
                                 caller_name="赵六", subject="家暴求助",
                                 description="对方拖欠抚养费", solution="已转介",
                                 confidential=True, received_at=day + dt.timedelta(days=1)),
        "anon": calls.log_call(actor=duty, outcome="answered", phone="13700137000",
                               subject="咨询欠薪投诉渠道", solution="已告知",
                               anonymous=True, received_at=day + dt.timedelta(days=2)),
        "other": calls.log_call(actor=duty, outcome="answered", subject="离婚财产分割",
                                solution="已答复", received_at=day + dt.timedelta(days=3)),
    }
    close_database()
    return made


def test_search_json_masked_and_filtered(db_url, cases):
    r = hotline("search", "拖欠", "--json", db_url=db_url)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    # the command line runs as the system: confidential cases included, newest first
    assert [row["ticket_no"] for row in out["rows"]] == \
        [cases["secret"].ticket_no, cases["wage"].ticket_no]
    assert out["rows"][1]["caller_name"] == "王五"
    assert out["rows"][1]["phone"] == "13800138000"
    assert out["next_before_id"] is None
    r = hotline("search", "欠", "--json", db_url=db_url)
    rows = json.loads(r.stdout)["rows"]
    anon = next(row for row in rows if row["ticket_no"] == cases["anon"].ticket_no)
    assert anon["phone"] == "137****7000" and anon["caller_name"] == ""
    # an anonymous caller is not found by his number
    assert json.loads(hotline("search", "13700137000", "--json",
                              db_url=db_url).stdout)["rows"] == []
    assert [row["ticket_no"] for row in json.loads(hotline(
        "search", "8000", "--json", db_url=db_url).stdout)["rows"]] == \
        [cases["wage"].ticket_no]
    # several terms, all must match; filters
    assert [row["ticket_no"] for row in json.loads(hotline(
        "search", "拖欠", "工资", "--json", db_url=db_url).stdout)["rows"]] == \
        [cases["wage"].ticket_no]
    assert [row["ticket_no"] for row in json.loads(hotline(
        "search", "欠", "--status", "assigned", "--json", db_url=db_url).stdout)["rows"]
            ] == [cases["wage"].ticket_no]
    assert [row["ticket_no"] for row in json.loads(hotline(
        "search", "欠", "--from", "2026-03-03", "--to", "2026-03-03", "--json",
        db_url=db_url).stdout)["rows"]] == [cases["secret"].ticket_no]
    page = json.loads(hotline("search", "欠", "--limit", "1", "--json",
                              db_url=db_url).stdout)
    assert len(page["rows"]) == 1 and page["next_before_id"] == page["rows"][0]["id"]


def test_search_table_and_errors(db_url, cases):
    r = hotline("search", "离婚", db_url=db_url)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split()[:2] == ["ticket", "no"]
    assert cases["other"].ticket_no in lines[1] and "离婚财产分割" in lines[1]
    assert lines[-1] == "1 case(s)"
    assert hotline("search", "无此内容", db_url=db_url).stdout.splitlines()[-1] == \
        "0 case(s)"
    bad = hotline("search", "欠", "--from", "3 March", db_url=db_url)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    bad = hotline("search", "欠", "--status", "lost", db_url=db_url)
    assert bad.returncode == 2
    many = hotline("search", *[str(i) for i in range(11)], db_url=db_url)
    assert many.returncode == 1 and "terms" in many.stderr


def test_init_builds_the_index_of_an_older_database_with_progress(db_url, cases):
    """An older database (schema 6, no search index) upgraded by hotline init."""
    from hotline.models import SchemaVersion
    from hotline.storage import close_database, open_database

    database = open_database(db_url)
    if "sqlite" in type(database).__name__.lower():
        for (name,) in database.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                "(name LIKE '%search%' OR name LIKE 'case_text%')").fetchall():
            database.execute_sql(f'DROP TRIGGER "{name}"')
        database.execute_sql("DROP VIEW case_search_source")
        database.execute_sql("DROP TABLE case_fts")
        database.execute_sql("DROP TABLE case_text")
    else:
        database.execute_sql("DROP TABLE case_text CASCADE")
    SchemaVersion.update(version=6).execute()
    close_database()
    r = hotline("init", db_url=db_url)
    assert r.returncode == 0, r.stderr
    assert "indexing cases for search: 0 / 4" in r.stderr
    assert "indexing cases for search: 4 / 4" in r.stderr
    found = json.loads(hotline("search", "分割", "--json", db_url=db_url).stdout)
    assert [row["ticket_no"] for row in found["rows"]] == [cases["other"].ticket_no]
    again = hotline("init", db_url=db_url)
    assert again.returncode == 0 and "indexing" not in again.stderr
