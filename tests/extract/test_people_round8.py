"""Attendance shapes met in minutes nobody tuned for (round 8), each written as a made-up page in a
general shape of English minutes, not copied from a corpus document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_an_attendance_line_repeated_on_every_page_is_still_the_attendance(tmp_path: Path) -> None:
    # a page header that repeats "Those Present:..." (the space after the colon lost) three times:
    # a repeated line is running-header furniture, but an attendance line is content wherever it stands
    line = "Those Present:K Marsh (Chairman), L Penrose-Hart, T Quill, R Sowden\n\n"
    record = extract_page(tmp_path, line + line + "Minutes of the meeting of the Parish Council held on Monday 8th August 2016\n\n"
                          + line + "Apologies for Absence:G Tindall\n\n1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["K Marsh", "L Penrose-Hart", "T Quill", "R Sowden"]
    assert [p.name for p in record.apologies] == ["G Tindall"]


def test_apologies_after_a_label_that_ends_its_own_sentence_with_a_council_before_a_title(tmp_path: Path) -> None:
    # "1. Apologies. Cllr X, County Cllr Y & PCSO Z": the council a councillor sits on, written before the title,
    # in a list after a label closed by a full stop
    record = extract_page(tmp_path, "Ashcombe Parish Council – Minutes of Meeting 8th July 2019\n\n"
                          "Present: Cllr M Carver, Cllr K Denny-Lowe and Cllr E Frost.\n\n"
                          "1. Apologies. Cllr A Hurst, Ashford Cllr I Jarvis & PCSO A Kemp\n\n"
                          "2. Disclosure of Interest. None declared.\n")
    assert [p.name for p in record.attendees] == ["M Carver", "K Denny-Lowe", "E Frost"]
    assert [p.name for p in record.apologies] == ["A Hurst", "I Jarvis", "A Kemp"]


def test_an_apologies_agenda_heading_that_ends_in_its_reference(tmp_path: Path) -> None:
    # "1 To receive apologies and reasons for absence Ref 21/046" on a line of its own, the names on the next line
    record = extract_page(tmp_path, "Draft Minutes of the Meeting of the Parish Council held on Tuesday 2nd March 2021 at 7.00pm\n"
                          "Those present: Councillors D Ash, C Wake, P Brigg (Chair), T Benson.\n"
                          "1 To receive apologies and reasons for absence Ref 21/046\n"
                          "Cllr Inman, Cllr Lowry, Cllr Tarrant.\n"
                          "2 To receive declarations of interest. Ref 21/047\nNone were declared.\n")
    assert [p.name for p in record.attendees] == ["D Ash", "C Wake", "P Brigg", "T Benson"]
    assert [p.name for p in record.apologies] == ["Inman", "Lowry", "Tarrant"]


def test_a_titled_surname_that_runs_into_the_next_sentence_without_a_full_stop(tmp_path: Path) -> None:
    # a page flattened into one paragraph: "... received from Cllr Purdy With the absence of ...": the capitalised
    # word after the surname opens the next sentence, it does not make the title an organisation's
    record = extract_page(tmp_path, "Minutes of a Meeting of the Parish Council held at 7.00pm on Monday 4 February 2008 at the "
                          "Parish Office 285/07 Present Members: Cllr P Abel (Chairman), Cllr J Birch, Cllr Coyle and Cllr Yelland. "
                          "286/07 Apologies for Absence Apologies for absence were received from Cllr Purdy With the absence of "
                          "the Vice Chairman it was proposed by Councillor P Abel that Councillor Coyle be elected Vice Chairman "
                          "for the meeting. 287/07 Declarations of Interest None were made by any member at this meeting.\n")
    assert [p.name for p in record.attendees] == ["P Abel", "J Birch", "Coyle", "Yelland"]
    assert [p.name for p in record.apologies] == ["Purdy"]


def test_apologies_run_into_the_attendance_paragraph_after_a_dash(tmp_path: Path) -> None:
    # "Present – A, B and twenty residents Apologies – C, D": the second label, with a dash, in the same paragraph
    record = extract_page(tmp_path, "Minutes of the Residents Association General Meeting 21 March 2019\n"
                          "Present – Jo Andrews (JA) Chair, Mike Lord (ML) Treasurer, Bridget Barker (BB), Cyril Duffy (CD) and "
                          "twenty residents Apologies – Philip Astley, Madeleine Dawes, Mark Gunn and Deirdre Mallon\n"
                          "Minutes of the last meeting were agreed.\n")
    assert [p.name for p in record.attendees] == ["Jo Andrews", "Mike Lord", "Bridget Barker", "Cyril Duffy"]
    assert [p.name for p in record.apologies] == ["Philip Astley", "Madeleine Dawes", "Mark Gunn", "Deirdre Mallon"]


def test_the_clerk_to_the_council_after_an_also_present_label_without_a_colon(tmp_path: Path) -> None:
    # "Also Present Clerk to the Council D Bowen": the post, the body it serves, then initials and surname
    record = extract_page(tmp_path, "Minutes of the Annual Meeting of the Parish Council held on 13 May 2014\n"
                          "Present: Councillors\nD Morgan G Watts\nD Hunt J Rance\n"
                          "Also Present Clerk to the Council D Bowen\n\n2 Members of the Public\n\n1. Election of Chairman\n")
    assert [p.name for p in record.attendees] == ["D Morgan", "G Watts", "D Hunt", "J Rance", "D Bowen"]


def test_officers_listed_by_the_agenda_item_they_attended_in_a_table(tmp_path: Path) -> None:
    # an "Agenda Item | Officer Attending" table inside the attendance: its rows say who came for which item,
    # they do not end the list as an actions table would
    record = extract_page(tmp_path, "Riverside Community Safety Partnership\nMinutes of the meeting held on 14 June 2018\n"
                          "Attendees\n| Name | Organisation |\n|---|---|\n| Helen Marsh (Chair) | Riverside Council |\n"
                          "| Tom Birtles | Police |\n| Agenda Item | Officer Attending |\n| 4 | Sarah Quinn |\n| 6 | Peter Rusk |\n\n"
                          "Apologies\n| Name | Organisation |\n|---|---|\n| Gordon Fry | Fire Service |\n\n"
                          "1. Welcome\nThe Chair welcomed everyone.\n", name="minutes.md")
    assert [p.name for p in record.attendees] == ["Helen Marsh", "Tom Birtles", "Sarah Quinn", "Peter Rusk"]
    assert [p.name for p in record.apologies] == ["Gordon Fry"]


def test_a_register_with_a_code_per_member(tmp_path: Path) -> None:
    # "Councillor | Attendance" with "P" or "A" against each member: "A" (apologies) is no attendance
    record = extract_page(tmp_path, "Ashcombe Parish Council\nMinutes of the meeting held on 3 April 2017\n\n"
                          "| Councillor | Attendance |\n|---|---|\n| Cllr A Bright | P |\n| Cllr B Cole | P |\n"
                          "| Cllr C Dane | A |\n| Cllr D Earl | P |\n\n1. Minutes\nThe minutes were agreed.\n", name="minutes.md")
    assert [p.name for p in record.attendees] == ["A Bright", "B Cole", "D Earl"]
    assert [p.name for p in record.apologies] == ["C Dane"]


def test_the_clerk_after_the_list_in_the_attendance_paragraph(tmp_path: Path) -> None:
    # "Present: Cllr A, Cllr B and Cllr C. Clerk: Mrs V. Ashby.": the officer after the list's full stop, after her post
    record = extract_page(tmp_path, "Ashcombe Town Council\nMinutes of the Full Council meeting held on 3 April 2017\n"
                          "Present: Cllr A Bright (Mayor), Cllr B Cole, Cllr C Dane and Cllr D Earl. Clerk: Mrs V Ashby.\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["A Bright", "B Cole", "C Dane", "D Earl", "V Ashby"]


def test_the_short_titles_clr_and_a_community_councillors_cclr(tmp_path: Path) -> None:
    # a community council's minutes in one paragraph: "CClrs A, B and C", "Council Clrs D and E" are titled surnames
    record = extract_page(tmp_path, "Ashcombe Community Council\nMinute of the Meeting held on Thursday, 12th February 2015, in the "
                          "Church Hall 1. Welcome: CClr Ormond, Vice Chair, chaired the meeting. Also in attendance were Council "
                          "Clrs Rennie and Stroud, and 5 members of the public. 2. Apologies: Apologies were received from CClrs "
                          "Tulloch, Urquhart, Vane and Wishart, and from Council Clrs Yeats and Zane. 3. Police matters: "
                          "PC Bruce Allan presented the Police report.\n")
    assert [p.name for p in record.apologies] == ["Tulloch", "Urquhart", "Vane", "Wishart", "Yeats", "Zane"]
    assert {"Rennie", "Stroud"} <= {p.name for p in record.attendees}


def test_a_sentence_of_apologies_on_the_line_after_the_attendance_list(tmp_path: Path) -> None:
    # "Cllrs Foy and Gage sent apologies.": it opens with a title as the list's lines do, but it is a sentence
    record = extract_page(tmp_path, "Ashcombe Parish Council\nMinutes of the meeting held on 3 April 2017\n"
                          "Present: Cllrs Bright (Chair), Cole, Dane & Earl.\nCllrs Foy and Gage sent apologies.\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Bright", "Cole", "Dane", "Earl"]
    assert [p.name for p in record.apologies] == ["Foy", "Gage"]


def test_the_names_that_open_the_sentence_after_an_apologies_label_closed_by_a_full_stop(tmp_path: Path) -> None:
    # "1. Apologies for absence. Richard Pelling again.": a remark after the name kept the line from reading as a list
    record = extract_page(tmp_path, "Ashcombe Parish Council\nMinutes of the meeting held on 3 April 2017\n"
                          "Present: Cllr A Bright (Chair), Cllr B Cole, Cllr C Dane\n"
                          "1. Apologies for absence. Richard Pelling again.\n2. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.apologies] == ["Richard Pelling"]
    record = extract_page(tmp_path, "Ashcombe Parish Council\nMinutes of the meeting held on 3 April 2017\n"
                          "Present: Cllr A Bright (Chair), Cllr B Cole\n"
                          "1. Apologies. Cllr Dane and Cllr Earl are on holiday.\n2. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.apologies] == ["Dane", "Earl"]


def test_councillors_welcomed_under_a_plural_title_in_a_run_on_paragraph(tmp_path: Path) -> None:
    # "he welcomed CClrs Petrie and Quayle": no attendance label, the welcome says who was there
    record = extract_page(tmp_path, "Ashcombe Community Council\nMinute of the Meeting held on Thursday, 12th February 2015, in "
                          "the Church Hall 1. Welcome: In the absence of the Chair, CClr Ormond, Vice Chair, chaired the meeting; "
                          "he welcomed CClrs Petrie and Quayle. Also in attendance were 5 members of the public. "
                          "2. Police matters: PC Bruce Allan presented the Police report.\n")
    assert [p.name for p in record.attendees] == ["Ormond", "Petrie", "Quayle", "Bruce Allan"]


def test_a_substitute_named_after_a_colon_in_brackets(tmp_path: Path) -> None:
    # "Dan Earl, Healthwatch (substitute: Eve Foy)": the colon in the brackets is no group's label ("Planning: X")
    record = extract_page(tmp_path, "Riverside Health and Wellbeing Board\nMinutes of the meeting held on 3 April 2017\n"
                          "Members present\nCllr Amy Bright, Riverside Council (Chair)\nDr Ben Cole, Clinical Commissioning Group\n"
                          "Apologies\nDan Earl, Healthwatch (substitute: Eve Foy)\n1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Amy Bright", "Ben Cole", "Eve Foy"]
    assert [p.name for p in record.apologies] == ["Dan Earl"]


def test_a_code_after_each_member_keyed_below_the_list(tmp_path: Path) -> None:
    # "Dr Ben Cole A" with "KEY: P = Present, A = Apologies" under the list: the code is the status, not a name's word
    record = extract_page(tmp_path, "Riverside Health and Wellbeing Board\nMinutes of the meeting held on 3 April 2017\n"
                          "MEMBERS:\nCllr Amy Bright (Chair) P\nDr Ben Cole A\nCara Dane P\nKEY: P = Present, A = Apologies\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Amy Bright", "Cara Dane"]
    assert [p.name for p in record.apologies] == ["Ben Cole"]


def test_a_county_councillor_written_c_cllr(tmp_path: Path) -> None:
    # "C. Cllr T Jones", "Co Cllr": the council's tier abbreviated before the title is no part of the name
    record = extract_page(tmp_path, "Ashcombe Community Council\nMinutes 3rd September 2019\n"
                          "Present: Cllr D Sands (Chair), Cllr M Jay, Cllr Aust In attendance: Vicky Teal, Clerk / RFO, "
                          "C. Cllr T Jones, Co Cllr R Ellis and 6 members of the public\n\nMember of Public issues:\nNone.\n")
    assert [p.name for p in record.attendees] == ["D Sands", "M Jay", "Aust", "Vicky Teal", "T Jones", "R Ellis"]


def test_names_glued_where_a_tables_cell_boundaries_were_lost(tmp_path: Path) -> None:
    # "Sarah SeddonKeith Burns": a two-column table read as text with no space between its cells
    record = extract_page(tmp_path, "Patient Participation Group\nMinutes of the meeting held on 14 May 2013\n"
                          "Attendees:Sarah SeddonKeith Burns\nSuzanne HollandJane Dunlop\nGraham Lowton\n"
                          "In Attendance: Viv Smith, Riverside CCG\nAlexia Mitten, Riverside CCG\n"
                          "Welcome and Introductions\nThe group welcomed new members.\n")
    assert [p.name for p in record.attendees] == ["Sarah Seddon", "Keith Burns", "Suzanne Holland", "Jane Dunlop",
                                                  "Graham Lowton", "Viv Smith", "Alexia Mitten"]


def test_an_organisation_in_capitals_after_the_name_is_no_person(tmp_path: Path) -> None:
    # "Viv Smith, Riverside CCG": the comma makes two parts; "Riverside CCG" is no first name and a surname in capitals
    record = extract_page(tmp_path, "Patient Participation Group\nMinutes of the meeting held on 14 May 2013\n"
                          "Attendees: Sarah Seddon, Keith Burns\nIn Attendance: Viv Smith, Riverside CCG\n"
                          "Welcome and Introductions\nThe group welcomed new members.\n")
    assert [p.name for p in record.attendees] == ["Sarah Seddon", "Keith Burns", "Viv Smith"]


def test_people_said_to_have_been_present_at_the_previous_meeting(tmp_path: Path) -> None:
    # "X and Y were present at the previous meeting": a correction to the last minutes, not this meeting's attendance
    record = extract_page(tmp_path, "Riverside Safer Neighbourhood Board\nMinutes of the meeting held on 5 September 2018\n"
                          "Present: Amy Bright (Chair), Ben Cole, Cara Dane\n1. Minutes of the last meeting\n"
                          "It was noted that Chief Superintendent Boyle and Inspector Dwyer were present at the previous meeting; "
                          "however, this had not been recorded in the attendance.\n2. Police update\nNone.\n")
    assert [p.name for p in record.attendees] == ["Amy Bright", "Ben Cole", "Cara Dane"]


def test_a_status_after_a_dash_on_each_attendance_line(tmp_path: Path) -> None:
    # "Cllr Browne - apologies", "Cllr Greene - absent": the line's own status after a dash, as in brackets
    record = extract_page(tmp_path, "Planning Committee\nMinutes of the meeting held on 4 June 2019\nAttendance:\n"
                          "Cllr Smyth (Chair) - present\nCllr Jonas - present\nCllr Browne - apologies\nCllr Greene - absent\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Smyth", "Jonas"]
    assert [p.name for p in record.apologies] == ["Browne", "Greene"]


def test_a_substitute_named_by_title_and_surname(tmp_path: Path) -> None:
    # "(substituted by Councillor Hollis)": the substitute's name without the title, once
    record = extract_page(tmp_path, "Planning Committee\nMinutes of the meeting held on 4 June 2019\n"
                          "Apologies for absence were received from Councillor Graye (substituted by Councillor Hollis) and "
                          "Councillor Pinker.\nPresent: Councillors Smyth (Chair), Jonas, Hollis\n1. Minutes\nAgreed.\n")
    assert sorted(p.name for p in record.attendees) == ["Hollis", "Jonas", "Smyth"]
    assert [p.name for p in record.apologies] == ["Graye", "Pinker"]


def test_an_apologies_row_of_one_cell_inside_a_markdown_attendance_table(tmp_path: Path) -> None:
    # "| Apologies | |": a row with one filled cell was kept with its pipes and read as no label
    record = extract_page(tmp_path, "Riverside Partnership Board\nMinutes of the meeting held on 4 June 2019\n\n"
                          "| Attendees | |\n|---|---|\n| Amy Bright | Chair, Riverside Council |\n| Cara Dane | Health |\n"
                          "| Apologies | |\n| Ben Cole | Police |\n\n1. Minutes\nAgreed.\n", name="minutes.md")
    assert [p.name for p in record.attendees] == ["Amy Bright", "Cara Dane"]
    assert [p.name for p in record.apologies] == ["Ben Cole"]


def test_a_register_column_with_its_codes_in_brackets(tmp_path: Path) -> None:
    # "Attended (Y/N)": the column says who came, "N" who did not
    record = extract_page(tmp_path, "Riverside Partnership Board\nMinutes of the meeting held on 4 June 2019\n\n"
                          "| Name | Organisation | Attended (Y/N) |\n|---|---|---|\n| Amy Bright | Riverside Council | Y |\n"
                          "| Ben Cole | Police | N |\n| Cara Dane | Health | Y |\n\n1. Minutes\nAgreed.\n", name="minutes.md")
    assert [p.name for p in record.attendees] == ["Amy Bright", "Cara Dane"]
    assert [p.name for p in record.apologies] == ["Ben Cole"]


def test_a_member_elected_who_thereupon_took_the_chair(tmp_path: Path) -> None:
    # "Mr R Alston thereupon took the chair": an adverb between the person and the act that shows they were there
    record = extract_page(tmp_path, "Local Access Forum\nMinutes of the meeting held on 18 July 2023\n1. Apologies\n"
                          "Apologies were received from Cllr A Moss and Mr S Bell.\n2. Election of Chair and Vice-Chair\n"
                          "Resolved – That Mr R Alston be elected Chair of the forum. Mr R Alston thereupon took the chair.\n"
                          "Resolved – That Mrs F Ross be elected Vice-Chair. Mrs F Ross thereupon took the vice-chair.\n"
                          "3. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["R Alston", "F Ross"]
    assert [p.name for p in record.apologies] == ["A Moss", "S Bell"]
