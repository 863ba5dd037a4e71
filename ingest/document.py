"""The document model every ingester produces: one canonical text plus ordered, located blocks.

The invariant ``doc.text[b.start:b.end] == b.text`` (and the same for every table cell) holds by
construction: blocks are only ever appended through :class:`DocumentBuilder`, which records the
offsets as it writes the text.
"""
from __future__ import annotations

import functools
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import groupby
from pathlib import Path
from typing import NamedTuple

from minutes.ingest import limits
from minutes.ingest.errors import LimitExceeded

BLOCK_KINDS = ("heading", "paragraph", "list_item", "table_row")
CELL_SEPARATOR = "\t"
BLOCK_SEPARATOR = "\n"

_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_OTHER_SPACE = re.compile(r"[\t\r\n\f\v\u00a0\u00ad\u2000-\u200b\u202f\u205f\u3000]")  # _SPACES but a space (and soft hyphens)


def clean_text(text: str) -> str:
    """Collapse every run of whitespace (tabs and newlines included) to one space and strip."""
    if "  " not in text and _OTHER_SPACE.search(text) is None:
        return text.strip()  # most lines: single spaces only, which the substitution would copy as they are
    return _SPACES.sub(" ", text.replace("\u00ad", "")).strip()


@dataclass(frozen=True)
class Cell:
    """One table cell: its text and where it stands in the document text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Block:
    """A heading, paragraph, list item or table row, located in the document text.

    ``page`` is 1-based. ``level`` is the heading level or list depth (0 when not applicable).
    ``bold`` is true when the whole block is bold. ``furniture`` marks running headers and
    footers (a strap line printed on every page) that extractors skip. ``table`` numbers the
    table a row belongs to (0-based, in document order).
    """

    kind: str
    text: str
    page: int
    start: int
    end: int
    level: int = 0
    bold: bool = False
    furniture: bool = False
    table: int | None = None
    cells: tuple[Cell, ...] = ()


class Box(NamedTuple):
    """Where a stretch of the text is printed: characters ``start``..``end`` on ``page`` (1-based) lie
    inside x0, y0, x1, y1, in PDF points with the origin at the page's bottom-left corner."""

    start: int
    end: int
    page: int
    x0: float
    y0: float
    x1: float
    y1: float


class Boxes(Sequence[Box]):
    """Boxes in text order, kept as the seven numbers of each in one flat array: 56 bytes a box,
    where a Box tuple with its numbers takes about 250 (a scanned page has some 300 boxes)."""

    __slots__ = ("_values",)

    def __init__(self, boxes: Iterable[Box] = ()) -> None:
        self._values = array("d", (value for box in boxes for value in box))

    @classmethod
    def in_order(cls, values: array) -> Boxes:
        """The boxes whose numbers ``values`` holds, seven a box, sorted as Box tuples would be. Boxes
        come out of text order where a running footer is written before the paragraph it interrupts;
        they are sorted by start, and boxes sharing a start by all seven numbers, without making a
        Box of each (a long scan has hundreds of thousands)."""
        boxes = cls()
        starts = values[::7]
        if all(starts[i] < starts[i + 1] or (starts[i] == starts[i + 1] and
                                             values[7 * i:7 * i + 7] <= values[7 * i + 7:7 * i + 14])
               for i in range(len(starts) - 1)):
            boxes._values = array("d", values)
            return boxes
        for _, group in groupby(sorted(range(len(starts)), key=starts.__getitem__), key=starts.__getitem__):
            for index in sorted(group, key=lambda i: values[7 * i:7 * i + 7]):
                boxes._values.extend(values[7 * index:7 * index + 7])
        return boxes

    def __len__(self) -> int:
        return len(self._values) // 7

    def starts(self) -> list[int]:
        """Each box's start, in order, without making a Box of each."""
        return [int(start) for start in self._values[::7]]

    def __getitem__(self, index):  # an int gives a Box, a slice a tuple of them
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("box index out of range")
        start, end, page, x0, y0, x1, y1 = self._values[7 * index:7 * index + 7]
        return Box(int(start), int(end), int(page), x0, y0, x1, y1)

    def __iter__(self) -> Iterator[Box]:
        return self.from_index(0)

    def from_index(self, index: int) -> Iterator[Box]:
        """The boxes from ``index`` on, in order (``Document.box`` reads a few from where its span
        starts: without indexing each, which checked the index and the length every time)."""
        values = self._values
        for k in range(7 * index, len(values), 7):
            start, end, page, x0, y0, x1, y1 = values[k:k + 7]
            yield Box(int(start), int(end), int(page), x0, y0, x1, y1)

    def __eq__(self, other: object) -> bool:
        return tuple(self) == tuple(other) if isinstance(other, Sequence) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._values.tobytes())

    def __repr__(self) -> str:
        return f"Boxes({list(self)!r})"


@dataclass(frozen=True)
class Document:
    """A file read into one canonical text with located blocks."""

    path: str
    sha256: str
    format: str
    pages: int
    text: str
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()
    boxes: Sequence[Box] = ()    # printed text runs in text order (PDF only; none for DOCX, HTML, text)
    size: int = 0                # bytes of the file read
    ocr_pages: tuple[tuple[int, float], ...] = ()  # (page, mean OCR confidence 0-100) of pages read by OCR

    @property
    def name(self) -> str:
        """The file name, which records and outputs are named after."""
        return Path(self.path).name

    def page_at(self, offset: int) -> int:
        """The page of the block that contains (or last precedes) a character offset."""
        index = bisect_right(self._block_starts, offset)
        return self.blocks[index - 1].page if index else 1

    @cached_property
    def _block_starts(self) -> list[int]:
        return [block.start for block in self.blocks]  # in text order: blocks are appended as written

    @cached_property
    def _box_starts(self) -> list[int]:
        boxes = self.boxes  # sorted, so their starts are too
        return boxes.starts() if isinstance(boxes, Boxes) else [box.start for box in boxes]

    def box(self, start: int, end: int, page: int | None = None) -> Box | None:
        """The page box of the characters ``start``..``end`` on ``page`` (default: the first page they
        touch): the union of the text runs they overlap. Where a run is only partly in the span it is
        cut at the typical advance widths of its letters (within a letter or so of the glyphs).
        None when the document has no geometry there (DOCX, HTML, text)."""
        first = max(bisect_left(self._box_starts, start) - 1, 0)  # the run before the first starting at start
        runs = self.boxes.from_index(first) if isinstance(self.boxes, Boxes) else self.boxes[first:]
        found: Box | None = None
        for run in runs:
            if run.start >= end:
                break
            if run.end <= start or (page is not None and run.page != page):
                continue
            page = run.page
            x0, x1 = run.x0, run.x1
            if start > run.start or end < run.end:
                widths = list(map(_advance, self.text[run.start:run.end]))
                scale = (run.x1 - run.x0) / max(sum(widths), 1)
                x0 = run.x0 + scale * sum(widths[:max(start - run.start, 0)])
                x1 = run.x0 + scale * sum(widths[:min(end, run.end) - run.start])
            if found is None:
                found = Box(start, end, page, x0, run.y0, x1, run.y1)
            else:
                found = found._replace(x0=min(found.x0, x0), y0=min(found.y0, run.y0),
                                       x1=max(found.x1, x1), y1=max(found.y1, run.y1))
        return found

    def body_text(self) -> str:
        """The text of every block that is not running header/footer furniture."""
        return BLOCK_SEPARATOR.join(b.text for b in self.blocks if not b.furniture)


_NARROW = dict.fromkeys(" .,;:'!|ijl", 0.25) | dict.fromkeys("ftrI()[]-/\"", 0.33)
_WIDE = dict.fromkeys("mwMW%@", 0.85)


@functools.lru_cache(maxsize=1024)  # few distinct letters, looked up for every letter of a cut run
def _advance(ch: str) -> float:
    """A letter's advance width in ems as proportional fonts typically set it (Helvetica-like metrics):
    used to place a cut inside a printed run of text."""
    if ch in _NARROW or ch in _WIDE:
        return _NARROW.get(ch) or _WIDE[ch]
    return 0.67 if ch.isupper() else 0.55


def spanned_text(text: str) -> str:
    """What a table cell merged down over several rows gives each row below its first: a short value (an
    owner, a due date, an item number) belongs to every row it spans; a longer text is read once, in its
    first row."""
    text = clean_text(text)
    return text if len(text) <= 60 else ""


@dataclass
class DocumentBuilder:
    """Appends blocks to a growing text, recording offsets so the invariant holds by construction."""

    _parts: list[str] = field(default_factory=list)
    _length: int = 0
    _blocks: list[Block] = field(default_factory=list)
    _tables: int = 0
    _boxes: array = field(default_factory=lambda: array("d"))  # seven numbers a box (see Boxes)

    def _write(self, text: str) -> int:
        if self._length + len(text) > limits.MAX_TEXT_CHARS:
            raise LimitExceeded(f"text is over the MINUTES_MAX_TEXT_CHARS limit ({limits.MAX_TEXT_CHARS:,} characters)")
        if self._parts:
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        return start

    def add(self, kind: str, text: str, page: int, *, level: int = 0, bold: bool = False,
            furniture: bool = False) -> Block | None:
        """Append a non-table block; whitespace is normalised and empty text is skipped."""
        if kind not in BLOCK_KINDS or kind == "table_row":
            raise ValueError(f"not a text block kind: {kind!r}")
        text = clean_text(text)
        if not text:
            return None
        start = self._write(text)
        block = Block(kind, text, page, start, start + len(text), level=level, bold=bold,
                      furniture=furniture)
        self._blocks.append(block)
        return block

    def new_table(self) -> int:
        """Start a new table and return its number, to pass to :meth:`add_row`."""
        self._tables += 1
        return self._tables - 1

    def add_row(self, cells: list[str], page: int, table: int, *, bold: bool = False) -> Block | None:
        """Append a table row; cells are joined by a tab. A row whose cells are all empty is skipped."""
        texts = [clean_text(c) for c in cells]
        while texts and not texts[-1]:
            texts.pop()
        if not any(texts):
            return None
        line = CELL_SEPARATOR.join(texts)
        start = self._write(line)
        located, pos = [], start
        for text in texts:
            located.append(Cell(text, pos, pos + len(text)))
            pos += len(text) + len(CELL_SEPARATOR)
        block = Block("table_row", line, page, start, start + len(line), bold=bold, table=table,
                      cells=tuple(located))
        self._blocks.append(block)
        return block

    def add_box(self, start: int, end: int, page: int, x0: float, y0: float, x1: float, y1: float) -> None:
        """Record where characters ``start``..``end`` of the text are printed (boxes come in text order)."""
        self._boxes.extend((start, end, page, x0, y0, x1, y1))

    def mark_furniture(self, texts: set[str]) -> None:
        """Mark every block whose text is in ``texts`` as running header/footer furniture."""
        self._blocks = [Block(**{**b.__dict__, "furniture": True}) if b.text in texts else b
                        for b in self._blocks]

    @property
    def blocks(self) -> list[Block]:
        """The blocks appended so far (read-only view for ingesters' post-processing)."""
        return list(self._blocks)

    def build(self, path: str, sha256: str, format: str, pages: int,
              warnings: tuple[str, ...] = (), ocr_pages: tuple[tuple[int, float], ...] = ()) -> Document:
        """Freeze the text and blocks into a :class:`Document`."""
        return Document(path=path, sha256=sha256, format=format, pages=max(pages, 1),
                        text="".join(self._parts), blocks=tuple(self._blocks),
                        warnings=tuple(warnings), boxes=Boxes.in_order(self._boxes), ocr_pages=tuple(ocr_pages))


def repeated_lines(texts: list[str], min_count: int = 3, min_words: int = 5, max_length: int = 120) -> set[str]:
    """Short lines of ``min_words`` or more words that recur at least ``min_count`` times.

    Such lines are running headers/footers (a strap line on every page), not content; shorter
    repeats ("Presented by Dave Northcott") are too often real content to drop.
    """
    counts: dict[str, int] = {}
    for text in texts:
        if 0 < len(text) <= max_length:
            counts[text] = counts.get(text, 0) + 1
    return {t for t, n in counts.items() if n >= min_count and len(t.split()) >= min_words}
