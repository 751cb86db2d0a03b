"""The monthly report (DESIGN §8): everything its PDF shows, gathered by SQL
aggregates in one snapshot, handed to hotline/reports/monthly.py as plain values.

The indicators are indicators.monthly() (the month, the month before, the same
month a year before), so every figure the PDF prints equals `report monthly
--json`. What the report adds follows the same rule as the indicators ("months that
never change", see indicators' docstring): each figure comes from facts stamped
when they happened — received_at, the resolution history (case_resolution), the
survey's and review's times, the assignee at the end of the month — so reopening or
reassigning a case later leaves the month as it was printed.

Definitions the report adds:
- trend: the 12 months ending with the month: calls received (= calls_total) and
  satisfaction_rate (surveys recorded in the month scoring 4–5 ÷ surveys).
- daily: calls received on each day of the month (the days sum to calls_total).
- top_issues (热点诉求): the 10 categories (as stored on the call: "父/子" for a
  sub-category) with most valid calls received in the month, ties by label; each
  with the previous month's count and the change; `new` when the category was not
  among the previous month's ten.
- specialists: by assignee at the end of the month (None: nobody, e.g. answered on
  the call): resolved (cases with a resolution in the month, once each; they sum
  to `resolved`), on_time / overdue (resolution due times in the month, exactly
  the counts behind on_time_resolution_rate and the agents' sla_rate) and reopened
  (cases reopened in the month, once each: the numerator of reopen_rate).
- dissatisfied: surveys recorded in the month rating 1–3 (not 满意 in §5's sense,
  so they are surveys − satisfied), lowest rating first; at most
  DISSATISFIED_LISTED rows, `dissatisfied_total` says how many there are. Ticket
  number, rating, date and category only; the caller's comment only for a case
  that is not confidential; no caller data ever.
- qa: reviews recorded in the month, calls reviewed, mean/min/max total,
  rectifications required, and rectifications open at the end of the month
  (required by a review made before the end, not done before it).
- issue_no (期号): the month's number in its year; issue_total (总期号): months from
  the first month with a call to this one, counting both (None before it).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..models import NON_SERVICE_OUTCOMES, Setting, User, db
from ..reports.monthly import (DissatisfiedSurvey, MonthlyReport, QaSummary,
                               SpecialistRow, TopIssue, build)
from . import clock, indicators
from .archives import log_document
from .base import Actor, audit, service
from .errors import ValidationError
from .exporter import month_range, neutralize

CENTER_NAME_KEY = "center_name"
DEFAULT_CENTER_NAME = {"zh": "热线服务中心", "en": "Hotline service center"}
DISSATISFIED_LISTED = 100
COMMENT_CHARS = 120
LANGS = ("zh", "en")


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValidationError("lang", f"must be zh or en (got {str(lang)[:10]!r})")
    return lang


def _add_months(start: dt.datetime, months: int) -> dt.datetime:
    index = start.year * 12 + start.month - 1 + months
    return start.replace(year=index // 12, month=index % 12 + 1, day=1)


def _month_expr(q, column: str) -> str:
    if q.sqlite:
        return f"strftime('%Y-%m', {column})"
    return f"to_char({column}, 'YYYY-MM')"


def _day_expr(q, column: str) -> str:
    if q.sqlite:
        return f"CAST(strftime('%d', {column}) AS INTEGER)"
    return f"CAST(EXTRACT(DAY FROM {column}) AS INTEGER)"


def _labels(q) -> dict:
    """Category id -> "父/子" (or the name of a top-level category)."""
    rows = q.run('SELECT k.id, k.name, p.name FROM "category" k '
                 'LEFT JOIN "category" p ON p.id = k.parent_id', [])
    return {cid: (f"{parent}/{name}" if parent is not None else name)
            for cid, name, parent in rows}


def _center_name(lang: str) -> str:
    row = Setting.get_or_none(Setting.key == CENTER_NAME_KEY)
    if row is not None and row.value.strip():
        return row.value.strip()
    return DEFAULT_CENTER_NAME[lang]


def _trend(q, start: dt.datetime, end: dt.datetime) -> tuple:
    first = _add_months(start, -11)
    calls = dict(q.run(
        f"SELECT {_month_expr(q, 'c.received_at')}, COUNT(*) FROM \"call\" c "
        "WHERE c.received_at >= ? AND c.received_at < ? GROUP BY 1", [first, end]))
    surveys = {m: (int(n), int(ok or 0)) for m, n, ok in q.run(
        f"SELECT {_month_expr(q, 's.at')}, COUNT(*), "
        "SUM(CASE WHEN s.rating >= 4 THEN 1 ELSE 0 END) FROM \"survey\" s "
        "WHERE s.at >= ? AND s.at < ? GROUP BY 1", [first, end])}
    out = []
    for k in range(12):
        month = f"{_add_months(first, k):%Y-%m}"
        n, ok = surveys.get(month, (0, 0))
        out.append((month, int(calls.get(month, 0)),
                    round(ok / n, 6) if n else None))
    return tuple(out)


def _daily(q, start: dt.datetime, end: dt.datetime) -> tuple:
    counts = {int(day): int(n) for day, n in q.run(
        f"SELECT {_day_expr(q, 'c.received_at')}, COUNT(*) FROM \"call\" c "
        "WHERE c.received_at >= ? AND c.received_at < ? GROUP BY 1", [start, end])}
    days = (end - start).days
    return tuple((d, counts.get(d, 0)) for d in range(1, days + 1))


def _top_issues(q, labels: dict, prev_start: dt.datetime, start: dt.datetime,
                end: dt.datetime) -> tuple:
    ns = indicators._in(NON_SERVICE_OUTCOMES)
    rows = q.run(
        "SELECT c.category_id, SUM(CASE WHEN c.received_at >= ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN c.received_at < ? THEN 1 ELSE 0 END) FROM \"call\" c "
        "WHERE c.received_at >= ? AND c.received_at < ? "
        f"AND c.category_id IS NOT NULL AND c.outcome NOT IN {ns} "
        "GROUP BY c.category_id",
        [start, start, prev_start, end] + list(NON_SERVICE_OUTCOMES))
    counts = [(labels.get(cid, str(cid)), int(now or 0), int(before or 0))
              for cid, now, before in rows]
    ten_before = {label for label, _, before in
                  sorted((r for r in counts if r[2]), key=lambda r: (-r[2], r[0]))[:10]}
    top = sorted((r for r in counts if r[1]), key=lambda r: (-r[1], r[0]))[:10]
    return tuple(TopIssue(label=label, count=now, previous=before,
                          new=label not in ten_before)
                 for label, now, before in top)


def _specialists(q, start: dt.datetime, end: dt.datetime) -> tuple:
    asg = indicators._ASSIGNEE_AT_END
    people: dict = {}

    def put(uid, key, n):
        people.setdefault(uid, {"resolved": 0, "on_time": 0, "due": 0,
                                "reopened": 0})[key] += int(n or 0)

    for uid, n in q.run(
            f"SELECT {asg}, COUNT(DISTINCT r.call_id) FROM \"case_resolution\" r "
            'JOIN "call" c ON c.id = r.call_id '
            "WHERE r.resolved_at >= ? AND r.resolved_at < ? GROUP BY 1",
            [end, end, start, end]):
        put(uid, "resolved", n)
    for uid, n in q.run(
            f"SELECT {asg}, COUNT(DISTINCT r.call_id) FROM \"case_resolution\" r "
            'JOIN "call" c ON c.id = r.call_id WHERE r.reopened_at IS NOT NULL '
            "AND r.reopened_at >= ? AND r.reopened_at < ? GROUP BY 1",
            [end, end, start, end]):
        put(uid, "reopened", n)
    for uid, due, ok in indicators._resolution_on_time(q, [start, end], clock.now(),
                                                       "", []):
        put(uid, "due", due)
        put(uid, "on_time", ok)
    ids = [uid for uid in people if uid is not None]
    names = {}
    if ids:
        names = {uid: (username, display) for uid, username, display in
                 User.select(User.id, User.username, User.display_name)
                 .where(User.id.in_(ids)).tuples()}
    out = []
    for uid, e in people.items():
        if not any(e.values()):
            continue
        username, display = names.get(uid, ("", "")) if uid is not None else (None, "")
        out.append(SpecialistRow(user=username, name=display, resolved=e["resolved"],
                                 on_time=e["on_time"],
                                 overdue=e["due"] - e["on_time"],
                                 reopened=e["reopened"]))
    # people by username, nobody last
    return tuple(sorted(out, key=lambda r: (r.user is None, r.user or "")))


def _dissatisfied(q, labels: dict, start: dt.datetime, end: dt.datetime
                  ) -> tuple[tuple, int]:
    (total,), = q.run('SELECT COUNT(*) FROM "survey" s '
                      "WHERE s.at >= ? AND s.at < ? AND s.rating < 4", [start, end])
    rows = q.run(
        "SELECT c.ticket_no, s.rating, s.at, c.category_id, "
        "CASE WHEN c.confidential THEN NULL ELSE s.comment END "
        'FROM "survey" s JOIN "call" c ON c.id = s.call_id '
        "WHERE s.at >= ? AND s.at < ? AND s.rating < 4 "
        "ORDER BY s.rating, s.at, s.id LIMIT ?", [start, end, DISSATISFIED_LISTED])
    out = []
    for ticket_no, rating, at, cid, comment in rows:
        if comment is not None and len(comment) > COMMENT_CHARS:
            comment = comment[:COMMENT_CHARS] + "…"
        out.append(DissatisfiedSurvey(
            ticket_no=ticket_no, rating=int(rating), date=str(at)[:10],
            category=labels.get(cid, "") if cid is not None else "",
            comment=comment, confidential=comment is None))
    return tuple(out), int(total)


def _qa(q, start: dt.datetime, end: dt.datetime) -> QaSummary:
    (reviews, calls, low, high, total, required), = q.run(
        "SELECT COUNT(*), COUNT(DISTINCT q.call_id), MIN(q.total), MAX(q.total), "
        "SUM(q.total), SUM(CASE WHEN q.rectification_required THEN 1 ELSE 0 END) "
        'FROM "quality_review" q WHERE q.at >= ? AND q.at < ?', [start, end])
    (still_open,), = q.run(
        'SELECT COUNT(*) FROM "quality_review" q WHERE q.rectification_required '
        "AND q.at < ? AND (q.rectification_done_at IS NULL "
        "OR q.rectification_done_at >= ?)", [end, end])
    reviews = int(reviews)
    return QaSummary(
        reviews=reviews, calls_reviewed=int(calls),
        mean=round(float(total) / reviews, 6) if reviews else None,
        lowest=float(low) if low is not None else None,
        highest=float(high) if high is not None else None,
        rectifications_required=int(required or 0),
        rectifications_open=int(still_open))


def _issue_total(q, start: dt.datetime) -> int | None:
    (first,), = q.run('SELECT MIN(c.received_at) FROM "call" c', [])
    if first is None:
        return None
    first = str(first)
    first_index = int(first[:4]) * 12 + int(first[5:7]) - 1
    index = start.year * 12 + start.month - 1
    return index - first_index + 1 if index >= first_index else None


@service("report.view")
def monthly_report(*, actor: Actor, month: str, lang: str = "zh") -> MonthlyReport:
    """Everything the monthly report PDF prints for `month` (YYYY-MM), read in one
    snapshot."""
    lang = _check_lang(lang)
    start, end = month_range(month)
    prev_start, _ = month_range(indicators.previous_month(month))
    with indicators.snapshot():
        figures = indicators.monthly(actor=actor, month=month)
        q = indicators._Sql()
        labels = _labels(q)
        report = MonthlyReport(
            month=figures["month"],
            lang=lang,
            center_name=_center_name(lang),
            issue_no=start.month,
            issue_total=_issue_total(q, start),
            made_on=clock.now().date(),
            indicators={k: figures[k] for k in indicators.KEYS},
            previous=figures["previous"],
            last_year=figures["last_year"],
            previous_month=indicators.previous_month(month),
            last_year_month=indicators.same_month_last_year(month),
            trend=_trend(q, start, end),
            daily=_daily(q, start, end),
            top_issues=_top_issues(q, labels, prev_start, start, end),
            specialists=_specialists(q, start, end),
            dissatisfied=(dissatisfied := _dissatisfied(q, labels, start, end))[0],
            dissatisfied_total=dissatisfied[1],
            qa=_qa(q, start, end),
        )
    return report


@service("report.view")
def write_monthly_pdf(*, actor: Actor, month: str, target, lang: str = "zh",
                      export: bool = True) -> int:
    """Build the month's report and write it to `target` atomically (a temporary
    file in the same directory, then moved into place); returns the page count.
    Logged as an export unless `export` is False (a copy made to be previewed on
    the screen: printing or saving it is logged then, record_print/save_copy)."""
    report = monthly_report(actor=actor, month=month, lang=lang)
    target = Path(target)
    directory = target.parent if str(target.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                dir=directory)
    os.close(fd)
    try:
        pages = build(report, temp, lang)
        if export:
            with db.atomic():  # every print and export is logged (DESIGN §8)
                log_document(actor, document="monthly_report", pages=pages,
                             detail=f"{month} {lang}")
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    return pages


# ----------------------------------------------------------------- prints and exports

DESTINATIONS = ("printer", "file")


@service("report.view")
def record_print(*, actor: Actor, month: str, lang: str = "zh", pages: int,
                 destination: str = "printer") -> None:
    """Log that the month's report was printed (or saved to a file): a PrintLog
    row and an audit row (codes and counts only), in one transaction."""
    lang = _check_lang(lang)
    start, _ = month_range(month)
    if destination not in DESTINATIONS:
        raise ValidationError("destination", "must be printer or file",
                              code="invalid_choice", choices="printer, file")
    if not isinstance(pages, int) or isinstance(pages, bool) or pages < 0:
        raise ValidationError("pages", "must be a number of pages")
    with db.atomic():
        log_document(actor, document="monthly_report", destination=destination,
                     pages=pages, detail=f"{start:%Y-%m} {lang}")
        audit(actor, "report", None, "print" if destination == "printer" else "export",
              None, {"month": f"{start:%Y-%m}", "lang": lang, "pages": pages,
                     "kind": destination})


@service("report.view")
def save_copy(*, actor: Actor, month: str, lang: str = "zh", source, target,
              pages: int = 0) -> str:
    """Copy a generated report (`source`) to `target` (Save as…), through a
    temporary file beside it, and log the export. The path written."""
    target = Path(target)
    source = Path(source)
    if not source.is_file():
        raise ValidationError("source", f"no such file: {source.name}",
                              code="no_such_file")
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                    dir=directory)
        os.close(fd)
    except OSError as exc:
        raise ValidationError("path", f"cannot be written ({exc.strerror})") from None
    try:
        shutil.copyfile(source, temp)
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise ValidationError("path", f"cannot be written ({exc.strerror})") from None
    record_print(actor=actor, month=month, lang=lang, pages=pages, destination="file")
    return str(target)


INDICATOR_SHEET = "指标"
DICT_FIGURES = ("by_channel", "by_category", "by_priority", "by_outcome", "by_status")
STAT_FIGURES = ("resolution_hours", "first_response_minutes")
AGENT_COLUMNS = ("user", "name", "calls_handled", "mean_handle_seconds", "fcr_rate",
                 "satisfaction_mean", "sla_rate", "qa_mean")


@dataclass(frozen=True)
class IndicatorExport:
    path: str
    month: str
    sheets: tuple[str, ...]


def _cell(ws, value):
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        cell = WriteOnlyCell(ws, value=neutralize(value))
        cell.data_type = "s"  # never a formula, whatever the text
        return cell
    if isinstance(value, bool):
        return WriteOnlyCell(ws, value=int(value))
    return WriteOnlyCell(ws, value=value)


def _sheet(wb, title: str, header, rows) -> None:
    from openpyxl.styles import Font

    ws = wb.create_sheet(title[:31])
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    cells = []
    for name in header:
        cell = _cell(ws, name)
        cell.font = bold
        cells.append(cell)
    ws.append(cells)
    for row in rows:
        ws.append([_cell(ws, v) for v in row])


@service("report.view")
def export_indicators(*, actor: Actor, month: str, path) -> IndicatorExport:
    """The month's indicators (indicators.monthly(), as `report monthly --json`)
    as an .xlsx workbook: sheet 指标 with one row per figure (key, this month,
    previous month, same month last year; mean/median/p90 as key.mean …), one
    sheet per figure that counts by something (by_channel …: label and the three
    months), and the agents of the month. Text cells that a spreadsheet would run
    as a formula are neutralized (exporter.neutralize). Logged as an export."""
    from openpyxl import Workbook

    start, _ = month_range(month)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("path", "must end in .xlsx")
    figures = indicators.monthly(actor=actor, month=f"{start:%Y-%m}")
    months = (figures, figures["previous"], figures["last_year"])
    this, prev, last = (f"{start:%Y-%m}", indicators.previous_month(f"{start:%Y-%m}"),
                        indicators.same_month_last_year(f"{start:%Y-%m}"))
    head = ("指标 key", f"本月 {this}", f"上月 {prev}", f"去年同月 {last}")
    rows = []
    for key in indicators.KEYS:
        if key in DICT_FIGURES or key == "agents":
            continue
        if key in STAT_FIGURES:
            for part in ("mean", "median", "p90"):
                rows.append((f"{key}.{part}",
                             *[(m.get(key) or {}).get(part) for m in months]))
            continue
        rows.append((key, *[m.get(key) for m in months]))
    wb = Workbook(write_only=True)
    _sheet(wb, INDICATOR_SHEET, head, rows)
    sheets = [INDICATOR_SHEET]
    for key in DICT_FIGURES:
        labels = list(figures.get(key) or {})
        for m in months[1:]:
            labels += [k for k in (m.get(key) or {}) if k not in labels]
        _sheet(wb, key, (key, *head[1:]),
               [(label, *[(m.get(key) or {}).get(label, 0) for m in months])
                for label in labels])
        sheets.append(key)
    _sheet(wb, "agents", AGENT_COLUMNS,
           [tuple(a.get(c) for c in AGENT_COLUMNS) for a in figures.get("agents") or []])
    sheets.append("agents")
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                    dir=directory)
        os.close(fd)
        try:
            wb.save(temp)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ValidationError("path", f"cannot be written ({exc.strerror})") from None
    with db.atomic():
        log_document(actor, document="indicators", destination="file",
                     detail=f"{this} xlsx")
        audit(actor, "report", None, "export", None,
              {"month": this, "format": "xlsx", "kind": "file"})
    return IndicatorExport(str(path), this, tuple(sheets))
