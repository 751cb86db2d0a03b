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
    for top in (c for c in rows if c.parent_id is None):
        if not include_inactive and not top.active:
            continue
        result.append(CategoryInfo(top.id, top.code, top.name, None, "", top.active,
                                   top.sort_order))
        for child in (c for c in rows if c.parent_id == top.id):
            if include_inactive or child.active:
                result.append(CategoryInfo(child.id, child.code, child.name, top.id,
                                           by_id[top.id].name, child.active,
                                           child.sort_order))
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
    if Call.select().where(Call.category == cat.id).exists() or cat.children.count():
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
