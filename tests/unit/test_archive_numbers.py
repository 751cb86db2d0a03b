"""档号 of DA/T 22-2015: built from its parts, read back, bad parts refused by name."""

from __future__ import annotations

import pytest

from hotline.domain import archive_numbers as an
from hotline.domain.errors import ValidationError


def test_the_number_of_the_design_example_and_back():
    number = an.make(fonds="X001", category="WS", year=2026, retention="D30", org="RX",
                     item=1)
    assert str(number) == "X001-WS·2026-D30-RX-0001"
    assert an.parse("X001-WS·2026-D30-RX-0001") == number
    assert str(an.make(fonds="X001", category="WS", year=2026, retention="Y",
                       org="RX", item=12345)) == "X001-WS·2026-Y-RX-12345"


def test_a_center_that_writes_30_instead_of_d30():
    codes = {"Y": "永久", "30": "定期30年", "10": "定期10年"}
    number = an.make(fonds="A1", category="WS", year=2026, retention="30", org="FY",
                     item=7, retentions=codes)
    assert str(number) == "A1-WS·2026-30-FY-0007"
    with pytest.raises(ValidationError) as err:
        an.make(fonds="A1", category="WS", year=2026, retention="D30", org="FY",
                item=7, retentions=codes)
    assert err.value.field == "retention"


@pytest.mark.parametrize("field, value", [
    ("fonds", "X-001"), ("category", "W·S"), ("org", ""), ("org", "法援"),
    ("year", 26), ("item", 0)])
def test_a_bad_part_is_refused_by_name(field, value):
    parts = dict(fonds="X001", category="WS", year=2026, retention="D30", org="RX",
                 item=1)
    parts[field] = value
    with pytest.raises(ValidationError) as err:
        an.make(**parts)
    assert err.value.field == field


@pytest.mark.parametrize("text", ["", "X001-WS-2026-D30-RX-0001",
                                  "X001-WS·26-D30-RX-0001", "X001-WS·2026-D30-RX-1"])
def test_what_is_not_an_archive_number(text):
    with pytest.raises(ValidationError) as err:
        an.parse(text)
    assert err.value.field == "archive_no"
