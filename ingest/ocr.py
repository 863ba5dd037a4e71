"""OCR of scanned pages (PDF pages without a text layer, TIFF/PNG/JPEG scans) with Tesseract.

Each page is rendered (pypdfium2, 300 dpi) or taken from the image file one frame at a time, so
memory stays flat however many pages a file has. Tesseract (through tesserocr, which keeps one
engine loaded per process) reads it; a page that reads badly is checked for orientation (Tesseract's
OSD) and read again turned upright, and a page whose lines run at an angle (a photocopy placed
askew) is turned level first, by the angle Tesseract's layout analysis measures. Recognised words
come back in PDF points with their line's baseline, and ruling lines are found in the image, so the
PDF reader lays the page out into paragraphs and table cells exactly as it does a text layer.
"""
from __future__ import annotations

import glob
import io
import math
import os
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageSequence, UnidentifiedImageError

from minutes.ingest import limits, time_limit
from minutes.ingest.document import Document
from minutes.ingest.errors import IngestError

DPI = 300
_POINTS = 72 / DPI
_MIN_SKEW = math.radians(0.15)  # turn a page level when its lines slope more than this
_CHECK_ORIENTATION = 60         # mean word confidence under which the page may be sideways or upside down
_RULE_LENGTH = 0.4 * DPI        # a dark run this long (pixels) is a ruling line, not a letter


@dataclass
class ScannedPage:
    """What OCR found on one page: word dicts (the PDF reader's form), ruling lines, confidence."""

    words: list[dict]
    edges: list[dict]
    confidence: float


def tessdata() -> str:
    """The folder holding Tesseract's ``eng`` and ``osd`` models (Debian's tesseract-ocr-eng)."""
    prefix = os.environ.get("TESSDATA_PREFIX")
    found = [prefix] if prefix else sorted(glob.glob("/usr/share/tesseract-ocr/*/tessdata"), reverse=True)
    for folder in found:
        if os.path.exists(os.path.join(folder, "eng.traineddata")):
            return folder
    raise RuntimeError("Tesseract's English model is missing: apt-get install tesseract-ocr tesseract-ocr-eng")


@lru_cache(maxsize=1)
def _engines():
    """The text and orientation engines, loaded once per process (worker)."""
    import tesserocr

    folder = tessdata()
    text = tesserocr.PyTessBaseAPI(path=folder, lang="eng", psm=tesserocr.PSM.AUTO)
    osd = tesserocr.PyTessBaseAPI(path=folder, lang="osd", psm=tesserocr.PSM.OSD_ONLY) \
        if os.path.exists(os.path.join(folder, "osd.traineddata")) else None
    return text, osd


def ocr_pdf_page(page: pdfium.PdfPage) -> ScannedPage:
    """OCR one PDF page rendered at 300 dpi (in points of that page)."""
    time_limit.extend(limits.OCR_PAGE_TIMEOUT)
    image = page.render(scale=DPI / 72, grayscale=True).to_pil()
    return ocr_image(image)


def ocr_image(image: Image.Image) -> ScannedPage:
    """OCR one page image scanned at 300 dpi: upright, levelled, words and ruling lines in points."""
    import tesserocr

    text, osd = _engines()
    image = image.convert("L").filter(ImageFilter.MedianFilter(3))  # toner specks and dropouts out
    text.SetImage(image)
    layout = text.AnalyseLayout()
    angle = layout.Orientation()[3] if layout else 0.0
    if abs(angle) > _MIN_SKEW:
        image = image.rotate(math.degrees(angle), resample=Image.BICUBIC, fillcolor=_paper(image))
        text.SetImage(image)
    text.Recognize()
    if text.MeanTextConf() < _CHECK_ORIENTATION and osd is not None:
        osd.SetImage(image.reduce(2))
        upright = osd.DetectOrientationScript()
        if upright and upright["orient_deg"] and upright["orient_conf"] > 2:
            image = image.rotate(upright["orient_deg"], expand=True, fillcolor=_paper(image))
            text.SetImage(image)
            text.Recognize()
    words = _words(text.GetIterator(), tesserocr, image.height * _POINTS)
    confidence = float(np.mean([w["confidence"] for w in words])) if words else 0.0
    return ScannedPage(words, _ruling_lines(image), confidence)


def _paper(image: Image.Image) -> int:
    """The page's background grey (its brightest common value), to fill corners turned in."""
    histogram = image.histogram()
    return max(range(128, 256), key=lambda v: histogram[v])


def _words(iterator, tesserocr, height: float) -> list[dict]:
    """Recognised words as the PDF reader's text runs: each word carries its line's baseline and
    height, so a line's words stay one line."""
    RIL = tesserocr.RIL
    words: list[dict] = []
    if iterator is None:
        return words
    line_top = line_bottom = size = 0.0
    for word in tesserocr.iterate_level(iterator, RIL.WORD):
        box = word.BoundingBox(RIL.WORD)
        if word.IsAtBeginningOf(RIL.TEXTLINE):
            baseline = word.Baseline(RIL.TEXTLINE)
            row = word.RowAttributes()
            size = row["row_height"] * _POINTS
            base = (baseline[0][1] + baseline[1][1]) / 2 * _POINTS if baseline else box[3] * _POINTS
            line_top, line_bottom = base - 0.8 * size, base + 0.2 * size
        content = _text(word, RIL.WORD).strip("|_")  # a table border read as a letter
        if not content or box is None:
            continue
        x0, x1 = box[0] * _POINTS, box[2] * _POINTS
        words.append({"text": content, "x0": x0, "x1": x1, "top": line_top, "bottom": line_bottom, "bold": False,
                      "baseline": line_top + 0.8 * size,
                      "box": (x0, height - box[3] * _POINTS, x1, height - box[1] * _POINTS),
                      "size": round(size, 1), "first_width": max(1.35 * (x1 - x0), 1.0),
                      "confidence": word.Confidence(RIL.WORD)})
    _align_lines(words)
    return words


def _align_lines(words: list[dict], tolerance: float = 3.0) -> None:
    """Give the words of Tesseract lines that stand on one baseline (the cells of one table row,
    read as separate blocks) one top, so the layout reads them as one line, left to right."""
    top = None
    for word in sorted(words, key=lambda w: w["baseline"]):
        if top is None or word["baseline"] - top[0] > tolerance:
            top = (word["baseline"], word["top"], word["bottom"])
        word["top"], word["bottom"] = top[1:]


def _text(word, level) -> str:
    try:
        return (word.GetUTF8Text(level) or "").strip()
    except RuntimeError:  # tesserocr's way of saying the element holds no text
        return ""


def _ruling_lines(image: Image.Image) -> list[dict]:
    """Long straight dark runs in the image (table borders) as the PDF reader's edges, in points.

    A pixel is dark when clearly darker than the paper; a run survives speckle and the odd light
    pixel because darkness is averaged over a short window along it."""
    from minutes.ingest.pdf import edge

    small = image.reduce(2)  # 150 dpi is plenty to find lines
    dark = (np.asarray(small) < _paper(small) - 40).astype(np.int16)
    window, scale = 5, 2 * _POINTS
    edges = []
    for orientation, grid in (("h", dark), ("v", dark.T)):
        sums = np.cumsum(np.pad(grid, ((0, 0), (1, 0))), axis=1)
        mostly = (sums[:, window:] - sums[:, :-window]) * 3 >= 2 * window
        steps = np.diff(np.pad(mostly, ((0, 0), (1, 1))).astype(np.int8), axis=1)
        starts, ends = np.nonzero(steps == 1), np.nonzero(steps == -1)
        long = (ends[1] - starts[1]) >= _RULE_LENGTH / 2
        for line, start, end in zip(starts[0][long], starts[1][long], ends[1][long] + window):
            at, a, b = line * scale, start * scale, end * scale
            edges.append(edge("h", a, b, at, at) if orientation == "h" else edge("v", at, at, a, b))
    return edges


def read_image(data: bytes, path: str, sha256: str) -> Document:
    """Read a TIFF (every frame a page), PNG or JPEG scan by OCR."""
    from minutes.ingest.pdf import build_document, layout_page

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise IngestError(path, f"damaged or unreadable image: {exc}") from None
    frames = getattr(image, "n_frames", 1)
    if frames > limits.MAX_PDF_PAGES:
        raise IngestError(path, f"image has {frames} pages, over the {limits.MAX_PDF_PAGES} page limit")
    pages = []
    try:
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            time_limit.extend(limits.OCR_PAGE_TIMEOUT)
            dpi = frame.info.get("dpi", (DPI, DPI))[0] or DPI
            page = frame.convert("L")
            if abs(dpi - DPI) > 1:
                page = page.resize((round(page.width * DPI / dpi), round(page.height * DPI / dpi)), Image.LANCZOS)
            scan = ocr_image(page)
            pages.append(layout_page(number, page.height * _POINTS, scan.words, scan.edges, bool(scan.words),
                                     True, scan.confidence))
    except OSError as exc:
        raise IngestError(path, f"damaged image: {exc}") from None
    return build_document(pages, path, sha256, "image")
