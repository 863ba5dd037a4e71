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
