"""The ``checks`` component: silence is a defect. A document that plainly has an attendance section
or an action log, from which nothing was read, gets a warning saying where, never a quiet empty list;
minutes whose meeting date or body was not found say so (archives are searched by both)."""
from __future__ import annotations

import re

from minutes.extract.actions import task_evidence
from minutes.extract.blocks import AGENDA_ITEM, attendance_label, body_blocks
from minutes.extract.names import find_people
from minutes.extract.pipeline import Options, component
from minutes.extract.record import Record
from minutes.ingest.document import Block, Document

_ACTION_MARK = re.compile(r"^\s*(?:actions?(?:\s+points?|\s+log|\s+by)?\s*[:\-–]|action\s+(?:points?|log|list)\b|actions?\s+from\s+(?:this|the)\s+meeting\b|"
                          r"summary\s+of\s+(?:agreed\s+)?actions\b|"
                          r"agreed\s+actions?\b|actions?\s*$)|\bACTION\s*:", re.I)  # "ACTIONS" heading a list


_APOLOGIES = re.compile(r"apolog|absent|non-attendance|not\s+present", re.I)
_PRESENT = re.compile(r"present|attend", re.I)  # a label of who came, not "Clerk:" nor "Councillors:"
# an apologies section that names nobody on purpose: "Apologies: None", "There were no apologies", "All members were present"
_NOBODY = re.compile(r"\b(?:none|nil|no\s+(?:apolog\w*|absences?|one|members?)\b|nobody|n/a|(?:were|was)\s+not\s+any|"
                     r"all\s+(?:\w+\s+)?(?:members|councillors|governors)\s+(?:were\s+)?present)", re.I)


# a label of those present inside a line, names after it: "Actions 1.21/04 Attendance: Cllr. A Bell (Chair) ...",
# "a)Attendance (Quorum= 5) ..... Attendance Sheet signed by Ann Bell (AB) Carl Dunn (CD) ..."
_INLINE_PRESENCE = re.compile(r"(?<![\w-])(?:PRESENT|ATTENDANCE|ATTENDEES|IN\s+ATTENDANCE|"
                              r"(?:Present|Attendance|Attendees|In\s+attendance)(?=\s*[:(.…]))(?![\w-])")


def _inline_presence_label(blocks: list[Block], record: Record) -> Block | None:
    """The first block with a label of those present inside its line and two or more people named in the 300
    characters after it, when nobody was read present: a section the rules did not find at all."""
    if record.attendees:
        return None
    return next((b for b in blocks for m in _INLINE_PRESENCE.finditer(b.text)
                 if len(find_people(b.text[m.end():m.end() + 300])) >= 2), None)


def _silent_attendance_label(blocks: list[Block], record: Record) -> Block | None:
    """The attendance label whose section gave no names: the first label when nobody was read at all (unless
    ``people`` said which section names whom), else a label of those present nobody was read from."""
    if not record.attendees and not record.apologies and not any(w.endswith(" not read") for w in record.warnings):
        return next((b for b in blocks if attendance_label(b.text)), None)
    return _unread_presence_label(blocks, record)  # people read elsewhere, none from the section


def _unread_presence_label(blocks: list[Block], record: Record) -> Block | None:
    """The first label of those present ("PRESENT" on a line of its own) when no attendee was read from the
    lines under it (up to the next label or agenda item) or before them, though those lines name two or more people."""
    k, label = next(((k, b) for k, b in enumerate(blocks) if (m := attendance_label(b.text)) and _PRESENT.search(m.group(0))
                     and not _APOLOGIES.search(m.group(0)) and not b.text[m.end():].strip(" :-–")), (0, None))
    if label is None:
        return None
    end = next((b.start for b in blocks[k + 1:k + 8] if attendance_label(b.text) or AGENDA_ITEM.match(b.text)),
               blocks[min(k + 7, len(blocks) - 1)].end)
    if any(p.source.start < end for p in record.attendees if p.source is not None):
        return None  # (read from the section, or from a list before it: the label a repeat's)
    text = " ".join(b.text for b in blocks[k + 1:k + 8] if b.end <= end)
    return label if len(find_people(text)) >= 2 else None


@component("checks")
def check_silence(doc: Document, record: Record, options: Options) -> None:
    """Warn where a section the document plainly holds gave no rows."""
    blocks = body_blocks(doc)
    if (label := _silent_attendance_label(blocks, record) or _inline_presence_label(blocks, record)) is not None:
        record.warnings.append(f"attendance section on page {label.page} ({label.text[:40]!r}) gave no names")
    elif not record.apologies:  # those present were read, the apologies not: unless the section says there were none
        label = next((b for k, b in enumerate(blocks) if (m := attendance_label(b.text)) and _APOLOGIES.search(m.group(0))
                      and not _NOBODY.search(" ".join(x.text[:300] for x in blocks[k:k + 3]))
                      and not (k + 1 < len(blocks) and AGENDA_ITEM.match(blocks[k + 1].text) and AGENDA_ITEM.match(b.text))), None)
        # (the last: a line of an agenda's list of items, "2. Apologies for absence" / "3. Declarations of Interest")
        if label is not None:
            record.warnings.append(f"apologies section on page {label.page} ({label.text[:40]!r}) gave no names")
    if record.kind == "minutes" and blocks:
        missing = [field for field in ("date", "body") if not getattr(record.meeting, field)]
        if missing:
            record.warnings.append(f"no meeting {' or '.join(missing)} found")
    if not record.actions:
        mark = next((b for b in blocks if _ACTION_MARK.search(b.text)), None)
        if mark is not None:
            record.warnings.append(f"action marked on page {mark.page} ({mark.text[:40]!r}) gave no actions")
        elif record.kind == "minutes" and (evidence := task_evidence(doc)) is not None:
            record.warnings.append(f"no actions read, though page {doc.page_at(evidence[0])} reads as setting a task ({evidence[1][:40]!r})")
