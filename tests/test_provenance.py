"""Every extracted item, in every format, points at the exact text it came from."""
from __future__ import annotations

import pytest

from minutes import ingest
from sample_files import sample_path, sample_stems
from minutes.extract import extract


@pytest.mark.parametrize("stem", sample_stems())
def test_every_source_quotes_the_canonical_text(stem: str, fmt: str) -> None:
    doc = ingest.read(sample_path(stem, fmt))
    data = extract(doc).to_json()
    items = [data["meeting"]] + [item for key in ("attendees", "apologies", "actions",
                                                   "indicator_mentions", "figures", "decisions")
                                 for item in data[key]]
    sources = [item["source"] for item in items if item.get("source")]
    assert len(sources) >= len(items) - 1  # the meeting may be undated/unsourced; nothing else
    for src in sources:
        assert doc.text[src["start"]:src["end"]] == src["quote"]
        assert src["quote"].strip() == src["quote"] and src["quote"]
        assert 1 <= src["page"] <= doc.pages
        assert src["page"] == doc.page_at(src["start"])
