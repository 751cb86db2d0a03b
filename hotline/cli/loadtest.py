"""`hotline loadtest --workstations N --seconds S [--db URL] [--pace realistic|max]
[--json FILE]`: N simulated duty-officer workstations (one process each, each
signed in as its own duty officer) save calls through the real service at once;
the command prints saves, saves per second, the save latency and what it found in
the database afterwards (lost or duplicated calls, skipped or duplicate ticket
numbers). See hotline/loadtest/__init__.py.

Never touches the user's database: without --db it uses a scratch SQLite file (in
a temporary directory, removed afterwards); with --db it accepts only an empty
database or one filled by `hotline demo` or an earlier load test."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from . import CliError

MAX_WORKSTATIONS = 500


def cmd_loadtest(args) -> int:
    if getattr(sys, "frozen", False):
        raise CliError("loadtest starts one Python process per workstation, which an "
                       "installed bundle has no interpreter for: run it from a "
                       "checkout (scripts/setup.sh, then .venv/bin/hotline loadtest)")
    if args.workstations < 1:
        raise CliError("--workstations must be at least 1")
    if args.workstations > MAX_WORKSTATIONS:
        raise CliError(f"--workstations must be at most {MAX_WORKSTATIONS}")
    if not args.seconds > 0:
        raise CliError("--seconds must be more than 0")
    from .. import loadtest
    from ..storage import close_database

    verbose = not args.quiet

    def log(msg: str) -> None:
        if verbose:
            print(f"loadtest: {msg}", file=sys.stderr, flush=True)

    # Only an explicit URL is used: $HOTLINE_DB and the default name the user's data.
    url = args.loadtest_db or args.db
    scratch = None
    if url is None:
        scratch = Path(tempfile.mkdtemp(prefix="hotline-loadtest-"))
        url = f"sqlite:///{scratch / 'loadtest.db'}"
        log(f"no --db: a scratch SQLite file in {scratch}")
    try:
        try:
            result = loadtest.run(url, workstations=args.workstations,
                                  seconds=args.seconds, pace=args.pace,
                                  seed=args.seed, log=log)
        except loadtest.LoadTestError as exc:
            raise CliError(str(exc)) from None
        fig = loadtest.figures(result)
    finally:
        close_database()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    print(loadtest.format_table(fig))
    if args.json:
        Path(args.json).write_text(json.dumps(fig, ensure_ascii=False, indent=2),
                                   encoding="utf-8")
    return 0 if loadtest.healthy(fig) else 1


def register(sub) -> None:
    from ..loadtest import CLIENT_TIME_DOC, DB_TIME_DOC, LOCK_TIME_DOC, PACE_DOC

    import argparse
    import textwrap

    def wrap(text: str) -> str:
        return textwrap.fill(text, width=78)

    p = sub.add_parser(
        "loadtest", help="simulate N duty-officer workstations saving calls at once",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=wrap("Run N simulated duty-officer workstations (one process each, "
                    "each signed in as its own duty officer loadtest01…N) that log "
                    "calls through the real service with the demo's mix of outcomes, "
                    "categories and callers, for S seconds. Then check the database: "
                    "every save a workstation saw succeed must be there exactly once, "
                    "and each day's ticket numbers gapless and unique. Exit status 1 "
                    "when a save failed or a check found a problem."),
        epilog="\n\n".join(wrap(t) for t in ["Pace - " + PACE_DOC, "Latency - " + CLIENT_TIME_DOC,
                            DB_TIME_DOC, LOCK_TIME_DOC,
                            "The database must be empty (it is initialized) or filled "
                            "by hotline demo or an earlier load test: the load test "
                            "saves test calls and makes the accounts loadtest01…N "
                            "(their passwords are reset at every run)."]))
    p.add_argument("--workstations", type=int, required=True, metavar="N",
                   help="simulated workstations (processes), each its own duty "
                        "officer")
    p.add_argument("--seconds", type=float, required=True, metavar="S",
                   help="how long the workstations save calls")
    p.add_argument("--db", dest="loadtest_db", metavar="URL",
                   help="the database to load (an empty one, e.g. a PostgreSQL "
                        "database made for the test, or one filled by hotline demo); "
                        "default: a scratch SQLite file, removed afterwards")
    p.add_argument("--pace", choices=("realistic", "max"), default="realistic",
                   help="realistic: 2-8 s between two saves of a workstation; max: "
                        "back to back (default realistic)")
    p.add_argument("--json", metavar="FILE",
                   help="also write every figure, the parameters, the backend, the "
                        "machine and the date as JSON")
    p.add_argument("--seed", type=int, default=None,
                   help="seed of the calls' mix and of the pauses between saves "
                        "(default: a new one each run)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=cmd_loadtest)
