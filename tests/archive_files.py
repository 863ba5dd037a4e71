"""The samples as a historic archive holds them (tests/ingest/conftest.py makes it once per session):
.doc, .rtf and .odt of every sample, an image-only PDF of every sample's photocopied pages, and one
sample also as a mixed PDF and a multi-page TIFF, all in one folder."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from minutes.extract import Record
from minutes.ingest import Document
from minutes.pipeline import Summary

LEGACY = ("doc", "rtf", "odt")
SUBSET = "001_27d508b5cfb6343c"  # four pages: also as a mixed PDF and a multi-page TIFF


@dataclass
class Archive:
    """The ingested folder: the database, each file's (kind, sample stem) by file name, and the
    document and record the ingest stored for each file."""

    folder: Path
    db: Path
    summary: Summary
    kinds: dict[str, tuple[str, str]]
    stored: dict[str, tuple[Document, Record]]

    def stored_as(self, kind: str, stem: str) -> Document:
        """The stored document of one sample made as ``kind`` (doc, rtf, odt, scan, mixed, tiff)."""
        return next(self.stored[name][0] for name, found in self.kinds.items() if found == (kind, stem))
