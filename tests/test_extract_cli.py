"""``minutes extract --out DIR``: one output per input, never one input's output over another's."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from minutes.cli import cli
from sample_files import SAMPLES, gold_record, sample_path, sample_stems


def _extract(*args: str) -> None:
    result = CliRunner().invoke(cli, ["extract", *args, "--no-nlp"])
    assert result.exit_code == 0, result.output


def test_every_sample_format_gets_its_own_output(tmp_path: Path) -> None:
    _extract(str(SAMPLES), "--out", str(tmp_path))
    outputs = {p.name: json.loads(p.read_text()) for p in tmp_path.iterdir()}
    inputs = sorted(p.name for p in SAMPLES.iterdir())
    assert len(inputs) == 15 and sorted(outputs) == [f"{name}.json" for name in inputs]
    assert all(outputs[f"{name}.json"]["doc"] == name for name in inputs)


def test_unique_stems_keep_stem_json(tmp_path: Path) -> None:
    first, second = sample_stems()[:2]
    _extract(str(sample_path(first, "txt")), str(sample_path(second, "pdf")), "--out", str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{first}.json", f"{second}.json"]


def test_same_name_in_two_folders_gives_two_outputs(tmp_path: Path) -> None:
    stems = sample_stems()[:2]
    for folder, stem in zip("ab", stems):
        (tmp_path / folder).mkdir()
        shutil.copy(sample_path(stem, "txt"), tmp_path / folder / "minutes.txt")
    out = tmp_path / "out"
    _extract(str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(out))
    dates = sorted(json.loads(p.read_text())["meeting"]["date"] for p in out.iterdir())
    expected = sorted(gold_record(stem)["meeting"]["date"] for stem in stems)
    assert len(dates) == 2 and dates == expected


def test_spacy_is_off_by_default_and_nlp_switches_it_on(tmp_path: Path) -> None:
    """Rules only unless ``--nlp``: spaCy's PERSON spans then decide where a name runs into a job title."""
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Those Present :\nName\tOrganisation\nMary Jane Watson Youth Offending Service\tECC\n")
    names = {}
    for flags in ((), ("--nlp",), ("--no-nlp",)):
        result = CliRunner().invoke(cli, ["extract", str(minutes), *flags])
        assert result.exit_code == 0, result.output
        names[flags] = [p["name"] for p in json.loads(result.output)["attendees"]]
    assert names == {(): ["Mary Jane"], ("--nlp",): ["Mary Jane Watson"], ("--no-nlp",): ["Mary Jane"]}
