"""Score action follow-up links against hand-made gold: ``python -m minutes.linkeval [FOLDER]``.

FOLDER (default ``tests/data/followup``) holds one folder of consecutive minutes per body (each
folder is ingested) and ``gold_links.json``: each link names an action by a quote from the meeting that assigned it and a
report by a quote from a later meeting, with the status the report gives. The folder is ingested
into a fresh archive; a predicted link (``action_history``) matches a gold one when its action and
its report each cover at least half of the gold quote's span (or the gold span half of theirs) in
the same document. Precision = matching predicted links / predicted links, recall = matched gold
links / gold links, status accuracy = matched gold links whose predicted status is the gold one (or
one of its ``accept`` alternatives) / matched gold links.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

from minutes.pipeline import ingest_paths
from minutes.store.store import Store

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "tests" / "data" / "followup"


def _span(text: str, raw: str, quote: str) -> tuple[int, int]:
    """Where the quote stands in the canonical text, found by its words (Markdown marks are not in
    the canonical text): the same occurrence of those words as the quote is in the raw file."""
    wanted = re.findall(r"[A-Za-z0-9]+", quote)
    before = len(re.findall(r"[A-Za-z0-9]+", raw[:raw.index(quote)]))
    raw_words = re.findall(r"[A-Za-z0-9]+", raw)
    nth = sum(raw_words[k:k + len(wanted)] == wanted for k in range(before))
    tokens = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9]+", text)]
    words = [t[0] for t in tokens]
    starts = [k for k in range(len(words) - len(wanted) + 1) if words[k:k + len(wanted)] == wanted]
    if len(starts) <= nth:
        raise ValueError(f"quote not found: {quote!r}")
    k = starts[nth]
    return tokens[k][1], tokens[k + len(wanted) - 1][2]


def _covers(a: tuple[int, int], b: tuple[int, int]) -> bool:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap > 0 and overlap >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def evaluate(folder: Path = DEFAULT_FOLDER) -> dict:
    """Ingest ``folder`` into a temporary archive and score its links against the folder's gold."""
    gold = json.loads((folder / "gold_links.json").read_text())["links"]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "links.db"
        ingest_paths(sorted(str(body) for body in folder.iterdir() if body.is_dir()), str(db), workers=1)
        store = Store(db, readonly=True)
        texts = {Path(r["path"]).name: r["text"] for r in store.db.query(
            "SELECT p.path, d.text FROM document_paths p JOIN documents d ON d.id = p.document_id")}
        predicted = list(store.db.query("""
            SELECT h.status, a.start AS a_start, a.end AS a_end, h.start AS r_start, h.end AS r_end,
                   (SELECT min(path) FROM document_paths WHERE document_id = a.document_id) AS a_doc, h.document AS r_doc
            FROM action_history h JOIN actions a ON a.id = h.action_id"""))
        store.close()
    for row in predicted:
        row["a_doc"], row["r_doc"] = Path(row["a_doc"]).name, Path(row["r_doc"]).name
    matched_gold, matched_pred, right_status, misses = set(), set(), 0, []
    for g, link in enumerate(gold):
        action, report = (_span(texts[link[k]["doc"]], (folder / link["body"] / link[k]["doc"]).read_text(),
                                link[k]["quote"]) for k in ("action", "report"))
        hits = [k for k, p in enumerate(predicted) if p["a_doc"] == link["action"]["doc"]
                and p["r_doc"] == link["report"]["doc"] and _covers((p["a_start"], p["a_end"]), action)
                and _covers((p["r_start"], p["r_end"]), report)]
        if not hits:
            misses.append(f"missed: {link['body']} {link['action']['doc']} -> {link['report']['doc']}: "
                          f"{link['report']['quote'][:60]!r}")
            continue
        matched_gold.add(g)
        matched_pred.update(hits)
        if predicted[hits[0]]["status"] in [link["status"], *link.get("accept", [])]:
            right_status += 1
        else:
            misses.append(f"status {predicted[hits[0]]['status']!r}, gold {link['status']!r}: {link['report']['quote'][:60]!r}")
    wrong = [p for k, p in enumerate(predicted) if k not in matched_pred]
    misses += [f"not in gold: {p['a_doc']} -> {p['r_doc']} at {p['r_start']}" for p in wrong]
    return {"gold": len(gold), "predicted": len(predicted),
            "precision": len(matched_pred) / len(predicted) if predicted else 0.0,
            "recall": len(matched_gold) / len(gold), "status_accuracy": right_status / len(matched_gold) if matched_gold else 0.0,
            "notes": misses}


def main(argv: list[str]) -> None:
    result = evaluate(Path(argv[0]) if argv else DEFAULT_FOLDER)
    for note in result.pop("notes"):
        print(note)
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}))


if __name__ == "__main__":
    main(sys.argv[1:])
