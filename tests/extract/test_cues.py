"""The quick tests that let extraction skip a costly pattern never skip a match: on every sentence
and block of the real corpus and the samples, a pattern that matches has its cue match too."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes.extract import actions, cues, followups, presence

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [path.read_text() for path in sorted(ROOT.glob("corpus/*/docs/*.txt")) + sorted(ROOT.glob("samples/*.txt"))]
SENTENCES = [m.group(0) for text in TEXTS for m in actions._SENTENCE.finditer(text)]
PARAGRAPHS = [p for text in TEXTS for p in re.split(r"\n\s*\n", text)]


SUBJECT_PATTERNS = [name for name, value in vars(actions).items()
                    if isinstance(value, re.Pattern) and actions._SUBJ in value.pattern]


@pytest.mark.parametrize("name", SUBJECT_PATTERNS)
def test_subject_pattern_cue_is_necessary(name: str) -> None:
    pattern = getattr(actions, name)
    cue = cues.after(pattern, actions._SUBJ)
    assert cue is not None  # the pattern is written head + subject + tail
    assert all(cue.search(s) for s in SENTENCES if pattern.search(s))


def test_the_corpus_exercises_the_subject_patterns() -> None:
    assert {"_PROSE_TASK", "_RESOLVED_TASK", "_ASKED", "_AGREED_TO", "_MODAL"} <= set(SUBJECT_PATTERNS)
    assert all(any(getattr(actions, name).search(s) for s in SENTENCES)
               for name in ("_PROSE_TASK", "_RESOLVED_TASK", "_ASKED", "_AGREED_TO", "_MODAL"))


def test_note_cue_is_necessary() -> None:
    cue = cues.after(actions._TO_BE_DONE, r"\s+to\s+be\s+", keep=True)
    matched = [s for s in SENTENCES if actions._TO_BE_DONE.match(s)]
    assert cue is not None and matched
    assert all(cue.search(s) for s in matched)


@pytest.mark.parametrize("pattern", [actions._REQUEST, actions._PASSIVE_FUTURE, actions._REPORTED, presence._SENTENCE_WORDS,
                                     presence._WELCOMED, presence._APOLOGIES_FROM, presence.SUBJECT_VERB, presence._DONE_BY,
                                     presence._PRESENT_PHRASE, presence._SUBSTITUTE_FOR, presence._ACTED,
                                     *(pattern for _, pattern in followups._STATUS_WORDS)],
                         ids=lambda p: p.pattern[:30])
def test_word_cue_finds_what_the_pattern_finds(pattern: re.Pattern) -> None:
    assert cues.cue(pattern) is not None
    for text in PARAGRAPHS:
        assert [m.span() for m in cues.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
        assert bool(cues.search(pattern, text)) == bool(pattern.search(text))


def test_cue_words_come_from_the_pattern() -> None:
    assert cues.cue(re.compile(r"\bapolog\w*\s+(?:received|given)", re.I)).pattern == "apolog"
    assert cues.cue(re.compile(r"(?:sent|gave)\s+apologies|joined\s+the\s+meeting", re.I)).pattern == "apologies|meeting"
    assert cues.cue(re.compile(r"[A-Z]\w+\s+to\s+|x?", re.I)) is None  # a branch that needs nothing: no cue


def test_overlapping_skips_text_without_the_cue() -> None:
    assert list(actions._overlapping(actions._AGREED_TO, "Mary Pilgrim agreed to write to the association."))
    assert not list(actions._overlapping(actions._AGREED_TO, "Mary Pilgrim wrote to the association."))


def test_folded_text_holds_every_word_a_case_insensitive_pattern_finds() -> None:
    # re.IGNORECASE matches "i" to "İ" and "ı", "k" to the Kelvin sign, "s" to the long s
    pattern = re.compile(r"\b(?:apologies|invited|thanked|substitute)\b", re.I)
    for text in ("Apologies", "APOLOGIES", "İnvited", "ınvited", "thanKed", "ſubſtitute", "Mr İnvited – x"):
        assert pattern.search(text) and cues.search(pattern, text).span() == pattern.search(text).span()
