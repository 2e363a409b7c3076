"""Round 49 suite: document fields (type, body, committee, meeting date) and minute or agenda items of boards, panels
and US cities and counties no earlier suite cites: a public body's main board minutes laid out as a grid, a
department's science advisory council, an NHS board's minutes filed as an item of the next meeting, a US city's
lettered agenda ('1.A. CALL TO ORDER'), a city board of commissioners' agenda, a county committee's notice, a
county board of supervisors' budget hearing minutes, a county board's budget adoption record, a city council agenda
with unnumbered headings, and parish minutes whose headings run on into their record.

(a) Body and committee as these papers print them: a public body named only in the 'Meeting' cell beside the date
and room ('18 March 2026, The Terraces, Sport Albion, Meridian House'); a department's council named in one line
('Ministry of X Affairs Science Advisory Council'); a city named in a letterhead over its board ('CITY OF X' /
'BOARD OF NEIGHBORHOOD COMMISSIONERS'); a county committee's notice naming the committee in a 'COMMITTEE TITLE:'
field; a county's board of supervisors in a banner; an NHS trust named in a footer.
(b) Dates: 'DATE: 10/21/25' among 'DATE OF NEXT MEETING: 11/11/25' and 'ACTION ON PREVIOUS MINUTES: 09/09/25'; a
minutes paper filed for the next meeting ('Meeting: Board of Directors meeting to be held on 24 June 2026' over
'Minutes of the Board of Directors meeting held on 27 May 2026': the minutes record 27 May); a budget record naming
the next meeting's date in its text.
(c) Items: '1.A.' sub-items under '1. GENERAL', 'a.' lines under a numbered agenda item, 'Minute 1.' headings,
minute references '01/26/01 – Welcome …', headings run on into their record ('1. Apologies for absence –
Apologies were received …'); NOT items: numbered paragraphs ('1.1 The Chair welcomed …'), 'RESOLUTION:' lines,
a votes line, 'Page 2 of 7', an agenda's timing column.

Where corpus/gold/README.md leaves a field open the case does not judge it (``ANY``).

Single documents are drawn with ``segment_cases.render`` (or ``render_web_print`` for pages a browser printed) and
read by ``document_facts`` then ``minutes_items`` or ``agenda_items`` (``segment_cases.fields_and_items``).

The structure and phrasing of each case follow a real page (names, places, dates and numbers changed):

- https://studylib.net/doc/7348582/main-board-minutes-march-2014 (Sport England's 'Main Board Meeting Minutes': 'Meeting   19 March 2014, The Stadium/Terraces, Sport England, Victoria House, …', 'Chair Person', 'Members', 'Secretariat', 'Item … Action', '1. Welcome', 'Apologies', 'Minutes of the Board Meeting on 21 January 2014', '2. Chief Executive's Report')
- https://docplayer.net/amp/20428226-Home-office-science-advisory-council-11-november-2015-minute-1-welcome-introductions-and-apologies-1-1-the-chair-welcomed-attendees-to-the-home.html ('Home Office Science Advisory Council 11 November 2015 - Minute', '1. Welcome, Introductions, and apologies', '1.1 The Chair welcomed attendees …')
- https://careersdocbox.com/amp/83208388-Nursing/Meeting-board-of-directors-meeting-to-be-held-on-25-june-2013-minutes-of-the-board-of-directors-meeting-held-on-28-may-2013-agenda-item-no-5.html ('Meeting: Board of Directors meeting to be held on 25 June 2013', 'Minutes of the Board of Directors meeting held on 28 May 2013', 'Agenda Item No 5')
- https://horizon.agendalink.app/player/buenaparkca/6847346e359f51005f96da18 ('City of Buena Park', 'Tuesday, June 24, 2025, 5:00 PM', '1. GENERAL', '1.A. CALL TO ORDER', '1.B. ROLL CALL', '4. CONSENT CALENDAR', '4.A. RESOLUTIONS APPROVING CLAIMS AND DEMANDS')
- https://expydoc.com/doc/4323935/board-of-neighborhood-commissioners-regular-meeting-agenda ('CITY OF LOS ANGELES', 'BOARD OF NEIGHBORHOOD COMMISSIONERS REGULAR MEETING AGENDA', 'MONDAY, DECEMBER 15, 2014 – 1:00 P.M.', the 'Speaker Card' notice)
- http://lacp.org/BONC-DONE2006/BONC-DONE-Agenda2006.html (the same board's agenda items: '1. Introduction', '2. Call to Order and Commissioner Roll Call.', 'a. Discussion of Report to Public Safety Committee- …')
- https://weblink.sccwi.gov/WebLink/DocView.aspx?dbid=0&id=18125&repo=SCC ('NOTICE OF COMMITTEE MEETING', 'TO:', 'FROM:', 'COMMITTEE TITLE:', 'DATE: 10/21/05', 'DATE OF NEXT MEETING: 11/11/05', 'ACTION ON PREVIOUS MINUTES: 09/09/05', 'UNFINISHED BUSINESS:', 'NEW BUSINESS: 1. Consideration of Claims and Vouchers')
- https://www2.santacruzcountyca.gov/bds/Govstream2/ASP/Display/SCCB_BudgetHearingDisplayMinutes.asp?MeetingID=660 ('Monday, June 15, 2015', 'VOTING KEY: …', '1. All Supervisors present', '7. APPROVED the Proposed Budgets of …')
- https://lfweb.grantcountywa.gov/BOCC/DocView.aspx?dbid=0&id=5346079&repo=grant-county ('Open Record Public Meeting 2021 Preliminary Budget Adoption November 17, 2020 10:30 a.m.', 'In Attendance:', '… set the meeting date for consideration of the final budget on December 7, 2020')
- https://meetings.municode.com/adaHtmlDocument/index?cc=TUPELOMS&me=f3f68bf8959f4ff08a1fe3cbb24bba98&ip=false ('Regular City Council Meeting 07/20/2021 06:00 PM Council Chambers | City Hall', 'INVOCATION: COUNCIL MEMBER …', unnumbered headings)
- http://muchmarcleparishcouncil.org/?page_id=479 ('Minutes of the Parish Council Meeting Held in the Memorial Hall On Wednesday 12th April 2017', 'Also Present', '1. Apologies for absence – Apologies were received …', 'RESOLUTION: That the report be noted.', '6.1 The Chairman …')
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from agendaparse.segment.minutes import _parse_number
from segment_cases import (
    Paper,
    assert_paper_check,
    of_body,
    own_meeting,
    paper_check_params,
    plain,
    read_papers_fixture,
)

FIELDS = ("meeting_date", "body", "committee", "doc_type")


# ======================================================================== (a) UK public bodies' boards and panels


def main_board_minutes_grid() -> Paper:
    """A sports council's (a public body's) main board minutes: 'Main Board Meeting Minutes', a grid of labels
    ('Meeting', 'Chair Person', 'Members', 'Secretariat') whose 'Meeting' cell gives the date, room and the body's
    own name, items in an 'Item' column with an 'Action' column of initials, unnumbered sub-headings in item 1."""
    return Paper(
        rows=[
            "# Main Board Meeting Minutes",
            [
                (56, "Meeting", True),
                (170, "18 March 2026, The Terraces, Sport Albion, Meridian House, London WC1B 4SE"),
            ],
            [(56, "Chair Person", True), (170, "Nick Bittell (NB)")],
            [
                (56, "Members", True),
                (170, "Kate Bosworth (KB), Clare Connell (CC), Ian Drayton (ID), David Goldie (DG)"),
            ],
            [(56, "Chief Executive", True), (170, "Jennie Pryor (JP)")],
            [(56, "Secretariat", True), (170, "Andrew Normanton (AN)")],
            [(56, "Item", True), (500, "Action", True)],
            [(56, "1.", True), (80, "Welcome", True)],
            [(80, "Apologies", True)],
            [(80, "There were no apologies.")],
            [(80, "Declarations of Interest", True)],
            [(80, "ID declared an interest in item 2 arising from the federation's use of the city campus.")],
            [(80, "Minutes of the Board Meeting on 20 January 2026", True)],
            [
                (80, "The minutes of the Board Meeting on 20 January 2026 were APPROVED as a correct record."),
                (500, "AN"),
            ],
            [(56, "2.", True), (80, "Chief Executive's Report", True)],
            [(80, "JP presented her report. The Board NOTED the update on the information strategy."), (500, "JP")],
            [(56, "3.", True), (80, "Payment for Results", True)],
            [(80, "The Board APPROVED the revised framework for the 2026-30 investment period."), (500, "RC/CJ")],
        ],
        items=[("1", "Welcome"), ("2", "Chief Executive's Report"), ("3", "Payment for Results")],
        fields=of_body("Sport Albion", "Main Board", "2026-03-18", "minutes"),
    )


def science_advisory_council_minutes() -> Paper:
    """A department's science advisory council: the department and council in one title line with the date and
    '- Minute', numbered headings over '1.1 …' paragraphs."""
    return Paper(
        rows=[
            "# Ministry of Coastal Affairs Science Advisory Council",
            "## 12 November 2025 - Minute",
            "** 1. Welcome, Introductions, and apologies",
            "1.1 The Chair welcomed attendees to the Ministry of Coastal Affairs Science Advisory Council meeting.",
            "1.2 Apologies were received from Professor Dan Okafor and Dr Ruth Lyle.",
            "** 2. Minutes of the previous meeting and actions",
            "2.1 The minutes of the July meeting were agreed as an accurate record. All actions were complete.",
            "** 3. Chief Scientific Adviser's update",
            "3.1 The Chief Scientific Adviser updated members on the review of the science and innovation strategy.",
            "** 4. Horizon scanning",
            "4.1 Members discussed emerging risks to coastal defence research capacity.",
        ],
        items=[
            ("1", "Welcome, Introductions, and apologies"),
            ("2", "Minutes of the previous meeting and actions"),
            ("3", "Chief Scientific Adviser's update"),
            ("4", "Horizon scanning"),
        ],
        fields=of_body("Ministry of Coastal Affairs", "Science Advisory Council", "2025-11-12", "minutes"),
    )


def nhs_board_minutes_for_next_meeting() -> Paper:
    """An NHS foundation trust's minutes filed as an item of the next meeting: 'Meeting: Board of Directors meeting
    to be held on <next>' over 'Minutes of the Board of Directors meeting held on <date>' and 'Agenda Item No 5',
    minute references '01/26/01 – Welcome, Apologies and Chairman's Matters', the trust named in the footer."""
    return Paper(
        rows=[
            "Meeting: Board of Directors meeting to be held on 24 June 2026",
            "Minutes of the Board of Directors meeting held on 27 May 2026",
            "Agenda Item No 5",
            "** Present",
            "Prof. I Cumbers – Non-Executive Director (Chairman)",
            "Mr A Marsden – Chief Executive Officer",
            "Ms K Rutland – Director of Finance",
            "** In attendance",
            "Mr P Higson – Trust Secretary",
            "** 01/26/01 – Welcome, Apologies and Chairman's Matters",
            "Apologies for absence were received from Mr MacGill and Mrs Eyres.",
            "** 01/26/02 – Patient Story",
            "Mrs Capel introduced the patient and the paramedic who attended him.",
            "** 01/26/03 – Declarations of Interest",
            "There were no declarations of interest.",
            "** 01/26/04 – Minutes of the Previous Meeting",
            "The minutes of the meeting held on 29 April 2026 were agreed as a true record.",
        ],
        items=[
            ("01/26/01", "Welcome, Apologies and Chairman's Matters"),
            ("01/26/02", "Patient Story"),
            ("01/26/03", "Declarations of Interest"),
            ("01/26/04", "Minutes of the Previous Meeting"),
        ],
        fields=of_body("Teesmouth Hospitals NHS Foundation Trust", "Board of Directors", "2026-05-27", "minutes"),
        foot="Teesmouth Hospitals NHS Foundation Trust",
    )


# ============================================================================= (b) US cities and their boards


def city_agenda_lettered_subitems() -> Paper:
    """A US city's agenda from its meeting system: 'City of X' and the meeting's date and time, sections '1. GENERAL'
    with lettered items '1.A. CALL TO ORDER', '4.A. RESOLUTIONS …' under them."""
    return Paper(
        rows=[
            "# City of Loma Serena",
            "** Regular Meeting of the City Council",
            "Tuesday, June 23, 2026, 5:00 PM",
            "** 1. GENERAL",
            "1.A. CALL TO ORDER",
            "1.B. ROLL CALL",
            "1.C. INVOCATION",
            "1.D. PLEDGE OF ALLEGIANCE",
            "** 2. PRESENTATIONS",
            "2.A. COUNTY TEACHER OF THE YEAR RECOGNITION",
            "** 3. CONSENT CALENDAR",
            "3.A. RESOLUTIONS APPROVING CLAIMS AND DEMANDS",
            "3.B. TREASURER'S REPORT FOR THE MONTH OF MAY 2026",
            "** 4. NEW BUSINESS",
            "4.A. RESOLUTION CREATING A NEW PREFERENTIAL PARKING DISTRICT ON ADAMS WAY",
        ],
        items=[
            ("1", "GENERAL"),
            ("1.A", "CALL TO ORDER"),
            ("1.B", "ROLL CALL"),
            ("1.C", "INVOCATION"),
            ("1.D", "PLEDGE OF ALLEGIANCE"),
            ("2", "PRESENTATIONS"),
            ("2.A", "COUNTY TEACHER OF THE YEAR RECOGNITION"),
            ("3", "CONSENT CALENDAR"),
            ("3.A", "RESOLUTIONS APPROVING CLAIMS AND DEMANDS"),
            ("3.B", "TREASURER'S REPORT FOR THE MONTH OF MAY 2026"),
            ("4", "NEW BUSINESS"),
            ("4.A", "RESOLUTION CREATING A NEW PREFERENTIAL PARKING DISTRICT ON ADAMS WAY"),
        ],
        fields=of_body("City of Loma Serena", "City Council", "2026-06-23", "agenda_pack"),
    )


def neighborhood_commissioners_agenda() -> Paper:
    """A city board of commissioners' agenda: 'CITY OF X' and the state in the letterhead beside the members'
    names, the board, 'REGULAR MEETING AGENDA' and the date in capitals, a public-comment notice, numbered items
    with 'a.' lines under one."""
    return Paper(
        rows=[
            [(56, "CITY OF PORT ALDEN"), (380, "DEPARTMENT OF NEIGHBORHOOD")],
            [(56, "CALIFORNIA"), (380, "EMPOWERMENT")],
            [(56, "BOARD OF NEIGHBORHOOD"), (380, "TELEPHONE: (213) 555-1551")],
            [(56, "COMMISSIONERS"), (380, "TOLL-FREE: 3-1-1")],
            [(56, "KAREN MACKIE"), (380, "GRACE LIAO")],
            [(56, "PRESIDENT"), (380, "GENERAL MANAGER")],
            "** BOARD OF NEIGHBORHOOD COMMISSIONERS",
            "** REGULAR MEETING AGENDA",
            "** MONDAY, DECEMBER 14, 2026 – 1:00 P.M.",
            "CITY HALL, 10TH FLOOR CONFERENCE CENTER, 200 NORTH SPRING STREET",
            "The public is requested to fill out a “Speaker Card” to address the Board on any agenda item before the",
            "Board takes an action on an item. Public comment is limited to 15 minutes maximum.",
            "1. Introduction",
            "2. Call to Order and Commissioner Roll Call.",
            "3. General Public Comments - Comments from the public on non-agenda items.",
            "4. Preliminary Discussion on Development of Policy on Public Safety",
            ">a. Discussion of Report to Public Safety Committee- Lisa Sorensen",
            ">b. Report on Human Relations Experience in working with Neighborhood Council conflicts",
            "5. Adjournment",
        ],
        items=[
            ("1", "Introduction"),
            ("2", "Call to Order and Commissioner Roll Call"),
            ("3", "General Public Comments - Comments from the public on non-agenda items"),
            ("4", "Preliminary Discussion on Development of Policy on Public Safety"),
            ("4(a)", "Discussion of Report to Public Safety Committee- Lisa Sorensen"),
            ("4(b)", "Report on Human Relations Experience in working with Neighborhood Council conflicts"),
            ("5", "Adjournment"),
        ],
        fields=of_body("City of Port Alden", "Board of Neighborhood Commissioners", "2026-12-14", "agenda_pack"),
    )


def city_council_agenda_unnumbered() -> Paper:
    """A city council agenda whose headings carry no numbers: 'Regular City Council Meeting 07/21/2026 06:00 PM
    Council Chambers | City Hall', 'INVOCATION: COUNCIL MEMBER …' and section headings in capitals."""
    return Paper(
        rows=[
            "# CITY OF MARLOW",
            "** Regular City Council Meeting 07/21/2026 06:00 PM Council Chambers | City Hall",
            "INVOCATION:  COUNCIL MEMBER BUDDY PALLISER",
            "PLEDGE OF ALLEGIANCE:  COUNCIL MEMBER JANET GASKIN",
            "CALL TO ORDER:  COUNCIL PRESIDENT BUDDY PALLISER",
            "CONFIRMATION OR AMENDMENT TO THE AGENDA AND AGENDA ORDER",
            "PROCLAMATIONS, RECOGNITIONS AND REPORTS AGENDA",
            "PUBLIC AGENDA",
            "PUBLIC HEARINGS",
            "ACTION AGENDA",
            "ADJOURNMENT",
        ],
        items=None,  # unnumbered headings: no gold file settles whether an agenda's unnumbered line is an item
        fields=of_body("City of Marlow", "City Council", "2026-07-21", "agenda_pack"),
    )


# ========================================================================================= (c) US counties


def county_committee_notice() -> Paper:
    """A county's notice of a committee meeting: 'TO:', 'FROM:', 'COMMITTEE TITLE:', 'DATE: 10/21/25' among the next
    meeting's date and the previous minutes' date, business under 'UNFINISHED BUSINESS:' and 'NEW BUSINESS:'."""
    return Paper(
        rows=[
            "# PINE RIDGE COUNTY",
            "** NOTICE OF COMMITTEE MEETING",
            "TO: Clarence Mallory, Chairman, Pine Ridge County Board",
            "FROM: Tom Dorsey (Fred Janssen, 246-8223)",
            "COMMITTEE TITLE: Pine Ridge County Health and Human Services Board",
            "DATE: 10/21/25",
            "TIME: 8:30 a.m.",
            "LOCATION: Pine Ridge County Health and Human Services Complex, New Ashby",
            "CALL TO ORDER",
            "ROLL CALL",
            "ADOPTION OF AGENDA",
            "DATE OF NEXT MEETING: 11/11/25",
            "ACTION ON PREVIOUS MINUTES: 09/09/25",
            "UNFINISHED BUSINESS:",
            "1. Public Health 140 Review",
            "NEW BUSINESS:",
            "1. Consideration of Claims and Vouchers",
            "2. Financial Report",
            "3. Nursing Home Report",
            "ADJOURNMENT",
        ],
        items=None,  # numbering restarts under each heading: no gold file settles the numbers
        fields=of_body("Pine Ridge County", "Health and Human Services Board", "2025-10-21", "agenda_pack"),
    )


def county_supervisors_budget_hearing_minutes() -> Paper:
    """A county board of supervisors' budget hearing minutes: the county and board in a banner, the date alone on its
    line, a voting key, numbered actions (numbers skip where an item was continued), an item in capitals."""
    return Paper(
        rows=[
            "# COUNTY OF SAN LORENZO",
            "## BOARD OF SUPERVISORS",
            "** BUDGET HEARINGS MINUTES",
            "Monday, June 15, 2026",
            "VOTING KEY: L = Lopez, F = Friend, C = Carrow, M = McPhee; first initial indicates maker of motion",
            "1. All Supervisors present",
            "2. Moment of Silence and Pledge of Allegiance",
            "3. Consideration of late additions to the Agenda; additions and deletions to the Consent Agenda",
            "5. ORAL COMMUNICATIONS - one person addressed the Board",
            "7. APPROVED the Proposed Budgets of the Assessor-Recorder, including any supplemental materials, as",
            "recommended by the County Administrative Officer",
            "8. APPROVED the Proposed Budgets of the County Clerk/Elections, as recommended by the County Clerk",
        ],
        items=[
            ("1", "All Supervisors present"),
            ("2", "Moment of Silence and Pledge of Allegiance"),
            ("3", "Consideration of late additions to the Agenda; additions and deletions to the Consent Agenda"),
            ("5", "ORAL COMMUNICATIONS"),  # the heading before the dash; the record follows (as the parish case)
            (
                "7",
                "APPROVED the Proposed Budgets of the Assessor-Recorder, including any supplemental materials, as "
                "recommended by the County Administrative Officer",
            ),
            ("8", "APPROVED the Proposed Budgets of the County Clerk/Elections, as recommended by the County Clerk"),
        ],
        fields=of_body("County of San Lorenzo", "Board of Supervisors", "2026-06-15", "minutes"),
    )


def county_budget_adoption_record() -> Paper:
    """A county board of commissioners' record of a budget meeting: the meeting's name, date and time on one line,
    'In Attendance:' with roles, a paragraph naming the date of the next budget meeting."""
    return Paper(
        rows=[
            "# Coulee County Board of County Commissioners",
            "** Open Record Public Meeting 2027 Preliminary Budget Adoption November 17, 2026 10:30 a.m.",
            "In Attendance: Cindy Carver, Chair; Tom Tayler, Vice-Chair; Richard Stephens, Member;",
            "Barbara J. Vasco, Clerk of the Board; Madeline Prentiss, Chief Accountant",
            "10:30 a.m. The Commissioners met in an Open Public Meeting to sign a resolution (No. 26-096-CC) and adopt",
            "a preliminary budget for fiscal year 2027, and set the meeting date for consideration of the final budget",
            "on December 7, 2026 at 10:30 a.m. A motion was made by Commissioner Stephens, seconded by Commissioner",
            "Tayler, to adopt the preliminary budget as presented. The motion passed unanimously.",
        ],
        items=[],
        fields=of_body("Coulee County", "Board of County Commissioners", "2026-11-17", "minutes"),
    )


# ========================================================================================= (d) parish minutes


def parish_minutes_headings_run_on() -> Paper:
    """A parish council's minutes: the council in the logo, 'Minutes of the Parish Council Meeting Held in the
    Memorial Hall On Wednesday 8th April 2026' over three lines, headings run on into their record with a dash,
    'RESOLUTION:' lines and '6.1' paragraphs, the page count in the footer."""
    return Paper(
        rows=[
            "# Hopley Marcle Parish Council",
            "** Minutes of the Parish Council Meeting",
            "** Held in the Memorial Hall",
            "** On Wednesday 8th April 2026",
            "Chairman T Weston",
            "Councillors M Barbery, J Blanford, N Bullen, R Cotton, A Tayler",
            "Also Present D Baldry, Clerk to the Council",
            "Cllr B Durkan, Ward Member",
            "2 members of the public",
            "1. Apologies for absence – Apologies were received and accepted for Councillor F Powell.",
            "2. To receive Declarations of Interest",
            "There were no Declarations of Interest at this point in the meeting",
            "3. Public Participation",
            "No members of the public present wished to speak.",
            "4. Minutes",
            "The minutes of the Parish Council Meeting held on the 11th March 2026 were approved as a correct record.",
            "5. Ward Member Report",
            "Councillor Durkan presented his report of March 2026, previously circulated by email.",
            "RESOLUTION: That the report be noted.",
            "6. Neighbourhood Plan",
            "6.1 The Chairman of the Neighbourhood Plan Working Party gave an update to Councillors.",
            "RESOLUTION: That the revised settlement boundary document be approved.",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "To receive Declarations of Interest"),
            ("3", "Public Participation"),
            ("4", "Minutes"),
            ("5", "Ward Member Report"),
            ("6", "Neighbourhood Plan"),
        ],
        fields=own_meeting("Hopley Marcle Parish Council", "2026-04-08"),
        foot="Page 1 of 3",
    )


DOCUMENTS = {
    "main-board-minutes-grid": main_board_minutes_grid,
    "science-advisory-council-minutes": science_advisory_council_minutes,
    "nhs-board-minutes-for-next-meeting": nhs_board_minutes_for_next_meeting,
    "city-agenda-lettered-subitems": city_agenda_lettered_subitems,
    "neighborhood-commissioners-agenda": neighborhood_commissioners_agenda,
    "city-council-agenda-unnumbered": city_council_agenda_unnumbered,
    "county-committee-notice": county_committee_notice,
    "county-supervisors-budget-hearing-minutes": county_supervisors_budget_hearing_minutes,
    "county-budget-adoption-record": county_budget_adoption_record,
    "parish-minutes-headings-run-on": parish_minutes_headings_run_on,
    "science-advisory-council-minutes-plain": lambda: plain(science_advisory_council_minutes),
    "nhs-board-minutes-for-next-meeting-plain": lambda: plain(nhs_board_minutes_for_next_meeting),
    "parish-minutes-headings-run-on-plain": lambda: plain(parish_minutes_headings_run_on),
    "city-agenda-lettered-subitems-plain": lambda: plain(city_agenda_lettered_subitems),
    "main-board-minutes-grid-plain": lambda: plain(main_board_minutes_grid),
}
CHECKS = ("items", *FIELDS)
VENUE_BODY = (
    "the body is named only in the 'Meeting' cell among the room and building; a venue names the meeting's host, "
    "often another body (the Geospatial Commission's board minutes on gov.uk meet 'HM Land Registry, Croydon'), so "
    "the reader takes no body from it"
)
XFAIL: dict[tuple[str, str], str] = {
    ("main-board-minutes-grid", "body"): VENUE_BODY,
    ("main-board-minutes-grid-plain", "body"): VENUE_BODY,
    ("county-supervisors-budget-hearing-minutes", "items"): "an action summary's numbered lines that skip numbers "
    "('5.' then '7. APPROVED the Proposed Budgets of …') or run past 14 words read as numbered paragraphs of a "
    "record; no shape tells them from '7. The Clerk reported …' without a gold file of such minutes",
}


read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "round49")


@pytest.mark.parametrize(("name", "check"), paper_check_params(DOCUMENTS, CHECKS, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    assert_paper_check(DOCUMENTS[name](), read_papers[name], check)


# ============================================================================================ number shapes


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("01/26/01 – Welcome, Apologies and Chairman's Matters", "01/26/01"),
        ("1. Apologies for absence – Apologies were received and accepted.", "1"),
        # not minute numbers: a telephone, a page count, a time opening a record
        ("FROM: Tom Dorsey (Fred Janssen, 246-8223)", None),
        ("Page 1 of 3", None),
        ("10:30 a.m. The Commissioners met in an Open Public Meeting to sign a resolution", None),
    ],
)
def test_number_shapes(text: str, number: str | None) -> None:
    parsed = _parse_number(text)
    assert (parsed[0] if parsed else None) == number
