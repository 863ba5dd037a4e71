"""Browse the archive in a real browser: headless Chromium against Datasette on 127.0.0.1."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from minutes.pipeline import ingest_paths
from sample_files import ROOT, SAMPLES
from minutes.store.serve import serve_command

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
OUTPUT = ROOT / "test-output"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("served") / "archive.db"
    ingest_paths([SAMPLES], db, workers=2)
    port = free_port()
    proc = subprocess.Popen(serve_command(db, port=port), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2)
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError(f"datasette did not start: {proc.stderr.read().decode()[-500:]}")
                time.sleep(0.3)
        yield base, db.stem
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "Chromium is needed for the browser test: scripts/test.sh installs Debian's chromium"
    return path


def browse(url: str, tmp_path: Path, screenshot: Path | None = None) -> str:
    args = [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000"]
    if screenshot:
        subprocess.run(args + [f"--screenshot={screenshot}", url], check=True, capture_output=True, timeout=90)
    return subprocess.run(args + ["--dump-dom", url], check=True, capture_output=True, text=True, timeout=90).stdout


def test_actions_by_owner_canned_query_in_chromium(server, tmp_path: Path) -> None:
    base, db_name = server
    OUTPUT.mkdir(exist_ok=True)
    shot = OUTPUT / "actions_by_owner.png"
    dom = browse(f"{base}/{db_name}/actions_by_owner?owner=Gill+Butterworth", tmp_path, shot)
    assert "Actions by owner" in dom
    assert "Schedule presentation from ECC/Essex Police" in dom
    assert "EMB to be asked to support the revision to the NI 4 target" in dom
    assert "Roger" not in dom.split("Actions by owner", 1)[1].split("</table>")[0]  # only Gill's rows
    assert shot.stat().st_size > 10_000


def test_served_archive_is_read_only_and_local(server) -> None:
    from minutes.cli import serve_command as cli_serve
    host = next(p for p in cli_serve.params if p.name == "host")
    assert host.default == "127.0.0.1"
    command = serve_command("x.db")
    assert "--immutable" in command and command[command.index("--host") + 1] == "127.0.0.1"
    base, db_name = server
    query = urllib.parse.quote("DELETE FROM documents")
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(f"{base}/{db_name}.json?sql={query}", timeout=10)
