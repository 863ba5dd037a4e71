"""Tasks as minutes write them, round 8: made-up sentences in the general shapes of real minutes (seen in b21 and
b22 and checked across the corpus), with made-up names; and the warning for minutes that read as setting tasks
from which no action was read."""
from __future__ import annotations

from pathlib import Path

import pytest

from pages import extract_page

HEAD = ("Minutes of the Parish Council meeting held on 3 March 2021\n\n"
        "Present: Cllr Ann Brook (Chairman), Cllr Tom Hale, Cllr Mary Cole, Helen Marsh (Clerk)\n\n")


def _record(tmp_path: Path, text: str):
    return extract_page(tmp_path, HEAD + "4. Highways\n\nThe verge was discussed.\n\n" + text + "\n")


def _tasks(tmp_path: Path, text: str) -> list[tuple[list[str], str]]:
    return [(a.owners, a.text) for a in _record(tmp_path, text).actions]


def test_a_task_after_a_comma_and_with(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "The grant was left in abeyance, with Cllr Hale to visit the hall and ask what it offers.") == \
        [(["Tom Hale"], "Cllr Hale to visit the hall and ask what it offers.")]


@pytest.mark.parametrize("text", [
    "The Chairman then thanked Cllr Cole for all of her efforts during her time on the Council.",
    "He asked the Council to join him in thanking Tom for the excellent service he had given.",
])
def test_thanks_are_no_task(tmp_path: Path, text: str) -> None:
    assert _tasks(tmp_path, text) == []


def test_thanks_beside_a_task_keep_the_task(tmp_path: Path) -> None:
    [(owners, _)] = _tasks(tmp_path, "The Chairman thanked the volunteers and the Clerk would write to the donors.")
    assert owners == ["Helen Marsh"]


def test_a_deferred_item_is_no_task(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "Request for donation from the village hall – to be deferred to next meeting.") == []


def test_each_enumerated_part_of_a_resolution_is_a_task(tmp_path: Path) -> None:
    text = ("Resolved – That (i) an update will be provided and circulated to members (ii) a date for the site visit "
            "would be agreed and circulated (iii) findings from the visit be shared at the next meeting.")
    assert [t for _, t in _tasks(tmp_path, text)] == [
        "an update will be provided and circulated to members", "a date for the site visit would be agreed and circulated",
        "findings from the visit be shared at the next meeting."]


def test_a_part_that_only_notes_is_no_task(tmp_path: Path) -> None:
    text = ("Resolved – (a) That the report be noted and, (b) that a date for the site visit would be agreed and "
            "circulated.")
    assert [t for _, t in _tasks(tmp_path, text)] == ["a date for the site visit would be agreed and circulated."]


def test_agreed_to_then_a_task_per_line(tmp_path: Path) -> None:
    text = ("It was agreed to:\nEnsure councillors are on the newsletter list\nReview the list to include residents' groups\n"
            "Clerk to send the survey results to all residents\n\n5. Finance\n\nThe accounts were noted.")
    assert _tasks(tmp_path, text) == [([], "Ensure councillors are on the newsletter list"),
                                      ([], "Review the list to include residents' groups"),
                                      (["Helen Marsh"], "Send the survey results to all residents")]


@pytest.mark.parametrize("sentence", [
    "It was agreed that the new benches would be ordered first.",
    "The broken gate would be rectified next year.",
    "Residents of the lane would be invited.",
])
def test_passive_tasks_with_more_verbs(tmp_path: Path, sentence: str) -> None:
    assert _tasks(tmp_path, sentence) == [([], sentence)]


def test_a_passive_task_ends_where_a_clause_of_its_own_begins(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "The new benches would be ordered first and when received they would be fixed by "
                            "volunteers.") == [([], "The new benches would be ordered first")]


def test_minutes_that_read_as_setting_a_task_but_gave_no_action_warn(tmp_path: Path) -> None:
    record = _record(tmp_path, "Following the points raised in the open forum the council agreed to contact the landowner "
                               "about the hedge, in the hope of a reply before the winter.")
    assert record.actions == []  # "the council agreed to" is the meeting's own decision, unless someone is named
    assert record.warnings == ["no actions read, though page 1 reads as setting a task "
                               "('Following the points raised in the open ')"]


def test_the_warning_names_the_sentence_that_sets_a_task(tmp_path: Path) -> None:
    record = _record(tmp_path, "Cllr Cole had spoken to the school. The school had offered to provide two days of "
                               "training at cost.")
    assert record.actions == []
    assert record.warnings == ["no actions read, though page 1 reads as setting a task "
                               "('The school had offered to provide two da')"]


@pytest.mark.parametrize("text", [
    "Members were asked to declare any interests they may have in the business on the agenda.",
    "A further opportunity for questions from the public would be provided at the end of the meeting.",
    "Three quotes need to be obtained before any grant is made.",
])
def test_no_warning_for_the_meetings_own_business(tmp_path: Path, text: str) -> None:
    record = _record(tmp_path, text)
    assert record.actions == [] and record.warnings == []


def test_a_summary_of_actions_that_gave_none_warns(tmp_path: Path) -> None:
    record = _record(tmp_path, "Summary of Actions Item No Item Actions 3 Support see the table overleaf")
    assert record.actions == []
    assert record.warnings == ["action marked on page 1 ('Summary of Actions Item No Item Actions ') gave no actions"]


def test_someone_who_reports_and_undertakes_a_task(tmp_path: Path) -> None:
    [(owners, _)] = _tasks(tmp_path, "Cllr Hale updated the Council on the verges and undertook to look again at the "
                                     "footpaths in the village.")
    assert owners == ["Tom Hale"]


def test_a_group_a_decision_tasks_by_its_acronym(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "It was agreed that the SMG will review the risk register at the next meeting.") == \
        [(["SMG"], "It was agreed that the SMG will review the risk register at the next meeting.")]


def test_an_acronym_that_would_do_something_outside_a_decision_is_no_task(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "The CWOP would help with the costs of the scheme.") == []


@pytest.mark.parametrize("sentence", [
    "It was agreed that the hedge be cut back before the spring.",
    "Three quotes are now to be obtained for the work.",
    "Further quotes are to be obtained for the fence.",
    "It was agreed that the bench be painted.",
])
def test_work_decided_or_arranged_in_the_passive(tmp_path: Path, sentence: str) -> None:
    assert _tasks(tmp_path, sentence) == [([], sentence)]


@pytest.mark.parametrize("sentence", [
    "A further report is to be placed on the next agenda for consideration.",
    "The next meeting is to be held on 5 May.",
    "A revised proposal is to be considered by the planning authority.",
    "The review is to be signed off by mid January and this will enable the gaps to be filled.",
])
def test_what_is_deferred_or_only_stated_is_no_task(tmp_path: Path, sentence: str) -> None:
    assert _tasks(tmp_path, sentence) == []


def test_a_role_a_colon_and_to_then_the_task(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "Clerk: to write to the landowner about the hedge.") == \
        [(["Helen Marsh"], "Clerk: to write to the landowner about the hedge.")]


def test_a_sentence_ends_after_councillor(tmp_path: Path) -> None:
    """"Councillor" is a whole word, not an abbreviation: its full stop ends the sentence, so the thanks in one sentence
    and the task in the next are read apart."""
    assert _tasks(tmp_path, "The Chairman thanked Cllr Cole for her years as a Councillor. The Clerk will write to the "
                            "county council about the vacancy.") == \
        [(["Helen Marsh"], "The Clerk will write to the county council about the vacancy.")]


def test_an_items_title_under_an_action_column_header_is_no_task(tmp_path: Path) -> None:
    """A minutes table flattened to lines: the "Action" column's header, then the first item's title in capitals."""
    record = extract_page(tmp_path, HEAD + "Item\n1.\nAction\nAPOLOGIES\nApologies were received from Jo Lane.\n2.\n"
                                          "NEW MEMBERS\nTwo new members were welcomed.\n")
    assert [a.text for a in record.actions] == []


def test_a_vote_the_chair_will_take_is_no_task(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "It was noted that the Chairman would take a vote on item 6 at item 9.") == []


@pytest.mark.parametrize("sentence, quote", [
    ("Since the roads agency was coming in March, the water company should be invited to attend in April.",
     "Since the roads agency was coming in Mar"),
    ("A business plan will need to be written for the new structure.", "A business plan will need to be written "),
])
def test_a_task_for_someone_unnamed_is_evidence_for_the_warning(tmp_path: Path, sentence: str, quote: str) -> None:
    record = _record(tmp_path, sentence)
    assert record.actions == []
    assert record.warnings == [f"no actions read, though page 1 reads as setting a task ({quote!r})"]


def test_asking_for_an_update_is_no_task_but_asking_for_a_paper_is(tmp_path: Path) -> None:
    """Asking for news is no task; asking for a paper, a note or a progress update sets one, though nobody is named."""
    assert _tasks(tmp_path, "Cllr Hale requested an update in relation to the bus shelter.") == []
    assert _tasks(tmp_path, "The Chairman asked for a written proposal on the bus shelter.") == \
        [([], "The Chairman asked for a written proposal on the bus shelter.")]


@pytest.mark.parametrize("text", [
    "Members will appreciate the significance of this change in the light of the recent consultation paper.",
    "Councillors may recall that the survey was carried out last spring.",
])
def test_what_readers_know_is_no_task(tmp_path: Path, text: str) -> None:
    """(after b27's first sight) "Members will appreciate ..." tells readers something; it sets nobody a task."""
    assert _tasks(tmp_path, text) == []
    assert _tasks(tmp_path, "Cllr Hale will find out when the survey was carried out.") == \
        [(["Tom Hale"], "Cllr Hale will find out when the survey was carried out.")]
