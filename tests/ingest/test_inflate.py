"""The PDF stream check inflates only streams long enough to pass its limit, and still finds those that do."""
from __future__ import annotations

import zlib

from minutes.ingest import inflate


def _pdf(streams: list[bytes]) -> bytes:
    """Raw PDF-like bytes holding each deflated stream as a FlateDecode object."""
    objects = [b"%d 0 obj\n<< /Filter /FlateDecode /Length %d >>\nstream\n" % (k, len(data)) + data + b"\nendstream\nendobj\n"
               for k, data in enumerate(streams, start=1)]
    return b"%PDF-1.7\n" + b"".join(objects) + b"%%EOF\n"


def test_no_stream_inflates_past_the_deflate_ratio() -> None:
    for size in (1 << 10, 1 << 16, 1 << 22):
        for data in (b"\0" * size, b" " * size, b"ab" * (size // 2)):
            assert len(zlib.compress(data, 9)) * inflate.MAX_DEFLATE_RATIO >= size


def test_a_stream_too_short_to_pass_the_limit_is_not_inflated(monkeypatch) -> None:
    inflated = []
    monkeypatch.setattr(inflate, "inflated_size", lambda *args, **kwargs: inflated.append(args) or (0, True))
    text = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Minutes of the meeting) Tj ET\n" * 200)
    assert inflate.pdf_stream_over(_pdf([text, text]), 64 << 20) is None
    assert not inflated


def test_a_stream_that_may_pass_the_limit_is_inflated_and_found() -> None:
    small, bomb = zlib.compress(b"q Q\n" * 10), zlib.compress(b" " * (1 << 20), 9)
    data = _pdf([small, bomb])
    assert inflate.pdf_stream_over(data, 1 << 20) is None
    assert inflate.pdf_stream_over(data, (1 << 20) - 1) == data.index(bomb)
