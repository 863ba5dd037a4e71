"""Meeting body and times from heading shapes nobody tuned for (round 19): made-up pages with made-up names, each a
general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Wenna Strickfold.\n"
_PRESENT = "\nPresent: Cllr Helen Quarrell (Chair), Cllr Peter Lintott, Cllr Susan Ollerby"


@pytest.mark.parametrize("page, body", [
    # a date line with only its time after the date: the time is no body
    ("3RD MARCH 2019 @ 7.30PM\nCouncillor Helen Quarrell – Chairman\nCouncillor Peter Lintott\nCouncillor Susan Ollerby", None),
    ("Wexby Patient Group Minutes\nMeeting: Tuesday 3 March 2019, 6pm to 7:30pm" + _PRESENT, "Wexby Patient Group"),
    # a venue cut short at the date it runs into ("Old Chapel Schoolroom on <date> at 7.30pm")
    ("Minutes of Meeting\nOld Chapel Schoolroom on Tuesday 3rd March 2019 at 7.30pm." + _PRESENT, None),
    # a letterhead's address: a street's line, a postcode, a mail address
    ("Wexby Community Council\nThe Institute, Wexby, , , ZZ9 9ZZ [email protected] Clerk: Karen Pritchard Minutes of the "
     "meeting held on 3 March 2019" + _PRESENT, "Wexby Community Council"),
    # near miss: a number in a body's name is no address
    ("Area 3 Forum\nMinutes of the meeting held on 3 March 2019" + _PRESENT, "Area 3 Forum"),
])
def test_a_time_a_venue_or_an_address_is_never_the_body(tmp_path, page: str, body: str | None) -> None:
    assert extract_page(tmp_path, page + _TAIL).meeting.body == body


def test_a_street_address_under_the_clerk_is_not_whose_committee(tmp_path) -> None:
    """A title naming only "the Committee", with the clerk's address above it: the address names no body."""
    page = ("Clerk to the Committee:\nMr David Fairclew\n7 Mill Way\nZZ9 9ZZ\n01234 567890\n"
            "Minutes of the Committee Meeting held on Zoom on Tuesday 3rd March 2019" + _PRESENT)
    assert extract_page(tmp_path, page + _TAIL).meeting.body != "7 Mill Way"


@pytest.mark.parametrize("page, body", [
    # a kind of meeting in lower case before the name
    ("Parish Council\nDraft Minutes of the monthly Parish Council Meeting held on Wednesday 3rd March 2019 at 7.30pm",
     "Parish Council"),
    ("Minutes of the regular Wexby Town Council Meeting held on 3rd March 2019", "Wexby Town Council"),
    # a draft's mark with its version number
    ("UNAPPROVED DRAFT2 WEXBY PARISH COUNCIL Minutes of the Wexby Parish Council Meeting Tuesday 3 March 2019 at 8pm",
     "Wexby Parish Council"),
    # the letterhead's name again "as above"
    ("Wexby Parish Council Parish Clerk: Karen Pritchard\nCouncil meeting – 3rd March 2019 Minutes of the meeting of "
     "Wexby Parish Council as above, held in the Parish Rooms, 19:15.", "Wexby Parish Council"),
    # the letterhead's name with the clerk's after a colon and a dash
    ("Upper and Lower Wexby Parish Council : Clerk to the Council – Karen Pritchard\n"
     "Minutes of the Parish Council Meeting on Tuesday 3 March 2019 at 7pm", "Upper and Lower Wexby Parish Council"),
    # near miss: a kind word in capitals is the name's ("Regular Forces Liaison Group")
    ("Minutes of the Regular Forces Liaison Group meeting held on 3rd March 2019", "Regular Forces Liaison Group"),
])
def test_a_titles_marks_around_the_name_are_not_the_body(tmp_path, page: str, body: str) -> None:
    assert extract_page(tmp_path, page + _PRESENT + _TAIL).meeting.body == body


@pytest.mark.parametrize("present", [
    "Present: Dr Helen Quarrell (GP Partner – Group Lead) Date: 3rd March 2019",
    "In attendance: Peter Lintott (Practice Manager) DATE: 3 March 2019",
])
def test_the_date_beside_the_first_attendance_line(tmp_path, present: str) -> None:
    """A form's two columns run into one line: the "Date:" label beside who attended dates the meeting, and that line
    is no body (the title above it is)."""
    page = "Wexby Surgery – Patient Reference Group\n" + present + "\nSusan Ollerby (Nurse)\nDavid Fairclew"
    meeting = extract_page(tmp_path, page + _TAIL).meeting
    assert (meeting.date, meeting.body) == ("2019-03-03", "Wexby Surgery – Patient Reference Group")


def test_a_target_date_beside_the_attendance_is_not_the_meetings(tmp_path) -> None:
    """Near miss: a date without the label ("by 3 March 2019") beside who attended does not date the meeting."""
    page = ("Wexby Surgery – Patient Reference Group\nPresent: Dr Helen Quarrell (to report by 3 March 2019)\n"
            "Susan Ollerby (Nurse)\nDavid Fairclew")
    assert extract_page(tmp_path, page + _TAIL).meeting.date is None


@pytest.mark.parametrize("page, body", [
    # a bare date line over a short name, then the title in full
    ("Tuesday 3rd March 2019\nWexby Surgery PPG\nWexby Surgery Patient Participation Group Annual General Meeting\n"
     "Followed by the regular meeting", "Wexby Surgery Patient Participation Group"),
    ("Tuesday 3rd March 2019\nWexby Allotments\nWexby Allotment Society\nNotes", "Wexby Allotment Society"),
    # near miss: no line under the date names a meeting or a body
    ("Tuesday 3rd March 2019\nWexby Surgery\nSpring newsletter", None),
])
def test_the_title_on_one_of_two_lines_under_a_bare_date(tmp_path, page: str, body: str | None) -> None:
    assert extract_page(tmp_path, page + _PRESENT + _TAIL).meeting.body == body


@pytest.mark.parametrize("closing, end", [
    ("Concluded 20.15", "20:15"),
    ("Concluded at 9.05pm", "21:05"),
    # near miss: a count after the word, not a time
    ("Concluded 3 items from the last meeting.", None),
])
def test_the_end_from_a_line_of_its_own(tmp_path, closing: str, end: str | None) -> None:
    """The minutes' last line saying when it ended, without "meeting": "Concluded 20.15" under "Commenced 19.15"."""
    page = ("Wexby Parish Council\nMinutes of the meeting held on 3rd March 2019\nCommenced 19.15" + _PRESENT + _TAIL
            + "\n2. Footpaths\nThe clerk will write to the county.\n" + closing + "\n")
    assert extract_page(tmp_path, page).meeting.end == end
