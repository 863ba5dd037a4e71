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


def test_the_clerk_named_after_the_post_at_the_end_of_a_run_on_list_is_present(tmp_path: Path) -> None:
    # "... and the Clerk L. Pryce.": the post with a lower-case article, then the clerk's initial and surname; the post is
    # the clerk's role (without the article)
    page = """Minutes of the meeting of the Community Council held on Wednesday the 5th April 2023
Present – Chairman Cllr. H. Rowe, Cllrs. C. Dyer, R. Penn, J. Tamsin, E. A. Rowe, T. Jerrard and the Clerk L. Pryce.
Welcome – The Chairman welcomed everyone to the meeting.
Apologies – Cllr. J. Oakes.
1. Minutes of the last meeting were approved.
"""
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["H. Rowe", "C. Dyer", "R. Penn", "J. Tamsin", "E. A. Rowe", "T. Jerrard",
                                                  "L. Pryce"]
    assert record.attendees[-1].role == "Clerk" and record.attendees[-1].source.quote == "the Clerk L. Pryce"


def test_a_deputy_clerk_after_a_dash_on_a_line_of_the_list_is_present(tmp_path: Path) -> None:
    # "Deputy Clerk – Nerys Pask": a line of the list of those present, after the members' lines
    page = """Minutes of the meeting of the Parish Council held on 11 July 2023
Present:
Councillor Sally Ormond – Chairman
Councillor Peter Dace
Councillor Jim Tarrant
Deputy Clerk – Nerys Pask
2 Members of the Public
1. Apologies
Apologies were received from Councillor Ann Lusk.
"""
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["Sally Ormond", "Peter Dace", "Jim Tarrant", "Nerys Pask"]


def test_a_chairs_post_before_a_name_in_the_list_is_the_role_and_the_entry_the_quote(tmp_path: Path) -> None:
    # "Vice Chairman N. Pardoe": the post is the role, and the list's entry (not a later mention) the provenance
    page = """11th July 2023
PRESENT: Vice Chairman N. Pardoe, Councillors T. Marten and T. Hale and the Parish Clerk S. Hinds.
1. Apologies: Apologies received and accepted from Councillor E. Jolly.
2. Declaration of interest: N. Pardoe declared an interest in item 8.
"""
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["N. Pardoe", "T. Marten", "T. Hale", "S. Hinds"]
    assert (record.attendees[0].role, record.attendees[-1].role) == ("Vice Chairman", "Parish Clerk")
    assert record.attendees[0].source.quote == "Vice Chairman N. Pardoe"


def test_the_items_of_an_unlabelled_line_of_members_are_each_an_entry_with_its_post(tmp_path: Path) -> None:
    # the unlabelled first line of members: each item its own entry, the post before a name its role
    record = extract_page(tmp_path, _UNLABELLED)
    assert [(p.name, p.role) for p in record.attendees[:2]] == [("Robert Pelling", "Chairman"), ("Susan Vantage", "Vice Chairman")]
    assert record.attendees[0].source.quote == "Chairman Robert Pelling"


def test_two_people_run_together_in_a_list_of_titled_surnames_are_two(tmp_path: Path) -> None:
    # "Mrs Quarrie Richard Penhale (County Councillor)": the comma between a titled surname, the shape of the list's
    # other entries, and a known first name and surname was lost
    page = """Minutes of the Parish Council meeting held on 3 March 2021
Present: Dr Ashby in the Chair, Mr Harrop, Mr Tillet, Ms Jarvis, Mrs Quarrie Richard Penhale (County Councillor) and two members of the public.
Apologies: Mr Fellgate.
1. Minutes
"""
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["Ashby", "Harrop", "Tillet", "Jarvis", "Quarrie", "Richard Penhale"]


def test_two_people_run_together_in_a_list_of_first_names_and_surnames_are_two(tmp_path: Path) -> None:
    page = """Minutes of the meeting held on 10 January 2019 at the Church
Attended by: Cllrs Fay Mossop (Chairman), Gill Stannard (Vice Chairman), Hannah Wyke, Chris Rendle, Steve Tollan David Garside, Keith Rolt.
Apologies: Cllrs Sue Ollerton.
"""
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["Fay Mossop", "Gill Stannard", "Hannah Wyke", "Chris Rendle", "Steve Tollan",
                                                  "David Garside", "Keith Rolt"]


def test_a_titled_first_name_middle_name_and_surname_is_one_person(tmp_path: Path) -> None:
    # near miss: "Cllr Mary Jane Rowles" among titled full names: a known first name after the title, one person
    page = """Minutes of the meeting held on 10 January 2019 at the Church
Present: Cllr Ann Bellis, Cllr Mary Jane Rowles, Cllr Tom Pask, Cllr Joan Hewitt.
"""
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["Ann Bellis", "Mary Jane Rowles", "Tom Pask", "Joan Hewitt"]


def test_a_count_of_the_public_inside_the_list_does_not_end_it(tmp_path: Path) -> None:
    # "5 Members of the Public", "2 Representatives from Westby Homes": no one by name, and no numbered agenda item;
    # the clerk's line after them is still one of those present
    page = """Minutes of the Parish Council Meeting held on Tuesday 12th March 2019 at the Village Hall
Members Present
Mrs Jane Corlett (Chairman)
Mr Barry Kettle
Mr Frank Ormsby
Also present
5 Members of the Public
2 Representatives from Westby Homes
Miss Jackie Pallister (Parish Clerk)
1. Apologies for Absence
Apologies received from Mr D Yeo
"""
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["Jane Corlett", "Barry Kettle", "Frank Ormsby", "Jackie Pallister"]


def test_a_numbered_item_after_the_list_still_ends_it(tmp_path: Path) -> None:
    # near miss: "5 Planning applications" is the next agenda item, no count of people: the list ends there
    page = """Minutes of the Parish Council Meeting held on Tuesday 12th March 2019 at the Village Hall
Members Present
Mrs Jane Corlett (Chairman)
Mr Barry Kettle
5 Planning applications
The applications received were noted.
"""
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["Jane Corlett", "Barry Kettle"]
