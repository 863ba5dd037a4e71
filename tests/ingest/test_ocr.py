"""Scanned minutes read by OCR: a sample's pages printed, photocopied (turned 1-2 degrees, blurred,
speckled, greyed) and wrapped as an image-only PDF, a mixed PDF and a multi-page TIFF. Kept to one
four-page sample (and one page with a bordered table) so the suite stays fast; benchmarks/ocr.py
scores every sample."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from make_scans import make_scans, scanned_pages
from minutes import ingest
from minutes.evaluate import GOLD, flatten
from minutes.extract import extract
from minutes.ingest import IngestError, ocr
from minutes.pipeline import ingest_paths
from minutes.score import score
from sample_files import sample_path

STEM = "001_27d508b5cfb6343c"   # four pages: attendees, apologies, actions with owners and dates
TABLE = "004_f3f4c4be5310da84"  # its first page is a bordered table
KINDS = {"scan": "pdf", "mixed": "pdf", "tiff": "tiff"}


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("scans")
    make_scans(out, ("scan.pdf", "mixed.pdf", "tiff"), stems=[STEM])
    return out


@pytest.fixture(scope="module")
def documents(scans: Path) -> dict[str, ingest.Document]:
    return {kind: ingest.read(scans / kind / f"{STEM}.{ext}") for kind, ext in KINDS.items()}


def _scores(doc: ingest.Document, tmp: Path) -> dict[str, float]:
    (tmp / "gold").mkdir(parents=True)
    (tmp / "pred").mkdir()
    shutil.copyfile(GOLD / f"{STEM}.json", tmp / "gold" / f"{STEM}.json")
    (tmp / "pred" / f"{STEM}.json").write_text(json.dumps(extract(doc).to_json()))
    return flatten(score(tmp / "gold", tmp / "pred"))


@pytest.mark.parametrize("kind", KINDS)
def test_scans_score_as_the_text_layer_does(documents, kind: str, tmp_path: Path) -> None:
    scanned = _scores(documents[kind], tmp_path / "scan")
    typed = _scores(ingest.read(sample_path(STEM, "pdf")), tmp_path / "typed")
    assert scanned["overall"] >= 0.93, scanned
    assert all(abs(scanned[f] - typed[f]) <= 0.05 for f in typed), (scanned, typed)


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


def test_a_scanned_table_comes_back_as_rows_of_cells(tmp_path: Path) -> None:
    make_scans(tmp_path, ("scan.pdf",), stems=[TABLE], max_pages=1)
    doc = ingest.read(tmp_path / "scan" / f"{TABLE}.pdf")
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert len(rows) >= 10
    assert all(doc.text[c.start:c.end] == c.text for b in rows for c in b.cells)
    assert any(b.cells[0].text == "Co-ordinator:" and b.cells[-1].text.endswith("Sandra Oxton") for b in rows)


def test_ocr_never_leaves_scanned_pages_unread(scans: Path) -> None:
    doc = ingest.read(scans / "scan" / f"{STEM}.pdf", ocr="never")
    assert doc.blocks == () and doc.warnings == ("no text layer on pages 1-4: scanned?",)
    with pytest.raises(IngestError, match="OCR switched off"):
        ingest.read(scans / "tiff" / f"{STEM}.tiff", ocr="never")


def test_a_sideways_scan_is_turned_upright() -> None:
    page = scanned_pages(sample_path(STEM, "pdf"), seed=7)[0]
    top = page.crop((0, 0, page.width, page.height // 3))
    words = " ".join(w["text"] for w in ocr.ocr_image(top.rotate(90, expand=True)).words)
    assert "LAA Performance Management Group" in words


def test_batch_stores_one_meeting_with_ocr_pages_and_exact_quotes(scans: Path, tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()  # one folder, as an archive holds them (the folder stands for the issuer)
    shutil.copyfile(scans / "mixed" / f"{STEM}.pdf", folder / f"{STEM}.pdf")
    shutil.copyfile(sample_path(STEM, "docx"), folder / f"{STEM}.docx")
    db = tmp_path / "m.db"
    summary = ingest_paths([folder], db, workers=1)
    assert (summary.read, summary.failed) == (2, 0)
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from meetings").fetchone() == (1,)
    pages = con.execute("select d.format, p.page, p.ocr, p.ocr_confidence > 70 from pages p "
                        "join documents d on d.id = p.document_id order by d.format, p.page").fetchall()
    assert pages[-4:] == [("pdf", 1, 0, None), ("pdf", 2, 1, 1), ("pdf", 3, 0, None), ("pdf", 4, 1, 1)]
    checked = 0
    for table in ("attendance", "actions", "figures", "indicator_mentions"):
        for text, page, start, end, quote in con.execute(
                f"select d.text, t.page, t.start, t.end, t.quote from {table} t join documents d on d.id = t.document_id"
                " where d.format = 'pdf' and t.page in (2, 4)"):
            assert text[start:end] == quote
            checked += 1
    assert checked >= 3
