"""Meeting body and date from shapes nobody tuned for (round 21): made-up pages with made-up names, each a general
shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_OPENING = ("Minute of meeting held on Thursday 14th March 2019 at 10.00am in\nRoom 2, Orchard House, Wexby\n"
            "Present: Dr Alan Pellow (Chair), Ruth Tamsett, Owen Kerridge\n")


@pytest.mark.parametrize("sentence, body", [
    # the chair the meeting elects, or whose first meeting it is: the body is the one they chair
    ("Dr Pellow welcomed everyone to his first meeting as Chair of the Wexby Alcohol Partnership.",
     "Wexby Alcohol Partnership"),
    ("It was proposed that Cllr Tamsett should be elected to serve as Chairman of the Parish Council for the year.",
     "Parish Council"),
    ("Election of Chairman. RESOLVED: That Ruth Tamsett is Chairman of the Wexby Recreation Ground Trust for the year.",
     "Wexby Recreation Ground Trust"),
    ("Owen Kerridge was appointed as Vice-Chair of the Orchard Users Group.", "Orchard Users Group"),
    # near misses: a guest's or another body's title names no body of this meeting
    ("Dr Pellow welcomed Ann Sowerby, Chair of the Wexby Governors Forum, to the meeting.", None),
    ("The Chairman of the Executive Committee opened the meeting and thanked members for attending.", None),
])
def test_the_chair_the_meeting_elects_names_its_body(tmp_path, sentence: str, body: str | None) -> None:
    page = _OPENING + "1. Welcome\n" + sentence + "\n2. Apologies\nApologies were received from Jim Farrant.\n"
    assert extract_page(tmp_path, page).meeting.body == body


@pytest.mark.parametrize("item", [
    # the standing item on the last meeting's minutes: its date is the last meeting's, not this one's
    "1 / Minutes & Matters arising 18th February 2016",
    "2. Minutes and matters arising from 18 February 2016",
    "Minutes and Matters Arising (18/02/2016)",
])
def test_the_minutes_and_matters_arising_item_dates_the_last_meeting(tmp_path, item: str) -> None:
    page = ("Wexby Patient Group\nMeeting minutes 17th March 2016\nAnn Sowerby – Practice Manager\nRoy Tamsett – Chairman\n"
            f"Owen Kerridge\n{item}\nThe minutes of the last meeting were reviewed and accepted by the group.\n"
            "2 / Terms of Reference\nThe draft terms were agreed by the group.\n")
    meeting = extract_page(tmp_path, page).meeting
    assert (meeting.date, meeting.body) == ("2016-03-17", "Wexby Patient Group")


_ATTENDED = ("Present: Tom Ridley (Chair), Alice Quenby (Treasurer), Martin Sowter\n"
             "1. Apologies\nApologies were received from Jim Farrant.\n")


@pytest.mark.parametrize("heading, body", [
    # a bare noun given only as a kind of meeting ("a committee meeting", not "the Committee"): the page names no body
    ("Minutes of Committee Meeting\nThursday 22nd June 2017\nThe Bandstand, Wexby Park", None),
    ("Committee Meeting Minutes – 15th Sept 2020\nMinutes of Committee Meeting – 15 September 2020", None),
    ("Minutes of Board Meeting\nheld on 23rd August 2011\nat the Orchard Resource Centre, Wexby", None),
    # near misses: "the Committee" names the body; a parish's "Council" is its council; a letterhead says whose committee
    ("MINUTES OF THE COMMITTEE MEETING HELD ON 19th August 2021 in the Village Hall", "Committee"),
    ("Minutes of Council Meeting held at Orchard Hall, Wexby on Thursday 17th January 2019 at 7pm.", "Council"),
    ("Wexby Tennis Club\nMinutes of Committee Meeting\nThursday 22nd June 2017", "Wexby Tennis Club"),
])
def test_a_bare_noun_given_only_as_a_kind_of_meeting_names_no_body(tmp_path, heading: str, body: str | None) -> None:
    assert extract_page(tmp_path, heading + "\n" + _ATTENDED).meeting.body == body


@pytest.mark.parametrize("sentence, body", [
    # those the chair welcomed to the body: its name of two words or more
    ("Dr Pellow officially welcomed everyone to the new Wexby Youth Cabinet.", "Wexby Youth Cabinet"),
    ("The Chair welcomed all members to the Orchard Residents Forum and thanked them for coming.", "Orchard Residents Forum"),
    # near misses: a bare noun, a guest welcomed to the meeting
    ("Dr Pellow welcomed new members to the Board.", None),
    ("Dr Pellow welcomed Ann Sowerby of the Wexby Trust to the meeting.", None),
])
def test_those_welcomed_to_the_body_name_it(tmp_path, sentence: str, body: str | None) -> None:
    page = _OPENING + "1. Welcome\n" + sentence + "\n2. Apologies\nApologies were received from Jim Farrant.\n"
    assert extract_page(tmp_path, page).meeting.body == body
