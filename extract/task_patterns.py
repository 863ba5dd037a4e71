"""The wording of tasks in minutes' prose and notes, and the sentences they are looked for in.

The patterns with which the ``actions`` component reads tasks, their owners and what is not a task ("Jo Bell to
write ...", "the Clerk will send ...", "It was agreed that a letter be sent ..."), the cues that let it skip them
(``overlapping``, ``after_subject``), the sentence splitter (``sentence_spans``) and the enumerated parts of a
resolution (``enumerated_parts``). ``actions._Finder`` applies them; the names ``actions`` imports are public (no leading
underscore), those used only here private.
"""
from __future__ import annotations

import re

from minutes.extract import cues

# words are set apart (a space, "and", "&", "/" or ","): with nothing between them, "MINUTES OF ..." split at every
# capital letter, and a heading in capitals took minutes to fail to match
_SUBJECT = (r"(?:\([A-Z]{2,4}\)|[A-Z][\w'’&.-]*)(?:(?:\s+(?:and|&)\s+|\s*[/,]\s*|\s+)(?:\([A-Z]{2,4}\)|[A-Z][\w'’&.-]*|"
            r"partners|members|leads|officers|representatives|chair(?:man|person)?|clerk|secretary|treasurer))*")
TASK = re.compile(r"^(?:[Ff]or\s+)?(?P<subject>" + _SUBJECT + r")\s+to\s+(?P<rest>(?!be\s)\w.*)$", re.S)
NOT_TASK_VERB = re.compile(r"(?:the|a|an|next|this|that|these|those|all|any|each|every|our|their|his|her|its)\b", re.I)
PASSIVE = re.compile(r"^(?P<subject>.{1,80}?)\s+to\s+be\s+\w+ed\b", re.S)
BARE_SUBJECT = re.compile(r"^(?P<subject>(?:[A-Z][\w&'’-]*)(?:\s+(?:[A-Z][\w&'’-]*|partners|members|leads|officers|"
                           r"representatives|group|team))*)\s+(?:be|should|shall|will|must|consider|contribute|convene|"
                           r"convenes|review|provide|prepare|circulate|report|share|write|arrange|produce)\b", re.S)
ROLE_SUBJECT = re.compile(r"\b(?:the|from the|by the)\s+(?P<role>target lead|chair(?:man)?|vice[- ]chair|"
                           r"lead officer|clerk|secretary)\b", re.I)
# "Action: Thank you letters to guest speakers – Sean Neeson": the owner after a dash at the end
TRAILING_OWNER = re.compile(r"\s[–—-]\s+(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                             r"(?:\s*(?:/|&|,|and)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})*)\s*\.?\s*$")
LEAD = re.compile(r"\((?:lead|led by|owner|action)\s*:?\s*(?P<owner>[^()]{2,40})\)", re.I)
# after "X to": a verb, not a determiner ("welcomed S Le Grys to the meeting") nor a state ("BG to remain in attendance")
_NOT_VERB = r"(?!(?:be|the|this|that|these|those|their|its|his|her|our|all|any|each|remain|stay)\b)"
SENTENCE_TASK = re.compile(r"(?:^|(?<=[.!?]\s))(?P<owner>\(?[A-Z]{2,4}\)?|[A-Z][a-z]+(?:\s(?:and|&)\s[A-Z][a-z]+)?)"
                            r"\s+to\s+" + _NOT_VERB + r"(?P<verb>[a-z]+)\b[^.!?]*[.!?]?")
# Tasks in running text (after a line's reference code too: "13/08/15-07 Chair to locate the survey", or one run into
# the subject with a hyphen: "13/08/15-07-Vice Chair to ..."; after a comma and
# "with": "..., with the Treasurer to obtain quotes"). The subject must name people, initials, a role or officers (checked by
# _subject_owners); the rest of the pattern says it is a task. Two owners' initials may stand a slash apart with spaces
# ("SJ / SG to follow up ..."): only initials, as " / " elsewhere parts a flattened table's cells.
_LOWER_ROLE = r"(?:(?:vice[- ])?chair(?:man|person)?|clerk|treasurer|secretary|secretariat|conven[eo]r)"  # "the clerk will ...", "ACTION: clerk to ..."
# (the look-ahead holds the letters a subject can start with, so that the engine tries the subject only at those)
SUBJ = (r"(?=[A-Zacmostv])(?P<owner>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:and/or|and|&|of|for)(?:\s+the)?)|/[A-Z][\w'’.-]*|"
         r"(?:(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3})|(?<=\b[A-Z]{4}))\s/\s[A-Z]{2,4}\b){0,4}"
         r"(?:(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)+\s+(?:and|&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?|"
         r"(?:[Tt]he\s+)?" + _LOWER_ROLE + r"(?:\s+(?:and|&)\s+(?:the\s+)?(?:" + _LOWER_ROLE + r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?|"
         r"(?:[Aa]ll\s+)?(?:[Oo]fficers|[Mm]embers)|[Aa]ll(?:\s+(?:councillors|governors|trustees|directors|partners))?)")
# (a task may open with its item's number or letter: "3.2 Clerk to ...", "a) Clerk to ...", "(ii) Clerk to ...")
# a capitalised word mid-sentence, not a title, right before a one-word subject ("Larch Trees will ...")
NAME_TAIL = re.compile(r"(?<=[a-z,]\s)(?!(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Rev|Revd|Prof)\b)[A-Z][a-z]+\s+$")
# a role's task run on after a note with no full stop between, in terse notes: "... not mended after four months Clerk
# to write again", "Tree report required Clerk to chase" (a capitalised role right after a lower-case word), or the
# role and someone's initials a slash apart: "Defer to next meeting AB/Clerk to discuss"
_RUN_ON_ROLE = r"(?-i:Clerk|Chair(?:man|person)?|Treasurer|Secretary)"
_VERB = r"(?:do\b|go\b|ACTION\b|(?:re|co|pre|e)-[a-z]{3,}|[a-z]{3,})"  # the verb of a task: "offered to do", "will go", "to e-mail",
# "Robin to ACTION." (in capitals, for the sentence before)
# (the look-ahead holds the characters the branches before the subject can start with, so that the engine enters
# them only there: 1.8 times faster)
PROSE_TASK = re.compile(r"(?=[-:;–—,A-Zadr]|^)(?:^(?:[\d/.]*\d[-–](?:\d+[-–])?(?=[A-Z])|\(?[\w/.-]*\d[\w/.-]*\)?\s+|\(?(?:[a-z]|[ivx]{2,4})[.)]\s+)?|[:;–—-]\s*|,\s+(?:with\s+|so\s+)?|\band\s+(?:for\s+)?|\b(?i:agreed|asked|arranged|requested|resolved|decided)\s+(?:for|that)\s+|"
                         r"(?<=[a-z]\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?=(?:[A-Z]{2,4}/)?" + _RUN_ON_ROLE + r"(?:/[A-Z]{2,4})?\s+to\s))" + SUBJ + r"\s+to\s+" + _NOT_VERB + _VERB)
# a resolution that tasks someone: "Resolved – That officers draft a report ...", "(b) that the Clerk write to ...",
# or an item of a resolution's list: "2) that officers contact stakeholders ..."; the word after the subject is a
# verb, not a noun ("agreed that NRCC representation was still needed") (the look-ahead: the letters the first
# branch starts with, so that the engine enters it only there)
RESOLVED_TASK = re.compile(r"(?=[aArR]|^)(?:\b(?i:resolved|agreed)\b[\s:–—-]*(?:\([a-z0-9]{1,3}\)\s*)?|^\(?[a-z0-9]{1,3}[.)]\s*)(?i:that)\s+"
                            + SUBJ +
                            r"\s+(?!be\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b|should\b|would\b|will\b|can\b|may\b|and\b|"
                            r"not\b|only\b|could\b|might\b|must\b)[a-z]{3,}(?<!ed)(?<!tion)(?<!ment)(?<!ness)(?<!ity)(?<!ship)\b(?!(?<=s)\s+(?:is|are|was|were|has|have|"
                            r"had|should|would|will|could|can|may|must|need|needed|be)\b)")
ASKED = re.compile(SUBJ + r"\s+(?:(?:(?:was|were|is|are|has been|have been|be)\s+(?:asked|requested|tasked|invited|instructed|"
                    r"authori[sz]ed|delegated|empowered|directed|commissioned|urged)|(?:will|would)\s+be\s+(?:asked|requested|tasked|instructed)|"
                    r"instructed|tasked)\s+to\s+" + _NOT_VERB + r"[a-z]+|"
                    r"(?:was|were|is|are|has\s+been|have\s+been)\s+tasked\s+with\s+[a-z]+ing\b)")  # the "be": "RESOLVED that the Clerk
# be instructed to"; "was tasked with contacting ..."; a contractor "has been commissioned to produce ..."; in notes
# without the "was": "Clerk instructed to write to ..." (no one is "instructed to" or "tasked to" but the one given the
# task; "X asked to speak" is X's own request); the word after "to" a verb ("were invited to the meeting" is no task)
# a subject may have a phrase in commas after it: "Amanda Jones, CCBC, would bring it back", "TW, as treasurer, would
# keep the accounts", "The Secretary's representative, Andy Milroy, agreed to prepare ..."
APPOSITION = r"(?:,\s+[^,.;:()]{2,40}?,|,|\s*\([^()]{2,40}\))?"  # ... or in brackets: "Jane Roe (Clerk) will send ..."
# a post held, not a task: "TB kindly agreed to continue this role", "agreed to become the social club's rep", "MT
# agreed to chair it", "MT agreed to assume the role", "A and B are to continue."
_HOLD_POST = r"(?!be\b|become\b|remain\b|serve\b|stand\b|(?:co-?)?chair(?:ed)?\b|take\s+(?:the\s+)?[Mm]inutes\b|(?:assume|take\s+(?:on|over|up))\s+(?:the|this|that|his|her|their)\s+(?:role|post|position|office)\b|continue(?:\s+(?:as|in|this|that|the|her|his|their)\b|\s*(?:[.;,]|$)))"
AGREED_TO = re.compile(SUBJ + APPOSITION + r"\s+(?:(?:had\s+|has\s+(?=(?:kindly\s+|also\s+)?(?:offered|volunteered)))?(?:kindly\s+|also\s+)?(?:agreed|undertook|offered|volunteered)|(?P<directed>(?:is|are)(?:\s+also)?))\s+to\s+" + _HOLD_POST + _VERB)
# ("X has agreed to cover the costs" consents; "X has offered to ..." takes a task on; "X is to ..." is directed to it)
# "will have a banner made", "would have the hedge cut": a task its subject sees done
_HAVE_DONE = (r"\s+(?:a|an|the|this|these|it|them)\s+(?:[\w'’-]+\s+){0,3}?(?:made|done|printed|checked|repaired|cut|installed|"
              r"fitted|cleared|removed|inspected|serviced|replaced|painted|cleaned|fixed|erected|produced|tested|looked\s+at)\b")
# "X will/would/should/is going to <verb>": only for a person or role subject (checked in _prose_owners), never
# for an acronym ("CWOP would help ...") or an adverb after the modal ("will now be ..."); "will have" only as "will
# have a look / a word" or with something done; "will also <verb>", and "will continue to <verb>" (a standing task; "would continue to" mostly
# restates a task the minutes also give as a note: "... would continue to chase the matter. Clerk to follow up"); "will
# be in contact / in touch with" is the one "be" that sets a task
MODAL = re.compile(SUBJ + APPOSITION + r"\s+(?:would|will|should|shall|(?:is|are)\s+going\s+to)\s+(?:also\s+)?(?:(?<=will\s)continue\s+to\s+)?(?:be\s+in\s+(?:contact|touch)\s+with\b|(?!be\b|have\b(?!\s+a\s+(?:look|word)\b|" + _HAVE_DONE + r")|not\b|also\b|now\b|then\b|still\b|"
                    r"need\b|help\b|like\b|want\b|hope\b|seem\b|appear\b|mean\b|continue\b|remain\b)" + _VERB + ")")
# a task under way, which minutes record as an action too: "Cllr X is looking into a grant", "The clerk and Cllr Y
# are investigating quotes", "HK is holding a meeting to find a solution", "The Clerk is verifying with the council
# whether ...", and in note form at the start of a sentence
# "Cllr X drafting email to ..."
_UNDER_WAY = (r"(?:looking\s+into|investigating|drafting|preparing|chasing|following\s+up|pursuing|researching|"
              r"progressing|organi[sz]ing|arranging|obtaining|seeking|liaising|verifying|checking|clarifying|contacting|exploring|"
              r"holding\s+a\s+meeting)\b")
ONGOING = re.compile(SUBJ + r"\s+(?:is|are)\s+(?:currently\s+|still\s+|now\s+)?" + _UNDER_WAY)
ONGOING_NOTE = re.compile(r"^" + SUBJ + r"\s+" + _UNDER_WAY + r"(?=\s+\w)")  # with what is under way: "NDP drafting" is a title
# a task whose subject is a pronoun: "Cllr Ayles had spoken to Highways about a 20 mph limit. She will investigate what
# can be done.", "He agreed to contact the landowner", "He had been given the details and was instructed to pursue": the
# person the sentence before opens with (see _prose_tasks)
PRONOUN_TASK = re.compile(r"^(?:He|She)\s+(?:also\s+)?(?:(?:(?:kindly\s+)?(?:agreed|offered|undertook|volunteered)|is|"
                           r"(?:[^.;]{0,80}?\s+and\s+)?(?:was|has\s+been)\s+(?:asked|instructed|requested|tasked))\s+to\s+"
                           r"(?!be\b)|(?:will|would)\s+(?!be\b|have\b(?!" + _HAVE_DONE + r")|not\b|also\b|need\b|like\b|continue\b|remain\b|help\b|"
                           r"welcome\b|prefer\b|hope\b|wish\b|expect\b|ask\s+again\b)|(?:is|was)\s+(?:also\s+|currently\s+|still\s+|now\s+)?"
                           r"(?=" + _UNDER_WAY + r"))[a-z]{3,}")
# a note of what is to be done, then who does it: "Reports of dangerous trees to be investigated, Chairman to follow up"
# (the task is the whole sentence)
NOTE_THEN_OWNER = re.compile(r"[^,;:–—]{3,80}?\bto\s+be\s+[a-z]+(?:ed|en)\s*,\s*$")
TOPIC = (r"(?:[A-Z][\w'’]*(?:\s+[\w'’]+){0,3}\s+[–—-]\s+|[A-Z][A-Z'’&/-]+(?:\s+[A-Z][A-Z'’&/-]+){0,3}:\s+)?")  # a note's topic
# before a dash ("Curtains – ", "Outside Lights – ") or in capitals before a colon ("REPLANTING PROGRAMME: ")
# a second task with its own subject in the same sentence: "A to draft the letter and B to send it", "RB to send the
# input to FJ, then JG to sign it", "the Advisor would contact officers ... otherwise the Chair would write to ..."
# ... or a passive one the same speaker reports: "X asked governors to complete the forms and noted that the results would be
# collated and sent to them" (the second task names no one)
REPORTED_PASSIVE = re.compile(r"\s+and\s+(?:noted|said|reported|confirmed|added|advised|explained)\s+that\s+(?=[^.;]*?"
                               r"\b(?:would|will)\s+(?:also\s+|then\s+)?be\s+[a-z]+ed\b)")
TASK_VERB = re.compile(r"\b(?:to|will|would|should)\s+[a-z]{3,}")  # the first task's verb, before the second's subject
SECOND_TASK = re.compile(r"(?:[,;]\s*(?:then\s+|and\s+)?|\s+(?:and|&)\s+(?:then\s+)?|,?\s+otherwise\s+)" + SUBJ + r"\s+(?:to|will|would|is\s+to|"
                          r"(?:agreed|offered|undertook)\s+to)\s+" + _NOT_VERB + r"(?!have\b|not\b|also\b|need\b|like\b|continue\b|"
                          r"remain\b|help\b)" + _VERB)
# a person who opens the sentence and says they will do something, or does one thing and will do another: "Cllr
# D Fox said that he would provide a copy", "SR had received the report in error and said she would pass it to the
# Clerk", "Cllr Clarke has received the conditions and will circulate them", "Cllr Hale updated the Council on the
# verges and undertook to look again at the footpaths" (only for someone present: see _prose_owners)
SAID_WOULD = re.compile(r"^" + SUBJ + r"(?:\s+[^.;,]{0,80}?\s+and(?:\s+(?:he|she|they)(?=\s+(?:would|will|is|are)\s))?)?(?:(?:\s+(?:also\s+(?=said\b|agreed\b))?(?:ha[sd]\s+)?(?:kindly\s+)?(?:said|confirmed|agreed|stated|indicated|undertook|"
                         r"advised|added|reported|explained|noted|mentioned)\s+(?:that\s+)?(?:[^.;,]{2,40},\s+)?(?:he|she|they))?\s+(?:would|will)\s+(?!be\b|have\b|not\b|also\b|"
                         r"need\b|like\b|continue\b|remain\b|help\b|welcome\b|prefer\b|hope\b|wish\b|expect\b)|"
                         r"\s+(?:kindly\s+|also\s+)?(?:undertook|offered|volunteered|agreed)\s+to\s+" + _HOLD_POST + r"|"
                         r"(?:(?<=\bhe)|(?<=\bshe)|(?<=\bthey))\s+(?:is|are)\s+to\s+(?!be\b)" + _HOLD_POST + r")" + _VERB)
# (a time or condition may come first: "RR said that before May, he would come back to the Chair with ..."; a pronoun
# may take the second task up: "Kenver has made the representations agreed and he is to liaise with ...")
# the minutes' writer, in the first person, taking a task on: "As I don't have their permission to circulate their
# email addresses I will send this separately to them" (a task with no owner named; not "I would like to ...");
# the "I" first and what may stand before it (the text's start or a space) after it, so that the engine looks for
# the letter rather than trying the look-behinds at every character
FIRST_PERSON = re.compile(r"(?P<i>I)(?<!\S.)\s+(?:will|shall)\s+(?!be\b|have\b|not\b|also\b|now\b|need\b|like\b|"
                          r"hope\b|wish\b|remind\b|advise\b|say\b|ask\s+(?:everyone|members|you)\b)" + _VERB)
_MARGIN_DUE = (r"\d{1,2}(?:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|"
               r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?")
# a due date after a margin's owners: "27 Oct", "31/03/21", "May 2021"
# owners written after the task at the end of its paragraph, as a margin column flattens: "... to chase. Action Clerk, RP",
# "... in the autumn. Action: Jo Roe" (a name of two or three words, a title too, is read only when it names people),
# or after a dash: "Ivy to be cleared from the hall – Action JB", or a capital label and its colon with no full stop
# before it: "JAM will request an extension to the faculty Action: JAM", or "by" with no stop before it: "... the
# state of the footpath to the meadow Action by Footpath Officer" (a post in two words)
# (each branch opens with the space, so that the engine scans for spaces: 2.4 times faster)
_LABEL_WHO = r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.-]*){0,2}"  # "JB", "Footpath Officer", "Jo Roe", "Cllr D Roe"
TRAILING_ACTION = re.compile(r"\s(?:(?<=[.!?]\s)\s*(?i:actions?(?:\s+points?)?(?:\s+by)?)\s*[:–-]?|[–—-]\s*(?i:actions?(?:\s+by)?)\s|"
                              r"(?<=[a-z]\s)\s*(?-i:Action|ACTION)(?:\s*:|\s+(?i:by)\b))\s*(?:(?i:the)\s+)?"
                              r"(?P<who>(?:" + _LABEL_WHO + r"|(?i:" + _LOWER_ROLE + r"))(?:\s*(?:,|/|&|\band\b)\s*" + _LABEL_WHO + r"){0,3})"
                              r"(?:\s*[–—-]?\s*(?P<due>" + _MARGIN_DUE + r"))?\s*[.;]?\s*$")  # "... Action: secretariat;"
# (a list's item); a due date may follow the owners: "... the next round of funding. ACTION AS – May 2021"
# a log's status line after the task and its owner: the task was set before and is reported done
# a task the minutes report done, its status after a dash at the sentence's end: "Mary to add the report to the list
# – action closed."
REPORTED_DONE = re.compile(r"\s[–—-]\s*(?i:(?:action\s+)?(?:complete[d]?|closed|done))\W*$")
CLOSED_AFTER = re.compile(r"\s*(?i:action\s+(?:now\s+)?(?:complete|completed|closed|done)|completed)\b")
# ... or with no label at all, an action column beside the paragraph run into its line (each owner someone the
# minutes name: their initials, name or post): "... will chase the County Council. OP", "... for the April meeting.
# Clerk", two owners' initials a space apart: "... the contractor is to be chased. CD EF"; a due-date column after
# the owners' ("Action by | Due date"): "... a formal deed of settlement. TT 27 Oct", "... the tenders. CD, EF 31/03/21"
MARGIN_END = re.compile(r"(?<=[.!?])\s+(?P<who>[A-Z]{2,4}(?:\s+[A-Z]{2,4}){1,3}|"
                         r"(?:[A-Z]{2,4}|[A-Z][a-z]+)(?:\s*(?:/|&|,)\s*(?:[A-Z]{2,4}|[A-Z][a-z]+)){0,3})"
                         r"(?:\s+(?P<due>" + _MARGIN_DUE + r"))?\s*$")


_DASH = re.compile(r"\s[–—-]\s")


def decision_start(sentence: str, at: int) -> int:
    """Where a decision that sets a task starts in its sentence: at "it was resolved" when a dash comes before it (what
    comes before the dash is the item's title or an account of what was done), else at the sentence's start."""
    dashes = [m.end() for m in _DASH.finditer(sentence, 0, at)]
    if not dashes:
        return 0
    return max(dashes[-1], re.search(r"(?i:it\s+was\s+)?$", sentence[:at]).start())


def margin_end(text: str) -> re.Match | None:
    """``MARGIN_END`` searched only in text that ends in a letter or a digit, as every match does (an owner's name or
    initials, or a due date after them): most paragraphs end in a full stop, and the pattern is tried at every character."""
    return MARGIN_END.search(text) if text.rstrip()[-1:].isalnum() else None


def margin_who(margin: re.Match) -> str:
    """The owners a ``MARGIN_END`` match names, initials a space apart written with a slash ("CD EF" as "CD/EF")."""
    return "/".join(margin.group("who").split()) if "/" not in margin.group("who") else margin.group("who")


# ... or in brackets after the task, anywhere in a paragraph, names written out: "... would be followed up with
# the team (Action: Jane Roe/Alex Lee)"
PAREN_ACTION = re.compile(r"\((?i:actions?(?:\s+by)?)\s*[:–-]?\s*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                           r"(?:\s*(?:,|/|&|\band\b)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}){0,3})\s*\)\.?")
# ... or the label and the owners' initials run in between the task and the next ("... accepted for publication.
# ACTION EDC To receive the auditor's report", "... collection from the hall. Action JB Ivy to be cleared ...")
ACTION_BETWEEN = re.compile(r"(?<=[.!?])\s+(?i:action)(?:\s+(?i:by))?\s+(?P<who>[A-Z]{2,4}(?:\s*(?:/|&|,)\s*[A-Z]{2,4}){0,3})"
                             r"\s+(?=[A-Z])")
# ... or, with no label, an action column of initials flattened into the paragraph between one row's text and the
# next: "... membership renewal etc JW SC JA and NW to arrange ...", "... technical resources. JA NW Booklet can ...",
# "... by email (by Sept 20) JA 5 Liaison": two or more initials before the next row's first word (or its subject's
# initials and "to"), or any before the next item's number (not before a heading in capitals: "... Associates). IN
# ATTENDANCE", a list of initials "SH LE CE APOLOGIES" flattened from an attendance table; not in prose after "by",
# "and", "with", "from" or "to": "... proposed by AT and seconded by HIF 3 Police Report")
# (the first space, then two capitals after the spaces, then the look-behinds, which end with that space: the regex
# engine scans for a space and tests the rest only there, not the look-behinds at every character, 5 times faster)
MARGIN_BETWEEN = re.compile(r"\s(?=\s*[A-Z]{2})(?<=[a-z.!?)]\s)(?<!\bby\s)(?<!\band\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\bto\s)\s*(?P<who>[A-Z]{2,4}\b(?:\s+[A-Z]{2,4}\b){1,3}(?=\s+[A-Z][a-z]|\s+[A-Z]{2,4}"
                             r"(?:\s+(?:and|&)\s+[A-Z]{2,4})?\s+(?:to|will)\s)|[A-Z]{2,4}\b(?:\s+[A-Z]{2,4}\b){0,3}"
                             r"(?=\s+\d{1,2}[.)]?\s+[A-Z]))")
# ... or a task labelled after the discussion in the same paragraph: "... for the annual update. Action: JM to
# circulate the forms; SG to add the item to the agenda.", as often as the paragraph has such labels
LABELLED_AFTER = re.compile(r"[.!?]\s+(?i:action(?:\s+(?:points?|items?))?)\s*:\s*(?=\S)")
# a run-on page's next item after a label's task: a spaced dash, then a clause of five words or more ("ACTION: Chair
# to visit site - The Council were made aware that ..."), not who does it ("... - Sean Neeson")
NEXT_ITEM = re.compile(r"\s[–—-]\s+(?=[A-Z][\w'’]*(?:\s+[\w'’,]+){4})")
# "..., who will <verb>": the person named before it takes a task ("send to Michael who will combine the comments")
WHO_WILL = re.compile(r"(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),?\s+who\s+(?:will|would|is\s+to|agreed\s+to)\s+"
                       r"(?!be\b|have\b|not\b|also\b)[a-z]{3,}")
# "SK – to clarify the data", "Cllr Hale – to obtain quotes", "Clerk - to write": who, a dash, the task (the look-ahead:
# the letters who can start with, "ſ" being an "s" in any case)
_DASH_WHO = r"(?:[A-Z]{2,4}|(?:Cllrs?\.?|Councillors?|Mrs?|Ms|Dr)\s+[A-Z][\w'’-]+|(?:[Tt]he\s+)?" + "(?i:" + _LOWER_ROLE + "))"
DASH_TASK = re.compile(r"(?=[A-Zcstvſ])(?:^|(?<=[.;]\s))(?P<owner>" + _DASH_WHO + r"(?:\s*(?:/|&|and|,)\s*" + _DASH_WHO + r")*)\s*"
                        r"(?:[–—-]|(?<![A-Z]{2}):)\s*to\s+"
                        r"(?!be\b)[a-z]{3,}")
# "The Chair asked if Luke could provide an update": the one asked takes the task
ASKED_IF = re.compile(r"\basked\s+(?:if|whether)\s+" + SUBJ + r"\s+(?:could|would|can|might)\s+(?!be\b|not\b)[a-z]{3,}")
# "The new plaque was given to Cllr Moore to install", "... passed to the Clerk to deal with": the one it was handed to;
# in note form, for what it is handed on for: "Contractor's invoice passed to MT for payment"
GIVEN_TO = re.compile(r"\b(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:given|passed|handed|referred)\s+(?:on\s+)?to\s+" + SUBJ
                       + r"\s+(?:to\s+" + _NOT_VERB + r"[a-z]{3,}|for\s+(?:payment|action|signature|comment|approval)\b)")
REQUEST = re.compile(r"(?<!\bhad\s)(?<!\bhas\s)\b(?:requested|asked|REQUESTED|ASKED)\s+that\s+(?P<clause>.+)$|\basked\s+(?:if|whether)\s+(?P<ask>.+?\b(?:could|would|can)\s+"
                      r"be\s+(?!allowed\b|permitted\b)\w+ed\b.*)$|\b(?:ask|instruct|direct|request)(?:ed)?\s+(?P<asked>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?|(?:all\s+)?(?:governors|"
                      r"members|councillors|[Cc]llrs|officers|partners|trustees|directors))\s+to\s+[a-z]{3,}|"
                      r"\bwas\s+(?:also\s+)?requested\s+(?P<plain>(?:the\s+)?(?i:" + _LOWER_ROLE + r")\s+(?!(?:was|is|had|has|would|will|"
                      r"should|could|did)\b)[a-z]{3,}(?<!s)\b.*)$", re.S)
# ("It was also requested the clerk look into ...": a role asked with no "that")
# (a request someone had made, or has made elsewhere, is reported, not made here: "Mr X had asked that his thanks be
# passed on", "Cllr X has requested that the verges be inspected")
# a request from the public is no task of the meeting's: "Open Forum: A resident requested that the donation should
# increase", "Two parishioners asked that ...", "A member of the public from Mill Lane asked the council to ..."
PUBLIC_ASKS = re.compile(r"(?:^|\s)(?:an?|one|two|three|several|some|many|the)?\s*(?:local\s+)?(?:residents?|parishioners?|"
                         r"members?\s+of\s+the\s+public|villagers?)(?:\s+(?:of|from|in|at)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3})?"
                         r"\s+(?:had\s+|also\s+)?$", re.I)
# (NOT_TASK and AGENDA_WORDING are written in lower case and searched in the folded text: cues.search_folded; NOT_TASK opens
# with a look-ahead of its branches' first letters, so that the engine enters them only at those: 1.4 times faster)
# boilerplate of agenda items, not tasks: "Members are invited to declare any interests", "to report apologies"
# the meeting's own business is no task either: "asked Members to note", "Councillors will elect a Chair",
# "will consider the admission of any items of urgent business"; nor a sentence ending in a colon (introduces)
NOT_TASK = re.compile(r"(?=[abdlmstuw])(?:\b(?:declar|disclos)\w*\b[^.]*\binterests?\b|\bapologies\b|\bthe\s+attached\b|"
                       r"\b(?:to|will|would|shall)\s+(?:re-?elect|elect|note)\b|\b(?:urgent|late)\s+(?:business|items?)\b|"
                       r"\bamended\s+to\s+read\b|\badded\s+to\s+(?:those|the\s+list\s+of\s+those)\s+present\b|"
                       r"\bbe\s+(?:recorded|minuted|noted)\b|\bwishe?d?\s+to\s+be\s+(?:called|known|addressed)\b|"
                       r"\b(?:to|will|would|shall)\s+(?:continue|carry\s+on|act|serve)\s+as\b|\bto\s+serve\s+until\b|\b(?:to|will|would)\s+(?:fill|hold|take\s+up|assume)\s+(?:the\s+)?(?:office|post|"
                       r"position|role)(?:\s+of\b|\s+(?:as\s+\w+\s+)?until\b)|\bto\s+(?:be\s+)?defer(?:red)?\b|\bbe\s+(?:postponed|deferred|adjourned)\b|"
                       r"\bto\s+be\s+(?:discussed|considered|debated|revisited|listed|placed|put|included|added)\s+(?:again\s+)?(?:at|on|to)\s+(?:the\s+|a\s+)?"
                       r"(?:next|future|another|later)\b|\bto\s+chair\s+(?:the|this)\s+(?:next\s+)?meeting\b|\bto\s+join\s+the\s+(?:parish\s+|town\s+|community\s+)?(?:council|committee|board)\b|"
                       r"\btake\s+(?:his|her|their|the)\s+place\b|\btake\s+a\s+vote\b|\bto\s+take\s+(?:questions|items?|agenda\s+items?)\b|\b(?:at\s+the\s+end\s+of|later\s+in|throughout|during)\s+(?:the\s+course\s+of\s+)?(?:the|this)\s+meeting\b|"
                       r"\bminute['’]?s?\s+silence\b|"
                       r"\bto\s+(?:propose|second|move)(?:\s+and)?\s*[-–—:]?\s*$|"
                       r"\b(?:will|would|may)\s+(?:appreciate|recall|remember|know|be\s+aware|be\s+interested)\b|"
                       r"\bto\s+(?:outline|explain|set\s+out|describe)\s+the\s+(?:format|procedure|process)\s+(?:of|for)\s+(?:the|this)\s+"
                       r"(?:meeting|hearing|session)\b|\bsign\s+(?:the|these|those)\s+minutes\b|\bauthori[sz]ed\s+to\s+sign\b|"
                       r"\bminutes\b[^.;]{0,80}?\b(?:will|would|to)\s+be\s+signed\b|\b(?:assume|take)\s+the\s+chair\b)")
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
# ("agreed to defer ...", "Hall grant – to be deferred to next meeting", "requested that discussion be postponed", "Matter to be discussed at next meeting", "is to be considered on another date"); who chairs
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
# ("The Chair to lead on this item"); "agreed to permit discussion as follows :-" is introduces
AGENDA_WORDING = re.compile(r"\bwelcom\w*\s+(?:everyone|all\b|those\b|members|attendees|[^.]{0,40}\bto\s+the\s+meeting)|"
                             r"\bintroduce\s+(?:themselves\b|(?:a|the|this|his|her|their)\s+(?:paper|report|item|presentation)\b)|\b(?:is|are)\s+(?:asked|invited|requested)\s+to\s+(?:comment|note|agree|"
                             r"consider|approve|endorse|discuss|receive|review|ratify|adopt|confirm|declare)\b|"
                             r"\b(?:was|were)\s+(?:asked|invited|requested)\s+to\s+(?:comment|note|agree|approve|endorse|receive|"
                             r"ratify|adopt|confirm|declare)\b|\bconsider\s+(?:approving|allowing|permitting|agreeing|accepting|endorsing|ratifying)\b|"
                             r"\b(?:requested|asked)\s+that\s+(?:members|councillors|the\s+(?:board|committee|panel|council))\s+(?:consider(?!\s+(?:if|"
                             r"whether)\b)|note|agree|approve|endorse|comment)\b|\bto\s+(?:lead|speak)\s+(?:on|to)\s+(?:this|the)\s+item\b|"
                             r"\b(?:up|forward)\s+(?:on\s+)?the\s+agenda\b|"  # the order of business: "bring item 14 up the agenda",
                             r"\bitems?\s+\d[\d.]*(?:(?:\s*,\s*|\s+(?:and|&)\s+)\d[\d.]*)*\s+(?:be|is|are)\s+(?:discussed|taken|considered|heard)\b|"
                             r"\b(?:manage|run|conduct)\s+the\s+(?:evening|meeting|day|afternoon|morning)['’]s\s+(?:agenda|business|proceedings)\b|"
                             r"\bwhether\s+or\s+not\s+to\s+(?:accept|approve|adopt)\b")  # an agenda's "... to resolve whether or not to accept the minutes"
# "asked that agenda items 7 and 8 be discussed next"; who runs it: "X would manage the evening's agenda"
PASSIVE_FUTURE = re.compile(r"\b(?:would|will|to)\s+(?:now\s+|then\s+|also\s+)?be\s+(?:circulated|incorporated|included|updated|amended|"
                             r"added|shared|organised|organized|submitted|sent|provided|brought|arranged|presented|"
                             r"prepared|forwarded|distributed|published|drafted|reported|programmed|organised|organized|"
                             r"scheduled|investigated|followed up|chased|contacted|invited|written)\b")
REPORTED = re.compile(r"(?:^|[:;,–—-]\s*)" + SUBJ + r"\s+(?:confirmed|reported|advised|said|stated|explained|indicated|"
                       r"agreed|noted)\s+that\b")
# a decision that something be done, which is a task though it names no one: "it was agreed that a full written
# response be provided", "agreed that a summary note would be circulated", "That the final report be issued
# widely", "e) That an update report be brought to this Board"; not "RESOLVED that the report be noted", "that they be given time", "that X be invited to join",
# "that X should not be included", nor what is only needed ("agreed that a meeting needs to be arranged")
DECIDED_PASSIVE = re.compile(r"(?=[AaDdIiRr]|^)(?:(?:[Ii]t\s+was\s+)?(?i:agreed|resolved|decided|(?<!\bhas\s)(?<!\bhad\s)requested|recommended)\s*[:–—-]?\s*"
                              r"(?:\([a-z0-9]{1,3}\)\s*)?(?i:that)|^(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?i:that))\s+"
                              r"(?P<np>(?:(?!(?:can|could|may|might|is|are|was|were|has|have|had|not|never)\b)[^,;:.\s]+\s+){0,11}?)"
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
PASSIVE_TASK = re.compile(r"(?=[;ta]|^)(?:^|;\s+|\bthat\s+|\b(?P<and>and)\s+)(?P<np>(?:[Tt]he|[Aa]n?|[Ff]urther|[A-Z][\w'’-]*)\s(?:(?!(?:is|are|was|were|has|"
                           r"have|had|would|will|should|shall|be|needs?|needed|due)\b)[\w'’&/()]+(?:-[\w'’]+)*\s+){0,10}?)(?:would|will|should|shall|(?(and)to))\s+"
                           r"(?:now\s+|then\s+|also\s+)?be\s+(?:circulated|updated|amended|organi[sz]ed|sent|provided|brought|"
                           r"arranged|presented|prepared|forwarded|distributed|drafted|scheduled|re-?scheduled|investigated|"
                           r"followed\s+up|chased|contacted|written|notified|advertised|applied\s+for|put\s+(?:on|up|in)|raised|sought|"
                           r"pursued|addressed|displayed|ordered|rectified|repaired|replaced|installed|purchased|fixed|erected|"
                           r"inspected|cut(?:\s+back)?|trimmed|cleared|cleaned|painted|placed|planted|invited(?!\s+to\s+(?!attend\b|the\b|an?\b|this\b|next\b|future\b)[a-z]+)|agreed\s+and\s+(?:circulated|sent|shared))\b")
# a request for a paper, which someone must write though the minutes do not say who: "The Committee asked for a
# note setting out what had been achieved", "The Chairman asked for a written proposal"
DECIDED_THAT = re.compile(r"\b(?i:agreed|resolved|decided)(?:\s+that|\s*[:–—-])\s+$")  # a group a decision tasks, by its acronym
# ("It was agreed that the SMG will ...", or after the decision's label: "Resolved: The Parish Council will contact ...")
# a body the meeting decides will do something: "It was agreed that the Parish Council would contact the Borough
# Council", "... that the Footpaths Group will write to the landowner" (see actions._own_body), or one asked to ("Cabinet
# request the Scrutiny Board to consider ...")
BODY = re.compile(r"(?:[Tt]he\s+)?(?P<body>(?:Parish|Town|Community|City)\s+Council|(?:[A-Z][\w'’-]*\s+){1,3}"
                   r"(?:Group|Committee|Sub-?[Cc]ommittee|Working\s+Party|Board))")


CLAUSE_END = re.compile(r";|\s+and\s+(?:when|once|then|if|after)\b")
ASKED_FOR = re.compile(r"\b(?:asked\s+for|requested)\s+(?:a|an|further)\s+(?:(?:written|short|brief|full|further|detailed|"
                        r"progress)\s+)?(?:note|report|(?<=progress\s)update|paper|proposal|briefing|summary|breakdown|list|statement)s?\b")
CLAUSE_SUBJECT = re.compile(SUBJ + r"\s+(?!be\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b)[a-z]{3,}\b")
THAT_CLAUSE = re.compile(r" that (?=(?:the|a|an|this|these|those|any|it|all|further|[A-Z])\b)")
# any verb in the passive future, when a person is named as the agent: "questionnaires will be sourced by Katherine"
PASSIVE_ANY = re.compile(r"\b(?:would|will|to)\s+(?:now\s+|then\s+|also\s+)?be\s+(?!(?:replaced|succeeded|appointed|elected|"
                          r"chaired|seconded|proposed)\b)[a-z]{3,}(?:ed|en)\b(?=(?:\s+(?:off|up|out))?(?:\s+[a-z][\w'’-]*){0,4}\s+by\s)")  # not who takes over a role
BY_OWNER = re.compile(r"\s+by\s+(?P<owner>(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|&)|\s*/\s*[A-Z][\w'’.-]*){0,5}|"
                      + _LOWER_ROLE + r"\b))")  # "... to be sent by the secretary to the church": a role in lower case too; two
# owners in one ("actioned by Chairman/Clerk")
GROUP_SUBJECT = re.compile(r"(?i:(?:all\s+|board\s+|panel\s+|committee\s+|partnership\s+)?(?:officers?|members?|partners?)|"
                            r"colleagues|everyone|(?:parish\s+|town\s+|community\s+)?(?:councillors|cllrs)|the council|the clerk|governors|trustees|directors|practices|"
                            r"sub[- ]?group|(?-i:All))")  # "Sub Group to revisit ...", "Governors to ...", "All to bring ..."
THE_MEETING = re.compile(r"(?i:(?:all\s+|parish\s+|town\s+|community\s+)?(?:members|councillors|cllrs|governors|trustees)|everyone|all|the\s+council)")
MORE = re.compile(r",\s+(?:but|although|though|whereas|while)\b|;\s")
# the note form of a task: "Skip to be ordered for first week November", "EMB to be asked to support ...", "The
# precept of £1,500.00 to be requested" (a full stop inside a number ends nothing)
TO_BE_DONE = re.compile(r"^(?:(?:[^.;:]|\.(?=\d)){2,80}?)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bneeds)(?<!\bneed)(?<!\bhave)"
                         r"(?<!\bhas)(?<!\bhad)(?<!\bwill)(?<!,)\s+to\s+be\s+(?!(?:resolved|confirmed|agreed|decided|determined|expected|hoped|"
                         r"noted|seen|appointed|elected|co-opted|substituted|asked\s+is|held\s+(?:in|at|on))\b)(?:[a-z]+ed|written|sent|done|given|taken|drawn|made|brought|held|put|set|"
                         r"kept|shown|undertaken|chosen|sought|bought|run|met)\b(?!\s+(?:is|was|are|were|will|would|include|includes)\b)")
# ... but not "Items to be taken in private", "the next meeting to be held on", "Quiz Night to be held in the hall on
# Saturday" (an event's notice), "a plan to be considered by
# The Estate", "needed to be", "due to be": agenda wording and statements; nor the subject of a sentence ("Topics to
# be discussed will include ...") nor a phrase after a comma ("... two defibrillators, to be placed in ...")
# ... and in full, with an indefinite subject: "A sign is to be put up", "An advert is to be placed", "Three quotes are
# now to be obtained" (what is arranged; not what is needed: "A small working group needs to be established", nor what
# is put off: "A further item is to be placed on the next agenda"; "The review is to be signed off by ..." states a plan)
A_TO_BE_DONE = re.compile(r"^(?:A|An|Two|Three|Further|Quotes|Quotations|Estimates)\s+(?!(?:next\s+)?meeting\b)"
                           r"(?:[\w’'-]+\s+){0,5}?(?:is|are)\s+(?:now\s+|also\s+)?to\s+be\s+(?!(?:resolved|confirmed|agreed|decided|noted|"
                           r"seen|expected|hoped|appointed|elected|discussed|considered)\b)(?:[a-z]+ed|written|"
                           r"sent|done|given|taken|drawn|made|brought|held|put|set|kept|shown|undertaken|sought|bought)\b"
                           r"(?!\s+(?:on|in)\s+(?:the\s+)?(?:next\s+|a\s+future\s+)?agenda\b)")  # "... to be placed on the next agenda": deferred
NOT_NOTE = re.compile(r"^(?:to|for|items?|(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?next\s+meeting|this|it|there)\b|\b(?:said|says|was|is|were|are|noted|needed|due|"
                       r"felt|agreed|reported|plan|business|had|has|outlined|described|explained|highlighted|suggested|proposed)\b", re.I)
# a task that names no task: "Clerk to action", "The Clerk would action.", "Kate will do this.", "Cllr X to look into
# this.", "Y will investigate it", "She will enquire about this", "Z will respond.", "BG to check." (the task is the
# sentence before, or the note before a dash: "Concerns about the fridge - BG to check."; "X will follow this up"
# stands as it is)
POINTS_BACK = re.compile(r"\b(?:this|it|that|these|them)\W*$")  # a task that needs the clause before it
_BACK = r"(?:this|that|it)"
_BARE_WHO = r"(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+)?"  # "Clerk", "the Chair", "Cllr Roe"
BARE_ACTION = re.compile(_BARE_WHO + r"(?:\s*(?:&|/|\band\b)\s*" + _BARE_WHO + r")?\s+(?:to|will|would|shall)\s+(?:action|do\s+(?:this|that|it|so)|"
                          r"(?:look\s+into|investigate|pursue|deal\s+with|enquire\s+(?:about|into))\s+" + _BACK + r"(?:\s+further)?|"
                          r"respond|reply|check)(?:\s+(?:before|by|at|in|within|after|over)\s+[^.]{1,40}?)?\.?", re.I)
# (a time may follow: "JL will do this before the next meeting", "He will do this in the next couple of days")
# a full stop inside "E.Government" or after a title ("Cllr. Land offered to ...") ends nothing; "and it was
# agreed that ..." starts a sentence of its own ("Cllr Land offered to ... and it was agreed that the Clerk ...")
# (the full stop first, then the look-behinds that end with it: the regex engine tries them only at a full stop,
# not at every character; and the end is tried only where one can be, at a ".!?", a comma, a space or the text's
# end, the words between taken whole: the same sentences as "\S.*?(?:END)", 1.7 times faster)
# the titles whose full stop ends nothing, and "St." before a name ("at St. Mark's"); not "Councillor", a whole word:
# "... her time as a Councillor. He asked ..." ends a sentence
TITLES_WITH_DOT = ("Cllr", "Cllrs", "Mr", "Mrs", "Ms", "Dr", "Rev", "Revd", "Prof", "St")
_BULLETS = "•▪●"  # a list's bullet inside a paragraph (a PDF's list flattened into one line) opens a sentence
_TITLE_DOT = "".join(rf"(?<!\b{t}[.!?])" for t in TITLES_WITH_DOT)
_INITIAL_DOT = r"(?!(?<=[a-z] [A-Z]\.)\s+[a-z])"  # "Steve L. will send ...": a surname's initial, when a lower-case word follows
_GLUED = r"(?<=[a-z]{2}[.!?])" + _TITLE_DOT + r"(?=[A-Z][a-z]*\s)"  # no space after it, in PDF text: "website.A copy of ..."
_SENTENCE_END = (r"(?:[.!?]" + _TITLE_DOT + _INITIAL_DOT + r"[.!?]*(?=\s|$)|[.!?]" + _GLUED +
                 r"|(?=,?\s+and\s+it\s+was\s+(?i:agreed|resolved|decided)\b)|(?=[^\S\n]+[" + _BULLETS + r"][^\S\n])|$)")
SENTENCE = re.compile(r"\S[^.!?,\s]*(?:[.!?,\s][^.!?,\s]*)*?" + _SENTENCE_END, re.S)


_NEXT_WORD = re.compile(r"\s\S")


def overlapping(pattern: re.Pattern, text: str):
    """Matches of ``pattern`` starting at every word, so that a subject that swallowed a word before
    the name ("Christmas and Rik Bassett agreed to ...") is tried again without it. Skipped when the
    sentence lacks what follows its subject; its cue words the caller has tested (``cues.matchable``)."""
    cue = after_subject(pattern)
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


def after_subject(pattern: re.Pattern) -> re.Pattern | None:
    """What ``pattern`` requires after its subject and the apposition after that (cues.after): searched alone, its
    start is not tried at every word before the verb, as the apposition's was ("..., CCBC, would"). Looked up
    by the pattern's id: a sentence meets the nine subject patterns in turn."""
    entry = _AFTER_SUBJECT.get(id(pattern))
    if entry is None:
        cue = cues.after(pattern, SUBJ + APPOSITION) or cues.after(pattern, SUBJ)
        entry = _AFTER_SUBJECT[id(pattern)] = (pattern, cue)
    return entry[1]


# a decision to do something next that names no one: "It was agreed to contact the landowner", "Agreed to circulate the
# list by email", "It was RESOLVED to write to the highways authority"; only acts done after the meeting towards
# someone (writing, sending, asking, removing), never what the decision itself does ("to approve", "to accept", "to
# appoint", "to defer", "to purchase", "to continue")
AGREED_ACT = re.compile(r"(?:\b[Ii]t\s+was\s+(?:also\s+|further\s+|unanimously\s+)?|^|[:;–—-]\s*)(?i:agreed|resolved|decided)\s*:?\s+"
                        r"(?i:to)\s+(?P<verb>(?i:contact|write\s+to|send|e-?mail|circulate|distribute|publici[sz]e|"
                        r"advertise|invite|remove|inform|notify|chase|obtain|seek|investigate|look\s+into|arrange|ask|"
                        r"report|request|(?:re)?apply\s+for))\b")
# a decision that introduces the tasks it sets, one a line: "It was agreed to:" / "Ensure councillors are on the list" /
# "Review the database"; each line opens with a verb (not a determiner, a past tense or a third person's "-s")
AGREED_LIST = re.compile(r"\b(?:agreed|resolved|decided)\s+to\s*:\s*-?\s*$")  # searched in folded text, behind its cue
IMPERATIVE = re.compile(r"^(?:\(?[a-z0-9]{1,3}[.)]\s+|[•·*\-–]\s*)?(?P<verb>[A-Z][a-z]{2,})\s+[a-z]")
# a sentence that is an instruction, in notes that name nobody ("1.4 Look at the legislation and prepare a brief", "Send
# an email to the members ...", "Set up a website."): a task with no owner; only verbs that set work, never an
# agenda's "Receive", "Note", "Approve", "Consider", and only before an object's first word ("Contact was made" is none)
INSTRUCTION = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]?\s+)?(?:Look\s+(?:at|into)|Send|Set\s+up|Prepare|Write\s+to|"
                          r"Contact|Arrange|Circulate|Collate|Chase(?:\s+up)?|Obtain|Draft|Investigate|Organi[sz]e|Book|"
                          r"Compile|Forward|E-?mail|Find\s+out|Follow\s+up|Liaise\s+with)\s+(?:a|an|the|all|any|some|"
                          r"this|these|those|them|it|its|our|their|his|her|to|with|up|out|round|back|for|into)\b"
                          r"(?![^.;]*\b(?:can|could|may|might)\s+be\b)")  # "Contact for X can be made through the Clerk"
NOT_IMPERATIVE = re.compile(r"^(?:the|this|that|these|those|there|their|its|all|any|each|every|some|our|his|her|members|"
                             r"councillors|officers|minutes|apologies|item|it|we|they|she|he)$|(?:ed|ing|[^s]s)$")


# thanks, which minutes record but which task nobody, unless a letter or a card is to be sent: "The Chair thanked
# Cllr Roe for her years of service", "He asked the Board to join him in thanking Tom", but not "... and the Clerk
# would write to thank the donors"
_THANKS = re.compile(r"\bthank(?:ed|ing|s)\b")
_OTHER_TASK = re.compile(r"\b(?:would|will|should|to)\s+(?!thank\b|join\b)[a-z]{3,}|\b(?:letter|card|write|writ|e-?mail|send|sent)\b")


def thanks_only(clause: str) -> bool:
    """Whether a task clause only thanks someone (see _THANKS)."""
    folded = cues.folded(clause)
    return _THANKS.search(folded) is not None and _OTHER_TASK.search(folded) is None


# the parts of a resolution enumerated in one sentence: "Resolved – That (i) an update be circulated (ii) a date be
# agreed (iii) findings be shared at the next meeting": each part is its own task; a part that only notes is none
_ENUMERATOR = re.compile(r"(?:(?<=\s)|^)\((?P<n>i{1,3}|iv|vi{0,3}|ix|x|[a-h]|[1-9])\)\s*")
_FIRST = {"i", "a", "1"}


def enumerators(sentence: str, clause: int = 0, stop: int | None = None) -> list[re.Match]:
    """The enumerators of a clause's parts ("(i)", "(ii)" ...), or [] when it has fewer than two or they start at no first."""
    stop = len(sentence) if stop is None else stop
    if "(" not in sentence[clause:stop]:
        return []
    marks = list(_ENUMERATOR.finditer(sentence, clause, stop))
    return marks if len(marks) >= 2 and marks[0].group("n").lower() in _FIRST else []


def enumerated_parts(sentence: str, clause: int, stop: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each enumerated part of a task clause ((i), (ii) ... or (a), (b) ...: two or more, the first
    numbered one), without the parts that set no task ("(a) That the report be noted"); the clause itself otherwise."""
    marks = enumerators(sentence, clause, stop)
    if not marks:
        return [(clause, stop)]
    parts = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else stop
        text = sentence[m.end():end]
        trimmed = re.sub(r"(?:[\s,;]|\band\b|\bor\b)+$", "", text)
        if trimmed.strip() and not cues.search_folded(NOT_TASK, trimmed):
            parts.append((m.end(), m.end() + len(trimmed)))
    return parts


def introduces(sentence: str) -> bool:
    """Whether a sentence ends in a colon, or a colon and a dash ("... as follows :-"): it introduces
    what follows and sets no task. (Tested apart from NOT_TASK and AGENDA_WORDING: in them it
    would leave them without a cue, see cues.py, and have them tried at every character.)"""
    return sentence.rstrip().removesuffix("-").rstrip().endswith(":")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of a paragraph (abbreviations aside: good enough for tasks)."""
    spans = []
    for m in SENTENCE.finditer(text):
        a, b = m.start(), m.end()
        while a < b and (text[a].isspace() or text[a] in _BULLETS):
            a += 1
        if b - a > 3:
            spans.append((a, b))
    return spans
