"""Shapes the held-out batches b34 and b35 missed at first sight (their rows kept as scored), each written as a
made-up page in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_group_label_under_an_apologies_label_lists_the_apologies(tmp_path: Path) -> None:
    # "Apologies were received from" ends its line; "Cllrs:" on the next says whose, not who came
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on Monday 3rd June 2019 in the Village "
                          "Hall at 7.30 pm.\n21/1920 Present\nCouncillors, Mr T Ashby, Mrs V Westby, Mr B Oakes\n"
                          "Mrs K Fell (Clerk)\n22/1920 Apologies were received from\nCllrs: Mr A Corley, Mr D Ashdown, "
                          "and Mr K Simmonds (District Councillor)\n23/1920 Minutes of the Previous Meeting\n"
                          "The minutes were approved.\n")
    assert [p.name for p in record.attendees] == ["T Ashby", "V Westby", "B Oakes", "K Fell"]
    assert [p.name for p in record.apologies] == ["A Corley", "D Ashdown", "K Simmonds"]


def test_apologies_after_a_dash_in_a_flattened_page(tmp_path: Path) -> None:
    # one paragraph: the list of those present runs on into the items; "Apologies for Absence – Councillors ..."
    record = extract_page(tmp_path, "ASHBY PARISH COUNCIL Minutes of the Ashby Parish Council Meeting held on Wednesday "
                          "15th of June 2016 in the Parish Hall, commencing at 7.00pm. Present: P. Fell – Chairman D. "
                          "Morgan Mrs. L. Drake P. Lindley – Vice-Chairman I. Dean S. Cole Mrs. S. L. Jones – Clerk to the "
                          "Parish Council District Councillor D. Clemens 16.95 To receive the Chairman’s Declaration of "
                          "Acceptance of Office. 16.96 To receive Apologies for Absence – Councillors R. Darling and A. "
                          "Nayland. To receive the resignation letter from Councillor A. Newby. The resignation was "
                          "noted.\n")
    assert [p.name for p in record.apologies] == ["R. Darling", "A. Nayland"]
    assert "R. Darling" not in [p.name for p in record.attendees]


def test_a_group_label_with_a_hyphen_typed_against_it(tmp_path: Path) -> None:
    # "Ward Councillors- Cllr C Ransom": a group's label as the list above it writes "Present Councillors- ..."
    record = extract_page(tmp_path, "Ashby & Westby Parish Council\n\nMinutes of the Parish Council meeting held on the "
                          "Wednesday 13th July 2016, in the Village Hall, Ashby.\n\nPresent Councillors- J Scotter (Chair), "
                          "J Lewin, G Taylor,\nL Richards,C Whitby.\nWard Councillors- Cllr C Ransom\nMembers of the "
                          "Public-12\n\n125/07/16 - Apologies for absence\nNo apologies received.\n")
    assert [p.name for p in record.attendees] == ["J Scotter", "J Lewin", "G Taylor", "L Richards", "C Whitby", "C Ransom"]


def test_a_body_known_by_its_initials_is_not_its_meeting(tmp_path: Path) -> None:
    # "Westby LSCB Meeting": the place and the board's initials name the body; "Meeting" is the page's word
    record = extract_page(tmp_path, "Westby LSCB Meeting\nWednesday 4th June 2014\nPresent: Chris Spence (Chair), Gail "
                          "Toller\n1. Welcome\n")
    assert record.meeting.body == "Westby LSCB"


def test_a_long_unlabelled_run_of_full_names_under_the_heading(tmp_path: Path) -> None:
    # no label: a paragraph of more than 400 characters that is all names, a few first names the name list lacks
    names = ["Michael Ashby", "Joyce Westby", "James Lowe", "Peter Hume", "Helen Leigh", "Doris Clay", "Marion Gale",
             "Margaret Clay", "John Gale", "Zorla Fenwick", "Michael Dorey", "Rosemary Gibb", "Kevin Brand",
             "Jennifer Dorey", "Diana Ridd", "Geoffrey Ridd", "Allan Brook", "Elizabeth Pears", "Brenda Wray",
             "Quenby Robb", "Colin Armitage", "Jackie Reed", "Joan Angel", "Bridget Kohl", "Adele Agnew", "Susan Hale",
             "Robert Nolan", "Anne Marsh", "David Pryor", "Carol Dunn", "Owen Lloyd", "Ruth Kerr", "Paul Oakes"]
    assert len(", ".join(names)) > 400
    record = extract_page(tmp_path, "Minutes of Inaugural Meeting\nWestby Community Trust\nTuesday 8th June 2010\n"
                          "Westby Memorial Hall 7p.m.\n\n" + ", ".join(names) + "\n\nMichael Ashby welcomed all present "
                          "to establish the Trust.\n")
    assert [p.name for p in record.attendees] == names


def test_partners_urged_to_act_are_tasked(tmp_path: Path) -> None:
    # "were urged to ...", as "were asked to ...": the group as written owns the task
    record = extract_page(tmp_path, "Westby Safeguarding Board\nMinutes of the meeting held on 4 June 2014\nPresent: "
                          "Chris Spence (Chair), Gail Toller, Sam Denby\n1. Exploitation panel\nThe panel was described. "
                          "All partners were urged to invite Sarah Alder to present the details of the panel to their "
                          "agency.\n")
    assert [(a.text, a.owners) for a in record.actions] == [
        ("All partners were urged to invite Sarah Alder to present the details of the panel to their agency.", ["All partners"])]
