"""Attendance shapes met on b38/b39 (round 16), each written as a made-up page in a general shape of English
minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_surname_that_is_also_a_post_or_place_word_in_a_list_one_a_line(tmp_path: Path) -> None:
    # "Hall", "Holder", "Lane" are words of places and posts ("Village Hall", "Portfolio Holder") and common surnames:
    # a line of a known first name and one such word, in a list of names one a line, is a person
    record = extract_page(tmp_path, "Minutes of the Widgetshire Panel held on 3 March 2026\n\n"
                          "Present: Orla Bramwick (Chairman)\n\nTobin Quarrell\n\nSimon Holder\n\nFenna Ashgrove\n\n"
                          "Tessa Hall\n\nDarcy Pellow\n\n1. Apologies\n\nNone were received.\n")
    assert [p.name for p in record.attendees] == ["Orla Bramwick", "Tobin Quarrell", "Simon Holder", "Fenna Ashgrove",
                                                   "Tessa Hall", "Darcy Pellow"]


def test_and_typed_against_the_last_surname_of_a_list(tmp_path: Path) -> None:
    # "Cllrs. Nedderley, Brantwood andQuillon.": the space after "and" lost; the last surname is one more councillor
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 12 January 2026\n\n"
                          "Present: Cllr Harwick (in the Chair), Cllrs. Nedderley, Brantwood andQuillon.\n\n"
                          "1. Apologies\n\nNone were received.\n")
    assert [p.name for p in record.attendees] == ["Harwick", "Nedderley", "Brantwood", "Quillon"]


def test_an_unlabelled_paragraph_of_titled_sentences_under_a_lost_heading(tmp_path: Path) -> None:
    # the heading "Present" lost (a table's first column): "Cllr A – Chair. Cllrs B, C ... and H." is those present,
    # every sentence of it, and the unlabelled paragraph after it ("Received from Cllrs I and J.") the apologies
    record = extract_page(tmp_path, "Held on Monday 2nd November 2025 in the Hall commencing 7.30pm\n\n\n"
                          "Cllr Pellowe – Chair. Cllr’s Quintrell, Vosper, Hall, Kellond, Trebilcock and O’Rourke.\n\n\n"
                          "Received from Cllr’s Ashworthy, Penhaligon and Tremayne.\n\n\n"
                          "The minutes of the last meeting were agreed and signed.\n")
    assert [p.name for p in record.attendees] == ["Pellowe", "Quintrell", "Vosper", "Hall", "Kellond", "Trebilcock",
                                                   "O’Rourke"]
    assert [p.name for p in record.apologies] == ["Ashworthy", "Penhaligon", "Tremayne"]


def test_a_short_surname_glued_to_its_organisation_and_a_fire_service_rank(tmp_path: Path) -> None:
    # a two-column list flattened with the cell boundary lost: "Tony CoxWestshire Council" (a three-letter surname
    # glued to the next cell), and a fire and rescue rank before a name ("Station Officer Paul Dunmore")
    record = extract_page(tmp_path, "Minutes of the Safety Group held on 3 March 2026\n\nPresent:\n\n"
                          "Dr Ann CoffeyWestshire Police Authority\n\nTony CoxWestshire Council (Safety Manager)\n\n"
                          "Station Officer Paul DunmoreWestshire Fire & Rescue Service\n\n"
                          "Kate MooreWCC Community Safety Unit\n\n1. Apologies\n\nNone were received.\n")
    assert [p.name for p in record.attendees] == ["Ann Coffey", "Tony Cox", "Paul Dunmore", "Kate Moore"]
    assert record.attendees[2].role == "Station Officer"


def test_who_presided_or_provided_the_update_was_there(tmp_path: Path) -> None:
    # presence told only in running text: "The Chairman, Cllr A presided." and "B, Head of Finance, provided the
    # update to members"; one who "presided over the inquiry" elsewhere was not at this meeting for that
    record = extract_page(tmp_path, "The July meeting of the community council was held in the Village Hall on Tuesday "
                          "14th July 2026 at 6:30pm. The Chairman, Cllr Emlyn Tregaron presided.\n\n"
                          "Present: Cllr Ffion Abernant Cllr Dewi Llanwern\n\n"
                          "4. Finance\n\nHelen Quarmby provided the update to members. Judge Peter Maelor presided over "
                          "the inquiry into the harbour wall last year.\n")
    names = [p.name for p in record.attendees]
    assert {"Emlyn Tregaron", "Ffion Abernant", "Dewi Llanwern", "Helen Quarmby"} <= set(names)
    assert "Peter Maelor" not in names


def test_a_post_a_comma_and_a_name_on_lines_after_the_present_list(tmp_path: Path) -> None:
    # the office bearers on lines of their own after the list: "Chairman, A (Place)", "Vice-chairman & Treasurer, B";
    # not a sentence that opens with the post ("The chairman, Councillor C reported that ...")
    record = extract_page(tmp_path, "41st Meeting of the Forum of Westshire Community Councils\n"
                          "Wednesday 16 September 2026, Drill Hall, Westburgh\n"
                          "Present: Elspeth Carrow (Inverloch), Morag Tulliver (Glenbrack)\n"
                          "Chairman, Duncan Ferrieby (Kirkmuir, Ardbeg & Dunnock)\n"
                          "Vice-chairman & Treasurer, Alasdair Penmore (Lochrigg)\n"
                          "- Apologies: Fergus Haldane (Strathmoy)\n"
                          "- Minutes of the 40th meeting were approved.\n")
    assert [p.name for p in record.attendees] == ["Elspeth Carrow", "Morag Tulliver", "Duncan Ferrieby", "Alasdair Penmore"]


def test_a_two_column_attendees_and_apologies_table_whose_columns_do_not_line_up(tmp_path: Path) -> None:
    # a PDF's two-column table read as text: each row's wide gap is a cell boundary though no two rows line up, so
    # "Attendees | Apologies for absence" heads a column of each; "Also in attendance" down the second column heads
    # a list of its own
    record = extract_page(tmp_path, "1. Attendance and apologies\n\n"
                          "Attendees                                                    Apologies for absence\n\n"
                          "Cllr Oswin Tarrant (Chair)                            Cllr Mervyn Quayle\n\n"
                          "Cllr Ines Blakeney (Vice Chair)            Cllr Colette Penfold (No apologies received)\n\n"
                          "Cllr Audra Fenwright\n\n"
                          "Cllr Jude Hollins                                              Also in attendance\n\n"
                          "Cllr John Pellow                                               Marjorie Thistle (Clerk)\n\n"
                          "2. Declaration of interests\n\nNone.\n")
    assert [p.name for p in record.attendees] == ["Oswin Tarrant", "Ines Blakeney", "Audra Fenwright", "Jude Hollins",
                                                   "John Pellow", "Marjorie Thistle"]
    assert [p.name for p in record.apologies] == ["Mervyn Quayle", "Colette Penfold"]


def test_a_grid_row_of_a_titled_name_and_a_post_before_a_name_is_two_people(tmp_path: Path) -> None:
    # "Borough Cllr A      Clerk B      2 Villagers" after the present list: a person a cell, the clerk's post read
    record = extract_page(tmp_path, "Minutes of the Parish Council Meeting held in the Village Hall on Thursday 1st "
                          "October 2026\n\nPresent:- Cllrs D Ashby (chair), R Bexley, D Carrow, C Dimmock.\n\n"
                          "                Borough Cllr D Quarrie                   Clerk B Tolland                      "
                          "2 Villagers\n\n\n1. Apologies for Absence\n\nNone.\n")
    assert [(p.name, p.role) for p in record.attendees][-2:] == [("D Quarrie", "Borough Cllr"), ("B Tolland", "Clerk")]


def test_a_post_in_the_last_cell_of_a_row_is_the_role_not_the_organisation(tmp_path: Path) -> None:
    # "Cllr A | Chair": the cell after the name holds a post; "B | Westshire Police": an organisation
    record = extract_page(tmp_path, "Minutes of the Community Council held on 20 March 2026\n\nPresent:\n"
                          "Cllr Hadley Brome\tChair\nPCSO Tamsin Orrell\tWestshire Police\n\n1. Minutes\n\nApproved.\n")
    assert [(p.name, p.role, p.organisation) for p in record.attendees] == [
        ("Hadley Brome", "Cllr; Chair", None), ("Tamsin Orrell", "PCSO", "Westshire Police")]


def test_an_apposition_holding_a_comma_leaves_the_name_the_subject(tmp_path: Path) -> None:
    # "A of Firm, Town, presented an update" and "B, Executive Director, Business Delivery provided the update": the
    # one who acts at the meeting was there, past an apposition of capitalised words that holds a comma
    record = extract_page(tmp_path, "MEETING OF THE PARISH COUNCIL HELD ON TUESDAY 8TH FEBRUARY 2026\n\n"
                          "PRESENT: Chairman, Sally Tremlow; Brenda Oakhurst; Kath Pennistone\n\n"
                          "Public Open Forum\n\nPaul Dunsford of Greaves Estate Agents, Westbury, presented an update on "
                          "the housing proposal.\n\n4. Finance\n\nSusan Kettleby, Executive Director, Business Delivery "
                          "provided the update to members.\n")
    assert {"Paul Dunsford", "Susan Kettleby"} <= {p.name for p in record.attendees}


def test_a_vice_chair_abbreviated_after_the_name_is_no_surname(tmp_path: Path) -> None:
    # "Pat Abel VChair (PA)" in a list one a line: the post, abbreviated, follows the name
    record = extract_page(tmp_path, "MINUTES OF THE ANNUAL GENERAL MEETING OF THE COMMUNITY COUNCIL\n20 MAY 2026\n"
                          "Present\nOffice Bearers\nIvor Lundie Chair (IL)\nMoira Kelsall VChair (MK)\n"
                          "Gavin Tarbet Treasurer (GT)\nMembers\nElsie Rundell (ER)\n1. Apologies\nNone.\n")
    assert [p.name for p in record.attendees] == ["Ivor Lundie", "Moira Kelsall", "Gavin Tarbet", "Elsie Rundell"]
