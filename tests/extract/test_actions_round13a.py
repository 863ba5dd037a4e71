"""Tasks in running text, round 13a: made-up sentences in the general shapes of real minutes (seen in b32/b33 and
in probe lots of new parish, hall, residents' and friends-group minutes), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

HEAD = ("Minutes of the Parish Council meeting held on 3 March 2025\n\n"
        "Present: Cllr Ann Brook (Chairman), Cllr Tom Hale, Cllr Mary Cole, Owen Pike, Helen Marsh (Clerk)\n\n")


def _tasks(tmp_path: Path, text: str, head: str = HEAD) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, head + "4. Play area\n\nThe swings were discussed.\n\n" + text + "\n")
    return [(a.owners, a.text) for a in record.actions]


def test_the_chair_asked_all_cllrs_to(tmp_path: Path) -> None:
    """(after b33) "The Chairman asked all Cllrs to encourage ...": the councillors' task, the group as written, as
    "asked all councillors to" was ("Cllrs" is the abbreviation minutes use most)."""
    text = "The Chairman asked all Cllrs to encourage suitable candidates to apply for the vacancy."
    assert _tasks(tmp_path, text) == [(["all Cllrs"], text)]


def test_a_councillors_group_to_do(tmp_path: Path) -> None:
    """(after b32) "Parish Councillors to agree the exact location ...": a group of councillors is an owner, as
    "Councillors to ..." was; the meeting agreeing ("Parish Councillors agreed to support ...") stays a decision."""
    text = "Parish Councillors to agree the exact location once the new bin arrives."
    assert _tasks(tmp_path, text) == [(["Parish Councillors"], text)]
    assert _tasks(tmp_path, "Parish Councillors agreed to support the application.") == []


def test_all_to_do_in_a_bullet(tmp_path: Path) -> None:
    """(probe lot 1) "• All to collect jars ..." in a list of tasks: everyone's task, "All" as written (a capital "All";
    "all" inside a word, "the hall will ...", names no one)."""
    text = "Christmas fair:\n  • Elliot to put the play list together\n  • All to collect jars for the tombola"
    assert _tasks(tmp_path, text) == [(["Elliot"], "Elliot to put the play list together"),
                                      (["All"], "All to collect jars for the tombola")]
    assert _tasks(tmp_path, "The work to repaint part of the hall will begin in March.") == []


def test_also_said_he_would(tmp_path: Path) -> None:
    """(after b33) "Cllr Hale also said he would replace the bolt": the undertaking of someone present, as "said he
    would" was ("also" only before "said" and "agreed": a sample's "also confirmed that he will meet ..." holds no task)."""
    text = "Cllr Hale also said he would replace the missing bolt on the bench."
    assert _tasks(tmp_path, text) == [(["Tom Hale"], text)]
