"""Shapes the held-out batches b42 and b43 missed at first sight (their rows kept as scored), each written as a
made-up page in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_an_opening_with_no_title_over_a_minute_table_is_read_not_crashed_on(tmp_path: Path) -> None:
    # the page opens at "Present:"; the first dated line is a flattened "Minute | Actions" table's first row, below
    # the heading region: the body reader looked for that line inside the region and raised ValueError
    record = extract_page(tmp_path, "Present: Cllr Harriet Pellow (Chair) Cllr Tobias Wrenfield Cllr Maud Quarrington "
                          "Cllr Edwin Haskard\n\nIn attendance: Cllr Ralph Dunmore - County Council Orla Penhallow - "
                          "Clerk + 1 member of the public\n\nMinute Actions 19/4/01: TO RECEIVE APOLOGIES Apologies "
                          "were received and accepted from Cllr Greta Swinbourne 19/4/02: DECLARATION OF INTERESTS "
                          "None were declared\n\n19/4/03: MINUTES The minutes of the last meeting were approved and "
                          "signed.\n")
    assert record.meeting.body is None
    assert [p.name for p in record.attendees] == ["Harriet Pellow", "Tobias Wrenfield", "Maud Quarrington",
                                                  "Edwin Haskard", "Ralph Dunmore", "Orla Penhallow"]
    assert [p.name for p in record.apologies] == ["Greta Swinbourne"]
