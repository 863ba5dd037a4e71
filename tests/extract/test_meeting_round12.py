"""Meeting body, date and times from heading shapes met in real English minutes' opening lines and in last round's
held-out pair (round 12): made-up pages with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Ann Smith.\n"


@pytest.mark.parametrize("top, body, date", [
    # the council's name again after a kind of meeting: "X Parish Council Ordinary Parish Council Meeting"
    ("Ashby Parish Council Ordinary Parish Council Meeting\nWednesday 26th June 2013 Ashby Village Hall 7 pm\n"
     "Present: Cllr Ann Bell (Chairman) Cllr Bob Hill", "Ashby Parish Council", "2013-06-26"),
    # a Welsh council's name in Welsh under its English name
    ("Ashby Community Council\nCyngor Bro Ashby\nwww.ashby.org.uk\nA meeting was held on December 6th2016 at Ashby Memorial Hall\n"
     "PRESENT\nCllr A Bell (Chair) Cllr B Hill", "Ashby Community Council", "2016-12-06"),
    # a PDF's words run together ("ameetingheld") name no body
    ("Minutes of ameetingheld at 7.45 pm on Monday April 11th 2016\nPresent; Mr Bob Hill (Chairman), Mrs Ann Bell",
     None, "2016-04-11"),
    # "Town Council – <date>" under the letterhead that names the whole council
    ("Ashby and Beacon Town Council – Minutes -2016/2017\nTown Council – 7th December 2016\nIn attendance:-\nMrs A Bell\nB Hill",
     "Ashby and Beacon Town Council", "2016-12-07"),
    # a month's name misspelt ("Janaury")
    ("Minutes of the meeting of the Parish Council held at 8pm on Tuesday 13th Janaury 2009\nin the village hall\n"
     "In attendance: Ann Bell; Bob Hill", "Parish Council", "2009-01-13"),
    # a table's header row ("Minute AGENDA ITEMS Action") is no title
    ("Ashby Parish Council MINUTES OF THE FULL COUNCIL MEETING HELD IN THE PARISH ROOMS, ON THURSDAY, 13 JANUARY 2011 @ 7.15pm "
     "Present: Cllr. Bell (Chairman) Cllr. Hill Cllr. Dean Cllr. Ford Cllr. Green Cllr. Hart Cllr. Irwin Mrs Jones (Clerk)\n"
     "Minute AGENDA ITEMS Action\nPrayers – led by the Chairman.", "Ashby Parish Council", "2011-01-13"),
    # a street in the venue's address is never the body
    ("A meeting of representatives of the health scrutiny committees of the local authorities of the county.\n"
     "10.30 a.m. Friday 26th February 2010\nCouncil Chamber\nCivic Centre\nBeacon Road\nMinutes of the meeting\n"
     "Elected Members\nCllr Ann Bell, Ashby Borough Council", None, "2010-02-26"),
])
def test_body_and_date_from_round12_first_sight_misses(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top, body, date", [
    # "Minutes of Proceedings" over a session's label rows: no body named
    ("Minutes of Proceedings\n\nSession: 2014/2015\n\nDate: 13 May 2014\n\nVenue: Room 21, Ashby House\n\n"
     "Ann Bell Chair\nBob Hill", None, "2014-05-13"),
    # a blog's "Report of Our AGM" names nothing
    ("Thursday, 18 November 2010\n\nReport of Our AGM\n\nThe attendance at tonight's AGM was just about quorate.\n\n"
     "The Minutes of the 2009 AGM were summarised by the Secretary.", None, "2010-11-18"),
    # a line of councillors ("Cllrs. Ann Bell.") is no body; earlier minutes that "were found to be correct" date nothing
    ("Cllrs. Ann Bell.\n\nCllrs. Bob Hill (Chairman), Cath Dean.\n\nThe minutes of the meeting held on October 4th 2021 were "
     "found to be correct.", None, None),
])
def test_body_and_date_from_round12_lot1_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top, start", [
    # "The meeting commenced in open session at 10.04am"
    ("Ashby Committee\nMinutes of Proceedings - 9 May 2024\nPresent:\nMr Bob Hill (Chairperson)\n"
     "The meeting commenced in open session at 10.04am", "10:04"),
    # a byline's posting time ("By Ann Bell,2014-06-23 08:07") is not the meeting's
    ("Meeting Notes\nBy Ann Bell,2014-06-23 08:07\nMeeting Title: Ashby Board Meeting\nDate: 25 July 2007\nTime: 1pm\n"
     "Location: Ashby House", "13:00"),
])
def test_start_from_round12_shapes(tmp_path, top: str, start: str) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.start == start


@pytest.mark.parametrize("top, body, date", [
    # "Full Parish Council" names no place: "Full" is part of the name given (not "full Parish Council")
    ("Full Parish Council meeting\n\nSeptember 27th 2022\n\n7:30 pm - 9:00 pm", "Full Parish Council", "2022-09-27"),
    ("Minutes of the full Parish Council Meeting\nheld on 11th March 2019 in the Village Hall at 7.30pm\n\nCouncillor Ann Bell",
     "Parish Council", "2019-03-11"),
    # a Scottish "The minute of the meeting of <date> was approved": an earlier meeting's date, and no title
    ("Present: A Bell (Chairman, AB), B Hill (Secretary, BH); also Councillor C Dean, 4 members of the public.\n\n"
     "1 Minute The minute of the meeting of 3 March 2014 was approved as a correct record.\n\nMatters Arising", None, None),
])
def test_body_and_date_from_round12_lot2_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top, body, date", [
    # "UN-CONFIRMED MINUTES OF ...", and a page's number before "Confirmed MINUTES OF ...": the words after them name the body
    ("UN-CONFIRMED MINUTES OF THE MONTHLY MEETING OF ASHBY COMMISSIONERS HELD IN THE COMMISSIONERS’ OFFICE ON WEDNESDAY "
     "4th July 2012 AT 7.00PM PRESENT Mr A. Bell (Chairman) Mr B. Hill (Vice-Chairman) Mrs C. Dean (Clerk) 1. CONFIRMATION OF "
     "MINUTES: The minutes from the previous monthly meeting held on 13th June 2012 were approved and confirmed.",
     "Ashby Commissioners", "2012-07-04"),
    ("1 Confirmed MINUTES OF THE MONTHLY MEETING OF ASHBY COMMISSIONERS HELD IN THE COMMISSIONERS’ OFFICE ON WEDNESDAY 3rd "
     "OCTOBER 2012 AT 7.00PM PRESENT: Mr A Bell (Chairman) Mr B Hill (Vice-Chairman) Mrs C Dean (Clerk) 1. CONFIRMATION OF "
     "MINUTES: Minutes from the previous monthly meeting held on 3rd September 2012 were approved and signed.",
     "Ashby Commissioners", "2012-10-03"),
    # a "Statutory Meeting" is a kind of meeting, no part of the body's name
    ("Parish Commissioners Statutory Meeting Tuesday 20th January 2015 at 1830 hours at Commissioners Office.\n\n"
     "MINUTES Present: Mr A. Bell, Mr B. Hill. Chair: Mr A. Bell.", "Parish Commissioners", "2015-01-20"),
])
def test_body_and_date_from_round12_lot3_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


def test_a_schedule_of_next_meetings_gives_no_start(tmp_path) -> None:
    """"The next two meetings ... starting at 7.00pm" times other meetings (lot 3)."""
    top = ("Minutes of the Meeting of AVHMC 8 July 2019\n\nThe draft minutes of the meeting of the Ashby Village Hall Management "
           "Committee held on Monday 8 July 2019 can be read here\n\n  • The next two meetings of the Committee will be held on "
           "Monday 2 September and Monday 28 October starting at 7.00pm.")
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.date, meeting.start) == ("2019-07-08", None)


@pytest.mark.parametrize("top, body, date", [
    # a bilingual letterhead run together by a PDF: "Cyngor CymunedAshbyCommunity Council"
    ("Cyngor CymunedAshbyCommunity Council\n\nMinutes of the meeting held on Monday 24 February2014, in Neuadd Goffa Ashby.\n\n"
     "Present: Councillors Ann Bell; Bob Hill.", "Ashby Community Council", "2014-02-24"),
    # "Minutes of meeting <date>" over the body's name alone (lot 5)
    ("Minutes of meeting 10th November 2010\nAshby Residents Association\nWednesday 10/11/10 St Ann’s Hall, Ashby\n"
     "Apologies : Ann Bell, Bob Hill\nAttendance : Cath Dean, Dan Ford", "Ashby Residents Association", "2010-11-10"),
])
def test_body_and_date_from_round12_lot4_and_lot5_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


def test_approve_and_sign_the_minutes_of_an_earlier_meeting_dates_nothing(tmp_path) -> None:
    """"To approve, and sign as a correct record the Minutes of the meeting of X held on <date>" (a council's item
    page) names an earlier meeting: its date is not this meeting's."""
    top = ("Agenda and minutes\n\nContact: Ann Bell\n\nItems\nNo. Item\n\n2.\n\nMinutes pdf icon PDF 677 KB\n\n"
           "To approve, and sign as a correct record the Minutes of the meeting of the Ashby Authority held on 8 December 2021 "
           "(item 2)\n\nMinutes:\n\nRESOLVED –\n\nThat the Minutes be approved.")
    assert extract_page(tmp_path, top + _TAIL).meeting.date is None
