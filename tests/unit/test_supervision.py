"""Supervision of the team (services/supervision.py) on both backends: the bulk
reassignment moves exactly an agent's open cases, one timeline event and one audit
row each, all or nothing; a wrong target is refused by the field's name; the
overview counts open, overdue and supervised cases and who is on shift; and the
queue rows carry the open 督办's deadline and whether it has passed."""

import datetime as dt

import pytest

from hotline.models import AuditLog, Call, CallEvent, Shift, User
from hotline.services import calls, clock, queues, supervision
from hotline.services.errors import PermissionDenied, ValidationError

T = dt.datetime
NOW = T(2026, 10, 12, 10, 0)  # a Monday


@pytest.fixture
def frozen(monkeypatch):
    class Frozen:
        now = NOW

    f = Frozen()
    monkeypatch.setattr(clock, "now", lambda: f.now)
    return f


def _case(actors, assignee="specialist", **kw):
    values = dict(outcome="transferred", phone="13800138000", subject="欠薪",
                  assignee_id=actors[assignee].id)
    values.update(kw)
    return calls.log_call(actor=actors["duty_officer"], **values)


def _counts():
    return CallEvent.select().count(), AuditLog.select().count()


def _agent(overview, user_id):
    return next(a for a in overview if a.user_id == user_id)


def test_bulk_reassignment_moves_exactly_the_open_cases(actors, frozen):
    sup, spec, spec2 = actors["supervisor"], actors["specialist"], actors["specialist2"]
    assigned = _case(actors)
    started = _case(actors)
    calls.start(actor=spec, call_id=started.id)
    waiting = _case(actors)
    calls.start(actor=spec, call_id=waiting.id)
    calls.wait_customer(actor=spec, call_id=waiting.id, note="等材料")
    resolved = _case(actors)
    calls.start(actor=spec, call_id=resolved.id)
    calls.resolve(actor=spec, call_id=resolved.id, solution="已答复")
    someone_elses = _case(actors, assignee="specialist2")
    open_ids = {assigned.id, started.id, waiting.id}
    listed = supervision.open_cases_of(actor=sup, user_id=spec.id)
    assert {c.id for c in listed} == open_ids
    assert {c.assignee for c in listed} == {"specialist one"}

    events, audits = _counts()
    moved = supervision.reassign_open_cases(actor=sup, from_user_id=spec.id,
                                            to_user_id=spec2.id, note="休假")
    assert moved == 3
    assert supervision.open_cases_of(actor=sup, user_id=spec.id) == []
    now_his = {c.id for c in supervision.open_cases_of(actor=sup, user_id=spec2.id)}
    assert now_his == open_ids | {someone_elses.id}
    assert Call.get_by_id(resolved.id).assignee_id == spec.id  # not an open case
    # one "transferred" event and one "assign" audit row per case moved
    assert _counts() == (events + 3, audits + 3)
    for case_id in open_ids:
        event = (CallEvent.select().where(CallEvent.call == case_id)
                 .order_by(CallEvent.id.desc()).first())
        assert (event.kind, event.detail, event.actor_id, event.assignee_after) == (
            "transferred", "specialist two — 休假", sup.id, spec2.id)
        row = (AuditLog.select().where(AuditLog.entity == "call",
                                       AuditLog.entity_id == str(case_id))
               .order_by(AuditLog.id.desc()).first())
        assert row.action == "assign" and str(spec2.id) in row.new
        assert "休假" not in row.new  # no free text in the audit log
    # the workflow of assign: a case being worked goes back to "assigned" for the
    # new holder to sign for; the one waiting on the caller keeps waiting
    assert Call.get_by_id(started.id).status == "assigned"
    assert Call.get_by_id(started.id).signed_at is None
    after_wait = Call.get_by_id(waiting.id)
    assert (after_wait.status, after_wait.signed_at) == ("pending_customer", None)
    assert after_wait.paused_at is not None
    # … and is in his queue, where he resumes it
    assert waiting.id in {r.id for r in queues.my_queue(actor=spec2)}
    calls.resume(actor=spec2, call_id=waiting.id)


def test_reassigning_selected_cases_and_refusing_stale_or_foreign_ones(actors,
                                                                         frozen):
    sup, spec, spec2 = actors["supervisor"], actors["specialist"], actors["specialist2"]
    first, second, third = (_case(actors) for _ in range(3))
    other = _case(actors, assignee="specialist2")
    assert supervision.reassign_open_cases(
        actor=sup, from_user_id=spec.id, to_user_id=spec2.id,
        call_ids=[first.id, third.id]) == 2
    assert [c.id for c in supervision.open_cases_of(actor=sup, user_id=spec.id)] == [
        second.id]
    before = _counts()
    # a case that is no longer his (moved meanwhile, or never his): nothing moves
    with pytest.raises(ValidationError) as err:
        supervision.reassign_open_cases(
            actor=sup, from_user_id=spec.id, to_user_id=spec2.id,
            call_ids=[second.id, first.id, other.id])
    assert err.value.field == "call_ids" and err.value.code == "not_open_cases_of"
    assert first.ticket_no in str(err.value) and other.ticket_no in str(err.value)
    assert Call.get_by_id(second.id).assignee_id == spec.id
    assert _counts() == before
    with pytest.raises(ValidationError) as err:
        supervision.reassign_open_cases(actor=sup, from_user_id=spec.id,
                                        to_user_id=spec2.id, call_ids=[])
    assert err.value.field == "call_ids"


def test_the_target_is_refused_by_field_name(actors, frozen):
    sup, spec = actors["supervisor"], actors["specialist"]
    case = _case(actors)
    before = _counts()
    for target, code in ((actors["duty_officer"].id, "cannot_work_cases"),
                         (actors["secretary"].id, "cannot_work_cases"),
                         (999_999, "not_active_user"),
                         (None, "required"),
                         (spec.id, "same_person")):
        with pytest.raises(ValidationError) as err:
            supervision.reassign_open_cases(actor=sup, from_user_id=spec.id,
                                            to_user_id=target)
        assert (err.value.field, err.value.code) == ("to_user_id", code)
    User.update(active=False).where(User.id == actors["specialist2"].id).execute()
    with pytest.raises(ValidationError) as err:
        supervision.reassign_open_cases(actor=sup, from_user_id=spec.id,
                                        to_user_id=actors["specialist2"].id)
    assert (err.value.field, err.value.code) == ("to_user_id", "not_active_user")
    assert _counts() == before
    assert Call.get_by_id(case.id).assignee_id == spec.id


def test_all_or_nothing_when_one_case_fails(actors, frozen, monkeypatch):
    sup, spec, spec2 = actors["supervisor"], actors["specialist"], actors["specialist2"]
    cases = [_case(actors) for _ in range(3)]
    real = supervision._move
    seen = []

    def failing(actor, call, target, note):
        seen.append(call.id)
        if len(seen) == 3:  # the first two have been written by now
            raise ValidationError("call_ids", "refused for the test")
        return real(actor, call, target, note)

    monkeypatch.setattr(supervision, "_move", failing)
    before = _counts()
    with pytest.raises(ValidationError):
        supervision.reassign_open_cases(actor=sup, from_user_id=spec.id,
                                        to_user_id=spec2.id, note="x")
    assert len(seen) == 3
    assert _counts() == before
    assert {Call.get_by_id(c.id).assignee_id for c in cases} == {spec.id}
    assert {Call.get_by_id(c.id).version for c in cases} == {0}


def test_only_supervisors_and_directors_move_a_team_s_cases(actors, frozen):
    spec = actors["specialist"]
    _case(actors)
    for role in ("duty_officer", "specialist", "secretary", "admin"):
        with pytest.raises(PermissionDenied):
            supervision.reassign_open_cases(actor=actors[role], from_user_id=spec.id,
                                            to_user_id=actors["specialist2"].id)
        with pytest.raises(PermissionDenied):
            supervision.open_cases_of(actor=actors[role], user_id=spec.id)
        with pytest.raises(PermissionDenied):
            supervision.team_overview(actor=actors[role])
    assert supervision.reassign_open_cases(
        actor=actors["director"], from_user_id=spec.id,
        to_user_id=actors["specialist2"].id) == 1


def test_team_overview_counts_and_shifts(actors, frozen):
    sup, spec, spec2 = actors["supervisor"], actors["specialist"], actors["specialist2"]
    late = _case(actors)
    (Call.update(resolution_due=NOW - dt.timedelta(hours=1))
     .where(Call.id == late.id).execute())
    pressed = _case(actors)
    calls.supervise(actor=sup, call_id=pressed.id, note="请今日办结",
                    deadline=NOW + dt.timedelta(hours=2))
    _case(actors, assignee="specialist2")
    Shift.create(user=spec2.id, starts_at=NOW - dt.timedelta(hours=2),
                 ends_at=NOW + dt.timedelta(hours=6), label="早班")
    Shift.create(user=spec.id, starts_at=NOW + dt.timedelta(hours=8),
                 ends_at=NOW + dt.timedelta(hours=16), label="夜班")
    overview = supervision.team_overview(actor=sup)
    assert {a.role for a in overview} <= {"specialist", "supervisor", "director"}
    mine = _agent(overview, spec.id)
    assert (mine.open_cases, mine.overdue, mine.supervised,
            mine.supervision_overdue, mine.on_shift) == (2, 1, 1, 0, False)
    his = _agent(overview, spec2.id)
    assert (his.open_cases, his.overdue, his.on_shift, his.shift_label,
            his.shift_ends_at) == (1, 0, True, "早班", NOW + dt.timedelta(hours=6))
    frozen.now = NOW + dt.timedelta(hours=3)  # the 督办's deadline has passed
    mine = _agent(supervision.team_overview(actor=sup), spec.id)
    assert (mine.supervised, mine.supervision_overdue) == (1, 1)
    # a deactivated specialist still holding cases stays listed (to move them)
    User.update(active=False).where(User.id == spec.id).execute()
    mine = _agent(supervision.team_overview(actor=sup), spec.id)
    assert (mine.active, mine.open_cases) == (False, 2)
    assert supervision.reassign_open_cases(actor=sup, from_user_id=spec.id,
                                           to_user_id=spec2.id) == 2
    assert spec.id not in {a.user_id for a in supervision.team_overview(actor=sup)}


def test_resolved_cases_are_offered_for_reopening(actors, frozen):
    sup, spec = actors["supervisor"], actors["specialist"]
    old = _case(actors)
    calls.start(actor=spec, call_id=old.id)
    calls.resolve(actor=spec, call_id=old.id, solution="旧")
    frozen.now = NOW + dt.timedelta(days=40)
    recent = _case(actors)
    calls.start(actor=spec, call_id=recent.id)
    calls.resolve(actor=spec, call_id=recent.id, solution="新")
    assert [c.id for c in supervision.resolved_cases_of(actor=sup, user_id=spec.id)] \
        == [recent.id]
    newer = []
    for n in range(3):
        frozen.now += dt.timedelta(hours=1)
        case = _case(actors)
        calls.start(actor=spec, call_id=case.id)
        calls.resolve(actor=spec, call_id=case.id, solution=str(n))
        newer.append(case.id)
    calls.close(actor=spec, call_id=newer[0])  # closed ones count too
    assert [c.id for c in supervision.resolved_cases_of(
        actor=sup, user_id=spec.id, limit=3)] == newer[::-1]  # the latest first
    assert supervision.resolved_cases_of(actor=sup, user_id=actors["specialist2"].id) \
        == []


def test_queue_rows_carry_the_open_supervision_and_whether_it_is_overdue(
        actors, frozen):
    sup, spec = actors["supervisor"], actors["specialist"]
    pressed, plain, signed = _case(actors), _case(actors), _case(actors)
    calls.sign_for(actor=spec, call_id=signed.id)
    deadline = NOW + dt.timedelta(hours=4)
    calls.supervise(actor=sup, call_id=pressed.id, note="请今日办结", deadline=deadline)
    calls.supervise(actor=sup, call_id=signed.id, note="快",
                    deadline=NOW + dt.timedelta(days=1))
    rows = {r.id: r for r in queues.to_sign_for(actor=spec)}
    assert rows[pressed.id].supervision_deadline == deadline
    assert not rows[pressed.id].supervision_overdue
    assert rows[plain.id].supervision_deadline is None
    assert not rows[plain.id].supervision_overdue
    [mine] = queues.my_queue(actor=spec)
    assert mine.supervision_deadline == NOW + dt.timedelta(days=1)

    frozen.now = deadline + dt.timedelta(minutes=1)
    rows = {r.id: r for r in queues.to_sign_for(actor=spec)}
    assert rows[pressed.id].supervision_overdue
    assert not rows[plain.id].supervision_overdue
    # resolving ends the supervision: the row no longer carries it
    calls.start(actor=spec, call_id=signed.id)
    calls.resolve(actor=spec, call_id=signed.id, solution="已办结")
    rows = {r.id: r for r in queues.due_callbacks(actor=sup)}
    assert rows[signed.id].supervision_deadline is None


def test_the_supervisions_of_a_page_cost_one_statement_not_one_per_row(
        actors, frozen, monkeypatch):
    from hotline.models import db

    sup, spec = actors["supervisor"], actors["specialist"]
    database = db.obj
    real = database.execute_sql
    statements = []

    def counting(sql, *args, **kwargs):
        statements.append(sql)
        return real(sql, *args, **kwargs)

    def page_statements():
        statements.clear()
        monkeypatch.setattr(database, "execute_sql", counting)
        try:
            rows = queues.to_sign_for(actor=spec)
        finally:
            monkeypatch.setattr(database, "execute_sql", real)
        return rows, [s for s in statements if '"supervision"' in s], len(statements)

    first = _case(actors)
    calls.supervise(actor=sup, call_id=first.id, note="快",
                    deadline=NOW + dt.timedelta(hours=5))
    rows, lookups, total = page_statements()
    assert len(rows) == 1 and len(lookups) == 1
    for _ in range(6):
        case = _case(actors)
        calls.supervise(actor=sup, call_id=case.id, note="快",
                        deadline=NOW + dt.timedelta(hours=5))
    rows, lookups_after, total_after = page_statements()
    assert len(rows) == 7 and all(r.supervision_deadline for r in rows)
    assert len(lookups_after) == 1 and total_after == total
