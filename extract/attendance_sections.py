"""Where an attendance section starts and ends, and the entries its layout gives.

Labels ("Present", "Apologies", ...), lines broken inside a name, run-on paragraphs holding several
labels, tables and one-a-line lists: ``_sections`` reads them into ``_Section``s of ``_Entry``s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from minutes.extract import cues
from minutes.extract.blocks import AGENDA_ITEM, attendance_label
from minutes.extract.names import LOWER, NOT_SURNAMES, TITLE as _TITLE, UPPER, find_people, first_names
from minutes.extract.person_entry import _COUNCIL_BEFORE_TITLE, _ONLY_INITIALS, ROLE_WORDS, _STAFF_ROLE, _Entry, _initials_prefix, _looks_like_person
from minutes.extract.presence import RESIGNED, SUBJECT_VERB, sentence_start as presence_sentence_start
from minutes.extract.run_on_lists import _LIST_TITLE, _SENTENCE_END, _split_run_on, _unglued
from minutes.ingest.document import Block, Cell

# why someone was away, after the name on an apologies line: "A Potter unav.", "J Smith - holiday"
_REASON = re.compile(r"(?:\s+[-–]\s*|\s*[(,]\s*|\s+)(?:unav(?:ailable)?|ill(?:ness)?|sick(?:ness)?|on\s+holiday|holiday|"
                     r"work(?:\s+commitments?)?|other\s+commitments?|prior\s+engagement|family\s+commitments?|"
                     # "Cllr A Bell for personal reasons", "Cllr C Dunn due to a prior commitment"
                     r"(?:for|due\s+to)\s+(?:a\s+|an\s+)?(?:(?:personal|family|work|health|medical|business)\s+reasons|"
                     r"(?:prior|previous|other|work|family|personal|business)\s+(?:commitments?|engagements?)|illness|holiday))\.?\)?\s*$", re.I)
_HEADER_CELL = re.compile(r"^(name|names|organisation.*|organization.*|role|title|position|representing|"
                          r"partnership|agency|job title|designation|councillors?|members?|governors?|trustees?)$", re.I)
# a verb with its object in a line's first sentence: "Cllr C Edwards – Chair started the meeting.": prose, no list line
_ACTS = re.compile(r"\s(?-i:[a-z]{3,}ed)\s+(?:the|a|an|that|his|her|their|its|this)\s|"
                   # "Messrs A, B & C declared potential interest in ...": the declarations after the apologies
                   r"\sdeclared\s+(?:(?:potential|personal|pecuniary|prejudicial|non-pecuniary|disclosable|other)\s+)+interests?\b|"
                   # "Ann Bell Joe Dunn were not able to be present.": who did not come, in a sentence after the list
                   r"\s(?:was|were)\s+(?:unable|not\s+able)\s+to\s+(?:attend|be\s+present)\b")
# ("An apology had been received from Cllr X" after "APOLOGIES.")
_LABEL_GOES_ON = re.compile(r"(?:(?:(?:These|They|Those|An\s+apology|Apologies)\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?|(?=[Rr]eceived\s))"  # "Received from Cllr X" too
                            r"(?:[Rr]eceived|given|tendered|submitted|noted|recorded)"
                            r"(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|on\s+behalf\s+of|in\s+respect\s+of|by)\s*:?\s*[-–]?\s*(?=[A-Z])")
_HEADER_WORDS = re.compile(r"(?:(?:name|names|organisation|role)\s*)+", re.I)  # "Name Name Name Name": a flattened header row
# a group's heading inside a list: "Representing NHS Highland (NHSH):", "Non school members"
_SUB_LABEL = re.compile(r"^[A-Z][^.:;]{2,80}:\s*$|^(?:[A-Z][\w’'-]*\s+){0,3}(?i:members|officers|councillors|representatives|"
                        r"governors|observers|substitutes)\s*$")
# the words of an item's heading, never of a group's heading inside a list ("Treasurer's Report:", "Matters Arising:")
# (not "Minutes:", which in a list may say who took them: "Minutes: Jo Bell")
_ITEM_HEADING = re.compile(r"^[^:\n]{0,60}\b(?:[Rr]eports?|REPORTS?|[Mm]atters\s+[Aa]rising|MATTERS\s+ARISING|[Cc]orrespondence|"
                           r"CORRESPONDENCE)\s*:")
# how the people listed after it attended: "Via Zoom; ", "Online: ", "By telephone - "
_MODE_PREFIX = re.compile(r"^\s*(?:(?:attending\s+)?(?:via|by|on)\s+(?:zoom|teams|skype|webex|video(?:\s+link)?|telephone|phone)|"
                          r"online|remotely|in\s+person)\s*[;:,–-]\s*(?=[A-Z])", re.I)
_LIST_FOLLOWS = re.compile(r"\b(?:from|following)\s*:?\s*[-–]?\s*$", re.I)  # "... had been received from: -"
_ITEM_NUMBER = re.compile(r"^\s*(?:item\s+)?\d{1,3}(?:\.\d{1,2})?[./]?\s*$", re.I)  # "155." or "1/" alone: the next agenda item
# a minute's reference alone in a table's first cell, as Word minutes set them: "12/61", "FC/19/101", "Min 23.4"
_MINUTE_REF = re.compile(r"^\s*(?:(?:item|min(?:ute)?)\.?\s+(?:no\.?\s*)?)?(?:[A-Z][A-Za-z&]{0,5}\s?/\s?)?\d{1,4}"
                         r"(?:\s?[/.]\s?\d{1,4}){0,2}[a-z]?[.:)/]?\s*$", re.I)
# a minute's reference with a slash at the start of its text ("19/5 Councillors A and B", "FC/19/101 Cllr A")
_LEADING_REF = re.compile(r"^\s*(?:[A-Z][A-Za-z&]{0,5}\s?/\s?)?\d{1,4}\s?/\s?\d{1,4}(?:\s?/\s?\d{1,4})?[.:)]?\s+(?=\S)")
# the first header cell of a table that lists no people: an action log, the minutes' items
_OTHER_TABLE = re.compile(r"^\s*(?:actions?(?:\s+points?)?|agreed\s+actions?|agenda\s+items?|items?|ref(?:erence)?\.?|minute(?:\s+no\.?)?|"
                          r"no\.?|issues?|tasks?|decisions?)\s*:?\s*$", re.I)
# the column of an attendance register that says who came: "Name | Category | Attendance"
_REGISTER_COLUMN = re.compile(r"^\s*(?:attendance|attended|present\??)(?:\s*\([^()]{1,12}\))?\s*$", re.I)  # "Attended (Y/N)" too
# "(1)", "a)": a footnote marker alone; "(Chair)": a note alone on the line under the name it belongs to
_MARKER_LINE = re.compile(r"^\s*(?:\(\w{1,3}\)|\w{1,2}[.)]|[*†‡§]+|\([A-Z][\w -]{1,30}\))\s*$")
# "Key: P = present, A = apologies", "(FTG) Foundation Trustee Governor; (SG) Staff Governor": a legend, no one
_KEY_LINE = re.compile(r"^\s*(?i:key)\s*:|^\s*\([A-Z]{1,6}\)\s+[A-Z][\w’' -]+(?:;\s*\([A-Z]{1,6}\)\s+[A-Z][\w’' -]+)+;?\s*$")
# (the legend: two or more abbreviations explained in one line, so that "(JS) John Smith" stays a person)
# a table's initials column flattened into lines of their own: "JJ", "RTh", "VCSA / HH"
_CODES_LINE = re.compile(r"^\s*[A-Z]{1,5}[a-z]?(?:\s*/\s*[A-Z]{1,5}[a-z]?)*\s*$")


# compiled once (a pattern given as a string costs a lookup in re's cache on each call)
_LONG_WORD = re.compile(r"[A-Za-z]{3,}")


@dataclass
class _Section:
    """One attendance section: its status, the entries the layout gives, and the text it covers."""

    status: str
    entries: list[_Entry] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


# (the hyphen first, the letter before it then: the regex engine scans for a hyphen instead of trying the look-behind
# at every character)
_LINE_HYPHEN = re.compile(r"-(?<=[{L}]-)$".format(L=LOWER))  # "Cllr Anna Stirling-" / "Reed (Chair), ...": one surname
_LINE_GOES_ON = re.compile(r"[{U}][{L}]+\b".format(U=UPPER, L=LOWER))
# a list wrapped inside an entry's bracketed organisation: "Present: Jo Bell (Chair), Mark Dunmore (Westshire" / "County
# Council), Ann Fitch (Police), ..."
_LINE_OPEN_NOTE = re.compile(r"\([^()]{1,60}$")
_LINE_CLOSES_NOTE = re.compile(r"[^()]{1,60}\)")
_NOTE_CLOSED = re.compile(r"[^()]{1,60}\)\s*[,;]\s*(?=[A-Z])")
# a list wrapped inside a name: "Present: Ann Smythe (Chair), Tom" / "Winton (Treasurer), Mary Jonas": a first name after a
# separator ends the line, and the next line starts with the surname, which a separator or the line's end follows
# (after the person's initials, if any: "Paul" / "Badman PB, Sally Wood SW")
_LINE_FIRST_NAME = re.compile(r"(?:^|[,;:&]|\band)\s*(?P<first>[{U}][{L}]+)$".format(U=UPPER, L=LOWER))
_LINE_SURNAME = re.compile(r"(?P<surname>[{U}][{L}]+(?:-[{U}][{L}]+)?)(?:\s+[A-Z]{{2,3}})?\s*(?P<after>[,;(&]|and\b|$)".format(U=UPPER, L=LOWER))


def _rejoined(blocks: list[Block]) -> list[Block]:
    """The blocks with a line that breaks a name joined to the next line: a hyphen inside a word ("Stirling-" /
    "Reed"), or a first name after a list's separator ("..., Tom" / "Winton (Treasurer), ..."; not a first name alone
    at the next line's end: "Tom" / "Dick", a list of first names). The line break becomes spaces, so offsets hold.
    A label that ends a line is split off into a block of its own."""
    joined: list[Block] = []
    for block in blocks:
        last = joined[-1] if joined else None
        if last is not None and last.kind == block.kind == "paragraph" and _broken_name(last.text, block.text):
            joined[-1] = replace(last, text=last.text + " " * (block.start - last.end) + block.text, end=block.end)
        else:
            joined.append(block)
    return [part for block in joined for part in _label_split_off(block)]


_RUN_ON = 200  # a paragraph longer than this may hold several labels and their lists run on (_inline_sections)
# a label that a flattened table put at the end of the row before its list: "Sally Jones (PCT) Vera Bart (GOL) Apologies:"
# (a space first, then the label's first letters after it, then the look-behind ending with that space: the regex engine
# scans for spaces instead of trying the look-behind at every character, 4 times faster; the same for the next)
_TRAILING_LABEL = re.compile(r"\s(?=\s*(?:A[pbl]|In))(?<=[\w)]\s)\s*(?=(?-i:Apologies|Absent|In [Aa]ttendance|Also [Pp]resent)"
                             r"(?:\s+for\s+[Aa]bsence)?\s*:\s*$)")


# ... or a sentence of apologies after the list it ends: "... and County Coun. Mair Evans. Apologies received from
# Owen Lloyd, Rhys Price and PCSO Ann Jenkins."
# (its wording, "Apologies (for absence) (were) (received) from", turns a present sentence to apologies after a comma
# or semicolon too: _TURN_TO_APOLOGIES)
_APOLOGIES_FROM = r"Apologies\s+(?:for\s+absence\s+)?(?:(?:were|had\s+been|have\s+been)\s+)?(?:received\s+)?from\s+"
_APOLOGIES_SENTENCE = re.compile(r"\s(?=\s*Apologies\s)(?:(?<=[a-z]{2}\.\s)|(?<=\)\.\s))\s*(?=" + _APOLOGIES_FROM +
                                 r"(?:(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr)\.?\s+)?[A-Z])|"
                                 # ... or the next item's number before it, on a flattened page: "In the Chair – Councillor
                                 # A Bell 40.Apologies Apologies for absence were received from ..."
                                 r"\s(?=\d)(?<=[a-z)]\s)(?=\d{1,3}\.\s?Apologies\s+" + _APOLOGIES_FROM + r")")


def _label_split_off(block: Block) -> list[Block]:
    """``block``, or the text before a label that ends it (``_TRAILING_LABEL``) or a sentence of apologies
    (``_APOLOGIES_SENTENCE``) and the rest from there, as two blocks."""
    if block.kind != "paragraph":
        return [block]
    cut = _TRAILING_LABEL.search(block.text) if len(block.text) <= _RUN_ON else None
    if cut is None and "Apologies" in block.text:  # (the word both its branches hold)
        cut = _APOLOGIES_SENTENCE.search(block.text)
    if cut is None:
        return [block]
    at = cut.end()
    return [replace(block, text=block.text[:cut.start()], end=block.start + cut.start()),
            replace(block, text=block.text[at:], start=block.start + at)]


def _broken_name(line: str, following: str) -> bool:
    """Whether ``line`` ends inside a name that ``following`` completes (see :func:`_rejoined`), or inside a
    bracketed note that ``following`` closes ("Mark Dunmore (Westshire" / "County Council), Ann Fitch ...")."""
    if _LINE_OPEN_NOTE.search(line):
        return bool(_LINE_CLOSES_NOTE.match(following))
    if _LINE_HYPHEN.search(line):
        return bool(_LINE_GOES_ON.match(following))
    surname = _LINE_SURNAME.match(following)  # first: it is anchored, and rarely matches
    first = _LINE_FIRST_NAME.search(line.rstrip()) if surname else None
    return bool(first and surname and first.group("first").lower() in first_names()
                and surname.group("surname").lower() not in NOT_SURNAMES | ROLE_WORDS
                and (surname.group("after") or surname.group("surname").lower() not in first_names()))


def _recased(text: str, least: int = 3) -> str:
    """An upper-case list in title case, letter for letter ("MR. J. RICKMAN (CHAIRMAN)" -> "Mr. J. Rickman
    (Chairman)", "K McDONALD" -> "K McDonald"), so the name finder reads it; offsets are unchanged. Other
    text (fewer than ``least`` words in capitals, or under half) as it is."""
    words = _LONG_WORD.findall(text)
    if sum(w.isupper() for w in words) < max(least, len(words) / 2):
        return text
    return re.sub(r"[A-Z][A-Z]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), text)


def _status(label: str) -> str:
    label = re.sub(r"(?<=\b\w) (?=\w\b)", "", label)  # "A P O L O G I E S"
    if re.search(r"attend\w*\s+(?:and|&)\s+apolog", label, re.I):
        return "present"  # "Attendance and Apologies:": those present first, the apologies under a label of their own
    return "apologies" if re.search(r"apolog|ymddiheur|absen[tc]|excused|non-attendance|not\s+(?:present|attending|in\s+attendance)", label, re.I) \
        else "present"


# a label written letter-spaced, as headings often are: "P R E S E N T:-", "A P O L O G I E S"
_SPACED_LABEL = re.compile(r"^\s*(?:" + "|".join(r"\s+".join(" ".join(word) for word in label.split()) for label in
                                                 ("PRESENT", "ALSO PRESENT", "IN ATTENDANCE", "APOLOGIES", "ABSENT"))
                           + r")\s*[:.\-–]*")


# the end of a sentence in an attendance list (see presence._FULL_STOP for prose)
# the next label in the same line, after a semicolon or a comma: "Present: A, B; Apologies: C, D"
# or after a space, capitalised: "Present: Cllr A, Cllr B In attendance: Ann Bell, Clerk" (two columns run into one line)
# or right after a full stop
_LABEL_AFTER_LIST = re.compile(r"[;,]\s*(?=(?i:apologies(?:\s+for\s+absence)?|in\s+attendance|also\s+present|absent|"
                               r"present|officers(?:\s+present)?)\s*:)|"
                               r"\s(?=(?:Apologies(?:\s+for\s+[Aa]bsence)?|In\s+[Aa]ttendance|Also\s+[Pp]resent|Absent|"  # "... residents Apologies – X"
                               r"Resignations?|Retirements?)(?:\s*:|\s+[-–—]\s))|"  # "Apologies: SM Resignation: X": who left the body, no apology
                               # ... or, in a run of names with no punctuation at all, before a full name: "Present Ann Bell
                               # Ray Cole Apologies Carol Top Ian Gregg" (two lists flattened into one line)
                               r"\s(?=Apologies\s+(?:(?:Cllrs?|Councillors?|Mrs?|Ms|Dr)\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z])|"
                               # ... or glued to the full stop after the last name, the line break lost: "... Steve Bell.Apologies-
                               # Jo Hill, Ray Cole" (after a word's end, not an initial's: "A.Apologies" stays a name's)
                               r"(?<=[a-z]{2}\.)(?=(?:Apologies(?:\s+for\s+[Aa]bsence)?|Absent|In\s+[Aa]ttendance|Also\s+[Pp]resent)\s*[:\-–—])")
# who left the body, after the apologies ("Resignation: Alan Cole", "Retirements - ..."): not absent from the meeting
_LEFT_BODY = re.compile(r"^\s*(?:resignations?|resigned|retirements?)\b(?!\s+(?:was|were|is|are|had|has)\b)", re.I)
_CHAIR_LABEL = re.compile(r"^\s*(?:presiding|in\s+the\s+chair|chair(?:man|person)?)\b", re.I)
_ROLE_LABEL = re.compile(r"(?i:(?:parish\s+|town\s+|deputy\s+)?clerk|(?:vice[- ])?chair(?:man|person)?|secretary|treasurer|"
                         r"minutes|minute[- ]taker|rfo)\s*:")
_POST = (r"(?:(?:Vice|Deputy)[- ]?[Cc]hair(?:man|person|woman)?|(?:(?:Vice|Deputy)[- ]?)?(?:Chair(?:man|person|woman)?|Mayor)|"
         r"(?:Parish\s+|Town\s+|Locum\s+|Deputy\s+|Assistant\s+)?Clerk|Secretary|Treasurer|RFO|Minute[- ]?[Tt]aker)")
_ROLE_DASH = re.compile(r"^(?:The\s+)?" + _POST + r"\s+[-–—]\s*(?=[A-Z])")  # "Chairman - Cllr A Belling", "The Deputy Mayor – Cllr M Hale"
# a post before a member's name in a list ("Chairman Ann Bell, Vice Chairman Joe Dunn, ... and Clerk - Sue Hart") or on
# a line of its own ("Parish Clerk- A Hart")
_POST_LEAD = re.compile(r"(?:The\s+)?" + _POST + r"(?:\s*[-–—]\s*|\s+)(?=[A-Z])")
# a post or two, a comma, and a name, perhaps with a note, and nothing more: "Vice-chairman & Treasurer, Joe Bell (Kinross)"
# (not "Chairman, Cllr A reported that ...": prose)
_ROLE_COMMA = re.compile(r"^" + _POST + r"(?:\s*(?:&|and)\s*" + _POST + r")?,\s+(?=[A-Z](?:[^a-z()]|\([^()]*\)|(?<![\s(a-z])[a-z]+)*$)")
# a group's heading in parentheses before the titled names of the group: "(Officials)Mr L Hall, Chief Executive..."
_GROUP_IN_BRACKETS = re.compile(r"^\([A-Z][a-z]+(?:\s+[A-Za-z]+){0,3}\)\s*(?=(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor)\.?\s+[A-Z])")
# a body's name before its people, on one line: "Steering Committee - Ann Bell Co-Chair, Joe Dunn, ...", "County Council
# Cllr A Bell Mr C Dunn" (a "Body | People" table flattened)
_GROUP_DASH = re.compile(r"^[A-Z][\w’'&]*(?:\s+(?:[A-Z][\w’'&]*|and|of|&)){0,4}\s+[-–—]\s+(?=[A-Z][^,]*,)")
_GROUP_BEFORE_TITLE = re.compile(r"^[A-Z][a-z][\w’'&]{2,}(?:\s+(?:[A-Z][a-z][\w’'&]{2,}|and|of|&)){0,4}?\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z])")
_NO_ONE = re.compile(r"(?i:no\s+(?:rep|reps|representative|representation|one|working\b.*)|none|vacant|vacancy)\.?\s*")
_SENT_APOLOGIES = re.compile(r"(?:^|[,;]\s*|\s)(?i:apologies|apols)(?:\s+(?:from|received\s+from))?\s*:?\s+(?=[A-Z])")


_REF_TAIL = re.compile(r"\(?(?i:ref(?:erence)?|min(?:ute)?)\.?\s*(?i:no\.?)?\s*:?\s*[A-Za-z]{0,5}/?\d[\w/.-]*\)?")  # "Ref 19/046": the item's reference


def _label(block: Block) -> re.Match | None:
    """An attendance label that starts ``block`` and is followed by nothing, a colon, or a name."""
    if block.kind == "table_row":  # the label alone in the first cell: "Present:" | name | organisation
        first = block.cells[0].text
        m = attendance_label(first)
        if not m or first[m.end():].strip():
            return None
        second = block.cells[1].text if len(block.cells) > 1 else ""
        return m if not second or first.rstrip().endswith(":") or _looks_like_person(_recased(second, least=1)) \
            or any(p.title for p in find_people(second[:120])) \
            or _LABEL_GOES_ON.match(second) else None  # "Present | The Mayor, Cllr. D. Hobson", "Apologies | Received from A"
    m = attendance_label(block.text) or _SPACED_LABEL.match(block.text)
    if not m:
        return None
    rest = re.sub(r"^(?:members|councillors)\s*:\s*", "", block.text[m.end():].strip(), flags=re.I)  # "PRESENT Councillors: ..."
    if not rest or _REF_TAIL.fullmatch(rest) or m.group(0).rstrip().endswith((":", "-", "–", "from", "behalf of", " by")) \
            or _TITLE.match(_POST_BEFORE_TITLE.sub("", rest, count=1)) \
            or _looks_like_person(rest) or attendance_label(rest) \
            or re.match(r"[Tt]he\s+[A-Z]", rest) and any(p.title and p.quote_start < 40 for p in find_people(rest[:120])) \
            or _STAFF_ROLE.match(rest) \
            or re.search(r"(?:councillors|cllrs)\s*$", m.group(0), re.I) and re.match(r"[A-Z][a-z]", rest) \
            or m.group(0).rstrip().endswith(".") and _status(m.group(0)) == "apologies" and _leading_names(rest) \
            or _LABEL_GOES_ON.match(rest):  # "Apologies; were received from Cllr X", "Apologies. Received from X"
        return m  # "Present The Mayor, Cllr. D. Hobson (in the chair)", "Also present the Clerk Ann Bell", "ALSO PRESENT Town
        # Clerk Ann Bell", "PRESENT Councillors Smith (Mayor), Jones": a post, or surnames after a plural title ("Present.
        # Chairman Cllr. E. Vane, ...": the chair's post before it)
    return None


_TITLE_POST = re.compile(r"\b(?i:councill?or|cllr)\s*:\s*$")  # a post label that ends in a title: "District Councillor:"
_ONE_NAME = re.compile(r"[{U}][{L}]+\s+(?:Mc|Mac|O['’])?[{U}][{L}]+(?:-[{U}][{L}]+)?".format(U=UPPER, L=LOWER))


def _group_heading(text: str) -> re.Match | None:
    """A body's name that opens a line of its people ("Steering Committee - ...", "County Council Cllr ..."), not a
    name ("John Smith - Clerk"), a title ("Councillors Mrs A Bell", "Cty Cllr C Dunn") nor a post ("Chairman Cllr A
    Bell", "Parish Clerk Mrs C Dunn")."""
    head = _GROUP_DASH.match(text) or _GROUP_BEFORE_TITLE.match(text)
    words = head.group(0).strip(" -–—") if head else ""
    if not words or _TITLE.match(text) or _looks_like_person(words) or _ROLE_LABEL.search(words) \
            or _POST_BEFORE_TITLE.match(text) or _STAFF_BEFORE_TITLE.match(text):
        return None
    return head


# a post's letters, then a name and its initials in brackets: "ACFO Ann Bell (AB)", "PFCC Joe Dunn (JD)"
_POST_LETTERS = re.compile(r"^[A-Z]{2,5}\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\s*\((?P<initials>[A-Z]{2,3})\)\s*$")


def _post_letters(text: str) -> int | None:
    """Where the name starts, in a line of a post's letters before a name whose initials in brackets match it
    ("CFO Ann Bell (AB)"); None for any other line."""
    m = _POST_LETTERS.match(text)
    return m.start("name") if m and "".join(w[0] for w in m.group("name").split()) == m.group("initials") else None


def _title_alone(text: str) -> bool:
    """Whether a line holds a title and nothing else ("Chief Superintendent"): the title of the name on the next line."""
    title = _TITLE.match(text.strip() + " ")
    return bool(title) and title.end() >= len(text.strip())


def _without_item_number(block: Block) -> Block:
    """A table row without its first cell when that holds only the item's number and an attendance label
    follows ("296 | Apologies | Cllr X"); any other numbered row is the next agenda item, which ends a list."""
    if block.kind == "table_row" and len(block.cells) >= 3 and _ITEM_NUMBER.match(block.cells[0].text):
        rest = block.cells[1].start
        labelled = replace(block, cells=block.cells[1:], start=rest, text=block.text[rest - block.start:])
        return labelled if _label(labelled) else block
    if block.kind == "table_row" and len(block.cells) == 2 and _MINUTE_REF.match(block.cells[0].text):
        minute = replace(block, kind="paragraph", cells=())  # "FC/19/101 | APOLOGIES FOR ABSENCE Apologies were received from ..."
        return minute if _label(minute) else block
    return block


# a table's column headings flattened between the label and the first titled name, with any key of its absence
# column: "In Attendance A = Absent Name Initial Category Mr D Bell ...", "Present: Name Role Mrs A Lowe ..."
_TABLE_HEADINGS = re.compile(r"(?:\s*(?:[A-Z]\s*=\s*(?i:absent|present|apologies)\b|/|(?i:names?|initials?|category|role|"
                             r"organi[sz]ation|representing|position|designation|governor|staff|in\s+attendance)\b))+"
                             r"\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Prof|Rev|Cllr|Councillor)\.?\s+[A-Z])")
_HEADING_WORD = re.compile(r"(?i:names?|initials?|category|role|organi[sz]ation|representing|position|designation)\b|=")


def _without_table_headings(block: Block) -> Block:
    """``block`` with a table's column headings after its attendance label blanked out (``_TABLE_HEADINGS``: the
    same length, so offsets hold): neither a name nor, in "A = Absent", the apologies' label."""
    label = attendance_label(block.text) if block.kind == "paragraph" else None
    headings = _TABLE_HEADINGS.match(block.text, label.end()) if label else None
    if headings is None or not _HEADING_WORD.search(headings.group(0)):
        return block
    return replace(block, text=block.text[:headings.start()] + " " * len(headings.group(0)) + block.text[headings.end():])


_POST_BEFORE_TITLE = re.compile(r"(?i:(?:vice[- ])?chair(?:man|woman|person)?)\s+(?=(?i:councillor|cllr)\b)")
# a post, then the title and name of who holds it: "The Clerk Mr P. Dale, Finance Officer Mrs R. Lowe, ..."
_STAFF_BEFORE_TITLE = re.compile(r"(?:The\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?:Clerk|Officer|Manager|Secretary|Treasurer)\s+"
                                 r"(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z])")
# (or a motion: "PROPOSED: Acceptance of apologies: A SECONDED: B", whose mover and seconder came)
_CLAUSE = re.compile(r"\b(?i:was|were|is|are|it|resolved|agreed|proposed|seconded)\b")
_BY_ITEM = re.compile(r"^\s*(?:agenda\s+)?items?\s*$|^\s*officers?\s+(?:attending|present|in\s+attendance)\s*$", re.I)
_MEMBERSHIP = re.compile(r"^\s*(?:[\w’'-]+\s+){0,2}membership\s*:?\s*$", re.I)  # "MEMBERSHIP:", "Council Membership"
_MEMBERS_LABEL = re.compile(r"\s*(?:(?:board|committee)\s+)?members\s*:?\s*", re.I)  # not "Members present:"
_SUMMONS = re.compile(r"\b(?:will|is\s+to|are\s+to)\s+be\s+held\b|\bsummoned\s+to\s+attend\b", re.I)  # an agenda's notice
_ATTENDED = re.compile(r"present|attend|apolog|absent", re.I)  # a label that says who came (or did not)
_CAME = re.compile(r"visitor|guest|public|observer|invitee|press", re.I)  # a group that came to watch or to speak


# a paragraph that opens by saying its people were away: "Received from Cllrs A and B.", under a heading the text lost
_ABSENCE_OPENS = re.compile(r"\s*(?:(?:apologies\s+(?:were\s+)?)?received\s+from|apologies|absent)\b", re.I)


def _sections(blocks: list[Block], unlabelled: bool = True) -> list[_Section]:
    """Every attendance section: after a label, its entries and the text they come from. A run of
    three or more name lines before any label or agenda item is an unlabelled list of those present."""
    sections: list[_Section] = []
    section: _Section | None = None
    misses = 0
    agenda_seen = False
    header: list[str] = []  # the column names of the section's table ("Name | Organisation | Role")
    membership = False  # under a "Membership:" heading: who sits on the body, not who came
    columns: list[_Section] = []  # under a "Present | Apologies" header row: one section per column
    by_item: _Section | None = None  # the section whose officers are listed by the agenda item they attended
    label_at = -1  # the index of the last label's block
    by_group = False  # the section is a group's under the label above ("Apologies" / "Councillors: A" / "Officers: B")
    alone = False
    unlabelled_present = not any(_PRESENCE_LABEL.match(b.text) for b in blocks)  # no label of those present anywhere
    # where the paragraph after an unlabelled paragraph list of those present is the apologies whose label was lost
    apologies_at = -1
    absence_unsaid = unlabelled and unlabelled_present and not any(_ABSENCE_WORD.search(b.text) for b in blocks)
    for i, block in enumerate(blocks):
        block = _without_table_headings(_without_item_number(block))
        ref = _LEADING_REF.match(block.text) if section is not None and not section.entries and block.kind == "paragraph" else None
        if ref:  # "Item 1: Apologies for Absence." / "19/5 Councillors A, B and C.": the label's minute, under its reference
            block = replace(block, text=block.text[ref.end():], start=block.start + ref.end())
        mode = _MODE_PREFIX.match(block.text) if section is not None and block.kind == "paragraph" else None
        if mode:  # "Via Zoom; Peter Bell (PB)": how the people after it attended, a group's heading
            block = replace(block, text=block.text[mode.end():], start=block.start + mode.end())
        label = _label(block)
        if _MEMBERSHIP.match(block.text) or label and _MEMBERS_LABEL.fullmatch(label.group(0)) \
                and any(_SUMMONS.search(b.text) for b in blocks[max(0, i - 3):i]):
            membership, section = True, None  # "Members: ..." under "A meeting ... will be held on ...": an agenda's
            continue
        if membership and label and not _ATTENDED.search(label.group(0)):
            continue  # "Chair: Councillor A Hone", "Councillors: ..." in the list of members
        membership = membership and not label and not AGENDA_ITEM.match(block.text) and block.kind != "heading"
        if label and _CHAIR_LABEL.match(label.group(0)) and not any(
                (near := _label(b)) and not _CHAIR_LABEL.match(near.group(0)) for b in blocks[max(0, i - 3):i + 4]):
            label = None  # "Chairman: X" counts among attendance labels, not in a list of officers elected
        inline = _inline_sections(block, None) if label and block.kind == "paragraph" and len(block.text) > _RUN_ON \
            and re.fullmatch(r"[A-Z ]+", label.group(0).strip()) else []
        if len(inline) > 1 and inline[0].spans[0][0] - block.start <= label.end():
            sections += inline  # "PRESENT A B Convenor C ... IN ATTENDANCE D ... APOLOGIES E F": labels in capitals, no colon
            section = None
            continue
        if label:
            status = _status(label.group(0))
            # a group's label says whose, not who came: "Apologies were received from" / "Cllrs: Mr A Yeo, ...", and each
            # group's after it ("Apologies" / "Councillors: A" / "Officers: B"), unless the group came ("Visitors: C")
            group = not _ATTENDED.search(label.group(0))
            if section is not None and group and (not section.entries and label_at == i - 1 or by_group and status == "present"
                                                  and not _CAME.search(label.group(0))):
                status = section.status
            by_group = section is not None and group and status == section.status
            section, misses, header, label_at = _Section(status), 0, [], i
            sections.append(section)
            if block.kind != "table_row":
                part = block
                while True:
                    entries, end = _label_sentences(part)
                    section.entries += entries
                    section.spans.append((part.start + label.end(), end))
                    part = replace(block, text=block.text[end - block.start:], start=end)  # the next label's sentences
                    label = attendance_label(part.text) if end < block.end else None
                    if not label or not label.group(0).strip():
                        break
                    section = _Section(_status(label.group(0)))
                    sections.append(section)
            elif len(block.cells) > 1 and block.cells[1].text:
                cell = block.cells[1]
                lead = _LABEL_GOES_ON.match(cell.text)
                if lead:  # "Apologies | Received from A, B and C": the label's own words go on in the cell
                    cell = replace(cell, text=cell.text[lead.end():], start=cell.start + lead.end())
                parts = _split_run_on(cell.text, cell.start) if len(block.cells) == 2 else []
                # "Present | Cllr A Smith (Chair), Cllr B Jones, Mary White (Police)": a list in one cell
                section.entries += parts if len(parts) >= 2 and _several_people(cell.text, parts, _TITLE.match(cell.text)) \
                    else [_row_entry([cell, *block.cells[2:]])]
                section.spans.append((cell.start, block.end))
            continue
        if block.kind == "paragraph" and (len(block.text) > _RUN_ON or _may_open_label(block.text)):
            inline = _inline_sections(block, blocks[i + 1] if i + 1 < len(blocks) else None)
            if inline:
                sections += inline
                section = None
                continue
        if block.kind == "table_row" and len(block.cells) > 1 and _HEADER_CELL.match(block.cells[0].text) \
                and any(_REGISTER_COLUMN.match(c.text) for c in block.cells[1:]):
            section, misses, header = _Section("present"), 0, [c.text for c in block.cells]  # a register: each row says
            sections.append(section)
            continue
        if section is not None and block.kind == "table_row" and all(_BY_ITEM.match(c.text) for c in block.cells if c.text.strip()):
            by_item = section  # "Agenda Item | Officer Attending": each row below, the item and who came for it
            continue
        if section is not None and block.kind == "table_row" and _OTHER_TABLE.match(block.cells[0].text) \
                and not any(_HEADER_CELL.match(c.text) for c in block.cells[1:]):  # (not "No. | Name | Organisation")
            section = None  # "Action | Owner | Date": the next table is not the list
            continue
        if block.kind == "table_row" and all(_HEADER_CELL.match(c.text) or _STATUS_CELL.match(c.text) or not c.text for c in block.cells):
            header = [c.text for c in block.cells]  # "Name | Organisation | Role", "Councillor | Present | Apologies"
            statuses = [_status(c.text) if _STATUS_CELL.match(c.text) else None for c in block.cells]
            if None not in statuses and len(set(statuses)) > 1:  # "Present | Apologies": a column of names under each
                columns = [_Section(status) for status in statuses]
                sections += columns
                section = None
            continue
        if columns and block.kind == "table_row" and len(block.cells) <= len(columns):
            for k, (cell, column) in enumerate(zip(block.cells, columns)):
                if _STATUS_CELL.match(cell.text):  # "Also in attendance" down the apologies' column: its own list below
                    columns[k] = _Section(_status(cell.text))
                    sections.append(columns[k])
                elif cell.text.strip():
                    column.entries.append(_Entry(cell.text, cell.start))
                    column.spans.append((cell.start, cell.start + len(cell.text)))
            continue
        if columns and block.kind == "paragraph" and (_TITLE.match(block.text) or _looks_like_person(block.text)):
            columns[0].entries.append(_Entry(block.text, block.start))  # a row whose other cells are empty
            columns[0].spans.append((block.start, block.end))
            continue
        columns = []
        if i == apologies_at and (lost := _lost_label_apologies(block)):
            sections.append(_Section("apologies", lost, [(block.start, block.end)]))
            section, alone = None, False
            continue
        agenda_seen = agenda_seen or bool(AGENDA_ITEM.match(block.text))
        # an unlabelled run of titled names: that paragraph only (the next, unlabelled too, may be the apologies)
        after_alone, alone = alone, False
        named_run = False  # an unlabelled paragraph whose items are names: each item an entry
        if unlabelled and section is None and (not sections or after_alone) and not agenda_seen:
            short = block.kind == "paragraph" and len(block.text) < 2000  # (every entry a name: a long run is a list too)
            items = _split_run_on(block.text, block.start) if short else []
            named_run = _name_list(items)
            listed = _person_lines(blocks, i) >= 3 or named_run
            sentences = _titled_sentences(block) if short and not listed else []
            alone = not listed and (_titled_list(block, items) or len(sentences) >= 3)
            items = sentences if alone and len(sentences) > len(items) else items
            if listed or alone:
                section = _Section("apologies" if _ABSENCE_OPENS.match(block.text) else "present")
                sections.append(section)
                apologies_at = i + 1 if absence_unsaid and not sections[:-1] and len(items) >= 3 else -1
        if section is None:
            clerk = _clerk_line(block, False) if not agenda_seen and _just_after(sections, blocks, i) else None
            if clerk is not None:  # "Clerk: Ann Bell" right under the list or its apologies: the clerk was there
                sections.append(_Section("present", [clerk], [(clerk.start, block.end)]))
            continue
        if block.kind == "table_row":
            texts = [c.text for c in block.cells]
            if by_item is section and len(texts) >= 2 and _ITEM_NUMBER.match(texts[0]) and texts[1].strip():
                section.entries.append(_row_entry(block.cells[1:]))  # "4 | Sarah Quinn": who came for item 4
                section.spans.append((block.cells[1].start, block.end))
                continue
            if _MINUTE_REF.match(texts[0]):  # "59. | To receive apologies", "FC/19/101 | Cemetery": the next agenda item
                section = None
                continue
            if not texts[0].strip():
                continue
            named = [c for c in block.cells if _person_cell(c.text)]
            if not header and len(named) >= 2:  # "Borough Cllr A Bell | Clerk C Dunn | 2 Villagers": a person a cell
                section.entries += [_Entry(c.text, c.start) for c in named]
                section.spans.append((block.start, block.end))
                continue
            section.entries.append(_row_entry(block.cells, header))
            section.spans.append((block.start, block.end))
            continue
        if _BY_ITEM.match(block.text) and block.kind != "heading":  # a heading "Agenda Items" ends the list instead
            by_item = section  # "Agenda Item | Officer Attending": the numbers below are the items they came for
            continue
        if _ITEM_NUMBER.match(block.text) and by_item is section:
            continue
        if _PUBLIC_COUNT.fullmatch(block.text.strip()):
            continue  # a count of the public among those present, no agenda item: "5 Members of the Public", "2 Representatives from X"
        if block.kind == "heading" or AGENDA_ITEM.match(block.text) and not _initial_i(blocks, i, section) \
                or _ITEM_NUMBER.match(block.text) or _LEFT_BODY.match(block.text):
            section = None
            continue
        if _ITEM_HEADING.match(block.text):
            section = None  # "1601 Secretary's Report: ACTION": the next item's heading, no group's heading inside the list
            continue
        if _MARKER_LINE.match(block.text) or _SUB_LABEL.match(block.text) or _HEADER_WORDS.fullmatch(block.text) \
                or _title_alone(block.text) \
                or _KEY_LINE.match(block.text) \
                or _CODES_LINE.match(block.text) \
                or _LIST_FOLLOWS.search(block.text):
            continue  # a footnote marker, a group's heading inside the list, or a sentence the list completes
        parts = _split_run_on(block.text, block.start)
        if len(parts) >= 2 and all(_ONLY_INITIALS.match(e.text) for e in parts):  # "KT (Chair), CJ, P B, MA"
            section.entries += parts
            section.spans.append((block.start, block.end))
            misses = 0
            continue
        # "Planning Service: Ms A Brown, Planner", "X: | Y |", "Vice-Chairman - Cllr B Dorney", "(Officials)Mr L Hall, ..."
        grouped = re.match(r"^[A-Z](?:[^.:;|()]|\([^()]*\)){2,80}:\s+(?:\|\s*)?(?=\S)", block.text) \
            or _ROLE_DASH.match(block.text) or _ROLE_COMMA.match(block.text) or _GROUP_IN_BRACKETS.match(block.text) \
            or _group_heading(block.text)
        if grouped and _CLAUSE.search(grouped.group(0)):
            grouped = None  # "It was Resolved: Cllr X to chair the meeting": a sentence, no group's heading
        rest = block.text[grouped.end():] if grouped else ""
        if grouped and _NO_ONE.fullmatch(rest):
            continue  # "Balloch: No rep": a group with nobody there
        sent = _SENT_APOLOGIES.search(rest)  # "Bonhill: Jack Fordy, Apologies from Fiona Jenkins"
        if sent:
            sections.append(_Section("apologies", spans=[(block.start + grouped.end() + sent.end(), block.end)]))
            rest = rest[:sent.start()]
        # "Westdale District Councillor: Zorin X": after a post that ends in a title, one name even if its first name is unknown
        post_named = grouped and _TITLE_POST.search(grouped.group(0)) and _ONE_NAME.fullmatch(rest.strip())
        if grouped and (_looks_like_person(rest) or _TITLE.match(rest) or sent or post_named):
            if _ROLE_LABEL.match(block.text) or _ROLE_DASH.match(block.text) or _ROLE_COMMA.match(block.text) or post_named:  # "Clerk: E White": one person, whom the layout gives
                section.entries.append(_Entry(rest.strip(), block.start + grouped.end(), status="present"))
            if rest.strip(" ,;"):  # for the name finder: no entry to parse
                section.spans.append((block.start + grouped.end(), block.start + grouped.end() + len(rest)))
            misses = 0
            continue
        # "(Chair), David Robertson, ...": the list goes on; "Councillors, Mr Tim Owen (Chair), ...": a list of councillors
        # the label's sentence goes on below it: "2 Apologies" / "were received from: Councillors Mr A Evans & Mr B Thomas."
        # ("(treasurer) MR, Jacqui Knight ...": the note and the initials of the name the line before ended with)
        wrapped = re.match(r"\([^()]{1,30}\)(?:\s+[A-Z][A-Za-z]?(?:\.?[A-Z]){0,3})?\s*[,;]\s*(?=[A-Z])", block.text) or re.match(r"(?i:councillors|cllrs),\s*(?=[A-Z])", block.text) \
            or _LABEL_GOES_ON.match(block.text)
        closed = _NOTE_CLOSED.match(block.text) if i and _LINE_OPEN_NOTE.search(blocks[i - 1].text) else None
        if closed:  # "Present: | Jo Bell (Chair), Mark Dunmore (Westshire" / "County Council), Ann Fitch ...": a note goes on
            section.entries += _split_run_on(block.text[closed.end():], block.start + closed.end())
            section.spans.append((block.start + closed.end(), block.end))
            continue
        if wrapped:
            titled = wrapped.group(0)[0] not in "(wWhH"
            section.entries += _split_run_on(block.text[wrapped.end():], block.start + wrapped.end(), titled=titled)
            section.spans.append((block.start + wrapped.end(), block.end))
            continue
        if (named := _post_letters(block.text)) is not None:  # "CFO Ann Bell (AB)": a post's letters before the name
            section.entries.append(_Entry(block.text[named:], block.start + named))
            section.spans.append((block.start + named, block.end))
            misses = 0
            continue
        staff = _STAFF_ROLE.match(block.text)  # "Parish Clerk Susan Cox", not "Parish Clerk: Absent."
        staff = staff if staff and block.text[staff.end():].split(None, 1)[0].lower() in first_names() else None
        post = _POST_BEFORE_TITLE.match(block.text) or _STAFF_BEFORE_TITLE.match(block.text)  # "Chairman Councillor A Brown, ..."
        post = post or _POST_LEAD.match(block.text)  # "Chairman Ann Bell, Vice Chairman Joe Dunn, ..."
        lead = block.text[post.end():] if post else block.text
        titled = _TITLE.match(lead) or staff  # "Cllr A Brown", not "The Mayor advised that ..." nor "Mr Ormrod was elected": prose
        titled = titled if titled and re.match(r"[A-Z](?![\w’'-]*\s+(?!and\b)[a-z])", _REASON.sub("", lead[titled.end():])) else None
        acts = _ACTS.search(block.text, 0, (_SENTENCE_END.search(block.text) or re.search("$", block.text)).start()) \
            or titled and _told_outside_notes(block.text)  # "Cllrs Foy and Gage sent apologies.": a sentence
        if acts or not _looks_like_person(_recased(_REASON.sub("", _TITLE.sub("", lead)), least=1)) and not titled:
            clerk = _clerk_line(block, section.status == "apologies")
            if clerk is not None:  # "CLERK Mrs A Bell" under the apologies: the clerk was there
                section.entries.append(clerk)
                section.spans.append((clerk.start, block.end))
                misses = 0
                continue
            misses += 1
            if misses >= 2 or len(block.text) > 100:
                section = None  # prose: the list is over
            continue
        misses = 0
        parts = items if alone else parts  # (a run of titled names: its entries, every sentence's)
        several = alone or named_run or _several_people(block.text, parts, titled)
        if several and unlabelled_present and _present_after_apologies(section, label_at == i - 1, blocks[i - 1].text, parts):
            section = _Section("present")  # "Apologies: Cllr A Bell" / "Cllr C Dunn [Chair], Cllr E Frost, ...": who came
            sections.append(section)
        if several:
            section.entries += parts
        else:
            section.entries.append(_Entry(block.text, block.start))
        section.spans.append((block.start, block.end))
        section = None if alone else section
    return sections


# the clerk's line: the post (perhaps with the finance officer's), then the name: "Clerk: Ann Bell", "CLERK Mrs A Bell",
# "Parish Clerk and RFO A M Bell", "Clerk / Mr Joe Dunn Anyshire Services"
_CLERK_LINE = re.compile(r"(?P<post>(?i:(?:the\s+)?(?:(?:parish|town|deputy|assistant|locum|acting)\s+)?clerk"
                         r"(?:\s*(?:and|&|/)\s*(?:rfo|responsible\s+financial\s+officer))?))\s*(?P<mark>[:/\-–—]?)\s*(?=[A-Z])")
_CLERK_LINE_LENGTH = 80


def _clerk_line(block: Block, among_apologies: bool) -> _Entry | None:
    """The clerk's entry, present whatever the list above says, when ``block`` is a short line of the clerk's post and
    a name (``_CLERK_LINE``; not "Clerk Mrs Bell reported that ...": prose). Among the apologies, only a post set out
    as a label is ("Clerk: Ann Bell", "CLERK Mrs A Bell"; "Clerk Mrs A Bell" there is one of the apologies)."""
    if block.kind != "paragraph" or len(block.text) > _CLERK_LINE_LENGTH:
        return None
    post = _CLERK_LINE.match(block.text)
    rest = block.text[post.end():] if post else ""
    if not rest or _ACTS.search(" " + rest) or not (_TITLE.match(rest) or _looks_like_person(rest)) \
            or among_apologies and not post.group("mark") and not post.group("post").isupper():
        return None
    return _Entry(rest.strip(), block.start + post.end(), status="present")


def _just_after(sections: list[_Section], blocks: list[Block], i: int) -> bool:
    """Whether the last section read so far ends in one of the two blocks before ``blocks[i]``."""
    end = sections[-1].spans[-1][1] if sections and sections[-1].spans else -1
    return i > 0 and end > blocks[max(i - 2, 0)].start


_ABSENCE_WORD = re.compile(r"apolog|absen|ymddiheur", re.I)
_LOST_LABEL_LENGTH = 300


def _lost_label_apologies(block: Block) -> list[_Entry]:
    """The entries of a short paragraph that holds only people, perhaps with the officer last ("Cllr A Bell and the
    clerk"), right after an unlabelled paragraph list of those present at the top of minutes that never mention
    apologies or absence: the apologies, whose label (a column or an image beside the lists) the text lost."""
    if block.kind != "paragraph" or len(block.text) > _LOST_LABEL_LENGTH or _SENTENCE_END.search(block.text.rstrip(" .")):
        return []
    entries = _split_run_on(block.text, block.start)
    people = [e for e in entries if not _STAFF_ITEM.fullmatch(e.text.strip())]
    named = people and all(_TITLE.match(e.text) or _looks_like_person(e.text.strip(" .")) for e in people)
    return people if named and len(people) >= len(entries) - 1 else []


def _told_outside_notes(text: str) -> bool:
    """Whether a line says who came or not in a verb of its own ("Cllr A Bell was in the chair."),
    not in a note on one entry ("Cllr A Bell (in the Chair); Councillors Cole, Dean and Eve")."""
    folded = cues.folded(text)
    return any(folded.count("(", 0, m.start()) <= folded.count(")", 0, m.start()) for m in SUBJECT_VERB.finditer(folded))


# a label of those present, not of the public's count ("Members of the Public: None")
_PRESENCE_LABEL = re.compile(r"^\s*(?:\d{1,3}[.)]?\s+)?(?:(?:members|councillors|those|also)\s+)?(?:present|in\s+attendance|attendees|attending)\b", re.I)
_LIST_GOES_ON = re.compile(r"(?:[,;&]|\band)\s*$")


def _present_after_apologies(section: _Section, after_label: bool, label_text: str, parts: list[_Entry]) -> bool:
    """Whether a line of three or more people right after an apologies label that held its own list, complete on
    its line, lists those present: a page with no label of those present, the list under the apologies."""
    return section.status == "apologies" and after_label and len(section.entries) >= 1 and len(parts) >= 3 \
        and not _LIST_GOES_ON.search(label_text)


def _several_people(text: str, parts: list[_Entry], titled: re.Match | None) -> bool:
    """Whether an attendance line (split at its commas into ``parts``) lists several people rather
    than giving one person's entry; ``titled``: the title the line starts with, if any."""
    if _LIST_TITLE.match(text) or text.count(";") >= 2 or len(parts) == 2 and parts[0].surname:
        return True  # (a couple: "Jane and Gerald Payne")
    if len(parts) >= 2 and len(_unglued(text, 0, len(text))) == len(parts) and all(_looks_like_person(e.text) for e in parts):
        return True  # cut only where names were glued: "Suzanne HollandJane Dunlop"
    if text.count(",") >= 2 and not re.search(r"\s[-–—]\s", text) and len(text) > 60:
        # not "Mrs R Cleland, Corporate Communications Manager, Chief Executive’s Office" nor "Neil Greaves,
        # Communications Manager, Healthwatch Anyshire": one person, a role in second place
        named = [bool(_TITLE.match(e.text) or _STAFF_BEFORE_TITLE.match(e.text) or _starts_with_name(e.text)) for e in parts[1:]]
        return any(named) if titled else named[0]
    # a short run of titled names: "Cllr A Green (Chair), Cllr J Hall"; "Miss R Ellam, Mrs M Harvey, MrsHMcNeill"
    return sum(bool(_TITLE.match(e.text)) for e in parts) >= 2 \
        and sum(not _looks_like_person(_TITLE.sub("", e.text)) for e in parts) <= len(parts) // 4


# Upper-case attendance labels inside one long paragraph: a page whose columns and lines were
# flattened into one run of text ("... PRESENT Board Members: A, B ... APOLOGIES: C, D 1 WELCOME ...").
_INLINE_LABEL = re.compile(r"(?:(?<![A-Za-z])|(?<=[A-Z]{2})(?<!RE)(?=(?:PRESENT|APOLOGIES)[A-Z][a-z]))(?<!AND )(?<!& )(?:(PRESENT|ALSO PRESENT|IN ATTENDANCE|ATTENDEES?|ATTENDANCE|APOLOGIES(?: FOR ABSENCE)?|"
                           r"ABSENT)(?:\b|(?=[A-Z][a-z]))\s*:?|((?i:(?:members\s+|also\s+)?present(?:\s+(?:members|councillors|cllrs))?|in\s+attendance|attendees|"
                           r"attendance(?:\s+(?:and|&)\s+apologies)?|apologies(?:\s+for\s+absence)?|absent|clerk|minute[- ]taker|members\s+of\s+(?:the\s+)?public|"
                           r"those\s+attending|visitors|guests|"  # "... called to order at 17:55. Those attending: A, B and C.", "Visitors: D"
                           r"(?-i:(?:Board\s+|Committee\s+)?Members)))\s?:|"  # ("Present : A, B": a space before the colon)
                           r"(?<![\w-])Apologies;(?=\s*[A-Z])|"  # a semicolon for the colon: "... None Apologies; A, B Visitors: C"
                           r"(?<=[.;]\s)(Apologies(?:\s+for\s+absence)?|In\s+attendance|Also\s+present)"
                           r"(?=\s+(?:the\s+)?(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr|Clerk)[\s,])|"
                           r"(?<![\w-])(Present|In\s+[Aa]ttendance|Also\s+[Pp]resent|Apologies(?:\s+for\s+[Aa]bsence)?)"
                           r"(?=\s+(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Prof|Sir)\s+[A-Z]|"
                           r"\s+[A-Z][a-z]+\s+(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+\s+\([A-Z]{2,4}\)|"
                           r"(?:\s+[A-Z][a-z]+\s+[A-Z][\w'’-]+){3}))|"
                           r"(?<=[\w,)] )(Apologies)(?=\s+[A-Z][a-z]+\s+[A-Z][a-z])|"
                           r"(?<![\w-])(Apologies(?:\s+for\s+[Aa]bsence)?)(?=\s+[-–]\s+(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z])|"
                           r"(?<=\d )(Attendance)(?=\s+\d{1,2}(?:\.\d{1,2}){1,3}\s+[A-Z])|"
                           r"(?<=\d\.\s)((?:To\s+receive\s+)?[Aa]pologies(?:\s+(?:and\s+reasons\s+)?for\s+absence)?\.)(?=\s+[A-Z])")
# (a label in capitals the PDF's text glued between two words, no spaces kept: "... AT 7.30 PMPRESENTAnn Bell – Chair, ...")
# upper case, or any case with a colon, or "Apologies" / "In attendance" right before a title after a full stop
# ("... Roberts. Apologies Councillors ...", "... Blower. In attendance the Clerk X, ..."); not an item's
# title ("1. WELCOME AND APOLOGIES FOR ABSENCE Governors were welcomed ..."), or before a name and its initials in brackets
# ("... SUBJECT TO APPROVAL Present Drew Rowan (DR) Chair Sharon Pike (SP) Secretary ..."); or "Apologies" before a full name in a run of
# names and posts ("... Matt Moyes Business Support, BBC Apologies Patricia Reid Director of Nursing ...": a name | post
# table flattened into one line, its sections run on from the one before); or "Apologies (for Absence)" before a dash and a title
# ("... 4.2 To receive Apologies for Absence – Councillors R. Ashby and A. Lowe. ..."); or a numbered "Attendance" before its
# numbered sub-items ("1.1 Attendance 1.1.1 Councillors A (AB), B (BC) ... 1.1.2 Others ..."); or a numbered item that
# asks for the apologies and ends its own sentence, the names after it ("... 1. To receive apologies and reasons for
# absence. J Bell, K Dunn. 2. Declarations ...")
_INLINE_END = re.compile(r"\s\d{1,2}\.?\s+[A-Z][A-Z’'&,]+(?:\s+[A-Z][A-Z’'&,]+)+\b"  # "1 WELCOME AND APOLOGIES"
                         r"|\s\d{1,2}\.\s+[A-Z]{4,}\b"  # "2. APPROVAL of the MINUTES"
                         # "... M. Taylor-Smith 1. Apologies for Absence", "... Jo Bell 2 Minute of the last meeting"
                         r"|\s\d{1,2}\.?\s+(?=(?:Apologies|Declarations?|Welcome|Minutes?)\b)"
                         r"|\s(?:[A-Z][a-z]{0,4}/)?\d{1,4}/\d{2}(?:-\d{2})?\s+[A-Z]"  # a minute number: "Cou/286/07-08 Apologies"
                         r"|(?<=\.)\s\d{1,2}\.\s+[A-Z]"  # the first item after the list's full stop: "... Stradling. 1. Chairman’s"
                         r"|(?<=[a-z)]\.)\s+(?=[A-Z][a-z]+\s+[a-z]{2,}\s)"  # a sentence after it: "... Blower. This meeting was"
                         r"|(?<=[a-z)]\.)\s+(?=[A-Z][A-Z’'&]+(?:\s+[A-Z][A-Z’'&]*){2,}\b)"  # an item's title in capitals: "... Smith. ELECTION OF A CHAIRMAN"
                         r"|\s(?=[A-Z]{2,3}\s+[a-z]{3,}ed\s+(?:the|a|an|members|everyone|all)\b)")  # prose by initials: "... BB PF AB welcomed members"


# a presence label that opens a sentence inside an item's short paragraph, before a titled name: "2. Acceptance of
# Apologies: There were no apologies.Present Councillors Tonkin, Davey and Mayhew."
# ... or with a colon: "The meeting was called to order at 17:55. Those attending: A, B and C."; or after an item's
# number inside a line, a column's heading before it: "Actions 1.21/04 Attendance: Cllr. A Bell (Chair) Cllr. C Dunn ..."
_LABEL_OPENS_SENTENCE = re.compile(r"[.;]\s*(?:Present|Also\s+present|In\s+attendance)\s+(?=(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z])|"
                                   r"[.;]\s*(?:Those\s+attending|Those\s+present|Attendees|Present|In\s+attendance|Also\s+present)\s*:|"
                                   r"\s\d{1,3}(?:[./]\d{1,3}){0,2}[.)]?\s+(?:Attendance|Attendees|Present|In\s+attendance)\s*:")


def _may_open_label(text: str) -> bool:
    """Whether ``text`` holds a label that opens a sentence (``_LABEL_OPENS_SENTENCE``), tried only where the words
    each of its labels holds are ("Present", "In attendance", "Those attending", "Attendees")."""
    return ("resent" in text or "ttend" in text) and _LABEL_OPENS_SENTENCE.search(text) is not None


# a presence label right before another label, nothing between: the headings of a "Present | Apologies" table flattened
_HEADINGS_PAIRED = re.compile(r"(?<![\w-])(?i:present|attendees|attending|in\s+attendance)\s*:?\s+$")


def _inline_sections(block: Block, after: Block | None) -> list[_Section]:
    """Sections for the attendance labels inside a flattened paragraph, each running to the next
    label or numbered upper-case heading. They hold no entries: the name finder reads them. A label
    that ends the paragraph runs on into the next one, up to that one's first label."""
    labels = list(cues.finditer(_INLINE_LABEL, block.text))  # (most long paragraphs hold no label's words)
    sections = []
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(block.text)
        heading = _INLINE_END.search(block.text, m.end(), end)
        end = heading.start() if heading else end
        if m.group(4):  # "Present Mr A Bell (Chair) Cllr C Dunn ...": a title-case label, no colon: the run of names only
            end = _names_run_end(block.text, m.end(), end)
        # "... Mr D Thomas, PCC Link Officer, was in attendance.": a sentence of its own says who else was there
        told = [b for t in SUBJECT_VERB.finditer(cues.folded(block.text), m.end(), end)
                if (b := presence_sentence_start(block.text, t.start())) > m.end()]
        end = told[0] if told else end
        left = RESIGNED.search(block.text, m.end(), end)  # "Apologies: A, B, A letter of resignation ... from C": C left the body
        end = left.start() if left else end
        status, begin = _status(m.group(0)), m.end()
        if _HEADINGS_PAIRED.search(block.text, max(0, m.start() - 20), m.start()):
            cut = _second_column(block.text, m.end(), end) if status == "apologies" else None
            if cut is not None:  # "Present Apologies A, B, C Dr D": the apologies' column run on with no separator
                sections.append(_Section("present", spans=[(block.start + m.end(), block.start + cut)]))
                begin = cut
            else:
                status = "present"  # "Present Apologies A, B, C ...": two columns' headings run together, the longer list first
        if end - begin > 5:
            sections.append(_Section(status, spans=[(block.start + begin, block.start + end)]))
        elif k + 1 == len(labels) and after is not None and after.kind == "paragraph":
            more = cues.search(_INLINE_LABEL, after.text)
            sections.append(_Section(status, spans=[(after.start, after.start + (more.start() if more else len(after.text)))]))
    return sections


def _second_column(text: str, start: int, end: int) -> int | None:
    """Where the second column starts in two columns of names flattened into one run after their headings ("Ann
    Bell, Joe Dunn Dr Kay Lowe"): at the first name that follows the name before it with no separator, after names
    set apart by commas; None when no name so follows."""
    found = find_people(text[start:end])
    commas = False
    for before, after in zip(found, found[1:]):
        gap = text[start + before.end:start + after.quote_start]
        if not gap.strip() and commas:
            return start + after.quote_start
        commas = commas or gap.strip() == ","
    return None


# what may stand between two names of a run written without separators: separators, "and", notes in
# parentheses ("(Chair)"), and a few capitalised words or numbers the flattening put there ("1.", "CC",
# "OBE Private Sector"), but no prose (a word in lower case) and no sentence's end
_RUN_PROSE = re.compile(r"(?<![\w(])(?!and\b)[a-z]|[a-z]\.(?:\s|$)")


def _names_run_end(text: str, start: int, end: int) -> int:
    """Where the run of names that starts at ``start`` ends (at most ``end``): the end of the last
    name (and the note in parentheses after it) that follows the one before it with only a separator
    between them."""
    run_end = start
    for mention in find_people(text[start:end]):
        gap = re.sub(r"\([^()]{0,60}\)", "", text[run_end:start + mention.quote_start])
        if len(gap) > 40 or _RUN_PROSE.search(gap):
            break
        run_end = start + mention.end
        note = re.match(r"\s*\([^()]{0,60}\)", text[run_end:end])
        run_end += note.end() if note else 0
    return run_end


_INITIAL_SURNAME = re.compile(r"[A-Z]\.\s?[A-Z][\w’'-]+\b")  # "G. Jones", "M.Rees"


def _initial_i(blocks: list[Block], i: int, section: _Section) -> bool:
    """Whether ``blocks[i]``, which reads like a roman numeral's item ("I. Pardew", "V. Stone"), is a person whose
    initial is I, V or X in a list written one "G. Jones" a line: the entry before it is in that shape and the
    line after it starts with a name too (an agenda's "I. Introduction" follows no such list and leads into prose)."""
    return bool(section.entries and _INITIAL_SURNAME.match(section.entries[-1].text.strip())
                and _INITIAL_SURNAME.fullmatch(blocks[i].text.split("/")[0].split("(")[0].strip(" *,"))
                and i + 1 < len(blocks) and _starts_with_name(blocks[i + 1].text))


def _person_lines(blocks: list[Block], i: int) -> int:
    """How many of the blocks from ``blocks[i]`` on (up to three) are short lines that each start with a person's
    name, one after another or each but the first after a short line of its own (the person's organisation, a
    two-column list read row by row: "Sam Chapman (SC)" / "Breckland Council" / "Claire Cullen (CC)")."""
    count, gap = 0, False
    for block in blocks[i:i + 6]:
        text = block.cells[0].text if block.kind == "table_row" else block.text  # "Name | Organisation" rows too
        if len(text) > 100 and not _LIST_TITLE.match(text) or _label(block):
            break  # (a long line is a list of names when a plural title opens it: "Councillors A, B, C, ...")
        if _starts_with_name(text) or _titled_surname_line(text):
            count, gap = count + 1, False
        elif count and not gap and len(text) <= 60 and not AGENDA_ITEM.match(text) and not _ITEM_NUMBER.match(text):
            gap = True
        else:
            break
        if count == 3:
            break
    return count


# one capitalised word among full names, perhaps with a note: "..., Joe Faulds, Butch(later)" (a first name or a nickname)
_NICKNAME = re.compile(r"[A-Z][a-z]{2,}\s*(?:\([^()]{1,30}\))?\.?")


def _name_list(entries: list[_Entry]) -> bool:
    """Whether a short paragraph's ``entries`` are three or more people: "Adrian Harvey (AH), Pam Apperley (PA), Tim Over (TO)",
    perhaps with a first name alone among them ("..., Tim Over, Butch") or a post before a name ("Chairman Ann Bell")."""
    vouched = [e for e in entries if _starts_with_name(e.text[_post_lead_end(e.text):])]
    return len(vouched) >= 3 and all(e in vouched or _NICKNAME.fullmatch(e.text.strip())
                                     or len(vouched) >= 4 * len(entries) / 5 and _FULL_NAME.fullmatch(e.text.strip()) for e in entries)


def _post_lead_end(text: str) -> int:
    """Where the name starts after a post that leads ``text`` ("Vice Chairman Joe Dunn", "Clerk - Sue Hart"): 0 if none."""
    lead = _POST_LEAD.match(text)
    return lead.end() if lead else 0


# a first name the name list does not hold, and a surname, among four times as many names it vouches for ("Quenby Rowse")
_FULL_NAME = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


_PUBLIC_COUNT = re.compile(r"(?:and\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+"
                           r"(?:members?\s+of\s+the\s+(?:public|press)|parishioners|residents|electors|observers|visitors|"
                           r"representatives?\s+(?:from|of)\s+[^\d,;:()]{1,40}?)(?:\s+(?:present|attended|in\s+attendance))?\.?", re.I)


def _titled_list(block: Block, entries: list[_Entry]) -> bool:
    """Whether a short paragraph (split into ``entries``) is a run of three or more titled names, perhaps with
    a count of the public: "Mrs M Curry, Mr D Brozyna, Mr R Brown, and 13 parishioners", "Cllr Brooman (Chairman), Cllrs Goode, Harvey"."""
    if len(entries) < 3:
        return False
    titled = [m for m in find_people(block.text) if m.title]
    named = [e for e in entries if any(0 <= m.start - (e.start - block.start) < len(e.text) for m in titled)]
    return len(named) >= 3 and all(e in named or _PUBLIC_COUNT.fullmatch(e.text.strip()) for e in entries)


def _titled_sentences(block: Block) -> list[_Entry]:
    """The entries of a paragraph of two or more sentences that each open with a title, each sentence split as a
    list: "Cllr Ash – Chair. Cllrs Bell, Carr and Dunn." (none if a sentence opens otherwise)."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(block.text)]
    pieces = [block.text[a:b] for a, b in zip(starts, starts[1:] + [len(block.text)])]
    if len(pieces) < 2 or not all(_TITLE.match(piece) or _LIST_TITLE.match(piece) for piece in pieces):
        return []
    return [e for a, piece in zip(starts, pieces) for e in _split_run_on(piece, block.start + a)]


_NOTE_ONLY = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*")


def _titled_surname_line(text: str) -> bool:
    """Whether a line is one titled surname, perhaps with a note: "Cllr Vance (Chairman)", "Cllr Mrs Ruth"."""
    found = find_people(text[:80])
    return len(found) == 1 and found[0].quote_start == 0 and bool(found[0].title) \
        and bool(_NOTE_ONLY.fullmatch(text, found[0].end))


def _starts_with_name(text: str) -> bool:
    """Whether a line starts with a name the name finder vouches for (a title, initials or a known
    first name), after any initials that lead it: "AB Alice Brown (Chair)", "Cllr Smith"; or with a known
    first name and a surname's initial alone before a post or the line's end ("Judy S – Treasurer")."""
    prefix = _initials_prefix(text)
    rest = text[prefix.end():] if prefix else text
    found = find_people(rest[:80])
    if bool(found) and found[0].quote_start == 0 and _looks_like_person(text):
        return True
    initial = _FIRST_AND_INITIAL.match(rest)
    return bool(initial) and initial.group("first").lower() in first_names()


# a first name and the surname's initial: "Judy S – Treasurer", "Phil K" (a small group's own list of members)
_FIRST_AND_INITIAL = re.compile(r"(?P<first>[A-Z][a-z]+)\s+[A-Z]\.?(?=\s*(?:[–—-]\s|,|\(|$))")


# a cell of an attendance table that says whether the person came
_STATUS_CELL = re.compile(r"^\s*(?:(?P<present>present|attended|attendees|(?:also\s+)?in\s+attendance|also\s+present)|"
                          r"(?P<apologies>apologies(?:\s+(?:received|given|sent|for\s+absence))?|"
                          r"sent\s+apologies|apology|absent|not\s+present|did\s+not\s+attend|dna))\s*$", re.I)


_NO_MARK = re.compile(r"\s*(?:no|n|✗|✘)\s*", re.I)  # "No" in a column of who was present
_MARK = re.compile(r"\s*(?:[xX√✓✔✗•*]|yes|y)\s*")  # a mark in a status column
_CODE_CELL = re.compile(r"\s*(?:(?P<present>P|Y)|A|Ap|Apols?|Ab|N)\s*", re.I)  # a register's code: present, apologies, absent
_ORGANISATION_COLUMN = re.compile(r"^(?:organi[sz]ation.*|representing|agency|partner|partnership)$", re.I)


def _person_cell(text: str) -> bool:
    """Whether a table cell holds one person, titled or after a post, and nothing more than a note after: "Cllr A Bell
    (Chair)", "Borough Cllr C Dunn", "Clerk E Frost" (not "Essex Police", nor "Chair", nor "William Sutton Homes")."""
    found = find_people(text)
    return len(found) == 1 and (bool(found[0].title) or found[0].quote_start > 0) \
        and len(text[:found[0].quote_start].split()) <= 2 and bool(_NOTE_ONLY.fullmatch(text, found[0].end))


def _row_entry(cells: Sequence[Cell], header: Sequence[str] = ()) -> _Entry:
    """A table row's entry: the name in the first of ``cells``, the other cells for organisation and
    role (the cell under an "Organisation" column, when ``header`` names one, is the organisation),
    and a cell saying "Present" or "Apologies" for the person's status."""
    rest = [c.text for c in cells[1:]]
    columns = header[1:] if len(cells) <= len(header) else []  # trailing empty cells may be left out
    marked = [k for k, text in enumerate(rest) if columns and _MARK.fullmatch(text) and _STATUS_CELL.match(columns[k])]
    if len(marked) == 1:  # "A Smith | X | |" under "Councillor | Present | Apologies | Absent": the column says
        rest[marked[0]] = columns[marked[0]]
    coded = [k for k, text in enumerate(rest) if columns and _REGISTER_COLUMN.match(columns[k]) and _CODE_CELL.fullmatch(text)]
    if len(coded) == 1:  # "Cllr C Dane | A" under "Councillor | Attendance": the register's code
        rest[coded[0]] = "present" if _CODE_CELL.fullmatch(rest[coded[0]]).group("present") else "apologies"
    denied = [k for k, text in enumerate(rest) if columns and _NO_MARK.fullmatch(text) and (m := _STATUS_CELL.match(columns[k]))
              and m.group("present")]
    if len(denied) == 1 and not marked:  # "Beth Jones | Member | No" under "Name | Role | Present": absent
        rest[denied[0]] = "absent"
    org = [k for k, name in enumerate(columns) if _ORGANISATION_COLUMN.match(name.strip())]
    if len(org) == 1 and org[0] < len(rest):  # the organisation last: where _org_and_role takes it from
        rest = rest[:org[0]] + rest[org[0] + 1:] + [rest[org[0]]]
    said = [m for m in map(_STATUS_CELL.match, rest) if m]
    status = ("present" if said[0].group("present") else "apologies") if len(said) == 1 else None
    return _Entry(cells[0].text, cells[0].start, [t for t in rest if not _STATUS_CELL.match(t)] if status else rest,
                  status=status)


# a group's label inside a run-on list: "Councillors:", "Appointed Members:", "Co-opted Members:"
_INNER_LABEL = re.compile(r"\s+(?=(?:Councillors|Cllrs|Officers|(?:[A-Z][\w-]+\s+)?Members)\s*:)")


# "Present: Cllr A, Cllr B; apologies for absence were received from Cllr C": the apologies' own section
_TURN_TO_APOLOGIES = re.compile(r"[;,]\s*(?=(?i:" + _APOLOGIES_FROM + r")[A-Z])")


def _label_sentences(block: Block) -> tuple[list[_Entry], int]:
    """Entries run on after a label, in this sentence and any later one that repeats a label
    ("Apologies ... from A and B.  Apologies were also received from C, who ..."), and the offset
    where that run ends."""
    entries: list[_Entry] = []
    first = ""
    # (no sentence ends inside a note in brackets: "Mrs F Dunmore (Civic Officer and Asst. Town Clerk) M Pellow ...")
    bounds = sorted({0, len(block.text)} | {m.end() for m in _SENTENCE_END.finditer(block.text) if not _in_brackets(block.text, m.start())}
                    | {m.end() for m in _LABEL_AFTER_LIST.finditer(block.text)})
    end = block.start + bounds[1]
    for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
        sentence = block.text[a:b]
        if i > 0 and _LEFT_BODY.match(sentence):
            break  # "Apologies: Cllr A. Resignation: Cllr B": who left the body ends the list
        m = attendance_label(sentence)
        # "... Chairman. Cllrs S. Billis, J. Brain ...", "A. Inglis. P. Drewery": the list goes on after a full stop
        # "1. Apologies. Cllr T Green (unwell); Cllr R White": the list after a label that ends its own sentence
        bare = i == 1 and bool(first) and not entries and not block.text[bounds[0]:a][len(first):].strip(" .:-–")
        goes_on = _LABEL_GOES_ON.match(sentence) if bare and not m else None
        if goes_on:  # "1. Apologies for absence. Received from A and B.": the label's sentence goes on in the next one
            entries.extend(_split_run_on(sentence[goes_on.end():], block.start + a + goes_on.end()))
            end = block.start + b
            break
        # ("Jan Rowe Parish Clerk and three members of the public": the count of the public is no one)
        more = [e for e in _split_run_on(sentence, block.start + a) if not _PUBLIC_COUNT.fullmatch(e.text.strip())]
        group = _GROUP_TITLE.match(sentence) if not m and i > 0 and entries else None
        if group:  # "Present: A, B & C. County Councillors-D, E & F.": the list goes on with a group of councillors
            entries.extend(_split_run_on(sentence[group.end():], block.start + a + group.end(), titled=True))
            end = block.start + b
            continue
        if not m and i > 0 and entries and entries[-1].titled and len(sentence) <= 100 and _surnames_run(more):
            entries.extend(_split_run_on(sentence, block.start + a, titled=True))  # "Councillors A, B (Town Ward). C, D and E (West Ward)."
            end = block.start + b
            continue
        if not m and i > 0 and (entries or bare) and more and (_LIST_TITLE.match(sentence) or len(sentence) <= 80 and all(
                _looks_like_person(e.text) for e in more) or _titled_run(sentence)):
            entries.extend(more)
            end = block.start + b
            continue
        leading = _leading_names(sentence) if not m and bare and _status(first) == "apologies" else []
        if leading:  # "1. Apologies for absence. Richard Pelling again.": the names that open the label's next sentence
            entries += [_Entry(sentence[s:e], block.start + a + s) for s, e in leading]
            end = block.start + b
            break
        post = _ROLE_LABEL.match(sentence.lstrip()) if not m and entries else None
        if post:  # "Present: Cllr A, Cllr B. Clerk: Mrs V. Ashby.": the officer after the list, after their post
            who = sentence.lstrip()[post.end():].strip().rstrip(".")
            if who and (_TITLE.match(who) or _looks_like_person(who)):
                entries.append(_Entry(who, block.start + a + sentence.index(who, len(sentence) - len(sentence.lstrip()) + post.end()),
                                      status="present"))
                end = block.start + b
                continue
        if not m:
            if i == 0:
                continue
            break  # prose follows the list
        if entries and _status(m.group(0)) != _status(first):
            break  # "Attendance: Cllrs A, B and C. Apologies: Cllr D.": the next section, in the same line
        first = first or m.group(0)
        label_end = m.end()
        again = attendance_label(sentence[label_end:])  # "APOLOGIES Apologies for absence were received from"
        while again and again.end() and not _TITLE.match(sentence[label_end:].lstrip()):  # not "Cllr X Councillors:"
            label_end += again.end()
            again = attendance_label(sentence[label_end:])
        # "Present: Cllr A, Cllr B; apologies from Cllr C": the apologies are the next section's, in the same sentence
        turn = _TURN_TO_APOLOGIES.search(sentence, label_end) if _status(first) == "present" else None
        # "Apologies: A, B. (C and D have notified resignation ...)": who left the body ends the list
        left = _resigned_at(sentence, label_end) if _status(first) == "apologies" else None
        stop = turn.start() + 1 if turn else len(sentence) if left is None else left
        # "Chairman: Cllr Mrs Prior Councillors: Mrs Bolton, Dipple": each group after its own label
        cuts = [label_end] + [label_end + m.end() for m in _INNER_LABEL.finditer(sentence[label_end:stop])] + [stop]
        for k, (p, q) in enumerate(zip(cuts, cuts[1:])):
            rest = sentence[p:q]
            # "Councillors; Johnson, ..." too, and "Appointed Members: Cllr X"
            lead = re.match(r"^\s*(?:members|councillors|cllrs|officers|(?-i:[A-Z][\w-]+\s+)members(?=\s*:))?\.?\s*[:;]?\s*", rest, re.I)
            lead = _LABEL_GOES_ON.match(rest, lead.end()) or lead  # "Apologies; had been received from Cllr X"
            offset = block.start + a + p + lead.end()
            titled = _LIST_TITLE.match(lead.group(0).replace(";", " ")) or re.match(r"\s*(?:councillors|cllrs)\b", rest, re.I) \
                or not k and re.search(r"\b(?:councillors|cllrs)(?:\s+present)?\s*:?\s*$", sentence[:label_end], re.I)
            entries.extend(_split_run_on(rest[lead.end():], offset, bool(titled)))  # "Councillors: Smith (Chair), Jones"
        end = block.start + a + stop
        if turn or left is not None:
            break
    return entries, end


_CLAUSE_MARK = re.compile(r"[(,;]|\.\s")


def _resigned_at(sentence: str, start: int) -> int | None:
    """Where the clause that says who left the body starts in an apologies sentence, after ``start``: at the bracket,
    comma or full stop before the resignation ("A, B. (C and D have notified resignation ...)", "A, B, A letter of
    resignation from C"), or at ``start`` ("The Chair noted councillors C and D had tendered their resignations"); None
    when no one resigned."""
    left = RESIGNED.search(sentence, start)
    if left is None:
        return None
    marks = [m.start() for m in _CLAUSE_MARK.finditer(sentence, start, left.start())]
    return marks[-1] if marks else start


# a group of councillors named after a plural title and a dash or colon: "County Councillors-", "District Cllrs:"
_GROUP_TITLE = re.compile(r"\s*(?:[A-Z][\w’'-]*\s+){1,2}(?i:councillors|cllrs)\s*[-–:]\s*(?=[A-Z])")
# a surname alone, perhaps with a note: "Hall (West Ward)"; or the officer who closes the list ("the Town Clerk")
_SURNAME_ITEM = re.compile(r"[{U}][{L}’'-]+(?:\s*\([^()]{{1,40}}\))?\.?".format(U=UPPER, L=LOWER))
_STAFF_ITEM = re.compile(r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:Clerk|Secretary|Treasurer)\.?", re.I)


def _surnames_run(entries: list[_Entry]) -> bool:
    """Whether a sentence after a list under a plural title goes on with it: two or more surnames alone, each perhaps
    with its ward in brackets, and perhaps the officer after them ("Mitchell, Bailey and Hall (West Ward).",
    "Bartlett, Gori (North Ward) together with the Town Clerk")."""
    names = entries[:-1] if entries and _STAFF_ITEM.fullmatch(entries[-1].text.strip()) else entries
    return len(names) >= 2 and all(_SURNAME_ITEM.fullmatch(e.text.strip()) and e.text.split()[0].lower() not in ROLE_WORDS
                                   for e in names)


def _in_brackets(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a note in brackets opened on the same line, at most 60 characters before it."""
    before = text[max(0, pos - 60):pos]
    return before.rfind("(") > before.rfind(")")


_CHAINED = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")


def _leading_names(sentence: str) -> list[tuple[int, int]]:
    """The spans of the names that open ``sentence``, one after another with only a comma or "and"
    between them: "Cllr Ann Bell and Tom Cox were on holiday" -> both."""
    spans: list[tuple[int, int]] = []
    for mention in find_people(sentence[:300]):
        gap = sentence[spans[-1][1] if spans else 0:mention.quote_start]
        if not (gap.strip() == "" if not spans else _CHAINED.fullmatch(gap)):
            break
        spans.append((mention.quote_start, mention.end))
    return spans


def _titled_run(sentence: str) -> bool:
    """Whether a sentence that opens with a title is a list of people, perhaps closed by their group's
    name: "Cllr A Cragg, Cllr R Tillson and Cllr D Wimble, Appointed Members." (all but one item in four
    shaped like a name, two or more items); the first may open with the chair's post ("Chairman Cllr. Mrs. E. Vane, ...")."""
    sentence = _POST_BEFORE_TITLE.sub("", sentence.lstrip(), count=1)
    if not _TITLE.match(sentence):
        return False
    parts = _split_run_on(sentence, 0)
    named = sum(_looks_like_person(_TITLE.sub("", _COUNCIL_BEFORE_TITLE.sub("", _POST_BEFORE_TITLE.sub("", e.text))))
                or _titled_surname_line(e.text) for e in parts)  # "Kent Cllr X", "Vice-Chairman Cllr Y", "D/Cllr Brooks" too
    return len(parts) >= 2 and named >= len(parts) - len(parts) // 4
