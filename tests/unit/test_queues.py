"""The specialist's queues and the call backs due (services/queues.py) on both
backends: what is in each list, in which order, page by page; signing for a case
moves it; who sees which call back; the navigation counts; the partial indexes of
migration 10 are the ones the pages read."""

import datetime as dt

import pytest

from hotline.models import Call, db
from hotline.services import calls, clock, queues
from hotline.services.errors import PermissionDenied, ValidationError
from helpers import make_user

T = dt.datetime
NOW = T(2026, 10, 12, 10, 0)  # a Monday


@pytest.fixture
def frozen(monkeypatch):
    class Frozen:
        now = NOW

    f = Frozen()
    monkeypatch.setattr(clock, "now", lambda: f.now)
    return f


def _case(actors, outcome="transferred", assignee="specialist", by="duty_officer",
          **kw):
    values = dict(outcome=outcome, phone="13800138000", subject="欠薪",
                  assignee_id=actors[assignee].id if assignee else None)
    values.update(kw)
    return calls.log_call(actor=actors[by], **values)


def _ids(rows):
    return [r.id for r in rows]


def _all_pages(fn, actor, limit):
    rows, after = [], None
    while True:
        page = fn(actor=actor, after=after, limit=limit)
        assert len(page) <= limit
        rows += page
        if len(page) < limit:
            return rows
        after = page[-1].key


def test_my_queue_orders_by_resolution_due_and_pages_by_key_with_ties(actors, frozen):
    spec = actors["specialist"]
    dues = [None if h is None else NOW + dt.timedelta(hours=h)
            for h in (30, 5, 30, None, 5, 30, 2, None, 50)]
    ids = []
    for due in dues:
        case = _case(actors)
        (Call.update(resolution_due=due, signed_at=NOW)
         .where(Call.id == case.id).execute())
        ids.append(case.id)
    expected = [i for _, i in sorted(
        ((due, i) for due, i in zip(dues, ids) if due is not None))] + \
        sorted(i for due, i in zip(dues, ids) if due is None)
    assert _ids(queues.my_queue(actor=spec)) == expected
    for limit in (1, 2, 3, 4):  # pages end inside ties and inside the no-due rows
        assert _ids(_all_pages(queues.my_queue, spec, limit)) == expected
    first = queues.my_queue(actor=spec, limit=1)[0]
    assert first.kind == "queue" and first.due_at == NOW + dt.timedelta(hours=2)
    assert first.clock.state == "at_risk"  # 2 hours left
    assert first.subject == "欠薪" and first.phone == "13800138000"
    # someone else's cases and closed cases are not in it
    assert queues.my_queue(actor=actors["specialist2"]) == []
    with pytest.raises(PermissionDenied):
        queues.my_queue(actor=actors["duty_officer"])
    with pytest.raises(ValidationError):
        queues.my_queue(actor=spec, after=("tomorrow", 3))


def test_signing_for_a_case_moves_it_from_to_sign_for_to_my_queue(actors, frozen):
    spec = actors["specialist"]
    case = _case(actors)
    [row] = queues.to_sign_for(actor=spec)
    assert (row.id, row.kind, row.signed_at) == (case.id, "sign_for", None)
    assert queues.my_queue(actor=spec) == []
    counts = queues.queue_counts(actor=spec)
    assert (counts.my_queue, counts.to_sign_for) == (0, 1)

    calls.sign_for(actor=spec, call_id=case.id, expected_version=row.version)
    assert queues.to_sign_for(actor=spec) == []
    [row] = queues.my_queue(actor=spec)
    assert row.id == case.id and row.signed_at == NOW
    assert row.response_clock.state == "met"  # signing is the first response
    counts = queues.queue_counts(actor=spec)
    assert (counts.my_queue, counts.to_sign_for) == (1, 0)

    # handed to a colleague: his to sign for, no longer mine
    calls.transfer(actor=spec, call_id=case.id, assignee_id=actors["specialist2"].id,
                   note="换人")
    assert queues.my_queue(actor=spec) == []
    assert _ids(queues.to_sign_for(actor=actors["specialist2"])) == [case.id]


def test_a_case_being_worked_is_in_my_queue_until_resolved(actors, frozen):
    spec = actors["specialist"]
    case = _case(actors)
    calls.start(actor=spec, call_id=case.id)  # start signs it too
    calls.wait_customer(actor=spec, call_id=case.id, note="等材料")
    frozen.now = NOW + dt.timedelta(days=30)
    [row] = queues.my_queue(actor=spec)
    assert row.status == "pending_customer" and row.clock.state == "paused"
    calls.resume(actor=spec, call_id=case.id)
    calls.resolve(actor=spec, call_id=case.id, solution="已答复")
    assert queues.my_queue(actor=spec) == []


def test_the_pool_is_offered_to_specialists_who_may_see_it(actors, frozen):
    spec = actors["specialist"]
    plain = _case(actors, outcome="callback", assignee=None)
    secret = _case(actors, outcome="callback", assignee=None, confidential=True)
    mine = _case(actors, outcome="callback", assignee=None, by="specialist",
                 confidential=True)
    pool = queues.to_sign_for(actor=spec)
    assert sorted(_ids(pool)) == sorted([plain.id, mine.id])  # not the secret one
    assert {r.kind for r in pool} == {"pool"}
    assert secret.id not in _ids(queues.to_sign_for(actor=actors["specialist2"]))
    assert queues.to_sign_for(actor=actors["supervisor"]) == []  # no pool for him
    assert queues.queue_counts(actor=spec).to_sign_for == 2
    calls.sign_for(actor=spec, call_id=plain.id)  # taken from the pool
    assert _ids(queues.my_queue(actor=spec)) == [plain.id]
    assert plain.id not in _ids(queues.to_sign_for(actor=actors["specialist2"]))


def test_due_callbacks_definition(actors, frozen):
    duty, spec = actors["duty_officer"], actors["specialist"]
    waiting = _case(actors, outcome="callback", assignee=None)
    reached = _case(actors, outcome="callback", assignee=None)
    missed = _case(actors, outcome="callback", assignee=None)
    answered = _case(actors, outcome="answered", assignee=None)  # closed at once: nothing due
    calls.record_callback(actor=duty, call_id=reached.id, reached=True)
    calls.record_callback(actor=duty, call_id=missed.id, reached=False)
    # resolved cases awaiting their 回访
    resolved = []
    resolved_at = NOW + dt.timedelta(minutes=10)
    for _ in range(4):
        case = _case(actors)
        calls.start(actor=spec, call_id=case.id)
        frozen.now = NOW
        calls.record_callback(actor=spec, call_id=case.id, reached=True)  # before
        frozen.now = resolved_at
        calls.resolve(actor=spec, call_id=case.id, solution="已办理")
        resolved.append(case)
    frozen.now = NOW + dt.timedelta(hours=1)
    calls.record_callback(actor=spec, call_id=resolved[1].id, reached=True)  # 回访
    calls.record_callback(actor=spec, call_id=resolved[2].id, reached=False)
    calls.record_survey(actor=spec, call_id=resolved[3].id, rating=5)

    rows = queues.due_callbacks(actor=actors["supervisor"])
    by_id = {r.id: r for r in rows}
    assert set(by_id) == {waiting.id, missed.id, resolved[0].id, resolved[2].id}
    assert answered.id not in by_id
    assert by_id[missed.id].attempts == 1 and by_id[waiting.id].attempts == 0
    assert by_id[missed.id].kind == "callback"
    assert by_id[resolved[0].id].kind == "revisit"
    assert by_id[resolved[0].id].attempts == 0  # the call back before resolving
    assert by_id[resolved[2].id].attempts == 1
    assert by_id[resolved[0].id].due_at == resolved_at  # waiting since then
    # callbacks by first-response due, resolved cases by resolution time, in one order
    keys = [r.key for r in rows]
    assert keys == sorted(keys, key=lambda k: (k[0] is None, k[0] or T.min, k[1]))
    assert _ids(_all_pages(queues.due_callbacks, actors["supervisor"], 1)) == \
        _ids(rows)
    # scope: the duty officer the cases he logged, the specialist his assigned ones
    assert set(_ids(queues.due_callbacks(actor=duty))) == set(by_id)
    assert set(_ids(queues.due_callbacks(actor=spec))) == \
        {resolved[0].id, resolved[2].id}
    assert queues.due_callbacks(actor=actors["specialist2"]) == []
    assert queues.queue_counts(actor=duty).callbacks == 4
    assert queues.queue_counts(actor=spec).callbacks == 2
    with pytest.raises(PermissionDenied):
        queues.due_callbacks(actor=actors["secretary"])


def test_confidential_cases_stay_with_those_who_may_see_them(actors, frozen):
    duty2 = make_user("duty2", "duty_officer", "duty two")
    secret = _case(actors, outcome="callback", assignee=None, confidential=True)
    assigned = _case(actors, outcome="callback", confidential=True)
    for who in ("specialist2", "supervisor", "director"):
        assert secret.id not in _ids(queues.to_sign_for(actor=actors[who]))
    assert queues.due_callbacks(actor=duty2) == []
    assert queues.due_callbacks(actor=actors["specialist2"]) == []
    assert _ids(queues.due_callbacks(actor=actors["specialist"])) == [assigned.id]
    assert set(_ids(queues.due_callbacks(actor=actors["supervisor"]))) == \
        {secret.id, assigned.id}
    for who in ("specialist2",):
        counts = queues.queue_counts(actor=actors[who])
        assert (counts.my_queue, counts.to_sign_for, counts.callbacks) == (0, 0, 0)


def test_counts_for_roles_without_the_lists(actors, frozen):
    _case(actors, outcome="callback", assignee=None)
    counts = queues.queue_counts(actor=actors["duty_officer"])
    assert (counts.my_queue, counts.to_sign_for, counts.callbacks) == (None, None, 1)
    counts = queues.queue_counts(actor=actors["secretary"])
    assert (counts.my_queue, counts.to_sign_for, counts.callbacks) == (None, None, None)
    counts = queues.queue_counts(actor=actors["supervisor"])
    assert (counts.my_queue, counts.to_sign_for, counts.callbacks) == (0, 0, 1)


def _plan(sql: str, params) -> str:
    database = db.obj
    if database.param == "?":
        rows = database.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        return " ".join(str(r[-1]) for r in rows)
    database.execute_sql("SET enable_seqscan = off")
    try:
        rows = database.execute_sql("EXPLAIN " + sql, params).fetchall()
    finally:
        database.execute_sql("SET enable_seqscan = on")
    return " ".join(r[0] for r in rows)


def test_pages_read_the_partial_indexes_of_migration_10(actors, frozen):
    spec = actors["specialist"]
    p = db.obj.param
    queue = queues._bind([queues._queue_part(spec)])[0]
    sql = queues._sql(queue, p, "after")
    assert "call_open_assignee_due" in _plan(sql, queue.params + (NOW, 0, 50))
    pool = queues._bind(queues._sign_parts(spec))[1]
    assert "call_open_assignee_due" in _plan(queues._sql(pool, p, "first"),
                                             pool.params + (50,))
    callback, revisit = queues._bind(queues._callback_parts(actors["supervisor"]))
    assert "call_open_outcome_due" in _plan(queues._sql(callback, p, "first"),
                                             callback.params + (50,))
    assert "call_resolved_at_id" in _plan(queues._sql(revisit, p, "after"),
                                          revisit.params + (NOW, 0, 50))
    # call backs and surveys are looked up per case, never joined whole (a hash
    # anti-join reads the whole table: PostgreSQL picks it on stale statistics)
    for part in (callback, revisit):
        assert "Anti Join" not in _plan(queues._sql(part, p, "count"), part.params)
