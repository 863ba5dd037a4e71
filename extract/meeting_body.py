"""The meeting's body (who met: "Ashby Parish Council", "Planning Committee") found in the heading region or the
opening prose, and cleaned of the words around it in a title (kind of meeting, dates, times, page furniture).

Read by the ``meeting`` component (extract/meeting.py), which also reads the heading patterns shared by the date and
the body (``MEETING_TITLE``, ``EARLIER_MINUTES``, ``MEETING_OF_HELD`` ...) from here.
"""
from __future__ import annotations

import dataclasses
import re

from minutes.extract.blocks import attendance_label
from minutes.extract.dates import MONTHS, WEEKDAYS, find_dates, find_time_ranges
from minutes.extract.indicators import PREFIXES
from minutes.extract.names import find_people
from minutes.ingest.document import Block, Document

BODY_NOUNS = ("partnership|board|council|committee|panel|group|forum|trust|executive|cabinet|commission|"
              "authority|network|alliance|assembly|team|service|services|body")
# the meeting of a parish's electors, named by its own words: "Annual Parish Meeting", "Annual Meeting of the Parish",
# "Annual Parish Meeting of Electors" (not a meeting of a body called "Parish" or "Electors")
_ELECTORS = (r"(?:the\s+)?(?:parish|town|village|electors)\b(?!\s+(?:[\w'’-]+\s+)?(?:" + BODY_NOUNS
             + r"|hall|meeting|plan)\b|\s+of\b)")  # not "the Parish Council", "the Town Team", "the Parish of St Ann"
_ELECTORS_MEETING = r"(?:parish|town|village|residents['’]?)\s+meeting|meeting\s+of\s+" + _ELECTORS
# a meeting's number between "Meeting" and "of": "Minutes of Parish Council Meeting (No 328) of X Parish Council"
_MEETING_NUMBER = r"(?:\s+\(?no\.?\s*\d{1,4}\)?)?"
MINUTES_OF = re.compile(r"^\s*(?:the\s+)?(?:draft\s+|confirmed\s+|un-?confirmed\s+|un-?approved\s+|approved\s+|signed\s+|provisional\s+)?"
                        r"(?:minutes?|notes?|action\s+notes|summary|record)(?!\s+book\b)(?:\s+of\s+(?:the\s+)?proceedings(?:\s+of)?)?"
                        r"(?:\s*(?:/|and|&)\s*action\s+(?:points|notes|log))?\s+(?:(?:of|for|from)\s+)?(?:(?:a|an|the)\s+)?"
                        r"(?:(?:most\s+)?recent\s+|latest\s+)?"  # a web page's "Minutes of most recent Community Council Meeting"
                        r"(?:(?:[A-Za-z-]+\s+){0,3}?meeting" + _MEETING_NUMBER + r"\s+(?:of|from)\s+(?!" + _ELECTORS + r"))?(?:the\s+)?",
                        re.I)
_BODY_LABEL = re.compile(r"^(meeting|committee|body|board|panel|meeting of|name of (?:the )?meeting)\s*:?\s*$", re.I)
BODY_INLINE = re.compile(r"^(?:meeting(?:\s+title)?|committee|decision\s+maker|name\s+of\s+(?:the\s+)?meeting)\s*:\s*(?P<body>.+)$",
                         re.I)
# where the title's body ends: "X held on", "X Meeting that was held", "X on Monday"; not "LEIGH ON MENDIP PARISH COUNCIL"
_PLACE_GOES_ON = r"(?!\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+(?:parish|town|city|district|borough|county|community|village)\b)"
# "X on 5 May", "X on Monday", "X on the 3rd"; not "Standing Advisory Council on Religious Education"
_ON_A_DATE = (r"on(?=\s*$|\s+(?:the\s+)?(?:\d|(?i:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + "|"
              + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b))")
_HELD = re.compile(r"\s*(?:,\s*)?(?<![\w-])(?:(?:(?:that|which)\s+)?(?:was|were|is|will\s+be)\s+|to\s+be\s+)?"
                   # "X Meeting held on": not the "Annual Parish Meeting" (of the electors: "Meeting" is its name)
                   r"(held|(?:(?:which|that)\s+)?took\s+place|(?<!parish )(?<!town )(?<!village )(?<!residents )(?<!residents' )(?<!residents’ )meeting held|" + _ON_A_DATE + r"|at" + _PLACE_GOES_ON + r"|dated?)(?![\w-]).*$|"
                   r"\s*\bminutes\b\s*$|\s*[-–—,:]\s*$", re.I)
_GENERIC_TITLE = re.compile(r"^\s*(agenda|minutes?|agenda and minutes|meeting|minutes\s*of\s+(?:the\s+)?meeting|draft minutes?|page\s+\d+|"
                            r"notes? of (?:the\s+)?meeting|meeting held on|(?:summary\s+)?action\s+(?:notes|points|log|sheet|list|summary)|"
                            r"meeting documents|skip to (main )?content|"
                            r"(committee|council|board|panel|meeting) minutes|agenda,? decisions and minutes|"
                            r"agenda and draft minutes|issue - meetings|issue - decisions|decision details|agenda item|"
                            r"(?:the\s+)?(?:previous|last)\s+meeting|"
                            # the standing items of an agenda: an item's title, never the body
                            r"matters\s+arising|apologies(?:\s+for\s+absence)?|declarations?\s+of\s+interests?|"
                            r"any\s+other\s+business|a\.?o\.?b\.?|chair(?:man)?['’]?s?\s+(?:introduction|announcements|report)|"
                            r"welcome(?:\s+and\s+introductions)?|date\s+of\s+(?:the\s+)?next\s+meeting|"
                            r"public\s+(?:participation|questions|forum)|"
                            r"resolved|resolutions?|agreed|noted)\s*:?\s*[-–]?\s*$", re.I)  # a decision's word over its text
# words of a page's furniture: a "body" made only of them names nothing ("Agenda and Meeting Minutes", "No. Item": a table
# of items' header, "Minutes of the Meeting of the Members", "Our AGM was held", a page's "Meeting Summary")
_FURNITURE = {"agenda", "and", "meeting", "meetings", "minutes", "minute", "mins", "cofnodion", "notes", "of", "the", "draft", "papers",
              "documents", "item", "items", "template", "views", "mtg", "document", "note", "none", "nil", "n/a", "tbc", "&", "no.",
              "approved", "confirmed", "unconfirmed", "unapproved", "signed", "provisional", "summary", "members", "our",
              # "Minutes of Proceedings" over the session's rows, a blog's "Report of Our AGM", a table's header "Minute
              # AGENDA ITEMS Action"
              "proceedings", "report", "action", "actions", "session",  # "Session: 2014/2015"
              # a web page's "Draft Minutes of recent meeting & Agenda for next", a document host's "Transcription"
              "recent", "latest", "next", "for", "transcription", "category",  # a blog's "Category: Minutes"
              # a site's menu and links kept above the text: "top of page", "Search", "Home", "Menu", "Print", "Share"
              "top", "page", "search", "home", "menu", "print", "share",
              "view", "from"}  # a site's link to the file: "View the minutes from <date>"
_KIND_WORDS = {"annual", "general", "ordinary", "extraordinary", "extra", "special", "full", "main", "monthly", "public", "open",
               "regular", "quarterly", "emergency", "inaugural", "agm", "egm", "statutory",
               # "X Minutes of first Annual General Meeting", "Fourth AGM Minutes"
               "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
# kinds of meeting in lower case before a name in capitals ("the monthly Parish Council Meeting")
_LOWER_KINDS = re.compile(r"^(?:(?:" + "|".join(sorted(_KIND_WORDS)) + r")\s+)+(?=[A-Z])")
_MONTH_NAMES = "|".join(name for name in MONTHS if len(name) > 3 or name == "may")
_SMALL = {"of", "and", "the", "for", "in", "on", "to", "a", "an", "&"}


# a line that names the meeting, whose date beats a bare date line above it (a web page's posting date)
MEETING_TITLE = re.compile(r"\b(?:minutes?|meeting\s+(?:held|of)|held\s+(?:on|at|in))\b", re.I)
# earlier minutes approved, or an item "(3) Minutes of Meeting held on ...", "1Minutes of ..." (the earlier meeting's)
EARLIER_MINUTES = re.compile(r"^\s*\(?(?:\d{1,3}|[ivx]{1,4})(?:[.)]\s*|\s+|(?=M))(?:the\s+)?minutes\s+of\b|"
                             r"\b(?:minutes?|notes)\s+(?:of|from)\b.{0,120}\b(?:previous|last(?!\s+(?:updated|modified|edited))|correct\s+record|true\s+record|accurate\s+record|"
                             r"taken\s+as\s+read|previously\s+circulated|copy\s+attached|to\s+confirm|to\s+consider|"
                             r"(?:were|was)\s+(?:read|agreed|approved|confirmed|signed|accepted|submitted|received|presented|considered|noted|found|summari[sz]ed))\b|"
                             # ... "To approve, and sign as a correct record the Minutes of the meeting of X held on <date>"
                             r"\b(?:to\s+)?(?:confirm|consider|approve|agree|receive(?:\s+and\s+note)?|note)(?:,?\s+and\s+sign)?\s+"
                             r"(?:as\s+a\s+(?:correct|true)\s+record\s+)?"
                             r"the\s+(?:(?:public|non-public|draft|confidential)\s+)?minutes\s+(?:and\s+\w+\s+)?of\b|"
                             r"\b(?:approval|confirmation|adoption)\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?minutes\b|"
                             # the standing item on the last meeting: "1 / Minutes & Matters arising 18th February 2016"
                             r"\bminutes\s+(?:and|&)\s+matters\s+arising\b|"
                             r"\bminutes\s+of\s+the\s+meetings?\s+held\s+on\b.{0,60}(?<!\bto )\bbe\s+(?:confirmed|approved|agreed|signed|received|accepted)",
                             re.I)
# the body named in the sentence that opens the minutes, wherever the line breaks fall, or in a line that opens
# with it ("Meeting of the X Committee held on 26/11/2007" over a report to it); "... that was held"
# (the words before "meeting" never run across "Minutes": "ASHBY PARISH COUNCIL Minutes of Meeting of the Parish Council held"
# opens its title at "Minutes", after the letterhead; two meetings held together: "the Annual Meeting and the Ordinary
# Meeting of X held on")
MEETING_OF_HELD = re.compile(r"(?:\b(?:minutes\s+of(?:\s+(?:a|an|the))?|at\s+(?:a|an|the))\s+|^\s*)(?:(?!meeting\b|minutes\b)[A-Za-z-]+\s+){0,6}?meeting"
                             r"(?:\s+(?:and|&)\s+(?:the\s+)?(?:(?!meeting\b)[A-Za-z-]+\s+){0,4}?meeting)?" + _MEETING_NUMBER + r"\s+of\s+"
                             r"(?!" + _ELECTORS + r")(?:the\s+)?"
                             r"(?P<body>[A-Z][^.;:()]{2,120}?)(?<!\swas)(?<!\swere)\s+(?:(?:(?:that|which)\s+)?(?:was|were)\s+)?held\b", re.I)
ITEM_PAGE = re.compile(r"^\s*(?:agenda\s+item|issue\s+-\s+(?:decisions|meetings)|decision\s+details)\s*$", re.I)
# "1.", "Item 4", a minute reference "23-24/FRA/2" on a line of its own: the next line is that item's title
_ITEM_NUMBER_ONLY = re.compile(r"^\s*(?:item\s+)?(?:\d{1,3}[a-z]?\.?|(?=[\w/.-]*\d)[A-Za-z0-9]+(?:[/.-][A-Za-z0-9]+){2,})\s*$", re.I)
# a letterhead's contact line under the body's name: a web or mail address, a telephone number, the clerk's
# signature, a web page's venue and contact rows
_CONTACT = re.compile(r"^\s*(?:clerk|secretary|proper\s+officer)(?:\s+to\s+the\b|\s*:)|^\s*(?:venue|contact|address|location)\s*:|"
                      r"^\s*location\s+of\s+(?:the\s+)?meeting\s*:|\bwww\.|\S@\S|\[email\s+protected\]|\.(?:org|gov|com|co|net)(?:\.uk)?\b|\b(?:tel|telephone|email|e-mail)\b|"
                      r"(?<!\d)(?<!charity\s)(?<!no\.\s)(?<!number\s)\d{5}|"  # not a registered charity's number
                      r"(?-i:\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)|"  # an address's postcode ("12 High Street, Ashby, AB1 2CD")
                      # a street address's line: a house's number, the street's name and its kind ("5 Mill Way", "12a Elm Close")
                      r"^\s*\d{1,4}[a-z]?,?\s+(?-i:(?:[A-Z][\w'’-]*\s+){1,3}(?:Road|Street|Lane|Avenue|Way|Close|Drive|Crescent|"
                      r"Gardens|Terrace|Grove|Place|Court|Square|Walk|Row|Rise|Mews|Hill|Green|Park))\b", re.I)
# a paper's own lines, never the meeting's body: its title ("LAA PERFORMANCE MANAGEMENT REPORT"), an indicator's
# row ("NI 87 Secondary PA rate"), a bracketed note ("[Wards Affected: All]")
_PAPER_LINE = re.compile(r"\breport\s*$|^\s*\[[^\]]*\]\s*$|^\s*(?-i:" + "|".join(PREFIXES) + r")\s?\d", re.I)
# a row's label alone on its line, its value on the next: "Date:" over "Tuesday 17 February 2004"
_LABEL_ONLY = re.compile(r"^\s*(?:date|time|venue|location|place|where|when)(?:\s+of\s+(?:the\s+)?meeting)?\s*:\s*$", re.I)
# a lettered or roman-numbered sub-item, "a) Planning Committee 4 October 2021", "(ii) To consider ...": never the title
# how far into a line its title reaches: a whole page read as one line ("MINUTES OF THE COUNCIL MEETING HELD ON ...
# Present: ... 3. TO APPROVE THE MINUTES OF ...") approves the earlier minutes after it, not in it
_TITLE_SPAN = 300
SUBITEM = re.compile(r"^\s*\(?(?:[a-z]|[ivx]{1,4})\)\s")


def dates_a_meeting(text: str) -> bool:
    """Whether ``text`` is a line that dates a meeting, where "18.04.19" is a date: a title naming the minutes or the
    meeting held, or a short line naming a meeting ("Annual Parish Meeting 18.04.19.")."""
    return bool(MEETING_TITLE.search(text) or len(text) <= 80 and re.search(r"\bmeeting\b", text, re.I))


def heading_body(region: list[Block], date_block: Block | None) -> str | None:
    """The body the heading names (None when its only noun is a kind of meeting: see ``_kind_of_meeting``)."""
    body = _titled_body(region, date_block)
    return None if body and _kind_of_meeting(body, region) else body


# the nouns a club, a company or a school names its own meetings by: "Committee Meeting", "Board Meeting"
_MEETING_KIND_NOUNS = ("committee", "board", "group", "team")


def _kind_of_meeting(body: str, region: list[Block]) -> bool:
    """Whether ``body`` is a bare noun the heading's titles give only as a kind of meeting, never as "the X": "Minutes of
    Committee Meeting", "Board Meeting – 5 May 2020" name no body (not "Minutes of the Committee Meeting", "a meeting of
    the Board"; a parish's "Council" is its council either way)."""
    if body.lower() not in _MEETING_KIND_NOUNS:
        return False
    the_noun = re.compile(r"\bthe\s+" + body + r"\b", re.I)
    return not any(the_noun.search(block.text, 0, _TITLE_SPAN) for block in region if len(block.text) <= 200)


def _titled_body(region: list[Block], date_block: Block | None) -> str | None:
    """The body named by the heading's titles, its letterhead or the lines above its date."""
    for block in region:
        if block.kind == "table_row" and len(block.cells) >= 2 and _BODY_LABEL.match(block.cells[0].text):
            return _clean_body(block.cells[1].text)
        inline = BODY_INLINE.match(block.text)
        if inline and (body := _clean_body(re.sub(r"^[\s\-–:]+", "", strip_dates(inline.group("body"))))):
            return body  # not "Meeting: 7th March 2016", a date only
    for k, block in enumerate(region):  # "MINUTES of a meeting of the Exmoor Local Access Forum held on ...", "At a meeting of X held at"
        text = _run_on(region, k)
        held = MEETING_OF_HELD.search(text[:400])
        if held and not EARLIER_MINUTES.search(text, 0, held.end() + 100):  # (not a later item of a page run into one line)
            body = _clean_body(held.group("body"), named=True)
            if body:
                return _letterhead(region[:k] + _head_of_line(block, text[:held.start()]), body)
    generic = None  # a title naming only "Committee" or "Board", when no later title names more
    for k, block in enumerate(region):
        if EARLIER_MINUTES.search(block.text, 0, _TITLE_SPAN):
            continue  # "The minutes of the meeting of the Committee held on ... were approved": an earlier meeting
        text = _wrapped_title(region, k)
        if MINUTES_OF.match(text) and re.match(r"^\s*(the\s+)?(draft\s+|approved\s+|unapproved\s+|unconfirmed\s+|provisional\s+)?(minutes?|notes|note(?=\s+of\b)|action notes|summary|record)\b",
                                                text, re.I):
            rest = MINUTES_OF.sub("", text, count=1)
            if _person_line(rest):
                continue  # "Notes prepared by: Ann Bell", "Minutes taken by Ann Bell": who wrote them, not a title
            # the body comes before the date: "Minutes of Council meeting 6th December 2010 – See ...", "... Meeting, 22.03.16."
            dates = find_dates(rest, short_years=True)
            if dates and not re.search(r"[A-Za-z]", rest[:dates[0].start]):
                body = None  # "Minutes – 14 July 2021 – 2.00pm – Online meeting": after the date come its time and place
            else:
                # (not the words after the date when those before it name no body: "Minutes for the Monthly Meeting on
                # <date> at 7.30 in the Burgh Chambers" names only the meeting's kind)
                body = _clean_body(strip_times(rest[:dates[0].start] if dates else rest), named=True)
            if body:
                body = _letterhead(region[:k], body)
                if len(body.split()) > 1 and (_kind_only(body) or re.fullmatch(r"trustees?['’]?\s+meeting", body, re.I)) \
                        and (above := _named_above(region, k)):
                    return above  # "Ashby Harbour Commissioners" over "Minutes of the Monthly Board Meeting", "... Trustees Meeting"
                if len(body.split()) > 1 and _kind_only(body) and (below := _minutes_title_below(region, k)):
                    return below  # "Minutes of Full Council Meeting <date>" over "Minutes of the Parish Council Meeting held on"
                if len(body.split()) > 1 or not re.fullmatch(BODY_NOUNS, body.lower()):
                    return body
                # "Minutes of Committee Meeting 8/2/2016" over "Minutes of Village Hall ...", "Friends of Ashby Park" over
                # "Minutes of the Committee Meeting"; never "Minutes of a committee meeting held at ...", a kind of meeting
                # in lower case naming no body
                generic = generic or _named_above(region, k) or (None if body.islower() else body)
                continue
            if (below := _named_below(region, k)) or (above := _named_above(region, k)):
                return below or above  # "Minutes of Inaugural Meeting" over "Ashby Community Trust", under a site's menu
    if generic:
        return generic
    for k, block in enumerate(region[:-1]):  # "X Board Meeting in Public" over "Held on 13th January 2022 via ..."
        if re.match(r"held\s+(?:on|at|in|via)\b", region[k + 1].text, re.I) \
                and (body := _clean_body(strip_times(strip_dates(block.text)))):
            return _letterhead(region[:k], body)
    # a title on the date line itself ("Mayor's Executive - Tuesday, 18th July, 2017 5.30 pm")
    # (not a list of who attended with the date beside it: "Present: Ann Bell (Chair) Date: 6th December 2011")
    if date_block is not None and not attendance_label(date_block.text):  # the words before the date (after it come times and places)
        dates = find_dates(date_block.text, short_years=dates_a_meeting(date_block.text))
        before = date_block.text[:dates[0].start] if dates else date_block.text
        heading = strip_times(before).strip()
        # "X Board Minutes (03.03.14)"; "Ashby allotments association minutes of committee meeting <date>" (a
        # title in sentence case: the words before "minutes of" name the body)
        own = _clean_body(re.sub(r"[-–—,:|(]\s*$", "", heading), named=bool(re.search(r"\w\s+minutes\s+of\s", heading, re.I)))
        one_word = bool(re.search(r"\S\s+[-–|]\s*$", before))  # "Council - Thursday, 26 July 2012"
        if own and re.fullmatch(BODY_NOUNS, own.lower()) and date_block in region \
                and (below := _named_below(region, region.index(date_block))):
            return below  # "Committee Meeting Minutes 5 October 2011" over "Friends of Ashby Park": whose committee
        if own and (len(own.split()) >= 2 or one_word) and not _GENERIC_TITLE.match(own):
            if _kind_only(own) and own.split()[-1].lower() in ("committee", "board", "group", "team") and date_block in region:
                # "ASHBY ALLOTMENT ASSOCIATION" over "Committee Meeting – 5 April 2018": the letterhead says whose
                # committee (not "ASHBY DISTRICT COUNCIL" over "Cabinet – ...": the cabinet is a body's name)
                k = region.index(date_block)
                fuller = _letterhead(region[:k], own)
                return fuller if fuller != own else _named_above(region, k) or own
            # "Ashby Town Council – Minutes 2016/2017" over "Town Council – 7th December 2016"
            return _letterhead(region[:region.index(date_block)], own) if date_block in region else own
        if (_GENERIC_TITLE.match(heading.strip(" ,-–:|")) or furniture_only(heading)) and date_block in region:
            # "Minutes 8th April 2021", "AGM MINUTES 22 Nov 08" over its own title (a date line found below the
            # region, as "Minute Actions 17/8/01: ..." under an opening with no title, has no line below it to read)
            k = region.index(date_block)
            nxt = find_dates(region[k + 1].text) if k + 1 < len(region) else []
            if dates and nxt and nxt[0].date is not None and nxt[0].date == dates[0].date:
                if named := _clean_body(strip_times(region[k + 1].text[:nxt[0].start])):
                    return named
    if region and ITEM_PAGE.match(region[0].text):
        return None  # an agenda item's page: its lines are the item's title and text
    # the title lines just above the date line ("THE SAFER THURROCK PARTNERSHIP / LEADERSHIP GROUP MINUTES")
    lines: list[str] = []
    last = 0
    for k, block in enumerate(region):
        if block is date_block or attendance_label(block.text) or _person_line(block.text) and k + 1 < len(region) \
                and _person_line(region[k + 1].text):
            break  # (a run of people's lines is a list of who attended, without its label)
        if k and (_ITEM_NUMBER_ONLY.match(region[k - 1].text) or ITEM_PAGE.match(region[k - 1].text)):
            continue  # "1." or "Agenda item" / "Welcome, Introductions and Apologies": an agenda item's title
        if block.kind != "table_row" and len(block.text) <= 100 and not find_dates(block.text) and not _LABEL_ONLY.match(block.text) \
                and not _GENERIC_TITLE.match(block.text) and not furniture_only(block.text) and not _CONTACT.search(block.text) \
                and not _person_line(block.text) and not _role_holder(block.text) and not _MEMBER_LINE.match(block.text) \
                and not _PAPER_LINE.search(block.text):
            lines.append(block.text)
            last = k
    title = " ".join(lines[-2:]) if len(lines) >= 2 and lines[-1].isupper() and _letterhead_line(lines[-2]) \
        else (lines[-1] if lines else "")  # not a page's "VIEWS: 3 PAGES: 2" over the title
    if not title and date_block is not None and not any(ITEM_PAGE.match(b.text) for b in region):
        title = strip_dates(date_block.text, dates_a_meeting(date_block.text))  # not on an item's page: "24/10/2014 - Update on the ..." names the item
    body = _clean_body(title)
    if body is None and date_block is None and lines and lines[0] == region[0].text and re.search(r"\bmeeting\b", lines[0], re.I):
        body = _clean_body(region[0].text)  # no date line ends the title lines: the page's "X meeting - December 2020" over its notes
    if body and len(lines) >= 2 and title == lines[-1] and re.fullmatch(BODY_NOUNS, body.lower()):
        body = _clean_body(lines[-2]) or body  # "Anyshire Local Enterprise Partnership" over "Board Meeting"
    if len(lines) >= 2 and title == lines[-1] and (body is None and _VENUE.search(title) or _WELSH_NAME.match(title)):
        # "Ashby Community Council" over "Ashby Small Hall, Beacon": the venue's line names no body; over "Cyngor Bro
        # Ashby": the Welsh name of the council the line above names in English
        body = _clean_body(lines[-2]) or body
    if body is None and not lines and date_block in region:
        return _titled_below(region, date_block)
    return _letterhead(region[:last], body) if body and lines else body  # "Ashby Town Council" over "Full Council Meeting"


def _head_of_line(block: Block, head: str) -> list[Block]:
    """The words run into a title's line before it, as a line above it: a letterhead with its date and page number
    ("ASHBY Board of Trustees 13 th December 2018 1 Minutes of the meeting of the Board of Trustees held ...")."""
    head = re.sub(r"[\s\d|:–-]+$", "", strip_dates(head))
    return [dataclasses.replace(block, text=head, cells=())] if head.strip() and block.kind != "table_row" else []


def _minutes_title_below(region: list[Block], k: int) -> str | None:
    """The body named by a "Minutes of X" title on one of the two lines below ``region[k]``, when it names more than a
    kind of meeting."""
    for j in range(k + 1, min(k + 3, len(region))):
        text = _wrapped_title(region, j)
        if not re.match(r"\s*(?:the\s+)?minutes\s+of\b", text, re.I) or EARLIER_MINUTES.search(text):
            continue
        rest = MINUTES_OF.sub("", text, count=1)
        dates = find_dates(rest)
        body = _clean_body(strip_times(rest[:dates[0].start] if dates else rest), named=True)
        if body and not _kind_only(body):
            return body
    return None


def whose_meeting(region: list[Block], body: str | None) -> str | None:
    """``body`` as a later heading line gives it in full, with the place whose meeting it is: "Annual Parish Meeting"
    over "ANNUAL PARISH MEETING FOR THE PARISH OF ASHBY"."""
    if not body:
        return body
    lines = [block.text for block in region if len(block.text) <= 100 and _WHOSE_PLACE.search(block.text)]
    if not lines:  # the body's own pattern is compiled only when a line names a place's meeting
        return body
    whose = re.compile(re.escape(body) + _WHOSE_PLACE.pattern, re.I)
    return next((full for text in lines if whose.match(text) and (full := _clean_body(text))), body)


# "... for the Parish of Ashby": what follows a body's name in a line that names whose meeting it was
_WHOSE_PLACE = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?:parish|town|village|community)\s+of\s+\S", re.I)


def named_in_full(blocks: list[Block], body: str | None) -> str | None:
    """``body`` named by its kind alone ("Minutes of a Meeting of the Parish Council held ...") as a later "meeting of X
    held" names it in full, with its place: "... of Ashby Parish Council held", perhaps in the item approving the last
    minutes ("Minutes of the Ordinary Meeting of Ashby Parish Council held on <date> were approved"), else ``body``."""
    if not body or len(body.split()) > 2:
        return body
    return next((fuller for block in blocks for pattern in (MEETING_OF_HELD, _MEMBERS_PRESENT)
                 if (named := pattern.search(block.text[:600 if pattern is _MEMBERS_PRESENT else 400]))
                 and (fuller := _clean_body(named.group("body"), named=True))
                 and fuller.lower().endswith(" " + body.lower())), body)


# the attendance label naming whose members were present: "Present: Members of the Ashby Parish Council: Cllr ..."
_MEMBERS_PRESENT = re.compile(r"\bpresent\s*:?\s*members\s+of\s+(?:the\s+)?(?P<body>(?-i:[A-Z])[\w&'’ -]{2,80}?)\s*:", re.I)


def spelled_out(region: list[Block], body: str | None) -> str | None:
    """``body`` written as its initials ("AHG AGM 2016 Minutes": "AHG") spelled out by a heading line that names it in
    full ("Ashby Housing Group" on a web page's banner), else ``body``."""
    if not body or not re.fullmatch(r"[A-Z]{2,6}", body):
        return body
    small = r"(?:\s+(?:of|and|for|the|&))*\s+"
    name = re.compile(r"(?<![\w’'-])" + small.join(letter + r"[a-z’'-]+" for letter in body) + r"(?![\w’'-])")
    # (not a venue with the same initials: "CCC" met in the "Ashby Community Centre")
    return next((found.group() for block in region if (found := name.search(block.text)) and not _VENUE.search(found.group())), body)


def _wrapped_title(region: list[Block], k: int) -> str:
    """The title starting at ``region[k]`` with the lines it runs on to: "Minutes of Board Meeting" / "of X",
    "MINUTES" / "OF THE MEETING OF THE" / "X POLICE AUTHORITY", "Minutes of the Ordinary Meeting of the" / "X Committee"."""
    text = region[k].text
    for below in region[k + 1:k + 3]:
        if len(below.text) > 120 or not (re.match(r"of\s", below.text, re.I)
                                         or re.search(r"\bof(?:\s+(?:the|a|an))?\s*$", text, re.I)):
            break
        text += " " + below.text
    return text


def _run_on(region: list[Block], k: int) -> str:
    """The line ``region[k]`` naming "a meeting of" a body with the short lines it runs on to until "held": "MINUTES OF
    ADJOURNED MEETING OF ASHBY CITY" / "AND COUNTY COUNCIL HELD AT ..." (a title broken inside the body's name)."""
    text = region[k].text
    if not re.search(r"\bmeeting\s+of\b", text, re.I) or re.search(r"\bheld\b", text, re.I):
        return text
    for below in region[k + 1:k + 5]:
        held = re.search(r"\bheld\b", below.text[:80], re.I)
        if below.kind == "table_row" or len(below.text) > 80 and not held \
                or re.search(r"\b(?:meeting|minutes)\b", below.text, re.I):  # not into the next title
            break
        text += " " + below.text
        if held:
            break
    return text


def _titled_below(region: list[Block], date_block: Block) -> str | None:
    """The body named by the title under a line holding only the date ("2nd July 2019" over "Steering Group Meeting
    7.30pm at Memorial Centre")."""
    k = region.index(date_block)
    if k + 1 >= len(region) or not furniture_only(strip_times(strip_dates(date_block.text)).strip(" ,.-–")):
        return None
    # the first of the two lines below that names a meeting, or a body alone (not a blog's category "Posted in Minutes",
    # nor a short name over the title in full: "Ashby PPG" over "Ashby Patient Group Annual General Meeting")
    named = re.compile(r"\b(?:meeting|minutes)\b|\b(?:" + BODY_NOUNS + r"|association|society|club)\s*$", re.I)
    below = next((b.text for b in region[k + 1:k + 3] if not re.match(r"\s*posted\s+in\b", b.text, re.I) and named.search(b.text)), "")
    return _clean_body(strip_times(below)) if below and not find_dates(below) and not EARLIER_MINUTES.search(below) else None


# the body named in the opening prose when no heading names it: "welcomed all participants to the first
# meeting of the Partnership Panel", "Members of the Topic Group:"; the chair it elects or has: "be elected Chairman of
# the X Panel", "elected to serve as Chairman of the Parish Council", "RESOLVED: That Ann Bell is Chairman of the X Trust",
# "his first meeting as Chair of the X Partnership" (not a guest's title: "Ann Bell, Chair of the X Forum"); those the chair
# welcomed to it: "welcomed everyone to the new Youth Cabinet" (a body's name of two words or more, not "to the Board")
_OF_THE_BODY = re.compile(r"\b(?:(?i:meeting|members?|minutes|(?:(?:elect|appoint)(?:ed)?\s+(?:to\s+serve\s+)?(?:as\s+)?|(?:is|be|meeting\s+as)\s+)"
                          r"(?:a\s+|the\s+)?(?:vice[\s-]?)?chair(?:man|woman|person)?)\s+of\s+the|"
                          r"(?i:welcomed)\b[^.]{0,60}?\b(?i:to\s+the)(?:\s+(?:new|first|inaugural))?)\s+(?P<body>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for)\s+)?){1,5}"
                          r"(?:" + "|".join(w.capitalize() for w in BODY_NOUNS.split("|")) + r"))\b")


def _named_below(region: list[Block], k: int) -> str | None:
    """The body named on the line under a title that names none ("Minutes of Inaugural Meeting" over "Ashby
    Community Trust" over its date): a short undated line that ends in a body's noun."""
    below = region[k + 1].text if k + 1 < len(region) else ""
    named = len(below) <= 100 and not find_dates(below) and not _CONTACT.search(below) and _clean_body(below)
    return named if named and (re.search(r"\b(?:" + BODY_NOUNS + r"|association|society|club)$", named, re.I)
                               or re.match(r"friends\s+of\s", named, re.I)) \
        and not _kind_only(named) else None


def _named_above(region: list[Block], k: int) -> str | None:
    """The body named on one of the three lines above a title that names none: "ALBURY PARISH COUNCIL MEETING"
    over "Minutes of the annual meeting held ...", perhaps with the council's web address between them (and its
    officers' lines, "Treasurer Ann Bell", not counted)."""
    lines = 0
    for j in range(k - 1, -1, -1):
        if lines == 3:
            break
        if find_dates(region[j].text):
            return None
        text = _without_contact(region[j])
        if _role_holder(text):
            continue
        lines += 1
        if _CONTACT.search(text):
            continue  # "Contact: Ann Bell Email: ..."
        # a name in capitals broken at "OF" ("ASHBY ASSOCIATION" / "OF" / "LOCAL COUNCILS"), never two letterhead lines
        # ("ASHBY DISTRICT COUNCIL" over "PLANNING COMMITTEE": the committee's line is the name)
        broken = j > 0 and _CONNECTOR_LINE.fullmatch(region[j - 1].text)
        if above := broken and _clean_body(_capitals_above(region, j, text)) or _clean_body(text):
            return above
    return None


_CONNECTOR_LINE = re.compile(r"\s*(?:OF|AND|FOR|OF THE|&)\s*")  # a line of a letterhead in capitals between two parts of the name


def _capitals_above(above: list[Block], k: int, name: str) -> str:
    """``name`` (the text of ``above[k]``) with the lines above it when it ends a letterhead in capitals over several
    lines: "ASHBY AND DISTRICT" / "COMMUNITY COUNCIL", "ASHBY ASSOCIATION" / "OF" / "LOCAL COUNCILS"."""
    lines = [name]
    while name.isupper() and k - len(lines) >= 0 and len(lines) < 4 \
            and (_letterhead_line(text := above[k - len(lines)].text) or _CONNECTOR_LINE.fullmatch(text)):
        lines.insert(0, text)
    while len(lines) > 1 and _CONNECTOR_LINE.fullmatch(lines[0]):
        lines.pop(0)
    return " ".join(lines)


# the clerk's name and contact details beside the council's name on a letterhead's line: "UPPER ASHBY PARISH COUNCIL
# Clerk: Mrs O Pratt", or in the next cell of a letterhead's table
_LETTERHEAD_CONTACT = re.compile(r"\s*:?\s+(?=(?i:(?:clerk|secretary|proper\s+officer)(?:\s+to\s+the\s+\w+)?\s*[:–-]\s|"
                                 r"(?:clerk|secretary|proper\s+officer|chair(?:man)?|tel(?:ephone)?|e-?mail|address|venue|location|date|time)\s*:))")
# (... or a dash: "Ashby Parish Council : Clerk to the Council – Ann Bell")


def _without_contact(block: Block) -> str:
    """A letterhead line's text without the contact details beside the name (its first cell, in a table)."""
    return _LETTERHEAD_CONTACT.split(block.cells[0].text if block.cells else block.text)[0]


def running_lines(doc: Document) -> list[Block]:
    """The first page's running header and footer lines (a Word file's page header, a PDF's repeated lines)."""
    return [b for b in doc.blocks if b.furniture and b.page == 1][:4]


def _kind_word(word: str) -> bool:
    """Whether ``word`` names a kind of meeting: "annual", "AGM", an ordinal ("Fourth", "50th")."""
    return word.lower() in _KIND_WORDS or bool(re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", word, re.I))


def _without_kind(name: str) -> str:
    """``name`` without the kind words before it: "annual parish council" -> "parish council"."""
    words = name.split()
    while len(words) > 1 and _kind_word(words[0]):
        words = words[1:]
    return " ".join(words)


def _kind_only(body: str) -> bool:
    """Whether ``body`` names only a kind of meeting ("Monthly Board", "Full Council")."""
    return all(_kind_word(w) or re.fullmatch(BODY_NOUNS, w) for w in body.lower().split())


def body_in_prose(blocks: list[Block]) -> str | None:
    """The body the opening prose names, when no heading does (not one the next meeting's line names); the
    body whose earlier minutes are approved only when no other line names one."""
    earlier = None
    for block in blocks:
        found = _OF_THE_BODY.search(block.text)
        # not who sent apologies: "Apologies were received from ... and members of the Neighbourhood Policing Team"
        if found and not re.search(r"\bnext\s+meeting\s+of\s+the\b", block.text, re.I) \
                and not re.search(r"\b(?:apologies|absent|absence)\b.{0,200}\bfrom\b", block.text[:found.start()], re.I | re.S):
            if not EARLIER_MINUTES.search(block.text):
                return _clean_body(found.group("body"))
            earlier = earlier or _clean_body(found.group("body"))
    return earlier


def _letterhead(above: list[Block], body: str) -> str:
    """The body's full name from a letterhead above that ends with it ("SALTASH TOWN COUNCIL" over
    "Minutes of a Meeting of Town Council"), else ``body``."""
    # "MINUTES OF THE FULL BOARD MEETING" names only the meeting's kind: the letterhead's body is the board
    noun = body.split()[-1] if _kind_only(body) else body
    for k, block in reversed(list(enumerate(above))):  # the nearest line first
        # the line, or a part of a web page's breadcrumb trail ("Ashby Parish Council > Minutes > March 2014")
        # ... or a page title naming the body and "Minutes" ("Ashby Parish Council Minutes", "ASHBY PARISH COUNCIL DRAFT MINUTES")
        # ... or the body and then "Minutes" after a dash ("Ashby Parish Council – Minutes of Meeting 8th July 2019")
        # ... or a page title dated after "Minutes" ("Ashby Parish Council Minutes May 2021")
        parts = [re.sub(r"(?:\s+meeting)?(?:\s+(?:draft|approved|confirmed|unconfirmed))?\s+minutes$|\s+[-–—|]\s+(?:draft\s+|approved\s+)?minutes\b.*$", "",
                        _without_trailing_date(part).rstrip(" .:"), flags=re.I)
                 for part in re.split(r"\s+[>»›]\s+", _without_contact(block))]
        name = next((part for part in parts if part.lower().endswith(" " + noun.lower())), None)
        if name is None:
            continue
        fuller = _clean_body(_capitals_above(above, k, name))
        if fuller and fuller[0].isupper():  # not "The website of X": "website of X"
            return fuller
    return body


def _without_trailing_date(text: str) -> str:
    """``text`` without a date that ends it after the word "Minutes" ("X Council Minutes May 2021" -> "X Council Minutes")."""
    if "inute" not in text:
        return text
    dated = re.match(r"([^:>»›]{1,60}\bminutes)\s*[-–,]?\s*(?P<date>\S.*)$", text, re.I)  # a title, not a breadcrumb trail
    return dated.group(1) if dated and re.search(r"\d", dated.group("date")) \
        and all(w.lower().rstrip(",.") in MONTHS or w.isdigit() for w in strip_dates(dated.group("date"), short_years=True).split()) else text


def _letterhead_line(text: str) -> bool:
    """Whether ``text`` can be the first line of a letterhead in capitals: no digits, no page furniture."""
    return text.isupper() and not re.search(r"\d|[|:]", text) and not _GENERIC_TITLE.match(text) \
        and not all(w.lower() in _FURNITURE for w in text.split())


def _title_like(text: str) -> bool:
    """Whether a candidate reads as a body's name, not a sentence: at most 12 words, no full stop
    at the end, and most words other than small ones capitalised."""
    words = [w for w in text.split() if re.search(r"\w", w)]  # not a dash between parts of a name
    content = [w for w in words if w.lower() not in _SMALL]
    capitalised = [w for w in content if w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha()]
    return len(words) <= 12 and not text.endswith(".") and len(capitalised) >= 0.6 * len(content)


def _without_own_acronym(text: str) -> str:
    """"Salford Safeguarding Adult Board (SSAB)" -> the name without its own initials repeated; an
    acronym naming something else ("Area 2 Forum (SBC)") stays. A letterhead's logo before the name
    ("APC ASHBY PARISH COUNCIL") goes the same way."""
    first = re.fullmatch(r"(?P<acronym>[A-Z&]{2,10})\s+(?P<name>\S.+)", text)
    if first and "".join(w[0].upper() for w in first.group("name").split() if w.lower() not in _SMALL) == first.group("acronym"):
        return first.group("name")
    m = re.fullmatch(r"(?P<name>.+?)\s*\((?P<acronym>[A-Z&]{2,10})\)", text)
    name = m and re.sub(r"\s+(?:ltd\.?|limited|cic|plc)$", "", m.group("name"), flags=re.I)  # "X Association Ltd. (XA)"
    initials = name and "".join(w[0].upper() for w in name.split() if w.lower() not in _SMALL)
    # ... or the name's last words: "Anytown Local Strategic Partnership (LSP)"; or the name with its place's initial
    # before them, the place left out of the title: "Parish Council (APC)"
    acronym = m and m.group("acronym")
    if m and (acronym == initials or len(acronym) >= 3 and initials.endswith(acronym)
              or len(initials) >= 2 and len(acronym) == len(initials) + 1 and acronym.endswith(initials)):
        return m.group("name")
    return text


def strip_times(text: str) -> str:
    for start, end, _, _ in reversed(find_time_ranges(text)):
        text = text[:start] + text[end:]
    return text


def strip_dates(text: str, short_years: bool = False) -> str:
    for mention in reversed(find_dates(text, short_years=short_years)):
        text = text[:mention.start] + text[mention.end:]
    return text


_WEBSITE = re.compile(r"^(?:welcome\s+to\s+)?(?:the\s+)?(?:(?P<before>.+?)(?:'s|’s)?\s+(?:official\s+)?(?:web\s*site|home\s*page)|"
                      r"(?:official\s+)?(?:web\s*site|home\s*page)\s+(?:of|for)\s+(?:the\s+)?(?P<after>.+))$", re.I)


def _clean_body(text: str, named: bool = False) -> str | None:
    """The body's name in a title, or None. ``named``: the text follows "Minutes of", so it names
    the body even in lower case ("Minutes of parish council meeting held on ...")."""
    text = re.sub(r"^\s*part\s+(?:i{1,3}|[12ab])\b\s*[-–:]?\s*", "", text, flags=re.I)  # "Part I Minutes of ...": the public part
    # a draft's mark over the letterhead: "MINUTE SUBJECT TO APPROVAL AT NEXT COMMUNITY COUNCIL MEETING", "Minutes subject to
    # approval at the next meeting"; a council site's page title "Agenda for X on <date>"
    text = re.sub(r"^\s*(?:(?:draft\s+)?minutes?\s+)?(?:(?:are|is)\s+)?subject\s+to\s+(?:approval|confirmation|amendment|ratification)\b"
                  r"(?:\s+(?:at|by)\s+(?:the\s+)?next\s+(?:[\w-]+\s+){0,2}meeting\b)?\s*|^\s*agenda\s+for\s+(?:the\s+)?(?=\S)|"
                  r"^\s*for\s+(?:the|a|an)\s+(?=\S.*\bmeeting\b)", "", text, flags=re.I)  # "Minutes" over "For the Council Meeting held on"
    text = re.sub(r"^(?:most\s+)?(?:recent|latest)\s+(?=\S+\s+\S)", "", text, flags=re.I)  # a web page's "Recent X Committee Minutes"
    text = re.sub(r"^the(?=[A-Z][a-z])", "", text)  # a PDF's lost space: "Minutes of theAshby Parish Council Meeting"
    # a charity's number ("X Committee (Registered Charity Number 301234)"), how it met ("X Committee (Virtual) Meeting")
    # ... or glued to a name in capitals ("X VILLAGE HALLREGISTERED CHARITY 264959"): a registered charity, never a venue
    charity = re.search(r"(?:\s+|(?<=[A-Z]))(?:registered\s+)?charity(?:\s+(?:no\.?|number))?\s*:?\s*\d{5,}$", text, re.I)
    text = text[:charity.start()] if charity else text
    # an organisation holding its AGM ("Minutes of X Community Centre AGM"), never a venue
    organisation = bool(charity) or bool(re.search(r"\w\s+(?:agm|egm)(?:\s+(?:held|minutes)\b.*)?$", text, re.I))
    text = re.sub(r"\s*\((?:registered\s+)?charity(?:\s+commission)?\s+(?:no\.?|number|reg(?:istration|\.)?\s+no\.?)\s*:?\s*\d+\)|"
                  r"\s*\((?:virtual|online|remote|hybrid|zoom|via\s+(?:zoom|teams))\)|"
                  r"\s*\((?:draft|unconfirmed|unapproved|provisional)\b[^)]*\)|"  # "X AGM 2015 (Draft to be approved at next AGM)"
                  r"\s+(?:via|using)\s+(?:zoom|(?:microsoft\s+|ms\s+)?teams|skype)\s*$", "", text, flags=re.I)
    text = re.sub(r"^\s*\((?:special|extra[\s-]?ordinary|annual|additional|adjourned|reconvened)(?:\s+meeting)?\)\s*", "", text,
                  flags=re.I)  # "(special meeting) X Sub-committee"
    text = re.sub(r"\s*_\d{1,2}_?$", "", text)  # a downloaded file's copy number ("X Minutes_2_")
    text = re.sub(r"\s+last\s+(?:updated|modified)\b.*$", "", text, flags=re.I)  # a web page's "Last updated 08-12-07"
    # a document site's page title: its uploader's user name ("X Minutes 24 5 2006 by fEuwqv", "X by luckboy"; not "by
    # Council"), and the actions the notes carry ("X Meeting Notes and Actions" is "X Meeting Notes")
    text = re.sub(r"\s+by\s+(?-i:[a-z]\S*|\S*[a-z][A-Z]\S*)\s*$", "", text)
    text = re.sub(r"\b(minutes|notes)\s+(?:and|&)\s+actions?(?:\s+(?:log|points))?\s*$", r"\1", text, flags=re.I)
    text = re.sub(r"^\s*cofnodion\s+(?:o\s+)?g?yfarfod\s+(?:(?:y|o)\s+)?", "", text, flags=re.I)  # Welsh: "Minutes of meeting of"
    # "X – Draft Minutes of Latest Meeting": the words after the dash name no body
    text = re.sub(r"\s+[-–|/]\s+(?:(?:draft|approved|unconfirmed|confirmed)\s+)?minutes\s+of\s+(?:(?:the|a|an|latest|our)\s+)*"
                  r"meeting\s*$", "", text, flags=re.I)
    text = re.sub(r"^(?:19|20)\d\d\s+(?=[A-Z][a-z]|[A-Z]{2,6}\s)", "", text)  # "2011 Annual Residents Meeting", "2024 ACC AGM"
    # a date or a month before the title: "November - Ashby Parish Council", "2015 July - X", "10 NOVEMBER 2011 X COMMITTEE"
    # (not "March Town Council": a month alone is taken only before a dash)
    text = re.sub(r"^(?:(?:19|20)\d\d\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?i:" + _MONTH_NAMES + r")(?:\s+(?:19|20)\d\d)?|"
                  r"(?i:" + _MONTH_NAMES + r")\s+(?:19|20)\d\d|(?i:" + _MONTH_NAMES + r")(?=\s*[-–—:|]))\s*[-–—:|,]?\s+(?=[A-Z])", "", text)
    # "Board of Directors – Part 1 (Public)", "Cabinet (Public)"
    text = re.sub(r"(?:\s*[-–:]?\s*part\s+(?:i{1,3}|[12ab])\b)?\s*(?:\((?:public|private|open|closed)(?:\s+session)?\))?\s*$",
                  "", text, flags=re.I)
    text = re.sub(r"^\s*(?:[A-Za-z]{3,9}\s+)?(?:19|20)\d\d\s+(?=minutes\b)", "", text, flags=re.I)  # "May 2024 Minutes Annual ..."
    text = re.split(r"\s+[>»›]\s+", text)[-1]  # a breadcrumb trail: "Home > Council > Minutes > Ashby Parish Council"
    # "ASHBY TOWN DEAL BOARD – MEETING NOTES", "Ashby Youth Forum | Minutes", "X Trust – Trustees' Meeting"
    text = re.sub(r"\s+[-–|]\s+(?:\w+s['’]\s+|(?:annual|monthly|ordinary|general)\s+)?(?:meeting|minutes|notes)(?:\s+(?:minutes|notes))?$",
                  "", text, flags=re.I)
    # "Ashby Parish Council: minutes of meeting 12 September 2017", "Ashby Allotment Association: Minutes of AGM": the body
    # before the word (after it only a kind of meeting)
    text = re.sub(r"^(?P<body>.+?\b(?:" + BODY_NOUNS + r"|association|society|club))\s*[:–-]\s*minutes(?:\s+of(?:\s+(?:the|a|an))?"
                  r"(?:\s+(?:annual|general|extra[\s-]?ordinary|ordinary|special))*\s+(?:meeting|agm|egm))?\s*$", r"\g<body>",
                  text, flags=re.I)
    # "Ashby PPG: Meeting Minutes Executive Board": the group's name, then its board's after the page's words
    text = re.sub(r"^(?P<whose>[^:]{2,40}):\s*(?:meeting\s+)?minutes\s+(?!of\b)(?=\S.*\b(?:" + BODY_NOUNS + r")\b)",
                  r"\g<whose> ", text, flags=re.I)
    # "Head Teacher: Ann Bell / Minutes of the Full Governing Body ...", "Series Page 375 MINUTES OF ...": the title
    # starts at "Minutes of"
    # ... and after a letterhead's e-mail address run into the title ("[email protected] MINUTES OF ...")
    text = re.sub(r"^.*?(?:\s[/|–]\s*|:\s+|\bpage\s+\d+\s+|\S@\S+\s+|\[email\s+protected\]\s+)(?=(?:the\s+)?(?:draft\s+)?minutes\s+of\b)",
                  "", text, count=1, flags=re.I)
    # ... and a page's number before "Confirmed MINUTES OF ...", "UN-CONFIRMED MINUTES OF ..."
    text = re.sub(r"^\s*\d{1,3}\s+(?=(?:draft|confirmed|approved|un-?confirmed|un-?approved)\s+minutes\b)", "", text, flags=re.I)
    text = MINUTES_OF.sub("", text.strip(), count=1) if re.match(
        r"^\s*(the\s+)?(?:draft\s+|un-?approved\s+|un-?confirmed\s+|confirmed\s+|approved\s+)?minutes?\b", text, re.I) else text
    # a letterhead line that runs on into the clerk's name or the minute book's page: "Ashby Parish Council Clerk to the
    # Council: Ann Bell", "Ashby Parish Council Page 1160"; a form's title row into its next field: "Ashby Forum Meeting
    # Location: Beacon"
    text = re.sub(r"\s+page\s+\d+$", "", _LETTERHEAD_CONTACT.split(text)[0], flags=re.I)
    text = re.sub(r"^\s*(?:draft\s+)?(?:meeting\s+)?(?:minutes|notes|agenda(?:\s+and\s+minutes)?)\s*[-–:|]\s+(?:(?:19|20)\d\d\s+(?=[A-Z]))?|"
                  r"^\s*agenda\s+(?=(?-i:[A-Z]{2,}\s+[A-Z]{2,}))", "", text, flags=re.I)  # "Agenda ASHBY JOINT COMMITTEE"
    text = re.sub(r"^(?:a\s+)?report\s+on\s+(?:the\s+|a\s+)?(?=.+\bmeeting\b)", "", text.strip(), flags=re.I)  # a blog's "Report on the X Meeting"
    # "X Board (XB) MEETING THE GREEN ROOM, CIVIC CENTRE", "X Council Meeting, Village Hall": the venue after the meeting
    text = re.sub(r"(?<=\S)\s+(meeting)\s*[,–—-]?\s+(?!(?:rooms?|of|held|was|were|will|to|on)\b)(?:(?:in|at)\s+)?(?:the\s+)?"
                  r"(?=(?:[\w'’.-]+\s+){0,3}" + _VENUE_WORD + r"\b).*$",
                  r" \1", text, flags=re.I)
    text = _HELD.sub("", text)
    # "X Board Action Sheet Arising From the (Meeting held ...)": the sheet's words
    text = re.sub(r"(?:\s+action\s+(?:sheet|notes|points|log|list))?\s+arising\s+from(?:\s+(?:the|a|an))?$", "", text, flags=re.I)
    text = re.sub(r"\s*\(part\s+(?:i{1,3}|[12ab])\)$", "", text, flags=re.I)  # "TRUST BOARD MEETING (PART 1) HELD IN PUBLIC"
    text = re.sub(r"(?:\s+(?i:" + _MONTH_NAMES + r")\.?|\s+\d{1,2}\s+\d{1,2})?\s+(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?$", "", text)  # "Annual Parish Meeting 2008", "X May 2021", "X 24 5 2006"
    # "Board Minutes (03.03.14)", "Minutes of Meeting No. 123"
    text = re.sub(r"\s*\(\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*\)$|\s+(?:no\.?|number)\s*:?\s*\d+$", "", text, flags=re.I)
    text = re.sub(r"(?:\s+(?:minutes|notes|meeting))+(?:\s*[-–:,])?\s+[A-Za-z]+$", lambda m: "" if m.group(0).split()[-1].lower() in MONTHS else m.group(0),
                  text, flags=re.I)  # "MPC Minutes May 2009", "X Minutes – March 2017"
    # "X PARISH COUNCIL PARISH COUNCIL", "X Parish Council Ordinary Parish Council (Meeting)"
    text = re.sub(r"\b(\w+\s+(?:" + BODY_NOUNS + r"))\s+(?:(?:annual|ordinary|extra[\s-]?ordinary|special|full|monthly)\s+)*\1(?:\s+meeting)?$", r"\1",
                  text, flags=re.I)
    named_first = re.match(r"^(?P<body>.+?)[.,;]?\s+(?:(?:draft|approved|unapproved|confirmed|unconfirmed)\s+)?minutes?\s+of\s+(?:the\s+|a\s+|an\s+)?"
                           r"(?P<meeting>.+)$", text, flags=re.I)  # "X COMMUNITY COUNCIL. Approved Minutes of Meeting"
    # "X AUTHORITY MINUTES OF THE BOARD MEETING": the meeting's kind follows the body; "ASHBY PARISH COUNCIL Minutes
    # of Parish Council Meeting": the body's name in short
    # ... or the body's name again, perhaps with its own initials: "X Community Council Minute of the X Community Council (XCC)"
    # ... "X COMMUNITY COUNCIL MINUTE OF MEETING. X Community Council": the name again after "Meeting."
    meeting = named_first and _without_own_acronym(re.sub(r"\s+meeting$|^meeting[.:]\s+", "", named_first.group("meeting"), flags=re.I)).lower()
    meeting = meeting and re.sub(r"\b(?:virtual|online|remote|hybrid|zoom)\s+", "", meeting)  # "X Council Minutes of the Virtual Annual Council Meeting"
    # a letterhead and the committee's name on one line: "ANYSHIRE COUNCIL. Audit Committee"
    two = re.fullmatch(r"[^.]+?\b(?:" + BODY_NOUNS + r")\.\s+(?P<second>(?-i:[A-Z])[^.]*?\b(?:" + BODY_NOUNS + r"))", text, flags=re.I)
    text = two.group("second") if two else text
    if named_first and (all(_kind_word(w) or w in _FURNITURE or re.fullmatch(BODY_NOUNS, w) for w in meeting.split())
                        or (" " + named_first.group("body").lower()).endswith(" " + _without_kind(meeting))
                        # "X PARISH COUNCIL Minutes of the Parish Annual General Meeting for X Parish Council": the body again
                        or re.search(r"\b(?:for|of)\s+(?:the\s+)?" + re.escape(named_first.group("body").lower()) + "$", meeting)
                        # "X FEDERATION OF HALLS Minutes of the Federation Meeting": a word of the body's own name
                        or set(_without_kind(meeting).split()) <= set(named_first.group("body").lower().split())):
        text = re.sub(r"\s+(?:19|20)\d\d$", "", named_first.group("body"))  # "X ANNUAL GENERAL MEETING 2008 Minutes of the meeting"
    # a file's title run into the heading: "ABC Minutes February 2021 Anytown Community Council"
    text = re.sub(r"^.*?\bminutes\s+(?i:" + _MONTH_NAMES + r")\s+(?:19|20)\d\d\s+(?=[A-Z])", "", text, flags=re.I)
    # a draft's or a web page's marks on the title: "DRAFT X Committee", "X Board Meeting Minutes (Unconfirmed)", a
    # committee's years on a council's site ("Licensing Committee (2005-2015)"), a meeting's code ("X Panel CLHP35")
    text = re.sub(r"^(?:(?:draft(?:\s*v?\d{1,2}(?=\s))?|unconfirmed|unapproved|confirmed|approved|provisional)(?:\s+|\s*/\s*))+(?=\S)", "", text, flags=re.I)  # "DRAFT/UNAPPROVED X", "DRAFT1 X" (its version)
    text = re.sub(r"\s*\((?:draft|unconfirmed|unapproved|confirmed|approved|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)\)$|"
                  r"\s+[-–—]\s*(?:draft|unconfirmed|provisional)$", "", text, flags=re.I)  # "X Meeting - DRAFT"
    text = re.sub(r"(?<=[a-z])\s+[A-Z]{2,6}\d{1,4}$", "", text)
    # a committee system's code in brackets, in mixed case ("Standards Committee (CleS)"); initials in capitals stay
    text = re.sub(r"\s*\((?=[A-Za-z]*[a-z])(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{3,6}\)$", "", text)
    # the meeting's kind after the body: "Parish Council General (Meeting)", "X Board Ordinary"
    text = re.sub(r"\b(" + BODY_NOUNS + r")(?:\s+(?:general|ordinary|extra[\s-]?ordinary|special|monthly|annual))+$", r"\1", text,
                  flags=re.I)  # "X Council Special General (Meeting)"
    # a page number run into a letterhead in capitals: "1 ASHBY PARISH COUNCIL"
    text = re.sub(r"^\d{1,4}\s+(?=[A-Z][\w&'’ -]+ (?i:" + BODY_NOUNS + r")$)", "", text)  # "Minutes 135 X Community Council"
    text = re.sub(r"^meeting\s+(?!of\b)(?=\S.*\b(?:" + BODY_NOUNS + r")$)", "", text, flags=re.I)  # "MINUTES MEETING X TOWN COUNCIL <date>"
    # a bilingual letterhead: "Cyngor Cymuned Cefn Community Council" is the Community Council, and so is
    # "CYNGOR CYMUNED LLANDEG / LLANDEG COMMUNITY COUNCIL" either way round
    # ... or the Welsh words glued to the English by a slash: "Cofnodion Cyngor/Council Minutes" ("Minutes Council/Council Minutes")
    text = re.sub(r"^(?:(?:cofnodion|cyngor|cymuned|tref|bro)\s+)*(?:cofnodion|cyngor|cymuned|tref|bro)\s*/\s*(?=[A-Z])", "", text, flags=re.I)
    english = [part for part in re.split(r"\s+[/|]\s+", text) if not re.match(r"cyngor\b", part, re.I)]
    text = english[0] if len(english) == 1 and re.search(r"\bcouncil$", english[0], re.I) else text
    text = re.sub(r"^cyngor\s+(?:cymuned|tref|dinas|sir|bro)(?:\s+|(?=[A-Z]))(?=.*\bcouncil$)", "", text, flags=re.I)
    text = re.sub(r"(?<=[a-z])(?=(?:Community|Town|Parish)\s+Council$)", " ", text)  # "AshbyCommunity Council": a PDF's lost space
    text = re.sub(r"^(?:[\w’'\"“”-]+\s+){0,3}(?:hearing|meeting|session|workshop|briefing|seminar),\s+(?=\S.*\b(?:" + BODY_NOUNS + r")$)",
                  "", text, flags=re.I)  # "Confirmation Hearing, Anyshire Police and Crime Panel"
    site = _WEBSITE.match(text)  # "welcome to the X Parish Council website", "The official website of X"
    text = site.group("before") or site.group("after") if site else text
    text = re.sub(r"\s+(?:(?:draft|approved|unapproved|confirmed|unconfirmed)\s+)?(?:minutes|notes?)\s+of(?:\s+(?:the|a|an))?(?:\s+meeting)?$", "", text,
                  flags=re.I)  # "X Meeting Minutes of the meeting held", "X COUNCIL. Approved Minutes of Meeting held in"
    # "(Board) Meeting of X", "MinutesaMeeting of X" (a PDF's text run together)
    meeting_of = re.match(r"^\s*(?:\S+\s+){0,4}?(?:[a-z]*?meeting|agm|egm)\s+of\s+", text, flags=re.I)  # "100th AGM of X"
    if meeting_of and not re.match(_ELECTORS, text[meeting_of.end():], re.I):  # "A meeting of the Parish Council followed the Annual Parish Meeting ...": the body ends at a verb
        text = re.sub(r"\s+(?:followed|was|were|took|met|had|has|commenced|began|started|convened|which|that)(?:\s.*)?$", "",
                      text[meeting_of.end():])
    text = re.sub(r"\s*\((?:item|agenda item|minute)\s*[\w.]+\)\s*$", "", text, flags=re.I)
    text = re.sub(r"^\s*(?:from\s+|meetings?\s+of\s+)?the\s+|^\s*meetings?\s+of\s+", "", text, flags=re.I).strip(" ,.:;-–")
    text = re.sub(r"^(?:19|20)\d\d\s+(?=[A-Z][a-z])", "", text)  # "Draft Minutes - 2024 Annual Parish Meeting": the year after the page's words
    # the meeting's count before the body: "Minutes of the fifth Ashby Forum Meeting", "7th Ashby Forum Meeting" (not a
    # name's word: "Second Chance Club")
    text = re.sub(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?=[A-Z])", "", text)
    if re.match(r"(?:above|said|aforementioned)\b", text, re.I):
        return None  # "A meeting of the above Committee will be held ...": the body is named elsewhere (the line above)
    # "Community Council virtual Meeting", "CCC Draft", "X Board Meeting in Public"
    text = re.sub(r"\s+(?:virtual|online|remote|draft)$|\s+in\s+(?:public|private)$|,?\s+as\s+above$", "", text, flags=re.I)  # "X Council as above": the letterhead's
    text = re.sub(r"(?:\s+(?:minutes|notes|synopsis))+$", "", text, flags=re.I)  # "X Meeting Synopsis": the page's word for its summary
    text = re.sub(r"(?<=[A-Z][\w’'-]) meeting$", "", text)
    text = re.sub(r"^((?:[A-Z][a-z][\w’'-]*\s+){0,3}[A-Z&]{2,6})\s+(?i:meeting)$", r"\1", text)  # "EC MEETING": the committee's initials, "Westby LSCB Meeting"  # "LSCB Development Officers meeting" (its own word in capitals)
    # "Safer Arun Partnership meeting" is the Partnership; "Westcotes Community Meeting" is the body's name
    text = re.sub(r"\b(" + BODY_NOUNS + r")((?:\s+\([A-Z&]{2,10}\))?)\s+meeting$", r"\1\2", text, flags=re.I)
    text = re.sub(r"(\s\((?-i:[A-Z&]{2,10})\))\s+meeting$", r"\1", text, flags=re.I)  # "Friends of Ashby Park (FAP) Meeting"
    text = re.sub(r"\b(association|society|club|friends)\s+meeting$", r"\1", text, flags=re.I)  # "Ashby Homeowners Association Meeting"
    # "Ashby Village Hall Managing Trustees Meeting" (not a bare "Trustee Meeting", the title as given)
    text = re.sub(r"(\S\s+\S+\s+trustees?)\s+meeting$", r"\1", text, flags=re.I)
    text = _without_own_acronym(text)
    text = re.sub(r"(?:^|\s+)(?:annual|extra[\s-]?ordinary|ordinary|special|regular|emergency|statutory|annual\s+general|business|monthly)\s+meeting$|(?<=\w)(?:\s+(?:19|20)\d\d)?\s+(?:agm|egm)$", "", text,
                  flags=re.I).rstrip(" ,;:-–")  # "ACC AGM", "X 2018 AGM", "The X Association, Annual General Meeting"
    # "Ashby Parish Council’s Annual Meeting", "X Board of Trustees’ Meeting", "X Parish Council’ Extraordinary Meeting"
    if not re.search(r"\b(?:" + _ELECTORS_MEETING + r")$", text, re.I):  # not the "Residents’ Meeting" (of the electors)
        kinds = r"(?:\s+(?:annual|extraordinary|ordinary|special|general|full|monthly))*(?:\s+meeting)?$"
        text = re.sub(r"['’]s" + kinds, "", text, flags=re.I)
        # (a plural's apostrophe only after a name of two words or more: "Directors’ Meeting" names whose meeting, not the body)
        text = re.sub(r"(?<=\w)['’]" + kinds, "", text, flags=re.I) if re.search(r"\S\s+\S+['’]" + kinds, text, re.I) else text
    text = re.sub(r"^(?:full\s+)?council\s+of\s+(?:the\s+)?(?=.+\bcouncil$)", "", text, flags=re.I)  # "Full Council of Ashby Town Council"
    # the meeting's kind inside the council's name: "Ashby Annual Parish Council" is Ashby Parish Council
    placed = re.match(r"(?P<place>.*\w)\s+(?:annual|extra[\s-]?ordinary|ordinary|special)\s+"
                      r"(?P<council>(?:parish|town|community|city|district|county|borough)\s+council)$", text, flags=re.I)
    if placed and placed.group("place").split()[-1].lower() not in _KIND_WORDS:  # not "Extra Ordinary Parish Council"
        text = placed.group("place") + " " + placed.group("council")
    text = re.sub(r"\b((?:parish|town|community|city)\s+)(?:full|annual|extra[\s-]?ordinary|ordinary|special)\s+(council)$", r"\1\2", text,
                  flags=re.I)  # "Ashby Parish Full Council"
    # the meeting's kind before the body: "Full Brandon Town Council", "EGM, National Park Authority", "Annual Ordinary ..."
    text = _LOWER_KINDS.sub("", text)  # "monthly Parish Council": a kind of meeting in lower case before the name
    kindless = re.sub(r"^(?:(?:full|annual|general|ordinary|extra[\s-]?ordinary|special|egm|agm)\b[\s,]*)+", "", text, flags=re.I)
    # "extraordinary Council": a kind in lower case is no part of the name
    lower_kind = re.fullmatch(r"(?:(?:annual|general|ordinary|extra[\s-]?ordinary|special)\s+)+[A-Z][\w'’-]*", text)
    if len(kindless.split()) == 1 and not lower_kind:  # "Extra-Ordinary Full Council": the Full Council
        kindless = re.sub(r"^(?:(?:annual|general|ordinary|extra[\s-]?ordinary|special|egm|agm)\b[\s,]*)+(?=full\s+\w+$)", "", text,
                          flags=re.I)
    # "Full Authority" and a school's "Full Governing Body" are names of their own, and so is "Full Parish Council" (no place
    # named; not "full Parish Council"); so is the "Annual Parish Meeting" (of the electors, not the council)
    text = kindless if lower_kind or len(kindless.split()) != 1 and not re.search(r"\b(?:" + _ELECTORS_MEETING + r")(?:\s+(?:of|for)\s+.*)?$", text, re.I) \
        and not re.match(r"full\s+govern|(?-i:Full|FULL)\s+(?:parish|town|community|city)\s+council$", text, re.I) else text
    if not text or len(text) > 120 or text.startswith("/") or not re.search(r"[a-z]{2}", strip_times(text), re.I) or re.fullmatch(r"\S*\d\S*", text) \
            or re.search(r"[|\t]|\b(?:Councillors?|Cllrs?)\b|\b(?i:of|the|and|for|to|a|an|from|on|at|in|by|with)$|[>»›]$", text) or _GENERIC_TITLE.match(text) \
            or re.match(r"(?:meeting|agm|egm)\s*,", text, re.I) \
            or _CONTACT.search(text) \
            or not (_title_like(text) or named and len(text.split()) <= 6) or all(w.lower()[:3] in MONTHS or w.isdigit() or _kind_word(w) for w in re.split(r"[\s()]+", text) if w) \
            or furniture_only(text) or SUBITEM.match(text) or re.match(r"\d+[.)]|(?:and|of|for|&)\s|(?i:posts?\s+tagged)\b", text) \
            or re.fullmatch(r"\w+s['’]|meeting\s+(?:no\.?\s*)?\d{1,4}(?:/\d{1,4})?|[a-z]+meeting[a-z]*|meeting[a-z]+", text, re.I) or _SAID.search(text) or re.match(r"by\s", text) \
            or len(find_people(text)) >= (2 if "," in text else 3) or _person_line(text) \
            or re.search(r"\b(?:pdf|KB|MB)\b|(?i:\bminutes?\s+book\b|\bpage\s+\d|\btemplates?\b)", text) \
            or re.match(r"(?:to|cc|from)\s*:|(?:this|these)\s|(?:posted|published|updated|uploaded|modified)\b", text, re.I) \
            or _role_holder(text) or _DOCUMENT_HOST.search(text) or _ROLE_ONLY.fullmatch(text) \
            or re.fullmatch(r"(?:via\s+)?(?:(?:remote|virtual|online|hybrid)\s+)?(?:zoom|(?:microsoft\s+|ms\s+)?teams|webex|skype|online|virtual|"
                            r"remote|hybrid)(?:\s+meeting)?", text.strip("'\"‘’“”"), re.I) \
            or not organisation and _VENUE.search(text) \
            and not re.match(r"friends\s+of\s|trustees?\s|(?:management\s+)?committee\s+of\s", text, re.I):  # "Friends of Ashby Library",
        # "Trustees of Ashby Memorial Hall" are a group, not a venue
        # "ON" of a date line in capitals ("ON THURSDAY 19 th MAY"), "Meeting, Ashby School" (where a meeting met, after
        # its kind: "Annual Meeting, <venue>"; "Meeting, X Council" is read as X Council above)
        # "1.Declarations of Interest", "and Matters Arising pdf icon PDF 100 KB", a PDF's words run together ("ameetingheld"), "P Hill, M Down (Chairman)", "Mr A Bell Mr B
        # Hill Ms C Dean", a venue
        # a document site's "Minute Template by X", a memo's "To: All Members of X", an officer's line ("Treasurer Ann Bell")
        # ("Ashby Village Hall"), whose meeting it was ("Trustees'"), a blog's tag ("Posts Tagged ‘Minutes’")
        return None
    if text.isupper() and not re.fullmatch(r"[A-Z&]{2,6}", text):  # a title in capitals, not an acronym ("MPC")
        words = text.lower().split()
        text = " ".join(w if (w in _SMALL and i) else re.sub(r"[a-z]", lambda c: c.group().upper(), w, count=1)
                        for i, w in enumerate(words))  # "(MEDICAL)" -> "(Medical)"
    return text


# a Welsh council's name in Welsh only ("Cyngor Bro Ashby", "Cyngor Cymuned Ashby")
_WELSH_NAME = re.compile(r"\s*cyngor\s+(?:bro|cymuned|tref|dinas|sir)\s+(?!.*\bcouncil\b)", re.I)


# a venue's name or street, perhaps with its place after a comma ("Ashby Small Hall, Beacon"): never the body
_VENUE_WORD = (r"(?:hall|(?:school)?room|centre|center|chamber|library|pavilion|hotel|suite|offices|bar|inn|pub|restaurant|"
               r"road|street|lane|avenue)")  # an address's street ("Civic Centre" over "Ashby Road")
_VENUE = re.compile(r"\b" + _VENUE_WORD + r"(?:,\s*(?-i:[A-Z])[\w'’ -]*)?$", re.I)


# a document host's lines on the file under its page title: "Total Page:16", "File Type:pdf, Size:1020Kb"
# ... or its banner over the file's own text: "Document Sample", "<the file's name> Powered By Docstoc"
HOST_FILE_LINE = re.compile(r"^\s*(?:total\s+pages?|file\s+type|file\s+size)\s*:|^\s*document\s+sample\s*$|^.*\bpowered\s+by\s+docstoc\s*$", re.I)
# a document host's name and page furniture ("Docstoc", "Document Sample", "Powered By X", "Table of Contents", the file's
# size and pages), a site's menu
_DOCUMENT_HOST = re.compile(r"\b(?:docstoc|scribd|studylib|docplayer|yumpu|pdfslide|docslib|docsbay|docest|fdocuments)\b|"
                            r"\bdocument\s+sample\b|\bpowered\s+by\b|^(?:table\s+of\s+)?contents$|"
                            + HOST_FILE_LINE.pattern + "|"  # a host's "Total Page:16", "File Type:pdf, Size:1020Kb"
                            r"\b(?:about|contact)\s+us\b|\babout\s+this\s+(?:web\s*)?site\b", re.I)  # a site's menu: "Home About us News Contact us"


# a sentence's verb after its subject: "Ann Bell welcomed everyone to ...", "The Chair opened the meeting"
_SAID = re.compile(r"^(?:[A-Z][\w’'-]*\s+){1,3}(?:welcomed|thanked|opened|reported|noted|agreed|asked|said|explained|advised|"
                   r"confirmed|presented|introduced|chaired|gave|declared|proposed|seconded)\b")


# an officer's title before or after the holder's name: "Chairman Ann Bell", "Ann Bell (Chair, Ashby Group)"
_ROLE = r"(?:vice[\s-]?)?chair(?:man|woman|person)?|president|treasurer|secretary|clerk"
_ROLE_FIRST = re.compile(r"(?:" + _ROLE + r")\s*:?\s+(?P<name>(?-i:[A-Z]).+)$", re.I)  # "Chairman Ann Bell", "Chairman: Mr Ann Bell"


# an officer's title alone on its line, under the officer's name on a letterhead ("Parish Clerk", "Clerk & RFO")
_ROLE_ONLY = re.compile(r"(?:(?:parish|town|council|deputy|assistant|acting|locum)\s+)?(?:" + _ROLE + r"|proper\s+officer)"
                        r"(?:\s*(?:&|and|/)\s*(?:rfo|responsible\s+financial\s+officer))?(?:\s+to\s+the\s+council)?", re.I)


# a member's line in a list of who attended: "Cllr Ann Bell (Leader)", "Councillor Bob Hill", "Ann B – Treasurer" (a first
# name and an initial, then the member's role after a dash)
_MEMBER_LINE = re.compile(r"\s*(?:cllrs?\.?|councillors?)\s+(?-i:[A-Z])|\s*(?-i:[A-Z][a-z]+\s+[A-Z])\.?\s+[-–—]\s+\S", re.I)


def _role_holder(text: str) -> bool:
    """Whether ``text`` is an officer's line: a role and a person's name, or a name with a role in brackets."""
    first = _ROLE_FIRST.match(_LETTERHEAD_CONTACT.split(text)[0])  # "Chairman: Ann Bell Clerk: Bob Hill": a letterhead's officers
    named = re.match(r"(?P<name>[^(]+?)\s*\((?:" + _ROLE + r")\b", text, re.I)
    return bool(first and _a_name(first.group("name")) or named and _a_name(named.group("name")))


def furniture_only(text: str) -> bool:
    """Whether ``text`` names nothing: only a page's furniture, kinds of meeting and years ("Cofnodion / Minutes",
    "MONTHLY MEETING", "2014 AGM")."""
    return all(w.lower() in _FURNITURE or _kind_word(w) or re.fullmatch(r"(?:19|20)\d\d", w)
               for w in re.split(r"[\s/()]+", text) if w)  # "Meeting Minutes (AGM)"


# what may follow a person's name on a line of who attended or wrote: their organisation or role after a comma or in
# brackets ("Ann Bell, Ashby Surgery", "Ann Bell(ABC)")
_AFTER_NAME = re.compile(r"\s*(?:\([^()]*\)|,[^,()]{1,60})?\s*")
# a blog post's byline or a minute-taker's credit before the name ("By: Ann Bell", "Notes prepared by: Ann Bell"), or a
# label run into the first name of a list ("PresentAnn Bell, Ashby Surgery": a PDF's lost space)
_BYLINE = re.compile(r"\s*(?:(?i:(?:(?:prepared|taken|written|recorded|compiled)\s+)?by)\s*:?\s+|(?-i:Present|Apologies|Attendees)(?=[A-Z][a-z]))")


def _person_line(text: str) -> bool:
    """Whether ``text`` is one person's line and never a body: the name alone ("Mr Ann Bell"), after a byline ("By: Ann
    Bell"), or with the person's organisation or role ("Ann Bell, Ashby Surgery", "Cllr Ann Bell(Leader, ABC)")."""
    byline = _BYLINE.match(text)
    rest = text[byline.end():] if byline else text
    people = find_people(rest)
    return bool(people) and people[0].quote_start == 0 and _AFTER_NAME.fullmatch(rest, people[0].end) is not None


def _a_name(text: str) -> bool:
    """Whether ``text`` is one person's name and nothing else (a signature line, never a body)."""
    people = find_people(text)
    return len(people) == 1 and people[0].quote_start == 0 and people[0].end == len(text)  # with a title: "Mr Ann Bell"
