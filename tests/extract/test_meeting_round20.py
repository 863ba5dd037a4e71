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
