#!/bin/sh
# Install Hotline Desk for the current user from the unpacked tarball:
#   ~/.local/opt/hotline-desk/        the application (this folder's contents)
#   ~/.local/bin/hotline              the command line (and the app without a command)
#   the menu entry and its icon under ~/.local/share
# For every user of the machine, run it as root with PREFIX=/opt/hotline-desk
# BIN=/usr/local/bin SHARE=/usr/local/share. The data (the database, backups,
# drafts) stays in each user's ~/.local/share/HotlineDesk and is never touched here.
#   ./install.sh            install (again: replaces the application, keeps the data)
#   ./install.sh --remove   remove the application, the links and the menu entry
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local/opt/hotline-desk}
BIN=${BIN:-$HOME/.local/bin}
SHARE=${SHARE:-${XDG_DATA_HOME:-$HOME/.local/share}}

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$PREFIX"
  rm -f "$BIN/hotline" "$SHARE/applications/hotline-desk.desktop" \
        "$SHARE/icons/hicolor/256x256/apps/hotline-desk.png"
  echo "Hotline Desk removed (the data in ~/.local/share/HotlineDesk is kept)."
  exit 0
fi

if [ "$HERE" != "$PREFIX" ]; then
  rm -rf "$PREFIX.new"
  mkdir -p "$(dirname "$PREFIX")"
  cp -a "$HERE" "$PREFIX.new"
  rm -rf "$PREFIX"
  mv "$PREFIX.new" "$PREFIX"
fi
mkdir -p "$BIN" "$SHARE/applications" "$SHARE/icons/hicolor/256x256/apps"
ln -sf "$PREFIX/hotline" "$BIN/hotline"
cp "$PREFIX/hotline-desk.png" "$SHARE/icons/hicolor/256x256/apps/hotline-desk.png"
sed "s|^Exec=.*|Exec=$PREFIX/hotline|" "$PREFIX/hotline-desk.desktop" \
  > "$SHARE/applications/hotline-desk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && \
  update-desktop-database -q "$SHARE/applications" || true
echo "Hotline Desk $(cat "$PREFIX/VERSION") installed in $PREFIX."
echo "Start it from the menu (热线服务台) or with: $BIN/hotline"
