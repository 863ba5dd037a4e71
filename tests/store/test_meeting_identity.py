"""Meeting identity: body and date are not enough; the issuing council and the content must agree."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes.ingest import read
from minutes.pipeline import ingest_paths
from minutes.store.identity import issuer, words
from minutes.store.store import Store

MINUTES = """PARISH COUNCIL
Minutes of the meeting held on Tuesday 2 March 2021 at 7.30pm in the Village Hall
Present: Cllr {a} (Chair), Cllr {b}, Cllr {c}
Apologies: Cllr {d}
1. Declarations of interest: none.
2. Planning: the council raised no objection to the application at {street}.
3. Finance: payments of £{amount} were approved.
The meeting closed at 9.05pm.
{footer}
"""
ASH = dict(a="Ann Archer", b="Bob Baker", c="Carol Cole", d="Dan Dale", street="4 High Street", amount="1,250")
OAK = dict(a="Eve Ellis", b="Frank Fox", c="Grace Green", d="Harry Hill", street="9 Mill Lane", amount="310")


def meetings_of(tmp_path: Path, files: dict[str, str]) -> list[dict]:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    db = tmp_path / "minutes.db"
    assert ingest_paths([tmp_path / name for name in files], db, workers=1, nlp=False).failed == 0
    return Store(db, readonly=True).meetings()


def test_two_councils_named_in_the_footer_are_two_meetings_even_with_the_same_text(tmp_path: Path) -> None:
    meetings = meetings_of(tmp_path, {
        "a.txt": MINUTES.format(**ASH, footer="Clerk to Ashwell Parish Council"),
        "b.txt": MINUTES.format(**ASH, footer="Clerk to Barley Parish Council")})
    assert [(m["body"], m["date"], m["documents"]) for m in meetings] == [("Parish Council", "2021-03-02", 1)] * 2


def test_unnamed_councils_with_other_people_and_words_are_two_meetings(tmp_path: Path) -> None:
    meetings = meetings_of(tmp_path, {"minutes/a.txt": MINUTES.format(**ASH, footer=""),
                                      "minutes/b.txt": MINUTES.format(**OAK, footer="")})
    assert [(m["body"], m["date"], m["documents"]) for m in meetings] == [("Parish Council", "2021-03-02", 1)] * 2


def test_the_same_minutes_in_two_files_are_one_meeting(tmp_path: Path) -> None:
    text = MINUTES.format(**ASH, footer="Clerk to Ashwell Parish Council")
    meetings = meetings_of(tmp_path, {"a/minutes.txt": text, "b/minutes-copy.txt": text + "Signed as a true record.\n"})
    assert [(m["body"], m["documents"], m["present"]) for m in meetings] == [("Parish Council", 2, 3)]


@pytest.mark.parametrize("heading, named", [
    ("MINUTES OF THE ASHWELL PARISH COUNCIL", "Ashwell Parish Council"),
    ("Quality Council. Kennet Valley Parish Council", "Kennet Valley Parish Council"),
    ("Broomhaugh & Riding Parish Council", "Broomhaugh & Riding Parish Council"),
    ("Minutes of the meeting of Newcastle upon Tyne City Council", "Newcastle upon Tyne City Council"),
    ("London Borough of Kingston upon Thames: Licensing Sub-Committee", "London Borough of Kingston upon Thames"),
    ("The Annual Meeting of the Parish Council", None), ("Full Council", None)])
def test_the_issuing_council_is_read_from_the_heading(tmp_path: Path, heading: str, named: str | None) -> None:
    folder = tmp_path / "minutes-folder"
    folder.mkdir()
    path = folder / "m.txt"
    path.write_text(f"{heading}\nMinutes of the meeting held on 2 March 2021\nPresent: Cllr Ann Archer\n")
    found = issuer(read(path))
    assert (found.name, found.named) == ((named, True) if named else ("minutes-folder", False))


def test_words_are_the_runs_of_ascii_letters_and_digits() -> None:
    # as re.findall("[a-z0-9]+") finds them in the lower-cased text, on every sample and hard cases
    root = Path(__file__).resolve().parents[2]
    texts = [path.read_text() for path in sorted(root.glob("samples/*.txt"))]
    for text in [*texts, "İstanbul KELVIN ſtraße café naïve 123abc x_y £1,250", "Ⅻ ² ½ ① ａｂｃ", ""]:
        assert words(text) == set(re.findall(r"[a-z0-9]+", text.lower()))
