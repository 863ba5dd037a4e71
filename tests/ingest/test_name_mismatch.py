"""A file whose content is not the format its name says is read by its content, with a warning."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutes import ingest
from minutes.cli import cli
from sample_files import sample_path, sample_stems

STEM = sample_stems()[0]


@pytest.mark.parametrize("fmt, named, content", [("txt", "docx", "plain text"), ("docx", "txt", "DOCX"),
                                                  ("pdf", "docx", "PDF"), ("txt", "pdf", "plain text")])
def test_content_that_does_not_match_the_name_is_read_with_a_warning(tmp_path: Path, fmt: str, named: str,
                                                                     content: str) -> None:
    misnamed = tmp_path / f"minutes.{named}"
    shutil.copyfile(sample_path(STEM, fmt), misnamed)
    doc = ingest.read(misnamed)
    claim = {"docx": "DOCX", "txt": "plain text", "pdf": "PDF"}[named]
    assert doc.warnings[0] == f"content is {content}, not the {claim} its name says"
    assert doc.text == ingest.read(sample_path(STEM, fmt)).text


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_a_file_named_for_its_content_has_no_such_warning(fmt: str) -> None:
    assert not any("its name says" in w for w in ingest.read(sample_path(STEM, fmt)).warnings)


def test_the_warning_is_shown_on_stderr(tmp_path: Path) -> None:
    misnamed = tmp_path / "minutes.docx"
    shutil.copyfile(sample_path(STEM, "txt"), misnamed)
    for args in (["text", str(misnamed)], ["ingest", str(misnamed), "--db", str(tmp_path / "a.db"), "--no-nlp",
                                           "--workers", "1"]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        assert f"warning: {misnamed}: content is plain text, not the DOCX its name says\n" in result.stderr
