"""Export a table, a view or a read-only query to CSV, Parquet, Excel or JSON through pandas."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd

WRITERS = {".csv": lambda df, p: df.to_csv(p, index=False), ".parquet": lambda df, p: df.to_parquet(p, index=False),
           ".xlsx": lambda df, p: df.to_excel(p, index=False), ".json": lambda df, p: df.to_json(p, orient="records",
                                                                                              indent=2)}


def readonly_connection(db_path: str | Path) -> sqlite3.Connection:
    """A connection that cannot write: custom SQL from users runs only on this."""
    if not Path(db_path).exists():
        raise FileNotFoundError(f"no archive at {db_path}")
    return sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)


def export(db_path: str | Path, out: str | Path, table: str | None = None, query: str | None = None) -> int:
    """Write ``table`` (a table or view) or the result of ``query`` to ``out``; returns the row count.

    The format comes from the extension of ``out``.
    """
    out = Path(out)
    writer = WRITERS.get(out.suffix.lower())
    if writer is None:
        raise ValueError(f"unsupported export format {out.suffix!r}: use one of {', '.join(WRITERS)}")
    with readonly_connection(db_path) as conn:
        if query is None:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
            if table not in names:
                raise ValueError(f"no table or view named {table!r}")
            query = f'SELECT * FROM "{table}"'  # the name was checked against the schema above
        try:
            frame = pd.read_sql_query(query, conn)
        except pd.errors.DatabaseError as exc:  # pandas wraps the SQLite error of a bad query
            raise ValueError(str(exc)) from None
    writer(frame, out)
    return len(frame)
