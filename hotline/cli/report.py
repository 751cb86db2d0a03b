"""report monthly YYYY-MM --json (the PDF report comes later)."""

from __future__ import annotations

import json

from . import CliError, open_db


def cmd_report_monthly(args) -> int:
    from ..services import indicators
    from ..services.base import Actor

    if not args.json:
        raise CliError("only --json is available for now (the PDF report is not "
                       "built yet)")
    open_db(args)
    result = indicators.monthly(actor=Actor.system(), month=args.month)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def register(sub) -> None:
    p = sub.add_parser("report", help="reports")
    rsub = p.add_subparsers(dest="report_what", metavar="WHAT", required=True)
    p = rsub.add_parser("monthly", help="the month's indicators (DESIGN §5) with the "
                                        "previous month beside them")
    p.add_argument("month", metavar="YYYY-MM")
    p.add_argument("--json", action="store_true", required=True,
                   help="print the indicators as JSON")
    p.set_defaults(func=cmd_report_monthly)
