"""Made-up minutes laid out as councils' own files lay them out, and what the extractor gets wrong in them.

    python benchmarks/council_files.py                # builds into /tmp/minutes-council-files, then scores
    python benchmarks/council_files.py --out DIR      # elsewhere (built files are re-used)

The corpus is text taken from published pages, so it cannot show what a council's own Word file, its
PDF, a saved web page or a scan adds. These files can: each is made up (names, places, bodies) in a
layout councils really use: a Word letterhead in the page header or in a text box, minutes set in a
table beside their minute numbers, an attendance register with a status column, an action column in
the margin, a parish newsletter in two columns, a letterhead with the clerk's address, an action log
on a second page, a parish website's page with line breaks, a ModernGov page, full-length minutes
with public speakers and payments, and a page printed to an image and read by OCR. The Word files
are built with python-docx, printed to PDF and saved as web pages by LibreOffice (as ``scripts/make_samples.py`` prints).

Each file is scored against what a reader would write by hand (``council_files/expected.json``,
following ``tests/gold/SCHEMA.md``): every wrong meeting field, missing or extra name, missing or
extra action and wrong owner counts as one error. Actions match when the expected words appear in
the extracted action's text.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "council_files"
sys.path.insert(0, str(ROOT / "scripts"))

from make_samples import soffice_command  # noqa: E402

from minutes import ingest  # noqa: E402
from minutes.extract import extract  # noqa: E402

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word(header: str = "", footer: str = "") -> WordDocument:
    word = WordDocument()
    section = word.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return word


def _lines(word: WordDocument, *lines: str, bold: bool = False, style: str | None = None) -> None:
    for line in lines:
        word.add_paragraph(style=style).add_run(line).bold = bold


def _table(word: WordDocument, rows: list[list[str]], grid: bool = True) -> None:
    """A Word table of ``rows``, ruled unless ``grid`` is off."""
    table = word.add_table(rows=0, cols=len(rows[0]))
    if grid:
        table.style = "Table Grid"
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text


def _page_break(word: WordDocument) -> None:
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _right_tab(word: WordDocument, text: str, action: str) -> None:
    """A paragraph with its action flush right at a tab stop, as Word minutes set a margin column."""
    paragraph = word.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(15), WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run(f"{text}\t{action}")


def town_council_minute_column() -> WordDocument:
    word = _word("Ashby Town Council", "Signed ............................ Chairman    Date ..............")
    _lines(word, "ASHBY TOWN COUNCIL", "MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON MONDAY 11 MARCH 2019 AT "
           "7.00PM IN THE COUNCIL CHAMBER, TOWN HALL", "PRESENT:", bold=True)
    _table(word, [["Councillor", "Role"], ["Cllr Agnes Moorcroft", "Town Mayor (Chair)"], ["Cllr Bernard Quill", "Deputy Mayor"],
                  ["Cllr Cyril Tappin", ""], ["Cllr Dorothy Yeo", ""], ["Cllr Edwin Lusk", ""]])
    _lines(word, "IN ATTENDANCE: Mrs Fenella Draycott (Town Clerk), Mr Gordon Prew (Deputy Clerk) and two members of the public.")
    _table(word, [
        ["FC/19/101", "APOLOGIES FOR ABSENCE\nApologies were received and accepted from Cllr Harriet Vowles (work "
                      "commitments) and Cllr Ivor Nettles (illness)."],
        ["FC/19/102", "DECLARATIONS OF INTEREST\nThere were none."],
        ["FC/19/103", "MINUTES\nRESOLVED that the minutes of the meeting held on 11 February 2019 be approved and signed as a "
                      "correct record."],
        ["FC/19/104", "CEMETERY\nThe Deputy Clerk reported that the boundary wall had partly collapsed. RESOLVED that the Town "
                      "Clerk obtain three quotations for its repair and report to the April meeting."],
        ["FC/19/105", "FLOWER BEDS\nCllr Quill offered to meet the contractor on site to agree the summer planting scheme."],
        ["FC/19/106", "BUS SHELTER\nMembers noted the damage to the Station Road shelter. The Deputy Clerk to report the damage "
                      "to the insurers by 22 March 2019."]], grid=False)
    _page_break(word)
    _lines(word, "FC/19/107 FINANCE", bold=True)
    _lines(word, "The schedule of payments totalling £8,412.50 was approved. Cllr Yeo will review the bank reconciliation "
           "before the next meeting.")
    _lines(word, "FC/19/108 DATE OF NEXT MEETING", bold=True)
    _lines(word, "Monday 8 April 2019 at 7.00pm.", "The meeting closed at 8.42pm.")
    return word


def csp_board_action_log() -> WordDocument:
    word = _word("Ashby Community Safety Partnership – Board minutes – 4 June 2015", "OFFICIAL")
    _lines(word, "Ashby Community Safety Partnership Board", "Minutes of the meeting held on Thursday 4 June 2015, 10.00am – "
           "12.00pm, Committee Room 2, Ashby House", "Present", bold=True)
    _table(word, [["Jonah Pettifer (Chair)", "Ashby District Council", "JP"], ["Karen Ollerton", "Ashby Police", "KO"],
                  ["Lionel Sprake", "Fire and Rescue", "LS"], ["Maureen Tibbs", "Probation", "MT"],
                  ["Nadia Farrant", "Public Health", "NF"], ["Owen Gilderoy", "Housing", "OG"]])
    _lines(word, "Apologies", bold=True)
    _lines(word, "Patricia Hames (Youth Offending Service), Quentin Marsh (Clinical Commissioning Group)")
    _lines(word, "1. Minutes and matters arising", bold=True)
    _lines(word, "The minutes of 5 March 2015 were agreed. All actions were complete or are on the agenda.")
    _lines(word, "2. Anti-social behaviour", bold=True)
    _lines(word, "KO reported a 12% fall in ASB incidents in the town centre. The board discussed the summer plan for the "
           "parks. KO to circulate the summer ASB plan to partners.")
    _lines(word, "3. Domestic abuse", bold=True)
    _lines(word, "NF presented the needs assessment. Members agreed that a task and finish group should be set up. MT agreed "
           "to chair it.")
    _page_break(word)
    _lines(word, "4. Any other business", bold=True)
    _lines(word, "LS reminded partners of the water safety campaign.")
    _lines(word, "Action log", bold=True)
    _table(word, [["No.", "Action", "Lead", "Deadline"],
                  ["1", "Circulate the summer ASB plan to partners", "KO", "30 June 2015"],
                  ["2", "Set up the domestic abuse task and finish group", "MT", "September meeting"],
                  ["3", "Share water safety leaflets with schools", "LS", "19 June 2015"]])
    return word


def parish_action_margin() -> WordDocument:
    word = _word("Ashby Parva Parish Council", "Minutes subject to approval at the next meeting")
    _lines(word, "ASHBY PARVA PARISH COUNCIL", bold=True)
    _lines(word, "Minutes of the Parish Council Meeting held on Tuesday 2nd October 2012 at 7.30pm in Ashby Parva Village Hall",
           "Present: Cllrs R. Quayle (Chairman), S. Varley, T. Winship, U. Yardley. Clerk: Mrs V. Ashdown. District Cllr "
           "W. Bexley.", "Apologies: Cllr X. Cotterill.")
    _table(word, [["Item", "", "Action"],
                  ["12/61", "Village green: the grass cutting contract expires in December. The Clerk will invite tenders for "
                            "2013.", "VA"],
                  ["12/62", "Street lights: two lights on Back Lane are out. Cllr Varley will report them to the County "
                            "Council.", "SV"],
                  ["12/63", "Planning: application 12/0456 (extension at 4 Mill Row) – no objection.", ""],
                  ["12/64", "Christmas tree: Cllr Winship will ask the school to decorate the tree again.", "TW"]])
    _lines(word, "Next meeting: Tuesday 6th November 2012 at 7.30pm. The meeting closed at 9.10pm.")
    return word


def planning_committee_grid() -> WordDocument:
    word = _word("Ashby District Council – Planning Committee – 17 January 2018")
    _lines(word, "ASHBY DISTRICT COUNCIL", "PLANNING COMMITTEE", bold=True)
    _lines(word, "Minutes of a meeting held at the Council Offices, Ashby on Wednesday, 17 January 2018 at 6.00 pm")
    _lines(word, "Members present:", bold=True)
    _table(word, [["Councillor Y Hebden (Chairman)", "Councillor A Ingram", "Councillor B Jessop"],
                  ["Councillor C Keble", "Councillor D Larkin", "Councillor E Mottram"]], grid=False)
    _lines(word, "Officers in attendance: F Norreys (Head of Planning), G Oxley (Democratic Services Officer)")
    _lines(word, "45. APOLOGIES FOR ABSENCE", bold=True)
    _lines(word, "Apologies for absence were received from Councillors H Pargeter and I Quennell.")
    _lines(word, "46. MINUTES", bold=True)
    _lines(word, "The minutes of the meeting held on 13 December 2017 were confirmed as a correct record.")
    _lines(word, "47. 17/01234/FUL – LAND AT STATION ROAD", bold=True)
    _lines(word, "RESOLVED that planning permission be granted subject to the conditions in the report. The Head of Planning "
           "was asked to report back on the drainage condition at the next meeting.")
    return word


def governors_register() -> WordDocument:
    word = _word("Ashby Primary School", "Chair signature: ______________")
    _lines(word, "Ashby Primary School – Full Governing Body", "Minutes of the meeting held on 23 November 2016 at 6pm in "
           "the school library", bold=True)
    _table(word, [["Name", "Category", "Attendance"], ["Imogen Rudd", "Co-opted (Chair)", "Present"],
                  ["Jasper Soames", "Parent", "Present"], ["Keturah Venn", "Headteacher", "Present"],
                  ["Lucius Wragg", "LA", "Apologies"], ["Myfanwy Ashe", "Staff", "Present"], ["Norris Blythe", "Clerk", "Present"]])
    _lines(word, "1. Headteacher's report", bold=True)
    _lines(word, "KV presented her report. Governors asked about the Year 6 writing results.")
    _lines(word, "ACTION: KV to circulate the writing action plan to governors.", bold=True)
    _lines(word, "2. Policies", bold=True)
    _lines(word, "The charging policy was approved. JS will check the website is up to date.")
    _lines(word, "ACTION: JS", bold=True)
    return word


def parish_two_columns() -> WordDocument:
    word = _word("", "Ashby Magna Parish Council minutes")
    _lines(word, "ASHBY MAGNA PARISH COUNCIL", "Minutes of the meeting held on Wednesday 14th September 2016 at 7.30pm at the "
           "Pavilion", bold=True)
    columns = OxmlElement("w:cols")
    columns.set(qn("w:num"), "2")
    columns.set(qn("w:space"), "720")
    word.sections[0]._sectPr.append(columns)
    _lines(word, "Present: Cllr Audrey Fenwick (Chair), Cllr Basil Gorringe, Cllr Clara Hatherley, Cllr Desmond Ibbotson and "
           "Cllr Eunice Jolliffe.", "Also present: Frances Kettle (Clerk) and four parishioners.",
           "Apologies: Cllr Gregory Lumb (holiday).")
    for number, (heading, text) in enumerate([
            ("Declarations of interest", "Cllr Hatherley declared an interest in item 6 as a neighbour of the applicant."),
            ("Minutes", "The minutes of 10th August 2016 were approved and signed."),
            ("Footpaths", "The stile on footpath 12 is broken. Cllr Gorringe will ask the landowner to repair it. The Clerk to "
                          "write to the County Council about the overgrown bridleway."),
            ("Recreation ground", "The annual play inspection found two low-risk items. Cllr Ibbotson agreed to tighten the "
                                  "bolts on the swings. The Clerk was asked to order new safety surfacing for the slide."),
            ("Finance", "The following payments were approved: Clerk salary £310.00; HMRC £77.40; grass cutting £240.00. The "
                        "bank balance at 31st August was £12,904.33."),
            ("Planning", "16/01044/FUL, extension at The Old Forge: no objection. 16/01102/HH, garage at 3 Church Close: no "
                         "objection."),
            ("Correspondence", "A letter from a resident about speeding was read. Cllr Jolliffe will contact the police about "
                               "a speed watch scheme."),
            ("Date of next meeting", "Wednesday 12th October 2016 at 7.30pm.")], start=1):
        _lines(word, f"{number}. {heading}", bold=True)
        _lines(word, text)
    _lines(word, "The meeting closed at 9.05pm.")
    return word


def hwb_action_log_page_two() -> WordDocument:
    word = _word("Ashby Health and Wellbeing Board", "Page")
    _lines(word, "Ashby Health and Wellbeing Board", "Minutes: 21 January 2020, 2.00pm, Room 4, Ashby County Hall", bold=True)
    _lines(word, "Members present: Cllr Harold Nash (Chair), Isla Overend (Director of Public Health), Jerome Pike (Director "
           "of Children's Services), Kamala Rudge (CCG Accountable Officer), Leonard Sykes (Healthwatch)",
           "Apologies: Cllr Mavis Thorne, Nigel Upton (NHS England)")
    _lines(word, "1. Better Care Fund", bold=True)
    _lines(word, "KR presented the quarter 3 return. The Board approved the return for submission.")
    _lines(word, "2. Pharmaceutical needs assessment", bold=True)
    _lines(word, "IO explained the consultation timetable. Members will send comments to IO by 14 February.")
    _page_break(word)
    _lines(word, "Action log", bold=True)
    _table(word, [["Ref", "Action", "Owner", "Due", "Status"],
                  ["HWB/20/01", "Submit the quarter 3 Better Care Fund return", "Kamala Rudge", "31 Jan 2020", "Open"],
                  ["HWB/20/02", "Circulate the draft pharmaceutical needs assessment", "Isla Overend", "31 Jan 2020", "Open"],
                  ["HWB/20/03", "Arrange a development session on the children's plan", "Jerome Pike", "March 2020", "Open"],
                  ["HWB/20/04", "Report on Healthwatch survey of GP access", "Leonard Sykes", "April 2020", "Open"]])
    return word


def parish_letterhead_address() -> WordDocument:
    word = _word()
    _table(word, [["UPPER ASHBY PARISH COUNCIL", "Clerk: Mrs Olwen Pratt\n4 The Green, Upper Ashby AB1 2CD\nTel: 01234 "
                                                 "567890\nclerk@upperashby-pc.gov.uk"]], grid=False)
    _lines(word, "Minutes of the Annual Parish Council Meeting held on Monday 20th May 2013 at 7.15pm in the Reading Room",
           "Present: Cllrs P Quarrie (Chairman), R Stott, S Thwaite, T Unsworth and V Wadley; Mrs O Pratt (Clerk)")
    _lines(word, "1. Election of Chairman", bold=True)
    _lines(word, "Cllr Quarrie was re-elected Chairman and signed the declaration of acceptance of office.")
    _lines(word, "2. Apologies for absence", bold=True)
    _lines(word, "Cllr W Yeadon sent apologies (work).")
    _lines(word, "3. Village maintenance", bold=True)
    _right_tab(word, "The bench by the pond needs replacing. Cllr Stott will get two quotes for the May meeting.", "Action: RS")
    _right_tab(word, "The village sign needs repainting.", "Action: Clerk")
    _lines(word, "The meeting closed at 8.30pm.")
    return word


def licensing_committee() -> WordDocument:
    word = _word("Ashby Borough Council – Licensing Committee – 3 July 2017")
    _lines(word, "ASHBY BOROUGH COUNCIL", "Minutes of a meeting of the Licensing Committee held in the Council Chamber on "
           "3 July 2017 at 10.00 am", bold=True)
    _lines(word, "Present: Councillor Xavier Abbot (in the Chair)", "Councillors Yolanda Bream, Zachary Cull, Amos Dyke and "
           "Beryl Eames", "Officers: Colin Faraday (Licensing Manager), Della Gant (Solicitor), Eamon Hurst (Committee Officer)")
    _lines(word, "12. Apologies", bold=True)
    _lines(word, "Apologies were received from Councillors Fergus Ivey and Gwen Jupp.")
    _lines(word, "13. Taxi licensing policy", bold=True)
    _lines(word, "13.1 The Licensing Manager presented the draft policy.", "13.2 RESOLVED that the draft policy be approved "
           "for consultation.", "13.3 The Licensing Manager undertook to circulate the consultation responses to members "
           "before the October meeting.")
    _lines(word, "14. Street trading", bold=True)
    _lines(word, "The Solicitor would prepare a report on enforcement options for the next meeting.")
    return word


_PARISH = ("Minutes of the meeting held on Tuesday 8 March 2022 at 7pm in the Village Hall",
           "Present: Cllr Alma Birch (Chair), Cllr Boris Cole, Cllr Cora Dunne", "Apologies: Cllr Dirk Elm", "1. Playground",
           "Cllr Cole will obtain quotes for new swings.")


def header_letterhead() -> WordDocument:
    word = _word("LOWER ASHBY PARISH COUNCIL")  # the council's name only in the page header, on every page
    _lines(word, *_PARISH)
    _page_break(word)
    _lines(word, "2. Finance", "The accounts were approved.")
    return word


def text_box_letterhead() -> WordDocument:
    word = _word()
    content = "<w:txbxContent><w:p><w:r><w:t>LOWER ASHBY PARISH COUNCIL</w:t></w:r></w:p></w:txbxContent>"
    box = parse_xml(
        f'<w:r {_W} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wp:inline><wp:extent cx="5000000" cy="500000"/><wp:docPr id="1" '
        'name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>'
        f'</mc:Choice><mc:Fallback><w:pict>{content}</w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    word.add_paragraph()._p.append(box)
    _lines(word, *_PARISH)
    return word


def content_control_tracked_changes() -> WordDocument:
    word = _word()
    _lines(word, "LOWER ASHBY PARISH COUNCIL")
    title = word.add_paragraph("Minutes of the meeting held on ")
    title._p.append(parse_xml(f"<w:sdt {_W}><w:sdtContent><w:r><w:t>Tuesday 8 March 2022</w:t></w:r></w:sdtContent></w:sdt>"))
    title.add_run(" at 7pm in the Village Hall")
    present = word.add_paragraph("Present: Cllr Alma Birch (Chair), ")
    present._p.append(parse_xml(f'<w:del {_W} w:id="1" w:author="x" w:date="2022-03-09T00:00:00Z"><w:r><w:delText>'
                                'Cllr Zak Wren, </w:delText></w:r></w:del>'))
    present._p.append(parse_xml(f'<w:ins {_W} w:id="2" w:author="x" w:date="2022-03-09T00:00:00Z"><w:r><w:t>'
                                'Cllr Boris Cole, </w:t></w:r></w:ins>'))
    present.add_run("Cllr Cora Dunne")
    _lines(word, *_PARISH[2:])
    return word


def numbered_items() -> WordDocument:
    word = _word()
    _lines(word, "ASHBY WOODS PARISH COUNCIL", "Minutes of the meeting held on Thursday 7th June 2018 at 7.30pm in the "
           "Village Hall", "Present")
    _lines(word, "Cllr Ann Abel (Chair)", "Cllr Bob Bray", "Cllr Cat Crowe", "Mrs Dee Dunn (Clerk)", style="List Bullet")
    for heading, text in (("Apologies for absence", "Cllr Eve Eddy sent apologies."),
                          ("Footpaths", "The stile at Home Farm is broken. Cllr Bray will contact the landowner."),
                          ("Village hall", "The Clerk to obtain quotes for the roof repair.")):
        _lines(word, heading, style="List Number")  # Word's own numbering: the numbers are not in the text
        _lines(word, text)
    return word


def safeguarding_merged_owner() -> WordDocument:
    word = _word("Ashby Safeguarding Children Board", "Page 1")
    _lines(word, "Ashby Safeguarding Children Board", "Minutes of the meeting held on 9 October 2019, 1.30pm - 4.00pm, Ashby "
           "Civic Centre", "Present", bold=True)
    _table(word, [["Name", "Organisation", "Role"], ["Oliver Quint", "Independent", "Chair"],
                  ["Priya Rammell", "Ashby Council", "Director of Children's Services"],
                  ["Rufus Stainer", "Ashby Police", "Detective Superintendent"], ["Sabrina Tull", "Ashby CCG", "Designated Nurse"]])
    _lines(word, "Apologies", bold=True)
    _lines(word, "Tobias Underhill (Probation), Ursula Vane (Education)")
    _lines(word, "1. Audit of school safeguarding returns", bold=True)
    _lines(word, "PR presented the findings of the section 175 audit: 94% of schools returned the audit on time.")
    _lines(word, "Actions", bold=True)
    _table(word, [["No.", "Action", "Owner", "By when"],
                  ["1", "Share the audit findings with schools", "Priya Rammell", "November 2019"],
                  ["2", "Brief designated leads on the new threshold document", "", "December 2019"],
                  ["3", "Review the missing children protocol", "Rufus Stainer", "January 2020"]])
    owner = word.tables[-1].cell(1, 2).merge(word.tables[-1].cell(2, 2))  # one owner for two actions: a merged cell
    owner.text = "Priya Rammell"
    return word


def joint_committee_register() -> WordDocument:
    word = _word()
    _lines(word, "Ashby Joint Waste Committee", "Minutes – 14 July 2021 – 2.00pm – Online meeting", bold=True)
    _table(word, [["ATTENDANCE", "", ""], ["Member", "Authority", ""], ["Cllr Nina Nokes (Chair)", "Ashby BC", "Present"],
                  ["Cllr Oscar Ord", "Ashby DC", "Present"], ["Cllr Pia Pemble", "Ashby CC", "Apologies"],
                  ["Cllr Quincy Rook", "Ashby BC", "Present"]])
    word.tables[-1].cell(0, 0).merge(word.tables[-1].cell(0, 2)).text = "ATTENDANCE"  # a title across the register
    _lines(word, "1. Recycling rates", bold=True)
    _lines(word, "Officers reported a recycling rate of 46.2%. Cllr Ord to write to the contractor about missed collections.")
    return word


def parish_margin_initials() -> WordDocument:
    word = _word("Ashby Magna Parish Council")
    _lines(word, "ASHBY MAGNA PARISH COUNCIL", "Minutes of the Parish Council meeting held on Monday 4th March 2019 at 7.30pm in "
           "the Village Hall", bold=True)
    _lines(word, "Present: Cllr Gwen Hale (Chairman), Cllr Ivan Jupp, Cllr Kay Lowe, Cllr Mark Nye. Mrs Olive Pike (Clerk).",
           "Apologies: Cllr Rex Shaw.")
    _right_tab(word, "", "ACTION")  # the margin column's header, and each line's owner at a tab stop in the margin
    _lines(word, "19/21 Highways", bold=True)
    _right_tab(word, "The pothole outside the school has been reported again and needs chasing with the County Council.", "OP")
    _right_tab(word, "The drains in Mill Lane need checking after the next heavy rain.", "IJ")
    _lines(word, "19/22 Playing field", bold=True)
    _right_tab(word, "The goalposts need replacing. Quotes to be obtained for the April meeting.", "Clerk")
    _right_tab(word, "Cllr Lowe reported that the bench has been repaired.", "")
    _lines(word, "The meeting closed at 9.00pm.")
    return word


WORD_FILES = (town_council_minute_column, csp_board_action_log, parish_action_margin, planning_committee_grid,
              governors_register, parish_two_columns, hwb_action_log_page_two, parish_letterhead_address,
              licensing_committee, header_letterhead, text_box_letterhead, content_control_tracked_changes, numbered_items,
              safeguarding_merged_owner, joint_committee_register, parish_margin_initials)


def build(out: Path) -> list[Path]:
    """Write every made-up file into ``out`` (Word files also as PDF and as a saved web page, one as a scan); the
    paths, in order."""
    out.mkdir(parents=True, exist_ok=True)
    docx = [out / f"{make.__name__}.docx" for make in WORD_FILES]
    for make, path in zip(WORD_FILES, docx):
        if not path.exists():
            make().save(path)
    for suffix, export in ((".pdf", "pdf"), (".htm", "htm:HTML (StarWriter)")):  # printed, and saved as a web page
        missing = [p for p in docx if not p.with_suffix(suffix).exists()]
        if missing:
            with tempfile.TemporaryDirectory() as profile:
                subprocess.run(soffice_command(profile) + ["--convert-to", export, "--outdir", str(out)] + [str(p) for p in missing],
                               check=True, capture_output=True, timeout=600)
    scan = out / "town_council_minute_column_scan.pdf"
    if not scan.exists():
        _print_to_image(out / "town_council_minute_column.pdf", scan)
    texts = []
    for source in sorted(DATA.glob("*.txt")) + sorted(DATA.glob("*.html")):
        shutil.copy(source, out / source.name)
        texts.append(out / source.name)
    return [p for path in docx for p in (path, path.with_suffix(".pdf"), path.with_suffix(".htm"))] + texts + [scan]


def _print_to_image(pdf: Path, out: Path) -> None:
    """A PDF as a scanner makes one: each page a 200 dpi grey image, no text layer."""
    from PIL import Image
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), f"{folder}/page"], check=True, timeout=300)
        pages = [Image.open(p) for p in sorted(Path(folder).glob("page*.png"))]
        pages[0].save(out, save_all=True, append_images=pages[1:], resolution=200)


def errors(path: Path, expected: dict) -> list[str]:
    """What the extractor gets wrong in one file, one string per error."""
    record = extract(ingest.read(path)).to_json()
    meeting = record["meeting"]
    words = lambda s: " ".join(re.findall(r"[a-z0-9]+", (s or "").lower()))  # noqa: E731
    found = [k for k in ("date", "start", "end") if expected[k] != meeting[k]]
    found += ["body"] if words(expected["body"]) != words(meeting["body"]) else []
    for field in ("attendees", "apologies"):
        got, want = {p["name"] for p in record[field]}, set(expected[field])
        found += [f"{field} missing {n}" for n in sorted(want - got)] + [f"{field} extra {n}" for n in sorted(got - want)]
    actions = [(a["text"].lower(), a["owners"]) for a in record["actions"]]
    for text, owner in expected["actions"]:
        matched = [owners for extracted, owners in actions if text.lower() in extracted]
        found += [f"action missing '{text}'"] if not matched else [f"owner of '{text}'"] if owner not in matched[0] else []
    found += [f"action extra '{t[:40]}'" for t, _ in actions if not any(w.lower() in t for w, _ in expected["actions"])]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "minutes-council-files")
    args = parser.parse_args()
    expected = json.loads((DATA / "expected.json").read_text())
    files = build(args.out)
    total = wrong = 0
    print("| file | errors | what |\n|---|---:|---|")
    for path in files:
        found = errors(path, expected[path.stem])
        total, wrong = total + len(found), wrong + bool(found)
        print(f"| {path.name} | {len(found)} | {'; '.join(found)[:160]} |")
    print(f"\n{len(files)} files, {wrong} with errors, {total} errors")


if __name__ == "__main__":
    main()
