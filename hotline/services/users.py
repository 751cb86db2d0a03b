"""Accounts: argon2id hashes, password rules, lockout, roles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from peewee import IntegrityError

from ..domain.access import WORK_ROLES, may_be_assigned
from ..models import ROLES, Call, User, db
from ..storage.dialect import is_sqlite
from . import clock, validation
from .base import Actor, audit, database_errors, service
from .case_access import check_case
from .errors import (AccountLocked, AuthenticationFailed, Conflict, NotFound,
                     ValidationError)

# RFC 9106 "second recommended" profile (64 MiB, t=3, p=4): stronger than OWASP's
# minimum (19 MiB, t=2, p=1).
HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4,
                        hash_len=32, salt_len=16)
MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 10
_COMMON = {"password", "passw0rd", "123456", "12345678", "123456789", "1234567890",
           "qwerty", "admin", "welcome", "iloveyou", "abc123", "111111", "000000",
           "password1", "password123", "admin123", "admin1234", "qwerty123",
           "1q2w3e4r", "1qaz2wsx", "a123456789", "woaini1314", "zhang123456"}
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,64}$")
_DUMMY_HASH: str | None = None  # see _dummy_hash()


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    locked_until: dt.datetime | None
    failed_logins: int
    last_login: dt.datetime | None

    @classmethod
    def of(cls, u: User) -> "UserInfo":
        return cls(u.id, u.username, u.display_name, u.role, u.active,
                   u.locked_until, u.failed_logins, u.last_login)


def check_password_rules(password: str, *, username: str = "") -> None:
    if not isinstance(password, str) or not password:
        raise ValidationError("password", "is required", code="required")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", f"must have at least {MIN_PASSWORD_LENGTH} "
                                          "characters", code="password_too_short",
                              min_length=MIN_PASSWORD_LENGTH)
    if len(password) > 256:
        raise ValidationError("password", "is too long (at most 256 characters)",
                              code="too_long", length=len(password), max_len=256)
    if not re.search(r"[A-Za-z]", password) or not re.search(r"\d", password):
        raise ValidationError("password", "must contain letters and digits",
                              code="password_letters_digits")
    if len(set(password)) < 4:
        raise ValidationError("password", "is too repetitive", code="password_repetitive")
    if password.lower() in _COMMON:
        raise ValidationError("password", "is a commonly used password",
                              code="password_common")
    if username and username.lower() in password.lower():
        raise ValidationError("password", "must not contain the username",
                              code="password_contains_username")


def _validate_identity(username, display_name, role):
    username = validation.text("username", username, max_len=64, required=True)
    if not _USERNAME.match(username):
        raise ValidationError("username", "may contain only letters, digits and . _ - "
                                          "(2 to 64 characters)", code="username_format")
    display_name = validation.text("display_name", display_name or username,
                                   max_len=64, required=True)
    validation.choice("role", role, ROLES)
    return username, display_name


def _insert_user(username, display_name, role, password, actor: Actor | None) -> User:
    check_password_rules(password, username=username)
    if User.select().where(User.username == username).exists():
        raise Conflict(f"username {username!r} is taken", code="username_taken",
                       username=username)
    try:
        with db.atomic():
            user = User.create(username=username, display_name=display_name, role=role,
                               password_hash=HASHER.hash(password),
                               password_changed_at=clock.now(), created_at=clock.now())
    except IntegrityError:
        raise Conflict(f"username {username!r} is taken", code="username_taken",
                       username=username) from None
    audit(actor or Actor.from_user(user), "user", user.id, "create", None,
          {"username": username, "display_name": display_name, "role": role})
    return user


@database_errors
def has_users() -> bool:
    """Whether any account exists (the first-run wizard appears when none does)."""
    return User.select().exists()


@database_errors
def bootstrap_admin(*, username: str, display_name: str, password: str) -> UserInfo:
    """First run: create the first administrator. Refused once any account exists."""
    username, display_name = _validate_identity(username, display_name, "admin")
    with db.atomic():
        if User.select().exists():
            raise Conflict("accounts exist already; sign in as an administrator",
                           code="accounts_exist")
        return UserInfo.of(_insert_user(username, display_name, "admin", password, None))


@service("user.manage", writes=True)
def create_user(*, actor: Actor, username: str, display_name: str = "", role: str,
                password: str) -> UserInfo:
    username, display_name = _validate_identity(username, display_name, role)
    return UserInfo.of(_insert_user(username, display_name, role, password, actor))


def _dummy_hash() -> str:
    """A hash of a random password, verified when the username is unknown so that
    both failures take the same time. Computed on first use (it costs as much as a
    sign-in, ~0.4 s, which every start and CLI command used to pay at import)."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = HASHER.hash(secrets.token_urlsafe(24))
    return _DUMMY_HASH


def _verify(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _load_for_update(user_id: int) -> User | None:
    query = User.select().where(User.id == user_id)
    if not is_sqlite():
        query = query.for_update()  # SQLite: BEGIN IMMEDIATE holds the lock
    return query.first()


@database_errors
def authenticate(*, username: str, password: str) -> Actor:
    """Check a sign-in. Failed attempts are counted and lock the account for
    LOCKOUT after MAX_FAILED_LOGINS; the outcome is audited either way.

    The argon2 verification (~0.3 s) runs outside any transaction, so a sign-in
    never holds the SQLite write lock (or a row lock) while hashing; the result is
    then recorded in one short transaction that reads the account again (another
    workstation may have locked it or changed its password meanwhile).

    What was typed as the user name is never stored (it is often a password typed
    into the wrong field): a failure on an existing account is audited by the
    account's id, one on an unknown name with no name at all.

    The returned Actor carries `clock_skew_seconds` (server minus this PC, on
    PostgreSQL; None on SQLite).
    """
    if not isinstance(username, str) or not isinstance(password, str):
        raise AuthenticationFailed("Wrong username or password", code="bad_credentials")
    user = User.get_or_none(User.username == username.strip())
    now = clock.now()
    if user is None or not user.active:
        _verify(_dummy_hash(), password or "x")
        with db.atomic():
            if user is None:
                audit(None, "user", None, "login_failed", None,
                      {"code": "unknown_account"})
            else:
                audit(None, "user", user.id, "login_failed", None,
                      {"code": "inactive_account"})
        raise AuthenticationFailed("Wrong username or password")
    if user.locked_until and user.locked_until > now:
        with db.atomic():
            audit(Actor.from_user(user), "user", user.id, "login_refused", None,
                  {"locked_until": user.locked_until})
        raise AccountLocked(user.locked_until)
    ok = _verify(user.password_hash, password)
    new_hash = HASHER.hash(password) if ok and HASHER.check_needs_rehash(
        user.password_hash) else None
    skew = clock.skew_seconds() if ok else None
    with db.atomic():
        now = clock.now()
        fresh = _load_for_update(user.id)
        if fresh is None or not fresh.active:
            audit(None, "user", user.id, "login_failed", None,
                  {"code": "inactive_account"})
            failure = AuthenticationFailed("Wrong username or password")
        elif fresh.locked_until and fresh.locked_until > now:
            audit(Actor.from_user(fresh), "user", fresh.id, "login_refused", None,
                  {"locked_until": fresh.locked_until})
            failure = AccountLocked(fresh.locked_until)
        elif ok and fresh.password_hash == user.password_hash:
            changes = {User.failed_logins: 0, User.locked_until: None,
                       User.last_login: now}
            if new_hash is not None:
                changes[User.password_hash] = new_hash
            User.update(changes).where(User.id == fresh.id).execute()
            audit(Actor.from_user(fresh), "user", fresh.id, "login")
            actor = Actor.from_user(fresh)
            return dataclasses.replace(actor, clock_skew_seconds=skew)
        else:  # wrong password (or the password changed while it was checked)
            failed = fresh.failed_logins + 1
            changes = {User.failed_logins: failed}
            if failed >= MAX_FAILED_LOGINS:
                changes[User.locked_until] = now + LOCKOUT
            User.update(changes).where(User.id == fresh.id).execute()
            audit(Actor.from_user(fresh), "user", fresh.id,
                  "locked" if failed >= MAX_FAILED_LOGINS else "login_failed",
                  {"failed_logins": fresh.failed_logins}, {"failed_logins": failed})
            failure = (AccountLocked(now + LOCKOUT) if failed >= MAX_FAILED_LOGINS
                       else AuthenticationFailed("Wrong username or password"))
    raise failure


def _get(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound(f"user {user_id} not found")
    return user


@service("user.manage", writes=True)
def unlock_user(*, actor: Actor, user_id: int) -> UserInfo:
    user = _get(user_id)
    User.update(failed_logins=0, locked_until=None).where(User.id == user.id).execute()
    audit(actor, "user", user.id, "unlock",
          {"failed_logins": user.failed_logins, "locked_until": user.locked_until},
          {"failed_logins": 0, "locked_until": None})
    return UserInfo.of(_get(user_id))


@service("user.manage", writes=True)
def set_role(*, actor: Actor, user_id: int, role: str) -> UserInfo:
    validation.choice("role", role, ROLES)
    user = _get(user_id)
    if user.id == actor.id and role != "admin":
        raise Conflict("you cannot take the administrator role from yourself",
                       code="own_admin_role")
    User.update(role=role).where(User.id == user.id).execute()
    audit(actor, "user", user.id, "set_role", {"role": user.role}, {"role": role})
    return UserInfo.of(_get(user_id))


@service("user.manage", writes=True)
def set_active(*, actor: Actor, user_id: int, active: bool) -> UserInfo:
    user = _get(user_id)
    if user.id == actor.id and not active:
        raise Conflict("you cannot deactivate your own account", code="own_account")
    User.update(active=bool(active)).where(User.id == user.id).execute()
    audit(actor, "user", user.id, "set_active", {"active": user.active},
          {"active": bool(active)})
    return UserInfo.of(_get(user_id))


@service("user.manage", writes=True)
def reset_password(*, actor: Actor, user_id: int, new_password: str) -> None:
    user = _get(user_id)
    check_password_rules(new_password, username=user.username)
    User.update(password_hash=HASHER.hash(new_password), password_changed_at=clock.now(),
                failed_logins=0, locked_until=None).where(User.id == user.id).execute()
    audit(actor, "user", user.id, "reset_password")


@service(None, writes=True)
def change_password(*, actor: Actor, old_password: str, new_password: str) -> None:
    user = _get(actor.id)
    try:
        HASHER.verify(user.password_hash, old_password or "")
    except (VerificationError, InvalidHashError):
        raise ValidationError("old_password", "is not the current password") from None
    check_password_rules(new_password, username=user.username)
    if new_password == old_password:
        raise ValidationError("new_password", "must differ from the current password")
    User.update(password_hash=HASHER.hash(new_password),
                password_changed_at=clock.now()).where(User.id == user.id).execute()
    audit(actor, "user", user.id, "change_password")


@service("user.view")
def list_users(*, actor: Actor, role: str | None = None,
               include_inactive: bool = False) -> list[UserInfo]:
    query = User.select().order_by(User.role, User.username)
    if role:
        query = query.where(User.role == role)
    if not include_inactive:
        query = query.where(User.active == True)  # noqa: E712
    return [UserInfo.of(u) for u in query]


@service("call.view")
def list_assignees(*, actor: Actor, roles=WORK_ROLES, call_id: int | None = None
                   ) -> list[UserInfo]:
    """Active users a case can be assigned, transferred or escalated to: only roles
    that can work a case (domain/access.py WORK_ROLES; other roles asked for are
    left out). With `call_id`: the case must be one the actor sees, and its current
    assignee is not offered."""
    roles = [r for r in roles if may_be_assigned(r)]
    query = (User.select()
             .where(User.active == True, User.role.in_(roles))  # noqa: E712
             .order_by(User.display_name))
    if call_id is not None:
        call = Call.get_or_none(Call.id == validation.integer("call_id", call_id))
        if call is None:
            raise NotFound(f"case {call_id} not found")
        check_case(actor, call, "see")
        if call.assignee_id is not None:
            query = query.where(User.id != call.assignee_id)
    return [UserInfo.of(u) for u in query]
