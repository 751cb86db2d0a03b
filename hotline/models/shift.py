from peewee import (AutoField, CharField, DateTimeField, ForeignKeyField,
                    TextField)

from .base import BaseModel, now
from .user import User


class Shift(BaseModel):
    """One person on duty for a period (the duty roster)."""

    id = AutoField()
    user = ForeignKeyField(User, backref="shifts", on_delete="RESTRICT")
    starts_at = DateTimeField(index=True)
    ends_at = DateTimeField(index=True)
    label = CharField(max_length=32, default="")  # 早班 / 中班 / 夜班


class HandoverNote(BaseModel):
    id = AutoField()
    author = ForeignKeyField(User, backref="handovers", on_delete="RESTRICT")
    written_at = DateTimeField(default=now, index=True)
    shift = ForeignKeyField(Shift, null=True, on_delete="SET NULL")
    body = TextField()
    acknowledged_by = ForeignKeyField(User, null=True, on_delete="RESTRICT",
                                      backref="acknowledged_handovers")
    acknowledged_at = DateTimeField(null=True)
