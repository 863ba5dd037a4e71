"""Batch ingest: resumable after SIGKILL, and the Dask path stores exactly what the local pool does."""
from __future__ import annotations

import gc
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_archive import build_archive, snapshot
from minutes import pipeline
from minutes.pipeline import ingest_paths
from sample_files import SAMPLES


def ingest_command(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "minutes.cli", "ingest", str(folder), "--db", str(db), "--workers", "2", "--quiet"]


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archive") / "files"
    build_archive(folder, 36)
    return folder


def test_kill_9_then_rerun_equals_one_clean_run(archive: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean.db"
    subprocess.run(ingest_command(archive, clean), check=True, capture_output=True, timeout=600)

    killed = tmp_path / "killed.db"
    proc = subprocess.Popen(ingest_command(archive, killed), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while stored(killed) < 6 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert proc.poll() is None, "the ingest finished before it could be killed: make the archive larger"
    os.killpg(proc.pid, signal.SIGKILL)  # the writer and its workers, mid-batch
    proc.wait(timeout=30)
    partial = stored(killed)
    assert 6 <= partial < 36

    rerun = subprocess.run(ingest_command(archive, killed), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{partial} skipped as unchanged" in rerun.stderr
    with sqlite3.connect(killed) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert snapshot(killed) == snapshot(clean)


def test_dask_cluster_gives_the_same_rows_as_the_process_pool(tmp_path: Path) -> None:
    from dask.distributed import LocalCluster

    pool_db, dask_db = tmp_path / "pool.db", tmp_path / "dask.db"
    ingest_paths([SAMPLES], pool_db, workers=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = ingest_paths([SAMPLES], dask_db, executor="dask", scheduler=cluster.scheduler_address, workers=2)
    assert (summary.read, summary.failed) == (15, 0)
    assert snapshot(dask_db) == snapshot(pool_db)


IDS = {"meetings": "SELECT id, body, date FROM meetings ORDER BY id",
       "people": "SELECT id, name FROM people ORDER BY id",
       "documents": "SELECT id, sha256 FROM documents ORDER BY id"}


def ids(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        return {table: conn.execute(sql).fetchall() for table, sql in IDS.items()}


def test_ids_do_not_depend_on_which_worker_finishes_first(tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    slow = (SAMPLES / "004_f3f4c4be5310da84.txt").read_text()
    (folder / "0_slow.txt").write_text(slow * 25)  # first in input order, last to finish
    for source in sorted(SAMPLES.glob("00[0-3]*.txt")):
        (folder / f"1_{source.name}").write_bytes(source.read_bytes())
    runs = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        assert ingest_paths([folder], db, workers=workers, nlp=False).read == 5
        runs.append(ids(db))
    assert runs[0] == runs[1]


def test_a_batch_restores_the_garbage_collector_settings(tmp_path: Path, monkeypatch) -> None:
    """The batch collects less often while it runs (see pipeline._fewer_collections); a program that
    calls ingest_paths gets its own settings back."""
    before = gc.get_threshold()
    seen = []
    store_in_order = pipeline._store_in_input_order

    def watching(*args):
        seen.append((gc.get_threshold()[0], gc.get_freeze_count() > 0))
        return store_in_order(*args)

    monkeypatch.setattr(pipeline, "_store_in_input_order", watching)
    assert ingest_paths([next(SAMPLES.glob("*.txt"))], tmp_path / "a.db", workers=1).read == 1
    assert seen == [(pipeline.GC_ALLOCATIONS, True)]
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_rerun_with_nothing_new_loads_nothing_for_workers(tmp_path: Path, monkeypatch) -> None:
    """spaCy and the readers are loaded in the parent for the workers to share only when some file
    needs reading: a rerun over stored files stays cheap."""
    db = tmp_path / "a.db"
    sample = next(SAMPLES.glob("*.txt"))
    ingest_paths([sample], db, workers=1, nlp=True)
    preloads: list[int] = []
    monkeypatch.setattr(pipeline, "_preload_for_workers", lambda nlp: preloads.append(1))
    summary = ingest_paths([sample], db, workers=1, nlp=True)
    assert (summary.read, summary.skipped, preloads) == (0, 1, [])
