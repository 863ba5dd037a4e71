"""Score the whole corpus as text, as Word and as PDF: does the format of a real document change what is found?

    python benchmarks/corpus_formats.py                 # renders into /tmp/minutes-corpus-formats, then scores
    python benchmarks/corpus_formats.py --out DIR b17    # some batches only, renditions kept in DIR
    python benchmarks/corpus_formats.py --verbose        # also every document whose score differs by format

The corpus is kept as text (published pages' openings). Each document is rendered the way the samples are
(`scripts/make_samples.py`): a DOCX built from the text reader's reading of it (headings as Word headings,
tab- and pipe-separated rows as real Word tables, bullets as list paragraphs), then printed to PDF by
LibreOffice. The renditions are cached in ``--out`` and re-used while the text is unchanged.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from make_samples import build_docx, soffice_command  # noqa: E402

from minutes import ingest  # noqa: E402
from minutes.evaluate import FIELDS, corpus_batches, corpus_files, flatten, score_records  # noqa: E402
from minutes.extract import extract  # noqa: E402

FORMATS = ("txt", "docx", "pdf")


def render(docs: list[Path], out: Path) -> None:
    """Write ``<stem>.docx`` and ``<stem>.pdf`` into ``out`` for every text in ``docs`` not already rendered."""
    out.mkdir(parents=True, exist_ok=True)
    stale = [d for d in docs if not (out / f"{d.stem}.pdf").exists()
             or (out / f"{d.stem}.pdf").stat().st_mtime < d.stat().st_mtime]
    for doc in stale:
        build_docx(ingest.read(doc), out / f"{doc.stem}.docx")
    for k in range(0, len(stale), 40):  # one LibreOffice start per 40 files
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(soffice_command(profile) + ["--convert-to", "pdf", "--outdir", str(out),
                                                       *(str(out / f"{d.stem}.docx") for d in stale[k:k + 40])],
                           check=True, capture_output=True, timeout=600)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("batches", nargs="*", help="corpus batches (default: all)")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "minutes-corpus-formats")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    pairs = corpus_files(args.batches or corpus_batches())
    render([doc for doc, _ in pairs], args.out)
    records: dict[str, list[tuple[str, dict, dict]]] = {fmt: [] for fmt in FORMATS}
    for doc, gold in pairs:
        expected = json.loads((gold / f"{doc.stem}.json").read_text())
        for fmt in FORMATS:
            path = doc if fmt == "txt" else args.out / f"{doc.stem}.{fmt}"
            records[fmt].append((doc.stem, expected, extract(ingest.read(path)).to_json()))
    scores = {fmt: flatten(score_records(records[fmt])) for fmt in FORMATS}
    print(f"{len(pairs)} documents")
    print("| field | " + " | ".join(FORMATS) + " |")
    print("|---|" + "---:|" * len(FORMATS))
    for field in FIELDS:
        print(f"| {field} | " + " | ".join(f"{scores[fmt][field]:.3f}" for fmt in FORMATS) + " |")
    if args.verbose:
        for k, (stem, _, _) in enumerate(records["txt"]):
            overall = {fmt: score_records([records[fmt][k]])["overall"] for fmt in FORMATS}
            if len(set(overall.values())) > 1:
                print(stem, " ".join(f"{fmt} {value:.3f}" for fmt, value in overall.items()))


if __name__ == "__main__":
    main()
