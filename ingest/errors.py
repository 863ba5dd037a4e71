"""The one error every ingester raises for a file it cannot read."""
from __future__ import annotations


class IngestError(Exception):
    """A file could not be read. ``reason`` is in plain words a user understands."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
