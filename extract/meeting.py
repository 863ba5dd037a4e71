"""The ``meeting`` component: body, date, times and location from the heading region; kind; next meeting.

The heading region is the blocks before the first attendance label or agenda item. The meeting's
year, when the heading omits it, comes from the weekday and the years of the document's other dates.
The body is found and cleaned in ``meeting_body``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable

from minutes.extract import cues
from minutes.extract.blocks import HEADING_REGION_MAX, attendance_label, body_blocks, heading_region
from minutes.extract.dates import DateMention, find_dates, find_time_ranges
from minutes.extract.meeting_body import (BODY_INLINE, BODY_NOUNS, EARLIER_MINUTES, ITEM_PAGE, MEETING_OF_HELD, MEETING_TITLE,
                                          HOST_FILE_LINE, MINUTES_OF, SUBITEM, body_in_prose, dates_a_meeting, furniture_only, heading_body, named_in_full,
                                          running_lines, spelled_out, strip_dates, strip_times, whose_meeting)
from minutes.extract.pipeline import Options, component
from minutes.extract.record import Record, Source
from minutes.ingest.document import Block, Document

_LOCATION_WORDS = re.compile(r"\b(room|hall|chamber|offices?|centre|center|house|building|library|hotel|suite|"
                             r"council|venue|civic|headquarters|hq|town hall|county hall)\b", re.I)
_OFFICER_LINE = re.compile(r"\s*(?:clerk|secretary|proper\s+officer)\s+to\s+the\b", re.I)
_LOCATION_LABEL = re.compile(r"^(?:venue|location(?:\s+of\s+(?:the\s+)?meeting)?|place|where)\s*:\s*(?P<loc>.+)$", re.I)
# a time in the heading that is not the meeting's: a web page's posting time, someone arriving or leaving
_NOT_MEETING_TIME = re.compile(r"\bposted\b|^\s*by\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3}\s*,|"  # a byline: "By Ann Bell,<date> 08:07"
                               r"\b(?:entered|joined|left)\s+the\s+meeting\b|\barrived\b|\bnext\s+(?:\w+\s+){0,2}meetings\b|"  # a schedule of the next meetings
                               r"\bmeeting\s+(?:closed|ended|finished|concluded)\b", re.I)  # "The meeting closed at 8.45pm": its end
_FILE_SIZE = re.compile(r"\s*(?:kb|mb|gb)\b", re.I)  # "Download 8.18 Kb.": a file's size, not a time
_OPENED = re.compile(r"\b(?:(?:meeting|proceedings)\s+(?:commenced|started|began|opened|(?:was\s+)?declared\s+open)"
                     # "opened the meeting at", "started the meeting at 7.35pm", "agreed to open the Council Meeting at 7.02pm"
                     r"(?:\s+in\s+(?:open|public|closed|private)\s+session)?|(?:open(?:ed)?|start(?:ed)?|commenced?|began)\s+the\s+(?:[\w-]+\s+){0,2}?meeting|"  # "commenced in open session at"
                     # a church council's "opened the meeting with prayer at 7.35pm", "The meeting was opened with prayers at"
                     r"(?:meeting\s+was\s+opened|opened\s+the\s+meeting)\s+with\s+(?:a\s+)?prayers?|"
                     # "Proceedings commenced at 7.30pm", a title's "COMMENCING AT 10.00 AM", "was called to order at 7:30 PM"
                     r"commencing|called\s+(?:the\s+meeting\s+)?to\s+order)\s+at\s+|"
                     r"\bmeeting\s+start\s+time\s*:?\s*(?=\d)")  # a form's "Meeting Start Time: 19.02pm"
_AT_OPENED = re.compile(r"(?:^|[.:;]\s+)At\s+(?P<time>\d{1,2}(?:[.:\s-][0-5]\d)?\s*(?i:[ap]\.?m\.?)?)\s*,?\s+[^.]{0,120}?"
                        r"\b(?:opened|welcomed|commenced|began|started|declared|called\s+(?:the\s+meeting\s+)?to\s+order)\b")  # "At 6:30 PM, X called the meeting to order"
_CLOSED = re.compile(r"(?=[abcefm]|^)(?:\b(?:meeting|business|agm|egm)\b[^.]{0,40}?\b(?:ended|closed|finished|concluded|terminated)\s+(?:at\s+|(?=\d))|"
                     # "Meeting adjourned at 9:30 PM"; not "adjourned at 19.45 for briefings and reconvened at 20.10"
                     r"\bmeeting\b[^.]{0,40}?\badjourned\s+(?:at\s+|(?=\d))(?!(?:[^.]|\.(?=\d)){0,100}\b(?:reconvened|resumed))|"
                     # "The Chair closed the meeting with thanks to the participants at 10:20am"
                     r"\b(?:closed|ended|concluded)\s+the\s+meeting\b[^.\d]{0,60}?\bat\s+|\bclose\s+of\s+(?:the\s+)?meeting\s*:?\s*|"
                     # "Start: 19:00 Finish: 20:45", "Finish Time 12.00NOON", "... and finishing at 12:05 pm", a line of its
                     # own: "Closed at 9.30pm", "Concluded 20.15"
                     r"\b(?:finish(?:ed)?|end(?:ed)?|closed?)(?:\s+time\s*:?|\s*:)\s*(?=\d)|"
                     r"(?:^\s*(?:closed|ended|finished|concluded)|\b(?:finishing|ending|closing))(?:\s+at)?\s+(?=\d))")
# (_OPENED and _CLOSED are written in lower case and searched in the folded text: cues.search_folded, 2-3 times faster; _CLOSED
# opens with a look-ahead of its branches' first letters, so that the engine enters them only at those: twice as fast)
_NEXT = re.compile(r"\b(next\s+(?:[\w-]+\s+)?(?:" + BODY_NOUNS + r")\s+meeting|next meeting|future meetings?)\b",
                   re.I)  # "Date of next committee meeting", "the next Parish Council meeting"
# a deadline's words right before a date ("... at the next meeting (replies were required by 23rd May)"): not when
# the meeting is
_DEADLINE_BEFORE = re.compile(r"\b(?:required|needed|due|returned|received)\s+by\s+(?:the\s+)?$", re.I)
_REPORT_WORDS = re.compile(r"\b(purpose of (the )?report|report date|report of|report author|recommendations?|"
                           r"agenda item|update report|performance report|performance (?:matrix|indicators?|scorecard|dashboard|monitor(?:ing)?|digest)|"
                           r"(?:bv|l|k)?pis|scorecard|exception report)\b", re.I)


def _below_host_title(blocks: list[Block]) -> list[Block]:
    """The document under a document host's page title and its lines on the file ("Total Page:16", "File Type:pdf,
    Size:1020Kb"): the host's title may be another document's ("Ordinary Meeting of the Town Council, Monday 16th March
    2015" over the minutes of an annual meeting of 2017)."""
    last = max((k for k, block in enumerate(blocks[:6]) if HOST_FILE_LINE.match(block.text)), default=None)
    return blocks[last + 1:] if last is not None and last + 1 < len(blocks) else blocks


@component("meeting")
def extract_meeting(doc: Document, record: Record, options: Options) -> None:
    """Fill ``record.meeting``, ``record.kind`` and ``record.next_meeting``; under a document host's page title, from
    the document below it when that dates the meeting (with the title's body when the document names none)."""
    blocks = body_blocks(doc)
    _read_meeting(doc, blocks, record)
    below = _below_host_title(blocks)
    if below is not blocks:
        own = Record(doc=record.doc)
        _read_meeting(doc, below, own)
        if own.meeting.date is not None:
            own.meeting.body = own.meeting.body or record.meeting.body
            record.meeting, record.kind, record.next_meeting = own.meeting, own.kind, own.next_meeting


def _read_meeting(doc: Document, blocks: list[Block], record: Record) -> None:
    """Fill ``record``'s meeting, kind and next meeting from ``blocks``."""
    region = heading_region(blocks)
    region[:1] = [_without_page_number(b) for b in region[:1]]
    # "Meeting: 03/12/2014 - Overview and Scrutiny Board (Item 78)" under an item's title
    region += [b for b in blocks[len(region):HEADING_REGION_MAX] if BODY_INLINE.match(b.text)]
    # read only for a date that lacks its year: the title's own year first ("2011 Annual Residents Meeting – Minutes")
    year = functools.cache(lambda: _title_year(region) or _document_year(doc, blocks))
    numbering = _minute_numbering(blocks)
    date_block, mention = _meeting_date(region, year, numbering)
    if mention is None:  # "Chairman: Cllr A Smith  Clerk: Mrs B Jones" in a letterhead ended the region above the title
        titles = [b for b in blocks[len(region):len(region) + 3] if MEETING_TITLE.search(b.text)
                  and not EARLIER_MINUTES.search(b.text) and not re.match(r"\s*\(?[0-9ivx]{1,4}[.)]", b.text)]
        date_block, mention = _meeting_date(titles, year, numbering)
    if mention is None:  # the agenda above the minutes on one page: "Agenda" / "1 Apologies" ... / "Minutes of the X Meeting held on <date>"
        titles = [b for b in blocks[len(region):4 * HEADING_REGION_MAX] if _MINUTES_TITLE.match(b.text) and not EARLIER_MINUTES.search(b.text)]
        date_block, mention = _meeting_date(titles[:1], year, numbering)
    if mention is None:  # a decision's page: "Date of decision: 25/05/2006" below the decision's text
        # ... or a "Date:" label beside the first attendance line, a form's two columns run into one line ("Present: Ann
        # Bell (Chair) Date: 6th December 2011")
        dated = [b for b in blocks[:3 * HEADING_REGION_MAX] if _DATE_LABEL.match(b.text) or _DATE_LABEL_BESIDE.search(b.text)]
        date_block, mention = _meeting_date(dated[:1], year, numbering)
    meeting = record.meeting
    if mention and mention.date:
        meeting.date = mention.date.isoformat()
        start = date_block.start + mention.start
        meeting.source = Source.of(doc, start, date_block.start + mention.end)
    if date_block is None:  # "X Minutes Thursday 14 July" with no year anywhere: still the title's line
        date_block = next((b for b in region if MEETING_TITLE.search(b.text) and find_dates(b.text)), None)
    meeting.body = heading_body(region, date_block) or body_in_prose(blocks[:3 * HEADING_REGION_MAX]) \
        or heading_body(running_lines(doc) + region, date_block)  # a letterhead in the page header only
    meeting.body = spelled_out(region, whose_meeting(region, named_in_full(blocks[:3 * HEADING_REGION_MAX], meeting.body)))
    meeting.start, meeting.end = _times(region, date_block)
    if meeting.start is None and mention and mention.date:
        meeting.start, meeting.end = _times(_dated_again(blocks[len(region):3 * HEADING_REGION_MAX], mention.date), None)
    if meeting.start is None:
        meeting.start, meeting.end = _time_line(blocks)
    meeting.start = _nearer(_opening_time(blocks), meeting.start) or meeting.start  # when it really began beats the time called
    meeting.end = _nearer(_closing_time(blocks) or meeting.end, meeting.start)
    meeting.location = _location(region, date_block, meeting.body)
    record.kind = _kind(doc, blocks, region)
    record.next_meeting = _next_meeting(blocks, mention.date if mention else None, year)


# a minute book's page number before the first line's title: "721 MINUTES OF THE ANNUAL MEETING OF X HELD AT ..." (not
# an item "3 Minutes of ...": no item comes first)
_PAGE_NUMBER_TITLE = re.compile(r"^\s*\d{2,4}\s+(?=(?:the\s+)?minutes\s+of\b)", re.I)


def _without_page_number(block: Block) -> Block:
    """The document's first block without a minute book's page number before its title (blanked: the offsets stay)."""
    number = _PAGE_NUMBER_TITLE.match(block.text)
    return dataclasses.replace(block, text=" " * number.end() + block.text[number.end():]) if number else block
# a title sentence that ends right before the date: "Minutes of the X Meeting of the Y held on "
_MINUTES_HELD_BEFORE = re.compile(r"(?:^|[.:;]\s+|\s)(?-i:Minutes|MINUTES)\s+of\s+(?:the|a|an)\s+[^.;]{0,150}?\bheld\s+(?:on\s+)?(?:the\s+)?$")
# the minutes' own date after an earlier date in their title line (the date of the meeting that receives them)
_HELD_ON = re.compile(r"\bminutes\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?meeting\s+held\s+on\s+", re.I)
# "St. Ann's", "Ltd." end no sentence (the stop first, the look-behinds that end with it after: tried only at a stop)
_SENTENCE_BREAK = re.compile(r"[.;!?](?<!\bSt.)(?<!\bLtd.)(?<!\bCo.)(?<!\bNo.)\s+[A-Z]")
# an item page's line naming its meeting: "- Meeting of "Hybrid" Meeting, X Committee, Monday, 26th July, 2021 6.30 p.m."
_ITEM_MEETING = re.compile(r"^[\s•·-]*meeting\s+of\b", re.I)
# a title line that opens the minutes: "Minutes of the Parish Council Meeting held on <date>" (not an agenda's numbered item)
# (naming whose meeting: not an item's "Minutes of the meeting held on <date>", the earlier minutes to approve)
_MINUTES_TITLE = re.compile(r"\s*(?-i:Minutes|MINUTES)\s+of\s+(?:the|a|an)\s+(?!meeting\b)[^.;]{1,120}?\bmeeting\s+held\s+on\b", re.I)
_DATE_LABEL = re.compile(r"^\s*(?:date|meeting\s+date|date\s+of\s+(?:the\s+)?(?:meeting|decision))\b", re.I)
_DATE_LABEL_BESIDE = re.compile(r"^\s*(?:present|attendees|attendance|in\s+attendance)\s*:.*\s(?-i:Date|DATE)\s*:\s*\S", re.I)
_POSTED = re.compile(r"\b(?:posted|published|updated|uploaded|modified)(?:\s+on)?[\s:]*$|"
                     r"^\s*by\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3}\s*,?\s*$", re.I)  # a byline: "By Ann Bell, <date>"
# the date a draft is to be confirmed or was approved on, never the meeting's
# a blog post's date with its author after it, the whole line: "Tuesday, 2 May 2017 By: Ann Bell"
_BYLINE_AFTER = re.compile(r"\s*[,|–-]?\s*(?:posted\s+)?by\s*:?\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3}\s*$", re.I)
_CONFIRMED_ON = re.compile(r"\b(?:rearranged|postponed|moved|rescheduled|deferred|brought\s+forward)\s+from\s*$|"  # the date it was moved from
                           # "Draft, to be agreed at the AGM <date>"
                           r"\b(?:confirmed|approved|agreed|ratified|adopted|signed)(?:\s+as\s+a\s+(?:correct|true)\s+record)?"
                           r"(?:\s+at\s+the\s+(?:next\s+)?(?:meeting|agm|egm)(?:\s+held)?(?:\s+(?:on|at))?|\s+(?:on|at))\s*$", re.I)
_YEARISH = re.compile(r"\d\d\b")  # a date with its year ends in two digits or more


def _document_year(doc: Document, blocks: list[Block]) -> int | None:
    years = Counter(d.date.year for b in blocks if _YEARISH.search(b.text)
                    for d in find_dates(b.text) if d.has_year and d.date)
    if not years:  # no full date anywhere: a year standing alone in a title line near the top ("Minutes 2019")
        years = Counter(int(y) for b in blocks[:HEADING_REGION_MAX] if len(b.text) <= 100
                        for y in re.findall(r"\b((?:19|20)\d\d)\b", b.text))
    return years.most_common(1)[0][0] if years else None


def _title_year(region: list[Block]) -> int | None:
    """A year standing alone in a short line of the heading that holds no full date ("2011 Annual Residents Meeting")."""
    for block in region:
        if len(block.text) <= 100 and not any(m.has_year for m in find_dates(block.text)):
            found = re.search(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-]|\s*[-–]\s*\d)", block.text)
            if found:
                return int(found.group(1))
    return None


def _dates(text: str, year: Callable[[], int | None], short_years: bool = False) -> list[DateMention]:
    """``find_dates(text, year(), short_years)``, asking ``year`` (the document's: the dates of every block)
    only when a date in ``text`` lacks its own year: for the others the year given changes nothing."""
    mentions = find_dates(text, None, short_years)
    return mentions if all(m.has_year for m in mentions) else find_dates(text, year(), short_years)


# a minute's number shaped like a date: "17/8/01" (the year, the meeting, the item)
_DATE_SHAPED_NUMBER = re.compile(r"(?<![\d/.])(\d{1,2}/\d{1,2}/)(\d{1,2})(?![\d/]|\.\d)")


def _minute_numbering(blocks: list[Block]) -> frozenset[str]:
    """The stems of the minutes' numbers shaped like dates: "17/8/" when "17/8/01", "17/8/02" and "17/8/03" number the
    items (a date's last part never counts up through a document)."""
    numbers: dict[str, set[int]] = {}
    for block in blocks:
        if "/" not in block.text:
            continue  # (no number shaped like a date: the pattern's look-behind, tried at every character, is 8 times slower)
        for stem, number in _DATE_SHAPED_NUMBER.findall(block.text):
            numbers.setdefault(stem, set()).add(int(number))
    return frozenset(stem for stem, seen in numbers.items() if any(n + 1 in seen and n + 2 in seen for n in seen))


def _meeting_date(region: list[Block], year: Callable[[], int | None],
                  numbering: frozenset[str] = frozenset()) -> tuple[Block | None, DateMention | None]:
    """The first dated block of the heading region (a labelled "Date" row wins; a web page's posting date
    only when no other; never a minute's number in ``numbering``, see ``_minute_numbering``)."""
    candidates, posted = [], []
    item_page = bool(region) and re.fullmatch(r"\s*agenda\s+item\s*", region[0].text, re.I) is not None
    for k, block in enumerate(region):
        if item_page and not (BODY_INLINE.match(block.text) or _DATE_LABEL.match(block.text) or _ITEM_MEETING.match(block.text)
                              or re.match(r"\s*held\s*:", block.text, re.I)):  # a minutes' own row "Held: <date> at 10:30 am"
            continue  # an agenda item's page: the dates in its text are other meetings' (its "Meeting:" and "Date" rows date it)
        if SUBITEM.match(block.text) or k and ITEM_PAGE.match(region[k - 1].text) and re.match(r"\s*minutes\b", block.text, re.I):
            continue  # an item page's title "Minutes of the Planning Committee meeting held on: <dates>": earlier meetings
        held = MEETING_OF_HELD.search(block.text[:400])
        mentions = _dates(block.text, year, short_years=dates_a_meeting(block.text))
        own = _HELD_ON.search(block.text[:400])  # "Cabinet 21st October 2009 Minutes of the meeting held on 23rd September 2009"
        if own and not EARLIER_MINUTES.search(block.text, own.start(), own.end() + 100):
            mentions = sorted(mentions, key=lambda m: not 0 <= m.start - own.end() <= 12)
        below = region[k + 1] if k + 1 < len(region) else None
        mentions = [_range_start(block.text, _year_below(block, below, m)) for m in mentions]
        spans = _period_ends(block.text, mentions)
        for mention in mentions:
            if mention in spans:
                continue  # "Minutes of meetings held from 1st March 2019 to 31st March 2020": a book's period
            if _DATE_SHAPED_NUMBER.match(block.text, mention.start) and block.text[mention.start:].startswith(tuple(numbering)):
                continue  # "17/8/01: TO RECEIVE APOLOGIES": a minute's number
            opening = held is not None and 0 <= mention.start - held.end() <= 60  # "a meeting of X held at 7pm on <date>"
            # a long first paragraph that starts with the title: "X MINUTES OF THE BOARD MEETING held at Y on <date> PRESENT ..."
            opening = opening or mention.start <= 250 and MEETING_TITLE.search(block.text, 0, mention.start) is not None \
                and not _SENTENCE_BREAK.search(block.text, 0, mention.start) and not EARLIER_MINUTES.search(block.text, 0, mention.end + 100)
            # ... or a sentence deep in a paragraph after the letterhead that names the minutes: "... Email: x Telephone: y
            # Minutes of the Annual Meeting and the Ordinary meeting of the Parish Council held on Tuesday 4th August 2020"
            opening = opening or _MINUTES_HELD_BEFORE.search(block.text, max(0, mention.start - 200), mention.start) is not None
            # ... or a title in capitals run into the paragraph: "X BOARD (XB) MEETING THE HALL, HIGH STREET TUESDAY 29TH JULY 2014"
            opening = opening or mention.start <= 250 and re.fullmatch(r"[^a-z]*\bMEETING\b[^a-z]*", block.text[:mention.start]) is not None
            if _NEXT.search(block.text, 0, mention.start):
                continue  # "Date of next meeting: 8 June 2006"
            if _CONFIRMED_ON.search(block.text, max(0, mention.start - 60), mention.start):
                continue  # "DRAFT MINUTES TO BE CONFIRMED ON 3RD SEPTEMBER"
            if _POSTED.search(block.text, 0, mention.start) or _BYLINE_AFTER.match(block.text, mention.end):
                posted = posted or [(True, block, mention)]
                continue  # a web page's "Posted on 20 March 2014 by Clerk": the meeting's date only if no other is
            stop = _SENTENCE_BREAK.search(block.text, mention.end, mention.end + 100)  # "... 14th March 2017. Signed as a true record on"
            if mention.start > (80 if len(block.text) > 200 else 200) and not opening or EARLIER_MINUTES.search(
                    block.text, max(0, mention.start - 150), stop.start() + 1 if stop else mention.end + 100):
                continue  # deep in a paragraph; "The minutes of the meeting held on 20 September 2019 were taken as read"
            if mention.date:
                labelled = bool(_DATE_LABEL.match(block.text))
                candidates.append((not labelled, block, mention))
                break
    candidates = candidates or posted
    if not candidates:
        return None, None
    labelled_first = sorted(candidates, key=lambda c: c[0])
    _, block, mention = labelled_first[0] if not labelled_first[0][0] else candidates[0]
    # (a year before the month is the date's too: "1947 April 22nd" is a bare date line)
    rest = re.sub(r"^(?:19|20)\d\d\b", "", strip_times(strip_dates(block.text)).strip(" ,.-–")).strip(" ,.-–")
    # (under a bare date line, the title may come after another dated line: a blog's "The Big Book Sale, 27th September")
    titled = next((c for c in candidates[1:2 if rest else 3] if MEETING_TITLE.search(c[1].text) or _titled_above(region, c[1])
                   or not rest and re.search(r"\b(?:meeting|agm|egm)\b", c[1].text, re.I)), None)  # "AGM Held Thursday Sep 1st"
    # a bare date line above the title: a posting date; a page title "Minutes 26.06.2016" over a title with another date
    if titled and (not rest or furniture_only(rest) and titled[2].date != mention.date):
        _, block, mention = titled
    # a document site's title "BOARD AGENDA – 1st April" (no year) over "MINUTES OF A MEETING ... HELD ON <date with year>"
    if not mention.has_year and re.search(r"\bagenda\b", block.text, re.I) and not MEETING_TITLE.search(block.text):
        block, mention = next(((b, m) for _, b, m in candidates if m.has_year and re.search(r"\bminutes\s+of\b.{0,120}?\bheld\b", b.text[:400], re.I)),
                             (block, mention))
    if not mention.has_year:  # "Hall Trust meeting - March 15" over "At the Hall - 12th March 2015", an advert's "due April 15th"
        later = [(b, m) for _, b, m in candidates if region.index(b) > region.index(block)]
        block, mention = next(((b, m) for b, m in later if _fuller_date(m, b, mention, block)), (block, mention))
    return block, mention


def _period_ends(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The dates that open or close a period ("from 1st March 2019 to 31st March 2020", "1 April 2019 - 31 March 2020"):
    two dates with their years joined by "to" or a dash, never a meeting's date."""
    ends = []
    for first, second in zip(mentions, mentions[1:]):
        if first.has_year and second.has_year and re.fullmatch(r"\s*(?:to|until|till|[-–—])\s*", text[first.end:second.start], re.I):
            ends += [first, second]
    return ends


def _fuller_date(mention: DateMention, block: Block, yearless: DateMention, yearless_block: Block) -> bool:
    """Whether ``mention`` (with its year) is the meeting's date rather than an earlier line's ``yearless`` one: in
    the same month, or on a line that dates a meeting where the yearless one's line does not."""
    if not mention.has_year or mention.date is None:
        return False
    same_month = yearless.date is not None and (yearless.date.year, yearless.date.month) == (mention.date.year, mention.date.month)
    return same_month or dates_a_meeting(block.text) and not dates_a_meeting(yearless_block.text)


def _titled_above(region: list[Block], block: Block) -> bool:
    """Whether the line above ``block`` is a title ending in "Minutes" ("X Board Minutes" over its date)."""
    k = region.index(block)
    return k > 0 and bool(re.search(r"\S\s+minutes\s*$", region[k - 1].text, re.I))


def _year_below(block: Block, next_block: Block | None, mention: DateMention) -> DateMention:
    """``mention`` with its year from the next line when the title wraps there: "held on 3 March" / "2014 at ..."."""
    below = re.match(r"\s*((?:19|20)\d\d)\b", next_block.text) if next_block is not None else None
    if mention.has_year or not below or block.text[mention.end:].strip(" ,"):
        return mention
    joined = find_dates(mention.text + " " + below.group(1))
    if not joined or joined[0].date is None:
        return mention
    end = next_block.start - block.start + below.end()  # the quote runs on to the year
    return DateMention(mention.start, end, mention.text, joined[0].date, True, mention.weekday)


# the first day of a meeting over two days, written before the second's date: "held on 7-8 April 2005", "30th and 31st May"
_FIRST_DAY = re.compile(r"(?<![\d/.])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:[-–—]|and|&)\s*$", re.I)


def _range_start(text: str, mention: DateMention) -> DateMention:
    """``mention`` moved to the first day when a day of the same month stands before it as the start of a range of days
    ("7-8 April 2005": the 7th); else ``mention`` as it is."""
    first = _FIRST_DAY.search(text, max(0, mention.start - 8), mention.start)
    if mention.date is None or not first or not 1 <= int(first.group("day")) < mention.date.day:
        return mention
    return dataclasses.replace(mention, start=first.start(), text=text[first.start():mention.end],
                               date=mention.date.replace(day=int(first.group("day"))))


def _times(region: list[Block], date_block: Block | None) -> tuple[str | None, str | None]:
    ordered = ([date_block] if date_block else []) + [b for b in region if b is not date_block]
    for block in ordered:
        ranges = find_time_ranges(block.text)
        if ranges and not _NOT_MEETING_TIME.search(block.text, 0, ranges[0][1]) and not _FILE_SIZE.match(block.text, ranges[0][1]):
            # "Posted 10:30", not "(Arrived ...)" later
            begins, ends, start, end = ranges[0]
            return _evening(start, block.text[begins:ends]), end
    return None, None


def _dated_again(blocks: list[Block], date: dt.date) -> list[Block]:
    """The short lines below the heading that give the meeting's date again, where its time may be: the agenda above the
    minutes, then "Monday 6th May 2019 - 19:30hrs – Village Hall" over the minutes themselves."""
    return [block for block in blocks if len(block.text) <= 120 and any(m.date == date for m in find_dates(block.text))]


def _evening(time: str, written: str) -> str:
    """``time`` ("HH:MM") read as evening when written without am or pm before eight ("at 7.30 in the Hall"): meetings are
    called for the afternoon or evening, never for the small hours."""
    if int(time[:2]) in range(1, 8) and not re.search(r"[ap]\.?\s*m\b|noon|midday", written, re.I):
        return f"{int(time[:2]) + 12:02d}{time[2:]}"
    return time


def _time_line(blocks: list[Block]) -> tuple[str | None, str | None]:
    """The meeting's times on a line of their own below the heading: in brackets after its place ("(Memorial Hall, Ashby,
    7.00pm – 9.00pm)" under the attendance list) or alone at the foot of a council's page ("4.00 pm - 6.00 pm")."""
    for k, block in enumerate(blocks[:40] + blocks[-5:]):
        text = block.text.strip()
        if len(text) > 100 or not (text.startswith("(") and text.endswith(")") or k >= min(40, len(blocks))):
            continue
        ranges = find_time_ranges(text)
        if ranges and ranges[0][3] and not _NOT_MEETING_TIME.search(text) \
                and (text.startswith("(") or not strip_times(text).strip(" ,.-–—")):
            return ranges[0][2], ranges[0][3]
    return None, None


def _nearer(time: str | None, reference: str | None) -> str | None:
    """``time`` ("HH:MM") read as afternoon or evening when that puts it nearer ``reference``: a time
    written without am/pm ("The meeting commenced at 7.35", "Meeting closed at 9:20") near a 7.30pm start."""
    if not time or not reference or int(time[:2]) >= 12:
        return time
    later = f"{int(time[:2]) + 12:02d}{time[2:]}"
    return later if abs(_minutes(later) - _minutes(reference)) < abs(_minutes(time) - _minutes(reference)) else time


def _minutes(time: str) -> int:
    return int(time[:2]) * 60 + int(time[3:5])


def _opening_time(blocks: list[Block]) -> str | None:
    """"The meeting commenced at 19:03", "The Chair opened the meeting at 4.35pm", "At 7.30pm the Chairman
    welcomed everyone", near the top."""
    opened = _time_after(_OPENED, blocks[:40])
    if opened is None:
        at = next((m for b in blocks[:40] if (m := cues.search(_AT_OPENED, b.text))), None)
        times = find_time_ranges(at.group("time")) if at else []
        opened = times[0][2] if times and times[0][0] == 0 else None
    return opened


def _closing_time(blocks: list[Block]) -> str | None:
    """"The meeting closed at 9.15pm", the last such phrase in the document."""
    return _time_after(_CLOSED, reversed(blocks))


def _time_after(phrase: re.Pattern, blocks: Iterable[Block]) -> str | None:
    """The time written right after ``phrase`` in the first of ``blocks`` where the phrase has one."""
    for block in blocks:
        m = cues.search_folded(phrase, block.text)  # the phrases start with \b: gated by their cue
        if m:
            # (a stray space after the stop: "The Meeting opened at 18. 07")
            times = find_time_ranges(re.sub(r"^(\d{1,2})([.:])\s(?=[0-5]\d\b)", r"\1\2", block.text[m.end():m.end() + 20]))
            if times and times[0][0] == 0:
                return times[0][2]
    return None


def _location(region: list[Block], date_block: Block | None, body: str | None) -> str | None:
    for block in region:
        label = _LOCATION_LABEL.match(block.text)
        if label:
            return re.sub(r"\.?\s*View directions\s*$", "", label.group("loc").strip())  # ModernGov link text
        if block.kind == "table_row" and len(block.cells) >= 2 and _LOCATION_LABEL.match(block.cells[0].text + ": x"):
            return block.cells[1].text
    for block in region:
        if block is date_block or block.kind == "table_row" or attendance_label(block.text):
            continue
        text = block.text.strip(" ,.")
        if body and body.lower() in text.lower() or MINUTES_OF.match(text) and "minutes" in text.lower() \
                or _OFFICER_LINE.match(text):
            continue  # (not "Clerk to the Council:", an officer's line above the letterhead's address)
        if _LOCATION_WORDS.search(text) and len(text) <= 100 and not find_dates(text) and not text.isupper():
            return text
    if date_block is not None:
        tail = re.split(r"\d[.:]\d\d\s*(?:[ap]\.?m\.?)?\s*,?", date_block.text, flags=re.I)[-1]
        tail = re.split(r"\b(?:present|attendance|apologies)\b", tail, flags=re.I)[0].strip(" ,.-–—|")  # not the paragraph after
        if tail and tail != date_block.text and len(tail) <= 100 and _LOCATION_WORDS.search(tail):
            return re.sub(r"^(at|in)\s+", "", tail, flags=re.I)
    return None


# what only a record of a meeting says: "Members considered ...", "It was agreed ...", "RESOLVED"
_RECORDED = re.compile(r"\b(?:it\s+was\s+(?:agreed|resolved|noted|decided)|resolved\b|(?:members|the\s+(?:board|committee|panel|"
                       r"group|cabinet|partnership|forum|council))\s+(?:considered|noted|agreed|received|discussed)|"
                       r"was\s+introduced\s+by|submitted\s+a\s+report|decision\s*:)", re.I)


def _kind(doc: Document, blocks: list[Block], region: list[Block]) -> str:
    has_attendance = any(attendance_label(b.text) for b in blocks[:80])
    head = " ".join(b.text for b in blocks[:12])
    if has_attendance or re.search(r"\bminutes\b", head, re.I) or _RECORDED.search(head):
        return "minutes"
    return "report" if _REPORT_WORDS.search(head) or re.search(r"\breport\b|\bupdate\b", head, re.I) else "minutes"


def _next_meeting(blocks: list[Block], meeting_date: dt.date | None, year: Callable[[], int | None]) -> str | None:
    for block in reversed(blocks):
        m = _NEXT.search(block.text)
        if not m:
            continue
        after = block.text[m.start():]
        for mention in find_dates(after, meeting_date.year) if meeting_date else _dates(after, year):
            if mention.date and (meeting_date is None or mention.date > meeting_date) \
                    and not _DEADLINE_BEFORE.search(after, 0, mention.start):
                return mention.date.isoformat()
    return None
