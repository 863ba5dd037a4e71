"""Meeting body, date and times from heading shapes nobody tuned for (round 17: the misses left in the whole corpus
and new opening lines of real minutes): made-up pages with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Wenna Strickfold.\n"


@pytest.mark.parametrize("top, body", [
    # a whole page read as one line under a document host's lines (the file's pages and size, never the body): the
    # title, then far after it the item approving the earlier minutes
    ("Minutes 4th June 2019\n\nTotal Page:12\n\nFile Type:pdf, Size:880Kb\n\nMINUTES OF THE COUNCIL MEETING HELD ON "
     "TUESDAY 4th June 2019 AT THE ORCHARD HALL Present: Cllr Tamsin Ollerby (Chair); Cllrs: Bevis Quarrell; Hedda "
     "Lintott; Ormond Fairclew; Clerk Sabine Trudgeon. Cllr Ollerby welcomed everyone and explained the order of "
     "business for the evening, the parish plan and the footpaths. 1. APOLOGIES Cllr Pellow. 2. DECLARATIONS OF "
     "INTEREST None. 3. TO APPROVE THE MINUTES OF THE MEETING HELD ON 7th May 2019 The minutes were approved.",
     "Council"),
    # the venue after the meeting's word, then the date: "X BOARD (XB) MEETING THE GREEN ROOM, ... <date>"
    ("M I N U T E S\n\nCOMMUNITY SAFETY BOARD (CSB) MEETING THE LANTERN ROOM, QUILLAN HOUSE, MARSH ROAD "
     "TUESDAY 15TH JULY 2014 AT 7.00 PM\n\nPresent: Ysolde Prewett (Chair), Caspian Durnell", "Community Safety Board"),
    ("Wexmoor Vale Residents Forum Meeting, Quenbury Village Hall, 3rd March 2022, 7pm\n\nPresent: Ysolde Prewett (Chair), "
     "Caspian Durnell", "Wexmoor Vale Residents Forum"),
])
def test_body_from_round17_corpus_shapes(tmp_path, top: str, body: str | None) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.body == body


def test_meeting_under_a_document_hosts_title(tmp_path) -> None:
    """A document host's page title over its lines on the file ("Total Page:16", "File Type:pdf") may be another
    document's: the minutes below it give their own date and body."""
    page = ("Ordinary Meeting of the Town Council, Monday 16th March 2015\n\nTotal Page:16\n\nFile Type:pdf, Size:1020Kb\n\n"
            "Minutes of the Annual Meeting of Quillbrook Town Council held on Monday 8th May 2017 at 7pm in the Upper Hall\n\n"
            "Present: Cllrs Tamsin Ollerby (Mayor), Bevis Quarrell, Hedda Lintott" + _TAIL)
    meeting = extract_page(tmp_path, page).meeting
    assert (meeting.body, meeting.date, meeting.start) == ("Quillbrook Town Council", "2017-05-08", "19:00")


def test_meeting_from_a_document_hosts_title_when_the_document_has_none(tmp_path) -> None:
    """... and the host's title is the document's own when the minutes below it give no date of their own."""
    page = ("Ashwold LEP Board Minutes 9 Sep 2021\n\nTotal Page:16\n\nFile Type:pdf, Size:1020Kb\n\n"
            "NB: these minutes are published as a draft record until formal ratification by the Board.\n\n"
            "Present: Tamsin Ollerby (Chair), Bevis Quarrell, Hedda Lintott" + _TAIL)
    meeting = extract_page(tmp_path, page).meeting
    assert (meeting.body, meeting.date) == ("Ashwold LEP Board", "2021-09-09")


def test_body_from_a_letterhead_run_into_the_title_line(tmp_path) -> None:
    """A letterhead with its date and page number run into the title's line names the body the title gives by its kind
    only: "X Board of Trustees <date> 1 Minutes of the meeting of the Board of Trustees held ..."."""
    page = ("QAT Board of Trustees 4 th March 2019 1 Minutes of the meeting of the Board of Trustees held on Monday 4th "
            "March at 6.30pm at Ashwold House\n\nPresent: Tamsin Ollerby (Chair), Bevis Quarrell, Hedda Lintott" + _TAIL)
    assert extract_page(tmp_path, page).meeting.body == "QAT Board of Trustees"


@pytest.mark.parametrize("top, body", [
    # notes titled "X meeting - <month year>" (no day: no date line ends the title lines) over their prose
    ("Larkmead Residents Association meeting - March 2021\n\nThe meeting took place on Zoom. The next meeting will be "
     "on 12th April.\n\nThe main points:\n\nGarden party: Idris will ask the council for a licence.", "Larkmead Residents Association"),
    ("QRA meeting - March 2021\n\nThe meeting took place on Zoom.\n\nThe main points:\n\nBins: Idris will ask the "
     "council for new bins.", "QRA"),
])
def test_body_from_a_title_with_a_month_only(tmp_path, top: str, body: str) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.body == body
