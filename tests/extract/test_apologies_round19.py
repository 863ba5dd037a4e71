"""Apologies and absence shapes still missed across the whole corpus (round 19), each written as a made-up page in a
general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_councillors_title_covers_the_bare_surnames_of_a_list_closed_by_and(tmp_path: Path) -> None:
    # "Cllr A and B were on holiday", "Councillor A, B and C were absent": one title before the first surname
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Cllr T Brackwell (Chair), Cllr H Quennock.\n\n"
                          "25/31 Apologies: Cllr Marrowgate and Tollmarsh were away.\n\n"
                          "25/32 Councillor Linthwaite, Dunmore & Orrin were absent.\n\n"
                          "25/33 Declarations of interest: none.\n")
    assert [p.name for p in record.apologies] == ["Marrowgate", "Tollmarsh", "Linthwaite", "Dunmore", "Orrin"]


def test_a_councillors_title_does_not_cover_an_open_run_a_first_name_or_a_verb(tmp_path: Path) -> None:
    # near misses: no "and" closes the run; a first name after "and" (another person, named in full later); a
    # capitalised verb after "and"
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Cllr T Brackwell (Chair), Cllr H Quennock, Cllr O Penhallow.\n\n"
                          "25/31 Apologies: Cllr Marrowgate, Planning.\n\n"
                          "25/32 The grant was proposed by Cllr Quennock and Seconded by Cllr Penhallow. Cllr "
                          "Brackwell and Sarah will meet the contractor.\n")
    assert [p.name for p in record.apologies] == ["Marrowgate"]
    assert [p.name for p in record.attendees] == ["T Brackwell", "H Quennock", "O Penhallow"]


def test_a_label_glued_to_the_first_name_of_its_list_is_read(tmp_path: Path) -> None:
    # a flattened table cell lost the space after its label: "ApologiesJo Bell", "In AttendanceAnn Cole"
    record = extract_page(tmp_path, "Ashcombe Patients Group\nMinutes of the meeting held on 3 March 2025\n\n"
                          "PresentRuth Brackwell, Practice Manager\n\nHugh Quennock, Eastgate\n\n"
                          "ApologiesLinda Marrowgate, Calbourne\n\nPaul Tollmarsh, Eastgate\n\n"
                          "1. Notes of the previous meeting were agreed.\n")
    assert [p.name for p in record.apologies] == ["Linda Marrowgate", "Paul Tollmarsh"]
    assert [p.name for p in record.attendees] == ["Ruth Brackwell", "Hugh Quennock"]


def test_a_word_that_starts_with_a_label_is_no_label(tmp_path: Path) -> None:
    # near misses: "Presentation", "Attendance" in a word's middle, a label in capitals before a capitalised word
    record = extract_page(tmp_path, "Ashcombe Patients Group\nMinutes of the meeting held on 3 March 2025\n\n"
                          "Present: Ruth Brackwell, Hugh Quennock.\n\nApologies: Linda Marrowgate.\n\n"
                          "PresentationsDay was discussed by the group.\n\n"
                          "1. Notes of the previous meeting were agreed.\n")
    assert [p.name for p in record.apologies] == ["Linda Marrowgate"]
    assert [p.name for p in record.attendees] == ["Ruth Brackwell", "Hugh Quennock"]


def test_each_groups_label_under_an_apologies_heading_keeps_the_apologies(tmp_path: Path) -> None:
    # "Apologies" alone, then a label for each group: the officers' group is among the apologies too, not present
    record = extract_page(tmp_path, "Minutes of the Ashcombe Partnership Board held on 3 March 2025\n\n"
                          "Present:\nMembers: Tom Brackwell (Chair), Hugh Quennock\nOfficers: Rose Ellery, Clerk\n\n"
                          "Apologies:\nMembers: Jane Marrowgate\nOfficers: Ann Dunmore, Head of Finance\n"
                          "Others: Bill Orrin\n\n"
                          "1. The minutes of the last meeting were approved.\n")
    assert [p.name for p in record.apologies] == ["Jane Marrowgate", "Ann Dunmore", "Bill Orrin"]
    assert [p.name for p in record.attendees] == ["Tom Brackwell", "Hugh Quennock", "Rose Ellery"]


def test_a_groups_label_after_apologies_listed_inline_or_a_visitors_label_is_present(tmp_path: Path) -> None:
    # near misses: the apologies named on the label's own line (the officers' label after it lists who came), a
    # visitors' group under grouped apologies, and a label of absence after grouped attendees
    record = extract_page(tmp_path, "Minutes of the Ashcombe Partnership Board held on 3 March 2025\n\n"
                          "Present: Tom Brackwell (Chair), Hugh Quennock\nApologies: Jane Marrowgate\n"
                          "Officers: Rose Ellery, Clerk\n\n"
                          "1. The minutes of the last meeting were approved.\n")
    assert [p.name for p in record.apologies] == ["Jane Marrowgate"]
    assert [p.name for p in record.attendees] == ["Tom Brackwell", "Hugh Quennock", "Rose Ellery"]
    record = extract_page(tmp_path, "Minutes of the Ashcombe Partnership Board held on 3 March 2025\n\n"
                          "Attendees\nBoard Members: Cllr Tom Brackwell (Chair) and Cllr Hugh Quennock\n"
                          "Officers: Rose Ellery\nAbsences\nCllr Marrowgate and Cllr Tollmarsh\n"
                          "Apologies\nMembers: Cllr Dunmore\nVisitors: Bill Orrin\n\n"
                          "1. The minutes of the last meeting were approved.\n")
    assert [p.name for p in record.apologies] == ["Marrowgate", "Tollmarsh", "Dunmore"]
    assert [p.name for p in record.attendees] == ["Tom Brackwell", "Hugh Quennock", "Rose Ellery", "Bill Orrin"]


def test_apologies_with_no_verb_opening_a_sentence_inside_an_item_name_the_titled_people_after_it(tmp_path: Path) -> None:
    # "1. Welcome and apologies. The Chair welcomed everyone. Apologies Cllr A, Cllr B.": a shorthand sentence of apologies
    record = extract_page(tmp_path, "Minutes of Ashcombe Community Council held on 3 March 2025\n\n"
                          "Present: Cllr T Brackwell (Chair), Cllr H Quennock.\n\n"
                          "1. Welcome and apologies. Tom welcomed everyone to the meeting. Apologies Cllr Jane Marrowgate, "
                          "Mrs P Tollmarsh.\n\n"
                          "2. The minutes of the last meeting were approved.\n")
    assert [p.name for p in record.apologies] == ["Jane Marrowgate", "P Tollmarsh"]
    assert [p.name for p in record.attendees] == ["T Brackwell", "H Quennock"]


def test_apologies_not_followed_by_a_titled_name_or_at_a_sentences_start_name_nobody(tmp_path: Path) -> None:
    # near misses: "Apologies" then prose; "apologies" inside a sentence
    record = extract_page(tmp_path, "Minutes of Ashcombe Community Council held on 3 March 2025\n\n"
                          "Present: Cllr T Brackwell (Chair), Cllr H Quennock.\n\n"
                          "4. Highways. The county wrote about the potholes. Apologies for the delay were given. The "
                          "clerk sent apologies Cllr Quennock had asked for to the contractor.\n\n"
                          "5. The minutes of the last meeting were approved.\n")
    assert [p.name for p in record.apologies] == []


def test_a_semicolon_after_apologies_in_a_flattened_paragraph_is_the_labels_colon(tmp_path: Path) -> None:
    # a page's labels run into one paragraph, one written "Apologies;": its names are the apologies, up to "Visitors:"
    record = extract_page(tmp_path, "ASHCOMBE COMMUNITY COUNCIL MINUTES of MEETING - 3rd March 2025 @ THE VILLAGE HALL. "
                          "Chair: Tom Brackwell; Secretary: Hugh Quennock Members Present: T Brackwell, H Quennock, "
                          "R Ellery, D Farrow Apologies: S Penrose, Ward Councillors Present: None Apologies; Andrew "
                          "Marrowgate, Paula Tollmarsh Visitors: Dan Orrin, Sgt Lisa Dunmore (Police) 1. Welcome The Chair "
                          "opened the meeting at 7pm and thanked the hall's volunteers.\n")
    assert [p.name for p in record.apologies] == ["S Penrose", "Andrew Marrowgate", "Paula Tollmarsh"]
    assert [p.name for p in record.attendees] == ["T Brackwell", "H Quennock", "R Ellery", "D Farrow", "Dan Orrin",
                                                  "Lisa Dunmore"]


def test_an_inline_apologies_run_ends_at_the_next_items_number_without_its_full_stop(tmp_path: Path) -> None:
    # a flattened page: "1 Apologies A B 2 Minute of the last meeting ... 3 Police Report Sgt C D presented ...":
    # the officer who reported was there, not among the apologies
    record = extract_page(tmp_path, "Ashcombe Community Council Minutes of the meeting held on 3 March 2025 Present: "
                          "Tom Brackwell (Chair), Hugh Quennock, Rose Ellery, Dan Farrow and two members of the public. "
                          "1 Apologies Susan Marrowgate 2 Minute of the last meeting Approved as a true record 3 Police "
                          "Report Sgt Neil Tollmarsh presented the monthly figures for the ward.\n")
    assert [p.name for p in record.apologies] == ["Susan Marrowgate"]
    assert "Neil Tollmarsh" in [p.name for p in record.attendees]


def test_a_tiers_initials_glued_to_cllr_make_a_title(tmp_path: Path) -> None:
    # "DCllr A Bell" (a district councillor), "MBCllr Dunn": the tier's initials glued to the title
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Cllr T Brackwell (Chair), Cllr H Quennock, DCllr Orrin.\n\n"
                          "25/31 Apologies: MBCllr Marrowgate, BCllr P Tollmarsh.\n\n"
                          "25/32 Declarations of interest: none.\n")
    assert [p.name for p in record.apologies] == ["Marrowgate", "P Tollmarsh"]
    assert [p.name for p in record.attendees] == ["T Brackwell", "H Quennock", "Orrin"]


def test_an_action_columns_heading_before_the_first_items_number_leaves_its_label_a_label(tmp_path: Path) -> None:
    # a flattened "Action" column heading before the first minute: "Action 17. Apologies. Councillor A, ..."
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Cllr T Brackwell (Chair), Cllr H Quennock.\n\n"
                          "Action 17. Apologies. Councillor J Marrowgate, District Councillor Mrs P Tollmarsh.\n\n"
                          "18. Declarations of Interest. None.\n")
    assert [p.name for p in record.apologies] == ["J Marrowgate", "P Tollmarsh"]
    # near miss: "Action" before a number that opens a task, no label after it
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Cllr T Brackwell (Chair), Cllr H Quennock.\n\n"
                          "Apologies: Cllr Orrin.\n\n"
                          "Action 3 Cllr Quennock to write to the county about the potholes.\n")
    assert [p.name for p in record.apologies] == ["Orrin"]
    assert [p.name for p in record.attendees] == ["T Brackwell", "H Quennock"]
