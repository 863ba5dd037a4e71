"""Attendance shapes met in minutes nobody tuned for (round 6), each written as a made-up page in a
general shape of English minutes, not copied from a corpus document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

HEAD = "MINUTES OF THE MEETING OF THE VILLAGE HALL COMMITTEE held on Monday 8 March 2021 at 7.30 pm\n"


def test_apologies_closing_the_present_paragraph_after_a_spaced_full_stop(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present:  Tom Archer (Chair), Rose Bellamy (Secretary), Ivan Crisp and Nora Dale .  "
                          "Apologies were received from Owen Ettrick and Paula Fenn\n"
                          "1. Minutes\nThe minutes of the last meeting were signed.\n")
    assert [p.name for p in record.attendees] == ["Tom Archer", "Rose Bellamy", "Ivan Crisp", "Nora Dale"]
    assert [p.name for p in record.apologies] == ["Owen Ettrick", "Paula Fenn"]


def test_an_apologies_label_after_a_minute_number_with_letters(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr Tom Archer (Chairman), Cllrs Rose Bellamy and Ivan Crisp\n"
                          "14/22/HC Apologies\nCllr Owen Ettrick\n"
                          "15/22/HC Declarations of Interest\nThere were none\n")
    assert [p.name for p in record.apologies] == ["Owen Ettrick"]
