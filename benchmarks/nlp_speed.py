"""How much text spaCy sees, and how fast it reads it (README "spaCy cost" table).

    python benchmarks/nlp_speed.py [FILES or FOLDERS ...]   # default: samples/*.txt

Extracts every document once with spaCy on, recording the texts the people component sends to the
model, then times the model on those spans and, for comparison, on the documents' whole text.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from minutes import ingest
from minutes.extract import Options, extract, nlp
from minutes.pipeline import iter_files

ROOT = Path(__file__).resolve().parent.parent


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def words_per_second(texts: list[str]) -> float:
    """spaCy's words/s over ``texts`` (the loaded pipeline, batched as extraction batches them)."""
    start = time.perf_counter()
    nlp.people_spans(texts)
    return words(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=sorted((ROOT / "samples").glob("*.txt")))
    args = parser.parse_args()
    documents = [ingest.read(path) for path in iter_files(args.paths)]
    sent: list[str] = []
    recorder = nlp.people_spans

    def recording(texts: list[str]) -> list[list[tuple[int, int]]]:
        sent.extend(texts)
        return recorder(texts)

    nlp.load()
    nlp.people_spans = recording  # count what extraction asks of the model, then restore
    try:
        for document in documents:
            extract(document, Options(nlp=True))
    finally:
        nlp.people_spans = recorder
    whole = [block.text for document in documents for block in document.blocks]
    print(f"| documents | words in documents | words sent to spaCy | share | spaCy words/s on those spans "
          f"| spaCy words/s on whole documents |")
    print("|---:|---:|---:|---:|---:|---:|")
    print(f"| {len(documents)} | {words(whole)} | {words(sent)} | {words(sent) / words(whole):.1%} "
          f"| {words_per_second(sent):,.0f} | {words_per_second(whole):,.0f} |")


if __name__ == "__main__":
    main()
