"""The director's settings (issue 11 item 6), services/config.py: categories merged
and retired without losing history, reordered; the holiday calendar imported from
the year's official CSV (调休 included), all or nothing; the rubric's versions."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from hotline.models import AuditLog, Call, Category, Holiday
from hotline.services import calls, config, indicators, quality
from hotline.services.errors import Conflict, PermissionDenied, ValidationError

T = dt.datetime


@pytest.fixture
def tree(actors):
    """劳动争议 (欠薪, 工伤) and 社会保障 (养老)."""
    d = actors["director"]
    labour = config.save_category(actor=d, code="LAB", name="劳动争议", sort_order=10)
    wages = config.save_category(actor=d, code="LAB.WAGE", name="欠薪",
                                 parent_id=labour.id, sort_order=10)
    injury = config.save_category(actor=d, code="LAB.INJ", name="工伤",
                                  parent_id=labour.id, sort_order=20)
    social = config.save_category(actor=d, code="SOC", name="社会保障", sort_order=20)
    pension = config.save_category(actor=d, code="SOC.PEN", name="养老",
                                   parent_id=social.id, sort_order=10)
    return {"labour": labour.id, "wages": wages.id, "injury": injury.id,
            "social": social.id, "pension": pension.id}


def _audit(action):
    return [(r.entity_id, json.loads(r.old or "null"), json.loads(r.new or "null"))
            for r in AuditLog.select().where((AuditLog.entity == "category")
                                             & (AuditLog.action == action))
            .order_by(AuditLog.id)]


def test_merge_keeps_old_calls_and_past_months(actors, tree, frozen_clock):
    director, duty = actors["director"], actors["duty_officer"]
    frozen_clock.at(T(2026, 4, 15, 10))
    old = calls.log_call(actor=duty, outcome="answered", subject="工伤认定",
                         category_id=tree["injury"])
    april = indicators.indicators(actor=director, start="2026-04-01",
                                  end="2026-05-01")
    frozen_clock.at(T(2026, 5, 4, 9))
    merged = config.merge_category(actor=director, source_id=tree["injury"],
                                   target_id=tree["pension"])
    assert (merged.active, merged.merged_into_id, merged.merged_into_label) == (
        False, tree["pension"], "社会保障/养老")
    # the old case keeps its category; April's figures are what they were
    assert Call.get_by_id(old.id).category_id == tree["injury"]
    again = indicators.indicators(actor=director, start="2026-04-01",
                                  end="2026-05-01")
    assert again["by_category"] == april["by_category"] == {"劳动争议": 1}
    # audited in the same transaction, ids only
    assert _audit("merge") == [(str(tree["injury"]),
                                {"active": True, "merged_into_id": None},
                                {"active": False, "merged_into_id": tree["pension"],
                                 "repointed_count": 0})]
    # the call form's list offers the target, not the merged category
    offered = {c.id for c in config.list_categories(actor=duty)}
    assert tree["pension"] in offered and tree["injury"] not in offered
    everything = {c.id: c for c in config.list_categories(actor=director,
                                                          include_inactive=True)}
    assert everything[tree["injury"]].merged_into_id == tree["pension"]
    # and a new call cannot use it
    with pytest.raises(ValidationError) as refused:
        calls.log_call(actor=duty, outcome="answered", subject="x",
                       category_id=tree["injury"])
    assert refused.value.code == "not_active_category"


def test_merge_rules(actors, tree):
    director = actors["director"]
    with pytest.raises(PermissionDenied):
        config.merge_category(actor=actors["supervisor"], source_id=tree["injury"],
                              target_id=tree["wages"])
    with pytest.raises(ValidationError) as itself:
        config.merge_category(actor=director, source_id=tree["wages"],
                              target_id=tree["wages"])
    assert (itself.value.field, itself.value.code) == ("target_id", "merge_into_itself")
    with pytest.raises(Conflict) as children:  # its children would lose their parent
        config.merge_category(actor=director, source_id=tree["labour"],
                              target_id=tree["social"])
    assert children.value.code == "category_has_children"
    config.retire_category(actor=director, category_id=tree["pension"])
    with pytest.raises(ValidationError) as retired:
        config.merge_category(actor=director, source_id=tree["injury"],
                              target_id=tree["pension"])
    assert (retired.value.field, retired.value.code) == ("target_id",
                                                         "not_active_category")
    # merged into a category that is merged later: it follows to the new target
    config.merge_category(actor=director, source_id=tree["injury"],
                          target_id=tree["wages"])
    config.merge_category(actor=director, source_id=tree["wages"],
                          target_id=tree["social"])
    assert Category.get_by_id(tree["injury"]).merged_into_id == tree["social"]
    with pytest.raises(Conflict) as twice:
        config.merge_category(actor=director, source_id=tree["wages"],
                              target_id=tree["labour"])
    assert twice.value.code == "category_merged"
    # a merge target cannot be deleted
    with pytest.raises(Conflict) as in_use:
        config.delete_category(actor=director, category_id=tree["social"])
    assert in_use.value.code == "category_in_use"
    # restored, it is offered again and points nowhere
    back = config.restore_category(actor=director, category_id=tree["wages"])
    assert (back.active, back.merged_into_id) == (True, None)
    assert tree["wages"] in {c.id for c in config.list_categories(actor=director)}


def test_retire_and_restore(actors, tree):
    director, duty = actors["director"], actors["duty_officer"]
    config.retire_category(actor=director, category_id=tree["labour"])
    offered = {c.id for c in config.list_categories(actor=duty)}
    assert not offered & {tree["labour"], tree["wages"], tree["injury"]}
    with pytest.raises(ValidationError) as parent_retired:
        config.restore_category(actor=director, category_id=tree["wages"])
    assert (parent_retired.value.field, parent_retired.value.code) == (
        "parent_id", "not_active_category")
    config.restore_category(actor=director, category_id=tree["labour"])
    assert {tree["labour"], tree["wages"]} <= {
        c.id for c in config.list_categories(actor=duty)}
    assert [(e, o, n) for e, o, n in _audit("retire")] == [
        (str(tree["labour"]), {"active": True}, {"active": False})]
    assert len(_audit("restore")) == 1


def test_move_category_reorders_siblings(actors, tree):
    director = actors["director"]
    order = config.move_category(actor=director, category_id=tree["injury"], step=-1)
    assert order == [tree["injury"], tree["wages"]]
    children = [c.id for c in config.list_categories(actor=director)
                if c.parent_id == tree["labour"]]
    assert children == [tree["injury"], tree["wages"]]
    tops = config.move_category(actor=director, category_id=tree["labour"], step=5)
    assert tops == [tree["social"], tree["labour"]]
    assert [c.id for c in config.list_categories(actor=director)
            if c.parent_id is None] == [tree["social"], tree["labour"]]
    assert len(_audit("reorder")) == 2


GOOD_2026 = """date,type,name
2026-01-01,休,元旦
2026-01-02,休,元旦
2026-01-04,班,元旦调休
2026-02-14,workday,春节调休
2026-02-16,off,春节
2026-02-17,休,春节
"""


def test_holiday_csv_import_replaces_the_year(actors, tmp_path):
    director = actors["director"]
    config.set_holiday(actor=director, day=dt.date(2026, 3, 3), is_workday=False,
                       name="旧条目")
    config.set_holiday(actor=director, day=dt.date(2025, 12, 31), is_workday=False,
                       name="去年")
    path = tmp_path / "2026.csv"
    path.write_bytes(GOOD_2026.encode("utf-8-sig"))
    assert config.import_holidays(actor=director, path_or_text=str(path)) == 6
    days = config.list_holidays(actor=director, year=2026)
    assert [(h.day, h.is_workday, h.name) for h in days][:3] == [
        (dt.date(2026, 1, 1), False, "元旦"), (dt.date(2026, 1, 2), False, "元旦"),
        (dt.date(2026, 1, 4), True, "元旦调休")]
    assert len(days) == 6 and dt.date(2026, 3, 3) not in {h.day for h in days}
    assert Holiday.get_or_none(Holiday.day == dt.date(2025, 12, 31)) is not None
    row = AuditLog.select().where((AuditLog.entity == "holiday")
                                  & (AuditLog.action == "import")).get()
    assert row.entity_id == "2026"
    assert json.loads(row.old) == {"entries_count": 1}
    assert json.loads(row.new) == {"entries_count": 6, "days_off_count": 4,
                                   "workdays_count": 2}
    assert "元旦" not in (row.old + row.new)
    # GB18030 as a spreadsheet on Chinese Windows saves it; the text itself works too
    path.write_bytes("2026-10-01,休,国庆节\n".encode("gb18030"))
    assert config.import_holidays(actor=director, path_or_text=path) == 1
    assert config.list_holidays(actor=director, year=2026)[0].name == "国庆节"


@pytest.mark.parametrize("text, row, field, code", [
    ("date,type,name\n2026-01-01,休,元旦\n2026-13-01,休,坏日期\n", 3, "date",
     "not_a_date"),
    ("2026-01-01,休,元旦\n2026-01-02,放半天,元旦\n", 2, "type", "holiday_type"),
    ("2026-01-01,休,元旦\n\n2027-01-01,休,元旦\n", 3, "date", "holiday_other_year"),
    ("2026-01-01,休,元旦\n2026-01-01,班,元旦\n", 2, "date", "holiday_duplicate"),
    ("2026-01-01,休,元旦\n2026-01-02\n", 2, "type", "required"),
    ("2026-01-01,休," + "长" * 65 + "\n", 1, "name", "too_long"),
])
def test_a_bad_row_writes_nothing_and_is_named(actors, text, row, field, code):
    director = actors["director"]
    config.set_holiday(actor=director, day=dt.date(2026, 5, 1), is_workday=False,
                       name="劳动节")
    before = AuditLog.select().count()
    with pytest.raises(ValidationError) as bad:
        config.import_holidays(actor=director, path_or_text=text)
    assert (bad.value.field, bad.value.code, bad.value.params["row"]) == (field,
                                                                          code, row)
    assert [(h.day, h.name) for h in Holiday.select()] == [(dt.date(2026, 5, 1),
                                                            "劳动节")]
    assert AuditLog.select().count() == before


def test_import_errors_without_a_row(actors, tmp_path):
    director = actors["director"]
    with pytest.raises(ValidationError) as missing:
        config.import_holidays(actor=director, path_or_text=str(tmp_path / "no.csv"))
    assert (missing.value.field, missing.value.code) == ("path", "no_such_file")
    with pytest.raises(ValidationError) as empty:
        config.import_holidays(actor=director, path_or_text="date,type,name\n")
    assert (empty.value.field, empty.value.code) == ("path", "holiday_empty")
    with pytest.raises(ValidationError) as other_year:
        config.import_holidays(actor=director, path_or_text=GOOD_2026, year=2027)
    assert (other_year.value.code, other_year.value.params["row"]) == (
        "holiday_other_year", 2)
    with pytest.raises(PermissionDenied):
        config.import_holidays(actor=actors["supervisor"], path_or_text=GOOD_2026)


def test_imported_make_up_workday_counts_in_sla_due_times(actors, monkeypatch):
    """National Day 2026 imported: Oct 1–7 off, Saturday Oct 10 a workday (调休)."""
    from hotline.services import clock

    director, duty = actors["director"], actors["duty_officer"]
    text = "".join(f"2026-10-0{d},休,国庆节\n" for d in range(1, 8)) + \
        "2026-10-10,班,国庆调休\n"
    assert config.import_holidays(actor=director, path_or_text=text) == 8
    monkeypatch.setattr(clock, "now", lambda: T(2026, 9, 30, 17))
    case = calls.log_call(actor=duty, outcome="transferred", subject="欠薪",
                          assignee_id=actors["specialist"].id)
    row = Call.get_by_id(case.id)
    # normal: 240 business minutes to first response, 1,620 to resolution
    assert row.first_response_due == T(2026, 10, 8, 12)
    assert row.resolution_due == T(2026, 10, 10, 17)


def test_business_hours_read_back(actors):
    director = actors["director"]
    assert config.get_business_hours(actor=actors["duty_officer"]) == \
        config.BusinessHoursInfo(540, 1080)
    config.set_business_hours(actor=director, start_minute=8 * 60 + 30,
                              end_minute=17 * 60 + 30)
    assert config.get_business_hours(actor=director) == \
        config.BusinessHoursInfo(510, 1050)


def test_rubric_versions_listed(actors, frozen_clock):
    director = actors["director"]
    assert [v.version for v in config.rubric_versions(actor=director)] == [1]
    current = quality.get_rubric(actor=director)
    data = json.loads(quality.rules.rubric_to_json(current.rubric))
    data["vetoes"].append(["threat", "威胁来电人"])
    assert quality.save_rubric(actor=director, rubric=data) == 2
    versions = config.rubric_versions(actor=director)
    assert [(v.version, v.created_by, v.vetoes) for v in versions] == [
        (2, "director one", 6), (1, "director one", 5)]
    with pytest.raises(PermissionDenied):
        config.rubric_versions(actor=actors["supervisor"])


def test_migration_14_adds_merged_into_to_an_older_database(database, tmp_path):
    """A database made before merging existed gets `category.merged_into_id`
    (null on its categories); run again it changes nothing."""
    from peewee import PostgresqlDatabase, SqliteDatabase

    from hotline.storage.migrations import _m014_categories

    if isinstance(database, PostgresqlDatabase):
        old = database
        old.execute_sql('ALTER TABLE "category" DROP COLUMN "merged_into_id"')
        old.execute_sql('INSERT INTO "category" ("code", "name", "active", '
                        "\"sort_order\") VALUES ('OLD', '旧分类', TRUE, 0)")
    else:  # SQLite cannot drop a column of a foreign key: an older file
        old = SqliteDatabase(str(tmp_path / "old.db"))
        old.execute_sql('CREATE TABLE "category" ("id" INTEGER PRIMARY KEY, '
                        '"code" VARCHAR(32) UNIQUE, "name" VARCHAR(64), '
                        '"parent_id" INTEGER REFERENCES "category" ("id"), '
                        '"active" INTEGER, "sort_order" INTEGER)')
        old.execute_sql('INSERT INTO "category" ("code", "name", "active", '
                        "\"sort_order\") VALUES ('OLD', '旧分类', 1, 0)")
    assert "merged_into_id" not in {c.name for c in old.get_columns("category")}
    _m014_categories(old)
    _m014_categories(old)
    assert "merged_into_id" in {c.name for c in old.get_columns("category")}
    assert old.execute_sql('SELECT "code", "merged_into_id" FROM "category" '
                           "WHERE \"code\" = 'OLD'").fetchall() == [("OLD", None)]
    if old is not database:
        old.close()
