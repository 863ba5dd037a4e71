"""Worker memory over one long scanned PDF: does RSS stay flat as page after page is OCRed?

    nice -n 19 python benchmarks/ocr_memory.py [--pages 500] [--every 50] [--pdf /tmp/long-scan.pdf]

Builds an image-only PDF of ``--pages`` pages (every page of the sample PDFs, photocopied by
scripts/make_scans.py's ``damage`` and made bilevel, CCITT G4, as archive scanners store long
documents; the samples' 35 pages repeated, each copy its own image), then ingests it with the
ordinary batch (``ingest_paths``, one pool worker, rules only) and prints the worker's resident
memory (RSS) after every ``--every`` OCRed pages, its growth a page from page ``--every`` on (least
squares: the first pages load Tesseract and warm the allocator), then the archive's pages and rows.
The worker keeps its usual limits except the per-file time, which this run does not test. Build the
PDF once with ``--pdf`` and run again on it: the run then starts from a lean process.
"""
from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
os.environ["OMP_THREAD_LIMIT"] = "1"  # one core: Tesseract would otherwise use several threads
os.environ.setdefault("MINUTES_FILE_TIMEOUT", "24h")

import pypdfium2 as pdfium  # noqa: E402

from make_scans import SAMPLES, scanned_pages  # noqa: E402
from minutes.ingest import ocr  # noqa: E402
from minutes.pipeline import ingest_paths  # noqa: E402


def build(path: Path, pages: int) -> Path:
    """An image-only PDF of ``pages`` bilevel photocopied sample pages."""
    with tempfile.TemporaryDirectory(prefix="minutes-ocr-memory-") as tmp:
        sources = []
        for seed, sample in enumerate(sorted(SAMPLES.glob("*.pdf"))):
            scans = [page.point(lambda v: 255 if v > 128 else 0).convert("1") for page in scanned_pages(sample, seed)]
            sources.append(Path(tmp) / sample.name)
            scans[0].save(sources[-1], "PDF", save_all=True, append_images=scans[1:], resolution=300)
        one = pdfium.PdfDocument.new()
        for source in sources:
            one.import_pages(pdfium.PdfDocument(source))
        long = pdfium.PdfDocument.new()
        while len(long) < pages:
            long.import_pages(one, list(range(min(len(one), pages - len(long)))))
        long.save(path)
    return path


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _slope(points: list[tuple[int, float]]) -> float:
    """The least-squares slope of (page, MiB) readings, in MiB a page."""
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--every", type=int, default=50)
    parser.add_argument("--pdf", type=Path, help="where to keep the long scan (built when missing)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="minutes-ocr-memory-") as tmp:
        pdf = args.pdf or Path(tmp) / "long-scan.pdf"
        if not pdf.exists():
            build(pdf, args.pages)
        pages = len(pdfium.PdfDocument(pdf))
        print(f"{pdf}: {pages} pages, {pdf.stat().st_size / 2**20:.1f} MiB", flush=True)
        print("| OCRed pages | worker RSS (MiB) | minutes |\n|---:|---:|---:|", flush=True)
        read_page, started = ocr.ocr_pdf_page, time.monotonic()
        done, measured = 0, []

        def counted(page):  # runs in the (forked) worker
            nonlocal done
            scan = read_page(page)
            done += 1
            if done == 1 or done % args.every == 0 or done == pages:
                measured.append((done, _rss_mb()))
                print(f"| {done} | {measured[-1][1]:.0f} | {(time.monotonic() - started) / 60:.1f} |", flush=True)
            if done == pages:
                print(f"RSS grew {_slope(measured[1:]) * 1024:.0f} KiB a page from page {args.every} to {pages} "
                      f"(least squares over {len(measured) - 1} readings)", flush=True)
            return scan

        ocr.ocr_pdf_page = counted
        db = Path(tmp) / "archive.sqlite"
        summary = ingest_paths([pdf], db, workers=1, nlp=False,
                               on_error=lambda path, reason: print(f"error: {reason}", flush=True))
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"{summary.line()}; worker peak RSS {children:.0f} MiB; "
              f"{(time.monotonic() - started) / 60:.1f} min", flush=True)
        with sqlite3.connect(db) as archive:
            print("pages stored:", archive.execute("SELECT count(*), sum(ocr) FROM pages").fetchone())


if __name__ == "__main__":
    main()
