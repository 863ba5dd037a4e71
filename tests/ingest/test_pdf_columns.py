"""A PDF page set in two columns of prose (a parish newsletter's minutes) is read down the left column,
then down the right; a page whose table has no ruling lines keeps each row together. The PDFs are
written here, text placed line by line in Helvetica, as a word processor places it."""
from __future__ import annotations

import textwrap
from pathlib import Path

from minutes import ingest
from minutes.extract import extract
from page_pdf import text_ops, write_pdf


def _pdf(path: Path, lines: list[tuple[float, float, str]]) -> Path:
    """A one-page A4 PDF with each (x, y from the top, text) drawn in 10 pt Helvetica."""
    return write_pdf(path, text_ops(lines))


def _column(x: float, y: float, paragraphs: list[str]) -> tuple[list[tuple[float, float, str]], float]:
    """Paragraphs wrapped to a column 38 characters wide from (x, y); the lines and the y below them."""
    lines = []
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 38):
            lines.append((x, y, line))
            y += 12
        y += 8
    return lines, y


LEFT = ["ASHBY MAGNA PARISH COUNCIL",
        "Minutes of the meeting held on Wednesday 14th September 2016 at 7.30pm at the Pavilion",
        "Present: Cllr Audrey Fenwick (Chair), Cllr Basil Gorringe, Cllr Clara Hatherley, Cllr Desmond Ibbotson "
        "and Cllr Eunice Jolliffe.",
        "Apologies: Cllr Gregory Lumb (holiday).",
        "1. Footpaths",
        "The stile on footpath 12 is broken and the bridleway is badly overgrown again this summer. Cllr Gorringe "
        "will ask the landowner to repair the stile before the autumn."]
RIGHT = ["2. Recreation ground",
         "The annual play inspection found two low-risk items on the older equipment near the pavilion. Cllr "
         "Ibbotson agreed to tighten the bolts on the swings.",
         "3. Correspondence",
         "A letter from a resident about speeding on the main road through the village was read out. Cllr Jolliffe "
         "will contact the police about a speed watch scheme.",
         "The meeting closed at 9.05pm."]


def test_a_page_in_two_columns_is_read_column_by_column(tmp_path: Path) -> None:
    left, _ = _column(60, 80, LEFT)
    right, _ = _column(315, 80, RIGHT)
    doc = ingest.read(_pdf(tmp_path / "minutes.pdf", left + right))
    assert [b.text for b in doc.blocks][:3] == ["ASHBY MAGNA PARISH COUNCIL",
                                                "Minutes of the meeting held on Wednesday 14th September 2016 at "
                                                "7.30pm at the Pavilion",
                                                "Present: Cllr Audrey Fenwick (Chair), Cllr Basil Gorringe, Cllr Clara "
                                                "Hatherley, Cllr Desmond Ibbotson and Cllr Eunice Jolliffe."]
    record = extract(doc)
    assert record.meeting.body == "Ashby Magna Parish Council"
    assert [p.name for p in record.attendees][-1] == "Eunice Jolliffe"
    assert [(a.owners, a.text.split()[-1]) for a in record.actions][:2] == [
        (["Basil Gorringe"], "autumn."), (["Desmond Ibbotson"], "swings.")]
    text = doc.body_text()
    assert text.index("before the autumn.") < text.index("2. Recreation ground") < text.index("The meeting closed")
    assert all(doc.text[a.source.start:a.source.end] == a.source.quote for a in record.actions)


def test_a_table_without_ruling_lines_keeps_its_rows(tmp_path: Path) -> None:
    lines = [(60, 80, "ASHBY COMMUNITY SAFETY PARTNERSHIP"), (60, 95, "Minutes of the meeting held on 4 June 2015"),
             (60, 115, "Present:")]
    people = [("Jonah Pettifer (Chair)", "Ashby District Council"), ("Karen Ollerton", "Ashby Police"),
              ("Lionel Sprake", "Fire and Rescue"), ("Maureen Tibbs", "Probation Service"), ("Nadia Farrant", "Public Health"),
              ("Owen Gilderoy", "Housing"), ("Peter Quigley", "Youth Offending Service"), ("Rosa Tanner", "Ashby Homes")]
    for k, (name, organisation) in enumerate(people):
        lines += [(60, 130 + 14 * k, name), (300, 130 + 14 * k, organisation)]
    doc = ingest.read(_pdf(tmp_path / "minutes.pdf", lines))
    assert "Karen Ollerton Ashby Police" in doc.text
