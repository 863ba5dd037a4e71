"""Action logs, action tables and action columns, round 16b: made-up pages in the general shapes of real minutes
(action tables of working groups, partnership boards and patient groups as PDF text gives them), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

_WORKING_GROUP = ("Community Safety Working Group\nHarlow Lane Centre\n2pm, Tuesday 14th March 2023\nPresent\n"
                  "Oriel Thackwray\nBenedick Quarrie\nSaffron Millichip\nTobias Wrenfield\nPolk Valley Partnership\n"
                  "Action Points\n1.\n2.\n3.\n4.\nAction\n{tasks}\nPage 1 of 3\nWho\n{owners}\n")
_TASKS = ("Book the hall at the library for the June\nmeeting of the group.\nCirculate the draft leaflet.\n"
          "Update on the Watch Scheme\nSaffron to send the patrol figures to the\n"
          "Highways team and Tobias to draw up a map.")


def test_an_action_table_flattened_column_by_column_is_paired_by_order(tmp_path: Path) -> None:
    """PDF text of an action table gives its columns one after the other: the "Action" header over the tasks, each
    wrapped over lines ("Book the hall at the library for the June" / "meeting of the group."; "Saffron to send the
    patrol figures to the" / "Highways team ...": a first word that would not have fitted on the line above), a page
    footer, then the
    "Who" header over one line of names per task, a name wrapped onto the next line ("Oriel Thackwray, Saffron" /
    "Millichip, Tobias Wrenfield"): the four tasks are paired with the four owners' lines by order."""
    owners = "Benedick Quarrie\nOriel Thackwray\nTobias Wrenfield\nOriel Thackwray, Saffron\nMillichip, Tobias Wrenfield"
    record = extract_page(tmp_path, _WORKING_GROUP.format(tasks=_TASKS, owners=owners))
    assert [(a.owners, a.text) for a in record.actions] == [
        (["Benedick Quarrie"], "Book the hall at the library for the June meeting of the group."),
        (["Oriel Thackwray"], "Circulate the draft leaflet."),
        (["Tobias Wrenfield"], "Update on the Watch Scheme"),
        (["Oriel Thackwray", "Saffron Millichip", "Tobias Wrenfield"],
         "Send the patrol figures to the Highways team and Tobias to draw up a map.")]


def test_a_column_by_column_table_whose_counts_differ_is_not_paired(tmp_path: Path) -> None:
    """When the owners' lines are fewer than the tasks the column gives, no owner is paired with a task by order (the
    rows cannot be told apart): no task takes the owner of another row."""
    owners = "Benedick Quarrie\nOriel Thackwray\nTobias Wrenfield"
    record = extract_page(tmp_path, _WORKING_GROUP.format(tasks=_TASKS, owners=owners))
    assert ("Circulate the draft leaflet.", ["Oriel Thackwray"]) not in [(a.text, a.owners) for a in record.actions]


def _tasks(tmp_path: Path, text: str) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, text + "\n")
    return [(a.owners, a.text) for a in record.actions]


def test_new_business_ends_a_review_of_the_last_meetings_actions(tmp_path: Path) -> None:
    """The last meeting's actions reviewed under their label ("Actions arising from the last meeting" / "JW to contact
    the insurers – done."), then "New business" on a line of its own: the review ends there, so the tasks set under it
    are read (they were taken for more of the review)."""
    text = ("Brackenfield Community Association\nMinutes of Committee Meeting, 17 January 2024\n\n"
            "Present: Jasper Wingfield (JW), Clementine Orde (CO), Rupert Haddow (RH)\n\n"
            "Actions arising from the last meeting\n\nJW to contact the insurers – done.\n\n"
            "CO to order new chairs – ongoing, quotes received.\n\nNew business\n\n"
            "The hall heating failed twice in December. RH to arrange for the engineer to visit.")
    assert _tasks(tmp_path, text) == [(["Rupert Haddow"], "RH to arrange for the engineer to visit.")]


def test_a_minutes_table_header_over_an_agenda_title_sets_no_task(tmp_path: Path) -> None:
    """A minutes table given as text with its "Action" column's header on a line of its own, the header's next word on
    the next line ("Action" / "Required" / "Person" / "Responsible") or the first item's title of standing items under it
    ("Action" / "WELCOME, Introductions and apologies for absence"): neither is a task."""
    text = ("Fernhollow Community Safety Partnership\nMinutes of the meeting held on 8 March 2022\n\n"
            "Present: Rosamund Ettrick (Chair), Gideon Pellow, Marcus Fenwright\n\n{header}\n"
            "WELCOME, Introductions and apologies for absence\n"
            "Apologies were received from Cressida Vane.\n\n2. Anti-social behaviour\n\n"
            "The figures were noted. GP to circulate the hot spot map.")
    for header in ("Action", "Action\nRequired\nPerson\nResponsible"):
        assert [t for _, t in _tasks(tmp_path, text.format(header=header))] == ["GP to circulate the hot spot map."]


def test_a_due_column_after_the_owners_of_a_column_by_column_table(tmp_path: Path) -> None:
    """A third column flattened after the owners' ("Deadline" on a line of its own, then one date a line): each task is
    due on the date of its own row, paired by order as the owners are."""
    text = ("Northgate Carers Forum\nNotes of the meeting held on 11 October 2022\nPresent\nWinifred Holcombe\n"
            "Ignatius Pardoe\nMarigold Fenchurch\nActions\nAction\nSend the carers' survey to all GP\n"
            "practices in the locality.\nBook a stall at the winter fair.\nLead\nIgnatius Pardoe\nMarigold Fenchurch\n"
            "Deadline\n31 October 2022\n18 November 2022")
    record = extract_page(tmp_path, text + "\n")
    assert [(a.owners, a.due) for a in record.actions] == [(["Ignatius Pardoe"], "2022-10-31"),
                                                           (["Marigold Fenchurch"], "2022-11-18")]


def test_an_action_sheet_with_who_then_a_date_column(tmp_path: Path) -> None:
    """An "Action Sheet Arising from ..." table with "No. / Action / Action by / Date": the date after who acts is when
    the task is due, and a task opening with a verb and "to" keeps its first words ("Write to plot holders ...": the
    owner is in its own column, "Write" is no owner)."""
    text = ("Minutes of the Orchard Lane Allotment Society Committee\nHeld on 7 September 2023\n\n"
            "Present: Tabitha Greenhalgh (Chair), Osric Penfold, Wilhelmina Stroud, Ezekiel Moorcroft\n\n"
            "Action Sheet Arising from the Committee Meeting\nNo.\tAction\tAction by\tDate\n"
            "1\tWrite to plot holders with overgrown plots\tWS\t30/09/23\n"
            "2\tRepair the water trough on the east side\tEM\tOctober\n")
    record = extract_page(tmp_path, text)
    assert [(a.owners, a.text, a.due) for a in record.actions] == [
        (["Wilhelmina Stroud"], "Write to plot holders with overgrown plots", "2023-09-30"),
        (["Ezekiel Moorcroft"], "Repair the water trough on the east side", "2023-10-31")]


def test_a_review_of_actions_under_a_minute_number(tmp_path: Path) -> None:
    """A parish council's review of the last meeting's actions numbered as a minute ("21/104 Actions from the last
    meeting"): its lines report on earlier actions ("Clerk to write to the school ... – letter sent"), no new tasks;
    the next minute ("21/105 Planning") ends it, and the task set there is read."""
    text = ("Fenwick Moor Parish Council\nMinutes of the meeting held on 12 January 2022 at 7pm\n\n"
            "Present: Cllrs Ambrose Keddle (Chair), Philippa Loxley, Dorcas Rennard. Clerk: Mrs Rowena Tilsley\n\n"
            "21/104 Actions from the last meeting\n\nClerk to write to the school about parking – letter sent, reply "
            "awaited.\n\nCllr Loxley to check the defibrillator – checked, pads replaced.\n\n21/105 Play area\n\n"
            "The annual inspection report was received. Cllr Rennard to obtain quotes for new swing seats.")
    assert _tasks(tmp_path, text) == [(["Dorcas Rennard"], "Cllr Rennard to obtain quotes for new swing seats.")]


def test_the_owners_column_ends_at_the_next_columns_header(tmp_path: Path) -> None:
    """A column-by-column table whose next header after the owners reads like a name ("Owner" / "Dominic Earnshaw" /
    "Tamara Lisle" / "Target Date"): the header ends the owners, so their count agrees with the tasks' and each task
    takes its row's owner and date."""
    text = ("Ridgeway Community Trust\nBoard of Trustees meeting, 28 November 2023\nPresent\nDominic Earnshaw\n"
            "Tamara Lisle\nQuentin Arbuthnot\nAction\nReview the volunteer handbook and\ncirculate to trustees.\n"
            "Set up the new bank mandate.\nOwner\nDominic Earnshaw\nTamara Lisle\nTarget Date\nJanuary 2024\n"
            "15 December 2023")
    record = extract_page(tmp_path, text + "\n")
    assert [(a.owners, a.due) for a in record.actions] == [(["Dominic Earnshaw"], "2024-01-31"),
                                                           (["Tamara Lisle"], "2023-12-15")]
