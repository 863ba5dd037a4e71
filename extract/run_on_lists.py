"""A run-on list ("Cllr A Smith (Chair), B Jones and Mrs C Brown") split into one entry a person."""

from __future__ import annotations

import re

from minutes.extract.names import NOT_SURNAMES, PLURAL_TITLES, first_names
from minutes.extract.person_entry import ROLE_WORDS, _Entry, _looks_like_person

_SENTENCE_END = re.compile(r"\.(?:(?<=[a-z]{2}\.)|(?<=[a-z)] \.)|(?<=[a-z]\)\.))(?<!\bMrs\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bMs\.)(?<!\bCllr\.)(?<!\bCllrs\.)(?<!\bRev\.)(?<!\bProf\.)(?<!\bMessrs\.)[?\ufffd]?\s+(?=[A-Z]|\d{1,2}\.\s+[A-Z])")
# (a "?" after the full stop: a bullet or line break the conversion could not write, "... (Clerk).? Also present ...";
# the next agenda item's number ends it too: "Apologies were received from A. 2. Declarations of interest – B declared ...")
_LIST_TITLE = re.compile(r"^\s*(" + PLURAL_TITLES + r")\.?\s+", re.I)


_NEXT_CAPITAL = re.compile(r"\s+[A-Z]")
# ("J Turnbull andA Willis", "Parry andSmith": a space lost; "A, B and C, along with D from Zoning", "... together with
# the Clerk, E")
_AND = re.compile(r"\s+(?:and|&|along\s+with|together\s+with|as\s+well\s+as)\s+|\s+and(?=[A-Z])")
_INITIALS_NEXT = re.compile(r"(?<=\([A-Z]{2}\)|[A-Z]{3}\))\s+[A-Z][\w’'-]+\s*\([A-Z]{2,3}\)")
_LIST_MARK = re.compile(r"[(),;\s]")  # what _split_run_on acts on: brackets, separators and spaces


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
    while mark := _LIST_MARK.search(text, i):  # the characters between change nothing: skipped
        i = mark.start()
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
