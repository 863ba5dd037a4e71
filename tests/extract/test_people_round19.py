"""Attendance shapes of round 19 (people19), each written as a made-up page in a general shape of English minutes,
with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

_UNLABELLED = """Minutes of the Parish Council meeting held on Tuesday 9th May 2023 at 7.30pm in the Village Hall.
Chairman Robert Pelling, Vice Chairman Susan Vantage, Tilda Horne, Martin Castell, Peter Quoyle and Clerk - Helen Marrin.
County Councillor Gareth Fenby.
Apologies were received from Hugh Tennant.
1. Minutes of the previous meeting
The minutes were approved.
"""


def test_an_unlabelled_first_line_of_members_with_posts_before_some_names_is_those_present(tmp_path: Path) -> None:
    # no "Present" label: a line of names, the first two after their posts and the clerk's after "Clerk -", before the
    # apologies; the posts are no part of the names, first names known or not
    record = extract_page(tmp_path, _UNLABELLED)
    assert [p.name for p in record.attendees] == ["Robert Pelling", "Susan Vantage", "Tilda Horne", "Martin Castell",
                                                  "Peter Quoyle", "Helen Marrin", "Gareth Fenby"]
    assert [p.name for p in record.apologies] == ["Hugh Tennant"]


def test_a_line_of_posts_and_names_under_an_agenda_item_is_no_list_of_those_present(tmp_path: Path) -> None:
    # near miss: the same line under an item on the officers elected for the year, after a labelled list of who came
    page = """Minutes of the Parish Council meeting held on Tuesday 9th May 2023 at 7.30pm in the Village Hall.
Present: Cllrs Tilda Horne and Peter Quoyle.
1. Election of officers for the year
Chairman Robert Pelling, Vice Chairman Susan Vantage, Martin Castell, Ann Lowry and Clerk - Helen Marrin.
"""
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["Tilda Horne", "Peter Quoyle"]


def test_a_post_before_a_name_on_its_own_line_in_the_list_is_one_of_those_present(tmp_path: Path) -> None:
    # "Parish Clerk- A Pellow": the post, a dash typed against it, then the name, as a line of the list of who came
    page = """Minutes of the meeting of the Parish Council held on Monday 3 July 2023 in the Village Hall.
Present Councillors- R Dowling (Chair), T Mabey, S Orchard, P Venn.
Parish Clerk- A Pellow
Members of the Public- 4
101/07/23 - Apologies for absence
Cllr K Rudd.
"""
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["R Dowling", "T Mabey", "S Orchard", "P Venn", "A Pellow"]


_INITIALLED = """Patient Participation Group - minutes of the meeting of 5 March 2024
Present:
For the Practice: Dr Alan Reed (AR)
For the Group: Tom Wicks (TW - Chair), Quilla Danson (QD), Simon Hart (SH), Brin Tasker (BT)
Apologies: None
1. Welcome
The chair welcomed everyone.
"""


def test_a_name_followed_by_its_own_initials_in_brackets_is_a_name_whatever_its_first_name(tmp_path: Path) -> None:
    # "Quilla Danson (QD)" in a group's line of the list: a first name the name list lacks, vouched for by the initials in
    # brackets after it, as its neighbours are ("Simon Hart (SH)"); the same with a note after the initials ("(TW - Chair)")
    record = extract_page(tmp_path, _INITIALLED)
    assert [p.name for p in record.attendees] == ["Alan Reed", "Tom Wicks", "Quilla Danson", "Simon Hart", "Brin Tasker"]


def test_a_name_followed_by_initials_that_are_not_its_own_is_not_vouched_for(tmp_path: Path) -> None:
    # near miss: other initials after the unknown first names ("(QT)"): nothing vouches for them
    record = extract_page(tmp_path, _INITIALLED.replace("(QD)", "(QT)").replace("(BT)", "(TB)"))
    assert [p.name for p in record.attendees] == ["Alan Reed", "Tom Wicks", "Simon Hart"]


def test_an_organisations_word_in_the_possessive_is_no_surname(tmp_path: Path) -> None:
    # "Young People’s Strategic Partnership Board" after a dash: a body whose possessive word ("People’s") is an organisation's word, as
    # "People" is; no person "Young People" among the names their initials vouch for
    page = """Westbury Safer Partnership - minutes of the meeting of 12 June 2023
Present:
Gwilym Arden (GA) – Chair
Euan Pask (EP) – Westbury Police
Jolene Crisp (JC) – Children and Young People’s Strategic Partnership Board
Charlotte Bale (CB) – Community Wellbeing and Older People’s Board
Alan Dacre (AD) – Safer Westbury
Apologies: None
1. Welcome
"""
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["Gwilym Arden", "Euan Pask", "Jolene Crisp", "Charlotte Bale", "Alan Dacre"]
