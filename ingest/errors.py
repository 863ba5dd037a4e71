"""The one error every ingester raises for a file it cannot read."""
from __future__ import annotations


class IngestError(Exception):
    """A file could not be read. ``reason`` is in plain words a user understands."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
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
