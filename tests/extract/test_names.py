"""The name finder that backs attendance sections whose layout hides where names start and end."""
from __future__ import annotations

import pytest

from minutes.extract.names import find_people, first_names


def test_flattened_columns_of_titled_initials_and_organisations() -> None:
    text = ("Cllr M Alexander, East Herts District Council Cllr Mrs A Brewster, City and District Council "
            "Cllr R G Hannam, Borough Council (Chairman) Cty Cllr P Ruffles, Hertfordshire County Council "
            "Mayor Dorothy Thornhill, Mayor of Watford A White, Herts Police Authority")
    found = find_people(text)
    assert [m.name for m in found] == ["M Alexander", "A Brewster", "R G Hannam", "P Ruffles", "Dorothy Thornhill",
                                       "A White"]
    assert [m.title for m in found[:4]] == ["Cllr", "Cllr Mrs", "Cllr", "Cty Cllr"]
    assert all(text[m.start:m.end] == m.name for m in found)


def test_first_names_mark_untitled_names_run_together_with_job_titles() -> None:
    text = ("David Atkinson, Chief Executive - City of York Council Brian Cantor, Vice Chancellor - University "
            "of York Cllr. Stephen Galloway – City of York Council (Chair) Pat Hill, - PCT Patient Forum Rachel "
            "Johns – Director of Public Health Keith Jones - Dean of York Iain Spittal, Chief Superintendent")
    assert [m.name for m in find_people(text)] == ["David Atkinson", "Brian Cantor", "Stephen Galloway", "Pat Hill",
                                                   "Rachel Johns", "Keith Jones", "Iain Spittal"]


def test_organisations_and_ranks_in_other_cells_are_not_names() -> None:
    assert find_people("Graham Carey (Chair)\tSuperintendent\tEssex Police") == find_people("Graham Carey (Chair)")
    assert [m.name for m in find_people("Director of Vulnerable Children and Young People ECC")] == []


def test_rare_first_names_that_are_mostly_places_are_left_out() -> None:
    names = first_names()
    assert {"peter", "dorothy", "kiran", "iain"} <= names
    assert not {"york", "council", "may"} & names


def test_attendance_section_with_flattened_columns_lists_everyone() -> None:
    """Falls back to the name finder where the run-on parser split "..., East Herts District Council
    Cllr Mrs A Brewster, ..." into a place and lost the people (a real police and crime panel)."""
    from minutes import ingest
    from minutes.evaluate import CORPUS
    from minutes.extract import Options, extract

    doc = ingest.read(next((CORPUS / "b0" / "docs").glob("A04_*")))
    names = {p.name for p in extract(doc).attendees}
    assert {"M Alexander", "A Brewster", "R G Hannam", "M Verlot", "G Miles", "M J Walker"} <= names
    assert not {"East Herts", "North Herts"} & names
    # (the parser alone reads "Borough Council Cllr R G Hannam" since round 7, not the four-word council before Cllr)
    assert "A Brewster" not in {p.name for p in extract(doc, Options(off=frozenset({"names"}))).attendees}
    for person in extract(doc).attendees:
        assert doc.text[person.source.start:person.source.end] == person.source.quote


def test_a_name_that_starts_an_organisation_is_not_a_person() -> None:
    assert [m.name for m in find_people("Ken Dixon – Joseph Rowntree Foundation")] == ["Ken Dixon"]


def test_a_three_word_item_of_a_comma_list_is_one_name() -> None:
    from minutes.extract.names import find_people
    names = [m.name for m in find_people("Councillors Freya Bentham, Edgar Wyn Owen, Wyn Ellis-Jones and Sam Hill")]
    assert "Edgar Wyn Owen" in names
    assert [m.name for m in find_people("Edgar Wyn Owen Elfed said")][:1] == ["Edgar Wyn"]  # no list: the run is cut


def test_clergy_titles_and_misspelt_councillor_are_titles() -> None:
    from minutes.extract.names import find_people
    found = find_people("Apologies: Canon Reverend A Butler, Counciller Joanne Watson and Councilor Sam Hill")
    assert [(m.name, m.title) for m in found] == [("A Butler", "Canon Reverend"), ("Joanne Watson", "Counciller"),
                                                  ("Sam Hill", "Councilor")]


@pytest.mark.parametrize("text, names", [
    ("Sergeant Vicky Hall who was unable to attend", ["Vicky Hall"]),  # a place word after a title and a first name
    ("Cllr Jane Hall, Cllr J North and Cllr P J West", ["Jane Hall", "J North", "P J West"]),
    ("the meeting at Cllr Town Hall", []),  # no first name: not a person
])
def test_place_words_that_are_surnames_after_a_title(text: str, names: list[str]) -> None:
    assert [m.name for m in find_people(text)] == names


def test_a_text_is_read_for_names_once_per_document(tmp_path) -> None:
    # the components read a fifth of their texts again: the names of a text are found once per document,
    # and forgotten before the next (an archive's copies of one document gain nothing from each other)
    from pages import extract_page

    from minutes.extract import names

    names.forget_texts()
    text = "Present: Cllr Jo Bell, Ken Dale and Mrs A Hollis"
    first = find_people(text)
    first.append(first[0])  # a caller's own list
    assert find_people(text) == first[:3] and names._people_in.cache_info().hits == 1
    extract_page(tmp_path, "Minutes of the Parish Council held on 3 March 2021\n\nPresent: Jo Bell, Ken Dale\n\n"
                 "1. Jo Bell to write to the owner. Ken Dale agreed to meet again.\n")
    misses = names._people_in.cache_info().misses
    find_people(text)
    assert names._people_in.cache_info().misses == misses + 1
