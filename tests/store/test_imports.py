"""What opening the archive imports."""
from __future__ import annotations

import subprocess
import sys


def test_the_archive_and_the_batch_do_not_import_pandas() -> None:
    # pandas (and pyarrow) cost 0.2 s of CPU to import and are needed only to export a table; sqlite-utils
    # imported them at the start of every command
    code = ("import sys; import minutes.pipeline, minutes.store.store; import sqlite_utils.db; "
            "print('pandas' in sys.modules, sqlite_utils.db.pd is None)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "True"]


def test_export_still_has_pandas() -> None:
    code = "import sys; import minutes.store.store; from minutes.store import export; print(export.pd.__name__)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "pandas"
