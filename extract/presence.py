"""People recorded present or absent in running text, not in an attendance list: "The Chair welcomed
Susan Twemlow to the meeting", "Cllr X and Cllr Y sent apologies", "seconded by Seth Why", "Cllr Nicola
Greene took the Chair", "Katharine Harvey, Service Director, presented the report"."""
from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left

from minutes.extract import cues
from minutes.extract.names import find_people, spaced_initials
from minutes.extract.record import Person, Source
from minutes.ingest.document import Block, Document

# a full stop that ends a sentence in prose, not one of "Mrs." or "Ltd."; after an upper-case word too
# ("... from the NHS. Cllr X sent apologies"), unlike people._SENTENCE_END, where a list's "OBE." or
# "J.P." ends no sentence (one pattern for both loses people on the corpus either way)
# (the full stop comes first and the look-behinds end with it, so that the regex engine scans for "."
# instead of trying the look-behinds at every character: 26 times faster, the same matches)
ABBREVIATIONS = ("Mrs", "Mr", "Dr", "Ms", "Cllr", "Cllrs", "St", "Prof", "Rev", "Revd", "Supt", "Insp", "Sgt", "Ltd", "Co", "Col",
                 "Capt", "Brig")
_FULL_STOP = re.compile(r"\.(?<=[A-Za-z]{2}\.)" + "".join(rf"(?<!\b{word}\.)" for word in ABBREVIATIONS) + r"\s+(?=[A-Z])")

# What records presence or apologies: "The Chair welcomed Susan Twemlow – Assistant
# Director – to the meeting", "X, Head of Y, was welcomed ...", "Cllr X and Cllr Y sent apologies".
# ("... her wish to welcome Cllrs A and B to their first Council meeting")
_WELCOMED = re.compile(r"\b(?:welcomed|welcome|introduced)\b(?P<who>[^.;]{3,250}?)\bto\s+(?:the|this|today['’]s|"
                       r"(?:their|his|her)\s+first(?:\s+[A-Z]\w+)?)\s+meeting", re.I)
# ... or the list after "welcomed the following": "The Chair welcomed the following Parish Councillors – P Dunn, D Rowe
# and the Clerk Nina Smart"
_WELCOMED_LIST = re.compile(r"\bwelcomed\s+the\s+following\b(?:\s+[\w’'-]+){0,3}\s*[:–—-]\s*(?P<who>[^.;]{3,300})", re.I)
# a run of names up to a full stop or a semicolon, past an initial's stop and a title's ("Cllr. J. Ross", "Mrs. Dunn")
_RUN = r"(?:[^.;]|(?<=\b(?-i:[A-Z]))\.|" + "|".join(rf"(?<=\b{t})\." for t in ("Cllr", "Cllrs", "Mr", "Mrs", "Ms", "Dr")) + ")"
# ("Apologies for absence were sent by A (Fixtures Secretary), B";
# "Apologies for inability to attend were reported from A and B"; "apologies had not been received from ... Cllr X",
# "Apologies were not received from A and B":
# an absent member, whom the gold rules record with the apologies)
# (a heading run into the sentence in a flattened page: "Welcome & Apologies for AbsenceApologies were accepted from")
_APOLOGIES_FROM = re.compile(r"(?:\b|(?-i:(?<=[a-z])(?=A)))(?:apolog\w*\s+(?:for\s+(?:absence|inability\s+to\s+attend|non-attendance)\s+)?"
                             r"(?:(?:were|was)\s+(?:not\s+)?|had\s+(?:not\s+)?been\s+|have\s+(?:not\s+)?been\s+)?(?:also\s+)?"
                             r"(?:received|given|sent|submitted|tendered|noted|recorded|accepted|approved|reported|intimated)"
                             r"(?:,?\s+(?:and\s+)?(?:accepted|approved|noted)){0,2}"  # "were received, noted and accepted from"
                             # "Received apologies from", "resolved to accept apologies from", "The Clerk reported apologies from"
                             r"|(?:received|accepted|accept|noted|reported|recorded|intimated|receipt\s+of)\s+(?:the\s+)?apolog\w*(?:\s+for\s+absence)?"
                             r"|there\s+(?:were|was)\s+(?:an\s+)?apolog\w*(?:\s+for\s+absence)?"  # "There were apologies for absence from"
                             # absent with no word: "No message had been received from Cllr X", "No apologies or report had been received from"
                             r"|no\s+(?:apolog\w*|message|word|explanation)(?:\s+(?:or|and)\s+\w+)?\s+(?:had|has|have)\s+been\s+received"
                             r"|apolog(?:ies|y)(?=\s+from\b)"  # no verb: "X took the chair, apologies from A and B, ..."
                             # "the apologies of Councillors A and B were noted", "that the apologies of A be accepted"
                             r"|apolog(?:ies|y)(?=\s+of\s+(?!absence)(?-i:[A-Z])[^.;]{0,200}?\s(?:were|was|be|are|had\s+been|have\s+been)\s+"
                             r"(?:duly\s+)?(?:noted|accepted|received|approved|recorded)\b))"
                             r"(?:\s*,\s*(?-i:[a-z])[a-z ]{2,24},)?"  # an aside: "were received, with consent, from"
                             # (a space lost after "from" in a flattened page: "were received fromMaggie Attewell")
                             r"\s+(?:from|on\s+behalf\s+of|in\s+respect\s+of|by|of|for)(?:\s+|(?<=from)(?-i:(?=[A-Z][a-z])))(?P<who>"
                             + _RUN + r"{3,300})", re.I)
# absent members whose absence is noted, names first: "The absence of A and B was also noted" (not "In the absence of the
# Chair, ...", which says who took the chair, and records no one absent)
_ABSENCE_NOTED = re.compile(r"\bthe\s+absences?\s+of\s+(?P<who>" + _RUN + r"{3,200}?)\s+(?:was|were|had\s+been|has\s+been)\s+"
                            r"(?:also\s+)?(?:noted|recorded)\b", re.I)
# the names after a colon that closes a clause about apologies: "The following officers sent their apologies for
# the meeting: A, B and C", "To note apologies and accept reasons for absence: Cllr A, B and C - reasons accepted"
# (a clause, not a label alone: "Apologies:" is the sections' to read; the names up to a full stop or the paragraph's end)
_APOLOGIES_COLON = re.compile(r"\bapolog(?:ies|y)\b[^.:;]{3,60}:\s*(?P<who>[^.;:]{3,300}?)(?=[.;:]|$)", re.I)
# "Apologies" with no verb, opening a sentence inside a paragraph, then titled names: "The Chair welcomed everyone.
# Apologies Cllr A Bell, Mrs C Dunn." (at a paragraph's start it is a label, which the attendance sections read)
_APOLOGIES_TITLED = re.compile(r"(?<=[a-z)][.;]\s)\s*Apologies\s+(?P<who>(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr)\.?\s+[A-Z]" + _RUN + r"{2,300})")
# a sentence that says the apologies come next, in sentences of their own: "The following Councillors sent their apologies.
# Mr A and Mr B had to attend previous engagements. Mr C due to family bereavement."
_FOLLOWING_SENT = re.compile(r"\bthe\s+following\s+(?:[\w’'-]+\s+){0,2}(?:sent|gave|tendered|offered|submitted)\s+(?:their\s+)?"
                             r"apologies\s*\.", re.I)
# who left the body, in a run of apologies: "A letter of resignation had also been received from Cllr C", "B has resigned"
RESIGNED = re.compile(r"(?i:\b(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:letter\s+of\s+)?resign(?:ations?|ed|s)\b)")
# a person's name right after a verb: "Rob Walker introduced Stephanie Butcher, who ..."
_NAMED = r"(?=(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?-i:[A-Z][a-z]+\s+[A-Z][a-z])|(?:c?cl?lrs|councillors)\.?\s+(?-i:[A-Z][a-z]))"
# A person who acts at the meeting was there: "seconded by Seth Why", "Presentation by CI James
# Sutherland", "Cllr Nicola Greene took the Chair", "ACC Mark Callaghan was attending as ...".
# (the look-ahead holds the branches' first letters, so that the engine enters the branches only at those: 2.3 times faster)
_DONE_BY = re.compile(r"(?=[acdeghilmnoprstw])(?:\b(?:proposed|seconded|nominated|moved|presented|introduced|chaired|led|read\s+out|given|thanked|welcomed|"
                      r"opened|declared|provided|delivered|expressed|raised|attended)\s+by\s*:?\s+(?=\S)|"
                      # "The meeting was called to order at 7:00 p.m. by Chairman X": the one who opened it was there
                      r"\bcalled\s+to\s+order(?:\s+at\s+[\d:.]+\s*(?:[ap]\.?m\.?)?)?\s+by\s+(?=\S)|"
                      r"\b(?:received|heard|was\s+given|were\s+given)\s+(?:a|an)\s+(?:\w+\s+)?(?:presentation|talk|briefing)\s+from\s+(?=\S)|"
                      r"\bintroduced\s+" + _NAMED + r"|"
                      r"\b(?:also\s+)?welcomed\s+(?:back\s+)?" + _NAMED + r"|"  # "The Chair welcomed Emma Margrett and thanked her"
                      r"\bdeclarations?\s+of\s+(?:\w+\s+)?interests?\s+(?:were|was)\s+(?:made|given)\s+by\s+(?=\S)|"
                      r"\bminutes\s+(?:were\s+)?(?:taken|recorded)(?:\s+and\s+transcribed)?\s+by\s+(?=\S)"  # the minute taker was there
                      r")|^.{0,80}\bpresentation\s+by\s+(?=\S)(?=.{0,60}$)", re.I)  # the latter in an item's title only
# what a person does right after their name; each act starts with its own letter, so that
# cues.alternation groups them by it (twice as fast as the flat list, the same matches)
_ACTS = (r"presented", r"reported", r"explained", r"proposed", r"seconded", r"moved", r"outlined", r"summarised", r"summarized",
         r"introduced\s+(?:the|a|an|his|her|" + _NAMED + r")", r"took\s+the\s+chair", r"thereupon\s+took\s+the\s+(?:vice[- ])?chair", r"chaired\s+the",
         r"opened\s+the\s+(?:\w+\s+)?meeting", r"presiding\b", r"presided(?:\s+over\s+the\s+meeting)?(?=\s*[.,;]|\s+and\b)", r"gave\s+(?:a|an|the)\s+(?:presentation|update|report|overview)",
         r"was\s+attending", r"were\s+attending", r"attended\s+as", r"attended(?=\s*(?:[.,;]|and\b))",
         r"gave\s+(?:his|her|their)\s+(?:\w+\s+)?(?:presentation|update|report)",
         r"addressed\s+the\s+(?:meeting|council|committee|board|panel)", r"spoke\s+(?:about|on|to|in)\b",
         r"raised\s+(?:the\s+(?:issue|matter|question)|concerns?|a\s+(?:concern|question|query))", r"declared\b",
         r"would\s+(?:each\s+)?be\s+declaring\s+(?:a|an|their|his|her)\b", r"declaring\s+(?:a|an|their|his|her)\b",
         r"welcomed\b", r"introduced\s+(?:themselves|himself|herself)", r"updated\s+(?:the|members)",
         r"informed\s+(?:the|members)", r"advised\s+(?:the|members|that)", r"thanked\s+(?:the|members|everyone|all)",
         r"invited\s+(?:the|members)", r"provided\s+(?:a|an|the)\s+(?:verbal\s+|brief\s+|written\s+)?(?:update|overview|presentation|report)",
         r"commented", r"stated", r"said\s+that", r"responded", r"confirmed", r"highlighted", r"noted\s+that", r"remarked",
         r"voiced", r"expressed\s+(?:(?:his|her|their|the)\s+)?(?:\w+\s+)?(?:thanks|concerns?|appreciation|gratitude)", r"queried", r"asked\s+(?:whether|if|about|for|why|what|how|when)", r"requested\s+(?:that|a|an|the)\b",
         r"suggested\s+(?:that|a|an|the)\b", r"volunteered",
         # a speaker's other turns: "Cllr X referred to the report", "Mr Y made a general point", "Z answered questions"
         # (not "X, this has been referred to")
         r"referred\s+to\b(?<!been\sreferred\sto)", r"indicated\s+that", r"reminded\s+(?:the|members|everyone|all|councillors)\b", r"re-?iterated",
         r"made\s+(?:a|the)\s+(?:\w+\s+)?point", r"answered\s+(?:(?:a|the|many|several|some|all|two|three)\s+)?questions?",
         r"gave\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:talk|example|explanation)\b",
         r"asked\s+(?:a|two|three|several|some|further|many)\s+(?:\w+\s+)?questions?", r"raised\s+(?:a|two|three|several|some)\s+points?\b",
         r"drew\s+(?:(?:the\s+)?[\w’'-]+\s+)?attention\b", r"took\s+(?:the\s+)?(?:board|committee|panel|group|members|meeting)\s+through")
_ACTED = re.compile(r"\s(?<=\S\s)\s*(?:" + cues.alternation(_ACTS, escape=False) + r")\b", re.I)
_PRESENT_PHRASE = re.compile(  # (the look-ahead: the letters its branches start with, so that the engine enters them only there)
    r"(?=[aAcCdDgGiImMpPsStTwW])(?:\binvited\s+(?P<who>[^.;]{3,90}?)\s+to\s+(?:introduce|present|speak|address|give|update|report|outline|explain|talk|lead)\b|"
    r"\b[Tt]he\s+(?:Chair(?:man|person)?|Vice[- ]Chair(?:man)?|Mayor|Clerk),\s+(?P<who2>[^,;.]{3,60}),|"
    r"\battended\b[^.]{0,80}?\bwere\s+(?P<who3>[^.;]{3,250})|"
    # "Also in attendance were ...", "Also in attendance for part of the meeting was ...", "Also present at the meeting were"
    # (an initial's stop goes on, in these as in the last: "Also present was Sean M. Owen")
    r"\b(?i:also\s+(?:attending|present|in\s+attendance)(?:\s+(?:at|for|during)\s+[^.;,]{1,40}?)?\s+(?:were|was))\s+(?P<who4>" + _RUN + r"{3,250})|"
    r"\b(?i:(?:meeting|it)\s+was\s+(?:also\s+)?attended\s+by)\s+(?P<who5>" + _RUN + r"{3,300})|"  # "The meeting was attended by A, B and C"
    # "Present were A, B and C", "Those present were ...", "The committee members present were A (Chairman), B and C"
    # ("Selectmen present included A, B and C", "Those present included ...", "Those in attendance were A, B and C")
    # "The following directors (constituting a quorum) were present at the meeting: President A, Secretary B, ..."
    # (not "when there were present: Councillors ...": a label, which the attendance sections read)
    r"\b(?i:(?:were|was)\s+(?:also\s+)?present\s+at\s+(?:the|this)\s+meeting)\s*:\s*(?P<who7>" + _RUN + r"{3,300})|"
    r"(?<![\w-])(?i:(?:(?:members|councillors|trustees|directors|governors|selectmen|commissioners|supervisors|those)\s+)?(?:present|in\s+attendance)"
    r"(?:\s+in\s+the\s+audience)?\s+(?:were|included))\s+(?P<who6>(?-i:[A-Z]" + _RUN + r"{2,300})))")  # ("Philip J., ...")
_SUBSTITUTE_FOR = re.compile(r"\s+(?:(?:had\s+been\s+|has\s+been\s+|was\s+)?(?:appointed\s+|attending\s+|present\s+)?as\s+(?:a\s+|the\s+)?"
                             r"substitute(?:\s+member)?|(?:was\s+)?(?:substituted|substituting|deputised|deputising))\s+for\s+", re.I)
SUBJECT_VERB = re.compile(r"\b(?P<verb>(?:was|were)\s+(?:also\s+)?(?:welcomed|introduced|in\s+attendance|present)"
                          r"(?!\s+(?:at|for)\s+(?:the\s+)?(?:last|previous|prior)\b)|"  # not "were present at the previous meeting"
                           r"(?:was|were)\s+absent(?!\s+from\s+(?:the\s+)?(?:last|previous))|in\s+the\s+chair\b|"
                           r"(?:was|were)\s+(?:unable|not\s+able)\s+to\s+(?:attend|be\s+present)|did\s+not\s+attend\b|"
                           r"(?:was|were)\s+(?:both\s+|all\s+)?(?:unwell|on\s+holiday)\b|"  # "Cllr X and Y were both on holiday"
                           r"apologi[sz]ed\s+for\s+(?:(?:his|her|their)\s+)?(?:absence|non-attendance|not\s+attending)|"
                           r"(?:joined|entered|attended|left)\s+the\s+meeting|attended\s+(?:in|on\s+behalf|for)\b|"
                           r"arrived\s+(?:at|during|late)\b|took\s+the\s+minutes|(?:would|will)\s+be\s+(?:arriving\s+)?late\b|"
                           r"(?:was|would\s+be)\s+(?:(?:elected|appointed)\s+(?:as\s+)?)?(?:the\s+)?(?:vice[- ])?chair(?:man|person)?\s+for\s+(?:the\s+purposes\s+of\s+)?(?:the|this)\s+meeting|"
                           r"['’]s\s+apologies\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:received|noted|accepted|given|tendered)|"  # "Cllr X’s apologies were noted"
                           r"(?:(?:had|has|have)\s+)?(?:sent|sends|gave|given|tendered|submitted|offered|relayed|conveyed)\s+(?:(?:his|her|their)\s+)?apologies"
                           r"(?!\s+(?:from|on\s+behalf\s+of)\b))\b")  # "X gave apologies from Y": Y sent them
# (SUBJECT_VERB is written in lower case and searched in the folded text: cues.finditer_folded, 2-3 times faster)
# who reports a presence or an absence, before the clause that records it: "Councillor A noted that Councillors B and C were absent"
_REPORTED = re.compile(r"\b(?:noted|reported|said|stated|confirmed|advised|explained|announced|informed\s+(?:the\s+)?\w+)\s+that\s+", re.I)
# (not the apology's own verb after its names: "Apologies from Cllr A were received and accepted")
_CLAUSE_VERB = re.compile(r"\s(?:attended|was|were|is|are|had|has|would|will|joined|arrived|substituted|substituting|deputised|"
                          r"deputising|replaced|sat|acted)\b(?!\s+(?:(?:also|duly)\s+)?(?:received|noted|accepted|tendered|submitted)\b)")
_LATE = re.compile(r"\s+for\s+(?:(?:his|her|their|being|arriving)\s+)?(?:late(?:\s+arrival)?|lateness|arriving\s+late|"
                   r"(?:leaving|departing)\s+early|early\s+departure)\b", re.I)
# the messenger who passes on someone's apologies was there: "PC X gave apologies from Sergeant Y"
# ("Mr N. Ormsby proffered the apologies of Mr P. Quennell": past an initial's stop, as _RUN reads)
_PASSED_ON = re.compile(r"\b(?:gave|passed\s+on|conveyed|relayed|offered|proffered|presented)\s+(?:the\s+)?apologies\s+"
                        r"(?:from|on\s+behalf\s+of|of)\s+(?P<who>" + _RUN + r"{3,200})", re.I)


# the words that can record presence or apologies, looked for in the lower-cased text by the cue words' pass
# (cues.holds_any), as are "by" and "late", which count only as whole words (_BY_LATE)
_PRESENCE_WORDS = frozenset(("welcom", "introduc", "apolog", "attend", "joined", "substitut", "invited", "present", "report", "explain",
                   "propos", "second", "moved", "outlined", "summari", "took", "chair", "gave", "declar", "updated", "informed",
                   "advised", "thanked", "comment", "stated", "respond", "confirm", "highlight", "noted", "entered", "opened",
                   "arrived", "left", "said", "nominat", "remark", "voiced", "queried", "asked", "requested", "suggested",
                   "volunteered", "absent", "unable", "address", "spoke", "raised", "drew", "presid", "express", "provid",
                   "referred", "indicated", "remind", "iterated", "point", "answer"))
_BY_LATE = re.compile(r"\b(?:by|late)\b")
_BY_OR_LATE = frozenset(("by", "late"))


# a speaker's name before what they said, at a paragraph's start: "Mrs Evans: No agenda on the notice board this time."
_SPEAKER = re.compile(r"(?P<who>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s+)?[A-Z][\w’'-]+)\s*:\s+(?=[A-Z][\w’']*(?:\s+[\w’',]+){3})")


def _may_record_presence(text: str) -> bool:
    """Whether ``text`` holds a word that records presence or apologies (in the lower-cased text)."""
    return cues.holds_any(text, _PRESENCE_WORDS) or cues.holds_any(text, _BY_OR_LATE) \
        and _BY_LATE.search(cues.folded(text)) is not None


def sentence_people(doc: Document, blocks: list[Block]) -> list[Person]:
    """People recorded present or sending apologies in running text, found by the name finder in
    the words a welcome or an apology names. Status "arrived": present, though they may be listed
    among the apologies ("X arrived at 8pm", "X sent apologies for his late arrival")."""
    people: list[Person] = []
    for block in blocks:
        speaker = _SPEAKER.match(block.text) if block.text[:1] in "MD" and block.kind in ("paragraph", "list_item") else None
        if speaker:  # "Mrs Evans: No agenda on the notice board.": a member of the public who spoke was there
            people += [Person(name=m.name, source=Source.of(doc, block.start + m.quote_start, block.start + m.end), status="present",
                              role=m.title or None) for m in find_people(speaker.group("who"))[:1]]
        table = block.kind == "table_row"  # a cell's sentence: "| Participants | A, B. Apologies received from C. |"
        if block.kind not in ("paragraph", "list_item", "heading") and not table or not _may_record_presence(block.text):
            continue
        spans = [] if table else [(m.start("who"), m.end("who"), "present") for pattern in (_WELCOMED, _WELCOMED_LIST)
                 for m in cues.finditer(pattern, block.text)]
        for m in cues.finditer(_APOLOGIES_FROM, block.text):  # up to a clause of its own: "... and Cllr B attended as substitute"
            verb = _CLAUSE_VERB.search(block.text, m.start("who"), m.end("who"))
            spans.append((m.start("who"), verb.start(), "apologies-before-clause") if verb else (m.start("who"), m.end("who"), "apologies"))
        if not table:  # (in a table row, only the apology's own wording: the rest is a table's, not prose)
            for m in cues.finditer(_APOLOGIES_COLON, block.text):  # up to a resignation: "Apologies: A, B, A letter of resignation from C"
                left = RESIGNED.search(block.text, m.start("who"), m.end("who"))
                spans.append((m.start("who"), left.start() if left else m.end("who"), "apologies"))
            spans += [(m.start("who"), m.end("who"), "apologies") for m in cues.finditer(_APOLOGIES_TITLED, block.text)]
            spans += [(m.start("who"), m.end("who"), "apologies") for m in cues.finditer(_ABSENCE_NOTED, block.text)]
            for m in cues.finditer(_FOLLOWING_SENT, block.text):  # the names that open each sentence after it, while they do
                starts = [s for s in _sentence_starts(block.text) if s >= m.end()] + [len(block.text)]
                for a, b in zip(starts, starts[1:]):
                    if not any(p.quote_start <= 1 for p in find_people(block.text[a:b])[:1]):
                        break
                    spans.append((a, b, "absent"))
            for m in cues.finditer(_PASSED_ON, block.text):
                spans += [(sentence_start(block.text, m.start()), m.start(), "subject"), (m.start("who"), m.end("who"), "absent")]
            for m in cues.finditer_folded(SUBJECT_VERB, block.text):
                begins = sentence_start(block.text, m.start())
                verb = block.text[m.start("verb"):m.end("verb")].lower()
                late = "arrived" in verb or _LATE.match(block.text, m.end())  # "X sent apologies for his late arrival": X came
                status = "late" if late else "apologies" if re.search(r"apolog|absent|unable|not|unwell|holiday", verb) else "present"
                reported = [r.end() for r in _REPORTED.finditer(block.text, begins, m.start())]
                begins = reported[-1] if reported else begins  # "Cllr A noted that Cllrs B and C were absent": not A
                if status == "present":  # "..., apologies from A and B, all other members were present": not A and B
                    begins = max([begins] + [end for start, end, kind in spans if kind.startswith("apologies") and begins <= start < m.start()])
                spans.append((begins, m.start(), status))
            spans += [(m.end(), _by_end(block.text, m.end()), "by") for m in cues.finditer(_DONE_BY, block.text)]
            spans += [(m.start(m.lastgroup), m.end(m.lastgroup), "present") for m in cues.finditer(_PRESENT_PHRASE, block.text)]
            for m in cues.finditer(_SUBSTITUTE_FOR, block.text):  # "Cllr H Kane had been appointed as substitute for Cllr P Stalker"
                spans.append((sentence_start(block.text, m.start()), m.start(), "subject"))
                spans.append((m.end(), min(m.end() + 60, len(block.text)), "absent"))
            spans += [(sentence_start(block.text, m.start()), m.start(), "subject")
                      for m in cues.finditer(_ACTED, block.text)]
        for start, end, status in spans:
            mentions = find_people(block.text[start:end])
            if status in ("present", "by"):  # not "welcomed Councillor A’s youth adviser": the one welcomed is A's adviser
                mentions = [m for m in mentions if not _POSSESSIVE.match(block.text, start + m.end - 2)]
            if status == "apologies-before-clause":  # the name right before the clause's verb is its subject
                text = block.text[start:end]
                mentions, status = [m for m in mentions if text[m.end:].strip()], "apologies"
            if status in ("by", "absent"):  # "seconded by Seth Why", "presentation by A and B": the names right after
                text = block.text[start:end]
                chained = [m for k, m in enumerate(mentions) if k == 0 and (m.quote_start <= 1 or _POST_BEFORE.fullmatch(text[:m.quote_start]))
                           or k > 0 and _CHAINED_PAST.fullmatch(text[mentions[k - 1].end:m.quote_start])]
                mentions = list(itertools.takewhile(lambda m: m in chained, mentions))
                status = "apologies" if status == "absent" else "present"
            elif status in ("subject", "late"):  # "Cllr X (Chair) presented ...", "PC A and B introduced": the names right before the verb
                text = block.text[start:end]
                last = [k for k in range(len(mentions)) if k == len(mentions) - 1 and _ends_subject(text[mentions[k].end:])]
                while last and last[0] > 0 and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*",
                                                            text[mentions[last[0] - 1].end:mentions[last[0]].quote_start]):
                    last.insert(0, last[0] - 1)
                mentions, status = [mentions[k] for k in last], "arrived" if status == "late" else "present"
            for mention in mentions:
                a, b = block.start + start + mention.quote_start, block.start + start + mention.end
                role = mention.title or None
                people.append(Person(name=mention.name, source=Source.of(doc, a, b), status=status, role=role))
    return sorted(people, key=lambda p: p.source.start)


# what stands between two names chained after "by" or "welcomed": a separator, or one two-word name the finder
# does not read between two commas ("welcomed councillors A, B, Kath Hamilton, C and D": the list goes on past it)
_CHAINED_PAST = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:[A-Z][a-z]+\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s*(?:,|,?\s*and|&)\s*)?")
_POSSESSIVE = re.compile(r"[’']s\s+[a-z]")  # a name's possessive before a noun: "Cllr A’s adviser"
_BY_RUN = re.compile(_RUN + r"{0,300}")


def _by_end(text: str, start: int) -> int:
    """Where the names after "seconded by", "welcomed" ... may end: 80 characters on, or further to the sentence's
    end ("The chairman welcomed councillors A, B, C, D, E, F and G.": a long run; only the names chained from
    the first are read)."""
    return max(min(start + 80, len(text)), _BY_RUN.match(text, start).end())


# a post written before the name the finder reads: "called to order by Chairman Ira Wood", "seconded by the Mayor Jo Bell"
_POST_BEFORE = re.compile(r"\s?(?:the\s+)?(?:(?:Vice[- ])?Chair(?:man|woman|person)?|Mayor|Clerk|President|Secretary|Treasurer)\s+")


_INITIALS_RUN = re.compile(r"(?-i:[A-Z]{2,4})(?:\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s)\s*(?-i:[A-Z]{2,4}))*\b")


def apologies_by_initials(blocks: list[Block]) -> list[tuple[str, int, int]]:
    """Initials an apology sentence names instead of names ("apologies from SF, HC and AW"): each
    with its start and end in the document text, for the caller to resolve against those listed."""
    found = []
    for block in blocks:
        if block.kind not in ("paragraph", "list_item"):
            continue
        for m in cues.finditer(_APOLOGIES_FROM, block.text):
            run = _INITIALS_RUN.match(block.text, m.start("who"))
            if run:
                found += [(t.group(), block.start + t.start(), block.start + t.end())
                          for t in re.finditer(r"[A-Z]{2,4}", block.text[:run.end()]) if t.start() >= run.start()]
    return found


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last full stop that ends a sentence
    (not the one of "Mrs." or of initials such as "M.C.")."""
    ends = _sentence_starts(text)
    return ends[max(bisect_left(ends, pos) - 1, 0)]  # the last before ``pos`` (a full stop's match ends at the next capital)


@functools.lru_cache(maxsize=16)  # asked again and again for the verbs of one block
def _sentence_starts(text: str) -> tuple[int, ...]:
    """0 and where each sentence of ``text`` after the first starts."""
    return (0, *(m.end() for m in _FULL_STOP.finditer(text)))


def _ends_subject(between: str) -> bool:
    """Whether the words between a name and a verb leave the name the verb's subject: nothing, a
    parenthesis, an apposition between commas ("Katharine Harvey, Service Director ..., was") or a chair's
    role ("Dr X Vice Chair chaired the meeting")."""
    between = re.sub(r"\([^()]*\)", "", between).strip()
    return not between or between.startswith(",") and (between.endswith(",") and len(between) < 90 or
                                                        len(between) < 70 and not re.search(r"[,;:.]", between[1:])) \
        or bool(re.fullmatch(r"(?:also|then|first|firstly|further|subsequently|briefly|all|both|(?i:(?:vice[- ]?)?chair(?:man|person)?))", between)) \
        or bool(_APPOSITION.fullmatch(between))
    # the last: "Natalie Green from the British Transport Police (BTP) introduced themselves", "Paul Bell of Bell Estate
    # Agents, Westbury, presented ...", "Ann Cole, Executive Director, Business Delivery provided the update"


_CAPITALISED_RUN = r"[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|for|the))*"
_APPOSITION = re.compile(r"(?:from|of)\s+(?:the\s+)?" + _CAPITALISED_RUN + r"(?:,\s*" + _CAPITALISED_RUN + r")?,?"
                         r"|(?:,\s*" + _CAPITALISED_RUN + r"){2,3}")


def same_person(a: str, b: str) -> bool:
    """Whether two written names can be one person: equal, or same surname and first initial (an initial's stop
    parts words too: "A.Jones" is "A. Jones")."""
    x, y = (spaced_initials(name.lower()).split() for name in (a, b))
    return x == y or x[-1] == y[-1] and (x[0][0] == y[0][0] or len(x) == 1 or len(y) == 1)  # "Cull" is "J M Cull"
