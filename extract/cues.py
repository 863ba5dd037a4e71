"""Cheap tests that let extraction skip a costly pattern on text that cannot match it.

A cue is a necessary condition: text without it cannot match the pattern, so skipping the pattern
there changes no result, and text with it still goes through the pattern itself.
"""
from __future__ import annotations

import functools
import re

# the characters other than an ASCII letter's two cases that re.IGNORECASE matches to it
_FOLD = str.maketrans({"İ": "i", "ı": "i", "K": "k", "ſ": "s"})


def folded(text: str) -> str:
    """``text`` lower-cased so that any ASCII word a case-insensitive pattern finds in it is a substring."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


def words(pattern: re.Pattern) -> re.Pattern | None:
    """For a pattern written as alternatives of plain words (``\b`` aside), a case-sensitive pattern
    of those words lower-cased, which finds one in the :func:`folded` text of every match (a fast
    scan: it needs no case folding); None for a pattern written otherwise."""
    return _words(pattern.pattern)  # by the source text: a compiled pattern's hash hashes its whole program


@functools.cache
def _words(source: str) -> re.Pattern | None:
    alternatives = source.replace(r"\b", "").split("|")
    if not all(re.fullmatch(r"[A-Za-z]+", word) for word in alternatives):
        return None
    return re.compile("|".join(word.lower() for word in alternatives))


def search(pattern: re.Pattern, text: str) -> re.Match | None:
    """``pattern.search(text)``, skipped (None) when ``text`` holds none of the pattern's :func:`words`."""
    cue = words(pattern)
    if cue is not None and not cue.search(folded(text)):
        return None
    return pattern.search(text)
