"""The appraisal sheet (考核表, DESIGN §11): one A4 page per person per period —
the center, the period, the person (name, 工号 = username), each input with its
figure, target, score and weight, the composite, the grade and the caps applied,
the supervisor's and the agent's own scores and comments, the signature lines and
the date signed. It takes services.appraisal.EvaluationView; no database here."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from . import layout

_WORDS = {
    "zh": {
        "title": "绩效考核表", "name": "姓名", "username": "工号", "period": "考核期间",
        "status": "状态", "draft": "草稿", "final": "定稿",
        "head": ["考核项目", "实际", "目标", "得分", "权重"],
        "handled": "受理量", "on_time": "按时办结率", "handle_time": "平均处理时长(秒)",
        "attendance": "出勤率", "kpi": "KPI 得分", "qa": "质检均分",
        "satisfaction": "满意度(均分 1–5 → 0–100)",
        "review": "评价(上级×{s}+自评×{m})", "review_short": "评价",
        "supervisor": "上级评分", "self": "自评分", "quarters": "季度平均",
        "composite": "综合得分", "grade": "等级", "caps": "等级限制", "vetoes": "否决项次数",
        "none": "无", "left_out": "无数据未计入(权重按比例放大)",
        "comment": "上级评语", "agent_comment": "被考核人意见",
        "sign_agent": "被考核人签字：", "sign_sup": "考核人签字：", "date": "日期：",
        "signed": "已于 {at} 在系统中签字确认",
        "footer": "打印 {who} {at}",
        "quarter": "{y}年第{q}季度", "year": "{y}年度",
        "reviews": "{n} 次", "surveys": "{n} 次评价",
        "caps_text": {"veto_one": "一项否决：最高合格", "veto_two": "两项及以上否决：不合格",
                      "excellent_quota": "超出优秀名额(20%)：良好"},
    },
    "en": {
        "title": "Appraisal sheet", "name": "Name", "username": "Username",
        "period": "Period", "status": "Status", "draft": "Draft", "final": "Final",
        "head": ["Item", "Actual", "Target", "Score", "Weight"],
        "handled": "Handled", "on_time": "On-time rate",
        "handle_time": "Mean handle time (s)", "attendance": "Attendance",
        "kpi": "KPI score", "qa": "QA mean",
        "satisfaction": "Satisfaction (mean 1–5 → 0–100)",
        "review": "Review (supervisor×{s} + self×{m})", "review_short": "Review",
        "supervisor": "Supervisor score",
        "self": "Self score", "quarters": "Mean of the quarters",
        "composite": "Composite", "grade": "Grade", "caps": "Caps", "vetoes": "Vetoes",
        "none": "none", "left_out": "No data, left out (weights scaled up)",
        "comment": "Supervisor's comment", "agent_comment": "Agent's comment",
        "sign_agent": "Signature of the agent:", "sign_sup": "Signature of the appraiser:",
        "date": "Date:", "signed": "Signed in the application on {at}",
        "footer": "Printed by {who} {at}",
        "quarter": "{y} Q{q}", "year": "Year {y}",
        "reviews": "{n} reviews", "surveys": "{n} surveys",
        "caps_text": {"veto_one": "one veto: at most 合格",
                      "veto_two": "two or more vetoes: 不合格",
                      "excellent_quota": "over the 优秀 quota (20 %): 良好"},
    },
}
GRADE_EN = {"优秀": "优秀 Excellent", "良好": "良好 Good", "合格": "合格 Pass",
            "不合格": "不合格 Fail"}
KPI_PARTS = ("handled", "on_time", "handle_time", "attendance")
RATES = ("on_time", "attendance")


def num(value, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def pct(value) -> str:
    return "—" if value is None else f"{value * 100:.2f}%"


def period_label(period: str, lang: str = "zh") -> str:
    w = _WORDS["en" if lang == "en" else "zh"]
    if "-Q" in period:
        y, q = period.split("-Q")
        return w["quarter"].format(y=y, q=q)
    return w["year"].format(y=period)


def _actual(part: str, value) -> str:
    if part in RATES:
        return pct(value)
    if part == "handled":
        return "—" if value is None else str(int(value))
    return num(value, 1)


def _target(part: str, value) -> str:
    if part in RATES:
        return pct(value)
    return num(value, 0)


def rows_of(view, lang: str = "zh") -> list[list[str]]:
    """The table of inputs as the sheet prints it (the tests read it back)."""
    w = _WORDS["en" if lang == "en" else "zh"]
    s = view.weights or {}
    weights = s.get("weights", {})
    rev = s.get("review", {})
    inp = view.inputs or {}
    rows = []
    if view.kind == "year":
        annual = s.get("annual", {})
        for q, score in sorted(inp.get("quarters", {}).items()):
            rows.append([period_label(q, lang), "", "", num(score), ""])
        quarters = [v for v in inp.get("quarters", {}).values() if v is not None]
        mean = sum(quarters) / len(quarters) if quarters else None
        rows.append([w["quarters"], "", "", num(mean), num(annual.get("quarters"))])
        review_weight = annual.get("review")
    else:
        kw = s.get("kpi_weights", {})
        targets = s.get("targets", {})
        figures = inp.get("figures", {})
        parts = inp.get("kpi_parts", {})
        for part in KPI_PARTS:
            rows.append([w[part], _actual(part, figures.get(part)),
                         _target(part, targets.get(part)), num(parts.get(part)),
                         num(kw.get(part))])
        rows.append([w["kpi"], "", "", num(view.kpi_score), num(weights.get("kpi"))])
        rows.append([w["qa"], w["reviews"].format(n=inp.get("reviews", 0)), "",
                     num(view.qa_score), num(weights.get("qa"))])
        rows.append([w["satisfaction"], f"{num(inp.get('satisfaction_mean'))} · "
                     + w["surveys"].format(n=inp.get("surveys", 0)), "",
                     num(view.satisfaction_score), num(weights.get("satisfaction"))])
        review_weight = weights.get("review")
    rows.append([w["supervisor"], "", "", num(view.supervisor_score),
                 num(rev.get("supervisor"))])
    rows.append([w["self"], "", "", num(view.self_score), num(rev.get("self"))])
    rows.append([w["review"].format(s=num(rev.get("supervisor"), 1),
                                    m=num(rev.get("self"), 1)), "", "",
                 num(view.review_score), num(review_weight)])
    return rows


def build(view, target, *, center_name: str, printed_by: str,
          printed_at: dt.datetime, lang: str = "zh") -> int:
    lang = "en" if lang == "en" else "zh"
    w = _WORDS[lang]
    grade = view.grade or "—"
    if lang == "en":
        grade = GRADE_EN.get(grade, grade)
    caps = "；".join(w["caps_text"].get(c, c) for c in view.caps) or w["none"]
    names = {"kpi": w["kpi"], "qa": w["qa"], "satisfaction": w["satisfaction"],
             "review": w["review_short"], "quarters": w["quarters"]}
    left_out = [names.get(k, k) for k in (view.inputs or {}).get("left_out", [])]
    story = [
        layout.paragraph(center_name, "heading"),
        layout.paragraph(f"{w['title']} · {period_label(view.period, lang)}", "title"),
        layout.key_values([(w["name"], view.name), (w["username"], view.username),
                           (w["period"], period_label(view.period, lang)),
                           (w["status"], w[view.status] if view.status in w
                            else view.status)],
                          [22 * mm, 63 * mm, 22 * mm, 63 * mm]),
        Spacer(1, 4 * mm),
        layout.table(w["head"], rows_of(view, lang), [70 * mm, 34 * mm, 22 * mm,
                                                      22 * mm, 22 * mm]),
        Spacer(1, 4 * mm),
        layout.key_values([(w["composite"], num(view.composite)), (w["grade"], grade),
                           (w["vetoes"], str(view.vetoes)), (w["caps"], caps)],
                          [22 * mm, 63 * mm, 22 * mm, 63 * mm]),
    ]
    if left_out:
        story.append(layout.paragraph(f"{w['left_out']}：{'、'.join(left_out)}",
                                      "small"))
    story += [
        Spacer(1, 3 * mm),
        layout.paragraph(f"{w['comment']}：{view.comment or w['none']}", "cell"),
        layout.paragraph(f"{w['agent_comment']}：{view.agent_comment or w['none']}",
                         "cell"),
        Spacer(1, 6 * mm),
        layout.paragraph(f"{w['sign_agent']}______________    {w['date']}"
                         f"{view.signed_at:%Y-%m-%d}" if view.signed_at else
                         f"{w['sign_agent']}______________    {w['date']}__________",
                         "sign"),
        layout.paragraph(f"{w['sign_sup']}______________    {w['date']}"
                         + (f"{view.finalized_at:%Y-%m-%d}" if view.finalized_at
                            else "__________"), "sign"),
    ]
    if view.signed_at:
        story.append(layout.paragraph(
            w["signed"].format(at=f"{view.signed_at:%Y-%m-%d %H:%M}"), "small"))
    return layout.build_pdf(
        target, story, title=f"{w['title']} {view.period} {view.username}",
        header=center_name, header_right=f"{w['title']} · {view.period}",
        footer=w["footer"].format(who=printed_by, at=f"{printed_at:%Y-%m-%d %H:%M}"),
        lang=lang)
