"""Shared views of a Document's blocks: the content blocks, the heading region, common labels."""
from __future__ import annotations

import re

from minutes.ingest.document import Block, Document

ATTENDANCE_LABEL = re.compile(
    r"^\s*(?:[A-Za-z]{0,4}/?\d[\d/.\-]*\.?\s*|\(\w{1,4}\)\s*)?(?:there\s+were\s+)?(?:those\s+)?"
    r"(?:members\s+|councillors\s+|officers\s+)?(?:present(?:\s+members|\s+councillors)?|attendees|attendance|"
    r"attending|in\s+attendance|also\s+(?:present|in\s+attendance|attending)|"
    r"apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?(?:also\s+)?(?:given|received|noted|recorded|tendered|submitted)"
    r"(?:\s+and\s+accepted)?)?(?:\s+from)?|"
    r"absent|invitees?|observers?|"
    r"an?\s+apology\s+for\s+(?:absence|non-attendance)\b[^.]*?\b(?:from|on\s+behalf\s+of)|"
    r"(?:[\w’'-]+\s+){0,3}(?:officers|members|councillors|representatives)(?:\s+present)?(?=\s*:))\b(?:\s*\([^)]*\))?\s*[:.\-–]?"
    # "Officials in attendance:", "Police Service of Northern Ireland in attendance:" (the colon makes it a label)
    r"|^\s*(?:[\w&'’,-]+\s+){1,7}in\s+attendance\s*:", re.I)
AGENDA_ITEM = re.compile(r"^\s*(?:item\s+)?(?:\d{1,2}(?:\.\d{1,2})?\.{0,2}|[IVX]{1,4}[a-z]?\.)\s+"
                         r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z]")  # "10 March 2009" is a date
HEADING_REGION_MAX = 14


def body_blocks(doc: Document) -> list[Block]:
    """The blocks that carry content (running headers/footers left out)."""
    return [b for b in doc.blocks if not b.furniture]


def heading_region(blocks: list[Block]) -> list[Block]:
    """The blocks before the first attendance label or numbered agenda item (at most a few)."""
    region = []
    for block in blocks[:HEADING_REGION_MAX]:
        if region and (ATTENDANCE_LABEL.match(block.text) or AGENDA_ITEM.match(block.text)):
            break
        region.append(block)
    return region
