"""An action column beside the minutes, run into each line when the file is flattened: the initials or post
at a line's end after its sentence ("... will chase the County Council. OP") own that sentence's task, when
they name someone the minutes name. Made-up pages."""
from __future__ import annotations

from pages import extract_page

PAGE = """ASHBY MAGNA PARISH COUNCIL
Minutes of the Parish Council meeting held on Monday 4th March 2019 at 7.30pm in the Village Hall
Present: Cllr Gwen Hale (Chairman), Cllr Ivan Jupp, Cllr Kay Lowe. Mrs Olive Pike (Clerk).

ACTION
19/21 Highways
The pothole outside the school needs reporting again. OP
The drains in Mill Lane need checking after the next heavy rain. IJ
Cllr Hale thanked the volunteers who cleared the verges.
19/22 Playing field
The goalposts need replacing. Quotes to be obtained for the April meeting. Clerk
New nets to be ordered. KL
The bench has been repaired. NHS
"""


def test_the_margin_s_initials_or_post_own_the_sentence_before_them(tmp_path) -> None:
    actions = [(a.text, a.owners) for a in extract_page(tmp_path, PAGE).actions]
    assert actions == [("The pothole outside the school needs reporting again.", ["Olive Pike"]),
                       ("The drains in Mill Lane need checking after the next heavy rain.", ["Ivan Jupp"]),
                       ("Quotes to be obtained for the April meeting.", ["Olive Pike"]),
                       ("New nets to be ordered.", ["Kay Lowe"])]  # "NHS" is nobody here; "19/21 Highways" a title


def test_a_name_list_wrapped_after_an_initial_is_no_margin(tmp_path) -> None:
    page = ("Ashby Parish Council\nMinutes of the meeting held on 2nd January 2020\nPresent: Cllrs R. Winter (Chairman), "
            "M. Burton, B. Hancock, A. Inglis, Mrs. Spink and P.\nDrewery.\nApologies: Cllr Mrs.\nSpink\n\n"
            "Signed .................... Chairman\n")
    assert extract_page(tmp_path, page).actions == []
