"""Made once per test session (LibreOffice and OCR cost seconds a file): the samples as .doc, .rtf
and .odt, and the historic archive folder of tests/archive_files.py, ingested once with two workers."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from archive_files import LEGACY, SUBSET, Archive
from make_scans import make_legacy, make_scans
from minutes.extract import Record
from minutes.ingest import Document, office
from minutes.pipeline import ingest_paths
from minutes.store.store import Store


@pytest.fixture(scope="session")
def legacy(tmp_path_factory) -> Path:
    """Every sample as .doc, .rtf and .odt (folders doc/, rtf/, odt/), converted once into the cache."""
    out = tmp_path_factory.mktemp("legacy")
    files = make_legacy(out, LEGACY)
    list(office.preconvert(map(str, files)))  # one LibreOffice run fills the cache for every test
    return out


@pytest.fixture(scope="session")
def archive(legacy: Path, tmp_path_factory) -> Archive:
    scans = tmp_path_factory.mktemp("scans")
    folder = tmp_path_factory.mktemp("archive")
    made = [(path, path.suffix[1:]) for fmt in LEGACY for path in sorted((legacy / fmt).iterdir())]
    made += [(path, path.parent.name) for path in make_scans(scans, ("scan.pdf",))]
    made += [(path, path.parent.name) for path in make_scans(scans, ("mixed.pdf", "tiff"), stems=[SUBSET])]
    kinds = {}
    for path, kind in made:
        name = path.name if kind in LEGACY else f"{path.stem}-{kind}{path.suffix}"  # two PDFs of one sample
        shutil.copyfile(path, folder / name)
        kinds[name] = (kind, path.stem)
    stored: dict[str, tuple[Document, Record]] = {}
    real_add = Store.add

    def add(store: Store, doc: Document, record: Record) -> dict[str, int]:
        stored[Path(doc.path).name] = (doc, record)
        return real_add(store, doc, record)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Store, "add", add)
        summary = ingest_paths([folder], folder.parent / "archive.db", workers=2)
    return Archive(folder, folder.parent / "archive.db", summary, kinds, stored)
