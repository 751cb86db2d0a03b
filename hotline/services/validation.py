"""Input checks shared by the services. Each raises ValidationError naming the field."""

from __future__ import annotations

import datetime as dt
import re

from .errors import ValidationError

# C0 controls except tab, line feed and carriage return; DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def text(field: str, value, *, max_len: int, required: bool = False,
         multiline: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text", code="not_text")
    value = value.strip() if not multiline else value.strip("\n\r\t ")
    value = value.replace("\r\n", "\n")
    if required and not value:
        raise ValidationError(field, "is required", code="required")
    if len(value) > max_len:
        raise ValidationError(field, f"is too long ({len(value):,} characters; at most "
                                     f"{max_len:,})", code="too_long",
                              length=len(value), max_len=max_len)
    bad = _CONTROL.search(value)
    if bad:
        raise ValidationError(field, f"contains a control character "
                                     f"(U+{ord(bad.group()):04X})", code="control_char",
                              char=f"U+{ord(bad.group()):04X}")
    if not multiline and ("\n" in value or "\r" in value or "\t" in value):
        raise ValidationError(field, "must be a single line", code="single_line")
    return value


def choice(field: str, value, options, *, required: bool = True):
    if value in (None, "") and not required:
        return None
    if value not in options:
        raise ValidationError(field, f"must be one of {', '.join(options)} "
                                     f"(got {str(value)[:40]!r})", code="not_a_choice",
                              options=tuple(options))
    return value


def datetime_value(field: str, value, *, required: bool = True):
    if value is None:
        if required:
            raise ValidationError(field, "is required", code="required")
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(field, f"is not a valid date and time "
                                         f"({value[:40]!r})", code="not_datetime") from None
    if not isinstance(value, dt.datetime):
        raise ValidationError(field, "is not a date and time", code="not_datetime")
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    if not (dt.datetime(2000, 1, 1) <= value <= dt.datetime(2100, 1, 1)):
        raise ValidationError(field, f"is out of range ({value:%Y-%m-%d})", code="out_of_range")
    return value


def integer(field: str, value, *, minimum=None, maximum=None, required=True):
    if value is None or value == "":
        if required:
            raise ValidationError(field, "is required", code="required")
        return None
    if isinstance(value, bool):
        raise ValidationError(field, "must be a whole number", code="not_integer")
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, f"must be a whole number (got {str(value)[:20]!r})",
                              code="not_integer") from None
    if number != value and not isinstance(value, str):
        raise ValidationError(field, "must be a whole number", code="not_integer")
    if minimum is not None and number < minimum:
        raise ValidationError(field, f"must be at least {minimum}", code="too_small",
                              minimum=minimum)
    if maximum is not None and number > maximum:
        raise ValidationError(field, f"must be at most {maximum}", code="too_large",
                              maximum=maximum)
    return number
