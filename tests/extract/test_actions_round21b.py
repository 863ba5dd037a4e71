"""Tasks and their due dates, round 21b: made-up pages in the general shapes of real minutes, with made-up names and
places."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

_COUNCIL = ("Ashcombe Parish Council\nMinutes of the meeting held on 12 May 2022\n"
            "Present: Cllr Orla Penhallow (Chair), Cllr Tobias Wren, Cllr Maud Elswick\n\n"
            "5. Village matters\n{text}\n\n6. Date of next meeting: 9 June 2022\n")


def _dues(tmp_path: Path, text: str) -> list[str | None]:
    return [a.due for a in extract_page(tmp_path, _COUNCIL.format(text=text)).actions]


def test_a_deadline_after_two_tasks_in_one_sentence_holds_for_both(tmp_path: Path) -> None:
    """"Not sent yet, TW to send the figures to the Chair, then ME to sign the form, before Friday 24 June": each task
    is due by the deadline that closes the sentence; a sentence with one task keeps its own."""
    assert _dues(tmp_path, "Grant form not sent yet, TW to send the figures to the Chair, then ME to sign the form, "
                           "before Friday 24 June 2022.") == ["2022-06-24", "2022-06-24"]
    assert _dues(tmp_path, "TW to send the figures to the Chair before Friday 24 June 2022.") == ["2022-06-24"]


def test_until_a_date_says_how_long_not_when_a_task_is_due(tmp_path: Path) -> None:
    """"... to cut the verges until the end of August", "... to keep the hall booked until 30 September": how long the
    work goes on, no due date; "by the end of August" is one."""
    assert _dues(tmp_path, "Clerk to ask the contractor to cut the verges until the end of August.") == [None]
    assert _dues(tmp_path, "Clerk to keep the hall booked until 30 September.") == [None]
    assert _dues(tmp_path, "Clerk to ask the contractor to cut the verges by the end of August.") == ["2022-08-31"]
