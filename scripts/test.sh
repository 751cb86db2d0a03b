#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite. Set HOTLINE_TEST_PG to a PostgreSQL
# URL (e.g. postgresql://postgres@127.0.0.1:5432/hotline_test) to run every database
# test on PostgreSQL as well; without it the suite runs on SQLite and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
# the CUPS PDF queue of the print tests (they skip without it, and fail under CI=true)
bash scripts/printer.sh || echo "test: no CUPS PDF queue; the print tests will say so"
.venv/bin/lint-imports --config pyproject.toml
exec .venv/bin/python -m pytest "$@"
