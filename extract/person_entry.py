"""One entry of an attendance list (a line, a table row, a run-on segment) parsed into a ``Person``.

Name, initials, role and organisation: ``_parse`` and its patterns; ``_looks_like_person`` says whether a
text reads as one person's entry at all. Used by ``attendance_sections`` and ``people``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from minutes.extract.names import (CAPITAL_PARTICLES, GLUED_PARTICLE, LOWER, NOT_SURNAMES, ORG_TAILS, PARTICLES, TITLE as _TITLE,
                                   UPPER, first_names)
from minutes.extract.record import Person, Source
from minutes.ingest.document import Document

_NAME_WORD = re.compile((r"^(?:[{U}][{L}]*['’]?[{U}]?[{L}]+(?:-(?:O['’]|Mc|Mac)?[{U}][{L}]+)*|[A-Z]\.?|[A-Z](?:\.[A-Z]){{1,3}}\.?|Mc[A-Z][a-z]+|"
                         r"O['’][A-Z][a-z]+|[Dd]['’][A-Z][a-z]+|" + GLUED_PARTICLE + r"[A-Z][a-z]+)$").format(U=UPPER, L=LOWER))
# (the last three: "d'Apice", "D'Souza", "denHollander")
# (a hyphen's second part may open like a surname: "Smith-McKay", "Anderson-MacKenzie", "Kelly-O'Neill")
_INITIAL = re.compile(r"^[A-Z]\.?$|^[A-Z](?:\.[A-Z]){1,3}\.?$")  # "J.", "D.J.E."
NOT_NAMES = {"also", "item", "items", "no", "part", "agenda", "page", "minutes", "public", "members", "none", "nil", "present",
             "apologies", "declarations", "matters", "date", "time", "venue", "one", "two", "three", "other", "all",
             "welcome", "introductions", "action", "actions", "report", "update", "notes", "there", "further"}
# words of posts, places and buildings that are common surnames too: after a known first name alone, ending the entry
# ("Tessa Hall", "Simon Holder"), the surname; elsewhere ("Village Hall", "Portfolio Holder") not a name
SURNAME_TOO = frozenset("hall holder head lane house west north south east street church".split())
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
    "vchair", "v-chair",  # "Pat Abel VChair (PA)": the vice-chair, abbreviated
}
_MARKER_ROLES = re.compile(r"^(chair(man|person)?|vice[- ]?chair(man)?|deputy chair|part minutes|minutes|observer|"
                           r"invitee|in[- ]part|substitute.*|sub|clerk|secretary|items? .*|minute taker|"
                           r"for items? .*|part|left .*|arrived .*|from item .*|until .*)$", re.I)
# the ward a councillor sits for, before the name: "Eastbrook Ward Mr. D. Parr", "Seaton Ward Karen Poole"
_WARD = re.compile(r"^([A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+){0,2}\s+Ward\s+(?=[A-Z])")
# a post written before the name: "RFO Clive Baker", "Clerk Linda Evans", "Locum Clerk: Tom Baines", "... and the Clerk L. Hart"
# or "Clerk to the Council D Bowen": the body the post serves, and initials before the surname
_STAFF_ROLE = re.compile(r"^(?:[Tt]he\s+)?(?:(?:Locum|Parish|Town|Deputy|Assistant|Acting|Interim)\s+)?(?:Clerk|RFO|Treasurer|Secretary|"
                         r"(?:Vice[- ]?)?Chair(?:man|person|woman)?|"
                         r"Minute[- ]?[Tt]aker)(?:\s*(?:/|&|and)\s*(?:RFO|Clerk|Treasurer))?"
                         r"(?:\s+to\s+the\s+(?:[A-Z][a-z]+\s+)?(?:Council|Committee|Board|Trustees|Meeting))?\s*:?\s+(?=[A-Z][a-z]|[A-Z]\.?\s+[A-Z][a-z])")
_ARTICLE = re.compile(r"^[Tt]he\s+")
_TRAILING_ROLE = re.compile(r"(?:^|\s+)(lead officer|lead|representative|rep|(?:vice[- ])?chair(?:man|person)?|secretariat lead|"
                            r"(?:parish\s+|town\s+|acting\s+)?clerk|treasurer|secretary|rfo)$", re.I)
_LEADING_ROLE = re.compile(r"^(lead officer|chair of|chair|vice[- ]chair of|vice[- ]chair)\s+", re.I)
_PROSE = re.compile(r"^[a-z]")
_SUB_NOTE = re.compile(r"\((?P<paren>[^()]*\b(?i:attending|substitut\w*|deputi[sz]\w*|represent(?:ing|ed\s+by)|in place of|for)\b[^()]*)\)"
                       r"\s*\.?$|\s[-–—]\s*(?P<dash>(?:[A-Z][\w.'’-]*\s+){1,4}(?i:substituted|substituting|deputised|"
                       r"deputising|attending|attended))\s*\.?$"
                       r"|,\s*for\s+whom\s+(?P<whom>.+?\s+(?:was|attended\s+as|acted\s+as)\s+(?:a\s+)?substitute)\s*[;.]?$")


# compiled once: tried for every entry (a pattern given as a string costs a lookup in re's cache on each call)
_BRACKETED = re.compile(r"^\s*(?:\(([^()]*)\)|\[([^][]*)\])")
_TWO_OR_THREE_CAPITALS = re.compile(r"[A-Z]{2,3}")
_LOST_SPACE = re.compile(r"^([A-Z])(?=[A-Z][a-z]{2,}\b)")
_NAME_SUFFIX = re.compile(r"(?<=\w)\s+(?:Esq(?:uire)?|Snr|Sr|Jnr|Jr)\.?(?=\s*(?:$|[,;(]))")
_WORD_STOP = re.compile(r"[a-z]{2}\.$")
_LEADING_PUNCTUATION = re.compile(r"^\s*[-–—:,]\s*")
_LAST_BRACKET = re.compile(r"\(([^()]*)\)\s*$")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]+")


@dataclass
class _Entry:
    text: str       # the entry's text (a line, a cell run, or a run-on segment)
    start: int      # its offset in the document text
    cells: list[str] | None = None
    titled: bool = False  # in a list under a plural title: a lone surname is a name
    status: str | None = None  # written in the row itself ("Jane Smith | Essex Police | Apologies")
    surname: str | None = None  # a couple's surname written once, after the second name: "Ros & John Whitby"
_TIER_POST = re.compile(r"\s+(?i:borough|county|district|parish|town|city|unitary)\s+(?i:councill?or)\b")


_INITIAL_GLUED = re.compile(r"(?<=(?<![\w.])[A-Z])\.(?=[A-Z][a-z])")


_COUPLE_LEAD = re.compile(r"([A-Z][a-z]+)\s+(?:and|&)\s+(?=([A-Z][a-z]+)\s+[A-Z][a-z])")


_MIDDLE_INITIAL = re.compile(r"[A-Z][a-z]+\s+[A-Z]\.?\s+[A-Z][a-z]")  # "Tom A Kerr", not "Jo S – Treasurer"


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
    if _MIDDLE_INITIAL.match(rest) and words[0].lower() in first_names() and words[2].lower() not in NOT_SURNAMES:
        words = words[:1] + words[2:]  # "Tom A Kerr": a known first name's middle initial, no article
    if len(words) < 2 or not (run_together or _NAME_WORD.match(words[0])) or not _NAME_WORD.match(words[1]) \
            or any(re.sub(r"['’]s$", "", w.lower()) in NOT_SURNAMES for w in words[initials:2]) \
            and not _first_name_and_surname_word(words):
        return False  # "Chairman's Announcements", "Venue Room"
    if "-" in words[1] and words[1].rsplit("-", 1)[1].lower() in ROLE_WORDS | NOT_SURNAMES:
        return True  # "Ann Westby-Director of Public Health": a post typed against the name, prose-like after it
    after = rest.split(None, 2)[2] if len(rest.split()) > 2 else ""
    return not _PROSE.match(after) or after.startswith(("and ", "(")) or bool(re.match(r"^[-–—:,(]", after))


def _first_name_and_surname_word(words: list[str]) -> bool:
    """Whether ``words`` are a known first name and a post's or place's word that is a common surname too: "Tessa Hall"."""
    return len(words) == 2 and words[0].lower() in first_names() and words[1].lower() in SURNAME_TOO


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
    title = _ARTICLE.sub("", title_match.group(0).strip(" :")) if title_match else ""  # "the Clerk": the post, "Clerk"
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


# a first name run into the surname when the space was lost in a PDF's text ("AverilWilkinson"), not "MacLeod", "VanDyke"
_GLUED_FIRST = re.compile(r"(?P<first>[A-Z][a-z]{2,})(?=[A-Z][a-z]{2,}\b)")


def _hyphen_as_space(text: str, at: int) -> str:
    """``text`` with the hyphen at ``at`` read as a space: the same length, so offsets into the entry hold."""
    return text[:at] + " " + text[at + 1:]


def _parse(doc: Document, entry: _Entry, status: str, persons: list[tuple[int, int]] | None) -> Person | None:
    if _HONOUR.fullmatch(entry.text.strip(" .").replace(".", "")):
        return None  # an honour a comma set apart from its holder's name: "G.O.Parry, MBE, J.Roe" (not a surname)
    text, title, rest, initials = _split_title(entry.text)
    rest = _LOST_SPACE.sub(r"\1 ", rest)  # "SAvent": an initial whose space was lost
    glued = _GLUED_FIRST.match(rest)
    if glued and glued.group("first").lower() in first_names() and glued.group("first").lower() not in PARTICLES | {"mac", "san", "fitz"}:
        rest = rest[:glued.end()] + " " + rest[glued.end():]  # "AverilWilkinson": a first name whose space was lost
    # a surname in capitals after a first name or a title ("John SMITH", "Councillors SMITH, JONES"): the same length
    rest = _title_cased_surname(rest, bool(title or entry.titled))
    opened = _open_hyphen(rest)
    if opened:  # "Stirling- Reed": read as one word, its gap moved after it (the same length, so offsets hold)
        rest = rest[:opened.start()] + opened.group("word") + opened.group("gap") + rest[opened.end():]
    # "D Body Esq.", "John Bell Sr": no part of the name (a generation's mark, which would read as the surname)
    rest = _NAME_SUFFIX.sub(lambda m: " " * len(m.group(0)), rest)
    cells = entry.cells
    split = _SPLIT_NAME.match(rest)
    if split and cells is None and (title or split.group(1).lower() in first_names()) and split.group(2).lower() not in NOT_SURNAMES | ROLE_WORDS:
        rest = rest[:split.end(1)] + " " * (split.start(2) - split.end(1)) + rest[split.start(2):]  # the same length
    elif cells and _CAPITALISED_WORD.fullmatch(rest.strip()) and (title or rest.strip().lower() in first_names()) \
            and re.fullmatch(r"[A-Z][\w'’-]+", cells[0]) and cells[0].lower() not in NOT_SURNAMES | ROLE_WORDS:
        rest, cells = rest.strip() + " " + cells[0], cells[1:]  # "Ms Dawn | Elliott | Governor": first name and surname cells
    glued = _HYPHENED_ROLE.search(rest)  # (a whole list so hyphened: people._dash_separated)
    if glued:
        rest = _hyphen_as_space(rest, glued.start())
    only_initials = _ONLY_INITIALS.match(rest)
    if only_initials and entry.cells is None:  # "Present: KT (Chair), CJ, P B, MA": people known by initials
        written = only_initials.group("initials")
        return Person(name=written, initials=written.replace(" ", ""), status=status,
                      role=only_initials.group("role"), source=Source.of(doc, entry.start, entry.start + len(entry.text)))
    name_words = _name_words(rest, persons, len(text) - len(rest), bool(title or entry.titled))
    if not name_words:
        return None
    name_end = name_words[-1][1]
    name_end -= bool(_WORD_STOP.search(rest[:name_end]))  # "... from Mark Gilling. |": the sentence's stop
    name = rest[:name_end]
    if opened and opened.start() < name_end:
        name = name[:opened.start()] + " " + name[opened.start():]  # as written, the break a space: "Stirling- Reed"
    if entry.surname and len(name_words) == 1:
        name, name_words = f"{name} {entry.surname}", name_words + [(entry.surname, name_end)]
    surname_after_initials = bool(title) and len(name_words) >= 2 and all(_INITIAL.match(w) for w, _ in name_words[:-1])
    if not surname_after_initials and any(_post_word(w) for w, _ in name_words) \
            and not _first_name_and_surname_word([w for w, _ in name_words]):
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
        paren = _BRACKETED.match(tail)  # "(JS)", "[JS]"
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


def _post_word(word: str) -> bool:
    """Whether ``word`` is a post's word, or post words joined by hyphens ("Vice-Chairman", "Deputy-Mayor")."""
    return word.lower() in ROLE_WORDS or all(part in ROLE_WORDS for part in word.lower().split("-"))


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


_GLUED = re.compile(r"(?<=[a-z]{3}|[A-Z][a-z]{2})(?<!Mac)(?=[A-Z][a-z]{2}|[A-Z]{3})")  # "EllisPolice", not "McKenzie", "MacDonald", "DeVito"
# (a word ends after an initial glued to a first name that a surname follows: "J.Arwel Edwards" is an initial and a
# name, where "J.Arwel" had been read as initial and surname; "D.Bell" alone stays one word, as an honour "O.B.E" does)
_TOKEN = re.compile(r"[^\s,;:()–—]+?(?=[\s,;:()–—]|-\s|$|(?<=(?<![^\s,;:()–—.])[A-Z]\.)(?=(?:[A-Z]\.)*[A-Z][a-z]+\s+[A-Z][a-z])|" + _GLUED.pattern + r")")  # "Elton- WHHT": "Elton"




# the honours written after a name, which no one's initials are taken for (not "JP", "DL": someone's initials as often)
_HONOURS = r"[OMCKD]BE|BEM|QPM|QFSM"
_HONOUR = re.compile(r"(?:" + _HONOURS + ")")
# honours and offices written after a name: never part of it
_POST_NOMINAL = re.compile(r"(?:" + _HONOURS + r"|JP|DL|QC|KC|MP|MEP|MSP|MBA|FCA|PhD)")


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
        if not _NAME_WORD.match(word.rstrip(".")) and not _NAME_WORD.match(word) \
                or word.lower() in NOT_NAMES and not _surname_after_first_name(taken, k, in_segment):
            break
        if (word.lower() in ROLE_WORDS or _place_or_body_word(word)) and any(not _INITIAL.match(w[0]) for w in taken) \
                and not (word.lower() in SURNAME_TOO and _surname_after_first_name(taken, k, in_segment)):
            break  # "Tanya Gillett Head Youth Offending Service": the job title starts; "J Wray Cheshire East": a place's
        if _POST_NOMINAL.fullmatch(word.replace(".", "")) and any(not _INITIAL.match(w[0]) for w in taken):
            break  # "Norma Stone O.B.E", "Ann Bell MBE JP": honours after the name
        taken.append((word, end))
    full = [w for w in taken if not _INITIAL.match(w[0]) and not _particle(w[0])]
    return taken, not taken or (len(taken) == len(in_segment) and len(full) <= 3)


def _place_or_body_word(word: str) -> bool:
    """Whether ``word`` names a place's part, a body or a post ("East", "Old", "Council", "Vice-Chairman"), none of a
    name: not a title (the next person's "Mr", "Cllr") nor an initial ("A")."""
    return word.lower() in NOT_SURNAMES and not _INITIAL.match(word) and not _TITLE.match(word + " ")


def _surname_after_first_name(taken: list[tuple[str, int]], k: int, words: list[tuple[str, int]]) -> bool:
    """Whether ``words[k]``, a word that is seldom a name ("Page", "Part"), is the surname ending a known first name's
    entry: "Gordon Page (GP) - Chair", not "Minutes Page 3" nor "Jane Hill Page 2"."""
    return k == len(words) - 1 and len(taken) == 1 and taken[0][0].lower() in first_names()


_STOPLESS_INITIALS = re.compile(r"[A-Z]{2,3}(?=[^\S\n]+[A-Z][a-z])")  # "TJ Allway", not "PSD / √ / Ray Wells"


def _initials_before_surname(words: list[tuple[str, int]], titled: bool = False) -> bool:
    """Whether a name opens with two or three initials run together ("TJ Allway", "DE Motherwell"): capitals
    before one word that can be a surname, not before a whole name ("CFO Dan Dovell": a post), nor before a post's
    word ("NPC Clerk", "CCG Lead") nor, untitled, an organisation's ("NHS England"; but "Mrs CE Hall")."""
    if len(words) < 2 or not _TWO_OR_THREE_CAPITALS.fullmatch(words[0][0]):
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
    tail = _LEADING_PUNCTUATION.sub("", tail).strip()
    role_parts: list[str] = []
    markers = _LAST_BRACKET.findall(tail)
    if markers and _MARKER_ROLES.match(markers[0].strip()):
        role_parts.append(markers[0].strip())
        tail = tail[:tail.rindex("(")].strip()
    if cells:
        filled = [c for c in cells if c]
        organisation = filled[-1] if filled and not _MARKER_ROLES.match(filled[-1].strip()) else None  # "A Bell | Chair": a post
        role_parts = ([tail] if tail else []) + (filled[:-1] if organisation else filled) + role_parts
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
