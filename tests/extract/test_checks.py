"""Silence is a defect: a section the document plainly has, from which nothing was read, is a warning."""
from __future__ import annotations

from pathlib import Path

from minutes import ingest
from minutes.extract import extract
from pages import extract_page


def test_an_attendance_section_and_action_log_that_gave_nothing_are_warnings(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Board held on 3 May 2012\n\nPresent:\n\nas per the attached list\n\n"
                          "1. Matters arising\n\nAction log:\n\nsee the tracker\n")
    assert record.attendees == [] and record.actions == []
    assert record.warnings == ["attendance section on page 1 ('Present:') gave no names",
                               "action marked on page 1 ('Action log:') gave no actions"]
    assert record.to_json()["warnings"] == record.warnings


def test_an_actions_heading_whose_list_gave_nothing_is_a_warning(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Ashby Parish Council\nMinutes of the meeting held on 3 May 2012\n\n"
                          "Present: Cllr Ann Smith, Cllr Bob Jones\n\n1. Playground\nThe swings were discussed.\n\n"
                          "ACTIONS\nas listed on the clerk's sheet\n")
    assert record.actions == []
    assert record.warnings == ["action marked on page 1 ('ACTIONS') gave no actions"]


def test_no_warning_where_the_sections_were_read() -> None:
    from sample_files import sample_path, sample_stems
    for stem in sample_stems():
        assert extract(ingest.read(sample_path(stem, "txt"))).warnings == []


def test_minutes_without_a_date_or_body_say_so(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes\n\nPresent: Cllr Ann Smith, Cllr Bob Jones\n\n1. Playground\n\n"
                          "It was resolved to repair the swings.\n")
    assert record.kind == "minutes" and record.meeting.date is None and record.meeting.body is None
    assert record.warnings == ["no meeting date or body found"]
    dated = extract_page(tmp_path, "Minutes of the meeting held on 3 May 2012\n\nPresent: Cllr Ann Smith, Cllr Bob Jones\n\n"
                         "1. Playground\n\nIt was resolved to repair the swings.\n")
    assert dated.warnings == ["no meeting body found"]
