"""Output file names for ``minutes extract --out DIR``: one per input, never two inputs on one name."""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path


def output_names(files: Iterable[Path]) -> dict[Path, str]:
    """A distinct ``.json`` name for each file: ``<stem>.json`` where no other input shares the stem,
    ``<name>.json`` (``x.pdf.json``) where the stem is shared, and ``<name>-<8 hex>.json`` (a digest of
    the resolved path) where even the name is shared (``a/x.pdf`` and ``b/x.pdf``).

    Names are compared case-insensitively, so they stay distinct on case-insensitive file systems.
    """
    files = list(dict.fromkeys(files))
    stems = Counter(f.stem.casefold() for f in files)
    names = {f: f"{f.stem}.json" if stems[f.stem.casefold()] == 1 else f"{f.name}.json" for f in files}
    taken = Counter(n.casefold() for n in names.values())
    for f, name in names.items():
        if taken[name.casefold()] > 1:
            digest = hashlib.sha256(str(f.resolve()).encode()).hexdigest()[:8]
            names[f] = f"{f.name}-{digest}.json"
    assert len({n.casefold() for n in names.values()}) == len(names), "output names must be distinct"
    return names
