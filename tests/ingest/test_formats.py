"""Every ingester on the bundled samples: offsets, structure, and cross-format agreement."""
from __future__ import annotations

import difflib

import pytest

from minutes import ingest
from sample_files import FORMATS, sample_path, sample_stems

STEMS = sample_stems()


def _collapsed(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("stem", STEMS)
def test_offsets_hold_for_blocks_and_cells(stem: str, fmt: str) -> None:
    doc = ingest.read(sample_path(stem, fmt))
    assert doc.format == {"txt": "text"}.get(fmt, fmt)
    assert doc.blocks and doc.pages >= 1
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
        assert 1 <= block.page <= doc.pages
        for cell in block.cells:
            assert doc.text[cell.start:cell.end] == cell.text
    starts = [b.start for b in doc.blocks]
    assert starts == sorted(starts)


@pytest.mark.parametrize("stem", STEMS)
def test_same_text_in_every_format(stem: str) -> None:
    texts = {fmt: _collapsed(ingest.read(sample_path(stem, fmt)).body_text()) for fmt in FORMATS}
    for fmt in ("docx", "pdf"):
        ratio = difflib.SequenceMatcher(None, texts["txt"], texts[fmt], autojunk=False).ratio()
        assert ratio >= 0.97, f"{stem}.{fmt} differs from the .txt: similarity {ratio:.3f}"


@pytest.mark.parametrize("stem", STEMS)
def test_same_table_rows_in_every_format(stem: str) -> None:
    """Attendee and action tables come out as the same rows of cells whatever the format."""
    rows = {fmt: [tuple(c.text for c in b.cells) for b in ingest.read(sample_path(stem, fmt)).blocks
                  if b.kind == "table_row"] for fmt in FORMATS}
    for fmt in ("docx", "pdf"):
        same = difflib.SequenceMatcher(None, rows["txt"], rows[fmt], autojunk=False).ratio()
        assert same >= 0.95, f"{stem}.{fmt}: table rows differ ({same:.2f})"


def test_attendee_table_has_name_role_organisation_cells(fmt: str) -> None:
    doc = ingest.read(sample_path("003_d12f7b412e69e8e1", fmt))
    rows = [[c.text for c in b.cells] for b in doc.blocks if b.kind == "table_row"]
    assert ["Graham Carey (Chair)", "Neighbourhood & Partnership Superintendent", "Essex Police"] in rows
    assert ["Mark Rayner (Observer)", "Inspector", "Essex Police"] in rows


def test_pdf_and_docx_find_headings_and_lists(fmt: str) -> None:
    doc = ingest.read(sample_path("001_27d508b5cfb6343c", fmt))
    kinds = {b.kind for b in doc.blocks}
    assert "heading" in kinds or fmt == "pdf"
    bold = [b.text for b in doc.blocks if b.bold]
    assert "Monday 17 November, 3:00-5.00pm," in bold
    items = [b.text for b in ingest.read(sample_path("000_427178f9a1fe7053", fmt)).blocks if b.kind == "list_item"]
    assert any(t.startswith("Roger to discuss and feedback changes") for t in items)


def test_running_footer_is_furniture_on_every_pdf_page() -> None:
    doc = ingest.read(sample_path("003_d12f7b412e69e8e1", "pdf"))
    strap = "Safer environment, Tackling crime, Preventing anti-social behavior"
    marked = [b for b in doc.blocks if b.furniture]
    assert {b.text for b in marked} == {strap}
    assert len({b.page for b in marked}) == doc.pages > 1
    assert strap not in doc.body_text()


def test_paragraph_running_over_a_page_break_is_one_block() -> None:
    doc = ingest.read(sample_path("000_427178f9a1fe7053", "pdf"))
    text = [b.text for b in doc.blocks if b.text.startswith("LI 7.2 (feeling safe)")]
    assert len(text) == 1 and text[0].endswith("with a range of service providers engaged.")
