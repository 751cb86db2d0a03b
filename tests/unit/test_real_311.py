"""Real city 311 data (/work/shared/data/real): both files import with the shipped
mappings, the dirty rows are rejected and listed, and a month's indicators equal an
independent computation in plain Python over the CSV (not the engine)."""

import csv
import datetime as dt
import json
import statistics
from pathlib import Path

import pytest

from hotline.models import Call, Category
from hotline.services import importer, indicators

ROOT = Path(__file__).resolve().parents[2]
DATA = Path("/work/shared/data/real")
FMT = "%m/%d/%Y %I:%M:%S %p"

# file, mapping, case column, opened, closed, category, source, status, month
FILES = {
    "sf311": ("sf311_sample.csv", "CaseID", "Opened", "Closed", "Category", "Source",
              "Status", "2016-01"),
    "la311": ("la311_2017_dec.csv", "SRNumber", "CreatedDate", "ClosedDate",
              "RequestType", "RequestSource", "Status", "2017-12"),
}

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="real 311 data not present")


def read_csv(name):
    with open(DATA / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def month_bounds(month):
    start = dt.datetime.strptime(month, "%Y-%m")
    end = (start + dt.timedelta(days=32)).replace(day=1)
    return start, end


def stats(values):
    if not values:
        return {"mean": None, "median": None, "p90": None}
    values = sorted(values)
    if len(values) == 1:
        return {"mean": values[0], "median": values[0], "p90": values[0]}
    deciles = statistics.quantiles(values, n=10, method="inclusive")
    return {"mean": statistics.fmean(values),
            "median": statistics.median(values), "p90": deciles[8]}


def expected(key, month):
    """The month's figures from the CSV alone, following the mapping's meaning:
    every request is a dispatched ticket (outcome transferred, priority normal),
    'Open' is in progress, every other status closed at the closed time."""
    name, ref, opened, closed, category, source, status, _ = FILES[key]
    mapping = json.loads((ROOT / "hotline" / "resources" / "mappings" / f"{key}.json")
                         .read_text(encoding="utf-8"))
    channels = mapping["values"]["channel"]
    rows = read_csv(name)
    good, bad_rows = [], []
    for number, r in enumerate(rows, start=2):
        o = dt.datetime.strptime(r[opened], FMT)
        c = dt.datetime.strptime(r[closed], FMT) if r[closed] else None
        if c is not None and c < o:
            bad_rows.append(number)
        else:
            good.append((o, c, r))
    start, end = month_bounds(month)
    inside = [(o, c, r) for o, c, r in good if start <= o < end]
    resolved = [(c - o).total_seconds() / 3600 for o, c, _ in good
                if c is not None and start <= c < end]
    closed_in = len(resolved)  # closed_at = resolved_at in both mappings

    def count(values):
        out = {}
        for v in values:
            out[v] = out.get(v, 0) + 1
        return out

    n = len(inside)
    figures = {
        "calls_total": n, "calls_valid": n,
        "by_channel": count(channels[r[source]] for _, _, r in inside),
        "by_category": count(r[category] for _, _, r in inside),
        "by_priority": {"normal": n} if n else {},
        "by_outcome": {"transferred": n} if n else {},
        "by_status": count("in_progress" if r[status] == "Open" else "closed"
                           for _, _, r in inside),
        "direct_answer_rate": 0.0 if n else None,
        "tickets_dispatched": n,
        "resolved": len(resolved),
        "resolution_hours": stats(resolved),
        "first_response_minutes": stats([]),
        "on_time_resolution_rate": None, "first_response_sla_rate": None,
        "fcr_rate": 0.0 if n else None,
        "reopen_rate": 0.0 if resolved else None,
        "callback_rate": 0.0 if closed_in else None,
        "survey_participation_rate": 0.0 if n else None,
        "satisfaction_rate": None, "satisfaction_mean": None,
        "qa_rate": 0.0 if n else None, "qa_mean": None,
        "qa_vetoes": 0, "rectification_closure_rate": None,  # nobody reviewed them
        "agents": [],
    }
    return figures, bad_rows, len(rows)


def assert_figures(actual, wanted, where):
    assert set(actual) == set(wanted), where
    for key, value in wanted.items():
        if isinstance(value, dict) and key.endswith(("hours", "minutes")):
            for k, v in value.items():
                if v is None:
                    assert actual[key][k] is None, (where, key, k)
                else:
                    assert actual[key][k] == pytest.approx(v, abs=1e-5), \
                        (where, key, k)
        else:
            assert actual[key] == value, (where, key)


@pytest.mark.parametrize("key", sorted(FILES))
def test_real_file_imports_and_indicators_match_the_csv(database, actors, key):
    name, _, _, _, _, _, _, month = FILES[key]
    mapping = ROOT / "hotline" / "resources" / "mappings" / f"{key}.json"
    want, bad_rows, total = expected(key, month)
    previous = indicators.previous_month(month)
    want_prev, _, _ = expected(key, previous)

    # Without --skip-invalid nothing goes in, and every dirty row is named.
    with pytest.raises(importer.ImportRejected) as err:
        importer.import_calls(actor=actors["admin"], path=DATA / name, mapping=mapping)
    assert [r.row for r in err.value.rejects] == bad_rows
    assert Call.select().count() == 0

    result = importer.import_calls(actor=actors["admin"], path=DATA / name,
                                   mapping=mapping, skip_invalid=True)
    assert result.rows_read == total
    assert [r.row for r in result.rejected] == bad_rows
    assert all(r.reason.startswith("closed before received") for r in result.rejected)
    assert result.imported == total - len(bad_rows) == Call.select().count()
    assert Category.select().where(Category.parent.is_null()).count() == \
        len({r[FILES[key][4]] for r in read_csv(name)})

    report = indicators.monthly(actor=actors["secretary"], month=month)
    assert report["month"] == month
    assert_figures({k: report[k] for k in indicators.KEYS}, want, month)
    assert_figures(report["previous"], want_prev, previous)

    again = importer.import_calls(actor=actors["admin"], path=DATA / name,
                                  mapping=mapping, skip_invalid=True)
    assert (again.imported, again.skipped_existing) == (0, result.imported)


def test_expected_dirt_in_the_files():
    """What the README promises about the files, checked on the CSV itself."""
    _, sf_bad, sf_total = expected("sf311", "2016-01")
    _, la_bad, la_total = expected("la311", "2017-12")
    assert (sf_total, len(sf_bad)) == (10_000, 129)
    assert (la_total, len(la_bad)) == (9_999, 12)
