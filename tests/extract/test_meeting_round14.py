"""Meeting body, date and times from heading shapes met in real English minutes' opening lines and in last round's
held-out pair (round 14): made-up pages with made-up names, each a general shape, never one document's."""
from __future__ import annotations

import pytest

from pages import extract_page

_TAIL = "\n\n1. Apologies\nApologies were received from Cllr Wenna Strickfold.\n"


@pytest.mark.parametrize("top, body, date", [
    # a draft's mark over the letterhead names no body: "MINUTE SUBJECT TO APPROVAL AT NEXT COMMUNITY COUNCIL MEETING"
    ("MINUTE SUBJECT TO APPROVAL AT NEXT COMMUNITY COUNCIL MEETING\n\nASHBRAE COMMUNITY COUNCIL\n\n"
     "Minute of ZOOM Meeting of Community Council held on Monday 5th October 2020\n\n"
     "PRESENT Mrs T Quillarn Mr O Brackwater", "Ashbrae Community Council", "2020-10-05"),
    ("Minutes subject to approval at the next meeting\n\nMinutes of the meeting held on Monday 2nd November 2020 at 6.30 pm\n\n"
     "Present: Tobin Quarle, Ysolde Marrack", None, "2020-11-02"),
    # a council site's page title "Agenda for X on <date>": the committee, not "Agenda for X"
    ("Agenda for Joint Scrutiny (Finance) Committee on Tuesday 3 July 2018, 6.00 pm\n\nAgenda, decisions and minutes\n\n"
     "Venue: Room 4, Ashby House\n\nItems\nNo. Item\n\n1.\n\nApologies for Absence", "Joint Scrutiny (Finance) Committee",
     "2018-07-03"),
    # the year after the page's words: "Draft Minutes - 2024 Annual Parish Meeting"
    ("Draft Minutes - 2024 Annual Parish Meeting\n\nMinutes of the Annual Parish Meeting held on Monday 8th April 2024 at "
     "7:30pm at Ashby Community Centre\n\n1. Welcome. Cllr Orla Pennick welcomed everyone.", "Annual Parish Meeting",
     "2024-04-08"),
    # the letterhead's logo (the body's initials) before its name; "For the Council Meeting held on" under "Minutes"
    ("BPC BRAMWICK PARISH COUNCIL\n\nMinutes\n\nFor the Council Meeting held on Wednesday 9th July 2015, starting at 7.30 p.m, "
     "in the Jubilee Rooms, Bramwick Village Hall.\n\nPresent: Chair Councillor Ilsa Trenowe.", "Bramwick Parish Council",
     "2015-07-09"),
    # a meeting's number "Meeting 04/20" over the date names no body
    ("Meeting 04/20, Tuesday 25th February 2020\n\nPresent: Cllrs Trebarr, Pollock", None, "2020-02-25"),
    # a page title of a month, a year and a kind ("Minutes May 2015 (AGM)") over the letterhead's line
    ("Minutes May 2015 (AGM)\nASHWOLD PARISH COUNCIL Minutes of the Parish Annual General Meeting for Ashwold Parish Council "
     "Monday 18 th May 2015 Beacon Hall, Beacon 7.30pm. Present: Cllr Dorian Pelham (DP) CHAIR", "Ashwold Parish Council",
     "2015-05-18"),
    # a page number before the letterhead and how the meeting was held ("Virtual") between the body's name and its kind
    ("1 Ashwold Parish Council Minutes of the Virtual Annual Parish Council Meeting Wednesday 5th May 2021 at 7pm via Zoom "
     "Members Present: Cllr. Perrin Oakhurst, Cllr. Nessa Trowell", "Ashwold Parish Council", "2021-05-05"),
    # a site's menu ("About this Site") above a title naming only the meeting's kind: the body is on the line below it
    ("Ashby Village Website\n\nAgendas and Minutes Constitution Accounts\nSpring Fair\nAbout this Site\n\n\n"
     "Minutes of Inaugural Meeting\nAshby Heritage Trust\nTuesday 8th June 2010\nAshby Memorial Hall 7p.m.\n\n"
     "Present: Quinlan Harrowby, Odile Fenwarren", "Ashby Heritage Trust", "2010-06-08"),
    # a committee system's code in brackets, in mixed case, after the committee's name
    ("Meeting documents\n\nLicensing Committee (AbeS)\nThursday 26 June 2008 4.00 pm\n\nAgenda and Draft Minutes\n\n"
     "Venue: Room 3, Civic Centre\n\nNo. Item", "Licensing Committee", "2008-06-26"),
    # "Minutes for the Monthly Meeting on <date> at 7.30 in the X Chambers": the words after the date are its time and
    # place; the letterhead above names the body
    ("Community Council Minutes March 2019\n\nBrackwell, Ashby and Dunmere Community Council.\n"
     "Minutes for the Monthly Meeting on Tuesday, 12th March 2019 at 7.30 in the Council Chambers, Ashby Town Hall.\n\n"
     "Present: Ewan Trellick (chair), Morwen Castellan", "Brackwell, Ashby and Dunmere Community Council", "2019-03-12"),
    # a name in capitals broken over lines at "OF" above a title that names only the meeting's kind
    ("NORTH ASHSHIRE ASSOCIATION\nOF\nVILLAGE HALLS\nMINUTES\nOf the Annual Meeting held at The Civic Hall Ashby at\n"
     "10.30am on Friday 18th July 2014\nPresent: Cllr Rhodri Palmerstone (Chair)", "North Ashshire Association of Village Halls",
     "2014-07-18"),
    # two draft marks before the letterhead's name: "DRAFT/UNAPPROVED X PARISH COUNCIL"
    ("DRAFT/UNAPPROVED BRENMOOR PARISH COUNCIL\n\nMinutes of the meeting held on Tuesday 5th March 2019 at 7pm in the "
     "Village Hall\n\nPresent: Cllrs Tamsin Oakridge, Bertram Quayle", "Brenmoor Parish Council", "2019-03-05"),
    # a letterhead's address (its postcode) and a clerk's title under the clerk's name are never the body
    ("Clerk: Mrs Odette Farnley\n12 High Street, Ashby, AB1 2CD\n\nMinutes of the meeting held on Monday 8th April 2019\n\n"
     "Present: Cllr Rowan Tiverton", None, "2019-04-08"),
    ("Odette Farnley\nParish Clerk\n\nMINUTES OF THE MEETING\nheld on Monday 8th April 2019 at the Village Hall\n\n"
     "Present: Cllr Rowan Tiverton", None, "2019-04-08"),
    # the title sentence after a one-paragraph letterhead (its address and telephone, an opening remark): the date after
    # "Minutes of the ... held on"
    ("Ashby, Beacon and Dunmere Parish Council Clerk: Piran Moresby Thornfield, 57 Elm Lane, Ashby Telephone: 01234 567890 "
     "The public participation session was not used, but the Clerk welcomed members of the public and explained how the "
     "meeting would proceed. Minutes of the Annual Meeting and the Ordinary meeting of the Parish Council held on Tuesday "
     "4th August 2020 at 7.30pm The meeting was held via Zoom. Present were Cllr Ferelith Dunstan, Cllr Hamish Torrow.",
     "Ashby, Beacon and Dunmere Parish Council", "2020-08-04"),
    # the kind "Business Meeting" after a council's name in capitals, the times before the date
    ("ASHBY AND DISTRICT COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:30pm, 13th August 2019 Beacon Resource Centre,\n\n"
     "1. Chairperson's Welcome 1.1 Attendance Ruaridh Kennaway (RK), Elspeth Doune (ED)", "Ashby and District Community Council",
     "2019-08-13"),
    # who sent apologies is never the body: "Apologies were received from ... and members of the X Team"
    ("W PARISH COUNCIL PC www.example-pc.org.uk\n\nPRESENT: Cllr A Tregarthen (in the Chair), Cllr H Moyle\n\n"
     "1 APOLOGIES Apologies were received from Cllrs Penhallow and Trevail, and members of the Neighbourhood Policing Team.",
     None, None),
    # a title in capitals run into the paragraph, its venue and date before a letter-spaced 'M I N U T E S'
    ("M I N U T E S\nASHBY SAFER STREETS BOARD (ASSB) MEETING THE ELM ROOM, BEACON HOUSE, LONDON ROAD ASHBY TUESDAY 29TH JULY "
     "2014 AT 7.00 PM M I N U T E S ATTENDEE REPRESENTING Cllr Morwenna Tregear Chair, Cllr Idris Penhale Vice Chair, "
     "Cllr Osric Dunmore Treasurer and many more members of the board and guests in a long run-on paragraph",
     "Ashby Safer Streets Board", "2014-07-29"),  # (the body before "MEETING" and its venue: round 17)
])
def test_body_and_date_from_round14_shapes(tmp_path, top: str, body: str | None, date: str | None) -> None:
    meeting = extract_page(tmp_path, top + _TAIL).meeting
    assert (meeting.body, meeting.date) == (body, date)


@pytest.mark.parametrize("top, start", [
    # a form's "Meeting Start Time: 19.02pm" after the time the meeting was called for
    ("Ashwold Parish Council Minutes of the Meeting Wednesday 5th May 2021 at 7pm\nMembers Present: Cllr. Perrin Oakhurst\n"
     "Meeting Start Time: 19.02pm Meeting End Time: 19:58pm", "19:02"),
])
def test_start_from_round14_shapes(tmp_path, top: str, start: str) -> None:
    assert extract_page(tmp_path, top + _TAIL).meeting.start == start
