"""Tasks as minutes write them, round 9: made-up sentences in the general shapes of real minutes (seen in b23 and
b24 and in probe lots of new minutes, checked across the corpus), with made-up names."""
from __future__ import annotations

from pathlib import Path

import pytest

from pages import extract_page

HEAD = ("Minutes of the Parish Council meeting held on 3 March 2021\n\n"
        "Present: Cllr Ann Brook (Chairman), Cllr Tom Hale, Cllr Mary Cole, Owen Pike, Helen Marsh (Clerk)\n\n")


def _tasks(tmp_path: Path, text: str, head: str = HEAD) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, head + "4. Highways\n\nThe verge was discussed.\n\n" + text + "\n")
    return [(a.owners, a.text) for a in record.actions]


@pytest.mark.parametrize(("text", "owner"), [
    ("Owen will also chase up the county officer to ensure progress here.", "Owen Pike"),
    ("Cllr. Hale will continue to monitor and liaise with the network operator as necessary.", "Tom Hale"),
    ("Owen had offered to complete this section of the plan.", "Owen Pike"),
    ("Owen will e-mail the residents about the road closure.", "Owen Pike"),
    ("Owen has kindly said that he will go to the nursery with the cards.", "Owen Pike"),
    ("It was agreed that the Clerk should be in contact with the highways officer about the defect.", "Helen Marsh"),
])
def test_a_task_in_running_text(tmp_path: Path, text: str, owner: str) -> None:
    assert _tasks(tmp_path, text) == [([owner], text)]


def test_a_decision_whose_subject_only_needs_something_is_no_task(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "It was agreed that MC only needs three copies of the forms.") == []


HEAD_IN_TEXT = ("Minutes of the Annual Parish Meeting held on 3 March 2021\n\n"
                "Cllr Ann Brook, Chairman of the Parish Council chaired the meeting. There were 12 electors present.\n\n")


def test_the_chairman_is_the_councillor_the_minutes_name_as_the_councils_chairman(tmp_path: Path) -> None:
    text = "The Chairman agreed to contact the owners about the lights."
    assert _tasks(tmp_path, text, HEAD_IN_TEXT) == [(["Ann Brook"], text)]


def test_the_chair_of_another_body_is_not_the_meetings_chairman(tmp_path: Path) -> None:
    head = HEAD_IN_TEXT.replace("Chairman of the Parish Council", "Chairman of the Planning Committee")
    text = "The Chairman agreed to contact the owners about the lights."
    assert _tasks(tmp_path, text, head) == [(["Chairman"], text)]


def test_an_occasion_arranged_for_some_months_is_due_at_the_last_ones_end(tmp_path: Path) -> None:
    record = extract_page(tmp_path, HEAD + "4. Programme\n\nMembers requested that a workshop be arranged for "
                          "June/July to discuss the work programme.\n")
    assert [a.due for a in record.actions] == ["2021-07-31"]


NOTES_HEAD = "Steering Group\n\nNotes of the meeting held on 3 March 2021\n\n"


def test_an_instruction_in_notes_that_name_nobody_is_a_task(tmp_path: Path) -> None:
    text = ("1.4 Look at the guidance and prepare a short brief for the next meeting.\n\n"
            "1.5 How to find the skills of the group was discussed. Send an email to the members asking for a list "
            "of skills. Collate the returns.\n\nSet up a website.\n")
    record = extract_page(tmp_path, NOTES_HEAD + text)
    assert [(a.owners, a.text) for a in record.actions] == [
        ([], "1.4 Look at the guidance and prepare a short brief for the next meeting."),
        ([], "Send an email to the members asking for a list of skills."), ([], "Collate the returns."),
        ([], "Set up a website.")]


@pytest.mark.parametrize("text", [
    "Contact was made with the county council about the verge.",
    "Prepared by the Clerk, 4 March 2021.",
    "Receive the report of the Clerk.",
    "Ask for: Jane Doe, extension 214",
])
def test_no_instruction_no_task(tmp_path: Path, text: str) -> None:
    assert extract_page(tmp_path, NOTES_HEAD + text + "\n").actions == []


def test_he_after_a_topic_and_a_dash_is_the_person_the_note_opens_with(tmp_path: Path) -> None:
    text = "Curtains – Owen cancelled the blinds order. He will ask the supplier about new blinds."
    assert _tasks(tmp_path, text) == [(["Owen Pike"], "He will ask the supplier about new blinds.")]


def test_a_decision_about_someone_with_could_sets_them_no_task(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "It was agreed that Owen could be put on the bottom of the waiting list.") == []


def test_a_task_under_an_items_letter(tmp_path: Path) -> None:
    """(after b25's first sight) "a) Clerk to contact ...", "(ii) Clerk to ...", "c. Cllr X to ...": the item's letter or
    roman number before the subject, as "3.2 Clerk to ..." already was."""
    text = ("6) Matters arising from the minutes\na) Clerk to contact the grant co-ordinator for input to the plans.\n"
            "(ii) Clerk to check the timescale of the grant scheme.\nc. Cllr Hale to inspect the verge.")
    assert [owners for owners, _ in _tasks(tmp_path, text)] == [["Helen Marsh"], ["Helen Marsh"], ["Tom Hale"]]


def test_a_hearings_procedure_is_no_task(tmp_path: Path) -> None:
    """(after b25's first sight) a confirmation hearing's order of business under lettered items sets no task."""
    assert _tasks(tmp_path, "b) The Panel Members present will introduce themselves to the candidate.\n"
                            "c) The Panel's Clerk to outline the format of the meeting and the papers received.") == []


def test_an_items_title_run_into_clerk_to_still_means_the_clerk(tmp_path: Path) -> None:
    """(after b25's first sight) "f) Remembrance Sunday Clerk to order a wreath": the item's title runs into the task;
    the owner is the Clerk the minutes name ("Deputy Clerk to ..." is another post, left as written)."""
    assert _tasks(tmp_path, "f) Remembrance Sunday Clerk to order a wreath for the memorial.\n"
                            "g) Deputy Clerk to book the hall.") == \
        [(["Helen Marsh"], "Remembrance Sunday Clerk to order a wreath for the memorial."),
         (["Deputy Clerk"], "Deputy Clerk to book the hall.")]


def test_the_clerk_to_council_named_with_a_dash(tmp_path: Path) -> None:
    """(after b26's first sight) "In attendance: Mrs P Varley –Clerk to Council": "to Council" is the council's own,
    as "Clerk to the Parish Council" was, so "the clerk would ..." is hers."""
    head = ("Minutes of the Amenities Committee held on 23 November 2020\n\nPresent: Cllrs Adams, Barr and Cole\n"
            "In attendance: Mrs P Varley –Clerk to Council No members of public were present\n\n")
    assert _tasks(tmp_path, "Residents to be informed and the clerk would monitor the effect.", head) == \
        [(["P Varley"], "the clerk would monitor the effect.")]
