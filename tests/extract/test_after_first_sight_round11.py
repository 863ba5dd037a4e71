"""Shapes the held-out batches b30 and b31 missed at first sight (their rows kept as scored), each written as a
made-up page in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

_PRESENT_WRAPPED = ("Councillor Jane Pellow (Chair), Mark Dunmore (Westshire\n{indent}County Council), Ann Fitch (Westshire "
                    "Police), Bob Harlan (Young\n{indent}People's Board), Carol Innes (Eastby Borough Council), Dan Jowett\n"
                    "{indent}(Northby District Council), Eve Keller (Learning Trust)\n")


def test_a_present_list_wrapped_inside_an_organisation_in_brackets(tmp_path: Path) -> None:
    # a run of "Name (Organisation)" under a hanging indent, the line breaking inside an organisation's brackets
    page = ("                STEERING GROUP\n\n        date   9 MARCH 2009\n\n"
            "Present: " + _PRESENT_WRAPPED.format(indent=" " * 9) + "\n1a     Introductions\n")
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["Jane Pellow", "Mark Dunmore", "Ann Fitch", "Bob Harlan",
                                                  "Carol Innes", "Dan Jowett", "Eve Keller"]


def test_the_same_list_after_a_label_in_its_own_column(tmp_path: Path) -> None:
    # "Present:" set apart from its list by a wide gap (read as a table row), the list going on below
    page = ("                STEERING GROUP\n\n        date   9 MARCH 2009\n\n"
            "Present:        " + _PRESENT_WRAPPED.format(indent=" " * 16) + "\n1a     Introductions\n")
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["Jane Pellow", "Mark Dunmore", "Ann Fitch", "Bob Harlan",
                                                  "Carol Innes", "Dan Jowett", "Eve Keller"]
    assert [p.role for p in record.attendees][2] == "Westshire Police"


def test_messrs_is_a_plural_title_over_a_run_of_surnames(tmp_path: Path) -> None:
    # "Messrs" (the plural of "Mr") covers the surnames after it, as "Councillors" does; "Messrs." is no sentence end
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 4 April 2022\n\n"
                          "Present: Messrs Tolley (chairman), Abner, Ruse and Pinnock, Mrs Dale, Mrs Frome (clerk to "
                          "the Council) and two residents\n\n1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Tolley", "Abner", "Ruse", "Pinnock", "Dale", "Frome"]
    record = extract_page(tmp_path, "Minutes of meeting held 8th January 2014 in the Hall - 7.30pm\n\n"
                          "Present : Dr Hutson; Messrs. Abner, Gray, Jacob; Mrs Gallery-Strong.\n\n"
                          "1. Apologies: Mr Quill.\n")
    assert [p.name for p in record.attendees] == ["Hutson", "Abner", "Gray", "Jacob", "Gallery-Strong"]


def test_a_council_and_councillor_after_a_name_is_that_persons_post(tmp_path: Path) -> None:
    # "Messrs S. Caplan, T. Houghton, Stafford Borough Councillor, Mr B. Stamp": the tier and title after a lone word
    # name the post of the person before it, even in a list under a plural title
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 4 April 2022\n\n"
                          "Present: Messrs S. Abner, T. Ruse, Westby Borough Councillor, Mr B. Pinnock and the Clerk.\n"
                          "Apologies: Cllr J. Dale, Westshire County Councillor.\n\n1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["S. Abner", "T. Ruse", "B. Pinnock"]
    assert [p.name for p in record.apologies] == ["J. Dale"]


def test_apologies_received_in_respect_of_members(tmp_path: Path) -> None:
    # "apologies ... were received and approved in respect of A, B and C", in a resolution under the item's title
    record = extract_page(tmp_path, "Minutes of the Town Council meeting held on 4 April 2022\n\n"
                          "Present: Cllr Ann Vale (Chair), Cllr Tom Dree, Cllr Rob Lusk\n\n"
                          "199 Apologies for Absence\nResolved that apologies for absence were received and approved in "
                          "respect of Cllr Mrs J Pike, Cllr Mrs K Orme and Cllr L Nash. The reasons for absence were noted "
                          "by the Town Clerk.\n\n200 Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.apologies] == ["J Pike", "K Orme", "L Nash"]


def test_a_label_left_at_the_end_of_the_row_before_its_list(tmp_path: Path) -> None:
    # a table of members flattened row by row: the "Apologies:" cell ends the last row of those present
    record = extract_page(tmp_path, "Board meeting\n\nMeeting Title: Safeguarding Board Meeting\n\nDate: 25 July 2007\n\n"
                          "Chaired by: Dora Quint (Westby Council)\n\n"
                          "Dora Quint (Westby Council) Alan Jeffs (Police) Hanna Mill (Eastby Trust)\n"
                          "Sally Jonas (Westby PCT) Vera Bart (GOL) Apologies:\n"
                          "Jenna Izzard (GOL) Andy Frain (Northby Trust) Eliza Cole (CAFCASS)\n\n"
                          "Points of discussion\n\n1) Introductions and apologies\n")
    assert [p.name for p in record.apologies] == ["Jenna Izzard", "Andy Frain", "Eliza Cole"]
    assert "Vera Bart" in [p.name for p in record.attendees]
    assert not {"Jenna Izzard", "Andy Frain", "Eliza Cole"} & {p.name for p in record.attendees}


def test_a_log_of_actions_arising_with_the_post_after_an_article_and_a_status(tmp_path: Path) -> None:
    # "Action – The Clerk" names the clerk as "Action – Clerk" does; an "Action complete" line after the task says
    # it was set before and is done: no task of this meeting, while "Action ongoing" leaves it one
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 4 April 2022\n\n"
                          "Present: Cllr Ann Vale (Chair), Cllr Tom Dree, Mrs Rae Lusk (Clerk)\n\n"
                          "5. Actions arising from the minutes.\n\n"
                          "1. Discuss car park land ownership with the county solicitor. Action – The Clerk\n\n"
                          "Action ongoing - The Clerk had written to the Land Registry.\n\n"
                          "2. Distribute copies of the budget. Action: The Clerk\n\nAction complete.\n")
    assert [(a.text, a.owners) for a in record.actions] == [
        ("Discuss car park land ownership with the county solicitor.", ["Rae Lusk"])]


def test_initials_in_brackets_after_a_post_are_the_persons(tmp_path: Path) -> None:
    # "Wendy Jarrow – Town Clerk (WEJ)": her initials after her post (first and last letters hers), so the margin
    # "WEJ" after a task names her
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 4 April 2022\n\n"
                          "Present Cllr. J. Vale (JV) – Chairman\nAlso present: Wendy Jarrow – Town Clerk (WEJ).\n\n"
                          "5. Matters Arising It was agreed that Cllr. Vale be asked for a report to the Parish Council, "
                          "following the recent site meeting. WEJ\n\n9. Payments were approved.\n")
    clerk = [p for p in record.attendees if p.name == "Wendy Jarrow"][0]
    assert (clerk.initials, clerk.role, clerk.organisation) == ("WEJ", "Town Clerk", None)
    assert [a.owners for a in record.actions] == [["Wendy Jarrow"]]


def test_a_passive_task_whose_owner_comes_after_its_object(tmp_path: Path) -> None:
    # "X to be costed for the steps by Cllr. Y": a few words between the verb and "by" (was: right after it only)
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 4 April 2022\n\n"
                          "Present: Cllr Ann Vale (Chair), Cllr Mark Woodley, Cllr Tom Dree\n\n"
                          "5. Footpaths\nNon slip tread to be costed for the steps by Cllr. Woodley.\n"
                          "A new gate to be fitted by Cllr Dree.\n")
    assert [a.owners for a in record.actions] == [["Mark Woodley"], ["Tom Dree"]]


def test_sup_is_a_police_rank(tmp_path: Path) -> None:
    # "Det. Sup." (detective superintendent) is a title, as "Supt" was; it was read as a person "Sup"
    record = extract_page(tmp_path, "Children's Partnership Board Meeting\n\nMonday 27th March 2017 13:00\n\n"
                          "Det. Sup. Simon Ash / Detective Superintendent, Westshire Constabulary / SA\n"
                          "Tim Brow / Head of Education / TB\nMike Dale / Chief Executive / MD\n\n"
                          "1.0 / Minutes of the Previous Meeting\nThe minutes were agreed.\n")
    assert [(p.name, p.role) for p in record.attendees][0] == ("Simon Ash", "Det. Sup.")
    assert "Sup" not in [p.name for p in record.attendees]


def test_a_member_from_whom_no_apologies_had_been_received_was_absent(tmp_path: Path) -> None:
    # the gold rules record absent members with the apologies: "apologies had not been received from ... Cllr X"
    record = extract_page(tmp_path, "Minutes of the Town Council meeting held on 4 April 2022\n\n"
                          "Present: Cllr Ann Vale (Chair), Cllr Tom Dree, Cllr Rob Lusk\n\n"
                          "199 Apologies for Absence\nResolved that apologies for absence were received and approved in "
                          "respect of Cllr Mrs J Pike.\nThe Town Clerk reported that apologies had not been received "
                          "from the other absent member, namely, Cllr L Nash.\n\n200 Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.apologies] == ["J Pike", "L Nash"]
    assert "L Nash" not in [p.name for p in record.attendees]


def test_someone_who_noted_that_she_would_do_a_thing(tmp_path: Path) -> None:
    # "X noted (mentioned) that she would <verb>" commits X, as "X said that she would <verb>" did
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 4 April 2022\n\n"
                          "Present: Cllr Ann Vale (Chair), Cllr Tom Dree, Mary Mott (Clerk) (MM)\n\n"
                          "5. Vacancy\nMM noted that she would forward the declaration of office to the new member.\n")
    assert [(a.text, a.owners) for a in record.actions] == [
        ("MM noted that she would forward the declaration of office to the new member.", ["Mary Mott"])]


def test_a_list_that_opens_with_the_chairs_post_before_a_title(tmp_path: Path) -> None:
    # "Chairman Councillor A, Councillor B, ...": the post before the first title no longer hides the list
    record = extract_page(tmp_path, "Minutes of the meeting held on Thursday 14th November 2019 7.30pm at the village "
                          "hall.\n\n1/ Members present\n\nChairman Councillor Gary Pell, Councillor Larry Peel, Councillor "
                          "Gene Mark and Councillor Jo Hunt.\nSue Vine was co-opted.\n")
    assert [p.name for p in record.attendees][:4] == ["Gary Pell", "Larry Peel", "Gene Mark", "Jo Hunt"]
