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
