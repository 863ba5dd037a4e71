"""Attendance shapes met in minutes nobody tuned for (round 5), each written as a made-up page in a
general shape of English minutes, not copied from a corpus document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

HEAD = "MINUTES OF THE MEETING OF THE PARISH COUNCIL held on Tuesday 3 March 2021 at 7.30 pm\n"


def test_a_list_wrapped_inside_a_name_and_a_titled_sentence_that_goes_on_with_the_list(tmp_path: Path) -> None:
    # the text wraps after "D Fenwick" and after an initial ("K" / "Dunmore Esq.,"); the apologies go on
    # after their first group's name ("..., Elected Members. Cllr M Fife, ...")
    record = extract_page(tmp_path, HEAD + "PRESENT\n"
                          "A Marsh Esq., B Hollis Esq., C Yardley Esq., D Fenwick\n"
                          "Esq., E Sproat Esq. and F Quaile Esq.\n"
                          "12. APOLOGIES FOR ABSENCE\n"
                          "Apologies were received from G Ansell Esq., H Brock Esq., J Carver Esq., K\n"
                          "Dunmore Esq., and L Eyre Esq., Elected Members. Cllr M Fife, Cllr N Gower and\n"
                          "Cllr P Hale, Appointed Members.\n"
                          "13. MINUTES\nThe minutes of the last meeting were signed.\n")
    assert [p.name for p in record.attendees] == ["A Marsh", "B Hollis", "C Yardley", "D Fenwick", "E Sproat", "F Quaile"]
    assert [p.name for p in record.apologies] == ["G Ansell", "H Brock", "J Carver", "K Dunmore", "L Eyre",
                                                  "M Fife", "N Gower", "P Hale"]
