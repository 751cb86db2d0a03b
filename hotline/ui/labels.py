"""Translated names of codes (roles, outcomes, statuses …) and of domain errors."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QCoreApplication

from ..storage import StorageError
from ..services.errors import (AccountLocked, AuthenticationFailed, Conflict,
                               DatabaseUnavailable, DomainError, InvalidTransition,
                               NotFound, PermissionDenied, ValidationError)


def role(code: str) -> str:
    return {
        "duty_officer": QCoreApplication.translate("Labels", "Duty officer"), "specialist": QCoreApplication.translate("Labels", "Specialist"),
        "supervisor": QCoreApplication.translate("Labels", "Supervisor"), "secretary": QCoreApplication.translate("Labels", "Secretary"),
        "director": QCoreApplication.translate("Labels", "Director"), "admin": QCoreApplication.translate("Labels", "Administrator"),
    }.get(code, code)


def outcome(code: str) -> str:
    return {
        "answered": QCoreApplication.translate("Labels", "Answered"), "transferred": QCoreApplication.translate("Labels", "Transferred"),
        "escalated": QCoreApplication.translate("Labels", "Escalated"), "callback": QCoreApplication.translate("Labels", "Call back"),
        "hang_up": QCoreApplication.translate("Labels", "Hung up"), "silent": QCoreApplication.translate("Labels", "Silent call"), "prank": QCoreApplication.translate("Labels", "Prank"),
        "wrong_number": QCoreApplication.translate("Labels", "Wrong number"), "test": QCoreApplication.translate("Labels", "Test call"),
    }.get(code, code)


def status(code: str) -> str:
    return {
        "new": QCoreApplication.translate("Labels", "New"), "assigned": QCoreApplication.translate("Labels", "Assigned"), "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "pending_customer": QCoreApplication.translate("Labels", "Waiting for caller"), "resolved": QCoreApplication.translate("Labels", "Resolved"),
        "closed": QCoreApplication.translate("Labels", "Closed"), "reopened": QCoreApplication.translate("Labels", "Reopened"),
    }.get(code, code)


def priority(code: str) -> str:
    return {"urgent": QCoreApplication.translate("Labels", "Urgent"), "high": QCoreApplication.translate("Labels", "High"), "normal": QCoreApplication.translate("Labels", "Normal"),
            "low": QCoreApplication.translate("Labels", "Low")}.get(code, code)


def channel(code: str) -> str:
    return {"phone": QCoreApplication.translate("Labels", "Phone"), "sms": QCoreApplication.translate("Labels", "SMS"), "email": QCoreApplication.translate("Labels", "E-mail"),
            "web": QCoreApplication.translate("Labels", "Web"), "wechat": QCoreApplication.translate("Labels", "WeChat"), "walk_in": QCoreApplication.translate("Labels", "Walk-in"),
            "other": QCoreApplication.translate("Labels", "Other")}.get(code, code)


def event_kind(code: str) -> str:
    return {
        "created": QCoreApplication.translate("Labels", "Logged"), "assigned": QCoreApplication.translate("Labels", "Assigned"),
        "transferred": QCoreApplication.translate("Labels", "Transferred"), "escalated": QCoreApplication.translate("Labels", "Escalated"),
        "note": QCoreApplication.translate("Labels", "Note"), "callback": QCoreApplication.translate("Labels", "Call back"), "survey": QCoreApplication.translate("Labels", "Survey"),
        "reopened": QCoreApplication.translate("Labels", "Reopened"), "start": QCoreApplication.translate("Labels", "Started"),
        "wait_customer": QCoreApplication.translate("Labels", "Waiting for caller"), "resume": QCoreApplication.translate("Labels", "Resumed"),
        "resolve": QCoreApplication.translate("Labels", "Resolved"), "close": QCoreApplication.translate("Labels", "Closed"), "printed": QCoreApplication.translate("Labels", "Printed"),
        "archived": QCoreApplication.translate("Labels", "Archived"),
        "signed": QCoreApplication.translate("Labels", "Signed for"),
        "supervised": QCoreApplication.translate("Labels", "Supervision"),
    }.get(code, code)


def print_word(code: str) -> str:
    """A word of a `printed` event's detail (services/print_log.print_detail)."""
    return {
        "working": QCoreApplication.translate("Labels", "working copy"),
        "archival": QCoreApplication.translate("Labels", "archival copy"),
        "masked": QCoreApplication.translate("Labels", "masked"),
        "printer": QCoreApplication.translate("Labels", "to the printer"),
    }.get(code, code)


def field(name: str) -> str:
    return {
        "phone": QCoreApplication.translate("Labels", "Phone"), "caller_name": QCoreApplication.translate("Labels", "Caller"), "subject": QCoreApplication.translate("Labels", "Subject"),
        "description": QCoreApplication.translate("Labels", "Description"), "solution": QCoreApplication.translate("Labels", "Reply given"),
        "category_id": QCoreApplication.translate("Labels", "Category"), "assignee_id": QCoreApplication.translate("Labels", "Specialist"),
        "password": QCoreApplication.translate("Labels", "Password"), "new_password": QCoreApplication.translate("Labels", "New password"),
        "username": QCoreApplication.translate("Labels", "User name"), "display_name": QCoreApplication.translate("Labels", "Full name"),
        "body": QCoreApplication.translate("Labels", "Handover note"), "duration_seconds": QCoreApplication.translate("Labels", "Call duration"),
        "ends_at": QCoreApplication.translate("Labels", "End"), "starts_at": QCoreApplication.translate("Labels", "Start"), "user_id": QCoreApplication.translate("Labels", "Person"),
        "note": QCoreApplication.translate("Labels", "Note"), "text": QCoreApplication.translate("Labels", "Note"),
        "reason": QCoreApplication.translate("Labels", "Reason"), "deadline": QCoreApplication.translate("Labels", "Deadline"),
        "rating": QCoreApplication.translate("Labels", "Rating"), "comment": QCoreApplication.translate("Labels", "Caller's comment"),
        "follow_up": QCoreApplication.translate("Labels", "Follow-up"), "escalate_to": QCoreApplication.translate("Labels", "Supervisor"),
        "fonds": QCoreApplication.translate("Labels", "Fonds number"),
        **_dashboard_fields(),  # the dashboard's thresholds (services/dashboard.py)
        **_qa_fields(),  # spot checks (services/quality.py)
        "category": QCoreApplication.translate("Labels", "Class code"),
        "org": QCoreApplication.translate("Labels", "Unit code"),
        "retention": QCoreApplication.translate("Labels", "Retention period"),
        "center_name": QCoreApplication.translate("Labels", "Center name"),
        "year": QCoreApplication.translate("Labels", "Year"),
        "item": QCoreApplication.translate("Labels", "Item number"),
        "archive_no": QCoreApplication.translate("Labels", "Archive number"),
        "path": QCoreApplication.translate("Labels", "File"),
        "to_user_id": QCoreApplication.translate("Labels", "Reassign to"),
        "from_user_id": QCoreApplication.translate("Labels", "Cases of"),
        "call_ids": QCoreApplication.translate("Labels", "Cases chosen"),
        "label": QCoreApplication.translate("Labels", "Shift name"), "query": QCoreApplication.translate("Labels", "Search"), "terms": QCoreApplication.translate("Labels", "Search"), "search": QCoreApplication.translate("Labels", "Search"),
    }.get(name) or _settings_field(name) or _appraisal_field(name) or \
        _article_field(name)


def _dashboard_fields() -> dict:
    """The dashboard's thresholds (services/dashboard.py Thresholds) and tile."""
    return {
        "warning_window_minutes": QCoreApplication.translate("Labels", "Due-soon window (minutes)"),
        "due_soon_alarm": QCoreApplication.translate("Labels", "Due soon: alarm at (cases)"),
        "overdue_alarm": QCoreApplication.translate("Labels", "Overdue: alarm at (cases)"),
        "waiting_warn": QCoreApplication.translate("Labels", "Waiting: attention at (cases)"),
        "waiting_alarm": QCoreApplication.translate("Labels", "Waiting: alarm at (cases)"),
        "oldest_warn_hours": QCoreApplication.translate("Labels", "Oldest open case: attention after (hours)"),
        "oldest_alarm_hours": QCoreApplication.translate("Labels", "Oldest open case: alarm after (hours)"),
        "on_time_warn_pct": QCoreApplication.translate("Labels", "On-time rate: attention below (%)"),
        "on_time_alarm_pct": QCoreApplication.translate("Labels", "On-time rate: alarm below (%)"),
        "satisfaction_warn_pct": QCoreApplication.translate("Labels", "Satisfaction: attention below (%)"),
        "satisfaction_alarm_pct": QCoreApplication.translate("Labels", "Satisfaction: alarm below (%)"),
        "spike_factor_pct": QCoreApplication.translate("Labels", "Hot topic spike at (% of the 7-day mean)"),
        "surge_factor_pct": QCoreApplication.translate("Labels", "Calls today: attention at (% of the same weekday)"),
        "tile": QCoreApplication.translate("Labels", "Dashboard tile"),
    }


def _qa_fields() -> dict:
    """The fields of the spot-check services (services/quality.py)."""
    return {
        "statement": QCoreApplication.translate("Labels", "What was done"),
        "rule": QCoreApplication.translate("Labels", "Rule"),
        "action": QCoreApplication.translate("Labels", "What to do"),
        "seed": QCoreApplication.translate("Labels", "Seed"),
        "agent_id": QCoreApplication.translate("Labels", "Agent"),
        "review_id": QCoreApplication.translate("Labels", "Review"),
        "sample_id": QCoreApplication.translate("Labels", "Sample"),
        "upheld": QCoreApplication.translate("Labels", "Decision"),
        "passed": QCoreApplication.translate("Labels", "Re-check result"),
    }


def _settings_field(name: str) -> str:
    """The fields of the director's settings (services.config, quality rubric)."""
    import re

    known = {
        "source_id": QCoreApplication.translate("Labels", "Category to merge"),
        "target_id": QCoreApplication.translate("Labels", "Merge into"),
        "parent_id": QCoreApplication.translate("Labels", "Parent category"),
        "category_id": QCoreApplication.translate("Labels", "Category"),
        "code": QCoreApplication.translate("Labels", "Code"),
        "name": QCoreApplication.translate("Labels", "Name"),
        "sort_order": QCoreApplication.translate("Labels", "Order"),
        "date": QCoreApplication.translate("Labels", "Date"),
        "day": QCoreApplication.translate("Labels", "Date"),
        "type": QCoreApplication.translate("Labels", "Type (休/班)"),
        "is_workday": QCoreApplication.translate("Labels", "Make-up workday (班)"),
        "first_response_minutes": QCoreApplication.translate(
            "Labels", "First response (minutes)"),
        "resolution_minutes": QCoreApplication.translate("Labels", "Resolution (minutes)"),
        "clock": QCoreApplication.translate("Labels", "Clock"),
        "start_minute": QCoreApplication.translate("Labels", "Opening time"),
        "end_minute": QCoreApplication.translate("Labels", "Closing time"),
        "time_zone": QCoreApplication.translate("Labels", "Time zone"),
        "rubric": QCoreApplication.translate("Labels", "Rubric"),
    }
    if name in known:
        return known[name]
    m = re.fullmatch(r"dimensions\[(\d+)\](?:\.items\[(\d+)\])?(?:\.(code|name|points))?",
                     name)
    if m:
        where = _fill(QCoreApplication.translate("Labels", "Dimension %1"),
                      int(m.group(1)) + 1)
        if m.group(2) is not None:
            where = _fill(QCoreApplication.translate("Labels", "%1, item %2"), where,
                          int(m.group(2)) + 1)
        return where + _rubric_part(m.group(3))
    m = re.fullmatch(r"vetoes\[(\d+)\](?:\.(code|name))?", name)
    if m:
        return _fill(QCoreApplication.translate("Labels", "Veto item %1"),
                     int(m.group(1)) + 1) + _rubric_part(m.group(2))
    return ""


def _rubric_part(part: str | None) -> str:
    return {"code": QCoreApplication.translate("Labels", ", code"),
            "name": QCoreApplication.translate("Labels", ", name"),
            "points": QCoreApplication.translate("Labels", ", points")}.get(part or "", "")


def _article_field(name: str) -> str:
    """The fields of a knowledge article (services.knowledge)."""
    return {
        "title": QCoreApplication.translate("Labels", "Title"), "article_body": QCoreApplication.translate("Labels", "Article text"),
        "tags": QCoreApplication.translate("Labels", "Tags"), "note": QCoreApplication.translate("Labels", "What changed"),
        "article_id": QCoreApplication.translate("Labels", "Knowledge article"),
    }.get(name, name)




def _appraisal_field(name: str) -> str:
    """The fields of the appraisal services (services/appraisal.py, kpi.py):
    scores, the period and the settings ('weights.kpi', 'targets.handled' …)."""
    groups = {"weights": QCoreApplication.translate("Labels", "Weights"),
              "review": QCoreApplication.translate("Labels", "Review weights"),
              "kpi_weights": QCoreApplication.translate("Labels", "KPI weights"),
              "targets": QCoreApplication.translate("Labels", "KPI targets"),
              "annual": QCoreApplication.translate("Labels", "Annual weights"),
              "bands": QCoreApplication.translate("Labels", "Grade bands"),
              "excellent_share": QCoreApplication.translate("Labels", "Share of 优秀 at most")}
    parts = {"kpi": QCoreApplication.translate("Labels", "KPI"), "qa": QCoreApplication.translate("Labels", "QA mean"),
             "satisfaction": QCoreApplication.translate("Labels", "Satisfaction"),
             "review": QCoreApplication.translate("Labels", "Review score"), "supervisor": QCoreApplication.translate("Labels", "Supervisor"),
             "self": QCoreApplication.translate("Labels", "Self"), "handled": QCoreApplication.translate("Labels", "Handled"),
             "on_time": QCoreApplication.translate("Labels", "On-time rate"),
             "handle_time": QCoreApplication.translate("Labels", "Handle time (s)"),
             "attendance": QCoreApplication.translate("Labels", "Attendance"),
             "quarters": QCoreApplication.translate("Labels", "Quarters"), "excellent": "优秀",
             "good": "良好", "pass": "合格"}
    known = {"supervisor_score": QCoreApplication.translate("Labels", "Supervisor's score"),
             "score": QCoreApplication.translate("Labels", "Self score"),
             "period": QCoreApplication.translate("Labels", "Period"),
             "evaluation_id": QCoreApplication.translate("Labels", "Evaluation"),
             "figure": QCoreApplication.translate("Labels", "Figure")}
    if name in known:
        return known[name]
    if name in groups:
        return groups[name]
    group, _, part = name.partition(".")
    if group in groups and part in parts:
        return _fill(QCoreApplication.translate("Labels", "%1, %2"), groups[group], parts[part])
    return ""


def _fill(text: str, *values) -> str:
    """Put `values` in place of %1, %2 … in one pass (a value that contains "%2"
    is not filled again)."""
    import re

    return re.sub(r"%(\d+)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), text)


def _validation_text(exc: ValidationError) -> str:
    """What is wrong with the field, by the error's code (the English message of
    the service when the code is unknown here)."""
    p = exc.params
    code = exc.code
    if code == "required":
        return QCoreApplication.translate("Labels", "is required")
    if code == "too_long":
        if p.get("max_len") is not None:
            return _fill(QCoreApplication.translate(
                "Labels", "is too long (%1 characters; at most %2)"),
                f"{p.get('length', '?'):,}" if isinstance(p.get("length"), int)
                else p.get("length", "?"), f"{p['max_len']:,}")
        return QCoreApplication.translate("Labels", "is too long")
    if code in _QA_VALIDATION:  # spot checks (services/quality.py)
        return _qa_validation_text(code, p)
    if code in _APPRAISAL_VALIDATION:  # services/appraisal.py, domain/appraisal.py
        return _appraisal_validation_text(code, p)
    if code in _SETTINGS_VALIDATION:  # the director's settings (services/config.py)
        return _settings_validation_text(code, p)
    if code == "archive_part":
        return QCoreApplication.translate(
            "Labels", "must be 1-12 letters or digits (no '-' or '·')")
    if code == "archive_year":
        return QCoreApplication.translate("Labels", "must be a four-digit year")
    if code == "archive_item":
        return QCoreApplication.translate("Labels", "must be a number from 1")
    if code == "archive_number":
        return QCoreApplication.translate(
            "Labels", "is not an archive number like X001-WS·2026-D30-RX-0001")
    if code == "invalid_choice":
        return _fill(QCoreApplication.translate("Labels", "must be one of %1"),
                     p.get("choices", ""))
    if code == "not_a_date":
        return QCoreApplication.translate("Labels", "is not a date (YYYY-MM-DD)")
    if code == "no_such_file":
        return QCoreApplication.translate("Labels", "there is no such file")
    if code == "control_char":
        return _fill(QCoreApplication.translate(
            "Labels", "contains a control character (%1); retype the text"),
            p.get("char", "?"))
    if code == "invalid_unicode":
        return QCoreApplication.translate(
            "Labels", "contains a broken character that cannot be stored; retype the text")
    if code == "not_text":
        return QCoreApplication.translate("Labels", "must be text")
    if code == "single_line":
        return QCoreApplication.translate("Labels", "must be a single line")
    if code == "not_a_choice":
        return QCoreApplication.translate("Labels", "is not one of the choices offered")
    if code == "not_datetime":
        return QCoreApplication.translate("Labels", "is not a date and time")
    if code == "out_of_range":
        return QCoreApplication.translate("Labels", "is out of range")
    if code == "not_integer":
        return QCoreApplication.translate("Labels", "must be a whole number")
    if code == "too_small":
        return _fill(QCoreApplication.translate("Labels", "must be at least %1"),
                     p.get("minimum", "?"))
    if code == "too_large":
        return _fill(QCoreApplication.translate("Labels", "must be at most %1"),
                     p.get("maximum", "?"))
    if code == "not_phone":
        return QCoreApplication.translate("Labels", "is not a phone number")
    if code == "password_too_short":
        return _fill(QCoreApplication.translate("Labels", "must have at least %1 characters"),
                     p.get("min_length", "?"))
    if code == "password_letters_digits":
        return QCoreApplication.translate("Labels", "must contain letters and digits")
    if code == "password_repetitive":
        return QCoreApplication.translate("Labels", "is too repetitive")
    if code == "password_common":
        return QCoreApplication.translate("Labels", "is a commonly used password")
    if code == "password_contains_username":
        return QCoreApplication.translate("Labels", "must not contain the user name")
    if code == "username_format":
        return QCoreApplication.translate(
            "Labels", "may contain only letters, digits and . _ - (2 to 64 characters)")
    if code == "not_active_user":
        return QCoreApplication.translate("Labels", "is not an active user")
    if code == "cannot_work_cases":
        return _fill(QCoreApplication.translate(
            "Labels", "cannot work cases (role: %1)"), role(p.get("role", "")))
    if code == "same_person":
        return QCoreApplication.translate(
            "Labels", "is the person the cases are taken from")
    if code == "not_open_cases_of":
        return _fill(QCoreApplication.translate(
            "Labels", "no longer open cases of this person: %1; nothing was moved. "
            "Refresh the list"), p.get("tickets", ""))
    if code == "not_active_category":
        return QCoreApplication.translate("Labels", "is not an active category")
    if code == "end_before_start":
        return QCoreApplication.translate("Labels", "must be after the start")
    if code == "shift_too_long":
        return QCoreApplication.translate("Labels", "a shift lasts at most 24 hours")
    if code == "in_past":
        return QCoreApplication.translate("Labels", "must lie in the future")
    if code == "not_reached":
        return QCoreApplication.translate(
            "Labels", "is given only when the caller was reached")
    if code == "not_dissatisfied":
        return QCoreApplication.translate(
            "Labels", "follows only a dissatisfied rating (1 or 2)")
    if code == "article_not_published":
        return QCoreApplication.translate(
            "Labels", "is not a published article (a draft or a retired one)")
    if code == "too_many_terms":
        return _fill(QCoreApplication.translate("Labels", "at most %1 search terms"),
                     p.get("max_terms", "?"))
    if code == "too_many_tags":
        return _fill(QCoreApplication.translate("Labels", "at most %1 tags"),
                     p.get("maximum", "?"))
    return _legacy_validation_text(exc.message)


def _legacy_validation_text(message: str) -> str:
    """Errors raised without a code yet: the few English messages known here,
    else the message itself."""
    known = {
        "is required": QCoreApplication.translate("Labels", "is required"),
        "must contain letters and digits": QCoreApplication.translate("Labels", "must contain letters and digits"),
        "is too repetitive": QCoreApplication.translate("Labels", "is too repetitive"),
        "is a commonly used password": QCoreApplication.translate("Labels", "is a commonly used password"),
        "must not contain the username": QCoreApplication.translate("Labels", "must not contain the user name"),
        "must be a single line": QCoreApplication.translate("Labels", "must be a single line"),
        "is not an active user": QCoreApplication.translate("Labels", "is not an active user"),
        "must be after the start": QCoreApplication.translate("Labels", "must be after the start"),
        "a shift lasts at most 24 hours": QCoreApplication.translate("Labels", "a shift lasts at most 24 hours"),
        "is not an active category": QCoreApplication.translate("Labels", "is not an active category"),
    }
    if message in known:
        return known[message]
    if message.startswith("must have at least"):
        return QCoreApplication.translate("Labels", "must have at least %1 characters").replace(
            "%1", "".join(c for c in message if c.isdigit()))
    if message.startswith("is too long"):
        return QCoreApplication.translate("Labels", "is too long")
    if message.startswith("is not a phone number") or message.startswith("must have 3"):
        return QCoreApplication.translate("Labels", "is not a phone number")
    if message.startswith("may contain only"):
        return QCoreApplication.translate("Labels", "may contain only letters, digits and . _ - (2 to 64 characters)")
    return message


_SETTINGS_VALIDATION = ("merge_into_itself", "holiday_type", "holiday_other_year",
                        "holiday_duplicate", "holiday_empty")


def _settings_validation_text(code: str, p: dict) -> str:
    if code == "merge_into_itself":
        return QCoreApplication.translate("Labels", "must be another category")
    if code == "holiday_type":
        return QCoreApplication.translate(
            "Labels", "must be 休 (day off) or 班 (make-up workday)")
    if code == "holiday_other_year":
        return _fill(QCoreApplication.translate("Labels", "is not in %1"),
                     p.get("year", "?"))
    if code == "holiday_duplicate":
        return _fill(QCoreApplication.translate(
            "Labels", "is listed twice (first in row %1)"), p.get("first_row", "?"))
    return QCoreApplication.translate("Labels", "holds no dates")


_QA_VALIDATION = ("rubric_code", "rubric_format", "rubric_duplicate", "rubric_points",
                  "rubric_total", "score_missing", "unknown_item",
                  "score_out_of_range", "unknown_veto", "not_month")


_APPRAISAL_VALIDATION = ("weights_sum", "bad_period", "not_a_number", "bands_order",
                         "missing_review", "unknown")


def _appraisal_validation_text(code: str, p: dict) -> str:
    if code == "weights_sum":
        return _fill(QCoreApplication.translate("Labels", "the weights must add up to 1 (now %1)"),
                     p.get("total", "?"))
    if code == "bad_period":
        return QCoreApplication.translate("Labels", "is not a period (2026-11, 2026-Q4 or 2026)")
    if code == "not_a_number":
        return QCoreApplication.translate("Labels", "must be a number")
    if code == "bands_order":
        return QCoreApplication.translate("Labels", "the grade bands must decrease (优秀 > 良好 > 合格)")
    if code == "missing_review":
        return _fill(QCoreApplication.translate("Labels", "is missing for %1 people: score everyone first"),
                     p.get("count", "?"))
    return QCoreApplication.translate("Labels", "is not a setting")


def _qa_validation_text(code: str, p: dict) -> str:
    if code == "rubric_code":
        return QCoreApplication.translate(
            "Labels", "must be a code of a-z, 0-9 and _ (1 to 32 characters)")
    if code == "rubric_format":
        return QCoreApplication.translate(
            "Labels", "is not a rubric of dimensions and items")
    if code == "rubric_duplicate":
        return _fill(QCoreApplication.translate("Labels", "the code %1 is used twice"),
                     p.get("item", ""))
    if code == "rubric_points":
        return QCoreApplication.translate("Labels", "must be a whole number above 0")
    if code == "rubric_total":
        return _fill(QCoreApplication.translate(
            "Labels", "the items must total 100 points (now %1)"), p.get("total", "?"))
    if code == "score_missing":
        return QCoreApplication.translate("Labels", "has no score")
    if code == "unknown_item":
        return QCoreApplication.translate("Labels", "is not an item of this rubric")
    if code == "score_out_of_range":
        return _fill(QCoreApplication.translate(
            "Labels", "must be a score from 0 to %1"), p.get("maximum", "?"))
    if code == "unknown_veto":
        return QCoreApplication.translate("Labels", "is not a veto item of this rubric")
    return QCoreApplication.translate("Labels", "is not a month (YYYY-MM)")


def _conflict_text(exc: Conflict) -> str:
    p = exc.params
    code = exc.code
    if code == "own_review":
        return QCoreApplication.translate(
            "Labels", "You cannot review a case you handled yourself.")
    if code == "period_final":
        return _fill(QCoreApplication.translate(
            "Labels", "The appraisal of %1 is final: it is not changed any more."),
            p.get("period", ""))
    if code == "not_final":
        return QCoreApplication.translate(
            "Labels", "This appraisal is not final yet: it is signed once finalized.")
    if code == "already_signed" and "ticket_no" not in p:
        return QCoreApplication.translate("Labels", "You have signed this sheet already.")
    if code == "no_rectification":
        return QCoreApplication.translate(
            "Labels", "This review opened no rectification.")
    if code == "appealed_already":
        return QCoreApplication.translate(
            "Labels", "This review has been appealed already; a review is appealed "
            "once.")
    if code == "appeal_too_late":
        until = p.get("until")
        return _fill(QCoreApplication.translate(
            "Labels", "The time to appeal ended on %1."),
            until.isoformat() if isinstance(until, dt.date) else "")
    if code == "archive_not_closed":
        return _fill(QCoreApplication.translate(
            "Labels", "Case %1 is not closed; only closed cases are archived."),
            p.get("ticket_no", ""))
    if code == "archive_file_missing":
        return _fill(QCoreApplication.translate(
            "Labels", "The archival file %1 (%2 v%3) is missing; verify it from the "
            "register or generate a new version."), p.get("path", ""),
            p.get("archive_no", ""), str(p.get("version", "")))
    if code == "archive_file_changed":
        return _fill(QCoreApplication.translate(
            "Labels", "The archival file %1 (%2 v%3) was changed: its SHA-256 is not the "
            "registered one. It is not shown; generate a new version."),
            p.get("path", ""), p.get("archive_no", ""), str(p.get("version", "")))
    if code == "archive_race":
        return _fill(QCoreApplication.translate(
            "Labels", "Case %1 was archived on another workstation at the same moment; "
            "nothing was saved here. Try again."), p.get("ticket_no", ""))
    if code == "stale_case":
        return QCoreApplication.translate(
            "Labels", "This case was changed on another workstation. Nothing was saved; "
            "reload the case to see the change, then decide again.")
    if code == "own_handover":
        return QCoreApplication.translate(
            "Labels", "The next officer acknowledges a handover note, not its author.")
    if code == "handover_acknowledged":
        return QCoreApplication.translate(
            "Labels", "Someone has acknowledged this note already.")
    if code == "own_account":
        return QCoreApplication.translate("Labels", "You cannot deactivate your own account.")
    if code == "own_admin_role":
        return QCoreApplication.translate(
            "Labels", "You cannot take the administrator role from yourself.")
    if code == "accounts_exist":
        return QCoreApplication.translate(
            "Labels", "Accounts exist already; sign in as an administrator.")
    if code == "username_taken":
        return _fill(QCoreApplication.translate("Labels", "The user name %1 is taken."),
                     p.get("username", ""))
    if code == "shift_overlap":
        return _fill(QCoreApplication.translate(
            "Labels", "%1 already has a shift in that period."), p.get("person", ""))
    if code == "category_code_taken":
        return _fill(QCoreApplication.translate("Labels", "The category code %1 is taken."),
                     p.get("category_code", ""))
    if code == "survey_exists":
        return _fill(QCoreApplication.translate(
            "Labels", "Case %1 has a survey already: a case is rated once."),
            p.get("ticket_no", ""))
    if code == "category_merged":
        return _fill(QCoreApplication.translate(
            "Labels", "The category %1 has been merged already; restore it first."),
            p.get("category_code", ""))
    if code == "category_has_children":
        return _fill(QCoreApplication.translate(
            "Labels", "The category %1 has active subcategories: merge or retire "
            "them first."), p.get("category_code", ""))
    if code == "category_in_use":
        return QCoreApplication.translate(
            "Labels", "This category is used by cases: deactivate it instead of "
            "deleting it.")
    if code == "stale_article":
        return QCoreApplication.translate(
            "Labels", "Someone else saved this article meanwhile. Nothing was saved; "
            "your text is still here: copy what you need, reload the article and "
            "edit again.")
    if code == "article_status":
        return _fill(QCoreApplication.translate(
            "Labels", "This cannot be done to the article now: it is %1. Reload it."),
            article_status(p.get("status", "")))
    return str(exc)


def article_status(code: str) -> str:
    """draft / published / retired, as the knowledge base shows them."""
    return {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "published": QCoreApplication.translate("Labels", "Published"),
        "retired": QCoreApplication.translate("Labels", "Retired"),
    }.get(code, code)


def _database_text(code: str, reason: str) -> str:
    """A database failure (DatabaseUnavailable codes) in the user's words."""
    if code == "disk_full":
        return QCoreApplication.translate(
            "Labels", "The disk holding the database is full. Nothing was saved; "
            "free some space and save again — your text is still here.")
    if code == "read_only":
        return QCoreApplication.translate(
            "Labels", "The database is read-only. Nothing was saved.")
    if code == "busy":
        return QCoreApplication.translate(
            "Labels", "The database was busy (another workstation held it too "
            "long). Nothing was saved; save again.")
    if code == "server_unreachable":
        return QCoreApplication.translate(
            "Labels", "The database server cannot be reached. Nothing was saved; your "
            "text is still here — try again in a moment.")
    if code == "corrupt":
        return QCoreApplication.translate(
            "Labels", "The database file is damaged. Nothing was saved. Ask the "
            "administrator to restore the latest backup.")
    if code == "disk_error":
        return QCoreApplication.translate(
            "Labels", "The disk holding the database reported an error. Nothing was "
            "saved; your text is still here.")
    return QCoreApplication.translate(
        "Labels", "The database could not be used (%1). Nothing was saved; your "
        "text is still here.").replace("%1", reason)


def storage_problem(exc: BaseException) -> str | None:
    """A message for a database failure (server down, disk full), or None."""
    import peewee

    text = str(exc).lower()
    if isinstance(exc, StorageError):
        return _storage_text(exc)
    if isinstance(exc, DatabaseUnavailable):
        reason = exc.params.get("reason") or str(exc).split(":", 1)[-1].strip().rstrip(".")
        return _database_text(exc.code, str(reason))
    if isinstance(exc, (sqlite3.OperationalError, peewee.OperationalError,
                        peewee.InterfaceError, peewee.DatabaseError)) \
            and not isinstance(exc, peewee.IntegrityError):
        # a driver error that did not pass through a service
        if "disk is full" in text or "no space" in text or "disk full" in text:
            return _database_text("disk_full", "")
        if "readonly" in text or "read-only" in text:
            return _database_text("read_only", "")
        if "malformed" in text or "not a database" in text:
            return _database_text("corrupt", "")
        return QCoreApplication.translate("Labels", "The database server cannot be reached (%1). Nothing was saved; "
                  "your text is still here — try again in a moment.").replace(
            "%1", str(exc).strip().splitlines()[0][:160] if str(exc).strip() else
            type(exc).__name__)
    return None


def error_text(exc: BaseException) -> str:
    """What to tell the user about an exception a service raised: translated by
    the error's `code` and `params` (hotline.domain.errors), never by parsing its
    English message; an unknown code shows the English message."""
    problem = storage_problem(exc)
    if problem:
        return problem
    if isinstance(exc, AccountLocked) or getattr(exc, "code", None) == "account_locked":
        until = getattr(exc, "until", None) or exc.params.get("until")
        until = until.strftime("%H:%M") if isinstance(until, dt.datetime) else ""
        return QCoreApplication.translate("Labels", "Too many failed sign-ins: this account is locked until %1. "
                  "An administrator can unlock it sooner.").replace("%1", until)
    if isinstance(exc, AuthenticationFailed):
        if exc.code == "account_inactive":
            return QCoreApplication.translate("Labels", "This account has been deactivated.")
        if exc.code == "not_signed_in":
            return QCoreApplication.translate(
                "Labels", "You are not signed in any more; sign in again.")
        return QCoreApplication.translate("Labels", "Wrong user name or password.")
    if isinstance(exc, PermissionDenied):
        return _permission_text(exc)
    if isinstance(exc, ValidationError):
        if isinstance(exc.params.get("row"), int):  # a row of an imported file
            return _fill(QCoreApplication.translate("Labels", "Row %1, %2: %3"),
                         exc.params["row"], field(exc.field), _validation_text(exc))
        return QCoreApplication.translate("Labels", "%1: %2").replace(
            "%1", field(exc.field)).replace("%2", _validation_text(exc))
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Labels", "Not found: %1").replace("%1", str(exc))
    if isinstance(exc, InvalidTransition):
        if exc.code == "already_signed":
            return QCoreApplication.translate(
                "Labels", "This case has been signed for already. Reload the case.")
        if exc.code == "rectification_state":
            return QCoreApplication.translate(
                "Labels", "This cannot be done to the rectification at its present "
                "step. Reload the review.")
        if exc.code == "supervision_open":
            return QCoreApplication.translate(
                "Labels", "This case is under supervision already; it ends when the "
                "case is resolved.")
        if exc.status in _STATUS_CODES:
            return QCoreApplication.translate(
                "Labels", "This cannot be done to the case now: its status is %1. "
                "Reload the case.").replace("%1", status(exc.status))
        return str(exc)
    if isinstance(exc, Conflict):
        return _conflict_text(exc)
    if isinstance(exc, DomainError):
        return str(exc)
    return QCoreApplication.translate("Labels", "Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")


_STATUS_CODES = ("new", "assigned", "in_progress", "pending_customer", "resolved",
                 "closed", "reopened")


def _permission_text(exc: PermissionDenied) -> str:
    """The object rules' codes (services.case_access) say which rule refused and
    `action` what was refused; a coarse refusal has code 'permission_denied'."""
    reason = {
        "confidential_case": QCoreApplication.translate("Labels", "it is confidential"),
        "not_your_case": QCoreApplication.translate("Labels", "it is someone else's case"),
        "in_specialist_hands": QCoreApplication.translate(
            "Labels", "it is already in a specialist's hands; ask a supervisor"),
        "role_cannot_act": QCoreApplication.translate(
            "Labels", "your role does not act on cases"),
        "not_your_review": QCoreApplication.translate(
            "Labels", "only the reviewed agent answers a review"),
        "own_review_appeal": QCoreApplication.translate(
            "Labels", "it must be decided by someone other than the reviewer and "
            "the agent"),
        "not_your_evaluation": QCoreApplication.translate(
            "Labels", "it is someone else's appraisal"),
        "own_evaluation": QCoreApplication.translate(
            "Labels", "nobody scores their own appraisal as supervisor"),
        "not_your_figures": QCoreApplication.translate(
            "Labels", "these are someone else's figures"),
    }.get(exc.code)
    if reason is None:
        return QCoreApplication.translate("Labels", "You do not have permission to do this.")
    action = {
        "see": QCoreApplication.translate("Labels", "see this case"),
        "note": QCoreApplication.translate("Labels", "add a note to this case"),
        "callback": QCoreApplication.translate("Labels", "record a call back on this case"),
        "survey": QCoreApplication.translate("Labels", "record the caller's rating of this case"),
        "assign": QCoreApplication.translate("Labels", "reassign this case"),
        "work": QCoreApplication.translate("Labels", "work on this case"),
        "escalate": QCoreApplication.translate("Labels", "escalate this case"),
    }.get(exc.params.get("action"))
    if action is None:
        return _fill(QCoreApplication.translate("Labels", "You may not do this: %1."), reason)
    return _fill(QCoreApplication.translate("Labels", "You may not %1: %2."), action, reason)


def _storage_text(exc: StorageError) -> str:
    """Why the database cannot be opened (StorageError codes of hotline.storage)."""
    code = getattr(exc, "code", "storage")
    p = getattr(exc, "params", {}) or {}
    path = str(p.get("path", ""))
    if code == "corrupt":
        return _fill(QCoreApplication.translate(
            "Labels", "The database file %1 is damaged. It was not changed; restore "
            "the latest backup or choose another file."), path)
    if code == "directory":
        return _fill(QCoreApplication.translate(
            "Labels", "%1 is a folder, not a database file. Give the path of a file "
            "inside it."), path)
    if code == "unreadable":
        return _fill(QCoreApplication.translate(
            "Labels", "The database file %1 cannot be used. Check that your account "
            "may read and write it and that no other program holds it, or choose "
            "another file."), path)
    if code == "not_sqlite":
        return _fill(QCoreApplication.translate(
            "Labels", "%1 is not a Hotline Desk database. It was left untouched; "
            "choose another file or restore a backup."), path)
    if code == "foreign":
        return _fill(QCoreApplication.translate(
            "Labels", "%1 belongs to another program. It was left untouched; choose "
            "another file."), path)
    if code == "missing":
        return _fill(QCoreApplication.translate(
            "Labels", "The database file %1 does not exist."), path)
    if code == "network_share":
        return _fill(QCoreApplication.translate(
            "Labels", "%1 is on a network share. SQLite files on network shares get "
            "corrupted when several workstations write at once: a center with several "
            "workstations uses PostgreSQL."), path)
    if code == "unsafe_settings":
        return _fill(QCoreApplication.translate(
            "Labels", "The database file %1 has unsafe settings and is not used."),
            path)
    if code == "schema_older":
        return _fill(QCoreApplication.translate(
            "Labels", "This database has schema version %1, older than this program's "
            "%2. An administrator brings it up to date by running 'hotline init' while "
            "no workstation uses it."), p.get("version", "?"), p.get("latest", "?"))
    if code == "schema_newer":
        return _fill(QCoreApplication.translate(
            "Labels", "This database has schema version %1, made by a newer Hotline "
            "Desk (this one knows up to %2). Install that version on this "
            "workstation."), p.get("version", "?"), p.get("latest", "?"))
    if code == "server_unreachable":
        return _fill(QCoreApplication.translate(
            "Labels", "The database server cannot be reached (%1). Check the network "
            "and that the server is running, then start again."), str(exc))
    return QCoreApplication.translate("Labels", "The database cannot be used: %1").replace(
        "%1", str(exc))


def recover_connection(exc: BaseException) -> None:
    """After a connection failure, drop this thread's connection so the next
    call reconnects (the server may be back by then)."""
    if storage_problem(exc) and not isinstance(exc, StorageError):
        from ..models import db
        try:
            db.close()
        except Exception:  # noqa: BLE001 - the connection is already broken
            pass


def duration(seconds: int | None) -> str:
    if seconds is None:
        return ""
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"
