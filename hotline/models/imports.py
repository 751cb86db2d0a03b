"""Imports in progress: one record per import and its staged rows (see
hotline/services/importer.py for how they are used)."""

from peewee import AutoField, CharField, DateTimeField, IntegerField, TextField

from .base import BaseModel, now

IMPORT_STATES = ("staging", "moving")


class ImportRun(BaseModel):
    """An import that has not finished. `staging`: its rows are being copied into
    `import_row` (undone if it dies); `moving`: every row is staged, they are being
    numbered and moved into `call` (finished by whoever finds it dead). The record
    is deleted in the transaction that ends the import either way."""

    id = AutoField()
    state = CharField(max_length=10)
    file = CharField(max_length=255, default="")  # file name only (no path)
    source = CharField(max_length=64, default="")  # label in each case's timeline
    category_parent = CharField(max_length=64, null=True)  # of the mapping
    actor_id = IntegerField(null=True)  # no foreign key: the record outlives nothing
    actor_name = CharField(max_length=64, default="")
    host = CharField(max_length=255, default="")
    pid = IntegerField(default=0)
    started_at = DateTimeField(default=now)
    alive_at = DateTimeField(default=now)  # heartbeat: each batch moves it
    rows_read = IntegerField(default=0)
    rows_rejected = IntegerField(default=0)
    rows_skipped = IntegerField(default=0)  # already in the database
    rows_staged = IntegerField(default=0)
    rows_imported = IntegerField(default=0)
    categories_created = TextField(default="")  # JSON list, for the audit row
    first_ticket = CharField(max_length=16, null=True)
    last_ticket = CharField(max_length=16, null=True)


class ImportRow(BaseModel):
    """One validated row of an unfinished import, as JSON of its canonical values."""

    run_id = IntegerField()
    seq = IntegerField()  # file order
    data = TextField()

    class Meta:
        primary_key = False
        indexes = ((("run_id", "seq"), True),)
