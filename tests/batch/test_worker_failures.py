"""One file's failure stays that file's failure: a worker that dies, overruns the time limit or runs
out of memory fails its file, a fresh worker takes its place and every other file is stored."""
from __future__ import annotations

import faulthandler
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutes import pipeline
from minutes.ingest import limits
from minutes.pipeline import ingest_paths
from sample_files import SAMPLES

TRIGGER = "TRIGGER-7e1d"  # a line in a document's text that makes the injected extractor misbehave


def archive_with_trigger(folder: Path) -> Path:
    """Three good files and one whose text holds the trigger line."""
    folder.mkdir()
    for stem in ("000_427178f9a1fe7053", "001_27d508b5cfb6343c", "002_b54d0e956782b075"):
        shutil.copyfile(SAMPLES / f"{stem}.txt", folder / f"{stem}.txt")
    (folder / "bad.txt").write_text((SAMPLES / "003_d12f7b412e69e8e1.txt").read_text() + f"\n{TRIGGER}\n")
    return folder


def misbehave_on_trigger(monkeypatch, act) -> None:
    """Workers are forked, so they run this extractor: ``act()`` on the triggering document."""
    real = pipeline.extract

    def extract(document, options):
        if TRIGGER in document.text:
            act()
        return real(document, options)

    monkeypatch.setattr(pipeline, "extract", extract)


def run(folder: Path, db: Path, workers: int) -> tuple[pipeline.Summary, list[tuple[str, str]]]:
    errors: list[tuple[str, str]] = []
    summary = ingest_paths([folder], db, workers=workers, nlp=False,
                           on_error=lambda path, reason: errors.append((Path(path).name, reason)))
    return summary, errors


@pytest.mark.parametrize("workers", [1, 2])
def test_a_worker_killed_mid_file_fails_that_file_only(tmp_path: Path, monkeypatch, workers: int) -> None:
    misbehave_on_trigger(monkeypatch, lambda: os.kill(os.getpid(), signal.SIGKILL))
    folder = archive_with_trigger(tmp_path / "files")
    # the crashing file first, so the replaced worker must carry the rest of the batch
    os.rename(folder / "bad.txt", folder / "0_bad.txt")
    summary, errors = run(folder, tmp_path / "m.db", workers)
    assert (summary.read, summary.failed) == (3, 1)
    assert errors == [("0_bad.txt", "the worker process reading this file was killed by SIGKILL (out of memory?)")]


def segfault() -> None:
    faulthandler.disable()  # pytest's fault handler, inherited by the forked worker, would print a dump
    os.kill(os.getpid(), signal.SIGSEGV)


def test_a_native_crash_fails_that_file_only(tmp_path: Path, monkeypatch) -> None:
    misbehave_on_trigger(monkeypatch, segfault)
    summary, errors = run(archive_with_trigger(tmp_path / "files"), tmp_path / "m.db", 2)
    assert (summary.read, summary.failed) == (3, 1)
    assert errors == [("bad.txt", "the worker process reading this file was killed by SIGSEGV")]


def test_a_file_over_the_time_limit_is_stopped_and_its_worker_replaced(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(limits, "FILE_TIMEOUT", 1)
    misbehave_on_trigger(monkeypatch, lambda: time.sleep(600))
    started = time.monotonic()
    summary, errors = run(archive_with_trigger(tmp_path / "files"), tmp_path / "m.db", 1)
    assert time.monotonic() - started < 60
    assert (summary.read, summary.failed) == (3, 1)
    assert errors == [("bad.txt", "took over 1 s (MINUTES_FILE_TIMEOUT) plus 60 s per page read by OCR "
                                  "(MINUTES_OCR_PAGE_TIMEOUT): stopped")]


def test_a_file_over_the_memory_limit_fails_with_that_reason(tmp_path: Path, monkeypatch) -> None:
    limit = 512  # on top of what a forked worker holds: room for the good files, not for 3 GiB
    monkeypatch.setattr(limits, "MAX_WORKER_MB", limit)
    misbehave_on_trigger(monkeypatch, lambda: bytearray(3 << 30))
    summary, errors = run(archive_with_trigger(tmp_path / "files"), tmp_path / "m.db", 2)
    assert (summary.read, summary.failed) == (3, 1)
    assert errors == [("bad.txt", f"over the memory limit ({limit} MB, MINUTES_MAX_WORKER_MB)")]


def test_the_memory_limit_counts_from_what_a_forked_worker_already_holds(tmp_path: Path, monkeypatch) -> None:
    """A parent that already holds more than the limit (pandas, a large export) must not fail every file."""
    monkeypatch.setattr(limits, "MAX_WORKER_MB", 256)
    ballast = bytearray(600 << 20)  # mapped, not touched: counts in VmData, as RLIMIT_DATA does
    summary, errors = run(archive_with_trigger(tmp_path / "files"), tmp_path / "m.db", 1)
    assert (summary.read, summary.failed, errors) == (4, 0, [])
    del ballast


def test_an_unknown_spacy_model_is_one_line_naming_the_setting(tmp_path: Path) -> None:
    env = {**os.environ, "MINUTES_SPACY_MODEL": "en_no_such_model_xx"}
    proc = subprocess.run([sys.executable, "-m", "minutes.cli", "ingest", str(SAMPLES), "--db", str(tmp_path / "m.db"),
                           "--quiet"], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        "error: MINUTES_SPACY_MODEL='en_no_such_model_xx' is not an installed spaCy model or model folder"]
