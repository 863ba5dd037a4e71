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
    ("DRAFT Minutes of Ashcombe Parish Council’ Extraordinary Meeting\nheld at 6.30pm in the Reading Room on Thursday "
     "March 14th, 2019.\nWelcome: The Chair welcomed councillors to the meeting.", "Ashcombe Parish Council"),
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
])
def test_start_from_round15_shapes(tmp_path, top: str, start: str) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.start == start
