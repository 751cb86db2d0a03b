"""`hotline bench [--calls N] [--db URL] [--workdir DIR] [--json FILE]
[--markdown FILE]`: the performance budget of DESIGN §9, each figure next to a raw
baseline of the same run (--json and --markdown regenerate the README's figures).

Never touches the user's database: without --db it builds a scratch SQLite file
(in --workdir, else a temporary directory removed afterwards). With --db (for a
PostgreSQL run) it fills an empty database with demo calls or uses one that
`hotline demo` filled, and refuses any other (the bench saves test calls)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from . import CliError


def cmd_bench(args) -> int:
    from .. import bench
    from ..storage import describe
    from .demo import _Progress

    if getattr(sys, "frozen", False):
        # its measurements start Python child processes (python -m ...), which an
        # installed bundle has no interpreter for
        raise CliError("bench measures a source or pip install (its measurements "
                       "start Python processes); this is the installed bundle: run "
                       "it from a checkout (scripts/setup.sh, then .venv/bin/hotline "
                       "bench)")
    if args.calls < 1:
        raise CliError("--calls must be at least 1")
    verbose = not args.quiet

    def log(msg: str) -> None:
        if verbose:
            print(msg, file=sys.stderr, flush=True)

    # Only an explicit URL is used: $HOTLINE_DB and the default name the user's data.
    url = args.bench_db or args.db
    own_tmp = args.workdir is None
    workdir = bench.scratch_dir() if own_tmp else Path(args.workdir)
    started = time.perf_counter()
    try:
        try:
            ctx, rows = bench.prepare(calls=args.calls, url=url, workdir=workdir,
                                      seed=args.seed,
                                      on_progress=_Progress() if verbose else None,
                                      log=log)
        except bench.BenchError as exc:
            raise CliError(str(exc)) from None
        log(f"database: {describe(ctx.url).describe()} with {ctx.calls:,} calls")
        ctx.extra["writers"] = args.writers
        area_rows, failures = bench.run_areas(ctx, only=args.area or None, log=log)
        rows.extend(area_rows)
    finally:
        if own_tmp:
            bench.remove_scratch(workdir)
    title = (f"hotline bench: {ctx.calls:,} calls, "
             f"{'SQLite' if ctx.url.startswith('sqlite') else 'PostgreSQL'}, "
             f"{time.perf_counter() - started:.0f} s")
    print(title)
    print(bench.format_table(rows))
    if args.json:
        bench.write_json(rows, Path(args.json))
    if args.markdown:
        Path(args.markdown).write_text(bench.format_markdown(rows, title=title),
                                       encoding="utf-8")
    for name, message in failures:
        print(f"hotline bench: area {name} failed: {message}", file=sys.stderr)
    return 1 if failures else 0


def register(sub) -> None:
    p = sub.add_parser(
        "bench", help="measure the performance budget on demo data",
        description="Build a scratch database with N demo calls (about 30,000 a "
                    "month) and measure every area of the performance budget, each "
                    "figure next to a raw baseline measured in the same run.")
    p.add_argument("--calls", type=int, default=1_000_000, metavar="N",
                   help="demo calls in the scratch database (default 1,000,000)")
    p.add_argument("--db", dest="bench_db", metavar="URL",
                   help="measure this database instead of a scratch SQLite file "
                        "(e.g. an empty PostgreSQL database); it receives demo and "
                        "test calls")
    p.add_argument("--workdir", metavar="DIR",
                   help="keep the scratch database and files here (default: a "
                        "temporary directory, removed afterwards)")
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    p.add_argument("--markdown", metavar="FILE",
                   help="also write the figures as a Markdown table (for the README)")
    p.add_argument("--seed", type=int, default=7, help="demo data seed (default 7)")
    p.add_argument("--area", action="append", metavar="NAME",
                   help="run only this area (repeatable), e.g. save_call")
    p.add_argument("--writers", type=int, default=10, metavar="N",
                   help="processes saving at once in the 'writers' area (default 10)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=cmd_bench)
