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

Where a section starts and ends is read in ``attendance_sections`` (a run-on list split in ``run_on_lists``),
each entry parsed into a ``Person`` in ``person_entry``; this module keeps the component, the merging and
the names found in a section's text when no entry gave them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from minutes.extract import nlp
from minutes.extract.attendance_grid import CODE_KEY, HEADING_SCAN, cell_status_people, coded_people, marked_people, \
    status_line_people
from minutes.extract.attendance_sections import _Section, _recased, _rejoined, _sections
from minutes.extract.blocks import attendance_label
from minutes.extract.names import LOWER, NOT_SURNAMES, ORG_TAILS, TITLE as _TITLE, UPPER, Mention, find_people, first_names, leading_name, run_names, \
    spaced_initials
from minutes.extract.person_entry import NOT_NAMES, _SUB_NOTE, _name_candidates, _parse, _split_title
from minutes.extract.pipeline import Options, component
from minutes.extract.presence import apologies_by_initials, same_person, sentence_people
from minutes.extract.record import Person, Record, Source
from minutes.extract.registry import Registry
from minutes.extract.run_on_lists import _split_run_on
from minutes.ingest.document import Block, Document

# the substitute named in such a note: "Roger Bullen attending", "Cllr Joan Hanley substituted"
_TITLED_NAME = r"(?:(?i:cllr|councillor|mr|mrs|ms|miss|dr)\.?\s+)?(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})"
_SUBSTITUTE = re.compile(r"^" + _TITLED_NAME +
                         r"\s+(?:(?:was|attended\s+as|acted\s+as)\s+(?:a\s+)?)?(?:attending|attended|substitut\w*|deputi[sz]\w*)\b")
# "(represented by Jo Beet)", "(substitute: Mr J Findlay)"; in a run of apologies, "A, who was substituted by Councillor B, C, ..."
_SUBSTITUTE_BY = re.compile(r"^(?i:(?:who\s+(?:was|were)\s+)?(?:represented|substituted|replaced|deputised)\s+by\s+|substitute\s*:\s*)"
                            + _TITLED_NAME + "$")
_ARRIVED = re.compile(r"\b(?:joined|arrived\s+at|arrived\s+during)\s+(?:the\s+)?meeting\b|\barrived\s+at\s+\d", re.I)


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
        _run_together(section)
        people: list[Person] = []
        for entry in section.entries:
            # listed absent, but came: "X arrived at 7.45pm", "... and Cllr Y attended as substitute"
            stand_in = _SUBSTITUTE_BY.match(entry.text) if people else None
            if stand_in:  # "Apologies from Councillor A, who was substituted by Councillor B, ...": B came in A's place
                people.append(_named_substitute(doc, entry, stand_in, people[-1].name))
                continue
            status = "present" if _ARRIVED.search(entry.text) or _SUBSTITUTE.match(entry.text) else \
                "apologies" if _MARKED_AWAY.search(entry.text) else entry.status or section.status  # "Cllr C Farrow (apologies)"
            person = _parse(doc, entry, status, spans.get(entry.text))
            people += [p for p in (person, _substitute(person), _represented(person)) if p is not None]
        if options.on("names"):
            people = _fallback(doc, section, people, options)
        people = _by_marks(doc, section, people)
        for found in people:
            found.name = _POSSESSIVE_END.sub("", found.name)  # "accepted Cllrs A and Ostley’s apologies": Ostley
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
        for found in marked_people(doc, blocks) + status_line_people(doc, blocks) + cell_status_people(doc, blocks):
            record.attendees[:] = [p for p in record.attendees if p.name.lower() != found.name.lower()]
            record.apologies[:] = [p for p in record.apologies if p.name.lower() != found.name.lower()]
            if found.status != "replaced":  # a member someone stood in for: neither
                (record.apologies if found.status == "apologies" else record.attendees).append(found)
    if options.on("sentences"):
        _move_apologies_by_initials(doc, blocks, record)
        known = [p.name for p in record.attendees + record.apologies]
        for found in sentence_people(doc, blocks):
            found.name = _POSSESSIVE_END.sub("", found.name)
            if found.status != "apologies":  # (an apology's list of surnames stays as written: "apologies from Cllrs A, B")
                found.name = _in_full(doc.text, found.name)
            if found.status == "arrived":  # came after all: out of the apologies
                found.status = "present"
                late = [p for p in record.apologies if same_person(found.name, p.name)]
                record.apologies[:] = [p for p in record.apologies if p not in late]
                known = [name for name in known if all(name != p.name for p in late)]
            # (or a known name's tail, the finder reading fewer of its initials: "M. L. A. Bell" in "J. M. L. A. Bell")
            if not any(same_person(found.name, name) or _fewer_initials(found.name, name) for name in known):
                known.append(found.name)
                (record.apologies if found.status == "apologies" else record.attendees).append(found)
    for person in record.attendees + record.apologies:
        person.name = _without_glued_and(doc.text, person.name)
    # one person both present and among the apologies: present (an apology for another meeting, or for lateness)
    record.apologies[:] = [p for p in record.apologies if not _listed_present(p.name, record.attendees)]
    record.warnings += _silent_sections(doc, sections, record)


def _full_name(text: str, surname: str) -> str | None:
    """The one fuller form in which ``text`` writes ``surname``: a known first name or initials before it ("Lisa
    Simpson", "R Sneller", "MIKE DAVIES"), the first name preferred to its initial; None when there is none, or forms
    with two first letters (two people of that surname: "Ann Bell" and "Tom Bell")."""
    word = re.escape(surname)
    forms: dict[str, str] = {}
    pattern = r"(?<![\w.’'-])(?P<first>[A-Z][a-z]+|[A-Z]\.?(?:\s?[A-Z]\.?){0,2})\s+" + word + r"(?![\w’'-])" \
        + r"|(?<![\w.’'-])(?P<caps>[A-Z]{3,})\s+" + re.escape(surname.upper()) + r"(?![\w’'-])"
    for m in re.finditer(pattern, text):
        first = m.group("first") or m.group("caps").title()
        if len(first.rstrip(".")) > 1 and first.lower() not in first_names():
            continue  # "Mrs Simpson", "Councillor Lupton": a title or another word, no first name
        if len(forms.get(first[0], "")) < len(first):
            forms[first[0]] = first
    return f"{forms.popitem()[1]} {surname}" if len(forms) == 1 else None


def _in_full(text: str, name: str) -> str:
    """``name``, a surname written alone in a sentence on who came ("Mrs Simpson joined the meeting"), with the first name or
    initials the minutes write with it elsewhere, when they write only one ("Mrs Lisa Simpson"); else as it is."""
    if " " in name or not re.fullmatch(r"[A-Z][\w’'-]+", name) or name.lower() in first_names():
        return name
    return _full_name(text, name) or name


def _listed_present(name: str, attendees: list[Person]) -> bool:
    """Whether an apology's ``name`` is a person recorded present: the same name, or the one attendee of that surname
    when the apology gives no first name against theirs ("Cronin" and "F Cronin", "B Tulloch" and "Bec Tulloch"; not
    "Sue Nicholas" and "Nicholas", nor "John Dines" and "Jim Dines", nor "Davidson" among two Davidsons)."""
    if any(p.name.lower() == name.lower() for p in attendees):
        return True
    same = [p.name for p in attendees if same_person(name, p.name)]
    if len(same) != 1:
        return False
    away, came = (spaced_initials(n.lower()).split() for n in (name, same[0]))
    return len(away) == 1 or len(came) > 1 and (len(away[0]) == 1 or len(came[0]) == 1 or away[0] == came[0])


def _fewer_initials(name: str, known: str) -> bool:
    """Whether ``name`` is ``known`` less some of the initials that open it ("M. L. A. Bell", "J. M. L. A. Bell")."""
    return known.endswith(" " + name) and re.fullmatch(r"(?:[A-Z]\.?\s*)+", known[:-len(name)]) is not None


# a possessive the name finder reads as part of the surname ("Ostley’s apologies"): the person is Ostley
_POSSESSIVE_END = re.compile(r"(?<=[a-z])[’']s$")
_GLUED_AND = re.compile(r"(?<=\s)(?P<stem>[{U}][{L}]{{2,}})and$".format(U=UPPER, L=LOWER))


def _without_glued_and(text: str, name: str) -> str:
    """``name`` without an "and" the PDF's text glued to its surname ("Alan Tollyand" of "Alan Tollyand Paul Quisby"),
    when the minutes write that surname alone elsewhere ("Cllrs M Harrow and A Tolly"): many surnames end in "and"."""
    glued = _GLUED_AND.search(name)
    if glued is None or not re.search(r"\b" + glued.group("stem") + r"\b", text):
        return name
    return name[:glued.end("stem")]


# a hyphen typed against the name, then the person's post or body: "Ian Stead-City Mayor", "Ann Lee (Observer)-Director"
_GLUED_DASH = re.compile(r"^(?:[^\s,-]+\s+){1,3}?[^\s,-]*(?<=[a-z)])-(?=[A-Z][\w&’'.]*\s+\S)")  # the name's own words only
# ... or one word after that hyphen to the entry's end: a ward's name when other entries of the list end in it too
_GLUED_WORD = re.compile(r"^(?:[^\s,-]+\s+){1,3}?[^\s,-]*(?<=[a-z)])-(?P<word>[A-Z][\w’']*)\s*$")


def _post_hyphens(texts: list[str]) -> list[tuple[int, str] | None]:
    """Where each entry's hyphen sets a post or ward apart from the name, and what to read it as (None: no such
    hyphen): a space before two or more words ("Ian Stead-City Mayor"); a comma before one word that two or more
    entries end in ("Ann Lee-Marsh", "Joe Dunn-Marsh": a surname's second part is seldom shared in one list; a space
    would join the ward to the surname)."""
    words = [_GLUED_WORD.match(t) for t in texts]
    shared = Counter(m.group("word") for m in words if m)
    hyphens: list[tuple[int, str] | None] = []
    for text, word in zip(texts, words):
        posts = _GLUED_DASH.match(text)
        if posts:
            hyphens.append((posts.end() - 1, " "))
        elif word and shared[word.group("word")] >= 2:
            hyphens.append((word.start("word") - 1, ","))
        else:
            hyphens.append(None)
    return hyphens


def _dash_separated(section: _Section) -> None:
    """In a list where three or more entries set the post apart with a hyphen typed against the name ("Ian
    Stead-City Mayor", "Sue Lyle-Strategic Director ...", ``_post_hyphens``), read that hyphen as a separator (the
    same length: offsets hold); one such entry alone is a double-barrelled surname before a post ("Ann Smith-Jones
    Parish Clerk"), unless a post word follows its hyphen (``person_entry._HYPHENED_ROLE``, decided entry by entry:
    "Ann Lee-Clerk")."""
    hyphens = _post_hyphens([e.text for e in section.entries])
    if sum(h is not None for h in hyphens) >= 3:
        section.entries = [replace(e, text=e.text[:h[0]] + h[1] + e.text[h[0] + 1:]) if h else e
                           for e, h in zip(section.entries, hyphens)]


# two entries whose separator was lost: a titled surname or a first name and surname, then a known first name and a
# surname that end the entry or come before a note: "Mrs Fenwick Roger Hale (County Councillor)", "Steve Ormby Dan Lowe"
_RUN_TOGETHER = re.compile(r"(?P<first>[{U}][{L}’'-]+(?:\s+[{U}][{L}’'-]+)?)\s+(?P<second>(?P<given>[{U}][{L}]+)\s+[{U}][{L}’'-]+)"
                           r"(?=\s*(?:\(|$))".format(U=UPPER, L=LOWER))
_LIST_SHAPE = re.compile(r"(?P<first>[{U}][{L}’'-]+(?:\s+[{U}][{L}’'-]+)?)\s*(?:\(|$)".format(U=UPPER, L=LOWER))


def _shape(titled: bool, name: str) -> str | None:
    """The shape of an entry's name: "titled surname" ("Mr Harris"), "first and surname" ("Ann Bell", a known first
    name), or None."""
    words = name.split()
    if titled and len(words) == 1 and words[0].lower() not in first_names():
        return "titled surname"
    if not titled and len(words) == 2 and words[0].lower() in first_names():
        return "first and surname"
    return None


def _run_together(section: _Section) -> None:
    """Split an entry that is two people run together where a separator was lost ("Mrs Fenwick Roger Hale", "Steve
    Ormby Dan Lowe"), when the first person has the shape of two or more other entries of the list (a titled surname,
    or a known first name and a surname) and the second opens with a known first name."""
    titles = [_TITLE.match(entry.text) for entry in section.entries]
    shapes: Counter[str | None] = Counter()
    for entry, title in zip(section.entries, titles):
        lead = _LIST_SHAPE.match(entry.text, title.end() if title else 0)
        shapes[_shape(bool(title), lead.group("first")) if lead else None] += 1
    entries = []
    for entry, title in zip(section.entries, titles):
        run = _RUN_TOGETHER.match(entry.text, title.end() if title else 0)
        shape = _shape(bool(title), run.group("first")) if run else None
        if shape is None or shapes[shape] < 2 or run.group("given").lower() not in first_names() \
                or any(w.lower() in NOT_SURNAMES for w in run.group(0).split()):
            entries.append(entry)
            continue
        entries += [replace(entry, text=entry.text[:run.end("first")]),
                    replace(entry, text=entry.text[run.start("second"):], start=entry.start + run.start("second"))]
    section.entries = entries


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
                          r"did\s+not\s+attend)(?:\)|\.?)\s*$|"  # "Cllr C Farrow (apologies)", "Cllr C Farrow - absent"
                          # ... or a note after the name's dash that says why the person was away: "Mo Bell – Estate Services
                          # unable to attend, will visit on 2 Dec", "Jo Hart – Chair prior commitment"
                          r"\s[-–—]\s[^()]{0,60}?\b(?i:unable\s+to\s+attend|prior\s+(?:commitments?|engagements?)|not\s+available)\b")
_NEXT_NAME_WORD = re.compile(r"\s+([A-Z][\w’'-]*)")  # "Seaton Ward": a place, though "Seaton" and "Ward" are first names too
_NO_FIRST_NAMES = NOT_SURNAMES | ORG_TAILS  # "Ward", "Hall": first names in the dictionary, a place's word here
# (the capital first, the look-behind after it: the engine skips to the capitals instead of trying it at every character)
_NAME_WORD_RUN = re.compile(r"[{U}](?<![\w’'-][{U}])[{L}]+(?:-[{U}][{L}]+)*(?![\w’'-])".format(U=UPPER, L=LOWER))


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
    # an apology read as initials alone ("Apologies ... from Cllr. Mrs. LK") that the document defines for a person it
    # names in full ("Mrs. L. Knowles (LK)"): that person, once
    by_initials = [p for p in record.apologies if re.fullmatch(r"[A-Z]{2,4}", p.name)]
    named = Registry.from_people([p for p in record.attendees + record.apologies if p not in by_initials]) if by_initials else None
    for initialled in by_initials:
        name = named.resolve(initialled.name)
        listed = next((p for p in record.attendees + record.apologies if p.name == name and p.initials == initialled.name), None)
        if listed is None:
            continue
        record.apologies.remove(initialled)
        if listed in record.attendees:
            record.attendees.remove(listed)
            record.apologies.append(replace(listed, status="apologies"))


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
        if section.status == "apologies" and (_MOTION_BY.search(doc.text[max(offset, start - 30):offset + mention.quote_start])
                                              or _MOTION_VERB.match(doc.text, end)):
            continue  # "Cllr A proposed acceptance of apologies from ..., seconded by Cllr B": A and B were there
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


# the mover and seconder of a motion named in the apologies item: "Cllr A proposed acceptance of apologies from Cllr C,
# these were seconded by Cllr B"
_MOTION_BY = re.compile(r"\b(?:proposed|seconded|moved)\s+by\s+$", re.I)
_MOTION_VERB = re.compile(r"\s+(?:proposed|seconded|moved)\b", re.I)


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
# them: "Verity Hancock VH Further Education", "Neil McGhee NM", or in brackets, perhaps with a note: "Rosa Kemp (RK)",
# "Ian Dale (ID - Chair)" (the capital first, the look-behind after it, as in _NAME_WORD_RUN)
_OWN_INITIALS = re.compile(r"(?P<name>(?P<a>[A-Z])(?<![\w’'-][A-Z])[a-z][\w’'-]*[^\S\n]+(?P<b>[A-Z])[\w’'-]+)[^\S\n]+"
                           r"(?:(?P=a)(?P=b)\b|\((?P=a)(?P=b)(?:\s*[-–—,][^()\n]{1,30})?\))")


def _with_own_initials(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and the names their own initials vouch for ("Verity Hancock VH", "Rosa Kemp (RK)"), first name known or not."""
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


def _named_substitute(doc: Document, entry: _Entry, said: re.Match, absent: str) -> Person:
    """The substitute an entry of its own names after the absent member's entry ("who was substituted by Councillor B")."""
    name = said.group("name")
    title = _TITLE.match(name)
    start = entry.start + said.start("name") + (title.end() if title else 0)
    return Person(name=name[title.end():] if title else name, status="present", role=f"substitute for {absent}",
                  source=Source.of(doc, start, entry.start + said.end("name")))


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
    words = name.split()
    if len(words) >= 2 and (any(re.fullmatch(r"[A-Z]{2,}", w) for w in words) or words[-1].lower() in ORG_TAILS):
        return None  # "(representing Westdale WI)", "(for Anyshire Council)": the body the attendee spoke for
    return Person(name=name, status="apologies", role=f"represented by {person.name}", source=person.source)
