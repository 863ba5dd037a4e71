"""Attendance grids flattened into text: members with a code after each row ("Steve Pugh (SP) – Chair P
Brian Gathercole (BG) – ... A"), read by the grid's key ("P= Present A= Apologies DNA=Did not attend")."""
from __future__ import annotations

import re

from minutes.extract.names import find_people
from minutes.extract.record import Person, Source
from minutes.ingest.document import Block, Document

# An attendance grid's key ("P= Present A= Apologies DNA=Did not attend D/R=Deputise/Representative") and
# the code after each member's row once the grid is flattened into text ("Steve Pugh (SP) – Chair P Brian ...").
HEADING_SCAN = 20  # blocks from the top where an attendance grid's key is looked for
_CODE_KEY = re.compile(r"\bP\s*=\s*Present\b.{0,80}?\bA\s*=\s*Apolog", re.I)
_CODE_TOKEN = re.compile(r"(?<!\S)(?:P|A|Ap|R|D|D/R|DNA)(?=\s)")
_ROW_CODE = re.compile(r"(?<!\S)(P|A|Ap|R|D|D/R|DNA)\s*$")
_CODE_STATUS = {"P": "present", "R": "present", "D": "present", "D/R": "present", "A": "apologies", "Ap": "apologies"}


def coded_people(doc: Document, blocks: list[Block]) -> list[Person]:
    """Members of a flattened attendance grid, each with the status its code gives (DNA: neither)."""
    people: list[Person] = []
    keyed = next((i for i, b in enumerate(blocks[:HEADING_SCAN]) if _CODE_KEY.search(b.text)), None)
    if keyed is None:
        return people
    for block in blocks[keyed:keyed + 3]:
        start = _CODE_KEY.search(block.text).end() if block is blocks[keyed] else 0
        blanked = _CODE_TOKEN.sub(lambda m: " " * len(m.group(0)), block.text[start:])  # "P Brian" is no initial here
        found = find_people(blanked)
        for k, mention in enumerate(found):
            row_end = found[k + 1].quote_start if k + 1 < len(found) else len(block.text) - start
            code = _ROW_CODE.search(block.text[start + mention.end:start + row_end])
            status = _CODE_STATUS.get(code.group(1)) if code else None
            if status:
                a, b = block.start + start + mention.quote_start, block.start + start + mention.end
                people.append(Person(name=mention.name, status=status, source=Source.of(doc, a, b), role=mention.title or None))
    return people
