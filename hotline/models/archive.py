from peewee import (AutoField, CharField, DateTimeField, ForeignKeyField,
                    IntegerField, TextField)

from .base import BaseModel, now
from .call import Call
from .user import User


class Archive(BaseModel):
    id = AutoField()
    archive_no = CharField(max_length=32, unique=True)
    title = CharField(max_length=200, default="")
    sha256 = CharField(max_length=64)
    generated_by = ForeignKeyField(User, on_delete="RESTRICT")
    generated_at = DateTimeField(default=now)
    print_count = IntegerField(default=0)
    note = TextField(default="")


class ArchiveCase(BaseModel):
    id = AutoField()
    archive = ForeignKeyField(Archive, backref="cases", on_delete="CASCADE")
    call = ForeignKeyField(Call, backref="archives", on_delete="RESTRICT")
