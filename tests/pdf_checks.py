"""What the tests read back from a PDF, shared by the document tests (monthly
report, case archives) and the command-line tests: the text (pdftotext in content
order, whitespace removed), the fonts (pdffonts), and the figures `report monthly
--json` gives, walked key by key and formatted by hotline/reports/figures.py."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from hotline.reports import figures, monthly


def pdf_text(pdf: Path) -> str:
    """The text in the order it was drawn (a table row's cells one after the
    other), whitespace removed."""
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return flat(out)


def flat(text: str) -> str:
    """`text` without whitespace; a control character as the PDF prints it
    (\\x07 for BEL, layout.escape)."""
    text = re.sub(r"\s+", "", text)
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", lambda m: f"\\x{ord(m.group()):02x}",
                  text)


def font_rows(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                         check=True).stdout
    return out.splitlines()[2:]


def assert_fonts_embedded(pdf: Path) -> None:
    rows = font_rows(pdf)
    assert rows, "no font listed"
    for row in rows:
        # name type encoding emb sub uni object ID: emb is the 4th field from the end
        fields = row.split()
        assert fields[-5] == "yes", f"not embedded: {row}"
        assert "WenQuanYi" in fields[0] or "CJK" in fields[0] or "Hei" in fields[0], row


def expected_rows(data: dict, lang: str = "zh") -> list[str]:
    """Every figure of a `report monthly --json` result as the rows that must
    appear in the PDF (label, this month, the month before beside it, ...)."""
    rows = []
    now, before, year = data, data["previous"], data["last_year"]
    for key, value in now.items():
        if key in ("month", "previous", "last_year"):
            continue
        if key == "agents":
            rows += _agent_rows(now["agents"], before["agents"], lang)
        elif key.startswith("by_"):
            rows += _count_rows(key, now, before, lang)
        elif isinstance(value, dict):  # mean / median / p90
            for sub in value:
                kind = monthly.INDICATORS[key][sub]
                rows.append(_indicator_row(f"{key}.{sub}", kind, value[sub],
                                           before[key][sub], year[key][sub], lang))
        else:
            kind = monthly.INDICATORS[key]  # a key the PDF does not know: KeyError
            rows.append(_indicator_row(key, kind, value, before[key], year[key], lang))
    return rows


def _indicator_row(name, kind, now, before, year, lang) -> str:
    return flat("".join([
        monthly.label(name, lang), figures.value(kind, now),
        figures.value(kind, before), figures.change(kind, now, before),
        figures.value(kind, year), figures.change(kind, now, year)]))


def _count_rows(key, now, before, lang) -> list[str]:
    a, b = now[key], before[key]
    rows = []
    for code in list(a) + [c for c in b if c not in a]:
        x, y = a.get(code, 0), b.get(code, 0)
        rows.append(flat("".join([
            monthly.dimension_label(key, code, lang), figures.count(x),
            figures.share(x, now["calls_total"]), figures.count(y),
            figures.share(y, before["calls_total"]), figures.change("count", x, y)])))
    return rows


def _agent_rows(now, before, lang) -> list[str]:
    a = {p["user"]: p for p in now}
    b = {p["user"]: p for p in before}
    rows = []
    for user in sorted(set(a) | set(b)):
        cells = [user, (a.get(user) or b.get(user))["name"]]
        for tag, person in (("agent_this", a.get(user)), ("agent_last", b.get(user))):
            cells.append(monthly.word(tag, lang))
            cells += [figures.value(kind, person[key]) if person else figures.DASH
                      for key, kind in monthly.AGENT_COLUMNS]
        rows.append(flat("".join(cells)))
    return rows


def assert_every_figure(text: str, data: dict, lang: str = "zh") -> None:
    missing = [row for row in expected_rows(data, lang) if row not in text]
    assert not missing, f"rows not in the PDF text: {missing[:5]}"
