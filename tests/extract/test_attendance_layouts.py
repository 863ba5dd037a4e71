"""Attendance layouts first met in later corpus batches (b3-b5), each a general way minutes are laid out."""
from __future__ import annotations

import pytest

from minutes import ingest
from minutes.evaluate import CORPUS
from pages import extract_page
from minutes.extract import Record, extract


def _extract(prefix: str) -> tuple[object, Record]:
    doc = ingest.read(next(CORPUS.glob(f"b*/docs/{prefix}_*")))
    return doc, extract(doc)


def test_presiding_and_qualified_present_labels_open_sections_of_run_on_initialled_names() -> None:
    # "Presiding P McLean" / "Other Members Present P J Bateson J Campbell ..." / "Officers Present J A McLaughlin,
    # (Chief Executive) ..." / "Representatives from Other Bodies in Attendance" / "DoE Planning Service: Ms Sandra Adams"
    doc, record = _extract("C051")
    names = {p.name for p in record.attendees}
    assert {"P McLean", "P J Bateson", "T J Catherwood", "E A Forde", "G C Shiels"} <= names
    assert {"J A McLaughlin", "J J Tohill", "A Junkin", "Sandra Adams"} <= names
    assert all(doc.text[p.source.start:p.source.end] == p.source.quote for p in record.attendees)


def test_an_officers_elected_list_is_not_attendance() -> None:
    # "The following officers were elected: • Chairman: Bob Ayer • Vice Chairman: ..." (no attendance label near)
    _, record = _extract("C026")
    assert "Bob Ayer" not in {p.name for p in record.attendees}


def test_an_unlabelled_name_and_organisation_table_is_the_attendance() -> None:
    # "Aileen Buckton      Executive Director Community Services (Chair)": rows before any label or agenda item
    _, record = _extract("C039")
    people = {p.name: p for p in record.attendees}
    assert {"Aileen Buckton", "Geeta Subramaniam", "Nick Topliss"} <= set(people)
    assert people["Geeta Subramaniam"].organisation == "LBL Crime Reduction Service"


def test_title_case_labels_inside_a_flattened_paragraph_and_a_label_ending_it() -> None:
    # "... Minutes of Meeting Members Present: Gordon Macleod Chief Inspector, ... John Edwards In Attendance:"
    # and the next paragraph "Wendy Ingledew ADP Coordinator ... Apologies: Emelin Collier Head of Planning ..."
    _, record = _extract("C066")
    present = {p.name for p in record.attendees}
    assert {"Gordon Macleod", "Colin Gilmour", "Mairi Bremner", "Wendy Ingledew", "Fiona Macdonald"} <= present
    assert "Donnie Mackenzie Management" not in present  # "Management Accountant" is his post
    # "Emelin" is in no first-names list: the name right after a label is a name all the same
    assert {p.name for p in record.apologies} == {"Emelin Collier", "Sheila Scott"}


def test_numbered_minute_labels_and_semicolon_lists() -> None:
    # "62/12: Present: Cllrs. J M Cull; (In the Chair),SAvent;A W Barnes;A P Fuller;B E Gore;"
    # "Cllr T R Sturgis; P.C. Steve Humphries; MrsE. Blacker;" (apologies)
    _, record = _extract("C105")
    present = [p.name for p in record.attendees]
    assert {"J M Cull", "A W Barnes", "A P Fuller", "B E Gore"} <= set(present)
    assert "Cull" not in present  # "Cllr Cull signed his declaration": the chair already listed
    assert "T R Sturgis" in {p.name for p in record.apologies}


def test_a_name_glued_to_its_post_ends_where_the_capital_starts() -> None:
    # "Matthew EllisPolice and Crime Commissioner", "Donna Meredith-WoodCCDC Partnership ...": a lost cell boundary
    _, record = _extract("C108")
    people = {p.name: p for p in record.attendees}
    assert {"Matthew Ellis", "Junaid Gharda", "Donna Meredith-Wood", "Jenny Webb", "Tracy McKenzie"} <= set(people)
    assert people["Matthew Ellis"].organisation == "Police and Crime Commissioner"
    assert {"Lesley Harrison", "Becki Evans"} <= {p.name for p in record.apologies}


def test_a_person_represented_by_an_attendee_is_absent_and_an_unclosed_parenthesis_ends_with_its_line() -> None:
    # "Michelle Allott – Norfolk & Suffolk Foundation Trust (rep Jane Sayer)"; "... (rep Nick" never closes
    _, record = _extract("C060")
    present, absent = {p.name for p in record.attendees}, {p.name for p in record.apologies}
    assert "Michelle Allott" in present and "Jane Sayer" in absent and "Jane Sayer" not in present
    assert {"Karina Kennell", "Mavis Spencer", "Pip Coker"} <= present | absent  # lines after the "(rep Nick" line
    assert "Pip Coker" in absent  # under "Apologies for Absence", after the unclosed parenthesis


def test_people_listed_by_initials_only_and_who_they_stood_in_for() -> None:
    # "Present" / "KT (Chair), CJ, P B, MA, JP, STH (minutes), AM, AL, MD (for MS), SK" / "Apologies" / "MV, ST, JJ"
    doc, record = _extract("C038")
    present = {p.name: p for p in record.attendees}
    assert set(present) == {"KT", "CJ", "P B", "MA", "JP", "STH", "AM", "AL", "MD", "SK"}
    assert present["KT"].role == "Chair" and present["P B"].initials == "PB"
    assert {p.name for p in record.apologies} == {"MV", "ST", "JJ", "MS"}  # MD came for MS
    assert all(doc.text[p.source.start:p.source.end] == p.source.quote for p in record.attendees)


def test_present_with_a_role_first_not_present_label_and_an_also_present_sentence() -> None:
    # "Present  The Mayor, Cllr. D. Hobson (DH) (in the chair)." / "Councillors: ... D.J.E. Hall (DJEH) ..." /
    # "Councillors not present: H. Filer (HF) and D. Wing (DEW)." / "The Town Clerk, Mrs. L.M. Phillips, ...,
    # Mrs. M.C. Vincent and a member of the public were also present."
    _, record = _extract("C050")
    present, absent = {p.name for p in record.attendees}, {p.name for p in record.apologies}
    assert {"D. Hobson", "D.J.E. Hall", "L.M. Phillips", "M.C. Vincent"} <= present
    assert absent == {"H. Filer", "D. Wing"}


@pytest.mark.parametrize("prefix, names", [
    ("C054", {"S. R. Colella", "M. Glass", "J. M. L. A. Griffiths"}),  # "... were received on behalf of Councillors ..."
    ("C103", {"L Watson", "J Foster", "A Hart", "H Allsopp"}),  # "C048/23      1.   APOLOGIES FOR ABSENCE."
])
def test_apologies_labels_with_minute_numbers_or_on_behalf_of(prefix: str, names: set[str]) -> None:
    assert names <= {p.name for p in _extract(prefix)[1].apologies}


def test_people_who_speak_in_the_minutes_were_there() -> None:
    # "Darrell Gale took the Board through actions ...  Katie Summers commented that ...  Judith Ramsden stated ..."
    _, record = _extract("C115")
    assert {"Darrell Gale", "Katie Summers", "Judith Ramsden"} <= {p.name for p in record.attendees}


@pytest.mark.parametrize("prefix, names", [
    ("C056", {"J. Harding", "J. Whatley", "C. Tormey", "R. Tree"}),  # "ATTENDED BY Mr J. Harding (chairman), ..."
    ("C109", {"Amin", "Doyle", "Page"}),                          # "Councillor Amin substituted for Councillor Ali."
    ("C114", {"M S Heard"}),                                      # "Councillor M S Heard declared in the interests of ..."
    ("C101", {"Adrian Harvey", "Pam Apperley", "Tim Over", "Andrew Eames"}),  # one unlabelled line "Name (AH), Name (PA), ..."
    ("C113", {"Nicholas Botterill", "Victoria Brocklebank-Fowler"}),  # "... 4 March 2013PRESENTCouncillor Nicholas Botterill, Leader"
    ("C065", {"J. Rickman", "M. Fox", "D. Pirie", "C.Hill"}),     # "PRESENT: CLLRS: MR. J. RICKMAN (CHAIRMAN), MRS. M. FOX, ..."
])
def test_more_ways_minutes_record_who_was_there(prefix: str, names: set[str]) -> None:
    doc, record = _extract(prefix)
    found = {p.name: p for p in record.attendees}
    assert names <= set(found)
    assert all(doc.text[found[n].source.start:found[n].source.end] == found[n].source.quote for n in names)


@pytest.mark.parametrize("prefix, names", [
    ("C004", {"Eugene Yafele"}),                # "Eugene Yafele attended in her absence."
    ("C010", {"Colin Rowell"}),                 # "Apologies were read out by Colin Rowell"
    ("C012", {"Geraldine Gerrard", "Ali Wheeler"}),  # "Presented By: Geraldine Gerrard"; "Presentation by Simon Armour and Ali Wheeler"
    ("C042", {"Connelly"}),                     # "Councillor Connelly welcomed everyone to the Community Meeting"
    ("C048", {"T Henderson"}),                  # "Councillor T Henderson entered the meeting at 9.40am"
])
def test_running_text_that_shows_someone_was_at_the_meeting(prefix: str, names: set[str]) -> None:
    assert names <= {p.name for p in _extract(prefix)[1].attendees}


def test_attending_another_event_is_not_attending_this_meeting() -> None:
    # "Councillor Bennett, Malcolm Grubb and Amanda Newbery attended the Local Government Association ... conference"
    assert not {"Bennett", "Malcolm Grubb", "Amanda Newbery"} & {p.name for p in _extract("C109")[1].attendees}


def test_a_title_glued_to_an_initial_and_police_constable_titles() -> None:
    # "CllrsJ Crockett (Holiday); S Hills (Business); ..." / "Cllr T R Sturgis; P.C. Steve Humphries; MrsE. Blacker;"
    absent = {p.name for p in _extract("C105")[1].apologies}
    assert {"J Crockett", "S Hills", "N T Maidment", "T R Sturgis", "Steve Humphries", "E. Blacker"} <= absent
    assert "Bromby" in {p.name for p in _extract("B04")[1].attendees}  # "Councillors Mrs Bromby": "Mrs", not "Mr" + "s"


def test_a_flattened_attendance_grid_reads_each_members_code() -> None:
    # "P= Present A= Apologies DNA=Did not attend D/R=Deputise/Representative" / "Board Member P A DNA D/R Steve Pugh
    # (SP) – Chair P Brian Gathercole (BG) – ... P ... Christopher Walker (CW) – Detective Chief Inspector, GMP A ..."
    _, record = _extract("C206")
    present, absent = {p.name for p in record.attendees}, {p.name for p in record.apologies}
    assert {"Steve Pugh", "Brian Gathercole", "Clare Devlin", "Louise Murray"} <= present  # P, and R (representative)
    assert {"Christopher Walker", "Mary Doyle", "Keith Darragh", "Guy Twemlow"} <= absent
    assert not {"Simon Westwood", "Hayley Moore"} & (present | absent)  # DNA: neither


@pytest.mark.parametrize("prefix, names", [
    ("C207", {"Matt Arnold", "Natalie Green"}),  # "PC Matt Arnold and Natalie Green from the BTP introduced themselves"
    ("C210", {"P Batty", "Yarwood"}),            # a flattened page: "Cou/285/07-08 Present Members: Cllr P Batty (Chairman), ..."
    ("C205", {"Geoff Bingham", "Mick Toogood"}),  # "Venue: The Cock Inn, Sibson.Attendance:Geoff Bingham, ..."
])
def test_flattened_labels_and_people_who_introduce_themselves(prefix: str, names: set[str]) -> None:
    assert names <= {p.name for p in _extract(prefix)[1].attendees}


def test_a_flattened_present_list_ends_at_the_next_minute_number() -> None:
    # "Cou/285/07-08 Present Members: Cllr P Batty (Chairman), ... and Cllr Yarwood. Cou/286/07-08 Apologies for
    # Absence ... Cou/287/07-08 Declarations of Interest Cllr P Batty Cllr J Batty - Cllr Beck Personal interest ..."
    names = {p.name for p in _extract("C210")[1].attendees}
    assert {"P Batty", "Yarwood", "Stockill"} <= names and "Beck Personal" not in names


def test_a_numbered_attendance_at_meeting_label_over_rows_of_names_without_separators() -> None:
    # "2. Attendance at Meeting" / "Name Name Name Name" / "David Soans Allan Matthews Terry James Belinda Humfrey" / ...
    names = {p.name for p in _extract("C227")[1].attendees}
    assert {"David Soans", "Allan Matthews", "Belinda Humfrey", "Ben King", "Gil Holmes"} <= names


def test_an_unlabelled_councillors_line_with_single_initial_a() -> None:
    # "Cllrs B Austin, D Bretherton, ..., A Dite, M Dyer, ..., A Midwinter (Town Mayor), J Tipping and T Wyse"
    names = {p.name for p in _extract("C309")[1].attendees}
    assert {"B Austin", "A Dite", "A Midwinter", "T Wyse"} <= names


@pytest.mark.parametrize("prefix, names", [
    ("C311", {"Peter May", "Debbie Mountain", "Ian Murch", "Vivienne Robinson"}),  # "Non school members:" / "Peter May, ..."
    ("C227", {"June Derbyshire"}),  # a row of names ending "June Derbyshire"
])
def test_a_month_is_a_surname_or_first_name_inside_a_list_of_names(prefix: str, names: set[str]) -> None:
    _, record = _extract(prefix)
    assert names <= {p.name for p in record.attendees}


def test_name_comma_organisation_parts_of_a_semicolon_list_are_one_person_each() -> None:
    # "Present: Bill Hitchins, DNPA Chairman; ...; Peter Thorn, British Canoeing; Phil Hutt, Preservation Association; ..."
    _, record = _extract("C302")
    people = {p.name: p.organisation for p in record.attendees + record.apologies}
    assert people["Peter Thorn"] == "British Canoeing" and people["Kate Ashbrook"] == "Open Spaces Society"
    assert not {"British Canoeing", "DNPA", "Preservation Association", "Open Spaces Society", "Natural England"} & set(people)


def test_apologies_under_a_sentence_ending_from_and_group_headings_without_colons() -> None:
    # "1. Apologies for absence" / "Apologies ... had been received from: -" / "School members" / "Gillian James, ..."
    _, record = _extract("C311")
    assert {"Gillian James", "Nick Weller", "Linda Nudd", "Daniel Copley"} <= {p.name for p in record.apologies}


def test_a_capitals_in_attendance_label_mid_line_and_people_parted_only_by_their_roles_in_brackets() -> None:
    # "EXMOOR NATIONAL PARK AUTHORITY STAFF IN ATTENDANCE Dan Barnett (Access & Recreation Manager) Carol Carder (...)"
    _, record = _extract("C303")
    people = {p.name: (p.role, p.organisation) for p in record.attendees}
    assert people["Dan Barnett"] == ("Access & Recreation Manager", None)
    assert people["Carol Carder"] == ("Joint Secretary to the Forum", None)


def test_a_role_hyphened_to_the_surname_is_the_role() -> None:
    # "Present: Margaret Chadwick-Chairman (MC), Brian Ambrose (BA), ..., Lynn Reed-Vice Chairman (LR), ..."
    _, record = _extract("C055")
    people = {p.name: (p.role, p.initials, p.organisation) for p in record.attendees}
    assert people["Margaret Chadwick"] == ("Chairman", "MC", None)
    assert people["Lynn Reed"] == ("Vice Chairman", "LR", None)


def test_a_flattened_page_of_grouped_lists_with_three_part_names() -> None:
    # "PRESENT: Members appointed by Gwynedd Council Councillors Freya Bentham, Elwyn Edwards, ..., Edgar Wyn Owen,
    # ...; Members appointed by Conwy ... Ifor Glyn Lloyd; ... Mrs. Marian W. Jones; Officers Mr. G. Iwan Jones, ...
    # Mrs. Sarah Roberts. Apologies Councillors Catrin Wager, Gethin Glyn Williams, Mr. Ceri Stradling. 1. Chairman’s ..."
    doc, record = _extract("C301")
    present = {p.name: p.organisation for p in record.attendees}
    assert {"Elwyn Edwards", "Edgar Wyn Owen", "Elfed Powell Roberts", "John Pughe Roberts", "Ifor Glyn Lloyd",
            "Marian W. Jones", "G. Iwan Jones"} <= set(present)
    assert present["John Pughe Roberts"] is None  # not "Members appointed by Conwy County Borough Council"
    assert [p.name for p in record.apologies] == ["Catrin Wager", "Gethin Glyn Williams", "Ceri Stradling"]
    assert all(doc.text[p.source.start:p.source.end] == p.source.quote for p in record.attendees + record.apologies)


@pytest.mark.parametrize("prefix, name", [
    ("C105", "S Avent"),   # "Cllrs. J M Cull; (In the Chair),SAvent;A W Barnes;..."
    ("C305", "A Willis"),  # "Councillors D Bell, ..., J Turnbull andA Willis."
])
def test_a_space_lost_after_an_initial_or_and(prefix: str, name: str) -> None:
    _, record = _extract(prefix)
    assert name in {p.name for p in record.attendees}


def test_an_attendance_table_with_a_status_column(tmp_path) -> None:
    # a status cell was read as the person's organisation ("Tom Brown | Apologies")
    record = extract_page(tmp_path, "Minutes of the Community Safety Partnership Board held on 12 March 2015\n\nAttendance\n"
                          "Name\tOrganisation\tAttendance\nJane Smith\tEssex Police\tPresent\nTom Brown\tFire Service\tApologies\n"
                          "Mark White\tProbation\tAbsent\n\n1. Welcome\n")
    assert [(p.name, p.organisation) for p in record.attendees] == [("Jane Smith", "Essex Police")]
    assert [(p.name, p.organisation) for p in record.apologies] == [("Tom Brown", "Fire Service"), ("Mark White", "Probation")]


@pytest.mark.parametrize("lines, present, apologies", [
    ("Present: Cllr J Smith, Cllr A Brown\nAbsent with apologies: Cllr P Green, Cllr T White\n",
     ["J Smith", "A Brown"], ["P Green", "T White"]),  # had been read as more people present
    ("Present: Cllr J Smith, Cllr A Brown\nAbsent without apologies: Cllr P Green\n", ["J Smith", "A Brown"], ["P Green"]),
    ("Present were Cllrs Smith, Brown and Green.\n", ["Smith", "Brown", "Green"], []),
    ("Present: Cllr J Smith\n\n1. Apologies\nApologies for absence were submitted by Cllr P Green and Cllr T White.\n",
     ["J Smith"], ["P Green", "T White"]),
    ("Present: Cllr J Smith\n\n1. Apologies\nThe Chair opened the meeting. Apologies were also submitted by Cllr P Green.\n",
     ["J Smith"], ["P Green"]),
])
def test_more_ways_of_writing_who_was_absent(tmp_path, lines: str, present: list[str], apologies: list[str]) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 12 March 2015\n\n" + lines + "\n2. Finance\n")
    assert ([p.name for p in record.attendees], [p.name for p in record.apologies]) == (present, apologies)


def test_an_attendance_table_in_capitals(tmp_path) -> None:
    # names in capitals in fixed-width columns ("Present   C BAKER,   R BROWN,"): none of them had been read
    record = extract_page(tmp_path, "Meeting           HOUSING PARTNERSHIP BOARD               Venue      ROOM 4\n"
                          "Date              TUESDAY 9TH JUNE 2009\n"
                          "Present           C PARKER-JONES,     R BACKHOUSE,           K McDONALD,       S MORRIS,\n"
                          "                  G HOLLAND,          L DAVIES,              W OWEN,           D HANLEY,\n"
                          "                  M WOODHOUSE\n"
                          "In Attendance     S DOHERTY\n"
                          "Not Present       M FERRY,            P CARROLL\n\n"
                          "1. Minutes of the last meeting\nThe minutes were approved.\n")
    assert [p.name for p in record.attendees] == ["C Parker-Jones", "R Backhouse", "K McDonald", "S Morris", "G Holland",
                                                  "L Davies", "W Owen", "D Hanley", "M Woodhouse", "S Doherty"]
    assert [p.name for p in record.apologies] == ["M Ferry", "P Carroll"]


def test_members_label_without_a_colon_before_a_list_of_councillors(tmp_path) -> None:
    # "Members Councillors Adams, ..." had been prose: no one present
    record = extract_page(tmp_path, "Minutes of the Meeting of the Fire Authority held on Monday, 13 February 2012\n\n"
                          "Members Councillors Abbot, Mrs Lyle, Nunn (Vice-Chair) and Quarry (Chair)\n\n"
                          "Officers Chief Fire Officer and Treasurer\n\n1 Apologies for Absence\n\nNone.\n")
    assert [p.name for p in record.attendees] == ["Abbot", "Lyle", "Nunn", "Quarry"]


@pytest.mark.parametrize("item", ["20. To accept apologies for absence.", "1. To receive apologies and reasons for absence.", "1) Apologies –",
                                  "To receive any apologies for absence", "2. To receive and accept apologies for absence."])
def test_an_agenda_items_wording_labels_the_apologies_under_it(tmp_path, item: str) -> None:
    # the names on the line under "To receive apologies for absence." had been no one's
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 12 March 2015\n\nPresent: Cllr J Smith, Cllr A Brown\n\n"
                          f"{item}\nCllr K Hawes and Ms S Harvey (Clerk - ill health)\n21. Declarations of interest\nNone.\n")
    assert [p.name for p in record.apologies] == ["K Hawes", "S Harvey"]


@pytest.mark.parametrize("line, person", [
    # a group's role before the names: had been "Parish Footpath" (a name) of "Officers Declan Williams"
    ("In attendance: Mrs Kate Hughes (Clerk), and Parish Footpath Officers Dan Wills and Eliza Moore.",
     ("Dan Wills", "Parish Footpath Officers")),
    ("Present: Parish Councillor’s: J Melen, K Harrison and S Jones.", ("J Melen", "Parish Councillor’s")),
    # a job title hyphened to the name, after "attendance:-": had been lost, or "Sarah Hay-Principal Committee"
    ("Also in attendance:-Ted Mason-Chief Environmental Health Officer\nSarah Hay-Principal Committee Manager",
     ("Ted Mason", "Chief Environmental Health Officer")),
])
def test_a_role_run_into_the_name_is_the_persons_role(tmp_path, line: str, person: tuple[str, str]) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 12 March 2015\n\n" + line + "\n\n2. Finance\nNoted.\n")
    assert person in [(p.name, p.role) for p in record.attendees]
    assert not any("Officer" in p.name or "Councillor" in p.name or "Principal" in p.name for p in record.attendees)


def test_group_labels_inside_a_run_on_attendance_line(tmp_path) -> None:
    # "Chairman: Cllr Mrs Prior Councillors: ..." had swallowed the chairman into the label
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 12 March 2015\n\n"
                          "Present: Chairman: Cllr Mrs Ayre Councillors: Mrs Bolt, Dipple, Harte and Shore\n\n2. Finance\nNoted.\n")
    assert [p.name for p in record.attendees] == ["Ayre", "Bolt", "Dipple", "Harte", "Shore"]


def test_the_clerk_on_a_line_of_their_own_below_the_apologies_is_present(tmp_path) -> None:
    # "Clerk: Mrs P. Plum" under the apologies had been an apology
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 12 March 2015\n\n"
                          "Present: Cllrs. P Rick (Chair); R. Park, C. Hen\nApologies: Cllrs. S. Osborn and C. Purse (accepted)\n"
                          "Members of Public – None\nClerk: Mrs P. Plum\nChair welcomed everyone to the meeting.\n\n2. Finance\nNoted.\n")
    assert [p.name for p in record.apologies] == ["S. Osborn", "C. Purse"]
    assert "P. Plum" in [p.name for p in record.attendees]


def test_a_sentence_about_a_titled_person_ends_the_list(tmp_path) -> None:
    # "Mr Orme was unanimously elected ..." under the list had been one more person present, the sentence their organisation
    record = extract_page(tmp_path, "Minutes of the meeting held in the Village Hall on Thursday May 21st 2009\n\n"
                          "Present were Mr J Good, Mrs. M. Rush, Mr J Orme and the Clerk Mrs. E Berry.\n"
                          "Mr Orme was unanimously elected as Chairman for the meeting.\n"
                          "Mr Sayer had tendered a letter of resignation effective immediately.\n"
                          "Apologies were received from Mr R Dixon.\n")
    assert [p.name for p in record.attendees] == ["J Good", "M. Rush", "J Orme", "E Berry"]
    assert [p.name for p in record.apologies] == ["R Dixon"]


def test_names_parted_by_a_full_stop_in_a_run_on_list(tmp_path) -> None:
    # the name after "A. Ingle." had been cut off as the next sentence
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 12 March 2015\n\n"
                          "Present: R Wint (Chairman), M. Burt, A. Ingle. P. Drew\nApologies: J. Young\n\n2. Finance\nNoted.\n")
    assert [p.name for p in record.attendees] == ["R Wint", "M. Burt", "A. Ingle", "P. Drew"]


def test_an_apology_represented_by_someone_brings_that_person(tmp_path) -> None:
    # "(represented by Jo Bell)" under the apologies: Jo Bell had been one more apology
    record = extract_page(tmp_path, "Minutes of the Children's Trust Board held on 12 March 2015\n\nApologies\n\nPeter Brand\n"
                          "Sue Brown\nGillian Thomas (represented by Jo Bell)\n\nDeclarations of Interest\n\nNone.\n")
    assert [p.name for p in record.apologies] == ["Peter Brand", "Sue Brown", "Gillian Thomas"]
    assert [(p.name, p.role) for p in record.attendees] == [("Jo Bell", "substitute for Gillian Thomas")]


@pytest.mark.parametrize("line, name, role", [
    ("In attendance: Ward Cllr Bob Math, Preb Rob North, Graeme Adkin (Clerk)", "Rob North", "Preb"),  # a clergy title
    ("Apologies: Cllr.J Eden, Cllr. D Guil and Police.", "J Eden", "Cllr."),  # no space after the title's full stop
])
def test_more_titles_before_a_name(tmp_path, line: str, name: str, role: str) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 12 March 2015\n\n" + line + "\n\n2. Finance\nNoted.\n")
    assert (name, role) in [(p.name, p.role) for p in record.attendees + record.apologies]


def test_a_group_label_before_a_pipe_delimited_cell(tmp_path) -> None:
    # "City & County Cllrs: | City Cllr Dennis Will |" (a table kept as text): the name after the pipe had been lost
    record = extract_page(tmp_path, "Minutes of the Parish Council Meeting\nHeld on Wed 25th October 2023 at 7.30pm\n"
                          "Chair: | Cllr Brian Butt |\nAlso in attendance: | Laura Walk (Parish Clerk) |\n"
                          "City & County Cllrs: | City Cllr Dennis Will |\nMembers of the public: | 1 member of the public |\n"
                          "23/165 Receive /accept apologies.\n")
    assert "Dennis Will" in [p.name for p in record.attendees]


def test_initials_in_square_brackets_after_the_name(tmp_path) -> None:
    # "[CW]" had been read as the organisation, so "ACTION: CW" could not find its owner
    record = extract_page(tmp_path, "Minutes of the Governing Board held on Thursday 5th December 2019\n\nPresent:\n"
                          "Mr C Wort [CW] Chair; Mrs J Lloyd [JL] Vice Chair\nMr A Hart [AH]\n\n1. Budget\n"
                          "The budget was agreed. ACTION: CW\n")
    assert [(p.name, p.initials, p.organisation) for p in record.attendees] == [
        ("C Wort", "CW", None), ("J Lloyd", "JL", None), ("A Hart", "AH", None)]
    assert [a.owners for a in record.actions] == [["C Wort"]]


def test_initials_then_a_dash_before_each_name(tmp_path) -> None:
    # "JS – John Smith (Chair), MJ – Mary Jones": each next person's initials had been the previous one's organisation
    record = extract_page(tmp_path, "Minutes of the Community Safety Partnership Board held on 5 May 2021\n\n"
                          "Present: JS – John Smith (Chair), MJ – Mary Jones, PB – Peter Brown\n\n5. Finance\nNoted.\n")
    assert [(p.name, p.initials, p.organisation) for p in record.attendees] == [
        ("John Smith", "JS", None), ("Mary Jones", "MJ", None), ("Peter Brown", "PB", None)]


def test_a_list_of_people_in_one_cell_beside_its_label(tmp_path) -> None:
    # "Present | Cllr A Smith (Chair), Cllr B Jones, Mary White (Police)": A Smith's organisation had been the rest of the cell
    record = extract_page(tmp_path, "Anyshire Community Safety Partnership\nMinutes of the meeting held on 5 May 2021\n"
                          "Present\tCllr A Smith (Chair), Cllr B Jones, Mary White (Police)\nApologies\tCllr C Brown, Tom Green (Fire)\n"
                          "1. Minutes of the last meeting\nAgreed.\n")
    assert [(p.name, p.organisation) for p in record.attendees] == [("A Smith", None), ("B Jones", None), ("Mary White", None)]
    assert [p.name for p in record.apologies] == ["C Brown", "Tom Green"]


def test_an_attendance_tables_organisation_column_gives_the_organisation(tmp_path) -> None:
    # "Name | Organisation | Role": the last cell (the role) had been taken for the organisation
    record = extract_page(tmp_path, "Anyshire Health and Wellbeing Board\nMinutes of the meeting held on 5 May 2021\n\nAttendees\n"
                          "Name\tOrganisation\tRole\nAnn Smith\tAnyshire CC\tChair\nBob Jones\tNHS Anyshire\tDirector\n\n"
                          "1. Minutes of the last meeting\nAgreed.\n")
    assert [(p.name, p.organisation, p.role) for p in record.attendees] == [
        ("Ann Smith", "Anyshire CC", "Chair"), ("Bob Jones", "NHS Anyshire", "Director")]


def test_a_grid_with_a_mark_under_present_apologies_or_absent(tmp_path) -> None:
    # "A Smith | X | |" under "Councillor | Present | Apologies | Absent": every member had been present, "X" their organisation
    record = extract_page(tmp_path, "Ashby Parish Council\nMinutes of the meeting held on 5 May 2021\n\n"
                          "Councillor\tPresent\tApologies\tAbsent\nA Smith\tX\t\t\nB Jones\t\tX\t\nC Brown\tX\nD Green\t\t\tX\n\n"
                          "1. Minutes of the last meeting\nAgreed.\n")
    assert [(p.name, p.organisation) for p in record.attendees] == [("A Smith", None), ("C Brown", None)]
    assert [p.name for p in record.apologies] == ["B Jones", "D Green"]


def test_the_member_a_substitute_stands_in_for_is_named_without_a_title(tmp_path) -> None:
    # "(substituting for Cllr E White)": the apology had been named "Cllr E White"
    record = extract_page(tmp_path, "Minutes of the meeting of Ashby Parish Council held on Monday 5 May 2021\n\nPresent:\n"
                          "Cllr A Smith (Chair)\nCllr D Green (substituting for Cllr E White)\n\n5. Finance\nNoted.\n")
    assert [(p.name, p.role) for p in record.apologies] == [("E White", "represented by D Green")]


@pytest.mark.parametrize("lines, names", [
    # a numbered "Present" heading, the list below it opened by "Councillors," (had found nobody)
    ("1 Present\n\nCouncillors, Mr Tim Owens (Chair), Mrs Sharon Bart, Mr Andrew Hugh\n\n2 Welcome",
     ["Tim Owens", "Sharon Bart", "Andrew Hugh"]),
    # a list wrapped after a name, its next line opened by that name's role (had lost the rest of the list)
    ("Attendees: Councillor Helen Mac, Councillor Anne Young, Andrew Finn\n(Chair), David Roberts, Phil Gil\n\n1. Welcome",
     ["Helen Mac", "Anne Young", "Andrew Finn", "David Roberts", "Phil Gil"]),
])
def test_a_list_that_goes_on_below_its_label_or_past_a_line_end(tmp_path, lines: str, names: list[str]) -> None:
    record = extract_page(tmp_path, "Minutes of the Community Council Meeting held on Tuesday, 19th July 2022.\n\n" + lines + "\nNoted.\n")
    assert [p.name for p in record.attendees] == names


def test_a_substitute_named_after_an_apology_came(tmp_path) -> None:
    # "Ms S Hardy (substitute: Mr J Findlay)": the substitute had been one more apology
    record = extract_page(tmp_path, "Minutes of the Health and Wellbeing Board held on 10 February 2015\n\n632 Apologies and substitutions.\n"
                          "Apologies for absence were received from Councillor Callan (no substitute), Ms S Hardy (substitute: Mr J Find), "
                          "Ms A Ather (substitute: Mr J Will).\n633 Minutes\nAgreed.\n")
    assert [p.name for p in record.apologies] == ["Callan", "S Hardy", "A Ather"]
    assert [(p.name, p.role) for p in record.attendees] == [("J Find", "substitute for S Hardy"), ("J Will", "substitute for A Ather")]


def test_a_name_and_post_table_flattened_into_one_line_with_apologies_run_on(tmp_path) -> None:
    """(after b27's first sight) "... Tom Reed Business Support, ABC Apologies Ann Hale Director of Nursing ...":
    a two-column table of names and posts read as one line; "Apologies" before a full name starts the apologies."""
    record = extract_page(tmp_path, "YOUTH PARTNERSHIP BOARD 15 October 2018, 15:00 – 16:30 Present: Cllr Mary Stone (Chair) "
                          "Cabinet Member for Children Jane Wells Managing Director, ABC Tom Reed Business Support, ABC "
                          "Apologies Ann Hale Director of Nursing Ravi Shah Youth Service Manager, Anyshire Police "
                          "Lucy Webb Anyshire CCG ITEM DESCRIPTION ACTION 1 Apologies: as shown above.\n")
    assert [p.name for p in record.attendees] == ["Mary Stone", "Jane Wells", "Tom Reed"]
    assert [p.name for p in record.apologies] == ["Ann Hale", "Ravi Shah", "Lucy Webb"]


def test_a_member_who_drew_attention_to_something_was_there(tmp_path) -> None:
    """(after b27's first sight) "Councillor Ms Reed drew attention to ..." records a speaker, as "X explained" does."""
    record = extract_page(tmp_path, "Minutes of the Cabinet held on 4 March 2008\n\nPresent: Councillor A Bell (Chair), "
                          "Councillor C Dunn\n\n3. Drug Treatment\n\nCouncillor Ms Reed drew attention to 2 of the areas, "
                          "explaining the target. Councillor Dunn drew the Board’s attention to the waiting times.\n")
    assert [p.name for p in record.attendees] == ["A Bell", "C Dunn", "Reed"]


def test_members_of_the_public_after_the_apologies_on_one_line(tmp_path) -> None:
    """(after b26's first sight) "... Apologies: - A, B Members of Public: - C, D Councillors: Cllr E": the public
    and the councillors after the apologies were there."""
    record = extract_page(tmp_path, "Minutes of Anytown Community Council Meeting Tuesday 22nd September 2020 7.00pm "
                          "CC Members Present: - Ann Bell, Tom Hale and Mary Cole Apologies: - Jeff Gould and Nick Ford "
                          "Members of Public: - Andrew Kerr and Gary Pike Councillors: Cllr Hassan and Cllr Adam "
                          "Police: None Minutes of August 2020 were approved.\n")
    assert [p.name for p in record.apologies] == ["Jeff Gould", "Nick Ford"]
    assert {"Andrew Kerr", "Gary Pike"} <= {p.name for p in record.attendees}
