"""People across meetings: merged on full names only, never on shared initials."""
from __future__ import annotations

from pathlib import Path

from minutes.ingest import read_bytes
from minutes.extract import extract
from minutes.store.store import Store

MEETING = """Minutes of the {body} held on {date}
Present:
{first} ({initials}) - Essex County Council
Zoe Hart - Essex Police

1. Item
Action: {initials} to circulate the report.
"""


def add(store: Store, **fields: str) -> None:
    text = MEETING.format(**fields)
    doc = read_bytes(text.encode(), f"{fields['body']}.txt")
    store.add(doc, extract(doc))


def test_shared_initials_in_different_meetings_are_different_people(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.db")
    add(store, body="Finance Board", date="3 March 2009", first="Gill Butterworth", initials="GB")
    add(store, body="Audit Panel", date="9 March 2009", first="Gary Barnes", initials="GB")
    assert {p["name"] for p in store.people()} == {"Gill Butterworth", "Gary Barnes", "Zoe Hart"}
    owners = {r["body"]: r["owners"] for r in store.actions(owner="GB")}
    assert owners == {"Finance Board": "Gill Butterworth", "Audit Panel": "Gary Barnes"}
    assert [r["body"] for r in store.actions(owner="Gary Barnes")] == ["Audit Panel"]
    zoe = [p for p in store.people() if p["name"] == "Zoe Hart"][0]
    assert zoe["meetings_attended"] == 2
