"""Make the samples as an archive of the 1990s-2000s holds them: Word 97-2003 .doc, RTF and ODT
(LibreOffice, one run per format for all samples), and scans with photocopier damage (each PDF page
rendered at 300 dpi, turned 1-2 degrees, blurred, speckled, on a grey background) as an image-only
PDF, a mixed PDF (odd pages typed, even pages scanned) and a multi-page TIFF.

    python scripts/make_scans.py --out /tmp/scans [--formats doc rtf odt scan.pdf mixed.pdf tiff]

Each kind goes in its own folder (``doc/``, ``rtf/``, ``odt/``, ``scan/``, ``mixed/``, ``tiff/``) and
keeps the sample's stem, so the gold records in tests/gold score them.
"""
from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

from make_samples import soffice_command

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
LEGACY = ("doc", "rtf", "odt")
SCANS = ("scan.pdf", "mixed.pdf", "tiff")
DPI = 300


def make_legacy(out: Path, formats: tuple[str, ...] = LEGACY, stems: list[str] | None = None) -> list[Path]:
    """Convert the DOCX samples to each legacy format, one LibreOffice run per format."""
    sources = [p for p in sorted(SAMPLES.glob("*.docx")) if stems is None or p.stem in stems]
    made = []
    with tempfile.TemporaryDirectory(prefix="minutes-scans-") as tmp:
        for fmt in formats:
            subprocess.run(soffice_command(f"{tmp}/profile") + ["--norestore", "--convert-to", fmt, "--outdir", str(out / fmt),
                                                                 *map(str, sources)],
                           check=True, capture_output=True, stdin=subprocess.DEVNULL, timeout=300)
            made += [out / fmt / f"{p.stem}.{fmt}" for p in sources]
    return made


def damage(page: Image.Image, seed: int) -> Image.Image:
    """What a photocopier does to a page: a 1-2 degree turn, blur, speckle and a grey background."""
    rng = random.Random(seed)
    angle = rng.choice((-1, 1)) * rng.uniform(1.0, 2.0)
    grey = page.convert("L").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    grey = grey.filter(ImageFilter.GaussianBlur(0.8))
    pixels = np.asarray(grey, dtype=np.float32) * (200 / 255) + 20  # white paper prints grey
    noise = np.random.default_rng(seed)
    pixels += noise.normal(0, 12, pixels.shape)
    speckle = noise.random(pixels.shape)
    pixels[speckle < 0.002] = 30   # toner specks
    pixels[speckle > 0.998] = 250  # dropouts
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def scanned_pages(pdf_path: Path, seed: int) -> list[Image.Image]:
    """Each page of a PDF rendered at 300 dpi and damaged."""
    pdf = pdfium.PdfDocument(pdf_path)
    try:
        return [damage(pdf[i].render(scale=DPI / 72, grayscale=True).to_pil(), seed * 1000 + i)
                for i in range(len(pdf))]
    finally:
        pdf.close()


def make_scans(out: Path, formats: tuple[str, ...] = SCANS, stems: list[str] | None = None,
               max_pages: int | None = None) -> list[Path]:
    """Write each PDF sample as an image-only PDF, a mixed PDF and/or a multi-page TIFF."""
    made = []
    for kind in formats:
        (out / kind.split(".")[0]).mkdir(parents=True, exist_ok=True)
    for seed, source in enumerate(sorted(SAMPLES.glob("*.pdf"))):
        if stems is not None and source.stem not in stems:
            continue
        pages = scanned_pages(source, seed)[:max_pages]
        # the TIFF first: Pillow's PDF writer leaves settings on the images that break its TIFF writer
        if "tiff" in formats:
            path = out / "tiff" / f"{source.stem}.tiff"
            pages[0].save(path, save_all=True, append_images=pages[1:], compression="tiff_deflate", dpi=(DPI, DPI))
            made.append(path)
        if "scan.pdf" in formats:
            made.append(_image_pdf(pages, out / "scan" / f"{source.stem}.pdf"))
        if "mixed.pdf" in formats:
            made.append(_mixed_pdf(source, pages, out / "mixed" / f"{source.stem}.pdf"))
    return made


def _image_pdf(pages: list[Image.Image], path: Path) -> Path:
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=DPI)
    return path


def _mixed_pdf(source: Path, pages: list[Image.Image], path: Path) -> Path:
    """Odd pages typed (from the original), even pages scanned."""
    typed = pdfium.PdfDocument(source)
    with tempfile.TemporaryDirectory() as tmp:
        scans = pdfium.PdfDocument(_image_pdf(pages, Path(tmp) / "scan.pdf"))
        mixed = pdfium.PdfDocument.new()
        for index in range(len(pages)):
            mixed.import_pages(scans if index % 2 else typed, [index])
        mixed.save(path)
        for pdf in (mixed, scans, typed):
            pdf.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--formats", nargs="+", default=list(LEGACY + SCANS), choices=LEGACY + SCANS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if shutil.which("soffice") is None and set(args.formats) & set(LEGACY):
        parser.error("LibreOffice (soffice) is needed for .doc, .rtf and .odt")
    made = make_legacy(args.out, tuple(f for f in args.formats if f in LEGACY))
    made += make_scans(args.out, tuple(f for f in args.formats if f in SCANS))
    print(f"{len(made)} files -> {args.out}")


if __name__ == "__main__":
    main()
