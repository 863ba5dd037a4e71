"""Ways of labelling and writing attendance first met in b9 and b10, each written as a made-up
minutes page in the general shape (not a corpus line)."""
from __future__ import annotations

from pathlib import Path

import pytest

from minutes import ingest
from minutes.extract import Record, extract


def _record(tmp_path: Path, text: str) -> Record:
    path = tmp_path / "minutes.txt"
    path.write_text(text)
    return extract(ingest.read(path))


@pytest.mark.parametrize("label", ["Attendance Details", "Attendance list", "Attendance Register:"])
def test_attendance_details_heads_a_comma_run(tmp_path: Path, label: str) -> None:
    record = _record(tmp_path, f"Health and Wellbeing Board Minutes\n\nWednesday, 4th May, 2016\n\n{label}\n\n"
                     "Cllr Anne Green (Chairman), Cllr Jane Hall, Cllr Mrs Joan Black, Peter Grey,Susan White, Mark Brown\n"
                     "In Attendance:\nCllr Tom Reed (Cabinet Member for Health).\n"
                     "Apologies for absence:\nCllr Paul Gold, Cllr Di Moss, Sheila Amber.\n\n1. Welcome\n")
    assert [p.name for p in record.attendees] == ["Anne Green", "Jane Hall", "Joan Black", "Peter Grey", "Susan White",
                                                 "Mark Brown", "Tom Reed"]
    # "Hall" is a surname here, not a place; the full stop after "(Cabinet Member for Health)" is no organisation
    assert record.attendees[-1].organisation is None
    # "Di" is a first name; only "DI" is a police rank
    assert [(p.name, p.role) for p in record.apologies] == [("Paul Gold", "Cllr"), ("Di Moss", "Cllr"), ("Sheila Amber", None)]
