"""Code run in child processes by the concurrency and backup tests."""

from __future__ import annotations

import datetime as dt
import json
import sys


class Boom(Exception):
    """A failure on purpose after the call's rows were written."""


def log_calls(url: str, actor_fields: list, count: int, fail_every: int,
              worker: int, out_path: str) -> None:
    """Log `count` calls; every `fail_every`-th one fails after its writes, inside
    the transaction, so it must vanish with its number. Writes the numbers it got."""
    from hotline.storage import open_database
    from hotline.models import db
    from hotline.services import calls
    from hotline.services.base import Actor

    open_database(url, migrate=False)
    actor = Actor(*actor_fields)
    yesterday = dt.datetime.now() - dt.timedelta(days=1)
    saved, failed = [], 0
    for i in range(count):
        fail = fail_every and (i * 7 + worker) % fail_every == 0
        received = yesterday if i % 2 else None
        try:
            with db.atomic():
                case = calls.log_call(actor=actor, outcome="answered",
                                      subject=f"worker {worker} call {i}",
                                      phone=f"139{worker:04d}{i % 50:04d}",
                                      received_at=received)
                if fail:
                    raise Boom()
            saved.append(case.ticket_no)
        except Boom:
            failed += 1
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump({"saved": saved, "failed": failed}, fh)


if __name__ == "__main__":
    # python workers.py URL ACTOR_JSON COUNT FAIL_EVERY WORKER OUT
    url, actor_json, count, fail_every, worker, out = sys.argv[1:7]
    log_calls(url, json.loads(actor_json), int(count), int(fail_every), int(worker),
              out)
