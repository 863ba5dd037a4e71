"""Throughput of `minutes ingest` on an archive of N distinct documents made from the samples.

    python benchmarks/throughput.py --sizes 100 1000 --workers 1 2 [--markdown benchmarks/RESULTS.md]

For each size and worker count it reports files/s, PDF pages/s and the peak RSS of any one process;
over the archive's PDFs alone it times our ingest and `pdftotext` with the same parallelism (the
practical ceiling) and reports the ratio pdftotext time / our time.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from batch_archive import build_archive  # noqa: E402


def run_ingest(folder: Path, workers: int, expected: int) -> tuple[float, float]:
    """Seconds and peak RSS (MB, any single process) of one `minutes ingest` run in a fresh process;
    fails unless it read ``expected`` files."""
    db = Path(tempfile.mkdtemp()) / "bench.db"
    script = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
              f"run = subprocess.run([sys.executable, '-m', 'minutes.cli', 'ingest', {str(folder)!r}, "
              f"'--db', {str(db)!r}, '--workers', '{workers}', '--quiet'], check=True, capture_output=True, text=True); "
              "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
              "print(run.stderr.strip().splitlines()[-1])")
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    timing, summary = out.splitlines()[:2]
    if not summary.startswith(f"{expected} files read, 0 skipped as unchanged, 0 failed"):
        raise SystemExit(f"ingest of {folder} did not read all {expected} files: {summary}")
    seconds, rss = timing.split()
    return float(seconds), int(rss) / 1024


def pdftotext_seconds(pdfs: list[Path], workers: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda p: subprocess.run(["pdftotext", "-layout", str(p), os.devnull], check=True), pdfs))
    return time.perf_counter() - start


def pdf_pages(pdfs: list[Path]) -> int:
    import pypdfium2
    return sum(len(pypdfium2.PdfDocument(str(p))) for p in pdfs)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {ram:.0f} GiB RAM, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args()
    rows = ["| documents | workers | seconds | files/s | PDF pages/s | peak RSS per process (MB) "
            "| PDFs only: ours (s) | pdftotext (s) | ratio |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    base = {}
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "archive"
            files = build_archive(folder, size)
            pdf_folder = Path(tmp) / "pdfs"
            pdf_folder.mkdir()
            pdfs = [p for p in files if p.suffix == ".pdf"]
            for p in pdfs:
                os.link(p, pdf_folder / p.name)  # a regular file: ingest never follows links out of a folder
            pages = pdf_pages(pdfs)
            for workers in args.workers:
                seconds, rss = run_ingest(folder, workers, size)
                ours_pdf, _ = run_ingest(pdf_folder, workers, len(pdfs))
                ceiling = pdftotext_seconds(pdfs, workers)
                base.setdefault(size, seconds)
                rows.append(f"| {size} | {workers} | {seconds:.1f} | {size / seconds:.1f} | {pages / ours_pdf:.0f} "
                            f"| {rss:.0f} | {ours_pdf:.1f} | {ceiling:.2f} | {ceiling / ours_pdf:.2f} |")
                print(rows[-1], flush=True)
    scaling = [f"{size} documents: 1 -> {max(args.workers)} workers = {base[size] / float(r.split('|')[3]):.2f}x"
               for size in args.sizes for r in rows[2:] if r.startswith(f"| {size} | {max(args.workers)} |")]
    text = "\n".join([f"Machine: {machine()}", "", *rows, "", *scaling]) + "\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text)


if __name__ == "__main__":
    main()
