"""The documents' common layout (hotline/reports/layout.py): hostile text prints as
typed over several pages, "第 x 页 共 y 页" on every page, a split table repeats its
header row, and every font in the file is the embedded CJK subset."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from hotline.reports import layout

HOSTILE = [
    "<b>粗体</b> & <para>段落</para> <img src='/etc/passwd'/> &lt;已转义&gt;",
    "响铃\x07删除\x7f",
    "第一行\n第二行",
    "<a href='javascript:alert(1)'>链接</a>",
]


def _pdftotext(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run(args + [str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _build(pdf: Path, rows: int = 120) -> None:
    story = [layout.paragraph("热线服务台 文档样式", "title")]
    story += [layout.paragraph(text) for text in HOSTILE]
    story.append(layout.paragraph("长文本 " + "欠薪投诉处理情况说明。" * 300))
    story.append(layout.table(
        ["序号", "工单号", "事由"],
        [[str(i), f"20261201-{i:04d}", f"来电人反映<b>问题</b> {i}"]
         for i in range(1, rows + 1)],
        [20 * layout.mm, 40 * layout.mm, 100 * layout.mm]))
    layout.build_pdf(str(pdf), story, title="测试\x07文档", header="档号 X001-WS·2026",
                     footer="工单 20261201-0001")


def test_hostile_text_prints_literally_over_several_pages(tmp_path):
    pdf = tmp_path / "layout.pdf"
    _build(pdf)
    text = _pdftotext(pdf)
    flat = re.sub(r"\s+", "", text)
    assert "<b>粗体</b>&<para>段落</para><imgsrc='/etc/passwd'/>&lt;已转义&gt;" in flat
    assert "<ahref='javascript:alert(1)'>链接</a>" in flat
    assert "响铃\\x07删除\\x7f" in flat  # control characters shown, not dropped
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if "第一行" in line)
    assert "第二行" not in lines[first] and "第二行" in "".join(lines[first + 1:first + 3])
    assert "来电人反映<b>问题</b>120" in flat


def test_every_page_is_numbered_and_a_split_table_repeats_its_header(tmp_path):
    pdf = tmp_path / "layout.pdf"
    _build(pdf)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 3
    assert re.search(r"Title:\s+测试文档\n", info)  # metadata without the control char
    for number in range(1, pages + 1):
        page = re.sub(r"\s+", "", _pdftotext(pdf, number))
        assert f"第{number}页共{pages}页" in page
        assert "档号X001-WS·2026" in page and "工单20261201-0001" in page
    last = re.sub(r"\s+", "", _pdftotext(pdf, pages))
    assert last.count("序号工单号事由") == 1  # the header row again on the last page


def test_every_font_is_the_embedded_cjk_subset(tmp_path):
    pdf = tmp_path / "layout.pdf"
    _build(pdf, rows=5)
    rows = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    assert rows
    for row in rows:
        cols = row.split()
        assert "WenQuanYiMicroHei" in cols[0], row  # no Helvetica anywhere
        assert cols[-5] == "yes", row  # embedded


def test_english_page_label():
    assert layout.page_label(2, 7, "en") == "Page 2 of 7"
    assert layout.page_label(2, 7) == "第 2 页 共 7 页"


def test_paragraph_is_built_in_one_place_only():
    reports = Path(layout.__file__).parent
    users = [p.name for p in reports.rglob("*.py")
             if re.search(r"\bParagraph\(", p.read_text(encoding="utf-8"))]
    assert users == ["layout.py"]
