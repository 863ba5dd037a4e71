"""Attendance shapes met on b36/b37 and new real pages (round 15), each written as a made-up page in a general
shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_an_apologies_sentence_ends_before_the_next_numbered_item(tmp_path: Path) -> None:
    # a run-on paragraph: "Apologies were received from A. 2. Declarations of interest – B declared ...": the next
    # item's number ends the apologies' sentence, so B (who declared an interest) and C (appointed) sent none
    record = extract_page(tmp_path, "MINUTES OF THE PARISH COUNCIL MEETING HELD ON 14 OCTOBER 2025\n\n"
                          "1. The chairman, Wilfred Ambrey, welcomed the councillors. Apologies were received from "
                          "PCSO Dulcie Harnwell. 2. Declarations of interest – Nigel Penlowe declared an interest in item 9. "
                          "3. Village charities – councillors appointed Gillian Quarley, all in agreement. 4. Finance – "
                          "the clerk reported the balances, which were noted by all members present at the meeting.\n")
    assert [p.name for p in record.apologies] == ["Dulcie Harnwell"]


def test_a_long_welcome_of_councillors_names_all_present(tmp_path: Path) -> None:
    # "The chairman, A, welcomed councillors B, C, ... and H.": every councillor the welcome names was there, past the
    # first 80 characters, and past a name the finder does not know ("Kezia Dunstable") inside the run
    record = extract_page(tmp_path, "MINUTES OF THE PARISH COUNCIL MEETING HELD ON 14 OCTOBER 2025\n\n"
                          "1. The chairman, Wilfred Ambrey, welcomed councillors Osric Penlowe-Vance, Gillian Quarley, "
                          "Norman Bastable, Frank Tolliver, Kezia Dunstable, Tony Wrexfield, Kenneth Harrowby and Roger "
                          "Pendleford. The clerk, Marion Chettle, was in attendance. There was one member of the public. "
                          "2. Minutes of the previous meeting were approved as a true record.\n")
    names = [p.name for p in record.attendees]
    assert {"Osric Penlowe-Vance", "Gillian Quarley", "Norman Bastable", "Frank Tolliver", "Tony Wrexfield",
            "Kenneth Harrowby", "Roger Pendleford", "Marion Chettle"} <= set(names)
    assert not record.apologies


def test_apologies_intimated_on_behalf_of(tmp_path: Path) -> None:
    # the Scottish wording: "Apologies for absence were intimated on behalf of A, B and C"
    record = extract_page(tmp_path, "Glenbrae Community Council\nMINUTES OF A MEETING HELD ON THURSDAY 5TH MARCH 2026\n\n"
                          "2026/03/01 MEMBERS\n\nMr A Quennock, Chairman\n\n2026/03/02 APOLOGIES\n\n"
                          "Apologies for absence were intimated on behalf of Ms R Gillwater, Mr W Thurlby and Mrs E Abernathy.\n\n"
                          "2026/03/03 MINUTES OF THE LAST MEETING\n\nThe Minutes were approved.\n")
    assert [p.name for p in record.apologies] == ["R Gillwater", "W Thurlby", "E Abernathy"]


def test_a_councillors_apologies_in_the_possessive(tmp_path: Path) -> None:
    # "Councillor A’s apologies were noted and accepted.": A sent apologies
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 12 January 2026\n\n"
                          "Present: Councillors M Harwick (Chair), J Nedderley, R Brantwood.\n\n"
                          "FC/3/1/26 Apologies for absence with reason given\n\n"
                          "Councillor Dorian Clevedge’s apologies were noted and accepted.\n\n"
                          "Declaration of Members’ interests\n\nNo declarations were made.\n")
    assert [p.name for p in record.apologies] == ["Dorian Clevedge"]


def test_surnames_after_a_ward_note_go_on_with_the_councillors_list(tmp_path: Path) -> None:
    # "PRESENT Councillors A, B (East Ward). C, D and E (West Ward). F, G (North Ward) together with the Town Clerk":
    # the surnames after each ward's full stop are more councillors of the same list
    record = extract_page(tmp_path, "Minutes of the Meeting of the Town Council held on Monday 2nd March 2026 at 7pm\n\n"
                          "PRESENT Mayor Councillor Tregannon (East Ward). Councillors Pellowe, Quintrell, Vosper (East Ward). "
                          "Ashworthy, Kellond and Trebilcock (West Ward). Penhaligon, Rosevear (North Ward) together with "
                          "the Town Clerk\n\n"
                          "26/03/01 Apologies for absence Apologies were received from Councillor Polglaze\n")
    assert [p.name for p in record.attendees] == ["Tregannon", "Pellowe", "Quintrell", "Vosper", "Ashworthy", "Kellond",
                                                  "Trebilcock", "Penhaligon", "Rosevear"]
    assert [p.name for p in record.apologies] == ["Polglaze"]


def test_a_welcome_to_a_councillors_adviser_is_not_the_councillor(tmp_path: Path) -> None:
    # "The Chair welcomed Councillor A’s youth adviser to the meeting": the adviser came, not A (who sent apologies)
    record = extract_page(tmp_path, "Minutes of the Council meeting held on 4 June 2026\n\nApologies for absence\n\n"
                          "Apologies for absence were received from Councillors Brannock and Trethewy.\n\n"
                          "Chairman's announcements\n\nThe Chair welcomed Councillor Brannock’s youth adviser to the meeting.\n")
    assert not record.attendees
    assert [p.name for p in record.apologies] == ["Brannock", "Trethewy"]


def test_a_wish_to_welcome_new_councillors_to_their_first_council_meeting(tmp_path: Path) -> None:
    # "the Mayor made reference to her wish to welcome Cllrs A and B to their first Council meeting": both were there
    record = extract_page(tmp_path, "Borough Council - Tuesday, 23rd June, 2026 2.30 pm\n\nMayor's Introductory Comments\n\n"
                          "During her introductions, the Mayor made particular reference to her wish to welcome Cllrs Penwarden "
                          "and Trelawder to their first Council meeting since their election.\n\nApologies for Absence\n\n"
                          "An apology for absence was received from Cllr N Carnsew.\n")
    assert [p.name for p in record.attendees] == ["Penwarden", "Trelawder"]
    assert [p.name for p in record.apologies] == ["N Carnsew"]


def test_a_board_list_of_names_and_posts_one_a_line_with_a_note_and_a_rank_on_lines_of_their_own(tmp_path: Path) -> None:
    # a board's members one a line, each name followed by its post on the next line; the chair's "(Chair)" and a police
    # rank ("Chief Superintendent") stand alone on lines of their own: neither ends the list
    record = extract_page(tmp_path, "Minutes of the Meeting of the\n\nWellbeing Board\n\nHeld: Thursday, 5 March 2026 at 10:30 am\n\n"
                          "Present:\n\nCouncillor Marwood\n\n(Chair)\n\nDeputy Mayor, Westerby City Council.\n\n"
                          "Ivor Brackley\n\nDeputy Director of Public Health, Westerby City Council.\n\n"
                          "Chief Superintendent\n\nAndy Tolworth\n\nHead of Local Policing, Westshire Police.\n\n"
                          "Susan Lockhart\n\nManaging Director, Westerby Clinical Commissioning Group\n\n"
                          "Councillor Sarah Rudgwick\n\nAssistant City Mayor, Westerby City Council.\n\n"
                          "101.    WELCOME AND APOLOGIES FOR ABSENCE\n\nThe Chair welcomed everyone to the meeting.\n")
    assert [p.name for p in record.attendees] == ["Marwood", "Ivor Brackley", "Andy Tolworth", "Susan Lockhart",
                                                  "Sarah Rudgwick"]


def test_a_full_stop_inside_a_note_in_brackets_does_not_end_the_list(tmp_path: Path) -> None:
    # "In attendance: A (Town Clerk); B (Civic Officer and Asst. Town Clerk) C (Mace Bearer); ...": the abbreviation's
    # full stop inside the note ends no sentence, so the officers after it attend too
    record = extract_page(tmp_path, "Minutes of the Town Council meeting held on 11 June 2026\n\n"
                          "PRESENT: Councillors T Ambridge; K Bellweather (Mayor) and P Corrington In attendance: "
                          "S Dunthorpe (Town Clerk); Mrs F Eskdale (Civic Officer and Asst. Town Clerk) M Fairleigh (Mace Bearer); "
                          "Ms E. Gatcombe (Committee Administration) Canon Richard Holloway-Penn (Chaplain)\n\n"
                          "FC2026/16 APOLOGIES FOR ABSENCE: Apologies had been received from Cllr J Inchbold.\n")
    assert [p.name for p in record.attendees] == ["T Ambridge", "K Bellweather", "P Corrington", "S Dunthorpe", "F Eskdale",
                                                  "M Fairleigh", "E. Gatcombe", "Richard Holloway-Penn"]


def test_a_group_of_councillors_after_a_dash_goes_on_with_the_present_list(tmp_path: Path) -> None:
    # "Present: Messrs A, B & C. Mrs D. County Councillors-E, F & G .": the councillors of the next tier, after their
    # group's plural title and a dash, are present too
    record = extract_page(tmp_path, "Minutes of Meeting held on Wed. 6th May 2026 at 7.30pm in the Church Hall.\n\n"
                          "Present: Messrs.R. Quarrington,[Chair],I. Dunmore & S.Yelverton. Mrs. A. Annesley, L.Wetherden. "
                          "Shire Councillors-JA Lisle, D. Nettlefold &  A.Vosburgh .\n\nApologies: PC J. Pendarves\n\n"
                          "Minutes of previous meeting : Approved.\n")
    assert [p.name for p in record.attendees][-3:] == ["JA Lisle", "D. Nettlefold", "A.Vosburgh"]


def test_a_substitute_named_in_a_run_of_apologies_was_present(tmp_path: Path) -> None:
    # "Apologies ... from Councillor A, who was substituted by Councillor B, Councillor C, who was substituted by
    # Councillor D": B and D came in A's and C's places
    record = extract_page(tmp_path, "Planning Committee South\n28 Oct 2026 - 14:00 to 16:21\n\n"
                          "1 Apologies for Absence and Substitutions\n1\n"
                          "Apologies for absence were received from Councillor Dallaway, who was substituted by Councillor "
                          "Pickerell,  Councillor Ninnock, who was substituted by Councillor Thwaite.\n\n"
                          "2 Declarations of Interest\n2\nCouncillor Hedgecock declared an interest in item 6 as Ward Member.\n")
    assert [p.name for p in record.apologies] == ["Dallaway", "Ninnock"]
    assert {"Pickerell", "Thwaite"} <= {p.name for p in record.attendees}


def test_inline_apologies_end_where_prose_by_initials_begins(tmp_path: Path) -> None:
    # a flattened page: "Apologies: A B C <their organisations> <their initials> AB welcomed members to the meeting ...":
    # the sentence the chair's initials open is no part of the apologies, nor are the people it names
    record = extract_page(tmp_path, "Reducing Reoffending Group Wednesday 21st October 2026 10:00-12:00 hrs Notes 1. Introductions, "
                          "Welcome and Apologies Attendees: Alma Bartram (Chair) Mike Blewitt Gordon Fennimore Westshire Police "
                          "Probation Service AB MB GF Apologies: Ben Byworth Peter Fallowfield Youth Support Service NHS England BB PF "
                          "AB welcomed members to the meeting and explained the partnership was chaired by Nigel Ephraims with "
                          "Jasper Norwell from the CPS as Vice Chair. 2. Terms of Reference The Terms of Reference were reviewed.\n")
    assert [p.name for p in record.apologies] == ["Ben Byworth", "Peter Fallowfield"]


def test_an_and_glued_to_a_surname_the_minutes_write_alone_elsewhere(tmp_path: Path) -> None:
    # "John Farrowand Paul Quenby" (the PDF's text lost the space before "and"): the minutes write "Cllr J Farrow" later,
    # so the surname is "Farrow"; a surname that ends in "and" (Rowland) stays whole when nothing else writes it shorter
    record = extract_page(tmp_path, "Minutes of the Meeting held at 7.00pm on Tuesday 17th February 2026\n\n"
                          "Present: Parish Councillors: Thomas Armthwaite (Chairman),Marjorie Hebblewhite, Colin Rowland, "
                          "John Farrowand Paul Quenby,\n\nApologies for absence were received from Cllr Raymond Thirlwell.\n\n"
                          "Chairman’s Opening Remarks: The Chairman thanked Cllrs M Hebblewhite and J Farrow for their help.\n")
    names = [p.name for p in record.attendees]
    assert "John Farrow" in names and "Colin Rowland" in names
    assert not any(name.endswith("Farrowand") for name in names)


def test_a_post_label_ending_in_a_title_names_one_person_whatever_the_first_name(tmp_path: Path) -> None:
    # "Westshire District Councillor: Carni Quillfeather": the label is a post ending in a title, so the name after it
    # is a person, though the name list does not know the first name
    record = extract_page(tmp_path, "Minutes of the Meeting held at 7.00pm on Tuesday 17th February 2026\n\n"
                          "Present: Parish Councillors: Thomas Armthwaite (Chairman), Marjorie Hebblewhite\n\n"
                          "County Councillor: Keith Lidderdale\n\nWestshire District Councillor: Carni Quillfeather\n\n"
                          "Parish Clerk: Judith Margetson\n\nApologies for absence were received from Cllr Raymond Thirlwell.\n")
    assert "Carni Quillfeather" in [p.name for p in record.attendees]


def test_apologies_in_the_sentences_after_the_following_sent_their_apologies(tmp_path: Path) -> None:
    # "The following Councillors sent their apologies." and then one sentence for each, its names first: "Mr A and Mr B
    # had to attend previous engagements. Mr C due to family bereavement. Mr D was unable to attend."
    record = extract_page(tmp_path, "Minutes of the meeting held on 19th August 2026\nVice Chairman, Mr P Chalcombe in the Chair\n"
                          "Mr R Coxwold.\nMiss P Fettiplace.\n3 members of the public also attended.\n"
                          "2891. Apologies for Absence.\nThe following Councillors sent their apologies. Mr J Hubbleday and "
                          "Mr P Bournville had to attend previous engagements. Mr C Wentbridge due to family bereavement. "
                          "Mr D Lovibond was unable to attend. The Clerk noted the apologies.\n2892. Declaration of interests.\n"
                          "No one had any interests to declare.\n")
    assert [p.name for p in record.apologies] == ["J Hubbleday", "P Bournville", "C Wentbridge", "D Lovibond"]
