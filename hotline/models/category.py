from peewee import (AutoField, BooleanField, CharField, DateField,
                    ForeignKeyField, IntegerField)

from .base import BaseModel

PRIORITIES = ("urgent", "high", "normal", "low")
CLOCKS = ("24x7", "business")


class Category(BaseModel):
    """Two-level tree: a top-level category (parent NULL) and its children."""

    id = AutoField()
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=64)
    parent = ForeignKeyField("self", null=True, backref="children",
                             on_delete="RESTRICT")
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)
    # set when the category was merged into another (config.merge_category): it is
    # retired, its cases keep it, new cases take the target (migration 14)
    merged_into = ForeignKeyField("self", null=True, backref="merged_from",
                                  on_delete="RESTRICT")


class SlaPolicy(BaseModel):
    id = AutoField()
    priority = CharField(max_length=10, unique=True)
    first_response_minutes = IntegerField()
    resolution_minutes = IntegerField()
    clock = CharField(max_length=10, default="business")


class Holiday(BaseModel):
    """A calendar exception: a day off (is_workday False) or a make-up workday (调休)."""

    id = AutoField()
    day = DateField(unique=True)
    is_workday = BooleanField(default=False)
    name = CharField(max_length=64, default="")


class BusinessHours(BaseModel):
    """Opening hours of a normal workday (single row, id 1)."""

    id = AutoField()
    start_minute = IntegerField(default=9 * 60)  # 09:00
    end_minute = IntegerField(default=18 * 60)  # 18:00
