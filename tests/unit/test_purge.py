"""The retention purge of callers' personal data (DESIGN §10, issue 13 item 4): the
purged phones, names and case text are gone from the database file (SQLite: the
file and its -wal; PostgreSQL: a pg_dump), callers with recent or open cases keep
theirs, the month's figures stay, the audit row holds counts only."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from hotline.models import AuditLog, Call, CallEvent, Caller, db
from hotline.services import calls, callers, indicators, monthly_report, purge, search
from hotline.services.errors import PermissionDenied, ValidationError
from hotline.storage import close_database, open_database

T = dt.datetime
# distinctive values that nothing else in the database holds
OLD = [("13911112222", "甄鑫淼", "鑫淼家楼道漏水三年无人管"),
       ("13933334444", "龚燚犇", "燚犇反映供暖不热已经两周"),
       ("13955556666", "", "无名氏说的暖气片坏了")]
OPEN = ("13977778888", "蔺垚焱", "垚焱问的事还在办")
RECENT = ("13999990000", "佘淼淼", "淼淼的诉求四月才办结")
WALK_IN = "鞠磊磊"  # a caller known only by name, no case, created in March


@pytest.fixture
def frozen(frozen_clock):
    frozen_clock.at(T(2026, 3, 2, 9, 0))
    return frozen_clock


def _ticket(actors, frozen, day, phone, name, text, *, close_at=None, note=True):
    duty, spec = actors["duty_officer"], actors["specialist"]
    frozen.at(T(2026, 3, day, 10, 0))
    case = calls.log_call(actor=duty, outcome="transferred", phone=phone,
                          caller_name=name, subject="供暖", description=text,
                          assignee_id=spec.id)
    frozen.at(T(2026, 3, day, 11, 0))
    calls.start(actor=spec, call_id=case.id)
    if note:
        calls.add_note(actor=spec, call_id=case.id, text="备注" + text)
        calls.wait_customer(actor=spec, call_id=case.id, note="等" + text)
        calls.resume(actor=spec, call_id=case.id, note="回来" + text)
    frozen.at(T(2026, 3, day, 15, 0))
    calls.resolve(actor=spec, call_id=case.id, solution="答复" + text)
    calls.record_callback(actor=spec, call_id=case.id, reached=True, note="回访" + text)
    calls.record_survey(actor=spec, call_id=case.id, rating=2, comment="评价" + text)
    if close_at is not None:
        frozen.at(close_at)
        calls.close(actor=spec, call_id=case.id, note="结案" + text)
    return case.id


def _build(actors, frozen) -> dict:
    ids = {}
    for i, (phone, name, text) in enumerate(OLD):
        ids[phone] = _ticket(actors, frozen, 2 + i, phone, name, text,
                             close_at=T(2026, 3, 20 + i, 9, 0))
    # an answered call of the first old caller, closed at once in March
    frozen.at(T(2026, 3, 9, 9, 0))
    calls.log_call(actor=actors["duty_officer"], outcome="answered", phone=OLD[0][0],
                   subject="咨询", description="再问" + OLD[0][2], solution="已答")
    ids["open"] = _ticket(actors, frozen, 10, *OPEN)  # resolved, never closed
    ids["recent"] = _ticket(actors, frozen, 11, *RECENT, close_at=T(2026, 4, 3, 9, 0))
    frozen.at(T(2026, 3, 12, 9, 0))
    callers.update_caller(actor=actors["duty_officer"], phone=OLD[1][0],
                          organization="燚犇公司", notes="燚犇常打来")
    with db.atomic():
        callers.create_named_caller(WALK_IN)
    frozen.at(T(2026, 4, 10, 9, 0))
    return ids


def _figures(actors) -> str:
    sup, director = actors["supervisor"], actors["director"]
    month = indicators.monthly(actor=sup, month="2026-03")
    report = monthly_report.monthly_report(actor=director, month="2026-03")
    numbers = dict(report.__dict__)
    numbers.pop("dissatisfied", None)  # lists the comments (replaced by the purge)
    dissatisfied = [(d.ticket_no, d.rating) for d in report.dissatisfied]
    return json.dumps([month, repr(numbers), dissatisfied], ensure_ascii=False,
                      sort_keys=True, default=str)


def _secrets(case_text: bool = True) -> list[str]:
    values = []
    for phone, name, text in OLD:
        values += [phone] + ([name] if name else [])
        if case_text:
            values.append(text)
    return values + ["燚犇公司", "燚犇常打来", WALK_IN]


def _spaced(value: str) -> str:
    return " ".join(value.lower())  # how SQLite's case_text stores a text


def _file_bytes(db_url: str) -> bytes:
    """What is on disk after the app closed the database: the SQLite file and its
    -wal, or a pg_dump of the PostgreSQL database."""
    close_database()
    if db_url.startswith("sqlite"):
        path = Path(db_url.split("sqlite:///", 1)[1])
        data = path.read_bytes()
        for extra in ("-wal", "-journal"):
            side = Path(str(path) + extra)
            if side.exists():
                data += side.read_bytes()
        return data
    from urllib.parse import urlparse

    p = urlparse(db_url)
    args = ["pg_dump", "--dbname", p.path.lstrip("/"), "--host", p.hostname or "127.0.0.1",
            "--port", str(p.port or 5432), "--username", p.username or "postgres"]
    return subprocess.run(args, check=True, capture_output=True, timeout=120).stdout


def _grams(value: str) -> list[str]:
    """The trigrams SQLite's FTS5 index keeps of a text stored spaced ('a b')."""
    return [f"{a} {b}" for a, b in zip(value, value[1:])]


def _found(data: bytes, values: list[str]) -> list[str]:
    return [v for v in values
            if v.encode() in data or _spaced(v).encode() in data]


def test_purge_removes_callers_data_from_the_file(db_url, database, actors, frozen):
    ids = _build(actors, frozen)
    director = actors["director"]
    figures = _figures(actors)
    kept = [OPEN[0], OPEN[1], OPEN[2], RECENT[0], RECENT[1], RECENT[2]]
    assert _found(_file_bytes(db_url), _secrets()) == _secrets()  # there before
    open_database(db_url)

    preview = purge.purge_callers(actor=director, before=dt.date(2026, 4, 1),
                                  dry_run=True)
    assert (preview.callers, preview.cases, preview.dry_run) == (4, 4, True)
    assert preview.case_text is True  # the default rule
    assert Caller.select().where(Caller.purged_at.is_null(False)).count() == 0

    result = purge.purge_callers(actor=director, before=dt.date(2026, 4, 1))
    assert (result.callers, result.cases, result.cases_redacted) == (4, 4, 4)
    assert result.compacted
    assert result.wal_truncated in (True, None)  # None: PostgreSQL

    # the purged callers: marker, no phone; the others untouched
    purged = Caller.select().where(Caller.purged_at.is_null(False))
    assert {c.name for c in purged} == {purge.PURGED}
    assert all(c.phone is None and c.organization == "" and c.notes == ""
               for c in purged)
    assert Caller.get(Caller.phone == OPEN[0]).name == OPEN[1]
    assert Caller.get(Caller.phone == RECENT[0]).name == RECENT[1]
    case = Call.get_by_id(ids[OLD[0][0]])
    assert (case.phone, case.description, case.subject) == ("", purge.PURGED, "供暖")
    events = {e.kind: e.detail for e in CallEvent.select().where(
        CallEvent.call == case.id)}
    assert events["survey"] == "2 — " + purge.PURGED
    assert events["callback"] == "reached — " + purge.PURGED
    assert events["note"] == events["resolve"] == purge.PURGED
    assert Call.get_by_id(ids["open"]).description == OPEN[2]

    # not findable, and the month's figures are what they were
    spec = actors["supervisor"]
    for term in (OLD[0][1], OLD[1][0], "鑫淼家楼道"):
        assert search.search_cases(actor=spec, terms=term).rows == []
    assert len(search.search_cases(actor=spec, terms=OPEN[1]).rows) == 1
    assert _figures(actors) == figures

    # the audit row: counts and the date only
    row = AuditLog.select().where(AuditLog.action == "purge").get()
    assert json.loads(row.new) == {"callers_count": 4, "cases_count": 4,
                                   "redacted": 4, "to": "2026-04-01"}
    assert row.entity == "caller" and row.entity_id == ""

    data = _file_bytes(db_url)
    assert _found(data, _secrets()) == []
    assert _found(data, kept) == kept
    if db_url.startswith("sqlite"):  # nor a trigram of a name in the FTS5 index
        grams = _grams(OLD[0][1]) + _grams(OLD[1][1])
        assert [g for g in grams if g.encode() in data] == []

    # a second run purges nothing
    open_database(db_url)
    again = purge.purge_callers(actor=director, before=dt.date(2026, 4, 1))
    assert (again.callers, again.cases, again.cases_redacted) == (0, 0, 0)
    assert AuditLog.select().where(AuditLog.action == "purge").count() == 1


def test_case_text_rule_and_override(db_url, database, actors, frozen):
    _build(actors, frozen)
    director = actors["director"]
    rule = purge.set_retention_rule(actor=director, case_text=False, months=12)
    assert rule == purge.RetentionRule(case_text=False, months=12)
    assert purge.get_retention_rule(actor=actors["admin"]) == rule
    with pytest.raises(PermissionDenied):
        purge.set_retention_rule(actor=actors["admin"], case_text=True)
    result = purge.purge_callers(actor=actors["admin"], before=dt.date(2026, 4, 1))
    assert (result.callers, result.case_text, result.cases_redacted) == (4, False, 0)
    assert result.recent  # within the 12 months kept
    data = _file_bytes(db_url)
    assert _found(data, _secrets(case_text=False)) == []
    texts = [text for _, _, text in OLD]
    assert _found(data, texts) == texts  # the case text stays by the rule
    open_database(db_url)
    # override on a later, newly purgeable caller: closed in April
    over = purge.purge_callers(actor=director, before=dt.date(2026, 4, 10),
                               include_case_text=True)
    assert (over.callers, over.cases, over.cases_redacted) == (1, 1, 1)
    assert _found(_file_bytes(db_url), [RECENT[1], RECENT[2]]) == []


def test_refusals_and_dry_run(db_url, database, actors, frozen):
    _build(actors, frozen)
    with pytest.raises(PermissionDenied):
        purge.purge_callers(actor=actors["specialist"], before=dt.date(2026, 4, 1))
    with pytest.raises(PermissionDenied):
        purge.purge_callers(actor=actors["supervisor"], before=dt.date(2026, 4, 1),
                            dry_run=True)
    with pytest.raises(ValidationError) as refused:
        purge.purge_callers(actor=actors["director"], before=dt.date(2026, 4, 11))
    assert refused.value.field == "before" and refused.value.code == "in_future"
    before = [tuple(r) for r in Caller.select().order_by(Caller.id).tuples()]
    cases = [tuple(r) for r in Call.select().order_by(Call.id).tuples()]
    result = purge.purge_callers(actor=actors["director"], before=dt.date(2026, 4, 10),
                                 dry_run=True)
    assert (result.callers, result.cases) == (5, 5)
    assert [tuple(r) for r in Caller.select().order_by(Caller.id).tuples()] == before
    assert [tuple(r) for r in Call.select().order_by(Call.id).tuples()] == cases
    assert not AuditLog.select().where(AuditLog.action == "purge").exists()
    # nobody purged before the first case was closed
    nothing = purge.purge_callers(actor=actors["director"], before=dt.date(2026, 3, 1))
    assert (nothing.callers, nothing.cases) == (0, 0)


def test_demo_months_and_register_unchanged(db_url, database, actors, frozen_clock,
                                            tmp_path):
    """Realistic data (the demo generator): the figures of every month before and
    after the cut-off, the KPI-free monthly report and the archive register are the
    same after the purge; every purged case keeps only codes in its timeline."""
    from hotline.demo import generate
    from hotline.services import archives
    from hotline.services.base import Actor

    now = T(2026, 6, 30, 12, 0)
    generate(actor=Actor.system("test"), calls=1500, seed=3, months=5, now=now)
    frozen_clock.at(T(2026, 7, 1, 9, 0))
    system = Actor.system("test")
    old_closed = (Call.select().where(Call.status == "closed",
                                      Call.closed_at < T(2026, 3, 1))
                  .order_by(Call.id).first())
    archives.archive_case(actor=system, call_id=old_closed.id,
                          target=tmp_path / "a.pdf")
    register = [(e.archive_no, e.ticket_no, e.title, e.date, e.pages)
                for e in archives.register(actor=system, year=old_closed.closed_at.year)]
    months = ["2026-02", "2026-03", "2026-04", "2026-05"]
    sup = actors["supervisor"]
    figures = [indicators.monthly(actor=sup, month=m) for m in months]
    reports = [_figures_of(actors, m) for m in months]

    phones = dict(Caller.select(Caller.id, Caller.phone).tuples())
    result = purge.purge_callers(actor=actors["director"], before=dt.date(2026, 4, 1))
    assert result.callers > 50 and result.cases >= result.callers
    purged_cases = Call.select().join(Caller).where(Caller.purged_at.is_null(False))
    assert purged_cases.count() == result.cases
    assert all(c.phone == "" and c.description in ("", purge.PURGED)
               and c.solution in ("", purge.PURGED) for c in purged_cases)
    free = (CallEvent.select().join(Call).join(Caller)
            .where(Caller.purged_at.is_null(False), CallEvent.detail != "",
                   CallEvent.kind.not_in(purge._CODE_EVENTS)))
    for event in free:
        assert event.detail == purge.PURGED or event.detail.endswith(
            " — " + purge.PURGED) or " — " not in event.detail, event.detail

    assert [indicators.monthly(actor=sup, month=m) for m in months] == figures
    assert [_figures_of(actors, m) for m in months] == reports
    assert [(e.archive_no, e.ticket_no, e.title, e.date, e.pages) for e in
            archives.register(actor=system, year=old_closed.closed_at.year)] == register

    # whoever kept their data has a case open or closed since the cut-off
    cutoff = T(2026, 4, 1)
    for caller in Caller.select().where(Caller.purged_at.is_null()):
        cases = list(Call.select().where(Call.caller == caller.id))
        assert any(c.status != "closed" or c.closed_at >= cutoff for c in cases) \
            or not cases and caller.created_at >= cutoff
    # and none of the purged numbers is left in the file
    gone = [phones[i] for (i,) in Caller.select(Caller.id).where(
        Caller.purged_at.is_null(False)).tuples() if phones.get(i)]
    assert len(gone) > 50
    assert _found(_file_bytes(db_url), gone) == []


def _figures_of(actors, month: str) -> str:
    report = monthly_report.monthly_report(actor=actors["director"], month=month)
    numbers = dict(report.__dict__)
    numbers["dissatisfied"] = [(d.ticket_no, d.rating) for d in report.dissatisfied]
    return repr(numbers)


def test_compaction_blocked_by_another_program_is_done_by_the_next_purge(
        db_url, database, actors, frozen, monkeypatch):
    """Another program reading during the purge (SQLite: a reader keeps the -wal
    file; PostgreSQL: a lock on the caller table makes VACUUM FULL give up): the
    purge is committed, the result says what was not done, and the next purge
    (with nothing new to purge) does it."""
    _build(actors, frozen)
    if db_url.startswith("sqlite"):
        import sqlite3

        other = sqlite3.connect(db_url.split("sqlite:///", 1)[1], isolation_level=None)
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM caller").fetchone()  # holds its snapshot
    else:
        import psycopg2

        monkeypatch.setattr(purge, "PG_LOCK_TIMEOUT", "1s")
        other = psycopg2.connect(db_url)
        other.cursor().execute('LOCK TABLE "caller" IN ACCESS SHARE MODE')
    director = actors["director"]
    try:
        first = purge.purge_callers(actor=director, before=dt.date(2026, 4, 1))
    finally:
        other.rollback()
        other.close()
    assert first.callers == 4
    if db_url.startswith("sqlite"):
        assert (first.compacted, first.wal_truncated) == (True, False)
    else:
        assert first.compacted is False
    preview = purge.purge_callers(actor=director, before=dt.date(2026, 4, 1),
                                  dry_run=True)
    assert (preview.callers, preview.compaction_pending) == (0, True)
    second = purge.purge_callers(actor=director, before=dt.date(2026, 4, 1))
    assert (second.callers, second.compacted) == (0, True)
    assert second.wal_truncated is (True if db_url.startswith("sqlite") else None)
    assert _found(_file_bytes(db_url), _secrets()) == []
    open_database(db_url)
    assert not purge.purge_callers(actor=director, before=dt.date(2026, 4, 1),
                                   dry_run=True).compaction_pending


def test_batches_audited_and_a_new_case_between_them_keeps_its_caller(
        db_url, database, actors, frozen, monkeypatch):
    """A batch at a time (other workstations save in between): each batch has its
    audit row with its counts; a caller who calls again after the purge began but
    before their batch keeps their data."""
    _build(actors, frozen)
    monkeypatch.setattr(purge, "BATCH", 1)
    listed = purge._eligible_callers

    def then_a_new_call(cutoff, among=None):
        ids = listed(cutoff, among)
        if among is None:  # the list made before the batches: now OLD[1] calls
            calls.log_call(actor=actors["duty_officer"], outcome="transferred",
                           phone=OLD[1][0], subject="又来电",
                           assignee_id=actors["specialist"].id)
        return ids

    monkeypatch.setattr(purge, "_eligible_callers", then_a_new_call)
    result = purge.purge_callers(actor=actors["director"], before=dt.date(2026, 4, 1))
    assert (result.callers, result.cases) == (3, 3)
    rows = [json.loads(r.new) for r in AuditLog.select().where(
        AuditLog.action == "purge").order_by(AuditLog.id)]
    assert len(rows) == 3 and all(r["callers_count"] == 1 for r in rows)
    assert sum(r["cases_count"] for r in rows) == 3
    assert Caller.get(Caller.phone == OLD[1][0]).name == OLD[1][1]
