"""Word 97-2003 (.doc), RTF and OpenDocument text: converted to DOCX by LibreOffice, then read by
the DOCX reader, so paragraphs, tables, headings and list levels come out as they do for DOCX.

LibreOffice starts once per group of files, not once per file: :func:`convert_many` converts a
whole group in one ``soffice --convert-to docx`` call (the batch pipeline calls it for each group
of legacy files it is about to read), and keeps each result in a cache folder keyed by the file's
SHA-256, where :func:`read_office` then finds it. A file read on its own (``minutes extract``)
is converted alone.

Before conversion an OLE compound file is checked to be a Word document (an Excel sheet or an
Outlook message is refused with a reason) and not encrypted.
"""
from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import olefile

from minutes.ingest import limits
from minutes.ingest.document import Document
from minutes.ingest.errors import IngestError

LEGACY_FORMATS = ("doc", "rtf", "odt")
_WORD_MAGIC = 0xA5EC       # wIdent of a Word 97-2003 File Information Block
_F_ENCRYPTED = 0x0100      # FIB flag: the document is encrypted (password to open)
_OTHER_OLE = {             # streams that mark an OLE file as something other than a Word document
    "workbook": "an Excel workbook", "book": "an Excel workbook",
    "powerpoint document": "a PowerPoint presentation", "__properties_version1.0": "an Outlook message",
    "visiodocument": "a Visio drawing",
}


def ole_kind(data: bytes, path: str) -> str:
    """``doc`` for an OLE compound file holding a Word document; IngestError naming what it is otherwise."""
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, struct.error) as exc:
        raise IngestError(path, f"damaged OLE (Word 97-2003) file: {exc}") from None
    try:
        streams = {"/".join(entry).lower() for entry in ole.listdir()}
        if "worddocument" not in streams:
            what = next((label for name, label in _OTHER_OLE.items() if name in streams),
                        "an OLE compound file of another kind")
            raise IngestError(path, f"not a Word document: {what}")
        try:
            fib = ole.openstream("WordDocument").read(12)
        except (OSError, ValueError) as exc:
            raise IngestError(path, f"damaged Word document: {exc}") from None
    finally:
        ole.close()
    if len(fib) < 12 or struct.unpack_from("<H", fib)[0] != _WORD_MAGIC:
        raise IngestError(path, "damaged Word document: no Word 97-2003 file information block")
    if struct.unpack_from("<H", fib, 10)[0] & _F_ENCRYPTED:
        raise IngestError(path, "encrypted Word document (password required)")
    return "doc"


def cache_dir() -> Path:
    """Where converted documents are kept (``MINUTES_CACHE_DIR``, else the user's cache folder)."""
    base = os.environ.get("MINUTES_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "minutes")
    folder = Path(base) / "office"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def read_office(data: bytes, path: str, sha256: str, fmt: str) -> Document:
    """Read .doc, .rtf or .odt bytes (``fmt``) through their DOCX conversion."""
    from minutes.ingest.docx import read_docx

    cached = cache_dir() / f"{sha256}.docx"
    if not cached.exists():
        failures = convert_many([(sha256, data, fmt)])
        if sha256 in failures:
            raise IngestError(path, failures[sha256])
    document = read_docx(cached.read_bytes(), path, sha256)
    if not document.blocks:
        raise IngestError(path, "damaged document: LibreOffice read no text from it")
    return dataclasses.replace(document, format=fmt)


def convert_many(items: list[tuple[str, bytes, str]]) -> dict[str, str]:
    """Convert ``(sha256, bytes, format)`` items to DOCX in the cache with one LibreOffice run.

    Returns the reasons for the items that could not be converted, by SHA-256. When LibreOffice
    fails on the group as a whole (a crash, a time-out), each item is retried on its own so one
    damaged file cannot cost the others.
    """
    todo = [item for item in items if not (cache_dir() / f"{item[0]}.docx").exists()]
    if not todo:
        return {}
    failures = _run_soffice(todo)
    if failures is None:
        failures = {}
        for item in todo:
            failures.update(_run_soffice([item]) or {item[0]: _CRASHED})
    return failures


_CRASHED = "damaged document: LibreOffice could not convert it"
_LEGACY_MAGIC = (b"\xd0\xcf\x11\xe0", b"{\\rtf", b"PK\x03\x04")


def preconvert(paths: Iterable[str], group: int = 50) -> Iterator[str]:
    """Yield ``paths`` unchanged, converting the legacy documents among each ``group`` of them in
    one LibreOffice run first (the batch pipeline's workers then find them in the cache)."""
    batch: list[str] = []
    for path in paths:
        batch.append(path)
        if len(batch) >= group:
            _convert_paths(batch)
            yield from batch
            batch = []
    _convert_paths(batch)
    yield from batch


def _convert_paths(paths: list[str]) -> None:
    from minutes.ingest.sniff import sniff

    items = []
    for path in paths:
        try:
            with open(path, "rb") as handle:
                if not handle.read(8).startswith(_LEGACY_MAGIC) or os.fstat(handle.fileno()).st_size > limits.MAX_FILE_BYTES:
                    continue
                handle.seek(0)
                data = handle.read()
            fmt = sniff(data, path)
        except (OSError, IngestError):
            continue  # the worker reading this file reports why
        if fmt in LEGACY_FORMATS:
            items.append((hashlib.sha256(data).hexdigest(), data, fmt))
    if items:
        convert_many(items)


def _run_soffice(items: list[tuple[str, bytes, str]]) -> dict[str, str] | None:
    """One ``soffice --convert-to docx`` over the items; None when LibreOffice itself failed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return {sha: "LibreOffice (soffice) is not installed: needed for .doc, .rtf and .odt" for sha, _, _ in items}
    cache = cache_dir()
    with tempfile.TemporaryDirectory(prefix="minutes-office-") as tmp:
        inputs = []
        for sha, data, fmt in items:
            source = Path(tmp, "in", f"{sha}.{fmt}")
            source.parent.mkdir(exist_ok=True)
            source.write_bytes(data)
            inputs.append(str(source))
        out = Path(tmp, "out")
        command = [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), *inputs]
        try:
            subprocess.run(command, capture_output=True, timeout=limits.OFFICE_TIMEOUT * len(items) + 30,
                           stdin=subprocess.DEVNULL, check=False)
        except subprocess.TimeoutExpired:
            return None
        failures = {}
        for sha, _, _ in items:
            result = out / f"{sha}.docx"
            if result.exists() and result.stat().st_size:
                # write then rename, so a reader in another process never sees half a file
                partial = cache / f".{sha}.{os.getpid()}.part"
                shutil.copyfile(result, partial)
                os.replace(partial, cache / f"{sha}.docx")
            else:
                failures[sha] = _CRASHED
        if failures and len(items) > 1 and len(failures) == len(items):
            return None
        return failures

