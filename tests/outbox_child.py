"""A workstation replaying its offline outbox in its own process, for the kill -9
tests of tests/unit/test_outbox.py:

    python tests/outbox_child.py DB_URL OUTBOX_PATH [MODE]

MODE "slow": a pause after each call saved (the parent kills the process halfway);
"die-after-commit-N": the process kills itself with SIGKILL right after the
server's commit of the N-th call, before the outbox records it (the worst moment)."""

import os
import signal
import sys
import time

from hotline.services import outbox as outbox_service
from hotline.storage import open_database


def main(url: str, path: str, mode: str = "slow") -> None:
    open_database(url, migrate=False)
    box = outbox_service.Outbox(path)
    count = [0]

    def after_commit(entry):
        count[0] += 1
        if mode.startswith("die-after-commit-") and \
                count[0] == int(mode.rsplit("-", 1)[1]):
            os.kill(os.getpid(), signal.SIGKILL)

    def on_sent(entry):
        print(f"sent {entry.provisional} {entry.ticket_no}", flush=True)
        if mode == "slow":
            time.sleep(0.15)

    outbox_service.replay(box, after_commit=after_commit, on_sent=on_sent)
    print("done", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
