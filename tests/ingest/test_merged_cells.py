"""A table cell merged down over several rows (one owner for two actions, one item number for three rows)
gives each row it spans its text when that text is a short value; in a Word file, a saved web page and a
PDF alike. Made-up files: python-docx, HTML, and a PDF written here with its ruling lines."""
from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument

from minutes import ingest
from minutes.extract import extract
from page_pdf import text_ops, write_pdf

ROWS = [["No.", "Action", "Owner"], ["1", "Share the audit findings with schools", "Priya Rammell"],
        ["2", "Brief designated leads on the threshold", ""], ["3", "Review the missing children protocol", "Rufus Stainer"]]
EXPECTED = [["No.", "Action", "Owner"], ["1", "Share the audit findings with schools", "Priya Rammell"],
            ["2", "Brief designated leads on the threshold", "Priya Rammell"],
            ["3", "Review the missing children protocol", "Rufus Stainer"]]
TITLE = ["Ashby Safeguarding Board", "Minutes of the meeting held on 9 October 2019", "Actions"]


def _rows(path: Path) -> list[list[str]]:
    doc = ingest.read(path)
    assert all(doc.text[c.start:c.end] == c.text for b in doc.blocks for c in b.cells)
    owners = {a.text[:5]: a.owners for a in extract(doc).actions}
    assert owners["Brief"] == ["Priya Rammell"] and owners["Revie"] == ["Rufus Stainer"]
    return [[c.text for c in b.cells] for b in doc.blocks if b.kind == "table_row"]


def test_a_word_cell_merged_down_gives_each_row_its_owner(tmp_path: Path) -> None:
    word = WordDocument()
    for line in TITLE:
        word.add_paragraph(line)
    table = word.add_table(rows=len(ROWS), cols=3)
    for row, texts in zip(table.rows, ROWS):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    table.cell(1, 2).merge(table.cell(2, 2)).text = "Priya Rammell"
    path = tmp_path / "minutes.docx"
    word.save(path)
    assert _rows(path) == EXPECTED


def test_a_long_merged_text_is_read_once(tmp_path: Path) -> None:
    word = WordDocument()
    table = word.add_table(rows=2, cols=2)
    note = "The board discussed the audit at length and agreed the findings should be shared widely."
    table.cell(0, 0).merge(table.cell(1, 0)).text = note
    table.cell(0, 1).text, table.cell(1, 1).text = "PR", "RS"
    path = tmp_path / "minutes.docx"
    word.save(path)
    assert [[c.text for c in b.cells] for b in ingest.read(path).blocks] == [[note, "PR"], ["", "RS"]]


def test_a_web_page_cell_spanning_rows_gives_each_row_its_owner(tmp_path: Path) -> None:
    cells = lambda row: "".join(f"<td>{t}</td>" for t in row)  # noqa: E731
    html = ("<html><body>" + "".join(f"<p>{t}</p>" for t in TITLE) + "<table><tr><th colspan='3'>ACTIONS</th></tr>"
            f"<tr>{cells(ROWS[0])}</tr><tr>{cells(ROWS[1][:2])}<td rowspan='2'>Priya Rammell</td></tr>"
            f"<tr>{cells(ROWS[2][:2])}</tr><tr>{cells(ROWS[3])}</tr></table></body></html>")
    path = tmp_path / "minutes.html"
    path.write_text(html)
    assert _rows(path) == [["ACTIONS"]] + EXPECTED


def _ruled_pdf(path: Path) -> Path:
    """One A4 page: the title lines, then ROWS in a ruled table whose owner cell is merged over rows 1 and 2
    (no rule between them in that column), text in 10 pt Helvetica."""
    xs, tops = [50, 80, 350, 450], [120, 140, 160, 180, 200]
    ops = ["0.5 w"]
    for k, y in enumerate(tops):
        right = 350 if k == 2 else 450  # the merged owner cell: no rule under row 1 in the owner column
        ops.append(f"{xs[0]} {842 - y} m {right} {842 - y} l S")
    ops += [f"{x} {842 - tops[0]} m {x} {842 - tops[-1]} l S" for x in xs]
    texts = [(50, 60 + 16 * k, t) for k, t in enumerate(TITLE)]
    for row, top in zip(ROWS, tops):
        texts += [(x + 3, top + 14, t) for x, t in zip(xs, row) if t]
    return write_pdf(path, "\n".join(ops) + "\n" + text_ops(texts))


def test_a_pdf_cell_merged_down_gives_each_row_its_owner(tmp_path: Path) -> None:
    assert _rows(_ruled_pdf(tmp_path / "minutes.pdf")) == EXPECTED
