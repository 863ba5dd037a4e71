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


WORD_PAGE = """<html><body>
<p><b>ASHBY DISTRICT COUNCIL</b></p>
<p><span style="font-weight: normal">Minutes
of a meeting held at the Council Offices, Ashby on Wednesday, 17
January 2018 at 6.00 pm</span></p>
<p><b>45. APOLOGIES FOR ABSENCE</b></p>
<p>Apologies
for absence were received from Councillors H Pargeter and I Quennell.</p>
<pre>Item   Owner
Fence  Clerk</pre>
</body></html>"""


def test_a_line_end_in_the_source_is_a_space(tmp_path: Path) -> None:
    """Word's and LibreOffice's "Save as HTML" wrap each paragraph's source at 80 columns: a browser shows one
    paragraph, and so does the reader (only a <br>, or a line of <pre>, ends a line)."""
    path = tmp_path / "minutes.html"
    path.write_text(WORD_PAGE)
    doc = ingest.read(path)
    assert [b.text for b in doc.blocks] == [
        "ASHBY DISTRICT COUNCIL", "Minutes of a meeting held at the Council Offices, Ashby on Wednesday, 17 January 2018 at 6.00 pm",
        "45. APOLOGIES FOR ABSENCE", "Apologies for absence were received from Councillors H Pargeter and I Quennell.",
        "Item Owner", "Fence Clerk"]
    assert [p.name for p in extract(doc).apologies] == ["H Pargeter", "I Quennell"]


SPANS_PAGE = """<html><body><p>Ashby Safeguarding Board</p><p>Minutes of the meeting held on 9 October 2019</p>
<table>
<tr><th colspan="4">ACTIONS</th></tr>
<tr><th>No.</th><th>Action</th><th>Owner</th><th>By when</th></tr>
<tr><td>1</td><td>Share the audit findings with schools</td><td rowspan="2">Priya Rammell</td><td>November 2019</td></tr>
<tr><td>2</td><td>Brief designated leads on the threshold document</td><td>December 2019</td></tr>
<tr><td>3</td><td>Review the missing children protocol</td><td>Rufus Stainer</td><td>January 2020</td></tr>
</table></body></html>"""


def test_a_cell_spanning_rows_or_columns_keeps_the_others_in_their_columns(tmp_path: Path) -> None:
    """A cell merged down over two rows leaves the second row one cell short: its date must stay under "By
    when", not move under "Owner" (and read as the owner); the owner is the merged cell's."""
    path = tmp_path / "minutes.html"
    path.write_text(SPANS_PAGE)
    doc = ingest.read(path)
    rows = [[c.text for c in b.cells] for b in doc.blocks if b.kind == "table_row"]
    assert rows[3] == ["2", "Brief designated leads on the threshold document", "Priya Rammell", "December 2019"]
    assert rows[4] == ["3", "Review the missing children protocol", "Rufus Stainer", "January 2020"]
    owners = {a.text[:12]: a.owners for a in extract(doc).actions}
    assert "December 2019" not in str(owners) and owners["Review the m"] == ["Rufus Stainer"]
