"""Action logs, action tables and action columns, round 14b: made-up pages in the general shapes of real minutes
(action logs and action columns of partnership boards, steering groups and committees), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

HEAD = ("Minutes of the Nature Partnership Board meeting held on 3 March 2021\n\n"
        "Present: Orla Fenwick (OF), Piers Calloway (PC), Greta Mundy (GM), Hollis Vantreight (HV)\n\n")


def _tasks(tmp_path: Path, text: str, head: str = HEAD) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, head + text + "\n")
    return [(a.owners, a.text) for a in record.actions]


def test_two_owners_initials_a_spaced_slash_apart(tmp_path: Path) -> None:
    """Two owners' initials with a spaced slash between them before their task ("OF / GM to follow up ..."): both
    own it and the task keeps its subject; the " / " is no break between a flattened table's cells."""
    text = ("2. Joint working\n\n·  OF to circulate the terms of reference.\n\n"
            "·  OF / GM to follow up the offer of a joint advocacy paper.\n\n·  HV/PC to draft the annual report.")
    assert _tasks(tmp_path, text) == [
        (["Orla Fenwick"], "OF to circulate the terms of reference."),
        (["Orla Fenwick", "Greta Mundy"], "OF / GM to follow up the offer of a joint advocacy paper."),
        (["Hollis Vantreight", "Piers Calloway"], "HV/PC to draft the annual report."),
    ]


def test_a_second_table_header_ends_the_action_table_above(tmp_path: Path) -> None:
    """An action sheet flattened with " / " between cells ("Action / Lead / By when"), then a second table with its
    own header ("Item / Discussion / Action"): the second header is no row of the first, and the second table's
    rows are read by its own columns (not their item numbers as tasks)."""
    text = ("Action Sheet Arising From the meeting\nAction / Lead / By when\n"
            "Write to the surgery about the pharmacy rota / HV / 30 April 2021\n"
            "Review the risk register / OF/PC / Next meeting\n"
            "Item / Discussion / Action\n"
            "4 / The board reviewed the audit findings. OF will share the audit report with all partners. / OF\n"
            "5 / The board noted the annual report. / ")
    assert _tasks(tmp_path, text) == [
        (["Hollis Vantreight"], "Write to the surgery about the pharmacy rota"),
        (["Orla Fenwick", "Piers Calloway"], "Review the risk register"),
        (["Orla Fenwick"], "OF will share the audit report with all partners."),
    ]


def test_next_steps_and_initials_columns_head_an_action_table(tmp_path: Path) -> None:
    """An action table's task column headed "Next steps", its owners' column "Initials": each row is a task, its
    owners and due date read from their columns, as under "Action / Owner / Deadline"."""
    for header in ("Next steps / Owner / Deadline", "Action / Initials / Deadline"):
        text = (f"{header}\nUpdate the habitat map with the new survey results / GM / 30 April 2021\n"
                "Contact landowners about the hedgerow project / OF/PC / 31 May 2021")
        record = extract_page(tmp_path, HEAD + text + "\n")
        assert [(a.owners, a.text, a.due) for a in record.actions] == [
            (["Greta Mundy"], "Update the habitat map with the new survey results", "2021-04-30"),
            (["Orla Fenwick", "Piers Calloway"], "Contact landowners about the hedgerow project", "2021-05-31"),
        ], header


def test_a_role_and_initials_a_slash_apart_run_on_after_a_note(tmp_path: Path) -> None:
    """A task whose subject is a role and someone's initials a slash apart, run on after a note with no full stop
    between ("... Defer to next meeting GM/Clerk to discuss.", "... needs repair Clerk/PC to contact ..."), as a
    role alone is ("... needs repair Clerk to contact ..."): both own it, the Clerk resolved to the post's holder."""
    head = ("Minutes of the Parish Council meeting held on 3 March 2021\n\nPresent: Cllr Orla Fenwick (OF) (Chair), "
            "Cllr Piers Calloway (PC), Cllr Greta Mundy (GM), Hollis Vantreight (Clerk)\n\n")
    text = ("6. Emergency plan: will the extraordinary meeting still go ahead? Action: Defer to next meeting GM/Clerk "
            "to discuss.\n7. Footpaths: the stile on the river path is broken and needs repair Clerk/PC to contact "
            "the landowner.")
    assert _tasks(tmp_path, text, head) == [
        (["Greta Mundy", "Hollis Vantreight"], "Defer to next meeting GM/Clerk to discuss."),
        (["Hollis Vantreight", "Piers Calloway"], "Clerk/PC to contact the landowner."),
    ]
