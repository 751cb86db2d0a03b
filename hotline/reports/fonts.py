"""The shipped CJK font registered with reportlab, so PDF documents embed a subset of
it (a TrueType font: reportlab embeds its glyphs, unlike CID or CFF/OTF CJK fonts,
which it can only reference)."""

from __future__ import annotations

from .. import resources

PDF_CJK_FONT = "HotlineCJK"  # the name documents pass to setFont / ParagraphStyle


def register_cjk_font() -> str:
    """Register the CJK font with reportlab once; return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if PDF_CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        font = resources.CJK_FONT
        pdfmetrics.registerFont(TTFont(PDF_CJK_FONT, str(resources.font_path(font)),
                                       subfontIndex=font.subfont_index))
    return PDF_CJK_FONT
