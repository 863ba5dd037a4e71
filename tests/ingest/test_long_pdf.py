"""A long PDF is read without holding every page: pdfium keeps each page it loads (a scan's image
data) until the document is closed, so the reader reopens the document as it goes."""
from __future__ import annotations

import ctypes
import random
from pathlib import Path

import pytest
from PIL import Image

from minutes.ingest import pdf
from minutes.ingest import read as ingest_read


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()]


def _malloc_in_use():
    """glibc's count of bytes allocated by malloc (mallinfo2), or None without it."""
    mallinfo2 = getattr(ctypes.CDLL(None), "mallinfo2", None)
    if mallinfo2 is None:
        return None
    mallinfo2.restype = _MallInfo2
    return lambda: mallinfo2().uordblks


def test_a_long_image_pdf_is_read_without_pdfium_keeping_every_page(tmp_path: Path, monkeypatch) -> None:
    in_use = _malloc_in_use()
    if in_use is None:
        pytest.skip("needs glibc's mallinfo2")
    noise = random.Random(7)
    pages = [Image.frombytes("L", (300, 300), bytes(noise.getrandbits(8) for _ in range(90_000))) for _ in range(8)]
    scan = tmp_path / "long.pdf"
    pages[0].save(scan, "PDF", save_all=True, append_images=(pages * 16)[1:], resolution=300)
    readings: list[int] = []
    read_page = pdf._read_page

    def measured(document, index, ocr="never"):
        page = read_page(document, index, ocr)
        readings.append(in_use())
        return page

    monkeypatch.setattr(pdf, "_read_page", measured)
    document = ingest_read(scan, ocr="never")
    assert document.pages == len(readings) == 128
    first = readings[31] - readings[0]  # what pdfium keeps of one opening's 32 pages
    assert first > 1_000_000
    assert max(readings) - readings[0] < 2 * first  # every page kept: about 4 times as much
