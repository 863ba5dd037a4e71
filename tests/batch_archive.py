"""Build archives of distinct documents from the samples, and compare archives by content.

Shared by the batch tests and ``benchmarks/throughput.py``.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from docx import Document as WordDocument

from sample_files import SAMPLES

# every table's content by natural keys (no autoincrement ids, no timestamps)
SNAPSHOT = {
    "documents": "SELECT sha256, format, pages, bytes, text FROM documents",
    "document_paths": "SELECT p.path, d.sha256 FROM document_paths p JOIN documents d ON d.id = p.document_id",
    "meetings": "SELECT body, body_key, date, start, end, location, kind, next_meeting FROM meetings",
    "pages": "SELECT d.sha256, p.page, p.text FROM pages p JOIN documents d ON d.id = p.document_id",
    "people": "SELECT name, name_key FROM people",
    "person_aliases": """SELECT p.name, m.body_key, m.date, a.alias FROM person_aliases a
                         JOIN people p ON p.id = a.person_id JOIN meetings m ON m.id = a.meeting_id""",
    "attendance": """SELECT d.sha256, p.name, a.status, a.role, a.organisation, a.page, a.start, a.end, a.quote
                     FROM attendance a JOIN people p ON p.id = a.person_id JOIN documents d ON d.id = a.document_id""",
    "actions": """SELECT d.sha256, a.ref, a.action_key, a.text, a.due, a.due_text, a.page, a.start, a.end, a.quote
                  FROM actions a JOIN documents d ON d.id = a.document_id""",
    "action_owners": """SELECT d.sha256, a.start, o.as_written, p.name, o.group_name FROM action_owners o
                        JOIN actions a ON a.id = o.action_id JOIN documents d ON d.id = a.document_id
                        LEFT JOIN people p ON p.id = o.person_id""",
    "decisions": "SELECT d.sha256, x.text, x.start FROM decisions x JOIN documents d ON d.id = x.document_id",
    "indicators": "SELECT code, title FROM indicators",
    "indicator_mentions": """SELECT d.sha256, i.code, i.occurrence, i.start FROM indicator_mentions i
                             JOIN documents d ON d.id = i.document_id""",
    "figures": """SELECT d.sha256, f.value, f.value_high, f.unit, f.indicator, f.role, f.start FROM figures f
                  JOIN documents d ON d.id = f.document_id""",
    "errors": "SELECT path, stage, reason FROM errors",
}


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows by natural keys, sorted: equal snapshots mean equal archives."""
    with sqlite3.connect(db) as conn:
        return {table: sorted(conn.execute(sql).fetchall(), key=repr) for table, sql in SNAPSHOT.items()}


def build_archive(folder: Path, count: int) -> list[Path]:
    """``count`` distinct files made from the samples (txt, docx, pdf in turn), each one unique."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".docx", ".pdf"))
    made = []
    for i in range(count):
        source = sources[i % len(sources)]
        target = folder / f"{i:05d}_{source.name}"
        if source.suffix == ".txt":
            target.write_text(source.read_text() + f"\nArchive copy {i}.\n")
        elif source.suffix == ".docx":
            word = WordDocument(str(source))
            word.add_paragraph(f"Archive copy {i}.")
            word.save(str(target))
        else:
            shutil.copyfile(source, target)
            with target.open("ab") as handle:
                handle.write(f"\n% archive copy {i}\n".encode())
        made.append(target)
    return made
