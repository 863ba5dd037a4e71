"""The archive: ``Store(path).add(doc, record)`` loads one document's rows in one transaction;
query methods answer the common questions (the CLI only prints what they return).

Paths are stored in one canonical form (absolute, resolved), whatever spelling found the file.
Adding is idempotent by content (sha256): the same bytes under another path only record the extra
path; a path whose content changed replaces the old document's rows (unless another path still
holds the old bytes). Nothing half-written is ever visible: each document is one transaction, or a
savepoint of a group's (:meth:`Store.grouped`), committed with the group.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from minutes import __version__
from minutes.extract.record import Record
from minutes.ingest.document import Document
from minutes.ingest.paths import canonical_path
from minutes.store import archive, followups, identity, schema
from minutes.store.archive import BUSY_TIMEOUT_S, ArchiveError, archive_error  # noqa: F401  (re-exported)
from minutes.store.people import aliases, name_key

DEFAULT_DB = "minutes.db"
WORDS_KEPT = 64  # stored documents whose word sets are kept for comparing new documents with
SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")  # the database file and the files SQLite keeps beside it


def path_text(path: str) -> str:
    """A path as text that can be stored and printed: bytes of a file name that are not UTF-8 (which
    Python holds as lone surrogates) are written as ``\\xNN``, all other characters as they are."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def pipeline_version() -> str:
    """The package version, recorded with each document."""
    return __version__


def _words_key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))[:200]


class Store:
    """A SQLite archive of minutes (WAL mode, foreign keys on)."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> None:
        """Open (or create) the archive at ``path``; :class:`ArchiveError` says why it cannot be used."""
        self.path = str(path)
        self.db = sqlite_utils.Database(archive.connect(self.path, readonly=readonly))
        self._words: dict[str, set[str]] = {}  # stored documents' words by sha256, least recently used first
        self._grouped = False  # inside grouped(): each write is a savepoint of the group's transaction
        if not readonly:
            with self._archive_errors():
                archive.use_wal(self.db.conn)
                # a commit is synced to disk at the next checkpoint, not at each document (SQLite's advice for
                # WAL): the archive stays sound whatever happens, and a killed process loses nothing committed;
                # a power cut may lose the last documents stored, which a rerun reads again
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute("PRAGMA foreign_keys=ON")
            with self._write():  # under the write lock: two processes starting at once create it once
                schema.create(self.db)

    @contextlib.contextmanager
    def _archive_errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            error = archive_error(self.path, exc)
            if error is None:
                raise
            raise error from None

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction, begun IMMEDIATE: the write lock is waited for (up to the busy timeout)
        before anything is read, never upgraded half-way, which in WAL mode fails at once when another
        process wrote in between. Committed whole or rolled back whole. Inside :meth:`grouped`, a
        savepoint of the group's transaction instead, undone alone when it fails."""
        if self._grouped:
            with self._savepoint():
                yield
            return
        with self._archive_errors():
            self.db.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.db.conn.execute("COMMIT")
            except BaseException:
                if self.db.conn.in_transaction:
                    self.db.conn.rollback()
                raise

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        with self._archive_errors():
            self.db.conn.execute("SAVEPOINT one")
            try:
                yield
            except BaseException:
                if self.db.conn.in_transaction:  # (SQLite rolls the whole transaction back itself on a full disk)
                    self.db.conn.execute("ROLLBACK TO one")
                    self.db.conn.execute("RELEASE one")
                raise
            self.db.conn.execute("RELEASE one")

    @contextlib.contextmanager
    def grouped(self) -> Iterator[None]:
        """One write transaction for several writes (documents added, paths and errors recorded): each is
        a savepoint, undone alone when it raises, and all are committed together at the end, or none when
        the archive cannot be written (:class:`ArchiveError`). A batch commits a few documents at a time:
        a commit and the full-text indexes' flush once per group, not once per document."""
        with self._write():
            self._grouped = True
            try:
                yield
            finally:
                self._grouped = False

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def is_own_file(self, path: str | Path) -> bool:
        """Whether ``path`` is this archive's database file or one SQLite keeps beside it (-wal, -shm,
        -journal), by file identity (device and inode), whatever the spelling of the path or a link."""
        try:
            target = os.stat(path)
        except OSError:
            return False
        main = self.db.execute("PRAGMA database_list").fetchone()[2]
        for suffix in SQLITE_SIDE_FILES:
            try:
                if os.path.samestat(target, os.stat(main + suffix)):
                    return True
            except OSError:
                continue  # that side file does not exist now
        return False

    # -- loading ----------------------------------------------------------------------------------

    def known(self, sha256: str) -> bool:
        """Whether a document with these bytes is stored."""
        return bool(self.db.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha256]).fetchone())

    def add(self, doc: Document, record: Record) -> dict[str, int]:
        """Store one document and its record in one transaction; returns the rows added per table."""
        path = path_text(str(canonical_path(doc.path)))
        with self._write():
            self.db.execute("DELETE FROM errors WHERE path = ?", [path])
            row = self.db.execute("SELECT id FROM documents WHERE sha256 = ?", [doc.sha256]).fetchone()
            if row:
                self._set_path(path, row[0])
                return {}
            document_id = self._insert_document(doc, record)
            self._set_path(path, document_id)
            return self._insert_rows(document_id, doc, record)

    def record_path(self, path: str, sha256: str) -> None:
        """Note that the stored document with these bytes is (also) found at ``path``."""
        path = path_text(str(canonical_path(path)))
        with self._write():
            self.db.execute("DELETE FROM errors WHERE path = ?", [path])
            row = self.db.execute("SELECT id FROM documents WHERE sha256 = ?", [sha256]).fetchone()
            if row:
                self._set_path(path, row[0])

    def add_error(self, path: str, stage: str, reason: str, sha256: str | None = None) -> None:
        """Record that a file could not be read or extracted (one row per path and reason)."""
        path = path_text(str(canonical_path(path)))
        with self._write():
            self.db.execute("DELETE FROM errors WHERE path = ? AND stage = ? AND reason = ?", [path, stage, reason])
            self.db["errors"].insert({"path": path, "sha256": sha256, "stage": stage, "reason": reason,
                                      "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")})

    def _set_path(self, path: str, document_id: int) -> None:
        old = self.db.execute("SELECT document_id FROM document_paths WHERE path = ?", [path]).fetchone()
        if old and old[0] == document_id:
            return
        self.db.execute("DELETE FROM document_paths WHERE path = ?", [path])
        self._insert_many("document_paths", [{"path": path, "document_id": document_id}])
        if old:
            remaining = self.db.execute("SELECT 1 FROM document_paths WHERE document_id = ?", [old[0]]).fetchone()
            if not remaining:
                self._remove_document(old[0])

    def _remove_document(self, document_id: int) -> None:
        for table in ("pages", "attendance", "decisions", "indicator_mentions", "figures"):
            self.db.execute(f"DELETE FROM {table} WHERE document_id = ?", [document_id])
        self.db.execute("DELETE FROM action_owners WHERE action_id IN (SELECT id FROM actions WHERE document_id = ?)",
                        [document_id])
        meeting = self.db.execute("SELECT meeting_id FROM documents WHERE id = ?", [document_id]).fetchone()[0]
        gone = "SELECT id FROM actions WHERE document_id = ?"
        self.db.execute(f"UPDATE action_updates SET action_id = NULL WHERE action_id IN ({gone})", [document_id])
        self.db.execute(f"UPDATE actions SET continues = NULL WHERE continues IN ({gone})", [document_id])
        self.db.execute("DELETE FROM action_updates WHERE document_id = ?", [document_id])
        self.db.execute("DELETE FROM action_state WHERE document_id = ?", [document_id])
        self.db.execute("DELETE FROM actions WHERE document_id = ?", [document_id])
        self._unlink(meeting)
        self.db.execute("DELETE FROM documents WHERE id = ?", [document_id])
        if not self.db.execute("SELECT 1 FROM documents WHERE meeting_id = ?", [meeting]).fetchone():
            self.db.execute("DELETE FROM person_aliases WHERE meeting_id = ?", [meeting])
            self.db.execute("DELETE FROM meetings WHERE id = ?", [meeting])

    def _unlink(self, meeting_id: int) -> None:
        """Mark the meeting's body for relinking: a meeting of it was added, changed or removed."""
        series = followups.SERIES
        self.db.execute(f"UPDATE meetings SET linked = 0 WHERE {series} = (SELECT {series} FROM meetings WHERE id = ?)",
                        [meeting_id])

    def link(self) -> int:
        """Link reports to the earlier actions they are about, for every body that changed since the
        last link (one transaction); returns the number of links made. ``minutes ingest`` runs this
        at the end of each run."""
        with self._write():
            return followups.link(self.db)

    def _meeting_id(self, doc: Document, record: Record) -> int:
        """The stored meeting this document records (same body, date, issuer and content), or a new one."""
        m = record.meeting
        base = _words_key(m.body or "")
        mine = identity.issuer(doc)
        row = {"body": m.body, "date": m.date, "start": m.start, "end": m.end, "location": m.location,
               "kind": record.kind, "next_meeting": record.next_meeting, "issuer": mine.name,
               "issuer_named": int(mine.named), "label": schema.meeting_label(m.body, m.date)}
        if not m.date:  # an undated meeting is identified only by its own document
            return self._insert_many("meetings", [{**row, "body_key": f"{base}#{doc.sha256}"}])
        doc_words = identity.words(doc.text)
        people = {name_key(p.name) for p in record.attendees + record.apologies}
        candidates = self.db.execute("""SELECT id, issuer, issuer_named FROM meetings
                                        WHERE date = ? AND (body_key = ? OR substr(body_key, 1, ?) = ?)
                                        ORDER BY id""", [m.date, base, len(base) + 1, base + "#"]).fetchall()
        for meeting_id, issuer, named in candidates:
            if issuer is not None and identity.issuers_differ(mine, identity.Issuer(issuer, bool(named))):
                continue
            first = self.db.execute("SELECT id, sha256 FROM documents WHERE meeting_id = ? ORDER BY id LIMIT 1",
                                    [meeting_id]).fetchone()
            # each person once (by the attendance index), not each of their rows: a meeting stored in several
            # documents lists its people once per document
            theirs = {k for (k,) in self.db.execute("""SELECT name_key FROM people WHERE id IN
                                                       (SELECT person_id FROM attendance WHERE meeting_id = ?)""",
                                                    [meeting_id])}
            if first and identity.same_content(doc_words, self._words_of(*first), people, theirs):
                if mine.named and not named:  # the document names the council the folder stood for
                    self.db.execute("UPDATE meetings SET issuer = ?, issuer_named = 1 WHERE id = ?",
                                    [mine.name, meeting_id])
                return meeting_id
        key = f"{base}#{doc.sha256}" if candidates else base
        return self._insert_many("meetings", [{**row, "body_key": key}])

    def _words_of(self, document_id: int, sha256: str) -> set[str]:
        """The distinct words of a stored document, read and split once per content (a meeting's
        first document is compared with every later copy of it); kept by the bytes' hash, which an
        id freed by a removal and reused cannot share."""
        words = self._words.pop(sha256, None)
        if words is None:
            text = self.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
            words = identity.words(text)
            if len(self._words) >= WORDS_KEPT:
                del self._words[next(iter(self._words))]  # the least recently used
        self._words[sha256] = words
        return words

    def _insert_document(self, doc: Document, record: Record) -> int:
        meeting_id = self._meeting_id(doc, record)
        document_id = self._insert_many("documents", [{
            "sha256": doc.sha256, "format": doc.format, "pages": doc.pages, "bytes": doc.size,
            "file_name": path_text(doc.name),
            "ingested_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "pipeline_version": pipeline_version(), "meeting_id": meeting_id,
            "warnings": "; ".join([*doc.warnings, *record.warnings]) or None, "text": doc.text}])
        pages: dict[int, list] = {}
        for block in doc.blocks:
            pages.setdefault(block.page, []).append(block)
        ocr = dict(doc.ocr_pages)  # page -> mean OCR confidence, for pages read by OCR
        self._insert_many("pages", [{"document_id": document_id, "page": page, "text": "\n".join(b.text for b in blocks),
                                     "start": min(b.start for b in blocks), "end": max(b.end for b in blocks),
                                     "ocr": int(page in ocr), "ocr_confidence": ocr.get(page)}
                                    for page, blocks in sorted(pages.items())])
        return document_id

    def _insert_many(self, table: str, rows: list[dict]) -> int | None:
        """Insert rows of one shape with one prepared statement (inside the caller's transaction);
        returns the row id of a single row. Per-document row counts are small and many: sqlite-utils'
        insert and insert_all check the schema on every call, which cost more than the inserts themselves."""
        if not rows:
            return None
        columns = list(rows[0])
        sql = (f'INSERT INTO "{table}" ({", ".join(f"[{c}]" for c in columns)}) '
               f'VALUES ({", ".join("?" for _ in columns)})')
        if len(rows) == 1:
            return self.db.conn.execute(sql, [rows[0][c] for c in columns]).lastrowid
        self.db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])
        return None

    def _people_ids(self, names: list[str]) -> dict[str, int]:
        """Each name's person id by its key, looked up in one query; people not yet stored are
        added in the order they are first named."""
        keys = list(dict.fromkeys(name_key(name) for name in names))
        ids: dict[str, int] = {}
        for k in range(0, len(keys), 500):  # well under SQLite's limit on parameters
            chunk = keys[k:k + 500]
            ids.update(self.db.execute(f"SELECT name_key, id FROM people WHERE name_key IN ({', '.join('?' * len(chunk))})",
                                       chunk).fetchall())
        for name in names:
            key = name_key(name)
            if key not in ids:
                ids[key] = self._insert_many("people", [{"name": " ".join(name.split()), "name_key": key}])
        return ids

    def _insert_rows(self, document_id: int, doc: Document, record: Record) -> dict[str, int]:
        meeting_id = self.db.execute("SELECT meeting_id FROM documents WHERE id = ?", [document_id]).fetchone()[0]
        counts: dict[str, int] = {}

        def provenance(source) -> dict:
            box = doc.box(source.start, source.end, source.page)
            return {"document_id": document_id, "meeting_id": meeting_id, "page": source.page,
                    "start": source.start, "end": source.end, "quote": source.quote,
                    "x0": box and box.x0, "y0": box and box.y0, "x1": box and box.x1, "y1": box and box.y1}

        def insert(table: str, rows: list[dict]) -> None:
            if rows:
                self._insert_many(table, rows)
                counts[table] = counts.get(table, 0) + len(rows)

        named = record.attendees + record.apologies
        people_here = self._people_ids([person.name for person in named])
        known = set(self.db.execute("SELECT person_id, alias FROM person_aliases WHERE meeting_id = ?", [meeting_id]))
        attendance = []
        for person in named:
            person_id = people_here[name_key(person.name)]
            attendance.append({"person_id": person_id, "status": person.status, "name_as_written": person.name,
                               "initials": person.initials, "role": person.role,
                               "organisation": person.organisation, **provenance(person.source)})
            new = sorted(a for a in aliases(person.name, person.initials) if (person_id, a) not in known)
            known.update((person_id, a) for a in new)
            insert("person_aliases", [{"person_id": person_id, "meeting_id": meeting_id, "alias": a} for a in new])
        insert("attendance", attendance)
        insert("actions", [{"ref": action.ref, "action_key": f"ref:{action.ref}" if action.ref else _words_key(action.text),
                            "text": action.text, "due": action.due, "due_text": action.due_text,
                            **provenance(action.source)} for action in record.actions])
        # ids ascend in insertion order within the transaction
        action_ids = [i for (i,) in self.db.execute("SELECT id FROM actions WHERE document_id = ? ORDER BY id",
                                                    [document_id])] if record.actions else []
        owners = []
        for action_id, action in zip(action_ids, record.actions):
            for owner in action.owners:
                person_id = people_here.get(name_key(owner))
                owners.append({"action_id": action_id, "person_id": person_id,
                               "group_name": None if person_id else owner, "as_written": owner})
        insert("action_owners", owners)
        insert("decisions", [{"text": d.text, **provenance(d.source)} for d in record.decisions])
        listed = {a.source.start: action_ids[k] for k, a in enumerate(record.actions)}
        # reports are not counted in the rows added: they restate what the meeting's text already holds
        self._insert_many("action_updates", [{"kind": r.kind, "ref": r.ref, "text": r.text, "owners": "; ".join(r.owners),
                                   "status": r.status, "words": r.status_words,
                                   "listed_action_id": listed.get(r.source.start) if r.kind == "listed" else None,
                                   "action_id": None, "how": None, **provenance(r.source)} for r in record.reports])
        self._unlink(meeting_id)
        seen: dict[tuple, int] = {}
        mentions = []
        titles: dict[str, str | None] = {}
        for mention in record.indicators:
            titles[mention.code] = titles.get(mention.code) or mention.title
        self.db.conn.executemany("INSERT OR IGNORE INTO indicators (code, title) VALUES (?, ?)", titles.items())
        self.db.conn.executemany("UPDATE indicators SET title = ? WHERE code = ? AND title IS NULL",
                                 [(t, c) for c, t in titles.items() if t])
        for mention in record.indicators:
            seen[(mention.code,)] = seen.get((mention.code,), 0) + 1
            mentions.append({"code": mention.code, "occurrence": seen[(mention.code,)], **provenance(mention.source)})
        insert("indicator_mentions", mentions)
        figures = []
        for figure in record.figures:
            seen[(figure.unit, figure.value)] = seen.get((figure.unit, figure.value), 0) + 1
            figures.append({"value": figure.value, "value_high": figure.value_high, "unit": figure.unit,
                            "text": figure.text, "indicator": figure.indicator, "role": figure.role,
                            "occurrence": seen[(figure.unit, figure.value)], **provenance(figure.source)})
        insert("figures", figures)
        return counts

    # -- queries ----------------------------------------------------------------------------------

    def actions(self, owner: str | None = None, body: str | None = None, due_before: str | None = None,
                status: str | None = None, overdue: bool = False, as_of: str | None = None,
                limit: int | None = None) -> list[dict]:
        """Actions (one per meeting and ref/text) with owners, due date, meeting and source.

        ``owner`` matches a full name, a surname alone, an alias the owner's meeting defined
        (initials, first name), or a group as written ("Thematic Leads"). With ``status`` (open, in
        progress, done, dropped, carried forward) or ``overdue`` (due before ``as_of``, default
        today, and neither done nor dropped) the rows are actions as first assigned, with their
        status from the latest report on them (``action_status``). ``limit`` keeps the first rows
        (by meeting date); :meth:`count_actions` gives how many there are in all.
        """
        followed = bool(status or overdue)
        where, params = [], []
        if owner:
            people, groups = self._owners_named(owner)
            where.append(f"""action_id IN (
                SELECT action_id FROM action_owners WHERE person_id IN ({",".join("?" * len(people))})
                UNION SELECT action_id FROM action_owners WHERE group_name IN ({",".join("?" * len(groups))})
                UNION SELECT o.action_id FROM person_aliases pa JOIN action_owners o ON o.person_id = pa.person_id
                      JOIN actions a ON a.id = o.action_id AND a.meeting_id = pa.meeting_id WHERE pa.alias = ?)""")
            params += [*people, *groups, owner.strip().lower()]
        if body:
            where.append("instr(lower(body), lower(?)) > 0")  # the text as written: no LIKE wildcards
            params.append(body.strip())
        if due_before:
            where.append("due IS NOT NULL AND due < ?")
            params.append(due_before)
        if status:
            where.append("status = ?")
            params.append(status)
        if overdue:
            where.append("due IS NOT NULL AND due < ? AND status NOT IN ('done', 'dropped')")
            params.append(as_of or dt.date.today().isoformat())
        view = "action_status" if followed else "action_list"
        sql = f"SELECT * FROM {view}" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY meeting_date, ref, action_id" + (" LIMIT ?" if limit else "")
        return list(self.db.query(sql, [*params, limit] if limit else params))

    def decisions(self, body: str | None = None) -> list[dict]:
        """Decisions (one per meeting and text) with their meeting and source."""
        where, params = ("WHERE body LIKE ?", [f"%{body}%"]) if body else ("", [])
        return list(self.db.query(f"SELECT * FROM decision_list {where} ORDER BY meeting_date, decision_id", params))

    def _owners_named(self, owner: str) -> tuple[list[int], list[str]]:
        """The people (ids) and groups (as written) a name means: the full name, or a surname alone."""
        key = name_key(owner)
        surname = " " not in key
        people = [r[0] for r in self.db.execute(
            "SELECT id FROM people WHERE name_key = ? OR (? AND name_key LIKE '% ' || ?)", [key, surname, key])]
        wanted = owner.strip().lower()
        groups = [g for (g,) in self.db.execute("SELECT DISTINCT group_name FROM action_owners WHERE group_name IS NOT NULL")
                  if g.lower() == wanted or (surname and name_key(g).endswith(" " + key))]
        return people, groups

    def action(self, action_id: int) -> dict | None:
        """One action as first assigned, with its status and ``history``: the meeting that assigned
        it, then each later meeting that reported on it (date, status, words, document, page,
        quote). An id of a repeat (the action carried forward) gives the action it repeats."""
        row = self.db.execute("SELECT continues FROM actions WHERE id = ?", [action_id]).fetchone()
        if row is None:
            return None
        rows = list(self.db.query("SELECT * FROM action_status WHERE action_id = ?", [row[0] or action_id]))
        if not rows:
            return None
        found = rows[0]
        assigned = {"meeting_date": found["meeting_date"], "status": "open", "status_words": None, "kind": "assigned",
                    "document": found["document"], "page": found["page"], "quote": found["quote"]}
        history = self.db.query("SELECT meeting_date, status, status_words, kind, document, page, quote "
                                "FROM action_history WHERE action_id = ? ORDER BY meeting_date, kind = 'listed', start",
                                [found["action_id"]])
        return {**found, "history": [assigned, *history]}

    def owner_suggestions(self, owner: str, limit: int = 3) -> list[str]:
        """The owners closest to a name that matched no one (difflib similarity over people and
        groups, surnames alone too): "Gil Buterworth" gives "Gill Butterworth"."""
        names = [r[0] for r in self.db.execute(
            "SELECT name FROM people WHERE id IN (SELECT person_id FROM action_owners) "
            "UNION SELECT group_name FROM action_owners WHERE group_name IS NOT NULL")]
        wanted = " ".join(owner.lower().split())
        scored: dict[str, float] = {}
        for name in names:
            forms = {name.lower(), name.lower().split()[-1]} if name.split() else {name.lower()}
            score = max(difflib.SequenceMatcher(None, wanted, form).ratio() for form in forms)
            if score >= 0.75:
                scored[name] = score
        return sorted(scored, key=lambda n: (-scored[n], n))[:limit]

    def people(self) -> list[dict]:
        """Each person with the meetings attended, apologies sent and actions owned."""
        sql = """
            SELECT p.name,
                   (SELECT count(DISTINCT meeting_id) FROM attendance_list a WHERE a.person_id = p.id
                      AND a.status = 'present') AS meetings_attended,
                   (SELECT count(DISTINCT meeting_id) FROM attendance_list a WHERE a.person_id = p.id
                      AND a.status = 'apologies') AS apologies,
                   (SELECT count(*) FROM action_list l WHERE l.action_id IN
                      (SELECT action_id FROM action_owners WHERE person_id = p.id)) AS actions_owned
            FROM people p ORDER BY p.name"""
        return list(self.db.query(sql))

    def meetings(self) -> list[dict]:
        """Each meeting with its number of documents, attendees and actions."""
        sql = """
            SELECT m.id, m.body, m.issuer, m.date, m.start, m.end, m.location, m.kind,
                   (SELECT count(*) FROM documents d WHERE d.meeting_id = m.id) AS documents,
                   (SELECT count(*) FROM attendance_list a WHERE a.meeting_id = m.id AND a.status = 'present') AS present,
                   (SELECT count(*) FROM action_list l WHERE l.meeting_id = m.id) AS actions
            FROM meetings m ORDER BY m.date, m.body"""
        return list(self.db.query(sql))

    def search(self, query: str, limit: int = 20) -> list[dict]:
        """Full-text hits in document text: meeting, document, page and a snippet."""
        sql = """
            SELECT m.body, m.date AS meeting_date,
                   (SELECT min(path) FROM document_paths dp WHERE dp.document_id = p.document_id) AS document,
                   p.page, snippet(pages_fts, 0, '[', ']', '…', 12) AS snippet
            FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid
            JOIN documents d ON d.id = p.document_id JOIN meetings m ON m.id = d.meeting_id
            WHERE pages_fts MATCH ? ORDER BY rank LIMIT ?"""
        return list(self.db.query(sql, [_fts_query(query), limit]))


def _fts_query(query: str) -> str:
    """Quote each word so user text is never read as FTS syntax: "domestic violence" -> phrase-free AND."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
