"""Attendance shapes met on new real pages (round 9's probe lots), each written as a made-up page in a
general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_an_apologies_item_that_names_the_reasons_in_its_label(tmp_path: Path) -> None:
    # "2. Apologies for absence and reasons given: A, B, C. Accepted.": the label says reasons were given
    record = extract_page(tmp_path, "Minutes of the meeting held on Wednesday, 8th March 2023 at 7pm in the Village Hall.\n\n"
                          "Present: Cllrs P. Ashdown (Chairman); R. Mabey, K. Orchard.\n\n"
                          "1. Public forum: No members of the public.\n\n"
                          "2. Apologies for absence and reasons given:  L. Cotter, D. Embury, H Vosper. Accepted.\n\n"
                          "3. Declarations of interest: None\n")
    assert [p.name for p in record.apologies] == ["L. Cotter", "D. Embury", "H Vosper"]


def test_surnames_after_a_plural_title_each_with_an_office_in_brackets(tmp_path: Path) -> None:
    # a flattened page: "Councillors X (Mayor), Y (Deputy Mayor), Z (Sheriff), ..." in one paragraph with the
    # title and the next item: a surname followed by its office in brackets does not end the run
    record = extract_page(tmp_path, "COUNCIL Monday 3 July 2017 COUNCILLORS PRESENT: Councillors Pellow (Lord Mayor), "
                          "Quarrie (Deputy Lord Mayor), Rendle (Sheriff), Saltash, Tremayne, Udall and Varcoe. "
                          "4. APOLOGIES FOR ABSENCE Apologies for absence were received from Councillors Wenmoth and Yelland. "
                          "5. DECLARATIONS OF INTEREST There were none.\n")
    assert [p.name for p in record.attendees] == ["Pellow", "Quarrie", "Rendle", "Saltash", "Tremayne", "Udall", "Varcoe"]
    assert [p.name for p in record.apologies] == ["Wenmoth", "Yelland"]


def test_a_couple_written_with_their_surname_once(tmp_path: Path) -> None:
    # residents' and societies' minutes list couples as "Ros & John Whitby": the first of the two takes the surname
    record = extract_page(tmp_path, "Minutes of the Open Committee Meeting held on Tuesday 3rd May 2016 at 7.00pm\n"
                          "Present: Harriet Wise (Chair), Derek Penn, Anne & Wilf Pratt, Yvonne & Vic Jolly, Tom Ashby.\n"
                          "Apologies: Hilda Strand, Ros & John Whitby\n"
                          "1. Welcome\nThe Chair welcomed residents to the meeting.\n")
    assert [p.name for p in record.attendees] == ["Harriet Wise", "Derek Penn", "Anne Pratt", "Wilf Pratt", "Yvonne Jolly",
                                                  "Vic Jolly", "Tom Ashby"]
    assert [p.name for p in record.apologies] == ["Hilda Strand", "Ros Whitby", "John Whitby"]


def test_councillors_joined_by_an_ampersand_keep_their_own_names(tmp_path: Path) -> None:
    # under a plural title a lone surname is a councillor of its own: "Cllrs Ashe & Jo Bell" is not "Ashe Bell"
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on Monday 9th May 2016 at 7.30pm\n"
                          "Present: Cllrs Ashe & Jo Bell, Cllr K Dunmore.\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Ashe", "Jo Bell", "K Dunmore"]


def test_also_in_attendance_for_part_of_the_meeting_was(tmp_path: Path) -> None:
    # "Also in attendance for part of the meeting was Mrs X, Head Teacher and Mr Y": the sentence says when they were there
    record = extract_page(tmp_path, "Minutes of the Annual Parish Meeting, held at 7.30pm in the Church Hall on 12th May 2011.\n\n"
                          "Present: Cllrs Mabb, Rudd, Eade and Sorrel. District Councillor Ann Dace was in attendance with six members "
                          "of the public. Also in attendance for part of the meeting was Mrs Jen Stokes, "
                          "Head Teacher and Mr Colin Wyatt MBE of the Allotment Society.\n\n"
                          "1. The minutes of the 2010 meeting were agreed as a true record.\n")
    assert [p.name for p in record.attendees] == ["Mabb", "Rudd", "Eade", "Sorrel", "Ann Dace", "Jen Stokes", "Colin Wyatt"]


def test_a_couple_on_a_line_of_its_own_in_a_one_a_line_list(tmp_path: Path) -> None:
    # "Jane and Gerald Payne" as one line of a one-name-a-line list: two people, the list goes on after them
    record = extract_page(tmp_path, "Allotments Association minutes of committee meeting 26/11/2015\n\n"
                          "1 Present John Marsh (Chair)\n\nIrene Marsh\n\nAdele Drake\n\nJane and Gerald Payne\n\n"
                          "Vic and Susan Rowell\n\nKate Selby\n\n"
                          "2 Welcome and Apologies\nJohn welcomed all present. Apologies had been received from Andy Broad.\n")
    assert [p.name for p in record.attendees] == ["John Marsh", "Irene Marsh", "Adele Drake", "Jane Payne", "Gerald Payne",
                                                  "Vic Rowell", "Susan Rowell", "Kate Selby"]
    assert [p.name for p in record.apologies] == ["Andy Broad"]


def test_apologies_received_from_with_the_space_after_from_lost(tmp_path: Path) -> None:
    # a flattened page: "Apologies for absence were received fromMaggie Attwood, ..." (the space lost at a line's end)
    record = extract_page(tmp_path, "Village Hall Management Committee\nMinutes of the AGM held on Monday 12th December, 2016\n"
                          "Present: Mike Rowan, Anne Catchpole, Mick Lock\n"
                          "1. Welcome and Apologies: The Chairman welcomed the Committee. Apologies for absence were received "
                          "fromMaggie Attwood, Sherry Dolan and Nigel Heath.\n2. Minutes: The minutes were agreed.\n")
    assert [p.name for p in record.apologies] == ["Maggie Attwood", "Sherry Dolan", "Nigel Heath"]


def test_an_absences_heading_on_a_line_of_its_own(tmp_path: Path) -> None:
    # "Absences" as a heading, the names on the line below: those who were away, not more of the attendees
    record = extract_page(tmp_path, "Burial Committee Minutes\nDRAFT Minutes from the Burial Committee Meeting\n"
                          "Village Hall Tuesday 13th June 2023 at 6.30pm\nAttendees\n"
                          "Committee Members: Cllr Ian Fenwood (Chairman), Cllr John Pape and Cllr Ken Hutton.\n"
                          "Clerk: Laura Allard\nAbsences\nCllr Linton and Cllr Harland\nMembers of the Public\n"
                          "No members of the public were present.\n1. Election of Chair\nCllr Pape was elected.\n")
    assert [p.name for p in record.attendees] == ["Ian Fenwood", "John Pape", "Ken Hutton", "Laura Allard"]
    assert [p.name for p in record.apologies] == ["Linton", "Harland"]


def test_a_role_name_status_grid_flattened_one_cell_a_line(tmp_path: Path) -> None:
    # "Role | Name | Present/Apologies" rows with every cell on a line of its own: the status follows the name
    # (read as labels, each would start a section and give the NEXT name its status)
    cells = ["Chairperson", "Jim Blakeway", "Present", "Zone 1 Coordinator", "Vacant", "-", "Secretary", "Amy Rowntree",
             "Present", "Zone 2 Coordinator", "Simon Vance", "Apologies", "Treasurer", "Adam Harker", "Present",
             "Zone 3 Coordinator", "Melanie Whitlow", "Apologies", "Webmaster", "Simon Brunton", "Present"]
    record = extract_page(tmp_path, "MINUTES – Neighbourhood Watch Committee\n\nThe Crown, 3rd October 2017 @ 8PM\n\nPresent:\n\n"
                          + "\n\n".join(cells) + "\n\nUpcoming dates:\n\nThe AGM will be held in January.\n")
    assert sorted(p.name for p in record.attendees) == ["Adam Harker", "Amy Rowntree", "Jim Blakeway", "Simon Brunton"]
    assert sorted(p.name for p in record.apologies) == ["Melanie Whitlow", "Simon Vance"]


def test_one_label_a_line_above_each_name_is_no_grid(tmp_path: Path) -> None:
    # labels on lines of their own, each heading the name below it: not a grid whose status follows the name
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 4 May 2021\n\nPresent\n\nCllr Ann Abbot\n\n"
                          "Apologies\n\nCllr Ben Baird\n\nIn attendance\n\nMrs Cara Coyle (Clerk)\n\nAbsent\n\nCllr Dan Dunne\n\n"
                          "1. Minutes\n\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Ann Abbot", "Cara Coyle"]
    assert [p.name for p in record.apologies] == ["Ben Baird", "Dan Dunne"]


def test_an_apologies_label_closed_by_a_full_stop_then_received_from(tmp_path: Path) -> None:
    # "1. Apologies for absence . Received from A and B.": the label ends its own sentence, the next says from whom
    record = extract_page(tmp_path, "Friends of the Park\n\nMinutes of Committee meeting held on Wednesday 7th March 2012.\n\n"
                          "Present. Norman Trent. Sue Brittan. Helen Noakes.\n\n"
                          "1. Apologies for absence . Received from Allan Stobart and Nicky Crone.\n\n"
                          "2. Minutes of last meeting\nAgreed as a true record .\n")
    assert [p.name for p in record.attendees] == ["Norman Trent", "Sue Brittan", "Helen Noakes"]
    assert [p.name for p in record.apologies] == ["Allan Stobart", "Nicky Crone"]


def test_an_apologies_item_that_also_approves_the_absence(tmp_path: Path) -> None:
    # "8. Apologies and Approval of Absence" (or "Acceptance of Reasons for Absence"): the names below are the apologies
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 10 May 2016\n"
                          "Present: Councillors Winter (Chair), Pegg, Moore, Newland\n"
                          "8. Apologies and Approval of Absence\nCllr Hodder\n"
                          "9. Declarations of Interest\nNone.\n")
    assert [p.name for p in record.attendees] == ["Winter", "Pegg", "Moore", "Newland"]
    assert [p.name for p in record.apologies] == ["Hodder"]


def test_marks_after_members_names_read_by_a_denotes_key(tmp_path: Path) -> None:
    # a governors' membership list with a mark after each absent member and the key below it:
    # "+Denotes absence and apologies accepted", "*Denotes absence from the meeting" (absent: with the apologies)
    record = extract_page(tmp_path, "Minutes of the Governing Board Meeting held on Thursday, 2nd July, 2015, at 6.00 pm\n"
                          "Parent Governors: (2)\nMaria Bellamy (MB) +\nDavid Croft (DC)\nStaff Governors: (2)\n"
                          "Colin Barker (CB) – Head teacher (ex-officio)\nVera Curtis (VC) – Assistant Head teacher\n"
                          "Foundation Governors: (3)\nJohn Anstey (JA)\nEllen Corby (EC) – Vice Chair*\nBridget Mahon (BM) +\n"
                          "*Denotes absence from the meeting\n+Denotes absence and apologies accepted\n"
                          "1.1 The Chair opened the meeting and welcomed everyone.\n")
    assert sorted(p.name for p in record.apologies) == ["Bridget Mahon", "Ellen Corby", "Maria Bellamy"]
    assert not {"Bridget Mahon", "Ellen Corby", "Maria Bellamy"} & {p.name for p in record.attendees}


def test_a_religious_sisters_title(tmp_path: Path) -> None:
    # "Sr." (Sister) before a foundation governor's name is a title, not part of the name, as "Rev" and "Fr" are
    record = extract_page(tmp_path, "Minutes of the Governing Board Meeting held on Thursday, 2nd July, 2015\n"
                          "Present: Fr. Tom Nolan (Chair), Sr. Ellen Corby, Sister Mary Quinn, Mrs Jo Dale\n"
                          "1. Apologies: None.\n")
    assert [p.name for p in record.attendees] == ["Tom Nolan", "Ellen Corby", "Mary Quinn", "Jo Dale"]


def test_an_apologies_label_with_a_semicolon_and_had_been_received_from(tmp_path: Path) -> None:
    # "Apologies; had been received from Cllr. X and Cllr. Y.": semicolons for colons, the verb after the label
    record = extract_page(tmp_path, "Parish Council\nMinutes of a meeting held on 22nd September 2021\n"
                          "Present; Cllr. R. Gore. Cllr. S. Farrow, Cllr. C. Cook\n"
                          "Apologies; had been received from Cllr. C. Hunt and Cllr. D. Forde.\n"
                          "20/21 Minutes of meeting held on 22nd July these had been circulated, they were approved\n")
    assert [p.name for p in record.attendees] == ["R. Gore", "S. Farrow", "C. Cook"]
    assert [p.name for p in record.apologies] == ["C. Hunt", "D. Forde"]
    assert not record.warnings or all("apologies" not in w for w in record.warnings)


def test_a_councillor_elected_chair_for_the_meeting_was_there(tmp_path: Path) -> None:
    # "In the absence of the Chairman, Councillor X was elected as chair for the meeting": X chaired, so X was present
    record = extract_page(tmp_path, "Minutes of the meeting of the Parish Council held on 10 May 2022\n\n"
                          "Present: Cllr Tom Rudd, Cllr Jo Kemp\n\n"
                          "1. In the absence of the Chairman, Councillor Ray Dunn was elected as chair for the meeting.\n\n"
                          "2. Minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Tom Rudd", "Jo Kemp", "Ray Dunn"]


def test_the_clerk_after_the_councillors_full_stop_with_a_count_of_the_public(tmp_path) -> None:
    """(after b25's first sight) "... and Dave Swan. Jan Rowe Parish Clerk and three members of the public": the
    sentence after the list names the clerk; the count of the public is no one, and no reason to stop."""
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 21 September 2021\n\n"
                          "Present: Councillors Rita Adams, John Bloom and Dave Swan. Jan Rowe Parish Clerk and three "
                          "members of the public\n\n2. Apologies – none.\n\n3. Footpaths\n\nClerk to contact the county "
                          "council about the stile.\n")
    assert [(p.name, p.role) for p in record.attendees][-1] == ("Jan Rowe", "Parish Clerk")
    assert [a.owners for a in record.actions] == [["Jan Rowe"]]


def test_honours_after_a_name_are_not_part_of_it(tmp_path) -> None:
    """(after b25's first sight) "Cllr Norma Stone O.B.E (Chair)", "Mr Tom Hale MBE JP": the honours are no name."""
    record = extract_page(tmp_path, "Minutes of the Police and Crime Panel held on 19 September 2017\n\nPresent:\n"
                          "Cllr Norma Stone O.B.E (Chair), Cllr Carl Rook (Vice-Chair), Mr Tom Hale MBE JP, Cllr Ian Jeff\n\n"
                          "2. Apologies – none.\n")
    assert [p.name for p in record.attendees] == ["Norma Stone", "Carl Rook", "Tom Hale", "Ian Jeff"]
