"""Printing a PDF on a real printer (issue 10).

`print_pdf(path, printer)` renders each page of the PDF with pypdfium2 at the
printer's resolution (so Chinese text stays sharp) and paints it on a
QPainter(printer), page by page, honouring the page range and the copies. It
touches no database; the pages record the print through the services once it
succeeded. `choose_and_print(parent, path, on_printed=...)` is what a Print button
does: the QPrintDialog (printer, page range, copies, duplex where the printer
offers it), then print_pdf on a thread of its own while a progress dialog lets
the window keep turning, then on_printed(printer name, pages).

Pages are rendered in horizontal bands (BAND_PIXELS at most), so a page at
1200 dpi never needs one huge image, and at most MAX_DPI: above it a printer
gains nothing a reader could see, and the job only grows. All pdfium work runs
on the one pdfium thread (pdf_view.pdfium_call).
"""

from __future__ import annotations

import math
import threading
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (QCoreApplication, QEventLoop, QMarginsF, QRectF, QSizeF, Qt,
                            QTimer)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from .pdf_view import bitmap_image, open_document, pdfium_call
from .widgets import message_box

MAX_DPI = 600
BAND_PIXELS = 8_000_000  # pixels of one rendered band (about 32 MB)


class PrintError(Exception):
    """The printer refused the job (or it was cancelled)."""

    def __init__(self, message: str, code: str = "print_failed"):
        super().__init__(message)
        self.code = code


# --------------------------------------------------------------- pdfium side

class _Source:
    """The document being printed, used on the pdfium thread only."""

    def __init__(self, path: str):
        self.doc = open_document(path)
        self.sizes = [tuple(self.doc.get_page_size(i)) for i in range(len(self.doc))]

    def band(self, index: int, scale: float, top: float, bottom: float,
             gray: bool) -> QImage:
        """Rows [top, bottom) (points from the top) of page `index` at `scale`."""
        width, height = self.sizes[index]
        page = self.doc[index]
        try:
            bitmap = page.render(scale=scale, crop=(0, height - bottom, 0, top),
                                 grayscale=gray, rev_byteorder=True, prefer_bgrx=True,
                                 fill_color=(255, 255, 255, 255))
            try:
                return bitmap_image(bitmap)
            finally:
                bitmap.close()
        finally:
            page.close()

    def close(self):
        self.doc.close()


def page_count(path: str) -> int:
    """The number of pages of a PDF file."""
    def count():
        doc = open_document(path)
        try:
            return len(doc)
        finally:
            doc.close()
    return pdfium_call(count)


# --------------------------------------------------------------- printing

def _page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    landscape = width_pt > height_pt
    portrait_size = QSizeF(min(width_pt, height_pt), max(width_pt, height_pt))
    size = QPageSize(portrait_size, QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, QPageLayout.Orientation.Landscape if landscape
                       else QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def print_pdf(path: str, printer: QPrinter, *, first: int = 1, last: int = 0,
              copies: int = 1,
              on_progress: Callable[[int, int], None] | None = None,
              should_stop: Callable[[], bool] | None = None) -> int:
    """Print pages `first`..`last` (1-based, `last` 0: to the end) of the PDF at
    `path` on `printer`, `copies` times (collated); returns the pages printed
    (all copies counted). Raises PrintError when the printer fails, ValueError
    for a range outside the document. Runs on any thread (Qt paints on a
    QPrinter off the UI thread); the pdfium work goes to the pdfium thread."""
    source = pdfium_call(_Source, str(path))
    try:
        total = len(source.sizes)
        last = total if last in (0, None) else last
        if not 1 <= first <= last <= total:
            raise ValueError(f"page range {first}-{last} is outside 1-{total}")
        copies = max(1, int(copies))
        native_copies = copies > 1 and printer.supportsMultipleCopies()
        printer.setCopyCount(copies if native_copies else 1)
        rounds = 1 if native_copies else copies
        if not printer.docName():
            printer.setDocName(Path(path).name)
        printer.setCreator("Hotline Desk")
        printer.setFullPage(True)  # the PDF's pages carry their own margins
        printer.setPageLayout(_page_layout(*source.sizes[first - 1]))
        gray = printer.colorMode() == QPrinter.ColorMode.GrayScale
        pages = list(range(first - 1, last)) * rounds
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(QCoreApplication.translate(
                "Printing", "The printer %1 cannot be reached.").replace(
                "%1", printer.printerName() or "?"), "printer_unavailable")
        printed = 0
        try:
            for n, index in enumerate(pages):
                if should_stop is not None and should_stop():
                    printer.abort()
                    raise PrintError(QCoreApplication.translate(
                        "Printing", "Printing was cancelled."), "print_cancelled")
                if n:
                    printer.setPageLayout(_page_layout(*source.sizes[index]))
                    if not printer.newPage():
                        raise PrintError(QCoreApplication.translate(
                            "Printing", "The printer stopped taking pages."))
                _paint_page(painter, printer, source, index, gray)
                printed += 1
                if on_progress is not None:
                    on_progress(printed, len(pages))
        finally:
            painter.end()
        if printer.printerState() in (QPrinter.PrinterState.Error,
                                      QPrinter.PrinterState.Aborted):
            raise PrintError(QCoreApplication.translate(
                "Printing", "The printer reported an error."))
        return printed * (copies if native_copies else 1)
    finally:
        pdfium_call(source.close)


def _paint_page(painter: QPainter, printer: QPrinter, source: _Source, index: int,
                gray: bool) -> None:
    width_pt, height_pt = source.sizes[index]
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    # the page fills the paper, keeping its proportions, centred
    fit = min(paper.width() / width_pt, paper.height() / height_pt)
    left = paper.x() + (paper.width() - width_pt * fit) / 2
    top = paper.y() + (paper.height() - height_pt * fit) / 2
    dpi = min(float(printer.resolution() or 300), float(MAX_DPI))
    scale = dpi / 72.0
    page_px_w = math.ceil(width_pt * scale)
    page_px_h = math.ceil(height_pt * scale)
    rows = max(64, BAND_PIXELS // max(1, page_px_w))
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    # no JPEG for the pages: its artefacts blur the edges of the characters
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
    row = 0
    while row < page_px_h:
        end = min(page_px_h, row + rows)
        band_top, band_bottom = row / scale, min(height_pt, end / scale)
        image = pdfium_call(source.band, index, scale, band_top, band_bottom, gray)
        target = QRectF(left, top + band_top * fit, width_pt * fit,
                        image.height() / scale * fit)
        painter.drawImage(target, image, QRectF(image.rect()))
        row = end


# --------------------------------------------------------------- the dialog

def ask_printer(parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
    """The QPrintDialog: printer, page range, copies, duplex (when the printer
    offers it); True when the user chose Print. Tests replace it."""
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    dialog.setMinMax(1, max(1, pages))
    Option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOptions(Option.PrintPageRange | Option.PrintCollateCopies
                      | Option.PrintShowPageSize)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def _warn(parent: QWidget | None, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning,
                QCoreApplication.translate("Printing", "Print"), text).exec()


def _cannot_print(exc: BaseException) -> str:
    return QCoreApplication.translate(
        "Printing", "The file cannot be printed: %1").replace("%1", str(exc))


def choose_and_print(parent: QWidget | None, path: str, *,
                     on_printed: Callable[[str, int], None]) -> bool:
    """Ask for a printer and print the PDF at `path` on it; on success
    on_printed(printer name, pages printed) and True; False when the user
    cancelled or the printer failed (the user was told)."""
    try:
        pages = page_count(path)
    except Exception as exc:  # noqa: BLE001 - a damaged or missing file
        _warn(parent, _cannot_print(exc))
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(Path(path).name)
    printer.setFromTo(1, pages)
    if not ask_printer(parent, printer, pages):
        return False
    first, last = 1, 0
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first = max(1, printer.fromPage() or 1)
        last = min(pages, printer.toPage() or pages)
    copies = printer.copyCount()
    try:
        printed = run_print(parent, path, printer, first=first, last=last,
                            copies=copies)
    except PrintError as exc:
        if exc.code != "print_cancelled":
            _warn(parent, str(exc))
        return False
    except (OSError, ValueError) as exc:
        _warn(parent, _cannot_print(exc))
        return False
    on_printed(printer.printerName(), printed)
    return True


def run_print(parent: QWidget | None, path: str, printer: QPrinter, *,
              first: int = 1, last: int = 0, copies: int = 1) -> int:
    """print_pdf on a thread of its own, with a cancellable progress dialog; the
    event loop keeps turning meanwhile. Returns what print_pdf returns."""
    loop = QEventLoop()
    outcome: dict = {}
    stop = threading.Event()
    progress = {"done": 0, "total": 0}

    def work():
        try:
            outcome["pages"] = print_pdf(
                path, printer, first=first, last=last, copies=copies,
                on_progress=lambda d, t: progress.update(done=d, total=t),
                should_stop=stop.is_set)
        except BaseException as exc:  # noqa: BLE001 - raised on the UI thread
            outcome["error"] = exc

    dialog = QProgressDialog(QCoreApplication.translate("Printing", "Printing…"),
                             QCoreApplication.translate("Printing", "Cancel"), 0, 0,
                             parent)
    dialog.setObjectName("printProgress")
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.canceled.connect(stop.set)
    thread = threading.Thread(target=work, name="hotline-print", daemon=True)
    thread.start()
    timer = QTimer()
    timer.setInterval(50)

    def poll():
        if progress["total"]:
            dialog.setMaximum(progress["total"])
            dialog.setValue(progress["done"])
        if not thread.is_alive():
            loop.quit()
    timer.timeout.connect(poll)
    timer.start()
    loop.exec()
    timer.stop()
    dialog.canceled.disconnect()
    dialog.close()
    dialog.deleteLater()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["pages"]
