"""The quick tests that let extraction skip a costly pattern never skip a match: on every sentence
of the real corpus and the samples, a pattern that matches has its cue match too."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes.extract import actions, cues

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = [m.group(0) for path in sorted(ROOT.glob("corpus/*/docs/*.txt")) + sorted(ROOT.glob("samples/*.txt"))
             for m in actions._SENTENCE.finditer(path.read_text())]


@pytest.mark.parametrize("name", ["_PROSE_TASK", "_RESOLVED_TASK", "_ASKED", "_AGREED_TO", "_MODAL"])
def test_subject_pattern_cue_is_necessary(name: str) -> None:
    pattern = getattr(actions, name)
    cue = actions._cue(pattern)
    assert cue is not None  # the pattern is written subject + tail
    matched = [s for s in SENTENCES if pattern.search(s)]
    assert matched  # the corpus exercises the pattern
    assert all(cue.search(s) for s in matched)


def test_note_cue_is_necessary() -> None:
    cue = actions._cue(actions._TO_BE_DONE, r"\s+to\s+be\s+", keep=True)
    matched = [s for s in SENTENCES if actions._TO_BE_DONE.match(s)]
    assert cue is not None and matched
    assert all(cue.search(s) for s in matched)


def test_overlapping_skips_text_without_the_cue() -> None:
    assert list(actions._overlapping(actions._AGREED_TO, "Mary Pilgrim agreed to write to the association.."))
    assert not list(actions._overlapping(actions._AGREED_TO, "Mary Pilgrim wrote to the association."))


def test_folded_text_holds_every_word_a_case_insensitive_pattern_finds() -> None:
    # re.IGNORECASE matches "i" to "İ" and "ı", "k" to the Kelvin sign, "s" to the long s
    for text in ("Apologies", "APOLOGIES", "İnvited", "ınvited", "thanKed", "ſubſtitute"):
        found = re.search(r"apologies|invited|thanked|substitute", text, re.I)
        assert found and found.group(0).translate(str.maketrans("İıKſ", "iiks")).lower() in cues.folded(text)


def test_search_is_the_pattern_search_where_a_word_occurs() -> None:
    pattern = re.compile(r"welcom|\bby\b|thanked", re.I)
    assert cues.words(pattern) is not None and cues.words(re.compile(r"welcom(?:ed)?|by")) is None
    for text in ("The Chair WELCOMED all", "seconded by Cllr X", "standby", "nothing here", "ThanKed"):
        expected, found = pattern.search(text), cues.search(pattern, text)
        assert (found and found.span()) == (expected and expected.span())
