"""search TERM… : the center-wide case search (DESIGN §7) for automation."""

from __future__ import annotations

import datetime as dt
import json

from ..domain.workflow import STATUSES
from . import CliError, open_db


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _row(row) -> dict:
    return {
        "id": row.id, "ticket_no": row.ticket_no,
        "received_at": row.received_at.isoformat(sep=" ", timespec="seconds"),
        "channel": row.channel, "phone": row.phone, "caller_name": row.caller_name,
        "category_id": row.category_id, "category": row.category,
        "priority": row.priority, "subject": row.subject, "outcome": row.outcome,
        "status": row.status, "assignee_id": row.assignee_id,
        "assignee": row.assignee, "creator_id": row.creator_id,
        "confidential": row.confidential, "anonymous": row.anonymous,
    }


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(text: str, width: int) -> str:
    out, used = "", 0
    for ch in text:
        w = _width(ch)
        if used + w > width:
            return out[:-1] + "…" if out else ""
        out += ch
        used += w
    return out + " " * (width - used)


def cmd_search(args) -> int:
    from ..services import search
    from ..services.base import Actor

    received_from = _day(args.date_from) if args.date_from else None
    received_to = _day(args.date_to) + dt.timedelta(days=1) if args.date_to else None
    if args.limit < 1 or args.limit > search.MAX_LIMIT:
        raise CliError(f"--limit must be between 1 and {search.MAX_LIMIT}")
    open_db(args)
    page = search.search_cases(actor=Actor.system(), terms=args.terms,
                               status=args.status, received_from=received_from,
                               received_to=received_to, limit=args.limit)
    if args.json:
        print(json.dumps({"rows": [_row(r) for r in page.rows],
                          "next_before_id": page.next_before_id},
                         ensure_ascii=False, indent=2))
        return 0
    columns = (("ticket no", 14), ("received", 16), ("caller", 14), ("subject", 30),
               ("status", 16), ("assignee", 12))
    print("  ".join(_cut(name, w) for name, w in columns).rstrip())
    for r in page.rows:
        caller = " ".join(p for p in (r.caller_name, r.phone) if p)
        cells = (r.ticket_no, r.received_at.strftime("%Y-%m-%d %H:%M"), caller,
                 r.subject, r.status, r.assignee)
        print("  ".join(_cut(c, w) for c, (_, w) in zip(cells, columns)).rstrip())
    more = " (more: narrow the search or raise --limit)" if page.next_before_id else ""
    print(f"{len(page.rows)} case(s){more}")
    return 0


def register(sub) -> None:
    p = sub.add_parser(
        "search", help="find cases by ticket number, phone, caller, subject, "
                       "description, notes or solution (every term must occur)")
    p.add_argument("terms", nargs="+", metavar="TERM",
                   help="Chinese or other text of 1 or more characters; a phone "
                        "number or its last digits; a ticket number")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                   help="received on or after this day")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD",
                   help="received on or before this day")
    p.add_argument("--limit", type=int, default=50, help="at most this many (50)")
    p.add_argument("--json", action="store_true",
                   help="print the cases as JSON (masked as the case list shows them)")
    p.set_defaults(func=cmd_search)
