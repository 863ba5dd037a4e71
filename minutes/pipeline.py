"""Batch ingest: read + extract in worker processes (or on a Dask cluster), one writer stores.

- Files are found lazily (no list of the whole archive in memory), hidden files skipped, directory
  symlinks never followed (so no loops) and file symlinks followed only inside the given folders.
- Each file is hashed in the parent; bytes already stored are skipped before any work is sent.
- At most ``4 x workers`` files are in flight, so memory stays flat however large the archive.
- The parent stores each result in its own transaction (SQLite WAL: readers keep working), so a
  run killed at any moment resumes where it stopped when run again.
- Results are stored in input order (a slow file holds back the ones after it, not the workers), so
  identical runs give identical ids.
"""
from __future__ import annotations

import hashlib
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from minutes import ingest
from minutes.extract import Options, Record, extract
from minutes.ingest import Document, IngestError
from minutes.ingest.errors import os_reason
from minutes.ingest.paths import canonical_path
from minutes.store.store import Store

IN_FLIGHT_PER_WORKER = 4


@dataclass
class Summary:
    """What a batch did."""

    read: int = 0
    skipped: int = 0
    failed: int = 0
    rows: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.read} files read, {self.skipped} skipped as unchanged, {self.failed} failed; "
                f"{self.rows} rows added")


@dataclass
class Outcome:
    """A worker's answer for one file: a document and record, or the stage and reason it failed."""

    path: str
    document: Document | None = None
    record: Record | None = None
    stage: str | None = None
    reason: str | None = None


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under the given paths, lazily, in a stable order, each by its canonical path (absolute,
    resolved); symlinks never lead outside the given folders."""
    for given in paths:
        root = Path(given)
        if not root.is_dir():
            yield canonical_path(root)
            continue
        top = root.resolve()
        for folder, dirs, files in os.walk(root, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                path = Path(folder) / name
                if name.startswith("."):
                    continue
                if path.is_symlink() and not path.resolve().is_relative_to(top):
                    continue  # a link out of the archive is not part of it
                yield canonical_path(path)


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def process_file(path: str, nlp: bool = True) -> Outcome:
    """Read and extract one file (runs in a worker). Failures become an Outcome, never an exception."""
    try:
        document = ingest.read(path)
    except IngestError as exc:
        return Outcome(path, stage="read", reason=exc.reason)
    try:
        record = extract(document, Options(nlp=nlp))
    except Exception as exc:  # the worker boundary: one file's defect must not stop the batch
        return Outcome(path, stage="extract", reason=f"{type(exc).__name__}: {exc}")
    return Outcome(path, document, record)


def _init_worker(nlp: bool) -> None:
    if nlp:
        from minutes.extract import nlp as spacy_helper
        spacy_helper.load()  # once per worker, not once per file


def ingest_paths(paths: Iterable[str | Path], db: str | Path, *, workers: int | None = None,
                 executor: str = "process", scheduler: str | None = None, nlp: bool = True,
                 progress: bool = False, on_error: Callable[[str, str], None] | None = None,
                 on_warning: Callable[[str, str], None] | None = None) -> Summary:
    """Ingest every file under ``paths`` into the archive at ``db`` and return a Summary.

    ``on_error(path, reason)`` is called for each file that could not be read or extracted,
    ``on_warning(path, message)`` for each file read with a warning (a page without text).
    """
    workers = workers or os.cpu_count() or 1
    store = Store(db)
    summary = Summary()
    bar = tqdm(desc="ingest", unit="file", disable=not progress, file=sys.stderr)

    def fail(path: str, stage: str, reason: str, sha: str | None = None) -> None:
        summary.failed += 1
        summary.errors.append((path, reason))
        store.add_error(path, stage, reason, sha)
        if on_error:
            on_error(path, reason)

    def store_outcome(outcome: Outcome) -> None:
        bar.update()
        if outcome.document is None:
            fail(outcome.path, outcome.stage or "read", outcome.reason or "unknown failure")
            return
        summary.read += 1
        summary.rows += sum(store.add(outcome.document, outcome.record).values())
        for message in [*outcome.document.warnings, *outcome.record.warnings] if on_warning else ():
            on_warning(outcome.path, message)

    def pending_files() -> Iterator[str]:
        for path in iter_files(paths):
            if store.is_own_file(path):
                continue  # the archive never reads itself
            try:
                sha = sha256_of(path)
            except OSError as exc:
                bar.update()
                fail(str(path), "read", os_reason(exc))
                continue
            if store.known(sha):
                bar.update()
                summary.skipped += 1
                store.record_path(str(path), sha)
                continue
            yield str(path)

    try:
        if executor == "dask":
            _run_dask(pending_files(), store_outcome, workers, scheduler, nlp)
        elif workers == 1:
            _init_worker(nlp)
            for path in pending_files():
                store_outcome(process_file(path, nlp))
        else:
            _run_pool(pending_files(), store_outcome, workers, nlp)
    finally:
        bar.close()
        store.close()
    return summary


def _store_in_input_order(files: Iterator[str], submit: Callable[[str], Any],
                          store_outcome: Callable[[Outcome], None], window: int) -> None:
    """Keep up to ``window`` files in flight and store their outcomes in input order, not completion
    order, so that two runs over the same files give every meeting, person and row the same id."""
    in_flight: deque = deque()
    for path in files:
        in_flight.append(submit(path))
        if len(in_flight) >= window:
            store_outcome(in_flight.popleft().result())
    while in_flight:
        store_outcome(in_flight.popleft().result())


def _run_pool(files: Iterator[str], store_outcome: Callable[[Outcome], None], workers: int, nlp: bool) -> None:
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(nlp,)) as pool:
        _store_in_input_order(files, lambda path: pool.submit(process_file, path, nlp), store_outcome,
                              workers * IN_FLIGHT_PER_WORKER)


def _run_dask(files: Iterator[str], store_outcome: Callable[[Outcome], None], workers: int,
              scheduler: str | None, nlp: bool) -> None:
    from dask.distributed import Client, LocalCluster

    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
    with Client(scheduler or cluster) as client:
        try:
            _store_in_input_order(files, lambda path: client.submit(process_file, path, nlp, pure=False),
                                  store_outcome, workers * IN_FLIGHT_PER_WORKER)
        finally:
            if cluster is not None:
                cluster.close()
