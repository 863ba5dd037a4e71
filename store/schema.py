"""Tables, indexes, views and full-text search of the archive, created (and migrated) in one place.

Every extracted row is stored per source document with its provenance (document_id, page, start,
end, quote). The same meeting read from several files (the .docx and the .pdf of one meeting) is
one ``meetings`` row with several documents; the views pick one row per meeting and key, so
nothing is counted twice while every document's provenance stays in the tables.
"""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

SCHEMA_VERSION = 6  # 2: page boxes (x0, y0, x1, y1) in provenance; 3: pages' extent (start, end) in the text;
                    # 4: labels the browser shows for a meeting (body, date) and a document (file name)
                    # 5: action follow-up (action_updates; actions' continues and status; meetings.linked)
                    # 6: pages.ocr, pages.ocr_confidence (pages read by OCR and their mean word confidence)

# x0, y0, x1, y1: the quote's box on its page in PDF points (origin bottom-left); NULL for DOCX, HTML, text
_PROVENANCE = {"document_id": int, "page": int, "start": int, "end": int, "quote": str,
               "x0": float, "y0": float, "x1": float, "y1": float}

TABLES: dict[str, dict] = {
    "meetings": {"columns": {"id": int, "body": str, "body_key": str, "date": str, "start": str, "end": str,
                             "location": str, "kind": str, "next_meeting": str, "issuer": str, "issuer_named": int,
                             "label": str, "linked": int},
                 "pk": "id"},
    "documents": {"columns": {"id": int, "sha256": str, "format": str, "pages": int, "bytes": int, "ingested_at": str,
                              "pipeline_version": str, "meeting_id": int, "warnings": str, "text": str,
                              "file_name": str},
                  "pk": "id", "foreign_keys": [("meeting_id", "meetings", "id")]},
    "document_paths": {"columns": {"path": str, "document_id": int}, "pk": "path",
                       "foreign_keys": [("document_id", "documents", "id")]},
    "pages": {"columns": {"id": int, "document_id": int, "page": int, "text": str, "start": int, "end": int,
                          "ocr": int, "ocr_confidence": float},
              "pk": "id",
              "foreign_keys": [("document_id", "documents", "id")]},
    "people": {"columns": {"id": int, "name": str, "name_key": str}, "pk": "id"},
    "person_aliases": {"columns": {"id": int, "person_id": int, "meeting_id": int, "alias": str}, "pk": "id",
                       "foreign_keys": [("person_id", "people", "id"), ("meeting_id", "meetings", "id")]},
    "attendance": {"columns": {"id": int, "meeting_id": int, "person_id": int, "status": str, "name_as_written": str,
                               "initials": str, "role": str, "organisation": str, **_PROVENANCE}, "pk": "id",
                   "foreign_keys": [("meeting_id", "meetings", "id"), ("person_id", "people", "id"),
                                    ("document_id", "documents", "id")]},
    # continues: the earlier action this one repeats (carried forward); status, status_date,
    # status_update_id: the latest report on it (set by store/followups.py on actions that continue none)
    "actions": {"columns": {"id": int, "meeting_id": int, "ref": str, "action_key": str, "text": str, "due": str,
                            "due_text": str, "continues": int, "status": str, "status_date": str,
                            "status_update_id": int, **_PROVENANCE}, "pk": "id",
                "foreign_keys": [("meeting_id", "meetings", "id"), ("document_id", "documents", "id")]},
    "action_owners": {"columns": {"id": int, "action_id": int, "person_id": int, "group_name": str,
                                  "as_written": str}, "pk": "id",
                      "foreign_keys": [("action_id", "actions", "id"), ("person_id", "people", "id")]},
    "decisions": {"columns": {"id": int, "meeting_id": int, "text": str, **_PROVENANCE}, "pk": "id",
                  "foreign_keys": [("meeting_id", "meetings", "id"), ("document_id", "documents", "id")]},
    "indicators": {"columns": {"code": str, "title": str}, "pk": "code"},
    "indicator_mentions": {"columns": {"id": int, "meeting_id": int, "code": str, "occurrence": int, **_PROVENANCE},
                           "pk": "id", "foreign_keys": [("meeting_id", "meetings", "id"), ("code", "indicators", "code"),
                                                        ("document_id", "documents", "id")]},
    "figures": {"columns": {"id": int, "meeting_id": int, "value": float, "value_high": float, "unit": str,
                            "text": str, "indicator": str, "role": str, "occurrence": int, **_PROVENANCE}, "pk": "id",
                "foreign_keys": [("meeting_id", "meetings", "id"), ("document_id", "documents", "id")]},
    # what a meeting says about an action: kind review | arising | listed (an action of this meeting,
    # listed_action_id); action_id the earlier action it reports on (NULL when none), how the link was made
    "action_updates": {"columns": {"id": int, "meeting_id": int, "kind": str, "ref": str, "text": str, "owners": str,
                                   "status": str, "words": str, "listed_action_id": int, "action_id": int,
                                   "how": str, **_PROVENANCE}, "pk": "id",
                       "foreign_keys": [("meeting_id", "meetings", "id"), ("document_id", "documents", "id")]},
    # action_status's rows, one per action first assigned, rebuilt by each link of its body
    "action_state": {"columns": {"action_id": int, "ref": str, "text": str, "owners": str, "due": str, "status": str,
                                 "status_date": str, "status_words": str, "status_quote": str, "body": str,
                                 "meeting_date": str, "meeting_id": int, "document_id": int, "page": int,
                                 "start": int, "end": int, "quote": str, "updates": int}, "pk": "action_id"},
    "errors": {"columns": {"id": int, "path": str, "sha256": str, "stage": str, "reason": str, "at": str}, "pk": "id"},
}

INDEXES = [
    ("meetings", ["body_key", "date"], True), ("documents", ["sha256"], True), ("document_paths", ["document_id"], False),
    ("pages", ["document_id", "page"], False), ("people", ["name_key"], True),
    ("person_aliases", ["alias"], False), ("person_aliases", ["person_id"], False),
    ("attendance", ["meeting_id", "person_id", "status"], False), ("attendance", ["document_id"], False),
    ("actions", ["meeting_id", "action_key"], False), ("actions", ["document_id"], False),
    ("action_owners", ["action_id"], False), ("action_owners", ["person_id"], False),
    ("action_owners", ["group_name"], False),
    ("decisions", ["document_id"], False), ("indicator_mentions", ["code"], False),
    ("indicator_mentions", ["document_id"], False), ("figures", ["document_id"], False),
    ("figures", ["indicator"], False), ("errors", ["path"], False),
    ("action_updates", ["action_id"], False), ("action_updates", ["document_id"], False),
    ("action_updates", ["meeting_id"], False),
    ("actions", ["continues"], False), ("meetings", ["linked"], False),
    ("action_state", ["status", "meeting_date", "ref", "action_id"], False),
    ("action_state", ["meeting_date", "ref", "action_id"], False), ("action_state", ["meeting_id"], False),
]

# One row per (meeting, key): the row of the meeting's first stored document.
VIEWS = {
    "action_list": """
        SELECT a.id AS action_id, a.ref, a.text, a.due, a.due_text,
               (SELECT group_concat(COALESCE(p.name, o.group_name), '; ') FROM action_owners o
                  LEFT JOIN people p ON p.id = o.person_id WHERE o.action_id = a.id) AS owners,
               m.body, m.date AS meeting_date, m.id AS meeting_id,
               (SELECT min(path) FROM document_paths dp WHERE dp.document_id = a.document_id) AS document,
               a.page, a.start, a.end, a.quote
        FROM actions a JOIN meetings m ON m.id = a.meeting_id
        WHERE a.document_id = (SELECT min(b.document_id) FROM actions b
                               WHERE b.meeting_id = a.meeting_id AND b.action_key = a.action_key)""",
    # each action once as first assigned (not the repeats that carry it forward), with its status:
    # the latest report on it, or open when none (rows kept by store/followups.py in action_state)
    "action_status": """
        SELECT s.action_id, s.ref, s.text, s.owners, s.due, s.status, s.status_date, s.status_words, s.status_quote,
               s.body, s.meeting_date, s.meeting_id,
               (SELECT min(path) FROM document_paths dp WHERE dp.document_id = s.document_id) AS document,
               s.page, s.start, s.end, s.quote, s.updates
        FROM action_state s""",
    # every report linked to an action: the meeting that made it, the status it gave, where it is written
    "action_history": """
        SELECT u.action_id, u.id AS update_id, m.date AS meeting_date, u.status, u.words AS status_words, u.kind,
               u.how, m.body, u.meeting_id,
               (SELECT min(path) FROM document_paths dp WHERE dp.document_id = u.document_id) AS document,
               u.page, u.start, u.end, u.quote
        FROM action_updates u JOIN meetings m ON m.id = u.meeting_id
        WHERE u.action_id IS NOT NULL""",
    "attendance_list": """
        SELECT at.id AS attendance_id, p.name AS person, p.id AS person_id, at.status, at.role, at.organisation, m.body,
               m.date AS meeting_date, m.id AS meeting_id,
               (SELECT min(path) FROM document_paths dp WHERE dp.document_id = at.document_id) AS document,
               at.page, at.start, at.end, at.quote
        FROM attendance at JOIN people p ON p.id = at.person_id JOIN meetings m ON m.id = at.meeting_id
        WHERE at.document_id = (SELECT min(b.document_id) FROM attendance b WHERE b.meeting_id = at.meeting_id
                                AND b.person_id = at.person_id AND b.status = at.status)""",
    "figure_list": """
        SELECT f.id AS figure_id, f.value, f.value_high, f.unit, f.text, f.indicator, f.role, m.body, m.date AS meeting_date,
               (SELECT min(path) FROM document_paths dp WHERE dp.document_id = f.document_id) AS document,
               f.page, f.start, f.end, f.quote
        FROM figures f JOIN meetings m ON m.id = f.meeting_id
        WHERE f.document_id = (SELECT min(b.document_id) FROM figures b WHERE b.meeting_id = f.meeting_id)""",
    "decision_list": """
        SELECT d.id AS decision_id, d.text, m.body, m.date AS meeting_date, m.id AS meeting_id,
               (SELECT min(path) FROM document_paths dp WHERE dp.document_id = d.document_id) AS document,
               d.page, d.start, d.end, d.quote
        FROM decisions d JOIN meetings m ON m.id = d.meeting_id
        WHERE d.document_id = (SELECT min(b.document_id) FROM decisions b WHERE b.meeting_id = d.meeting_id)""",
}


def meeting_label(body: str | None, date: str | None) -> str:
    """How the browser names a meeting: its body and date."""
    return f"{body or 'Untitled meeting'}, {date or 'undated'}"


def _fill_labels(db: sqlite_utils.Database) -> None:
    """Labels for rows stored before schema 4 had them."""
    for meeting_id, body, date in db.execute("SELECT id, body, date FROM meetings WHERE label IS NULL").fetchall():
        db.execute("UPDATE meetings SET label = ? WHERE id = ?", [meeting_label(body, date), meeting_id])
    for document_id, path in db.execute("""SELECT d.id, min(p.path) FROM documents d JOIN document_paths p
                                           ON p.document_id = d.id WHERE d.file_name IS NULL GROUP BY d.id""").fetchall():
        db.execute("UPDATE documents SET file_name = ? WHERE id = ?", [Path(path).name, document_id])


def create(db: sqlite_utils.Database) -> None:
    """Create whatever is missing: tables, indexes, views and full-text indexes.

    An archive of an older schema version is migrated in place (new columns are added, NULL in the
    rows already stored: re-ingest to fill them); one of a newer version never gets here
    (``store.archive`` refuses it when the file is opened).
    """
    for name, spec in TABLES.items():
        table = db.table(name)
        if not table.exists():
            table.create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys"))
        else:
            missing = {c: t for c, t in spec["columns"].items() if c not in table.columns_dict}
            for column, kind in missing.items():  # migration: new columns are added in place
                table.add_column(column, kind)
    _fill_labels(db)
    for table, columns, unique in INDEXES:
        db.table(table).create_index(columns, unique=unique, if_not_exists=True)
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)
    for table, columns in (("pages", ["text"]), ("actions", ["text"])):
        if not db.table(table).detect_fts():
            db.table(table).enable_fts(columns, create_triggers=True, tokenize="porter")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
