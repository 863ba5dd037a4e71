"""Shapes the held-out batches b34 and b35 missed at first sight (their rows kept as scored), each written as a
made-up page in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_group_label_under_an_apologies_label_lists_the_apologies(tmp_path: Path) -> None:
    # "Apologies were received from" ends its line; "Cllrs:" on the next says whose, not who came
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on Monday 3rd June 2019 in the Village "
                          "Hall at 7.30 pm.\n21/1920 Present\nCouncillors, Mr T Quarrie, Mrs V Ormerod, Mr B Tallis\n"
                          "Mrs K Fenn (Clerk)\n22/1920 Apologies were received from\nCllrs: Mr A Yeo, Mr D Ruddle, "
                          "and Mr K Ambrose (District Councillor)\n23/1920 Minutes of the Previous Meeting\n"
                          "The minutes were approved.\n")
    assert [p.name for p in record.attendees] == ["T Quarrie", "V Ormerod", "B Tallis", "K Fenn"]
    assert [p.name for p in record.apologies] == ["A Yeo", "D Ruddle", "K Ambrose"]


def test_apologies_after_a_dash_in_a_flattened_page(tmp_path: Path) -> None:
    # one paragraph: the list of those present runs on into the items; "Apologies for Absence – Councillors ..."
    record = extract_page(tmp_path, "ASHBY PARISH COUNCIL Minutes of the Ashby Parish Council Meeting held on Wednesday "
                          "15th of June 2016 in the Parish Hall, commencing at 7.00pm. Present: P. Quigg – Chairman D. "
                          "Ormond Mrs. L. Trevail P. Yelverton – Vice-Chairman I. Penhale S. Uglow Mrs. S. L. Vosper – Clerk to the "
                          "Parish Council District Councillor D. Kitto 16.95 To receive the Chairman’s Declaration of "
                          "Acceptance of Office. 16.96 To receive Apologies for Absence – Councillors R. Jory and A. "
                          "Tonkin. To receive the resignation letter from Councillor A. Rowse. The resignation was "
                          "noted.\n")
    assert [p.name for p in record.apologies] == ["R. Jory", "A. Tonkin"]
    assert "R. Jory" not in [p.name for p in record.attendees]


def test_a_group_label_with_a_hyphen_typed_against_it(tmp_path: Path) -> None:
    # "Ward Councillors- Cllr C Rodda": a group's label as the list above it writes "Present Councillors- ..."
    record = extract_page(tmp_path, "Ashby & Westby Parish Council\n\nMinutes of the Parish Council meeting held on the "
                          "Wednesday 13th July 2016, in the Village Hall, Ashby.\n\nPresent Councillors- J Quayle (Chair), "
                          "J Ellery, G Pascoe,\nL Hocking,C Nance.\nWard Councillors- Cllr C Rodda\nMembers of the "
                          "Public-12\n\n125/07/16 - Apologies for absence\nNo apologies received.\n")
    assert [p.name for p in record.attendees] == ["J Quayle", "J Ellery", "G Pascoe", "L Hocking", "C Nance", "C Rodda"]


def test_a_body_known_by_its_initials_is_not_its_meeting(tmp_path: Path) -> None:
    # "Westby LSCB Meeting": the place and the board's initials name the body; "Meeting" is the page's word
    record = extract_page(tmp_path, "Westby LSCB Meeting\nWednesday 4th June 2014\nPresent: Hazel Iredale (Chair), Neil "
                          "Forsey\n1. Welcome\n")
    assert record.meeting.body == "Westby LSCB"


def test_a_long_unlabelled_run_of_full_names_under_the_heading(tmp_path: Path) -> None:
    # no label: a paragraph of more than 400 characters that is all names, a few first names the name list lacks
    names = ["Michael Quarrie", "Joyce Ormerod", "James Tallis", "Peter Pengelly", "Helen Fenn", "Doris Yeo", "Marion Ruddle",
             "Margaret Ambrose", "John Quigg", "Zorla Fenwick", "Michael Ormond", "Rosemary Trevail", "Kevin Yelverton",
             "Jennifer Penhale", "Diana Uglow", "Geoffrey Vosper", "Allan Kitto", "Elizabeth Jory", "Brenda Tonkin",
             "Quenby Rowse", "Colin Quayle", "Jackie Ellery", "Joan Pascoe", "Bridget Hocking", "Adele Nance", "Susan Rodda",
             "Robert Iredale", "Anne Forsey", "David Pawley", "Carol Tallack", "Owen Lanyon", "Ruth Kitson", "Paul Oakeshott"]
    assert len(", ".join(names)) > 400
    record = extract_page(tmp_path, "Minutes of Inaugural Meeting\nWestby Community Trust\nTuesday 8th June 2010\n"
                          "Westby Memorial Hall 7p.m.\n\n" + ", ".join(names) + "\n\nMichael Quarrie welcomed all present "
                          "to establish the Trust.\n")
    assert [p.name for p in record.attendees] == names


def test_partners_urged_to_act_are_tasked(tmp_path: Path) -> None:
    # "were urged to ...", as "were asked to ...": the group as written owns the task
    record = extract_page(tmp_path, "Westby Safeguarding Board\nMinutes of the meeting held on 4 June 2014\nPresent: "
                          "Hazel Iredale (Chair), Neil Forsey, Ruth Pawley\n1. Exploitation panel\nThe panel was described. "
                          "All partners were urged to invite Gwen Tallack to present the details of the panel to their "
                          "agency.\n")
    assert [(a.text, a.owners) for a in record.actions] == [
        ("All partners were urged to invite Gwen Tallack to present the details of the panel to their agency.", ["All partners"])]
