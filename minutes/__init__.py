"""CLI and pipeline wiring for the minutes archive (ingest -> extract -> store)."""

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it from here)
