"""The audit log holds ids, codes and field names only (DESIGN §3, §10; issue 7
point 3): no caller phone or name, no note, solution, comment or handover text,
nothing typed at sign-in; rows written before are scrubbed by migration 3; the
administrator's view still says who changed what, when."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from hotline import demo
from hotline.domain.audit_rules import scrub_entity_id, scrub_values
from hotline.models import (AuditLog, Call, CallEvent, Callback, Caller, HandoverNote,
                            Survey, User, db)
from hotline.services import audit_log, callers, calls, shifts, users
from hotline.services.base import Actor, audit
from hotline.services.errors import AuthenticationFailed, DomainError
from hotline.storage import migrations
from hotline.storage.dialect import insert_row

NOW = dt.datetime(2026, 3, 18, 15, 20, 0)


def audit_texts() -> list[str]:
    """Every column of every audit row, as text."""
    return ["\x00".join(str(v) for v in (a.actor_name, a.entity, a.entity_id,
                                         a.action, a.old, a.new, a.at, a.actor_id))
            for a in AuditLog.select()]


def leaks(needles, texts) -> list[str]:
    blob = "\x01".join(texts)
    return sorted({n for n in needles if n in blob})


def _work_on_demo_cases(result) -> dict:
    """What people do on a working day, through the services, as the demo's
    users: log calls from known callers, write notes, resolve, call back, rate,
    edit a caller, leave a handover note."""
    by_role = {}
    for u in result.users:
        by_role.setdefault(u.role, []).append(
            Actor.from_user(User.get(User.username == u.username)))
    duty, spec, sup = by_role["duty_officer"][0], by_role["specialist"][0], \
        by_role["supervisor"][0]
    known = list(Caller.select().where(Caller.name != "").order_by(Caller.id)
                 .limit(12))
    typed = {"notes": [], "phones": [], "names": []}
    for i, caller in enumerate(known[:6]):
        name = f"来电人{i}号王{i}"
        case = calls.log_call(actor=duty, outcome="transferred", phone=caller.phone,
                              caller_name=name, subject=f"欠薪投诉第{i}件",
                              description=f"公司拖欠工资三个月，地址幸福路{i}号",
                              assignee_id=spec.id, confidential=i % 2 == 0)
        note = f"已告知来电人携带劳动合同第{i}次"
        calls.add_note(actor=duty, call_id=case.id, text=note)
        calls.start(actor=spec, call_id=case.id)
        calls.resolve(actor=spec, call_id=case.id, solution=f"已调解，补发工资{i}千元")
        calls.record_callback(actor=spec, call_id=case.id, reached=True,
                              note=f"回访满意，电话{caller.phone}")
        calls.record_survey(actor=spec, call_id=case.id, rating=5 - i % 3,
                            comment=f"服务很好，谢谢专员{i}")
        calls.close(actor=sup, call_id=case.id, note=f"结案说明{i}")
        typed["notes"].append(note)
        typed["names"].append(name)
    for i, caller in enumerate(known[6:9]):
        callers.update_caller(actor=duty, phone=caller.phone, name=f"改名李{i}",
                              organization=f"幸福单位{i}", notes=f"多次来电的老人{i}",
                              flagged=True, flag_reason=f"情绪激动{i}")
    shifts.write_handover(actor=duty, body="交班：13912345678 的王女士下午回电")
    typed["phones"].append("13912345678")
    return typed


@pytest.fixture
def demo_db(database):
    result = demo.generate(actor=Actor.system("test"), calls=400, seed=7, months=1,
                           now=NOW, batch_size=200)
    return result


def test_demo_database_audit_holds_no_personal_data_or_free_text(demo_db):
    typed = _work_on_demo_cases(demo_db)
    # a failed sign-in too: it is audited, without what was typed
    with pytest.raises(AuthenticationFailed):
        users.authenticate(username="张三 13800138000", password="x")
    assert AuditLog.select().count() > 40
    needles = set()
    for phone, name, org, notes, reason in Caller.select(
            Caller.phone, Caller.name, Caller.organization, Caller.notes,
            Caller.flag_reason).tuples():
        needles.update(v for v in (phone, name, org, notes, reason) if v)
    for (detail,) in CallEvent.select(CallEvent.detail).tuples():
        needles.update(part for part in detail.split(" — ") if part)
    for subject, description, solution, phone in Call.select(
            Call.subject, Call.description, Call.solution, Call.phone).tuples():
        needles.update(v for v in (subject, description, solution, phone) if v)
    needles.update(n for (n,) in Callback.select(Callback.note).tuples() if n)
    needles.update(c for (c,) in Survey.select(Survey.comment).tuples() if c)
    needles.update(b for (b,) in HandoverNote.select(HandoverNote.body).tuples())
    needles.update(u.display_name for u in User.select())
    needles.update(typed["notes"] + typed["names"] + typed["phones"])
    needles.update(["张三 13800138000", "13800138000"])
    # codes the timeline also carries ('answered', 'reached', a rating) are no
    # free text; neither are 1-3 character fragments that occur in any id or date
    needles = {n for n in needles if len(n) >= 4 and not n.isascii() or
               (n.isdigit() and len(n) >= 5)}
    assert len(needles) > 500  # the demo's callers, notes, solutions and comments
    texts = audit_texts()
    assert leaks(needles, texts) == []
    # and no Chinese at all: nothing the app audits is written in words
    assert [t for t in texts if any("\u4e00" <= ch <= "\u9fff" for ch in t)] == []


def test_failed_sign_in_with_a_password_as_user_name_leaves_no_trace(database,
                                                                     actors):
    typed = "Tr0ub4dor&3-horse"
    before = AuditLog.select().count()
    for attempt in (typed, f"  {typed}  ", "13800138000", "1234"):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(username=attempt, password="whatever-1")
    # a real account with a wrong password: audited against the account
    with pytest.raises(AuthenticationFailed):
        users.authenticate(username="admin1", password=typed)
    texts = audit_texts()
    assert AuditLog.select().count() > before
    assert leaks({typed, "Tr0ub4dor", "horse", "13800138000"}, texts) == []
    # the numeric attempt '1234' is no account id either
    assert [a.entity_id for a in AuditLog.select().where(AuditLog.actor.is_null())
            if a.entity_id] == []


def test_every_call_site_keeps_ids_codes_and_field_names(actors):
    duty, spec = actors["duty_officer"], actors["specialist"]
    start = AuditLog.select().order_by(AuditLog.id.desc()).first()
    start_id = start.id if start else 0
    case = calls.log_call(actor=duty, outcome="transferred", phone="13912345678",
                          caller_name="王五", subject="欠薪", assignee_id=spec.id)
    calls.add_note(actor=duty, call_id=case.id, text="请携带合同")
    calls.start(actor=spec, call_id=case.id)
    calls.resolve(actor=spec, call_id=case.id, solution="已调解")
    rows = list(AuditLog.select().where(AuditLog.id > start_id).order_by(AuditLog.id))
    create, note, start_row, resolve = rows
    created = json.loads(create.new)
    assert created["ticket_no"] == case.ticket_no and created["status"] == "assigned"
    assert created["outcome"] == "transferred" and created["assignee_id"] == spec.id
    assert "phone" in created["changed"] and "13912345678" not in create.new
    assert json.loads(note.new) == {"changed": ["text"]}
    assert create.entity_id == note.entity_id == str(case.id)
    resolved = json.loads(resolve.new)
    assert resolved["status"] == "resolved" and resolved["changed"] == ["solution"]
    assert "已调解" not in resolve.new and isinstance(resolved["resolved_at"], str)


@pytest.mark.parametrize("values, expected", [
    ({"status": "resolved", "solution": "已调解"},
     {"status": "resolved", "changed": ["solution"]}),
    ({"phone": "139", "assignee_id": 4, "confidential": True},
     {"assignee_id": 4, "confidential": True, "changed": ["phone"]}),
    ({"file": "/home/wang/来电.csv", "rows_imported": 3, "from": "b.db"},
     {"rows_imported": 3, "changed": ["file", "from"]}),
    ({"status": "<b>free text</b>", "at": "not a date", "users": ["li", "wang"]},
     {"changed": ["at", "status", "users"]}),
    ({"from": "2026-01-19", "to": "2026-03-18 15:20:00", "seed": 7},
     {"from": "2026-01-19", "to": "2026-03-18 15:20:00", "seed": 7}),
    ({}, {}),
    (None, None),
])
def test_scrub_rules(values, expected):
    assert scrub_values(values) == expected
    assert scrub_values(scrub_values(values)) == expected  # idempotent


def test_entity_ids_are_ids():
    assert scrub_entity_id("call", 42, actor_known=True) == "42"
    assert scrub_entity_id("holiday", dt.date(2026, 10, 1), actor_known=True) == \
        "2026-10-01"
    assert scrub_entity_id("export", "2026-03", actor_known=True) == "2026-03"
    assert scrub_entity_id("sla_policy", "normal", actor_known=True) == "normal"
    assert scrub_entity_id("import", "张三来电.csv", actor_known=True) == ""
    assert scrub_entity_id("user", "secretpass", actor_known=True) == ""
    assert scrub_entity_id("user", "42", actor_known=False) == ""


OLD_ROWS = [
    # (actor, actor_name, entity, entity_id, action, old, new) as written before
    ("duty", "call", "ID", "create", "", {
        "ticket_no": "20260301-0001", "outcome": "transferred", "status": "assigned",
        "phone": "13912345678", "category_id": None, "priority": "normal",
        "assignee_id": 3, "confidential": True, "anonymous": False}),
    ("duty", "call", "ID", "note", "", {"text": "来电人王五住幸福路3号"}),
    ("spec", "call", "ID", "resolve", {"status": "in_progress", "solution": ""},
     {"status": "resolved", "solution": "已调解补发工资", "resolved_at":
      "2026-03-01 10:00:00"}),
    ("spec", "call", "ID", "survey", "", {"rating": 2, "comment": "态度差，王专员"}),
    ("duty", "caller", "9", "update", {"name": "", "notes": ""},
     {"name": "王五", "notes": "多次来电"}),
    ("duty", "handover", "1", "create", "", {"body": "交班：13912345678 回电"}),
    (None, "user", "MyS3cret-pass", "login_failed", "",
     {"reason": "unknown or inactive account"}),
    (None, "user", "13800138000", "login_failed", "",
     {"reason": "unknown or inactive account"}),
    ("dir", "import", "张三来电.csv", "import", "",
     {"file": "/home/张三/张三来电.csv", "rows_imported": 3, "categories_created":
      ["劳动争议/欠薪"]}),
    ("dir", "sla_policy", "normal", "update", {"resolution_minutes": 600},
     {"resolution_minutes": 900}),
    ("dir", "holiday", "2026-10-01", "create", "", {"is_workday": False,
                                                    "name": "国庆节"}),
    ("adm", "database", "", "backup", "", {"file": "/backups/x.db", "size": 10,
                                           "at": "2026-03-01 10:00:00"}),
]


def _insert_old_rows(actors):
    who = {"duty": actors["duty_officer"], "spec": actors["specialist"],
           "dir": actors["director"], "adm": actors["admin"]}
    case = calls.log_call(actor=actors["duty_officer"], outcome="answered",
                          subject="咨询")
    AuditLog.delete().execute()
    for key, entity, entity_id, action, old, new in OLD_ROWS:
        actor = who.get(key)
        insert_row(AuditLog, dict(
            at=dt.datetime(2026, 3, 1, 10, 0), actor=actor.id if actor else None,
            actor_name=actor.username if actor else "", entity=entity,
            entity_id=str(case.id) if entity_id == "ID" else entity_id,
            action=action,
            old=json.dumps(old, ensure_ascii=False) if old != "" else "",
            new=json.dumps(new, ensure_ascii=False)))
    return case


def _table():
    return [(a.id, a.actor_id, a.actor_name, a.entity, a.entity_id, a.action, a.old,
             a.new, a.at) for a in AuditLog.select().order_by(AuditLog.id)]


def test_migration_scrubs_old_rows_in_batches_and_idempotently(actors, monkeypatch):
    case = _insert_old_rows(actors)
    # a row in the new format, written through audit(), must come out unchanged
    with db.atomic():
        audit(actors["supervisor"], "call", case.id, "reopen",
              {"status": "resolved"}, {"status": "reopened", "reason": "重办"})
    new_style = _table()[-1]
    before = _table()
    monkeypatch.setattr(migrations, "AUDIT_SCRUB_BATCH", 5)
    with db.atomic():
        migrations._m003_audit_privacy(db.obj)
    after = _table()
    assert len(after) == len(before) and after[-1] == new_style
    forbidden = {"13912345678", "13800138000", "王五", "幸福路", "已调解", "态度差",
                 "多次来电", "交班", "MyS3cret", "张三", "国庆节", "/backups",
                 "劳动争议", "unknown or inactive"}
    texts = ["\x00".join(str(v) for v in row) for row in after]
    assert leaks(forbidden, texts) == []
    by_index = after
    create = json.loads(by_index[0][7])
    assert create == {"ticket_no": "20260301-0001", "outcome": "transferred",
                      "status": "assigned", "category_id": None, "priority": "normal",
                      "assignee_id": 3, "confidential": True, "anonymous": False,
                      "changed": ["phone"]}
    assert json.loads(by_index[1][7]) == {"changed": ["text"]}
    assert json.loads(by_index[2][6]) == {"status": "in_progress",
                                          "changed": ["solution"]}
    assert json.loads(by_index[3][7]) == {"rating": 2, "changed": ["comment"]}
    assert json.loads(by_index[4][7]) == {"changed": ["name", "notes"]}
    assert by_index[4][4] == "9"  # a caller id stays
    assert by_index[6][4] == by_index[7][4] == ""  # what was typed at sign-in: gone
    assert by_index[8][4] == ""  # a file name is no id
    assert json.loads(by_index[8][7]) == {
        "rows_imported": 3, "changed": ["categories_created", "file"]}
    assert by_index[9][4] == "normal" and by_index[10][4] == "2026-10-01"
    assert json.loads(by_index[11][7]) == {"size": 10, "at": "2026-03-01 10:00:00",
                                           "changed": ["file"]}
    # ids, times, who and what are untouched
    assert [r[:4] + r[5:6] + r[8:] for r in after] == \
        [r[:4] + r[5:6] + r[8:] for r in before]
    # a second run changes nothing
    with db.atomic():
        migrations._m003_audit_privacy(db.obj)
    assert _table() == after


def test_migrate_runs_the_scrub_on_an_old_database(actors):
    from hotline.models import SchemaVersion

    _insert_old_rows(actors)
    SchemaVersion.update(version=2).execute()
    assert migrations.migrate(db.obj) == migrations.LATEST - 2
    assert leaks({"13912345678", "王五", "MyS3cret"}, audit_texts()) == []


def test_admin_view_says_who_changed_what_when(actors):
    duty, spec, admin = actors["duty_officer"], actors["specialist"], actors["admin"]
    case = calls.log_call(actor=duty, outcome="transferred", phone="13912345678",
                          subject="欠薪", assignee_id=spec.id, confidential=True)
    calls.start(actor=spec, call_id=case.id)
    calls.resolve(actor=spec, call_id=case.id, solution="已调解")
    users.set_role(actor=admin, user_id=duty.id, role="specialist")
    entries = audit_log.list_audit(actor=admin, limit=4)
    assert [(e.actor, e.entity, e.action) for e in entries] == [
        ("admin1", "user", "set_role"), ("specialist1", "call", "resolve"),
        ("specialist1", "call", "start"), ("duty_officer1", "call", "create")]
    role, resolve, _, create = entries
    assert role.label == "duty_officer1" and role.values["role"] == \
        ("duty_officer", "specialist")
    assert resolve.label == case.ticket_no and resolve.entity_id == str(case.id)
    assert "solution" in resolve.fields and "status" in resolve.fields
    assert resolve.values["status"] == ("in_progress", "resolved")
    assert "phone" in create.fields and create.values["confidential"] == (None, True)
    assert all(isinstance(e.at, dt.datetime) for e in entries)
    # keyset paging and the entity filter
    older = audit_log.list_audit(actor=admin, before_id=entries[1].id, limit=50,
                                 entity="call")
    assert [e.action for e in older][:2] == ["start", "create"]
    assert all(e.entity == "call" for e in older)
    with pytest.raises(DomainError):
        audit_log.list_audit(actor=duty, limit=5)
