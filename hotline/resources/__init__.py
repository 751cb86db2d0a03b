"""Files the application ships inside its package (so a wheel or an installer
carries them): translations, the stylesheet, icons, fonts with their licences,
sample import mappings. Read them through `path()`, never relative to the source
tree."""

from __future__ import annotations

import contextlib
from importlib import resources
from pathlib import Path

_stack = contextlib.ExitStack()


def path(*parts: str) -> Path:
    """A real file system path of a shipped resource (extracted once if the package
    lives in an archive)."""
    ref = resources.files(__name__).joinpath(*parts)
    return Path(_stack.enter_context(resources.as_file(ref)))


def read_text(*parts: str) -> str:
    return resources.files(__name__).joinpath(*parts).read_text(encoding="utf-8")
