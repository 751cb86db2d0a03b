"""What differs between SQLite and PostgreSQL, in one place: which backend is bound,
its parameter mark, and parameterized INSERTs built once per model and column set
(peewee's query compilation costs more than the database on the hot paths: saving a
call, audit rows, imports). Only column names come from code; every value is a
parameter."""

from __future__ import annotations

import datetime as dt

from peewee import Database, SqliteDatabase

from ..models import db as db_proxy

# PRAGMA application_id marks a SQLite file as ours: "HLND".
APPLICATION_ID = 0x484C4E44


def is_sqlite(database: Database | None = None) -> bool:
    database = database or db_proxy.obj
    return isinstance(database, SqliteDatabase)


_INSERT_SQL: dict = {}


def insert_row(model, values: dict, *, returning_id: bool = False):
    """INSERT one row of `model` (values by field name, converted by each field's
    db_value as peewee does); the new id when asked."""
    database = db_proxy.obj
    meta = model._meta
    key = (model, tuple(values), returning_id, database.param)
    sql = _INSERT_SQL.get(key)
    if sql is None:
        cols = ", ".join(f'"{meta.fields[f].column_name}"' for f in values)
        marks = ", ".join([database.param] * len(values))
        sql = f'INSERT INTO "{meta.table_name}" ({cols}) VALUES ({marks})'
        if returning_id:
            sql += f' RETURNING "{meta.primary_key.column_name}"'
        _INSERT_SQL[key] = sql
    fields = meta.fields
    cursor = database.execute_sql(sql, [fields[f].db_value(v)
                                        for f, v in values.items()])
    if returning_id:
        return cursor.fetchone()[0]
    return None


def insert_rows(model, rows: list[dict], returning: tuple[str, ...] = ()):
    """One multi-row INSERT of dicts with the same keys; the `returning` columns of
    the new rows when asked."""
    if not rows:
        return [] if returning else None
    database = db_proxy.obj
    sqlite = is_sqlite(database)
    fields = [model._meta.fields[name] for name in rows[0]]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = "(" + ", ".join([database.param] * len(fields)) + ")"
    params = []
    for row in rows:
        for f, value in zip(fields, row.values()):
            value = f.db_value(value)
            if sqlite and isinstance(value, dt.datetime):
                value = str(value)  # what peewee stores: 'YYYY-MM-DD HH:MM:SS[.ffffff]'
            params.append(value)
    sql = (f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES '
           + ", ".join([marks] * len(rows)))
    if returning:
        sql += " RETURNING " + ", ".join(f'"{c}"' for c in returning)
    cursor = database.execute_sql(sql, params)
    return cursor.fetchall() if returning else None
