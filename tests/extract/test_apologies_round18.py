"""Apologies and absence shapes still missed across the whole corpus (round 18), each written as a made-up page in a
general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_surname_among_the_apologies_is_the_attendee_of_that_surname(tmp_path: Path) -> None:
    # the attendance list wins: "Councillor Penhallow" read from a later item, or an apology "A Farrowby" for lateness,
    # is the one attendee of that surname, whose first name or initial (if given) agrees
    record = extract_page(tmp_path, "Minutes of Ashcombe Parish Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Councillor T Brackwell (Chair), Councillor H Quennock, Councillor O Penhallow, "
                          "Councillor Agnes Farrowby.\n\n"
                          "25/31 Apologies: Councillor W Marrowgate, Councillor Penhallow (for lateness), A Farrowby.\n\n"
                          "25/32 Declarations of interest: none.\n")
    assert [p.name for p in record.apologies] == ["W Marrowgate"]
    assert [p.name for p in record.attendees] == ["T Brackwell", "H Quennock", "O Penhallow", "Agnes Farrowby"]


def test_an_apology_keeps_a_first_name_the_attendee_of_that_surname_lacks_or_contradicts(tmp_path: Path) -> None:
    # near misses: "Sue Nicholls" (a county councillor) beside the town councillor "Nicholls"; "John Dines" beside "Jim
    # Dines"; "Davidson" where two attendees share the surname: each stays among the apologies
    record = extract_page(tmp_path, "Minutes of Ashcombe Town Council held on 3 March 2025 at 7.30 pm\n\n"
                          "Present: Cllrs Laxton, Nicholls, Orrin.\n\n"
                          "Apologies: Mrs. Sue Nicholls CC.\n\n"
                          "1. Minutes of the last meeting were approved.\n")
    assert [p.name for p in record.apologies] == ["Sue Nicholls"]
    record = extract_page(tmp_path, "Minutes of the Harbour Board held on 3 March 2025\n\n"
                          "Present: Jim Dines, Trish Quarry, Andrew Quarry, Lena Ostrow.\n\n"
                          "Apologies: John Dines, Mr Quarry.\n\n"
                          "1. Minutes of the last meeting were approved.\n")
    assert [p.name for p in record.apologies] == ["John Dines", "Quarry"]


def test_a_names_paragraph_after_an_unlabelled_list_of_those_present_is_the_apologies(tmp_path: Path) -> None:
    # no label anywhere ("Present" and "Apologies" stood in a column or an image the text lost), and no word of apologies
    # or absence in the minutes: the short paragraph of names right after the list of those present is the apologies
    record = extract_page(tmp_path, "Minutes of the meeting held on Wednesday 7 May 2025\n\n"
                          "Mrs J Brackwell, Mr T Quennock, Mr O Penhallow, Mrs D Farrowby, and 9 parishioners.\n\n"
                          "Mr W Marrowgate, Mrs E Tollmarsh\n\n"
                          "The minutes of the meeting held in April were read and signed as a true record.\n")
    assert [p.name for p in record.apologies] == ["W Marrowgate", "E Tollmarsh"]
    assert [p.name for p in record.attendees] == ["J Brackwell", "T Quennock", "O Penhallow", "D Farrowby"]
    record = extract_page(tmp_path, "Friends of Ashcombe Green\nMinutes of Committee Meeting\n\n"
                          "Ronald Brackwell (Chairman), Harriet Quennock (Treasurer), Peter Penhallow, Helen Farrowby, "
                          "and Mary Linthwaite.\n\n"
                          "Linda Marrowgate, Sheila Tollmarsh\n\n"
                          "Ronald welcomed everyone to the meeting and thanked the volunteers for the spring fair.\n")
    assert [p.name for p in record.apologies] == ["Linda Marrowgate", "Sheila Tollmarsh"]
    record = extract_page(tmp_path, "March 2025 Minutes\n\n"
                          "Cllr Brackwell (Chairman), Cllr Quennock (Vice Chairman), Cllrs Penhallow, Farrowby, Orrin\n"
                          "Cllr Marrowgate and the clerk\n"
                          "1. Declarations of Interest\n2. The minutes of the last meeting were approved.\n")
    assert [p.name for p in record.apologies] == ["Marrowgate"]


def test_a_names_paragraph_after_the_list_stays_present_where_the_minutes_say_who_was_away(tmp_path: Path) -> None:
    # near misses: the minutes record the apologies in an item of their own, or the next paragraph is prose, or the list
    # has its label: no paragraph is taken for the apologies
    record = extract_page(tmp_path, "Minutes of the meeting held on Wednesday 7 May 2025\n\n"
                          "Mrs J Brackwell, Mr T Quennock, Mr O Penhallow, Mrs D Farrowby.\n\n"
                          "Mr W Marrowgate, Mrs E Tollmarsh\n\n"
                          "1. Apologies for absence were received from Mr K Linthwaite.\n")
    assert [p.name for p in record.apologies] == ["K Linthwaite"]
    record = extract_page(tmp_path, "Minutes of the meeting held on Wednesday 7 May 2025\n\n"
                          "Present: Mrs J Brackwell, Mr T Quennock, Mr O Penhallow, Mrs D Farrowby.\n\n"
                          "Mr W Marrowgate, Mrs E Tollmarsh\n\n"
                          "The minutes of the meeting held in April were read and signed as a true record.\n")
    assert record.apologies == []
    record = extract_page(tmp_path, "Minutes of the meeting held on Wednesday 7 May 2025\n\n"
                          "Mrs J Brackwell, Mr T Quennock, Mr O Penhallow, Mrs D Farrowby.\n\n"
                          "Mr W Marrowgate welcomed everyone. The minutes were signed.\n")
    assert record.apologies == []


def test_who_resigned_ends_the_apologies_list(tmp_path: Path) -> None:
    # people who left the body are no apologies: a note in brackets after the list, a clause after a comma, or the
    # item's whole sentence
    record = extract_page(tmp_path, "Ashcombe Cricket Club Committee Meeting\n\n"
                          "Present: Ronald Brackwell (Chair), Harriet Quennock, Peter Penhallow.\n\n"
                          "Apologies: Linda Marrowgate, Sheila Tollmarsh. (Joel Farrowby and Mary Linthwaite have\n"
                          "notified resignation from the committee forthwith).\n\n"
                          "Minutes: Had been circulated and were signed.\n")
    assert [p.name for p in record.apologies] == ["Linda Marrowgate", "Sheila Tollmarsh"]
    record = extract_page(tmp_path, "Ashcombe Parish Council\nMinutes of the meeting held on 21 September 2025\n\n"
                          "Present: Cllrs Brackwell (Chair), Quennock, Penhallow and Orrin.\n\n"
                          "2. Apologies and approval of absences – The Chair noted councillors Marrowgate and Tollmarsh had "
                          "tendered their resignations. A vote of thanks was carried.\n"
                          "3. Declarations of Interest – None\n")
    assert record.apologies == []


def test_an_apologies_list_without_a_resignation_is_read_whole(tmp_path: Path) -> None:
    # near miss: a reason in brackets after a name is no resignation; the list runs to its end
    record = extract_page(tmp_path, "Ashcombe Cricket Club Committee Meeting\n\n"
                          "Present: Ronald Brackwell (Chair), Harriet Quennock, Peter Penhallow.\n\n"
                          "Apologies: Linda Marrowgate (holiday), Sheila Tollmarsh, Mary Linthwaite.\n\n"
                          "Minutes: Had been circulated and were signed.\n")
    assert [p.name for p in record.apologies] == ["Linda Marrowgate", "Sheila Tollmarsh", "Mary Linthwaite"]


def test_two_column_headings_run_together_before_the_names_head_those_present(tmp_path: Path) -> None:
    # "Present Apologies A, B, C, ...": a "Present | Apologies" table's headings flattened into one line before its names;
    # the run of names is read under the first heading (those present, the longer list), not as a run of apologies
    record = extract_page(tmp_path, "Ashcombe Surgery Patient Participation Group Minutes of the Meeting held on Tuesday 14th "
                          "October 2025 At the Surgery Meeting Room at 11.00 am Present Apologies Ronald Brackwell, Harriet "
                          "Quennock, Peter Penhallow, Helen Farrowby, Mary Linthwaite, Linda Marrowgate Item 2 Minutes of the "
                          "Meeting held in August: approved after a short discussion under Matters Arising from the minutes.\n")
    assert record.apologies == []
    assert [p.name for p in record.attendees] == ["Ronald Brackwell", "Harriet Quennock", "Peter Penhallow", "Helen Farrowby",
                                                  "Mary Linthwaite", "Linda Marrowgate"]


def test_an_apologies_heading_after_a_list_of_those_present_keeps_its_names(tmp_path: Path) -> None:
    # near miss: "Apologies" after the last name of the list of those present heads its own names
    record = extract_page(tmp_path, "Ashcombe Surgery Patient Participation Group Minutes of the Meeting held on Tuesday 14th "
                          "October 2025 At the Surgery Meeting Room at 11.00 am Present Ronald Brackwell, Harriet Quennock, "
                          "Peter Penhallow, Helen Farrowby Apologies Mary Linthwaite, Linda Marrowgate Item 2 Minutes of the "
                          "Meeting held in August: approved after a short discussion under Matters Arising from the minutes.\n")
    assert [p.name for p in record.apologies] == ["Mary Linthwaite", "Linda Marrowgate"]
