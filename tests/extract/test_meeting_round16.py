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
    # a group's page title "X: Meeting Minutes Y Board <month>" over its members' list "Ann B – Treasurer": the board,
    # never a member's line
    ("PPG: Meeting Minutes Executive Board March 2021\n\n  • Perpetua G – Treasurer\n  • Lowell A – Secretary\n"
     "  • Ines M – Practice Manager\n\nApologies: Corwin H – Chair", "PPG Executive Board"),
    # ... never another council's meeting with a fuller name of another kind ("X Town Council" for "Parish Council")
    ("Minutes of the Ordinary Meeting of Parish Council held on 4th June 2020\n\nPresent: Cllrs Elspeth Varrow, Tobias "
     "Quenby\n\n101 A report of the meeting of Brackwell Town Council held on 2nd June 2020 was noted.",
     "Parish Council"),
])
def test_body_from_round16_shapes(tmp_path, top: str, body: str | None) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.body == body


@pytest.mark.parametrize("top, body", [
    # a title in capitals broken inside the body's name: "... MEETING OF X CITY" / "AND COUNTY COUNCIL HELD AT ..."
    ("MINUTES OF PROCEEDINGS AT ADJOURNED MEETING OF BRANSCOMBE CITY\n\nAND COUNTY COUNCIL HELD AT THE GUILDHALL, "
     "BRANSCOMBE, ON FRIDAY, 3RD JULY, 2020, AT 3PM.\n\nPRESENT IN THE CHAIR: Councillor Odhran Peltry, Mayor.",
     "Branscombe City and County Council"),
    # "Minutes of a committee meeting held at ...": a kind of meeting in lower case names no body
    ("Minutes of a committee meeting held at 4 Quarry Lane, Ashwold on Tue 28 Sep 04.\nPresent: Idris Tamblyn (IT), "
     "Oona Renwick (OR).", None),
    # a venue's name over its address, with no title: never the body ("The Old Schoolroom" is a room)
    ("The Old Schoolroom\n12 Vicarage Lane, Ashwold, AB1 2CD\n\nPresent: Cllr Idris Tamblyn, Cllr Oona Renwick", None),
])
def test_body_from_round16_lot1_shapes(tmp_path, top: str, body: str | None) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.body == body


def test_time_from_the_minutes_heading_under_the_agenda(tmp_path) -> None:
    """The agenda printed above the minutes: the time is on the minutes' own heading, which gives the date again."""
    agenda = "\n".join(f"{k}. {item}" for k, item in enumerate(
        ["Chairman's welcome.", "Apologies for absence.", "Minutes of AGM 2020.", "Approval of Minutes.",
         "Matters arising from minutes.", "Chairman's Report.", "Treasurer's Report.", "Election of Officers.",
         "Election of General Committee.", "Membership fees.", "Website.", "Programme of talks.", "Any Other Business."], 1))
    page = ("Brackwell Heritage Society – Annual General Meeting – 6th September 2021\n" + agenda + "\nMinutes of Meeting\n"
            "Monday 6th September 2021 - 19:30hrs – Assembly Hall, Marsh Lane\nChairman's Welcome\n"
            "Ysolde Fennick welcomed all present." + _TAIL)
    meeting = extract_page(tmp_path, page).meeting
    assert (meeting.date, meeting.start) == ("2021-09-06", "19:30")
