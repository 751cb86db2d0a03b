"""Per-agent KPIs (issue 11 item 4) for a month ('2026-11') or a quarter ('2026-Q4').

The figures `indicators.compute` has are taken from it for the same period, so
the KPI table of a month equals the `agents` of `report monthly --json`:
handled (calls_handled), mean handle time (mean_handle_seconds), FCR (fcr_rate),
satisfaction mean (satisfaction_mean), on-time rate (sla_rate), QA mean (qa_mean).
The counts beside them use the same attribution (indicators.py): surveys in the
period on calls the person logged or had at the end of the period; resolution due
times in the period of calls theirs at the end of it (due, late); reviews in the
period with them as agent, and those with a veto item (vetoes); knowledge articles
they wrote that were created (authored) or published (published) in the period;
shifts of the roster that started in the period before now (shifts), attended when
during the shift they logged a call received in it, or the audit log shows them
signing in or changing anything (from an hour before the start to the end).

Rows: every active duty officer and specialist, and anyone else with a figure in
the period (a supervisor who handled calls), by username.

Who sees what: the table and anyone's cases need "kpi.view" (supervisors,
directors); an agent ("appraisal.sign") sees their own row (`own_row`) and the
cases behind their own figures, nobody else's. A case's subject is blank in the
drill-down when the actor may not see that case (confidential).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from ..domain.access import may_see
from ..domain.appraisal import period_range
from ..domain.workflow import OPEN_STATUSES
from ..models import User, db
from . import clock, indicators
from .base import Actor, audit, service
from .case_access import facts
from .errors import PermissionDenied, ValidationError
from .exporter import neutralize
from .permissions import allowed
from .print_log import log_document

AGENT_ROLES = ("duty_officer", "specialist")
FIGURES = ("handled", "satisfaction", "qa", "vetoes", "late")
MAX_CASES = 5000


@dataclass(frozen=True)
class KpiRow:
    user_id: int
    username: str
    name: str
    role: str
    handled: int
    mean_handle_seconds: float | None
    fcr_rate: float | None
    satisfaction_mean: float | None
    surveys: int
    on_time_rate: float | None
    due: int  # resolution due times in the period
    late: int  # of those, missed
    qa_mean: float | None
    reviews: int
    vetoes: int  # reviews with a veto item
    articles_authored: int
    articles_published: int
    shifts: int  # rostered shifts begun in the period (before now)
    attended: int  # of those, with activity during the shift

    @property
    def attendance_rate(self) -> float | None:
        return self.attended / self.shifts if self.shifts else None


COLUMNS = tuple(f.name for f in fields(KpiRow))


@dataclass(frozen=True)
class CaseRow:
    call_id: int
    ticket_no: str
    received_at: dt.datetime
    status: str
    outcome: str
    subject: str  # blank when the actor may not see the case
    detail: str  # the figure's fact: rating, QA total, due time


def _period(period: str) -> tuple[str, dt.datetime, dt.datetime]:
    return period_range(period, kinds=("month", "quarter", "year"))


def _grouped(q: indicators._Sql, sql: str, params: list) -> dict:
    return {row[0]: row[1:] for row in q.run(sql, params)}


def compute_rows(start: dt.datetime, end: dt.datetime,
                 user_ids: list[int] | None = None) -> list[KpiRow]:
    """The KPI rows for [start, end) (inside a service), read in one snapshot."""
    with indicators.snapshot():
        return _rows(start, end, user_ids)


def _rows(start, end, user_ids) -> list[KpiRow]:
    figures = indicators.compute(start, end)
    agents = {a["user"]: a for a in figures["agents"]}
    q = indicators._Sql()
    period = [start, end]
    asg = indicators._ASSIGNEE_AT_END
    people: dict[int, dict] = {}

    def add(uid, key, n):
        if uid is not None:
            entry = people.setdefault(uid, {})
            entry[key] = entry.get(key, 0) + int(n or 0)

    # surveys: counted for the creator, and for the assignee at the end when other
    for creator, assignee, n in q.run(
            f"SELECT c.creator_id, {asg}, COUNT(*) FROM \"survey\" s "
            'JOIN "call" c ON c.id = s.call_id WHERE s.at >= ? AND s.at < ? '
            "GROUP BY 1, 2", [end, end] + period):
        add(creator, "surveys", n)
        if assignee != creator:
            add(assignee, "surveys", n)
    for uid, n, ok in indicators._resolution_on_time(q, period, clock.now(), "", []):
        add(uid, "due", n)
        add(uid, "late", int(n) - int(ok or 0))
    for uid, n in q.run(
            'SELECT q.agent_id, COUNT(*) FROM "quality_review" q '
            "WHERE q.at >= ? AND q.at < ? AND q.agent_id IS NOT NULL GROUP BY 1",
            period):
        add(uid, "reviews", n)
    for uid, vetoes in q.run(
            'SELECT q.agent_id, q.vetoes FROM "quality_review" q '
            "WHERE q.at >= ? AND q.at < ? AND q.agent_id IS NOT NULL "
            "AND q.vetoes IS NOT NULL AND q.vetoes <> '[]'", period):
        if json.loads(vetoes or "[]"):
            add(uid, "vetoes", 1)
    for uid, n in q.run(
            'SELECT a.author_id, COUNT(*) FROM "knowledge_article" a '
            "WHERE a.created_at >= ? AND a.created_at < ? GROUP BY 1", period):
        add(uid, "authored", n)
    for uid, n in q.run(
            'SELECT a.author_id, COUNT(*) FROM "knowledge_article" a '
            "WHERE a.published_at >= ? AND a.published_at < ? GROUP BY 1", period):
        add(uid, "published", n)
    early = "datetime(s.starts_at, '-1 hour')" if q.sqlite else \
        "s.starts_at - INTERVAL '1 hour'"
    for uid, n, attended in q.run(
            'SELECT s.user_id, COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM "call" c '
            "WHERE c.received_at >= s.starts_at AND c.received_at < s.ends_at "
            "AND c.creator_id = s.user_id) OR EXISTS (SELECT 1 FROM \"audit_log\" a "
            f"WHERE a.at >= {early} AND a.at < s.ends_at "
            "AND a.actor_id = s.user_id) THEN 1 ELSE 0 END) "
            'FROM "shift" s WHERE s.starts_at >= ? AND s.starts_at < ? '
            "AND s.starts_at < ? GROUP BY 1", period + [clock.now()]):
        add(uid, "shifts", n)
        add(uid, "attended", attended)

    users = {u.id: u for u in User.select(User.id, User.username, User.display_name,
                                           User.role, User.active)}
    by_name = {u.username: u.id for u in users.values()}
    wanted = {uid for uid, u in users.items() if u.active and u.role in AGENT_ROLES}
    wanted |= {by_name[name] for name in agents if name in by_name}
    wanted |= {uid for uid, e in people.items()
               if any(e.get(k) for k in ("surveys", "due", "reviews"))}
    if user_ids is not None:
        wanted = set(user_ids)
    rows = []
    for uid in wanted:
        u = users.get(uid)
        if u is None:
            continue
        a = agents.get(u.username, {})
        e = people.get(uid, {})
        rows.append(KpiRow(
            user_id=uid, username=u.username, name=u.display_name, role=u.role,
            handled=int(a.get("calls_handled") or 0),
            mean_handle_seconds=a.get("mean_handle_seconds"),
            fcr_rate=a.get("fcr_rate"), satisfaction_mean=a.get("satisfaction_mean"),
            surveys=e.get("surveys", 0), on_time_rate=a.get("sla_rate"),
            due=e.get("due", 0), late=e.get("late", 0), qa_mean=a.get("qa_mean"),
            reviews=e.get("reviews", 0), vetoes=e.get("vetoes", 0),
            articles_authored=e.get("authored", 0),
            articles_published=e.get("published", 0),
            shifts=e.get("shifts", 0), attended=e.get("attended", 0)))
    return sorted(rows, key=lambda r: r.username)


@service("kpi.view")
def table(*, actor: Actor, period: str) -> list[KpiRow]:
    """Every agent's row for the month or quarter, by username."""
    _, start, end = _period(period)
    return compute_rows(start, end)


@service("appraisal.sign")
def own_row(*, actor: Actor, period: str) -> KpiRow | None:
    """The actor's own row (agents see theirs only)."""
    _, start, end = _period(period)
    rows = compute_rows(start, end, [actor.id])
    return rows[0] if rows else None


def _may_see_cases_of(actor: Actor, user_id: int) -> None:
    if actor.is_system or allowed(actor.role, "kpi.view"):
        return
    if user_id == actor.id and allowed(actor.role, "appraisal.sign"):
        return
    raise PermissionDenied("kpi.view", actor.role, code="not_your_figures")


def _case_rows(actor: Actor, sql: str, params: list, q: indicators._Sql
               ) -> list[CaseRow]:
    """`sql` selects (call id, detail) pairs; the cases in ticket order."""
    pairs = q.run(sql, params)
    details: dict[int, list[str]] = {}
    for call_id, detail in pairs:
        details.setdefault(call_id, [])
        if detail is not None and str(detail) not in details[call_id]:
            details[call_id].append(str(detail))
    if not details:
        return []
    from ..models import Call

    out = []
    ids = sorted(details)[:MAX_CASES]
    for i in range(0, len(ids), 500):
        for c in Call.select(Call.id, Call.ticket_no, Call.received_at, Call.status,
                             Call.outcome, Call.subject, Call.creator,
                             Call.assignee, Call.confidential
                             ).where(Call.id.in_(ids[i:i + 500])):
            role = "system" if actor.is_system else actor.role
            seen = may_see(role, actor.user_id, facts(c))
            out.append(CaseRow(c.id, c.ticket_no, c.received_at, c.status, c.outcome,
                               c.subject if seen else "", "; ".join(details[c.id])))
    return sorted(out, key=lambda r: (r.received_at, r.call_id))


@service(None)
def cases(*, actor: Actor, period: str, user_id: int, figure: str) -> list[CaseRow]:
    """The cases behind one figure of a person's row: `handled` (the calls they
    handled), `satisfaction` (the surveyed calls; detail: the rating), `qa` (the
    reviewed calls; detail: the total), `vetoes` (reviews with a veto; detail: the
    veto codes), `late` or `on_time` (resolution due times missed; detail: the
    due time)."""
    figure = {"on_time": "late"}.get(figure, figure)  # the late ones behind it
    if figure not in FIGURES:
        raise ValidationError("figure", f"must be one of {', '.join(FIGURES)}",
                              code="bad_choice")
    if isinstance(user_id, bool) or not isinstance(user_id, int):
        raise ValidationError("user_id", "must be a user id", code="not_a_number")
    _may_see_cases_of(actor, user_id)
    _, start, end = _period(period)
    with indicators.snapshot():
        q = indicators._Sql()
        period_ = [start, end]
        asg = indicators._ASSIGNEE_AT_END
        mine = f"(c.creator_id = ? OR {asg} = ?)"
        mine_p = [user_id, end, end, user_id]
        if figure == "handled":
            return _case_rows(actor, 'SELECT c.id, NULL FROM "call" c '
                              f"WHERE c.received_at >= ? AND c.received_at < ? "
                              f"AND {mine}", period_ + mine_p, q)
        if figure == "satisfaction":
            return _case_rows(actor, 'SELECT c.id, s.rating FROM "survey" s '
                              'JOIN "call" c ON c.id = s.call_id '
                              f"WHERE s.at >= ? AND s.at < ? AND {mine}",
                              period_ + mine_p, q)
        if figure in ("qa", "vetoes"):
            col = "q.total" if figure == "qa" else "q.vetoes"
            extra = "" if figure == "qa" else \
                " AND q.vetoes IS NOT NULL AND q.vetoes <> '[]'"
            rows = _case_rows(actor, f'SELECT q.call_id, {col} FROM "quality_review" q '
                              "WHERE q.at >= ? AND q.at < ? AND q.agent_id = ?"
                              f"{extra}", period_ + [user_id], q)
            if figure == "vetoes":
                rows = [r for r in rows if r.detail and r.detail != "[]"]
            return rows
        # late: resolutions after their due time, and open cases past it
        now = clock.now()
        return _case_rows(
            actor,
            'SELECT r.call_id, r.due_at FROM "case_resolution" r '
            'JOIN "call" c ON c.id = r.call_id WHERE r.due_at IS NOT NULL '
            "AND r.due_at >= ? AND r.due_at < ? AND r.resolved_at > r.due_at "
            f"AND {asg} = ? "
            'UNION ALL SELECT c.id, c.resolution_due FROM "call" c '
            "WHERE c.resolution_due >= ? AND c.resolution_due < ? "
            f"AND c.resolved_at IS NULL AND c.status IN {indicators._in(OPEN_STATUSES)} "
            "AND c.resolution_due <= ? "
            "AND (c.paused_at IS NULL OR c.paused_at >= c.resolution_due) "
            f"AND {asg} = ?",
            period_ + [end, end, user_id] + period_ + list(OPEN_STATUSES) + [now]
            + [end, end, user_id], q)


# ------------------------------------------------------------------ export

HEADERS = {
    "zh": {"username": "工号", "name": "姓名", "role": "角色", "handled": "受理量",
           "mean_handle_seconds": "平均处理时长(秒)", "fcr_rate": "一次办结率",
           "satisfaction_mean": "满意度均分", "surveys": "评价数",
           "on_time_rate": "按时办结率", "due": "应办结数", "late": "超时数",
           "qa_mean": "质检均分", "reviews": "质检数", "vetoes": "否决项",
           "articles_authored": "撰写知识", "articles_published": "发布知识",
           "shifts": "排班数", "attended": "出勤班次"},
    "en": {"username": "Username", "name": "Name", "role": "Role",
           "handled": "Handled", "mean_handle_seconds": "Mean handle time (s)",
           "fcr_rate": "FCR", "satisfaction_mean": "Satisfaction mean",
           "surveys": "Surveys", "on_time_rate": "On-time rate", "due": "Due",
           "late": "Late", "qa_mean": "QA mean", "reviews": "Reviews",
           "vetoes": "Vetoes", "articles_authored": "Articles authored",
           "articles_published": "Articles published", "shifts": "Shifts",
           "attended": "Shifts attended"},
}
EXPORT_COLUMNS = tuple(c for c in COLUMNS if c != "user_id")


@dataclass(frozen=True)
class KpiExport:
    path: str
    rows: int


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, int):
        return value
    return neutralize(str(value))


@service("kpi.view")
def export(*, actor: Actor, period: str, path: str | Path, lang: str = "zh"
           ) -> KpiExport:
    """The table as .csv (UTF-8 with BOM) or .xlsx; text cells that a spreadsheet
    would run as formulas are neutralized; the export is logged and audited."""
    _, start, end = _period(period)
    path = Path(path)
    kind = path.suffix.lower()
    if kind not in (".csv", ".xlsx"):
        raise ValidationError("path", "must end in .csv or .xlsx")
    rows = compute_rows(start, end)
    words = HEADERS["en" if lang == "en" else "zh"]
    header = [words[c] for c in EXPORT_COLUMNS]
    body = [[_cell(asdict(r)[c]) for c in EXPORT_COLUMNS] for r in rows]
    tmp = path.with_name(path.name + ".part")
    try:
        if kind == ".csv":
            with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                writer.writerows(body)
        else:
            from openpyxl import Workbook
            from openpyxl.cell import WriteOnlyCell

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("kpi")
            ws.append(header)
            for values in body:
                out = []
                for v in values:
                    cell = WriteOnlyCell(ws, value=v if v != "" else None)
                    if isinstance(v, str):
                        cell.data_type = "s"  # never a formula
                    out.append(cell)
                ws.append(out)
            wb.save(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError("path", f"cannot be written ({exc.strerror})") from None
    with db.atomic():
        audit(actor, "export", None, "kpi_export", None,
              {"period": period, "rows": len(rows), "format": kind[1:]})
        log_document(actor, document="kpi_table",
                     detail=f"{period} {kind[1:]} {len(rows)} rows")
    return KpiExport(str(path), len(rows))

