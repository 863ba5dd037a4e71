"""Bounded memory and time on hostile or huge files: every cap is counted before the thing it
limits is materialised, and a file over a cap is refused with the cap's variable in the reason.

Each case is read in a fresh process (``measure``), so its peak RSS is its own.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from hostile.bounded import (make_docx_lying_sizes, make_html_inline_spans, make_pdf_acroform_fanout,
                             make_pdf_flate_bomb, make_pdf_pages_fanout, make_pdf_ruled_grid, make_single_line_text,
                             make_docx_paragraphs_with_figures, make_text_line_of_dates, make_text_misaligned_columns,
                             measure)
from minutes import ingest
from minutes.ingest import IngestError, limits
from sample_files import SAMPLES

BUDGET_MB = 1024  # the address-space limit each case is read under: a bomb that materialises crashes


def refused(path: Path, cap: str, peak_mb: float = 300, seconds: float = 10) -> dict:
    outcome = measure(path, memory_mb=BUDGET_MB * 2)
    assert not outcome.get("crashed"), outcome
    assert not outcome["ok"] and cap in outcome["reason"], outcome
    assert outcome["peak_mb"] < peak_mb and outcome["seconds"] < seconds, outcome
    return outcome


def test_a_1_gb_flate_stream_in_a_pdf_is_refused_before_pdfium_inflates_it(tmp_path: Path) -> None:
    refused(make_pdf_flate_bomb(tmp_path), "MINUTES_MAX_PDF_STREAM_BYTES")


def test_a_docx_part_inflating_past_its_zip_header_is_refused_without_inflating_it(tmp_path: Path) -> None:
    outcome = measure(make_docx_lying_sizes(tmp_path), memory_mb=BUDGET_MB * 2)
    assert outcome.get("reason") == "damaged DOCX: part word/document.xml inflates past the 1,024 bytes its zip " \
                                    "header declares", outcome
    assert outcome["peak_mb"] < 300, outcome


def test_a_50_mb_html_page_of_inline_spans_is_refused_by_the_xml_size_cap(tmp_path: Path) -> None:
    refused(make_html_inline_spans(tmp_path), "MINUTES_MAX_XML_BYTES")


def test_a_100_mb_single_line_text_is_refused_by_the_text_cap_in_bounded_memory(tmp_path: Path) -> None:
    refused(make_single_line_text(tmp_path), "MINUTES_MAX_TEXT_CHARS", peak_mb=400)


def test_a_page_ruled_into_300_x_300_cells_is_refused_by_the_table_cell_cap(tmp_path: Path) -> None:
    refused(make_pdf_ruled_grid(tmp_path, 300), "MINUTES_MAX_TABLE_CELLS")


def test_a_ruled_grid_under_the_cap_is_read_in_linear_time(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_TABLE_CELLS", 20_000)
    path = make_pdf_ruled_grid(tmp_path, 140)  # 19,881 crossings: 1 s; pdfplumber's cell finder took 30 s
    start = time.process_time()  # CPU seconds, as ``measure`` counts them
    doc = ingest.read(path)
    assert time.process_time() - start < 10
    assert doc.blocks[0].kind == "table_row" and doc.blocks[0].text == "\t".join(["x"] * 140)


@pytest.mark.parametrize("make", [make_pdf_pages_fanout, make_pdf_acroform_fanout])
def test_pdf_object_fan_outs_finish_in_seconds_in_bounded_memory(tmp_path: Path, make) -> None:
    outcome = measure(make(tmp_path), stage="extract", memory_mb=BUDGET_MB * 2)
    assert not outcome.get("crashed"), outcome
    assert outcome["peak_mb"] < 300 and outcome["seconds"] < 10, outcome


def test_an_xml_part_over_the_cap_is_refused_by_its_real_size(monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_XML_BYTES", 20_000)
    with pytest.raises(IngestError, match=r"XML part word/\S+ is over the MINUTES_MAX_XML_BYTES limit"):
        ingest.read(SAMPLES / "001_27d508b5cfb6343c.docx")


def test_document_text_over_the_cap_is_refused_while_it_is_built(monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 1000)
    for fmt in ("docx", "pdf"):
        with pytest.raises(IngestError, match="text is over the MINUTES_MAX_TEXT_CHARS limit"):
            ingest.read(SAMPLES / f"001_27d508b5cfb6343c.{fmt}")


@pytest.mark.parametrize("make, size", [(make_text_misaligned_columns, 50_000),  # lines: was over 120 s
                                        (make_text_line_of_dates, 512 << 10),  # bytes: was over 120 s
                                        (make_docx_paragraphs_with_figures, 60_000)])  # a page lookup per figure
def test_pathological_text_is_read_and_extracted_in_seconds(tmp_path: Path, make, size) -> None:
    outcome = measure(make(tmp_path, size), stage="extract", timeout=120)
    assert outcome.get("ok") and outcome["seconds"] < 40, outcome
