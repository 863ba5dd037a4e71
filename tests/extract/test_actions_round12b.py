"""Action logs, action tables and action columns, round 12b: made-up pages in the general shapes of real minutes
(seen in b26 and in probe lots of new committee and partnership minutes), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

HEAD = ("Minutes of the Committee meeting held on 3 March 2021\n\n"
        "Present: Ann Brook (Chair), Tom Hale, Mary Cole, Owen Pike (Secretary)\n\n"
        "Apologies: Rita Lowe, Sam Dean\n\n")


def _tasks(tmp_path: Path, text: str, head: str = HEAD) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, head + text + "\n")
    return [(a.owners, a.text) for a in record.actions]


def test_an_action_column_flattened_into_the_paragraph(tmp_path: Path) -> None:
    """(after b26) a table's action column of initials run into one paragraph between the rows' texts: two or more
    initials before the next row's first word (or before its subject's initials and "to"), or any before the next
    item's number, own the row before them."""
    text = ("4 Summer fair Stalls were discussed. RL and SD on the gate for tickets and raffle etc RL SD TH and OP to "
            "book the marquee. TH OP Posters can go up in May. The programme to be agreed by email (by 20 April) AB "
            "5 Website The new pages were welcomed.")
    assert _tasks(tmp_path, text) == [
        (["Rita Lowe", "Sam Dean"], "RL and SD on the gate for tickets and raffle etc"),
        (["Tom Hale", "Owen Pike"], "TH and OP to book the marquee."),
        (["Ann Brook"], "The programme to be agreed by email (by 20 April)"),
    ]


def test_initials_before_a_heading_in_capitals_are_no_column(tmp_path: Path) -> None:
    """Initials before a heading in capitals are a flattened attendance table's or an initial of a heading's first
    word ("... Associates). IN ATTENDANCE"): no owners."""
    head = HEAD.replace("Tom Hale", "Ivan Nye")
    text = "The Chair also welcomed Ms Rose Dunn (Dunn Associates). IN ATTENDANCE Also in attendance was the Clerk."
    assert _tasks(tmp_path, text, head) == []


def test_action_item_labels(tmp_path: Path) -> None:
    """(probe lot 2) "Action Item: X to ..." labels a task as "Action: X to ..." does ("Item" is
    no owner); "Action Items" on a line of its own heads a list of tasks."""
    text = ("3. Minutes\n\nThe minutes were approved.\n\nAction Item: Tom Hale to send the new members the guidance notes\n\n"
            "Action Item: Mary Cole to draft an agenda template")
    assert _tasks(tmp_path, text) == [(["Tom Hale"], "Send the new members the guidance notes"),
                                      (["Mary Cole"], "Draft an agenda template")]
    text = "3. Minutes\n\nThe minutes were approved.\n\nAction Items\n\n- Review the hire charges\n- Order new chairs"
    assert [t for _, t in _tasks(tmp_path, text)] == ["Review the hire charges", "Order new chairs"]


def test_a_line_numbered_in_roman_numerals_is_no_wrapped_line(tmp_path: Path) -> None:
    """(probe lot 2) an action list numbered "i.", "ii.", "iii." in a plain-text page: each numbered line is an item
    of its own, not the wrapped end of the line before (it starts in lower case), so each label names its own task."""
    text = ("5. Tree warden\n\nThe meeting looked at the paper on tree wardens from the county council\n"
            "ii. A proposal to be brought to the parish council when convenient. Action AB\n"
            "iii. Objective 18 to be moved to the live list. Action TH")
    assert _tasks(tmp_path, text) == [(["Ann Brook"], "A proposal to be brought to the parish council when convenient."),
                                      (["Tom Hale"], "Objective 18 to be moved to the live list.")]


def test_a_numbered_item_does_not_take_the_line_before(tmp_path: Path) -> None:
    """(probe lot 3) a labelled task that opens a numbered item ("10) Any other business – ... Action: X") begins
    there: the line before, another item ("9) AGM – Tuesday ... at the allotments", no full stop), is not its start."""
    text = ("9) AGM – Tuesday 5 September at 6.30pm in the car park at the allotments\n"
            "10) Any other business – a notice about surplus produce will be posted on the board. Action: Tom")
    tasks = _tasks(tmp_path, text)
    assert len(tasks) == 1 and tasks[0][0] == ["Tom Hale"] and tasks[0][1].startswith("10) Any other business")


def test_saint_with_a_full_stop_ends_no_sentence(tmp_path: Path) -> None:
    """(probe lot 2) "St." before a name ("at St. Mark's") ends no sentence, as "Mr." and "Cllr." do not: the task
    keeps its last words."""
    text = "4. Hall\n\nThe bookings were noted.\n\n- Tom Hale to confirm we have a room at St. Mark's Hall for the fair"
    assert _tasks(tmp_path, text) == [(["Tom Hale"], "Tom Hale to confirm we have a room at St. Mark's Hall for the fair")]
