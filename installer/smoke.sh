#!/usr/bin/env bash
# Start the bundle on a bare Debian 12 (bookworm): a fresh debootstrap root holding
# only the base system and the libraries every Linux desktop already has
# (DESKTOP_LIBS below), nothing of Python, Qt or a CJK font. In it, as an ordinary
# user: `hotline init`, a demo of 1,000 calls, `report monthly --json`, a case
# archive PDF (checked: fonts embedded, the ticket number read back), then the
# desktop app on a virtual X screen: the first-run window of a new database is
# photographed (docs/screenshots/zh_CN-28-bundle-first-run.png), and the sign-in window of
# the demo database is timed until "Sign in" works.
#
#   installer/build.sh && installer/smoke.sh [TARBALL]
#
# Needs root (debootstrap, chroot, bind mounts) and the network to Debian's mirror;
# installs debootstrap, Xvfb, ImageMagick and poppler-utils on this machine if
# missing. The base root is kept in build/installer/bookworm-base-*.tar.gz for the
# next run (delete it to start from the mirror again).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

# what a Debian 12 desktop (GNOME, KDE or Xfce) has installed in any case: OpenGL/EGL,
# fontconfig and FreeType, X11/xcb and xkbcommon, GLib, D-Bus, the Wayland client
# libraries (GNOME's default session is Wayland), a Latin font. The bundle carries
# every other library it needs (Qt, the xcb utility libraries, ICU, OpenSSL,
# SQLite, Python...), and the CJK font is in the application
DESKTOP_LIBS=libgl1,libegl1,libfontconfig1,libfreetype6,libx11-6,libx11-xcb1,libxcb1,libxkbcommon0,libxkbcommon-x11-0,libglib2.0-0,libdbus-1-3,libwayland-client0,libwayland-cursor0,libwayland-egl1,fonts-dejavu-core
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
BUILD=$ROOT/build/installer
CHROOT=$BUILD/smoke-root
BASE=$BUILD/bookworm-base-$(echo "$DESKTOP_LIBS" | md5sum | cut -c1-8).tar.gz
SHOT=$ROOT/docs/screenshots/zh_CN-28-bundle-first-run.png
TARBALL=${1:-$(ls -t "$ROOT"/dist/hotline-desk-*-linux-"$(uname -m)".tar.gz 2>/dev/null | head -n1)}
[ -n "$TARBALL" ] && [ -f "$TARBALL" ] || { echo "smoke: no tarball; run installer/build.sh first" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "smoke: needs root (debootstrap, chroot)" >&2; exit 2; }

need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v import >/dev/null || need+=(imagemagick)
command -v pdffonts >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
    --no-install-recommends "${need[@]}" >/dev/null
fi

XVFB_PID=""
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  for m in tmp/.X11-unix dev/pts dev proc; do
    mountpoint -q "$CHROOT/$m" && umount -l "$CHROOT/$m" || true
  done
}
trap cleanup EXIT
cleanup
rm -rf "$CHROOT"
mkdir -p "$CHROOT"
if [ -f "$BASE" ]; then
  echo "smoke: bare Debian 12 from $BASE"
  tar -C "$CHROOT" -xzf "$BASE"
else
  echo "smoke: debootstrap bookworm (minbase + $DESKTOP_LIBS) from $MIRROR"
  debootstrap --variant=minbase --include="$DESKTOP_LIBS" bookworm "$CHROOT" "$MIRROR" \
    > "$BUILD/debootstrap.log" 2>&1 || { tail -20 "$BUILD/debootstrap.log"; exit 1; }
  rm -rf "$CHROOT"/var/cache/apt/archives/*.deb
  tar -C "$CHROOT" -czf "$BASE.part" . && mv "$BASE.part" "$BASE"
fi
# what the root holds: no Python, no Qt, no CJK font
for absent in usr/bin/python3 usr/lib/x86_64-linux-gnu/libQt6Core.so.6; do
  [ ! -e "$CHROOT/$absent" ] || { echo "smoke: the bare root has /$absent" >&2; exit 1; }
done
if chroot "$CHROOT" fc-list 2>/dev/null | grep -qiE "cjk|wqy|wenquanyi|noto sans sc|droid sans fallback"; then
  echo "smoke: the bare root has a CJK font" >&2; exit 1
fi

mkdir -p "$CHROOT/opt"
tar -C "$CHROOT/opt" -xzf "$TARBALL"
APP_DIR=$(tar -tzf "$TARBALL" | awk -F/ 'NR == 1 { print $1 }')
APP=/opt/$APP_DIR/hotline
chroot "$CHROOT" useradd -m -s /bin/sh desk
mount -t proc proc "$CHROOT/proc"
mount --bind /dev "$CHROOT/dev"
mount --bind /dev/pts "$CHROOT/dev/pts"
mkdir -p "$CHROOT/tmp/.X11-unix"
chmod 1777 "$CHROOT/tmp" "$CHROOT/tmp/.X11-unix"

# every library the bundle's binaries link, found in the bundle or the bare root (the
# bootloader puts _internal on the library path; Qt's libraries find each other by
# their RUNPATH)
missing=$(chroot "$CHROOT" env LD_LIBRARY_PATH="/opt/$APP_DIR/_internal" sh -c \
  "find /opt/$APP_DIR -name '*.so*' -type f -exec ldd {} + 2>/dev/null" \
  | grep -E "^/|not found" | awk '/^\// { f = $1 } /not found/ { print f, $1 }' | sort -u || true)
if [ -n "$missing" ]; then
  echo "smoke: libraries the bundle links but neither it nor the bare root has:" >&2
  echo "$missing" >&2
  exit 1
fi
echo "smoke: every library of the bundle resolves in the bare root"

as_desk() {  # run a command in the root as the ordinary user "desk"
  chroot --userspec=desk:desk "$CHROOT" env -i HOME=/home/desk PATH=/usr/bin:/bin \
    LANG=C.UTF-8 "$@"
}
DB=sqlite:////home/desk/center.db
as_desk "$APP" --version
as_desk "$APP" --db "$DB" init
as_desk "$APP" --db "$DB" demo --calls 1000 --months 2 --seed 12 | tail -n 3
MONTH=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m)
as_desk "$APP" --db "$DB" report monthly "$MONTH" --json > "$BUILD/smoke-monthly.json"
python3 - "$BUILD/smoke-monthly.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
assert report["calls_total"] > 0 and report["month"], report
print("smoke: report monthly --json:", ", ".join(f"{k}={report[k]}" for k in
      ("month", "calls_total", "calls_valid", "by_channel")))
PY
TICKET=$(python3 - "$CHROOT/home/desk/center.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(db.execute("SELECT ticket_no FROM call WHERE status = 'closed' "
                 "ORDER BY ticket_no LIMIT 1").fetchone()[0])
PY
)
as_desk "$APP" --db "$DB" archive "$TICKET" -o /home/desk/case.pdf
PDF=$CHROOT/home/desk/case.pdf
pdffonts "$PDF" | tail -n +3 | awk '$(NF-4) != "yes" { bad = 1 } END { exit bad }' \
  || { echo "smoke: a font is not embedded in the case archive" >&2; pdffonts "$PDF"; exit 1; }
pdftotext "$PDF" - | grep -q "$TICKET" || { echo "smoke: $TICKET not in the case PDF" >&2; exit 1; }
pdftotext "$PDF" - | grep -q "热线" || { echo "smoke: no Chinese text in the case PDF" >&2; exit 1; }
as_desk "$APP" --db "$DB" archive verify /home/desk/case.pdf
echo "smoke: case archive $TICKET: fonts embedded, text read back, verified"

# the desktop app on a virtual screen (X server on this machine, its socket shared)
DISPLAY_NO=97
while [ -e "/tmp/.X11-unix/X$DISPLAY_NO" ]; do DISPLAY_NO=$((DISPLAY_NO + 1)); done
Xvfb ":$DISPLAY_NO" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$DISPLAY_NO" ] && break; sleep 0.1; done
mount --bind /tmp/.X11-unix "$CHROOT/tmp/.X11-unix"
gui() {
  chroot --userspec=desk:desk "$CHROOT" env -i HOME=/home/desk PATH=/usr/bin:/bin \
    LANG=zh_CN.UTF-8 DISPLAY=":$DISPLAY_NO" QT_QPA_PLATFORM=xcb "$@"
}
# the sign-in window of the demo database, until "Sign in" works
START=$(date +%s.%N)
probe=$(HOTLINE_STARTUP_PROBE=1 timeout 60 chroot --userspec=desk:desk "$CHROOT" env -i \
  HOME=/home/desk PATH=/usr/bin:/bin LANG=zh_CN.UTF-8 DISPLAY=":$DISPLAY_NO" \
  QT_QPA_PLATFORM=xcb HOTLINE_STARTUP_PROBE=1 "$APP" --db "$DB" 2>"$BUILD/smoke-gui.err" || true)
END=$(date +%s.%N)
echo "$probe" | grep -q "^shown LoginDialog" && echo "$probe" | grep -q "^ready" \
  || { echo "smoke: the app did not reach a working sign-in window on X11:" >&2;
       echo "$probe"; cat "$BUILD/smoke-gui.err" >&2; exit 1; }
printf 'smoke: sign-in window on X11 usable after %.2f s\n' "$(echo "$END - $START" | bc 2>/dev/null || python3 -c "print($END - $START)")"

# a new database: the first-run window, photographed after a few seconds
gui "$APP" --db sqlite:////home/desk/new-center.db >"$BUILD/smoke-first-run.log" 2>&1 &
GUI_PID=$!
sleep "${SMOKE_GUI_SECONDS:-6}"
kill -0 "$GUI_PID" 2>/dev/null || { echo "smoke: the app exited early:" >&2;
  cat "$BUILD/smoke-first-run.log" >&2; exit 1; }
mkdir -p "$(dirname "$SHOT")"
DISPLAY=":$DISPLAY_NO" import -window root "$SHOT"
kill "$GUI_PID" 2>/dev/null || true
wait "$GUI_PID" 2>/dev/null || true
# not a blank screen: the window is there (Xvfb's root is black)
python3 - "$SHOT" <<'PY'
import subprocess, sys
mean = float(subprocess.run(["convert", sys.argv[1], "-colorspace", "Gray", "-format",
                             "%[fx:mean]", "info:"], capture_output=True, text=True,
                            check=True).stdout)
assert mean > 0.05, f"the screenshot is blank (mean grey {mean:.3f})"
print(f"smoke: first-run window photographed (mean grey {mean:.2f})")
PY
echo "smoke: passed ($SHOT)"
