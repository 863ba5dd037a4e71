"""Attendance shapes met in minutes nobody tuned for (round 6), each written as a made-up page in a
general shape of English minutes, not copied from a corpus document."""
from __future__ import annotations

from pathlib import Path

import pytest

from pages import extract_page

HEAD = "MINUTES OF THE MEETING OF THE VILLAGE HALL COMMITTEE held on Monday 8 March 2021 at 7.30 pm\n"


def test_apologies_closing_the_present_paragraph_after_a_spaced_full_stop(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present:  Tom Archer (Chair), Rose Bellamy (Secretary), Ivan Crisp and Nora Dale .  "
                          "Apologies were received from Owen Ettrick and Paula Fenn\n"
                          "1. Minutes\nThe minutes of the last meeting were signed.\n")
    assert [p.name for p in record.attendees] == ["Tom Archer", "Rose Bellamy", "Ivan Crisp", "Nora Dale"]
    assert [p.name for p in record.apologies] == ["Owen Ettrick", "Paula Fenn"]


def test_an_apologies_label_after_a_minute_number_with_letters(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr Tom Archer (Chairman), Cllrs Rose Bellamy and Ivan Crisp\n"
                          "14/22/HC Apologies\nCllr Owen Ettrick\n"
                          "15/22/HC Declarations of Interest\nThere were none\n")
    assert [p.name for p in record.apologies] == ["Owen Ettrick"]


def test_title_case_labels_without_colons_inside_a_flattened_page(tmp_path: Path) -> None:
    # a page whose heading, attendance columns and first item were run together into one paragraph
    record = extract_page(tmp_path, "Harbour Board Minutes of the Meeting held on Tuesday, 9th March, 2021 at 6.00 pm at "
                          "the Board Room, Harbour Office Present Mr A Belling (Chair) Cllr C Dorney Mr E Farrow Ms G Hulme "
                          "In Attendance Mr J Keble Ms L Manton 1. Mr N Oakes (Secretary) Welcome and Apologies for Absence "
                          "The Chair, Mr A Belling, welcomed all to the meeting. Apologies for absence were noted from "
                          "Peter Quarry and Councillor Ruth Stead. 2. Minutes of the last meeting were agreed.\n")
    assert [p.name for p in record.attendees] == ["A Belling", "C Dorney", "E Farrow", "G Hulme", "J Keble", "L Manton", "N Oakes"]
    assert [p.name for p in record.apologies] == ["Peter Quarry", "Ruth Stead"]


def test_a_numbered_minute_before_the_label_and_initialled_names_without_commas(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Meeting of the Community Council held on Wednesday 2nd June 2021\n\n"
                          "Minute no. 1 – Members Present Councillors: A Belling B Dorney C D Farrow E Hulme G Keble\n\n"
                          "Also present the Clerk Diana Pryce and Development Officer Ruth Lacey-Owen.\n\n"
                          "Minute no. 2 - Apologies for Absence Apologies for absence were received from Councillor H Manton.\n\n"
                          "Minute no. 3 – Declarations of Interest None.\n")
    assert [p.name for p in record.attendees] == ["A Belling", "B Dorney", "C D Farrow", "E Hulme", "G Keble",
                                                  "Diana Pryce", "Ruth Lacey-Owen"]
    assert [p.name for p in record.apologies] == ["H Manton"]


def test_a_column_of_names_flattened_into_one_line_without_separators(tmp_path: Path) -> None:
    # names run together after their labels: pairs of words, a middle first name ("Kim Jane Rowe"
    # must not take "Kim" from the name before it), a title inside the run, a job-title column after it
    record = extract_page(tmp_path, "Riverside Health Trust Minutes of the Board Meeting Tuesday 4 May 2021 10:00 The Boardroom, "
                          "Mill Lane Members: Alan Boyce Julie Darke Tomos Ellery Kim Jane Rowe Dr Hilary Frean "
                          "In Attendance: Gareth Hume Anna Ives Chief Executive Director of Finance Present: Peter Lamb "
                          "Scottie Greer Jane Hartfield Susie Nolan Public Governor Member of the public Public Governor "
                          "1. Welcome Alan Boyce welcomed members to the meeting, which he opened at 10:05. "
                          "2. Apologies for Absence Alan Boyce noted apologies from Ruth Coyle, Director of Nursing.\n")
    assert [p.name for p in record.attendees] == ["Alan Boyce", "Julie Darke", "Tomos Ellery", "Kim Jane Rowe", "Hilary Frean",
                                                  "Gareth Hume", "Anna Ives", "Peter Lamb", "Scottie Greer", "Jane Hartfield",
                                                  "Susie Nolan"]
    assert [p.name for p in record.apologies] == ["Ruth Coyle"]


def test_apologies_listed_after_a_colon_that_closes_a_clause(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr A Belling (Chair), Cllr B Dorney, Cllr C Farrow\n"
                          "31. To note apologies and accept valid reasons for absence: Cllr D Hulme, E Keble, and F Manton- "
                          "reasons accepted\n"
                          "32. Officers\nThe following officers sent their apologies for the meeting: Gwen Oakes, Harry Pryce "
                          "and Ivy Quarles.\n"
                          "33. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.apologies] == ["D Hulme", "E Keble", "F Manton", "Gwen Oakes", "Harry Pryce", "Ivy Quarles"]


def test_people_listed_by_first_name_only(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "MINUTES OF THE COMMUNITY COUNCIL MEETING 7:30PM 4TH MAY 2021 Present: Idwal, Carys, Ann, "
                          "Siwan, Diane (Chair) Before the formal meeting it was agreed to hear from Carys about the wind farm "
                          "enquiry and the maps of the area that she had brought. Formal Meeting: 1. Apologies: Gwyn and Hefin\n"
                          "2. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["Idwal", "Carys", "Ann", "Siwan", "Diane"]
    assert [p.name for p in record.apologies] == ["Gwyn", "Hefin"]


def test_attendance_and_apologies_under_one_label_with_an_initials_column_and_organisations(tmp_path: Path) -> None:
    # a table "Directors | initials | Representing" flattened; the apologies' organisations follow the names
    record = extract_page(tmp_path, "ENTERPRISE BOARD Minutes of the Meeting 6 May 2021 Attendance and Apologies: Directors "
                          "Representing Kevin Hale KH Private Sector Board Chair Verity Horne VH Further Education Chas Binns CB "
                          "Private Sector In Attendance Mandip Roy MR Chief Executive Apologies Prof Robert Allinson Universities "
                          "Cllr Jonathan Morgan Eastshire District Councils Minute Action 1. Welcome and Apologies 1.1 KH welcomed "
                          "those present.\n")
    assert [p.name for p in record.attendees] == ["Kevin Hale", "Verity Horne", "Chas Binns", "Mandip Roy"]
    assert [p.name for p in record.apologies] == ["Robert Allinson", "Jonathan Morgan"]


def test_bilingual_welsh_and_english_labels(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "CYNGOR CYMUNED COMMUNITY COUNCIL\n\nCofnodion / Minutes of the Meeting 3 June 2021\n\n"
                          "PRESENNOL/PRESENT Cllrs. A. Bevan C. Dafis E. Ffrancon G. Hywel\n\n"
                          "PRESENNOL HEFYD/ ALSO PRESENT J. Iorwerth\n\n"
                          "The Meeting was declared open at 7.30pm\n\n"
                          "1 Ymddiheuriadau/Apologies: Cllr L. Meredith\n\n"
                          "2 Cyhoeddiadau/Announcements. None.\n")
    assert [p.name for p in record.attendees] == ["A. Bevan", "C. Dafis", "E. Ffrancon", "G. Hywel", "J. Iorwerth"]
    assert [p.name for p in record.apologies] == ["L. Meredith"]
    assert record.meeting.start == "19:30"  # said after the attendance, which ends the heading's region


def test_the_membership_listed_above_the_attendance_is_not_the_attendance(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "MINUTES - PARISH COUNCIL MEETING\n\nTuesday 8th June 2021 at 7.00pm\n\nMEMBERSHIP:\n\n"
                          "Chair: Councillor Anna Hale\n\nVice-chair: Councillor Gareth Moss\n\n"
                          "Councillors: Paul Brand, Mark Dunn, Rhoda Rees, (1 vacancy)\n\nClerk: Jane Mead RFO: Gary Rowe\n\n"
                          "Attendance: Cllrs Hale, Rees, Dunn & Brand plus 3 members of the public.\n\n"
                          "1. Apologies for Absence: Cllr Moss\n\n2. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["Hale", "Rees", "Dunn", "Brand"]
    assert [p.name for p in record.apologies] == ["Moss"]


def test_a_resolution_after_the_list_adds_no_one(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Councillors: A Belling, B Dorney, C Farrow (Clerk).\n"
                          "Open Forum: n/a\nIt was Resolved: Cllr Dorney to chair the meeting\n"
                          "31. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["A Belling", "B Dorney", "C Farrow"]


def test_a_section_that_names_people_the_rules_cannot_read_says_so(tmp_path: Path) -> None:
    # posts with first names in parentheses: no layout the rules read, so a warning, not a quiet empty list
    record = extract_page(tmp_path, HEAD + "Present: the treasurer (Ann), the secretary (Bob), the booking officer (Carl)\n"
                          "Apologies: Dora Lane\n1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.apologies] == ["Dora Lane"]
    assert record.attendees == []
    assert [w for w in record.warnings if "attendance section" in w] == [
        "attendance section on page 1 ('the treasurer (Ann), the secretary (Bob') names 3 people by first name, 3 of them not read"]


def test_the_following_members_were_present_and_labels_after_a_closing_parenthesis(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "The following members were present: Cllr Hale, Cllr Moss and Cllr Vane.\n"
                          "Officers present: Jane Doyle (Clerk). Apologies: Cllrs Green and Whitby.\n"
                          "1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["Hale", "Moss", "Vane", "Jane Doyle"]
    assert [p.name for p in record.apologies] == ["Green", "Whitby"]


def test_a_table_with_a_column_of_those_present_beside_a_column_of_apologies(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present\tApologies\nCllr Ann Hale\tCllr Tom Green\nCllr Peter Moss\tCllr Fay Whitby\n"
                          "Cllr Rhoda Vane\t\n1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["Ann Hale", "Peter Moss", "Rhoda Vane"]
    assert [p.name for p in record.apologies] == ["Tom Green", "Fay Whitby"]


def test_surnames_after_a_label_ending_in_a_plural_title_a_post_after_also_present_and_cllrs_present(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "PRESENT Councillors Hale (Mayor), Moss, Vane\nALSO PRESENT Town Clerk Jane Doyle\n"
                          "1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["Hale", "Moss", "Vane", "Jane Doyle"]
    record = extract_page(tmp_path, HEAD + "Cllrs present: A Hale, B Moss, C Vane\n1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["A Hale", "B Moss", "C Vane"]


def test_a_list_after_a_label_that_ends_its_own_sentence(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr A Hale, Cllr B Moss\n"
                          "1. Apologies. Cllr T Green (personal reasons); Cllr R Whitby (unwell).\n"
                          "2. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.apologies] == ["T Green", "R Whitby"]


def test_apologies_after_a_semicolon_in_the_present_sentence(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr A Hale (Chair), Cllr B Moss, Cllr C Vane; apologies from Cllr D Green "
                          "and Cllr E Whitby.\n1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["A Hale", "B Moss", "C Vane"]
    assert [p.name for p in record.apologies] == ["D Green", "E Whitby"]
    # the wording of a sentence of apologies ("for absence", "had been received from") turns the sentence too
    record = extract_page(tmp_path, HEAD + "Present: Cllr A Hale (Chair), Cllr B Moss, Cllr C Vane; apologies for absence had been "
                          "received from Cllr D Green and Cllr E Whitby.\n1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["A Hale", "B Moss", "C Vane"]
    assert [p.name for p in record.apologies] == ["D Green", "E Whitby"]


def test_labels_that_say_how_people_attended(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present in the Chamber: Cllr A Hale (Chair), Cllr B Moss\n"
                          "Present via Zoom: Cllr C Vane\nIn Attendance Online: Jane Doyle (Clerk)\n"
                          "1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["A Hale", "B Moss", "C Vane", "Jane Doyle"]


def test_titled_surnames_one_after_another_without_commas(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "PRESENT: Councillor Hale (Chairman) Councillor Moss Councillor Vane Councillor Whitby\n"
                          "1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["Hale", "Moss", "Vane", "Whitby"]


@pytest.mark.parametrize("line, present, apologies", [
    ("Present: Andrew Bruce, Fiona Campbell; Apologies: Neil Ross, Shona Scott",
     ["Andrew Bruce", "Fiona Campbell"], ["Neil Ross", "Shona Scott"]),
    ("Present: Andrew Bruce (Chair), Fiona Campbell (Secretary); In attendance: Cllr Kirsty Hay (Highland Council); "
     "Apologies: Neil Ross", ["Andrew Bruce", "Fiona Campbell", "Kirsty Hay"], ["Neil Ross"]),
])
def test_the_next_label_after_a_semicolon_in_the_same_line(tmp_path, line: str, present: list, apologies: list) -> None:
    record = extract_page(tmp_path, "Ashby Community Council\nMinute of the meeting held on 4 February 2019\n\n" + line +
                          "\n\n1. Police report\nNothing to report.\n")
    assert [p.name for p in record.attendees] == present
    assert [p.name for p in record.apologies] == apologies


def test_an_absence_noted_label(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr A Hale, Cllr P Moss\nAbsence noted: Cllr R Vane\n"
                          "1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["A Hale", "P Moss"]
    assert [p.name for p in record.apologies] == ["R Vane"]


def test_a_major_and_a_surname_with_an_apostrophe(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr A Hale (Chair), Cllr P Moss\n"
                          "Apologies: Jo Kent, Fire Service; Maj Tobias d'Arcy, Defence Estates; Cllr Ian Lott, District Council\n"
                          "1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.apologies] == ["Jo Kent", "Tobias d'Arcy", "Ian Lott"]


def test_officers_listed_by_the_agenda_item_they_attended_and_a_double_barrelled_irish_surname(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present:\nCouncillor Anna Hale (Chairman)\nCouncillor Rhian Fitzroy-O’Hara\n\n"
                          "Officers:\n\nWhole of meeting:   K. Dunmore (Democratic Services).\n\nPart of meeting:\n\n"
                          "Agenda Item\n\nOfficer Attending\n\n   5\n\nJ. Ashby (Planning)\n\n   6\n\nP. Lowe & S. Nayar (Finance)\n\n"
                          "The Committee considered the matters contained in the agenda and agreed as set out below.\n")
    assert [p.name for p in record.attendees] == ["Anna Hale", "Rhian Fitzroy-O’Hara", "K. Dunmore", "J. Ashby", "P. Lowe",
                                                  "S. Nayar"]


def test_a_list_that_goes_on_after_a_key_to_its_abbreviations(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "A Meeting of the School Governing Board was held on Thursday 4th March 2021 at 4.30pm.\n\n"
                          "Present:\n\nMr C Ward [CW] Chair (FG); Mrs J Lowe [JL] Vice Chair (FG)\n\n"
                          "Dr S Hume [SH] (PG); Ms S Tate [ST] (CG)\n\n"
                          "(FG) Foundation Governor; (PG) Parent Governor\n\n(CG) Co-opted Governor; (SG) Staff Governor\n\n"
                          "Mr D Frank [DF] Clerk to Governors\n\nMs P Dean [PD] Deputy Head Teacher\n\n"
                          "1. Welcome\nThe Chair welcomed everyone.\n")
    assert [p.name for p in record.attendees] == ["C Ward", "J Lowe", "S Hume", "S Tate", "D Frank", "P Dean"]


def test_a_non_voting_group_heading_inside_the_list_is_no_one(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "MINUTES of the CHILDREN’S SERVICES PANEL, held on 8 March 2021\n\nAttendance\n\n"
                          "Keith Ems (Chair), Michael Down, Jane Pitt, Richard Robb, Derek Hill, Paul Gogg, Brian Leel, "
                          "Barbara Lamm, David Bill, Sue Jonas, Terry Pryce\n\nNon Voting\n\nDavid Willow\n\nOfficers\n\n"
                          "Moira Swann\n\n1. Minutes\nThe minutes were signed.\n")
    assert "Non Voting" not in [p.name for p in record.attendees]
    assert [p.name for p in record.attendees][-2:] == ["David Willow", "Moira Swann"]


def test_surnames_only_after_a_label(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Hobday (Chair), Tranter, Mossop\n1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["Hobday", "Tranter", "Mossop"]


def test_posts_in_attendance_are_no_one(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "Present: Cllr A Hale (Chair), Cllr B Moss\n"
                          "In attendance: Parish Clerk, Locum Officer, County Councillor, Ward Member\n"
                          "1. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["A Hale", "B Moss"]
