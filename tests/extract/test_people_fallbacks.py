"""Attendance written without the layouts the structured parser reads, on real minutes (corpus/b0)."""
from __future__ import annotations

import pytest

from minutes import ingest
from minutes.evaluate import CORPUS
from minutes.extract import Options, Record, extract


def _extract(prefix: str, off: frozenset[str] = frozenset()) -> tuple[object, Record]:
    doc = ingest.read(next((CORPUS / "b0" / "docs").glob(f"{prefix}_*")))
    return doc, extract(doc, Options(off=off))


def test_unlabelled_initials_led_list_is_the_attendance_and_defines_initials() -> None:
    doc, record = _extract("A01")
    people = {p.name: p for p in record.attendees}
    assert {"Alison Cooper", "Georgina Bouette", "Dax O’Connor", "Philippa Gibson"} <= set(people)
    assert people["Alison Cooper"].initials == "AC" and people["Dax O’Connor"].initials == "DO"
    assert record.actions[0].owners == ["Dax O’Connor"]  # "ACTION: DO to arrange ..." resolves the initials
    assert not _extract("A01", frozenset({"unlabelled"}))[1].attendees


@pytest.mark.parametrize("prefix, name, status", [
    ("B04", "Susan Twemlow", "present"),   # "The chair welcomed Susan Twemlow – Assistant Director ... to the meeting"
    ("A02", "Duncan Tessier", "present"),  # "Duncan Tessier, Assistant Director ..., was welcomed as formal member"
])
def test_people_welcomed_in_running_text_are_present(prefix: str, name: str, status: str) -> None:
    doc, record = _extract(prefix)
    found = [p for p in record.attendees if p.name == name]
    assert found and doc.text[found[0].source.start:found[0].source.end] == found[0].source.quote
    assert name not in {p.name for p in _extract(prefix, frozenset({"sentences"}))[1].attendees}


def test_co_opted_members_label_opens_a_section() -> None:
    _, record = _extract("B04")
    assert {"N Craven", "A Dunkerley", "W Egan"} <= {p.name for p in record.attendees}
