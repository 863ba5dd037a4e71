"""Browse the archive with Datasette: read-only (immutable), on 127.0.0.1 unless told otherwise,
with table/column descriptions and canned queries for the common questions."""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

PLUGINS = Path(__file__).parent / "plugins"  # the source view (store/plugins/source_view.py)

CANNED = {
    "open_actions_by_owner": {
        "title": "Open actions by owner",
        "description": "Actions of a person (full name or an alias their meeting defined) or group, oldest "
                       "meeting first; each quote links to the page it is written on.",
        "sql": """SELECT l.action_id, l.ref, l.text, l.owners, l.due, l.body, l.meeting_date, l.document, l.page, l.quote
                  FROM action_list l WHERE l.action_id IN (
                    SELECT o.action_id FROM action_owners o JOIN actions a ON a.id = o.action_id
                    LEFT JOIN people p ON p.id = o.person_id
                    WHERE lower(p.name) = lower(:owner) OR lower(o.group_name) = lower(:owner)
                       OR o.person_id IN (SELECT person_id FROM person_aliases
                                          WHERE alias = lower(:owner) AND meeting_id = a.meeting_id))
                  ORDER BY l.meeting_date, l.ref""",
    },
    "actions_by_owner": {
        "title": "Actions by owner",
        "description": "Every action owned by a person (full name or an alias their meeting defined) or group.",
        "sql": """SELECT l.ref, l.text, l.owners, l.due, l.body, l.meeting_date, l.document, l.page, l.quote
                  FROM action_list l WHERE l.action_id IN (
                    SELECT o.action_id FROM action_owners o JOIN actions a ON a.id = o.action_id
                    LEFT JOIN people p ON p.id = o.person_id
                    WHERE lower(p.name) = lower(:owner) OR lower(o.group_name) = lower(:owner)
                       OR o.person_id IN (SELECT person_id FROM person_aliases
                                          WHERE alias = lower(:owner) AND meeting_id = a.meeting_id))
                  ORDER BY l.meeting_date, l.ref""",
    },
    "attendance_of_person": {
        "title": "Attendance of a person",
        "description": "Meetings a person attended or sent apologies to, with the source line.",
        "sql": """SELECT person, status, role, organisation, body, meeting_date, document, page, quote
                  FROM attendance_list WHERE lower(person) = lower(:person) ORDER BY meeting_date""",
    },
    "figures_for_indicator": {
        "title": "Figures for an indicator",
        "description": "Money and percentage figures linked to a performance indicator code (e.g. NI 60).",
        "sql": """SELECT indicator, value, value_high, unit, role, text, body, meeting_date, document, page, quote
                  FROM figure_list WHERE indicator = upper(:code) ORDER BY meeting_date""",
    },
}

DESCRIPTIONS = {
    "documents": ("Source files, one row per distinct content (sha256)", {"sha256": "SHA-256 of the file bytes"}),
    "document_paths": ("Every path a document was found at", {}),
    "meetings": ("One row per meeting (body, date, issuing council and content), however many files record it",
                 {"issuer": "The council the minutes name, else their folder",
                  "issuer_named": "1 when the minutes name the council, 0 for a folder name"}),
    "people": ("One row per person across the archive (normalised full name)", {}),
    "person_aliases": ("Initials and first-name forms, valid within one meeting", {}),
    "attendance": ("Present / apologies, per source document, with provenance",
                   {"quote": "The exact source text", "start": "Character offset in the document text"}),
    "actions": ("Actions, per source document, with provenance", {"due": "ISO due date", "due_text": "The words used"}),
    "action_owners": ("Owners of actions: a person, or a group as written", {}),
    "figures": ("Money (GBP) and percentage figures", {"value_high": "Upper end of a range"}),
    "errors": ("Files that could not be read, and why", {}),
    "action_list": ("One row per action with owners, meeting and source", {}),
    "attendance_list": ("One row per person per meeting with the source line", {}),
}


def metadata(db_name: str) -> dict:
    """Datasette metadata: descriptions and canned queries for the database ``db_name``."""
    tables = {name: {"description": desc, "columns": cols} for name, (desc, cols) in DESCRIPTIONS.items()}
    return {"title": "Minutes archive", "databases": {db_name: {"tables": tables, "queries": CANNED}}}


def serve_command(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> list[str]:
    """The Datasette command line serving ``db_path`` read-only with our metadata."""
    db_path = Path(db_path)
    meta = Path(tempfile.mkdtemp(prefix="minutes-serve-")) / "metadata.json"
    meta.write_text(json.dumps(metadata(db_path.stem)))
    return [sys.executable, "-m", "datasette", "serve", "--immutable", str(db_path), "--metadata", str(meta),
            "--host", host, "--port", str(port), "--setting", "sql_time_limit_ms", "3000",
            "--plugins-dir", str(PLUGINS), "--setting", "truncate_cells_html", "300"]


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> int:
    """Run Datasette in the foreground until interrupted; returns its exit code."""
    if not Path(db_path).exists():
        raise FileNotFoundError(f"no archive at {db_path}: run `minutes ingest` first")
    return subprocess.call(serve_command(db_path, host, port))
