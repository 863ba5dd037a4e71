"""Seconds per page of reading and extracting one agenda pack of 50 / 200 / 800 / 2,000 pages.

    python benchmarks/scaling.py [--pages 50 200 800 2000] [--markdown benchmarks/RESULTS.md]

A pack is the bundled samples' text, cycled and laid out 45 lines to a page, written as a PDF (real
text layer, one Helvetica run per line) and as plain text with form feeds between pages. Each size
is read and extracted in a fresh process (spaCy on, as `minutes ingest` runs) after a 5-page warm-up
document, so one-off costs (imports, loading models and name lists) are not counted. Every stage must be
linear in the document's length: seconds per page flat within 1.5x from the smallest size to the
largest (the script exits 1 otherwise).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile.bounded import text_page_pdf  # noqa: E402
from sample_files import SAMPLES  # noqa: E402

LINES_PER_PAGE = 45
FLAT = 1.5

_RUN = r"""
import json, sys, time
from minutes import ingest
from minutes.extract import extract
extract(ingest.read(sys.argv[2]))  # one-off costs (imports, spaCy model, name lists) before timing
t0 = time.perf_counter(); doc = ingest.read(sys.argv[1]); t1 = time.perf_counter()
extract(doc); t2 = time.perf_counter()
print(json.dumps({"pages": doc.pages, "read": t1 - t0, "extract": t2 - t1}))
"""


def pack_pages(pages: int) -> list[list[str]]:
    """``pages`` pages of ``LINES_PER_PAGE`` sample lines: the five samples' text cycled, each cycle
    after the first with its long lower-case words replaced by made-up ones, so actions, decisions
    and paragraphs differ from cycle to cycle as they do through a real pack (names, dates, figures
    and the labels extractors look for stay)."""
    lines = [line.strip() for path in sorted(SAMPLES.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = [line.encode("latin-1", "replace").decode("latin-1") for line in lines]
    needed = pages * LINES_PER_PAGE
    cycled = [_vary(line, k // len(lines)) for k, line in enumerate(lines * (needed // len(lines) + 1))][:needed]
    return [cycled[i:i + LINES_PER_PAGE] for i in range(0, needed, LINES_PER_PAGE)]


_KEEP = {"apologies", "attendance", "resolved", "decision", "actions", "meeting", "present", "minutes", "members",
         "officers", "responsible", "responsibility", "councillor", "following"}


def _vary(line: str, cycle: int) -> str:
    if cycle == 0:
        return line
    def made_up(match: re.Match) -> str:
        word = match.group(0)
        if word in _KEEP:
            return word
        seed = zlib.crc32(f"{word}/{cycle}".encode())
        return "".join("bcdfghjklmnpqrstvwxz"[(seed >> (2 * i)) % 20] if i % 2 == 0 else "aeiou"[(seed >> i) % 5]
                       for i in range(len(word)))
    return re.sub(r"\b[a-z]{7,}\b", made_up, line)


def timed(path: Path, warm_up: Path) -> dict:
    """Seconds to read and to extract ``path`` in a fresh process, after one warm-up document."""
    out = subprocess.run([sys.executable, "-c", _RUN, str(path), str(warm_up)], check=True, capture_output=True,
                         text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[50, 200, 800, 2000])
    parser.add_argument("--markdown", type=Path, help="append the table to this file")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    warm_up = folder / "warm_up.pdf"
    warm_up.write_bytes(text_page_pdf(pack_pages(5)))
    rows, per_page = [], {}
    for pages in args.pages:
        content = pack_pages(pages)
        pdf, txt = folder / f"pack{pages}.pdf", folder / f"pack{pages}.txt"
        pdf.write_bytes(text_page_pdf(content))
        txt.write_text("\f".join("\n".join(page) for page in content), encoding="utf-8")
        for fmt, path in (("pdf", pdf), ("txt", txt)):
            result = timed(path, warm_up)
            for stage in ("read", "extract"):
                per_page.setdefault((fmt, stage), []).append(result[stage] / pages)
            rows.append(f"| {fmt} | {pages} | {result['read']:.2f} | {result['extract']:.2f} | "
                        f"{1000 * result['read'] / pages:.2f} | {1000 * result['extract'] / pages:.2f} |")
            print(rows[-1], flush=True)
    spread = {key: max(v) / min(v) for key, v in per_page.items()}
    lines = ["| format | pages | read (s) | extract (s) | read ms/page | extract ms/page |",
             "|---|---:|---:|---:|---:|---:|", *rows, "",
             "Largest / smallest seconds per page: " + ", ".join(f"{fmt} {stage} {ratio:.2f}x"
                                                                   for (fmt, stage), ratio in spread.items())]
    print("\n".join(lines[-1:]))
    if args.markdown:
        with args.markdown.open("a", encoding="utf-8") as handle:
            handle.write("\n## Scaling with document length (`python benchmarks/scaling.py`)\n\n"
                         + "\n".join(lines) + "\n")
    return 0 if all(ratio <= FLAT for ratio in spread.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
