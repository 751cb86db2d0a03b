"""What every service shares: the acting user, permission checks, transactions,
the service registry (the permission-matrix tests enumerate it) and audit rows."""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass, field
from typing import Any, Callable

from peewee import DatabaseError, InterfaceError, OperationalError

from ..domain.audit_rules import scrub_entity_id, scrub_values
from ..models import AuditLog, User, db
from ..storage.dialect import insert_row
from ..storage.integrity import damage_of, is_corruption_error, mark_damaged
from . import clock
from .errors import AuthenticationFailed, DatabaseUnavailable, PermissionDenied
from .permissions import allowed
from .validation import valid_unicode_arguments


SYSTEM_ROLE = "system"


@dataclass(frozen=True)
class Actor:
    """The signed-in user as the services see it."""

    id: int
    username: str
    display_name: str
    role: str
    # set by users.authenticate: server clock minus this PC's clock (PostgreSQL;
    # None on SQLite). The UI warns when it exceeds clock.SKEW_WARNING_SECONDS.
    clock_skew_seconds: float | None = field(default=None, compare=False)

    @classmethod
    def from_user(cls, user: User) -> "Actor":
        return cls(user.id, user.username, user.display_name, user.role)

    @classmethod
    def system(cls, who: str = "") -> "Actor":
        """The command line acting for whoever runs it on the server or desk.

        Whoever can run `hotline` against a database can reach its file or server
        anyway; what matters is that the audit log says the change came from there.
        """
        import getpass

        who = who or getpass.getuser()
        return cls(0, f"system:{who}"[:64], "命令行", SYSTEM_ROLE)

    @property
    def is_system(self) -> bool:
        return self.id == 0 and self.role == SYSTEM_ROLE

    @property
    def user_id(self) -> int | None:
        """The id to store in foreign keys (None for the command line)."""
        return None if self.is_system else self.id


@dataclass(frozen=True)
class ServiceInfo:
    name: str
    permission: str | None
    writes: bool
    func: Callable


REGISTRY: dict[str, ServiceInfo] = {}


def current_actor(actor: Actor) -> Actor:
    """Reload the acting user: a deactivated account or a changed role takes effect
    on the next call, not at the next login."""
    if not isinstance(actor, Actor):
        raise AuthenticationFailed("No signed-in user", code="not_signed_in")
    if actor.is_system:
        return actor
    database = db.obj
    sql = _ACTOR_SQL.get(database.param)
    if sql is None:  # built once per parameter mark; the id is a parameter
        sql = _ACTOR_SQL.setdefault(database.param, (
            'SELECT "id", "username", "display_name", "role", "active" FROM "user" '
            f'WHERE "id" = {database.param}'))
    row = None
    if isinstance(actor.id, int) and not isinstance(actor.id, bool):
        row = database.execute_sql(sql, (actor.id,)).fetchone()
    if row is None or not row[4]:
        raise AuthenticationFailed("This account is no longer active",
                                   code="account_inactive")
    return Actor(row[0], row[1], row[2], row[3])


_ACTOR_SQL: dict[str, str] = {}  # current_actor's SELECT, by parameter mark


def require(actor: Actor, permission: str) -> Actor:
    fresh = current_actor(actor)
    if fresh.is_system:
        return fresh
    if not allowed(fresh.role, permission):
        raise PermissionDenied(permission, fresh.role)
    return fresh


def database_errors(func):
    """Reconnect a dropped connection before `func`, and turn driver errors into
    DatabaseUnavailable. Inside a caller's transaction the caller handles both."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        valid_unicode_arguments(kwargs)  # a lone surrogate: an error naming the field
        if db.obj is not None and db.transaction_depth() > 0:
            return func(*args, **kwargs)
        reconnect_if_dropped()
        try:
            return func(*args, **kwargs)
        except (OperationalError, InterfaceError) as exc:
            raise unavailable(exc) from exc
        except DatabaseError as exc:  # "database disk image is malformed" is not
            if not is_corruption_error(exc):  # an OperationalError
                raise
            raise unavailable(exc) from exc

    return wrapper


def refuse_writes_if_damaged() -> None:
    """Once the database was found damaged nothing more is written to it."""
    if db.obj is not None and damage_of(db.obj) is not None:
        raise DatabaseUnavailable(
            f"Nothing was saved: {DAMAGED_REASON}.", code="corrupt",
            reason=DAMAGED_REASON)


def service(permission: str | None, *, writes: bool = False):
    """Declare a service: keyword-only `actor` checked against `permission`,
    the whole call in one transaction when it writes."""

    def decorate(func):
        name = f"{func.__module__.rsplit('.', 1)[-1]}.{func.__name__}"

        def call(actor, kwargs):
            if writes:
                refuse_writes_if_damaged()
                with db.atomic():
                    fresh = require(actor, permission) if permission else \
                        current_actor(actor)
                    return func(actor=fresh, **kwargs)
            fresh = require(actor, permission) if permission else current_actor(actor)
            return func(actor=fresh, **kwargs)

        @functools.wraps(func)
        @database_errors
        def wrapper(*, actor: Actor, **kwargs):
            return call(actor, kwargs)

        REGISTRY[name] = ServiceInfo(name, permission, writes, wrapper)
        wrapper.service_info = REGISTRY[name]
        return wrapper

    return decorate


def reconnect_if_dropped() -> None:
    """A PostgreSQL connection that the server dropped is replaced before use
    (psycopg2 marks it closed); SQLite connections do not drop."""
    database = db.obj
    if database is None or database.is_closed():
        return
    conn = database.connection()
    if getattr(conn, "closed", 0):
        try:
            database.close()
        except Exception:  # the old connection is gone either way
            database._state.reset()


# driver message -> (code, reason in English)
_FRIENDLY = (
    ("database or disk is full", "disk_full", "the disk is full"),
    ("disk I/O error", "disk_error", "the disk reported an error"),
    ("database is locked", "busy", "another workstation held the database too long"),
    ("readonly database", "read_only", "the database file is read-only"),
    ("malformed", "corrupt", "the database file is damaged"),
    ("not a database", "corrupt", "the database file is damaged"),
    ("could not connect", "server_unreachable", "the database server cannot be reached"),
    ("server closed the connection", "server_unreachable",
     "the database server closed the connection"),
    ("connection already closed", "server_unreachable",
     "the connection to the database server was lost"),
    ("terminating connection", "server_unreachable",
     "the database server ended the connection"),
    ("Connection refused", "server_unreachable", "the database server cannot be reached"),
)


DAMAGED_REASON = ("the database file is damaged, so this workstation no longer "
                  "writes to it; it was left as it was. Restore the latest backup")


def unavailable(exc: Exception) -> DatabaseUnavailable:
    """Turn a driver error into a message for the user, and drop a broken
    connection so that the next call opens a new one."""
    text = str(exc)
    code, reason = next(((c, why) for key, c, why in _FRIENDLY
                         if key.lower() in text.lower()), ("database_error", None))
    if db.obj is not None and is_corruption_error(exc):
        mark_damaged(db.obj, text.strip()[:300])
    if db.obj is not None and damage_of(db.obj) is not None:
        code, reason = "corrupt", DAMAGED_REASON
    try:
        database = db.obj
        if database is not None and not database.is_closed():
            conn = database.connection()
            if getattr(conn, "closed", 0):
                database.close()
    except Exception:
        db.obj._state.reset()
    if reason is None:
        reason = f"the database reported: {text.strip()[:300]}"
    return DatabaseUnavailable(f"Nothing was saved: {reason}.", code=code,
                               reason=reason)


def _json(value: Any) -> str:
    if value is None:
        return ""

    def default(o):
        if isinstance(o, (dt.datetime, dt.date)):
            return o.isoformat(sep=" ") if isinstance(o, dt.datetime) else o.isoformat()
        return str(o)

    return json.dumps(value, ensure_ascii=False, default=default, sort_keys=True)


def audit(actor: Actor | None, entity: str, entity_id: Any, action: str,
          old: dict | None = None, new: dict | None = None) -> None:
    """Append an audit row. Call inside the transaction of the change it records.

    Only ids, codes, booleans, dates and counts are stored; every other key of
    `old`/`new` is recorded by name only, and an entity id that is not an id is
    left out (domain.audit_rules): no call site can put personal data or free text
    into the audit log."""
    insert_row(AuditLog, dict(
        at=clock.now(),
        actor=actor.user_id if actor else None,
        actor_name=actor.username if actor else "",
        entity=entity,
        entity_id=scrub_entity_id(entity, entity_id, actor_known=actor is not None),
        action=action,
        old=_json(scrub_values(old)),
        new=_json(scrub_values(new))))


def diff(old: dict, new: dict) -> tuple[dict, dict]:
    """The keys whose values changed, as (old, new) dicts."""
    keys = [k for k in new if old.get(k) != new.get(k)]
    return {k: old.get(k) for k in keys}, {k: new.get(k) for k in keys}
