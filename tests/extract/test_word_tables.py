"""Minutes laid out as a council's own Word file lays them out: an attendance register with a status
column, and minutes set in a table whose first column holds the minute's reference. Made-up pages;
tab-separated lines are read as table rows, as a Word table is."""
from pathlib import Path

from docx import Document as WordDocument

from minutes import ingest
from minutes.extract import extract
from tests.pages import extract_page


def names(people) -> list[str]:
    return [p.name for p in people]


def test_attendance_register_with_a_status_column(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Ashby Primary School – Full Governing Body\n"
                          "Minutes of the meeting held on 23 November 2016 at 6pm in the school library\n"
                          "Name\tCategory\tAttendance\n"
                          "Imogen Rudd\tCo-opted (Chair)\tPresent\n"
                          "Jasper Soames\tParent\tPresent\n"
                          "Lucius Wragg\tLA\tApologies\n"
                          "Norris Blythe\tClerk\tPresent\n"
                          "1. Headteacher's report\n"
                          "Governors asked about the Year 6 writing results.\n")
    assert names(record.attendees) == ["Imogen Rudd", "Jasper Soames", "Norris Blythe"]
    assert names(record.apologies) == ["Lucius Wragg"]


def test_a_minute_reference_column_ends_the_attendance_list(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "ASHBY TOWN COUNCIL\n"
                          "MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON MONDAY 11 MARCH 2019 AT 7.00PM\n"
                          "PRESENT:\n"
                          "Councillor\tRole\n"
                          "Cllr Agnes Moorcroft\tTown Mayor (Chair)\n"
                          "Cllr Bernard Quill\tDeputy Mayor\n"
                          "Cllr Cyril Tappin\t\n"
                          "FC/19/101\tAPOLOGIES FOR ABSENCE Apologies were received and accepted from Cllr Harriet Vowles "
                          "(work commitments) and Cllr Ivor Nettles (illness).\n"
                          "FC/19/102\tFLOWER BEDS Cllr Quill offered to meet the contractor on site.\n")
    assert names(record.attendees) == ["Agnes Moorcroft", "Bernard Quill", "Cyril Tappin"]
    assert names(record.apologies) == ["Harriet Vowles", "Ivor Nettles"]


def test_an_apologies_line_ends_where_the_minutes_table_begins(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "ASHBY PARVA PARISH COUNCIL\n"
                          "Minutes of the Parish Council Meeting held on Tuesday 2nd October 2012 at 7.30pm\n"
                          "Present: Cllrs R. Quayle (Chairman), S. Varley, T. Winship, U. Yardley.\n"
                          "Apologies: Cllr X. Cotterill.\n"
                          "Item\t\tAction\n"
                          "12/61\tVillage green: the Clerk will invite tenders for 2013.\tClerk\n"
                          "12/62\tStreet lights: Cllr Varley will report them to the County Council.\tSV\n")
    assert names(record.apologies) == ["X. Cotterill"]
    assert [a.owners for a in record.actions if "County Council" in a.text] == [["S. Varley"]]



def test_a_body_named_only_in_the_page_header(tmp_path: Path) -> None:
    word = WordDocument()  # the letterhead in the Word file's page header, as many councils' templates put it
    word.sections[0].header.paragraphs[0].text = "LOWER ASHBY PARISH COUNCIL"
    for line in ("Minutes of the meeting held on Tuesday 8 March 2022 at 7pm in the Village Hall",
                 "Present: Cllr Alma Birch (Chair), Cllr Boris Cole, Cllr Cora Dunne",
                 "1. Playground", "Cllr Cole will obtain quotes for new swings."):
        word.add_paragraph(line)
    word.save(tmp_path / "minutes.docx")
    record = extract(ingest.read(tmp_path / "minutes.docx"))
    assert (record.meeting.body, record.meeting.date) == ("Lower Ashby Parish Council", "2022-03-08")


def test_the_clerks_address_in_a_letterhead_is_no_agenda_item(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "UPPER ASHBY PARISH COUNCIL\n"
                          "Clerk: Mrs Olwen Pratt\n"
                          "4 The Green, Upper Ashby AB1 2CD\n"
                          "Tel: 01234 567890\n"
                          "Minutes of the Annual Parish Council Meeting held on Monday 20th May\n"
                          "2013 at 7.15pm in the Reading Room\n"
                          "Present: Cllrs P Quarrie (Chairman), R Stott and S Thwaite\n"
                          "1. Election of Chairman\nCllr Quarrie was re-elected Chairman.\n")
    assert (record.meeting.body, record.meeting.date, record.meeting.start) == ("Upper Ashby Parish Council", "2013-05-20", "19:15")


def test_an_action_table_after_the_apologies_is_not_more_apologies(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Lower Ashby Parish Council meeting held on 9 March 2021\n"
                          "Present: Cllr Alma Birch (Chair), Cllr Boris Cole\n"
                          "Apologies: Cllr Dirk Elm\n"
                          "Action\tOwner\n"
                          "Chase Highways about the pothole\tClerk\n")
    assert [p.name for p in record.apologies] == ["Dirk Elm"]


def test_an_officer_named_by_the_post_the_attendance_list_gives(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Ashby Licensing Committee held on 3 July 2017\n"
                          "Present: Councillor X Abbot (Chair), Councillor Y Bream\n"
                          "Officers: Colin Faraday (Licensing Manager), Della Gant (Solicitor), Emma Hurst (Committee Officer)\n"
                          "14. Street trading\n"
                          "The Solicitor would prepare a report on enforcement options for the next meeting.\n")
    assert [(a.owners, a.text.split()[1]) for a in record.actions] == [(["Della Gant"], "Solicitor")]


def test_a_task_after_a_semicolon_is_that_clause(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Westbridge Parish Council meeting held on 13 November 2023\n"
                          "Present: Cllr Boris Cole (Chair), Cllr Cora Dunne\nIn attendance: Mrs Nora Umpleby (Clerk)\n\n"
                          "1. Correspondence\nAn email about dog fouling was received; the Clerk will ask the District "
                          "Council for an additional bin.\n")
    assert [(a.text, a.owners) for a in record.actions] == [
        ("the Clerk will ask the District Council for an additional bin.", ["Nora Umpleby"])]


def test_earlier_actions_reported_in_the_action_log_are_not_new(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Ashmere Partnership Executive Group\nMinutes of meeting held on 24 April 2019\n"
                          "Attendees:\nDominic Everard (DE) – Director\nGeorgina Hollins (GH) – Police\n\n"
                          "2. Minutes of the last meeting and action log\nThe minutes were agreed.\nAction log:\n"
                          "Action 14 (DE to circulate the neglect strategy) – complete.\n"
                          "Action 15 (GH to confirm police representation at the review) – complete; DS Tindall will attend.\n"
                          "Action 16: GH to share the audit findings with partners by May.\n")
    assert [(a.text, a.owners) for a in record.actions] == [
        ("Share the audit findings with partners by May.", ["Georgina Hollins"])]


def test_councillor_titles_as_ocr_reads_them_from_a_scan(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "ASHBY TOWN COUNCIL\nMinutes of the meeting held on Monday 11 March 2019\n"
                          "Present: Cllr Agnes Moorcroft (Chair), Clir Bernard Quill, Cilr Cyril Tappin and County Clir Edwin Lusk\n"
                          "1. Flower beds\nClir Quill offered to meet the contractor on site.\n")
    assert [p.name for p in record.attendees] == ["Agnes Moorcroft", "Bernard Quill", "Cyril Tappin", "Edwin Lusk"]
    assert [a.owners for a in record.actions] == [["Bernard Quill"]]


def test_a_letterhead_with_the_clerks_details_beside_the_councils_name(tmp_path: Path) -> None:
    for letterhead in ("UPPER ASHBY PARISH COUNCIL Clerk: Mrs Olwen Pratt", "UPPER ASHBY PARISH COUNCIL\tClerk: Mrs Olwen Pratt"):
        record = extract_page(tmp_path, letterhead + "\n4 The Green, Upper Ashby AB1 2CD Tel: 01234 567890\n"
                              "Minutes of the Annual Parish Council Meeting held on Monday 20th May 2013 at 7.15pm\n"
                              "Present: Cllrs P Quarrie (Chairman), R Stott and S Thwaite\n")
        assert record.meeting.body == "Upper Ashby Parish Council", letterhead


def test_a_contact_line_above_the_minutes_names_no_body(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Agenda and draft minutes\nContact: Ann Bell Email: committees@example.gov.uk\n"
                          "Minutes of the meeting held on 4 March 2020\nPresent: Cllr A Dean (Chair), Cllr B Ford\n")
    assert record.meeting.body is None


def test_the_clerk_in_attendance_after_a_dash(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "ASHBY PARISH COUNCIL\nMinutes of the Annual Meeting held on 8 May 2013 at 7pm\n"
                          "Present: Cllrs A Bell (Chair), B Cole and C Dunn\nThe Parish Clerk in attendance – Mrs D Evans\n"
                          "1. Footpaths\nThe stile is broken. Clerk to speak to the Footpath Officer.\n")
    assert [p.name for p in record.attendees] == ["A Bell", "B Cole", "C Dunn", "D Evans"]
    assert [a.owners for a in record.actions] == [["D Evans"]]


def test_a_title_naming_the_council_before_minutes_over_a_kind_only_title(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Ashby Parva Parish Council – Minutes of Meeting 8th July 2019\n"
                          "Minutes of the meeting of the Parish Council held\nat Ashby School on 8 July 2019\n"
                          "Present: Cllr M Burton, Cllr K Wheeler and Cllr J Jones.\n")
    assert (record.meeting.body, record.meeting.date) == ("Ashby Parva Parish Council", "2019-07-08")


def test_an_agm_of_the_body_names_the_body(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the 100th AGM of Ashby Allotments Association, held on 14 March 2018 at "
                          "Corn Market Hall, 7:45 pm\nPresent: H Pope, J Burn, C Hulston\n")
    assert record.meeting.body == "Ashby Allotments Association"
