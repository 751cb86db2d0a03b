"""Hostile input is either refused with an error naming the field, with nothing
written, or stored literally (DESIGN §10)."""

import datetime as dt

import pytest

from hotline.models import AuditLog, Call, CallEvent, Caller, TicketCounter
from hotline.services import calls, callers
from hotline.services.errors import ValidationError

HUGE = "投" * 100_000


def counts():
    return (Call.select().count(), CallEvent.select().count(),
            AuditLog.select().count(), Caller.select().count(),
            TicketCounter.select().count())


@pytest.mark.parametrize("field, kwargs", [
    ("subject", {"subject": ""}),
    ("subject", {"subject": "   "}),
    ("subject", {"subject": HUGE}),
    ("subject", {"subject": "欠薪\x00投诉"}),
    ("subject", {"subject": "line one\nline two"}),
    ("description", {"description": HUGE}),
    ("description", {"description": "bell \x07 in text"}),
    ("caller_name", {"caller_name": "张\x1b[31m三"}),
    ("phone", {"phone": "138-abc-8000"}),
    ("phone", {"phone": "' OR 1=1 --"}),
    ("phone", {"phone": "12"}),
    ("phone", {"phone": "1" * 40}),
    ("received_at", {"received_at": "2026-02-30 10:00"}),
    ("received_at", {"received_at": "yesterday"}),
    ("received_at", {"received_at": dt.datetime(1899, 1, 1)}),
    ("received_at", {"received_at": dt.datetime(2099, 1, 1)}),
    ("outcome", {"outcome": "exploded"}),
    ("outcome", {"outcome": ""}),
    ("channel", {"channel": "pigeon"}),
    ("priority", {"priority": "'; DROP TABLE call; --"}),
    ("duration_seconds", {"duration_seconds": -5}),
    ("duration_seconds", {"duration_seconds": "ten"}),
    ("category_id", {"category_id": 987654}),
])
def test_bad_input_names_the_field_and_writes_nothing(actors, field, kwargs):
    before = counts()
    args = {"outcome": "answered", "subject": "咨询", "phone": "13800138000"}
    args.update(kwargs)
    with pytest.raises(ValidationError) as err:
        calls.log_call(actor=actors["duty_officer"], **args)
    assert err.value.field == field
    assert field in str(err.value)
    assert counts() == before


@pytest.mark.parametrize("text", [
    "' OR 1=1 --",
    "<b>粗体</b> & <script>alert(1)</script>",
    "=HYPERLINK(\"http://x\")",
    "+86 @everyone -1",
    "Robert'); DROP TABLE call;--",
    "多行\n描述\t带制表符",
])
def test_hostile_text_is_stored_literally(actors, text):
    subject = text.replace("\n", " ").replace("\t", " ")
    case = calls.log_call(actor=actors["duty_officer"], outcome="answered",
                          subject=subject, description=text, phone="13800138000")
    row = Call.get_by_id(case.id)
    assert row.subject == subject
    assert row.description == text
    assert Call.select().count() == 1  # the table is still there, one row


def test_long_but_allowed_description_is_kept_whole(actors):
    text = "劳动合同纠纷" * 3000  # 18,000 characters, under the 20,000 limit
    case = calls.log_call(actor=actors["duty_officer"], outcome="answered",
                          subject="咨询", description=text)
    assert Call.get_by_id(case.id).description == text


@pytest.mark.parametrize("raw, normalized", [
    ("13800138000", "13800138000"),
    ("138 0013 8000", "13800138000"),
    ("138-0013-8000", "13800138000"),
    ("+86 138 0013 8000", "13800138000"),
    ("+86-138-0013-8000", "13800138000"),
    ("0086 13800138000", "13800138000"),
    ("8613800138000", "13800138000"),
    ("(010) 6512-3456", "01065123456"),
    ("+86 10 6512 3456", "01065123456"),
    ("１３８００１３８０００", "13800138000"),
    ("+1 (415) 555-0100", "+14155550100"),
    ("12348", "12348"),
    ("", ""),
])
def test_phone_normalization(raw, normalized):
    assert callers.normalize_phone(raw) == normalized


def test_ids_of_the_wrong_type_are_refused(actors):
    with pytest.raises(ValidationError) as err:
        calls.start(actor=actors["supervisor"], call_id="1 OR 1=1")
    assert err.value.field == "call_id"
