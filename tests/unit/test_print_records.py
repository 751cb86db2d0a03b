"""Recording prints and exports (issue 10) on both backends: a print of an archival
copy, of a working copy and of the monthly report is a PrintLog row, a `printed`
event on the case and an audit row without personal data; Save as copies the
report and logs an export; the month's indicators as a workbook (the numbers of
indicators.monthly(), formula cells neutralized); calls of any period."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from hotline.models import AuditLog, CallEvent, Category, PrintLog
from hotline.services import archives, calls, exporter, indicators, monthly_report
from hotline.services.errors import PermissionDenied, ValidationError

T = dt.datetime
PHONE = "13812341234"
NAME = "张三丰"
HOSTILE = "=HYPERLINK(\"x\")"


@pytest.fixture
def frozen(frozen_clock):
    frozen_clock.at(T(2026, 3, 2, 9, 0))
    return frozen_clock


def _closed(actors, frozen, **kw):
    duty, spec = actors["duty_officer"], actors["specialist"]
    values = dict(outcome="transferred", phone=PHONE, caller_name=NAME,
                  subject="拖欠工资", description="来电人反映公司拖欠工资。",
                  assignee_id=spec.id)
    values.update(kw)
    case = calls.log_call(actor=duty, **values)
    frozen.now += dt.timedelta(hours=1)
    calls.start(actor=spec, call_id=case.id)
    frozen.now += dt.timedelta(hours=1)
    calls.resolve(actor=spec, call_id=case.id, solution="已协调")
    calls.close(actor=spec, call_id=case.id)
    frozen.now += dt.timedelta(hours=1)
    return case


def _audit_text() -> str:
    return json.dumps([(a.entity, a.action, a.old, a.new) for a in AuditLog.select()],
                      ensure_ascii=False)


def test_printing_an_archival_and_a_working_copy_is_logged_everywhere(
        actors, frozen, tmp_path):
    sec = actors["secretary"]
    case = _closed(actors, frozen, confidential=True)
    made = archives.archive_case(actor=sec, call_id=case.id, target=tmp_path / "a.pdf")
    version = archives.register(actor=sec, year=2026)[0]
    assert version.pages == made.pages
    version_id = PrintLog.get(PrintLog.document == "case_archive").archive_version_id

    archives.record_print(actor=sec, version_id=version_id, destination="printer",
                          pages=made.pages)
    row = PrintLog.select().order_by(PrintLog.id.desc()).get()
    assert (row.document, row.copy, row.destination, row.pages, row.actor_id) == (
        "case_archive", "archival", "printer", made.pages, sec.id)
    printed = AuditLog.get((AuditLog.entity == "archive") & (AuditLog.action == "print"))
    new = json.loads(printed.new)
    assert new["archival"] is True and new["kind"] == "printer"
    assert new["pages"] == made.pages and new["version"] == 1

    copy = archives.working_copy(actor=sec, call_id=case.id, target=tmp_path / "w.pdf",
                                 destination="printer")
    assert copy.masked
    audit = AuditLog.get((AuditLog.entity == "call") & (AuditLog.action == "print"))
    assert audit.entity_id == str(case.id) or int(audit.entity_id) == case.id
    new = json.loads(audit.new)
    assert new["masked"] is True and new["kind"] == "printer" and new["archival"] is False

    events = [e.detail for e in CallEvent.select().where(
        (CallEvent.call == case.id) & (CallEvent.kind == "printed")).order_by(CallEvent.id)]
    assert events == ["archival printer", "working masked printer"]
    text = _audit_text()
    assert PHONE not in text and NAME not in text and "拖欠" not in text
    with pytest.raises(ValidationError):
        archives.record_print(actor=sec, version_id=version_id, destination="fax")
    with pytest.raises(PermissionDenied):
        archives.record_print(actor=actors["duty_officer"], version_id=version_id)


def test_monthly_report_print_and_save_as_are_logged(actors, frozen, tmp_path):
    sec = actors["secretary"]
    _closed(actors, frozen)
    frozen.at(T(2026, 4, 2, 9, 0))
    report = tmp_path / "report.pdf"
    pages = monthly_report.write_monthly_pdf(actor=sec, month="2026-03", target=report)
    before = PrintLog.select().count()

    monthly_report.record_print(actor=sec, month="2026-03", lang="zh", pages=pages)
    row = PrintLog.select().order_by(PrintLog.id.desc()).get()
    assert (row.document, row.destination, row.pages, row.detail) == (
        "monthly_report", "printer", pages, "2026-03 zh")
    audit = AuditLog.select().where(AuditLog.entity == "report").get()
    assert audit.action == "print"
    assert json.loads(audit.new) == {"month": "2026-03", "lang": "zh", "pages": pages,
                                     "kind": "printer"}

    saved = tmp_path / "out" / "三月月报.pdf"
    saved.parent.mkdir()
    monthly_report.save_copy(actor=sec, month="2026-03", lang="zh", source=report,
                             target=saved, pages=pages)
    assert saved.read_bytes() == report.read_bytes()
    assert [p.name for p in saved.parent.iterdir()] == ["三月月报.pdf"]  # no temp left
    row = PrintLog.select().order_by(PrintLog.id.desc()).get()
    assert (row.document, row.destination) == ("monthly_report", "file")
    assert PrintLog.select().count() == before + 2
    assert [a.action for a in AuditLog.select().where(AuditLog.entity == "report")
            .order_by(AuditLog.id)] == ["print", "export"]

    with pytest.raises(ValidationError):
        monthly_report.record_print(actor=sec, month="2026-13", pages=1)
    with pytest.raises(ValidationError):
        monthly_report.record_print(actor=sec, month="2026-03", pages=1,
                                    destination="fax")
    with pytest.raises(PermissionDenied):
        monthly_report.record_print(actor=actors["duty_officer"], month="2026-03",
                                    pages=1)
    assert PrintLog.select().count() == before + 2


def test_indicators_workbook_has_the_months_numbers_and_no_formulas(
        actors, frozen, tmp_path):
    from openpyxl import load_workbook

    sec = actors["secretary"]
    odd = Category.create(code="ODD", name=HOSTILE)
    frozen.at(T(2026, 2, 10, 9, 0))
    calls.log_call(actor=actors["duty_officer"], outcome="answered", phone=PHONE,
                   caller_name=NAME, subject="二月", category_id=odd.id)
    frozen.at(T(2026, 3, 2, 9, 0))
    _closed(actors, frozen, category_id=odd.id)
    for day in (3, 4):
        frozen.at(T(2026, 3, day, 9, 0))
        calls.log_call(actor=actors["duty_officer"], outcome="hang_up", phone=PHONE)
    frozen.at(T(2026, 4, 2, 9, 0))
    out = tmp_path / "指标.xlsx"
    result = monthly_report.export_indicators(actor=sec, month="2026-03", path=out)
    assert result.sheets[0] == "指标"

    figures = indicators.monthly(actor=sec, month="2026-03")
    wb = load_workbook(out)
    assert wb.sheetnames == ["指标", "by_channel", "by_category", "by_priority",
                             "by_outcome", "by_status", "agents"]
    main = {row[0]: row[1:] for row in wb["指标"].iter_rows(min_row=2, values_only=True)}
    assert main["calls_total"] == (3, 1, 0)
    assert main["calls_valid"] == (figures["calls_valid"], figures["previous"]["calls_valid"],
                                   figures["last_year"]["calls_valid"]) == (1, 1, 0)
    assert main["resolution_hours.mean"][0] == pytest.approx(
        figures["resolution_hours"]["mean"])
    assert main["direct_answer_rate"][1] == pytest.approx(1.0)  # February: answered
    outcome = {r[0]: r[1:] for r in wb["by_outcome"].iter_rows(min_row=2, values_only=True)}
    assert outcome["hang_up"] == (2, 0, 0) and outcome["answered"] == (0, 1, 0)
    # a category named like a formula stays text
    categories = list(wb["by_category"].iter_rows(min_row=2))
    cell = next(r[0] for r in categories if HOSTILE in str(r[0].value))
    assert cell.value == "'" + HOSTILE and cell.data_type == "s"
    assert [r[1].value for r in categories if r[0] is cell] == [1]
    agents = [r for r in wb["agents"].iter_rows(min_row=2, values_only=True)]
    assert {a[0] for a in agents} == {a["user"] for a in figures["agents"]}

    row = PrintLog.select().order_by(PrintLog.id.desc()).get()
    assert (row.document, row.destination, row.detail) == ("indicators", "file",
                                                           "2026-03 xlsx")
    with pytest.raises(ValidationError):
        monthly_report.export_indicators(actor=sec, month="2026-03",
                                         path=tmp_path / "x.csv")
    with pytest.raises(PermissionDenied):
        monthly_report.export_indicators(actor=actors["duty_officer"], month="2026-03",
                                         path=tmp_path / "y.xlsx")


def test_calls_of_any_period_and_a_stopped_export(actors, frozen, tmp_path):
    sec = actors["secretary"]
    days = [T(2026, 2, 27, 9, 0), T(2026, 3, 1, 0, 0), T(2026, 3, 14, 23, 59),
            T(2026, 3, 15, 0, 0)]
    made = []
    for when in days:
        frozen.at(when)
        made.append(calls.log_call(actor=actors["duty_officer"], outcome="answered",
                                   phone=PHONE, caller_name=NAME, subject="期间").ticket_no)
    out = tmp_path / "p.csv"
    result = exporter.export_calls(actor=sec, path=out, date_from=dt.date(2026, 2, 28),
                                   date_to="2026-03-15")
    with open(out, encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["ticket_no"] for r in rows] == made[1:3]  # [from, to)
    assert result.rows == 2 and not result.stopped
    row = PrintLog.select().order_by(PrintLog.id.desc()).get()
    assert row.detail == "20260228-20260315 csv 2 rows"
    audit = json.loads(AuditLog.select().where(AuditLog.entity == "export").get().new)
    assert (audit["from"], audit["to"], audit["rows"]) == ("2026-02-28", "2026-03-15", 2)

    for bad in (dict(month="2026-03", date_from="2026-03-01", date_to="2026-03-02"),
                dict(date_from="2026-03-02", date_to="2026-03-02"),
                dict(date_from="2026-03-02"), dict(date_from="3/2", date_to="2026-04-01")):
        with pytest.raises(ValidationError):
            exporter.export_calls(actor=sec, path=tmp_path / "bad.csv", **bad)

    logged = PrintLog.select().count()
    monkey = exporter.STOP_EVERY
    try:
        exporter.STOP_EVERY = 1
        for name in ("s.csv", "s.xlsx"):
            stopped = exporter.export_calls(actor=sec, month="2026-03",
                                            path=tmp_path / name,
                                            should_stop=lambda: True)
            assert stopped.stopped and stopped.rows == 1
            assert not (tmp_path / name).exists()
    finally:
        exporter.STOP_EVERY = monkey
    assert not list(tmp_path.glob("*.part"))
    assert PrintLog.select().count() == logged  # nothing exported, nothing logged


def test_the_print_log_is_read_back_per_case_and_per_exporter(actors, frozen, tmp_path):
    """What the register and the exports page list: a case's prints newest first,
    with who and which version; a secretary sees her own exports, a director all."""
    from hotline.services import print_log

    sec, director = actors["secretary"], actors["director"]
    case = _closed(actors, frozen)
    archives.archive_case(actor=sec, call_id=case.id, target=tmp_path / "a.pdf")
    frozen.now += dt.timedelta(minutes=5)
    archives.working_copy(actor=sec, call_id=case.id, target=tmp_path / "p.pdf",
                          destination="screen")  # looked at: not logged
    archives.record_working_print(actor=sec, call_id=case.id, masked=True, pages=2)
    rows = print_log.prints_of_case(actor=sec, call_id=case.id)
    assert [(r.document, r.destination, r.masked, r.by) for r in rows] == [
        ("case_working", "printer", True, sec.display_name),
        ("case_archive", "file", False, sec.display_name)]
    assert rows[1].version == 1
    frozen.now += dt.timedelta(minutes=5)
    exporter.export_calls(actor=sec, month="2026-03", path=tmp_path / "s.csv")
    frozen.now += dt.timedelta(minutes=5)
    exporter.export_calls(actor=director, month="2026-03", path=tmp_path / "d.csv")
    assert [r.by for r in print_log.recent_exports(actor=sec)] == [sec.display_name]
    assert [r.by for r in print_log.recent_exports(actor=director)] == [
        director.display_name, sec.display_name]
    with pytest.raises(PermissionDenied):
        print_log.prints_of_case(actor=actors["duty_officer"], call_id=case.id)
