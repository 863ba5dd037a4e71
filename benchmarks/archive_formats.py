"""Every sample in every historic format, in one folder, through one ingest (README "Historic archives").

    python benchmarks/archive_formats.py [--scans DIR] [--stems 001_27d508b5cfb6343c ...] [--workers 1]

Makes (or takes, with ``--scans``, from a folder scripts/make_scans.py wrote) every sample as
``.doc``, ``.rtf``, ``.odt``, image-only PDF, mixed PDF and multi-page TIFF, puts them all in one
folder (``<stem>-<kind>.<ext>``) and runs one ``minutes ingest`` of it. Prints the meetings stored
(one per sample is right), then one table: the fields down, the formats across, each scored with
the shared scorer from the records the ingest stored, next to the typed file each was made from
(DOCX for the legacy formats, the PDF's text layer for the scans); then pages and seconds. With one
worker (the default) files are read one after another, so the time between two files being stored
is the time one took to read and extract (OCR on one core, OMP_THREAD_LIMIT=1); the legacy formats'
time is LibreOffice's one run for all of them, before the first file is stored.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core: Tesseract would otherwise use several threads

from make_scans import LEGACY, SCANS, make_legacy, make_scans  # noqa: E402
from minutes.evaluate import FIELDS, GOLD, SAMPLES, flatten, score_files  # noqa: E402
from minutes.pipeline import ingest_paths  # noqa: E402
from minutes.score import score  # noqa: E402
from minutes.store.store import Store  # noqa: E402

# folder make_scans writes -> (column label, extension, the typed format it is compared with)
KINDS = {"doc": (".doc", "doc", "docx"), "rtf": (".rtf", "rtf", "docx"), "odt": (".odt", "odt", "docx"),
         "scan": ("image-only PDF", "pdf", "pdf"), "mixed": ("mixed PDF", "pdf", "pdf"),
         "tiff": ("multi-page TIFF", "tiff", "pdf")}


def ingest_folder(made: Path, stems: list[str], work: Path, workers: int) -> tuple[dict, dict, Path]:
    """One folder of every file in ``made``, ingested: ({name: (kind, stem)}, {name: (doc, record,
    seconds since the previous file was stored)}, database)."""
    folder = work / "archive"
    folder.mkdir()
    kinds = {}
    for kind, (_, ext, _) in KINDS.items():
        for stem in stems:
            if (made / kind / f"{stem}.{ext}").exists():
                shutil.copyfile(made / kind / f"{stem}.{ext}", folder / f"{stem}-{kind}.{ext}")
                kinds[f"{stem}-{kind}.{ext}"] = (kind, stem)
    stored = {}
    real_add = Store.add
    last = [time.perf_counter()]

    def add(store, doc, record):
        now = time.perf_counter()
        stored[Path(doc.path).name] = (doc, record, now - last[0])
        result = real_add(store, doc, record)
        last[0] = time.perf_counter()
        return result

    Store.add = add
    try:
        summary = ingest_paths([folder], work / "archive.db", workers=workers)
    finally:
        Store.add = real_add
    if summary.failed:
        sys.exit(f"{summary.failed} files failed: {summary.errors}")
    return kinds, stored, work / "archive.db"


def _score(records: list[tuple[str, object]], out: Path) -> dict[str, float]:
    (out / "gold").mkdir(parents=True)
    (out / "pred").mkdir()
    for stem, record in records:
        shutil.copyfile(GOLD / f"{stem}.json", out / "gold" / f"{stem}.json")
        (out / "pred" / f"{stem}.json").write_text(json.dumps(record.to_json(), ensure_ascii=False))
    return flatten(score(out / "gold", out / "pred"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scans", type=Path, help="a folder scripts/make_scans.py wrote (default: make one)")
    parser.add_argument("--stems", nargs="*", help="samples to use (default: all)")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    stems = args.stems or sorted(p.stem for p in SAMPLES.glob("*.pdf"))
    with tempfile.TemporaryDirectory(prefix="minutes-archive-bench-") as tmp:
        work = Path(tmp)
        made = args.scans
        if made is None:
            made = work / "made"
            make_legacy(made, LEGACY, stems)
            make_scans(made, SCANS, stems)
        kinds, stored, db = ingest_folder(made, stems, work, args.workers)
        con = sqlite3.connect(db)
        meetings = con.execute("select count(*) from meetings").fetchone()[0]
        documents = sorted(n for (n,) in con.execute("select count(*) from documents group by meeting_id"))
        print(f"{len(kinds)} files, {meetings} meetings for {len(stems)} samples (documents per meeting: "
              f"{', '.join(map(str, documents))})\n")
        columns = []
        for kind, (label, _, reference) in KINDS.items():
            names = [name for name, (k, _) in kinds.items() if k == kind]
            if not names:
                continue
            records = [(kinds[name][1], stored[name][1]) for name in names]
            typed = flatten(score_files([SAMPLES / f"{stem}.{reference}" for stem, _ in records], GOLD))
            columns.append((f"{label} ({len(names)})", _score(records, work / "score" / kind), typed,
                            sum(stored[name][0].pages for name in names),
                            None if kind in LEGACY else sum(stored[name][2] for name in names)))
    print("| field | " + " | ".join(label for label, *_ in columns) + " |")
    print("|---|" + "---:|" * len(columns))
    for field in FIELDS:
        print(f"| {field} | " + " | ".join(f"{scores[field]:.3f}" for _, scores, *_ in columns) + " |")
    print("| largest gap to the typed file | " + " | ".join(
        f"{max(abs(scores[f] - typed[f]) for f in FIELDS):.3f}" for _, scores, typed, *_ in columns) + " |")
    print("| pages | " + " | ".join(str(pages) for *_, pages, _ in columns) + " |")
    print("| seconds (one worker) | " + " | ".join("-" if s is None else f"{s:.1f}" for *_, s in columns) + " |")
    print("| pages/s | " + " | ".join("-" if s is None else f"{pages / s:.2f}" for *_, pages, s in columns) + " |")


if __name__ == "__main__":
    main()
