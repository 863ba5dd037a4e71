"""Shapes the held-out batches b40 and b41 missed at first sight (their rows kept as scored), each written as a
made-up page in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_resolution_directing_a_named_member_to_act_is_an_action(tmp_path: Path) -> None:
    # "Resolved: X is to ask ...": the resolution directs the member, as "X is to ask ..." alone does
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on Tuesday 6 October 2020 at 7.30pm\n\n"
                          "Present: Councillor Mrs Tamsin Orley (Chair), Councillor Bevan Quiller, Councillor Mrs Nadia "
                          "Ferrant\n\n4. Footpaths\nThe stile on the lower field path is broken.\nResolved: Councillor "
                          "Mrs Ferrant is to ask the county council to repair the stile.\n5. Verges\nResolved: that the "
                          "report be noted.\n")
    actions = [(a.owners, a.text) for a in record.actions]
    assert actions == [(["Nadia Ferrant"], "Resolved: Councillor Mrs Ferrant is to ask the county council to repair "
                                           "the stile.")]


def test_apologies_received_noted_and_accepted_from_the_members_that_follow(tmp_path: Path) -> None:
    # "were received, noted and accepted from the following members: A - reason B - reason": a list of verbs
    record = extract_page(tmp_path, "Minutes of the Town Council meeting held on 5 November 2012\n\nPresent: "
                          "Councillors: T Orley (The Town Mayor), B Quiller, D Mabsley\n\n2 Apologies\nRESOLVED The "
                          "following apologies for absence were received, noted and accepted from the following "
                          "members: Councillor A Varlow - Other Councillor R Tamsett - Work Councillor N Ostley - "
                          "Other\n\n3 Planning\nNone.\n")
    assert [p.name for p in record.apologies] == ["A Varlow", "R Tamsett", "N Ostley"]
    assert [p.name for p in record.attendees] == ["T Orley", "B Quiller", "D Mabsley"]


def test_a_forms_title_row_run_into_its_location_field_ends_at_the_field(tmp_path: Path) -> None:
    # a minutes template's first row: the title cell, then "Location:" and "Date:" fields on the same lines
    record = extract_page(tmp_path, "Minutes\n\n\t\t Wexcombe Countryside Access Forum Meeting        Location:   Halbrook Barn\n"
                          " Date: 13 April 2011                                         Time:       7pm\n\n"
                          "Present: Tamsin Orley (Chair), Bevan Quiller, Nadia Ferrant\n\n1. Minutes\nAgreed.\n")
    assert record.meeting.body == "Wexcombe Countryside Access Forum"
