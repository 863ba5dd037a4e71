"""Owners as minutes write them: roles resolved to the person the minutes name as holding them,
several owners joined by "and the", roles in lower case. Made-up sentences in the general shapes."""
from __future__ import annotations

from pathlib import Path

import pytest

from minutes import ingest
from minutes.extract import Options, extract


def _actions(tmp_path: Path, text: str):
    path = tmp_path / "minutes.txt"
    path.write_text(text)
    doc = ingest.read(path)
    actions = extract(doc, Options()).actions
    assert all(doc.text[a.source.start:a.source.end] == a.source.quote for a in actions)
    return actions


HEADING = "Minutes of the Parish Council meeting held on 3 March 2021\n\n"


@pytest.mark.parametrize("attendance", [
    "Present: Councillors Ann Brook, Tom Hale, Peter Lund Clerk: Helen Marsh\n\n",
    "Present: Councillors Ann Brook, Tom Hale and Peter Lund. In attendance the Clerk Helen Marsh and two members "
    "of the public.\n\n",
    "Present: Councillors Ann Brook, Tom Hale and Peter Lund.\n\nIn attendance: Helen Marsh (Parish Clerk)\n\n",
    "Present: Councillors Ann Brook, Tom Hale and Peter Lund.\n\nAlso present: Helen Marsh, Clerk\n\n",
])
def test_the_clerk_is_the_person_the_minutes_name_as_clerk(tmp_path: Path, attendance: str) -> None:
    text = HEADING + attendance + "4. Footpaths\n\nThe stile is broken. The Clerk to write to the landowner.\n"
    [action] = _actions(tmp_path, text)
    assert action.owners == ["Helen Marsh"]


def test_a_role_two_people_are_named_as_stays_as_written(tmp_path: Path) -> None:
    text = (HEADING + "Present: Ann Brook, Tom Hale. Clerk: Helen Marsh\n\n4. Footpaths\n\nThe stile is broken. The "
            "Clerk, Mrs Jane Doe, of the next parish had written. The Clerk to write to the landowner.\n")
    [action] = _actions(tmp_path, text)
    assert action.owners == ["Clerk"]


def test_a_vice_chair_is_not_the_chair(tmp_path: Path) -> None:
    text = (HEADING + "Present: Tom Hale, Ann Brook\n\n4. Footpaths\n\nTom Hale, Vice-Chairman, said the stile is "
            "broken. The Chairman to write to the landowner.\n")
    [action] = _actions(tmp_path, text)
    assert action.owners == ["Chairman"]


@pytest.mark.parametrize("sentence, owners", [
    ("After discussion the Panel agreed for the Convener and the Policy Officer to draft the final report.",
     ["Convener", "Policy Officer"]),
    ("Councillor Hale and the Project Manager would meet to agree the scope of the survey.",
     ["Tom Hale", "Project Manager"]),
    ("The fence by the play area has blown down the clerk will inform the contractor.", ["Helen Marsh"]),
    ("The chairman and vice-chairman will decide how to fill the vacancy.", ["Ann Brook", "Tom Hale"]),
])
def test_owners_joined_by_and_the_or_written_in_lower_case(tmp_path: Path, sentence: str, owners: list[str]) -> None:
    text = (HEADING + "Present: Ann Brook (Chairman), Tom Hale (Vice-Chairman), Peter Lund\n\n"
            "In attendance: Helen Marsh (Clerk)\n\n4. Any other business\n\n" + sentence + "\n")
    [action] = _actions(tmp_path, text)
    assert action.owners == owners


def test_the_chairmans_announcement_of_late_items_is_no_task(tmp_path: Path) -> None:
    text = (HEADING + "Present: Ann Brook, Tom Hale\n\n2. Urgent items\n\nThe chairman will announce any urgent items "
            "to be taken under the late items agenda item.\n")
    assert _actions(tmp_path, text) == []
