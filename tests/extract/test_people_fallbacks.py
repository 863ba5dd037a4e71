"""Attendance written without the layouts the structured parser reads, on real minutes (corpus/b0)."""
from __future__ import annotations

import pytest

from minutes import ingest
from minutes.evaluate import CORPUS
from minutes.extract import Options, Record, extract
from pages import extract_page


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


def test_labels_inside_a_flattened_paragraph_open_sections() -> None:
    """A page flattened to one paragraph: "... PRESENT Board Members: Secretariat: David Atkinson,
    Chief Executive - City of York Council Brian Cantor, ... APOLOGIES: Ron Cooke – ... 1 WELCOME ..."."""
    _, record = _extract("B03")
    assert len(record.attendees) == 14 and record.attendees[1].name == "Brian Cantor"
    assert [p.name for p in record.apologies] == ["Ron Cooke", "Len Cruddas", "Ken Dixon", "Mike Galloway", "Bob Wood"]


def test_an_agenda_item_number_on_its_own_line_ends_the_apologies() -> None:
    _, record = _extract("B02")
    assert record.apologies[-1].name == "Mary Pilgrim" and len(record.apologies) == 8


@pytest.mark.parametrize("prefix, body", [
    ("A01", "Safer Arun Partnership"),                          # "... Partnership meeting minutes 24 January 2023"
    ("A04", "Police and Crime Panel"),                          # "MEETING OF POLICE AND CRIME PANEL", place after the date
    ("B06", "North Hampshire Local Children’s Partnership"),    # "Minutes/Action Points of the ... Meeting on ..."
    ("B05", None),                                              # an indicator code is no body
])
def test_meeting_body_from_heading_styles(prefix: str, body: str | None) -> None:
    assert _extract(prefix)[1].meeting.body == body


def test_people_who_act_at_the_meeting_were_there(tmp_path) -> None:
    record = extract_page(tmp_path, "Minutes of the Board held on 3 December 2020\n\n1. Chairman\n\n"
                           "It was proposed by Cllr Spencer Flower and seconded by Seth Why that Cllr Rebecca Knox be "
                           "elected Chairman. ACC Mark Callaghan was attending as James Vaughan’s substitute. "
                           "Councillor Nicola Greene took the Chair.\n")
    assert {"Spencer Flower", "Seth Why", "Mark Callaghan", "Nicola Greene"} <= {p.name for p in record.attendees}


def test_agenda_numbers_and_bullets_padded_with_spaces_are_not_table_columns(tmp_path) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council held on 22nd March 2021\n\n"
                           "Present:  Cllr P Morgan (Chair), Cllr S Mills.\n"
                           "In attendance:  Mrs S Roberts (Clerk) and Unitary Cllr J Davies.\n\n"
                           "59.    To receive apologies for absence\n"
                           "•    Cllr I Wroth & Cllr H Wroth sent apologies.\n")
    assert [p.name for p in record.attendees] == ["P Morgan", "S Mills", "S Roberts", "J Davies"]
    assert [p.name for p in record.apologies] == ["I Wroth", "H Wroth"]


def test_a_header_of_venue_and_contact_lines_is_no_attendance(tmp_path) -> None:
    record = extract_page(tmp_path, "Local Strategic Partnership Board - Thursday 18th December 2008\n\n"
                           "Venue: Committee Room 1\nCivic Offices\nHigh Street\nContact: Colin Rowell\n\n"
                           "1. Apologies\n")
    assert record.attendees == []


def test_someone_listed_absent_who_joined_the_meeting_was_present(tmp_path) -> None:
    record = extract_page(tmp_path, "Minutes of the Panel held on 15 September 2020\n\n"
                           "Apologies:\nCouncillor Bob Milton\nCouncillor Bernie Spoor joined the meeting at 11.15am.\n")
    assert [p.name for p in record.apologies] == ["Bob Milton"] and [p.name for p in record.attendees] == ["Bernie Spoor"]


@pytest.mark.parametrize("heading, body", [
    ("Minutes of Board Meeting\n\nof LLTNP Community Partnership\n\nHeld on 23 October 2014", "LLTNP Community Partnership"),
    ("Stockton-on-Tees Children's Trust Board\n\nThursday 2nd July 2010", "Stockton-on-Tees Children's Trust Board"),
    ("Meeting: 21/10/2021 - Slough Health & Wellbeing Board (Item 63)", "Slough Health & Wellbeing Board"),
    ("Agenda, decisions and minutes\n\nCouncil - Thursday, 26 July 2012 2.00 p.m.", "Council"),
    ("Skip to content\n\nMeeting documents\n\nCabinet\n\nCommittee Minutes\n\nWed Jan 13 2016", "Cabinet"),
    ("Minutes 2007 October\n\nELTON PARISH COUNCIL\n\nMinutes of the meeting of Elton Parish Council on 16th October 2007",
     "Elton Parish Council"),
    ("Westcotes Community Meeting - Monday 4 March 2019", "Westcotes Community Meeting"),
    ("Safer Arun Partnership meeting minutes 24 January 2023", "Safer Arun Partnership"),
    ("Agenda item\n\nOfficers to include positive impacts in relation to communities in future reports.\n\n"
     "Monday 4 March 2019", None),
])
def test_body_from_more_heading_styles(tmp_path, heading: str, body: str | None) -> None:
    assert extract_page(tmp_path, heading + "\n\nPresent: Cllr A Smith\n").meeting.body == body


def test_substitutes_apologies_and_more_forms_of_presence(tmp_path) -> None:
    record = extract_page(tmp_path, "Minutes of the Committee held on 20 April 2021\n\n"
                           "37.PRESENT Councillors: P Blackwell, Mrs J Jones & Mrs G Wright Also PCSO Abi Land\n\n"
                           "38. APOLOGIES Apologies for absence were received from Councillors Browne, Child and Higgins.\n\n"
                           "39. The Committee noted that Councillor H Kane had been appointed as substitute for "
                           "Councillor P Stalker. The Chairman, Councillor M Sartin, invited all members to stand. "
                           "Tim Passmore, Police and Crime Commissioner provided a verbal update.\n\n"
                           "40. Chairman's Announcements (Agenda item 6)\n")
    assert [p.name for p in record.attendees] == ["P Blackwell", "J Jones", "G Wright", "Abi Land", "H Kane",
                                                  "M Sartin", "Tim Passmore"]
    assert [p.name for p in record.apologies] == ["Browne", "Child", "Higgins", "P Stalker"]


def test_first_names_alone_in_an_attendance_list(tmp_path) -> None:
    record = extract_page(tmp_path, "Minutes of the Trust Board held on 2nd July 2010\n\n"
                           "In attendance: Mike Batty, Gill Durdan, Sam, John, Robert and Rachel.\n")
    assert [p.name for p in record.attendees] == ["Mike Batty", "Gill Durdan", "Sam", "John", "Robert", "Rachel"]


def test_pdf_text_wrapped_inside_lists_and_numbered_paragraphs(tmp_path) -> None:
    record = extract_page(tmp_path, "Minute of meeting held on Wednesday 21 May 2008\n\n"
                           "Present: Stephen Moore (Chair), Jim Bett, Simone Ledraw, April Adam, Angela\n"
                           "Swift, Cllr Tim Brett and Bill Lawrie.\n\n"
                           "1.1     The Chair welcomed everyone to the meeting and apologies were noted from\n"
                           "        George Cunningham and Graeme McArthur.\n")
    assert [p.name for p in record.attendees] == ["Stephen Moore", "Jim Bett", "Simone Ledraw", "April Adam",
                                                  "Angela Swift", "Tim Brett", "Bill Lawrie"]
    assert [p.name for p in record.apologies] == ["George Cunningham", "Graeme McArthur"]


def test_group_headings_inside_a_list_and_a_date_that_is_no_agenda_item(tmp_path) -> None:
    record = extract_page(tmp_path, "10 March 2009\n\nSean Neeson MLA\nDawn Purvis MLA\nJohn Rooney, Rooney Fish\n\n"
                           "Present:\n\nRepresenting the Highland Council (HC):\nMrs I McCallum\n\n"
                           "Representing NHS Highland (NHSH):\nDr D Alston\n")
    assert [p.name for p in record.attendees] == ["Sean Neeson", "Dawn Purvis", "John Rooney", "I McCallum",
                                                  "D Alston"]
