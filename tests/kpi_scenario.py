"""The month both the KPI and the appraisal tests read (tests/unit/test_kpi.py,
test_appraisal.py, tests/ui/test_kpi_page.py): what each agent did in May 2026."""

import datetime as dt

from hotline.domain import quality as qa_rules
from hotline.models import Shift
from helpers import PASSWORD
from hotline.services import calls, knowledge, quality, users

T = dt.datetime


def full_scores():
    return {i.code: i.points for i in qa_rules.DEFAULT_RUBRIC.items}


def build_may(actors, frozen_clock):
    """May 2026. The duty officer logs 4 answered calls (100, 200, 300, 400 s), a
    hang-up (20 s) and 2 urgent tickets (60 s each) for the specialist, who
    resolves one in 2 h (on time, 4 h allowed) and one in 6 h (late). Two surveys
    on the duty officer's answered calls (5 and 3); two reviews of them (100, and
    one with a veto: 0). The specialist publishes a knowledge article. The duty
    officer had three shifts before now: one with calls in it, one signed in for
half an hour before it starts, one with nothing (absent)."""
    duty, spec, sup = actors["duty_officer"], actors["specialist"], actors["supervisor"]
    clock = frozen_clock
    clock.at(T(2026, 5, 20, 12, 0))
    answered = []
    for day, seconds in zip((4, 5, 6, 7), (100, 200, 300, 400)):
        answered.append(calls.log_call(
            actor=duty, outcome="answered", subject="咨询", solution="已答复",
            received_at=T(2026, 5, day, 9, 0), duration_seconds=seconds).id)
    hang_up = calls.log_call(actor=duty, outcome="hang_up",
                             received_at=T(2026, 5, 8, 9, 0), duration_seconds=20).id
    tickets = []
    for day, hours in ((11, 2), (12, 6)):
        clock.at(T(2026, 5, day, 10, 0))
        case = calls.log_call(actor=duty, outcome="transferred", subject="欠薪",
                              priority="urgent", assignee_id=spec.id,
                              received_at=T(2026, 5, day, 10, 0),
                              duration_seconds=60)
        calls.start(actor=spec, call_id=case.id)
        clock.at(T(2026, 5, day, 10 + hours, 0))
        calls.resolve(actor=spec, call_id=case.id, solution="已处理")
        tickets.append(case.id)
    clock.at(T(2026, 5, 15, 9, 0))
    calls.record_survey(actor=duty, call_id=answered[0], rating=5)
    calls.record_survey(actor=duty, call_id=answered[1], rating=3)
    good = quality.score_case(actor=sup, call_id=answered[2], scores=full_scores())
    veto = qa_rules.DEFAULT_RUBRIC.vetoes[0].code
    bad = quality.score_case(actor=sup, call_id=answered[3], scores=full_scores(),
                             vetoes=[veto], rule="规范", action="整改")
    article = knowledge.create_article(actor=spec, title="欠薪怎么办", body="步骤")
    if article.status != "published":
        knowledge.publish(actor=spec, article_id=article.id)
    Shift.create(user=duty.id, starts_at=T(2026, 5, 4, 8, 0),
                 ends_at=T(2026, 5, 4, 16, 0), label="早班")
    Shift.create(user=duty.id, starts_at=T(2026, 5, 9, 8, 0),
                 ends_at=T(2026, 5, 9, 16, 0), label="早班")
    Shift.create(user=duty.id, starts_at=T(2026, 5, 10, 8, 0),
                 ends_at=T(2026, 5, 10, 16, 0), label="早班")
    clock.at(T(2026, 5, 10, 7, 30))  # signs in half an hour before the shift
    users.authenticate(username=duty.username, password=PASSWORD)
    Shift.create(user=duty.id, starts_at=T(2026, 5, 28, 8, 0),  # after now
                 ends_at=T(2026, 5, 28, 16, 0), label="早班")
    clock.at(T(2026, 5, 20, 12, 0))
    return {"answered": answered, "hang_up": hang_up, "tickets": tickets,
            "reviews": (good, bad)}
