"""Stop 66 suite (issue #4, document facts): the body and committee a first page prints.

- 'MINUTES OF ANNUAL GENERAL MEETING HELD AT …' under the council's name is the record's title, not an organisation
  named by its general meeting: the body is the council above it, whose own meeting it is.
- 'Executive' alone over the meeting's dated line (a web page's meeting heading in two lines, as 'Executive -
  Tuesday, …' is in one) is the meeting body.
- the line under a bare 'Location:' (a label read apart from its value) is where the meeting was, not its committee.
- 'X Parish Council Meeting December' is the council's own meeting, named with its month.

Each with guards: near forms that keep what they gave before. Every body, place and person here is invented.
"""

from __future__ import annotations

import pytest

from test_segment_committees64 import facts_of

ATTENDANCE = ["PRESENT: Mr K Abbot (Chair); Mrs P Lyle (Vice-Chair); Mrs R Dane (Clerk)", "1. APOLOGIES: none"]


@pytest.mark.parametrize(
    ("lines", "body", "committee"),
    [
        (
            ["KELBY PARISH COUNCIL", "MINUTES OF ANNUAL GENERAL MEETING HELD AT 7.00PM", "TUESDAY 4 APRIL 2023"]
            + ATTENDANCE,
            "Kelby Parish Council",
            "Kelby Parish Council",
        ),
        (
            ["Ashcombe Community Council", "Minutes of Annual General Meeting held at 7.30pm", "Monday 8 May 2023"]
            + ATTENDANCE,
            "Ashcombe Community Council",
            "Ashcombe Community Council",
        ),
        # guards: the form on one line (stop 57) and a society named by its general meeting keep what they gave
        (
            ["KELBY PARISH COUNCIL MINUTES OF ANNUAL GENERAL MEETING", "Held on Tuesday 4 April 2023"] + ATTENDANCE,
            "Kelby Parish Council",
            "Kelby Parish Council",
        ),
        (
            ["Wendale Allotment Society Annual General Meeting", "Tuesday 4 April 2023"] + ATTENDANCE,
            "Wendale Allotment Society",
            "Wendale Allotment Society",
        ),
    ],
)
def test_a_record_title_over_its_general_meeting_names_no_body(
    lines: list[str], body: str | None, committee: str | None
) -> None:
    assert facts_of(lines) == (body, committee)


MODERN_GOV_TAIL = ["Venue: Committee Room 2 - Civic Hall, Wendale", "Contact: Ann Other", "Items", "No. Item", "1."]


@pytest.mark.parametrize(
    ("lines", "committee"),
    [
        (["Agenda and decisions", "Executive", "Tuesday, 7th July, 2020 10.30 am"] + MODERN_GOV_TAIL, "Executive"),
        (["Agenda and minutes", "Executive", "Wednesday, 4 March 2026 6.00 pm"] + MODERN_GOV_TAIL, "Executive"),
        # guards: the one-line heading, another committee over its date, and 'Executive' over no date
        (["Agenda and decisions", "Executive - Tuesday, 7th July, 2020 10.30 am"] + MODERN_GOV_TAIL, "Executive"),
        (["Agenda and minutes", "Cabinet", "Wednesday, 25 October 2017 10.00 a.m."] + MODERN_GOV_TAIL, "Cabinet"),
        (["Agenda and decisions", "Executive", "Members of the public are welcome"] + MODERN_GOV_TAIL, None),
    ],
)
def test_executive_over_its_meetings_date(lines: list[str], committee: str | None) -> None:
    assert facts_of(lines)[1] == committee


@pytest.mark.parametrize(
    ("lines", "committee"),
    [
        (
            ["20 May 2020", "Date:", "Wednesday, 20 May, 2020", "Time:", "14:00", "Location:", "Virtual Meeting"]
            + ["Category:", "Item no. Agenda Item Details Status", "01 Apologies for Absence"],
            None,
        ),
        (
            ["Back to Meetings", "Date:", "13/10/2025 15:30", "Location:", "Remote Meeting", "Standing Orders:"]
            + ["1. Apologies for Absence"],
            None,
        ),
        # guards: a committee's name on a line of its own, not under a label, and a 'Meeting:' label's value
        (
            ["Licensing Committee", "Date:", "Wednesday, 20 May, 2020", "Location:", "Virtual Meeting"]
            + ["1. Apologies for Absence"],
            "Licensing Committee",
        ),
        (
            ["Meeting:", "Licensing Committee", "Date:", "Wednesday, 20 May, 2020", "Location:", "Town Hall"]
            + ["1. Apologies for Absence"],
            "Licensing Committee",
        ),
    ],
)
def test_the_value_under_a_location_label_is_no_committee(lines: list[str], committee: str | None) -> None:
    assert facts_of(lines)[1] == committee


@pytest.mark.parametrize(
    ("lines", "committee"),
    [
        (
            ["Fenby Parish Council Meeting December", "Page 1 of 5", "Minutes of the Parish Council Meeting"]
            + ["FENBY PARISH COUNCIL", "DATE: Thursday 3rd December 2020", "Present: Cllrs Abbot, Lyle and Dane"],
            "Fenby Parish Council",
        ),
        (
            ["Fenby Parish Council Meeting March", "Present: Cllrs Abbot, Lyle and Dane", "1. Apologies"],
            "Fenby Parish Council",
        ),
        # guards: the council's meeting without its month, and its committee named after it
        (
            ["FENBY PARISH COUNCIL MEETING", "Thursday 3rd December 2020", "Present: Cllrs Abbot, Lyle and Dane"],
            "Fenby Parish Council",
        ),
        (
            ["Fenby Parish Council Planning Committee", "Thursday 3rd December 2020", "Present: Cllrs Abbot"],
            "Planning Committee",
        ),
    ],
)
def test_a_councils_meeting_named_with_its_month(lines: list[str], committee: str) -> None:
    assert facts_of(lines)[1] == committee


@pytest.mark.parametrize(
    ("lines", "committee"),
    [
        (
            ["Council & democracy", "Meeting Details", "WDC Full Council - 15/07/2020 18:00", "Meeting Summary"]
            + ["Council", "15 Jul 2020 - 18:00 to 20:05", "Occurred", "Documents", "Attendance"],
            "Council",
        ),
        (
            ["Meeting Details", "KBC Licensing Panel - 02/03/2021 10:00", "Meeting Summary", "Licensing Panel"]
            + ["2 Mar 2021 - 10:00", "Documents"],
            "Licensing Panel",
        ),
        # guards: the summary's committee where nothing is printed above it, and a page with no summary heading
        (
            ["Meeting Details", "Meeting Summary", "Scrutiny Panel", "27 Jan 2015 - 18:00", "Occurred", "Documents"],
            "Scrutiny Panel",
        ),
        (["Meeting Details", "Cabinet", "26 Nov 2019 - 14:30 to 16:30", "Documents", "Agenda"], "Cabinet"),
    ],
)
def test_the_committee_under_a_meeting_summary_heading(lines: list[str], committee: str) -> None:
    assert facts_of(lines)[1] == committee


@pytest.mark.parametrize(
    ("lines", "committee"),
    [
        (
            [
                "Agenda and decisions",
                "**Meeting moved from Tuesday 25 June 2024**, Cabinet - Tuesday 9 July 2024 6.00 pm",
            ]
            + MODERN_GOV_TAIL,
            "Cabinet",
        ),
        (
            ["Agenda and minutes", "Meeting postponed from Monday 3 March 2025, Licensing Committee - Monday 10 March"]
            + ["Monday 10 March 2025 2.00 pm"]
            + MODERN_GOV_TAIL,
            "Licensing Committee",
        ),
        (
            [
                "Agenda and decisions",
                "**Meeting moved from Wednesday, 27 April 2016**, Cabinet - Tuesday 3 May 2016 6.00 pm",
            ]
            + MODERN_GOV_TAIL,
            "Cabinet",
        ),
        # guards: the heading with no note, and the note on a line of its own over the committee's name
        (["Agenda and decisions", "Cabinet - Tuesday 9 July 2024 6.00 pm"] + MODERN_GOV_TAIL, "Cabinet"),
        (
            ["Fire and Rescue Authority", "3 May 2016", "Meeting rearranged from Wednesday, 27 April 2016"]
            + ["Item no. Agenda Item Details Status", "01 Apologies for Absence"],
            "Fire and Rescue Authority",
        ),
    ],
)
def test_a_moved_meetings_note_before_its_heading(lines: list[str], committee: str) -> None:
    assert facts_of(lines)[1] == committee


MINUTES_TAIL = [
    "Present: Tom Abbot (Chair), Jane Lyle (Secretary)",
    "1. Apologies",
    "Minutes of the last meeting approved.",
]


@pytest.mark.parametrize(
    ("lines", "body", "committee"),
    [
        (
            ["Community Council Forums", "Annual General Meeting of the Wendale Community Council Forum"]
            + ["Wednesday 4th June 2025 @ 19:00 in Ashby Community Centre"]
            + MINUTES_TAIL,
            "Wendale Community Council Forum",
            "Wendale Community Council Forum",
        ),
        (
            ["Annual General Meeting of the Wendale Allotment Society", "Wednesday 4th June 2025 @ 19:00 in the Hall"]
            + MINUTES_TAIL,
            "Wendale Allotment Society",
            "Wendale Allotment Society",
        ),
        # guards: the society named before its general meeting, a council's meeting of its own name, and the
        # meeting of a council named in a 'Minutes of the meeting of' sentence
        (
            ["Wendale Allotment Society Annual General Meeting", "Wednesday 4th June 2025 @ 19:00 in the Hall"]
            + MINUTES_TAIL,
            "Wendale Allotment Society",
            "Wendale Allotment Society",
        ),
        (
            ["Parish Councils", "Kelby Parish Council", "Minutes of the meeting held on Wednesday 4th June 2025 at 7pm"]
            + MINUTES_TAIL,
            "Kelby Parish Council",
            "Kelby Parish Council",
        ),
        (
            ["Minutes of the meeting of the Wendale Community Council held on Wednesday 4th June 2025 at 7pm"]
            + MINUTES_TAIL,
            "Wendale Community Council",
            "Wendale Community Council",
        ),
    ],
)
def test_the_body_whose_general_meeting_a_heading_names(
    lines: list[str], body: str | None, committee: str | None
) -> None:
    assert facts_of(lines) == (body, committee)


@pytest.mark.parametrize(
    ("lines", "body", "committee"),
    [
        # a kind of body with no name is no body: the council named above is, and it is its own meeting
        (
            ["KELBY TOWN COUNCIL", "Annual General Meeting of the Town Council", "held on Wednesday 4th June 2025"]
            + MINUTES_TAIL,
            "Kelby Town Council",
            "Kelby Town Council",
        ),
        (
            ["Annual General Meeting of the Parish Council", "held on Wednesday 4th June 2025"] + MINUTES_TAIL,
            None,
            "Parish Council",
        ),
        (
            ["Wendale Sports Club", "Annual General Meeting of the Members", "held on Wednesday 4th June 2025"]
            + MINUTES_TAIL,
            None,
            None,
        ),
    ],
)
def test_a_general_meeting_of_a_kind_names_no_body(lines: list[str], body: str | None, committee: str | None) -> None:
    assert facts_of(lines) == (body, committee)


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        (
            ["Unapproved Draft Minutes 14 May 2025"]
            + ["Minutes of the Annual Parish Council Meeting of Ashby, Kelby and Lower Wendale Parish Council, which"]
            + ["was held on Wednesday 14th May 2025, in the Village Hall."]
            + MINUTES_TAIL,
            "Ashby, Kelby and Lower Wendale Parish Council",
        ),
        (
            ["ASHBY, KELBY AND NEW WENDALE COMMUNITY COUNCIL", "Minutes of the meeting held on 3 May 2025"]
            + MINUTES_TAIL,
            "Ashby, Kelby and New Wendale Community Council",
        ),
        # guards: places of one word each, and two places with a town council's kind after them
        (
            ["Ashby, Kelby and Wendale Parish Council", "Minutes of the meeting held on 3 May 2025"] + MINUTES_TAIL,
            "Ashby, Kelby and Wendale Parish Council",
        ),
        (
            ["Ashby and Kelby Town Council", "Minutes of the meeting held on 3 May 2025"] + MINUTES_TAIL,
            "Ashby and Kelby Town Council",
        ),
    ],
)
def test_a_council_of_places_the_last_of_two_words(lines: list[str], body: str) -> None:
    assert facts_of(lines)[0] == body


CLERKED = [
    "DRAFT Minutes of the Meeting Held in the Welfare Hall, Heol Y Wern, on Thursday, 21st July 2022 at 6.30 p.m.",
    "PRESENT: Councillor Ann Abbot (Vice Chair); Councillor Ben Lyle & Councillor Cai Dane;",
]


@pytest.mark.parametrize(
    ("lines", "body", "committee"),
    [
        (
            CLERKED + ["Also Present: Dai Other – Clerk to Cwmwern Community Council;", "21/22 APOLOGIES: none"],
            "Cwmwern Community Council",
            "Cwmwern Community Council",
        ),
        (
            CLERKED + ["In attendance: Dai Other, Locum Clerk to Kelby Parish Council", "1. APOLOGIES: none"],
            "Kelby Parish Council",
            "Kelby Parish Council",
        ),
        # guards: the clerk to 'the Council' names none; a district council's officer is no clerk to a local council;
        # the council the heading prints is read before a clerk's
        (CLERKED + ["Also Present: Dai Other – Clerk to the Council;", "21/22 APOLOGIES: none"], None, None),
        (
            CLERKED + ["Also Present: Dai Other – Clerk to Wendale District Council;", "21/22 APOLOGIES: none"],
            None,
            None,
        ),
        (
            ["ASHBY PARISH COUNCIL"]
            + CLERKED
            + ["In attendance: Dai Other, Clerk to Kelby Parish Council", "1. APOLOGIES: none"],
            "Ashby Parish Council",
            "Ashby Parish Council",
        ),
    ],
)
def test_the_council_whose_clerk_attends(lines: list[str], body: str | None, committee: str | None) -> None:
    assert facts_of(lines) == (body, committee)
