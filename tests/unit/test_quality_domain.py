"""Spot-check rules without a database (DESIGN §11): rubric, scoring, grades,
sampling plan and draw, working days."""

import datetime as dt
import json

import pytest

from hotline.domain import quality as q
from hotline.domain.errors import ValidationError


def full(rubric=q.DEFAULT_RUBRIC):
    return {i.code: i.points for i in rubric.items}


def test_default_rubric_is_design_11():
    r = q.DEFAULT_RUBRIC
    assert [(d.name, d.points) for d in r.dimensions] == [
        ("服务规范", 20), ("服务态度", 15), ("业务准确性", 30), ("工单记录", 25),
        ("合规与保密", 10)]
    assert r.points == 100
    assert [v.name for v in r.vetoes] == ["泄露来电人信息", "辱骂争吵", "无故挂机/推诿",
                                          "错误答复造成损失", "虚构篡改记录"]
    assert q.rubric_from_data(q.rubric_to_json(r)) == r


@pytest.mark.parametrize("total, grade, rectify", [
    (100, "excellent", False), (90, "excellent", False), (89.5, "pass", False),
    (80, "pass", False), (79, "improve", True), (60, "improve", True),
    (59, "fail", True), (0, "fail", True)])
def test_grades_and_rectification(total, grade, rectify):
    assert q.grade(total) == grade
    assert q.needs_rectification(total, ()) is rectify


def test_score_sums_items_and_a_veto_makes_it_zero():
    scores = full()
    scores["correct"] = 5  # 10 short
    scores["elements"] = 7  # 3 short
    s = q.score(q.DEFAULT_RUBRIC, scores)
    assert (s.total, s.grade, s.rectification) == (87, "pass", False)
    assert s.failed_items == ("correct", "elements")
    v = q.score(q.DEFAULT_RUBRIC, full(), ["leak"])
    assert (v.total, v.grade, v.rectification, v.vetoes) == (0, "fail", True, ("leak",))


@pytest.mark.parametrize("change, field, code", [
    ({"opening": 5}, "scores.opening", "score_out_of_range"),
    ({"opening": -1}, "scores.opening", "score_out_of_range"),
    ({"opening": None}, "scores.opening", "score_missing"),
    ({"bogus": 1}, "scores.bogus", "unknown_item"),
])
def test_score_errors_name_the_item(change, field, code):
    scores = {**full(), **change}
    with pytest.raises(ValidationError) as e:
        q.score(q.DEFAULT_RUBRIC, scores)
    assert (e.value.field, e.value.code) == (field, code)


def test_unknown_veto_refused():
    with pytest.raises(ValidationError) as e:
        q.score(q.DEFAULT_RUBRIC, full(), ["late"])
    assert (e.value.field, e.value.code) == ("vetoes.late", "unknown_veto")


def test_rubric_must_total_100_and_codes_unique():
    data = json.loads(q.rubric_to_json(q.DEFAULT_RUBRIC))
    data["dimensions"][0]["items"][0][2] = 5
    with pytest.raises(ValidationError) as e:
        q.rubric_from_data(data)
    assert e.value.code == "rubric_total" and e.value.params["total"] == 101
    data["dimensions"][0]["items"][0] = ["closing", "x", 4]
    with pytest.raises(ValidationError) as e:
        q.rubric_from_data(data)
    assert e.value.code == "rubric_duplicate"
    assert e.value.field == "dimensions[0].items[1].code"  # the second "closing"


@pytest.mark.parametrize("eligible, new, mandatory, size", [
    (0, False, 0, 0),        # nothing to draw
    (5, False, 0, 5),        # the minimum of 8, capped by what there is
    (100, False, 0, 8),      # 5 % of 100 = 5 < 8
    (300, False, 0, 15),     # 5 % of 300
    (301, False, 0, 16),     # rounded up
    (100, True, 0, 16),      # doubled for new staff
    (300, True, 0, 30),
    (20, True, 10, 10),      # 16 wanted, 10 left besides the mandatory ones
])
def test_plan_figures(eligible, new, mandatory, size):
    p = q.plan(eligible, new_staff=new, mandatory=mandatory)
    assert (p.eligible, p.size, p.mandatory, p.new_staff) == (eligible, size,
                                                              mandatory, new)


def test_new_staff_for_three_months():
    joined = dt.datetime(2026, 2, 15, 10, 0)
    assert q.is_new_staff(joined, dt.datetime(2026, 2, 1))
    assert q.is_new_staff(joined, dt.datetime(2026, 5, 1))  # before 05-15
    assert not q.is_new_staff(joined, dt.datetime(2026, 6, 1))
    assert not q.is_new_staff(dt.datetime(2025, 1, 1), dt.datetime(2026, 5, 1))
    assert q.is_new_staff(dt.datetime(2025, 11, 30), dt.datetime(2026, 2, 1))  # 02-28


def test_draw_is_reproducible_and_sorted():
    ids = list(range(1, 201))
    a = q.draw(reversed(ids), 10, 12345)
    assert a == q.draw(ids, 10, 12345) and list(a) == sorted(a) and len(set(a)) == 10
    assert a != q.draw(ids, 10, 54321)
    assert q.draw([3, 1, 2], 10, 7) == (1, 2, 3)
    with pytest.raises(ValidationError) as e:
        q.draw(ids, 3, -1)
    assert e.value.field == "seed"


def test_month_bounds_and_errors():
    assert q.month_bounds("2026-12") == (dt.datetime(2026, 12, 1),
                                         dt.datetime(2027, 1, 1))
    for bad in ("2026-13", "2026/05", "", None):
        with pytest.raises(ValidationError) as e:
            q.month_bounds(bad)
        assert (e.value.field, e.value.code) == ("month", "not_month")


def test_working_days_skip_weekend_and_holidays_with_make_up_days():
    weekday = lambda d: d.weekday() < 5  # noqa: E731
    friday = dt.date(2026, 5, 8)
    assert q.add_working_days(friday, 3, weekday) == dt.date(2026, 5, 13)
    off = {dt.date(2026, 5, 11): False, dt.date(2026, 5, 9): True}
    calendar = lambda d: off.get(d, d.weekday() < 5)  # noqa: E731
    # Saturday is a make-up workday, Monday a holiday
    assert q.add_working_days(friday, 3, calendar) == dt.date(2026, 5, 13)
    assert q.add_working_days(friday, 1, calendar) == dt.date(2026, 5, 9)
