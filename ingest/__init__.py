"""Ingesters: read a minutes file of any supported format into one :class:`Document`.

The format is chosen from the file's content (magic bytes), never from its extension.
"""
from __future__ import annotations

import dataclasses
import hashlib
import stat
from pathlib import Path

from minutes.ingest import limits
from minutes.ingest.document import Block, Box, Cell, Document, DocumentBuilder
from minutes.ingest.errors import IngestError, LimitExceeded, os_reason
from minutes.ingest.sniff import name_mismatch, sniff

__all__ = ["Block", "Box", "Cell", "Document", "DocumentBuilder", "IngestError", "check_file", "read", "read_bytes"]

_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"),
          (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"))


def check_file(path: str | Path) -> int:
    """The size of the regular file at ``path``, from its metadata alone (it is never opened), or
    :class:`IngestError` when it is a FIFO, socket, device or directory, or over the size limit
    (a sparse file counts at its full size)."""
    try:
        info = Path(path).stat()
    except OSError as exc:
        raise IngestError(str(path), os_reason(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _KINDS if test(info.st_mode)), "special file")
        raise IngestError(str(path), f"not a regular file ({kind})")
    if info.st_size > limits.MAX_FILE_BYTES:
        raise IngestError(str(path), f"file is {info.st_size:,} bytes, over the {limits.MAX_FILE_BYTES:,} byte limit")
    return info.st_size


def read(path: str | Path, *, ocr: str = "auto") -> Document:
    """Read the file at ``path`` into a Document, or raise :class:`IngestError` saying why not.

    ``ocr``: ``auto`` reads scanned pages (no text layer) and image files by OCR, ``always`` reads
    every PDF page by OCR, ``never`` none (an image file is then refused)."""
    limits.check()
    path = Path(path)
    check_file(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(str(path), os_reason(exc)) from None
    return read_bytes(data, str(path), ocr=ocr)


def read_bytes(data: bytes, path: str, *, ocr: str = "auto") -> Document:
    """Read a file's bytes (``path`` names it in errors and provenance)."""
    return dataclasses.replace(_read_bytes(data, path, ocr), size=len(data))


def _read_bytes(data: bytes, path: str, ocr: str) -> Document:
    if not data:
        raise IngestError(path, "empty file (0 bytes)")
    try:
        return _read_format(data, path, ocr)
    except LimitExceeded as exc:
        raise IngestError(path, exc.reason) from None


def _read_format(data: bytes, path: str, ocr: str) -> Document:
    fmt = sniff(data, path)
    doc = _read_as(fmt, data, path, ocr)
    mismatch = name_mismatch(fmt, path)
    return dataclasses.replace(doc, warnings=(mismatch, *doc.warnings)) if mismatch else doc


def _read_as(fmt: str, data: bytes, path: str, ocr: str) -> Document:
    sha = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        from minutes.ingest.pdf import read_pdf
        return read_pdf(data, path, sha, ocr)
    if fmt == "docx":
        from minutes.ingest.docx import read_docx
        return read_docx(data, path, sha)
    if fmt in ("doc", "rtf", "odt"):
        from minutes.ingest.office import read_office
        return read_office(data, path, sha, fmt)
    if fmt == "image":
        if ocr == "never":
            raise IngestError(path, "image scan: not read with OCR switched off (--ocr never)")
        from minutes.ingest.ocr import read_image
        return read_image(data, path, sha)
    if fmt == "html":
        from minutes.ingest.html import read_html
        return read_html(data, path, sha)
    from minutes.ingest.text import read_text
    return read_text(data, path, sha)
