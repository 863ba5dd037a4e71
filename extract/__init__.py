"""Extractors: turn a Document into a Record of meeting, people, actions, indicators and figures."""
from __future__ import annotations

from minutes.ingest.document import Document
from minutes.extract.pipeline import DEFAULT_PIPELINE, Options, component, components, run
from minutes.extract.record import Action, Decision, Figure, IndicatorMention, Meeting, Person, Record, Report, Source

# importing the component modules registers them
from minutes.extract import meeting, people, actions, followups, indicators, figures, checks  # noqa: E402,F401

__all__ = ["Action", "Decision", "Figure", "IndicatorMention", "Meeting", "Options", "Person",
           "Record", "Report", "Source", "component", "components", "extract", "DEFAULT_PIPELINE"]


def extract(doc: Document, options: Options = Options()) -> Record:
    """Extract a Record from ``doc`` with the default pipeline."""
    return run(doc, options)
