"""Silently dropped or invented content is a defect: what is not read is refused or warned about."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from hostile.bounded import make_pdf_glyph_ids, text_page_pdf
from minutes import ingest
from minutes.ingest import IngestError
from sample_files import SAMPLES


def test_a_one_byte_pdf_is_refused(tmp_path: Path) -> None:
    (tmp_path / "tiny.pdf").write_bytes(b"%")
    with pytest.raises(IngestError, match="not a PDF: no text in its 1 byte"):
        ingest.read(tmp_path / "tiny.pdf")


def test_a_text_file_that_mentions_the_pdf_marker_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Minutes\nThe scanner writes files that start with %PDF-1.4 and end with %%EOF.\n")
    doc = ingest.read(path)
    assert doc.format == "text" and "start with %PDF-1.4" in doc.text


def test_a_pdf_with_junk_after_its_end_marker_is_read(tmp_path: Path) -> None:
    path = tmp_path / "junk.pdf"
    path.write_bytes(text_page_pdf([["Minutes of the meeting"]]) + b"\x00junk appended by a mail gateway\n" * 200)
    assert ingest.read(path).text == "Minutes of the meeting"


def test_script_style_and_doctype_never_reach_the_text(tmp_path: Path) -> None:
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html><head><style>p {color: red}</style>'
            '<script>var secret = 1;</script></head><body><p>Present: Cllr Anne Dale</p>'
            '<script type="text/javascript">track("x")</script><style>.a{}</style></body></html>')
    fragment = '<script>var secret = 1;</script>\n<div>Present: Cllr Anne Dale</div>\n<STYLE>p {}</STYLE>\n'
    for name, content in (("xhtml.html", page), ("fragment.txt", fragment)):
        (tmp_path / name).write_text(content)
        text = ingest.read(tmp_path / name).text
        assert "Present: Cllr Anne Dale" in text, name
        assert not any(bit in text for bit in ("secret", "track", "color", "DOCTYPE", "{")), (name, text)


def test_html_text_past_the_parser_limit_is_read_not_cut(tmp_path: Path) -> None:
    path = tmp_path / "long.html"
    words = "the panel noted the report " * 450_000  # one 12 MB text node: libxml2 stops at 10 MB by default
    path.write_text(f"<!DOCTYPE html><html><body><p>{words}END-OF-PAGE</p></body></html>")
    doc = ingest.read(path)
    assert doc.text.endswith("END-OF-PAGE") or any("END" in w for w in doc.warnings)


def test_a_docx_altchunk_is_warned_about(tmp_path: Path) -> None:
    with zipfile.ZipFile(SAMPLES / "001_27d508b5cfb6343c.docx") as src:
        parts = {info.filename: src.read(info) for info in src.infolist()}
    xml = parts["word/document.xml"].decode("utf-8")
    parts["word/document.xml"] = xml.replace("<w:body>", '<w:body><w:altChunk r:id="rIdAlt1"/>', 1).encode()
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", '<Relationship Id="rIdAlt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/aFChunk" Target="afchunk.htm"/></Relationships>').encode()
    parts["word/afchunk.htm"] = b"<html><body><p>Embedded minutes text</p></body></html>"
    types = parts["[Content_Types].xml"].decode("utf-8")
    html_type = '<Default Extension="htm" ContentType="text/html"/>'
    parts["[Content_Types].xml"] = types.replace("<Default ", html_type + "<Default ", 1).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    (tmp_path / "alt.docx").write_bytes(buffer.getvalue())
    doc = ingest.read(tmp_path / "alt.docx")
    assert "Embedded minutes text" in doc.text or any("altChunk" in w for w in doc.warnings), doc.warnings


def test_a_text_layer_of_glyph_ids_is_flagged_and_left_out(tmp_path: Path) -> None:
    doc = ingest.read(make_pdf_glyph_ids(tmp_path), ocr="never")
    assert doc.warnings == ("text layer unusable on page 1 (glyph ids without a Unicode map): its text is left out",)
    assert "+HOOR" not in doc.text and doc.blocks == ()


def test_a_text_layer_of_glyph_ids_is_replaced_by_ocr_of_the_page(tmp_path: Path) -> None:
    doc = ingest.read(make_pdf_glyph_ids(tmp_path))  # --ocr auto: the page is read from its image
    assert [page for page, _ in doc.ocr_pages] == [1] and doc.warnings == ()
    assert "+HOOR" not in doc.text
