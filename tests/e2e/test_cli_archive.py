"""`hotline archive` as a secretary or a script runs it (subprocesses): a case's
archival and working copies, verification with its exit code, a month's batch
that a Ctrl-C stops cleanly, and the register."""

import datetime as dt
import os
import signal
import subprocess
import sys
import time

import pytest

from helpers import make_user, run_hotline


hotline = run_hotline


@pytest.fixture
def closed(db_url):
    """Cases answered on the call (closed when logged) in March 2026."""
    from hotline.services import calls
    from hotline.storage import close_database, open_database

    open_database(db_url)
    duty = make_user("duty", "duty_officer", "值班员")
    day = dt.datetime(2026, 3, 2, 10, 0)
    made = [calls.log_call(actor=duty, outcome="answered", phone=f"1380013800{i}",
                           caller_name="王五", subject=f"咨询欠薪投诉渠道{i}",
                           solution="已告知", received_at=day + dt.timedelta(hours=i))
            for i in range(6)]
    close_database()
    return made


def _closing_month(db_url) -> str:
    """The month the cases were closed in (answered on the call: closed when saved,
    by the services' clock)."""
    from hotline.models import Call
    from hotline.storage import close_database, open_database

    open_database(db_url)
    month = f"{Call.select().first().closed_at:%Y-%m}"
    close_database()
    return month


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_archive_a_case_then_verify_it_and_catch_one_changed_byte(closed, db_url,
                                                                  tmp_path):
    ticket = closed[0].ticket_no
    out = tmp_path / "case.pdf"
    result = hotline("archive", ticket, "-o", str(out), db_url=db_url)
    assert result.returncode == 0, result.stderr
    assert "X001-WS·2026-D30-RX-0001 version 1" in result.stdout
    assert "X001-WS·2026-D30-RX-0001" in _text(out)
    ok = hotline("archive", "verify", str(out), db_url=db_url)
    assert ok.returncode == 0 and "OK" in ok.stdout and "version 1" in ok.stdout

    data = bytearray(out.read_bytes())
    data[len(data) // 3] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    changed = hotline("archive", "verify", str(bad), db_url=db_url)
    assert changed.returncode == 1 and ("CHANGED" in changed.stdout
                                        or "NOT REGISTERED" in changed.stdout)

    working = tmp_path / "working.pdf"
    made = hotline("archive", ticket, "-o", str(working), "--copy", "working",
                   "--masked", db_url=db_url)
    assert made.returncode == 0, made.stderr
    text = _text(working)
    assert "138****8000" in text and "13800138000" not in text
    refused = hotline("archive", "verify", str(working), db_url=db_url)
    assert refused.returncode == 1 and "working copy" in refused.stdout

    missing = hotline("archive", "20990101-0001", "-o", str(tmp_path / "x.pdf"),
                      db_url=db_url)
    assert missing.returncode == 1 and "20990101-0001" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
    usage = hotline("archive", ticket, db_url=db_url)
    assert usage.returncode == 2 and "-o/--output" in usage.stderr


def test_a_months_batch_and_the_register(closed, db_url, tmp_path):
    month = _closing_month(db_url)
    folder = tmp_path / month
    result = hotline("archive", "--month", month, "-o", str(folder), db_url=db_url)
    assert result.returncode == 0, result.stderr
    assert "6 closed cases; 6 archived" in result.stdout
    names = sorted(p.name for p in folder.glob("*.pdf"))
    year = month[:4]
    assert names == [f"X001-WS·{year}-D30-RX-{i:04d}_v1.pdf" for i in range(1, 7)]
    again = hotline("archive", "--month", month, "-o", str(folder), db_url=db_url)
    assert "0 archived" in again.stdout and "6 archived already" in again.stdout

    register = tmp_path / "register.pdf"
    made = hotline("archive", "register", "--year", year, "-o", str(register),
                   db_url=db_url)
    assert made.returncode == 0 and "6 entries" in made.stdout
    text = _text(register)
    assert "归档文件目录" in text
    for case in closed:
        assert case.ticket_no in text
    bad = hotline("archive", "--month", "2026-13", "-o", str(folder), db_url=db_url)
    assert bad.returncode != 0 and "2026-13" in bad.stderr


def test_ctrl_c_stops_a_batch_between_cases(db_url, tmp_path):
    """Ctrl-C during a month's batch finishes the case in hand and stops: every
    file written is registered, and the next run goes on from there."""
    from hotline.services import calls
    from hotline.storage import close_database, open_database

    open_database(db_url)
    duty = make_user("duty", "duty_officer", "值班员")
    day = dt.datetime(2026, 4, 1, 9, 0)
    for i in range(120):
        calls.log_call(actor=duty, outcome="answered", subject=f"咨询{i}",
                       solution="已答复", received_at=day + dt.timedelta(minutes=i))
    close_database()
    month = _closing_month(db_url)
    folder = tmp_path / "out"
    env = dict(os.environ)
    env.pop("HOTLINE_DB", None)
    proc = subprocess.Popen([sys.executable, "-m", "hotline", "--db", db_url, "archive",
                             "--month", month, "-o", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(folder.glob("*.pdf"))) < 3 \
            and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, (out, err)
    assert "stopped after" in out
    written = sorted(folder.glob("*.pdf"))
    assert 3 <= len(written) < 120
    assert not list(folder.glob(".hotline-*"))  # no half-written file left
    for pdf in written:
        check = hotline("archive", "verify", str(pdf), db_url=db_url)
        assert check.returncode == 0, check.stdout
    rest = hotline("archive", "--month", month, "-o", str(folder), db_url=db_url)
    assert rest.returncode == 0
    assert f"{len(written)} archived already" in rest.stdout
    assert len(list(folder.glob("*.pdf"))) == 120
