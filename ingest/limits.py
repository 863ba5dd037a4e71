"""Every setting, each read once from its environment variable, in one place.

One helper per kind of value: ``size`` (bytes, with units), ``duration`` (seconds, with units),
``count`` (a whole number) and ``text``. A bad value never stops an import: the default is kept and
the problem is noted; :func:`check` (run once at CLI start and before reading any file) raises
:class:`SettingError` naming the variable, the value and the accepted form.

Sizes: plain bytes (``1048576``), or a number with a unit: ``k``/``kB``, ``MB``, ``GB`` (powers of
1000) or ``KiB``, ``MiB``, ``GiB`` (powers of 1024); ``200MB``, ``1GiB``, ``500k``, ``1.5 GB``.
Durations: plain seconds (``30``, ``2.5``) or with a unit: ``ms``, ``s``, ``m``/``min``, ``h``.
"""
from __future__ import annotations

import os
import re


class SettingError(ValueError):
    """An environment variable holds a value of the wrong form."""

    def __init__(self, name: str, value: str, expected: str) -> None:
        super().__init__(f"{name}={value!r} is not {expected}")
        self.name, self.value, self.expected = name, value, expected


SIZE_FORM = "a size in bytes such as 1048576, 500k, 200MB or 1GiB"
DURATION_FORM = "a duration such as 30, 2.5s, 500ms, 5m or 1h"
COUNT_FORM = "a whole number such as 2000"

_SIZE_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": 1000**2, "mb": 1000**2, "g": 1000**3, "gb": 1000**3,
               "t": 1000**4, "tb": 1000**4, "kib": 1024, "mib": 1024**2, "gib": 1024**3, "tib": 1024**4}
_DURATION_UNITS = {"": 1.0, "s": 1.0, "sec": 1.0, "ms": 0.001, "m": 60.0, "min": 60.0, "h": 3600.0}
_NUMBER_AND_UNIT = re.compile(r"\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]*)\s*")

_problems: list[SettingError] = []


def parse_size(value: str) -> int:
    """Bytes in ``value`` (``200MB``, ``1GiB``, ``500k``, ``1048576``); ValueError when not a size."""
    match = _NUMBER_AND_UNIT.fullmatch(value)
    unit = match and _SIZE_UNITS.get(match.group(2).lower())
    if not unit:
        raise ValueError(value)
    return int(float(match.group(1)) * unit)


def parse_duration(value: str) -> float:
    """Seconds in ``value`` (``30``, ``2.5s``, ``500ms``, ``5m``, ``1h``); ValueError when not a duration."""
    match = _NUMBER_AND_UNIT.fullmatch(value)
    unit = match and _DURATION_UNITS.get(match.group(2).lower())
    if not unit:
        raise ValueError(value)
    return float(match.group(1)) * unit


def parse_count(value: str) -> int:
    """The whole number in ``value`` (``2000``); ValueError otherwise."""
    if not re.fullmatch(r"\s*[0-9]+\s*", value):
        raise ValueError(value)
    return int(value)


def _read(name: str, default, parse, form: str):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return parse(value)
    except ValueError:
        _problems.append(SettingError(name, value, form))
        return default


def size(name: str, default: int) -> int:
    """A byte size from the environment variable ``name`` (``default`` when unset)."""
    return _read(name, default, parse_size, SIZE_FORM)


def duration(name: str, default: float) -> float:
    """A duration in seconds from the environment variable ``name`` (``default`` when unset)."""
    return _read(name, default, parse_duration, DURATION_FORM)


def count(name: str, default: int) -> int:
    """A whole number (0 or more) from the environment variable ``name`` (``default`` when unset)."""
    return _read(name, default, parse_count, COUNT_FORM)


def text(name: str, default: str | None = None) -> str | None:
    """A string from the environment variable ``name`` (``default`` when unset or blank)."""
    return os.environ.get(name, "").strip() or default


def check() -> None:
    """Raise :class:`SettingError` for the first setting whose value had the wrong form."""
    if _problems:
        raise _problems[0]


MAX_FILE_BYTES = size("MINUTES_MAX_FILE_BYTES", 200 * 1024**2)
MAX_PDF_PAGES = count("MINUTES_MAX_PDF_PAGES", 2000)
MAX_ZIP_PART_BYTES = size("MINUTES_MAX_ZIP_PART_BYTES", 200 * 1024**2)
MAX_ZIP_TOTAL_BYTES = size("MINUTES_MAX_ZIP_TOTAL_BYTES", 500 * 1024**2)
# caps counted before what they limit is materialised; a file over one is refused naming its variable
MAX_XML_BYTES = size("MINUTES_MAX_XML_BYTES", 32 * 1024**2)
MAX_PDF_STREAM_BYTES = size("MINUTES_MAX_PDF_STREAM_BYTES", 64 * 1024**2)
MAX_TABLE_CELLS = count("MINUTES_MAX_TABLE_CELLS", 10_000)
MAX_TEXT_CHARS = count("MINUTES_MAX_TEXT_CHARS", 20_000_000)
SPACY_MODEL = text("MINUTES_SPACY_MODEL")
QUERY_TIME_LIMIT = duration("MINUTES_QUERY_TIME_LIMIT", 30.0)
FILE_TIMEOUT = duration("MINUTES_FILE_TIMEOUT", 300.0)  # seconds a worker may spend on one file, OCR aside
OCR_PAGE_TIMEOUT = duration("MINUTES_OCR_PAGE_TIMEOUT", 60.0)  # and more for each page it reads by OCR
MAX_WORKER_MB = count("MINUTES_MAX_WORKER_MB", 1024)  # a worker's heap and private memory (RLIMIT_DATA) beyond what it holds when forked, MiB; 0: none
OFFICE_TIMEOUT = duration("MINUTES_OFFICE_TIMEOUT", 60.0)
