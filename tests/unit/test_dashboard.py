"""The supervisor's live dashboard (services/dashboard.py) on both backends: every
tile's number equals a hand count over a small set of calls made here; each tile's
list holds exactly its cases; thresholds are validated, saved, audited and turn a
tile's level; who may look."""

import datetime as dt
import json

import pytest

from hotline.domain.workflow import NON_SERVICE_OUTCOMES, OPEN_STATUSES
from hotline.models import AuditLog, Call, CaseResolution, Shift
from hotline.services import calls, config, dashboard, indicators
from hotline.services.errors import PermissionDenied, ValidationError

T = dt.datetime
NOW = T(2026, 5, 5, 10, 30)  # a Tuesday morning
H = dt.timedelta(hours=1)


def _log(actors, when, outcome="transferred", assignee="specialist", **kw):
    values = dict(outcome=outcome, subject="欠薪", received_at=when,
                  assignee_id=actors[assignee].id if assignee else None)
    if outcome not in ("transferred", "escalated", "callback"):
        values["assignee_id"] = None
    if outcome in NON_SERVICE_OUTCOMES:
        values["subject"] = ""
    values.update(kw)
    return calls.log_call(actor=actors["duty_officer"], **values)


def _set(case, **values):
    Call.update(**values).where(Call.id == case.id).execute()


@pytest.fixture
def center(actors, frozen_clock):
    """Calls of today, of the same weekday a week before and of the week before,
    open cases in every SLA state, shifts and categories."""
    frozen_clock.at(NOW)
    director = actors["director"]
    top = config.save_category(actor=director, code="LAB", name="劳动")
    wage = config.save_category(actor=director, code="LAB.W", name="欠薪",
                                parent_id=top.id)
    injury = config.save_category(actor=director, code="LAB.I", name="工伤",
                                  parent_id=top.id)
    c = {}
    day = T(2026, 5, 5)
    # today: 2 answered (closed) in hour 8, a hang-up in hour 9, dispatched cases
    c["answered1"] = _log(actors, day + 8 * H, "answered", category_id=wage.id)
    c["answered2"] = _log(actors, day + 8 * H + dt.timedelta(minutes=5), "answered",
                          category_id=wage.id)
    c["hang_up"] = _log(actors, day + 9 * H, "hang_up")
    c["overdue"] = _log(actors, day + 9 * H, category_id=wage.id)
    _set(c["overdue"], resolution_due=NOW - H, signed_at=NOW - 2 * H,
         status="in_progress")
    c["soon"] = _log(actors, day + 10 * H, category_id=injury.id)
    _set(c["soon"], resolution_due=NOW + H)  # within the 2-hour window, unsigned
    c["pool"] = _log(actors, day + 10 * H, "callback", assignee=None)  # nobody
    # older open cases
    c["old"] = _log(actors, T(2026, 4, 28, 9, 0))  # a week ago: oldest, on track
    _set(c["old"], resolution_due=NOW + 30 * H, signed_at=T(2026, 4, 28, 10))
    c["paused"] = _log(actors, T(2026, 5, 1, 9, 0), assignee="specialist2")
    _set(c["paused"], status="pending_customer", paused_at=NOW - 3 * H,
         resolution_due=NOW - H, signed_at=T(2026, 5, 1, 10))  # paused, not overdue
    c["late2"] = _log(actors, T(2026, 5, 2, 9, 0), assignee="specialist2")
    _set(c["late2"], resolution_due=NOW - 10 * H, paused_at=NOW - 5 * H,
         status="pending_customer", signed_at=T(2026, 5, 2, 10))  # waited too late
    # the same weekday a week before: 2 calls before 10:30, 1 after
    _log(actors, T(2026, 4, 28, 9, 15), "answered", category_id=wage.id)
    _log(actors, T(2026, 4, 28, 11, 0), "answered", category_id=injury.id)
    # the 7 days before today: 3 wage calls (counting the one at 09:15 above)
    _log(actors, T(2026, 5, 3, 9, 0), "answered", category_id=wage.id)
    _log(actors, T(2026, 5, 4, 9, 0), "answered", category_id=wage.id)
    # a case resolved today by specialist (resolution history)
    c["done"] = _log(actors, T(2026, 5, 4, 15, 0))
    calls.start(actor=actors["specialist"], call_id=c["done"].id)
    calls.resolve(actor=actors["specialist"], call_id=c["done"].id, solution="已支付")
    # shifts: specialist on now, specialist2's ended
    Shift.create(user=actors["specialist"].id, starts_at=NOW - 2 * H,
                 ends_at=NOW + 6 * H, label="早班")
    Shift.create(user=actors["specialist2"].id, starts_at=NOW - 10 * H,
                 ends_at=NOW - 2 * H, label="夜班")
    return dict(cases=c, wage=wage, injury=injury)


def _hand(now=NOW, window=dt.timedelta(minutes=120)):
    """The open-case figures counted in Python from the rows."""
    out = dict(overdue=set(), soon=set(), paused=set(), dispatch=set(), sign=set())
    for call in Call.select():
        if call.status not in OPEN_STATUSES:
            continue
        if call.assignee_id is None:
            out["dispatch"].add(call.id)
        elif call.status in ("new", "assigned") and call.signed_at is None:
            out["sign"].add(call.id)
        due = call.resolution_due
        if due is None:
            continue
        if call.paused_at is not None and call.paused_at < due:
            out["paused"].add(call.id)
        elif due <= now:
            out["overdue"].add(call.id)
        elif due <= now + window:
            out["soon"].add(call.id)
    return out


def test_counts_equal_a_hand_count(actors, center):
    sup = actors["supervisor"]
    c = center["cases"]
    got = dashboard.counts(actor=sup)
    hand = _hand()
    today = [x for x in Call.select() if x.received_at >= T(2026, 5, 5)]
    assert got.read_at == NOW
    assert got.calls_today == len(today) == 6
    assert got.valid_today == len([x for x in today
                                   if x.outcome not in NON_SERVICE_OUTCOMES]) == 5
    assert got.calls_by_hour[8] == 2 and got.calls_by_hour[9] == 2
    assert got.calls_by_hour[10] == 2 and sum(got.calls_by_hour) == 6
    assert got.same_weekday_so_far == 2 / 4  # 2 calls before 10:30 a week ago
    assert [s.name for s in got.on_shift] == ["specialist one"]
    assert got.waiting_dispatch == len(hand["dispatch"]) == 1
    assert got.waiting_sign == len(hand["sign"]) == 1  # "soon"
    assert got.overdue == len(hand["overdue"]) == 2  # overdue, late2
    assert got.due_soon == len(hand["soon"]) == 1
    assert got.open_by_sla["paused"] == len(hand["paused"]) == 1
    open_calls = [x for x in Call.select() if x.status in OPEN_STATUSES]
    assert got.open_total == len(open_calls) == 6
    assert sum(got.open_by_sla.values()) == got.open_total
    assert got.open_by_status["pending_customer"] == 2
    assert got.oldest.ticket_no == c["old"].ticket_no
    assert got.oldest.age_hours == (NOW - T(2026, 4, 28, 9, 0)).total_seconds() / 3600
    # callbacks due: the unassigned callback and the case resolved today
    assert got.callbacks_due == 2
    # hot topics today: 欠薪 3 (one is a closed answer) and 工伤 1
    assert [(h.name, h.today) for h in got.hot] == [("劳动/欠薪", 3), ("劳动/工伤", 1)]
    wage = got.hot[0]
    assert wage.daily_mean_7d == round(3 / 7, 2) and wage.spike  # 3 ≥ 2 × 3/7
    spec = next(a for a in got.agents if a.user_id == actors["specialist"].id)
    assert (spec.open_held, spec.overdue_held, spec.resolved_today, spec.on_shift) \
        == (3, 1, 1, True)  # overdue, soon, old
    spec2 = next(a for a in got.agents if a.user_id == actors["specialist2"].id)
    assert (spec2.open_held, spec2.overdue_held, spec2.on_shift) == (2, 1, False)
    duty = next(a for a in got.agents if a.user_id == actors["duty_officer"].id)
    assert duty.calls_logged == 6
    assert got.levels["overdue"] == "alarm" and got.levels["on_shift"] == "ok"
    assert got.levels["due_soon"] == "warn" and got.levels["hot"] == "warn"
    assert got.levels["calls_today"] == "warn"  # 6 ≥ 1.5 × 0.5
    assert got.levels["oldest"] == "alarm"  # 169.5 h > 72 h


def test_each_tile_lists_exactly_its_cases(actors, center):
    sup = actors["supervisor"]
    c = center["cases"]
    hand = _hand()

    def ids(tile):
        return {r.id for r in dashboard.tile_cases(actor=sup, tile=tile)}

    overdue = dashboard.tile_cases(actor=sup, tile="overdue")
    assert {r.id for r in overdue} == hand["overdue"] == {c["overdue"].id,
                                                          c["late2"].id}
    assert [r.ticket_no for r in overdue] == [c["late2"].ticket_no,
                                              c["overdue"].ticket_no]  # by due
    assert all(r.sla_state == "overdue" for r in overdue)
    assert ids("due_soon") == hand["soon"] == {c["soon"].id}
    assert ids("waiting_dispatch") == hand["dispatch"] == {c["pool"].id}
    assert ids("waiting_sign") == hand["sign"]
    assert ids("waiting") == hand["dispatch"] | hand["sign"]
    oldest = dashboard.tile_cases(actor=sup, tile="oldest", limit=1)
    assert [r.ticket_no for r in oldest] == [c["old"].ticket_no]
    assert len(ids("calls_today")) == 6
    assert ids(f"hot:{center['wage'].id}") == {c["answered1"].id, c["answered2"].id,
                                               c["overdue"].id}
    assert ids("hot") == ids(f"hot:{center['wage'].id}") | {c["soon"].id}
    assert ids(f"agent:{actors['specialist'].id}") == {c["overdue"].id, c["soon"].id,
                                                       c["old"].id}
    assert ids(f"agent_overdue:{actors['specialist2'].id}") == {c["late2"].id}
    assert ids(f"resolved_by:{actors['specialist'].id}") == {c["done"].id}
    assert ids("sla:paused") == hand["paused"]
    assert ids(f"logged:{actors['duty_officer'].id}") == ids("calls_today")
    assert ids("status:pending_customer") == {c["paused"].id, c["late2"].id}
    assert ids("callbacks_due") == {c["pool"].id, c["done"].id}
    counts = dashboard.counts(actor=sup)
    for tile, number in (("overdue", counts.overdue), ("due_soon", counts.due_soon),
                         ("waiting_dispatch", counts.waiting_dispatch),
                         ("waiting_sign", counts.waiting_sign),
                         ("calls_today", counts.calls_today),
                         ("callbacks_due", counts.callbacks_due)):
        assert len(ids(tile)) == number, tile
    with pytest.raises(ValidationError) as err:
        dashboard.tile_cases(actor=sup, tile="everything")
    assert err.value.field == "tile"
    with pytest.raises(ValidationError):
        dashboard.tile_cases(actor=sup, tile="hot:x")


def test_thresholds_are_validated_saved_audited_and_turn_levels(actors, center):
    director, sup = actors["director"], actors["supervisor"]
    assert dashboard.get_thresholds(actor=sup) == dashboard.Thresholds()
    assert dashboard.counts(actor=sup).levels["overdue"] == "alarm"  # 2 ≥ 1
    with pytest.raises(ValidationError) as err:
        dashboard.set_thresholds(actor=director, warning_window_minutes=0)
    assert err.value.field == "warning_window_minutes" and err.value.code == "too_small"
    with pytest.raises(ValidationError) as err:
        dashboard.set_thresholds(actor=director, on_time_alarm_pct=97)  # above warn
    assert err.value.field == "on_time_alarm_pct"
    with pytest.raises(ValidationError) as err:
        dashboard.set_thresholds(actor=director, overdue_alarm="many")
    assert err.value.field == "overdue_alarm"
    with pytest.raises(TypeError):
        dashboard.set_thresholds(actor=director, colour="red")
    with pytest.raises(PermissionDenied):
        dashboard.set_thresholds(actor=sup, overdue_alarm=5)
    before = AuditLog.select().count()
    saved = dashboard.set_thresholds(actor=director, overdue_alarm=3,
                                     warning_window_minutes=30)
    assert saved.overdue_alarm == 3 and saved.warning_window_minutes == 30
    assert dashboard.get_thresholds(actor=sup) == saved
    rows = list(AuditLog.select().order_by(AuditLog.id))[before:]
    assert len(rows) == 1 and rows[0].entity == "setting"
    # the fields changed are named (numbers kept where the audit rules keep them:
    # minutes, hours; domain/audit_rules.py)
    new, old = json.loads(rows[0].new), json.loads(rows[0].old)
    assert new == {"changed": ["overdue_alarm"], "warning_window_minutes": 30}
    assert old == {"changed": ["overdue_alarm"], "warning_window_minutes": 120}
    assert rows[0].entity_id == "dashboard" or rows[0].entity_id in ("", None)
    got = dashboard.counts(actor=sup)
    assert got.levels["overdue"] == "ok"  # 2 < 3
    assert got.due_soon == 0  # due in 60 minutes, the window is 30 now
    assert dashboard.tile_cases(actor=sup, tile="due_soon") == []
    # saving the same values again changes nothing and writes no audit row
    dashboard.set_thresholds(actor=director, overdue_alarm=3)
    assert AuditLog.select().count() == before + 1


def test_rates_are_the_month_indicators(actors, center, frozen_clock):
    sup = actors["supervisor"]
    got = dashboard.rates(actor=sup)
    month = indicators.compute(T(2026, 5, 1), NOW + dt.timedelta(milliseconds=1))
    assert got.month == "2026-05" and got.read_at == NOW
    assert got.on_time_rate == month["on_time_resolution_rate"]
    assert got.satisfaction_rate == month["satisfaction_rate"]
    assert got.resolved == month["resolved"] > 0
    assert got.qa.target is None and got.qa.done == 0
    assert got.levels["qa"] == "ok"
    # the same weekday's hourly mean: a week ago 09:15 and 11:00, and the old case
    assert got.weekday_hourly_mean[9] == 2 / 4 and got.weekday_hourly_mean[11] == 1 / 4
    assert sum(got.weekday_hourly_mean) == 3 / 4
    # an on-time rate below the alarm level: alarm
    levels = dashboard.rates_levels(
        {"on_time_rate": 0.8, "satisfaction_rate": 0.88, "qa": got.qa},
        dashboard.Thresholds())
    assert levels["on_time"] == "alarm" and levels["callbacks"] == "warn"


def test_who_may_look(actors, center):
    for role in ("duty_officer", "specialist", "secretary", "admin"):
        with pytest.raises(PermissionDenied):
            dashboard.counts(actor=actors[role])
        with pytest.raises(PermissionDenied):
            dashboard.tile_cases(actor=actors[role], tile="overdue")
    assert dashboard.counts(actor=actors["director"]).overdue == 2
    assert dashboard.rates(actor=actors["director"]).month == "2026-05"


def test_resolved_today_comes_from_the_resolution_history(actors, center):
    """A case resolved today and reopened still counts as resolved today."""
    c = center["cases"]
    calls.reopen(actor=actors["supervisor"], call_id=c["done"].id, reason="未解决")
    assert CaseResolution.select().where(CaseResolution.call == c["done"].id).count() == 1
    got = dashboard.counts(actor=actors["supervisor"])
    spec = next(a for a in got.agents if a.user_id == actors["specialist"].id)
    assert spec.resolved_today == 1


def test_spike_factor_turns_the_hot_topics(actors, center):
    sup, director = actors["supervisor"], actors["director"]
    hot = dashboard.counts(actor=sup).hot
    assert [h.spike for h in hot] == [True, True]  # 3 vs 3/7 a day, 1 vs 1/7
    dashboard.set_thresholds(actor=director, spike_factor_pct=800)
    got = dashboard.counts(actor=sup)
    assert [h.spike for h in got.hot] == [False, False]  # 3 < 8 × 3/7, 1 < 8/7
    assert got.levels["hot"] == "ok"


def test_spot_check_progress_counts_the_drawn_sample(actors, center):
    from hotline.services import quality

    sup = actors["supervisor"]
    sample = quality.draw_sample(actor=sup, agent_id=actors["duty_officer"].id,
                                 month="2026-05", seed=3)
    drawn = set(sample.drawn_ids) | set(sample.mandatory_ids)
    assert drawn
    qa = dashboard.rates(actor=sup).qa
    assert qa.target == len(drawn) and qa.done == 0
    # May 5th 10:30 is (4 days 10.5 hours) / 31 days into the month
    assert qa.expected_by_now == round(len(drawn) * (4 * 24 + 10.5) / (31 * 24), 2)


def test_overdue_rectifications_show_on_the_spot_check_tile(actors, center,
                                                            frozen_clock):
    from hotline.domain import quality as rules
    from hotline.services import quality

    sup = actors["supervisor"]
    c = center["cases"]
    scores = {i.code: i.points for i in rules.DEFAULT_RUBRIC.items}
    review = quality.score_case(actor=sup, call_id=c["answered1"].id, scores=scores,
                                vetoes=["leak"])
    assert review.rectification is not None
    got = dashboard.rates(actor=sup)
    assert got.qa.done == 1 and got.qa.open_rectifications == 1
    assert got.qa.overdue_rectifications == 0 and got.levels["qa"] == "ok"
    assert dashboard.tile_cases(actor=sup, tile="qa_overdue") == []
    frozen_clock.at(NOW + dt.timedelta(days=10))  # past its 3 working days
    got = dashboard.rates(actor=sup)
    assert got.qa.overdue_rectifications == 1 and got.levels["qa"] == "alarm"
    assert [r.ticket_no for r in dashboard.tile_cases(actor=sup, tile="qa_overdue")] \
        == [c["answered1"].ticket_no]
