"""Real minutes from other councils (tests/data/real/*.txt) against hand-made expectations (*.json).

policing_board_2020, csp_substitutes_2012, council_committee_2020 and service_board_columns_2009 keep the
layout of real minutes with the names changed (column-aligned text, "Aldermen" lists, substitutes).
They cover layouts the bundled samples lack: run-on "Present:" lines, titled surnames ("Cllr Beck",
"Cllrs Mill, Reid and ..."), sentence-form apologies, lists interrupted by non-person lines.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutes import ingest
from minutes.extract import Options, extract

REAL = Path(__file__).resolve().parent.parent / "data" / "real"
CASES = sorted(p.stem for p in REAL.glob("*.txt"))


@pytest.mark.parametrize("nlp", [True, False], ids=["nlp", "rules"])
@pytest.mark.parametrize("case", CASES)
def test_real_minutes(case: str, nlp: bool) -> None:
    expected = json.loads((REAL / f"{case}.json").read_text())
    doc = ingest.read(REAL / f"{case}.txt")
    record = extract(doc, Options(nlp=nlp))
    assert [p.name for p in record.attendees] == expected["attendees"]
    assert [p.name for p in record.apologies] == expected["apologies"]
    assert len(record.actions) == expected["actions"]
    for key, value in expected.get("meeting", {}).items():
        assert getattr(record.meeting, key) == value, key
    for item in record.attendees + record.apologies + record.actions:
        assert doc.text[item.source.start:item.source.end] == item.source.quote
