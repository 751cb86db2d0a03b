"""Case archives, the archive register and the print log (DESIGN §8, issue 9).

- `archive_case`: the archival copy (档案件) of a closed case. The case gets its
  档号 once (件号 gapless per year, taken in the registering transaction); each
  generation is a new version. The PDF is built to a temporary file beside the
  target, hashed, and the version with its SHA-256, the timeline event, the print
  log row and the audit row are written in one transaction; only then is the file
  moved into place. Older versions and their hashes stay in the register.
- `working_copy`: a watermarked copy for work (「内部资料 注意保密」, who printed it
  and when). A confidential case's caller is masked for a reader not entitled to
  the full record, and any copy can be asked for masked (a copy for a third
  party). An anonymous caller prints as 「匿名」 and their number appears on no copy:
  it is cut out of every free text too.
- `register` / `write_register_pdf`: the 归档文件目录 of a year.
- `verify_file`: the SHA-256 of a file looked up in the register.
- Every print and export is a PrintLog row and a `printed` event on the case's
  timeline.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from peewee import JOIN, IntegrityError, fn

from ..domain import archive_numbers, masking
from ..models import (Archive, ArchiveVersion, Call, Caller, CaseResolution,
                      QualityReview, Setting, User, db)
from ..storage.dialect import is_sqlite
from . import calls, clock
from .base import Actor, audit, refuse_writes_if_damaged, service
from .case_access import sees
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .exporter import month_range
from .print_log import log_document

# ----------------------------------------------------------------- settings

DEFAULTS = {
    "center_name": "热线服务中心",
    "archive.fonds": "X001",  # 全宗号
    "archive.class_code": "WS",  # 门类代码 (文书)
    "archive.org_code": "RX",  # 机构(问题)代码
    "archive.retention": "D30",  # 保管期限 of a case file
    "archive.directory": "",  # where archival copies go ('' : beside the database)
}
SECRECY = {"internal": ("内部", "Internal"), "secret": ("保密", "Confidential")}


@dataclass(frozen=True)
class ArchiveSettings:
    center_name: str
    fonds: str
    class_code: str
    org_code: str
    retention: str
    directory: str


def _setting_values() -> dict[str, str]:
    values = dict(DEFAULTS)
    for row in Setting.select().where(Setting.key.in_(list(DEFAULTS))):
        values[row.key] = row.value
    return values


def _settings() -> ArchiveSettings:
    v = _setting_values()
    return ArchiveSettings(v["center_name"], v["archive.fonds"],
                           v["archive.class_code"], v["archive.org_code"],
                           v["archive.retention"], v["archive.directory"])


@service("config.view")
def get_settings(*, actor: Actor) -> ArchiveSettings:
    return _settings()


@service("config.manage", writes=True)
def set_settings(*, actor: Actor, center_name: str | None = None,
                 fonds: str | None = None, class_code: str | None = None,
                 org_code: str | None = None, retention: str | None = None,
                 directory: str | None = None) -> ArchiveSettings:
    """Change the center's name and the parts of the 档号; each part is checked
    (letters and digits, no '-' or '·') and an error names it."""
    current = _settings()
    new = {
        "center_name": current.center_name if center_name is None else center_name,
        "archive.fonds": current.fonds if fonds is None else str(fonds).strip(),
        "archive.class_code": current.class_code if class_code is None
        else str(class_code).strip(),
        "archive.org_code": current.org_code if org_code is None
        else str(org_code).strip(),
        "archive.retention": current.retention if retention is None
        else str(retention).strip(),
        "archive.directory": current.directory if directory is None
        else str(directory).strip(),
    }
    name = str(new["center_name"]).strip()
    if not name or len(name) > 60:
        raise ValidationError("center_name", "must be 1-60 characters",
                              code="too_long" if name else "required", max_len=60)
    new["center_name"] = name
    for field, key in (("fonds", "archive.fonds"), ("category", "archive.class_code"),
                       ("org", "archive.org_code")):
        archive_numbers._part(field, new[key])
    archive_numbers.make(fonds=new["archive.fonds"], category=new["archive.class_code"],
                         year=2000, retention=new["archive.retention"],
                         org=new["archive.org_code"], item=1)
    old = _setting_values()
    for key, value in new.items():
        if old.get(key) == value:
            continue
        if Setting.select().where(Setting.key == key).exists():
            Setting.update(value=value).where(Setting.key == key).execute()
        else:
            Setting.create(key=key, value=value)
    audit(actor, "setting", None, "archive_settings",
          {k: old[k] for k in new if old[k] != new[k]},
          {k: new[k] for k in new if old[k] != new[k]})
    return _settings()


# ----------------------------------------------------------------- return values

@dataclass(frozen=True)
class ArchiveResult:
    ticket_no: str
    archive_no: str
    version: int
    sha256: str
    pages: int
    size: int
    path: str


@dataclass(frozen=True)
class CopyResult:
    ticket_no: str
    copy: str  # working | archival
    masked: bool
    pages: int
    path: str


@dataclass(frozen=True)
class VersionInfo:
    version: int
    sha256: str
    pages: int
    generated_at: dt.datetime
    generated_by: str
    path: str
    id: int = 0  # the ArchiveVersion row (version_file, record_print)


@dataclass(frozen=True)
class RegisterEntry:
    """One row of the 归档文件目录 (DESIGN §8) with the app's extra columns."""

    seq: int  # 序号
    archive_no: str  # 档号
    ticket_no: str  # 文号
    responsible: str  # 责任者
    title: str  # 题名
    date: str  # 日期 YYYYMMDD (办结)
    secrecy: str  # 密级 as printed
    pages: int  # 页数 (latest version)
    note: str  # 备注
    retention: str  # 保管期限 code
    archivist: str  # 归档人 (latest version)
    archived_at: dt.datetime  # 归档时间 (latest version)
    sha256: str  # latest version
    versions: tuple[VersionInfo, ...]
    call_id: int = 0


@dataclass(frozen=True)
class Verification:
    ok: bool  # the file is a registered version, unchanged
    sha256: str
    code: str  # current | superseded | changed | working_copy | unknown
    archive_no: str = ""
    ticket_no: str = ""
    version: int = 0  # the version the file is (or says it is)
    latest: int = 0  # the newest version in the register


@dataclass(frozen=True)
class CaseArchiveState:
    call_id: int
    ticket_no: str
    archive_no: str  # '' when not archived yet
    versions: int  # 0 when not archived yet
    last_generated_at: dt.datetime | None


# ----------------------------------------------------------------- helpers

def _load_case(ticket_no: str | None, call_id: int | None) -> Call:
    if ticket_no is not None:
        call = Call.get_or_none(Call.ticket_no == str(ticket_no).strip())
        if call is None:
            raise NotFound(f"case {ticket_no} not found", code="no_such_case",
                           ticket_no=str(ticket_no))
        return call
    if not isinstance(call_id, int) or isinstance(call_id, bool):
        raise ValidationError("call_id", "must be a case id")
    call = Call.get_or_none(Call.id == call_id)
    if call is None:
        raise NotFound(f"case {call_id} not found")
    return call


def _who(actor: Actor) -> str:
    """How a copy names who made it: 姓名(工号); the command line as its user."""
    if actor.is_system:
        return actor.username
    return f"{actor.display_name}({actor.username})"


def archive_directory() -> Path:
    """Where archival copies go when no file is named: the setting, or an
    `archives` folder beside a SQLite database, or the user's data folder."""
    configured = _setting_values()["archive.directory"]
    if configured:
        return Path(configured)
    if is_sqlite():
        name = db.obj.database
        if name and name != ":memory:":
            return Path(name).resolve().parent / "archives"
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "share")
    return Path(base) / "hotline" / "archives"


def _default_path(archive_no: str, version: int) -> Path:
    year = archive_numbers.parse(archive_no).year
    return archive_directory() / f"{year}" / f"{archive_no}_v{version}.pdf"


def _digits_pattern(phone: str) -> re.Pattern | None:
    digits = re.sub(r"\D", "", phone or "")
    if len(digits) < 5:
        return None
    return re.compile(r"[\s\-]?".join(re.escape(d) for d in digits))


def _scrubber(phone: str, replacement: str) -> Callable[[str], str]:
    """Cuts the caller's number out of free text (the officer may have typed it
    into a note)."""
    pattern = _digits_pattern(phone)
    if pattern is None:
        return lambda text: text or ""
    return lambda text: pattern.sub(replacement, text or "")


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%Y-%m-%d}"
    return str(value)


def _user_names(ids) -> dict[int, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return {u.id: u.display_name for u in User.select(User.id, User.display_name)
            .where(User.id.in_(list(ids)))}


def _case_file(call: Call, *, copy: str, masked: bool, printed_by: str,
               printed_at: dt.datetime, archive: Archive | None,
               version: int | None, archivist: tuple[str, str] | None, lang: str,
               reader: Actor):
    """What the PDF prints: the full record for the archival copy, the reader's view
    for a working copy (confidential free text withheld from a reader who may not
    see it), with the caller masked where asked and an anonymous caller never
    named or numbered."""
    from ..reports import case_file, terms

    settings = _settings()
    full = copy == "archival" or sees(reader, call)
    detail = calls.get_case(actor=Actor.system("archive") if full else reader,
                            call_id=call.id)
    caller = Caller.get_or_none(Caller.id == call.caller_id) if call.caller_id else None
    name, phone = masking.caller_shown(
        caller.name if caller else "", call.phone or "", anonymous=call.anonymous,
        masked=masked, lang=lang)
    organization = caller.organization if caller else ""
    if call.anonymous or masked:
        organization = masking.mask_text(organization) if not call.anonymous else ""
    scrub = _scrubber(call.phone, "****" if call.anonymous
                      else masking.mask_phone(call.phone)) \
        if (call.anonymous or masked) else (lambda text: text or "")
    if masked and not call.anonymous and caller and caller.name:
        cut_name = caller.name
        inner = scrub
        scrub = lambda text: inner(text).replace(cut_name, masking.mask_name(cut_name))  # noqa: E731

    zh = lang != "en"
    s = detail.summary
    names = _user_names([call.creator_id, call.assignee_id])
    yes, no = ("是", "否") if zh else ("yes", "no")
    basics = [
        ("工单编号" if zh else "Ticket no.", call.ticket_no),
        ("渠道" if zh else "Channel", terms.term("channel", call.channel, lang)),
        ("来电时间" if zh else "Received", _fmt(call.received_at)),
        ("通话时长" if zh else "Call length",
         "" if call.duration_seconds is None else
         f"{call.duration_seconds // 60}:{call.duration_seconds % 60:02d}"),
        ("来电人" if zh else "Caller", name),
        ("联系电话" if zh else "Number", phone),
        ("单位" if zh else "Organization", organization),
        ("诉求分类" if zh else "Category", s.category),
        ("紧急程度" if zh else "Priority", terms.term("priority", call.priority, lang)),
        ("受理结果" if zh else "Outcome", terms.term("outcome", call.outcome, lang)),
        ("状态" if zh else "Status", terms.term("status", call.status, lang)),
        ("保密 / 匿名" if zh else "Confidential / anonymous",
         f"{yes if call.confidential else no} / {yes if call.anonymous else no}"),
        ("受理人" if zh else "Logged by", names.get(call.creator_id, "")),
        ("承办人" if zh else "Handled by", names.get(call.assignee_id, "")),
        ("首次响应时限" if zh else "First response due", _fmt(call.first_response_due)),
        ("办理时限" if zh else "Resolution due", _fmt(call.resolution_due)),
        ("首次响应" if zh else "First response", _fmt(call.first_response_at)),
        ("结案时间" if zh else "Closed", _fmt(call.closed_at)),
    ]
    if call.external_ref:
        basics.append(("外部编号" if zh else "External ref.", call.external_ref))
    events = [(_fmt(e.at), terms.term("event", e.kind, lang), e.actor,
               scrub(_event_text(e, lang, terms)))
              for e in detail.events]
    callbacks = [(_fmt(at), ("已联系上" if reached else "未联系上") if zh else
                  ("reached" if reached else "not reached"), who, scrub(note))
                 for at, who, reached, note in detail.callbacks]
    surveys = [(_fmt(at), terms.rating(rating, lang), who, scrub(comment))
               for at, who, rating, comment in detail.surveys]
    supervisions = [(_fmt(x.at), x.actor, scrub(x.note), _fmt(x.deadline),
                     _fmt(x.closed_at)) for x in detail.supervisions]
    review_rows = list(QualityReview.select().where(QualityReview.call == call.id)
                       .order_by(QualityReview.at))
    reviewers = _user_names(r.reviewer_id for r in review_rows)
    reviews = [(_fmt(r.at), reviewers.get(r.reviewer_id, ""), f"{r.total:g}",
                scrub(r.comment if full else "")) for r in review_rows]

    last = (CaseResolution.select().where(CaseResolution.call == call.id)
            .order_by(CaseResolution.resolved_at.desc(), CaseResolution.id.desc())
            .first())
    # who closed it (审核人): the last closing in the timeline already read (a
    # query of its own on call_event sorted by time is slow on PostgreSQL)
    closer = next((e for e in reversed(detail.events) if e.kind == "close"), None)
    people = _user_names([last.resolved_by_id if last else None])
    signatures = [
        ("承办人" if zh else "Handled by",
         people.get(last.resolved_by_id, "") if last else "",
         _fmt(last.resolved_at.date()) if last else ""),
        ("审核人" if zh else "Checked by",
         closer.actor if closer else "",
         _fmt(closer.at.date()) if closer else ""),
        ("归档人" if zh else "Filed by", *(archivist or ("", ""))),
    ]
    notes = []
    if masked and not call.anonymous:
        notes.append("本件来电人信息已按规定脱敏。" if zh else
                     "The caller's personal data is masked on this copy.")
    if detail.summary.redacted:
        notes.append("本件为保密件，办理记录的文字内容未印出。" if zh else
                     "Confidential case: the texts of its record are not printed.")
    stamp = None
    if archive is not None:
        number = archive_numbers.parse(archive.archive_no)
        stamp = case_file.Stamp(number.fonds, number.year, number.item, number.org,
                                archive_numbers.DEFAULT_RETENTIONS.get(
                                    number.retention, number.retention)
                                if zh else number.retention)
    secrecy = "secret" if call.confidential else "internal"
    return case_file.CaseFile(
        center_name=settings.center_name, ticket_no=call.ticket_no, copy=copy,
        secrecy=SECRECY[secrecy][0 if zh else 1], printed_by=printed_by,
        printed_at=printed_at, basics=basics, subject=scrub(s.subject),
        description=scrub(detail.description), solution=scrub(detail.solution),
        resolved_at=_fmt(detail.resolved_at), events=events, callbacks=callbacks,
        surveys=surveys, supervisions=supervisions, reviews=reviews,
        articles=[title for _, title in detail.articles], signatures=signatures,
        archive_no=archive.archive_no if archive else "", stamp=stamp,
        version=version, lang=lang, notes=notes)


def _event_text(event, lang: str, terms) -> str:
    text = event.detail or ""
    if event.kind == "printed":
        return " · ".join(terms.term("print", code, lang) for code in text.split())
    if event.kind == "callback":
        for code, zh, en in (("not reached", "未联系上", "not reached"),
                             ("reached", "已联系上", "reached")):
            if text == code or text.startswith(code + " — "):
                return (en if lang == "en" else zh) + text[len(code):]
    if event.kind in ("created", "callback") and text in terms._TERMS["outcome"]:
        return terms.term("outcome", text, lang)
    if event.to_status and event.kind not in ("note",) and not text:
        return (f"{terms.term('status', event.from_status, lang)} → "
                f"{terms.term('status', event.to_status, lang)}"
                if event.from_status else terms.term("status", event.to_status, lang))
    return text


def _sha256(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _temp_beside(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".hotline-", suffix=".pdf.part",
                                dir=target.parent)
    os.close(fd)
    return Path(name)


_COUNTER_SQL = ('INSERT INTO "archive_counter" ("year", "last") VALUES (?, ?) '
                'ON CONFLICT ("year") DO UPDATE SET "last" = "archive_counter"."last" + 1 '
                'RETURNING "last"')


def _next_item(year: int) -> int:
    database = db.obj
    return database.execute_sql(_COUNTER_SQL.replace("?", database.param),
                                (year, 1)).fetchone()[0]


def _new_archive(call: Call, actor: Actor) -> Archive:
    settings = _settings()
    closed = call.closed_at or call.resolved_at
    year = closed.year
    number = archive_numbers.make(
        fonds=settings.fonds, category=settings.class_code, year=year,
        retention=settings.retention, org=settings.org_code, item=_next_item(year))
    title = (call.subject or "").strip()
    if not title:
        category = calls._category_label(call.category) if call.category_id else ""
        title = f"[{category or '来电'}]"
    return Archive.create(
        call=call.id, archive_no=str(number), year=year, item_no=number.item,
        retention=number.retention, org_code=number.org,
        secrecy="secret" if call.confidential else "internal", title=title[:240],
        responsible=settings.center_name[:128], closed_on=closed.date(),
        created_at=clock.now(), created_by=actor.user_id)


# ----------------------------------------------------------------- archival copies

@service("archive.generate")
def archive_case(*, actor: Actor, ticket_no: str | None = None,
                 call_id: int | None = None, target: str | os.PathLike | None = None,
                 directory: str | os.PathLike | None = None,
                 lang: str = "zh") -> ArchiveResult:
    """Make a new version of the case's archival copy and register it; the file goes
    to `target`, or into `directory` (or the archive folder, archive_directory())
    as 档号_v版本.pdf."""
    from ..reports import case_file

    refuse_writes_if_damaged()
    call = _load_case(ticket_no, call_id)
    if call.status != "closed":
        raise Conflict(f"case {call.ticket_no} is not closed; only closed cases are "
                       "archived", code="archive_not_closed", ticket_no=call.ticket_no)
    temp = None
    try:
        with db.atomic():
            locked = Call.select().where(Call.id == call.id)
            if not is_sqlite():
                locked = locked.for_update()
            call = locked.get()
            if call.status != "closed":
                raise Conflict(f"case {call.ticket_no} is not closed",
                               code="archive_not_closed", ticket_no=call.ticket_no)
            archive = Archive.get_or_none(Archive.call == call.id) or \
                _new_archive(call, actor)
            version = (ArchiveVersion.select(fn.MAX(ArchiveVersion.version))
                       .where(ArchiveVersion.archive == archive.id).scalar() or 0) + 1
            if target:
                final = Path(target)
            elif directory:
                final = Path(directory) / f"{archive.archive_no}_v{version}.pdf"
            else:
                final = _default_path(archive.archive_no, version)
            temp = _temp_beside(final)
            now = clock.now()
            who = _who(actor)
            doc = _case_file(call, copy="archival", masked=False, printed_by=who,
                             printed_at=now, archive=archive, version=version,
                             archivist=(who, _fmt(now.date())), lang=lang,
                             reader=actor)
            pages = case_file.build(doc, str(temp))
            digest, size = _sha256(temp)
            row = ArchiveVersion.create(
                archive=archive.id, version=version, sha256=digest, pages=pages,
                size=size, path=str(final.resolve()), generated_at=now,
                generated_by=actor.user_id, generated_by_name=who[:64])
            calls._event(call.id, actor, "archived", at=now,
                         detail=f"{archive.archive_no} v{version}")
            log_document(actor, document="case_archive", call_id=call.id,
                       version_id=row.id, copy="archival", pages=pages,
                       detail=f"v{version}", event=False)
            audit(actor, "archive", archive.id, "generate", None,
                  {"call_id": call.id, "version": version, "pages": pages})
        os.replace(temp, final)
        temp = None
    except IntegrityError as exc:
        raise Conflict(f"case {call.ticket_no} was archived by someone else at the "
                       "same moment; try again", code="archive_race",
                       ticket_no=call.ticket_no) from exc
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)
    return ArchiveResult(call.ticket_no, archive.archive_no, version, digest, pages,
                         size, str(final))


@service("case.print")
def working_copy(*, actor: Actor, ticket_no: str | None = None,
                 call_id: int | None = None, target: str | os.PathLike,
                 masked: bool | None = None, destination: str = "file",
                 lang: str = "zh") -> CopyResult:
    """A working copy for `actor`: watermarked with their name and the time, the
    caller masked when the case is confidential and they may not see it whole (or
    when `masked` asks for it), logged in the print log and on the timeline — unless
    it is made for the screen (destination="screen": a preview; printing or saving
    it afterwards is logged by record_working_print)."""
    from ..reports import case_file

    refuse_writes_if_damaged()
    call = _load_case(ticket_no, call_id)
    entitled = sees(actor, call)
    if masked is None:
        masked = bool(call.confidential) and not entitled
    elif not masked and call.confidential and not entitled:
        raise PermissionDenied("print this case unmasked (it is confidential)",
                               actor.role, code="confidential_case")
    if destination not in ("file", "printer", "screen"):
        raise ValidationError("destination", "must be file, printer or screen",
                              code="invalid_choice", choices="file, printer, screen")
    final = Path(target)
    temp = _temp_beside(final)
    try:
        archive = Archive.get_or_none(Archive.call == call.id)
        last = None
        if archive is not None:
            last = (ArchiveVersion.select().where(ArchiveVersion.archive == archive.id)
                    .order_by(ArchiveVersion.version.desc()).first())
        now = clock.now()
        doc = _case_file(call, copy="working", masked=masked, printed_by=_who(actor),
                         printed_at=now, archive=archive,
                         version=None,
                         archivist=(last.generated_by_name, _fmt(last.generated_at.date()))
                         if last else None, lang=lang, reader=actor)
        pages = case_file.build(doc, str(temp))
        if destination != "screen":
            with db.atomic():
                _log_working(actor, call.id, masked, destination, pages)
        os.replace(temp, final)
        temp = None
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)
    return CopyResult(call.ticket_no, "working", masked, pages, str(final))


def _log_working(actor: Actor, call_id: int, masked: bool, destination: str,
                 pages: int) -> None:
    log_document(actor, document="case_working", call_id=call_id, copy="working",
                 masked=masked, destination=destination, pages=pages)
    audit(actor, "call", call_id, "print", None,
          {"archival": False, "masked": bool(masked), "kind": destination,
           "pages": pages})


@service("case.print")
def record_working_print(*, actor: Actor, call_id: int, masked: bool, pages: int,
                         destination: str = "printer") -> None:
    """Log that a working copy made for the screen (working_copy with
    destination="screen") was then printed or saved: print log, timeline, audit."""
    if destination not in ("file", "printer"):
        raise ValidationError("destination", "must be file or printer",
                              code="invalid_choice", choices="file, printer")
    call = _load_case(None, call_id)
    if not masked and call.confidential and not sees(actor, call):
        raise PermissionDenied("print this case unmasked (it is confidential)",
                               actor.role, code="confidential_case")
    with db.atomic():
        _log_working(actor, call.id, bool(masked), destination, int(pages))


@service("archive.view")
def record_print(*, actor: Actor, version_id: int, destination: str = "printer",
                 pages: int = 0) -> None:
    """Log that a registered archival copy was printed (or exported) as it is."""
    row = ArchiveVersion.get_or_none(ArchiveVersion.id == version_id)
    if row is None:
        raise NotFound(f"archive version {version_id} not found")
    if destination not in ("file", "printer"):
        raise ValidationError("destination", "must be file or printer",
                              code="invalid_choice", choices="file, printer")
    call_id = Archive.get_by_id(row.archive_id).call_id
    with db.atomic():
        log_document(actor, document="case_archive", call_id=call_id,
                   version_id=row.id, copy="archival", destination=destination,
                   pages=pages or row.pages, detail=f"v{row.version}")
        audit(actor, "archive", row.archive_id, "print", None,
              {"call_id": call_id, "version": row.version, "archival": True,
               "kind": destination, "pages": pages or row.pages})


# ----------------------------------------------------------------- the register

def _versions(archive_ids: list[int]) -> dict[int, list[VersionInfo]]:
    out: dict[int, list[VersionInfo]] = {}
    for start in range(0, len(archive_ids), 500):
        chunk = archive_ids[start:start + 500]
        for v in (ArchiveVersion.select().where(ArchiveVersion.archive.in_(chunk))
                  .order_by(ArchiveVersion.archive, ArchiveVersion.version)):
            out.setdefault(v.archive_id, []).append(VersionInfo(
                v.version, v.sha256, v.pages, v.generated_at, v.generated_by_name,
                v.path, v.id))
    return out


@service("archive.view")
def register(*, actor: Actor, year: int) -> list[RegisterEntry]:
    """The 归档文件目录 of `year`, in 件号 order, each entry with its versions."""
    if not isinstance(year, int) or not 1900 <= year <= 9999:
        raise ValidationError("year", "must be a four-digit year", code="archive_year")
    rows = list(Archive.select(Archive, Call.id, Call.ticket_no).join(Call)
                .where(Archive.year == year).order_by(Archive.item_no))
    versions = _versions([a.id for a in rows])
    lang_secrecy = {k: v[0] for k, v in SECRECY.items()}
    out = []
    for seq, a in enumerate(rows, start=1):
        vs = versions.get(a.id, [])
        last = vs[-1]
        out.append(RegisterEntry(
            seq=seq, archive_no=a.archive_no, ticket_no=a.call.ticket_no,
            responsible=a.responsible, title=a.title, date=f"{a.closed_on:%Y%m%d}",
            secrecy=lang_secrecy.get(a.secrecy, a.secrecy), pages=last.pages,
            note=f"共 {len(vs)} 版" if len(vs) > 1 else "",
            retention=a.retention, archivist=last.generated_by,
            archived_at=last.generated_at, sha256=last.sha256, versions=tuple(vs),
            call_id=a.call.id))  # a.call_id: None once the join fills a.call
    return out


@service("archive.view")
def write_register_pdf(*, actor: Actor, year: int, target: str | os.PathLike,
                       lang: str = "zh", export: bool = True) -> int:
    """The year's register as a PDF (landscape A4); the page count. Logged as an
    export unless `export` is False (made to be previewed: printing it is logged
    then, record_register_print)."""
    from ..reports import register as register_pdf

    entries = register(actor=actor, year=year)
    settings = _settings()
    final = Path(target)
    temp = _temp_beside(final)
    try:
        pages = register_pdf.build(entries, str(temp), year=year,
                                   center_name=settings.center_name,
                                   fonds=settings.fonds,
                                   printed_by=_who(actor), printed_at=clock.now(),
                                   lang=lang)
        if export:
            with db.atomic():
                log_document(actor, document="archive_register", pages=pages,
                             detail=str(year))
        os.replace(temp, final)
        temp = None
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)
    return pages


@service("archive.view")
def case_states(*, actor: Actor, call_ids: list[int]) -> dict[int, CaseArchiveState]:
    """Which of these cases are archived, under which 档号 and in how many
    versions (for lists of cases)."""
    out: dict[int, CaseArchiveState] = {}
    ids = [int(i) for i in call_ids]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        query = (Call.select(Call.id, Call.ticket_no, Archive.archive_no,
                             fn.COUNT(ArchiveVersion.id).alias("n"),
                             fn.MAX(ArchiveVersion.generated_at).alias("last"))
                 .join(Archive, JOIN.LEFT_OUTER, on=(Archive.call == Call.id))
                 .join(ArchiveVersion, JOIN.LEFT_OUTER,
                       on=(ArchiveVersion.archive == Archive.id))
                 .where(Call.id.in_(chunk))
                 .group_by(Call.id, Call.ticket_no, Archive.archive_no).tuples())
        for cid, ticket, number, n, last in query:
            if isinstance(last, str):
                last = dt.datetime.fromisoformat(last)
            out[cid] = CaseArchiveState(cid, ticket, number or "", n or 0, last)
    return out


@service("archive.view")
def closed_cases(*, actor: Actor, month: str) -> list[tuple[int, str]]:
    """(call id, ticket number) of the cases closed in `month` and closed now, in
    ticket order: what a month's archiving covers."""
    start, end = month_range(month)
    return list(Call.select(Call.id, Call.ticket_no)
                .where((Call.closed_at >= start) & (Call.closed_at < end)
                       & (Call.status == "closed"))
                .order_by(Call.ticket_no).tuples())


@dataclass(frozen=True)
class BatchResult:
    month: str
    total: int  # closed cases of the month
    made: list[ArchiveResult]
    skipped: int  # archived already (not regenerated)
    stopped: bool  # cancelled before the end


@service("archive.generate")
def archive_month(*, actor: Actor, month: str, directory: str | os.PathLike | None = None,
                  regenerate: bool = False,
                  on_progress: Callable[[int, int, str], None] | None = None,
                  should_stop: Callable[[], bool] | None = None) -> BatchResult:
    """Archive the cases closed in `month`, one transaction each: a case already
    archived is skipped unless `regenerate`. `should_stop()` is asked between
    cases, so a cancel leaves every case either fully registered or untouched."""
    cases = closed_cases(actor=actor, month=month)
    states = case_states(actor=actor, call_ids=[cid for cid, _ in cases])
    made, skipped, stopped = [], 0, False
    for k, (cid, ticket) in enumerate(cases, start=1):
        if should_stop is not None and should_stop():
            stopped = True
            break
        state = states.get(cid)
        if state and state.versions and not regenerate:
            skipped += 1
        else:
            result = archive_case(actor=actor, call_id=cid, directory=directory)
            made.append(result)
        if on_progress is not None:
            on_progress(k, len(cases), ticket)
    return BatchResult(f"{month_range(month)[0]:%Y-%m}", len(cases), made, skipped,
                       stopped)


# ----------------------------------------------------------------- verification

_KEYWORDS = re.compile(rb"hotline-case=([0-9A-Za-z\-]{1,32}) copy=(\w+) version=(\d+)")


@service("archive.view")
def verify_file(*, actor: Actor, path: str | os.PathLike) -> Verification:
    """Is this file a registered archival copy, unchanged? By its SHA-256; a file
    that matches no version but says which case and version it is was changed."""
    file = Path(path)
    if not file.is_file():
        raise ValidationError("path", f"no such file: {file}", code="no_such_file")
    digest, _ = _sha256(file)
    row = (ArchiveVersion.select(ArchiveVersion, Archive, Call.ticket_no)
           .join(Archive).join(Call).where(ArchiveVersion.sha256 == digest).first())
    if row is not None:
        latest = ArchiveVersion.select(fn.MAX(ArchiveVersion.version)).where(
            ArchiveVersion.archive == row.archive_id).scalar()
        return Verification(True, digest, "current" if row.version == latest
                            else "superseded", row.archive.archive_no,
                            row.archive.call.ticket_no, row.version, latest)
    with open(file, "rb") as fh:
        found = _KEYWORDS.search(fh.read())
    if found:
        ticket = found.group(1).decode()
        version = int(found.group(3))
        archive = (Archive.select(Archive).join(Call)
                   .where(Call.ticket_no == ticket).first())
        latest = 0
        if archive is not None:
            latest = ArchiveVersion.select(fn.MAX(ArchiveVersion.version)).where(
                ArchiveVersion.archive == archive.id).scalar() or 0
        code = "working_copy" if found.group(2) == b"working" else "changed"
        return Verification(False, digest, code,
                            archive.archive_no if archive else "", ticket, version,
                            latest)
    return Verification(False, digest, "unknown")


# ----------------------------------------------------------------- the archive page

@dataclass(frozen=True)
class ArchiveCaseRow:
    """A case as the secretary's archive page lists it: its closing, what it is
    about (withheld when the reader may not see the case whole), its 档号 and the
    registered versions of its archival copy (oldest first)."""

    call_id: int
    ticket_no: str
    status: str
    closed_at: dt.datetime | None
    subject: str
    category: str
    confidential: bool
    redacted: bool  # the reader may not see the case whole (masked copies only)
    archive_no: str  # '' when not archived yet
    versions: tuple[VersionInfo, ...]


@service("archive.view")
def case_rows(*, actor: Actor, call_ids: list[int]) -> list[ArchiveCaseRow]:
    """The archive page's rows for these cases, in the order given (an id that
    is no case is left out)."""
    from ..models import Category

    ids = list(dict.fromkeys(int(i) for i in call_ids))
    found: dict[int, Call] = {}
    for start in range(0, len(ids), 500):
        for call in Call.select().where(Call.id.in_(ids[start:start + 500])):
            found[call.id] = call
    archives = {}
    for start in range(0, len(ids), 500):
        for a in Archive.select().where(Archive.call.in_(ids[start:start + 500])):
            archives[a.call_id] = a
    versions = _versions([a.id for a in archives.values()])
    categories = {c.id: c for c in Category.select(Category.id, Category.name,
                                                   Category.parent)}

    def label(category_id):
        c = categories.get(category_id)
        if c is None:
            return ""
        parent = categories.get(c.parent_id) if c.parent_id else None
        return f"{parent.name}/{c.name}" if parent else c.name

    out = []
    for cid in ids:
        call = found.get(cid)
        if call is None:
            continue
        redacted = not sees(actor, call)
        archive = archives.get(cid)
        out.append(ArchiveCaseRow(
            call_id=cid, ticket_no=call.ticket_no, status=call.status,
            closed_at=call.closed_at, subject="" if redacted else call.subject or "",
            category=label(call.category_id), confidential=bool(call.confidential),
            redacted=redacted, archive_no=archive.archive_no if archive else "",
            versions=tuple(versions.get(archive.id, ())) if archive else ()))
    return out


@service("archive.view")
def version_file(*, actor: Actor, version_id: int) -> str:
    """The stored file of a registered archival version, after checking it still
    hashes to its registered SHA-256 (Conflict 'archive_file_changed' or
    'archive_file_missing' naming the file otherwise). The archival copy of a
    confidential case is the full record: a reader who may not see the case whole
    is refused (PermissionDenied 'confidential_case') and gets a masked working
    copy instead (working_copy)."""
    if not isinstance(version_id, int) or isinstance(version_id, bool):
        raise ValidationError("version_id", "must be an archive version id")
    row = ArchiveVersion.get_or_none(ArchiveVersion.id == version_id)
    if row is None:
        raise NotFound(f"archive version {version_id} not found")
    archive = Archive.get_by_id(row.archive_id)
    call = Call.get_by_id(archive.call_id)
    if call.confidential and not sees(actor, call):
        raise PermissionDenied("see the archival copy of a confidential case",
                               actor.role, code="confidential_case", action="see",
                               ticket_no=call.ticket_no)
    path = Path(row.path)
    where = dict(path=str(path), archive_no=archive.archive_no, version=row.version,
                 ticket_no=call.ticket_no)
    if not path.is_file():
        raise Conflict(f"the archival file {path} ({archive.archive_no} v{row.version})"
                       " is missing", code="archive_file_missing", **where)
    digest, _ = _sha256(path)
    if digest != row.sha256:
        raise Conflict(f"the archival file {path} ({archive.archive_no} v{row.version})"
                       " was changed: its SHA-256 is not the registered one",
                       code="archive_file_changed", sha256=digest, **where)
    return str(path)


@service("archive.view")
def record_register_print(*, actor: Actor, year: int, pages: int,
                          destination: str = "printer") -> None:
    """Log that the register of `year` (a PDF made by write_register_pdf) was
    printed, or saved to a file the user chose."""
    if destination not in ("file", "printer"):
        raise ValidationError("destination", "must be file or printer",
                              code="invalid_choice", choices="file, printer")
    with db.atomic():
        log_document(actor, document="archive_register", destination=destination,
                     pages=int(pages), detail=str(int(year)))
