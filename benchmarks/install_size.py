"""Installed size of minutes' dependencies with and without an extra, from the installed
distributions' own file records (no network): ``python benchmarks/install_size.py cluster``."""
from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(name: str, extras: frozenset[str] = frozenset(),
            seen: dict[str, metadata.Distribution] | None = None,
            done: set[tuple[str, frozenset[str]]] | None = None) -> dict[str, metadata.Distribution]:
    """Every installed distribution that ``name`` (with ``extras``) needs, by normalised name."""
    seen, done = ({} if seen is None else seen), (set() if done is None else done)
    if (_key(name), extras) in done:
        return seen
    done.add((_key(name), extras))
    try:
        seen[_key(name)] = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return seen
    for text in seen[_key(name)].requires or []:
        req = Requirement(text)
        if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in extras | {""}):
            closure(req.name, frozenset(req.extras), seen, done)
    return seen


def size(dist: metadata.Distribution) -> int:
    """Bytes of the files a distribution installed."""
    total = 0
    for file in dist.files or []:
        path = Path(dist.locate_file(file))
        if path.is_file():
            total += path.stat().st_size
    return total


def main(extra: str) -> None:
    base = closure("minutes")
    full = closure("minutes", frozenset({extra}))
    only = sorted(set(full) - set(base))
    mb = lambda names, pool: sum(size(pool[n]) for n in names) / 1e6  # noqa: E731
    print(f"without [{extra}]: {len(base)} distributions, {mb(base, base):.0f} MB")
    print(f"with [{extra}]:    {len(full)} distributions, {mb(full, full):.0f} MB")
    print(f"only for [{extra}] ({mb(only, full):.0f} MB): {', '.join(only)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "cluster")
