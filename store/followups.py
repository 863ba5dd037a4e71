"""Action follow-up across meetings of one body: which earlier action each report is about.

Reports (``action_updates`` rows, one per review item, matters-arising item or listed action) are
stored with their document. :func:`link` then walks each body's dated meetings in order and links
a report to an action of an earlier meeting of the same body when

- both carry the same ref ("9.1", "10.2") and the words or owners agree, or
- the owners agree (or one side names none) and the task is substantially the same (most of
  the shorter task's words appear in the other).

A listed action that repeats an earlier open one is that action carried forward (``continues``).
Actions closed (done, dropped) are not candidates any more. Precision over recall: a report that
fits no action well enough stays unlinked. An action's status is its latest linked report's, and
``open`` when none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlite_utils

from minutes.extract.registry import initials_of

CLOSED = ("done", "dropped")
_STOP = frozenset("the and for with that this from will are was has have been into onto about also".split())


def words(text: str) -> frozenset[str]:
    """Content words, cut to six letters so that "transferring" and "transfer" agree."""
    return frozenset(w[:6] for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in _STOP)


def owner_keys(owners: list[str]) -> set[str]:
    """The ways owners may be written: "Emma Fiedler" is also "ef", "emma" and "fiedler"."""
    keys: set[str] = set()
    for owner in owners:
        parts = owner.lower().split()
        if not parts:
            continue
        keys |= {owner.lower(), parts[0], parts[-1]}
        if len(parts) > 1:
            keys.add(initials_of(owner).lower())
    return keys


@dataclass
class _Action:
    id: int
    ref: str | None
    words: frozenset[str]
    owners: set[str]
    order: int  # the meeting's place in the body's sequence
    closed: bool = False
    aliases: list[frozenset[str]] = field(default_factory=list)  # the words of its repeats


def _agree(owners: set[str], other: set[str]) -> bool:
    return not owners or not other or bool(owners & other)


def _overlap(a: frozenset[str], b: frozenset[str], owners_agree: bool = False) -> float:
    """How much of the shorter word set the other holds: 0 when the shorter has under 3 words,
    unless the owners agree and it has 2, all found ("(AW) Update on rivers")."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) >= 3 or (owners_agree and len(small) == 2 and small <= large):
        return len(small & large) / len(small)
    return 0.0


def _match(report: dict, candidates: list[_Action], listed: bool) -> tuple[_Action | None, str | None]:
    """The earlier action a report is about, and how it was found."""
    rep_words, rep_owners = words(report["text"] or ""), owner_keys((report["owners"] or "").split("; "))
    if report["ref"]:
        same_ref = [c for c in candidates if c.ref == report["ref"]]
        for c in sorted(same_ref, key=lambda c: -c.order):
            if max(_overlap(rep_words, w) for w in [c.words, *c.aliases]) >= 0.3 or \
                    (rep_owners and c.owners and rep_owners & c.owners):
                return c, "ref"
    best, best_score = None, 0.0
    threshold = 0.8 if listed else 0.75
    for c in candidates:
        if report["ref"] and c.ref and c.ref != report["ref"]:
            continue
        if not _agree(rep_owners, c.owners):
            continue
        named = bool(rep_owners & c.owners)
        score = max(_overlap(rep_words, w, named) for w in [c.words, *c.aliases])
        if score >= threshold and (score, c.order) > (best_score, best.order if best else -1):
            best, best_score = c, score
    return best, ("text" if best else None)


# A body's series of meetings: its name (body_key without the "#<sha256>" that tells apart another
# issuer's meeting of the same name and date) and its issuer (the council named, or the folder).
SERIES = "CASE WHEN instr(body_key, '#') > 0 THEN substr(body_key, 1, instr(body_key, '#') - 1) ELSE body_key END"


def link(db: sqlite_utils.Database) -> int:
    """Link the reports of every body with a meeting added or changed since the last link; returns
    the number of links made. Meetings of one name from different issuers are different bodies."""
    series = db.execute(f"SELECT DISTINCT {SERIES}, COALESCE(issuer, '') FROM meetings WHERE linked IS NOT 1").fetchall()
    return sum(_link_series(db, body, issuer) for body, issuer in series)


def _link_series(db: sqlite_utils.Database, body: str, issuer: str) -> int:
    where = f"{SERIES} = ? AND COALESCE(issuer, '') = ?"
    meetings = [r[0] for r in db.execute(f"SELECT id FROM meetings WHERE {where} AND date IS NOT NULL "
                                         "ORDER BY date, id", [body, issuer])]
    every = [r[0] for r in db.execute(f"SELECT id FROM meetings WHERE {where}", [body, issuer])]
    marks = ",".join("?" * len(every))
    db.execute(f"UPDATE action_updates SET action_id = NULL, how = NULL WHERE meeting_id IN ({marks})", every)
    db.execute(f"UPDATE actions SET continues = NULL, status = NULL, status_date = NULL, status_update_id = NULL "
               f"WHERE meeting_id IN ({marks})", every)
    candidates: list[_Action] = []
    made = 0
    for order, meeting in enumerate(meetings):
        document = db.execute("SELECT min(id) FROM documents WHERE meeting_id = ?", [meeting]).fetchone()[0]
        reports = list(db.query("SELECT * FROM action_updates WHERE document_id = ? "
                                "ORDER BY kind = 'listed', start", [document]))
        new: list[_Action] = []
        for report in reports:
            listed = report["kind"] == "listed"
            target, how = _match(report, [c for c in candidates if not c.closed], listed)
            if target is None:
                if listed and report["listed_action_id"]:
                    new.append(_action(db, report["listed_action_id"], order))
                continue
            db.execute("UPDATE action_updates SET action_id = ?, how = ? WHERE id = ?", [target.id, how, report["id"]])
            made += 1
            if listed and report["listed_action_id"]:
                db.execute("UPDATE actions SET continues = ? WHERE id = ?", [target.id, report["listed_action_id"]])
                target.aliases.append(words(report["text"] or ""))
            target.closed = target.closed or report["status"] in CLOSED
        candidates += new
    db.execute(f"""UPDATE actions SET status_update_id = (
                       SELECT u.id FROM action_updates u JOIN meetings m ON m.id = u.meeting_id
                       WHERE u.action_id = actions.id ORDER BY m.date DESC, u.kind = 'listed', u.start DESC LIMIT 1)
                   WHERE meeting_id IN ({marks})""", every)
    db.execute(f"""UPDATE actions SET status = (SELECT status FROM action_updates WHERE id = status_update_id),
                       status_date = (SELECT m.date FROM action_updates u JOIN meetings m ON m.id = u.meeting_id
                                      WHERE u.id = status_update_id)
                   WHERE meeting_id IN ({marks}) AND status_update_id IS NOT NULL""", every)
    db.execute(f"DELETE FROM action_state WHERE meeting_id IN ({marks})", every)
    db.execute(f"""INSERT INTO action_state
        SELECT a.id, a.ref, a.text,
               (SELECT group_concat(COALESCE(p.name, o.group_name), '; ') FROM action_owners o
                  LEFT JOIN people p ON p.id = o.person_id WHERE o.action_id = a.id),
               a.due, COALESCE(a.status, 'open'), a.status_date, u.words, u.quote, m.body, m.date, m.id,
               a.document_id, a.page, a.start, a.end, a.quote,
               (SELECT count(*) FROM action_updates c WHERE c.action_id = a.id)
        FROM actions a JOIN meetings m ON m.id = a.meeting_id LEFT JOIN action_updates u ON u.id = a.status_update_id
        JOIN (SELECT meeting_id, action_key, min(document_id) AS first FROM actions  -- each key's first document,
              WHERE meeting_id IN ({marks}) GROUP BY meeting_id, action_key) f   -- found once, not once per row
          ON f.meeting_id = a.meeting_id AND f.action_key = a.action_key AND f.first = a.document_id
        WHERE a.continues IS NULL""", every)
    db.execute(f"UPDATE meetings SET linked = 1 WHERE id IN ({marks})", every)
    return made


def _action(db: sqlite_utils.Database, action_id: int, order: int) -> _Action:
    row = db.execute("SELECT ref, text FROM actions WHERE id = ?", [action_id]).fetchone()
    owners = [r[0] for r in db.execute(
        "SELECT COALESCE(p.name, o.as_written) FROM action_owners o LEFT JOIN people p ON p.id = o.person_id "
        "WHERE o.action_id = ? UNION SELECT as_written FROM action_owners WHERE action_id = ?", [action_id, action_id])]
    return _Action(action_id, row[0], words(row[1] or ""), owner_keys(owners), order)
