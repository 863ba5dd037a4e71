"""Attendance grids flattened into text: members with a code after each row ("Steve Pugh (SP) – Chair P
Brian Gathercole (BG) – ... A"), read by the grid's key ("P= Present A= Apologies DNA=Did not attend"),
and members with a mark before each name ("* Laura Bugden", "$ Claire Durrant") read by the marks' key
("* In attendance  $ Apologies received in advance")."""
from __future__ import annotations

import re

from minutes.extract.names import find_people
from minutes.extract.record import Person, Source
from minutes.ingest.document import Block, Document

# An attendance grid's key ("P= Present A= Apologies DNA=Did not attend D/R=Deputise/Representative") and
# the code after each member's row once the grid is flattened into text ("Steve Pugh (SP) – Chair P Brian ...").
HEADING_SCAN = 20  # blocks from the top where an attendance grid's key is looked for
CODE_KEY = re.compile(r"\bP\s*=\s*Present\b.{0,80}?\bA\s*=\s*Apolog", re.I)
_CODE_TOKEN = re.compile(r"(?<!\S)(?:P|A|Ap|N|R|D|D/R|DNA)(?=\s)")
_ROW_CODE = re.compile(r"(?<!\S)(P|A|Ap|N|R|D|D/R|DNA)\s*$")
# ("N = non-attendance": absent, recorded with the apologies as the gold rules record absent members)
_CODE_STATUS = {"P": "present", "R": "present", "D": "present", "D/R": "present", "A": "apologies", "Ap": "apologies", "N": "apologies"}


def coded_people(doc: Document, blocks: list[Block]) -> list[Person]:
    """Members of a flattened attendance grid, each with the status its code gives (DNA: neither; N, non-attendance:
    with the apologies)."""
    people: list[Person] = []
    keyed = next((i for i, b in enumerate(blocks[:HEADING_SCAN]) if CODE_KEY.search(b.text)), None)
    if keyed is None:
        return people
    key = CODE_KEY.search(blocks[keyed].text)
    # the rows after the key, or before it where the key closes the flattened grid ("... Mrs Y Moore P P = present, A = ...")
    parts = [(blocks[keyed], 0, key.start()), (blocks[keyed], key.end(), len(blocks[keyed].text))]
    parts += [(block, 0, len(block.text)) for block in blocks[keyed + 1:keyed + 3]]
    for block, start, stop in parts:
        blanked = _CODE_TOKEN.sub(lambda m: " " * len(m.group(0)), block.text[start:stop])  # "P Brian" is no initial here
        found = find_people(blanked)
        for k, mention in enumerate(found):
            row_end = found[k + 1].quote_start if k + 1 < len(found) else stop - start
            code = _ROW_CODE.search(block.text[start + mention.end:start + row_end])
            status = _CODE_STATUS.get(code.group(1)) if code else None
            if status:
                a, b = block.start + start + mention.quote_start, block.start + start + mention.end
                people.append(Person(name=mention.name, status=status, source=Source.of(doc, a, b), role=mention.title or None))
    return people


# a mark's meaning in a grid's key: "* In attendance", "$ Apologies received in advance", "# = absent"
# ("*Denotes did not attend", "+Denotes absence and apologies accepted": absent, recorded with the apologies)
# (the mark first, the look-behind "(?<!\S)" after it: the regex engine tries the pattern at a mark only, not at every character)
_MARK_KEY = re.compile(r"(?P<mark>[*$#†‡§+])(?<!\S.)\s*=?\s*(?:denotes\s+)?(?P<meaning>in\s+attendance|present|attended|apolog\w*|absent|"
                       r"absence(?:\s+and\s+apolog\w*)?|did\s+not\s+attend)\b", re.I)


def marked_people(doc: Document, blocks: list[Block]) -> list[Person]:
    """Members named after a mark the document's key explains, or with the mark after their name ("Ann Bell (AB) +");
    only where the key gives two or more marks (a single "*" is too often a footnote). Members marked absent are
    recorded with the apologies (the gold rules: "people recorded as sending apologies / absent")."""
    head = blocks[:3 * HEADING_SCAN]
    key: dict[str, str] = {}
    for block in head:
        for m in _MARK_KEY.finditer(block.text):
            meaning = m.group("meaning").lower()
            key.setdefault(m.group("mark"), "apologies" if "apolog" in meaning or meaning.startswith(("absen", "did")) else "present")
    if len(key) < 2:
        return []
    mark = re.compile(r"(?<!\S)[" + "".join(re.escape(k) for k in key) + r"]\s+(?=\S)")
    people: list[Person] = []
    after = re.compile(r"(?<=[\w)])\s*[" + "".join(re.escape(k) for k in key) + r"]\s*$")  # "Ann Bell (AB) +": after the name
    for block in head:
        start, text = block.start, block.text
        last = after.search(text)
        found = find_people(text[:last.start()]) if last and not _MARK_KEY.match(text) else []
        if found and found[0].quote_start == 0:
            a, b = start + found[0].quote_start, start + found[0].end
            people.append(Person(name=found[0].name, status=key[last.group(0).strip()], source=Source.of(doc, a, b),
                                 role=found[0].title or None))
            continue
        marks = list(mark.finditer(text))
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
            found = find_people(text[m.end():end])
            status = key[m.group(0).strip()]
            if _MARK_KEY.match(text, m.start()) or not found or found[0].quote_start > 0:
                continue  # the key itself, or no name right after the mark
            a, b = start + m.end() + found[0].quote_start, start + m.end() + found[0].end
            people.append(Person(name=found[0].name, status=status, source=Source.of(doc, a, b), role=found[0].title or None))
    return people


# a grid flattened one cell a line ("Secretary" / "Amy Rogerson" / "Present" / "Treasurer" / ...): a status cell
# alone on its line, after the member's name
_STATUS_LINE = re.compile(r"\s*(?:(?P<present>present|attended|in\s+attendance)|apolog(?:y|ies)(?:\s+(?:received|given|sent))?|"
                          r"absent|not\s+present|did\s+not\s+attend)\s*", re.I)
_GRID_LEAST = 3  # status lines after names: fewer are labels ("Present" / "Cllr A" / "Apologies" / "Cllr B")


def status_line_people(doc: Document, blocks: list[Block]) -> list[Person]:
    """Members of a grid flattened one cell a line, each with the status on the line after their name;
    only where three or more status lines each follow a line that is one person's name and come before a
    line that starts with none (the next row's role: a label is followed by the names it heads)."""
    people: list[Person] = []
    head = blocks[:3 * HEADING_SCAN] + [None]
    for before, block, after in zip(head, head[1:], head[2:]):
        status = _STATUS_LINE.fullmatch(block.text)
        found = find_people(before.text) if status and not (after and _starts_with_person(after.text)) else []
        if len(found) == 1 and found[0].quote_start == 0 and len(before.text.strip()) <= found[0].end + 16:
            a, b = before.start + found[0].quote_start, before.start + found[0].end
            people.append(Person(name=found[0].name, status="present" if status.group("present") else "apologies",
                                 source=Source.of(doc, a, b), role=found[0].title or None))
    return people if len(people) >= _GRID_LEAST else []


# a grid kept as cells (the text reader's tabs): a member's name in the first cell and their attendance in a later one
# ("Rob Bridge / Fenland DC / Present", "Ann Roe / Parish Council / Absent / Yes"), or who stood in for them
# ("Tom Lee / Hospital Trust / Amy Shaw covering")
_STATUS_CELL = re.compile(r"(?:(?P<present>present|attended|in\s+attendance)|absent|apolog(?:y|ies)(?:\s+(?:received|given|sent))?|"
                          r"not\s+present|did\s+not\s+attend)", re.I)
_STANDING_IN = re.compile(r"(?P<deputy>.+?)\s+(?:covering|deputising|deputizing|substituting|attending)", re.I)


def cell_status_people(doc: Document, blocks: list[Block]) -> list[Person]:
    """Members of a grid kept as cells, one a row: the first cell one person's name, a later cell their attendance
    (present; absent or apologies: with the apologies, as the gold rules record absent members), or the name of who
    stood in for them (that person present; the member neither: status "replaced"); only where three or more rows say
    so."""
    people: list[Person] = []
    rows = 0
    for block in blocks[:3 * HEADING_SCAN]:
        cells = block.text.split("\t")
        if len(cells) < 2:
            continue
        status = next((m for c in cells[1:] if (m := _STATUS_CELL.fullmatch(c.strip()))), None)
        deputy = _STANDING_IN.fullmatch(cells[-1].strip()) if status is None else None
        who = find_people(deputy.group("deputy")) if deputy else find_people(cells[0])
        if not (status or deputy) or len(who) != 1 or not _one_name_cell(cells[0]):
            continue
        rows += 1
        offset = block.text.rindex(cells[-1]) if deputy else 0
        a, b = block.start + offset + who[0].quote_start, block.start + offset + who[0].end
        state = "present" if deputy or status.group("present") else "apologies"
        organisation = cells[1].strip() if len(cells) > 2 and not _STATUS_CELL.fullmatch(cells[1].strip()) else None
        people.append(Person(name=who[0].name, status=state, source=Source.of(doc, a, b), role=who[0].title or None,
                             organisation=organisation or None))
        if deputy:
            member = find_people(cells[0])[0]
            a, b = block.start + member.quote_start, block.start + member.end
            people.append(Person(name=member.name, status="replaced", source=Source.of(doc, a, b)))
    return people if rows >= _GRID_LEAST else []


def _one_name_cell(text: str) -> bool:
    """Whether a cell is one person's name and nothing else."""
    found = find_people(text)
    return len(found) == 1 and found[0].quote_start == 0 and found[0].end >= len(text.rstrip()) - 1


def _starts_with_person(text: str) -> bool:
    found = find_people(text[:80])
    return bool(found) and found[0].quote_start == 0
