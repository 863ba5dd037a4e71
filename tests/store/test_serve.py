"""``minutes serve``: a live read-only view, answering to loopback names only, and stopping whole."""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from minutes.pipeline import ingest_paths
from minutes.store.serve import allowed_hosts, host_name
from sample_files import SAMPLES

TEXTS = sorted(SAMPLES.glob("*.txt"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(db: Path, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, int]:
    """``minutes serve`` in its own process, once it answers."""
    port = free_port()
    command = [sys.executable, "-m", "minutes.cli", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2)
            return proc, port
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError(f"minutes serve did not start: {proc.stderr.read().decode()[-500:]}")
            time.sleep(0.3)


def get(port: int, path: str, host: str | None = None) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path, headers={"Host": host or f"127.0.0.1:{port}"})
    response = conn.getresponse()
    return response.status, response.read()


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[tuple[Path, int]]:
    db = tmp_path_factory.mktemp("serve") / "archive.db"
    ingest_paths(TEXTS[:1], db, workers=1, nlp=False)
    proc, port = start(db)
    try:
        yield db, port
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def document_count(port: int, db: Path) -> int:
    query = urllib.parse.urlencode({"sql": "SELECT count(*) AS n FROM documents", "_shape": "array"})
    status, body = get(port, f"/{db.stem}.json?{query}")
    assert status == 200, body
    return json.loads(body)[0]["n"]


def test_rows_ingested_while_serving_are_shown(served) -> None:
    db, port = served
    assert document_count(port, db) == 1
    ingest_paths(TEXTS[1:3], db, workers=1, nlp=False)
    assert document_count(port, db) == 3


def test_the_served_view_cannot_write(served) -> None:
    db, port = served
    status, _ = get(port, f"/{db.stem}.json?" + urllib.parse.urlencode({"sql": "DELETE FROM documents"}))
    assert status >= 400
    assert document_count(port, db) >= 1


@pytest.mark.parametrize("host, answered", [("localhost:{port}", True), ("127.0.0.1:{port}", True),
                                            ("[::1]:{port}", True), ("evil.example:{port}", False),
                                            ("evil.example", False), ("localhost.evil.example", False)])
def test_only_loopback_host_names_are_answered(served, host: str, answered: bool) -> None:
    db, port = served
    status, body = get(port, f"/{db.stem}.json", host=host.format(port=port))
    assert (status == 200) is answered, (status, body[:200])
    if not answered:
        assert status == 403


def test_host_option_names_what_else_is_answered() -> None:
    assert allowed_hosts("127.0.0.1") == {"localhost", "127.0.0.1", "::1"}
    assert allowed_hosts("minutes.lan") == {"localhost", "127.0.0.1", "::1", "minutes.lan"}
    assert allowed_hosts("0.0.0.0") is None and allowed_hosts("::") is None
    assert [host_name(h) for h in ("LocalHost:80", "[::1]:8001", "::1", "example.org.", "")] == \
        ["localhost", "::1", "::1", "example.org", ""]


def test_sigterm_stops_the_server_and_leaves_no_process_or_folder(tmp_path: Path) -> None:
    """The command as run from a shell or a service manager: SIGTERM to it stops what it started."""
    db = tmp_path / "archive.db"
    ingest_paths(TEXTS[:1], db, workers=1, nlp=False)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    proc, port = start(db, {"TMPDIR": str(scratch)})
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    with pytest.raises(OSError):  # nothing answers on the port any more
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    assert list(scratch.iterdir()) == []
