"""Extraction is linear in the document's length: a long pack of distinct actions takes seconds,
not the minutes a pairwise comparison of every action (or a block scan per row) would."""
from __future__ import annotations

import random
import time

from minutes.extract import Options, extract
from minutes.extract.pipeline import components
from minutes.ingest.text import read_text

_RNG = random.Random(7)
WORDS = sorted({"".join(_RNG.choice("bcdfghklmnprstvw") + _RNG.choice("aeiou") for _ in range(4)) for _ in range(800)})


def _pack(actions: int) -> bytes:
    """A text document of ``actions`` distinct inline actions, one a paragraph, a page per 40."""
    rng = random.Random(8)
    owners = ["Anna Berry", "Colin Dale", "Erin Ford"]
    lines = ["Minutes of the Example Committee held on 3 March 2020", "Present: " + ", ".join(owners)]
    for i in range(actions):
        words = " ".join(rng.sample(WORDS, 6))
        lines.append(f"{owners[i % 3].split()[0]} to {words} item{i} by 30 April 2020.")
        if i % 40 == 39:
            lines.append("\f")
    return "\n".join(lines).encode()


def test_extracting_3000_distinct_actions_takes_seconds() -> None:
    doc = read_text(_pack(3000), "pack.txt", "0" * 64)
    start = time.process_time()  # CPU seconds: a loaded machine (CI, other jobs) does not count
    record = extract(doc, Options(nlp=False))
    assert time.process_time() - start < 6
    assert len(record.actions) == 3000
    assert {a.source.page for a in record.actions} == set(range(1, 76))


def test_a_sentence_in_capitals_before_an_action_label_takes_no_time() -> None:
    """The task's subject pattern could split a word at each capital letter: one sentence in capitals before
    "Action: JB" took minutes (2^n ways to fail) and stalled the batch."""
    text = ("Present: Cllr John Bell, Cllr Kay Lowe.\n\nTHE COUNCIL NOTED THE MINUTES OF THE ASHBY & DISTRICT GROUP "
            "PARISH COUNCIL HELD IN ASHBY PARISH ROOM. Action: JB\n")
    doc = read_text(text.encode(), "caps.txt", "0" * 64)
    start = time.process_time()
    record = extract(doc, Options())
    assert time.process_time() - start < 2
    assert [a.owners for a in record.actions] == [["John Bell"]]


def test_the_follow_up_reports_of_a_long_pack_are_found_by_bisection() -> None:
    """Each action's report starts from the block holding it: that block was searched for from the first block
    every time, the follow-ups' quadratic step (500 actions after 40,000 short paragraphs: 20 million block tests)."""
    owners = ["Anna Berry", "Colin Dale", "Erin Ford"]
    lines = ["Minutes of the Example Committee held on 3 March 2020", "Present: " + ", ".join(owners)]
    lines += [f"Item {k} was noted." for k in range(40_000)]
    lines += [f"{owners[i % 3].split()[0]} to {' '.join(WORDS[(i + k) % len(WORDS)] for k in range(6))} item{i}."
              for i in range(500)]
    doc = read_text("\n\n".join(lines).encode(), "pack.txt", "0" * 64)
    record = extract(doc, Options(nlp=False))
    record.reports.clear()
    start = time.process_time()
    components()["followups"](doc, record, Options(nlp=False))
    # 0.07 s by bisection on a quiet machine (0.3 s with both cores busy), 0.8 s scanning from the first block
    assert time.process_time() - start < 0.6
    assert len(record.actions) > 400 and sum(r.kind == "listed" for r in record.reports) == len(record.actions)
