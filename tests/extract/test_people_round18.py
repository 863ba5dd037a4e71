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
