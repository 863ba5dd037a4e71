"""Batch ingest: read + extract in worker processes (or on a Dask cluster), one writer stores.

- Files are found lazily (no list of the whole archive in memory), hidden files skipped, directory
  symlinks never followed (so no loops) and file symlinks followed only inside the given folders;
  FIFOs, sockets and devices are refused from their metadata, never opened.
- Each file is hashed in the parent; bytes already stored are skipped before any work is sent.
- At most ``4 x workers`` files are in flight, so memory stays flat however large the archive.
- Whatever goes wrong with one file (an exception anywhere, a worker that crashes or is killed, a
  file over the time or memory limit) becomes that file's ``errors`` row; the worker is replaced
  and the batch goes on.
- The parent stores results a few at a time, each group in one transaction and each document in a
  savepoint of it (SQLite WAL: readers keep working), so a run killed at any moment resumes where it
  stopped when run again. SIGINT and SIGTERM stop it within seconds: workers end, the documents being
  written are committed or rolled back whole.
- Results are stored in input order (a slow file holds back the ones after it, not the workers), so
  identical runs give identical ids.
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import os
import resource
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pebble import ProcessExpired, ProcessPool
from tqdm import tqdm

from minutes import ingest
from minutes.extract import Options, Record, extract
from minutes.extract import nlp as spacy_helper
from minutes.extract.names import first_names
from minutes.ingest import Document, IngestError, limits, time_limit
from minutes.ingest.errors import os_reason
from minutes.ingest.office import preconvert
from minutes.ingest.paths import canonical_path
from minutes.store.store import ArchiveError, Store, path_text

if TYPE_CHECKING:  # dask is the optional [cluster] extra
    from dask.distributed import LocalCluster

IN_FLIGHT_PER_WORKER = 4
GC_ALLOCATIONS = 10_000  # allocations between the cyclic collector's young-generation runs during a batch (Python: 700)
MEMORY_EXIT = 86  # a worker's exit status after running out of memory: its file is over the memory limit
REASON_MAX_CHARS = 300


@dataclass
class Summary:
    """What a batch did."""

    read: int = 0
    skipped: int = 0
    failed: int = 0
    rows: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: Summary) -> None:
        """Count what ``other`` counted too."""
        self.read, self.skipped = self.read + other.read, self.skipped + other.skipped
        self.failed, self.rows = self.failed + other.failed, self.rows + other.rows
        self.errors += other.errors

    def line(self) -> str:
        return (f"{self.read} files read, {self.skipped} skipped as unchanged, {self.failed} failed; "
                f"{self.rows} rows added")


class BatchStopped(Exception):
    """The batch stopped before its end (a signal, or an archive that cannot be written); everything
    stored until then is kept and a rerun resumes. ``exit_status`` is what the command returns."""

    def __init__(self, reason: str, summary: Summary, exit_status: int) -> None:
        super().__init__(reason)
        self.reason, self.summary, self.exit_status = reason, summary, exit_status


class _Stop(KeyboardInterrupt):
    """SIGINT or SIGTERM, raised in the main thread between documents (like Ctrl-C's KeyboardInterrupt)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _StopSignals:
    """Turns SIGINT and SIGTERM into :class:`_Stop` at once, except while one document is being stored
    and counted: then the stop waits for the end of that document, so what the summary says was
    stored is exactly what the archive holds. Installed only from the main thread (where Python runs
    signal handlers), and SIGINT only where it is not ignored (``nohup``)."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.storing = False
        self.pending: int | None = None
        self.previous: dict[int, Any] = {}

    def __enter__(self) -> _StopSignals:
        if threading.current_thread() is threading.main_thread():
            for signum in self.SIGNALS:
                if signal.getsignal(signum) is not signal.SIG_IGN:
                    self.previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)

    def _handle(self, signum: int, frame: object) -> None:
        if self.storing:
            self.pending = signum
        else:
            raise _Stop(signum)

    @contextlib.contextmanager
    def storing_one(self) -> Iterator[None]:
        """Hold a stop until the block (storing and counting one document) has finished."""
        self.storing = True
        try:
            yield
        finally:
            self.storing = False
        if self.pending is not None:
            raise _Stop(self.pending)


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
    resolved); symlinks never lead outside the given folders. The walk keeps its own stack of
    folders (no recursion), so no depth of nesting can stop it."""
    for given in paths:
        root = Path(given)
        if not root.is_dir():
            yield canonical_path(root)
            continue
        top = root.resolve()
        stack = [root]
        while stack:
            folder = stack.pop()
            try:
                with os.scandir(folder) as scan:
                    entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
            except OSError:
                continue  # a folder that vanished or cannot be listed holds nothing we can read
            folders = []
            for entry in entries:
                path = Path(entry.path)
                if entry.is_dir(follow_symlinks=False):
                    folders.append(path)
                elif entry.is_symlink() and not path.resolve().is_relative_to(top):
                    continue  # a link out of the archive is not part of it
                elif entry.is_symlink() and path.is_dir():
                    continue  # a link to a folder inside the archive: that folder is walked itself
                else:
                    yield canonical_path(path)
            stack.extend(reversed(folders))


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def failure_reason(stage: str, exc: BaseException) -> str:
    """One line for an unexpected exception: ``<stage> failed: <type>: <message>``."""
    message = " ".join(str(exc).split())
    reason = f"{stage} failed: {type(exc).__name__}" + (f": {message}" if message else "")
    return reason if len(reason) <= REASON_MAX_CHARS else reason[:REASON_MAX_CHARS - 3] + "..."


def process_file(path: str, nlp: bool = False, ocr: str = "auto") -> Outcome:
    """Read and extract one file (runs in a worker). Failures become an Outcome, never an exception
    (except MemoryError, which the worker turns into its own replacement)."""
    try:
        document = ingest.read(path, ocr=ocr)
    except IngestError as exc:
        return Outcome(path, stage="read", reason=exc.reason)
    except MemoryError:
        raise
    except Exception as exc:  # the worker boundary: a reader's defect is this file's failure only
        return Outcome(path, stage="read", reason=failure_reason("read", exc))
    try:
        record = extract(document, Options(nlp=nlp))
    except MemoryError:
        raise
    except Exception as exc:  # likewise for an extractor's defect
        return Outcome(path, stage="extract", reason=failure_reason("extract", exc))
    return Outcome(path, document, record)


def _work(path: str, nlp: bool, ocr: str = "auto") -> Outcome:
    """One file in a pool worker, under the file's time limit (see :mod:`time_limit`); out of time,
    the timer's signal ends the worker, out of memory it exits, and a fresh one takes its place."""
    time_limit.start(limits.FILE_TIMEOUT)
    try:
        return process_file(path, nlp, ocr)
    except MemoryError:
        os._exit(MEMORY_EXIT)
    finally:
        time_limit.stop()


def _preload_for_workers(nlp: bool) -> None:
    """Load the PDF and DOCX readers, the first-name dictionary (and spaCy, with ``nlp``) once in the
    parent, before the pool forks its workers: every worker (and every replacement) then shares them instead of loading them
    itself (about 0.7 s of CPU a worker with spaCy). A model that cannot be loaded is left to the
    workers, which report it for each file as before."""
    from minutes.ingest import docx, pdf  # noqa: F401  (imported for the workers)

    first_names()  # the name dictionary, read once (0.1 s) rather than by each worker
    if not nlp:
        return
    try:
        spacy_helper.load()
    except (OSError, ImportError, ValueError, RuntimeError):
        pass


def _init_worker(max_mb: int) -> None:
    """Set up a pool worker. It must not raise (the pool would start it again and again), so spaCy
    is not loaded here: the parent loaded it before forking (see :func:`_preload_for_workers`), or a
    worker loads it on its first file that needs it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent decides
    signal.signal(signal.SIGALRM, signal.SIG_DFL)  # the file's time limit ends the worker
    if max_mb > 0:  # on top of what the forked worker already holds (a parent that loaded pandas, say)
        limit = (max_mb << 20) + _data_bytes()
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def _data_bytes() -> int:
    """This process's heap and private mappings (VmData), what RLIMIT_DATA counts."""
    with open("/proc/self/status") as status:
        line = next((l for l in status if l.startswith("VmData:")), "VmData: 0 kB")
    return int(line.split()[1]) << 10


def _expired_reason(exc: ProcessExpired) -> str:
    if exc.exitcode == MEMORY_EXIT:
        return f"over the memory limit ({limits.MAX_WORKER_MB} MB, MINUTES_MAX_WORKER_MB)"
    if exc.exitcode == -signal.SIGALRM:
        return (f"took over {limits.FILE_TIMEOUT:g} s (MINUTES_FILE_TIMEOUT) plus {limits.OCR_PAGE_TIMEOUT:g} s "
                f"per page read by OCR (MINUTES_OCR_PAGE_TIMEOUT): stopped")
    if exc.exitcode is not None and exc.exitcode < 0:
        how = f"was killed by {signal.Signals(-exc.exitcode).name}"
        if exc.exitcode == -signal.SIGKILL:
            how += " (out of memory?)"
    else:
        how = f"exited with status {exc.exitcode}"
    return f"the worker process reading this file {how}"


def outcome_of(future: Future, path: str) -> Outcome:
    """A pool future's Outcome: its result, or this file's failure when its worker died (a crash,
    or the end of its time or memory)."""
    try:
        return future.result()
    except ProcessExpired as exc:
        stage = "limit" if exc.exitcode == -signal.SIGALRM else "worker"
        return Outcome(path, stage=stage, reason=_expired_reason(exc))
    except Exception as exc:  # e.g. a result that could not be sent back: still one file's failure
        return Outcome(path, stage="worker", reason=failure_reason("worker", exc))


def ingest_paths(paths: Iterable[str | Path], db: str | Path, *, workers: int | None = None,
                 executor: str = "process", scheduler: str | None = None, nlp: bool = False,
                 ocr: str = "auto", progress: bool = False, on_error: Callable[[str, str], None] | None = None,
                 on_warning: Callable[[str, str], None] | None = None) -> Summary:
    """Ingest every file under ``paths`` into the archive at ``db`` and return a Summary.

    ``on_error(path, reason)`` is called for each file that could not be read, extracted or stored,
    ``on_warning(path, message)`` for each file read with a warning (a page without text); paths
    are given as stored (see :func:`path_text`). Raises :class:`limits.SettingError` before any work
    when a setting is wrong, :class:`BatchStopped` on SIGINT or SIGTERM or when the archive cannot be
    written, and :class:`ArchiveError` when it cannot be opened. ``ocr``: ``auto`` reads pages
    without a text layer by OCR, ``always`` every page, ``never`` none.
    """
    limits.check()
    spacy_helper.check_model()  # a wrong setting is one line even while spaCy is off
    workers = workers or os.cpu_count() or 1
    store = Store(db)
    summary = Summary()
    bar = tqdm(desc="ingest", unit="file", disable=not progress, file=sys.stderr)

    def fail(path: str, stage: str, reason: str, sha: str | None = None, counts: Summary = summary) -> None:
        path, reason = path_text(path), " ".join(reason.split())
        counts.failed += 1
        counts.errors.append((path, reason))
        store.add_error(path, stage, reason, sha)
        if on_error:
            on_error(path, reason)

    stops = _StopSignals()

    def store_outcome(outcome: Outcome, counts: Summary) -> bool:
        """Store one outcome (inside a group), counted in ``counts``; whether its document was stored."""
        bar.update()
        if outcome.document is None:
            fail(outcome.path, outcome.stage or "read", outcome.reason or "unknown failure", counts=counts)
            return False
        try:
            rows = store.add(outcome.document, outcome.record)
        except ArchiveError:
            raise
        except Exception as exc:  # a storing defect is this file's failure; its savepoint was rolled back
            fail(outcome.path, "store", failure_reason("store", exc), counts=counts)
            return False
        counts.read += 1
        counts.rows += sum(rows.values())
        return True

    def store_outcomes(outcomes: list[Outcome]) -> None:
        """Store outcomes in one transaction, counted in the summary once it is committed."""
        counts = Summary()
        with stops.storing_one():
            with store.grouped():
                stored = [outcome for outcome in outcomes if store_outcome(outcome, counts)]
            summary.add(counts)
        for outcome in stored if on_warning else ():
            for message in [*outcome.document.warnings, *outcome.record.warnings]:
                on_warning(path_text(outcome.path), message)

    def pending_files() -> Iterator[str]:
        for path in iter_files(paths):
            if store.is_own_file(path):
                continue  # the archive never reads itself
            try:
                ingest.check_file(path)  # FIFOs, devices and oversized files are never opened
                sha = sha256_of(path)
            except IngestError as exc:
                bar.update()
                with stops.storing_one():
                    fail(str(path), "read", exc.reason)
                continue
            except OSError as exc:
                bar.update()
                with stops.storing_one():
                    fail(str(path), "read", os_reason(exc))
                continue
            if store.known(sha):
                bar.update()
                with stops.storing_one():
                    store.record_path(str(path), sha)
                    summary.skipped += 1
                continue
            yield str(path)

    files = preconvert(pending_files())  # legacy .doc/.rtf/.odt: one LibreOffice run per group
    try:
        with stops, _fewer_collections():
            if executor == "dask":
                _run_dask(files, store_outcomes, workers, scheduler, nlp, ocr)
            else:
                _run_pool(files, store_outcomes, workers, nlp, ocr)
            store.link()  # follow-up: reports linked to the earlier actions they are about
    except KeyboardInterrupt as exc:
        signum = exc.signum if isinstance(exc, _Stop) else signal.SIGINT
        raise BatchStopped(f"stopped by {signal.Signals(signum).name}", summary, 128 + signum) from None
    except ArchiveError as exc:
        raise BatchStopped(f"cannot write {path_text(exc.path)}: {exc.reason}", summary, 1) from None
    finally:
        bar.close()
        store.close()
    return summary


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """During a batch, the cyclic garbage collector leaves alone what is loaded before it (modules,
    patterns, the name dictionary: ``gc.freeze``, which also keeps the forked workers from copying
    those pages) and runs less often: unpickling and storing results and extracting make and drop
    many small objects, few of them in cycles. It had taken 0.3 s of the parent's CPU and 3% of each
    worker's on the 1,000-document archive. Python's settings are restored afterwards."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_ALLOCATIONS, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _store_in_input_order(files: Iterator[str], submit: Callable[[str], Any],
                          outcome: Callable[[Any, str], Outcome], store_outcomes: Callable[[list[Outcome]], None],
                          window: int) -> None:
    """Keep up to ``window`` files in flight and store their outcomes in input order, not completion
    order, so that two runs over the same files give every meeting, person and row the same id. They
    are stored half a window at a time, in one transaction (the other half keeps the workers busy), which
    is begun only once all of them are there: no worker is waited for while the archive is locked. One
    transaction a document had cost the parent a tenth of its CPU (a commit and the full-text indexes'
    flush each time)."""
    group = max(window // 2, 1)
    in_flight: deque[tuple[Any, str]] = deque()
    for path in files:
        in_flight.append((submit(path), path))
        if len(in_flight) >= window:
            store_outcomes([outcome(*in_flight.popleft()) for _ in range(group)])
    while in_flight:
        store_outcomes([outcome(*in_flight.popleft()) for _ in range(min(group, len(in_flight)))])


def _run_pool(files: Iterator[str], store_outcomes: Callable[[list[Outcome]], None], workers: int, nlp: bool,
              ocr: str) -> None:
    """Files through a pebble process pool: a worker that dies or overruns the time limit fails its
    file and is replaced; at the end, or when stopped, the workers are ended. Nothing is loaded and
    no worker started when no file needs reading (a rerun over an archive already stored)."""
    first = next(files, None)
    if first is None:
        return
    _preload_for_workers(nlp)
    pool = ProcessPool(max_workers=workers, initializer=_init_worker, initargs=(limits.MAX_WORKER_MB,))
    try:
        _store_in_input_order(itertools.chain([first], files), lambda path: pool.schedule(_work, (path, nlp, ocr)),
                              outcome_of, store_outcomes, workers * IN_FLIGHT_PER_WORKER)
    finally:
        pool.stop()
        pool.join()


def _dask_outcome(future: Any, path: str) -> Outcome:
    try:
        return future.result()
    except Exception as exc:  # a worker that died (KilledWorker) or a lost task: this file's failure
        return Outcome(path, stage="worker", reason=failure_reason("worker", exc))


def local_cluster(workers: int) -> LocalCluster:
    """A Dask cluster on this machine, listening on loopback only and with no dashboard (which would
    listen on every interface)."""
    from dask.distributed import LocalCluster

    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                        memory_limit=f"{limits.MAX_WORKER_MB}MiB", host="127.0.0.1", dashboard_address=None)


def _run_dask(files: Iterator[str], store_outcomes: Callable[[list[Outcome]], None], workers: int,
              scheduler: str | None, nlp: bool, ocr: str) -> None:
    from dask.distributed import Client

    cluster = None if scheduler else local_cluster(workers)
    with Client(scheduler or cluster) as client:
        try:
            _store_in_input_order(files, lambda path: client.submit(process_file, path, nlp, ocr, pure=False),
                                  _dask_outcome, store_outcomes, workers * IN_FLIGHT_PER_WORKER)
        finally:
            if cluster is not None:
                cluster.close()
