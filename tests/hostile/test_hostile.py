"""Broken and hostile input: every bad file gets one plain reason, nothing else is lost or leaks."""
from __future__ import annotations

import re
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from minutes import ingest
from hostile.corpus import MARKER, in_memory_docx, make_corpus, remove_deep_tree
from minutes.ingest import IngestError
from minutes.pipeline import process_file
from minutes.store.store import path_text


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Iterator[tuple[Path, dict]]:
    folder = tmp_path_factory.mktemp("hostile") / "corpus"
    yield folder, make_corpus(folder)
    remove_deep_tree(folder)  # pytest's own clean-up recurses into folders


@pytest.fixture(scope="module")
def batch(corpus, tmp_path_factory):
    folder, _ = corpus
    db = tmp_path_factory.mktemp("db") / "minutes.db"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([sys.executable, "-m", "minutes.cli", "ingest", str(folder), "--db", str(db), "--quiet"],
                          capture_output=True, text=True, timeout=600)
    peak_kb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return proc, db, peak_kb


def test_each_case_reads_or_fails_with_its_plain_reason(corpus) -> None:
    folder, expect = corpus
    for name, (kind, detail) in expect.items():
        outcome = process_file(str(folder / name), nlp=False)  # the worker boundary: it never raises
        if kind == "error":
            assert outcome.document is None and outcome.reason.startswith(detail), (name, outcome.reason)
        else:
            assert outcome.document and (outcome.document.text or name == "scanned.pdf"), (name, outcome.reason)


def test_unreadable_input_is_an_ingest_error_from_metadata_alone(corpus) -> None:
    folder, expect = corpus
    for name, (kind, detail) in expect.items():
        if detail.startswith(("not a regular file", "file is ")):
            with pytest.raises(IngestError) as err:  # a FIFO read here would block forever
                ingest.read(folder / name)
            assert err.value.reason.startswith(detail), name


def stored_names(folder: Path, paths) -> set[str]:
    """Stored paths relative to the corpus folder (as stored: not-UTF-8 bytes escaped)."""
    return {str(Path(p).relative_to(path_text(str(folder)))) for p in paths}


def test_scanned_pages_are_reported_and_the_rest_kept(corpus) -> None:
    folder, _ = corpus
    scanned, mixed = ingest.read(folder / "scanned.pdf"), ingest.read(folder / "mixed.pdf")
    assert scanned.warnings == ("no text layer on page 1: scanned?",) and scanned.blocks == ()
    assert mixed.warnings == ("no text layer on page 4: scanned?",) and "Safe and Strong" in mixed.text


def test_xxe_entity_is_never_resolved(corpus) -> None:
    folder, _ = corpus
    doc = ingest.read(folder / "xxe.docx")
    assert MARKER not in doc.text and "Secret:" in doc.text


def test_zip_part_limit_is_checked_before_decompressing(monkeypatch) -> None:
    from minutes.ingest import limits
    monkeypatch.setattr(limits, "MAX_ZIP_PART_BYTES", 1000)
    with pytest.raises(IngestError, match="archive part word/document.xml exceeds 0 MB uncompressed"):
        ingest.read_bytes(in_memory_docx("<w:document>" + "x" * 2000 + "</w:document>"), "big.docx")


def test_a_file_vanishing_before_its_worker_reads_it_is_an_outcome_not_a_crash(tmp_path: Path) -> None:
    outcome = process_file(str(tmp_path / "gone.pdf"))
    assert (outcome.document, outcome.stage, outcome.reason) == (None, "read", "file not found")


def test_batch_finishes_reports_each_bad_file_once_and_exits_1(corpus, batch) -> None:
    _, expect = corpus
    proc, _, _ = batch
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    bad = {name for name, (kind, _) in expect.items() if kind == "error"}
    assert sorted(line.split(": ")[1].rsplit("/", 1)[1] for line in errors) == sorted(bad)
    assert len(proc.stderr.splitlines()) == len(set(proc.stderr.splitlines()))
    assert "warning: " in proc.stderr and "no text layer on page 4: scanned?" in proc.stderr
    summary = proc.stderr.strip().splitlines()[-1]
    assert re.fullmatch(rf"\d+ files read, 0 skipped as unchanged, {len(bad)} failed; \d+ rows added", summary)


def test_batch_stores_exactly_the_good_files_and_records_every_bad_one(corpus, batch) -> None:
    folder, expect = corpus
    _, db, _ = batch
    with sqlite3.connect(db) as conn:
        good = {path_text(name) for name, (kind, _) in expect.items() if kind == "ok"}
        assert stored_names(folder, (p for (p,) in conn.execute("SELECT path FROM document_paths"))) == good
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == len(good) - 1  # the duplicate pair
        dup = conn.execute("SELECT count(DISTINCT document_id) FROM document_paths WHERE path LIKE '%dup_%'").fetchone()
        assert dup == (1,)
        errors = {str(Path(p).relative_to(folder)): reason
                  for p, reason in conn.execute("SELECT path, reason FROM errors")}
        assert set(errors) == {name for name, (kind, _) in expect.items() if kind == "error"}
        for name, reason in errors.items():
            assert reason.startswith(expect[name][1])


def test_cp1252_pound_amount_is_read(batch) -> None:
    _, db, _ = batch
    with sqlite3.connect(db) as conn:
        rows = conn.execute("""SELECT f.value FROM figures f JOIN document_paths p ON p.document_id = f.document_id
                               WHERE p.path LIKE '%legacy.txt' AND f.unit = 'GBP'""").fetchall()
    assert rows == [(150000.0,)]


def test_no_byte_of_the_xxe_target_reaches_the_database(batch) -> None:
    _, db, _ = batch
    assert MARKER.encode() not in Path(db).read_bytes()
    with sqlite3.connect(db) as conn:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                assert not any(isinstance(v, str) and MARKER in v for v in row), table


def test_peak_memory_with_the_zip_bomb_stays_under_1_gb(batch) -> None:
    _, _, peak_kb = batch
    assert peak_kb < 1024 * 1024


def test_symlinks_never_lead_outside_or_loop(corpus, batch) -> None:
    _, db, _ = batch
    with sqlite3.connect(db) as conn:
        paths = [p for (p,) in conn.execute("SELECT path FROM document_paths")]
    assert not any("/loop/" in p or "/outside/" in p or "secret" in p for p in paths)


def test_a_device_named_on_the_command_line_is_refused_without_reading_it(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"not a regular file \(character device\)"):
        ingest.read("/dev/zero")  # reading it would never end
    proc = subprocess.run([sys.executable, "-m", "minutes.cli", "ingest", "/dev/zero", "--db", str(tmp_path / "m.db"),
                           "--quiet", "--no-nlp"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == ["error: /dev/zero: not a regular file (character device)",
                                        "0 files read, 0 skipped as unchanged, 1 failed; 0 rows added"]
