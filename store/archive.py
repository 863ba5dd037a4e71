"""Opening the archive file: only a minutes archive (recognised by its schema) of a version this
program knows, read-only when asked, with one plain reason when it cannot be opened."""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from minutes.store.schema import SCHEMA_VERSION, TABLES


BUSY_TIMEOUT_S = 60.0  # how long a writer waits for another process's write transaction to end


class ArchiveError(Exception):
    """The archive itself cannot be opened or written (not an archive, newer, read-only, disk full,
    busy, damaged): no input file's fault. ``reason`` is in plain words a user understands."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


_ARCHIVE_REASONS = {
    "SQLITE_FULL": "disk full",
    "SQLITE_IOERR": "I/O error (disk full, or over the file size limit?)",
    "SQLITE_BUSY": f"the archive is busy: another process held its write lock for over {BUSY_TIMEOUT_S:.0f} s",
    "SQLITE_LOCKED": "the archive is busy: locked by another connection",
    "SQLITE_READONLY": "cannot write to the archive: the file or its folder is read-only",
    "SQLITE_CANTOPEN": "cannot write to the archive: the file or its folder is read-only",
    "SQLITE_PERM": "cannot write to the archive: the file or its folder is read-only",
    "SQLITE_CORRUPT": "the archive is damaged (not a valid SQLite database)",
    "SQLITE_NOTADB": "not a minutes archive (not an SQLite database)",
}


def archive_error(path: str | Path, exc: sqlite3.Error) -> ArchiveError | None:
    """The ArchiveError for a SQLite error about the archive as a whole, or None for any other."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, reason in _ARCHIVE_REASONS.items():
        if name == prefix or name.startswith(prefix + "_"):
            return ArchiveError(path, reason)
    return None


def connect(path: str | Path, *, readonly: bool) -> sqlite3.Connection:
    """A connection to the archive at ``path``, or :class:`ArchiveError` saying why not.

    Read-only needs an existing archive and never writes (a read-only file or folder is fine);
    otherwise a missing file is created. Another application's SQLite file, a file that is not a
    database and an archive written by a newer version of this program are refused.
    """
    path = Path(path)
    if path.is_dir():
        raise ArchiveError(path, "is a directory, not an archive file")
    if readonly and not path.exists():
        raise ArchiveError(path, "no archive here: run `minutes ingest` first")
    if not readonly and not path.parent.is_dir():
        raise ArchiveError(path, f"folder {path.parent} does not exist")
    try:
        conn = _open(path, readonly)
        check(conn, path, readonly)
    except sqlite3.Error as exc:
        raise archive_error(path, exc) or ArchiveError(path, f"cannot use the archive: {exc}") from None
    return conn


def _open(path: Path, readonly: bool) -> sqlite3.Connection:
    if not readonly:
        return sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_CANTOPEN":
            raise
        # a WAL archive in a read-only folder: its -shm file cannot be made, and nobody can be writing
        conn.close()
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    return conn


def use_wal(conn: sqlite3.Connection) -> None:
    """Put the archive in WAL mode, waiting up to the busy timeout for other writers. Switching a new
    archive needs its write lock, and SQLite refuses it at once, without waiting, while another
    process holds that lock (its guard against two readers deadlocking on an upgrade): two ingests
    creating one archive together met that, so the switch is tried again until the timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorname", "") != "SQLITE_BUSY" or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def check(conn: sqlite3.Connection, path: Path, readonly: bool) -> None:
    """Raise ArchiveError unless ``conn`` holds a minutes archive this program can use (or, for
    writing, an empty database to create one in)."""
    try:
        objects = dict(conn.execute("SELECT name, type FROM sqlite_master"))
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise ArchiveError(path, "not a minutes archive (not an SQLite database)") from None
        raise
    tables = {name for name, kind in objects.items() if kind == "table"}
    if tables and not _ours(conn, tables):
        raise ArchiveError(path, "an SQLite database of another application, not a minutes archive: "
                                 "refusing to use it (give --db a new file name)")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise ArchiveError(path, f"archive schema version {version} is newer than this program's "
                                 f"({SCHEMA_VERSION}): upgrade minutes to use it")
    if not objects and readonly:
        raise ArchiveError(path, "empty archive: run `minutes ingest` first")


def _ours(conn: sqlite3.Connection, tables: set[str]) -> bool:
    """Whether these tables are a minutes archive's: some of ours, each with only columns we know
    (columns are only ever added, so an older archive passes)."""
    shared = tables & TABLES.keys()
    return bool(shared) and all(
        {row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')} <= TABLES[name]["columns"].keys()
        for name in shared)
