"""档号 (archive numbers) of case files, DA/T 22-2015 without a database.

    档号 = 全宗号-门类代码·年度-保管期限-机构(问题)代码-件号
    e.g.   X001-WS·2026-D30-RX-0001

年度 is four digits, 件号 four digits from 0001 within the year; the retention codes
(永久 / 定期30年 / 定期10年) are settings because centers write them differently
(Y/D30/D10 or Y/30/10). The parts are checked here so that a setting that would make
an ambiguous or unparseable number (a '-' or '·' inside a part) is refused by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import ValidationError

# retention code -> what the archive stamp says
DEFAULT_RETENTIONS = {"Y": "永久", "D30": "定期30年", "D10": "定期10年"}
_PART = re.compile(r"^[A-Za-z0-9]{1,12}$")
_NUMBER = re.compile(
    r"^(?P<fonds>[A-Za-z0-9]{1,12})-(?P<category>[A-Za-z0-9]{1,12})·(?P<year>\d{4})-"
    r"(?P<retention>[A-Za-z0-9]{1,12})-(?P<org>[A-Za-z0-9]{1,12})-(?P<item>\d{4,})$")


@dataclass(frozen=True)
class ArchiveNumber:
    fonds: str  # 全宗号
    category: str  # 门类代码 (WS: 文书)
    year: int  # 年度
    retention: str  # 保管期限 code
    org: str  # 机构(问题) code
    item: int  # 件号, 1 … within the year

    def __str__(self) -> str:
        return (f"{self.fonds}-{self.category}·{self.year:04d}-{self.retention}-"
                f"{self.org}-{self.item:04d}")


def _part(field: str, value) -> str:
    text = str(value or "").strip()
    if not _PART.match(text):
        raise ValidationError(field, "must be 1-12 letters or digits (no '-' or '·')",
                              code="archive_part")
    return text


def make(*, fonds: str, category: str, year: int, retention: str, org: str,
         item: int, retentions: dict[str, str] | None = None) -> ArchiveNumber:
    """The 档号 of the `item`-th case file of `year`, its parts checked."""
    codes = retentions or DEFAULT_RETENTIONS
    if retention not in codes:
        raise ValidationError("retention", f"must be one of {', '.join(codes)}",
                              code="invalid_choice", choices=", ".join(codes))
    if not isinstance(year, int) or not 1900 <= year <= 9999:
        raise ValidationError("year", "must be a four-digit year", code="archive_year")
    if not isinstance(item, int) or not 1 <= item <= 999_999:
        raise ValidationError("item", "must be a number from 1", code="archive_item")
    return ArchiveNumber(_part("fonds", fonds), _part("category", category), year,
                         _part("retention", retention), _part("org", org), item)


def parse(text: str) -> ArchiveNumber:
    """An archive number read back (from a register, a file name): ValidationError
    naming `archive_no` when it is not one."""
    match = _NUMBER.match(str(text or "").strip())
    if not match:
        raise ValidationError("archive_no", "is not an archive number like "
                              "X001-WS·2026-D30-RX-0001", code="archive_number")
    g = match.groupdict()
    return ArchiveNumber(g["fonds"], g["category"], int(g["year"]), g["retention"],
                         g["org"], int(g["item"]))
