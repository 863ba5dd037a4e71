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
