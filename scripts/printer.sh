#!/usr/bin/env bash
# A real printer for the print tests (and by hand): start the CUPS scheduler if it
# is not running and add the queue "PDF" (cups-pdf: every job becomes a PDF file,
# in ~/PDF of the user who printed, see /etc/cups/cups-pdf.conf "Out"). Needs the
# packages cups and printer-driver-cups-pdf (scripts/setup.sh installs them).
# Works as root and as a normal user with sudo. Safe to run again.
set -euo pipefail
QUEUE=${HOTLINE_PRINTER:-PDF}

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

for tool in cupsd lpadmin lpstat lpinfo; do
  if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
    echo "printer: $tool is missing (apt-get install cups printer-driver-cups-pdf," \
         "or run scripts/setup.sh)" >&2
    exit 1
  fi
done
export PATH="$PATH:/usr/sbin:/sbin"

running() { lpstat -r 2>/dev/null | grep -q "is running"; }

if ! running; then
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    $SUDO systemctl start cups || true
  fi
  if ! running; then
    $SUDO mkdir -p /run/cups
    $SUDO cupsd  # forks into the background
  fi
  for _ in $(seq 1 50); do running && break; sleep 0.2; done
  if ! running; then
    echo "printer: the CUPS scheduler (cupsd) does not start" >&2
    exit 1
  fi
fi

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
  # the cups-pdf driver as CUPS lists it (lsb/usr/cups-pdf/CUPS-PDF_opt.ppd on Debian)
  ppd=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF_opt\.ppd/ {print $1; exit}')
  if [ -z "$ppd" ]; then
    ppd=$(lpinfo -m 2>/dev/null | awk 'tolower($0) ~ /cups-pdf/ {print $1; exit}')
  fi
  if [ -z "$ppd" ]; then
    echo "printer: CUPS lists no cups-pdf driver (is printer-driver-cups-pdf" \
         "installed? lpinfo -m | grep -i pdf)" >&2
    exit 1
  fi
  $SUDO lpadmin -p "$QUEUE" -v cups-pdf:/ -E -m "$ppd"
fi
$SUDO cupsenable "$QUEUE" 2>/dev/null || true
$SUDO cupsaccept "$QUEUE" 2>/dev/null || true

if ! lpstat -p "$QUEUE" 2>/dev/null | grep -q "enabled"; then
  echo "printer: the queue $QUEUE is not enabled" >&2
  exit 1
fi
echo "printer: queue $QUEUE ready ($(lpstat -v "$QUEUE" 2>/dev/null))"
