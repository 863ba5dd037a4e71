"""Apologies and absence shapes met on b38/b39 and new real pages (round 16), each written as a made-up page in a
general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_titled_surname_with_its_reason_for_absence(tmp_path: Path) -> None:
    # "To receive apologies for absence" / "Cllr Brantwood for personal reasons.": the reason after the name is no
    # prose that ends the list
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 14 October 2025 at 7.15pm\n\n"
                          "Present: Cllrs Ambrey (Chair), Quarley (Vice Chair), Penlowe, Tolliver, Harrowby\n"
                          "In attendance: The Clerk and 4 members of the public.\n\n"
                          "PC109/25 To receive apologies for absence\n"
                          "Cllr Brantwood for personal reasons.\n"
                          "PC110/25 To receive any declarations of interest\nNone.\n")
    assert [p.name for p in record.apologies] == ["Brantwood"]
    assert "Brantwood" not in [p.name for p in record.attendees]


def test_a_reason_given_as_a_prior_commitment(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Town Council meeting held on 3 March 2026\n\n"
                          "Present: Cllrs Ambrey (Mayor), Quarley, Penlowe\n\n"
                          "4. Apologies for absence\n"
                          "Cllr Fennimore due to a prior commitment\n"
                          "5. Declarations of interest\nThere were none.\n")
    assert [p.name for p in record.apologies] == ["Fennimore"]
    assert not any("apologies section" in w for w in record.warnings)


def test_an_apologies_item_numbered_in_roman_numerals(tmp_path: Path) -> None:
    # "iii) Apologies" / "Councillor R Brantwood": an item's number in roman numerals before the label
    record = extract_page(tmp_path, "Minutes of the Community Council meeting held on 10 March 2026\n\n"
                          "i) Police matters\nThe clerk will ask for the results of the speed checks.\n"
                          "iii) Apologies\nCouncillor R Brantwood\n"
                          "iv) Declaration of Interests:\nNone\n"
                          "v) Minutes of Previous Meeting\nThe Minutes were agreed.\n")
    assert [p.name for p in record.apologies] == ["R Brantwood"]


def test_an_apology_had_been_received_after_the_items_label(tmp_path: Path) -> None:
    # "ITEM 2 APOLOGIES. An apology had been received from Cllr X.": the label's sentence goes on after its full stop
    # (the label's section reads the name with its initials glued on, which the prose reader does not)
    record = extract_page(tmp_path, "MINUTES OF THE PARISH COUNCIL MEETING HELD ON 9 JUNE 2025\n\n"
                          "ITEM 1 ELECTION OF CHAIRMAN. Cllr Quarley was elected. There were six members present.\n"
                          "ITEM 2 APOLOGIES. An apology had been received from Cllr P.J.Morwick..\n"
                          "ITEM 3 MINUTES OF THE MAY MEETING. Proposed, seconded, agreed as a correct record.\n")
    assert [p.name for p in record.apologies] == ["P.J.Morwick"]


def test_apologies_accepted_in_the_possessive_after_two_surnames(tmp_path: Path) -> None:
    # "The Council accepted Cllrs A and B’s apologies.": B's possessive is no part of B's name, so B is not read twice
    record = extract_page(tmp_path, "Minutes of the Meeting of the Parish Council held on Wednesday 20 September 2026\n"
                          "Present: Cllr Wenna Rosscarrock (Vice-Chairman), Cllr Piers Aldwinkle In attendance: Mrs Ida Fenwold "
                          "(Parish Clerk) Apologies: Cllr Eudora Blakeney-Holt, Cllr Osmund Trevarrow (Chairman)\n"
                          "1. Apologies for absence – to receive apologies The Council accepted Cllrs Blakeney-Holt and "
                          "Trevarrow’s apologies.\n2. Declarations of interest There were none.\n")
    assert [p.name for p in record.apologies] == ["Eudora Blakeney-Holt", "Osmund Trevarrow"]
