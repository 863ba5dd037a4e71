"""Tasks in running text and their owners, round 15a: made-up pages in the general shapes of real minutes
(parish councils, village hall committees), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def _tasks(tmp_path: Path, text: str) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, text + "\n")
    return [(a.owners, a.text) for a in record.actions]


_HEAD = ("Minutes of the Parish Council meeting held on 3 March 2021\n\n"
         "Present: Cllr Tamsin Orridge (Chair), Cllr Boris Fentiman, Cllr Hedda Quarles\n\n")


def test_a_bare_reply_takes_the_note_before_it_on_its_line(tmp_path: Path) -> None:
    """"X will respond." names no task: the task is the note before it on the same line ("Police want a volunteer
    - reply by 15 Dec. X will respond."), as "The Clerk would action." takes the sentence before."""
    text = _HEAD + "6. Correspondence\n\nPolice want a volunteer for the panel – reply by 15 Dec. Boris Fentiman will respond."
    assert _tasks(tmp_path, text) == [(["Boris Fentiman"], "Police want a volunteer for the panel – reply by 15 Dec. "
                                                            "Boris Fentiman will respond.")]


def test_a_bare_task_after_a_dash_takes_the_note_before_the_dash(tmp_path: Path) -> None:
    """"HQ raised concerns about the fridge - BF to check.": the check is of the concern before the dash, in the same
    sentence (it used to be dropped when no sentence came before it, and to take the sentence before otherwise)."""
    text = _HEAD + ("8. Kitchen\n\nThe kitchen was discussed. Cllr Quarles raised concerns about the fridge - "
                    "Boris Fentiman to check.")
    assert _tasks(tmp_path, text) == [(["Boris Fentiman"], "Cllr Quarles raised concerns about the fridge - "
                                                            "Boris Fentiman to check.")]


def test_rsvp_before_a_date_makes_it_the_deadline(tmp_path: Path) -> None:
    """"RSVP 15 Dec" asks for a reply by that date: a deadline, as "by 15 Dec" is."""
    text = _HEAD.replace("3 March 2021", "7 December 2021") + (
        "6. Correspondence\n\nThe police want a volunteer for the panel – RSVP 15 Dec. Boris Fentiman will respond.")
    record = extract_page(tmp_path, text + "\n")
    assert [(a.owners, a.due, a.due_text) for a in record.actions] == [(["Boris Fentiman"], "2021-12-15", "RSVP 15 Dec")]


def test_a_residents_request_is_no_task(tmp_path: Path) -> None:
    """"A resident requested that ..." in an open forum is the public's request; the task is what the meeting
    does about it ("The Clerk will write ...")."""
    text = _HEAD + ("4. Open forum\n\nA resident requested that the donation for the wreath should increase to £30.\n\n"
                    "5. Footpaths\n\nA parishioner asked that the hedge on footpath 3 be cut back. "
                    "The Clerk will write to the landowner.")
    assert _tasks(tmp_path, text) == [(["Clerk"], "The Clerk will write to the landowner.")]


def test_agreeing_to_chair_is_a_post_not_a_task(tmp_path: Path) -> None:
    """"HQ agreed to chair it" takes a post, as "agreed to become the rep" does: no task."""
    text = _HEAD + ("3. Working group\n\nIt was noted that a working group will look at the play area. "
                    "Hedda Quarles agreed to chair it. Boris Fentiman agreed to co-chair the meetings.")
    assert _tasks(tmp_path, text) == []


def test_a_check_under_way_is_a_task(tmp_path: Path) -> None:
    """"The Clerk is verifying with the district council whether ..." records a task under way, as "is looking
    into" does; so does "Cllr X is contacting the owner"."""
    text = _HEAD + ("In attendance: Mrs Lorna Pettifer (Clerk)\n\n7. Vacancy\n\n"
                    "The Clerk is verifying with the district council whether the vacancy must be advertised. "
                    "Cllr Fentiman is contacting the owner of the verge.")
    assert _tasks(tmp_path, text) == [
        (["Lorna Pettifer"], "The Clerk is verifying with the district council whether the vacancy must be advertised."),
        (["Boris Fentiman"], "Cllr Fentiman is contacting the owner of the verge.")]
