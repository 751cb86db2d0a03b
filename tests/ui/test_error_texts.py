"""Error messages are chosen by the error's code and parameters, never by parsing
the services' English (issue 7, point 10): each known code gives its own text,
goes through the translator, and an unknown code falls back to the English
message."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from hotline.domain import errors as E

ROOT = Path(__file__).resolve().parents[2] / "hotline"


class _Marker:
    """Stands for QCoreApplication inside hotline.ui.labels and marks every "Labels"
    string as «translation»: shows that a text went through
    QCoreApplication.translate (the Chinese comes from the .ts). A plain Python
    stand-in: a QTranslator subclass overriding translate() made PySide6 6.12 drop
    a reference to None on every call, until the interpreter aborted at exit."""

    @staticmethod
    def translate(context, source, disambiguation=None, n=-1):
        text = QCoreApplication.translate(context, source, disambiguation, n)
        return f"«{text}»" if context == "Labels" else text


@pytest.fixture
def marker(qapp, monkeypatch):
    from hotline.ui import labels

    monkeypatch.setattr(labels, "QCoreApplication", _Marker)
    yield


def V(code, field="subject", message="English that must not be parsed", **params):
    return E.ValidationError(field, message, code=code, **params)


# (error, the English text the user reads)
CASES = [
    (V("required"), "Subject: is required"),
    (V("too_long", length=250, max_len=200),
     "Subject: is too long (250 characters; at most 200)"),
    (V("control_char", char="U+0007"),
     "Subject: contains a control character (U+0007); retype the text"),
    (V("invalid_unicode"),
     "Subject: contains a broken character that cannot be stored; retype the text"),
    (V("not_text"), "Subject: must be text"),
    (V("single_line"), "Subject: must be a single line"),
    (V("not_a_choice", field="priority", options=("low", "high")),
     "priority: is not one of the choices offered"),
    (V("not_datetime", field="starts_at"), "Start: is not a date and time"),
    (V("out_of_range", field="starts_at"), "Start: is out of range"),
    (V("not_integer", field="duration_seconds"), "Call duration: must be a whole number"),
    (V("too_small", field="duration_seconds", minimum=0),
     "Call duration: must be at least 0"),
    (V("too_large", field="duration_seconds", maximum=86400),
     "Call duration: must be at most 86400"),
    (V("not_phone", field="phone"), "Phone: is not a phone number"),
    (V("password_too_short", field="password", min_length=10),
     "Password: must have at least 10 characters"),
    (V("password_letters_digits", field="password"),
     "Password: must contain letters and digits"),
    (V("password_repetitive", field="password"), "Password: is too repetitive"),
    (V("password_common", field="password"), "Password: is a commonly used password"),
    (V("password_contains_username", field="password"),
     "Password: must not contain the user name"),
    (V("username_format", field="username"),
     "User name: may contain only letters, digits and . _ - (2 to 64 characters)"),
    (V("not_active_user", field="user_id"), "Person: is not an active user"),
    (V("not_active_category", field="category_id"), "Category: is not an active category"),
    (V("end_before_start", field="ends_at"), "End: must be after the start"),
    (V("shift_too_long", field="ends_at"), "End: a shift lasts at most 24 hours"),
    (E.Conflict("x", code="username_taken", username="zhang"),
     "The user name zhang is taken."),
    (E.Conflict("x", code="accounts_exist"),
     "Accounts exist already; sign in as an administrator."),
    (E.Conflict("x", code="own_admin_role"),
     "You cannot take the administrator role from yourself."),
    (E.Conflict("x", code="own_account"), "You cannot deactivate your own account."),
    (E.Conflict("x", code="category_code_taken", category_code="LD"),
     "The category code LD is taken."),
    (E.Conflict("x", code="category_in_use"),
     "This category is used by cases: deactivate it instead of deleting it."),
    (E.Conflict("x", code="shift_overlap", person="王五"),
     "王五 already has a shift in that period."),
    (E.Conflict("x", code="own_handover"),
     "The next officer acknowledges a handover note, not its author."),
    (E.Conflict("x", code="handover_acknowledged"),
     "Someone has acknowledged this note already."),
    (E.StaleCase("x"),
     "This case was changed on another workstation. Nothing was saved; reload the "
     "case to see the change, then decide again."),
    (E.AuthenticationFailed("x", code="bad_credentials"), "Wrong user name or password."),
    (E.AuthenticationFailed("x"), "Wrong user name or password."),
    (E.AuthenticationFailed("x", code="account_inactive"),
     "This account has been deactivated."),
    (E.AuthenticationFailed("x", code="not_signed_in"),
     "You are not signed in any more; sign in again."),
    (E.AccountLocked(dt.datetime(2026, 1, 2, 9, 30)),
     "Too many failed sign-ins: this account is locked until 09:30. An administrator "
     "can unlock it sooner."),
    (E.PermissionDenied("call.log", "admin"), "You do not have permission to do this."),
    (E.InvalidTransition("resolve", "closed"),
     "This cannot be done to the case now: its status is Closed. Reload the case."),
    (E.DatabaseUnavailable("x", code="disk_full"),
     "The disk holding the database is full. Nothing was saved; free some space and "
     "save again — your text is still here."),
    (E.DatabaseUnavailable("x", code="read_only"),
     "The database is read-only. Nothing was saved."),
    (E.DatabaseUnavailable("x", code="busy"),
     "The database was busy (another workstation held it too long). Nothing was "
     "saved; save again."),
    (E.DatabaseUnavailable("x", code="server_unreachable"),
     "The database server cannot be reached. Nothing was saved; your text is still "
     "here — try again in a moment."),
    (E.DatabaseUnavailable("x", code="corrupt"),
     "The database file is damaged. Nothing was saved. Ask the administrator to "
     "restore the latest backup."),
    (E.DatabaseUnavailable("x", code="disk_error"),
     "The disk holding the database reported an error. Nothing was saved; your text "
     "is still here."),
    (E.DatabaseUnavailable("x", code="database_error", reason="odd driver text"),
     "The database could not be used (odd driver text). Nothing was saved; your "
     "text is still here."),
]


def S(code, **params):
    from hotline.storage import StorageError

    return StorageError("English that must not be parsed", code=code, **params)


def P(code, action=None):
    params = {"action": action, "ticket_no": "20260101-0001"} if action else {}
    return E.PermissionDenied("English that must not be parsed", "duty_officer",
                              code=code, **params)


CASES += [
    (P("confidential_case", "see"), "You may not see this case: it is confidential."),
    (P("not_your_case", "note"),
     "You may not add a note to this case: it is someone else's case."),
    (P("in_specialist_hands", "assign"),
     "You may not reassign this case: it is already in a specialist's hands; ask a "
     "supervisor."),
    (P("role_cannot_act", "callback"),
     "You may not record a call back on this case: your role does not act on cases."),
    (P("not_your_case", "survey"),
     "You may not record the caller's rating of this case: it is someone else's case."),
    (P("not_your_case", "work"), "You may not work on this case: it is someone else's case."),
    (P("not_your_case", "escalate"),
     "You may not escalate this case: it is someone else's case."),
    (P("confidential_case"), "You may not do this: it is confidential."),
    (E.Conflict("x", code="survey_exists", ticket_no="20260101-0001"),
     "Case 20260101-0001 has a survey already: a case is rated once."),
    (S("corrupt", path="/d/h.db", detail="page 3"),
     "The database file /d/h.db is damaged. It was not changed; restore the latest "
     "backup or choose another file."),
    (S("directory", path="/d"),
     "/d is a folder, not a database file. Give the path of a file inside it."),
    (S("unreadable", path="/d/h.db"),
     "The database file /d/h.db cannot be used. Check that your account may read and "
     "write it and that no other program holds it, or choose another file."),
    (S("not_sqlite", path="/d/x.txt"),
     "/d/x.txt is not a Hotline Desk database. It was left untouched; choose another "
     "file or restore a backup."),
    (S("foreign", path="/d/x.db"),
     "/d/x.db belongs to another program. It was left untouched; choose another file."),
    (S("missing", path="/d/h.db"), "The database file /d/h.db does not exist."),
    (S("network_share", path="//srv/h.db"),
     "//srv/h.db is on a network share. SQLite files on network shares get corrupted "
     "when several workstations write at once: a center with several workstations "
     "uses PostgreSQL."),
    (S("unsafe_settings", path="/d/h.db"),
     "The database file /d/h.db has unsafe settings and is not used."),
    (S("schema_older", version=4, latest=6),
     "This database has schema version 4, older than this program's 6. An "
     "administrator brings it up to date by running 'hotline init' while no "
     "workstation uses it."),
    (S("schema_newer", version=7, latest=6),
     "This database has schema version 7, made by a newer Hotline Desk (this one "
     "knows up to 6). Install that version on this workstation."),
    (S("bad_url"), "The database cannot be used: English that must not be parsed"),
]


@pytest.mark.parametrize("exc,english", CASES, ids=[
    f"{type(e).__name__}-{e.code}-{e.params.get('action', '')}" for e, _ in CASES])
def test_each_code_has_its_text_and_is_translated(qapp, exc, english, request):
    from hotline.ui import labels

    assert labels.error_text(exc) == english
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(labels, "QCoreApplication", _Marker)
        translated = labels.error_text(exc)
    assert "«" in translated and translated != english
    for name, value in exc.params.items():  # parameters are still filled in
        if isinstance(exc, E.PermissionDenied):
            break  # the refusal names the action and the reason, not the ticket
        if name in ("username", "person", "category_code", "ticket_no", "path",
                    "version", "latest", "minimum", "maximum", "length", "max_len",
                    "char", "min_length") or (name == "reason"
                                              and exc.code == "database_error"):
            assert str(value) in translated.replace(",", "")


def test_unknown_codes_show_the_english_message(qapp):
    from hotline.ui import labels

    assert labels.error_text(E.Conflict("two clerks fought", code="new_rule")) == \
        "two clerks fought"
    assert labels.error_text(V("brand_new", message="is odd today")) == \
        "Subject: is odd today"
    assert labels.error_text(E.DomainError("plain words", code="whatever")) == \
        "plain words"
    # errors still raised without a code: the old known English sentences
    assert labels.error_text(E.ValidationError("password", "is too repetitive")) == \
        "Password: is too repetitive"


def test_the_message_is_not_parsed(qapp):
    """The text comes from code and params: an English message that says
    something else does not leak into what the user reads."""
    from hotline.ui import labels

    exc = E.Conflict("username 'li' is taken", code="username_taken", username="zhang")
    assert labels.error_text(exc) == "The user name zhang is taken."
    exc = E.DatabaseUnavailable("Nothing was saved: the database server cannot be "
                                "reached.", code="disk_full")
    assert "disk holding the database is full" in labels.error_text(exc)


def _raised_codes() -> set[tuple[str, str]]:
    """(exception class, code) of every `raise X(..., code="…")` in the services,
    storage and domain, plus the codes services.base gives driver errors."""
    found = set()
    for path in [*ROOT.joinpath("services").rglob("*.py"),
                 *ROOT.joinpath("storage").rglob("*.py"),
                 *ROOT.joinpath("domain").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and hasattr(E, node.func.id) \
                    and isinstance(getattr(E, node.func.id), type) \
                    and issubclass(getattr(E, node.func.id), E.DomainError):
                for kw in node.keywords:
                    if kw.arg == "code" and isinstance(kw.value, ast.Constant):
                        found.add((node.func.id, kw.value.value))
    for path in ROOT.joinpath("storage").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StorageError":
                for kw in node.keywords:
                    if kw.arg == "code" and isinstance(kw.value, ast.Constant):
                        found.add(("StorageError", kw.value.value))
    from hotline.services import base

    try:
        from hotline.services import case_access
    except ImportError:  # pragma: no cover - before the object rules
        case_access = None
    if case_access is not None:
        for code in getattr(case_access, "_WHY", {}):
            for action in getattr(case_access, "_WHAT", {}):
                found.add(("PermissionDenied", f"{code}/{action}"))
    for _key, code, _why in base._FRIENDLY:
        found.add(("DatabaseUnavailable", code))
    for cls in vars(E).values():
        if isinstance(cls, type) and issubclass(cls, E.DomainError) \
                and cls.default_code not in ("error",):
            found.add((cls.__name__, cls.default_code))
    return found


def _make(cls_name: str, code: str):
    if cls_name == "StorageError":
        from hotline.storage import StorageError

        return StorageError("x", code=code, path="/p")
    cls = getattr(E, cls_name)
    if cls is E.PermissionDenied and "/" in code:
        code, action = code.split("/")
        return cls("x", "duty_officer", code=code, action=action)
    if cls is E.ValidationError:
        return cls("subject", "x", code=code)
    if cls is E.PermissionDenied:
        return cls("call.view", "duty_officer", code=code)
    if cls is E.InvalidTransition:
        return cls("resolve", "closed", code=code)
    if cls is E.AccountLocked:
        return cls(dt.datetime(2026, 1, 1, 8, 0))
    return cls("x", code=code)


def test_every_code_the_services_raise_is_translated(qapp, marker):
    """A code added to a service without its text here fails this test."""
    from hotline.ui import labels

    missing = []
    for cls_name, code in sorted(_raised_codes()):
        if (cls_name, code) in (("ValidationError", "invalid"), ("Conflict", "conflict"),
                                ("DomainError", "error"), ("StorageError", "storage"),
                                ("StorageError", "bad_url"),
                                ("StorageError", "unsupported_url"),
                                ("NotFound", "not_found")):
            continue  # the English message (with a translated frame where useful)
        text = labels.error_text(_make(cls_name, code))
        if "«" not in text:
            missing.append((cls_name, code, text))
    assert missing == []


def test_service_errors_reach_the_user_by_code(qapp, actors):
    """Real errors from the services, on each backend."""
    from hotline.services import calls, config, shifts, users
    from hotline.ui import labels

    admin, duty = actors["admin"], actors["duty_officer"]
    with pytest.raises(E.Conflict) as taken:
        users.create_user(actor=admin, username="duty_officer1", display_name="x",
                          role="duty_officer", password="Duty-passw0rd7")
    assert labels.error_text(taken.value) == "The user name duty_officer1 is taken."
    with pytest.raises(E.ValidationError) as long_:
        calls.log_call(actor=duty, outcome="answered", subject="长" * 201)
    assert labels.error_text(long_.value) == \
        "Subject: is too long (201 characters; at most 200)"
    with pytest.raises(E.ValidationError) as control:
        calls.log_call(actor=duty, outcome="answered", subject="bell\x07")
    assert labels.error_text(control.value) == \
        "Subject: contains a control character (U+0007); retype the text"
    with pytest.raises(E.PermissionDenied) as denied:
        config.save_category(actor=duty, code="x", name="y")
    assert labels.error_text(denied.value) == "You do not have permission to do this."
    with pytest.raises(E.AuthenticationFailed) as bad:
        users.authenticate(username="duty_officer1", password="wrong-password-1")
    assert labels.error_text(bad.value) == "Wrong user name or password."
    now = dt.datetime.now().replace(second=0, microsecond=0)
    sup = actors["supervisor"]
    shifts.add_shift(actor=sup, user_id=duty.id, starts_at=now,
                     ends_at=now + dt.timedelta(hours=8), label="早班")
    with pytest.raises(E.Conflict) as overlap:
        shifts.add_shift(actor=sup, user_id=duty.id, starts_at=now,
                         ends_at=now + dt.timedelta(hours=2), label="早班")
    assert labels.error_text(overlap.value) == \
        "duty_officer one already has a shift in that period."
    with pytest.raises(E.ValidationError) as rules:
        users.create_user(actor=admin, username="li", display_name="李",
                          role="duty_officer", password="password123")
    assert labels.error_text(rules.value) == "Password: is a commonly used password"
    assert rules.value.code == "password_common"  # by code, not by its English
    with pytest.raises(E.ValidationError) as phone:
        calls.log_call(actor=duty, outcome="answered", subject="x", phone="12")
    assert (phone.value.code, labels.error_text(phone.value)) == \
        ("not_phone", "Phone: is not a phone number")
    with pytest.raises(E.ValidationError) as backwards:
        shifts.add_shift(actor=sup, user_id=duty.id, starts_at=now,
                         ends_at=now - dt.timedelta(hours=1), label="夜班")
    assert (backwards.value.code, labels.error_text(backwards.value)) == \
        ("end_before_start", "End: must be after the start")
