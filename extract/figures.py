"""Placeholder: the figures component (to be written)."""
from __future__ import annotations

from extract.pipeline import Options, component
from extract.record import Record
from ingest.document import Document


@component("figures")
def extract_figures(doc: Document, record: Record, options: Options) -> None:
    """Fill the record's figures part."""
