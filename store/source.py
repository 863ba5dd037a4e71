"""Where a stored row is written: its document, page, highlighted quote and (for PDFs) the rendered page
with the quote's box marked. The browser's source view (``store/plugins/source_view.py``) shows these."""
from __future__ import annotations

import html
import io
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

# tables whose rows carry provenance, and the id column each view or query names them by
SOURCE_TABLES = {"actions": "Action", "attendance": "Attendance", "decisions": "Decision", "figures": "Figure",
                 "indicator_mentions": "Indicator mention", "action_updates": "Report on an action"}
# in order: a row of an action's history names both the action and the report its quote comes from
ID_COLUMNS = {"update_id": "action_updates", "action_id": "actions", "attendance_id": "attendance",
              "decision_id": "decisions", "figure_id": "figures"}
# what makes a row the same item in another document of the same meeting (the .docx and .pdf of one minutes)
TWIN_KEYS = {"actions": ("action_key",), "attendance": ("person_id", "status"), "decisions": ("text",),
             "figures": ("unit", "value", "occurrence"), "indicator_mentions": ("code", "occurrence"),
             "action_updates": ("kind", "ref", "status", "words")}
_CONTEXT = 1500  # characters shown either side of a quote when the page's extent is not stored
_SCALE = 1.5     # rendered pixels per PDF point (108 dpi)


@dataclass
class Source:
    """One row's provenance, with what is needed to show it."""

    table: str
    row_id: int
    document_id: int
    format: str
    size: int | None
    page: int
    pages: int
    start: int
    end: int
    quote: str
    box: tuple[float, float, float, float] | None
    body: str | None
    date: str | None
    paths: list[str]
    text_start: int
    text: str  # the page's text (document text from text_start)
    printed: Source | None = field(default=None, repr=False)  # this row if it is in a PDF, else the same item in a PDF of the meeting

    @property
    def label(self) -> str:
        return f"{SOURCE_TABLES[self.table]} {self.row_id}"

    def highlighted_html(self) -> str:
        """The page text, HTML-escaped, with the quote in a <mark id="quote">."""
        start = max(self.start - self.text_start, 0)
        end = max(min(self.end - self.text_start, len(self.text)), start)
        return (html.escape(self.text[:start]) + '<mark id="quote">' + html.escape(self.text[start:end]) + "</mark>"
                + html.escape(self.text[end:]))

    def original(self) -> Path | None:
        """The original file (see :func:`original_file`)."""
        return original_file(self.paths, self.size)


def original_file(paths: list[str], size: int | None) -> Path | None:
    """The first of a document's stored paths that still holds a file of the stored size."""
    for path in paths:
        try:
            if Path(path).stat().st_size == size:
                return Path(path)
        except OSError:
            continue
    return None


def load(conn: sqlite3.Connection, table: str, row_id: int) -> Source | None:
    """The provenance of row ``row_id`` of ``table`` (one of SOURCE_TABLES), or None if there is none."""
    if table not in SOURCE_TABLES:
        return None
    row = conn.execute(
        f"""SELECT t.document_id, d.format, d.bytes, t.page, d.pages, t.start, t.[end], t.quote,
                   t.x0, t.y0, t.x1, t.y1, m.body, m.date
            FROM [{table}] t JOIN documents d ON d.id = t.document_id JOIN meetings m ON m.id = d.meeting_id
            WHERE t.id = ?""", [row_id]).fetchone()  # the table name was checked against SOURCE_TABLES
    if row is None:
        return None
    document_id, fmt, size, page, pages, start, end, quote, x0, y0, x1, y1, body, date = row
    extent = conn.execute("SELECT start, [end] FROM pages WHERE document_id = ? AND page = ?",
                          [document_id, page]).fetchone()
    if extent and extent[0] is not None and extent[0] <= start < extent[1]:
        text_start, text_end = extent[0], max(extent[1], end)
    else:  # an archive without page extents: the text around the quote
        text_start, text_end = max(start - _CONTEXT, 0), end + _CONTEXT
    text = conn.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                        [text_start + 1, text_end - text_start, document_id]).fetchone()[0] or ""
    paths = [r[0] for r in conn.execute("SELECT path FROM document_paths WHERE document_id = ? ORDER BY path",
                                        [document_id])]
    box = (x0, y0, x1, y1) if x0 is not None else None
    source = Source(table, row_id, document_id, fmt, size, page, pages, start, end, quote, box, body, date, paths,
                    text_start, text)
    if fmt == "pdf":
        source.printed = source
    else:
        twin = _printed_twin(conn, table, row_id)
        source.printed = load(conn, table, twin) if twin else None
    return source


def _printed_twin(conn: sqlite3.Connection, table: str, row_id: int) -> int | None:
    """The id of the same item in a PDF of the same meeting, with a page box."""
    same = " AND ".join(f"t.[{c}] IS o.[{c}]" for c in TWIN_KEYS[table])
    row = conn.execute(
        f"""SELECT t.id FROM [{table}] t JOIN [{table}] o ON o.id = ? JOIN documents d ON d.id = t.document_id
            WHERE t.meeting_id = o.meeting_id AND {same} AND d.format = 'pdf' AND t.x0 IS NOT NULL
            ORDER BY t.id LIMIT 1""", [row_id]).fetchone()  # names from SOURCE_TABLES and TWIN_KEYS only
    return row[0] if row else None


def box_fraction(path: Path, page: int, box: tuple[float, float, float, float] | None) -> float:
    """How far down the page (0 top, 1 bottom) the middle of ``box`` is: to scroll the page image to it."""
    if not box:
        return 0.0
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        _, bottom, _, top = pdf[page - 1].get_bbox()
    finally:
        pdf.close()
    return min(max((top - (box[1] + box[3]) / 2) / max(top - bottom, 1.0), 0.0), 1.0)


def render_page(path: Path, page: int, box: tuple[float, float, float, float] | None) -> bytes:
    """PNG of a PDF page, with ``box`` (PDF points, origin bottom-left) filled yellow and outlined red."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    pdf = pdfium.PdfDocument(str(path))
    try:
        pdf_page = pdf[page - 1]
        left, bottom, _, top = pdf_page.get_bbox()
        image = pdf_page.render(scale=_SCALE).to_pil().convert("RGBA")
    finally:
        pdf.close()
    if box:
        x0, y0, x1, y1 = box
        rect = [(x0 - left) * _SCALE - 2, (top - y1) * _SCALE - 2, (x1 - left) * _SCALE + 2, (top - y0) * _SCALE + 2]
        overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
        ImageDraw.Draw(overlay).rectangle(rect, fill=(255, 230, 0, 90), outline=(220, 0, 0, 255), width=3)
        image = Image.alpha_composite(image, overlay)
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG")
    return out.getvalue()
