"""`hotline bench`: the performance budget of DESIGN §9, each figure printed next to a
raw baseline measured in the same run (never a timed assertion in the tests).

Each module of this package that defines `run(ctx: BenchContext) -> list[Measurement]`
is one area (saving calls, caller history, indicators, …). The runner prepares one
database with `ctx.calls` demo calls and hands it to every area in name order.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import statistics
import time
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


def areas() -> list[tuple[str, Callable]]:
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        run = getattr(module, "run", None)
        if run is not None:
            found.append((info.name, run))
    return found


def format_table(rows: list[Measurement]) -> str:
    lines = [f"{'measurement':44} {'value':>12} {'baseline':>12}  budget / baseline"]
    for m in rows:
        base = f"{m.baseline:.3f} {m.unit}" if m.baseline is not None else "-"
        verdict = {True: "ok", False: "OVER", None: ""}[m.ok]
        lines.append(f"{m.name:44} {m.value:>9.3f} {m.unit:2} {base:>12}  "
                     f"{m.budget} {verdict} {m.baseline_label}".rstrip())
    return "\n".join(lines)


def write_json(rows: list[Measurement], path: Path) -> None:
    path.write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2),
                    encoding="utf-8")
