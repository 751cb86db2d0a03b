"""The monthly report (services/monthly_report.py, reports/monthly.py) on both
backends, checked as its reader would: the PDF's text against the month's
indicators (every figure of `report monthly --json`, with the previous month's
beside it), its fonts, hostile names, an empty month, English, and a case reopened
after the report was made.

The month is March 2026 (February before it, March 2025 a year before), built
through the services with the clock frozen at each step.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import make_user
from pdf_checks import (assert_every_figure, assert_fonts_embedded, flat,
                                pdf_text)

from hotline.models import Category, PrintLog, QualityReview, Setting
from hotline.reports import figures, monthly
from hotline.services import calls, clock, indicators
from hotline.services.errors import PermissionDenied, ValidationError
from hotline.services.monthly_report import monthly_report, write_monthly_pdf

T = dt.datetime
HOSTILE_CATEGORY = "<b>粗体</b>&<para>段</para>"
HOSTILE_SUB = "响铃\x07&amp;<i>"
HOSTILE_USER = "<u>spec&x</u>"
HOSTILE_NAME = "<para>专员\x7f</para>"
SECRET_COMMENT = "保密件的评价内容不得出现"
PHONE = "13812345678"
CALLER = "王大锤"


@pytest.fixture
def frozen(monkeypatch):
    class Frozen:
        now = T(2026, 3, 1, 8, 0)

        def at(self, when):
            self.now = when

    f = Frozen()
    monkeypatch.setattr(clock, "now", lambda: f.now)
    return f


def _log(frozen, when, actor, **kw):
    frozen.at(when)
    kw.setdefault("phone", PHONE)
    kw.setdefault("caller_name", CALLER)
    kw.setdefault("subject", "咨询")
    return calls.log_call(actor=actor, received_at=when, **kw)


@pytest.fixture
def month(database, actors, frozen):
    """Calls in March 2025, February and March 2026 (a few each)."""
    duty, spec, sup = actors["duty_officer"], actors["specialist"], actors["supervisor"]
    odd = make_user(HOSTILE_USER, "specialist", HOSTILE_NAME)
    labour = Category.create(code="LAB", name="劳动争议")
    wage = Category.create(code="LAB.W", name="欠薪", parent=labour)
    family = Category.create(code="FAM", name="婚姻家庭")
    bad = Category.create(code="BAD", name=HOSTILE_CATEGORY)
    bad_sub = Category.create(code="BAD.S", name=HOSTILE_SUB, parent=bad)
    made = {"wage": wage.id, "bad_sub": bad_sub.id, "odd": odd}

    # a year before: one call answered
    _log(frozen, T(2025, 3, 10, 9, 0), duty, outcome="answered", category_id=wage.id,
         solution="已答复", duration_seconds=120)
    # February: answered, one ticket resolved in time, a hang-up
    _log(frozen, T(2026, 2, 3, 9, 0), duty, outcome="answered", category_id=wage.id,
         solution="已答复", duration_seconds=300)
    feb = _log(frozen, T(2026, 2, 10, 9, 0), duty, outcome="transferred",
               category_id=family.id, assignee_id=spec.id, duration_seconds=200)
    frozen.at(T(2026, 2, 10, 10, 0))
    calls.start(actor=spec, call_id=feb.id)
    frozen.at(T(2026, 2, 11, 9, 0))
    calls.resolve(actor=spec, call_id=feb.id, solution="已办结")
    _log(frozen, T(2026, 2, 20, 9, 0), duty, outcome="hang_up", subject="")
    # March
    _log(frozen, T(2026, 3, 2, 9, 0), duty, outcome="answered", category_id=wage.id,
         solution="已答复", duration_seconds=240)
    _log(frozen, T(2026, 3, 2, 10, 0), duty, outcome="answered", channel="wechat",
         category_id=wage.id, solution="已答复", duration_seconds=60)
    a = _log(frozen, T(2026, 3, 3, 9, 0), duty, outcome="transferred", channel="web",
             category_id=bad_sub.id, assignee_id=odd.id, duration_seconds=180)
    frozen.at(T(2026, 3, 3, 10, 0))
    calls.start(actor=odd, call_id=a.id)
    frozen.at(T(2026, 3, 4, 9, 0))
    calls.resolve(actor=odd, call_id=a.id, solution="已办结")
    frozen.at(T(2026, 3, 5, 9, 0))
    calls.close(actor=odd, call_id=a.id)
    calls.record_callback(actor=duty, call_id=a.id, reached=True)
    calls.record_survey(actor=duty, call_id=a.id, rating=2, comment="<b>慢</b>&")
    secret = _log(frozen, T(2026, 3, 6, 9, 0), duty, outcome="transferred",
                  category_id=family.id, assignee_id=spec.id, confidential=True,
                  priority="urgent")
    frozen.at(T(2026, 3, 6, 9, 10))
    calls.start(actor=spec, call_id=secret.id)
    frozen.at(T(2026, 3, 12, 9, 0))  # long after its 4-hour limit: overdue
    calls.resolve(actor=spec, call_id=secret.id, solution="已办结")
    calls.record_survey(actor=duty, call_id=secret.id, rating=1, comment=SECRET_COMMENT)
    ok = _log(frozen, T(2026, 3, 7, 9, 0), duty, outcome="answered",
              category_id=family.id, solution="已答复")
    frozen.at(T(2026, 3, 7, 9, 30))
    calls.record_survey(actor=duty, call_id=ok.id, rating=5)
    _log(frozen, T(2026, 3, 9, 9, 0), duty, outcome="escalated", channel="sms",
         category_id=wage.id, assignee_id=sup.id, priority="high")
    _log(frozen, T(2026, 3, 20, 9, 0), duty, outcome="prank", subject="")
    QualityReview.create(call=a.id, reviewer=sup.id, agent=odd.id,
                         at=T(2026, 3, 21, 9, 0), total=72.5,
                         rectification_required=True,
                         rectification_due=dt.date(2026, 3, 26))  # not closed
    made.update(a=a, secret=secret)
    frozen.at(T(2026, 4, 2, 9, 0))  # the report is made after the month
    return made


def _pdf(tmp_path, actor, month="2026-03", lang="zh", name="m.pdf"):
    target = tmp_path / name
    pages = write_monthly_pdf(actor=actor, month=month, target=target, lang=lang)
    assert pages >= 1 and target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    return target, pages


def test_pdf_has_every_figure_beside_the_previous_month(month, actors, tmp_path):
    sup = actors["supervisor"]
    pdf, pages = _pdf(tmp_path, sup)
    text = pdf_text(pdf)
    data = indicators.monthly(actor=sup, month="2026-03")
    assert data["calls_total"] == 7 and data["previous"]["calls_total"] == 3
    assert data["last_year"]["calls_total"] == 1
    assert_every_figure(text, data)
    assert_fonts_embedded(pdf)
    # the export is in the print log, with who made it and its pages
    logged = PrintLog.get()
    assert (logged.document, logged.actor_id, logged.pages, logged.detail) == (
        "monthly_report", sup.id, pages, "2026-03 zh")
    # the masthead: 第3期, total issue number counted from March 2025
    assert flat("2026年第3期（总第13期）") in text
    assert "编制单位：热线服务中心" in text
    # the summary in words carries the key numbers
    assert flat(f"共受理来电7件，环比{figures.change('count', 7, 3)}") in text


def test_report_parts_follow_the_month(month, actors, tmp_path):
    sup = actors["supervisor"]
    report = monthly_report(actor=sup, month="2026-03")
    data = indicators.monthly(actor=sup, month="2026-03")
    assert [m for m, _, _ in report.trend][-1] == "2026-03"
    assert len(report.trend) == 12 and report.trend[0][0] == "2025-04"
    assert report.trend[-1][1:] == (data["calls_total"], data["satisfaction_rate"])
    assert report.trend[-2][1:] == (data["previous"]["calls_total"],
                                    data["previous"]["satisfaction_rate"])
    assert len(report.daily) == 31 and sum(n for _, n in report.daily) == 7
    assert dict(report.daily)[2] == 2
    # top issues: 欠薪 3 valid calls (answered, answered, escalated) vs 1 in Feb
    top = {t.label: t for t in report.top_issues}
    assert top["劳动争议/欠薪"].count == 3 and top["劳动争议/欠薪"].previous == 1
    assert not top["劳动争议/欠薪"].new
    assert top["婚姻家庭"].count == 2 and top["婚姻家庭"].previous == 1
    assert top[f"{HOSTILE_CATEGORY}/{HOSTILE_SUB}"].new
    # specialists: the sums are the month's resolved and reopened figures
    assert sum(s.resolved for s in report.specialists) == data["resolved"]
    by_user = {s.user: s for s in report.specialists}
    assert by_user["specialist1"].overdue == 1 and by_user["specialist1"].on_time == 0
    assert by_user[HOSTILE_USER].resolved == 1
    # dissatisfied: ratings 1 and 2, the confidential one without its comment
    assert [(d.rating, d.comment) for d in report.dissatisfied] == \
        [(1, None), (2, "<b>慢</b>&")]
    assert report.dissatisfied_total == 2
    assert report.qa.reviews == 1 and report.qa.mean == data["qa_mean"] == 72.5
    assert report.qa.rectifications_open == 1
    # due in March and not closed by then: 0 of 1; no veto
    assert (data["rectification_closure_rate"], data["qa_vetoes"]) == (0.0, 0)
    assert report.center_name == "热线服务中心" and report.issue_no == 3


def test_hostile_names_print_literally_and_no_caller_data(month, actors, tmp_path):
    pdf, _ = _pdf(tmp_path, actors["director"])
    text = pdf_text(pdf)
    assert flat(f"{HOSTILE_CATEGORY}/{HOSTILE_SUB}") in text  # 热点诉求, 不满意件
    assert flat(HOSTILE_CATEGORY) in text  # by type (top level)
    assert flat(HOSTILE_USER + HOSTILE_NAME) in text  # specialists and agents
    assert "响铃\\x07&amp;<i>" in text and "专员\\x7f" in text
    assert flat("<b>慢</b>&") in text  # a comment, as typed
    assert month["secret"].ticket_no in text and SECRET_COMMENT not in text
    assert PHONE not in text and CALLER not in text


def test_center_name_setting_and_english(month, actors, tmp_path):
    Setting.create(key="center_name", value="<b>某市</b>&12345热线")
    pdf, _ = _pdf(tmp_path, actors["secretary"], lang="en")
    text = pdf_text(pdf)
    data = indicators.monthly(actor=actors["secretary"], month="2026-03")
    for heading in ("1. Overview", "2. Key indicators", "3. Calls received",
                    "6. Top issues", "9. Definitions", "Hotline monthly report"):
        assert flat(heading) in text, heading
    assert "一、总体情况" not in text and "本月" not in text
    assert flat("Prepared by: <b>某市</b>&12345热线") in text
    assert flat("劳动争议/欠薪") in text  # category names stay as stored
    assert_every_figure(text, data, lang="en")
    assert_fonts_embedded(pdf)


def test_month_with_no_calls_prints_dashes(database, actors, tmp_path):
    pdf, pages = _pdf(tmp_path, actors["supervisor"], month="2031-01")
    text = pdf_text(pdf)
    data = indicators.monthly(actor=actors["supervisor"], month="2031-01")
    assert data["calls_total"] == 0
    assert_every_figure(text, data)
    for key in ("satisfaction_rate", "on_time_resolution_rate", "qa_mean"):
        assert flat(monthly.label(key, "zh") + "—" * 5) in text, key
    assert flat("满意率—（上月—）") in text
    assert "本月无数据" in text  # the charts say so instead of failing
    assert flat("2031年第1期") in text and "总第" not in text
    assert_fonts_embedded(pdf)


def test_reopening_after_the_report_leaves_the_month_as_printed(month, actors,
                                                                  tmp_path, frozen):
    sup = actors["supervisor"]
    before, _ = _pdf(tmp_path, sup, name="before.pdf")
    frozen.at(T(2026, 4, 5, 9, 0))
    calls.reopen(actor=sup, call_id=month["a"].id, reason="当事人不满意")
    calls.reopen(actor=sup, call_id=month["secret"].id, reason="复查")
    after, _ = _pdf(tmp_path, sup, name="after.pdf")
    first, second = pdf_text(before), pdf_text(after)
    # everything from the summary on (the masthead carries the day it was made)
    start = flat("一、总体情况")
    assert second[second.index(start):] == first[first.index(start):]
    assert_every_figure(second, indicators.monthly(actor=sup, month="2026-03"))


def test_permission_and_bad_arguments(month, actors, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PermissionDenied):
        monthly_report(actor=actors["duty_officer"], month="2026-03")
    with pytest.raises(ValidationError, match="YYYY-MM"):
        write_monthly_pdf(actor=actors["supervisor"], month="2026-3x",
                          target=out / "x.pdf")
    with pytest.raises(ValidationError) as err:
        monthly_report(actor=actors["supervisor"], month="2026-03", lang="fr")
    assert err.value.field == "lang"
    assert list(out.iterdir()) == []


def test_figures_formatting():
    assert figures.rate(0.123456) == "12.3%" and figures.rate(None) == "—"
    assert figures.count(30214) == "30214" and figures.count(None) == "—"
    assert figures.mean(4.444444) == "4.44" and figures.hours(29.366072) == "29.4"
    assert figures.seconds(264.3) == "264" and figures.minutes(None) == "—"
    assert figures.change("count", 105.2, 100) == "+5.2%"
    assert figures.change("count", 96.9, 100) == "\u22123.1%"
    assert figures.change("count", 5, 0) == "—" and figures.change("count", None, 3) == "—"
    assert figures.change("rate", 0.85, 0.80) == "+5.0 pt"
    assert figures.change("rate", 0.8, 0.8) == "0.0 pt"
    assert figures.share(1, 0) == "—" and figures.share(1, 4) == "25.0%"
