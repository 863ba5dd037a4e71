"""Actions round 21: shapes of tasks in running text that minutes of any body write, each on a made-up page with
made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

import pytest

from pages import extract_page

PARISH = ("Minutes of the Parish Council meeting held on 3 March 2021\n\n"
          "Present: Cllr Ann Brook (Chairman), Cllr Tom Hale, Cllr Peter Lund\n\nIn attendance: Helen Marsh (Clerk)\n\n")


@pytest.mark.parametrize("sentence, task", [
    ("After discussion, it was agreed to contact the county archivist to see whether the deeds could be traced.",
     "contact the county archivist to see whether the deeds could be traced."),
    ("Agreed to circulate the revised list of contacts by email.", "circulate the revised list of contacts by email."),
    ("It was RESOLVED to write to the highways authority about the flooding at the ford.",
     "write to the highways authority about the flooding at the ford."),
    ("The hedge by the pond is overgrown – it was decided to ask the landowner to cut it back before the spring.",
     "ask the landowner to cut it back before the spring."),
    ("It was also agreed to remove the broken bench from the play area.", "remove the broken bench from the play area."),
])
def test_a_decision_to_do_something_next_that_names_no_one_is_a_task(tmp_path: Path, sentence: str, task: str) -> None:
    # "it was agreed / resolved / decided to <act done after the meeting>": a task with no owner, its text from the verb
    text = PARISH + "4. Open spaces\n\n" + sentence + "\n\n5. Close\n\nNone.\n"
    actions = extract_page(tmp_path, text).actions
    assert [(a.text, a.owners) for a in actions] == [(task, [])]


@pytest.mark.parametrize("sentence", [
    "It was agreed to approve the minutes of the last meeting as a true record.",
    "It was resolved to purchase a new noticeboard for the green.",  # spending decided, not a task
    "It was agreed to continue with the current grass cutting arrangement.",
    "It was RESOLVED to appoint Cllr Hale as the footpaths representative.",
    "It was decided to defer the matter to the next meeting.",
])
def test_a_decision_the_meeting_takes_is_not_a_task(tmp_path: Path, sentence: str) -> None:
    text = PARISH + "4. Open spaces\n\n" + sentence + "\n\n5. Close\n\nNone.\n"
    assert extract_page(tmp_path, text).actions == []


def test_a_decision_whose_action_label_follows_gives_the_task_once(tmp_path: Path) -> None:
    # the decision, then the same task given to someone on an action label: one task, the labelled one
    text = (PARISH + "4. Highways\n\nA resident reported a deep pothole outside the shop. It was agreed to report the "
            "problem. ACTION: Clerk to report the pothole to the county council.\n\n5. Close\n\nNone.\n")
    actions = extract_page(tmp_path, text).actions
    assert [a.owners for a in actions] == [["Helen Marsh"]]


def test_a_decision_that_opens_a_posts_report_is_the_post_holders_task(tmp_path: Path) -> None:
    # an officer's report headed by the post ("Secretary; ..."), a decision in it with no subject: the holder's task
    text = (PARISH.replace("Helen Marsh (Clerk)", "Helen Marsh (Secretary)") + "Chairman; The new lock has been fitted."
            "\nSecretary; Agreed to distribute the new committee list by email.\n\n5. Close\n\nNone.\n")
    actions = extract_page(tmp_path, text).actions
    assert [(a.text, a.owners) for a in actions] == [("distribute the new committee list by email.", ["Helen Marsh"])]


def test_a_remark_in_brackets_after_the_decision_is_no_part_of_the_task(tmp_path: Path) -> None:
    # "(a reply was required by ...)" reports a fact: neither the task's words nor its due date
    text = (PARISH + "4. Consultation\n\nIt was agreed to publicise the survey on the website and in the parish "
            "magazine (a reply was required by 23rd May).\n\n5. Close\n\nNone.\n")
    [action] = extract_page(tmp_path, text).actions
    assert (action.text, action.due) == ("publicise the survey on the website and in the parish magazine", None)


def test_a_deadline_after_the_words_next_meeting_is_not_the_next_meetings_date(tmp_path: Path) -> None:
    # "... at the next meeting (replies were required by 23rd May)": the date is the replies' deadline, so "at the next
    # meeting" gives the task no due date
    text = (PARISH + "4. Consultation\n\nIt was agreed to publicise the survey online and return to it at the next "
            "meeting (replies were required by 23rd May).\n\n5. Close\n\nNone.\n")
    record = extract_page(tmp_path, text)
    assert record.next_meeting is None
    assert [(a.text, a.due) for a in record.actions] == [
        ("publicise the survey online and return to it at the next meeting", None)]


@pytest.mark.parametrize("sentence", [
    "The Chairman thanked the candidates and then invited Mark Dale and Owen Price to join the Council.",
    "It was RESOLVED that Mr Dale be invited to join the Parish Council.",
    "Owen Price will assume the position of Chairman and lead the meeting.",
    "Owen Price to chair the next meeting on 11th February 2025.",
])
def test_taking_a_seat_or_the_chair_is_not_a_task(tmp_path: Path, sentence: str) -> None:
    # joining the council, assuming a post, chairing the next meeting: who holds what, not work to do
    text = PARISH + "4. Co-option\n\n" + sentence + "\n\n5. Close\n\nNone.\n"
    assert extract_page(tmp_path, text).actions == []


def test_a_task_about_the_next_meeting_is_still_a_task(tmp_path: Path) -> None:
    text = PARISH + "4. Co-option\n\nTom Hale to invite the new members to the next committee meeting.\n\n5. Close\n\nNone.\n"
    assert [a.owners for a in extract_page(tmp_path, text).actions] == [["Tom Hale"]]
