"""The appraisal rules without a database (domain/appraisal.py), each against a
computation done by hand."""

import datetime as dt

import pytest

from hotline.domain import appraisal as rules
from hotline.domain.appraisal import Candidate
from hotline.domain.errors import ValidationError


def test_kpi_parts_are_linear_against_the_targets():
    # targets: 300 handled, 95 % on time, 300 s, 98 % attendance
    parts = rules.kpi_parts({"handled": 240, "on_time": 0.76, "handle_time": 360,
                             "attendance": 0.98})
    assert parts["handled"] == pytest.approx(80.0)  # 240 / 300
    assert parts["on_time"] == pytest.approx(80.0)  # 0.76 / 0.95
    assert parts["handle_time"] == pytest.approx(80.0)  # 2 − 360/300 = 0.8
    assert parts["attendance"] == pytest.approx(100.0)
    # above the target: no bonus; at twice the handle time: 0, faster: 100
    capped = rules.kpi_parts({"handled": 900, "on_time": 1.0, "handle_time": 600,
                              "attendance": 0.5})
    assert capped["handled"] == 100 and capped["on_time"] == 100
    assert capped["handle_time"] == 0
    assert capped["attendance"] == pytest.approx(100 * 0.5 / 0.98)
    assert rules.kpi_parts({"handle_time": 1})["handle_time"] == 100
    # KPI: the mean of the four parts (weights 0.25 each) = 85
    assert rules.kpi_score({"handled": 240, "on_time": 0.76, "handle_time": 360,
                            "attendance": 0.98}) == pytest.approx(85.0)


def test_a_part_without_a_figure_is_left_out_and_the_others_scaled_up():
    score = rules.kpi_score({"handled": 150, "on_time": None, "handle_time": 300,
                             "attendance": None})
    assert score == pytest.approx((50 + 100) / 2)
    assert rules.kpi_score({}) is None


def test_satisfaction_mapping_and_review():
    assert rules.satisfaction_score(1) == 0
    assert rules.satisfaction_score(5) == 100
    assert rules.satisfaction_score(4) == 75
    assert rules.satisfaction_score(4.6) == pytest.approx(90)
    assert rules.satisfaction_score(None) is None
    assert rules.review_score(80, 100) == pytest.approx(82)  # 0.9·80 + 0.1·100
    assert rules.review_score(80, None) == 80
    assert rules.review_score(None, 100) is None


def test_quarterly_composite_by_hand():
    c = rules.composite(kpi=85, qa=92, satisfaction=75, review=82)
    # 0.40·85 + 0.25·92 + 0.20·75 + 0.15·82 = 34 + 23 + 15 + 12.3 = 84.3
    assert c.score == 84.3 and c.left_out == ()
    no_survey = rules.composite(kpi=85, qa=92, satisfaction=None, review=82)
    # (34 + 23 + 12.3) / 0.8 = 86.625 → 86.63 (half up)
    assert no_survey.score == 86.63 and no_survey.left_out == ("satisfaction",)
    assert rules.round2(89.995) == 90.0 and rules.round2(84.125) == 84.13


def test_custom_weights():
    settings = {"weights": {"kpi": 0.5, "qa": 0.2, "satisfaction": 0.2, "review": 0.1}}
    c = rules.composite(kpi=80, qa=100, satisfaction=50, review=100, settings=settings)
    assert c.score == 40 + 20 + 10 + 10


def test_grade_bands_and_veto_caps():
    graded = rules.grade_all([Candidate("a", 95, 90, 0), Candidate("b", 85, 90, 0),
                              Candidate("c", 70, 90, 0), Candidate("d", 59.99, 90, 0),
                              Candidate("e", 96, 99, 1), Candidate("f", 85, 80, 2),
                              Candidate("g", 65, 80, 1), Candidate("h", 40, 80, 3),
                              Candidate("i", 60, 80, 0), Candidate("j", 80, 80, 0)])
    got = {k: (g.grade, g.caps) for k, g in graded.items()}
    assert got["a"] == ("优秀", ())  # 10 staff: 2 may be 优秀, one asks
    assert got["b"] == ("良好", ()) and got["j"] == ("良好", ())
    assert got["c"] == ("合格", ()) and got["i"] == ("合格", ())
    assert got["d"] == ("不合格", ())
    assert got["e"] == ("合格", (rules.CAP_ONE_VETO,))  # 96 with one veto
    assert got["f"] == ("不合格", (rules.CAP_VETOES,))  # two vetoes
    assert got["g"] == ("合格", ())  # below the cap already
    assert got["h"] == ("不合格", ())


def test_excellent_quota_rounds_down_and_breaks_ties_by_qa():
    # 10 staff → at most 2 优秀 (20 % of 10); four at 90 or more
    people = [Candidate("top", 97, 80, 0), Candidate("tie_hi_qa", 93, 95, 0),
              Candidate("tie_lo_qa", 93, 85, 0), Candidate("fourth", 91, 99, 0)]
    people += [Candidate(f"x{i}", 70, 80, 0) for i in range(6)]
    graded = rules.grade_all(people)
    assert graded["top"].grade == "优秀"
    assert graded["tie_hi_qa"].grade == "优秀"  # same score, better QA
    assert graded["tie_lo_qa"].grade == "良好"
    assert graded["tie_lo_qa"].caps == (rules.CAP_QUOTA,)
    assert graded["fourth"].grade == "良好"
    assert sum(g.grade == "优秀" for g in graded.values()) == 2
    # 4 staff: floor(0.8) = 0, nobody is 优秀; 5 staff: one
    assert rules.quota(4) == 0 and rules.quota(5) == 1 and rules.quota(14) == 2
    small = rules.grade_all([Candidate(i, 95, 90, 0) for i in range(4)])
    assert {g.grade for g in small.values()} == {"良好"}


def test_a_tie_on_score_and_qa_across_the_line_gives_neither():
    people = [Candidate("top", 97, 80, 0), Candidate("a", 93, 90, 0),
              Candidate("b", 93, 90, 0)] + [Candidate(f"x{i}", 70, 80, 0)
                                            for i in range(7)]
    graded = rules.grade_all(people)  # 10 staff, quota 2: a and b cannot both fit
    assert graded["top"].grade == "优秀"
    assert graded["a"].grade == graded["b"].grade == "良好"
    # a QA mean missing ranks after any QA mean
    people = [Candidate("qa", 93, 60, 0), Candidate("noqa", 93, None, 0)] + \
        [Candidate(f"x{i}", 70, 80, 0) for i in range(3)]
    graded = rules.grade_all(people)
    assert (graded["qa"].grade, graded["noqa"].grade) == ("优秀", "良好")


def test_annual_by_hand():
    a = rules.annual([80, 90, 85, None], 70)
    # 0.8 · mean(80, 90, 85) + 0.2 · 70 = 0.8 · 85 + 14 = 82
    assert a.score == 82.0
    assert rules.annual([80, 90], None).score == 85.0  # no review: quarters only


def test_settings_are_checked_field_by_field():
    s = rules.validate({})
    assert s["weights"] == {"kpi": 0.4, "qa": 0.25, "satisfaction": 0.2,
                            "review": 0.15}
    with pytest.raises(ValidationError) as e:
        rules.validate({"weights": {"kpi": 0.5}})
    assert e.value.field == "weights" and e.value.code == "weights_sum"
    with pytest.raises(ValidationError) as e:
        rules.validate({"targets": {"handled": 0}})
    assert e.value.field == "targets.handled"
    with pytest.raises(ValidationError) as e:
        rules.validate({"weights": {"kpi": "abc"}})
    assert e.value.field == "weights.kpi"
    with pytest.raises(ValidationError) as e:
        rules.validate({"kpi_weights": {"speed": 1}})
    assert e.value.field == "kpi_weights.speed"


def test_periods():
    assert rules.period_range("2026-Q4") == ("quarter", dt.datetime(2026, 10, 1),
                                             dt.datetime(2027, 1, 1))
    assert rules.period_range("2026-11")[1:] == (dt.datetime(2026, 11, 1),
                                                 dt.datetime(2026, 12, 1))
    assert rules.period_range("2026")[1:] == (dt.datetime(2026, 1, 1),
                                              dt.datetime(2027, 1, 1))
    for bad in ("2026-13", "2026-Q5", "26-Q1", "", "2026-Q4; DROP"):
        with pytest.raises(ValidationError):
            rules.period_range(bad)
    with pytest.raises(ValidationError):
        rules.period_range("2026-11", kinds=("quarter", "year"))
