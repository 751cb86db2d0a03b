"""The permission matrix, enforced inside every service (DESIGN §1): each registered
service is called directly as each role."""

import pytest

from hotline.models import ROLES, User
from hotline.services import REGISTRY
from hotline.services.errors import AuthenticationFailed, PermissionDenied
from hotline.services.permissions import MATRIX, permissions_of


def probe(info, actor):
    """Call a service with an argument no service takes: a role that passes the
    permission check reaches the function and gets TypeError before any work;
    a role that does not gets PermissionDenied."""
    try:
        info.func(actor=actor, __probe__=True)
    except PermissionDenied:
        return "denied"
    except TypeError as exc:
        assert "__probe__" in str(exc), exc
        return "passed"
    raise AssertionError(f"{info.name} ran with a probe argument")


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_service_enforces_its_permission_for_every_role(actors, name):
    info = REGISTRY[name]
    for role in ROLES:
        outcome = probe(info, actors[role])
        expected = "passed" if info.permission is None or \
            role in MATRIX[info.permission] else "denied"
        assert outcome == expected, (name, role)


def test_inactive_account_is_refused_everywhere(actors):
    duty = actors["duty_officer"]
    User.update(active=False).where(User.id == duty.id).execute()
    for info in REGISTRY.values():
        with pytest.raises(AuthenticationFailed):
            info.func(actor=duty, __probe__=True)


def test_role_change_takes_effect_without_signing_in_again(actors):
    duty = actors["duty_officer"]
    assert probe(REGISTRY["users.list_users"], duty) == "denied"
    User.update(role="supervisor").where(User.id == duty.id).execute()
    assert probe(REGISTRY["users.list_users"], duty) == "passed"


# What DESIGN §1 says each role does, cell by cell, independent of MATRIX.
@pytest.mark.parametrize("role, permission, allowed", [
    ("duty_officer", "call.log", True),
    ("duty_officer", "caller.view", True),
    ("duty_officer", "call.escalate", True),
    ("duty_officer", "call.reopen", False),
    ("duty_officer", "user.manage", False),
    ("duty_officer", "audit.view", False),
    ("duty_officer", "config.manage", False),
    ("duty_officer", "report.view", False),
    ("duty_officer", "system.backup", False),
    ("specialist", "call.work", True),
    ("specialist", "call.callback", True),
    ("specialist", "call.reopen", False),
    ("specialist", "user.manage", False),
    ("supervisor", "call.reopen", True),
    ("supervisor", "call.assign", True),
    ("supervisor", "report.view", True),
    ("supervisor", "config.manage", False),
    ("supervisor", "user.manage", False),
    ("secretary", "report.view", True),
    ("secretary", "data.export", True),
    ("secretary", "call.view", True),
    ("secretary", "call.log", False),
    ("secretary", "call.work", False),
    ("secretary", "call.note", False),
    ("secretary", "caller.edit", False),
    ("director", "config.manage", True),
    ("director", "report.view", True),
    ("director", "call.reopen", True),
    ("admin", "user.manage", True),
    ("admin", "system.backup", True),
    ("admin", "audit.view", True),
    ("admin", "call.log", False),
    ("admin", "call.view", False),
    # knowledge articles: specialists write them; everyone on cases reads them
    ("specialist", "knowledge.edit", True),
    ("supervisor", "knowledge.edit", True),
    ("director", "knowledge.edit", True),
    ("duty_officer", "knowledge.edit", False),
    ("secretary", "knowledge.edit", False),
    ("admin", "knowledge.edit", False),
    ("duty_officer", "knowledge.view", True),
    ("secretary", "knowledge.view", True),
    ("admin", "knowledge.view", False),
])
def test_design_matrix_cells(role, permission, allowed):
    assert (role in MATRIX[permission]) is allowed


def test_secretary_never_edits_case_content():
    for info in REGISTRY.values():
        module = info.name.split(".")[0]
        if module in ("calls", "callers") and info.writes:
            assert "secretary" not in MATRIX[info.permission], info.name


def test_director_sees_what_supervisor_and_secretary_see():
    director = permissions_of("director")
    for role in ("supervisor", "secretary"):
        reads = {p for p in permissions_of(role)
                 if p.endswith(".view") or p.startswith("report.")}
        assert reads <= director, reads - director


def test_every_case_service_applies_an_object_rule(actors):
    """Beyond the coarse permission: every service that acts on one case refuses a
    colleague's confidential case to a specialist and writes nothing (the full
    role × relation × action table is in test_object_rules.py)."""
    import inspect

    from hotline.models import AuditLog, CallEvent
    from hotline.services import calls

    case = calls.log_call(actor=actors["duty_officer"], outcome="transferred",
                          subject="家暴求助", phone="13800138000", confidential=True,
                          assignee_id=actors["specialist"].id)
    values = {"assignee_id": actors["director"].id, "note": "x", "text": "x",
              "solution": "x", "reason": "x", "rating": 3, "reached": True,
              "comment": "x", "article_id": 1}
    checked = []
    for name, info in sorted(REGISTRY.items()):
        params = inspect.signature(info.func.__wrapped__).parameters
        if not info.writes or "call_id" not in params:
            continue
        kwargs = {p: values[p] for p in params if p in values}
        before = (CallEvent.select().count(), AuditLog.select().count())
        with pytest.raises(PermissionDenied):
            info.func(actor=actors["specialist2"], call_id=case.id, **kwargs)
        assert (CallEvent.select().count(), AuditLog.select().count()) == before
        checked.append(name)
    assert {"calls.add_note", "calls.record_callback", "calls.record_survey",
            "calls.assign", "calls.start", "calls.resolve"} <= set(checked)
