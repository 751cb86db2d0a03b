from peewee import (AutoField, BigIntegerField, BooleanField, CharField, DateField,
                    DateTimeField, FloatField, ForeignKeyField, IntegerField,
                    TextField)

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
    # spot checks (migration 12); null on reviews written before (the demo's):
    # the rubric version scored with, the veto items (JSON list) and the grade
    rubric_version = IntegerField(null=True)
    vetoes = TextField(null=True)
    grade = CharField(max_length=12, null=True)


class QaRubric(BaseModel):
    """A version of the QA rubric (domain.quality.rubric_to_json); the director's
    edit adds a version, the highest is current, a review keeps its own."""

    id = AutoField()
    version = IntegerField(unique=True)
    body = TextField()
    created_by = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    created_at = DateTimeField(default=now)


class QaSample(BaseModel):
    """One draw of an agent's month: the plan's figures, the seed and the calls
    drawn (JSON lists of call ids); the latest draw of an (agent, month) stands."""

    id = AutoField()
    agent = ForeignKeyField(User, backref="qa_samples", on_delete="RESTRICT")
    month = CharField(max_length=7)
    seed = BigIntegerField()
    eligible = IntegerField()
    rate = FloatField()
    minimum = IntegerField()
    new_staff = BooleanField()
    size = IntegerField()
    drawn_ids = TextField(default="[]")
    mandatory_ids = TextField(default="[]")
    drawn_by = ForeignKeyField(User, null=True, on_delete="RESTRICT",
                               backref="qa_draws")
    drawn_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("agent", "month"), False),)


RECTIFICATION_STATES = ("open", "appealed", "stated", "closed", "withdrawn")


class Rectification(BaseModel):
    """整改 of one review: the notice (items, rule, what to do, due date), one
    appeal decided by another reviewer, the agent's statement, the re-checks.
    open → (appealed → open | withdrawn) → stated → closed | open (sent back)."""

    id = AutoField()
    review = ForeignKeyField(QualityReview, unique=True, backref="rectifications",
                             on_delete="CASCADE")
    state = CharField(max_length=12, default="open", index=True)
    items = TextField(default="[]")  # JSON: item and veto codes concerned
    rule = TextField(default="")
    action = TextField(default="")
    due = DateField()
    opened_at = DateTimeField(default=now)
    opened_by = ForeignKeyField(User, null=True, on_delete="RESTRICT",
                                backref="rectifications_opened")
    appeal_by = DateField()  # last day an appeal is accepted
    appeal_reason = TextField(default="")
    appealed_at = DateTimeField(null=True)
    appeal_decided_by = ForeignKeyField(User, null=True, on_delete="RESTRICT",
                                        backref="appeals_decided")
    appeal_decided_at = DateTimeField(null=True)
    appeal_upheld = BooleanField(null=True)
    statement = TextField(default="")
    stated_at = DateTimeField(null=True)
    rechecked_by = ForeignKeyField(User, null=True, on_delete="RESTRICT",
                                   backref="rechecks_done")
    rechecked_at = DateTimeField(null=True)
    rechecks = IntegerField(default=0)
    closed_at = DateTimeField(null=True)


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
    # appraisal (migration 13, services/appraisal.py): the inputs' scores 0-100
    # (customer_score is the satisfaction score), the figures they came from and
    # the caps applied (JSON), the grade, draft → final, the agent's sign-off
    qa_score = FloatField(null=True)
    review_score = FloatField(null=True)
    grade = CharField(max_length=12, null=True)
    caps = TextField(default="[]")  # JSON: cap codes (domain.appraisal)
    inputs = TextField(default="{}")  # JSON: figures, parts, left-out inputs
    vetoes = IntegerField(default=0)
    status = CharField(max_length=8, default="draft")  # draft | final
    finalized_at = DateTimeField(null=True)
    signed_at = DateTimeField(null=True)
    agent_comment = TextField(default="")
    updated_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("user", "period"), True),)
