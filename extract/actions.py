"""The ``actions`` component: every action a meeting assigned, once, with owners and due dates.

Layouts read:
- labelled lines: "Action: PL to write to ...", "Action Point 3 It was agreed that ...", "ACTION 2.1 - ...";
- "Actions:" (or "Next steps:", "Actions to be taken:") followed by a list ("Roger to discuss ... (ref 5.1)");
- an "Action" label block, the task on the next block and its owner on a line of its own;
- action tables (a header with an action/description column and a responsibility/owner column);
- inline tasks in prose that start a sentence with a person: "(GC) to facilitate visits ...".
An action met twice (an inline list and an end-of-minutes table, by ref or by text) is merged (``action_merge``).
Owners resolve through the meeting's people registry; groups ("All", "ECC") stay as written.
Resolutions that task nobody go to ``record.decisions``.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import accumulate

from minutes.extract import cues
from minutes.extract.action_columns import (EARLIER_DONE, NO_ACTION, RECORDED, STATUS_WORDS, action_columns, cell_kind,
                                          column_kind, slash_cells, written_out)
from minutes.extract.action_merge import ROLE_WORD, Found, function_words, merge
from minutes.extract.blocks import AGENDA_ITEM, body_blocks, review_sections
from minutes.extract.due import resolve_due
from minutes.extract.pipeline import Options, component
from minutes.extract.record import Action, Decision, Record, Source
from minutes.extract.names import NOT_SURNAMES, find_people, first_names
from minutes.extract.presence import same_person
from minutes.extract.registry import Registry, name_initials
from minutes.extract.role_holders import HELD_ROLES, SUBORDINATE, holder_patterns, near_mentions
from minutes.extract.task_patterns import (ACTION_BETWEEN, AGENDA_WORDING, AGREED_ACT, AGREED_LIST, AGREED_TO, ASKED, ASKED_FOR,
    ASKED_IF, A_TO_BE_DONE, BARE_ACTION, BARE_SUBJECT, BODY, BY_OWNER, CLAUSE_END, CLAUSE_SUBJECT, CLOSED_AFTER,
    DASH_TASK, DECIDED_PASSIVE, DECIDED_THAT, FIRST_PERSON, GIVEN_TO, GROUP_SUBJECT, IMPERATIVE, INSTRUCTION, LABELLED_AFTER, LEAD,
    MARGIN_BETWEEN, MODAL, MORE, NAME_TAIL, NEXT_ITEM, NOT_IMPERATIVE, NOT_NOTE, NOT_TASK, NOT_TASK_VERB,
    NOTE_THEN_OWNER, ONGOING, ONGOING_NOTE, PAREN_ACTION, PASSIVE, PASSIVE_ANY, PASSIVE_FUTURE, PASSIVE_TASK,
    POINTS_BACK, PRONOUN_TASK, PROSE_TASK, PUBLIC_ASKS, REPORTED, REPORTED_DONE, REPORTED_PASSIVE, REQUEST,
    RESOLVED_TASK, ROLE_SUBJECT, SAID_WOULD, SECOND_TASK, SENTENCE, SENTENCE_TASK, SUBJ, TASK, TASK_VERB, THAT_CLAUSE, THE_MEETING,
    TITLES_WITH_DOT, TOPIC, TO_BE_DONE, TRAILING_ACTION, TRAILING_OWNER, WHO_WILL, decision_start, enumerated_parts,
    enumerators, introduces, margin_end, margin_who, overlapping, sentence_spans, thanks_only)
from minutes.ingest.document import Block, Cell, Document

_WHO_NAME = r"(?-i:[A-Z]{2,4}|(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"  # "RL", "Clerk", "Rita Lowe"
# a label, after a list's letter or numeral too ("d. Action Item: Research ...", "(ii) ACTION: ..."): what follows
_LABELLED = re.compile(r"^\s*(?:\(?(?:[a-z]|[ivx]{2,4})[.)]\s+)?action(?:\s+(?:point|item))?s?\s*(?:(?:no\.?\s*)?(?P<ref>\d{1,3}(?:\.\d{1,2})*)\b\s*[:.\-–]?|[:\-–]|"
                       r"(?:by\s+|[-–]\s*)?(?P<who>" + _WHO_NAME + r"(?:\s*(?:/|&|,|and)\s*" + _WHO_NAME + r")*)\s*:)"  # "ACTION RL: ..."
                       r"\s*(?P<text>\S.*)$", re.I | re.S)
_LABEL_ONLY = re.compile(r"^\s*(?P<label>action(?:\s+(?:point|item))?\s+(?:no\.?\s*)?(?P<ref>\d{1,3}(?:\.\d{1,2})*)|"  # "Action Point 1"
                         r"actions?(?:\s+(?:points?|items?))?(?:\s+agreed)?|agreed actions?|next\s+steps|actions?\s+(?:log|list|sheet|tracker|summary)|"
                         r"summary\s+of\s+(?:agreed\s+)?actions|"
                         r"actions?\s+(?:to\s+be\s+(?:done|taken|completed|carried\s+out)(?:\s+next)?|required|needed)|"
                         r"(?:new|open|follow-?up|roll[- ]?over)(?:\s*(?:/|and|&)\s*(?:new|open|roll[- ]?over))?\s+"
                         r"actions?(?:\s+(?:points?|items?))?)\s*:?\s*$", re.I)
# a line naming only who, without a colon, under the paragraph that holds the task: "Action SH", "Action CB, NT, JH"
_ACTION_WHO = re.compile(r"\s*actions?(?:\s+by)?\s+(?!(?:log|plan|points?|sheet|tracker|list|items?|notes?|summary|register|"
                         r"table|required|agreed)\b)(?P<who>[A-Z][^:.;]{0,40}?)\s*\.?\s*", re.I)  # not "ACTION LOG"
# ... or only the initials, an action column flattened onto the line under its paragraph: "GMB/AP", "EF GH"
_INITIALS_ONLY = re.compile(r"\s*(?P<who>[A-Z]{2,4}(?:\s*(?:/|&|,|\s|\band\b)\s*[A-Z]{2,4}){0,3})\s*")
# the previous meeting's actions reported on in the paragraph that names them: "Actions from last meeting: SS to
# discuss the proposals with ...; RT to contact Highways ...", "Previous action: SG to lead on the application ..." (a
# label on a line of its own: ``review_sections``)
_REVIEWED_RUN_IN = re.compile(r"\s*(?:actions?(?:\s+(?:points?|items?))?\s+(?:from|of|arising\s+from)\s+(?:the\s+)?"
                              r"(?:last|previous|prior)\s+meetings?|previous\s+actions?(?:\s+(?:points?|items?))?)\s*[:–—-]\s*(?=\S)", re.I)
# a decision of this meeting inside a review of earlier actions: "It was AGREED that the clerk would arrange ..." sets a
# new task where the items around it report ("The painting of the shelter is now complete")
# the rest of a sentence a hard-wrapped line cuts short, in the next paragraph: its first word
# in lower case and no list letter ("a) ..."), up to the sentence's end or the line's
_RUN_ON = re.compile(r"[ \t]*\n\s*(?P<more>[a-z][a-z'’-]+\s[^\n]*?(?:[.!?](?=\s|$)|(?=\n)|$))")
_AGREED_HERE = re.compile(r"\bit\s+was\s+(?:also\s+|further\s+)?(?:agreed|resolved)\s+that\b", re.I)
# an item's numbered title on a line of its own ("5. Matters arising"): never part of the task under it
_ITEM_TITLE = re.compile(r"\s*\(?(?:\d{1,3}(?:\.\d{1,2})*|(?:[A-Z]{1,4}/)?\d{1,4}/\d{1,4}(?:/\d{1,4})?)[.)]?\s+"  # "4.1", "19/21", "FC/19/107"
                         r"[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,5}\s*")
_CAPS_TITLE = re.compile(r"(?!.*\bTO\b)[A-Z][A-Z'’&/-]*(?:\s+[A-Z][A-Z'’&/-]*){0,3}")  # "APOLOGIES", "NEW MEMBERS"; not "CLERK TO WRITE"
_STANDING_ITEM = (r"(?:welcome|introductions?|apologies(?:\s+for\s+absence)?|declarations?\s+of\s+interests?|matters\s+arising|"
                  r"minutes\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting|any\s+other\s+business|date\s+of\s+(?:the\s+)?next\s+meeting)")
_STANDING_ITEMS = re.compile(rf"(?i:\s*{_STANDING_ITEM}(?:\s*(?:,|and|&)\s*{_STANDING_ITEM})*\s*\.?\s*)")  # an agenda's first items
_LIST_REF = re.compile(r"^(?P<ref>\d{1,3}\.\d{1,2})\s+(?=[A-Z(])")
_CLAUSE_OPENS = re.compile(r"(?:^|[:;,–—-]|\band)\s*$")  # the sentence up to a subject that opens it or a clause
# who attended, under an action column's header flattened before the minutes' first row ("ACTION" / "Present: Cllrs
# ...", "Actions 1.21/04 Attendance: Cllr ..."): a list of people, never a task
_ATTENDANCE_LIST = re.compile(r"[\W\d]*(?:present|attendance|in\s+attendance|attendees|attending|those\s+present|"
                              r"(?:members|councillors)\s+present|apologies(?:\s+for\s+absence)?)\s*(?::|[-–—]\s)", re.I)
# a task written after who does it and a colon or a dash: "Clerk: write to Highways", "TH – obtain quotes", "LD/MB –
# order the padlock", "Len - check the troughs", "Jim: to order ..."; after a colon or a long dash the task is two words
# or more ("TH: Obtain quotes"), or, after a space, one lower-case word of three letters or more, "to" before it allowed
# (a hyphen only so: "Len - check", not "Anne-Marie" nor "TH - Obtain"): who is checked in _Finder._owner_first
_WHO_WORD = r"[A-Z][\w'’.-]*"
_OWNER_FIRST = re.compile(r"^(?P<who>" + _WHO_WORD + r"(?:\s+" + _WHO_WORD + r"){0,3}(?:\s*(?:/|&|,|\band\b)\s*" + _WHO_WORD +
                          r"(?:\s+" + _WHO_WORD + r"){0,3})*)"
                          r"(?:\s*[:–—]\s*(?!to\b)(?=[A-Za-z]\w+\s+\S)|(?:\s[–—-]|\s*:)\s+(?:to\s+)?(?=[a-z]{3,}\b))(?P<rest>.*)$", re.S)
_PREFIX_OWNER = re.compile(r"^\((?P<owner>[A-Z](?:(?!\sto\s)[^()]){1,40})\)\s+(?:to\s+)?(?P<rest>\S.*)$", re.S)
_REF = re.compile(r"\s*\(\s*ref(?:erence)?\.?\s*:?\s*(?P<ref>[\w.]+)\s*\)\s*\.?\s*$", re.I)
_AGREED = re.compile(r"^(?:specifically\s+)?(?:it\s+was\s+(?:agreed|resolved|decided)\s+(?:that\s*)?:?|agreed\s*:|"
                     r"resolved\s*(?:that)?\s*:?)\s*", re.I)
# a table's header cell on a line of its own ("Action", "Who", "Action by", "Lead officer"): no full stop, three words at most
_COLUMN_HEADER = re.compile(r"\s*[A-Z][\w/&.?-]*(?:\s+[\w/&?-]+){0,2}\s*:?\s*")
_PAGE_FOOTER = re.compile(r"\s*page\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*", re.I)  # "Page 1 of 5": a page's end inside a column
_ACTION_NEXT = re.compile(r"\s*(?i:action)\b")  # an action label opening what follows a sentence
# a post's report opened by a decision with no subject: "Secretary; Agreed to ...", "Treasurer: It was agreed to ..."
_POST_REPORT = re.compile(r"\s*(?P<post>[A-Z][a-z]+(?:[- ][A-Za-z]+)?)\s*[:;–—-]\s*(?:[Ii]t\s+was\s+)?(?i:agreed|resolved|decided)\b")
_REMARK = re.compile(r"\s*\([^()]*\b(?:was|were|had|has)\b[^()]*\)\W*$")  # "(a reply was required by May)."
_DECISION = re.compile(r"^\s*(resolved|agreed|decision|it was (agreed|resolved|decided))\b", re.I)
# what a note's subject is followed by ("Skip to be ordered"): searched alone first, at the words only (see cues.after)
_TO_BE_DONE_TAIL = cues.after(TO_BE_DONE, r"\s+to\s+be\s+", keep=True)
# a sentence that goes on about the thing the sentence before it is about ("It will then go out in May.", "This will be
# on the next agenda."), not a decision that opens with "It" ("It was agreed that ...")
_CONTINUES = re.compile(r"(?:It|This|These|That)\s+(?!was\s+(?:agreed|resolved|decided|requested|proposed)\b)"
                        r"(?:will|would|is|was|has|can|should|may)\b")


# a role written out as the owner: "the Town Clerk", "Head of Planning", "the Community Safety Manager"
_ROLE_PHRASE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:Clerk|Chair(?:man|person)?|Secretary|Treasurer|Officer|"
                          r"Manager|Director|Executive|Lead|Co-?ordinator|Mayor|Leader|Commissioner|Inspector|Superintendent|"
                          r"Adviser|Advisor)(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,4})?$|"
                          r"^(?:the\s+)?Head\s+of\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&)){0,5}$")
_ACTION_WORD = re.compile(r"^(?i:actions?(?:\s+points?)?(?:\s+by)?)\s*:?\s+(?=\S)")  # a label run into the subject it
# names: "Action Clerk to ...", "ACTION POINT DL to update ..."
_DECISION_WORD = re.compile(r"^(?:RESOLVED|AGREED|Resolved|Agreed)\s*:?\s+(?=\S)")  # "RESOLVED Councillor Gritton to purchase ..."
_TITLED_SURNAME = re.compile(r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
_GROUP_START = re.compile(r"^(all|each|every)\b", re.I)
_NOT_OWNER = re.compile(r"^(the|this|these|that|it|there|a|an|he|she|they|we|i|in|on|at|if|as|to|following|further|"
                        r"regarding|discussion|consideration)\b", re.I)


# compiled once: tried for every paragraph, subject or name (a pattern given as a string costs a
# lookup in re's cache on each call)
_SLASH_MARGIN = re.compile(r"/\s*(?P<who>[^/].{0,60})")  # a line of owners after a slash: "/ Anne"
_NO_LETTERS = re.compile(r"[\W\d_]*")
_OWNER_LABEL = re.compile(r"^\s*(?:owners?|lead|responsible|action\s+by|by\s+whom)\s*:\s*", re.I)
_ENDS_STOP = re.compile(r"[.:;!?]$")
_SENTENCE_BREAK = re.compile(r"(?:(?<=[a-z0-9)][.!?])|(?<=[A-Z]{2}[.!?]))\s+(?=[A-Z])")  # not after an initial: "Cllr J. Roe"
_POST_WORD = re.compile(r"\s(?:Officer|Warden|Clerk|Lead|Manager)$")  # a post in two words: "Tree Warden"
_NAMED = re.compile(r"[A-Z][\w'’.]*\s+[A-Z]")  # two capitalised words in a row: a name or a post ("Jo Roe", "Town Clerk")
# an action label that holds only who and when ("MT by 12 December 2008"), and a word that can end its who
_WHO_AND_WHEN = re.compile(r"^(?P<who>[^,;:]{1,40}?)\s*(?:[-–,]\s*)?(?P<due>\b(?:by|before|within|due|asap)\b.*)?\.?$", re.I)
_WHO_LAST_WORD = re.compile(r"[A-Z(]|(?:leads|leaders|members|officers|chairs|representatives|reps)$")
_FUNCTION_WORD = re.compile(r"\b(to|the|of|is|was|for)\b")
_OWNER_SEP = re.compile(r"\s+and\s+|\s*&\s*|\s*/\s*|\s*,\s*")  # between owners: "A and B", "A & B", "A/B", "A, B"
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_ONE_WORD = re.compile(r"[A-Z][a-z]+")
_INITIALS_WORD = re.compile(r"[A-Z]{2,4}")
_LEADING_DETERMINER = re.compile(r"^(?:the|all|each)\s+", re.I)
# a list's line naming what one person takes on, after a task ending in a colon: "o  Village school – AB", "Sports club -CD"
# (a remark in brackets after the initials is left out)
_ASSIGNMENT = re.compile(r"^(?:[o•▪·*-]\s+)?(?P<task>[A-Z][^\n–—:()]{1,60}?\s*[–—-]\s*(?P<who>[A-Z]{2,4}(?:\s*[/&]\s*[A-Z]{2,4})*))"
                         r"(?:\s*\([^()\n]*\))?\.?\s*$")
# a person's full name followed by the initials of the body they speak for: "Jo Roe XYF will inform ..."
_NAME_AND_BODY = re.compile(r"(?P<name>(?P<first>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})\s+[A-Z]{2,5}")
_ASKS_WHOM = re.compile(r"\b(?:ask|asking|invite|inviting|request|requesting|encourage|tell|urge|persuade|remind)(?:\s+[^\s,;]+){1,4}$")
_SUBJECT_SEP = re.compile(r"\s+(?i:and(?:/or)?)\s+|\s*&\s*|\s*/\s*|\s*,\s*")


@component("actions")
def extract_actions(doc: Document, record: Record, options: Options) -> None:
    """Fill ``record.actions`` (and ``record.decisions`` with untasked resolutions)."""
    blocks = body_blocks(doc)
    full_names = _FullNames(blocks)
    registry = Registry.from_people(record.attendees + record.apologies, full_names.holding)
    finder = _Finder(doc, blocks, registry, full_names, options.on("flat_tables"), options.on("prose_tasks"))
    found = merge(finder.find())
    meeting_date = dt.date.fromisoformat(record.meeting.date) if record.meeting.date else None
    next_meeting = dt.date.fromisoformat(record.next_meeting) if record.next_meeting else None
    for item in found:
        due, due_text = resolve_due(item.due_text_source or item.text, meeting_date, next_meeting, record.meeting.body)
        record.actions.append(Action(text=item.text, source=Source.of(doc, item.start, item.end), ref=item.ref,
                                     owners=item.owners, due=due, due_text=due_text))
    used = sorted((a.source.start, a.source.end) for a in record.actions)
    starts = [s for s, _ in used]
    reach = list(accumulate((e for _, e in used), max))  # the furthest end of the spans up to each
    for block in blocks:
        if not _DECISION.match(block.text):
            continue
        before = bisect_right(starts, block.start)  # the spans starting at or before the block
        runs_into = before and reach[before - 1] > block.start
        if runs_into or bisect_left(starts, block.end) > bisect_left(starts, block.start):
            continue  # an action's span covers the block's start, or starts inside the block
        record.decisions.append(Decision(block.text, Source.of(doc, block.start, block.end)))


# what a row's cell says is to be done, before the owners' cell ("... to be published on the website / Lesley"); not
# what will be done to someone ("members will be invited ... / Carol") nor an item put off ("to be deferred ... / Tom")
_TO_BE_DONE_CELL = re.compile(r"\bto\s+be\s+(?!(?:deferred|postponed|discussed|considered|noted|agreed|approved|held|"
                              r"carried|brought|tabled|revisited)\b)[a-z]+ed\b")


def _own_body(m: re.Match) -> list[str]:
    """The body a decided ``MODAL`` clause's subject names, as written, when its verb sets a task; else []."""
    body = BODY.fullmatch(m.group("owner"))
    verb = re.search(r"\s(?:would|will|should|shall)\s+(?:also\s+)?" + _DOING + r"\b", m.group(0)[m.end("owner") - m.start():])
    return [body.group("body")] if body and verb else []


# the patterns of a task with its subject, in the order _prose_owners tries them on a sentence, then the others it tries
_SUBJECT_TASKS = (PROSE_TASK, DASH_TASK, RESOLVED_TASK, ASKED, ASKED_IF, GIVEN_TO, AGREED_TO, MODAL, ONGOING, ONGOING_NOTE)
_OTHER_TASKS = (SAID_WOULD, FIRST_PERSON, DECIDED_PASSIVE, REQUEST, ASKED_FOR, PASSIVE_FUTURE, PASSIVE_ANY, REPORTED, PASSIVE_TASK)


# what every SAID_WOULD match holds after its subject: "would" or "will", a verb of taking a task on, or "is/are to" after a
# pronoun (its cue words let through every sentence with a "to" in it, and the pattern costs 6 microseconds a sentence)
_SAID_VERBS = frozenset({"would", "will", "undertook", "offered", "volunteered", "agreed"})
_IS_TO = re.compile(r"\s(?:is|are)\s+to\s")


def _may_say(sentence: str) -> bool:
    """Whether ``sentence`` holds what a SAID_WOULD match needs (False: no match)."""
    return cues.holds_any(sentence, _SAID_VERBS) or _IS_TO.search(sentence) is not None


def _directed(sentence: str) -> bool:
    """Whether a decision's sentence directs someone to act: "Resolved: Cllr Mrs X is to ask the county ..."."""
    return any(m.group("directed") for m in AGREED_TO.finditer(sentence))


class _FullNames:
    """The names a document writes out in full (two or more words, no leading initial), block by
    block, each block read by the name finder at most once."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self._found: dict[int, list[str]] = {}

    def holding(self, letters: str) -> list[str]:
        """The full names in the blocks that hold every one of ``letters``: a name's initials are
        its words' first letters, so only those blocks can name someone with those initials."""
        return self._in_blocks(lambda text: all(letter in text for letter in letters))

    def with_surname(self, surname: str) -> set[str]:
        """The full names whose last word is ``surname``, read only in the blocks that hold it."""
        return {name for name in self._in_blocks(lambda text: surname in text) if name.split()[-1] == surname}

    def _in_blocks(self, holds) -> list[str]:
        names = []
        for k, block in enumerate(self.blocks):
            if holds(block.text):
                if k not in self._found:
                    self._found[k] = [m.name for m in find_people(block.text)
                                      if len(m.name.split()) >= 2 and not re.match(r"[A-Z]\.?\s", m.name)]
                names += self._found[k]
        return names


class _Finder:
    """Walks the blocks once, recognising each action layout."""

    def __init__(self, doc: Document, blocks: list[Block], registry: Registry, full_names: _FullNames,
                 flat_tables: bool = True, prose: bool = True) -> None:
        self.doc, self.blocks, self.registry, self.full_names = doc, blocks, registry, full_names
        self.flat_tables, self.prose = flat_tables, prose
        self._holders: dict[str, str | None] = {}
        self._lower_words: frozenset[str] | None = None  # the words the document writes in lower case
        self._live: list[tuple[int, int]] = []  # spans of found actions that may reach the next block
        self._seen = 0  # how many found actions are in _live's reckoning

    def find(self) -> list[Found]:
        found: list[Found] = []
        i = 0
        consumed: set[int] = set()
        # a review of the previous meeting's actions reports on them: its items are not new actions
        reviewed = {k for section in review_sections(self.blocks, arising=False) for k in section}
        while i < len(self.blocks):
            block = self.blocks[i]
            if i in reviewed and block.kind != "table_row" and not _AGREED_HERE.search(block.text) \
                    or _REVIEWED_RUN_IN.match(block.text):
                i += 1
                continue
            if block.kind == "table_row":
                i = self._table(i, found, reviewed=i in reviewed)
                continue
            flat = self._flat_table(i, found) if self.flat_tables else None
            if flat is not None:
                i = flat
                continue
            columned = self._column_by_column(i, found) if self.flat_tables else None
            if columned is not None:
                i = columned
                continue
            label = _LABEL_ONLY.match(block.text)
            if label:
                plural = not label.group("ref") and not re.fullmatch(r"action(?:\s+(?:point|item))?", label.group("label").lower())
                i = self._after_label(i + 1, plural, found, consumed, label.group("ref"))
                continue
            who = _ACTION_WHO.fullmatch(block.text) or _INITIALS_ONLY.fullmatch(block.text)
            owners = self._column_owners(i, who) if who and i > 0 else None
            if owners and self.blocks[i - 1].kind in ("paragraph", "list_item"):
                if who.re is _INITIALS_ONLY and found and found[-1].start >= self.blocks[i - 1].start \
                        and found[-1].end >= self.blocks[i - 1].end - 1:  # its task already read: "BW to organise ..." / "BW"
                    found[-1].owners = owners  # the column names them all: "Cllr Bondi agreed to ..." / "GMB/AP"
                else:
                    self._owned_above(i, owners, who.group("who"), "", None, found)
                i += 1
                continue
            labelled = _LABELLED.match(block.text)
            if labelled:
                i = self._labelled(i, labelled, found)
                continue
            cells = slash_cells(block) if block.kind in ("paragraph", "list_item") else []
            header = slash_cells(block, pipes=True) if cells and " | " in block.text else cells  # (the same cells without " | ")
            columns = action_columns([c.text for c in header]) if len(header) >= 2 else None  # "Action / Lead / By when",
            # "Action | Who | When": an action table exported as text
            if columns:
                i = self._slash_table(i, columns, found)
                continue
            margin = _SLASH_MARGIN.fullmatch(block.text.strip())
            owners = self._margin_owners(margin.group("who").strip()) if margin and i > 0 else None
            if owners and found and not found[-1].owners and found[-1].end >= self.blocks[i - 1].end - 1:
                found[-1].owners, found[-1].owner_text = owners, margin.group("who")  # "... reported to SCoG" / "/ Anne"
                i += 1
                continue
            if i not in consumed and block.kind in ("paragraph", "list_item"):
                if len(cells) >= 2:
                    self._slash_row(block, cells, found)
                else:
                    self._inline(block, found)
                if cues.search_folded(AGREED_LIST, block.text):  # "It was agreed to:" + a task per line
                    consumed.update(self._agreed_list(i + 1, found))
                elif found and found[-1].start >= block.start and block.text.rstrip().endswith(":"):
                    i = self._assignments(i + 1, found)  # "AB to send the letter to:" / "Village school – CD"
                    continue
            i += 1
        return found

    # -- layouts ---------------------------------------------------------------------------------

    def _agreed_list(self, j: int, found: list[Found]) -> range:
        """The lines after "It was agreed to:" that each say what to do ("Review the database", "Clerk to write to
        ..."): a task each, its owner from its own words. Returns the indices of the lines read."""
        start = j
        while j < len(self.blocks) and j - start < 12:
            block = self.blocks[j]
            verb = IMPERATIVE.match(block.text)
            if block.kind not in ("paragraph", "list_item") or len(block.text) > 300 or AGENDA_ITEM.match(block.text) \
                    or introduces(block.text) or not (verb and not NOT_IMPERATIVE.search(verb.group("verb").lower())
                                                       or TASK.match(block.text)):
                break
            lead = verb.start("verb") if verb else 0
            found.append(self._make(block.text[lead:], block.start + lead, block.end, None))
            j += 1
        return range(start, j)

    def _assignments(self, j: int, found: list[Found]) -> int:
        """The lines after a paragraph that sets a task and ends in a colon ("AB to share the letter with those listed
        below:") that each pair what is to be taken on with the initials of who takes it ("Village school – CD", "Sports
        club – EF"): a task each, owned by them when every initial is someone the minutes name. Returns
        the index after the lines read."""
        while j < len(self.blocks) and self.blocks[j].kind != "heading":
            block = self.blocks[j]
            m = _ASSIGNMENT.match(block.text)
            owners = self._owners(m.group("who"), people_only=True) if m else []
            if not owners:
                break
            found.append(Found(m.group("task"), block.start + m.start("task"), block.start + m.end("task"),
                               owners=owners, owner_text=m.group("who")))
            j += 1
        return j

    def _labelled(self, i: int, m: re.Match, found: list[Found]) -> int:
        block = self.blocks[i]
        start = block.start + m.start("text")
        end = block.end
        text = m.group("text").strip()
        more = LABELLED_AFTER.search(block.text, m.start("text"))
        if more:  # "ACTION: Clerk to write to Highways. ACTION: TH to check the drain.": a task per label
            end = block.start + more.start() + 1
            text = block.text[m.start("text"):more.start() + 1].strip()
        if NO_ACTION.match(text) or STATUS_WORDS.match(text) or EARLIER_DONE.search(text) or _ATTENDANCE_LIST.match(text) \
                or _STANDING_ITEMS.fullmatch(text):
            return i + 1  # "Action points: none", "Action: N/A", "Action points – completed" (a log's heading);
            # "Action 14 (DE to circulate the strategy) – complete"; "Action1.Welcome and Apologies": an action column's
            # heading run into the first item's number and title
        owner_only = self._owner_label(text)
        if owner_only and i > 0 and self.blocks[i - 1].kind in ("paragraph", "list_item"):
            # "ACTION: JB" (or "Action: MT by 12 December") after the paragraph that holds the task
            self._owned_above(i, owner_only[0], text, owner_only[1], m.group("ref"), found)
            return i + 1
        j = i + 1
        if text.rstrip().endswith(":"):  # "Action point 9 : It was agreed that :" + the list below
            while j < len(self.blocks) and self.blocks[j].kind == "list_item":
                end = self.blocks[j].end
                text += " " + self.blocks[j].text
                j += 1
        parts = self._labelled_parts(text) if j == i + 1 else [(0, len(text))]
        for a, b in parts:  # "Action: Clerk to order the ladder. Clerk to write to the donors.": a task each
            item = self._labelled_task(text[a:b].strip(), start + a, start + b if b < len(text) else end,
                                       m.group("ref") if a == 0 else None)
            found.append(item)
        owners = self._owners(m.group("who")) if m.group("who") else []
        if owners:  # "ACTION RL: circulate the materials": who, between the label and its colon
            found[-len(parts)].owners, found[-len(parts)].owner_text = owners, m.group("who")
        if more:
            self._labelled_after(block, found)
        return j

    def _labelled_parts(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` in a label's text of each task it holds: a sentence after the first that opens with a
        subject of its own and "to" starts another ("Action: Clerk to order the ladder. Cllr Hale to make the fence
        safe.")."""
        cuts = [0] + [a for a, _ in sentence_spans(text)[1:]
                      if (task := TASK.match(text[a:])) and self._subject_owners(task.group("subject"))]
        return list(zip(cuts, cuts[1:] + [len(text)]))

    def _owned_above(self, i: int, owners: list[str], who: str, due_text: str, ref: str | None,
                     found: list[Found]) -> None:
        """The task of an owners-only label at ``blocks[i]`` ("ACTION: JB", "Action SH"): the last sentence
        of the paragraph above, whatever its wording ("the positions will be advertised")."""
        previous = self.blocks[i - 1]
        sentence = _last_sentence(previous.text)
        # not "The Chair welcomed everyone ..." / "Actions: Chair", nor an item's title / "ACTION – Clerk"
        if cues.search_folded(AGENDA_WORDING, sentence) or _ITEM_TITLE.fullmatch(previous.text):
            return
        start = previous.end - len(sentence)
        read = any(f.end > start for f in self._read_in(previous.start, found))
        earlier = self._task_before_last(previous.start, start, owners, found) if _no_task(sentence, read) else None
        if earlier is not None:  # "The Clerk would forward the copies. The report was accepted." / "Action GP"
            earlier.owners, earlier.owner_text = owners, who
            earlier.due_text_source = earlier.due_text_source or due_text
            return
        found.append(Found(sentence, start, self.blocks[i].end, ref=ref, owners=owners, owner_text=who,
                           due_text_source=due_text))

    @staticmethod
    def _read_in(start: int, found: list[Found]) -> list[Found]:
        """The tasks read so far from ``start`` on (found keeps the order of the blocks they were read in)."""
        k = len(found)
        while k > 0 and found[k - 1].start >= start:
            k -= 1
        return found[k:]

    def _task_before_last(self, start: int, last: int, owners: list[str], found: list[Found]) -> Found | None:
        """The task an owners-only label after a paragraph (from ``start``) is for when the paragraph's last sentence
        (from ``last``) sets none: the last task read in running text before that sentence, when it names no one else
        than the label does (nobody, a post, or the label's own people); else None."""
        earlier = [f for f in self._read_in(start, found) if f.prose and f.end <= last]
        if not earlier:
            return None
        task = earlier[-1]
        return task if all(_is_role(o) or o in owners for o in task.owners) else None

    def _after_label(self, j: int, plural: bool, found: list[Found], consumed: set[int], ref: str | None = None) -> int:
        """After "Actions:" a list of tasks; after "Action" (or "Action Point 1", ``ref``) a task, then its
        owner on a line of its own ("Graham Carey", "Owner: Lorraine Forrester")."""
        task_level: int | None = None  # the list depth of the last task: deeper items are its parts
        number = 1  # "ACTIONS" / "1. Len – check ..." / "2. Meg – ...": a list numbered from one, not agenda items
        while j < len(self.blocks):
            block = self.blocks[j]
            counted = re.match(r"\s*(\d{1,2})[.)]\s+(?=\S)", block.text) if plural else None
            counted = counted if counted and int(counted.group(1)) == number else None
            numbered_task = plural and (block.kind == "list_item" and _LIST_REF.match(block.text) or counted)
            if block.kind in ("table_row", "heading") or _LABEL_ONLY.match(block.text) or \
                    (AGENDA_ITEM.match(block.text) and not numbered_task):
                return j
            if plural:
                if block.kind != "list_item" and not TASK.match(block.text) and not counted \
                        and not self._owner_first(block.text):  # "Clerk: write to Highways", "TH – obtain quotes"
                    return j
                j += 1
                if counted:  # a numbered line that names who acts ("1. Len – check ..."), not an item's title
                    item = self._make(block.text[counted.end():], block.start + counted.end(), block.end, None)
                    if not item.owners:
                        return j - 1
                    number += 1
                    found.append(item)
                    continue
                if block.text.rstrip().endswith(":") and not TASK.match(block.text):
                    task_level = None  # "Carried forward from previous meeting:" heads the tasks below it
                    continue
                if task_level is not None and block.level > task_level and not TASK.match(block.text):
                    continue  # a part of the task above ("15m timestep" under "run further experiments")
                task_level = block.level
                ref = _LIST_REF.match(block.text)
                offset = ref.end() if ref else 0
                found.append(self._make(block.text[offset:], block.start + offset, block.end,
                                        ref.group("ref") if ref else None))
                continue
            if re.fullmatch(r"(?i:item\s+(?:no\.?\s*)?)?\d{1,3}(?:\.\d{1,2})*\.?", block.text.strip()) or len(slash_cells(block)) >= 2 \
                    or _CAPS_TITLE.fullmatch(block.text.strip()) or _ITEM_TITLE.fullmatch(block.text) \
                    or len(block.text.split()) == 1 or _STANDING_ITEMS.fullmatch(block.text) or _ATTENDANCE_LIST.match(block.text):
                return j  # a column's header over an item number ("Action" / "1.0", "Item 1"), a table's row, an item's title
                # in capitals, numbered or of the agenda's standing items ("Action" / "APOLOGIES", "19/21 Highways",
                # "Welcome, introductions and apologies"), a header's next word ("Action" / "Required") or the attendance
                # list ("Action" / "Present: ..."): no task
            owners = self._owner_line(self.blocks[j + 1].text) if j + 1 < len(self.blocks) else None
            item = self._make(block.text, block.start, block.end, ref)
            if owners:
                item.owners, item.owner_text = owners, self.blocks[j + 1].text
                found.append(item)
                j += 2
                nxt = j + 1 < len(self.blocks) and self.blocks[j].kind == "paragraph" and \
                    self._owner_line(self.blocks[j + 1].text)
                if nxt and not _LABEL_ONLY.match(self.blocks[j].text):
                    continue  # another task + owner pair under the same label
                return j
            found.append(item)
            return j + 1
        return j

    def _table(self, i: int, found: list[Found], reviewed: bool = False) -> int:
        header = self.blocks[i]
        columns = action_columns([c.text for c in header.cells])
        if columns is None:
            if not reviewed:
                self._minutes_row(header, found)
            return i + 1  # the next row may be the header (found before the table's end: linear)
        j = i + 1
        while j < len(self.blocks) and self.blocks[j].kind == "table_row" and self.blocks[j].table == header.table:
            j += 1
        if not reviewed:  # an action table under "Actions from previous meeting" reports on them: no new task
            self._table_rows(columns, [list(row.cells) for row in self.blocks[i + 1:j]], found)
        return j

    def _minutes_row(self, block: Block, found: list[Found]) -> None:
        """A row of minutes laid out as a table with no action header ("4 | Highways. ... The Clerk will chase
        the contractor. | Clerk"): its cells are read as running text, and a last cell naming only who acts
        owns the row's tasks that name no one, or else the last sentence of the row's longest cell."""
        cells = list(block.cells)
        if not any(written_out(max(part, key=lambda c: len(c.text), default=None)) for part in (cells, cells[:-1])):
            return  # the longest cell is no minute, whichever the owners' cell is: not worth reading who owns it
        owners = self._margin_owners(cells[-1].text) if len(cells) > 1 else None
        longest = max(cells[:-1] if owners else cells, key=lambda c: len(c.text), default=None)  # "2 | The verges ..."
        if not written_out(longest):
            return  # a row of names, a plan's headings, figures: no minute written out in sentences
        before = len(found)
        self._slash_row(block, cells, found)
        if owners and len(found) == before:
            task = _last_sentence(longest.text)
            if not cues.search_folded(AGENDA_WORDING, task) and longest.text.endswith(task):
                found.append(Found(task, longest.end - len(task), longest.end, owners=owners, owner_text=cells[-1].text))

    def _slash_table(self, i: int, columns: dict[str, int], found: list[Found]) -> int:
        """An action table exported as text with " / " or " | " between cells ("Action by / Action / Deadline",
        then "JR / Send the plan to Board. / 28.6.12"; "Action | Who | When"): the rows are the lines after the header that
        have cells, up to the first that has none or heads the next table ("Item / Discussion / Action")."""
        j = i + 1
        rows = []
        while j < len(self.blocks) and self.blocks[j].kind in ("paragraph", "list_item"):
            cells = slash_cells(self.blocks[j], pipes=True)
            if len(cells) < 2 or AGENDA_ITEM.match(self.blocks[j].text) or action_columns([c.text for c in cells]):
                break
            rows.append(cells)
            j += 1
        self._table_rows(columns, rows, found)
        return j

    def _slash_row(self, block: Block, cells: list[Cell], found: list[Found]) -> None:
        """A line with " / " between cells: tasks are read cell by cell, and a last cell holding only
        names or initials ("... report back. / Jo/Lorraine") owns the tasks that name no owner, or else the
        last sentence of the cell before it when it says something is to be done ("These are to be published
        on the website / Lesley")."""
        owners = self._margin_owners(cells[-1].text)
        before = len(found)
        for cell in cells[:-1] if owners else cells:
            self._inline(replace(block, text=cell.text, start=cell.start, end=cell.end), found)
        for item in found[before:]:
            if owners and not item.owners:
                item.owners, item.owner_text = owners, cells[-1].text
        if owners and len(found) == before:
            cell = cells[-2]
            task = _last_sentence(cell.text)
            if _TO_BE_DONE_CELL.search(task) and cell.text.endswith(task) and not cues.search_folded(AGENDA_WORDING, task):
                found.append(Found(task, cell.end - len(task), cell.end, owners=owners, owner_text=cells[-1].text))

    def _discussion_rows(self, columns: dict[str, int], rows: list[list[Cell]], found: list[Found]) -> None:
        """One action per row whose action cell holds something: a task ("CH to summarise the
        responses"), or only who acts ("EM", "Clerk"), when the task is the last sentence of the row's record."""
        ref_col = columns.get("ref")
        for cells in rows:
            if max(columns["discussion"], columns["action"]) >= len(cells):
                continue
            record, cell = cells[columns["discussion"]], cells[columns["action"]]
            ref = cells[ref_col].text if ref_col is not None and ref_col < len(cells) else ""
            ref = ref if re.search(r"\d", ref) else None  # "4.2", not the item's title ("Website")
            if not cell.text.strip() or NO_ACTION.match(cell.text.strip()) or STATUS_WORDS.match(cell.text.strip()):
                continue
            owners = self._cell_owners(cell.text) if cell_kind(cell.text) == "name" else []
            if not owners and RECORDED.search(cell.text) and self._prose_owners(cell.text) is None:
                continue  # what happened, not a task: "Apologies were received ...", in a row that lost a cell
            if owners and record.text.strip():
                task = _last_sentence(record.text)
                item = Found(task, record.end - len(task), record.end, ref=ref, owners=owners, owner_text=cell.text)
            else:
                item = self._make(cell.text, cell.start, cell.end, ref)
            item.from_table = True
            found.append(item)

    def _table_rows(self, columns: dict[str, int], rows: list[list[Cell]], found: list[Found]) -> None:
        """One action per table row with a task cell, its owners and due date from their columns."""
        if "discussion" in columns:
            self._discussion_rows(columns, rows, found)
            return
        text_col, owner_col = columns["text"], columns.get("owner")
        ref_col, due_col = columns.get("ref"), columns.get("due")
        for row_cells in rows:
            if text_col >= len(row_cells) or not row_cells[text_col].text:
                continue
            cell = row_cells[text_col]
            ref = row_cells[ref_col].text if ref_col is not None and ref_col < len(row_cells) else None
            if owner_col is not None and owner_col < len(row_cells) and row_cells[owner_col].text:
                owner = row_cells[owner_col].text
                item = self._owned_cell(cell.text, cell.start, cell.end, ref or None, self._cell_owners(owner), owner)
            else:
                item = self._make(cell.text, cell.start, cell.end, ref or None)
            if due_col is not None and due_col < len(row_cells) and row_cells[due_col].text:
                item.due_text_source = "by " + row_cells[due_col].text
            item.from_table = True
            found.append(item)

    def _flat_table(self, i: int, found: list[Found]) -> int | None:
        """An action table flattened to one cell per line (web pages, PDF text): a run of header
        cells ("No", "Action", "Resp.", "Target", "Status"), then rows read cell by cell, each cell
        placed by what it holds (a ref, the task, names, a date, a status word). Returns the index
        after the table, or None when ``blocks[i]`` does not start one."""
        kinds: list[str] = []
        j = i
        while j < len(self.blocks) and j - i < 8:
            block = self.blocks[j]
            kind = column_kind(block.text) if block.kind != "table_row" and len(block.text) <= 30 else None
            if kind is None or kind in kinds:
                break
            kinds.append(kind)
            j += 1
        if len(kinds) < 3 or "text" not in kinds or not {"owner", "due", "status"} & set(kinds):
            return None
        row: dict[str, Block] = {}
        rows: list[dict[str, Block]] = []
        misses = 0
        while j < len(self.blocks) and misses < 2:
            block = self.blocks[j]
            text = block.text
            if block.kind in ("table_row", "heading") or AGENDA_ITEM.match(text) or re.fullmatch(r"\d{1,3}\.", text) \
                    or re.fullmatch(r"[A-Za-z ]{2,30}:", text) or self._flat_header_at(j):
                break
            cell = cell_kind(text)
            pending = [k for k in kinds[kinds.index("text") + 1:] if k not in row] if "text" in row else []
            if cell == "ref" and "ref" in kinds or cell == "text" and "text" in row and "owner" not in pending \
                    or cell == "date" and "text" in row and not {"due", "date"} & set(pending) and kinds[0] == "date":
                rows.append(row)
                row = {}
            if cell == "text" and "text" not in row:
                row["text"] = block
            elif cell == "ref" and "ref" in kinds and "ref" not in row:
                row["ref"] = block
            elif "text" not in row:
                if cell == "date" and kinds.index("date" if "date" in kinds else "due") < kinds.index("text"):
                    row["date"] = block
                else:
                    misses += 1
            elif pending:
                fits = next((k for k in pending if k == cell or k == "owner" and cell in ("text", "name")
                             or k == "status" and cell in ("status", "name", "date") or k == "due" and cell == "date"),
                            None)
                if fits is None:
                    misses += 1
                else:
                    for skipped in pending[:pending.index(fits)]:
                        row.setdefault(skipped, None)
                    row[fits] = block
            else:
                misses += 1
            j += 1
        rows.append(row)
        for row in rows:
            task = row.get("text")
            if task is None:
                continue
            ref = row["ref"].text if row.get("ref") else None
            item = self._make(task.text, task.start, task.end, ref)
            owner = row.get("owner")
            if owner is not None:
                item.owners, item.owner_text = self._cell_owners(owner.text), owner.text
            due = row.get("due")
            if due is not None:
                item.due_text_source = "by " + due.text
            item.from_table = True
            found.append(item)
        return j

    def _column_by_column(self, i: int, found: list[Found]) -> int | None:
        """An action table flattened column by column (PDF text): a lone task header ("Action") over the tasks, each
        wrapped over lines, then a lone owner header ("Who", "Lead") over one cell of names per task; the tasks and
        their owners are paired by order when their counts agree. Returns the index after the owners, or None."""
        if not self._header(i, "text"):
            return None
        j, lines = i + 1, []
        while j < len(self.blocks) and j - i <= 60 and not self._header(j, "owner"):
            block = self.blocks[j]
            if block.kind not in ("paragraph", "list_item") or AGENDA_ITEM.match(block.text):
                return None
            if not _PAGE_FOOTER.fullmatch(block.text):
                lines.append(block)
            j += 1
        if j >= len(self.blocks) or j - i > 60 or len(lines) < 2:
            return None
        owners, end = self._owner_cells(j + 1)
        tasks = _wrapped_cells(lines)
        if len(tasks) < 2 or len(tasks) != len(owners):
            return None
        dues, after = self._due_cells(end)
        if len(dues) == len(tasks):  # a column of due dates after the owners' ("Deadline" / "31 October 2022" / ...)
            end, dues = after, ["by " + due for due in dues]
        else:
            dues = [""] * len(tasks)
        for task, (owner_text, names), due in zip(tasks, owners, dues):
            text = " ".join(b.text for b in task)
            item = self._owned_cell(text, task[0].start, task[-1].end, None, names, owner_text)
            item.from_table, item.due_text_source = True, due
            found.append(item)
        return end

    def _header(self, i: int, kind: str | None = None) -> bool:
        """Whether ``blocks[i]`` is a table column's header on a line of its own ("Action", "Who", "Target Date"), of
        ``kind`` when given."""
        found = column_kind(self.blocks[i].text) if _COLUMN_HEADER.fullmatch(self.blocks[i].text) else None
        return found is not None and (kind is None or found == kind)

    def _due_cells(self, j: int) -> tuple[list[str], int]:
        """The dates of a flattened column under a lone due header at ``blocks[j]`` ("Deadline", "By when"), one a
        line, and the index after them; none when no such header is there."""
        if j >= len(self.blocks) or not self._header(j, "due"):
            return [], j
        k = j + 1
        while k < len(self.blocks) and self.blocks[k].kind in ("paragraph", "list_item") \
                and cell_kind(self.blocks[k].text) == "date":
            k += 1
        return [b.text for b in self.blocks[j + 1:k]], k

    def _owned_cell(self, text: str, start: int, end: int, ref: str | None, owners: list[str], owner_text: str) -> Found:
        """A table row's task (``_make``) owned by who its owner cell names; the task keeps its first words unless
        they name one of those owners ("Write to plot holders ..." is no task of "Write")."""
        item = self._make(text, start, end, ref)
        if not set(item.owners) <= set(owners):
            item.text = _REF.sub("", text).strip()
        item.owners, item.owner_text = owners, owner_text
        return item

    def _owner_cells(self, j: int) -> tuple[list[tuple[str, list[str]]], int]:
        """The owner cells of a flattened column from ``blocks[j]`` (one line of names each, ``_owner_line``; a name
        wrapped onto the next line, "Ann Lowe, Sylvia" / "Webster, Ben Hart", joined back) and the index after them."""
        cells: list[tuple[str, list[str]]] = []
        while j < len(self.blocks) and self.blocks[j].kind in ("paragraph", "list_item"):
            text = self.blocks[j].text
            nxt = self.blocks[j + 1].text if j + 1 < len(self.blocks) else ""
            split = re.search(r"([A-Z][a-z]+)$", text), re.match(r"([A-Z][\w'’-]+)\b", nxt)
            if all(split) and self.registry.resolve(f"{split[0].group(1)} {split[1].group(1)}") \
                    == f"{split[0].group(1)} {split[1].group(1)}":
                text, j = f"{text} {nxt}", j + 1
            names = self._owner_line(text) if not self._header(j) else None  # not the next column's "Target Date"
            if names is None:
                break
            cells.append((text, names))
            j += 1
        return cells, j

    def _flat_header_at(self, j: int) -> bool:
        """Whether a new flattened table header starts at ``blocks[j]`` (three header cells in a row)."""
        texts = [b.text for b in self.blocks[j:j + 3] if b.kind != "table_row" and len(b.text) <= 30]
        return len(texts) == 3 and all(column_kind(t) for t in texts) and len({column_kind(t) for t in texts}) == 3

    def _inline(self, block: Block, found: list[Found]) -> None:
        labelled = None  # the task of an owners-only label at the paragraph's end ("... Action JR.")
        self._owners_between(block, found)
        done = self._bracketed_owners(block, found)  # where the text not yet read begins: a task read with its
        # margin owners is not read again; an item's title names no owner ("5. Action Plan")
        trailing = None if done or _ITEM_TITLE.fullmatch(block.text) else cues.search(TRAILING_ACTION, block.text)
        if trailing and CLOSED_AFTER.match(self.doc.text, block.end):
            trailing = None  # "1. Distribute the survey. Action – The Clerk" / "Action complete.": reported done, not set
        owners = self._label_owners(trailing.group("who")) if trailing else []
        if trailing and not owners and _NAMED.search(trailing.group("who")):
            trailing = None  # "... approved. Action Plan Review": no one's name, a margin may still follow
        if not done and not trailing and (margin := margin_end(block.text)):
            owners = self._margin_end_owners(block.text, margin)
            trailing = margin if owners else None
        head = block.text[:trailing.start()].rstrip() if owners else ""
        task = _last_sentence(head) if head else ""
        if _NO_LETTERS.fullmatch(task):  # an item's number before a heading: "1242/24 5. Action Tracker"
            task = ""
        if task and head.endswith(task):  # "... Clerk and Richard Pedersen to chase. Action Clerk, RP"
            done = len(head)
            colon = task.rfind(": ")  # "... decided to keep it: Mike to contact John accordingly. ACTION: MC"
            if colon > 0 and TASK.match(task[colon + 2:]):
                task = task[colon + 2:]
            start = block.start + len(head) - len(task)
            line = self.doc.text[:start - 1].rsplit("\n", 1)[-1] if task == head and self.doc.text[start - 1:start] == "\n" \
                else ""  # a task the line before begins: "... Clerk and Richard" / "Pedersen to chase. Action ..." (not
            # a task that opens a numbered item: "9) AGM - Tuesday in the car park" / "10) Any other business - ... Action: Jo")
            tail = line[re.match(r"(?:.*[.!?]\s+)?", line).end():]  # not "... to members. ACTION: LG" / "Members asked ..."
            margin = margin_end(line) or TRAILING_ACTION.search(line)  # not a line ending in its own margin owner
            # or label: "... again. OP", "... to the faculty Action: JAM"
            if line.strip() and not re.search(r"[.!?:;]\s*$", line) and not _ITEM_TITLE.fullmatch(line) \
                    and not _ITEM_TITLE.match(task) and not _ACTION_WORD.match(tail) and not (margin and self._owners(margin_who(margin), people_only=True)):
                start -= len(tail) + 1
                task = " ".join(self.doc.text[start:block.start + len(head)].split())
            due = trailing.groupdict().get("due")  # a due-date column after the margin's owners: "... TT 27 Oct"
            labelled = Found(task, start, block.start + len(head), owners=self._own_owners(task, owners),
                             owner_text=trailing.group("who"), due_text_source="by " + due if due else "")
            found.append(labelled)
        elif not done:
            self._labelled_after(block, found)
        for m in cues.finditer(SENTENCE_TASK, block.text, done):
            owners = self._owners(m.group("owner"), people_only=True)
            if owners and not BARE_ACTION.fullmatch(m.group(0).strip()) and not cues.search_folded(AGENDA_WORDING, m.group(0)) \
                    and not cues.search_folded(NOT_TASK, m.group(0)) and not REPORTED_DONE.search(m.group(0)):
                # "Clerk to action": see _prose_tasks
                for a, b, who in self._split_tasks(m.group(0), 0, len(m.group(0).rstrip()), owners):
                    found.append(Found(m.group(0)[a:b].strip(), block.start + m.start() + a, block.start + m.start() + b,
                                        owners=who, prose=True))
        if self.prose:
            self._prose_tasks(block, found)
            if labelled is not None:
                self._label_to_earlier(labelled, block, found)

    def _label_to_earlier(self, labelled: Found, block: Block, found: list[Found]) -> None:
        """An owners-only label at a paragraph's end whose last sentence sets no task or goes on about the one before
        ("Jo Roe will draft the sheet. It will then go out in May. Action JR."): the label names who does the task read
        before it (``_task_before_last``), which takes its owners; the last sentence is no task of its own."""
        if not _no_task(labelled.text, self._prose_owners(labelled.text) is not None):
            return
        earlier = self._task_before_last(block.start, labelled.start, labelled.owners, found)
        if earlier is not None:
            earlier.owners, earlier.owner_text = labelled.owners, labelled.owner_text
            found.remove(labelled)
            self._seen -= 1  # (it was counted among the spans _prose_tasks has read)

    def _label_owners(self, who: str) -> list[str]:
        """The owners a label at a paragraph's end names (``TRAILING_ACTION``): initials, a word or a post as ``_owners``
        reads them ("JB", "All", "Clerk, RP", "Tree Warden"); other names of two words or more only when they name people
        or posts (``_margin_owners``: "Jo Roe", "Cllr D Roe", "Head of Planning"), else none."""
        if not _NAMED.search(who) or _POST_WORD.search(who):
            return self._owners(who)
        return self._margin_owners(who.rstrip(". ")) or []

    def _margin_end_owners(self, text: str, margin: re.Match) -> list[str]:
        """The owners an unlabelled margin at the end of ``text`` names (``MARGIN_END``): people the minutes
        name, after a sentence of three words or more that does not end in an initial or a title (a wrapped
        name list "... I. Whelpton", "Mrs. Spink", or "Signed ....... Chairman", is no margin); else none. With a
        due date after it, the margin may name everyone: "... your comments. All 14 Oct"."""
        before = text[:margin.start()]
        ended = before.split()[-1].rstrip(".!?")  # the sentence's last word
        if len(re.findall(r"[A-Za-z]{2,}", before)) < 3 or len(ended) <= 1 or "." in ended or ended in TITLES_WITH_DOT:
            return []
        if margin.group("due") and re.fullmatch(r"All|Everyone", margin.group("who")):
            return [margin.group("who")]
        return self._owners(margin_who(margin), people_only=True)

    def _bracketed_owners(self, block: Block, found: list[Found]) -> int:
        """Tasks each followed by its owners in brackets, anywhere in a block ("... would be followed up
        with the team (Action: Jane Roe). It was agreed ... (Action: Alex Lee)"): the sentence before each
        bracket. Returns where the last bracket ends (0 when there is none)."""
        done = 0
        for m in cues.finditer(PAREN_ACTION, block.text):
            if self._task_before(block, done, m, self._owners(m.group("who")), found):
                done = m.end()
        return done

    def _owners_between(self, block: Block, found: list[Found]) -> None:
        """Tasks each followed by their owners' initials, with more of the paragraph after: a run-in label
        (``ACTION_BETWEEN``) or an action column flattened into the paragraph (``MARGIN_BETWEEN``); the
        sentence before each, when every initial is someone the minutes name."""
        start = 0
        margins = sorted([*cues.finditer(ACTION_BETWEEN, block.text), *MARGIN_BETWEEN.finditer(block.text)], key=lambda m: m.start())
        for m in margins:
            if m.start() < start:
                continue  # "... Action JB Ivy ...": the label's initials, not a second margin
            who = margin_who(m) if m.re is MARGIN_BETWEEN else m.group("who")
            self._task_before(block, start, m, self._owners(who, people_only=True), found)
            start = m.end()

    def _task_before(self, block: Block, start: int, label: re.Match, owners: list[str], found: list[Found]) -> bool:
        """Read the last sentence of ``block``'s text from ``start`` to ``label`` (which names ``owners``) as
        their task; whether there was one (some owners, and a sentence ending right before the label)."""
        head = block.text[start:label.start()].rstrip()
        task = _last_sentence(head) if owners and head else ""
        if not (task and head.endswith(task)):
            return False
        end = block.start + start + len(head)
        found.append(Found(task, end - len(task), end, owners=self._own_owners(task, owners),
                           owner_text=label.group("who")))
        return True

    def _labelled_after(self, block: Block, found: list[Found]) -> None:
        """The tasks of each "Action:" label after a paragraph's first sentence ("... was agreed. Action: JM to
        circulate the forms; SG to add the item", "... Princes Arms. ACTION: The Clerk was directed to ... - The
        Council were asked ... ACTION: Chair to visit site"), one per part when each part sets a task of its own."""
        labels = list(cues.finditer(LABELLED_AFTER, block.text))
        for k, m in enumerate(labels):
            stop = labels[k + 1].start() + 1 if k + 1 < len(labels) else len(block.text)
            label = SENTENCE.match(block.text, m.end(), stop).group(0)  # its sentence: a run-on page goes on
            run_on = NEXT_ITEM.search(label)
            label = label[:run_on.start()] if run_on else label
            if not (TASK.match(label) or re.match(r"(?i:to\s+be\s+[a-z]+(?:ed|en|t)\b)", label)
                    or self._prose_owners(label) is not None):
                continue  # owners only ("Action: Jane Roe", see TRAILING_ACTION), or the next item of a run-on page
            start = block.start + m.end()
            parts = [(p.start(), p.end()) for p in re.finditer(r"[^;]+", label)]
            if not all(TASK.match(label[a:b].strip()) for a, b in parts[1:]):
                parts = [(0, len(label))]
            for a, b in parts:
                raw = label[a:b]
                lead = len(raw) - len(raw.lstrip())
                text = raw.strip()
                if text:
                    item = self._labelled_task(text, start + a + lead, start + a + lead + len(text), None)
                    item.labelled_in_text = True
                    found.append(item)

    def _own_owners(self, task: str, owners: list[str]) -> list[str]:
        """The owners of a task written beside it: those its own subject names when they are some of them
        ("The Clerk will write ... Action JF/AMD": the Clerk's), else all of them."""
        subject = TASK.match(task)
        own = self._owners(subject.group("subject")) if subject and not _NOT_OWNER.match(subject.group("subject")) else []
        if any(" " not in o and o not in self.registry.names and o not in owners for o in own):
            own = []  # "Mike to contact John. ACTION: MC": the margin's initials say who Mike is
        prose = self._prose_owners(task) if not own and len(owners) > 1 else None
        if prose and prose[0] and set(prose[0]) < set(owners):
            own = prose[0]
        return own or owners

    def _prose_tasks(self, block: Block, found: list[Found]) -> None:
        """Tasks written in running text, one per sentence: "..., the Clerk to write to ...", "Officers
        were asked to ...", "Cllr X agreed to ...", "The Chair requested that ...", "X confirmed that a
        paper would be circulated"."""
        # spans found so far that reach this block: blocks come in text order, so a span that ends
        # before this one is dropped for good (comparing every sentence with every span was quadratic)
        self._live += [(f.start, f.end) for f in found[self._seen:]]
        self._live = [(s, e) for s, e in self._live if e > block.start]
        self._seen = len(found)
        taken = self._live
        before: tuple[int, bool] | None = None  # where the sentence before starts, and whether it holds a task
        opened: list[int] = []  # where each sentence so far starts
        for a, b in sentence_spans(block.text):
            start, end = block.start + a, block.start + b
            prior, before = before, (a, False)
            opened.append(a)
            if any(s < end and start < e for s, e in taken):
                before = (a, True)
                continue
            sentence = cues.part(block.text, a, b)
            task = self._prose_owners(sentence)
            pronoun = PRONOUN_TASK.match(sentence) if task is None else None
            if pronoun:  # "She will investigate ...": the person the sentences before open with (the lines above
                people = self._pronoun_owner(block.text, opened) if prior else self._pronoun_owner_above(block)
                task = (people, 0, len(sentence)) if people else None  # when it opens a line)
            who = cues.search(WHO_WILL, sentence)
            who_owners = self._subject_owners(who.group("owner")) if who else []
            if task is None and not who_owners:
                task = self._agreed_act(sentence, self.doc.text[block.start + b:block.start + b + 20])
            if task is None and not who_owners or _set_aside(sentence):
                continue
            if task is None:  # "... witnessed by the incoming Clerk, who will send him a form"
                owners, clause, stop = who_owners, who.start("owner"), len(sentence)
                who_owners = []
            else:
                owners, clause, stop = task
            if prior:
                owners = [self._named_before(o, block.text[prior[0]:a]) for o in owners]
            more = MORE.search(sentence, clause, stop)  # "... obtain more advice, but considered that ..."
            limit, stop = stop, more.start() if more else stop
            if BARE_ACTION.fullmatch(sentence[clause:stop].strip()) and clause > 0:  # "Concerns about the fridge -
                clause = 0                                                           # BG to check.": the note too
            elif BARE_ACTION.fullmatch(sentence[clause:stop].strip()):  # "The Clerk would action.": the task is
                if prior is None or prior[1]:                           # the sentence before, unless that one
                    continue                                           # is a task already ("Clerk to report back")
                clause, start = 0, block.start + prior[0]
                sentence = block.text[prior[0]:b]
                stop += a - prior[0]
            before = (a, True)
            if who_owners and clause < who.start("owner") < stop:  # "... send to Michael who will combine them": two tasks
                found.append(Found(sentence[who.start("owner"):stop].strip(), start + who.start("owner"), start + stop,
                                    owners=who_owners, prose=True))
                stop = who.end("owner")
            if thanks_only(sentence[clause:stop]):
                continue  # "The Chair thanked X for ...", "asked members to join him in thanking X": no task
            tasks = self._split_tasks(sentence, clause, stop, owners, limit)
            for clause, stop, owners in tasks:
                for part, end in enumerated_parts(sentence, clause, stop):
                    found.append(self._run_on(Found(sentence[part:end].strip(), start + part, start + end, owners=owners,
                                                    prose=True), block))
                    if len(tasks) > 1:  # "RB to send the input to FJ, then JG to sign it, before 24 June": the
                        found[-1].due_text_source = sentence[part:tasks[-1][1]]  # deadline after the last holds for each

    def _run_on(self, item: Found, block: Block) -> Found:
        """A task that a hard-wrapped line cuts short where each line is a paragraph of its own (a blank line between
        them) takes the rest of its sentence from the next paragraph when that opens in lower case ("Clerk to request
        copies of all" / "correspondence between the county council and the owners."); else it stays as it is."""
        if item.end < block.start + len(block.text.rstrip()) or re.search(r"[.!?:;)]\W*$", item.text):
            return item
        more = _RUN_ON.match(self.doc.text, block.end)
        if more:
            item.text, item.end = item.text + " " + more.group("more").strip(), more.end("more")
        return item

    def _named_before(self, owner: str, before: str) -> str:
        """A first name two people present share ("Mike") means the one of them the sentence before names in full
        ("It was agreed that Mike Goodman would raise the issue. Mike will report back"); else it stays as it is."""
        if owner in self.registry.names or not re.fullmatch(r"[A-Z][a-z]+", owner):
            return owner
        named = {n for n in self.registry.names if n.split()[0] == owner and n in before}
        return named.pop() if len(named) == 1 else owner

    def _pronoun_owner(self, text: str, opened: list[int]) -> list[str]:
        """The one person present whom "He"/"She" at ``opened[-1]`` means: the subject of the nearest sentence
        before it that opens with a name, past sentences that open with a pronoun too ("Cllr Davies reported ...
        He attended ... He was also following up ..."), three at most, or the role it opens with when no one present is
        named as holding it ("The Clerk had spoken to the contractor. She will ..."); [] when that opener is no one present."""
        for k in range(len(opened) - 2, max(len(opened) - 5, -1), -1):
            sentence = text[opened[k]:opened[k + 1]]
            if re.match(r"(?:He|She)\b", sentence):
                continue
            opener = re.match(TOPIC + SUBJ, sentence)  # past a topic before a dash: "Curtains – MB cancelled ..."
            people = self._subject_owners(opener.group("owner")) if opener else []
            return people if len(people) == 1 and (people[0] in self.registry.names or ROLE_WORD.match(people[0])) else []
        return []

    def _pronoun_owner_above(self, block: Block) -> list[str]:
        """``_pronoun_owner`` for "He will ..." opening a line: the person the lines right above it open with (three
        lines at most, no blank line between: "Cllr Watt reported the balance." / "He will pay the invoice.")."""
        text = self.doc.text
        start = text.rfind("\n", 0, block.start) + 1
        for _ in range(3):
            above = text.rfind("\n", 0, max(start - 1, 0)) + 1
            if start == 0 or not text[above:start - 1].strip():
                break
            start = above
        before = text[start:text.rfind("\n", 0, block.start) + 1]
        if not before.strip():
            return []
        opened = [line.start() + a for line in re.finditer(r"[^\n]+", before) for a, _ in sentence_spans(line.group())]
        return self._pronoun_owner(before + block.text, opened + [len(before)])

    def _split_tasks(self, sentence: str, clause: int, stop: int, owners: list[str],
                     limit: int | None = None) -> list[tuple[int, int, list[str]]]:
        """``(start, end, owners)`` of each task in a sentence's task clause (which ends at ``stop``, cut short of
        ``limit`` by a clause of its own): two when a second subject takes a task of its own after the first task's
        verb ("Ann Roe to draft the letter and Tom Lee to send it", "RB to send the input to FJ, then JG to sign it",
        "AB to order the bench; TH to contact the landowner"), else the clause itself."""
        limit = stop if limit is None else limit
        verb = TASK_VERB.search(sentence, clause, stop)
        second = SECOND_TASK.search(sentence, verb.end(), limit) if verb and owners else None
        if second and _ASKS_WHOM.search(sentence, verb.start(), second.start()):
            second = None  # "Clerk to ask Roe and Lee Builders to quote": who is asked, not tasked
        others = self._subject_owners(second.group("owner")) if second else []
        if others and others != owners:
            more = MORE.search(sentence, second.end(), limit)
            return [(clause, min(stop, second.start()), owners), (second.start("owner"), more.start() if more else limit, others)]
        passive = REPORTED_PASSIVE.search(sentence, verb.end(), stop) if verb and owners else None
        if passive:
            return [(clause, passive.start(), owners), (passive.end(), stop, [])]
        return [(clause, stop, owners)]

    def _prose_owners(self, sentence: str) -> tuple[list[str], int, int] | None:
        """``(owners, start, end of the task clause)`` for the task a sentence sets (no owners for a
        task that names none), or None when it sets no task."""
        for pattern in cues.matchable(_SUBJECT_TASKS, sentence):
            for m in overlapping(pattern, sentence):
                owners = self._subject_owners(m.group("owner"))
                if not owners and pattern is MODAL and DECIDED_THAT.search(sentence, 0, m.start("owner")):
                    owners = _own_body(m)  # "It was agreed that the Parish Council would contact ...": the body's task
                acronym = pattern in (MODAL, ASKED_IF) and any(self._acronym(o, sentence[:m.start("owner")]) for o in owners) \
                    and not DECIDED_THAT.search(sentence, 0, m.start("owner"))  # "It was agreed that the SMG will review ..."
                # (nor a body asked about: "Cllr X asked if the county council (ABC) could request ..." is a question)
                if owners == [m.group("owner")] and NAME_TAIL.search(sentence, 0, m.start("owner")):
                    continue  # "infected Larch Trees will begin": the end of a longer name, not a first name
                if pattern is AGREED_TO and " agreed" in m.group(0) and all(THE_MEETING.fullmatch(o) for o in owners):
                    continue  # "Members agreed to support the application": the meeting's decision (officers' is a task)
                if owners and not acronym:
                    # a modal clause joined to another by "and", a comma or a semicolon is a task of its own: "...,
                    # the Chairman thanked him and the Clerk would place a notice in the board"
                    # unless it points back to the clause before ("... and Rik Bassett agreed to look into this"); after
                    # a dash, the item's title run on before it is no part of the task ("b) Courts – Clerk instructed to")
                    at_owner = pattern in (PROSE_TASK, DASH_TASK, ONGOING) and not NOTE_THEN_OWNER.match(sentence[:m.start("owner")]) \
                        or pattern in (MODAL, ASKED, AGREED_TO) and \
                        re.search(r"(?:[,;]|\band|\s[–—-])\s+$", sentence[:m.start("owner")]) is not None and \
                        not _points_back(sentence[m.start("owner"):])
                    if pattern is RESOLVED_TASK and not at_owner:  # "Letter sent – as there was no reply it was resolved
                        return owners, decision_start(sentence, m.start()), len(sentence)  # that the Clerk send a reminder"
                    return owners, m.start("owner") if at_owner else 0, len(sentence)
        rest = cues.matchable(_OTHER_TASKS, sentence)  # (the cue words of the patterns below, fetched once for them all)
        said = SAID_WOULD.search(sentence) if SAID_WOULD in rest and _may_say(sentence) else None  # anchored at its start
        owners = self._subject_owners(said.group("owner")) if said else []
        if owners and all(o in self.registry.names for o in owners):  # not "The owner of the mill has indicated he will"
            return owners, 0, len(sentence)
        mine = FIRST_PERSON.search(sentence) if FIRST_PERSON in rest else None
        if mine:  # "... I will send this separately to them": the writer's task, from "I" on
            return [], mine.start("i"), len(sentence)
        decided = DECIDED_PASSIVE.search(sentence) if DECIDED_PASSIVE in rest else None
        if decided:  # the task clause: from the decision ("it was agreed that ...") to the first comma after it
            comma = sentence.find(",", decided.end())
            return self._subject_owners(decided.group("np")), decided.start(), comma if comma > 0 else len(sentence)
        request = REQUEST.search(sentence) if REQUEST in rest else None
        if request and PUBLIC_ASKS.search(sentence, 0, request.start()):
            return None  # "A resident requested that ...": the public's request, not the meeting's task
        if request and request.group("ask") and self._one_person(sentence[:request.start()]):
            return None  # "Mr Bodrugan asked whether the incidents could be linked ...": one person's question
        if request and request.group("asked"):  # "The Chair asked Board members to consider ..." (after an item's
            # title and a dash, from the request on: "... DECISIONS TAKEN – (i) Cabinet request the Board to consider ...")
            body = BODY.fullmatch(request.group("asked"))  # a body asked stays as written: "request the Scrutiny Board to"
            owners = self._subject_owners(request.group("asked")) or ([body.group("body")] if body else [])
            return owners, decision_start(sentence, request.start()), len(sentence)
        if request:
            clause = request.group("clause") or request.group("ask") or request.group("plain")
            people = find_people(clause)
            lead = people[0] if people and people[0].quote_start <= 4 else None
            if lead:
                return [self._resolve(lead.name) or lead.name], 0, len(sentence)
            role = CLAUSE_SUBJECT.match(clause)  # "It was requested that the Clerk contact the police"
            return (self._subject_owners(role.group("owner")) if role else []), 0, len(sentence)
        if ASKED_FOR in rest and ASKED_FOR.search(sentence):
            return [], 0, len(sentence)
        passive = PASSIVE_FUTURE in rest and PASSIVE_FUTURE.search(sentence) or PASSIVE_ANY in rest and PASSIVE_ANY.search(sentence) or None
        by = BY_OWNER.search(sentence, passive.end(), passive.end() + 60) if passive else None  # "sent to the council by the Clerk"
        owners = self._subject_owners(by.group("owner")) if by else []
        if owners and self._outsiders(owners):
            return None  # "The work will be undertaken by John Ashton": work booked with someone not of the meeting
        if owners:  # "a Seminar for members would be organised by the Head of E.Government"
            return owners, 0, len(sentence)
        note = TO_BE_DONE.match(sentence) if _TO_BE_DONE_TAIL is None or _TO_BE_DONE_TAIL.search(sentence) else None
        subject = sentence[:note.end()].rsplit(" to be ", 1)[0] if note else ""
        if note and len(subject.split()) <= 8 and not NOT_NOTE.search(subject) \
                and not re.search(r"\b(?:is|are|was|were)\b", sentence[note.end():]):  # "The priorities to be tackled were ..."
            asked = re.search(r"\bbe\s+(?:asked|requested|tasked|instructed|encouraged)$", sentence[:note.end()]) \
                and re.match(r"\s+to\s+[a-z]", sentence[note.end():])
            # the subject is who the task is done to ("Mr Pepper to be invited to the next meeting", "Skip to be
            # ordered", "DH to be asked."), unless it is asked to do something itself ("EMB to be asked to support ...")
            return (self._subject_owners(subject) if asked else []), 0, len(sentence)
        if A_TO_BE_DONE.match(sentence) or INSTRUCTION.match(sentence):
            return [], 0, len(sentence)
        reporter = REPORTED.search(sentence) if REPORTED in rest else None
        passive = PASSIVE_FUTURE.search(sentence, reporter.end()) if reporter else None
        if passive:  # "X confirmed that a paper would be circulated": the clause after the last "that"
            owners = self._subject_owners(reporter.group("owner"))
            thats = [m.start() for m in THAT_CLAUSE.finditer(sentence, reporter.end() - 4, passive.start())]
            that = thats[-1] if thats else reporter.end() - 5
            more = re.compile(r"\s+and\s+(?:that\s+)?[a-z]+ed\b|;").search(sentence, passive.end())  # "... and suggested that ..."
            return (owners, that + 6, more.start() if more else len(sentence)) if owners else None
        task = PASSIVE_TASK.search(sentence) if PASSIVE_TASK in rest else None
        if task:  # up to a clause of its own: "...; a review ...", "... ordered first and when received they would ..."
            stop = CLAUSE_END.search(sentence, task.end())
            return [], task.start("np"), stop.start() if stop else len(sentence)
        return None

    def _agreed_act(self, sentence: str, after: str) -> tuple[list[str], int, int] | None:
        """``(owners, start, end)`` of the task clause of a decision to do something next that names no one ("It was
        agreed to contact the landowner"), from its verb, short of a remark in brackets after it ("... (a reply was
        required by May)"); the owners are the post whose report it opens ("Secretary: Agreed to circulate the list"),
        else none. None when there is no such decision, or when an action label right after the sentence gives the
        task to someone ("... to report the problem. ACTION: Clerk to report the pothole")."""
        act = cues.search(AGREED_ACT, sentence)
        if act is None or _ACTION_NEXT.match(after):
            return None
        post = _POST_REPORT.match(sentence, 0, act.start("verb"))
        owners = self._subject_owners(post.group("post")) if post and ROLE_WORD.match(post.group("post")) else []
        remark = _REMARK.search(sentence, act.end())
        return owners, act.start("verb"), remark.start() if remark else len(sentence)

    def _acronym(self, owner: str, before: str) -> bool:
        """Whether an owner in capitals (after ``before``, the sentence up to it) is a body's acronym ("KDC will
        investigate", "the PC will decide", "PC" after "Parish Council (PC)"), not someone's initials: initials the
        attendance list records are that person ("Present: JH, SD"), and so are two letters that open the sentence or a
        clause and that the document does not define for something else ("PW will ask the council for advice", "Raffle:
        CM will perform the draw", in notes that name people only by initials; not "arrangements for SP will evolve")."""
        if not re.fullmatch(r"[A-Z]{2,}", owner) or owner in self.registry.names:
            return False
        return len(owner) > 2 or not _CLAUSE_OPENS.search(before) or f"({owner})" in self.doc.text

    def _one_person(self, subject: str) -> bool:
        """Whether a sentence's subject names one person by name or initials ("Mr Bodrugan", "MB"), not a role, a group
        or the meeting ("The Chair", "Members", "The Panel")."""
        subject = subject.strip(" ,;:")
        if not subject or _is_role(subject) or _SUBJECT_SEP.search(subject):
            return False
        return len(self._subject_owners(subject)) == 1 and not GROUP_SUBJECT.fullmatch(subject)

    def _outsiders(self, owners: list[str]) -> bool:
        """Whether every owner is a person the attendance record (when there is one) leaves out: no one present, no
        role, no group."""
        return bool(self.registry.names) and all(
            o not in self.registry.names and not _is_role(o)
            and not GROUP_SUBJECT.fullmatch(o) and not _INITIALS_WORD.fullmatch(o) for o in owners)

    def _subject_owners(self, subject: str) -> list[str]:
        """Owners when a sentence's subject names people, initials, a role or a group of officers."""
        subject = " ".join(subject.split()).strip(" ,;:()").rstrip(".")  # "Richard\nPedersen": one name over two lines
        subject = _ACTION_WORD.sub("", subject)  # "... signage - Action Clerk to request an update": the Clerk
        subject = _DECISION_WORD.sub("", subject)  # "RESOLVED The Clerk to inform the council ...": the Clerk
        if re.fullmatch(r"(?i:all)\s+(?:officers|members|councillors|[Cc]llrs|governors|trustees|directors|partners)", subject):
            return [subject]  # a group stays as written: "All members"
        subject = _LEADING_DETERMINER.sub("", subject)
        if not subject or len(subject) > 60:
            return []
        if _ROLE_PHRASE.match(subject):  # "Head of E.Government and Customer Services": one role
            return [self._holder(subject) or subject]
        owners = []
        for part in _titled_parts(_SUBJECT_SEP.split(subject)):  # "Jo Roe And Val", "X and/or Y"
            part = part.strip()
            name = self._resolve(part)
            role = ROLE_WORD.match(part)
            if name:
                owners.append(name)
            elif role:
                owners.append(self._holder(role.group(1)) or part)
            elif GROUP_SUBJECT.fullmatch(part) or _INITIALS_WORD.fullmatch(part):
                owners.append(part)
            elif _ROLE_PHRASE.match(part):
                owners.append(self._holder(part) or re.sub(r"^the\s+", "", part, flags=re.I))
            elif holder := self.registry.with_role(part, exact=True):  # "The Solicitor would ...": recorded as "(Solicitor)"
                owners.append(holder)
            elif self._first_name(part):  # "Nancy to produce ...": a first name the attendance list lacks
                owners.append(part)
            else:
                people = find_people(part)
                if len(people) != 1 or people[0].quote_start != 0 or people[0].end != len(part):
                    return []
                owners.append(self._resolve(people[0].name) or people[0].name)
        return owners

    # -- pieces ----------------------------------------------------------------------------------

    def _make(self, text: str, start: int, end: int, ref: str | None) -> Found:
        """An action from its raw text: the ref and owner taken out, the owner resolved."""
        raw = text
        ref_match = _REF.search(text)
        if ref_match:
            ref = ref or ref_match.group("ref").rstrip(".")
            text = text[:ref_match.start()]
        end = start + len(raw.rstrip()) - (len(raw.rstrip()) - len(text.rstrip())) if ref_match else end
        item = Found(text.strip(), start, end, ref=ref)
        body = _AGREED.sub("", text.strip())
        first = self._owner_first(body)
        if first:  # "Clerk: write to Highways", "TH – obtain quotes"
            rest = first[1]
            item.owners, item.text = first[0], rest[:1].upper() + rest[1:]
            return item
        prefix = _PREFIX_OWNER.match(body)
        if prefix:  # "(AB) Check and send ...", "(DC/AA) to share ...", "(Met Office team) To run ..."
            owners = [o for o in self._owners(prefix.group("owner")) if len(o) > 1]
            if owners:
                rest = prefix.group("rest").strip()
                item.owners, item.text = owners, rest[:1].upper() + rest[1:]
                return item
        lead = LEAD.search(text)
        task = TASK.match(body)
        trailing = TRAILING_OWNER.search(text)
        trailing_owners = self._owners(trailing.group("owner"), people_only=True) if trailing else []
        if lead:
            item.owners = self._owners(lead.group("owner"))
        elif trailing_owners:
            item.owners, item.text = trailing_owners, text[:trailing.start()].strip()
        elif task and not _NOT_OWNER.match(task.group("subject")) and not INSTRUCTION.match(body) \
                and not NOT_TASK_VERB.match(task.group("rest")):  # not "Write to ...", "Defer to next meeting"
            owners = self._owners(task.group("subject"))
            if owners:
                item.owners = owners
                if body is text.strip() or text.strip().startswith(body):
                    rest = task.group("rest").strip()
                    item.text = rest[:1].upper() + rest[1:]
        if not item.owners and not PASSIVE.match(body):
            bare = BARE_SUBJECT.match(body)
            if bare and not _NOT_OWNER.match(bare.group("subject")):
                item.owners = self._owners(bare.group("subject"))
        if not item.owners:  # "ACTION – AW agenda item for next meeting": the initials of someone of the meeting first
            lead = re.match(r"(?P<who>[A-Z]{2,4})\s+(?=[a-z])(?![a-z]+ed\b|(?:said|has|had|was|is|will|would)\b)", body)  # not "GG asked ..."
            name = self._resolve(lead.group("who")) if lead else None
            item.owners = [name] if name else []
        if not item.owners:
            role = ROLE_SUBJECT.search(body)
            holder = self._role_holder(role.group("role")) if role else None
            item.owners = [holder] if holder else []
        return item

    def _labelled_task(self, text: str, start: int, end: int, ref: str | None) -> Found:
        """An action from a label's text (``_make``), its owners read from the sentence's subject when the
        label's shapes name none ("ACTION: Suzanne agreed to add the link", "ACTION: clerk to chase up ...")."""
        item = self._make(text, start, end, ref)
        if not item.owners:
            task = self._prose_owners(_AGREED.sub("", text))
            item.owners = task[0] if task else []
        return item

    def _owner_first(self, text: str) -> tuple[list[str], str] | None:
        """``(owners, task)`` for a task written after who does it and a colon or dash (``_OWNER_FIRST``: "Clerk:
        write to Highways", "TH/PL – obtain quotes", "Len - check the troughs"), when what comes first names only
        people of the meeting or a role ("Clerk", kept as written when nobody is named as its holder); not a topic
        ("Highways – check the signs") nor initials nobody here has ("MB – ...")."""
        m = _OWNER_FIRST.match(text)
        if m is None:
            return None
        who = m.group("who")
        owners = self._owners(who, people_only=True) or ([who] if ROLE_WORD.match(who) else None)
        return (owners, m.group("rest").strip()) if owners else None

    def _owners(self, text: str, people_only: bool = False) -> list[str]:
        """Owner names from "Graham Carey and Mary Delaney", "GB / MG", "All Leads", "(GC)"."""
        text = text.strip(" .:;")
        if not text or len(text) > 60 or _NOT_OWNER.match(text) and not _INITIALS_WORD.fullmatch(text):
            return []  # "AT" is someone's initials, "at" a preposition
        parts = [p.strip(" .()") for p in _OWNER_SEP.split(text) if p.strip(" .()")]
        owners: list[str] = []
        for part in _titled_parts(parts):
            name = self._resolve(part) or (self._holder(part) if _is_role(part) else None)  # "Clerk", "Town Clerk": its holder
            if name:
                owners.append(name)
            elif people_only:
                return []
            elif (tagged := _NAME_AND_BODY.fullmatch(part)) and tagged.group("first").lower() in first_names():
                owners.append(self._resolve(tagged.group("name")) or tagged.group("name"))  # "Jo Roe NFF": the person
            elif re.match(r"^[A-Z(]", part) or _GROUP_START.match(part) or ROLE_WORD.match(part):
                owners.append(part)  # a role nobody in the minutes holds stays as written: "Clerk/chair"
            else:
                return []
        return owners

    def _cell_owners(self, text: str) -> list[str]:
        """Owners from an owner cell: "GB / MG", "All", or names with their job titles ("Kiran
        Vagarwal, Head of Community Safety, LBB" gives Kiran Vagarwal)."""
        people = find_people(text)
        if people and people[0].quote_start == 0:
            return [self._resolve(m.name) or m.name for m in people]
        return self._owners(text)

    def _owner_label(self, text: str) -> tuple[list[str], str] | None:
        """``(owners, due words)`` when an action label holds only who (and when): "JB", "MT by
        12 December 2008", "All"; None when it holds a task."""
        m = _WHO_AND_WHEN.match(text)
        words = m.group("who").split() if m else []
        if not words or not all(w[:1].isupper() or w.lower() in ("and", "&", "/") for w in words[:-1]) \
                or not _WHO_LAST_WORD.match(words[-1]):
            return None  # "JB", "Cllr Lee and MT", "Group leaders"
        owners = self._owners(m.group("who"))
        return (owners, m.group("due") or "") if owners else None

    def _owner_line(self, text: str) -> list[str] | None:
        """The owners when a block is only names ("Graham Carey and Mary Delaney", "Owner: Lorraine
        Forrester"), else None."""
        text = _OWNER_LABEL.sub("", text)
        if len(text) > 70 or _ENDS_STOP.search(text.strip()) or _FUNCTION_WORD.search(text):
            return None
        parts = [p.strip() for p in _OWNER_SEP.split(text) if p.strip()]
        owners = []
        for part in parts:
            name = self._resolve(part)
            if name is None and re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}", part):
                name = part  # a full name the attendee list does not hold
            if name is None:
                return None
            owners.append(name)
        return owners or None

    def _first_name(self, word: str) -> bool:
        """Whether a single capitalised word is a known first name ("Nancy", "Carol"), not an English
        function word (spaCy's stop words: "He", "Due", "Will" are first names too) and never written
        in lower case in the same document ("Key" beside "key")."""
        if not _CAPITALISED.fullmatch(word) or word.lower() not in first_names() \
                or word.lower() in function_words():
            return False
        if self._lower_words is None:
            self._lower_words = frozenset(re.findall(r"(?<![\w-])[a-z]+(?![\w-])", self.doc.text))
        return word.lower() not in self._lower_words

    def _column_owners(self, i: int, who: re.Match) -> list[str] | None:
        """The owners an action column's line names under a paragraph: after "Action", names, initials or roles
        (``_margin_owners``); bare initials only when each is someone the minutes name and the paragraph above
        ends in a sentence of three lower-case words or more (not a report's title and its presenter, "Finance
        Report JW", nor a list of members and their bodies, "Parish Forum / JT")."""
        if who.re is _ACTION_WHO:
            return self._margin_owners(who.group("who"))
        if len(re.findall(r"(?<!\S)[a-z]+\b", _last_sentence(self.blocks[i - 1].text))) < 3:
            return None
        owners = [self._resolve(part) for part in re.split(r"\s*(?:/|&|,|\band\b)\s*|\s+", who.group("who"))]
        return None if None in owners else owners

    def _margin_owners(self, text: str) -> list[str] | None:
        """The owners when a cell holds only names, initials, first names or roles ("Carol/Terry", "CS & JR", "Clerk",
        "Tom Preest and Mark Hazelton"), else None."""
        if len(text) > 70 or _ENDS_STOP.search(text):
            return None
        owners = []
        for part in _OWNER_SEP.split(text):
            name = self._resolve(part)
            if name is None and _is_role(part):  # "Clerk", "the Chair", "Town Clerk": its holder when the minutes name one
                name = self._holder(part) or part
            if name is None and (_INITIALS_WORD.fullmatch(part) or self._first_name(part)):
                name = part
            people = find_people(part) if name is None else []
            if len(people) == 1 and people[0].quote_start == 0 and people[0].end == len(part):
                name = people[0].name
            if name is None:
                return None
            owners.append(name)
        return owners or None

    def _resolve(self, mention: str) -> str | None:
        """The full name a mention refers to (``Registry.resolve``), else, for initials nobody defined,
        the one attendee whose name's words give them ("AMD" is Ann-Marie Davis, "DC" D.Cheetham), with a middle
        initial or without ("JRG" is James Greenham when no one's initials are JRG); a first name, the one attendee
        recorded by initial whose name starts with its letter ("Paul" is P. Ingram when no one else's name starts with P)."""
        name = self.registry.resolve(mention)
        letters = mention.strip(" ()[].,:;")
        titled = None if name else _TITLED_SURNAME.fullmatch(letters)
        if titled:
            return self._written_in_full(titled.group("surname"))
        if name is None and _ONE_WORD.fullmatch(letters) and self._first_name(letters):
            # "Paul will chase up" with "P. Ingram" the only attendee whose name starts with a P
            fits = {n for n in self.registry.names if n[:1] == letters[0]}
            return fits.pop() if len(fits) == 1 and re.match(r"[A-Z]\.?\s", next(iter(fits))) else None
        if name or not _INITIALS_WORD.fullmatch(letters) or f"({letters})" in self.doc.text:
            return name  # initials the minutes define for something else: "Local Partnership Forum (LPF)"
        fits = {n for n in self.registry.names if letters in name_initials(n)}
        if not fits and len(letters) == 3:  # "JRG": a middle initial the attendance list does not give (James Greenham)
            fits = {n for n in self.registry.names if letters[0] + letters[2] in name_initials(n)}
        return fits.pop() if len(fits) == 1 else None

    def _written_in_full(self, surname: str) -> str | None:
        """For "Cllr Bingham" when no one present or sending apologies has that surname: the one person the
        document writes out in full with it ("Dist Cllr Henry Bingham has donated ..."), else None."""
        key = "surname " + surname
        if key not in self._holders:
            names = self.full_names.with_surname(surname)
            self._holders[key] = names.pop() if len(names) == 1 else None
        return self._holders[key]

    def _role_holder(self, role: str) -> str | None:
        """The person a role phrase means: its holder (``_holder``), or the one attendee the document
        names beside that role ("The Target Lead for DV, ACC Peter Lowton"). Worked out once per role
        (a document-wide scan per mention made long documents quadratic)."""
        key = "beside " + role.lower()
        if key not in self._holders:
            self._holders[key] = self._holder(role) or self._named_beside(role)
        return self._holders[key]

    def _holder(self, role: str) -> str | None:
        """Who holds a role ("Clerk", "the Chairman", "Scrutiny Officer"): the one attendee recorded
        with it, else the one person the minutes name as it (``_named_as``)."""
        role = re.sub(r"^the\s+", "", " ".join(role.split()), flags=re.I)
        key = role.lower()
        if key not in self._holders:
            holder = self.registry.with_role(role) or self._named_as(role)
            words = role.split()
            if holder is None and len(words) > 1 and words[-1].lower() in HELD_ROLES \
                    and not SUBORDINATE.search(role):  # "Remembrance Sunday Clerk": an item's title run into "Clerk to ..."
                holder = self._holder(words[-1])
            self._holders[key] = holder
        return self._holders[key]

    def _named_as(self, role: str) -> str | None:
        """The one person the document names as holding ``role``: "Clerk: Jane Roe", "Jane Roe
        (Clerk)", "the Clerk, Mrs Jane Roe", "Jane Roe, Parish Clerk", or a line of columns "Jane Roe
        <spaces> Clerk"; None when nobody or more than one person is."""
        holders = set()
        text = self.doc.text
        near = near_mentions(text, role)
        for pattern in holder_patterns(role):
            end = 0  # where the last match ended: the stretches are searched as one text would be
            for start, stop in near:
                for m in pattern.finditer(text, max(start, end), stop):
                    end = m.end()
                    name = " ".join(m.group("name").split())
                    if name.split()[-1].lower() not in NOT_SURNAMES:
                        holders.add(self._resolve(name) or name)
        holders = {h for h in holders if not any(len(g) > len(h) and same_person(h, g) for g in holders)}
        # one person written two ways: "Clerk: Mrs L Quillan" in the letterhead, "Lena Quillan, Clerk" present
        return holders.pop() if len(holders) == 1 else None

    def _named_beside(self, role: str) -> str | None:
        """The one attendee the document names within 60 characters of ``role``."""
        pattern = re.compile(re.escape(role), re.I)
        windows = [block.text[max(0, m.start() - 60):m.end() + 60] for block in self.blocks for m in pattern.finditer(block.text)]
        surnames = [(name, re.compile(rf"\b{re.escape(name.split()[-1])}\b")) for name in self.registry.names] if windows else []
        names = {name for window in windows for name, surname in surnames if name in window or surname.search(window)}
        return names.pop() if len(names) == 1 else None



def _wrapped_cells(lines: list[Block]) -> list[list[Block]]:
    """The cells of a table column flattened a line at a time, each cell wrapped over lines: a cell ends at a line
    ending a sentence, or before a line starting with a capital whose first word would have fitted on the line above
    (the column's widest line gives its width); a line starting in lower case continues the cell above."""
    width = max(len(b.text) for b in lines)
    cells: list[list[Block]] = [[lines[0]]]
    for above, line in zip(lines, lines[1:]):
        first = line.text.split()[0]
        if not first[:1].islower() and (re.search(r"[.!?][)’'\"]?$", above.text)
                                          or len(above.text) + 1 + len(first) <= width):
            cells.append([line])
        else:
            cells[-1].append(line)
    return cells


def _is_role(text: str) -> bool:
    """Whether ``text`` is an owner written as a role: a role word ("Clerk", "the Chair") or a longer post ("Town
    Clerk", "Head of Planning")."""
    return bool(ROLE_WORD.match(text) or _ROLE_PHRASE.match(text))


def _set_aside(sentence: str) -> bool:
    """Whether a sentence that reads as setting a task sets none: a decision that tasks no one, what introduces a list,
    what is no task (NOT_TASK: an enumerated resolution's parts are judged one by one), agenda wording, or what is
    reported done. (Asked only of sentences that read as tasks: most sentences set none, and cost these tests for nothing.)"""
    return _DECISION.match(sentence) is not None and not enumerators(sentence) \
        and not any(p.search(sentence) for p in (PROSE_TASK, RESOLVED_TASK, MODAL, DECIDED_PASSIVE, ASKED, REQUEST, AGREED_ACT)) \
        and not _directed(sentence) \
        or introduces(sentence) or cues.search_folded(NOT_TASK, sentence) is not None and not enumerators(sentence) \
        or cues.search_folded(AGENDA_WORDING, sentence) is not None or cues.search(REPORTED_DONE, sentence) is not None


def _no_task(sentence: str, read: bool) -> bool:
    """Whether the last sentence before an owners-only label sets no task: one the readers read no task in and with
    no wording that sets one (``_EVIDENCE``: "The report was discussed and accepted."), or one that goes on about the
    thing the sentence before it is about ("It will then go out in May.")."""
    return _CONTINUES.match(sentence) is not None or not read and not any(p.search(sentence) for p in _EVIDENCE)


def _titled_parts(parts: list[str]) -> list[str]:
    """The parts of a list of owners after a plural title, each with the title: "Cllrs Hudson", "Bottomley" ->
    "Cllr Hudson", "Cllr Bottomley" (the title was read as part of the first name, the others had none)."""
    plural = re.match(r"(?:Cllrs|Councillors)\.?\s+(?=[A-Z])", parts[0]) if len(parts) > 1 else None
    return ["Cllr " + (part[plural.end():] if k == 0 else part.strip()) for k, part in enumerate(parts)] if plural else parts


def _points_back(clause: str) -> bool:
    """Whether a task clause needs the clause before it: a short one ending in "this", "it", "them" ("... and Rik
    Bassett agreed to look into this"); a long one says its task itself ("..., Tessa has been asked to advise any
    people renting the hall to be made aware of this")."""
    return POINTS_BACK.search(clause) is not None and len(clause.split()) <= 10


def _last_sentence(text: str) -> str:
    """The last sentence of a paragraph, with the one before it when it is very short: under five words ("Clerk to
    chase.", "Done by May."), or under four when it sets a task of its own ("RC to prepare invitations."), or when it
    names no task but points back to it ("JL will do this before the next meeting."). A sentence may end in an acronym
    ("... the Steering Group and CCC. C Roe to email when finalised.")."""
    sentences = _SENTENCE_BREAK.split(text.strip())
    last = sentences[-1]
    words = len(last.split())
    alone = (words >= 5 or words == 4 and TASK.match(last)) and not BARE_ACTION.fullmatch(last)
    return last if alone or len(sentences) == 1 else " ".join(sentences[-2:])


# Wording that sets a task, searched in a document from which no action was read (``task_evidence``): someone "to"
# or "will" do one of the things minutes task people with, "undertook / offered / agreed to" do it, "was asked to",
# or a paper or a letter that "will / should / is to / will need to be" sent, written, ordered ...; read by checks as a
# warning, never as an action
_DOING = (r"(?:write|contact|send|circulate|arrange|investigate|chase|look|report\s+back|liaise|follow|obtain|draft|check|speak|"
          r"ask|e-?mail|order|prepare|provide|raise|organi[sz]e|invite|seek|find\s+out|produce|forward|respond|reply|research|"
          r"pursue|do\s+(?:it|this|that))")
_EVIDENCE = (
    re.compile(r"(?<!\bfor\s)(?<!\bfor\sthe\s)\b(?:[Cc]lerk|[Cc]hair(?:man|person)?|[A-Z][a-z]+|[A-Z]{2,3})\s+to\s+" + _DOING + r"\b"),
    re.compile(r"\b(?:undertook|offered|volunteered|agreed)\s+to\s+" + _DOING + r"\b"),
    re.compile(r"\b(?:he|she|they|who|[Cc]lerk|[Cc]hair(?:man|person)?|[A-Z][a-z]+)\s+(?:would|will)\s+(?:be\s+|continue\s+to\s+)?"
               + _DOING.replace("(?:write|", "(?:writing|sending|contacting|write|") + r"\b"),
    re.compile(r"\b(?:was|were)\s+(?:asked|requested|instructed|tasked)\s+to\s+(?!be\b)[a-z]{3,}"),
    re.compile(r"(?<!\bneed\s)(?<!\bneeds\s)(?<!\bneeded\s)(?<!\bare\s)\b(?:would|will|should|to|will\s+need\s+to)\s+be\s+(?:sent|circulated|written|"
               r"ordered|arranged|organi[sz]ed|followed\s+up|chased|contacted|investigated|obtained|sought|pursued|provided|"
               r"prepared|drafted|forwarded|invited|submitted|brought|passed\s+on)\b"),
)


def task_evidence(doc: Document) -> tuple[int, str] | None:
    """``(offset, sentence)`` of the first sentence in ``doc``'s body that reads as setting a task (``_EVIDENCE``),
    not agenda wording nor the meeting's own business (NOT_TASK, AGENDA_WORDING); None when there is none."""
    for block in body_blocks(doc):
        starts = [m.start() for pattern in _EVIDENCE for m in cues.finditer(pattern, block.text)]
        if not starts:
            continue
        for a, b in sentence_spans(block.text):
            sentence = cues.part(block.text, a, b)
            if any(a <= start < b for start in starts) and not cues.search_folded(NOT_TASK, sentence) \
                    and not cues.search_folded(AGENDA_WORDING, sentence) and not thanks_only(sentence):
                return block.start + a, sentence
    return None

