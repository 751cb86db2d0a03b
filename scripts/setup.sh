#!/usr/bin/env bash
# Set up Hotline Desk on Debian/Ubuntu: system libraries for Qt, a CJK font, the
# PostgreSQL client tools (pg_dump for backups), a virtualenv with the app and its
# test tools, and the compiled translations. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3 python3-venv python3-pip
  # Qt 6 (PySide6) runtime: offscreen and a real X11 window
  libgl1 libegl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0
  libxcb-xkb1 libx11-xcb1 libxrender1 libxi6 libsm6 libice6
  # Chinese text in the UI and in PDFs
  fonts-wqy-microhei fontconfig
  # pg_dump / pg_restore for backups of a PostgreSQL server
  postgresql-client
  # PDF checks in the tests (pdftotext, pdffonts)
  poppler-utils
  # a real printer for the print tests: CUPS with a PDF queue (scripts/printer.sh)
  cups printer-driver-cups-pdf
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"

# Compile the Qt Linguist translations (.ts -> .qm) if there are any.
shopt -s nullglob
for ts in hotline/resources/translations/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
echo "setup: done (.venv ready)"
