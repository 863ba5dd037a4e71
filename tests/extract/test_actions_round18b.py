"""Action logs, action labels and owners, round 18b: made-up pages in the general shapes of real minutes (an owners-only
label after a paragraph whose last sentence sets no task), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

_PARISH = ("Ashcombe Parish Council\nMinutes of the meeting held on 3 March 2024\n"
           "Present: Cllr Orla Fenwick (Chair), Cllr Tamsin Brackley, Cllr Idris Penhallow\n"
           "In attendance: Gwen Pryor (Clerk)\n\n"
           "5. {title}\n{paragraph}\n\n6. Date of next meeting\n7 April 2024\n")


def _tasks(tmp_path: Path, title: str, paragraph: str) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, _PARISH.format(title=title, paragraph=paragraph))
    return [(a.owners, a.text) for a in record.actions]


def test_a_label_on_its_own_line_is_for_the_task_before_a_last_sentence_that_sets_none(tmp_path: Path) -> None:
    """"Action GP" under a paragraph whose last sentence only records ("The report was discussed and accepted."): the
    label names who does the paragraph's task ("The Clerk would forward ..."), which takes its owners; the recording
    sentence is no task."""
    paragraph = ("Hard copies were handed out. The Clerk would forward electronic copies with the minutes. "
                 "The report was discussed and accepted.\nAction GP")
    assert _tasks(tmp_path, "Clerk's report", paragraph) == [
        (["Gwen Pryor"], "The Clerk would forward electronic copies with the minutes.")]


def test_a_label_at_a_paragraphs_end_is_for_the_task_a_last_sentence_goes_on_about(tmp_path: Path) -> None:
    """"... Action TB." after a sentence that goes on about the task before it ("It will then go out with the
    newsletter in May."): one task, the one that sentence is about."""
    paragraph = ("Cllr Tamsin Brackley will produce a copy and circulate it for approval. "
                 "It will then go out with the newsletter in May. Action TB.")
    assert _tasks(tmp_path, "Welcome pack", paragraph) == [
        (["Tamsin Brackley"], "Cllr Tamsin Brackley will produce a copy and circulate it for approval.")]


def test_a_last_sentence_that_sets_a_task_keeps_the_label(tmp_path: Path) -> None:
    """Near misses: a last sentence that sets a task the readers do not read ("In the meantime he was asked to contact
    ...", "The stile ... needs to be repaired") keeps the label's owners; the task before it keeps its own owner."""
    paragraph = ("The Clerk would attend the forum and raise the issue. "
                 "In the meantime he was asked to contact the supplier about the licence.\nAction GP")
    assert _tasks(tmp_path, "Broadband", paragraph) == [
        (["Gwen Pryor"], "The Clerk would attend the forum and raise the issue."),
        (["Gwen Pryor"], "In the meantime he was asked to contact the supplier about the licence.")]
    paragraph = ("Cllr Idris Penhallow will write to the landowner. "
                 "The stile on the lower path needs to be repaired before the summer.\nAction: TB")
    assert _tasks(tmp_path, "Footpaths", paragraph) == [
        (["Idris Penhallow"], "Cllr Idris Penhallow will write to the landowner."),
        (["Tamsin Brackley"], "The stile on the lower path needs to be repaired before the summer.")]


def test_a_label_for_someone_else_than_the_task_before_names_keeps_the_last_sentence(tmp_path: Path) -> None:
    """A near miss: the task before names another person ("Cllr Idris Penhallow will ...") than the label ("Action:
    TB"): the label stays with the last sentence."""
    paragraph = ("Cllr Idris Penhallow will write to the landowner. The matter was discussed at length.\nAction: TB")
    assert _tasks(tmp_path, "Footpaths", paragraph) == [
        (["Idris Penhallow"], "Cllr Idris Penhallow will write to the landowner."),
        (["Tamsin Brackley"], "The matter was discussed at length.")]


def test_a_label_at_a_paragraphs_end_may_name_someone_in_full(tmp_path: Path) -> None:
    """"... in the autumn. Action: Tamsin Brackley", "... obtained. Action – Cllr Idris Penhallow.": a name of two or
    three words (a title too) after a paragraph's last sentence names who does it, as initials do."""
    paragraph = "The seed swap raised £84. It was agreed to hold another in the autumn. Action: Tamsin Brackley"
    assert _tasks(tmp_path, "Seed swap", paragraph) == [(["Tamsin Brackley"], "It was agreed to hold another in the autumn.")]
    paragraph = "The fence by the car park needs repair. Quotes to be obtained. Action – Cllr Idris Penhallow."
    assert _tasks(tmp_path, "Fencing", paragraph) == [
        (["Idris Penhallow"], "The fence by the car park needs repair. Quotes to be obtained.")]


def test_words_after_a_label_at_a_paragraphs_end_that_name_no_one_are_no_owners(tmp_path: Path) -> None:
    """A near miss: "... Action Plan Review" at a paragraph's end names no one: no task."""
    paragraph = "The draft was circulated before the meeting. Action Plan Review"
    assert _tasks(tmp_path, "Strategy", paragraph) == []


def test_an_action_column_heading_run_into_the_first_items_title_is_no_label(tmp_path: Path) -> None:
    """"Action1.Welcome and Apologies": an action column's heading run into the first item's number and title (a list
    of those present above it) is no label naming "Welcome" and "Apologies" as owners of the line above."""
    page = ("Thornbury Vale Partnership\nExecutive meeting, 14 March 2024\nPresent\nCllr Ophelia Dunstan (Chair)\n"
            "Mervyn Calloway (Housing Group)\nRosalind Ferrars (Partnership Manager)\nAnselm Korda\n"
            "Action1.Welcome and Apologies\nCllr Dunstan welcomed everyone to the meeting.\n2.Funding\n"
            "Rosalind Ferrars will circulate the funding criteria to all members.\n")
    record = extract_page(tmp_path, page)
    assert [(a.owners, a.text) for a in record.actions] == [
        (["Rosalind Ferrars"], "Rosalind Ferrars will circulate the funding criteria to all members.")]


def test_the_sentence_before_a_margins_initials_may_follow_one_ending_in_an_acronym(tmp_path: Path) -> None:
    """"... for the Board and the WDC. OF to email it when finalised. OF": the sentence before ends in an acronym, the
    task is the last sentence only (it was the whole paragraph), and so after a label naming someone in full."""
    paragraph = ("Cllr Orla Fenwick reported that a memo has been drafted for the Board and the WDC. "
                 "OF to email it when finalised. OF")
    assert _tasks(tmp_path, "Matters arising", paragraph) == [(["Orla Fenwick"], "OF to email it when finalised.")]
    paragraph = ("The timetable was discussed at length as was the response of the WDC. It was decided that members "
                 "would send their comments to the Chair who would forward them to the bus company. ACTION Orla Fenwick")
    assert _tasks(tmp_path, "Buses", paragraph) == [
        (["Orla Fenwick"], "It was decided that members would send their comments to the Chair who would forward them "
                           "to the bus company.")]
