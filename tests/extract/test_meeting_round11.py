"""Meeting body, date and times from heading shapes met in real English minutes' opening lines (round 11): made-up
pages with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Ann Smith.\n"


@pytest.mark.parametrize("top, body, date", [
    # a minutes book's period ("held from 1st March 2019 to 31st March 2020") is no meeting's date: its first meeting's is
    ("ASHBY COMMUNITY COUNCIL\nMinutes of meetings held from 1st March 2019 to 31st March 2020\n\n"
     "9th May 2019 at 7pm Ashby Hall Present: Ann Bell, Bob Hill", "Ashby Community Council", "2019-05-09"),
    # "Mins" (minutes) at the end of a web page's breadcrumb trail names nothing
    ("Hall + Parish > The Hall > 2009 Mins\n\nMinutes of Meeting\nHeld on Monday 9 March 2009\n\nAnn Bell Bob Hill",
     None, "2009-03-09"),
    # a PDF's words run together: a weekday glued to the time before it and the day after it
    ("ASHBY ROAD ALLOTMENT ASSOCIATION\nDRAFT - MINUTES\nCOMMITTEE MEETING 19:30THURSDAY22 SEPTEMBER 2016\n"
     "(Committee - Ann Bell (Chair), Bob Hill (Secretary))", "Ashby Road Allotment Association", "2016-09-22"),
    # a title in sentence case: the words before "minutes of committee meeting" name the body
    ("Ashby green allotments association minutes of committee meeting 26/11/2015\n\n1 Present Ann Bell (Chair)\n\nBob Hill",
     "Ashby green allotments association", "2015-11-26"),
])
def test_body_and_date_from_round11_lot1_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


def test_meeting_declared_open_is_its_start(tmp_path) -> None:
    """"Meeting declared open at 4pm" (no "was") opens the meeting."""
    top = ("Ashby Allotments Association Committee Meeting\nHeld on the 4th September 2010 at the Portacabin\n"
           "Committee Members Present, Chairman Ann Bell, Treasurer Bob Hill\n"
           "1 Meeting declared open at 4pm by Ann, she asked if there were any issues from the last minutes.")
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.start, meeting.date) == ("16:00", "2010-09-04")
