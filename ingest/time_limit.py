"""The per-file time limit of a pool worker, grown by every page read by OCR.

A file gets ``MINUTES_FILE_TIMEOUT`` for reading and extraction, plus ``MINUTES_OCR_PAGE_TIMEOUT`` for
each page it sends to OCR, so a 100-page scan gets the minutes it needs and a text file that hangs
is still stopped after the base limit. The limit is an interval timer whose signal (SIGALRM, at its
default action) ends the worker process wherever it is, in Python or in C (Tesseract, pdfium, a
regular expression); the batch reports the file as over its time limit and starts a new worker.
Outside a pool worker (a direct ``ingest.read``, a Dask task) no timer is set and :func:`extend`
does nothing.
"""
from __future__ import annotations

import signal

_running = False


def start(seconds: float) -> None:
    """Give the file this worker starts on ``seconds`` (0: no limit)."""
    global _running
    signal.setitimer(signal.ITIMER_REAL, seconds)
    _running = seconds > 0


def extend(seconds: float) -> None:
    """Give the file being read ``seconds`` more (a page about to be read by OCR)."""
    if _running:
        left = signal.getitimer(signal.ITIMER_REAL)[0]
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left + seconds)


def stop() -> None:
    """The file is done: no limit until the next :func:`start`."""
    global _running
    signal.setitimer(signal.ITIMER_REAL, 0)
    _running = False
