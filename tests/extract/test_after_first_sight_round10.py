"""Shapes the held-out batches b28 and b29 missed at first sight (their rows kept as scored), each written as a
made-up page in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_person_whose_initial_is_i_in_a_list_one_a_line(tmp_path: Path) -> None:
    # "I. Pardew" reads like a roman numeral's item ("I. Introduction"), which ends a list; between "G. Hollis" and
    # "M. Rook" it is a person, and the list goes on after it
    record = extract_page(tmp_path, "Minutes of the Executive meeting held on 4 April 2022\n\n"
                          "Present:\nG. Hollis (Chair)\nL. Marne\nI. Pardew\nM. Rook\nV. Stone\nS. Nolan\n"
                          "Apologies: A. Pike\n\n1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["G. Hollis", "L. Marne", "I. Pardew", "M. Rook", "V. Stone",
                                                  "S. Nolan"]
    assert [p.name for p in record.apologies] == ["A. Pike"]


def test_a_roman_numeral_item_after_the_list_still_ends_it(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Executive meeting held on 4 April 2022\n\n"
                          "Present:\nG. Hollis (Chair)\nL. Marne\nI. Introduction\n"
                          "The chair welcomed everyone to the meeting.\n")
    assert [p.name for p in record.attendees] == ["G. Hollis", "L. Marne"]


def test_short_and_plural_titles_are_not_part_of_the_name(tmp_path: Path) -> None:
    # "Cll" (a short form of "Cllr") and "PCSO's" (a plural title written before one name) are titles
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 4 April 2022\n\n"
                          "Present: Cll Ann Vale, Cllr Tom Dree\nApologies: PCSO’s Mira Lund, Cll Evan Rudd\n\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Ann Vale", "Tom Dree"]
    assert [p.name for p in record.apologies] == ["Mira Lund", "Evan Rudd"]


def test_a_minutes_silence_and_the_meetings_own_course_are_no_tasks(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Panel meeting held on 4 April 2022\n\n"
                          "Present: Cllr Ann Vale (Chair), Cllr Tom Dree\n\n"
                          "1. Chairman's announcements\nThe Chairman asked that Members joined him in a minute's silence "
                          "in memory of a former member.\n"
                          "2. Matters arising\nThe Chairman advised that these were on the agenda and would therefore be "
                          "dealt with throughout the course of the meeting.\n"
                          "3. Footpaths\nCllr Dree to write to the landowner about the stile.\n")
    assert [a.text for a in record.actions] == ["Cllr Dree to write to the landowner about the stile."]


def test_someone_who_is_also_to_do_a_thing(tmp_path: Path) -> None:
    # "X is to <verb>" was a task; "X is also to <verb>" is one too
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 4 April 2022\n\n"
                          "Present: Ann Vale (Chair), Tom Dree, Rob Lusk\n\n"
                          "1. Speeding\nTom Dree is also to investigate the price of stickers for the bins. It was noted "
                          "that other villages wanted the same.\n")
    assert [(a.text, a.owners) for a in record.actions] == [
        ("Tom Dree is also to investigate the price of stickers for the bins.", ["Tom Dree"])]


def test_the_list_after_welcomed_the_following(tmp_path: Path) -> None:
    # the opening sentence names who came: "X welcomed the following Parish Councillors – A, B and the Clerk C"
    record = extract_page(tmp_path, "The Parish Council Meeting was held on 31 July 2017 at 7.30pm in the Village Hall. "
                          "Cllr J Marsh welcomed the following Parish Councillors –P Dunn, D Rowe, A Kent-Webb and the "
                          "Parish Clerk Nina Smart. Six members of the public attended.\n\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["J Marsh", "P Dunn", "D Rowe", "A Kent-Webb", "Nina Smart"]


def test_the_council_after_each_titled_name_is_no_one(tmp_path: Path) -> None:
    # "Councillor A, South Fenton District Council, Councillor B, ...": each name's council between commas;
    # "Ann Colley Parish Council" (a first name, then a surname, then the council) stays a person
    record = extract_page(tmp_path, "Minutes of the Panel meeting held on 4 April 2022\n\n"
                          "Present: Cllr Ann Vale (Chair); Ann Colley Parish Council; Cllr Tom Dree\n"
                          "Apologies for absence were received from Councillor Jim Astor, South Fenton District Council, "
                          "Councillor Emma Bale, Westmoor Borough Council and Mary Hall.\n\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Ann Vale", "Ann Colley", "Tom Dree"]
    assert [p.name for p in record.apologies] == ["Jim Astor", "Emma Bale", "Mary Hall"]


def test_how_people_attended_before_their_names(tmp_path: Path) -> None:
    # "Via Zoom; Peter Bell (PB)": the way they attended heads the people after it, and is no one's name
    record = extract_page(tmp_path, "Minutes of the Parish Council Meeting held on 1st June 2021\n\n"
                          "Present: Cllrs John Wilks (JW)(Chair); David Hume (DH)\n"
                          "In attendance: Desiree Hale (Clerk); Cllr Simon Webber\nVia Zoom; Peter Bell (PB)\n"
                          "- APOLOGIES FOR ABSENCE: Cllr Richard Webber\n\n1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["John Wilks", "David Hume", "Desiree Hale", "Simon Webber", "Peter Bell"]
    assert [p.name for p in record.apologies] == ["Richard Webber"]


def test_two_names_whose_comma_was_lost(tmp_path: Path) -> None:
    # "J Gilford M Gooden" in a comma list: two people (an initial and a surname each); "A M Logan" is one, and so
    # is the county councillor in "C. Cllr T Webb"
    record = extract_page(tmp_path, "Minutes of the Council meeting held on 4 April 2022\n\n"
                          "Present: Councillors J Archer, A Benning, J Gilford M Gooden, P Hamlin, A M Logan and N Kelso\n"
                          "In attendance: C. Cllr T Webb\n\n1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["J Archer", "A Benning", "J Gilford", "M Gooden", "P Hamlin",
                                                  "A M Logan", "N Kelso", "T Webb"]


def test_a_start_time_written_with_a_stray_full_stop(tmp_path: Path) -> None:
    # "at 7.pm": seven in the evening, as "7pm"
    record = extract_page(tmp_path, "Minutes of the Meeting of the Community Council held at the Church Hall on Monday "
                          "5th September 2016 at 7.pm\n\nPresent: Cllr Ann Vale (Chair), Cllr Tom Dree\n\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert record.meeting.start == "19:00"
