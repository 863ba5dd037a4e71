"""Attendance blocks read as little or nothing on b40/b41 (round 17), each written as a made-up page in a general
shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_an_attendance_label_after_an_item_number_inside_a_line(tmp_path: Path) -> None:
    # a column's heading ("Actions") flattened before the first item's number: "Attendance:" inside the line, a run
    # of titled names after it with no separators
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 14 January 2026\n\n"
                          "Actions 1.01/26 Attendance: Cllr. T Brimscombe (Chair) Cllr. O Dunnaway Cllr. F Pellicott "
                          "Marla Venstow (Clerk)\n\n"
                          "2.01/26 Apologies were received from: Cllr. K Yarncliffe\n\n"
                          "3.01/26 The minutes of the last meeting were agreed.\n")
    assert [p.name for p in record.attendees] == ["T Brimscombe", "O Dunnaway", "F Pellicott", "Marla Venstow"]
    assert [p.name for p in record.apologies] == ["K Yarncliffe"]


def test_a_label_in_capitals_glued_between_two_words_of_a_pdf_text(tmp_path: Path) -> None:
    # the PDF's text kept no spaces around the label: "... AT 7.30 PMPRESENTTobin Quarvell – Chair, ..."
    record = extract_page(tmp_path, "Page 1 of 6MINUTES OF THE PARISH COUNCIL ANNUAL MEETING HELD ONMONDAY 11 MAY 2026 "
                          "IN THE VILLAGE HALL AT 7.30 PMPRESENTTobin Quarvell – Chair, Fenna Ashmoor, Darcy Pellowen, "
                          "4 members of the public, and the Clerk – Orla Brantwick.Tobin Quarvell welcomed the new "
                          "Councillors to the Parish Council. 41/26 ELECTION OF CHAIRTobin Quarvell was elected as "
                          "Chair of the Council.\n")
    assert [p.name for p in record.attendees] == ["Tobin Quarvell", "Fenna Ashmoor", "Darcy Pellowen", "Orla Brantwick"]


def test_a_group_and_a_dash_before_its_people_and_who_could_not_come_below(tmp_path: Path) -> None:
    # "Steering Group - A Co-Chair, B, C": the group's name opens the line of those present; the sentence below it
    # says who did not come, no more names of the list
    record = extract_page(tmp_path, "Minutes of the 4th Steering Group Meeting 3 March 2026\n\n"
                          "Present:\n\n"
                          "Steering Group - Orla Brantwick Co-Chair, Tobin Quarvell, Fenna Ashmoor, Darcy Pellowen\n\n"
                          "Simon Keldworth and Tessa Yarnbury were not able to be present.\n\n"
                          "Minutes of the last meeting\n\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Orla Brantwick", "Tobin Quarvell", "Fenna Ashmoor", "Darcy Pellowen"]
    assert [p.name for p in record.apologies] == ["Simon Keldworth", "Tessa Yarnbury"]


def test_a_body_before_its_titled_people_a_line_each(tmp_path: Path) -> None:
    # a "Body | People" table flattened: each line, a body's name and then its people, each after a title
    record = extract_page(tmp_path, "Minutes of the Site Stakeholder Group held on 9 June 2026\n\n"
                          "PRESENT\n\n"
                          "Cllr Tobin Quarvell Chairman\n\n"
                          "Quenbury Mr Darcy Pellowen\n\n"
                          "County Council Cllr Fenna Ashmoor Mr Simon Keldworth\n\n"
                          "1. Welcome\n\nThe Chairman welcomed everyone to the meeting.\n")
    assert [p.name for p in record.attendees] == ["Tobin Quarvell", "Darcy Pellowen", "Fenna Ashmoor", "Simon Keldworth"]


def test_an_attendance_label_inside_a_line_whose_names_were_not_read_warns(tmp_path: Path) -> None:
    # an attendance sheet "signed by" the governors, after a sub-item's letter glued to its label: no rule reads the
    # names, so the record says the section gave none instead of an attendance that looks empty on purpose
    record = extract_page(tmp_path, "Full Governing Body Meeting on 4 March 2026 at 6 pm\n\n"
                          "1. Preliminaries\n\n"
                          "a)Attendance (Quorum= 5) ..... Attendance Sheet circulated and signed by Orla Brantwick (OB) "
                          "Tobin Quarvell (TQ) Fenna Ashmoor (FA) and Darcy Pellowen (Observer)\n\n"
                          "b)Apologies for Absence from Simon Keldworth were accepted.\n\n"
                          "c)Declarations: there were none.\n")
    assert not record.attendees
    assert any(w.startswith("attendance section on page 1") and w.endswith("gave no names") for w in record.warnings)


def test_a_posts_letters_before_a_name_whose_initials_follow_it(tmp_path: Path) -> None:
    # "CFO Ann Bell (AB)": the letters of a post before the name, one a line; the initials in brackets match the name
    record = extract_page(tmp_path, "Minutes of the Accountability Board held on 8 March 2026\n\n"
                          "Attendees:\nPFCC Tobin Quarvell (TQ)\nFenna Ashmoor (FA)\nDarcy Pellowen (DP)\n"
                          "CFO Simon Keldworth (SK)\nACFO Orla Brantwick (OB)\nACFO Marla Venstow (MV)\n\n"
                          "1. Welcome\n\nThe chair welcomed everyone.\n")
    assert [(p.name, p.initials) for p in record.attendees] == [
        ("Tobin Quarvell", "TQ"), ("Fenna Ashmoor", "FA"), ("Darcy Pellowen", "DP"), ("Simon Keldworth", "SK"),
        ("Orla Brantwick", "OB"), ("Marla Venstow", "MV")]
