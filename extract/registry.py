"""The people of one meeting, to resolve how minutes refer to them: "PL", "(GC)", "Gill", "Graham C".

A mention resolves only when exactly one person fits; ambiguous initials or first names resolve to
nothing rather than to a guess. Initials that fit no one present resolve to the one other person the
document names in full whose initials they are ("MC reported ..." after "Malcolm Christian – Chair").
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from minutes.extract.names import spaced_initials
from minutes.extract.record import Person

# the kind of council a post is held for, between "Assistant" and the post ("Assistant Town Clerk")
_PLACE_WORD = r"(?:town|parish|city|county|district|borough|community)"
_WORD_BREAK = re.compile(r"[\s.-]+")
_HONORIFIC = re.compile(r"^(?:cllr|councillor|mr|mrs|ms|miss|dr|acc|supt|prof)\.?\s+", re.I)


# compiled once (a pattern given as a string costs a lookup in re's cache on each call)
_INITIALS_KEY = re.compile(r"[a-z]{2,3}")
_INITIAL_STOP = re.compile(r"(?<=^[a-z])\.\s*(?=[a-z]{2})")  # "c.pargeter", "c. pargeter": read as "c pargeter"


def initials_of(name: str) -> str:
    """Derived initials: first letter of the first and last name ("Graham Carey" -> "GC")."""
    words = name.split()
    return (words[0][0] + words[-1][0]).upper() if len(words) >= 2 else ""


def name_initials(name: str) -> set[str]:
    """The initials a name can be written as: of every word, or of the first and last, where dots and
    hyphens part words too ("E.D.Carter" gives EDC and EC, "Ann-Marie Davis" AMD and AD)."""
    words = [w for w in _WORD_BREAK.split(name) if w[:1].isupper()]
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words), words[0][0] + words[-1][0]}


class Registry:
    """Maps the ways a meeting refers to its people onto their full names."""

    def __init__(self, mentioned: Callable[[str], list[str]] | None = None) -> None:
        self.names: list[str] = []
        self._keys: dict[str, set[str]] = defaultdict(set)
        self.roles: dict[str, str] = {}
        self._mentioned = mentioned
        self._by_initials: dict[str, set[str]] = {}
        self._defined: dict[str, set[str]] = defaultdict(set)  # initials the document gives: "Alison Morbey (AM)"

    @classmethod
    def from_people(cls, people: list[Person], mentioned: Callable[[str], list[str]] | None = None) -> "Registry":
        """A registry of everyone present or sending apologies. ``mentioned(letters)`` gives the other
        names the document writes out in full, at least those in the text that holds every one of
        ``letters`` (upper-case initials), asked for only when initials fit no one present."""
        registry = cls(mentioned)
        for person in people:
            registry.add(person.name, person.initials, person.role)
        return registry

    def add(self, name: str, initials: str | None = None, role: str | None = None) -> None:
        """Register a full name with its defined initials and role."""
        name = " ".join(name.split())
        if name in self.names:
            return
        self.names.append(name)
        spaced = spaced_initials(name)
        words = spaced.split()
        keys = {name.lower(), spaced.lower(), words[0].lower(), initials_of(spaced).lower()} | {i.lower() for i in name_initials(name)}
        if initials:
            keys.add(initials.lower())
            self._defined[initials.lower()].add(name)
        if len(words) >= 2:
            keys.add(f"{words[0]} {words[-1][0]}".lower())
            keys.add(words[-1].lower())
            keys.add(f"{words[0][0]} {words[-1]}".lower())  # "C Pargeter", "C. Pargeter" for Colin Pargeter
        for key in keys - {""}:
            self._keys[key].add(name)
        if role:
            self.roles[name] = role

    def resolve(self, mention: str) -> str | None:
        """The full name a mention refers to, or None when unknown or ambiguous."""
        key = _INITIAL_STOP.sub(" ", _HONORIFIC.sub("", mention.strip(" ()[].,:;")).strip().lower())
        matches = self._keys.get(key, set())
        if len(matches) > 1 and len(self._defined.get(key, ())) == 1:  # "AM" given as Alison Morbey's, not Andy Milne's
            matches = self._defined[key]
        if not matches and self._mentioned is not None and _INITIALS_KEY.fullmatch(key) and mention.strip(" ()").isupper():
            if key not in self._by_initials:
                self._by_initials[key] = {name for name in self._mentioned(key.upper()) if initials_of(name).lower() == key}
            matches = self._by_initials[key]
        return next(iter(matches)) if len(matches) == 1 else None

    def with_role(self, role: str, exact: bool = False) -> str | None:
        """The one person whose recorded role contains ``role`` ("Chair"), if exactly one; with ``exact``,
        whose recorded role is ``role`` itself (any post: "Solicitor", "Planning Officer")."""
        if exact:
            found = [n for n, r in self.roles.items() if r.lower() == role.lower()]
        else:
            under = rf"\b(?:vice|deputy|assistant)(?:[- ]|\s+to\s+(?:the\s+)?)(?:{_PLACE_WORD}\s+)?{re.escape(role)}\b"
            found = [n for n, r in self.roles.items() if re.search(rf"\b{re.escape(role)}\b", r, re.I)
                     and not re.search(under, r, re.I)]
            # ("Deputy Mayor" is not "Mayor", nor "Assistant to Clerk" or "Assistant Town Clerk" the Clerk)
        return found[0] if len(found) == 1 else None
