from peewee import CharField, IntegerField, TextField

from .base import BaseModel


class SchemaVersion(BaseModel):
    """One row: the number of the last migration applied."""

    version = IntegerField()
    app = CharField(max_length=32, default="hotline-desk")


class Setting(BaseModel):
    key = CharField(max_length=64, primary_key=True)
    value = TextField(default="")
