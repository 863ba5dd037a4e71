"""Components registered by name and run in order, each filling one part of a Record.

Like a spaCy pipeline: ``@component("figures")`` registers a function
``(doc, record, options) -> None`` that reads the Document and adds to the Record; later
components may use what earlier ones found (actions resolve owners against the attendees).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from minutes.ingest.document import Document
from minutes.extract import cues, names
from minutes.extract.record import Record


# The fallbacks that read layouts the structured parsers miss, each switched off by name for an ablation:
FALLBACKS = {
    "names": "find every name in an attendance section whose layout gave fewer entries than names",
    "unlabelled": "a run of name lines before any label or agenda item lists those present",
    "sentences": "people welcomed to the meeting, or who sent apologies, in running text",
    "flat_tables": "action tables flattened to one cell per line, read cell by cell by what each holds",
    "prose_tasks": "tasks in running text: 'X to ...', 'X was asked to ...', 'X agreed to ...', requests, 'would be circulated'",
}


@dataclass(frozen=True)
class Options:
    """Extraction settings: ``nlp=True`` switches the spaCy-backed steps on (off by default: on the
    real corpus they change no score for the better, and cost a tenth of extraction and the model
    load); ``off`` names fallbacks (:data:`FALLBACKS`) to switch off, for ablation."""

    nlp: bool = False
    off: frozenset[str] = frozenset()

    def on(self, fallback: str) -> bool:
        """Whether the named fallback runs."""
        assert fallback in FALLBACKS, fallback
        return fallback not in self.off


Component = Callable[[Document, Record, Options], None]
_COMPONENTS: dict[str, Component] = {}
DEFAULT_PIPELINE = ("meeting", "people", "actions", "followups", "indicators", "figures", "checks")


def component(name: str) -> Callable[[Component], Component]:
    """Register an extraction component under ``name``."""
    def register(func: Component) -> Component:
        _COMPONENTS[name] = func
        return func
    return register


def components() -> dict[str, Component]:
    """The registered components by name."""
    return dict(_COMPONENTS)


def run(doc: Document, options: Options = Options(), pipeline: tuple[str, ...] = DEFAULT_PIPELINE) -> Record:
    """Run the named components over ``doc`` in order and return the filled Record."""
    cues.forget_texts()
    names.forget_texts()
    record = Record(doc=doc.name)
    for name in pipeline:
        _COMPONENTS[name](doc, record, options)
    return record
