"""The one error every ingester raises for a file it cannot read."""
from __future__ import annotations


class IngestError(Exception):
    """A file could not be read. ``reason`` is in plain words a user understands."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class LimitExceeded(Exception):
    """A file's content passed one of the caps in :mod:`minutes.ingest.limits` while it was being
    built up (where the file's path is not at hand); :func:`minutes.ingest.read_bytes` turns it into
    an :class:`IngestError` for that file."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def os_reason(exc: OSError) -> str:
    """A plain-words reason for an operating-system error met while reading a file."""
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    return f"cannot read file: {exc.strerror or exc}"
