"""Shapes the held-out batches b32 and b33 missed at first sight (their rows kept as scored), each written as a
made-up page in a general shape of English minutes, with made-up names, not copied from any document."""
from __future__ import annotations

from pathlib import Path

from pages import extract_page


def test_a_sentence_of_apologies_after_the_list_of_those_present(tmp_path: Path) -> None:
    # the label on a line of its own, the list below it ending in a sentence of apologies
    record = extract_page(tmp_path, "Westby Community Council\nThe June meeting of the Council was held on the 6th "
                          "June 2013 at 7:00 p.m.\nMembers Present:\nCarol Dunn (Chair), Will Price, David Rees, Hugh "
                          "Morgan and County Coun. Mary Evans. Apologies received from Owen Lloyd, Robert Price and PCSO "
                          "Ann Jenkins.\nThe Clerk read the minutes of the May meeting.\n")
    assert [p.name for p in record.attendees] == ["Carol Dunn", "Will Price", "David Rees", "Hugh Morgan", "Mary Evans"]
    assert [p.name for p in record.apologies] == ["Owen Lloyd", "Robert Price", "Ann Jenkins"]


def test_a_name_that_ends_the_labels_sentence_keeps_no_full_stop(tmp_path: Path) -> None:
    # "... from Mark Gilling. |" / "... and Gill Burton. 2. APPOINTMENT": the stop is the sentence's
    record = extract_page(tmp_path, "Westby Parish Council\nMinutes of the meeting held on 6th June 2013.\n"
                          "Present: Cllrs Dunn, Pryce and Rees\nApologies had been received from Laura Bell and Gill "
                          "Burton. 2. APPOINTMENT OF CHAIR Members were asked to agree the procedure.\n")
    assert [p.name for p in record.apologies] == ["Laura Bell", "Gill Burton"]


def test_apologies_relayed_by_the_members_who_sent_them(tmp_path: Path) -> None:
    # "also relayed their apologies": their own apologies, passed on through someone else
    record = extract_page(tmp_path, "Westby Town Council\nMinutes of the meeting held on 6th September 2016.\n"
                          "PRESENT: Cllrs Dunn, Pryce and Rees\n1. APOLOGIES: Cllr Lloyd gave apologies which were "
                          "relayed to the meeting. Dist Cllrs Price and Smith, Cty Cllr Jenkins and the Police also "
                          "relayed their apologies.\n2. MINUTES: approved.\n")
    assert [p.name for p in record.apologies] == ["Lloyd", "Price", "Smith", "Jenkins"]


def test_members_declaring_interests_after_the_apologies_are_no_apologies(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Westby Parish Council\nMinutes of the meeting held on 2nd March 2021.\n"
                          "PRESENT: Cllrs Dunn, Pryce and Rees\n\n2. APOLOGIES.    S. Hastings (hoping to join later)\n\n"
                          "Messrs Harlow, Rimmer & Ruse declared potential interest in the races as providers of "
                          "accommodation.\n\nThe minutes were accepted.\n")
    assert [p.name for p in record.apologies] == ["S. Hastings"]


def test_an_unlabelled_list_of_titled_surnames_one_a_line(tmp_path: Path) -> None:
    # no "Present" label: a run of "Cllr Surname (post)" lines between the heading and the first item
    record = extract_page(tmp_path, "Minutes 3rd October 2016\n\nMinutes of the Parish Council Meeting held on 3rd "
                          "October 2016 at 7.00pm in the Village Hall\n\nCllr Vance (Chairman)\nCllr Cullen (Deputy "
                          "Chairman)\nCllr Wiles\nCllr Chapman\nCllr Mrs Ruth\nCllr Kerr\n\nMrs Sally Upton – Clerk.\n\n"
                          "There were three members of the public present.\n\n1. Welcome\n\nThe Chairman opened the "
                          "meeting.\n")
    assert [p.name for p in record.attendees] == ["Vance", "Cullen", "Wiles", "Chapman", "Ruth", "Kerr", "Sally Upton"]


def test_present_with_a_full_stop_before_the_chairs_post_and_title(tmp_path: Path) -> None:
    # "Present." ends its own sentence; the list opens with the chair's post before the title
    record = extract_page(tmp_path, "Minutes of the meeting of the Trustees Westby Memorial Hall, held at the Council\n"
                          "Meeting Room on Tuesday 11th February 2014 at 8.21 pm.\n\nPresent. Chairman Cllr. Dr. Mrs. E. "
                          "Vane, Vice-Chairman Cllr. J. Rowe, Cllr. K. Smart, Cllr. Miss J. Brace, Cllr. Mrs. D. Morgan and "
                          "the Clerk P. Smart.\n\n1. APOLOGIES FOR ABSENCE.\nApologies for absence were received from Cllr. "
                          "B. Nash and Cllr. Miss C. Carr\n2. MINUTES\nApproved.\n")
    assert [p.name for p in record.attendees] == ["E. Vane", "J. Rowe", "K. Smart", "J. Brace", "D. Morgan", "P. Smart"]
    assert [p.name for p in record.apologies] == ["B. Nash", "C. Carr"]


_RUN = ("Westby Community Council\nMinutes For the meeting held on Monday 15th Aug 2016 at 7.30pm in Westby School. "
        "SUBJECT TO APPROVAL Present Drew Rowan (DR) Chair Cllr Alison Everett Westshire Council (AE) Sharon Pike (SP) "
        "Secretary Cllr Ian Moss Westshire Council (IM) Henry Irving-Forbes (HIF) Vice-Chair Bob McKay (BM) Treasurer "
        "Colin Price (CP) Planning Avril Tull (AT) Also in attendance NTR Drew Rowan chaired the meeting; there were "
        "22 members of the public present. 1 Apologies Susan Astley 2 Minute of the previous meeting The draft minute "
        "was proposed by AT and seconded by HIF 3 Police Report The report was noted.\n")


def test_present_before_a_run_of_names_each_with_its_initials_in_brackets(tmp_path: Path) -> None:
    # a flattened page: "Present" in title case, no colon, then "Name (AB) post" after "Name (AB) post"
    record = extract_page(tmp_path, _RUN)
    assert [p.name for p in record.attendees] == ["Drew Rowan", "Alison Everett", "Sharon Pike", "Ian Moss",
                                                  "Henry Irving-Forbes", "Bob McKay", "Colin Price", "Avril Tull"]


def test_initials_after_by_before_the_next_items_number_own_no_task(tmp_path: Path) -> None:
    # "... seconded by HIF 3 Police Report": the seconder, not an action column's initials
    assert extract_page(tmp_path, _RUN).actions == []
    record = extract_page(tmp_path, "Westby Community Council\nMinutes of the meeting held on 15th August 2016.\n"
                          "Present: Drew Rowan (DR), Avril Tull (AT), Henry Irving-Forbes (HIF)\n"
                          "1 Apologies Susan Astley 2 Minute of the previous meeting The draft minute was proposed by AT "
                          "and seconded by HIF 3 Police Report The report was noted.\n")
    assert record.actions == []


def test_the_deputy_mayor_dash_a_councillor_and_a_majors_rank(tmp_path: Path) -> None:
    # "The Deputy Mayor – Cllr M Hale" on a line of its own in the list; "Major" a rank before a name
    record = extract_page(tmp_path, "6th September 2016\nWestby Town Council\nPRESENT:The Mayor – Cllr D Goode\n"
                          "The Deputy Mayor – Cllr M Hale\nCllrs Burns, Ashby, Fields and Ward\nDist Cllr Oliver\n"
                          "Major J Bishop – The Salvation Army\nThe Town Clerk and Clerical Assistant\nThe Press\n"
                          "1 Member of the Public\n10166.APOLOGIES: Cllr Ringer gave apologies.\n")
    assert [p.name for p in record.attendees] == ["D Goode", "M Hale", "Burns", "Ashby", "Fields", "Ward", "Oliver",
                                                  "J Bishop"]


def test_a_treasurer_after_the_name_with_no_comma_is_the_post(tmp_path: Path) -> None:
    # "Patricia Finn Chair, Anne Forbes Treasurer, ...": the post after the name, as "Chair" already was
    record = extract_page(tmp_path, "Minutes – 7 September 2021\n\nThe Minutes of Westby Community Council held at "
                          "Westby Library at 7.00pm on Tuesday September 7th\n\nApologies: Rosalind Dale, Cllr Bill Porter\n\n"
                          "Those Present : Patricia Finn Chair, Anne Forbes Treasurer, Mac Lowe, Cllr Linda Holt\n\n"
                          "Minutes of the Last Meeting\n")
    assert [(p.name, p.role) for p in record.attendees][:2] == [("Patricia Finn", "Chair"), ("Anne Forbes", "Treasurer")]


_PLAY_AREA = ("Westby Parish Council\nMinutes of the meeting held on 6th September 2018.\nPresent: Cllr Ann Russell, "
              "Diana Webb, Peter Marsh\n1. Village matters\n")


def test_is_going_to_sets_a_task_as_will_does(tmp_path: Path) -> None:
    record = extract_page(tmp_path, _PLAY_AREA + "Diana Webb is going to ask if a residents' discount voucher would be "
                          "permanent.\n")
    assert [(a.text, a.owners) for a in record.actions] == [
        ("Diana Webb is going to ask if a residents' discount voucher would be permanent.", ["Diana Webb"])]


def test_taking_this_meetings_minutes_and_an_events_notice_are_no_tasks(tmp_path: Path) -> None:
    # who takes the minutes of the meeting they sit in; "X to be held in the hall on <date>": a notice of an event
    record = extract_page(tmp_path, _PLAY_AREA + "Peter Marsh agreed to take the minutes as there is no secretary "
                          "present.\nThe PTA Quiz Night to be held in the hall on Saturday 1st March.\n")
    assert record.actions == []


def test_a_meeting_of_the_above_committee_takes_its_name_from_the_line_above(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Agenda WESTBY CREMATORIUM JOINT COMMITTEE\nA meeting of the above Committee will be "
                          "held at the Crematorium, Westby on FRIDAY 22nd JUNE 2018 AT 2.30 p.m.\nMembers: Cllr A Bell\n")
    assert record.meeting.body.lower() == "westby crematorium joint committee"


def test_a_list_whose_posts_follow_a_hyphen_typed_against_the_name(tmp_path: Path) -> None:
    # "Name-Post" one a line: the hyphen sets the post apart when the list uses it again and again; a double-barrelled
    # surname alone in a list stays one surname
    record = extract_page(tmp_path, "WESTBY HEALTH AND WELLBEING BOARD\n\n21st March, 2013\n\nPRESENT:\n\nIan Stead-City "
                          "Mayor\n\nKevin Mullen-Westshire Police\n\nSue Light-Strategic Director for Community Health\n\n"
                          "Mary Sirk-Public Health Consultant\n\n1. Welcome\n\nThe Chair welcomed everyone.\n")
    assert [p.name for p in record.attendees] == ["Ian Stead", "Kevin Mullen", "Sue Light", "Mary Sirk"]
    record = extract_page(tmp_path, "WESTBY PARISH COUNCIL\n\n21st March, 2013\n\nPRESENT:\n\nCllr Ann Smith-Jones\n\n"
                          "Cllr Bob Hale\n\nCllr Carl Ivy\n\n1. Welcome\n\nThe Chair welcomed everyone.\n")
    assert [p.name for p in record.attendees] == ["Ann Smith-Jones", "Bob Hale", "Carl Ivy"]


def test_members_of_the_public_named_after_the_apologies_were_there(tmp_path: Path) -> None:
    record = extract_page(tmp_path, "Minutes of a meeting of Westby Parish Council held on 17 January 2018 at 7.30pm\n\n"
                          "Present: Mrs M Knight Chairman, Mr R Armer, Mr J Moss\n\nApologies: Councillors Lister and "
                          "Markham\n\nMembers of the Public: Mrs D Byford and Mr J Morton\n\nMinutes of the meeting held on "
                          "15 November 2017 were approved.\n")
    assert [p.name for p in record.apologies] == ["Lister", "Markham"]
    assert [p.name for p in record.attendees][-2:] == ["D Byford", "J Morton"]


def test_district_and_county_councillors_written_with_a_slash_after_the_list(tmp_path: Path) -> None:
    # "... Smyth. D/Cllr Brooks, C/Cllr Peck": the tiers' councillors, in a sentence of titled surnames after the list
    record = extract_page(tmp_path, "Westby Parish Council\nMinutes of the meeting held on 8th June 2015.\nPresent: Cllrs "
                          "Bradley, Govan, Maguire. D/Cllr Brooks, C/Cllr Peck\nApologies: Cllr Rowe - work commitments\n")
    assert [p.name for p in record.attendees] == ["Bradley", "Govan", "Maguire", "Brooks", "Peck"]


def test_a_surname_that_is_a_post_word_after_a_title_and_initials(tmp_path: Path) -> None:
    # "Mrs K. Head", "M Holder", "K F Mayor": after a title and initials the word is a surname, not a post
    record = extract_page(tmp_path, "WESTBY TOWN COUNCIL\n\nMinutes of the meeting held on Monday 26 September 2016.\n\n"
                          "PRESENT: Cllrs. R. Paine (Chairman), Mrs S. Allen, Mrs K. Head, Mr J. Dyer and "
                          "D. Wake.\n\n81 TO NOTE APOLOGIES FOR ABSENCE\n\nNone.\n")
    assert [p.name for p in record.attendees] == ["R. Paine", "S. Allen", "K. Head", "J. Dyer", "D. Wake"]
