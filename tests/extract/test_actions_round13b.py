"""Action logs, action tables and action columns, round 13b: made-up pages in the general shapes of real minutes
(seen in probe lots of new steering-group, board and committee minutes), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

HEAD = ("Minutes of the Steering Group meeting held on 3 March 2021\n\n"
        "Present: Ann Brook (Chair), Tom Hale (Vice Chair), Mary Cole, Owen Pike (Secretary)\n\n"
        "Apologies: Rita Lowe, Sam Dean\n\n")


def _tasks(tmp_path: Path, text: str, head: str = HEAD) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, head + text + "\n")
    return [(a.owners, a.text) for a in record.actions]


def test_a_log_reference_joined_to_the_owner_by_a_hyphen(tmp_path: Path) -> None:
    """(probe lot 1) an action log's reference code run into the owner with a hyphen ("12/01/21-04-Mary Cole to
    ...", "12/01/21-05-Vice Chair to ..."): the code ends at the hyphen after its last digit; the owner is the whole
    name or role after it, not its last word."""
    text = ("4. Matters arising\n\n12/01/21-04-Mary Cole to add the survey results to the evidence base.\n\n"
            "12/01/21-05-Vice Chair to send the project plan to the consultant.")
    assert _tasks(tmp_path, text) == [
        (["Mary Cole"], "Mary Cole to add the survey results to the evidence base."),
        (["Tom Hale"], "Vice Chair to send the project plan to the consultant."),
    ]


def test_a_due_date_column_after_the_owners_margin(tmp_path: Path) -> None:
    """(probe lot 2) a flattened "Action by | Due date" table: each row's text, then its owners' initials, then the
    due date ("... deed of settlement. MC 27 Oct", "... the tenders. OP 31/03/21"); "All" before a date is everyone."""
    text = ("Agenda item and action Action by Due date\n\n"
            "1.1 The lease was delivered before the cut off. Mary Cole is following up with a formal deed. MC 27 Oct\n\n"
            "1.2 The roof needs new tiles. Three quotes to be obtained for the tenders. OP 31/03/21\n\n"
            "1.3 A response to the funding review is needed. Please send Ann your comments before the meeting. All 14 Oct")
    record = extract_page(tmp_path, HEAD + text + "\n")
    assert [(a.owners, a.text, a.due) for a in record.actions] == [
        (["Mary Cole"], "Mary Cole is following up with a formal deed.", "2021-10-27"),
        (["Owen Pike"], "Three quotes to be obtained for the tenders.", "2021-03-31"),
        (["All"], "Please send Ann your comments before the meeting.", "2021-10-14"),
    ]


def test_a_cell_saying_what_is_to_be_done_before_the_owners_cell(tmp_path: Path) -> None:
    """(probe lot 2) a table exported with " / " between cells: the row's last cell names only who acts and the cell
    before it says what is to be done ("... are to be published on the website / Mary"): that is their task; not an
    item put off ("This item to be deferred ... / Tom Hale") nor what will be done to others ("... will be invited")."""
    text = ("2 / Terms of reference\nThe draft was agreed by the group.\n"
            "These are to be published on the group's website / Mary\n"
            "3 / Training\nThis item to be deferred to the next meeting in May / Tom Hale\n"
            "Members will be invited to put their names forward once the profile is completed. / Owen")
    assert _tasks(tmp_path, text) == [(["Mary Cole"], "These are to be published on the group's website")]
