"""Word 97-2003, RTF and ODT converted by LibreOffice to DOCX (what the reader uses) or to PDF
(which would give real page numbers): conversion time, reading time, pages found and score.

    python benchmarks/office_pages.py

The samples' DOCX files are made into .doc, .rtf and .odt (scripts/make_scans.py), then each format's
five files are converted in one LibreOffice run per target, read by our DOCX or PDF reader and
scored with the shared scorer. "pages" is the highest page any block is on, per sample, beside the
page count of the sample's own PDF.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from make_scans import LEGACY, SAMPLES, make_legacy  # noqa: E402
from minutes import ingest  # noqa: E402
from minutes.evaluate import flatten, score_documents  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="minutes-office-pages-") as tmp:
        work = Path(tmp)
        legacy = make_legacy(work / "in")
        print("| conversion | LibreOffice run (s) | reading (s) | pages per sample | sample PDFs' pages | overall |")
        print("|---|---:|---:|---|---|---:|")
        for target in ("docx", "pdf"):
            for fmt in LEGACY:
                files, out = [p for p in legacy if p.suffix == f".{fmt}"], work / f"{fmt}-{target}"
                start = time.perf_counter()
                subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
                                "--convert-to", target, "--outdir", str(out), *map(str, files)],
                               check=True, capture_output=True, stdin=subprocess.DEVNULL, timeout=600)
                converted = time.perf_counter() - start
                start = time.perf_counter()
                docs = [ingest.read(out / f"{p.stem}.{target}") for p in files]
                read = time.perf_counter() - start
                pages = [max(b.page for b in doc.blocks) for doc in docs]
                own = [ingest.read(SAMPLES / f"{p.stem}.pdf").pages for p in files]
                print(f"| .{fmt} -> {target.upper()} | {converted:.1f} | {read:.2f} | {pages} | {own} | "
                      f"{flatten(score_documents(docs))['overall']:.3f} |", flush=True)


if __name__ == "__main__":
    main()
