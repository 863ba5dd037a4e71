"""Tasks as minutes write them, round 6: made-up sentences in the shapes of real minutes (general
shapes seen in held-out batches b17 and b18 and checked across the corpus)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pages import extract_page

PARISH = ("Minutes of the Parish Council meeting held on 3 March 2021\n\n"
          "Present: Cllr Ann Brook (Chairman), Cllr Tom Hale, Cllr Peter Lund\n\nClerk: Helen Marsh\n\n")


def _actions(tmp_path: Path, paragraph: str):
    return extract_page(tmp_path, PARISH + "4. Highways\n\n" + paragraph + "\n").actions


def test_an_action_label_run_into_its_subject_is_no_name(tmp_path: Path) -> None:
    """"... the verge - Action Clerk to write ...": the label is no part of the owner, the Clerk is named."""
    [action] = _actions(tmp_path, "A resident raised the state of the verge on Mill Lane - Action Clerk to write to "
                                  "the highways authority.")
    assert action.owners == ["Helen Marsh"]


def test_a_title_with_a_full_stop_ends_no_sentence_and_a_second_decision_is_a_second_task(tmp_path: Path) -> None:
    """"Cllr. Hale offered to ... and it was agreed that the Clerk ...": two tasks, each with its owner."""
    actions = _actions(tmp_path, "Cllr. Hale offered to carry out the footpath survey and it was agreed that the Clerk "
                                 "contact the county council about training dates.")
    assert [a.owners for a in actions] == [["Tom Hale"], ["Helen Marsh"]]
    assert actions[0].source.quote.startswith("Cllr. Hale offered")


def test_a_previous_task_reported_with_was_to_is_no_new_task(tmp_path: Path) -> None:
    """"Cllr Hale was to get quotes for the fence. He reported ...": last meeting's task, reviewed; the task
    joined by "and" to a sentence about something else is read from its subject."""
    actions = _actions(tmp_path, "Cllr Hale was to get quotes for the fence. He reported that two firms had replied. "
                                 "The bench would be repainted by a volunteer and Cllr Lund is to order new fixings.")
    assert [(a.owners, a.source.quote) for a in actions] == [(["Peter Lund"], "Cllr Lund is to order new fixings.")]


def test_a_task_that_points_back_keeps_the_clause_it_points_to(tmp_path: Path) -> None:
    """"... asked that the noticeboard be moved and Cllr Lund agreed to look into this": "this" is the clause before."""
    [action] = _actions(tmp_path, "The Chairman asked that the noticeboard be moved nearer the shop and Cllr Lund "
                                  "agreed to look into this.")
    assert action.owners == ["Peter Lund"] and action.source.quote.startswith("The Chairman asked")


@pytest.mark.parametrize("sentence", [
    "It was resolved: Cllr Lund to chair the meeting in the absence of the Chairman.",  # the running of this meeting
    "Cllr Hale stood down as footpath warden and proposed that Cllr Lund should take his place until May.",
    "Cllr Hale reported that no questions had been received; a further chance for questions would be provided at the end of the meeting.",
    "The Chairman reported that Mrs Kay had asked that her thanks be passed on to the council for the flowers.",
    "Cllr Hale asked the Council to consider allowing the youth club to use the pavilion on Fridays.",
    "The Chairman requested that the council consider approving the new hire charges.",
])
def test_the_meeting_s_own_business_and_reported_requests_are_no_tasks(tmp_path: Path, sentence: str) -> None:
    """Who chairs this meeting or takes someone's place, what is done before it ends, a request someone had
    made before it, and a request that the meeting itself approve something set no task."""
    assert _actions(tmp_path, sentence) == []


@pytest.mark.parametrize("sentence, task", [
    ("A copy of the grit bin map would be put on the council website.",
     "A copy of the grit bin map would be put on the council website."),
    ("Helpers from the village will be sought to litter pick along the brook.",
     "Helpers from the village will be sought to litter pick along the brook."),
    ("This will be addressed before the spring.", "This will be addressed before the spring."),
    ("The agenda has been published and a reminder would be sent out in May.", "a reminder would be sent out in May."),
])
def test_a_passive_task_that_names_no_one(tmp_path: Path, sentence: str, task: str) -> None:
    """A task in the passive future ("would be put on", "will be sought", "will be addressed"), also in a clause
    after "and", is an action with no owner."""
    [action] = _actions(tmp_path, sentence)
    assert (action.owners, action.source.quote) == ([], task)


def test_a_role_named_as_the_clerk_to_the_council_is_resolved(tmp_path: Path) -> None:
    """"In attendance: Clerk to the Parish Council, Jane Roe": "the Clerk will ..." is Jane Roe's task."""
    text = ("Minutes of the Parish Council meeting held on 3 March 2021\n\nPresent: Ann Brook (Chairman), Tom Hale\n\n"
            "In attendance: Clerk to the Parish Council, Jane Roe\n\n4. Highways\n\n"
            "The drain on Church Street is blocked again and the Clerk will report it to the county council.\n")
    [action] = extract_page(tmp_path, text).actions
    assert action.owners == ["Jane Roe"]


def test_a_councillor_by_surname_is_the_one_person_the_minutes_name_in_full(tmp_path: Path) -> None:
    """"Cllr Fenwick is to ..." when no one present is a Fenwick: the District Councillor the minutes name in full."""
    text = PARISH + ("3. District Councillor's report\n\nDistrict Cllr Robert Fenwick has given £500 towards the new "
                     "play equipment.\n\n4. Play area\n\nCllr Fenwick is to ask about the grant for the fencing.\n")
    [action] = extract_page(tmp_path, text).actions
    assert action.owners == ["Robert Fenwick"]


@pytest.mark.parametrize("sentence, owners", [
    ("RESOLVED that the Clerk writes to the bus company about the timetable.", ["Helen Marsh"]),
    ("All councillors to read the draft neighbourhood plan before the next meeting.", ["All councillors"]),
    ("It was requested that the Clerk contact the police about parking at the school.", ["Helen Marsh"]),
    ("The Chairman asked that Members complete the training survey.", ["Members"]),
])
def test_who_a_resolution_or_request_tasks(tmp_path: Path, sentence: str, owners: list[str]) -> None:
    """A resolution with the verb in the present ("that the Clerk writes"), a task for all of a group, and a
    request whose subject is a role or a group name their owners."""
    text = PARISH.replace("Clerk: Helen Marsh", "In attendance: Helen Marsh (Clerk)") + "4. Business\n\n" + sentence + "\n"
    [action] = extract_page(tmp_path, text).actions
    assert action.owners == owners


def test_an_action_label_names_the_owner_over_the_discussion_s_subject(tmp_path: Path) -> None:
    """"Officers were asked to provide a report ... / Action: Jane Roe": Jane Roe, as the minutes say; but a
    label naming only a role no one was found to hold leaves the person the sentence names."""
    text = PARISH + ("4. Play area\n\nOfficers were asked to provide a report on the play area repairs.\n\n"
                     "Action: Jane Roe\n\n5. Hall\n\nAs the caretaker was away Cllr Hale will contact him about the keys.\n\n"
                     "Actions: Secretary\n")
    assert [a.owners for a in extract_page(tmp_path, text).actions] == [["Jane Roe"], ["Tom Hale"]]


def test_minutes_in_an_item_notes_action_table_give_only_their_tasks(tmp_path: Path) -> None:
    """"Item / Notes / Action": the notes are the minutes and the action column says who; a note that sets no
    task ("Apologies were received ...", shifted into the action column by the item's title) is no action."""
    text = PARISH + ("Item / Notes / Action\n"
                     "21.04 / Apologies for absence / Apologies were received and accepted from Cllr Ward.\n"
                     "21.05 / Declarations of interest / There were no declarations of interest made.\n"
                     "21.06 / The verges on Mill Lane are overgrown. Clerk to ask the contractor for a quote. / HM\n")
    [action] = extract_page(tmp_path, text).actions
    assert action.text.startswith("Clerk to ask the contractor") and action.owners == ["Helen Marsh"]


TABLE_OF_MINUTES = """| Item | Discussion | Action |
|---|---|---|
| 1 | Apologies were received from Cllr Ward. | |
| 2 | The verges on Mill Lane are overgrown and the contractor will be asked for a quote. | Clerk |
| 3 | Cllr Hale will check the bench by the pond. | TH |
| 4 | The footpath by the church needs clearing before the summer. | TH/PL |
"""


def test_a_table_of_minutes_with_an_action_column_of_initials(tmp_path: Path) -> None:
    """"Item | Discussion | Action": the names, initials or role in the action column own the row's task; a row
    whose only sentence is no task is the task they act on ("The footpath ... needs clearing"); a row with
    nobody in the column and no task gives none."""
    actions = extract_page(tmp_path, PARISH + TABLE_OF_MINUTES).actions
    assert [(a.owners, a.text.split()[1]) for a in actions] == [
        (["Helen Marsh"], "verges"), (["Tom Hale"], "Hale"), (["Tom Hale", "Peter Lund"], "footpath")]


def test_minutes_exported_with_slashes_under_an_action_by_header(tmp_path: Path) -> None:
    text = PARISH + ("Item / Minutes / Action by\n1 / Apologies were received from Cllr Ward.\n"
                     "2 / The noticeboard by the shop needs repainting. / PL\n")
    [action] = extract_page(tmp_path, text).actions
    assert (action.owners, action.text) == (["Peter Lund"], "The noticeboard by the shop needs repainting.")


def test_a_task_in_a_table_of_minutes_without_an_action_column(tmp_path: Path) -> None:
    """Minutes laid out as a table ("Item | Minutes") are read for tasks like any paragraph."""
    text = PARISH + ("| Item | Minutes |\n|---|---|\n| 1 | Apologies were received from Cllr Ward. |\n"
                     "| 2 | The verges are overgrown. Clerk to ask the contractor for a quote. |\n")
    [action] = extract_page(tmp_path, text).actions
    assert (action.owners, action.text) == (["Helen Marsh"], "Clerk to ask the contractor for a quote.")


@pytest.mark.parametrize("sentence, tasks", [
    ("Members agreed to support the application for the new pavilion.", 0),  # the meeting decides
    ("Everyone agreed to this and the item was closed.", 0),
    ("The Chairman agreed to take questions from the public before item 6.", 0),  # running the meeting
    ("Officers agreed to look into whether the car park could be resurfaced.", 1),  # staff take a task
])
def test_the_meeting_agreeing_is_a_decision_and_staff_agreeing_a_task(tmp_path: Path, sentence: str, tasks: int) -> None:
    assert len(_actions(tmp_path, sentence)) == tasks


@pytest.mark.parametrize("sentence, owners", [
    ("Cllr Hale – to obtain quotes for the tree work.", ["Tom Hale"]),  # who, a dash, the task
    ("Bus shelter damaged. Clerk - to report it to the district council.", ["Helen Marsh"]),
    ("Cllr Hale/Cllr Lund to check the bench by the pond.", ["Tom Hale", "Peter Lund"]),  # owners joined by a slash
    ("Mrs Marsh (Clerk) will send the forms to the auditor.", ["Helen Marsh"]),  # a role in brackets after the name
    ("It was resolved that a working group be set up to review the plan.", []),
])
def test_more_ways_minutes_write_who_does_a_task(tmp_path: Path, sentence: str, owners: list[str]) -> None:
    [action] = _actions(tmp_path, sentence)
    assert action.owners == owners


def test_who_introduces_an_item_at_the_meeting_takes_no_task(tmp_path: Path) -> None:
    assert _actions(tmp_path, "Jane Roe will introduce a paper, at pages 3 to 9, on the village plan.") == []


@pytest.mark.parametrize("sentence, owners", [
    ("The Board NOTED the report and ASKED that the Director of Finance bring a revised plan to the next meeting.",
     ["Director of Finance"]),  # a request in capitals, as boards minute their decisions
    ("The Director of Public Health undertook to circulate the strategy to partners.", ["Director of Public Health"]),
])
def test_a_role_written_with_of_is_the_owner(tmp_path: Path, sentence: str, owners: list[str]) -> None:
    [action] = _actions(tmp_path, sentence)
    assert action.owners == owners


def test_who_holds_an_office_until_a_date_takes_no_task(tmp_path: Path) -> None:
    assert _actions(tmp_path, "Cllr Hale to hold office as Chairman until the Annual Meeting in May.") == []


def test_an_action_list_of_who_then_the_task(tmp_path: Path) -> None:
    """Under an "Actions" label, lines that name who acts, then a colon, then the task ("Clerk: write to ...",
    "TH: obtain quotes ...") are tasks owned by them (a role by its holder)."""
    text = PARISH + ("4. Potholes\n\nThe potholes on Mill Lane have got worse.\n\nActions\n"
                     "Clerk: write to Highways about the potholes\nTH: obtain quotes for the bench\n")
    assert [(a.owners, a.text) for a in extract_page(tmp_path, text).actions] == [
        (["Helen Marsh"], "Write to Highways about the potholes"), (["Tom Hale"], "Obtain quotes for the bench")]
