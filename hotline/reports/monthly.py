"""The monthly report PDF (热线月报, DESIGN §8) from a MonthlyReport: plain values
that services/monthly_report.py gathers; no database here.

Sections, in order: masthead (期号, 编制单位, date); 一 summary in words; 二 the
indicator table (本月, 上月, 环比, 去年同月, 同比) with every scalar §5 key and the
12-month trend chart; 三 受理: by channel, type (top-level category), priority,
outcome and status, 直接答复 vs 转办, calls per day chart; 四 办理 by specialist;
五 回访与满意度 with the dissatisfied cases; 六 热点诉求 top 10 with its chart; 七 质检;
八 per-agent table (this month and the one before); 九 指标口径. Figures print
through figures.py; "—" for a missing value. Chinese by default, English with
lang="en" (category names and user names print as stored).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer
from reportlab.platypus.flowables import HRFlowable

from . import figures, layout
from .fonts import register_cjk_font
from .terms import term

WIDTH = layout.PAGE[0] - 2 * layout.MARGIN  # 170 mm


# ---------------------------------------------------------------- the data

@dataclass(frozen=True)
class TopIssue:
    label: str  # "父/子" as stored
    count: int  # valid calls this month
    previous: int  # the month before
    new: bool  # not among the previous month's ten

    @property
    def change(self) -> int:
        return self.count - self.previous


@dataclass(frozen=True)
class SpecialistRow:
    user: str | None  # username; None: nobody (answered on the call)
    name: str
    resolved: int
    on_time: int
    overdue: int
    reopened: int


@dataclass(frozen=True)
class DissatisfiedSurvey:
    ticket_no: str
    rating: int
    date: str  # YYYY-MM-DD
    category: str
    comment: str | None  # None: confidential case, not shown
    confidential: bool = False


@dataclass(frozen=True)
class QaSummary:
    reviews: int
    calls_reviewed: int
    mean: float | None
    lowest: float | None
    highest: float | None
    rectifications_required: int
    rectifications_open: int


@dataclass(frozen=True)
class MonthlyReport:
    month: str  # YYYY-MM
    lang: str
    center_name: str
    issue_no: int  # 期号: the month's number in its year
    issue_total: int | None  # 总期号
    made_on: dt.date
    indicators: dict  # every key of indicators.KEYS for the month
    previous: dict  # the same for the month before
    last_year: dict  # the same for the same month a year before
    previous_month: str
    last_year_month: str
    trend: tuple  # (YYYY-MM, calls received, satisfaction rate) x 12
    daily: tuple  # (day, calls received)
    top_issues: tuple[TopIssue, ...]
    specialists: tuple[SpecialistRow, ...]
    dissatisfied: tuple[DissatisfiedSurvey, ...]
    dissatisfied_total: int
    qa: QaSummary


# ---------------------------------------------------------------- the words

# every scalar §5 key (a stats key: each of mean/median/p90) -> how it prints
INDICATORS: dict = {
    "calls_total": "count",
    "calls_valid": "count",
    "direct_answer_rate": "rate",
    "tickets_dispatched": "count",
    "resolved": "count",
    "resolution_hours": {"mean": "hours", "median": "hours", "p90": "hours"},
    "first_response_minutes": {"mean": "minutes", "median": "minutes",
                               "p90": "minutes"},
    "on_time_resolution_rate": "rate",
    "first_response_sla_rate": "rate",
    "fcr_rate": "rate",
    "reopen_rate": "rate",
    "callback_rate": "rate",
    "survey_participation_rate": "rate",
    "satisfaction_rate": "rate",
    "satisfaction_mean": "mean",
    "qa_rate": "rate",
    "qa_mean": "mean",
    "qa_vetoes": "count",
    "rectification_closure_rate": "rate",
}
# the count tables: key -> the terms.py kind of its codes (None: category names)
DIMENSIONS = {"by_channel": "channel", "by_category": None, "by_priority": "priority",
              "by_outcome": "outcome", "by_status": "status"}
# the per-agent table's figures
AGENT_COLUMNS = (("calls_handled", "count"), ("mean_handle_seconds", "seconds"),
                 ("fcr_rate", "rate"), ("satisfaction_mean", "mean"),
                 ("sla_rate", "rate"), ("qa_mean", "mean"))

_LABELS = {
    "calls_total": ("受理总量", "Calls received"),
    "calls_valid": ("有效来电", "Valid calls"),
    "direct_answer_rate": ("直接答复率", "Direct answer rate"),
    "tickets_dispatched": ("转办工单", "Tickets dispatched"),
    "resolved": ("办结量", "Cases resolved"),
    "resolution_hours.mean": ("办结时长均值（小时）", "Resolution time, mean (h)"),
    "resolution_hours.median": ("办结时长中位数（小时）", "Resolution time, median (h)"),
    "resolution_hours.p90": ("办结时长P90（小时）", "Resolution time, p90 (h)"),
    "first_response_minutes.mean": ("首次响应均值（分钟）",
                                     "First response, mean (min)"),
    "first_response_minutes.median": ("首次响应中位数（分钟）",
                                      "First response, median (min)"),
    "first_response_minutes.p90": ("首次响应P90（分钟）", "First response, p90 (min)"),
    "on_time_resolution_rate": ("按时办结率", "On-time resolution rate"),
    "first_response_sla_rate": ("首次响应及时率", "First response on time"),
    "fcr_rate": ("一次办结率", "First-contact resolution"),
    "reopen_rate": ("重办率", "Reopen rate"),
    "callback_rate": ("回访率", "Callback rate"),
    "survey_participation_rate": ("参评率", "Survey participation"),
    "satisfaction_rate": ("满意率", "Satisfaction rate"),
    "satisfaction_mean": ("满意度均值（1–5）", "Satisfaction, mean (1–5)"),
    "qa_rate": ("质检率", "QA rate"),
    "qa_mean": ("质检均分", "QA mean score"),
    "qa_vetoes": ("质检否决项", "QA vetoes"),
    "rectification_closure_rate": ("整改按期关闭率", "Rectifications closed on time"),
    "by_channel": ("受理渠道", "Channel"),
    "by_category": ("诉求类型", "Type of request"),
    "by_priority": ("优先级", "Priority"),
    "by_outcome": ("来电结果", "Outcome"),
    "by_status": ("月末状态", "Status at month end"),
    "calls_handled": ("受理量", "Calls"),
    "mean_handle_seconds": ("平均通话（秒）", "Handle (s)"),
    "sla_rate": ("按时办结率", "On-time rate"),
    "agents.satisfaction_mean": ("满意度均值", "Satisfaction mean"),
    "agents.qa_mean": ("质检均分", "QA mean"),
    "agents.fcr_rate": ("一次办结率", "FCR rate"),
}

_DEFINITIONS = {
    "calls_total": ("本月受理的全部来电（按受理时间）。", "Calls received in the month."),
    "calls_valid": ("受理总量减去挂断、无声、骚扰、打错、测试等非服务来电。",
                    "Calls received minus non-service outcomes (hang-up, silent, "
                    "prank, wrong number, test)."),
    "direct_answer_rate": ("当场答复的来电 ÷ 有效来电。",
                           "Calls answered on the call ÷ valid calls."),
    "tickets_dispatched": ("有效来电中转办或升级的工单数。",
                           "Valid calls transferred or escalated."),
    "resolved": ("本月有办结记录的工单（同一工单本月多次办结计一次）。",
                 "Cases with a resolution in the month, once each."),
    "resolution_hours": ("办结工单自受理至本月最后一次办结的时长：均值、中位数、第90百分位"
                         "（线性插值）。",
                         "Time from receipt to the case's last resolution in the "
                         "month: mean, median, 90th percentile (linear interpolation)."),
    "first_response_minutes": ("本月受理的转办工单自受理至首次响应的时长。",
                               "Time from receipt to the first response of tickets "
                               "dispatched in the month."),
    "on_time_resolution_rate": ("办结时限落在本月的工单中，在时限内办结的比例（等待来电人"
                                "期间时限顺延）。",
                                "Of the resolution due times falling in the month, "
                                "the share met (the clock stops while waiting on the "
                                "caller)."),
    "first_response_sla_rate": ("首次响应时限落在本月的工单中，按时响应的比例。",
                                "Of the first-response due times in the month, the "
                                "share met."),
    "fcr_rate": ("当场解决且月内未被退回重办的有效来电 ÷ 有效来电。",
                 "Valid calls solved on the first contact and not reopened within "
                 "the month ÷ valid calls."),
    "reopen_rate": ("本月退回重办的工单 ÷ 办结量。",
                    "Cases reopened in the month ÷ cases resolved."),
    "callback_rate": ("本月结案的服务类来电中，月底前回访接通的比例。",
                      "Of the service calls closed in the month, the share with a "
                      "reached callback by the end of the month."),
    "survey_participation_rate": ("本月满意度评价数 ÷ 有效来电。",
                                  "Surveys recorded in the month ÷ valid calls."),
    "satisfaction_rate": ("评价为满意（4分）或非常满意（5分）的 ÷ 本月评价数。",
                          "Surveys rating 4 or 5 ÷ surveys in the month."),
    "satisfaction_mean": ("本月评价的平均分（1–5分）。",
                          "Mean rating of the month's surveys (1–5)."),
    "qa_rate": ("本月质检的工单数 ÷ 有效来电。",
                "Calls reviewed in the month ÷ valid calls."),
    "qa_mean": ("本月质检评分的平均分。", "Mean total of the month's QA reviews."),
    "qa_vetoes": ("本月质检中触及否决项（得分为0）的评分数。",
                  "QA reviews in the month with a veto item (scored 0)."),
    "rectification_closure_rate": ("整改期限落在本月的整改中，在期限内复查通过关闭的比例"
                                   "（申诉成立撤销的不计）。",
                                   "Of the rectifications due in the month, the share "
                                   "closed by a passed re-check by the due date "
                                   "(withdrawn on appeal: not counted)."),
    "top_issues": ("有效来电最多的10个诉求类别（子类别），与上月对比；“新上榜”指上月未进入"
                   "前10。",
                   "The 10 categories with most valid calls, against the month before; "
                   "\"new\" means not among last month's ten."),
    "specialists": ("按月末承办人统计：本月办结数、时限落在本月的按时与超期数、本月退回重办数。",
                    "By assignee at the end of the month: cases resolved, due times "
                    "in the month met and missed, cases reopened."),
    "agents": ("按人员统计本月受理（登记或月末承办）的来电：受理量、平均通话时长、一次办结率、"
               "满意度均值、按时办结率、质检均分。",
               "Per person, the calls they logged or had at month end: calls, mean "
               "handle time, first-contact resolution, satisfaction mean, on-time "
               "rate, QA mean."),
    "change": ("环比 =（本月−上月）÷上月，同比 =（本月−去年同月）÷去年同月；比率类指标的变化"
               "为百分点（pt）。分母为0或无数据时显示“—”。",
               "Change = (this month − before) ÷ before; for rates the difference "
               "in percentage points (pt). \"—\" when there is no value or the "
               "denominator is 0."),
}

_WORDS = {
    "title": ("热线月报", "Hotline monthly report"),
    "issue": ("{year}年第{no}期（总第{total}期）", "{year}, No. {no} (issue {total} overall)"),
    "issue_no_total": ("{year}年第{no}期", "{year}, No. {no}"),
    "masthead": ("编制单位：{center}　　日期：{date}", "Prepared by: {center}    Date: {date}"),
    "period": ("报告期：{start} 至 {end}", "Period: {start} to {end}"),
    "s1": ("一、总体情况", "1. Overview"),
    "s2": ("二、主要指标", "2. Key indicators"),
    "s3": ("三、受理情况", "3. Calls received"),
    "s4": ("四、办理情况", "4. Handling by specialist"),
    "s5": ("五、回访与满意度", "5. Callbacks and satisfaction"),
    "s6": ("六、热点诉求", "6. Top issues"),
    "s7": ("七、质检情况", "7. Quality inspection"),
    "s8": ("八、人员情况", "8. Per-agent figures"),
    "s9": ("九、指标口径", "9. Definitions"),
    "indicator": ("指标", "Indicator"),
    "this_month": ("本月", "This month"),
    "last_month": ("上月", "Last month"),
    "agent_this": ("本月", "This"),  # the per-agent table's narrow month column
    "agent_last": ("上月", "Last"),
    "mom": ("环比", "vs last month"),
    "last_year": ("去年同月", "Same month last year"),
    "yoy": ("同比", "vs last year"),
    "item": ("项目", "Item"),
    "share": ("占比", "Share"),
    "uncategorized": ("（未分类）", "(no category)"),
    "direct_vs": ("直接答复与转办", "Answered directly and dispatched"),
    "answered": ("直接答复", "Answered on the call"),
    "dispatched": ("转办（含升级）", "Dispatched (incl. escalated)"),
    "other_valid": ("其他有效来电（回电等）", "Other valid calls (call back etc.)"),
    "non_service": ("非服务来电", "Non-service calls"),
    "user": ("账号", "User"),
    "name": ("姓名", "Name"),
    "resolved": ("办结", "Resolved"),
    "on_time": ("按时", "On time"),
    "overdue": ("超期", "Overdue"),
    "reopened": ("重办", "Reopened"),
    "on_time_rate": ("按时办结率", "On-time rate"),
    "nobody": ("（未指派）", "(not assigned)"),
    "total": ("合计", "Total"),
    "no": ("序号", "No."),
    "ticket": ("工单号", "Ticket"),
    "rating": ("评价", "Rating"),
    "date": ("日期", "Date"),
    "category": ("诉求类别", "Category"),
    "comment": ("评价意见", "Comment"),
    "confidential": ("（保密件，不显示）", "(confidential, not shown)"),
    "rank": ("排名", "Rank"),
    "diff": ("增减", "Change"),
    "remark": ("备注", "Note"),
    "new": ("新上榜", "new"),
    "month": ("月份", "Month"),
    "reviews": ("质检条数", "Reviews"),
    "calls_reviewed": ("受检工单", "Calls reviewed"),
    "lowest": ("最低分", "Lowest score"),
    "highest": ("最高分", "Highest score"),
    "rect_required": ("本月要求整改", "Rectifications required"),
    "rect_open": ("月末未完成整改", "Rectifications open at month end"),
    "definition": ("口径", "Definition"),
    "value": ("数值", "Value"),
    "fig_trend": ("图1　近12个月受理量与满意率", "Figure 1. Calls and satisfaction, last 12 months"),
    "fig_daily": ("图2　本月每日受理量", "Figure 2. Calls per day"),
    "fig_type": ("图3　诉求类型分布", "Figure 3. Calls by type of request"),
    "fig_top": ("图4　热点诉求前10", "Figure 4. Top 10 issues"),
    "calls_axis": ("受理量（件）", "Calls"),
    "sat_axis": ("满意率（%）", "Satisfaction (%)"),
    "no_data": ("本月无数据", "No data for this month"),
    "no_survey": ("无满意度评价", "No surveys"),
    "none_rows": ("无。", "None."),
    "dissatisfied_intro": ("本月未达满意（评分1–3分）的评价 {total} 件{shown}。",
                           "{total} surveys rated 1–3 (not satisfied) this month{shown}."),
    "dissatisfied_shown": ("，列出评分最低的 {n} 件", "; the {n} lowest are listed"),
    "callbacks_text": ("本月回访率{callback}，参评率{participation}，满意率{satisfaction}"
                       "（上月{satisfaction_prev}），满意度均值{mean}。",
                       "Callback rate {callback}, survey participation "
                       "{participation}, satisfaction rate {satisfaction} (last month "
                       "{satisfaction_prev}), mean rating {mean}."),
    "header": ("{center}　热线月报　{month}", "{center} · Hotline monthly report · {month}"),
    "footer": ("内部资料", "Internal"),
}

_SUMMARY = (
    "{month}，共受理来电{total}件，环比{total_mom}，同比{total_yoy}；其中有效来电{valid}件，"
    "直接答复{answered}件，直接答复率{direct}；转办工单{dispatched}件。本月办结{resolved}件，"
    "按时办结率{on_time}（上月{on_time_prev}），一次办结率{fcr}，重办率{reopen}。"
    "回访率{callback}，满意率{satisfaction}（上月{satisfaction_prev}），"
    "质检率{qa_rate}，质检均分{qa_mean}。",
    "In {month} the center received {total} calls ({total_mom} on last month, "
    "{total_yoy} on last year), {valid} of them valid; {answered} were answered on the "
    "call (direct answer rate {direct}) and {dispatched} tickets were dispatched. "
    "{resolved} cases were resolved, {on_time} on time (last month {on_time_prev}); "
    "first-contact resolution {fcr}, reopen rate {reopen}. Callback rate {callback}, "
    "satisfaction rate {satisfaction} (last month {satisfaction_prev}), QA rate "
    "{qa_rate}, QA mean {qa_mean}.")


def word(key: str, lang: str) -> str:
    zh, en = _WORDS[key]
    return en if lang == "en" else zh


def label(key: str, lang: str) -> str:
    """The printed name of an indicator ("resolution_hours.mean" for a stats key)."""
    zh, en = _LABELS[key]
    return en if lang == "en" else zh


def dimension_label(dimension: str, code, lang: str) -> str:
    """A row of a count table: the word for a code, a category name as stored."""
    kind = DIMENSIONS[dimension]
    if kind is None:
        return code if code else word("uncategorized", lang)
    return term(kind, code, lang)


def month_words(month: str, lang: str) -> str:
    year, mon = month.split("-")
    if lang == "en":
        return dt.date(int(year), int(mon), 1).strftime("%B %Y")
    return f"{int(year)}年{int(mon)}月"


def _date_words(day: dt.date, lang: str) -> str:
    if lang == "en":
        return f"{day:%Y-%m-%d}"
    return f"{day.year}年{day.month}月{day.day}日"


def _plain(text, limit: int | None = None) -> str:
    """User text for a chart label (drawn, not parsed as markup): control
    characters as their \\xNN stand-ins, lone surrogates as U+FFFD, cut to `limit`."""
    out = []
    for ch in "" if text is None else str(text):
        code = ord(ch)
        if code < 0x20 or 0x7F <= code < 0xA0:
            out.append(f"\\x{code:02x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")
        else:
            out.append(ch)
    result = "".join(out)
    if limit is not None and len(result) > limit:
        result = result[:limit - 1] + "…"
    return result


# ---------------------------------------------------------------- the rows

def indicator_rows(report: MonthlyReport) -> list[tuple[str, str, list[str]]]:
    """(key, printed label, [本月, 上月, 环比, 去年同月, 同比]) for every scalar key."""
    lang = report.lang
    rows = []
    for key, kind in INDICATORS.items():
        subkeys = kind.items() if isinstance(kind, dict) else [(None, kind)]
        for sub, k in subkeys:
            def pick(data):
                value = data.get(key)
                return value.get(sub) if sub is not None and value else value
            now, before, year = (pick(report.indicators), pick(report.previous),
                                 pick(report.last_year))
            name = f"{key}.{sub}" if sub else key
            rows.append((name, label(name, lang), [
                figures.value(k, now), figures.value(k, before),
                figures.change(k, now, before), figures.value(k, year),
                figures.change(k, now, year)]))
    return rows


def dimension_rows(report: MonthlyReport, dimension: str) -> list[list[str]]:
    """[label, 本月, 占比, 上月, 占比, 环比] for each code in either month."""
    now = report.indicators.get(dimension) or {}
    before = report.previous.get(dimension) or {}
    total_now = report.indicators.get("calls_total") or 0
    total_before = report.previous.get("calls_total") or 0
    codes = list(now) + [c for c in before if c not in now]
    rows = []
    for code in codes:
        a, b = now.get(code, 0), before.get(code, 0)
        rows.append([dimension_label(dimension, code, report.lang), figures.count(a),
                     figures.share(a, total_now), figures.count(b),
                     figures.share(b, total_before), figures.change("count", a, b)])
    return rows


def _split(data: dict) -> dict:
    total = data.get("calls_total") or 0
    valid = data.get("calls_valid") or 0
    answered = (data.get("by_outcome") or {}).get("answered", 0)
    dispatched = data.get("tickets_dispatched") or 0
    return {"answered": answered, "dispatched": dispatched,
            "other_valid": valid - answered - dispatched, "non_service": total - valid}


def direct_rows(report: MonthlyReport) -> list[list[str]]:
    now, before = _split(report.indicators), _split(report.previous)
    total_now = report.indicators.get("calls_total") or 0
    total_before = report.previous.get("calls_total") or 0
    return [[word(k, report.lang), figures.count(now[k]),
             figures.share(now[k], total_now), figures.count(before[k]),
             figures.share(before[k], total_before),
             figures.change("count", now[k], before[k])] for k in now]


def agent_rows(report: MonthlyReport) -> list[list[str]]:
    """Two rows per person (this month, the month before); a person with figures
    in only one of them shows "—" for the other."""
    lang = report.lang
    now = {a["user"]: a for a in report.indicators.get("agents") or []}
    before = {a["user"]: a for a in report.previous.get("agents") or []}
    rows = []
    for user in sorted(set(now) | set(before)):
        a, b = now.get(user), before.get(user)
        name = (a or b).get("name", "")
        for tag, data, who, who_name in (("agent_this", a, user, name),
                                         ("agent_last", b, "", "")):
            cells = [figures.value(kind, data.get(key)) if data else figures.DASH
                     for key, kind in AGENT_COLUMNS]
            rows.append([who, who_name, word(tag, lang), *cells])
    return rows


# ---------------------------------------------------------------- charts

_BLUE = colors.HexColor("#3b6ea5")
_GREY = colors.HexColor("#b0b0b0")
_RED = colors.HexColor("#c0392b")


def _drawing(width: float, height: float) -> Drawing:
    """A drawing that starts in the embedded font (else its renderer sets
    Helvetica first, and the PDF would list a font it does not embed)."""
    d = Drawing(width, height)
    d.initialFontName = register_cjk_font()
    d.initialFontSize = 8
    return d


def _no_data(width: float, height: float, text: str) -> Drawing:
    d = _drawing(width, height)
    d.add(Rect(0, 0, width, height, strokeColor=_GREY, fillColor=None,
               strokeWidth=0.5))
    d.add(String(width / 2, height / 2 - 4, text, fontName=register_cjk_font(),
                 fontSize=10, textAnchor="middle", fillColor=colors.grey))
    return d


def _style_axes(chart, font: str, size: float = 7) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = size
        axis.strokeWidth = 0.5
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.visibleGrid = True


def _axis_top(values) -> int:
    top = max([v for v in values if v is not None] + [1])
    step = 1
    for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000,
              10000, 20000, 25000, 50000, 100000):
        step = s
        if top / s <= 6:
            break
    return int(-(-top // step) * step) or 1, step


def _title(d: Drawing, x: float, y: float, text: str, font: str) -> None:
    d.add(String(x, y, text, fontName=font, fontSize=7.5, fillColor=colors.black))


def trend_chart(report: MonthlyReport, width: float = WIDTH) -> Drawing:
    lang, font = report.lang, register_cjk_font()
    trend = list(report.trend)
    if not any(n for _, n, _ in trend):
        return _no_data(width, 40 * mm, word("no_data", lang))
    height = 95 * mm
    d = _drawing(width, height)
    names = [m[2:] if lang == "zh" else m[2:] for m, _, _ in trend]  # YY-MM
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 40, height / 2 + 10, width - 60, height / 2 - 30
    counts = [n for _, n, _ in trend]
    bars.data = [counts]
    bars.categoryAxis.categoryNames = names
    top, step = _axis_top(counts)
    bars.valueAxis.valueMin, bars.valueAxis.valueMax = 0, top
    bars.valueAxis.valueStep = step
    bars.bars[0].fillColor = _BLUE
    bars.bars.strokeWidth = 0
    bars.barLabels.fontName = font
    bars.barLabels.fontSize = 6
    bars.barLabels.nudge = 5
    bars.barLabelFormat = "%d"
    _style_axes(bars, font)
    d.add(bars)
    _title(d, 40, height - 12, word("calls_axis", lang), font)
    rates = [None if r is None else round(r * 100, 1) for _, _, r in trend]
    if any(r is not None for r in rates):
        line = HorizontalLineChart()
        line.x, line.y, line.width, line.height = 40, 18, width - 60, height / 2 - 42
        line.data = [rates]
        line.categoryAxis.categoryNames = names
        low = min(r for r in rates if r is not None)
        line.valueAxis.valueMin = max(0, int(low // 10) * 10 - 10) if low > 10 else 0
        line.valueAxis.valueMax = 100
        line.valueAxis.valueStep = 10 if line.valueAxis.valueMin >= 50 else 20
        line.lines[0].strokeColor = _RED
        line.lines[0].strokeWidth = 1.2
        line.lines[0].symbol = None
        line.lineLabels.fontName = font
        line.lineLabels.fontSize = 6
        line.lineLabelFormat = lambda v: "" if v is None else f"{v:.1f}"
        line.lineLabels.dy = 5
        _style_axes(line, font)
        d.add(line)
    else:
        d.add(String(width / 2, 40, word("no_survey", lang), fontName=font,
                     fontSize=9, textAnchor="middle", fillColor=colors.grey))
    _title(d, 40, height / 2 - 18, word("sat_axis", lang), font)
    return d


def daily_chart(report: MonthlyReport, width: float = WIDTH) -> Drawing:
    lang, font = report.lang, register_cjk_font()
    counts = [n for _, n in report.daily]
    if not any(counts):
        return _no_data(width, 40 * mm, word("no_data", lang))
    height = 60 * mm
    d = _drawing(width, height)
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 40, 18, width - 55, height - 35
    bars.data = [counts]
    bars.categoryAxis.categoryNames = [str(day) for day, _ in report.daily]
    top, step = _axis_top(counts)
    bars.valueAxis.valueMin, bars.valueAxis.valueMax = 0, top
    bars.valueAxis.valueStep = step
    bars.bars[0].fillColor = _BLUE
    bars.bars.strokeWidth = 0
    bars.groupSpacing = 2
    _style_axes(bars, font, 6.5)
    d.add(bars)
    _title(d, 40, height - 10, word("calls_axis", lang), font)
    return d


def _hbar_chart(labels: list[str], series: list[list[int]], names: list[str],
                lang: str, width: float) -> Drawing:
    font = register_cjk_font()
    rows = len(labels)
    height = max(40 * mm, rows * (9 + 5 * len(series)) + 40)
    d = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 15
    chart.width, chart.height = width - 185, height - 35
    # reportlab draws the first category at the bottom: reverse for largest on top
    chart.data = [list(reversed(s)) for s in series]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    top, step = _axis_top([v for s in series for v in s])
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.valueStep = step
    fills = [_BLUE, _GREY]
    for i in range(len(series)):
        chart.bars[i].fillColor = fills[i % 2]
    chart.bars.strokeWidth = 0
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.dx = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabelFormat = "%d"
    chart.barSpacing = 1
    _style_axes(chart, font, 7)
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    d.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.fontName, legend.fontSize = font, 7
        legend.x, legend.y = width - 120, height - 6
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 60
        legend.colorNamePairs = [(fills[i % 2], names[i]) for i in range(len(series))]
        d.add(legend)
    return d


def type_chart(report: MonthlyReport, width: float = WIDTH) -> Drawing:
    lang = report.lang
    by = report.indicators.get("by_category") or {}
    if not by:
        return _no_data(width, 40 * mm, word("no_data", lang))
    labels = [_plain(dimension_label("by_category", k, lang), 16) for k in by]
    return _hbar_chart(labels, [list(by.values())], [word("this_month", lang)], lang,
                       width)


def top_chart(report: MonthlyReport, width: float = WIDTH) -> Drawing:
    lang = report.lang
    if not report.top_issues:
        return _no_data(width, 40 * mm, word("no_data", lang))
    labels = [_plain(t.label, 18) for t in report.top_issues]
    return _hbar_chart(labels, [[t.count for t in report.top_issues],
                                [t.previous for t in report.top_issues]],
                       [word("this_month", lang), word("last_month", lang)], lang,
                       width)


# ---------------------------------------------------------------- the document

class _PageCount(Flowable):
    """Zero-size flowable at the end of the story: the page it lands on is the
    document's page count."""

    def __init__(self, sink: list):
        super().__init__()
        self.sink = sink

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        self.sink.append(self.canv._doctemplate.page)


def _figure(caption: str, drawing) -> KeepTogether:
    return KeepTogether([Spacer(1, 3 * mm), drawing,
                         layout.paragraph(caption, "small")])


def _section(key: str, lang: str) -> list:
    return [CondPageBreak(40 * mm), layout.paragraph(word(key, lang), "heading")]


def _widths(*parts: float) -> list[float]:
    total = sum(parts)
    return [WIDTH * p / total for p in parts]


def story(report: MonthlyReport) -> list:
    lang = report.lang
    r, p, ly = report.indicators, report.previous, report.last_year
    year = report.month[:4]
    out: list = []
    # masthead
    out.append(layout.paragraph(report.center_name, "title"))
    out.append(layout.paragraph(word("title", lang), "title"))
    if report.issue_total is not None:
        issue = word("issue", lang).format(year=year, no=report.issue_no,
                                           total=report.issue_total)
    else:
        issue = word("issue_no_total", lang).format(year=year, no=report.issue_no)
    out.append(layout.paragraph(issue, "body"))
    out.append(layout.paragraph(word("masthead", lang).format(
        center=report.center_name, date=_date_words(report.made_on, lang)), "body"))
    first = dt.date(int(year), int(report.month[5:]), 1)
    last = first + dt.timedelta(days=len(report.daily) - 1)
    out.append(layout.paragraph(word("period", lang).format(
        start=_date_words(first, lang), end=_date_words(last, lang)), "small"))
    out.append(HRFlowable(width="100%", thickness=1.5, color=_RED, spaceBefore=2,
                          spaceAfter=6))

    # 一 summary in words
    answered = (r.get("by_outcome") or {}).get("answered", 0)
    out += _section("s1", lang)
    out.append(layout.paragraph(_SUMMARY[1 if lang == "en" else 0].format(
        month=month_words(report.month, lang),
        total=figures.count(r.get("calls_total")),
        total_mom=figures.change("count", r.get("calls_total"), p.get("calls_total")),
        total_yoy=figures.change("count", r.get("calls_total"), ly.get("calls_total")),
        valid=figures.count(r.get("calls_valid")),
        answered=figures.count(answered),
        direct=figures.rate(r.get("direct_answer_rate")),
        dispatched=figures.count(r.get("tickets_dispatched")),
        resolved=figures.count(r.get("resolved")),
        on_time=figures.rate(r.get("on_time_resolution_rate")),
        on_time_prev=figures.rate(p.get("on_time_resolution_rate")),
        fcr=figures.rate(r.get("fcr_rate")),
        reopen=figures.rate(r.get("reopen_rate")),
        callback=figures.rate(r.get("callback_rate")),
        satisfaction=figures.rate(r.get("satisfaction_rate")),
        satisfaction_prev=figures.rate(p.get("satisfaction_rate")),
        qa_rate=figures.rate(r.get("qa_rate")),
        qa_mean=figures.mean(r.get("qa_mean")))))

    # 二 indicator table and the trend
    out += _section("s2", lang)
    header = [word("indicator", lang), f"{word('this_month', lang)}\n{report.month}",
              f"{word('last_month', lang)}\n{report.previous_month}", word("mom", lang),
              f"{word('last_year', lang)}\n{report.last_year_month}", word("yoy", lang)]
    out.append(layout.table(header, [[name, *cells] for _, name, cells in
                                     indicator_rows(report)],
                            _widths(52, 22, 22, 24, 24, 24)))
    out.append(_figure(word("fig_trend", lang), trend_chart(report)))

    # 三 受理
    out += _section("s3", lang)
    counts_header = [word("item", lang), word("this_month", lang), word("share", lang),
                     word("last_month", lang), word("share", lang), word("mom", lang)]
    w6 = _widths(50, 22, 22, 22, 22, 24)
    for dimension in DIMENSIONS:
        rows = dimension_rows(report, dimension)
        out.append(KeepTogether([
            layout.paragraph(label(dimension, lang), "body"),
            layout.table([label(dimension, lang), *counts_header[1:]],
                         rows or [[word("none_rows", lang), *[""] * 5]], w6)]))
        out.append(Spacer(1, 3 * mm))
        if dimension == "by_category":
            out.append(_figure(word("fig_type", lang), type_chart(report)))
    out.append(KeepTogether([layout.paragraph(word("direct_vs", lang), "body"),
                             layout.table(counts_header, direct_rows(report), w6)]))
    out.append(_figure(word("fig_daily", lang), daily_chart(report)))

    # 四 办理 by specialist
    out += _section("s4", lang)
    rows = []
    totals = [0, 0, 0, 0]
    for s in report.specialists:
        rows.append([s.user if s.user is not None else word("nobody", lang), s.name,
                     figures.count(s.resolved), figures.count(s.on_time),
                     figures.count(s.overdue), figures.count(s.reopened),
                     figures.share(s.on_time, s.on_time + s.overdue)])
        for i, v in enumerate((s.resolved, s.on_time, s.overdue, s.reopened)):
            totals[i] += v
    rows.append([word("total", lang), "", *[figures.count(v) for v in totals],
                 figures.share(totals[1], totals[1] + totals[2])])
    out.append(layout.table(
        [word("user", lang), word("name", lang), word("resolved", lang),
         word("on_time", lang), word("overdue", lang), word("reopened", lang),
         word("on_time_rate", lang)], rows, _widths(30, 30, 18, 18, 18, 18, 24)))

    # 五 回访与满意度
    out += _section("s5", lang)
    out.append(layout.paragraph(word("callbacks_text", lang).format(
        callback=figures.rate(r.get("callback_rate")),
        participation=figures.rate(r.get("survey_participation_rate")),
        satisfaction=figures.rate(r.get("satisfaction_rate")),
        satisfaction_prev=figures.rate(p.get("satisfaction_rate")),
        mean=figures.mean(r.get("satisfaction_mean")))))
    shown = ""
    if report.dissatisfied_total > len(report.dissatisfied):
        shown = word("dissatisfied_shown", lang).format(n=len(report.dissatisfied))
    out.append(layout.paragraph(word("dissatisfied_intro", lang).format(
        total=figures.count(report.dissatisfied_total), shown=shown)))
    if report.dissatisfied:
        out.append(layout.table(
            [word("no", lang), word("ticket", lang), word("rating", lang),
             word("date", lang), word("category", lang), word("comment", lang)],
            [[str(i), d.ticket_no, _rating(d.rating, lang), d.date, d.category,
              d.comment if d.comment is not None else word("confidential", lang)]
             for i, d in enumerate(report.dissatisfied, start=1)],
            _widths(8, 26, 30, 20, 36, 50)))

    # 六 热点诉求
    out += _section("s6", lang)
    if report.top_issues:
        out.append(layout.table(
            [word("rank", lang), word("category", lang), word("this_month", lang),
             word("last_month", lang), word("diff", lang), word("mom", lang),
             word("remark", lang)],
            [[str(i), t.label, figures.count(t.count), figures.count(t.previous),
              _signed_int(t.change), figures.change("count", t.count, t.previous),
              word("new", lang) if t.new else ""]
             for i, t in enumerate(report.top_issues, start=1)],
            _widths(12, 56, 18, 18, 18, 24, 18)))
    else:
        out.append(layout.paragraph(word("none_rows", lang)))
    out.append(_figure(word("fig_top", lang), top_chart(report)))

    # 七 质检
    qa = report.qa
    out.append(CondPageBreak(40 * mm))
    out.append(KeepTogether([layout.paragraph(word("s7", lang), "heading"), layout.table(
        [word("item", lang), word("value", lang)],
        [[word("reviews", lang), figures.count(qa.reviews)],
         [word("calls_reviewed", lang), figures.count(qa.calls_reviewed)],
         [label("qa_rate", lang), figures.rate(r.get("qa_rate"))],
         [label("qa_mean", lang), figures.mean(qa.mean)],
         [word("lowest", lang), figures.mean(qa.lowest)],
         [word("highest", lang), figures.mean(qa.highest)],
         [word("rect_required", lang), figures.count(qa.rectifications_required)],
         [word("rect_open", lang), figures.count(qa.rectifications_open)]],
        _widths(60, 40))]))

    # 八 per-agent table
    out += _section("s8", lang)
    rows = agent_rows(report)
    out.append(layout.table(
        [word("user", lang), word("name", lang), word("month", lang),
         *[label(k if k in ("calls_handled", "mean_handle_seconds", "sla_rate")
                 else f"agents.{k}", lang) for k, _ in AGENT_COLUMNS]],
        rows or [[word("none_rows", lang), *[""] * 8]],
        _widths(24, 20, 14, 17, 19, 19, 19, 19, 19)))

    # 九 指标口径
    out += _section("s9", lang)
    defs = []
    for key in INDICATORS:
        defs.append([_key_label(key, lang), _definition(key, lang)])
    for key in ("top_issues", "specialists", "agents", "change"):
        defs.append([_extra_label(key, lang), _definition(key, lang)])
    out.append(layout.table([word("indicator", lang), word("definition", lang)], defs,
                            _widths(40, 130)))
    return out


def _key_label(key: str, lang: str) -> str:
    if key in _LABELS:
        return label(key, lang)
    # a stats key: its name without the (mean) part
    text = label(f"{key}.mean", lang)
    if lang == "en":
        return text.replace(", mean", "")
    return text.replace("均值", "")


def _extra_label(key: str, lang: str) -> str:
    return {"top_issues": word("s6", lang)[2:].strip("、. "),
            "specialists": word("s4", lang)[2:].strip("、. "),
            "agents": word("s8", lang)[2:].strip("、. "),
            "change": f"{word('mom', lang)} / {word('yoy', lang)}"}[key]


def _definition(key: str, lang: str) -> str:
    zh, en = _DEFINITIONS[key]
    return en if lang == "en" else zh


def _rating(value: int, lang: str) -> str:
    from .terms import rating
    return rating(value, lang)


def _signed_int(n: int) -> str:
    if n > 0:
        return f"+{n}"
    if n < 0:
        return f"{figures.MINUS}{-n}"
    return "0"


def build(report: MonthlyReport, target, lang: str | None = None) -> int:
    """Write the report's PDF to `target` (a path or a binary file); returns the
    number of pages. `lang` overrides the report's language."""
    if lang is not None and lang != report.lang:
        from dataclasses import replace
        report = replace(report, lang=lang)
    lang = report.lang
    pages: list = []
    content = story(report) + [_PageCount(pages)]
    month = month_words(report.month, lang)
    title = f"{report.center_name} {word('title', lang)} {month}"
    result = layout.build_pdf(
        target, content, title=title,
        header=_plain(word("header", lang).format(center=report.center_name,
                                                  month=month), 80),
        footer=word("footer", lang), lang=lang)
    if pages:  # the page the last flowable landed on
        return pages[-1]
    return int(result or 0)
