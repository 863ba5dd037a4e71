"""Shapes the held-out batches b44 and b45 missed at first sight (their rows kept as scored), each written as a
made-up page in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

_GRID = """Westbury Health Partnership

     Date/time:   Monday 4th March 2013, 2.00 p.m. to 3.30 p.m.

     Venue:       Room 4, Civic Centre

     Membership:                                         Attendance     Apologies

     Helen Marsh               Westbury Borough Council   Present
     Peter Langley             Fire and Rescue            Absent          Yes
     Susan Craddock            Voluntary Sector Forum     Present
     Graham Hollis             Police                     Michael Dunn covering
     Janet Fenwick             Clinical Commissioning     Present
     Robert Ashdown            Housing Association        Absent

1. Welcome
The chair welcomed everyone to the meeting.
"""


def test_a_membership_grid_with_an_attendance_cell_on_each_row_gives_who_came_and_who_did_not(tmp_path: Path) -> None:
    # the grid's rows kept as cells: the name, the organisation, then the attendance ("Present", "Absent  Yes") or
    # who stood in ("Michael Dunn covering": he came, the member did not); nothing was read from it, and no warning
    record = extract_page(tmp_path, _GRID)
    assert [p.name for p in record.attendees] == ["Helen Marsh", "Susan Craddock", "Michael Dunn", "Janet Fenwick"]
    assert [p.name for p in record.apologies] == ["Peter Langley", "Robert Ashdown"]


def test_a_grid_whose_last_cells_are_posts_sets_no_one_apart(tmp_path: Path) -> None:
    # the same rows with a post in the last cell ("Duty officer"), none an attendance: whoever the page records present
    # stays so, and no one is made an apology or taken out
    record = extract_page(tmp_path, _GRID.replace("Present\n", "Chair\n").replace("Absent          Yes", "Inspector")
                          .replace("Absent\n", "Manager\n").replace("Michael Dunn covering", "Duty officer"))
    assert record.apologies == []
    assert "Michael Dunn" not in [p.name for p in record.attendees]
