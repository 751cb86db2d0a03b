"""Masking of a caller's personal data on copies made for someone not entitled to
the full record (DESIGN §8, research §1): 138****1234, 0531-****5678, 张*, and an
anonymous caller is 「匿名」 with no number at all, on every copy."""

from __future__ import annotations

import re

ANONYMOUS = {"zh": "匿名", "en": "anonymous"}
_AREA = re.compile(r"^(0\d{2,3})[-\s]?(\d{7,8})$")


def mask_phone(phone: str) -> str:
    """A mobile keeps its first 3 and last 4 digits; a landline its area code and
    last 4; anything else its last 4 (at most half of it shown)."""
    phone = (phone or "").strip()
    if not phone:
        return ""
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[:3]}****{digits[-4:]}"
    m = _AREA.match(phone) or _AREA.match(digits)
    if m:
        return f"{m.group(1)}-****{m.group(2)[-4:]}"
    if len(digits) <= 4:
        return "*" * len(digits)
    keep = min(4, len(digits) // 2)
    return "*" * (len(digits) - keep) + digits[-keep:]


_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
                      "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木")


def mask_name(name: str) -> str:
    """Keep the surname: 张三 -> 张*, 欧阳明明 -> 欧阳**; a Latin name keeps its
    first letter of each part (John Smith -> J*** S****)."""
    name = (name or "").strip()
    if not name:
        return ""
    if name.isascii():
        return " ".join(p[:1] + "*" * (len(p) - 1) for p in name.split())
    surname = next((s for s in _COMPOUND_SURNAMES if name.startswith(s)), name[:1])
    return surname + "*" * max(1, len(name) - len(surname))


def mask_text(text: str) -> str:
    """Free text about a caller on a masked copy: kept to its first character."""
    text = (text or "").strip()
    return text[:1] + "***" if text else ""


def caller_shown(name: str, phone: str, *, anonymous: bool, masked: bool,
                 lang: str = "zh") -> tuple[str, str]:
    """(name, number) as a copy prints them."""
    if anonymous:
        return ANONYMOUS.get(lang, ANONYMOUS["zh"]), ""
    if masked:
        return mask_name(name), mask_phone(phone)
    return name, phone
