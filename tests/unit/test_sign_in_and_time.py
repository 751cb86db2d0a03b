"""Sign-in outside the write lock, a lazy dummy hash, nothing typed as a user name
stored (issue 7 point 5); the center's time zone and the server clock (point 8)."""

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hotline.models import AuditLog, Call, Setting, User, db
from hotline.services import calls, clock, config, users
from hotline.services.errors import AuthenticationFailed, ValidationError
from hotline.storage import is_sqlite
from helpers import make_user

SECRET = "Zhang-San-2026-pw"


@pytest.fixture
def center(database):
    users.bootstrap_admin(username="admin", display_name="管理员",
                          password="Adm1n-Secret-xyz")
    users.create_user(actor=users.authenticate(username="admin",
                                               password="Adm1n-Secret-xyz"),
                      username="zhangsan", display_name="张三", role="duty_officer",
                      password=SECRET)
    clock.reset()
    yield database
    clock.reset()


def _all_text() -> str:
    """Everything the database holds, as text (what a reader of the file sees)."""
    if is_sqlite():
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        path = Path(db.database)
        return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*")
                        ).decode("utf-8", "replace")
    return db.execute_sql(
        "SELECT string_agg(t::text, '') FROM (SELECT row_to_json(u) t FROM "
        "\"user\" u UNION ALL SELECT row_to_json(a) FROM audit_log a) x").fetchone()[0]


def test_what_was_typed_as_user_name_is_never_stored(center):
    typed = "Pa55-typed-in-the-name-field"
    with pytest.raises(AuthenticationFailed):
        users.authenticate(username=typed, password="whatever-1")
    with pytest.raises(AuthenticationFailed):
        users.authenticate(username="zhangsan", password=typed + "-wrong")
    assert typed not in _all_text()
    failed = list(AuditLog.select().where(AuditLog.action == "login_failed")
                  .order_by(AuditLog.id))
    assert len(failed) == 2
    # unknown account: no name at all; existing account: its id
    assert failed[0].entity_id == "" and failed[0].actor_id is None
    assert json.loads(failed[0].new) == {"code": "unknown_account"}
    zhang = User.get(User.username == "zhangsan")
    assert failed[1].entity_id == str(zhang.id)
    assert zhang.failed_logins == 1


class _Hasher:
    """The argon2 hasher with `verify` replaced (PasswordHasher has slots)."""

    def __init__(self, real, verify):
        self.real, self.verify = real, verify

    def hash(self, password):
        return self.real.hash(password)

    def check_needs_rehash(self, hash_):
        return self.real.check_needs_rehash(hash_)


def test_password_is_verified_outside_any_write_transaction(center, monkeypatch):
    seen = []
    real_verify = users.HASHER.verify

    def verify(hash_, password):
        seen.append(db.transaction_depth())
        if is_sqlite():  # another process can take the write lock right now
            other = sqlite3.connect(db.database, timeout=0, isolation_level=None)
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            other.close()
        return real_verify(hash_, password)

    monkeypatch.setattr(users, "HASHER", _Hasher(users.HASHER, verify))
    assert users.authenticate(username="zhangsan", password=SECRET).username == \
        "zhangsan"
    with pytest.raises(AuthenticationFailed):
        users.authenticate(username="zhangsan", password="nope-nope-1")
    with pytest.raises(AuthenticationFailed):
        users.authenticate(username="nobody", password="nope-nope-1")
    assert seen == [0, 0, 0]
    assert User.get(User.username == "zhangsan").failed_logins == 1


def test_dummy_hash_is_not_computed_at_import():
    code = ("import time; t = time.perf_counter(); import hotline.services.users as u; "
            "import hotline.cli; print(u._DUMMY_HASH is None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, env=dict(os.environ))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True"


def test_unknown_user_still_costs_a_hash_verification(center, monkeypatch):
    verified = []
    real_verify = users.HASHER.verify
    monkeypatch.setattr(users, "HASHER", _Hasher(
        users.HASHER, lambda h, p: verified.append(h) or real_verify(h, p)))
    with pytest.raises(AuthenticationFailed):
        users.authenticate(username="nobody", password="nope-nope-1")
    assert verified == [users._DUMMY_HASH]  # computed on first use


# ----------------------------------------------------------------- time

def _set_machine_zone(monkeypatch, name):
    monkeypatch.setenv("TZ", name)
    time.tzset()


@pytest.fixture
def restore_tz():
    yield
    os.environ.pop("TZ", None)
    time.tzset()


def test_ticket_day_follows_the_center_zone_not_the_machine(center, monkeypatch,
                                                            restore_tz):
    admin = users.authenticate(username="admin", password="Adm1n-Secret-xyz")
    director = make_user("director", "director")
    duty = users.authenticate(username="zhangsan", password=SECRET)
    config.set_time_zone(actor=director, name="Asia/Shanghai")
    assert config.get_time_zone(actor=duty).name == "Asia/Shanghai"
    with pytest.raises(ValidationError, match="time_zone"):
        config.set_time_zone(actor=director, name="Mars/Olympus")
    # 2026-03-01 20:00 UTC: still March 1st in New York, March 2nd in Shanghai
    instant = dt.datetime(2026, 3, 1, 20, 0, tzinfo=dt.timezone.utc).timestamp()
    _set_machine_zone(monkeypatch, "America/New_York")
    monkeypatch.setattr(clock, "epoch", lambda: instant)
    case = calls.log_call(actor=duty, outcome="answered", phone="13800138000",
                          subject="跨时区")
    assert case.ticket_no == "20260302-0001"
    assert Call.get_by_id(case.id).received_at == dt.datetime(2026, 3, 2, 4, 0)
    # a lockout runs in the center's time as well
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(username="zhangsan", password="nope-nope-1")
    assert User.get(User.username == "zhangsan").locked_until == \
        dt.datetime(2026, 3, 2, 4, 0) + users.LOCKOUT
    assert admin is not None


def test_default_zone_is_the_machine_zone_at_first_run(db_url, monkeypatch, restore_tz):
    from hotline.storage import close_database, open_database

    _set_machine_zone(monkeypatch, "Asia/Urumqi")
    open_database(db_url)
    assert Setting.get(Setting.key == "time_zone").value == "Asia/Urumqi"
    close_database()
    _set_machine_zone(monkeypatch, "Europe/Paris")  # a second PC, another zone
    open_database(db_url)
    clock.reset()
    assert Setting.get(Setting.key == "time_zone").value == "Asia/Urumqi"
    assert clock.zone_name() == "Asia/Urumqi"
    clock.reset()


def test_a_skewed_pc_clock_gets_the_server_time_and_a_warning(center, monkeypatch):
    """The PC's clock is an hour fast: on PostgreSQL the saved row carries the
    server's time and sign-in reports the skew; on SQLite there is no server."""
    monkeypatch.setattr(clock, "_wall", lambda: time.time() + 3600)
    clock.reset()
    duty = users.authenticate(username="zhangsan", password=SECRET)
    case = calls.log_call(actor=duty, outcome="answered", phone="13800138000",
                          subject="时钟偏差")
    saved = Call.get_by_id(case.id).received_at
    center_now = dt.datetime.now(clock.zone()).replace(tzinfo=None)
    if is_sqlite():
        assert duty.clock_skew_seconds is None
        assert abs((saved - center_now).total_seconds() - 3600) < 30
    else:
        server_now = db.execute_sql(
            "SELECT (clock_timestamp() AT TIME ZONE %s)::timestamp",
            (clock.zone_name(),)).fetchone()[0]
        assert abs((saved - server_now).total_seconds()) < 5
        assert abs(duty.clock_skew_seconds + 3600) < 5
        assert abs(duty.clock_skew_seconds) > clock.SKEW_WARNING_SECONDS
    monkeypatch.setattr(clock, "_wall", time.time)
    clock.reset()
    duty = users.authenticate(username="zhangsan", password=SECRET)
    if not is_sqlite():
        assert abs(duty.clock_skew_seconds) < 5
