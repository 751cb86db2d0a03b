"""Appraisal (绩效考核, DESIGN §11): the settings (weights, KPI targets), each
agent's quarterly and annual evaluation computed from the KPIs (services/kpi.py),
QA reviews and surveys plus the supervisor's and the agent's own scores, the 优秀
quota at finalization, the agent's sign-off and the one-page sheet. The rules
without a database are in `hotline.domain.appraisal`.

Flow: compute_period (draft rows, recomputed on demand, keeping the scores already
entered) → set_review_scores (supervisor) and self_score (the agent, own only) →
finalize (every evaluation needs a supervisor score; the period's grades with the
quota are fixed) → sign (the agent, own only, after final). A final period is not
recomputed or re-scored.

Each evaluation stores the settings it was computed with (`weights`: the whole
settings dict) and recomputes with those when a score is entered; the director's
later change of the weights applies from the next compute_period of a draft.

Who: "appraisal.manage" (supervisors, directors) computes, scores, finalizes and
lists; nobody scores their own evaluation as supervisor; "appraisal.sign" (duty
officers, specialists, supervisors) reads, self-scores and signs their own only;
the settings are read with "config.view" and changed with "config.manage".
Audit rows carry ids, scores and codes only (the comments by name).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from ..domain import appraisal as rules
from ..models import Evaluation, Setting, User
from . import clock, kpi, validation
from .base import Actor, audit, service
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .permissions import allowed
from .print_log import log_document

SETTING_PREFIX = "appraisal."
GROUPS = tuple(rules.DEFAULTS)  # appraisal.weights, appraisal.targets, …
MAX_COMMENT = 500  # two comments of this length still fit the one-page sheet


# ------------------------------------------------------------------ settings


def _load_settings() -> dict:
    values = {}
    for row in Setting.select().where(
            Setting.key.in_([SETTING_PREFIX + g for g in GROUPS])):
        try:
            values[row.key[len(SETTING_PREFIX):]] = json.loads(row.value)
        except ValueError:
            continue  # a damaged value: the default stands
    try:
        return rules.validate(values)
    except ValidationError:
        return rules.validate({})


@service("config.view")
def get_settings(*, actor: Actor) -> dict:
    """The weights and targets in force: {"weights": {"kpi": 0.4, …},
    "review": {...}, "kpi_weights": {...}, "targets": {...}, "annual": {...},
    "excellent_share": 0.2, "bands": {...}}."""
    return _load_settings()


@service("config.manage", writes=True)
def set_settings(*, actor: Actor, weights: dict | None = None,
                 review: dict | None = None, kpi_weights: dict | None = None,
                 targets: dict | None = None, annual: dict | None = None,
                 excellent_share: float | None = None, bands: dict | None = None
                 ) -> dict:
    """Change some groups (weights=…, targets=…, …); each group is merged over the
    current values and checked (weights add up to 1; the error names the field,
    e.g. 'weights' or 'targets.handled')."""
    values = {k: v for k, v in (
        ("weights", weights), ("review", review), ("kpi_weights", kpi_weights),
        ("targets", targets), ("annual", annual),
        ("excellent_share", excellent_share), ("bands", bands)) if v is not None}
    current = _load_settings()
    proposed = {k: (dict(v) if isinstance(v, dict) else v) for k, v in current.items()}
    for key, value in values.items():
        if isinstance(current[key], dict):
            if not isinstance(value, dict):
                raise ValidationError(key, "must be a mapping", code="invalid")
            proposed[key] = {**current[key], **value}
        else:
            proposed[key] = value
    new = rules.validate(proposed)
    changed = [k for k in GROUPS if new[k] != current[k]]
    for key in changed:
        text = json.dumps(new[key], sort_keys=True)
        if Setting.select().where(Setting.key == SETTING_PREFIX + key).exists():
            Setting.update(value=text).where(Setting.key == SETTING_PREFIX + key) \
                .execute()
        else:
            Setting.create(key=SETTING_PREFIX + key, value=text)
    if changed:
        audit(actor, "setting", None, "appraisal_settings",
              _flat({k: current[k] for k in changed}),
              _flat({k: new[k] for k in changed}))
    return new


def _flat(groups: dict) -> dict:
    """{"weights.kpi": 0.4, …}: numbers by name (the audit log keeps numbers)."""
    out = {}
    for key, value in groups.items():
        if isinstance(value, dict):
            for sub, v in value.items():
                out[f"{key}.{sub}"] = v
        else:
            out[key] = value
    return out


# ------------------------------------------------------------------ views


@dataclass(frozen=True)
class EvaluationView:
    id: int
    user_id: int
    username: str  # 工号
    name: str
    period: str
    kind: str  # quarter | year
    status: str  # draft | final
    kpi_score: float | None
    qa_score: float | None
    satisfaction_score: float | None
    review_score: float | None
    supervisor_score: float | None
    self_score: float | None
    composite: float | None
    grade: str | None
    caps: tuple[str, ...]
    vetoes: int
    inputs: dict  # figures, KPI parts, left-out inputs, quarters (annual)
    weights: dict  # the settings used
    comment: str  # the supervisor's
    evaluator_name: str
    agent_comment: str
    finalized_at: dt.datetime | None
    signed_at: dt.datetime | None


def _view(e: Evaluation, users: dict) -> EvaluationView:
    u = users.get(e.user_id)
    ev = users.get(e.evaluator_id) if e.evaluator_id else None
    kind, _, _ = rules.period_range(e.period, kinds=("quarter", "year"))
    return EvaluationView(
        e.id, e.user_id, u.username if u else str(e.user_id), u.display_name if u else "",
        e.period, kind, e.status, e.kpi_score, e.qa_score, e.customer_score,
        e.review_score, e.supervisor_score, e.self_score, e.composite, e.grade,
        tuple(json.loads(e.caps or "[]")), e.vetoes, json.loads(e.inputs or "{}"),
        json.loads(e.weights or "{}"), e.comment or "",
        ev.display_name if ev else "", e.agent_comment or "", e.finalized_at,
        e.signed_at)


def _views(rows: list[Evaluation]) -> list[EvaluationView]:
    ids = {r.user_id for r in rows} | {r.evaluator_id for r in rows if r.evaluator_id}
    users = {u.id: u for u in User.select().where(User.id.in_(list(ids)))} if ids \
        else {}
    return [_view(r, users) for r in rows]


def _period(period: str) -> tuple[str, dt.datetime, dt.datetime]:
    return rules.period_range(period, kinds=("quarter", "year"))


# ------------------------------------------------------------------ compute


def _score(e: Evaluation) -> None:
    """Recompute an evaluation's review and composite from its stored inputs and
    weights (grades: _regrade)."""
    settings = rules.merged(json.loads(e.weights or "{}"))
    e.review_score = rules.review_score(e.supervisor_score, e.self_score, settings)
    inputs = json.loads(e.inputs or "{}")
    kind, _, _ = _period(e.period)
    if kind == "year":
        c = rules.annual(list(inputs.get("quarters", {}).values()), e.review_score,
                         settings)
    else:
        c = rules.composite(kpi=e.kpi_score, qa=e.qa_score,
                            satisfaction=e.customer_score, review=e.review_score,
                            settings=settings)
    inputs["left_out"] = list(c.left_out)
    e.inputs = json.dumps(inputs, sort_keys=True)
    e.composite = c.score


def _regrade(period: str) -> list[Evaluation]:
    """Grade everyone of the period together (veto caps, 优秀 quota)."""
    rows = list(Evaluation.select().where(Evaluation.period == period)
                .order_by(Evaluation.id))
    if not rows:
        return rows
    settings = rules.merged(json.loads(rows[0].weights or "{}"))
    graded = rules.grade_all(
        [rules.Candidate(e.id, e.composite, json.loads(e.inputs or "{}").get("qa_mean"),
                         e.vetoes) for e in rows], settings)
    now = clock.now()
    for e in rows:
        g = graded[e.id]
        caps = json.dumps(list(g.caps))
        if (e.grade, e.caps) != (g.grade, caps):
            Evaluation.update(grade=g.grade, caps=caps, updated_at=now).where(
                Evaluation.id == e.id).execute()
            e.grade, e.caps = g.grade, caps
    return rows


def _quarter_inputs(row: kpi.KpiRow, settings: dict) -> tuple[dict, float | None]:
    figures = {"handled": row.handled, "on_time": row.on_time_rate,
               "handle_time": row.mean_handle_seconds,
               "attendance": row.attendance_rate}
    parts = rules.kpi_parts(figures, settings)
    score, missing = rules.weighted(parts, settings["kpi_weights"])
    inputs = {
        "figures": figures, "kpi_parts": parts, "kpi_left_out": missing,
        "due": row.due, "late": row.late, "shifts": row.shifts,
        "attended": row.attended, "qa_mean": row.qa_mean, "reviews": row.reviews,
        "satisfaction_mean": row.satisfaction_mean, "surveys": row.surveys,
        "fcr_rate": row.fcr_rate, "articles_published": row.articles_published,
    }
    return inputs, score


@service("appraisal.manage", writes=True)
def compute_period(*, actor: Actor, period: str) -> list[EvaluationView]:
    """Compute (or recompute, as a draft) every agent's evaluation of the quarter
    ('2026-Q4') or year ('2026') with the settings in force; scores already entered
    are kept. Refused once the period is final."""
    kind, start, end = _period(period)
    period = f"{start.year}" if kind == "year" else \
        f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    existing = {e.user_id: e for e in Evaluation.select().where(
        Evaluation.period == period)}
    if any(e.status == "final" for e in existing.values()):
        raise Conflict(f"the appraisal of {period} is final", code="period_final",
                       period=period)
    settings = _load_settings()
    weights = json.dumps(settings, sort_keys=True)
    now = clock.now()
    computed: dict[int, dict] = {}
    if kind == "quarter":
        for row in kpi.compute_rows(start, end):
            inputs, kpi_value = _quarter_inputs(row, settings)
            computed[row.user_id] = dict(
                kpi_score=kpi_value, qa_score=row.qa_mean,
                customer_score=rules.satisfaction_score(row.satisfaction_mean),
                vetoes=row.vetoes, inputs=inputs)
    else:
        for q in rules.quarters_of(start.year):
            for e in Evaluation.select().where(Evaluation.period == q):
                entry = computed.setdefault(e.user_id, dict(
                    kpi_score=None, qa_score=None, customer_score=None, vetoes=0,
                    inputs={"quarters": {}}))
                entry["inputs"]["quarters"][q] = e.composite
                entry["vetoes"] += e.vetoes
        for uid, entry in computed.items():  # ties at the quota: the quarters' QA
            qa_means = [json.loads(e.inputs or "{}").get("qa_mean") for e in
                        Evaluation.select().where(
                            Evaluation.user == uid,
                            Evaluation.period.in_(rules.quarters_of(start.year)))]
            qa_means = [v for v in qa_means if v is not None]
            entry["inputs"]["qa_mean"] = (sum(qa_means) / len(qa_means)
                                          if qa_means else None)
    for uid, values in computed.items():
        e = existing.get(uid)
        if e is None:
            e = Evaluation(user=uid, period=period, created_at=now)
        e.kpi_score = values["kpi_score"]
        e.qa_score = values["qa_score"]
        e.customer_score = values["customer_score"]
        e.vetoes = values["vetoes"]
        e.inputs = json.dumps(values["inputs"], sort_keys=True)
        e.weights = weights
        e.status = "draft"
        e.updated_at = now
        _score(e)
        e.save()
        existing[uid] = e
    for uid, e in existing.items():  # no figure any more (left, or role changed):
        if uid not in computed:  # kept with its inputs, scored with the same weights
            e.weights, e.updated_at = weights, now
            _score(e)
            e.save()
    _regrade(period)
    audit(actor, "evaluation", None, "compute", None,
          {"period": period, "count": len(computed)})
    rows = list(Evaluation.select().where(Evaluation.period == period)
                .order_by(Evaluation.id))
    return sorted(_views(rows), key=lambda v: v.username)


def _evaluation(evaluation_id) -> Evaluation:
    evaluation_id = validation.integer("evaluation_id", evaluation_id, minimum=1)
    e = Evaluation.get_or_none(Evaluation.id == evaluation_id)
    if e is None:
        raise NotFound(f"evaluation {evaluation_id} not found", code="not_found")
    return e


def _score_value(field: str, value) -> float:
    return rules._number(field, value, maximum=100)


def _comment(field: str, value) -> str:
    return validation.text(field, value or "", max_len=MAX_COMMENT)


def _draft(e: Evaluation) -> None:
    if e.status == "final":
        raise Conflict(f"the appraisal of {e.period} is final", code="period_final",
                       period=e.period)


def _own(actor: Actor, e: Evaluation) -> None:
    if e.user_id != actor.id:
        raise PermissionDenied("appraisal.sign", actor.role, code="not_your_evaluation")


def _one(e_id: int) -> EvaluationView:
    return _views([Evaluation.get_by_id(e_id)])[0]


@service("appraisal.manage", writes=True)
def set_review_scores(*, actor: Actor, evaluation_id: int, supervisor_score,
                      comment: str = "") -> EvaluationView:
    """The supervisor's score (0-100) and comment on a draft; not on one's own."""
    e = _evaluation(evaluation_id)
    if e.user_id == actor.id:
        raise PermissionDenied("appraisal.manage", actor.role,
                               code="own_evaluation")
    _draft(e)
    score = _score_value("supervisor_score", supervisor_score)
    comment = _comment("comment", comment)
    old = {"supervisor_score": e.supervisor_score, "evaluator": e.evaluator_id}
    e.supervisor_score, e.comment, e.evaluator = score, comment, actor.id
    _score(e)
    e.updated_at = clock.now()
    e.save()
    _regrade(e.period)
    audit(actor, "evaluation", e.id, "review", old,
          {"supervisor_score": score, "evaluator": actor.id, "comment": comment})
    return _one(e.id)


@service("appraisal.sign", writes=True)
def self_score(*, actor: Actor, evaluation_id: int, score) -> EvaluationView:
    """The agent's own score (0-100) on their own draft evaluation."""
    e = _evaluation(evaluation_id)
    _own(actor, e)
    _draft(e)
    value = _score_value("score", score)
    old = {"self_score": e.self_score}
    e.self_score = value
    _score(e)
    e.updated_at = clock.now()
    e.save()
    _regrade(e.period)
    audit(actor, "evaluation", e.id, "self_score", old, {"self_score": value})
    return _one(e.id)


@service("appraisal.manage", writes=True)
def finalize(*, actor: Actor, period: str) -> list[EvaluationView]:
    """Fix the period's grades: every evaluation needs a supervisor score; the 优秀
    quota is applied across the staff of the period."""
    kind, start, _ = _period(period)
    period = f"{start.year}" if kind == "year" else \
        f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    rows = list(Evaluation.select().where(Evaluation.period == period))
    if not rows:
        raise NotFound(f"nothing computed for {period}", code="nothing_computed",
                       period=period)
    if any(e.status == "final" for e in rows):
        raise Conflict(f"the appraisal of {period} is final", code="period_final",
                       period=period)
    missing = [e for e in rows if e.supervisor_score is None]
    if missing:
        raise ValidationError("supervisor_score",
                              f"is missing for {len(missing)} evaluation(s)",
                              code="missing_review", count=len(missing))
    for e in rows:
        _score(e)
        e.save()
    _regrade(period)
    now = clock.now()
    Evaluation.update(status="final", finalized_at=now, updated_at=now).where(
        Evaluation.period == period).execute()
    audit(actor, "evaluation", None, "finalize", None,
          {"period": period, "count": len(rows)})
    return _list(period)


@service("appraisal.sign", writes=True)
def sign(*, actor: Actor, evaluation_id: int, comment: str = "") -> EvaluationView:
    """The agent signs their own final sheet, with an optional comment."""
    e = _evaluation(evaluation_id)
    _own(actor, e)
    if e.status != "final":
        raise Conflict("the evaluation is not final yet", code="not_final")
    if e.signed_at is not None:
        raise Conflict("the evaluation is signed already", code="already_signed")
    comment = _comment("comment", comment)
    now = clock.now()
    Evaluation.update(signed_at=now, agent_comment=comment, updated_at=now).where(
        Evaluation.id == e.id).execute()
    audit(actor, "evaluation", e.id, "sign", None,
          {"signed_at": now, "comment": comment})
    return _one(e.id)


def _readable(actor: Actor, e: Evaluation) -> None:
    if actor.is_system or allowed(actor.role, "appraisal.manage"):
        return
    if allowed(actor.role, "appraisal.sign") and e.user_id == actor.id:
        return
    raise PermissionDenied("appraisal.sign", actor.role, code="not_your_evaluation")


@service(None)
def get(*, actor: Actor, evaluation_id: int) -> EvaluationView:
    """One evaluation: the managers any, an agent their own."""
    e = _evaluation(evaluation_id)
    _readable(actor, e)
    return _one(e.id)


@service("appraisal.manage")
def list_period(*, actor: Actor, period: str) -> list[EvaluationView]:
    kind, start, _ = _period(period)
    period = f"{start.year}" if kind == "year" else \
        f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return _list(period)


def _list(period: str) -> list[EvaluationView]:
    rows = list(Evaluation.select().where(Evaluation.period == period))
    return sorted(_views(rows), key=lambda v: v.username)


@service("appraisal.sign")
def mine(*, actor: Actor) -> list[EvaluationView]:
    """The actor's own evaluations, newest period first."""
    rows = list(Evaluation.select().where(Evaluation.user == actor.id))
    return sorted(_views(rows), key=lambda v: (v.period[:4], v.kind == "quarter",
                                               v.period), reverse=True)


@dataclass(frozen=True)
class SheetResult:
    path: str
    pages: int


@service(None, writes=True)
def write_sheet(*, actor: Actor, evaluation_id: int, path: str | Path,
                lang: str = "zh") -> SheetResult:
    """The one-page A4 sheet of an evaluation (the managers any, an agent their
    own), logged in the print log."""
    from ..reports import appraisal_sheet
    from .monthly_report import _center_name

    e = _evaluation(evaluation_id)
    _readable(actor, e)
    view = _one(e.id)
    lang = "en" if lang == "en" else "zh"
    path = Path(path)
    try:
        pages = appraisal_sheet.build(view, str(path), center_name=_center_name(lang),
                                      printed_by=actor.display_name,
                                      printed_at=clock.now(), lang=lang)
    except OSError as exc:
        raise ValidationError("path", f"cannot be written ({exc.strerror})") from None
    log_document(actor, document="appraisal_sheet", pages=pages,
                 detail=f"{view.period} #{view.id}")
    return SheetResult(str(path), pages)


@service(None, writes=True)
def record_print(*, actor: Actor, evaluation_id: int, pages: int) -> None:
    """A sheet printed on paper (the page printed the file write_sheet made)."""
    e = _evaluation(evaluation_id)
    _readable(actor, e)
    pages = validation.integer("pages", pages, minimum=0, maximum=10_000)
    log_document(actor, document="appraisal_sheet", pages=pages,
                 destination="printer", detail=f"{e.period} #{e.id}")
