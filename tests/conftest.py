"""Shared fixtures.

Every database test runs on SQLite and, when HOTLINE_TEST_PG names a PostgreSQL
database URL (CI sets it), on PostgreSQL as well: the `db_url` fixture is
parametrized over the backends. Without HOTLINE_TEST_PG the header says so.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import itertools
from urllib.parse import urlparse, urlunparse

import pytest

from helpers import make_user

PG_URL = os.environ.get("HOTLINE_TEST_PG", "").strip()
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


def pytest_report_header(config):
    if PG_URL:
        return f"database backends: sqlite, postgresql ({_safe(PG_URL)})"
    return ("database backends: sqlite only (HOTLINE_TEST_PG is not set, the "
            "PostgreSQL leg does not run)")


def _safe(url: str) -> str:
    p = urlparse(url)
    netloc = p.hostname or ""
    if p.port:
        netloc += f":{p.port}"
    return urlunparse(p._replace(netloc=netloc))


_pg_counter = itertools.count()


def _pg_admin():
    import psycopg2

    p = urlparse(PG_URL)
    conn = psycopg2.connect(dbname="postgres", user=p.username or "postgres",
                            password=p.password, host=p.hostname or "127.0.0.1",
                            port=p.port or 5432)
    conn.autocommit = True
    return conn


def _pg_url_for(name: str) -> str:
    p = urlparse(PG_URL)
    return urlunparse(p._replace(path="/" + name))


@pytest.fixture(scope="session")
def pg_base_name():
    """A scratch PostgreSQL database per test session (dropped at the end)."""
    if not PG_URL:
        yield None
        return
    base = urlparse(PG_URL).path.lstrip("/") or "hotline_test"
    name = f"{base}_{os.getpid()}"
    conn = _pg_admin()
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}"')  # name is ours, not input
        cur.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    yield name
    from hotline.storage import close_database

    close_database()
    conn = _pg_admin()
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.close()


def _reset_pg(url: str) -> None:
    """Empty every table of the scratch database (faster than a new database)."""
    import psycopg2

    p = urlparse(url)
    conn = psycopg2.connect(dbname=p.path.lstrip("/"), user=p.username or "postgres",
                            password=p.password, host=p.hostname or "127.0.0.1",
                            port=p.port or 5432)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    conn.close()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path, pg_base_name):
    """URL of an empty database on each backend (not opened)."""
    from hotline.storage import close_database

    close_database()
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hotline.db'}"
    else:
        url = _pg_url_for(pg_base_name)
        _reset_pg(url)
        yield url
    close_database()


@pytest.fixture
def pg_url(pg_base_name):
    """URL of an empty PostgreSQL database, for tests that only concern PostgreSQL
    (they are skipped, saying so, when HOTLINE_TEST_PG is not set)."""
    if not PG_URL:
        pytest.skip("PostgreSQL-only test: HOTLINE_TEST_PG is not set")
    from hotline.storage import close_database

    close_database()
    url = _pg_url_for(pg_base_name)
    _reset_pg(url)
    yield url
    close_database()


@pytest.fixture
def database(db_url):
    """The database at db_url, opened, migrated and bound to the models."""
    from hotline.storage import close_database, open_database

    database = open_database(db_url)
    yield database
    close_database()


@pytest.fixture
def actors(database):
    """One signed-in actor per role, keyed by role (plus a second specialist)."""
    from hotline.models import ROLES

    result = {role: make_user(f"{role}1", role, f"{role} one") for role in ROLES}
    result["specialist2"] = make_user("specialist2", "specialist", "specialist two")
    return result


class FrozenClock:
    """The services' clock held still: `now` is what clock.now() returns; move it
    with `at(datetime)` or by adding to `now`."""

    def __init__(self, now):
        self.now = now

    def at(self, when):
        self.now = when


@pytest.fixture
def frozen_clock(monkeypatch):
    import datetime as dt

    from hotline.services import clock

    frozen = FrozenClock(dt.datetime(2026, 5, 4, 9, 0))
    monkeypatch.setattr(clock, "now", lambda: frozen.now)
    return frozen


@pytest.fixture(autouse=True)
def _clock_left_as_found():
    """A test that sets the services' clock without monkeypatch would freeze it for
    every test after it: such a test fails here, and the clock is put back."""
    from hotline.services import clock

    before = clock.now
    yield
    if clock.now is not before:
        clock.now = before
        pytest.fail("the test left hotline.services.clock.now changed (use "
                    "monkeypatch or the frozen_clock fixture)")


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_main_thread():
    """Once a UI test has made a task manager, Python's automatic cyclic collection
    is off for the process (hotline.ui.gui_gc) and runs from a Qt timer; tests that
    run no event loop (the unit tests after the UI ones) collect here, on the main
    thread, as often as Python would have."""
    yield
    import sys

    gui_gc = sys.modules.get("hotline.ui.gui_gc")
    if gui_gc is not None:
        gui_gc.collect_if_due()
