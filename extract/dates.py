"""Dates and times as minutes write them.

- ``find_dates(text, year=None)``: every date expression ("Monday 17 November", "2nd October 2008",
  "25 th January 2010", "25th Jan 10", "14/9/07", "03-Mar-14", "June 14, 2010", "end May", "the end of October
  2008"), with the year inferred when omitted (the weekday, when given, picks the year).
- ``find_time_ranges(text)``: "3:00-5.00pm" -> ("15:00", "17:00"), "10.00 - 3.00pm" -> ("10:00",
  "15:00"), "at 7.00 pm" -> ("19:00", None).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right, insort
from dataclasses import dataclass

from minutes.extract import cues

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.update({"sept": 9, "febuary": 2, "feburary": 2, "janaury": 1})  # and February and January as often misspelt
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

_MONTH = r"(?P<month>" + cues.alternation(sorted(MONTHS, key=len, reverse=True)) + r")(?:\.(?=\s*\d)|(?![a-z]))"  # "3 Mar. 2014", "3rd November2014"
_WEEKDAY = r"(?:(?P<weekday>" + cues.alternation(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?(?:\s+|(?=\d)))?"  # "Tuesday12 June 2012" from a PDF that lost the space
_YEAR = r"(?:\s*,?\s*(?P<year>(?:19|20)\d{2}|'?\d{2}(?![\d:.]\d)))?"  # "12th August , 2006"
# "held on16thApril2014", "Tuesday29thApril": a PDF that lost its spaces keeps the ordinal between day and month;
# with no ordinal ("10March 2009") the month's capital and the year after it say it is a date
_DAY_MONTH = re.compile(r"(?=[\dfmstw])(?:\b|(?<=[a-z])(?=\d{1,2}(?:st|nd|rd|th|h)[a-z])|"
                        # "19:30THURSDAY22 SEPTEMBER 2016": a weekday glued to the time before it and the day after it
                        r"(?<=\w)(?=(?i:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\d))" + _WEEKDAY
                        + r"(?P<day>[0-3]?\d)(?:(?:st|nd|rd|th|h)(?=[a-z])|\s?(?:st|nd|rd|th|h)?\s?,?\s+(?:day\s+)?(?:of\s+)?"
                        + r"|(?=(?-i:[A-Z])[a-z]{2,8}\s*,?\s*(?:19|20)\d\d(?!\d)))"  # "10March 2009": no space, a capital and a year
                        + _MONTH + _YEAR, re.I)
_MONTH_DAY = re.compile(r"(?=[adfjmnostw])\b" + _WEEKDAY + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:(?:st|nd|rd|th)(?=(?:19|20)\d\d\b)|(?:\s?(?:st|nd|rd|th))?\b)" + _YEAR, re.I)


def _day(not_after: str) -> str:
    """A day of one or two digits (``[0-3]?\\d``) not right after a character of the class ``not_after``, written
    digit first, the look-behind after it: the engine skips to the digits instead of trying the look-behind at every
    character (the same matches in the same order: two digits first, then one)."""
    return r"(?P<day>\d(?<!" + not_after + r"\d)(?:(?<=[0-3])\d)?)"


_NUMERIC = re.compile(_day(r"[\d/]") + r"/(?P<month>[01]?\d)/(?P<year>(?:19|20)?\d{2})(?![\d/])")
# "12.03.2015", "12-03-2015": with a full year only ("4.2.15" is more often a minute number)
_NUMERIC_DOTTED = re.compile(_day(r"[\d./-]") + r"(?P<sep>[.-])(?P<month>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d{2})(?![\d./-]\d|\d)")
# "14.03.17": a two-digit year, read only where a heading says the line dates a meeting (see ``find_dates``)
_SHORT_DOTTED = re.compile(_day(r"[\d./-]") + r"(?P<sep>[.-])(?P<month>[01]?\d)(?P=sep)(?P<year>\d{2})(?![\d./-]\d|\d)")
# "03-Mar-14", "3-Mar-2014": a spreadsheet's dates
_DAY_MON_YEAR = re.compile(_day(r"[\w-]") + r"-(?P<month>" + cues.alternation([m for m in MONTHS if len(m) == 3])
                           + r")-(?P<year>(?:19|20)?\d{2})(?![\w-])", re.I)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d{2})(?P<isep>[-/])(?P<month>[01]\d)(?P=isep)(?P<day>[0-3]\d)\b")  # "2022-11-05", "2022/11/05"
# cheap pre-checks: every pattern that names the month holds one of these in the lower-cased text
# (cues.folded), and the ones with a day a digit
_ANY_MONTH = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_DIGIT = re.compile(r"\d")
_MONTH_END = re.compile(r"\b(?:the\s+)?(?P<edge>end|mid|middle|beginning|start)(?:\s+of)?\s+" + _MONTH
                        + r"(?:\s+(?P<year>(?:19|20)\d{2}))?", re.I)

# a time's am or pm (a stop may part the minutes from "p.m.": "7.00.p.m.")
_AM_PM = r"\s*(?:\.\s*(?=[ap]\.?m))?(?P<{0}ap>[ap]\.?m\.?)?"
_TIME = r"(?P<{0}h>[0-2]?\d)(?:[:.](?P<{0}m>[0-5]\d))?" + _AM_PM
# not in a reference code: "BM12-10.14M" (a capital letter before it)
_RANGE = re.compile(r"(?<![\d.:/£])(?<!(?-i:[A-Z]))" + _TIME.format("s") + r"\s*(?:-|–|—|to|until|till)\s*" + _TIME.format("e")
                    + r"(?![\d%]|[.:/]\d)", re.I)
_SINGLE = re.compile(r"(?<![\d.:/£])(?<!\d[-–])(?P<sh>[0-2]?\d)(?:[:.](?P<sm>[0-5]\d))" + _AM_PM.format("s") + r"(?![\d%]|[.:/]\d)"
                     r"|(?<![\d.:/£])(?P<h2>[01]?\d)(?:[\s-](?P<m2>[0-5]\d)|\.)?\s*(?P<ap2>[ap]\.?m\.?)"  # "7pm", "7 30 pm", "7-30pm", "7.pm"
                     r"|\bat\s+(?P<noon>noon|midday)\b"
                     r"|\bat\s+(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?:\s*(?:hrs|hours))?\b", re.I)  # "AT 1930"


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text; ``date`` is None when it cannot be made a real date."""

    start: int
    end: int
    text: str
    date: dt.date | None
    has_year: bool
    weekday: int | None = None


def find_dates(text: str, year: int | None = None, short_years: bool = False) -> list[DateMention]:
    """Every date expression in ``text``, in order; ``year`` fills in a missing year. ``short_years``: also
    "14.03.17" (elsewhere more often a minute number such as "4.2.15")."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []  # the spans of the dates found, sorted (they never overlap)
    patterns = []
    if _ANY_MONTH.search(cues.folded(text)):
        patterns = [_DAY_MONTH, _MONTH_DAY, _MONTH_END] if _DIGIT.search(text) else [_MONTH_END]
    patterns += [p for p, signs in ((_NUMERIC, "/"), (_ISO, "-/"), (_NUMERIC_DOTTED, ".-"), (_DAY_MON_YEAR, "-"))
                 if any(c in text for c in signs)]
    patterns += [_SHORT_DOTTED] if short_years else []
    for pattern in patterns:
        for m in pattern.finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue
            mention = _mention(m, year)
            if mention:
                found.append(mention)
                insort(taken, (m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of the sorted, disjoint spans in ``taken`` (by bisection:
    comparing with every date found so far made a long line of dates quadratic)."""
    k = bisect_right(taken, (start, end))  # the spans starting at or before ``start`` come first
    return (k > 0 and taken[k - 1][1] > start) or (k < len(taken) and taken[k][0] < end)


def _mention(m: re.Match, year: int | None) -> DateMention | None:
    groups = m.groupdict()
    month = groups["month"]
    month_no = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    if not month_no or not 1 <= month_no <= 12:
        return None
    raw_year = (groups.get("year") or "").lstrip("'")
    has_year = bool(raw_year)
    if len(raw_year) == 2:  # "17": 2017, "98": 1998 (the POSIX pivot)
        raw_year = str(int(raw_year) + (2000 if int(raw_year) < 69 else 1900))
    y = int(raw_year) if has_year else year
    weekday_name = groups.get("weekday")
    weekday = WEEKDAYS.get(weekday_name.lower().rstrip(".")) if weekday_name else None
    edge = groups.get("edge")
    if edge:
        if y is None:
            return DateMention(m.start(), m.end(), m.group(0), None, has_year)
        day = calendar.monthrange(y, month_no)[1] if edge.lower() == "end" else (15 if edge.lower() in ("mid", "middle") else 1)
        return DateMention(m.start(), m.end(), m.group(0), dt.date(y, month_no, day), has_year)
    day = int(groups["day"])
    if not has_year and y is not None and weekday is not None:
        y = next((c for c in (y, y + 1, y - 1) if _valid(c, month_no, day) and
                  dt.date(c, month_no, day).weekday() == weekday), y)
    date = dt.date(y, month_no, day) if y is not None and _valid(y, month_no, day) else None
    if y is not None and date is None:
        return None
    return DateMention(m.start(), m.end(), m.group(0), date, has_year, weekday)


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def find_time_ranges(text: str) -> list[tuple[int, int, str, str | None]]:
    """``(start, end, "HH:MM", "HH:MM" or None)`` for each time range or single time in ``text``."""
    found = []
    for m in _RANGE.finditer(text):
        if not (m.group("sm") or m.group("sap") or m.group("em") or m.group("eap")):
            continue  # "2-3" is a count range, not a time range
        eh, start_pm = _hour(m.group("eh"), m.group("eap")), None
        sh = _hour(m.group("sh"), m.group("sap"))
        if m.group("sap") is None and m.group("sh") and int(m.group("sh")) < 12:
            if m.group("eap") and m.group("eap").lower().startswith("p") and int(m.group("sh")) + 12 <= eh:
                start_pm = True  # "3:00-5.00pm": both afternoon
            elif m.group("eap") is None and int(m.group("sh")) <= 7:
                start_pm = True  # "2:00 to 4:30": business hours
        if start_pm:
            sh = int(m.group("sh")) + 12
        if m.group("eap") is None and int(m.group("eh")) < 12 and (start_pm or int(m.group("eh")) <= 7) and eh < sh:
            eh += 12
        if 0 <= sh < 24 and 0 <= eh < 24:
            found.append((m.start(), m.end(), f"{sh:02d}:{m.group('sm') or '00'}", f"{eh:02d}:{m.group('em') or '00'}"))
    for m in _SINGLE.finditer(text):
        if any(s <= m.start() < e for s, e, _, _ in found):
            continue
        hour, minute, ap = (m.group("sh"), m.group("sm"), m.group("sap")) if m.group("sh") else \
            (m.group("h2"), m.group("m2"), m.group("ap2")) if m.group("h2") else ("12", None, None) if m.group("noon") else \
            (m.group("h4"), m.group("m4"), None)
        h = _hour(hour, ap)
        if 0 <= h < 24:
            found.append((m.start(), m.end(), f"{h:02d}:{minute or '00'}", None))
    return sorted(found)


def _hour(hour: str, ap: str | None) -> int:
    h = int(hour)
    if ap and ap.lower().startswith("p") and h < 12:
        return h + 12
    if ap and ap.lower().startswith("a") and h == 12:
        return 0
    return h
