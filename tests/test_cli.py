"""The command line: a user's mistake is one line naming the file or argument and the reason, exit 1
(2 for usage), never a traceback."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from minutes.cli import cli
from minutes.pipeline import ingest_paths
from sample_files import SAMPLES, ROOT


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "minutes.db"
    ingest_paths([next(SAMPLES.glob("*.txt"))], db, workers=1, nlp=False)
    return db


def one_line_error(args: list[str], exit_code: int) -> str:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == exit_code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def test_ingest_into_a_missing_folder(tmp_path: Path) -> None:
    line = one_line_error(["ingest", str(next(SAMPLES.glob("*.txt"))), "--db", "/nonexistent/dir/x.db"], 1)
    assert line == "error: /nonexistent/dir/x.db: folder /nonexistent/dir does not exist"


@pytest.mark.parametrize("command", ["actions", "people", "meetings", "serve"])
def test_a_file_that_is_not_a_database(command: str) -> None:
    readme = str(ROOT / "README.md")
    line = one_line_error([command, "--db", readme], 1)
    assert line == f"error: {readme}: not a minutes archive (not an SQLite database)"


def test_search_needs_a_word(archive: Path) -> None:
    line = one_line_error(["search", "  ", "--db", str(archive)], 2)
    assert "QUERY" in line and "at least one word" in line


def test_search_limit_is_bounded(archive: Path) -> None:
    line = one_line_error(["search", "police", "--limit", "99999999999999999999", "--db", str(archive)], 2)
    assert "--limit" in line and "99999999999999999999" in line


def test_export_into_a_missing_folder(archive: Path) -> None:
    line = one_line_error(["export", "action_list", "--out", "/nonexistent/dir/x.csv", "--db", str(archive)], 1)
    assert line.startswith("error: /nonexistent/dir/x.csv: ") and "/nonexistent/dir" in line


def test_a_missing_archive_is_named(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.db")
    assert one_line_error(["meetings", "--db", missing], 1) == f"error: {missing}: no archive here: run `minutes ingest` first"
    assert not Path(missing).exists()
