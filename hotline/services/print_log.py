"""The print log (DESIGN §8): every print and export of a document is a PrintLog
row — who, when, which document and copy, masked or not, to a file or a printer —
and, for a case's document, a `printed` event on the case's timeline."""

from __future__ import annotations

from ..models import CallEvent, PrintLog
from ..storage.dialect import insert_row
from . import clock
from .base import Actor


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
