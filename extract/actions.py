"""Placeholder: the actions component (to be written)."""
from __future__ import annotations

from extract.pipeline import Options, component
from extract.record import Record
from ingest.document import Document


@component("actions")
def extract_actions(doc: Document, record: Record, options: Options) -> None:
    """Fill the record's actions part."""
