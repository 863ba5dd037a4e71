"""Apologies and absence shapes still missed across the whole corpus and on new real pages (round 17), each written as
a made-up page in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_apologies_from_a_titled_name_were_received_in_a_minute_row(tmp_path: Path) -> None:
    # "2122-80 | APOLOGIES Apologies from Cllr. X were received and accepted.": a minute's reference before the label
    # leaves the sentence to the prose reader, whose run of names goes past the title's full stop, and "were received"
    # is the apology's own verb, not a clause after the names
    record = extract_page(tmp_path, "Minutes of the Meeting of Ashcombe Parish Council held on Monday 3 March 2025 at 7.30 pm\n\n"
                          "Present: Cllrs Tobin Brackwell (Chair), Harriet Quennock, Osric Penhallow and Delia Farrowby.\n\n"
                          "2122-80 | APOLOGIES Apologies from Cllr. Wendell Marrowgate were received and accepted. |\n"
                          "2122-81 | DECLARATIONS OF INTEREST None were declared. |\n")
    assert [p.name for p in record.apologies] == ["Wendell Marrowgate"]


def test_apologies_received_for_a_member(tmp_path: Path) -> None:
    # "Apologies for absence were received for Mrs S. X.": "for" as well as "from", in a numbered run of items
    record = extract_page(tmp_path, "ASHCOMBE AND LINTHWAITE GROUPED PARISH COUNCIL Minutes of the Meeting held on Monday 16 July "
                          "2025 at 7.30 pm in the Village Hall.\n\n1. The chairman welcomed the parish councillors. 2. Apologies for "
                          "absence were received for Mrs S. Quarrendale. 3. There were no declarations of interest. 4. The minutes "
                          "of the last meeting were approved.\n")
    assert [p.name for p in record.apologies] == ["S. Quarrendale"]


def test_apologies_received_with_an_aside_before_from(tmp_path: Path) -> None:
    # "Apologies for absence were received, with consent, from Mr A X (Chair of Trustees), Ms B Y, and Ms C Z."
    record = extract_page(tmp_path, "Minutes of the Board of Trustees held on 13 December 2025\n\n"
                          "Present: Mr T Brackwell, Ms H Quennock, Mr O Penhallow.\n\n1. Welcome and apologies\n"
                          "The Chair welcomed everyone to the school. Apologies for absence were received, with consent, from "
                          "Mr A Marrowgate (Chair of Trustees), Ms Sheila Tollmarsh, and Ms Rini Vantreece. The Board noted the "
                          "headteacher's update.\n")
    assert [p.name for p in record.apologies] == ["A Marrowgate", "Sheila Tollmarsh", "Rini Vantreece"]


def test_the_apologies_of_councillors_were_noted(tmp_path: Path) -> None:
    # "In addition, the apologies of Councillors A, and B were noted.": the apologies "of" the people, the verb after them
    record = extract_page(tmp_path, "Minutes of the Scrutiny Panel held on 5 February 2026\n\n"
                          "2. APOLOGIES AND CHANGES IN MEMBERSHIP\nIt was noted that following the receipt of the temporary "
                          "resignation of Councillor Brackwell from the Panel, Councillor Quennock had been appointed to replace "
                          "him for this meeting. In addition, the apologies of Councillors Penhallow, and Farrowby were noted.\n"
                          "3. DECLARATIONS OF INTEREST\nNone.\n")
    assert [p.name for p in record.apologies] == ["Penhallow", "Farrowby"]
    assert not any("apologies section" in w for w in record.warnings)


def test_no_message_received_from_an_absent_member(tmp_path: Path) -> None:
    # "No message had been received from Cllr X", "No apologies or report had been received from Cllr Y": absent
    # members, whom the gold records with the apologies
    record = extract_page(tmp_path, "Minutes of the Town Council meeting held on 12 June 2025\n\n"
                          "Present: Cllrs S Brackwell, M Quennock, A Penhallow, D Farrowby.\n\n"
                          "FC2025/16 APOLOGIES FOR ABSENCE: Apologies had been received from Cllrs E Tollmarsh and J Vantreece "
                          "who were on holiday. No message had been received from Cllr I Marrowgate.\n"
                          "FC2025/17 REPORTS: No apologies or report had been received from Cllr Otto Kellaway. The Clerk will "
                          "write to him.\n")
    assert [p.name for p in record.apologies] == ["E Tollmarsh", "J Vantreece", "I Marrowgate", "Otto Kellaway"]


def test_a_name_read_with_fewer_initials_in_prose_is_no_second_apology(tmp_path: Path) -> None:
    # "... received on behalf of Councillors S. R. A, M. B and J. M. L. A. C.": the prose reader, now past the initials'
    # stops, reads "M. L. A. C" where the section read "J. M. L. A. C": one person
    record = extract_page(tmp_path, "Minutes of the Overview and Scrutiny Board held on 27 March 2026\n\n"
                          "Present: Councillors P. Brackwell (Chairman), H. Quennock and O. Penhallow.\n\n"
                          "Apologies for absence were received on behalf of Councillors S. R. Tollmarsh, M. Vantreece and "
                          "J. M. L. A. Marrowgate.\n\nThe Chairman welcomed everyone.\n")
    assert [p.name for p in record.apologies] == ["S. R. Tollmarsh", "M. Vantreece", "J. M. L. A. Marrowgate"]


def test_a_lower_case_item_letter_ends_the_run_of_names(tmp_path: Path) -> None:
    # "a. Apologies were recorded from Cllr A. b. Apologies were recorded from Cllr B who left after ITEM 2 c. Apologies
    # were recorded from Mrs C": "c." is the next item's letter, not an initial the run goes past
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 2 October 2025\n\n"
                          "Present: Cllrs Brackwell (Chairman), Quennock, Penhallow.\n\n14/106 ITEM 1 Apologies\n"
                          "a. Apologies were recorded from Cllr Tollmarsh. b. Apologies were recorded from Cllr Vantreece who had "
                          "to leave the Meeting after ITEM 2 c. Apologies were recorded from Mrs L Marrowgate, Upper Down. "
                          "d. Apologies were recorded from Cllr Oddington, WXBC.\n")
    assert [p.name for p in record.apologies] == ["Tollmarsh", "Vantreece", "L Marrowgate", "Oddington"]


def test_an_item_numbered_with_a_slash_in_a_tabbed_row_and_a_motion_to_accept(tmp_path: Path) -> None:
    # "1/ <tab> Apologies: <tab> E. A, K.B <tab> Absent: G.C" then "PROPOSED: Acceptance of apologies: X SECONDED: Y":
    # "1/" is the item's number before the label (the list was read as nothing, with no warning), "2/" the next item,
    # and the motion's mover and seconder were there, not among the apologies
    record = extract_page(tmp_path, "Minutes of a Meeting of the Planning & Development Committee (15/12/25)\n"
                          "Present: R.T.Brackwell (Chairman)\tD.F.Quennock,\tH.L.Penhallow,\tN.Farrowby.\n"
                          "1/\tApologies:\tE. Tollmarsh, K.Vantreece\tAbsent: G.Marrowgate (Vice-Chairman)\n"
                          "PROPOSED: Acceptance of apologies: D.F. Quennock SECONDED: R.T.Brackwell. All in favour.\n"
                          "2/\tDeclaration of Interest: Nil.\n3/\tMinutes of the Previous Meeting:\n"
                          "RESOLVED: That the Minutes be confirmed and signed.\n")
    assert [p.name for p in record.apologies] == ["E. Tollmarsh", "K.Vantreece", "G.Marrowgate"]


def test_a_resolution_that_the_apologies_of_a_member_be_accepted(tmp_path: Path) -> None:
    # "RESOLVED that the apologies of Cllr X be accepted": the verb after the names; not "proffered the apologies of Mr
    # A and introduced Mr B", which the messenger's rule reads (B came)
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 8 January 2026\n\n"
                          "Present: Cllrs Brackwell (Chair), Quennock, Penhallow.\n\n"
                          "101/26 RESOLVED that the apologies of Cllr Tollmarsh and Cllr Vantreece be accepted.\n"
                          "102/26 The Clerk proffered the apologies of Mr P. Marrowgate and introduced Mr D. Kellaway as the new "
                          "auditor.\n")
    assert [p.name for p in record.apologies] == ["Tollmarsh", "Vantreece", "P. Marrowgate"]


def test_an_agenda_items_heading_ends_a_one_name_apologies_list(tmp_path: Path) -> None:
    # "Apologies: A B" / "### Agenda Items" / "* Conference Updates": the heading ends the list (it was read as the
    # header of a register of who came for which item, and the first bullet as a second apology)
    record = extract_page(tmp_path, "## Board Meeting: 24 October 2025\n\n"
                          "Attending: Dora Quennock, Jules Penhallow, Mina Farrowby\nApologies:  Constance Tollmarsh\n\n"
                          "### Agenda Items\n\n*   Conference Updates\n    * The website is waiting on the host\n"
                          "*   Membership Drive\n", name="minutes.md")
    assert [p.name for p in record.apologies] == ["Constance Tollmarsh"]


def test_a_sentence_of_apologies_in_a_table_cell(tmp_path: Path) -> None:
    # "| Participants | A, B (chair), C (minutes). Apologies received from D. |": the apology's own wording in a cell is
    # read as in a paragraph (a table row was left out of the prose reader altogether)
    record = extract_page(tmp_path, "# Net Meeting 41\n\n|||\n|---|---|\n| Date | 24 February 2023, 13h00 CET |\n"
                          "| Participants | Oswin Brackwell, Delia Quennock (chair), Tobias Penhallow (minutes). Apologies received "
                          "from Harriet Farrowby. |\n\nReview of Action List\n---------------------\n\n"
                          "-   41/1: Video on deployment (no progress).\n", name="minutes.md")
    assert [p.name for p in record.apologies] == ["Harriet Farrowby"]
