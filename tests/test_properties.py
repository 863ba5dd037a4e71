"""Property tests: for arbitrary text, no component raises and every source stays inside the text."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from minutes.extract import Options, Record, components
from minutes.ingest import IngestError, read_bytes

WORDS = st.sampled_from([
    "Present:", "Apologies:", "Action:", "Actions:", "Action Point 3", "Cllr", "ACC", "(PL)", "(Chair)", "–", "-",
    "Peter Lowton", "Gill", "GB / MG", "NI 4", "NI192", "LI 7.2", "£150k", "£10-12M", "32.43%", "per cent", "to",
    "by end May", "next meeting", "Monday 17 November", "14/9/07", "3:00-5.00pm", "RESOLVED", "Ref", "5.1", "(ref 5.1)",
    "\t", "\n", "\n\n", "\f", ",", ".", "and", "Minutes of", "held on", "Responsibility", "Description"])
TEXT = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=80).map(" ".join))


def _document(text: str):
    try:
        return read_bytes(text.encode("utf-8"), "arbitrary.txt")
    except IngestError:
        return None  # empty or binary-looking input is refused with a reason, which is fine


def _sources(record: Record) -> list:
    items = record.attendees + record.apologies + record.actions + record.indicators + record.figures + record.decisions
    return [i.source for i in items] + ([record.meeting.source] if record.meeting.source else [])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_every_component_keeps_sources_inside_the_text(text: str) -> None:
    doc = _document(text)
    if doc is None:
        return
    for nlp in (False, True):
        record = Record(doc=doc.name)
        for name, component in components().items():
            component(doc, record, Options(nlp=nlp))
        for source in _sources(record):
            assert 0 <= source.start <= source.end <= len(doc.text)
            assert doc.text[source.start:source.end] == source.quote
        record.to_json()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_read_or_raise_ingest_error(data: bytes) -> None:
    try:
        doc = read_bytes(data, "arbitrary.bin")
    except IngestError as exc:
        assert exc.reason and "\n" not in exc.reason
        return
    assert all(doc.text[b.start:b.end] == b.text for b in doc.blocks)
