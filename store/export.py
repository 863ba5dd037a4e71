"""Export a table, a view or a read-only query to CSV, Parquet, Excel or JSON through pandas."""
from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pandas as pd

from minutes.ingest import limits
from minutes.store import archive

WRITERS = {".csv": lambda df, p: df.to_csv(p, index=False), ".parquet": lambda df, p: df.to_parquet(p, index=False),
           ".xlsx": lambda df, p: df.to_excel(p, index=False), ".json": lambda df, p: df.to_json(p, orient="records",
                                                                                              indent=2)}


# What custom SQL may do: read tables and views, call functions, recurse in CTEs, and ask the pragmas that
# only report (FTS5 asks data_version); nothing that writes, attaches (VACUUM INTO attaches its target) or
# changes a setting.
_ALLOWED = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
_REPORTING_PRAGMAS = {"data_version", "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo",
                      "foreign_key_list", "database_list", "function_list", "module_list", "pragma_list",
                      "collation_list", "compile_options"}
_PROGRESS_EVERY = 10_000  # SQLite virtual machine instructions between time checks


class QueryRefused(ValueError):
    """Custom SQL that would do more than read, or ran out of time."""


def _authorize(action: int, arg1: str | None, arg2: str | None, db: str | None, trigger: str | None) -> int:
    if action in _ALLOWED or (action == sqlite3.SQLITE_PRAGMA and arg1 in _REPORTING_PRAGMAS):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        return sqlite3.SQLITE_OK  # SQLite's own check when a virtual table (FTS5, pragma_*) connects; the
        # connection is read-only, so no statement can change the schema through this
    return sqlite3.SQLITE_DENY


def readonly_connection(db_path: str | Path, time_limit: float | None = None) -> sqlite3.Connection:
    """A connection that cannot write: opened read-only, with an authorizer that allows reading and
    functions only (as Datasette does for its own SQL) and, given ``time_limit`` in seconds, a progress
    handler that interrupts a longer query. Custom SQL from users runs only on this."""
    conn = archive.connect(db_path, readonly=True)
    conn.set_authorizer(_authorize)
    if time_limit is not None:
        deadline = time.monotonic() + time_limit
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), _PROGRESS_EVERY)
    return conn


def _read_query(conn: sqlite3.Connection, query: str, time_limit: float) -> pd.DataFrame:
    try:
        return pd.read_sql_query(query, conn)
    except pd.errors.DatabaseError as exc:  # pandas wraps the SQLite error of a bad query
        cause = exc.__cause__
        if isinstance(cause, sqlite3.ProgrammingError) and "one statement" in str(cause):
            raise QueryRefused("--query must be exactly one statement") from None
        if getattr(cause, "sqlite_errorname", None) == "SQLITE_AUTH":
            raise QueryRefused("--query is read-only: only reading (SELECT) is allowed; writing, ATTACH, VACUUM "
                               "and settings are refused") from None
        if isinstance(cause, sqlite3.OperationalError) and "interrupted" in str(cause):
            raise QueryRefused(f"--query stopped after the {time_limit:g} s time limit "
                               "(MINUTES_QUERY_TIME_LIMIT)") from None
        raise ValueError(str(exc)) from None


def export(db_path: str | Path, out: str | Path, table: str | None = None, query: str | None = None,
           time_limit: float = limits.QUERY_TIME_LIMIT) -> int:
    """Write ``table`` (a table or view) or the result of ``query`` to ``out``; returns the row count.

    The format comes from the extension of ``out``. ``query`` must be one statement that only reads,
    finishing within ``time_limit`` seconds, else :class:`QueryRefused` (nothing is written).
    """
    out = Path(out)
    writer = WRITERS.get(out.suffix.lower())
    if writer is None:
        raise ValueError(f"unsupported export format {out.suffix!r}: use one of {', '.join(WRITERS)}")
    # the time limit is for custom SQL; a whole table or view of a large archive may take longer
    with closing(readonly_connection(db_path, time_limit if query is not None else None)) as conn:
        if query is None:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
            if table not in names:
                raise ValueError(f"no table or view named {table!r}")
            query = f'SELECT * FROM "{table}"'  # the name was checked against the schema above
        frame = _read_query(conn, query, time_limit)
    writer(frame, out)
    return len(frame)
