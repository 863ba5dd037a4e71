"""Shapes the held-out batch b48 missed at first sight (its rows kept as scored), each written as a made-up page in a
general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

import pytest

from pages import extract_page

_SENT_BY = """Meeting of the League Committee held at Elm Lane Pavilion on Monday 5th October 2015 at 7.30 pm
Present: A Bell (Chairman), C Dunn (Secretary), E Frost (Treasurer)
1. Apologies for absence
1.1. {sentence}
2. Minutes of the previous meeting
2.1. The minutes were approved.
"""


@pytest.mark.parametrize("sentence", [
    "Apologies for absence were sent by G Hale (Fixtures Secretary), J Kerr (Results Secretary) and L Moss.",
    "Apologies were sent from G Hale, J Kerr and L Moss.",
])
def test_apologies_that_were_sent_by_members_name_them(tmp_path: Path, sentence: str) -> None:
    # "sent" is a verb of apologies like "received" and "given": the item's one sentence gave no name and no warning
    record = extract_page(tmp_path, _SENT_BY.format(sentence=sentence))
    assert [p.name for p in record.apologies] == ["G Hale", "J Kerr", "L Moss"]
    assert [p.name for p in record.attendees] == ["A Bell", "C Dunn", "E Frost"]


def test_apologies_sent_to_someone_name_no_one(tmp_path: Path) -> None:
    # the near miss: apologies sent to a person are not apologies from them
    record = extract_page(tmp_path, _SENT_BY.format(sentence="Apologies were sent to the groundsman for the late notice."))
    assert record.apologies == []


@pytest.mark.parametrize("menu", ["top of page\nSearch", "Home\nMenu", "Print\nShare"])
def test_a_sites_menu_above_the_minutes_is_never_the_body(tmp_path: Path, menu: str) -> None:
    # a web page's links kept above a title of the date alone: no body is named, so none is given ("Search" was)
    page = (f"{menu}\n\nMeeting Minutes 3rd March 2021\n\n03/03/2021 – 7.30pm The Old School\n\n"
            "PRESENT: Ann Bell (Chair), Carl Dunn (Secretary)\n\nAPOLOGIES: Eve Frost\n\n"
            "The chair thanked everyone who helped at the fair.\n")
    record = extract_page(tmp_path, page)
    assert record.meeting.body is None
    assert [p.name for p in record.attendees] == ["Ann Bell", "Carl Dunn"]
