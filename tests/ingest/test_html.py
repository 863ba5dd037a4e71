"""HTML council pages: chrome dropped, minutes text and tables kept, format from content."""
from __future__ import annotations

import shutil
from pathlib import Path

from minutes import ingest
from minutes.extract import extract

PAGE = Path(__file__).resolve().parent.parent / "data" / "html" / "torbay_moderngov.html"


def test_navigation_and_scripts_are_dropped() -> None:
    doc = ingest.read(PAGE)
    assert doc.format == "html"
    for chrome in ("Skip to content", "Council and Democracy", "Cookie settings", "ignore me", "Meetings >"):
        assert chrome not in doc.text
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].text == "Agenda and minutes"


def test_tables_and_paragraphs_are_kept_with_offsets() -> None:
    doc = ingest.read(PAGE)
    rows = [[c.text for c in b.cells] for b in doc.blocks if b.kind == "table_row"]
    assert rows[0] == ["No.", "Item"] and rows[2] == ["2.", "Defer the items to the next meeting on 24 July 2017."]
    assert "Councillors Amil, King, Mills and Parrott" in rows[1][1]
    assert all(doc.text[b.start:b.end] == b.text for b in doc.blocks)


def test_meeting_from_a_moderngov_page() -> None:
    meeting = extract(ingest.read(PAGE)).meeting
    assert (meeting.body, meeting.date, meeting.start, meeting.location) == (
        "Mayor's Executive", "2017-07-18", "17:30", "Meadfoot Room - Town Hall")


def test_html_named_doc_is_read_as_html(tmp_path: Path) -> None:
    renamed = tmp_path / "minutes.doc"
    shutil.copyfile(PAGE, renamed)
    assert ingest.read(renamed).format == "html"


PARISH_PAGE = """<!DOCTYPE html><html><head><title>Minutes – March 2021</title></head><body>
<article><h1>Minutes – March 2021</h1>
<p><strong>LOWER ASHBY PARISH COUNCIL</strong><br>Minutes of the meeting held on Tuesday 9th March 2021 at 7.00pm</p>
<p><strong>Present:</strong> Cllr Alma Birch (Chair), Cllr Boris Cole<br><strong>In attendance:</strong> Dora Fenn (Clerk)<br>
<strong>Apologies:</strong> Cllr Dirk Elm</p>
<table><tr><th>Action</th><th>Owner</th></tr><tr><td>Chase Highways<br>about the pothole</td><td>Clerk</td></tr></table>
</article></body></html>"""


def test_a_line_break_inside_a_paragraph_ends_a_line(tmp_path: Path) -> None:
    path = tmp_path / "minutes.html"  # a parish website's page: labelled lines in one paragraph, UTF-8 with no charset
    path.write_bytes(PARISH_PAGE.encode("utf-8"))
    doc = ingest.read(path)
    assert [b.text for b in doc.blocks][:6] == [
        "Minutes – March 2021", "LOWER ASHBY PARISH COUNCIL", "Minutes of the meeting held on Tuesday 9th March 2021 at 7.00pm",
        "Present: Cllr Alma Birch (Chair), Cllr Boris Cole", "In attendance: Dora Fenn (Clerk)", "Apologies: Cllr Dirk Elm"]
    assert [c.text for c in doc.blocks[-1].cells] == ["Chase Highways about the pothole", "Clerk"]
    record = extract(doc)
    assert record.meeting.body == "Lower Ashby Parish Council"
    assert [p.name for p in record.apologies] == ["Dirk Elm"]
