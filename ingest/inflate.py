"""Count the bytes a deflate stream inflates to without keeping them, so a bomb is refused before
any parser inflates it. Memory stays at one output chunk however far the stream expands."""
from __future__ import annotations

import re
import zlib

_IN_CHUNK = 1 << 16
_OUT_CHUNK = 1 << 20


def inflated_size(data: bytes, start: int, end: int, limit: int, raw: bool = False) -> tuple[int, bool]:
    """How many bytes the deflate data in ``data[start:end]`` inflates to, and whether it is valid.

    Counting stops as soon as the total passes ``limit`` (the total returned is then over it), and at
    the first invalid byte (valid is then False and the total is what inflated before it). ``raw``:
    headerless deflate, as in zip archives; otherwise a zlib stream, as in PDF FlateDecode.
    """
    inflater = zlib.decompressobj(-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
    view = memoryview(data)
    total, pos = 0, start
    try:
        while pos < end and not inflater.eof:
            chunk = view[pos:min(pos + _IN_CHUNK, end)]
            pos += len(chunk)
            while chunk and not inflater.eof:
                total += len(inflater.decompress(chunk, _OUT_CHUNK))
                if total > limit:
                    return total, True
                chunk = inflater.unconsumed_tail
    except zlib.error:
        return total, False
    return total, True


_PDF_STREAM = re.compile(rb">>\s*stream\r?\n")
# deflate writes at most one longest match (258 bytes) per two bits it reads: no stream inflates past 1032 times its length
MAX_DEFLATE_RATIO = 1032


def pdf_stream_over(data: bytes, limit: int) -> int | None:
    """The byte offset of the first FlateDecode stream in raw PDF bytes that inflates past ``limit``,
    or None. Streams are found by their ``stream`` keyword (never inside object streams, by the PDF
    format), so the check needs no PDF parser and runs before pdfium inflates anything. A stream too short to
    inflate past ``limit`` (:data:`MAX_DEFLATE_RATIO`) is not inflated: a PDF's streams mostly are."""
    for match in _PDF_STREAM.finditer(data):
        dictionary = data[max(data.rfind(b" obj", max(match.start() - 4096, 0), match.start()), 0):match.start()]
        if b"/FlateDecode" not in dictionary:
            continue
        end = data.find(b"endstream", match.end())
        end = len(data) if end < 0 else end
        if (end - match.end()) * MAX_DEFLATE_RATIO <= limit:
            continue
        size, _ = inflated_size(data, match.end(), end, limit)
        if size > limit:
            return match.end()
    return None
