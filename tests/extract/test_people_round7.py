"""Attendance shapes met in minutes nobody tuned for (round 7), each written as a made-up page in a
general shape of English minutes, not copied from a corpus document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

HEAD = "MINUTES OF THE MEETING OF THE VILLAGE HALL COMMITTEE held on Monday 8 March 2021 at 7.30 pm\n"


def test_a_hyphen_typed_against_the_name_before_the_organisation(tmp_path: Path) -> None:
    # "Name- Organisation": the space before the dash lost, in a list of lines and in a run-on paragraph
    record = extract_page(tmp_path, "Riverside Health Partnership\nMinutes of Meeting held on 2 June 2021\nAttendees:\n"
                          "Tom Archer – Riverside Council (Chairman)\nRose Bellamy- Riverside Housing\nIvan Crisp - Housing Trust\n"
                          "- Apologies:\nOwen Ettrick- Fire Service, Paula Fenn - County Council, Gareth Hume– Youth Trust, "
                          "Nora Dale – Carers Group, Anna Ives - Riverside Council.\n"
                          "- Minutes of last Meeting\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Tom Archer", "Rose Bellamy", "Ivan Crisp"]
    assert [p.name for p in record.apologies] == ["Owen Ettrick", "Paula Fenn", "Gareth Hume", "Nora Dale", "Anna Ives"]


def test_trustees_listed_by_surname_and_one_who_did_not_attend(tmp_path: Path) -> None:
    # a charity's trustees under their plural title, and an absence told in a sentence of its own (absent: an apology)
    record = extract_page(tmp_path, "Minutes of the meeting of the Recreation Ground Charity Trustees held on 3rd May 2022\n"
                          "Present: Trustees Archer (Chair), Bellamy, Crisp, Dale and the Clerk\n"
                          "12.22 Apologies and reasons for absence\nTrustee Ettrick did not attend.\n"
                          "13.22 Minutes\nMinutes were approved. Trustee Archer signed them.\n")
    assert [p.name for p in record.attendees] == ["Archer", "Bellamy", "Crisp", "Dale"]
    assert [p.name for p in record.apologies] == ["Ettrick"]


def test_labels_with_a_translation_a_plural_in_brackets_and_a_minute_number_cell(tmp_path: Path) -> None:
    # "Present / Presennol:" (a bilingual label), "Councillor(s) Present:", and the apologies in a minutes table
    # whose first column holds the minute's number ("02/21 | Apologies of Absence Cllr X")
    record = extract_page(tmp_path, "Minutes of the Parish Council Meeting, Thursday 3rd June 2021 7.30pm\n"
                          "Present / Presennol: Cllr A Belling (Chair), Cllr B Dorney\n"
                          "Councillor(s) Present:  Cllrs: C Farrow, D Hulme\n")
    assert [p.name for p in record.attendees] == ["A Belling", "B Dorney", "C Farrow", "D Hulme"]
    record = extract_page(tmp_path, "Minutes of the Parish Council Meeting, Thursday 3rd June 2021 7.30pm\n"
                          "Present: Cllr A Belling (Chair), Cllr B Dorney\n\n"
                          "01/21\tQuestions from the public. None received.\n"
                          "02/21\tApologies of Absence Cllr E Keble,\n"
                          "03/21\tDeclarations of interest. None.\n", name="table.txt")
    assert [p.name for p in record.attendees] == ["A Belling", "B Dorney"]
    assert [p.name for p in record.apologies] == ["E Keble"]


def test_names_and_organisations_flattened_into_one_run(tmp_path: Path) -> None:
    # a two-column table (name, organisation) rendered as one line: a surname that is also a first name
    # ("Jackson", "Taylor") must not take the organisation's first word ("Mendip Hills" -> not "Sarah Jackson Mendip")
    record = extract_page(tmp_path, "Downs Partnership Committee Minutes of the meeting at the Quarry Offices 28th September 2021\n\n"
                          "Present: Cllr Dawn Hale County Council (Chair) Sarah Jackson Redcliff Hills Trust Nigel Taylor Ashby "
                          "Parishes Representative Don Kinsey Parishes Representative\n\n1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Dawn Hale", "Sarah Jackson", "Nigel Taylor", "Don Kinsey"]


def test_the_council_before_a_councillors_title_and_the_clerk_on_a_line_of_her_own(tmp_path: Path) -> None:
    # "Ashby DC Cllr Ettrick", "Highland Councillor Linda Munro": the council a councillor sits on, before the title;
    # "Parish Clerk Susan Fenn" on the line after the list, her post before her name
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting, Monday 20 July 2021\n\n"
                          "Present: Cllrs Archer, Bellamy and Crisp, Ashby CC Cllr Dale and Ashby DC Cllr Ettrick\n\n"
                          "Parish Clerk Susan Fenn, and 6 members of the public.\n\n"
                          "Also present: Highland Councillor Linda Munro (LM)\n\n"
                          "1. Declarations of Interest – There were none.\n")
    assert [(p.name, p.role) for p in record.attendees] == [
        ("Archer", None), ("Bellamy", None), ("Crisp", None), ("Dale", "Ashby CC Cllr"), ("Ettrick", "Ashby DC Cllr"),
        ("Susan Fenn", "Parish Clerk"), ("Linda Munro", "Highland Councillor")]


def test_a_post_after_a_colon_that_says_who_was_absent_is_no_person(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting, Monday 20 July 2021\n\n"
                          "Present: Cllrs Archer, Bellamy and Crisp\n\n"
                          "Parish Clerk: Absent. Councillor B. Dale agreed to take the Minutes\n\n"
                          "1. Declarations of Interest – There were none.\n")
    assert [p.name for p in record.attendees] == ["Archer", "Bellamy", "Crisp"]


def test_the_next_label_in_the_same_line_after_a_space(tmp_path: Path) -> None:
    # two columns run into one line: "... Cllr Crisp In attendance: ... Apologies: ..." with no separator before the labels
    record = extract_page(tmp_path, "Minutes of the Community Council, 3rd September 2021\n\n"
                          "Present: Cllr A Belling (Chair), Cllr B Dorney, Cllr Crisp In attendance: Diana Pryce, Clerk / RFO "
                          "and 6 members of the public Apologies: Cllr R Owen\n\n"
                          "Member of Public issues:\n\n- The Council were asked to source new bus timetables.\n")
    assert [p.name for p in record.attendees] == ["A Belling", "B Dorney", "Crisp", "Diana Pryce"]
    assert [p.name for p in record.apologies] == ["R Owen"]


def test_an_unlabelled_list_of_names_each_with_its_organisation_on_the_next_line(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Enterprise Partnership Board Meeting Minutes (Unconfirmed)\n30th October 2021\n"
                          "Sam Archer-Hale (SA)\nBrookfield Council\nClaire Bellamy (CB)\nCommunity Foundation\n"
                          "David Crisp (DC)\nIvan Dale (ID)\nCounty Council\nOwen Ettrick (OE)\n"
                          "Welcome from the Chair\nIvan Dale (ID) welcomed everyone to the meeting.\n")
    assert [p.name for p in record.attendees] == ["Sam Archer-Hale", "Claire Bellamy", "David Crisp", "Ivan Dale", "Owen Ettrick"]


def test_a_list_item_whose_first_name_is_unknown_before_a_dash_and_no_organisation_as_a_name(tmp_path: Path) -> None:
    # "Zorya Dale – County Council" among names the finder knows is a name too; "WSCC Rob Carver" (the organisation
    # of the person before, after the comma) is not one
    record = extract_page(tmp_path, HEAD + "Present: Tom Archer (Chair)\n"
                          "Also in attendance: Craig Bowden - Democratic Services, WSCC Rob Carver - Reserve Manager, "
                          "WSCC Lisa Crane - Group Manager\n"
                          "Apologies:\nOwen Ettrick- Fire Service, Paula Fenn - County Council, Zorya Dale – Housing Trust,"
                          "Gareth Hume – Youth Trust, Anna Ives - Riverside Council.\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Tom Archer", "Craig Bowden", "Rob Carver", "Lisa Crane"]
    assert [p.name for p in record.apologies] == ["Owen Ettrick", "Paula Fenn", "Zorya Dale", "Gareth Hume", "Anna Ives"]


def test_the_meeting_was_attended_by_a_list_of_people(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Annual Parish Meeting, 4 May 2021\n\n"
                          "The meeting was attended by Cllr A Belling (Chairman), Cllr B Dorney, Cllr C Farrow, the Clerk "
                          "Mrs D Hulme and 12 residents.\n\nApologies were received from Cllr E Keble.\n\n"
                          "1. Chairman's report\nThe Chairman reported on the year.\n")
    assert [p.name for p in record.attendees] == ["A Belling", "B Dorney", "C Farrow", "D Hulme"]
    assert [p.name for p in record.apologies] == ["E Keble"]


def test_apologies_received_from_under_the_items_label(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr A Belling (Chair), Cllr B Dorney, Cllr C Farrow\n\n"
                          "1. Apologies\nReceived from Cllr E Keble (holiday), Cllr F Manton (illness) and Mr G Oakes (work).\n\n"
                          "2. Minutes\nAgreed.\n")
    assert [p.name for p in record.apologies] == ["E Keble", "F Manton", "G Oakes"]


def test_a_lost_bullet_after_the_full_stop_ends_the_attendance_sentence(tmp_path: Path) -> None:
    # "?": a character the conversion could not write, between the list's full stop and the apologies sentence
    record = extract_page(tmp_path, HEAD + "Present:? R Archer, A Bellamy, S Crisp (Parish Councillors) and Mrs T Dale "
                          "(Clerk).? Apologies were received from Cllrs D Ettrick and K Fenn.\n\n1. Minutes\nAgreed.\n")
    assert [p.name for p in record.attendees] == ["R Archer", "A Bellamy", "S Crisp", "T Dale"]
    assert [p.name for p in record.apologies] == ["D Ettrick", "K Fenn"]


def test_members_of_the_public_named_before_what_they_said(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Council Members present: Cllr Alan Belling, Cllr Beth Dorney.\n\nPublic present: 6\n\n"
                          "3. Public participation time:\n\nMrs Ettrick: No agenda was on the notice board this time.\n\n"
                          "Cllr Alan Belling responded: He had placed an agenda on the notice board.\n\n"
                          "Mr Fenwick: Asked why item 14 was on the agenda.\n\n4. Minutes\nAgreed.\n")
    assert [p.name for p in record.attendees] == ["Alan Belling", "Beth Dorney", "Ettrick", "Fenwick"]


def test_posts_written_before_the_names(tmp_path: Path) -> None:
    # "Chairman - Cllr A Belling" lines under the label gave no one; "Clerk Mrs E Keble" kept "Mrs" in the name
    record = extract_page(tmp_path, HEAD + "Present:\nChairman - Cllr A Belling\nVice-Chairman - Cllr B Dorney\nClerk - Mrs C Farrow\n"
                          "Treasurer: Mr D Hulme\nCllr G Oakes\n\n1. Minutes\nAgreed.\n")
    assert [p.name for p in record.attendees] == ["A Belling", "B Dorney", "C Farrow", "D Hulme", "G Oakes"]
    record = extract_page(tmp_path, HEAD + "Present: Chairman Cllr A Belling, Cllrs C Farrow, D Hulme, Clerk Mrs E Keble, "
                          "Internal Auditor Mr F Manton\n\n1. Minutes\nAgreed.\n")
    assert [(p.name, p.role) for p in record.attendees][-2:] == [("E Keble", "Clerk Mrs"), ("F Manton", "Internal Auditor Mr")]


def test_attended_sent_apologies_and_others_present_labels(tmp_path: Path) -> None:
    # "Attended:" and "Sent apologies:" gave no one and no warning; "Others present:" after "Members absent:" was read absent
    record = extract_page(tmp_path, "Minutes of the Partnership Board meeting held on 4 May 2021\n\n"
                          "Attended: Alan Belling (Chair), Beth Dorney, Carl Farrow\nSent apologies: Dora Hulme, Ewan Keble\n\n"
                          "1. Minutes\nAgreed.\n")
    assert [p.name for p in record.attendees] == ["Alan Belling", "Beth Dorney", "Carl Farrow"]
    assert [p.name for p in record.apologies] == ["Dora Hulme", "Ewan Keble"]
    record = extract_page(tmp_path, "Minutes of the Partnership Board meeting held on 4 May 2021\n\n"
                          "Members present: Alan Belling (Chair), Beth Dorney\nMembers absent: Dora Hulme\n"
                          "Others present: Ewan Keble (Minutes)\n\n1. Minutes\nAgreed.\n")
    assert [p.name for p in record.attendees] == ["Alan Belling", "Beth Dorney", "Ewan Keble"]
    assert [p.name for p in record.apologies] == ["Dora Hulme"]


def test_apologies_sent_in_the_present_tense_inside_a_sentence(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr A Belling (Chair), Cllr B Dorney\n\n1. Apologies\nThe Chairman reported "
                          "that Cllr E Keble was unable to attend and that Cllr F Manton sends her apologies.\n\n2. Minutes\nAgreed.\n")
    assert [p.name for p in record.apologies] == ["E Keble", "F Manton"]


def test_a_member_marked_absent_inside_the_list(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Councillors: Cllr A Belling (Chair), Cllr B Dorney, Cllr C Farrow (apologies), "
                          "Cllr D Hulme (absent)\n\n1. Minutes\nAgreed.\n")
    assert [p.name for p in record.attendees] == ["A Belling", "B Dorney"]
    assert [p.name for p in record.apologies] == ["C Farrow", "D Hulme"]
