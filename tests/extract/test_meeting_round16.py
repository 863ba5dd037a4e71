"""Meeting body, date and times from heading shapes nobody tuned for (round 16: last round's held-out pair and new
opening lines of real minutes): made-up pages with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Wenna Strickfold.\n"


@pytest.mark.parametrize("top, body", [
    # a letterhead "X PARISH COUNCIL DRAFT MINUTES" over a title naming only "the Parish Council": the letterhead's name
    ("QUENDALE PARISH COUNCIL DRAFT MINUTES\n\nMinutes of a Meeting of the Parish Council held on Monday 9th March 2015 "
     "at 7.30pm in the Institute. Present: Cllrs Elspeth Varrow, Tobias Quenby", "Quendale Parish Council"),
    # the title names only "Parish Council"; the item approving the last minutes names it with its place
    ("Minutes of the Ordinary Meeting of Parish Council held on 4th June 2020\n\nPresent: Cllrs Elspeth Varrow, Tobias "
     "Quenby\n\n101 Declarations of Interest None.\n\n102 Minutes of the Ordinary Meeting of Stoke Wendle Parish Council "
     "held on 7th May 2020 were approved and signed as a correct record.", "Stoke Wendle Parish Council"),
    # ... never another council's meeting with a fuller name of another kind ("X Town Council" for "Parish Council")
    ("Minutes of the Ordinary Meeting of Parish Council held on 4th June 2020\n\nPresent: Cllrs Elspeth Varrow, Tobias "
     "Quenby\n\n101 A report of the meeting of Brackwell Town Council held on 2nd June 2020 was noted.",
     "Parish Council"),
])
def test_body_from_round16_shapes(tmp_path, top: str, body: str | None) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.body == body
