from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, TextField

from .base import BaseModel, now
from .user import User


class AuditLog(BaseModel):
    """Append-only. The application has no service that updates or deletes rows."""

    id = AutoField()
    at = DateTimeField(default=now, index=True)
    actor = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    actor_name = CharField(max_length=64, default="")
    entity = CharField(max_length=32)
    entity_id = CharField(max_length=64, default="")
    action = CharField(max_length=32)
    old = TextField(default="")  # JSON
    new = TextField(default="")  # JSON

    class Meta:
        indexes = ((("entity", "entity_id"), False),)
