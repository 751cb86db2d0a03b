"""Concurrent writers (DESIGN §3, §10): 8 processes × 300 calls at once, 10 % of the
transactions failing on purpose after their writes. Per-day ticket numbers must run
1..N with no gap and no duplicate, and nothing committed may be lost."""

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from hotline.storage import close_database, open_database
from hotline.models import AuditLog, Call, CallEvent, TicketCounter
from helpers import make_user

WORKERS = 8
CALLS = 300
FAIL_EVERY = 10  # 10 %
WORKER_SCRIPT = Path(__file__).resolve().parent.parent / "workers.py"


@pytest.mark.slow
def test_eight_processes_log_calls_at_once(db_url, tmp_path):
    open_database(db_url)
    duty = make_user("duty", "duty_officer")
    close_database()
    procs = []
    for w in range(WORKERS):
        out = tmp_path / f"worker{w}.json"
        procs.append((out, subprocess.Popen(
            [sys.executable, str(WORKER_SCRIPT), db_url,
             json.dumps([duty.id, duty.username, duty.display_name, duty.role]),
             str(CALLS), str(FAIL_EVERY), str(w), str(out)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    saved, failed = [], 0
    for out, proc in procs:
        stdout, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, stderr  # no "database is locked", no crash
        result = json.loads(out.read_text())
        saved += result["saved"]
        failed += result["failed"]
    assert failed == WORKERS * CALLS // FAIL_EVERY
    assert len(saved) == WORKERS * CALLS - failed

    open_database(db_url, migrate=False)
    numbers = [r.ticket_no for r in Call.select(Call.ticket_no)]
    assert sorted(numbers) == sorted(saved)  # nothing lost, nothing extra
    assert len(set(numbers)) == len(numbers)
    by_day = defaultdict(list)
    for n in numbers:
        day, seq = n.split("-")
        by_day[day].append(int(seq))
    assert len(by_day) == 2
    for day, seqs in by_day.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), day
        counter = TicketCounter.get(TicketCounter.day == f"{day[:4]}-{day[4:6]}-"
                                    f"{day[6:]}")
        assert counter.last == len(seqs)
    # each committed call has its event and its audit row; failed ones left none
    assert CallEvent.select().where(CallEvent.kind == "created").count() == len(saved)
    assert AuditLog.select().where(AuditLog.entity == "call").count() == len(saved)
