"""Shared fixtures; paths to samples and gold live in ``sample_files``."""
from __future__ import annotations

import pytest

from sample_files import FORMATS


@pytest.fixture(params=FORMATS)
def fmt(request) -> str:
    """Each test using this runs once per format."""
    return request.param
