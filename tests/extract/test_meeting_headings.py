"""Meeting body and date as later corpus batches (b3-b5) write them, each a general heading style."""
from __future__ import annotations

import pytest

from minutes import ingest
from minutes.evaluate import CORPUS
from pages import extract_page
from minutes.extract import extract


def _meeting(prefix: str):
    return extract(ingest.read(next(CORPUS.glob(f"b*/docs/{prefix}_*")))).meeting


@pytest.mark.parametrize("prefix, body", [
    ("C049", "Fife Drug and Alcohol Action Team"),  # "Minute of meeting held on ...": the title line above names it
    ("C107", "Steering Group"),                     # "Approved MInutes for the Steering Group Meeting – 10th September 2020"
    ("C024", "parish council"),                     # "Minutes of parish council meeting held on October 30th 2023"
    ("C057", "Saltash Town Council"),               # letterhead "SALTASH TOWN COUNCIL" / "Minutes of a Meeting of Town Council"
    ("C106", "Parish Council"),                     # "... Parish Council Annual Meeting": the meeting's kind is not its body
    ("C111", "Overview and Scrutiny Board"),        # "Apologies for Absence" / "Meeting: 03/12/2014 - Overview and Scrutiny Board (Item 78)"
    ("C043", "Cabinet"),                            # a decision page: "Decision Maker: Cabinet"
    ("A02", "Safer Communities Partnership Board"),  # not item 1 ("1." / "Welcome, Introductions and Apologies"): the prose
    ("C204", "Brandon Town Council"),               # "Minutes of the Meeting of the Full Brandon Town Council"
    ("C209", "National Park Authority"),            # "EGM, National Park Authority - Friday, 11th March, 2022 9.30 am"
    ("C214", None),                                 # "Minutes of the Annual General Meeting held on 19 May 2008": no body named
    ("C224", None),   # "Agenda item" / "Minutes of Previous Meeting" / "The minutes of the meeting of the Committee held on ..."
    ("C226", None),   # "Issue - decisions" / "Update on the Community Safety Action Plan 2014-15" / "24/10/2014 - Update on ..."
])
def test_body_from_heading_styles(prefix: str, body: str | None) -> None:
    assert _meeting(prefix).body == body


@pytest.mark.parametrize("prefix", ["C109", "C064"])
def test_a_table_header_or_a_report_title_naming_a_councillor_is_no_body(prefix: str) -> None:
    assert _meeting(prefix).body is None  # "No. | Item |"; "Community Support Services – Councillor Jeanette ..."


@pytest.mark.parametrize("prefix, date", [
    ("C104", "2012-12-06"),  # "Friday, December 14, 2012" (posted) / "Parish Council Minutes 6th December 2012"
    ("C111", "2014-12-03"),  # "Meeting: 03/12/2014 - ..."
    ("C046", "2005-03-04"),  # not item 2's "MINUTES OF THE MEETING HELD ON 5 NOVEMBER 2005"
])
def test_meeting_date_from_the_title_not_a_posting_date(prefix: str, date: str) -> None:
    assert _meeting(prefix).date == date


def test_an_upper_case_month_is_a_date_not_an_agenda_item() -> None:
    # "Minutes of the YOT Management Board Meeting" / "21 MARCH 2012"
    assert _meeting("C037").date == "2012-03-21"


@pytest.mark.parametrize("prefix", ["C048", "C062", "C063", "C020", "C027"])
def test_the_date_of_minutes_being_approved_or_of_a_later_meeting_is_not_this_meetings(prefix: str) -> None:
    # "The minutes of the meeting held on 28 April 2023 were agreed as a correct record", "To consider the minutes
    # of the previous ... meeting held on 28 June 2017", "... the Board meeting on 20 March 2020" deep in a paragraph
    assert _meeting(prefix).date is None


def test_a_date_deep_in_a_long_paragraph_is_not_the_meetings() -> None:
    # "The item was introduced by ... It was noted that work was in hand for a workshop ... on 26th February, 2016"
    assert _meeting("C222").date is None


@pytest.mark.parametrize("prefix, body, date", [
    # the sentence that opens the minutes names the body wherever the page's lines break
    ("C303", "Exmoor Local Access Forum", "2014-10-09"),   # "ITEM 3 LOCAL ACCESS FORUM MINUTES of a meeting of the X held on ..."
    ("C210", "Groby Parish Council", "2008-02-04"),        # "Minutes of a Meeting of X held at 7.00pm on Monday 4 February 2008"
    ("C305", "Combined Fire Authority for County Durham and Darlington", "2015-11-12"),  # "At a meeting of X held at ..."
])
def test_body_and_date_from_a_meeting_of_x_held_sentence(prefix: str, body: str, date: str) -> None:
    meeting = _meeting(prefix)
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("prefix, body", [
    ("C307", "Road Safety Framework Local Partnership Forum – West"),  # "Meeting minutes - X - 22 November 2021"
    ("C308", "Partnership Board"),           # "Partnership Board Meeting Minutes of the meeting held on ..."
    ("C206", "Salford Safeguarding Adult Board"),  # "Minutes of the Salford Safeguarding Adult Board (SSAB) Meeting"
    ("C311", "Schools Forum"),               # "Schools Forum" / "Minutes of the Meeting" / "Held on ..."
    ("C040", "Area 2 Forum (SBC)"),          # an acronym of something else stays
    ("C312", None),                          # "Page 5" is page furniture
])
def test_body_without_title_words_around_it(prefix: str, body: str | None) -> None:
    assert _meeting(prefix).body == body


def test_a_date_glued_to_its_ordinal_is_read() -> None:
    assert _meeting("C105").date == "2012-05-29"  # "held on Tuesday May 29th2012 in Lea Village Hall"


@pytest.mark.parametrize("prefix", ["C221", "C053", "C043", "C064"])
def test_an_item_page_that_records_what_the_meeting_did_is_minutes_not_a_report(prefix: str) -> None:
    # "Agenda item / ... / Members considered ... It was agreed ...", "Issue - meetings / ... submitted a report",
    # "Decision details / ... Decision:" (each page names a report it dealt with)
    assert extract(ingest.read(next(CORPUS.glob(f"b*/docs/{prefix}_*")))).kind == "minutes"


@pytest.mark.parametrize("prefix, start", [
    ("C308", "19:03"),  # "... at The Place 19:00pm" / "The meeting commenced at 19:03pm."
    ("C202", "16:35"),  # "... at 4.30pm." / "The Chair opened the meeting at 4.35pm."
])
def test_the_time_a_meeting_really_began_beats_the_time_it_was_called_for(prefix: str, start: str) -> None:
    assert _meeting(prefix).start == start


@pytest.mark.parametrize("prefix", [
    "C034",  # "ParishCouncilEditorAccount posted on August 10, 2009 16:22"
    "C048",  # "Councillor T Henderson entered the meeting at 9.40am"
])
def test_a_posting_time_or_someone_arriving_is_not_the_meetings_start(prefix: str) -> None:
    assert _meeting(prefix).start is None


@pytest.mark.parametrize("closing, end", [
    ("There being no further business the Chairman closed the meeting at 21:05.", "21:05"),
    ("Meeting closed 9.10pm", "21:10"),
    ("Close of meeting: 9.30pm", "21:30"),
    ("The meeting closed at 9.15pm.", "21:15"),
    ("Meeting closed at 9:20", "21:20"),  # no "pm", but after a 7.30pm start: had been 09:20
    ("Closed 9:30pm", "21:30"),  # a line of its own
    ("Closed at 9.40pm.", "21:40"),
    ("The meeting was held commencing at 7.30pm and finishing at 9.05pm.", "21:05"),
    ("Start Time 7.30PM    Finish Time 9.00PM", "21:00"),
])
def test_how_minutes_say_when_the_meeting_ended(tmp_path, closing: str, end: str) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 12 March 2015 at 7.30pm\n\n"
                          "Present: Cllr John Smith\n\n1. Matters\nNothing.\n" + closing + "\n")
    assert record.meeting.end == end


def test_an_opening_time_without_pm_near_an_evening_start(tmp_path) -> None:
    # "The meeting commenced at 7.35" under a 7.30pm heading had been 07:35
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 12 March 2015 at 7.30pm\n\n"
                          "Present: Cllr John Smith\nThe meeting commenced at 7.35\n\n1. Matters\nNothing.\n")
    assert record.meeting.start == "19:35"


@pytest.mark.parametrize("top, body, date", [
    # no article before "meeting", in capitals, after a document reference and a page number
    ("123456 OFFICIAL 1 ANYSHIRE POLICE BOARD MINUTES OF MEETING OF THE ANYSHIRE POLICE BOARD HELD ON THURSDAY "
     "6 FEBRUARY 2020 AT 9.30AM IN THE TOWN HALL. PRESENT: Mrs Ann Bell (Chair)", "Anyshire Police Board", "2020-02-06"),
    # a web page: its own name ("The website of X") is no fuller name of the body
    ("Ashby Village\nThe website of Ashby Parish Council\n\nMinutes of Meeting of Ashby Parish Council held on 3 March 2021 at "
     "7.30pm", "Ashby Parish Council", "2021-03-03"),
    # the body ends at the verb of the sentence
    ("A meeting of the Parish Council followed the Annual Parish Meeting on Wednesday May 9th 2007", "Parish Council",
     "2007-05-09"),
    ("GOVERNING BODY MEETING 26th November 2008 @ 6pm", "Governing Body", "2008-11-26"),
    # page furniture and item titles name no body
    ("Agenda and Meeting Minutes- 10.01.2019\nTo be held on Thursday 10th January 2019", None, "2019-01-10"),
    ("1.Declarations of Interest\nWednesday 18 January 2023", None, "2023-01-18"),
    ("None\nMonday 3 May 2021", None, "2021-05-03"),
    ("Agenda/Meeting\nThursday 26 February 2015", None, "2015-02-26"),
    ("Minutes: Planning Committee, 5 May 2021", "Planning Committee", "2021-05-05"),  # "Minutes:" with no space first
])
def test_body_and_date_from_more_heading_styles(tmp_path, top: str, body: str | None, date: str) -> None:
    meeting = extract_page(tmp_path, top + "\n\n1. Apologies\nApologies were received from Cllr Ann Smith.\n").meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top, date", [
    ("Children's Partnership Board\nDate: 9h July 2008 Time: 2.00pm Venue: Memorial Hall", "2008-07-09"),  # a typed-over ordinal
    # no date of its own: the dates given are an earlier meeting's
    ("February 2023 Minutes\n1.Declarations of Interest\n2.Approval of minutes 18th January 2023\n"
     "The notes of the meeting held on 18 January 2023 were approved as minutes.", None),
    ("Safeguarding Adults Board\nMinutes\nAgreed that the minutes of the meeting held on the 3 October 2014 be confirmed.", None),
    ("Agenda and draft minutes\nItems\nMinutes:\nThe minutes of the Anyshire Public Services Board meeting held on 25 September "
     "2023 and 12 December 2023 were submitted as the previous meetings had not been quorate and required ratification.\n"
     "RESOLVED that the minutes of the meetings held on 25 September 2023 and 12 December 2023 be received and recorded.", None),
])
def test_a_date_with_a_typed_over_ordinal_and_dates_of_earlier_minutes(tmp_path, top: str, date: str | None) -> None:
    assert extract_page(tmp_path, top + "\n\nThe Chair welcomed everyone.\n").meeting.date == date


@pytest.mark.parametrize("top, body", [
    # a long name with a dash between its parts
    ("Agenda and minutes\n\nAnyshire and City of Anytown Fire and Rescue Authority - Policy and Strategy\n"
     "Friday, 24th July, 2015 10.00 am", "Anyshire and City of Anytown Fire and Rescue Authority - Policy and Strategy"),
    # no heading names it: the opening prose does
    ("Present: Cllr M Stone, Cllr D Bell\nNote 01/20\nWelcome and Introductions\n"
     "MHW welcomed all participants to the first meeting of the Partnership Panel.", "Partnership Panel"),
    ("Members of the Topic Group:\nP Hill, M Down (Chairman), R Roberts\nOfficers present:\nS Brown, Team Leader",
     "Topic Group"),
    ("Members of the Board:\nP Hill, M Down (Chairman)", None),  # "the Board" alone names nothing
    # an item's page: the body whose earlier minutes it approves, when nothing else names one
    ("Agenda item\nMinutes of Previous Meeting and Matters Arising\nMinutes:\nThe minutes of the Anytown Safeguarding "
     "Children Board (ASCB) meeting held on 17 July 2015 were approved as a correct record.", "Anytown Safeguarding Children Board"),
    ("Agenda and minutes\nItems\n1.\nWelcome\nMinutes:\nJo Bell, Assistant Director, was welcomed as formal member "
     "of the Safer Communities Partnership Board.", "Safer Communities Partnership Board"),
    # a standing agenda item's title is not the body
    ("Agenda and minutes\nVenue: Windsor House\nNo. Item\nChair's Introduction\nMatters Arising", None),
    ("Agenda and minutes\nVenue: Room 1, Town Hall\nNo. Item\nTo receive apologies for absence.\nNone received.", None),
    # nor is an item's title under its minute reference
    ("Agenda and minutes\nVenue: Town Community Fire Station, Lecture Theatre\nItems\nNo. Item\n23-24/FRA/1\n"
     "Election of Chair 2023/24\nMinutes:\nIn accordance with the Standing Orders, the Monitoring Officer presided over the "
     "election of Chair.\nCouncillor J Burn was nominated by Councillor M Head and seconded by Councillor A Sul.\nAs there were "
     "no other nominations, Councillor J Burn was duly elected as Chair of the Authority for 2023/24.\nRESOLVED:\nThat "
     "Councillor J Burn be elected Chair of the Authority for 2023/24.\n23-24/FRA/2\nElection of Vice Chair 2023/24\n"
     "Minutes:\nCouncillor M Head was nominated.", None),
])
def test_body_from_a_long_dashed_title_or_the_opening_prose(tmp_path, top: str, body: str | None) -> None:
    assert extract_page(tmp_path, top + "\n\nThe Chair thanked everyone.\n").meeting.body == body


@pytest.mark.parametrize("top, start, end", [
    ("Partnership Panel\nDuration: 15:00 till 16:57\nPresent: Cllr M Stone, Cllr D Bell", "15:00", "16:57"),
    # someone arriving, later in the same flattened paragraph, does not hide the time the meeting was held at
    ("MINUTES OF MEETING OF THE ANYSHIRE POLICE BOARD HELD ON THURSDAY 6 FEBRUARY 2020 AT 9.30AM IN THE TOWN HALL. "
     "PRESENT: Mrs Ann Bell (Chair) Mr John Cole (Arrived at 10.15am)", "09:30", None),
    # the time's dot lost, or a 24-hour clock with no separator
    ("Minutes of the meeting of Ashby Parish Council held on Monday 7 May 2012 at 7 30 pm in the Hall", "19:30", None),
    ("MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD ON 7 MAY 2012 AT 1930 IN THE VILLAGE HALL", "19:30", None),
    # a hyphen for the time's dot; noon; the finish labelled
    ("Minutes of the meeting of Ashby Parish Council held on 3 March 2014 at 7-30pm", "19:30", None),
    ("Minutes of the meeting of the Anytown Board held on 3 March 2014 at noon", "12:00", None),
    ("Minutes of the meeting of Ashby Parish Council held on 3 March 2014\nStart: 19:00 Finish: 20:45", "19:00", "20:45"),
    # when it opened, written first: "At 7.30pm the Chairman welcomed ..."
    ("Minutes of the meeting of Ashby Parish Council held on 3 March 2014\n\nPresent: Cllr Ann Bell, Cllr Bob Hill\n\n"
     "At 7-30pm Cllr Ann Bell, acting as Chairman, opened the proceedings.", "19:30", None),
])
def test_start_and_end_times(tmp_path, top: str, start: str, end: str | None) -> None:
    meeting = extract_page(tmp_path, top + "\n\n1. Welcome\nThe Chair welcomed everyone.\n").meeting
    assert (meeting.start, meeting.end) == (start, end)


@pytest.mark.parametrize("top, body, date", [
    # a PDF's text run together: "MinutesaMeeting of", "Tuesday12 June"
    ("Ashby Parish Council\nMinutesaMeeting of Ashby Parish Council\nheld in The Old School on Tuesday12 June 2012 at 7.30pm.",
     "Ashby Parish Council", "2012-06-12"),
    # a long first paragraph that starts with the title; the kind of meeting after the body's name
    ("ANYTOWN NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held at The Grand Hotel, Anytown on Friday 8th September "
     "2006 at 1.30pm PRESENT Ann Bell Bob Hill Carl Dean Dora Wood", "Anytown National Park Authority", "2006-09-08"),
    ("ANYTOWN TRUST MEETING OF THE LOCAL GOVERNING BOARD (MEDICAL) (EAST UNIT & WEST SCHOOL) MONDAY 14 NOVEMBER 2016 AT "
     "4.00 PM AT THE GREEN CENTRE Present: Ann Bell, Bob Hill", "Local Governing Board (Medical) (East Unit & West School)",
     "2016-11-14"),
    # a place name with "on" in it; "Meeting that was held"
    ("DRAFT MINUTES\nASHBY ON THE WOLDS PARISH COUNCIL MEETING\nheld on 16th July 2012", "Ashby on the Wolds Parish Council",
     "2012-07-16"),
    ("Minutes of the Ashby Parish Council Meeting that was held on Monday 7th January 2008 at 7.45pm", "Ashby Parish Council",
     "2008-01-07"),
    # the year after a title; the Annual Parish Meeting is a meeting of its own
    ("Minutes Annual Parish Meeting 2008\nAshby Parish Council\nMinutes of the Annual Parish Meeting held on 21st April 2008",
     "Annual Parish Meeting", "2008-04-21"),
    # the public part of the minutes; a web page's greeting; a time after the date
    ("Anytown Health Board\nPart I Minutes of the Meeting held on Wednesday, 23rd March, 2016 at 10.00 am", "Anytown Health Board",
     "2016-03-23"),
    ("welcome to the Ashby Parish Council website\nMinutes of meeting Tues 9th May 2017\nChair G M Rogers\n"
     "MINUTES TUES 9th May 2017 7 pm May 17", "Ashby Parish Council", "2017-05-09"),
    # a time, date and place name no body; nor does the kind of meeting, however spelt
    ("8pm on Tuesday 6th January 2009 in Ashby Village Hall", None, "2009-01-06"),
    ("Extra Ordinary Parish Council Meeting\nTuesday 26th September 2017 at 7pm", "Parish Council", "2017-09-26"),
    # the sentence that opens the minutes on one line
    ("A Meeting of the Anytown Grammar School Governing Board was held on Thursday 5th December 2019 at 4.30pm.",
     "Anytown Grammar School Governing Board", "2019-12-05"),
    # the kind of meeting written with a hyphen
    ("Minutes of the Extra-ordinary Meeting of Ashby Parish Council held in the Village Hall on Thursday 28 September, 2023",
     "Ashby Parish Council", "2023-09-28"),
    ("Minutes for an Extra-ordinary meeting of the Council on Tuesday 20th August 2019 at 7.15pm at the Parish Office",
     "Council", "2019-08-20"),
    # a page title naming the month; a web page's breadcrumb trail names nothing
    ("APC Minutes May 2009\nMinutes of the meeting held in the Village Hall on Thursday May 21st 2009", "APC", "2009-05-21"),
    ("Ashby Parish Council Minutes – March 2017\nMeeting held on Tuesday 14th March 2017", "Ashby Parish Council", "2017-03-14"),
    # the body before the date, something else after it
    ("Minutes of Council meeting 6th December 2010 – See attached file Minutes 10-12-06", "Council", "2010-12-06"),
    # "Minutes of the annual meeting" names no body: the title above it does
    # words around the name that are no part of it: "from the", "Meetings of", "virtual", "Draft"
    ("Minutes from the Ashby Community Council meeting held at 6.30pm on Monday 20th March 2017", "Ashby Community Council",
     "2017-03-20"),
    ("Minutes of the Community Council virtual Meeting held via ZOOM on Tuesday, 19th July 2022.", "Community Council", "2022-07-19"),
    ("Meetings of Ashby Group Parish Council\nMinutes of the meeting held on 18 May 2015", "Ashby Group Parish Council", "2015-05-18"),
    ("CCC Draft Minutes 12.01.2012\nDraft Minutes of Meeting held on Thursday 12th January 2012", "CCC", "2012-01-12"),
    ("Ashby Parish Council\nMinutes of the meeting held in the Village Hall", "Ashby Parish Council", None),
    # a two-digit year where the line says it dates the meeting
    ("Ashby Parish Council\nMinutes of meeting held 14.03.17", "Ashby Parish Council", "2017-03-14"),
    ("/ Parish Council / 2012 Minutes / January 2012\nMinutes of a Meeting held at 7pm on Tuesday 3 January 2012", None,
     "2012-01-03"),
    # a letterhead in capitals over two lines, then a title that names only the kind of meeting
    ("MARSHTON AND WEST FEN\nINTERNAL DRAINAGE BOARD\n\nMINUTES OF THE FULL BOARD MEETING\n\nMONDAY 13th MAY 2019",
     "Marshton and West Fen Internal Drainage Board", "2019-05-13"),
    # a web page's breadcrumb (committee, the date and time of the page's meeting) above the minutes' own title and date
    ("Meeting documents\nSafer Towns Board\nWednesday, 25th March, 2015 3.45 pm\nAnytown Safer Towns Board Minutes\n"
     "Tuesday, 10th February, 2015\nCommittee Room 1, Town Hall", "Anytown Safer Towns Board", "2015-02-10"),
    # a letterhead's line run into the title; a school's Full Governing Body is a name of its own
    ("Mill Road, Anytown\nHead Teacher: Ann D Bell / Minutes of the Full Governing Body Meeting held on 28th January 2015 "
     "at 7.30 p.m. in Classroom 5", "Full Governing Body", "2015-01-28"),
    # the title over its "Held on" line, below a page title with another date; a meeting held in public
    ("Board meeting – 13 January, 2022\nPage Contents\nAnytown Health Partnership Board Meeting in Public\n"
     "Held on 13th January 2022 via Microsoft Teams", "Anytown Health Partnership Board", "2022-01-13"),
    ("Minutes Extraordinary Meeting 15th May 2012\nHeld at Mill Court on Tuesday, 15th May 2012 starting at 7.00pm",
     None, "2012-05-15"),
    # a document site's counts in capitals over the title are not part of the name
    ("DOWNLOADS: 14 PAGES: 3\nANYTOWN LICENSING PANEL\n3 MARCH 2011", "Anytown Licensing Panel", "2011-03-03"),
    # a paper's title line: the meeting that receives it, then the minutes' own date
    ("Executive 14th March 2012 Minutes of the meeting held on 8th February 2012 Executive Item No/Paper 4 Public",
     "Executive", "2012-02-08"),
    # the kind of record under the body's name names nothing
    ("Anytown Children's Trust Board\nAction Notes\n17 June 2009", "Anytown Children's Trust Board", "2009-06-17"),
    # "of Proceedings"; a title of only the meeting's kind, its number or its date names no body: the letterhead does
    ("Minutes of Proceedings of the Anytown Licensing Committee held on 3 March 2014", "Anytown Licensing Committee",
     "2014-03-03"),
    ("ASHBY PARISH COUNCIL\nMINUTES\nMONTHLY MEETING – 3RD MARCH 2015", "Ashby Parish Council", "2015-03-03"),
    ("Ashby Parish Council\nMinutes of Meeting No. 123\nHeld 3rd March 2015", "Ashby Parish Council", "2015-03-03"),
    ("Anytown Partnership Board Minutes (03.03.14)", "Anytown Partnership Board", "2014-03-03"),
    # the letterhead's web address, the clerk's address or the chairman and clerk between the body's name and the title
    ("Ashby Parish Council\nwww.ashbypc.org.uk\nMinutes of the meeting held on 3 March 2014", "Ashby Parish Council",
     "2014-03-03"),
    ("Ashby Parish Council\nClerk: Mrs B Jones, 1 High Street, Ashby AB1 2CD. Tel 01234 567890\n"
     "Minutes of the meeting held on 3 March 2014", "Ashby Parish Council", "2014-03-03"),
    ("ASHBY PARISH COUNCIL\nChairman: Cllr A Smith Clerk: Mrs B Jones\nMinutes of the meeting held on 3 March 2014",
     "Ashby Parish Council", "2014-03-03"),
    # the title wrapped before the year
    ("Ashby Parish Council\nMinutes of the meeting held on 3 March\n2014 at the village hall", "Ashby Parish Council",
     "2014-03-03"),
    # a web page's breadcrumb names the council in full; its posting date is not the meeting's, unless it is the only one
    ("Ashby Parish Council > Minutes > March 2014\nMinutes of the Parish Council Meeting held 14 March 2014",
     "Ashby Parish Council", "2014-03-14"),
    ("Posted on 20 March 2014 by Clerk\nMinutes of Ashby Parish Council meeting held on 14 March 2014",
     "Ashby Parish Council", "2014-03-14"),
    ("Ashby Parish Council\nEditor posted on March 20, 2014 16:22\nMinutes", "Ashby Parish Council", "2014-03-20"),
    # the next meeting's date is not this one's; nor is a signature the body
    ("Ashby Parish Council\nDate of next meeting: 8 June 2014", "Ashby Parish Council", None),
    ("Ashby Parish Council\nJohn Hill\nClerk to the Parish Council\n20th October 2010", "Ashby Parish Council",
     "2010-10-20"),
    # the public part of a board's meeting
    ("Anytown Hospitals NHS Foundation Trust\nBoard of Directors – Part 1 (Public)\nMinutes of the meeting held on Thursday "
     "6 March 2014", "Board of Directors", "2014-03-06"),
    # a web page of the meeting's documents: its first item, the earlier minutes, run into its number
    ("Meeting documents\n\nAnytown Scrutiny Board\nTuesday 5th June, 2007 4.00 pm\n\nBusiness Items\n"
     "1Minutes of the meeting of the Anytown Scrutiny Board held on 1 May 2007.\n2Executive Feedback.", "Anytown Scrutiny Board",
     "2007-06-05"),
    # after b17/b18's first sight: "Meeting from the X", a year run into its month, a month and year before
    # "Minutes", a title naming only "Committee" over a fuller one, a page title "Minutes <date>" over the title
    # with the same date, a venue after the date
    ("MINUTES OF MEETING FROM THE ASHBY VILLAGE HALL COMMITTEE HELD ON 3rd November2014 AT 2000HRS",
     "Ashby Village Hall Committee", "2014-11-03"),
    # a letterhead line run on into the clerk's name or the minute book's page; the meeting's kind inside the name
    ("Ashby Parish Council Clerk to the Council: Ann Bell\nMinutes of the meeting held on 3 March 2014", "Ashby Parish Council",
     "2014-03-03"),
    ("Ashby Parish Council Page 1160\nMinutes of the meeting held on 3 March 2014", "Ashby Parish Council", "2014-03-03"),
    ("Minutes of the Ashby Annual Parish Council Meeting held on Monday 8 May 2017", "Ashby Parish Council", "2017-05-08"),
    ("Minutes of the Extra Ordinary Parish Council meeting held on Monday 8 May 2017", "Parish Council", "2017-05-08"),
    # a kind-only title under a letterhead that does not end in its noun; "– MEETING NOTES –", "| Minutes |" and
    # "– Trustees' Meeting –" between the body and the date; a breadcrumb trail; a "Meeting:" row with only a date
    ("Ashby Harbour Commissioners\nMinutes of the Monthly Board Meeting held on 7 March 2016", "Ashby Harbour Commissioners",
     "2016-03-07"),
    ("ASHBY TOWN DEAL BOARD – MEETING NOTES – 7 March 2016", "Ashby Town Deal Board", "2016-03-07"),
    ("Ashby Youth Forum | Minutes | 7 March 2016", "Ashby Youth Forum", "2016-03-07"),
    ("Ashby Village Hall Trust – Trustees' Meeting – 7 March 2016", "Ashby Village Hall Trust", "2016-03-07"),
    ("Home > Council > Minutes > Ashby Parish Council Minutes March 2016\nMinutes of the meeting held on 7 March 2016",
     "Ashby Parish Council", "2016-03-07"),
    ("Ashby Parish Council Minutes\nMeeting: 7th March 2016", "Ashby Parish Council", "2016-03-07"),
    # a committee named only on the date line, under its association's letterhead; a cabinet is its own name
    ("ASHBY ALLOTMENT ASSOCIATION\nCommittee Meeting – 5 April 2018", "Ashby Allotment Association", "2018-04-05"),
    ("ASHBY DISTRICT COUNCIL\nCabinet – Tuesday, 5 March 2019 7.00 pm", "Cabinet", "2019-03-05"),
    # after b19/b20's first sight: a committee's years on a council's site, "DRAFT" before the title, "(Unconfirmed)"
    # after it, a meeting's code, the meeting's kind after the body, a blog's tag, "(PART 1)" before "HELD IN PUBLIC"
    ("Licensing Committee (2005-2015)\nThursday, 15th September, 2005 7.30 pm", "Licensing Committee", "2005-09-15"),
    ("DRAFT Ashby Partnership Committee Minutes of the meeting at the Village Hall 28th September 2011",
     "Ashby Partnership Committee", "2011-09-28"),
    ("Ashby Board Meeting Minutes (Unconfirmed)\n30th October 2019", "Ashby Board", "2019-10-30"),
    ("Ashby Local Highways Panel ALHP35 23 March 2016 MINUTES of the ASHBY LOCAL HIGHWAYS PANEL 23 March 2016",
     "Ashby Local Highways Panel", "2016-03-23"),
    ("Minutes of a Parish Council General Meeting held on Monday 4th February 2019", "Parish Council", "2019-02-04"),
    ("Posts Tagged ‘Minutes’\nMinutes 12 June 2017\nMinutes of meeting held on Monday, 12th June 2017 in Ashby Hall\n"
     "Minutes approved 14/08/2017", None, "2017-06-12"),
    ("MINUTES OF THE TRUST BOARD MEETING (PART 1) HELD IN PUBLIC on Wednesday 26th September 2012", "Trust Board",
     "2012-09-26"),
    # a form's label for the meeting's name
    ("Name of meeting: Ashby Local Access Forum\nDate of meeting: 14 June 2018", "Ashby Local Access Forum", "2018-06-14"),
    # a possessive, a colon before "minutes of meeting", "Full Council of X", a kind-only title under the letterhead,
    # whose meeting it was ("Trustees'") under the body's name
    ("Minutes of Ashby Parish Council’s Annual Meeting held on 14 May 2019", "Ashby Parish Council", "2019-05-14"),
    ("Ashby Parish Council: minutes of meeting 12 September 2017", "Ashby Parish Council", "2017-09-12"),
    ("Minutes of the Meeting of the Full Council of Ashby Town Council held on 5 May 2021", "Ashby Town Council", "2021-05-05"),
    ("Ashby Town Council\nFull Council Meeting\nMinutes\nMonday 4 February 2020 at 7pm", "Ashby Town Council", "2020-02-04"),
    ("The Ashby Trust\nMinutes of the Trustees' Meeting held on 4 February 2020", "Ashby Trust", "2020-02-04"),
    # a page number run into a letterhead that names the body again in short
    ("1 ASHBY PARISH COUNCIL Minutes of Parish Council Meeting held on 2 nd October 2008 at the Tithe Barn, Ashby at "
     "7.30pm Attendance: Cllrs A Bell, B Hill.", "Ashby Parish Council", "2008-10-02"),
    # a title whose date has no year, in a document that gives none: the title still names the body
    ("Ashby Neighbourhood Plan Steering Group Minutes Thursday 14 July\nOpen as a PDF document: minutes-july",
     "Ashby Neighbourhood Plan Steering Group", None),
    # a space before the ordinal and before the comma after it
    ("Ashby Town Council\n\nMinutes of the meeting held on Wednesday 6 th , October 2010 at 7pm", "Ashby Town Council",
     "2010-10-06"),
    # a PDF that lost its spaces around the ordinal: "on16thApril2014"
    ("Ashby Town Council\n\nMinutes of the Burial Board Meeting held on16thApril2014 held in the Council Offices",
     "Burial Board", "2014-04-16"),
    ("May 2024 Minutes Annual Parish Council Meeting\nWednesday 15th May 2024", "Parish Council", "2024-05-15"),
    ("Minutes of Committee Meeting 8/2/2016\nMinutes of Village Hall Management Committee Meeting held on\n"
     "Monday 8th February, 2016 at 7.00pm", "Village Hall Management Committee", "2016-02-08"),
    ("Minutes 8th April 2021\nParish Council meeting on Thursday 8th April 2021 at 8 p.m.", "Parish Council", "2021-04-08"),
    ("28th October 2020, Ashby Village Hall", None, "2020-10-28"),
    # a minute book's page heading run into the title
    ("Series Page 375 MINUTES OF ASHBY PARISH COUNCIL MEETING Held on Wednesday 12 th October 2016 in Ashby Village Hall "
     "at 7.30pm", "Ashby Parish Council", "2016-10-12"),
    # a minute book's page heading names nothing
    ("Minute Book Page 123\nAshby Parish Council\nMinutes of the meeting held on 3 March 2014", "Ashby Parish Council",
     "2014-03-03"),
    # an agenda item approving earlier minutes under the attendance is not the title
    ("Present: Cllr Ann Bell, Cllr Bob Hill\n(3) Minutes of Meeting Held on 13th February 2007 ;-\nThese were read and signed.",
     None, None),
    # a bilingual letterhead either way round on one line; "Cofnodion / Minutes", a Scottish "Draft Minute" name nothing
    ("CYNGOR CYMUNED LLANDEG / LLANDEG COMMUNITY COUNCIL\nMinutes of the meeting held on 3 March 2014",
     "Llandeg Community Council", "2014-03-03"),
    ("LLANDEG COMMUNITY COUNCIL / CYNGOR CYMUNED LLANDEG\nMinutes of the Ordinary Meeting held on Monday 3rd March 2014",
     "Llandeg Community Council", "2014-03-03"),
    ("Cyngor Cymuned Llandeg Community Council\nCofnodion / Minutes\n3 March 2014", "Llandeg Community Council", "2014-03-03"),
    ("Glenbrae Community Council\nDraft Minute\nMeeting of 4 March 2014", "Glenbrae Community Council", "2014-03-04"),
    # a bilingual letterhead, Welsh first
    ("CYNGOR CYMUNED\nLLAN-Y-BRYN\nCOMMUNITY COUNCIL\nMinutes of the Council Meeting,\n14th May 2024, Church House",
     "Llan-y-bryn Community Council", "2024-05-14"),
])
def test_body_and_date_from_run_together_and_long_titles(tmp_path, top: str, body: str, date: str) -> None:
    meeting = extract_page(tmp_path, top + "\n\n1. Apologies\nApologies were received from Cllr Ann Smith.\n").meeting
    assert (meeting.body, meeting.date) == (body, date)


_ITEMS_PAGE = ("Agenda and minutes\n\nVenue: Committee Room 2, Council Offices\n\nContact: Ann Bell 01234 567890\n\nItems\n"
               "No. Item\n\n1.\n\nApologies\n\nMinutes:\n\nApologies were received from Carl Dean.\n\n2.\n\nUpdate\n\n"
               "Dora Wood\n\nMinutes:\n\nDora Wood gave an update on the year's work.\n\n")


@pytest.mark.parametrize("items, body", [
    # a page of items with no title: the body its chair is elected to ...
    ("3.\n\nElection of Chairman\n\nMinutes:\n\nRESOLVED that Councillor Ann Bell be elected Chairman of the Northshire "
     "Police and Crime Panel for the ensuing year.\n", "Northshire Police and Crime Panel"),
    ("3.\n\nAppointment of Chair\n\nMinutes:\n\nCouncillor Ann Bell was elected as Chair of the Fire and Rescue Authority "
     "for 2023/24.\n", "Fire and Rescue Authority"),
    # ... or whose earlier minutes are approved, however far down the page
    ("3.\n\nMinutes & Matters Arising\n\nMinutes:\n\nRESOLVED that the Minutes of the meeting of the Local Strategic "
     "Partnership Board held on 6 January 2009 be confirmed.\n", "Local Strategic Partnership Board"),
    # the chair of another body, named as a person's role, names nothing
    ("3.\n\nMembership\n\nMinutes:\n\nThe Board welcomed Jane Owens, Chair of the Ashby Governors' Forum.\n", None),
])
def test_body_from_the_items_of_an_untitled_page(tmp_path, items: str, body: str | None) -> None:
    assert extract_page(tmp_path, _ITEMS_PAGE + items).meeting.body == body


def test_a_date_wrapped_before_its_year_quotes_both_lines(tmp_path) -> None:
    meeting = extract_page(tmp_path, "Minutes of the meeting held on Monday 3 March\n2014 at the village hall\n").meeting
    assert meeting.date == "2014-03-03" and meeting.source.quote == "Monday 3 March\n2014"


@pytest.mark.parametrize("below, date", [
    ("Publication date: 01/06/2006\n\nDate of decision: 25/05/2006\n", "2006-05-25"),
    ("Date of next meeting: 8 June 2006\n", None),
])
def test_the_date_of_a_decision_page(tmp_path, below: str, date: str | None) -> None:
    page = ("Decision details\n\nPlaygrounds\n\nDecision Maker: Cabinet\n\nPurpose:\n\nTo receive a report on the "
            "playgrounds.\n\nDecision:\n\n" + "".join(f"({n}) That item {n} of the report be noted.\n\n" for n in range(1, 13))
            + below)
    assert extract_page(tmp_path, page).meeting.date == date


@pytest.mark.parametrize("top, location", [
    ("Ashby Parish Council\nMinutes of the meeting held on 3 March 2014 at 7.30pm in the Village Hall. PRESENT Cllr Ann Bell, "
     "Cllr Bob Hill", "the Village Hall"),
    # the paragraph the title runs on into is no place
    ("Ashby Parish Council\nMinutes of the meeting held on 3 March 2014 at 7.30pm in the Village Hall where the Chairman "
     "welcomed everyone and thanked the members of the public for coming to hear the report on the playing field", None),
    # a heading set in capitals: "7.00PM" is a time as "7.00pm" is, and "IN" is "in"
    ("ASHBY TOWN COUNCIL\nMINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON MONDAY 3 MARCH 2014 AT 7.00PM IN THE "
     "COUNCIL CHAMBER, TOWN HALL", "THE COUNCIL CHAMBER, TOWN HALL"),
    # the parts of a title line set apart by dashes: the place is the last part, without its dash
    ("Ashby Joint Waste Committee\nMinutes – 14 July 2021 – 2.00pm – Council Chamber, Ashby House", "Council Chamber, Ashby House"),
])
def test_the_place_after_the_time_ends_where_the_attendance_begins(tmp_path, top: str, location: str | None) -> None:
    assert extract_page(tmp_path, top + "\n\n1. Apologies\nNone.\n").meeting.location == location


@pytest.mark.parametrize("place", ["Online meeting", "Council Chamber, Ashby House", "Microsoft Teams"])
def test_the_words_after_a_minutes_title_s_date_are_its_time_and_place(tmp_path, place: str) -> None:
    """"Minutes – <date> – <time> – <place>" under the body's name: the body is the line above, never the place."""
    page = f"Ashby Joint Waste Committee\nMinutes – 14 July 2021 – 2.00pm – {place}\n\nPresent: Cllr Nina Nokes\n\n1. Rates\nNoted.\n"
    assert extract_page(tmp_path, page).meeting.body == "Ashby Joint Waste Committee"


@pytest.mark.parametrize("title, body", [
    ("Ashby Partnership Minutes 24 5 2006 by fEuwqv", "Ashby Partnership"),  # a document site's title: uploader, file date
    ("Ashby Healthy Living Partnership by luckboy", "Ashby Healthy Living Partnership"),
    ("ASHBY BID Board Meeting Notes and Actions", "ASHBY BID Board"),
    ("Ashby Youth Board Minutes and Actions", "Ashby Youth Board"),
])
def test_a_document_site_s_title_gives_the_body_without_its_uploader_or_its_actions(tmp_path, title: str, body: str) -> None:
    page = f"{title}\n\nMinutes of the meeting held on 6 November 2018\n\nPresent: Ann Bell (Chair), Bob Hill\n\n1. Welcome\nNoted.\n"
    assert extract_page(tmp_path, page).meeting.body == body
