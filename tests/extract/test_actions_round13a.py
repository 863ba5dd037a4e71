"""Tasks in running text, round 13a: made-up sentences in the general shapes of real minutes (seen in b32/b33 and
in probe lots of new parish, hall, residents' and friends-group minutes), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

HEAD = ("Minutes of the Parish Council meeting held on 3 March 2025\n\n"
        "Present: Cllr Ann Brook (Chairman), Cllr Tom Hale, Cllr Mary Cole, Owen Pike, Helen Marsh (Clerk)\n\n")


def _tasks(tmp_path: Path, text: str, head: str = HEAD) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, head + "4. Play area\n\nThe swings were discussed.\n\n" + text + "\n")
    return [(a.owners, a.text) for a in record.actions]


def test_the_chair_asked_all_cllrs_to(tmp_path: Path) -> None:
    """(after b33) "The Chairman asked all Cllrs to encourage ...": the councillors' task, the group as written, as
    "asked all councillors to" was ("Cllrs" is the abbreviation minutes use most)."""
    text = "The Chairman asked all Cllrs to encourage suitable candidates to apply for the vacancy."
    assert _tasks(tmp_path, text) == [(["all Cllrs"], text)]


def test_a_councillors_group_to_do(tmp_path: Path) -> None:
    """(after b32) "Parish Councillors to agree the exact location ...": a group of councillors is an owner, as
    "Councillors to ..." was; the meeting agreeing ("Parish Councillors agreed to support ...") stays a decision."""
    text = "Parish Councillors to agree the exact location once the new bin arrives."
    assert _tasks(tmp_path, text) == [(["Parish Councillors"], text)]
    assert _tasks(tmp_path, "Parish Councillors agreed to support the application.") == []


def test_all_to_do_in_a_bullet(tmp_path: Path) -> None:
    """(probe lot 1) "• All to collect jars ..." in a list of tasks: everyone's task, "All" as written (a capital "All";
    "all" inside a word, "the hall will ...", names no one)."""
    text = "Christmas fair:\n  • Elliot to put the play list together\n  • All to collect jars for the tombola"
    assert _tasks(tmp_path, text) == [(["Elliot"], "Elliot to put the play list together"),
                                      (["All"], "All to collect jars for the tombola")]
    assert _tasks(tmp_path, "The work to repaint part of the hall will begin in March.") == []


def test_also_said_he_would(tmp_path: Path) -> None:
    """(after b33) "Cllr Hale also said he would replace the bolt": the undertaking of someone present, as "said he
    would" was ("also" only before "said" and "agreed": a sample's "also confirmed that he will meet ..." holds no task)."""
    text = "Cllr Hale also said he would replace the missing bolt on the bench."
    assert _tasks(tmp_path, text) == [(["Tom Hale"], text)]


def test_what_can_or_could_be_done_is_no_task(tmp_path: Path) -> None:
    """(after b33, probe lot 2) a possibility is no task: "Contact for the ward councillor can be made through the
    Clerk" (a noun, not an instruction to contact), "Councillors agreed that the project could be placed on the list"
    (as "can", "may" and "might" were); "agreed that the Clerk would contact ..." stays a task."""
    assert _tasks(tmp_path, "Contact for the ward councillor can be made through the Clerk or on 01234 567890.") == []
    assert _tasks(tmp_path, "Councillors agreed that the project could be placed on the list of projects.") == []
    text = "It was agreed that a letter would be sent to the landowner."
    assert _tasks(tmp_path, text) == [([], text)]


def test_a_correction_to_the_minutes_is_no_task(tmp_path: Path) -> None:
    """(after b33) "'T. Hale (Chairman)' to be substituted for 'A. Brook (Chairman)'" corrects the last minutes' text:
    no task, as "to be noted" or "to be agreed" were."""
    text = "PRESENT: 'T. Hale (Chairman)' to be substituted for 'A. Brook (Chairman)'."
    assert _tasks(tmp_path, text) == []


def test_an_item_number_before_an_action_tracker_heading_is_no_task(tmp_path: Path) -> None:
    """(after b32) "1242/24 5. Action Tracker" opens an item about the action tracker: the number before the label
    is no task and "Tracker" no owner (a task has words)."""
    text = "1242/24 5. Action Tracker\nThe action tracker of previous decisions of the council was noted and updated."
    assert _tasks(tmp_path, text) == []


def test_holding_a_meeting_to_find_a_solution_is_a_task_under_way(tmp_path: Path) -> None:
    """(after b33) "Cllr Cole is holding a meeting to find a solution to this.": a task under way, as "is looking into"
    and "is arranging" were."""
    text = "Cllr Cole is holding a meeting to find a solution to this."
    assert _tasks(tmp_path, text) == [(["Mary Cole"], text)]


def test_he_would_after_a_heading_in_capitals_means_the_person_the_sentence_opens_with(tmp_path: Path) -> None:
    """(after b32) "REPLANTING PROGRAMME: Owen reported that ... He would keep a watching brief": the sentence before
    opens with its topic in capitals and a colon, then the person ("He" means Owen Pike), as a topic before a dash did."""
    text = ("REPLANTING PROGRAMME:   Owen reported that he had seen that the replanting had just started. He would keep a "
            "watching brief on the progress.")
    assert _tasks(tmp_path, text) == [(["Owen Pike"], "He would keep a watching brief on the progress.")]


def test_the_chairman_is_who_chairs_the_meeting(tmp_path: Path) -> None:
    """(probe lot 3, after b30) "the Chairman was instructed to sign them" names the one the minutes record chairing:
    "CHAIRED BY: Cllr Ann Brook", "Meeting chaired by A Brook", "Cllr Ann Brook (in the Chair)" (a vice-chair is no
    holder: "chaired by Vice Chairman ...")."""
    text = "It was resolved to confirm the minutes and the Chairman was instructed to sign them."
    for line in ("CHAIRED BY: Cllr Ann Brook CLERKED BY: Helen Marsh", "Meeting chaired by Ann Brook.",
                 "Present: Cllr Ann Brook (in the Chair), Cllr Tom Hale, Helen Marsh (Clerk)"):
        head = f"Minutes of the Parish Council meeting held on 3 March 2025\n\n{line}\n\n"
        assert _tasks(tmp_path, text, head)[0][0] == ["Ann Brook"], line
    head = "Minutes of the Parish Council meeting held on 3 March 2025\n\nMeeting chaired by Vice Chairman Tom Hale.\n\n"
    assert _tasks(tmp_path, text, head)[0][0] != ["Vice Chairman"]


def test_given_to_someone_to_do(tmp_path: Path) -> None:
    """(probe lot 4) "The new plaque was given to Cllr Hale to install.", "The letter was passed to the Clerk to deal
    with.": the one it was handed to has the task."""
    text = "The new celebration plaque was given to Cllr Hale to install."
    assert _tasks(tmp_path, text) == [(["Tom Hale"], text)]
    text = "The resident's letter was passed to the Clerk to deal with."
    assert _tasks(tmp_path, text) == [(["Helen Marsh"], text)]
    text = "The contractor's invoice passed to OP for payment."  # in note form, for what it is handed on for
    assert _tasks(tmp_path, text, HEAD.replace("Owen Pike", "Owen Pike (OP)")) == [(["Owen Pike"], text)]


def test_the_clerk_named_on_the_line_under_the_post(tmp_path: Path) -> None:
    """(after b33) an attendance list of posts over names ("Parish Clerk:" / "Helen Marsh") names the clerk; an item's
    title before a dash ("Pavilion/Sports Club – Clerk reported ...") names no one."""
    head = ("Minutes of the Parish Council meeting held on 3 March 2025\n\nParish Councillors Present:\nAnn Brook\nTom Hale\n"
            "Parish Clerk:\nHelen Marsh\n\nPavilion/Sports Club – Clerk reported an attempted break-in.\n\n")
    text = "Clerk to ask the groundsman to clear the nettles."
    assert _tasks(tmp_path, text, head) == [(["Helen Marsh"], text)]


def test_a_note_of_what_is_to_be_done_then_who_does_it(tmp_path: Path) -> None:
    """(after b33) "Reports of fallen trees on Mill Lane to be investigated, Chairman to follow up": the task is the
    whole sentence (what is to be done, then its owner), not "Chairman to follow up" alone."""
    text = "Reports of fallen trees on Mill Lane to be investigated, Chairman to follow up"
    assert _tasks(tmp_path, text) == [(["Ann Brook"], text)]


def test_asking_whether_an_outside_body_could_act_is_no_task(tmp_path: Path) -> None:
    """(after b33) "Cllr Hale asked if ERDC could request that the owner tidied the land": a question about what a body
    (its initials, no one present) could do, as "ERDC would help ..." was no task; "asked if Owen could ..." stays one."""
    assert _tasks(tmp_path, "Cllr Hale asked if ERDC could request that the owner of the land tidied it up.") == []
    text = "Cllr Hale asked if Owen could provide an update at the next meeting."
    assert _tasks(tmp_path, text) == [(["Owen Pike"], text)]
