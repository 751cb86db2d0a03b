"""Import calls from CSV: the canonical file that `export` writes, or any CSV with a
mapping file (DESIGN §6).

Mapping file (JSON), every key optional:

    {
      "source": "SF311",                  # named in the audit row and each case's timeline
      "encoding": "utf-8-sig",            # "gbk" for files from Chinese offices
      "delimiter": ",",
      "date_format": "%m/%d/%Y %I:%M:%S %p",   # or a list tried in order; default ISO
      "columns": {"received_at": "Opened", "closed_at": "Closed", ...},
                                          # canonical field -> column of the file; one
                                          # column may feed several fields. Without
                                          # "columns" the canonical names are read.
      "values": {"channel": {"Voice In": "phone", "*": "other"}, "status": {...}},
                                          # value maps for channel, status, priority,
                                          # outcome; "*" maps every other value
      "defaults": {"outcome": "transferred", "priority": "normal"},
                                          # used where the column is absent or empty
      "category_parent": "SF311"          # put the file's categories under this
                                          # top-level category (else they are
                                          # top-level, with `subcategory` as child)
    }

Rules:
- A row is invalid when a date does not parse, a time lies before received_at
  ("closed before received"), a required value (received_at, channel, status,
  priority, outcome) is missing or unknown, the status contradicts the times (closed
  without closed_at, open with resolved_at), a user or phone is unknown or malformed,
  or its external reference repeats an earlier row. Row numbers count the header as
  row 1, as a spreadsheet shows them.
- Without `skip_invalid` nothing is imported when any row is invalid
  (`ImportRejected` carries every reject). With it, the valid rows are imported and
  the invalid ones returned.
- A row whose external reference is already in the database is skipped, so importing
  the same file again adds nothing. Canonical rows without an external reference are
  identified by their ticket number and received time (cases exported from Hotline
  Desk itself).
- Categories are matched by name (top-level name, then child name); missing ones are
  created (code from the file, else "imp-" + a hash of the names) and listed in the
  audit row. With `category_parent` the file's categories become children of that
  top-level category.
- Imported cases get new ticket numbers YYYYMMDD-NNNN of their received day,
  continuing the day's counter without gaps (in file order, after the calls logged
  before their batch), a Caller row where there is a phone (or a phone-less one for
  a name without a number), their resolution history row, one "imported" timeline
  event, and the import writes one audit row (file, rows imported, rejected,
  skipped) when it ends.
- The file is read twice (validate, then write), never held in memory whole.

Batches (DESIGN §7: no other writer waits more than a second or two). One
transaction for a whole file held the write lock ~19 s per 100,000 rows against a
10 s busy timeout. An import now runs in short transactions and stays all or
nothing:

1. Validate every row, outside any transaction (as before).
2. Open a record of the import (`import_run`, state `staging`, with host, pid and
   a heartbeat `alive_at`) in its own transaction.
3. Stage: copy the valid rows, as JSON of their canonical values, into
   `import_row`, STAGE_BATCH per transaction. Nothing is visible, nothing is
   numbered. Any failure here (database error, cancel, the file changing, a kill)
   undoes the import: its staged rows and its record are deleted — by the import
   itself, or, when the process died, by the next import or start of the app.
4. Commit point: one transaction sets the state to `moving`. From here on the
   import is complete in the database and is finished, never undone.
5. Move: MOVE_BATCH rows per transaction take their numbers from each day's
   counter, become cases (with categories, callers, events, resolution history),
   and leave `import_row`; the record's counts and heartbeat move in the same
   transaction, so a batch is exactly once. Between batches the import pauses
   (PAUSE_SHARE of the batch's time) so waiting saves get the write lock.
6. The last transaction writes the audit row and deletes the record.

Why roll forward after the commit point rather than undo: a moved batch took
ticket numbers, and saves logged meanwhile took the numbers after them; deleting
the batch would leave holes in the day's numbering, which must stay gapless.
Staging first means nothing numbered ever has to be deleted. A failure while
moving (the server went away, the disk is full) leaves the record in `moving`;
`ImportInterrupted` says so, and the next `hotline import` or start of the app
finishes it. While the moves run (~0.2 s per 1,000 rows) the cases appear batch by
batch; a duplicate saved by someone else meanwhile is skipped, as on a re-import.

A run is dead when its process is gone (same host, pid not running, or this very
process not working on it) or its heartbeat is older than STALE_AFTER; whoever
finds it claims it by moving the heartbeat (one claim wins) and undoes or
finishes it. A process whose run was taken over learns it at its next batch
(`ImportAbandoned`).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import re
import socket
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterator

from ..models import (CHANNELS, OUTCOMES, PRIORITIES, STATUSES, Call, CallEvent,
                      CaseResolution, Caller, Category, ImportRow, ImportRun, TicketCounter,
                      User, db)
from . import clock, validation
from .base import SYSTEM_ROLE, Actor, audit, database_errors, service
from .callers import normalize_phone
from ..storage.dialect import insert_row, insert_rows
from .errors import DomainError, ValidationError

CANONICAL_COLUMNS = (
    "ticket_no", "external_ref", "received_at", "ended_at", "duration_seconds",
    "channel", "phone", "caller_name", "anonymous", "category_code", "category",
    "subcategory", "priority", "subject", "description", "solution", "outcome",
    "status", "assignee", "creator", "signed_at", "first_response_at", "resolved_at",
    "closed_at", "first_response_due", "resolution_due", "paused_at", "fcr", "reopen_count",
    "confidential", "updated_at",
)
TIME_FIELDS = ("received_at", "ended_at", "signed_at", "first_response_at", "resolved_at",
               "closed_at", "first_response_due", "resolution_due", "paused_at",
               "updated_at")
BOOL_FIELDS = ("anonymous", "fcr", "confidential")
CHOICES = {"channel": CHANNELS, "status": STATUSES, "priority": PRIORITIES,
           "outcome": OUTCOMES}
OPEN_STATUSES = ("new", "assigned", "in_progress", "pending_customer", "reopened")
TEXT_LIMITS = {"subject": (200, False), "description": (20_000, True),
               "solution": (20_000, True), "caller_name": (64, False),
               "external_ref": (64, False), "category": (64, False),
               "subcategory": (64, False), "category_code": (32, False)}
_TRUE = {"1", "true", "t", "yes", "y", "是", "x"}
_FALSE = {"", "0", "false", "f", "no", "n", "否"}
_CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,32}$")
BATCH = 500
MAPPING_KEYS = {"source", "encoding", "delimiter", "date_format", "columns", "values",
                "defaults", "category_parent", "description"}
# The spreadsheet-formula guard of the exporter: a leading apostrophe before these.
FORMULA_START = ("=", "+", "-", "@", "'")


# ----------------------------------------------------------------- results

@dataclass(frozen=True)
class Reject:
    row: int  # header is row 1
    reason: str
    values: dict  # the row as read, column -> text


@dataclass(frozen=True)
class ImportResult:
    file: str
    rows_read: int
    imported: int
    skipped_existing: int
    rejected: list[Reject] = field(default_factory=list)
    categories_created: list[str] = field(default_factory=list)
    first_ticket: str | None = None
    last_ticket: str | None = None


class ImportRejected(ValidationError):
    """Invalid rows and no --skip-invalid: nothing was imported."""

    def __init__(self, rejects: list[Reject], rows_read: int):
        self.rejects = rejects
        self.rows_read = rows_read
        first = "; ".join(f"row {r.row}: {r.reason}" for r in rejects[:3])
        more = f" (and {len(rejects) - 3} more)" if len(rejects) > 3 else ""
        super().__init__("file", f"{len(rejects)} of {rows_read} rows are invalid, "
                                 f"nothing was imported: {first}{more}")


class ImportCancelled(DomainError):
    pass


# ----------------------------------------------------------------- mapping

@dataclass(frozen=True)
class Mapping:
    source: str
    encoding: str
    delimiter: str
    date_formats: tuple[str, ...]  # empty: ISO 8601
    columns: dict  # canonical field -> file column
    values: dict  # field -> {file value: canonical value}
    defaults: dict
    category_parent: str | None
    canonical: bool  # the export format: undo the formula guard


def load_mapping(spec: dict | str | Path | None) -> Mapping:
    """A validated Mapping from a dict, a JSON file path, or None (canonical CSV)."""
    if spec is None:
        return Mapping("", "utf-8-sig", ",", (), {c: c for c in CANONICAL_COLUMNS},
                       {}, {}, None, True)
    if not isinstance(spec, dict):
        try:
            spec = json.loads(Path(spec).read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise ValidationError("mapping", f"cannot be read ({exc.strerror})") \
                from None
        except json.JSONDecodeError as exc:
            raise ValidationError("mapping", f"is not valid JSON ({exc})") from None
    if not isinstance(spec, dict):
        raise ValidationError("mapping", "must be a JSON object")
    validation.valid_unicode("mapping", spec)
    unknown = set(spec) - MAPPING_KEYS
    if unknown:
        raise ValidationError("mapping", f"unknown key(s): {', '.join(sorted(unknown))}")
    encoding = spec.get("encoding", "utf-8-sig")
    try:
        "".encode(encoding)
    except (LookupError, TypeError):
        raise ValidationError("mapping", f"unknown encoding {encoding!r}") from None
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        encoding = "utf-8-sig"  # tolerate a byte order mark
    delimiter = spec.get("delimiter", ",")
    if not isinstance(delimiter, str) or len(delimiter) != 1:
        raise ValidationError("mapping", "delimiter must be one character")
    formats = spec.get("date_format", [])
    if isinstance(formats, str):
        formats = [formats]
    if not isinstance(formats, list) or not all(isinstance(f, str) for f in formats):
        raise ValidationError("mapping", "date_format must be a string or a list")
    formats = tuple(f for f in formats if f.lower() not in ("iso", "iso8601"))
    columns = spec.get("columns")
    if columns is None:
        columns = {c: c for c in CANONICAL_COLUMNS}
    if not isinstance(columns, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in columns.items()):
        raise ValidationError("mapping", "columns must map field names to column names")
    bad = set(columns) - set(CANONICAL_COLUMNS)
    if bad:
        raise ValidationError("mapping", f"unknown field(s) in columns: "
                                         f"{', '.join(sorted(bad))}")
    values = spec.get("values", {})
    if not isinstance(values, dict):
        raise ValidationError("mapping", "values must be an object")
    for name, table in values.items():
        if name not in CHOICES:
            raise ValidationError("mapping", f"values: {name!r} is not one of "
                                             f"{', '.join(CHOICES)}")
        if not isinstance(table, dict):
            raise ValidationError("mapping", f"values.{name} must be an object")
        for source_value, target in table.items():
            if target not in CHOICES[name]:
                raise ValidationError("mapping", f"values.{name}: {source_value!r} maps "
                                                 f"to unknown {name} {target!r}")
    defaults = spec.get("defaults", {})
    if not isinstance(defaults, dict):
        raise ValidationError("mapping", "defaults must be an object")
    for name, value in defaults.items():
        if name not in CANONICAL_COLUMNS:
            raise ValidationError("mapping", f"defaults: unknown field {name!r}")
        if name in CHOICES and value not in CHOICES[name]:
            raise ValidationError("mapping", f"defaults: {value!r} is not a {name}")
    parent = spec.get("category_parent")
    if parent is not None:
        parent = validation.text("mapping", parent, max_len=64, required=True)
        if "subcategory" in columns:
            raise ValidationError("mapping", "category_parent and a subcategory column "
                                             "would make three levels")
    source = validation.text("mapping", spec.get("source", ""), max_len=32)
    return Mapping(source, encoding, delimiter, formats, dict(columns),
                   {k: dict(v) for k, v in values.items()},
                   {k: str(v) for k, v in defaults.items()}, parent, False)


# ----------------------------------------------------------------- row parsing

@dataclass
class _Row:
    number: int
    values: dict  # canonical field -> Python value
    identity: tuple  # ("ref", external_ref) or ("ticket", ticket_no, received_at)


_DIRECTIVES = {"Y": r"(?P<Y>\d{4})", "m": r"(?P<m>\d{1,2})", "d": r"(?P<d>\d{1,2})",
               "H": r"(?P<H>\d{1,2})", "I": r"(?P<I>\d{1,2})", "M": r"(?P<M>\d{1,2})",
               "S": r"(?P<S>\d{1,2})", "f": r"(?P<f>\d{1,6})", "p": r"(?P<p>[AaPp][Mm])"}


def _compile_format(fmt: str):
    """A regular expression for a strptime format made of the common directives
    (strptime itself is slow enough to dominate a large import); None otherwise."""
    out, i, seen = [], 0, set()
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            d = fmt[i + 1:i + 2]
            if d not in _DIRECTIVES or d in seen:
                return None
            seen.add(d)
            out.append(_DIRECTIVES[d])
            i += 2
        else:
            out.append(re.escape(ch))
            i += 1
    if not {"Y", "m", "d"} <= seen or ("I" in seen) != ("p" in seen) or \
            ("H" in seen and "I" in seen):
        return None
    return re.compile("".join(out) + r"\Z")


def _parse_with(pattern, text: str) -> dt.datetime:
    m = pattern.match(text)
    if m is None:
        raise ValueError
    g = m.groupdict()
    hour = int(g.get("H") or 0)
    if g.get("I") is not None:
        hour = int(g["I"])
        if not 1 <= hour <= 12:
            raise ValueError
        hour = hour % 12 + (12 if g["p"].upper() == "PM" else 0)
    micro = int((g.get("f") or "0").ljust(6, "0"))
    return dt.datetime(int(g["Y"]), int(g["m"]), int(g["d"]), hour,
                       int(g.get("M") or 0), int(g.get("S") or 0), micro)


def _parse_time(text: str, formats: tuple) -> dt.datetime:
    if formats:
        for fmt, pattern in formats:
            try:
                if pattern is not None:
                    return _parse_with(pattern, text)
                return dt.datetime.strptime(text, fmt)
            except ValueError:
                continue
        raise ValueError
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is not None:  # an offset in the file: the center's local time
        value = value.astimezone(clock.zone()).replace(tzinfo=None)
    return value


def _unguard(text: str) -> str:
    """Undo the exporter's formula guard: "'=x" -> "=x", "''x" -> "'x"."""
    if len(text) >= 2 and text[0] == "'" and text[1] in FORMULA_START:
        return text[1:]
    return text


class _Parser:
    def __init__(self, mapping: Mapping, header: list[str]):
        self.m = mapping
        self.header = header
        index = {name: i for i, name in enumerate(header)}
        missing = [col for col in mapping.columns.values() if col not in index]
        if mapping.canonical:
            needed = ("received_at", "channel", "priority", "outcome", "status")
            absent = [c for c in needed if c not in index]
            if absent:
                raise ValidationError(
                    "file", f"is not a Hotline Desk export (no column "
                            f"{', '.join(absent)}); give a mapping file with --mapping")
            self.fields = {f: index[f] for f in CANONICAL_COLUMNS if f in index}
        else:
            if missing:
                raise ValidationError("mapping", f"column(s) not in the file: "
                                                 f"{', '.join(missing)}")
            self.fields = {f: index[col] for f, col in mapping.columns.items()}
        if "received_at" not in self.fields:
            raise ValidationError("mapping", "no column gives received_at")
        self.users: dict[str, int | None] = {}
        self.formats = tuple((f, _compile_format(f)) for f in mapping.date_formats)

    def _raw(self, record: list[str], name: str, *, strip: bool = True) -> str:
        """The cell of `name`; `strip=False` for text fields, which
        validation.text trims (ASCII blanks only: a leading "　　" is text)."""
        i = self.fields.get(name)
        text = (record[i].strip() if strip else record[i]) if i is not None else ""
        if self.m.canonical:
            text = _unguard(text)
        if not text and name in self.m.defaults:
            text = self.m.defaults[name]
        return text

    def _user(self, username: str) -> int | None:
        if username not in self.users:
            user = User.get_or_none(User.username == username)
            self.users[username] = user.id if user else None
        return self.users[username]

    def parse(self, number: int, record: list[str]) -> _Row:
        """The row's canonical values; raises ValueError(reason) when invalid."""
        if len(record) != len(self.header):
            raise ValueError(f"has {len(record)} fields, the header has "
                             f"{len(self.header)}")
        v: dict = {}
        for name in TIME_FIELDS:
            text = self._raw(record, name)
            if not text:
                v[name] = None
                continue
            try:
                value = _parse_time(text, self.formats)
            except ValueError:
                raise ValueError(f"unparseable date in {name}: {text[:40]!r}") from None
            if not (dt.datetime(2000, 1, 1) <= value <= dt.datetime(2100, 1, 1)):
                raise ValueError(f"{name} out of range: {text[:40]!r}")
            v[name] = value
        received = v["received_at"]
        if received is None:
            raise ValueError("received_at is missing")
        for name in ("closed_at", "resolved_at", "first_response_at", "ended_at",
                     "signed_at"):
            if v[name] is not None and v[name] < received:
                verb = {"closed_at": "closed", "resolved_at": "resolved",
                        "ended_at": "ended", "first_response_at": "first response",
                        "signed_at": "signed for"}
                raise ValueError(f"{verb[name]} before received ({name} "
                                 f"{v[name]:%Y-%m-%d %H:%M:%S} < received_at "
                                 f"{received:%Y-%m-%d %H:%M:%S})")
        if v["closed_at"] and v["resolved_at"] and v["closed_at"] < v["resolved_at"]:
            raise ValueError("closed before resolved")
        for name, options in CHOICES.items():
            text = self._raw(record, name)
            table = self.m.values.get(name, {})
            if text in table:
                value = table[text]
            elif text in options:
                value = text
            elif text and "*" in table:
                value = table["*"]
            elif not text:
                raise ValueError(f"{name} is missing")
            else:
                raise ValueError(f"unknown {name} {text[:40]!r}")
            v[name] = value
        status = v["status"]
        if status == "closed" and v["closed_at"] is None:
            raise ValueError("status closed without closed_at")
        if status == "resolved" and v["resolved_at"] is None:
            raise ValueError("status resolved without resolved_at")
        if status in OPEN_STATUSES and (v["resolved_at"] or v["closed_at"]):
            raise ValueError(f"status {status} but resolved_at/closed_at is set")
        for name, (limit, multiline) in TEXT_LIMITS.items():
            text = self._raw(record, name, strip=False)
            try:
                v[name] = validation.text(name, text, max_len=limit,
                                          multiline=multiline)
            except ValidationError as exc:
                raise ValueError(f"{name} {exc.message}") from None
        if v["category_code"] and not _CODE.match(v["category_code"]):
            raise ValueError(f"category_code {v['category_code']!r} is not a code")
        if v["subcategory"] and not v["category"]:
            raise ValueError("subcategory without category")
        try:
            v["phone"] = normalize_phone(self._raw(record, "phone"))
        except ValidationError as exc:
            raise ValueError(f"phone {exc.message}") from None
        for name in BOOL_FIELDS:
            text = self._raw(record, name).lower()
            if text in _TRUE:
                v[name] = True
            elif text in _FALSE:
                v[name] = False
            else:
                raise ValueError(f"{name} is not yes/no: {text[:20]!r}")
        for name, maximum in (("duration_seconds", 10**7), ("reopen_count", 10**4)):
            text = self._raw(record, name)
            if not text:
                v[name] = None if name == "duration_seconds" else 0
                continue
            try:
                v[name] = validation.integer(name, text, minimum=0, maximum=maximum)
            except ValidationError as exc:
                raise ValueError(f"{name} {exc.message}") from None
        for name in ("assignee", "creator"):
            username = self._raw(record, name)
            v[name] = None
            if username:
                v[name] = self._user(username)
                if v[name] is None:
                    raise ValueError(f"unknown user {username[:64]!r} in {name}")
        v["ticket_no"] = self._raw(record, "ticket_no")[:16]
        if v["external_ref"]:
            identity = ("ref", v["external_ref"])
        elif self.m.canonical and v["ticket_no"]:
            identity = ("ticket", v["ticket_no"], received)
        else:
            identity = ("none", number)
        return _Row(number, v, identity)


def _records(path: Path, mapping: Mapping) -> Iterator[tuple[int, list[str]]]:
    """(row number, fields) of every data row; the header comes first as row 1."""
    try:
        with open(path, newline="", encoding=mapping.encoding) as fh:
            reader = csv.reader(fh, delimiter=mapping.delimiter)
            for number, record in enumerate(reader, start=1):
                if number > 1 and not any(cell.strip() for cell in record):
                    continue  # blank line
                yield number, record
    except UnicodeDecodeError as exc:
        raise ValidationError("file", f"is not {mapping.encoding} text "
                                      f"(byte {exc.start}); set \"encoding\" in a "
                                      f"mapping file, e.g. {{\"encoding\": \"gbk\"}}") \
            from None
    except OSError as exc:
        raise ValidationError("file", f"cannot be read ({exc.strerror})") from None
    except csv.Error as exc:
        raise ValidationError("file", f"is not a readable CSV file ({exc})") from None


def _rows(path: Path, mapping: Mapping):
    """(parser, iterator of (number, raw record, _Row or reason))."""
    records = _records(path, mapping)
    try:
        _, header = next(records)
    except StopIteration:
        raise ValidationError("file", "is empty") from None
    header = [h.strip().lstrip("\ufeff") for h in header]
    parser = _Parser(mapping, header)

    def gen():
        for number, record in records:
            try:
                yield number, record, parser.parse(number, record)
            except ValueError as exc:
                yield number, record, str(exc)

    return parser, gen()


# ----------------------------------------------------------------- categories

class _Categories:
    """Name -> id lookups, creating what is missing (inside the transaction)."""

    def __init__(self, mapping: Mapping):
        self.mapping = mapping
        rows = list(Category.select(Category.id, Category.code, Category.name,
                                    Category.parent).tuples())
        self.by_code = {code: cid for cid, code, _, _ in rows}
        self.by_name = {(parent, name): cid for cid, _, name, parent in rows}
        self.created: list[str] = []

    def _code(self, wanted: str, parent_name: str, name: str) -> str:
        if wanted and wanted not in self.by_code:
            return wanted
        digest = hashlib.sha1(f"{parent_name}\x1f{name}".encode()).hexdigest()
        code = f"imp-{digest[:12]}"
        n = 1
        while code in self.by_code:
            n += 1
            code = f"imp-{digest[:12]}-{n}"
        return code

    def _get(self, parent_id: int | None, parent_name: str, name: str,
             code: str = "") -> int:
        cid = self.by_name.get((parent_id, name))
        if cid is None:
            code = self._code(code, parent_name, name)
            cid = Category.insert(code=code, name=name, parent=parent_id).execute()
            self.by_code[code] = cid
            self.by_name[(parent_id, name)] = cid
            self.created.append(f"{parent_name}/{name}" if parent_name else name)
        return cid

    def resolve(self, v: dict) -> int | None:
        code, top, sub = v["category_code"], v["category"], v["subcategory"]
        if code and code in self.by_code:
            return self.by_code[code]
        if not top:
            return None
        parent = self.mapping.category_parent
        if parent:
            parent_id = self._get(None, "", parent)
            return self._get(parent_id, parent, top, code)
        top_id = self._get(None, "", top, "" if sub else code)
        if sub:
            return self._get(top_id, top, sub, code)
        return top_id


# ----------------------------------------------------------------- the service

def _existing(identities: list[tuple]) -> set[tuple]:
    """The identities among these that the database already holds."""
    found = set()
    refs = [i[1] for i in identities if i[0] == "ref"]
    for start in range(0, len(refs), BATCH):
        chunk = refs[start:start + BATCH]
        found.update(("ref", r) for (r,) in Call.select(Call.external_ref)
                     .where(Call.external_ref.in_(chunk)).tuples())
    tickets = {i[1]: i for i in identities if i[0] == "ticket"}
    keys = list(tickets)
    for start in range(0, len(keys), BATCH):
        chunk = keys[start:start + BATCH]
        for ticket, received in (Call.select(Call.ticket_no, Call.received_at)
                                 .where(Call.ticket_no.in_(chunk),
                                        Call.external_ref.is_null()).tuples()):
            if isinstance(received, str):  # SQLite hands back text when unparsed
                received = dt.datetime.fromisoformat(received)
            if tickets[ticket][2] == received:
                found.add(tickets[ticket])
    return found


@service("data.import")
def import_calls(*, actor: Actor, path: str | Path, mapping: dict | str | Path | None
                 = None, skip_invalid: bool = False,
                 on_progress: Callable[[int, int], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import a CSV of calls; all or nothing unless skip_invalid (see module doc)."""
    path = Path(path)
    spec = load_mapping(mapping)
    progress = on_progress or (lambda done, total: None)
    cancelled = is_cancelled or (lambda: False)
    recover_unfinished_imports()  # an earlier import that died: undo or finish it

    # Pass 1: validate every row, outside any write transaction.
    parser, rows = _rows(path, spec)
    rejects: list[Reject] = []
    first_seen: dict[tuple, int] = {}
    valid: list[tuple[int, tuple, dt.date]] = []
    read = 0
    for number, record, row in rows:
        read += 1
        if read % 5000 == 0:
            progress(read, 0)
            if cancelled():
                raise ImportCancelled("import cancelled; nothing was imported")
        if isinstance(row, str):
            rejects.append(Reject(number, row, _as_dict(parser.header, record)))
            continue
        if row.identity[0] != "none" and row.identity in first_seen:
            what = "external reference" if row.identity[0] == "ref" else "ticket"
            rejects.append(Reject(number, f"duplicate {what} {row.identity[1]!r} "
                                          f"(first on row {first_seen[row.identity]})",
                                  _as_dict(parser.header, record)))
            continue
        first_seen[row.identity] = number
        valid.append((number, row.identity, row.values["received_at"].date()))
    del first_seen
    if rejects and not skip_invalid:
        raise ImportRejected(rejects, read)
    existing = _existing([identity for _, identity, _ in valid
                          if identity[0] != "none"])
    wanted = {n for n, identity, _ in valid if identity not in existing}
    skipped = len(valid) - len(wanted)
    del valid

    label = spec.source or ("canonical" if spec.canonical else "mapped")
    if not wanted:
        with db.atomic():
            audit(actor, "import", path.name, "import", None, {
                "file": str(path), "source": label, "rows_read": read, "rows_imported": 0,
                "rows_rejected": len(rejects), "rows_skipped_existing": skipped})
        return ImportResult(str(path), read, 0, skipped, rejects, [], None, None)

    # Pass 2: stage every row (undone if anything fails), then move them into
    # `call` in short numbered batches (finished by someone else if this dies).
    run_id = _open_run(actor, path, label, spec.category_parent, read, len(rejects),
                       skipped)
    _ACTIVE.add(run_id)
    try:
        try:
            _stage(run_id, path, spec, wanted, progress, cancelled)
        except BaseException:
            _undo_quietly(run_id)
            raise
        run = _move(run_id, actor, progress)
    finally:
        _ACTIVE.discard(run_id)
    return ImportResult(str(path), read, run.rows_imported, run.rows_skipped, rejects,
                        json.loads(run.categories_created or "[]"), run.first_ticket,
                        run.last_ticket)


# ----------------------------------------------------------------- batches

STAGE_BATCH = 2000  # staged rows per transaction (a few milliseconds each)
MOVE_BATCH = 400  # cases numbered and moved per transaction (~0.1 s on SQLite)
# After each moved batch the import waits this share of the batch's time (at least
# MIN_PAUSE) before taking the write lock again, so a save waiting on SQLite's busy
# handler finds the lock free instead of racing the import for it.
PAUSE_SHARE = 0.5
MIN_PAUSE = 0.01
STALE_AFTER = dt.timedelta(minutes=5)  # heartbeat older than this: the import died
_HOST = socket.gethostname()[:255]
_ACTIVE: set[int] = set()  # runs this process is working on right now


class ImportInterrupted(DomainError):
    """The import stopped after its rows were staged; what is left is imported
    by the next `hotline import` or start of the app (numbers stay gapless)."""


class ImportAbandoned(DomainError):
    """Another workstation found this import dead and undid or finished it."""


def _open_run(actor: Actor, path: Path, label: str, category_parent: str | None,
              read: int, rejected: int, skipped: int) -> int:
    now = clock.now()
    with db.atomic():
        return insert_row(ImportRun, dict(
            state="staging", file=path.name[:255], source=label[:64],
            category_parent=category_parent, actor_id=actor.user_id,
            actor_name=actor.username[:64], host=_HOST, pid=os.getpid(),
            started_at=now, alive_at=now, rows_read=read, rows_rejected=rejected,
            rows_skipped=skipped, rows_staged=0, rows_imported=0,
            categories_created="[]"), returning_id=True)


def _heartbeat(run_id: int, state: str) -> None:
    """Inside a batch's transaction: prove this process still owns the run (and
    lock its record on PostgreSQL, so a recovering workstation waits)."""
    n = (ImportRun.update(alive_at=clock.now())
         .where(ImportRun.id == run_id, ImportRun.state == state,
                ImportRun.host == _HOST, ImportRun.pid == os.getpid())
         .execute())
    if n != 1:
        raise ImportAbandoned(
            "this import stopped responding and another workstation took it over "
            "(it undid it if its rows were not all staged, else finished it)",
            code="import_abandoned")


def _dump(row: _Row) -> str:
    values = {k: (v.isoformat() if isinstance(v, dt.datetime) else v)
              for k, v in row.values.items()}
    return json.dumps({"n": row.number, "k": row.identity[0], "v": values},
                      ensure_ascii=False, separators=(",", ":"))


def _load(data: str) -> _Row:
    d = json.loads(data)
    v = d["v"]
    for name in TIME_FIELDS:
        if v.get(name) is not None:
            v[name] = dt.datetime.fromisoformat(v[name])
    kind = d["k"]
    if kind == "ref":
        identity = ("ref", v["external_ref"])
    elif kind == "ticket":
        identity = ("ticket", v["ticket_no"], v["received_at"])
    else:
        identity = ("none", d["n"])
    return _Row(d["n"], v, identity)


def _stage(run_id: int, path: Path, spec: Mapping, wanted: set[int],
           progress: Callable, cancelled: Callable) -> None:
    total = len(wanted)
    _, rows = _rows(path, spec)
    batch: list[dict] = []
    staged = 0

    def flush():
        with db.atomic():
            _heartbeat(run_id, "staging")
            insert_rows(ImportRow, batch)
        batch.clear()
        progress(staged, 2 * total)
        if cancelled():
            raise ImportCancelled("import cancelled; nothing was imported")

    for number, _, row in rows:
        if number in wanted and not isinstance(row, str):
            staged += 1
            batch.append({"run_id": run_id, "seq": staged, "data": _dump(row)})
            if len(batch) >= STAGE_BATCH:
                flush()
    if batch:
        flush()
    if staged != total:  # the file changed between the two passes
        raise ValidationError("file", "changed while it was being imported; "
                                      "nothing was imported")
    with db.atomic():  # the commit point: from here on the import is finished
        _heartbeat(run_id, "staging")  # forward, never undone
        (ImportRun.update(state="moving", rows_staged=staged)
         .where(ImportRun.id == run_id).execute())


def _undo(run_id: int) -> None:
    """Delete a run that was still staging: its rows were never cases."""
    while True:
        with db.atomic():
            last = (ImportRow.select(ImportRow.seq).where(ImportRow.run_id == run_id)
                    .order_by(ImportRow.seq).offset(STAGE_BATCH * 5 - 1).limit(1)
                    .scalar())
            query = ImportRow.delete().where(ImportRow.run_id == run_id)
            if last is not None:
                query = query.where(ImportRow.seq <= last)
            query.execute()
            if last is None:
                ImportRun.delete().where(ImportRun.id == run_id).execute()
                return


def _undo_quietly(run_id: int) -> None:
    try:
        _undo(run_id)
    except Exception:  # the server went away: the next start undoes it
        pass


def _actor_of(run: ImportRun) -> Actor:
    """Who started the run (the audit row and the timeline name them)."""
    if run.actor_id is None:
        return Actor(0, run.actor_name or "system", "", SYSTEM_ROLE)
    return Actor(run.actor_id, run.actor_name, "", "importer")


def _move(run_id: int, actor: Actor, progress: Callable) -> ImportRun:
    """Number and move the staged rows into `call`, MOVE_BATCH per transaction,
    then write the audit row and delete the run, in one last transaction."""
    run = ImportRun.get_by_id(run_id)
    source = f"{run.source} {run.file}"
    categories = _Categories(SimpleNamespace(category_parent=run.category_parent))
    created = json.loads(run.categories_created or "[]")
    total = run.rows_staged
    first_ticket = run.first_ticket
    moved = total - (ImportRow.select().where(ImportRow.run_id == run_id).count())
    try:
        while True:
            staged = list(ImportRow.select(ImportRow.seq, ImportRow.data)
                          .where(ImportRow.run_id == run_id)
                          .order_by(ImportRow.seq).limit(MOVE_BATCH).tuples())
            if not staged:
                break
            rows = [_load(data) for _, data in staged]
            started = time.perf_counter()
            categories.created = []
            with db.atomic():
                _heartbeat(run_id, "moving")
                now = clock.now()
                # saved meanwhile by another import or workstation: skipped
                present = _existing([r.identity for r in rows
                                     if r.identity[0] != "none"])
                todo = [r for r in rows if r.identity not in present]
                per_day: dict[dt.date, int] = {}
                for r in todo:
                    day = r.values["received_at"].date()
                    per_day[day] = per_day.get(day, 0) + 1
                tickets = []
                if todo:
                    tickets = _insert_batch(todo, _reserve_numbers(per_day),
                                            categories, actor, now, source)
                (ImportRow.delete()
                 .where(ImportRow.run_id == run_id, ImportRow.seq <= staged[-1][0])
                 .execute())
                changes = {
                    ImportRun.rows_imported: ImportRun.rows_imported + len(todo),
                    ImportRun.rows_skipped: ImportRun.rows_skipped
                    + (len(rows) - len(todo)),
                    ImportRun.categories_created: json.dumps(
                        created + categories.created, ensure_ascii=False)}
                if tickets:
                    changes[ImportRun.last_ticket] = tickets[-1]
                    if first_ticket is None:
                        changes[ImportRun.first_ticket] = tickets[0]
                ImportRun.update(changes).where(ImportRun.id == run_id).execute()
            created += categories.created
            first_ticket = first_ticket or (tickets[0] if tickets else None)
            moved += len(rows)
            progress(total + moved, 2 * total)
            elapsed = time.perf_counter() - started
            time.sleep(max(MIN_PAUSE, elapsed * PAUSE_SHARE))
        with db.atomic():
            _heartbeat(run_id, "moving")
            run = ImportRun.get_by_id(run_id)
            audit(actor, "import", run.file, "import", None, {
                "file": run.file, "source": run.source, "rows_read": run.rows_read,
                "rows_imported": run.rows_imported,
                "rows_rejected": run.rows_rejected,
                "rows_skipped_existing": run.rows_skipped,
                "categories_created": json.loads(run.categories_created or "[]"),
                "first_ticket": run.first_ticket, "last_ticket": run.last_ticket})
            ImportRun.delete().where(ImportRun.id == run_id).execute()
    except (ImportAbandoned, KeyboardInterrupt):
        raise
    except Exception as exc:
        done = ImportRun.get_or_none(ImportRun.id == run_id)
        count = done.rows_imported if done is not None else 0
        raise ImportInterrupted(
            f"the import stopped after {count:,} of {total:,} cases ({exc}); the "
            "other cases are kept and are imported the next time an import runs or "
            "the app starts (ticket numbers stay gapless)",
            code="import_interrupted", imported=count, total=total) from exc
    return run


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill would terminate it; trust the heartbeat
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _is_dead(run: ImportRun) -> bool:
    if run.id in _ACTIVE:
        return False
    if run.host == _HOST and (run.pid == os.getpid() or not _pid_alive(run.pid)):
        return True
    return clock.now() - run.alive_at > STALE_AFTER


@database_errors
def recover_unfinished_imports() -> list[tuple[int, str]]:
    """Undo (still staging) or finish (all rows staged) every import whose process
    died; called by each import and at the app's start. Returns (run id, "undone"
    or "finished") for each one handled."""
    handled = []
    for run in list(ImportRun.select()):
        if not _is_dead(run):
            continue
        with db.atomic():  # claim it: one workstation handles it
            claimed = (ImportRun.update(host=_HOST, pid=os.getpid(),
                                        alive_at=clock.now())
                       .where(ImportRun.id == run.id, ImportRun.host == run.host,
                              ImportRun.pid == run.pid,
                              ImportRun.alive_at == run.alive_at)
                       .execute())
        if claimed != 1:
            continue
        _ACTIVE.add(run.id)
        try:
            if run.state == "staging":
                _undo(run.id)
                handled.append((run.id, "undone"))
            else:
                _move(run.id, _actor_of(run), lambda done, total: None)
                handled.append((run.id, "finished"))
        finally:
            _ACTIVE.discard(run.id)
    return handled


def _as_dict(header: list[str], record: list[str]) -> dict:
    values = {h: (record[i] if i < len(record) else "") for i, h in enumerate(header)}
    if len(record) > len(header):
        values[""] = ",".join(record[len(header):])
    return values


def _reserve_numbers(per_day: dict[dt.date, int]) -> dict[dt.date, int]:
    """Take n numbers of each day from its counter; the first number of each day."""
    first = {}
    for day, n in sorted(per_day.items()):
        cursor = (TicketCounter
                  .insert(day=day, last=n)
                  .on_conflict(conflict_target=[TicketCounter.day],
                               update={TicketCounter.last: TicketCounter.last + n})
                  .returning(TicketCounter.last)
                  .execute())
        last = list(cursor)[0].last
        first[day] = last - n + 1
    return first


def _callers(rows: list[_Row], now: dt.datetime) -> dict[str, int]:
    names: dict[str, str] = {}
    for row in rows:
        phone = row.values["phone"]
        if phone:
            name = "" if row.values["anonymous"] else row.values["caller_name"]
            if name or phone not in names:
                names[phone] = name or names.get(phone, "")
    if not names:
        return {}
    phones = list(names)
    known = {p: (cid, name) for cid, p, name in Caller.select(
        Caller.id, Caller.phone, Caller.name).where(Caller.phone.in_(phones)).tuples()}
    missing = [p for p in phones if p not in known]
    if missing:
        (Caller.insert_many([{"phone": p, "name": names[p], "created_at": now}
                             for p in missing])
         .on_conflict_ignore().execute())
        known.update({p: (cid, name) for cid, p, name in Caller.select(
            Caller.id, Caller.phone, Caller.name).where(Caller.phone.in_(missing))
            .tuples()})
    for phone, (cid, name) in known.items():
        if not name and names[phone]:
            Caller.update(name=names[phone]).where(Caller.id == cid).execute()
    return {p: cid for p, (cid, _) in known.items()}


def _insert_batch(rows: list[_Row], next_no: dict, categories: _Categories,
                  actor: Actor, now: dt.datetime, source: str) -> list[str]:
    callers = _callers(rows, now)
    # a name without a number (walk-in, web, e-mail) is kept as its own caller
    named = [row for row in rows if not row.values["phone"]
             and row.values["caller_name"] and not row.values["anonymous"]]
    named_ids = {}
    if named:
        ids = insert_rows(Caller, [
            {"phone": None, "name": row.values["caller_name"], "organization": "",
             "notes": "", "flagged": False, "flag_reason": "", "created_at": now}
            for row in named], returning=("id",))
        named_ids = {row.number: cid for row, (cid,) in zip(named, ids)}
    calls = []
    details = {}
    for row in rows:
        v = row.values
        day = v["received_at"].date()
        number = next_no[day]
        next_no[day] = number + 1
        ticket = f"{day:%Y%m%d}-{number:04d}"
        detail = f"{source} row {row.number}"
        if v["ticket_no"] and v["ticket_no"] != ticket:
            detail += f" (ticket {v['ticket_no']} there)"
        details[ticket] = (detail, v["status"])
        calls.append({
            "ticket_no": ticket, "received_at": v["received_at"],
            "ended_at": v["ended_at"], "duration_seconds": v["duration_seconds"],
            "channel": v["channel"],
            "caller": callers.get(v["phone"]) or named_ids.get(row.number),
            "phone": v["phone"], "anonymous": v["anonymous"],
            "category": categories.resolve(v), "priority": v["priority"],
            "subject": v["subject"], "description": v["description"],
            "solution": v["solution"], "outcome": v["outcome"], "status": v["status"],
            "assignee": v["assignee"], "creator": v["creator"],
            "signed_at": v["signed_at"], "first_response_at": v["first_response_at"],
            "resolved_at": v["resolved_at"], "closed_at": v["closed_at"],
            "first_response_due": v["first_response_due"],
            "resolution_due": v["resolution_due"], "paused_at": v["paused_at"],
            "fcr": v["fcr"], "reopen_count": v["reopen_count"],
            "confidential": v["confidential"],
            "external_ref": v["external_ref"] or None,
            "updated_at": v["updated_at"] or now,
        })
    inserted = insert_rows(Call, calls, returning=("id", "ticket_no"))
    events = []
    for call_id, ticket in inserted:
        detail, status = details[ticket]
        events.append({"call": call_id, "at": now, "actor": actor.user_id,
                       "kind": "imported", "to_status": status, "detail": detail})
    if len(events) != len(calls):
        raise RuntimeError("insert returned fewer rows than it was given")
    insert_rows(CallEvent, events)
    # the resolution history the indicators read (as migration 4 fills it for
    # older cases): the case's current resolution with the due time that applied
    by_ticket = {c["ticket_no"]: c for c in calls}
    resolutions = [{"call": call_id, "resolved_at": c["resolved_at"],
                    "due_at": c["resolution_due"], "assignee": c["assignee"],
                    "first_contact": bool(c["fcr"]), "closed_at": c["closed_at"]}
                   for call_id, ticket in inserted
                   for c in (by_ticket[ticket],) if c["resolved_at"] is not None]
    insert_rows(CaseResolution, resolutions)
    return [c["ticket_no"] for c in calls]


def write_rejects(rejects: list[Reject], path: str | Path) -> None:
    """The rejected rows as CSV: row, reason, then the file's own columns."""
    columns: list[str] = []
    for r in rejects:
        for name in r.values:
            if name not in columns:
                columns.append(name)
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(["row", "reason"] + columns)
        for r in rejects:
            writer.writerow([r.row, r.reason] + [r.values.get(c, "") for c in columns])
