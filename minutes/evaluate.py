"""Score extraction against gold records, per file format, with the shared scorer.

``score_format("pdf")`` extracts every ``samples/*.pdf``, writes the JSON records to a temporary
folder and scores them with ``shared/eval/score.py`` (the same scorer the project is judged by).

    python -m minutes.evaluate tests/gold_floor.json   # raise the test ratchet where scores improved
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import tempfile
from pathlib import Path
from types import ModuleType

from minutes import ingest
from minutes.extract import Options, extract

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
SCORER = SHARED / "eval" / "score.py"

# the fields reported in the README table and held by the ratchet test, in display order
FIELDS = ("attendees", "apologies", "actions", "action_owner_acc", "action_due_acc", "indicators",
          "figures", "meeting.body", "meeting.date", "meeting.start", "meeting.end", "meeting.kind",
          "overall")


def load_scorer(path: Path = SCORER) -> ModuleType:
    """Import the shared scorer from its file."""
    spec = importlib.util.spec_from_file_location("minutes_gold_scorer", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"scorer not found: {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_records(files: list[Path], out: Path, options: Options = Options()) -> None:
    """Extract each file and write ``<stem>.json`` into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for path in files:
        record = extract(ingest.read(path), options)
        (out / f"{path.stem}.json").write_text(json.dumps(record.to_json(), ensure_ascii=False))


def score_format(fmt: str, options: Options = Options(), samples: Path = SAMPLES, gold: Path = GOLD) -> dict:
    """The scorer's result for every ``samples/*.<fmt>`` against the gold folder."""
    files = sorted(p for p in samples.glob(f"*.{fmt}") if (gold / f"{p.stem}.json").exists())
    if not files:
        raise FileNotFoundError(f"no *.{fmt} samples with gold records in {samples}")
    with tempfile.TemporaryDirectory() as tmp:
        write_records(files, Path(tmp), options)
        return load_scorer().score(gold, Path(tmp))


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
    """Raise each format's floor in ``floor_file`` to the current score where it improved."""
    floor = json.loads(floor_file.read_text())
    raised = {fmt: {f: max(v, floor[fmt][f]) for f, v in flatten(score_format(fmt)).items()} for fmt in floor}
    floor_file.write_text(json.dumps(raised, indent=2, sort_keys=True) + "\n")
    return raised


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Raise the gold ratchet where scores improved.")
    parser.add_argument("floor_file", type=Path)
    raise_floor(parser.parse_args().floor_file)
