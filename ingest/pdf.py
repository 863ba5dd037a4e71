"""PDF: text and ruling lines from pdfium (fast, C), tables from pdfplumber's cell geometry.

Each page's text runs (pdfium's text rectangles) become lines in reading order, grouped into
paragraphs: a paragraph ends where a line stops short of the text column's right edge by more than
the next line's first word (that word would have fitted), at a wider vertical gap, or where the font
changes. Ruling lines (thin path objects) are turned into table cells by pdfplumber's geometry
functions, and the text runs inside a cell become that cell's text. Running headers/footers are
found by position and repetition across pages and marked as furniture.
"""
from __future__ import annotations

import ctypes
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.table import cells_to_tables, edges_to_intersections, merge_edges

from minutes.ingest import limits
from minutes.ingest.document import Document, DocumentBuilder, clean_text, spanned_text
from minutes.ingest.errors import IngestError, LimitExceeded
from minutes.ingest.inflate import pdf_stream_over
from minutes.ingest.table_cells import intersections_to_cells

BULLETS = "•◦▪▫●○■□►▶➢✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8*-–"
# a letter and a hyphen at the end: a line that breaks a word (searched from three characters before the end,
# where any match starts: the pattern's $ matches at the end or before a last newline)
_HYPHENATED = re.compile(r"[A-Za-z]-$")
_NUMBERED = re.compile(r"^(\(?\d{1,2}(\.\d{1,2})*[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s")
_MARGIN = 0.08  # top/bottom share of the page where running headers/footers live
_RULE = 2.0     # a path thinner than this (points) is a ruling line
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")
_PAGES_PER_OPENING = 32  # pdfium keeps each page it loads (a scan's image data) until the document closes


@dataclass
class _Line:
    words: list[dict]
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    bold: bool
    page: int = 0

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)

    def laid(self) -> _LaidLine:
        """The line as building the document reads it."""
        return _LaidLine(_Runs(self.words), self.top, self.bottom, self.x1, self.size, self.bold, self.page)


class _Runs:
    """Laid-out text runs (a line's, or a table cell's) as building the document reads them: their
    texts joined by spaces, each one's length and box in flat arrays, and the first word's width.
    A few dozen bytes a run, where a dict a run took about 420: a long scan's pages are held until
    the document is built (running headers are found across all of them)."""

    __slots__ = ("text", "_lengths", "_boxes", "first_width")

    def __init__(self, words: list[dict]) -> None:
        self.text = " ".join(w["text"] for w in words)
        self._lengths = array("l", [len(w["text"]) for w in words])
        self._boxes = array("d", [value for w in words for value in w["box"]])
        self.first_width: float = words[0]["first_width"] if words else 0.0

    def __iter__(self) -> Iterator[tuple[str, tuple[float, ...]]]:
        """Each run's text and box (x0, y0, x1, y1)."""
        start = 0
        for index, length in enumerate(self._lengths):
            yield self.text[start:start + length], tuple(self._boxes[4 * index:4 * index + 4])
            start += length + 1


@dataclass(slots=True)
class _LaidLine:
    """A line of a laid-out page: its runs and what paragraph building reads of its geometry."""

    runs: _Runs
    top: float
    bottom: float
    x1: float
    size: float
    bold: bool
    page: int
    right: float = 0.0  # the right edge of the line's column, on a page set in columns (else 0: the page's)

    @property
    def text(self) -> str:
        return self.runs.text


@dataclass(slots=True)
class _Item:
    """A line of running text or a table, in page reading order."""

    top: float
    line: _LaidLine | None = None
    order: tuple[float, int, float] | None = None  # (band's top, column, top) on a page set in columns
    rows: list[list[str]] | None = None
    bold_rows: list[bool] | None = None
    row_runs: list[list[_Runs]] | None = None  # each row's cells' text runs, in reading order


@dataclass
class _Page:
    number: int
    height: float
    items: list[_Item]
    has_chars: bool
    has_images: bool
    unusable: bool = False  # a text layer of glyph ids without a Unicode map (left out; OCR can read the page)
    ocr_confidence: float | None = None  # mean OCR word confidence (0-100) when the page was read by OCR


def read_pdf(data: bytes, path: str, sha256: str, ocr: str = "auto") -> Document:
    """Read PDF bytes into a Document. Pages without a text layer are read by OCR (``ocr``:
    ``auto``), every page is (``always``) or none is (``never``: such pages get a warning)."""
    if data.rfind(b"%%EOF") < 0:  # anywhere: mail gateways and uploads append junk after it
        raise IngestError(path, "damaged or truncated PDF: no end-of-file marker")
    if (offset := pdf_stream_over(data, limits.MAX_PDF_STREAM_BYTES)) is not None:
        raise IngestError(path, f"compressed stream at byte {offset:,} inflates past the MINUTES_MAX_PDF_STREAM_BYTES "
                                f"limit ({limits.MAX_PDF_STREAM_BYTES:,} bytes)")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise IngestError(path, "encrypted PDF (password required)") from None
        raise IngestError(path, f"damaged or truncated PDF: {exc}") from None
    try:
        page_count = len(pdf)
        if page_count > limits.MAX_PDF_PAGES:
            raise IngestError(path, f"PDF has {page_count} pages, over the {limits.MAX_PDF_PAGES} page limit")
        pages = []
        for index in range(page_count):
            if index and index % _PAGES_PER_OPENING == 0:  # what pdfium kept of the pages read so far is let go
                pdf.close()
                pdf = pdfium.PdfDocument(data)
            pages.append(_read_page(pdf, index, ocr))
    except pdfium.PdfiumError as exc:
        raise IngestError(path, f"damaged PDF: {exc}") from None
    finally:
        pdf.close()
    return build_document(pages, path, sha256, "pdf")


def build_document(pages: list[_Page], path: str, sha256: str, fmt: str) -> Document:
    """The Document of laid-out pages (text-layer or OCR), running headers/footers marked. Each page's
    items are let go once written, so a long scan is not held twice, as pages and as the document."""
    builder = DocumentBuilder()
    _build(builder, pages, _running_lines(pages))
    ocr_pages = tuple((p.number, p.ocr_confidence) for p in pages if p.ocr_confidence is not None)
    return builder.build(path, sha256, fmt, len(pages), _no_text_warning(pages) + _unusable_warning(pages), ocr_pages)


def _read_page(pdf: pdfium.PdfDocument, index: int, ocr: str = "never") -> _Page:
    page = pdf[index]
    try:
        height = page.get_height()
        textpage = page.get_textpage()
        unusable = text_layer_unusable(textpage)
        words = [] if unusable else _text_runs(textpage, height)
        edges, images = _edges(page, height)
        has_chars = textpage.count_chars() > 0
        textpage.close()
        if ocr == "always" or (ocr == "auto" and (unusable or not has_chars)):
            from minutes.ingest.ocr import ocr_pdf_page
            scan = ocr_pdf_page(page)
            return layout_page(index + 1, height, scan.words, scan.edges, bool(scan.words), True, scan.confidence)
    finally:
        page.close()
    return layout_page(index + 1, height, words, edges, has_chars, images, unusable=unusable)


def layout_page(number: int, height: float, words: list[dict], edges: list[dict], has_chars: bool, images: bool,
                ocr_confidence: float | None = None, unusable: bool = False) -> _Page:
    """A page's text runs (word dicts, in points from the top left) and ruling lines laid out as
    lines and tables in reading order."""
    items: list[_Item] = []
    boxes = []
    crossings = edges_to_intersections(merge_edges(edges, 3, 3, 3, 3), 3, 3)
    if len(crossings) > limits.MAX_TABLE_CELLS:
        raise LimitExceeded(f"page {number} is ruled into {len(crossings):,} table cells, over the "
                            f"MINUTES_MAX_TABLE_CELLS limit ({limits.MAX_TABLE_CELLS:,})")
    for cells in cells_to_tables(intersections_to_cells(crossings)):
        rows, bold, runs, box = _table(cells, words)
        if rows:
            items.append(_Item(top=box[1], rows=rows, bold_rows=bold, row_runs=runs))
            boxes.append(box)
    running = [w for w in words if not any(_inside(w, box) for box in boxes)]
    for order, line, right in _reading_order(_lines(running)):
        line.page = number
        laid = line.laid()
        laid.right = right
        items.append(_Item(top=line.top, line=laid, order=order))
    items.sort(key=lambda item: item.order or (item.top, 0, item.top))
    return _Page(number, height, items, has_chars, images, unusable, ocr_confidence)


def text_layer_unusable(textpage: pdfium.PdfTextPage) -> bool:
    """Whether a page's text layer is glyph ids rather than text: most of its characters come from a
    font with no Unicode map (an Identity-H font without ToUnicode), which pdfium reports as mapping
    errors. Checks at most 256 characters spread over the page."""
    count = textpage.count_chars()
    if count <= 0:
        return False
    sample = range(0, count, max(1, count // 256))
    errors = mapped = 0
    for i in sample:  # counted until the answer is sure: on a page of text, half the sample and one
        if pdfium_c.FPDFText_HasUnicodeMapError(textpage.raw, i) == 1:
            errors += 1
        else:
            mapped += 1
        if errors > len(sample) / 2 or mapped >= len(sample) / 2:
            break
    return errors > len(sample) / 2


def _text_runs(textpage: pdfium.PdfTextPage, height: float) -> list[dict]:
    """pdfium's text rectangles as word-like dicts (text, box, font name, size, first word's width)."""
    runs = []
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    # the pointers and functions of the three calls a run makes, looked up once a page
    raw_page, flags_at, x_at, y_at = textpage.raw, ctypes.byref(flags), ctypes.byref(origin_x), ctypes.byref(origin_y)
    font_size, font_info, char_origin = (pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetFontInfo,
                                         pdfium_c.FPDFText_GetCharOrigin)
    for left, bottom, right, top, raw, index in _rect_texts(textpage):
        text = clean_text(_CONTROL.sub("", raw))
        if not text:
            continue
        first = len(text.split(" ", 1)[0])
        size, font, baseline = top - bottom, "", bottom
        # the first word's width, estimated generously (wide letters): a paragraph ends only where even
        # a wide word would have fitted on the line before
        first_width = 1.35 * (right - left) * first / len(text)
        if index is not None and index >= 0:
            size = font_size(raw_page, index) or size
            font_info(raw_page, index, name, 256, flags_at)
            font = name.value.decode("latin-1")
            if char_origin(raw_page, index, x_at, y_at):
                baseline = origin_y.value
        # a line box from the baseline and font size, as type sets it: glyph boxes vary with the letters
        runs.append({"text": text, "x0": left, "x1": right, "top": height - baseline - 0.8 * size,
                     "bottom": height - baseline + 0.2 * size, "bold": _is_bold(font), "size": round(size, 1),
                     "first_width": max(first_width, 1.0), "box": (left, bottom, right, top)})
    return runs


def _rect_texts(textpage: pdfium.PdfTextPage) -> list[tuple[float, float, float, float, str, int | None]]:
    """Each text rectangle with its text and the index of a letter in it (to read the font from).

    pdfium lists rectangles in character order, so a rectangle's text runs from its first character
    to the next rectangle's: one pass over the page text instead of a page scan per rectangle. Where
    that order does not hold (or the text and character indices differ), the rectangle's text is
    read by its bounds.
    """
    count = textpage.count_chars()
    page_text = textpage.get_text_range(0, count) if count > 0 else ""
    rects = _rects(textpage)
    starts = [pdfium_c.FPDFText_GetCharIndexAtPos(textpage.raw, left + 0.01, (bottom + top) / 2, 0.5, 0.5)
              for left, bottom, _, top in rects] + [count]
    found = []
    for (left, bottom, right, top), start, end in zip(rects, starts, starts[1:]):
        if len(page_text) == count and 0 <= start < end:
            text = page_text[start:end]
            letter = next((start + k for k, ch in enumerate(text) if ch.isalnum()), start)
        else:
            text = _bounded_text(textpage, left, bottom, right, top)
            letter = _letter_index(textpage, left, bottom, right, top)
        found.append((left, bottom, right, top, text, letter))
    return found


def _rects(textpage: pdfium.PdfTextPage) -> list[tuple[float, float, float, float]]:
    """Each text rectangle's left, bottom, right and top (``textpage.get_rect`` for each, with the four
    numbers' buffers made once a page rather than once a rectangle)."""
    left, bottom, right, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    pointers = ctypes.byref(left), ctypes.byref(top), ctypes.byref(right), ctypes.byref(bottom)  # pdfium's order
    get_rect, raw_page = pdfium_c.FPDFText_GetRect, textpage.raw
    rects = []
    for index in range(textpage.count_rects()):
        if not get_rect(raw_page, index, *pointers):
            raise pdfium.PdfiumError("Failed to get rectangle. (Make sure count_rects() was called with default "
                                     "params once before subsequent get_rect() calls.)")
        rects.append((left.value, bottom.value, right.value, top.value))
    return rects


def _bounded_text(textpage: pdfium.PdfTextPage, left: float, bottom: float, right: float, top: float) -> str:
    """The text inside a rectangle (pdfium's bounded text, without the wrapper's per-call overhead)."""
    count = pdfium_c.FPDFText_GetBoundedText(textpage.raw, left, top, right, bottom, None, 0)
    if count <= 0:
        return ""
    buffer = (ctypes.c_ushort * count)()
    pdfium_c.FPDFText_GetBoundedText(textpage.raw, left, top, right, bottom, buffer, count)
    return bytes(buffer).decode("utf-16-le", errors="ignore")


def _letter_index(textpage: pdfium.PdfTextPage, left: float, bottom: float, right: float, top: float) -> int | None:
    """The index of a letter inside a text run, to read its font, size and baseline from (the run's
    first character may be a quote from a fallback font, its centre may fall between words)."""
    middle = (bottom + top) / 2
    found = None
    for x in (left + (right - left) * f for f in (0.5, 0.25, 0.75, 0.1, 0.9)) if right - left > 4 else (left + 1,):
        index = textpage.get_index(x, middle, 2, 2)
        if index is None or index < 0:
            continue
        if chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, index)).isalnum():
            return index
        found = index if found is None else found
    return found


def _edges(page: pdfium.PdfPage, height: float) -> tuple[list[dict], bool]:
    """Ruling lines (thin path objects, and the sides of drawn rectangles) as pdfplumber edges."""
    edges: list[dict] = []
    images = False
    bounds = [ctypes.c_float() for _ in range(4)]
    refs = [ctypes.byref(value) for value in bounds]
    for kind, obj in _page_objects(page):
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images = True
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            raise pdfium.PdfiumError("Failed to locate pageobject.")
        left, bottom, right, top = (value.value for value in bounds)
        x0, x1, y0, y1 = left, right, height - top, height - bottom
        if y1 - y0 <= _RULE and x1 - x0 > _RULE:
            edges.append(edge("h", x0, x1, (y0 + y1) / 2, (y0 + y1) / 2))
        elif x1 - x0 <= _RULE and y1 - y0 > _RULE:
            edges.append(edge("v", (x0 + x1) / 2, (x0 + x1) / 2, y0, y1))
    return edges, images


def _page_objects(page: pdfium.PdfPage) -> Iterator[tuple[int, ctypes.c_void_p]]:
    """Each object of the page and of the forms (XObjects) drawn on it, one level down, with its
    type, in order: what ``page.get_objects(max_depth=2)`` yields, without a wrapper object for each
    (a page draws hundreds: a third of the time spent on ruling lines)."""
    def objects(count: int, get, parent, level: int) -> Iterator[tuple[int, ctypes.c_void_p]]:
        if count < 0:
            raise pdfium.PdfiumError("Failed to get number of pageobjects.")
        for index in range(count):
            obj = get(parent, index)
            if not obj:
                raise pdfium.PdfiumError("Failed to get pageobject.")
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_UNKNOWN:
                raise pdfium.PdfiumError("Failed to determine pageobject type, did you pass in a valid "
                                         "FPDF_PAGEOBJECT handle?")
            yield kind, obj
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and level == 0:
                yield from objects(pdfium_c.FPDFFormObj_CountObjects(obj), pdfium_c.FPDFFormObj_GetObject, obj, 1)

    yield from objects(pdfium_c.FPDFPage_CountObjects(page.raw), pdfium_c.FPDFPage_GetObject, page.raw, 0)  # page held


def edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {"orientation": orientation, "object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top}


def _table(cells: list[tuple], words: list[dict]) -> tuple[list[list[str]], list[bool], list[list[_Runs]], tuple]:
    """Rows of cell texts (aligned on the table's columns), whether each row is bold, each row's cells'
    text runs in reading order, and the table's box."""
    columns = {x: i for i, x in enumerate(sorted({round(c[0]) for c in cells}))}
    rows: dict[int, dict[int, list[dict]]] = {}
    box = (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))
    words = sorted((w for w in words if _inside(w, box)), key=_middle)
    middles = [_middle(w) for w in words]
    tops = sorted({round(c[1]) for c in cells})
    for x0, top, x1, bottom in cells:
        band = words[bisect_left(middles, top):bisect_right(middles, bottom)]  # words level with the cell
        inside = [w for w in band if _inside(w, (x0, top, x1, bottom))]
        rows.setdefault(round(top), {})[columns[round(x0)]] = inside
        below = [t for t in tops if round(top) < t < bottom - 3]  # rows this cell is merged down over
        if below and spanned_text(_cell_text(_lines(inside))):
            for t in below:
                rows.setdefault(t, {})[columns[round(x0)]] = inside
    texts, bold, ordered = [], [], []
    for _, row in sorted(rows.items()):
        cell_lines = [_lines(row.get(col, [])) for col in range(len(columns))]
        texts.append([_cell_text(lines) for lines in cell_lines])
        ordered.append([_Runs([w for line in lines for w in line.words]) for lines in cell_lines])
        runs = [w for ws in row.values() for w in ws]
        bold.append(bool(runs) and all(w["bold"] for w in runs))
    keep = [any(t) for t in texts]
    return ([t for t, k in zip(texts, keep) if k], [b for b, k in zip(bold, keep) if k],
            [r for r, k in zip(ordered, keep) if k], box)


def _middle(word: dict) -> float:
    return (word["top"] + word["bottom"]) / 2


_BROKEN_WORD = re.compile(r"([A-Za-z])-\n([a-z])")  # a word hyphenated across a cell's lines


def _cell_text(lines: list[_Line]) -> str:
    """A cell's lines in reading order, rejoined (no space after a slash, de-hyphenated)."""
    text = "\n".join(line.text for line in lines).replace("/\n", "/")
    return clean_text(_BROKEN_WORD.sub(r"\1\2", text))


def _inside(word: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def _is_bold(fontname: str) -> bool:
    return any(mark in fontname for mark in ("Bold", "Black", "Heavy", ",B"))


def _lines(words: list[dict]) -> list[_Line]:
    """Group words into lines by their vertical position."""
    rows: list[tuple[float, list[dict]]] = []  # each line's top and words
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(word["top"] - rows[-1][0]) <= 3:
            rows[-1][1].append(word)
        else:
            rows.append((word["top"], [word]))
    return [_line(top, sorted(row, key=lambda w: w["x0"])) for top, row in rows]


def _line(top: float, words: list[dict]) -> _Line:
    """A line of ``words`` (left to right) at ``top``: its extent, size and boldness from its words."""
    return _Line(words, top, max(w["bottom"] for w in words), words[0]["x0"], words[-1]["x1"],
                 median(w["size"] for w in words), all(w["bold"] for w in words if w["text"].strip(BULLETS)))


# a line as laid out: its sort key on a page set in columns (band's top, column, top) or None, and its column's right edge
_Placed = tuple[tuple[float, int, float] | None, _Line, float]
_GUTTER = 12.0  # points of white space at the least between two columns of text


def _reading_order(lines: list[_Line]) -> list[_Placed]:
    """A page's lines in reading order: on a page set in two columns of running text (a newsletter's
    minutes), each band of lines between full-width lines is read down the left column, then down the
    right, and each column piece carries its column's right edge; on any other page, the lines as they
    are. Two columns are read only where both hold prose (lines of four words or more), not a table's
    short cells (names beside organisations), whose rows must stay together."""
    plain: list[_Placed] = [(None, line, 0.0) for line in lines]
    pieces = _columns(lines)
    if pieces is None:
        return plain
    lefts = [left for left, _ in pieces if left]
    rights = [right for _, right in pieces if right]
    if median(len(p.text.split()) for p in lefts) < 4 or median(len(p.text.split()) for p in rights) < 4:
        return plain  # short cells (names beside organisations, an owner beside each action): a table's rows
    left_edge, right_edge = max(p.x1 for p in lefts), max(p.x1 for p in rights)
    ordered: list[_Placed] = []
    band: float | None = None
    for line, (left, right) in zip(lines, pieces):
        if left is None and right is None:  # a line across the gutter: a full-width title ends the band
            band = None
            ordered.append((None, line, 0.0))
            continue
        band = line.top if band is None else band
        if left is not None:
            ordered.append(((band, 0, left.top), left, left_edge))
        if right is not None:
            ordered.append(((band, 1, right.top), right, right_edge))
    return ordered


def _columns(lines: list[_Line]) -> list[tuple[_Line | None, _Line | None]] | None:
    """Each line's pieces left and right of a white gutter down the middle of the page that few lines
    cross (two columns), if there is one: at least ``_GUTTER`` wide, with text on both sides of it on a
    third of the lines or more."""
    if len(lines) < 8:
        return None
    start, end = min(line.x0 for line in lines), max(line.x1 for line in lines)
    low, high = int(start + 0.3 * (end - start)), int(start + 0.7 * (end - start))
    crossing = [0] * (high - low + 2)  # how many words cross each x of the middle band (difference array)
    for line in lines:
        for w in line.words:
            a, b = max(int(w["x0"]) + 1, low), min(int(w["x1"]), high)
            if a <= b:
                crossing[a - low] += 1
                crossing[b - low + 1] -= 1
    depth, fewest, where = 0, len(lines), None
    for k, step in enumerate(crossing[:-1]):
        depth += step
        if depth < fewest:
            fewest, where = depth, low + k
    if where is None or fewest > 0.1 * len(lines):
        return None
    pieces = [_split_line(line, where) for line in lines]
    left = [p.x1 for p, _ in pieces if p is not None]
    right = [p.x0 for _, p in pieces if p is not None]
    if min(len(left), len(right)) < len(lines) / 3 or min(right) - max(left) < _GUTTER:
        return None
    return pieces


def _split_line(line: _Line, gutter: float) -> tuple[_Line | None, _Line | None]:
    """A line's words left and right of the gutter (None, None for a line across it)."""
    if any(w["x0"] < gutter < w["x1"] for w in line.words):
        return None, None
    left = [w for w in line.words if w["x1"] <= gutter]
    right = [w for w in line.words if w["x0"] >= gutter]
    return _line(line.top, left) if left else None, _line(line.top, right) if right else None


def _normalise(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _running_lines(pages: list[_Page]) -> set[tuple[int, float]]:
    """(page, top) of lines in the top/bottom margins that recur on half the pages or more,
    and of lone page numbers there."""
    if not pages:
        return set()
    seen: dict[str, set[int]] = {}
    margin_lines: list[tuple[_Page, _LaidLine]] = []
    for page in pages:
        for item in page.items:
            line = item.line
            if line and (line.top < page.height * _MARGIN or line.bottom > page.height * (1 - _MARGIN)):
                margin_lines.append((page, line))
                seen.setdefault(_normalise(line.text), set()).add(page.number)
    needed = max(2, (len(pages) + 1) // 2)
    marks = set()
    for page, line in margin_lines:
        key = _normalise(line.text)
        if len(seen[key]) >= needed or re.fullmatch(r"(page\s*)?[-–\s]*#[-–\s]*(of\s*#)?", key):
            marks.add((page.number, line.top))
    return marks


def _no_text_warning(pages: list[_Page]) -> tuple[str, ...]:
    empty = [p.number for p in pages if not p.has_chars]
    return (f"no text layer on {_page_ranges(empty)}: scanned?",) if empty else ()


def _unusable_warning(pages: list[_Page]) -> tuple[str, ...]:
    garbled = [p.number for p in pages if p.unusable]
    return (f"text layer unusable on {_page_ranges(garbled)} (glyph ids without a Unicode map): "
            f"its text is left out",) if garbled else ()


def _page_ranges(numbers: list[int]) -> str:
    """"page 4" or "pages 1-3, 7" for ascending page numbers."""
    ranges, start = [], numbers[0]
    for prev, cur in zip(numbers, numbers[1:] + [None]):
        if cur != prev + 1:
            ranges.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = cur
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(ranges)


def _build(builder: DocumentBuilder, pages: list[_Page], furniture: set[tuple[int, float]]) -> None:
    table: int | None = None
    table_width = 0
    paragraph: list[_LaidLine] = []  # may run on from the foot of one page to the top of the next
    start_page = 1
    for page in pages:
        body = [item for item in page.items if not (item.line and (page.number, item.line.top) in furniture)]
        right = max((item.line.x1 for item in body if item.line), default=0.0)
        sizes = [item.line.size for item in body if item.line]
        body_size = median(sizes) if sizes else 0.0
        for index, item in enumerate(body):
            if item.rows is not None:
                _flush(builder, paragraph, start_page, body_size)
                paragraph = []
                continues = index == 0 and table is not None and len(item.rows[0]) == table_width
                if not continues:
                    table, table_width = builder.new_table(), len(item.rows[0])
                for row, bold, runs in zip(item.rows, item.bold_rows or [], item.row_runs or []):
                    block = builder.add_row(row, page.number, table, bold=bold)
                    for cell, cell_runs in zip(block.cells if block else (), runs):
                        _add_boxes(builder, cell_runs, cell.text, cell.start, page.number)
                continue
            new_page = index == 0
            if paragraph and _starts_new(paragraph[-1], item.line, paragraph[-1].right or right, new_page):
                _flush(builder, paragraph, start_page, body_size)
                paragraph = []
            if not paragraph:
                start_page = page.number
            paragraph.append(item.line)
        if body and body[-1].rows is None:
            table = None
        for item in page.items:
            if item.line and (page.number, item.line.top) in furniture:
                block = builder.add("paragraph", item.line.text, page.number, furniture=True)
                if block:
                    _add_boxes(builder, item.line.runs, block.text, block.start, page.number)
        page.items = []
    _flush(builder, paragraph, start_page, body_size if pages else 0.0)


def _starts_new(prev: _LaidLine, line: _LaidLine, right: float, new_page: bool = False) -> bool:
    """Whether ``line`` begins a new block after ``prev`` (``new_page``: it heads the next page)."""
    height = max(prev.bottom - prev.top, 1.0)
    if not new_page and line.top - prev.bottom > 0.6 * height:
        return True
    if abs(line.size - prev.size) > 0.9 or line.bold != prev.bold:
        return True
    if line.text[:1] in BULLETS and line.text[1:2] == " " or _NUMBERED.match(line.text):
        return True
    room = right - prev.x1
    return room > line.runs.first_width + 0.5 * height


def _flush(builder: DocumentBuilder, lines: list[_LaidLine], page: int, body_size: float) -> None:
    if not lines:
        return
    text = lines[0].text
    for line in lines[1:]:
        if _HYPHENATED.search(text, max(len(text) - 3, 0)) and line.text[:1].islower():
            text = text[:-1] + line.text
        else:
            text += " " + line.text
    bold = all(line.bold for line in lines)
    if text[:1] in BULLETS and text[1:2] == " ":
        block = builder.add("list_item", text[2:], page, bold=bold)
    elif len(lines) <= 2 and body_size and lines[0].size > body_size + 1:
        block = builder.add("heading", text, page, level=1 if lines[0].size > body_size + 4 else 2, bold=True)
    else:
        block = builder.add("paragraph", text, page, bold=bold)
    for line in lines if block else ():
        _add_boxes(builder, line.runs, block.text, block.start, line.page or page)


def _add_boxes(builder: DocumentBuilder, runs: _Runs, text: str, offset: int, page: int) -> None:
    """Record each run's box at the place its text was written (``text`` starts at ``offset``).

    Runs are found in order; a run whose text was changed on the way in (a bullet dropped, a hyphen
    rejoined) is found without those marks, and one not found at all is left without a box."""
    cursor = 0
    for words, box in runs:
        found = text.find(words, cursor)
        if found < 0:
            words = words.lstrip(BULLETS).strip().rstrip("-")
            found = text.find(words, cursor) if words else -1
        if found < 0:
            continue
        cursor = found + len(words)
        builder.add_box(offset + found, offset + cursor, page, *box)
