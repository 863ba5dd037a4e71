"""Tasks in running text and their owners, round 16a: made-up pages in the general shapes of real minutes
(parish councils, village hall committees, conventions of community councils), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def _tasks(tmp_path: Path, text: str) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, text + "\n")
    return [(a.owners, a.text) for a in record.actions]


_HALL = ("Minutes of the Village Hall Committee meeting held on 9 May 2019\n\n"
         "Present: Orla Penhallow (Chair), Ivo Castellane, Wenna Trebarwith\n\n")


def test_a_long_task_ending_in_this_stands_on_its_own(tmp_path: Path) -> None:
    """A task clause run on after a comma is a task of its own even when it ends in "this", when it is long enough to
    say its task itself ("..., Wenna has been asked to tell everyone hiring the hall to be made aware of this"); only
    a short one points back to the clause before ("... and Ivo agreed to look into this"). It used to take the whole
    sentence from its start, cut at ", but": the report before it, without the task."""
    text = _HALL + ("3. Matters arising\n\nOld paint tins have been found in the bin store, but have been taken away by the "
                    "district council and a padlock has been put on the door, Wenna has been asked to tell everyone hiring "
                    "the hall to be made aware of this.")
    assert _tasks(tmp_path, text) == [(["Wenna Trebarwith"], "Wenna has been asked to tell everyone hiring the hall to be "
                                                              "made aware of this.")]


def test_work_booked_with_someone_not_present_is_no_task(tmp_path: Path) -> None:
    """"The work will be carried out by <a contractor>": work booked with someone the attendance record leaves out
    reports an arrangement, no task of the meeting's; done by someone present, it is a task."""
    text = _HALL + ("3. Redecoration\n\nThe work will be carried out by Gareth Tremoyle, starting on 25 July.\n\n"
                    "4. Kitchen\n\nThe new kettle will be ordered by Ivo Castellane.")
    assert _tasks(tmp_path, text) == [(["Ivo Castellane"], "The new kettle will be ordered by Ivo Castellane.")]
