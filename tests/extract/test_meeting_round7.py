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
    # an item page's title: the minutes of earlier meetings
    ("Agenda item\n\nMINUTES OF THE PLANNING COMMITTEE MEETING HELD ON: 23 November 2021; 7 December 2021\n\nTo receive the "
     "minutes of the Planning Committee meetings held on 23 November 2021 and 7 December 2021.\n\nMinutes:\n\nAGREED that the "
     "minutes be confirmed.\n"),
])
def test_minutes_received_for_noting_are_an_earlier_meetings(tmp_path, page: str) -> None:
    assert extract_page(tmp_path, page).meeting.date is None


@pytest.mark.parametrize("top, date", [
    ("MINUTES OF MEETING 14.3.17", "2017-03-14"),  # a two-digit year and day and month without their noughts, in a title
    # the date the minutes were or are to be approved on, above or after the title, is not the meeting's
    ("Approved at the meeting held on 11 April 2017\nMinutes of the meeting held on 14 March 2017", "2017-03-14"),
    ("Minutes of the Parish Council Meeting held on 14th March 2017. Signed as a true record on 11th April 2017", "2017-03-14"),
    ("MINUTES OF THE MEETING HELD ON 14TH MARCH 2017 (DRAFT – to be approved at the meeting on 11th April 2017)",
     "2017-03-14"),
])
def test_the_meetings_date_beside_the_date_its_minutes_are_approved(tmp_path, top: str, date: str) -> None:
    assert extract_page(tmp_path, top + "\n\n1. Welcome\nThe Chair welcomed everyone.\n").meeting.date == date


@pytest.mark.parametrize("top, body, date", [
    # a contact line is never the body, nor is the earlier meeting's "Minutes from last meeting" item a title
    ("Agenda and draft minutes\nContact: Ann Bell Email: democracy@anytown.gov.uk\nNo. | Item |\nMinutes from last meeting "
     "PDF 118 KB Minutes: The Chair welcomed all parties.", None, None),
    # a web page's protected e-mail address in a letterhead's address line
    ("ASHBY TOWN COUNCIL\nThe Institute, Ashby, AB1 2CD [email protected] Clerk: Ann Bell\nMinutes of the Meeting 13 May 2021 via "
     "Zoom", "Ashby Town Council", "2021-05-13"),
    # ModernGov's kind of meeting before a comma: "Confirmation Hearing, X Panel"
    ("Agenda and minutes\nConfirmation Hearing, Anyshire Police and Crime Panel - Thursday, 3rd November, 2022 10.00 am",
     "Anyshire Police and Crime Panel", "2022-11-03"),
    # a downloaded file's copy number after the title
    ("CCC Draft Minutes 12.01.2012_2_\nDraft Minutes of Meeting held on Thursday 12th January 2012", "CCC", "2012-01-12"),
    # a page title "Minutes <date>" over the title carrying the meeting's own date
    ("Minutes 26.06.2016\nSteering Group Meeting held on 22 June 2016", "Steering Group", "2016-06-22"),
    # a title naming only "Committee" or "Board" under the name of whose it is
    ("Friends of Ashby Park\nMinutes of the Committee Meeting\n14 May 2015", "Friends of Ashby Park", "2015-05-14"),
    ("Anyshire Local Enterprise Partnership\nBoard Meeting\nMinutes\n14 May 2015", "Anyshire Local Enterprise Partnership",
     "2015-05-14"),
    # the clerk's address and telephone under the letterhead
    ("ASHBY PARISH COUNCIL\nClerk: Mrs A Bell, 1 High Street, Ashby AB1 2CD\nTel: 01234 567890\nMINUTES OF THE MEETING HELD ON "
     "3RD MARCH 2015", "Ashby Parish Council", "2015-03-03"),
    # a blog's posting date over the title that names the meeting and its own date
    ("Skip to content\n\nFriday, July 18th, 2014\n\nAnytown Safeguarding Board meeting – 15th July 2014\n\nDate of Meeting:\n\n"
     "15th July 2014", "Anytown Safeguarding Board", "2014-07-15"),
    # a document site's byline and view count; "Meeting Title:" names the meeting
    ("Meeting Notes Template\n\nBy Ann Bell,2014-06-23 08:07\n19 views 0\n\nMeeting Title: Anytown Carers Forum\n\nDate: 25 July "
     "2007\n\nTime: 1pm 3pm", "Anytown Carers Forum", "2007-07-25"),
    # the date a meeting was moved from is not its date; an em dash after the kind of meeting
    ("Meeting rearranged from Wednesday, 27 April 2016\nMinutes of the meeting held on 3 May 2016", None, "2016-05-03"),
    ("Anytown Fire Authority\n\n3 May 2016\n\nMeeting rearranged from Wednesday, 27 April 2016", "Anytown Fire Authority",
     "2016-05-03"),
    ("Annual General Meeting —\n8 March 2007", None, "2007-03-08"),
    # a sentence ("Ann Bell welcomed everyone to ...") is never the body's title line (the body it welcomed them to is read
    # from the prose since round 21)
    ("1. Welcome and introductions\nAnn Bell welcomed everyone to the Anytown Carers Partnership Board.\n14 May 2015",
     "Anytown Carers Partnership Board", "2015-05-14"),
])
def test_body_and_date_past_contact_lines_file_names_and_page_titles(tmp_path, top: str, body: str | None,
                                                                       date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)
