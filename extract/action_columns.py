"""Action tables: what a header cell names (``column_kind``), what a body cell holds (``cell_kind``), whether a
row of headers makes an action table (``action_columns``), the cells of a line exported from a table with
" / " between them (``slash_cells``), and the words of a cell that sets no task (``NO_ACTION``, ``STATUS_WORDS``).
"""
from __future__ import annotations

import functools
import re

from minutes.extract.dates import find_dates
from minutes.ingest.document import Block, Cell

# Action-table header cells, whatever words a council uses: "Action / Next steps / Action by / Officer / Resp. /
# Lead / Owner / Initials / Target / Deadline / Status"; the first kind whose words a header cell holds.
_COLUMN_KINDS = (
    ("ref", re.compile(r"^(ref(erence)?|no|number|item( no)?|#|action (no|ref|number)|minute( ref| no)?|para)$")),
    ("owner", re.compile(r"\b(resp|responsib\w*|owner|lead\w*|by whom|who|action (by|owner)|officer|member|"
                         r"assigned( to)?|person|initials)\b")),
    ("due", re.compile(r"\b(due|deadline|by when|target|timescale|when|completion|date due)\b|^by$")),  # not "raised by"
    ("text", re.compile(r"\b(actions?|description|task|issue|agreed action|action point|decision|what|next steps?)\b")),
    ("status", re.compile(r"\b(status|progress|update|completed?|outstanding|rag|comments?|notes?)\b")),
    ("date", re.compile(r"\b(date|meeting)\b")),
)
RECORDED = re.compile(r"\b(?:was|were|had)\b")
NO_ACTION = re.compile(r"^(?:none|nil|n/?a|no actions?|-+|–|—|noted|tbc|x)\.?$", re.I)
# an earlier action reported on in an action log: its task, a dash, where it stands ("... strategy) – complete", "...
# terms of reference - Terms of reference have now been drafted")
EARLIER_DONE = re.compile(r"[)\w.]\s*[–—-]\s*(?:complete[d]?|done|closed|discharged|superseded|actioned|on[- ]?going|"
                           r"in\s+progress|carried\s+forward|on\s+(?:the|this\s+meeting'?s)\s+agenda)\b|"
                           r"[)\w.]\s*[–—-]\s+(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,3}\s+(?:has|have)\s+(?:now\s+|already\s+)?been\s+[a-z]+ed\b", re.I)
STATUS_WORDS = re.compile(r"^(outstanding|complete[d]?|done|closed|open|ongoing|on-going|in progress|carried forward|"
                           r"c/f|cf|green|amber|red|see (below|above|item.*)|n/a|tbc|yes|no|superseded|deferred|"
                           r"work plan.*|actioned|discharged|pending|on hold)\.?$", re.I)


# compiled once (a pattern given as a string costs a lookup in re's cache on each call)
_SENTENCE_STOP = re.compile(r"[a-z0-9)][.!?]$")


def cell_kind(text: str) -> str:
    """What a flattened table cell holds: "ref", "date", "status", "text" (a task: four or more
    words) or "name" (a short cell: owners)."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,2})*[a-z]?", text):
        return "ref"
    if STATUS_WORDS.match(text):
        return "status"
    if len(text) <= 40 and (find_dates(text) or re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", text)
                            or re.fullmatch(r"(?i:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|q[1-4]|"
                                            r"spring|summer|autumn|winter|end of \w+)\.?\s*\d{0,4}", text)
                            or re.match(r"(?i:next meeting|asap|immediate|ongoing|tbc|by )", text)):
        return "date"
    return "text" if len(text.split()) >= 4 else "name"


@functools.lru_cache(maxsize=1024)  # a flattened table's cells are each tried as a header three times
def column_kind(cell: str) -> str | None:
    """What an action-table header cell names: ref, text, owner, due, status or date (or None)."""
    words = " ".join(re.sub(r"[^a-z#/ ]+", " ", cell.lower().replace("/", " ")).split())
    if not words or len(words) > 40:
        return None
    for kind, pattern in _COLUMN_KINDS:
        if pattern.search(words):
            return kind
    return None


# the record of the discussion beside an action column: "Item | Discussion | Action", "Minute | Notes | Action by"
_DISCUSSION_COLUMN = re.compile(r"^(discussion|minutes?|notes?|summary|details?|narrative|points? raised|comments?|"
                                r"discussion (and|&) (decisions?|outcomes?)|notes? of discussion|minute|record)$")


def action_columns(cells: list[str]) -> dict[str, int] | None:
    """``{kind: column}`` when header cells describe an action table: a task column and at least one
    of owner, due or status; or a record of the discussion with an action or owner column after it
    (``discussion`` and ``action``: a cell there holds a task, or who does what the record's row says)."""
    columns: dict[str, int] = {}
    for k, cell in enumerate(cells):
        kind = column_kind(cell)
        if kind and kind not in columns:
            columns[kind] = k
    by = columns.get("due")
    if by is not None and "owner" not in columns and columns.get("date", -1) > by \
            and cells[by].strip().lower().rstrip(":") == "by":
        columns["owner"], columns["due"] = by, columns.pop("date")  # "Action | By | Date": who, then when
    date = columns.get("date")
    if by is None and date is not None and date > max(columns.get("text", date), columns.get("owner", date)) \
            and cells[date].strip().lower().rstrip(":") == "date":
        columns["due"] = columns.pop("date")  # "Action | Action by | Date": the date after who acts is when
    discussion = next((k for k, cell in enumerate(cells) if _DISCUSSION_COLUMN.match(" ".join(cell.lower().split()))), None)
    action = columns.get("text", columns.get("owner"))
    if discussion is not None and action is not None and discussion < action and not {"due"} & set(columns) \
            and columns.get("owner", action) == action:
        return {"discussion": discussion, "action": action, **({"ref": columns["ref"]} if "ref" in columns else {})}
    if "text" not in columns or not {"owner", "due", "status"} & set(columns):
        return None
    return columns


# two owners' initials a slash apart before their task ("SJ / SG to follow up ..."): one cell, not two
_JOINT_INITIALS = re.compile(r"(?<![\w/])[A-Z]{2,4} / (?=[A-Z]{2,4} to [a-z])")


def slash_cells(block: Block, pipes: bool = False) -> list[Cell]:
    """The cells of a line exported from a table with " / " between cells (one cell when it has none); with ``pipes``,
    of a line with " | " between cells, when it has them ("Action | Who | When": a "/" is then a cell's own, "SI / LF")."""
    cells, start = [], 0
    mark = " | " if pipes and " | " in block.text else " / "
    seps = [m.start() for m in re.finditer(re.escape(mark), block.text)] if mark in block.text else []  # most lines have none
    joint = {m.end() - 3 for m in _JOINT_INITIALS.finditer(block.text)} if seps else set()
    for end in [sep for sep in seps if sep not in joint] + [len(block.text)]:
        text = block.text[start:end]
        lead = len(text) - len(text.lstrip())
        if text.strip():
            cells.append(Cell(text.strip(), block.start + start + lead, block.start + start + lead + len(text.strip())))
        start = end + 3
    return cells


def written_out(cell: Cell | None) -> bool:
    """Whether a table cell holds a minute written out in sentences (six words or more, ending in a full stop)."""
    return cell is not None and len(cell.text.split()) >= 6 and _SENTENCE_STOP.search(cell.text.rstrip()) is not None
