"""Action follow-up across meetings, on real consecutive minutes of three bodies (tests/data/followup)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutes import ingest
from minutes.cli import cli
from minutes.extract import Options, extract
from minutes.ingest import limits
from minutes.linkeval import DEFAULT_FOLDER, evaluate
from minutes.pipeline import ingest_paths
from minutes.store.store import Store
from sample_files import SAMPLES

GO = DEFAULT_FOLDER / "jmmp-go"
NODE = DEFAULT_FOLDER / "nodejs-benchmarking"
CO = DEFAULT_FOLDER / "jmmp-co"


@pytest.fixture(scope="module", autouse=True)
def no_worker_memory_limit():
    """Workers fork from this test process, which earlier tests filled (Datasette, pandas, Chromium
    driving): the heap they inherit is not what these tests are about."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(limits, "MAX_WORKER_MB", 0)
        yield


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("followup") / "minutes.db"
    assert ingest_paths([str(GO), str(CO), str(NODE)], db, workers=1).failed == 0
    return db


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("samples") / "minutes.db"
    ingest_paths([str(SAMPLES)], db, workers=1)
    return db


def test_links_meet_the_targets_on_the_hand_checked_set() -> None:
    result = evaluate()
    assert result["precision"] >= 0.95 and result["recall"] >= 0.8 and result["status_accuracy"] >= 0.9, result


def test_links_never_join_different_bodies(archive: Path) -> None:
    with sqlite3.connect(archive) as conn:
        crossed = conn.execute("""SELECT count(*) FROM action_updates u JOIN actions a ON a.id = u.action_id
                                  JOIN meetings mu ON mu.id = u.meeting_id JOIN meetings ma ON ma.id = a.meeting_id
                                  WHERE mu.body_key != ma.body_key OR mu.date <= ma.date""").fetchone()[0]
        linked = conn.execute("SELECT count(*) FROM action_updates WHERE action_id IS NOT NULL").fetchone()[0]
    assert linked > 20 and crossed == 0


def test_status_is_the_latest_report_and_history_lists_each_meeting(archive: Path) -> None:
    store = Store(archive, readonly=True)
    [row] = [r for r in store.actions(owner="All", status="done") if r["text"].startswith("Be proactive")]
    found = store.action(row["action_id"])
    assert [(h["meeting_date"], h["status"]) for h in found["history"]] == [
        ("2025-09-18", "open"), ("2025-11-20", "in progress"), ("2025-11-20", "carried forward"), ("2026-02-05", "done")]
    assert found["history"][1]["status_words"] == "Mostly done" and found["history"][1]["quote"].startswith("[ ] (All)")
    repeat = store.db.execute("SELECT id FROM actions WHERE continues = ?", [row["action_id"]]).fetchone()[0]
    assert store.action(repeat)["action_id"] == row["action_id"]  # a repeat's id gives the action it carries forward


def test_an_action_never_reported_on_stays_open(archive: Path) -> None:
    store = Store(archive, readonly=True)
    latest = [r for r in store.actions(status="open") if r["document"].endswith("minutes_21May2026.md")]
    assert len(latest) >= 5 and all(r["updates"] == 0 and r["status_date"] is None for r in latest)


def test_overdue_counts_from_as_of_and_leaves_out_done_actions(samples: Path) -> None:
    store = Store(samples, readonly=True)
    overdue = store.actions(overdue=True, as_of="2010-07-01")
    assert overdue and all(r["due"] < "2010-07-01" and r["status"] not in ("done", "dropped") for r in overdue)
    assert not store.actions(overdue=True, as_of="2000-01-01")


def test_owner_by_surname_alone_and_misspelt(samples: Path) -> None:
    store = Store(samples, readonly=True)
    assert {r["action_id"] for r in store.actions(owner="Butterworth")} == \
        {r["action_id"] for r in store.actions(owner="Gill Butterworth")} != set()
    assert store.owner_suggestions("Gil Buterworth")[0] == "Gill Butterworth"
    result = CliRunner().invoke(cli, ["actions", "--owner", "Gil Buterworth", "--db", str(samples)])
    assert result.exit_code == 1 and "no owner 'Gil Buterworth'; did you mean Gill Butterworth?" in result.output


def test_cli_action_history_and_status_filter(archive: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(cli, ["actions", "--status", "dropped", "--format", "json", "--db", str(archive)])
    assert listed.exit_code == 0 and '"status": "dropped"' in listed.output and "Acme air" in listed.output
    action_id = Store(archive, readonly=True).actions(status="dropped")[0]["action_id"]
    shown = runner.invoke(cli, ["action", str(action_id), "--db", str(archive)])
    assert shown.exit_code == 0 and "remove from this list" in shown.output and "2017-08-14" in shown.output


def test_export_of_action_status(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "status.csv"
    result = CliRunner().invoke(cli, ["export", "action_status", "--out", str(out), "--db", str(archive)])
    assert result.exit_code == 0 and "status_quote" in out.read_text().splitlines()[0]


def test_a_meeting_added_later_relinks_its_body(tmp_path: Path) -> None:
    folder = tmp_path / "go"
    folder.mkdir()
    for name in ("minutes_18Sep2025.md", "minutes_05Feb2026.md"):
        (folder / name).write_text((GO / name).read_text())
    db = tmp_path / "m.db"
    summary = ingest_paths([str(folder)], db, workers=1)
    assert (summary.read, summary.failed) == (2, 0), summary.errors
    done = Store(db, readonly=True).actions(status="done")
    assert [r["text"] for r in done] == ["Be proactive about transferring workflows to Monsoon3."]
    (folder / "minutes_20Nov2025.md").write_text((GO / "minutes_20Nov2025.md").read_text())
    ingest_paths([str(folder)], db, workers=1)  # the meeting between them arrives in a later run
    store = Store(db, readonly=True)
    assert len(store.actions(status="done")) == 9
    assert "Share numerical mixing paper draft." in [r["text"] for r in store.actions(status="open")]


def test_review_items_are_reports_not_new_actions() -> None:
    record = extract(ingest.read(NODE / "2017-08-14.md"), Options(nlp=False))
    texts = [a.text for a in record.actions]
    assert not any("Acme Air runs on community" in t for t in texts)  # reviewed, not assigned again
    reviewed = [(r.status, r.status_words) for r in record.reports if r.kind == "review"]
    assert reviewed == [("done", "Completed"), ("dropped", "remove from this list"), ("carried forward", "Still need to")]


def test_numbered_action_lists_and_owner_prefixes() -> None:
    co = extract(ingest.read(CO / "minutes_8Dec2025.md"), Options(nlp=False))
    # the owners' first names resolve to the "Participants:" listed ("Matt" is Matt Martin)
    assert [(a.ref, a.owners[:1]) for a in co.actions] == [("9.1", ["Matt Martin"]), ("10.1", ["Ana Aguiar"]),
                                                            ("10.2", ["Oliver Lambert-Brown"])]
    go = extract(ingest.read(GO / "minutes_18Sep2025.md"), Options(nlp=False))
    [check] = [a for a in go.actions if a.text.startswith("Check and send any details")]
    assert check.owners and check.owners[0] in ("AB", "Adam Blaker")
    assert not any(a.text in ("15m timestep", "eORCA025 + RK3") for a in go.actions)  # parts of the task above
