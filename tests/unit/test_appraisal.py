"""Appraisal (services/appraisal.py, DESIGN §11) on each backend: the quarter's
evaluation of an agent equals a hand computation from its inputs, the weights used
are stored with it, the 优秀 quota with ties and the veto caps across the staff,
the sign-off (own only, after final), the annual score, the settings, and the
one-page sheet whose numbers come back through pdftotext."""

import json

import pytest

from helpers import make_user
from kpi_scenario import T, build_may, full_scores
from pdf_checks import assert_fonts_embedded, pdf_text

from hotline.models import AuditLog, Evaluation, PrintLog
from hotline.services import appraisal, calls, kpi, quality
from hotline.services.errors import Conflict, PermissionDenied, ValidationError

Q = "2026-Q2"


@pytest.fixture
def may(database, actors, frozen_clock):
    data = build_may(actors, frozen_clock)
    appraisal.set_settings(actor=actors["director"], targets={"handled": 10})
    return data


def eval_of(views, actor):
    return next(v for v in views if v.user_id == actor.id)


def test_quarter_evaluation_equals_a_hand_computation(actors, may):
    sup, duty = actors["supervisor"], actors["duty_officer"]
    views = appraisal.compute_period(actor=sup, period=Q)
    assert {v.username for v in views} == {"duty_officer1", "specialist1",
                                           "specialist2"}
    e = eval_of(views, duty)
    appraisal.set_review_scores(actor=sup, evaluation_id=e.id, supervisor_score=80,
                                comment="服务规范，记录完整")
    e = appraisal.self_score(actor=duty, evaluation_id=e.id, score=100)
    # the duty officer's quarter, by hand (targets: 10 handled, 95 % on time,
    # 300 s, 98 % attendance; KPI parts weighted equally):
    handled = 100 * 7 / 10  # 7 calls handled
    speed = 100.0  # 162.9 s mean, under 300 s
    attendance = 100 * (2 / 3) / 0.98  # 2 of 3 shifts
    kpi_ = (handled + speed + attendance) / 3  # no due time: on-time left out
    qa = 50.0  # 100 and 0 (veto)
    satisfaction = (4.0 - 1) * 25  # ratings 5 and 3
    review = 0.9 * 80 + 0.1 * 100
    composite = 0.40 * kpi_ + 0.25 * qa + 0.20 * satisfaction + 0.15 * review
    assert e.kpi_score == pytest.approx(kpi_)
    assert (e.qa_score, e.satisfaction_score, e.review_score) == (qa, satisfaction,
                                                                   review)
    assert e.composite == round(composite, 2) == 71.54
    assert e.grade == "合格" and e.vetoes == 1 and e.caps == ()
    assert e.inputs["kpi_left_out"] == ["on_time"] and e.inputs["left_out"] == []
    # the weights used are stored with it, and later settings do not change it
    assert e.weights["targets"]["handled"] == 10
    assert e.weights["weights"] == {"kpi": 0.4, "qa": 0.25, "satisfaction": 0.2,
                                    "review": 0.15}
    appraisal.set_settings(actor=actors["director"],
                           weights={"kpi": 0.25, "qa": 0.25, "satisfaction": 0.25,
                                    "review": 0.25})
    e = appraisal.set_review_scores(actor=sup, evaluation_id=e.id,
                                    supervisor_score=80, comment="")
    assert e.composite == 71.54
    stored = json.loads(Evaluation.get_by_id(e.id).weights)
    assert stored["targets"]["handled"] == 10
    # recomputing the draft takes the new weights and keeps the scores entered
    e = eval_of(appraisal.compute_period(actor=sup, period=Q), duty)
    assert (e.supervisor_score, e.self_score) == (80, 100)
    assert e.composite == round(0.25 * (kpi_ + qa + satisfaction + review), 2)
    # the audit log has the scores, not the comment
    rows = [r.new for r in AuditLog.select().where(AuditLog.entity == "evaluation")]
    assert rows and not any("服务规范" in (r or "") for r in rows)


def test_veto_caps_and_the_excellent_quota_with_a_tie(database, actors,
                                                       frozen_clock):
    build_may(actors, frozen_clock)
    sup, spec, spec2 = actors["supervisor"], actors["specialist"], \
        actors["specialist2"]
    extra = [make_user(f"specialist{i}", "specialist") for i in (3, 4, 5)]
    # the specialist's ticket reviewed: QA 100 (breaks the tie below)
    ticket = kpi.cases(actor=sup, period="2026-05", user_id=spec.id,
                       figure="handled")[0].call_id
    quality.score_case(actor=sup, call_id=ticket, scores=full_scores())
    # the review alone decides (weights are settings)
    appraisal.set_settings(actor=actors["director"],
                           weights={"kpi": 0, "qa": 0, "satisfaction": 0, "review": 1})
    views = appraisal.compute_period(actor=sup, period=Q)
    assert len(views) == 6  # 6 staff: floor(20 % of 6) = 1 may be 优秀
    scores = {actors["duty_officer"].id: 95, spec.id: 93, spec2.id: 93,
              extra[0].id: 93, extra[1].id: 70, extra[2].id: 59}
    for v in views:
        appraisal.set_review_scores(actor=sup, evaluation_id=v.id,
                                    supervisor_score=scores[v.user_id])
    final = {v.user_id: v for v in appraisal.finalize(actor=sup, period=Q)}
    duty = final[actors["duty_officer"].id]
    assert (duty.composite, duty.grade, duty.caps) == (95, "合格", ("veto_one",))
    assert final[spec.id].grade == "优秀"  # 93 and QA 100 beats 93 and no QA
    for uid in (spec2.id, extra[0].id):
        assert (final[uid].grade, final[uid].caps) == ("良好", ("excellent_quota",))
    assert final[extra[1].id].grade == "合格"
    assert final[extra[2].id].grade == "不合格"
    assert sum(v.grade == "优秀" for v in final.values()) == 1
    assert {v.status for v in final.values()} == {"final"}


def test_sign_off_own_sheet_only_after_final(actors, may):
    sup, duty, spec = actors["supervisor"], actors["duty_officer"], \
        actors["specialist"]
    views = appraisal.compute_period(actor=sup, period=Q)
    mine, theirs = eval_of(views, duty), eval_of(views, spec)
    with pytest.raises(PermissionDenied):
        appraisal.self_score(actor=duty, evaluation_id=theirs.id, score=90)
    with pytest.raises(PermissionDenied):
        appraisal.get(actor=duty, evaluation_id=theirs.id)
    with pytest.raises(Conflict):
        appraisal.sign(actor=duty, evaluation_id=mine.id)  # not final yet
    with pytest.raises(ValidationError) as missing:
        appraisal.finalize(actor=sup, period=Q)
    assert missing.value.field == "supervisor_score"
    with pytest.raises(ValidationError) as bad:
        appraisal.set_review_scores(actor=sup, evaluation_id=mine.id,
                                    supervisor_score=101)
    assert bad.value.field == "supervisor_score"
    for v in views:
        appraisal.set_review_scores(actor=sup, evaluation_id=v.id,
                                    supervisor_score=85)
    appraisal.finalize(actor=sup, period=Q)
    with pytest.raises(Conflict):
        appraisal.self_score(actor=duty, evaluation_id=mine.id, score=90)
    with pytest.raises(Conflict):
        appraisal.compute_period(actor=sup, period=Q)
    with pytest.raises(PermissionDenied):
        appraisal.sign(actor=duty, evaluation_id=theirs.id)
    signed = appraisal.sign(actor=duty, evaluation_id=mine.id, comment="无异议")
    assert signed.signed_at == T(2026, 5, 20, 12, 0) and signed.agent_comment == "无异议"
    with pytest.raises(Conflict):
        appraisal.sign(actor=duty, evaluation_id=mine.id)
    assert [v.id for v in appraisal.mine(actor=duty)] == [mine.id]
    with pytest.raises(PermissionDenied):
        appraisal.list_period(actor=duty, period=Q)
    with pytest.raises(PermissionDenied):  # a director does not sign sheets
        appraisal.mine(actor=actors["director"])


def test_no_one_scores_their_own_evaluation(actors, may):
    sup = actors["supervisor"]
    # the supervisor handled a call: they are appraised too
    calls.log_call(actor=sup, outcome="answered", subject="咨询", solution="已答复",
                   received_at=T(2026, 5, 19, 9, 0))
    views = appraisal.compute_period(actor=sup, period=Q)
    own = eval_of(views, sup)
    with pytest.raises(PermissionDenied):
        appraisal.set_review_scores(actor=sup, evaluation_id=own.id,
                                    supervisor_score=100)
    appraisal.set_review_scores(actor=actors["director"], evaluation_id=own.id,
                                supervisor_score=100)


def test_annual_from_the_quarters(actors, may):
    sup, duty = actors["supervisor"], actors["duty_officer"]
    e = eval_of(appraisal.compute_period(actor=sup, period=Q), duty)
    appraisal.set_review_scores(actor=sup, evaluation_id=e.id, supervisor_score=80)
    appraisal.self_score(actor=duty, evaluation_id=e.id, score=100)
    year = eval_of(appraisal.compute_period(actor=sup, period="2026"), duty)
    assert year.inputs["quarters"] == {Q: 71.54} and year.vetoes == 1
    year = appraisal.set_review_scores(actor=sup, evaluation_id=year.id,
                                       supervisor_score=90)
    # 0.8 · 71.54 + 0.2 · 90 = 75.232
    assert year.composite == 75.23 and year.grade == "合格"


def test_settings_are_checked_and_audited(actors, database):
    director = actors["director"]
    assert appraisal.get_settings(actor=actors["duty_officer"])["weights"]["kpi"] == 0.4
    with pytest.raises(ValidationError) as e:
        appraisal.set_settings(actor=director, weights={"kpi": 0.5})
    assert e.value.field == "weights"
    with pytest.raises(ValidationError) as e:
        appraisal.set_settings(actor=director, targets={"on_time": 2})
    assert e.value.field == "targets.on_time"
    with pytest.raises(PermissionDenied):
        appraisal.set_settings(actor=actors["supervisor"], targets={"handled": 5})
    new = appraisal.set_settings(actor=director, targets={"handled": 450},
                                 kpi_weights={"handled": 0.4, "on_time": 0.3,
                                              "handle_time": 0.2, "attendance": 0.1})
    assert new["targets"]["handled"] == 450
    assert appraisal.get_settings(actor=director)["kpi_weights"]["handled"] == 0.4
    row = AuditLog.select().where(AuditLog.action == "appraisal_settings").first()
    assert row is not None and row.actor_id == director.id


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_sheet_gives_its_numbers_back(actors, may, tmp_path, lang):
    sup, duty = actors["supervisor"], actors["duty_officer"]
    e = eval_of(appraisal.compute_period(actor=sup, period=Q), duty)
    appraisal.set_review_scores(actor=sup, evaluation_id=e.id, supervisor_score=80,
                                comment="<b>继续保持</b> & 改进")
    appraisal.self_score(actor=duty, evaluation_id=e.id, score=100)
    path = tmp_path / "sheet.pdf"
    result = appraisal.write_sheet(actor=duty, evaluation_id=e.id, path=path,
                                   lang=lang)
    assert result.pages == 1
    text = pdf_text(path)
    for number in ("71.54", "79.34", "70.00", "100.00", "68.03", "50.00", "75.00",
                   "82.00", "80.00", "0.40", "0.25", "0.15", "162.9", "10", "95.00%",
                   "66.67%", "duty_officer1", "duty_officerone", "<b>继续保持</b>&改进"):
        assert number in text, number
    assert ("合格" in text) and (("考核期间" in text) if lang == "zh" else
                                  ("Period" in text))
    assert ("2026年第2季度" in text) if lang == "zh" else ("2026Q2" in text)
    assert_fonts_embedded(path)
    log = PrintLog.select().order_by(PrintLog.id.desc()).first()
    assert log.document == "appraisal_sheet" and log.actor_id == duty.id
    with pytest.raises(PermissionDenied):
        appraisal.write_sheet(actor=actors["specialist"], evaluation_id=e.id,
                              path=tmp_path / "x.pdf")


def test_migration_13_adds_the_columns_to_an_older_evaluation_table(database, actors):
    """A database made before migration 13 (evaluation without the appraisal
    columns) gets them; the migration runs twice without harm."""
    from hotline.storage.migrations import _m013_appraisal

    new = ("qa_score", "review_score", "grade", "caps", "inputs", "vetoes", "status",
           "finalized_at", "signed_at", "agent_comment", "updated_at")
    for name in new:
        database.execute_sql(f'ALTER TABLE "evaluation" DROP COLUMN "{name}"')
    database.execute_sql(
        'INSERT INTO "evaluation" ("user_id", "period", "weights", "comment", '
        "\"created_at\") VALUES (?, '2025-Q4', '{}', '', ?)".replace(
            "?", database.param), (actors["duty_officer"].id, T(2026, 1, 5)))
    _m013_appraisal(database)
    _m013_appraisal(database)
    columns = {c.name for c in database.get_columns("evaluation")}
    assert set(new) <= columns
    old = Evaluation.get(Evaluation.period == "2025-Q4")
    assert (old.status, old.caps, old.inputs, old.vetoes, old.grade) == \
        ("draft", "[]", "{}", 0, None)
    view = appraisal.get(actor=actors["supervisor"], evaluation_id=old.id)
    assert view.status == "draft" and view.caps == ()


def test_sheet_lists_the_inputs_left_out(actors, may, tmp_path):
    """An agent with no survey, no review and no supervisor score yet: the sheet
    says which inputs had no figure (their weights scaled up)."""
    sup, spec2 = actors["supervisor"], actors["specialist2"]
    e = eval_of(appraisal.compute_period(actor=sup, period=Q), spec2)
    assert e.inputs["left_out"] == ["qa", "satisfaction", "review"]
    assert e.composite == 0.0 and e.grade == "不合格"  # nothing handled: KPI 0
    path = tmp_path / "empty.pdf"
    appraisal.write_sheet(actor=sup, evaluation_id=e.id, path=path)
    text = pdf_text(path)
    assert "无数据未计入(权重按比例放大)：质检均分、满意度(均分1–5→0–100)、评价" in text
    assert "{s}" not in text and "specialist2" in text


def test_the_longest_comments_still_fit_one_page(actors, may, tmp_path):
    sup, duty = actors["supervisor"], actors["duty_officer"]
    e = eval_of(appraisal.compute_period(actor=sup, period=Q), duty)
    long = "服务规范记录完整态度良好" * 50
    with pytest.raises(ValidationError) as too_long:
        appraisal.set_review_scores(actor=sup, evaluation_id=e.id,
                                    supervisor_score=80, comment=long)
    assert too_long.value.field == "comment"
    appraisal.set_review_scores(actor=sup, evaluation_id=e.id, supervisor_score=80,
                                comment=long[:appraisal.MAX_COMMENT])
    for v in appraisal.list_period(actor=sup, period=Q):
        if v.id != e.id:
            appraisal.set_review_scores(actor=sup, evaluation_id=v.id,
                                        supervisor_score=80)
    appraisal.finalize(actor=sup, period=Q)
    appraisal.sign(actor=duty, evaluation_id=e.id, comment=long[:appraisal.MAX_COMMENT])
    for lang in ("zh", "en"):
        result = appraisal.write_sheet(actor=sup, evaluation_id=e.id,
                                       path=tmp_path / f"long-{lang}.pdf", lang=lang)
        assert result.pages == 1, lang


def test_a_print_is_logged_for_whoever_may_read_the_sheet(actors, may):
    sup, duty = actors["supervisor"], actors["duty_officer"]
    e = eval_of(appraisal.compute_period(actor=sup, period=Q), duty)
    appraisal.record_print(actor=duty, evaluation_id=e.id, pages=1)
    row = PrintLog.select().order_by(PrintLog.id.desc()).get()
    assert (row.document, row.destination, row.pages, row.actor_id) == (
        "appraisal_sheet", "printer", 1, duty.id)
    with pytest.raises(PermissionDenied):
        appraisal.record_print(actor=actors["specialist"], evaluation_id=e.id,
                               pages=1)
    with pytest.raises(PermissionDenied):
        appraisal.record_print(actor=actors["secretary"], evaluation_id=e.id,
                               pages=1)
