from peewee import AutoField, BooleanField, CharField, DateTimeField, TextField

from .base import BaseModel, now


class Caller(BaseModel):
    id = AutoField()
    # normalized digits; NULL for a caller known only by name (walk-in, web, e-mail)
    phone = CharField(max_length=32, unique=True, null=True)
    name = CharField(max_length=64, default="")
    organization = CharField(max_length=128, default="")
    notes = TextField(default="")
    flagged = BooleanField(default=False)  # e.g. abusive or vulnerable caller
    flag_reason = CharField(max_length=255, default="")
    created_at = DateTimeField(default=now)
    purged_at = DateTimeField(null=True)
