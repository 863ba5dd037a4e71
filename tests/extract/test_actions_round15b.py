"""Action logs, action tables and action columns, round 15b: made-up pages in the general shapes of real minutes
(action logs, action columns and owners' roles of parish councils, partnership boards and patient groups), with
made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def _tasks(tmp_path: Path, text: str) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, text + "\n")
    return [(a.owners, a.text) for a in record.actions]


def test_a_role_holder_written_with_an_initial_and_in_full_is_one_person(tmp_path: Path) -> None:
    """The letterhead names the Clerk by an initial and surname ("Clerk: Mrs P Wendlebury"), the attendance list in
    full ("Petra Wendlebury, Clerk"): one person, who owns the Clerk's task (two ways of writing one name are no
    two holders of the role)."""
    text = ("ASHCOMBE MARSH PARISH COUNCIL Chairman: Mr Dorian Quelch Clerk: Mrs P Wendlebury 4 Orchard Lane\n\n"
            "Minutes of the meeting of the Parish Council held on 6 May 2021\n\n"
            "Present: Cllrs Dorian Quelch (Chairman), Ivo Brannagh, Tamsin Oakfield\n\n"
            "In attendance: Petra Wendlebury, Clerk and 3 members of the public\n\n"
            "4. Footpaths\n\nThe stile on the footpath to the church is broken. "
            "Action: Clerk to report the broken stile to the County Council.")
    assert _tasks(tmp_path, text) == [(["Petra Wendlebury"], "Report the broken stile to the County Council.")]


def test_action_by_a_post_after_a_note_with_no_full_stop(tmp_path: Path) -> None:
    """A margin label run into the note it follows with no full stop, "Action by" and a post in two words ("... the
    stile by the mill Action by Tree Warden"): the post owns the note, as "Action: JAM" after a note does."""
    text = ("Minutes of the meeting of Ashcombe Marsh Parish Council held on 6 May 2021\n\n"
            "Present: Cllrs Dorian Quelch (Chairman), Ivo Brannagh, Tamsin Oakfield\n\n"
            "7. Footpaths\n\nCllr Oakfield reported the state of the stile by the mill Action by Tree Warden\n\n"
            "8. Any other business\n\nThere was none.")
    assert _tasks(tmp_path, text) == [(["Tree Warden"], "Cllr Oakfield reported the state of the stile by the mill")]


def test_a_numbered_review_of_earlier_actions_sets_no_task(tmp_path: Path) -> None:
    """The previous meeting's actions reviewed in a list numbered from one under their label ("Actions from previous
    meeting" / "1. WC to circulate ... – complete" / "2. MA to update ... – carried forward to March"): the numbered
    items are reports on earlier actions, not the next agenda items, so none is a new task; the agenda's next item
    ("5. Finance") ends the review, and the tasks after it are read."""
    text = ("Pellingham Carers Partnership – Executive Group\nMinutes: 12 January 2022\n"
            "Attendees: Wynne Castellan (Chair), Marigold Asquith, Jory Penhallow\n\n"
            "4. Actions from previous meeting\n\n1. WC to circulate the audit report – complete.\n\n"
            "2. MA to update the training offer – carried forward to March.\n\n"
            "5. Finance\n\nThe budget was noted. JP to provide the referral figures for the next meeting.")
    assert [text for _, text in _tasks(tmp_path, text)] == ["JP to provide the referral figures for the next meeting."]


def test_a_due_date_after_the_owners_of_a_trailing_action_label(tmp_path: Path) -> None:
    """A trailing label with the owner's initials and a due date after a dash ("... ACTION AS – May 2021"): the task
    is due at the month's end, as a margin's due date after its owners already was ("... TT 27 Oct")."""
    text = ("Minutes of the Bramwell Neighbourhood Plan Steering Group, 3 March 2021\n\n"
            "Present: Araminta Soames (AS), Crispin Vell (CV), Nerys Tollan (NT)\n\n"
            "3. Funding\n\nThe group discussed the grant options. AS will apply for the next round of funding. "
            "ACTION AS – May 2021")
    record = extract_page(tmp_path, text + "\n")
    assert [(a.owners, a.due) for a in record.actions] == [(["Araminta Soames"], "2021-05-31")]


def test_an_action_table_with_pipes_between_cells(tmp_path: Path) -> None:
    """An action table exported as text with " | " between cells and no pipe at either end ("Action | Who | When",
    "Item | Minute | Action"): its rows are read by their columns, as with " / " between cells; a " / " inside a cell
    joins two owners ("SI / LF")."""
    head = ("Minutes of the Harrowfield Locality Forum held on 8 September 2022\n"
            "Present: Saffron Idle (SI), Barnaby Quist (BQ), Leontyne Ferris (LF), Magnus Ebdon (ME)\n\n")
    text = ("Summary of actions\nAction | Who | When\nProduce a map of community assets | BQ | October\n"
            "Invite the library service to the November meeting | SI / LF | November\n")
    assert _tasks(tmp_path, head + text) == [
        (["Barnaby Quist"], "Produce a map of community assets"),
        (["Saffron Idle", "Leontyne Ferris"], "Invite the library service to the November meeting"),
    ]
    text = ("Item | Minute | Action\n"
            "5 | The forum reviewed the bus survey. Members asked for the results by village. | ME\n"
            "6 | The forum noted the library's new opening hours. |\n")
    assert _tasks(tmp_path, head + text) == [(["Magnus Ebdon"], "Members asked for the results by village.")]
