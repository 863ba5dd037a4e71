"""Apologies and absence shapes still missed across the whole corpus (round 20), each written as a made-up page in a
general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_surname_with_its_particle_typed_against_it_is_a_name(tmp_path: Path) -> None:
    # "Cllr vanTollmarsh", "Mrs deVere": the space after "van", "de", "den" lost, the surname's capital kept
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Cllr T Brackwell (Chair), Cllr H Quennock.\n\n"
                          "25/31 Apologies Cllr Marrowgate (W), Cllr vanTollmarsh (H), Cllr Orrin (H)\n\n"
                          "25/32 Declarations of interest: none.\n")
    assert [p.name for p in record.apologies] == ["Marrowgate", "vanTollmarsh", "Orrin"]


def test_a_lower_case_word_glued_to_a_capital_that_is_no_particle_is_no_name(tmp_path: Path) -> None:
    # near miss: a brand's or device's lower-case letter before a capital ("eBay", "iPad") is not a surname's particle
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Cllr T Brackwell (Chair), Cllr H Quennock.\n\n"
                          "25/31 Apologies Cllr Marrowgate (W), Cllr iPadmore (H)\n\n"
                          "25/32 Declarations of interest: none.\n")
    assert [p.name for p in record.apologies] == ["Marrowgate"]
