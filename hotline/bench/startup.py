"""Cold start to the sign-in window next to a bare PySide6 window, and memory while
browsing (DESIGN §9).

Both starts run in fresh subprocesses of this Python, alternated, RUNS times each
after one warm-up run of each (the OS file cache is then warm for both; a first start
after a reboot is slower for both alike). A start is the wall time from launching the
process to the first paint of its first window:

- the app: `hotline --db URL` (the bench database), the real start path — imports,
  the stylesheet, the translation — up to the sign-in window painted. The window is
  painted before the database is opened and checked behind it (its "Sign in" waits
  for that), so the time until "Sign in" works is reported too, on its own row;
- the bare window: a process that imports PySide6, creates a QApplication and shows
  an empty QWidget, nothing else.

The median of each is reported; budget ≤ 1.5 s and ≤ 1.3× the bare window. Without a
display both run under QT_QPA_PLATFORM=offscreen (same platform for both). The
children get a scratch HOME/XDG directories, so the user's settings and drafts are
never read or written, and may write bytecode caches (as an installed app has them).

Memory: the app signed in as the duty officer who logged the most calls, then as a
supervisor (who sees the whole center) — the sign-in dialog is answered in the child,
the rest is the real main window — every page of the role opened twice with time for
its data to load, then the peak RSS of the process; budget ≤ 300 MB.

The children themselves start Qt, so they are in hotline/ui/bench_probe.py (only
hotline/ui imports PySide6).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from . import BenchContext, Measurement

RUNS = 5
START_BUDGET_S = 1.5
START_RATIO = 1.3
RSS_BUDGET_MB = 300.0
CHILD_TIMEOUT_S = 120



def _child_env(ctx: BenchContext) -> dict[str, str]:
    home = ctx.workdir / "startup-home"
    for sub in ("config", "data", "cache"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.pop("HOTLINE_DB", None)
    # an installed app starts from compiled bytecode: let the warm-up run write it
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               PYTHONUNBUFFERED="1")
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run_child(args: list[str], env: dict[str, str]
               ) -> tuple[float, list[str], dict[str, float]]:
    """Launch; return (seconds until the line "shown …", every line printed, seconds
    until each line's first word first appeared). A child still running after
    CHILD_TIMEOUT_S is killed."""
    import threading

    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    lines: list[tuple[float, str]] = []
    errors: list[str] = []

    def read_out() -> None:
        for line in proc.stdout:
            lines.append((time.perf_counter() - t0, line.strip()))

    readers = [threading.Thread(target=read_out, daemon=True),
               threading.Thread(target=lambda: errors.extend(proc.stderr), daemon=True)]
    for r in readers:
        r.start()
    try:
        proc.wait(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    for r in readers:
        r.join(5)
    shown = [at for at, text in lines if text.startswith("shown ")]
    if not shown:
        raise RuntimeError(f"the child never showed a window (exit {proc.returncode}): "
                           f"{''.join(errors).strip()[-800:]}")
    if not any(text.startswith("done") for _, text in lines):
        raise RuntimeError(f"the child did not finish (exit {proc.returncode}): "
                           f"{''.join(errors).strip()[-800:]}")
    stamps: dict[str, float] = {}
    for at, text in lines:
        if text:
            stamps.setdefault(text.split()[0], at)
    return shown[0], [text for _, text in lines], stamps


def _app_args(url: str, mode: str, user_id: int = 0) -> list[str]:
    return ["-m", "hotline.ui.bench_probe", mode, url, str(user_id)]


def run(ctx: BenchContext) -> list[Measurement]:
    from peewee import fn

    from ..models import Call, User

    env = _child_env(ctx)
    bare, app, imports, ready = [], [], [], []
    shown = set()
    for i in range(RUNS + 1):  # the first of each is a warm-up
        b, _, _ = _run_child(["-m", "hotline.ui.bench_probe", "bare"], env)
        a, lines, stamps = _run_child(_app_args(ctx.url, "start"), env)
        shown.add(next(x for x in lines if x.startswith("shown ")).split()[1])
        if i:
            bare.append(b)
            app.append(a)
            imports.append(stamps.get("qapp", a))
            ready.append(stamps.get("ready", a))
    if shown != {"LoginDialog"}:
        raise RuntimeError(f"the app's first window was {sorted(shown)}, not the "
                           "sign-in window")
    # the ratio is worked from the rounded figures printed beside it, so a reader
    # dividing the two printed numbers gets the printed ratio
    app_s, bare_s = round(statistics.median(app), 3), round(statistics.median(bare), 3)
    platform = env.get("QT_QPA_PLATFORM") or "display"
    label = f"bare PySide6 window, median of {RUNS} ({platform})"
    rows = [
        Measurement("cold start to the sign-in window (median)", app_s, "s",
                    baseline=bare_s, baseline_label=label,
                    budget=f"≤ {START_BUDGET_S:g} s", ok=app_s <= START_BUDGET_S),
        Measurement("cold start / bare PySide6 window", round(app_s / bare_s, 2), "×",
                    budget=f"≤ {START_RATIO:g}×", ok=app_s / bare_s <= START_RATIO),
        # where the time goes: launch and imports, then the rest (QApplication,
        # stylesheet, translation, opening and checking the database, the dialog)
        Measurement("  of which launch and imports (to QApplication)",
                    round(statistics.median(imports), 3), "s"),
        # the database opened and checked behind the painted window
        Measurement("  sign-in usable (database open and checked, median)",
                    round(statistics.median(ready), 3), "s",
                    budget=f"≤ {START_BUDGET_S:g} s",
                    ok=statistics.median(ready) <= START_BUDGET_S),
    ]
    officer = (Call.select(Call.creator, fn.COUNT(Call.id))
               .join(User, on=(Call.creator == User.id))
               .where(User.role == "duty_officer")
               .group_by(Call.creator).order_by(fn.COUNT(Call.id).desc())
               .tuples().first())
    browsers = []  # the busiest duty officer; a supervisor sees the whole center
    if officer is not None:
        browsers.append(("duty officer", officer[0]))
    supervisor = ctx.extra.get("actors", {}).get("supervisor")
    if supervisor is not None:
        browsers.append(("supervisor", supervisor.id))
    for role, user_id in browsers:
        _, lines, _ = _run_child(_app_args(ctx.url, "browse", user_id), env)
        rss = [x.split() for x in lines if x.startswith("rss ")]
        if not rss:
            raise RuntimeError("the browsing child reported no memory figure")
        _, peak, pages = rss[-1]
        rows.append(Measurement(
            f"memory while browsing as {role} (peak RSS, {pages} pages twice)",
            float(peak), "MB", budget=f"≤ {RSS_BUDGET_MB:g} MB",
            ok=float(peak) <= RSS_BUDGET_MB))
    return rows
