"""Accounts (argon2id, rules, lockout, unlock) and the audit trail."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from hotline.storage import is_sqlite
from hotline.models import AuditLog, User, db
from hotline.services import REGISTRY, calls, clock, users
from hotline.services.errors import (AccountLocked, AuthenticationFailed, Conflict,
                                     ValidationError)

SECRET = "Zhang-San-2026-pw"


@pytest.fixture
def admin(database):
    users.bootstrap_admin(username="admin", display_name="管理员",
                          password="Adm1n-Secret-xyz")
    return users.authenticate(username="admin", password="Adm1n-Secret-xyz")


def test_first_administrator_only_once(admin):
    with pytest.raises(Conflict):
        users.bootstrap_admin(username="eve", display_name="eve",
                              password="Another-passw0rd")
    assert User.select().count() == 1


def test_hash_is_argon2id_with_strong_parameters_and_no_plaintext(admin, db_url):
    users.create_user(actor=admin, username="zhangsan", display_name="张三",
                      role="duty_officer", password=SECRET)
    stored = User.get(User.username == "zhangsan").password_hash
    m = re.match(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$", stored)
    assert m, stored
    memory, time_cost, _ = map(int, m.groups())
    assert memory >= 19 * 1024 and time_cost >= 2  # OWASP minimum
    users.authenticate(username="zhangsan", password=SECRET)
    with pytest.raises(AuthenticationFailed):
        users.authenticate(username="zhangsan", password=SECRET + "x")
    # nothing in any table holds the password
    for row in AuditLog.select():
        assert SECRET not in row.old + row.new
    if is_sqlite():
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        path = Path(db.database)
        blob = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert SECRET.encode(encoding) not in blob
    else:
        dump = db.execute_sql(
            "SELECT string_agg(t::text, '') FROM (SELECT row_to_json(u) t FROM "
            "\"user\" u UNION ALL SELECT row_to_json(a) FROM audit_log a) x"
        ).fetchone()[0]
        assert SECRET not in dump


@pytest.mark.parametrize("password, why", [
    ("short1", "at least"),
    ("onlyletterslong", "letters and digits"),
    ("1234567890123", "letters and digits"),
    ("aaaa1111aaaa", "repetitive"),
    ("password123", "commonly used"),
    ("zhangsan2026x", "username"),
])
def test_password_rules(admin, password, why):
    with pytest.raises(ValidationError) as err:
        users.create_user(actor=admin, username="zhangsan", role="specialist",
                          password=password)
    assert err.value.field == "password" and why in err.value.message
    assert not User.select().where(User.username == "zhangsan").exists()


def test_lockout_after_five_failures_and_admin_unlock(admin, monkeypatch):
    users.create_user(actor=admin, username="lisi", role="specialist", password=SECRET)
    t0 = dt.datetime(2026, 11, 22, 9, 0)
    monkeypatch.setattr(clock, "now", lambda: t0)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed) as err:
            users.authenticate(username="lisi", password="wrong-passw0rd")
        assert not isinstance(err.value, AccountLocked)
    with pytest.raises(AccountLocked):
        users.authenticate(username="lisi", password="wrong-passw0rd")
    # locked: even the right password is refused
    with pytest.raises(AccountLocked):
        users.authenticate(username="lisi", password=SECRET)
    lisi = User.get(User.username == "lisi")
    assert lisi.failed_logins == 5 and lisi.locked_until > t0
    users.unlock_user(actor=admin, user_id=lisi.id)
    assert users.authenticate(username="lisi", password=SECRET).username == "lisi"
    assert User.get_by_id(lisi.id).failed_logins == 0
    actions = [a.action for a in AuditLog.select().where(
        AuditLog.entity == "user", AuditLog.entity_id == str(lisi.id))
        .order_by(AuditLog.id)]
    assert actions == ["create"] + ["login_failed"] * 4 + ["locked", "login_refused",
                                                           "unlock", "login"]


def test_lockout_expires(admin, monkeypatch):
    users.create_user(actor=admin, username="wangwu", role="specialist",
                      password=SECRET)
    t0 = dt.datetime(2026, 11, 22, 9, 0)
    monkeypatch.setattr(clock, "now", lambda: t0)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(username="wangwu", password="nope-nope-1")
    monkeypatch.setattr(clock, "now", lambda: t0 + users.LOCKOUT +
                        dt.timedelta(seconds=1))
    assert users.authenticate(username="wangwu", password=SECRET)


def test_unknown_user_gets_the_same_message(admin):
    with pytest.raises(AuthenticationFailed) as unknown:
        users.authenticate(username="nobody", password="whatever-1")
    with pytest.raises(AuthenticationFailed) as wrong:
        users.authenticate(username="admin", password="whatever-1")
    assert str(unknown.value) == str(wrong.value)


def test_every_change_writes_its_audit_row(admin):
    spec = users.create_user(actor=admin, username="spec", role="specialist",
                             password=SECRET)
    duty = users.create_user(actor=admin, username="duty", role="duty_officer",
                             password=SECRET)
    duty_actor = users.authenticate(username="duty", password=SECRET)
    spec_actor = users.authenticate(username="spec", password=SECRET)
    start = AuditLog.select().count()
    case = calls.log_call(actor=duty_actor, outcome="transferred", subject="欠薪",
                          phone="13912345678", assignee_id=spec.id)
    calls.start(actor=spec_actor, call_id=case.id)
    calls.resolve(actor=spec_actor, call_id=case.id, solution="已调解")
    users.set_role(actor=admin, user_id=duty.id, role="specialist")
    rows = list(AuditLog.select().where(AuditLog.id > 0).order_by(AuditLog.id)
                .offset(start))
    assert [(r.entity, r.action, r.actor_name) for r in rows] == [
        ("call", "create", "duty"), ("call", "start", "spec"),
        ("call", "resolve", "spec"), ("user", "set_role", "admin")]
    resolve = json.loads(rows[2].new)
    # the solution is recorded by name only (no free text in the audit log)
    assert resolve["status"] == "resolved" and resolve["changed"] == ["solution"]
    assert json.loads(rows[2].old)["status"] == "in_progress"
    assert json.loads(rows[3].old) == {"role": "duty_officer"}
    assert json.loads(rows[3].new) == {"role": "specialist"}


def test_no_service_changes_the_audit_log():
    for name, info in REGISTRY.items():
        if name.startswith("audit_log."):
            assert not info.writes, name


def test_admin_cannot_lock_themselves_out(admin):
    with pytest.raises(Conflict):
        users.set_active(actor=admin, user_id=admin.id, active=False)
    with pytest.raises(Conflict):
        users.set_role(actor=admin, user_id=admin.id, role="duty_officer")
