"""Case archive PDFs, the register and verification (issue 9, DESIGN §8) on both
backends: what the secretary reads in the file (pdftotext), what the register keeps,
and that nothing is half-written when generation fails."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
from pathlib import Path

import pytest

from hotline.models import (Archive, ArchiveCounter, ArchiveVersion, AuditLog,
                            CallEvent, PrintLog)
from hotline.reports import case_file
from hotline.services import archives, calls, clock
from hotline.services.errors import Conflict, PermissionDenied, ValidationError
from pdf_checks import assert_fonts_embedded

T = dt.datetime


@pytest.fixture
def frozen(frozen_clock):
    """The services' clock, frozen at (2026, 5, 4, 9, 0) (frozen.at(T(...)) moves it)."""
    frozen_clock.at(T(2026, 5, 4, 9, 0))
    return frozen_clock


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def _flat(pdf) -> str:
    return re.sub(r"\s+", "", _text(pdf))


def _page_texts(pdf) -> list[str]:
    """Each page's text in drawing order (pypdfium2): the 45° watermark comes out
    whole, where pdftotext sorts its rotated letters by position."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def _watermarked(pdf, who: str) -> bool:
    return all("内部资料 注意保密" in text and who in text for text in _page_texts(pdf))


def _pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def _closed(actors, frozen, **kw):
    duty, spec = actors["duty_officer"], actors["specialist"]
    values = dict(outcome="transferred", phone="13812341234", caller_name="张三丰",
                  subject="拖欠工资三个月", description="来电人反映公司拖欠工资。",
                  assignee_id=spec.id)
    values.update(kw)
    case = calls.log_call(actor=duty, **values)
    frozen.now += dt.timedelta(hours=1)
    calls.start(actor=spec, call_id=case.id)
    calls.add_note(actor=spec, call_id=case.id, text="已联系用人单位")
    frozen.now += dt.timedelta(hours=2)
    calls.resolve(actor=spec, call_id=case.id, solution="已协调发放工资")
    frozen.now += dt.timedelta(hours=1)
    calls.record_callback(actor=spec, call_id=case.id, reached=True, note="来电人确认")
    calls.record_survey(actor=spec, call_id=case.id, rating=5, comment="很好")
    calls.close(actor=spec, call_id=case.id)
    frozen.now += dt.timedelta(hours=1)
    return case


def test_archival_copy_is_registered_with_its_hash_stamp_and_timeline(
        actors, frozen, tmp_path):
    sec = actors["secretary"]
    case = _closed(actors, frozen)
    out = tmp_path / "a.pdf"
    result = archives.archive_case(actor=sec, ticket_no=case.ticket_no, target=out)

    assert result.archive_no == "X001-WS·2026-D30-RX-0001" and result.version == 1
    data = out.read_bytes()
    assert hashlib.sha256(data).hexdigest() == result.sha256
    assert not list(tmp_path.glob(".hotline-*"))  # the temporary file was moved
    version = ArchiveVersion.get()
    assert (version.sha256, version.version, version.pages) == (
        result.sha256, 1, _pages(out))
    assert Archive.get().call_id == case.id and Archive.get().item_no == 1
    event = CallEvent.select().where((CallEvent.call == case.id)
                                     & (CallEvent.kind == "archived")).get()
    assert event.detail == "X001-WS·2026-D30-RX-0001 v1"
    assert PrintLog.get().document == "case_archive"
    assert AuditLog.select().where((AuditLog.entity == "archive")
                                   & (AuditLog.action == "generate")).count() == 1

    text = _text(out)
    flat = _flat(out)
    assert "X001-WS·2026-D30-RX-0001" in text  # header and title
    for label in ("全宗号", "年度", "件号", "机构(问题)", "保管期限", "页数"):
        assert label in flat
    assert "定期30年" in flat and "0001" in flat
    # the archival copy is the full record
    assert "张三丰" in flat and "13812341234" in flat
    for words in ("拖欠工资三个月", "来电人反映公司拖欠工资。", "已联系用人单位",
                  "已协调发放工资", "来电人确认", "5非常满意", "很好"):
        assert words in flat, words
    for step in ("登记", "开始办理", "备注", "办结", "结案"):
        assert step in flat, step
    assert not any("内部资料" in t for t in _page_texts(out))  # no watermark
    assert "密级" in flat and "内部" in flat
    assert f"工单{case.ticket_no}·打印命令行" not in flat  # a user made it
    assert f"工单{case.ticket_no}·打印{sec.display_name.replace(' ', '')}" in flat
    assert_fonts_embedded(out)


def test_numbers_are_gapless_per_year_and_a_failed_generation_leaves_nothing(
        actors, frozen, tmp_path, monkeypatch):
    sec = actors["secretary"]
    first, second, third = (_closed(actors, frozen, phone=f"1381234000{i}")
                            for i in range(3))
    archives.archive_case(actor=sec, call_id=first.id, target=tmp_path / "1.pdf")

    def broken(doc, target):
        Path(target).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(case_file, "build", broken)
    with pytest.raises(OSError):
        archives.archive_case(actor=sec, call_id=second.id, target=tmp_path / "2.pdf")
    assert not (tmp_path / "2.pdf").exists() and not list(tmp_path.glob(".hotline-*"))
    assert Archive.select().count() == 1 and ArchiveVersion.select().count() == 1
    assert ArchiveCounter.get().last == 1  # the number was given back
    monkeypatch.undo()  # the real build again; undo() restored the real clock too:
    monkeypatch.setattr(clock, "now", lambda: frozen.now)  # hold it still again
    archives.archive_case(actor=sec, call_id=third.id, target=tmp_path / "3.pdf")
    archives.archive_case(actor=sec, call_id=second.id, target=tmp_path / "2.pdf")
    numbers = [a.archive_no for a in Archive.select().order_by(Archive.item_no)]
    assert numbers == [f"X001-WS·2026-D30-RX-000{i}" for i in (1, 2, 3)]
    assert Archive.get(Archive.call == second.id).item_no == 3


def test_an_open_case_is_not_archived(actors, frozen, tmp_path):
    case = calls.log_call(actor=actors["duty_officer"], outcome="transferred",
                          phone="13812341234", subject="待办",
                          assignee_id=actors["specialist"].id)
    with pytest.raises(Conflict) as err:
        archives.archive_case(actor=actors["secretary"], call_id=case.id,
                              target=tmp_path / "x.pdf")
    assert err.value.code == "archive_not_closed"
    assert not (tmp_path / "x.pdf").exists() and Archive.select().count() == 0
    with pytest.raises(PermissionDenied):
        archives.archive_case(actor=actors["specialist"], call_id=case.id,
                              target=tmp_path / "x.pdf")


def test_regenerating_keeps_both_versions_and_verify_tells_them_apart(
        actors, frozen, tmp_path):
    sec = actors["secretary"]
    case = _closed(actors, frozen)
    one = archives.archive_case(actor=sec, call_id=case.id, target=tmp_path / "v1.pdf")
    frozen.now += dt.timedelta(days=1)
    two = archives.archive_case(actor=sec, call_id=case.id, target=tmp_path / "v2.pdf")
    assert (one.archive_no, one.version) == (two.archive_no, 1) or two.version == 2
    assert two.version == 2 and one.sha256 != two.sha256
    kept = [(v.version, v.sha256) for v in ArchiveVersion.select().order_by(
        ArchiveVersion.version)]
    assert kept == [(1, one.sha256), (2, two.sha256)]
    entry, = archives.register(actor=sec, year=2026)
    assert [v.sha256 for v in entry.versions] == [one.sha256, two.sha256]
    assert entry.sha256 == two.sha256 and entry.note == "共 2 版"

    current = archives.verify_file(actor=sec, path=tmp_path / "v2.pdf")
    assert (current.ok, current.code, current.version) == (True, "current", 2)
    old = archives.verify_file(actor=sec, path=tmp_path / "v1.pdf")
    assert (old.ok, old.code, old.version, old.latest) == (True, "superseded", 1, 2)

    data = bytearray((tmp_path / "v2.pdf").read_bytes())
    middle = len(data) // 2
    data[middle] = (data[middle] + 1) % 256  # one changed byte
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    result = archives.verify_file(actor=sec, path=changed)
    assert not result.ok and result.code == "changed"
    assert (result.ticket_no, result.version) == (case.ticket_no, 2)
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4 not ours")
    assert archives.verify_file(actor=sec, path=other).code == "unknown"


def test_working_copy_is_watermarked_and_masks_a_confidential_caller(
        actors, frozen, tmp_path):
    sec, sup = actors["secretary"], actors["supervisor"]
    case = _closed(actors, frozen, confidential=True,
                   description="来电人张三丰请求保密，电话13812341234。")
    masked = tmp_path / "sec.pdf"
    result = archives.working_copy(actor=sec, call_id=case.id, target=masked)
    assert result.masked
    flat = _flat(masked)
    assert _watermarked(masked, f"{sec.display_name}({sec.username})")
    assert_fonts_embedded(masked)
    assert "张**" in flat and "138****1234" in flat
    assert "张三丰" not in flat and "13812341234" not in flat
    assert "已协调发放工资" not in flat  # the secretary may not read this case's texts
    assert "保密" in flat
    full = tmp_path / "sup.pdf"
    result = archives.working_copy(actor=sup, call_id=case.id, target=full)
    assert not result.masked
    flat = _flat(full)
    assert "张三丰" in flat and "13812341234" in flat and "已协调发放工资" in flat
    assert _watermarked(full, f"{sup.display_name}({sup.username}) 2026-05-04")
    with pytest.raises(PermissionDenied):
        archives.working_copy(actor=sec, call_id=case.id, target=full, masked=False)
    # each print is in the print log and on the case's timeline
    assert [(p.document, p.masked, p.actor_id) for p in PrintLog.select().order_by(
        PrintLog.id)] == [("case_working", True, sec.id), ("case_working", False, sup.id)]
    printed = [e.detail for e in CallEvent.select().where(
        (CallEvent.call == case.id) & (CallEvent.kind == "printed")).order_by(CallEvent.id)]
    assert printed == ["working masked", "working"]
    again = tmp_path / "again.pdf"
    archives.working_copy(actor=sup, call_id=case.id, target=again)
    timeline = re.sub(r"\s+", "", "".join(_page_texts(again)))
    # the earlier prints, in its timeline: step, who, what
    assert f"打印{sec.display_name.replace(' ', '')}工作件·已脱敏" in timeline
    # a copy for a third party can be masked on request
    plain = _closed(actors, frozen, phone="13900001111", caller_name="李四")
    third = tmp_path / "third.pdf"
    archives.working_copy(actor=sup, call_id=plain.id, target=third, masked=True)
    flat = _flat(third)
    assert "李*" in flat and "139****1111" in flat and "13900001111" not in flat


def test_an_anonymous_callers_number_appears_on_no_copy(actors, frozen, tmp_path):
    case = _closed(actors, frozen, anonymous=True, phone="13912345678",
                   description="匿名举报，回拨 139 1234 5678 或 139-1234-5678。")
    calls_note = "再次回拨13912345678未接"
    calls.add_note(actor=actors["supervisor"], call_id=case.id, text=calls_note)
    copies = [archives.archive_case(actor=actors["secretary"], call_id=case.id,
                                    target=tmp_path / "archival.pdf").path]
    for role in ("secretary", "supervisor", "specialist"):
        out = tmp_path / f"{role}.pdf"
        archives.working_copy(actor=actors[role], call_id=case.id, target=out)
        copies.append(out)
    for pdf in copies:
        digits = re.sub(r"\D", "", _text(pdf))
        assert "12345678" not in digits and "13912345678" not in digits, pdf
        assert "匿名" in _flat(pdf)


# control characters other than tab and line breaks are refused when typed (the
# services' validation); the layout test prints them (\x07) where a document meets one
HOSTILE = "<b>粗</b>&amp;<para>段</para> <img src='x'/>&"


def test_hostile_text_in_every_field_prints_literally_over_several_pages(
        actors, frozen, tmp_path):
    duty, spec = actors["duty_officer"], actors["specialist"]
    long_text = (HOSTILE + "\t欠薪" * 20 + "\n") * 300
    case = calls.log_call(
        actor=duty, outcome="transferred", phone="13812341234",
        caller_name=(HOSTILE * 4)[:64], subject=(HOSTILE * 20)[:200],
        description=long_text[:calls.MAX_DESCRIPTION], assignee_id=spec.id)
    calls.start(actor=spec, call_id=case.id)
    calls.add_note(actor=spec, call_id=case.id, text=long_text[:calls.MAX_NOTE])
    calls.resolve(actor=spec, call_id=case.id,
                  solution=long_text[:calls.MAX_DESCRIPTION])
    calls.record_callback(actor=spec, call_id=case.id, reached=True,
                          note=long_text[:calls.MAX_NOTE])
    calls.record_survey(actor=spec, call_id=case.id, rating=2, comment=HOSTILE)
    calls.close(actor=spec, call_id=case.id)
    out = tmp_path / "hostile.pdf"
    result = archives.archive_case(actor=actors["secretary"], call_id=case.id,
                                   target=out)
    assert result.pages > 10 and _pages(out) == result.pages
    flat = _flat(out)
    literal = re.sub(r"\s+", "", HOSTILE)
    typed = [(HOSTILE * 4)[:64], (HOSTILE * 20)[:200], long_text[:calls.MAX_DESCRIPTION],
             long_text[:calls.MAX_NOTE], long_text[:calls.MAX_DESCRIPTION],
             long_text[:calls.MAX_NOTE], HOSTILE]
    expected = sum(text.count(HOSTILE) for text in typed)
    # every copy of it comes out (a long note continues in the next table row, and
    # a cut there may split one occurrence)
    assert expected > 500 and flat.count(literal) >= expected - 20, (
        flat.count(literal), expected)
    assert literal + "欠薪" in flat
    assert "2不满意" in flat


def test_settings_make_the_number_and_a_bad_part_is_refused_by_name(
        actors, frozen, tmp_path):
    director = actors["director"]
    with pytest.raises(ValidationError) as err:
        archives.set_settings(actor=director, fonds="X-1")
    assert err.value.field == "fonds"
    with pytest.raises(ValidationError) as err:
        archives.set_settings(actor=director, retention="Q")
    assert err.value.field == "retention"
    with pytest.raises(PermissionDenied):
        archives.set_settings(actor=actors["secretary"], fonds="A1")
    archives.set_settings(actor=director, fonds="J012", org_code="FY", retention="Y",
                          center_name="某市12348法律援助热线")
    case = _closed(actors, frozen)
    out = tmp_path / "a.pdf"
    result = archives.archive_case(actor=actors["secretary"], call_id=case.id,
                                   target=out)
    assert result.archive_no == "J012-WS·2026-Y-FY-0001"
    flat = _flat(out)
    assert "某市12348法律援助热线工单档案" in flat and "永久" in flat


def test_a_months_batch_stops_cleanly_and_resumes(actors, frozen, tmp_path):
    sec = actors["secretary"]
    cases = [_closed(actors, frozen, phone=f"1390000000{i}") for i in range(4)]
    asked = []

    def stop_after_two():
        return len(asked) >= 2

    first = archives.archive_month(actor=sec, month="2026-05", directory=tmp_path,
                                   on_progress=lambda k, n, t: asked.append(t),
                                   should_stop=stop_after_two)
    assert first.stopped and len(first.made) == 2 and first.total == 4
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [
        "X001-WS·2026-D30-RX-0001_v1.pdf", "X001-WS·2026-D30-RX-0002_v1.pdf"]
    second = archives.archive_month(actor=sec, month="2026-05", directory=tmp_path)
    assert not second.stopped and second.skipped == 2 and len(second.made) == 2
    states = archives.case_states(actor=sec, call_ids=[c.id for c in cases])
    assert all(states[c.id].versions == 1 for c in cases)
    entries = archives.register(actor=sec, year=2026)
    assert [e.ticket_no for e in entries] == [c.ticket_no for c in cases]
    pdf = tmp_path / "register.pdf"
    pages = archives.write_register_pdf(actor=sec, year=2026, target=pdf)
    flat = _flat(pdf)
    assert pages == _pages(pdf) and "归档文件目录" in flat
    assert_fonts_embedded(pdf)
    for e in entries:
        assert e.archive_no in flat and e.ticket_no in flat and e.date in flat
    assert PrintLog.select().where(PrintLog.document == "archive_register").count() == 1


def test_three_workstations_archiving_the_same_cases_at_once(actors, frozen, db_url,
                                                             tmp_path):
    """Each case gets one 档号 (件号 1..N, no gap, no duplicate) and three versions
    1..3, each file the bytes its registered hash says."""
    import json
    import sys
    import time

    sec = actors["secretary"]
    ids = [_closed(actors, frozen, phone=f"1370000000{i}").id for i in range(6)]
    worker = Path(__file__).resolve().parent.parent / "race_workers.py"
    start_at = time.time() + 2
    procs = []
    for w in range(3):
        order = ids if w % 2 == 0 else list(reversed(ids))
        out = tmp_path / f"w{w}.json"
        procs.append((out, subprocess.Popen(
            [sys.executable, str(worker), "archive_cases", db_url,
             json.dumps([sec.id, sec.username, sec.display_name, sec.role]),
             json.dumps(order), str(tmp_path / "files"), str(start_at), str(out)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    made = []
    for out, proc in procs:
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr
        result = json.loads(out.read_text())
        assert result["errors"] == []
        made += result["made"]
    assert len(made) == 18
    numbers = sorted({a.archive_no for a in Archive.select()})
    assert numbers == [f"X001-WS·2026-D30-RX-{i:04d}" for i in range(1, 7)]
    for archive in Archive.select():
        versions = sorted(v.version for v in archive.versions)
        assert versions == [1, 2, 3], archive.archive_no
    for archive_no, version, sha, path in made:
        assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == sha
        row = ArchiveVersion.get(ArchiveVersion.sha256 == sha)
        assert (row.archive.archive_no, row.version) == (archive_no, version)
