"""Meeting body from heading shapes nobody tuned for (round 20): made-up pages with made-up names, each a general
shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = ("\nPresent: Cllr Helen Quarrell (Chairman), Cllr Peter Lintott, Cllr Susan Ollerby\n\n"
         "1. Apologies\nApologies were received from Cllr Wenna Strickfold.\n")


@pytest.mark.parametrize("title, body", [
    # a page title naming the body, then "Minutes" and the month it met: it names in full the council that the title
    # below names by its noun alone
    ("Parish Council Minutes May 2021", "Parish Council"),
    ("Wexby Town Council Minutes - 5th June 2020", "Wexby Town Council"),
    ("WEXBY PARISH COUNCIL MINUTES MARCH 2019", "Wexby Parish Council"),
    # near miss: a dated title naming no body leaves the title below as it is
    ("Minutes May 2021", "Council"),
])
def test_a_dated_page_title_names_the_body_a_title_below_gives_by_its_noun(tmp_path, title: str, body: str) -> None:
    page = f"{title}\nClerk to the Council:\nMr David Fairclew\nMinutes of the Council Meeting held on Wednesday 5th May 2021"
    assert extract_page(tmp_path, page + _TAIL).meeting.body == body


@pytest.mark.parametrize("title, body", [
    # the body's initials with its place's initial before them, the place left out of the title: no part of the name
    ("Minutes of the Parish Council (WPC) held on Monday 9th September 2019", "Parish Council"),
    ("Minutes of the Town Council (WTC) held on Monday 9th September 2019", "Town Council"),
    # near miss: initials that spell another body stay
    ("Minutes of the Area 3 Forum (WBC) held on Monday 9th September 2019", "Area 3 Forum (WBC)"),
])
def test_a_bodys_initials_with_its_places_initial_are_not_part_of_its_name(tmp_path, title: str, body: str) -> None:
    assert extract_page(tmp_path, title + _TAIL).meeting.body == body


@pytest.mark.parametrize("link, body", [
    # a site's link to the file over the page's own lines: the body is named below it, not by the link
    ("View the minutes from 3rd March 2019", "Wexby Steering Group"),
    ("View minutes from 3rd March 2019", "Wexby Steering Group"),
])
def test_a_sites_link_to_the_minutes_of_a_date_names_no_body(tmp_path, link: str, body: str) -> None:
    page = f"{link}\nWexby Steering Group\nOrchard Community Centre\n2pm, Tuesday 3rd March 2019"
    assert extract_page(tmp_path, page + _TAIL).meeting.body == body


def test_the_clerks_line_over_an_address_is_no_location(tmp_path) -> None:
    # an officer's line "Clerk to the Council:" above the letterhead's address holds a location's word ("Council"), not a venue
    page = ("Parish Council Minutes May 2021\nClerk to the Council:\nMr David Fairclew\n"
            "Minutes of the Council Meeting held on Wednesday 5th May 2021")
    assert extract_page(tmp_path, page + _TAIL).meeting.location is None
