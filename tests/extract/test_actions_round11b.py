"""Action logs, action tables and action columns, round 11b: made-up pages in the general shapes of real minutes
(seen in the corpus misses and in probe lots of new minutes), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

HEAD = ("Minutes of the Steering Group meeting held on 3 March 2025\n\n"
        "Present: Alan Birch (Chair), Carla Dunn, Edward Fenn, Grace Holt\n\n"
        "Apologies: Ivan Jarvis\n\n")


def _tasks(tmp_path: Path, text: str, head: str = HEAD) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, head + text + "\n")
    return [(a.owners, a.text) for a in record.actions]


def test_an_initials_column_flattened_under_each_paragraph(tmp_path: Path) -> None:
    """An action column of initials beside each minute, flattened onto the line under its paragraph: the
    paragraph's last sentence is the task, whatever its wording; two owners with a slash or a space."""
    text = ("1. Footpaths\n\nThe signage has not been replaced and the contractor is to be chased.\n\nCD\n\n"
            "2. Website\n\nThe events page needs updating before Easter.\n\nEF/GH\n\n"
            "3. Newsletter\n\nCopy is due by the end of the month and articles will be collated.\n\nGH EF\n")
    assert _tasks(tmp_path, text) == [
        (["Carla Dunn"], "The signage has not been replaced and the contractor is to be chased."),
        (["Edward Fenn", "Grace Holt"], "The events page needs updating before Easter."),
        (["Grace Holt", "Edward Fenn"], "Copy is due by the end of the month and articles will be collated.")]


def test_the_column_names_every_owner_of_a_task_already_read(tmp_path: Path) -> None:
    """A task the prose reader found keeps its words; the column under it names all its owners."""
    text = "1. Signs\n\nIt was noted that Edward agreed to bring draft plans for the signs to the next meeting.\n\nEF/CD\n"
    assert _tasks(tmp_path, text) == [(["Edward Fenn", "Carla Dunn"], text.split("\n\n")[1])]


def test_initials_under_a_title_or_a_list_of_bodies_are_no_column(tmp_path: Path) -> None:
    """Initials under a report's title name its presenter, under a member and a body they are a grid's column; and
    initials nobody at the meeting has are no owners."""
    text = ("Treasurer's Report and Accounts\n\nGH\n\nVillage Hall Committee / Carla Dunn\n\nCD\n\n"
            "3. Grants\n\nThe grant form has to be sent in by the end of May.\n\nXQ\n")
    assert _tasks(tmp_path, text) == []


def test_two_owners_initials_a_space_apart_at_a_paragraphs_end(tmp_path: Path) -> None:
    """An action column run into its paragraph's line, two owners' initials with only a space between them."""
    text = "1. Footpaths\n\nThe signage has not been replaced and the contractor is to be chased. CD EF\n"
    assert _tasks(tmp_path, text) == [
        (["Carla Dunn", "Edward Fenn"], "The signage has not been replaced and the contractor is to be chased.")]


def test_an_action_cell_that_starts_with_a_verb_keeps_it(tmp_path: Path) -> None:
    """"Write to the county ..." in an action log's task cell is the task, not "Write" to do "the county ...": an
    instruction's verb is no owner."""
    text = ("Action Log\n\nRef\tAction\tWho\tWhen\tStatus\n"
            "1\tWrite to the county council about the verge\tAB\tApril 2025\tOpen\n"
            "2\tObtain quotes for the boiler\tCD/EF\tMay 2025\tOpen\n")
    assert _tasks(tmp_path, text) == [
        (["Alan Birch"], "Write to the county council about the verge"),
        (["Carla Dunn", "Edward Fenn"], "Obtain quotes for the boiler")]


def test_an_items_title_with_action_in_it_names_no_owner(tmp_path: Path) -> None:
    """"5. Action Plan" is an item's title, not "Action: Plan" under the sentence before it."""
    text = ("4. Strategy\n\nThe group signed off the strategy, in order to take it to the annual meeting\n\n"
            "5. Action Plan\n\nThe group was happy with the plan.\n")
    assert _tasks(tmp_path, text) == []


def test_initials_the_minutes_define_for_a_body_are_no_one(tmp_path: Path) -> None:
    """Initials nobody has are read as the one attendee whose name fits them only when the minutes do not define
    them for something else: "Local Steering Forum (LSF)" is no Lorna Fenwick."""
    head = ("Minutes of the Local Steering Forum (LSF) meeting held on 3 March 2025\n\n"
            "Present: Lorna Fenwick (Chair), Carla Dunn, Edward Fenn\n\n")
    text = "1. Purpose\n\nThe group discussed how the LSF will operate in the context of the new strategy.\n"
    assert _tasks(tmp_path, text, head) == []


def test_actions_from_the_last_meeting_run_into_their_paragraph_are_reports(tmp_path: Path) -> None:
    """"Actions from last meeting: ..." and the tasks after it on the same line report on what an earlier meeting
    set (a label on a line of its own heads such a section already); a new task in the next paragraph is still read."""
    text = ("5. Recreation ground\n\nActions from last meeting: EF to discuss the drainage proposals with the county. "
            "GH to contact Highways about the verge.\n\nEF reported that the county had agreed the proposals. "
            "GH to obtain three quotes for the new gate.\n")
    assert _tasks(tmp_path, text) == [(["Grace Holt"], "GH to obtain three quotes for the new gate.")]


def test_a_verb_before_to_the_next_meeting_is_no_owner(tmp_path: Path) -> None:
    """"Defer to next meeting ...": "to" before "next meeting" sets no task for "Defer"; the label's task keeps its
    first word."""
    text = "6. Emergency plan\n\nThe plan was discussed. Action: Defer to next meeting for a full discussion.\n"
    assert _tasks(tmp_path, text) == [([], "Defer to next meeting for a full discussion.")]


def test_a_run_in_action_label_between_two_items(tmp_path: Path) -> None:
    """"... Action CD <next item>": the label and the owner's initials, run in between a task and the next item of a
    flattened page, name the owner of the sentence before; initials nobody has name no one."""
    text = ("5. Matters arising\n\nThe sandbags need collecting from the old mill. Action CD The next newsletter is "
            "due in May. The bench has been repaired. Action XQ The hall is booked.\n")
    assert _tasks(tmp_path, text) == [(["Carla Dunn"], "The sandbags need collecting from the old mill.")]
