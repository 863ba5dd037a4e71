"""Meeting body, date and times from heading shapes met in real English minutes' opening lines and in last round's
held-out pair (round 13): made-up pages with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Ann Smith.\n"


@pytest.mark.parametrize("top, body, date", [
    # a letterhead's e-mail address run into the title (a PDF's one paragraph, earlier minutes in it): the body starts
    # at "MINUTES OF"
    ("1 Elm Close Ashby Parish Council Beacon Clerk to the Council: Ann Bell AB1 2CD Tel: 01234567890 e-mail:\n"
     "[email protected] MINUTES OF THE ANNUAL MEETING OF ASHBY PARISH COUNCIL, HELD AT ASHBY VILLAGE HALL ON THURSDAY "
     "6th SEPTEMBER 2018 AT 8.00PM Attendance Chairman Cllr Hill 1. Apologies for Absence. None. 2. Approve the Minutes "
     "of the Meeting of 5th July 2018: The minutes were taken as read.", "Ashby Parish Council", "2018-09-06"),
    # the meeting's number between "Meeting" and "of": "Minutes of Parish Council Meeting (No 328) of X Parish Council"
    ("Minutes of Parish Council Meeting (No 328) of Ashby Parish Council held on Wednesday 20th March 2019 at 7:00 pm in "
     "Ashby Village Hall\nPresent; Ann Bell (Chair), Bob Hill", "Ashby Parish Council", "2019-03-20"),
    # how it met, in quotes, names no body: the letterhead does
    ("ASHBY PARISH COUNCIL Clerk: Bob Hill Elm View Telephone 01234 567 890\n"
     "Minute of the ‘Virtual’ Meeting Held on Monday 4th January 2021 commencing at 7.30pm Unapproved.\n"
     "Present Cllrs: Ann Bell (Chair), Cath Dean", "Ashby Parish Council", "2021-01-04"),
    # "X Board Action Sheet Arising From the <meeting>": the sheet's words are no part of the body
    ("Ashby Neighbourhood Partnership Board Action Sheet Arising From the Meeting held on 17 August 2010\n"
     "Present: Ann Bell (Chair), Bob Hill", "Ashby Neighbourhood Partnership Board", "2010-08-17"),
    # a hall's trustees are a body, not a venue
    ("Hall Minutes Feb 2014\n\nMinutes of the meeting of the Trustees of Beacon Memorial Hall, held at the Council\n"
     "Meeting Room on Tuesday 11 th February 2014 at 8.21 pm.\n\nPresent. Chairman Cllr. Mrs. A. Bell, Cllr. B. Hill.",
     "Trustees of Beacon Memorial Hall", "2014-02-11"),
    # a minute book's page number before "MINUTES OF THE ... MEETING OF ... HELD AT ... ON <date>": the meeting's own title
    ("721 MINUTES OF THE ANNUAL GENERAL MEETING OF THE ASHBY WITH BEACON PARISH COUNCIL HELD AT ASHBY SCHOOL ON MONDAY "
     "18TH MAY 2015.\n\nPRESENT were A Bell (Chair), B Hill, C Dean.", "Ashby With Beacon Parish Council", "2015-05-18"),
    # the body named in the opening sentence: "The June meeting of the Council was held on ..."
    ("June 2013 Meeting\nThe June meeting of the Council was held on the 6th June 2013 at 7:00 p.m. at the Old School, Beacon.\n"
     "Members Present:\nAnn Bell (Chair), Bob Hill", "Council", "2013-06-06"),
    # the board's full name from the letterhead nearest the title, not a page title further up that ends with the same noun
    ("Board 18.06.14 - Beacon Levels Drainage Board\nAgenda Item No. 7\nASHBY LEVELS INTERNAL DRAINAGE BOARD\n"
     "Minutes of a meeting of the Board held at Ashby Village Hall, on Wednesday 18th June 2014 at 2.00 pm.\nPRESENT\nMr A Bell (Chairman)",
     "Ashby Levels Internal Drainage Board", "2014-06-18"),
    # a site's menu ("Home About us News Contact us") is no body
    ("Home About us News Info History Gallery Links Contact us\n\nAnnual General Meeting 12 May 2007\n\n"
     "The AGM took place in Beacon House. Ann Bell took the chair.", None, "2007-05-12"),
    # a web page's "most recent" meeting, "recent meeting & Agenda for next", a document host's "Transcription"
    ("Draft Minutes of most recent Community Council Meeting\n\nMeeting held on Zoom on 8 September 2020 at 7 30pm\n\n"
     "Unapproved Minutes\n\n1 Attendees\n\nCouncillors: Ann Bell (Chair), Bob Hill", "Community Council", "2020-09-08"),
    ("Draft Minutes of recent meeting & Agenda for next\n\nDraft Minutes of the Meeting held Wednesday 29th November 2017. "
     "7.30 p.m. Beacon Hall, Ashby\n1. PRESENT:- Community Councillors: Mrs A Bell (Chairman); Mr B Hill", None, "2017-11-29"),
    ("Transcription\n\nMinutes of the meeting held on 5th May 2021 at 7.15 pm\nPresent: Cllr Ann Bell (Chairman), Cllr Bob Hill",
     None, "2021-05-05"),
    # "X FEDERATION OF HALLS AND ASSOCIATIONS Minutes of the Federation Meeting held ...": a word of the body's own name
    ("ASHBY FEDERATION OF COMMUNITY HALLS AND ASSOCIATIONS Minutes of the Federation Meeting held in Beacon Hall, Ashby on "
     "Sunday 17 May 2009 Present: Ann Bell, President; Bob Hill, Secretary.", "Ashby Federation of Community Halls and Associations",
     "2009-05-17"),
    # how it met ("A REMOTE WEBEX MEETING") names no body: the line above does
    ("Community Council\n\nMINUTES OF A REMOTE WEBEX MEETING HELD ON TUESDAY, 20TH APRIL 2021 AT 7PM\n\n"
     "PRESENT Ann Bell, Chair Bob Hill, Vice Chair", "Community Council", "2021-04-20"),
    # a blog's "Category: Minutes", a title cut after "from" ("Monthly Meeting Minutes from <date>")
    ("Category: Minutes\n\n  • Meeting Minutes: January 9, 2024\n\n    Attendees: Ann Bell, Bob Hill", None, "2024-01-09"),
    ("Saturday, November 17, 2007\n\nMonthly Meeting Minutes from Tuesday, November 13th\n\nBelow are notes from our monthly "
     "meeting last week.\n\nAnn Bell\nBob Hill", None, "2007-11-13"),
])
def test_body_and_date_from_round13_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top, start", [
    # a stop between the minutes and "p.m.": "at 7.00.p.m." is 19:00
    ("Ashby Community Council Minutes of the meeting of the Ashby Community Council held at Ashby School on Monday, "
     "13th March, 2017, at 7.00.p.m.\nPresent: Cllrs Ann Bell (Chair), Bob Hill", "19:00"),
])
def test_start_from_round13_shapes(tmp_path, top: str, start: str) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.start == start
