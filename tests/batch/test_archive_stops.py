"""Many writers, stops and full disks: two ingests of one archive at once, Ctrl-C and SIGTERM, and
a disk that fills up all end with every stored document whole and a rerun that completes."""
from __future__ import annotations

import os
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from batch_archive import build_archive

FILES = 36


def ingest_command(folder: Path, db: Path, workers: int = 2) -> list[str]:
    return [sys.executable, "-m", "minutes.cli", "ingest", str(folder), "--db", str(db), "--workers", str(workers),
            "--quiet"]


def count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archive") / "files"
    build_archive(folder, FILES)
    return folder


def assert_rerun_completes(archive: Path, db: Path) -> None:
    stored = count(db, "documents")
    rerun = subprocess.run(ingest_command(archive, db), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{stored} skipped as unchanged" in rerun.stderr
    assert (count(db, "documents"), count(db, "document_paths"), count(db, "errors")) == (FILES, FILES, 0)
    assert integrity(db) == "ok"


def test_ingests_of_one_new_archive_at_once_all_finish_and_store_each_file_once(archive: Path,
                                                                                 tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    runs = [subprocess.Popen(ingest_command(archive, db, workers=1) + ["--no-nlp"], stderr=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, text=True) for _ in range(3)]
    for run in runs:
        _, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        assert err.splitlines()[-1].startswith(f"{FILES} files read") or "skipped as unchanged" in err
    assert (count(db, "documents"), count(db, "document_paths"), count(db, "errors")) == (FILES, FILES, 0)
    assert integrity(db) == "ok"


@pytest.mark.parametrize(("signum", "status", "to_group"), [(signal.SIGINT, 130, True), (signal.SIGTERM, 143, False)],
                         ids=["ctrl-c to the group", "sigterm to the command"])
def test_a_signal_stops_the_batch_within_5_s_workers_end_and_a_rerun_resumes(
        archive: Path, tmp_path: Path, signum: int, status: int, to_group: bool) -> None:
    db = tmp_path / "m.db"
    # as typed at a terminal: Ctrl-C handled by default even when this test runs with SIGINT ignored
    # (a job started with '&' has it ignored, and the command rightly keeps ignoring it then)
    proc = subprocess.Popen(ingest_command(archive, db), start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 300
    while count(db, "documents") < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert proc.poll() is None, "the ingest finished before it could be stopped: make the archive larger"
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert workers
    sent = time.monotonic()
    if to_group:
        os.killpg(proc.pid, signum)  # what the terminal does on Ctrl-C
    else:
        proc.send_signal(signum)  # what a service manager or `kill` does
    _, err = proc.communicate(timeout=60)
    assert time.monotonic() - sent < 5
    assert proc.returncode == status
    assert "Traceback" not in err
    name = signal.Signals(signum).name
    assert re.fullmatch(rf"stopped by {name}: \d+ files read, 0 skipped as unchanged, 0 failed; \d+ rows added; "
                        r"run the same command again to resume", err.strip()), err
    time.sleep(0.5)
    assert not [w for w in workers if w.is_running() and w.status() != psutil.STATUS_ZOMBIE]
    assert integrity(db) == "ok"
    assert_rerun_completes(archive, db)


def test_a_full_disk_is_one_line_leaves_a_sound_archive_and_a_rerun_completes(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "m.db"

    def small_files() -> None:  # `ulimit -f`: no file this process writes may grow past 2 MiB
        resource.setrlimit(resource.RLIMIT_FSIZE, (2 << 20, 2 << 20))

    proc = subprocess.run(ingest_command(archive, db), capture_output=True, text=True, timeout=600,
                          preexec_fn=small_files)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert re.fullmatch(rf"error: cannot write {re.escape(str(db))}: .*(disk full|file size limit).*: \d+ files read, "
                        r"0 skipped as unchanged, 0 failed; \d+ rows added; run the same command again to resume",
                        proc.stderr.strip()), proc.stderr
    assert 0 < count(db, "documents") < FILES
    assert integrity(db) == "ok"
    assert_rerun_completes(archive, db)
