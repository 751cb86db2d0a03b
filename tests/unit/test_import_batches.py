"""Imports commit in batches (issue 7 point 5): no other writer waits more than
~2 s during a 100,000-row import, the result is complete and numbered without
gaps, and an import that fails or dies part-way leaves nothing (before its commit
point) or is finished (after it), never half an import or a hole in the numbers."""

import csv
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from peewee import OperationalError

from hotline.models import (AuditLog, Call, CallEvent, Caller, Category, ImportRow,
                            ImportRun, TicketCounter)
from hotline.services import importer
from hotline.services.base import Actor
from hotline.services.errors import DatabaseUnavailable
from hotline.storage import close_database, open_database
from helpers import make_user

WORKER = Path(__file__).resolve().parent.parent / "race_workers.py"
HEADER = ["external_ref", "received_at", "channel", "phone", "caller_name", "category",
          "subcategory", "priority", "subject", "outcome", "status", "resolved_at",
          "closed_at"]
CATEGORIES = [("劳动争议", "欠薪"), ("婚姻家庭", "离婚"), ("消费维权", "退货"),
              ("邻里纠纷", "")]


def write_calls(path: Path, n: int, *, today_every: int = 0, prefix="IMP") -> Path:
    """A canonical CSV of n calls over ~300 past days; every `today_every`-th on
    today's date (so the import shares today's counter with live saves)."""
    today = dt.datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
    start = today - dt.timedelta(days=300)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i in range(n):
            if today_every and i % today_every == 0:
                received = today + dt.timedelta(seconds=i % 3600)
            else:
                received = start + dt.timedelta(minutes=3 * i % (299 * 24 * 60))
            top, sub = CATEGORIES[i % len(CATEGORIES)]
            closed = received + dt.timedelta(hours=2)
            open_case = i % 5 == 0
            w.writerow([f"{prefix}-{i:06d}", received.isoformat(sep=" "), "phone",
                        f"1390{i % 20000:07d}", "" if i % 7 else f"来电人{i % 20000}",
                        top, sub, "normal", f"导入的来电 {i}", "transferred",
                        "in_progress" if open_case else "closed",
                        "" if open_case else closed.isoformat(sep=" "),
                        "" if open_case else closed.isoformat(sep=" ")])
    return path


def assert_gapless() -> dict:
    by_day = defaultdict(list)
    for (ticket,) in Call.select(Call.ticket_no).tuples():
        day, seq = ticket.split("-")
        by_day[day].append(int(seq))
    for day, seqs in by_day.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), day
        counter = TicketCounter.get(TicketCounter.day == dt.date(
            int(day[:4]), int(day[4:6]), int(day[6:])))
        assert counter.last == len(seqs), day
    return by_day


def assert_nothing_left(before_categories: int = 0) -> None:
    assert Call.select().count() == 0
    assert CallEvent.select().count() == 0
    assert ImportRow.select().count() == 0 and ImportRun.select().count() == 0
    assert TicketCounter.select().count() == 0
    assert Caller.select().count() == 0
    assert Category.select().count() == before_categories
    assert not AuditLog.select().where(AuditLog.entity == "import").exists()


def test_a_failure_while_staging_leaves_nothing(database, actors, tmp_path,
                                                monkeypatch):
    src = write_calls(tmp_path / "calls.csv", 3000)
    monkeypatch.setattr(importer, "STAGE_BATCH", 500)
    real = importer.insert_rows
    batches = []

    def failing(model, rows, *args, **kwargs):
        if model is ImportRow:
            batches.append(len(rows))
            if len(batches) == 4:  # three batches committed, the fourth fails
                raise OperationalError("disk I/O error")
        return real(model, rows, *args, **kwargs)

    monkeypatch.setattr(importer, "insert_rows", failing)
    with pytest.raises(DatabaseUnavailable):
        importer.import_calls(actor=actors["director"], path=src)
    assert batches == [500] * 4
    assert_nothing_left()


def test_a_failure_while_moving_is_finished_by_the_next_import(database, actors,
                                                                tmp_path, monkeypatch):
    src = write_calls(tmp_path / "calls.csv", 3000)
    monkeypatch.setattr(importer, "MOVE_BATCH", 400)
    monkeypatch.setattr(importer, "MIN_PAUSE", 0)
    real = importer._insert_batch
    batches = []

    def failing(rows, *args, **kwargs):
        batches.append(len(rows))
        if len(batches) == 3:
            raise OperationalError("database or disk is full")
        return real(rows, *args, **kwargs)

    monkeypatch.setattr(importer, "_insert_batch", failing)
    with pytest.raises(importer.ImportInterrupted) as err:
        importer.import_calls(actor=actors["director"], path=src)
    assert err.value.params == {"imported": 800, "total": 3000}
    assert Call.select().count() == 800  # two batches in, the rest kept staged
    monkeypatch.setattr(importer, "_insert_batch", real)
    # the next import (here: of another file) finishes it first
    other = write_calls(tmp_path / "other.csv", 10, prefix="OTHER")
    result = importer.import_calls(actor=actors["director"], path=other)
    assert result.imported == 10
    assert Call.select().count() == 3010
    assert ImportRow.select().count() == 0 and ImportRun.select().count() == 0
    assert_gapless()
    rows = [json.loads(a.new) for a in AuditLog.select()
            .where(AuditLog.entity == "import").order_by(AuditLog.id)]
    assert [r["rows_imported"] for r in rows] == [3000, 10]
    assert rows[0]["first_ticket"] == Call.get(Call.external_ref == "IMP-000000").ticket_no
    assert rows[0]["last_ticket"] == Call.get(Call.external_ref == "IMP-002999").ticket_no


def _kill_when(url, src, tmp_path, ready) -> None:
    out = tmp_path / "child.json"
    proc = subprocess.Popen([sys.executable, str(WORKER), "import_file", url,
                             str(src), "0.05", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    try:
        while time.time() < deadline:
            run = ImportRun.select().first()
            if run is not None and ready(run):
                break
            assert proc.poll() is None, proc.communicate()[1]
            time.sleep(0.02)
        else:
            pytest.fail("the import never reached the wanted phase")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()


@pytest.mark.slow
def test_an_import_killed_while_staging_is_undone_at_the_next_start(db_url, tmp_path):
    open_database(db_url)
    src = write_calls(tmp_path / "calls.csv", 2000)
    _kill_when(db_url, src, tmp_path,
               lambda run: run.state == "staging" and ImportRow.select().count() > 0)
    assert Call.select().count() == 0 and ImportRow.select().count() > 0
    assert [state for _, state in importer.recover_unfinished_imports()] == ["undone"]
    assert_nothing_left()


@pytest.mark.slow
def test_an_import_killed_while_moving_is_finished_at_the_next_start(db_url, tmp_path):
    open_database(db_url)
    src = write_calls(tmp_path / "calls.csv", 2000, today_every=3)
    _kill_when(db_url, src, tmp_path,
               lambda run: run.state == "moving" and run.rows_imported > 0)
    partial = Call.select().count()
    assert 0 < partial < 2000
    assert [state for _, state in importer.recover_unfinished_imports()] == \
        ["finished"]
    assert Call.select().count() == 2000
    assert ImportRow.select().count() == 0 and ImportRun.select().count() == 0
    assert_gapless()
    (audit,) = AuditLog.select().where(AuditLog.entity == "import")
    assert json.loads(audit.new)["rows_imported"] == 2000


ROWS = 100_000


@pytest.mark.slow
def test_a_large_import_never_makes_a_save_wait_two_seconds(db_url, tmp_path):
    open_database(db_url)
    duty = make_user("duty", "duty_officer")
    src = write_calls(tmp_path / "big.csv", ROWS, today_every=50)
    close_database()
    stop, out = tmp_path / "stop", tmp_path / "saves.json"
    logger = subprocess.Popen(
        [sys.executable, str(WORKER), "log_until", db_url,
         json.dumps([duty.id, duty.username, duty.display_name, duty.role]),
         str(stop), str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    try:
        deadline = time.time() + 60
        while not Path(str(out) + ".ready").exists():
            assert logger.poll() is None, logger.communicate()[1]
            assert time.time() < deadline
            time.sleep(0.05)
        open_database(db_url, migrate=False)
        result = importer.import_calls(actor=Actor.system("test"), path=src)
        time.sleep(1.0)  # a few saves after the import as well
    finally:
        stop.write_text("stop")
        _, stderr = logger.communicate(timeout=120)
    assert logger.returncode == 0, stderr
    saves = json.loads(out.read_text())
    assert saves["errors"] == []
    assert len(saves["times"]) > 50  # it really saved throughout the import
    print(f"\n{len(saves['times'])} saves during the import, slowest "
          f"{max(saves['times']):.3f} s")
    assert max(saves["times"]) < 2.0, sorted(saves["times"])[-5:]
    assert result.imported == ROWS and result.rejected == []
    assert result.first_ticket == Call.get(Call.external_ref == "IMP-000000").ticket_no
    assert result.last_ticket == Call.get(Call.external_ref == f"IMP-{ROWS - 1:06d}"
                                          ).ticket_no
    assert Call.select().where(Call.external_ref.is_null(False)).count() == ROWS
    assert Call.select().count() == ROWS + len(saves["tickets"])
    by_day = assert_gapless()
    # the day the import's "today" rows went to (IMP-000000 is one of them) and the
    # days of the live saves: the same day, unless the run crossed midnight (CI did)
    days = {result.first_ticket[:8]} | {ticket[:8] for ticket in saves["tickets"]}
    assert sum(len(by_day[day]) for day in days) == ROWS // 50 + len(saves["tickets"])
    assert ImportRow.select().count() == 0 and ImportRun.select().count() == 0
