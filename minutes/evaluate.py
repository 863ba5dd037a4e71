"""Score extraction against gold records with the shared scorer: samples per format, and the real corpus.

``minutes/score.py`` is a verbatim copy of the project's shared scorer (``shared/eval/score.py``),
so tests and benchmarks run on a clone with nothing beside it; ``tests/test_gold.py`` checks the
copy against the original when ``../shared`` is present. The samples' gold records live in
``tests/gold/``; the real corpus in ``corpus/<batch>/{docs,gold}`` (``corpus/SOURCES.md``).

    python -m minutes.evaluate tests/gold_floor.json   # raise the test ratchet where scores improved
"""
from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path

from minutes import ingest
from minutes.extract import Options, extract
from minutes.score import score

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = ROOT / "tests" / "gold"
CORPUS = ROOT / "corpus"

# the fields reported in the README table and held by the ratchet test, in display order
FIELDS = ("attendees", "apologies", "actions", "action_owner_acc", "action_due_acc", "indicators",
          "figures", "meeting.body", "meeting.date", "meeting.start", "meeting.end", "meeting.kind",
          "overall")


def score_records(records: Iterable[tuple[str, dict, dict]], verbose: bool = False) -> dict:
    """Score ``(stem, gold record, predicted record)`` triples with the shared scorer (which reads
    folders of JSON files: they are written to a temporary folder)."""
    with tempfile.TemporaryDirectory() as tmp:
        pred, gold = Path(tmp) / "pred", Path(tmp) / "gold"
        pred.mkdir()
        gold.mkdir()
        for stem, gold_record, pred_record in records:
            (gold / f"{stem}.json").write_text(json.dumps(gold_record, ensure_ascii=False))
            (pred / f"{stem}.json").write_text(json.dumps(pred_record, ensure_ascii=False))
        return score(gold, pred, verbose)


def score_documents(docs: Iterable[ingest.Document], gold: Path = GOLD, options: Options = Options(),
                    verbose: bool = False) -> dict:
    """Extract already-read documents and score them against the gold records of the same stems in ``gold``."""
    return score_records(((Path(doc.path).stem, json.loads((gold / f"{Path(doc.path).stem}.json").read_text()),
                           extract(doc, options).to_json()) for doc in docs), verbose)


def score_files(files: list[Path], gold: Path, options: Options = Options(), verbose: bool = False) -> dict:
    """Extract ``files`` (read one at a time) and score them against the gold records of the same stems in ``gold``."""
    return score_documents((ingest.read(path) for path in files), gold, options, verbose)


def score_format(fmt: str, options: Options = Options(), samples: Path = SAMPLES, gold: Path = GOLD,
                 verbose: bool = False) -> dict:
    """The scorer's result for every ``samples/*.<fmt>`` against the gold folder."""
    files = sorted(p for p in samples.glob(f"*.{fmt}") if (gold / f"{p.stem}.json").exists())
    if not files:
        raise FileNotFoundError(f"no *.{fmt} samples with gold records in {samples}")
    return score_files(files, gold, options, verbose)


def corpus_batches(corpus: Path = CORPUS) -> list[str]:
    """The corpus batches in the order they were added (``b0``, ``b1``, ...)."""
    return sorted((p.name for p in corpus.iterdir() if (p / "gold").is_dir()), key=lambda b: (len(b), b))


def corpus_files(batches: list[str], corpus: Path = CORPUS) -> list[tuple[Path, Path]]:
    """``(document, gold folder)`` for every document of ``batches`` that has a gold record."""
    pairs = []
    for batch in batches:
        for doc in sorted((corpus / batch / "docs").iterdir()):
            gold = corpus / batch / "gold"
            if (gold / f"{doc.stem}.json").exists():
                pairs.append((doc, gold))
    return pairs


def score_corpus(batches: list[str], options: Options = Options(), corpus: Path = CORPUS,
                 verbose: bool = False) -> dict:
    """The scorer's result over every document of ``batches``."""
    pairs = corpus_files(batches, corpus)
    if not pairs:
        raise FileNotFoundError(f"no documents with gold records in {corpus} for {batches}")
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp)
        for doc, batch_gold in pairs:
            (gold / f"{doc.stem}.json").write_bytes((batch_gold / f"{doc.stem}.json").read_bytes())
        return score_files([doc for doc, _ in pairs], gold, options, verbose)


def flatten(result: dict) -> dict[str, float]:
    """The scorer's nested result as ``{field: value}`` for the fields in :data:`FIELDS`."""
    flat: dict[str, float] = {}
    for field in FIELDS:
        if field.startswith("meeting."):
            flat[field] = result["meeting"][field.split(".", 1)[1]]
        elif isinstance(result[field], dict):
            flat[field] = result[field]["f1"]
        else:
            flat[field] = result[field] or 0.0
    return flat


def raise_floor(floor_file: Path) -> dict[str, dict[str, float]]:
    """Raise each floor in ``floor_file`` (a sample format, or ``corpus``) where the score improved."""
    floor = json.loads(floor_file.read_text())
    raised = {}
    for key in floor:
        result = score_corpus(corpus_batches()) if key == "corpus" else score_format(key)
        raised[key] = {f: max(v, floor[key].get(f, 0.0)) for f, v in flatten(result).items()}
    floor_file.write_text(json.dumps(raised, indent=2, sort_keys=True) + "\n")
    return raised


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Raise the gold ratchet where scores improved.")
    parser.add_argument("floor_file", type=Path)
    raise_floor(parser.parse_args().floor_file)
