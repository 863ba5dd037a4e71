"""The SQLite archive: normalised rows with provenance, queries, search and export."""
from __future__ import annotations

import sys


def _import_sqlite_utils_without_pandas() -> None:
    """Import sqlite-utils before the archive's modules do, with pandas hidden: it imports pandas (and
    pyarrow) when they are installed, only to store pandas' own types, which the archive never holds,
    and that import cost 0.2 s of CPU at the start of every command. ``store.export`` imports pandas itself."""
    if "sqlite_utils" in sys.modules or "pandas" in sys.modules:
        return
    sys.modules["pandas"] = None  # type: ignore[assignment]  # "import pandas" raises ImportError, as if not installed
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["pandas"]


_import_sqlite_utils_without_pandas()
