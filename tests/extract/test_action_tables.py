"""Action tables as real minutes write them: any header wording, and tables flattened to a cell a line."""
from __future__ import annotations

from pathlib import Path

import pytest

from minutes import ingest
from minutes.evaluate import CORPUS
from minutes.extract import Options, extract
from minutes.extract.action_columns import action_columns
from pages import extract_page


@pytest.mark.parametrize("cells, kinds", [
    (["No", "Action", "Resp.", "Target", "Status"], {"ref": 0, "text": 1, "owner": 2, "due": 3, "status": 4}),
    (["Date of Meeting", "Action", "Officer/Member", "Completed/ Outstanding"],
     {"date": 0, "text": 1, "owner": 2, "status": 3}),
    (["Ref", "Agreed action", "Action by", "Deadline"], {"ref": 0, "text": 1, "owner": 2, "due": 3}),
    (["Action", "Lead", "By when"], {"text": 0, "owner": 1, "due": 2}),
    (["What", "Who", "When"], {"text": 0, "owner": 1, "due": 2}),
])
def test_header_wordings(cells: list[str], kinds: dict[str, int]) -> None:
    assert action_columns(cells) == kinds


def test_a_header_without_an_owner_due_or_status_column_is_not_an_action_table() -> None:
    assert action_columns(["Item", "Action"]) is None
    assert action_columns(["Item", "Raised by", "Discussion & Decision"]) is None  # who raised it: no deadline


@pytest.mark.parametrize("prefix, expected", [
    ("A03", [("48", ["Janet Rowse"], "2011-03-31"), ("49", ["JW", "RB"], "2011-01-31"), ("39", ["AT"], "2011-03-31")]),
    ("A02", [(None, ["Kiran Vagarwal"], None), (None, ["Kiran Vagarwal"], None), (None, ["Peter Clifton"], None),
             (None, ["Peter Clifton"], None), (None, ["Peter Clifton"], None)]),
])
def test_flattened_action_tables_are_read_row_by_row(prefix: str, expected: list) -> None:
    doc = ingest.read(next((CORPUS / "b0" / "docs").glob(f"{prefix}_*")))
    actions = extract(doc).actions
    assert [(a.ref, a.owners, a.due) for a in actions] == expected
    assert all(doc.text[a.source.start:a.source.end] == a.source.quote for a in actions)
    assert not extract(doc, Options(off=frozenset({"flat_tables"}))).actions[:1] == actions[:1]


def _read(tmp_path, body: str):
    return extract_page(tmp_path, "Minutes of the Management Board Meeting\n\n21 March 2012\n\nPresent: Jane Rowley, "
                        "Colin Shaw\n\n" + body).actions


def test_an_action_table_exported_with_slashes_between_cells_is_read_by_its_header(tmp_path) -> None:
    actions = _read(tmp_path, "Action Log\n\nAction by / Action / Deadline\nJR / Update on Resettlement. / 28.6.12\n"
                              "CS & JR / Pull together good news story on the Fire Fighters Scheme. / 28.6.12\n\n"
                              "AGENDA\n\n1. Minutes of previous meeting\n")
    assert [(a.text, a.owners, a.due) for a in actions] == [
        ("Update on Resettlement.", ["Jane Rowley"], "2012-06-28"),
        ("Pull together good news story on the Fire Fighters Scheme.", ["Colin Shaw", "Jane Rowley"], "2012-06-28")]


def test_a_last_cell_of_names_owns_the_tasks_of_its_line(tmp_path) -> None:
    actions = _read(tmp_path, "Action Sheet\n\n8. / Jo to send Carol information on cases they have referred. Lorraine to "
                              "investigate and report back. / Jo/Lorraine\n"
                              "9. / Carol and Terry to plan the joint meeting of the two Boards for March 2012. / Carol/Terry\n"
                              "10. / A report to be brought back to the next meeting. / Carol\n")
    assert [(a.text, a.owners) for a in actions] == [
        ("Jo to send Carol information on cases they have referred.", ["Jo"]),
        ("Lorraine to investigate and report back.", ["Lorraine"]),
        ("Carol and Terry to plan the joint meeting of the two Boards for March 2012.", ["Carol", "Terry"]),
        ("A report to be brought back to the next meeting.", ["Carol"])]


def test_a_numbered_action_point_then_its_task_then_an_owner_line(tmp_path) -> None:
    # as a road safety partnership forum writes them: "Action Point 1" / the task / "Owner: Name"
    actions = _read(tmp_path, "Action Point 1\n\nPapers to be issued to attendees.\n\nOwner: Lorraine Forrester\n\n"
                              "Overview of the Road Safety Framework 2030\n")
    assert [(a.text, a.owners, a.ref) for a in actions] == [
        ("Papers to be issued to attendees.", ["Lorraine Forrester"], "1")]


def test_a_task_under_an_action_point_label_owned_by_two_roles_and_wrapped_onto_an_indented_line() -> None:
    # "Action Point" / "     Clerk/chair to ensure that minutes of the meeting of 24th November are"
    # / "        included on the agenda for the next full governing body meeting."  (the clerk is named above)
    actions = extract(ingest.read(next(CORPUS.glob("b*/docs/C203_*")))).actions
    assert [(a.text, a.owners) for a in actions] == [
        ("Ensure that minutes of the meeting of 24th November are included on the agenda for the next full "
         "governing body meeting.", ["Jackie Gatenby", "chair"])]


def test_the_owner_after_a_dash_at_the_end_of_an_action_line() -> None:
    # "Action: Thank you letters to guest speakers – Sean Neeson"; "... provide details of travel arrangements – Kate"
    actions = {a.text[:35]: a.owners for a in extract(ingest.read(next(CORPUS.glob("b*/docs/C044_*")))).actions}
    assert actions["Thank you letters to guest speakers"] == ["Sean Neeson"]
    assert actions["To include Ronnie Hall (EU Commissi"] == ["Kate McCullough"]


@pytest.mark.parametrize("label", ["Action to be done next:", "Next steps:", "Actions to be taken:", "Actions required"])
def test_a_list_under_a_next_steps_label_is_a_list_of_tasks(tmp_path: Path, label: str) -> None:
    text = ("Minutes of the Steering Group meeting held on 3 March 2021\n\nPresent: Ann Brook (Chair), Tom Hale, "
            "Peter Lund\n\n4. The plan\n\nThe chair showed the road map.\n\n" + label + "\n\n"
            "  • Agree the objectives and their leads\n  • Redraft the introduction to the plan\n")
    assert [a.text for a in extract_page(tmp_path, text).actions] == [
        "Agree the objectives and their leads", "Redraft the introduction to the plan"]


@pytest.mark.parametrize("header", ["Item\tDiscussion\tAction", "No.\tNotes\tAction by", "Item\tMinutes\tLead"])
def test_an_action_column_beside_the_record_of_the_discussion(tmp_path, header: str) -> None:
    """A cell of the action column holds a task ("CH to ...") or only who acts ("EM"), when the task
    is the row's record; "None" is no action."""
    page = ("Minutes of the Ashby Footpaths Group\nWednesday 8 May 2019, 7.30pm\n\n"
            "Attendees: Chris Hall, Debbie Lane, Ed Moore\n\n" + header + "\n"
            "1\tThe draft plan consultation closes on 31 May.\tCH to summarise the responses\n"
            "2\tSurvey results were received. The website needs updating with the survey results.\tEM\n"
            "3\tGrant application submitted.\tNone\n")
    actions = extract_page(tmp_path, page).actions
    assert [(a.text, a.owners, a.ref) for a in actions] == [
        ("Summarise the responses", ["Chris Hall"], "1"),
        ("The website needs updating with the survey results.", ["Ed Moore"], "2")]


def test_a_record_column_after_the_action_column_is_no_such_table() -> None:
    assert action_columns(["Item", "Action", "Notes"]) == {"ref": 0, "text": 1, "status": 2}
    assert action_columns(["Item", "Discussion", "Action", "Deadline"])["text"] == 2


def test_an_action_list_numbered_from_one_with_who_first(tmp_path) -> None:
    """"ACTIONS" then "1. Len – check ...", "2. Jim: order ...": the numbered lines are the list, not agenda
    items; who comes first, before a dash or a colon; a task already met in the discussion is one action."""
    page = ("Ashby Allotment Association\nCommittee meeting 5 April 2018\n\nPresent: Jim Baker, Len Dyer, Meg Ellis\n\n"
            "1. Water supply\nThe water will be turned on at the end of April. Len will check the troughs for leaks "
            "beforehand.\n\nACTIONS\n1. Len – check troughs for leaks\n2. Jim: order a new padlock for the main gate by "
            "1 May\n3. MB – contact the waiting list\n")
    actions = extract_page(tmp_path, page).actions
    assert [(a.text, a.owners, a.due) for a in actions] == [
        ("Check troughs for leaks", ["Len Dyer"], None),
        ("Order a new padlock for the main gate by 1 May", ["Jim Baker"], "2018-05-01")]


def test_a_numbered_item_title_after_an_action_list_is_no_task(tmp_path) -> None:
    page = ("Ashby Plan Group\nMeeting 9 January 2017\n\nPresent: David Baxter, Eve Cole\n\nActions:\n"
            "- Clarify the introduction to the plan\n\n1. Date of Next Meeting and Objective for Discussion\n\n"
            "David Baxter will notify members of the next meeting by email.\n")
    texts = [a.text for a in extract_page(tmp_path, page).actions]
    assert "Date of Next Meeting and Objective for Discussion" not in texts


@pytest.mark.parametrize("line, expected", [
    ("ACTION RL: circulate the campaign materials by 15 October.",
     [("circulate the campaign materials by 15 October.", ["Rita Lowe"])]),
    ("Action by JS/RL: book the venue.", [("book the venue.", ["Jane Smith", "Rita Lowe"])]),
    ("Action points: none", []),
    ("Action: N/A", []),
])
def test_who_between_an_action_label_and_its_colon(tmp_path, line: str, expected: list) -> None:
    page = ("Ashby Health Group\nMeeting 5 April 2018\n\nPresent: Rita Lowe (RL), Jane Smith (JS)\n\n2. Flu\n"
            "The campaign was discussed.\n" + line + "\n")
    assert [(a.text, a.owners) for a in extract_page(tmp_path, page).actions] == expected


def test_minutes_laid_out_as_a_table_without_an_action_header(tmp_path) -> None:
    """"4 | Highways. ... The Clerk will chase the contractor. | Clerk": a row's minute is read as running text,
    and a last cell naming only who acts owns the row's last sentence when no task in it names anyone."""
    page = ("Ashby Parish Council\nMinutes of the meeting held on 3 March 2014\n\nPresent: Cllr Bob Hill (Chairman), "
            "Cllr Ann Bell, Cllr Dan Cole, Mrs Carol Dean (Clerk)\n\n"
            "4\tHighways. The pothole on Mill Lane is worse. The Clerk will chase the contractor.\tClerk\n"
            "5\tPlaying field. Cllr Bell to obtain quotes for a new fence.\tAB\n"
            "6\tFinance. The accounts for the year were approved.\t\n"
            "7\tBus shelter. The glass in the bus shelter has been broken again.\tDC\n"
            "8\tLondon 2012 Olympic Games\tDan Cole\n\nDate of next meeting: 7 April 2014\n")
    actions = extract_page(tmp_path, page).actions
    assert [(a.text, a.owners) for a in actions] == [
        ("The Clerk will chase the contractor.", ["Carol Dean"]), ("Cllr Bell to obtain quotes for a new fence.", ["Ann Bell"]),
        ("The glass in the bus shelter has been broken again.", ["Dan Cole"])]
