"""Browse the archive in a real browser: headless Chromium against Datasette on 127.0.0.1."""
from __future__ import annotations

import html
import importlib.util
import re
import shutil
import sqlite3
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest

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
    # a fresh process, as a user runs it: workers forked from this test process would inherit its address
    # space (pandas loaded by other tests) and meet the workers' memory limit
    subprocess.run([sys.executable, "-m", "minutes.cli", "ingest", str(SAMPLES), "--db", str(db), "--workers", "2",
                    "--quiet"], check=True, capture_output=True)
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
    args = [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000",
            "--virtual-time-budget=20000"]  # wait for the page's images (a rendered PDF page) before the dump
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
    assert command[command.index("--host") + 1] == "127.0.0.1"
    base, db_name = server
    query = urllib.parse.quote("DELETE FROM documents")
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(f"{base}/{db_name}.json?sql={query}", timeout=10)


def highlight_box(png: Path) -> tuple[int, int, int, int] | None:
    """The bounding box of the pixels tinted by the source view's translucent yellow box."""
    from PIL import Image, ImageChops

    red, green, blue = Image.open(png).convert("RGB").split()
    tinted = [red.point(lambda v: 255 if v > 235 else 0), green.point(lambda v: 255 if v > 235 else 0),
              blue.point(lambda v: 255 if 120 < v < 200 else 0)]  # white under 35% yellow: (255, 246, 166)
    return ImageChops.multiply(ImageChops.multiply(tinted[0], tinted[1]), tinted[2]).getbbox()


def ocr_words(png: Path, box: tuple[int, int, int, int], tmp_path: Path) -> set[str]:
    from PIL import Image

    crop = tmp_path / "crop.png"
    Image.open(png).crop(box).resize(((box[2] - box[0]) * 2, (box[3] - box[1]) * 2)).save(crop)
    text = subprocess.run(["tesseract", str(crop), "-"], check=True, capture_output=True, text=True).stdout
    return set(re.findall(r"[a-z]+", text.lower()))


def test_open_actions_by_owner_link_to_the_highlighted_quote_on_the_rendered_page(server, tmp_path: Path) -> None:
    base, db_name = server
    OUTPUT.mkdir(exist_ok=True)
    listing = browse(f"{base}/{db_name}/open_actions_by_owner?owner=Gill+Butterworth", tmp_path)
    assert "Open actions by owner" in listing
    links = re.findall(r'<a class="source-link" href="([^"]+)">([^<]+)</a>', listing)
    assert len(links) == 2, links
    href, quote = links[0]
    quote = html.unescape(quote)
    shot = OUTPUT / "source_view.png"
    page = browse(base + href, tmp_path, shot)
    marked = re.search(r'<mark id="quote">(.*?)</mark>', page, re.S)
    assert marked and html.unescape(marked.group(1)) == quote
    assert 'data-page-image="loaded"' in page  # Chromium loaded the rendered page image
    image = re.search(r'<img id="page-image" src="([^"]+)"', page).group(1)
    rendered = tmp_path / "page.png"
    rendered.write_bytes(urllib.request.urlopen(base + image, timeout=30).read())
    box = highlight_box(rendered)
    assert box, "no highlighted box on the rendered page"
    words = set(re.findall(r"[a-z]+", quote.lower()))
    found = ocr_words(rendered, box, tmp_path)
    assert len(words & found) >= 0.8 * len(words), (quote, found)
    assert highlight_box(shot), "the screenshot does not show the highlighted box"


def test_source_files_are_refused_to_other_hosts_and_rows_without_source(server) -> None:
    base, _ = server
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{base}/-/source/actions/999999", timeout=10)
    assert missing.value.code == 404
    plugin = load_plugin()
    for client, allowed in (("127.0.0.1", True), ("::1", True), ("192.168.1.20", False), ("", False)):
        assert plugin._loopback(SimpleNamespace(scope={"client": (client, 5000)})) is allowed


def load_plugin():
    """The source-view plugin module, loaded by path as Datasette's --plugins-dir does."""
    from minutes.store.serve import PLUGINS

    spec = importlib.util.spec_from_file_location("source_view", PLUGINS / "source_view.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_index_starts_with_the_views_and_questions_and_documents_show_no_whole_text(server) -> None:
    base, db_name = server
    index = urllib.request.urlopen(f"{base}/{db_name}", timeout=30).read().decode()
    start = index.index("Start here")
    positions = [index.index(f'href="/{db_name}/{view}"', start) for view in
                 ("action_list", "attendance_list", "decision_list", "figure_list")]
    assert positions == sorted(positions) and positions[-1] < index.index(f'href="/{db_name}/documents"')
    assert "Open actions by owner" in index and "A person&#39;s attendance record" in index
    documents = urllib.request.urlopen(f"{base}/{db_name}/documents", timeout=30).read().decode()
    text = (SAMPLES / "000_427178f9a1fe7053.txt").read_text()
    assert len(text) > 2000 and text[:2000] not in html.unescape(documents)  # cells are cut short
    sizes = {p.stat().st_size for p in SAMPLES.iterdir()}
    cells = {int(v) for v in re.findall(r'<td class="col-bytes[^"]*"[^>]*>(\d+)</td>', documents)}
    assert cells and cells <= sizes


def test_foreign_keys_show_a_meetings_body_and_date_and_a_documents_file_name(server) -> None:
    base, db_name = server
    page = html.unescape(urllib.request.urlopen(f"{base}/{db_name}/actions?_size=200", timeout=30).read().decode())
    assert re.search(rf'<a href="/{db_name}/meetings/\d+">LAA Performance Management Group, 2010-05-17</a>', page)
    assert re.search(rf'<a href="/{db_name}/documents/\d+">000_427178f9a1fe7053.pdf</a>', page)


def test_questions_about_actions_use_their_status_once_follow_up_is_stored() -> None:
    from minutes.store.serve import metadata

    before = metadata("m", {"action_list", "attendance_list"})["databases"]["m"]
    after = metadata("m", {"action_list", "action_status", "action_history"})["databases"]["m"]
    assert "action_history" not in before["queries"] and "action_status" not in before["description_html"]
    assert "FROM action_status" in after["queries"]["open_actions_by_owner"]["sql"]
    assert "action_history" in after["queries"] and "action_status" in after["description_html"]


def test_a_quote_links_to_the_row_it_comes_from() -> None:
    plugin = load_plugin()
    datasette = SimpleNamespace(urls=SimpleNamespace(path=lambda p: p))
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    history = conn.execute("SELECT 5 AS action_id, 9 AS update_id, 'done' AS quote").fetchone()
    assigned = conn.execute("SELECT 5 AS action_id, NULL AS update_id, 'to do' AS quote").fetchone()
    table_row = conn.execute("SELECT 3 AS id, 'present' AS quote").fetchone()
    link = lambda row, table=None: str(plugin.render_cell(row, row["quote"], "quote", table, datasette))  # noqa: E731
    assert 'href="/-/source/action_updates/9"' in link(history)
    assert 'href="/-/source/actions/5"' in link(assigned)
    assert 'href="/-/source/attendance/3"' in link(table_row, "attendance")
    assert plugin.render_cell(table_row, "x", "text", "attendance", datasette) is None
