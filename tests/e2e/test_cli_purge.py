"""`hotline purge` as an operator runs it (subprocesses): the preview, the refusal
without --yes off a terminal, the purge and its summary, the rule."""

import datetime as dt

import pytest

from helpers import make_user, run_hotline

hotline = run_hotline


@pytest.fixture
def cases(db_url, frozen_clock):
    """Two callers answered and closed in March 2026, one with a case still open;
    then the database closed."""
    from hotline.services import calls
    from hotline.storage import close_database, open_database

    open_database(db_url)
    duty = make_user("duty", "duty_officer", "值班员")
    spec = make_user("spec", "specialist", "专员")
    frozen_clock.at(dt.datetime(2026, 3, 2, 10, 0))
    for phone, name in (("13811112222", "甄鑫淼"), ("13833334444", "龚燚犇")):
        calls.log_call(actor=duty, outcome="answered", phone=phone, caller_name=name,
                       subject="咨询", description=name + "问供暖", solution="已答")
    calls.log_call(actor=duty, outcome="transferred", phone="13855556666",
                   caller_name="蔺垚焱", subject="投诉", description="还在办",
                   assignee_id=spec.user_id)
    close_database()
    return db_url


def _names(db_url):
    from hotline.models import Caller
    from hotline.storage import close_database, open_database

    open_database(db_url)
    try:
        return sorted(c.name for c in Caller.select())
    finally:
        close_database()


def test_purge_callers_preview_confirm_and_purge(cases):
    db_url = cases
    r = hotline("purge", "callers", "--before", "2026-04-01", "--dry-run", db_url=db_url)
    assert r.returncode == 0, r.stderr
    assert "would purge 2 callers and their 2 cases closed before 2026-04-01 " \
           "(their cases' free text replaced)" in r.stdout
    assert "within the retention period of 24 months" in r.stderr
    r = hotline("purge", "callers", "--before", "2026-04-01", db_url=db_url, stdin="")
    assert r.returncode == 2 and "give --yes" in r.stderr
    assert _names(db_url) == ["甄鑫淼", "蔺垚焱", "龚燚犇"]  # nothing purged

    r = hotline("purge", "callers", "--before", "2026-04-01", "--no-case-text",
                "--yes", db_url=db_url, stdin="")
    assert r.returncode == 0, r.stderr
    assert "purged 2 callers and their 2 cases" in r.stdout
    assert "(their cases' free text kept), 0 cases' text replaced; " \
           "database compacted" in r.stdout
    assert _names(db_url) == ["已清除", "已清除", "蔺垚焱"]

    again = hotline("purge", "callers", "--before", "2026-04-01", "--yes",
                    db_url=db_url, stdin="")
    assert again.returncode == 0 and "nothing to purge: 0 callers" in again.stdout


def test_purge_refuses_future_date_and_bad_input(cases):
    tomorrow = dt.date.today() + dt.timedelta(days=2)
    r = hotline("purge", "callers", "--before", f"{tomorrow:%Y-%m-%d}", "--yes",
                db_url=cases, stdin="")
    assert r.returncode == 1 and "must not lie after today" in r.stderr
    r = hotline("purge", "callers", "--before", "2026-13-01", db_url=cases)
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr
    r = hotline("purge", "callers", db_url=cases)
    assert r.returncode == 2 and "--before" in r.stderr


def test_purge_rule_shown_and_set(cases):
    r = hotline("purge", "rule", db_url=cases)
    assert r.returncode == 0 and r.stdout.strip() == \
        "case text purged: yes; retention period: 24 months"
    r = hotline("purge", "rule", "--no-case-text", "--months", "1", db_url=cases)
    assert r.stdout.strip() == "case text purged: no; retention period: 1 month"
    r = hotline("purge", "callers", "--before", "2026-04-01", "--dry-run",
                db_url=cases)
    assert "(their cases' free text kept)" in r.stdout
    # April 2026 lies more than a month back (the test runs after May 2026)
    assert "retention period" not in r.stderr
