"""Child processes of tests/unit/test_caller_race.py, test_import_batches.py and
test_archives.py."""

from __future__ import annotations

import json
import sys
import time


def same_new_numbers(url: str, actor_fields: list, phones: list, start_at: float,
                     out_path: str) -> None:
    """Log one call for each of `phones` (the other workers log the same numbers,
    all new, at the same moment); write the tickets saved and the errors met."""
    from hotline.storage import open_database
    from hotline.services import calls
    from hotline.services.base import Actor
    from hotline.services.errors import DomainError

    open_database(url, migrate=False)
    actor = Actor(*actor_fields)
    saved, errors = [], []
    while time.time() < start_at:
        time.sleep(0.001)
    for phone in phones:
        try:
            case = calls.log_call(actor=actor, outcome="answered", phone=phone,
                                  caller_name="", subject="同一号码同时来电")
            saved.append(case.ticket_no)
        except DomainError as exc:
            errors.append(str(exc))
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump({"saved": saved, "errors": errors}, fh)


def log_until(url: str, actor_fields: list, stop_path: str, out_path: str) -> None:
    """Log calls one after another until `stop_path` exists; write each save's
    wall time (seconds) and its ticket."""
    import os

    from hotline.storage import open_database
    from hotline.services import calls
    from hotline.services.base import Actor

    open_database(url, migrate=False)
    actor = Actor(*actor_fields)
    times, tickets, errors = [], [], []
    i = 0
    with open(out_path + ".ready", "w") as fh:
        fh.write("ready")
    while not os.path.exists(stop_path):
        i += 1
        t0 = time.perf_counter()
        try:
            case = calls.log_call(actor=actor, outcome="answered",
                                  phone=f"137{i % 1000:08d}", subject=f"导入期间 {i}")
            tickets.append(case.ticket_no)
        except Exception as exc:  # reported, the test fails on it
            errors.append(f"{type(exc).__name__}: {exc}")
        times.append(time.perf_counter() - t0)
        time.sleep(0.02)  # a busy desk: ~40 saves a second
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump({"times": times, "tickets": tickets, "errors": errors}, fh)


def import_file(url: str, path: str, pause: float, out_path: str) -> None:
    """Import `path`, each batch made slower by `pause` seconds (so a test can kill
    this process in the phase it wants); write the result."""
    from hotline.storage import open_database
    from hotline.services import importer
    from hotline.services.base import Actor

    open_database(url, migrate=False)
    real = importer._heartbeat

    def slow_heartbeat(run_id, state):
        time.sleep(pause)
        return real(run_id, state)

    importer._heartbeat = slow_heartbeat
    importer.STAGE_BATCH = 200
    importer.MOVE_BATCH = 200
    result = importer.import_calls(actor=Actor.system("test"), path=path)
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump({"imported": result.imported}, fh)


def archive_cases(url: str, actor_fields: list, call_ids: list, folder: str,
                  start_at: float, out_path: str) -> None:
    """Archive each of `call_ids` (the other workers archive the same cases, in
    another order, at the same moment); write the versions made and the errors."""
    from hotline.storage import open_database
    from hotline.services import archives
    from hotline.services.base import Actor
    from hotline.services.errors import DomainError

    open_database(url, migrate=False)
    actor = Actor(*actor_fields)
    made, errors = [], []
    while time.time() < start_at:
        time.sleep(0.001)
    for call_id in call_ids:
        try:
            r = archives.archive_case(actor=actor, call_id=call_id, directory=folder)
            made.append([r.archive_no, r.version, r.sha256, r.path])
        except DomainError as exc:
            errors.append(str(exc))
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump({"made": made, "errors": errors}, fh)


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "same_new_numbers":
        url, actor_json, phones_json, start_at, out = sys.argv[2:7]
        same_new_numbers(url, json.loads(actor_json), json.loads(phones_json),
                         float(start_at), out)
    elif what == "log_until":
        url, actor_json, stop, out = sys.argv[2:6]
        log_until(url, json.loads(actor_json), stop, out)
    elif what == "import_file":
        url, path, pause, out = sys.argv[2:6]
        import_file(url, path, float(pause), out)
    elif what == "archive_cases":
        url, actor_json, ids_json, folder, start_at, out = sys.argv[2:8]
        archive_cases(url, json.loads(actor_json), json.loads(ids_json), folder,
                      float(start_at), out)
    else:
        raise SystemExit(f"unknown worker {what}")
