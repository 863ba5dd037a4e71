"""One-page A4 PDFs written by hand for reader tests: text in 10 pt Helvetica and ruling lines, placed
exactly where a word processor would place them."""
from __future__ import annotations

from pathlib import Path


def write_pdf(path: Path, ops: str) -> Path:
    """A one-page A4 PDF whose content stream is ``ops`` (PDF drawing operators; font ``/F1`` is Helvetica)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               f"<< /Length {len(ops.encode('latin-1'))} >>\nstream\n{ops}endstream"]
    out = b"%PDF-1.4\n"
    offsets = []
    for k, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(out)
    return path


def text_ops(lines: list[tuple[float, float, str]]) -> str:
    """Drawing operators for each (x, y from the top, text) in 10 pt Helvetica."""
    return "".join(f"BT /F1 10 Tf {x:.1f} {842 - y:.1f} Td ({_escaped(t)}) Tj ET\n" for x, y, t in lines)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
