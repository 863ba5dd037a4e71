"""Attendance shapes met on new real pages and on b25/b26 (round 10's probe lots), each written as a made-up page
in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_surname_hyphenated_across_a_line_break(tmp_path: Path) -> None:
    # "Cllr Anna Stirling-" / "Reed (Chair), ...": one surname (as written, the break a space, as the gold writes the
    # same name on one line), and the list goes on after it
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on Monday 6th March 2023 at 7.30pm\n\n"
                          "Present: Cllr Mara Quillon-\nBrett (Chair), Cllr Tom Fennick,\nCllr Paul Ormsby\n"
                          "Apologies: Cllr Gwen Adderley-\nHolt\n\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Mara Quillon- Brett", "Tom Fennick", "Paul Ormsby"]
    assert [p.name for p in record.apologies] == ["Gwen Adderley- Holt"]


def test_a_surname_hyphenated_with_the_break_read_as_a_space(tmp_path: Path) -> None:
    # "Stirling- Reed" on one line (a PDF's line break read as a space); not a post after a dash ("Ann Roe- Clerk")
    record = extract_page(tmp_path, "Minutes of the Forum meeting held on 4 April 2022\n\n"
                          "Present: Mara Quillon- Brett (Chair), Tom Fennick, Ann Roe- Clerk\n\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Mara Quillon- Brett", "Tom Fennick", "Ann Roe"]


def test_capitalised_surname_particles(tmp_path: Path) -> None:
    # "Jane De La Torre", "Piet Van Dijk": the particles belong to the surname, as lower-case ones do
    record = extract_page(tmp_path, "Minutes of the Board meeting held on 4 April 2022\n\n"
                          "Present: Orla Fenwick (Chair), Piet Van Dijk, Tom Fennick\n"
                          "Apologies: Cllr Jana De La Torre, Cllr Ruud van der Berg\n\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Orla Fenwick", "Piet Van Dijk", "Tom Fennick"]
    assert [p.name for p in record.apologies] == ["Jana De La Torre", "Ruud van der Berg"]


def test_a_register_code_for_not_present_after_each_member(tmp_path: Path) -> None:
    # "P = Present; A = Apologies; N = Not present": N is a code too (absent: with the apologies), not part of a name
    record = extract_page(tmp_path, "Minutes of the Board meeting held on 4 April 2022\n\n"
                          "Present:\nMary Hobart P\nDerek Lyle A\nSam Corrie P\nAlan Brough N\n"
                          "P = Present; A = Apologies; N = Not present\n\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Mary Hobart", "Sam Corrie"]
    assert [p.name for p in record.apologies] == ["Derek Lyle", "Alan Brough"]


def test_particles_and_an_opened_hyphen_in_a_flattened_paragraph(tmp_path: Path) -> None:
    # a whole page in one paragraph: the name finder reads the list, and carries a name on past a capitalised
    # particle ("Jana De" La Torre) and past a hyphen a line break opened ("Catherine Quillon-" Brett)
    record = extract_page(tmp_path, "Minutes of the Community Council Meeting Held at the Primary School on Monday 20 June 2016. "
                          "Present: Jana De La Torre (Chair), Mairi Fenwick (Secretary), Councillor Fraser Orr, Catherine Quillon- "
                          "Brett, John Westby, John Callow, Attending: PC Jim Boyd, three members of the public 1. Apologies: "
                          "Councillor Jean Slade, Colin Crane. 2. Minutes of Meeting 18 April 2016 have been previously "
                          "circulated and approved by all present at the meeting.\n")
    assert [p.name for p in record.attendees] == ["Jana De La Torre", "Mairi Fenwick", "Fraser Orr", "Catherine Quillon- Brett",
                                                  "John Westby", "John Callow", "Jim Boyd"]


def test_apologies_for_inability_to_attend_were_reported_from(tmp_path: Path) -> None:
    # a city council's wording: "Apologies for inability to attend were reported from ..." (read as nothing, with a warning)
    record = extract_page(tmp_path, "Minutes of the Monthly Meeting of the Council held on 1st March 2011\n\n"
                          "Attendance\nCouncillors Abery, Brann and Cottam.\n\n"
                          "Apologies\nApologies for inability to attend were reported from Councillors Dowrick and Eskell.\n\n"
                          "Minutes\nThe minutes of the meeting of 1st February were taken as read.\n")
    assert [p.name for p in record.apologies] == ["Dowrick", "Eskell"]
    assert not record.warnings or not any("apologies" in w for w in record.warnings)


def test_present_were_in_a_narrative_report_of_the_meeting(tmp_path: Path) -> None:
    # "The committee members present were A (Chairman), B and C.", "Present were Philip J., ..., D and E."
    record = extract_page(tmp_path, "Village Hall AGM\n\nThe AGM of the Village Hall Management Committee was held in the Memorial Room "
                          "on 2 April 2009. The committee members present were Dennis Pamphlett (Chairman), Michael Barnard, "
                          "Bridget Burwell and Gerald Norbury. Five members of the public also attended. Apologies were received "
                          "from Carol Marrick.\n\nLast night the social committee met at the hall. Present were Philip J., "
                          "Michelle W., Michael Ryland and Stuart Wrightson.\n")
    assert [p.name for p in record.attendees] == ["Dennis Pamphlett", "Michael Barnard", "Bridget Burwell", "Gerald Norbury",
                                                  "Michael Ryland", "Stuart Wrightson"]
    assert [p.name for p in record.apologies] == ["Carol Marrick"]


def test_members_present_were_followed_by_no_names_gives_none(tmp_path: Path) -> None:
    # "Members present were reminded that ...": no list follows, so no one is read from the clause
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on Monday 6th March 2023 at 7.30pm\n\n"
                          "Present: Cllr Tom Fennick (Chair), Cllr Paul Ormsby\n\n"
                          "1. Retirement\nMembers present were reminded that Mr John Smalley would retire in May.\n")
    assert [p.name for p in record.attendees] == ["Tom Fennick", "Paul Ormsby"]


def test_a_flattened_register_whose_key_closes_the_grid(tmp_path: Path) -> None:
    # "1. Attendance | Mr AB Quill (Chairman) A Mrs CD Rowe P ... P = present, A = apology, N = non-attendance": the key
    # after the rows, in the same cell; N is absent (with the apologies)
    record = extract_page(tmp_path, "MINUTES OF THE PARISH COUNCIL MEETING\nThursday 1 April 2004 at 7.30 p.m.\n"
                          "Subject |\nMinute |\n"
                          "1. Attendance |\nMr AB Quill (Chairman) A Mrs CD Rowe (Vice-Chairman) P Mr EF Stott P Mrs G Tandy P "
                          "Mr HJ Upcott A County Councillor K Vane N P = present, A = apology, N = non-attendance |\n|\n"
                          "2. Declarations of interests |\nNone |\n")
    assert sorted(p.name for p in record.attendees) == ["CD Rowe", "EF Stott", "G Tandy"]
    assert sorted(p.name for p in record.apologies) == ["AB Quill", "HJ Upcott", "K Vane"]


def test_the_apologies_minute_under_its_reference_on_the_line_after_the_label(tmp_path: Path) -> None:
    # "Item 1:Apologies for Absence." (no space after the colon) / "19/5 Councillors A, B and C.": the minute's
    # reference opens the line that holds the names
    record = extract_page(tmp_path, "Minutes of Council Meeting held at the Village Hall on Thursday 17th January 2019 at 7pm.\n"
                          "Present: Councillors: Rhys Dantry (Chair)\nTony Berrow, Colin Dawes and Dan Woolard.\n"
                          "In Attendance: Jackie Griffo (Clerk).\n"
                          "Item 1:Apologies for Absence.\n19/5 Councillors Briony Dale, Ian Griffo and Charles Smyth.\n"
                          "Item 2:Declarations of Interest.\n19/6 None.\n")
    assert [p.name for p in record.apologies] == ["Briony Dale", "Ian Griffo", "Charles Smyth"]


def test_apologies_after_a_numbered_label_under_a_minute_reference(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of the Parish Council meeting held on Monday 6th March 2023 at 7.30pm\n\n"
                          "Present: Cllr Rhys Dantry (Chair), Cllr Tony Berrow\n2. Apologies for Absence\n"
                          "123/19 Cllrs Briony Dale and Ian Griffo.\n3. Declarations of Interest\n124/19 None.\n")
    assert [p.name for p in record.apologies] == ["Briony Dale", "Ian Griffo"]
    assert [p.name for p in record.attendees] == ["Rhys Dantry", "Tony Berrow"]


def test_a_list_wrapped_inside_a_name(tmp_path: Path) -> None:
    # a page wrapped at a fixed width: "..., Tom" / "Winton (Treasurer), ...", "PRESENT:  David" / "Atkins (chairman) DA, ...";
    # the list went on no further than the first name
    record = extract_page(tmp_path, "Minutes of the committee meeting held on Wednesday 22nd January 2020 at 7.30 pm.\n\n"
                          "Present: Ann Smythe (Chair), Tom\nWinton (Treasurer), Mary Jonas, Peter\nFry, Sally Woodley and Viv Squires\n"
                          "Apologies: Kay Strand and Sue\nGenner\n\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in record.attendees] == ["Ann Smythe", "Tom Winton", "Mary Jonas", "Peter Fry", "Sally Woodley", "Viv Squires"]
    assert [p.name for p in record.apologies] == ["Kay Strand", "Sue Genner"]


def test_first_names_one_a_line_are_not_joined(tmp_path: Path) -> None:
    # "..., Tom" / "Dick": a first name alone on the next line is the next person, not a surname
    record = extract_page(tmp_path, "Notes of the residents' meeting held on 4 April 2022\n\n"
                          "Present:\nMary Hobart, Tom\nDick\nAlan Brough\n\n"
                          "1. Minutes\nThe minutes were agreed.\n")
    assert "Tom Dick" not in [p.name for p in record.attendees]


def test_a_wrapped_list_whose_members_carry_their_initials(tmp_path: Path) -> None:
    # "Name (role) XX, ..." wrapped: "..., Marina Richens" / "(treasurer) MR, Jacqui Knell (secretary) JK, Paul" /
    # "Badgley PB and Viv Squires VS"
    record = extract_page(tmp_path, "Minutes of the committee meeting held on Wednesday 22nd January 2020 at 7.30 pm.\n\n"
                          "PRESENT:  David\nAtterby (chairman) DA, Tom Winnard (vice chairman) TW, Marina Richens\n"
                          "(treasurer) MR, Jacqui Knell (secretary) JK, Paul\nBadgley PB and Viv Squires VS\n\n"
                          "APOLOGIES:\nKay Strand\n\n2. Minutes\nThe minutes were signed.\n")
    assert [p.name for p in record.attendees] == ["David Atterby", "Tom Winnard", "Marina Richens", "Jacqui Knell", "Paul Badgley",
                                                  "Viv Squires"]


def test_a_couple_with_and_as_an_item_of_a_semicolon_list(tmp_path: Path) -> None:
    # "Present: Maurice and Alison Dobney; Steven Dunn; ...": the couple is one item of the list; not "Sam, Jo and Mark Hilton"
    record = extract_page(tmp_path, "Annual Parish Church Meeting.\nHeld 10th April 2021.\n"
                          "Present: Maurice and Alison Dobney; Steven Dunn; Pamela Hewlett; Murray and Rosa Naylee; "
                          "Michael Sessions and Lesley Seeger.\n"
                          "Item 1. Murray Naylee was re-elected as Chairman.\n")
    assert [p.name for p in record.attendees] == ["Maurice Dobney", "Alison Dobney", "Steven Dunn", "Pamela Hewlett", "Murray Naylee",
                                                  "Rosa Naylee", "Michael Sessions", "Lesley Seeger"]

