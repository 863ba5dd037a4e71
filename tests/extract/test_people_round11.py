"""Attendance shapes met on new real pages and on b28/b29 (round 11's probe lots), each written as a made-up page
in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_apologies_these_were_received_from_under_the_label(tmp_path: Path) -> None:
    # the label on a line of its own, its sentence below opening with a pronoun: "These were received from A, B & C."
    record = extract_page(tmp_path, "Minutes of the Bowls Club Committee meeting held on 4 May 2021\n\n"
                          "Present\nT.Orme, K.Vesey, D.Lumb\n\n"
                          "Apologies for Absence\n"
                          "These were received from Gareth Pollin, Ivy Stannard & Rex Stannard. Gareth had advised that he was "
                          "recovering from an operation and would miss the next meetings.\n\n"
                          "Minutes of the last meeting\nThese were accepted as a true record.\n")
    assert [p.name for p in record.apologies] == ["Gareth Pollin", "Ivy Stannard", "Rex Stannard"]
    assert not any("apologies" in w for w in record.warnings)


def test_a_resignation_after_the_apologies_is_no_apology(tmp_path: Path) -> None:
    # "Resignation: X" after the apologies (on its own line, or run on after the names): X left the body, not the meeting
    record = extract_page(tmp_path, "Minutes of the Flood Group meeting held on 4 May 2021\n\n"
                          "Present: Ann Lowther, Bob Marsden, Carl Dunstan\n\n"
                          "Apologies: Jo Bleasdale Resignation: Alan Corrie from the Flood Group.\n\n"
                          "1. Minutes\nAgreed.\n")
    assert [p.name for p in record.apologies] == ["Jo Bleasdale"]
    record = extract_page(tmp_path, "Minutes of the Flood Group meeting held on 4 May 2021\n\n"
                          "Present: Ann Lowther, Bob Marsden, Carl Dunstan\n\n"
                          "Apologies\nJo Bleasdale\nResignations\nAlan Corrie\n\n"
                          "1. Minutes\nAgreed.\n")
    assert [p.name for p in record.apologies] == ["Jo Bleasdale"]


def test_absence_told_in_running_text(tmp_path: Path) -> None:
    # "were not able to be present", "were both on holiday", "was unwell": absent, as "was unable to attend" is
    record = extract_page(tmp_path, "Minutes of the Steering Committee meeting held on 4 May 2021\n\n"
                          "Present: Ann Lowther, Bob Marsden, Carl Dunstan\n\n"
                          "Cllr Dee Fenwick and Cllr Gil Hartley were both on holiday. Ian Jolley was unwell. Kay Lundy and "
                          "Mo Nashe were not able to be present.\n\n"
                          "1. Minutes\nAgreed.\n")
    assert [p.name for p in record.attendees] == ["Ann Lowther", "Bob Marsden", "Carl Dunstan"]
    assert [p.name for p in record.apologies] == ["Dee Fenwick", "Gil Hartley", "Ian Jolley", "Kay Lundy", "Mo Nashe"]


def test_an_unlabelled_list_with_a_first_name_alone_among_full_names(tmp_path: Path) -> None:
    # no label after the heading, and one member written by a first name with a note glued on ("Butch(later)")
    record = extract_page(tmp_path, "Minutes of the Committee Meeting of the Old Wanderers RUFC held at 8.10pm Tuesday 17th March 2009.\n"
                          "Ian Armley, Graeme Greenhalgh, Alan Crumpton, John Bracegirdle, Owen Walkden, Rocky(later)\n"
                          "Apologies; Simon Leake, Julian Rhodd,\n"
                          "Minutes of Previous Meeting; Accepted.\n")
    assert [p.name for p in record.attendees][:5] == ["Ian Armley", "Graeme Greenhalgh", "Alan Crumpton", "John Bracegirdle",
                                                      "Owen Walkden"]
    assert [p.name for p in record.apologies] == ["Simon Leake", "Julian Rhodd"]


def test_initials_with_stops_and_no_closing_stop(tmp_path: Path) -> None:
    # a club's register by initials: "S.B, J.W", "M.C.L" (a stop between the letters, none after the last)
    record = extract_page(tmp_path, "Minutes of the Club meeting held on 4 May 2021\n\n"
                          "1. Apologies For Absence - S.B, J.W, J.C, A.S\nIn attendance C.D, M.C.L, A.L, D.H\n\n"
                          "2. Minutes\nAgreed.\n")
    assert [p.name for p in record.attendees] == ["C.D", "M.C.L", "A.L", "D.H"]
    assert [p.name for p in record.apologies] == ["S.B", "J.W", "J.C", "A.S"]


def test_a_middle_initial_between_first_name_and_surname(tmp_path: Path) -> None:
    # "James E. Niemeyer" in running text: one person (not "E. Niemeyer"), and the initial's stop ends no sentence
    record = extract_page(tmp_path, "MINUTES\n\nCOUNTY DRAINAGE BOARD\n\nAUGUST 8, 2007\n\n"
                          "The Drainage Board met in regular session, also in attendance were Donald Wilmott, Secretary, "
                          "James E. Norcross, Surveyor and David K. Zelling, attorney for the Board.\n\n"
                          "Also present was Sean M. Orrell, Deputy Surveyor.\n\n"
                          "APPROVAL OF MINUTES:\nThe minutes were approved.\n")
    assert [p.name for p in record.attendees] == ["Donald Wilmott", "James E. Norcross", "David K. Zelling", "Sean M. Orrell"]


def test_trustees_present_and_participating_and_excused(tmp_path: Path) -> None:
    # a US board's labels: "Residential Trustees present and participating:", "Excused:" (the apologies)
    record = extract_page(tmp_path, "Minutes of the Board of Trustees Meeting\n\nThursday, August 30, 2007\n\n"
                          "Residential Trustees present and participating: Norma Selby, Sandra Lee Starr, and John Patten\n\n"
                          "Commercial Trustees present and participating: Donna Bowes, Jonathan Dunne.\n\n"
                          "Excused: Mike Gravett\n\n"
                          "Approval of Previous Minutes\nThe Minutes were unanimously approved.\n")
    assert [p.name for p in record.attendees] == ["Norma Selby", "Sandra Lee Starr", "John Patten", "Donna Bowes", "Jonathan Dunne"]
    assert [p.name for p in record.apologies] == ["Mike Gravett"]


def test_a_present_label_glued_inside_the_apologies_item(tmp_path: Path) -> None:
    # "2. Acceptance of Apologies: There were no apologies.Present Councillors A, B ...": a short item paragraph whose
    # second sentence is the attendance, its label glued to the full stop
    record = extract_page(tmp_path, "Minutes of the Parish Council Meeting held on 7 March 2017\n\n"
                          "1.    Chairman's welcome.\n\n"
                          "2.    Acceptance of Apologies: There were no apologies.Present Councillors Tonkin, Davey, Mayhew, "
                          "Burgin and Penrose.\n\n"
                          "3.    Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Tonkin", "Davey", "Mayhew", "Burgin", "Penrose"]
    assert not record.apologies


def test_a_resignation_letter_in_a_flattened_apologies_run(tmp_path: Path) -> None:
    # a page flattened into one paragraph: "Present : A, B, C," (a space before the colon), then "Apologies for absence:
    # D, Cllr E, A letter of resignation had also been received by email from Cllr F." (F resigned: no apology), and
    # "Cllr C offered to chair" names C again by the surname alone (one person)
    record = extract_page(tmp_path, "CRAIGLEA COMMUNITY COUNCIL Minutes of the Annual Meeting 9th May 2019 at 7pm Crossways Community "
                          "Centre Present : Karen Hammond, Phillip Knowle, Mike Philpott, Although attending the Vice-Chair was "
                          "unable to chair the meeting, Cllr Philpott offered to chair – this was accepted by all. 1. Welcome by "
                          "the Chairman: MP thanked everyone for attending and opened the meeting at 7pm 2. Apologies for absence: "
                          "Derek Pryce, Cllr Martin Wheale, A letter of resignation had also been received by email from Cllr Peter "
                          "Greaves. The clerk advised that DP had sent a reply of thanks, this was agreed by all. 3. Matters of "
                          "Interest on Agenda as per Code of Conduct – None declared.\n")
    assert [p.name for p in record.attendees] == ["Karen Hammond", "Phillip Knowle", "Mike Philpott"]
    assert [p.name for p in record.apologies] == ["Derek Pryce", "Martin Wheale"]


def test_those_members_present_were_as_follows(tmp_path: Path) -> None:
    # "Those members present were as follows:" is a label; the names after it, semicolons between, posts after commas
    record = extract_page(tmp_path, "Minutes of the Drainage Board held on 6 February 2007\n\n"
                          "Those members present were as follows: Commissioner Phil Bayne, Chairman; Deanna Durrant, Member; "
                          "and Secretary Lori Dossor.\n\n"
                          "Also present: Wade Bennet; Rob Durrant.\n\n"
                          "1. Minutes\nApproved.\n")
    assert [p.name for p in record.attendees] == ["Phil Bayne", "Deanna Durrant", "Lori Dossor", "Wade Bennet", "Rob Durrant"]


def test_presiding_minute_taker_and_audience_in_running_text(tmp_path: Path) -> None:
    # a US board's narrative: "with President X presiding", "Minutes were recorded and transcribed by Y", "Present in
    # the audience were A, B and C": each was there
    record = extract_page(tmp_path, "MINUTES\n\nCOUNTY DRAINAGE BOARD\n\nAUGUST 8, 2007\n\n"
                          "The Drainage Board met in regular session with President Phillip Baxley presiding.\n\n"
                          "Minutes were recorded and transcribed by Cheryl Embury.\n\n"
                          "Present in the audience were Krista Lockwood, Rodney Unwin and Sheila Lacey.\n\n"
                          "APPROVAL OF MINUTES:\nThe minutes were approved.\n")
    assert [p.name for p in record.attendees] == ["Phillip Baxley", "Cheryl Embury", "Krista Lockwood", "Rodney Unwin", "Sheila Lacey"]
