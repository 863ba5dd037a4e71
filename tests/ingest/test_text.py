"""The text ingester: encodings, Markdown layout, tab tables, pages."""
from __future__ import annotations

import pytest

from minutes.ingest import IngestError, read_bytes


def test_cp1252_pound_sign() -> None:
    doc = read_bytes("PRG funding of £150k was agreed.".encode("cp1252"), "old.txt")
    assert "£150k" in doc.text and doc.warnings == ("decoded as cp1252",)


def test_utf16_with_bom() -> None:
    doc = read_bytes("Present:\nCllr A Smith (Chair)\n".encode("utf-16"), "u16.txt")
    assert doc.text == "Present:\nCllr A Smith (Chair)"


def test_markdown_layout_becomes_block_kinds() -> None:
    data = b"## **LAA Group**\n\n**Monday 17 November**\n\n- ***Roger to discuss (ref 5.1)***\n\nPlain line\n"
    doc = read_bytes(data, "m.md")
    assert [(b.kind, b.text, b.bold) for b in doc.blocks] == [
        ("heading", "LAA Group", True), ("paragraph", "Monday 17 November", True),
        ("list_item", "Roger to discuss (ref 5.1)", True), ("paragraph", "Plain line", False)]


def test_tab_lines_are_table_rows_and_blank_lines_do_not_split_tables() -> None:
    doc = read_bytes(b"Present:\nName\tOrganisation\nA Smith\tEssex Police\n\nB Jones\tECC\nAfter\n", "t.txt")
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [[c.text for c in r.cells] for r in rows] == [["Name", "Organisation"], ["A Smith", "Essex Police"],
                                                         ["B Jones", "ECC"]]
    assert len({r.table for r in rows}) == 1


def test_inline_html_paragraph_tags_split_blocks() -> None:
    line = b'<p>Action</p> <p>To produce a breakdown.</p> <p style="text-align: right;">Michelle Cunningham</p>\n'
    assert [b.text for b in read_bytes(line, "h.txt").blocks] == ["Action", "To produce a breakdown.",
                                                                  "Michelle Cunningham"]


def test_form_feed_starts_a_new_page() -> None:
    doc = read_bytes(b"page one\n\x0cpage two\n", "p.txt")
    assert doc.pages == 2 and [b.page for b in doc.blocks] == [1, 2]


def test_hard_wrapped_paragraph_is_rejoined() -> None:
    data = (b"The group agreed that the performance framework should be reviewed before the\n"
            b"next meeting of the board.\nNext line\n")
    assert [b.text for b in read_bytes(data, "w.txt").blocks][0].endswith("before the next meeting of the board.")


def test_column_aligned_lines_become_table_rows_but_a_lone_padded_heading_does_not() -> None:
    data = (b"PRESENT:      David Scott          Voluntary Services Council\n"
            b"              Meic Davis           Environment Agency\n\n"
            b"137.   APOLOGIES FOR ABSENCE\n")
    doc = read_bytes(data, "c.txt")
    assert [(b.kind, [c.text for c in b.cells] or b.text) for b in doc.blocks] == [
        ("table_row", ["PRESENT:", "David Scott", "Voluntary Services Council"]),
        ("table_row", ["Meic Davis", "Environment Agency"]),
        ("paragraph", "137. APOLOGIES FOR ABSENCE")]


def test_a_lone_grid_line_keeps_its_wide_gaps_as_cells_but_prose_with_spaces_does_not() -> None:
    # a grid's row no neighbour lines up with (a PDF's proportional columns): names and posts parted by six spaces or
    # more are cells; prose that holds a run of spaces, a label before its list, and a numbered heading stay paragraphs
    data = (b"Present:- Cllrs D Ashby (chair), R Bexley.\n\n"
            b"        Borough Cllr D Quarrie                 Clerk B Tolland                  2 Villagers\n\n"
            b"The draw could not be held as tickets remain       unsold after the fete.\n\n"
            b"Present:                  Mr. A. Orme (Chairman),\n\n"
            b"42/13                  Declarations of Interest\n")
    doc = read_bytes(data, "g.txt")
    assert [(b.kind, [c.text for c in b.cells] or b.text) for b in doc.blocks] == [
        ("paragraph", "Present:- Cllrs D Ashby (chair), R Bexley."),
        ("table_row", ["Borough Cllr D Quarrie", "Clerk B Tolland", "2 Villagers"]),
        ("paragraph", "The draw could not be held as tickets remain unsold after the fete."),
        ("paragraph", "Present: Mr. A. Orme (Chairman),"),
        ("paragraph", "42/13 Declarations of Interest")]


def test_indented_paragraph_wrapped_inside_parentheses_is_rejoined() -> None:
    data = (b"       Apologies for absence were received from Councillor Dilwyn Robert\n"
            b"       (Leader of the Council), Byron Davis (Chief Executive of the Borough\n"
            b"       Council) and Wyn Thomas.\n\n"
            b"138.   PERFORMANCE\n")
    assert [b.text for b in read_bytes(data, "w.txt").blocks] == [
        "Apologies for absence were received from Councillor Dilwyn Robert (Leader of the Council), Byron Davis "
        "(Chief Executive of the Borough Council) and Wyn Thomas.", "138. PERFORMANCE"]


def test_a_name_broken_across_lines_after_from_is_rejoined() -> None:
    data = (b"Apologies for absence: Apologies were received and accepted from Astrid\n"
            b"Gibson, Spencer Spearman and Bernice Manton.\n"
            b"Declaration of Interest: There were no declarations of interest made.\n")
    assert [b.text for b in read_bytes(data, "w.txt").blocks] == [
        "Apologies for absence: Apologies were received and accepted from Astrid Gibson, Spencer Spearman and "
        "Bernice Manton.", "Declaration of Interest: There were no declarations of interest made."]
    data = (b"Apologies for absence were received from Cllr Purves\n"
            b"With the absence of the Vice Chairman it was proposed by Councillor P Batty that ...\n")
    assert len(read_bytes(data, "w.txt").blocks) == 2  # a whole name, then a new sentence


@pytest.mark.parametrize("data,name,reason", [
    (b"", "empty.txt", "empty file (0 bytes)"),
    (bytes(range(256)) * 8, "noise.pdf", "not a PDF: binary data of no supported format"),
    (bytes(range(256)) * 8, "noise.docx", "not a DOCX: binary data of no supported format"),
    (b"PK\x03\x04" + b"\x00" * 64, "cut.docx", "not a DOCX: damaged or truncated zip archive"),
])
def test_unreadable_bytes_raise_a_plain_reason(data: bytes, name: str, reason: str) -> None:
    with pytest.raises(IngestError) as err:
        read_bytes(data, name)
    assert err.value.reason == reason and err.value.path == name


LEGACY_MINUTES = ("Present: Cllr Zoë Müller (Chair), José Peña\n"
                  "Résumé of the café budget: £1,500 agreed; the naïve option was rejected.\n")


@pytest.mark.parametrize("encoding, name", [("cp850", "cp850"), ("latin-1", "cp1252"), ("mac_roman", "mac_roman"),
                                            ("cp1252", "cp1252")])
def test_old_code_pages_decode_and_the_guess_is_a_warning(encoding: str, name: str) -> None:
    doc = read_bytes(LEGACY_MINUTES.encode(encoding), "export.txt")
    assert "Zoë Müller" in doc.text and "José Peña" in doc.text and "£1,500" in doc.text and "naïve" in doc.text
    assert doc.warnings == (f"decoded as {name}",)  # latin-1's letters are Windows-1252's, byte for byte


def test_an_unclosed_parenthesis_joins_one_line_not_the_rest_of_the_page() -> None:
    text = (b"Pete Hornby \xe2\x80\x93 Detective Chief Inspector, Norfolk Constabulary (rep Nick\n"
            b"James Kearns \xe2\x80\x93 Chief Executive Officer, BUILD Norwich\n"
            b"Karina Kennell \xe2\x80\x93 Advocacy Manager, Alzheimer Society (rep Jo Cook)\n")
    blocks = [b.text for b in read_bytes(text, "t.txt").blocks]
    assert len(blocks) == 2 and blocks[1].startswith("Karina Kennell")


def test_markdown_pipe_tables_are_table_rows() -> None:
    # minutes published as Markdown put attendance and action logs in pipe tables
    data = (b"Present:\n\n| Name | Role |\n|---|:---:|\n| Jane Smith | Chair |\n| Bob Jones | Treasurer |\n\n"
            b"Cllrs A | B were there\n")
    doc = read_bytes(data, "minutes.md")
    assert [(b.kind, [c.text for c in b.cells] if b.cells else b.text) for b in doc.blocks] == [
        ("paragraph", "Present:"), ("table_row", ["Name", "Role"]), ("table_row", ["Jane Smith", "Chair"]),
        ("table_row", ["Bob Jones", "Treasurer"]), ("paragraph", "Cllrs A | B were there")]
    assert all(doc.text[c.start:c.end] == c.text for b in doc.blocks for c in b.cells or ())
