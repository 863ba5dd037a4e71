"""The ``followups`` component: what a meeting reports about actions, for linking to earlier meetings.

Three kinds of report, each with the status its words give (``open``, ``in progress``, ``done``,
``dropped``, ``carried forward``) and its source:
- ``review``: an item of a review of the previous meeting's actions ("Actions from last meeting",
  "Status of actions"): "[x] (AB) Check and send ...", "9.3 Ana to send out ... - Action closed.";
- ``arising``: an item under "Matters arising", "Action log" or "Outstanding actions";
- ``listed``: each action this meeting assigns, in case it repeats an earlier one (carried forward).

An item is its first block plus the deeper list items under it ("* Still need to do this, roll over.").
Which earlier action a report is about is decided in the archive, where the earlier meetings are.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from minutes.extract import cues
from minutes.extract.blocks import body_blocks, review_sections
from minutes.extract.pipeline import Options, component
from minutes.extract.record import Record, Report, Source
from minutes.extract.registry import Registry
from minutes.ingest.document import Block, Document

STATUSES = ("open", "in progress", "done", "dropped", "carried forward")

# Checked in this order: the first that matches wins ("still working on this, roll over" is carried
# forward; "mostly done" is in progress).
_STATUS_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((status, re.compile(pattern, re.I)) for status, pattern in (
    ("dropped", r"\b(?:dropped|withdrawn|cancell?ed|no longer (?:required|needed|relevant)|"
                r"remove[sd]? (?:it )?from (?:this|the) (?:list|log)|not (?:being )?pursued|abandoned|superseded)\b"),
    ("carried forward", r"\b(?:roll(?:ing|ed)?[- ]?over|carr(?:y|ied|ies)[- ](?:forward|over)|c/f|b/f|"
                        r"brought forward|deferred|still (?:need|needs) to|still have not|(?:has|have) not (?:yet )?"
                        r"(?:done|had (?:a )?(?:chance|time)))\b"),
    ("open", r"\b(?:not (?:yet )?(?:shared|started|begun|actioned)(?: yet)?|no (?:progress|update)|not been (?:started|actioned))\b"),
    ("in progress", r"\b(?:on-?going|in progress|progressing|under ?way|working on|mostly done|partly|partially|"
                    r"remains? open|pending|awaiting|in hand|continuing|(?:is|are) finishing|will check|"
                    r"(?:isn't|is not|not yet) clear|still to be)\b"),
    ("done", r"\b(?:done|complete[d]?|closed|resolved|finished|achieved|actioned|delivered|"
             r"(?:has|have) been (?:\w+ed|done|sent|held|released)|(?:was|were) (?:organised|organized|held|sent|"
             r"circulated|arranged|submitted|released))\b"),
))
_NEW_ITEM = re.compile(r"^\s*(?:\[[ xX✓✔]\]|\d{1,3}\.\d{1,2}\b|new action|action\b|[A-Z][\w'’-]+ to )", re.I)
_CHECKBOX = re.compile(r"^\s*\[(?P<mark>[ xX✓✔])\]\s*")
_REF = re.compile(r"^\s*(?:item\s+|action\s+)?(?P<ref>\d{1,3}\.\d{1,2}|\d{1,3}/\d{2,4}(?:\.\d+)?)\b[\s.:)\-–]*", re.I)
_PREFIX_OWNER = re.compile(r"^\((?P<owner>[A-Z][^()]{1,40})\)\s+(?:to\s+)?")
# a task that is itself about finishing something ("Oliver to complete list of ...") says nothing of its status
_TASK_VERB = re.compile(r"(?:^|\bto\s+)(?:complete|finish|close|resolve|deliver|achieve)\b", re.I)
_SUBJECT_OWNER = re.compile(r"^(?P<owner>[A-Z][\w'’-]*(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)?)\s+(?:to|will|is going to)\s+")


# compiled once (a pattern given as a string costs a lookup in re's cache on each call)
_EMPHASIS = re.compile(r"[_*~]+")


def status_of(words: str, checked: bool | None = None) -> tuple[str | None, str | None]:
    """The status a report's words give and the words that gave it: ``checked`` is a ticked
    ("[x]") or unticked ("[ ]") box, None when there is none. ``(None, None)`` when nothing says."""
    found = None
    words = _EMPHASIS.sub(" ", words)  # Markdown emphasis: "_Action closed_"
    for status, pattern in _STATUS_WORDS:
        m = cues.search(pattern, words)
        if m:
            found = (status, m.group(0))
            break
    if checked is True:
        return found if found and found[0] == "dropped" else ("done", (found or (None, "[x]"))[1])
    if checked is False:
        if found is None:
            return "open", "[ ]"
        return ("in progress", found[1]) if found[0] == "done" else found
    return found or (None, None)


@component("followups")
def extract_followups(doc: Document, record: Record, options: Options) -> None:
    """Fill ``record.reports`` from review sections, matters arising and the meeting's own actions."""
    blocks = body_blocks(doc)
    registry = Registry.from_people(record.attendees + record.apologies)
    strict = {k for section in review_sections(blocks, arising=False) for k in section}
    for section in review_sections(blocks):
        kind = "review" if section[0] in strict else "arising"
        for first, last in _items(blocks, section):
            record.reports.append(_report(doc, blocks, first, last, kind, registry))
    starts = [b.start for b in blocks]  # in text order
    for action in record.actions:
        first = bisect_right(starts, action.source.start) - 1  # the block the action starts in, by bisection
        if first < 0 or action.source.start >= blocks[first].end + 1:
            continue
        last = _item_end(blocks, first, len(blocks))
        words = " ".join([_TASK_VERB.sub(" ", blocks[first].text), *(b.text for b in blocks[first + 1:last + 1]),
                          _label_above(blocks, first)])
        status, status_words = status_of(words)
        end = max(action.source.end, blocks[last].end)
        record.reports.append(Report(text=action.text, kind="listed", status=status or "carried forward",
                                     status_words=status_words, ref=action.ref, owners=list(action.owners),
                                     source=Source.of(doc, action.source.start, end)))


def _label_above(blocks: list[Block], k: int) -> str:
    """The label a nested list item sits under ("Carried forward from previous meeting:"), if any."""
    level = blocks[k].level
    while k > 0 and blocks[k].kind == "list_item":
        k -= 1
        if blocks[k].kind != "list_item" or blocks[k].level < level:
            return blocks[k].text if blocks[k].kind == "list_item" and blocks[k].text.rstrip().endswith(":") else ""
    return ""


def _items(blocks: list[Block], section: range) -> list[tuple[int, int]]:
    """(first, last) block indexes of each item: a block and the deeper list items that follow it."""
    items, k = [], section.start
    while k < section.stop:
        last = _item_end(blocks, k, section.stop)
        if blocks[k].text.strip() and not re.fullmatch(r"none\.?|nil\.?|n/a", blocks[k].text.strip(), re.I):
            items.append((k, last))
        k = last + 1
    return items


def _item_end(blocks: list[Block], first: int, stop: int) -> int:
    """The last block of the item that starts at ``first``: the list items nested deeper and the
    lines that carry on its text ("Today - Done", "_Action closed_") belong to it."""
    last = first
    if blocks[first].kind == "list_item":
        while last + 1 < stop:
            nxt = blocks[last + 1]
            deeper = nxt.kind == "list_item" and nxt.level > blocks[first].level
            carries_on = nxt.kind == "paragraph" and not _NEW_ITEM.match(nxt.text)
            if not (deeper or carries_on):
                break
            last += 1
    return last


def _report(doc: Document, blocks: list[Block], first: int, last: int, kind: str, registry: Registry) -> Report:
    head = blocks[first].text
    box = _CHECKBOX.match(head)
    checked = None if box is None else box.group("mark") != " "
    text = head[box.end():] if box else head
    ref = _REF.match(text)
    if ref:
        text = text[ref.end():]
    owners: list[str] = []
    owner = _PREFIX_OWNER.match(text) or _SUBJECT_OWNER.match(text)
    if owner:
        for part in re.split(r"\s*/\s*|\s+and\s+|\s*&\s*|\s*,\s*", owner.group("owner")):
            owners.append(registry.resolve(part) or part)
        if _PREFIX_OWNER.match(text):
            text = text[owner.end():]
    words = " ".join([_TASK_VERB.sub(" ", text), *(b.text for b in blocks[first + 1:last + 1])])
    status, status_words = status_of(words, checked)
    if status is None:
        status = "in progress" if last > first else "open"
    return Report(text=text.strip(), kind=kind, status=status, status_words=status_words,
                  ref=ref.group("ref") if ref else None, owners=owners,
                  source=Source.of(doc, blocks[first].start, blocks[last].end))
