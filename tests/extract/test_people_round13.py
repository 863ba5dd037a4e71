"""Attendance shapes met on new real pages and on b32/b33 (round 13's probe lots), each written as a made-up page
in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_chair_note_in_parentheses_is_no_sentence_ending_the_list(tmp_path: Path) -> None:
    # "Councillor X (in the Chair); Councillors A, B and C" on the line under "Present:": "in the Chair" is a note on
    # the first entry, not a verb telling who came, so the councillors after it are present too
    record = extract_page(tmp_path, "Minutes of the Licensing Committee held on 3 March 2022\n\n"
                          "Present:\n"
                          "Councillor R Pellow (in the Chair); Councillors Ashdown, Brill, Corran-Hythe and Dunmere.\n\n"
                          "1. Apologies\nApologies were received from Councillor Elwick.\n")
    assert [p.name for p in record.attendees] == ["R Pellow", "Ashdown", "Brill", "Corran-Hythe", "Dunmere"]
    assert [p.name for p in record.apologies] == ["Elwick"]


def test_those_in_attendance_were(tmp_path: Path) -> None:
    # "Those in attendance were A, B and C." in the call to order, as "Those present were ..." reads
    record = extract_page(tmp_path, "Board of Directors\nMarch 16, 2015\n"
                          "The meeting was called to order at 6:00pm. Those in attendance were Tom Farrant, Gail Dorsey, "
                          "Pete Amblin and Rose Tandy.\n"
                          "1. The minutes were approved.\n")
    assert [p.name for p in record.attendees] == ["Tom Farrant", "Gail Dorsey", "Pete Amblin", "Rose Tandy"]


def test_posts_before_titles_under_in_attendance(tmp_path: Path) -> None:
    # "The Clerk Mr X, Finance Officer Mrs Y, ...": each post before the title and name of who holds it
    record = extract_page(tmp_path, "Minutes of the Town Council meeting held on 26 September 2016\n\n"
                          "Present:\nCllr A Bellamy (Mayor), Cllr C Dunford, Cllr E Frostick.\n\n"
                          "In attendance:\n\n"
                          "The Clerk Mr P. Dalby, Finance Officer Mrs R. Lowick, Admin Officer Mrs J. Corran, "
                          "1 member of the public and 1 member of the press.\n\n"
                          "81 TO NOTE APOLOGIES FOR ABSENCE\nNone.\n")
    assert [p.name for p in record.attendees] == ["A Bellamy", "C Dunford", "E Frostick", "P. Dalby", "R. Lowick", "J. Corran"]


def test_present_before_a_run_of_full_names_without_separators(tmp_path: Path) -> None:
    # a name | organisation table flattened into one paragraph: "Present" (no colon, title case) and then full names
    # with nothing between them, the organisations after; "Pastor" is a title, like "Rev"
    record = extract_page(tmp_path, "Minutes: Project Location Date and time Meeting no: 4 Westbrook Forum Community Hall, "
                          "Westbrook 12 May 2015 @ 13.00 Present Hannah Corlett Dermot Ashby Lydia Penrose Pastor Owen Varley "
                          "Cllr Fern Aldous Gideon Moyle Representing Housing Association Residents Group Community Church "
                          "City Council Regeneration Office Apologies: Ruth Tilsley Mabel Grange Date of Next Meeting "
                          "Item Notes 1 Welcome and Apologies Action\n")
    assert [p.name for p in record.attendees] == ["Hannah Corlett", "Dermot Ashby", "Lydia Penrose", "Owen Varley",
                                                  "Fern Aldous", "Gideon Moyle"]
    assert [p.name for p in record.apologies] == ["Ruth Tilsley", "Mabel Grange"]


def test_a_first_name_run_into_the_surname(tmp_path: Path) -> None:
    # "DoraWhitcombe": the space between first name and surname lost in a PDF's text; "MacLeod" stays one surname
    record = extract_page(tmp_path, "Minutes of the Steering Group, 16 April 2018\n\n"
                          "Attendees: Sally Penhale (Consultant), Dave Rayburn, DoraWhitcombe, Ian MacLeod, Rachel Tolland\n\n"
                          "Apologies: Bev Dorling\n\n1. Terms of reference.\n")
    assert [p.name for p in record.attendees] == ["Sally Penhale", "Dave Rayburn", "Dora Whitcombe", "Ian MacLeod", "Rachel Tolland"]


def test_a_present_section_read_as_empty_warns_though_others_were_read(tmp_path: Path) -> None:
    # "PRESENT" on its own line over a list the rules do not read, one councillor found later in the text: the
    # section's silence is said, not hidden behind the one name read elsewhere
    record = extract_page(tmp_path, "MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON WEDNESDAY, MARCH 5, 2008\n\n"
                          "PRESENT\n\n"
                          "His Worship the Mayor (Clr Tarrant), Councillors Obey, Wakeling (from 6.35pm and until\n"
                          "9.46pm), Sutter (except from 9.21pm until 9.23pm and from 9.25pm until 9.28pm and until 9.50pm), Grennan\n\n"
                          "IN ATTENDANCE\n\nGeneral Manager, Director Works\n\n"
                          "061/08 Disclosure of Interests\nClr Grennan declared an interest in item 9.\n")
    assert any("attendance section" in w and "PRESENT" in w for w in record.warnings)


def test_members_listed_in_the_agenda_notice_are_not_present(tmp_path: Path) -> None:
    # an agenda and its minutes in one page: "A meeting ... will be held on ..." / "Members: Councillors ...": who sits
    # on the committee; the minutes' "Present:" says who came
    record = extract_page(tmp_path, "Agenda WESTSHIRE JOINT BURIAL COMMITTEE\n"
                          "A meeting of the above Committee will be held at the Lodge on FRIDAY 22nd JUNE 2018 AT 2.30 p.m.\n"
                          "Members:\nCouncillors Mrs Abbot, Corrin, Dewhurst, Fennick and Hollins (Chairman).\n"
                          "AGENDA\n1. Apologies for Absence.\n2. Declarations of Interest.\n"
                          "Minutes of a meeting of the WESTSHIRE JOINT BURIAL COMMITTEE held at the Lodge on Friday 22nd June 2018.\n"
                          "Present:\nCouncillors Corrin, Dewhurst and Hollins (Chairman)\n"
                          "1. Apologies for absence\nApologies were received from Councillor Fennick.\n")
    assert [p.name for p in record.attendees] == ["Corrin", "Dewhurst", "Hollins"]


def test_a_one_a_line_list_goes_on_past_a_post_typed_against_the_name(tmp_path: Path) -> None:
    # "Name-Director of X": the post hyphened to the surname, prose-like after it ("of"), is a person's line; with a
    # post's wrapped tail ("and Social Care") before it, the list went no further
    record = extract_page(tmp_path, "HEALTH AND WELLBEING BOARD\n\n21st March, 2013\n\nPRESENT:\n\n"
                          "Hugo Varley-City Mayor\n\nGlen Hartop-Westshire Police\n\n"
                          "Tess Oldroyd-Strategic Director for Community Health\n\nand Social Care\n\n"
                          "Nia Fernbrook-Director of Public Health\n\nOwen Pellow-Westshire CCG\n\n"
                          "ITEM / ACTION\n1. / INTRODUCTIONS AND APOLOGIES FOR ABSENCE\nThe Chair welcomed members.\n")
    assert [p.name for p in record.attendees] == ["Hugo Varley", "Glen Hartop", "Tess Oldroyd", "Nia Fernbrook", "Owen Pellow"]


def test_a_list_under_a_complete_apologies_line_is_those_present_when_no_label_says_so(tmp_path: Path) -> None:
    # "Apologies for Absence: Cllr X (XX)" complete on its line, then a line of three or more people, on a page with no
    # label of those present: that line lists who came; an apologies list that ends its line with a comma goes on
    page = ("DRAFT Minutes of Ordinary Parish Council Meeting held in the Village Hall on Thursday 14 March 2024\n\n"
            "  1. Open Forum: No members of the public attended for this purpose\n"
            "  2. Apologies for Absence: Cllr. Oliver Quarry (OQ){tail}\n"
            "    Cllr. Piers Ottaway (PO) [Chairman], Roland Ibbot (RI) [Deputy Chairman], Cllr. Simon Trask (ST), "
            "Cllr. Walter Yelland (WY), Victor Umbers (VU) [Clerk/RFO]\n"
            "    Members of the Public: None.\n"
            "  3. Minutes of Previous Meetings: approved.\n")
    record = extract_page(tmp_path, page.format(tail=""))
    assert [p.name for p in record.apologies] == ["Oliver Quarry"]
    assert [p.name for p in record.attendees] == ["Piers Ottaway", "Roland Ibbot", "Simon Trask", "Walter Yelland", "Victor Umbers"]
    record = extract_page(tmp_path, page.format(tail=","))
    assert [p.name for p in record.apologies][:2] == ["Oliver Quarry", "Piers Ottaway"]


def test_apologies_sentence_run_into_the_item_heading(tmp_path: Path) -> None:
    # "Welcome & Apologies for AbsenceApologies were accepted from ...": a table's heading cell glued to the sentence
    record = extract_page(tmp_path, "Minutes of the Full Governing Body meeting, 14 July 2014\n\n"
                          "Present: Mrs Ann Bellamy (Chair), Mr Carl Dunmore\n\n"
                          "1. / Welcome & Apologies for AbsenceApologies were accepted from Mr Ridley and Ms Camilla Grice\n\n"
                          "2. Minutes\nAgreed.\n")
    assert [p.name for p in record.apologies] == ["Ridley", "Camilla Grice"]


def test_apologies_passed_on_of_a_name_with_an_initials_stop(tmp_path: Path) -> None:
    # "Mr N. Ormsby proffered the apologies of Mr P. Quennell": the messenger came, the one named after him sent
    # apologies; the names after "of" run past an initial's stop
    record = extract_page(tmp_path, "Minutes of the Audit Committee, 14 July 2014\n\n"
                          "Present: Councillor Ann Bellamy (Chair), Councillor Carl Dunmore\n\n1. Apologies\n"
                          "An apology for absence was received from Councillor Ravi Okafor. Mr N. Ormsby proffered the "
                          "apologies of Mr P. Quennell from Ashby Audit and introduced Mr D. Yarrow as the new Audit Manager.\n\n"
                          "2. Minutes\nAgreed.\n")
    assert [p.name for p in record.apologies] == ["Ravi Okafor", "P. Quennell"]
    assert "N. Ormsby" in [p.name for p in record.attendees]
