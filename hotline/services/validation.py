"""Input checks shared by the services. Each raises ValidationError naming the field."""

from __future__ import annotations

import datetime as dt
import re

from .errors import ValidationError

# C0 controls except tab, line feed and carriage return; DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


# What an extra keystroke or a copied cell adds at the ends of a field.
# Other spaces (U+3000 ideographic space, the Chinese paragraph indent "　　",
# U+00A0, U+2002…U+200A, U+202F, U+205F …) are text the user typed and are kept.
ASCII_BLANKS = " \t\r\n"
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def text(field: str, value, *, max_len: int, required: bool = False,
         multiline: bool = False) -> str:
    """A text field as it is stored.

    Fields lose the ASCII blanks (space, tab, CR, LF) at their two ends — what an
    extra Enter or a pasted cell adds — and nothing else: every other Unicode space
    (U+3000, the "　　" paragraph indent, U+00A0, U+2002…U+200A …) is text the user
    typed and survives saving, export and import at either end. Inside multi-line
    text everything is kept, tabs and blank lines included; CRLF (and a lone CR)
    become LF. `required` refuses a value made of blanks only. Lone surrogates (not
    valid Unicode) are refused with code 'invalid_unicode'."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text", code="not_text")
    bad = _SURROGATE.search(value)
    if bad:
        raise ValidationError(field, f"contains invalid Unicode (a lone surrogate "
                                     f"U+{ord(bad.group()):04X})", code="invalid_unicode",
                              char=f"U+{ord(bad.group()):04X}")
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.strip(ASCII_BLANKS)
    if required and not value.strip():
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


def valid_unicode(field: str, value, *, _depth: int = 0) -> None:
    """Refuse a lone surrogate anywhere in `value` (text, or dicts and lists of
    them, as JSON gives), naming `field`."""
    if isinstance(value, str):
        bad = _SURROGATE.search(value)
        if bad:
            raise ValidationError(field, f"contains invalid Unicode (a lone surrogate "
                                         f"U+{ord(bad.group()):04X})",
                                  code="invalid_unicode", char=f"U+{ord(bad.group()):04X}")
    elif _depth < 4 and isinstance(value, dict):
        for key, item in value.items():
            valid_unicode(field, key, _depth=_depth + 1)
            valid_unicode(field, item, _depth=_depth + 1)
    elif _depth < 4 and isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            valid_unicode(field, item, _depth=_depth + 1)


def valid_unicode_arguments(kwargs: dict) -> None:
    """Every text argument of a service call is valid Unicode (no lone surrogates,
    which the database drivers cannot encode): a ValidationError naming the
    argument instead of a traceback."""
    for name, value in kwargs.items():
        if isinstance(value, (str, dict, list, tuple)):
            valid_unicode(name, value)
