"""People across the archive: one row per normalised full name; aliases recorded per meeting.

Two mentions are the same person only when their full names normalise to the same key ("Cllr
Gill Butterworth" and "Gill Butterworth"). Initials and first names are aliases valid within the
meeting that defined them, so people who share initials in different meetings are never merged.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from minutes.extract.registry import initials_of

_HONORIFIC = re.compile(r"^(?:(?:cllr|councillor|mr|mrs|ms|miss|dr|acc|supt|prof|sir|dame|rev)\.?\s+)+", re.I)


@functools.lru_cache(maxsize=4096)  # an archive names the same people again and again
def name_key(name: str) -> str:
    """A comparison key for a full name: no honorifics, accents, punctuation or case."""
    text = unicodedata.normalize("NFKD", _HONORIFIC.sub("", name.strip()))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z\s-]", " ", text.lower().replace("'", "").replace("’", "")).split())


def aliases(name: str, initials: str | None) -> set[str]:
    """The short forms a meeting may use for a person: initials, first name, "First L"."""
    words = name.split()
    forms = {initials_of(name), words[0], f"{words[0]} {words[-1][0]}" if len(words) > 1 else ""}
    if initials:
        forms.add(initials)
    return {f.lower() for f in forms if f}
