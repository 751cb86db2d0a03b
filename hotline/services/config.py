"""Center configuration: categories, SLA policies, business hours, holidays (调休)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import IntegrityError

from ..models import (CLOCKS, PRIORITIES, BusinessHours, Call, Category, Holiday,
                      Setting, SlaPolicy, db)
from . import clock, validation
from .base import Actor, audit, service
from .errors import Conflict, NotFound, ValidationError

_CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,32}$")


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    code: str
    name: str
    parent_id: int | None
    parent_name: str
    active: bool
    sort_order: int
    merged_into_id: int | None = None  # retired by merge_category into this one
    merged_into_label: str = ""

    @property
    def label(self) -> str:
        return f"{self.parent_name}/{self.name}" if self.parent_name else self.name


@dataclass(frozen=True)
class SlaInfo:
    priority: str
    first_response_minutes: int
    resolution_minutes: int
    clock: str


@dataclass(frozen=True)
class HolidayInfo:
    day: dt.date
    is_workday: bool
    name: str


@service("config.view")
def list_categories(*, actor: Actor, include_inactive: bool = False
                    ) -> list[CategoryInfo]:
    """All categories, each top-level one followed by its children."""
    rows = list(Category.select().order_by(Category.sort_order, Category.code))
    by_id = {c.id: c for c in rows}
    result = []

    def merged(c) -> tuple[int | None, str]:
        target = by_id.get(c.merged_into_id)
        if target is None:
            return None, ""
        parent = by_id.get(target.parent_id)
        return target.id, f"{parent.name}/{target.name}" if parent else target.name

    for top in (c for c in rows if c.parent_id is None):
        if not include_inactive and not top.active:
            continue
        result.append(CategoryInfo(top.id, top.code, top.name, None, "", top.active,
                                   top.sort_order, *merged(top)))
        for child in (c for c in rows if c.parent_id == top.id):
            if include_inactive or child.active:
                result.append(CategoryInfo(child.id, child.code, child.name, top.id,
                                           by_id[top.id].name, child.active,
                                           child.sort_order, *merged(child)))
    return result


@service("config.manage", writes=True)
def save_category(*, actor: Actor, code: str, name: str, parent_id: int | None = None,
                  category_id: int | None = None, active: bool = True,
                  sort_order: int = 0) -> CategoryInfo:
    """Create a category, or change one when category_id is given."""
    code = validation.text("code", code, max_len=32, required=True)
    if not _CODE.match(code):
        raise ValidationError("code", "may contain only letters, digits and . _ -")
    name = validation.text("name", name, max_len=64, required=True)
    sort_order = validation.integer("sort_order", sort_order, minimum=-10**6,
                                    maximum=10**6)
    parent = None
    if parent_id is not None:
        parent = Category.get_or_none(Category.id == parent_id)
        if parent is None:
            raise ValidationError("parent_id", "is not a category")
        if parent.parent_id is not None:
            raise ValidationError("parent_id", "categories have two levels only")
    values = {"code": code, "name": name, "parent": parent_id, "active": bool(active),
              "sort_order": sort_order}
    try:
        with db.atomic():
            if category_id is None:
                cat = Category.create(**values)
                audit(actor, "category", cat.id, "create", None, values)
            else:
                cat = Category.get_or_none(Category.id == category_id)
                if cat is None:
                    raise NotFound(f"category {category_id} not found")
                if parent_id == cat.id or (parent_id is not None and
                                           cat.children.count()):
                    raise ValidationError("parent_id", "would make a third level")
                old = {"code": cat.code, "name": cat.name, "parent": cat.parent_id,
                       "active": cat.active, "sort_order": cat.sort_order}
                if active and cat.merged_into_id is not None:  # active again: no
                    values["merged_into"] = None  # longer merged into another
                    old["merged_into"] = cat.merged_into_id
                Category.update(**values).where(Category.id == cat.id).execute()
                audit(actor, "category", cat.id, "update", old, values)
    except IntegrityError:
        raise Conflict(f"category code {code!r} is taken", code="category_code_taken",
                       category_code=code) from None
    return CategoryInfo(cat.id, code, name, parent_id, parent.name if parent else "",
                        bool(active), sort_order)


@service("config.manage", writes=True)
def delete_category(*, actor: Actor, category_id: int) -> None:
    """Delete an unused category; a used one can only be deactivated."""
    cat = Category.get_or_none(Category.id == category_id)
    if cat is None:
        raise NotFound(f"category {category_id} not found")
    if Call.select().where(Call.category == cat.id).exists() or cat.children.count() \
            or Category.select().where(Category.merged_into == cat.id).exists():
        raise Conflict("category is in use; deactivate it instead", code="category_in_use")
    audit(actor, "category", cat.id, "delete", {"code": cat.code, "name": cat.name}, None)
    cat.delete_instance()


@service("config.view")
def list_sla_policies(*, actor: Actor) -> list[SlaInfo]:
    order = {p: i for i, p in enumerate(PRIORITIES)}
    rows = sorted(SlaPolicy.select(), key=lambda p: order.get(p.priority, 99))
    return [SlaInfo(p.priority, p.first_response_minutes, p.resolution_minutes, p.clock)
            for p in rows]


@service("config.manage", writes=True)
def set_sla_policy(*, actor: Actor, priority: str, first_response_minutes: int,
                   resolution_minutes: int, clock: str) -> SlaInfo:
    validation.choice("priority", priority, PRIORITIES)
    validation.choice("clock", clock, CLOCKS)
    first = validation.integer("first_response_minutes", first_response_minutes,
                               minimum=1, maximum=60 * 24 * 90)
    resolution = validation.integer("resolution_minutes", resolution_minutes,
                                    minimum=1, maximum=60 * 24 * 365)
    if resolution < first:
        raise ValidationError("resolution_minutes",
                              "must not be shorter than the first-response limit")
    old = SlaPolicy.get_or_none(SlaPolicy.priority == priority)
    new = {"first_response_minutes": first, "resolution_minutes": resolution,
           "clock": clock}
    if old is None:
        SlaPolicy.create(priority=priority, **new)
        audit(actor, "sla_policy", priority, "create", None, new)
    else:
        SlaPolicy.update(**new).where(SlaPolicy.id == old.id).execute()
        audit(actor, "sla_policy", priority, "update",
              {"first_response_minutes": old.first_response_minutes,
               "resolution_minutes": old.resolution_minutes, "clock": old.clock}, new)
    return SlaInfo(priority, first, resolution, clock)


@service("config.manage", writes=True)
def set_business_hours(*, actor: Actor, start_minute: int, end_minute: int) -> None:
    start = validation.integer("start_minute", start_minute, minimum=0, maximum=24 * 60)
    end = validation.integer("end_minute", end_minute, minimum=0, maximum=24 * 60)
    if end <= start:
        raise ValidationError("end_minute", "must be after the opening time")
    row = BusinessHours.get_or_none(BusinessHours.id == 1) or BusinessHours.create(id=1)
    old = {"start_minute": row.start_minute, "end_minute": row.end_minute}
    BusinessHours.update(start_minute=start, end_minute=end).where(
        BusinessHours.id == 1).execute()
    audit(actor, "business_hours", 1, "update", old,
          {"start_minute": start, "end_minute": end})


@service("config.view")
def list_holidays(*, actor: Actor, year: int | None = None) -> list[HolidayInfo]:
    query = Holiday.select().order_by(Holiday.day)
    if year is not None:
        query = query.where(Holiday.day.between(dt.date(year, 1, 1),
                                                dt.date(year, 12, 31)))
    return [HolidayInfo(h.day, h.is_workday, h.name) for h in query]


@service("config.manage", writes=True)
def set_holiday(*, actor: Actor, day: dt.date, is_workday: bool, name: str = ""
                ) -> HolidayInfo:
    """Mark a day off (法定节假日) or a make-up workday (调休上班)."""
    if isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day)
        except ValueError:
            raise ValidationError("day", f"is not a date ({day[:20]!r})") from None
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise ValidationError("day", "is not a date")
    name = validation.text("name", name, max_len=64)
    old = Holiday.get_or_none(Holiday.day == day)
    if old is None:
        Holiday.create(day=day, is_workday=bool(is_workday), name=name)
        audit(actor, "holiday", day, "create", None,
              {"is_workday": bool(is_workday), "name": name})
    else:
        Holiday.update(is_workday=bool(is_workday), name=name).where(
            Holiday.id == old.id).execute()
        audit(actor, "holiday", day, "update",
              {"is_workday": old.is_workday, "name": old.name},
              {"is_workday": bool(is_workday), "name": name})
    return HolidayInfo(day, bool(is_workday), name)


@service("config.manage", writes=True)
def remove_holiday(*, actor: Actor, day: dt.date) -> None:
    row = Holiday.get_or_none(Holiday.day == day)
    if row is None:
        raise NotFound(f"no calendar entry on {day}")
    audit(actor, "holiday", day, "delete", {"is_workday": row.is_workday,
                                            "name": row.name}, None)
    row.delete_instance()


# ----------------------------------------------------------------- time zone

@dataclass(frozen=True)
class TimeZoneInfo:
    name: str  # IANA name, e.g. "Asia/Shanghai"
    utc_offset_minutes: int  # now, in that zone


def _zone_info(name: str) -> TimeZoneInfo:
    from zoneinfo import ZoneInfo

    offset = dt.datetime.now(ZoneInfo(name)).utcoffset() or dt.timedelta(0)
    return TimeZoneInfo(name, int(offset.total_seconds() // 60))


@service("config.view")
def get_time_zone(*, actor: Actor) -> TimeZoneInfo:
    """The center's time zone: ticket days, due times, months and lockouts follow
    it on every workstation, whatever zone the PC itself is set to."""
    return _zone_info(clock.zone_name())


@service("config.manage", writes=True)
def set_time_zone(*, actor: Actor, name: str) -> TimeZoneInfo:
    name = validation.text("time_zone", name, max_len=64, required=True)
    if not clock.valid_zone(name):
        raise ValidationError("time_zone", f"is not a known time zone ({name[:64]!r}); "
                                           "use an IANA name such as Asia/Shanghai")
    row = Setting.get_or_none(Setting.key == clock.TIME_ZONE_KEY)
    old = row.value if row else None
    if old != name:
        if row is None:
            Setting.create(key=clock.TIME_ZONE_KEY, value=name)
        else:
            Setting.update(value=name).where(
                Setting.key == clock.TIME_ZONE_KEY).execute()
        audit(actor, "setting", clock.TIME_ZONE_KEY, "update",
              {"time_zone": old}, {"time_zone": name})
    clock.reset()
    return _zone_info(name)


# ------------------------------------------------- categories: merge, retire, order
#
# Merging A into B (issue 11): A is retired with `merged_into` = B. Nothing else
# moves: the cases logged under A keep A (their timeline, the archive and the
# monthly figures already published name A), so the indicators of past months are
# unchanged (DESIGN §5: a month's figures never change) and the months after the
# merge count A's later cases — there are none: the call form offers only active
# categories, B among them, and log_call refuses a retired one. A report of a month
# spanning the merge shows A and B each with their own cases. Knowledge articles
# filed under A stay under A. Categories merged into A earlier now point to B.

def _category_row(field: str, category_id) -> Category:
    category_id = validation.integer(field, category_id, minimum=1)
    cat = Category.get_or_none(Category.id == category_id)
    if cat is None:
        raise ValidationError(field, "is not a category", code="not_a_choice")
    return cat


def _category_info(cat: Category) -> CategoryInfo:
    parent = Category.get_or_none(Category.id == cat.parent_id) \
        if cat.parent_id is not None else None
    target_label = ""
    if cat.merged_into_id is not None:
        target = Category.get_or_none(Category.id == cat.merged_into_id)
        if target is not None:
            top = Category.get_or_none(Category.id == target.parent_id) \
                if target.parent_id is not None else None
            target_label = f"{top.name}/{target.name}" if top else target.name
    return CategoryInfo(cat.id, cat.code, cat.name, cat.parent_id,
                        parent.name if parent else "", bool(cat.active),
                        cat.sort_order, cat.merged_into_id, target_label)


@service("config.manage", writes=True)
def merge_category(*, actor: Actor, source_id: int, target_id: int) -> CategoryInfo:
    """Merge the category `source_id` into `target_id`: the source is retired and
    points to the target; its cases keep it (see above). A top-level category
    with active children is refused (merge or retire the children first), so no
    case changes its top-level category. Returns the source as it is now."""
    source = _category_row("source_id", source_id)
    target = _category_row("target_id", target_id)
    if source.id == target.id:
        raise ValidationError("target_id", "must be another category",
                              code="merge_into_itself")
    if source.merged_into_id is not None:
        raise Conflict(f"category {source.code!r} was merged already",
                       code="category_merged", category_code=source.code)
    parent = Category.get_or_none(Category.id == target.parent_id) \
        if target.parent_id is not None else None
    if not target.active or (parent is not None and not parent.active):
        raise ValidationError("target_id", "is not an active category",
                              code="not_active_category")
    if Category.select().where((Category.parent == source.id)
                               & Category.active).exists():
        raise Conflict(f"category {source.code!r} has active subcategories",
                       code="category_has_children", category_code=source.code)
    repointed = (Category.update(merged_into=target.id)
                 .where(Category.merged_into == source.id)
                 .execute())
    Category.update(active=False, merged_into=target.id).where(
        Category.id == source.id).execute()
    audit(actor, "category", source.id, "merge",
          {"active": bool(source.active), "merged_into_id": None},
          {"active": False, "merged_into_id": target.id,
           "repointed_count": repointed})
    return _category_info(Category.get_by_id(source.id))


@service("config.manage", writes=True)
def retire_category(*, actor: Actor, category_id: int) -> CategoryInfo:
    """Retire a category: hidden from the call form (its children with it when it
    is a top-level one), kept on its cases and in the reports."""
    cat = _category_row("category_id", category_id)
    if cat.active:
        Category.update(active=False).where(Category.id == cat.id).execute()
        audit(actor, "category", cat.id, "retire", {"active": True},
              {"active": False})
    return _category_info(Category.get_by_id(cat.id))


@service("config.manage", writes=True)
def restore_category(*, actor: Actor, category_id: int) -> CategoryInfo:
    """Bring a retired (or merged) category back; a merged one stops pointing to
    its target. A subcategory of a retired category is refused: restore the
    parent first."""
    cat = _category_row("category_id", category_id)
    if cat.parent_id is not None and not Category.get_by_id(cat.parent_id).active:
        raise ValidationError("parent_id", "is not an active category",
                              code="not_active_category")
    if not cat.active or cat.merged_into_id is not None:
        Category.update(active=True, merged_into=None).where(
            Category.id == cat.id).execute()
        audit(actor, "category", cat.id, "restore",
              {"active": bool(cat.active), "merged_into_id": cat.merged_into_id},
              {"active": True, "merged_into_id": None})
    return _category_info(Category.get_by_id(cat.id))


@service("config.manage", writes=True)
def move_category(*, actor: Actor, category_id: int, step: int) -> list[int]:
    """Move a category `step` places up (negative) or down among its siblings;
    the siblings are numbered 10, 20, … in their new order. Returns the ids of
    the siblings in that order."""
    cat = _category_row("category_id", category_id)
    step = validation.integer("step", step, minimum=-1000, maximum=1000)
    siblings = list(Category.select()
                    .where(Category.parent.is_null() if cat.parent_id is None
                           else Category.parent == cat.parent_id)
                    .order_by(Category.sort_order, Category.code))
    ids = [c.id for c in siblings]
    old_position = ids.index(cat.id)
    new_position = max(0, min(len(ids) - 1, old_position + step))
    ids.insert(new_position, ids.pop(old_position))
    by_id = {c.id: c for c in siblings}
    for position, row_id in enumerate(ids):
        order = (position + 1) * 10
        if by_id[row_id].sort_order != order:
            Category.update(sort_order=order).where(Category.id == row_id).execute()
    if new_position != old_position:
        audit(actor, "category", cat.id, "reorder", {"sort_order": cat.sort_order},
              {"sort_order": (new_position + 1) * 10})
    return ids


# ----------------------------------------------------------------- business hours

@dataclass(frozen=True)
class BusinessHoursInfo:
    start_minute: int  # minutes after midnight, e.g. 540 = 09:00
    end_minute: int


@service("config.view")
def get_business_hours(*, actor: Actor) -> BusinessHoursInfo:
    row = BusinessHours.get_or_none(BusinessHours.id == 1)
    return BusinessHoursInfo(row.start_minute, row.end_minute) if row \
        else BusinessHoursInfo(9 * 60, 18 * 60)


# ----------------------------------------------------------------- holiday import

HOLIDAY_FILE_MAX_BYTES = 1_000_000
_DAY_OFF_WORDS = frozenset({"休", "假", "放假", "休息", "off", "holiday", "day off"})
_WORKDAY_WORDS = frozenset({"班", "上班", "补班", "调休上班", "workday", "work",
                            "make-up", "makeup"})
_HEADER_WORDS = frozenset({"date", "day", "日期"})


def _holiday_text(path_or_text) -> str:
    """The CSV text: a path (str or Path) is read (UTF-8, with or without BOM, or
    GB18030 as spreadsheets on Chinese Windows save it); a str holding a comma or
    a line break is the text itself."""
    import os
    from pathlib import Path

    if isinstance(path_or_text, bytes):
        data = path_or_text
    elif isinstance(path_or_text, os.PathLike) or (
            isinstance(path_or_text, str) and "\n" not in path_or_text
            and "," not in path_or_text):
        path = Path(path_or_text)
        if not path.is_file():
            raise ValidationError("path", "there is no such file", code="no_such_file")
        if path.stat().st_size > HOLIDAY_FILE_MAX_BYTES:
            raise ValidationError("path", "is too large for a calendar",
                                  code="too_long", length=path.stat().st_size,
                                  max_len=HOLIDAY_FILE_MAX_BYTES)
        data = path.read_bytes()
    elif isinstance(path_or_text, str):
        return path_or_text
    else:
        raise ValidationError("path", "must be text", code="not_text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def _holiday_day(value: str) -> dt.date | None:
    text = value.strip().replace("/", "-").replace(".", "-")
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_holidays(text: str, year: int | None = None
                   ) -> tuple[int, list[HolidayInfo]]:
    """(year, entries) of a holiday CSV: columns date, type (休/班, off/workday),
    name; a header row, blank lines and lines starting with # are skipped. Every
    date must be in one year (`year` when given). An error names the row (the
    line of the file) and the field: ValidationError(field, …, row=N)."""
    import csv
    import io

    reader = csv.reader(io.StringIO(text))
    entries: dict[dt.date, tuple[HolidayInfo, int]] = {}
    first = True
    for cells in reader:
        n = reader.line_num
        cells = [c.strip(" \t\ufeff") for c in cells]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if first and cells[0].lower() in _HEADER_WORDS:
            first = False
            continue
        first = False
        day = _holiday_day(cells[0])
        if day is None:
            raise ValidationError("date", f"row {n}: is not a date (YYYY-MM-DD)",
                                  code="not_a_date", row=n)
        if year is None:
            year = day.year
        if day.year != year:
            raise ValidationError("date", f"row {n}: is not in {year}",
                                  code="holiday_other_year", row=n, year=year)
        kind = cells[1].lower() if len(cells) > 1 else ""
        if not kind:
            raise ValidationError("type", f"row {n}: is required", code="required",
                                  row=n)
        if kind in _DAY_OFF_WORDS:
            is_workday = False
        elif kind in _WORKDAY_WORDS:
            is_workday = True
        else:
            raise ValidationError("type", f"row {n}: must be 休 or 班 (off or workday)",
                                  code="holiday_type", row=n)
        try:
            name = validation.text("name", cells[2] if len(cells) > 2 else "",
                                   max_len=64)
        except ValidationError as exc:
            raise ValidationError(exc.field, f"row {n}: {exc.message}", code=exc.code,
                                  row=n, **{k: v for k, v in exc.params.items()
                                            if k != "row"}) from None
        if day in entries:
            raise ValidationError("date", f"row {n}: {day} is listed twice",
                                  code="holiday_duplicate", row=n,
                                  first_row=entries[day][1])
        entries[day] = (HolidayInfo(day, is_workday, name), n)
    if not entries:
        raise ValidationError("path", "holds no dates", code="holiday_empty")
    return year, [info for info, _ in sorted(entries.values(),
                                             key=lambda e: e[0].day)]


@service("config.manage", writes=True)
def import_holidays(*, actor: Actor, path_or_text, year: int | None = None) -> int:
    """Replace a year's calendar (days off and make-up workdays, 调休) with the
    official list in a CSV file: all or nothing, an error names the row and the
    field. `year` defaults to the year of the file's dates. Returns the number of
    entries written. The audit row holds the counts, not the names."""
    if year is not None:
        year = validation.integer("year", year, minimum=1900, maximum=2200)
    year, entries = parse_holidays(_holiday_text(path_or_text), year)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    removed = (Holiday.delete()
               .where(Holiday.day.between(first, last))
               .execute())
    Holiday.insert_many([{"day": e.day, "is_workday": e.is_workday, "name": e.name}
                         for e in entries]).execute()
    workdays = sum(1 for e in entries if e.is_workday)
    audit(actor, "holiday", year, "import", {"entries_count": removed},
          {"entries_count": len(entries), "days_off_count": len(entries) - workdays,
           "workdays_count": workdays})
    return len(entries)


# ----------------------------------------------------------------- rubric history

@dataclass(frozen=True)
class RubricVersionInfo:
    version: int
    created_at: dt.datetime | None
    created_by: str  # display name ('' for the command line or the default)
    items: int
    vetoes: int


@service("qa.rubric")
def rubric_versions(*, actor: Actor) -> list[RubricVersionInfo]:
    """The saved versions of the QA rubric, newest first (the built-in default,
    when nothing is saved yet, as version 1 with no date)."""
    from ..domain import quality as rules
    from ..models import QaRubric, User

    rows = list(QaRubric.select().order_by(QaRubric.version.desc()))
    names = {u.id: u.display_name for u in User.select(User.id, User.display_name)
             .where(User.id.in_([r.created_by_id for r in rows
                                 if r.created_by_id is not None] or [0]))}
    result = []
    for r in rows:
        rubric = rules.rubric_from_data(r.body)
        result.append(RubricVersionInfo(r.version, r.created_at,
                                        names.get(r.created_by_id, ""),
                                        len(rubric.items), len(rubric.vetoes)))
    if not result:
        d = rules.DEFAULT_RUBRIC
        result.append(RubricVersionInfo(1, None, "", len(d.items), len(d.vetoes)))
    return result
