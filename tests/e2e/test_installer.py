"""The installer's pieces that run without building the bundle (installer/build.sh
and installer/smoke.sh build and start it on a bare Debian root; .ci/run runs them):
the per-user Linux install script, the desktop entry, the icons, the Windows
script's agreement with the PyInstaller spec, the start-up probe the build report
times, and the application's own CJK font on a machine without one."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


# ------------------------------------------------------------------ Linux install


@pytest.fixture
def unpacked(tmp_path) -> Path:
    """A tarball's folder as build.sh stages it, with a stand-in executable."""
    folder = tmp_path / "hotline-desk-9.9.9"
    folder.mkdir()
    exe = folder / "hotline"
    exe.write_text("#!/bin/sh\necho \"hotline stand-in $*\"\n", encoding="utf-8")
    exe.chmod(0o755)
    for name in ("hotline-desk.desktop", "install.sh"):
        shutil.copy(INSTALLER / "linux" / name, folder / name)
    shutil.copy(ROOT / "hotline" / "resources" / "icons" / "hotline.png",
                folder / "hotline-desk.png")
    (folder / "VERSION").write_text("9.9.9\n", encoding="utf-8")
    (folder / "_internal").mkdir()
    (folder / "_internal" / "lib.so").write_bytes(b"old")
    return folder


def run_install(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    return subprocess.run(["sh", str(folder / "install.sh"), *args], env=env,
                          capture_output=True, text=True, timeout=60)


def test_install_script_installs_for_the_user_and_removes_but_keeps_the_data(
        unpacked, tmp_path):
    home = tmp_path / "home"
    data = home / ".local" / "share" / "HotlineDesk"
    data.mkdir(parents=True)
    (data / "hotline.db").write_bytes(b"the center's calls")

    r = run_install(unpacked, home)
    assert r.returncode == 0, r.stderr
    prefix = home / ".local" / "opt" / "hotline-desk"
    assert "Hotline Desk 9.9.9 installed" in r.stdout
    link = home / ".local" / "bin" / "hotline"
    assert link.is_symlink() and link.resolve() == (prefix / "hotline").resolve()
    out = subprocess.run([str(link), "--version"], capture_output=True, text=True)
    assert out.stdout.strip() == "hotline stand-in --version"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(home / ".local/share/applications/hotline-desk.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == f"{prefix}/hotline"
    assert entry["Desktop Entry"]["Name[zh_CN]"] == "热线服务台"
    icon = home / ".local/share/icons/hicolor/256x256/apps/hotline-desk.png"
    assert png_size(icon.read_bytes()) == (256, 256)

    # a newer version over it: the old files go, the data stays
    (unpacked / "VERSION").write_text("9.9.10\n", encoding="utf-8")
    (unpacked / "_internal" / "lib.so").unlink()
    r = run_install(unpacked, home)
    assert r.returncode == 0, r.stderr
    assert (prefix / "VERSION").read_text().strip() == "9.9.10"
    assert not (prefix / "_internal" / "lib.so").exists()

    r = subprocess.run(["sh", str(prefix / "install.sh"), "--remove"],
                       env={"HOME": str(home), "PATH": os.environ["PATH"]},
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert not prefix.exists() and not link.exists() and not link.is_symlink()
    assert not (home / ".local/share/applications/hotline-desk.desktop").exists()
    assert (data / "hotline.db").read_bytes() == b"the center's calls"


def test_desktop_entry_names_the_app_and_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(INSTALLER / "linux" / "hotline-desk.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Terminal"] == "false"
    assert d["Exec"] == "hotline"  # install.sh makes it the installed path
    assert d["Icon"] == "hotline-desk"
    assert d["Categories"].endswith(";") and d["Keywords"].endswith(";")
    if shutil.which("desktop-file-validate"):
        r = subprocess.run(["desktop-file-validate",
                            str(INSTALLER / "linux" / "hotline-desk.desktop")],
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr


def test_icons_are_the_svg_rendered_at_every_size():
    png = (ROOT / "hotline/resources/icons/hotline.png").read_bytes()
    assert png_size(png) == (256, 256)
    ico = (INSTALLER / "windows" / "hotline.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i:22 + 16 * i])
        image = ico[offset:offset + length]
        assert png_size(image) == (w or 256, h or 256) and bits == 32
        sizes.append(w or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


# ------------------------------------------------------------------ Windows, spec


def test_windows_installer_installs_what_the_spec_builds():
    spec = (INSTALLER / "hotline.spec").read_text(encoding="utf-8")
    iss = (INSTALLER / "windows" / "hotline.iss").read_text(encoding="utf-8")
    # the folder COLLECT writes and the executables the Start menu runs
    assert 'name="hotline-desk")' in spec.replace("\n", "").replace("  ", "")
    assert 'name="hotline-desk", console=False' in spec
    assert '#define Bundle "..\\..\\build\\installer\\dist\\hotline-desk"' in iss
    assert 'Filename: "{app}\\hotline-desk.exe"' in iss
    # per-user install without administrator rights; the data stays in LOCALAPPDATA
    assert "PrivilegesRequired=lowest" in iss
    assert "{uninstallexe}" in iss
    assert "%LOCALAPPDATA%\\HotlineDesk" in iss
    from hotline.storage import database
    assert database.APP_NAME == "HotlineDesk"
    # the version comes from pyproject.toml in both
    assert 'tomllib.load(f)["project"]["version"]' in spec
    assert "#error Pass the version" in iss
    build_ps1 = (INSTALLER / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert '"/DAppVersion=$Version"' in build_ps1


# ------------------------------------------------------------------ the app's start


def scratch_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "HOTLINE_DB"}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"),
               QT_QPA_PLATFORM="offscreen", **extra)
    return env


@pytest.mark.slow
def test_startup_probe_reports_the_sign_in_window_then_ready(tmp_path):
    """installer/measure.py times the bundle with it (bench_probe is not importable
    from a frozen bundle)."""
    url = f"sqlite:///{tmp_path / 'probe.db'}"
    hotline = [sys.executable, "-m", "hotline"]
    made = subprocess.run([*hotline, "--db", url, "demo", "--calls", "30", "--months", "1"],
                          env=scratch_env(tmp_path), capture_output=True, text=True,
                          timeout=300)
    assert made.returncode == 0, made.stderr
    r = subprocess.run([*hotline, "--db", url], capture_output=True, text=True, timeout=120,
                       env=scratch_env(tmp_path, HOTLINE_STARTUP_PROBE="1"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.split("\n")[:3] == ["shown LoginDialog", "ready", "done"]


def test_the_app_brings_its_cjk_font_to_a_machine_without_one(tmp_path):
    """With fontconfig seeing no font at all, the UI font still has the Chinese
    glyphs: the app registers the font it ships (a bare desktop, the bundle)."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(textwrap.dedent(f"""\
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig><dir>{tmp_path / 'no-fonts'}</dir>
        <cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>
        """), encoding="utf-8")
    code = textwrap.dedent("""\
        from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics
        from hotline.ui.app import make_app
        app = make_app()
        print(sorted(f for f in QFontDatabase.families() if "Dummy" not in f))
        print(QFontInfo(app.font()).family())
        print(all(QFontMetrics(app.font()).inFontUcs4(ord(c)) for c in "热线服务台值班"))
        print(app.windowIcon().isNull(), app.windowIcon().availableSizes()[0].width())
        """)
    (tmp_path / "no-fonts").mkdir()
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=120, cwd=ROOT,
                       env=scratch_env(tmp_path, FONTCONFIG_FILE=str(conf),
                                       XDG_DATA_DIRS=str(tmp_path / "no-fonts")))
    assert r.returncode == 0, r.stderr
    families, used, has_glyphs, icon = r.stdout.strip().split("\n")
    assert "WenQuanYi Micro Hei" in families
    assert used == "WenQuanYi Micro Hei"
    assert has_glyphs == "True"
    assert icon == "False 256"


def test_bench_in_the_bundle_says_to_run_it_from_a_checkout(monkeypatch, capsys):
    from hotline.cli import main

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert main(["bench", "--calls", "10"]) == 2
    assert "this is the installed bundle" in capsys.readouterr().err


def test_a_linux_desktop_with_a_cjk_font_of_its_own_is_recognized(tmp_path, monkeypatch):
    """The start skips loading the shipped font (some 30 ms) only where a CJK font
    is installed in a folder fontconfig reads."""
    from hotline.ui.app import linux_has_cjk_font

    share = tmp_path / "share"
    (share / "fonts" / "truetype" / "dejavu").mkdir(parents=True)
    (share / "fonts" / "truetype" / "dejavu" / "DejaVuSans.ttf").write_bytes(b"")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(share))
    assert not linux_has_cjk_font()
    noto = share / "fonts" / "opentype" / "noto"
    noto.mkdir(parents=True)
    (noto / "NotoSansCJK-Regular.ttc").write_bytes(b"")
    assert linux_has_cjk_font()
    (noto / "NotoSansCJK-Regular.ttc").unlink()
    own = tmp_path / "home" / ".fonts"
    own.mkdir(parents=True)
    (own / "wqy-microhei.ttc").write_bytes(b"")
    assert linux_has_cjk_font()
