"""Meeting body, date and times from heading shapes met in real English minutes' opening lines (round 9): made-up
pages with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Ann Smith.\n"


@pytest.mark.parametrize("top, body, date", [
    # "Annual Parish Meeting held on": "Meeting" is the name of the electors' meeting, not the word before "held"
    ("Minutes of the Annual Parish Meeting held on Wednesday 9 May, 2018\nPresent: Cllr Bob Hill (Chairman)",
     "Annual Parish Meeting", "2018-05-09"),
    ("ANNUAL TOWN MEETING held at the Ashby Institute on 3rd April 2019", "Annual Town Meeting", "2019-04-03"),
    # a short line naming a meeting dates it with a two-digit year
    ("Annual Parish Meeting 18.04.19.\n\nPresent:  A. Bell (Chairman), B. Hill", "Annual Parish Meeting", "2019-04-18"),
    # a document site's list of other documents under the page's own title: their bodies and dates are not this one's
    ("Ashby Parish Council\n\nSimilar documents\nBarton & Carlton Parish Council\n\nMINUTES OF DUNTON PARISH COUNCIL MEETING "
     "Held on Wednesday 12 th October 2016 in Dunton Village Hall at 7.30pm\n\nEASTON PARISH COUNCIL\n\nMinutes of the "
     "Fenby Parish Council meeting held at 7.30pm on Monday 15 th January 2018 At Jubilee Hall", "Ashby Parish Council", None),
    # a line of people's names (no commas) is no body
    ("Mr A Bell Mr B Hill Ms C Dean. In attendance:\n\nMinutes of the meeting held on 3 May 2018", None, "2018-05-03"),
    # "a meeting of X that was held on": the body ends before "that was held"
    ("Minutes of a special meeting of the Anytown City Council that was held on Monday, June 6, 2011, at 6:00 PM",
     "Anytown City Council", "2011-06-06"),
    # a web page's "Last updated <date>" beside the title: the page's date, not an earlier meeting's ("last")
    ("AGM 2006 - Minutes of meeting 16-03-06        Last updated 08-12-07\n\nLocation : Ashby Village Hall", None, "2006-03-16"),
    # "X Minutes of first Annual General Meeting": "first" is the meeting's kind, the body comes before "Minutes"
    ("FRIENDS OF ASHBY PARK Minutes of first Annual General Meeting held on Wednesday 22 October 2014 at the Family Centre",
     "Friends of Ashby Park", "2014-10-22"),
    # a breadcrumb trail's "News >" names nothing
    ("News > \n\nSummary of the Meeting Held 10th March 2011\n\nposted 21 Mar 2011, 08:17 by Ann Bell", None, "2011-03-10"),
    # a title's own year completes its yearless date, before a later meeting's date in the text
    ("2011 Annual Residents Meeting – Minutes\n\nOur annual residents meeting was held on 28th March at the Ashby Arms.\n\n"
     "Next year's meeting will be on 26th March 2012.", "Annual Residents Meeting", "2011-03-28"),
    # "Provisional Minutes" are a draft's: "Provisional" is no body
    ("Provisional Minutes of Meeting held on Monday 11th June, 2001 at Ashby Hall\n\nBarton - Mr A. Bell", None, "2001-06-11"),
    # "X MEETING - DRAFT": the draft's mark after a dash
    ("MINUTES OF COMMUNITY COUNCIL MEETING - DRAFT\n\nTuesday 12th November 2013 at 7.00pm, Ashby Centre Community Room",
     "Community Council", "2013-11-12"),
    # a year before the month ("1947 April 22nd") is a bare date line: the title under it names the meeting
    ("Parish Meetings 1947\n\n1947 April 22nd\n\nThe Annual Parish Meeting held in the Ashby Room on Tuesday April 22nd 1947",
     "Annual Parish Meeting", "1947-04-22"),
    # a document host's page furniture ("Docstoc", "Document Sample", "Powered By X") names no body
    ("Docstoc\n\nMinutes Template - Get Now DOC\n\nDocument Sample\nMinutes Template - Get Now DOC Powered By Docstoc\n\n"
     "ANYTOWN SERVICE BOARD\n\nWednesday, 7th October, 2009 at 9.30 am", "Anytown Service Board", "2009-10-07"),
    # ... nor a web page's "Minutes Uploaded on <date>" over the title
    ("Minutes 6th December 2021\n\nMinutes Uploaded on October 5, 2023\n\nMinutes of the Parish Council Meeting held on\n"
     "Monday 6th December 2021 at 7.15 p.m. in the Old School", "Parish Council", "2021-12-06"),
    # ... nor its "Table of Contents"
    ("Table of Contents\nPresent: Cllrs Bell (Chairman), Hill and Dean", None, None),
    # the electors' meeting named by its own words: "Meeting of Electors", "Annual Meeting of the Parish"
    ("Minutes 21st May 2019\n\nMINUTES OF THE ANNUAL PARISH MEETING OF ELECTORS HELD IN THE ASHBY HALL AT 7.30 PM ON "
     "TUESDAY 21st MAY 2019", "Annual Parish Meeting of Electors", "2019-05-21"),
    ("April 2019 Annual Parish Meeting Minutes\nDraft Minutes of the Annual Meeting of the Parish held in the Village Hall on "
     "Tuesday 2nd April 2019 at 7.00pm", "Annual Meeting of the Parish", "2019-04-02"),
    # ... but a meeting of the Parish Council, or of the Parish of St Ann, is that body's
    ("Minutes of the Meeting of the Parish Council of Ashby held on 3 March 2015", "Parish Council of Ashby", "2015-03-03"),
    ("St Ann's Presbytery\nAnnual General Meeting of the Parish of St Ann, Ashby Common\n01 June 2014\nMinutes of the Meeting",
     "Parish of St Ann, Ashby Common", "2014-06-01"),
    # the heading's later line says whose Annual Parish Meeting it is
    ("Annual Parish Meeting 15th May 2023 Minutes\nANNUAL PARISH MEETING FOR THE PARISH OF ASHBY\nMINUTES\nThe Annual Parish "
     "Meeting was held at the Village Hall on the 15th May 2023.", "Annual Parish Meeting for the Parish of Ashby", "2023-05-15"),
    # "Minutes of the X Meeting, 22.03.16.": the two-digit year's date is not part of the body
    ("AVNP Meeting Minutes 22nd March 2016\n\nMinutes of the Neighbourhood Forum Meeting, 22.03.16.\n\nApologies were received "
     "from Ann Bell", "Neighbourhood Forum", "2016-03-22"),
    # a year and a kind of meeting name nothing ("Minutes of 2014 AGM"); nor does a meeting's number ("Meeting 67")
    ("Minutes of 2014 AGM\n\nMinutes of Annual General Meeting 27th March 2014 at 7.30pm", None, "2014-03-27"),
    ("Meeting 67 - 6 May 1908\n- Description\nThe Annual Meeting was held in the Chambers on Wednesday the 6th May 1908.",
     None, "1908-05-06"),
    # "Minutes of Trustees Meeting" under the name of whose trustees they are: the name ...
    ("Ashby Woods\n\n11/24 2003 Trustee Meeting Minutes\n\nASHBY WOODS CIVIC ASSOCIATION\nMINUTES OF TRUSTEES MEETING\n"
     "November 24, 2003", "Ashby Woods Civic Association", "2003-11-24"),
    # ... and with no name above, the title as given
    ("Minutes of Trustees Meeting\nThursday 2 May 2006 from 6.30pm to 8.30pm\nAshby Communal Centre", "Trustees Meeting",
     "2006-05-02"),
])
def test_body_and_date_from_round9_heading_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


def test_a_document_sites_list_of_other_documents_gives_no_times(tmp_path) -> None:
    """The times and dates of the documents a site lists under "Similar documents" are theirs."""
    page = ("Ashby Parish Council\n\nSimilar documents\nMinutes of the Barton Parish Council meeting held at 7.30pm on "
            "Monday 15 th January 2018\n\nPresent CHAIRMAN: COUNCILLOR R. DENT\n\nCarlton Parish Council\n")
    meeting = extract_page(tmp_path, page).meeting
    assert (meeting.body, meeting.start, meeting.date) == ("Ashby Parish Council", None, None)


def test_a_reference_code_is_no_time(tmp_path) -> None:
    """"AB12-10.14M", a meeting's reference code, holds no times: the meeting's time is the one after "at"."""
    page = ("AB12-10.14M 12th Meeting of the Anyshire Safeguarding Board To be held on 20th October 2014 at 5.30pm, "
            "Mill House, Anytown\n\nPresent: Ann Bell (Chair)\n")
    meeting = extract_page(tmp_path, page).meeting
    assert (meeting.body, meeting.date, meeting.start, meeting.end) == ("Anyshire Safeguarding Board", "2014-10-20", "17:30", None)
