"""The archive file: only a minutes archive of a known version is used; a read-only one can be
queried but not written."""
from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutes.cli import cli
from minutes.pipeline import ingest_paths
from minutes.store.archive import ArchiveError
from minutes.store.schema import SCHEMA_VERSION
from minutes.store.store import Store
from sample_files import SAMPLES

TEXT_SAMPLE = sorted(SAMPLES.glob("*.txt"))[0]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("archive-file") / "minutes.db"
    ingest_paths([TEXT_SAMPLE], db, workers=1, nlp=False)
    return db


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("table", ["contacts (name TEXT)", "people (id INTEGER, name TEXT, email TEXT)"])
def test_another_applications_database_is_refused_and_left_untouched(tmp_path: Path, table: str) -> None:
    other = tmp_path / "contacts.db"
    with sqlite3.connect(other) as conn:
        conn.execute(f"CREATE TABLE {table}")
    result = run("ingest", str(TEXT_SAMPLE), "--db", str(other))
    assert result.exit_code == 1
    assert result.stderr == f"error: {other}: an SQLite database of another application, not a minutes archive: " \
                            "refusing to use it (give --db a new file name)\n"
    with sqlite3.connect(other) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == [table.split()[0]]
    with pytest.raises(ArchiveError):
        Store(other, readonly=True)


def test_a_newer_archive_is_refused_naming_both_versions(archive: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    shutil.copy(archive, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    for args in (["ingest", str(TEXT_SAMPLE)], ["meetings"]):
        result = run(*args, "--db", str(newer))
        assert result.exit_code == 1
        assert result.stderr == (f"error: {newer}: archive schema version {SCHEMA_VERSION + 1} is newer than this "
                                 f"program's ({SCHEMA_VERSION}): upgrade minutes to use it\n")
    with sqlite3.connect(newer) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_an_empty_file_becomes_an_archive(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    db.touch()
    assert run("ingest", str(TEXT_SAMPLE), "--db", str(db), "--no-nlp", "--workers", "1").exit_code == 0
    assert Store(db, readonly=True).meetings()


def test_a_new_archive_another_process_is_writing_is_waited_for_not_refused(tmp_path: Path) -> None:
    # two ingests creating one archive at once: the second's switch to WAL met the first's write lock,
    # and SQLite refuses that switch at once instead of waiting (seen as "busy ... over 60 s" in 0.04 s)
    db = tmp_path / "new.db"
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, other.execute, ["COMMIT"])
    release.start()
    try:
        Store(db)
    finally:
        release.join()
        other.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make files and folders read-only: by permissions, or for root (whom permissions do not stop)
    with the immutable attribute."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in paths}
        for p in paths:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True).returncode:
        pytest.skip("running as root where the immutable attribute cannot be set: nothing is read-only to root")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *map(str, paths)], check=True)


@pytest.mark.parametrize("folder_too", [False, True], ids=["file", "file-and-folder"])
def test_a_read_only_archive_answers_queries_and_ingest_says_it_cannot_write(archive: Path, tmp_path: Path,
                                                                            folder_too: bool) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "minutes.db"
    shutil.copy(archive, db)
    with read_only(*([db, folder] if folder_too else [db])):
        meetings = run("meetings", "--db", str(db), "--format", "json")
        assert meetings.exit_code == 0, meetings.output
        assert '"body"' in meetings.stdout
        ingest = run("ingest", str(SAMPLES), "--db", str(db), "--no-nlp", "--workers", "1")
        assert ingest.exit_code == 1
        assert ingest.stderr == f"error: {db}: cannot write to the archive: the file or its folder is read-only\n"
