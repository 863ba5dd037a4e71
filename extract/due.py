"""When an action is due, from its own words.

In order of precedence: an explicit deadline ("by Friday 21 November", "RSVP 15 Dec", "by the end of October 2008",
"return required by 22nd October", "28.6.12" in a deadline column, "first week November": its 7th,
"by January 2009", "in February", "during August", an occasion "arranged for February/March": the (last) month's end), a dated occasion ("at EMB on 17 June"), the next
meeting when the words name it ("by the next meeting", "before the next meeting", "at the next Safer Essex meeting in January
2009", "at the January 2009 meeting") and its date is stated, then a period from the meeting date
("within 2 weeks", "in six months time"), or the end of the year or month ("before the end of the
year", "by the end of this month").
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from minutes.extract import cues
from minutes.extract.dates import find_dates

# the words before a date that make it a deadline, a weekday between them allowed ("before Friday 24.6.16"); not
# "until", which says how long something goes on ("to collect the bins until the end of August", "from 27 May until 8
# September")
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DEADLINE = re.compile(r"\b(by|before|no later than|deadline|RSVP)\s+(?:the\s+)?" + _WEEKDAY + "$", re.I)
_ON_DATE = re.compile(r"\b(on|at [A-Z]{2,6} on)\s+(?:the\s+)?" + _WEEKDAY + "$", re.I)
_NEXT = re.compile(r"\b(?P<prep>by|before|for|at|to|until)\s+the\s+next\s+(?P<what>[A-Za-z&' ]{0,60}?)\s*meeting\b"
                   r"(?:\s+(?:in|on)\s+(?P<month>[A-Z][a-z]+)(?:\s+(?P<year>\d{4}))?)?", re.I)
_MONTH_MEETING = re.compile(r"\b(?:at|by|for|to)\s+the\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})\s+meeting\b")
_MONTHS = "|".join(m for m in calendar.month_name if m)
_BY_MONTH = re.compile(r"\b(?P<lead>by|before|deadline|due|during|in|(?:arranged|held|scheduled|organi[sz]ed|planned|booked)\s+for)"
                       r"\s+(?:the\s+)?(?:end\s+of\s+)?(?P<month>" + _MONTHS + r")(?:\s*/\s*(?P<later>" + _MONTHS + r"))?"
                       r"(?:\s+(?P<year>\d{4}))?\b(?!\s+(?:meeting|\d))", re.I)  # "arranged for February/March": March's end
_WEEK_OF = re.compile(r"\b(?P<nth>first|second|third|fourth|last)\s+week\s+(?:of\s+|in\s+)?(?P<month>" + _MONTHS
                      + r")(?:\s+(?P<year>\d{4}))?\b", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_WITHIN = re.compile(r"\b(?:within|over)\s+(?:the\s+next\s+)?(?P<n>\d+|one|two|three|four|six)\s+(?P<unit>day|week|month)s?\b", re.I)
# a numeric date written with dots or dashes ("28.6.12", "28-06-2012"), which find_dates leaves to
# paragraph numbers ("3.1.12"); in an action's own words it is a deadline
_DOTTED = re.compile(r"(?<![\d.-])([0-3]?\d)[.-]([01]?\d)[.-]((?:19|20)?\d{2})(?![\d.-]?\d)")
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "twelve": 12}
# "before the end of the year": the 31st of December of the meeting's year; "by the end of this month": the last day of
# the meeting's month
_YEAR_END = re.compile(r"\b(?:by|before)\s+the\s+end\s+of\s+(?:the|this)\s+(?P<unit>year|month)\b", re.I)
# "in six months time", "in 2 weeks' time": that long after the meeting (months as calendar months)
_IN_TIME = re.compile(r"\bin\s+(?P<n>\d+|one|two|three|four|six|twelve)\s+(?P<unit>week|month)s?['’]?\s+time\b", re.I)


def resolve_due(text: str, meeting_date: dt.date | None, next_meeting: dt.date | None,
                body: str | None) -> tuple[str | None, str | None]:
    """``(ISO date or None, the words used or None)`` for an action's text."""
    year = meeting_date.year if meeting_date else None
    dotted = _DOTTED.sub(r"\1/\2/\3", text)  # "28.6.12" read as 28/6/12 (same length: spans hold)
    mentions = [d for d in find_dates(dotted, year) if d.date and (meeting_date is None or d.date >= meeting_date)]
    for words in (_DEADLINE, _ON_DATE):  # "by Friday 21 November" outranks "the meeting on 15 December"
        for mention in mentions:
            lead = words.search(text[:mention.start])
            if lead:
                return mention.date.isoformat(), text[lead.start():mention.end]
    week = cues.search(_WEEK_OF, text)
    if week and year is not None:  # "first week November": the end of that week (the 7th)
        month = list(calendar.month_name).index(week.group("month").capitalize())
        year_of = int(week.group("year")) if week.group("year") else year + (meeting_date.month > month)
        last = calendar.monthrange(year_of, month)[1]
        day = last if week.group("nth").lower() == "last" else 7 * _ORDINALS[week.group("nth").lower()]
        return dt.date(year_of, month, day).isoformat(), week.group(0)
    by_month = next((m for m in cues.finditer(_BY_MONTH, text) if m.group("lead").lower() != "in"), None)
    if by_month is None and not cues.search(_NEXT, text) and not cues.search(_MONTH_MEETING, text):
        # "would be submitted in February", when no meeting is named ("the Partnership meeting in May" is not a deadline)
        by_month = next((m for m in cues.finditer(_BY_MONTH, text) if not re.search(r"meeting\s*$", text[:m.start()])), None)
    if by_month:  # "by January 2009": the end of that month (the year after the meeting's if need be)
        month = list(calendar.month_name).index((by_month.group("later") or by_month.group("month")).capitalize())
        year_of = int(by_month.group("year")) if by_month.group("year") else year
        if year_of is not None:
            if not by_month.group("year") and meeting_date and month < meeting_date.month:
                year_of += 1
            return dt.date(year_of, month, calendar.monthrange(year_of, month)[1]).isoformat(), by_month.group(0)
    for m in cues.finditer(_NEXT, text):
        what = m.group("what").strip().lower()
        if what and (not body or what not in body.lower()) and what not in ("group", "board", "committee", "panel"):
            continue  # the next meeting of some other body
        return (next_meeting.isoformat() if next_meeting else None), m.group(0)
    for m in cues.finditer(_MONTH_MEETING, text):
        if next_meeting and next_meeting.strftime("%B").lower() == m.group("month").lower():
            return next_meeting.isoformat(), m.group(0)
    year_end = cues.search(_YEAR_END, text)
    if year_end and meeting_date is not None:
        month = 12 if year_end.group("unit").lower() == "year" else meeting_date.month
        return dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat(), year_end.group(0)
    in_time = cues.search(_IN_TIME, text)
    if in_time and meeting_date:
        n = int(in_time.group("n")) if in_time.group("n").isdigit() else _NUMBERS[in_time.group("n").lower()]
        if in_time.group("unit").lower() == "week":
            return (meeting_date + dt.timedelta(weeks=n)).isoformat(), in_time.group(0)
        month = meeting_date.month - 1 + n
        year_of, month = meeting_date.year + month // 12, month % 12 + 1
        day = min(meeting_date.day, calendar.monthrange(year_of, month)[1])
        return dt.date(year_of, month, day).isoformat(), in_time.group(0)
    within = cues.search(_WITHIN, text)
    if within and meeting_date:
        n = int(within.group("n")) if within.group("n").isdigit() else _NUMBERS[within.group("n").lower()]
        days = {"day": 1, "week": 7, "month": 30}[within.group("unit").lower()] * n
        return (meeting_date + dt.timedelta(days=days)).isoformat(), within.group(0)
    return None, None
