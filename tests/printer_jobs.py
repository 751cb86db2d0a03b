"""The CUPS PDF queue of the print tests (scripts/printer.sh makes it): is it
there (else skip and say why; under CI=true fail instead), where cups-pdf puts
a job's file (/etc/cups/cups-pdf.conf: Out, AnonDirName), and how a printed
page is compared with the document's.

The job's pages are images (print_pdf paints each page rendered at the printer's
resolution; cups-pdf's Ghostscript keeps them at 300 ppi), so a printed page is
compared with the document's page rendered at the same resolution (COMPARE_DPI,
both through pypdfium2, grey, softened by a small blur so that the anti-aliasing
of the characters' edges does not count): the mean absolute difference of the
pixels must stay under SAME_MEAN over the page, and under SAME_TILE in every
square of TILE pixels (about 5 mm), so that one changed name or number (a masked
caller) is a different page. Measured on this machine: the same page 0.2-0.9 over
the page and at most 12 in a square; another document's page, or the masked
copy's first page against the unmasked one, 3-150 and 70-155."""

from __future__ import annotations

import os
import pwd
import re
import subprocess
import time
import uuid
from pathlib import Path

import pytest

QUEUE = os.environ.get("HOTLINE_PRINTER", "PDF")
CONF = Path("/etc/cups/cups-pdf.conf")
COMPARE_DPI = 150
BLUR = 2.5  # pixels (Gaussian radius)
TILE = 32  # pixels
SAME_MEAN = 2.0  # mean |difference| (0-255) over the page
SAME_TILE = 30.0  # mean |difference| in the worst square


def queue_problem() -> str | None:
    """Why the PDF queue cannot be used (None when it can)."""
    try:
        out = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True, text=True,
                             timeout=20)
    except FileNotFoundError:
        return "CUPS is not installed (lpstat is missing): run scripts/printer.sh"
    except subprocess.TimeoutExpired:
        return "lpstat does not answer (cupsd is stuck?)"
    if out.returncode != 0:
        return (f"the CUPS queue {QUEUE} is not there ({(out.stderr or out.stdout).strip()}"
                "): run scripts/printer.sh")
    if "disabled" in out.stdout:
        return f"the CUPS queue {QUEUE} is disabled: run scripts/printer.sh"
    return None


def require_queue() -> None:
    """Skip (saying why) without the queue; under CI=true fail instead."""
    problem = queue_problem()
    if problem is None:
        return
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"CI=true and no printer: {problem}")
    pytest.skip(f"print tests need a CUPS PDF queue: {problem}")


def _expand(value: str) -> str:
    user = pwd.getpwuid(os.getuid())
    return (value.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name)
            .strip())


def job_directories() -> list[Path]:
    """Where cups-pdf writes the jobs of this user (Out) and of unknown users
    (AnonDirName), as its configuration says (with its defaults)."""
    out, anon = "/var/spool/cups-pdf/${USER}", "/var/spool/cups-pdf/ANONYMOUS"
    try:
        text = CONF.read_text(errors="replace")
    except OSError:
        text = ""
    for line in text.splitlines():
        found = re.match(r"\s*(Out|AnonDirName)\s+(\S.*)$", line)
        if found and found.group(1) == "Out":
            out = found.group(2)
        elif found:
            anon = found.group(2)
    return [Path(_expand(out)), Path(_expand(anon))]


def job_name(stem: str = "hotline-test") -> str:
    """A document name no other job has (cups-pdf names the file after it)."""
    return f"{stem}-{uuid.uuid4().hex[:10]}"


def wait_for_job(name: str, timeout: float = 180.0) -> Path:
    """The PDF file cups-pdf made of the job named `name`, once complete."""
    deadline = time.monotonic() + timeout
    seen: dict[Path, int] = {}
    while time.monotonic() < deadline:
        for directory in job_directories():
            if not directory.is_dir():
                continue
            for path in directory.glob(f"*{name}*.pdf"):
                size = path.stat().st_size
                if size and seen.get(path) == size and _readable(path):
                    return path
                seen[path] = size
        time.sleep(0.5)
    raise AssertionError(
        f"no job file for {name} in {[str(d) for d in job_directories()]} after "
        f"{timeout:.0f} s (lpstat -W all -o: {_jobs()})")


def _readable(path: Path) -> bool:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    return out.returncode == 0 and "Pages:" in out.stdout


def _jobs() -> str:
    out = subprocess.run(["lpstat", "-W", "all", "-o"], capture_output=True, text=True)
    return out.stdout.strip()[-500:]


def page_images(path: Path, dpi: int = COMPARE_DPI) -> list:
    """Every page of a PDF as a greyscale PIL image at `dpi` (rendered on the
    pdfium thread), softened by BLUR."""
    from PIL import ImageFilter

    from hotline.ui.pdf_view import open_document, pdfium_call

    def render():
        doc = open_document(str(path))
        try:
            images = []
            for page in doc:
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                images.append(bitmap.to_pil().convert("L"))
                page.close()
            return images
        finally:
            doc.close()
    return [image.filter(ImageFilter.GaussianBlur(BLUR)) for image in pdfium_call(render)]


def difference(a, b) -> tuple[float, float]:
    """(mean absolute difference over the page, the same in its worst square) of
    two greyscale pages: 0 identical, 255 one black where the other is white."""
    from PIL import ImageChops, ImageStat

    if a.size != b.size:
        b = b.resize(a.size)
    diff = ImageChops.difference(a, b)
    width, height = diff.size
    worst = 0.0
    for x in range(0, width, TILE):
        for y in range(0, height, TILE):
            square = diff.crop((x, y, min(width, x + TILE), min(height, y + TILE)))
            worst = max(worst, ImageStat.Stat(square).mean[0])
    return ImageStat.Stat(diff).mean[0], worst


def same_page(a, b) -> bool:
    mean, worst = difference(a, b)
    return mean < SAME_MEAN and worst < SAME_TILE


def printer(name: str):
    """A QPrinter on the PDF queue, as the print dialog leaves it."""
    from PySide6.QtPrintSupport import QPrinter

    p = QPrinter(QPrinter.PrinterMode.HighResolution)
    p.setPrinterName(QUEUE)
    p.setDocName(name)
    return p
