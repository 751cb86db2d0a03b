from peewee import (AutoField, BooleanField, CharField, DateTimeField,
                    IntegerField)

from .base import BaseModel, now

ROLES = ("duty_officer", "specialist", "supervisor", "secretary", "director", "admin")


class User(BaseModel):
    id = AutoField()
    username = CharField(max_length=64, unique=True)
    display_name = CharField(max_length=64)
    role = CharField(max_length=20, index=True)
    password_hash = CharField(max_length=255)
    active = BooleanField(default=True)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    last_login = DateTimeField(null=True)
    password_changed_at = DateTimeField(default=now)
    created_at = DateTimeField(default=now)
