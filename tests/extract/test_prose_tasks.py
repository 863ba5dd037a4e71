"""Tasks as minutes write them in running text (sentences from real minutes in corpus/b0)."""
from __future__ import annotations

from pathlib import Path

import pytest

from minutes.extract import Options
from pages import extract_page

HEADER = "Minutes of the Partnership Board held on 24 September 2009\n\nPresent: Robert Edmonds, Mary Pilgrim\n\n"
PARISH = "Minutes of the Parish Council meeting held on 3 March 2021\n\nPresent: Ann Brook (Chairman), Tom Hale, Peter Lund\n\n"


def _actions(tmp_path: Path, paragraph: str, off: frozenset[str] = frozenset()):
    return extract_page(tmp_path, HEADER + "1. Matters arising\n\n" + paragraph + "\n", Options(off=off)).actions


@pytest.mark.parametrize("paragraph, owners", [
    ("The Chair requested that Barbara Nicholls was contacted and asked to circulate the link referred to in the "
     "minutes.", ["Barbara Nicholls"]),
    ("There was agreement that officers should liaise with Robert Edmonds to programme the update into the Board's "
     "Forward Plan.", ["officers"]),
    ("Key Data – an example of the key data sets was given. Colleagues were asked to indicate if they wished to "
     "receive the extensive data via email.", ["Colleagues"]),
    ("The Panel asked if a familiarisation event at Constabulary HQ could be arranged before 6 December 2009.", []),
    ("Bill Woolley confirmed that a paper on alternative solutions would be circulated and suggested that Partners "
     "may wish to discuss it.", ["Bill Woolley"]),
    ("Mary Pilgrim agreed to write to the housing association about the scheme.", ["Mary Pilgrim"]),
    ("Following discussion, the Clerk to write to the highways authority about the verge.", ["Clerk"]),
    ("The Chair asked Board members to consider how meetings could be made more accessible.", ["Board members"]),
    ("AW asked that the board consider if one of them could volunteer to be deputy chair.", []),
    ("In response to a comment, the Town Clerk agreed to include 2018/19 data in the strategy.", ["Town Clerk"]),
    ("The Chairman requested that officers consider the website before Christmas and Rik Basra agreed to look into "
     "this.", ["Rik Basra"]),
    ("Resolved – That officers draft a report summarising the panel’s work to date.", ["officers"]),
    ("Skip to be ordered for first week November.", []),
    ("In receipt of further letter – reply to be sent to the highways authority with comments.", []),
    ("In tandem with the report, a Seminar for members would be organised by the Head of E.Government and Customer "
     "Services.", ["Head of E.Government and Customer Services"]),
    ("Nancy to produce a proposed training specification.", ["Nancy"]),  # a first name the attendance list lacks
    # a decision that something be done is a task, though it names no one
    ("The questions were addressed in summary but it was agreed that a full written response be provided after the "
     "meeting.", []),
    ("Members attended the conference held on 21 March and it was agreed that a summary note would be circulated to "
     "members on their experience.", []),
    ("That the final report be issued widely to all Partners.", []),
    ("RE reported on performance. SK – to clarify and update performance data for the next meeting.", ["SK"]),
    ("The Panel agreed. The Chair asked if Luke could provide an update for the Panel in July, Luke agreed.", ["Luke"]),
    ("Past housing questionnaires will be sourced by Mary.", ["Mary Pilgrim"]),  # any verb, with a person as agent
    ("All members to review the terms of reference before the next meeting.", ["All members"]),
    ("It was agreed that Mary Pilgrim would liaise with the police to arrange for the crime figures to be included "
     "in future reports.", ["Mary Pilgrim"]),  # a decision that tasks someone
    ("2) that officers contact stakeholders to ascertain the best time and date for them.", ["officers"]),
])
def test_a_task_in_running_text_is_an_action(tmp_path: Path, paragraph: str, owners: list[str]) -> None:
    actions = _actions(tmp_path, paragraph)
    assert [a.owners for a in actions] == [owners]
    assert not _actions(tmp_path, paragraph, frozenset({"prose_tasks"}))


@pytest.mark.parametrize("paragraph", [
    "A one year development plan for CWOP would help ensure that the processes were in place.",
    "Cllr GD asked if it was possible to have a breakdown of the Joint Funding pot.",
    "New PSA targets will be published in the autumn.",
    "Dave Northcott who has been appointed Joint Commissioning Manager will now be on a secondment.",
    "Gwyn agreed that the forecast can be changed to green once the target is confirmed.",
    "RESOLVED that the accounts be approved.",
    "Board Members are requested to declare any interests on items included in this agenda.",
    "The Chairman to report apologies for absence.",
    "A small working group needs to be established to consider that listed above.",
    "The Chairman will read the following announcement:",
    "Members are to review, comment upon and approve the attached Scrutiny Work Programme 2024/25.",
    "Resolved – That the situation be noted.",
    "2% minor issues to be resolved.",
    "The question to be asked is whether the current structure is fit to deliver.",
    "Items to be taken in private session",
    "The next meeting to be held on Tuesday January 30th at 7.00 pm in the Village Hall",
    "For this to be actioned immediately in order for the forum to drive forward recommendations.",
    "He would ask again either at the end of the meeting or at the next one.",
    "It was decided that they should be given a reasonable time to rectify the matter.",
    "It was agreed that the forecast can be changed to green once the target is confirmed as 32%.",
    "It was agreed that Trading Standards be invited to become members of the Partnership.",
    "RESOLVED: That approval be given to the budget variations as set out in the report.",
    "BG to remain in attendance awaiting receipt of the nomination paper from the Local Authority.",
    "On approval of the Governing Board JB to be appointed as an Associate Member.",
    "Declarations of interest in respect of matters to be discussed.",
    "Due to the appointed Chair not being in attendance, a Chair would be elected for the meeting.",
])
def test_statements_questions_and_decisions_are_not_actions(tmp_path: Path, paragraph: str) -> None:
    assert _actions(tmp_path, paragraph) == []


def test_the_task_clause_stops_before_what_else_the_sentence_says(tmp_path: Path) -> None:
    actions = _actions(tmp_path, "Mary Pilgrim agreed to obtain more advice, but considered that a sign might help.")
    assert [a.text for a in actions] == ["Mary Pilgrim agreed to obtain more advice"]


def test_over_the_next_weeks_is_a_due_date(tmp_path: Path) -> None:
    actions = _actions(tmp_path, "ACTION: MP asked for suggestions to be forwarded to her over the next 2 weeks.")
    assert [a.due for a in actions] == ["2009-10-08"]


def test_a_task_met_in_discussion_and_again_in_the_action_list_keeps_the_lists_wording(tmp_path: Path) -> None:
    actions = _actions(tmp_path, "New action. Mary Pilgrim will complete the list of files and their licences, and pass "
                                 "to Robert for review.\n\nOpen and new actions:\n\n- 10.2 Mary to complete the list of "
                                 "files and their licences, and pass to Robert for review.")
    assert [(a.ref, a.owners, a.source.quote) for a in actions] == [
        ("10.2", ["Mary Pilgrim"], "Mary to complete the list of files and their licences, and pass to Robert for review.")]


def test_a_week_of_a_month_is_a_due_date(tmp_path: Path) -> None:
    actions = _actions(tmp_path, "Skip to be ordered for first week November.")
    assert [(a.due, a.due_text) for a in actions] == [("2009-11-07", "first week November")]


def test_welcoming_someone_to_the_meeting_is_no_task(tmp_path: Path) -> None:
    assert _actions(tmp_path, "The Vice Chairman welcomed newly elected Cllr. Mary Pilgrim to the meeting.") == []


def test_a_lettered_resolution_that_something_be_done_is_a_task_up_to_its_first_comma(tmp_path: Path) -> None:
    actions = _actions(tmp_path, "e) That an update report be brought to this Board later in the year to highlight "
                                 "progress, to take account of any further changes required.")
    assert [(a.text, a.owners) for a in actions] == [
        ("e) That an update report be brought to this Board later in the year to highlight progress", [])]


@pytest.mark.parametrize("paragraph, texts", [
    ("Cllr Edmonds requested a follow up to the county association re representatives required. The Clerk would action.",
     ["Cllr Edmonds requested a follow up to the county association re representatives required. The Clerk would "
      "action."]),  # the task is the sentence before
    ("The Clerk suggested a couple of names. Clerk to report back at next meeting. Clerk to action",
     ["Clerk to report back at next meeting."]),  # the sentence before is the task already
])
def test_to_action_points_at_the_sentence_before(tmp_path: Path, paragraph: str, texts: list[str]) -> None:
    assert [a.text for a in _actions(tmp_path, paragraph)] == texts


@pytest.mark.parametrize("paragraph", [
    "The Chair will consider the admission of any items of Urgent Business.",  # agenda wording (a partnership board)
    "Councillors will elect a Chair for the meeting.",  # a community meeting's agenda
    "Minutes: The Chair asked Members to note the content of the Chair’s announcements which included details "
    "of Authority achievements and events.",  # a fire authority
    "Board members are asked to re-elect the Chair and Deputy Chair of the Board",  # a children's partnership board
])
def test_the_meetings_own_business_is_no_task(tmp_path: Path, paragraph: str) -> None:
    assert _actions(tmp_path, paragraph) == []


@pytest.mark.parametrize("paragraph", [
    "S Edwards to be added to those present at the Annual Cemetery Meeting.",  # a correction to earlier minutes
    "Paragraph 3, comment from Navroop to be amended to read: ‘Navroop Mehat made reference to concerns’.",
    "The key priorities to be tackled during the year were anti-social behaviour, domestic abuse and substance misuse.",
    "The Chair advised that Linda James had recently retired and requested that the thanks of the Partnership for "
    "her work be recorded.",  # put on record, not a task
    "Mrs O’Kelly advised the Chairman that she wished to be called Chair.",
])
def test_corrections_to_the_minutes_and_to_be_done_as_a_noun_modifier_are_no_tasks(tmp_path: Path, paragraph: str) -> None:
    assert _actions(tmp_path, paragraph) == []


def test_a_note_form_task_with_no_verb_after_it_is_still_a_task(tmp_path: Path) -> None:
    assert [a.text for a in _actions(tmp_path, "Skip to be ordered for first week November.")] == [
        "Skip to be ordered for first week November."]


@pytest.mark.parametrize("paragraph, owners", [
    ("RESOLVED that the Clerk be instructed to order a new bench.", ["Clerk"]),
    ("It was RESOLVED that the Clerk be authorised to pay the invoice.", ["Clerk"]),
    ("A letter will be sent to the council by the Clerk.", ["Clerk"]),  # the agent after the verb's object
])
def test_a_resolution_that_instructs_someone_and_a_passive_with_its_agent_further_on(tmp_path: Path, paragraph: str,
                                                                                     owners: list[str]) -> None:
    assert [a.owners for a in _actions(tmp_path, paragraph)] == [owners]


def test_the_mayor_is_not_the_deputy_mayor(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Town Council meeting held on 12 March 2015\n\nPresent: Cllr John Smith "
                          "(Mayor), Cllr Anne Brown (Deputy Mayor), Cllr Tom Green\n\n1. Matters\nThe Mayor will write to the MP.\n")
    assert [a.owners for a in record.actions] == [["John Smith"]]


@pytest.mark.parametrize("sentence, task", [
    ("A revised booking form would be circulated before the next meeting.",
     "A revised booking form would be circulated before the next meeting."),
    ("The hedge on the recreation ground is overgrown; the tenant will be notified of the problem.",
     "the tenant will be notified of the problem."),
])
def test_a_task_in_the_passive_future_naming_no_one(tmp_path: Path, sentence: str, task: str) -> None:
    text = ("Minutes of the Parish Council meeting held on 3 March 2021\n\nPresent: Ann Brook, Tom Hale\n\n"
            f"6. Recreation ground\n\n{sentence}\n\n7. Close\n\nNone.\n")
    [action] = extract_page(tmp_path, text).actions
    assert (action.text, action.owners) == (task, [])


@pytest.mark.parametrize("sentence", [
    "Access to the car park will be shared with the school.",  # used jointly: no one is tasked
    "Minute 4 - Grants “a note would be circulated to members” – the note had been sent in May.",  # a quotation
])
def test_the_passive_future_that_sets_no_task(tmp_path: Path, sentence: str) -> None:
    text = ("Minutes of the Parish Council meeting held on 3 March 2021\n\nPresent: Ann Brook, Tom Hale\n\n"
            f"6. Recreation ground\n\n{sentence}\n\n7. Close\n\nNone.\n")
    assert extract_page(tmp_path, text).actions == []


@pytest.mark.parametrize("sentence", [
    "Cllr Ann Brook agreed to continue as the council's tree warden.",  # an appointment
    "Tom Hale to act as returning officer for the village poll.",
    "Members agreed to defer the grant scheme to the next meeting.",  # a deferral
])
def test_appointments_and_deferrals_are_not_tasks(tmp_path: Path, sentence: str) -> None:
    text = ("Minutes of the Parish Council meeting held on 3 March 2021\n\nPresent: Ann Brook, Tom Hale\n\n"
            f"6. Roles\n\n{sentence}\n\n7. Close\n\nNone.\n")
    assert extract_page(tmp_path, text).actions == []


@pytest.mark.parametrize("sentence, owners", [
    ("The Council RESOLVED for Tom to carry out the hedge cutting before the end of March.", ["Tom Hale"]),
    ("After discussion it was decided for the Clerk to order two new benches.", ["Helen Marsh"]),
    ("The council agreed to answer the survey as a whole and for PL to return it to the district council.",
     ["Peter Lund"]),
])
def test_a_task_given_with_for_after_a_decision(tmp_path: Path, sentence: str, owners: list[str]) -> None:
    """"resolved for X to ...", "decided for X to ...", "... and for X to ...": X is tasked."""
    text = PARISH + "In attendance: Helen Marsh (Clerk)\n\n4. Open spaces\n\n" + sentence + "\n"
    [action] = extract_page(tmp_path, text).actions
    assert action.owners == owners


def test_an_action_label_after_the_discussion_in_the_same_paragraph(tmp_path: Path) -> None:
    """"... agreed. Action: TH to order the paint; PL to book the hall." sets two tasks; "Action: To be put on
    the notice board." one with no owner; the next item of a run-on page after "Action: Clerk" none."""
    text = (PARISH + "4. Village hall\n\nThe hall needs repainting before the summer fair. It was agreed to do the "
            "work in May. Action: TH to order the paint; PL to book the hall for the volunteers.\n\n"
            "5. Correspondence\n\n- A leaflet on the oil buying club was received. Action: To be put on the notice "
            "board.\n\n- The minutes were approved. Action: Clerk 5.3.21 Review of the grass cutting contract – "
            "three quotes had been received.\n")
    actions = extract_page(tmp_path, text).actions
    assert [(a.source.quote, a.owners) for a in actions] == [
        ("TH to order the paint", ["Tom Hale"]), ("PL to book the hall for the volunteers.", ["Peter Lund"]),
        ("To be put on the notice board.", [])]


@pytest.mark.parametrize("sentence, owners", [
    ("Peter Lund, the district councillor, would bring the question back to a later meeting.", ["Peter Lund"]),
    ("It was agreed that TH, as treasurer, would keep separate accounts for the project.", ["Tom Hale"]),
    ("The Clerk's assistant, Ann Brook, agreed to prepare the minutes in this format from now on.", ["Ann Brook"]),
])
def test_a_subject_with_a_phrase_in_commas_after_it(tmp_path: Path, sentence: str, owners: list[str]) -> None:
    """"X, <a phrase>, would / agreed to <verb>": X is tasked."""
    text = PARISH + "4. Neighbourhood plan\n\n" + sentence + "\n"
    [action] = extract_page(tmp_path, text).actions
    assert action.owners == owners


@pytest.mark.parametrize("sentence", [
    "Matter to be discussed at next meeting.",
    "The location of the new bench is to be considered on another date.",
    "Verge cutting to be debated again at a future meeting.",
])
def test_a_matter_put_off_to_a_later_meeting_is_no_task(tmp_path: Path, sentence: str) -> None:
    text = PARISH + "4. Open spaces\n\n" + sentence + "\n"
    assert extract_page(tmp_path, text).actions == []


@pytest.mark.parametrize("sentence, tasks", [
    ("Members were asked to comment on the paper and agree a final version of the plan.", 0),
    ("The governors were invited to agree the procedure for electing the Chair.", 0),
    ("Members were asked to review the draft plan and send comments to the Clerk by 1 April.", 1),
])
def test_what_the_meeting_was_asked_to_do_there_is_no_task(tmp_path: Path, sentence: str, tasks: int) -> None:
    """"Members were asked to comment / agree ..." reports the meeting's own business; "were asked to review ...
    and send comments" may set a task."""
    text = PARISH + "4. Neighbourhood plan\n\n" + sentence + "\n"
    assert len(extract_page(tmp_path, text).actions) == tasks


@pytest.mark.parametrize("sentence, tasks", [
    ("It was agreed that PCC representation was still needed on the board.", 0),
    ("It was agreed that PCC involvement would continue through the winter.", 0),
    ("It was agreed that PL contact the highways team about the verge.", 1),
])
def test_a_noun_after_the_subject_of_a_decision_sets_no_task(tmp_path: Path, sentence: str, tasks: int) -> None:
    """"agreed that X <verb> ..." tasks X; "agreed that X representation was needed" does not."""
    text = PARISH + "4. Partnership\n\n" + sentence + "\n"
    assert len(extract_page(tmp_path, text).actions) == tasks


@pytest.mark.parametrize("sentence, tasks", [
    ("It was decided that co-opted members should not be included in the count unless they had voted.", 0),
    ("It was agreed that the grant would never be offered to a private company.", 0),
    ("It was agreed that the grant application would be submitted by the end of May.", 1),
])
def test_a_decision_that_something_not_be_done_sets_no_task(tmp_path: Path, sentence: str, tasks: int) -> None:
    text = PARISH + "4. Grants\n\n" + sentence + "\n"
    assert len(extract_page(tmp_path, text).actions) == tasks


@pytest.mark.parametrize("sentence, owners", [
    ("Cllr Hale has received the contractor's conditions and will circulate them.", ["Tom Hale"]),
    ("Councillor Lund agreed that this was wrong and would write a letter on behalf of the council.", ["Peter Lund"]),
    ("Tom Hale said that he would provide a copy of the lease.", ["Tom Hale"]),
    ("The owner of the mill has indicated he will apply for a licence.", None),
    ("The Chairman welcomed the group and explained no papers were issued and this will help shape the plan.", None),
])
def test_someone_present_who_says_they_will_do_something(tmp_path: Path, sentence: str, owners: list[str] | None) -> None:
    """"X said that he would ...", "X has done one thing and will do another": a task for X when X is at the meeting."""
    text = PARISH + "4. Planning\n\n" + sentence + "\n"
    actions = extract_page(tmp_path, text).actions
    assert [a.owners for a in actions] == ([owners] if owners else [])


@pytest.mark.parametrize("sentence, task", [
    ("Mr Fox wished to stop cutting the verges, the Chairman thanked him for his work and the Clerk will advertise "
     "for a volunteer.", "the Clerk will advertise for a volunteer."),
    ("Out of courtesy, Cllr Hale will speak with the neighbours first.", "Cllr Hale will speak with the neighbours first."),
    ("It was agreed that Cllr Hale will speak with the neighbours first.",
     "It was agreed that Cllr Hale will speak with the neighbours first."),
])
def test_a_modal_task_joined_by_and_or_a_comma_is_read_from_its_subject(tmp_path: Path, sentence: str, task: str) -> None:
    text = PARISH + "In attendance: Helen Marsh (Clerk)\n\n4. Verges\n\n" + sentence + "\n"
    [action] = extract_page(tmp_path, text).actions
    assert action.source.quote == task


@pytest.mark.parametrize("sentence", [
    "The Mayor said he would appoint Councillor Tom Hale to fill the office of Deputy Mayor during his term.",
    "Cllr Lund asked to stand down from the planning group, and would be replaced by Cllr Hale.",
])
def test_who_takes_over_a_role_is_no_task(tmp_path: Path, sentence: str) -> None:
    """An appointment ("X to fill the office of ...", "would be replaced by X") sets no task."""
    text = PARISH + "4. Appointments\n\n" + sentence + "\n"
    assert extract_page(tmp_path, text).actions == []


@pytest.mark.parametrize("sentence, tasks", [
    ("The Committee asked for a note setting out what the new scheme had achieved.", 1),
    ("The Chairman asked for a written proposal from the footpaths group.", 1),
    ("Cllr Hale asked for the council's support in getting the path resurfaced.", 0),
    ("The Chair asked for a moment of reflection.", 0),
])
def test_a_request_for_a_paper_is_a_task(tmp_path: Path, sentence: str, tasks: int) -> None:
    """"asked for a note / a written proposal / an update" sets a task (for someone the minutes do not name)."""
    text = PARISH + "4. Footpaths\n\n" + sentence + "\n"
    assert len(extract_page(tmp_path, text).actions) == tasks


def test_a_task_in_note_form_with_a_sum_of_money(tmp_path: Path) -> None:
    """"The precept of £1,500.00 to be requested.": the full stop inside the sum ends no sentence."""
    text = PARISH + "5. Finance\n\nThe precept of £2,250.00 as in previous years to be requested.\n"
    [action] = extract_page(tmp_path, text).actions
    assert action.text == "The precept of £2,250.00 as in previous years to be requested."


def test_who_proposes_and_who_seconds_a_motion_is_no_task(tmp_path) -> None:
    """An annual meeting's agenda names who moves each motion and who seconds it: the meeting's own
    procedure, not work to be done; a proposal to be taken elsewhere still is a task."""
    page = ("Ashby Town Council\nMinutes of the meeting held on 2 April 2013\nPresent: Cllr Mary Robb, Cllr Pam Dow, Cllr Alan Yates\n\n"
            "RESOLVED: That the agenda for the Annual Meeting be as follows:-\n\nItem 1 - Election of Town Mayor\n\n"
            "Councillor Mary Robb to propose and\n\nCouncillor Pam Dow to second –\n\n\"That Councillor Alan Yates be elected as "
            "Town Mayor\"\n\nCllr Yates to propose a new bus shelter scheme to the county council.\n")
    assert [(a.text, a.owners) for a in extract_page(tmp_path, page).actions] == [
        ("Cllr Yates to propose a new bus shelter scheme to the county council.", ["Alan Yates"])]
