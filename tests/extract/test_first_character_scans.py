"""Patterns that open with the character they need and test what may not come before it after that character: the regex
engine skips to those characters instead of trying a look-behind at every position of the text. Each finds what its plain
form (the look-behind first) finds, on made-up lines and on every paragraph of the corpus and samples."""
from __future__ import annotations

import re
from pathlib import Path
from re import _compiler, _parser

import pytest

from minutes.extract import dates, figures, people
from minutes.extract.names import LOWER, UPPER

ROOT = Path(__file__).resolve().parents[2]
PARAGRAPHS = [p for path in sorted(ROOT.glob("corpus/*/docs/*.txt")) + sorted(ROOT.glob("samples/*.txt"))
              for p in re.split(r"\n\s*\n", path.read_text())]

_NUMBER = figures._NUMBER
_PLAIN = [
    (figures.PERCENT, re.compile(r"(?<![\d.,£])(?P<low>" + _NUMBER + r")(?:\s?[-–]\s?(?P<high>" + _NUMBER + r"))?"
                                 r"\s?(?:%|per\s?cent\b|percent\b)", re.I)),
    (dates._NUMERIC, re.compile(r"(?<![\d/])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)?\d{2})(?![\d/])")),
    (dates._NUMERIC_DOTTED, re.compile(r"(?<![\d./-])(?P<day>[0-3]?\d)(?P<sep>[.-])(?P<month>[01]?\d)(?P=sep)"
                                       r"(?P<year>(?:19|20)\d{2})(?![\d./-]\d|\d)")),
    (dates._SHORT_DOTTED, re.compile(r"(?<![\d./-])(?P<day>[0-3]?\d)(?P<sep>[.-])(?P<month>[01]?\d)(?P=sep)(?P<year>\d{2})"
                                     r"(?![\d./-]\d|\d)")),
    (dates._DAY_MON_YEAR, re.compile(r"(?<![\w-])(?P<day>[0-3]?\d)-(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                                     r"-(?P<year>(?:19|20)?\d{2})(?![\w-])", re.I)),
    (people._NAME_WORD_RUN, re.compile(r"(?<![\w’'-])[{U}][{L}]+(?:-[{U}][{L}]+)*(?![\w’'-])".format(U=UPPER, L=LOWER))),
    (people._OWN_INITIALS, re.compile(r"(?<![\w’'-])(?P<name>(?P<a>[A-Z])[a-z][\w’'-]*[^\S\n]+(?P<b>[A-Z])[\w’'-]+)[^\S\n]+"
                                      r"(?:(?P=a)(?P=b)\b|\((?P=a)(?P=b)(?:\s*[-–—,][^()\n]{1,30})?\))")),
]
# made-up lines with what each pattern must take or leave at its edges
_LINES = [
    "Precept up 4.5% (from 12%); 1,250.5 per cent of 0.5%; 3-4 percent; v2.5% and £12% and 7 %",
    "Met on 03/04/2021, 3/4/21, 13/12/2020 and 12/03/2021/5; ref 1/2/2021 and 31/1/1999x",
    "Held 12.03.2015, 1-2-2016, 31.12.2019.4, 4.2.15 and 04.03.17; item 2.12.03.2018 and 5-05-2020",
    "Dated 03-Mar-14, 3-mar-2014, x3-Mar-14 and 13-Dec-2019-",
    "Ann Lee, Jo-Ann Bell-Hart, O'Dell and Rhian Dâr; x-Bell Côté ’Ash",
    "Verity Hancock VH Further Education, Rosa Kemp (RK), Ian Dale (ID - Chair), xIan Dale ID, Ian Dale IX",
    "", "7", "%", "1%",
]


@pytest.mark.parametrize("fast, plain", _PLAIN, ids=lambda p: p.pattern[:30])
def test_character_first_patterns_match_as_their_plain_form(fast: re.Pattern, plain: re.Pattern) -> None:
    assert fast.pattern != plain.pattern and fast.flags == plain.flags
    for text in _LINES + PARAGRAPHS:
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    for text in _LINES:
        for start in range(len(text)):  # a search from inside the text still sees the character before it
            assert [m.span() for m in fast.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


@pytest.mark.parametrize("fast", [fast for fast, _ in _PLAIN], ids=lambda p: p.pattern[:30])
def test_the_engine_scans_for_the_first_character(fast: re.Pattern) -> None:
    # a pattern that starts with a set of characters is searched by skipping to them (sre's charset prefix)
    assert _compiler._get_charset_prefix(_parser.parse(fast.pattern, fast.flags), fast.flags)


def test_the_lines_exercise_each_pattern() -> None:
    assert all(any(fast.search(line) for line in _LINES) for fast, _ in _PLAIN)
