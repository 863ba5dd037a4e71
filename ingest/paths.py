"""One canonical spelling of a file's path, so the same file is stored and shown the same way."""
from __future__ import annotations

from pathlib import Path


def canonical_path(path: str | Path) -> Path:
    """The absolute path with every symlink, ``.`` and ``..`` resolved (``x.txt``, ``../real/x.txt``
    and ``/abs/real/x.txt`` give one path). A dangling link keeps its own name in its resolved folder."""
    path = Path(path)
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):  # missing, dangling or a link loop (RuntimeError before Python 3.13)
        return path.absolute().parent.resolve() / path.name
