"""Resource limits for reading untrusted files, each overridable by an environment variable."""
from __future__ import annotations

import os


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


MAX_FILE_BYTES = _int_env("MINUTES_MAX_FILE_BYTES", 200 * 1024 * 1024)
MAX_PDF_PAGES = _int_env("MINUTES_MAX_PDF_PAGES", 2000)
MAX_ZIP_PART_BYTES = _int_env("MINUTES_MAX_ZIP_PART_BYTES", 200 * 1024 * 1024)
MAX_ZIP_TOTAL_BYTES = _int_env("MINUTES_MAX_ZIP_TOTAL_BYTES", 500 * 1024 * 1024)
