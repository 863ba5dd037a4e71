"""Each extraction component on short snippets of real minutes (wording kept as written)."""
from __future__ import annotations

import datetime as dt

import pytest

from minutes.extract import Options, extract
from minutes.extract.dates import find_dates, find_time_ranges
from minutes.extract.due import resolve_due
from minutes.extract.record import Person, Source
from minutes.extract.registry import Registry
from minutes.ingest import read_bytes


def run(text: str, nlp: bool = True):
    doc = read_bytes(text.encode("utf-8"), "snippet.txt")
    return doc, extract(doc, Options(nlp=nlp))


# -- dates and times ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,year,expected", [
    ("Monday 17 November, 3:00-5.00pm", 2008, dt.date(2008, 11, 17)),
    ("Monday 17 November", 2009, dt.date(2008, 11, 17)),  # the weekday picks the year
    ("Meeting held on Thursday 13th September 2007", None, dt.date(2007, 9, 13)),
    ("held 25th Jan 10", None, dt.date(2010, 1, 25)),
    ("Date 25 th January 2010", None, dt.date(2010, 1, 25)),
    ("next ROG meeting 20/9/07.", None, dt.date(2007, 9, 20)),
    ("Tuesday, 12th March, 2019 at 7.00 pm", None, dt.date(2019, 3, 12)),
    ("by the end of October 2008", None, dt.date(2008, 10, 31)),
    ("June 14, 2010", None, dt.date(2010, 6, 14)),
    ("held on the 14th day of March 2017", None, dt.date(2017, 3, 14)),  # the formal wording had been no date
    ("held on 14/03/98", None, dt.date(1998, 3, 14)),  # a two-digit year of the last century: had been 2098
    ("Notes from the meeting on 03-Mar-14", None, dt.date(2014, 3, 3)),  # a spreadsheet's date: had been none
    ("Due: 1-Sep-2016", None, dt.date(2016, 9, 1)),
    ("held on Thursday 6th Febuary 2014", None, dt.date(2014, 2, 6)),  # February as often misspelt: had been none
    ("5th Feburary 2014", None, dt.date(2014, 2, 5)),
    ("held on 3 Mar. 2014", None, dt.date(2014, 3, 3)),  # an abbreviation's full stop: had been no year
    ("by the end of Oct. 2014", None, dt.date(2014, 10, 31)),
])
def test_find_dates(text: str, year: int | None, expected: dt.date) -> None:
    assert find_dates(text, year)[0].date == expected


def test_numbers_that_are_not_dates() -> None:
    assert find_dates("report to EMB 2/11, item 3b, the 3 year plan, max 2 meetings, NI 4, ref 3-Mar-Apr, X-12-Jan-14") == []


@pytest.mark.parametrize("text,expected", [
    ("Monday 17 November, 3:00-5.00pm,", ("15:00", "17:00")),
    ("10.00 - 3.00pm", ("10:00", "15:00")),
    ("Monday 17 May 2010, 14:00 – 16:30", ("14:00", "16:30")),
    ("held at 7.00pm on Monday", ("19:00", None)),
    ("from 2:00 to 4:30 at Maynetrees", ("14:00", "16:30")),
])
def test_time_ranges(text: str, expected: tuple) -> None:
    assert find_time_ranges(text)[0][2:] == expected


def test_a_dotted_date_is_no_time() -> None:
    assert find_time_ranges("10.07.2015 Views") == []  # a page's date, not 10:07


# -- meeting ------------------------------------------------------------------------------------

def test_moderngov_heading() -> None:
    _, record = run("Minutes of a meeting of the Cabinet held on Tuesday, 12th March, 2019 at 7.00 pm\n"
                    "Venue: Council Chamber, Civic Centre\nPresent: Councillor J Smith (Chair)\n")
    m = record.meeting
    assert (m.body, m.date, m.start, m.location) == ("Cabinet", "2019-03-12", "19:00", "Council Chamber, Civic Centre")
    assert record.kind == "minutes"


@pytest.mark.parametrize("text", [
    "Title: KPIs 2023/24\n- Housing Panel, 4 June 2024\nOverview of KPIs\n- Performance 2023/24.\n- Red status.\n",
    "Item 7\nRESOURCES DIRECTORATE 2023/24\nPriority 2 – Performance matrix\nActual\nTarget\nLPI 14\n96%\n",
    "Quarter 3 performance scorecard\nMeasure\nTarget\nActual\nStatus\nCalls answered\n90%\n87%\nAmber\n",
])
def test_performance_papers_that_never_say_report_are_reports(text: str) -> None:
    """Slides, matrices and scorecards of performance indicators are reports, though "report" is not in them."""
    assert run(text)[1].kind == "report"


def test_a_meeting_date_label_whose_day_lost_its_space_beats_a_tabling_stamp() -> None:
    """A PDF's "10March 2009" (no space, a capital and a year) is a date; the labelled one is the meeting's."""
    assert [m.date for m in find_dates("Meeting Date: / 10March 2009Title of Report: / Plan")] == [dt.date(2009, 3, 10)]
    assert find_dates("item 2May 20101, Room 3March") == []
    _, record = run("Topic Group – 13 March 2009 Item 4\nANYSHIRE CHILDREN’S PARTNERSHIP\nEXECUTIVE\n"
                    "Meeting Date: / 10March 2009Title of Report: / Quarterly Performance Monitor\n"
                    "Report Author: / Ann Example, Performance Manager\nPURPOSE OF THE REPORT\n")
    assert record.meeting.date == "2009-03-10"


@pytest.mark.parametrize("text, body", [
    # a report's own title under the body's name, which wraps over two lines
    ("Agenda Item 12\nANYTOWN BOROUGH STRATEGIC PARTNERSHIP\nBOARD\nLAA PERFORMANCE MANAGEMENT REPORT\n22 February 2007\n"
     "1 Purpose of the Report\nThis report informs the Board of performance.\n", "Anytown Borough Strategic Partnership Board"),
    # a committee system's page: "Meeting of the X held on <date>" opens a line; a bracketed note is no title
    ("Anytown Council Committee System - Committee Document\n"
     "Meeting of the Housing Overview and Scrutiny Committee held on 26/11/2007\nPerformance Management Report\n"
     "APPENDIX D\nTitle:\nPerformance report, quarter 2\n[Wards Affected: All]\nSummary and purpose:\n",
     "Housing Overview and Scrutiny Committee"),
    # "A meeting of the Board was held": the Board's name is the line above
    ("ANYTOWN DRAINAGE BOARD\nA meeting of the Board was held at the Village Hall, on Wednesday 18th June 2014 at\n2.00 pm.\n",
     "Anytown Drainage Board"),
    # an item's page whose last short lines are indicators' rows: no body
    ("85 Performance Reporting process : High Risk Indicators PDF 76 KB\nTo consider a report of the Director.\nMinutes:\n"
     "The Committee considered a report of the Director relating to performance.\nNI 45 EET and young people who offend\n"
     "NI 87 Secondary PA rate\n", None),
])
def test_a_papers_own_lines_are_not_the_meetings_body(text: str, body: str | None) -> None:
    assert run(text)[1].meeting.body == body


def test_closing_time_and_next_meeting() -> None:
    _, record = run("Minutes of SAFER ESSEX 2nd October 2008\nPresent:\nA Person\n"
                    "There being no further business the meeting closed at 14:50\n"
                    "The date of the next meeting is 13th December 2008.\n")
    assert record.meeting.end == "14:50" and record.next_meeting == "2008-12-13"
    assert record.meeting.body == "Safer Essex"


# -- people -------------------------------------------------------------------------------------

def test_dash_list_with_defined_initials_and_markers() -> None:
    _, record = run("Attendees:\nPeter Lowton (PL) – ACC Essex Police (Chair)\nGwyn Owen (GO) – Sustainable Essex\n"
                    "Apologies:\nWendi Ogle-Welbourn – Children's Trust Lead (Roger Bullen attending)\n"
                    "1. Welcome\nPL introduced the meeting.\n")
    first = record.attendees[0]
    assert (first.name, first.initials, first.organisation, first.role) == ("Peter Lowton", "PL", "Essex Police",
                                                                           "ACC; Chair")
    # the substitute was there: present, in the place of the person who sent apologies
    assert [(p.name, p.role) for p in record.attendees] == [
        ("Peter Lowton", "ACC; Chair"), ("Gwyn Owen", None), ("Roger Bullen", "substitute for Wendi Ogle-Welbourn")]
    assert [(p.name, p.organisation) for p in record.apologies] == [("Wendi Ogle-Welbourn", "Children's Trust")]


def test_dash_substitute_in_an_apologies_list() -> None:
    doc, record = run("Apologies for absence were received from the following:\n"
                      "Stephen McDowell              - Joan Hanley substituted\nDr Ita O'Donnell\n"
                      "15. Urgent Business\nNone.\n")
    assert [p.name for p in record.apologies] == ["Stephen McDowell", "Ita O'Donnell"]
    assert [(p.name, p.role) for p in record.attendees] == [("Joan Hanley", "substitute for Stephen McDowell")]
    assert "Joan Hanley substituted" in record.attendees[0].source.quote


@pytest.mark.parametrize("nlp", [True, False])
def test_table_cells_running_name_and_job_title(nlp: bool) -> None:
    _, record = run("Those Present :\nName\tOrganisation\nSuperintendent Colin Steele Territorial Policing\tEssex Police\n"
                    "Tanya Gillett Head Youth Offending Service\tYouth Offending Service\n"
                    "Nicky Pace : Director of Vulnerable Children\tECC\nApologies Given:\t\nRob Davis\tGovernor Chelmsford Prison\n",
                    nlp)
    assert [p.name for p in record.attendees] == ["Colin Steele", "Tanya Gillett", "Nicky Pace"]
    assert record.attendees[0].role.startswith("Superintendent")
    assert [p.name for p in record.apologies] == ["Rob Davis"]


def test_spacy_decides_where_a_name_runs_into_a_job_title() -> None:
    text = "Those Present :\nName\tOrganisation\nMary Jane Watson Youth Offending Service\tECC\n"
    assert [p.name for p in run(text, nlp=True)[1].attendees] == ["Mary Jane Watson"]
    assert [p.name for p in run(text, nlp=False)[1].attendees] == ["Mary Jane"]  # rules: the first two words


def test_police_ranks_go_to_the_role() -> None:
    _, record = run("Attendees\nName\tOrganisation\nDet Supt Mark Lee\tPolice\nDCI Jo Bell\tPolice\n1. Item\nText.\n")
    assert [(p.name, p.role) for p in record.attendees] == [("Mark Lee", "Det Supt"), ("Jo Bell", "DCI")]


def test_people_merely_mentioned_are_not_attendees() -> None:
    # (someone who asks or comments at the meeting was there: the corpus's gold counts public speakers)
    _, record = run("Present:\nCllr A Smith (Chair)\n\n1. Minutes\nA letter from John Brown about the budget was noted and "
                    "Cllr Smith replied to it.\n")
    assert [p.name for p in record.attendees] == ["A Smith"]


# -- actions ------------------------------------------------------------------------------------

def test_action_line_owner_initials_and_due() -> None:
    _, record = run("Monday 17 November 2008\nAttendees:\nPeter Lowton (PL) – Essex Police\nGill Butterworth (GB) – ECC\n"
                    "1. Item\nAction: PL to write to each of the Thematic Chairs by Friday 21 November.\n"
                    "Action: To raise District level reporting at the next meeting.\n")
    a, b = record.actions
    assert (a.owners, a.text, a.due) == (["Peter Lowton"], "Write to each of the Thematic Chairs by Friday 21 November.",
                                         "2008-11-21")
    assert a.due_text == "by Friday 21 November"
    assert b.owners == [] and b.due is None  # no next meeting date is stated


def test_inline_list_and_end_table_are_one_action() -> None:
    _, record = run("Attendees:\nGill Butterworth - Essex Partnership Secretariat\n\n1. Item\nActions:\n"
                    "- Gill to schedule presentation on public confidence (Ref 5.4)\n\nOutstanding Actions\n"
                    "Ref\tDescription\tResponsibility\n5.4\tGill to schedule presentation on public confidence\tGill\n")
    assert len(record.actions) == 1
    action = record.actions[0]
    assert (action.ref, action.owners) == ("5.4", ["Gill Butterworth"])


def test_action_block_with_owner_line_and_derived_initials() -> None:
    _, record = run("Present:\nGraham Carey (Chair)\tSuperintendent\tEssex Police\nMary Delaney\tManager\tThurrock Council\n\n"
                    "1.0 Item\nAction\nTo meet to discuss the temporary closure of the custody suite.\n"
                    "Graham Carey and Mary Delaney\nYOS working with housing. (GC) to facilitate visits to best practice areas.\n")
    owners = [a.owners for a in record.actions]
    assert owners == [["Graham Carey", "Mary Delaney"], ["Graham Carey"]]


def test_resolutions_are_decisions_not_actions() -> None:
    _, record = run("Present:\nCllr A Smith\n\n1. Budget\nRESOLVED that the budget be approved.\n")
    assert record.actions == [] and [d.text for d in record.decisions] == ["RESOLVED that the budget be approved."]


def test_registry_never_guesses_between_people_sharing_initials() -> None:
    src = Source(1, 0, 1, "x")
    registry = Registry.from_people([Person("Graham Carey", src), Person("Gill Collins", src),
                                     Person("Peter Lowton", src, initials="PL")])
    assert registry.resolve("GC") is None and registry.resolve("Gill") == "Gill Collins"
    assert registry.resolve("(PL)") == "Peter Lowton" and registry.resolve("Graham C") == "Graham Carey"


def test_registry_knows_the_initials_of_a_hyphened_first_name() -> None:
    src = Source(1, 0, 1, "x")
    registry = Registry.from_people([Person("Ann-Marie Davis", src), Person("Joan Field", src)])
    assert registry.resolve("AMD") == "Ann-Marie Davis" and registry.resolve("AD") == "Ann-Marie Davis"


def test_due_dates() -> None:
    meeting, nxt = dt.date(2008, 10, 2), dt.date(2009, 1, 22)
    assert resolve_due("partners respond within 2 weeks", meeting, nxt, "Safer Essex")[0] == "2008-10-16"
    assert resolve_due("at the January 2009 meeting", meeting, nxt, "Safer Essex")[0] == "2009-01-22"
    assert resolve_due("at the next Safer Essex meeting", meeting, nxt, "Safer Essex")[0] == "2009-01-22"
    assert resolve_due("at the next Executive Group meeting", meeting, nxt, "Safer Essex")[0] is None
    assert resolve_due("by January 2009", meeting, nxt, "Safer Essex") == ("2009-01-31", "by January 2009")
    assert resolve_due("review by March", meeting, nxt, "Safer Essex")[0] == "2009-03-31"  # the March after


@pytest.mark.parametrize("text, expected", [
    ("to cut the hedges before the end of the year", ("2008-12-31", "before the end of the year")),
    ("to write again in six months time", ("2009-04-02", "in six months time")),
    ("to chase the contractor in 3 weeks' time", ("2008-10-23", "in 3 weeks' time")),
    ("to report back in twelve months time", ("2009-10-02", "in twelve months time")),
])
def test_due_at_the_year_end_or_some_time_after_the_meeting(text: str, expected: tuple[str, str]) -> None:
    assert resolve_due(text, dt.date(2008, 10, 2), None, None) == expected


def test_action_label_holding_only_the_owner_takes_the_task_from_the_paragraph_before() -> None:
    doc, record = run("Minutes of the Board, Tuesday 14 October 2008\nPresent:\nJane Barker (JB) – Chair\n"
                      "Mark Thompson – PCT\n1. Campaign\nMT reported on the campaign. It was agreed that a letter "
                      "should be sent to all schools.\nACTION: JB\nA report on outcomes will come to the December "
                      "meeting.\nAction: MT by 12 December 2008\nMT to circulate the figures within two weeks.\n")
    assert [(a.owners, a.text, a.due) for a in record.actions] == [
        (["Jane Barker"], "It was agreed that a letter should be sent to all schools.", None),
        (["Mark Thompson"], "A report on outcomes will come to the December meeting.", "2008-12-12"),
        (["Mark Thompson"], "MT to circulate the figures within two weeks.", "2008-10-28")]
    assert record.actions[0].source.quote.endswith("all schools.\nACTION: JB")


@pytest.mark.parametrize("text, expected", [
    ("Date: 12.03.2015", [dt.date(2015, 3, 12)]),
    ("Date: 12-03-2015", [dt.date(2015, 3, 12)]),
    ("Tues 12 Mar 15", [dt.date(2015, 3, 12)]),
    ("Thurs 12 March 2015", [dt.date(2015, 3, 12)]),
    ("3.2.15 Finance", []),  # a minute number, not 3 February 2015
])
def test_dotted_and_dashed_dates_with_a_full_year_and_longer_weekday_abbreviations(text: str, expected: list) -> None:
    assert [d.date for d in find_dates(text)] == expected


# -- indicators and figures -----------------------------------------------------------------------

def test_indicators_with_titles_and_no_false_codes() -> None:
    _, record = run("NI 192 - % of household waste sent for reuse, recycling and composting (32.43%, target 36.7%)\n"
                    "NI18 (reducing adult re-offending) and BVPI 82a. Item 3b, Room CG29, EMB 2/11, LSP, PCT.\n")
    assert [(i.code, i.title) for i in record.indicators] == [
        ("NI 192", "% of household waste sent for reuse, recycling and composting"),
        ("NI 18", "reducing adult re-offending"), ("BVPI 82a", None)]
    figures = [(f.value, f.unit, f.indicator, f.role) for f in record.figures]
    assert figures == [(32.43, "%", "NI 192", "actual"), (36.7, "%", "NI 192", "target")]


def test_an_indicator_codes_number_before_a_percent_title_is_no_figure() -> None:
    _, record = run("NI 1 % of people who believe people from different backgrounds get on well together\n"
                    "NI 4 % of people who feel they can influence decisions in their locality: 31%\n")
    assert [i.code for i in record.indicators] == ["NI 1", "NI 4"]
    assert [(f.value, f.unit, f.indicator) for f in record.figures] == [(31, "%", "NI 4")]


def test_indicator_parts_written_together_are_one_code_each() -> None:
    _, record = run("NI 102 a&b Achievement gap at KS2 and KS4\nNI 45a/b first-time entrants; NI 8 and a new local target\n")
    assert [i.code for i in record.indicators] == ["NI 102a", "NI 102b", "NI 45a", "NI 45b", "NI 8"]


def test_an_indicator_table_flattened_one_cell_a_line() -> None:
    """A table read one cell a line puts the prefix and the number on lines of their own."""
    _, record = run("Ref\nMeasure\nActual\n12\nBVPI\n174\n99.77\n144.64\n13\nLPI\n20\n95.80%\n")
    assert [(i.code, i.source.quote) for i in record.indicators] == [("BVPI 174", "BVPI\n174"), ("LPI 20", "LPI\n20")]
    assert [(f.value, f.indicator) for f in record.figures] == [(95.8, None)]


def test_money_forms() -> None:
    _, record = run("£150k, £1.5 million, £27m, £10-12M, £143,846.00, £2285 and 7% then from 40% to 30%.\n")
    assert [(f.value, f.value_high, f.unit) for f in record.figures] == [
        (150000, None, "GBP"), (1500000, None, "GBP"), (27000000, None, "GBP"), (10000000, 12000000, "GBP"),
        (143846, None, "GBP"), (2285, None, "GBP"), (7, None, "%"), (40, None, "%"), (30, None, "%")]
