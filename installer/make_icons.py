"""Render the application icon (hotline/resources/icons/hotline.svg) to the files
the installers need: hotline/resources/icons/hotline.png (256 px, the window icon
and the Linux desktop entry's) and installer/windows/hotline.ico (16-256 px, PNG
images in an ICO container, which Windows Vista and later read).

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py

Run it after changing the SVG and commit what it writes."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "hotline" / "resources" / "icons" / "hotline.svg"
PNG = SVG.with_suffix(".png")
ICO = ROOT / "installer" / "windows" / "hotline.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file holding PNG images (ICONDIR, ICONDIRENTRY × n, the PNGs)."""
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = len(head) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return head + entries + blobs


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # QPainter on a QImage needs it
    renderer = QSvgRenderer(str(SVG))
    assert app is QGuiApplication.instance()
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    PNG.write_bytes(render(renderer, 256))
    ICO.write_bytes(ico([(s, render(renderer, s)) for s in ICO_SIZES]))
    print(f"make_icons: wrote {PNG.relative_to(ROOT)} and {ICO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
