"""The print log (DESIGN §8): every print and export of a document is a PrintLog
row — who, when, which document and copy, masked or not, to a file or a printer —
and, for a case's document, a `printed` event on the case's timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import ArchiveVersion, CallEvent, PrintLog, User
from ..storage.dialect import insert_row
from . import clock
from .base import Actor, service
from .permissions import allowed


def log_document(actor: Actor, *, document: str, call_id: int | None = None,
               version_id: int | None = None, copy: str = "", masked: bool = False,
               destination: str = "file", pages: int = 0, detail: str = "",
               event: bool = True) -> None:
    """A PrintLog row (and a `printed` event on the case's timeline when the
    document is a case's): call inside the transaction that records the print."""
    insert_row(PrintLog, dict(
        at=clock.now(), actor=actor.user_id, actor_name=actor.username[:64],
        document=document, call=call_id, archive_version=version_id, copy=copy,
        masked=bool(masked), destination=destination, pages=int(pages),
        detail=detail[:64]))
    if call_id is not None and event:
        insert_row(CallEvent, dict(
            call=call_id, at=clock.now(), actor=actor.user_id, kind="printed",
            detail=print_detail(copy, masked, destination)))


def print_detail(copy: str, masked: bool, destination: str) -> str:
    """The `printed` event's detail: codes the timeline translates (working |
    archival, masked, printer), separated by spaces."""
    return " ".join(t for t in (copy, "masked" if masked else "",
                                "printer" if destination == "printer" else "") if t)


@dataclass(frozen=True)
class PrintEntry:
    """One row of the print log as the pages show it."""

    at: dt.datetime
    by: str  # the user's name (the command line: its login)
    document: str  # case_archive | case_working | archive_register | monthly_report …
    copy: str  # archival | working | ''
    version: int | None  # the archival version printed
    masked: bool
    destination: str  # printer | file
    pages: int
    detail: str


def _entries(query) -> list[PrintEntry]:
    rows = list(query)
    names = {u.id: u.display_name for u in User.select(User.id, User.display_name)
             .where(User.id.in_({r.actor_id for r in rows if r.actor_id}))}
    versions = {v.id: v.version for v in ArchiveVersion.select(
        ArchiveVersion.id, ArchiveVersion.version).where(ArchiveVersion.id.in_(
            {r.archive_version_id for r in rows if r.archive_version_id}))}
    return [PrintEntry(r.at, names.get(r.actor_id, r.actor_name), r.document, r.copy,
                       versions.get(r.archive_version_id), r.masked, r.destination,
                       r.pages, r.detail) for r in rows]


@service("archive.view")
def prints_of_case(*, actor: Actor, call_id: int, limit: int = 200) -> list[PrintEntry]:
    """Every print and export of a case's documents, newest first (the register
    shows them beside the versions)."""
    return _entries(PrintLog.select().where(PrintLog.call == int(call_id))
                    .order_by(PrintLog.at.desc(), PrintLog.id.desc()).limit(limit))


@service("data.export")
def recent_exports(*, actor: Actor, limit: int = 50) -> list[PrintEntry]:
    """The latest exports of calls (the exports page lists them): everybody's for
    a director, one's own otherwise."""
    query = PrintLog.select().where(PrintLog.document == "export")
    if not allowed(actor.role, "call.view_all_confidential") and not actor.is_system:
        query = query.where(PrintLog.actor == actor.user_id)
    return _entries(query.order_by(PrintLog.at.desc(), PrintLog.id.desc())
                    .limit(limit))
