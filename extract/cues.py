"""Cheap tests that let extraction skip a costly pattern on text that cannot match it.

A pattern's cue is the set of words (literal runs, lower-cased) one of which every match holds,
read off the pattern's own syntax tree: ``\\bapolog\\w*\\s+(?:received|given)`` needs "apolog".
Text whose lower-cased form holds none of them cannot match, so skipping the pattern there changes
no result; text that holds one still goes through the pattern itself. Which cue words a text holds
is found once for all patterns, by one Aho-Corasick pass over the text (:class:`_CueWords`), and
remembered for the text: testing a pattern is then a set lookup, however many patterns the text
meets (a case-insensitive pattern that starts with a word boundary or a look-behind is tried at
every character, and so was a cue of several words as a regex alternation).
"""
from __future__ import annotations

import functools
import operator
import re
import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from re import _constants as sre, _parser  # the parser Python's own re module compiles with

import ahocorasick

# the characters other than an ASCII letter's two cases that re.IGNORECASE matches to it
_FOLD = str.maketrans({"İ": "i", "ı": "i", "K": "k", "ſ": "s"})
_UNFOLDED = re.compile("[İıſ]")  # lower() keeps "ı" and "ſ", and makes "İ" two characters
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
MIN_CUE = 2  # a cue of single characters would let nearly every text through


@functools.lru_cache(maxsize=16)  # one sentence or block is tested against several cues in a row
def folded(text: str) -> str:
    """``text`` lower-cased so that any ASCII word a case-insensitive pattern finds in it is a substring."""
    return text.translate(_FOLD).lower() if not text.isascii() and _UNFOLDED.search(text) else text.lower()


def _needs(items) -> frozenset[str] | None:
    """Words one of which every match of the parsed sequence ``items`` holds (None: none known):
    of :func:`_all_needs`, the set with the longest shortest word."""
    return max(_all_needs(items), key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _all_needs(items) -> list[frozenset[str]]:
    """Every set of words one of which every match of the parsed sequence ``items`` holds: one per
    literal run and per required part ("that\\s+\\w+\\s+be\\s+(?:sent|given)" needs "that", "be" and
    one of "sent" and "given")."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if len(run) >= MIN_CUE:
            options.append(frozenset([run]))
        run = ""
        if op is sre.SUBPATTERN:
            options += _all_needs(av[3])
        elif op is sre.ATOMIC_GROUP:
            options += _all_needs(av)
        elif op in _REPEATS and av[0] >= 1:
            options += _all_needs(av[2])
        elif op is sre.BRANCH:
            branches = [_needs(branch) for branch in av[1]]
            if None not in branches:
                options.append(frozenset().union(*branches))
    if len(run) >= MIN_CUE:
        options.append(frozenset([run]))
    return options


@functools.cache
def _cue(source: str, flags: int) -> re.Pattern | None:
    words = _needs(_parser.parse(source, flags))
    return re.compile("|".join(re.escape(word) for word in sorted(words))) if words else None


def cue(pattern: re.Pattern) -> re.Pattern | None:
    """The pattern's cue, to search in :func:`folded` text; None when it has none."""
    return _cue(pattern.pattern, pattern.flags)  # by the source: a compiled pattern's hash hashes its program


@functools.cache
def _cue_sets(source: str, flags: int) -> tuple[frozenset[str], ...]:
    """Sets of words each of which the pattern's every match holds one of (none: no cue), the most
    telling first, none implied by another; their words are added to those :func:`_present` looks for."""
    needs = sorted(set(_all_needs(_parser.parse(source, flags))), key=lambda words: (-min(map(len, words)), len(words)))
    needs = [words for words in needs if not any(other < words for other in needs)]
    _WORDS.add(frozenset().union(*needs))
    return tuple(needs)


class _CueWords:
    """Every cue word asked about so far. Which of them a text holds is found in one pass over the text
    by an Aho-Corasick automaton (``pyahocorasick``), however many patterns are then tested on it: a
    text meets twenty to forty of them in a row (a sentence every task pattern), and searching each
    pattern's own cue (a regex alternation, tried at every character) had cost a fifth of extraction.
    ``known`` is replaced, never changed: what was found for one set of words stays right for it,
    whichever thread asks. Each word has a bit of its own (``bits``, never changed either), so that the
    words a text holds are one integer and a pattern's cue set is tested against them with one ``&``
    (intersecting the sets of words had cost more than the pass itself)."""

    def __init__(self) -> None:
        self.known: frozenset[str] = frozenset()
        self.bits: dict[str, int] = {}
        self.lengths: dict[int, int] = {}  # each bit's word's length
        self._lock = threading.Lock()

    def add(self, words: frozenset[str]) -> None:
        if not words <= self.known:
            with self._lock:
                for word in sorted(words - self.known):
                    self.lengths[self.bits.setdefault(word, 1 << len(self.bits))] = len(word)
                self.known = self.known | words

    def mask(self, words: frozenset[str]) -> int:
        """The bits of ``words``, added first."""
        self.add(words)
        return functools.reduce(operator.or_, map(self.bits.__getitem__, words), 0)


_WORDS = _CueWords()
_END, _BIT = operator.itemgetter(0), operator.itemgetter(1)  # of what the automaton yields: (end, the word's bit)


@functools.lru_cache(maxsize=4)
def _automaton(words: frozenset[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, _WORDS.bits[word])
    automaton.make_automaton()  # well under a millisecond
    return automaton


# A block, then each of its sentences, is tested against many patterns, by one component after another: the
# texts of a whole document are kept (until :func:`forget_texts`), not only the last 64, which had scanned each
# text four to five times over.
@functools.lru_cache(maxsize=8192)
def _present(text: str, words: frozenset[str]) -> int:
    """The bits of the ``words`` that :func:`folded` ``text`` holds. Where each was found is kept for :func:`part`
    when folding kept the text's length (each character in its place)."""
    lowered = folded(text)
    found = list(_automaton(words).iter(lowered))
    if len(lowered) == len(text):
        _FOUND[text] = (words, found)
    return functools.reduce(operator.or_, map(_BIT, found), 0)


_FOUND: dict[str, tuple[frozenset[str], list[tuple[int, int]]]] = {}  # by text: the words looked for, what was found
_PARTS: dict[str, tuple[frozenset[str], int]] = {}  # by a part's text: the words looked for, the bits of those it holds


def part(text: str, start: int, end: int) -> str:
    """``text[start:end]`` (a sentence of a block), whose cue words are then read off ``text``'s when ``text`` has been
    tested (the cue words wholly inside the part), not found by a pass of its own: a block's sentences are tested
    one by one after the block, and their passes had repeated the block's."""
    piece = text[start:end]
    entry = _FOUND.get(text)
    if entry is not None and entry[0] is _WORDS.known:
        found, lengths = entry[1], _WORDS.lengths
        bits = 0
        for last, bit in found[bisect_left(found, start, key=_END):bisect_left(found, end, key=_END)]:
            if last - lengths[bit] >= start - 1:  # (the automaton gives a word's last character)
                bits |= bit
        _PARTS[piece] = (entry[0], bits)
    return piece


def forget_texts() -> None:
    """Forget which cue words the texts seen so far hold: called before each document, so that no text
    is kept after its document (and a document's speed does not depend on the one before)."""
    global _last
    _present.cache_clear()
    _FOUND.clear()
    _PARTS.clear()
    _last = (None, frozenset(), 0)


def after(pattern: re.Pattern, fragment: str, keep: bool = False) -> re.Pattern | None:
    """What ``pattern`` (written head + fragment + tail) requires after ``fragment``, or from it on
    with ``keep``, compiled alone: a pattern that tries a subject at every capitalised word needs
    what follows the subject ("was asked to ..."), a much faster search. None when there is no such part."""
    return _after(pattern.pattern, pattern.flags, fragment, keep)


@functools.cache
def _after(source: str, flags: int, fragment: str, keep: bool) -> re.Pattern | None:
    _, found, tail = source.partition(fragment)
    return re.compile(fragment * keep + tail, flags) if found and tail else None


# each pattern's cue sets (as the bits of their words) by the pattern's id (the pattern kept with them, so that its id
# is not reused), and the last text's cue words: a text meets the patterns one after another, 3,500 tests per
# document, and the two cached calls of each (their keys built and hashed every time) had cost a tenth of extraction
_SETS_BY_ID: dict[int, tuple[re.Pattern, tuple[int, ...]]] = {}
_last: tuple[str | None, frozenset[str], int] = (None, frozenset(), 0)  # text, known, the bits of the words present
_ADDED: dict[int, tuple[frozenset[str], int]] = {}  # the sets of words holds_any was asked about (and their bits), by their id


def _held(text: str) -> int:
    """The bits of the words asked about so far (the same for every pattern) that :func:`folded` ``text`` holds."""
    global _last
    known = _WORDS.known
    last_text, last_known, present = _last
    if text is not last_text or known is not last_known:
        piece = _PARTS.get(text)
        present = piece[1] if piece is not None and piece[0] is known else _present(text, known)
        _last = (text, known, present)
    return present


def holds_any(text: str, words: frozenset[str]) -> bool:
    """Whether :func:`folded` ``text`` holds one of ``words`` anywhere (not only as whole words): found by
    the pass that finds the cue words, which a text meeting patterns makes anyway, not by a regex of its own."""
    entry = _ADDED.get(id(words))
    if entry is None:
        entry = _ADDED[id(words)] = (words, _WORDS.mask(words))  # (the words kept, so that their id is not reused)
    return bool(entry[1] & _held(text))


def _masks(pattern: re.Pattern) -> tuple[int, ...]:
    """The bits of each of the pattern's cue sets, worked out once and kept by the pattern's id."""
    entry = _SETS_BY_ID.get(id(pattern))
    if entry is None:
        entry = _SETS_BY_ID[id(pattern)] = (pattern, tuple(map(_WORDS.mask, _cue_sets(pattern.pattern, pattern.flags))))
    return entry[1]


def may_match(pattern: re.Pattern, text: str) -> bool:
    """Whether ``text`` holds one word of each of the pattern's cue sets (always, for a pattern without
    any): False means no match."""
    entry = _SETS_BY_ID.get(id(pattern))  # (_masks' lookup, inline on its fast path: 3,500 calls a document)
    masks = entry[1] if entry is not None else _masks(pattern)
    if not masks:
        return True
    last_text, last_known, present = _last  # (_held's test, inline)
    if text is not last_text or _WORDS.known is not last_known:
        present = _held(text)
    for words in masks:
        if not words & present:
            return False
    return True


_TUPLES: dict[int, tuple[tuple[re.Pattern, ...], list[tuple[re.Pattern, tuple[int, ...]]]]] = {}  # matchable's, by id


def matchable(patterns: tuple[re.Pattern, ...], text: str) -> list[re.Pattern]:
    """The ``patterns`` that :func:`may_match` ``text``, in their order: the text's cue words fetched once for them
    all (a sentence meets ten subject patterns in a row, and most hold the cue of none or one: ten calls had cost
    more than the tests themselves)."""
    entry = _TUPLES.get(id(patterns))
    if entry is None:
        entry = _TUPLES[id(patterns)] = (patterns, [(p, _masks(p)) for p in patterns])  # (the tuple kept: its id not reused)
    present = _held(text)
    found = []
    for pattern, sets in entry[1]:
        for words in sets:
            if not words & present:
                break
        else:
            found.append(pattern)
    return found


def search(pattern: re.Pattern, text: str) -> re.Match | None:
    """``pattern.search(text)``, skipped (None) when ``text`` lacks the pattern's cue."""
    return pattern.search(text) if may_match(pattern, text) else None


def search_folded(pattern: re.Pattern, text: str) -> re.Match | None:
    """``pattern``, written in lower case and compiled without re.IGNORECASE, searched in :func:`folded`
    ``text``: where the pattern with re.IGNORECASE would match ``text`` (the folded text is as long), about
    twice as fast; skipped (None) when ``text`` lacks the pattern's cue."""
    return pattern.search(folded(text)) if may_match(pattern, text) else None


def finditer(pattern: re.Pattern, text: str, pos: int = 0) -> Iterator[re.Match]:
    """``pattern.finditer(text, pos)``, skipped (no matches) when ``text`` lacks the pattern's cue."""
    return pattern.finditer(text, pos) if may_match(pattern, text) else iter(())


def finditer_folded(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern``, written in lower case and compiled without re.IGNORECASE, found in :func:`folded`
    ``text`` (see :func:`search_folded`); skipped (no matches) when ``text`` lacks the pattern's cue."""
    return pattern.finditer(folded(text)) if may_match(pattern, text) else iter(())


def alternation(words: Iterable[str], escape: bool = True) -> str:
    """A regex alternation of ``words`` grouped by their first character ("c(?:llr|ouncillor)|d(?:r|et)"),
    in their order within a group. It matches what the flat alternation matches, and by the same
    preference (two words that start with different letters never both match at one place), but the
    regex engine tries one group at each place instead of every word: 3 times faster for the ~100 titles.
    With ``escape=False`` the words are regex sources, each starting with a lower-case letter."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]) if escape else word[1:])
    return "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())
