"""Stop 68 suite (issue #4, document facts): the body and committee a first page prints.

- a meeting's web page printed to PDF (ModernGov's 'Agenda and minutes') whose heading over its items table ('No.
  Item') names no meeting body: the meeting its items name as theirs, the minutes item confirming the previous
  meeting's minutes ('Minutes of the previous meeting of the Executive', 'To confirm the minutes of the Council meeting
  held on …', 'That the minutes of a meeting of Council held on … be approved') or the apologies item ('apologies for
  absence from Members of the Executive'); not a council the items' text names ('a statement was received from Ashby
  Parish Council'), nor a body read from that text alone.
- a parish council's own meeting named by its kind only names its village by the hall it met in: the hall after 'at',
  'in' or a comma ('held … in Wyndle Magna Village Hall'), not a hall the minutes discuss ('an interest
  … regarding the Fenby Village Hall proposal') nor a heading over a hall's post ('Appointment of Representatives' over
  'Village Hall liaison – Eve Frith').
- a council the page names only as the owner of the room or offices the meeting sat in ('Board of Directors' minutes
  '… City of Westford Council Chambers 555 Elm Street', 'City of Kelby – Jury Room'; a parish council's meeting 'at
  Ashby and Fenby Town Council Offices') is not the body, where the meeting is an organisation's board or a local
  council's of another kind.

Each with guards: near forms that keep what they gave before. Every body, place and person here is invented.
"""

from __future__ import annotations

import pytest

from test_segment_committees64 import facts_of

WEB_HEADING = [
    "Agenda and minutes",
    "Venue: Council Chamber, Town Hall, Wendale, WE4 3NN. View directions",
    "Contact: Democratic Services",
    "Media",
    "Items",
    "No. Item",
]
PUBLIC_STATEMENT = [
    "208/22",
    "Public Participation pdf icon PDF 71 KB",
    "Minutes:",
    "A statement was received from Ashby & Thorne Parish Council and a letter from Fenby Parish Council.",
]
INTERESTS = [
    "Declarations of Interest",
    "(The personal interests of Councillors and Clerks of Westmoor County Council, Town or Parish Councils will be"
    " recorded in the minutes.)",
]


@pytest.mark.parametrize(
    ("lines", "body", "committee"),
    [
        (
            WEB_HEADING
            + PUBLIC_STATEMENT
            + ["209/22", "Approval of Minutes of Previous Meeting pdf icon PDF 208 KB", "Minutes:"]
            + ["That the minutes of a meeting of Council held on 29th September 2022 be approved as a correct record."],
            None,
            "Council",
        ),
        (
            WEB_HEADING
            + ["48.", "Apologies", "49.", "Minutes of the previous meeting of the Executive pdf icon PDF"]
            + ["50."]
            + INTERESTS,
            None,
            "Executive",
        ),
        (
            ["Agenda", "Agenda", "Venue: Elm Room, Wendale Town Hall", "Items", "No. Item", "1.", "Apologies", "2."]
            + ["Minutes of the Previous Meeting pdf icon PDF 138 KB"]
            + ["To confirm the minutes of the Council meeting held on 26th February 2024.", "3.", "Announcements"],
            None,
            "Council",
        ),
        (
            WEB_HEADING
            + ["393.", "Apologies for Absence"]
            + [
                "To receive any apologies for absence from Members of the Executive. The quorum for the Executive is 3."
            ],
            None,
            "Executive",
        ),
    ],
)
def test_a_web_pages_meeting_is_the_one_its_items_name(
    lines: list[str], body: str | None, committee: str | None
) -> None:
    assert facts_of(lines) == (body, committee)


@pytest.mark.parametrize(
    ("lines", "body", "committee"),
    [
        # the heading names the meeting: its name stands, whatever the items name
        (
            ["Agenda and decisions", "Cabinet - Tuesday 9 July 2024 6.00 pm"]
            + WEB_HEADING[1:]
            + ["1.", "Minutes", "To confirm the minutes of the Council meeting held on 21 May 2024."],
            None,
            "Cabinet",
        ),
        # another meeting's minutes received, not confirmed: no meeting named
        (
            WEB_HEADING
            + ["1.", "Committee Minutes pdf icon PDF 120 KB"]
            + ["To receive the minutes of the Planning Committee meeting held on 3 March 2024."],
            None,
            None,
        ),
        # the minutes item names no meeting body
        (
            WEB_HEADING
            + ["1.", "Minutes of the Previous Meeting pdf icon PDF 235 KB"]
            + ["To confirm the minutes of the meeting held on 21 March 2018."],
            None,
            None,
        ),
        # no items table: a plain agenda's list
        (
            ["Westmoor Borough Council", "Licensing Committee", "Agenda", "1. Apologies"]
            + ["2. Minutes of the previous meeting of the Executive"],
            "Westmoor Borough Council",
            "Licensing Committee",
        ),
    ],
)
def test_a_web_pages_heading_or_nothing_names_its_meeting(
    lines: list[str], body: str | None, committee: str | None
) -> None:
    assert facts_of(lines) == (body, committee)


PARISH_PRESENT = ["Present: Cllrs Bell (in the Chair), Dent, Frith and Hale", "1 Apologies for absence"]


@pytest.mark.parametrize(
    ("lines", "body", "committee"),
    [
        (
            ["Minutes of Parish Council Annual Meeting, 14 May 2014"]
            + ["In attendance: Mrs Ann Bell (Chair, presiding), Mr Carl Dent and Mrs Eve Frith (Councillors)"]
            + ["14.37 Approved absences – none.", "14.40 Appointment of Representatives"]
            + ["Village Hall liaison – Eve Frith", "Notice board – Clerk"],
            None,
            "Parish Council",
        ),
        (
            ["August 2016 Minutes"]
            + ["Minutes of the Meeting of the Parish Council held on Thursday 25th August 2016 at 7.30 pm in The Ashby"]
            + ["Centre, Ashby"]
            + PARISH_PRESENT
            + ["2 Declarations of Councillors Interests regarding items on the Agenda"]
            + ["Cllr Dent declared an interest in any discussions regarding the Fenby Village Hall proposal"],
            None,
            "Parish Council",
        ),
        # guards: the hall the meeting was held in, after 'in', 'at' or a comma
        (
            ["Minutes 9th March 2016"]
            + ["Minutes of the Parish Council Meeting held on Wednesday 9th March 2016 in Wyndle Magna Village Hall"]
            + PARISH_PRESENT,
            "Wyndle Magna Parish Council",
            "Wyndle Magna Parish Council",
        ),
        (
            ["Minutes 25 June 2018", "Meeting of the Parish Council at 8:45PM on Monday 25th June 2018 at Upper Fenby"]
            + ["Village Hall"]
            + PARISH_PRESENT,
            "Upper Fenby Parish Council",
            "Upper Fenby Parish Council",
        ),
        (
            [
                "Minutes 25 June 2018",
                "Meeting of the Parish Council at 8:45PM on Monday 25th June 2018 at Upper Fenby Village Hall",
            ]
            + PARISH_PRESENT,
            "Upper Fenby Parish Council",
            "Upper Fenby Parish Council",
        ),
        (
            ["Minutes of the Parish Council Meeting", "Held at 19:00 on Wednesday 13th May 2026, Kelby Village Hall"]
            + PARISH_PRESENT,
            "Kelby Parish Council",
            "Kelby Parish Council",
        ),
    ],
)
def test_a_parish_council_is_named_by_the_hall_it_met_in(
    lines: list[str], body: str | None, committee: str | None
) -> None:
    assert facts_of(lines) == (body, committee)


@pytest.mark.parametrize(
    ("lines", "body", "committee"),
    [
        (
            ["SUMMARY BOARD OF DIRECTORS. Westford Area Transit District * * * W O R K   S E S S I O N * * *"]
            + ["Thursday, September 22, 2011 City of Westford Council Chambers 555 Elm Street SE, Westford OR"],
            None,
            "Board of Directors",
        ),
        (
            ["2013 Board Meeting Minutes", "December 19, 2013", "Board of Directors Meeting Minutes"]
            + ["December 19, 2013, at 5:15 pm", "City of Kelby – Jury Room"],
            None,
            "Board of Directors",
        ),
        (
            ["Minutes 21 June 2018"]
            + ["Meeting of the Parish Council at 7:30PM on Thursday 21st June 2018 at Ashby and Fenby Town Council"]
            + ["Offices"]
            + ["Present: Ann Bell (Chair), Carl Dent, Eve Frith", "1. Apologies for absence"],
            None,
            "Parish Council",
        ),
        # guards: a council's own meeting in its own chambers, a board under its body's name, a parish council at its
        # own offices, and a council named elsewhere on the page as well
        (
            ["Minutes of the City Council meeting held in the City of Westford Council Chambers on 4 May 2011"],
            "City of Westford",
            "City Council",
        ),
        (
            ["Minutes 21 June 2018"]
            + ["Meeting of the Parish Council at 7:30PM on Thursday 21st June 2018 at Ashby Parish Council Offices"]
            + ["Present: Ann Bell (Chair), Carl Dent, Eve Frith", "1. Apologies for absence"],
            "Ashby Parish Council",
            "Ashby Parish Council",
        ),
        (
            ["City of Kelby", "Board of Directors Meeting Minutes", "December 19, 2013, at 5:15 pm"]
            + ["City of Kelby – Jury Room"],
            "City of Kelby",
            "Board of Directors",
        ),
    ],
)
def test_the_owner_of_a_meetings_room_is_not_its_body(
    lines: list[str], body: str | None, committee: str | None
) -> None:
    assert facts_of(lines) == (body, committee)
