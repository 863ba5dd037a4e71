"""Apologies and absence shapes met on b38/b39 and new real pages (round 16), each written as a made-up page in a
general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_titled_surname_with_its_reason_for_absence(tmp_path: Path) -> None:
    # "To receive apologies for absence" / "Cllr Brantwood for personal reasons.": the reason after the name is no
    # prose that ends the list
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 14 October 2025 at 7.15pm\n\n"
                          "Present: Cllrs Ambrey (Chair), Quarley (Vice Chair), Penlowe, Tolliver, Harrowby\n"
                          "In attendance: The Clerk and 4 members of the public.\n\n"
                          "PC109/25 To receive apologies for absence\n"
                          "Cllr Brantwood for personal reasons.\n"
                          "PC110/25 To receive any declarations of interest\nNone.\n")
    assert [p.name for p in record.apologies] == ["Brantwood"]
    assert "Brantwood" not in [p.name for p in record.attendees]


def test_a_reason_given_as_a_prior_commitment(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Town Council meeting held on 3 March 2026\n\n"
                          "Present: Cllrs Ambrey (Mayor), Quarley, Penlowe\n\n"
                          "4. Apologies for absence\n"
                          "Cllr Fennimore due to a prior commitment\n"
                          "5. Declarations of interest\nThere were none.\n")
    assert [p.name for p in record.apologies] == ["Fennimore"]
    assert not any("apologies section" in w for w in record.warnings)


def test_an_apologies_item_numbered_in_roman_numerals(tmp_path: Path) -> None:
    # "iii) Apologies" / "Councillor R Brantwood": an item's number in roman numerals before the label
    record = extract_page(tmp_path, "Minutes of the Community Council meeting held on 10 March 2026\n\n"
                          "i) Police matters\nThe clerk will ask for the results of the speed checks.\n"
                          "iii) Apologies\nCouncillor R Brantwood\n"
                          "iv) Declaration of Interests:\nNone\n"
                          "v) Minutes of Previous Meeting\nThe Minutes were agreed.\n")
    assert [p.name for p in record.apologies] == ["R Brantwood"]


def test_an_apology_had_been_received_after_the_items_label(tmp_path: Path) -> None:
    # "ITEM 2 APOLOGIES. An apology had been received from Cllr X.": the label's sentence goes on after its full stop
    # (the label's section reads the name with its initials glued on, which the prose reader does not)
    record = extract_page(tmp_path, "MINUTES OF THE PARISH COUNCIL MEETING HELD ON 9 JUNE 2025\n\n"
                          "ITEM 1 ELECTION OF CHAIRMAN. Cllr Quarley was elected. There were six members present.\n"
                          "ITEM 2 APOLOGIES. An apology had been received from Cllr P.J.Morwick..\n"
                          "ITEM 3 MINUTES OF THE MAY MEETING. Proposed, seconded, agreed as a correct record.\n")
    assert [p.name for p in record.apologies] == ["P.J.Morwick"]


def test_apologies_accepted_in_the_possessive_after_two_surnames(tmp_path: Path) -> None:
    # "The Council accepted Cllrs A and B’s apologies.": B's possessive is no part of B's name, so B is not read twice
    record = extract_page(tmp_path, "Minutes of the Meeting of the Parish Council held on Wednesday 20 September 2026\n"
                          "Present: Cllr Wenna Rosscarrock (Vice-Chairman), Cllr Piers Aldwinkle In attendance: Mrs Ida Fenwold "
                          "(Parish Clerk) Apologies: Cllr Eudora Blakeney-Holt, Cllr Osmund Trevarrow (Chairman)\n"
                          "1. Apologies for absence – to receive apologies The Council accepted Cllrs Blakeney-Holt and "
                          "Trevarrow’s apologies.\n2. Declarations of interest There were none.\n")
    assert [p.name for p in record.apologies] == ["Eudora Blakeney-Holt", "Osmund Trevarrow"]


def test_an_apologies_heading_joined_by_a_slash_to_the_next_items(tmp_path: Path) -> None:
    # "24. APOLOGIES FOR ABSENCE / DECLARATIONS OF INTEREST Cllrs A, B": the joined heading is no part of the list
    record = extract_page(tmp_path, "MINUTES OF THE TOWN COUNCIL MEETING HELD ON 13 JUNE 2026\n\n"
                          "PRESENT: Cllr G Pellowe (Mayor), Cllr L Quintrell, Cllr R Vosper\n"
                          "24. APOLOGIES FOR ABSENCE / DECLARATIONS OF INTEREST Cllrs A Trebilcock, C Rosevear, L Penhaligon.\n"
                          "25. QUESTIONS FROM THE PUBLIC No members of the public submitted any questions.\n")
    assert [p.name for p in record.apologies] == ["A Trebilcock", "C Rosevear", "L Penhaligon"]


def test_an_apologies_heading_joined_by_a_slash_and_a_minute_number(tmp_path: Path) -> None:
    # "1. Apologies/Personal matters (3) Cllr A, Cllr B and PC C 2. To disclose ...": a run-on page
    record = extract_page(tmp_path, "MINUTES OF THE COMMUNITY COUNCIL MEETING HELD ON 14 JULY 2025\n\n"
                          "Present: Cllr Osric Penlowe (Chair), Cllr Gillian Quarley, Cllr Norman Bastable.\n"
                          "1. Apologies/Personal matters (3) Cllr Hedda Morwick, Cllr Tobias Fennimore and PC Dulcie "
                          "Harnwell 2. To disclose personal and pecuniary interests in items of business listed below "
                          "3. Confirmation and signing of previous minutes (4) Cllr Gillian Quarley proposed to accept the "
                          "minutes as correct; this was seconded by Cllr Norman Bastable.\n")
    assert [p.name for p in record.apologies] == ["Hedda Morwick", "Tobias Fennimore", "Dulcie Harnwell"]


def test_a_numbered_apologies_item_run_on_after_the_chair(tmp_path: Path) -> None:
    # "In the Chair – Councillor A 40.Apologies Apologies for absence were received from Councillors B, and C
    # RESOLVED ...": the item's number starts the apologies, which are not among those present
    record = extract_page(tmp_path, "Minutes of the Meeting of Pantyrhedyn Community Council held on Monday 7th September 2026\n"
                          "Present : Councillors Wyn Aberdaron, Meinir Caerwen, Idris Pantglas\n"
                          "In the Chair – Councillor Idris Pantglas 40.Apologies Apologies for absence were received from "
                          "Councillors Hefin Tregaron, and Elen Maesglas RESOLVED that the absence be approved.\n"
                          "41 Declarations of Interest No declarations recorded\n")
    assert [p.name for p in record.apologies] == ["Hefin Tregaron", "Elen Maesglas"]
    assert "Hefin Tregaron" not in [p.name for p in record.attendees]


def test_an_apologies_item_after_its_minute_number_in_words(tmp_path: Path) -> None:
    # "1. Minute Number 2362/19 To receive apologies for absence Cllr A, Clerk B"
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 10 October 2026\n"
                          "Cllr R Pellow (Chairman)\nCllr M Quarrie\nCllr J Hensby\n"
                          "1. Minute Number 2362/26 To receive apologies for absence Cllr S. Trevoy, Clerk Heather Bowdler\n"
                          "2. Minute Number 2363/26 Variation of order of business – none\n")
    assert [p.name for p in record.apologies] == ["S. Trevoy", "Heather Bowdler"]


def test_a_generation_mark_after_a_name_is_no_surname(tmp_path: Path) -> None:
    # "Apologies: Ivor Penhallow, Silas Trebarwith Sr": the person is Silas Trebarwith
    record = extract_page(tmp_path, "Minutes of Polgooth Bowls Club AGM, 27th Feb 2026\n"
                          "Present: Alaric Venning, Dorcas Pellow, Hamish Quiller, Tamsin Rescorla\n"
                          "Apologies: Ivor Penhallow, Silas Trebarwith Sr\n"
                          "Minutes of last year’s meeting\nThese were agreed.\n")
    assert [p.name for p in record.apologies] == ["Ivor Penhallow", "Silas Trebarwith"]


def test_list_entries_whose_notes_say_the_person_could_not_come(tmp_path: Path) -> None:
    # a list of those invited, each with a note: the notes "unable to attend" and "prior commitment" record an
    # absence, the others a presence
    record = extract_page(tmp_path, "Brackenfold Tenants and Residents Association\n6.30pm – 9pm, Wednesday 4th March 2026\n"
                          "Committee Members\nOrla Dunstan (OD) – Treasurer\nPiet Varley (PV) – Secretary\n"
                          "Gwilym Rosser (GR) – Block Rep, Alder House\nTeodor Maddern (TM) – Vice Chair\n"
                          "Partners & Others\nMorwenna Scarth – Estate Cleaning unable to attend, will visit the estate on 9 March\n"
                          "Lucan Pryor – Chair TRA prior commitment\nDelphine Ashby – Tenancy Officer\n"
                          "Agenda Item Action Required\n1. Welcome and introductions. OD opened the meeting.\n")
    assert [p.name for p in record.apologies] == ["Morwenna Scarth", "Lucan Pryor"]
    assert {"Orla Dunstan", "Piet Varley", "Gwilym Rosser", "Delphine Ashby"} <= {p.name for p in record.attendees}


def test_an_agenda_item_label_with_its_minute_reference_on_the_next_line(tmp_path: Path) -> None:
    # "AGENDA ITEM 1- Apologies" / "CL/33/21.06.21" / "Cllrs A, B and C": the label was not read, the list was lost
    # without a warning
    record = extract_page(tmp_path, "Minutes of the ordinary meeting of Pennant Bay Community Council held on Monday, "
                          "21st June 2026\n\nPresent were:\n\nCllr Dewi Penmorfa – Chair\n\nCouncillors:\n\n"
                          "Cllr Briallen Tudno\n\nCllr Cadoc Ferrier\n\nCllr Morfudd Glyndwr\n\n"
                          "AGENDA ITEM 1- Apologies\n\nCL/33/21.06.26\n\nCllrs J. Abergele-Rhys, S. Abergele-Rhys and Tegid\n\n"
                          "AGENDA ITEM 2- Chairman’s Announcements\n\nCL/34/21.06.26\n\n"
                          "The Chairman welcomed everyone to the meeting.\n")
    assert [p.name for p in record.apologies] == ["J. Abergele-Rhys", "S. Abergele-Rhys", "Tegid"]


def test_an_attendee_representing_a_body_leaves_no_apology_for_it(tmp_path: Path) -> None:
    # "Dot X (representing Westdale WI)": the attendee spoke for a body, which sent no apology ("(for MS)" still names
    # the member who was away)
    record = extract_page(tmp_path, "Minutes of the Village Hall Management Committee\nHeld on Wednesday 25th March 2026\n"
                          "Present: Gervase Ombler (Chairman), Ilse Trudgeon (Hon Treasurer), Perpetua Vane (representing "
                          "Westdale WI), Cuthbert Ashdown (Bookings Secretary)\n"
                          "1. Apologies: Marisol Fenwick\n"
                          "2. The Minutes of the meeting held on the 16th November 2025 were read and agreed.\n")
    assert [p.name for p in record.apologies] == ["Marisol Fenwick"]
    assert "Perpetua Vane" in [p.name for p in record.attendees]


def test_a_titled_name_with_a_middle_initial_is_one_person(tmp_path: Path) -> None:
    # "Cllr. David J. Roberts": a title, a first name, a middle initial and the surname, not "David" and "J. Roberts"
    record = extract_page(tmp_path, "MINUTES OF THE MEETING OF PENTREFELIN COMMUNITY COUNCIL 04-12-26\nAPOLOGIES\n"
                          "Cllr. Gareth T. Gwalchmai, Cllr Nia Pencraig.\nPRESENT\n"
                          "Cllrs. Eurig Bodafon (Chairman), Russell Tanrallt (Vice Chairman), Robert G. Maenan.\n"
                          "MINUTES\nThe minutes of the meeting held on October 16th 2026 were found to be correct.\n")
    assert [p.name for p in record.apologies] == ["Gareth T. Gwalchmai", "Nia Pencraig"]


def test_an_apology_by_initials_the_list_defines_is_that_person_once(tmp_path: Path) -> None:
    # "Councillors not present: ..., Mrs. L. Quennell (LQ) ..." / "Apologies for absence were received from Cllr. Mrs. LQ.":
    # the initials are Mrs Quennell's, who is not listed twice
    record = extract_page(tmp_path, "MINUTES OF THE MEETING OF BRAMBLEFORD PARISH COUNCIL\n\nON WEDNESDAY 18th OCTOBER 2026\n\n"
                          "Present Councillor T. Ormsby (TO) (in the chair)\n\n"
                          "Councillors: A. Pellow (AP), C. Farthing (CF) and N. Hindmarsh (NH)\n\n"
                          "Councillors not present: Mrs. E. Wrathall (EW) and Mrs. L. Quennell (LQ)\n\n"
                          "The Clerk, Mrs. D.M. Tolley was also present.\n\n"
                          "1. Apologies\nApologies for absence were received from Cllr. Mrs. LQ.\n\n"
                          "2. Chairman’s Remarks\nThe Chairman reported that the playpark had been repainted.\n")
    assert sorted(p.name for p in record.apologies) == ["E. Wrathall", "L. Quennell"]
