"""Meeting body, date and times from heading shapes nobody tuned for (round 18: the misses left in the whole corpus):
made-up pages with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Wenna Strickfold.\n"


@pytest.mark.parametrize("page, body", [
    # a title line over a list of who attended, one person a line with their organisation or role, and no "Present" label
    ("Wexby Local Strategic Partnership Executive\nCllr Helen Quarrell(Leader, WBC)\nPeter Lintott (Chair, Economy Group)\n"
     "Susan Ollerby(WBC)\nAction1.Welcome and Apologies\nCllr Quarrell welcomed everyone to the meeting.",
     "Wexby Local Strategic Partnership Executive"),
    ("Orchard Vale Patient Group\nHelen Quarrell, Practice Manager\nPeter Lintott, Orchard Surgery\nSusan Ollerby, Dale Surgery\n"
     "1. Notes of the last meeting\nThe notes were agreed.", "Orchard Vale Patient Group"),
    # no title at all: the list's label run into the first name ("PresentHelen", a PDF's lost space); the last person's
    # line is no body
    ("PresentHelen Quarrell, Practice Manager Wexby & Dale\n\nPeter Lintott, Practice Manager Orchard\n\nSusan Ollerby, Dale\n\n"
     "ApologiesDavid Fairclew, Dale\n\nSarah Trudgeon, Orchard\n\n  1. Notes of previous meeting\nItem 3 - Survey - HQ to "
     "chase the slides.", None),
    # near miss: a title naming a person's hall is still the body's line
    ("Ashby Community Trust\nHelen Quarrell Community Hall\n\nMinutes of the meeting held on 3 March 2019\n\n"
     "Present: Helen Quarrell (Chair), Peter Lintott", "Ashby Community Trust"),
])
def test_a_persons_line_is_never_the_body(tmp_path, page: str, body: str | None) -> None:
    assert extract_page(tmp_path, page + _TAIL).meeting.body == body


@pytest.mark.parametrize("top", [
    "Tuesday, 2 May 2017 By: Karen Pritchard",
    "Tuesday, 2 May 2017 by Karen Pritchard",
])
def test_a_blog_posts_date_and_byline_are_not_the_meeting(tmp_path, top: str) -> None:
    """A blog post's date with its author after it is the posting's: the title under it dates and names the meeting."""
    page = (top + "\n\n2017 AGM Minutes\n\nWexby Allotment Association: Minutes of AGM 30 March 2017\n\n"
            "Present: Helen Quarrell (Chair), Peter Lintott")
    meeting = extract_page(tmp_path, page + _TAIL).meeting
    assert (meeting.body, meeting.date) == ("Wexby Allotment Association", "2017-03-30")


@pytest.mark.parametrize("title, body", [
    ("Wexby Allotment Association: Minutes of AGM 30 March 2017", "Wexby Allotment Association"),
    ("Orchard Bowls Club - Minutes of the Annual General Meeting 30 March 2017", "Orchard Bowls Club"),
    # near miss: after the colon a committee's meeting, not only a kind of meeting
    ("Wexby Allotment Association: Minutes of the Committee 30 March 2017", "Committee"),
])
def test_body_before_minutes_of_a_kind_of_meeting(tmp_path, title: str, body: str) -> None:
    """"<Body>: Minutes of <a kind of meeting>" names the body before the colon."""
    page = title + "\n\nPresent: Helen Quarrell (Chair), Peter Lintott"
    assert extract_page(tmp_path, page + _TAIL).meeting.body == body


@pytest.mark.parametrize("page, date", [
    # minutes numbered "<year>/<meeting>/<item>", shaped like dates, and no date of the meeting in the text
    ("Present: Cllr Helen Quarrell (Chair) Cllr Peter Lintott\n\nMinute Actions 18/3/01: TO RECEIVE APOLOGIES Apologies were "
     "received from Cllr Susan Ollerby 18/3/02: DECLARATION OF INTERESTS None.\n\n18/3/03: PUBLIC OPEN FORUM No members of the "
     "public attended.", None),
    ("Minutes of the Parish Council meeting held on Monday 5th March 2018\n\nPresent: Cllr Helen Quarrell (Chair)\n\n"
     "18/3/01 Apologies\nNone.\n\n18/3/02 Declarations of Interest\nNone.\n\n18/3/03 Public Participation\nNone.", "2018-03-05"),
    # near miss: a date in the same shape that does not count up is a date
    ("Minute Actions 12/3/18: meeting of the working group\n\nPresent: Cllr Helen Quarrell (Chair)\n\n1. Apologies\nNone.\n\n"
     "2. Footpaths\nThe clerk will write to the county by 19/4/18.", "2018-03-12"),
])
def test_a_minutes_number_shaped_like_a_date_is_not_the_meeting_date(tmp_path, page: str, date: str | None) -> None:
    """Minutes numbered "18/3/01", "18/3/02", "18/3/03" (a date's last part never counts up through a document)."""
    assert extract_page(tmp_path, page).meeting.date == date


@pytest.mark.parametrize("top, body", [
    # the letterhead run into the title's line, the title naming the body by its kind only
    ("WEXBY PARISH COUNCIL Minutes of Meeting of the Parish Council Held on Monday 16th November 2020 at 7.30pm",
     "Wexby Parish Council"),
    ("ORCHARD VALE TOWN COUNCIL Minutes of a Meeting of the Town Council held on Monday 16th November 2020 at 7.30pm",
     "Orchard Vale Town Council"),
    # near miss: the title alone names the body by its kind
    ("Minutes of Meeting of the Parish Council Held on Monday 16th November 2020 at 7.30pm", "Parish Council"),
])
def test_body_from_a_letterhead_run_into_a_meeting_of_title(tmp_path, top: str, body: str) -> None:
    page = top + "\n\nPRESENT: Helen Quarrell Chair, Peter Lintott"
    meeting = extract_page(tmp_path, page + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, "2020-11-16")


@pytest.mark.parametrize("top", [
    "Minutes of The Annual General Meeting and Parish Council Meeting (No 12) of Wexby Parish Council held on Wednesday "
    "20th May 2020 at 7:00 via online video link",
    "Minutes of the Annual Meeting and the Ordinary Meeting of Wexby Parish Council held on Wednesday 20th May 2020 at 7pm",
    # run into a letterhead with the clerk's address
    "Wexby Parish Council ______ Parish Clerk; Helen Quarrell, Low Barn, Wexby. QX1 9ZZ (01900 123456) Minutes of The "
    "Annual General Meeting and Parish Council Meeting (No 335) of Wexby Parish Council held on Wednesday 20th May 2020 at "
    "7:00 via online video link Parish Councillors required to attend; Peter Lintott (Chair), Susan Ollerby.",
])
def test_two_meetings_held_together_name_one_body(tmp_path, top: str) -> None:
    """"The Annual Meeting and the Ordinary Meeting of X held on <date>": two meetings of one body on one evening."""
    meeting = extract_page(tmp_path, top + "\n\nPresent: Peter Lintott (Chair)" + _TAIL).meeting
    assert (meeting.body, meeting.date, meeting.start) == ("Wexby Parish Council", "2020-05-20", "19:00")


@pytest.mark.parametrize("title, body", [
    # the meeting's count before the body's name
    ("Draft Minutes of fifth QRA Committee Meeting, 2 October 2014, 8pm at The Old Forge.", "QRA Committee"),
    ("Minutes of the 7th Wexby Flood Forum Meeting, 2 October 2014", "Wexby Flood Forum"),
    # near miss: a capitalised word of the name
    ("Second Chance Club - Minutes of the Annual General Meeting, 2 October 2014", "Second Chance Club"),
    # a bilingual title, the Welsh words glued to the English by a slash ("Minutes Council/Council Minutes")
    ("Cofnodion Cyngor/Council Minutes\n\nMinutes - 2 October 2014", "Council"),
    ("Cofnodion Cyngor Cymuned/Community Council Minutes\n\nMinutes - 2 October 2014", "Community Council"),
])
def test_body_without_the_meetings_count_or_its_welsh_words(tmp_path, title: str, body: str) -> None:
    page = title + "\n\nPresent: Helen Quarrell (Chair), Peter Lintott"
    assert extract_page(tmp_path, page + _TAIL).meeting.body == body


@pytest.mark.parametrize("host_title", ["1. Ground - Wexby Bowls Club", "Minutes 4 March 2009 - Wexby Bowls Club"])
def test_meeting_below_a_document_hosts_banner(tmp_path, host_title: str) -> None:
    """A document host's banner ("Document Sample", "<the file's name> Powered By Docstoc") over the file's text: the
    minutes below it name and date the meeting, whatever the file's name looks like (an agenda item's "1. ...")."""
    page = (f"{host_title}\n\nDocument Sample\n{host_title} Powered By Docstoc\n"
            "                Minutes of Wexby Bowls Club Committee Meeting\n                Thursday 7th October 2010, 8pm\n"
            "                at The Old Forge Wexby\n\nPresent: Helen Quarrell, Peter Lintott, Susan Ollerby.")
    meeting = extract_page(tmp_path, page + _TAIL).meeting
    assert (meeting.body, meeting.date, meeting.start) == ("Wexby Bowls Club Committee", "2010-10-07", "20:00")


@pytest.mark.parametrize("credit", ["Notes Prepared By: Karen Pritchard", "Minutes taken by Karen Pritchard"])
def test_who_wrote_the_notes_is_never_the_body(tmp_path, credit: str) -> None:
    """"Notes prepared by: X" under the list of who attended is the minute-taker's credit, not a title naming nobody
    (whose body would then be read from the names above it)."""
    page = ("Wexby Local Access Forum Meeting Location: Old Forge\n\nDate: 13 April 2011\tTime:\t7pm\n\n"
            "Helen Quarrell\tPeter Lintott\n\nSusan Ollerby\tDavid Fairclew\n\nJenny Marsh and Mike Trudgeon\n\n" + credit)
    assert extract_page(tmp_path, page + _TAIL).meeting.body == "Wexby Local Access Forum"


@pytest.mark.parametrize("opening, start", [
    ("As no further issues were raised the Chairman adjourned the Public Open Forum and started the meeting at 7.35pm.", "19:35"),
    ("No comments were raised, so it was agreed to open the Council Meeting at 7.02pm.", "19:02"),
    # near miss: no opening named (the late arrival's time is not the start)
    ("No comments were raised.", None),
])
def test_start_from_when_the_meeting_was_started(tmp_path, opening: str, start: str | None) -> None:
    page = ("Present: Cllr Helen Quarrell (Chair) Cllr Peter Lintott Cllr Susan Ollerby\n\nIn attendance: Cllr David Fairclew - "
            "County Council (from 8.10pm) Karen Pritchard - Clerk\n\n18/3/01: PUBLIC OPEN FORUM A resident raised the "
            "footpaths. " + opening + "\n\n18/3/02: APOLOGIES None.\n\n18/3/03: FOOTPATHS The clerk will write to the county.")
    assert extract_page(tmp_path, page).meeting.start == start


@pytest.mark.parametrize("present, body", [
    ("Present: Members of the Wexby Parish Council: Cllr Helen Quarrell (Chairman), Cllr Peter Lintott", "Wexby Parish Council"),
    # near miss: the members of another body
    ("Present: Members of the Orchard Vale Town Council: Cllr Helen Quarrell (Chairman), Cllr Peter Lintott", "Parish Council"),
])
def test_body_in_full_from_whose_members_were_present(tmp_path, present: str, body: str) -> None:
    """A title naming the body by its kind ("Meeting of the Parish Council") and an attendance label naming it in full
    ("Present: Members of the X Parish Council:")."""
    page = ("MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON THURSDAY 2nd OCTOBER 2014 IN THE OLD FORGE " + present)
    assert extract_page(tmp_path, page + _TAIL).meeting.body == body
