"""Meeting body and date from heading shapes met in real English minutes' title lines (round 7): made-up pages
with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Ann Smith.\n"


@pytest.mark.parametrize("top, body, date", [
    # a page title naming the body and "Minutes" over a title naming only the kind of meeting
    ("Ashby Parish Council Minutes\n\nPrint Document\n\nParish Council Meeting Minutes\n\nDate: April 18, 2024",
     "Ashby Parish Council", "2024-04-18"),
    # "X – Draft Minutes of Latest Meeting": the words after the dash name no body
    ("Glenbrae Community Council – Draft Minutes of Latest Meeting\n\nMinutes of Meeting 7.30pm Monday 12th November 2018",
     "Glenbrae Community Council", "2018-11-12"),
    # the minutes' number before the body and the month and year after it
    ("Approved Minutes 135 Glenbrae Community Council May 2021\nMembers and office bearers", "Glenbrae Community Council",
     None),
    # a full stop between the letterhead and "Minutes of the Parish Council Meeting"
    ("ASHBY PARISH COUNCIL. Minutes of the Parish Council Meeting held on Wednesday 13 th July 2016 at the Parish Hall",
     "Ashby Parish Council", "2016-07-13"),
    # "Draft/" before the title, "(Virtual)" after the body
    ("Draft/Neighbourhood Plan Steering Committee (Virtual) Meeting: 25 June 2020\n\nDraft Minutes",
     "Neighbourhood Plan Steering Committee", "2020-06-25"),
    # a charity's number after its name
    ("MINUTES OF THE ANNUAL GENERAL MEETING OF THE ASHBY VILLAGE HALL MANAGEMENT COMMITTEE (Registered Charity Number "
     "301234) 26TH OCTOBER 2006 Village Hall, 7.45PM", "Ashby Village Hall Management Committee", "2006-10-26"),
    # a Welsh title: "Cofnodion o gyfarfod" is "Minutes of meeting of"
    ("Cofnodion o gyfarfod Cyngor Cymuned Llandeg - 12/04/23", "Cyngor Cymuned Llandeg", "2023-04-12"),
    # a bare date line over the title that carries the time and place
    ("2nd July 2019\n\nSteering Group Meeting 7.30pm at Memorial Centre.", "Steering Group", "2019-07-02"),
    # "Open Committee Meeting" names only the kind of meeting: the body is the letterhead's
    ("Ashby Residents' Association\nMinutes of the Open Committee Meeting held on\nWednesday 26th November 2014 at 7.00pm",
     "Ashby Residents' Association", "2014-11-26"),
    # "St." and "Ltd." end no sentence; the acronym of a company's name leaves out its "Ltd."
    ("Minutes of the Board Meeting of St. Ann’s Quay Residents’ Association Ltd. (SAQRA) held at the Community Centre on "
     "Tuesday 15th January 2013 commencing at 7:00pm Present: Chair: Ann Bell (AB) Directors: Bob Hill, Carl Dean",
     "St. Ann’s Quay Residents’ Association Ltd.", "2013-01-15"),
    # a year before the title
    ("2011 Annual Residents Meeting – Minutes\n\nThe meeting was held on 28th March 2011 at the Square.",
     "Annual Residents Meeting", "2011-03-28"),
    # the kind of meeting before "Full Council", however spelt; a title naming only the kind of meeting
    ("Minutes\nMinutes of the Extra-Ordinary Full Council Meeting held on Monday 24th August 2020 at 7:00pm",
     "Full Council", "2020-08-24"),
    ("Draft minutes of Extra-ordinary meeting 1st Aug 2017\n\nMtg No: 24\n\nMinutes from Extra-Ordinary Meeting held on\nTuesday 1st August 2017",
     None, "2017-08-01"),
    # a page title of the date and "Minutes" over the title naming the body
    ("April 26 2021 - Minutes\nEXTRA ORDINARY PARISH COUNCIL MEETING\n26 April 2021 MINUTES", "Parish Council", "2021-04-26"),
    # "(special meeting)" before the body's name
    ("Minutes of the (special meeting) Licensing Sub-committee of the Anyshire Fire Authority held on 25 June 2009 at the "
     "Town Hall.", "Licensing Sub-committee of the Anyshire Fire Authority", "2009-06-25"),
    # a blog's posting date and the draft's confirmation date above the title
    ("Ashby Town Council 2007 minutes\n\nTuesday, August 28, 2007\n\nAshby Town Council minutes August 2007\n\nPLEASE NOTE "
     "THESE ARE DRAFT MINUTES TO BE CONFIRMED ON 3RD SEPTEMBER\n\nMinutes of the meeting of Ashby Town Council held in the "
     "Church Hall, Fore Street, Ashby on Monday, 6th August 2007 at 7pm", "Ashby Town Council", "2007-08-06"),
])
def test_body_and_date_from_round7_heading_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top", [
    "Minutes Template\n\nMinutes of the meeting held on Tuesday 28 March 2017",   # a word processor's template name
    "Location of Meeting: St. Ann’s Place\nAttending: Ann Bell, Bob Hill",           # the venue's label
    "13.07.2015 Views\n\nMinutes of Last Meeting and Matters Arising",                # a document site's view count
])
def test_page_furniture_and_a_venue_label_name_no_body(tmp_path, top: str) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.body is None


def test_a_resolution_is_never_the_body(tmp_path) -> None:
    page = ("Meeting documents\n\nVenue: Council Offices, Ashby\n\nContact: Ann Bell 01234 567890\n\nItems\nNote No. Item\n\n"
            "5pm\n\n1.\n\nElection of Chairman\n\nTo elect a Chairman for the ensuing year.\n\nMinutes:\n\nRESOLVED\n\n"
            "That Mr Bob Hill be elected Chairman of the Anyshire Police and Crime Panel for the ensuing municipal year.\n")
    assert extract_page(tmp_path, page).meeting.body == "Anyshire Police and Crime Panel"


@pytest.mark.parametrize("page", [
    ("Agenda item\n\n(i) To receive and note the Minutes of Committee meetings held between 1 October 2021 - 24 January "
     "2022 as specified below (attached).\n\na) Planning Committee 4 October 2021\n"),
    ("Agenda item\n\nMinutes\n\nTo agree the public minutes and summary of the meeting held on 2 May 2017.\n\nMinutes:\n\n"
     "RESOLVED - That the minutes of the meeting held on 21 March 2017 be agreed as a correct record.\n"),
])
def test_minutes_received_for_noting_are_an_earlier_meetings(tmp_path, page: str) -> None:
    assert extract_page(tmp_path, page).meeting.date is None
