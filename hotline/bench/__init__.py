"""`hotline bench`: the performance budget of DESIGN §9, each figure printed next to a
raw baseline measured in the same run (never a timed assertion in the tests).

Each module of this package that defines `run(ctx: BenchContext) -> list[Measurement]`
is one area (saving calls, caller history, indicators, …). The runner prepares one
database with `ctx.calls` demo calls and hands it to every area in name order.

When `run(ctx)` is called the database at `ctx.url` is open and bound to the models
(`hotline.models.db`); an area that needs its own connection opens `ctx.url` again.
`ctx.extra` holds `"actors"` (role -> Actor of a demo account of that role) and
`"demo"` (the DemoResult, None when an existing database was used).
"""

from __future__ import annotations

import importlib
import json
import math
import pkgutil
import shutil
import statistics
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable


@dataclass
class Measurement:
    name: str  # what was measured, e.g. "save a call p50"
    value: float  # in `unit`
    unit: str  # "ms", "s", "MB"
    baseline: float | None = None  # the raw baseline, same unit
    baseline_label: str = ""  # e.g. "raw sqlite3, same statements"
    budget: str = ""  # e.g. "≤ 3× baseline", "≤ 100 ms"
    ok: bool | None = None  # within budget, if it can be judged


@dataclass
class BenchContext:
    url: str  # database URL the areas measure against (already populated)
    workdir: Path  # scratch directory for files the areas write
    calls: int  # number of calls in the database
    seed: int = 7
    extra: dict = field(default_factory=dict)  # areas may share prepared data


def raw_connection(url: str, *, sqlite_pragmas: bool = False):
    """The bare driver on its own connection, for the baselines:
    (connection, parameter mark, is_sqlite). On SQLite the connection is in
    autocommit mode; with `sqlite_pragmas` it gets the app's pragmas (db.py)."""
    from ..storage import BUSY_TIMEOUT_MS, SQLITE_PRAGMAS, sqlite_path_from_url

    path = sqlite_path_from_url(url)
    if path is not None:
        import sqlite3

        conn = sqlite3.connect(str(path), isolation_level=None,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        if sqlite_pragmas:
            for name, value in SQLITE_PRAGMAS.items():
                conn.execute(f"PRAGMA {name} = {value}")  # constants of db.py
        return conn, "?", True
    import psycopg2
    from playhouse.db_url import parse as parse_url

    params = parse_url(url, unquote_password=True, unquote_user=True)
    params["dbname"] = params.pop("database")
    conn = psycopg2.connect(**params)
    conn.autocommit = True  # explicit BEGIN/COMMIT where needed, as peewee does
    return conn, "%s", False


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Run fn `repeat` times; each duration in milliseconds."""
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def percentile(samples: list[float], p: float) -> float:
    """Linear interpolation between closest ranks (the DESIGN §5 definition)."""
    if len(samples) == 1:
        return samples[0]
    qs = statistics.quantiles(samples, n=100, method="inclusive")
    return qs[int(p) - 1] if 1 <= p <= 99 else (min(samples) if p <= 0 else max(samples))


def judge(value: float, baseline: float | None, unit: str, *,
          limit: float | None = None, ratio: float | None = None) -> tuple[str, bool]:
    """The budget text and verdict of a figure: an absolute `limit` (in `unit`)
    and/or at most `ratio` times its baseline; the text shows the measured ratio."""
    parts, ok = [], True
    if limit is not None:
        parts.append(f"≤ {limit:g} {unit}")
        ok = ok and value <= limit
    if ratio is not None and baseline:
        parts.append(f"≤ {ratio:g}× baseline ({value / baseline:.2f}×)")
        ok = ok and value <= ratio * baseline
    return " and ".join(parts), ok


def capture_sql(fn: Callable[[], object]) -> list[tuple[str, tuple]]:
    """Run fn once and return the statements it sent through the application's
    connection, in order, with their parameters (transaction statements included as
    ("BEGIN"/"COMMIT"/"ROLLBACK", ())), so a baseline can send exactly the same SQL
    on the bare driver."""
    from ..models import db

    database = db.obj
    seen: list[tuple[str, tuple]] = []

    def hook(event) -> None:
        seen.append((event.sql, tuple(event.params or ())))

    def wrap(name: str, statement: str):
        original = getattr(database, name)

        def wrapped(*args, **kwargs):
            seen.append((statement, ()))
            return original(*args, **kwargs)
        return wrapped

    patched = {n: wrap(n, n.upper()) for n in ("begin", "commit", "rollback")}
    database.query_hooks.append(hook)
    for name, fn_ in patched.items():
        setattr(database, name, fn_)
    try:
        fn()
    finally:
        database.query_hooks.remove(hook)
        for name in patched:
            delattr(database, name)
    return seen


def replay(conn, statements: list[tuple[str, tuple]]) -> None:
    """Send captured statements on a bare driver connection (autocommit mode, as
    `raw_connection` opens it), fetching every row."""
    cur = conn.cursor()
    try:
        for sql, params in statements:
            cur.execute(sql, params)
            if cur.description is not None:
                cur.fetchall()
    finally:
        cur.close()


def areas() -> list[tuple[str, Callable]]:
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        run = getattr(module, "run", None)
        if run is not None:
            found.append((info.name, run))
    return found


def _width(text: str) -> int:
    """Columns a terminal gives text (CJK characters take two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def format_table(rows: list[Measurement]) -> str:
    name_w = max([44] + [_width(m.name) for m in rows])
    unit_w = max([2] + [len(m.unit) for m in rows])
    lines = [f"{_pad('measurement', name_w)} {'value':>{11 + unit_w}} "
             f"{'baseline':>{11 + unit_w}}  budget / baseline"]
    for m in rows:
        base = f"{m.baseline:.3f} {m.unit:{unit_w}}" if m.baseline is not None \
            else "-"
        verdict = {True: "ok", False: "OVER", None: ""}[m.ok]
        lines.append(f"{_pad(m.name, name_w)} {m.value:>10.3f} {m.unit:{unit_w}} "
                     f"{base:>{11 + unit_w}}  "
                     f"{m.budget} {verdict} {m.baseline_label}".rstrip())
    return "\n".join(lines)


def format_markdown(rows: list[Measurement], title: str = "") -> str:
    """The figures as a Markdown table (what the README shows)."""
    def num(v: float | None) -> str:
        if v is None:
            return ""
        return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:.3g}" if abs(v) < 10 \
            else f"{v:.1f}"

    lines = ([title, ""] if title else []) + [
        "| measurement | value | raw baseline | budget | |",
        "|---|---|---|---|---|"]
    for m in rows:
        base = f"{num(m.baseline)} {m.unit}" if m.baseline is not None else ""
        if m.baseline_label and m.baseline is not None:
            base += f" ({m.baseline_label})"
        verdict = {True: "ok", False: "**over**", None: ""}[m.ok]
        cells = [m.name, f"{num(m.value)} {m.unit}", base, m.budget, verdict]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def write_json(rows: list[Measurement], path: Path) -> None:
    path.write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2),
                    encoding="utf-8")


# ---------------------------------------------------------------------- the runner

BENCH_FILE = "hotline-bench.db"
CALLS_PER_MONTH = 30_000


class BenchError(Exception):
    """The bench cannot run; the message says why."""


def months_for(calls: int) -> int:
    """Spread so that a month holds about CALLS_PER_MONTH calls."""
    return max(1, math.ceil(calls / CALLS_PER_MONTH))


def _actors() -> dict:
    from ..models import ROLES, User
    from ..services.base import Actor

    found = {}
    for role in ROLES:
        user = (User.select().where(User.role == role, User.active == True)  # noqa: E712
                .order_by(User.id).first())
        if user is not None:
            found[role] = Actor.from_user(user)
    return found


def prepare(*, calls: int, url: str | None = None, workdir: Path | None = None,
            seed: int = 7, on_progress: Callable[[int, int], None] | None = None,
            log: Callable[[str], None] = lambda msg: None
            ) -> tuple[BenchContext, list[Measurement]]:
    """Open (and fill) the database the areas measure; return the context and the
    measurements made while preparing (the demo generation rate).

    Without `url` a scratch SQLite file is made in `workdir` (replacing an earlier
    bench file there). With `url` (e.g. a PostgreSQL database for a PostgreSQL run)
    an empty database is filled with demo calls; one already filled by `hotline
    demo` is used as it is; one holding other calls is refused, because the bench
    saves test calls into the database it measures."""
    from ..storage import close_database, open_database
    from ..models import AuditLog, Call
    from .. import demo
    from ..services.base import Actor

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    if url is None:
        path = workdir / BENCH_FILE
        for suffix in ("", "-wal", "-shm", "-journal"):
            extra = Path(str(path) + suffix)
            if extra.exists():
                extra.unlink()
        url = f"sqlite:///{path.resolve()}"
    close_database()
    open_database(url, migrate=True)
    rows: list[Measurement] = []
    existing = Call.select().count()
    result = None
    if existing:
        made_by_demo = AuditLog.select().where(AuditLog.entity == "demo",
                                               AuditLog.action == "generate").exists()
        if not made_by_demo:
            close_database()
            raise BenchError(
                f"the database holds {existing:,} calls that hotline demo did not "
                "make; the bench saves test calls into the database it measures, so "
                "give it an empty scratch database (or none, for a temporary SQLite "
                "file)")
        log(f"using the {existing:,} calls already in the database")
        calls = existing
    else:
        months = months_for(calls)
        log(f"generating {calls:,} demo calls over {months} month(s) …")
        result = demo.generate(actor=Actor.system("bench"), calls=calls, seed=seed,
                               months=months, on_progress=on_progress)
        rows.append(Measurement(
            "demo generation rate", round(result.rate, 1), "calls/s",
            budget=f"{calls:,} calls in {result.seconds:.1f} s"))
    ctx = BenchContext(url=url, workdir=workdir, calls=calls, seed=seed)
    ctx.extra["actors"] = _actors()
    ctx.extra["demo"] = result
    return ctx, rows


def run_areas(ctx: BenchContext, *, only: list[str] | None = None,
              log: Callable[[str], None] = lambda msg: None
              ) -> tuple[list[Measurement], list[tuple[str, str]]]:
    """Run every area (or those named in `only`) in name order.

    Returns the measurements and the failures as (area, message); one failing area
    does not stop the others."""
    from ..storage import open_database
    from ..models import db

    rows: list[Measurement] = []
    failures: list[tuple[str, str]] = []
    for name, run in areas():
        if only and name not in only:
            continue
        if db.obj is None or db.obj.is_closed():
            open_database(ctx.url, migrate=False)
        log(f"area {name} …")
        t0 = time.perf_counter()
        try:
            found = list(run(ctx))
        except Exception as exc:  # report and carry on with the other areas
            failures.append((name, f"{type(exc).__name__}: {exc}"))
            log(traceback.format_exc())
            continue
        log(f"area {name}: {len(found)} measurement(s) in "
            f"{time.perf_counter() - t0:.1f} s")
        rows.extend(found)
    return rows, failures


def scratch_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="hotline-bench-"))


def remove_scratch(path: Path) -> None:
    from ..storage import close_database

    close_database()
    shutil.rmtree(path, ignore_errors=True)
