"""Plain text and light Markdown: one block per line, tab-separated lines as table rows.

Column-aligned text (fields padded with runs of spaces, as ``pdftotext -layout`` and typed
minutes lay out attendee lists) is read as tab-separated where a line's columns line up with a
neighbouring line's, so a lone "137.   APOLOGIES" stays a paragraph. Hard-wrapped paragraphs are
rejoined.

Form feeds separate pages. Markdown headings (``#``), bullets, bold/italic markers and inline
HTML tags are read as layout and removed from the canonical text, so a ``.txt`` export and the
``.docx``/``.pdf`` of the same minutes give the same text.
"""
from __future__ import annotations

import html
import re

from minutes.ingest import limits
from minutes.ingest.document import Document, DocumentBuilder, clean_text, repeated_lines
from minutes.ingest.errors import IngestError
from minutes.ingest.sniff import decode_text

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+\u00b7\u2022\u2023\u2043\u25aa\u25cf\u25e6\u2013\u27a2\uf0a7\uf0b7]\s+(?=\S)")
_BLOCK_TAG = re.compile(r"</?(p|div|br|li|tr|h[1-6])\b[^>]*>", re.I)
_INLINE_TAG = re.compile(r"</?(i|b|em|strong|u|span|font|sup|sub)\b[^>]*>", re.I)
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!&])")
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_HIDDEN_OPEN = re.compile(r"<(?P<tag>script|style)\b[^>]{0,1000}>|(?P<doctype><!doctype\b[^>]{0,1000}>)", re.I)
# a Markdown pipe table: "| Jane Smith | Chair |" (a row) and the rule under its header
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_WHOLE_BOLD = re.compile(r"^\s*\*{2,3}(?=\S)(.+?)(?<=\S)\*{2,3}[\s:,.]*$")


def read_text(data: bytes, path: str, sha256: str) -> Document:
    """Read plain text or Markdown bytes (UTF-8, UTF-16 with BOM, or Windows-1252)."""
    text, encoding = decode_text(data, path)
    text = _drop_hidden(text)
    if len(text) > limits.MAX_TEXT_CHARS:
        raise IngestError(path, f"text has {len(text):,} characters, over the MINUTES_MAX_TEXT_CHARS limit "
                                f"({limits.MAX_TEXT_CHARS:,})")
    warnings = [] if encoding.startswith("utf") else [f"decoded as {encoding}"]
    builder = DocumentBuilder()
    pages = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    for page_no, page in enumerate(pages, start=1):
        _read_page(builder, page, page_no)
    furniture = repeated_lines([b.text for b in builder.blocks if b.kind != "table_row"])
    builder.mark_furniture(furniture)
    return builder.build(path, sha256, "text", len(pages), tuple(warnings))


def _drop_hidden(text: str) -> str:
    """Text without inline ``<script>``/``<style>`` elements (code, not content) and doctypes: an HTML
    fragment read as text must not put them in the document. Linear: each closing tag is searched
    for once, from where the last one was found."""
    if "<" not in text:
        return text
    kept, pos = [], 0
    for match in _HIDDEN_OPEN.finditer(text):
        if match.start() < pos:
            continue
        if match.group("doctype"):
            close = match.end()
        else:
            found = re.compile(rf"</{match.group('tag')}\s*>", re.I).search(text, match.end())
            close = found.end() if found else len(text)
        kept.append(text[pos:match.start()])
        pos = close
    kept.append(text[pos:])
    return "".join(kept)


def _read_page(builder: DocumentBuilder, page: str, page_no: int) -> None:
    table: int | None = None
    for raw in _split_block_tags(page):
        if not raw.strip():
            continue
        if _PIPE_RULE.match(raw):
            continue  # a Markdown table's rule under its header: "|---|:---:|"
        pipe = _PIPE_ROW.match(raw)
        cells = [c.strip() for c in raw.strip().strip("|").split("|")] if pipe else raw.split("\t")
        if (pipe or "\t" in raw.strip(" ") or raw.startswith("\t")) and len([c for c in cells if c.strip()]) >= 2:
            if table is None:
                table = builder.new_table()
            builder.add_row([_inline(c) for c in cells], page_no, table, bold=bool(_WHOLE_BOLD.match(raw)))
            continue
        if pipe and any(c for c in cells):
            raw = next(c for c in cells if c)  # "| Apologies | |": a row of one cell, its text without the pipes
        table = None
        heading = _HEADING.match(raw)
        if heading:
            builder.add("heading", _inline(heading.group(2)), page_no, level=len(heading.group(1)),
                        bold=True)
            continue
        bullet = _BULLET.match(raw)
        if bullet:
            depth = len(bullet.group(1).expandtabs(4)) // 2
            builder.add("list_item", _inline(raw[bullet.end():]), page_no, level=depth,
                        bold=bool(_WHOLE_BOLD.match(raw[bullet.end():])))
            continue
        builder.add("paragraph", _inline(raw), page_no, bold=bool(_WHOLE_BOLD.match(raw)))


def _split_block_tags(page: str) -> list[str]:
    """Lines of a page, with inline HTML block tags (``<p>``, ``<br>``) read as line breaks,
    column-aligned lines as tab-separated, and hard-wrapped paragraphs joined."""
    lines: list[str] = []
    last = ""
    for line in _columns_to_tabs(page.split("\n")):
        parts = _BLOCK_TAG.split(line) if "<" in line and _BLOCK_TAG.search(line) else [line]
        # re.split keeps the captured tag names at odd positions: drop them
        pieces = parts[::2] if len(parts) > 1 else parts
        for piece in pieces:
            if lines and _is_wrapped(lines[-1], piece, last):
                lines[-1] = lines[-1].rstrip() + " " + piece.strip()
            else:
                lines.append(piece)
            last = piece
    return lines


def _columns_to_tabs(lines: list[str]) -> list[str]:
    """Lines laid out in space-padded columns, as tab-separated cells (the indentation dropped): a
    line with a wide gap whose columns line up with those of the line before or after it. The gap
    after a leading bullet or item number ("59.    To receive apologies") is no column."""
    lines = [_MARKER_GAP.sub(r"\1 ", line) if "  " in line or "\t" in line else line for line in lines]
    content = [i for i, line in enumerate(lines) if line.strip()]
    starts = {i: _column_starts(lines[i]) for i in content if "\t" not in lines[i]}
    result = list(lines)
    for k, i in enumerate(content):
        neighbours = content[max(0, k - 1):k] + content[k + 1:k + 2]
        if starts.get(i) and (any(_aligned(starts[i], starts.get(j, [])) for j in neighbours) or _grid_line(lines[i])):
            result[i] = _COLUMN_GAP.sub("\t", lines[i].strip())
    return result


_WIDE_GAP = re.compile(r"(?<=\S) {6,}(?=\S)")
# a grid's cell: short, opening with a capital, no sentence in it and no label's colon ("Cllr Ann Bell (Chair)",
# "Clerk B Mabsley", "Apologies for absence"; not "Present:", "These were agreed. The ...", "1.")
_GRID_CELL = re.compile(r"[A-Z](?:[^.:;]|\.(?=\s?[A-Z]\b|\S))*(?<![.:;])")


def _grid_line(line: str) -> bool:
    """Whether a line no neighbour lines up with is still a grid's row: cells parted by wide gaps (six spaces
    or more), each short and shaped as a name, a post and name, or a heading ("Cllr A Bell (Chair)      Cllr
    C Dunn", "Borough Cllr D Eyre      Clerk F Mabsley      2 Villagers"), not prose that holds a few spaces."""
    cells = _WIDE_GAP.split(line.strip())
    return len(cells) >= 2 and all(len(cell) <= 45 and len(cell.split()) <= 6 and (
        _GRID_CELL.fullmatch(cell) or re.fullmatch(r"\d{1,3} [A-Z][a-z]+", cell)) for cell in cells)


# a list item numbered in lower-case roman numerals or letters ("ii. Proposal to be ...", "(b) Which has not ..."): a line
# of its own, though it starts in lower case
_LETTER_ITEM = re.compile(r"\s*\(?(?:[ivx]{1,4}|[a-h])[.)]\s+\S")
_MARKER_GAP = re.compile(r"^(\s*(?:[-*+\u00b7\u2022\u2023\u2043\u25aa\u25cf\u25e6\u27a2\uf0a7\uf0b7]|\d{1,3}(?:\.\d{1,2})*[.)]|"
                         r"\d{1,3}(?:\.\d{1,2})+|"
                         r"\(?[a-z0-9]{1,3}\)))[ \t]{2,}(?=\S)")


def _column_starts(line: str) -> list[int]:
    """Where the columns after a wide gap (or after the indentation) begin; none if no wide gap."""
    if "   " not in line or not _COLUMN_GAP.search(line.strip()):
        return []
    indent = len(line) - len(line.lstrip())
    return ([indent] if indent else []) + [m.end() for m in _COLUMN_GAP.finditer(line)]


def _aligned(a: list[int], b: list[int]) -> bool:
    return any(abs(x - y) <= 2 for x in a for y in b)


# the last item of a list line, a name perhaps not finished ("..., Cllr D Wheeler"), and a next line that
# finishes it and goes on with the list ("Esq., ...", "Piper Esq., and ..."): one word (and "Esq.") before a comma
_LIST_TAIL = re.compile(r",\s+(?:(?:Cllr|Councillor|Mrs?|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.?\s+){0,3}[A-Z][\w'’-]*$")
_NAME_END = re.compile(r"\s{0,3}[A-Z][\w'’-]*(?:\s+Esq)?\.?,")


# a list line that ends in a title ("..., Cllr") or a title and a first name or initial ("..., Cllr Mary", "Mrs J")
_LINE_TITLE = r"(?:^|[\s,:(])(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr)\.?"
_TITLE_END = re.compile(_LINE_TITLE + r"$")
_TITLE_WORD_END = re.compile(_LINE_TITLE + r"\s+[A-Z][\w'’-]*\.?$")


def _is_wrapped(previous: str, line: str, last: str) -> bool:
    """Whether ``line`` continues ``previous`` (the lines joined so far, ``last`` the latest of them):
    a long line without closing punctuation, followed by a line starting in lower case, or by any
    line of the same indented paragraph or while a parenthesis opened on the latest line is open
    ("... Councillor Ann Smith" / "(Leader of the Council), ...")."""
    prev = previous.rstrip()
    if "\t" not in prev and "\t" not in line and (":" in prev or "," in prev) and (
            _TITLE_END.search(prev) and re.match(r"\s{0,3}[A-Z]", line)
            or _TITLE_WORD_END.search(prev) and re.match(r"\s{0,3}[A-Z][\w'’-]*(?:\s+Esq)?\.?(?:[,(]|\s+(?:and|&)\s|\.\s*$)", line)):
        return True  # a short list line that wraps inside a name: "Present: Cllr John Smith, Cllr Mary" / "Jones, Cllr ..."
    if len(prev.strip()) < 50 or "\t" in prev or "\t" in line or prev.endswith((".", ":", ";", "?", "!")) \
            or previous.endswith("  ") or _BULLET.match(line) or re.match(r"\s*\d", line) or _LETTER_ITEM.match(line):
        return False
    indent, prev_indent = len(line) - len(line.lstrip()), len(prev) - len(prev.lstrip())
    if re.match(r"\s*[a-z]", line):
        return True
    if re.match(r"\s*[A-Z][\w ]{0,30}:", line):
        return False  # a labelled line ("Present: ...") starts anew
    if prev.endswith((",", "&")) or re.search(r"\b(?:from|of|by|and|to|with|the|for|were|was)$", prev) \
            or (prev.count(",") >= 2 and re.search(r",\s+[A-Z][\w'’-]*$", prev)
                or re.search(r"\b(?:from|by|and|with|Cllr|Councillor|Mrs?|Ms|Dr)\.?\s+[A-Z][\w'’-]*$", prev)) \
            and re.match(r"\s{0,3}[A-Z][\w'’-]*(?:[,.(]|\s+(?:and|&|\()|\s*$)", line):
        return True  # a list of names broken across lines: "..., April Adam, Angela" / "Swift, Cllr Tim Brett, ...",
        # "... accepted from Astrid" / "Gibson, Spencer Spearman and ..."
    if prev.count(",") >= 2 and _LIST_TAIL.search(prev) and _NAME_END.match(line):
        return True  # a name split after its initials or first name: "..., D Wheeler" / "Esq., ...", "..., T" / "Piper Esq., and ..."
    open_paren = last.count("(") > last.count(")")  # one line's parenthesis: an unclosed one does not swallow the page
    return bool(line.strip()) and (open_paren or indent == prev_indent >= 4)


def _inline(text: str) -> str:
    """Strip inline Markdown emphasis, inline HTML tags and escapes; unescape HTML entities. Each
    pattern is tried only on text holding the mark every match of it needs (most lines hold none)."""
    if "<" in text:
        text = _INLINE_TAG.sub("", text)
    for _ in range(2):
        if "*" in text or "__" in text:
            text = _EMPHASIS.sub(r"\2", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return clean_text(html.unescape(text))
