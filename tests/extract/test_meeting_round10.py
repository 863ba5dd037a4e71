"""Meeting body, date and times from heading shapes met in real English minutes' opening lines (round 10): made-up
pages with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Ann Smith.\n"


@pytest.mark.parametrize("top, body, date", [
    # a kind of meeting ("Quarterly", "Fourth") names no body: the name above it does, or none
    ("Ashby Homeowners Association\nQuarterly Meeting Minutes\nMarch 9, 2010\n\nThe meeting was called to order at 7:16 p.m.",
     "Ashby Homeowners Association", "2010-03-09"),
    ("Fourth AGM Minutes\n\nMinutes of the Fourth Annual General Meeting\n\nof 3rd June 2015\n\nPresent: Ann Bell (Chairman)",
     None, "2015-06-03"),
    # a kind in lower case before a one-word body is no part of its name
    ("Minutes of an extraordinary Council Meeting held via electronic media on Wednesday 14th July 2020 at 7.30pm.\n"
     "Present: Mrs Ann Bell", "Council", "2020-07-14"),
    # a PDF's words run together: "Minutesof Meeting" is furniture under the body's name
    ("Anyshire Community Partnership Board\n\nMinutesof Meeting\n\nMeeting Date:Tuesday 13th December 2016\n\nTime: 10am – 12 noon",
     "Anyshire Community Partnership Board", "2016-12-13"),
    # "<year> <initials> AGM": the year and the AGM around the body's initials
    ("Draft minutes 2024 ACC AGM\n\n7pm 12 June 2024\n\nAshby Hall, by Zoom", "ACC", "2024-06-12"),
    # "MINUTES (unapproved)": an unapproved draft's mark names nothing
    ("Ashby Village Hall Committee\n12th May 2018, 7.45pm\nMINUTES (unapproved)\nAnn Bell (AB, Chair)",
     "Ashby Village Hall Committee", "2018-05-12"),
    # the date a draft is to be agreed at ("to be agreed at the AGM 11th April 2018") is not the meeting's
    ("Draft, to be agreed at the AGM 11th April 2018\nAshby Community Council\nMinutes of the Annual General Meeting\n"
     "Held at 19:30 on Wednesday 12th April 2017, Ashby Hall", "Ashby Community Council", "2017-04-12"),
    # the meeting's kind inside the council's name: "Ashby Parish Full Council"
    ("MINUTES\nASHBY PARISH COUNCIL\nAshby Parish Full Council Meeting\nMonday 21st November 2016, 7.30 p.m.",
     "Ashby Parish Council", "2016-11-21"),
    # "X Minutes of the Annual X Meeting": the body's name again after "Minutes of", with the meeting's kind before it
    ("Parish Council Minutes of the Annual Parish Council Meeting held on Thursday 16 th May 2019 In Ashby Hall at 8.15pm.",
     "Parish Council", "2019-05-16"),
    # a label alone on its line over its value ("Date:" / "Tuesday ...") is not the title
    ("Licensing Committee Minutes\nDate:\nTuesday 17 February 2004\nTime:\n7.00pm - 8.50pm", "Licensing Committee", "2004-02-17"),
    # a blog's category line ("Posted in X") between a bare title and the minutes' own title
    ("Minutes 23 July 2019\nPosted in Parish Council Meeting minutes\nParish Council Meeting Minutes\nPRESENT: Councillor A Bell",
     "Parish Council", "2019-07-23"),
    # a yearless date on an earlier line ("meeting - March 15") gives way to the same month's date with its year
    ("You are here\nVillage Hall Trust meeting - March 15\nAshby Village Hall Trust Management Committee Meeting\n"
     "At the Village Hall - 12th March 2015 7.30pm", "Ashby Village Hall Trust Management Committee", "2015-03-12"),
    # ... and an advert's yearless date to the line that dates the meeting
    ("Your Tax Payments are due April 15th Get Help Now >>\nUNAPPROVED MINUTE\nMeeting held Monday, 17th August, 2009\n"
     "at Ashby House", None, "2009-08-17"),
])
def test_body_and_date_from_round10_heading_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top, body, date", [
    # a page's "Meeting Summary" names nothing
    ("Meeting Summary, 7th Nov 2019\n- ashbyva\n- Nov 8, 2019\nThe VA held their Directors meeting on Thurs 7th November.",
     None, "2019-11-07"),
    # a blog's "Report on the X Meeting, Nov. 12" under its posting date: the meeting's body and date
    ("Pageviews in Last 30 Days:\n\nThursday, November 13, 2008\n\nReport on the Home Owners' Association Board Meeting, Nov. 12\n\n"
     "The meeting took place in the Village Hall at 7:00 PM.", "Home Owners' Association Board", "2008-11-12"),
    # "X Emergency Meeting": the emergency is the meeting's kind
    ("Minutes of the Meeting of the Ashby Tenants Association Emergency Meeting May 4, 2013 Presiding: Ms. Bell",
     "Ashby Tenants Association", "2013-05-04"),
    # "X (XY) Meeting Minutes": the body's name with its own initials, then the meeting
    ("Wednesday, October 26, 2016\n\nFriends of Ashby Park (FAP) Meeting Minutes Sep. 15th, 2016\n\nFriends of Ashby Park (FAP) "
     "Meeting Minutes\nSept. 15th, 2016, 7:30 pm", "Friends of Ashby Park", "2016-09-15"),
])
def test_body_and_date_from_round10_lot2_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("text, start, end", [
    # "called to order at", "Meeting adjourned at": the start and end in the words of an association's minutes
    ("Minutes of the Ashby Tenants Association\n\nAn emergency meeting of the Association was called to order at 7:30 PM in the "
     "lobby, by Ms. Bell. The minutes of the previous meeting were read. Meeting adjourned at 9:30 PM Respectfully submitted, "
     "Ann Hill, Secretary\n", "19:30", "21:30"),
    # "The Chair closed the meeting with thanks to the participants at 10:20am"
    ("AGM Minutes\n\nThe Chair began the meeting at 10am on Sunday 26th Nov 2023 with a welcome.\n\nAny other business – there "
     "was none.\n\nThe Chair closed the meeting with thanks to the participants at 10:20am.\n", "10:00", "10:20"),
    # ... but a meeting adjourned for a briefing and reconvened did not end then
    ("Minutes of the Parish Council meeting held on 18 February 2015 at 7.30pm\n\nPresent: Cllr Ann Bell\n\n1. Briefings\n"
     "The meeting was adjourned at 19.45 Hrs for briefings and reconvened at 20.10 Hrs.\n", "19:30", None),
])
def test_times_from_round10_closing_words(tmp_path, text: str, start: str | None, end: str | None) -> None:
    meeting = extract_page(tmp_path, text).meeting
    assert (meeting.start, meeting.end) == (start, end)


@pytest.mark.parametrize("top, body, date", [
    # an organisation that holds its AGM, or a registered charity, is no venue though its name ends in "Centre" or "Hall"
    ("Skip to content\n\nAGM 2022 – Draft Minutes\n\nDRAFT Minutes of Ashby Village Community Centre AGM held on 30.11.2021 at "
     "7.30pm.\n\nSigning-in Trustees: Ann Bell (AB) Chair", "Ashby Village Community Centre", "2021-11-30"),
    ("ASHBY VILLAGE HALLREGISTERED CHARITY 123456\n\nMINUTES OF AGM HELD ON THURSDAY 13 OCTOBER 2011\n\nPresent:\n\nAnn Bell",
     "Ashby Village Hall", "2011-10-13"),
    # a council site's item page: 'Meeting of "Hybrid" Meeting, X Committee, <date>'
    ("Agenda item\nSAFER STREETS REVIEW\n- Meeting of \"Hybrid\" Meeting, Overview & Scrutiny Committee, Monday, 26th July, 2021 "
     "6.30 p.m. (Item 8.1)\n- View the background to item 8.1\nMinutes:\nThe Committee received a presentation.",
     "Overview & Scrutiny Committee", "2021-07-26"),
    # a document host's "AGM MINUTES <date>" over the minutes' own title; "X ANNUAL GENERAL MEETING 2008 Minutes of the meeting"
    ("Document Sample\nAGM MINUTES 22 Nov 08 Powered By Docstoc\nANYSHIRE BADGER SOCIETY ANNUAL GENERAL MEETING 2008 Minutes of "
     "the meeting held at Ashby College on Saturday 22 November 2008", "Anyshire Badger Society", "2008-11-22"),
    # "X Draft Minutes of the 50th Annual General Meeting": an ordinal in figures is the meeting's kind too
    ("Anyshire Wildlife Trust Draft Minutes of the 50th Annual General Meeting held at 1.30pm on Saturday, 28th September 2013 "
     "at Ashby Village Hall.\nPresent: 38 members, 2 staff.", "Anyshire Wildlife Trust", "2013-09-28"),
])
def test_body_and_date_from_round10_lot3_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


def test_a_files_size_is_no_time(tmp_path) -> None:
    """A document site's "Download 8.18 Kb." above the title is the file's size, not the meeting's time."""
    page = ("Anyshire Wildlife Trust Draft Minutes of the Annual General Meeting held on Saturday, 28th September 2013\n\n"
            "Download 8.18 Kb.\n\nPresent: 38 members, 2 staff.\n")
    meeting = extract_page(tmp_path, page).meeting
    assert (meeting.start, meeting.date) == (None, "2013-09-28")


@pytest.mark.parametrize("top, body, date", [
    # "X Association Meeting Minutes": the association's meeting
    ("2007 Annual Homeowners Association Meeting Minutes\n\nJune 21st, 2007\n\nAnn Bell called the meeting to order.",
     "Homeowners Association", "2007-06-21"),
    # "the Meeting of the Members", "Our AGM was held": the members and "our" name no body
    ("Minutes of the Meeting of the Members\n\nSaturday, August 9, 2003\n\n10:00 A.M.\n\nAnn Bell, President called the meeting "
     "to order.", None, "2003-08-09"),
    ("Our AGM was held online via Zoom on Thursday 12th November 2020\nCircumstances of the AGM\nThe Trustees decided to hold "
     "the AGM by proxy.", None, "2020-11-12"),
])
def test_body_and_date_from_round10_lot4_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top, body, date", [
    # a page title naming only a kind of meeting ("Full Council") gives way to the minutes' own title below it
    ("Draft Minutes of Full Council Meeting 13 September 2016\nMinutes of the Parish Council Meeting held on\nTuesday 13 "
     "September 2016 in the Village at 7.30pm", "Parish Council", "2016-09-13"),
    # "X Trustees Meeting" after the trustees' own name is the trustees' (a bare "Trustees Meeting" stays as given)
    ("Ashby Village Hall Managing Trustees Meeting\n28th August 2018, 7.45pm, Ashby Village Hall\nMINUTES\nAnn Bell (AB, Chair)",
     "Ashby Village Hall Managing Trustees", "2018-08-28"),
    ("Minutes of the meeting of the Village Hall and Playing Field Charity Trustee meeting held on 21st July 2015\nPresent: "
     "Trustees Bell (Chair), Hill", "Village Hall and Playing Field Charity Trustee", "2015-07-21"),
])
def test_body_from_a_title_below_or_the_trustees_name(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top, body, date", [
    # a charity's number given as the Charity Commission's, and a year before "AGM", are no part of the name
    ("May 10 AGM Minutes\n\nAshby Heath Playing Field Association (Charity Commission No. 512345)\n\nAnnual General Meeting\n\n"
     "10 May 10, Ashby Tavern, 6.30pm\n\nPresent: Ann Bell (AB)", "Ashby Heath Playing Field Association", "2010-05-10"),
    ("Anyshire Playing Fields 2018 AGM\nOn Thursday 25 October 2018, the Chairman chaired the Annual General Meeting held at "
     "Ashby.", "Anyshire Playing Fields", "2018-10-25"),
])
def test_body_and_date_from_round10_lot6_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top, body, date", [
    # "Unapproved Minutes of X Meeting": the draft's mark before "Minutes of"; "Friends Meeting" is the Friends'
    ("Friday, June 29, 2007\n\nUnapproved Minutes of Friends Meeting April 8, 2007\n\nMeeting called to order at 7:02\n"
     "In attendance: Kim D., Ann B.", "Friends", "2007-04-08"),
    # "X COUNCIL SPECIAL GENERAL MEETING": two kind words after the body
    ("Translate\n\nWednesday, 7 March 2018\n\nMINUTES FROM THE COMMUNITY COUNCIL SPECIAL GENERAL MEETING HELD AT THE ASHBY CENTRE, "
     "MILL ST, ON 7th MARCH 2018 @ 7:15pm\n\nMEMBERS PRESENT: Chair Ann Bell", "Community Council", "2018-03-07"),
    # a blog's posting date over "AGM Held Thursday Sep 1st at ...": the AGM's date
    ("Monday, September 12, 2011\n\nAGM Held Thursday Sep 1st at Ashby Trugo Club\n\nThis meeting was attended by Ann, Bob and "
     "Carol.", None, "2011-09-01"),
])
def test_body_and_date_from_round10_lot8_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


def test_the_body_before_a_comma_and_its_meetings_kind(tmp_path) -> None:
    """"The X Association, Annual General Meeting was held on": the body without the comma before the meeting's kind."""
    page = ("The Residents’ Association, Annual General Meeting was held on :-\nWednesday 7th June 2023 at 6.30pm, in Unit 4 The "
            "Arcade.\nThe meeting was well attended by members.\n" + _TAIL)
    meeting = extract_page(tmp_path, page).meeting
    assert (meeting.body, meeting.date) == ("Residents’ Association", "2023-06-07")
