"""Browse the archive with Datasette, in this process: a live read-only view, on 127.0.0.1 and
answering to loopback names unless told otherwise, with table/column descriptions and canned
queries for the common questions."""
from __future__ import annotations

import html
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Datasette loads only when serving
    from datasette.app import Datasette

PLUGINS = Path(__file__).parent / "plugins"  # the source view (store/plugins/source_view.py)

# actions owned by :owner (full name, an alias their meeting defined, or a group as written)
_OWNED = """{alias}.action_id IN (
    SELECT o.action_id FROM action_owners o JOIN actions a ON a.id = o.action_id
    LEFT JOIN people p ON p.id = o.person_id
    WHERE lower(p.name) = lower(:owner) OR lower(o.group_name) = lower(:owner)
       OR o.person_id IN (SELECT person_id FROM person_aliases WHERE alias = lower(:owner) AND meeting_id = a.meeting_id))"""

CANNED = {
    "open_actions_by_owner": {
        "title": "Open actions by owner",
        "description": "Actions of a person (full name, or an alias their meeting defined) or group, oldest "
                       "meeting first. Click a quote to see the page it is written on.",
        "sql": f"""SELECT l.action_id, l.ref, l.text, l.owners, l.due, l.body, l.meeting_date, l.document, l.page,
                          l.quote FROM action_list l WHERE {_OWNED.format(alias="l")} ORDER BY l.meeting_date, l.ref""",
    },
    "overdue_actions": {
        "title": "Overdue actions",
        "description": "Actions whose due date has passed by :as_of (YYYY-MM-DD; empty: today), oldest first.",
        "sql": """SELECT l.action_id, l.ref, l.text, l.owners, l.due, l.body, l.meeting_date, l.document, l.page, l.quote
                  FROM action_list l WHERE l.due < COALESCE(NULLIF(:as_of, ''), date('now'))
                  ORDER BY l.due, l.meeting_date""",
    },
    "attendance_of_person": {
        "title": "A person's attendance record",
        "description": "Every meeting a person attended or sent apologies to, with the line that says so.",
        "sql": """SELECT attendance_id, person, status, role, organisation, body, meeting_date, document, page, quote
                  FROM attendance_list WHERE lower(person) = lower(:person) ORDER BY meeting_date""",
    },
    "actions_by_owner": {
        "title": "Actions by owner",
        "description": "Every action owned by a person (full name or an alias their meeting defined) or group.",
        "sql": f"""SELECT l.action_id, l.ref, l.text, l.owners, l.due, l.body, l.meeting_date, l.document, l.page,
                          l.quote FROM action_list l WHERE {_OWNED.format(alias="l")} ORDER BY l.meeting_date, l.ref""",
    },
    "figures_for_indicator": {
        "title": "Figures for an indicator",
        "description": "Money and percentage figures linked to a performance indicator code (e.g. NI 60).",
        "sql": """SELECT figure_id, indicator, value, value_high, unit, role, text, body, meeting_date, document, page,
                         quote FROM figure_list WHERE indicator = upper(:code) ORDER BY meeting_date""",
    },
}

# with action follow-up stored (the action_status view), the questions about actions use each action's status
_STILL_OPEN = "s.status NOT IN ('done', 'dropped')"
FOLLOW_UP_CANNED = {
    "open_actions_by_owner": {
        **CANNED["open_actions_by_owner"],
        "description": "Actions of a person (full name, or an alias their meeting defined) or group not reported "
                       "done or dropped, oldest meeting first. Click a quote to see the page it is written on.",
        "sql": f"""SELECT s.action_id, s.ref, s.text, s.owners, s.due, s.status, s.status_date, s.body, s.meeting_date,
                          s.document, s.page, s.quote FROM action_status s
                   WHERE {_STILL_OPEN} AND {_OWNED.format(alias="s")} ORDER BY s.meeting_date, s.ref""",
    },
    "overdue_actions": {
        **CANNED["overdue_actions"],
        "description": "Actions not reported done or dropped whose due date has passed by :as_of (YYYY-MM-DD; "
                       "empty: today), oldest first.",
        "sql": f"""SELECT s.action_id, s.ref, s.text, s.owners, s.due, s.status, s.status_date, s.body, s.meeting_date,
                          s.document, s.page, s.quote FROM action_status s
                   WHERE {_STILL_OPEN} AND s.due < COALESCE(NULLIF(:as_of, ''), date('now'))
                   ORDER BY s.due, s.meeting_date""",
    },
    "action_history": {
        "title": "An action's history",
        "description": "The meeting that assigned an action (its action_id, as in action_status) and every later "
                       "report on it: status, the words used and where they are written.",
        "sql": """SELECT action_id, NULL AS update_id, meeting_date, 'assigned' AS event, 'open' AS status,
                         text AS words, body, document, page, quote FROM action_status WHERE action_id = :action_id
                  UNION ALL
                  SELECT action_id, update_id, meeting_date, kind, status, status_words, body, document, page, quote
                  FROM action_history WHERE action_id = :action_id
                  ORDER BY meeting_date""",
    },
}

# the views a reader starts from, in the order the index lists them
START_HERE = {
    "action_status": "Every action with its status (open, in progress, done, ...) from later meetings' reports",
    "action_list": "Every action once per meeting: owners, due date, meeting and the quote it comes from",
    "attendance_list": "Who attended each meeting or sent apologies, with the line that says so",
    "decision_list": "Decisions recorded in each meeting, with their source",
    "figure_list": "Money and percentage figures, with the indicator they belong to",
}

DESCRIPTIONS = {
    "documents": ("Source files, one row per distinct content (sha256)",
                  {"sha256": "SHA-256 of the file bytes", "bytes": "File size in bytes",
                   "text": "The canonical text every offset points into (cells show its start)"}),
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
    "decision_list": ("One row per decision per meeting with its source", {}),
    "figure_list": ("One row per figure per meeting with its source", {}),
}

# table -> the column Datasette shows for a foreign key to it ("LAA Performance Group, 2010-05-17", not 1)
LABELS = {"meetings": "label", "documents": "file_name", "people": "name"}


def metadata(db_name: str, views: set[str] | None = None) -> dict:
    """Datasette metadata for the database ``db_name``: the views a reader starts from listed first on the
    index (those of ``views`` that exist; all when None), descriptions, labels and canned queries."""
    tables = {name: {"description": desc, "columns": cols} for name, (desc, cols) in DESCRIPTIONS.items()}
    for table, label in LABELS.items():
        tables.setdefault(table, {})["label_column"] = label
    start = [(name, text) for name, text in START_HERE.items() if views is None or name in views]
    items = "".join(f'<li><a href="/{db_name}/{name}">{name}</a>: {html.escape(text)}</li>' for name, text in start)
    canned = CANNED | FOLLOW_UP_CANNED if views is None or "action_status" in views else CANNED
    queries = "".join(f'<li><a href="/{db_name}/{name}">{html.escape(q["title"])}</a></li>'
                      for name, q in canned.items())
    guide = (f"<p>Start here:</p><ul>{items}</ul><p>Questions:</p><ul>{queries}</ul>"
             "<p>Click any quote to see the page it is written on, highlighted.</p>")
    return {"title": "Minutes archive", "description_html": guide,
            "databases": {db_name: {"description_html": guide, "tables": tables, "queries": canned}}}


def serve_command(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> list[str]:
    """The command line that serves ``db_path`` (``minutes serve``), for running it in a process."""
    return [sys.executable, "-m", "minutes", "serve", "--db", str(db_path), "--host", host, "--port", str(port)]


def _views(db_path: Path) -> set[str] | None:
    """The names of the archive's views (None when it cannot be read yet)."""
    try:
        with sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True) as conn:
            return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    except sqlite3.Error:
        return None


def datasette(db_path: str | Path) -> Datasette:
    """Datasette on the archive with our metadata and plugins. The file is opened as a live, read-only
    view (SQLite ``mode=ro``, not ``immutable``): rows an ingest commits meanwhile appear on reload."""
    from datasette.app import Datasette

    db_path = Path(db_path)
    return Datasette([str(db_path)], metadata=metadata(db_path.stem, _views(db_path)), plugins_dir=str(PLUGINS),
                     settings={"sql_time_limit_ms": 3000, "truncate_cells_html": 300})


LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
ANY_INTERFACE = frozenset({"0.0.0.0", "::", ""})


def allowed_hosts(host: str) -> frozenset[str] | None:
    """The Host header names to answer: loopback names, and the ``--host`` name when it names one
    interface; None (any name) when it listens on every interface, where the user chose to be reached
    under whatever name the machine has."""
    host = host.strip("[]").lower()
    return None if host in ANY_INTERFACE else LOOPBACK_NAMES | {host}


def host_name(header: str) -> str:
    """The name in a Host header, without port, brackets or trailing dot: ``[::1]:8001`` -> ``::1``."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0].rstrip(".") if header.count(":") == 1 else header.rstrip(".")


class HostCheck:
    """ASGI middleware answering 403 to HTTP requests whose Host header names another site: a page
    elsewhere cannot read the archive by pointing its own name at 127.0.0.1 (DNS rebinding)."""

    def __init__(self, app: Callable, allowed: frozenset[str] | None) -> None:
        self.app, self.allowed = app, allowed

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] in ("http", "websocket") and self.allowed is not None:
            header = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
            if host_name(header) not in self.allowed:
                body = (f"this server answers to {', '.join(sorted(self.allowed))} only; "
                        "start it with --host NAME to answer to NAME\n").encode()
                await send({"type": "http.response.start", "status": 403,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> int:
    """Serve the archive in this process until SIGINT or SIGTERM (uvicorn stops on either, and the
    command with it: no child process, no temporary files); returns the exit status."""
    import uvicorn

    config = uvicorn.Config(HostCheck(datasette(db_path).app(), allowed_hosts(host)), host=host, port=port,
                            log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    server.run()
    return 0 if server.started else 1
