"""The bundle's size and cold start next to the development install's, written as a
Markdown report (installer/build.sh runs it; the README quotes it).

    python installer/measure.py --bundle DIR --dev BIN --dev-bytes N
                                --tarball FILE --version V --out REPORT.md

Cold start: the wall time from launching `hotline --db URL` to the sign-in window
painted (HOTLINE_STARTUP_PROBE=1 makes the app print "shown LoginDialog" then, and
"ready" once the database behind it is open and "Sign in" works; ui/app.py). The
bundle and the development install start alternately, RUNS times each after one
warm-up of each, on the same small demo database, under the same Qt platform
(offscreen without a display), with scratch HOME/XDG folders. Medians are reported.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
TIMEOUT_S = 120


def folder_bytes(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            p = os.path.join(root, name)
            if not os.path.islink(p):
                total += os.path.getsize(p)
    return total


def mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def start_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to the sign-in window painted, seconds to "Sign in" usable)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    shown = ready = None
    try:
        for line in proc.stdout:
            at = time.perf_counter() - t0
            if line.startswith("shown ") and shown is None:
                shown = at
            elif line.startswith("ready") and ready is None:
                ready = at
        proc.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if shown is None or ready is None:
        raise SystemExit(f"measure: {cmd[0]} did not reach the sign-in window "
                         f"(exit {proc.returncode}): {proc.stderr.read()[-800:]}")
    return shown, ready


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundle", type=Path, required=True)
    ap.add_argument("--dev", required=True, help="the development install's hotline")
    ap.add_argument("--dev-bytes", type=int, required=True)
    ap.add_argument("--tarball", type=Path, required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()

    bundle_bin = str(args.bundle / "hotline")
    with tempfile.TemporaryDirectory(prefix="hotline-measure-") as tmp:
        home = Path(tmp)
        env = dict(os.environ)
        for var in ("HOTLINE_DB", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            env.pop(var, None)
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
                   HOTLINE_STARTUP_PROBE="1")
        if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
            env["QT_QPA_PLATFORM"] = "offscreen"
        url = f"sqlite:///{home / 'measure.db'}"
        # the bundle makes the database, so its CLI is exercised too
        made = subprocess.run([bundle_bin, "--db", url, "demo", "--calls", "200",
                               "--months", "1"], env=env, capture_output=True,
                              text=True, timeout=600)
        if made.returncode:
            raise SystemExit(f"measure: the bundle's demo failed: {made.stderr[-800:]}")
        starts = {"bundle": [], "dev": []}
        for i in range(RUNS + 1):  # the first of each is a warm-up
            for key, binary in (("bundle", bundle_bin), ("dev", args.dev)):
                shown, ready = start_once([binary, "--db", url], env)
                if i:
                    starts[key].append((shown, ready))
    platform = env.get("QT_QPA_PLATFORM") or "display"

    def med(key: str, which: int) -> float:
        return statistics.median(s[which] for s in starts[key])

    bundle_bytes = folder_bytes(args.bundle)
    tar_bytes = args.tarball.stat().st_size
    lines = [
        f"# Hotline Desk {args.version}: bundle build report",
        "",
        f"Built on {os.uname().sysname} {os.uname().machine}, Python "
        f"{sys.version.split()[0]}; cold starts are medians of {RUNS} after one "
        f"warm-up each, alternated, Qt platform `{platform}`.",
        "",
        "| | bundle (PyInstaller, one folder) | development install (venv) |",
        "|---|---:|---:|",
        f"| size on disk | {mb(bundle_bytes)} (tarball {mb(tar_bytes)}) | "
        f"{mb(args.dev_bytes)} of site-packages, plus a Python |",
        f"| cold start to the sign-in window | {med('bundle', 0):.3f} s | "
        f"{med('dev', 0):.3f} s |",
        f"| … until \"Sign in\" works (database open) | {med('bundle', 1):.3f} s | "
        f"{med('dev', 1):.3f} s |",
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
