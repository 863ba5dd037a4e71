"""A corpus of broken and hostile files, made deterministically, with what each should give.

``make_corpus(folder)`` returns ``{file name: expectation}`` where an expectation is either
``("error", reason)`` (the exact plain-words reason) or ``("ok", note)``.
"""
from __future__ import annotations

import io
import os
import random
import shutil
import socket
import struct
import subprocess
import tempfile
import zipfile
from pathlib import Path

import olefile
from PIL import Image

from sample_files import SAMPLES

MARKER = "XXE-MARKER-7f3a9c"
BOMB_BYTES = 1 << 30  # 1 GiB of uncompressed XML in a small archive


def _random_bytes(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def _image_pdf(path: Path) -> None:
    Image.new("RGB", (600, 800), "white").save(path, "PDF")


def _zip_bomb(path: Path) -> None:
    chunk = b"<w:t>" + b"A" * (1 << 20) + b"</w:t>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as part:
            for _ in range(BOMB_BYTES // len(chunk) + 1):
                part.write(chunk)


def _xxe_docx(path: Path, target: Path) -> None:
    source = SAMPLES / "001_27d508b5cfb6343c.docx"
    with zipfile.ZipFile(source) as src:
        parts = {info.filename: src.read(info) for info in src.infolist()}
    xml = parts["word/document.xml"].decode("utf-8")
    head, body = xml.split("<w:body>", 1)
    declaration = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{target}">]>'
    head = head.replace("?>", "?>" + declaration, 1) if head.startswith("<?xml") else declaration + head
    body = '<w:p><w:r><w:t>Secret: &xxe;</w:t></w:r></w:p>' + body
    parts["word/document.xml"] = (head + "<w:body>" + body).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)


def _word_97(folder: Path) -> bytes:
    """A real Word 97-2003 file: a DOCX sample saved as .doc by LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "doc",
                        "--outdir", tmp, str(SAMPLES / "001_27d508b5cfb6343c.docx")],
                       check=True, capture_output=True, stdin=subprocess.DEVNULL, timeout=300)
        return (Path(tmp) / "001_27d508b5cfb6343c.doc").read_bytes()


def _ole_with(doc: bytes, fib_flags: int = 0, rename: str | None = None) -> bytes:
    """The .doc with flags set in its File Information Block (as Word marks an encrypted file), or
    with its WordDocument stream renamed (so the OLE file holds, say, an Excel "Workbook")."""
    data = bytearray(doc)
    ole = olefile.OleFileIO(doc)
    entry = ole.direntries[ole._find("WordDocument")]
    fib = (entry.isectStart + 1) * ole.sectorsize
    ole.close()
    flags = int.from_bytes(data[fib + 10:fib + 12], "little") | fib_flags
    data[fib + 10:fib + 12] = flags.to_bytes(2, "little")
    if rename:
        at = data.index("WordDocument".encode("utf-16-le") + b"\0\0")
        name = rename.encode("utf-16-le") + b"\0\0"
        data[at:at + 64] = name.ljust(64, b"\0")
        data[at + 64:at + 66] = len(name).to_bytes(2, "little")
    return bytes(data)


def make_corpus(folder: Path) -> dict[str, tuple[str, str]]:
    """Write every case into ``folder`` and return the expectations by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, tuple[str, str]] = {}
    for stem, fmt in (("000_427178f9a1fe7053", "txt"), ("001_27d508b5cfb6343c", "docx"), ("003_d12f7b412e69e8e1", "pdf")):
        shutil.copyfile(SAMPLES / f"{stem}.{fmt}", folder / f"good.{fmt}")
        expect[f"good.{fmt}"] = ("ok", "a real sample")
    (folder / "empty.txt").write_bytes(b"")
    expect["empty.txt"] = ("error", "empty file (0 bytes)")
    pdf = (SAMPLES / "004_f3f4c4be5310da84.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    expect["truncated.pdf"] = ("error", "damaged or truncated PDF")
    subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--", str(SAMPLES / "004_f3f4c4be5310da84.pdf"),
                    str(folder / "encrypted.pdf")], check=True)
    expect["encrypted.pdf"] = ("error", "encrypted PDF (password required)")
    for i, (name, reason) in enumerate((("random.pdf", "not a PDF: binary data of no supported format"),
                                        ("random.docx", "not a DOCX: binary data of no supported format"),
                                        ("random.txt", "not a readable document: binary data of no supported format"))):
        (folder / name).write_bytes(_random_bytes(4096, i))
        expect[name] = ("error", reason)
    shutil.copyfile(SAMPLES / "004_f3f4c4be5310da84.txt", folder / "text_named.docx")
    expect["text_named.docx"] = ("ok", "read as text: content wins over the extension")
    _zip_bomb(folder / "bomb.docx")
    expect["bomb.docx"] = ("error", "archive part word/document.xml exceeds 200 MB uncompressed")
    secret = folder.parent / "secret.txt"
    secret.write_text(MARKER)
    _xxe_docx(folder / "xxe.docx", secret)
    expect["xxe.docx"] = ("ok", "external entity never resolved")
    _image_pdf(folder / "scanned.pdf")
    expect["scanned.pdf"] = ("ok", "no text layer on page 1: scanned?")
    image = folder.parent / "image.pdf"
    _image_pdf(image)
    subprocess.run(["qpdf", "--empty", "--pages", str(SAMPLES / "004_f3f4c4be5310da84.pdf"), str(image), "--",
                    str(folder / "mixed.pdf")], check=True)
    expect["mixed.pdf"] = ("ok", "no text layer on page 4: scanned?")
    (folder / "legacy.txt").write_bytes("Minutes\nAdditional PRG funding of £150k has been made available.\n"
                                        .encode("cp1252"))
    expect["legacy.txt"] = ("ok", "cp1252")
    (folder / "wide.txt").write_bytes("Present:\nCllr Anne Dale (Chair)\n".encode("utf-16"))
    expect["wide.txt"] = ("ok", "utf-16")
    shutil.copyfile(Path(__file__).resolve().parent.parent / "data" / "html" / "torbay_moderngov.html",
                    folder / "page.doc")
    expect["page.doc"] = ("ok", "HTML named .doc")
    for name in ("dup_a.txt", "dup_b.txt"):
        shutil.copyfile(SAMPLES / "002_b54d0e956782b075.txt", folder / name)
        expect[name] = ("ok", "duplicate bytes")
    loop = folder / "loop"
    loop.mkdir()
    os.symlink("..", loop / "back")
    os.symlink(folder.parent, folder / "outside")
    os.symlink(folder / "gone.txt", folder / "vanished.txt")
    expect["vanished.txt"] = ("error", "file not found")
    doc = _word_97(folder)
    (folder / "good.doc").write_bytes(doc)
    expect["good.doc"] = ("ok", "a Word 97-2003 document")
    (folder / "truncated.doc").write_bytes(doc[: len(doc) // 2])
    expect["truncated.doc"] = ("error", "damaged OLE (Word 97-2003) file")
    (folder / "encrypted.doc").write_bytes(_ole_with(doc, fib_flags=0x0100))
    expect["encrypted.doc"] = ("error", "encrypted Word document (password required)")
    (folder / "sheet.doc").write_bytes(_ole_with(doc, rename="Workbook"))
    expect["sheet.doc"] = ("error", "not a Word document: an Excel workbook")
    (folder / "empty.tiff").write_bytes(b"")
    expect["empty.tiff"] = ("error", "empty file (0 bytes)")
    expect.update(batch_cases(folder))
    return expect


# -- cases that broke whole batches (issue 12: one file's failure stays that file's failure) ---------

DEEP_LEVELS = 1100
SPARSE_BYTES = 32 << 30  # 32 GiB apparent size, no blocks on disk


def remove_deep_tree(folder: Path) -> None:
    """Delete the deep folder case one level at a time (shutil.rmtree recurses and fails on it)."""
    top = folder / "deep"
    while (child := top / "d").is_dir():
        for name in os.listdir(child):
            if name == "d":
                os.rename(child / name, top / "d.up")
            else:
                os.unlink(child / name)
        os.rmdir(child)
        if (top / "d.up").exists():
            os.rename(top / "d.up", top / "d")
    shutil.rmtree(top, ignore_errors=True)


def _patch_zip_member(data: bytes, name: str, *, flags: int = 0, method: int | None = None) -> bytes:
    """Set general-purpose flag bits and/or the compression method of one member, in both its local
    and its central header (what a zip tool writing encryption or Deflate64 would have put there)."""
    out = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    central = next(m for m in _find_all(data, b"PK\x01\x02") if data[m + 46:m + 46 + len(name)] == name.encode())
    for offset, flag_at, method_at in ((info.header_offset, 6, 8), (central, 8, 10)):
        old = struct.unpack_from("<H", out, offset + flag_at)[0]
        struct.pack_into("<H", out, offset + flag_at, old | flags)
        if method is not None:
            struct.pack_into("<H", out, offset + method_at, method)
    return bytes(out)


def _find_all(data: bytes, needle: bytes):
    at = data.find(needle)
    while at >= 0:
        yield at
        at = data.find(needle, at + 1)


def _sample_docx_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(SAMPLES / "001_27d508b5cfb6343c.docx") as src:
        return {info.filename: src.read(info) for info in src.infolist()}


def _write_zip(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)


def batch_cases(folder: Path) -> dict[str, tuple[str, str]]:
    """Files that made readers or the batch itself raise something other than a read error."""
    expect: dict[str, tuple[str, str]] = {}
    parts = _sample_docx_parts()
    xml = parts["word/document.xml"].decode("utf-8")
    body_start = xml.index("<w:body>") + len("<w:body>")
    bad_level = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="first"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                 '<w:r><w:t>A list item whose level is a word</w:t></w:r></w:p>')
    _write_zip(folder / "list_level.docx",
               {**parts, "word/document.xml": (xml[:body_start] + bad_level + xml[body_start:]).encode("utf-8")})
    expect["list_level.docx"] = ("error", "read failed: ValueError")
    _write_zip(folder / "encrypted_part.docx", parts)
    data = (folder / "encrypted_part.docx").read_bytes()
    (folder / "encrypted_part.docx").write_bytes(_patch_zip_member(data, "word/document.xml", flags=0x1))
    expect["encrypted_part.docx"] = ("error", "encrypted DOCX part word/document.xml (password required)")
    _write_zip(folder / "deflate64.docx", parts)
    data = (folder / "deflate64.docx").read_bytes()
    (folder / "deflate64.docx").write_bytes(_patch_zip_member(data, "word/document.xml", method=9))
    expect["deflate64.docx"] = ("error", "not a readable DOCX: part word/document.xml uses zip compression method 9")

    name = os.fsdecode(b"caf\xe9 minutes.txt")  # Latin-1 bytes: not UTF-8
    shutil.copyfile(SAMPLES / "003_d12f7b412e69e8e1.txt", folder / name)
    expect[name] = ("ok", "a name that is not UTF-8, stored escaped")

    deep = folder / "deep"
    deep.mkdir()
    fd = os.open(deep, os.O_RDONLY)
    for _ in range(DEEP_LEVELS):  # relative to a directory descriptor: no path grows past PATH_MAX here
        os.mkdir("d", dir_fd=fd)
        fd, old = os.open("d", os.O_RDONLY, dir_fd=fd), fd
        os.close(old)
    text = (SAMPLES / "000_427178f9a1fe7053.txt").read_bytes() + b"\nFiled very deep.\n"
    out = os.open("bottom.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(out, text)
    os.close(out)
    os.close(fd)
    expect["deep/" + "d/" * DEEP_LEVELS + "bottom.txt"] = ("ok", f"{DEEP_LEVELS} folders deep")

    os.mkfifo(folder / "x.txt")
    expect["x.txt"] = ("error", "not a regular file (FIFO)")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.txt"))
    server.close()  # the socket file stays
    expect["sock.txt"] = ("error", "not a regular file (socket)")
    with (folder / "sparse.txt").open("wb") as handle:
        handle.truncate(SPARSE_BYTES)
    expect["sparse.txt"] = ("error", f"file is {SPARSE_BYTES:,} bytes, over the")
    return expect


def in_memory_docx(document_xml: str) -> bytes:
    """A minimal DOCX holding the given word/document.xml (for unit tests)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", document_xml)
    return buffer.getvalue()
