"""Hostile cases for bounded memory and time: bombs, fan-outs and huge or pathological layouts.

Each ``make_*`` function writes one case (generated, never committed: some expand to gigabytes)
and returns its path. ``measure(path)`` reads a file in a fresh process and reports the outcome,
the peak RSS and the seconds taken, so a test can hold memory and time to a budget.
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

from sample_files import SAMPLES

GIB = 1 << 30


# -- a minimal PDF writer (objects in order, one classic xref table) --------------------------------

def pdf_bytes(objects: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF whose object ``i + 1`` is ``objects[i]`` (a dictionary, or a dictionary plus stream)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, root, trailer_extra, xref))
    return out.getvalue()


def stream(dictionary: bytes, data: bytes) -> bytes:
    """An object body holding a stream (``dictionary`` without its Length)."""
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def text_page_pdf(lines_per_page: list[list[str]]) -> bytes:
    """A PDF of Helvetica text pages, each line at its own baseline (real text, a real text layer)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in lines_per_page:
        ops = [b"BT /F1 10 Tf 12 TL 50 780 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(b"(" + escaped.encode("latin-1") + b") Tj T*")
        ops.append(b"ET")
        content = zlib.compress(b"\n".join(ops))
        objects.append(stream(b"/Filter /FlateDecode", content))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    return pdf_bytes(objects)


def deflate_repeated(head: bytes, chunk: bytes, count: int, wrap: bool = False) -> bytes:
    """Deflate ``head + chunk * count`` quickly: after a full flush the compressor's output for the same
    chunk is the same bytes, so one compressed chunk is repeated. ``wrap``: as a zlib stream (PDF)."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = squeeze.compress(head) + squeeze.flush(zlib.Z_FULL_FLUSH)
    block = squeeze.compress(chunk) + squeeze.flush(zlib.Z_FULL_FLUSH)
    raw = first + block * count + squeeze.flush()
    if not wrap:
        return raw
    checksum = zlib.adler32(head)
    for _ in range(count):
        checksum = zlib.adler32(chunk, checksum)
    return b"\x78\xda" + raw + checksum.to_bytes(4, "big")


# -- item 1: caps counted before materialising ---------------------------------------------------------

def make_pdf_flate_bomb(folder: Path, inflated: int = GIB) -> Path:
    """One page whose content stream inflates to ``inflated`` bytes of spaces (about 1 MB on disk)."""
    content = deflate_repeated(b"BT /F1 12 Tf 72 720 Td (Minutes) Tj ET\n", b" " * (1 << 20), inflated >> 20, wrap=True)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
               b"/Contents 4 0 R >>",
               stream(b"/Filter /FlateDecode", content),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    path = folder / "flate_bomb.pdf"
    path.write_bytes(pdf_bytes(objects))
    return path


def make_docx_lying_sizes(folder: Path, inflated: int = GIB, declared: int = 1024) -> Path:
    """A real DOCX whose word/document.xml inflates to ``inflated`` bytes while its zip headers say
    ``declared`` (with the CRC of those first bytes, so a reader trusting the header sees no fault)."""
    head = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body><w:p><w:r><w:t>")
    chunk = b"A" * (1 << 20)
    raw = deflate_repeated(head, chunk, inflated // len(chunk))
    crc = zlib.crc32((head + chunk)[:declared])
    with zipfile.ZipFile(SAMPLES / "001_27d508b5cfb6343c.docx") as src:
        parts = {info.filename: src.read(info) for info in src.infolist() if info.filename != "word/document.xml"}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, part in parts.items():
            zf.writestr(name, part)
        offset = buffer.tell()
    data = buffer.getvalue()
    central = data[offset:]
    name = b"word/document.xml"
    local = (b"PK\x03\x04" + (20).to_bytes(2, "little") + bytes(2) + (8).to_bytes(2, "little") + bytes(4)
             + crc.to_bytes(4, "little") + len(raw).to_bytes(4, "little") + declared.to_bytes(4, "little")
             + len(name).to_bytes(2, "little") + bytes(2) + name)
    entry = (b"PK\x01\x02" + (20).to_bytes(2, "little") * 2 + bytes(2) + (8).to_bytes(2, "little") + bytes(4)
             + crc.to_bytes(4, "little") + len(raw).to_bytes(4, "little") + declared.to_bytes(4, "little")
             + len(name).to_bytes(2, "little") + bytes(8) + bytes(4) + offset.to_bytes(4, "little") + name)
    eocd = central.rindex(b"PK\x05\x06")
    count = int.from_bytes(central[eocd + 10:eocd + 12], "little") + 1
    size = eocd + len(entry)
    end = (central[eocd:eocd + 8] + count.to_bytes(2, "little") * 2 + size.to_bytes(4, "little")
           + (offset + len(local) + len(raw)).to_bytes(4, "little") + central[eocd + 20:])
    path = folder / "lying_sizes.docx"
    path.write_bytes(data[:offset] + local + raw + central[:eocd] + entry + end)
    return path


def make_pdf_pages_fanout(folder: Path, fan: int = 2000, levels: int = 3) -> Path:
    """A Pages tree whose every node lists the same child ``fan`` times, ``levels`` deep (one real page)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(levels):
        child = 2 + level + 1
        objects.append(b"<< /Type /Pages /Kids [" + b" ".join([b"%d 0 R" % child] * fan) + b"] /Count %d >>"
                       % fan ** (levels - level))
    page = len(objects) + 1
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> "
                   b"/Contents %d 0 R >>" % (page - 1, page + 2, page + 1))
    objects.append(stream(b"", b"BT /F1 12 Tf 72 720 Td (Minutes of the meeting) Tj ET"))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    path = folder / "pages_fanout.pdf"
    path.write_bytes(pdf_bytes(objects))
    return path


def make_pdf_acroform_fanout(folder: Path, fan: int = 2000, levels: int = 3) -> Path:
    """A one-page PDF whose AcroForm field tree lists the same kid ``fan`` times, ``levels`` deep."""
    widget = 4 + levels
    objects = [b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> "
               b"/Contents %d 0 R /Annots [%d 0 R] >>" % (widget + 2, widget + 1, widget)]
    for level in range(levels):
        objects.append(b"<< /T (f%d) /Kids [" % level + b" ".join([b"%d 0 R" % (5 + level)] * fan) + b"] >>")
    objects.append(b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (leaf) /V (x) /Rect [72 600 300 620] /P 3 0 R >>")
    objects.append(stream(b"", b"BT /F1 12 Tf 72 720 Td (Minutes of the meeting) Tj ET"))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    path = folder / "acroform_fanout.pdf"
    path.write_bytes(pdf_bytes(objects))
    return path


def make_pdf_ruled_grid(folder: Path, n: int = 300, step: float = 4.0) -> Path:
    """One page ruled into an ``n`` x ``n`` grid of thin lines ``step`` points apart (each line a path
    of its own), a word in each of the top row's cells."""
    size = 36 + n * step
    ops = [b"0.2 w"]
    for i in range(n + 1):
        ops.append(b"%.2f %.2f m %.2f %.2f l S" % (36, 36 + i * step, size, 36 + i * step))
        ops.append(b"%.2f %.2f m %.2f %.2f l S" % (36 + i * step, 36, 36 + i * step, size))
    ops.append(b"BT /F1 2 Tf")
    for i in range(n):
        ops.append(b"1 0 0 1 %.2f %.2f Tm (x) Tj" % (36.5 + i * step, size - step * 0.7))
    ops.append(b"ET")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 5 0 R >> >> "
               b"/Contents 4 0 R >>" % (size + 36, size + 36),
               stream(b"/Filter /FlateDecode", zlib.compress(b"\n".join(ops))),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    path = folder / "ruled_grid.pdf"
    path.write_bytes(pdf_bytes(objects))
    return path


def make_html_inline_spans(folder: Path, size: int = 50 << 20) -> Path:
    """An HTML page of ``size`` bytes of short inline spans in one paragraph."""
    span = b"<span>Item</span> "
    body = span * (size // len(span))
    path = folder / "inline_spans.html"
    path.write_bytes(b"<!DOCTYPE html><html><body><p>" + body + b"</p></body></html>")
    return path


def make_single_line_text(folder: Path, size: int = 100 << 20) -> Path:
    """``size`` bytes of words on one line, no newline."""
    words = b"minutes of the meeting held on tuesday "
    path = folder / "single_line.txt"
    path.write_bytes(words * (size // len(words)))
    return path


# -- item 2: time linear in the document's length ---------------------------------------------------------

def make_text_line_of_dates(folder: Path, size: int = 2 << 20) -> Path:
    """One ``size``-byte line of dates in the forms minutes write them."""
    dates = b"on 3 March 2020, by 14/04/2021, Tuesday 5th May 2020 and 2020-06-07; "
    path = folder / "line_of_dates.txt"
    path.write_bytes(dates * (size // len(dates)))
    return path


def make_text_lines_of_figures(folder: Path, lines: int = 100_000) -> Path:
    """``lines`` lines, each with a money figure, a percentage or a count."""
    path = folder / "lines_of_figures.txt"
    path.write_text("".join(f"Item {i}: spend of \u00a3{i * 37 % 99_999:,}.50, up {i % 97}% on {i % 31 + 1} "
                            f"schools\n" for i in range(lines)), encoding="utf-8")
    return path


def make_text_misaligned_columns(folder: Path, lines: int = 50_000) -> Path:
    """``lines`` lines of space-padded columns whose gaps drift a little from line to line."""
    path = folder / "misaligned_columns.txt"
    path.write_text("".join(f"{'Cllr Name' + str(i):<{20 + i % 5}}{'Borough Council':<{30 + i % 7}}Member\n"
                            for i in range(lines)), encoding="utf-8")
    return path


def make_docx_paragraphs_with_figures(folder: Path, paragraphs: int = 60_000) -> Path:
    """The sample DOCX with its body replaced by ``paragraphs`` short paragraphs, each with a figure
    (written as XML: python-docx takes a minute to add 60,000 paragraphs)."""
    with zipfile.ZipFile(SAMPLES / "001_27d508b5cfb6343c.docx") as src:
        parts = {info.filename: src.read(info) for info in src.infolist()}
    xml = parts["word/document.xml"].decode("utf-8")
    head, rest = xml.split("<w:body>", 1)
    body = "".join(f"<w:p><w:r><w:t>Budget line {i}: \u00a3{i * 13 % 9_999}k ({i % 100}%)</w:t></w:r></w:p>"
                   for i in range(paragraphs))
    parts["word/document.xml"] = (head + "<w:body>" + body + "<w:sectPr/></w:body></w:document>").encode("utf-8")
    path = folder / "paragraphs_with_figures.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, part in parts.items():
            dst.writestr(name, part)
    return path


# -- item 3: nothing dropped or invented silently ----------------------------------------------------------

def make_pdf_glyph_ids(folder: Path) -> Path:
    """A page whose text is shown in an Identity-H font without a ToUnicode map: its text layer holds
    glyph ids ("Hello" in Arial's glyph order reads "+HOOR"), not text."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
               b"/Contents 4 0 R >>",
               stream(b"", b"BT /F1 12 Tf 72 720 Td <002B0048004F004F0052> Tj ET"),
               b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Arial /Encoding /Identity-H "
               b"/DescendantFonts [6 0 R] >>",
               b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Arial /CIDSystemInfo << /Registry (Adobe) "
               b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 600 >>",
               b"<< /Type /FontDescriptor /FontName /ABCDEF+Arial /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
               b"/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>"]
    path = folder / "glyph_ids.pdf"
    path.write_bytes(pdf_bytes(objects))
    return path


# -- measuring ---------------------------------------------------------------------------------------------

_MEASURE = r"""
import json, sys, time
from minutes import ingest
from minutes.ingest import IngestError
start = time.process_time()  # CPU seconds: a loaded machine (CI, other jobs) does not count against a case
try:
    doc = ingest.read(sys.argv[1])
    out = {"ok": True, "chars": len(doc.text), "pages": doc.pages, "warnings": list(doc.warnings)}
    if sys.argv[2] == "extract":
        from minutes.extract import Options, extract
        extract(doc, Options(nlp=False))
except IngestError as exc:
    out = {"ok": False, "reason": exc.reason}
out["seconds"] = time.process_time() - start
# VmHWM is this program's own peak: ru_maxrss would include the parent's RSS at fork time
out["peak_mb"] = int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]) / 1024
print(json.dumps(out))
"""


def measure(path: Path, stage: str = "read", timeout: float = 120, memory_mb: int = 2048) -> dict:
    """Read (``stage="extract"``: and extract) ``path`` in a fresh process limited to ``memory_mb`` of
    address space; returns the outcome with ``peak_mb`` and ``seconds`` (CPU time), or ``{"crashed": stderr}``."""
    limit = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({memory_mb << 20}, {memory_mb << 20}))\n"
    proc = subprocess.run([sys.executable, "-c", limit + _MEASURE, str(path), stage], capture_output=True,
                          text=True, timeout=timeout)
    if proc.returncode != 0:
        return {"crashed": proc.stderr[-2000:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])
