"""The PDF preview (issue 10): a 50-page report opens while the event loop keeps
turning, only the visible pages (and one ahead) are rendered, on the pdfium
thread; navigation, page box "3 / 50", zoom and fit to width."""

from __future__ import annotations

import threading
import time

import pytest

from hotline.reports import layout
from hotline.ui import pdf_view
from hotline.ui.pdf_view import PdfView

MAX_GAP_S = 0.300  # test_no_freeze measures 200 ms; this machine is shared


class GapMeter:
    """A 20 ms timer; the longest gap between two ticks is how long the event
    loop was blocked at worst (as tests/ui/test_no_freeze.py measures it)."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.last = None
        self.max_gap = 0.0

    def _tick(self):
        now = time.monotonic()
        if self.last is not None:
            self.max_gap = max(self.max_gap, now - self.last)
        self.last = now

    def start(self):
        self.last = time.monotonic()
        self.timer.start()

    def stop(self):
        self.timer.stop()
        self._tick()


def make_pdf(path, pages: int) -> int:
    """A report of `pages` pages: a table in the CJK font, one page per number."""
    from reportlab.platypus import PageBreak

    story = []
    for n in range(1, pages + 1):
        story.append(layout.paragraph(f"第 {n} 页 测试报告", "title"))
        story.append(layout.table(["序号", "内容"],
                                  [[str(k), f"来电内容 {n}-{k} 劳动争议/欠薪"]
                                   for k in range(1, 30)], [60, 400]))
        if n < pages:
            story.append(PageBreak())
    return layout.build_pdf(str(path), story, title="预览测试")


@pytest.fixture(scope="module")
def fifty(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "fifty.pdf"
    assert make_pdf(path, 50) == 50
    return path


@pytest.fixture
def view(qtbot):
    widget = PdfView()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _settle(qtbot, view, pages):
    qtbot.waitUntil(lambda: set(pages) <= set(view.rendered_pages()), timeout=15_000)


def test_a_50_page_report_opens_without_freezing(qtbot, view, fifty, monkeypatch):
    threads = set()
    real = pdf_view.render_image

    def render(page, scale):
        threads.add(threading.current_thread().name)
        return real(page, scale)

    monkeypatch.setattr(pdf_view, "render_image", render)
    meter = GapMeter()
    meter.start()
    with qtbot.waitSignal(view.loaded, timeout=15_000) as opened:
        view.load(str(fifty))
    _settle(qtbot, view, [1])
    qtbot.wait(300)  # what else it would render, it renders now
    meter.stop()

    assert opened.args == [50]
    assert view.page_count == 50
    assert view.page_box_text() == "1 / 50"
    assert meter.max_gap < MAX_GAP_S, f"the window froze for {meter.max_gap:.3f} s"
    assert threads == {"hotline-pdfium"}  # never on the UI thread
    shown = view.rendered_pages()
    assert 1 in shown and len(shown) <= 4, shown  # the visible pages and one ahead
    # the page is the document's page: dark text on white
    image = view._labels[0].pixmap().toImage()
    dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 50


def test_navigation_zoom_and_fit_width(qtbot, view, fifty):
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        view.load(str(fifty))
    _settle(qtbot, view, [1])
    fit = view.zoom
    assert view.fit_button.isChecked()
    assert not view.prev_button.isEnabled()

    view.next_button.click()
    assert view.current_page == 2
    assert view.page_box_text() == "2 / 50"
    _settle(qtbot, view, [2])

    view.page_box.setValue(30)  # typing a number in the box
    assert view.current_page == 30
    _settle(qtbot, view, [30])
    assert 1 not in view.rendered_pages()  # far pages are dropped again
    assert view.page_box_text() == "30 / 50"

    view.go_to(50)
    assert view.page_box_text() == "50 / 50"
    assert not view.next_button.isEnabled()
    _settle(qtbot, view, [50])

    view.zoom_in_button.click()
    assert view.zoom == pytest.approx(fit * pdf_view.ZOOM_STEP)
    assert not view.fit_button.isChecked()
    assert view.current_page == 50  # zoom keeps the page
    _settle(qtbot, view, [50])
    label = view._labels[49]
    assert label.pixmap().width() == pytest.approx(
        label.width() - 2, abs=2)  # rendered at the new zoom, not stretched

    view.fit_button.click()
    assert view.fit_button.isChecked()
    assert view.zoom == pytest.approx(fit, rel=0.01)

    view.clear()
    assert view.page_count == 0
    assert not view.page_box.isEnabled()


def test_a_damaged_file_says_so(qtbot, view, tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 nothing else")
    with qtbot.waitSignal(view.failed, timeout=10_000):
        view.load(str(bad))
    assert view.page_count == 0
    assert view.status.text()
