from peewee import (AutoField, BooleanField, CharField, DateField,
                    DateTimeField, FloatField, ForeignKeyField, TextField)

from .base import BaseModel, now
from .call import Call
from .user import User


class QualityReview(BaseModel):
    id = AutoField()
    call = ForeignKeyField(Call, backref="reviews", on_delete="CASCADE")
    reviewer = ForeignKeyField(User, on_delete="RESTRICT")
    agent = ForeignKeyField(User, null=True, backref="reviews_received",
                            on_delete="RESTRICT")
    at = DateTimeField(default=now, index=True)
    scores = TextField(default="{}")  # JSON: rubric item -> score
    total = FloatField()
    comment = TextField(default="")
    rectification_required = BooleanField(default=False)
    rectification_due = DateField(null=True)
    rectification_done_at = DateTimeField(null=True)
    rectification_note = TextField(default="")
    recheck_passed = BooleanField(null=True)


class Evaluation(BaseModel):
    id = AutoField()
    user = ForeignKeyField(User, backref="evaluations", on_delete="RESTRICT")
    period = CharField(max_length=10)  # 2026-Q3, 2026
    self_score = FloatField(null=True)
    supervisor_score = FloatField(null=True)
    customer_score = FloatField(null=True)
    kpi_score = FloatField(null=True)
    weights = TextField(default="{}")  # JSON
    composite = FloatField(null=True)
    comment = TextField(default="")
    evaluator = ForeignKeyField(User, null=True, on_delete="RESTRICT",
                                backref="evaluations_given")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("user", "period"), True),)
