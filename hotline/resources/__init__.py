"""Files the application ships inside its package (so a wheel or an installer
carries them): translations, the stylesheet, icons, fonts with their licences,
sample import mappings. Read them through `path()`, never relative to the source
tree."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

# The package's folder when it lives on the file system (a source tree, a wheel, a
# PyInstaller bundle): its files are read directly. importlib.resources (about 4 ms
# to import, paid before the sign-in window is painted) is used only for a package
# inside an archive (a zip import), where it extracts a file once.
_HERE = os.path.dirname(os.path.abspath(__file__))
_ON_DISK = os.path.isfile(os.path.join(_HERE, "style.qss"))
_stack = None


def path(*parts: str) -> Path:
    """A real file system path of a shipped resource (extracted once if the package
    lives in an archive)."""
    if _ON_DISK:
        return Path(_HERE, *parts)
    import contextlib
    from importlib import resources

    global _stack
    if _stack is None:
        _stack = contextlib.ExitStack()
    ref = resources.files(__name__).joinpath(*parts)
    return Path(_stack.enter_context(resources.as_file(ref)))


def read_text(*parts: str) -> str:
    if _ON_DISK:
        with open(os.path.join(_HERE, *parts), encoding="utf-8") as f:
            return f.read()
    from importlib import resources

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
