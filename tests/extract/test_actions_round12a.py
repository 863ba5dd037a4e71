"""Tasks in running text, round 12a: made-up sentences in the general shapes of real minutes (seen in b30/b31 and
in probe lots of new parish minutes), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

HEAD = ("Minutes of the Parish Council meeting held on 3 March 2021\n\n"
        "Present: Cllr Ann Brook (Chairman), Cllr Tom Hale, Cllr Mary Cole, Owen Pike, Helen Marsh (Clerk)\n\n")


def _tasks(tmp_path: Path, text: str, head: str = HEAD) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, head + "4. Highways\n\nThe verge was discussed.\n\n" + text + "\n")
    return [(a.owners, a.text) for a in record.actions]


def test_a_role_task_run_on_after_a_note(tmp_path: Path) -> None:
    """(probe lot 1) terse notes run a task on after the note without a full stop: "... not mended after four months
    Clerk to write again.": the role's task, from the role on (a capitalised role right after a lower-case word)."""
    text = "The lamp on Mill Lane is still not mended after four months Clerk to write again."
    assert _tasks(tmp_path, text) == [(["Helen Marsh"], "Clerk to write again.")]
    text = "Tree survey required Clerk to chase."
    assert _tasks(tmp_path, text) == [(["Helen Marsh"], "Clerk to chase.")]


def test_the_clerk_named_with_a_second_post_in_brackets(tmp_path: Path) -> None:
    """(after b30) "Mrs H Marsh (Parish Clerk and Responsible Financial Officer)" names the clerk: the brackets
    hold a second post after the role (longer than the 30 characters they were allowed)."""
    head = ("Minutes of the Parish Council meeting held on 3 March 2021\n\n"
            "Present: Cllr Mrs A Brook (Chairman) Cllr Mr T Hale Mrs H Marsh (Parish Clerk and Responsible Financial Officer)\n\n")
    text = "The clerk was asked to contact the bus company again about the timetable."
    assert _tasks(tmp_path, text, head) == [(["H Marsh"], text)]


def test_he_will_on_a_line_of_its_own_means_the_person_the_lines_above_name(tmp_path: Path) -> None:
    """(after b30) "He will ..." opening a line means the person the lines right above it open with, past lines that
    open with a pronoun too, as it did within one paragraph; an item's title above names no one."""
    text = ("Cllr Hale stated we had received interest of £4.34.\n"
            "He suggested we move £400 towards the project grant.\n"
            "He will arrange the payment for the Christmas trees for the school.")
    assert _tasks(tmp_path, text) == [(["Tom Hale"], "He will arrange the payment for the Christmas trees for the school.")]
    assert _tasks(tmp_path, "5. Finance\nHe will arrange the payment for the trees.") == []
    # the chair bringing an item up the agenda orders the meeting's business: no task
    text = "The Chairman informed the meeting of the following:\nHe would bring Item 9 - Village Hall further up the agenda;"
    assert _tasks(tmp_path, text) == []


def test_he_was_instructed_to_is_a_task(tmp_path: Path) -> None:
    """(probe lot 1) "He had been given details ... and was instructed to pursue" after a sentence opening with the
    clerk: the clerk's task."""
    text = ("The Clerk had found that the inspectors were no longer trading. He had been given details of another firm "
            "and was instructed to pursue.")
    assert _tasks(tmp_path, text) == [(["Helen Marsh"], "He had been given details of another firm and was instructed to pursue.")]


def test_enquire_about_this_takes_the_sentence_before(tmp_path: Path) -> None:
    """(after b30) "She will enquire about this." names no task: the task is the sentence before, as "She will look into
    this" was."""
    text = "Cllr Cole said that the plans on the county website are wrong. She will enquire about this."
    assert _tasks(tmp_path, text) == [(["Mary Cole"], text)]



def test_it_was_requested_the_clerk_with_no_that(tmp_path: Path) -> None:
    """(probe lot 1) "It was also requested the clerk look into ..." asks the clerk as "requested that the clerk look
    into" does; "It was requested the clerk's report be shortened" asks no one."""
    text = "It was also requested the clerk look into buying the kitchen through the council to recover VAT."
    assert _tasks(tmp_path, text) == [(["Helen Marsh"], text)]
    assert _tasks(tmp_path, "It was requested the clerk was thanked for her report.") == []


def test_a_contractor_commissioned_to_do_work_has_a_task(tmp_path: Path) -> None:
    """(after b31) "X has been commissioned to produce ..." gives X the work, as "X was asked to" does."""
    text = "Notice board – Jack Rowe has been commissioned to produce a new notice board for the car park."
    assert _tasks(tmp_path, text) == [(["Jack Rowe"], "Jack Rowe has been commissioned to produce a new notice board for the car park.")]


def test_a_body_the_meeting_agrees_will_do_something_owns_the_task(tmp_path: Path) -> None:
    """(after b31) "It was agreed that the Parish Council would contact ..." tasks the council itself (owner as
    written); a body that "would support" something has decided, not been tasked."""
    text = "It was agreed that the Parish Council would contact the Borough Council about the flooding."
    assert _tasks(tmp_path, text) == [(["Parish Council"], text)]
    text = "It was agreed that the Parish Council would support the application."
    assert _tasks(tmp_path, text) == []


def test_a_labelled_paragraph_of_several_tasks_gives_one_each(tmp_path: Path) -> None:
    """(probe lot 2) "Action: Clerk to order the ladder. Clerk to write to the donors. Cllr Hale to make the fence safe."
    holds three tasks: a sentence after the first that opens with its own subject and "to" starts another."""
    text = ("Action: Clerk to order the rope ladder and arrange delivery. Clerk to write to the donors to thank them. "
            "Cllr Hale to make the fence safe until it is repaired.")
    assert _tasks(tmp_path, text) == [(["Helen Marsh"], "Order the rope ladder and arrange delivery."),
                                      (["Helen Marsh"], "Write to the donors to thank them."),
                                      (["Tom Hale"], "Make the fence safe until it is repaired.")]


def test_agreed_that_x_to_do_is_a_task(tmp_path: Path) -> None:
    """(probe lot 2) "It was agreed that Owen Pike to email ..." (no "would") gives Owen Pike the task, as "agreed for
    Owen Pike to email" did."""
    text = "It was agreed that Owen Pike to email the new members with details of the plot."
    assert _tasks(tmp_path, text) == [(["Owen Pike"], "Owen Pike to email the new members with details of the plot.")]


def test_members_who_are_to_continue_hold_a_post(tmp_path: Path) -> None:
    """(probe lot 2) "Mary, Tom and Owen are to continue." stay on the committee: no task ("are to continue working on
    the survey" is one)."""
    assert _tasks(tmp_path, "Mary, Tom and Owen are to continue.") == []
    assert _tasks(tmp_path, "Mary and Tom are to continue working on the footpath survey.") != []


def test_a_task_reported_closed_is_not_set_again(tmp_path: Path) -> None:
    """(probe lot 2) "Mary to add the report to the list – action closed." reports a task done."""
    assert _tasks(tmp_path, "Mary to add the site visit report to the main list – action closed.") == []


def test_x_to_action_in_capitals_takes_the_sentence_before(tmp_path: Path) -> None:
    """(probe lot 2) "Owen to ACTION." names no task, as "Owen to action." does: the task is the sentence before."""
    text = "Agreed a hedge cutting service should be obtained for the track.  Owen to ACTION."
    assert _tasks(tmp_path, text) == [(["Owen Pike"], "Agreed a hedge cutting service should be obtained for the track. Owen to ACTION.")]


def test_said_that_with_a_time_before_the_pronoun_commits_the_speaker(tmp_path: Path) -> None:
    """(probe lot 3) "X said that before May, he would come back with ..." commits X, as "X said that he would come
    back" does: a time or condition in commas may come before the pronoun."""
    text = "Owen Pike said that before May, he would come back to the council with details of the survey."
    assert _tasks(tmp_path, text) == [(["Owen Pike"], text)]


def test_x_requested_y_to_do_gives_y_the_task(tmp_path: Path) -> None:
    """(probe lot 4, b27) "The Council requested the Clerk to obtain quotes" tasks the Clerk, as "asked the Clerk to"
    did; a body asked stays as written, and an item's title before a dash is no part of the task; "requested Members to
    note the report" sets no task."""
    text = "The Council requested the Clerk to obtain quotes for the sprinkler system."
    assert _tasks(tmp_path, text) == [(["Helen Marsh"], text)]
    text = "DECISIONS TAKEN – (i) Cabinet request the Scrutiny Board to consider a review of the bus services."
    assert _tasks(tmp_path, text) == [(["Scrutiny Board"], "request the Scrutiny Board to consider a review of the bus services.")]
    assert _tasks(tmp_path, "The Chairman requested Members to note the report.") == []
