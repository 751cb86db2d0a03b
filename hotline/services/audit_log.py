"""Reading the audit log. There is deliberately no service that changes it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import AuditLog
from . import validation
from .base import Actor, service


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    actor: str
    entity: str
    entity_id: str
    action: str
    old: str
    new: str


@service("audit.view")
def list_audit(*, actor: Actor, before_id: int | None = None, limit: int = 100,
               entity: str | None = None, entity_id: str | None = None
               ) -> list[AuditEntry]:
    """A page of audit rows, newest first, continuing below before_id."""
    limit = validation.integer("limit", limit, minimum=1, maximum=1000)
    query = AuditLog.select().order_by(AuditLog.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(AuditLog.id < before_id)
    if entity:
        query = query.where(AuditLog.entity == entity)
    if entity_id is not None:
        query = query.where(AuditLog.entity_id == str(entity_id))
    return [AuditEntry(a.id, a.at, a.actor_name, a.entity, a.entity_id, a.action,
                       a.old, a.new) for a in query]
