"""Stop 64 suite (issue #4, document facts): the kind of meeting is not part of a parish or town council's name
('Minutes Annual Parish Council Meeting …' is the Parish Council's, 'Monthly Town Council Meeting' the Town
Council's, and 'Monthly' names no place, so no body), and the electors' 'Annual Parish Meeting' keeps its name when no
parish heads it ('Annual Parish' before); a heading naming a meeting only by its kind ('Minutes of Monthly Meeting
held on …') gives way to the heading under it that names whose meeting it was. Guards: a council named by its place
keeps it, a committee whose name opens with 'Special' keeps it. Every body and place here is invented.
"""

from __future__ import annotations

import pytest

from agendaparse.pdf import Line, PageLayout
from agendaparse.segment import document_facts


def facts_of(lines: list[str]) -> tuple[str | None, str | None]:
    laid = [
        Line(text, 60.0, 60.0 + 18.0 * index, min(60.0 + 4.8 * len(text), 552.0), 70.0 + 18.0 * index, 10.0, False)
        for index, text in enumerate(lines)
    ]
    facts = document_facts([PageLayout(number=1, width=612.0, height=792.0, rotation=0, lines=laid)])
    return facts.body, facts.committee


@pytest.mark.parametrize(
    ("lines", "body", "committee"),
    [
        (["Minutes Annual Parish Council Meeting 11th May 2011", "Held at the School"], None, "Parish Council"),
        (["Minutes of the Monthly Town Council Meeting held on 11th May 2011"], None, "Town Council"),
        (["Minutes of the Annual Parish Meeting held on 11th May 2011"], None, "Annual Parish Meeting"),
        (["Minutes of the Annual Town Meeting held on 11th May 2011"], None, "Annual Town Meeting"),
        # guards
        (
            ["Minutes of the Annual Meeting of Kelby Parish Council held on 11th May 2011"],
            "Kelby Parish Council",
            "Kelby Parish Council",
        ),
        (
            ["Minutes of the Special Educational Needs Committee held on 11th May 2011"],
            None,
            "Special Educational Needs Committee",
        ),
    ],
)
def test_the_kind_of_meeting_is_no_part_of_the_name(lines: list[str], body: str | None, committee: str) -> None:
    assert facts_of(lines) == (body, committee)


@pytest.mark.parametrize(
    ("lines", "committee"),
    [
        (
            [
                "Minutes of Monthly Meeting held on 25th January 2016",
                "MINUTES OF MONTHLY MEETING OF COUNTY COUNCIL HELD AT THE COUNTY HALL, ON MONDAY 25th JANUARY 2016",
            ],
            "County Council",
        ),
        # guard: one heading naming no committee is still the meeting's own
        (["Minutes of Meeting held on 25th January 2016", "The meeting of the Board was held."], "Board"),
    ],
)
def test_a_meeting_named_by_its_kind_gives_way_to_the_heading_naming_it(lines: list[str], committee: str) -> None:
    assert facts_of(lines)[1] == committee
