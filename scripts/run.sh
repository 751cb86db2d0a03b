#!/usr/bin/env bash
# Set up (if needed) and start Hotline Desk on the default SQLite database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/hotline init
exec .venv/bin/hotline "$@"
