"""The documents of DESIGN §8: the monthly report PDF, one case archive, a month's
archiving batch.

- Monthly report PDF of the busiest month (about 30,000 calls at 1,000,000):
  `monthly_report.write_monthly_pdf`, every section and chart, written to a file.
  Baseline: `indicators.monthly` alone (the figures the report is made of), so the
  row shows what gathering the rest and drawing the pages add. Budget ≤ 5 s.
- One case archive: `archives.archive_case` of a closed case (read, build the PDF,
  hash, register the version with its event, print-log and audit rows, move the
  file into place), median over distinct cases. Baseline: reportlab alone building
  the same document from values prepared in advance (no database, no hash, no
  register). Budget ≤ 100 ms.
- A month's batch: `archives.archive_month` over the closed cases of the busiest
  month (regenerating, so every case is built and registered), stopped after BATCH
  cases (its cancel path); the row gives cases per second and the time the whole
  month would take at that rate.
"""

from __future__ import annotations

import statistics
import time

from . import BenchContext, Measurement, judge

REPORT_BUDGET_S = 5.0
CASE_BUDGET_MS = 100.0
CASES = 15  # distinct cases archived one by one
BATCH = 150  # cases of the month's batch measured


def _closed_cases(month: str, limit: int, offset: int = 0) -> list[int]:
    from ..models import Archive, Call
    from ..services.exporter import month_range

    start, end = month_range(month)
    archived = Archive.select(Archive.call)
    return [cid for (cid,) in Call.select(Call.id).where(
        (Call.closed_at >= start) & (Call.closed_at < end) & (Call.status == "closed")
        & ~(Call.id.in_(archived))).order_by(Call.id).offset(offset).limit(limit)
        .tuples()]


def run(ctx: BenchContext) -> list[Measurement]:
    from ..models import Call
    from ..reports import case_file
    from ..services import archives, clock, indicators
    from ..services.base import Actor
    from ..services.monthly_report import write_monthly_pdf
    from .indicators import _busiest_month

    actor = Actor.system("bench")
    month, n = _busiest_month()
    folder = ctx.workdir / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Measurement] = []

    # ---- the monthly report
    pdf = folder / f"monthly-{month}.pdf"
    write_monthly_pdf(actor=actor, month=month, target=pdf)  # warm-up
    report_s, base_s = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        pages = write_monthly_pdf(actor=actor, month=month, target=pdf)
        report_s.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        indicators.monthly(actor=actor, month=month)
        base_s.append(time.perf_counter() - t0)
    report, base = statistics.median(report_s), statistics.median(base_s)
    budget, ok = judge(report, None, "s", limit=REPORT_BUDGET_S)
    out.append(Measurement(
        f"monthly report PDF ({pages} pages, {n:,} calls in {month})", round(report, 3),
        "s", baseline=round(base, 3),
        baseline_label="indicators.monthly alone (the report's figures, no PDF)",
        budget=budget, ok=ok))

    # ---- one case archive
    ids = _closed_cases(month, CASES + 1)
    if len(ids) < 2:
        raise RuntimeError(f"fewer than 2 closed cases in {month}")
    archives.archive_case(actor=actor, call_id=ids[0], directory=folder)  # warm-up
    one_ms, raw_ms = [], []
    for cid in ids[1:]:
        t0 = time.perf_counter()
        archives.archive_case(actor=actor, call_id=cid, directory=folder)
        one_ms.append((time.perf_counter() - t0) * 1000)
        call = Call.get_by_id(cid)
        archive = archives.Archive.get(archives.Archive.call == cid)
        doc = archives._case_file(call, copy="archival", masked=False,
                                  printed_by="bench", printed_at=clock.now(),
                                  archive=archive, version=2, archivist=("bench", ""),
                                  lang="zh", reader=actor)
        target = folder / "raw.pdf"
        t0 = time.perf_counter()
        case_file.build(doc, str(target))
        raw_ms.append((time.perf_counter() - t0) * 1000)
    one, raw = statistics.median(one_ms), statistics.median(raw_ms)
    budget, ok = judge(one, raw, "ms", limit=CASE_BUDGET_MS)
    out.append(Measurement(
        f"one case archive (median of {len(one_ms)} cases)", round(one, 1), "ms",
        baseline=round(raw, 1),
        baseline_label="reportlab building the same document from prepared values",
        budget=budget, ok=ok))

    # ---- a month's batch, stopped after BATCH cases
    closed_in_month = len(archives.closed_cases(actor=actor, month=month))
    done = []
    t0 = time.perf_counter()
    # regenerate: every case of the batch is built and registered (a case archived
    # by an earlier run gets a new version), so a second run measures the same work
    result = archives.archive_month(actor=actor, month=month, directory=folder,
                                    regenerate=True,
                                    on_progress=lambda k, total, t: done.append(k),
                                    should_stop=lambda: len(done) >= BATCH)
    elapsed = time.perf_counter() - t0
    made = len(result.made)
    if made == 0:
        raise RuntimeError("the batch archived nothing")
    rate = made / elapsed
    whole = closed_in_month / rate / 60
    out.append(Measurement(
        f"a month's archiving batch: cases per second ({made} of {closed_in_month:,} "
        f"closed in {month}; the whole month ≈ {whole:.0f} min)", round(rate, 1),
        "cases/s", baseline=round(1000 / one, 1),
        baseline_label="1 ÷ one case archive above", budget="", ok=None))
    for leftover in folder.glob("*.pdf"):
        leftover.unlink()
    return out
