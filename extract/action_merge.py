"""Actions as the readers find them (``Found``), and one action made of all the mentions of it: a task met in the
discussion and again in an action list or table, by ref or by near-identical words (``merge``). The two word tests
that merging shares with the readers in ``actions`` live here too: an owner that is only a role (``ROLE_WORD``) and
English function words (``function_words``)."""
from __future__ import annotations

import functools
import importlib.util
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# an owner written only as a role: "Chair", "the Clerk"
ROLE_WORD = re.compile(r"^(?:the\s+)?(chair(?:man|person)?|clerk|secretary|secretariat|treasurer|vice[- ]chair(?:man|person)?|"
                       r"conven[eo]r|(?:vice[- ])?president)$", re.I)  # an association's "President" too


# compiled once (a pattern given as a string costs a lookup in re's cache on each call)
_LOWER_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Found:
    """One mention of an action as a reader found it: its text and place, and what the layout gave with it."""

    text: str
    start: int
    end: int
    ref: str | None = None
    owners: list[str] = field(default_factory=list)
    owner_text: str | None = None
    from_table: bool = False
    prose: bool = False  # found in running text, not in a list, table or labelled line
    due_text_source: str = ""
    labelled_in_text: bool = False  # an "Action:" label inside a paragraph of the discussion

    @property
    def in_discussion(self) -> bool:
        """Whether the task was read in the record of the discussion (running text or a label inside it), not in
        a list, a table or a labelled line of its own."""
        return self.prose or self.labelled_in_text


@functools.lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """English function words ("he", "due", "will"): spaCy's stop-word list, read from its source file
    so that a document that needs no NER does not pay for importing spaCy."""
    spec = importlib.util.find_spec("spacy")
    source = Path(spec.origin).parent / "lang" / "en" / "stop_words.py"
    return frozenset(re.search(r'"""(.*?)"""', source.read_text(encoding="utf-8"), re.S).group(1).split())


def merge(found: list[Found]) -> list[Found]:
    """One action per ref (or per near-identical text): a table row fills in what the inline
    mention lacks, and its owners win unless the inline owner is a more specific group; a task met
    in running text and again in a list or table keeps the list's wording and place."""
    merged: list[Found] = []
    merged_words: list[frozenset[str]] = []
    by_ref: dict[str, int] = {}  # the first merged action with each ref
    by_word: dict[str, list[int]] = {}  # merged actions by the words that can make them near-identical
    words_of = [_words(item.text) for item in found]
    frequency = Counter(word for words in words_of for word in words)
    for item, words in zip(found, words_of):
        prefix = _prefix(words, frequency)
        candidates = {index for word in prefix for index in by_word.get(word, ())}
        if item.ref in by_ref:
            candidates.add(by_ref[item.ref])
        # a task written word for word twice in the discussion is two tasks ("... amended. MT will circulate it."
        # under two items): the discussion does not repeat itself, a summary list or a table does
        candidates = {i for i in candidates if not (item.in_discussion and merged[i].in_discussion and merged_words[i] == words)}
        candidates |= {k for k in range(max(0, len(merged) - 8), len(merged)) if _labels(merged[k], item)}  # a paragraph's labels
        index = min((i for i in candidates if (item.ref and merged[i].ref == item.ref) or _labels(merged[i], item)
                     or _similar(merged_words[i], words, _LOOSE if _restated(merged[i], item)
                                 and min(len(merged_words[i]), len(words)) >= 6 else _NEAR)
                     or _restated(merged[i], item) and _shortened(merged_words[i], words)),
                    default=None)
        if index is None:
            if item.ref:
                by_ref.setdefault(item.ref, len(merged))
            for word in prefix:
                by_word.setdefault(word, []).append(len(merged))
            merged.append(item)
            merged_words.append(words)
            continue
        twin = merged[index]
        # "... the Panel. Action: Karen Roe" names who, unless only as a role nobody was found to hold ("Actions: Chair")
        labelled = twin.prose and not item.prose and item.owner_text is not None and \
            not all(ROLE_WORD.match(owner) for owner in item.owners)
        if twin.prose and not item.prose:  # the wording and place of the action list, not of the discussion
            twin.text, twin.start, twin.end, twin.prose = item.text, item.start, item.end, False
        if (item.from_table or labelled) and item.owners:  # a table, or a label naming who, over the discussion's subject
            specific = twin.owners and all(any(o.startswith(t) and o != t for o in twin.owners) for t in item.owners)
            if not specific:
                twin.owners = item.owners
        elif not twin.owners:
            twin.owners = item.owners
        if not twin.ref and item.ref:
            twin.ref = item.ref
            by_ref[item.ref] = min(by_ref.get(item.ref, index), index)
        twin.due_text_source = twin.due_text_source or item.due_text_source
    return sorted(merged, key=lambda item: item.start)  # in the order of the places they were kept at


def _labels(a: Found, b: Found) -> bool:
    """Whether one of two mentions is an "Action:" label right after the other's sentence, for the same people:
    "Cllr Sandham confirmed that he would inspect the gates. ACTION: Chair to visit site" records one task."""
    label, said = (a, b) if a.labelled_in_text else (b, a)
    return label.labelled_in_text and said.prose and bool(said.owners) and 0 <= label.start - said.end <= 12 \
        and len(said.owners) == len(label.owners) \
        and all(x.split()[-1] == y.split()[-1] for x, y in zip(sorted(said.owners), sorted(label.owners)))  # "Sandham", "Cllr D Sandham"


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _LOWER_WORD.findall(text.lower()) if len(w) > 2)


_NEAR = 0.7  # the share of words two mentions of one action have in common ...
_LOOSE = 0.5  # ... or, for the same owners' task in the discussion and in the action list, reworded
# (six words or more each: "Clerk will notify WC" and "Clerk will notify Wilts Highways" are two tasks)


def _restated(a: Found, b: Found) -> bool:
    """Whether two mentions may be the same people's task restated: one in running text and one listed
    ("Oliver will complete a list of files ..." in the discussion, "10.2 Oliver to complete list of ...
    files" below), or twice in the discussion."""
    return (a.prose or b.prose) and bool(a.owners) and a.owners == b.owners


def _shortened(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one text's words (three or more besides function words) are all among the other's: "Len – check
    troughs for leaks" in the action list, "Len will check the troughs for leaks beforehand" in the discussion."""
    return (a <= b or b <= a) and len(min(a, b, key=len) - function_words()) >= 3  # not "Clerk will notify WC"


def _similar(a: frozenset[str], b: frozenset[str], share: float = _NEAR) -> bool:
    """Whether two texts' word sets overlap by ``share`` (Jaccard) or more."""
    return bool(a and b) and len(a & b) / len(a | b) >= share


def _prefix(words: frozenset[str], frequency: Counter) -> list[str]:
    """The rarest of a text's words, enough that any similar text (``_similar`` at ``_LOOSE``) must share
    one of them: the prefix filter of similarity joins, so merging compares each action with a few
    candidates, not with every action before it (that was quadratic in the document's length)."""
    ordered = sorted(words, key=lambda word: (frequency[word], word))
    return ordered[:len(ordered) - int(_LOOSE * len(ordered)) + 1]
