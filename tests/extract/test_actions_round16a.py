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


_PARISH = ("Minutes of the Parish Council meeting held on 8 May 2012\n\n"
           "Present: Cllr Tegan Roskilly (Chair), Cllr Aldous Penwarden, Cllr Mabyn Carthew\n\n")


def test_a_task_cut_at_a_hard_wrapped_line_takes_the_rest_of_its_sentence(tmp_path: Path) -> None:
    """Minutes whose every printed line is a paragraph of its own (a blank line between lines) cut a task at the line
    break: the next paragraph, opening in lower case, holds the rest of its sentence ("Clerk to request copies of
    all" / "correspondence between ..."). A next line opening in upper case or with a list letter is not taken."""
    text = _PARISH + ("6. Highways\n\n(b) 15 Mill Lane – no response from the owner. Clerk to request copies of all\n\n"
                      "correspondence between the county council and the owners, under the FOI Act.\n\n"
                      "(c) Aldous Penwarden to ask the school about the\n\n"
                      "Easter fair.")
    assert _tasks(tmp_path, text) == [
        (["Clerk"], "Clerk to request copies of all correspondence between the county council and the owners, under "
                    "the FOI Act."),
        (["Aldous Penwarden"], "Aldous Penwarden to ask the school about the")]


def test_the_clerk_is_the_person_named_right_after_the_role_in_a_run_together_line(tmp_path: Path) -> None:
    """A line of columns read as one line ("Borough Cllr D Moss Clerk B Hale 2 Villagers") names the Clerk by the
    initials and surname right after the role: "the clerk will check progress" is B Hale's task."""
    text = ("Minutes of the Parish Council Meeting held on 6 October 2011\n\n"
            "Present: Cllrs D Pellow (chair), R Quennell, T Varcoe.\n\n"
            "Borough Cllr D Mossop Clerk B Halloran 2 Villagers\n\n"
            "5. Footpaths\n\nWork appears to have started on the lane; the clerk will check progress.")
    assert _tasks(tmp_path, text) == [(["B Halloran"], "the clerk will check progress.")]


def test_a_plural_title_before_a_list_of_owners_titles_each(tmp_path: Path) -> None:
    """"Action: Cllrs Hudson & Bottomley": the plural title belongs to every surname after it, so each resolves
    to the councillor present ("Cllrs Hudson" used to stay as written)."""
    text = ("Minutes of the Parish Council meeting held on 8 July 2019\n\n"
            "Present: Cllr M Trethewey, Cllr E Polglase and Cllr D Nancarrow.\n\n"
            "10. Grass cutting\n\nA review of the contract is to be made before the budget is set.\n"
            "Action: Cllrs Polglase & Nancarrow")
    record = extract_page(tmp_path, text + "\n")
    assert [a.owners for a in record.actions] == [["E Polglase", "D Nancarrow"]]


def test_an_associations_president_is_a_role_a_pronoun_can_mean(tmp_path: Path) -> None:
    """"President has been writing to the homeowners. She will revise it and distribute it.": an association's
    President is a role, as the Chair is, so the pronoun's task is the President's (it used to be dropped)."""
    text = ("Board meeting minutes, 14 September 2004\n\nPresent: Morwenna Quillet, Tibor Halloway, Ysolde Penberthy\n\n"
            "3. Newsletter\n\nPresident has been writing a note to inform the homeowners. She will revise it and "
            "distribute it.")
    assert _tasks(tmp_path, text) == [(["President"], "She will revise it and distribute it.")]
