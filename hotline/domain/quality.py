"""Spot checks (抽查) without a database (DESIGN §11): the rubric and its veto items,
scoring, grades, whether a rectification (整改) opens, the month's sampling plan per
agent and its reproducible draw, and the "3 working days" of the rectification flow.

Mandatory cases (always reviewed, on top of the random draw), as
`hotline.services.quality` selects them for an agent and a month:
- complaints: cases whose category, or its parent category, has 投诉 in its name;
- dissatisfied callers: cases with a survey rated 1 or 2 recorded in the month;
- reopened cases: cases reopened (退回重办) in the month.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from dataclasses import dataclass

from .errors import ValidationError

# ------------------------------------------------------------------ the rubric


@dataclass(frozen=True)
class Item:
    code: str
    name: str
    points: int


@dataclass(frozen=True)
class Dimension:
    code: str
    name: str
    items: tuple[Item, ...]

    @property
    def points(self) -> int:
        return sum(i.points for i in self.items)


@dataclass(frozen=True)
class Veto:
    code: str
    name: str


@dataclass(frozen=True)
class Rubric:
    dimensions: tuple[Dimension, ...]
    vetoes: tuple[Veto, ...]

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(i for d in self.dimensions for i in d.items)

    @property
    def points(self) -> int:
        return sum(d.points for d in self.dimensions)

    def item(self, code: str) -> Item | None:
        return next((i for i in self.items if i.code == code), None)


def _dim(code, name, *items):
    return Dimension(code, name, tuple(Item(*i) for i in items))


# DESIGN §11 and research/documents-and-supervision.md §3 (proposed default rubric)
DEFAULT_RUBRIC = Rubric(
    dimensions=(
        _dim("norms", "服务规范",
             ("opening", "开场白（报工号）", 4),
             ("closing", "结束语及邀请评价", 4),
             ("polite", "礼貌用语，无服务禁语", 4),
             ("speech", "普通话、语速适中", 4),
             ("hold", "等待、转接提示", 4)),
        _dim("attitude", "服务态度",
             ("listening", "耐心倾听，不打断", 5),
             ("active", "主动服务", 5),
             ("calm", "情绪平稳，不争辩", 5)),
        _dim("accuracy", "业务准确性",
             ("correct", "答复正确（符合知识库）", 15),
             ("complete", "答复完整", 10),
             ("confirm", "确认来电人诉求", 5)),
        _dim("record", "工单记录",
             ("elements", "要素齐全（时间、地点、人物、事件、诉求）", 10),
             ("category", "分类正确", 5),
             ("routing", "承办单位与时限正确", 5),
             ("wording", "文字规范，无错别字", 5)),
        _dim("compliance", "合规与保密",
             ("privacy", "按规定处理身份与个人信息", 5),
             ("procedure", "按流程转接、三方通话、紧急上报", 5)),
    ),
    vetoes=(
        Veto("leak", "泄露来电人信息"),
        Veto("abuse", "辱骂争吵"),
        Veto("hang_up", "无故挂机/推诿"),
        Veto("wrong_answer", "错误答复造成损失"),
        Veto("falsify", "虚构篡改记录"),
    ),
)

MAX_ITEMS = 60
MAX_NAME = 60
_CODE_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_")


def rubric_to_json(rubric: Rubric) -> str:
    return json.dumps({
        "dimensions": [{"code": d.code, "name": d.name,
                        "items": [[i.code, i.name, i.points] for i in d.items]}
                       for d in rubric.dimensions],
        "vetoes": [[v.code, v.name] for v in rubric.vetoes],
    }, ensure_ascii=False, sort_keys=True)


def _code(value, field: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 32 \
            or not set(value) <= _CODE_CHARS:
        raise ValidationError(field, "must be a code of a-z, 0-9 and _ (1 to 32)",
                              code="rubric_code")
    return value


def _name(value, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, "is required", code="required")
    if len(value) > MAX_NAME:
        raise ValidationError(field, "is too long", code="too_long",
                              length=len(value), max_len=MAX_NAME)
    return value.strip()


def rubric_from_data(data) -> Rubric:
    """A rubric from its JSON form (or the equivalent dict), checked: codes unique,
    points whole and positive, 100 points in all, at least one item."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError:
            raise ValidationError("rubric", "is not a rubric", code="rubric_format") \
                from None
    if not isinstance(data, dict) or not isinstance(data.get("dimensions"), list) \
            or not isinstance(data.get("vetoes", []), list):
        raise ValidationError("rubric", "is not a rubric", code="rubric_format")
    seen: set[str] = set()
    dims = []
    for d_index, d in enumerate(data["dimensions"]):
        where = f"dimensions[{d_index}]"
        if not isinstance(d, dict) or not isinstance(d.get("items"), list) \
                or not d["items"]:
            raise ValidationError(where, "is not a dimension with items",
                                  code="rubric_format")
        code = _code(d.get("code"), f"{where}.code")
        items = []
        for i_index, raw in enumerate(d["items"]):
            field = f"{where}.items[{i_index}]"
            if not isinstance(raw, (list, tuple)) or len(raw) != 3:
                raise ValidationError(field, "is not an item", code="rubric_format")
            i_code = _code(raw[0], f"{field}.code")
            if i_code in seen:
                raise ValidationError(f"{field}.code", "is used twice",
                                      code="rubric_duplicate", item=i_code)
            seen.add(i_code)
            points = raw[2]
            if isinstance(points, bool) or not isinstance(points, int) or points <= 0:
                raise ValidationError(f"{field}.points", "must be a whole number > 0",
                                      code="rubric_points")
            items.append(Item(i_code, _name(raw[1], f"{field}.name"), points))
        dims.append(Dimension(code, _name(d.get("name"), f"{where}.name"),
                              tuple(items)))
    vetoes = []
    for v_index, raw in enumerate(data.get("vetoes", [])):
        field = f"vetoes[{v_index}]"
        if not isinstance(raw, (list, tuple)) or len(raw) != 2:
            raise ValidationError(field, "is not a veto item", code="rubric_format")
        v_code = _code(raw[0], f"{field}.code")
        if v_code in seen:
            raise ValidationError(f"{field}.code", "is used twice",
                                  code="rubric_duplicate", item=v_code)
        seen.add(v_code)
        vetoes.append(Veto(v_code, _name(raw[1], f"{field}.name")))
    rubric = Rubric(tuple(dims), tuple(vetoes))
    if not rubric.items or len(rubric.items) > MAX_ITEMS:
        raise ValidationError("rubric", "needs 1 to 60 items", code="rubric_format")
    if rubric.points != 100:
        raise ValidationError("rubric", "must total 100 points",
                              code="rubric_total", total=rubric.points)
    return rubric


# ------------------------------------------------------------------ scoring

GRADES = ("excellent", "pass", "improve", "fail")
GRADE_NAMES = {"excellent": "优秀", "pass": "合格", "improve": "待改进", "fail": "不合格"}
RECTIFY_BELOW = 80


def grade(total: float) -> str:
    """≥ 90 优秀, 80–89 合格, 60–79 待改进, < 60 不合格."""
    if total >= 90:
        return "excellent"
    if total >= 80:
        return "pass"
    if total >= 60:
        return "improve"
    return "fail"


def needs_rectification(total: float, vetoes) -> bool:
    return bool(vetoes) or total < RECTIFY_BELOW


@dataclass(frozen=True)
class Score:
    scores: dict  # item code -> points given
    vetoes: tuple[str, ...]
    total: float
    grade: str
    rectification: bool
    failed_items: tuple[str, ...]  # items given less than their points, and vetoes


def score(rubric: Rubric, scores, vetoes=()) -> Score:
    """Score every item of `rubric` within its points; a veto makes the total 0."""
    if not isinstance(scores, dict):
        raise ValidationError("scores", "must give a score per item",
                              code="score_missing", item="")
    for code in scores:
        if rubric.item(code) is None:
            raise ValidationError(f"scores.{code}", "is not an item of the rubric",
                                  code="unknown_item", item=str(code))
    given = {}
    for item in rubric.items:
        value = scores.get(item.code)
        if value is None:
            raise ValidationError(f"scores.{item.code}", "has no score",
                                  code="score_missing", item=item.code)
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value) or value < 0 or value > item.points:
            raise ValidationError(f"scores.{item.code}", "is out of range",
                                  code="score_out_of_range", item=item.code,
                                  maximum=item.points)
        given[item.code] = value
    veto_codes = {v.code for v in rubric.vetoes}
    vetoes = tuple(dict.fromkeys(vetoes or ()))
    for code in vetoes:
        if code not in veto_codes:
            raise ValidationError(f"vetoes.{code}", "is not a veto item",
                                  code="unknown_veto", item=str(code))
    total = 0.0 if vetoes else float(round(sum(given.values()), 2))
    failed = tuple(vetoes) + tuple(i.code for i in rubric.items
                                   if given[i.code] < i.points)
    return Score(given, vetoes, total, grade(total),
                 needs_rectification(total, vetoes), failed)


# ------------------------------------------------------------------ sampling

DEFAULT_RATE = 0.05
DEFAULT_MINIMUM = 8
NEW_STAFF_MONTHS = 3


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    """'2026-05' -> ([2026-05-01 00:00, 2026-06-01 00:00))."""
    try:
        if not isinstance(month, str) or len(month) != 7 or month[4] != "-":
            raise ValueError
        start = dt.datetime(int(month[:4]), int(month[5:]), 1)
    except ValueError:
        raise ValidationError("month", "is not a month (YYYY-MM)",
                              code="not_month") from None
    end = dt.datetime(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start, end


def is_new_staff(created_at: dt.datetime | dt.date, month_start: dt.datetime) -> bool:
    """In their first three months: the month starts before the day three calendar
    months after the account was created."""
    day = created_at.date() if isinstance(created_at, dt.datetime) else created_at
    months = day.month - 1 + NEW_STAFF_MONTHS
    year, month = day.year + months // 12, months % 12 + 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    limit = dt.date(year, month, min(day.day, last))
    return month_start.date() < limit


@dataclass(frozen=True)
class SamplePlan:
    eligible: int  # the agent's eligible cases in the month (mandatory ones included)
    rate: float
    minimum: int
    new_staff: bool
    size: int  # random draw: max(minimum, ceil(rate · eligible)), ×2 new, capped
    mandatory: int  # always reviewed, on top of the draw


def plan(eligible: int, *, new_staff: bool, mandatory: int = 0,
         rate: float = DEFAULT_RATE, minimum: int = DEFAULT_MINIMUM) -> SamplePlan:
    """n = max(minimum, ceil(rate · eligible)), doubled for new staff, capped by the
    eligible cases left once the mandatory ones are taken."""
    if not 0 < rate <= 1:
        raise ValidationError("rate", "must be above 0 and at most 1",
                              code="out_of_range")
    if minimum < 0:
        raise ValidationError("minimum", "must be at least 0", code="too_small",
                              minimum=0)
    base = max(minimum, math.ceil(round(rate * eligible, 9)))
    if new_staff:
        base *= 2
    size = min(base, max(eligible - mandatory, 0))
    return SamplePlan(eligible, rate, minimum, new_staff, size, mandatory)


MAX_SEED = 2**31 - 1


def new_seed() -> int:
    return random.SystemRandom().randint(1, MAX_SEED)


def draw(eligible_ids, size: int, seed: int) -> tuple[int, ...]:
    """The random draw: random.Random(seed) over the eligible ids sorted, so the same
    ids and seed give the same sample; returned sorted."""
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        raise ValidationError("seed", "must be a whole number 0 to 2147483647",
                              code="out_of_range")
    ids = sorted(set(eligible_ids))
    return tuple(sorted(random.Random(seed).sample(ids, min(size, len(ids)))))


# ------------------------------------------------------------------ working days

RECTIFY_WORKING_DAYS = 3
APPEAL_WORKING_DAYS = 3


def add_working_days(day: dt.date, n: int, is_workday) -> dt.date:
    """The n-th working day after `day` (`is_workday(date)`: the business calendar
    with holidays and make-up workdays)."""
    count = 0
    for _ in range(400):
        day += dt.timedelta(days=1)
        if is_workday(day):
            count += 1
            if count == n:
                return day
    raise ValueError("no working day within 400 days")
