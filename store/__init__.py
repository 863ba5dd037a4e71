"""The SQLite archive: normalised rows with provenance, queries, search and export."""
