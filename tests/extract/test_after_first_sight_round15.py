"""Shapes the held-out batches b38 and b39 missed at first sight (their rows kept as scored), each written as a
made-up page in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_plural_title_written_with_an_apostrophe_lists_surnames(tmp_path: Path) -> None:
    # "Cllr’s A, B and C": the plural of "Cllr" as many minutes type it
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on Monday 3rd March 2014 at the "
                          "Village Hall at 7.30pm\n\nPresent: Cllr Quorley – Chair. Cllr’s Vantongeren, Ashdrake, "
                          "Pughley and Mellor.\n\nApologies: Received from Cllr's Jaxon, Tibbins and Wraxley.\n\n"
                          "1. Planning\nNo applications.\n")
    assert [p.name for p in record.attendees] == ["Quorley", "Vantongeren", "Ashdrake", "Pughley", "Mellor"]
    assert [p.name for p in record.apologies] == ["Jaxon", "Tibbins", "Wraxley"]


def test_an_unlabelled_list_that_opens_received_from_is_the_apologies(tmp_path: Path) -> None:
    # the page lost its "Present" and "Apologies" headings: "Received from Cllrs A, B and C." says who was away
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting\n\nHeld on Monday 3rd March 2014 in the "
                          "Old School Room commencing 7.30pm\n\n\nCllr Quorley – Chair. Cllrs Vantongeren, Ashdrake, "
                          "Pughley and Mellor.\n\n\nReceived from Cllrs Jaxon, Tibbins and Wraxley. D/Cllr Ormsby also "
                          "sent his apologies.\n\n\nThe minutes of 3rd February were agreed and signed.\n")
    assert [p.name for p in record.apologies] == ["Jaxon", "Tibbins", "Wraxley", "Ormsby"]
    assert not {"Jaxon", "Tibbins", "Wraxley", "Ormsby"} & {p.name for p in record.attendees}


def test_a_numbered_item_asking_for_apologies_inside_a_flattened_page_gives_the_names_after_it(tmp_path: Path) -> None:
    # one run of text: the present list is not carried on past "1. To receive apologies ... ." into the absent
    record = extract_page(tmp_path, "MINUTES OF THE TOWN COUNCIL MEETING HELD ON TUESDAY 4 MAY 2021 AT THE MARKET ROOMS "
                          "COUNCILLORS PRESENT: T Quorley (Mayor), R Vantongeren, D Ashdrake, P Mellor. The Meeting "
                          "opened at 18.34 1. To receive apologies and reasons for absence. J Jaxon, K Wraxley. "
                          "2. Declarations of interest in items on the Agenda. None 3. Approval of the Minutes.\n")
    assert [p.name for p in record.attendees] == ["T Quorley", "R Vantongeren", "D Ashdrake", "P Mellor"]
    assert [p.name for p in record.apologies] == ["J Jaxon", "K Wraxley"]


def test_a_numbered_apologies_item_ending_its_sentence_inside_a_flattened_page(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "MINUTES OF THE TOWN COUNCIL MEETING HELD ON TUESDAY 4 MAY 2021 AT THE MARKET ROOMS "
                          "COUNCILLORS PRESENT: T Quorley (Mayor), R Vantongeren. 1. Apologies for absence. J Jaxon, "
                          "K Wraxley. 2. Declarations of interest in items on the Agenda. None\n")
    assert [p.name for p in record.apologies] == ["J Jaxon", "K Wraxley"]


def test_labels_in_capitals_run_on_in_one_paragraph_each_start_their_own_list(tmp_path: Path) -> None:
    # a grid flattened into one paragraph: "PRESENT <names> IN ATTENDANCE <names> APOLOGIES <names>", no colons
    record = extract_page(tmp_path, "\n\nPRESENT Moira Quorley Chair Jak Vantongeren Secretary Kerr Ashdrake Matt "
                          "Pughley David Mellor IN ATTENDANCE Cllr Katie Tibbins Louise Wraxley Weekly Herald 2 members "
                          "of the public APOLOGIES Ann Jaxon Billy Dunmore\n\n1 WELCOME AND APOLOGIES Moira Quorley "
                          "welcomed everyone to the meeting of the Community Council.\n")
    assert [p.name for p in record.apologies] == ["Ann Jaxon", "Billy Dunmore"]
    assert not {"Ann Jaxon", "Billy Dunmore"} & {p.name for p in record.attendees}


def test_an_unlabelled_list_of_first_names_with_a_surname_initial_is_those_present(tmp_path: Path) -> None:
    # a small group lists its members as "Rhona T – Treasurer", one a line, above its "Apologies:" line
    record = extract_page(tmp_path, "Patient Group: Meeting Minutes Steering Committee March 2021\n\n\n\n"
                          "  • Rhona T – Treasurer\n  • Gareth P – Secretary\n  • Imogen K – Walk Leader\n"
                          "  • Desmond W – Committee Member\n  • Lorna V – Practice Manager\n\nApologies: Wilf D – Chair\n\n\n"
                          "Minutes of Last Meeting\n\nAgreed.\n\nLorna to ask the surgery about the noticeboard.\n")
    assert [p.name for p in record.attendees] == ["Rhona T", "Gareth P", "Imogen K", "Desmond W", "Lorna V"]
    assert [p.name for p in record.apologies] == ["Wilf D"]
    assert [a.owners for a in record.actions] == [["Lorna V"]]
