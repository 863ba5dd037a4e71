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
