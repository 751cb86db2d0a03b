"""Export the cases of a month as the canonical CSV (which `import` reads back) or as
an XLSX workbook for people.

- One row per case received in the month, in ticket order, with the columns of
  importer.CANONICAL_COLUMNS: times as ISO 8601 local time, booleans as 1/0, users
  by username, the category as its code plus top-level and child names.
- Cells beginning with = + - @ are neutralized with a leading apostrophe so no
  spreadsheet runs them as formulas; a text that itself begins with an apostrophe
  gets a second one, so the importer can undo exactly what the exporter did.
- An actor who may not see every confidential case (DESIGN §1: supervisors and
  directors may) gets confidential cases without phone, caller, subject,
  description and solution; the command line sees everything.
- Timeline events, callbacks and surveys are not part of the export.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from peewee import JOIN, fn

from ..models import Call, Caller, Category, User, db
from .base import Actor, audit, service
from .errors import ValidationError
from .importer import CANONICAL_COLUMNS, FORMULA_START
from .permissions import allowed
from .print_log import log_document

REDACTED = ("phone", "caller_name", "subject", "description", "solution")


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int
    redacted: int  # confidential cases exported without their content
    stopped: bool = False  # should_stop() said stop: no file was written


STOP_EVERY = 500


class _Stopped(Exception):
    def __init__(self, rows: int, hidden: int):
        super().__init__("stopped")
        self.rows, self.hidden = rows, hidden


def month_range(month: str) -> tuple[dt.datetime, dt.datetime]:
    """[first day 00:00, first day of the next month 00:00) of 'YYYY-MM'."""
    try:
        start = dt.datetime.strptime(str(month).strip(), "%Y-%m")
    except ValueError:
        raise ValidationError("month", f"must be YYYY-MM (got {str(month)[:20]!r})") \
            from None
    end = start.replace(year=start.year + 1, month=1) if start.month == 12 else \
        start.replace(month=start.month + 1)
    return start, end


def neutralize(text: str) -> str:
    """Make a cell that a spreadsheet would run as a formula plain text."""
    if text and text[0] in FORMULA_START:
        return "'" + text
    return text


def _rows(start: dt.datetime, end: dt.datetime, redact: bool):
    parent = Category.alias()
    assignee = User.alias()
    creator = User.alias()
    query = (Call
             .select(Call, Caller.name.alias("caller_name"),
                     Category.code.alias("cat_code"), Category.name.alias("cat_name"),
                     parent.name.alias("parent_name"),
                     assignee.username.alias("assignee_name"),
                     creator.username.alias("creator_name"))
             .join(Caller, JOIN.LEFT_OUTER, on=(Call.caller == Caller.id))
             .switch(Call)
             .join(Category, JOIN.LEFT_OUTER, on=(Call.category == Category.id))
             .join(parent, JOIN.LEFT_OUTER, on=(Category.parent == parent.id))
             .switch(Call)
             .join(assignee, JOIN.LEFT_OUTER, on=(Call.assignee == assignee.id))
             .switch(Call)
             .join(creator, JOIN.LEFT_OUTER, on=(Call.creator == creator.id))
             .where(Call.received_at >= start, Call.received_at < end)
             # per day in number order (the importer numbers a day in file order)
             .order_by(fn.LENGTH(Call.ticket_no), Call.ticket_no)
             .objects())
    for c in query.iterator():
        if c.parent_name:
            top, sub = c.parent_name, c.cat_name
        else:
            top, sub = c.cat_name or "", ""
        row = {
            "ticket_no": c.ticket_no, "external_ref": c.external_ref or "",
            "received_at": c.received_at, "ended_at": c.ended_at,
            "duration_seconds": c.duration_seconds, "channel": c.channel,
            "phone": c.phone, "caller_name": "" if c.anonymous else
            (c.caller_name or ""), "anonymous": c.anonymous,
            "category_code": c.cat_code or "", "category": top, "subcategory": sub,
            "priority": c.priority, "subject": c.subject,
            "description": c.description, "solution": c.solution,
            "outcome": c.outcome, "status": c.status,
            "assignee": c.assignee_name or "", "creator": c.creator_name or "",
            "signed_at": c.signed_at,
            "first_response_at": c.first_response_at, "resolved_at": c.resolved_at,
            "closed_at": c.closed_at, "first_response_due": c.first_response_due,
            "resolution_due": c.resolution_due, "paused_at": c.paused_at,
            "fcr": c.fcr, "reopen_count": c.reopen_count,
            "confidential": c.confidential, "updated_at": c.updated_at,
        }
        hidden = redact and c.confidential
        if hidden:
            row.update({k: "" for k in REDACTED})
        yield row, hidden


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return neutralize(str(value))


def _as_day(field: str, value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    try:
        return dt.datetime.strptime(str(value).strip(), "%Y-%m-%d")
    except ValueError:
        raise ValidationError(field, f"must be YYYY-MM-DD (got {str(value)[:20]!r})",
                              code="not_a_date") from None


MAX_PERIOD_DAYS = 3660


def period_range(*, month: str | None = None, date_from=None, date_to=None
                 ) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of a month ('YYYY-MM') or of the days [date_from, date_to)
    (dates, or datetimes taken as they are): one or the other."""
    if month is not None:
        if date_from is not None or date_to is not None:
            raise ValidationError("month", "give a month or a period, not both")
        return month_range(month)
    if date_from is None or date_to is None:
        raise ValidationError("date_from", "give a month or both ends of a period",
                              code="required")
    start, end = _as_day("date_from", date_from), _as_day("date_to", date_to)
    if end <= start:
        raise ValidationError("date_to", "must be after the start of the period")
    if (end - start).days > MAX_PERIOD_DAYS:
        raise ValidationError("date_to", "the period is longer than ten years")
    return start, end


@service("data.export")
def export_calls(*, actor: Actor, month: str | None = None, path: str | Path,
                 date_from=None, date_to=None,
                 on_progress: Callable[[int, int], None] | None = None,
                 should_stop: Callable[[], bool] | None = None) -> ExportResult:
    """Write the cases received in `month` (or in [date_from, date_to)) to path
    (.csv or .xlsx), through a temporary file so a failed export never leaves half
    a file under that name. `should_stop()` is asked every STOP_EVERY rows: when
    it says stop, the temporary file is removed, nothing is logged, and the
    result says `stopped`."""
    start, end = period_range(month=month, date_from=date_from, date_to=date_to)
    path = Path(path)
    kind = path.suffix.lower()
    if kind not in (".csv", ".xlsx"):
        raise ValidationError("path", "must end in .csv or .xlsx")
    redact = not (actor.is_system or allowed(actor.role, "call.view_all_confidential"))
    total = Call.select().where(Call.received_at >= start, Call.received_at < end) \
        .count()
    progress = on_progress or (lambda done, total: None)
    stop = should_stop or (lambda: False)
    count = hidden_count = 0
    tmp = path.with_name(path.name + ".part")
    try:
        if kind == ".csv":
            with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
                writer = csv.writer(fh)
                writer.writerow(CANONICAL_COLUMNS)
                for row, hidden in _rows(start, end, redact):
                    writer.writerow([_text(row[c]) for c in CANONICAL_COLUMNS])
                    count += 1
                    hidden_count += hidden
                    if count % 5000 == 0:
                        progress(count, total)
                    if count % STOP_EVERY == 0 and stop():
                        raise _Stopped(count, hidden_count)
        else:
            count, hidden_count = _write_xlsx(tmp, _rows(start, end, redact),
                                              progress, total, stop)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError("path", f"cannot be written ({exc.strerror})") from None
    except _Stopped as stopped:
        tmp.unlink(missing_ok=True)
        return ExportResult("", stopped.rows, stopped.hidden, stopped=True)
    progress(count, total)
    with db.atomic():  # the rows are read outside a write lock; the audit row after
        if month is not None:
            audit(actor, "export", month, "export", None,
                  {"file": str(path), "month": month, "rows": count,
                   "redacted": hidden_count})
            label = month
        else:
            audit(actor, "export", None, "export", None,
                  {"file": str(path), "from": f"{start:%Y-%m-%d}",
                   "to": f"{end:%Y-%m-%d}", "rows": count, "redacted": hidden_count})
            label = f"{start:%Y%m%d}-{end:%Y%m%d}"
        log_document(actor, document="export", masked=bool(hidden_count),
                     detail=f"{label} {kind[1:]} {count} rows")
    return ExportResult(str(path), count, hidden_count)


def _write_xlsx(path: Path, rows, progress, total,
                stop=lambda: False) -> tuple[int, int]:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("calls")
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in CANONICAL_COLUMNS:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    count = hidden_count = 0
    for row, hidden in rows:
        out = []
        for name in CANONICAL_COLUMNS:
            value = row[name]
            if isinstance(value, dt.datetime):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            elif isinstance(value, bool):
                cell = WriteOnlyCell(ws, value=int(value))
            elif isinstance(value, int):
                cell = WriteOnlyCell(ws, value=value)
            elif value is None:
                cell = WriteOnlyCell(ws, value=None)
            else:
                cell = WriteOnlyCell(ws, value=neutralize(str(value)))
                cell.data_type = "s"  # never a formula, whatever the text
            out.append(cell)
        ws.append(out)
        count += 1
        hidden_count += hidden
        if count % 5000 == 0:
            progress(count, total)
        if count % STOP_EVERY == 0 and stop():
            ws.close()  # ends the sheet's writer (nothing is saved)
            raise _Stopped(count, hidden_count)
    wb.save(path)
    return count, hidden_count

