"""Made-up minutes pages for extraction tests: written, read and extracted like a user's file."""
from __future__ import annotations

from pathlib import Path

from minutes import ingest
from minutes.extract import Options, Record, extract


def extract_page(tmp_path: Path, text: str, options: Options = Options(), name: str = "minutes.txt") -> Record:
    """The record of ``text`` saved as ``name``; every attendee, apology and action quotes the text it came from."""
    path = tmp_path / name
    path.write_text(text)
    doc = ingest.read(path)
    record = extract(doc, options)
    assert all(doc.text[row.source.start:row.source.end] == row.source.quote
               for row in record.attendees + record.apologies + record.actions)
    return record
