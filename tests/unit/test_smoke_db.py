"""Opening databases: settings checked at open, schema version, refusals."""

import sqlite3

import pytest

from hotline.storage import database as hdb
from hotline.storage.migrations import LATEST
from hotline.models import SchemaVersion, SlaPolicy


def test_open_migrates_and_is_idempotent(db_url):
    hdb.open_database(db_url)
    assert SchemaVersion.get().version == LATEST
    assert {p.priority for p in SlaPolicy.select()} == {"urgent", "high", "normal",
                                                         "low"}
    hdb.close_database()
    hdb.open_database(db_url)  # second init changes nothing
    assert SchemaVersion.select().count() == 1
    assert SlaPolicy.select().count() == 4


def test_sqlite_pragmas_are_safe(tmp_path):
    database = hdb.open_database(f"sqlite:///{tmp_path / 'x.db'}")
    q = lambda p: database.execute_sql(f"PRAGMA {p}").fetchone()[0]  # noqa: E731
    assert q("journal_mode") == "wal"
    assert q("synchronous") == 2
    assert q("foreign_keys") == 1
    assert q("busy_timeout") >= 5000
    hdb.close_database()


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(hdb.StorageError, match="another program"):
        hdb.open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_non_database_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 10)
    with pytest.raises(hdb.StorageError, match="not a SQLite file"):
        hdb.open_database(f"sqlite:///{path}")
    assert path.read_bytes() == b"these are my notes, not a database" * 10


def test_network_share_is_refused_with_pointer_to_postgresql(tmp_path, monkeypatch):
    monkeypatch.setattr(hdb, "_mountinfo", lambda: [("/", "ext4"),
                                                    (str(tmp_path), "nfs4")])
    with pytest.raises(hdb.StorageError, match="PostgreSQL") as err:
        hdb.open_database(f"sqlite:///{tmp_path / 'x.db'}")
    assert "network share" in str(err.value)
    assert not (tmp_path / "x.db").exists()


def test_newer_schema_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    hdb.open_database(url)
    SchemaVersion.update(version=LATEST + 5).execute()
    hdb.close_database()
    with pytest.raises(hdb.StorageError, match="newer"):
        hdb.open_database(url)


def test_unsupported_url():
    with pytest.raises(hdb.StorageError, match="Unsupported"):
        hdb.open_database("mysql://x/y")
