"""Page boxes in provenance: where on the PDF page each extracted row is printed."""
from __future__ import annotations

import pickle
import tracemalloc

import pypdfium2 as pdfium
import pytest

from minutes import ingest
from minutes.extract import extract
from minutes.ingest.document import DocumentBuilder, clean_text
from sample_files import sample_path, sample_stems


def printed_text(path, page: int, box) -> str:
    """What pdfium reads inside a box of a page, widened by 3 points: where a quote starts or ends
    inside a printed run, its box is cut at typical letter widths, not at the glyphs themselves."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        text = pdf[page - 1].get_textpage().get_text_bounded(box.x0 - 3, box.y0 - 2, box.x1 + 3, box.y1 + 2)
    finally:
        pdf.close()
    return clean_text(text)


@pytest.mark.parametrize("stem", sample_stems())
def test_every_row_of_a_pdf_has_the_box_its_quote_is_printed_in(stem: str) -> None:
    path = sample_path(stem, "pdf")
    doc = ingest.read(path)
    record = extract(doc)
    sources = [item.source for item in record.attendees + record.apologies + record.actions + record.figures]
    assert sources
    for source in sources:
        box = doc.box(source.start, source.end, source.page)
        assert box is not None, source.quote
        assert 0 <= box.x0 < box.x1 and 0 <= box.y0 < box.y1
        inside = printed_text(path, source.page, box)
        words = source.quote.split()
        pages = {run.page for run in doc.boxes if run.start < source.end and run.end > source.start}
        if pages == {source.page}:  # the whole quote is on this page
            assert words[0].strip(",.;:()") in inside and words[-1].strip(",.;:()") in inside, source.quote


def test_a_box_for_part_of_a_line_is_cut_to_that_part() -> None:
    doc = ingest.read(sample_path(sample_stems()[0], "pdf"))
    run = max(doc.boxes, key=lambda b: b.end - b.start)
    half = doc.box(run.start, (run.start + run.end) // 2)
    assert half.page == run.page and half.x0 == pytest.approx(run.x0)
    assert run.x0 < half.x1 < run.x1


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_docx_and_text_have_no_boxes_but_their_file_size(fmt: str) -> None:
    path = sample_path(sample_stems()[0], fmt)
    doc = ingest.read(path)
    assert doc.boxes == () and doc.box(0, 20) is None
    assert doc.size == path.stat().st_size


def test_a_documents_boxes_take_little_memory() -> None:
    """A scanned page has some 300 word boxes and the worker holds the whole document: kept as
    Box tuples they took about 250 bytes each (80 KiB a scanned page), seven numbers in an array 56."""
    doc = ingest.read(sample_path(sample_stems()[0], "pdf"))
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        boxes = pickle.loads(pickle.dumps(doc.boxes))  # the boxes as the worker sends them back
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert boxes == doc.boxes and len(boxes) > 100
    assert held / len(boxes) < 80


def test_boxes_out_of_text_order_are_sorted_without_a_box_object_each() -> None:
    """A scan's running footer is written before the paragraph it interrupts, so its boxes come out
    of text order; sorting them as Box tuples took 250-530 bytes a box at its peak."""
    builder = DocumentBuilder()
    blocks = [builder.add("paragraph", f"word{i} other{i}", 1 + i // 300) for i in range(20_000)]
    tracemalloc.start()
    try:
        for i in (i ^ 1 for i in range(20_000)):  # neighbours swapped
            block = blocks[i]
            builder.add_box(block.start, block.end, block.page, 10.5 + i, 700.25 - i / 100, 90.75 + i, 712.5 - i / 100)
        doc = builder.build("x.pdf", "0", "pdf", 67)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [box.start for box in doc.boxes] == sorted(block.start for block in blocks)
    assert doc.boxes[1] == (blocks[1].start, blocks[1].end, 1, 10.5 + 1, 700.25 - 1 / 100, 90.75 + 1, 712.5 - 1 / 100)
    assert peak / len(doc.boxes) < 220
