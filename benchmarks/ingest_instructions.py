"""Instructions a file costs `minutes ingest`, counted by valgrind: the same on a busy machine as on a quiet one.

    python benchmarks/ingest_instructions.py [--small 15] [--large 45] [--python OTHER_VENV/bin/python ...]

CPU seconds (``benchmarks/ingest_cpu.py``) swing with other people's load on a shared machine: one version's runs
have spread by a fifth, and the reference's by more. Instructions do not. For this interpreter and each ``--python``
given (another checkout's venv, e.g. f2d278c's), ``minutes ingest --workers 1`` runs under ``valgrind
--tool=cachegrind --cache-sim=no --trace-children=yes`` over two archives of ``benchmarks/throughput.py``'s
documents (``tests/batch_archive.py``), ``--small`` and ``--large`` files; the difference between the two runs'
instructions (parent and worker together), divided by the difference in files, is what one more file costs, without
the start-up (imports, compiling patterns, the name dictionary) that a 1,000-file archive spreads thin. Needs
valgrind (Debian: ``valgrind``); a run takes about a minute per 15 files.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from batch_archive import build_archive  # noqa: E402


def instructions(python: str, folder: Path, expected: int) -> int:
    """Instructions of one ``minutes ingest`` run over ``folder``: the parent's and its worker's, summed."""
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--trace-children=yes",
                              f"--cachegrind-out-file={out}/cg.%p", python, "-m", "minutes.cli", "ingest", str(folder),
                              "--db", f"{out}/bench.db", "--workers", "1", "--quiet"],
                             capture_output=True, text=True, cwd=tempfile.gettempdir())
        if run.returncode or f"{expected} files read, 0 skipped as unchanged, 0 failed" not in run.stderr:
            raise SystemExit(f"{python}: ingest did not read all {expected} files (exit {run.returncode})")
        return sum(int(line.split()[1]) for path in Path(out).glob("cg.*")
                   for line in path.read_text().splitlines() if line.startswith("summary:"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=15)
    parser.add_argument("--large", type=int, default=45)
    parser.add_argument("--python", action="append", default=[], help="another interpreter to compare (repeatable)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "small", Path(tmp) / "large"
        build_archive(small, args.small)
        build_archive(large, args.large)
        for python in [sys.executable, *args.python]:
            a, b = instructions(python, small, args.small), instructions(python, large, args.large)
            print(f"{python}: {a / 1e9:.2f} G for {args.small} files, {b / 1e9:.2f} G for {args.large}; "
                  f"{(b - a) / (args.large - args.small) / 1e6:.0f} M instructions a file", flush=True)


if __name__ == "__main__":
    main()
