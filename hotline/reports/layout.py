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
        "tiny": ParagraphStyle("tiny", parent=body, fontSize=6.5, leading=8.5),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12.5),
        "head": ParagraphStyle("head", parent=body, fontSize=9, leading=12.5,
                               alignment=TA_CENTER),
        "heading": ParagraphStyle("heading", parent=body, fontSize=13, leading=19,
                                  spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "title": ParagraphStyle("title", parent=body, fontSize=18, leading=26,
                                alignment=TA_CENTER, spaceAfter=10),
        # a signature row: room to sign by hand
        "sign": ParagraphStyle("sign", parent=body, fontSize=9, leading=12.5,
                               spaceBefore=4, spaceAfter=8),
    }


def paragraph(text, style: str = "body") -> Paragraph:
    """The one way text reaches a Paragraph: escaped, in one of `styles()`."""
    return Paragraph(escape(text), styles()[style])


def table(header: Sequence, rows: Iterable[Sequence], widths: Sequence[float],
          *, style: str = "cell", column_styles: Sequence[str] | None = None) -> Table:
    """A ruled table of text cells whose header row is repeated on every page it
    runs onto. A table row cannot split across pages, so a cell text too long for
    one page (a 20,000-character note) continues in the rows below it."""
    data = [[paragraph(h, "head") for h in header]]
    kinds = list(column_styles or [style] * len(widths))
    sizes = [styles()[kind].fontSize for kind in kinds]
    for row in rows:
        pieces = [split_for_cell(cell, width, size)
                  for cell, width, size in zip(row, widths, sizes)]
        for k in range(max(len(p) for p in pieces) if pieces else 0):
            data.append([paragraph(p[k] if k < len(p) else "", kind)
                         for p, kind in zip(pieces, kinds)])
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


def key_values(pairs: Sequence[tuple[str, str]], widths: Sequence[float]) -> Table:
    """Labelled values two to a row (label, value, label, value), labels shaded;
    `widths` gives the four columns."""
    cells = [(paragraph(label, "head"), paragraph(value, "cell"))
             for label, value in pairs]
    if len(cells) % 2:
        cells.append((paragraph("", "head"), paragraph("", "cell")))
    data = [[*cells[i], *cells[i + 1]] for i in range(0, len(cells), 2)]
    result = Table(data, colWidths=list(widths))
    result.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")),
        ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f0f0f0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return result


CELL_LINES = 30  # at most this many lines of text in one table row


def split_for_cell(text, width: float, font_size: float) -> list[str]:
    """`text` cut into pieces of at most CELL_LINES lines each for a column `width`
    points wide (a CJK character is one em wide; Latin text is narrower, so the
    estimate errs towards short pieces)."""
    text = "" if text is None else str(text)
    per_line = max(1, int((width - 6) // font_size))
    pieces, current, lines = [], [], 0
    for line in text.split("\n"):
        while True:
            room = (CELL_LINES - lines) * per_line
            if len(line) <= room:
                current.append(line)
                lines += max(1, -(-len(line) // per_line))
                break
            current.append(line[:room])
            pieces.append("\n".join(current))
            current, lines, line = [], 0, line[room:]
        if lines >= CELL_LINES:
            pieces.append("\n".join(current))
            current, lines = [], 0
    if current or not pieces:
        pieces.append("\n".join(current))
    return pieces


def page_label(number: int, total: int, lang: str = "zh") -> str:
    if lang == "en":
        return f"Page {number} of {total}"
    return f"第 {number} 页 共 {total} 页"


class PagedCanvas(Canvas):
    """A canvas that knows the page count when it writes each page's header and
    footer ("第 x 页 共 y 页"): the pages are kept until the document is saved.
    `decorate(canvas, number, total)`, when given, draws more on each page (a
    watermark, the 归档章 of page 1) with the count known."""

    def __init__(self, *args, header: str = "", header_right: str = "",
                 footer: str = "", label_lang: str = "zh", decorate=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._header, self._header_right = header, header_right
        self._footer, self._lang, self._decorator = footer, label_lang, decorate
        self._pages: list[dict] = []
        self.page_count = 0

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        self.page_count = total  # after the pages' states were put back
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFont(register_cjk_font(), 8)
        self.setFillColor(colors.black)
        if self._header:
            self.drawString(MARGIN, height - MARGIN + 6 * mm, self._header)
        if self._header_right:
            self.drawRightString(width - MARGIN, height - MARGIN + 6 * mm,
                                 self._header_right)
        if self._footer:
            self.drawString(MARGIN, MARGIN - 10 * mm, self._footer)
        self.drawRightString(width - MARGIN, MARGIN - 10 * mm,
                             page_label(number, total, self._lang))
        self.restoreState()
        if self._decorator is not None:
            self.saveState()
            self._decorator(self, number, total)
            self.restoreState()


def build_pdf(target, story: list, *, title: str, header: str = "",
              footer: str = "", lang: str = "zh", header_right: str = "",
              decorate=None, subject: str = "", keywords: str = "",
              pagesize=PAGE, top_margin: float = MARGIN) -> int:
    """Write `story` to `target` (a path or a binary file) on A4 pages with the
    header, the footer and the page numbers; every font in the file is embedded
    (the canvas starts in the CJK font, so no standard font is listed). Returns
    the number of pages."""
    font = register_cjk_font()
    doc = SimpleDocTemplate(
        target, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=top_margin, bottomMargin=MARGIN, title=escape_title(title),
        subject=escape_title(subject), keywords=escape_title(keywords),
        author="Hotline Desk", creator="Hotline Desk",
        initialFontName=font, initialFontSize=BODY_SIZE)
    made = []

    def maker(*args, **kwargs):
        made.append(PagedCanvas(*args, header=header, header_right=header_right,
                                footer=footer, label_lang=lang, decorate=decorate,
                                **kwargs))
        return made[-1]

    doc.build(story, canvasmaker=maker)
    return made[-1].page_count


def escape_title(title: str) -> str:
    """The document title for the PDF's metadata (not markup: control characters
    dropped)."""
    return "".join(ch for ch in str(title) if ord(ch) >= 0x20 and ch != "\x7f")
