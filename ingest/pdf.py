"""PDF with pdfplumber: ruled tables as rows of cells, other text as lines grouped into paragraphs.

Reading order is top to bottom per page. A paragraph ends where a line stops short of the text
column's right edge by more than the next line's first word (that word would have fitted), at a
wider vertical gap, or where the font changes. Running headers/footers are found by position and
repetition across pages and marked as furniture.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from statistics import median

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import PdfminerException

from ingest import limits
from ingest.document import Document, DocumentBuilder, clean_text
from ingest.errors import IngestError

BULLETS = "•◦▪▫●○■□►▶➢✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8*-–"
_NUMBERED = re.compile(r"^(\(?\d{1,2}(\.\d{1,2})*[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s")
_MARGIN = 0.08  # top/bottom share of the page where running headers/footers live


@dataclass
class _Line:
    words: list[dict]
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    bold: bool

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


@dataclass
class _Item:
    """A line of running text or a table, in page reading order."""

    top: float
    line: _Line | None = None
    rows: list[list[str]] | None = None
    bold_rows: list[bool] | None = None


def read_pdf(data: bytes, path: str, sha256: str) -> Document:
    """Read PDF bytes into a Document; warns (not fails) about pages without a text layer."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        raise IngestError(path, _reason(exc)) from None
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise IngestError(path, "encrypted PDF (password required)") from None
    except PSException as exc:
        raise IngestError(path, f"damaged or truncated PDF: {type(exc).__name__}") from None
    with pdf:
        try:
            page_count = len(pdf.pages)
            if page_count > limits.MAX_PDF_PAGES:
                raise IngestError(path, f"PDF has {page_count} pages, over the {limits.MAX_PDF_PAGES} page limit")
            pages = [_read_page(page) for page in pdf.pages]
        except PdfminerException as exc:
            raise IngestError(path, _reason(exc)) from None
        except PSException as exc:
            raise IngestError(path, f"damaged or truncated PDF: {type(exc).__name__}") from None
    builder = DocumentBuilder()
    furniture = _running_lines(pages)
    warnings = _no_text_warning(pages)
    _build(builder, pages, furniture)
    return builder.build(path, sha256, "pdf", page_count, warnings)


def _reason(exc: Exception) -> str:
    cause = exc.args[0] if exc.args else exc
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return "encrypted PDF (password required)"
    return f"damaged or truncated PDF: {type(cause).__name__} {cause}".strip()


@dataclass
class _Page:
    number: int
    height: float
    items: list[_Item]
    has_chars: bool
    has_images: bool


def _read_page(page: pdfplumber.page.Page) -> _Page:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    items: list[_Item] = []
    for table in tables:
        rows = [[clean_text(_join_wrapped(c or "")) for c in row] for row in table.extract()]
        bold = [_row_bold(page, row) for row in table.rows]
        items.append(_Item(top=table.bbox[1], rows=rows, bold_rows=bold))
    words = [w for w in page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
             if not any(_inside(w, box) for box in boxes)]
    items.extend(_Item(top=line.top, line=line) for line in _lines(words))
    items.sort(key=lambda item: item.top)
    result = _Page(page.page_number, float(page.height), items, bool(page.chars), bool(page.images))
    page.close()
    return result


def _join_wrapped(cell: str) -> str:
    """Rejoin a cell's wrapped lines: no space after a slash, and words hyphenated at a line end."""
    cell = re.sub(r"/\n", "/", cell)
    return re.sub(r"([A-Za-z])-\n([a-z])", r"\1\2", cell)


def _row_bold(page: pdfplumber.page.Page, row) -> bool:
    cells = [c for c in row.cells if c]
    if not cells:
        return False
    x0, top = min(c[0] for c in cells), min(c[1] for c in cells)
    x1, bottom = max(c[2] for c in cells), max(c[3] for c in cells)
    chars = [c for c in page.chars if x0 <= c["x0"] and c["x1"] <= x1 and top <= c["top"] and c["bottom"] <= bottom
             and c["text"].strip()]
    return bool(chars) and all(_is_bold(c["fontname"]) for c in chars)


def _inside(word: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def _is_bold(fontname: str) -> bool:
    return any(mark in fontname for mark in ("Bold", "Black", "Heavy", ",B"))


def _lines(words: list[dict]) -> list[_Line]:
    """Group words into lines by their vertical position."""
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(word["top"] - lines[-1].top) <= 3:
            lines[-1].words.append(word)
        else:
            lines.append(_Line([word], word["top"], word["bottom"], 0, 0, 0, False))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
        line.x0, line.x1 = line.words[0]["x0"], line.words[-1]["x1"]
        line.bottom = max(w["bottom"] for w in line.words)
        line.size = median(w["size"] for w in line.words)
        line.bold = all(_is_bold(w["fontname"]) for w in line.words if w["text"].strip(BULLETS))
    return lines


def _normalise(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _running_lines(pages: list[_Page]) -> set[tuple[int, float]]:
    """(page, top) of lines in the top/bottom margins that recur on half the pages or more,
    and of lone page numbers there."""
    if not pages:
        return set()
    seen: dict[str, set[int]] = {}
    margin_lines: list[tuple[_Page, _Line]] = []
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
    if not empty:
        return ()
    ranges, start = [], empty[0]
    for prev, cur in zip(empty, empty[1:] + [None]):
        if cur != prev + 1:
            ranges.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = cur
    label = "page" if len(empty) == 1 else "pages"
    return (f"no text layer on {label} {', '.join(ranges)}: scanned?",)


def _build(builder: DocumentBuilder, pages: list[_Page], furniture: set[tuple[int, float]]) -> None:
    table: int | None = None
    table_width = 0
    paragraph: list[_Line] = []  # may run on from the foot of one page to the top of the next
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
                for row, bold in zip(item.rows, item.bold_rows or []):
                    builder.add_row(row, page.number, table, bold=bold)
                continue
            new_page = index == 0
            if paragraph and _starts_new(paragraph[-1], item.line, right, new_page):
                _flush(builder, paragraph, start_page, body_size)
                paragraph = []
            if not paragraph:
                start_page = page.number
            paragraph.append(item.line)
        if body and body[-1].rows is None:
            table = None
        for item in page.items:
            if item.line and (page.number, item.line.top) in furniture:
                builder.add("paragraph", item.line.text, page.number, furniture=True)
    _flush(builder, paragraph, start_page, body_size if pages else 0.0)


def _starts_new(prev: _Line, line: _Line, right: float, new_page: bool = False) -> bool:
    """Whether ``line`` begins a new block after ``prev`` (``new_page``: it heads the next page)."""
    height = max(prev.bottom - prev.top, 1.0)
    if not new_page and line.top - prev.bottom > 0.6 * height:
        return True
    if abs(line.size - prev.size) > 0.5 or line.bold != prev.bold:
        return True
    if line.text[:1] in BULLETS and line.text[1:2] == " " or _NUMBERED.match(line.text):
        return True
    first = line.words[0]
    room = right - prev.x1
    return room > (first["x1"] - first["x0"]) + 0.5 * height


def _flush(builder: DocumentBuilder, lines: list[_Line], page: int, body_size: float) -> None:
    if not lines:
        return
    text = lines[0].text
    for line in lines[1:]:
        if re.search(r"[A-Za-z]-$", text) and line.text[:1].islower():
            text = text[:-1] + line.text
        else:
            text += " " + line.text
    bold = all(line.bold for line in lines)
    if text[:1] in BULLETS and text[1:2] == " ":
        builder.add("list_item", text[2:], page, bold=bold)
    elif len(lines) <= 2 and body_size and lines[0].size > body_size + 1:
        builder.add("heading", text, page, level=1 if lines[0].size > body_size + 4 else 2, bold=True)
    else:
        builder.add("paragraph", text, page, bold=bold)
