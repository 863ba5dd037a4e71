"""``meeting_body.whose_meeting``: a later heading line naming the body's meeting in full, with its place."""
from minutes.extract.meeting_body import whose_meeting
from minutes.ingest.document import Block


def _region(*lines: str) -> list[Block]:
    """Heading blocks of made-up lines, one after another."""
    blocks, start = [], 0
    for line in lines:
        blocks.append(Block("heading", line, 1, start, start + len(line)))
        start += len(line) + 1
    return blocks


def test_a_later_line_gives_the_place_whose_meeting_it_was() -> None:
    region = _region("Annual Parish Meeting", "ANNUAL PARISH MEETING FOR THE PARISH OF FERNLEIGH", "Held on 3 May 2021")
    assert whose_meeting(region, "Annual Parish Meeting") == "Annual Parish Meeting for the Parish of Fernleigh"


def test_no_line_naming_a_place_keeps_the_body() -> None:
    region = _region("Annual Parish Meeting", "Held in the Village Hall of Fernleigh", "Held on 3 May 2021")
    assert whose_meeting(region, "Annual Parish Meeting") == "Annual Parish Meeting"


def test_another_body_with_a_place_keeps_the_body() -> None:
    region = _region("Annual Parish Meeting", "Town Meeting for the Town of Fernleigh")
    assert whose_meeting(region, "Annual Parish Meeting") == "Annual Parish Meeting"
    assert whose_meeting(region, None) is None
