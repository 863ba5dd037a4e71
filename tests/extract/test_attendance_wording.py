"""Ways of labelling and writing attendance first met in b9 and b10, each written as a made-up
minutes page in the general shape (not a corpus line)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pages import extract_page


@pytest.mark.parametrize("label", ["Attendance Details", "Attendance list", "Attendance Register:"])
def test_attendance_details_heads_a_comma_run(tmp_path: Path, label: str) -> None:
    record = extract_page(tmp_path, f"Health and Wellbeing Board Minutes\n\nWednesday, 4th May, 2016\n\n{label}\n\n"
                          "Cllr Anne Green (Chairman), Cllr Jane Hall, Cllr Mrs Joan Black, Peter Grey,Susan White, Mark Brown\n"
                          "In Attendance:\nCllr Tom Reed (Cabinet Member for Health).\n"
                          "Apologies for absence:\nCllr Paul Gold, Cllr Di Moss, Sheila Amber.\n\n1. Welcome\n")
    assert [p.name for p in record.attendees] == ["Anne Green", "Jane Hall", "Joan Black", "Peter Grey", "Susan White",
                                                 "Mark Brown", "Tom Reed"]
    # "Hall" is a surname here, not a place; the full stop after "(Cabinet Member for Health)" is no organisation
    assert record.attendees[-1].organisation is None
    # "Di" is a first name; only "DI" is a police rank
    assert [(p.name, p.role) for p in record.apologies] == [("Paul Gold", "Cllr"), ("Di Moss", "Cllr"), ("Sheila Amber", None)]


def test_a_flattened_page_with_present_councillors_and_in_attendance_without_colons(tmp_path: Path) -> None:
    # one paragraph: "Present Cllrs:" (a label with its title), "In attendance the Clerk", a sentence after the list
    record = extract_page(tmp_path, "Minutes of the Meeting of Ashby Parish Council held on 5 May 2021\n\n"
                          "Present Cllrs: P Stone (Chair), M d’Arcy (Vice Chair), J Frost, E Lake and B Wood. "
                          "In attendance the Clerk, County Cllr. F Marsh, District Cllrs. G Heath and A Dale & three members "
                          "of the public. This meeting was recorded for the purpose of the minutes 1.5.21 To receive apologies. "
                          "None received. 2.5.21 To approve the minutes of the last meeting. Approved.\n")
    people = {p.name: p for p in record.attendees}
    assert list(people) == ["P Stone", "M d’Arcy", "J Frost", "E Lake", "B Wood", "F Marsh", "G Heath", "A Dale"]
    assert {p.organisation for p in record.attendees} == {None}  # not "and", "District" or "& three members of the public"


def test_a_membership_grid_with_ticks_and_apols_gives_each_members_status(tmp_path: Path) -> None:
    # two members a row, a tick or "Apols" after each who came or sent apologies, nothing after the absent
    record = extract_page(tmp_path, "Children's Partnership Board\n\nDate: 9 July 2008\n\nIn attendance:\n\n"
                          "Anne Green\tHealth Trust\t√\tMark Brown\tSchools Forum\n"
                          "Peter Grey\tHealth Trust\tApols\tSusan White\tFamily Support\t√\n"
                          "Joan Black\tYouth Service\t√\tDavid Stone\tPlay Team\tApols\n\n1. Welcome\n")
    assert [p.name for p in record.attendees] == ["Anne Green", "Susan White", "Joan Black"]
    assert [p.name for p in record.apologies] == ["Peter Grey", "David Stone"]


def test_present_grouped_by_member_body_with_apologies_on_the_same_line(tmp_path: Path) -> None:
    # "Group: names, Apologies from X", and groups with nobody there
    record = extract_page(tmp_path, "Annual General Meeting of the District Community Councils Forum\nWednesday 4th June 2025\n"
                          "1) Welcome\nPresent:\nNorthside: Apologies from Helen Carter\nEastfield: No rep\n"
                          "Westbank: John Miller, Apologies from Sarah Brown\nHighfield: No working CC\n"
                          "Riverside: Peter Grant (PG) (Forum Chair), Mary Walker\n2) Office Bearers’ Report\n"
                          "The Chair thanked everyone.\n")
    assert [p.name for p in record.attendees] == ["John Miller", "Peter Grant", "Mary Walker"]
    assert [p.name for p in record.apologies] == ["Helen Carter", "Sarah Brown"]


def test_a_substitute_named_in_the_apologies_was_present(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Policy Committee held on 24 July 2015\n\n1. APOLOGIES FOR ABSENCE\n\n"
                          "Apologies for absence were received from:\n\n"
                          "Councillor Anne Green, for whom Councillor Mark Stone was substitute;\n\n"
                          "Councillor Peter Grey, for whom Councillor Susan Lee was substitute.\n\n2. DECLARATIONS OF INTERESTS\n")
    assert [(p.name, p.role) for p in record.attendees] == [("Mark Stone", "substitute for Anne Green"),
                                                           ("Susan Lee", "substitute for Peter Grey")]
    assert [p.name for p in record.apologies] == ["Anne Green", "Peter Grey"]


@pytest.mark.parametrize("sentence, apologies", [
    # one plural title before a run of surnames titles every one of them
    ("As apologies for absence had been received from the Mayor and Councillors Amil, King, Mills and Parrott, the "
     "meeting was inquorate.", ["Amil", "King", "Mills", "Parrott"]),
    ("Cllrs Smith, Brown and Green sent apologies.", ["Smith", "Brown", "Green"]),
])
def test_a_plural_title_before_surnames(tmp_path: Path, sentence: str, apologies: list[str]) -> None:
    record = extract_page(tmp_path, "Minutes of the Council held on 5 April 2017\n\n1. Apologies\n\n" + sentence + "\n\n2. Finance\n")
    assert [p.name for p in record.apologies] == apologies


def test_a_titled_sentence_after_the_apologies_is_prose_not_more_of_the_list(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Meeting: 05/04/2023 - Council (Item 92)\n\n"
                          "Apologies for absence were received from Councillors Grey, Hale, O'Neill, Marsh and Wood.\n\n"
                          "The Mayor advised that Amy Stone, who had received the Junior Award, was in attendance at the meeting.\n\n"
                          "The Mayor expressed sadness at the death of Councillor Ian Low and Members paid tribute.\n")
    assert [p.name for p in record.apologies] == ["Grey", "Hale", "O'Neill", "Marsh", "Wood"]
    assert "Ian Low" not in {p.name for p in record.attendees}


def test_a_table_flattened_into_a_names_column_then_an_initials_column(tmp_path: Path) -> None:
    # name cells, organisation cells and initials cells each in a run of lines of their own
    record = extract_page(tmp_path, "Partnership Board notes\n\nPresent\n\nAnne GreenChair, County PartnershipAG\n\nPeter Grey\n"
                          "Joan Black / Health Trust\nVCSA / PG\nJB\nMark Brown\nSusan White\nDavid Stone\nPolice\nFire Service\n"
                          "MB\nSW\nDS\nIn attendance\nKaren Wood (notes) / County Partnership / KW\nCounty Partnership / CH\nKW\n"
                          "Rob Field\nKate Hill\nCounty Council\nRF\nKH\n\nItem / Action\n"
                          "1. / Welcome and apologies\nAG welcomed everyone to the meeting.\n")
    names = [p.name for p in record.attendees]
    assert {"Peter Grey", "Joan Black", "Mark Brown", "Susan White", "David Stone", "Karen Wood", "Rob Field",
            "Kate Hill"} <= set(names)


def test_marks_before_names_read_by_the_grids_key(tmp_path: Path) -> None:
    # "* In attendance  $ Apologies received in advance": the mark before each name gives the status
    record = extract_page(tmp_path, "GOVERNING BODY MEETING 26th November 2008 @ 6pm\n\n"
                          "Parents\tCommunity\tStaff\n* Laura Bond 31/08/2010\t$ Peter Grey 31/10/2009\t* Mark Brown 31/08/2010\n\n"
                          "In Attendance:\n$ Claire Stone\tBusiness Manager\t* In attendance\n"
                          "* Sarah Hill\tClerk\t$ Apologies received in advance\n\n1. Welcome\n")
    assert [p.name for p in record.attendees] == ["Laura Bond", "Mark Brown", "Sarah Hill"]
    assert [p.name for p in record.apologies] == ["Peter Grey", "Claire Stone"]


def test_a_flattened_heading_with_a_clerk_label_and_a_numbered_item_after_the_apologies(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "ASHBY PARISH COUNCIL MINUTES of the MEETING held on MONDAY 29th FEBRUARY 2016 at the VILLAGE HALL "
                          "at 7.30 pm Present: Councillors Mike Stone, David Grey, Vicky Lake, John Field, Bob Day, Tamsin Frost "
                          "Clerk: Joan Grey IN ATTENDANCE: Councillor Cecilia Marsh 1. APOLOGIES FOR ABSENCE: Councillor Nesta Field "
                          "2. APPROVAL of the MINUTES of the PARISH COUNCIL MEETING held on MONDAY 18th JANUARY 2016 The minutes "
                          "were agreed. Councillor Stone had spoken to a resident about the rubbish.\n")
    assert [p.name for p in record.attendees] == ["Mike Stone", "David Grey", "Vicky Lake", "John Field", "Bob Day",
                                                 "Tamsin Frost", "Joan Grey", "Cecilia Marsh"]
    assert {p.organisation for p in record.attendees} == {None}  # not "Tamsin Frost Clerk", nor the "1" of "1. APOLOGIES"
    assert [p.name for p in record.apologies] == ["Nesta Field"]  # not "Stone" from the item after


def test_a_vice_chair_who_chaired_the_meeting_was_there(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Health and Wellbeing Board held on 17 September 2019\n\n"
                          "Present: Cllr Ann Bell, Sarah Jones\n\n1. Welcome\n"
                          "In the absence of the Chair, Dr Andy Field Vice Chair chaired the meeting.\n")
    assert "Andy Field" in {p.name for p in record.attendees}


def test_a_letter_spaced_label_over_a_short_titled_run(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "MINUTES of the Meeting of the Safeguarding Committee held on Monday 10 November 2014\n\n"
                          "P R E S E N T:-\n\nMiss R Bell, Mrs M Hart, Mrs D Lowe, MrsHMcNeill\n\n49 APOLOGIES FOR ABSENCE\n\n"
                          "An apology for absence was received from Mr M Stone.\n")
    assert [(p.name, p.organisation) for p in record.attendees][:3] == [("R Bell", None), ("M Hart", None), ("D Lowe", None)]
    assert [p.name for p in record.apologies] == ["M Stone"]


@pytest.mark.parametrize("line, present", [
    ("Mrs M Hill, Mr D Stone, Mr R Brown, Mr L Marsh, Mrs S Wood, and 13 parishioners.",
     ["M Hill", "D Stone", "R Brown", "L Marsh", "S Wood"]),
    ("Cllr Green (Chairman), Cllr Black (Vice Chairman), Cllrs Grey, White, Stone",
     ["Green", "Black", "Grey", "White", "Stone"]),
])
def test_an_unlabelled_run_of_titled_names_at_the_top_is_those_present(tmp_path: Path, line: str, present: list[str]) -> None:
    # the headings were lost; the next line (here the apologies) is not taken for more people present
    record = extract_page(tmp_path, f"February 2023 Minutes\n\n{line}\nCllr Webb and the clerk\n1.Declarations of Interest\n"
                          "2.Approval of minutes\nThe notes of the last meeting were approved.\n")
    assert [p.name for p in record.attendees] == present


def test_one_titled_person_a_line_with_role_and_organisation(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Communities Committee held on 8 December 2016\n\nOfficials in attendance:\n\n"
                          "Ms A Clark, Acting Head of Policy, Chief Executive’s Office\n"
                          "Mrs R Stone, Corporate Communications Manager, Chief Executive’s Office\n"
                          "Ms R Field, Equal Opportunities Officer, Chief Executive’s Office\n"
                          "Mr G Hill, Head of Ambulance Services North, Scottish Ambulance Service\n\n1. Apologies\n")
    assert [p.name for p in record.attendees] == ["A Clark", "R Stone", "R Field", "G Hill"]


def test_apologies_passed_on_by_someone_present(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Town Council held on 27 April 2021\n\nPresent: Cllr A Bell, Cllr D Cole\n\n"
                          "5. Police report\nPC Mark Frost firstly gave apologies from Sergeant Vicky Marsh who was unable to attend.\n")
    assert [p.name for p in record.attendees] == ["A Bell", "D Cole", "Mark Frost"]
    assert [p.name for p in record.apologies] == ["Vicky Marsh"]


@pytest.mark.parametrize("sentence, people", [
    # thanked, opened, arrived, left, took the minutes
    ("The Parish Council was thanked by A Marsh (Church warden) for using the church.", {"A Marsh"}),
    ("The meeting was opened by Cllr Jo Penn, who welcomed everyone.", {"Jo Penn"}),
    ("Councillors Ian Nimmo-Smith and Ray Manning (Leaders of the councils) opened the first meeting of the new partnership.",
     {"Ian Nimmo-Smith", "Ray Manning"}),
    ("Cllr Tom Reed arrived at 7.45pm.", {"Tom Reed"}),
    ("Cllr Tom Reed left the meeting at 9pm.", {"Tom Reed"}),
    ("Mrs Ann Bell, the Clerk, took the minutes.", {"Ann Bell"}),
    # nominated, declared an interest
    ("Councillor J Burnett was nominated by Councillor M Headley and seconded by Councillor A Sultan.", {"M Headley", "A Sultan"}),
    ("Declarations of interest were made by Cllrs. Grove and Roberts who both received police pensions.", {"Grove", "Roberts"}),
    ("An interest was declared by Cllr Tom Reed in item 5.", {"Tom Reed"}),
    ("It was noted that Councillors A. Hodge and R. A. Patch would each be declaring a prejudicial interest in item 5.",
     {"A. Hodge", "R. A. Patch"}),
    # provided, introduced, said
    ("The police update was provided by David Tait, Chief Inspector of Operations.", {"David Tait"}),
    ("Rob Walker introduced Stephanie Butcher who has been seconded to the post.", {"Rob Walker", "Stephanie Butcher"}),
    ("Geoffrey Leigh said that he would be unable to attend future meetings.", {"Geoffrey Leigh"}),
    # due to be late, chairing, speaking
    ("It was noted that Councillors R. Shannon and C. Bloore would be late due to work commitments.", {"R. Shannon", "C. Bloore"}),
    ("RESOLVED that Councillor W Payne would be Chair for the purposes of the meeting.", {"W Payne"}),
    ("Cllr Ann Bell said that the bus shelter was damaged.", {"Ann Bell"}),
    ("A personal interest was expressed by Tom Reed with respect to item 4.", {"Tom Reed"}),
    ("Concerns were raised by Cllr Jo Lee about the parking.", {"Jo Lee"}),
    ("Col. Sweet remarked that the service had been well supported.", {"Sweet"}),
    ("Mr. Broomfield asked whether there is any news on the phonebox.", {"Broomfield"}),
    ("Mr. Jennings, representing the Friends of the village, voiced their concerns.", {"Jennings"}),
    # attending, addressing the meeting, speaking, raising a matter, giving one's report
    ("PCSO Tom Grey attended and gave the police report.", {"Tom Grey"}),
    ("Cllr Brown and Cllr Green attended.", {"Brown", "Green"}),
    ("The meeting was attended by County Councillor Mary White.", {"Mary White"}),
    ("Also attending were Mr T Green and Mrs S Grey.", {"T Green", "S Grey"}),
    ("District Councillor Mary White gave her report.", {"Mary White"}),
    ("Mr Tom Grey from the Environment Agency addressed the meeting.", {"Tom Grey"}),
    ("Mr Tom Grey spoke about the planning application.", {"Tom Grey"}),
    ("Mrs Ann Grey, a resident, raised the issue of speeding.", {"Ann Grey"}),
    # requests and offers made at the meeting
    ("Peter Grims requested a monthly newsletter, and volunteered his services.", {"Peter Grims"}),
    ("Mrs Ann Hale suggested that the bench be moved.", {"Ann Hale"}),
    ("Tom Reed volunteered to litter pick.", {"Tom Reed"}),
])
def test_who_acted_at_the_meeting_was_there(tmp_path: Path, sentence: str, people: set[str]) -> None:
    record = extract_page(tmp_path, "Minutes of the Panel meeting held on 5 May 2021\n\nPresent: Cllr Fay Moon, Cllr Gill Stone\n\n"
                          "1. Business\n" + sentence + "\n")
    assert people <= {p.name for p in record.attendees}


def test_sentences_after_flattened_apologies_saying_who_else_was_there(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20 th SEPTEMBER 2017 AT 7PM IN THE COUNCIL "
                          "CHAMBER PRESENT: Cllr A Bell (Mayor) Cllr A Cole Cllr C Dean APOLOGIES: Cllr J Frost Cllr J Gale "
                          "Rev Fr N Hale, Mayor’s Chaplain Mr M Kerr, Link Officer County Cllr A Lowe The Town Clerk and Deputy "
                          "Town Clerk were in attendance. Mr D Marsh, Link Officer, was in attendance. County Cllrs D Nash, T Owen "
                          "and T Pike were in attendance. 1358 DECLARATIONS OF INTEREST Declarations will be taken as they arise.\n")
    assert [p.name for p in record.apologies] == ["J Frost", "J Gale", "N Hale", "M Kerr", "A Lowe"]  # "Fr" is a title
    assert {"D Marsh", "D Nash", "T Owen", "T Pike"} <= {p.name for p in record.attendees}


def test_present_and_apologies_labels_in_one_line(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 5 May 2021\n\n"
                          "Attendance: Cllrs Adams, Baker, Clark (Chair), Davies and Evans. Apologies: Cllr Fisher.\n\n2. Finance\n")
    assert [p.name for p in record.attendees] == ["Adams", "Baker", "Clark", "Davies", "Evans"]
    assert [p.name for p in record.apologies] == ["Fisher"]


def test_markdown_pipe_tables_for_attendance_and_actions(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "# Minutes of the Steering Group meeting held on 5 May 2021\n\nPresent:\n\n"
                          "| Name | Organisation |\n|---|---|\n| Jane Smith | County Council |\n| Bob Jones | Police |\n\n"
                          "## Actions\n\n| Action | Owner | Due |\n|---|---|---|\n"
                          "| Circulate the draft budget to members | Bob Jones | 1 June 2021 |\n", name="minutes.md")
    assert [(p.name, p.organisation) for p in record.attendees] == [("Jane Smith", "County Council"), ("Bob Jones", "Police")]
    assert [(a.text, a.owners, a.due) for a in record.actions] == [("Circulate the draft budget to members", ["Bob Jones"],
                                                                   "2021-06-01")]


@pytest.mark.parametrize("sentence, apologies", [
    ("Apologies were accepted from Cllr Tom Reed.", ["Tom Reed"]),
    ("Received apologies from Cllrs Reed and Bell.", ["Reed", "Bell"]),
    ("Resolved to accept apologies from Cllr Tom Reed.", ["Tom Reed"]),
    ("The Clerk reported apologies from Cllr Tom Reed.", ["Tom Reed"]),
    ("Apologies for absence were received and approved from Councillors Reed and Bell.", ["Reed", "Bell"]),
    ("Apologies had been received from Cllr Tom Reed, who was unwell.", ["Tom Reed"]),
])
def test_more_ways_of_recording_apologies_in_a_sentence(tmp_path: Path, sentence: str, apologies: list[str]) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 5 May 2021\n\nPresent: Cllr A Smith, Cllr B Jones\n\n"
                          "1. Apologies\n" + sentence + "\n\n2. Finance\nNoted.\n")
    assert [p.name for p in record.apologies] == apologies


def test_a_councillors_label_over_surnames_and_a_not_attending_label(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 5 May 2021\n\n"
                          "Present\nCouncillors: Smith (Chair), Jones, Brown\nClerk: E White\nNot attending: Dan Fox\n\n2. Finance\n")
    assert [p.name for p in record.attendees] == ["Smith", "Jones", "Brown", "E White"]
    assert [p.name for p in record.apologies] == ["Dan Fox"]


def test_names_with_accents_and_lower_case_particles(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Town Council meeting held on 5 May 2021\n\n"
                          "Present: Cllr Ffion ap Rhys, Cllr Jan van der Berg, Cllr Ann de Souza\n"
                          "In attendance: Siân Jones, Zoë Ball, Carolin Göhler, Dafydd Llywelyn\n\n1. Finance\nNoted.\n")
    assert [p.name for p in record.attendees] == ["Ffion ap Rhys", "Jan van der Berg", "Ann de Souza", "Siân Jones",
                                                 "Zoë Ball", "Carolin Göhler", "Dafydd Llywelyn"]


def test_a_grids_key_line_is_no_one(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 5 May 2021\n\n"
                          "Members: Cllr A Smith (P), Cllr B Jones (A), Cllr C Brown (P)\nKey: P = present, A = apologies\n\n2. Finance\n")
    assert "Key" not in {p.name for p in record.attendees + record.apologies}


def test_a_vice_chairman_in_brackets_is_not_the_chairman(tmp_path: Path) -> None:
    # "(Vice-Chairman)" had been read as a role hyphened to the word "Vice": "Chairman"
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 5 May 2021\n\n"
                          "Present: Cllr Ann Bell (Chairman), Cllr Tom Hale (Vice-Chairman), Cllr Jo Lee\n\n1. Planning\n")
    assert [p.role for p in record.attendees] == ["Cllr; Chairman", "Cllr; Vice-Chairman", "Cllr"]


def test_a_misspelt_label_and_a_plural_title_with_a_semicolon(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 5 May 2021\n\n"
                          "In Attendence : Councillors; Hobbs, Ashby, Lawson. Four members of the public\n\n"
                          "Apologies: Councillor Pick, Ward Councillor Ransome\n\n1. Planning\n")
    assert [p.name for p in record.attendees] == ["Hobbs", "Ashby", "Lawson"]
    assert [p.name for p in record.apologies] == ["Pick", "Ransome"]


def test_the_councils_tier_before_a_title_is_no_name(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 6 January 2009\n\n"
                          "Present: Parish Councillors Ann Palmer(Chair), Helen Dean, Jan Eddy; City Councillor Paul Rigg; "
                          "Shadow Unitary Councillor Ann Wren; Mr Craig Eddleston and the clerk.\n"
                          "Apologies for absence were received from Parish Councillors Diana Marsh, Jenny Clay and Rob Ward.\n"
                          "The minutes were signed by Cllr John Ward.\n\n1. Village Plan\n")
    assert [p.name for p in record.attendees][:6] == ["Ann Palmer", "Helen Dean", "Jan Eddy", "Paul Rigg", "Ann Wren",
                                                      "Craig Eddleston"]
    assert [p.name for p in record.apologies] == ["Diana Marsh", "Jenny Clay", "Rob Ward"]  # "Ward" stays a surname


def test_surnames_each_with_initials_in_brackets_after_a_plural_title(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of meeting Tues 9th May 2017\n\n"
                          "Present G Rogers (GR) Chair, Councillors Jackson (RJ) Allen (NA) Brown (GB) Davis (MD) Hignet (NH) "
                          "(till 8)\nD Leeson (clerk) & 4 members of public.\n1/ Open Forum\n")
    assert [p.name for p in record.attendees][:6] == ["G Rogers", "Jackson", "Allen", "Brown", "Davis", "Hignet"]


@pytest.mark.parametrize("lines, apologies", [
    ("Apologies for absence had been received from Cllrs. Denby, Sahl, Turner and Wood.", ["Denby", "Sahl", "Turner", "Wood"]),
    # a flattened table row: the item's number, the title, the text
    ("13.17/18 / Apologies for absence / Apologies were received and accepted from Cllr. Eric Robb.", ["Eric Robb"]),
    # columns set by spaces, the item's number in the first
    ("296     Apologies for non-attendance        Cllr Alcott     District Cllr Combe\n\n"
     "297     Declarations of Interest        None\n\n298     Report from PC Jane Wood        Noted\n\n"
     "299     Planning        Cllr Jo Lee reported on two applications", ["Alcott", "Combe"]),  # the next items are no one
])
def test_more_ways_to_head_the_apologies(tmp_path: Path, lines: str, apologies: list[str]) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on 5 May 2021\n\n" + lines + "\n\n")
    assert [p.name for p in record.apologies] == apologies


def test_apologies_for_a_late_arrival_mean_the_person_came(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Panel meeting held on 5 May 2021\n\n"
                          "Apologies for absence had been received from Cllrs. Denby, Sahl and Wood.\n"
                          "Cllr. Wood had sent his apologies for his late arrival.\n\n1. Business\nNoted.\n")
    assert [p.name for p in record.apologies] == ["Denby", "Sahl"]
    assert "Wood" in {p.name for p in record.attendees}


def test_officers_heading_a_run_of_names_and_posts_without_a_colon(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Authority meeting held on 10 December 2009\n\n"
                          "Present: Members Clive Chalk (Chairman) Barry Rick (Deputy Chairman)\n\n"
                          "Officers Barrie Foley Interim Chief Executive Barbara Beard Monitoring Officer Julia Mutlow Senior "
                          "Solicitor Steve Avery Director of Strategy\n\n46. Apologies for absence.\n")
    assert {"Barrie Foley", "Barbara Beard", "Julia Mutlow", "Steve Avery"} <= {p.name for p in record.attendees}


def test_one_person_a_line_with_post_and_organisation(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Board meeting held on 23 March 2016\n\nPresent:\nMichael Wedge (Chairman)\n"
                          "John Fell\n\nIn Attendance\n\nGill Brown, Chief Executive, Healthwatch Anyshire\n"
                          "Neil Greaves, Communications Manager, Healthwatch Anyshire Limited\n"
                          "Sheralee Turner-Birch, Volunteers & Projects Officers Manager, Healthwatch Anyshire Limited\n\n1. Welcome\n")
    assert [p.name for p in record.attendees] == ["Michael Wedge", "John Fell", "Gill Brown", "Neil Greaves", "Sheralee Turner-Birch"]


def test_apologies_by_initials_of_those_listed(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "A Meeting of the Full Governing Board was held on Thursday 5th December 2019 at 4.30pm.\n\n"
                          "Present:\nMr C Worts [CW] Chair (FTG); Mrs J Lloyd [JL] Vice Chair (FTG)\n"
                          "Mr AM Davies [AD] (FTG); Mr HG Cutler [HC] (FTG); Mrs SE Stockton [SS] (FTG)\n"
                          "Mr S Flanagan [SF] (FTG); Ms V Anderson [VA] (PG); Mr A Hart [AH] (PG)\n\n"
                          "1. Apologies\nThe Clerk was in receipt of apologies from SF, HC, AD and VA, which were recorded as "
                          "consented. Notice of probable late arrival was recorded for AH.\n")
    assert [p.name for p in record.apologies] == ["S Flanagan", "HG Cutler", "AM Davies", "V Anderson"]
    assert [p.source.quote for p in record.apologies] == ["SF", "HC", "AD", "VA"]
    assert [p.name for p in record.attendees] == ["C Worts", "J Lloyd", "SE Stockton", "A Hart"]


def test_an_items_title_welcome_and_apologies_in_a_flattened_page_is_no_label(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "ANYTOWN TRUST MEETING OF THE GOVERNING BOARD MONDAY 14 NOVEMBER 2016 AT 4.00 PM Present: Alison "
                          "Woods, Hazel Banks In Attendance: Paul Hodge (Executive Principal) 1. WELCOME AND APOLOGIES FOR ABSENCE "
                          "Governors were welcomed and introductions were made. Mr Hodge explained that he would attend as an "
                          "observer together with Mrs Birch, Vice-Principal and Mr Smith, Finance Director. Apologies for absence "
                          "had been received from Lauren Bean and Ann Bent. 2. APPOINTMENT OF CHAIR Governors agreed.\n")
    assert [p.name for p in record.apologies] == ["Lauren Bean", "Ann Bent"]


@pytest.mark.parametrize("text", [
    "Apologies for absence\nAn apology for absence was received from Cllr Ejaz Aslam and CllrGary Harding attended as substitute.",
    "1. Welcome\nThe Chair opened the meeting. Apologies were received from Cllr Ejaz Aslam and Cllr Gary Harding attended as "
    "substitute.",
])
def test_a_substitute_named_in_the_apology_sentence_was_there(tmp_path: Path, text: str) -> None:
    record = extract_page(tmp_path, "Minutes of the Panel meeting held on 5 May 2021\n\n" + text + "\n")
    assert [p.name for p in record.apologies] == ["Ejaz Aslam"]
    assert [p.name for p in record.attendees] == ["Gary Harding"]


def test_a_reason_after_a_name_on_an_apologies_line(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of meeting Tues 9th May 2017\n\nPresent G Rogers (GR) Chair, Cllr Bob Hale\n\n"
                          "3/ Apologies\nA Potter unav.\nCllr J Smith - holiday\n\n4/ Dispensations/Interests\nNone\n")
    assert [p.name for p in record.apologies] == ["A Potter", "J Smith"]


def test_a_role_after_the_name_with_no_punctuation_is_a_role_whose_holder_owns_its_actions(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the meeting held on 4 March 2015\n\n"
                          "Present : Joan Field Chairman, Councillor Jackie Ellis, Andrew Osborne, Ann-Marie Davis Clerk.\n"
                          "\n1. Roads\n"
                          "The Clerk was asked to report a pothole.\nThe Chairman agreed to visit the site.\n")
    assert [(p.name, p.role) for p in record.attendees] == [
        ("Joan Field", "Chairman"), ("Jackie Ellis", "Councillor"), ("Andrew Osborne", None), ("Ann-Marie Davis", "Clerk")]
    assert [a.owners for a in record.actions] == [["Ann-Marie Davis"], ["Joan Field"]]


@pytest.mark.parametrize("lines, present, apologies", [
    # a plural title before "present" makes the surnames after it names
    ("Councillors present: Smith, Jones and Brown.\nApologies: Cllr Green", ["Smith", "Jones", "Brown"], ["Green"]),
    ("Members of the Council present: Cllr J Smith (Chairman), Cllr P Jones.", ["J Smith", "P Jones"], []),
    # who took the chair was there; who was absent is listed with the apologies
    ("Councillor J Smith in the Chair\nPresent: Councillors P Jones and A Brown", ["J Smith", "P Jones", "A Brown"], []),
    ("Present: Cllr J Smith\nCllr Green had sent apologies. Cllr White was absent.", ["J Smith"], ["Green", "White"]),
    ("Present: Cllr J Smith\n1. Apologies for Absence\nCouncillor Brown had given apologies.", ["J Smith"], ["Brown"]),
    ("Present: Cllr J Smith\n1. Apologies for Absence\nCllr Brown was unable to attend due to illness. Cllr Green apologised "
     "for her absence. Cllr White offered his apologies.", ["J Smith"], ["Brown", "Green", "White"]),
    # "Esq." after a name is no part of it
    ("PRESENT\nD Body Esq., F Cooke Esq., Cllr M Burg\nApologies were received from C Apps Esq. and P Bould Esq.", ["D Body", "F Cooke",
     "M Burg"], ["C Apps", "P Bould"]),
    # surnames in capitals, and an honour that is no surname
    ("Present: Councillors SMITH (Chair), JONES and BROWN\nApologies: Councillor GREEN", ["Smith", "Jones", "Brown"], ["Green"]),
    ("PRESENT: Councillor John SMITH (Chairman), Councillor Peter JONES, Cllr Ann Khan MBE", ["John Smith", "Peter Jones", "Ann Khan"],
     []),
    ("Present: Cllr J Smith\n1. Apologies for Absence\nResolved: to accept the apologies of Cllrs Brown and Green.", ["J Smith"],
     ["Brown", "Green"]),
])
def test_common_attendance_wordings_nobody_had_tried(tmp_path: Path, lines: str, present: list[str], apologies: list[str]) -> None:
    record = extract_page(tmp_path, "Minutes of the meeting of Ashby Parish Council held on Monday 5 May 2021 at 7pm\n\n"
                          + lines + "\n\n5. Finance\nThe accounts were noted.\n")
    assert (sorted(p.name for p in record.attendees), [p.name for p in record.apologies]) == (sorted(present), apologies)


@pytest.mark.parametrize("label, status", [
    ("Present in person:", "present"), ("Present virtually:", "present"), ("Remote attendees:", "present"),
    ("Attended via Teams:", "present"), ("Present at the meeting:", "present"), ("Governors present:", "present"),
    ("Trustees present:", "present"), ("Partners present:", "present"), ("Guests:", "present"), ("Participants:", "present"),
    ("Apologies and absences:", "apologies"), ("Non-attendance:", "apologies"),
])
def test_more_attendance_labels(tmp_path: Path, label: str, status: str) -> None:
    # each label had been no label, and the names after it no one's
    record = extract_page(tmp_path, "Minutes of the meeting of Ashby Parish Council held on Monday 5 May 2021 at 7pm\n\n"
                          f"{label} Cllr John Smith, Mary Jones (Clerk)\n\n5. Finance\nThe accounts were noted.\n")
    found = record.attendees if status == "present" else record.apologies
    assert [p.name for p in found] == ["John Smith", "Mary Jones"]


def test_a_label_closed_by_a_semicolon_is_a_label(tmp_path) -> None:
    """"Present; Cllr R. Gore, ..." as "Present: ...": a semicolon typed for the colon must not hide the list."""
    page = ("Ashby Parish Council\nMinutes of a meeting held on 22nd September 2021\n"
            "Present; Cllr. R. Gore, Cllr. S. Farrow, Cllr. C. Cuckson\nApologies; Cllr. C. Hunt\n\n20/21 Minutes\nApproved.\n")
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["R. Gore", "S. Farrow", "C. Cuckson"]
    assert [p.name for p in record.apologies] == ["C. Hunt"]


def test_apologies_inside_a_run_of_names_with_no_punctuation_starts_the_apologies(tmp_path) -> None:
    """"Present Ann Bell ... Apologies Carol Top ..." (two lists flattened into one line, no colons or commas): the
    names after "Apologies" sent apologies; they were all read as present."""
    page = ("Ashby Health Partnership\nMinutes of Meeting held on Tuesday 5 July 2005\n\nPresent Jean Hughes Bren Cole "
            "Frank Bayley Cllr Ray Apple Apologies Carol Top Margaret Ogden Ian Gregg Cllr Andrew Grave\n\n"
            "Items Discussed\nWelcome.\n")
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["Jean Hughes", "Bren Cole", "Frank Bayley", "Ray Apple"]
    assert [p.name for p in record.apologies] == ["Carol Top", "Margaret Ogden", "Ian Gregg", "Andrew Grave"]


def test_apologies_presented_from_is_an_apologies_label(tmp_path) -> None:
    """"Apologies for absence were presented from:" as "... were received from:": the names below it were
    read as more people present."""
    page = ("Ashby AONB Joint Advisory Committee\nMinutes of the meeting held on 10 March 2011\n\nPresent:\n"
            "County Councillor Ann Bell (Chair)\nCouncillor Bob Hill\n\nApologies for absence were presented from:\n\n"
            "County Councillors Carl Dent and Dora Ely (Ashby County Council)\n\nCouncillor Joyce Pratt – Ashby District Council\n\n"
            "1. Minutes\nAgreed.\n")
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["Ann Bell", "Bob Hill"]
    assert [p.name for p in record.apologies] == ["Carl Dent", "Dora Ely", "Joyce Pratt"]


def test_initials_typed_against_surnames_under_a_heading_are_names(tmp_path) -> None:
    """"A.Vigrass, L.Bowden,T.Dixon" on the line under "2) Present:" (no space after the initial's full stop): the
    list gave nobody, so "TD & AV to inspect" kept its initials; the names read, the initials resolve and no
    first-name warning counts "Martin" in "T.Martin" as unread."""
    page = ("Ashby Parish Council\nMinutes of the Parish Council Meeting held on Monday 6th December 2021\n2) Present:\n"
            "In the Chair A.Vigrass, L.Bowden,T.Dixon,A.Hay and K.Doyle (clerk).\n3) Apologies\nT.Martin, M.Norton,A.Stanley\n"
            "4) Parish matters\nMillennium Wood is in a poor state – TD & AV to inspect\n")
    record = extract_page(tmp_path, page)
    assert [p.name for p in record.attendees] == ["A.Vigrass", "L.Bowden", "T.Dixon", "A.Hay", "K.Doyle"]
    assert [p.name for p in record.apologies] == ["T.Martin", "M.Norton", "A.Stanley"]
    assert [a.owners for a in record.actions] == [["T.Dixon", "A.Vigrass"]] and record.warnings == []
