"""OCR of scanned pages (PDF pages without a text layer, TIFF/PNG/JPEG scans) with Tesseract.

Each page is rendered (pypdfium2, 300 dpi) or taken from the image file one frame at a time, so
memory stays flat however many pages a file has. Specks are filtered out, and a page whose lines run
at an angle (a photocopy placed askew) is turned level by the angle Tesseract's layout analysis
measures. Table borders and underlines are found as long straight dark runs and painted out, and
list bullets as solid round marks standing apart, so Tesseract reads neither as letters. Tesseract
(through tesserocr, which keeps one engine loaded per process) reads the page; one that reads badly
is checked for orientation (Tesseract's OSD) and read again turned upright. Recognised words come
back in PDF points with their line's baseline, short low-confidence marks dropped, each bullet as a
"•" word, and the runs as ruling lines, so the PDF reader lays the page out into paragraphs, list
items and table cells exactly as it does a text layer.
"""
from __future__ import annotations

import ctypes
import glob
import io
import math
import os
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageSequence, UnidentifiedImageError

from minutes.ingest import limits, time_limit
from minutes.ingest.document import Document
from minutes.ingest.errors import IngestError

DPI = 300
_POINTS = 72 / DPI
_MIN_SKEW = math.radians(0.15)  # turn a page level when its lines slope more than this
_CHECK_ORIENTATION = 60         # mean word confidence under which the page may be sideways or upside down
_RULE_LENGTH = 0.4 * DPI        # a dark run this long (pixels) is a ruling line, not a letter
_SIDE_LENGTH = 0.15 * DPI       # a cell's side may be this short (one line of text) where no word is on it
_BULLET = (0.04 * DPI, 0.12 * DPI)  # a list bullet's diameter in pixels (3-9 points)
_NOISE = 60                     # words read with less confidence than this may be specks, borders or bullets


_Run = tuple[str, float, float, float]  # a straight dark run: orientation, position, start, end (points)


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
    scan = ocr_image(page.render(scale=DPI / 72, grayscale=True).to_pil())
    release_freed_memory()
    return scan


@lru_cache(maxsize=1)
def _malloc_trim():
    """glibc's malloc_trim, or None where the C library has none."""
    return getattr(ctypes.CDLL(None), "malloc_trim", None)


def release_freed_memory() -> None:
    """Give the memory freed after a page (its images, Tesseract's page results) back to the system.
    glibc keeps it in the heap for reuse, where the next page's images, allocated in a different
    order, fragment it: a long scan's worker grew by tens of MiB without this (benchmarks/ocr_memory.py)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def ocr_image(image: Image.Image) -> ScannedPage:
    """OCR one page image scanned at 300 dpi: upright, levelled, words and ruling lines in points."""
    import tesserocr

    text, osd = _engines()
    image = _despeckled(image.convert("L"))
    text.SetImage(image.reduce(2))  # the lines' slope is measured as well at half the resolution, 3x faster
    layout = text.AnalyseLayout()
    angle = layout.Orientation()[3] if layout else 0.0
    if abs(angle) > _MIN_SKEW:
        image = image.rotate(math.degrees(angle), resample=Image.BILINEAR, fillcolor=_paper(image))
    runs, bullets, plain = _prepared(image)
    text.SetImage(plain)
    text.Recognize()
    if text.MeanTextConf() < _CHECK_ORIENTATION and osd is not None:
        osd.SetImage(image.reduce(2))
        upright = osd.DetectOrientationScript()
        if upright and upright["orient_deg"] and upright["orient_conf"] > 2:
            image = image.rotate(upright["orient_deg"], expand=True, fillcolor=_paper(image))
            runs, bullets, plain = _prepared(image)
            text.SetImage(plain)
            text.Recognize()
    words = _drop_noise(_words(text.GetIterator(), tesserocr, image.height * _POINTS))
    confidence = float(np.mean([w["confidence"] for w in words])) if words else 0.0
    return ScannedPage(_with_bullets(words, bullets, image.height * _POINTS), _ruling_lines(runs, words), confidence)


def _prepared(image: Image.Image) -> tuple[list[_Run], list[tuple[float, float, float, float]], Image.Image]:
    """The page's straight dark runs and bullets, and the image Tesseract reads: without the long
    runs (table borders and underlines, which it reads as letters or glues to the words beside them)
    and without the bullets."""
    runs = _dark_runs(image)
    pixels, paper = np.array(image), _paper(image)
    for orientation, at, start, end in runs:
        if end - start < _RULE_LENGTH * _POINTS:
            continue
        at, start, end = round(at / _POINTS), round(start / _POINTS), round(end / _POINTS)
        if orientation == "h":
            pixels[max(at - 2, 0):at + 4, start:end] = paper
        else:
            pixels[start:end, max(at - 2, 0):at + 4] = paper
    bullets, plain = _bullets(Image.fromarray(pixels))
    return runs, bullets, plain


def _bullets(image: Image.Image) -> tuple[list[tuple[float, float, float, float]], Image.Image]:
    """List bullets (filled round or square marks of a bullet's size, boxes in points) and the image
    without them: Tesseract reads a blurred bullet as a letter ("e", "¢") or glues it to the word."""
    from scipy import ndimage

    paper = _paper(image)
    pixels = np.array(image)
    labels, _ = ndimage.label(pixels < paper - 60)
    found = []
    for index, (rows, cols) in enumerate(ndimage.find_objects(labels), start=1):
        height, width = rows.stop - rows.start, cols.stop - cols.start
        if not (_BULLET[0] <= height <= _BULLET[1] and 0.75 <= width / height <= 1.33):
            continue
        if np.count_nonzero(labels[rows, cols] == index) < 0.7 * height * width:
            continue  # a letter: bullets are solid
        left, right = max(cols.start - width, 0), cols.stop + width
        if labels[rows, left:cols.start].any() or labels[rows, cols.stop:right].any():
            continue  # a bold letter inside a word: a bullet stands apart from the text it marks
        pixels[max(rows.start - 2, 0):rows.stop + 2, max(cols.start - 2, 0):cols.stop + 2] = paper
        found.append((cols.start * _POINTS, rows.start * _POINTS, cols.stop * _POINTS, rows.stop * _POINTS))
    return found, Image.fromarray(pixels) if found else image


def _with_bullets(words: list[dict], bullets: list[tuple[float, float, float, float]], height: float) -> list[dict]:
    """The words with a "•" word before each line that begins at a bullet (the PDF reader's layout
    makes such lines list items); a bullet with no line beside it, or inside one, is left out."""
    added = []
    for x0, top, x1, bottom in bullets:
        middle = (top + bottom) / 2
        level = [w for w in words if w["top"] <= middle <= w["bottom"]]
        after = [w for w in level if w["x0"] >= x1]
        if not after or len(after) < len(level):
            continue
        first = min(after, key=lambda w: w["x0"])
        added.append({**first, "text": "•", "x0": x0, "x1": x1, "box": (x0, height - bottom, x1, height - top),
                      "first_width": 1.35 * (x1 - x0)})
    return sorted(words + added, key=lambda w: (w["top"], w["x0"]))


def _drop_noise(words: list[dict]) -> list[dict]:
    """The words without what OCR made of specks, bits of table borders and stray marks: short
    words read with low confidence, and low-confidence words on lines much smaller than the text."""
    if not words:
        return words
    size = float(np.median([w["size"] for w in words]))
    return [w for w in words if w["confidence"] >= _NOISE or (len(w["text"]) > 3 and w["size"] >= 0.6 * size)]


def _despeckled(image: Image.Image) -> Image.Image:
    """The image without toner specks and dropouts: a 3x3 median taken as the median of each row's
    three vertical medians (the separable median: ten times faster than a true one, as clean here)."""
    pixels = np.pad(np.asarray(image), 1, mode="edge")
    columns = _median3(pixels[:-2], pixels[1:-1], pixels[2:])
    return Image.fromarray(_median3(columns[:, :-2], columns[:, 1:-1], columns[:, 2:]))


def _median3(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return np.maximum(np.minimum(a, b), np.minimum(np.maximum(a, b), c))


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
    _even_sizes(words)
    return words


def _even_sizes(words: list[dict]) -> None:
    """One size for the body text: Tesseract's row heights vary a point or two with the letters a line
    holds (ascenders, descenders), which the layout would read as a change of font ending each
    paragraph at every line. Sizes within a fifth of the page's median become the median; larger type
    (a heading) keeps its own."""
    if not words:
        return
    body = float(np.median([w["size"] for w in words]))
    for word in words:
        if abs(word["size"] - body) <= 0.2 * body:
            word["size"] = round(body, 1)


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


def _dark_runs(image: Image.Image) -> list[_Run]:
    """Straight dark runs in the image: horizontal ones a ruling line long, vertical ones a one-line
    table cell's side long, as (orientation, position, start, end) in points.

    A pixel is dark when clearly darker than the paper; a run survives speckle and the odd light
    pixel because darkness is averaged over a short window along it."""
    small = image.reduce(2)  # 150 dpi is plenty to find lines
    dark = (np.asarray(small) < _paper(small) - 40).astype(np.int16)
    window, scale = 5, 2 * _POINTS
    runs = []
    for orientation, grid, length in (("h", dark, _RULE_LENGTH), ("v", dark.T, _SIDE_LENGTH)):
        sums = np.cumsum(np.pad(grid, ((0, 0), (1, 0))), axis=1)
        mostly = (sums[:, window:] - sums[:, :-window]) * 3 >= 2 * window
        steps = np.diff(np.pad(mostly, ((0, 0), (1, 1))).astype(np.int8), axis=1)
        starts, ends = np.nonzero(steps == 1), np.nonzero(steps == -1)
        long = (ends[1] - starts[1]) >= length / 2
        for line, start, end in zip(starts[0][long], starts[1][long], ends[1][long] + window):
            runs.append((orientation, float(line * scale), float(start * scale), float(end * scale)))
    return runs


def _ruling_lines(runs: list[_Run], words: list[dict]) -> list[dict]:
    """The runs that are table borders, as the PDF reader's edges: every horizontal run, and the
    vertical ones unless a short one falls inside a word (a letter's stem)."""
    from minutes.ingest.pdf import edge

    edges = []
    for orientation, at, start, end in runs:
        if orientation == "h":
            edges.append(edge("h", start, end, at, at))
        elif end - start >= _RULE_LENGTH * _POINTS or not _in_a_word(at, start, end, words):
            edges.append(edge("v", at, at, start, end))
    return edges


def _in_a_word(x: float, top: float, bottom: float, words: list[dict]) -> bool:
    """Whether a short vertical run at ``x`` from ``top`` to ``bottom`` (points) is part of a word."""
    return any(w["x0"] - 1 <= x <= w["x1"] + 1 and w["top"] - 3 <= top and bottom <= w["bottom"] + 3 for w in words)


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
            release_freed_memory()
            pages.append(layout_page(number, page.height * _POINTS, scan.words, scan.edges, bool(scan.words),
                                     True, scan.confidence))
    except OSError as exc:
        raise IngestError(path, f"damaged image: {exc}") from None
    return build_document(pages, path, sha256, "image")
