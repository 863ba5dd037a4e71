"""The readers' quick tests that skip a substitution never change the text: on every line of the corpus
and samples, and on lines holding each kind of white space, the result is the substitution's."""
from __future__ import annotations

import html
from pathlib import Path

import pytest

from minutes.ingest import document, text

ROOT = Path(__file__).resolve().parents[2]
LINES = [line for path in sorted(ROOT.glob("corpus/b1*/docs/*.txt")) + sorted(ROOT.glob("samples/*.txt"))
         for line in path.read_text(encoding="utf-8").splitlines()]
MADE_UP = ["a  b", " a b ", "a\tb", "a\u00a0b", "co\u00adoperate", "a\u2009b", "a\u200bb", "a\u3000b", "\u2028a\u0085",
           "**bold** and __strong__", "a <b>tag</b>", r"an \*escape\*", "Tom &amp; Jerry", "x_y_z", "*", "a\\b"]


def _cleaned(line: str) -> str:
    return document._SPACES.sub(" ", line.replace("\u00ad", "")).strip()


def _inline(line: str) -> str:
    line = text._INLINE_TAG.sub("", line)
    for _ in range(2):
        line = text._EMPHASIS.sub(r"\2", line)
    return _cleaned(html.unescape(text._ESCAPE.sub(r"\1", line)))


@pytest.mark.parametrize("line", MADE_UP)
def test_made_up_lines(line: str) -> None:
    assert document.clean_text(line) == _cleaned(line)
    assert text._inline(line) == _inline(line)


def test_every_corpus_line() -> None:
    assert len(LINES) > 1000
    assert [document.clean_text(line) for line in LINES] == [_cleaned(line) for line in LINES]
    assert [text._inline(line) for line in LINES] == [_inline(line) for line in LINES]


@pytest.mark.parametrize("pattern, needed", [(text._MARKER_GAP, ("  ", "\t")), (text._COLUMN_GAP, ("   ",)),
                                             (text._BLOCK_TAG, ("<",))])
def test_line_patterns_match_only_lines_holding_their_mark(pattern, needed) -> None:
    lines = LINES + MADE_UP + ["1.\t\tApologies", "59.    To receive apologies", "Name     Role", "a<br>b", "<P>x</P>"]
    matched = [line for line in lines if pattern.search(line)]
    assert matched  # the corpus and made-up lines exercise each pattern
    assert all(any(mark in line for mark in needed) for line in matched)
