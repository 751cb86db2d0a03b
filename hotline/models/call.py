from peewee import (AutoField, BooleanField, CharField, DateField,
                    DateTimeField, ForeignKeyField, IntegerField, SQL,
                    TextField)

from ..domain.workflow import NON_SERVICE_OUTCOMES, SERVICE_OUTCOMES, STATUSES
from .base import BaseModel, now
from .caller import Caller
from .category import Category
from .user import User

CHANNELS = ("phone", "sms", "email", "web", "wechat", "walk_in", "other")
OUTCOMES = SERVICE_OUTCOMES + NON_SERVICE_OUTCOMES


class TicketCounter(BaseModel):
    """Last ticket number handed out per day; updated in the insert's transaction."""

    day = DateField(primary_key=True)
    last = IntegerField()


class Call(BaseModel):
    id = AutoField()
    ticket_no = CharField(max_length=16, unique=True)
    received_at = DateTimeField(index=True)
    ended_at = DateTimeField(null=True)
    duration_seconds = IntegerField(null=True)
    channel = CharField(max_length=10, default="phone")
    caller = ForeignKeyField(Caller, null=True, backref="calls", on_delete="RESTRICT")
    phone = CharField(max_length=32, default="")  # normalized, '' if none
    anonymous = BooleanField(default=False)
    category = ForeignKeyField(Category, null=True, backref="calls",
                               on_delete="RESTRICT")
    priority = CharField(max_length=10, default="normal")
    subject = CharField(max_length=200, default="")
    description = TextField(default="")
    solution = TextField(default="")
    outcome = CharField(max_length=16, index=True)
    status = CharField(max_length=20, index=True)
    assignee = ForeignKeyField(User, null=True, backref="assigned_calls",
                               on_delete="RESTRICT")
    creator = ForeignKeyField(User, null=True, backref="created_calls",
                              on_delete="RESTRICT")
    first_response_at = DateTimeField(null=True)
    # 签收: the assignee acknowledged the dispatched case (cleared when it changes
    # hands, so the next assignee signs for it again)
    signed_at = DateTimeField(null=True)
    resolved_at = DateTimeField(null=True, index=True)
    closed_at = DateTimeField(null=True, index=True)
    first_response_due = DateTimeField(null=True, index=True)
    resolution_due = DateTimeField(null=True, index=True)
    paused_at = DateTimeField(null=True)  # set while pending_customer
    fcr = BooleanField(default=False)  # resolved on first contact
    reopen_count = IntegerField(default=0)
    confidential = BooleanField(default=False)
    external_ref = CharField(max_length=64, null=True, unique=True)
    # the workstation's key of a call logged while the server was unreachable
    # (services/outbox.py): a replay of the same call finds it instead of saving it
    # twice
    client_key = CharField(max_length=40, null=True, unique=True)
    updated_at = DateTimeField(default=now)
    # +1 on every change of the case row: a change made from a stale view of the
    # case (an older version) is refused (services.calls, StaleCase)
    version = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])

    class Meta:
        indexes = (
            (("phone", "received_at"), False),  # caller history, newest first
            (("assignee", "status"), False),
            (("creator", "received_at"), False),
        )


class CallEvent(BaseModel):
    id = AutoField()
    call = ForeignKeyField(Call, backref="events", on_delete="CASCADE")
    at = DateTimeField(default=now)
    actor = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    kind = CharField(max_length=20)
    from_status = CharField(max_length=20, null=True)
    to_status = CharField(max_length=20, null=True)
    detail = TextField(default="")
    # on events that set a status: the case's assignee after the event (0: nobody;
    # null on events written before it was kept). With to_status it tells what
    # the case was at any past moment (a month's figures are read as of its end).
    assignee_after = IntegerField(null=True)

    class Meta:
        indexes = ((("call", "at"), False), (("kind", "at"), False))


class CaseResolution(BaseModel):
    """Every resolution of a case, kept when the case is reopened: a month's figures
    (DESIGN §5) come from these facts, stamped when they happened, never from the
    case's current state. `due_at` is the resolution due time that applied to this
    resolution; `closed_at` / `reopened_at` are set when the case is closed /
    reopened while this resolution stands."""

    id = AutoField()
    # indexes: (call, resolved_at), resolved_at, and partial ones (below) on the
    # times the indicators select by; few rows have them, so saving stays cheap
    call = ForeignKeyField(Call, backref="resolutions", on_delete="CASCADE",
                           index=False)
    resolved_at = DateTimeField(index=True)
    due_at = DateTimeField(null=True)
    assignee = ForeignKeyField(User, null=True, on_delete="RESTRICT", index=False)
    resolved_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", index=False)
    first_contact = BooleanField(default=False)  # solved on the call itself
    closed_at = DateTimeField(null=True)
    reopened_at = DateTimeField(null=True)
    reopened_by = ForeignKeyField(User, null=True, on_delete="RESTRICT", index=False)

    class Meta:
        table_name = "case_resolution"
        indexes = ((("call", "resolved_at"), False),)


# Partial indexes: due times (tickets only), reopenings, and the closings that a
# reopening ended (a current closing is call.closed_at).
CaseResolution.add_index(CaseResolution.index(
    CaseResolution.due_at, name="case_resolution_due_at").where(
    CaseResolution.due_at.is_null(False)))
CaseResolution.add_index(CaseResolution.index(
    CaseResolution.reopened_at, name="case_resolution_reopened_at").where(
    CaseResolution.reopened_at.is_null(False)))
CaseResolution.add_index(CaseResolution.index(
    CaseResolution.closed_at, name="case_resolution_closed_reopened").where(
    CaseResolution.reopened_at.is_null(False)))


class Callback(BaseModel):
    id = AutoField()
    call = ForeignKeyField(Call, backref="callbacks", on_delete="CASCADE")
    at = DateTimeField(default=now, index=True)
    actor = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    reached = BooleanField()
    note = TextField(default="")


class Survey(BaseModel):
    id = AutoField()
    call = ForeignKeyField(Call, backref="surveys", on_delete="CASCADE")
    at = DateTimeField(default=now, index=True)
    actor = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    rating = IntegerField(constraints=[SQL("CHECK (rating BETWEEN 1 AND 5)")])
    comment = TextField(default="")


class Supervision(BaseModel):
    """督办: a supervisor presses for a case with a note and a deadline. `closed_at`
    is set when the case is resolved (or the supervision withdrawn)."""
    id = AutoField()
    call = ForeignKeyField(Call, backref="supervisions", on_delete="CASCADE")
    at = DateTimeField(default=now)
    actor = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    note = TextField(default="")
    deadline = DateTimeField(index=True)
    closed_at = DateTimeField(null=True)
