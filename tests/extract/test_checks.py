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


def _section_warnings(record) -> list[str]:
    return [w for w in record.warnings if "section" in w]


def test_which_silent_section_is_warned_of_in_each_shape(tmp_path: Path) -> None:
    # pins check_silence's branches: a silent attendance section is said and then no apologies section is looked at;
    # the apologies section is looked at only when no attendance section was silent
    head = "Minutes of the Quillbury Parish Council meeting held on 3 May 2012\n\n"
    unread_apologies = "Apologies for absence:\n\nas listed in the register\n\n"
    # nobody read at all: the first label's section
    nobody = extract_page(tmp_path, head + "Present:\n\nas per the attached list\n\n" + unread_apologies + "1. Matters arising\n")
    assert _section_warnings(nobody) == ["attendance section on page 1 ('Present:') gave no names"]
    # a label of those present nobody was read from, though a councillor was read later in the text
    unread_present = extract_page(tmp_path, head + "PRESENT\n\n"
                                  "His Worship the Mayor (Clr Brantwhistle), Councillors Ossingdale, Mereweather (from 6.35pm and until\n"
                                  "9.46pm), Tollimore (except from 9.21pm until 9.23pm and until 9.50pm), Quennery\n\n"
                                  + unread_apologies + "061/08 Disclosure of Interests\nClr Quennery declared an interest in item 9.\n")
    assert unread_present.attendees and not unread_present.apologies
    assert _section_warnings(unread_present) == ["attendance section on page 1 ('PRESENT') gave no names"]
    # those present read, the apologies not: the apologies section, unless it says there were none
    read_present = extract_page(tmp_path, head + "Present: Cllr Ardith Pellowe, Cllr Bram Sedgecombe\n\n" + unread_apologies
                                + "1. Matters arising\n")
    assert _section_warnings(read_present) == ["apologies section on page 1 ('Apologies for absence:') gave no names"]
    none_sent = extract_page(tmp_path, head + "Present: Cllr Ardith Pellowe, Cllr Bram Sedgecombe\n\nApologies for absence:\n\n"
                             "None received.\n\n1. Matters arising\n")
    assert _section_warnings(none_sent) == []
    # nobody read, though people said which section names whom: its warning stands, the apologies are looked at
    by_first_name = extract_page(tmp_path, head + "Present: the treasurer (Ann), the secretary (Bob), the booking officer (Carl)\n\n"
                                 + unread_apologies + "1. Matters arising\n")
    assert not by_first_name.attendees and not by_first_name.apologies
    assert _section_warnings(by_first_name) == [
        "attendance section on page 1 ('the treasurer (Ann), the secretary (Bob') names 3 people by first name, 3 of them not read",
        "apologies section on page 1 ('Apologies for absence:') gave no names"]
