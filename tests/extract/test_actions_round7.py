"""Tasks as minutes write them, round 7: made-up lines and sentences in the general shapes of real minutes
(seen in b19 and b20 and checked across the corpus), with made-up names."""
from __future__ import annotations

from pathlib import Path

import pytest

from pages import extract_page

HEAD = ("Minutes of the Parish Council meeting held on 3 March 2021\n\n"
        "Present: Cllr Ann Brook (Chairman), Cllr Tom Hale, Cllr Mary-Jane Cole\n\n")
CLERK = "Clerk: Helen Marsh\n\n"


def _actions(tmp_path: Path, text: str, clerk: str = ""):
    return extract_page(tmp_path, HEAD + clerk + "4. Highways\n\nThe verge was discussed.\n\n" + text + "\n").actions


# who, then a colon or a dash, then the task: one reader for every edge of the shape
@pytest.mark.parametrize("line, owners, task", [
    ("Tom Hale - check the troughs for leaks", ["Tom Hale"], "Check the troughs for leaks"),  # an ASCII hyphen
    ("Tom Hale – to check the troughs for leaks", ["Tom Hale"], "Check the troughs for leaks"),  # "to" after the dash
    ("Tom Hale: to check the troughs", ["Tom Hale"], "Check the troughs"),  # ... and after a colon
    ("Tom Hale – investigate", ["Tom Hale"], "Investigate"),  # a one-word task
    ("Mary-Jane – order the padlock", ["Mary-Jane Cole"], "Order the padlock"),  # a hyphenated first name
    ("TH: Obtain quotes for the fence", ["Tom Hale"], "Obtain quotes for the fence"),  # a capital after a colon
    ("TH–obtain quotes", ["Tom Hale"], "Obtain quotes"),  # no spaces round the dash
    ("Tom Hale/Ann Brook – order the padlock", ["Tom Hale", "Ann Brook"], "Order the padlock"),
    ("Tom Hale and Mary-Jane Cole – order the padlock", ["Tom Hale", "Mary-Jane Cole"], "Order the padlock"),
    ("Clerk: write to the highways authority", ["Clerk"], "Write to the highways authority"),  # a role nobody holds here
    ("Clerk – write to the highways authority", ["Clerk"], "Write to the highways authority"),
    ("Clerk - write to the highways authority", ["Clerk"], "Write to the highways authority"),  # ... whatever the dash
    ("Clerk – to write to the highways authority", ["Clerk"], "Write to the highways authority"),
])
def test_who_then_a_colon_or_a_dash_then_the_task(tmp_path: Path, line: str, owners: list[str], task: str) -> None:
    [action] = _actions(tmp_path, "Action: " + line)
    assert (action.owners, action.text) == (owners, task)


@pytest.mark.parametrize("line", [
    "TH - Obtain quotes for the fence",  # a capital after a hyphen: a heading's words, not who and a task
    "TH –check",  # a one-word task needs a space before it
    "MB – obtain quotes for the fence",  # initials nobody at the meeting has
    "Highways – check the signs",  # a topic, not a person
])
def test_no_owner_when_what_comes_first_is_not_who(tmp_path: Path, line: str) -> None:
    [action] = _actions(tmp_path, "Action: " + line)
    assert action.owners == [] and action.text == line


def test_a_named_clerk_owns_the_clerk_s_task_whatever_the_dash(tmp_path: Path) -> None:
    for line in ("Clerk: write to the highways authority", "Clerk - write to the highways authority",
                 "Clerk – to write to the highways authority"):
        [action] = _actions(tmp_path, "Action: " + line, CLERK)
        assert (action.owners, action.text) == (["Helen Marsh"], "Write to the highways authority")


@pytest.mark.parametrize("line, owner", [("Tom Hale - check the troughs for leaks", "Tom Hale"),
                                         ("Tom Hale – to check the troughs", "Tom Hale"),
                                         ("Tom Hale – investigate", "Tom Hale"),
                                         ("Mary-Jane – order the padlock", "Mary-Jane Cole")])
def test_an_action_list_reads_every_line_that_names_who_first(tmp_path: Path, line: str, owner: str) -> None:
    """"ACTIONS:" then "Len - check the troughs" (a hyphen, "to", one word): the list goes on, no task is lost."""
    actions = _actions(tmp_path, "ACTIONS:\n\n" + line + "\n\nAnn Brook: order the new bench")
    assert [a.owners for a in actions] == [[owner], ["Ann Brook"]]
