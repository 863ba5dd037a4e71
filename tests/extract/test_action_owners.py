"""Owners as minutes write them: roles resolved to the person the minutes name as holding them,
several owners joined by "and the", roles in lower case. Made-up sentences in the general shapes."""
from __future__ import annotations

from pathlib import Path

import pytest

from pages import extract_page


def _actions(tmp_path: Path, text: str):
    return extract_page(tmp_path, text).actions


HEADING = "Minutes of the Parish Council meeting held on 3 March 2021\n\n"


@pytest.mark.parametrize("attendance", [
    "Present: Councillors Ann Brook, Tom Hale, Peter Lund Clerk: Helen Marsh\n\n",
    "Present: Councillors Ann Brook, Tom Hale and Peter Lund. In attendance the Clerk Helen Marsh and two members "
    "of the public.\n\n",
    "Present: Councillors Ann Brook, Tom Hale and Peter Lund.\n\nIn attendance: Helen Marsh (Parish Clerk)\n\n",
    "Present: Councillors Ann Brook, Tom Hale and Peter Lund.\n\nAlso present: Helen Marsh, Clerk\n\n",
])
def test_the_clerk_is_the_person_the_minutes_name_as_clerk(tmp_path: Path, attendance: str) -> None:
    text = HEADING + attendance + "4. Footpaths\n\nThe stile is broken. The Clerk to write to the landowner.\n"
    [action] = _actions(tmp_path, text)
    assert action.owners == ["Helen Marsh"]


def test_a_role_two_people_are_named_as_stays_as_written(tmp_path: Path) -> None:
    text = (HEADING + "Present: Ann Brook, Tom Hale. Clerk: Helen Marsh\n\n4. Footpaths\n\nThe stile is broken. The "
            "Clerk, Mrs Jane Doe, of the next parish had written. The Clerk to write to the landowner.\n")
    [action] = _actions(tmp_path, text)
    assert action.owners == ["Clerk"]


def test_a_vice_chair_is_not_the_chair(tmp_path: Path) -> None:
    text = (HEADING + "Present: Tom Hale, Ann Brook\n\n4. Footpaths\n\nTom Hale, Vice-Chairman, said the stile is "
            "broken. The Chairman to write to the landowner.\n")
    [action] = _actions(tmp_path, text)
    assert action.owners == ["Chairman"]


@pytest.mark.parametrize("sentence, owners", [
    ("After discussion the Panel agreed for the Convener and the Policy Officer to draft the final report.",
     ["Convener", "Policy Officer"]),
    ("Councillor Hale and the Project Manager would meet to agree the scope of the survey.",
     ["Tom Hale", "Project Manager"]),
    ("The fence by the play area has blown down the clerk will inform the contractor.", ["Helen Marsh"]),
    ("The chairman and vice-chairman will decide how to fill the vacancy.", ["Ann Brook", "Tom Hale"]),
])
def test_owners_joined_by_and_the_or_written_in_lower_case(tmp_path: Path, sentence: str, owners: list[str]) -> None:
    text = (HEADING + "Present: Ann Brook (Chairman), Tom Hale (Vice-Chairman), Peter Lund\n\n"
            "In attendance: Helen Marsh (Clerk)\n\n4. Any other business\n\n" + sentence + "\n")
    [action] = _actions(tmp_path, text)
    assert action.owners == owners


def test_the_chairmans_announcement_of_late_items_is_no_task(tmp_path: Path) -> None:
    text = (HEADING + "Present: Ann Brook, Tom Hale\n\n2. Urgent items\n\nThe chairman will announce any urgent items "
            "to be taken under the late items agenda item.\n")
    assert _actions(tmp_path, text) == []


AGENDA = HEADING + "Present: Ann Brook (Chairman), Tom Hale, Peter Lund\n\nIn attendance: Helen Marsh (Clerk)\n\n"


@pytest.mark.parametrize("paragraph", [
    "1. Welcome\n\nThe Chairman to welcome everyone to the meeting.",
    "1. Welcome\n\nThe Chair welcomed everyone to the meeting and invited attendees to introduce themselves.",
    "5. Strategy\n\nMembers are asked to comment on the draft strategy and agree a final version.",
    "9. Date of next meeting\n\nNext meeting to be held on Tuesday 6 April 2021 at the village hall.",
    "6. Correspondence\n\nThe Chairman agreed to take the correspondence as follows :-",
])
def test_the_running_of_the_meeting_is_no_task(tmp_path: Path, paragraph: str) -> None:
    assert _actions(tmp_path, AGENDA + paragraph + "\n") == []


@pytest.mark.parametrize("sentence, owners", [
    ("The hedge on the lane is overgrown. Councillor Lund is looking into who owns it.", ["Peter Lund"]),
    ("The clerk and Cllr Hale are investigating quotes for the grass cutting.", ["Helen Marsh", "Tom Hale"]),
    ("Cllr Lund drafting a letter to the landowner about the hedge.", ["Peter Lund"]),
])
def test_a_task_under_way_is_an_action(tmp_path: Path, sentence: str, owners: list[str]) -> None:
    [action] = _actions(tmp_path, AGENDA + "7. Highways\n\n" + sentence + "\n")
    assert action.owners == owners


def test_who_will_gives_the_person_before_it_a_task(tmp_path: Path) -> None:
    actions = _actions(tmp_path, AGENDA + "7. Plan\n\nAll members to read the draft policy and send comments to Peter "
                                          "who will collate them for the next meeting.\n")
    assert [(a.owners, a.text) for a in actions] == [
        (["All members"], "All members to read the draft policy and send comments to Peter"),
        (["Peter Lund"], "Peter who will collate them for the next meeting.")]


def test_owners_in_the_margin_after_a_task_split_over_two_lines(tmp_path: Path) -> None:
    text = (AGENDA + "4. Governors\n\nNo reply has come from the diocese about the vacancy. The clerk and Tom\n"
            "Hale to chase it up. Action HM, TH\n\nThe hall roof was discussed.\n")
    [action] = _actions(tmp_path, text)
    assert action.owners == ["Helen Marsh", "Tom Hale"]
    assert " ".join(action.text.split()) == "The clerk and Tom Hale to chase it up."


def test_owners_in_the_margin_after_a_task(tmp_path: Path) -> None:
    text = AGENDA + "4. Footpaths\n\nThe stile on the bridleway is broken and needs repair. Action Clerk\n"
    [action] = _actions(tmp_path, text)
    assert action.owners == ["Helen Marsh"]


def test_a_decision_that_two_people_will_do_something_tasks_both(tmp_path: Path) -> None:
    [action] = _actions(tmp_path, AGENDA + "7. Grants\n\nIt was agreed that Tom Hale and Peter Lund will revise the "
                                           "grant application form.\n")
    assert action.owners == ["Tom Hale", "Peter Lund"]


def test_an_owner_column_beside_the_welcome_sets_no_task(tmp_path: Path) -> None:
    text = AGENDA + "1. Welcome\n\nThe Chair welcomed everyone to the meeting.\n\nActions: Chair\n\n2. Minutes\n\nAgreed.\n"
    assert _actions(tmp_path, text) == []


def test_an_owner_cell_on_the_line_after_the_task(tmp_path: Path) -> None:
    text = (AGENDA + "3. Website\n\nThe hosting contract ends in May. Costs of a new host to be obtained and reported to "
            "the council\n/ Peter\n\n4. Any other business\n\nNone.\n")
    [action] = _actions(tmp_path, text)
    assert action.owners == ["Peter Lund"]


@pytest.mark.parametrize("present, owner", [
    ("Present: Mr K.Tolland (Chairman), Mrs R.Ashby, Mr P.Quinlan\n\n", "K.Tolland"),  # initials run into the surname
    ("Present: Mary-Jo Fenwick, Tom Hale, Peter Lund\n\n", "Mary-Jo Fenwick"),  # a hyphenated first name
])
def test_initials_nobody_defined_resolve_to_the_one_attendee_they_fit(tmp_path: Path, present: str, owner: str) -> None:
    text = HEADING + present + "4. Footpaths\n\nThe stile by the church needs repair. ACTION " \
        + "".join(w[0] for w in owner.replace(".", " ").replace("-", " ").split()) + "\n\n5. Close\n\nNone.\n"
    [action] = _actions(tmp_path, text)
    assert action.owners == [owner]


def test_owners_at_a_paragraph_end_give_the_task_to_the_one_its_sentence_names(tmp_path: Path) -> None:
    text = (HEADING + "Present: Ann Brook (Chair), Tom Hale, Helen Marsh (Clerk)\n\n4. Drains\n\nThe gully by the school "
            "is still blocked. The Clerk will write to the highways team about the gully. Action AB/HM\n\n5. Close\n\nNone.\n")
    [action] = _actions(tmp_path, text)
    assert action.owners == ["Helen Marsh"]


def test_owners_in_brackets_after_each_task_of_a_paragraph(tmp_path: Path) -> None:
    """"(Action: Name)" after the sentence it owns, at the paragraph's end or before the next sentence."""
    text = (HEADING + "Present: Ann Brook (Chairman), Tom Hale, Peter Lund\n\n4. Play area\n\n"
            "The survey of the swings was still awaited. It would be chased with the contractor (Action: Ann Brook). "
            "It was agreed that the repair costs would be reported to the next meeting. (Action: Tom Hale/Peter Lund)\n")
    actions = _actions(tmp_path, text)
    assert [(a.text, a.owners) for a in actions] == [
        ("It would be chased with the contractor", ["Ann Brook"]),
        ("It was agreed that the repair costs would be reported to the next meeting.", ["Tom Hale", "Peter Lund"])]


@pytest.mark.parametrize("attendance", [
    "Also in attendance:-Sam Reed-Chief Planning Officer\n\n",
    "Officers: Paula Grant – Committee Manager, Sam Reed – Chief Planning Officer\n\n",
])
def test_a_role_is_the_person_named_before_it_with_a_dash(tmp_path: Path, attendance: str) -> None:
    text = (HEADING + "Present: Councillors Ann Brook (Chairman), Tom Hale and Peter Lund\n\n" + attendance +
            "4. Planning\n\nThe Committee agreed that the Chief Planning Officer should write to the developer.\n")
    [action] = _actions(tmp_path, text)
    assert action.owners == ["Sam Reed"]


@pytest.mark.parametrize("sentence, owners", [
    ("Mr Ian Pepper to be invited to the next meeting, where he will be co-opted.", []),
    ("Cllr Lund to be sent the quotes for the new benches.", []),
    ("The Clerk to be asked to contact the county council about the verge.", ["Helen Marsh"]),
])
def test_who_a_task_in_note_form_is_done_to_does_not_own_it(tmp_path: Path, sentence: str, owners: list[str]) -> None:
    """"X to be invited / sent ...": the task is done to X, by someone the minutes do not name; "X to be asked to
    ..." tasks X."""
    text = AGENDA + "4. Co-option\n\n" + sentence + "\n"
    [action] = _actions(tmp_path, text)
    assert action.owners == owners


def test_a_task_after_a_colon_with_its_owner_in_the_margin(tmp_path: Path) -> None:
    """"... it was decided to keep it: Mike to contact the landowner.   ACTION: MC": the task is the clause after
    the colon, and the margin's initials say who "Mike" is."""
    text = (HEADING + "Present: Ann Brook (Chairman), Michael Crane, Peter Lund\n\n4. Open spaces\n\nThe new bank on the "
            "field has been built and it is now decided to keep it: Mike to contact the landowner.       ACTION: MC\n")
    [action] = _actions(tmp_path, text)
    assert (action.source.quote.split("  ")[0], action.owners) == ("Mike to contact the landowner.", ["Michael Crane"])


def test_an_owners_line_without_a_colon_under_an_impersonal_task(tmp_path: Path) -> None:
    """"Action RT" alone on the line under a paragraph whose task names no one ("the post will be advertised")
    gives that paragraph's last sentence to them; "Action Plan" under a paragraph names no owner."""
    text = (HEADING + "Present: Councillors Ruth Tanner (RT) Chair, Owen Price (OP), Lucy Marr (LM)\n\n"
            "4) Footpath survey\nThe survey is half done, and the remaining paths will be walked in the spring.\n"
            "Action RT\n5) Noticeboard\nThe board is damaged. New glass to be fitted before the summer.\nAction OP, LM\n"
            "6) Play area\nThe inspection found no faults.\nAction Plan\nThe plan was noted.\n")
    actions = _actions(tmp_path, text)
    assert [(a.text, a.owners) for a in actions] == [
        ("The survey is half done, and the remaining paths will be walked in the spring.", ["Ruth Tanner"]),
        ("New glass to be fitted before the summer.", ["Owen Price", "Lucy Marr"])]


@pytest.mark.parametrize("paragraph", [
    "The fence by the pond is down again. ACTION: clerk to ask the contractor for a quote.",
    "The fence by the pond is down again; clerk to ask the contractor for a quote.",
])
def test_a_role_in_lower_case_without_the_owns_a_task_in_note_form(tmp_path: Path, paragraph: str) -> None:
    text = HEADING + "Present: Councillors Ann Brook, Tom Hale. Clerk: Helen Marsh\n\n4. Pond\n\n" + paragraph + "\n"
    [action] = _actions(tmp_path, text)
    assert (action.text, action.owners) == ("clerk to ask the contractor for a quote.", ["Helen Marsh"])


@pytest.mark.parametrize("sentence, owners", [
    ("Cllr Hale kindly offered to repaint the bench by the pond.", ["Tom Hale"]),
    ("Cllr Hale will be asked to repaint the bench by the pond.", ["Tom Hale"]),
    ("It was resolved to ask the Clerk to write to the landowner about the hedge.", ["Helen Marsh"]),
    ("The Chairman asked councillors to walk the footpaths in their wards before the next meeting.", ["councillors"]),
])
def test_tasks_offered_asked_for_or_to_be_asked(tmp_path: Path, sentence: str, owners: list[str]) -> None:
    text = HEADING + "Present: Councillors Ann Brook, Tom Hale. Clerk: Helen Marsh\n\n4. Village green\n\n" + sentence + "\n"
    [action] = _actions(tmp_path, text)
    assert (action.text, action.owners) == (sentence, owners)


@pytest.mark.parametrize("sentence", [
    "Board members will be invited to put their names forward for the role of vice chair.",
    "Mr Green, the landowner, has agreed to cover the cost of the new gate.",
])
def test_an_invitation_or_an_outside_partys_promise_is_no_task(tmp_path: Path, sentence: str) -> None:
    text = HEADING + "Present: Councillors Ann Brook, Tom Hale. Clerk: Helen Marsh\n\n4. Village green\n\n" + sentence + "\n"
    assert not _actions(tmp_path, text)


@pytest.mark.parametrize("sentence, tasks", [
    ("A notice is to be put on the village website about the closure.", 1),
    ("An updated budget is to be written before the precept is set.", 1),
    ("A new working group needs to be set up to look at parking.", 0),  # what is needed, not what is arranged
    ("A new bench is to be a memorial to the late chairman.", 0),  # "to be a ...": what it is, no task
    ("The closure of the lane is to be expected in the spring.", 0),  # a definite subject: a statement
])
def test_a_task_with_an_indefinite_subject_is_to_be_done(tmp_path: Path, sentence: str, tasks: int) -> None:
    text = HEADING + "Present: Councillors Ann Brook, Tom Hale. Clerk: Helen Marsh\n\n4. Village green\n\n" + sentence + "\n"
    assert [(a.text, a.owners) for a in _actions(tmp_path, text)] == [(sentence, [])] * tasks


@pytest.mark.parametrize("item", [
    "Quotes for mending the bench by the pond. ACTION – Clerk",
    "The bench by the pond is broken and quotes will be obtained. Action by: Clerk",
])
def test_an_items_numbered_title_is_no_part_of_the_task_under_it(tmp_path: Path, item: str) -> None:
    """An owners label after the task's sentence takes that sentence, not the item's title on the line above."""
    text = HEADING + "Present: Councillors Ann Brook, Tom Hale. Clerk: Helen Marsh\n\n7. Village green\n\n" + item + "\n"
    [action] = _actions(tmp_path, text)
    assert (action.text, action.owners) == (item.split(". ")[0] + ".", ["Helen Marsh"])


def test_an_owners_line_under_an_items_title_sets_no_task(tmp_path: Path) -> None:
    text = HEADING + "Present: Councillors Ann Brook, Tom Hale. Clerk: Helen Marsh\n\n7. Village green\nACTION – Clerk\n"
    assert not _actions(tmp_path, text)


def test_a_request_joined_by_and_starts_at_the_one_asked(tmp_path: Path) -> None:
    """"X did this and the Clerk was asked to ...": the task is the clause from its subject, as for "... and the
    Clerk would ..." (SCHEMA: the action's text is the task clause)."""
    text = (HEADING + "Present: Councillors Ann Brook, Tom Hale. Clerk: Helen Marsh\n\n4. Village green\n\n"
            "Cllr Hale reported that the gate by the pond had been broken again and the Clerk was asked to get it "
            "mended.\n")
    [action] = _actions(tmp_path, text)
    assert (action.text, action.owners) == ("the Clerk was asked to get it mended.", ["Helen Marsh"])


@pytest.mark.parametrize("paragraph", [
    "The gate by the pond is broken and quotes will be obtained for its repair. Actions: TH, Clerk",
    "The gate by the pond is broken and quotes will be obtained for its repair (Actions: TH/Clerk). The bench is fine.",
])
def test_owners_after_a_plural_actions_label(tmp_path: Path, paragraph: str) -> None:
    text = HEADING + "Present: Councillors Ann Brook, Tom Hale. Clerk: Helen Marsh\n\n4. Village green\n\n" + paragraph + "\n"
    [action] = _actions(tmp_path, text)
    assert action.text.startswith("The gate by the pond is broken") and action.owners == ["Tom Hale", "Helen Marsh"]


def test_a_decision_that_something_needs_doing_is_no_task(tmp_path: Path) -> None:
    """"Agreed that a site meeting needs to be arranged" says what is needed; the task is the sentence that gives it
    to someone ("Clerk to arrange ..."), as "A working group needs to be set up" is no task."""
    text = (HEADING + "Present: Councillors Ann Brook, Tom Hale. Clerk: Helen Marsh\n\n4. Village green\n\n"
            "Agreed that a site meeting needs to be arranged with the tree warden. Clerk to arrange a date in August.\n")
    assert [(a.text, a.owners) for a in _actions(tmp_path, text)] == [("Clerk to arrange a date in August.", ["Helen Marsh"])]


def test_carrying_on_in_a_role_is_no_task(tmp_path: Path) -> None:
    """"X agreed to carry on as Chair" keeps someone in a role, as "X agreed to continue as ..." does: no task."""
    text = (HEADING + "Present: Councillors Ann Brook, Tom Hale. Clerk: Helen Marsh\n\n4. Chairmanship\n\n"
            "Cllr Brook had to leave early and Cllr Hale agreed to carry on as Chairman for the rest of the meeting.\n")
    assert not _actions(tmp_path, text)


def test_the_last_word_of_a_longer_name_is_not_a_first_name_subject(tmp_path: Path) -> None:
    """"... infected Larch Trees will begin soon": "Trees" is a first name in the list, but here the end of a
    longer name, so no one is tasked; a first name after a sentence's opening word still is ("Then Nancy will ...")."""
    text = (HEADING + "Present: Councillors Ann Brook, Tom Hale. Clerk: Helen Marsh\n\n4. Woodland\n\n"
            "Cllr Hale said that felling of infected Larch Trees will begin soon. Then Nancy will circulate the notes.\n")
    assert [(a.text, a.owners) for a in _actions(tmp_path, text)] == [("Then Nancy will circulate the notes.", ["Nancy"])]


def test_the_clerk_then_a_dash_names_the_clerk(tmp_path) -> None:
    """"... and the Clerk – Adrian Illing" in the Present line names the Clerk, as "the Clerk, Adrian Illing" does:
    "Clerk to report to PCSO." is his."""
    page = ("Ashby Parish Council\nMinutes of the Annual Parish Meeting held on 9 May 2018\nPresent: Cllr Mr G. Hotch – "
            "Chairman, Cllrs J Friz, M Robb and the Clerk – Adrian Illing\n\n1. Bowls club\nClerk to report to PCSO.\n")
    assert [a.owners for a in extract_page(tmp_path, page).actions] == [["Adrian Illing"]]
