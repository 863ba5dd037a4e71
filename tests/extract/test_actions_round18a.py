"""Tasks in running text and their owners, round 18a: made-up pages in the general shapes of real minutes
(parish councils, village clubs), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def _tasks(tmp_path: Path, text: str) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, text + "\n")
    return [(a.owners, a.text) for a in record.actions]


def test_a_bullet_inside_a_paragraph_opens_a_task_and_the_post_before_a_bracketed_name_is_its_holder(
        tmp_path: Path) -> None:
    """A PDF's bulleted list flattened into one paragraph ("... be approved: • Clerk to report ... • Clerk to
    request ...") has a task per bullet, each a sentence of its own; and "Parish Clerk (Mrs A Roe)" in a run-on
    attendance line names the clerk, so the bullets' "Clerk" is her."""
    text = ("Minutes of the Parish Council meeting held on 4 June 2019 Present: Councillor D Polglase (Chair), "
            "Councillor K Trethewey and Councillor R Bolitho In Attendance: Parish Clerk (Mrs H Penberthy) PC T Jory, "
            "Neighbourhood Policing\n\n19/41 Footpaths Group It was proposed by Councillor Bolitho, seconded by "
            "Councillor Trethewey and resolved that the following recommendations be approved: • Clerk to report the "
            "broken stile to the County Council • Clerk to request a site visit from the rights of way officer "
            "• Clerk to obtain quotes for a new fingerpost\n\n19/42 Date of next meeting 2 July 2019.")
    assert _tasks(tmp_path, text) == [
        (["H Penberthy"], "Clerk to report the broken stile to the County Council"),
        (["H Penberthy"], "Clerk to request a site visit from the rights of way officer"),
        (["H Penberthy"], "Clerk to obtain quotes for a new fingerpost")]


def test_a_bullet_list_of_topics_inside_a_paragraph_sets_no_task(tmp_path: Path) -> None:
    """Bullets that list topics ("still waiting on updates for: • the wall's ownership • the lease") set no task
    of their own, and the task after them no longer takes in the sentence that introduced the list (the last
    bullet still runs into it: a topic and the next sentence are not told apart)."""
    text = ("Minutes of the Community Council meeting held on 9 March 2021\n\nPresent: Ailsa Drummond (Chair), "
            "Fergus Lennox, Morag Pitcaithly\n\n4. Matters arising\n\nThe secretary said she was still waiting on "
            "updates for the following items: • Ownership of the mill wall • Renewal of the hall lease Morag will "
            "endeavour to get updates on these points for the next meeting.")
    assert _tasks(tmp_path, text) == [(["Morag Pitcaithly"], "Renewal of the hall lease Morag will endeavour to get "
                                                             "updates on these points for the next meeting.")]


_PARISH = ("Minutes of the Parish Council meeting held on 8 May 2017\n\n"
           "Present: Cllrs Tamsin Penrose (Chair), Kit Rosewarne, Lowenna Trevail, Jory Pascoe – Parish Clerk\n\n")


def test_two_owners_to_action_after_a_sentence_name_its_task_not_a_task_of_their_own(tmp_path: Path) -> None:
    """"Clerk & Cllr X to action." (two owners, joined by "&", "and" or "/") after a sentence points back to it as
    "Clerk to action." does: it is no task of its own; the sentence before is the task, theirs unless it names its own
    owners already."""
    text = _PARISH + ("5. Grit bins\n\nIt was agreed that the clerk to order the grit bin and Cllr Trevail to speak to "
                      "the school about its site. Clerk & Cllr Trevail to action.\n\n"
                      "6. Bus shelter\n\nThe bus shelter roof needs replacing. Clerk and Cllr Rosewarne to action.")
    assert _tasks(tmp_path, text) == [
        (["Jory Pascoe"], "the clerk to order the grit bin"),
        (["Lowenna Trevail"], "Cllr Trevail to speak to the school about its site."),
        (["Jory Pascoe", "Kit Rosewarne"], "The bus shelter roof needs replacing. Clerk and Cllr Rosewarne to action.")]


def test_a_second_owner_after_an_ampersand_takes_a_task_of_their_own(tmp_path: Path) -> None:
    """"Action - KR to make up the packs & LT to deliver.": "&" joins two tasks, each with its owner, as "and" does;
    but who the first task asks ("Clerk to ask Polwhele & Hendra Builders to quote", "Clerk to invite Trenwith and
    Kessell Fencing to tender") is asked, not tasked: no second task."""
    text = _PARISH + ("5. Newcomers\n\nTwo families have moved into the village. Action - KR to make up welcome packs "
                      "& LT to deliver.\n\n6. Hall roof\n\nClerk to ask Polwhele & Hendra Builders to quote for the "
                      "repair.\n\n7. Fence\n\nClerk to invite Trenwith and Kessell Fencing to tender for the new fence.")
    assert _tasks(tmp_path, text) == [
        (["Kit Rosewarne"], "KR to make up welcome packs"),
        (["Lowenna Trevail"], "LT to deliver."),
        (["Jory Pascoe"], "Clerk to ask Polwhele & Hendra Builders to quote for the repair."),
        (["Jory Pascoe"], "Clerk to invite Trenwith and Kessell Fencing to tender for the new fence.")]


def test_a_request_someone_has_made_elsewhere_is_reported_not_made_here(tmp_path: Path) -> None:
    """"Cllr X has requested that the verges be inspected ..." reports a request already made (to the highways
    authority, say), as "had requested" does: no task; "Cllr X requested that the verges be inspected" at the meeting
    is one."""
    text = _PARISH + ("5. Highways\n\nCllr Rosewarne has requested that the potholes on Chapel Lane be inspected after "
                      "the next heavy rain.\n\n6. Verges\n\nCllr Trevail requested that the verges at the war memorial be "
                      "cut before Remembrance Sunday.")
    assert [t for _, t in _tasks(tmp_path, text)] == [
        "requested that the verges at the war memorial be cut before Remembrance Sunday."]


def test_a_request_that_discussion_be_postponed_is_the_order_of_business(tmp_path: Path) -> None:
    """"Cllr X requested that further discussion of ... be postponed to a future meeting" (or deferred, or the item
    adjourned) orders the meeting's business, as "to be deferred to next meeting" does: no task; a request that
    something be done is one."""
    text = _PARISH + ("5. Youth engagement\n\nCllr Rosewarne requested that further discussion of the youth survey be "
                      "postponed to a future meeting.\n\n6. Verges\n\nCllr Trevail requested that the verges at the war "
                      "memorial be cut before Remembrance Sunday.")
    assert [t for _, t in _tasks(tmp_path, text)] == [
        "requested that the verges at the war memorial be cut before Remembrance Sunday."]
