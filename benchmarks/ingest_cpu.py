"""CPU seconds of `minutes ingest` over the throughput archive, for one or more checkouts, alternated.

    python benchmarks/ingest_cpu.py [--documents 1000] [--workers 2] [--rounds 3] [--python OTHER_VENV/bin/python ...]

Builds the archive of ``benchmarks/throughput.py`` once (``tests/batch_archive.py``), then runs
``python -m minutes.cli ingest ARCHIVE --db NEW.db --workers N --quiet`` with this interpreter and
each ``--python`` given (another checkout's venv, e.g. f2d278c's, to compare with), in turn, for
``--rounds`` rounds, and prints each run's user + system CPU seconds of the whole process tree (the
command and its pool workers) and the median per interpreter. CPU time, not wall time: on a shared
machine the wall time swings with other people's load far more than the CPU a run needs.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from batch_archive import build_archive  # noqa: E402


def cpu_seconds(python: str, folder: Path, workers: int, expected: int) -> float:
    """User + system seconds of one ingest run in a fresh process (and the workers it reaped)."""
    db = Path(tempfile.mkdtemp()) / "bench.db"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = subprocess.run([python, "-m", "minutes.cli", "ingest", str(folder), "--db", str(db), "--workers",
                          str(workers), "--quiet"], capture_output=True, text=True, cwd=tempfile.gettempdir())
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    summary = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ""
    if run.returncode or not summary.startswith(f"{expected} files read, 0 skipped as unchanged, 0 failed"):
        raise SystemExit(f"{python}: ingest did not read all {expected} files: {summary or run.returncode}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--python", action="append", default=[], help="another interpreter to compare (repeatable)")
    args = parser.parse_args()
    pythons = [sys.executable, *args.python]
    runs: dict[str, list[float]] = {python: [] for python in pythons}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        build_archive(folder, args.documents)
        for _ in range(args.rounds):
            for python in pythons:
                runs[python].append(cpu_seconds(python, folder, args.workers, args.documents))
                print(f"{python}: {runs[python][-1]:.2f} s", flush=True)
    for python, seconds in runs.items():
        print(f"{python}: median {statistics.median(seconds):.1f} s of CPU over {len(seconds)} runs "
              f"({', '.join(f'{s:.1f}' for s in seconds)})")


if __name__ == "__main__":
    main()
