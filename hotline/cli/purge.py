"""purge: the retention purge of callers' personal data (DESIGN §10).

    hotline purge callers --before YYYY-MM-DD [--case-text|--no-case-text]
                          [--dry-run] [--yes]
    hotline purge rule [--case-text|--no-case-text] [--months N]

`purge callers` removes the personal data of the callers whose cases were all
closed before the date (and of callers without a case recorded before it), then
compacts the database so the old text is gone from its files. It shows what it
would purge and asks before doing it; without a terminal it needs --yes. The
date must not lie after today; a date within the retention period (`purge rule
--months`) is purged only after a warning. `purge rule` shows or sets the
center's rule: whether the cases' free text is purged too, and the retention
period. The command acts as the command line (system:<user> in the audit log).
"""

from __future__ import annotations

import datetime as dt
import sys

from . import CliError, open_db

USAGE = __doc__.split("\n\n", 1)[1]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise CliError(f"--before must be a date YYYY-MM-DD, not {text!r}") from None


def _describe(r) -> str:
    text = "their cases' free text replaced" if r.case_text else \
        "their cases' free text kept"
    return (f"{r.callers:,} callers and their {r.cases:,} cases closed before "
            f"{r.before:%Y-%m-%d} ({text})")


def cmd_purge(args) -> int:
    from ..services import purge
    from ..services.base import Actor

    actor = Actor.system()
    if args.what == "rule":
        open_db(args)
        if args.case_text is not None or args.months is not None:
            rule = purge.set_retention_rule(actor=actor, case_text=args.case_text,
                                            months=args.months)
        else:
            rule = purge.get_retention_rule(actor=actor)
        print(f"case text purged: {'yes' if rule.case_text else 'no'}; "
              f"retention period: {rule.months} month{'s' if rule.months != 1 else ''}")
        return 0
    if not args.before:
        raise CliError("purge callers needs --before YYYY-MM-DD")
    before = _date(args.before)
    open_db(args)
    preview = purge.purge_callers(actor=actor, before=before,
                                  include_case_text=args.case_text, dry_run=True)
    if preview.recent:
        print(f"warning: {before:%Y-%m-%d} lies within the retention period of "
              f"{preview.retention_months} months", file=sys.stderr)
    pending = preview.compaction_pending
    if pending:
        print("an earlier purge's compaction is still to be done", file=sys.stderr)
    if args.dry_run or (preview.callers == 0 and not pending):
        print(("would purge " if args.dry_run else "nothing to purge: ")
              + _describe(preview))
        return 0
    print("will purge " + _describe(preview)
          + ("; then compact the database" if pending else ""))
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("not a terminal: give --yes to purge (this cannot be undone)")
        answer = input("This cannot be undone. Type yes to purge: ")
        if answer.strip().lower() != "yes":
            print("nothing was purged")
            return 1
    done = purge.purge_callers(actor=actor, before=before,
                               include_case_text=args.case_text)
    tail = "database compacted" if done.compacted else (
        "the database could NOT be compacted (another program holds it): the old "
        "text may still be in its files; close the other programs and run the purge "
        "again")
    if done.compacted and done.wal_truncated is False:
        tail += "; the -wal file is still in use by another program: close every " \
                "Hotline Desk and run the purge again to empty it"
    print(f"purged {_describe(done)}, {done.cases_redacted:,} cases' text replaced; "
          f"{tail} ({done.seconds:.1f} s, of which {done.transaction_seconds:.1f} s "
          "writing)")
    return 0


def register(sub) -> None:
    p = sub.add_parser(
        "purge", help="purge callers' personal data after the retention period",
        description=USAGE, formatter_class=__import__("argparse").RawTextHelpFormatter)
    p.add_argument("what", choices=("callers", "rule"))
    p.add_argument("--before", metavar="YYYY-MM-DD",
                   help="purge callers whose cases were all closed before this day")
    text = p.add_mutually_exclusive_group()
    text.add_argument("--case-text", dest="case_text", action="store_true",
                      default=None, help="also replace the cases' free text")
    text.add_argument("--no-case-text", dest="case_text", action="store_false",
                      help="keep the cases' free text")
    p.add_argument("--months", type=int, help="purge rule: the retention period")
    p.add_argument("--dry-run", action="store_true", help="count, change nothing")
    p.add_argument("--yes", action="store_true", help="do not ask (no terminal)")
    p.set_defaults(func=cmd_purge)
