"""Attendance blocks read short on the whole corpus (round 18), each written as a made-up page in a general shape
of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_one_word_ward_hyphened_to_each_name_that_recurs_in_the_list(tmp_path: Path) -> None:
    # a council's sederunt: each member with the ward after a hyphen typed against the name; a ward of one word
    # ("-Marsh") is no second part of a surname when other members of the same list sit for it too
    record = extract_page(tmp_path, "Westmere Council Minutes\n\nDate:\nThursday 4 June 2026\n\n"
                          "Members:\n"
                          "Orla Brantwick (Depute Leader)-Quenbury and Fellside\n"
                          "Tobin Quarvell-Marsh\n"
                          "Fenna Ashmoor-Upper Dunnerdale\n"
                          "Darcy Pellowen-Marsh\n"
                          "Simon Keldworth-Upper Dunnerdale\n"
                          "Tessa Yarnbury-Holm\n"
                          "Piran Tolver-Holm\n"
                          "Lowri Pengelly-Quenbury and Fellside\n"
                          "Apologies:\n"
                          "Ivo Treganna - Marsh\n\n"
                          "1 SEDERUNT AND APOLOGIES\n\nThe Depute Leader welcomed members.\n")
    assert [p.name for p in record.attendees] == ["Orla Brantwick", "Tobin Quarvell", "Fenna Ashmoor", "Darcy Pellowen",
                                                  "Simon Keldworth", "Tessa Yarnbury", "Piran Tolver", "Lowri Pengelly"]
    assert [p.name for p in record.apologies] == ["Ivo Treganna"]


def test_a_double_barrelled_surname_in_a_hyphened_list_stays_whole(tmp_path: Path) -> None:
    # near miss: in the same layout a surname's second part after a hyphen appears once: a surname, not a ward
    record = extract_page(tmp_path, "Westmere Council Minutes\n\nDate:\nThursday 4 June 2026\n\n"
                          "Members:\n"
                          "Orla Brantwick-Quenbury and Fellside\n"
                          "Tobin Quarvell-Jones\n"
                          "Fenna Ashmoor-Upper Dunnerdale\n"
                          "Darcy Pellowen-Upper Dunnerdale\n\n"
                          "1 SEDERUNT AND APOLOGIES\n\nThe Leader welcomed members.\n")
    assert [p.name for p in record.attendees] == ["Orla Brantwick", "Tobin Quarvell-Jones", "Fenna Ashmoor",
                                                  "Darcy Pellowen"]


def test_a_tables_column_headings_and_absence_key_between_the_label_and_the_names(tmp_path: Path) -> None:
    # an attendance table flattened into one line: the label, the key of its empty absence column, the column
    # headings, then each titled name with its initials and its category, no punctuation
    record = extract_page(tmp_path, "Minutes of the Academy Board meeting held on Monday 13th April 2026 at 5pm.\n\n"
                          "In Attendance A = Absent Staff / In attendance Initial Category Mr D Brantwick DB Executive "
                          "Principal Mrs T Quarvell TQ Academy Director Mr F Ashmoor FA Clerk to the Governors\n\n"
                          "1. Apologies for absence\n\nNo apologies for absence were received.\n")
    assert [p.name for p in record.attendees] == ["D Brantwick", "T Quarvell", "F Ashmoor"]
    assert record.apologies == []


def test_column_headings_after_a_label_with_a_colon_are_no_name(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Academy Board meeting held on Monday 13th April 2026 at 5pm.\n\n"
                          "Present: Name Initial Category Mrs C Pellowen CP Parent Governor Dr L Onslow LO Appointed "
                          "Governor Mr P Kettering PK Parent Governor\n\n"
                          "1. Apologies for absence\n\nNone.\n")
    assert [p.name for p in record.attendees] == ["C Pellowen", "L Onslow", "P Kettering"]


def test_a_staff_heading_before_titled_names_is_left_as_it_was(tmp_path: Path) -> None:
    # near miss: no column heading (no "Name", "Initial", "Category", no key): the line is read as before
    record = extract_page(tmp_path, "Minutes of the Academy Board meeting held on Monday 13th April 2026 at 5pm.\n\n"
                          "In Attendance Mr D Brantwick DB Executive Principal Mrs T Quarvell TQ Academy Director\n\n"
                          "1. Apologies for absence\n\nNone.\n")
    assert [p.name for p in record.attendees] == ["D Brantwick", "T Quarvell"]


def test_the_apologies_column_run_on_after_the_present_column_with_no_separator(tmp_path: Path) -> None:
    # a "Present | Apologies" table flattened into a run-on paragraph: both headings first, then the present column
    # (names set apart by commas), then the apologies' column run on with no separator
    record = extract_page(tmp_path, "Village Forum Minutes of the Meeting held on Tuesday 3rd March 2026 at the Village "
                          "Hall at 11.00 am Present Apologies Orla Brantwick, Tobin Quarvell, Fenna Ashmoor, Darcy "
                          "Pellowen Dr S Keldworth Item 2 The minutes were approved. Item 3 Matters arising. The group "
                          "discussed the newsletter and the open day.\n")
    assert [p.name for p in record.attendees] == ["Orla Brantwick", "Tobin Quarvell", "Fenna Ashmoor", "Darcy Pellowen"]
    assert [p.name for p in record.apologies] == ["S Keldworth"]


def test_two_apologies_run_on_after_the_present_column_headings_in_capitals(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Village Forum Minutes of the Meeting held on Tuesday 3rd March 2026 at the Village "
                          "Hall at 11.00 am PRESENT APOLOGIES Orla Brantwick, Tobin Quarvell, Fenna Ashmoor, Darcy "
                          "Pellowen Simon Keldworth, Tessa Yarnbury 2. MINUTES The minutes were approved. Item 3 Matters "
                          "arising. The group discussed the newsletter and the open day.\n")
    assert [p.name for p in record.attendees] == ["Orla Brantwick", "Tobin Quarvell", "Fenna Ashmoor", "Darcy Pellowen"]
    assert [p.name for p in record.apologies] == ["Simon Keldworth", "Tessa Yarnbury"]


def test_a_middle_initial_a_after_a_known_first_name_is_no_article(tmp_path: Path) -> None:
    # "A" between a first name and a surname is the middle initial, as "H" is
    record = extract_page(tmp_path, "Westmere Council Minutes\n\nDate:\nThursday 4 June 2026\n\n"
                          "Members:\nTom A Quarvell\nJim H Brantwick\nFenna Ashmoor\n\n"
                          "Apologies:\nIvor A Keldworth\n\n"
                          "1 SEDERUNT AND APOLOGIES\n\nThe Leader welcomed members.\n")
    assert [p.name for p in record.attendees] == ["Tom A Quarvell", "Jim H Brantwick", "Fenna Ashmoor"]
    assert [p.name for p in record.apologies] == ["Ivor A Keldworth"]
