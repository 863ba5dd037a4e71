"""Attendance labels looked for only in texts that hold their words: a label that opens a sentence and a sentence of
apologies after a list are not tried on a paragraph without them, and wherever one matches, its gate lets the text
through (on made-up lines and every corpus and sample paragraph)."""
from __future__ import annotations

import re
from pathlib import Path

from minutes.extract import attendance_sections
from minutes.ingest.document import Block

ROOT = Path(__file__).resolve().parents[2]
PARAGRAPHS = [p.replace("\t", " ") for path in sorted(ROOT.glob("corpus/*/docs/*.txt")) + sorted(ROOT.glob("samples/*.txt"))
              for p in re.split(r"\n\s*\n", path.read_text())]
_LINES = ["Cllr Ann Tate, Cllr Bo Yeo. Apologies received from Cllr Cy Dale.", "The roof was mended. Present: Ann Tate.",
          "Noted. In attendance Mr Bo Yeo and Mrs Di Ash.", "Items 4.2 Attendance: Cllr Ann Tate", "PRESENT: Ann Tate",
          "Also present were Bo Yeo."]


class _Untried:
    """A pattern that must not be tried."""

    def match(self, text: str, *args) -> None:
        raise AssertionError(f"tried on {text!r}")

    search = match


def _block(text: str, start: int = 0) -> Block:
    return Block("paragraph", text, 1, start, start + len(text))


def test_the_attendance_sentence_labels_match_only_where_their_words_are() -> None:
    opens = attendance_sections._LABEL_OPENS_SENTENCE
    assert all(attendance_sections._may_open_label(text) for text in _LINES + PARAGRAPHS if opens.search(text))
    apologies = attendance_sections._APOLOGIES_SENTENCE
    assert all("Apologies" in text for text in _LINES + PARAGRAPHS if apologies.search(text))
    assert sum(bool(opens.search(text)) for text in _LINES) == 3 and sum(bool(apologies.search(text)) for text in _LINES) == 1


def test_attendance_sentence_labels_are_not_tried_on_paragraphs_without_their_words(monkeypatch) -> None:
    text = "Cllr Ann Tate, Cllr Bo Yeo. Apologies received from Cllr Cy Dale."
    assert [b.text for b in attendance_sections._label_split_off(_block(text))] == ["Cllr Ann Tate, Cllr Bo Yeo.",
                                                                                      "Apologies received from Cllr Cy Dale."]
    monkeypatch.setattr(attendance_sections, "_APOLOGIES_SENTENCE", _Untried())
    monkeypatch.setattr(attendance_sections, "_LABEL_OPENS_SENTENCE", _Untried())
    plain = _block("The hall roof is to be repaired in spring. Cllr Bo Yeo will ask for quotes.")
    assert attendance_sections._label_split_off(plain) == [plain]
    assert attendance_sections._sections([plain]) == []
