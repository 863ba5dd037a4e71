"""Apologies and absence shapes still missed across the whole corpus (round 21), each written as a made-up page in a
general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_deacon_is_a_title_before_a_name(tmp_path: Path) -> None:
    # a church's ordained minister listed among the apologies by title, as "The Revd" and "Pastor" already are
    record = extract_page(tmp_path, "Minutes of the Circuit Meeting held on 4 March 2025 at 7.30 pm\n\n"
                          "Present: The Superintendent, 31 voting members.\n\n"
                          "Apologies: The Revd Tobin Marrish, Deacon Hester Quayle, Mr Alwyn Drabbet\n\n"
                          "1. Opening worship\n")
    assert [p.name for p in record.apologies] == ["Tobin Marrish", "Hester Quayle", "Alwyn Drabbet"]


def test_deacon_as_a_surname_stays_a_name(tmp_path: Path) -> None:
    # near miss: "Deacon" after an initial or a title is a surname, as "Ward" is
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Cllr T Brackwell (Chair), Cllr H Quennock.\n\n"
                          "Apologies: Cllr I. Deacon, Mrs P Deacon\n\n"
                          "1. Declarations of interest: none.\n")
    assert [p.name for p in record.apologies] == ["I. Deacon", "P Deacon"]


def test_deacon_after_an_initial_in_a_run_of_names_is_a_surname(tmp_path: Path) -> None:
    # near miss: in a run of names with no commas, "I. Deacon" is one person, not the next person's title
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Cllr T. Brackwell (Chair) P. Linnock I. Deacon S. Tolley H. Quennock\n\n"
                          "1. Apologies: none.\n")
    assert [(p.name, p.role) for p in record.attendees if p.name in ("I. Deacon", "S. Tolley")] == \
        [("I. Deacon", None), ("S. Tolley", None)]


def test_a_table_row_whose_label_goes_on_in_the_next_cell_lists_the_apologies(tmp_path: Path) -> None:
    # an item's row "1 | Apologies | Received from A, B and C": the label's words go on before the names, first names too
    page = ("Minutes of the Tennis Club Committee meeting held on 3 March 2025\n\n"
            "1   Apologies    Received  from {who}\n\n"
            "2   Minutes    Meeting of 4/2/25 approved and signed\n\n"
            "3   Treasurer   Gareth sent details of the accounts.\n")
    assert [p.name for p in extract_page(tmp_path, page.format(who="Corin ,Dafydd and Gareth")).apologies] == \
        ["Corin", "Dafydd", "Gareth"]
    assert [p.name for p in extract_page(tmp_path, page.format(who="Paul Askey and Owen Rhoon")).apologies] == \
        ["Paul Askey", "Owen Rhoon"]


def test_a_table_row_whose_next_cell_is_no_list_of_names_has_no_apologies(tmp_path: Path) -> None:
    # near miss: the words after the label are about something else, not whom apologies came from
    record = extract_page(tmp_path, "Minutes of the Tennis Club Committee meeting held on 3 March 2025\n\n"
                          "1   Apologies    Received for the accounts in good time\n\n"
                          "2   Minutes    Meeting of 4/2/25 approved and signed\n\n"
                          "3   Treasurer   Gareth sent details of the accounts.\n")
    assert record.apologies == []
