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
import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import accumulate

from minutes.extract import cues
from minutes.extract.action_merge import ROLE_WORD, Found, function_words, merge
from minutes.extract.blocks import AGENDA_ITEM, body_blocks, review_sections
from minutes.extract.dates import find_dates
from minutes.extract.due import resolve_due
from minutes.extract.pipeline import Options, component
from minutes.extract.record import Action, Decision, Record, Source
from minutes.extract.names import NOT_SURNAMES, find_people, first_names
from minutes.extract.registry import Registry, name_initials
from minutes.ingest.document import Block, Cell, Document

_WHO_NAME = r"(?-i:[A-Z]{2,4}|(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"  # "RL", "Clerk", "Rita Lowe"
_LABELLED = re.compile(r"^\s*action(?:\s+point)?s?\s*(?:(?:no\.?\s*)?(?P<ref>\d{1,3}(?:\.\d{1,2})*)\b\s*[:.\-–]?|[:\-–]|"
                       r"(?:by\s+|[-–]\s*)?(?P<who>" + _WHO_NAME + r"(?:\s*(?:/|&|,|and)\s*" + _WHO_NAME + r")*)\s*:)"  # "ACTION RL: ..."
                       r"\s*(?P<text>\S.*)$", re.I | re.S)
_LABEL_ONLY = re.compile(r"^\s*(?P<label>action(?:\s+point)?\s+(?:no\.?\s*)?(?P<ref>\d{1,3}(?:\.\d{1,2})*)|"  # "Action Point 1"
                         r"actions?(?:\s+points?)?(?:\s+agreed)?|agreed actions?|next\s+steps|actions?\s+(?:log|list|sheet|tracker|summary)|"
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
# discuss the proposals with ...; RT to contact Highways ..." (a label on a line of its own: ``review_sections``)
_REVIEWED_RUN_IN = re.compile(r"\s*actions?(?:\s+(?:points?|items?))?\s+(?:from|of|arising\s+from)\s+(?:the\s+)?"
                              r"(?:last|previous|prior)\s+meetings?\s*[:–—-]\s*(?=\S)", re.I)
# an item's numbered title on a line of its own ("5. Matters arising"): never part of the task under it
_ITEM_TITLE = re.compile(r"\s*\(?(?:\d{1,3}(?:\.\d{1,2})*|(?:[A-Z]{1,4}/)?\d{1,4}/\d{1,4}(?:/\d{1,4})?)[.)]?\s+"  # "4.1", "19/21", "FC/19/107"
                         r"[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,5}\s*")
_CAPS_TITLE = re.compile(r"(?!.*\bTO\b)[A-Z][A-Z'’&/-]*(?:\s+[A-Z][A-Z'’&/-]*){0,3}")  # "APOLOGIES", "NEW MEMBERS"; not "CLERK TO WRITE"
_LIST_REF = re.compile(r"^(?P<ref>\d{1,3}\.\d{1,2})\s+(?=[A-Z(])")
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
_DECISION = re.compile(r"^\s*(resolved|agreed|decision|it was (agreed|resolved|decided))\b", re.I)
# words are set apart (a space, "and", "&", "/" or ","): with nothing between them, "MINUTES OF ..." split at every
# capital letter, and a heading in capitals took minutes to fail to match
_SUBJECT = (r"(?:\([A-Z]{2,4}\)|[A-Z][\w'’&.-]*)(?:(?:\s+(?:and|&)\s+|\s*[/,]\s*|\s+)(?:\([A-Z]{2,4}\)|[A-Z][\w'’&.-]*|"
            r"partners|members|leads|officers|representatives|chair(?:man|person)?|clerk|secretary|treasurer))*")
_TASK = re.compile(r"^(?:[Ff]or\s+)?(?P<subject>" + _SUBJECT + r")\s+to\s+(?P<rest>(?!be\s)\w.*)$", re.S)
_NOT_TASK_VERB = re.compile(r"(?:the|a|an|next|this|that|these|those|all|any|each|every|our|their|his|her|its)\b", re.I)
_PASSIVE = re.compile(r"^(?P<subject>.{1,80}?)\s+to\s+be\s+\w+ed\b", re.S)
_BARE_SUBJECT = re.compile(r"^(?P<subject>(?:[A-Z][\w&'’-]*)(?:\s+(?:[A-Z][\w&'’-]*|partners|members|leads|officers|"
                           r"representatives|group|team))*)\s+(?:be|should|shall|will|must|consider|contribute|convene|"
                           r"convenes|review|provide|prepare|circulate|report|share|write|arrange|produce)\b", re.S)
_ROLE_SUBJECT = re.compile(r"\b(?:the|from the|by the)\s+(?P<role>target lead|chair(?:man)?|vice[- ]chair|"
                           r"lead officer|clerk|secretary)\b", re.I)
# "Action: Thank you letters to guest speakers – Sean Neeson": the owner after a dash at the end
_TRAILING_OWNER = re.compile(r"\s[–—-]\s+(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                             r"(?:\s*(?:/|&|,|and)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})*)\s*\.?\s*$")
_LEAD = re.compile(r"\((?:lead|led by|owner|action)\s*:?\s*(?P<owner>[^()]{2,40})\)", re.I)
# after "X to": a verb, not a determiner ("welcomed S Le Grys to the meeting") nor a state ("BG to remain in attendance")
_NOT_VERB = r"(?!(?:be|the|this|that|these|those|their|its|his|her|our|all|any|each|remain|stay)\b)"
_SENTENCE_TASK = re.compile(r"(?:^|(?<=[.!?]\s))(?P<owner>\(?[A-Z]{2,4}\)?|[A-Z][a-z]+(?:\s(?:and|&)\s[A-Z][a-z]+)?)"
                            r"\s+to\s+" + _NOT_VERB + r"(?P<verb>[a-z]+)\b[^.!?]*[.!?]?")
# Tasks in running text (after a line's reference code too: "13/08/15-07 Chair to locate the survey"; after a comma and
# "with": "..., with the Treasurer to obtain quotes"). The subject must name people, initials, a role or officers (checked by
# _subject_owners); the rest of the pattern says it is a task.
_LOWER_ROLE = r"(?:(?:vice[- ])?chair(?:man|person)?|clerk|treasurer|secretary|conven[eo]r)"  # "the clerk will ...", "ACTION: clerk to ..."
_SUBJ = (r"(?P<owner>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:and/or|and|&|of|for)(?:\s+the)?)|/[A-Z][\w'’.-]*){0,4}"
         r"(?:(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)+\s+(?:and|&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?|"
         r"(?:[Tt]he\s+)?" + _LOWER_ROLE + r"(?:\s+(?:and|&)\s+(?:the\s+)?(?:" + _LOWER_ROLE + r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?|"
         r"(?:[Aa]ll\s+)?(?:[Oo]fficers|[Mm]embers)|[Aa]ll(?:\s+(?:councillors|governors|trustees|directors|partners))?)")
# (a task may open with its item's number or letter: "3.2 Clerk to ...", "a) Clerk to ...", "(ii) Clerk to ...")
# a capitalised word mid-sentence, not a title, right before a one-word subject ("Larch Trees will ...")
_NAME_TAIL = re.compile(r"(?<=[a-z,]\s)(?!(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Rev|Revd|Prof)\b)[A-Z][a-z]+\s+$")
_VERB = r"(?:do\b|go\b|(?:re|co|pre|e)-[a-z]{3,}|[a-z]{3,})"  # the verb of a task: "offered to do", "will go", "to e-mail"
_PROSE_TASK = re.compile(r"(?:^(?:\(?[\w/.-]*\d[\w/.-]*\)?\s+|\(?(?:[a-z]|[ivx]{2,4})[.)]\s+)?|[:;–—-]\s*|,\s+(?:with\s+)?|\band\s+(?:for\s+)?|\b(?i:agreed|asked|arranged|requested|resolved|decided)\s+for\s+)" + _SUBJ + r"\s+to\s+" + _NOT_VERB + _VERB)
# a resolution that tasks someone: "Resolved – That officers draft a report ...", "(b) that the Clerk write to ...",
# or an item of a resolution's list: "2) that officers contact stakeholders ..."; the word after the subject is a
# verb, not a noun ("agreed that NRCC representation was still needed")
_RESOLVED_TASK = re.compile(r"(?:\b(?i:resolved|agreed)\b[\s:–—-]*(?:\([a-z0-9]{1,3}\)\s*)?|^\(?[a-z0-9]{1,3}[.)]\s*)(?i:that)\s+"
                            + _SUBJ +
                            r"\s+(?!be\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b|should\b|would\b|will\b|can\b|may\b|and\b|"
                            r"not\b|only\b|could\b|might\b|must\b)[a-z]{3,}(?<!ed)(?<!tion)(?<!ment)(?<!ness)(?<!ity)(?<!ship)\b(?!(?<=s)\s+(?:is|are|was|were|has|have|"
                            r"had|should|would|will|could|can|may|must|need|needed|be)\b)")
_ASKED = re.compile(_SUBJ + r"\s+(?:(?:(?:was|were|is|are|has been|have been|be)\s+(?:asked|requested|tasked|invited|instructed|"
                    r"authori[sz]ed|delegated|empowered|directed)|(?:will|would)\s+be\s+(?:asked|requested|tasked|instructed)|"
                    r"instructed|tasked)\s+to\s+" + _NOT_VERB + r"[a-z]+|"
                    r"(?:was|were|is|are|has\s+been|have\s+been)\s+tasked\s+with\s+[a-z]+ing\b)")  # the "be": "RESOLVED that the Clerk
# be instructed to"; "was tasked with contacting ..."; in notes without the "was": "Clerk instructed to write to ..." (no
# one is "instructed to" or "tasked to" but the one given the task; "X asked to speak" is X's own request); the word after
# "to" a verb ("were invited to the meeting" is no task)
# a subject may have a phrase in commas after it: "Amanda Jones, CCBC, would bring it back", "TW, as treasurer, would
# keep the accounts", "The Secretary's representative, Andy Milroy, agreed to prepare ..."
_APPOSITION = r"(?:,\s+[^,.;:()]{2,40}?,|,|\s*\([^()]{2,40}\))?"  # ... or in brackets: "Jane Roe (Clerk) will send ..."
# a post held, not a task: "TB kindly agreed to continue this role", "agreed to become the social club's rep"
_HOLD_POST = r"(?!be\b|become\b|remain\b|serve\b|stand\b|continue\s+(?:as|in|this|that|the|her|his|their)\b)"
_AGREED_TO = re.compile(_SUBJ + _APPOSITION + r"\s+(?:(?:had\s+|has\s+(?=(?:kindly\s+|also\s+)?(?:offered|volunteered)))?(?:kindly\s+|also\s+)?(?:agreed|undertook|offered|volunteered)|(?:is|are)(?:\s+also)?)\s+to\s+" + _HOLD_POST + _VERB)
# ("X has agreed to cover the costs" consents; "X has offered to ..." takes a task on)
# "will have a banner made", "would have the hedge cut": a task its subject sees done
_HAVE_DONE = (r"\s+(?:a|an|the|this|these|it|them)\s+(?:[\w'’-]+\s+){0,3}?(?:made|done|printed|checked|repaired|cut|installed|"
              r"fitted|cleared|removed|inspected|serviced|replaced|painted|cleaned|fixed|erected|produced|tested|looked\s+at)\b")
# "X will/would/should <verb>": only for a person or role subject (checked in _prose_owners), never
# for an acronym ("CWOP would help ...") or an adverb after the modal ("will now be ..."); "will have" only as "will
# have a look / a word" or with something done; "will also <verb>", and "will continue to <verb>" (a standing task; "would continue to" mostly
# restates a task the minutes also give as a note: "... would continue to chase the matter. Clerk to follow up"); "will
# be in contact / in touch with" is the one "be" that sets a task
_MODAL = re.compile(_SUBJ + _APPOSITION + r"\s+(?:would|will|should|shall)\s+(?:also\s+)?(?:(?<=will\s)continue\s+to\s+)?(?:be\s+in\s+(?:contact|touch)\s+with\b|(?!be\b|have\b(?!\s+a\s+(?:look|word)\b|" + _HAVE_DONE + r")|not\b|also\b|now\b|then\b|still\b|"
                    r"need\b|help\b|like\b|want\b|hope\b|seem\b|appear\b|mean\b|continue\b|remain\b)" + _VERB + ")")
# a task under way, which minutes record as an action too: "Cllr X is looking into a grant", "The clerk and Cllr Y
# are investigating quotes", and in note form at the start of a sentence "Cllr X drafting email to ..."
_UNDER_WAY = (r"(?:looking\s+into|investigating|drafting|preparing|chasing|following\s+up|pursuing|researching|"
              r"progressing|organi[sz]ing|arranging|obtaining|seeking|liaising)\b")
_ONGOING = re.compile(_SUBJ + r"\s+(?:is|are)\s+(?:currently\s+|still\s+|now\s+)?" + _UNDER_WAY)
_ONGOING_NOTE = re.compile(r"^" + _SUBJ + r"\s+" + _UNDER_WAY + r"(?=\s+\w)")  # with what is under way: "NDP drafting" is a title
# a task whose subject is a pronoun: "Cllr Ayles had spoken to Highways about a 20 mph limit. She will investigate what
# can be done.", "He agreed to contact the landowner": the person the sentence before opens with (see _prose_tasks)
_PRONOUN_TASK = re.compile(r"^(?:He|She)\s+(?:also\s+)?(?:(?:(?:kindly\s+)?(?:agreed|offered|undertook|volunteered)|is)\s+to\s+"
                           r"(?!be\b)|(?:will|would)\s+(?!be\b|have\b(?!" + _HAVE_DONE + r")|not\b|also\b|need\b|like\b|continue\b|remain\b|help\b|"
                           r"welcome\b|prefer\b|hope\b|wish\b|expect\b|ask\s+again\b)|(?:is|was)\s+(?:also\s+|currently\s+|still\s+|now\s+)?"
                           r"(?=" + _UNDER_WAY + r"))[a-z]{3,}")
_TOPIC = r"(?:[A-Z][\w'’]*(?:\s+[\w'’]+){0,3}\s+[–—-]\s+)?"  # a note's topic before a dash: "Curtains – ", "Outside Lights – "
# a second task with its own subject in the same sentence: "A to draft the letter and B to send it", "RB to send the
# input to FJ, then JG to sign it", "the Advisor would contact officers ... otherwise the Chair would write to ..."
# ... or a passive one the same speaker reports: "X asked governors to complete the forms and noted that the results would be
# collated and sent to them" (the second task names no one)
_REPORTED_PASSIVE = re.compile(r"\s+and\s+(?:noted|said|reported|confirmed|added|advised|explained)\s+that\s+(?=[^.;]*?"
                               r"\b(?:would|will)\s+(?:also\s+|then\s+)?be\s+[a-z]+ed\b)")
_TASK_VERB = re.compile(r"\b(?:to|will|would|should)\s+[a-z]{3,}")  # the first task's verb, before the second's subject
_SECOND_TASK = re.compile(r"(?:[,;]\s*(?:then\s+|and\s+)?|\s+and\s+(?:then\s+)?|,?\s+otherwise\s+)" + _SUBJ + r"\s+(?:to|will|would|is\s+to|"
                          r"(?:agreed|offered|undertook)\s+to)\s+" + _NOT_VERB + r"(?!have\b|not\b|also\b|need\b|like\b|continue\b|"
                          r"remain\b|help\b)" + _VERB)
# a person who opens the sentence and says they will do something, or does one thing and will do another: "Cllr
# D Fox said that he would provide a copy", "SR had received the report in error and said she would pass it to the
# Clerk", "Cllr Clarke has received the conditions and will circulate them", "Cllr Hale updated the Council on the
# verges and undertook to look again at the footpaths" (only for someone present: see _prose_owners)
_SAID_WOULD = re.compile(r"^" + _SUBJ + r"(?:\s+[^.;,]{0,80}?\s+and)?(?:(?:\s+(?:ha[sd]\s+)?(?:kindly\s+)?(?:said|confirmed|agreed|stated|indicated|undertook|"
                         r"advised|added|reported|explained|noted|mentioned)\s+(?:that\s+)?(?:he|she|they))?\s+(?:would|will)\s+(?!be\b|have\b|not\b|also\b|"
                         r"need\b|like\b|continue\b|remain\b|help\b|welcome\b|prefer\b|hope\b|wish\b|expect\b)|"
                         r"\s+(?:kindly\s+|also\s+)?(?:undertook|offered|volunteered|agreed)\s+to\s+" + _HOLD_POST + r")" + _VERB)
# owners written after the task at the end of its paragraph, as a margin column flattens: "... to chase. Action Clerk, RP",
# or after a dash: "Ivy to be cleared from the hall – Action JB"
_TRAILING_ACTION = re.compile(r"(?:\s(?<=[.!?]\s)\s*(?i:actions?(?:\s+by)?)\s*[:–-]?|\s[–—-]\s*(?i:actions?(?:\s+by)?)\s)\s*(?:(?i:the)\s+)?(?P<who>[A-Z][\w'’.]*(?:\s*(?:,|/|&|\band\b)\s*"
                              r"[A-Z][\w'’.]*){0,3})\s*\.?\s*$")
# a log's status line after the task and its owner: the task was set before and is reported done
_CLOSED_AFTER = re.compile(r"\s*(?i:action\s+(?:now\s+)?(?:complete|completed|closed|done)|completed)\b")
# ... or with no label at all, an action column beside the paragraph run into its line (each owner someone the
# minutes name: their initials, name or post): "... will chase the County Council. OP", "... for the April meeting.
# Clerk", two owners' initials a space apart: "... the contractor is to be chased. CD EF"
_MARGIN_END = re.compile(r"(?<=[.!?])\s+(?P<who>[A-Z]{2,4}(?:\s+[A-Z]{2,4}){1,3}|"
                         r"(?:[A-Z]{2,4}|[A-Z][a-z]+)(?:\s*(?:/|&|,)\s*(?:[A-Z]{2,4}|[A-Z][a-z]+)){0,3})\s*$")


_DASH = re.compile(r"\s[–—-]\s")


def _decision_start(sentence: str, at: int) -> int:
    """Where a decision that sets a task starts in its sentence: at "it was resolved" when a dash comes before it (what
    comes before the dash is the item's title or an account of what was done), else at the sentence's start."""
    dashes = [m.end() for m in _DASH.finditer(sentence, 0, at)]
    if not dashes:
        return 0
    return max(dashes[-1], re.search(r"(?i:it\s+was\s+)?$", sentence[:at]).start())


def _margin_end(text: str) -> re.Match | None:
    """``_MARGIN_END`` searched only in text that ends in a letter, as every match does (an owner's name or initials):
    most paragraphs end in a full stop, and the pattern is tried at every character."""
    return _MARGIN_END.search(text) if text.rstrip()[-1:].isalpha() else None


def _margin_who(margin: re.Match) -> str:
    """The owners a ``_MARGIN_END`` match names, initials a space apart written with a slash ("CD EF" as "CD/EF")."""
    return "/".join(margin.group("who").split()) if "/" not in margin.group("who") else margin.group("who")


# ... or in brackets after the task, anywhere in a paragraph, names written out: "... would be followed up with
# the team (Action: Jane Roe/Alex Lee)"
_PAREN_ACTION = re.compile(r"\((?i:actions?(?:\s+by)?)\s*[:–-]?\s*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                           r"(?:\s*(?:,|/|&|\band\b)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}){0,3})\s*\)\.?")
# ... or the label and the owners' initials run in between the task and the next ("... accepted for publication.
# ACTION EDC To receive the auditor's report", "... collection from the hall. Action JB Ivy to be cleared ...")
_ACTION_BETWEEN = re.compile(r"(?<=[.!?])\s+(?i:action)(?:\s+(?i:by))?\s+(?P<who>[A-Z]{2,4}(?:\s*(?:/|&|,)\s*[A-Z]{2,4}){0,3})"
                             r"\s+(?=[A-Z])")
# ... or a task labelled after the discussion in the same paragraph: "... for the annual update. Action: JM to
# circulate the forms; SG to add the item to the agenda.", as often as the paragraph has such labels
_LABELLED_AFTER = re.compile(r"[.!?]\s+(?i:action(?:\s+points?)?)\s*:\s*(?=\S)")
# a run-on page's next item after a label's task: a spaced dash, then a clause of five words or more ("ACTION: Chair
# to visit site - The Council were made aware that ..."), not who does it ("... - Sean Neeson")
_NEXT_ITEM = re.compile(r"\s[–—-]\s+(?=[A-Z][\w'’]*(?:\s+[\w'’,]+){4})")
# "..., who will <verb>": the person named before it takes a task ("send to Michael who will combine the comments")
_WHO_WILL = re.compile(r"(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),?\s+who\s+(?:will|would|is\s+to|agreed\s+to)\s+"
                       r"(?!be\b|have\b|not\b|also\b)[a-z]{3,}")
# "SK – to clarify the data", "Cllr Hale – to obtain quotes", "Clerk - to write": who, a dash, the task
_DASH_WHO = r"(?:[A-Z]{2,4}|(?:Cllrs?\.?|Councillors?|Mrs?|Ms|Dr)\s+[A-Z][\w'’-]+|(?:[Tt]he\s+)?" + "(?i:" + _LOWER_ROLE + "))"
_DASH_TASK = re.compile(r"(?:^|(?<=[.;]\s))(?P<owner>" + _DASH_WHO + r"(?:\s*(?:/|&|and|,)\s*" + _DASH_WHO + r")*)\s*"
                        r"(?:[–—-]|(?<![A-Z]{2}):)\s*to\s+"
                        r"(?!be\b)[a-z]{3,}")
# "The Chair asked if Luke could provide an update": the one asked takes the task
_ASKED_IF = re.compile(r"\basked\s+(?:if|whether)\s+" + _SUBJ + r"\s+(?:could|would|can|might)\s+(?!be\b|not\b)[a-z]{3,}")
_REQUEST = re.compile(r"(?<!\bhad\s)\b(?:requested|asked|REQUESTED|ASKED)\s+that\s+(?P<clause>.+)$|\basked\s+(?:if|whether)\s+(?P<ask>.+?\b(?:could|would|can)\s+"
                      r"be\s+(?!allowed\b|permitted\b)\w+ed\b.*)$|\b(?:ask|instruct|direct)(?:ed)?\s+(?P<asked>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?|(?:all\s+)?(?:governors|"
                      r"members|councillors|officers|partners|trustees|directors))\s+to\s+[a-z]{3,}", re.S)
# (_NOT_TASK and _AGENDA_WORDING are written in lower case and searched in the folded text: cues.search_folded)
# boilerplate of agenda items, not tasks: "Members are invited to declare any interests", "to report apologies"
# the meeting's own business is no task either: "asked Members to note", "Councillors will elect a Chair",
# "will consider the admission of any items of urgent business"; nor a sentence ending in a colon (_introduces)
_NOT_TASK = re.compile(r"\b(?:declar|disclos)\w*\b[^.]*\binterests?\b|\bapologies\b|\bthe\s+attached\b|"
                       r"\b(?:to|will|would|shall)\s+(?:re-?elect|elect|note)\b|\b(?:urgent|late)\s+(?:business|items?)\b|"
                       r"\bamended\s+to\s+read\b|\badded\s+to\s+(?:those|the\s+list\s+of\s+those)\s+present\b|"
                       r"\bbe\s+(?:recorded|minuted|noted)\b|\bwishe?d?\s+to\s+be\s+(?:called|known|addressed)\b|"
                       r"\bto\s+(?:continue|carry\s+on|act|serve)\s+as\b|\bto\s+serve\s+until\b|\bto\s+(?:fill|hold|take\s+up|assume)\s+(?:the\s+)?(?:office|post|"
                       r"position|role)(?:\s+of\b|\s+(?:as\s+\w+\s+)?until\b)|\bto\s+(?:be\s+)?defer(?:red)?\b|"
                       r"\bto\s+be\s+(?:discussed|considered|debated|revisited|listed|placed|put|included|added)\s+(?:again\s+)?(?:at|on|to)\s+(?:the\s+|a\s+)?"
                       r"(?:next|future|another|later)\b|\bto\s+chair\s+(?:the|this)\s+meeting\b|"
                       r"\btake\s+(?:his|her|their|the)\s+place\b|\btake\s+a\s+vote\b|\bto\s+take\s+(?:questions|items?|agenda\s+items?)\b|\b(?:at\s+the\s+end\s+of|later\s+in|throughout|during)\s+(?:the\s+course\s+of\s+)?(?:the|this)\s+meeting\b|"
                       r"\bminute['’]?s?\s+silence\b|"
                       r"\bto\s+(?:propose|second|move)(?:\s+and)?\s*[-–—:]?\s*$|"
                       r"\b(?:will|would|may)\s+(?:appreciate|recall|remember|know|be\s+aware|be\s+interested)\b|"
                       r"\bto\s+(?:outline|explain|set\s+out|describe)\s+the\s+(?:format|procedure|process)\s+(?:of|for)\s+(?:the|this)\s+"
                       r"(?:meeting|hearing|session)\b|\bsign\s+(?:the|these|those)\s+minutes\b|\bauthori[sz]ed\s+to\s+sign\b|"
                       r"\bminutes\b[^.;]{0,80}?\b(?:will|would|to)\s+be\s+signed\b|\b(?:assume|take)\s+the\s+chair\b")
# (a minute's silence the chair asks the meeting to keep is no task either)
# (the last: who signs the minutes, "resolved that the Chairman sign the minutes", "the Chair be authorised to sign",
# "the minutes ..., and these will be signed by the Chairman"; and who takes the chair for an item, a post held)
# (and who moves and who seconds a motion, "Councillor A to propose and / Councillor B to second – 'That ...'")
# (and what readers know or feel, not what they are to do: "Members will appreciate the significance of ...")
# (and a hearing's procedure: "c) The Panel's Clerk to outline the format of the meeting")
# then what is put on record ("requested that the thanks of the Partnership be recorded"), a form of address; an
# appointment ("agreed to continue as the Council's representative", "X to act as consultant", "Chairman to serve until
# the next Annual Meeting", "to fill the office
# of Deputy Mayor"), a deferral
# ("agreed to defer ...", "Hall grant – to be deferred to next meeting", "Matter to be discussed at next meeting", "is to be considered on another date"); who chairs
# this meeting, takes its items, questions or votes, or takes someone's place ("Cllr X to chair the meeting", "the Chair
# would take a vote on item 6 at item 9", "agreed to take
# questions from the public", "NW should take his place"), and what is done
# before this meeting ends ("questions would be taken at the end of the meeting")
# the running of the meeting, as agendas and chairs word it: "The Chair to welcome everyone to the meeting",
# "invited attendees to introduce themselves", "X will introduce a paper" (who speaks to an item), "Members are asked to comment on the paper" (a report's request
# to the meeting, not a task it set), and as minutes report it, "Members were asked to comment on the paper and
# agree a final version" (but "were asked to review / consider" may set a task), or asks it for a decision ("asked the
# Board to consider allowing X to attend", "requested that Members consider the number of seats", but "asked that the board
# consider if one of them could volunteer" is a task), who leads on an item
# ("The Chair to lead on this item"); "agreed to permit discussion as follows :-" is _introduces
_AGENDA_WORDING = re.compile(r"\bwelcom\w*\s+(?:everyone|all\b|those\b|members|attendees|[^.]{0,40}\bto\s+the\s+meeting)|"
                             r"\bintroduce\s+(?:themselves\b|(?:a|the|this|his|her|their)\s+(?:paper|report|item|presentation)\b)|\b(?:is|are)\s+(?:asked|invited|requested)\s+to\s+(?:comment|note|agree|"
                             r"consider|approve|endorse|discuss|receive|review|ratify|adopt|confirm|declare)\b|"
                             r"\b(?:was|were)\s+(?:asked|invited|requested)\s+to\s+(?:comment|note|agree|approve|endorse|receive|"
                             r"ratify|adopt|confirm|declare)\b|\bconsider\s+(?:approving|allowing|permitting|agreeing|accepting|endorsing|ratifying)\b|"
                             r"\b(?:requested|asked)\s+that\s+(?:members|councillors|the\s+(?:board|committee|panel|council))\s+(?:consider(?!\s+(?:if|"
                             r"whether)\b)|note|agree|approve|endorse|comment)\b|\bto\s+(?:lead|speak)\s+(?:on|to)\s+(?:this|the)\s+item\b")
_PASSIVE_FUTURE = re.compile(r"\b(?:would|will|to)\s+(?:now\s+|then\s+|also\s+)?be\s+(?:circulated|incorporated|included|updated|amended|"
                             r"added|shared|organised|organized|submitted|sent|provided|brought|arranged|presented|"
                             r"prepared|forwarded|distributed|published|drafted|reported|programmed|organised|organized|"
                             r"scheduled|investigated|followed up|chased|contacted|invited|written)\b")
_REPORTED = re.compile(r"(?:^|[:;,–—-]\s*)" + _SUBJ + r"\s+(?:confirmed|reported|advised|said|stated|explained|indicated|"
                       r"agreed|noted)\s+that\b")
# a decision that something be done, which is a task though it names no one: "it was agreed that a full written
# response be provided", "agreed that a summary note would be circulated", "That the final report be issued
# widely", "e) That an update report be brought to this Board"; not "RESOLVED that the report be noted", "that they be given time", "that X be invited to join",
# "that X should not be included", nor what is only needed ("agreed that a meeting needs to be arranged")
_DECIDED_PASSIVE = re.compile(r"(?:(?:[Ii]t\s+was\s+)?(?i:agreed|resolved|decided|requested|recommended)\s*[:–—-]?\s*"
                              r"(?:\([a-z0-9]{1,3}\)\s*)?(?i:that)|^(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?i:that))\s+"
                              r"(?P<np>(?:(?!(?:can|may|might|is|are|was|were|has|have|had|not|never)\b)[^,;:.\s]+\s+){0,11}?)"
                              r"(?<!\bneeds\sto\s)(?<!\bneed\sto\s)(?:(?:would|should|will|shall|must)\s+(?:also\s+|now\s+)?)?be\s+"
                              r"(?:circulated|incorporated|included|updated|amended|added|shared|organi[sz]ed|submitted|sent|"
                              r"provided|brought|arranged|presented|prepared|forwarded|distributed|published|drafted|reported|"
                              r"programmed|scheduled|investigated|chased|contacted|written|issued|produced|obtained|sought|"
                              r"explored|established|set\s+up|formed|followed\s+up|ordered|rectified|repaired|replaced|installed|"
                              r"purchased|fixed|erected|inspected|cut(?:\s+back)?|trimmed|cleared|cleaned|painted|removed|placed|"
                              r"moved|planted|collected)\b")
# a task put in the passive future with no one named, at the head of a sentence or clause: "Proposals would be
# provided for the next meeting", "...; a review would be undertaken when ...", "Highways will be notified", "... has
# been circulated and a reminder would be sent out", "A note would be put on the website", "Volunteers will be sought"; not
# "will be shared" (used jointly), "will be reported at the meeting" (the meeting's own business), "will be published",
# "submitted", "undertaken" (what government or a process will do: "New targets will be published"), nor a quotation;
# in note form too, after "and": "... have been donated and a letter of thanks to be sent"
_PASSIVE_TASK = re.compile(r"(?:^|;\s+|\bthat\s+|\b(?P<and>and)\s+)(?P<np>(?:[Tt]he|[Aa]n?|[Ff]urther|[A-Z][\w'’-]*)\s(?:(?!(?:is|are|was|were|has|"
                           r"have|had|would|will|should|shall|be|needs?|needed|due)\b)[\w'’&/()]+(?:-[\w'’]+)*\s+){0,10}?)(?:would|will|should|shall|(?(and)to))\s+"
                           r"(?:now\s+|then\s+|also\s+)?be\s+(?:circulated|updated|amended|organi[sz]ed|sent|provided|brought|"
                           r"arranged|presented|prepared|forwarded|distributed|drafted|scheduled|re-?scheduled|investigated|"
                           r"followed\s+up|chased|contacted|written|notified|advertised|applied\s+for|put\s+(?:on|up|in)|raised|sought|"
                           r"pursued|addressed|displayed|ordered|rectified|repaired|replaced|installed|purchased|fixed|erected|"
                           r"inspected|cut(?:\s+back)?|trimmed|cleared|cleaned|painted|placed|planted|invited(?!\s+to\s+(?!attend\b|the\b|an?\b|this\b|next\b|future\b)[a-z]+)|agreed\s+and\s+(?:circulated|sent|shared))\b")
# a request for a paper, which someone must write though the minutes do not say who: "The Committee asked for a
# note setting out what had been achieved", "The Chairman asked for a written proposal"
_DECIDED_THAT = re.compile(r"\b(?i:agreed|resolved|decided)\s+that\s+$")  # a group a decision tasks, by its acronym
_CLAUSE_END = re.compile(r";|\s+and\s+(?:when|once|then|if|after)\b")
_ASKED_FOR = re.compile(r"\b(?:asked\s+for|requested)\s+(?:a|an|further)\s+(?:(?:written|short|brief|full|further|detailed|"
                        r"progress)\s+)?(?:note|report|(?<=progress\s)update|paper|proposal|briefing|summary|breakdown|list|statement)s?\b")
_CLAUSE_SUBJECT = re.compile(_SUBJ + r"\s+(?!be\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b)[a-z]{3,}\b")
_THAT_CLAUSE = re.compile(r" that (?=(?:the|a|an|this|these|those|any|it|all|further|[A-Z])\b)")
# any verb in the passive future, when a person is named as the agent: "questionnaires will be sourced by Katherine"
_PASSIVE_ANY = re.compile(r"\b(?:would|will|to)\s+(?:now\s+|then\s+|also\s+)?be\s+(?!(?:replaced|succeeded|appointed|elected|"
                          r"chaired|seconded|proposed)\b)[a-z]{3,}(?:ed|en)\b(?=(?:\s+(?:off|up|out))?(?:\s+[a-z][\w'’-]*){0,4}\s+by\s)")  # not who takes over a role
_BY_OWNER = re.compile(r"\s+by\s+(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|&)){0,5})")
_GROUP_SUBJECT = re.compile(r"(?i:(?:all\s+|board\s+|panel\s+|committee\s+|partnership\s+)?(?:officers?|members?|partners?)|"
                            r"colleagues|everyone|councillors|the council|the clerk|governors|trustees|directors|practices|"
                            r"sub[- ]?group)")  # "Sub Group to revisit ...", "Governors to ..."
_THE_MEETING = re.compile(r"(?i:(?:all\s+)?(?:members|councillors|governors|trustees)|everyone|all|the\s+council)")
_MORE = re.compile(r",\s+(?:but|although|though|whereas|while)\b|;\s")
# the note form of a task: "Skip to be ordered for first week November", "EMB to be asked to support ...", "The
# precept of £1,500.00 to be requested" (a full stop inside a number ends nothing)
_TO_BE_DONE = re.compile(r"^(?:(?:[^.;:]|\.(?=\d)){2,80}?)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bneeds)(?<!\bneed)(?<!\bhave)"
                         r"(?<!\bhas)(?<!\bhad)(?<!\bwill)(?<!,)\s+to\s+be\s+(?!(?:resolved|confirmed|agreed|decided|determined|expected|hoped|"
                         r"noted|seen|appointed|elected|co-opted|asked\s+is)\b)(?:[a-z]+ed|written|sent|done|given|taken|drawn|made|brought|held|put|set|"
                         r"kept|shown|undertaken|chosen|sought|bought|run|met)\b(?!\s+(?:is|was|are|were|will|would|include|includes)\b)")
# ... but not "Items to be taken in private", "the next meeting to be held on", "a plan to be considered by
# The Estate", "needed to be", "due to be": agenda wording and statements; nor the subject of a sentence ("Topics to
# be discussed will include ...") nor a phrase after a comma ("... two defibrillators, to be placed in ...")
# ... and in full, with an indefinite subject: "A sign is to be put up", "An advert is to be placed", "Three quotes are
# now to be obtained" (what is arranged; not what is needed: "A small working group needs to be established", nor what
# is put off: "A further item is to be placed on the next agenda"; "The review is to be signed off by ..." states a plan)
_A_TO_BE_DONE = re.compile(r"^(?:A|An|Two|Three|Further|Quotes|Quotations|Estimates)\s+(?!(?:next\s+)?meeting\b)"
                           r"(?:[\w’'-]+\s+){0,5}?(?:is|are)\s+(?:now\s+|also\s+)?to\s+be\s+(?!(?:resolved|confirmed|agreed|decided|noted|"
                           r"seen|expected|hoped|appointed|elected|discussed|considered)\b)(?:[a-z]+ed|written|"
                           r"sent|done|given|taken|drawn|made|brought|held|put|set|kept|shown|undertaken|sought|bought)\b"
                           r"(?!\s+(?:on|in)\s+(?:the\s+)?(?:next\s+|a\s+future\s+)?agenda\b)")  # "... to be placed on the next agenda": deferred
_NOT_NOTE = re.compile(r"^(?:to|for|items?|(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?next\s+meeting|this|it|there)\b|\b(?:said|says|was|is|were|are|noted|needed|due|"
                       r"felt|agreed|reported|plan|business|had|has|outlined|described|explained|highlighted|suggested|proposed)\b", re.I)
# a task that names no task: "Clerk to action", "The Clerk would action.", "Kate will do this.", "Cllr X to look into
# this.", "Y will investigate it" (the task is the sentence before; "X will follow this up" stands as it is)
_POINTS_BACK = re.compile(r"\b(?:this|it|that|these|them)\W*$")  # a task that needs the clause before it
_BACK = r"(?:this|that|it)"
_BARE_ACTION = re.compile(r"(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+)?\s+(?:to|will|would|shall)\s+(?:action|do\s+(?:this|that|it|so)|"
                          r"(?:look\s+into|investigate|pursue|deal\s+with)\s+" + _BACK + r"(?:\s+further)?)\.?", re.I)
# a full stop inside "E.Government" or after a title ("Cllr. Land offered to ...") ends nothing; "and it was
# agreed that ..." starts a sentence of its own ("Cllr Land offered to ... and it was agreed that the Clerk ...")
# (the full stop first, then the look-behinds that end with it: the regex engine tries them only at a full stop,
# not at every character; and the end is tried only where one can be, at a ".!?", a comma, a space or the text's
# end, the words between taken whole: the same sentences as "\S.*?(?:END)", 1.7 times faster)
_TITLES_WITH_DOT = ("Cllr", "Cllrs", "Mr", "Mrs", "Ms", "Dr", "Rev", "Revd", "Prof")  # not "Councillor", a whole word:
# "... her time as a Councillor. He asked ..." ends a sentence
_TITLE_DOT = "".join(rf"(?<!\b{t}[.!?])" for t in _TITLES_WITH_DOT)
_INITIAL_DOT = r"(?!(?<=[a-z] [A-Z]\.)\s+[a-z])"  # "Steve L. will send ...": a surname's initial, when a lower-case word follows
_GLUED = r"(?<=[a-z]{2}[.!?])" + _TITLE_DOT + r"(?=[A-Z][a-z]*\s)"  # no space after it, in PDF text: "website.A copy of ..."
_SENTENCE_END = r"(?:[.!?]" + _TITLE_DOT + _INITIAL_DOT + r"[.!?]*(?=\s|$)|[.!?]" + _GLUED + r"|(?=,?\s+and\s+it\s+was\s+(?i:agreed|resolved|decided)\b)|$)"
_SENTENCE = re.compile(r"\S[^.!?,\s]*(?:[.!?,\s][^.!?,\s]*)*?" + _SENTENCE_END, re.S)


_NEXT_WORD = re.compile(r"\s\S")


def _overlapping(pattern: re.Pattern, text: str):
    """Matches of ``pattern`` starting at every word, so that a subject that swallowed a word before
    the name ("Christmas and Rik Basra agreed to ...") is tried again without it. Skipped when the
    sentence lacks the pattern's cue words or what follows its subject."""
    if not cues.may_match(pattern, text):
        return
    cue = _after_subject(pattern)
    if cue is not None and not cue.search(text):
        return
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return
        yield m
        nxt = _NEXT_WORD.search(text, m.start("owner") + 1)
        if nxt is None:
            return
        pos = nxt.start() + 1


_AFTER_SUBJECT: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}  # by the pattern's id, the pattern kept with it


def _after_subject(pattern: re.Pattern) -> re.Pattern | None:
    """What ``pattern`` requires after its subject and the apposition after that (cues.after): searched alone, its
    start is not tried at every word before the verb, as the apposition's was ("..., CCBC, would"). Looked up
    by the pattern's id: a sentence meets the nine subject patterns in turn."""
    entry = _AFTER_SUBJECT.get(id(pattern))
    if entry is None:
        cue = cues.after(pattern, _SUBJ + _APPOSITION) or cues.after(pattern, _SUBJ)
        entry = _AFTER_SUBJECT[id(pattern)] = (pattern, cue)
    return entry[1]


# a decision that introduces the tasks it sets, one a line: "It was agreed to:" / "Ensure councillors are on the list" /
# "Review the database"; each line opens with a verb (not a determiner, a past tense or a third person's "-s")
_AGREED_LIST = re.compile(r"\b(?:agreed|resolved|decided)\s+to\s*:\s*-?\s*$")  # searched in folded text, behind its cue
_IMPERATIVE = re.compile(r"^(?:\(?[a-z0-9]{1,3}[.)]\s+|[•·*\-–]\s*)?(?P<verb>[A-Z][a-z]{2,})\s+[a-z]")
# a sentence that is an instruction, in notes that name nobody ("1.4 Look at the legislation and prepare a brief", "Send
# an email to the members ...", "Set up a website."): a task with no owner; only verbs that set work, never an
# agenda's "Receive", "Note", "Approve", "Consider", and only before an object's first word ("Contact was made" is none)
_INSTRUCTION = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]?\s+)?(?:Look\s+(?:at|into)|Send|Set\s+up|Prepare|Write\s+to|"
                          r"Contact|Arrange|Circulate|Collate|Chase(?:\s+up)?|Obtain|Draft|Investigate|Organi[sz]e|Book|"
                          r"Compile|Forward|E-?mail|Find\s+out|Follow\s+up|Liaise\s+with)\s+(?:a|an|the|all|any|some|"
                          r"this|these|those|them|it|its|our|their|his|her|to|with|up|out|round|back|for|into)\b")
_NOT_IMPERATIVE = re.compile(r"^(?:the|this|that|these|those|there|their|its|all|any|each|every|some|our|his|her|members|"
                             r"councillors|officers|minutes|apologies|item|it|we|they|she|he)$|(?:ed|ing|[^s]s)$")


# thanks, which minutes record but which task nobody, unless a letter or a card is to be sent: "The Chair thanked
# Cllr Roe for her years of service", "He asked the Board to join him in thanking Tom", but not "... and the Clerk
# would write to thank the donors"
_THANKS = re.compile(r"\bthank(?:ed|ing|s)\b")
_OTHER_TASK = re.compile(r"\b(?:would|will|should|to)\s+(?!thank\b|join\b)[a-z]{3,}|\b(?:letter|card|write|writ|e-?mail|send|sent)\b")


def _thanks_only(clause: str) -> bool:
    """Whether a task clause only thanks someone (see _THANKS)."""
    folded = cues.folded(clause)
    return _THANKS.search(folded) is not None and _OTHER_TASK.search(folded) is None


# the parts of a resolution enumerated in one sentence: "Resolved – That (i) an update be circulated (ii) a date be
# agreed (iii) findings be shared at the next meeting": each part is its own task; a part that only notes is none
_ENUMERATOR = re.compile(r"(?:(?<=\s)|^)\((?P<n>i{1,3}|iv|vi{0,3}|ix|x|[a-h]|[1-9])\)\s*")
_FIRST = {"i", "a", "1"}


def _enumerators(sentence: str, clause: int = 0, stop: int | None = None) -> list[re.Match]:
    """The enumerators of a clause's parts ("(i)", "(ii)" ...), or [] when it has fewer than two or they start at no first."""
    stop = len(sentence) if stop is None else stop
    if "(" not in sentence[clause:stop]:
        return []
    marks = list(_ENUMERATOR.finditer(sentence, clause, stop))
    return marks if len(marks) >= 2 and marks[0].group("n").lower() in _FIRST else []


def _enumerated(sentence: str, clause: int, stop: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each enumerated part of a task clause ((i), (ii) ... or (a), (b) ...: two or more, the first
    numbered one), without the parts that set no task ("(a) That the report be noted"); the clause itself otherwise."""
    marks = _enumerators(sentence, clause, stop)
    if not marks:
        return [(clause, stop)]
    parts = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else stop
        text = sentence[m.end():end]
        trimmed = re.sub(r"(?:[\s,;]|\band\b|\bor\b)+$", "", text)
        if trimmed.strip() and not cues.search_folded(_NOT_TASK, trimmed):
            parts.append((m.end(), m.end() + len(trimmed)))
    return parts


def _introduces(sentence: str) -> bool:
    """Whether a sentence ends in a colon, or a colon and a dash ("... as follows :-"): it introduces
    what follows and sets no task. (Tested apart from _NOT_TASK and _AGENDA_WORDING: in them it
    would leave them without a cue, see cues.py, and have them tried at every character.)"""
    return sentence.rstrip().removesuffix("-").rstrip().endswith(":")


def _sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of a paragraph (abbreviations aside: good enough for tasks)."""
    spans = []
    for m in _SENTENCE.finditer(text):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        if b - a > 3:
            spans.append((a, b))
    return spans


# Action-table header cells, whatever words a council uses: "Action / Action by / Officer / Resp. /
# Lead / Owner / Target / Deadline / Status"; the first kind whose words a header cell holds.
_COLUMN_KINDS = (
    ("ref", re.compile(r"^(ref(erence)?|no|number|item( no)?|#|action (no|ref|number)|minute( ref| no)?|para)$")),
    ("owner", re.compile(r"\b(resp|responsib\w*|owner|lead\w*|by whom|who|action (by|owner)|officer|member|"
                         r"assigned( to)?|person)\b")),
    ("due", re.compile(r"\b(due|deadline|by when|target|timescale|when|completion|date due)\b|^by$")),  # not "raised by"
    ("text", re.compile(r"\b(actions?|description|task|issue|agreed action|action point|decision|what)\b")),
    ("status", re.compile(r"\b(status|progress|update|completed?|outstanding|rag|comments?|notes?)\b")),
    ("date", re.compile(r"\b(date|meeting)\b")),
)
_RECORDED = re.compile(r"\b(?:was|were|had)\b")
_NO_ACTION = re.compile(r"^(?:none|nil|n/?a|no actions?|-+|–|—|noted|tbc|x)\.?$", re.I)
# an earlier action reported on in an action log: its task, a dash, where it stands ("... strategy) – complete")
_EARLIER_DONE = re.compile(r"[)\w.]\s*[–—-]\s*(?:complete[d]?|done|closed|discharged|superseded|actioned|on[- ]?going|"
                           r"in\s+progress|carried\s+forward|on\s+(?:the|this\s+meeting'?s)\s+agenda)\b", re.I)
_STATUS_WORDS = re.compile(r"^(outstanding|complete[d]?|done|closed|open|ongoing|on-going|in progress|carried forward|"
                           r"c/f|cf|green|amber|red|see (below|above|item.*)|n/a|tbc|yes|no|superseded|deferred|"
                           r"work plan.*|actioned|discharged|pending|on hold)\.?$", re.I)


def _cell_kind(text: str) -> str:
    """What a flattened table cell holds: "ref", "date", "status", "text" (a task: four or more
    words) or "name" (a short cell: owners)."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,2})*[a-z]?", text):
        return "ref"
    if _STATUS_WORDS.match(text):
        return "status"
    if len(text) <= 40 and (find_dates(text) or re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", text)
                            or re.fullmatch(r"(?i:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|q[1-4]|"
                                            r"spring|summer|autumn|winter|end of \w+)\.?\s*\d{0,4}", text)
                            or re.match(r"(?i:next meeting|asap|immediate|ongoing|tbc|by )", text)):
        return "date"
    return "text" if len(text.split()) >= 4 else "name"


@functools.lru_cache(maxsize=1024)  # a flattened table's cells are each tried as a header three times
def _column_kind(cell: str) -> str | None:
    """What an action-table header cell names: ref, text, owner, due, status or date (or None)."""
    words = " ".join(re.sub(r"[^a-z#/ ]+", " ", cell.lower().replace("/", " ")).split())
    if not words or len(words) > 40:
        return None
    for kind, pattern in _COLUMN_KINDS:
        if pattern.search(words):
            return kind
    return None


# the record of the discussion beside an action column: "Item | Discussion | Action", "Minute | Notes | Action by"
_DISCUSSION_COLUMN = re.compile(r"^(discussion|minutes?|notes?|summary|details?|narrative|points? raised|comments?|"
                                r"discussion (and|&) (decisions?|outcomes?)|notes? of discussion|minute|record)$")


def _action_columns(cells: list[str]) -> dict[str, int] | None:
    """``{kind: column}`` when header cells describe an action table: a task column and at least one
    of owner, due or status; or a record of the discussion with an action or owner column after it
    (``discussion`` and ``action``: a cell there holds a task, or who does what the record's row says)."""
    columns: dict[str, int] = {}
    for k, cell in enumerate(cells):
        kind = _column_kind(cell)
        if kind and kind not in columns:
            columns[kind] = k
    discussion = next((k for k, cell in enumerate(cells) if _DISCUSSION_COLUMN.match(" ".join(cell.lower().split()))), None)
    action = columns.get("text", columns.get("owner"))
    if discussion is not None and action is not None and discussion < action and not {"due"} & set(columns) \
            and columns.get("owner", action) == action:
        return {"discussion": discussion, "action": action, **({"ref": columns["ref"]} if "ref" in columns else {})}
    if "text" not in columns or not {"owner", "due", "status"} & set(columns):
        return None
    return columns


# a role written out as the owner: "the Town Clerk", "Head of Planning", "the Community Safety Manager"
_ROLE_PHRASE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:Clerk|Chair(?:man|person)?|Secretary|Treasurer|Officer|"
                          r"Manager|Director|Executive|Lead|Co-?ordinator|Mayor|Leader|Commissioner|Inspector|Superintendent|"
                          r"Adviser|Advisor)(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,4})?$|"
                          r"^(?:the\s+)?Head\s+of\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&)){0,5}$")
_ACTION_WORD = re.compile(r"^(?i:actions?(?:\s+by)?)\s*:?\s+(?=\S)")  # a label run into the subject it names
_DECISION_WORD = re.compile(r"^(?:RESOLVED|AGREED|Resolved|Agreed)\s*:?\s+(?=\S)")  # "RESOLVED Councillor Gritton to purchase ..."
_TITLED_SURNAME = re.compile(r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
_GROUP_START = re.compile(r"^(all|each|every)\b", re.I)
_NOT_OWNER = re.compile(r"^(the|this|these|that|it|there|a|an|he|she|they|we|i|in|on|at|if|as|to|following|further|"
                        r"regarding|discussion|consideration)\b", re.I)


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
            if i in reviewed and block.kind != "table_row" or _REVIEWED_RUN_IN.match(block.text):
                i += 1
                continue
            if block.kind == "table_row":
                i = self._table(i, found, reviewed=i in reviewed)
                continue
            flat = self._flat_table(i, found) if self.flat_tables else None
            if flat is not None:
                i = flat
                continue
            label = _LABEL_ONLY.match(block.text)
            if label:
                plural = not label.group("ref") and not re.fullmatch(r"action(?:\s+point)?", label.group("label").lower())
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
            cells = _slash_cells(block) if block.kind in ("paragraph", "list_item") else []
            columns = _action_columns([c.text for c in cells]) if len(cells) >= 2 else None
            if columns:
                i = self._slash_table(i, columns, found)
                continue
            margin = re.fullmatch(r"/\s*(?P<who>[^/].{0,60})", block.text.strip())
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
                if cues.search_folded(_AGREED_LIST, block.text):  # "It was agreed to:" + a task per line
                    consumed.update(self._agreed_list(i + 1, found))
            i += 1
        return found

    # -- layouts ---------------------------------------------------------------------------------

    def _agreed_list(self, j: int, found: list[Found]) -> range:
        """The lines after "It was agreed to:" that each say what to do ("Review the database", "Clerk to write to
        ..."): a task each, its owner from its own words. Returns the indices of the lines read."""
        start = j
        while j < len(self.blocks) and j - start < 12:
            block = self.blocks[j]
            verb = _IMPERATIVE.match(block.text)
            if block.kind not in ("paragraph", "list_item") or len(block.text) > 300 or AGENDA_ITEM.match(block.text) \
                    or _introduces(block.text) or not (verb and not _NOT_IMPERATIVE.search(verb.group("verb").lower())
                                                       or _TASK.match(block.text)):
                break
            lead = verb.start("verb") if verb else 0
            found.append(self._make(block.text[lead:], block.start + lead, block.end, None))
            j += 1
        return range(start, j)

    def _labelled(self, i: int, m: re.Match, found: list[Found]) -> int:
        block = self.blocks[i]
        start = block.start + m.start("text")
        end = block.end
        text = m.group("text").strip()
        more = _LABELLED_AFTER.search(block.text, m.start("text"))
        if more:  # "ACTION: Clerk to write to Highways. ACTION: TH to check the drain.": a task per label
            end = block.start + more.start() + 1
            text = block.text[m.start("text"):more.start() + 1].strip()
        if _NO_ACTION.match(text) or _STATUS_WORDS.match(text) or _EARLIER_DONE.search(text):
            return i + 1  # "Action points: none", "Action: N/A", "Action points – completed" (a log's heading);
            # "Action 14 (DE to circulate the strategy) – complete"
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
        item = self._labelled_task(text, start, end, m.group("ref"))
        owners = self._owners(m.group("who")) if m.group("who") else []
        if owners:  # "ACTION RL: circulate the materials": who, between the label and its colon
            item.owners, item.owner_text = owners, m.group("who")
        found.append(item)
        if more:
            self._labelled_after(block, found)
        return j

    def _owned_above(self, i: int, owners: list[str], who: str, due_text: str, ref: str | None,
                     found: list[Found]) -> None:
        """The task of an owners-only label at ``blocks[i]`` ("ACTION: JB", "Action SH"): the last sentence
        of the paragraph above, whatever its wording ("the positions will be advertised")."""
        previous = self.blocks[i - 1]
        sentence = _last_sentence(previous.text)
        # not "The Chair welcomed everyone ..." / "Actions: Chair", nor an item's title / "ACTION – Clerk"
        if not cues.search_folded(_AGENDA_WORDING, sentence) and not _ITEM_TITLE.fullmatch(previous.text):
            found.append(Found(sentence, previous.end - len(sentence), self.blocks[i].end, ref=ref, owners=owners,
                                owner_text=who, due_text_source=due_text))

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
                if block.kind != "list_item" and not _TASK.match(block.text) and not counted \
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
                if block.text.rstrip().endswith(":") and not _TASK.match(block.text):
                    task_level = None  # "Carried forward from previous meeting:" heads the tasks below it
                    continue
                if task_level is not None and block.level > task_level and not _TASK.match(block.text):
                    continue  # a part of the task above ("15m timestep" under "run further experiments")
                task_level = block.level
                ref = _LIST_REF.match(block.text)
                offset = ref.end() if ref else 0
                found.append(self._make(block.text[offset:], block.start + offset, block.end,
                                        ref.group("ref") if ref else None))
                continue
            if re.fullmatch(r"\d{1,3}(?:\.\d{1,2})*\.?", block.text.strip()) or len(_slash_cells(block)) >= 2 \
                    or _CAPS_TITLE.fullmatch(block.text.strip()) or _ITEM_TITLE.fullmatch(block.text):
                return j  # a column's header over an item number ("Action" / "1.0"), a table's row or an item's title
                # in capitals or numbered ("Action" / "APOLOGIES", "19/21 Highways"): no task
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
        columns = _action_columns([c.text for c in header.cells])
        if columns is None:
            if not reviewed:
                self._minutes_row(header, found)
            return i + 1  # the next row may be the header (found before the table's end: linear)
        j = i + 1
        while j < len(self.blocks) and self.blocks[j].kind == "table_row" and self.blocks[j].table == header.table:
            j += 1
        self._table_rows(columns, [list(row.cells) for row in self.blocks[i + 1:j]], found)
        return j

    def _minutes_row(self, block: Block, found: list[Found]) -> None:
        """A row of minutes laid out as a table with no action header ("4 | Highways. ... The Clerk will chase
        the contractor. | Clerk"): its cells are read as running text, and a last cell naming only who acts
        owns the row's tasks that name no one, or else the last sentence of the row's longest cell."""
        cells = list(block.cells)
        if not any(_written_out(max(part, key=lambda c: len(c.text), default=None)) for part in (cells, cells[:-1])):
            return  # the longest cell is no minute, whichever the owners' cell is: not worth reading who owns it
        owners = self._margin_owners(cells[-1].text) if len(cells) > 1 else None
        longest = max(cells[:-1] if owners else cells, key=lambda c: len(c.text), default=None)  # "2 | The verges ..."
        if not _written_out(longest):
            return  # a row of names, a plan's headings, figures: no minute written out in sentences
        before = len(found)
        self._slash_row(block, cells, found)
        if owners and len(found) == before:
            task = _last_sentence(longest.text)
            if not cues.search_folded(_AGENDA_WORDING, task) and longest.text.endswith(task):
                found.append(Found(task, longest.end - len(task), longest.end, owners=owners, owner_text=cells[-1].text))

    def _slash_table(self, i: int, columns: dict[str, int], found: list[Found]) -> int:
        """An action table exported as text with " / " between cells ("Action by / Action / Deadline",
        then "JR / Send the plan to Board. / 28.6.12"): the rows are the lines after the header that
        have cells, up to the first that has none."""
        j = i + 1
        rows = []
        while j < len(self.blocks) and self.blocks[j].kind in ("paragraph", "list_item"):
            cells = _slash_cells(self.blocks[j])
            if len(cells) < 2 or AGENDA_ITEM.match(self.blocks[j].text):
                break
            rows.append(cells)
            j += 1
        self._table_rows(columns, rows, found)
        return j

    def _slash_row(self, block: Block, cells: list[Cell], found: list[Found]) -> None:
        """A line with " / " between cells: tasks are read cell by cell, and a last cell holding only
        names or initials ("... report back. / Jo/Lorraine") owns the tasks that name no owner."""
        owners = self._margin_owners(cells[-1].text)
        before = len(found)
        for cell in cells[:-1] if owners else cells:
            self._inline(replace(block, text=cell.text, start=cell.start, end=cell.end), found)
        for item in found[before:]:
            if owners and not item.owners:
                item.owners, item.owner_text = owners, cells[-1].text

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
            if not cell.text.strip() or _NO_ACTION.match(cell.text.strip()) or _STATUS_WORDS.match(cell.text.strip()):
                continue
            owners = self._cell_owners(cell.text) if _cell_kind(cell.text) == "name" else []
            if not owners and _RECORDED.search(cell.text) and self._prose_owners(cell.text) is None:
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
            item = self._make(cell.text, cell.start, cell.end, ref or None)
            if owner_col is not None and owner_col < len(row_cells) and row_cells[owner_col].text:
                item.owners = self._cell_owners(row_cells[owner_col].text)
                item.owner_text = row_cells[owner_col].text
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
            kind = _column_kind(block.text) if block.kind != "table_row" and len(block.text) <= 30 else None
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
            cell = _cell_kind(text)
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

    def _flat_header_at(self, j: int) -> bool:
        """Whether a new flattened table header starts at ``blocks[j]`` (three header cells in a row)."""
        texts = [b.text for b in self.blocks[j:j + 3] if b.kind != "table_row" and len(b.text) <= 30]
        return len(texts) == 3 and all(_column_kind(t) for t in texts) and len({_column_kind(t) for t in texts}) == 3

    def _inline(self, block: Block, found: list[Found]) -> None:
        self._owners_between(block, found)
        done = self._bracketed_owners(block, found)  # where the text not yet read begins: a task read with its
        # margin owners is not read again; an item's title names no owner ("5. Action Plan")
        trailing = None if done or _ITEM_TITLE.fullmatch(block.text) else _TRAILING_ACTION.search(block.text)
        if trailing and _CLOSED_AFTER.match(self.doc.text, block.end):
            trailing = None  # "1. Distribute the survey. Action – The Clerk" / "Action complete.": reported done, not set
        owners = self._owners(trailing.group("who")) if trailing else []
        if not done and not trailing and (margin := _margin_end(block.text)):
            owners = self._margin_end_owners(block.text, margin)
            trailing = margin if owners else None
        head = block.text[:trailing.start()].rstrip() if owners else ""
        task = _last_sentence(head) if head else ""
        if task and head.endswith(task):  # "... Clerk and Richard Pedersen to chase. Action Clerk, RP"
            done = len(head)
            colon = task.rfind(": ")  # "... decided to keep it: Mike to contact John accordingly. ACTION: MC"
            if colon > 0 and _TASK.match(task[colon + 2:]):
                task = task[colon + 2:]
            start = block.start + len(head) - len(task)
            line = self.doc.text[:start - 1].rsplit("\n", 1)[-1] if task == head and self.doc.text[start - 1:start] == "\n" \
                else ""  # a task the line before begins: "... Clerk and Richard" / "Pedersen to chase. Action ..."
            tail = line[re.match(r"(?:.*[.!?]\s+)?", line).end():]  # not "... to members. ACTION: LG" / "Members asked ..."
            margin = _margin_end(line)  # not a line ending in its own margin owner: "... again. OP"
            if line.strip() and not re.search(r"[.!?:;]\s*$", line) and not _ITEM_TITLE.fullmatch(line) \
                    and not _ACTION_WORD.match(tail) and not (margin and self._owners(_margin_who(margin), people_only=True)):
                start -= len(tail) + 1
                task = " ".join(self.doc.text[start:block.start + len(head)].split())
            found.append(Found(task, start, block.start + len(head), owners=self._own_owners(task, owners),
                                owner_text=trailing.group("who")))
        elif not done:
            self._labelled_after(block, found)
        for m in cues.finditer(_SENTENCE_TASK, block.text, done):
            owners = self._owners(m.group("owner"), people_only=True)
            if owners and not _BARE_ACTION.fullmatch(m.group(0).strip()) and not cues.search_folded(_AGENDA_WORDING, m.group(0)) \
                    and not cues.search_folded(_NOT_TASK, m.group(0)):
                # "Clerk to action": see _prose_tasks
                for a, b, who in self._split_tasks(m.group(0), 0, len(m.group(0).rstrip()), owners):
                    found.append(Found(m.group(0)[a:b].strip(), block.start + m.start() + a, block.start + m.start() + b,
                                        owners=who, prose=True))
        if self.prose:
            self._prose_tasks(block, found)

    def _margin_end_owners(self, text: str, margin: re.Match) -> list[str]:
        """The owners an unlabelled margin at the end of ``text`` names (``_MARGIN_END``): people the minutes
        name, after a sentence of three words or more that does not end in an initial or a title (a wrapped
        name list "... I. Whelpton", "Mrs. Spink", or "Signed ....... Chairman", is no margin); else none."""
        before = text[:margin.start()]
        ended = before.split()[-1].rstrip(".!?")  # the sentence's last word
        if len(re.findall(r"[A-Za-z]{2,}", before)) < 3 or len(ended) <= 1 or "." in ended or ended in _TITLES_WITH_DOT:
            return []
        return self._owners(_margin_who(margin), people_only=True)

    def _bracketed_owners(self, block: Block, found: list[Found]) -> int:
        """Tasks each followed by its owners in brackets, anywhere in a block ("... would be followed up
        with the team (Action: Jane Roe). It was agreed ... (Action: Alex Lee)"): the sentence before each
        bracket. Returns where the last bracket ends (0 when there is none)."""
        done = 0
        for m in _PAREN_ACTION.finditer(block.text):
            owners = self._owners(m.group("who"))
            head = block.text[done:m.start()].rstrip()
            task = _last_sentence(head) if owners and head else ""
            if task and head.endswith(task):
                end = block.start + done + len(head)
                found.append(Found(task, end - len(task), end, owners=self._own_owners(task, owners),
                                    owner_text=m.group("who")))
                done = m.end()
        return done

    def _owners_between(self, block: Block, found: list[Found]) -> None:
        """Tasks each followed by a run-in label and its owners' initials, with more of the paragraph after
        (``_ACTION_BETWEEN``): the sentence before each label, when every initial is someone the minutes name."""
        start = 0
        for m in _ACTION_BETWEEN.finditer(block.text):
            owners = self._owners(m.group("who"), people_only=True)
            head = block.text[start:m.start()].rstrip()
            task = _last_sentence(head) if owners and head else ""
            if task and head.endswith(task):
                end = block.start + start + len(head)
                found.append(Found(task, end - len(task), end, owners=self._own_owners(task, owners),
                                    owner_text=m.group("who")))
            start = m.end()

    def _labelled_after(self, block: Block, found: list[Found]) -> None:
        """The tasks of each "Action:" label after a paragraph's first sentence ("... was agreed. Action: JM to
        circulate the forms; SG to add the item", "... Princes Arms. ACTION: The Clerk was directed to ... - The
        Council were asked ... ACTION: Chair to visit site"), one per part when each part sets a task of its own."""
        labels = list(_LABELLED_AFTER.finditer(block.text))
        for k, m in enumerate(labels):
            stop = labels[k + 1].start() + 1 if k + 1 < len(labels) else len(block.text)
            label = _SENTENCE.match(block.text, m.end(), stop).group(0)  # its sentence: a run-on page goes on
            run_on = _NEXT_ITEM.search(label)
            label = label[:run_on.start()] if run_on else label
            if not (_TASK.match(label) or re.match(r"(?i:to\s+be\s+[a-z]+(?:ed|en|t)\b)", label)
                    or self._prose_owners(label) is not None):
                continue  # owners only ("Action: Jane Roe", see _TRAILING_ACTION), or the next item of a run-on page
            start = block.start + m.end()
            parts = [(p.start(), p.end()) for p in re.finditer(r"[^;]+", label)]
            if not all(_TASK.match(label[a:b].strip()) for a, b in parts[1:]):
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
        subject = _TASK.match(task)
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
        for a, b in _sentences(block.text):
            start, end = block.start + a, block.start + b
            prior, before = before, (a, False)
            opened.append(a)
            if any(s < end and start < e for s, e in taken):
                before = (a, True)
                continue
            sentence = block.text[a:b]
            if _DECISION.match(sentence) and not _enumerators(sentence) \
                    and not any(p.search(sentence) for p in (_PROSE_TASK, _RESOLVED_TASK, _MODAL, _DECIDED_PASSIVE, _ASKED, _REQUEST)) \
                    or _introduces(sentence) or cues.search_folded(_NOT_TASK, sentence) and not _enumerators(sentence) \
                    or cues.search_folded(_AGENDA_WORDING, sentence):  # (an enumerated resolution's parts are judged one by one)
                continue
            task = self._prose_owners(sentence)
            pronoun = _PRONOUN_TASK.match(sentence) if task is None and prior else None
            if pronoun:  # "She will investigate ...": the person the sentences before open with
                people = self._pronoun_owner(block.text, opened)
                task = (people, 0, len(sentence)) if people else None
            who = cues.search(_WHO_WILL, sentence)
            who_owners = self._subject_owners(who.group("owner")) if who else []
            if task is None and not who_owners:
                continue
            if task is None:  # "... witnessed by the incoming Clerk, who will send him a form"
                owners, clause, stop = who_owners, who.start("owner"), len(sentence)
                who_owners = []
            else:
                owners, clause, stop = task
            if prior:
                owners = [self._named_before(o, block.text[prior[0]:a]) for o in owners]
            more = _MORE.search(sentence, clause, stop)  # "... obtain more advice, but considered that ..."
            limit, stop = stop, more.start() if more else stop
            if _BARE_ACTION.fullmatch(sentence[clause:stop].strip()):  # "The Clerk would action.": the task is
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
            if _thanks_only(sentence[clause:stop]):
                continue  # "The Chair thanked X for ...", "asked members to join him in thanking X": no task
            for clause, stop, owners in self._split_tasks(sentence, clause, stop, owners, limit):
                for part, end in _enumerated(sentence, clause, stop):
                    found.append(Found(sentence[part:end].strip(), start + part, start + end, owners=owners, prose=True))

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
            opener = re.match(_TOPIC + _SUBJ, sentence)  # past a topic before a dash: "Curtains – MB cancelled ..."
            people = self._subject_owners(opener.group("owner")) if opener else []
            return people if len(people) == 1 and (people[0] in self.registry.names or ROLE_WORD.match(people[0])) else []
        return []

    def _split_tasks(self, sentence: str, clause: int, stop: int, owners: list[str],
                     limit: int | None = None) -> list[tuple[int, int, list[str]]]:
        """``(start, end, owners)`` of each task in a sentence's task clause (which ends at ``stop``, cut short of
        ``limit`` by a clause of its own): two when a second subject takes a task of its own after the first task's
        verb ("Ann Roe to draft the letter and Tom Lee to send it", "RB to send the input to FJ, then JG to sign it",
        "AB to order the bench; TH to contact the landowner"), else the clause itself."""
        limit = stop if limit is None else limit
        verb = _TASK_VERB.search(sentence, clause, stop)
        second = _SECOND_TASK.search(sentence, verb.end(), limit) if verb and owners else None
        others = self._subject_owners(second.group("owner")) if second else []
        if others and others != owners:
            more = _MORE.search(sentence, second.end(), limit)
            return [(clause, min(stop, second.start()), owners), (second.start("owner"), more.start() if more else limit, others)]
        passive = _REPORTED_PASSIVE.search(sentence, verb.end(), stop) if verb and owners else None
        if passive:
            return [(clause, passive.start(), owners), (passive.end(), stop, [])]
        return [(clause, stop, owners)]

    def _prose_owners(self, sentence: str) -> tuple[list[str], int, int] | None:
        """``(owners, start, end of the task clause)`` for the task a sentence sets (no owners for a
        task that names none), or None when it sets no task."""
        for pattern in (_PROSE_TASK, _DASH_TASK, _RESOLVED_TASK, _ASKED, _ASKED_IF, _AGREED_TO, _MODAL, _ONGOING,
                        _ONGOING_NOTE):
            for m in _overlapping(pattern, sentence):
                owners = self._subject_owners(m.group("owner"))
                acronym = pattern is _MODAL and any(re.fullmatch(r"[A-Z]{2,}", o) and o not in self.registry.names for o in owners) \
                    and not _DECIDED_THAT.search(sentence, 0, m.start("owner"))  # "It was agreed that the SMG will review ..."
                # (initials the attendance list records as someone present are that person: "Present: JH, SD")
                if owners == [m.group("owner")] and _NAME_TAIL.search(sentence, 0, m.start("owner")):
                    continue  # "infected Larch Trees will begin": the end of a longer name, not a first name
                if pattern is _AGREED_TO and " agreed" in m.group(0) and all(_THE_MEETING.fullmatch(o) for o in owners):
                    continue  # "Members agreed to support the application": the meeting's decision (officers' is a task)
                if owners and not acronym:
                    # a modal clause joined to another by "and", a comma or a semicolon is a task of its own: "...,
                    # the Chairman thanked him and the Clerk would place a notice in the board"
                    # unless it points back to the clause before ("... and Rik Basra agreed to look into this"); after
                    # a dash, the item's title run on before it is no part of the task ("b) Courts – Clerk instructed to")
                    at_owner = pattern in (_PROSE_TASK, _DASH_TASK, _ONGOING) or pattern in (_MODAL, _ASKED, _AGREED_TO) and \
                        re.search(r"(?:[,;]|\band|\s[–—-])\s+$", sentence[:m.start("owner")]) is not None and \
                        not _POINTS_BACK.search(sentence)
                    if pattern is _RESOLVED_TASK and not at_owner:  # "Letter sent – as there was no reply it was resolved
                        return owners, _decision_start(sentence, m.start()), len(sentence)  # that the Clerk send a reminder"
                    return owners, m.start("owner") if at_owner else 0, len(sentence)
        said = cues.search(_SAID_WOULD, sentence)  # anchored at the sentence's start: tried once
        owners = self._subject_owners(said.group("owner")) if said else []
        if owners and all(o in self.registry.names for o in owners):  # not "The owner of the mill has indicated he will"
            return owners, 0, len(sentence)
        decided = cues.search(_DECIDED_PASSIVE, sentence)
        if decided:  # the task clause: from the decision ("it was agreed that ...") to the first comma after it
            comma = sentence.find(",", decided.end())
            return self._subject_owners(decided.group("np")), decided.start(), comma if comma > 0 else len(sentence)
        request = cues.search(_REQUEST, sentence)
        if request and request.group("asked"):  # "The Chair asked Board members to consider ..."
            return self._subject_owners(request.group("asked")) or [], 0, len(sentence)
        if request:
            clause = request.group("clause") or request.group("ask")
            people = find_people(clause)
            lead = people[0] if people and people[0].quote_start <= 4 else None
            if lead:
                return [self._resolve(lead.name) or lead.name], 0, len(sentence)
            role = _CLAUSE_SUBJECT.match(clause)  # "It was requested that the Clerk contact the police"
            return (self._subject_owners(role.group("owner")) if role else []), 0, len(sentence)
        if cues.search(_ASKED_FOR, sentence):
            return [], 0, len(sentence)
        passive = cues.search(_PASSIVE_FUTURE, sentence) or cues.search(_PASSIVE_ANY, sentence)
        by = _BY_OWNER.search(sentence, passive.end(), passive.end() + 60) if passive else None  # "sent to the council by the Clerk"
        owners = self._subject_owners(by.group("owner")) if by else []
        if owners:  # "a Seminar for members would be organised by the Head of E.Government"
            return owners, 0, len(sentence)
        cue = cues.after(_TO_BE_DONE, r"\s+to\s+be\s+", keep=True)
        note = _TO_BE_DONE.match(sentence) if cue is None or cue.search(sentence) else None
        subject = sentence[:note.end()].rsplit(" to be ", 1)[0] if note else ""
        if note and len(subject.split()) <= 8 and not _NOT_NOTE.search(subject) \
                and not re.search(r"\b(?:is|are|was|were)\b", sentence[note.end():]):  # "The priorities to be tackled were ..."
            asked = re.search(r"\bbe\s+(?:asked|requested|tasked|instructed|encouraged)$", sentence[:note.end()]) \
                and re.match(r"\s+to\s+[a-z]", sentence[note.end():])
            # the subject is who the task is done to ("Mr Pepper to be invited to the next meeting", "Skip to be
            # ordered", "DH to be asked."), unless it is asked to do something itself ("EMB to be asked to support ...")
            return (self._subject_owners(subject) if asked else []), 0, len(sentence)
        if _A_TO_BE_DONE.match(sentence) or _INSTRUCTION.match(sentence):
            return [], 0, len(sentence)
        reporter = cues.search(_REPORTED, sentence)
        passive = _PASSIVE_FUTURE.search(sentence, reporter.end()) if reporter else None
        if passive:  # "X confirmed that a paper would be circulated": the clause after the last "that"
            owners = self._subject_owners(reporter.group("owner"))
            thats = [m.start() for m in _THAT_CLAUSE.finditer(sentence, reporter.end() - 4, passive.start())]
            that = thats[-1] if thats else reporter.end() - 5
            more = re.compile(r"\s+and\s+(?:that\s+)?[a-z]+ed\b|;").search(sentence, passive.end())  # "... and suggested that ..."
            return (owners, that + 6, more.start() if more else len(sentence)) if owners else None
        task = cues.search(_PASSIVE_TASK, sentence)
        if task:  # up to a clause of its own: "...; a review ...", "... ordered first and when received they would ..."
            stop = _CLAUSE_END.search(sentence, task.end())
            return [], task.start("np"), stop.start() if stop else len(sentence)
        return None

    def _subject_owners(self, subject: str) -> list[str]:
        """Owners when a sentence's subject names people, initials, a role or a group of officers."""
        subject = " ".join(subject.split()).strip(" ,;:()").rstrip(".")  # "Richard\nPedersen": one name over two lines
        subject = _ACTION_WORD.sub("", subject)  # "... signage - Action Clerk to request an update": the Clerk
        subject = _DECISION_WORD.sub("", subject)  # "RESOLVED The Clerk to inform the council ...": the Clerk
        if re.fullmatch(r"(?i:all)\s+(?:officers|members|councillors|governors|trustees|directors|partners)", subject):
            return [subject]  # a group stays as written: "All members"
        subject = re.sub(r"^(?:the|all|each)\s+", "", subject, flags=re.I)
        if not subject or len(subject) > 60:
            return []
        if _ROLE_PHRASE.match(subject):  # "Head of E.Government and Customer Services": one role
            return [self._holder(subject) or subject]
        owners = []
        for part in re.split(r"\s+(?i:and(?:/or)?)\s+|\s*&\s*|\s*/\s*|\s*,\s*", subject):  # "Jo Roe And Val", "X and/or Y"
            part = part.strip()
            name = self._resolve(part)
            role = ROLE_WORD.match(part)
            if name:
                owners.append(name)
            elif role:
                owners.append(self._holder(role.group(1)) or part)
            elif _GROUP_SUBJECT.fullmatch(part) or re.fullmatch(r"[A-Z]{2,4}", part):
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
        lead = _LEAD.search(text)
        task = _TASK.match(body)
        trailing = _TRAILING_OWNER.search(text)
        trailing_owners = self._owners(trailing.group("owner"), people_only=True) if trailing else []
        if lead:
            item.owners = self._owners(lead.group("owner"))
        elif trailing_owners:
            item.owners, item.text = trailing_owners, text[:trailing.start()].strip()
        elif task and not _NOT_OWNER.match(task.group("subject")) and not _INSTRUCTION.match(body) \
                and not _NOT_TASK_VERB.match(task.group("rest")):  # not "Write to ...", "Defer to next meeting"
            owners = self._owners(task.group("subject"))
            if owners:
                item.owners = owners
                if body is text.strip() or text.strip().startswith(body):
                    rest = task.group("rest").strip()
                    item.text = rest[:1].upper() + rest[1:]
        if not item.owners and not _PASSIVE.match(body):
            bare = _BARE_SUBJECT.match(body)
            if bare and not _NOT_OWNER.match(bare.group("subject")):
                item.owners = self._owners(bare.group("subject"))
        if not item.owners:  # "ACTION – AW agenda item for next meeting": the initials of someone of the meeting first
            lead = re.match(r"(?P<who>[A-Z]{2,4})\s+(?=[a-z])(?![a-z]+ed\b|(?:said|has|had|was|is|will|would)\b)", body)  # not "GG asked ..."
            name = self._resolve(lead.group("who")) if lead else None
            item.owners = [name] if name else []
        if not item.owners:
            role = _ROLE_SUBJECT.search(body)
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
        if not text or len(text) > 60 or _NOT_OWNER.match(text) and not re.fullmatch(r"[A-Z]{2,4}", text):
            return []  # "AT" is someone's initials, "at" a preposition
        parts = [p.strip(" .()") for p in re.split(r"\s+and\s+|\s*&\s*|\s*/\s*|\s*,\s*", text) if p.strip(" .()")]
        owners: list[str] = []
        for part in parts:
            role = ROLE_WORD.match(part)
            name = self._resolve(part) or (self._holder(role.group(1)) if role else None)
            if name:
                owners.append(name)
            elif people_only:
                return []
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
        m = re.match(r"^(?P<who>[^,;:]{1,40}?)\s*(?:[-–,]\s*)?(?P<due>\b(?:by|before|within|due|asap)\b.*)?\.?$", text, re.I)
        words = m.group("who").split() if m else []
        if not words or not all(w[:1].isupper() or w.lower() in ("and", "&", "/") for w in words[:-1]) \
                or not re.match(r"[A-Z(]|(?:leads|leaders|members|officers|chairs|representatives|reps)$", words[-1]):
            return None  # "JB", "Cllr Lee and MT", "Group leaders"
        owners = self._owners(m.group("who"))
        return (owners, m.group("due") or "") if owners else None

    def _owner_line(self, text: str) -> list[str] | None:
        """The owners when a block is only names ("Graham Carey and Mary Delaney", "Owner: Lorraine
        Forrester"), else None."""
        text = re.sub(r"^\s*(?:owners?|lead|responsible|action\s+by|by\s+whom)\s*:\s*", "", text, flags=re.I)
        if len(text) > 70 or re.search(r"[.:;!?]$", text.strip()) or re.search(r"\b(to|the|of|is|was|for)\b", text):
            return None
        parts = [p.strip() for p in re.split(r"\s+and\s+|\s*&\s*|\s*/\s*|\s*,\s*", text) if p.strip()]
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
        if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", word) or word.lower() not in first_names() \
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
        if len(text) > 70 or re.search(r"[.:;!?]$", text):
            return None
        owners = []
        for part in re.split(r"\s+and\s+|\s*&\s*|\s*/\s*|\s*,\s*", text):
            name = self._resolve(part)
            role = ROLE_WORD.match(part) if name is None else None
            if role:  # "Clerk", "the Chair": its holder when the minutes name one
                name = self._holder(role.group(1)) or part
            if name is None and (re.fullmatch(r"[A-Z]{2,4}", part) or self._first_name(part)):
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
        if name is None and re.fullmatch(r"[A-Z][a-z]+", letters) and self._first_name(letters):
            # "Paul will chase up" with "P. Ingram" the only attendee whose name starts with a P
            fits = {n for n in self.registry.names if n[:1] == letters[0]}
            return fits.pop() if len(fits) == 1 and re.match(r"[A-Z]\.?\s", next(iter(fits))) else None
        if name or not re.fullmatch(r"[A-Z]{2,4}", letters) or f"({letters})" in self.doc.text:
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
            if holder is None and len(words) > 1 and words[-1].lower() in _HELD_ROLES \
                    and not _SUBORDINATE.search(role):  # "Remembrance Sunday Clerk": an item's title run into "Clerk to ..."
                holder = self._holder(words[-1])
            self._holders[key] = holder
        return self._holders[key]

    def _named_as(self, role: str) -> str | None:
        """The one person the document names as holding ``role``: "Clerk: Jane Roe", "Jane Roe
        (Clerk)", "the Clerk, Mrs Jane Roe", "Jane Roe, Parish Clerk", or a line of columns "Jane Roe
        <spaces> Clerk"; None when nobody or more than one person is."""
        holders = set()
        text = self.doc.text
        near = _near_mentions(text, role)
        for pattern in _holder_patterns(role):
            end = 0  # where the last match ended: the stretches are searched as one text would be
            for start, stop in near:
                for m in pattern.finditer(text, max(start, end), stop):
                    end = m.end()
                    name = " ".join(m.group("name").split())
                    if name.split()[-1].lower() not in NOT_SURNAMES:
                        holders.add(self._resolve(name) or name)
        return holders.pop() if len(holders) == 1 else None

    def _named_beside(self, role: str) -> str | None:
        """The one attendee the document names within 60 characters of ``role``."""
        pattern = re.compile(re.escape(role), re.I)
        names = set()
        for block in self.blocks:
            for m in pattern.finditer(block.text):
                window = block.text[max(0, m.start() - 60):m.end() + 60]
                for name in self.registry.names:
                    if name in window or re.search(rf"\b{re.escape(name.split()[-1])}\b", window):
                        names.add(name)
        return names.pop() if len(names) == 1 else None


_HOLDER_TITLE = r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Rev|Revd)\.?\s+)?"
_HOLDER_NAME = (r"(?P<name>(?:(?:[A-Z][a-z]+|[A-Z]\.?)(?:[^\S\n]+[A-Z]\.?)*[^\S\n]+|(?:[A-Z]\.){1,3})(?:Mc|Mac|O['’])?[A-Z][a-z]+"
                r"(?:-[A-Z][a-z]+)?)(?![\w'’-])")
_BODY_WORD = r"(?:Council|Committee|Board|Trust|Authority|Partnership|Panel|Forum|Group|Governors)"
# after a role, no other body's name ("Jane Roe, Chair of the Planning Committee"), but the council's own
# ("Jane Roe, Chairman of the Parish Council")
_NOT_OTHER_BODY = r"(?!\s+(?:of|to|for)\b(?![^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w'’-]*[^\S\n]+){0,3}Council\b))"
# roles one person holds, whose holder a longer phrase ending in them still means ("Remembrance Sunday Clerk" after an
# item's title), unless a word makes it another post ("Deputy Clerk", "Assistant Treasurer")
_HELD_ROLES = frozenset({"clerk", "chair", "chairman", "chairperson", "treasurer", "secretary"})
_SUBORDINATE = re.compile(r"\b(?:deputy|assistant|vice|acting|joint|locum|former|previous|county|district|city|borough)\b", re.I)
_ROLE_WORDS = r"(?i:(?:vice|deputy|chair|clerk|treasurer|secretary|mayor|president)\w*\b)"  # no name: "Clerk Chairman Helen ..."
_HOLDER_NAME_DASH = r"(?P<name>(?:[A-Z][a-z]+|[A-Z]\.?)(?:[^\S\n]+[A-Z]\.?)*[^\S\n]+(?:Mc|Mac|O['’])?[A-Z][a-z]+)"  # before a dash


def _role_word(role: str) -> str:
    """The pattern of a role's name as the holder patterns look for it (any case)."""
    return r"chair(?:man|person|woman)?" if re.fullmatch(r"(?i:chair(?:man|person|woman)?)", role) else re.escape(role)


_ROLE_REACH = 300  # characters: a holder's name lies this close to the mention of the role that names it


def _near_mentions(text: str, role: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` (whole lines) within ``_ROLE_REACH`` characters of a mention of ``role``,
    merged, in order. Every holder pattern matches across a mention of the role, so searching these
    finds what searching the whole text finds, without trying each pattern at every character."""
    stretches: list[tuple[int, int]] = []
    for m in re.finditer(rf"(?i:{_role_word(role)})", text):
        start = text.rfind("\n", 0, max(m.start() - _ROLE_REACH, 0)) + 1
        stop = text.find("\n", min(m.end() + _ROLE_REACH, len(text)))
        stop = len(text) if stop < 0 else stop
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], max(stretches[-1][1], stop))
        else:
            stretches.append((start, stop))
    return stretches


@functools.lru_cache(maxsize=64)
def _holder_patterns(role: str) -> tuple[re.Pattern, ...]:
    """The ways minutes name who holds ``role`` (see ``_Finder._named_as``); never a vice- or deputy role."""
    word = _role_word(role)
    r = rf"(?<![\w-])(?<!vice )(?<!deputy )(?<!assistant )(?i:{word})(?![\w-])"
    q = r"(?:[A-Z][\w-]*[^\S\n]+)?"  # "Parish Clerk", "Town Clerk"
    title, name = _HOLDER_TITLE, _HOLDER_NAME
    return tuple(re.compile(p) for p in (
        rf"(?<![Tt]he ){r}(?:[^\S\n]+in[^\S\n]+attendance)?[^\S\n]*[:–—-][^\S\n]*{title}{name}",  # Clerk: Jane Roe
        # (or "Parish Clerk in attendance – Jane Roe")
        rf"{r}[^\S\n]+(?:to|of)[^\S\n]+the[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){{0,3}}{_BODY_WORD}[^\S\n]*[,:–—-][^\S\n]*{title}{name}",
        # Clerk to the Parish Council, Jane Roe
        rf"{name}[^\S\n]*\((?i:the\s+)?{q}{r}[^()\n]{{0,30}}\)",  # Jane Roe (Clerk)
        rf"\b(?i:the)\s+{q}{r}(?:,|[^\S\n]+[–—-])?[^\S\n]+{title}{name}",  # the Clerk, Mrs Jane Roe; the Clerk – Jane Roe
        rf"{name},[^\S\n]+(?i:the\s+)?{q}{r}{_NOT_OTHER_BODY}",  # Jane Roe, Parish Clerk
        rf"{_HOLDER_NAME_DASH}[^\S\n]*[–—-][^\S\n]*(?!(?i:the)\b){q}(?i:{word})(?![\w-]){_NOT_OTHER_BODY}",  # Jane Roe - Clerk
        rf"(?m:^[^\w\n]*{title}{name}(?:[^\S\n]{{2,}}|[^\S\n]*\t[^\S\n]*){q}{r}[^\S\n]*$)",  # Jane Roe      Clerk
        rf"(?m:^[^\S\n]*{q}{r}[^\S\n]+(?!{_ROLE_WORDS}){title}{name}(?=[^\S\n]*(?:[,;(]|$)))",  # a line opening "Parish Clerk Jane Roe,"
    ))


def _slash_cells(block: Block) -> list[Cell]:
    """The cells of a line exported from a table with " / " between cells (one cell when it has none)."""
    cells, start = [], 0
    for end in [m.start() for m in re.finditer(r" / ", block.text)] + [len(block.text)]:
        text = block.text[start:end]
        lead = len(text) - len(text.lstrip())
        if text.strip():
            cells.append(Cell(text.strip(), block.start + start + lead, block.start + start + lead + len(text.strip())))
        start = end + 3
    return cells


def _written_out(cell: Cell | None) -> bool:
    """Whether a table cell holds a minute written out in sentences (six words or more, ending in a full stop)."""
    return cell is not None and len(cell.text.split()) >= 6 and re.search(r"[a-z0-9)][.!?]$", cell.text.rstrip()) is not None


def _last_sentence(text: str) -> str:
    """The last sentence of a paragraph (the whole paragraph when that sentence is very short)."""
    sentences = re.split(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])", text.strip())
    last = sentences[-1]
    return last if len(last.split()) >= 5 or len(sentences) == 1 else " ".join(sentences[-2:])


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
    not agenda wording nor the meeting's own business (_NOT_TASK, _AGENDA_WORDING); None when there is none."""
    for block in body_blocks(doc):
        starts = [m.start() for pattern in _EVIDENCE for m in cues.finditer(pattern, block.text)]
        if not starts:
            continue
        for a, b in _sentences(block.text):
            sentence = block.text[a:b]
            if any(a <= start < b for start in starts) and not cues.search_folded(_NOT_TASK, sentence) \
                    and not cues.search_folded(_AGENDA_WORDING, sentence) and not _thanks_only(sentence):
                return block.start + a, sentence
    return None
