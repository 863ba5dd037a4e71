"""Time the follow-up and owner queries on a large archive: ``python benchmarks/queries.py [--docs 10000]``.

The archive is built from real records: every file of ``tests/data/followup`` (three bodies, four
consecutive meetings each) and of ``samples/`` is read and extracted once, then stored again and
again, each copy under its own body names ("<body> #17") and its own bytes (sha256), until the
archive holds ``--docs`` documents; follow-up linking then runs over every body, as at the end of
``minutes ingest`` (writes unsynced while building). Each query runs 5 times on a read-only
connection, as the CLI asks it (the first 100 rows, its default ``--limit``) and for every row;
the medians are reported. Exit status 1 when a query's first page takes 200 ms or more.
"""
from __future__ import annotations

import argparse
import copy
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

from minutes import ingest
from minutes.extract import extract
from minutes.pipeline import iter_files
from minutes.store.store import Store

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "tests" / "data" / "followup", ROOT / "samples"]
LIMIT_MS = 200.0


def build(db: Path, docs: int) -> float:
    """Fill ``db`` with ``docs`` documents (copies of the real records); returns seconds taken."""
    started = time.perf_counter()
    originals = [(doc, extract(doc)) for doc in (ingest.read(p) for p in iter_files([str(s) for s in SOURCES]))]
    store = Store(db)
    store.db.execute("PRAGMA synchronous = OFF")  # building only: no fsync per document
    added = copy_no = 0
    while added < docs:
        copy_no += 1
        for doc, record in originals:
            if added == docs:
                break
            twin = copy.deepcopy(record)
            twin.meeting.body = f"{record.meeting.body or 'Unnamed body'} #{copy_no}"
            store.add(dataclasses.replace(doc, path=f"{doc.path}#{copy_no}", sha256=f"{doc.sha256[:48]}{copy_no:016x}"),
                      twin)
            added += 1
    store.link()
    store.close()
    return time.perf_counter() - started


def timed(run) -> tuple[float, int]:
    """Median milliseconds of 5 runs and the number of rows the query gave."""
    times, rows = [], 0
    for _ in range(5):
        started = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - started) * 1000)
        rows = len(result) if isinstance(result, list) else (len(result["history"]) if result else 0)
    return statistics.median(times), rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--db", type=Path, help="Keep the archive here (default: a temporary folder); "
                                                "an archive already there is timed without rebuilding.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        seconds = 0.0 if db.exists() else build(db, args.docs)  # an existing --db is timed as it is
        store = Store(db, readonly=True)
        documents = store.db.execute("SELECT count(*) FROM documents").fetchone()[0]
        actions = store.db.execute("SELECT count(*) FROM actions").fetchone()[0]
        linked = store.db.execute("SELECT count(*) FROM action_updates WHERE action_id IS NOT NULL").fetchone()[0]
        some_id = store.db.execute("SELECT action_id FROM action_history ORDER BY action_id DESC LIMIT 1").fetchone()[0]
        # what each command asks the library: a page of 100 rows (the CLI's default --limit, +1 to know
        # there are more) and, for comparison, every row
        queries = {
            "actions --status open": dict(status="open"),
            "actions --status done --body 'Coastal Ocean coordination #250'":
                dict(status="done", body="Coastal Ocean coordination #250"),
            "actions --overdue --as-of 2010-07-01": dict(overdue=True, as_of="2010-07-01"),
            "actions --owner Butterworth --status open": dict(owner="Butterworth", status="open"),
        }
        print(f"archive: {documents} documents, {actions} action rows, {linked} linked reports; "
              f"built in {seconds:.0f} s")
        print("| query | rows shown (of all) | median ms, first 100 | median ms, all rows |\n|---|---:|---:|---:|")
        slow = 0
        for name, query in queries.items():
            ms, rows = timed(lambda: store.actions(**query, limit=101))
            ms_all, rows_all = timed(lambda: store.actions(**query))
            slow += ms >= LIMIT_MS
            print(f"| `minutes {name}` | {min(rows, 100)} ({rows_all}) | {ms:.0f} | {ms_all:.0f} |")
        for name, run in {f"action {some_id}": lambda: store.action(some_id),
                          "actions --owner 'Gil Buterworth' (no such owner: suggestions)":
                              lambda: store.actions(owner="Gil Buterworth") or store.owner_suggestions("Gil Buterworth")
                          }.items():
            ms, rows = timed(run)
            slow += ms >= LIMIT_MS
            print(f"| `minutes {name}` | {rows} | {ms:.0f} | {ms:.0f} |")
        store.close()
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
