"""Per-agent KPIs (services/kpi.py) on each backend: a month's row equals a hand
count of what the agent did and the `agents` of the monthly indicators; each
figure opens the cases behind it; who sees which rows; the export."""

import csv

import pytest

from kpi_scenario import build_may

from hotline.models import PrintLog, User
from hotline.services import indicators, kpi
from hotline.services.errors import PermissionDenied, ValidationError


@pytest.fixture
def may(database, actors, frozen_clock):
    return build_may(actors, frozen_clock)


def row_of(rows, actor):
    return next(r for r in rows if r.user_id == actor.id)


def test_the_month_row_equals_a_hand_count(actors, may):
    duty, spec, sup = actors["duty_officer"], actors["specialist"], actors["supervisor"]
    rows = kpi.table(actor=sup, period="2026-05")
    d = row_of(rows, duty)
    assert d.handled == 7  # 4 answered + hang-up + 2 tickets, all logged by them
    assert d.mean_handle_seconds == pytest.approx((100 + 200 + 300 + 400 + 20
                                                   + 60 + 60) / 7)
    assert (d.satisfaction_mean, d.surveys) == (4.0, 2)
    assert (d.qa_mean, d.reviews, d.vetoes) == (50.0, 2, 1)
    assert (d.shifts, d.attended, d.attendance_rate) == (3, 2, 2 / 3)
    s = row_of(rows, spec)
    assert s.handled == 2
    assert (s.due, s.late, s.on_time_rate) == (2, 1, 0.5)
    assert (s.articles_authored, s.articles_published) == (1, 1)
    # the second specialist did nothing and still has a row; the secretary none
    assert row_of(rows, actors["specialist2"]).handled == 0
    assert actors["secretary"].id not in {r.user_id for r in rows}
    # the same figures as the monthly indicators' agents
    agents = {a["user"]: a for a in indicators.monthly(actor=sup, month="2026-05")
              ["agents"]}
    for r in rows:
        a = agents.get(r.username)
        if a is None:
            assert r.handled == 0 and r.qa_mean is None
            continue
        assert (r.handled, r.mean_handle_seconds, r.fcr_rate, r.satisfaction_mean,
                r.on_time_rate, r.qa_mean) == (
            a["calls_handled"], a["mean_handle_seconds"], a["fcr_rate"],
            a["satisfaction_mean"], a["sla_rate"], a["qa_mean"])
    # the quarter holds the month; June is empty
    quarter = row_of(kpi.table(actor=sup, period="2026-Q2"), duty)
    assert (quarter.handled, quarter.vetoes) == (7, 1)
    assert row_of(kpi.table(actor=sup, period="2026-06"), duty).handled == 0


def test_each_figure_opens_the_cases_behind_it(actors, may):
    duty, spec, sup = actors["duty_officer"], actors["specialist"], actors["supervisor"]

    def ids(user, figure, period="2026-05"):
        return [r.call_id for r in kpi.cases(actor=sup, period=period,
                                              user_id=user.id, figure=figure)]

    assert sorted(ids(duty, "handled")) == sorted(
        may["answered"] + [may["hang_up"]] + may["tickets"])
    assert ids(duty, "satisfaction") == may["answered"][:2]
    rows = kpi.cases(actor=sup, period="2026-05", user_id=duty.id,
                     figure="satisfaction")
    assert [r.detail for r in rows] == ["5", "3"]
    assert ids(duty, "qa") == may["answered"][2:]
    assert ids(duty, "vetoes") == [may["answered"][3]]
    assert ids(spec, "late") == ids(spec, "on_time") == [may["tickets"][1]]
    assert ids(spec, "handled") == may["tickets"]
    assert rows[0].ticket_no and rows[0].subject == "咨询"
    with pytest.raises(ValidationError):
        kpi.cases(actor=sup, period="2026-05", user_id=duty.id, figure="salary")


def test_an_agent_sees_their_own_row_and_cases_only(actors, may):
    duty, spec = actors["duty_officer"], actors["specialist"]
    with pytest.raises(PermissionDenied):
        kpi.table(actor=duty, period="2026-05")
    own = kpi.own_row(actor=duty, period="2026-05")
    assert own.user_id == duty.id and own.handled == 7
    assert len(kpi.cases(actor=duty, period="2026-05", user_id=duty.id,
                         figure="handled")) == 7
    with pytest.raises(PermissionDenied):
        kpi.cases(actor=duty, period="2026-05", user_id=spec.id, figure="handled")
    with pytest.raises(PermissionDenied):
        kpi.cases(actor=actors["secretary"], period="2026-05",
                  user_id=actors["secretary"].id, figure="handled")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_neutralizes_formulas_and_is_logged(actors, may, tmp_path, suffix):
    sup, duty = actors["supervisor"], actors["duty_officer"]
    User.update(display_name="=HYPERLINK(\"x\")").where(User.id == duty.id).execute()
    path = tmp_path / f"kpi{suffix}"
    result = kpi.export(actor=sup, period="2026-05", path=path)
    assert result.rows == len(kpi.table(actor=sup, period="2026-05"))
    if suffix == ".csv":
        with open(path, encoding="utf-8-sig") as fh:
            table = list(csv.reader(fh))
    else:
        from openpyxl import load_workbook

        table = [[("" if v is None else str(v)) for v in row]
                 for row in load_workbook(path).active.iter_rows(values_only=True)]
    assert table[0][:4] == ["工号", "姓名", "角色", "受理量"]
    mine = next(r for r in table if r[0] == duty.username)
    assert mine[1] == "'=HYPERLINK(\"x\")" and mine[3] == "7"
    log = PrintLog.select().order_by(PrintLog.id.desc()).first()
    assert log.document == "kpi_table" and log.actor_id == sup.id
    with pytest.raises(ValidationError):
        kpi.export(actor=sup, period="2026-05", path=tmp_path / "kpi.txt")
