"""Word 97-2003, RTF and ODT: sniffed by content, read with the DOCX reader's structure, converted
by one LibreOffice run per group of files, scored like the DOCX they were made from."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from minutes import ingest
from minutes.evaluate import GOLD, flatten, score_files
from minutes.ingest import office
from minutes.ingest.sniff import sniff
from minutes.pipeline import ingest_paths
from minutes.store.store import Store
from sample_files import sample_path, sample_stems

FORMATS = ("doc", "rtf", "odt")


@pytest.mark.parametrize("fmt", FORMATS)
def test_format_is_told_by_content_not_name(legacy: Path, fmt: str) -> None:
    path = next((legacy / fmt).iterdir())
    assert sniff(path.read_bytes(), "renamed.bin") == fmt


@pytest.mark.parametrize("fmt", FORMATS)
def test_structure_matches_the_docx_it_was_saved_from(legacy: Path, fmt: str) -> None:
    stem = sample_stems()[1]
    doc, docx = ingest.read(legacy / fmt / f"{stem}.{fmt}"), ingest.read(sample_path(stem, "docx"))
    assert doc.format == fmt
    assert [(b.kind, b.text, b.level, len(b.cells)) for b in doc.blocks if not b.furniture] == \
        [(b.kind, b.text, b.level, len(b.cells)) for b in docx.blocks if not b.furniture]
    assert all(doc.text[b.start:b.end] == b.text for b in doc.blocks)


@pytest.mark.parametrize("fmt", FORMATS)
def test_extraction_scores_as_well_as_docx(legacy: Path, fmt: str) -> None:
    scores = flatten(score_files(sorted((legacy / fmt).iterdir()), GOLD))
    reference = flatten(score_files(sorted(sample_path(s, "docx") for s in sample_stems()), GOLD))
    assert scores["overall"] >= 0.99
    assert all(abs(scores[f] - reference[f]) <= 0.05 for f in scores), scores


def test_a_batch_starts_libreoffice_once_per_group_and_stores_one_meeting_per_sample(
        legacy: Path, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "archive"  # one folder, as an archive holds them (the folder stands for the issuer)
    folder.mkdir()
    for fmt in FORMATS:
        for path in (legacy / fmt).iterdir():
            shutil.copyfile(path, folder / path.name)
    monkeypatch.setenv("MINUTES_CACHE_DIR", str(tmp_path / "cache"))
    runs = []
    real = office._run_soffice
    monkeypatch.setattr(office, "_run_soffice", lambda items: runs.append(len(items)) or real(items))
    summary = ingest_paths([folder], tmp_path / "m.db", workers=1)
    assert (summary.read, summary.failed) == (15, 0)
    assert runs == [15]
    store = Store(tmp_path / "m.db")
    try:
        assert store.db.execute("select count(*) from meetings").fetchone()[0] == len(sample_stems())
    finally:
        store.close()


def test_an_unconvertible_document_is_one_reason_and_the_rest_of_its_group_converts(
        legacy: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MINUTES_CACHE_DIR", str(tmp_path / "cache"))
    good = (legacy / "rtf" / f"{sample_stems()[0]}.rtf").read_bytes()
    failures = office.convert_many([("a" * 64, good, "rtf"), ("b" * 64, b"{\\rtf1 \x00\x01\x02 broken", "doc")])
    assert (tmp_path / "cache" / "office" / f"{'a' * 64}.docx").exists()
    assert failures == {"b" * 64: "damaged document: LibreOffice could not convert it"}
