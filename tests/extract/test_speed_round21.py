"""Round 21's speed changes keep extraction's results: what each skips or reuses is what it would have found again."""
from __future__ import annotations

import re
from pathlib import Path

from minutes.extract import cues, task_patterns

BLOCKS = [
    "The Clerk will write to the river trust. Cllr Amble agreed to repaint the noticeboard by May. Noted.",
    "Resolved that the Treasurer renew the insurance; the verges were cut. It was agreed to meet again on 4 June.",
    "Item 7 – Footpaths: Jo Bell to chase the landowner at Hollins Lane. The BEEHIVE WILL be moved. Apologies: none.",
    "Ünder the İnn sign, Kim Roe would send ſome photos. The Secretary is to be asked.",  # folding that moves letters
]
PATTERN = re.compile(r"\b(?:will|would)\s+(?:write|send|be)\b|\bagreed\s+to\s+meet\b|\bto\s+chase\b", re.I)


def _fresh(text: str) -> int:
    """The bits of the cue words ``text`` holds, found by a pass of its own."""
    return cues._present.__wrapped__(text, cues._WORDS.known)


def test_a_sentences_cue_words_are_read_off_its_blocks() -> None:
    # a block's sentences are tested after the block: their cue words are those of the block that lie wholly inside
    # them (no word that runs across the sentence's start or end), the same as a pass over the sentence finds
    cues.forget_texts()
    for block in BLOCKS:
        cues.may_match(PATTERN, block)
        misses = cues._present.cache_info().misses
        for a, b in task_patterns.sentence_spans(block):
            sentence = cues.part(block, a, b)
            assert sentence == block[a:b]
            assert cues._held(sentence) == _fresh(sentence)
            assert cues.may_match(PATTERN, sentence) or not PATTERN.search(sentence)
        folded_in_place = len(cues.folded(block)) == len(block)
        assert (cues._present.cache_info().misses == misses) == folded_in_place  # no pass of their own


def test_a_part_of_a_block_read_at_any_place_holds_the_words_inside_it() -> None:
    cues.forget_texts()
    block = "Kim Roe would send the plans; the Clerk will write and agreed to meet the beekeepers."
    cues.may_match(PATTERN, block)
    for a in range(len(block)):
        for b in range(a + 1, len(block) + 1, 3):
            assert cues._held(cues.part(block, a, b)) == _fresh(block[a:b]), (a, b)


def test_a_part_of_a_text_not_yet_tested_is_scanned_itself() -> None:
    cues.forget_texts()
    sentence = cues.part("Cllr Amble agreed to repaint the noticeboard. Noted.", 0, 45)
    assert cues._held(sentence) == _fresh(sentence) and cues._present.cache_info().misses == 1


_NOTES = """Minutes of the Brookfield Parish Council meeting held on 3 March 2021

Present: Jo Bell, Ken Dale, Amy Tate

1. The verges were cut in May. The noticeboard was repainted. The accounts were noted.

2. Apologies had been sent and the Clerk will write to the county. Ken Dale will repair the stile by April.

3. The chair welcomed everyone to the meeting and Amy Tate would send the plans.
"""


def test_a_sentence_that_sets_no_task_is_not_asked_whether_it_is_set_aside(tmp_path: Path, monkeypatch) -> None:
    # the tests that set a task-like sentence aside (agenda wording, what is no task, a decision that tasks no one)
    # are asked only of sentences that read as tasks: most sentences of minutes set none
    from minutes.extract import actions
    from pages import extract_page

    asked = []
    set_aside = actions._set_aside
    monkeypatch.setattr(actions, "_set_aside", lambda sentence: asked.append(sentence) or set_aside(sentence))
    record = extract_page(tmp_path, _NOTES)
    assert [(a.text, a.owners) for a in record.actions] == [("Ken Dale will repair the stile by April.", ["Ken Dale"])]
    assert not any("verges" in s or "noticeboard" in s or "accounts" in s for s in asked)
    assert any("Apologies" in s for s in asked) and any("welcomed" in s for s in asked)  # read as tasks, set aside


def test_the_task_patterns_of_a_sentence_have_their_cue_words_tested_at_once(tmp_path: Path, monkeypatch) -> None:
    # a sentence meets twenty task patterns in turn, and most sets none: their cue words are tested in two calls
    # (cues.matchable), not once more for each pattern; the tasks read are the same
    import sys

    from pages import extract_page

    callers = []
    may_match = cues.may_match

    def counted(pattern: re.Pattern, text: str) -> bool:
        callers.append((sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name))
        return may_match(pattern, text)

    monkeypatch.setattr(cues, "may_match", counted)
    record = extract_page(tmp_path, _NOTES)
    assert [(a.text, a.owners) for a in record.actions] == [("Ken Dale will repair the stile by April.", ["Ken Dale"])]
    assert callers and not [c for c in callers if "_prose_owners" in c or "overlapping" in c]
