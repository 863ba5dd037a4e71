"""Tasks in running text, round 11a: made-up sentences in the general shapes of real minutes (seen in b28/b29 and
in probe lots of new parish minutes), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

HEAD = ("Minutes of the Parish Council meeting held on 3 March 2021\n\n"
        "Present: Cllr Ann Brook (Chairman), Cllr Tom Hale, Cllr Mary Cole, Owen Pike, Helen Marsh (Clerk)\n\n")


def _tasks(tmp_path: Path, text: str, head: str = HEAD) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, head + "4. Highways\n\nThe verge was discussed.\n\n" + text + "\n")
    return [(a.owners, a.text) for a in record.actions]


def test_look_into_this_takes_the_sentence_before(tmp_path: Path) -> None:
    """(after b28) "X to look into this." names no task: the task is the sentence before, as "X will do this" was."""
    text = "Leaflets on bus times should be easier to find in the shops. Cllr Hale to look into this."
    assert _tasks(tmp_path, text) == [(["Tom Hale"], text)]


def test_investigate_it_takes_the_sentence_before(tmp_path: Path) -> None:
    text = "The bench by the pond has a broken slat. Owen Pike will investigate it further."
    assert _tasks(tmp_path, text) == [(["Owen Pike"], text)]


def test_will_have_something_done_is_a_task(tmp_path: Path) -> None:
    """(after b29) "X will have a banner made": a task X sees done ("will have" alone stays no task)."""
    text = "Owen Pike will have a new sign made for the car park."
    assert _tasks(tmp_path, text) == [(["Owen Pike"], text)]
    assert _tasks(tmp_path, "Owen Pike will have a chance to comment at the next meeting.") == []


def test_a_full_stop_with_no_space_ends_a_sentence(tmp_path: Path) -> None:
    """(after b29) text from a PDF loses the space after a full stop: "... website.A copy of ..." is two sentences
    (a full stop between capitals, "E.Government", or after a title, "Cllr.Cole", ends none)."""
    text = ("Cllr Cole reported on her plans for the village website.A copy of the plans will be circulated."
            "She is willing to carry on with the work.")
    assert _tasks(tmp_path, text) == [([], "A copy of the plans will be circulated.")]



def test_a_shared_first_name_is_the_one_the_sentence_before_names(tmp_path: Path) -> None:
    """(after the glued-sentence rule split b21's "...Council.Mike will provide ...") a first name two people present
    share is the one of them the sentence before names in full; otherwise it stays unresolved."""
    head = HEAD.replace("Owen Pike,", "Owen Pike, Owen Hart,")
    text = "It was agreed that Owen Hart would raise the issue with the county. Owen will report back by May."
    assert [owners for owners, _ in _tasks(tmp_path, text, head)] == [["Owen Hart"], ["Owen Hart"]]
    text = "The issue was raised with the county. Owen will report back by May."
    assert [owners for owners, _ in _tasks(tmp_path, text, head)] == [["Owen"]]



def test_taking_the_chair_and_signing_the_minutes_are_no_tasks(tmp_path: Path) -> None:
    """(probe lot 2) who takes the chair for an item holds a post; who signs the minutes does no task."""
    assert _tasks(tmp_path, "It was agreed that Cllr Hale will assume the chair for this item.") == []
    text = "It was RESOLVED to adopt the minutes as a true record, and these will be signed by the Chairman in due course."
    assert _tasks(tmp_path, text) == []


def test_an_assistant_to_the_clerk_is_not_the_clerk(tmp_path: Path) -> None:
    """(probe lot 2) "Assistant to Clerk", like "Assistant Clerk", is another post: the Clerk stays unnamed."""
    head = ("Minutes of the Amenities Committee meeting held on 3 March 2021\n\n"
            "Present: Cllr Brook (Chairman), Cllr Hale, Cllr Cole and Nina Dale (RFO and Assistant to Clerk)\n\n")
    assert _tasks(tmp_path, "ACTION Clerk to seek a quote from the contractor.", head) == \
        [(["Clerk"], "ACTION Clerk to seek a quote from the contractor.")]


def test_she_after_a_role_nobody_holds_is_that_role(tmp_path: Path) -> None:
    """(probe lot 3) "She will ..." after a sentence opening with a role no one present is named as holding: the role."""
    head = "Minutes of the Parish Council meeting held on 3 March 2021\n\nPresent: Cllr Brook, Cllr Hale, Cllr Cole\n\n"
    text = "The Clerk had written a note for the newsletter. She will revise it and send it to the editor."
    assert _tasks(tmp_path, text, head) == [(["Clerk"], "She will revise it and send it to the editor.")]



def test_an_item_carried_to_the_next_meeting_is_no_task(tmp_path: Path) -> None:
    """(probe lot 1) "Matter to be listed at next meeting": an item put on a future agenda with no owner (SCHEMA)."""
    assert _tasks(tmp_path, "No applications had been received. Matter to be listed at next meeting.") == []
    assert _tasks(tmp_path, "Item to be added to the next agenda.") == []


def test_a_chairman_written_with_initials_run_together(tmp_path: Path) -> None:
    """(probe lot 1) "Councillor E.B.Clark, Chairman": initials with no space between them still name the holder."""
    head = ("Minutes of the Parish Council meeting held on 3 March 2021\n\n"
            "Present: Councillor A.B.Kerr, Chairman, Councillors J. Lowe and H.Pike.\n\n")
    text = "It was agreed that the Chairman write to the landowner."
    assert _tasks(tmp_path, text, head) == [(["A.B.Kerr"], text)]
