"""Importing calls from CSV: mapped files (GBK, value maps, date formats), invalid
rows with their row numbers, all-or-nothing, idempotent re-import, numbering."""

import csv
import datetime as dt
import json

import pytest

from hotline.models import (AuditLog, Call, CallEvent, Caller, Category,
                            TicketCounter)
from hotline.services import calls, clock, importer
from hotline.services.errors import PermissionDenied, ValidationError

T = dt.datetime

MAPPING = {
    "source": "12345-东区",
    "encoding": "gbk",
    "date_format": ["%Y/%m/%d %H:%M", "%Y-%m-%d %H:%M:%S"],
    "columns": {"external_ref": "工单编号", "received_at": "来电时间",
                "closed_at": "办结时间", "resolved_at": "办结时间",
                "channel": "渠道", "status": "状态", "category": "问题类别",
                "subcategory": "细类", "phone": "来电号码", "caller_name": "来电人",
                "subject": "标题", "description": "内容"},
    "values": {"channel": {"电话": "phone", "网站": "web", "微信": "wechat"},
               "status": {"已办结": "closed", "办理中": "in_progress"}},
    "defaults": {"outcome": "transferred", "priority": "normal"},
}
HEADER = ["工单编号", "来电时间", "办结时间", "渠道", "状态", "问题类别", "细类",
          "来电号码", "来电人", "标题", "内容"]
GOOD = [
    ["DQ-001", "2026/03/01 08:15", "2026/03/02 10:00", "电话", "已办结", "劳动争议",
     "欠薪", "138 0013 8000", "王五", "工资拖欠", "三个月未发工资"],
    ["DQ-002", "2026/03/01 09:30", "", "微信", "办理中", "婚姻家庭", "",
     "", "", "离婚财产", "=HYPERLINK(\"x\")"],
    ["DQ-003", "2026-03-02 23:59:59", "2026-03-03 00:00:00", "网站", "已办结",
     "劳动争议", "欠薪", "+86 138-0013-8000", "", "再次来电", "仍未解决"],
]


def write(path, rows, header=HEADER, encoding="gbk"):
    with open(path, "w", newline="", encoding=encoding) as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def mapping_file(tmp_path):
    path = tmp_path / "east.json"
    path.write_text(json.dumps(MAPPING, ensure_ascii=False), encoding="utf-8")
    return path


def test_gbk_file_with_mapping_imports_every_field(database, actors, tmp_path,
                                                   mapping_file):
    src = write(tmp_path / "east.csv", GOOD)
    result = importer.import_calls(actor=actors["director"], path=src,
                                   mapping=mapping_file)
    assert (result.rows_read, result.imported, result.rejected) == (3, 3, [])
    first = Call.get(Call.external_ref == "DQ-001")
    assert first.received_at == T(2026, 3, 1, 8, 15)
    assert first.resolved_at == first.closed_at == T(2026, 3, 2, 10, 0)
    assert (first.channel, first.status, first.outcome, first.priority) == \
        ("phone", "closed", "transferred", "normal")
    assert first.phone == "13800138000" and first.subject == "工资拖欠"
    caller = Caller.get(Caller.phone == "13800138000")
    assert caller.name == "王五" and first.caller_id == caller.id
    third = Call.get(Call.external_ref == "DQ-003")
    assert third.caller_id == caller.id  # same normalized phone, one caller
    wage = Category.get(Category.id == first.category_id)
    assert wage.name == "欠薪" and Category.get_by_id(wage.parent_id).name == "劳动争议"
    assert third.category_id == wage.id
    second = Call.get(Call.external_ref == "DQ-002")
    assert second.channel == "wechat" and second.status == "in_progress"
    assert second.description == '=HYPERLINK("x")'  # stored literally
    assert Category.get_by_id(second.category_id).parent_id is None
    assert sorted(result.categories_created) == ["劳动争议", "劳动争议/欠薪", "婚姻家庭"]
    # ticket numbers per received day, in file order; one "imported" event each
    assert [first.ticket_no, second.ticket_no, third.ticket_no] == \
        ["20260301-0001", "20260301-0002", "20260302-0001"]
    events = list(CallEvent.select().where(CallEvent.call == first.id))
    assert [(e.kind, e.to_status) for e in events] == [("imported", "closed")]
    assert "east.csv row 2" in events[0].detail
    (row,) = AuditLog.select().where(AuditLog.entity == "import")
    new = json.loads(row.new)
    # the file's path is recorded by name only (it may name a person)
    assert (new["rows_imported"], new["rows_rejected"]) == (3, 0)
    assert "file" in new["changed"] and str(src) not in row.new
    assert row.actor_id == actors["director"].id


def test_numbers_continue_the_days_counter_without_gaps(database, actors, tmp_path,
                                                         mapping_file, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: T(2026, 3, 1, 12, 0))
    logged = calls.log_call(actor=actors["duty_officer"], outcome="answered",
                            subject="咨询", received_at=T(2026, 3, 1, 11, 0))
    assert logged.ticket_no == "20260301-0001"
    importer.import_calls(actor=actors["admin"], path=write(tmp_path / "a.csv", GOOD),
                          mapping=mapping_file)
    assert Call.get(Call.external_ref == "DQ-001").ticket_no == "20260301-0002"
    assert Call.get(Call.external_ref == "DQ-002").ticket_no == "20260301-0003"
    assert TicketCounter.get(TicketCounter.day == dt.date(2026, 3, 1)).last == 3
    after = calls.log_call(actor=actors["duty_officer"], outcome="answered",
                           subject="咨询", received_at=T(2026, 3, 1, 11, 30))
    assert after.ticket_no == "20260301-0004"


BAD = [
    GOOD[0],
    ["DQ-010", "2026/02/30 08:00", "", "电话", "办理中", "劳动争议", "", "", "", "x", ""],
    ["DQ-011", "2026/03/05 10:00", "2026/03/05 09:00", "电话", "已办结", "劳动争议",
     "", "", "", "x", ""],
    ["DQ-012", "2026/03/05 10:00", "", "传真", "办理中", "劳动争议", "", "", "", "x",
     ""],
    ["DQ-001", "2026/03/06 10:00", "", "电话", "办理中", "劳动争议", "", "", "", "x",
     ""],
    ["DQ-013", "2026/03/06 11:00", "", "电话", "待定", "劳动争议", "", "", "", "x", ""],
    ["DQ-014", "2026/03/06 12:00", "", "电话", "已办结", "劳动争议", "", "", "", "x",
     ""],
    ["DQ-015", "", "", "电话", "办理中", "劳动争议", "", "", "", "x", ""],
    ["DQ-016", "2026/03/06 13:00", "", "电话", "办理中", "劳动争议", "", "12ab", "",
     "x", ""],
    GOOD[2],
]
EXPECTED_REJECTS = [
    (3, "unparseable date in received_at"),
    (4, "closed before received"),
    (5, "unknown channel '传真'"),
    (6, "duplicate external reference 'DQ-001' (first on row 2)"),
    (7, "unknown status '待定'"),
    (8, "status closed without closed_at"),
    (9, "received_at is missing"),
    (10, "phone is not a phone number"),
]


def _check_rejects(rejects):
    assert len(rejects) == len(EXPECTED_REJECTS)
    for reject, (row, reason) in zip(rejects, EXPECTED_REJECTS):
        assert reject.row == row and reason in reject.reason, (reject, row, reason)


def test_invalid_rows_block_the_whole_import(database, actors, tmp_path,
                                             mapping_file):
    src = write(tmp_path / "bad.csv", BAD)
    with pytest.raises(importer.ImportRejected) as err:
        importer.import_calls(actor=actors["director"], path=src, mapping=mapping_file)
    _check_rejects(err.value.rejects)
    assert "row 3: unparseable date" in str(err.value)
    assert err.value.field == "file"
    assert Call.select().count() == 0 and Category.select().count() == 0
    assert TicketCounter.select().count() == 0
    assert not AuditLog.select().where(AuditLog.entity == "import").exists()


def test_skip_invalid_imports_the_rest_and_lists_rejects(database, actors, tmp_path,
                                                         mapping_file):
    src = write(tmp_path / "bad.csv", BAD)
    result = importer.import_calls(actor=actors["director"], path=src,
                                   mapping=mapping_file, skip_invalid=True)
    _check_rejects(result.rejected)
    assert result.imported == 2
    assert {c.external_ref for c in Call.select()} == {"DQ-001", "DQ-003"}
    assert result.rejected[2].values["渠道"] == "传真"  # the row as it was read
    out = tmp_path / "rejects.csv"
    importer.write_rejects(result.rejected, out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["row", "reason", "工单编号"]
    assert [r[0] for r in rows[1:]] == [str(r) for r, _ in EXPECTED_REJECTS]
    new = json.loads(AuditLog.get(AuditLog.entity == "import").new)
    assert (new["rows_imported"], new["rows_rejected"]) == (2, 8)


def test_reimport_adds_nothing(database, actors, tmp_path, mapping_file):
    src = write(tmp_path / "east.csv", GOOD)
    importer.import_calls(actor=actors["director"], path=src, mapping=mapping_file)
    again = importer.import_calls(actor=actors["director"], path=src,
                                  mapping=mapping_file)
    assert (again.imported, again.skipped_existing) == (0, 3)
    assert Call.select().count() == 3 and CallEvent.select().count() == 3
    assert TicketCounter.get(TicketCounter.day == dt.date(2026, 3, 1)).last == 2
    # a file with one new row adds only that row
    more = write(tmp_path / "more.csv", GOOD + [
        ["DQ-004", "2026/03/01 10:00", "", "电话", "办理中", "婚姻家庭", "", "", "",
         "新", ""]])
    result = importer.import_calls(actor=actors["director"], path=more,
                                   mapping=mapping_file)
    assert (result.imported, result.skipped_existing) == (1, 3)
    assert Call.get(Call.external_ref == "DQ-004").ticket_no == "20260301-0003"


def test_category_parent_puts_new_categories_under_the_source(database, actors,
                                                               tmp_path):
    spec = dict(MAPPING, category_parent="东区热线")
    spec["columns"] = {k: v for k, v in MAPPING["columns"].items()
                       if k != "subcategory"}
    result = importer.import_calls(actor=actors["admin"],
                                   path=write(tmp_path / "e.csv", GOOD), mapping=spec)
    root = Category.get(Category.name == "东区热线", Category.parent.is_null())
    children = {c.name for c in Category.select().where(Category.parent == root.id)}
    assert children == {"劳动争议", "婚姻家庭"}
    assert result.categories_created[0] == "东区热线"
    with pytest.raises(ValidationError, match="three levels"):
        importer.load_mapping(dict(spec, columns=MAPPING["columns"]))


def test_existing_categories_are_reused(database, actors, tmp_path, mapping_file):
    labour = Category.create(code="LAB", name="劳动争议")
    wage = Category.create(code="LAB.WAGE", name="欠薪", parent=labour)
    result = importer.import_calls(actor=actors["director"],
                                   path=write(tmp_path / "e.csv", GOOD),
                                   mapping=mapping_file)
    assert result.categories_created == ["婚姻家庭"]
    assert Call.get(Call.external_ref == "DQ-001").category_id == wage.id


def test_wildcard_value_and_utf8_bom(database, actors, tmp_path):
    spec = dict(MAPPING, encoding="utf-8")
    spec["values"] = {"channel": {"电话": "phone", "*": "other"},
                      "status": MAPPING["values"]["status"]}
    rows = [GOOD[0][:3] + ["传真"] + GOOD[0][4:]]
    src = write(tmp_path / "u.csv", rows, encoding="utf-8-sig")
    importer.import_calls(actor=actors["director"], path=src, mapping=spec)
    assert Call.get().channel == "other"


def test_wrong_encoding_and_bad_mappings_are_explained(database, actors, tmp_path):
    src = write(tmp_path / "east.csv", GOOD)  # GBK bytes
    utf8 = dict(MAPPING, encoding="utf-8")
    with pytest.raises(ValidationError, match="gbk"):
        importer.import_calls(actor=actors["director"], path=src, mapping=utf8)
    with pytest.raises(ValidationError, match="not in the file: 工单号"):
        importer.import_calls(actor=actors["director"], path=src, mapping=dict(
            MAPPING, columns=dict(MAPPING["columns"], external_ref="工单号")))
    with pytest.raises(ValidationError, match="unknown key"):
        importer.load_mapping({"colums": {}})
    with pytest.raises(ValidationError, match="maps to unknown channel"):
        importer.load_mapping({"values": {"channel": {"电话": "telephone"}}})
    with pytest.raises(ValidationError, match="not a Hotline Desk export"):
        importer.import_calls(actor=actors["director"],
                              path=write(tmp_path / "x.csv", GOOD, encoding="utf-8"))
    bad_json = tmp_path / "m.json"
    bad_json.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError, match="not valid JSON"):
        importer.import_calls(actor=actors["director"], path=src, mapping=bad_json)
    assert Call.select().count() == 0


def test_only_importers_may_import(database, actors, tmp_path, mapping_file):
    src = write(tmp_path / "east.csv", GOOD)
    for role in ("duty_officer", "specialist", "supervisor", "secretary"):
        with pytest.raises(PermissionDenied):
            importer.import_calls(actor=actors[role], path=src, mapping=mapping_file)
    assert Call.select().count() == 0


def test_progress_and_cancel(database, actors, tmp_path, mapping_file):
    rows = [[f"P-{i}", f"2026/03/{1 + i % 28:02d} 08:00", "", "电话", "办理中",
             "劳动争议", "", "", "", "x", ""] for i in range(1200)]
    src = write(tmp_path / "big.csv", rows)
    seen = []
    importer.import_calls(actor=actors["director"], path=src, mapping=mapping_file,
                          on_progress=lambda d, t: seen.append((d, t)))
    # staging then moving: two steps per row, reported batch by batch
    assert seen[-1] == (2400, 2400) and (1200, 2400) in seen
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    # per day the numbers are 1..n without gaps
    days = {}
    for (ticket,) in Call.select(Call.ticket_no).tuples():
        day, number = ticket.split("-")
        days.setdefault(day, []).append(int(number))
    assert all(sorted(v) == list(range(1, len(v) + 1)) for v in days.values())
    src2 = write(tmp_path / "big2.csv", [[f"Q{r[0]}"] + r[1:] for r in rows])
    with pytest.raises(importer.ImportCancelled):
        importer.import_calls(actor=actors["director"], path=src2,
                              mapping=mapping_file, is_cancelled=lambda: True)
    assert Call.select().count() == 1200  # the cancelled import left nothing
