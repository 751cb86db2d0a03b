"""The PDF preview (issue 10): pages rendered with pypdfium2, page navigation,
zoom and fit to width.

pdfium is not thread-safe, so every pdfium call of the application (opening a
document, rendering a page for the screen or for the printer) runs on one
dedicated thread of its own, `PdfiumThread` (not the window's TaskManager, whose
threads run database jobs): `pdfium_call(fn, ...)` runs a function there and
waits for its result, `pdfium_submit` does not wait. The preview opens the
document there and asks for the pages that are visible (and one ahead) only,
at the current zoom; the rendered images come back to the UI thread through a
queued signal, so a 50-page report opens without freezing the window. Images of
pages far from the view are dropped again.

    view = PdfView()
    view.loaded.connect(lambda pages: ...)
    view.load("/tmp/report.pdf")
"""

from __future__ import annotations

import concurrent.futures
import ctypes
import logging
import queue
import threading
from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QScrollArea, QSpinBox,
                               QToolButton, QVBoxLayout, QWidget)

from .widgets import plain_label, plain_tooltip

log = logging.getLogger(__name__)

ZOOM_STEP = 1.25
ZOOM_MIN = 0.25
ZOOM_MAX = 4.0
PAGE_GAP = 12  # pixels between two pages
KEEP_AROUND = 2  # pages kept rendered beyond the visible ones (and one ahead)


# --------------------------------------------------------------- the pdfium thread

class PdfiumThread(threading.Thread):
    """The one thread that calls pdfium (a daemon: it only ever waits on its
    queue, and nothing it holds must be saved at exit)."""

    def __init__(self):
        super().__init__(name="hotline-pdfium", daemon=True)
        self._queue: "queue.Queue" = queue.Queue()

    def run(self):
        while True:
            fn, args, kwargs, future = self._queue.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                future.set_exception(exc)
            else:
                future.set_result(result)

    def submit(self, fn: Callable, *args, **kwargs) -> concurrent.futures.Future:
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._queue.put((fn, args, kwargs, future))
        return future


_thread: PdfiumThread | None = None
_thread_lock = threading.Lock()


def pdfium_thread() -> PdfiumThread:
    global _thread
    with _thread_lock:
        if _thread is None or not _thread.is_alive():
            _thread = PdfiumThread()
            _thread.start()
        return _thread


def pdfium_submit(fn: Callable, *args, **kwargs) -> concurrent.futures.Future:
    """Run `fn(*args, **kwargs)` on the pdfium thread; its Future."""
    return pdfium_thread().submit(fn, *args, **kwargs)


def pdfium_call(fn: Callable, *args, **kwargs):
    """Run `fn(*args, **kwargs)` on the pdfium thread and wait for its result
    (at once when called from that thread)."""
    if threading.current_thread() is _thread:
        return fn(*args, **kwargs)
    return pdfium_submit(fn, *args, **kwargs).result()


def render_image(page, scale: float) -> QImage:
    """A pypdfium2 page rendered at `scale` pixels per point, as a QImage that owns
    its pixels (call on the pdfium thread)."""
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True,
                         fill_color=(255, 255, 255, 255))
    try:
        return bitmap_image(bitmap)
    finally:
        bitmap.close()


def bitmap_image(bitmap) -> QImage:
    """A copy of a pypdfium2 bitmap (RGBx, RGB or gray) as a QImage that owns its
    pixels (the bytes are copied in: a QImage made over a foreign buffer must
    not outlive it)."""
    fmt = {1: QImage.Format.Format_Grayscale8, 3: QImage.Format.Format_RGB888}.get(
        bitmap.n_channels, QImage.Format.Format_RGBX8888)
    image = QImage(bitmap.width, bitmap.height, fmt)
    data = ctypes.string_at(bitmap.buffer, bitmap.stride * bitmap.height)
    line = image.bytesPerLine()
    bits = image.bits()
    if line == bitmap.stride:
        bits[:len(data)] = data
    else:
        used = bitmap.width * bitmap.n_channels
        for row in range(bitmap.height):
            start = row * bitmap.stride
            bits[row * line:row * line + used] = data[start:start + used]
    return image


def open_document(path: str):
    """Open a PDF with pypdfium2 (on the pdfium thread)."""
    import pypdfium2

    return pypdfium2.PdfDocument(str(path))


def page_sizes(path: str) -> list[tuple[float, float]]:
    """The size in points of every page of a PDF (runs on the pdfium thread)."""
    def read():
        doc = open_document(path)
        try:
            return [tuple(doc.get_page_size(i)) for i in range(len(doc))]
        finally:
            doc.close()
    return pdfium_call(read)


def render_file_page(path: str, index: int, scale: float) -> QImage:
    """Page `index` (0-based) of a PDF file as an image (on the pdfium thread)."""
    def render():
        doc = open_document(path)
        try:
            page = doc[index]
            try:
                return render_image(page, scale)
            finally:
                page.close()
        finally:
            doc.close()
    return pdfium_call(render)


# --------------------------------------------------------------- the preview

class _Relay(QObject):
    """Lives on the UI thread; the pdfium thread's answers are queued to it."""

    opened = Signal(int, object)  # generation, [(width, height) in points]
    failed = Signal(int, str)  # generation, message
    rendered = Signal(int, int, float, QImage)  # generation, page, scale, image


class _Document:
    """The open document of one preview; touched on the pdfium thread only."""

    def __init__(self):
        self.doc = None
        self.generation = 0

    def open(self, generation: int, path: str, relay: _Relay):
        self.close()
        if generation != self.generation:
            return  # a newer load or clear came meanwhile
        try:
            self.doc = open_document(path)
            sizes = [tuple(self.doc.get_page_size(i)) for i in range(len(self.doc))]
        except Exception as exc:  # noqa: BLE001 - shown in the preview
            self.close()
            _emit(relay.failed, generation, str(exc) or type(exc).__name__)
            return
        _emit(relay.opened, generation, sizes)

    def render(self, generation: int, index: int, scale: float, wanted: Callable,
               relay: _Relay):
        if generation != self.generation or self.doc is None:
            return
        if not wanted(generation, index, scale):
            return  # scrolled past or zoomed meanwhile
        try:
            page = self.doc[index]
            try:
                image = render_image(page, scale)
            finally:
                page.close()
        except Exception as exc:  # noqa: BLE001
            log.warning("page %s could not be rendered: %s", index + 1, exc)
            return
        _emit(relay.rendered, generation, index, scale, image)

    def close(self):
        if self.doc is not None:
            try:
                self.doc.close()
            finally:
                self.doc = None


def _emit(signal, *args):
    try:
        signal.emit(*args)
    except RuntimeError:  # the preview is gone
        pass


class _PageLabel(QLabel):
    def __init__(self, index: int):
        super().__init__()
        self.index = index
        self.scale = 0.0  # the scale of the image shown (0: none)
        self.setObjectName("pdfPage")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("background: white; border: 1px solid #b0b0b0;")


class PdfView(QWidget):
    """A PDF preview: `load(path)`, `clear()`, `page_count`, signal `loaded(pages)`.

    Navigation: previous / next page, the page number box ("3 / 50"); zoom in /
    out, fit to width (the initial mode, kept when the view is resized)."""

    loaded = Signal(int)  # the document is open: its number of pages
    failed = Signal(str)  # the document could not be opened
    page_changed = Signal(int)  # the page at the top of the view (1-based)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfView")
        self._relay = _Relay(self)
        self._doc = _Document()
        self._generation = 0
        self._path = ""
        self._sizes: list[tuple[float, float]] = []
        self._labels: list[_PageLabel] = []
        self._zoom = 1.0
        self._fit_width = True
        self._wanted: dict[int, float] = {}  # page -> scale asked for
        self._current = 0
        self._build()
        self._connect_signals()
        self._update_controls()
        doc = self._doc  # closed on the pdfium thread when the view goes
        self.destroyed.connect(lambda *_: pdfium_submit(doc.close))

    # ------------------------------------------------------------------ building
    def _build(self):
        def tool(name, text, tip, shortcut=None):
            button = QToolButton()
            button.setObjectName(name)
            button.setText(text)
            button.setToolTip(plain_tooltip(tip))
            button.setAutoRaise(True)
            if shortcut:
                button.setShortcut(QKeySequence(shortcut))
            return button

        self.prev_button = tool("pdfPrev", self.tr("Previous"),
                                self.tr("Previous page (Page Up)"))
        self.next_button = tool("pdfNext", self.tr("Next"),
                                self.tr("Next page (Page Down)"))
        self.page_box = QSpinBox()
        self.page_box.setObjectName("pdfPageBox")
        self.page_box.setKeyboardTracking(False)
        self.page_box.setToolTip(self.tr("Go to page"))
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.zoom_out_button = tool("pdfZoomOut", self.tr("Zoom out"),
                                    self.tr("Zoom out (Ctrl+-)"), "Ctrl+-")
        self.zoom_in_button = tool("pdfZoomIn", self.tr("Zoom in"),
                                   self.tr("Zoom in (Ctrl++)"), "Ctrl++")
        self.fit_button = tool("pdfFitWidth", self.tr("Fit width"),
                               self.tr("Fit the page to the width of the view"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.zoom_label = plain_label(name="pdfZoom")
        self.status = plain_label(name="pdfStatus")
        self.status.setObjectName("hintLabel")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_box)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addStretch(1)
        bar.addWidget(self.status)

        self.pages = QWidget()
        self.pages.setObjectName("pdfPages")
        self._pages_layout = QVBoxLayout(self.pages)
        self._pages_layout.setSpacing(PAGE_GAP)
        self._pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("pdfScroll")
        self.scroll.setWidget(self.pages)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

        self._layout_timer = QTimer(self)  # one re-layout after a burst of resizes
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(60)
        self._visible_timer = QTimer(self)  # ask for pages once scrolling pauses
        self._visible_timer.setSingleShot(True)
        self._visible_timer.setInterval(30)

    def _connect_signals(self):
        self._relay.opened.connect(self._on_opened)
        self._relay.failed.connect(self._on_failed)
        self._relay.rendered.connect(self._on_rendered)
        self.prev_button.clicked.connect(lambda: self.go_to(self.current_page - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page + 1))
        self.page_box.valueChanged.connect(self._page_box_changed)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self._fit_clicked)
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._layout_timer.timeout.connect(self._relayout)
        self._visible_timer.timeout.connect(self._request_visible)
        for key, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                          (QKeySequence.StandardKey.MoveToNextPage, 1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(
                lambda step=step: self.go_to(self.current_page + step))

    # ------------------------------------------------------------------ API
    @property
    def page_count(self) -> int:
        return len(self._sizes)

    @property
    def path(self) -> str:
        return self._path

    @property
    def current_page(self) -> int:
        """The page at the top of the view, 1-based (0 when empty)."""
        return self._current

    @property
    def zoom(self) -> float:
        """Screen pixels per PDF point."""
        return self._zoom

    def load(self, path: str) -> None:
        """Show the PDF file at `path` (opened on the pdfium thread; `loaded`
        tells when and how many pages it has)."""
        self._reset()
        self._path = str(path)
        self.status.setText(self.tr("Opening…"))
        generation = self._generation
        doc, relay = self._doc, self._relay

        def open_():
            doc.generation = generation
            doc.open(generation, str(path), relay)
        pdfium_submit(open_)

    def clear(self) -> None:
        """Show nothing (and close the document)."""
        self._reset()
        self._update_controls()

    def go_to(self, page: int) -> None:
        """Scroll page `page` (1-based) to the top of the view."""
        if not self._labels:
            return
        page = max(1, min(page, len(self._labels)))
        label = self._labels[page - 1]
        self.scroll.verticalScrollBar().setValue(label.y() - PAGE_GAP // 2)
        self._set_current(page)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def set_zoom(self, zoom: float) -> None:
        """A fixed zoom (pixels per point); leaves fit to width."""
        self._fit_width = False
        self.fit_button.setChecked(False)
        self._apply_zoom(max(ZOOM_MIN, min(ZOOM_MAX, zoom)))

    def fit_width(self) -> None:
        self._fit_width = True
        self.fit_button.setChecked(True)
        self._apply_zoom(self._fit_zoom())

    def rendered_pages(self) -> list[int]:
        """The pages (1-based) showing an image now (the others are blank boxes)."""
        return [label.index + 1 for label in self._labels if label.scale]

    def closeEvent(self, event):  # noqa: N802
        self._reset()
        super().closeEvent(event)

    # ------------------------------------------------------------------ internals
    def _reset(self):
        self._generation += 1
        generation = self._generation
        doc = self._doc

        def close():
            doc.generation = generation
            doc.close()
        pdfium_submit(close)
        self._path = ""
        self._sizes = []
        self._wanted = {}
        self._current = 0
        for label in self._labels:
            self._pages_layout.removeWidget(label)
            label.hide()
            label.deleteLater()
        self._labels = []
        self.status.setText("")

    def _on_opened(self, generation: int, sizes):
        if generation != self._generation:
            return
        self._sizes = list(sizes)
        for index in range(len(self._sizes)):
            label = _PageLabel(index)
            self._labels.append(label)
            self._pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.status.setText("")
        if self._fit_width:
            self._zoom = self._fit_zoom()
        self._size_labels()
        self._current = 1 if self._sizes else 0
        self.scroll.verticalScrollBar().setValue(0)
        self._update_controls()
        self._visible_timer.start()
        self.loaded.emit(len(self._sizes))
        self.page_changed.emit(self._current)

    def _on_failed(self, generation: int, message: str):
        if generation != self._generation:
            return
        self.status.setText(self.tr("The file cannot be shown: %1").replace(
            "%1", message))
        self.failed.emit(message)

    def _on_rendered(self, generation: int, index: int, scale: float, image: QImage):
        if generation != self._generation or index >= len(self._labels):
            return
        if abs(self._wanted.get(index, 0.0) - scale) > 1e-9:
            return  # zoomed since it was asked for
        label = self._labels[index]
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        label.setPixmap(pixmap)
        label.scale = scale

    def _fit_zoom(self) -> float:
        if not self._sizes:
            return self._zoom
        widest = max(w for w, _ in self._sizes) or 1.0
        # the area inside the frame, less a scroll bar's width whether one shows now
        # or not (a page wider than the view adds one): the same fit every time
        available = (self.scroll.contentsRect().width() - 2 * PAGE_GAP - 2
                     - self.scroll.verticalScrollBar().sizeHint().width())
        return max(ZOOM_MIN, min(ZOOM_MAX, available / widest))

    def _apply_zoom(self, zoom: float):
        page = self.current_page
        self._zoom = zoom
        self._size_labels()
        self._update_controls()
        if page:
            self.pages.adjustSize()
            self.go_to(page)
        self._visible_timer.start()

    def _size_labels(self):
        for label in self._labels:
            w, h = self._sizes[label.index]
            label.setFixedSize(round(w * self._zoom) + 2, round(h * self._zoom) + 2)
            if label.scale and abs(label.scale - self._render_scale()) > 1e-9:
                label.clear()
                label.scale = 0.0
        self._wanted = {}

    def _render_scale(self) -> float:
        return self._zoom * self.devicePixelRatioF()

    def _visible_range(self) -> tuple[int, int]:
        """First and last page (0-based) that show in the viewport."""
        if not self._labels:
            return 0, -1
        top = self.scroll.verticalScrollBar().value()
        bottom = top + self.scroll.viewport().height()
        first = last = None
        for label in self._labels:
            y = label.y()
            if y + label.height() >= top and y <= bottom:
                if first is None:
                    first = label.index
                last = label.index
            elif first is not None:
                break
        if first is None:  # not laid out yet: the first page
            return 0, 0
        return first, last

    def _request_visible(self):
        if not self._labels:
            return
        first, last = self._visible_range()
        wanted_last = min(last + 1, len(self._labels) - 1)  # one ahead
        scale = self._render_scale()
        keep_from, keep_to = first - KEEP_AROUND, wanted_last + KEEP_AROUND
        for label in self._labels:  # drop the images of pages far away
            if label.scale and not keep_from <= label.index <= keep_to:
                label.clear()
                label.scale = 0.0
        wanted = {i: s for i, s in self._wanted.items() if first <= i <= wanted_last}
        ask = []
        for index in range(first, wanted_last + 1):
            if abs(self._labels[index].scale - scale) < 1e-9:
                continue  # shown already
            if abs(wanted.get(index, 0.0) - scale) >= 1e-9:
                ask.append(index)
            wanted[index] = scale
        # replaced, never changed in place: the pdfium thread reads it
        self._wanted = wanted
        generation, doc, relay = self._generation, self._doc, self._relay
        view = self

        def still_wanted(gen, index, scale_):
            current = view._wanted if gen == view._generation else {}
            return abs(current.get(index, 0.0) - scale_) < 1e-9

        for index in ask:
            pdfium_submit(doc.render, generation, index, scale, still_wanted, relay)

    def _scrolled(self, _value):
        self._update_current()
        self._visible_timer.start()

    def _update_current(self):
        if not self._labels:
            return
        top = self.scroll.verticalScrollBar().value()
        middle = top + self.scroll.viewport().height() // 3
        page = 1
        for label in self._labels:
            if label.y() <= middle:
                page = label.index + 1
            else:
                break
        self._set_current(page)

    def _set_current(self, page: int):
        if page == self._current:
            return
        self._current = page
        self._update_controls()
        self.page_changed.emit(page)

    def _page_box_changed(self, value: int):
        if value != self._current:
            self.go_to(value)

    def _fit_clicked(self, checked: bool):
        if checked:
            self.fit_width()
        else:
            self.set_zoom(self._zoom)

    def _relayout(self):
        if self._fit_width and self._labels:
            zoom = self._fit_zoom()
            if abs(zoom - self._zoom) > 1e-3:
                self._apply_zoom(zoom)
                return
        self._visible_timer.start()

    def _update_controls(self):
        n = len(self._sizes)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1 if n else 0, max(n, 1) if n else 0)
        self.page_box.setSuffix(self.tr(" / %1").replace("%1", str(n)))
        self.page_box.setValue(self._current)
        self.page_box.blockSignals(False)
        self.page_box.setEnabled(n > 0)
        self.prev_button.setEnabled(n > 0 and self._current > 1)
        self.next_button.setEnabled(n > 0 and self._current < n)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(n > 0)
        self.zoom_label.setText(self.tr("%1 %").replace(
            "%1", str(round(self._zoom * 100 * 72 / 96))) if n else "")

    def page_box_text(self) -> str:
        """What the page number box shows ("3 / 50")."""
        return self.page_box.text()

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._layout_timer.start()

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self._layout_timer.start()
