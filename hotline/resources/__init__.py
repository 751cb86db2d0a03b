"""Files the application ships inside its package (so a wheel or an installer
carries them): translations, the stylesheet, icons, fonts with their licences,
sample import mappings. Read them through `path()`, never relative to the source
tree."""

from __future__ import annotations

import contextlib
from importlib import resources
from pathlib import Path
from typing import NamedTuple

_stack = contextlib.ExitStack()


def path(*parts: str) -> Path:
    """A real file system path of a shipped resource (extracted once if the package
    lives in an archive)."""
    ref = resources.files(__name__).joinpath(*parts)
    return Path(_stack.enter_context(resources.as_file(ref)))


def read_text(*parts: str) -> str:
    return resources.files(__name__).joinpath(*parts).read_text(encoding="utf-8")


class FontFile(NamedTuple):  # not a dataclass: read before the first paint (ui/app.py)
    """A font shipped in fonts/ with its licence next to it."""
    family: str  # the family name of the face used
    file: str  # inside this package, "/"-separated
    subfont_index: int  # face in a TrueType collection (.ttc), else 0
    licence: str  # the licence text shipped next to it


# The CJK font embedded (as a subset) in PDF documents: TrueType outlines, which
# reportlab can embed; covers GB2312/GBK Hanzi, full-width punctuation, Latin, digits.
CJK_FONT = FontFile(family="WenQuanYi Micro Hei", file="fonts/wqy-microhei.ttc",
                    subfont_index=0, licence="fonts/LICENSE-wqy-microhei.txt")


def font_path(font: FontFile = CJK_FONT) -> Path:
    """A real path of a shipped font file (for reportlab's TTFont, no Qt needed)."""
    return path(*font.file.split("/"))
