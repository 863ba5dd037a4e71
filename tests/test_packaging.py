"""The package: ``python -m minutes``, one version everywhere, and the cluster dependency as an extra."""
from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from click.testing import CliRunner

import minutes
from minutes.cli import cli
from sample_files import SAMPLES


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_python_dash_m_minutes_prints_the_one_version(tmp_path: Path, flag: str) -> None:
    result = subprocess.run([sys.executable, "-m", "minutes", flag], cwd=tmp_path, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"minutes, version {minutes.__version__}\n"
    assert metadata.version("minutes") == minutes.__version__


def test_dask_is_an_extra_not_a_dependency() -> None:
    requires = metadata.requires("minutes") or []
    dask = [r for r in requires if r.startswith("dask")]
    assert dask and all('extra == "cluster"' in r for r in dask)


def test_dask_executor_without_dask_is_one_line_naming_the_extra(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were not installed
    result = CliRunner().invoke(cli, ["ingest", str(SAMPLES), "--executor", "dask", "--db", str(tmp_path / "a.db")],
                                prog_name="minutes")
    assert result.exit_code == 2
    assert result.stderr == ("error: Invalid value for '--executor': dask is not installed: "
                             "pip install 'minutes[cluster]' (see minutes ingest --help)\n")
    assert not (tmp_path / "a.db").exists()


def test_test_script_tells_a_non_root_user_what_to_install(tmp_path: Path) -> None:
    """Run as a user (a stand-in ``id`` says uid 1000) on a machine without the Debian packages (a
    PATH without them): the script names the command to run and never calls apt-get."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("dirname",):
        (bin_dir / tool).symlink_to(subprocess.run(["which", tool], capture_output=True, text=True).stdout.strip())
    (bin_dir / "id").write_text("#!/bin/sh\necho 1000\n")
    (bin_dir / "apt-get").write_text(f"#!/bin/sh\ntouch {tmp_path / 'apt-get-called'}\nexit 100\n")
    for stub in ("id", "apt-get"):
        (bin_dir / stub).chmod(0o755)
    script = Path(__file__).resolve().parent.parent / "scripts" / "test.sh"
    result = subprocess.run(["/bin/bash", str(script)], env={"PATH": str(bin_dir)}, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1
    assert "sudo apt-get install --no-install-recommends libreoffice-writer-nogui fonts-liberation poppler-utils " \
           "chromium qpdf" in result.stderr
    assert not (tmp_path / "apt-get-called").exists()
