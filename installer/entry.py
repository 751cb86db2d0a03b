"""The bundled application's entry point (installer/hotline.spec): the same
`hotline` command as a pip install, CLI and desktop app in one executable."""

import os
import sys

if sys.stdout is None or sys.stderr is None:
    # the windowless Windows executable (hotline-desk.exe) has no console: messages
    # that would go there are dropped instead of failing on a None stream
    devnull = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (process-long)
    sys.stdout = sys.stdout or devnull
    sys.stderr = sys.stderr or devnull

from hotline.cli import main  # noqa: E402

sys.exit(main())
