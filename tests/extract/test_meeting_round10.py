"""Meeting body, date and times from heading shapes met in real English minutes' opening lines (round 10): made-up
pages with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Ann Smith.\n"


@pytest.mark.parametrize("top, body, date", [
    # a kind of meeting ("Quarterly", "Fourth") names no body: the name above it does, or none
    ("Ashby Homeowners Association\nQuarterly Meeting Minutes\nMarch 9, 2010\n\nThe meeting was called to order at 7:16 p.m.",
     "Ashby Homeowners Association", "2010-03-09"),
    ("Fourth AGM Minutes\n\nMinutes of the Fourth Annual General Meeting\n\nof 3rd June 2015\n\nPresent: Ann Bell (Chairman)",
     None, "2015-06-03"),
    # a kind in lower case before a one-word body is no part of its name
    ("Minutes of an extraordinary Council Meeting held via electronic media on Wednesday 14th July 2020 at 7.30pm.\n"
     "Present: Mrs Ann Bell", "Council", "2020-07-14"),
    # a PDF's words run together: "Minutesof Meeting" is furniture under the body's name
    ("Anyshire Community Partnership Board\n\nMinutesof Meeting\n\nMeeting Date:Tuesday 13th December 2016\n\nTime: 10am – 12 noon",
     "Anyshire Community Partnership Board", "2016-12-13"),
    # "<year> <initials> AGM": the year and the AGM around the body's initials
    ("Draft minutes 2024 ACC AGM\n\n7pm 12 June 2024\n\nAshby Hall, by Zoom", "ACC", "2024-06-12"),
    # "MINUTES (unapproved)": an unapproved draft's mark names nothing
    ("Ashby Village Hall Committee\n12th May 2018, 7.45pm\nMINUTES (unapproved)\nAnn Bell (AB, Chair)",
     "Ashby Village Hall Committee", "2018-05-12"),
    # the date a draft is to be agreed at ("to be agreed at the AGM 11th April 2018") is not the meeting's
    ("Draft, to be agreed at the AGM 11th April 2018\nAshby Community Council\nMinutes of the Annual General Meeting\n"
     "Held at 19:30 on Wednesday 12th April 2017, Ashby Hall", "Ashby Community Council", "2017-04-12"),
    # the meeting's kind inside the council's name: "Ashby Parish Full Council"
    ("MINUTES\nASHBY PARISH COUNCIL\nAshby Parish Full Council Meeting\nMonday 21st November 2016, 7.30 p.m.",
     "Ashby Parish Council", "2016-11-21"),
    # "X Minutes of the Annual X Meeting": the body's name again after "Minutes of", with the meeting's kind before it
    ("Parish Council Minutes of the Annual Parish Council Meeting held on Thursday 16 th May 2019 In Ashby Hall at 8.15pm.",
     "Parish Council", "2019-05-16"),
    # a label alone on its line over its value ("Date:" / "Tuesday ...") is not the title
    ("Licensing Committee Minutes\nDate:\nTuesday 17 February 2004\nTime:\n7.00pm - 8.50pm", "Licensing Committee", "2004-02-17"),
    # a blog's category line ("Posted in X") between a bare title and the minutes' own title
    ("Minutes 23 July 2019\nPosted in Parish Council Meeting minutes\nParish Council Meeting Minutes\nPRESENT: Councillor A Bell",
     "Parish Council", "2019-07-23"),
    # a yearless date on an earlier line ("meeting - March 15") gives way to the same month's date with its year
    ("You are here\nVillage Hall Trust meeting - March 15\nAshby Village Hall Trust Management Committee Meeting\n"
     "At the Village Hall - 12th March 2015 7.30pm", "Ashby Village Hall Trust Management Committee", "2015-03-12"),
    # ... and an advert's yearless date to the line that dates the meeting
    ("Your Tax Payments are due April 15th Get Help Now >>\nUNAPPROVED MINUTE\nMeeting held Monday, 17th August, 2009\n"
     "at Ashby House", None, "2009-08-17"),
])
def test_body_and_date_from_round10_heading_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)
