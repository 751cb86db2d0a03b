"""The CJK font shipped in the package: reportlab embeds a subset of it in a PDF and
the Chinese text reads back from the file (poppler's pdffonts / pdftotext, installed
by scripts/setup.sh)."""

from __future__ import annotations

import subprocess

from hotline import resources
from hotline.reports.fonts import register_cjk_font

TEXT = "热线服务台「投诉」《劳动法》“欠薪”工单号20260714-0042，已转交（劳动监察）。"


def test_font_and_licence_are_shipped_with_the_package():
    font = resources.font_path()
    assert font.is_file() and font.stat().st_size > 1_000_000
    assert font.parent == resources.path("fonts")
    licence = resources.read_text(*resources.CJK_FONT.licence.split("/"))
    assert "Apache License" in licence and "WenQuanYi" in licence


def test_font_covers_common_chinese_punctuation_and_digits():
    from reportlab.pdfbase.pdfmetrics import getFont

    cmap = getFont(register_cjk_font()).face.charToGlyph
    gb2312 = []  # the 6,763 Hanzi of GB2312 (levels 1 and 2)
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                gb2312.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    assert len(gb2312) == 6763
    extra = "「」『』《》〈〉“”‘’，。、；：！？（）【】——…·　0123456789ABCxyz%-/"
    missing = [ch for ch in gb2312 + list(extra) if ord(ch) not in cmap]
    assert missing == []


def test_pdf_embeds_a_subset_and_the_chinese_reads_back(tmp_path):
    from reportlab.pdfgen import canvas

    name = register_cjk_font()
    assert register_cjk_font() == name  # registering twice is harmless
    pdf = tmp_path / "one.pdf"
    c = canvas.Canvas(str(pdf), initialFontName=name, initialFontSize=12)
    c.drawString(40, 780, TEXT)
    c.showPage()
    c.save()
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    rows = fonts[2:]  # after the header and the dashes
    assert rows, fonts
    for row in rows:
        cols = row.split()
        assert "WenQuanYiMicroHei" in cols[0] and "+" in cols[0], row  # a subset
        assert cols[-5:-2] == ["yes", "yes", "yes"], row  # emb, sub, uni
    assert pdf.stat().st_size < 200_000  # the subset, not the 5 MB collection
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert text.strip() == TEXT
