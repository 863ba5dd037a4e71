"""Shared views of a Document's blocks: the content blocks, the heading region, common labels."""
from __future__ import annotations

import functools
import re

from minutes.ingest.document import Block, Document

# (an item's number before the label: "12.", "PC109/16", "(3)", "iii)", "b)", "AGENDA ITEM 1-"; an action column's heading
# flattened before the first item's number: "Action 17. Apologies. Cllr A Bell, ...")
ATTENDANCE_LABEL = re.compile(
    r"^\s*(?:action\s+(?=\d))?(?:(?:minute\s+(?:no\.?|number)|(?:agenda\s+)?item(?:\s+no\.?)?)\s*\d[\d/.]*\s*(?:[-–—:.]\s*|\s+)|[A-Za-z]{0,4}/?\d[\d/.\-]*(?:(?<=/)[A-Za-z]{1,4})?[.:)]?\s*(?:/\s+)?|\(\w{1,4}\)\s*|(?:[ivx]{1,5}[.)]|[a-h]\))\s+){0,2}(?:there\s+were\s+)?(?:those\s+)?"
    r"(?:the\s+following\s+(?:[\w’'-]+\s+){0,2}(?:were|was)\s+(?=(?:also\s+)?(?:present|in\s+attendance)\b))?"  # "The following members were present:"
    r"(?:(?:other\s+|elected\s+|board\s+|committee\s+)?(?:members|councillors|officers|officials)\s+)?"
    r"(?:present(?:\s+members|\s+councillors|\s+were(?:\s+as\s+follows)?|\s+in\s+person|\s+virtually|\s+remotely|\s+online|\s+at\s+the\s+meeting|"
    r"\s+(?:via|in\s+the|on)\s+[\w-]+(?:\s+[\w-]+)?(?=\s*:))?|"  # "Present via Zoom:", "Present in the Chamber:"
    r"(?:presennol(?:\s+hefyd)?|ymddiheuriadau)(?:\s*/\s*(?:also\s+)?[a-z]+)?|"  # Welsh, and the English after a slash: "PRESENNOL/PRESENT"
    r"(?:remote\s+|virtual\s+|board\s+|committee\s+)?attendees|attended(?:\s+(?:remotely|virtually|online|via\s+[\w-]+))?(?=\s*:)|"  # "Attended: A, B"
    r"(?:remote\s+|virtual\s+|online\s+)?attend[ae]nce(?:\s+(?:details|list|record|register)|\s+at\s+(?:the\s+)?meeting)?|presiding|sederunt|in\s+the\s+chair|chair(?:man|person)?(?=\s*:)|"
    r"attending|attended\s+by|in\s+attend[ae]nce(?:\s+(?:online|remotely|virtually|in\s+person)(?=\s*:))?|also\s+(?:present|in\s+attend[ae]nce|attending)|"
    r"(?:minute|note)s?[- ]?taker(?=\s*:)|"  # "Minute taker: X", "Note taker: X"
    r"non-attendance(?=\s*:)|(?:to\s+(?:receive|note|accept)(?:\s+and\s+(?:accept|note|approve))?\s+(?:any\s+)?)?"  # an agenda item's wording
    r"(?:sent\s+(?=apologies\s*:))?apologies(?:\s+(?:for|of)\s+(?:absence|non-attendance))?(?:\s+and\s+(?:reasons(?:\s+for\s+absence)?|absences?|"
    r"(?:approval|acceptance|consent)\s+(?:of|to)\s+(?:reasons\s+for\s+)?absences?))?"
    r"(?:\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:also\s+)?(?:given|received|noted|recorded|tendered|submitted|presented|accepted|approved)"
    r"(?:\s+and\s+(?:accepted|approved|noted))?)?(?:\s+from|\s+on\s+behalf\s+of|\s+by)?|"
    r"absent(?:\s+with(?:out)?\s+apologies)?|absences?(?:\s+(?:noted|recorded))?(?=\s*(?::|[-–]\s|$))|"  # "Absence noted: Cllr X", "Absences" on a line of its own
    r"(?:members\s+|councillors\s+)?not\s+(?:present|attending|in\s+attendance)|invitees?|observers?|"
    r"an?\s+apology\s+for\s+(?:absence|non-attendance)\b[^.]*?\b(?:from|on\s+behalf\s+of)|"
    r"(?:[\w’'-]+\s+){0,3}(?:officers|members|councillor\(s\)|member\(s\)|councillors|cllrs|representatives|governors|trustees|partners|guests|visitors|participants|"
    r"employees|staff|others)(?:\s+present(?:\s+and\s+(?:participating|voting))?)?(?=\s*:|\s+/\s|-\s)|"  # "Governors present:", "Governors Present / Ms A / Smith / ..."
    r"(?:absent\s+and\s+)?excused(?=\s*:)|"  # "Excused: Mike Gravitz", as US boards record apologies
    r"members\s+of\s+(?:the\s+)?public(?=\s*:)|"  # "Members of the Public: Mrs D Byford": there, not among the apologies above
    r"(?:members|councillors)\s+of\s+the\s+(?:[\w’'-]+\s+){1,3}present(?:\s+were)?(?=\s*:)|"  # "Members of the Council present (were):"
    # (the label's end: a word's end, or a name glued on by a flattened table cell: "ApologiesJo Bell", "PresentAnn Cole")
    r"officers(?=\s+(?-i:[A-Z][a-z]+\s+[A-Z]))|members(?=\s+(?-i:(?:Councillors|Cllrs)\.?\s+[A-Z])))(?:\b|(?-i:(?<=[a-z])(?=[A-Z][a-z])))(?:\s*\([^)]*\))?\s*(?::\s*[-–]|[:;.\-–])?"
    # (then another item's heading joined by a slash, and the titled names: "Apologies/Personal matters (3) Cllr A",
    # "APOLOGIES FOR ABSENCE / DECLARATIONS OF INTEREST Cllrs A, B")
    r"(?:\s*/\s*(?:[^\W\d_]+\s+){0,3}[^\W\d_]{4,}(?:\s*\(\d{1,3}\))?\s+(?=(?:cllrs?|councillors?|mrs?|ms|dr)\.?\s)|"
    r"\s*/\s*[^\W\d_]{4,}\s*:|\s*/(?=\s))?"
    # "Officials in attendance:", "Police Service of Northern Ireland in attendance:" (the colon makes it a label)
    r"|^\s*(?:[\w&'’,-]+\s+){1,7}in\s+attendance\s*(?::|[–—-](?=\s))"  # "The Parish Clerk in attendance – Mrs D Evans"
    # "Representatives from Other Bodies in Attendance", a line of its own (not "... were in attendance")
    # (the cheap test first: the look-ahead for "were", "was" ... reads the whole line)
    r"|^\s*(?=(?:[\w&'’,-]+\s+){1,7}in\s+attendance\s*$)(?!.*\b(?:were|was|are|is|also)\s)"
    r"(?:[\w&'’,-]+\s+){1,7}in\s+attendance\s*$"
    # "EXMOOR NATIONAL PARK AUTHORITY STAFF IN ATTENDANCE Dan Barnett (...)": in capitals, names follow
    r"|^\s*(?-i:(?:[A-Z&'’,-]+\s+){1,7}IN\s+ATTENDANCE)\b", re.I)
AGENDA_ITEM = re.compile(r"^\s*(?:item\s+)?(?:\d{1,2}(?:\.\d{1,2})?\.{0,2}|[IVX]{1,4}[a-z]?\.)\s+"
                         r"(?!(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"
                         r"Nov(?:ember)?|Dec(?:ember)?)\b)[A-Z]")  # "10 March 2009", "21 MARCH 2012": dates; not "3. Declarations", "4. Approval"
HEADING_REGION_MAX = 14


@functools.lru_cache(maxsize=1024)
def attendance_label(text: str) -> re.Match | None:
    """``ATTENDANCE_LABEL.match(text)``, remembered: the rules ask it of one block's text 3-4 times."""
    return ATTENDANCE_LABEL.match(text)


# a document site's list of other documents under the page's own title: "Similar documents" / their titles, up to the
# document's own text (a long paragraph, or its "Transcription")
_OTHER_DOCUMENTS = re.compile(r"^\s*similar\s+documents\s*:?\s*$", re.I)


def body_blocks(doc: Document) -> list[Block]:
    """The blocks that carry content (running headers/footers and a document site's list of other documents left out)."""
    blocks = [b for b in doc.blocks if not b.furniture]
    start = next((k for k, b in enumerate(blocks[:HEADING_REGION_MAX]) if _OTHER_DOCUMENTS.match(b.text)), None)
    if start is None:
        return blocks
    end = next((k for k in range(start + 1, len(blocks))
                if len(blocks[k].text) > 200 or re.fullmatch(r"\s*transcription\s*", blocks[k].text, re.I)), len(blocks))
    return blocks[:start] + blocks[end:]


# a letterhead's address line, not a numbered item: "4 The Green, Upper Ashby AB1 2CD", "12 Church Street"
_ADDRESS_LINE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|^\s*\d{1,4}\s+(?:[A-Z][\w'’-]*\s+){1,3}"
                          r"(?:Street|Road|Lane|Close|Green|Avenue|Drive|Way|Place|Court|Gardens|Crescent|Terrace|Row|Square|Walk|Mews)\b")


def heading_region(blocks: list[Block]) -> list[Block]:
    """The blocks before the first attendance label or numbered agenda item (at most a few)."""
    region = []
    for block in blocks[:HEADING_REGION_MAX]:
        if region and (attendance_label(block.text) or AGENDA_ITEM.match(block.text) and not _ADDRESS_LINE.search(block.text)):
            break
        region.append(block)
    return region

# Sections that report on earlier actions. A review of the previous meeting's actions ("Actions
# from last meeting", "Review of actions", "Status of actions") holds reports only; "Matters
# arising", "Action log" and "Outstanding actions" report on earlier actions and may assign new ones.
_MINUTE_REF = r"(?:[A-Z]{1,4}/)?\d{1,4}/\d{1,4}[.)]?\s+"  # a minute's number: "21/104", "FC/19/107"
_MINUTE_ITEM = re.compile(r"\s*" + _MINUTE_REF + r"[A-Z]")  # "21/105 Planning": the next minute
_LEAD_IN = r"^\s*(?:item\s+)?(?:\d{1,2}(?:\.\d{1,2})?[.)]?\s+|" + _MINUTE_REF + r")?(?:to\s+(?:receive|review|note)\s+(?:the\s+)?)?(?:"
_TAIL = r")\s*(?:\([^)]*\))?\s*[:.\-–]?\s*$"
_PREVIOUS = r"(?:\s+(?:from|of|arising\s+from)\s+(?:the\s+)?(?:last|previous|prior)\s+meetings?)"
REVIEW_LABEL = re.compile(
    _LEAD_IN + r"(?:review|status|progress|update)s?\s+(?:(?:of|on)\s+)?(?:the\s+)?(?:(?:outstanding|previous|open)\s+)?"
    r"actions?(?:\s+(?:points?|items?))?" + _PREVIOUS + r"?"
    r"|(?:previous|pending)\s+actions?(?:\s+(?:points?|items?))?"
    r"|actions?(?:\s+(?:points?|items?))?" + _PREVIOUS + _TAIL, re.I)
ARISING_LABEL = re.compile(
    _LEAD_IN + r"action\s+log|outstanding\s+actions?(?:\s+(?:points?|items?))?"
    r"|matters\s+arising(?:\s+from\s+(?:the\s+)?(?:previous\s+|last\s+)?(?:minutes|meetings?))?" + _TAIL, re.I)
_SECTION_END = re.compile(r"^\s*(?:new|open|agreed)(?:\s*(?:/|and|&)\s*(?:new|open))?\s+actions?"
                          r"(?:\s+(?:points?|items?))?\s*:?\s*$|^-{3,}$|"
                          r"^\s*(?:new|other|any\s+other)\s+(?:business|items?|matters)\s*:?\s*$", re.I)  # "New business"


# an item's title on a line of its own, unnumbered ("Budget monitoring", "Practice update"), not an entry's status
_TITLE_LINE = re.compile(r"(?!(?i:done|complete[d]?|closed|ongoing|open|outstanding|pending|in\s+progress|carried\s+forward)\s*$)"
                         r"[A-Z][A-Za-z'’&-]*(?:\s+[A-Za-z'’&-]+){0,4}")


def _title_line(block: Block) -> bool:
    """Whether a block is only an unnumbered item title (``_TITLE_LINE``)."""
    return block.kind == "paragraph" and _TITLE_LINE.fullmatch(block.text.strip()) is not None


def _titled_item(blocks: list[Block], j: int) -> bool:
    """Whether ``blocks[j]`` is an unnumbered title over a paragraph of its own: the next item of minutes whose
    items are not numbered ("Budget monitoring" / "The School Business Manager presented ...")."""
    return _title_line(blocks[j]) and j + 1 < len(blocks) and blocks[j + 1].kind == "paragraph" \
        and not _title_line(blocks[j + 1])


def review_sections(blocks: list[Block], arising: bool = True) -> list[range]:
    """Index ranges of the blocks under each review label (the label itself left out): the
    previous meeting's actions reviewed, and with ``arising`` also matters arising and action logs.

    A section runs to the next heading, numbered agenda paragraph (not, under a review's label, an
    item of a list numbered from one right under it), review label or line opening new actions; under
    an unnumbered label whose entries are not titled, to the next item's unnumbered title.
    """
    def is_label(block: Block) -> bool:
        text = block.text.replace("\t", " ")
        return bool(REVIEW_LABEL.match(text) or (arising and ARISING_LABEL.match(text)))

    sections: list[range] = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind in ("heading", "paragraph") and is_label(blocks[i]):
            j = i + 1
            count = 1 if REVIEW_LABEL.match(blocks[i].text.replace("\t", " ")) else 0  # the number the list of the actions
            # reviewed goes on with: "Actions from previous meeting" / "1. WC to circulate ... – complete" / "2. ..."
            label_number = re.match(r"\s*(?:item\s+)?(\d{1,2})\b(?!/)", blocks[i].text, re.I)
            after_label = int(label_number.group(1)) + 1 if label_number else 0  # "4. Review of actions" ... "5. Finance"
            titles_end = not re.match(r"\s*(?:item\s+)?\d", blocks[i].text, re.I) and i + 1 < len(blocks) \
                and not _title_line(blocks[i + 1])  # "Actions from the last meeting" / "AP12 ... - done" / "Practice update"
            while j < len(blocks) and blocks[j].kind != "heading" and not is_label(blocks[j]) \
                    and not _SECTION_END.match(blocks[j].text):
                listed = count and count != after_label and (count > 1 or j == i + 1)
                if listed and re.match(rf"\s*{count}[.)]\s", blocks[j].text):
                    count += 1  # an item of a list numbered from one under the label, not the next agenda item
                elif blocks[j].kind == "paragraph" and (AGENDA_ITEM.match(blocks[j].text) or _MINUTE_ITEM.match(blocks[j].text)
                                                        or titles_end and _titled_item(blocks, j)):
                    break
                j += 1
            if j > i + 1:
                sections.append(range(i + 1, j))
            i = j
            continue
        i += 1
    return sections
