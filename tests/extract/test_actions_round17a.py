"""Tasks in running text and their owners, round 17a: made-up pages in the general shapes of real minutes
(parish councils, patient groups), with made-up names."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def _tasks(tmp_path: Path, text: str) -> list[tuple[list[str], str]]:
    record = extract_page(tmp_path, text + "\n")
    return [(a.owners, a.text) for a in record.actions]


_PARISH = ("Minutes of the Parish Council meeting held on 8 May 2012\n\n"
           "Present: Cllr Tegan Roskilly (Chair), Cllr Aldous Penwarden, Cllr Mabyn Carthew\n\n")


def test_an_attendance_list_under_an_action_column_header_is_no_task(tmp_path: Path) -> None:
    """A minutes table's "Action" column header flattened onto the line before its first row ("ACTION" / "Present:
    ...", "Actions 1.21/04 Attendance: ...") labels the attendance list, which is never a task (it used to be read as
    the label's task)."""
    text = ("Minutes of the Parish Council meeting held on 8 May 2012\n\nACTION\n\n"
            "Present: Cllrs. Tegan Roskilly, Aldous Penwarden and Mabyn Carthew.\n\n"
            "5. Footpaths\n\nThe stile is broken. Clerk to write to the landowner.")
    assert _tasks(tmp_path, text) == [(["Clerk"], "Clerk to write to the landowner.")]
    text = ("Minutes of the Parish Council meeting held on 8 May 2012\n\n"
            "Actions 1.21/04 Attendance: Cllr. T Roskilly (Chair) Cllr. A Penwarden Cllr. M Carthew\n\n"
            "2.21/04 The stile is broken. Clerk to write to the landowner.")
    assert [t for _, t in _tasks(tmp_path, text)] == ["Clerk to write to the landowner."]


def test_the_body_a_decision_labels_takes_the_task_it_sets_itself(tmp_path: Path) -> None:
    """"Resolved: The Parish Council will contact the County Council ...": after a decision's label (a colon or a
    dash, not only "resolved that") the meeting's own body tasks itself, as "It was agreed that the Parish Council
    would contact ..." does; without a decision "The Parish Council will continue to monitor ..." states a policy."""
    text = _PARISH + ("5. Footpaths\n\nThe stile is broken and the path's owner is unknown. Resolved: The Parish "
                      "Council will contact the County Council and ask whether the path can be mapped.\n\n"
                      "6. Verges\n\nThe Parish Council will continue to monitor the verges.")
    assert _tasks(tmp_path, text) == [(["Parish Council"], "Resolved: The Parish Council will contact the County "
                                                           "Council and ask whether the path can be mapped.")]


def test_one_persons_question_whether_something_could_be_done_is_no_task(tmp_path: Path) -> None:
    """"Mr X asked whether the incidents could be linked ...", "MB asked whether the figures could be provided":
    one person's question, answered or not at the meeting, sets no task; the meeting's or a post's request
    ("The Panel asked if a visit could be arranged") does."""
    text = _PARISH + ("5. Police\n\nMr Bodrugan asked whether the incidents could be linked to the prison. "
                      "AP asked whether the crime figures could be provided by ward. "
                      "The Panel asked if a visit to the station could be arranged before December.")
    assert _tasks(tmp_path, text) == [([], "The Panel asked if a visit to the station could be arranged before "
                                           "December.")]


_HALL = ("Minutes of the Village Hall Committee meeting held on 10 May 2010\n\n"
         "Present: Orla Penhallow (Chair), Ivo Castellane (Secretary), Wenna Trebarwith, Kenver Angove\n\n")


def test_a_task_run_on_after_a_comma_and_so_is_a_task(tmp_path: Path) -> None:
    """"Front Wall – no quote from the builder, so KA to ask someone else.": a task run on after a comma and "so"
    (its reason before it), as one after ", with" or "and" is; it used to be missed."""
    text = _HALL + "3. Matters arising\n\nFront Wall – no quote from the builder, so KA to ask someone else."
    assert _tasks(tmp_path, text) == [(["Kenver Angove"], "KA to ask someone else.")]


def test_a_role_in_lower_case_after_by_owns_the_passive_task(tmp_path: Path) -> None:
    """"Letter to be sent by the secretary to the church ...": the role after "by" owns the task in lower case as in
    capitals ("by the Secretary"); it used to leave the task with no owner."""
    text = _HALL + ("3. Summer fete\n\nThe fete was well attended. Letter to be sent by the secretary to the church "
                    "thanking the helpers.")
    assert _tasks(tmp_path, text) == [(["Ivo Castellane"], "Letter to be sent by the secretary to the church "
                                                           "thanking the helpers.")]


def test_the_order_of_business_and_a_post_taken_are_no_tasks(tmp_path: Path) -> None:
    """"The Chairman asked that agenda items 7 and 8 be discussed next" orders the meeting's business; "KA agreed to
    assume the role" takes a post (as "agreed to become ..." does): neither is a task."""
    text = _HALL + ("2. Order of business\n\nThe Chair asked that agenda items 7 and 8 be discussed next.\n\n"
                    "3. Treasurer\n\nNo one else could take on the treasurer's post. KA agreed to assume the role.")
    assert _tasks(tmp_path, text) == []


def test_two_letters_that_open_a_clause_are_someones_initials(tmp_path: Path) -> None:
    """Notes that name people only by initials, with no attendance list ("RT will ask the District Council for advice",
    "Raffle: JP will draw the names tomorrow"): two capitals opening the sentence or a clause are a person's initials,
    kept as written; three or more are a body's acronym ("KDC will investigate"), and so are two after "the" ("the PC
    will decide") or after a word that makes them no subject ("arrangements for SP will evolve")."""
    text = ("Residents' association meeting - March 2021\n\nThe meeting took place online.\n\n"
            "AGM: We will postpone the AGM. RT will ask the District Council for advice.\n"
            "Raffle: JP will draw the names tomorrow and film it.\n"
            "Potholes: KDC will investigate. It is not known what the PC will decide.\n"
            "Funding: the arrangements for SP will evolve over the year.")
    assert _tasks(tmp_path, text) == [(["RT"], "RT will ask the District Council for advice."),
                                      (["JP"], "Raffle: JP will draw the names tomorrow and film it.")]


def test_the_writers_own_task_in_the_first_person(tmp_path: Path) -> None:
    """"As I don't have their permission to circulate their addresses I will send this separately to them": the
    minutes' writer takes a task on in the first person (no owner named), from "I" on; "I would like to thank ..."
    and "I will now hand over to ..." set none."""
    text = ("Patient Group meeting notes, 28 March 2012\n\nPresent: Demelza Gorran, Jory Trevaskis\n\n"
            "Apologies: Elowen Tresize. Two others had volunteered but did not come. As I don't have their permission "
            "to circulate their email addresses I will send this separately to them.\n\n"
            "I would like to thank everyone for coming. I will now hand over to the practice manager.")
    assert _tasks(tmp_path, text) == [([], "I will send this separately to them.")]


def test_who_runs_the_meetings_business_is_no_task(tmp_path: Path) -> None:
    """"It was agreed that, as in previous years, Kenver Angove would manage the evening's agenda": who runs this meeting's
    business, as who chairs it, is no task."""
    text = _HALL + "1. Opening\n\nIt was agreed that, as in previous years, Kenver Angove would manage the evening's agenda."
    assert _tasks(tmp_path, text) == []


def test_a_pronoun_after_and_takes_up_the_openers_second_task(tmp_path: Path) -> None:
    """"Kenver has made the representations agreed and he is to liaise with ...", "Wenna had spoken to the builder
    and she will send the quote": the one who opens the sentence takes the task a pronoun after "and" sets (as "...
    and will send the quote" without the pronoun did); it used to be missed."""
    text = _HALL + ("4. Consultation\n\nKenver Angove has made the representations agreed and he is to liaise with the "
                    "harbour board.\n\n5. Roof\n\nWenna Trebarwith had spoken to the builder and she will send the quote "
                    "to members.")
    assert _tasks(tmp_path, text) == [
        (["Kenver Angove"], "Kenver Angove has made the representations agreed and he is to liaise with the harbour "
                            "board."),
        (["Wenna Trebarwith"], "Wenna Trebarwith had spoken to the builder and she will send the quote to members.")]


def test_an_agendas_whether_or_not_to_accept_is_no_task(tmp_path: Path) -> None:
    """An agenda's wording copied into the minutes, "Councillors to discuss and resolve whether or not to accept the
    minutes as an accurate record", is the meeting's business, no task."""
    text = _PARISH + ("4. Minutes of previous meeting\n\nCouncillors to discuss and resolve whether or not to accept "
                      "the 10 February minutes as an accurate record of the meeting. The minutes were accepted.")
    assert _tasks(tmp_path, text) == []


def test_a_task_that_does_this_before_a_date_points_back_to_the_sentence_before(tmp_path: Path) -> None:
    """"KA will do this before the next meeting", with or without an owners' label after it ("Action: KA"): the task
    is the sentence before ("The reports had still not been put on the website."), as for "KA will do this." without
    a time; it used to stand alone, and with the label as a second task."""
    text = _HALL + ("3. Matters arising\n\n• The two reports had still not been put on the new website. KA will do "
                    "this before the next meeting.\n\nAction: KA\n\n4. Noticeboard\n\nThe noticeboard needs a new "
                    "lock. Wenna Trebarwith will do this in the next couple of weeks.")
    assert _tasks(tmp_path, text) == [
        (["Kenver Angove"], "The two reports had still not been put on the new website. KA will do this before the "
                            "next meeting."),
        (["Wenna Trebarwith"], "The noticeboard needs a new lock. Wenna Trebarwith will do this in the next couple of "
                               "weeks.")]


def test_who_will_act_as_a_post_holder_is_no_task(tmp_path: Path) -> None:
    """"... and had agreed that Kenver Angove would act as Chair designate until the AGM": a post held, as "agreed to
    act as ..." and "to serve as ..." are; it used to be read as a task."""
    text = _HALL + ("2. Chair\n\nMembers were reminded that the Chair wished to stand down after the AGM, and had agreed "
                    "that Kenver Angove would act as Chair designate until then.")
    assert _tasks(tmp_path, text) == []
