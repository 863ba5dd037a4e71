"""Ingest the whole generated hostile corpus (tests/hostile: corpus.py and bounded.py) in one batch
and report wall time, peak RSS of the largest process, and what was stored and refused.

    python benchmarks/hostile_batch.py [--workers 2] [--keep DIR]

Done when (issue 12): under 10 minutes with 2 workers, peak RSS under 1.2 GB per process, every
good file stored, every bad one recorded with a one-line reason, no traceback.
"""
from __future__ import annotations

import argparse
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile import bounded  # noqa: E402
from hostile.corpus import make_corpus, remove_deep_tree  # noqa: E402


def build(folder: Path) -> dict[str, tuple[str, str]]:
    """The file cases of corpus.py, plus every large case of bounded.py in folder/bounded/."""
    expect = make_corpus(folder)
    big = folder / "bounded"
    big.mkdir()
    for name in sorted(dir(bounded)):
        if name.startswith("make_"):
            getattr(bounded, name)(big)
    return expect


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="hostile-batch-"))
    folder, db = base / "hostile", base / "h.db"
    files = len(build(folder)) + len(list((folder / "bounded").iterdir()))
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "minutes.cli", "ingest", str(folder), "--db", str(db),
                           "--workers", str(args.workers), "--quiet"], capture_output=True, text=True)
    seconds = time.monotonic() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(proc.stderr, end="")
    with sqlite3.connect(db) as conn:
        documents = conn.execute("SELECT count(*) FROM document_paths").fetchone()[0]
        errors = conn.execute("SELECT count(*) FROM errors").fetchone()[0]
    print(f"\n{files} entries in the corpus; exit status {proc.returncode}; {seconds:.0f} s with {args.workers} workers; "
          f"peak RSS of the largest process {peak_mb:.0f} MB; {documents} paths stored, {errors} errors rows; "
          f"traceback printed: {'Traceback' in proc.stderr}")
    if not args.keep:
        remove_deep_tree(folder)
        subprocess.run(["rm", "-rf", str(base)], check=True)


if __name__ == "__main__":
    main()
