"""Appraisal (绩效考核, DESIGN §11) without a database: the KPI score against
targets, the quarterly composite, grades with the veto caps and the 优秀 quota, the
annual score. Every weight and target comes from a settings dict whose defaults
are DESIGN's (`DEFAULTS`); the services store the dict used with each evaluation.

Rules where DESIGN leaves a choice (each one tested in test_appraisal_domain.py):

- KPI parts, each 0-100, linear against its target:
  handled (calls handled in the quarter) and on-time rate and attendance rate
  (higher is better): 100·min(1, actual ÷ target);
  handle time (mean seconds, lower is better): 100 at or below the target, falling
  linearly to 0 at twice the target: 100·clamp(2 − actual ÷ target, 0, 1).
  KPI = the parts weighted by `kpi_weights`. A part with no figure (no due times
  in the quarter, no call with a duration, no rostered shift) is left out and the
  other parts' weights are scaled up to sum to 1; with no part at all KPI is None.
- Satisfaction: the mean rating 1-5 mapped linearly onto 0-100 with 1 → 0 and
  5 → 100: (mean − 1) × 25 (so 4 = 满意 → 75).
- Review = 0.9·supervisor + 0.1·self (scores 0-100); without a self score the
  review is the supervisor's score alone; without a supervisor score it is None.
- Composite = 0.40·KPI + 0.25·QA mean + 0.20·satisfaction + 0.15·review. An input
  with no figure (no QA review, no survey in the quarter) is left out and the other
  weights are scaled up the same way (the sheet lists what was left out). Rounded
  half up to 2 decimals before grading.
- Grades by composite: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below. One veto in the
  period caps the grade at 合格; two or more make it 不合格.
- 优秀 quota: at most floor(20 % × staff) people, staff = every evaluation of the
  period (rounded down: 4 people → 0, 5 → 1, 14 → 2). The candidates (≥ 90 and not
  capped by a veto) are ranked by composite, then QA mean (higher first; no QA mean
  ranks last). When people tied on both straddle the quota line, none of the tied
  group gets 优秀 (no coin toss decides a grade); everyone over the quota gets 良好.
- Annual = 0.8·mean of the year's quarterly composites + 0.2·annual review, the
  same grades, veto caps counted over the year, the same quota.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .errors import ValidationError

EXCELLENT, GOOD, PASS, FAIL = "优秀", "良好", "合格", "不合格"
GRADES = (EXCELLENT, GOOD, PASS, FAIL)
GRADE_ORDER = {g: i for i, g in enumerate(GRADES)}

KPI_PARTS = ("handled", "on_time", "handle_time", "attendance")
INPUTS = ("kpi", "qa", "satisfaction", "review")

DEFAULTS: dict = {
    "weights": {"kpi": 0.40, "qa": 0.25, "satisfaction": 0.20, "review": 0.15},
    "review": {"supervisor": 0.9, "self": 0.1},
    "kpi_weights": {"handled": 0.25, "on_time": 0.25, "handle_time": 0.25,
                    "attendance": 0.25},
    "targets": {"handled": 300, "on_time": 0.95, "handle_time": 300,
                "attendance": 0.98},
    "annual": {"quarters": 0.8, "review": 0.2},
    "excellent_share": 0.20,
    "bands": {"excellent": 90, "good": 80, "pass": 60},
}

# caps recorded with a grade (codes the sheet and the pages translate)
CAP_ONE_VETO = "veto_one"  # one veto: at most 合格
CAP_VETOES = "veto_two"  # two or more vetoes: 不合格
CAP_QUOTA = "excellent_quota"  # ≥ 90 but over the 优秀 quota: 良好


def merged(settings: dict | None) -> dict:
    """DEFAULTS with the given values over them (one level of nesting)."""
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in DEFAULTS.items()}
    for key, value in (settings or {}).items():
        if isinstance(out.get(key), dict) and isinstance(value, dict):
            out[key].update(value)
        else:
            out[key] = value
    return out


def _number(field_name: str, value, *, minimum=0.0, maximum=None) -> float:
    if isinstance(value, bool):
        raise ValidationError(field_name, "must be a number", code="not_a_number")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(field_name, "must be a number", code="not_a_number") \
            from None
    if math.isnan(number) or math.isinf(number):
        raise ValidationError(field_name, "must be a number", code="not_a_number")
    if number < minimum or (maximum is not None and number > maximum):
        raise ValidationError(field_name, f"must be between {minimum} and {maximum}",
                              code="out_of_range", minimum=minimum, maximum=maximum)
    return number


def _sums_to_one(field_name: str, weights: dict) -> None:
    if abs(sum(weights.values()) - 1.0) > 1e-6:
        raise ValidationError(field_name, "the weights must add up to 1",
                              code="weights_sum", total=round(sum(weights.values()), 6))


def validate(settings: dict) -> dict:
    """A complete, checked settings dict (errors name the field, e.g.
    'weights.kpi', 'targets.handled')."""
    s = merged(settings)
    for group, keys in (("weights", INPUTS), ("review", ("supervisor", "self")),
                        ("kpi_weights", KPI_PARTS), ("annual", ("quarters", "review"))):
        values = s[group]
        unknown = set(values) - set(keys)
        if unknown:
            raise ValidationError(f"{group}.{sorted(unknown)[0]}", "is not a setting",
                                  code="unknown")
        s[group] = {k: _number(f"{group}.{k}", values[k], maximum=1) for k in keys}
        _sums_to_one(group, s[group])
    targets = s["targets"]
    unknown = set(targets) - set(KPI_PARTS)
    if unknown:
        raise ValidationError(f"targets.{sorted(unknown)[0]}", "is not a setting",
                              code="unknown")
    s["targets"] = {
        "handled": _number("targets.handled", targets["handled"], minimum=1,
                           maximum=1_000_000),
        "on_time": _number("targets.on_time", targets["on_time"], minimum=0.01,
                           maximum=1),
        "handle_time": _number("targets.handle_time", targets["handle_time"],
                               minimum=1, maximum=86_400),
        "attendance": _number("targets.attendance", targets["attendance"],
                              minimum=0.01, maximum=1),
    }
    s["excellent_share"] = _number("excellent_share", s["excellent_share"], maximum=1)
    bands = s["bands"]
    s["bands"] = {k: _number(f"bands.{k}", bands[k], maximum=100)
                  for k in ("excellent", "good", "pass")}
    if not s["bands"]["excellent"] > s["bands"]["good"] > s["bands"]["pass"]:
        raise ValidationError("bands.good", "the grade bands must decrease",
                              code="bands_order")
    extra = set(s) - set(DEFAULTS)
    if extra:
        raise ValidationError(sorted(extra)[0], "is not a setting", code="unknown")
    return s


# ------------------------------------------------------------------ scores


def round2(value: float | None) -> float | None:
    """Half up to 2 decimals (89.995 → 90.0), the same on every machine; the
    float's last-bit noise is dropped first (69.3 ÷ 0.8 = 86.625 → 86.63)."""
    if value is None:
        return None
    return float(Decimal(repr(round(value, 9))).quantize(Decimal("0.01"),
                                                          ROUND_HALF_UP))


def kpi_parts(figures: dict, settings: dict | None = None) -> dict:
    """Each KPI part's score 0-100 (None when its figure is missing). `figures`:
    handled (count), on_time (rate 0-1), handle_time (mean seconds), attendance
    (rate 0-1); a missing key or None is no figure."""
    t = merged(settings)["targets"]
    out = {}
    for part in KPI_PARTS:
        actual = figures.get(part)
        if actual is None:
            out[part] = None
        elif part == "handle_time":
            out[part] = 100.0 * min(1.0, max(0.0, 2.0 - actual / t[part]))
        else:
            out[part] = 100.0 * min(1.0, actual / t[part])
    return out


def weighted(values: dict, weights: dict) -> tuple[float | None, list[str]]:
    """The weighted mean of the values present, their weights scaled to sum to 1;
    and the keys left out (no figure)."""
    present = {k: v for k, v in values.items() if v is not None and weights.get(k)}
    missing = [k for k in weights if values.get(k) is None]
    total = sum(weights[k] for k in present)
    if not present or total <= 0:
        return None, missing
    return sum(weights[k] * v for k, v in present.items()) / total, missing


def kpi_score(figures: dict, settings: dict | None = None) -> float | None:
    s = merged(settings)
    return weighted(kpi_parts(figures, s), s["kpi_weights"])[0]


def satisfaction_score(mean_rating: float | None) -> float | None:
    """Mean rating 1-5 → 0-100: 1 → 0, 5 → 100, (mean − 1) × 25."""
    if mean_rating is None:
        return None
    return max(0.0, min(100.0, (mean_rating - 1.0) * 25.0))


def review_score(supervisor: float | None, self_score: float | None,
                 settings: dict | None = None) -> float | None:
    r = merged(settings)["review"]
    if supervisor is None:
        return None
    if self_score is None:
        return supervisor
    return r["supervisor"] * supervisor + r["self"] * self_score


@dataclass(frozen=True)
class Composite:
    score: float | None  # rounded half up to 2 decimals
    parts: dict  # input -> score 0-100 or None
    left_out: tuple[str, ...]  # inputs without a figure (weights scaled up)


def composite(*, kpi: float | None, qa: float | None, satisfaction: float | None,
              review: float | None, settings: dict | None = None) -> Composite:
    s = merged(settings)
    parts = {"kpi": kpi, "qa": qa, "satisfaction": satisfaction, "review": review}
    score, missing = weighted(parts, s["weights"])
    return Composite(round2(score), parts, tuple(missing))


def annual(quarter_composites: list[float | None], review: float | None,
           settings: dict | None = None) -> Composite:
    """0.8·mean of the quarters (those with a score) + 0.2·annual review."""
    a = merged(settings)["annual"]
    scored = [q for q in quarter_composites if q is not None]
    mean = sum(scored) / len(scored) if scored else None
    parts = {"quarters": mean, "review": review}
    score, missing = weighted(parts, a)
    return Composite(round2(score), parts, tuple(missing))


def band(score: float | None, settings: dict | None = None) -> str | None:
    if score is None:
        return None
    b = merged(settings)["bands"]
    if score >= b["excellent"]:
        return EXCELLENT
    if score >= b["good"]:
        return GOOD
    if score >= b["pass"]:
        return PASS
    return FAIL


def veto_capped(grade: str | None, vetoes: int) -> tuple[str | None, str | None]:
    """(grade after the veto caps, the cap applied or None)."""
    if grade is None:
        return None, None
    if vetoes >= 2:
        return FAIL, (CAP_VETOES if grade != FAIL else None)
    if vetoes == 1 and GRADE_ORDER[grade] < GRADE_ORDER[PASS]:
        return PASS, CAP_ONE_VETO
    return grade, None


@dataclass(frozen=True)
class Candidate:
    key: object  # whoever: an evaluation id, a username
    score: float | None
    qa: float | None
    vetoes: int


@dataclass(frozen=True)
class Graded:
    key: object
    grade: str | None
    caps: tuple[str, ...]


def quota(staff: int, settings: dict | None = None) -> int:
    """How many may be 优秀: floor(share × staff)."""
    share = merged(settings)["excellent_share"]
    return int(math.floor(Decimal(repr(share)) * staff + Decimal("1e-9")))


def grade_all(people: list[Candidate], settings: dict | None = None
              ) -> dict[object, Graded]:
    """Every person's grade: the band, the veto caps, then the 优秀 quota over
    everyone in `people` (the staff of the period)."""
    s = merged(settings)
    result: dict[object, Graded] = {}
    candidates = []
    for p in people:
        grade, cap = veto_capped(band(p.score, s), p.vetoes)
        result[p.key] = Graded(p.key, grade, (cap,) if cap else ())
        if grade == EXCELLENT:
            candidates.append(p)
    limit = quota(len(people), s)

    def rank(p: Candidate):
        return (p.score, p.qa if p.qa is not None else -1.0)

    candidates.sort(key=rank, reverse=True)
    kept = 0
    i = 0
    while i < len(candidates):
        j = i
        while j < len(candidates) and rank(candidates[j]) == rank(candidates[i]):
            j += 1
        group = candidates[i:j]
        if kept + len(group) <= limit:
            kept += len(group)
        else:
            limit = kept  # the tied group straddles the line: nobody after it
            for p in group:
                result[p.key] = Graded(p.key, GOOD, result[p.key].caps + (CAP_QUOTA,))
        i = j
    return result


# ------------------------------------------------------------------ periods

_PERIOD = re.compile(r"^(\d{4})(?:-(?:(\d{2})|Q([1-4])))?$")


def period_range(period: str, *, kinds=("month", "quarter", "year")
                 ) -> tuple[str, dt.datetime, dt.datetime]:
    """(kind, start, end) of '2026-11' (month), '2026-Q4' (quarter) or '2026'
    (year), local time, end exclusive."""
    m = _PERIOD.match(str(period).strip())
    kind = None
    if m:
        kind = "month" if m.group(2) else "quarter" if m.group(3) else "year"
    if kind is None or kind not in kinds or (m.group(2) and
                                            not 1 <= int(m.group(2)) <= 12):
        shapes = {"month": "YYYY-MM", "quarter": "YYYY-Qn", "year": "YYYY"}
        raise ValidationError("period", "must be " + " or ".join(
            shapes[k] for k in kinds) + f" (got {str(period)[:20]!r})",
            code="bad_period")
    year = int(m.group(1))
    if kind == "month":
        first, months = int(m.group(2)), 1
    elif kind == "quarter":
        first, months = 3 * int(m.group(3)) - 2, 3
    else:
        first, months = 1, 12
    start = dt.datetime(year, first, 1)
    last = first + months
    end = dt.datetime(year + (last - 1) // 12, (last - 1) % 12 + 1, 1)
    return kind, start, end


def quarters_of(year: int) -> tuple[str, ...]:
    return tuple(f"{year}-Q{q}" for q in range(1, 5))
