"""Who holds a role is looked for only near the role's mentions (``role_holders.near_mentions``): every
holder pattern matches across a mention, so the stretches around them give what the whole text gives."""
from __future__ import annotations

from pathlib import Path

import pytest

from minutes import ingest
from minutes.extract.role_holders import holder_patterns, near_mentions

ROLES = ("Clerk", "Chairman", "Chair", "Treasurer", "Parish Clerk", "Secretary", "Scrutiny Officer", "Target Lead")
ROOT = Path(__file__).resolve().parents[2]
TEXTS = [ingest.read(path).text for path in sorted(ROOT.glob("corpus/b1*/docs/*.txt")) + sorted(ROOT.glob("samples/*.txt"))]


def _names(text: str, role: str, stretches: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    found = []
    for pattern in holder_patterns(role):
        spans, end = [], 0
        for start, stop in stretches:
            for m in pattern.finditer(text, max(start, end), stop):
                end = m.end()
                spans.append(m.span("name"))
        found.append(spans)
    return found


@pytest.mark.parametrize("role", ROLES)
def test_holders_near_the_mentions_are_those_of_the_whole_text(role: str) -> None:
    for text in TEXTS:
        assert _names(text, role, near_mentions(text, role)) == _names(text, role, [(0, len(text))])


def test_the_documents_name_holders_of_most_roles() -> None:
    named = {role for role in ROLES for text in TEXTS if any(_names(text, role, [(0, len(text))]))}
    assert len(named) >= len(ROLES) // 2


def test_stretches_are_whole_lines_around_each_mention() -> None:
    filler = "A line of the minutes.\n" * 40
    text = "Minutes\n" + filler + "Present: the Clerk, Mrs Jane Roe\n" + filler + "The clerk left.\n"
    stretches = near_mentions(text, "Clerk")
    assert len(stretches) == 2
    for start, stop in stretches:
        assert start == 0 or text[start - 1] == "\n"
        assert stop == len(text) or text[stop] == "\n"
    assert "Mrs Jane Roe" in text[slice(*stretches[0])]
    assert near_mentions("No role here.", "Clerk") == []
