"""Finding people's names in running text where layout does not mark them.

The structured attendance parser reads names from lists, table cells and run-on lines split at
commas. Real minutes also flatten columns ("Cllr M Alexander, East Herts District Council Cllr Mrs A
Brewster, ..."), run names and job titles together, and write names as initials and surname
("R G Hannam"). :func:`find_people` finds every name in such a stretch from evidence that holds in
any English minutes:

- a title before it ("Cllr", "Mrs", "Dr", "Mayor"): "Cllr Mrs A Brewster", "Cllr Beck";
- initials before a surname: "R G Hannam", "M.J. Walker";
- a known first name before one or two capitalised words: "Dorothy Thornhill" (first names from
  the name dictionary shipped with the ``gender-guesser`` package, about 60,000 names);
- spaCy PERSON spans, when the caller passes them.

A capitalised word that names an organisation, place type or role ("Council", "Borough", "Police",
"Director") never counts as a surname.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path

from minutes.extract import cues

TITLES = ("chief inspector", "chief superintendent", "detective inspector", "assistant chief constable",
          "deputy chief constable", "chief constable", "superintendent", "inspector", "councillors", "councillor",
          "cllrs", "cllr", "acc", "dcc", "supt", "sup", "ch supt", "insp", "sgt", "sergeant", "dr", "mr", "mrs", "ms", "miss",
          "prof", "professor", "rev", "revd", "sir", "dame", "lord", "lady", "baroness", "alderman", "ald", "pcso", "pco",
          "pc", "mayor", "aldermen",
          "the right worshipful", "right worshipful", "the worshipful", "the lord mayor", "lord mayor", "the mayor",
          "the deputy mayor", "deputy mayor", "det", "detective", "dci", "chief supt", "ch insp", "chief insp",
          "p.c", "reverend", "the reverend", "canon",
          "the revd", "fr", "sister", "sr", "lieutenant colonel", "lt col", "colonel", "col", "brigadier", "captain", "capt", "maj", "major",
          "wing commander", "councilor", "counciller",  # the last two: spellings met in real minutes
          "station officer", "station manager",  # fire and rescue ranks: "Station Officer A Bell"
          "clir", "cilr", "clirs", "cilrs",  # "Cllr" as OCR reads it from a scan
          "clr", "clrs", "cclr", "cclrs", "ccllr", "ccllrs", "cll", "clls",  # short forms; a community councillor's "CCllr"
          "pcsos", "pcso's", "pcso’s", "cllr's", "cllr’s",  # a plural with an apostrophe: "PCSO's Ann Lee", "Cllr’s A, B and C"
          "preb", "prebendary", "ven", "venerable", "archdeacon", "pastor", "trustees", "trustee",  # the last two: a charity's trustees
          "deacon",  # a church's ordained minister: "Deacon Jo Bell", as "Revd" and "Pastor"
          "messrs",  # "Messrs Abner, Ruse and Pinnock": the plural of "Mr"
          "d/cllr", "c/cllr", "p/cllr", "d/cllrs", "c/cllrs")  # a district's, county's or parish's councillor: "D/Cllr Brooks"
# "County Cllr", "Parish Councillors", "Shadow Unitary Councillor": the council's tier before the title
_TIERS = ("district and county", "county and district", "shadow unitary", "shadow", "county", "cty", "district", "city", "town",
          "parish", "borough", "unitary", "community", "ward", "c.", "d.", "co.", "co", "dist.", "dist")  # "C. Cllr": county
TITLES = tuple(f"{tier} {title}" for tier in _TIERS for title in ("councillors", "councillor", "cllrs", "cllr", "clir")) + TITLES
RANKS = ("CI", "DI", "DS", "DC")  # police ranks, titles only in capitals: "Di Moss" is a first name
# "CllrsJ Crockett", "MrsE. Blacker", "CllrGary Harding": a space lost in the source (a short title only)
_GLUED_INITIAL = r"(?-i:(?<=[a-z])(?=[A-Z][.\s])|(?:(?<=Cllr)|(?<=Cllrs)|(?<=Mr)|(?<=Mrs)|(?<=Ms)|(?<=Dr))(?=[A-Z][a-z]))"
# a tier's initials glued to "Cllr": "DCllr A Bell", "MBCllr Dunn" (a district's, a borough's councillor), in capitals
_TIER_GLUED = r"(?-i:[A-Z]{1,2}Cllrs?)"
# a councillor's title with its "l" typed once or twice too often: "Clllr", "Councillllor"
_SLIPPED_COUNCILLOR = r"cl{3,4}rs?|councill{2,3}ors?"
_TITLE_WORDS = cues.alternation(TITLES) + "|(?-i:" + "|".join(RANKS) + ")|" + _TIER_GLUED + "|" + _SLIPPED_COUNCILLOR
TITLE = re.compile(r"^(?:(?:" + _TITLE_WORDS + r")(?:\.?\s+|\.(?-i:(?=[A-Z]))|" + _GLUED_INITIAL + r"))+", re.I)  # "Cllr.J Edmonds" too

# Capitalised words that name organisations, place types, roles or document furniture: never a surname.
NOT_SURNAMES = frozenset("""
council councils borough district county city town parish village community communities police authority
service services trust trusts nhs pct ccg partnership partnerships board boards group groups team teams forum
forums panel committee university college school schools church association society foundation department
directorate office unit centre center commission agency limited ltd plc universities colleges health fire rescue probation housing
children adult adults youth education social care public safety safer strategic executive director manager
officer officers head chief assistant associate deputy vice chair chairman chairperson co-chair co-chairman co-chairperson convenor convener vice-convenor vice-convener vice-chair vice-chairman vice-chairperson clerk secretary treasurer
member members co-opted coopted voting non-voting representative representatives lead leader cabinet portfolio holder mayor
governor governors inspector superintendent constable sergeant commander secretariat support policy planning
finance legal democratic development environment environmental corporate programme project senior principal
interim acting consultant adviser advisor coordinator co-ordinator manager's national regional local area
management administrator administration accountant analyst engineer solicitor surveyor commissioner practitioner
esq esquire north south east west northern southern eastern western central greater upper lower new old royal
hall house room chamber offices civic street road lane way avenue
minutes agenda item items report reports update apologies present attendance absent declarations matters initial initials category
meeting meetings action actions notes note date time venue welcome introductions none nil all other others also
the of and for in on at to by with from a an
people person persons resident residents electors parishioners families partners victims offenders carers parents pupils students staff users
january february april july september october november december
monday tuesday wednesday thursday friday saturday sunday
zoom skype webex teleconference videoconference
""".split()) | {w for title in TITLES for w in title.split()} - {"ward", "deacon"}  # "Ward Councillor X", but "John Ward"

# Nouns that end an organisation's or a place's name: a "name" right before one belongs to it
# ("Joseph Rowntree Foundation", "Florence Nightingale Hospital").
ORG_TAILS = frozenset("""foundation trust school college academy university hospital centre center council house hall
partnership society association fund institute church chapel park street road lane avenue way court estate ward
library museum club group board forum service services project prison surgery practice""".split())

UPPER, LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿŵŷ"  # letters of names: "Siân", "Seán", "Göhler", "Zoë"
GLUED_PARTICLE = r"(?:van|von|den|der|de|du|da|di|le|la)(?=[A-Z])"  # a particle typed against the surname: "denHollander"
_WORD = r"(?:Mc|Mac|O['’]|[Dd]['’]|" + GLUED_PARTICLE + r")?[" + UPPER + "][" + LOWER + "]+(?:[-'’](?:Mc|O['’])?[" + UPPER + "]?[" + LOWER + "]+)*"
# (the last part: "Fitzgerald-O’Connor", "Smith-McDonald")
_INITIALS = r"(?:[A-Z]\.\s?|[A-Z]\s){1,3}"
_GAP = r"[^\S\t\n]+"  # spaces within one line or cell, never a cell boundary
_TITLED = re.compile(r"(?<![\w.])(?<!\b[A-Z]\.\s)(?P<title>(?:(?i:" + _TITLE_WORDS + r")(?:\.?" + _GAP + "|"
                     + _GLUED_INITIAL + r"))+)"
                     r"(?P<name>" + _INITIALS + _WORD + r"|[A-Z]{2,3}" + _GAP + _WORD + r"|" + _WORD + _GAP + _INITIALS + _WORD
                     + r"|" + _WORD + r"(?:" + _GAP + r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b)" + _WORD + r"){0,2})")
# (a first name, a middle initial and the surname: "Cllr David J. Roberts"; the name's later words are no next
# person's title: "Councillor Jones Councillor Brown" is two people; a title word right after an initial is a surname:
# "I. Deacon S. Coar")


# compiled once (a pattern given as a string costs a lookup in re's cache on each call)
_SEPARATOR_BEFORE = re.compile(r"(?:^|[,;:(]|\band|&)\s*$")  # a list separator before a name, and after it
_SEPARATOR_AFTER = re.compile(r"\s*(?:[,;)]|and\b|&|\.?\s*$)")
_NON_SPACE_RUN = re.compile(r"\S+")


def _at_capital(source: str) -> re.Pattern:
    """``source``, look-arounds that match only right before a name's first letter (a capital, or the "d" of "d'Arcy"),
    compiled to be tried only there: the match is that letter, ``source`` tested before it inside a look-behind of one
    character, so that the regex engine scans for the letters instead of trying ``source`` at every character (2 to 3
    times faster; read the match's start and groups, not its end)."""
    return re.compile(f"[{UPPER}d](?<={source}.)")


# lookaheads, so that a rejected match does not hide a name that starts inside it
_INITIALLED = _at_capital(r"(?<![\w.’'&-])(?=(?P<name>" + _INITIALS + _WORD + r"))")
# a first name right before a middle initial: "James" in "James E. Niemeyer"
_FIRST_BEFORE = re.compile(r"(?<![\w.’'&-])(" + _WORD + r")[^\S\n]+$")
_FIRST_LED = _at_capital(r"(?<![\w.’'&-])(?=(?P<name>" + _WORD + r"(?:\s+" + _WORD + r"){1,2}))")


@dataclass(frozen=True)
class Mention:
    """A name found in a text: its span there (title excluded), the name, and any title before it."""

    start: int
    end: int
    name: str
    title: str = ""
    quote_start: int = -1  # where the mention starts with its title; -1: at ``start``

    def __post_init__(self) -> None:
        if self.quote_start < 0:
            object.__setattr__(self, "quote_start", self.start)


# months that are also names ("Peter May", "June Derbyshire") stay name words, but these two open
# too many sentences ("May I ...", "March saw ...") to lead a name on their own
_SENTENCE_OPENERS = frozenset({"may", "march"})


_FREQUENT = frozenset("23456789ABCDEF")  # the name dictionary's frequencies of 2 or more, one hex digit a country


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased first names from gender-guesser's name dictionary (loaded on first use): those
    with a frequency of 2 or more (its scale runs 1-13) in at least one country, which leaves out
    rare ones that are mostly place names ("York", "Beverley", "Lincoln")."""
    import gender_guesser

    names: set[str] = set()
    data = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    with data.open(encoding="utf-8") as handle:
        for line in handle:
            # a frequency of 2 or more: a hex digit from 2 on among the line's columns (tested as a set, not read
            # digit by digit: the parent reads all 48,000 lines before each batch)
            if line[:1] not in "#=" and len(line) >= 31 and not _FREQUENT.isdisjoint(line[30:-1]):
                names.add(line.split()[1].replace("+", "-").lower())
    return frozenset(names - NOT_SURNAMES - _SENTENCE_OPENERS)


def _name_part(word: str) -> bool:
    """Whether ``word`` can be part of a name: not an organisation's or a post's word, nor its possessive ("People’s")."""
    word = word.lower().strip(".")
    return word not in NOT_SURNAMES and not (word.endswith(("’s", "'s")) and word[:-2] in NOT_SURNAMES)


def _trim(words: list[str]) -> list[str]:
    """The leading words that can be part of a name (stop at the first organisation or role word)."""
    kept: list[str] = []
    for word in words:
        if not _name_part(word):
            break
        kept.append(word)
    return kept


# place and direction words that are also common surnames
_PLACE_SURNAMES = frozenset("hall house lane way north south east west street chambers".split())
# titles of several people at once; "Cllr’s A, B and C": the plural written with an apostrophe
PLURAL_TITLES = r"councillors|c?cl?lr['’]?s|aldermen|trustees|messrs"
_PLURAL_TITLE = re.compile(r"(?i:" + PLURAL_TITLES + r")\.?\s*$")
_NEXT_SURNAME = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|(?<=\))\s+)(?P<name>" + _WORD + r")(?=\s*(?:[,;.()&]|and\s|$)|\s+[a-z])")  # a note after it too: "Brett (Deputy Mayor), ..."


def _surname_peers(text: str, pos: int, title: str) -> list[Mention]:
    """The surnames that follow a plural title's first one: "Councillors Amil, King, Mills and Parrott"."""
    peers = []
    while (m := _NEXT_SURNAME.match(text, pos)) and m.group("name").lower() not in NOT_SURNAMES:
        peers.append(Mention(m.start("name"), m.end("name"), m.group("name"), title, m.start("name")))
        pos = m.end()
    return peers


# a councillor's title for one person: "Cllr", "Councillor", "County Councillor"
_SINGULAR_COUNCILLOR = re.compile(r"(?i:councill?or|c?cl?lr)\.?\s*$")
_AND = re.compile(r"\band\b|&")
_BY = re.compile(r"\s+by\b")  # a capitalised verb, not a surname: "proposed by Cllr Ames and Seconded by ..."


def _closed_surname_peers(text: str, pos: int, title: str) -> list[Mention]:
    """The bare surnames after a councillor's title and first surname, in a list closed by "and": the title covers
    them all ("Cllr Ames and Bell were on holiday", "Councillor Ames, Bell and Cole"); not an open run ("Cllr
    Ames, Planning") nor a first name ("Cllr Ames and Sarah") nor a verb ("Cllr Ames and Seconded by")."""
    peers = _surname_peers(text, pos, title)
    closed = [i for i, peer in enumerate(peers) if _AND.search(text, peers[i - 1].end if i else pos, peer.start)]
    kept = peers[:closed[-1] + 1] if closed else []
    if any(peer.name.lower() in first_names() or _BY.match(text, peer.end) for peer in kept):
        return []
    return kept


_FUNCTION_WORDS = frozenset("the of and for in on at to by with from a an".split())
_NEXT_WORD = re.compile(r"[^\S\n]+([A-Z][\w’'-]*)")
_NEXT_TITLES = frozenset("mr mrs ms miss dr cllr councillor".split())  # the next person's title after a surname
# a surname that ends its list item: a separator, a bracket, a spaced dash or the line's end after it
_ITEM_SURNAME = re.compile(_GAP + r"(?P<name>" + _WORD + r")(?=\s*(?:[,;(&]|and\b|\.?\s*$|\.\s)|[^\S\n]*\n"
                           r"|[^\S\n]+[-–—][^\S\n])")


def _item_surname(text: str, pos: int) -> re.Match | None:
    """The name word right after ``pos`` when it ends the list item and is no organisation's or post's word: the
    surname of "J Rymer Jones – Chair" after "J Rymer" (not "Bell Parish", nor "Ann Dale Community Centre,")."""
    last = _ITEM_SURNAME.match(text, pos)
    return last if last and _name_part(last.group("name")) and last.group("name").lower() not in ORG_TAILS else None


def find_people(text: str, persons: list[tuple[int, int]] = ()) -> list[Mention]:
    """Every person named in ``text``, left to right, without overlaps. ``persons`` are extra name
    spans (spaCy PERSON) used where no rule fires. A text is read once per document (:func:`forget_texts`):
    the components read a fifth of theirs again, a block after its sentences, a section after its lines."""
    return list(_people_in(text, tuple(persons)))


@functools.lru_cache(maxsize=4096)
def _people_in(text: str, persons: tuple[tuple[int, int], ...]) -> tuple[Mention, ...]:
    return tuple(_find_people(text, persons))


def forget_texts() -> None:
    """Forget the names found so far: called before each document, as :func:`cues.forget_texts` is."""
    _people_in.cache_clear()


_INITIAL_WORD = re.compile(r"[A-Z]\.?")
_GLUED_STOP = re.compile(r"(?<=(?<![\w.])[A-Z])\.(?=[A-Z][a-z])")  # an initial's stop typed against the name after it


def _find_people(text: str, persons: tuple[tuple[int, int], ...]) -> list[Mention]:
    taken: list[Mention] = []

    def free(start: int, end: int) -> bool:
        return all(end <= m.start or start >= m.end for m in taken)

    for m in _TITLED.finditer(text):
        name_text = m.group("name")
        words = _GLUED_STOP.sub(". ", name_text).split()  # "Cllr J.Arthur Jones": the initial, then the name
        if len(words) > 2 and not _INITIAL_WORD.fullmatch(words[0]) and _INITIAL_WORD.fullmatch(words[1]):
            if words[0].lower() in first_names() and _name_part(words[-1]) and free(m.start(), m.end("name")):
                # "Cllr David J. Roberts": a first name, middle initials and the surname
                taken.append(Mention(m.start("name"), m.end("name"), " ".join(words), m.group("title").strip(), m.start()))
                continue
            name_text, words = words[0], words[:1]  # "Cllr Smith J. Jones": the surname alone, as before
        name_end = m.start("name") + len(name_text)
        initials = [w for w in words if re.fullmatch(r"[A-Z]\.?", w)]
        rest = _trim(words[len(initials):])
        after = words[len(initials) + len(rest):]
        if after and after[0].lower() in _PLACE_SURNAMES and (initials and not rest
                                                             or len(rest) == 1 and rest[0].lower() in first_names()):
            rest.append(after[0])  # "Sergeant Vicky Hall", "Cllr J North": a title and a first name make it a surname
        if not rest or not initials and len(rest) == 1 < len(words) and words[1].lower().rstrip(".") not in _NEXT_TITLES \
                and words[1].lower() not in _FUNCTION_WORDS:  # (a capitalised "With the ..." opens the next sentence)
            continue  # "Superintendent Essex Police": the title is followed by an organisation (not "Mr Cowling Mr I Backhouse")
        keep = initials + (rest[:1] if initials else _first_name_run(rest))
        if not initials and len(keep) == 3 and (after_word := _NEXT_WORD.match(text, name_end)) and not _name_part(after_word.group(1)):
            keep = keep[:2]  # "Cllr Jo Ross Leicestershire District Council": the third word starts the organisation's name
        start = m.start("name")
        end = start + _span_length(name_text, keep)
        if initials and len(keep) == len(words) == len(initials) + 1 \
                or rest[0].lower() in first_names() and len(keep) == 2 == len(rest) - 1 == len(words) - 1:
            # "Mr J Alun Foulkes (Clerk)", "Cllr J Rymer Jones – Chair", "Mr John Ifan Jones.": a first name or a
            # second surname after initials, or a middle name after a known first name, before the surname that ends the item
            last = _item_surname(text, name_end if initials else end)
            if last:
                keep, end = keep + [last.group("name")], last.end("name")
        name = " ".join(text[start:end].split())  # as written: "J.Arthur Jones"
        if free(m.start(), end):
            taken.append(Mention(start, end, name, m.group("title").strip(), m.start()))
            if len(keep) == 1 and _PLURAL_TITLE.search(m.group("title")):  # "Councillors Amil, King, Mills and Parrott"
                peers = _surname_peers(text, end, m.group("title").strip())
            elif len(keep) == 1 and _SINGULAR_COUNCILLOR.search(m.group("title")):  # "Cllr Ames and Bell"
                peers = _closed_surname_peers(text, end, m.group("title").strip())
            else:
                peers = []
            taken.extend(peer for peer in peers if free(peer.start, peer.end))
    names = first_names()
    for m in _INITIALLED.finditer(text):
        words = m.group("name").split()
        first = _FIRST_BEFORE.search(text, max(m.start() - 40, 0), m.start()) if len(words) == 2 else None
        start = first.start(1) if first and first.group(1).lower() in names and free(first.start(1), m.start()) else m.start()
        end = m.end("name")
        last = _item_surname(text, end) if start == m.start() and _name_part(words[-1]) else None
        if last:  # "J. Pughe Roberts", "J.Arwel Edwards,": initials, a first name or a second surname, and the surname
            words, end = words + [last.group("name")], last.end("name")
        if _name_part(words[-1]) and len(words[-1]) > 2 and free(start, end):
            taken.append(Mention(start, end, " ".join(text[start:m.start()].split() + words)))
    for m in _FIRST_LED.finditer(text):
        words = m.group("name").split()
        if words[0].lower() not in names or not _name_part(words[0]) \
                or words[0].lower() in ORG_TAILS and len(words) > 2 and words[1].lower() in names:
            continue  # the last: "Downderry Ward Karen Pugh", a ward's name before the person's
        rest = _trim(words[1:])
        if not rest or len(rest) < len(words) - 1 and words[len(rest) + 1].lower() in ORG_TAILS:
            continue
        whole = len(rest) == len(words) - 1 and _delimited(text, m.start(), m.start() + len(m.group("name")))
        keep = [words[0]] + (rest if whole else _first_name_run(rest, after_first=True))
        if len(keep) == 3 and not whole and (after_word := _NEXT_WORD.match(text, m.start() + _span_length(m.group("name"), keep))) \
                and after_word.group(1).lower() not in names | _NEXT_TITLES:
            keep = keep[:2]  # "Sarah Jackson Mendip Hills AONB": a flattened column; the third word starts the organisation
        end = m.start() + _span_length(m.group("name"), keep)
        if free(m.start(), end):
            taken.append(Mention(m.start(), end, " ".join(keep)))
    for start, end in persons:  # spaCy's spans, where they read as a first name (or initial) and surname
        words = text[start:end].split()
        if not 2 <= len(words) <= 3 or _trim(words) != words or not all(re.fullmatch(_WORD + r"|[A-Z]\.?", w) for w in words) \
                or not (words[0].lower() in names or len(words[0].rstrip(".")) == 1):
            continue
        if free(start, end):
            taken.append(Mention(start, start + _span_length(text[start:end], words), " ".join(words)))
    return _surnames_completed(text, sorted(taken, key=lambda m: m.start))


# what completes a name the rules cut short: the rest of a surname after a capitalised particle ("Jana De" La
# Torre) and the part after a hyphen that a line break opened ("Catherine Stirling-" Reed)
PARTICLES = frozenset("van von der den de du da dos del della di le la ap bin ben".split())  # "Jan van der Berg"
CAPITAL_PARTICLES = frozenset(w.title() for w in PARTICLES - {"bin", "ben"})  # "Jana De La Torre" (not "Ben": a first name)
_PARTICLE = r"(?:" + "|".join(sorted(PARTICLES | CAPITAL_PARTICLES, key=len, reverse=True)) + r")"
_SURNAME_REST = re.compile(r"(?:[^\S\n]+" + _PARTICLE + r")*[^\S\n]+" + _WORD)
_HYPHEN_REST = re.compile(r"-[^\S\n]*\n?[^\S\n]*(?P<word>[" + UPPER + "][" + LOWER + r"]+)(?=\s*(?:$|[,;(.]))")


def _surnames_completed(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with names that end in a particle or an opened hyphen carried on to the surname's end, as
    written with spaces collapsed ("Jana De La Torre", "Catherine Stirling- Reed"), dropping what they then cover."""
    done: list[Mention] = []
    for m in found:
        if done and m.start < done[-1].end:
            continue
        last = m.name.split()[-1]
        more = _SURNAME_REST.match(text, m.end) if last in CAPITAL_PARTICLES and len(m.name.split()) > 1 else None
        hyphen = _HYPHEN_REST.match(text, m.end) if text[m.end - 1:m.end].islower() else None
        if hyphen and hyphen.group("word").lower() not in NOT_SURNAMES | ORG_TAILS:
            m = replace(m, end=hyphen.end(), name=f"{m.name}- {hyphen.group('word')}")
        elif more and _name_part(more.group(0).split()[-1]):
            m = replace(m, end=more.end(), name=" ".join((m.name + text[m.end:more.end()]).split()))
        done.append(m)
    return done


def _delimited(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone between list separators ("..., Edgar Wyn Owen, ..."),
    so all its words are one name even where the last could start another."""
    return bool(_SEPARATOR_BEFORE.search(text[:start]) and _SEPARATOR_AFTER.match(text[end:]))


def leading_name(text: str) -> Mention | None:
    """The name that opens ``text``, right after an attendance label, when the words after it are
    no name ("Emelin Collier Head of Planning"): a label promises a person, first name known or not."""
    m = re.match(r"\s*(?P<name>" + _WORD + r"(?:[^\S\n]+" + _WORD + r"){1,3})", text)
    if m is None:
        return None
    words = m.group("name").split()
    kept = _trim(words)
    if len(kept) < 2 or len(kept) == len(words) and m.end() < len(text) and not re.match(r"\s*[-–—,(:;]|\s*$", text[m.end():]):
        return None  # a longer run of capitalised words: where the name ends is anyone's guess
    keep = [kept[0]] + _first_name_run(kept[1:], after_first=True)
    start = m.start("name")
    return Mention(start, start + _span_length(m.group("name"), keep), " ".join(keep))


def _first_name_run(words: list[str], after_first: bool = False) -> list[str]:
    """Of the name words after a title (or after a first name), those that belong to the name: two
    words, or three where the second is itself a first name ("Mary Jane Watson")."""
    names = first_names()
    if after_first:
        words = [""] + words
    if len(words) >= 3 and words[1].lower() in names and words[2].lower() not in names:
        run = words[:3]
    else:
        run = words[:2]
    return [w for w in run if w]


def _span_length(text: str, words: list[str]) -> int:
    """The length of the prefix of ``text`` that holds ``words``."""
    end = 0
    for word in words:
        end = text.index(word, end) + len(word)
    return end


# four or more name words in a row with nothing but spaces between them: a column of names flattened
# into one line ("Alan Bell Cara Dunn Eve Fox Gil Hart")
_BARE_RUN = re.compile(r"(?<![\w.’'&-])" + _WORD + r"(?:[^\S\n]+" + _WORD + r"){3,}(?![\w’'-])")


def run_names(text: str) -> list[Mention]:
    """The names in each run of four or more name words with no separators, each run cut into names of
    two words (three where that lets more names start with a known first name) so that as many names
    as possible start with one; a run is read only when at least two names in three do. Where a run
    stops at a title or an organisation's word, the next run starts after it."""
    names = first_names()
    found: list[Mention] = []
    for m in _BARE_RUN.finditer(text):
        words = [(w.group(0), m.start() + w.start(), m.start() + w.end()) for w in _NON_SPACE_RUN.finditer(m.group(0))]
        for run in _name_word_runs(words):
            # best[i]: (score, cuts) for the first i words: a point for each name that starts with a first name,
            # less half a point for a name of three words
            best: list[tuple[float, list[int]] | None] = [(0.0, [])] + [None] * len(run)
            for i in range(2, len(run) + 1):
                for size, cost in ((2, 0.0), (3, 0.5)):
                    if i >= size and best[i - size] is not None:
                        score = best[i - size][0] + (run[i - size][0].lower() in names) - cost \
                            - 0.25 * (run[i - 1][0].lower() in names)  # a first name last: more likely the next name's
                        if best[i] is None or score > best[i][0]:
                            best[i] = (score, best[i - size][1] + [i - size])
            # an odd word left over at the end ("... Eve Fox Resident", the next column's first word) costs half a
            # point too; on a tie the last three words are one name only when the middle one is a first name ("Kim Jane Rowe")
            end = len(run)
            if best[-1] is None or best[-2] is not None and (best[-2][0] - 0.5, run[-2][0].lower() not in names) \
                    >= (best[-1][0], True):
                end = len(run) - 1
            cuts = best[end][1] + [end]
            pieces = [run[a:b] for a, b in zip(cuts, cuts[1:])]
            if len(pieces) < 2 or 3 * sum(p[0][0].lower() in names for p in pieces) < 2 * len(pieces):
                continue
            found += [Mention(p[0][1], p[-1][2], " ".join(w for w, _, _ in p)) for p in pieces]
    return found


def _name_word_runs(words: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """``words`` cut at every word that is no part of a name (a title, an organisation's word): the
    pieces of four or more words."""
    runs: list[list[tuple[str, int, int]]] = [[]]
    for word in words:
        if _name_part(word[0]):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 4]


def spaced_initials(name: str) -> str:
    """``name`` with its words parted at an initial's stop: "K.Tadlow" is "K. Tadlow", "A.B.Jones" "A. B. Jones"."""
    return re.sub(r"\.(?=\w)", ". ", name) if "." in name else name  # (most names have no stop)
