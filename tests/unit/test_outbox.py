"""The offline outbox (issue 13): calls kept on the workstation while the server
cannot be reached, replayed in order when it is back, each saved exactly once with
a gapless ticket number, also when the replay is killed halfway (kill -9) and run
again."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from hotline.models import AuditLog, Call, Category
from hotline.services import calls, config, outbox as outbox_service
from hotline.services.callers import caller_history
from hotline.services.errors import DatabaseUnavailable, ValidationError
from hotline.storage.outbox import Outbox

CHILD = Path(__file__).resolve().parents[1] / "outbox_child.py"


@pytest.fixture
def box(tmp_path, database):
    labour = Category.create(code="LAB", name="劳动争议")
    Category.create(code="LAB.WAGE", name="欠薪", parent=labour)
    Category.create(code="LAB.INJ", name="工伤", parent=labour)
    b = Outbox(tmp_path / "outbox" / "desk.sqlite")
    yield b
    b.close()


def leaf() -> Category:
    return Category.get(Category.code == "LAB.WAGE")


def values(i: int, **extra) -> dict:
    v = dict(outcome="answered", phone=f"1380013{i:04d}", caller_name=f"来电人{i}",
             channel="phone", category_id=leaf().id, priority="normal",
             subject=f"离线来电 {i}", description="服务器断开时登记", solution="已答复",
             assignee_id=None, confidential=False, anonymous=False,
             duration_seconds=60)
    v.update(extra)
    return v


def keep_calls(box, actor, n, start=None) -> list:
    start = start or dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=1)
    return [outbox_service.keep(box, actor=actor, values=values(i),
                                saved_at=start + dt.timedelta(seconds=30 * i))
            for i in range(1, n + 1)]


def numbers_of_day(day: dt.date) -> list[int]:
    prefix = f"{day:%Y%m%d}-"
    return sorted(int(c.ticket_no.split("-")[1]) for c in
                  Call.select(Call.ticket_no).where(Call.ticket_no.startswith(prefix)))


def test_kept_calls_get_provisional_numbers_and_a_private_file(database, actors, box):
    duty = actors["duty_officer"]
    kept = keep_calls(box, duty, 3)
    day = kept[0].saved_at
    assert [e.provisional for e in kept] == [f"P{day:%Y%m%d}-00{i}" for i in (1, 2, 3)]
    assert box.counts() == {"waiting": 3, "sent": 0, "failed": 0}
    assert Call.select().count() == 0  # nothing reached the server
    assert stat.S_IMODE(os.stat(box.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(box.path.parent).st_mode) == 0o700
    # a reopened outbox (the program restarted) still has them, in order
    again = Outbox(box.path)
    assert [e.provisional for e in again.waiting()] == [e.provisional for e in kept]
    assert again.waiting()[1].payload["subject"] == "离线来电 2"
    again.close()


def test_a_call_with_a_bad_field_is_not_kept(database, actors, box):
    with pytest.raises(ValidationError) as err:
        outbox_service.keep(box, actor=actors["duty_officer"],
                            values=values(1, subject="", outcome="answered"))
    assert err.value.field == "subject"
    assert box.counts()["waiting"] == 0


def test_replay_saves_each_call_once_in_order_with_gapless_numbers(
        database, actors, box):
    duty = actors["duty_officer"]
    before = calls.log_call(actor=duty, **values(900))  # the day's numbers go on
    kept = keep_calls(box, duty, 50)
    result = outbox_service.replay(box)
    assert len(result.sent) == 50 and not result.refused and result.remaining == 0
    assert box.counts() == {"waiting": 0, "sent": 50, "failed": 0}
    rows = {c.client_key: c for c in Call.select().where(Call.client_key.is_null(False))}
    assert len(rows) == 50
    for entry, sent in zip(kept, result.sent):
        call = rows[entry.key]
        assert sent.ticket_no == call.ticket_no and sent.call_id == call.id
        assert call.subject == entry.payload["subject"]
        assert call.ended_at == entry.saved_at  # when the officer saved it
        assert call.received_at == entry.saved_at - dt.timedelta(seconds=60)
        assert call.creator_id == duty.id
    # in the order they were logged, after the call saved online
    ordered = sorted(rows.values(), key=lambda c: c.id)
    assert [c.client_key for c in ordered] == [e.key for e in kept]
    days = {c.received_at.date() for c in rows.values()} | {before.received_at.date()}
    for day in days:
        numbers = numbers_of_day(day)
        assert numbers == list(range(1, len(numbers) + 1))
    audit = AuditLog.select().where(AuditLog.entity == "call",
                                    AuditLog.entity_id == str(ordered[0].id)).get()
    assert json.loads(audit.new)["offline"] is True
    assert "13800130001" not in audit.new  # no personal data in the audit log
    # a second replay has nothing to do
    assert outbox_service.replay(box).sent == []
    assert Call.select().count() == 51


def test_a_replay_interrupted_after_the_servers_commit_saves_nothing_twice(
        database, actors, box):
    duty = actors["duty_officer"]
    keep_calls(box, duty, 10)

    class Killed(BaseException):
        pass

    def die_at_fourth(entry, seen=[]):
        seen.append(entry)
        if len(seen) == 4:
            raise Killed  # the server has the 4th call; the outbox does not know

    with pytest.raises(Killed):
        outbox_service.replay(box, after_commit=die_at_fourth)
    assert Call.select().count() == 4
    assert box.counts() == {"waiting": 7, "sent": 3, "failed": 0}
    result = outbox_service.replay(box)
    assert len(result.sent) == 7
    assert Call.select().count() == 10
    assert len({c.ticket_no for c in Call.select()}) == 10
    numbers = numbers_of_day(Call.select().first().received_at.date())
    assert numbers == list(range(1, 11))


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["slow", "die-after-commit-25"])
def test_a_replay_killed_with_kill_9_halfway_resumes_exactly_once(
        database, db_url, actors, box, mode):
    duty = actors["duty_officer"]
    kept = keep_calls(box, duty, 50)
    box.close()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    child = subprocess.Popen([sys.executable, str(CHILD), db_url, str(box.path), mode],
                             stdout=subprocess.PIPE, text=True, env=env)
    if mode == "slow":  # kill it once about half the calls are on the server
        for line in child.stdout:
            if line.startswith("sent") and Call.select().count() >= 25:
                child.send_signal(signal.SIGKILL)
                break
    child.wait(timeout=120)
    assert child.returncode == -signal.SIGKILL
    on_server = Call.select().count()
    assert 25 <= on_server < 50
    again = Outbox(box.path)  # the workstation starts again
    result = outbox_service.replay(again)
    assert result.remaining == 0
    rows = list(Call.select())
    assert len(rows) == 50
    assert sorted(c.client_key for c in rows) == sorted(e.key for e in kept)
    numbers = numbers_of_day(rows[0].received_at.date())
    assert numbers == list(range(1, 51))
    mapping = {e.provisional: e.ticket_no for e in again.entries()}
    assert len(set(mapping.values())) == 50 and None not in mapping.values()
    by_key = {c.client_key: c.ticket_no for c in rows}
    assert all(by_key[e.key] == e.ticket_no for e in again.entries())
    again.close()


def test_a_refused_call_stays_with_its_reason_and_the_rest_go_on(database, actors, box):
    duty = actors["duty_officer"]
    kept = keep_calls(box, duty, 3)
    other = Category.get(Category.code == "LAB.INJ")
    box.retry(kept[1].key)  # nothing to retry yet: a no-op
    # the second call's category is retired while the desk was offline
    payload = dict(kept[1].payload, category_id=other.id)
    box._conn.execute("UPDATE entry SET payload = ? WHERE key = ?",
                      (__import__("json").dumps(payload), kept[1].key))
    config.retire_category(actor=actors["director"], category_id=other.id)
    result = outbox_service.replay(box)
    assert [e.provisional for e in result.sent] == [kept[0].provisional,
                                                    kept[2].provisional]
    (refused,) = result.refused
    assert refused.state == "failed"
    error = outbox_service.refusal_error(refused.error)
    assert isinstance(error, ValidationError) and error.field == "category_id"
    assert error.code == "not_active_category"
    # the officer corrects it; it goes in with the next replay
    box.retry(refused.key, dict(payload, category_id=leaf().id))
    assert len(outbox_service.replay(box).sent) == 1
    assert Call.select().count() == 3


def test_the_server_going_away_again_stops_the_replay(database, actors, box,
                                                      monkeypatch):
    duty = actors["duty_officer"]
    keep_calls(box, duty, 5)
    real = calls.log_call
    made = []

    def flaky(**kwargs):
        if len(made) == 2:
            raise DatabaseUnavailable("Nothing was saved: gone.",
                                      code="server_unreachable", reason="gone")
        made.append(real(**kwargs))
        return made[-1]

    monkeypatch.setattr(calls, "log_call", flaky)
    result = outbox_service.replay(box)
    assert len(result.sent) == 2 and result.remaining == 3
    assert result.stopped_by == "server_unreachable"
    monkeypatch.setattr(calls, "log_call", real)
    assert len(outbox_service.replay(box).sent) == 3


def test_caller_history_and_assignees_as_last_seen(database, actors, box):
    duty = actors["duty_officer"]
    calls.log_call(actor=duty, **values(7))
    history = caller_history(actor=duty, phone="13800130007")
    outbox_service.remember_history(box, "13800130007", history)
    recalled, seen_at = outbox_service.recall_history(box, "13800130007")
    assert recalled == history
    assert recalled.calls[0].subject == "离线来电 7"
    assert isinstance(seen_at, dt.datetime)
    assert outbox_service.recall_history(box, "13900000000") is None
    # calls of the number kept offline since are part of it, newest first
    outbox_service.keep(box, actor=duty, values=values(7, subject="又来电了"))
    recalled, _ = outbox_service.recall_history(box, "13800130007")
    assert [c.subject for c in recalled.calls] == ["又来电了", "离线来电 7"]
    assert recalled.calls[0].ticket_no.startswith("P") and recalled.calls[0].id == 0
    assert recalled.total_calls == history.total_calls + 1
    outbox_service.keep(box, actor=duty, values=values(8))
    only_kept, _ = outbox_service.recall_history(box, "13800130008")
    assert [c.subject for c in only_kept.calls] == ["离线来电 8"]
    from hotline.services import users
    people = users.list_assignees(actor=duty)
    outbox_service.remember_assignees(box, ("specialist",), people)
    assert outbox_service.recall_assignees(box, ("specialist",))[0] == people


def test_is_unreachable_only_for_a_server_that_cannot_be_reached():
    assert outbox_service.is_unreachable(
        DatabaseUnavailable("x", code="server_unreachable"))
    assert not outbox_service.is_unreachable(DatabaseUnavailable("x", code="disk_full"))
    assert not outbox_service.is_unreachable(ValidationError("subject", "is required"))


def test_the_workstation_keeps_callers_data_no_longer_than_it_needs(database, actors,
                                                                     box):
    duty = actors["duty_officer"]
    kept = keep_calls(box, duty, 2)
    outbox_service.replay(box)
    outbox_service.remember_history(box, "13800130001",
                                    caller_history(actor=duty, phone="13800130001"))
    box.prune(dt.datetime.now() + dt.timedelta(hours=2))  # a sent call: kept a day
    assert box.get(kept[0].key).payload["phone"] == "13800130001"
    box.prune(dt.datetime.now() + dt.timedelta(days=2))
    gone = box.get(kept[0].key)
    assert gone.payload == {} and gone.ticket_no  # provisional → ticket stays
    assert outbox_service.recall_history(box, "13800130001") is not None
    box.prune(dt.datetime.now() + dt.timedelta(days=31))
    assert outbox_service.recall_history(box, "13800130001") is None
    box.close()
    raw = box.path.read_bytes() + (box.path.with_name(box.path.name + "-wal")
                                   .read_bytes() if box.path.with_name(
                                       box.path.name + "-wal").exists() else b"")
    assert "来电人1".encode() not in raw


def test_a_call_whose_online_save_was_committed_before_the_line_broke_is_not_doubled(
        database, actors, box):
    """The form saves online with the call's key; the server commits, the answer is
    lost, the form keeps the call offline under the same key: the replay finds it."""
    duty = actors["duty_officer"]
    online = calls.log_call(actor=duty, client_key="k-123", **values(1))
    entry = outbox_service.keep(box, actor=duty, values=dict(values(1),
                                                             client_key="k-123"))
    assert entry.key == "k-123"
    result = outbox_service.replay(box)
    assert [e.ticket_no for e in result.sent] == [online.ticket_no]
    assert Call.select().count() == 1
