"""Document facts stop 62 (issue #4): the meeting's committee read from the forms of heading that name it.

Minutes and agendas of clubs, boards, churches and small councils name their meeting in a heading the committee
finder read nothing from (it wants 'Minutes of the X held …' or a labelled field): 'MINUTES OF THE BUDGET COMMITTEE
MEETING <date>' after the body's name, 'Minutes from the <date> Regular Board Meeting', 'Kirk Session Minutes',
'BOARD OF DIRECTORS.' or 'THE KIRK SESSION' alone at the head, 'Minutes of the Annual General Meeting held …' of an
association (the design labels name such a meeting by its kind where no body is printed). Reads mended too: a
meeting named by its kind that lost its 'Meeting' ('Quarterly'), the place after a meeting's name read as the
committee ('Minutes of the Regular Council Meeting of Elmswick' -> 'Council'), a body read as its own committee
where the heading names the body and then its board ('Tarnside Regional District Board Minutes' -> 'Board'); a venue
read as the committee ('Meeting City Council Chambers') under a board named alone; and a parish council's general
meeting named by its kind where the council is read lower down (the council, whole).

Where the design labels and corpus/gold/README.md disagree the README is followed: a community council's heading
over 'Minutes of the Annual General Meeting' is labelled 'Annual General Meeting' once, but the README makes a
parish, town or community council's own meeting the council, whole, and so it is still read.

The body of such meetings, where the heading prints it: a board heading the page before the organisation it governs
('BOARD OF COMMISSIONERS <organisation> MINUTES OF THE BUDGET COMMITTEE MEETING' -> the organisation), a club's or
an association's committee named whole (the club or association), and a board's minutes whose first sentence says
'The meeting of the <organisation> was held …'. Design headings body 21.7 -> 28.3 (43.3 -> 56.7 of the 30 that
print it).

Then two page forms: a (Pennsylvania) township's board named whole with the kind of meeting after a dash ('X
Township Board of Supervisors - Reorganization' was read 'Township of X' | 'Township Board'), and a Laserfiche WebLink
page's trail ('WebLinkAboutMin - <board> - <year> - …'). Design headings committee 78.3 -> 81.7, body 28.3 -> 30.0.

Measured with training/read_sets.py, design headings committee 51.7 -> 78.3, first pages 68.6 -> 70.2 (the full
figures are in the commit messages). Guards: a ModernGov 'Cabinet - Tuesday …' heading, a principal council's own
meeting ('County Council'), a parish council's own meeting and its annual general meeting (the council, whole), the
council's own meeting named whole after 'Council Meeting of the …', an item approving another meeting's minutes,
'the Previous Board Meeting'.
"""

from __future__ import annotations

import pytest

from agendaparse.pdf import Line, PageLayout
from agendaparse.segment import document_facts
from agendaparse.segment.meeting_names import council_own_general_meeting, named_meeting


def page_of_lines(lines: list[str]) -> PageLayout:
    laid = [Line(text, 60.0, 60.0 + 18.0 * index, 400.0, 70.0 + 18.0 * index, 10.0) for index, text in enumerate(lines)]
    return PageLayout(number=1, width=612.0, height=792.0, rotation=0, lines=laid)


def committee_of(lines: list[str]) -> str | None:
    return document_facts([page_of_lines(lines)]).committee


@pytest.mark.parametrize(
    ("lines", "committee"),
    [
        # 'Minutes of the X Meeting': the committee named before 'Meeting', with no 'held'
        (["HARBOUR AUTHORITY OF WILLOWMERE MINUTES OF THE AUDIT COMMITTEE MEETING MARCH 3, 2025"], "Audit Committee"),
        (["Minutes from the March 3, 2025 Regular Board Meeting", "The meeting was held at the Grange Hall."], "Board"),
        (["Brambleton Rowing Club", "minutes of committee meeting 04/03/2025"], "Committee"),
        (
            [
                "MINUTES OF THE TWENTY SECOND (22ND) SPECIAL COUNCIL MEETING OF DUNMARROW MUNICIPALITY WHICH WAS"
                " HELD ON 4 MARCH 2025"
            ],
            "Council",
        ),
        # 'X Minutes': the name opening the heading
        (["Kirk Session Minutes", "Tuesday 4 March 2025"], "Kirk Session"),
        (["LIBRARY AND ARTS BOARD - REGULAR MEETING MINUTES - MARCH 4, 2025"], "Library and Arts Board"),
        # a board (or a kirk session) named alone at the head
        (
            ["BOARD OF DIRECTORS. Draft Minutes of the March 4, 2025, Meeting Larchfield Transit Offices"],
            "Board of Directors",
        ),
        (["THE KIRK SESSION", "Minutes", "Tuesday 4 March 2025"], "Kirk Session"),
        # an association's meeting of all its members, named by its kind
        (
            ["Minutes of the Annual General Meeting", "held on Tuesday 4th March 2025 in Corriebank Hall"],
            "Annual General Meeting",
        ),
        (["Minutes of the General Meeting held on Tuesday, 4th March 2025"], "General Meeting"),
        (["Minutes of the Quarterly Meeting held on Tuesday 4th March 2025"], "Quarterly Meeting"),
        (["Minute of Management Meeting Tue. 4 March 2025 at 7.00pm"], "Management Meeting"),
        # the place after the meeting's name; the body, then its board
        (
            ["MINUTES OF THE REGULAR COUNCIL MEETING OF GLENFARROW, HELD IN THE OFFICES ON TUESDAY, 2025 03 04"],
            "Council",
        ),
        (["Tarnside-Holloway Regional District Board Minutes March 4, 2025; 10:30 AM Boardroom"], "Board"),
        # the room the board met in is no committee
        (
            ["BOARD OF DIRECTORS. Draft Minutes of the April 16, 2025, Meeting City Council Chambers 808 West Main"],
            "Board of Directors",
        ),
    ],
)
def test_committee_named_by_the_heading(lines: list[str], committee: str) -> None:
    assert committee_of(lines) == committee


@pytest.mark.parametrize(
    ("lines", "committee"),
    [
        (["Cabinet - Tuesday 4 March 2025 6.00 pm", "Venue: Council Chamber"], "Cabinet"),
        (["Minutes of a meeting of Westshire County Council held on 4 March 2025"], "County Council"),
        (
            ["Minutes of the Meeting of Oakhollow Parish Council held on 4 March 2025", "Present: Cllr A Smith"],
            "Oakhollow Parish Council",
        ),
        (
            ["OAKHOLLOW PARISH COUNCIL", "Minutes of the Annual General Meeting held on 4 March 2025"],
            "Oakhollow Parish Council",
        ),
        (
            ["Minutes of the Annual General Meeting of Oakhollow Parish Council held on 4 March 2025"],
            "Oakhollow Parish Council",
        ),
        (["Minutes of the Planning Committee held on 4 March 2025"], "Planning Committee"),
        (
            ["Minutes of the Council Meeting of the Pentrefoel Community Council held on Wednesday 4th December 2024"],
            "Pentrefoel Community Council",
        ),
        (["Minutes of the Previous Board Meeting held on 4 March 2025"], None),
        (["Agenda", "To approve the minutes of the Finance Committee meeting held on 4 March 2025"], None),
        (["Minutes of the Last Meeting", "Tuesday 4 March 2025"], None),
    ],
)
def test_committee_guards(lines: list[str], committee: str | None) -> None:
    assert committee_of(lines) == committee


def test_a_bodys_general_meeting_is_not_named_by_its_kind() -> None:
    """Where a body is read, its general meeting is the body's own (committees.GENERAL_MEETING_RE names it)."""
    assert (
        named_meeting(["Minutes of the Annual General Meeting held on 4 March 2025"], "Oakhollow Parish Council")
        is None
    )
    assert (
        named_meeting(["Minutes of the Annual General Meeting held on 4 March 2025"], None) == "Annual General Meeting"
    )


def test_an_ordinal_is_not_a_name_word() -> None:
    """'North' ends like an ordinal; it is the committee's name, not the meeting's number."""
    assert named_meeting(["Minutes of the North Committee Meeting on 4 March 2025"], None) == "North Committee"


def test_a_parish_councils_annual_general_meeting_is_the_councils_own() -> None:
    """The council read only lower on the page ('Parish Councillors Present'): its general meeting named by its kind
    is still the council's own meeting (corpus/gold/README.md: the council is both body and committee)."""
    assert council_own_general_meeting("Ashcombe Parva Parish Council", "Annual General Meeting") == (
        "Ashcombe Parva Parish Council"
    )
    assert council_own_general_meeting("Ashcombe Parva Parish Council", "AGM") == "Ashcombe Parva Parish Council"
    # guards: an association's general meeting, a parish council's committee
    assert council_own_general_meeting("Ashcombe Tenants Association", "Annual General Meeting") == (
        "Annual General Meeting"
    )
    assert council_own_general_meeting("Ashcombe Parva Parish Council", "Planning Committee") == "Planning Committee"


@pytest.mark.parametrize(
    ("lines", "body", "committee"),
    [
        # the board, then the organisation it governs, then its committee's minutes
        (
            ["BOARD OF COMMISSIONERS HARBOUR OF WESTHAVEN MINUTES OF THE FINANCE COMMITTEE MEETING MARCH 3, 2025"],
            "Harbour of Westhaven",
            "Finance Committee",
        ),
        (
            ["BOARD OF DIRECTORS OF LARCHFIELD TRANSIT MINUTES OF THE AUDIT COMMITTEE MEETING MARCH 3, 2025"],
            "Larchfield Transit",
            "Audit Committee",
        ),
        # a club's or an association's committee, named whole
        (
            ["Minutes of the Meeting of the Fernhill Bowls Club Committee held on 4 March 2025"],
            "Fernhill Bowls Club",
            "Fernhill Bowls Club Committee",
        ),
        (
            ["Minutes of the Meeting of the Fernhill Residents Association Committee held on 4 March 2025"],
            "Fernhill Residents Association",
            "Fernhill Residents Association Committee",
        ),
        # the first sentence names the organisation whose board met
        (
            [
                "Minutes from the March 3, 2025 Regular Board Meeting",
                "The meeting of the Brackenford Drainage District was held at the Grange Hall.",
            ],
            "Brackenford Drainage District",
            "Board",
        ),
    ],
)
def test_body_of_the_named_meeting(lines: list[str], body: str, committee: str) -> None:
    facts = document_facts([page_of_lines(lines)])
    assert (facts.body, facts.committee) == (body, committee)


@pytest.mark.parametrize(
    ("lines", "body", "committee"),
    [
        # the board's own meeting keeps the board as its committee (read so before); 'the Board' is no organisation
        (
            ["Board of Trustees of Larchfield Transit", "Minutes of the Meeting held on 4 March 2025"],
            "Larchfield Transit",
            "Board of Trustees",
        ),
        (["Regular Board Meeting", "The meeting of the Board was held at the Grange Hall."], None, "Board"),
    ],
)
def test_body_of_the_named_meeting_guards(lines: list[str], body: str | None, committee: str) -> None:
    facts = document_facts([page_of_lines(lines)])
    assert (facts.body, facts.committee) == (body, committee)


@pytest.mark.parametrize(
    ("lines", "body", "committee"),
    [
        # a township's board named whole, the kind of meeting after a dash
        (
            ["Harlow Vale Township Board of Supervisors - Reorganization 12 Mill Road, PA Monday, January 6, 2025"],
            "Harlow Vale Township",
            "Board of Supervisors",
        ),
        # a Laserfiche WebLink page's trail names the board
        (
            ["HomeMy WebLinkAboutMin - Library Advisory Board - 2024 - 03/04 - Regular LIBRARY ADVISORY BOARD"],
            None,
            "Library Advisory Board",
        ),
        # guards: the township over its board's meeting named by kind; the township's board named alone
        (
            ["GREY HERON TOWNSHIP", "Regular Board Meeting Minutes", "January 6, 2025"],
            "Township of Grey Heron",
            "Township Board",
        ),
        (
            ["Harlow Vale Township Board of Supervisors", "Regular Meeting", "March 4, 2025"],
            "Harlow Vale Township",
            "Board of Supervisors",
        ),
    ],
)
def test_township_board_and_weblink_trail(lines: list[str], body: str | None, committee: str) -> None:
    facts = document_facts([page_of_lines(lines)])
    assert (facts.body, facts.committee) == (body, committee)
