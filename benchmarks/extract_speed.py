"""Extraction time per document, on the samples and on the real corpus, in one process.

    python benchmarks/extract_speed.py [--rounds 7] [--dump DIR]

Documents are read once; extraction (default options: rules only; one warm-up round) then runs ``--rounds`` times
over each set and the best round's CPU time per document is printed (CPU time, so that other
processes on a shared machine move it less than wall time). ``--dump DIR`` also writes every
record as JSON (what ``minutes extract --out`` writes), to check that a speed-up changed no output:
dump before and after, then ``diff -r``.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from minutes import ingest
from minutes.extract import extract

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "samples": sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in (".txt", ".docx", ".pdf")),
    "corpus": sorted((ROOT / "corpus").glob("*/docs/*")),
}


def best_ms_per_document(documents: list[ingest.Document], rounds: int) -> float:
    """The best of ``rounds`` rounds of extracting every document: CPU milliseconds per document."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for document in documents:
            extract(document)
        best = min(best, time.process_time() - start)
    return 1000 * best / len(documents)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--dump", type=Path, help="write each record's JSON into this folder")
    args = parser.parse_args()
    for label, paths in SETS.items():
        documents = [ingest.read(path) for path in paths]
        for path, document in zip(paths, documents):  # the warm-up round
            record = extract(document)
            if args.dump:
                out = args.dump / label / path.parent.relative_to(ROOT) / f"{path.name}.json"
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text(json.dumps(record.to_json(), indent=2, ensure_ascii=False) + "\n")
        print(f"{label}: {len(documents)} documents, extraction {best_ms_per_document(documents, args.rounds):.2f} ms "
              f"per document (best of {args.rounds} rounds, CPU)")


if __name__ == "__main__":
    main()
