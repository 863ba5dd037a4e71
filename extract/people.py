"""The ``people`` component: attendees and apologies from every attendance layout minutes use.

Sections start at a label ("Present", "Attendees", "Also present", "Invitees", "Apologies", ...)
and run over the following list lines or table rows until a block that is not about a person.
Each entry is split into name, initials, role and organisation:

- "Peter Lowton (PL) – ACC Essex Police (Chair)"  (name, defined initials, organisation, role)
- table rows: "Graham Carey (Chair) | Superintendent | Essex Police", "Paul Warren Chief Executive, ..."
- run-on lines: "Present: Councillor A Smith (Chair), B Jones and Mrs C Brown"

Ranks and honorifics (Cllr, ACC, Chief Inspector, Dr) go to the role. spaCy's PERSON spans (when
``options.nlp``) decide where a name ends in cells that run name and job title together; spaCy runs
only on those entries, never on the ones whose layout already marks the end of the name.

People named only in running text ("X sent apologies", "seconded by Y") come from ``presence``,
members of a flattened P/A/DNA grid from ``attendance_grid``; this module merges them in.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from minutes.extract import cues, nlp
from minutes.extract.attendance_grid import CODE_KEY, HEADING_SCAN, coded_people, marked_people, status_line_people
from minutes.extract.blocks import AGENDA_ITEM, attendance_label
from minutes.extract.names import CAPITAL_PARTICLES, LOWER, NOT_SURNAMES, ORG_TAILS, PARTICLES, TITLE as _TITLE, UPPER, Mention, find_people, first_names, leading_name, run_names
from minutes.extract.pipeline import Options, component
from minutes.extract.presence import RESIGNED, SUBJECT_VERB, apologies_by_initials, same_person, sentence_people, sentence_start as presence_sentence_start
from minutes.extract.registry import Registry
from minutes.extract.record import Person, Record, Source
from minutes.ingest.document import Block, Cell, Document

_NAME_WORD = re.compile(r"^(?:[{U}][{L}]*['’]?[{U}]?[{L}]+(?:-(?:O['’]|Mc|Mac)?[{U}][{L}]+)*|[A-Z]\.?|[A-Z](?:\.[A-Z]){{1,3}}\.?|Mc[A-Z][a-z]+|"
                        r"O['’][A-Z][a-z]+|[Dd]['’][A-Z][a-z]+)$".format(U=UPPER, L=LOWER))  # the last: "d'Apice", "D'Souza"
# (a hyphen's second part may open like a surname: "Smith-McKay", "Anderson-MacKenzie", "Kelly-O'Neill")
_INITIAL = re.compile(r"^[A-Z]\.?$|^[A-Z](?:\.[A-Z]){1,3}\.?$")  # "J.", "D.J.E."
NOT_NAMES = {"also", "item", "items", "no", "part", "agenda", "page", "minutes", "public", "members", "none", "nil", "present",
             "apologies", "declarations", "matters", "date", "time", "venue", "one", "two", "three", "other", "all",
             "welcome", "introductions", "action", "actions", "report", "update", "notes", "there", "further"}
ROLE_WORDS = {
    "chief", "executive", "director", "manager", "officer", "head", "service", "services", "council", "probation",
    "community", "assistant", "associate", "strategic", "area", "governor", "police", "partnership", "team",
    "board", "group", "trust", "lead", "representative", "co-ordinator", "coordinator", "cabinet", "member",
    "chair", "chairman", "vice", "secretary", "treasurer", "clerk", "deputy", "portfolio", "holder", "leader", "mayor",
    "territorial", "policing", "support", "safety", "county", "district", "borough", "city", "unit", "fire",
    "rescue", "health", "pct", "nhs", "lsp", "cdrp", "minutes", "interim", "corp", "commander",
    "responsible", "environment", "planning", "policy", "finance", "legal", "democratic", "services", "adviser",
    "advisor", "consultant", "project", "programme", "senior", "principal", "head", "the", "of", "for", "and",
    "medical", "clinical",  # "Dr R. Stone Medical Director"
}
_MARKER_ROLES = re.compile(r"^(chair(man|person)?|vice[- ]?chair(man)?|deputy chair|part minutes|minutes|observer|"
                           r"invitee|in[- ]part|substitute.*|sub|clerk|secretary|items? .*|minute taker|"
                           r"for items? .*|part|left .*|arrived .*|from item .*|until .*)$", re.I)
# why someone was away, after the name on an apologies line: "A Potter unav.", "J Smith - holiday"
_REASON = re.compile(r"(?:\s+[-–]\s*|\s*[(,]\s*|\s+)(?:unav(?:ailable)?|ill(?:ness)?|sick(?:ness)?|on\s+holiday|holiday|"
                     r"work(?:\s+commitments?)?|other\s+commitments?|prior\s+engagement|family\s+commitments?)\.?\)?\s*$", re.I)
# the ward a councillor sits for, before the name: "Eastbrook Ward Mr. D. Parr", "Seaton Ward Karen Poole"
_WARD = re.compile(r"^([A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+){0,2}\s+Ward\s+(?=[A-Z])")
# a post written before the name: "RFO Clive Baker", "Clerk Linda Evans", "Locum Clerk: Tom Baines"
# or "Clerk to the Council D Bowen": the body the post serves, and initials before the surname
_STAFF_ROLE = re.compile(r"^(?:(?:Locum|Parish|Town|Deputy|Assistant|Acting|Interim)\s+)?(?:Clerk|RFO|Treasurer|Secretary|"
                         r"Minute[- ]?[Tt]aker)(?:\s*(?:/|&|and)\s*(?:RFO|Clerk|Treasurer))?"
                         r"(?:\s+to\s+the\s+(?:[A-Z][a-z]+\s+)?(?:Council|Committee|Board|Trustees|Meeting))?\s*:?\s+(?=[A-Z][a-z]|[A-Z]\.?\s+[A-Z][a-z])")
_TRAILING_ROLE = re.compile(r"(?:^|\s+)(lead officer|lead|representative|rep|(?:vice[- ])?chair(?:man|person)?|secretariat lead|"
                            r"(?:parish\s+|town\s+|acting\s+)?clerk|treasurer|secretary|rfo)$", re.I)
_LEADING_ROLE = re.compile(r"^(lead officer|chair of|chair|vice[- ]chair of|vice[- ]chair)\s+", re.I)
_SEPARATOR = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*|\s*:\s+|\s*,\s*")
_HEADER_CELL = re.compile(r"^(name|names|organisation.*|organization.*|role|title|position|representing|"
                          r"partnership|agency|job title|designation|councillors?|members?|governors?|trustees?)$", re.I)
_PROSE = re.compile(r"^[a-z]")
_SUB_NOTE = re.compile(r"\((?P<paren>[^()]*\b(?i:attending|substitut\w*|deputi[sz]\w*|represent(?:ing|ed\s+by)|in place of|for)\b[^()]*)\)"
                       r"\s*\.?$|\s[-–—]\s*(?P<dash>(?:[A-Z][\w.'’-]*\s+){1,4}(?i:substituted|substituting|deputised|"
                       r"deputising|attending|attended))\s*\.?$"
                       r"|,\s*for\s+whom\s+(?P<whom>.+?\s+(?:was|attended\s+as|acted\s+as)\s+(?:a\s+)?substitute)\s*[;.]?$")
# the substitute named in such a note: "Roger Bullen attending", "Cllr Joan Hanley substituted"
_TITLED_NAME = r"(?:(?i:cllr|councillor|mr|mrs|ms|miss|dr)\.?\s+)?(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})"
_SUBSTITUTE = re.compile(r"^" + _TITLED_NAME +
                         r"\s+(?:(?:was|attended\s+as|acted\s+as)\s+(?:a\s+)?)?(?:attending|attended|substitut\w*|deputi[sz]\w*)\b")
# "(represented by Jo Beet)", "(substitute: Mr J Findlay)"
_SUBSTITUTE_BY = re.compile(r"^(?i:(?:represented|substituted|replaced|deputised)\s+by\s+|substitute\s*:\s*)" + _TITLED_NAME + "$")
# a verb with its object in a line's first sentence: "Cllr C Edwards – Chair started the meeting.": prose, no list line
_ACTS = re.compile(r"\s(?-i:[a-z]{3,}ed)\s+(?:the|a|an|that|his|her|their|its|this)\s|"
                   # "Messrs A, B & C declared potential interest in ...": the declarations after the apologies
                   r"\sdeclared\s+(?:(?:potential|personal|pecuniary|prejudicial|non-pecuniary|disclosable|other)\s+)+interests?\b")
_LABEL_GOES_ON = re.compile(r"(?:(?:(?:These|They|Those)\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?|(?=[Rr]eceived\s))"  # "Received from Cllr X" too
                            r"(?:[Rr]eceived|given|tendered|submitted|noted|recorded)"
                            r"(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|on\s+behalf\s+of|in\s+respect\s+of|by)\s*:?\s*[-–]?\s*(?=[A-Z])")
_ARRIVED = re.compile(r"\b(?:joined|arrived\s+at|arrived\s+during)\s+(?:the\s+)?meeting\b|\barrived\s+at\s+\d", re.I)
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
_ITEM_NUMBER = re.compile(r"^\s*(?:item\s+)?\d{1,3}(?:\.\d{1,2})?\.?\s*$", re.I)  # "155." alone: the next agenda item
# a minute's reference alone in a table's first cell, as Word minutes set them: "12/61", "FC/19/101", "Min 23.4"
_MINUTE_REF = re.compile(r"^\s*(?:(?:item|min(?:ute)?)\.?\s+(?:no\.?\s*)?)?(?:[A-Z][A-Za-z&]{0,5}\s?/\s?)?\d{1,4}"
                         r"(?:\s?[/.]\s?\d{1,4}){0,2}[a-z]?[.:)]?\s*$", re.I)
# a minute's reference with a slash at the start of its text ("19/5 Councillors A and B", "FC/19/101 Cllr A")
_LEADING_REF = re.compile(r"^\s*(?:[A-Z][A-Za-z&]{0,5}\s?/\s?)?\d{1,4}\s?/\s?\d{1,4}(?:\s?/\s?\d{1,4})?[.:)]?\s+(?=\S)")
# the first header cell of a table that lists no people: an action log, the minutes' items
_OTHER_TABLE = re.compile(r"^\s*(?:actions?(?:\s+points?)?|agreed\s+actions?|agenda\s+items?|items?|ref(?:erence)?\.?|minute(?:\s+no\.?)?|"
                          r"no\.?|issues?|tasks?|decisions?)\s*:?\s*$", re.I)
# the column of an attendance register that says who came: "Name | Category | Attendance"
_REGISTER_COLUMN = re.compile(r"^\s*(?:attendance|attended|present\??)(?:\s*\([^()]{1,12}\))?\s*$", re.I)  # "Attended (Y/N)" too
_MARKER_LINE = re.compile(r"^\s*(?:\(\w{1,3}\)|\w{1,2}[.)]|[*†‡§]+)\s*$")  # "(1)", "a)": a footnote marker alone
# "Key: P = present, A = apologies", "(FTG) Foundation Trustee Governor; (SG) Staff Governor": a legend, no one
_KEY_LINE = re.compile(r"^\s*(?i:key)\s*:|^\s*\([A-Z]{1,6}\)\s+[A-Z][\w’' -]+(?:;\s*\([A-Z]{1,6}\)\s+[A-Z][\w’' -]+)+;?\s*$")
# (the legend: two or more abbreviations explained in one line, so that "(JS) John Smith" stays a person)
# a table's initials column flattened into lines of their own: "JJ", "RTh", "VCSA / HH"
_CODES_LINE = re.compile(r"^\s*[A-Z]{1,5}[a-z]?(?:\s*/\s*[A-Z]{1,5}[a-z]?)*\s*$")


@dataclass
class _Entry:
    text: str       # the entry's text (a line, a cell run, or a run-on segment)
    start: int      # its offset in the document text
    cells: list[str] | None = None
    titled: bool = False  # in a list under a plural title: a lone surname is a name
    status: str | None = None  # written in the row itself ("Jane Smith | Essex Police | Apologies")
    surname: str | None = None  # a couple's surname written once, after the second name: "Ros & John Whitby"


@dataclass
class _Section:
    """One attendance section: its status, the entries the layout gives, and the text it covers."""

    status: str
    entries: list[_Entry] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


@component("people")
def extract_people(doc: Document, record: Record, options: Options) -> None:
    """Fill ``record.attendees`` and ``record.apologies``."""
    # a "Present: ..." line repeated on every page is the attendance, not a running header to leave out
    blocks = _rejoined([b for b in doc.blocks if not b.furniture or attendance_label(b.text)])
    sections = _sections(blocks, options.on("unlabelled"))
    entries = [e for section in sections for e in section.entries]
    # spaCy only where layout leaves the end of a name open, all such entries in one batch
    open_ended = [e.text for e in entries if options.nlp and not _name_candidates(_split_title(e.text)[2])[1]]
    spans = dict(zip(open_ended, nlp.people_spans(open_ended)))
    seen: set[tuple[str, str]] = set()
    for section in sections:
        _read_codes(section, blocks)
        _dash_separated(section)
        people: list[Person] = []
        for entry in section.entries:
            # listed absent, but came: "X arrived at 7.45pm", "... and Cllr Y attended as substitute"
            status = "present" if _ARRIVED.search(entry.text) or _SUBSTITUTE.match(entry.text) else \
                "apologies" if _MARKED_AWAY.search(entry.text) else entry.status or section.status  # "Cllr C Farrow (apologies)"
            person = _parse(doc, entry, status, spans.get(entry.text))
            people += [p for p in (person, _substitute(person), _represented(person)) if p is not None]
        if options.on("names"):
            people = _fallback(doc, section, people, options)
        people = _by_marks(doc, section, people)
        for found in people:
            listed = record.apologies if found.status == "apologies" else record.attendees
            if (found.status, found.name.lower()) in seen or " " not in found.name and any(same_person(found.name, p.name) for p in listed):
                continue  # (a surname alone, after the name in full: "Mike Phillips, ... Cllr Phillips offered to chair")
            seen.add((found.status, found.name.lower()))
            listed.append(found)
    if options.on("names"):
        known = {p.name.lower() for p in record.attendees + record.apologies}
        for found in coded_people(doc, blocks):
            if found.name.lower() not in known:
                (record.apologies if found.status == "apologies" else record.attendees).append(found)
        # the mark, or the status on the line after the name, says who came: it beats where the name stands
        for found in marked_people(doc, blocks) + status_line_people(doc, blocks):
            record.attendees[:] = [p for p in record.attendees if p.name.lower() != found.name.lower()]
            record.apologies[:] = [p for p in record.apologies if p.name.lower() != found.name.lower()]
            (record.apologies if found.status == "apologies" else record.attendees).append(found)
    if options.on("sentences"):
        _move_apologies_by_initials(doc, blocks, record)
        known = [p.name for p in record.attendees + record.apologies]
        for found in sentence_people(doc, blocks):
            if found.status == "arrived":  # came after all: out of the apologies
                found.status = "present"
                late = [p for p in record.apologies if same_person(found.name, p.name)]
                record.apologies[:] = [p for p in record.apologies if p not in late]
                known = [name for name in known if all(name != p.name for p in late)]
            if not any(same_person(found.name, name) for name in known):
                known.append(found.name)
                (record.apologies if found.status == "apologies" else record.attendees).append(found)
    # one name both present and among the apologies: present (an apology for another meeting, or for lateness)
    present = {p.name.lower() for p in record.attendees}
    record.apologies[:] = [p for p in record.apologies if p.name.lower() not in present]
    record.warnings += _silent_sections(doc, sections, record)


# a hyphen typed against the name, then the person's post or body: "Ian Stead-City Mayor", "Ann Lee (Observer)-Director"
_GLUED_DASH = re.compile(r"^(?:[^\s,-]+\s+){1,3}?[^\s,-]*(?<=[a-z)])-(?=[A-Z][\w&’'.]*\s+\S)")  # the name's own words only


def _dash_separated(section: _Section) -> None:
    """In a list where three or more entries set the post apart with a hyphen typed against the name ("Ian
    Stead-City Mayor", "Sue Lyle-Strategic Director ..."), read that hyphen as a space (the same length: offsets
    hold); one such entry alone is a double-barrelled surname before a post ("Ann Smith-Jones Parish Clerk")."""
    glued = [_GLUED_DASH.match(e.text) for e in section.entries]
    if sum(bool(m) for m in glued) >= 3:
        section.entries = [replace(e, text=e.text[:m.end() - 1] + " " + e.text[m.end():]) if m else e
                           for e, m in zip(section.entries, glued)]


_LINE_HYPHEN = re.compile(r"(?<=[{L}])-$".format(L=LOWER))  # "Cllr Anna Stirling-" / "Reed (Chair), ...": one surname
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
_TRAILING_LABEL = re.compile(r"(?<=[\w)])\s+(?=(?-i:Apologies|Absent|In [Aa]ttendance|Also [Pp]resent)(?:\s+for\s+[Aa]bsence)?\s*:\s*$)")


# ... or a sentence of apologies after the list it ends: "... and County Coun. Mair Evans. Apologies received from
# Owen Lloyd, Rhys Price and PCSO Ann Jenkins."
_APOLOGIES_SENTENCE = re.compile(r"(?:(?<=[a-z]{2}\.)|(?<=\)\.))\s+(?=Apologies\s+(?:for\s+absence\s+)?(?:(?:were|had\s+been|have\s+been)\s+)?"
                                 r"(?:received\s+)?from\s+(?:(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr)\.?\s+)?[A-Z])")


def _label_split_off(block: Block) -> list[Block]:
    """``block``, or the text before a label that ends it (``_TRAILING_LABEL``) or a sentence of apologies
    (``_APOLOGIES_SENTENCE``) and the rest from there, as two blocks."""
    if block.kind != "paragraph":
        return [block]
    cut = _TRAILING_LABEL.search(block.text) if len(block.text) <= _RUN_ON else None
    cut = cut or _APOLOGIES_SENTENCE.search(block.text)
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
    first, surname = _LINE_FIRST_NAME.search(line.rstrip()), _LINE_SURNAME.match(following)
    return bool(first and surname and first.group("first").lower() in first_names()
                and surname.group("surname").lower() not in NOT_SURNAMES | ROLE_WORDS
                and (surname.group("after") or surname.group("surname").lower() not in first_names()))


# a register's code after each member: "Dr Ben Cole A"; "N" (not present) and "Ab" (absent) are absences, recorded
# with the apologies as the gold rules record absent members
_ENTRY_CODE = re.compile(r"\s+(P|A|Ap|AP|N|Ab)\s*$")


def _read_codes(section: _Section, blocks: list[Block]) -> None:
    """Entries that each end in a register's code, where the document keys the codes ("P = Present,
    A = Apologies"): the code gives the status and is no part of the name."""
    codes = [_ENTRY_CODE.search(e.text) for e in section.entries]
    if len(codes) < 2 or not all(codes) or not any(CODE_KEY.search(b.text) for b in blocks[:2 * HEADING_SCAN]):
        return
    section.entries = [replace(e, text=e.text[:c.start()], status="present" if c.group(1) == "P" else "apologies")
                       for e, c in zip(section.entries, codes)]


_MARKED_AWAY = re.compile(r"(?:\(|\s[-–—:]\s*)(?i:apolog(?:y|ies)(?:\s+(?:received|given|sent))?|sent\s+apologies|apols?|absent|not\s+present|"
                          r"did\s+not\s+attend)(?:\)|\.?)\s*$")  # "Cllr C Farrow (apologies)", "Cllr C Farrow - absent"
_NEXT_NAME_WORD = re.compile(r"\s+([A-Z][\w’'-]*)")  # "Seaton Ward": a place, though "Seaton" and "Ward" are first names too
_NO_FIRST_NAMES = NOT_SURNAMES | ORG_TAILS  # "Ward", "Hall": first names in the dictionary, a place's word here
_NAME_WORD_RUN = re.compile(r"(?<![\w’'-])[{U}][{L}]+(?:-[{U}][{L}]+)*(?![\w’'-])".format(U=UPPER, L=LOWER))


def _silent_sections(doc: Document, sections: list[_Section], record: Record) -> list[str]:
    """A warning for each attendance section whose text names two or more people by a known first name,
    most of them read nowhere: a layout the rules do not read, said instead of an archive that looks complete."""
    warnings = []
    read = {word for p in record.attendees + record.apologies for word in re.split(r"[\s.]+", p.name)}  # "T.Martin" too
    for section in sections:
        if sum(word not in read and word.lower() in first_names() for a, b in section.spans
               for word in _NAME_WORD_RUN.findall(doc.text, a, b)) < 2:
            continue  # (the cheap test first)
        words = [(w.group(0), w.end(), b) for a, b in section.spans for w in _NAME_WORD_RUN.finditer(doc.text, a, b)]
        named = [word for word, end, b in words if _first_name(doc.text, word, end, b)]
        unread = [word for word in named if word not in read]
        if len(unread) >= 2 and len(unread) > len(named) // 2:  # (read elsewhere and named here: "present" wins over "apologies")
            a = section.spans[0][0]
            what = "apologies" if section.status == "apologies" else "attendance"
            warnings.append(f"{what} section on page {doc.page_at(a)} ({doc.text[a:a + 40].strip()!r}) names {len(named)} "
                            f"people by first name, {len(unread)} of them not read")
    return warnings


def _first_name(text: str, word: str, end: int, limit: int) -> bool:
    """Whether ``word`` (ending at ``end`` in ``text``) is a known first name, not a place's word ("Seaton Ward")."""
    low = word.lower()
    if low not in first_names() or low in _NO_FIRST_NAMES:
        return False
    after = _NEXT_NAME_WORD.match(text, end, limit)
    return not (after and after.group(1).lower() in ORG_TAILS)


def _move_apologies_by_initials(doc: Document, blocks: list[Block], record: Record) -> None:
    """Those listed present whom an apology sentence names by their initials ("The Clerk was in
    receipt of apologies from SF, HC and AW") go to the apologies, quoting the initials."""
    found = apologies_by_initials(blocks) if record.attendees else []
    registry = Registry.from_people(record.attendees) if found else None
    for letters, start, end in found:
        name = registry.resolve(letters)
        listed = next((p for p in record.attendees if p.name == name), None)
        if listed is not None:
            record.attendees.remove(listed)
            record.apologies.append(replace(listed, source=Source.of(doc, start, end), status="apologies"))


_TICK = re.compile(r"[√✓✔\uf0fc\uf0fe]")  # the last two: Wingdings' tick and ticked box, as Word documents keep them
_APOLOGY_MARK = re.compile(r"(?<!\w)(?:apols?|apologies)(?!\w)", re.I)


def _by_marks(doc: Document, section: _Section, people: list[Person]) -> list[Person]:
    """A membership grid with a mark after each member who came ("Jan Jones / Head of Service / √")
    or sent apologies ("... / Apols"): each member's status is the mark before the next member,
    and a member with no mark was absent. Sections with fewer than two ticks are left as they are."""
    if sum(len(_TICK.findall(doc.text[a:b])) for a, b in section.spans) < 2:
        return people
    ordered = sorted(people, key=lambda p: p.source.start)
    marked = []
    for k, person in enumerate(ordered):
        surname = person.name.split()[-1]
        name_end = person.source.start + person.source.quote.find(surname) + len(surname)
        span_end = next((b for a, b in section.spans if a <= person.source.start < b), person.source.end)
        after = doc.text[name_end:ordered[k + 1].source.start if k + 1 < len(ordered) else span_end]
        if _TICK.search(after):
            marked.append(person)
        elif _APOLOGY_MARK.search(after):
            marked.append(replace(person, status="apologies"))
    return marked


def _fallback(doc: Document, section: _Section, people: list[Person], options: Options) -> list[Person]:
    """When a section names more people than its layout gave entries for (flattened columns, names
    run together with organisations), every person found in its text, keeping the parsed entries
    that agree with what was found there."""
    texts = [doc.text[a:b] for a, b in section.spans]
    joined = " ".join(texts)
    if _recased(joined, least=1) != joined:  # a list in capitals: each of its lines too ("M WOODHOUSE")
        texts = [_recased(text, least=0) for text in texts]
    found = _found(section, texts, [_section_mentions(text) for text in texts])
    if len(found) <= len(people):
        return people
    if options.nlp:  # spaCy's PERSON spans as more evidence, only in the sections that need it
        persons = nlp.people_spans(texts)
        found = _found(section, texts, [_section_mentions(text, spans) for text, spans in zip(texts, persons)])
    result: list[Person] = []
    for k, (offset, mention) in enumerate(found):
        start, end = offset + mention.start, offset + mention.end
        if _STANDS_IN_FOR.search(doc.text[max(offset, start - 60):offset + mention.quote_start]):
            # "Michelle Allott – Trust (rep Jane Sayer)": Jane Sayer was represented, so absent
            result.append(Person(name=mention.name, source=Source.of(doc, offset + mention.quote_start, end),
                                 status="apologies", role=f"represented by {result[-1].name}" if result else None))
            continue
        parsed = next((p for p in people if p.source.start < end and start < p.source.end
                       and same_person(p.name, mention.name) and len(p.name.split()) <= len(mention.name.split()) + 1),
                      None)
        if parsed is not None:
            result.append(parsed)
            continue
        span_end = next(b for a, b in section.spans if a == offset)
        next_start = offset + found[k + 1][1].quote_start if k + 1 < len(found) and found[k + 1][0] == offset \
            else min(span_end, (doc.text.find("\n", offset) + 1 or len(doc.text) + 1) - 1)
        organisation, markers = _between(doc.text[end:next_start])
        role = "; ".join([mention.title] * bool(mention.title) + markers) or None
        result.append(Person(name=mention.name, source=Source.of(doc, offset + mention.quote_start, end),
                             status=section.status, organisation=organisation, role=role))
    kept = {id(p) for p in result}
    spans = [(offset + m.start, offset + m.end) for offset, m in found]
    plausible = [p for p in people if id(p) not in kept and _plausible_name(p)
                 and not any(p.source.start < b and a < p.source.end for a, b in spans)]  # else the finder read it better
    return sorted(result + plausible, key=lambda p: p.source.start)


_STAND_IN = r"(?i:rep|representing|for|on\s+behalf\s+of|in\s+place\s+of|deputi[sz]ing\s+for|substitut\w*\s+for|sub\s+for)"
_STANDS_IN_FOR = re.compile(r"\((?:[^()]*\s)?" + _STAND_IN + r"\s+$")  # text before the name of who was not there
_REPRESENTED = re.compile(_STAND_IN + r"\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$")


_NAME_WORD_SHAPE = r"(?:[A-Z](?=[\w'’-]*[a-z])[\w'’]+(?:-[\w'’]+)*|[A-Z]\.?)"  # not "WSCC": an organisation's letters
_NAME_SHAPE = re.compile(_NAME_WORD_SHAPE + r"(?:\s+" + _NAME_WORD_SHAPE + r"){1,3}")


_WORD_LIST_START = re.compile(r"\s*[{U}][{L}]+(?:-[{U}][{L}]+)*\s*(?:\([^()]{{1,30}}\)\s*)?(?:[,;&]|and\s)".format(U=UPPER, L=LOWER))
# (the cheap test first: "Gwen, ...", "Hale and ...")
_ONE_WORD = re.compile(r"(?P<name>[{U}][{L}]+(?:-[{U}][{L}]+)*)(?:\s*\([^()]{{1,30}}\))?".format(U=UPPER, L=LOWER))


def _with_word_list(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and, when the section opens with a list of single words (each perhaps with a note in
    parentheses), three or more or at least one of them a known first name, each word as a name: people listed
    by first name only ("Present: Gwen, Idris, Ann (Chair)") or by surname only ("Present: Hale, Iqbal, Moss")."""
    if not _WORD_LIST_START.match(text):
        return mentions
    words = []
    for entry in _split_run_on(text, 0):
        m = _ONE_WORD.match(entry.text)
        closed = m is not None and m.group(0).endswith(")")  # "Diane (Chair) Before the meeting ...": the note ends the list
        if m is None or m.end() < len(entry.text) and not closed or m.group("name").lower() in NOT_SURNAMES | NOT_NAMES:
            break
        words.append(Mention(entry.start, entry.start + m.end("name"), m.group("name")))
        if m.end() < len(entry.text):
            break
    if len(words) < 2 or words[0].start > len(text) - len(text.lstrip()) \
            or not any(w.name.lower() in first_names() for w in words) and len(words) < 3:
        return mentions
    kept = [m for m in mentions if not any(m.start < w.end and w.start < m.end for w in words)]
    return sorted(kept + words, key=lambda m: m.start)


def _section_mentions(text: str, persons: list[tuple[int, int]] = ()) -> list[Mention]:
    """Every name in an attendance section's ``text``: the name finder's (with spaCy's ``persons``), the
    other items of a list of names, runs of names without separators, single-word lists, and names
    followed by their initials."""
    mentions = _with_list_peers(text, find_people(text, persons))
    return _with_own_initials(text, _with_word_list(text, _with_run_names(text, mentions)))


# a first name and surname followed by their initials, as a table's initials column flattened beside
# them: "Verity Hancock VH Further Education", "Neil McGhee NM"
_OWN_INITIALS = re.compile(r"(?<![\w’'-])(?P<name>(?P<a>[A-Z])[a-z][\w’'-]*[^\S\n]+(?P<b>[A-Z])[\w’'-]+)[^\S\n]+(?P=a)(?P=b)\b")


def _with_own_initials(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and the names a column of initials vouches for ("Verity Hancock VH"), first name known or not."""
    extra = [Mention(m.start("name"), m.end("name"), m.group("name")) for m in _OWN_INITIALS.finditer(text)
             if m.group("name").split()[-1].lower() not in NOT_SURNAMES]
    extra = [e for e in extra if not any(m.start < e.end and e.start < m.end for m in mentions)]
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _with_run_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the names of runs written without separators ("Jo Ash Kim Berry Lee Cole") in
    place of what the finder read there ("Berry Lee Cole" as one name)."""
    paired = run_names(text)
    if not paired:
        return mentions
    kept = [m for m in mentions if not any(m.start < p.end and p.start < m.end for p in paired)]  # "Ann van Dyke" after a run
    return sorted(kept + paired, key=lambda m: m.start)


_DASHED_TAIL = re.compile(r"(?:\s*[–—]|\s+-|(?<=[a-z])-(?=\s)).*$")  # an organisation or post after a dash


def _with_list_peers(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and the other items of the same list that are shaped like names: in
    "Councillors Freya Bentham, Elwyn Edwards, Alwyn Gruffydd" where most items are names the finder
    knows, "Elwyn Edwards" is one too, first name known or not."""
    entries = _split_run_on(text, 0)
    if len(entries) < 3:
        return mentions
    peers, named, widened = [], 0, {}
    for entry in entries:
        inside = [m for m in mentions if entry.start < m.end and m.start < entry.start + len(entry.text)]
        title = _TITLE.match(entry.text)
        name = entry.text[title.end():] if title else entry.text
        name = _DASHED_TAIL.sub("", name)  # "Karyn Jones – PCT/HCC": the name before the dash
        start = entry.start + (title.end() if title else 0)
        shaped = _NAME_SHAPE.fullmatch(name) and all(w.lower().strip(".") not in NOT_SURNAMES for w in name.split())
        whole = Mention(start, start + len(name), name, title.group(0).strip() if title else "", entry.start) if shaped else None
        if inside:
            named += 1
            if whole and all(entry.start <= m.quote_start and m.end <= whole.end for m in inside) \
                    and sum(m.end - m.start for m in inside) < whole.end - whole.start:
                widened.update({m: whole if k == 0 else None for k, m in enumerate(inside)})
                # "Ifor Glyn Lloyd", "Mrs. Marian W. Jones": the whole item, not the parts the finder knew
        elif whole:
            peers.append(whole)
    if peers and (named < 2 * len(peers) or named + len(peers) < 0.8 * len(entries)):
        peers = []
    kept = [widened.get(m, m) for m in mentions]
    return sorted([m for m in kept if m is not None] + peers, key=lambda m: m.start)


def _recased(text: str, least: int = 3) -> str:
    """An upper-case list in title case, letter for letter ("MR. J. RICKMAN (CHAIRMAN)" -> "Mr. J. Rickman
    (Chairman)", "K McDONALD" -> "K McDonald"), so the name finder reads it; offsets are unchanged. Other
    text (fewer than ``least`` words in capitals, or under half) as it is."""
    words = re.findall(r"[A-Za-z]{3,}", text)
    if sum(w.isupper() for w in words) < max(least, len(words) / 2):
        return text
    return re.sub(r"[A-Z][A-Z]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), text)


def _found(section: _Section, texts: list[str], mentions: list[list[Mention]]) -> list[tuple[int, Mention]]:
    """The name finder's mentions with the offset of the text each is in, and the name that opens the
    section when the finder did not vouch for it."""
    lead = leading_name(texts[0]) if texts else None
    if lead is not None and not any(m.start < lead.end and lead.start < m.end for m in mentions[0]):
        mentions[0] = [lead] + mentions[0]
    return [(a, m) for (a, _), found in zip(section.spans, mentions) for m in found]


def _between(text: str) -> tuple[str | None, list[str]]:
    """Organisation and parenthesised markers in the text between one found name and the next."""
    text = text.split(";")[0]  # after a semicolon comes the next group's heading
    markers = [m.strip() for m in re.findall(r"\(([^()]{1,40})\)", text)]
    rest = re.sub(r"\([^()]*\)", " ", text)
    rest = " ".join(rest.split()).strip(" ,;:.-–—")
    if re.match(r"(?:and|&)(?:\s|$)", rest) or all(w.lower().strip(".") in NOT_SURNAMES for w in rest.split()) \
            or not re.search(r"[A-Za-z]{2}", rest):
        return None, markers  # "and", "& four members of the public", "District" (of "District Cllrs."), "1": none
    return (rest if len(rest) <= 80 else None), markers


def _plausible_name(person: Person) -> bool:
    """Whether a parsed entry the name finder did not confirm still reads as a person's name."""
    first = person.name.split()[0]
    return bool(re.fullmatch(r"[A-Z]\.?", first)) or first.lower() in first_names() or bool(person.role and _TITLE.match(person.role + " "))


def _substitute(person: Person | None) -> Person | None:
    """The person attending in another's place, from a note on the entry: "X - Y substituted",
    "X (Y attending)", "X, for whom Y was substitute". They were present."""
    if person is None:
        return None
    note = _SUB_NOTE.search(person.source.quote)  # the whole entry: a table row's cells too
    said = (note.group("paren") or note.group("dash") or note.group("whom")).strip() if note else ""
    named = _SUBSTITUTE.match(said) or _SUBSTITUTE_BY.match(said)
    if named is None:
        return None
    title = _TITLE.match(named.group("name"))  # "(substituted by Councillor Hollis)": the surname alone after a title
    return Person(name=named.group("name")[title.end():] if title else named.group("name"), status="present",
                  role=f"substitute for {person.name}",
                  source=person.source)


def _represented(person: Person | None) -> Person | None:
    """The person an attendee stood in for, from a note such as "MD (for MS)" or "(rep Jane Sayer)":
    they were absent."""
    if person is None or person.status != "present":
        return None
    paren = _SUB_NOTE.search(person.source.quote)
    note = _REPRESENTED.match((paren.group("paren") or "").strip()) if paren else None
    if note is None:
        return None
    title = _TITLE.match(note.group("name"))  # "(substituting for Cllr E White)": the name without its title
    name = note.group("name")[title.end():] if title and title.end() < len(note.group("name")) else note.group("name")
    return Person(name=name, status="apologies", role=f"represented by {person.name}", source=person.source)


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
_LABEL_AFTER_LIST = re.compile(r"[;,]\s*(?=(?i:apologies(?:\s+for\s+absence)?|in\s+attendance|also\s+present|absent|"
                               r"present|officers(?:\s+present)?)\s*:)|"
                               r"\s(?=(?:Apologies(?:\s+for\s+[Aa]bsence)?|In\s+[Aa]ttendance|Also\s+[Pp]resent|Absent|"  # "... residents Apologies – X"
                               r"Resignations?|Retirements?)(?:\s*:|\s+[-–—]\s))|"  # "Apologies: SM Resignation: X": who left the body, no apology
                               # ... or, in a run of names with no punctuation at all, before a full name: "Present Ann Bell
                               # Ray Cole Apologies Carol Top Ian Gregg" (two lists flattened into one line)
                               r"\s(?=Apologies\s+(?:(?:Cllrs?|Councillors?|Mrs?|Ms|Dr)\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z])")
# who left the body, after the apologies ("Resignation: Alan Cole", "Retirements - ..."): not absent from the meeting
_LEFT_BODY = re.compile(r"^\s*(?:resignations?|resigned|retirements?)\b(?!\s+(?:was|were|is|are|had|has)\b)", re.I)
_SENTENCE_END = re.compile(r"\.(?:(?<=[a-z]{2}\.)|(?<=[a-z)] \.)|(?<=[a-z]\)\.))(?<!\bMrs\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bMs\.)(?<!\bCllr\.)(?<!\bCllrs\.)(?<!\bRev\.)(?<!\bProf\.)(?<!\bMessrs\.)[?\ufffd]?\s+(?=[A-Z])")
# (a "?" after the full stop: a bullet or line break the conversion could not write, "... (Clerk).? Also present ...")
_CHAIR_LABEL = re.compile(r"^\s*(?:presiding|in\s+the\s+chair|chair(?:man|person)?)\b", re.I)
_ROLE_LABEL = re.compile(r"(?i:(?:parish\s+|town\s+|deputy\s+)?clerk|(?:vice[- ])?chair(?:man|person)?|secretary|treasurer|"
                         r"minutes|minute[- ]taker|rfo)\s*:")
_ROLE_DASH = re.compile(r"^(?:The\s+)?(?:(?:Vice|Deputy)[- ]?)?(?:Chair(?:man|person|woman)?|Mayor|(?:Parish\s+|Town\s+|Locum\s+)?Clerk|Secretary|"
                        r"Treasurer|RFO|Minute[- ]?[Tt]aker)\s+[-–—]\s*(?=[A-Z])")  # "Chairman - Cllr A Belling", "The Deputy Mayor – Cllr M Hale"
_NO_ONE = re.compile(r"(?i:no\s+(?:rep|reps|representative|representation|one|working\b.*)|none|vacant|vacancy)\.?\s*")
_SENT_APOLOGIES = re.compile(r"(?:^|[,;]\s*|\s)(?i:apologies|apols)(?:\s+(?:from|received\s+from))?\s*:?\s+(?=[A-Z])")
_TIER_POST = re.compile(r"\s+(?i:borough|county|district|parish|town|city|unitary)\s+(?i:councill?or)\b")
_LIST_TITLE = re.compile(r"^\s*(councillors|c?cl?lrs|aldermen|trustees|messrs)\.?\s+", re.I)


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
            or any(p.title for p in find_people(second[:120])) else None  # "Present | The Mayor, Cllr. D. Hobson"
    m = attendance_label(block.text) or _SPACED_LABEL.match(block.text)
    if not m:
        return None
    rest = re.sub(r"^(?:members|councillors)\s*:\s*", "", block.text[m.end():].strip(), flags=re.I)  # "PRESENT Councillors: ..."
    if not rest or _REF_TAIL.fullmatch(rest) or m.group(0).rstrip().endswith((":", "-", "–", "from", "behalf of", " by")) \
            or _TITLE.match(_POST_BEFORE_TITLE.sub("", rest, count=1)) \
            or _looks_like_person(rest) or attendance_label(rest) \
            or re.match(r"[Tt]he\s+[A-Z]", rest) and any(p.title and p.quote_start < 40 for p in find_people(rest[:120])) \
            or re.match(r"[Tt]he\s+", rest) and _STAFF_ROLE.match(rest[4:]) or _STAFF_ROLE.match(rest) \
            or re.search(r"(?:councillors|cllrs)\s*$", m.group(0), re.I) and re.match(r"[A-Z][a-z]", rest) \
            or m.group(0).rstrip().endswith(".") and _status(m.group(0)) == "apologies" and _leading_names(rest) \
            or _LABEL_GOES_ON.match(rest):  # "Apologies; were received from Cllr X", "Apologies. Received from X"
        return m  # "Present The Mayor, Cllr. D. Hobson (in the chair)", "Also present the Clerk Ann Bell", "ALSO PRESENT Town
        # Clerk Ann Bell", "PRESENT Councillors Smith (Mayor), Jones": a post, or surnames after a plural title ("Present.
        # Chairman Cllr. E. Vane, ...": the chair's post before it)
    return None


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


_POST_BEFORE_TITLE = re.compile(r"(?i:(?:vice[- ])?chair(?:man|woman|person)?)\s+(?=(?i:councillor|cllr)\b)")
_CLAUSE = re.compile(r"\b(?i:was|were|is|are|it|resolved|agreed)\b")
_BY_ITEM = re.compile(r"^\s*(?:agenda\s+)?items?\s*$|^\s*officers?\s+(?:attending|present|in\s+attendance)\s*$", re.I)
_MEMBERSHIP = re.compile(r"^\s*(?:[\w’'-]+\s+){0,2}membership\s*:?\s*$", re.I)  # "MEMBERSHIP:", "Council Membership"
_ATTENDED = re.compile(r"present|attend|apolog|absent", re.I)  # a label that says who came (or did not)


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
    for i, block in enumerate(blocks):
        block = _without_item_number(block)
        ref = _LEADING_REF.match(block.text) if section is not None and not section.entries and block.kind == "paragraph" else None
        if ref:  # "Item 1: Apologies for Absence." / "19/5 Councillors A, B and C.": the label's minute, under its reference
            block = replace(block, text=block.text[ref.end():], start=block.start + ref.end())
        mode = _MODE_PREFIX.match(block.text) if section is not None and block.kind == "paragraph" else None
        if mode:  # "Via Zoom; Peter Bell (PB)": how the people after it attended, a group's heading
            block = replace(block, text=block.text[mode.end():], start=block.start + mode.end())
        if _MEMBERSHIP.match(block.text):
            membership, section = True, None
            continue
        label = _label(block)
        if membership and label and not _ATTENDED.search(label.group(0)):
            continue  # "Chair: Councillor A Hone", "Councillors: ..." in the list of members
        membership = membership and not label and not AGENDA_ITEM.match(block.text) and block.kind != "heading"
        if label and _CHAIR_LABEL.match(label.group(0)) and not any(
                (near := _label(b)) and not _CHAIR_LABEL.match(near.group(0)) for b in blocks[max(0, i - 3):i + 4]):
            label = None  # "Chairman: X" counts among attendance labels, not in a list of officers elected
        if label:
            section, misses, header = _Section(_status(label.group(0))), 0, []
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
                parts = _split_run_on(cell.text, cell.start) if len(block.cells) == 2 else []
                # "Present | Cllr A Smith (Chair), Cllr B Jones, Mary White (Police)": a list in one cell
                section.entries += parts if len(parts) >= 2 and _several_people(cell.text, parts, _TITLE.match(cell.text)) \
                    else [_row_entry(block.cells[1:])]
                section.spans.append((cell.start, block.end))
            continue
        if block.kind == "paragraph" and (len(block.text) > _RUN_ON or _LABEL_OPENS_SENTENCE.search(block.text)):
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
            for cell, column in zip(block.cells, columns):
                if cell.text.strip():
                    column.entries.append(_Entry(cell.text, cell.start))
                    column.spans.append((cell.start, cell.start + len(cell.text)))
            continue
        if columns and block.kind == "paragraph" and (_TITLE.match(block.text) or _looks_like_person(block.text)):
            columns[0].entries.append(_Entry(block.text, block.start))  # a row whose other cells are empty
            columns[0].spans.append((block.start, block.end))
            continue
        columns = []
        agenda_seen = agenda_seen or bool(AGENDA_ITEM.match(block.text))
        alone = False  # an unlabelled run of titled names: that paragraph only (the next may be the apologies)
        if unlabelled and section is None and not sections and not agenda_seen:
            short = block.kind == "paragraph" and len(block.text) < 400
            items = _split_run_on(block.text, block.start) if short else []
            listed = _person_lines(blocks, i) >= 3 or _name_list(items)
            alone = not listed and _titled_list(block, items)
            if listed or alone:
                section = _Section("present")
                sections.append(section)
        if section is None:
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
            section.entries.append(_row_entry(block.cells, header))
            section.spans.append((block.start, block.end))
            continue
        if _BY_ITEM.match(block.text):
            by_item = section  # "Agenda Item | Officer Attending": the numbers below are the items they came for
            continue
        if _ITEM_NUMBER.match(block.text) and by_item is section:
            continue
        if block.kind == "heading" or AGENDA_ITEM.match(block.text) and not _initial_i(blocks, i, section) \
                or _ITEM_NUMBER.match(block.text) or _LEFT_BODY.match(block.text):
            section = None
            continue
        if _ITEM_HEADING.match(block.text):
            section = None  # "1601 Secretary's Report: ACTION": the next item's heading, no group's heading inside the list
            continue
        if _MARKER_LINE.match(block.text) or _SUB_LABEL.match(block.text) or _HEADER_WORDS.fullmatch(block.text) \
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
        grouped = re.match(r"^[A-Z](?:[^.:;|()]|\([^()]*\)){2,80}:\s+(?:\|\s*)?(?=\S)", block.text) \
            or _ROLE_DASH.match(block.text)  # "Planning Service: Ms A Brown, Planner", "X: | Y |", "Vice-Chairman - Cllr B Dorney"
        if grouped and _CLAUSE.search(grouped.group(0)):
            grouped = None  # "It was Resolved: Cllr X to chair the meeting": a sentence, no group's heading
        rest = block.text[grouped.end():] if grouped else ""
        if grouped and _NO_ONE.fullmatch(rest):
            continue  # "Balloch: No rep": a group with nobody there
        sent = _SENT_APOLOGIES.search(rest)  # "Bonhill: Jack Fordy, Apologies from Fiona Jenkins"
        if sent:
            sections.append(_Section("apologies", spans=[(block.start + grouped.end() + sent.end(), block.end)]))
            rest = rest[:sent.start()]
        if grouped and (_looks_like_person(rest) or _TITLE.match(rest) or sent):
            if _ROLE_LABEL.match(block.text) or _ROLE_DASH.match(block.text):  # "Clerk: E White": one person, whom the layout gives
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
        staff = _STAFF_ROLE.match(block.text)  # "Parish Clerk Susan Cox", not "Parish Clerk: Absent."
        staff = staff if staff and block.text[staff.end():].split(None, 1)[0].lower() in first_names() else None
        post = _POST_BEFORE_TITLE.match(block.text)  # "Chairman Councillor A Brown, Councillor B Green, ..."
        lead = block.text[post.end():] if post else block.text
        titled = _TITLE.match(lead) or staff  # "Cllr A Brown", not "The Mayor advised that ..." nor "Mr Ormrod was elected": prose
        titled = titled if titled and re.match(r"[A-Z](?![\w’'-]*\s+(?!and\b)[a-z])", lead[titled.end():]) else None
        acts = _ACTS.search(block.text, 0, (_SENTENCE_END.search(block.text) or re.search("$", block.text)).start()) \
            or titled and SUBJECT_VERB.search(cues.folded(block.text))  # "Cllrs Foy and Gage sent apologies.": a sentence
        if acts or not _looks_like_person(_recased(_REASON.sub("", _TITLE.sub("", block.text)), least=1)) and not titled:
            misses += 1
            if misses >= 2 or len(block.text) > 100:
                section = None  # prose: the list is over
            continue
        misses = 0
        if _several_people(block.text, parts, titled):
            section.entries += parts
        else:
            section.entries.append(_Entry(block.text, block.start))
        section.spans.append((block.start, block.end))
        section = None if alone else section
    return sections


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
        named = [bool(_TITLE.match(e.text) or _starts_with_name(e.text)) for e in parts[1:]]
        return any(named) if titled else named[0]
    # a short run of titled names: "Cllr A Green (Chair), Cllr J Hall"; "Miss R Ellam, Mrs M Harvey, MrsHMcNeill"
    return sum(bool(_TITLE.match(e.text)) for e in parts) >= 2 \
        and sum(not _looks_like_person(_TITLE.sub("", e.text)) for e in parts) <= len(parts) // 4


# Upper-case attendance labels inside one long paragraph: a page whose columns and lines were
# flattened into one run of text ("... PRESENT Board Members: A, B ... APOLOGIES: C, D 1 WELCOME ...").
_INLINE_LABEL = re.compile(r"(?<![A-Za-z])(?<!AND )(?<!& )(?:(PRESENT|ALSO PRESENT|IN ATTENDANCE|ATTENDEES|ATTENDANCE|APOLOGIES(?: FOR ABSENCE)?|"
                           r"ABSENT)(?:\b|(?=[A-Z][a-z]))\s*:?|((?i:(?:members\s+|also\s+)?present(?:\s+(?:members|councillors|cllrs))?|in\s+attendance|attendees|"
                           r"attendance(?:\s+(?:and|&)\s+apologies)?|apologies(?:\s+for\s+absence)?|absent|clerk|minute[- ]taker|members\s+of\s+(?:the\s+)?public|"
                           r"those\s+attending|"  # "... called to order at 17:55. Those attending: A, B and C."
                           r"(?-i:(?:Board\s+|Committee\s+)?Members)))\s?:|"  # ("Present : A, B": a space before the colon)
                           r"(?<=[.;]\s)(Apologies(?:\s+for\s+absence)?|In\s+attendance|Also\s+present)"
                           r"(?=\s+(?:the\s+)?(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr|Clerk)[\s,])|"
                           r"(?<![\w-])(Present|In\s+[Aa]ttendance|Also\s+[Pp]resent|Apologies(?:\s+for\s+[Aa]bsence)?)"
                           r"(?=\s+(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Prof|Sir)\s+[A-Z]|"
                           r"\s+[A-Z][a-z]+\s+(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+\s+\([A-Z]{2,4}\)))|"
                           r"(?<=[\w,)] )(Apologies)(?=\s+[A-Z][a-z]+\s+[A-Z][a-z])")
# upper case, or any case with a colon, or "Apologies" / "In attendance" right before a title after a full stop
# ("... Roberts. Apologies Councillors ...", "... Blower. In attendance the Clerk X, ..."); not an item's
# title ("1. WELCOME AND APOLOGIES FOR ABSENCE Governors were welcomed ..."), or before a name and its initials in brackets
# ("... SUBJECT TO APPROVAL Present Drew Rowan (DR) Chair Sharon Pike (SP) Secretary ..."); or "Apologies" before a full name in a run of
# names and posts ("... Matt Moyes Business Support, BBC Apologies Patricia Reid Director of Nursing ...": a name | post
# table flattened into one line, its sections run on from the one before)
_INLINE_END = re.compile(r"\s\d{1,2}\.?\s+[A-Z][A-Z’'&,]+(?:\s+[A-Z][A-Z’'&,]+)+\b"  # "1 WELCOME AND APOLOGIES"
                         r"|\s\d{1,2}\.\s+[A-Z]{4,}\b"  # "2. APPROVAL of the MINUTES"
                         r"|\s\d{1,2}\.\s+(?=(?:Apologies|Declarations?|Welcome|Minutes)\b)"  # "... M. Taylor-Smith 1. Apologies for Absence"
                         r"|\s(?:[A-Z][a-z]{0,4}/)?\d{1,4}/\d{2}(?:-\d{2})?\s+[A-Z]"  # a minute number: "Cou/286/07-08 Apologies"
                         r"|(?<=\.)\s\d{1,2}\.\s+[A-Z]"  # the first item after the list's full stop: "... Stradling. 1. Chairman’s"
                         r"|(?<=[a-z)]\.)\s+(?=[A-Z][a-z]+\s+[a-z]{2,}\s)"  # a sentence after it: "... Blower. This meeting was"
                         r"|(?<=[a-z)]\.)\s+(?=[A-Z][A-Z’'&]+(?:\s+[A-Z][A-Z’'&]*){2,}\b)")  # an item's title in capitals: "... Smith. ELECTION OF A CHAIRMAN"


# a presence label that opens a sentence inside an item's short paragraph, before a titled name: "2. Acceptance of
# Apologies: There were no apologies.Present Councillors Tonkin, Davey and Mayhew."
# ... or with a colon: "The meeting was called to order at 17:55. Those attending: A, B and C."
_LABEL_OPENS_SENTENCE = re.compile(r"[.;]\s*(?:Present|Also\s+present|In\s+attendance)\s+(?=(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z])|"
                                   r"[.;]\s*(?:Those\s+attending|Those\s+present|Attendees|Present|In\s+attendance|Also\s+present)\s*:")


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
        status = _status(m.group(0))
        if end - m.end() > 5:
            sections.append(_Section(status, spans=[(block.start + m.end(), block.start + end)]))
        elif k + 1 == len(labels) and after is not None and after.kind == "paragraph":
            more = cues.search(_INLINE_LABEL, after.text)
            sections.append(_Section(status, spans=[(after.start, after.start + (more.start() if more else len(after.text)))]))
    return sections


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
        if len(text) > 100 or _label(block):
            break
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
    perhaps with a first name alone among them ("..., Tim Over, Butch")."""
    vouched = [e for e in entries if _starts_with_name(e.text)]
    return len(vouched) >= 3 and all(e in vouched or _NICKNAME.fullmatch(e.text.strip()) for e in entries)


_PUBLIC_COUNT = re.compile(r"(?:and\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+"
                           r"(?:members?\s+of\s+the\s+public|parishioners|residents|observers|visitors)\.?", re.I)


def _titled_list(block: Block, entries: list[_Entry]) -> bool:
    """Whether a short paragraph (split into ``entries``) is a run of three or more titled names, perhaps with
    a count of the public: "Mrs M Curry, Mr D Brozyna, Mr R Brown, and 13 parishioners", "Cllr Brooman (Chairman), Cllrs Goode, Harvey"."""
    if len(entries) < 3:
        return False
    titled = [m for m in find_people(block.text) if m.title]
    named = [e for e in entries if any(0 <= m.start - (e.start - block.start) < len(e.text) for m in titled)]
    return len(named) >= 3 and all(e in named or _PUBLIC_COUNT.fullmatch(e.text.strip()) for e in entries)


_NOTE_ONLY = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*")


def _titled_surname_line(text: str) -> bool:
    """Whether a line is one titled surname, perhaps with a note: "Cllr Vance (Chairman)", "Cllr Mrs Ruth"."""
    found = find_people(text[:80])
    return len(found) == 1 and found[0].quote_start == 0 and bool(found[0].title) \
        and bool(_NOTE_ONLY.fullmatch(text, found[0].end))


def _starts_with_name(text: str) -> bool:
    """Whether a line starts with a name the name finder vouches for (a title, initials or a known
    first name), after any initials that lead it: "AB Alice Brown (Chair)", "Cllr Smith"."""
    prefix = _initials_prefix(text)
    rest = text[prefix.end():] if prefix else text
    found = find_people(rest[:80])
    return bool(found) and found[0].quote_start == 0 and _looks_like_person(text)


# a cell of an attendance table that says whether the person came
_STATUS_CELL = re.compile(r"^\s*(?:(?P<present>present|attended|in\s+attendance)|(?P<apologies>apologies(?:\s+(?:received|given|sent))?|"
                          r"sent\s+apologies|apology|absent|not\s+present|did\s+not\s+attend|dna))\s*$", re.I)


_NO_MARK = re.compile(r"\s*(?:no|n|✗|✘)\s*", re.I)  # "No" in a column of who was present
_MARK = re.compile(r"\s*(?:[xX√✓✔✗•*]|yes|y)\s*")  # a mark in a status column
_CODE_CELL = re.compile(r"\s*(?:(?P<present>P|Y)|A|Ap|Apols?|Ab|N)\s*", re.I)  # a register's code: present, apologies, absent
_ORGANISATION_COLUMN = re.compile(r"^(?:organi[sz]ation.*|representing|agency|partner|partnership)$", re.I)


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


_TURN_TO_APOLOGIES = re.compile(r"[;,]\s*(?=(?i:apologies|apologies\s+(?:were\s+)?received)\s+(?i:from)\s+[A-Z])")


def _label_sentences(block: Block) -> tuple[list[_Entry], int]:
    """Entries run on after a label, in this sentence and any later one that repeats a label
    ("Apologies ... from A and B.  Apologies were also received from C, who ..."), and the offset
    where that run ends."""
    entries: list[_Entry] = []
    first = ""
    bounds = sorted({0, len(block.text)} | {m.end() for m in _SENTENCE_END.finditer(block.text)}
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
        stop = turn.start() + 1 if turn else len(sentence)
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
        if turn:
            break
    return entries, end


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


_INITIAL_GLUED = re.compile(r"(?<=(?<![\w.])[A-Z])\.(?=[A-Z][a-z])")


_COUPLE_LEAD = re.compile(r"([A-Z][a-z]+)\s+(?:and|&)\s+(?=([A-Z][a-z]+)\s+[A-Z][a-z])")


def _looks_like_person(text: str) -> bool:
    """Whether a line starts with a name (after any initials and title), not prose or an agenda heading."""
    text = text.strip()
    couple = _COUPLE_LEAD.match(text)  # "Jane and Gerald Payne": the second name says
    text = text[couple.end():] if couple and first_names() & {couple.group(1).lower(), couple.group(2).lower()} else text
    prefix = _initials_prefix(text)
    rest = _GLUED.sub(" ", _TITLE.sub("", text[prefix.end():] if prefix else text))
    rest = _INITIAL_GLUED.sub(". ", rest)  # "A.Vigrass, L.Bowden": an initial typed against the surname
    # "E. Robertson. (...)"; "Andrea Elton- WHHT": a dash typed against the name is no part of it
    words = [w if _INITIAL.match(w) else w.rstrip(".") for w in re.findall(r"[\w.'’]+(?:-[\w.'’]+)*", rest)]
    words = [w for k, w in enumerate(words) if not (k and w in PARTICLES and k + 1 < len(words))]  # "Selma van Wijk"
    run_together = bool(_STOPLESS_INITIALS.match(rest)) and _initials_before_surname([(w, 0) for w in words[:3]])  # "TJ Allway"
    initials = run_together or len(list(itertools.takewhile(_INITIAL.match, words[:3])))  # "J A McLaughlin": "A" is an initial here
    if len(words) < 2 or not (run_together or _NAME_WORD.match(words[0])) or not _NAME_WORD.match(words[1]) \
            or any(re.sub(r"['’]s$", "", w.lower()) in NOT_SURNAMES for w in words[initials:2]):
        return False  # "Chairman's Announcements", "Venue Room"
    after = rest.split(None, 2)[2] if len(rest.split()) > 2 else ""
    return not _PROSE.match(after) or after.startswith(("and ", "(")) or bool(re.match(r"^[-–—:,(]", after))


_NEXT_CAPITAL = re.compile(r"\s+[A-Z]")
# ("J Turnbull andA Willis": a space lost; "A, B and C, along with D from Zoning", "... together with the Clerk, E")
_AND = re.compile(r"\s+(?:and|&|along\s+with|together\s+with|as\s+well\s+as)\s+|\s+and(?=[A-Z]\s)")
_INITIALS_NEXT = re.compile(r"(?<=\([A-Z]{2}\)|[A-Z]{3}\))\s+[A-Z][\w’'-]+\s*\([A-Z]{2,3}\)")


def _split_run_on(text: str, offset: int, titled: bool = False) -> list[_Entry]:
    """Split "Cllr A Smith (Chair), B Jones and Mrs C (Jo) Brown." into one entry per person, at
    commas, semicolons and "and"/"&" outside parentheses; the first sentence only. A plural title
    ("Councillors Amil, King and Mills") makes every entry a titled name."""
    cut = _SENTENCE_END.search(text)
    text = text[:cut.start()] if cut else text
    titled = titled or bool(_LIST_TITLE.match(text))
    # "Bill Hitchins, DNPA Chairman; Peter Thorn, British Canoeing; ...": semicolons part the people,
    # the comma in each part sets off where the person comes from
    parts = text.split(";")
    affiliated = len(parts) >= 3 and sum(p.count(",") == 1 for p in parts) >= 0.6 * len(parts)
    pieces, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        depth += ch == "("
        closed = ch == ")" and depth == 1
        depth -= ch == ")" and depth > 0
        sep = 0
        if closed and _NEXT_CAPITAL.match(text, i + 1) and (_looks_like_person(text[i + 1:]) or _INITIALS_NEXT.match(text, i + 1)):
            # "Dan Barnett (Access Manager) Carol Carder (Secretary)", "Jackson (RJ) Allen (NA) Bill (BB)"
            pieces.append((start, i + 1))
            start = i + 1
        elif depth == 0:
            if ch == ";" or ch == "," and not affiliated:
                sep = 1
            elif not affiliated and ch.isspace():  # (matched in place: a copy of the rest at every space was quadratic)
                m = _AND.match(text, i)
                sep = m.end() - i if m else 0
        if sep:
            pieces.append((start, i))
            start = i + sep
            i += sep
            continue
        i += 1
    pieces.append((start, len(text)))
    entries = []
    for a, b in [cut for a, b in pieces for cut in _unglued(text, a, b)]:
        piece = text[a:b]
        stripped = piece.strip(" .\t")
        if len(stripped) >= 2:
            entries.append(_Entry(stripped, offset + a + piece.index(stripped), titled=titled))
            titled = titled or bool(_LIST_TITLE.match(stripped))  # "G Rogers (Chair), Councillors Jackson, Allen, Bill"
    _couples(text, offset, entries)
    return entries


_LONE_FIRST = re.compile(r"[A-Z][a-z]{1,11}")
_WHOLE_NAME = re.compile(r"(?P<first>[A-Z][a-z]+)\s+(?P<surname>[A-Z][\w’'-]+)(?=\s*(?:$|[,(]))")


def _couples(text: str, offset: int, entries: list[_Entry]) -> None:
    """Give a lone first name joined by "&" to a whole name that name's surname: "Ros & John Whitby", "Anne &
    Wilf Platt" (a couple written with the surname once; one of the two first names a known one); by "and" too
    where the two are all the text or an item of a list semicolons separate ("Jane and Gerald Payne", a line of a
    list, "A; Jane and Gerald Payne; B": not "Sam, Jo and Mark Hill");
    not in a list under a plural title ("Cllrs Ash & Jo Bell")."""
    for one, two in zip(entries, entries[1:]):
        between = text[one.start - offset + len(one.text):two.start - offset]
        whole = _WHOLE_NAME.fullmatch(two.text) or _WHOLE_NAME.match(two.text)
        # "Jane and Gerald Payne" on a line, or as an item of a list that semicolons separate ("A; Jane and Gerald Payne; B")
        before, after = text[:one.start - offset].rstrip(), text[two.start - offset + len(two.text):].lstrip()
        own_item = ";" in text and before[-1:] in ("", ";", ":") and after[:1] in ("", ";", ".")
        joined = between.strip() == "&" or between.strip() == "and" and (len(entries) == 2 or own_item)
        if joined and not one.titled and _LONE_FIRST.fullmatch(one.text) and whole \
                and (whole.group("first").lower() in first_names() or one.text.lower() in first_names()) \
                and whole.group("surname").lower() not in NOT_SURNAMES | ROLE_WORDS:
            one.surname = whole.group("surname")


# a name glued to the next one where a cell boundary was lost: "Sarah SeddonKeith Burns" (the second starts with a
# known first name, after a whole name of two or more words)
_GLUE_CUE = re.compile(r"[a-z][A-Z]")
_NAME_GLUE = re.compile(r"(?<=\S\s[A-Z][a-z])[a-z]+(?=(?P<first>[A-Z][a-z]+)\s+[A-Z])")


# two names of an initial and a surname with the comma between them lost: "J Gilford M Gooden"
_TWO_INITIALLED = re.compile(r"\s*[A-Z]\.?\s(?P<one>[A-Z][a-z’'-]+)(?P<gap>\s+)[A-Z]\.?\s(?P<two>[A-Z][a-z’'-]+)\s*\.?")


def _unglued(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The span ``text[a:b]`` cut where one name is glued to the next."""
    two = _TWO_INITIALLED.fullmatch(text, a, b)
    if two and not {two.group("one").lower(), two.group("two").lower()} & NOT_SURNAMES:  # not "C. Cllr T Jones"
        return [(a, two.start("gap")), (two.end("gap"), b)]
    if not _GLUE_CUE.search(text, a, b):
        return [(a, b)]  # (the cheap test first: most pieces hold no lower-case letter before a capital)
    cuts = [m.end() for m in _NAME_GLUE.finditer(text, a, b) if m.group("first").lower() in first_names()]
    return list(zip([a] + cuts, cuts + [b]))


_PREFIX = re.compile(r"^(?P<initials>[A-Z]{2,4})(?:\s*[-–:]\s*|\s+)(?=[A-Z])")  # "AC Alison Cooper", "JS – John Smith"


def _initials_prefix(text: str) -> re.Match | None:
    """The initials that lead an entry when they are the initials of the name after them:
    "AC Cllr. Alison Cooper (Chair)", "DO Dax O'Connor (Arun DC)"."""
    prefix = _PREFIX.match(text)
    if not prefix:
        return None
    after = _TITLE.sub("", text[prefix.end():], count=1)
    words = re.findall(r"[A-Z][\w'’-]*", after.split("(")[0])[:3]
    letters = prefix.group("initials")
    if len(words) >= 2 and ("".join(w[0] for w in words[:len(letters)]) == letters
                            or words[0][0] + words[-1][0] == letters or words[0][0] + words[1][0] == letters):
        return prefix
    return None


def _split_title(entry_text: str) -> tuple[str, str, str, str | None]:
    """``(text, title, rest, initials)``: the entry without a substitute note, its leading title, the
    rest, and the initials that led it ("AC Cllr. Alison Cooper")."""
    text = entry_text
    note = _SUB_NOTE.search(text)
    if note:  # "(Roger Bullen attending)": the substitute is not this person
        text = text[:note.start()].rstrip()
    prefix = _initials_prefix(text)
    lead = prefix.end() if prefix else 0
    ward = _WARD.match(text[lead:])
    if ward and ward.group(1).lower() not in first_names():  # "Eastbrook Ward Mr. D. Parr", not "John Ward"
        lead += ward.end()
    council = _COUNCIL_BEFORE_TITLE.match(text[lead:])
    council = council if council and (council.group(1).lower() not in first_names() or council.group(2)) else None
    if council:
        lead += council.end()  # "Highland Councillor Linda Munro", "Kent CC Cllr Dale": the council's name before the title
    title_match = _TITLE.match(text[lead:]) or _GROUP_ROLE.match(text[lead:]) or _STAFF_ROLE.match(text[lead:])
    title = title_match.group(0).strip(" :") if title_match else ""
    honorific = _TITLE.match(text[lead + title_match.end():]) if title_match and title_match.re is not _TITLE else None
    if honorific:  # "Clerk Mrs E Keble": the post, then the title
        title, lead = f"{title} {honorific.group(0).strip()}", lead + honorific.end()
    title = (council.group(0) + title).strip() if council else title
    rest = text[lead + (title_match.end() if title_match else 0):]
    return text, title, rest, prefix.group("initials") if prefix else None


# the council a councillor sits on, written before the title: "Highland Councillor", "Kent CC Cllr", "Ashby DC Cllr"
_COUNCIL_BEFORE_TITLE = re.compile(r"^([A-Z][a-z][\w’'&-]*)(?:\s+(?:([A-Z]{2,3})|[A-Z][a-z][\w’'&-]*))?\s+(?=(?:Councillor|Cllr)\.?\s+[A-Z])")
# a first name and a surname in cells of their own, in a table flattened with slashes: "Dawn / Elliott / Sponsor Governor"
_SPLIT_NAME = re.compile(r"^([A-Z][\w'’-]+)\s/\s([A-Z][\w'’-]+)(?=\s/\s|\s*$)")
# initials alone, with or without stops: "KT (Chair)", "P B", "M.C.L"
_ONLY_INITIALS = re.compile(r"^(?P<initials>[A-Z]{2,4}|[A-Z](?: [A-Z]){1,2}|[A-Z](?:\.[A-Z]){1,3}\.?)(?:\s*\((?P<role>[^()]{1,30})\))?\s*$")


# a role or group named before the name: "Parish Footpath Officers Declan Williams", "Parish Councillor’s: J Melen"
_GROUP_ROLE = re.compile(r"^(?:[A-Z][\w’'-]*\s+){0,3}(?:Officers?|Councillor['’]s|Wardens?|Auditors?|Representatives?)\s*:?\s+(?=[A-Z])")
# a role hyphened to the surname when a cell boundary or a space was lost: "Margaret Chadwick-Chairman (MC)"
# or a job title so hyphened: "Ted Massey-Chief Environmental Health Officer"
_HYPHENED_ROLE = re.compile(r"(?<=[a-z])(?<![Vv]ice)-(?P<role>(?:Vice[- ]?|Deputy\s)?(?:Chair(?:man|person|woman)?|Clerk|Secretary|Treasurer|Mayor)"
                            r"|(?:Chief|Principal|Senior|Head|Director|Assistant|Acting|Interim)(?:\s+(?:of\s+|and\s+)?[A-Z][\w&’'-]*)*)\b")


_ORG_AFTER = re.compile(r"\s+(?:(?:District|County|City|Borough|Town|Parish)\s+)?(?P<tail>[A-Z][a-z]+)\b")  # "District Council"
# ... or the last of a few more capitalised words to the entry's end: "Alex Hill, Criminal Justice Social Services"
_ORG_WORDS_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}(?P<tail>[A-Z][a-z]+)\b(?=\s*(?:$|[,;(]))")


def _parse(doc: Document, entry: _Entry, status: str, persons: list[tuple[int, int]] | None) -> Person | None:
    text, title, rest, initials = _split_title(entry.text)
    rest = re.sub(r"^([A-Z])(?=[A-Z][a-z]{2,}\b)", r"\1 ", rest)  # "SAvent": an initial whose space was lost
    # a surname in capitals after a first name or a title ("John SMITH", "Councillors SMITH, JONES"): the same length
    rest = _title_cased_surname(rest, bool(title or entry.titled))
    opened = _open_hyphen(rest)
    if opened:  # "Stirling- Reed": read as one word, its gap moved after it (the same length, so offsets hold)
        rest = rest[:opened.start()] + opened.group("word") + opened.group("gap") + rest[opened.end():]
    rest = re.sub(r"(?<=\w)\s+Esq(?:uire)?\.?(?=\s*(?:$|[,;(]))", lambda m: " " * len(m.group(0)), rest)  # "D Body Esq.": no part of the name
    cells = entry.cells
    split = _SPLIT_NAME.match(rest)
    if split and cells is None and (title or split.group(1).lower() in first_names()) and split.group(2).lower() not in NOT_SURNAMES | ROLE_WORDS:
        rest = rest[:split.end(1)] + " " * (split.start(2) - split.end(1)) + rest[split.start(2):]  # the same length
    elif cells and re.fullmatch(r"[A-Z][\w'’-]+", rest.strip()) and (title or rest.strip().lower() in first_names()) \
            and re.fullmatch(r"[A-Z][\w'’-]+", cells[0]) and cells[0].lower() not in NOT_SURNAMES | ROLE_WORDS:
        rest, cells = rest.strip() + " " + cells[0], cells[1:]  # "Ms Dawn | Elliott | Governor": first name and surname cells
    glued = _HYPHENED_ROLE.search(rest)
    if glued:  # the hyphen read as a space: same length, so offsets into the entry hold
        rest = rest[:glued.start()] + " " + rest[glued.start() + 1:]
    only_initials = _ONLY_INITIALS.match(rest)
    if only_initials and entry.cells is None:  # "Present: KT (Chair), CJ, P B, MA": people known by initials
        written = only_initials.group("initials")
        return Person(name=written, initials=written.replace(" ", ""), status=status,
                      role=only_initials.group("role"), source=Source.of(doc, entry.start, entry.start + len(entry.text)))
    name_words = _name_words(rest, persons, len(text) - len(rest), bool(title or entry.titled))
    if not name_words:
        return None
    name_end = name_words[-1][1]
    name_end -= bool(re.search(r"[a-z]{2}\.$", rest[:name_end]))  # "... from Mark Gilling. |": the sentence's stop
    name = rest[:name_end]
    if opened and opened.start() < name_end:
        name = name[:opened.start()] + " " + name[opened.start():]  # as written, the break a space: "Stirling- Reed"
    if entry.surname and len(name_words) == 1:
        name, name_words = f"{name} {entry.surname}", name_words + [(entry.surname, name_end)]
    surname_after_initials = bool(title) and len(name_words) >= 2 and all(_INITIAL.match(w) for w, _ in name_words[:-1])
    if not surname_after_initials and any(w.lower() in ROLE_WORDS for w, _ in name_words):
        return None  # a post, not a name ("Ward Member"); but "Mrs K. Head": a surname after a title and initials
    if len(name_words) < 2 and not ((title or entry.titled) and len(name_words[0][0]) > 2) \
            and name_words[0][0].lower() not in first_names():
        return None  # a lone word is a name only after a title ("Cllr Beck") or as a first name ("Sam")
    tail = rest[name_end:]
    if len(name_words) < 2 and not (title or entry.titled) and tail.split()[:1] and tail.split()[0].lower() in ROLE_WORDS:
        return None  # "Ward Member", "Link Officer": a post, though its first word is a first name too
    if len(name_words) < 2 and not title and _TIER_POST.match(tail):
        return None  # "Messrs A Bell, Westby Borough Councillor, ...": the post of the name before, under a plural title
    tails = [m.group("tail").lower() for m in (_ORG_AFTER.match(tail), _ORG_WORDS_AFTER.match(tail)) if m]
    if not (title or entry.titled) and ORG_TAILS.intersection(tails) and name_words[0][0].lower() not in first_names():
        return None  # "..., South Fenton District Council, ...": an organisation (not "Ann Colley Parish Council")
    markers: list[str] = []
    if glued and glued.start() >= name_end:
        markers.append(glued.group("role"))
        tail = rest[glued.end():]
    while True:
        paren = re.match(r"^\s*(?:\(([^()]*)\)|\[([^][]*)\])", tail)  # "(JS)", "[JS]"
        if not paren:
            break
        inner = (paren.group(1) or paren.group(2) or "").strip()
        if re.fullmatch(r"[A-Z]{2,4}", inner) and initials is None:  # "Mrs SE Stoke [SS] (FTG)": the first are hers
            initials = inner
        else:
            markers.append(inner)
        tail = tail[paren.end():]
    cells = [c for c in cells if not _SUB_NOTE.fullmatch(" " + c)] if cells else cells
    own = _LAST_INITIALS.search(tail) if initials is None else None
    if own and own.group(1)[0] == name[0] and own.group(1)[-1] == name_words[-1][0][0]:
        initials, tail = own.group(1), tail[:own.start()]  # "Wendy Jarrow – Town Clerk (WEJ)": hers, after her post
    organisation, role = _org_and_role(tail, cells)
    roles = [r for r in [title, role] if r] + markers
    end = entry.start + len(entry.text.rstrip())
    source = Source.of(doc, entry.start, end if entry.cells is None else entry.start + len(entry.text))
    if entry.cells:
        last = doc.text.find(entry.cells[-1], source.end) if entry.cells[-1] else -1
        if last >= 0:
            source = Source.of(doc, entry.start, last + len(entry.cells[-1]))
    return Person(name=" ".join(name.split()), source=source, status=status, initials=initials,
                  organisation=organisation, role="; ".join(roles) if roles else None)


_LAST_INITIALS = re.compile(r"\s\(([A-Z]{2,4})\)\.?\s*$")  # initials in brackets that end an entry, after a post
# a surname in capitals (not an honour: "Jo Khan MBE"): after a first name ("John SMITH"), or leading a titled
# entry ("Councillors SMITH, JONES")
_CAPS_SURNAME = re.compile(r"^(?P<before>[A-Z][a-z]{2,} |[A-Z]\.? )?(?!(?:[MOCKD]BE|BEM|QPM|QFSM|MEP|MSP|MLA)\b)"
                           r"(?P<surname>[A-Z]{3,}(?:[-’'][A-Z]{2,})*)(?=\s*(?:$|[,;(]))")


def _title_cased_surname(rest: str, titled: bool) -> str:
    """``rest`` with a surname written in capitals title-cased (the same length, so offsets hold)."""
    m = _CAPS_SURNAME.match(rest)
    before = m.group("before") or "" if m else ""
    if m is None or not (titled or before[1:2].islower() and before.strip().lower() in first_names()):
        return rest  # "John SMITH", not "J SMITH" untitled, nor an organisation's "Riverside CCG"
    return rest[:m.start("surname")] + m.group("surname").title() + rest[m.end("surname"):]


# a surname hyphenated across a line break, the break read as a space: "Anna Stirling- Reed (Chair)"
_OPEN_HYPHEN = re.compile(r"(?<=[{L}]-)(?P<gap>\s+)(?P<word>[{U}][{L}]+)(?=\s*(?:$|[,;(]))".format(U=UPPER, L=LOWER))


def _open_hyphen(rest: str) -> re.Match | None:
    """The gap after a hyphen inside a surname ("Stirling- Reed"), where the word after it ends the name and is no
    post or organisation's word ("Ann Roe- Clerk", "Jo Fry- Council")."""
    m = _OPEN_HYPHEN.search(rest)
    return m if m and m.group("word").lower() not in ROLE_WORDS | NOT_SURNAMES | ORG_TAILS else None


_GLUED = re.compile(r"(?<=[a-z]{3})(?<!Mac)(?=[A-Z][a-z]{2}|[A-Z]{3})")  # "EllisPolice", not "McKenzie", "MacDonald", "DeVito"
_TOKEN = re.compile(r"[^\s,;:()–—]+?(?=[\s,;:()–—]|-\s|$|" + _GLUED.pattern + r")")  # "Elton- WHHT": "Elton"




# honours and offices written after a name: never part of it
_POST_NOMINAL = re.compile(r"(?:[OMCKD]BE|BEM|JP|DL|QPM|QFSM|QC|KC|MP|MEP|MSP|MBA|FCA|PhD)")


def _particle(word: str) -> bool:
    """Whether ``word`` is a surname's particle ("van", "Ffion ap Rhys", "De"), where it stands after a first name."""
    return word in PARTICLES or word in CAPITAL_PARTICLES


def _name_candidates(rest: str, titled: bool = False) -> tuple[list[tuple[str, int]], bool]:
    """The words at the start of ``rest`` that can belong to a name, as ``(word, end offset)``, and
    whether layout alone decides where the name ends (the whole segment is a short name)."""
    words = [(m.group(0), m.end()) for m in _TOKEN.finditer(rest)]
    glued = _GLUED.search(rest)  # "Matthew EllisPolice and Crime Commissioner": a lost cell boundary
    segment_end = re.search(r"\s[-–—]\s|(?<=\w)-\s|[,;:(–—]" + (r"|" + _GLUED.pattern if glued else ""), rest)
    in_segment = [w for w in words if segment_end is None or w[1] <= segment_end.start()]
    taken: list[tuple[str, int]] = []
    for k, (word, end) in enumerate(in_segment):
        if k == 0 and _initials_before_surname(in_segment, titled):
            taken.append((word, end))  # "TJ Allway", "AJ Rubens": initials typed without stops or spaces
            continue
        if _particle(word) and taken and k + 1 < len(in_segment) and (_NAME_WORD.match(in_segment[k + 1][0])
                                                                     or _particle(in_segment[k + 1][0])):
            taken.append((word, end))  # "Jan van der Berg", "Ffion ap Rhys"
            continue
        if not _NAME_WORD.match(word.rstrip(".")) and not _NAME_WORD.match(word) or word.lower() in NOT_NAMES:
            break
        if word.lower() in ROLE_WORDS and any(not _INITIAL.match(w[0]) for w in taken):
            break  # "Tanya Gillett Head Youth Offending Service": the job title starts
        if _POST_NOMINAL.fullmatch(word.replace(".", "")) and any(not _INITIAL.match(w[0]) for w in taken):
            break  # "Norma Stone O.B.E", "Ann Bell MBE JP": honours after the name
        taken.append((word, end))
    full = [w for w in taken if not _INITIAL.match(w[0]) and not _particle(w[0])]
    return taken, not taken or (len(taken) == len(in_segment) and len(full) <= 3)


_STOPLESS_INITIALS = re.compile(r"[A-Z]{2,3}(?=[^\S\n]+[A-Z][a-z])")  # "TJ Allway", not "PSD / √ / Ray Wells"


def _initials_before_surname(words: list[tuple[str, int]], titled: bool = False) -> bool:
    """Whether a name opens with two or three initials run together ("TJ Allway", "DE Motherwell"): capitals
    before one word that can be a surname, not before a whole name ("CFO Dan Dovell": a post), nor before a post's
    word ("NPC Clerk", "CCG Lead") nor, untitled, an organisation's ("NHS England"; but "Mrs CE Hall")."""
    if len(words) < 2 or not re.fullmatch(r"[A-Z]{2,3}", words[0][0]):
        return False
    surname = words[1][0].rstrip(".")
    after = words[2][0].rstrip(".") if len(words) > 2 else ""
    if after and _NAME_WORD.match(after) and not _INITIAL.match(after) and after.lower() not in NOT_SURNAMES | ROLE_WORDS:
        return False
    return bool(_NAME_WORD.match(surname)) and not _INITIAL.match(surname) and surname.lower() not in ROLE_WORDS | NOT_NAMES \
        and (titled or surname.lower() not in NOT_SURNAMES | ORG_TAILS)


def _name_words(rest: str, persons: list[tuple[int, int]] | None, shift: int, titled: bool = False) -> list[tuple[str, int]]:
    """The words of the name at the start of ``rest`` as ``(word, end offset in rest)``. Where layout
    leaves the end of the name open, spaCy's PERSON spans (``persons``, offsets in the whole entry,
    which ``rest`` starts ``shift`` characters into) decide; without them the first two full words."""
    taken, decided = _name_candidates(rest, titled)
    if decided:
        return taken  # nothing, or the whole segment is a name: "Mary Jane Smith"
    for start, end in persons or ():
        if start - shift <= 0 < end - shift:
            spaced = [w for w in taken if w[1] <= end - shift]
            if 2 <= len([w for w in spaced if not _INITIAL.match(w[0])]) <= 3:
                return spaced
    result, count = [], 0
    for word, end in taken:
        result.append((word, end))
        count += not _INITIAL.match(word) and not _particle(word)
        if count == 2:
            break
    return result


def _org_and_role(tail: str, cells: list[str] | None) -> tuple[str | None, str | None]:
    """Organisation and role from what follows the name (and a table row's other cells)."""
    tail = re.sub(r"^\s*[-–—:,]\s*", "", tail).strip()
    role_parts: list[str] = []
    markers = re.findall(r"\(([^()]*)\)\s*$", tail)
    if markers and _MARKER_ROLES.match(markers[0].strip()):
        role_parts.append(markers[0].strip())
        tail = tail[:tail.rindex("(")].strip()
    if cells:
        filled = [c for c in cells if c]
        organisation = filled[-1] if filled else None
        role_parts = ([tail] if tail else []) + filled[:-1] + role_parts
        return organisation, "; ".join(role_parts) or None
    title = _TITLE.match(tail)
    if title:
        role_parts.insert(0, title.group(0).strip())
        tail = tail[title.end():]
    lead = _LEADING_ROLE.match(tail)
    if lead:
        role_parts.insert(0, lead.group(1))
        tail = tail[lead.end():]
    trail = _TRAILING_ROLE.search(tail)
    if trail:
        role_parts.append(trail.group(1))
        tail = tail[:trail.start()]
    organisation = tail.strip(" ,")
    return (organisation if re.search(r"\w", organisation) else None), ("; ".join(role_parts) or None)
