"""Action logs, action tables, action columns and owners, round 17b: made-up pages in the general shapes of real minutes
(lists of assignments under a task, owners written as posts), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page

_TRUST = ("Elmbrook Row Community Land Trust\nMinutes of the Board meeting held on 12 March 2024\n"
          "Present: Corvina Addlestrop (CA), Hollis Wetherden (HW), Emrys Tallowby (ET), Jessamy Purbright (JP)\n\n"
          "3. Local employers\n{task}\n{lines}\n\n4. Date of next meeting\n9 April 2024\n")


def _tasks(tmp_path: Path, text: str) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, text)
    return [(a.owners, a.text) for a in record.actions]


def test_a_list_of_assignments_under_a_task_ending_in_a_colon_gives_a_task_each(tmp_path: Path) -> None:
    """A task that ends in a colon ("CA to send the survey to those listed below:") over lines each pairing who is
    to be approached with the initials of who approaches them ("Village school – HW", "Sports club -ET", a remark in
    brackets after them, a bullet written as "o" and a tab): a task each, owned by the person the initials stand for."""
    lines = "o\tVillage school – HW\no\tSports club -ET\no\tCorner shops – JP (HW has some of the owners' numbers)"
    tasks = _tasks(tmp_path, _TRUST.format(task="CA to send the survey to those listed below:", lines=lines))
    assert tasks == [(["Corvina Addlestrop"], "CA to send the survey to those listed below:"),
                     (["Hollis Wetherden"], "Village school – HW"), (["Emrys Tallowby"], "Sports club -ET"),
                     (["Jessamy Purbright"], "Corner shops – JP")]


def test_lines_of_initials_after_a_paragraph_that_sets_no_task_are_no_tasks(tmp_path: Path) -> None:
    """Reports and their presenters' initials ("Treasurer's report – HW") under a paragraph that sets no task, and a
    line whose initials are nobody's ("Parish magazine – QZ") under one that does, are no tasks."""
    lines = "Treasurer's report – HW\nMembership report – ET"
    assert _tasks(tmp_path, _TRUST.format(task="The following reports were received:", lines=lines)) == []
    tasks = _tasks(tmp_path, _TRUST.format(task="ET to send the flyer to:", lines="Parish magazine – QZ"))
    assert tasks == [(["Emrys Tallowby"], "ET to send the flyer to:")]


def test_two_posts_in_one_after_by_are_both_owners(tmp_path: Path) -> None:
    """"to be actioned by Chairman/Clerk": both posts own the task, each resolved to the person the minutes name as
    holding it (the second post was dropped)."""
    page = ("Fernhollow Parish Council\nMinutes of the meeting held on 4 June 2024\n"
            "Present: Cllr Aldous Brimscombe (Chairman), Cllr Petra Hemingford, Cllr Idris Tolland\n"
            "In attendance: Wilhelmina Caskett (Clerk)\n\n"
            "5. Footpaths\nThe broken stile is still to be repaired by Chairman/Clerk before the summer.\n")
    assert _tasks(tmp_path, page) == [(["Aldous Brimscombe", "Wilhelmina Caskett"],
                                       "The broken stile is still to be repaired by Chairman/Clerk before the summer.")]


_GOVERNORS = ("Lanwithey Vale Primary School\nMinutes of the Resources Committee meeting held on 6 February 2024\n"
              "Governors present: Tressa Gulloway (Chair), Jowan Penwarden (Headteacher), Kensa Maddern\n"
              "Also present: Elestren Pasco (School Business Manager)\n\n"
              "Actions from the last meeting\n{entries}\n"
              "Premises\nThe Headteacher reported a leak in the hall roof. JP to obtain quotes for the repair.\n\n"
              "Date of next meeting: 19 March 2024\n")


def test_a_review_of_earlier_actions_ends_at_the_next_items_unnumbered_title(tmp_path: Path) -> None:
    """Minutes whose items have unnumbered titles on lines of their own: the review of the last meeting's actions
    ("Action 1 - KM to review the lettings policy. Carried forward.") ends at the next item's title ("Premises"
    over its paragraph), so the task set under that item is read; the entries reviewed are still no new tasks."""
    entries = "Action 1 - JP to circulate the premises report. Done.\nAction 2 - KM to review the lettings policy. Carried forward."
    assert _tasks(tmp_path, _GOVERNORS.format(entries=entries)) == [
        (["Jowan Penwarden"], "JP to obtain quotes for the repair.")]


def test_a_review_whose_entries_have_titles_runs_on_past_them(tmp_path: Path) -> None:
    """When the review's own entries are titled ("Boiler" over "JP to book the service. Done."), a title is one more
    entry, not the next item: nothing under it is read as a new task."""
    entries = "Boiler\nJP to book the boiler service. Done.\nLettings\nKM to review the lettings policy. Ongoing."
    tasks = _tasks(tmp_path, _GOVERNORS.format(entries=entries))
    assert [t for t in tasks if "boiler" in t[1] or "lettings" in t[1]] == []


def test_an_owner_written_as_a_longer_post_is_its_named_holder(tmp_path: Path) -> None:
    """"ACTION: Town Clerk" under a task, in minutes that name the holder ("Gwenllian Strickmoor (Town Clerk)"): the
    owner is that person, as "ACTION: Clerk" gives (the longer post was kept as written)."""
    page = ("Wrenhallow Town Council\nMinutes of the Environment Working Group held on 2 September 2024\n"
            "Present: Cllr Barnaby Idlecombe (Chair), Cllr Fenella Oakridge\nOfficer: Gwenllian Strickmoor (Town Clerk)\n\n"
            "3. Hedgerow planting\nAgreed to apply to the county hedgerow fund.\nACTION: Town Clerk\n")
    assert _tasks(tmp_path, page) == [(["Gwenllian Strickmoor"], "Agreed to apply to the county hedgerow fund.")]


def test_an_action_table_under_a_review_of_earlier_actions_sets_no_task(tmp_path: Path) -> None:
    """A table of the last meeting's actions and their status ("Ref | Action | Who | Status", "Done", "Ongoing") under
    "Actions from previous meeting" reports on them: no new task; the tasks set later in the meeting are read."""
    page = ("Holmcross Neighbourhood Plan Steering Group\nMeeting notes, 19 June 2024\n"
            "Attendees: Clemency Vardell (CV), Anselm Kittridge (AK), Rufus Penwarne (RP)\n\n"
            "Actions from previous meeting\n| Ref | Action | Who | Status |\n"
            "| 5.1 | Circulate the housing needs survey | AK | Done |\n| 5.2 | Contact the landowners' agent | CV | Ongoing |\n\n"
            "Consultation\nAgreed to hold a drop-in event in September. RP to book the village hall by 31 July 2024.\n")
    assert _tasks(tmp_path, page) == [(["Rufus Penwarne"], "RP to book the village hall by 31 July 2024.")]


def test_an_owner_named_with_the_initials_of_the_body_they_speak_for_is_the_person(tmp_path: Path) -> None:
    """"Actions:" over "Harriet Shelvoke XYF will inform the forum ...": the owner is the person, without the initials
    of the body after her name (kept as one owner "Harriet Shelvoke XYF" before); a body's initials alone stay as written."""
    page = ("Brackenmoor Vale Flood Forum\nSteering Committee, 29 April 2024\nPresent: Rosalind Pellowes (Chair), Tobias Quarrendon\n\n"
            "Actions:\n1) Harriet Shelvoke XYF will inform the forum when the national report is available.\n"
            "2) Rosalind Pellowes will write to the parish councils about the flood wardens.\n")
    assert _tasks(tmp_path, page) == [
        (["Harriet Shelvoke"], "Harriet Shelvoke XYF will inform the forum when the national report is available."),
        (["Rosalind Pellowes"], "Rosalind Pellowes will write to the parish councils about the flood wardens.")]
