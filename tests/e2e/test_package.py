"""The wheel carries what the application reads at run time (hotline/resources:
translations, stylesheet, the CJK font and its licence, import mappings), and no
tests or documentation.

The compiled translation (.qm) is not in git: scripts/setup.sh compiles it from the
.ts, and a wheel is built after setup (the build itself does not run pyside6-lrelease,
which would make PySide6 a build requirement). This test builds from a copy of the
tree as it is after setup and checks the .qm in the wheel is the compiled .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RES = "hotline/resources"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    base = tmp_path_factory.mktemp("wheel")
    src = base / "src"
    # a copy, so the build leaves no build/ or egg-info in the work tree
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", "bench-out",
        ".pytest_cache"))
    out = base / "dist"
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                        "--no-build-isolation", "--disable-pip-version-check", "-q",
                        "-w", str(out), str(src)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    (found,) = out.glob("hotline_desk-*.whl")
    with zipfile.ZipFile(found) as zf:
        yield zf


def test_wheel_carries_the_resources(wheel):
    names = set(wheel.namelist())
    for ts in (ROOT / RES / "translations").glob("*.ts"):
        assert f"{RES}/translations/{ts.name}" in names
        assert f"{RES}/translations/{ts.stem}.qm" in names, \
            "compiled translation missing: run scripts/setup.sh before building"
    assert f"{RES}/style.qss" in names
    assert wheel.read(f"{RES}/style.qss") == (ROOT / RES / "style.qss").read_bytes()
    assert f"{RES}/fonts/wqy-microhei.ttc" in names
    assert f"{RES}/fonts/LICENSE-wqy-microhei.txt" in names
    assert wheel.read(f"{RES}/fonts/wqy-microhei.ttc") == \
        (ROOT / RES / "fonts" / "wqy-microhei.ttc").read_bytes()
    for icon in ("hotline.svg", "hotline.png"):  # the window icon, the menu entry's
        assert wheel.read(f"{RES}/icons/{icon}") == (ROOT / RES / "icons" / icon).read_bytes()
    for mapping in (ROOT / RES / "mappings").glob("*.json"):
        assert f"{RES}/mappings/{mapping.name}" in names
    assert f"{RES}/__init__.py" in names


def test_wheel_qm_is_the_compiled_ts(wheel, tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (ROOT / RES / "translations").glob("*.ts"):
        qm = tmp_path / f"{ts.stem}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True,
                       timeout=120)
        assert wheel.read(f"{RES}/translations/{ts.stem}.qm") == qm.read_bytes(), \
            f"{ts.name} changed since the .qm was compiled: run scripts/setup.sh"


def test_wheel_holds_no_tests_or_docs(wheel):
    names = wheel.namelist()
    top = {n.split("/")[0] for n in names}
    assert top <= {"hotline"} | {n.split("/")[0] for n in names
                                 if n.split("/")[0].endswith(".dist-info")}, top
    assert not [n for n in names if n.startswith(("tests/", "docs/", "scripts/"))
                or "/tests/" in n or n.endswith((".md", "conftest.py"))]


def test_installed_wheel_reads_its_resources(wheel, tmp_path):
    """Unpacked alone (-S: no site-packages, so not the editable install), the package finds its files
    through importlib.resources."""
    site = tmp_path / "site"
    wheel.extractall(site)
    code = ("import hotline.resources as r, sys; "
            "assert str(r.path('style.qss')).startswith(sys.argv[1]); "
            "print(r.read_text('style.qss')[:0] + r.font_path().name, "
            "r.path('translations', 'hotline_zh_CN.qm').stat().st_size > 0)")
    out = subprocess.run([sys.executable, "-S", "-c", code, str(site)],
                         capture_output=True, text=True, timeout=60,
                         env={"PYTHONPATH": str(site)}, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["wqy-microhei.ttc", "True"]
