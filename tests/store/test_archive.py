"""The archive on the bundled samples: all three formats of every seed ingested together."""
from __future__ import annotations

import html
import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from minutes import ingest
from minutes.extract import extract
from minutes.cli import cli
from minutes.pipeline import ingest_paths
from sample_files import SAMPLES
from minutes.store import schema
from minutes.store.store import Store

TABLES = ("documents", "document_paths", "meetings", "people", "person_aliases", "attendance", "actions",
          "action_owners", "decisions", "indicators", "indicator_mentions", "figures", "pages")


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("archive") / "minutes.db"
    summary = ingest_paths([SAMPLES], db, workers=2)
    assert (summary.read, summary.failed) == (15, 0)
    return db


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_one_meeting_per_seed_with_three_documents(archive: Path) -> None:
    meetings = Store(archive, readonly=True).meetings()
    assert len(meetings) == 5 and {m["documents"] for m in meetings} == {3}


def test_reingest_changes_nothing(archive: Path) -> None:
    before = counts(archive)
    summary = ingest_paths([SAMPLES], archive, workers=1)
    assert (summary.read, summary.skipped, summary.rows) == (0, 15, 0)
    assert counts(archive) == before


def test_people_resolved_across_meetings(archive: Path) -> None:
    people = {p["name"]: p for p in Store(archive, readonly=True).people()}
    for name in ("Alan Dawkes", "Peter Lowton", "Loretta Sollars"):
        assert people[name]["meetings_attended"] == 2, name
    assert people["Gill Butterworth"]["actions_owned"] == 2


@pytest.mark.parametrize("owner", ["Gill Butterworth", "Gill", "gill butterworth"])
def test_actions_by_owner_name_or_alias(archive: Path, owner: str) -> None:
    rows = Store(archive, readonly=True).actions(owner=owner)
    assert sorted(r["ref"] for r in rows) == ["5.4", "5.6"]
    for row in rows:
        doc = ingest.read(row["document"])
        assert doc.text[row["start"]:row["end"]] == row["quote"] and row["page"] >= 1


def test_aliases_find_the_same_actions_as_the_full_name(archive: Path) -> None:
    store = Store(archive, readonly=True)
    by_initials = store.actions(owner="PL")
    assert by_initials == store.actions(owner="Peter Lowton") and len(by_initials) == 3
    assert store.actions(owner="x' OR 1=1 --") == []


def test_due_before_and_body_filters(archive: Path) -> None:
    store = Store(archive, readonly=True)
    due = store.actions(due_before="2008-12-01")
    assert due and all(r["due"] < "2008-12-01" for r in due)
    assert {r["body"] for r in store.actions(body="Thurrock")} == {"Safer Thurrock Partnership Leadership Group"}
    assert {r["body"] for r in store.actions(body="thurrock partnership")} == {
        "Safer Thurrock Partnership Leadership Group"}


@pytest.mark.parametrize("pattern", ["%", "_", "S%r", "Safer_Essex", "[a-z]*"])
def test_body_filter_is_text_not_a_pattern(archive: Path, pattern: str) -> None:
    assert Store(archive, readonly=True).actions(body=pattern) == []
    result = CliRunner().invoke(cli, ["actions", "--body", pattern, "--format", "json", "--db", str(archive)])
    assert result.exit_code == 0 and json.loads(result.output) == []


def test_search_finds_domestic_violence_with_page_and_snippet(archive: Path) -> None:
    hits = Store(archive, readonly=True).search("domestic violence")
    assert hits and all("[" in h["snippet"] and h["page"] >= 1 for h in hits)
    assert "Safer Essex" in {h["body"] for h in hits}


def test_changed_file_replaces_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    source = (SAMPLES / "001_27d508b5cfb6343c.txt").read_text()
    path.write_text(source)
    store = Store(tmp_path / "a.db")
    store.add(ingest.read(path), extract(ingest.read(path)))
    path.write_text(source.replace("Stephen Baldry (SB) – Essex County Council", ""))
    store.add(ingest.read(path), extract(ingest.read(path)))
    names = [r[0] for r in store.db.execute("SELECT name_as_written FROM attendance")]
    assert "Stephen Baldry" not in names and len(names) == 15
    assert store.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_a_failure_midway_through_a_document_leaves_no_rows(tmp_path: Path, monkeypatch) -> None:
    path = SAMPLES / "001_27d508b5cfb6343c.txt"
    doc = ingest.read(path)
    record = extract(doc)
    store = Store(tmp_path / "a.db")
    real_insert = store._insert_rows

    def fail_after_some_rows(*args):
        real_insert(*args)
        raise RuntimeError("writer killed")

    monkeypatch.setattr(store, "_insert_rows", fail_after_some_rows)
    with pytest.raises(RuntimeError):
        store.add(doc, record)
    assert all(n == 0 for n in counts(tmp_path / "a.db").values())
    monkeypatch.undo()
    store.add(doc, record)
    assert counts(tmp_path / "a.db")["actions"] == len(record.actions) > 0


def test_a_group_commits_its_documents_together_and_one_that_fails_leaves_no_rows(tmp_path: Path,
                                                                                   monkeypatch) -> None:
    """A batch stores a few documents in one transaction (Store.grouped): each is a savepoint, so one
    that fails midway is undone alone, and the others appear together when the group commits."""
    docs = [ingest.read(SAMPLES / name) for name in ("000_427178f9a1fe7053.txt", "001_27d508b5cfb6343c.txt",
                                                    "002_b54d0e956782b075.txt")]
    records = [extract(doc) for doc in docs]
    db = tmp_path / "a.db"
    store = Store(db)
    real_insert = store._insert_rows

    def fail_on_the_second(document_id, doc, record):
        rows = real_insert(document_id, doc, record)
        if doc is docs[1]:
            raise RuntimeError("writer killed")
        return rows

    monkeypatch.setattr(store, "_insert_rows", fail_on_the_second)
    with store.grouped():
        store.add(docs[0], records[0])
        with pytest.raises(RuntimeError):
            store.add(docs[1], records[1])
        store.add_error(docs[1].path, "store", "writer killed")
        store.add(docs[2], records[2])
        assert counts(db)["documents"] == 0  # another connection sees nothing before the commit
    stored = {sha for (sha,) in sqlite3.connect(db).execute("SELECT sha256 FROM documents")}
    assert stored == {docs[0].sha256, docs[2].sha256}
    assert counts(db)["actions"] == len(records[0].actions) + len(records[2].actions) > 0
    assert sqlite3.connect(db).execute("SELECT count(*) FROM errors").fetchone()[0] == 1


def test_export_round_trips_through_pandas(archive: Path, tmp_path: Path) -> None:
    for suffix in (".csv", ".parquet", ".json", ".xlsx"):
        out = tmp_path / f"actions{suffix}"
        result = CliRunner().invoke(cli, ["export", "action_list", "--out", str(out), "--db", str(archive)])
        assert result.exit_code == 0, result.output
        reader = {".csv": lambda p: pd.read_csv(p, dtype={"ref": str}), ".parquet": pd.read_parquet,
                  ".json": lambda p: pd.read_json(p, dtype={"ref": str}),
                  ".xlsx": lambda p: pd.read_excel(p, dtype={"ref": str})}
        frame = reader[suffix](out)
        with sqlite3.connect(archive) as conn:
            assert len(frame) == conn.execute("SELECT count(*) FROM action_list").fetchone()[0] == 48
        assert set(frame["ref"].dropna().astype(str)) >= {"5.4", "1"}


def test_custom_query_is_read_only(archive: Path, tmp_path: Path) -> None:
    before = counts(archive)
    result = CliRunner().invoke(cli, ["export", "--query", "DELETE FROM documents", "--out", str(tmp_path / "x.csv"),
                                      "--db", str(archive)])
    assert result.exit_code == 1 and "read-only" in result.output
    assert counts(archive) == before


@pytest.mark.parametrize("sql, reason", [
    ("VACUUM INTO '{dir}/copy.db'", "read-only"), ("ATTACH DATABASE '{dir}/other.db' AS other", "read-only"),
    ("PRAGMA user_version = 99", "read-only"), ("SELECT 1; CREATE TABLE t (x)", "exactly one statement"),
    ("SELECT 1; ATTACH DATABASE '{dir}/other.db' AS other", "exactly one statement")])
def test_custom_sql_that_writes_anything_is_refused_in_one_line(archive: Path, tmp_path: Path, sql: str,
                                                                reason: str) -> None:
    before = counts(archive)
    result = CliRunner().invoke(cli, ["export", "--query", sql.format(dir=tmp_path), "--out",
                                      str(tmp_path / "x.csv"), "--db", str(archive)])
    assert result.exit_code == 1 and reason in result.output and len(result.output.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == [] and counts(archive) == before
    with sqlite3.connect(archive) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] < 99


def test_custom_sql_may_search_and_inspect_but_not_run_forever(archive: Path, tmp_path: Path) -> None:
    from minutes.store.export import QueryRefused, export

    out = tmp_path / "x.csv"
    assert export(archive, out, query="SELECT rowid FROM pages_fts WHERE pages_fts MATCH 'police'") > 0
    assert export(archive, out, query="SELECT name FROM pragma_table_info('meetings')") > 5
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    with pytest.raises(QueryRefused, match="time limit"):
        export(archive, out, query=endless, time_limit=0.5)


def test_the_time_limit_is_for_custom_sql_not_for_exporting_a_whole_view(tmp_path: Path) -> None:
    from minutes.store.export import export

    db = tmp_path / "big.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE VIEW big AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                     "WHERE i < 100000) SELECT i FROM n")
    assert export(db, tmp_path / "big.csv", table="big", time_limit=0.0) == 100_000


def test_cli_people_json_keys(archive: Path) -> None:
    result = CliRunner().invoke(cli, ["people", "--format", "json", "--db", str(archive)])
    people = json.loads(result.output)
    assert set(people[0]) == {"name", "meetings_attended", "apologies", "actions_owned"}


def test_ingesting_the_archive_folder_never_reads_the_archive_itself(tmp_path: Path, monkeypatch) -> None:
    for stem in sorted(p.stem for p in SAMPLES.glob("*.txt"))[:2]:
        (tmp_path / f"{stem}.txt").write_bytes((SAMPLES / f"{stem}.txt").read_bytes())
    monkeypatch.chdir(tmp_path)
    for _ in range(2):  # the second run finds minutes.db, -wal and -shm beside the documents
        result = CliRunner().invoke(cli, ["ingest", ".", "--workers", "1", "--no-nlp", "--quiet"])
        assert result.exit_code == 0, result.output
        assert "error" not in result.output
    with sqlite3.connect("minutes.db") as conn:
        assert conn.execute("SELECT count(*) FROM errors").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    # another archive is a file like any other: only the open archive's own files are skipped
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "minutes.db").write_bytes(b"SQLite format 3\x00" + bytes(100))
    result = CliRunner().invoke(cli, ["ingest", ".", "--workers", "1", "--no-nlp", "--quiet"])
    assert "sub/minutes.db" in result.output and result.exit_code == 1


def test_pdf_rows_carry_their_page_box_and_other_formats_none(archive: Path) -> None:
    with sqlite3.connect(archive) as conn:
        by_format = dict(conn.execute(
            """SELECT d.format, sum(a.x0 IS NOT NULL AND a.x0 < a.x1 AND a.y0 < a.y1) * 1.0 / count(*)
               FROM actions a JOIN documents d ON d.id = a.document_id GROUP BY d.format"""))
        sizes = conn.execute("SELECT min(p.path), d.bytes FROM documents d JOIN document_paths p "
                             "ON p.document_id = d.id GROUP BY d.id").fetchall()
    assert by_format == {"pdf": 1.0, "docx": 0.0, "text": 0.0}
    assert all(Path(path).stat().st_size == size for path, size in sizes)


def test_an_archive_of_the_first_schema_gains_the_box_columns(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE actions (id INTEGER PRIMARY KEY, meeting_id INTEGER, ref TEXT, action_key TEXT, "
                     "text TEXT, due TEXT, due_text TEXT, document_id INTEGER, page INTEGER, start INTEGER, "
                     "[end] INTEGER, quote TEXT)")
        conn.execute("INSERT INTO actions (text, quote) VALUES ('old', 'old')")
        conn.execute("PRAGMA user_version = 1")
    Store(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert conn.execute("SELECT text, x0, y1 FROM actions").fetchall() == [("old", None, None)]


def test_an_archive_of_a_newer_schema_is_refused_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    result = CliRunner().invoke(cli, ["ingest", str(SAMPLES / "000_427178f9a1fe7053.txt"), "--db", str(db)])
    assert result.exit_code == 1 and "is newer than this program's" in result.output
    assert "Traceback" not in result.output


def test_one_file_through_any_spelling_of_its_path_is_stored_once_under_one_path(tmp_path: Path,
                                                                                 monkeypatch) -> None:
    real, other = tmp_path / "real", tmp_path / "other"
    real.mkdir(), other.mkdir()
    (tmp_path / "link").symlink_to(real)
    (real / "x.txt").write_bytes((SAMPLES / "000_427178f9a1fe7053.txt").read_bytes())
    db = tmp_path / "a.db"
    for cwd, spelling in ((real, "x.txt"), (other, "../real/x.txt"), (other, str(real / "x.txt")),
                          (other, "../link/./x.txt"), (real, "missing.txt"), (other, "../link/missing.txt")):
        monkeypatch.chdir(cwd)
        ingest_paths([spelling], db, workers=1, nlp=False)
    canonical = str((real / "x.txt").resolve())
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT path FROM document_paths").fetchall() == [(canonical,)]
        assert {d for (d,) in conn.execute("SELECT document FROM action_list")} == {canonical}
        assert conn.execute("SELECT DISTINCT path FROM errors").fetchall() == [(str(real.resolve() / "missing.txt"),)]
    hits = Store(db, readonly=True).search("performance")
    assert hits and {h["document"] for h in hits} == {canonical}


def test_source_view_highlights_each_rows_quote_and_finds_it_printed(archive: Path) -> None:
    from minutes.store.source import SOURCE_TABLES, load

    with sqlite3.connect(archive) as conn:
        stored = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in stored & set(SOURCE_TABLES):
            for row_id, fmt in conn.execute(f"SELECT t.id, d.format FROM {table} t JOIN documents d "
                                            "ON d.id = t.document_id"):
                source = load(conn, table, row_id)
                marked = source.highlighted_html().split('<mark id="quote">')[1].split("</mark>")[0]
                assert html.unescape(marked) == source.quote
                assert source.original() is not None
                printed = source.printed  # every sample meeting has a PDF, so every item is printed
                assert printed.format == "pdf" and printed.box is not None and printed.printed is printed
                assert (printed is source) == (fmt == "pdf")
        assert load(conn, "actions", 10**9) is None and load(conn, "people", 1) is None


def test_decisions_from_the_cli_and_as_an_export(archive: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["decisions", "--db", str(archive), "--format", "json"])
    assert result.exit_code == 0, result.output
    decisions = json.loads(result.output)
    assert decisions and all(d["quote"] and d["document"] and d["page"] for d in decisions)
    assert len({(d["meeting_id"], d["text"]) for d in decisions}) == len(decisions)  # once per meeting
    out = tmp_path / "decisions.csv"
    assert CliRunner().invoke(cli, ["export", "decision_list", "--out", str(out), "--db", str(archive)]).exit_code == 0
    assert len(pd.read_csv(out)) == len(decisions)


def test_rows_stored_before_labels_get_them_when_the_archive_is_opened(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    db.write_bytes(archive.read_bytes())
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meetings SET label = NULL")
        conn.execute("UPDATE documents SET file_name = NULL")
    Store(db).close()
    with sqlite3.connect(db) as conn:
        assert ("LAA Performance Management Group, 2010-05-17",) in conn.execute("SELECT label FROM meetings").fetchall()
        names = {n for (n,) in conn.execute("SELECT file_name FROM documents")}
    assert names == {p.name for p in SAMPLES.iterdir()}
