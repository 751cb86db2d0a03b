"""The archive register (归档文件目录, DESIGN §8) of a year as a PDF: landscape A4,
a cover block (全宗名称, 年度, 全宗号) and the table 序号 · 档号 · 文号 · 责任者 · 题名 ·
日期 · 密级 · 页数 · 备注, with the app's columns 保管期限 · 归档人 · 归档时间 · SHA-256.
Entries come from services/archives.register(); nothing here reads the database."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from . import layout

_WORDS = {
    "zh": {"title": "归档文件目录", "center": "全宗名称", "year": "年度", "fonds": "全宗号",
           "count": "件数", "head": ["序号", "档号", "文号", "责任者", "题名", "日期", "密级",
                                    "页数", "备注", "保管期限", "归档人", "归档时间",
                                    "SHA-256"],
           "empty": "本年度尚无归档文件。", "footer": "打印 {who} {at}"},
    "en": {"title": "Archive register", "center": "Fonds", "year": "Year",
           "fonds": "Fonds no.", "count": "Items",
           "head": ["No.", "Archive no.", "Ticket", "Responsible", "Title", "Date",
                    "Class.", "Pages", "Remarks", "Retention", "Filed by", "Filed at",
                    "SHA-256"],
           "empty": "Nothing archived in this year yet.", "footer": "Printed by {who} {at}"},
}
WIDTHS_MM = [8, 38, 22, 20, 34, 16, 9, 8, 10, 11, 20, 17, 44]


def build(entries, target, *, year: int, center_name: str, fonds: str,
          printed_by: str, printed_at: dt.datetime, lang: str = "zh") -> int:
    w = _WORDS["en" if lang == "en" else "zh"]
    page = landscape(A4)
    story = [layout.paragraph(w["title"], "title"),
             layout.paragraph(f"{w['center']}：{center_name}    {w['fonds']}：{fonds}    "
                              f"{w['year']}：{year}    {w['count']}：{len(entries)}",
                              "body"),
             Spacer(1, 4 * mm)]
    if not entries:
        story.append(layout.paragraph(w["empty"], "body"))
    else:
        rows = [[str(e.seq), e.archive_no, e.ticket_no, e.responsible, e.title, e.date,
                 e.secrecy, str(e.pages), e.note, e.retention, e.archivist,
                 f"{e.archived_at:%Y-%m-%d %H:%M}", e.sha256] for e in entries]
        story.append(layout.table(w["head"], rows, [x * mm for x in WIDTHS_MM],
                                  column_styles=["small"] * 12 + ["tiny"]))
    return layout.build_pdf(
        target, story, title=f"{w['title']} {year}", header=center_name,
        header_right=f"{w['title']} · {year}",
        footer=w["footer"].format(who=printed_by, at=f"{printed_at:%Y-%m-%d %H:%M}"),
        lang=lang, pagesize=page)
