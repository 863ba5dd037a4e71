"""Scanned minutes read by OCR: the samples' pages printed, photocopied (turned 1-2 degrees, blurred,
speckled, greyed) and wrapped as an image-only PDF, a mixed PDF and a multi-page TIFF, from the
archive folder the session ingests once (tests/archive_files.py; its scores are asserted in
test_archive_folder.py)."""
from __future__ import annotations

import pytest

from archive_files import SUBSET, Archive
from make_scans import scanned_pages
from minutes import ingest
from minutes.ingest import IngestError, ocr
from sample_files import sample_path

TABLE = "004_f3f4c4be5310da84"  # its first page is a bordered table
KINDS = ("scan", "mixed", "tiff")


@pytest.fixture(scope="module")
def documents(archive: Archive) -> dict[str, ingest.Document]:
    return {kind: archive.stored_as(kind, SUBSET) for kind in KINDS}


def test_only_pages_without_text_are_read_by_ocr_and_their_confidence_is_kept(documents) -> None:
    assert [page for page, _ in documents["scan"].ocr_pages] == [1, 2, 3, 4]
    assert [page for page, _ in documents["tiff"].ocr_pages] == [1, 2, 3, 4]
    assert [page for page, _ in documents["mixed"].ocr_pages] == [2, 4]  # odd pages typed, even scanned
    assert all(70 < confidence <= 100 for doc in documents.values() for _, confidence in doc.ocr_pages)
    assert not any(doc.warnings for doc in documents.values())


def test_ocr_blocks_keep_page_and_offsets(documents) -> None:
    for doc in documents.values():
        assert {b.page for b in doc.blocks} == {1, 2, 3, 4}
        assert all(doc.text[b.start:b.end] == b.text for b in doc.blocks)


def test_a_scanned_table_comes_back_as_rows_of_cells(archive: Archive) -> None:
    doc = archive.stored_as("scan", TABLE)
    rows = [b for b in doc.blocks if b.kind == "table_row" and b.page == 1]
    assert len(rows) >= 10
    assert all(doc.text[c.start:c.end] == c.text for b in rows for c in b.cells)
    assert any(b.cells[0].text == "Co-ordinator:" and b.cells[-1].text.endswith("Sandra Oxton") for b in rows)


def test_a_one_line_table_row_is_cut_into_its_cells(archive: Archive) -> None:
    # its cells' sides are shorter than a ruling line; the words beside them are not cut
    doc = archive.stored_as("scan", "003_d12f7b412e69e8e1")
    assert any([c.text for c in b.cells] == ["David Watts", "Local Safeguarding Children's Board", "Thurrock Council"]
               for b in doc.blocks if b.kind == "table_row")


def test_words_against_a_table_border_are_read_and_borders_are_not_words(archive: Archive) -> None:
    cells = [[c.text for c in b.cells] for b in archive.stored_as("scan", "002_b54d0e956782b075").blocks
             if b.kind == "table_row"]
    assert ["Clare Aitken, Strategic Manager, Essex DAAT", "Essex DAAT"] in cells  # was "eae Aitken, ..."
    cells = [[c.text for c in b.cells] for b in archive.stored_as("scan", TABLE).blocks if b.kind == "table_row"]
    assert ["Meeting", "Safe and Strong Overview and Scrutiny Panel"] in cells  # was "... Panel 4"


def test_bullets_make_list_items_not_letters(archive: Archive) -> None:
    doc = archive.stored_as("scan", "003_d12f7b412e69e8e1")
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert {"Motorcycle Nuisance", "Secure Site Development", "Community Cohesion Workshop"} <= set(items)
    assert not [b.text for b in doc.blocks if b.text[:2] in ("e ", "¢ ", "« ", "© ")]


def test_ocr_never_leaves_scanned_pages_unread(archive: Archive) -> None:
    doc = ingest.read(archive.folder / f"{SUBSET}-scan.pdf", ocr="never")
    assert doc.blocks == () and doc.warnings == ("no text layer on pages 1-4: scanned?",)
    with pytest.raises(IngestError, match="OCR switched off"):
        ingest.read(archive.folder / f"{SUBSET}-tiff.tiff", ocr="never")


def test_a_sideways_scan_is_turned_upright() -> None:
    page = scanned_pages(sample_path(SUBSET, "pdf"), seed=7)[0]
    top = page.crop((0, 0, page.width, page.height // 3))
    words = " ".join(w["text"] for w in ocr.ocr_image(top.rotate(90, expand=True)).words)
    assert "LAA Performance Management Group" in words


def test_a_paragraph_wrapped_over_lines_of_a_scan_stays_one_block(archive: Archive) -> None:
    # Tesseract's row heights vary with the letters on a line; they no longer end a paragraph at every line
    doc = archive.stored_as("scan", TABLE)
    item = next(b.text for b in doc.blocks if "workshop was held on" in b.text)
    assert item.endswith("The agreed outcomes are:")
