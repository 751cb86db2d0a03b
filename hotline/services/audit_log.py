"""Reading the audit log. There is deliberately no service that changes it.

An entry says who did what, when: the account, the time, the entity with its id
(a case also by its ticket number, an account by its user name — both are ids),
the action and the names of the fields it touched, with the values that are ids,
codes, booleans, dates or counts. Nothing else is in the log to show
(domain.audit_rules).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from ..domain.audit_rules import CHANGED, fields_of
from ..models import AuditLog, Call, User
from . import validation
from .base import Actor, service

# the entities the application audits (the audit page filters by them)
ENTITIES = ("call", "caller", "user", "category", "sla_policy", "business_hours",
            "holiday", "shift", "handover", "import", "export", "database", "demo",
            "knowledge_article")


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    actor: str  # the account's user name ('system:…' for the command line)
    entity: str
    entity_id: str
    action: str
    old: str  # stored JSON (safe values only)
    new: str
    label: str = ""  # the entity's other id: ticket number, user name
    fields: tuple[str, ...] = ()  # every field the change touched
    values: dict = field(default_factory=dict)  # field -> (old, new) safe values


def _load(text: str):
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


@service("audit.view")
def list_audit(*, actor: Actor, before_id: int | None = None, limit: int = 100,
               entity: str | None = None, entity_id: str | None = None
               ) -> list[AuditEntry]:
    """A page of audit rows, newest first, continuing below before_id (keyset)."""
    limit = validation.integer("limit", limit, minimum=1, maximum=1000)
    before_id = validation.integer("before_id", before_id, minimum=1, required=False)
    query = AuditLog.select().order_by(AuditLog.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(AuditLog.id < before_id)
    if entity:
        query = query.where(AuditLog.entity == str(entity))
    if entity_id is not None:
        query = query.where(AuditLog.entity_id == str(entity_id))
    rows = list(query)
    ids = {"call": set(), "user": set()}
    for a in rows:
        if a.entity in ids and a.entity_id.isdigit():
            ids[a.entity].add(int(a.entity_id))
    tickets = dict(Call.select(Call.id, Call.ticket_no)
                   .where(Call.id.in_(sorted(ids["call"]))).tuples()) \
        if ids["call"] else {}
    names = dict(User.select(User.id, User.username)
                 .where(User.id.in_(sorted(ids["user"]))).tuples()) \
        if ids["user"] else {}
    result = []
    for a in rows:
        old, new = _load(a.old), _load(a.new)
        label = ""
        if a.entity_id.isdigit():
            label = {"call": tickets, "user": names}.get(a.entity, {}).get(
                int(a.entity_id), "")
        values = {}
        for key in fields_of(old, new):
            before = (old or {}).get(key)
            after = (new or {}).get(key)
            if key != CHANGED and (before is not None or after is not None):
                values[key] = (before, after)
        result.append(AuditEntry(a.id, a.at, a.actor_name, a.entity, a.entity_id,
                                 a.action, a.old, a.new, label,
                                 tuple(fields_of(old, new)), values))
    return result
