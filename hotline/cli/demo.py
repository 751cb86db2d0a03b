"""`hotline demo --calls N [--seed S] [--months K]`: realistic demo data."""

from __future__ import annotations

import signal
import sys
import time

from . import open_db


class _Progress:
    """Progress on stderr: a percentage line on a terminal, a line every ~10 %
    otherwise (so logs of long runs show it too)."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.started = time.perf_counter()
        self.last_tenth = -1

    def __call__(self, done: int, total: int) -> None:
        if not total:
            return
        elapsed = time.perf_counter() - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        text = f"{done:>10,} / {total:,} calls ({done * 100 // total:3d}%, " \
               f"{rate:,.0f} calls/s)"
        if self.tty:
            print("\r" + text, end="" if done < total else "\n", file=self.stream,
                  flush=True)
        else:
            tenth = done * 10 // total
            if tenth != self.last_tenth:
                self.last_tenth = tenth
                print(text, file=self.stream, flush=True)


def cmd_demo(args) -> int:
    from ..storage import describe, resolve_url
    from .. import demo
    from ..services.base import Actor

    open_db(args, migrate=True)
    months = args.months if args.months is not None else demo.default_months(args.calls)
    print(f"{describe(resolve_url(args.db)).describe()}: generating {args.calls:,} "
          f"demo calls over {months} month(s), seed {args.seed}", file=sys.stderr)
    stop = []

    def on_interrupt(signum, frame):
        if stop:  # a second Ctrl-C: stop at once (the running batch rolls back)
            raise KeyboardInterrupt
        stop.append(True)
        print("\nstopping after this batch (Ctrl-C again to abort at once)",
              file=sys.stderr)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        result = demo.generate(actor=Actor.system(), calls=args.calls, seed=args.seed,
                               months=months, on_progress=_Progress(),
                               is_cancelled=lambda: bool(stop))
    finally:
        signal.signal(signal.SIGINT, previous)
    if result.cancelled:
        print(f"stopped early: {result.calls:,} of {args.calls:,} calls were made",
              file=sys.stderr)
    print(f"{result.calls:,} calls from {result.first_day} to {result.last_day}, "
          f"{result.callers:,} callers, {result.events:,} case events "
          f"in {result.seconds:.1f} s ({result.rate:,.0f} calls/s)")
    print("demo accounts (all with the same password):")
    for user in result.users:
        print(f"  {user.username:14} {user.role:13} {user.display_name}")
    print(f"password: {result.password}")
    print("keep this password: it is printed only once.")
    return 0


def register(sub) -> None:
    p = sub.add_parser(
        "demo", help="fill an empty database with realistic demo data",
        description="Generate realistic demo data (categories, staff, callers, calls "
                    "with their whole case history, surveys, quality reviews, "
                    "knowledge articles, duty roster) into a database that holds no "
                    "calls yet. The demo accounts share one random password, printed "
                    "at the end.")
    p.add_argument("--calls", type=int, required=True, metavar="N",
                   help="number of calls to generate")
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help="random seed; the same seed gives the same data (default 1)")
    p.add_argument("--months", type=int, default=None, metavar="K",
                   help="months of history ending today (default: about 30,000 "
                        "calls a month, at least 3)")
    p.set_defaults(func=cmd_demo)
