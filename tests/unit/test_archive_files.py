"""The archive page's services (issue 10) on both backends: `version_file` hands
out a registered archival copy only while its bytes are the registered ones and
only to a reader who may see the case whole; `case_rows` lists cases with their
档号 and version ids; the secretary's case writes are refused by the services."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest

from archive_cases import closed_case, pdf_text
from hotline.models import ArchiveVersion, PrintLog
from hotline.services import archives, calls
from hotline.services.errors import Conflict, NotFound, PermissionDenied


@pytest.fixture
def frozen(frozen_clock):
    frozen_clock.at(dt.datetime(2026, 5, 4, 9, 0))
    return frozen_clock


def _flat(path) -> str:
    return re.sub(r"\s+", "", pdf_text(path))


def test_version_file_is_the_registered_bytes(actors, frozen, tmp_path):
    sec = actors["secretary"]
    case = closed_case(actors, frozen)
    first = archives.archive_case(actor=sec, call_id=case.id, directory=tmp_path)
    second = archives.archive_case(actor=sec, call_id=case.id, directory=tmp_path)
    ids = {v.version: v.id for v in ArchiveVersion.select()}

    path = archives.version_file(actor=sec, version_id=ids[2])
    assert Path(path) == Path(second.path).resolve()
    assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == second.sha256
    # the old version is still handed out as it was registered
    old = archives.version_file(actor=sec, version_id=ids[1])
    assert hashlib.sha256(Path(old).read_bytes()).hexdigest() == first.sha256
    assert first.sha256 != second.sha256
    # reading the file is not a print: nothing logged beyond the two generations
    assert PrintLog.select().count() == 2


def test_changed_or_missing_file_is_refused_naming_it(actors, frozen, tmp_path):
    sec = actors["secretary"]
    case = closed_case(actors, frozen)
    made = archives.archive_case(actor=sec, call_id=case.id, directory=tmp_path)
    version_id = ArchiveVersion.get().id
    stored = Path(made.path)

    data = stored.read_bytes()
    stored.write_bytes(data.replace(b"%%EOF", b"%%EOF\n% edited", 1))
    with pytest.raises(Conflict) as changed:
        archives.version_file(actor=sec, version_id=version_id)
    assert changed.value.code == "archive_file_changed"
    assert str(stored.resolve()) in str(changed.value)
    assert changed.value.params["archive_no"] == made.archive_no

    stored.write_bytes(data)  # put back: accepted again
    assert archives.version_file(actor=sec, version_id=version_id) == \
        str(stored.resolve())

    stored.unlink()
    with pytest.raises(Conflict) as missing:
        archives.version_file(actor=sec, version_id=version_id)
    assert missing.value.code == "archive_file_missing"
    assert str(stored.resolve()) in str(missing.value)
    with pytest.raises(NotFound):
        archives.version_file(actor=sec, version_id=version_id + 1000)


def test_confidential_archival_copy_only_for_who_sees_the_case(actors, frozen,
                                                               tmp_path):
    sec, sup = actors["secretary"], actors["supervisor"]
    case = closed_case(actors, frozen, confidential=True, phone="13912345678",
                       caller_name="李秘密")
    archives.archive_case(actor=sec, call_id=case.id, directory=tmp_path)
    version_id = ArchiveVersion.get().id

    with pytest.raises(PermissionDenied) as refused:
        archives.version_file(actor=sec, version_id=version_id)
    assert refused.value.code == "confidential_case"
    # the supervisor sees every case whole: the full record
    full = archives.version_file(actor=sup, version_id=version_id)
    assert "13912345678" in _flat(full) and "李秘密" in _flat(full)
    # the secretary gets the masked working copy instead
    copy = archives.working_copy(actor=sec, call_id=case.id, target=tmp_path / "w.pdf")
    text = _flat(copy.path)
    assert copy.masked and "139****5678" in text
    assert "13912345678" not in text and "李秘密" not in text
    # who may not view archives at all is refused before anything else
    with pytest.raises(PermissionDenied) as coarse:
        archives.version_file(actor=actors["duty_officer"], version_id=version_id)
    assert coarse.value.code == "permission_denied"


def test_case_rows_list_archive_numbers_and_version_ids(actors, frozen, tmp_path):
    sec = actors["secretary"]
    plain = closed_case(actors, frozen, subject="工伤认定咨询")
    secret = closed_case(actors, frozen, confidential=True, subject="家暴求助")
    waiting = closed_case(actors, frozen, subject="尚未归档")
    made = archives.archive_case(actor=sec, call_id=plain.id, directory=tmp_path)
    archives.archive_case(actor=sec, call_id=plain.id, directory=tmp_path)
    archives.archive_case(actor=sec, call_id=secret.id, directory=tmp_path)

    rows = archives.case_rows(actor=sec, call_ids=[waiting.id, plain.id, secret.id,
                                                   999_999])
    assert [r.ticket_no for r in rows] == [waiting.ticket_no, plain.ticket_no,
                                           secret.ticket_no]
    first, second, third = rows
    assert (first.archive_no, first.versions, first.subject) == ("", (), "尚未归档")
    assert first.closed_at is not None and first.status == "closed"
    assert second.archive_no == made.archive_no
    assert [v.version for v in second.versions] == [1, 2]
    assert [v.id for v in second.versions] == [
        v.id for v in ArchiveVersion.select().where(
            ArchiveVersion.archive == ArchiveVersion.get(
                ArchiveVersion.sha256 == made.sha256).archive_id)
        .order_by(ArchiveVersion.version)]
    # the secretary may not see a confidential case whole: no subject shown
    assert third.confidential and third.redacted and third.subject == ""
    assert third.archive_no and len(third.versions) == 1
    sup_rows = archives.case_rows(actor=actors["supervisor"], call_ids=[secret.id])
    assert sup_rows[0].subject == "家暴求助" and not sup_rows[0].redacted
    # the register's versions carry the same ids (reprint, verify)
    entry = next(e for e in archives.register(actor=sec, year=2026)
                 if e.ticket_no == plain.ticket_no)
    assert [v.id for v in entry.versions] == [v.id for v in second.versions]
    # and name their case (the register page opens it)
    assert {e.ticket_no: e.call_id for e in archives.register(actor=sec, year=2026)} \
        == {plain.ticket_no: plain.id, secret.ticket_no: secret.id}


def test_the_secretary_cannot_change_a_case(actors, frozen):
    sec = actors["secretary"]
    case = closed_case(actors, frozen)
    open_case = calls.log_call(actor=actors["duty_officer"], outcome="transferred",
                               phone="13800000000", subject="新工单",
                               assignee_id=actors["specialist"].id)
    attempts = [
        lambda: calls.log_call(actor=sec, outcome="answered", subject="x"),
        lambda: calls.add_note(actor=sec, call_id=open_case.id, text="x"),
        lambda: calls.assign(actor=sec, call_id=open_case.id,
                             assignee_id=actors["specialist2"].id),
        lambda: calls.start(actor=sec, call_id=open_case.id),
        lambda: calls.resolve(actor=sec, call_id=open_case.id, solution="x"),
        lambda: calls.close(actor=sec, call_id=open_case.id),
        lambda: calls.reopen(actor=sec, call_id=case.id, reason="x"),
        lambda: calls.record_callback(actor=sec, call_id=case.id, reached=True),
        lambda: calls.record_survey(actor=sec, call_id=case.id, rating=5),
        lambda: calls.supervise(actor=sec, call_id=open_case.id, note="x",
                                deadline=frozen.now + dt.timedelta(days=1)),
    ]
    before = calls.get_case(actor=actors["supervisor"], call_id=case.id)
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    after = calls.get_case(actor=actors["supervisor"], call_id=case.id)
    assert after.summary.version == before.summary.version
    assert len(after.events) == len(before.events)
