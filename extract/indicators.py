"""Placeholder: the indicators component (to be written)."""
from __future__ import annotations

from extract.pipeline import Options, component
from extract.record import Record
from ingest.document import Document


@component("indicators")
def extract_indicators(doc: Document, record: Record, options: Options) -> None:
    """Fill the record's indicators part."""
