"""Shapes the held-out batches b36 and b37 missed at first sight (their rows kept as scored), each written as a
made-up page in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_decision_of_this_meeting_inside_a_review_of_earlier_actions(tmp_path: Path) -> None:
    # the review's items report; "It was AGREED that the clerk would ..." among them is a new task
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 4th May 2016 at the Old School\n\n"
                          "Present: Councillor T. Quorley (Chair); Councillor B. Vantongeren; Q. Ashdrake (Clerk)\n\n"
                          "4. Review of previous actions\n\nAction plan update\n\n"
                          "  • Play area\n  • The new swings are now installed\n"
                          "  • The fence repair is complete. It was AGREED that the clerk would order two new gate catches\n"
                          "  • It was also AGREED that the clerk would ask the contractor for a quote for the path\n")
    assert [(a.text, a.owners) for a in record.actions] == [
        ("It was AGREED that the clerk would order two new gate catches", ["Q. Ashdrake"]),
        ("It was also AGREED that the clerk would ask the contractor for a quote for the path", ["Q. Ashdrake"])]


def test_the_mover_and_seconder_of_the_apologies_are_not_apologies(tmp_path: Path) -> None:
    # "Cllr A proposed acceptance of apologies from ..., these were seconded by Cllr B": A and B were there
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 7th September 2010\n\nPresent: "
                          "Councillors Stanley Quorley (Chair), Richard Vantongeren, Reg Ashdrake\n\n12. TO ACCEPT "
                          "APOLOGIES Cllr Quorley proposed acceptance of apologies from Cllr Jaxon, "
                          "Cllr Pughley and County Councillor Mellor, these were seconded by Cllr Vantongeren and carried "
                          "unanimously 13. PLANNING No applications.\n")
    assert [p.name for p in record.apologies] == ["Jaxon", "Pughley", "Mellor"]


def test_a_month_before_a_split_ordinal_dates_the_meeting(tmp_path: Path) -> None:
    # "March 12 th 2018": the ordinal split from its day, as "12 th March 2018" already reads
    record = extract_page(tmp_path, "Minutes of the meeting of Ashby Parish Council held on March 12 th 2018, in the "
                          "Village Hall at 7.30pm\n\nPresent: Mr P Quorley (Chairman), Mr R J Vantongeren\n")
    assert record.meeting.date == "2018-03-12"


def test_a_short_task_before_its_action_label_stands_alone(tmp_path: Path) -> None:
    # "... and a raffle. RQ to book marquee. Action – RQ": the task is its own sentence, not the note before it
    record = extract_page(tmp_path, "Notes of the friends' group meeting held on Thursday 6th March 2014\n\nPresent: Robert "
                          "Quorley (RQ), Ian Tadworth (IT)\n\n3.2 Summer fair\nDiscussion on the stalls. Agreed cakes, "
                          "plants and a raffle. RQ to book marquee. Action – RQ\n")
    assert [(a.text, a.owners) for a in record.actions] == [("RQ to book marquee.", ["Robert Quorley"])]


def test_an_initial_run_into_the_surname_resolves_as_the_spaced_name(tmp_path: Path) -> None:
    # "K.Tadworth" in the list of those present is the "K. Tadworth" tasked later
    record = extract_page(tmp_path, "Minutes of the meeting held on Tues. 3rd April 2018 at 7pm in the Scout Hut.\n\n"
                          "Present: Messrs.R. Quorley,[Chair],I. Vantongeren, K.Tadworth & S.Yelland.\n\n"
                          "Village Website-  K. Tadworth is to change the village web page to show the new bus times.\n\n"
                          "Litter – No progress to report.\n")
    assert [a.owners for a in record.actions] == [["K.Tadworth"]]


def test_agreeing_to_take_the_minutes_in_capitals_is_no_task(tmp_path: Path) -> None:
    # "agreed to take the Minutes": standing in for an absent clerk at this meeting, as "take the minutes" already was
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 5th September 2006\n\nPresent: "
                          "Councillors A. Quorley (Chairman), B. Vantongeren, C. Tadworth\nIn the absence of the clerk, "
                          "Councillor B. Vantongeren agreed to take the Minutes\n\n1. Apologies: none.\n")
    assert record.actions == []
