"""Render each seed text into realistic DOCX (python-docx) and PDF (LibreOffice headless) samples.

    python scripts/make_samples.py [--seeds ../shared/seeds] [--out samples]

The DOCX is built from the text ingester's reading of the seed, so all three renditions carry the
same content: Markdown headings become Word headings, tab-separated lines real Word tables, bullets
"List Bullet" paragraphs, and a strap line repeated on every page the page footer.
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import zipfile
from itertools import groupby
from pathlib import Path

from docx import Document as WordDocument
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutes import ingest  # noqa: E402
from minutes.ingest.document import Block, Document  # noqa: E402

FIXED_TIME = dt.datetime(2010, 1, 1, 9, 0, 0)


def build_docx(doc: Document, out: Path) -> None:
    """Write ``doc`` as a Word file with real headings, lists and tables."""
    word = WordDocument()
    style = word.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for section in word.sections:
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.0)
    footer = [b.text for b in doc.blocks if b.furniture]
    if footer:
        word.sections[0].footer.paragraphs[0].text = footer[0]
    body = [b for b in doc.blocks if not b.furniture]
    previous_page = 1
    for key, group in groupby(body, key=lambda b: (b.kind == "table_row", b.table)):
        blocks = list(group)
        if blocks[0].page != previous_page:
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            previous_page = blocks[0].page
        if key[0]:
            _add_table(word, blocks)
        else:
            for block in blocks:
                _add_paragraph(word, block)
    props = word.core_properties
    props.author = "minutes samples"
    props.created = props.modified = FIXED_TIME
    props.last_modified_by = "minutes samples"
    props.revision = 1
    word.save(str(out))
    _fix_zip_times(out)


def _fix_zip_times(path: Path) -> None:
    """Rewrite the DOCX zip with fixed entry times, so re-rendering gives identical bytes."""
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            dst.writestr(zipfile.ZipInfo(name, date_time=(2010, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def _add_paragraph(word: WordDocument, block: Block) -> None:
    if block.kind == "heading":
        word.add_heading(block.text, level=min(max(block.level - 1, 1), 4))
        return
    style = None
    if block.kind == "list_item":
        style = "List Bullet 2" if block.level > 0 else "List Bullet"
    paragraph = word.add_paragraph(style=style)
    run = paragraph.add_run(block.text)
    run.bold = block.bold or None


def _add_table(word: WordDocument, rows: list[Block]) -> None:
    width = max(len(r.cells) for r in rows)
    table = word.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for row_block, row in zip(rows, table.rows):
        texts = [c.text for c in row_block.cells]
        header = row_block is rows[0] and (row_block.bold or texts[0].lower() in {"name", "ref", "date of meeting"})
        for cell, text in zip(row.cells, texts):
            cell.paragraphs[0].add_run(text).bold = header or row_block.bold or None
    word.add_paragraph()


def soffice_command(profile: str) -> list[str]:
    """LibreOffice headless with a throwaway profile in ``profile`` (so it works as root and in CI)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    return [soffice, f"-env:UserInstallation=file://{profile}", "--headless"]


def render_pdf(docx_path: Path, out_dir: Path) -> Path:
    """Print a DOCX to PDF with LibreOffice headless."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(soffice_command(profile) + ["--convert-to", "pdf", "--outdir", str(out_dir), str(docx_path)],
                       check=True, capture_output=True, timeout=180)
    return out_dir / f"{docx_path.stem}.pdf"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--out", type=Path, default=ROOT / "samples")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for seed in sorted(args.seeds.glob("*.txt")):
        target = args.out / seed.name
        if target.resolve() != seed.resolve():
            shutil.copyfile(seed, target)
        docx_path = args.out / f"{seed.stem}.docx"
        build_docx(ingest.read(seed), docx_path)
        render_pdf(docx_path, args.out)
        print(f"{seed.stem}: txt, docx, pdf")


if __name__ == "__main__":
    main()
