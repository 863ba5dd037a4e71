"""Meeting identity: which stored meeting, if any, a new document records.

A document joins a stored meeting only when body and date match (the caller's lookup), the
issuing councils do not differ, and the content agrees: the same minutes in another format share
most of their words and most of their people. Two parish councils whose minutes are both headed
"Parish Council" on the same date therefore stay two meetings.

The issuer is the council the document names in its heading, running headers and footers or
closing lines ("Ashwell Parish Council", "London Borough of Barnet", "Thurrock Council"); where
none is named, the folder the file is in stands for it. A named issuer and a folder name are not
compared (they are different kinds of evidence); content alone decides then.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from minutes.extract.blocks import body_blocks, heading_region
from minutes.ingest.document import Document

SAME_WORDS = 0.5   # word-set Jaccard of the same minutes in two formats: 1.00 on the samples; others <= 0.27
SAME_PEOPLE = 0.5  # share of the smaller attendance list found in the other

_WORD = r"[A-Z][\w'’-]*"  # a capitalised word: "Stockton-on-Tees", "King's"
_JOIN = r"(?:&|and|upon|on|in|under|le)"  # "Broomhaugh & Riding", "Newcastle upon Tyne"
_NOT_A_NAME = {"the", "a", "an", "this", "that", "full", "annual", "extraordinary", "special", "ordinary",
               "meeting", "minutes", "of", "and", "draft", "joint", "parish", "town", "city", "district",
               "borough", "county", "community", "metropolitan", "combined", "council", "councils", "unitary",
               "quality"}
_NAME = rf"{_WORD}(?:\s+(?:{_JOIN}\s+)?{_WORD}){{0,3}}"
_COUNCIL = re.compile(rf"(?<![\w'’-])(?:(?:London|Royal)\s+Borough\s+of\s+{_NAME}"
                      rf"|City\s+of\s+{_NAME}\s+Council|{_NAME}\s+Council)\b")
_CLOSING_BLOCKS = 3


@dataclass(frozen=True)
class Issuer:
    """Who issued a document: a council it names (``named``) or, failing that, its folder's name."""

    name: str
    named: bool

    @property
    def key(self) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", self.name.lower()))


def issuer(doc: Document) -> Issuer:
    """The council the document names in its heading, headers/footers or closing lines, else its folder."""
    blocks = body_blocks(doc)
    places = heading_region(blocks) + [b for b in doc.blocks if b.furniture] + blocks[-_CLOSING_BLOCKS:]
    for block in places:
        text = block.text.title() if block.text.isupper() else block.text  # "ASHWELL PARISH COUNCIL"
        for match in _COUNCIL.finditer(text):
            name = _trim(match.group(0))
            if name:
                return Issuer(name, named=True)
    return Issuer(Path(doc.path).parent.name, named=False)


def _trim(name: str) -> str | None:
    """The council's name without leading words that are not part of it ("Minutes of the Ashwell
    Parish Council" -> "Ashwell Parish Council"); None when no word names a place."""
    words = name.split()
    while words and words[0].lower() in _NOT_A_NAME and not name.startswith(("London", "Royal", "City of")):
        words.pop(0)
    if not words or all(w.lower() in _NOT_A_NAME for w in words):
        return None
    return " ".join(words)


def issuers_differ(a: Issuer, b: Issuer) -> bool:
    """Whether two documents certainly come from different issuers (both named, or both by folder)."""
    return a.named == b.named and a.key != b.key


# bytes that are no part of a word (all but a-z and 0-9) to spaces
_NOT_WORD = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256))


def words(text: str) -> set[str]:
    """The distinct words of a text, lower-cased: its runs of ASCII letters and digits (the same as
    ``re.findall("[a-z0-9]+", text.lower())``, any other character a break, in a third less time)."""
    return set(text.lower().encode("ascii", "replace").translate(_NOT_WORD).decode("ascii").split())


def same_content(words_a: set[str], words_b: set[str], people_a: set[str], people_b: set[str]) -> bool:
    """Whether two documents record the same meeting: most words shared and, where both list people,
    most of the shorter list in the other."""
    if not words_a or not words_b or len(words_a & words_b) / len(words_a | words_b) < SAME_WORDS:
        return False
    if people_a and people_b:
        return len(people_a & people_b) / min(len(people_a), len(people_b)) >= SAME_PEOPLE
    return True
