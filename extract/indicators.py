"""The ``indicators`` component: performance-indicator codes (NI 192, LI 7.2, BVPI 82a) with titles.

A code is a known indicator prefix followed by a number; the title is what the text gives right
after it: a parenthesis ("NI 18 (reducing adult re-offending)"), a dash clause ("NI 192 - % of
household waste ..."), or the rest of a short heading line ("NI 64 Child protection plans ...").
A table flattened one cell a line puts the prefix and the number on lines of their own ("BVPI", then
"174"); parts written together ("NI 102 a&b", "NI 102a/b") are one code each ("NI 102a", "NI 102b").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.extract.blocks import body_blocks
from minutes.extract.pipeline import Options, component
from minutes.extract.record import IndicatorMention, Record, Source
from minutes.ingest.document import Block, Document

PREFIXES = ("NI", "LI", "BVPI", "BV", "LPI", "KPI", "NPI", "PAF", "LAPI", "CPI", "HI", "PI")
_NUMBER = r"(?P<number>\d{1,3}(?:\.\d{1,2})?[a-z]?)(?![\d.]\d|[A-Za-z0-9%£]|/(?![a-z](?![A-Za-z0-9])))"
CODE = re.compile(r"(?<![A-Za-z0-9&/.-])(?P<prefix>" + "|".join(PREFIXES) + r")[ \t]?-?[ \t]?" + _NUMBER)
_CELL_NUMBER = re.compile(r"\s*" + _NUMBER + r"\s*")
_PARTS = re.compile(r"[ \t]?(?:(?P<first>[a-z])[ \t]?)?(?:&|and|/)[ \t]?(?P<second>[a-z])(?![A-Za-z0-9])")
_PREFIX = re.compile("|".join(PREFIXES))  # what every code holds: a fast scan (CODE starts with a look-behind)
_PAREN_TITLE = re.compile(r"^\s*\((?P<title>[^()]{3,120})\)")
_DASH_TITLE = re.compile(r"^\s*[-–—:]\s*(?P<title>[^()\n]{3,160}?)\s*(?:\(|[-–—]\s|$)")
_HEADING_TITLE = re.compile(r"^\s+(?P<title>[A-Z%][^()]{3,120})$")


@dataclass(frozen=True)
class Code:
    """One indicator code in a text: the normalised code and the span of the text that writes it."""
    code: str
    start: int
    end: int


def normalise(prefix: str, number: str) -> str:
    """``PREFIX NUMBER`` with one space, e.g. ``NI 192``."""
    return f"{prefix.upper()} {number.rstrip('.')}"


def find_codes(text: str) -> list[Code]:
    """Every indicator code in ``text``, in text order, skipping text that holds no prefix."""
    if not _PREFIX.search(text):
        return []
    codes = []
    for m in CODE.finditer(text):
        prefix, number = m.group("prefix"), m.group("number")
        parts = _PARTS.match(text, m.end())
        if parts and (parts.group("first") is None) == number[-1].isalpha():  # "102 a&b", "102a/b"
            base = number.rstrip("abcdefghijklmnopqrstuvwxyz")
            for letter in (number[len(base):] or parts.group("first"), parts.group("second")):
                codes.append(Code(normalise(prefix, base + letter), m.start(), parts.end()))
        else:
            codes.append(Code(normalise(prefix, number), m.start(), m.end()))
    return codes


def _cell_code(block: Block, following: Block | None) -> list[Code]:
    """A prefix alone in its block and the number alone in the next ("BVPI", then "174"), as a code."""
    prefix = block.text.strip()
    number = _CELL_NUMBER.fullmatch(following.text) if following and prefix in PREFIXES else None
    return [Code(normalise(prefix, number.group("number")), block.text.index(prefix),
                 following.start - block.start + number.end("number"))] if number else []


@component("indicators")
def extract_indicators(doc: Document, record: Record, options: Options) -> None:
    """Add one IndicatorMention per code occurrence (to_json lists distinct codes)."""
    blocks = body_blocks(doc)
    for block, following in zip(blocks, [*blocks[1:], None]):
        for code in find_codes(block.text) or _cell_code(block, following):
            after = block.text[code.end:]
            title = None
            for pattern in (_PAREN_TITLE, _DASH_TITLE):
                t = pattern.match(after)
                if t and re.search(r"[A-Za-z]{3}", t.group("title")):
                    title = t.group("title").strip(" ,.;")
                    break
            if title is None and code.start == 0 and len(block.text) <= 140:
                t = _HEADING_TITLE.match(after)
                title = t.group("title").strip() if t else None
            record.indicators.append(IndicatorMention(
                code.code, Source.of(doc, block.start + code.start, block.start + code.end), title))
