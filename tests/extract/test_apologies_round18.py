"""Apologies and absence shapes still missed across the whole corpus (round 18), each written as a made-up page in a
general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_surname_among_the_apologies_is_the_attendee_of_that_surname(tmp_path: Path) -> None:
    # the attendance list wins: "Councillor Penhallow" read from a later item, or an apology "A Farrowby" for lateness,
    # is the one attendee of that surname, whose first name or initial (if given) agrees
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Councillor T Brackwell (Chair), Councillor H Quennock, Councillor O Penhallow, "
                          "Councillor Agnes Farrowby.\n\n"
                          "25/31 Apologies: Councillor W Marrowgate, Councillor Penhallow (for lateness), A Farrowby.\n\n"
                          "25/32 Declarations of interest: none.\n")
    assert [p.name for p in record.apologies] == ["W Marrowgate"]
    assert [p.name for p in record.attendees] == ["T Brackwell", "H Quennock", "O Penhallow", "Agnes Farrowby"]


def test_an_apology_keeps_a_first_name_the_attendee_of_that_surname_lacks_or_contradicts(tmp_path: Path) -> None:
    # near misses: "Sue Nicholls" (a county councillor) beside the town councillor "Nicholls"; "John Dines" beside "Jim
    # Dines"; "Davidson" where two attendees share the surname: each stays among the apologies
    record = extract_page(tmp_path, "Minutes of Ashcombe Town Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Cllrs Laxton, Nicholls, Orrin.\n\n"
                          "Apologies: Mrs. Sue Nicholls CC.\n\n"
                          "1. Minutes of the last meeting were approved.\n")
    assert [p.name for p in record.apologies] == ["Sue Nicholls"]
    record = extract_page(tmp_path, "Minutes of the Harbour Board held on 3 March 2025\n\n"
                          "Present: Jim Dines, Trish Quarry, Andrew Quarry, Lena Ostrow.\n\n"
                          "Apologies: John Dines, Mr Quarry.\n\n"
                          "1. Minutes of the last meeting were approved.\n")
    assert [p.name for p in record.apologies] == ["John Dines", "Quarry"]
