"""import calls / export calls / report monthly --json as an operator types them."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hotline.services.indicators import KEYS

from helpers import run_hotline

ROOT = Path(__file__).resolve().parents[2]
LA = Path("/work/shared/data/real/la311_2017_dec.csv")
LA_MAPPING = ROOT / "hotline" / "resources" / "mappings" / "la311.json"


hotline = run_hotline


@pytest.mark.skipif(not LA.exists(), reason="real 311 data not present")
def test_import_report_export_round_trip(db_url, tmp_path):
    assert hotline("init", db_url=db_url).returncode == 0
    rejects = tmp_path / "rejects.csv"

    strict = hotline("import", "calls", str(LA), "--mapping", str(LA_MAPPING),
                     "--rejects", str(rejects), db_url=db_url)
    assert strict.returncode == 1
    assert "row 1015: closed before received" in strict.stderr
    assert "12 of 9999 rows are invalid; nothing was imported" in strict.stderr
    with open(rejects, encoding="utf-8-sig", newline="") as fh:
        listed = list(csv.DictReader(fh))
    assert len(listed) == 12 and listed[0]["row"] == "1015"
    assert listed[0]["SRNumber"] == "1-870332239"

    done = hotline("import", "calls", str(LA), "--mapping", str(LA_MAPPING),
                   "--skip-invalid", db_url=db_url)
    assert done.returncode == 0, done.stderr
    assert "9,999 rows read, 9,987 imported, 12 rejected, 0 already" in done.stdout
    assert done.stderr.count("closed before received") == 12
    again = hotline("import", "calls", str(LA), "--mapping", str(LA_MAPPING),
                    "--skip-invalid", db_url=db_url)
    assert "0 imported, 12 rejected, 9,987 already in the database" in again.stdout

    report = hotline("report", "monthly", "2017-12", "--json", db_url=db_url)
    assert report.returncode == 0, report.stderr
    data = json.loads(report.stdout)
    assert list(data) == ["month", *KEYS, "previous", "last_year"]
    assert list(data["previous"]) == list(KEYS)
    assert data["month"] == "2017-12" and data["calls_total"] == 9987
    assert data["previous"]["calls_total"] == 0

    # export the month, import it into an empty SQLite file: same indicators
    out = tmp_path / "dec.csv"
    exported = hotline("export", "calls", "--month", "2017-12", "-o", str(out),
                       db_url=db_url)
    assert exported.returncode == 0, exported.stderr
    assert "9,987 cases of 2017-12" in exported.stdout
    other = f"sqlite:///{tmp_path / 'other.db'}"
    hotline("init", db_url=other)
    back = hotline("import", "calls", str(out), db_url=other)
    assert back.returncode == 0, back.stderr
    assert "9,987 imported, 0 rejected" in back.stdout
    copy = json.loads(hotline("report", "monthly", "2017-12", "--json",
                              db_url=other).stdout)
    assert copy == data


def test_export_xlsx_and_usage_errors(db_url, tmp_path):
    hotline("init", db_url=db_url)
    xlsx = tmp_path / "m.xlsx"
    r = hotline("export", "calls", "--month", "2026-03", "-o", str(xlsx), db_url=db_url)
    assert r.returncode == 0 and xlsx.exists()
    r = hotline("export", "calls", "--month", "2026-03", "-o", str(tmp_path / "m.txt"),
                db_url=db_url)
    assert r.returncode == 2 and ".csv or .xlsx" in r.stderr
    r = hotline("report", "monthly", "2026-3x", "--json", db_url=db_url)
    assert r.returncode == 1 and "YYYY-MM" in r.stderr
    r = hotline("report", "monthly", "2026-03", db_url=db_url)
    assert r.returncode == 2  # --json is the only output for now
    src = tmp_path / "a.csv"
    src.write_text("x,y\n1,2\n", encoding="utf-8")
    r = hotline("import", "calls", str(src), "--mapping", str(tmp_path / "none.json"),
                db_url=db_url)
    assert r.returncode == 1 and "mapping: cannot be read" in r.stderr
    r = hotline("import", "calls", str(src), db_url=db_url)
    assert r.returncode == 1 and "not a Hotline Desk export" in r.stderr
