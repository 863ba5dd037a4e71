"""CLI and pipeline wiring for the minutes archive (ingest -> extract -> store)."""
