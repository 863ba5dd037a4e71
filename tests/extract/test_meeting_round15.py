"""Meeting body, date and times from heading shapes met in real English minutes' opening lines and in last round's
held-out pair (round 15): made-up pages with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Wenna Strickfold.\n"


@pytest.mark.parametrize("top, body", [
    # a letterhead's officers ("Chairman: Mr X Clerk: Mrs Y") above a title that names no body: never the body
    ("Chairman: Mr Corwin Halsey Clerk: Mrs Ottilie Brannock\n\nMinutes of the Meeting held on Monday 9th March 2015 at "
     "7.30pm in the Institute\n\nPresent: Cllrs Elspeth Varrow, Tobias Quenby", None),
    # a web page's "Recent X Minutes": the committee, not "Recent X Committee"
    ("Recent Orchard Room Committee Minutes\nNotes of the committee's meeting of 4th May 2022 (online)\n"
     "Present: Ysolde Fennick, Marten Colquhoun", "Orchard Room Committee"),
    # the possessive before the meeting's kind: "X Parish Council’ Extraordinary Meeting", "X Board of Trustees’ Meeting"
    ("Draft minutes of Ashwold Parish Council’ Special Meeting held on Thursday 14th March 2019 at 8pm in the Reading "
     "Room.\nThe Chair opened the meeting.", "Ashwold Parish Council"),
    ("Brackwell Carers’ Forum Board of Trustees’ Meeting 12th October 2018 14.00 - 15.30 by telephone\n\n"
     "Attending: Hester Pannell (Chair), Orrin Maidment", "Brackwell Carers’ Forum Board of Trustees"),
    # ... but whose meeting it was ("Directors’ Meeting") names no body
    ("Minutes of the Directors’ Meeting held on Thursday 6 June 2019 at the Boathouse\n\nPresent: Idris Tamblyn (Chair); "
     "Oona Renwick", None),
    # the body written as its initials in the title, spelled out on the web page's banner above it
    ("Ashby Tenants Forum | Home | News\n\nATF Annual General Meeting 2019 Minutes\n\nTuesday 4 June 2019 at the Garden "
     "Room, 7.30 pm\n\nAttendees: Perpetua Glasson (Chair); Lowell Ambrose", "Ashby Tenants Forum"),
    # ... never spelled out by a venue with the same initials
    ("BCC Minutes\n\nMeeting held on Thursday 14th February 2013 in Brackwell Community Centre\n\nPresent: Councillor "
     "Ines Maybury", "BCC"),
    # a title naming only the committee over the line naming whose it is: "Committee Meeting Minutes <date>" over
    # "Friends of Ashby Park"
    ("Committee Meeting Minutes 7 March 2012\n\nFriends of Ashby Meadows\n\nCommittee meeting held on 7th March 2012 at "
     "the Pavilion\n\nThe bench by the pond has been repaired.", "Friends of Ashby Meadows"),
])
def test_body_from_round15_shapes(tmp_path, top: str, body: str | None) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.body == body


@pytest.mark.parametrize("top, start", [
    # a time without am or pm before eight is the evening's: "at 6.45 in the Church Rooms"
    ("Brackwell Community Council\nMinutes of the meeting on Wednesday 3rd April 2019 at 6.45 in the Church Rooms\n\n"
     "Present: Ewan Trellick (chair)", "18:45"),
    # ... but a morning written as such stays the morning's, and so does a time after eight
    ("Ashby Village Trust\nMinutes of the meeting held on Tuesday 12th March 2019 at 7.30am in the Pavilion\n\n"
     "Present: Ewan Trellick (chair)", "07:30"),
    ("Ashby Village Trust\nMinutes of the meeting held on Tuesday 12th March 2019 at 9.30 in the Pavilion\n\n"
     "Present: Ewan Trellick (chair)", "09:30"),
    # a stray space after the stop in the time the meeting opened: "The Meeting opened at 18. 07"
    ("Minutes of the Town Council meeting held on Wednesday 17th July 2019 at 6.00PM in the Town Hall.\n\n"
     "Councillor O. Tremayne (Mayor)\n\nThe meeting opened at 18. 09\n\n1. Opening remarks.", "18:09"),
])
def test_start_from_round15_shapes(tmp_path, top: str, start: str) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.start == start


@pytest.mark.parametrize("top, body, date", [
    # a PDF's lost space between "the" and the body's name: "Minutes of theAshby Annual Parish Council Meeting"
    ("Minutes of theAshwold Parish Council Meeting held on 6th May 2018 in the Chapel\n\nPresent: Councillor O. Trask "
     "(Chair); Councillor P. Dunmore", "Ashwold Parish Council", "2018-05-06"),
    # a council site's item page ("Agenda item" over an item's title) holding the minutes: their own "Held: <date>" row
    ("Agenda item\n\nURGENT ITEMS\n\nMinutes of the Ashby Wellbeing Board\n\nHeld: Tuesday, 5 March 2019 at 2 pm\n\n"
     "Present:\n\nCouncillor Rhian Tolverne (Chair)", "Ashby Wellbeing Board", "2019-03-05"),
    # the agenda above the minutes on one page: the minutes' title below the agenda's items dates the meeting (not the
    # agenda's item approving the earlier minutes)
    ("Parish Council Meeting\nAgenda\n1 Apologies\n2 Declarations of interest\n3 Minutes of the Parish Council Meeting "
     "held on 9 March\n4 Matters arising\n5 Planning applications\n6 Highways and footpaths\n7 Play area\n8 Clerk’s report\n"
     "9 Accounts for payment\n10 Correspondence\n11 Items for the next agenda\n12 Date of next meeting\n"
     "Minutes\nMinutes of the Parish Council Meeting held on Monday 13 th April 2020 by video link.\n"
     "Present: Cllrs Tresillian and Marrow", "Parish Council", "2020-04-13"),
    # a minute book's meeting number in words before the body's meeting: "Minutes of the Two hundred and fourth Parish
    # Council meeting of X held on <date>"
    ("Minutes of the Two hundred and fourth Parish Council meeting of Brackwell Vale & District Group Parish Council held "
     "on 9 February 2016 in Ashby Village Hall at 7pm\n\nIn Attendance:\n\nCouncillor O. Penwarden Chairman",
     "Brackwell Vale & District Group Parish Council", "2016-02-09"),
])
def test_body_and_date_from_round15_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)
