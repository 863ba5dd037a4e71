"""The ``indicators`` component: performance-indicator codes (NI 192, LI 7.2, BVPI 82a) with titles.

A code is a known indicator prefix followed by a number; the title is what the text gives right
after it: a parenthesis ("NI 18 (reducing adult re-offending)"), a dash clause ("NI 192 - % of
household waste ..."), or the rest of a short heading line ("NI 64 Child protection plans ...").
"""
from __future__ import annotations

import re

from minutes.extract.blocks import body_blocks
from minutes.extract.pipeline import Options, component
from minutes.extract.record import IndicatorMention, Record, Source
from minutes.ingest.document import Document

PREFIXES = ("NI", "LI", "BVPI", "BV", "LPI", "KPI", "NPI", "PAF", "LAPI", "CPI", "HI", "PI")
CODE = re.compile(r"(?<![A-Za-z0-9&/.-])(?P<prefix>" + "|".join(PREFIXES) + r")[ \t]?-?[ \t]?"
                  r"(?P<number>\d{1,3}(?:\.\d{1,2})?[a-z]?)(?![\d.]\d|[A-Za-z0-9%£/])")
_PREFIX = re.compile("|".join(PREFIXES))  # what every code holds: a fast scan (CODE starts with a look-behind)
_PAREN_TITLE = re.compile(r"^\s*\((?P<title>[^()]{3,120})\)")
_DASH_TITLE = re.compile(r"^\s*[-–—:]\s*(?P<title>[^()\n]{3,160}?)\s*(?:\(|[-–—]\s|$)")
_HEADING_TITLE = re.compile(r"^\s+(?P<title>[A-Z%][^()]{3,120})$")


def normalise(prefix: str, number: str) -> str:
    """``PREFIX NUMBER`` with one space, e.g. ``NI 192``."""
    return f"{prefix.upper()} {number.rstrip('.')}"


def find_codes(text: str) -> list[re.Match]:
    """Every indicator code in ``text`` (CODE's matches), skipping text that holds no prefix."""
    return list(CODE.finditer(text)) if _PREFIX.search(text) else []


@component("indicators")
def extract_indicators(doc: Document, record: Record, options: Options) -> None:
    """Add one IndicatorMention per code occurrence (to_json lists distinct codes)."""
    for block in body_blocks(doc):
        for m in find_codes(block.text):
            after = block.text[m.end():]
            title = None
            for pattern in (_PAREN_TITLE, _DASH_TITLE):
                t = pattern.match(after)
                if t and re.search(r"[A-Za-z]{3}", t.group("title")):
                    title = t.group("title").strip(" ,.;")
                    break
            if title is None and m.start() == 0 and len(block.text) <= 140:
                t = _HEADING_TITLE.match(after)
                title = t.group("title").strip() if t else None
            start = block.start + m.start()
            record.indicators.append(IndicatorMention(normalise(m.group("prefix"), m.group("number")),
                                                      Source.of(doc, start, block.start + m.end()), title))
