"""Printing to a real printer (issue 10): a case's archival copy, the masked
working copy of a confidential case and the monthly report go to the CUPS PDF
queue through print_pdf (the code the print dialog runs); each job is read back
from the file cups-pdf writes: its page count, and each printed page (an image)
against the document's page rendered at the same resolution. A page of another
document fails the same comparison, and the masked copy's job does not match the
unmasked archival copy. Without CUPS these tests skip and say why; with CI=true
they fail instead (scripts/printer.sh makes the queue)."""

from __future__ import annotations

import datetime as dt

import pytest

import printer_jobs as jobs
from hotline.services import archives, calls, monthly_report
from hotline.ui.printing import print_pdf

T = dt.datetime
PHONE = "13812341234"
NAME = "张三丰"


@pytest.fixture(autouse=True)
def pdf_queue():
    jobs.require_queue()


@pytest.fixture
def documents(actors, frozen_clock, tmp_path, qapp):
    """A closed confidential case archived, its working copy for the secretary
    (masked), and the monthly report of its month."""
    frozen = frozen_clock
    duty, spec, sec = actors["duty_officer"], actors["specialist"], actors["secretary"]
    frozen.at(T(2026, 3, 2, 9, 0))
    case = calls.log_call(actor=duty, outcome="transferred", phone=PHONE,
                          caller_name=NAME, subject="拖欠工资三个月",
                          description=f"来电人{NAME}反映公司拖欠工资，电话{PHONE}。",
                          assignee_id=spec.id, confidential=True)
    for day in range(3, 12):
        frozen.at(T(2026, 3, day, 10, 0))
        calls.log_call(actor=duty, outcome="answered", phone=f"1390000{day:04d}",
                       caller_name="李四", subject=f"咨询{day}", solution="已答复")
    frozen.at(T(2026, 3, 12, 9, 0))
    calls.start(actor=spec, call_id=case.id)
    calls.add_note(actor=spec, call_id=case.id, text="已联系用人单位")
    frozen.at(T(2026, 3, 13, 9, 0))
    calls.resolve(actor=spec, call_id=case.id, solution="已协调发放工资")
    calls.close(actor=spec, call_id=case.id)
    frozen.at(T(2026, 4, 2, 9, 0))
    archival = archives.archive_case(actor=sec, call_id=case.id,
                                     target=tmp_path / "archival.pdf")
    working = archives.working_copy(actor=sec, call_id=case.id,
                                    target=tmp_path / "working.pdf")
    assert working.masked
    report = tmp_path / "report.pdf"
    pages = monthly_report.write_monthly_pdf(actor=sec, month="2026-03", target=report)
    return {"archival": (tmp_path / "archival.pdf", archival.pages),
            "working": (tmp_path / "working.pdf", working.pages),
            "report": (report, pages)}


def test_archives_and_the_monthly_report_print_page_for_page(documents):
    names = {}
    for key, (path, pages) in documents.items():
        names[key] = jobs.job_name(f"hotline-{key}")
        assert print_pdf(str(path), jobs.printer(names[key])) == pages
    report, report_pages = documents["report"]
    assert report_pages >= 2
    names["range"] = jobs.job_name("hotline-range")
    assert print_pdf(str(report), jobs.printer(names["range"]), first=2, last=2) == 1

    files = {key: jobs.wait_for_job(name) for key, name in names.items()}
    job = {key: jobs.page_images(path) for key, path in files.items()}
    doc = {key: jobs.page_images(path) for key, (path, _) in documents.items()}

    for key, (_, pages) in documents.items():
        assert len(job[key]) == pages, key  # the page count of the printed job
        for n, (printed, page) in enumerate(zip(job[key], doc[key]), start=1):
            assert jobs.same_page(printed, page), (key, n, jobs.difference(printed, page))
    # the same comparison fails for a page of another document
    assert not jobs.same_page(job["archival"][0], doc["report"][0])
    assert not jobs.same_page(job["report"][0], doc["archival"][0])
    assert not jobs.same_page(job["report"][0], doc["report"][1])
    # the masked working copy's job is not the unmasked archival copy: its first
    # page, with the caller, differs (the working copy matched its own pages above)
    assert not jobs.same_page(job["working"][0], doc["archival"][0]), \
        jobs.difference(job["working"][0], doc["archival"][0])
    # a page range prints those pages only
    assert len(job["range"]) == 1
    assert jobs.same_page(job["range"][0], doc["report"][1])
    assert not jobs.same_page(job["range"][0], doc["report"][0])


def test_a_bad_range_prints_nothing(documents):
    path, pages = documents["report"]
    for first, last in ((0, 1), (2, 1), (1, pages + 1)):
        with pytest.raises(ValueError):
            print_pdf(str(path), jobs.printer(jobs.job_name()), first=first, last=last)
