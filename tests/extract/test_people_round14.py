"""Attendance shapes met on b34/b35 and new real pages (round 14), each written as a made-up page in a general
shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_flattened_attendee_table_under_a_singular_column_heading(tmp_path: Path) -> None:
    # an "ATTENDEE | REPRESENTING" table flattened into one run of text: the singular column heading labels the
    # run as "ATTENDEES" does, and each name is read out of the run of names and whom they represent
    record = extract_page(tmp_path, "COMMUNITY SAFETY FORUM MEETING TUESDAY 4TH MARCH 2025 AT 7.00 PM M I N U T E S "
                          "ATTENDEE REPRESENTING RQ Rosalind Quenby Chair, Upper Brackwell Residents "
                          "TV Tobias Varnell Treasurer & Glebe Lane Residents Cllr Hester Pawsey Brackwell Ward "
                          "Norbert Ellacott Neighbourhood Watch Co-ordinator Glebe Lane "
                          "Marian Tollemy Friends of the Common\n\n"
                          "1. WELCOME\nThe Chair welcomed everyone to the meeting.\n")
    assert [p.name for p in record.attendees] == ["Rosalind Quenby", "Tobias Varnell", "Hester Pawsey",
                                                  "Norbert Ellacott", "Marian Tollemy"]


def test_a_board_attendees_label(tmp_path: Path) -> None:
    # "Board Attendees:" heads the members' list as "Attendees:" does (and the list under "AlsoPresent:", the space
    # lost in the PDF's text, follows it)
    record = extract_page(tmp_path, "Harbour Partnership Board\nMINUTES OF MEETING HELD ON TUESDAY 3 FEBRUARY 2026\n"
                          "Board Attendees:\nOlwen Tradgett (OT) - Chair\nBarnaby Pellew (BP)\nCressida Mawle (CM)\n"
                          "AlsoPresent:\nFenella Quarrie (FQ)\nTorquil Ansty (TA)\n"
                          "Apologies:\nIsadora Penhale\n\n1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Olwen Tradgett", "Barnaby Pellew", "Cressida Mawle",
                                                  "Fenella Quarrie", "Torquil Ansty"]
    assert [p.name for p in record.apologies] == ["Isadora Penhale"]


def test_a_surname_that_is_also_a_common_word_after_a_known_first_name(tmp_path: Path) -> None:
    # "Page" ends a name where it is a word of the page ("Minutes Page 3"), but after a known first name, the whole
    # of the entry's name before its initials, it is the surname
    record = extract_page(tmp_path, "Harbour Partnership Board\nMINUTES OF MEETING HELD ON TUESDAY 3 FEBRUARY 2026\n"
                          "Present:\nRupert Page (RP) - Chair\nBarnaby Pellew (BP)\nCressida Mawle (CM)\n\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Rupert Page", "Barnaby Pellew", "Cressida Mawle"]


def test_a_group_heading_in_parentheses_glued_to_the_titled_names_after_it(tmp_path: Path) -> None:
    # "(Officials)Mr A, Post" under "In attendance: (Councillors)": the group's heading in parentheses, the PDF's text
    # joining it to the first name, is no note on the line above: the officials after it attend too
    record = extract_page(tmp_path, "DISTRICT COUNCIL\nMinutes of Council Meeting held on Monday 2 March 2026 at 6pm\n___\n"
                          "In the Chair: Councillor R Quillan\nIn attendance: (Councillors)\n"
                          "Councillor T Abery Councillor R BoskellCouncillor P Cradick Councillor C Dunmow\n"
                          "(Officials)Mr L Garrowby, Chief ExecutiveMrs D Halsey, Director of Corporate Services"
                          "Miss S Ivesley, Democratic Services Officer\n"
                          "C/10/2026 APOLOGIES\nApologies were received from Councillors Edevane and Farrow.\n")
    assert [p.name for p in record.attendees] == ["R Quillan", "T Abery", "R Boskell", "P Cradick", "C Dunmow",
                                                  "L Garrowby", "D Halsey", "S Ivesley"]
    assert [p.name for p in record.apologies] == ["Edevane", "Farrow"]


def test_who_reports_an_absence_is_not_absent(tmp_path: Path) -> None:
    # "Councillor A noted that Councillors B and C were absent ...": the absent are the clause's subject after "that",
    # not the councillor who reported it
    record = extract_page(tmp_path, "Council meeting 3 March 2022\n\nApologies\n\n"
                          "Apologies for absence were received from Councillor Wystan Brackley.\n\n"
                          "Councillor Orrell noted that Councillors Pennock and Quayle were absent due to illness.\n\n"
                          "2. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.apologies] == ["Wystan Brackley", "Pennock", "Quayle"]


def test_a_numbered_attendance_heading_before_its_numbered_sub_items(tmp_path: Path) -> None:
    # "1.1 Attendance 1.1.1 Councillors A (AB), ... 1.1.2 Others ... 1.1.3 Apologies ...": an item's numbered sub-items
    # run together in one paragraph; "Attendance" before the first sub-item's number labels those present
    record = extract_page(tmp_path, "VALLEY COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00pm, 12th May 2026\n\n"
                          "1. Welcome 1.1 Attendance 1.1.1 Community Councillors Oswin Trelawny (OT), Petra Vosburgh (PV) "
                          "and Quentin Ashdale (QA). 1.1.2 Others The public, Miriam Tallis, Minute Taker. "
                          "1.1.3 Apologies Sidney Marchbank (SM) 1.1.4 Declarations of Interest None 1.2 Chair's Statement "
                          "The Chair thanked members for attending.\n")
    assert [p.name for p in record.attendees] == ["Oswin Trelawny", "Petra Vosburgh", "Quentin Ashdale", "Miriam Tallis"]
    assert [p.name for p in record.apologies] == ["Sidney Marchbank"]
