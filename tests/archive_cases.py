"""Closed cases for the archive tests (unit and UI): a case logged, worked,
resolved, called back, rated and closed by the people whose job that is, with the
services' clock moved through the steps."""

from __future__ import annotations

import datetime as dt


def closed_case(actors, clock, **values):
    """A case taken from logging to closed; `clock` is a FrozenClock (its `now`
    moves on a few hours). `values` override what log_call is given."""
    from hotline.services import calls

    duty, spec = actors["duty_officer"], actors["specialist"]
    args = dict(outcome="transferred", phone="13812341234", caller_name="张三丰",
                subject="拖欠工资三个月", description="来电人反映公司拖欠工资。",
                assignee_id=spec.id)
    args.update(values)
    case = calls.log_call(actor=duty, **args)
    clock.now += dt.timedelta(hours=1)
    calls.start(actor=spec, call_id=case.id)
    calls.add_note(actor=spec, call_id=case.id, text="已联系用人单位")
    clock.now += dt.timedelta(hours=2)
    calls.resolve(actor=spec, call_id=case.id, solution="已协调发放工资")
    clock.now += dt.timedelta(hours=1)
    calls.record_callback(actor=spec, call_id=case.id, reached=True, note="来电人确认")
    calls.close(actor=spec, call_id=case.id)
    clock.now += dt.timedelta(hours=1)
    return case


def last_month_day(day: int = 10, hour: int = 9) -> dt.datetime:
    """A moment in the month before this one (the archive page's default month)."""
    first = dt.date.today().replace(day=1)
    last = first - dt.timedelta(days=1)
    return dt.datetime(last.year, last.month, min(day, 28), hour, 0)


def pdf_text(path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def pdf_pages(path) -> int:
    import re
    import subprocess

    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))
