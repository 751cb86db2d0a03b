"""The case archive PDF (工单档案, one case = one 件, DA/T 22-2015; DESIGN §8).

`build(doc, target)` writes the document from a `CaseFile` the services filled in;
nothing here reads the database or decides what a reader may see: masking and
redaction are done before (services/archives.py), this module prints what it is
given, literally.

Page 1 carries the 归档章 top right (全宗号 年度 件号 / 机构(问题) 保管期限 页数) and
the 密级 mark top left; every page the 档号 in the header, the ticket number and who
printed the copy when in the footer, and 第 x 页 共 y 页. A working copy carries a
diagonal watermark 「内部资料 注意保密」 with the printer's name and time on every page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from . import layout
from .fonts import register_cjk_font

WATERMARK = {"zh": "内部资料 注意保密", "en": "INTERNAL · CONFIDENTIAL"}
STAMP_CELL_W, STAMP_CELL_H = 26 * mm, 10 * mm


@dataclass(frozen=True)
class Stamp:
    """归档章: the values of its six boxes."""

    fonds: str  # 全宗号
    year: int  # 年度
    item: int  # 件号
    org: str  # 机构(问题)
    retention: str  # 保管期限 as the stamp says it (定期30年)


@dataclass(frozen=True)
class CaseFile:
    center_name: str
    ticket_no: str
    copy: str  # archival | working
    secrecy: str  # 密级 as printed (内部 / 保密)
    printed_by: str  # name (username) as printed in the footer and watermark
    printed_at: dt.datetime
    basics: list[tuple[str, str]]  # (label, value) of 基本信息, in order
    subject: str
    description: str
    solution: str
    resolved_at: str
    events: list[tuple[str, str, str, str]]  # (time, step, who, detail)
    callbacks: list[tuple[str, str, str, str]]  # (time, result, who, note)
    surveys: list[tuple[str, str, str, str]]  # (time, rating, who, comment)
    supervisions: list[tuple[str, str, str, str, str]]  # time, who, note, due, closed
    reviews: list[tuple[str, str, str, str]]  # time, reviewer, score, comment
    articles: list[str]
    signatures: list[tuple[str, str, str]]  # (role, name, date)
    archive_no: str = ""  # 档号 ('' for a working copy of a case not archived)
    stamp: Stamp | None = None
    version: int | None = None
    lang: str = "zh"
    notes: list[str] = field(default_factory=list)  # e.g. what was masked

    @property
    def watermarked(self) -> bool:
        return self.copy == "working"


_WORDS = {
    "zh": {
        "title": "{center}工单档案", "archive_no": "档号", "secrecy": "密级",
        "copy": {"archival": "档案件", "working": "工作件（非归档件）"},
        "version": "第 {n} 版", "basics": "基本信息", "request": "诉求内容",
        "subject": "事由", "timeline": "办理过程", "result": "办理结果与答复",
        "resolved_at": "办结时间", "callbacks": "回访与满意度",
        "supervisions": "督办", "reviews": "质检", "articles": "关联知识",
        "signatures": "归档信息", "none": "无",
        "timeline_head": ["序号", "时间", "环节", "办理人", "意见/说明"],
        "callback_head": ["时间", "结果", "回访人", "记录"],
        "survey_head": ["时间", "评价", "记录人", "来电人意见"],
        "supervision_head": ["时间", "督办人", "督办意见", "期限", "办结"],
        "review_head": ["时间", "质检员", "得分", "评语"],
        "sign_head": ["", "姓名", "日期", "签名"],
        "stamp": ["全宗号", "年度", "件号", "机构(问题)", "保管期限", "页数"],
        "footer": "工单 {ticket} · 打印 {who} {at}",
    },
    "en": {
        "title": "{center} — case file", "archive_no": "Archive no.", "secrecy": "Classification",
        "copy": {"archival": "archival copy", "working": "working copy (not the archival copy)"},
        "version": "version {n}", "basics": "Basic information",
        "request": "The caller's request", "subject": "Subject",
        "timeline": "Handling", "result": "Result and answer",
        "resolved_at": "Resolved", "callbacks": "Call backs and satisfaction",
        "supervisions": "Supervision", "reviews": "Quality review",
        "articles": "Knowledge articles", "signatures": "Filing", "none": "none",
        "timeline_head": ["No.", "Time", "Step", "By", "Note"],
        "callback_head": ["Time", "Result", "By", "Note"],
        "survey_head": ["Time", "Rating", "Recorded by", "Caller's comment"],
        "supervision_head": ["Time", "By", "Note", "Deadline", "Closed"],
        "review_head": ["Time", "Reviewer", "Score", "Comment"],
        "sign_head": ["", "Name", "Date", "Signature"],
        "stamp": ["Fonds", "Year", "Item", "Unit", "Retention", "Pages"],
        "footer": "Case {ticket} · printed by {who} {at}",
    },
}


def words(lang: str) -> dict:
    return _WORDS["en" if lang == "en" else "zh"]


_NUMERALS = "一二三四五六七八九十"


def build(doc: CaseFile, target) -> int:
    """Write the case file to `target` (a path or a binary file); the page count."""
    w = words(doc.lang)
    count = iter(range(1, 20))

    def heading(key: str):
        n = next(count)
        text = (f"{_NUMERALS[n - 1]}、{w[key]}" if doc.lang != "en"
                else f"{n}. {w[key]}")
        return layout.paragraph(text, "heading")
    width = layout.PAGE[0] - 2 * layout.MARGIN
    story = [Spacer(1, 2 * STAMP_CELL_H + 2 * mm)] if doc.stamp else []
    story.append(layout.paragraph(w["title"].format(center=doc.center_name), "title"))
    line = []
    if doc.archive_no:
        line.append(f"{w['archive_no']}：{doc.archive_no}")
    line.append(f"{w['secrecy']}：{doc.secrecy}")
    copy = w["copy"].get(doc.copy, doc.copy)
    if doc.version:
        copy += "  " + w["version"].format(n=doc.version)
    line.append(copy)
    story.append(layout.paragraph("\u3000\u3000".join(line), "body"))
    story.append(Spacer(1, 3 * mm))

    story.append(heading("basics"))
    story.append(layout.key_values(doc.basics, [24 * mm, width / 2 - 24 * mm] * 2))
    story.append(heading("request"))
    story.append(layout.paragraph(f"{w['subject']}：{doc.subject}", "body"))
    story.append(layout.paragraph(doc.description or w["none"], "body"))

    story.append(heading("timeline"))
    rows = [[str(i), *event] for i, event in enumerate(doc.events, start=1)]
    story.append(_table(w["timeline_head"], rows,
                        [10 * mm, 30 * mm, 22 * mm, 26 * mm, width - 88 * mm], w))

    story.append(heading("result"))
    story.append(layout.paragraph(doc.solution or w["none"], "body"))
    if doc.resolved_at:
        story.append(layout.paragraph(f"{w['resolved_at']}：{doc.resolved_at}", "body"))

    story.append(heading("callbacks"))
    if doc.callbacks or not doc.surveys:
        story.append(_table(w["callback_head"], doc.callbacks,
                            [30 * mm, 24 * mm, 26 * mm, width - 80 * mm], w))
    if doc.surveys:
        story.append(Spacer(1, 2 * mm))
        story.append(_table(w["survey_head"], doc.surveys,
                            [30 * mm, 28 * mm, 26 * mm, width - 84 * mm], w))
    if doc.supervisions:
        story.append(heading("supervisions"))
        story.append(_table(w["supervision_head"], doc.supervisions,
                            [28 * mm, 22 * mm, width - 106 * mm, 28 * mm, 28 * mm], w))
    if doc.reviews:
        story.append(heading("reviews"))
        story.append(_table(w["review_head"], doc.reviews,
                            [30 * mm, 24 * mm, 16 * mm, width - 70 * mm], w))
    if doc.articles:
        story.append(heading("articles"))
        for title in doc.articles:
            story.append(layout.paragraph("· " + title, "body"))
    if doc.notes:
        story.append(Spacer(1, 3 * mm))
    for note in doc.notes:
        story.append(layout.paragraph(note, "small"))

    story.append(KeepTogether([
        heading("signatures"),
        layout.table(w["sign_head"], [[role, name, date, ""]
                                       for role, name, date in doc.signatures],
                     [28 * mm, 50 * mm, 40 * mm, width - 118 * mm], style="sign"),
    ]))

    at = f"{doc.printed_at:%Y-%m-%d %H:%M}"
    footer = w["footer"].format(ticket=doc.ticket_no, who=doc.printed_by, at=at)
    return layout.build_pdf(
        target, story, title=w["title"].format(center=doc.center_name) + " "
        + (doc.archive_no or doc.ticket_no),
        header=doc.center_name, header_right=doc.archive_no or doc.ticket_no,
        footer=footer, lang=doc.lang, decorate=_decorator(doc, at),
        subject=doc.archive_no or doc.ticket_no,
        keywords=_keywords(doc))


def _keywords(doc: CaseFile) -> str:
    """What `archive verify` reads back from a file: which case and version it says
    it is (ASCII, in the document information, so a changed file still says it)."""
    return f"hotline-case={doc.ticket_no} copy={doc.copy} version={doc.version or 0}"


def _table(head, rows, widths, w):
    if not rows:
        return layout.paragraph(w["none"], "body")
    return layout.table(head, rows, widths)


def _decorator(doc: CaseFile, at: str):
    font = register_cjk_font()
    w = words(doc.lang)

    def decorate(canvas, number: int, total: int) -> None:
        page_w, page_h = canvas._pagesize
        if number == 1:
            _secrecy_mark(canvas, doc.secrecy, font, page_h)
            if doc.stamp:
                _stamp(canvas, doc.stamp, total, w["stamp"], font, page_w, page_h)
        if doc.watermarked:
            _watermark(canvas, WATERMARK.get(doc.lang, WATERMARK["zh"]),
                       f"{doc.printed_by} {at}", font, page_w, page_h)

    return decorate


def _secrecy_mark(canvas, secrecy: str, font: str, page_h: float) -> None:
    x, y = layout.MARGIN, page_h - layout.MARGIN - 9 * mm
    canvas.setStrokeColor(colors.HexColor("#b00000"))
    canvas.setFillColor(colors.HexColor("#b00000"))
    canvas.setLineWidth(1)
    canvas.setFont(font, 12)
    text_w = canvas.stringWidth(secrecy, font, 12)
    canvas.rect(x, y, text_w + 6 * mm, 8 * mm)
    canvas.drawString(x + 3 * mm, y + 2.3 * mm, secrecy)


def _stamp(canvas, stamp: Stamp, pages: int, labels: list[str], font: str,
           page_w: float, page_h: float) -> None:
    values = [stamp.fonds, f"{stamp.year:04d}", f"{stamp.item:04d}", stamp.org,
              stamp.retention, str(pages)]
    left = page_w - layout.MARGIN - 3 * STAMP_CELL_W
    top = page_h - layout.MARGIN
    canvas.setStrokeColor(colors.HexColor("#b00000"))
    canvas.setLineWidth(0.8)
    for k, (label, value) in enumerate(zip(labels, values)):
        row, col = divmod(k, 3)
        x = left + col * STAMP_CELL_W
        y = top - (row + 1) * STAMP_CELL_H
        canvas.rect(x, y, STAMP_CELL_W, STAMP_CELL_H)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.setFont(font, 6)
        canvas.drawCentredString(x + STAMP_CELL_W / 2, y + STAMP_CELL_H - 2.6 * mm, label)
        canvas.setFillColor(colors.black)
        size = 9
        while size > 5 and canvas.stringWidth(value, font, size) > STAMP_CELL_W - 2 * mm:
            size -= 0.5
        canvas.setFont(font, size)
        canvas.drawCentredString(x + STAMP_CELL_W / 2, y + 2 * mm, value)


def _watermark(canvas, text: str, who: str, font: str, page_w: float,
               page_h: float) -> None:
    canvas.setFillColor(colors.HexColor("#808080"))
    canvas.setFillAlpha(0.2)
    for cx, cy in ((page_w / 2, page_h * 0.68), (page_w / 2, page_h * 0.3)):
        canvas.saveState()
        canvas.translate(cx, cy)
        canvas.rotate(45)
        canvas.setFont(font, 30)
        canvas.drawCentredString(0, 6 * mm, text)
        canvas.setFont(font, 13)
        canvas.drawCentredString(0, -4 * mm, who)
        canvas.restoreState()
