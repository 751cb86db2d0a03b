#!/usr/bin/env bash
# Build Hotline Desk as a one-folder bundle (PyInstaller) from this checkout, pack it
# as a tarball for Linux, and report its size and cold start next to the
# development install's.
#
#   installer/build.sh            -> dist/hotline-desk-VERSION-linux-ARCH.tar.gz
#                                    dist/build-report.md
#
# It needs nothing but a Debian/Ubuntu machine: scripts/setup.sh installs the system
# libraries (the bundle takes the Qt/X11 libraries it links from this machine) and
# compiles the translations; the bundle is built in a fresh virtualenv holding only
# the application, its dependencies and PyInstaller (build/installer/venv), so no
# test tool or stray package ends up inside. On Windows, see installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
ARCH=$(uname -m)
BUILD=$ROOT/build/installer
DIST=$ROOT/dist
NAME=hotline-desk-$VERSION
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-"pyinstaller>=6.10,<7"}
echo "build: Hotline Desk $VERSION for linux-$ARCH"

# the system side: Qt's libraries, the CJK font, binutils for PyInstaller; and the
# compiled translations (.qm, not in git)
bash scripts/setup.sh
if ! command -v objdump >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends binutils >/dev/null
fi

rm -rf "$BUILD/work" "$BUILD/dist" "$BUILD/stage"
mkdir -p "$BUILD" "$DIST"

# a clean environment: the application and its dependencies, nothing else
if [ ! -x "$BUILD/venv/bin/python" ]; then
  python3 -m venv "$BUILD/venv"
fi
VPY=$BUILD/venv/bin/python
"$VPY" -m pip install -q --disable-pip-version-check --upgrade pip
# the application from this checkout (not editable: the bundle must take the package
# as a wheel installs it, resources included)
"$VPY" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$ROOT"
"$VPY" -m pip install -q --disable-pip-version-check "$ROOT"
# the development install's size: this environment before PyInstaller goes in
DEV_SITE=$("$VPY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
DEV_BYTES=$(du -sb "$DEV_SITE" | cut -f1)
"$VPY" -m pip install -q --disable-pip-version-check "$PYINSTALLER_SPEC"

# the spec reads the package from site-packages (pathex is the checkout, but the
# installed copy is what `pip install .` gives; both are the same files)
(cd "$BUILD" && "$BUILD/venv/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/work" "$ROOT/installer/hotline.spec")
BUNDLE=$BUILD/dist/hotline-desk
test -x "$BUNDLE/hotline"

# the tarball: the bundle, the desktop entry and icon, the licences, a per-user
# installer script
STAGE=$BUILD/stage/$NAME
mkdir -p "$STAGE"
cp -a "$BUNDLE/." "$STAGE/"
cp installer/linux/hotline-desk.desktop installer/linux/install.sh "$STAGE/"
cp hotline/resources/icons/hotline.png "$STAGE/hotline-desk.png"
mkdir -p "$STAGE/licenses"
cp hotline/resources/fonts/LICENSE-wqy-microhei.txt "$STAGE/licenses/"
"$VPY" installer/licenses.py "$STAGE/licenses"
echo "$VERSION" > "$STAGE/VERSION"
chmod +x "$STAGE/install.sh"
TARBALL=$DIST/$NAME-linux-$ARCH.tar.gz
tar -C "$BUILD/stage" -czf "$TARBALL" "$NAME"
echo "build: $TARBALL"

# size and cold start, next to the development install
"$ROOT/.venv/bin/python" installer/measure.py --bundle "$BUNDLE" \
    --dev "$BUILD/venv/bin/hotline" --dev-bytes "$DEV_BYTES" --tarball "$TARBALL" \
    --version "$VERSION" --out "$DIST/build-report.md"
cat "$DIST/build-report.md"
