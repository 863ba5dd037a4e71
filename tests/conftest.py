"""Shared fixtures; paths to samples and gold live in ``sample_files``."""
from __future__ import annotations

import os
import tempfile

import pytest

from sample_files import FORMATS

# documents converted by LibreOffice are cached; tests start from an empty cache of their own
os.environ["MINUTES_CACHE_DIR"] = tempfile.mkdtemp(prefix="minutes-test-cache-")


@pytest.fixture(params=FORMATS)
def fmt(request) -> str:
    """Each test using this runs once per format."""
    return request.param
