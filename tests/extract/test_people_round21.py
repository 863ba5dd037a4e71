"""Attendee shapes ranked over the whole corpus in round 21 (people21a), each written as made-up pages in a general shape
of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

import pytest

from pages import extract_page

_UNLABELLED = """Minutes of the meeting of Oakhurst Parish Council held on 3 May 2016 at 7.30pm

Cllrs Penrose (Chair), Whitlock, Farrant and Dunmere

Clerk: Hannah Pellow

1. Apologies
Cllr Tregaskis

2. Minutes
The minutes of the last meeting were approved.
"""

_CAPITALS = """Minutes of the Meeting of the Council Monday 9th March at 7.00pm

PRESENT Cllrs Owen Penrose (Chair), Gareth Whitlock, Sian Farrant and Rhys Dunmere

APOLOGIES Cllr Mair Tregaskis

CLERK Mrs Wendy Pellow

MEMBERS OF THE PUBLIC None

12.20 DECLARATIONS OF INTEREST
None were made.
"""

_FINANCE_OFFICER = """Minutes of a Meeting of the Council held at the Village Hall on Tuesday, 6 June 2017

Councillors T Penrose (Chairman), G Whitlock, S Farrant, R Dunmere

Parish Clerk and RFO B K Pellow

1. Welcome and Apologies.
The Chairman welcomed Councillors to the meeting.
"""

_SLASH = """Minutes of the Governing Body meeting held on Tuesday 7th March 2017

Governors Present: Ms Ruth Penrose (Chair), Mr Gareth Whitlock, Mrs Sian Farrant

In Attendance: Mr Rhys Dunmere, Deputy Head

Clerk / Mrs Wendy Pellow Anyshire Governor Services

1. Welcome
The Chair welcomed governors.
"""


@pytest.mark.parametrize("page, clerk", [(_UNLABELLED, "Hannah Pellow"), (_CAPITALS, "Wendy Pellow"),
                                         (_FINANCE_OFFICER, "B K Pellow"), (_SLASH, "Wendy Pellow")],
                         ids=["unlabelled list", "label in capitals", "finance officer", "slash"])
def test_the_clerks_line_under_the_attendance_list_names_one_more_person_present(tmp_path: Path, page: str, clerk: str) -> None:
    # the clerk's post, then the name, on a line of its own right under those present or the apologies (after an
    # unlabelled list, a label in capitals with no colon, the finance officer's post too, a slash): the clerk came
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees][-1] == clerk
    assert clerk not in [p.name for p in record.apologies]
    assert len(record.attendees) == 5


def test_a_clerk_listed_among_the_apologies_without_a_label_stays_an_apology(tmp_path: Path) -> None:
    # "Clerk Mrs A Bell" as one line of the apologies' list: she sent apologies
    record = extract_page(tmp_path, """Minutes of the meeting of Oakhurst Parish Council held on 3 May 2016

Present: Cllr Owen Penrose (Chair), Cllr Gareth Whitlock, Cllr Sian Farrant

Apologies:
Cllr Rhys Dunmere
Clerk Mrs Wendy Pellow

1. Minutes
The minutes of the last meeting were approved.
""")
    assert [p.name for p in record.apologies] == ["Rhys Dunmere", "Wendy Pellow"]
    assert "Wendy Pellow" not in [p.name for p in record.attendees]


@pytest.mark.parametrize("page", ["""Oakhurst Town Council
Clerk: Hannah Pellow Phone: 01234 567 890

Minutes of the meeting held on 3 May 2016

Present: Cllr Owen Penrose (Chair), Cllr Gareth Whitlock, Cllr Sian Farrant

1. Minutes
The minutes of the last meeting were approved.
""", """Minutes of the Parish Council Meeting, 3 May 2016

MEMBERSHIP:
Chair: Councillor Owen Penrose
Councillors: Gareth Whitlock, Sian Farrant, Rhys Dunmere
Clerk: Hannah Pellow

Attendance: Cllrs Penrose, Whitlock and Farrant.

1. Minutes
The minutes of the last meeting were approved.
"""], ids=["letterhead", "membership"])
def test_a_clerks_line_in_the_letterhead_or_the_membership_names_no_one_present(tmp_path: Path, page: str) -> None:
    # the council's address block above the minutes' title, and the body's membership above the attendance: who the
    # clerk is, not that the clerk came
    record = extract_page(tmp_path, page)
    assert "Hannah Pellow" not in [p.name for p in record.attendees]


def test_members_of_the_council_present_were_is_a_label_of_those_present(tmp_path: Path) -> None:
    # "Members of the Council present:" and "Members present were:" are labels; so is the two run together, with
    # posts between commas in the list ("Councillors A, Chairman, Councillor B, Vice-Chairman, ...")
    record = extract_page(tmp_path, """The Annual Parish Meeting was held in Oakhurst Village Hall on Tuesday, 6 May 2014 at 7.30 pm.
Members of the Council present were: Councillors Tamsin Penrose, Chairman, Councillor Gareth Whitlock, Vice-Chairman, Councillors Sian Farrant and Rhys Dunmere, and Mrs Wendy Pellow, Clerk.
12 members of the public were also present.
1. Minutes of the last meeting
The minutes were approved.
""")
    assert [p.name for p in record.attendees] == ["Tamsin Penrose", "Gareth Whitlock", "Sian Farrant", "Rhys Dunmere", "Wendy Pellow"]


_SPOKE = """Minutes of the meeting of the Westbury Scrutiny Panel held on 4 March 2019

Present: Councillors Penrose (Chair), Whitlock and Farrant

1. Budget monitoring
Councillor Tregaskis referred to the report on page 4. Mr Dunmere made a general point that the figures were late.
Mrs Quillan re-iterated that the car park needed attention. Councillor Oduya answered questions on the capital programme.

2. Flood plan
Mr Alderney gave an interesting talk on the flood plan. Helen Carrow asked two questions. Mr Yarrow raised two points.
Councillors Bexley and Hadlow both indicated that they supported the plan.
"""


def test_a_person_named_as_the_speaker_of_a_turn_in_the_discussion_was_present(tmp_path: Path) -> None:
    # speakers' turns other than the reports and statements already read ("referred to", "made a point", "re-iterated",
    # "answered questions", "gave a talk", "asked two questions", "raised two points", "both indicated that")
    record = extract_page(tmp_path, _SPOKE)
    assert [p.name for p in record.attendees] == ["Penrose", "Whitlock", "Farrant", "Tregaskis", "Dunmere", "Quillan", "Oduya",
                                                  "Alderney", "Helen Carrow", "Yarrow", "Bexley", "Hadlow"]


def test_a_name_before_a_passive_or_a_past_turn_is_no_speaker(tmp_path: Path) -> None:
    # "X, this has been referred to ...": the matter was referred; "X had indicated that ...": said before the meeting
    record = extract_page(tmp_path, """Minutes of the meeting of the Westbury Scrutiny Panel held on 4 March 2019

Present: Councillors Penrose (Chair), Whitlock and Farrant

1. Outstanding actions
The officer emailed Ian Tregaskis, this has been referred to the highways team. Mr Dunmere had indicated that he would
write to the panel.
""")
    assert [p.name for p in record.attendees] == ["Penrose", "Whitlock", "Farrant"]
