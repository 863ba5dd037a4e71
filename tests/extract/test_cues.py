"""The quick tests that let extraction skip a costly pattern never skip a match: on every sentence
and block of the real corpus and the samples, a pattern that matches has its cue match too."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes.extract import actions, attendance_grid, cues, dates, followups, meeting, names, presence, run_on_lists, task_patterns

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [path.read_text() for path in sorted(ROOT.glob("corpus/*/docs/*.txt")) + sorted(ROOT.glob("samples/*.txt"))]
SENTENCES = [m.group(0) for text in TEXTS for m in task_patterns.SENTENCE.finditer(text)]
PARAGRAPHS = [p for text in TEXTS for p in re.split(r"\n\s*\n", text)]


SUBJECT_PATTERNS = [name for name, value in vars(task_patterns).items()
                    if isinstance(value, re.Pattern) and task_patterns.SUBJ in value.pattern]


@pytest.mark.parametrize("name", SUBJECT_PATTERNS)
def test_subject_pattern_cue_is_necessary(name: str) -> None:
    pattern = getattr(task_patterns, name)
    cue = task_patterns.after_subject(pattern)
    assert cue is not None  # the pattern is written head + subject + tail
    assert all(cue.search(s) and cues.may_match(pattern, s) for s in SENTENCES if pattern.search(s))


def test_an_apposition_after_the_subject_is_no_part_of_the_cue() -> None:
    # "Amanda Jones, CCBC, would bring it back": the verb's part alone is searched, not tried at every word before it
    for pattern in (task_patterns.MODAL, task_patterns.AGREED_TO):
        assert not task_patterns.after_subject(pattern).pattern.startswith(task_patterns.APPOSITION)
    assert list(task_patterns.overlapping(task_patterns.MODAL, "Amanda Jones, of the museum, would bring it back."))


def test_the_corpus_exercises_the_subject_patterns() -> None:
    assert {"PROSE_TASK", "RESOLVED_TASK", "ASKED", "AGREED_TO", "MODAL"} <= set(SUBJECT_PATTERNS)
    assert all(any(getattr(task_patterns, name).search(s) for s in SENTENCES)
               for name in ("PROSE_TASK", "RESOLVED_TASK", "ASKED", "AGREED_TO", "MODAL"))


def test_note_cue_is_necessary() -> None:
    cue = cues.after(task_patterns.TO_BE_DONE, r"\s+to\s+be\s+", keep=True)
    matched = [s for s in SENTENCES if task_patterns.TO_BE_DONE.match(s)]
    assert cue is not None and matched
    assert all(cue.search(s) for s in matched)


@pytest.mark.parametrize("pattern", [task_patterns.REQUEST, task_patterns.PASSIVE_FUTURE, task_patterns.REPORTED,
                                     presence._WELCOMED, presence._APOLOGIES_FROM, presence.SUBJECT_VERB, presence._DONE_BY,
                                     presence._PRESENT_PHRASE, presence._SUBSTITUTE_FOR, presence._ACTED,
                                     meeting._OPENED, meeting._CLOSED, *(pattern for _, pattern in followups._STATUS_WORDS)],
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


def test_cue_is_tested_in_folded_text_as_searched() -> None:
    # the cue words a text holds, found for every pattern at once: the same answer as searching each
    # pattern's cue sets in the folded text
    for pattern in (re.compile(r"\bapolog\w*\s+(?:received|given)", re.I), task_patterns.REQUEST, presence._ACTED,
                    task_patterns.NOT_TASK, task_patterns.MODAL, task_patterns.DECIDED_PASSIVE, task_patterns.TO_BE_DONE):
        sets = cues._cue_sets(pattern.pattern, pattern.flags)
        for text in PARAGRAPHS:
            folded = cues.folded(text)
            assert cues.may_match(pattern, text) == all(any(word in folded for word in words) for words in sets)


def test_a_texts_cue_words_are_the_bits_of_the_words_in_it() -> None:
    # each cue word has a bit of its own, so that a text's cue words are one integer and a cue set is tested
    # against them with one "&": the words found are those of the folded text, in any case
    pattern = re.compile(r"\bgazebo\s+(?:repainted|varnished)\b", re.I)
    assert cues.may_match(pattern, "The GAZEBO was varnished.") and not cues.may_match(pattern, "The gazebo was mended.")
    bits = [cues._WORDS.bits[word] for word in ("gazebo", "repainted", "varnished")]
    assert len(set(bits)) == 3 and all(bit & (bit - 1) == 0 for bit in bits)  # one bit each, none shared
    for text in ("The GAZEBO was varnished.", "Repainted: the gazebo", *SENTENCES[:200]):
        held = [bit for word, bit in cues._WORDS.bits.items() if word in cues.folded(text)]
        assert cues._held(text) == sum(held)


def test_every_part_a_match_needs_is_a_cue() -> None:
    pattern = re.compile(r"\b(?:it\s+was\s+)?agreed\s+that\s+\w+\s+(?:shall|will)\s+be\s+(?:sent|given)\b", re.I)
    assert set(cues._cue_sets(pattern.pattern, pattern.flags)) == {
        frozenset(["agreed"]), frozenset(["that"]), frozenset(["shall", "will"]), frozenset(["be"]), frozenset(["sent", "given"])}
    assert cues.may_match(pattern, "It was agreed that copies will be sent.")
    assert not cues.may_match(pattern, "It was agreed that copies will be made.")  # holds the first cue, not the last


def test_words_of_a_pattern_first_asked_about_later_are_found_in_text_seen_before() -> None:
    text = "The xylophone quintet will play a zither."
    assert cues.may_match(re.compile(r"\bquintet\s+will\b", re.I), text)
    assert cues.may_match(re.compile(r"xylophone\s+q|zither\s+z"), text)  # new words, after the text was seen
    assert not cues.may_match(re.compile(r"bassoon\s+\w+"), text)


def test_overlapping_skips_text_without_the_cue() -> None:
    assert list(task_patterns.overlapping(task_patterns.AGREED_TO, "Mary Pilgrim agreed to write to the association."))
    assert not list(task_patterns.overlapping(task_patterns.AGREED_TO, "Mary Pilgrim wrote to the association."))


def test_folded_text_holds_every_word_a_case_insensitive_pattern_finds() -> None:
    # re.IGNORECASE matches "i" to "İ" and "ı", "k" to the Kelvin sign, "s" to the long s
    pattern = re.compile(r"\b(?:apologies|invited|thanked|substitute)\b", re.I)
    for text in ("Apologies", "APOLOGIES", "İnvited", "ınvited", "thanKed", "ſubſtitute", "Mr İnvited – x"):
        assert pattern.search(text) and cues.search(pattern, text).span() == pattern.search(text).span()


def test_presence_words_are_found_in_any_case() -> None:
    # grouped by first letter and searched case-sensitively in the folded text: the same answer as a
    # case-insensitive search of the flat list
    any_case = re.compile("|".join(presence._PRESENCE_WORDS) + r"|\bby\b|\blate\b", re.I)
    for text in (*PARAGRAPHS, "APOLOGIES", "İnvited", "Seconded BY", "He was LATE", "plate", "nearby"):
        assert presence._may_record_presence(text) == bool(any_case.search(text))


def test_presence_words_are_found_by_the_cue_words_pass(monkeypatch) -> None:
    # the text's one scan for cue words finds them too (the components scan every block for cue words anyway)
    cues.forget_texts()
    scanned = []
    present = cues._present
    monkeypatch.setattr(cues, "_present", lambda text, words: scanned.append(text) or present(text, words))
    text = "The Chair welcomed Orla Quennby to the meeting."
    assert presence._may_record_presence(text) and presence._may_record_presence(text) and scanned == [text]
    assert not presence._may_record_presence("The hall roof is to be repaired in spring.")


@pytest.mark.parametrize("pattern", [task_patterns.NOT_TASK, task_patterns.AGENDA_WORDING, presence.SUBJECT_VERB, meeting._OPENED, meeting._CLOSED],
                         ids=lambda p: p.pattern[:30])
def test_lower_case_patterns_searched_in_folded_text_match_as_case_insensitive(pattern: re.Pattern) -> None:
    # written in lower case and searched in the folded text (twice as fast): the same matches as the
    # case-insensitive pattern in the text itself
    source = pattern.pattern.replace("(?P<", "(?p<")  # a named group's syntax aside
    assert not pattern.flags & re.I and source == source.lower()
    any_case = re.compile(pattern.pattern, re.I)
    for text in (*SENTENCES, *PARAGRAPHS, "DECLARATIONS OF INTEREST", "The Chair WELCOMED everyone", "İnterests declared",
                 "aſ the attached ſhows", "to note the Kelvin-sign: NOTE"):
        found = cues.search_folded(pattern, text)
        expected = any_case.search(text)
        assert (found and found.span()) == (expected and expected.span())
        assert [m.span() for m in cues.finditer_folded(pattern, text)] == [m.span() for m in any_case.finditer(text)]


_FLAT_TITLES = "|".join(re.escape(t) for t in names.TITLES) + "|(?-i:" + "|".join(names.RANKS) + ")|" + names._TIER_GLUED \
    + "|" + names._SLIPPED_COUNCILLOR


def _flat_dates(pattern: re.Pattern) -> re.Pattern:
    """A date pattern with its month and weekday names as flat alternations."""
    source = pattern.pattern
    for words in (dates.MONTHS, dates.WEEKDAYS):
        ordered = sorted(words, key=len, reverse=True)
        source = source.replace(cues.alternation(ordered), "|".join(ordered))
    return re.compile(source, re.I)


# a grid key's mark after a space or at the text's start, the look-behind first
_PLAIN_MARK_KEY = re.compile(attendance_grid._MARK_KEY.pattern.replace(r"(?P<mark>[*$#†‡§+])(?<!\S.)", r"(?<!\S)(?P<mark>[*$#†‡§+])", 1), re.I)


@pytest.mark.parametrize("fast, plain", [
    # titles grouped by first letter, against the flat alternation of every title
    (names._TITLED, re.compile(names._TITLED.pattern.replace(names._TITLE_WORDS, _FLAT_TITLES))),
    (names.TITLE, re.compile(names.TITLE.pattern.replace(names._TITLE_WORDS, _FLAT_TITLES), re.I)),
    (dates._DAY_MONTH, _flat_dates(dates._DAY_MONTH)),
    (dates._MONTH_DAY, _flat_dates(dates._MONTH_DAY)),
    # a consumed character first, the look-behinds after it: against the look-behinds first
    (presence._FULL_STOP, re.compile(r"(?<=[A-Za-z]{2})" + "".join(rf"(?<!\b{a})" for a in presence.ABBREVIATIONS) + r"\.\s+(?=[A-Z])")),
    (run_on_lists._SENTENCE_END, re.compile(r"(?:(?<=[a-z]{2})|(?<=[a-z)] )|(?<=[a-z]\)))" + "".join(rf"(?<!\b{a})" for a in ("Mrs", "Mr", "Dr", "Ms", "Cllr", "Cllrs", "Rev", "Prof", "Messrs")) + r"\.[?\ufffd]?\s+(?=[A-Z]|\d{1,2}\.\s+[A-Z])")),
    # the acts grouped by first letter and the space first: against the flat list after a look-behind
    (presence._ACTED, re.compile(r"(?<=\S)\s+(?:" + "|".join(presence._ACTS) + r")\b", re.I)),
    # task_patterns._INITIAL_DOT is behaviour, not speed: an initial before a lower-case word ends nothing ("Steve L. will send")
    (task_patterns.SENTENCE, re.compile(r"\S.*?(?:" + "".join(rf"(?<!\b{t})" for t in task_patterns.TITLES_WITH_DOT)
                                   + r"(?!(?<=[a-z] [A-Z])\.\s+[a-z])[.!?]+(?=\s|$)|(?<=[a-z]{2})" + "".join(rf"(?<!\b{t})" for t in task_patterns.TITLES_WITH_DOT)
                                   + r"[.!?](?=[A-Z][a-z]*\s)|(?=,?\s+and\s+it\s+was\s+(?i:agreed|resolved|decided)\b)|(?=[^\S\n]+["
                                   + task_patterns._BULLETS + r"][^\S\n])|$)", re.S)),
    (meeting._SENTENCE_BREAK, re.compile(r"(?<!\bSt)(?<!\bLtd)(?<!\bCo)(?<!\bNo)[.;!?]\s+[A-Z]")),
    # the space first, once for every branch: against each branch's own space, one after a look-behind
    (task_patterns.TRAILING_ACTION, re.compile(task_patterns.TRAILING_ACTION.pattern.replace(r"\s(?:(?<=[.!?]\s)\s*", r"(?:(?<=[.!?])\s+", 1)
                                               .replace(r"|[–—-]\s*", r"|\s[–—-]\s*", 1).replace(r"(?<=[a-z]\s)\s*", r"(?<=[a-z])\s+", 1))),
    # a look-ahead of the characters the branches open with: against the branches alone
    (presence._DONE_BY, re.compile(presence._DONE_BY.pattern.replace("(?=[acdeghilmnoprstw])", "", 1), re.I)),
    (task_patterns.PROSE_TASK, re.compile(task_patterns.PROSE_TASK.pattern.replace("(?=[-:;–—,A-Zadr]|^)", "", 1))),
    (task_patterns.NOT_TASK, re.compile(task_patterns.NOT_TASK.pattern.replace("(?=[abdlmstuw])", "", 1))),
    (meeting._CLOSED, re.compile(meeting._CLOSED.pattern.replace("(?=[abcefm]|^)", "", 1))),
    (task_patterns.MODAL, re.compile(task_patterns.MODAL.pattern.replace("(?=[A-Zacmostv])", "", 1))),  # a subject's first letters
    (task_patterns.RESOLVED_TASK, re.compile(task_patterns.RESOLVED_TASK.pattern.replace("(?=[aArR]|^)", "", 1))),
    (task_patterns.DASH_TASK, re.compile(task_patterns.DASH_TASK.pattern.replace("(?=[A-Zcstvſ])", "", 1))),
    (task_patterns.DECIDED_PASSIVE, re.compile(task_patterns.DECIDED_PASSIVE.pattern.replace("(?=[AaDdIiRr]|^)", "", 1))),
    (task_patterns.PASSIVE_TASK, re.compile(task_patterns.PASSIVE_TASK.pattern.replace("(?=[;ta]|^)", "", 1))),
    # the letter first and the look-behind after it: against the look-behinds first
    (task_patterns.FIRST_PERSON, re.compile(task_patterns.FIRST_PERSON.pattern.replace(r"(?P<i>I)(?<!\S.)", r"(?:^|(?<=[,;]\s)|(?<=\s))(?P<i>I)", 1))),
    (dates._DAY_MONTH, re.compile(dates._DAY_MONTH.pattern.replace(r"(?=[\dfmstw])", "", 1), re.I)),  # a weekday's letters or the day
    (dates._MONTH_DAY, re.compile(dates._MONTH_DAY.pattern.replace("(?=[adfjmnostw])", "", 1), re.I)),  # a weekday's or a month's
    (presence._PRESENT_PHRASE, re.compile(presence._PRESENT_PHRASE.pattern.replace("(?=[aAcCdDgGiImMpPsStTwW])", "", 1))),
    (attendance_grid._MARK_KEY, _PLAIN_MARK_KEY),
], ids=lambda p: p.pattern[:30])
def test_patterns_written_for_speed_match_their_plain_form(fast: re.Pattern, plain: re.Pattern) -> None:
    assert fast.pattern != plain.pattern
    for text in PARAGRAPHS:
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_grid_key_marks_are_found_where_the_plain_key_finds_them() -> None:
    keys = ["* = Present  $ = Apologies", "*Denotes did not attend\n+Denotes absence and apologies accepted",
            "Key: # absent, § present", "x*present y+absent", "(*) present", "\t‡ apologies"]
    for text in keys:
        found = [(m.span(), m.groupdict()) for m in attendance_grid._MARK_KEY.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in _PLAIN_MARK_KEY.finditer(text)]
        assert [bool(attendance_grid._MARK_KEY.match(text, k)) for k in range(len(text))] == \
            [bool(_PLAIN_MARK_KEY.match(text, k)) for k in range(len(text))]
    assert len([m for text in keys for m in attendance_grid._MARK_KEY.finditer(text)]) == 7


class _NoSearch:
    """A pattern that must not be searched: its source and flags only (for its cue)."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern, self.flags = pattern.pattern, pattern.flags

    def finditer(self, text: str, pos: int = 0):
        raise AssertionError(f"searched {text!r}")


def test_sentence_tasks_are_looked_for_only_in_blocks_with_their_cue(tmp_path: Path, monkeypatch) -> None:
    # "JB to write ...": a block without "to" cannot hold one, and is not searched for it
    from pages import extract_page

    monkeypatch.setattr(actions, "SENTENCE_TASK", _NoSearch(task_patterns.SENTENCE_TASK))  # as actions looks it up
    record = extract_page(tmp_path, "Minutes of the Parish Council held on 3 March 2021\n\nPresent: Jo Bell, Ken Dale\n\n"
                          "1. Footpaths. The stile at Ashby Lane was mended. Members thanked Ken Dale.\n\n"
                          "2. Accounts. The accounts were approved.\n")
    assert [p.name for p in record.attendees] == ["Jo Bell", "Ken Dale"]


def test_patterns_first_asked_about_in_several_threads_at_once() -> None:
    # extraction in threads (a Dask worker with several threads): each pattern's words are looked for
    # in every text tested after it was first asked about, whichever thread added other words meanwhile
    import sys
    from concurrent.futures import ThreadPoolExecutor

    def check(k: int) -> bool:
        words = [f"qx{k}w{j}" for j in range(40)]
        text = " ".join(words)
        return all(cues.may_match(re.compile(rf"\b{word}\b"), text) for word in words)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(8) as pool:
            assert all(pool.map(check, range(64)))
    finally:
        sys.setswitchinterval(interval)


def test_margin_owner_is_searched_only_in_text_ending_in_a_letter() -> None:
    lines = [line for text in TEXTS for line in text.splitlines()] + PARAGRAPHS + ["Chase the council. OP", "Done. Clerk \n"]
    matched = [line for line in lines if task_patterns.MARGIN_END.search(line)]
    assert len(matched) >= 3
    assert all(task_patterns.margin_end(line).span() == task_patterns.MARGIN_END.search(line).span() for line in matched)


def test_each_text_of_a_document_is_scanned_for_cue_words_once(tmp_path: Path) -> None:
    # every component tests the same blocks and sentences again: a text's cue words are found once per
    # document, however many texts it has (the last 64 only had each scanned four to five times)
    from pages import extract_page

    paragraphs = [f"{k}. Item {k}: the Clerk reported on the footpath at Ashby Lane number {k}. Jo Bell to write "
                  f"to the owner by {k} May. It was agreed to meet again." for k in range(1, 120)]
    extract_page(tmp_path, "Minutes of the Parish Council held on 3 March 2021\n\nPresent: Jo Bell, Ken Dale\n\n"
                 + "\n\n".join(paragraphs) + "\n")
    scanned = cues._present.cache_info()
    assert scanned.misses > 200 and scanned.currsize == scanned.misses  # (a block's sentences are read off the block)


def test_the_texts_of_the_document_before_are_forgotten() -> None:
    cues.may_match(re.compile(r"\bquintet\s+will\b", re.I), "The quintet will play.")
    cues.forget_texts()
    assert cues._present.cache_info().currsize == 0 and cues._last[0] is None


def test_matchable_keeps_the_patterns_that_may_match_in_their_order() -> None:
    # a sentence meets the ten subject patterns at once: the ones kept are those may_match keeps, in order
    for sentence in ("Cllr Amble agreed to repaint the noticeboard.", "The Clerk will write to the river trust.",
                     "Resolved that the Treasurer renew the insurance.", "The verges were cut in May.", ""):
        kept = [p for p in actions._SUBJECT_TASKS if cues.may_match(p, sentence)]
        assert cues.matchable(actions._SUBJECT_TASKS, sentence) == kept
    assert cues.matchable(actions._SUBJECT_TASKS, "The verges were cut in May.") == []
    assert actions.MODAL in cues.matchable(actions._SUBJECT_TASKS, "The Clerk will write to the river trust.")


def test_said_would_matches_only_where_its_gate_lets_it() -> None:
    assert all(actions._may_say(s) for s in SENTENCES if actions.SAID_WOULD.search(s))
    assert actions._may_say("Cllr Ferne said that she would check the gutters.")
    assert actions._may_say("Rona Vell has repaired the gate and she is to  paint it.")
    assert actions._may_say("Dot Amwell kindly offered to host the fair.")
    assert not actions._may_say("Cllr Ferne reported to the meeting on the gutters.")  # a "to" alone: no match
