"""What every document shares (DESIGN §8): A4 pages set in the embedded CJK font,
the one helper through which any text reaches a reportlab Paragraph, a header and
footer with "第 x 页 共 y 页", and tables that repeat their header row when they
split across pages. No Qt, no database: builders pass plain values.

reportlab's Paragraph parses its text as markup (and, before 3.6.13, evaluated parts
of it: CVE-2023-33733). User text therefore never reaches it except through
`paragraph()`, which escapes it: `<b>`, `&`, `<para>` print as typed; a line break
is kept; control characters, which no font can draw, print as their visible
stand-ins written in ASCII (\\x07 for BEL); a lone surrogate prints as
U+FFFD. Formatting comes only from
the styles.
"""

from __future__ import annotations

import functools
from typing import Iterable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from .fonts import register_cjk_font

PAGE = A4
MARGIN = 20 * mm
BODY_SIZE = 10.5  # 五号


def escape(text) -> str:
    """`text` as Paragraph markup that prints exactly the characters given."""
    if text is None:
        return ""
    out = []
    for ch in str(text):
        code = ord(ch)
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "\n":
            out.append("<br/>")
        elif ch == "\t":
            out.append("&nbsp;" * 4)
        elif ch == "\r":
            continue  # \r\n is one line break
        elif code < 0x20 or 0x7F <= code < 0xA0:
            out.append(f"\\x{code:02x}")  # BEL prints as \x07 (the font has no ␇)
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")  # a lone surrogate cannot be written to a PDF
        else:
            out.append(ch)
    return "".join(out)


@functools.lru_cache(maxsize=None)
def styles() -> dict[str, ParagraphStyle]:
    """The documents' paragraph styles, in the embedded CJK font; Chinese lines break
    between any two characters (wordWrap CJK)."""
    font = register_cjk_font()
    body = ParagraphStyle("body", fontName=font, fontSize=BODY_SIZE,
                          leading=BODY_SIZE * 1.5, wordWrap="CJK")
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=11),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12.5),
        "head": ParagraphStyle("head", parent=body, fontSize=9, leading=12.5,
                               alignment=TA_CENTER),
        "heading": ParagraphStyle("heading", parent=body, fontSize=13, leading=19,
                                  spaceBefore=8, spaceAfter=4),
        "title": ParagraphStyle("title", parent=body, fontSize=18, leading=26,
                                alignment=TA_CENTER, spaceAfter=10),
    }


def paragraph(text, style: str = "body") -> Paragraph:
    """The one way text reaches a Paragraph: escaped, in one of `styles()`."""
    return Paragraph(escape(text), styles()[style])


def table(header: Sequence, rows: Iterable[Sequence], widths: Sequence[float]
          ) -> Table:
    """A ruled table of text cells whose header row is repeated on every page it
    runs onto."""
    data = [[paragraph(h, "head") for h in header]]
    data += [[paragraph(cell, "cell") for cell in row] for row in rows]
    result = Table(data, colWidths=list(widths), repeatRows=1)
    result.setStyle(TableStyle([
        # the table sets each cell's font before drawing it (Helvetica by default)
        ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return result


def page_label(number: int, total: int, lang: str = "zh") -> str:
    if lang == "en":
        return f"Page {number} of {total}"
    return f"第 {number} 页 共 {total} 页"


class PagedCanvas(Canvas):
    """A canvas that knows the page count when it writes each page's header and
    footer ("第 x 页 共 y 页"): the pages are kept until the document is saved."""

    def __init__(self, *args, header: str = "", footer: str = "", lang: str = "zh",
                 **kwargs):
        super().__init__(*args, **kwargs)
        self._header, self._footer, self._lang = header, footer, lang
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFont(register_cjk_font(), 8)
        self.setFillColor(colors.black)
        if self._header:
            self.drawString(MARGIN, height - MARGIN + 6 * mm, self._header)
        if self._footer:
            self.drawString(MARGIN, MARGIN - 10 * mm, self._footer)
        self.drawRightString(width - MARGIN, MARGIN - 10 * mm,
                             page_label(number, total, self._lang))
        self.restoreState()


def build_pdf(target, story: list, *, title: str, header: str = "",
              footer: str = "", lang: str = "zh") -> None:
    """Write `story` to `target` (a path or a binary file) on A4 pages with the
    header, the footer and the page numbers; every font in the file is embedded
    (the canvas starts in the CJK font, so no standard font is listed)."""
    font = register_cjk_font()
    doc = SimpleDocTemplate(
        target, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN, bottomMargin=MARGIN, title=escape_title(title),
        initialFontName=font, initialFontSize=BODY_SIZE)
    maker = functools.partial(PagedCanvas, header=header, footer=footer, lang=lang)
    doc.build(story, canvasmaker=maker)


def escape_title(title: str) -> str:
    """The document title for the PDF's metadata (not markup: control characters
    dropped)."""
    return "".join(ch for ch in str(title) if ord(ch) >= 0x20 and ch != "\x7f")
