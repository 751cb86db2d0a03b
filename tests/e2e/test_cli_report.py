"""`hotline report monthly` as an operator runs it (subprocesses): the PDF carries
every figure the --json output gives, beside the previous month's; English with
--lang en; an empty month; errors that name what is wrong."""

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from helpers import make_user, run_hotline
from pdf_checks import assert_every_figure, assert_fonts_embedded, flat, pdf_text

HOSTILE = "<b>投诉</b>&<para>x\x07"


hotline = run_hotline


@pytest.fixture
def data(db_url, monkeypatch):
    """A few calls in February and March 2026 saved through the services."""
    from hotline.models import Category
    from hotline.services import calls, clock
    from hotline.storage import close_database, open_database

    now = {"t": dt.datetime(2026, 2, 1)}
    monkeypatch.setattr(clock, "now", lambda: now["t"])
    open_database(db_url)
    duty = make_user("duty", "duty_officer", "值班员")
    spec = make_user("spec&<i>", "specialist", "专员<b>")
    wage = Category.create(code="W", name="欠薪")
    odd = Category.create(code="H", name=HOSTILE)

    def log(when, **kw):
        now["t"] = when
        return calls.log_call(actor=duty, received_at=when, subject="咨询", **kw)

    log(dt.datetime(2026, 2, 5, 9), outcome="answered", category_id=wage.id,
        solution="已答复", duration_seconds=100)
    log(dt.datetime(2026, 3, 2, 9), outcome="answered", category_id=wage.id,
        solution="已答复", duration_seconds=300, channel="web")
    case = log(dt.datetime(2026, 3, 3, 9), outcome="transferred", category_id=odd.id,
               assignee_id=spec.id, duration_seconds=200)
    now["t"] = dt.datetime(2026, 3, 3, 10)
    calls.start(actor=spec, call_id=case.id)
    now["t"] = dt.datetime(2026, 3, 4, 9)
    calls.resolve(actor=spec, call_id=case.id, solution="已办结")
    calls.record_survey(actor=duty, call_id=case.id, rating=4)
    log(dt.datetime(2026, 3, 8, 9), outcome="silent")
    close_database()


def test_pdf_carries_every_figure_of_the_json(db_url, data, tmp_path):
    r = hotline("report", "monthly", "2026-03", "--json", db_url=db_url)
    assert r.returncode == 0, r.stderr
    figures = json.loads(r.stdout)
    assert figures["calls_total"] == 3 and figures["previous"]["calls_total"] == 1
    assert "last_year" in figures
    pdf = tmp_path / "月报.pdf"
    r = hotline("report", "monthly", "2026-03", "-o", str(pdf), db_url=db_url)
    assert r.returncode == 0, r.stderr
    pages = int(subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                               check=True).stdout.split("Pages:")[1].split()[0])
    assert r.stdout.strip() == f"{pdf} ({pages} pages)"
    text = pdf_text(pdf)
    assert_every_figure(text, figures)
    assert_fonts_embedded(pdf)
    assert "二、主要指标" in text
    assert flat(HOSTILE) in text and "spec&<i>专员<b>" in text

    en = tmp_path / "report-en.pdf"
    r = hotline("report", "monthly", "2026-03", "-o", str(en), "--lang", "en",
                db_url=db_url)
    assert r.returncode == 0, r.stderr
    text = pdf_text(en)
    assert flat("2. Key indicators") in text and "主要指标" not in text
    assert_every_figure(text, figures, lang="en")


def test_month_without_calls(db_url, data, tmp_path):
    pdf = tmp_path / "empty.pdf"
    r = hotline("report", "monthly", "2027-06", "-o", str(pdf), db_url=db_url)
    assert r.returncode == 0, r.stderr
    figures = json.loads(hotline("report", "monthly", "2027-06", "--json",
                                 db_url=db_url).stdout)
    text = pdf_text(pdf)
    assert_every_figure(text, figures)
    assert flat("满意率—————") in text  # this month, last month, 环比, last year, 同比


def test_errors_name_the_argument(db_url, data, tmp_path):
    r = hotline("report", "monthly", "2026-13", "-o", str(tmp_path / "a.pdf"),
                db_url=db_url)
    assert r.returncode == 1 and "month" in r.stderr and "YYYY-MM" in r.stderr
    r = hotline("report", "monthly", "2026-03", db_url=db_url)
    assert r.returncode == 2 and "--json" in r.stderr and "-o" in r.stderr
    r = hotline("report", "monthly", "2026-03", "-o", str(tmp_path / "a.txt"),
                db_url=db_url)
    assert r.returncode == 2 and "-o" in r.stderr
    r = hotline("report", "monthly", "2026-03", "-o", str(tmp_path / "a.pdf"),
                "--lang", "fr", db_url=db_url)
    assert r.returncode == 2 and "--lang" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()
                  if not p.name.startswith("hotline.db")) == []
