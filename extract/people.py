"""Placeholder: the people component (to be written)."""
from __future__ import annotations

from extract.pipeline import Options, component
from extract.record import Record
from ingest.document import Document


@component("people")
def extract_people(doc: Document, record: Record, options: Options) -> None:
    """Fill the record's people part."""
