"""Exporting a month: the canonical CSV round-trips every field of every case into
an empty database; formula cells are neutralized in CSV and XLSX."""

import csv
import datetime as dt
from pathlib import Path

import pytest

from hotline.storage import close_database, is_sqlite, open_database
from hotline.storage.migrations import migrate
from hotline.models import AuditLog, Call, Caller, Category, PrintLog, User, db
from hotline.services import calls, clock, exporter, importer
from hotline.services.errors import PermissionDenied, ValidationError
from helpers import make_user

T = dt.datetime
HOSTILE = ["=SUM(A1:A9)", "+86 热线", "-1", "@cmd", "'quoted", "'=already", "普通"]


@pytest.fixture
def month(database, actors, monkeypatch):
    """A March with cases in every state, made through the services."""
    now = {"t": T(2026, 3, 1, 0, 0, 0)}
    monkeypatch.setattr(clock, "now", lambda: now["t"])
    duty, spec, sup = actors["duty_officer"], actors["specialist"], actors["supervisor"]
    labour = Category.create(code="LAB", name="劳动争议")
    wage = Category.create(code="LAB.WAGE", name="欠薪", parent=labour)
    top = Category.create(code="FAM", name="婚姻家庭")
    ids = []
    for i, subject in enumerate(HOSTILE):
        now["t"] = T(2026, 3, 1 + i, 9, 0, 0, 123000)
        ids.append(calls.log_call(
            actor=duty, outcome="answered", phone=f"1380013800{i}",
            caller_name=f"来电人{i}", channel="phone", category_id=wage.id,
            subject=subject, description=f'第一行, "引号"\n第二行 {subject}',
            solution=subject, duration_seconds=60 + i).id)
    now["t"] = T(2026, 3, 10, 10, 0)
    t = calls.log_call(actor=duty, outcome="transferred", phone="+44 20 7946 0000",
                       caller_name="Smith", channel="email", category_id=top.id,
                       priority="urgent", subject="遗产", assignee_id=spec.id,
                       confidential=True).id
    now["t"] = T(2026, 3, 10, 10, 5)
    calls.start(actor=spec, call_id=t)
    now["t"] = T(2026, 3, 10, 10, 10)
    calls.wait_customer(actor=spec, call_id=t, note="等材料")
    now["t"] = T(2026, 3, 11, 10, 10)
    calls.resume(actor=spec, call_id=t)
    now["t"] = T(2026, 3, 11, 12, 0)
    calls.resolve(actor=spec, call_id=t, solution="已答复")
    now["t"] = T(2026, 3, 12, 9, 0)
    calls.reopen(actor=sup, call_id=t, reason="不满意")
    ids.append(t)
    now["t"] = T(2026, 3, 31, 23, 59, 59)
    ids.append(calls.log_call(actor=duty, outcome="hang_up", anonymous=True,
                              phone="13900139000").id)
    ids.append(calls.log_call(actor=duty, outcome="callback", subject="回电",
                              channel="walk_in").id)
    now["t"] = T(2026, 4, 1, 0, 0, 0)
    calls.log_call(actor=duty, outcome="answered", subject="四月")  # not exported
    now["t"] = T(2026, 4, 2)
    return ids


def snapshot() -> dict:
    """Every field of every March case, references by their natural keys."""
    out = {}
    for c in (Call.select().where(Call.received_at < T(2026, 4, 1))
              .order_by(Call.ticket_no)):
        row = {f: getattr(c, f) for f in Call._meta.sorted_field_names
               # version counts changes made in this database (stale-view check)
               if f not in ("id", "caller", "category", "assignee", "creator",
                            "version")}
        caller = Caller.get_or_none(Caller.id == c.caller_id)
        row["caller"] = (caller.phone, caller.name) if caller else None
        cat = Category.get_or_none(Category.id == c.category_id)
        row["category"] = (cat.code, cat.name, cat.parent.name if cat.parent else None) \
            if cat else None
        row["assignee"] = User.get_by_id(c.assignee_id).username if c.assignee_id \
            else None
        row["creator"] = User.get_by_id(c.creator_id).username if c.creator_id \
            else None
        out[c.ticket_no] = row
    return out


def _empty_database(db_url, tmp_path):
    """A new, empty database on the same backend, with the same accounts."""
    usernames = [(u.username, u.role) for u in User.select().order_by(User.id)]
    if is_sqlite():
        close_database()
        database = open_database(f"sqlite:///{tmp_path / 'empty.db'}")
    else:
        database = db.obj
        database.execute_sql("DROP SCHEMA public CASCADE")
        database.execute_sql("CREATE SCHEMA public")
        migrate(database)
    assert Call.select().count() == 0
    for username, role in usernames:
        make_user(username, role)
    return database


def test_csv_round_trips_every_field_of_every_case(month, actors, db_url, tmp_path):
    before = snapshot()
    assert len(before) == len(month) == 10
    out = tmp_path / "march.csv"
    result = exporter.export_calls(actor=actors["director"], month="2026-03", path=out)
    assert result.rows == 10 and result.redacted == 0
    _empty_database(db_url, tmp_path)
    imported = importer.import_calls(actor=actors["admin"], path=out)
    assert (imported.imported, imported.rejected) == (10, [])
    after = snapshot()
    assert list(after) == list(before)  # same ticket numbers
    for ticket in before:
        for field, value in before[ticket].items():
            assert after[ticket][field] == value, (ticket, field)
    again = importer.import_calls(actor=actors["admin"], path=out)
    assert (again.imported, again.skipped_existing) == (0, 10)


def test_csv_neutralizes_formula_cells(month, actors, tmp_path):
    out = tmp_path / "march.csv"
    exporter.export_calls(actor=actors["secretary"], month="2026-03", path=out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese right
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    subjects = [r["subject"] for r in rows[:len(HOSTILE)]]
    assert subjects == ["'=SUM(A1:A9)", "'+86 热线", "'-1", "'@cmd", "''quoted",
                        "''=already", "普通"]
    for row in rows:
        for value in row.values():
            assert not value or value[0] not in "=+-@", value
    assert all(r["received_at"] < "2026-04-01" for r in rows)
    assert rows[-1]["received_at"] == "2026-03-31 23:59:59"
    assert rows[0]["received_at"] == "2026-03-01 08:59:00.123000"  # minus 60 s on the line
    assert rows[0]["category"] == "劳动争议" and rows[0]["subcategory"] == "欠薪"


def test_secretary_gets_confidential_cases_without_content(month, actors, tmp_path):
    out = tmp_path / "march.csv"
    result = exporter.export_calls(actor=actors["secretary"], month="2026-03",
                                   path=out)
    assert result.redacted == 1
    with open(out, encoding="utf-8-sig", newline="") as fh:
        secret = [r for r in csv.DictReader(fh) if r["confidential"] == "1"]
    assert len(secret) == 1
    assert secret[0]["subject"] == secret[0]["phone"] == secret[0]["solution"] == ""
    assert secret[0]["status"] == "reopened"
    (row,) = AuditLog.select().where(AuditLog.entity == "export")
    assert row.actor_id == actors["secretary"].id and '"rows": 10' in row.new
    # the export is in the print log too (who, what, masked)
    (logged,) = PrintLog.select()
    assert (logged.document, logged.actor_id, logged.masked, logged.detail) == (
        "export", actors["secretary"].id, True, "2026-03 csv 10 rows")


def test_xlsx_has_typed_cells_and_no_formulas(month, actors, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "march.xlsx"
    result = exporter.export_calls(actor=actors["director"], month="2026-03", path=out)
    assert result.rows == 10
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    assert header == list(importer.CANONICAL_COLUMNS)
    assert len(rows) == 11
    subject = header.index("subject")
    assert rows[1][subject] == "'=SUM(A1:A9)"
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
    received = rows[1][header.index("received_at")]
    assert isinstance(received, dt.datetime) and received.date() == dt.date(2026, 3, 1)


def test_export_rules(month, actors, tmp_path):
    with pytest.raises(PermissionDenied):
        exporter.export_calls(actor=actors["duty_officer"], month="2026-03",
                              path=tmp_path / "x.csv")
    with pytest.raises(ValidationError, match="YYYY-MM"):
        exporter.export_calls(actor=actors["director"], month="March",
                              path=tmp_path / "x.csv")
    with pytest.raises(ValidationError, match=r"\.csv or \.xlsx"):
        exporter.export_calls(actor=actors["director"], month="2026-03",
                              path=tmp_path / "x.pdf")
    empty = exporter.export_calls(actor=actors["director"], month="2025-01",
                                  path=tmp_path / "empty.csv")
    assert empty.rows == 0
    assert Path(tmp_path / "empty.csv").read_text(encoding="utf-8-sig").strip() == \
        ",".join(importer.CANONICAL_COLUMNS)
