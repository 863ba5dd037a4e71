"""Tasks as minutes write them, round 10: made-up sentences in the general shapes of real minutes (seen in b25 and
b26 and in probe lots of new minutes, checked across the corpus), with made-up names."""
from __future__ import annotations

from pathlib import Path

import pytest

from pages import extract_page

HEAD = ("Minutes of the Parish Council meeting held on 3 March 2021\n\n"
        "Present: Cllr Ann Brook (Chairman), Cllr Tom Hale, Cllr Mary Cole, Owen Pike, Steve Lane, Myra Ford, "
        "Brian Hill, Helen Marsh (Clerk)\n\n")


def _tasks(tmp_path: Path, text: str, head: str = HEAD) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, head + "4. Highways\n\nThe verge was discussed.\n\n" + text + "\n")
    return [(a.owners, a.text) for a in record.actions]


def test_a_task_in_notes_without_was(tmp_path: Path) -> None:
    """(after b25) "Clerk instructed to write ...": notes leave out the "was"; no one is "instructed to" but the one
    tasked. The item's title before a dash is no part of the task."""
    assert _tasks(tmp_path, "b) Court closures – Clerk instructed to write to the courts service in support.") == \
        [(["Helen Marsh"], "Clerk instructed to write to the courts service in support.")]


def test_invited_to_the_meeting_is_no_task(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "Representatives from the NHA were invited to the meeting but did not attend.") == []


def test_a_decision_after_a_dash_starts_the_task(tmp_path: Path) -> None:
    """(after b25) what was done before the dash is no part of the task the decision sets."""
    text = "Drain letter sent to the highways team 6/12/20 – as there was no reply it was resolved that the Clerk send a reminder."
    assert _tasks(tmp_path, text) == [(["Helen Marsh"], "it was resolved that the Clerk send a reminder.")]


def test_a_surnames_initial_does_not_end_the_sentence(tmp_path: Path) -> None:
    text = "Myra F. and Brian H. will go over the wiring and report. Steve L. will send the contractor a note."
    assert _tasks(tmp_path, text) == [
        (["Myra Ford", "Brian Hill"], "Myra F. and Brian H. will go over the wiring and report."),
        (["Steve Lane"], "Steve L. will send the contractor a note.")]


def test_a_list_of_owners_with_commas(tmp_path: Path) -> None:
    text = "It was agreed Ann Brook, Owen Pike & Myra Ford would review the quotes for the sound system."
    assert _tasks(tmp_path, text) == [(["Ann Brook", "Owen Pike", "Myra Ford"], text)]


def test_will_do_this_takes_the_task_before_it(tmp_path: Path) -> None:
    text = "The hedge by the hall needs cutting back. Owen Pike will do this."
    assert _tasks(tmp_path, text) == [(["Owen Pike"], text)]


def test_someone_to_be_asked_is_not_the_owner(tmp_path: Path) -> None:
    """"DH to be asked." is a task done to DH; "EMB to be asked to support ..." still tasks EMB."""
    assert _tasks(tmp_path, "Whether sharers keep their place was queried. Owen Pike to be asked.") == \
        [([], "Owen Pike to be asked.")]


def test_an_action_label_that_gives_only_a_status_is_no_task(tmp_path: Path) -> None:
    """"Action points – completed" heads a log of what was done."""
    assert _tasks(tmp_path, "Action points – completed\n\nOwen Pike has obtained a quote for the gate post.") == []


def test_initials_the_attendance_lists_are_people(tmp_path: Path) -> None:
    """"Board members in attendance: JH, SD": "SD will gather bids" is SD's task (initials nobody lists stay a possible
    body's acronym: "CWOP would help ...")."""
    head = "Minutes of the Board meeting held on 20 February 2018\n\nBoard members in attendance: JH, KM, and SD.\n\n"
    assert _tasks(tmp_path, "For item 2.a above, SD will gather bids from security companies.", head) == \
        [(["SD"], "SD will gather bids from security companies.")]


def test_initials_the_document_gives_win_over_initials_a_name_fits(tmp_path: Path) -> None:
    head = ("Minutes of the Village Council meeting held on 19 September 2012\n\nPresent: Ann Brook (AB), Tom Hale (TH)\n\n"
            "Apologies: Alan Mole, Avril Marsh (AM)\n\n")
    assert _tasks(tmp_path, "AM to investigate hedge trimming.", head) == [(["Avril Marsh"], "AM to investigate hedge trimming.")]


def test_a_group_under_an_action_label(tmp_path: Path) -> None:
    text = "6.4 All groups to review the policies before the next meeting.\nAction: Group leaders\n\n7. NDP drafting\n"
    assert _tasks(tmp_path, text) == [(["Group leaders"], "6.4 All groups to review the policies before the next meeting.")]


@pytest.mark.parametrize("text", [
    "Parish Council Rep – Tom Hale kindly agreed to continue this role.",
    "Owen Pike agreed to become the Social Club Rep (in lieu of Mary Cole).",
    "Owen Pike has agreed to cover all the council's costs in this matter.",
])
def test_a_post_held_or_a_consent_is_no_task(tmp_path: Path, text: str) -> None:
    assert _tasks(tmp_path, text) == []


def test_has_offered_to(tmp_path: Path) -> None:
    text = "Owen Pike has offered to take this on and complete the registration of the company."
    assert _tasks(tmp_path, text) == [(["Owen Pike"], text)]


def test_an_action_label_then_the_initials_of_someone_present(tmp_path: Path) -> None:
    """"ACTION – TH agenda item for next meeting": the initials first, with no "to" ("GG asked for ..." reports)."""
    assert _tasks(tmp_path, "Notice boards were discussed.\n\nACTION – TH agenda item for next meeting.") == \
        [(["Tom Hale"], "TH agenda item for next meeting.")]


def test_an_action_mark_after_a_dash(tmp_path: Path) -> None:
    """(after b25) "Ivy to be cleared from outside the hall – Action TH": the owner after a dash, as after a full stop
    ("... to chase. Action TH"); "- Action - ALL" after a paragraph's closing remarks stays unread."""
    assert _tasks(tmp_path, "Ivy to be cleared from outside the parish hall – Action TH") == \
        [(["Tom Hale"], "Ivy to be cleared from outside the parish hall")]


def test_a_resolution_word_run_into_the_subject(tmp_path: Path) -> None:
    """"RESOLVED Councillor Hale to purchase the camera.": the decision's word is no part of who."""
    assert _tasks(tmp_path, "RESOLVED Councillor Hale to purchase the camera.\n\nRESOLVED The Clerk to inform the council.") == \
        [(["Tom Hale"], "RESOLVED Councillor Hale to purchase the camera."),
         (["Helen Marsh"], "RESOLVED The Clerk to inform the council.")]


@pytest.mark.parametrize("text", [
    "It was resolved that the Chairman sign the minutes of the meeting held 17th February 2022 as a correct record.",
    "It was resolved that the minutes, having been circulated, be approved and that the Chair be authorised to sign.",
])
def test_signing_the_minutes_is_no_task(tmp_path: Path, text: str) -> None:
    assert _tasks(tmp_path, text) == []


@pytest.mark.parametrize(("text", "opening"), [
    ("It was noted that the footway had been partly cleared. The Clerk would continue to liaise with the county.",
     "The Clerk would continue to liaise with "),
    ("Concerns from residents would be passed on to officers at the next panel meeting.",
     "Concerns from residents would be passed "),
])
def test_minutes_that_set_a_task_the_rules_do_not_read_warn(tmp_path: Path, text: str, opening: str) -> None:
    """(after b26) silence: "would continue to liaise" (a standing task, not read as one: it often restates a note's
    task) and "would be passed on to" are evidence that the minutes set a task."""
    record = extract_page(tmp_path, HEAD + "4. Highways\n\n" + text + "\n")
    assert record.actions == []
    assert record.warnings == [f"no actions read, though page 1 reads as setting a task ('{opening}')"]


def test_by_the_end_of_this_month_is_due_at_the_meetings_month_end(tmp_path: Path) -> None:
    """(after b25) "by the end of this month", as "before the end of the year" already was."""
    record = extract_page(tmp_path, HEAD + "4. Transport plan\n\nThe Chairman asked members to send any requests to the "
                                           "Clerk by the end of this month.\n")
    assert [a.due for a in record.actions] == ["2021-03-31"]


def test_a_term_of_office_is_no_task(tmp_path: Path) -> None:
    """(after b25) "Chairman to serve until the next Annual Meeting", as "to serve as" already was."""
    assert _tasks(tmp_path, "Chairman to serve until the next Annual Meeting of the Council, in May 2022.") == []
