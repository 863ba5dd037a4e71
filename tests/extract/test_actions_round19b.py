"""Action logs, action labels and owners, round 19b: made-up pages in the general shapes of real minutes (owners
written as an initial and a surname), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

_ASSOCIATION = ("Fernbrook Residents' Association\nMinutes of the committee meeting held on 4 March 2024\n"
                "Present: Alma Thurgood (Chair), Bridie Hallam (Secretary), Conal Pettifer, Delia Ormerod\n\n"
                "1. Litter pick\nThe spring litter pick was discussed.\n\n"
                "ACTIONS\n{actions}\n\nNext meeting: 8 April 2024\n")


def _tasks(tmp_path: Path, actions: str) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, _ASSOCIATION.format(actions=actions))
    return [(a.owners, a.text) for a in record.actions]


def test_an_initial_and_surname_before_a_dash_is_the_attendee(tmp_path: Path) -> None:
    """"C Pettifer – recruit volunteers" in an action list, where the attendance list gives "Conal Pettifer": the
    owner is that person (with a stop after the initial or without, run into the surname or not), and the list's
    later entries are read too."""
    for who in ("C Pettifer", "C. Pettifer", "C.Pettifer"):
        assert _tasks(tmp_path, f"1. {who} – recruit volunteers\n2. Chair – contact the ward councillors") == [
            (["Conal Pettifer"], "Recruit volunteers"), (["Alma Thurgood"], "Contact the ward councillors")]
    assert _tasks(tmp_path, "1. C Pettifer / D. Ormerod – recruit volunteers\n2. Secretary – book the hall") == [
        (["Conal Pettifer", "Delia Ormerod"], "Recruit volunteers"), (["Bridie Hallam"], "Book the hall")]


def test_an_initial_that_fits_no_one_with_the_surname_is_no_owner(tmp_path: Path) -> None:
    """A near miss: an initial and surname that fit nobody present ("K Pettifer") name no one of the meeting: no
    owner is made up from it."""
    tasks = _tasks(tmp_path, "1. K Pettifer – recruit volunteers\n2. Chair – contact the ward councillors")
    assert all(owners != ["Conal Pettifer"] for owners, _ in tasks)
