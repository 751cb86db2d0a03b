"""report monthly YYYY-MM --json | -o FILE.pdf [--lang zh|en]."""

from __future__ import annotations

import json
from pathlib import Path

from . import CliError, open_db


def cmd_report_monthly(args) -> int:
    from ..services import indicators
    from ..services.base import Actor

    if bool(args.json) == bool(args.output):
        raise CliError("report monthly: give exactly one of --json or -o FILE.pdf")
    if args.json and args.lang is not None:
        raise CliError("report monthly: --lang applies to the PDF (-o FILE.pdf) only")
    open_db(args)
    actor = Actor.system()
    if args.json:
        result = indicators.monthly(actor=actor, month=args.month)
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    from ..services.monthly_report import write_monthly_pdf

    target = Path(args.output)
    if target.suffix.lower() != ".pdf":
        raise CliError(f"-o: the report is a PDF, name it FILE.pdf (got {target.name!r})")
    if not target.parent.is_dir():
        raise CliError(f"-o: the folder {str(target.parent)!r} does not exist")
    pages = write_monthly_pdf(actor=actor, month=args.month, target=target,
                              lang=args.lang or "zh")
    print(f"{target} ({pages} pages)")
    return 0


def register(sub) -> None:
    p = sub.add_parser("report", help="reports")
    rsub = p.add_subparsers(dest="report_what", metavar="WHAT", required=True)
    p = rsub.add_parser(
        "monthly", help="the month's report: PDF (-o) or the indicators as JSON",
        description="The monthly report of DESIGN §8 as a PDF (-o FILE.pdf, Chinese "
                    "unless --lang en), or the month's indicators (DESIGN §5) with "
                    "the previous month and the same month last year as JSON "
                    "(--json). Exactly one of --json and -o.")
    p.add_argument("month", metavar="YYYY-MM")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true",
                     help="print the indicators as JSON")
    out.add_argument("-o", "--output", metavar="FILE.pdf",
                     help="write the report PDF here (atomically)")
    p.add_argument("--lang", choices=("zh", "en"), default=None,
                   help="language of the PDF (default zh)")
    p.set_defaults(func=cmd_report_monthly)
