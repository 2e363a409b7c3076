"""A web page's note that its meeting was moved is printed in the words a moved date is (stop 67): the committee's
heading after it is read whichever of them the site used, as the meeting's date is ('deferred', 'rescheduled',
'brought forward', 'changed' were cut from the date's line but not from the committee's)."""

from __future__ import annotations

import pytest

from test_segment_committees64 import facts_of
from test_segment_facts66 import MODERN_GOV_TAIL


@pytest.mark.parametrize(
    "note",
    [
        "**Meeting deferred from Thursday 4 June 2026**",
        "**Meeting rescheduled from Thursday 4 June 2026**",
        "**Meeting brought forward from Thursday 4 June 2026**",
        "Meeting changed from Thursday, 4 June 2026",
        # guard: the words stop 66 cut already
        "**Meeting postponed from Thursday 4 June 2026**",
    ],
)
def test_a_moved_meetings_note_in_any_of_the_move_words(note: str) -> None:
    lines = ["Agenda and minutes", f"{note}, Overview and Scrutiny Board - Thursday 11 June 2026 7.00 pm"]
    assert facts_of(lines + MODERN_GOV_TAIL)[1] == "Overview and Scrutiny Board"
