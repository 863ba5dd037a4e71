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


def test_an_action_label_after_a_list_letter(tmp_path: Path) -> None:
    """(probe lot 3) an action label that opens a lettered or numbered item of a list ("d. Action Item: Research
    ...", "(ii) ACTION: ...") labels its task as it does on a line of its own."""
    text = ("3. Finance\n\nc. There is money left in the fund.\n\nd. Action Item: Research what the fund can be used for.\n\n"
            "(ii) ACTION: Draft a letter to the landowners about the footpath.")
    assert _tasks(tmp_path, text) == [([], "Research what the fund can be used for."),
                                      ([], "Draft a letter to the landowners about the footpath.")]


def test_a_secretariat_owns_a_labelled_task(tmp_path: Path) -> None:
    """(probe lot 3) "the secretariat" is a role that takes tasks, written in lower case too, after a label at the end of
    a list's item ending in a semicolon ("... the version agreed. Action: secretariat;"), or as the label's subject
    ("Action: secretariat to prepare a draft letter;"); so do initials before a semicolon ("Action: TH;")."""
    text = ("2. Report\n\nPoints raised included:\n\n- the drafting notes should build on the version agreed. Action: secretariat;\n\n"
            "- the approach to other committees. Action: secretariat to prepare a draft letter;\n\n"
            "- the hall needs a new roof. Action: TH;")
    assert _tasks(tmp_path, text) == [(["secretariat"], "the drafting notes should build on the version agreed."),
                                      (["secretariat"], "secretariat to prepare a draft letter"),
                                      (["Tom Hale"], "the hall needs a new roof.")]


def test_earlier_actions_reported_on_are_not_new(tmp_path: Path) -> None:
    """(probe lot 3) an action log's earlier tasks: "Previous action: X to ..." reports on a task set before, and a
    labelled task followed by a dash and a clause saying it has been done ("Action: TH to draft the terms - The terms
    have now been drafted and agreed") was set before; a new labelled task stays."""
    text = ("2. Actions\n\nAction: TH to draft the terms of reference - The terms have now been drafted and agreed\n\n"
            "Previous Action: MC to approach the trust for funding. No further funding is available.\n\n"
            "Action: OP to draft a short paper on the board's role")
    assert _tasks(tmp_path, text) == [(["Owen Pike"], "Draft a short paper on the board's role")]


def test_action_point_labels(tmp_path: Path) -> None:
    """(probe lot 4) "Action Point" labels as "Action" does: after the task at the line's end ("... the tests to be
    carried out. Action Point: OP") and run into the subject it names ("ACTION POINT MC to update the members ...")."""
    text = ("3. Matters arising\n\nTesting: the tests are to be carried out next month. Action Point: OP\n\n"
            "ACTION POINT MC to update the members at the next meeting")
    assert _tasks(tmp_path, text) == [(["Owen Pike"], "Testing: the tests are to be carried out next month."),
                                      (["Mary Cole"], "ACTION POINT MC to update the members at the next meeting")]


def test_an_item_label_under_an_action_header_is_no_task(tmp_path: Path) -> None:
    """(b23's action table flattened one cell a line) "Item 1" under the headers "Item No / Agenda Item / ACTION" is
    the next row's item label, as "1.0" is, not a task the "ACTION" header labels."""
    text = ("Item No\n\nAgenda Item\n\nACTION\n\nItem 1\n\nEvents last month\n\nThe AGM took place on 18 September.\n\n"
            "Action: TH to post the minutes on the website\n\nTom\n\nItem 2\n\nRecent issues")
    assert _tasks(tmp_path, text) == [(["Tom Hale"], "Post the minutes on the website")]


def test_a_capital_label_at_the_end_of_a_line_with_no_full_stop(tmp_path: Path) -> None:
    """(probe lot 5) "Action:" in capitals after the task's last word with no full stop between ("... an extension to
    the faculty Action: MC") labels the task, and the next item of the list is no wrapped part of it."""
    text = ("4. Fabric\n\n- The faculty expires in February. MC will request an extension to the faculty Action: MC\n\n"
            "- Chimney works are ready to go ahead. TH will write to the archdeacon for permission. Action: TH")
    assert _tasks(tmp_path, text) == [
        (["Mary Cole"], "MC will request an extension to the faculty"),
        (["Tom Hale"], "TH will write to the archdeacon for permission."),
    ]


def test_a_by_column_before_a_date_column_names_who(tmp_path: Path) -> None:
    """An action table headed "Action / By / Date": "By" before a date column is who acts ("Action by"), the date
    column when; "By" with no date column after it stays "by when"."""
    text = ("Action sheet arising from the meeting\n\nAction / By / Date\n"
            "Write to the county about the verges / MC / 30.4.21\nOrder new chairs / AB, OP / May 2021\n")
    record = extract_page(tmp_path, HEAD + text)
    assert [(a.owners, a.text, a.due) for a in record.actions] == [
        (["Mary Cole"], "Write to the county about the verges", "2021-04-30"),
        (["Ann Brook", "Owen Pike"], "Order new chairs", "2021-05-31"),
    ]
    text = "Action / Owner / By\nWrite to the county about the verges / MC / 30.4.21\n"
    record = extract_page(tmp_path, HEAD + text)
    assert [(a.owners, a.due) for a in record.actions] == [(["Mary Cole"], "2021-04-30")]
