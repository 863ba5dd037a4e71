"""Tasks in running text and their owners, round 14a: made-up pages in the general shapes of real minutes
(parish councils, partnership boards), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def _tasks(tmp_path: Path, text: str) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, text + "\n")
    return [(a.owners, a.text) for a in record.actions]


def test_the_clerk_is_the_town_clerk_not_the_assistant_town_clerk(tmp_path: Path) -> None:
    """"the Clerk" is the holder named as (Town) Clerk, never the one recorded as "Assistant Town Clerk" or
    "Deputy Parish Clerk" (a qualifier between the subordinate word and the role does not make it the Clerk)."""
    text = ("Town Clerk: Brona Maskelyne, The Guildhall, Market Street\n\n"
            "Minutes of the Town Council meeting held on 4 June 2019\n\n"
            "Present: Cllr Dora Pellingham (Mayor), Cllr Aldo Trevethan, Cllr Nessa Quillfoot, "
            "Idris Fothergale (Assistant Town Clerk)\n\n"
            "5. Traffic\n\nIt was resolved for the Clerk to write to the Police about the speed of traffic.")
    assert _tasks(tmp_path, text) == [(["Brona Maskelyne"], "the Clerk to write to the Police about the speed of traffic.")]


def test_a_clerk_named_after_a_hyphen_run_into_the_role(tmp_path: Path) -> None:
    """"Parish Clerk- Jane Roe": a hyphen run into the role and followed by a space is a dash naming its holder,
    as "Parish Clerk - Jane Roe" is (a hyphen run into a word, "Clerk-elect", is not)."""
    text = ("Minutes of the Parish Council meeting held on 13 July 2016\n\n"
            "Present Councillors- P Ormesby (Chair), T Wendlebury, G Haskayne.\n\n"
            "Parish Clerk- R Tuppenhall\n\n"
            "6. Planning\n\n16/00123/FUL Erection of a garage. Objection to application, Clerk to send a letter to planning.")
    assert _tasks(tmp_path, text) == [(["R Tuppenhall"], "Clerk to send a letter to planning.")]

