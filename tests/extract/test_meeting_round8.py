"""Meeting body and date from heading shapes met in real English minutes' title lines (round 8): made-up pages
with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Ann Smith.\n"


@pytest.mark.parametrize("top, body, date", [
    # a title broken over lines: "Minutes of the Ordinary Meeting of the" / the body, under a web page's title
    ("March - Ashby Parish Council\nadvertisement\nMinutes of the Ordinary Meeting of the\nAshby & Barton Joint Burial "
     "Committee\nParish Pavilion, Station Road, Ashby\nWednesday 4th March 2015 20.00 hrs.",
     "Ashby & Barton Joint Burial Committee", "2015-03-04"),
    # ... and "MINUTES" / "OF THE MEETING OF THE" / the body / "HELD ON ...", under a document site's "Template by X"
    ("Minute Template by ab12cd3\nVIEWS: 28 PAGES: 10\nANYSHIRE POLICE AUTHORITY\nCounty Hall, Anytown\nMINUTES\n"
     "OF THE MEETING OF THE\nANYSHIRE POLICE AUTHORITY\nHELD ON WEDNESDAY 27 JUNE 2007", "Anyshire Police Authority",
     "2007-06-27"),
    # "MINUTES of the proceedings of the Board at a Meeting held ...": whose board the letterhead says
    ("ASHBY INTERNAL DRAINAGE BOARD\nMINUTES of the proceedings of the Board at a Meeting held at the Board's Offices, "
     "Ashby on Wednesday 23 September 2015", "Ashby Internal Drainage Board", "2015-09-23"),
    # "Note of Meeting" names no body: the line above does
    ("ANYSHIRE MEMBERS GROUP\nNote of Meeting\n22nd June 2015", "Anyshire Members Group", "2015-06-22"),
    # "on" inside a body's name is not "held on"
    ("Meeting documents\nStanding Advisory Council on Religious Education\nWednesday 5 March 2014 6.30 pm",
     "Standing Advisory Council on Religious Education", "2014-03-05"),
    # "Minute of the X (initials) Meeting" after the body's own name (a Scottish "Minute")
    ("Glenbrae Community Council\nGlenbrae Community Council Minute of the Glenbrae Community Council (GCC) Meeting held on "
     "Thursday, 12th February 2015, in the Church Hall", "Glenbrae Community Council", "2015-02-12"),
    # a memo's "To:" line names who receives the minutes, not the meeting
    ("MEMORANDUM Date: November 2009\nTo:All Members of the Anyshire Audit Committee\ncc: All officers named for actions\n"
     "ANYSHIRE AUDIT COMMITTEE\n13 NOVEMBER 2009\nMINUTES", "Anyshire Audit Committee", "2009-11-13"),
    # an association's officers listed between its name and the title naming only its committee
    ("2015 July - Ashby Allotment Association\n\nAshby Allotment Association\nTreasurer Bob Hill\nPresident Carl Dean\n"
     "Chairman Dan Evans\nMinutes of Committee meeting\nSunday 12 July 2015, meeting opened at 11.00am.",
     "Ashby Allotment Association", "2015-07-12"),
    # a member's name with a role in brackets is not a body
    ("Anytown Local Strategic Partnership Executive\nCllr Ann Bell (Leader, ABC)\nBob Hill (Chair, People & Places Group)",
     "Anytown Local Strategic Partnership Executive", None),
    # "Minutes of a meeting held on <date>" names no body: "Minutes of a" is not one
    ("Draft Minutes of a meeting held on 7 March 2019\n\nPresent Ann Bell, Bob Hill", None, "2019-03-07"),
    # "13th Meeting of the X To be held on ...", after a document's code
    ("AB13-01/15M 13th Meeting of the Anyshire Safeguarding Board To be held on 9th January 2015 at 2.00pm, Mill House",
     "Anyshire Safeguarding Board", "2015-01-09"),
])
def test_body_and_date_from_round8_heading_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


def test_a_line_of_note_numbers_names_no_body(tmp_path) -> None:
    """"Note 01/20" numbers an item ("Note of Meeting" is a title): the line above it is no body."""
    page = ("Present: Cllr Ann Bell, Cllr Bob Hill\nNotes: Carl Dean\nDuration: 15:00 till 16:57\nNote 01/20\n"
            "Welcome and Introductions\nAB welcomed all participants to the first meeting of the Anytown Partnership Panel.\n")
    assert extract_page(tmp_path, page).meeting.body == "Anytown Partnership Panel"


def test_an_agenda_items_page_names_no_body_from_its_lines(tmp_path) -> None:
    """On an agenda item's page the lines under "Agenda item" are the item's title, text and sub-headings."""
    page = ("Agenda item\nTask Group Updates\nTo receive updates from the chairmen of the task groups.\nMinutes:\n"
            "Councillor Ann Bell made a general point about the papers.\nLibrary Hub\nThe works were on time.\n")
    assert extract_page(tmp_path, page).meeting.body is None


@pytest.mark.parametrize("top, body, date", [
    # a document site's copy of the title names only "the Parish Council"; the minutes' own title names whose
    ("MINUTES of an Extraordinary Meeting of the Parish Council Held in the Village Hall\nTotal Page:16\n"
     "ASHBY PARISH COUNCIL MINUTES of a Extraordinary Meeting of Ashby Parish Council held in the Village Hall, Main Street, "
     "Ashby, on Wednesday, 25 April 2007 commencing at 7.00pm.", "Ashby Parish Council", "2007-04-25"),
    # a date before the title ("10 NOVEMBER 2011 X COMMITTEE"); a month and year before the title
    ("10 NOVEMBER 2011 AUDIT COMMITTEE\n\nadvertisement\n10 NOVEMBER 2011\nMinutes of a meeting of the AUDIT COMMITTEE held "
     "in the Council Chamber, Council Offices, Ashby at 9.30 am when there were present:", "Audit Committee", "2011-11-10"),
    ("You are on page 1of 2\n\nMINUTES OF FEBRUARY 2022 EC MEETING\n\nLocation: Association Office", "EC", None),
    # initials naming the last words of the name ("Local Strategic Partnership (LSP)")
    ("ASHBY LOCAL STRATEGIC PARTNERSHIP (LSP) Minutes of Board Meeting held on Wednesday, 22 nd September 2010 at Town Hall",
     "Ashby Local Strategic Partnership", "2010-09-22"),
    # a council's letterhead and the committee's name on one line, a full stop between them
    ("ANYSHIRE COUNCIL. Enterprise and Infrastructure Committee 4 November 2009", "Enterprise and Infrastructure Committee",
     "2009-11-04"),
    # a file's title "ABC Minutes February 2021" run into the heading
    ("ABC Minutes February 2021 Glenbrae Community Council Minutes of the meeting: Monday 8th February 2021 (v2) On-line "
     "meeting via Zoom", "Glenbrae Community Council", "2021-02-08"),
    # the place of an online meeting is not the body
    ("1st Meeting held\n\nZoom\n\n29/09/2024\n\nThe 1st meeting has been held of the Ashby Ward Residents Association.", None,
     "2024-09-29"),
    # "The annual General Body Meeting of X was held on ..."
    ("The annual General Body Meeting of the Ashby Residents Welfare Association was held on Sunday, the 29th April 2007, "
     "which was presided over by the President.", "Ashby Residents Welfare Association", "2007-04-29"),
    # "X Notes of meeting on <date>"
    ("Minutes Anytown Children’s Trust Board Notes of meeting on 22nd June 2007 Attendees: Ann Bell (AB - Chair), Bob Hill (BH)",
     "Anytown Children’s Trust Board", "2007-06-22"),
    # the council's name and its kind of meeting twice, the month after
    ("ASHBY PARISH COUNCIL PARISH COUNCIL MEETING AUGUST", "Ashby Parish Council", None),
])
def test_body_from_a_later_title_a_date_before_it_and_initials(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


def test_a_document_sites_agenda_title_dates_nothing_over_the_minutes_own_title(tmp_path) -> None:
    """"BOARD AGENDA – 1st April" (a document site's title, no year) over "MINUTES OF A MEETING ... HELD ON <date>"."""
    page = ("Docstoc\n\nBOARD AGENDA – 1st April\n\nDocument Sample\nBOARD AGENDA – 1st April Powered By Docstoc\n"
            "MINUTES OF A MEETING OF THE TRUST BOARD HELD ON WEDNESDAY 30 MAY 2007 AT 9.30am AT THE COUNTRY HOTEL\n")
    assert extract_page(tmp_path, page + _TAIL).meeting.date == "2007-05-30"


def test_the_clerks_line_is_cut_from_a_letterhead_the_same_way_everywhere(tmp_path) -> None:
    """One cut for the contact details run on after the council's name: "Clerk to the Council:", "Tel:", "Email:"."""
    page = "Ashby Parish Council Tel: 01234 567890\nMinutes of the Parish Council Meeting held on 3 March 2014\n"
    assert extract_page(tmp_path, page + _TAIL).meeting.body == "Ashby Parish Council"


@pytest.mark.parametrize("page, start, end", [
    # "Proceedings commenced at 7.30pm."
    ("Minutes of Ashby Parish Council Meeting held on 25th October 2016 at the Parish Hall\n\nPresent: Cllr Ann Bell, "
     "Cllr Bob Hill\n\nProceedings commenced at 7.30pm.\n\n1. Apologies\nNone.\n", "19:30", None),
    # a long title whose last line, past the heading's first lines, is "COMMENCING AT 10.00 AM"
    ("Agenda item 1\nANYSHIRE POLICE AUTHORITY\nCounty Hall, Anytown\nTel: 01234 567890\n__\nMINUTES\nOF THE MEETING OF THE\n"
     "ANYSHIRE POLICE AUTHORITY\nHELD ON WEDNESDAY 27 JUNE 2007\nIN THE COUNCIL CHAMBER\nCOUNTY HALL\nWEST ROAD\nANYTOWN\n"
     "ANYSHIRE\nCOMMENCING AT 10.00 AM\n__\nMEMBERS PRESENT\nCllr Ann Bell\nCllr Bob Hill\n", "10:00", None),
    # the place and times in brackets under the attendance list
    ("Ashby Town Council Monthly Meeting Wednesday 15 th January 2014\nCouncillor Ann Bell (Mayor) Councillors Bob Hill, "
     "Carl Dean\nIn attendance: Dan Evans (Town Clerk)\n(Memorial Hall, Ashby, 7.00pm – 9.00pm)\n133. Opening Prayer\n"
     "The opening prayer was given by Cllr Hill.\n", "19:00", "21:00"),
    # the times alone at the foot of a council's page
    ("Agenda and minutes\nHealth Select Committee - Monday, 24th May, 2010\n\nItems\n1. Declarations of interest\nNone.\n"
     "2. Chair's update\nCONCLUDED that the Chair's Update be noted.\n4.00 pm - 6.00 pm\n", "16:00", "18:00"),
])
def test_the_meetings_times_below_its_heading(tmp_path, page: str, start: str, end: str | None) -> None:
    meeting = extract_page(tmp_path, page).meeting
    assert (meeting.start, meeting.end) == (start, end)


@pytest.mark.parametrize("top, body, date", [
    # a title's date without its year, and no full date anywhere: the year of a title line ("...-minutes-july-2016")
    ("Ashby Steering Group Minutes Thursday 14 July\n\nOpen as a PDF document: steering-group-minutes-july-2016",
     "Ashby Steering Group", "2016-07-14"),
    # "Saturday the 12th August , 2006"
    ("Ashby Parish Council\nMinutes of the meeting held on Saturday the 12th August , 2006 at 10am", "Ashby Parish Council",
     "2006-08-12"),
    # a blog's "Posted on <date> by Clerk" line is never the body
    ("Posted on 20 March 2014 by Clerk\n\nMinutes", None, "2014-03-20"),
])
def test_the_year_from_a_title_line_and_a_posting_line(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top, body, date", [
    # "Regular Meeting" names the kind of meeting, as "Ordinary Meeting" does
    ("ASHBY CITY COUNCIL REGULAR MEETING MINUTES April 9, 2018", "Ashby City Council", "2018-04-09"),
    # a blog's posting date, then another dated line, then the title with the meeting's date
    ("Tuesday 9 September 2014\n\nThe Big Book Sale @ Ashby Library, 27th September ...\n\nMinutes of the AGM Meeting held "
     "22nd July 2014\n\nApologies: Ann, Bob", None, "2014-07-22"),
])
def test_a_regular_meeting_and_a_title_under_two_dated_lines(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)
