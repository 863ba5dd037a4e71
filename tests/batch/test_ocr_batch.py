"""Scans in the batch: a file's time limit grows with the pages it reads by OCR, and OCR runs in the
workers (a process pool, or a Dask cluster) with page confidence and exact quotes kept. One
two-page scan of a sample, made by scripts/make_scans.py, keeps these tests fast."""
from __future__ import annotations

import sqlite3
import time
import tracemalloc
from pathlib import Path

import pytest

from make_scans import make_scans
from minutes.ingest import limits, ocr, pdf
from minutes.ingest import read as ingest_read
from minutes.pipeline import Summary, ingest_paths

STEM = "001_27d508b5cfb6343c"


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    """A two-page image-only PDF: the sample's first pages photocopied."""
    return make_scans(tmp_path_factory.mktemp("scan"), ("scan.pdf",), stems=[STEM], max_pages=2)[0]


def ingest(scan: Path, db: Path, **options) -> tuple[Summary, list[str], float]:
    errors: list[str] = []
    started = time.monotonic()
    summary = ingest_paths([scan], db, workers=1, nlp=False, on_error=lambda path, reason: errors.append(reason),
                           **options)
    return summary, errors, time.monotonic() - started


def test_a_scan_gets_time_for_each_page_it_reads_by_ocr(scan: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(limits, "FILE_TIMEOUT", 2)  # enough to read the file, not to OCR two pages
    monkeypatch.setattr(limits, "OCR_PAGE_TIMEOUT", 120)
    summary, errors, seconds = ingest(scan, tmp_path / "m.db")
    assert seconds > limits.FILE_TIMEOUT  # a limit of FILE_TIMEOUT alone would have stopped it
    assert (summary.read, summary.failed, errors) == (1, 0, [])
    with sqlite3.connect(tmp_path / "m.db") as archive:
        assert archive.execute("SELECT count(*) FROM pages WHERE ocr").fetchone() == (2,)


def test_a_scan_over_its_ocr_allowance_is_stopped_with_one_clear_line(scan: Path, tmp_path: Path,
                                                                      monkeypatch) -> None:
    monkeypatch.setattr(limits, "FILE_TIMEOUT", 2)
    monkeypatch.setattr(limits, "OCR_PAGE_TIMEOUT", 0.1)  # far less than a page takes
    summary, errors, seconds = ingest(scan, tmp_path / "m.db")
    assert (summary.read, summary.failed) == (0, 1)
    assert errors == ["took over 2 s (MINUTES_FILE_TIMEOUT) plus 0.1 s per page read by OCR "
                      "(MINUTES_OCR_PAGE_TIMEOUT): stopped"]
    assert seconds < 30
    with sqlite3.connect(tmp_path / "m.db") as archive:
        assert archive.execute("SELECT stage FROM errors").fetchall() == [("limit",)]


def test_a_scans_laid_out_pages_hold_little_more_than_their_text_until_the_document_is_built(
        scan: Path, monkeypatch) -> None:
    """Every page is laid out as it is read, but held until the whole document is built (running
    headers are found across all pages): what a page holds then is what a long scan's worker grows
    by, page after page (benchmarks/ocr_memory.py). Its runs are kept as their text and flat arrays
    of boxes: about 120 bytes a word, where a dict a word took about 400. Only what the PDF and OCR
    readers allocated counts (the difference in all traced memory varied with what other tests had
    left in shared caches: 150-225 bytes a word; even the readers' own share measured 119 alone and
    207 within the full suite on a loaded machine, hence the bound of 250, well under the 400 of a
    dict a word)."""
    ingest_read(scan)  # a first read loads Tesseract, scipy and every cache
    held: list[int] = []  # what the readers' code allocated and still holds as the document is built
    build = pdf.build_document

    def measured(pages, *args):
        readers = [tracemalloc.Filter(True, pdf.__file__), tracemalloc.Filter(True, ocr.__file__)]
        held.append(sum(stat.size for stat in tracemalloc.take_snapshot().filter_traces(readers).statistics("filename")))
        return build(pages, *args)

    monkeypatch.setattr(pdf, "build_document", measured)
    tracemalloc.start()
    try:
        document = ingest_read(scan)
    finally:
        tracemalloc.stop()
    assert document.ocr_pages and len(document.boxes) > 400
    assert held[0] / len(document.boxes) < 250  # bytes a word


def stored(db: Path) -> tuple[list, list]:
    """The archive's pages (number, OCRed, confidence) and its rows' provenance, checked as read."""
    with sqlite3.connect(db) as archive:
        pages = archive.execute("SELECT page, ocr, round(ocr_confidence, 3) FROM pages ORDER BY page").fetchall()
        rows = []
        for table in ("attendance", "actions", "figures"):
            for text, page, start, end, quote in archive.execute(
                    f"SELECT d.text, t.page, t.start, t.end, t.quote FROM {table} t "
                    "JOIN documents d ON d.id = t.document_id ORDER BY t.start, t.end"):
                assert text[start:end] == quote
                rows.append((table, page, start, end, quote))
    return pages, rows


def test_ocr_runs_on_dask_workers_as_in_the_process_pool(scan: Path, tmp_path: Path) -> None:
    on_dask, dask_errors, _ = ingest(scan, tmp_path / "dask.db", executor="dask")
    in_pool, pool_errors, _ = ingest(scan, tmp_path / "pool.db")
    assert (on_dask.read, dask_errors) == (in_pool.read, pool_errors) == (1, [])
    pages, rows = stored(tmp_path / "dask.db")
    assert [(page, ocr) for page, ocr, _ in pages] == [(1, 1), (2, 1)]
    assert all(70 < confidence <= 100 for _, _, confidence in pages)
    assert len(rows) >= 3
    assert (pages, rows) == stored(tmp_path / "pool.db")
