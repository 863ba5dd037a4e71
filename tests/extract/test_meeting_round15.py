"""Meeting body, date and times from heading shapes met in real English minutes' opening lines and in last round's
held-out pair (round 15): made-up pages with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Wenna Strickfold.\n"


@pytest.mark.parametrize("top, body", [
    # a letterhead's officers ("Chairman: Mr X Clerk: Mrs Y") above a title that names no body: never the body
    ("Chairman: Mr Corwin Halsey Clerk: Mrs Ottilie Brannock\n\nMinutes of the Meeting held at 7.30pm on Monday 9th "
     "March 2015\n\nPresent: Cllrs Elspeth Varrow, Tobias Quenby", None),
    # a web page's "Recent X Minutes": the committee, not "Recent X Committee"
    ("Recent Orchard Room Committee Minutes\nMinutes of Committee Meeting held on 4th May 2022 by Zoom\n"
     "1. Attendance: Ysolde Fennick, Marten Colquhoun", "Orchard Room Committee"),
    # the possessive before the meeting's kind: "X Parish Council’ Extraordinary Meeting", "X Board of Trustees’ Meeting"
    ("DRAFT Minutes of Ashwold Parish Council’ Extraordinary Meeting\nheld at 6.30pm in the Reading Room on Thursday "
     "March 14th, 2019.\nWelcome: The Chair welcomed councillors to the meeting.", "Ashwold Parish Council"),
    ("Brackwell Carers’ Forum Board of Trustees’ Meeting 12th October 2018 14.00 - 15.30 via Zoom\n\n"
     "Attending: Hester Pannell (Chair), Orrin Maidment", "Brackwell Carers’ Forum Board of Trustees"),
    # ... but whose meeting it was ("Directors’ Meeting") names no body
    ("Minute of Directors’ Meeting held on Thursday 6 June 2019\n\nIn the Boathouse, Ashby at 16.30\n\n"
     "Present: Idris Tamblyn (Chair); Oona Renwick", None),
    # the body written as its initials in the title, spelled out on the web page's banner above it
    ("Ashby Tenants Forum Banner Image\n\nMinutes\n\nATF AGM 2019 Minutes\n\nHeld at the Garden Room, Elm House. Tuesday "
     "June 4 2019, 7.30 pm\n\nMembers present: Perpetua Glasson (Chair); Lowell Ambrose", "Ashby Tenants Forum"),
    # ... never spelled out by a venue with the same initials
    ("BCC Draft Minutes 14.02.2013\n\nDraft Minutes of Meeting held on Thursday 14th February 2013\n\n"
     "Brackwell Community Centre at 19.30\n\nAttendees: Councillor Ines Maybury", "BCC"),
    # a title naming only the committee over the line naming whose it is: "Committee Meeting Minutes <date>" over
    # "Friends of Ashby Park"
    ("Committee Meeting Minutes 7 March 2012\n\nFriends of Ashby Meadows\n\nExtracts from Committee meeting held on 7th "
     "Mar 2012\n\nThere has been no further word from Idris Penhallow since our last meeting.", "Friends of Ashby Meadows"),
])
def test_body_from_round15_shapes(tmp_path, top: str, body: str | None) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.body == body


@pytest.mark.parametrize("top, start", [
    # a time without am or pm before eight is the evening's: "at 7.30 in the Council Chambers"
    ("Ashby and Dunmere Community Council.\nMinutes for the Monthly Meeting on Tuesday, 12th March 2019\n"
     "at 7.30 in the Council Chambers, Ashby Town Hall.\n\nPresent: Ewan Trellick (chair)", "19:30"),
    # ... but a morning written as such stays the morning's, and so does a time after eight
    ("Ashby Village Trust\nMinutes of the meeting held on Tuesday 12th March 2019 at 7.30am in the Pavilion\n\n"
     "Present: Ewan Trellick (chair)", "07:30"),
    ("Ashby Village Trust\nMinutes of the meeting held on Tuesday 12th March 2019 at 9.30 in the Pavilion\n\n"
     "Present: Ewan Trellick (chair)", "09:30"),
    # a stray space after the stop in the time the meeting opened: "The Meeting opened at 18. 07"
    ("July 2019 Minutes\n\nMINUTES of the Council meeting held on Wednesday 17th July 2019 at 6.00PM in the Town Hall.\n\n"
     "Councillor O. Tremayne (Mayor)\n\nThe Meeting opened at 18. 07\n\n1. Opening remarks.", "18:07"),
])
def test_start_from_round15_shapes(tmp_path, top: str, start: str) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.start == start


@pytest.mark.parametrize("top, body, date", [
    # a PDF's lost space between "the" and the body's name: "Minutes of theAshby Annual Parish Council Meeting"
    ("Ashwold Parish Council Meeting Minutes 6th May 2018\n\nMinutes of theAshwold Annual Parish Council Meeting\n\n"
     "held on 6th May 2018 at Ashwold Chapel\n\nPresent: Councillor O. Trask (Chair); Councillor P. Dunmore",
     "Ashwold Parish Council", "2018-05-06"),
    # a council site's item page ("Agenda item" over an item's title) holding the minutes: their own "Held: <date>" row
    ("Agenda item\n\nANY OTHER BUSINESS\n\nMinutes of the Meeting of the\n\nAshby Wellbeing Board\n\n"
     "Held: Tuesday, 5 March 2019at 10:30 am\n\nP R E S E N T :\n\nCouncillor Rhian Tolverne (Chair)",
     "Ashby Wellbeing Board", "2019-03-05"),
    # the agenda above the minutes on one page: the minutes' title below the agenda's items dates the meeting (not the
    # agenda's item approving the earlier minutes)
    ("Parish Council Meeting\nVia Zoom\nAgenda\n1 Public participation\n2 Apologies\n3 Declarations of interest\n"
     "4 Minutes of the Parish Council Meeting held on Monday 9th March\n5 Matters arising\n6 Planning\n7 Highways\n"
     "8 Footpaths\n9 County Councillor’s Report\n10 Clerk’s Report\n11 Finances\n12 Correspondence\n13 Date of next Meeting\n"
     "Minutes\nMinutes of the Parish Council Meeting held on Monday 13 th April 2020;\nthis was a meeting via Zoom.\n"
     "Present: Cllrs Tresillian and Marrow", "Parish Council", "2020-04-13"),
    # a minute book's meeting number in words before the body's meeting: "Minutes of the Two hundred and fourth Parish
    # Council meeting of X held on <date>"
    ("Minutes 9th February 2016\n\n\n\nMinutes of the Two hundred and fourth Parish Council meeting of Brackwell Vale & "
     "District Group Parish Council held on 9 February 2016 in Ashby Village Hall at 7pm\n\nOrdinary Meeting\n\n"
     "In Attendance:\n\nCouncillor O. Penwarden Chairman", "Brackwell Vale & District Group Parish Council", "2016-02-09"),
])
def test_body_and_date_from_round15_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)
