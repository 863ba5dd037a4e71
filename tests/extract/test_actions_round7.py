"""Tasks as minutes write them, round 7: made-up lines and sentences in the general shapes of real minutes
(seen in b19 and b20 and checked across the corpus), with made-up names."""
from __future__ import annotations

from pathlib import Path

import pytest

from pages import extract_page

HEAD = ("Minutes of the Parish Council meeting held on 3 March 2021\n\n"
        "Present: Cllr Ann Brook (Chairman), Cllr Tom Hale, Cllr Mary-Jane Cole\n\n")
CLERK = "Clerk: Helen Marsh\n\n"


def _actions(tmp_path: Path, text: str, clerk: str = ""):
    return extract_page(tmp_path, HEAD + clerk + "4. Highways\n\nThe verge was discussed.\n\n" + text + "\n").actions


# who, then a colon or a dash, then the task: one reader for every edge of the shape
@pytest.mark.parametrize("line, owners, task", [
    ("Tom Hale - check the troughs for leaks", ["Tom Hale"], "Check the troughs for leaks"),  # an ASCII hyphen
    ("Tom Hale – to check the troughs for leaks", ["Tom Hale"], "Check the troughs for leaks"),  # "to" after the dash
    ("Tom Hale: to check the troughs", ["Tom Hale"], "Check the troughs"),  # ... and after a colon
    ("Tom Hale – investigate", ["Tom Hale"], "Investigate"),  # a one-word task
    ("Mary-Jane – order the padlock", ["Mary-Jane Cole"], "Order the padlock"),  # a hyphenated first name
    ("TH: Obtain quotes for the fence", ["Tom Hale"], "Obtain quotes for the fence"),  # a capital after a colon
    ("TH–obtain quotes", ["Tom Hale"], "Obtain quotes"),  # no spaces round the dash
    ("Tom Hale/Ann Brook – order the padlock", ["Tom Hale", "Ann Brook"], "Order the padlock"),
    ("Tom Hale and Mary-Jane Cole – order the padlock", ["Tom Hale", "Mary-Jane Cole"], "Order the padlock"),
    ("Clerk: write to the highways authority", ["Clerk"], "Write to the highways authority"),  # a role nobody holds here
    ("Clerk – write to the highways authority", ["Clerk"], "Write to the highways authority"),
    ("Clerk - write to the highways authority", ["Clerk"], "Write to the highways authority"),  # ... whatever the dash
    ("Clerk – to write to the highways authority", ["Clerk"], "Write to the highways authority"),
])
def test_who_then_a_colon_or_a_dash_then_the_task(tmp_path: Path, line: str, owners: list[str], task: str) -> None:
    [action] = _actions(tmp_path, "Action: " + line)
    assert (action.owners, action.text) == (owners, task)


@pytest.mark.parametrize("line", [
    "TH - Obtain quotes for the fence",  # a capital after a hyphen: a heading's words, not who and a task
    "TH –check",  # a one-word task needs a space before it
    "MB – obtain quotes for the fence",  # initials nobody at the meeting has
    "Highways – check the signs",  # a topic, not a person
])
def test_no_owner_when_what_comes_first_is_not_who(tmp_path: Path, line: str) -> None:
    [action] = _actions(tmp_path, "Action: " + line)
    assert action.owners == [] and action.text == line


def test_a_named_clerk_owns_the_clerk_s_task_whatever_the_dash(tmp_path: Path) -> None:
    for line in ("Clerk: write to the highways authority", "Clerk - write to the highways authority",
                 "Clerk – to write to the highways authority"):
        [action] = _actions(tmp_path, "Action: " + line, CLERK)
        assert (action.owners, action.text) == (["Helen Marsh"], "Write to the highways authority")


@pytest.mark.parametrize("line, owner", [("Tom Hale - check the troughs for leaks", "Tom Hale"),
                                         ("Tom Hale – to check the troughs", "Tom Hale"),
                                         ("Tom Hale – investigate", "Tom Hale"),
                                         ("Mary-Jane – order the padlock", "Mary-Jane Cole")])
def test_an_action_list_reads_every_line_that_names_who_first(tmp_path: Path, line: str, owner: str) -> None:
    """"ACTIONS:" then "Len - check the troughs" (a hyphen, "to", one word): the list goes on, no task is lost."""
    actions = _actions(tmp_path, "ACTIONS:\n\n" + line + "\n\nAnn Brook: order the new bench")
    assert [a.owners for a in actions] == [[owner], ["Ann Brook"]]


def test_every_action_label_of_a_run_on_paragraph_is_read_up_to_the_next_item(tmp_path: Path) -> None:
    """A page run on into one paragraph, each item "- The Council were ..." with its "ACTION:" label: every label's
    task, in any wording ("was directed to", a passive note, "X to ..."), ends where the next item begins."""
    actions = _actions(tmp_path, "Public issues: The Council were asked to replace the bus timetables. ACTION: The Clerk "
                                 "was directed to contact the bus company for new copies. - The Council were told the "
                                 "play area signs had not arrived. ACTION: New signs to be displayed once received from "
                                 "the supplier - The Council were informed that the field gate had been left open. "
                                 "ACTION: Cllr Hale to visit the field", CLERK)
    assert [(a.source.quote, a.owners) for a in actions] == [
        ("The Clerk was directed to contact the bus company for new copies.", ["Helen Marsh"]),
        ("New signs to be displayed once received from the supplier", []),
        ("Cllr Hale to visit the field", ["Tom Hale"])]


@pytest.mark.parametrize("label, owner", [("ACTION: Mary-Jane agreed to add the link to the website.", "Mary-Jane Cole"),
                                          ("ACTION: clerk to chase up the photographs of the work.", "Helen Marsh")])
def test_a_label_s_task_is_owned_by_its_sentence_s_subject(tmp_path: Path, label: str, owner: str) -> None:
    """"ACTION: Suzanne agreed to ...", "ACTION: clerk to chase ...": the subject of the labelled sentence owns it."""
    [action] = _actions(tmp_path, "The website was discussed.\n\n" + label, CLERK)
    assert action.owners == [owner]


def test_a_task_written_word_for_word_under_two_items_is_two_tasks(tmp_path: Path) -> None:
    """"MT will circulate it." under two items of the discussion: two tasks, not one met twice (a summary list
    that repeats a task of the discussion still gives one)."""
    actions = _actions(tmp_path, "Skills list: This was discussed and amended. Tom Hale will circulate it.\n\n"
                                 "Volunteers list: This was also discussed and amended. Tom Hale will circulate it.\n\n"
                                 "Bench: The bench is rotten. ACTION: Mary-Jane to get quotes. The gate is broken too. "
                                 "ACTION: Mary-Jane to get quotes.\n\n"
                                 "Actions:\n\n- Mary-Jane to get quotes.")
    assert [a.owners for a in actions] == [["Tom Hale"], ["Tom Hale"], ["Mary-Jane Cole"], ["Mary-Jane Cole"]]


@pytest.mark.parametrize("paragraph, quote, owners", [
    ("The shelter has not been repaired yet, Cllr Hale will have a look at it in the near future.",
     "Cllr Hale will have a look at it in the near future.", ["Tom Hale"]),  # "will have a look"
    ("The accounts were approved. They will be signed off by the Chair at the next meeting.",
     "They will be signed off by the Chair at the next meeting.", ["Ann Brook"]),  # a particle before "by"
    ("Lights have been donated and a letter of thanks to be sent.", "a letter of thanks to be sent.", []),  # note form after "and"
    ("Governors to give consideration to the venue of future meetings.",
     "Governors to give consideration to the venue of future meetings.", ["Governors"]),  # a group as written
    ("Sub-group to investigate the community events.", "Sub-group to investigate the community events.", ["Sub-group"]),
])
def test_tasks_in_the_shapes_of_parish_minutes(tmp_path: Path, paragraph: str, quote: str, owners: list[str]) -> None:
    [action] = _actions(tmp_path, paragraph)
    assert (action.source.quote, action.owners) == (quote, owners)


@pytest.mark.parametrize("paragraph", [
    "Topics to be discussed will include the verges and the pond.",  # the subject of a sentence
    "The grant will fund two benches, to be placed on the green and at the hall.",  # a phrase after a comma
    "The plan was welcomed and a project plan needs to be drafted for the group.",  # what is needed
    "The issue of key holders needed to be addressed.",
])
def test_a_to_be_done_phrase_that_sets_no_task(tmp_path: Path, paragraph: str) -> None:
    assert _actions(tmp_path, paragraph) == []


@pytest.mark.parametrize("paragraph, quote, owners", [
    ("Cllr Hale reported on the footpath. He agreed to contact the landowner about the stile.",
     "He agreed to contact the landowner about the stile.", ["Tom Hale"]),
    ("Mary-Jane Cole updated the meeting on the hall. She will obtain three quotes for the roof.",
     "She will obtain three quotes for the roof.", ["Mary-Jane Cole"]),
])
def test_a_pronoun_subject_is_the_person_the_sentence_before_opens_with(tmp_path: Path, paragraph: str, quote: str,
                                                                         owners: list[str]) -> None:
    [action] = _actions(tmp_path, paragraph)
    assert (action.source.quote, action.owners) == (quote, owners)


def test_a_pronoun_after_a_sentence_about_no_one_present_is_no_task(tmp_path: Path) -> None:
    assert _actions(tmp_path, "The contractor has not replied. He will phone the office next week.") == []


@pytest.mark.parametrize("paragraph, tasks", [
    ("Tom Hale to draft the letter and Ann Brook to send it.",
     [("Tom Hale to draft the letter", ["Tom Hale"]), ("Ann Brook to send it.", ["Ann Brook"])]),
    ("Not submitted yet, TH to send the figures to AB, then Mary-Jane to sign and send it to the planners.",
     [("TH to send the figures to AB", ["Tom Hale"]), ("Mary-Jane to sign and send it to the planners.", ["Mary-Jane Cole"])]),
    ("Cllr Hale and Cllr Brook to review the hire charges.",  # one task, two owners
     [("Cllr Hale and Cllr Brook to review the hire charges.", ["Tom Hale", "Ann Brook"])]),
    ("Tom Hale to draft the letter and send it to Ann Brook.",  # one person's two steps
     [("Tom Hale to draft the letter and send it to Ann Brook.", ["Tom Hale"])]),
])
def test_two_tasks_with_two_owners_in_one_sentence(tmp_path: Path, paragraph: str, tasks: list) -> None:
    assert [(a.source.quote, a.owners) for a in _actions(tmp_path, paragraph)] == tasks


def test_several_action_labels_on_one_line(tmp_path: Path) -> None:
    actions = _actions(tmp_path, "ACTION: Clerk to write to Highways. ACTION: TH to check the drain. "
                                 "ACTION: Ann Brook to order the bench.", CLERK)
    assert [(a.source.quote, a.owners) for a in actions] == [("Clerk to write to Highways.", ["Helen Marsh"]),
                                                             ("TH to check the drain.", ["Tom Hale"]),
                                                             ("Ann Brook to order the bench.", ["Ann Brook"])]


def test_a_deadline_with_its_weekday(tmp_path: Path) -> None:
    """"before Friday 24.6.16": the weekday between the deadline's word and its date."""
    [action] = _actions(tmp_path, "Tom Hale to sign the application and send it to the planners before Friday 26.3.21.")
    assert (action.due, action.due_text) == ("2021-03-26", "before Friday 26.3.21")


def test_the_clerk_named_at_the_start_of_an_attendance_line(tmp_path: Path) -> None:
    """"Parish Clerk Jane Roe, and 4 members of the public": the Clerk's task is hers."""
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 3 March 2021\n\n"
                                    "Present: Cllrs Hale, Brook and Lund\nParish Clerk Jane Roe, and 4 members of the public.\n\n"
                                    "4. Highways\n\nThe Clerk will write to the county council about the potholes.\n")
    assert [a.owners for a in record.actions] == [["Jane Roe"]]


def test_initials_with_a_middle_initial_the_attendance_list_does_not_give(tmp_path: Path) -> None:
    """"TRH to send ..." when Tom Hale is the only TH present and nobody's initials are TRH."""
    [action] = _actions(tmp_path, "TRH to send the revised plan to the planners.")
    assert action.owners == ["Tom Hale"]


def test_an_action_log_heading_names_no_owner(tmp_path: Path) -> None:
    """"ACTION LOG" under a paragraph is the heading of what follows, not "Action: LOG" owning the sentence above."""
    actions = _actions(tmp_path, "The Chairman will sign the grant application.\n\nACTION LOG\n\n1. Tom Hale – order the new bench")
    assert [a.owners for a in actions] == [["Ann Brook"], ["Tom Hale"]]


def test_a_summary_of_actions_heads_a_list_of_tasks(tmp_path: Path) -> None:
    actions = _actions(tmp_path, "Summary of actions\n\nClerk – report the potholes to the county council\n\n"
                                 "Cllr Hale – repair the swing seat", CLERK)
    assert [(a.text, a.owners) for a in actions] == [("Report the potholes to the county council", ["Helen Marsh"]),
                                                     ("Repair the swing seat", ["Tom Hale"])]


def test_a_bracket_holding_a_task_is_no_owner(tmp_path: Path) -> None:
    """"Action 4 (TH to circulate the figures) – completed": the bracket is last meeting's task, not who."""
    actions = _actions(tmp_path, "Action 4 (TH to circulate the crime figures) – completed.")
    assert all(a.owners in ([], ["Tom Hale"]) for a in actions)


def test_a_task_after_a_semicolon_is_quoted_from_its_subject(tmp_path: Path) -> None:
    [action] = _actions(tmp_path, "A letter from a resident about hedges was noted; the Clerk was instructed to reply.", CLERK)
    assert (action.source.quote, action.owners) == ("the Clerk was instructed to reply.", ["Helen Marsh"])


def test_a_second_task_in_a_sentence_may_be_a_modal_one(tmp_path: Path) -> None:
    """"Cllr Grey agreed to repair the seat and the Clerk will order a sign": two tasks, two owners."""
    actions = _actions(tmp_path, "Cllr Hale agreed to repair the swing seat and the Clerk will order a new sign.", CLERK)
    assert [(a.source.quote, a.owners) for a in actions] == [("Cllr Hale agreed to repair the swing seat", ["Tom Hale"]),
                                                             ("the Clerk will order a new sign.", ["Helen Marsh"])]


def test_a_pronoun_past_sentences_that_open_with_a_pronoun_too(tmp_path: Path) -> None:
    [action] = _actions(tmp_path, "Cllr Hale reported on the footpath. He attended the county forum. "
                                  "He was also following up the broken sign.")
    assert (action.source.quote, action.owners) == ("He was also following up the broken sign.", ["Tom Hale"])


def test_a_capitalised_and_joins_two_owners(tmp_path: Path) -> None:
    [action] = _actions(tmp_path, "Mary-Jane Cole And Tom Hale to produce a business case.")
    assert action.owners == ["Mary-Jane Cole", "Tom Hale"]


def test_a_task_after_a_line_s_reference_code(tmp_path: Path) -> None:
    """An action log's line "13/08/15-07 Chair to locate ...": the code opens the line, the task follows."""
    [action] = _actions(tmp_path, "21/02/03-07 Chair to locate a copy of the survey. Completed")
    assert (action.source.quote, action.owners) == ("Chair to locate a copy of the survey.", ["Ann Brook"])


def test_a_second_task_after_a_semicolon(tmp_path: Path) -> None:
    actions = _actions(tmp_path, "Agreed: AB to order the bench; TH to contact the landowner.")
    assert [(a.source.quote, a.owners) for a in actions] == [("AB to order the bench", ["Ann Brook"]),
                                                             ("TH to contact the landowner.", ["Tom Hale"])]


def test_a_margin_label_on_the_line_before_is_no_part_of_the_next_task(tmp_path: Path) -> None:
    """"... to members. ACTION: MJ" then "Members asked for a breakdown ... ACTION: TH": the second task is quoted
    from its own line, not from the label that ends the line before."""
    actions = _actions(tmp_path, "The return was noted. Mary-Jane would circulate the final plan to members. ACTION: MJ\n"
                                 "Members asked for a breakdown of spend by area. ACTION: TH")
    assert [(a.source.quote, a.owners) for a in actions][-1] == ("Members asked for a breakdown of spend by area.", ["Tom Hale"])


@pytest.mark.parametrize("sentence", [
    "The Council resolved to instruct the Clerk to write to the landowner.",
    "The Clerk reported that she would write to the contractor.",
    "The Clerk was tasked with contacting the vicar about the churchyard wall.",
])
def test_the_clerk_s_task_in_the_wordings_of_resolutions_and_reports(tmp_path: Path, sentence: str) -> None:
    [action] = _actions(tmp_path, sentence, CLERK)
    assert (action.source.quote, action.owners) == (sentence, ["Helen Marsh"])


def test_an_action_label_right_after_its_discussion_records_one_task(tmp_path: Path) -> None:
    """"Cllr Hale confirmed that he would inspect the gates. ACTION: Chair to visit site" (Cllr Hale chairs): one task,
    the label's; another person's label after it is a task of its own."""
    actions = _actions(tmp_path, "The gate was left open. Cllr Brook confirmed that she would inspect the gates. "
                                 "ACTION: Chairman to visit the site. The bench is broken. Cllr Hale said he would look at it. "
                                 "ACTION: Clerk to order a new bench.", CLERK)
    assert [(a.source.quote, a.owners) for a in actions] == [("Chairman to visit the site.", ["Ann Brook"]),
                                                             ("Cllr Hale said he would look at it.", ["Tom Hale"]),
                                                             ("Clerk to order a new bench.", ["Helen Marsh"])]


def test_due_during_a_month_and_before_the_next_meeting(tmp_path: Path) -> None:
    actions = _actions(tmp_path, "Clerk to arrange a site meeting during April with the contractor.\n\n"
                                 "Tom Hale to review the hire charges early in May before the next meeting.\n\n"
                                 "5. Date of next meeting\n\nThe next meeting will be held on 12 May 2021.", CLERK)
    assert [(a.due, a.due_text) for a in actions] == [("2021-04-30", "during April"), ("2021-05-12", "before the next meeting")]


@pytest.mark.parametrize("under", ["1.0\n\nApologies", "Agenda item / Outcome\n\nMinutes of the last meeting / Accepted as correct."])
def test_an_action_column_s_header_over_a_number_or_a_table_row_is_no_task(tmp_path: Path, under: str) -> None:
    """"Action" flattened from a column header, then an item number ("1.0") or a row of a table ("... / ...")."""
    assert _actions(tmp_path, "Action\n\n" + under) == []


@pytest.mark.parametrize("sentence", [
    "The Chairman asked if for the coming year the council would be allowed to keep some money back.",  # permission
    "The Director introduced the report and requested that Members consider the number of seats on the Board.",
    "The Chair to lead on this item (copy attached).",  # who speaks to an item
    "Cllr Hale had asked for this to be written into the planning conditions.",  # a request made before
    "The officer outlined measures to be put in place to track progress.",  # a report, not a note of a task
])
def test_the_meeting_s_own_business_and_reports_are_no_tasks(tmp_path: Path, sentence: str) -> None:
    assert _actions(tmp_path, sentence) == []


def test_asking_the_board_to_consider_whether_someone_could_volunteer_is_a_task(tmp_path: Path) -> None:
    [action] = _actions(tmp_path, "The Chair asked that the board consider if one of them could volunteer to be vice-chair.")
    assert action.source.quote.startswith("The Chair asked that the board consider")


def test_a_first_name_is_the_one_attendee_recorded_by_that_initial(tmp_path: Path) -> None:
    """"Paul will chase up." when "P. Ingram" is the only one present whose name starts with a P; not when two are."""
    head = "Minutes of the Harbour Trust meeting held on 3 March 2021\n\nPresent: P. Ingram, R. Stone, A. Wood\n\n4. Moorings\n\n"
    [action] = extract_page(tmp_path, head + "The invoice is unpaid. Paul will chase up the tenant.\n").actions
    assert action.owners == ["P. Ingram"]
    two = head.replace("A. Wood", "P. Wood")
    [action] = extract_page(tmp_path, two + "The invoice is unpaid. Paul will chase up the tenant.\n").actions
    assert action.owners == ["Paul"]


def test_a_second_task_after_otherwise(tmp_path: Path) -> None:
    actions = _actions(tmp_path, "It was agreed that the Clerk would contact the officers for the figures otherwise the "
                                 "Chairman would write to the Chief Executive.", CLERK)
    assert [a.owners for a in actions] == [["Helen Marsh"], ["Ann Brook"]]
    assert actions[1].source.quote == "the Chairman would write to the Chief Executive."


def test_and_or_joins_two_owners(tmp_path: Path) -> None:
    [action] = _actions(tmp_path, "The Chairman and/or Cllr Hale agreed to visit the site to locate the tree.")
    assert action.owners == ["Ann Brook", "Tom Hale"]


def test_a_passive_task_the_speaker_reports_after_a_request(tmp_path: Path) -> None:
    """"X asked governors to complete the forms and noted that the results would be collated": two tasks."""
    actions = _actions(tmp_path, "Cllr Hale asked governors to complete the questionnaires and noted that the results "
                                 "would be collated and sent to governors.")
    assert [(a.source.quote, a.owners) for a in actions] == [
        ("Cllr Hale asked governors to complete the questionnaires", ["governors"]),
        ("the results would be collated and sent to governors.", [])]
