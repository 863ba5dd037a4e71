"""Paths to the bundled samples (each seed as .txt, .docx and .pdf) and the gold records."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = ROOT / "tests" / "gold"
FORMATS = ("txt", "docx", "pdf")


def sample_stems() -> list[str]:
    """The stems of the bundled samples (one per seed document)."""
    return sorted(p.stem for p in SAMPLES.glob("*.txt"))


def sample_path(stem: str, fmt: str) -> Path:
    return SAMPLES / f"{stem}.{fmt}"


def gold_record(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text())
