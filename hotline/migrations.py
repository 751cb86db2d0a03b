"""Numbered schema migrations with the schema version recorded in the database.

Rules for adding a migration:
- append a function to MIGRATIONS; its number is its position (1-based);
- migration 1 creates the tables from the current models, so on a new database the
  later migrations must find their work already done: write them idempotently
  (check that a column or index is missing before adding it);
- never edit or reorder a migration that has shipped.
Every run of migrations happens in one transaction (DDL is transactional on SQLite
and PostgreSQL), under a lock so that two workstations starting at once do not race.
"""

from __future__ import annotations

import logging
from typing import Callable

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from .models import ALL_MODELS, BusinessHours, SchemaVersion, SlaPolicy

log = logging.getLogger(__name__)

# Defaults a center can change (minutes): first response / resolution.
DEFAULT_SLA = {
    "urgent": (30, 4 * 60, "24x7"),
    "high": (2 * 60, 24 * 60, "business"),
    "normal": (4 * 60, 3 * 9 * 60, "business"),  # three business days
    "low": (8 * 60, 5 * 9 * 60, "business"),  # five business days
}
PG_LOCK_KEY = 0x484C4E44


def _m001_initial(database: Database) -> None:
    database.create_tables(ALL_MODELS, safe=True)
    if isinstance(database, SqliteDatabase):
        from .db import APPLICATION_ID

        database.execute_sql(f"PRAGMA application_id = {int(APPLICATION_ID)}")
    for priority, (first, resolution, clock) in DEFAULT_SLA.items():
        if not SlaPolicy.select().where(SlaPolicy.priority == priority).exists():
            SlaPolicy.create(priority=priority, first_response_minutes=first,
                             resolution_minutes=resolution, clock=clock)
    if not BusinessHours.select().exists():
        BusinessHours.create(id=1)


MIGRATIONS: list[Callable[[Database], None]] = [
    _m001_initial,
]
LATEST = len(MIGRATIONS)


class SchemaError(Exception):
    pass


def current_version(database: Database) -> int:
    if not database.table_exists("schema_version"):
        return 0
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def check_version(database: Database) -> int:
    from .db import StorageError

    version = current_version(database)
    if version > LATEST:
        raise StorageError(
            f"This database has schema version {version}, made by a newer Hotline "
            f"Desk (this one knows up to {LATEST}). Update the program on this "
            "workstation.")
    if version < LATEST:
        raise StorageError(
            f"This database has schema version {version}; run 'hotline init' to "
            f"bring it to {LATEST}.")
    return version


def migrate(database: Database) -> int:
    """Apply the pending migrations; return the number applied."""
    from .db import StorageError

    with database.atomic():
        if isinstance(database, PostgresqlDatabase):
            database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (PG_LOCK_KEY,))
        version = current_version(database)
        if version > LATEST:
            raise StorageError(
                f"This database has schema version {version}, made by a newer "
                f"Hotline Desk (this one knows up to {LATEST}). Update the program.")
        applied = 0
        for number in range(version + 1, LATEST + 1):
            log.info("applying migration %d", number)
            MIGRATIONS[number - 1](database)
            applied += 1
        if applied:
            SchemaVersion.delete().execute()
            SchemaVersion.create(version=LATEST)
    return applied
