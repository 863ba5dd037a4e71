"""What extraction produces: plain dataclasses, every item located by a :class:`Source`.

``Record.to_json()`` gives the shape of ``shared/gold/SCHEMA.md`` plus provenance and a few
extra keys (``indicator_mentions``, ``decisions``, ``next_meeting``).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from minutes.ingest.document import Document


@dataclass(frozen=True)
class Source:
    """Where an item is written: page, character span in the canonical text, and the quote."""

    page: int
    start: int
    end: int
    quote: str

    @classmethod
    def of(cls, doc: Document, start: int, end: int) -> "Source":
        """The source for ``doc.text[start:end]``, with surrounding whitespace trimmed."""
        while start < end and doc.text[start].isspace():
            start += 1
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        return cls(doc.page_at(start), start, end, doc.text[start:end])


@dataclass
class Meeting:
    body: str | None = None
    date: str | None = None
    start: str | None = None
    end: str | None = None
    location: str | None = None
    source: Source | None = None


@dataclass
class Person:
    """Someone recorded as present (``status`` "present") or sending apologies ("apologies")."""

    name: str
    source: Source
    status: str = "present"
    initials: str | None = None
    organisation: str | None = None
    role: str | None = None


@dataclass
class Action:
    text: str
    source: Source
    ref: str | None = None
    owners: list[str] = field(default_factory=list)
    due: str | None = None
    due_text: str | None = None


@dataclass
class IndicatorMention:
    code: str
    source: Source
    title: str | None = None


@dataclass
class Figure:
    """A money amount (unit ``GBP``) or percentage (unit ``%``), or another rate/count unit."""

    value: float
    unit: str
    text: str
    source: Source
    value_high: float | None = None
    indicator: str | None = None
    role: str | None = None  # "actual", "target", "baseline" when the text says so


@dataclass
class Decision:
    text: str
    source: Source


@dataclass
class Report:
    """What a meeting says about an action, maybe an earlier meeting's: ``kind`` is "review" (an
    item reviewing the last meeting's actions), "arising" (matters arising, action log) or "listed"
    (an action this meeting lists, perhaps again); ``status`` one of open, in progress, done,
    dropped, carried forward, from ``status_words``."""

    text: str
    kind: str
    status: str
    source: Source
    status_words: str | None = None
    ref: str | None = None
    owners: list[str] = field(default_factory=list)


@dataclass
class Record:
    doc: str
    kind: str = "minutes"
    meeting: Meeting = field(default_factory=Meeting)
    next_meeting: str | None = None
    attendees: list[Person] = field(default_factory=list)
    apologies: list[Person] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    indicators: list[IndicatorMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what extraction could not read, and where
    reports: list[Report] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The SCHEMA.md shape: ``indicators`` as distinct codes, everything else with sources."""
        codes: list[str] = []
        for mention in self.indicators:
            if mention.code not in codes:
                codes.append(mention.code)
        return {
            "doc": self.doc,
            "kind": self.kind,
            "meeting": asdict(self.meeting),
            "next_meeting": self.next_meeting,
            "attendees": [asdict(p) for p in self.attendees],
            "apologies": [asdict(p) for p in self.apologies],
            "actions": [asdict(a) for a in self.actions],
            "indicators": codes,
            "indicator_mentions": [asdict(m) for m in self.indicators],
            "figures": [asdict(f) for f in self.figures],
            "decisions": [asdict(d) for d in self.decisions],
            "warnings": list(self.warnings),
            "reports": [asdict(r) for r in self.reports],
        }
