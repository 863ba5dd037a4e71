"""Settings: sizes and durations with units, and one clear line for a value of the wrong form."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from minutes.ingest.limits import parse_count, parse_duration, parse_size


@pytest.mark.parametrize("value, expected", [
    ("1048576", 1048576), ("200MB", 200_000_000), ("200 mb", 200_000_000), ("1GiB", 1024**3), ("500k", 500_000),
    ("500KiB", 512_000), ("1.5GB", 1_500_000_000), ("64b", 64)])
def test_sizes_with_units(value: str, expected: int) -> None:
    assert parse_size(value) == expected


@pytest.mark.parametrize("value, expected", [("30", 30.0), ("2.5s", 2.5), ("500ms", 0.5), ("5m", 300.0),
                                             ("2min", 120.0), ("1h", 3600.0)])
def test_durations_with_units(value: str, expected: float) -> None:
    assert parse_duration(value) == expected


@pytest.mark.parametrize("value", ["", "MB", "200XB", "-5", "1e9", "two hundred", "200MB extra"])
def test_what_is_not_a_size(value: str) -> None:
    with pytest.raises(ValueError):
        parse_size(value)


@pytest.mark.parametrize("value", ["", "2.5", "-1", "ten", "1k"])
def test_what_is_not_a_count(value: str) -> None:
    with pytest.raises(ValueError):
        parse_count(value)


def run_cli(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """The CLI in a fresh process (settings are read once, at import)."""
    return subprocess.run([sys.executable, "-m", "minutes.cli", *args], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=60)


def test_a_size_with_units_is_used(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("Minutes of the meeting\n" * 10)
    result = run_cli(tmp_path, {"MINUTES_MAX_FILE_BYTES": "0.1kB"}, "ingest", "big.txt", "--db", "a.db", "--quiet",
                     "--workers", "1", "--no-nlp")
    assert result.returncode == 1, result.stderr
    big = (tmp_path / "big.txt").resolve()  # files are named by their canonical path
    assert f"error: {big}: file is 230 bytes, over the 100 byte limit" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name, value", [("MINUTES_MAX_FILE_BYTES", "200XB"), ("MINUTES_MAX_PDF_PAGES", "lots")])
def test_a_bad_setting_is_one_line_naming_variable_value_and_form_exit_2(tmp_path: Path, name: str,
                                                                          value: str) -> None:
    result = run_cli(tmp_path, {name: value}, "meetings", "--db", "missing.db")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {name}='{value}' is not a ")
    assert "such as" in lines[0]
