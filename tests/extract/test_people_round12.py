"""Attendance shapes met on new real pages and on b30/b31 (round 12's probe lots), each written as a made-up page
in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_initials_run_together_before_a_surname(tmp_path: Path) -> None:
    # two or three initials with neither stops nor spaces ("TJ Harwell", "DEW Oakhurst"), in a one-a-line list and in a run
    record = extract_page(tmp_path, "Minutes of the Town Council meeting held on 4 May 2021\n\n"
                          "In attendance:-\n"
                          "TJ Harwell RRC – Chair of Planning Committee\n"
                          "Mrs M Brindley\n"
                          "L Fenchurch\n"
                          "DEW Oakhurst – Leader of the Council\n"
                          "Mrs E Saltby\n\n"
                          "1. Apologies\nNone.\n")
    assert [p.name for p in record.attendees] == ["TJ Harwell", "M Brindley", "L Fenchurch", "DEW Oakhurst", "E Saltby"]
    record = extract_page(tmp_path, "Minutes of the Planning Commission, April 13, 2021\n"
                          "Members Present: Sara Gellow, AJ Rubery and Tom Cartley.\n"
                          "- Call to Order\n")
    assert [p.name for p in record.attendees] == ["Sara Gellow", "AJ Rubery", "Tom Cartley"]


def test_an_organisations_letters_before_a_word_are_no_initials(tmp_path: Path) -> None:
    # "NHS Trust", "CCG Lead": an organisation's letters before a post or an organisation's word name nobody
    record = extract_page(tmp_path, "Minutes of the Health Forum meeting held on 4 May 2021\n\n"
                          "Present:\nAnn Lowther (Chair)\nCCG Lead\nNHS Trust\nBob Marsden\n\n"
                          "1. Minutes\nAgreed.\n")
    assert [p.name for p in record.attendees][:1] == ["Ann Lowther"]
    assert not {"CCG Lead", "NHS Trust", "CCG", "NHS"} & {p.name for p in record.attendees}


def test_a_list_goes_on_after_along_with_or_together_with(tmp_path: Path) -> None:
    # "A, B and C, along with D from Zoning": D was there too; "together with the Clerk, E" likewise
    record = extract_page(tmp_path, "Minutes of the Planning Commission, April 13, 2021\n"
                          "Members Present: Sara Gellow, Jen Hawley, Tom Cartley and Mia Bissett, along with Al Rubery from Zoning.\n"
                          "- Call to Order\n")
    assert [p.name for p in record.attendees] == ["Sara Gellow", "Jen Hawley", "Tom Cartley", "Mia Bissett", "Al Rubery"]
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 4 May 2021\n\n"
                          "Present: Ann Lowe, Bob Rider and Cath Dune together with Dora Fell (Clerk).\n\n"
                          "1. Minutes\nAgreed.\n")
    assert [p.name for p in record.attendees] == ["Ann Lowe", "Bob Rider", "Cath Dune", "Dora Fell"]


def test_a_one_a_line_list_goes_on_past_a_surname_with_a_particle(tmp_path: Path) -> None:
    # "Ms Tilda van Rees" (a lower-case particle after the first name) is a name: the list does not end before it
    record = extract_page(tmp_path, "Minutes of the Patient Group meeting held on 4 May 2021\n\n"
                          "Present:\n\nMs Ann Lowther\n\nDr Bob Marsden\n\nMs Tilda van Rees\n\n"
                          "Apologies:\n\nCarl Dunstan\n\n"
                          "MINUTES\n\n1. Introductions\n")
    assert [p.name for p in record.attendees] == ["Ann Lowther", "Bob Marsden", "Tilda van Rees"]
    assert [p.name for p in record.apologies] == ["Carl Dunstan"]


def test_presence_told_by_the_call_to_order_and_present_included(tmp_path: Path) -> None:
    # "called to order at 7:00 p.m. by Chairman X", "Selectmen present included A, B and C": all were there
    record = extract_page(tmp_path, "Board of Selectmen\nMarch 16, 2005\nMinutes\n"
                          "The meeting was called to order at 7:00 p.m. by Chairman Ivo Wardle. Selectmen present included "
                          "Mick Mayhew, Dale Dunmore and Jerry Hokes. Town Administrator Tam Smalley also attended.\n"
                          "On a motion by Dunmore, seconded by Mayhew, the Board voted unanimously to adjourn at 8:40 p.m.\n")
    assert {p.name for p in record.attendees} == {"Ivo Wardle", "Mick Mayhew", "Dale Dunmore", "Jerry Hokes", "Tam Smalley"}


def test_apologies_from_without_a_verb_before_all_other_members_were_present(tmp_path: Path) -> None:
    # "Mr X took the chair, apologies from A, B and C, all other committee members were present": A, B and C were away
    record = extract_page(tmp_path, "Minutes of the General Meeting held on Wednesday 23rd October 2019\n\n"
                          "Members\n\n"
                          "Mr T Gatley took the chair, apologies from Mrs L Osmond, Mr W Gatley and Mr I Pawley, all other "
                          "committee members were present with a further 13 society members in attendance.\n\n"
                          "Minutes\n\nThe minutes of the previous general meeting were confirmed and signed.\n")
    assert [p.name for p in record.attendees] == ["T Gatley"]
    assert [p.name for p in record.apologies] == ["L Osmond", "W Gatley", "I Pawley"]


def test_a_double_barrelled_surname_whose_second_part_opens_with_mac(tmp_path: Path) -> None:
    # "Anderson-MacKellar": the second part of the name is a surname too, not where the name ends
    record = extract_page(tmp_path, "Minutes of the Church Council meeting held on 22 January 2009\n\n"
                          "Present: Revd Dr Jan Anderson-MacKellar, Chair JAM\n\nAndrew Clerke, Vice Chair AC\n\n"
                          "Sylvia Walkden, Treasurer SW\n\n"
                          "1. Opening Prayers were led by JAM\n")
    assert [p.name for p in record.attendees] == ["Jan Anderson-MacKellar", "Andrew Clerke", "Sylvia Walkden"]


def test_presence_told_by_expressed_thanks(tmp_path: Path) -> None:
    # "Ms X expressed her thanks to Mr Y": X spoke at the meeting, so was there
    record = extract_page(tmp_path, "Minutes of the Annual General Meeting held on the 20th February 2018\n\n"
                          "Apologies for absence\n\nApologies for absence were received from Mrs J Hewlett\n\n"
                          "Treasurer's Report\n\nMs Lyra Chalmers expressed her thanks to the auditor for his help with the "
                          "accounts.\n")
    assert [p.name for p in record.attendees] == ["Lyra Chalmers"]
    assert [p.name for p in record.apologies] == ["J Hewlett"]


def test_a_numbered_report_heading_ends_the_apologies(tmp_path: Path) -> None:
    # "1601 Secretary's Report: ACTION" (a four-figure minute number) is the next item, not a group inside the list
    record = extract_page(tmp_path, "Sports & Social Club Minutes of the meeting held 14th January 2016\n\n"
                          "Present: Mrs B Gillard (Chairperson), Mr R Swinburne (Treasurer), Mr M Ellery\n\n"
                          "1600 Apologies:\n\nMr D Pedlow and Ms H Chalmers\n\n"
                          "1601 Secretary's Report: ACTION\n\n"
                          "Car Park Lighting: AC The car park can be very dark if the light has not been switched on.\n")
    assert [p.name for p in record.apologies] == ["D Pedlow", "H Chalmers"]


def test_the_first_initials_in_brackets_are_the_persons(tmp_path: Path) -> None:
    # "Mrs SE Stockley [SS] (FTG)": her initials, then the code of the seat she holds (a key below says what it means)
    record = extract_page(tmp_path, "A Meeting of the Full Governing Board was held on Thursday 5th December 2019 at 4.30pm.\n\n"
                          "Present:\nMr C Wortley [CW] Chair (FTG)\nMrs SE Stockley [SS] (FTG)\nMs S Trelawny [ST] (CG)\n\n"
                          "(FTG) Foundation Trustee Governor; (CG) Co-opted Governor\n\n"
                          "1. Welcome\nThe Chair opened the meeting.\n")
    assert [(p.name, p.initials) for p in record.attendees] == [("C Wortley", "CW"), ("SE Stockley", "SS"), ("S Trelawny", "ST")]


def test_a_name_with_its_initials_stop_glued_is_the_listed_person(tmp_path: Path) -> None:
    # "A. Jonas" in the list and "A.Jonas" in "Proposed by A.Jonas" are one person, not two
    record = extract_page(tmp_path, "MINUTES of MEETING held on 9th April 2018\n"
                          "PRESENT C.Cooke(Clerk), S. Hannam, M. Balls, A. Jonas , J. O’Leery\n"
                          "1. APOLOGIES FOR ABSENCE received from J. Seward\n"
                          "2. Minutes: Proposed by A.Jonas seconded by J.O’Leery.\n")
    assert [p.name for p in record.attendees] == ["C.Cooke", "S. Hannam", "M. Balls", "A. Jonas", "J. O’Leery"]


def test_an_organisation_after_the_name_is_no_second_person(tmp_path: Path) -> None:
    # "Alex Hill, Criminal Justice Social Services": where the apologising member works, its last word an organisation's
    record = extract_page(tmp_path, "Minute of meeting held on 23rd October 2015 at 10.00am\n"
                          "Present: Andrew Carney, Chair, Director of Public Health\n"
                          "Bill Sturrock, Police Scotland\n"
                          "Apologies: Alex Hillary, Criminal Justice Social Services\n"
                          "1 / Apologies for absence\nApologies for absence were noted as above.\n")
    assert [p.name for p in record.apologies] == ["Alex Hillary"]


def test_presence_told_by_were_present_at_the_meeting_and_a_colon(tmp_path: Path) -> None:
    # "The following directors (...) were present at the meeting: President A, Secretary B, board members C and D."
    record = extract_page(tmp_path, "Regular Meeting -- August 10, 2003\n"
                          "The Board of Directors held its regular meeting starting at 1:15 pm. The following directors "
                          "(constituting a quorum of the full board) were present at the meeting: President Matt Rilling, "
                          "Secretary Owen McAlister, board members Miles Lowe and Doug Mullan. Treasurer Tom Reeve was absent.\n"
                          "Marketing. Matt reported on the search for help with marketing.\n")
    assert {p.name for p in record.attendees} >= {"Matt Rilling", "Owen McAlister", "Miles Lowe", "Doug Mullan"}
    assert [p.name for p in record.apologies] == ["Tom Reeve"]


def test_a_label_with_a_colon_after_a_sentence_in_a_short_paragraph(tmp_path: Path) -> None:
    # "The meeting was called to order at 17:55. Those attending: A, B, C and D." (a paragraph under 200 characters)
    record = extract_page(tmp_path, "Board Meeting\n\nJanuary 21, 2000\n\n"
                          "The meeting was called to order at 17:55. Those attending: Jurian Kessel, Brent Hollis, Gerard Ames "
                          "and Nancy Pell.\n\n"
                          "Agenda Item 1: Approve Minutes of Last Meeting.\n- Accepted.\n")
    assert [p.name for p in record.attendees] == ["Jurian Kessel", "Brent Hollis", "Gerard Ames", "Nancy Pell"]
