"""Attendee names cut short or run on (round 21, people21b), each written as a made-up page in a general shape of
English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def _present(tmp_path: Path, lines: str) -> list[str]:
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          + lines + "\n\n25/31 Apologies: none.\n\n25/32 Declarations of interest: none.\n")
    return [p.name for p in record.attendees]


def test_initials_then_two_name_words_that_end_the_item_are_one_name(tmp_path: Path) -> None:
    # a second first name or a first surname after the initials ("J Brynach Pellow"), the item ended by a dash, a
    # bracket or the line's end: the last word is the surname, not an organisation
    names = _present(tmp_path, "Present:\nCllr T Corwen Brackwell – Chairman Cllr H Quennock\n"
                               "Cllr Mrs A Ostley Cllr R Haverel Tansy (Vice-Chairman)\n"
                               "Also present: D. Marrowby J. Pellin Treharne\n")
    assert names == ["T Corwen Brackwell", "H Quennock", "A Ostley", "R Haverel Tansy", "D. Marrowby", "J. Pellin Treharne"]


def test_an_initial_typed_against_the_name_after_it_keeps_the_surname(tmp_path: Path) -> None:
    # "J.Brynach Pellow": the initial's stop with no space, a first name, then the surname that ends the list item
    names = _present(tmp_path, "Present:\nCouncillor J.Corwen Brackwell (Chairperson)\n\n"
                               "Councillors Ann Quennock, W.J.Ostley, D.Haverel Tansy, C.L.Marrowby, E.Pellin Treharne.")
    assert names == ["J.Corwen Brackwell", "Ann Quennock", "W.J.Ostley", "D.Haverel Tansy", "C.L.Marrowby", "E.Pellin Treharne"]


def test_a_third_word_that_names_an_organisation_or_a_post_is_no_surname(tmp_path: Path) -> None:
    # near miss: after initials and a surname, a post's or an organisation's word ends the item: it stays out of the name
    names = _present(tmp_path, "Present:\nCllr T Brackwell Chairman\nMr R Tansy Council\nAlso present: D. Marrowby Treasurer\n")
    assert names == ["T Brackwell", "R Tansy", "D. Marrowby"]


def test_a_post_or_a_place_word_after_the_name_ends_it(tmp_path: Path) -> None:
    # "Ann Bell Vice-Chairman", "Cllr K Bell Upper Densham Ward": a hyphened post, or a place's first word that names
    # no one ("Upper", "Old", "East"), after the name: the name ends before it
    names = _present(tmp_path, "Present: Tamsin Orrell Vice-Chairman, Cllr K Brackwell Upper Densham Ward Member, "
                               "Hal Tansy Co-Chairperson, Mr P Quennock (Clerk).")
    assert names == ["Tamsin Orrell", "K Brackwell", "Hal Tansy", "P Quennock"]


def test_a_place_word_that_is_a_surname_too_still_ends_a_first_name_s_entry(tmp_path: Path) -> None:
    # near miss: "Tessa West", "Adam North": a compass word after a known first name, the entry's last word, is the surname
    names = _present(tmp_path, "Present: Tessa West, Cllr K Brackwell, Adam North (Chair), Mr P Quennock (Clerk).")
    assert names == ["Tessa West", "K Brackwell", "Adam North", "P Quennock"]


def test_a_surname_alone_in_a_sentence_takes_the_one_first_name_the_minutes_give_it(tmp_path: Path) -> None:
    # "Mrs Ostley joined the meeting", "seconded by Mr Tansy": present, named in full once elsewhere (a heading in
    # capitals, a letter's writer): the full name
    names = _present(tmp_path, "Present: Cllr T Brackwell (Chair), Cllr H Quennock.\n\n25/30 PRESENTATION BY HELEN OSTLEY\n"
                               "The Chairman welcomed Mrs Ostley to the meeting. Mrs Ostley spoke on fire safety.")
    assert names == ["T Brackwell", "H Quennock", "Helen Ostley"]
    names = _present(tmp_path, "Present: Cllr T Brackwell (Chair), Cllr H Quennock.\n\n25/30 Finance: the accounts were "
                               "approved, proposed by Cllr Brackwell and seconded by Mr Tansy.\n\n"
                               "25/33 Correspondence: a letter from P Tansy on the hedge.")
    assert names == ["T Brackwell", "H Quennock", "P Tansy"]


def test_a_surname_the_minutes_give_two_first_names_stays_as_written(tmp_path: Path) -> None:
    # near miss: "Ann Ostley" and "Gwen Ostley" both written: which one came is not said
    names = _present(tmp_path, "Present: Cllr T Brackwell (Chair), Cllr H Quennock.\n\n25/30 Public participation: "
                               "Mrs Ostley joined the meeting as a co-opted member. Letters from Ann Ostley and Gwen Ostley were noted.")
    assert names == ["T Brackwell", "H Quennock", "Ostley"]


def test_a_councillor_s_title_with_an_l_typed_too_often_is_a_title(tmp_path: Path) -> None:
    # "Clllr M Quennock", "Councillllor Tansy": a slip of the keyboard in the title, which is no part of the name
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          "In attendance: Cllr L Brackwell and Clllr M Quennock.\n\n"
                          "25/31 Apologies received from Councillllor Tansy and Mr Orrell.\n\n25/32 Declarations of interest: none.\n")
    assert [p.name for p in record.attendees] == ["L Brackwell", "M Quennock"]
    assert [p.name for p in record.apologies] == ["Tansy", "Orrell"]


def test_electors_or_parishioners_in_attendance_are_no_name(tmp_path: Path) -> None:
    # "In attendance: Local Electors - 2": members of the public counted, not a person named
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Cllr T Brackwell (Chair), Cllr H Quennock\n"
                          "In attendance: Local Electors - 2\nAlso: Village Parishioners - 3\n\n"
                          "25/31 Apologies: none.\n\n25/32 Declarations of interest: none.\n")
    assert [p.name for p in record.attendees] == ["T Brackwell", "H Quennock"]
