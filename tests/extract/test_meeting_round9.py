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
