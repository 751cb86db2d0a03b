"""archive: case archive PDFs, a month's batch, the register and verification.

    hotline archive TICKET_NO -o FILE.pdf [--copy archival|working] [--masked]
    hotline archive --month YYYY-MM -o DIR [--regenerate]
    hotline archive register --year YYYY -o FILE.pdf
    hotline archive verify FILE.pdf        (exit 1 when the file is not a
                                            registered, unchanged version)
"""

from __future__ import annotations

import re
import signal
import sys
from pathlib import Path

from . import CliError, open_db

USAGE = __doc__.split("\n\n", 1)[1]


def _need_output(args) -> Path:
    if not args.output:
        raise CliError("-o/--output is required")
    return Path(args.output)


def cmd_archive(args) -> int:
    from ..services import archives
    from ..services.base import Actor

    actor = Actor.system()
    what = args.what
    if args.month:
        if what:
            raise CliError("give either TICKET_NO or --month, not both")
        return _month(args, actor)
    if what == "register":
        if args.year is None:
            raise CliError("archive register needs --year YYYY")
        out = _need_output(args)
        open_db(args)
        pages = archives.write_register_pdf(actor=actor, year=args.year, target=out,
                                            lang=args.lang)
        entries = archives.register(actor=actor, year=args.year)
        print(f"{out}: register of {args.year}, {len(entries)} entries, {pages} pages")
        return 0
    if what == "verify":
        if not args.file:
            raise CliError("archive verify needs the PDF file to check")
        open_db(args)
        result = archives.verify_file(actor=actor, path=args.file)
        print(_verdict(args.file, result))
        print(f"SHA-256 {result.sha256}")
        return 0 if result.ok else 1
    if not what:
        raise CliError("give a ticket number, --month YYYY-MM, register or verify\n"
                       + USAGE)
    if args.file:
        raise CliError(f"unexpected argument {args.file!r}")
    out = _need_output(args)
    open_db(args)
    if args.copy == "working":
        result = archives.working_copy(actor=actor, ticket_no=what, target=out,
                                       masked=True if args.masked else None,
                                       lang=args.lang)
        print(f"{out}: working copy of {result.ticket_no}, {result.pages} pages"
              f"{', caller masked' if result.masked else ''}")
        return 0
    if args.masked:
        raise CliError("--masked applies to working copies (the archival copy is "
                       "the full record)")
    result = archives.archive_case(actor=actor, ticket_no=what, target=out,
                                   lang=args.lang)
    print(f"{out}: {result.archive_no} version {result.version}, {result.pages} "
          f"pages, SHA-256 {result.sha256}")
    return 0


def _verdict(path, r) -> str:
    if r.code == "current":
        return (f"{path}: OK, {r.archive_no} (case {r.ticket_no}) version {r.version}, "
                "the current version")
    if r.code == "superseded":
        return (f"{path}: OK, {r.archive_no} (case {r.ticket_no}) version {r.version}; "
                f"superseded by version {r.latest}")
    if r.code == "working_copy":
        return (f"{path}: NOT AN ARCHIVAL COPY, it is a working copy of case "
                f"{r.ticket_no} (working copies are not registered)")
    if r.code == "changed":
        where = f"{r.archive_no} " if r.archive_no else ""
        return (f"{path}: CHANGED, it says it is {where}(case {r.ticket_no}) version "
                f"{r.version} but its SHA-256 matches no registered version")
    return f"{path}: NOT REGISTERED, its SHA-256 matches no archive in the register"


def _month(args, actor) -> int:
    from ..services import archives

    if not re.fullmatch(r"\d{4}-\d{2}", args.month):
        raise CliError(f"--month must be YYYY-MM, not {args.month!r}")
    out = _need_output(args)
    if out.exists() and not out.is_dir():
        raise CliError(f"{out} is a file; --month writes into a directory")
    out.mkdir(parents=True, exist_ok=True)
    open_db(args)
    stop = {"asked": False}

    def on_interrupt(signum, frame):
        if stop["asked"]:
            raise KeyboardInterrupt
        stop["asked"] = True
        print("\nstopping after the case in hand (Ctrl-C again to abort)",
              file=sys.stderr)

    previous = signal.signal(signal.SIGINT, on_interrupt)

    def progress(done, total, ticket):
        print(f"\r{done}/{total} {ticket}", end="", file=sys.stderr, flush=True)

    try:
        result = archives.archive_month(actor=actor, month=args.month, directory=out,
                                        regenerate=args.regenerate,
                                        on_progress=progress,
                                        should_stop=lambda: stop["asked"])
    finally:
        signal.signal(signal.SIGINT, previous)
    print(file=sys.stderr)
    done = len(result.made) + result.skipped
    print(f"{result.month}: {result.total} closed cases; {len(result.made)} archived "
          f"into {out}, {result.skipped} archived already"
          + (f"; stopped after {done} of {result.total}" if result.stopped else ""))
    return 130 if result.stopped else 0


def register(sub) -> None:
    p = sub.add_parser(
        "archive", help="case archive PDFs, the register, verification",
        description=USAGE, formatter_class=__import__("argparse").RawTextHelpFormatter)
    p.add_argument("what", nargs="?", metavar="TICKET_NO|register|verify")
    p.add_argument("file", nargs="?", metavar="FILE.pdf",
                   help="the file to check (archive verify)")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="the PDF to write (a directory with --month)")
    p.add_argument("--copy", choices=("archival", "working"), default="archival",
                   help="archival: a new registered version (default); working: a "
                        "watermarked copy, not registered")
    p.add_argument("--masked", action="store_true",
                   help="working copy with the caller's personal data masked")
    p.add_argument("--month", metavar="YYYY-MM",
                   help="archive the cases closed in this month")
    p.add_argument("--regenerate", action="store_true",
                   help="with --month: make a new version of cases archived already")
    p.add_argument("--year", type=int, metavar="YYYY", help="archive register: the year")
    p.add_argument("--lang", choices=("zh", "en"), default="zh")
    p.set_defaults(func=cmd_archive)
