"""Disk full or server gone: a clear message, nothing half-written, and the next
call works again once the cause is gone (DESIGN §10)."""

import pytest

from hotline.storage import close_database, open_database
from hotline.models import AuditLog, Call, CallEvent, db
from hotline.services import calls
from hotline.services.errors import DatabaseUnavailable
from helpers import make_user


def test_disk_full_on_sqlite_keeps_nothing_half_written(tmp_path):
    close_database()
    open_database(f"sqlite:///{tmp_path / 'small.db'}")
    duty = make_user("duty", "duty_officer")
    calls.log_call(actor=duty, outcome="answered", subject="第一通")
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {int(pages)}")  # the disk is now full
    with pytest.raises(DatabaseUnavailable) as err:
        for i in range(200):
            calls.log_call(actor=duty, outcome="answered", subject="满" * 150,
                           description="长" * 5000)
    assert "disk is full" in str(err.value)
    n = Call.select().count()
    assert CallEvent.select().count() == n  # no call without its event
    assert AuditLog.select().where(AuditLog.entity == "call").count() == n
    db.execute_sql("PRAGMA max_page_count = 1073741823")  # space freed
    calls.log_call(actor=duty, outcome="answered", subject="恢复后")
    assert Call.select().count() == n + 1
    close_database()


def test_server_gone_then_back_on_postgresql(pg_url):
    open_database(pg_url)
    duty = make_user("duty", "duty_officer")
    calls.log_call(actor=duty, outcome="answered", subject="第一通")
    pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    import psycopg2
    from urllib.parse import urlparse

    p = urlparse(pg_url)
    admin = psycopg2.connect(dbname="postgres", user=p.username or "postgres",
                             host=p.hostname, port=p.port or 5432)
    admin.autocommit = True
    with admin.cursor() as cur:  # what a server restart does to this connection
        cur.execute("SELECT pg_terminate_backend(%s)", (pid,))
    admin.close()
    with pytest.raises(DatabaseUnavailable) as err:
        calls.log_call(actor=duty, outcome="answered", subject="断线时")
    assert "Nothing was saved" in str(err.value)
    # the next call reconnects by itself
    case = calls.log_call(actor=duty, outcome="answered", subject="重连后")
    assert case.ticket_no.endswith("-0002")
    assert [c.subject for c in Call.select().order_by(Call.id)] == ["第一通", "重连后"]
    close_database()


def test_sign_in_while_the_server_is_gone_says_so(pg_url):
    from urllib.parse import urlparse

    import psycopg2

    from hotline.services import users

    open_database(pg_url)
    users.bootstrap_admin(username="admin", display_name="管理员",
                          password="Adm1n-Secret-xyz")
    pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    p = urlparse(pg_url)
    admin = psycopg2.connect(dbname="postgres", user=p.username or "postgres",
                             host=p.hostname, port=p.port or 5432)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute("SELECT pg_terminate_backend(%s)", (pid,))
    admin.close()
    with pytest.raises(DatabaseUnavailable):
        users.authenticate(username="admin", password="Adm1n-Secret-xyz")
    assert users.authenticate(username="admin", password="Adm1n-Secret-xyz").role \
        == "admin"
    close_database()
