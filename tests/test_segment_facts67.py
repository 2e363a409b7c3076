"""Stop 67 suite (issue #4, document facts): the body and committee a first page prints.

- 'MINUTES OF THE MEETING OF THE BOROUGH COUNCIL OF HELD AT …': the place after 'of' is not in the text (set in a
  logo's font or an image); the council's kind before it is the committee, not nothing.
- (tried and taken out: a panel named whole whose papers name councils only in brackets after members' names read as
  its own body; tests/test_nlp_round45.py's police and crime panel, whose organisations leave out the panel as the
  meeting's own committee, caught it. The guards below stay: the council printed is the body.)
- a summons addressing 'Dear Member of Westmoor City and Fenby District Council' ('To each Member of Fenby County
  Council:') names its council whole where the heading's name is cut short (a logo's word set apart) or run on (a
  heading in two languages).
- 'Councillor Ann Lyle, Westmoor Council (AL)' in a minutes' list of those present is a member and her council, no
  committee.

Each with guards: near forms that keep what they gave before. Every body, place and person here is invented.
"""

from __future__ import annotations

import pytest

from test_segment_committees64 import facts_of

PRESENT = ["Present: The Mayor (Councillor R Abbot) and Councillors Brent, Carrow, Dane and Ellery", "1. PRAYERS"]


@pytest.mark.parametrize(
    ("lines", "committee"),
    [
        (
            ["MINUTES OF THE MEETING OF THE BOROUGH COUNCIL OF HELD AT ELM HOUSE ON TUESDAY 3RD MAY 2011"] + PRESENT,
            "Borough Council",
        ),
        (
            ["Minutes of the Meeting of the Planning Committee of held at the Civic Centre on 4 May 2011"] + PRESENT,
            "Planning Committee",
        ),
        # guards: the place printed, the council's name before 'held' whole, and no 'held' after the dangling 'of'
        (
            ["MINUTES OF THE MEETING OF THE BOROUGH COUNCIL OF KELBY HELD AT ELM HOUSE ON TUESDAY 3RD MAY 2011"]
            + PRESENT,
            "Borough Council of Kelby",
        ),
        (
            ["MINUTES OF THE MEETING OF THE TOWN COUNCIL HELD AT ELM HOUSE ON TUESDAY 3RD MAY 2011"] + PRESENT,
            "Town Council",
        ),
        (["Minutes of the meeting of the Friends of", "Tuesday 3 May 2011"] + PRESENT, None),
    ],
)
def test_a_council_whose_place_is_not_printed_is_named_by_its_kind(lines: list[str], committee: str | None) -> None:
    assert facts_of(lines)[1] == committee


MODERN_GOV_TAIL = ["Venue: Council Chamber, 4 Mill Street, Wendale. View directions", "Contact: Ann Other"]
APOLOGIES = [
    "Items",
    "No. Item",
    "1.",
    "APOLOGIES FOR ABSENCE",
    "Minutes:",
    "Apologies were received from Councillors A. Bell (Eastmoor County Council), C. Dent (Westdale County Council)"
    " and E. Frith (Westdale County Council).",
]


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # the council printed outside brackets too (the panel's host) is the body, and a committee that
        (
            ["Agenda and minutes", "Westdale Fenby Police and Crime Panel - Thursday, 16th November, 2017 10.30 am"]
            + ["Venue: Westdale County Council, County Hall, Wendale"]
            + APOLOGIES,
            "Westdale County Council",
        ),
        (
            ["Agenda and minutes", "Scrutiny Committee - Thursday, 16th November, 2017 10.30 am"]
            + MODERN_GOV_TAIL
            + APOLOGIES,
            "Westdale County Council",
        ),
    ],
)
def test_a_panels_body_is_the_council_it_prints(lines: list[str], body: str | None) -> None:
    assert facts_of(lines)[0] == body


SUMMONS_TAIL = [
    "You are hereby summoned to attend the Monthly Meeting of the Council to be held in the Guildhall on Thursday 22"
    " February 2018 at 4.00 pm",
    "Yours faithfully",
    "Chief Executive",
]


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        (
            [
                "Meeting Pack",
                "City and Fenby District Council",
                "Dear Member of Westmoor City and Fenby District Council",
            ]
            + SUMMONS_TAIL,
            "Westmoor City and Fenby District Council",
        ),
        (
            ["COMHAIRLE CONTAE FHINE MOR FENBY COUNTY COUNCIL", "County Hall, Fenby", "3rd December 2007"]
            + ["To each Member of Fenby County Council:", "Dear Councillor,"]
            + SUMMONS_TAIL,
            "Fenby County Council",
        ),
        # guards: the same name in both, another council addressed, and a council's kind alone addressed
        (
            ["Meeting Pack", "Fenby District Council", "Dear Member of Fenby District Council"] + SUMMONS_TAIL,
            "Fenby District Council",
        ),
        (
            ["Meeting Pack", "Fenby District Council", "Dear Member of Westmoor Borough Council"] + SUMMONS_TAIL,
            "Fenby District Council",
        ),
        (
            ["Meeting Pack", "Ashby Parish Council", "Dear Member of Parish Council"] + SUMMONS_TAIL,
            "Ashby Parish Council",
        ),
    ],
)
def test_a_summons_names_its_council_whole(lines: list[str], body: str | None) -> None:
    assert facts_of(lines)[0] == body


@pytest.mark.parametrize(
    ("lines", "committee"),
    [
        (
            ["Draft minutes have been published", "For the meeting held on Monday 21st August at 7.30pm at Elm School."]
            + ["Tom Abbot (TA) Chair", "Ruth Dane (RD) Secretary", "Councillor Ann Lyle, Westmoor Council (AL)"]
            + ["4 members of the public attended", "1 Welcome and Introductions"],
            None,
        ),
        # guards: a committee whose name opens with 'Councillor', and the council's meeting named above the members
        (
            ["Councillor Conduct Committee", "Tuesday 3 May 2011", "Present: Cllrs Abbot, Lyle and Dane"],
            "Councillor Conduct Committee",
        ),
        (
            ["Minutes of the Planning Committee held on Monday 21st August 2017 at Elm School."]
            + ["Tom Abbot (TA) Chair", "Councillor Ann Lyle, Westmoor Council (AL)", "1 Welcome and Introductions"],
            "Planning Committee",
        ),
    ],
)
def test_a_member_and_her_council_are_no_committee(lines: list[str], committee: str | None) -> None:
    assert facts_of(lines)[1] == committee
