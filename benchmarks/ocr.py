"""OCR speed and quality, ours against OCRmyPDF, on the same photocopied scans of the samples.

    pip install ocrmypdf            # in any environment with Tesseract on PATH (no Ghostscript needed:
                                    # it runs with --rasterizer pypdfium --output-type pdf)
    python benchmarks/ocr.py [--stems 001_27d508b5cfb6343c ...] [--ocrmypdf PATH]

Both run on one core (OMP_THREAD_LIMIT=1, OCRmyPDF with -j 1), page by page over the image-only PDFs
that scripts/make_scans.py makes. Ours: ``minutes.ingest.read`` (render at 300 dpi, levelled,
orientation checked, layout). OCRmyPDF: ``--rasterizer pypdfium --output-type pdf --deskew
--rotate-pages``, the settings an archivist would pick for skewed photocopies; its output's text layer
is then read by our PDF reader (``--ocr never``) so both are scored by the same extraction and scorer.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
os.environ["OMP_THREAD_LIMIT"] = "1"  # one core each: Tesseract would otherwise use several threads

from make_scans import make_scans  # noqa: E402
from minutes import ingest  # noqa: E402
from minutes.evaluate import flatten, score_documents  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stems", nargs="*", help="samples to use (default: all)")
    parser.add_argument("--ocrmypdf", default=shutil.which("ocrmypdf"), help="the ocrmypdf command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="minutes-ocr-bench-") as tmp:
        work = Path(tmp)
        scans = sorted(p for p in make_scans(work / "in", ("scan.pdf",), stems=args.stems))
        pages = sum(ingest.read(p, ocr="never").pages for p in scans)

        start = time.perf_counter()
        ours = [ingest.read(p, ocr="auto") for p in scans]
        ours_s = time.perf_counter() - start
        rows = [("minutes (tesserocr)", pages, ours_s, flatten(score_documents(ours)))]

        if args.ocrmypdf:
            out = work / "ocrmypdf"
            out.mkdir()
            start = time.perf_counter()
            for path in scans:
                subprocess.run([args.ocrmypdf, "-j", "1", "-q", "--rasterizer", "pypdfium", "--output-type", "pdf",
                                "--deskew", "--rotate-pages", str(path), str(out / path.name)], check=True)
            theirs_s = time.perf_counter() - start
            theirs = [ingest.read(out / p.name, ocr="never") for p in scans]
            rows.append(("OCRmyPDF " + subprocess.run([args.ocrmypdf, "--version"], capture_output=True,
                                                      text=True).stdout.strip(), pages, theirs_s,
                         flatten(score_documents(theirs))))
        else:
            print("ocrmypdf not found: pip install ocrmypdf (or pass --ocrmypdf PATH)", file=sys.stderr)

    print("| tool | pages | seconds | pages/s (one core) | attendees F1 | actions F1 | figures F1 | overall |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, n, seconds, s in rows:
        print(f"| {name} | {n} | {seconds:.1f} | {n / seconds:.3f} | {s['attendees']:.3f} | {s['actions']:.3f} | "
              f"{s['figures']:.3f} | {s['overall']:.3f} |")


if __name__ == "__main__":
    main()
