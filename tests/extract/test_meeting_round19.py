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
