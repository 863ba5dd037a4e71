"""Attendance shapes met in minutes nobody tuned for (round 5), each written as a made-up page in a
general shape of English minutes, not copied from a corpus document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

HEAD = "MINUTES OF THE MEETING OF THE PARISH COUNCIL held on Tuesday 3 March 2021 at 7.30 pm\n"


def test_a_list_wrapped_inside_a_name_and_a_titled_sentence_that_goes_on_with_the_list(tmp_path: Path) -> None:
    # the text wraps after "D Fenwick" and after an initial ("K" / "Dunmore Esq.,"); the apologies go on
    # after their first group's name ("..., Elected Members. Cllr M Fife, ...")
    record = extract_page(tmp_path, HEAD + "PRESENT\n"
                          "A Marsh Esq., B Hollis Esq., C Yardley Esq., D Fenwick\n"
                          "Esq., E Sproat Esq. and F Quaile Esq.\n"
                          "12. APOLOGIES FOR ABSENCE\n"
                          "Apologies were received from G Ansell Esq., H Brock Esq., J Carver Esq., K\n"
                          "Dunmore Esq., and L Eyre Esq., Elected Members. Cllr M Fife, Cllr N Gower and\n"
                          "Cllr P Hale, Appointed Members.\n"
                          "13. MINUTES\nThe minutes of the last meeting were signed.\n")
    assert [p.name for p in record.attendees] == ["A Marsh", "B Hollis", "C Yardley", "D Fenwick", "E Sproat", "F Quaile"]
    assert [p.name for p in record.apologies] == ["G Ansell", "H Brock", "J Carver", "K Dunmore", "L Eyre",
                                                  "M Fife", "N Gower", "P Hale"]


def test_the_apologies_label_alone_with_its_sentence_below_and_a_middle_name_before_the_surname(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "1 Present\n"
                          "Councillors, Mrs Ann Bowen (Chair), Mr Rhys Owen & Mr T Emlyn Pryce (Clerk).\n"
                          "2 Apologies\n"
                          "were received from: Councillors Mr Dafydd Ianto Rees & Mr Huw Parry.\n"
                          "3 Minutes\nThe minutes of the last meeting were signed.\n")
    assert [p.name for p in record.attendees] == ["Ann Bowen", "Rhys Owen", "T Emlyn Pryce"]
    assert [p.name for p in record.apologies] == ["Dafydd Ianto Rees", "Huw Parry"]


def test_those_who_gave_a_presentation_were_there(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr A Marsh (Chair), Cllr B Hollis\n"
                          "4. NEIGHBOURHOOD WATCH\n"
                          "The council received a presentation from Jo Vance-Hart and Peter Lusk from the Fire Service on\n"
                          "home safety visits.\n")
    assert {"Jo Vance-Hart", "Peter Lusk"} <= {p.name for p in record.attendees}


def test_staff_present_with_their_posts_first_apologies_accepted_and_a_sentence_after_the_apologies(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr Grace Pollock (Chair), Cllr Ivan Appel, Cllr Amy Quill\n"
                          "Council Staff Present: RFO Clive Bakewell, Clerk Linda Evanson, Locum Clerk Ann Tye\n"
                          "Apologies accepted: Cllr Anne McCreedy, Cllr Lesley Jacks (LJ)\n"
                          "1. Apologies: Cllr. A Edwin sent his apologies.\n"
                          "Cllr. G Pollock – Chair opened the meeting. The meeting was held as a hybrid meeting in line with the Act.\n"
                          "2. Minutes\nThe minutes were signed.\n")
    staff = {p.name: p.role for p in record.attendees if p.role and "Cllr" not in p.role}
    assert staff == {"Clive Bakewell": "RFO", "Linda Evanson": "Clerk", "Ann Tye": "Locum Clerk"}
    assert [p.name for p in record.apologies] == ["Anne McCreedy", "Lesley Jacks", "A Edwin"]


def test_groups_of_members_each_with_a_label_and_titled_names_without_commas(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "MINUTES OF THE FULL BOARD MEETING MONDAY 13th MAY 2019\n"
                          "PRESENT: Elected Members: Mr Barker (Ch) Mr Cowling Mr I Backhouse Mr Hirst (VCh) Mr Reed\n"
                          "APOLOGIES: Elected Members: Mr Oldfield Appointed Members: Cllr Sargent Co-opted Members:\n"
                          "1 Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["Barker", "Cowling", "I Backhouse", "Hirst", "Reed"]
    assert [p.name for p in record.apologies] == ["Oldfield", "Sargent"]


def test_a_grid_ticked_in_wingdings_and_councillors_by_surname_with_a_role_between(tmp_path: Path) -> None:
    grid = extract_page(tmp_path, "Date: 25th April 2007 Time: 1.30pm\nIn attendance:\n"
                        "Terry Garland (Chair) / Strategic Director / \uf0fc / Ruth Purvis / Police / X\n"
                        "Bob Maclean / Safeguarding / \uf0fc / Sue Wills / Health Board / \uf0fc\n"
                        "1. Apologies\n")
    assert [p.name for p in grid.attendees] == ["Terry Garland", "Bob Maclean", "Sue Wills"]
    top = extract_page(tmp_path, "Council Minutes - November 2012\nMeeting held on 7th November 2012 at 7.30 p.m.\n"
                       "Cllrs Black (Chair) Gale, Machin and Rickards\n"
                       "1. Apologies\nCllr Redhead\n", name="top.txt")
    assert [p.name for p in top.attendees] == ["Black", "Gale", "Machin", "Rickards"]


def test_a_declarations_item_ends_the_list_above_it(tmp_path: Path) -> None:
    # "3. Declarations of Interest" is an agenda item, not a date ("3 December ..."), so its names are no attendees
    record = extract_page(tmp_path, HEAD + "Present:\nCllr A Marsh (Chair)\nCllr B Hollis\n"
                          "3. Declarations of Interest\nCllr C Yardley – item 5, a neighbour of the applicant\n"
                          "4. Approval of the minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["A Marsh", "B Hollis"]


def test_an_apologies_section_that_gave_no_names_is_a_warning_unless_it_says_there_were_none(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr A Marsh (Chair), Cllr B Hollis\n"
                          "2. Apologies for absence\nApologies were received from those listed in the register.\n"
                          "3. Minutes\nThe minutes were signed.\n")
    assert record.apologies == []
    assert record.warnings == ["apologies section on page 1 ('2. Apologies for absence') gave no names"]
    for said in ("None received.", "There were no apologies.", "All members were present."):
        quiet = extract_page(tmp_path, HEAD + "Present: Cllr A Marsh (Chair), Cllr B Hollis\n"
                             f"2. Apologies for absence\n{said}\n3. Minutes\nThe minutes were signed.\n")
        assert quiet.warnings == []
    agenda = extract_page(tmp_path, HEAD + "Present: Cllr A Marsh (Chair), Cllr B Hollis\nAGENDA\n"
                          "1. Apologies for absence\n2. Declarations of Interest\n3. Minutes of the last meeting\n")
    assert agenda.warnings == []


def test_first_name_and_surname_in_cells_of_their_own(tmp_path: Path) -> None:
    head = "Minutes of the Governing Body meeting held on Wednesday 14th December 2016\n"
    slashed = extract_page(tmp_path, head + "Governors Present / Ms Cath / McGinn / Sponsor Governor – Chair\n"
                           "Mr Nigel / Chalk / Sponsor Governor\nMs Dawn / Ellery / Parent Governor\nMr Mark / Malcolmson / Acting Principal\n"
                           "In Attendance / Mr Olu / Alade / Vice Principal (Resources)\n1. Recruitment of Principal\n")
    # the label's cell is set off by a slash too: "Governors Present / Ms Cath / McGinn / ..."
    assert [p.name for p in slashed.attendees] == ["Cath McGinn", "Nigel Chalk", "Dawn Ellery", "Mark Malcolmson", "Olu Alade"]
    tabbed = extract_page(tmp_path, head + "Governors present:\nMs Cath\tMcGinn\tSponsor Governor\nMr Nigel\tChalk\tParent Governor\n"
                          "Dawn\tEllery\tStaff Governor\nApologies:\nMr Tom\tBaines\tCo-opted Governor\n1. Recruitment of Principal\n",
                          name="tabbed.txt")
    assert [p.name for p in tabbed.attendees] == ["Cath McGinn", "Nigel Chalk", "Dawn Ellery"]
    assert [p.name for p in tabbed.apologies] == ["Tom Baines"]


def test_a_wards_name_before_a_person_is_no_part_of_the_name(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "PRESENT: Parish Cllrs. Ms. M. Tamlin (Chair), Eastbrook Ward Mr. D. Parr, "
                          "Westbrook Ward Mrs. A. Thorne, Eastbrook Ward Karen Poole (Parish Clerk)\n1. MINUTES\n")
    assert [p.name for p in record.attendees] == ["M. Tamlin", "D. Parr", "A. Thorne", "Karen Poole"]


def test_a_flattened_apologies_sentence_ends_at_an_items_title_in_capitals(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "THE LEVEL INTERNAL DRAINAGE BOARD Minutes of the Meeting of the Board held at 2.00pm on "
                          "Thursday 3 November 2016 PRESENT Mr M J Tarrant (Chairman), Mr A D Linley (Vice Chairman), "
                          "Councillor M Burrows and Mrs G Wyatt. APOLOGIES FOR ABSENCE Apologies for absence were received from "
                          "Councillor S Walsh and Mr P E Dyer. ELECTION OF A CHAIRMAN FOR THE YEAR Mr A D Linley proposed that "
                          "Mr M J Tarrant be re-elected as Chairman, seconded by Councillor M Burrows.\n")
    assert [p.name for p in record.apologies] == ["S Walsh", "P E Dyer"]


def test_a_flattened_present_list_ends_at_a_numbered_apologies_item_in_title_case(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Cabinet MINUTES OF THE MEETING HELD ON 23RD SEPTEMBER 2009 10.00 am. Present: K. Barlow (Leader) "
                          "C. Motte and P. Nutt (Deputy Leaders) G. Butter, A. Caesar-Holden and M. Taylor-Smyth 1. Apologies for "
                          "Absence 1.1 There were apologies for absence from Mr S Charnley. 2. Declarations of Interest 2.1 None.\n")
    assert "S Charnley" not in {p.name for p in record.attendees}
    assert [p.name for p in record.apologies] == ["S Charnley"]


def test_an_apologies_list_goes_on_below_a_line_ending_in_a_semicolon(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: A. Swann (Chair); T. Bland; J. Bland; B. Fisk (Treasurer)\n"
                          "1. Apologies: Apologies received from S. Andrews; B. Bugg; R. Hamill;\n\n"
                          "E. Robb. ( Retrospective apologies from B. Fisk for the April meeting.)\n\n"
                          "2. Minutes of the last meeting: adopted.\n")
    assert [p.name for p in record.apologies] == ["S. Andrews", "B. Bugg", "R. Hamill", "E. Robb"]
    assert "B. Fisk" in {p.name for p in record.attendees}  # listed present: an apology for another meeting


def test_a_minute_taker_label_at_the_top_and_a_councillor_of_two_tiers(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Note taker: Joan Pryor\n"
                          "Present: Cllr A Marsh (Chair), Cllr B Hollis, Cllr C Yardley\n"
                          "District and County Cllr Izzy Seaton\n"
                          "1 Minutes\nThe minutes were signed.\n")
    people = {p.name: p.role for p in record.attendees}
    assert list(people) == ["Joan Pryor", "A Marsh", "B Hollis", "C Yardley", "Izzy Seaton"]
    assert people["Izzy Seaton"] == "District and County Cllr"


def test_a_short_list_line_that_wraps_inside_a_name(tmp_path: Path) -> None:
    # narrow lines that break after a title or a first name: the name goes on at the next line's start
    record = extract_page(tmp_path, HEAD + "Present: Cllr John Smithers (Chair), Cllr Mary\n"
                          "Jonas, Cllr Peter Browne, Cllr Anne Amble, Cllr\n"
                          "Edward Ford and Cllr Susan Tate.\n"
                          "Apologies: Cllr Kevin Vane, Cllr Lucy\nWickham.\n1. Minutes\n")
    assert [p.name for p in record.attendees] == ["John Smithers", "Mary Jonas", "Peter Browne", "Anne Amble", "Edward Ford",
                                                  "Susan Tate"]
    assert [p.name for p in record.apologies] == ["Kevin Vane", "Lucy Wickham"]
    labelled = extract_page(tmp_path, HEAD + "Present: Cllr A Smithers, Mr Browne\nApologies: Cllr Vane\n1. Minutes\n", name="b.txt")
    assert ([p.name for p in labelled.attendees], [p.name for p in labelled.apologies]) == (["A Smithers", "Browne"], ["Vane"])


def test_no_in_a_present_column_is_an_absence(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Attendees\nName\tRole\tPresent\nAlan Smithers\tChair\tYes\nBeth Jonas\tMember\tNo\n"
                          "Carl Browne\tMember\tYes\n1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["Alan Smithers", "Carl Browne"]
    assert [p.name for p in record.apologies] == ["Beth Jonas"]


def test_someone_welcomed_by_name_was_there(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr A Marsh (Chair), Cllr B Hollis\n1. Welcome\n"
                          "The Chair also welcomed Emma Margate and thanked her for volunteering to take the minutes.\n"
                          "The Chair welcomed the news that the hall had reopened.\n")
    assert [p.name for p in record.attendees] == ["A Marsh", "B Hollis", "Emma Margate"]


def test_sederunt_heads_those_present_as_scottish_minutes_write_it(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "MINUTES OF A MEETING OF THE COMMUNITY COUNCIL HELD ON MONDAY 4 APRIL 2022\n"
                          "SEDERUNT: Jim Blackie (Chair), Ann Greig, Bill Whyte\n"
                          "IN ATTENDANCE: PC Dan Broun (Police Scotland)\nAPOLOGIES: Fay Ogilvie\n1. MINUTES OF PREVIOUS MEETING\n")
    assert [p.name for p in record.attendees] == ["Jim Blackie", "Ann Greig", "Bill Whyte", "Dan Broun"]
    assert [p.name for p in record.apologies] == ["Fay Ogilvie"]
