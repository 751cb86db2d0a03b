"""How a figure prints in the documents (the monthly report and its tests use the
same functions, so a test compares the PDF with the JSON through them).

- a missing value (None: the denominator was 0, no value in the period) prints "—";
- counts print as plain digits with no thousands separator ("30214"), as the JSON
  has them, so pdftotext gives back the same digits;
- rates (fractions 0–1) print as a percentage with one decimal: 0.123456 -> "12.3%";
- means (a rating 1–5, a QA total) two decimals: 4.444444 -> "4.44";
- hours and minutes one decimal: 29.366072 -> "29.4"; seconds whole: 264.3 -> "264";
- a change (环比/同比) of a count or a mean is relative: (now − before) ÷ before,
  "+5.2%", "−3.1%" (U+2212 minus), "0.0%"; "—" when before is 0 or either value is
  missing. A change of a rate is the difference in percentage points: 0.80 -> 0.85
  prints "+5.0 pt" ("+5.0 个百分点" would not fit a table column).
"""

from __future__ import annotations

import math

DASH = "—"
MINUS = "\u2212"

KINDS = ("count", "rate", "mean", "hours", "minutes", "seconds")


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _fixed(value: float, digits: int) -> str:
    text = f"{value:.{digits}f}"
    if text.startswith("-"):
        text = MINUS + text[1:]
    if text.lstrip(MINUS).strip("0.") == "":  # -0.0 prints 0.0
        text = text.lstrip(MINUS)
    return text


def count(value) -> str:
    """A count: plain digits, no thousands separator."""
    if _missing(value):
        return DASH
    return str(int(value))


def rate(value) -> str:
    """A fraction 0–1 as a percentage with one decimal."""
    if _missing(value):
        return DASH
    return _fixed(value * 100, 1) + "%"


def mean(value) -> str:
    if _missing(value):
        return DASH
    return _fixed(value, 2)


def hours(value) -> str:
    if _missing(value):
        return DASH
    return _fixed(value, 1)


minutes = hours


def seconds(value) -> str:
    if _missing(value):
        return DASH
    return _fixed(value, 0)


_BY_KIND = {"count": count, "rate": rate, "mean": mean, "hours": hours,
            "minutes": minutes, "seconds": seconds}


def value(kind: str, number) -> str:
    """`number` printed as a figure of `kind` (one of KINDS)."""
    return _BY_KIND[kind](number)


def _signed(number: float, digits: int) -> str:
    text = _fixed(number, digits)
    if text.startswith(MINUS) or text.lstrip(MINUS).strip("0.") == "":
        return text
    return "+" + text


def change(kind: str, now, before) -> str:
    """环比 / 同比 of a figure of `kind`: relative for counts and means, the
    difference in percentage points for rates."""
    if _missing(now) or _missing(before):
        return DASH
    if kind == "rate":
        return _signed((now - before) * 100, 1) + " pt"
    if before == 0:
        return DASH
    return _signed((now - before) / before * 100, 1) + "%"


def share(part, whole) -> str:
    """`part` as a share of `whole` (占比), "—" when whole is 0."""
    if _missing(part) or not whole:
        return DASH
    return rate(part / whole)
