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


@pytest.mark.parametrize("top, body, date", [
    # a page's "Synopsis" of the meeting names no body: the council before it does
    ("Church Council Meeting Synopsis – 13th April 2022\n\nSynopsis of Church Council Meeting Minutes\n\nWednesday 13th April 2022",
     "Church Council", "2022-04-13"),
    # "(AGM)" in brackets names nothing; a date written year first with slashes ("2022/11/05")
    ("Meeting Minutes (AGM) 2022/11/05\n\nThe meeting achieved quorum.", None, "2022-11-05"),
    # a bar is a venue, never the body
    ("2009 AGM Minutes\n\nCastle Bar\n23rd March 2009\n\nPresent: Ann Bell, Bob Hill", None, "2009-03-23"),
    # a draft's note in brackets after the title ("(Draft to be approved at next AGM)")
    ("ASHBY TENNIS AGM 2015 (Draft to be approved at next AGM)\n\nPresent: Ann Bell, Bob Hill", "Ashby Tennis", None),
    # "MINUTES MEETING X TOWN COUNCIL <date>": the word "Meeting" before the council's name
    ("MINUTES MEETING ASHBY TOWN COUNCIL WEDNESDAY 15TH APRIL 2015\n\nPresent: Ann Bell, Bob Hill",
     "Ashby Town Council", "2015-04-15"),
])
def test_body_and_date_from_round11_lot2_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top, start", [
    # a church council opens with prayer: "The meeting was opened with prayers at 7.30pm"
    ("Minutes of the meeting held on 8th December 2015\n1. Opening Prayers\nThe meeting was opened with prayers at 7.30pm.", "19:30"),
    ("Ashby Parochial Church Council\nThursday 13th June 2019\n7.30 pm in the Church Hall.\n"
     "Opening Prayers: Chairman Rev. Ann Bell opened the meeting with prayer at 7.35 pm.", "19:35"),
    # "At 6:30 PM, X called the meeting to order" (PM in capitals)
    ("Ashby Conservation Commission\nSpecial Meeting Minutes\nOctober 10, 2012\nMembers present: Ann Bell, Bob Hill\n"
     "At 6:30 PM, Ann Bell called the meeting to order.", "18:30"),
])
def test_start_from_round11_opening_words(tmp_path, top: str, start: str) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.start == start


@pytest.mark.parametrize("top, body, date", [
    # a Scottish "MINUTE OF MEETING." followed by the council's name again
    ("ASHBY COMMUNITY COUNCIL MINUTE OF MEETING. Ashby Community Council\n\nPresent: Ann Bell, Bob Hill",
     "Ashby Community Council", None),
    # "which took place at" ends the body as "held at" does
    ("MINUTES of the Meeting of Ashby Parish Council which took place at Ashby Village Hall on Monday, 14 th January 2019 "
     "at 7.00pm.\n\nPresent: Ann Bell, Bob Hill", "Ashby Parish Council", "2019-01-14"),
    # the letterhead, then "Approved Minutes of ..." on the same line
    ("ASHBY & BEACON COMMUNITY COUNCIL. APPROVED MINUTES OF THE COMMUNITY COUNCIL MEETING HELD ON 10 December 2015\n\n"
     "Present: Ann Bell, Bob Hill", "Ashby & Beacon Community Council", "2015-12-10"),
    ("ASHBY WEST COMMUNITY COUNCIL. Approved Minutes of Meeting held in Beacon Hall On Thursday 29 th MARCH 2018 at 7.30 pm\n\n"
     "Present: Ann Bell, Bob Hill", "Ashby West Community Council", "2018-03-29"),
    # "Friends of X Library" is a group, never a venue
    ("Friends of Ashby Library\n\nMinutes of Meeting on Monday 16th March 2015\n\nPresent: Ann Bell (Chair); Bob Hill",
     "Friends of Ashby Library", "2015-03-16"),
])
def test_body_and_date_from_round11_lot3_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top, date, start, end", [
    # earlier minutes "were read and signed": their date is not this meeting's
    ("Ashby Show Committee\nGeneral Meeting – 10th Jan, 2018\n\nMINUTES: Minutes of the meeting held on 8th Nov, 2017 were read "
     "and signed.", "2018-01-10", None, None),
    # "Date of next committee meeting" is a label of the next meeting, not of this one
    ("Ashby Show Committee – General Meeting, 10th January 2018\n\nDate of next committee meeting – Thursday 22nd March 2018.",
     "2018-01-10", None, None),
    # "The meeting closed at 8.45pm" in the heading's lines is the end, never the start
    ("Ashby Show Committee\nGeneral Meeting – 10th January 2018\nAnn Bell welcomed everyone.\nThe meeting closed at 8.45pm",
     "2018-01-10", None, "20:45"),
    # an agenda item's page: a date in its text is another meeting's (here the one whose minutes are approved)
    ("Agenda item\n\nMinutes of previous meeting held on 11 December 2020\n\nThe Director reported that an email had been received "
     "from the applicant for minute number 142/20 of the Planning Committee on 11 December 2020.", None, None, None),
])
def test_date_and_times_from_round11_lot4_shapes(tmp_path, top: str, date: str | None, start: str | None, end: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.date, meeting.start, meeting.end) == (date, start, end)


def test_agm_closed_is_the_end(tmp_path) -> None:
    """"AGM closed at 20:33" (lot 5) ends the meeting as "Meeting closed at" does."""
    top = ("Ashby Astronomical Society\n1st November 2018\nChair: Ann Bell\nAttendees: Bob Hill (BH), Cath Dean (CD)\n"
           "Matters Arising: None\nAGM closed at 20:33")
    assert extract_page(tmp_path, top + _TAIL).meeting.end == "20:33"


def test_a_venue_with_its_place_names_no_body(tmp_path) -> None:
    """"Ashby Small Hall, Beacon" (lot 6): a venue with its place after a comma is no body; the council's name above it is."""
    top = ("Ashby Community Council\n\nAshby Community Council\nAshby Small Hall, Beacon\nWednesday 15th August 2012 @ 6.30pm\n"
           "Present:\nAnn Bell (Chair)\nBob Hill (Minute Taker)")
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date, meeting.start) == ("Ashby Community Council", "2012-08-15", "18:30")
