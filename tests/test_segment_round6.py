"""Round 6 variation suite: the title blocks, headers and item numbering other bodies print
(ModernGov/CMIS frontsheets, printed minutes, parish and town councils, departmental boards and panels,
NHS boards, charities, US/Canadian councils), rendered as PDFs with reportlab and read through the real
code path (pdf.read_document -> segment). The cases are written from how such papers are printed, not
from any annotated document."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.pdf import read_document
from agendaparse.segment import (
    _without_meeting_kind,
    agenda_items,
    document_facts,
    parse_item_number,
    roman_value,
    to_roman,
)
from conftest import REAL, needs_shared
from segment_cases import Row, facts_as_judged, facts_of, items_of, render

# ------------------------------------------------------------------------------------------- metadata

MEMBERS = "Councillors A Smith (Chair), B Jones, C Patel and D O'Brien"
PROSE = "The Committee considered the report and noted the progress made since the last meeting."

# (id, rows, doc_type, body, committee, date): None for a field means none should be found
DOCUMENT_CASES: list[tuple[str, list[Row], str, str | None, str | None, str | None]] = [
    (
        "moderngov-frontsheet",
        [
            "Public Document Pack",
            "# Cabinet",
            "Date: Thursday, 30th January, 2025",
            "Time: 10.00 am",
            "Venue: Council Chamber, Sessions House, County Hall, Maidstone",
            "Membership:",
            MEMBERS,
            "## AGENDA",
            "1. Introduction",
            "2. Apologies and Substitutes",
            "3. Minutes of the Meeting held on 9 January 2025 (Pages 1 - 10)",
            "4. Budget 2025-26 (Pages 11 - 84)",
            "Enquiries to: Democratic Services, Westshire County Council",
        ],
        "agenda_pack",
        "Westshire County Council",
        "Cabinet",
        "2025-01-30",
    ),
    (
        "moderngov-council-name-first",
        [
            "# Anytown Borough Council",
            "## Planning Committee",
            "Date: Tuesday, 4th March, 2025",
            "Time: 7.00 pm",
            "Venue: Committee Room 1, Town Hall",
            "## Agenda",
            "1. Apologies for Absence",
            "2. Declarations of Interest",
            "3. Minutes (Pages 3 - 8)",
        ],
        "agenda_pack",
        "Anytown Borough Council",
        "Planning Committee",
        "2025-03-04",
    ),
    (
        "cmis-notice-of-meeting",
        [
            "# Notice of Meeting",
            "# Audit and Governance Committee",
            "Monday 3 March 2025 at 6.00 pm",
            "Committee Room 1, Civic Centre, Westford",
            "Westford District Council",
            "## Agenda",
            "1. Apologies for Absence",
            "2. Declarations of Interest",
            "3. Internal Audit Progress Report",
        ],
        "agenda_pack",
        "Westford District Council",
        "Audit and Governance Committee",
        "2025-03-03",
    ),
    (
        "summons-full-council",
        [
            "# Northbridge City Council",
            "Dear Councillor,",
            "You are summoned to attend a meeting of the Council to be held in the Council Chamber",
            "on Wednesday 12 February 2025 at 6.30 pm, for the business set out below.",
            "## Agenda",
            "1. Apologies for Absence",
            "2. Minutes",
            "3. Budget and Council Tax 2025/26",
        ],
        "agenda_pack",
        "Northbridge City Council",
        "Council",
        "2025-02-12",
    ),
    (
        "printed-minutes-caps",
        [
            "WESTSHIRE COUNTY COUNCIL",
            "PLANNING APPLICATIONS COMMITTEE",
            "MINUTES of a meeting of the Planning Applications Committee held in the Council Chamber,",
            "Sessions House, County Hall, Maidstone on Wednesday, 5 March 2025.",
            f"PRESENT: {MEMBERS}",
            "** 12. Apologies and Substitutes",
            "Apologies were received from Mr E Fox.",
            "** 13. Minutes of the meeting on 5 February 2025",
            "RESOLVED that the minutes be signed as a correct record.",
        ],
        "minutes",
        "Westshire County Council",
        "Planning Applications Committee",
        "2025-03-05",
    ),
    (
        "minutes-of-the-cabinet",
        [
            "# Brentwood Borough Council",
            "Minutes of the meeting of the Cabinet held at the Town Hall, Brentwood",
            "on Tuesday 9 December 2021 at 7.00 pm",
            f"Present: {MEMBERS}",
            "** 1. Apologies",
            "There were no apologies.",
            "** 2. Minutes",
            "The minutes were agreed.",
        ],
        "minutes",
        "Brentwood Borough Council",
        "Cabinet",
        "2021-12-09",
    ),
    (
        "parish-minutes-one-line",
        [
            "Minutes of the Meeting of Ayton Parish Council held on Tuesday 6th July 2021 at 7.30pm",
            "in the Village Hall",
            "Present: Cllr J Brown (Chair), Cllr K White, Cllr L Green",
            "** 1. Apologies",
            "Cllr M Black sent apologies.",
            "** 2. Declarations of Interest",
            "None.",
        ],
        "minutes",
        "Ayton Parish Council",
        "Ayton Parish Council",
        "2021-07-06",
    ),
    (
        "parish-minutes-caps",
        [
            "# GREAT SNORING PARISH COUNCIL",
            "MINUTES OF THE PARISH COUNCIL MEETING HELD ON MONDAY 13TH DECEMBER 2021 AT 7PM",
            "IN THE VILLAGE HALL",
            "Present: Cllr J Brown (Chair), Cllr K White, Cllr L Green",
            "** 1. APOLOGIES",
            "Cllr M Black sent apologies.",
            "** 2. DECLARATIONS OF INTEREST",
            "None.",
        ],
        "minutes",
        "Great Snoring Parish Council",
        "Great Snoring Parish Council",
        "2021-12-13",
    ),
    (
        "town-council-committee",
        [
            "# Lowbury Town Council",
            "Minutes of the Planning Committee held on Monday 10 January 2022 at 7pm in the Guildhall",
            "Present: Cllr J Brown (Chair), Cllr K White, Cllr L Green",
            "** 1. Apologies",
            "None.",
            "** 2. Planning applications",
            "The committee had no objection.",
        ],
        "minutes",
        "Lowbury Town Council",
        "Planning Committee",
        "2022-01-10",
    ),
    (
        "parish-agenda-summons",
        [
            "# Little Haddon Parish Council",
            "Members of the Council are hereby summoned to attend the Parish Council Meeting",
            "to be held at the Village Hall on Thursday 25th June 2026 at 7.30pm",
            "## Agenda",
            "1. Apologies for absence",
            "2. Declarations of interest",
            "3. Minutes of the last meeting",
        ],
        "agenda_pack",
        "Little Haddon Parish Council",
        "Little Haddon Parish Council",
        "2026-06-25",
    ),
    (
        "departmental-panel",
        [
            "# Digital Economy Sector Panel",
            "## Minutes",
            "Date: 9/12/21",
            "Venue: Department for Business and Trade, Old Admiralty Building, London",
            "Attendees: Jane Smith (Chair), Rob Boyd, Priya Shah",
            "** 1. Welcome and introductions",
            "The Chair welcomed members to the meeting and thanked them for attending today.",
            "** 2. Minutes of the last meeting",
            "The minutes of the last meeting were agreed as an accurate record of the discussion.",
        ],
        "minutes",
        "Department for Business and Trade",
        "Digital Economy Sector Panel",
        "2021-12-09",
    ),
    (
        "minutes-of-the-group",
        [
            "Cabinet Office",
            "# Minutes of the Data Standards Group",
            "Held on 9th Dec 2021 at 70 Whitehall, London",
            "Attendees: Jane Smith (Chair), Rob Boyd, Priya Shah",
            "** 1. Welcome",
            "The Chair welcomed members to the meeting and thanked them for attending today.",
            "** 2. Action log",
            "The group reviewed the actions from the last meeting and closed most of them.",
        ],
        "minutes",
        "Cabinet Office",
        "Data Standards Group",
        "2021-12-09",
    ),
    (
        "nhs-icb-board",
        [
            "# NHS Northshire Integrated Care Board",
            "Minutes of the Board Meeting held in public on Thursday 9 December 2021",
            "at Oakwood House, Northtown",
            "Present: Jane Smith (Chair), Rob Boyd (Chief Executive), Priya Shah",
            "** 1. Welcome and apologies",
            "The Chair welcomed members and the public to the meeting of the board today.",
            "** 2. Declarations of interest",
            "There were no declarations of interest made by members of the board today.",
        ],
        "minutes",
        "NHS Northshire Integrated Care Board",
        "Board",
        "2021-12-09",
    ),
    (
        "nhs-trust-board-of-directors",
        [
            "# Northshire Hospitals NHS Foundation Trust",
            "Minutes of the Meeting of the Board of Directors held in Public on 2021-12-09",
            "Present: Jane Smith (Chair), Rob Boyd (Chief Executive), Priya Shah",
            "** 1. Welcome and apologies",
            "The Chair welcomed members and the public to the meeting of the board today.",
            "** 2. Patient story",
            "The board heard from a patient about the care she had received on the ward.",
        ],
        "minutes",
        "Northshire Hospitals NHS Foundation Trust",
        "Board of Directors",
        "2021-12-09",
    ),
    (
        "charity-agm-minutes",
        [
            "# Riverside Community Trust",
            "# Annual General Meeting",
            "Minutes of the meeting held on Saturday 14th September 2019 at the Community Hall",
            "Present: Jane Smith (Chair), Rob Boyd, Priya Shah and 23 members",
            "** 1. Welcome",
            "The Chair welcomed members to the annual general meeting of the trust this year.",
            "** 2. Annual report",
            "The annual report was presented by the Chair and received by the members present.",
        ],
        "minutes",
        "Riverside Community Trust",
        "Riverside Community Trust",
        "2019-09-14",
    ),
    (
        "us-city-council-minutes",
        [
            "# CITY OF EAST HAVEN",
            "## CITY COUNCIL REGULAR MEETING MINUTES",
            "Monday, January 27, 2020",
            "1. CALL TO ORDER",
            "Mayor Jones called the meeting to order at 7:00 p.m.",
            "2. ROLL CALL",
            "Present: Councilmembers Smith, Lee and Garcia.",
        ],
        "minutes",
        "City of East Haven",
        "City Council",
        "2020-01-27",
    ),
    (
        "us-one-line-title",
        [
            "# City of Maple Grove City Council Regular Meeting Minutes",
            "December 9, 2021",
            "1. Call to Order",
            "Mayor Jones called the meeting to order at 7:00 p.m. and led the pledge of allegiance.",
            "2. Roll Call",
            "Councilmembers present: Smith, Lee and Garcia.",
        ],
        "minutes",
        "City of Maple Grove",
        "City Council",
        "2021-12-09",
    ),
    (
        "township-council-minutes",
        [
            "# Township of Riverbend",
            "## Regular Council Meeting Minutes",
            "Tuesday, March 19, 2024 – 7:00 pm",
            "Council Chambers, Township Office",
            "Present: Mayor T Smith, Councillors R Lee and G Garcia",
            "** 1. Call to Order",
            "Mayor Smith called the meeting to order at 7:00 pm and welcomed those present.",
            "** 2. Adoption of the Agenda",
            "The agenda was adopted as circulated to members of council by the clerk.",
        ],
        "minutes",
        "Township of Riverbend",
        "Council",
        "2024-03-19",
    ),
    (
        "corporation-of-the-town",
        [
            "# The Corporation of the Town of Milbrook",
            "## Council Meeting Minutes",
            "Monday, December 9, 2021",
            "Present: Mayor T Smith, Councillors R Lee and G Garcia",
            "** 1. Call to Order",
            "Mayor Smith called the meeting to order at 7:00 pm and welcomed those present.",
            "** 2. Disclosure of Pecuniary Interest",
            "There were no disclosures of pecuniary interest by members of council tonight.",
        ],
        "minutes",
        "Town of Milbrook",
        "Council",
        "2021-12-09",
    ),
    (
        "us-notice-and-agenda",
        [
            "# City of Lakeside",
            "## Notice and Agenda",
            "## Police District Council Regular Meeting",
            "Tuesday, June 6, 2023 at 6:00 PM",
            "Lakeside Community Library, 100 Main Street",
            "1. Call to Order",
            "2. Approval of Minutes",
            "3. Community Concerns",
            "4. Adjournment",
        ],
        "agenda_pack",
        "City of Lakeside",
        "Police District Council",
        "2023-06-06",
    ),
    (
        "report-cover-table",
        [
            "# Westshire County Council",
            [(56, "Report to:"), (180, "Cabinet")],
            [(56, "Date:"), (180, "30 January 2025")],
            [(56, "Subject:"), (180, "Revenue and Capital Budget Monitoring, Quarter 3")],
            [(56, "Report of:"), (180, "Corporate Director of Finance")],
            "** 1. Introduction",
            "1.1 This report sets out the forecast position for the year and the actions proposed.",
            "1.2 The forecast overspend has reduced since the last report to the Cabinet in November.",
        ],
        "report",
        "Westshire County Council",
        "Cabinet",
        "2025-01-30",
    ),
    (
        "logo-lines",
        [
            "# Westshire",
            "## County Council",
            "## Corporate Parenting Panel",
            "Minutes of a meeting held on Tuesday 29 October 2024",
            "Present: Councillors A Smith (Chair), B Jones and C Patel",
            "** 1. Apologies",
            "Apologies were received from Councillor D O'Brien and from the Virtual School head.",
            "** 2. Minutes",
            "The minutes of the last meeting were agreed as a correct record of the meeting.",
        ],
        "minutes",
        "Westshire County Council",
        "Corporate Parenting Panel",
        "2024-10-29",
    ),
    (
        "national-action-plan",
        [
            "# UK Open Government National Action Plan 2019-2021",
            "Cabinet Office",
            "** 1. Introduction",
            "This is the fourth national action plan the government has published with civil society.",
            "It sets out the commitments the government will deliver over the next two years with partners.",
        ],
        "action_plan",
        "Cabinet Office",
        None,
        None,
    ),
    (
        "decision-report-several-authors",
        [
            [(56, "From:"), (140, "Priya Shah, Cabinet Member for Communities and")],
            [(140, "Regeneration")],
            [(140, "Tom Baker, Cabinet Member for Highways")],
            [(140, "Ann Lee, Corporate Director, Growth, Environment and")],
            [(140, "Transport")],
            [(56, "To:"), (140, "Cabinet – 6 March 2025")],
            [(56, "Subject:"), (140, "Local Transport Plan")],
            "** 1. Introduction",
            "1.1 The County Council is asked to adopt the plan after the consultation closed in January.",
        ],
        "report",
        None,
        "Cabinet",
        "2025-03-06",
    ),
    (
        "decision-report-from-to",
        [
            [(56, "From:"), (140, "Jane Doe, Cabinet Member for Finance")],
            [(140, "John Roe, Corporate Director of Finance")],
            [(56, "To:"), (140, "Cabinet – 30 January 2025")],
            [(56, "Subject:"), (140, "Capital Programme 2025-28")],
            [(56, "Decision no:"), (140, "24/00109")],
            [(56, "Classification:"), (140, "Unrestricted")],
            "** 1. Introduction",
            "1.1 Westshire County Council is asked to agree the capital programme for the next three years.",
            "1.2 The programme has been reviewed against the council's priorities and available funding.",
        ],
        "report",
        "Westshire County Council",
        "Cabinet",
        "2025-01-30",
    ),
    (
        "action-log-with-date",
        [
            "# Data Standards Board Action Log – 19 July 2013",
            [(56, "No", True), (100, "Action", True), (360, "Owner", True), (460, "Status", True)],
            [(56, "1"), (100, "Publish the register of standards"), (360, "Jane Smith"), (460, "Complete")],
            [(56, "2"), (100, "Write to departments about data"), (360, "Rob Boyd"), (460, "Ongoing")],
            "Cabinet Office",
        ],
        "action_plan",
        "Cabinet Office",
        "Data Standards Board",
        "2013-07-19",
    ),
    (
        "panel-with-ministry-in-text",
        [
            "# Crime and Justice Sector Transparency Panel",
            "Minutes of meeting held 14 February 2014",
            "Room 5.14, 102 Petty France, London",
            "Attendees: Jane Smith (Chair), Rob Boyd, Priya Shah (Ministry of Justice)",
            "** 1. Welcome",
            "The Chair welcomed members to the meeting of the panel and introductions were made.",
            "** 2. Data releases",
            "The Ministry of Justice updated the panel on the releases planned for the next quarter.",
        ],
        "minutes",
        "Ministry of Justice",
        "Crime and Justice Sector Transparency Panel",
        "2014-02-14",
    ),
    (
        "minutes-of-meeting-time-first",
        [
            "# Newbridge Parish Council",
            "Minutes of Meeting held at 7.30pm, Tuesday 3rd September 2019 at Newbridge Village Hall",
            "Present: Cllr J Brown (Chair), Cllr K White, Cllr L Green",
            "** 1. Apologies",
            "None.",
            "** 2. Minutes",
            "Agreed.",
        ],
        "minutes",
        "Newbridge Parish Council",
        "Newbridge Parish Council",
        "2019-09-03",
    ),
    (
        "annual-parish-meeting-venue",
        [
            "# NETHERBY PARISH COUNCIL",
            "## Annual Parish Meeting in the Village Hall",
            "on Tuesday, 2nd May 2023 at 7.30pm",
            "## Agenda",
            "1. Welcome",
            "2. Chairman's report",
            "3. Questions from parishioners",
        ],
        "agenda_pack",
        "Netherby Parish Council",
        "Netherby Parish Council",
        "2023-05-02",
    ),
    (
        "extraordinary-meeting-of-town-council",
        [
            "Minutes of the Extraordinary Meeting of Lowbury Town Council held at the Guildhall on",
            "Monday 10 January 2022 at 7pm",
            "Present: Cllr J Brown (Mayor), Cllr K White, Cllr L Green",
            "** 1. Apologies",
            "None.",
            "** 2. Precept 2022/23",
            "The council agreed the precept.",
        ],
        "minutes",
        "Lowbury Town Council",
        "Lowbury Town Council",
        "2022-01-10",
    ),
    (
        "committee-over-minutes-of-the-meeting",
        [
            "# Westford District Council",
            "# Licensing Committee",
            "Minutes of the meeting held on Wednesday, 8 January 2025 at 6.00 pm",
            "Present: Councillors A Smith (Chair), B Jones and C Patel",
            "** 1. Apologies for absence",
            "Apologies were received from Councillor D O'Brien and Councillor E Fox today.",
            "** 2. Minutes",
            "The minutes of the last meeting were agreed as a correct record of the meeting.",
        ],
        "minutes",
        "Westford District Council",
        "Licensing Committee",
        "2025-01-08",
    ),
    (
        "notice-is-hereby-given-caps",
        [
            "NOTICE IS HEREBY GIVEN THAT A MEETING OF THE PLANNING COMMITTEE WILL BE HELD",
            "AT THE CIVIC CENTRE ON TUESDAY 14 JANUARY 2025 AT 7.00 PM",
            "Northbridge Borough Council",
            "## Agenda",
            "1. Apologies for absence",
            "2. Declarations of interest",
            "3. Planning applications",
        ],
        "agenda_pack",
        "Northbridge Borough Council",
        "Planning Committee",
        "2025-01-14",
    ),
    (
        "select-board",
        [
            "# Town of Hadleigh",
            "## Select Board Meeting Minutes",
            "Monday, December 13, 2021",
            "Members present: Chair Smith, Selectmen Lee and Garcia. Town Administrator Jones.",
            "1. Call to Order",
            "Chair Smith called the meeting to order at 6:30 p.m. in the Town Hall auditorium.",
            "2. Public Comment",
            "There was no public comment from residents at this evening's meeting of the board.",
        ],
        "minutes",
        "Town of Hadleigh",
        "Select Board",
        "2021-12-13",
    ),
    (
        "county-board-of-supervisors",
        [
            "# County of Mariposa",
            "## Board of Supervisors",
            "## Regular Meeting Agenda",
            "Tuesday, February 4, 2025 – 9:00 a.m.",
            "1. Call to Order",
            "2. Pledge of Allegiance",
            "3. Consent Agenda",
        ],
        "agenda_pack",
        "County of Mariposa",
        "Board of Supervisors",
        "2025-02-04",
    ),
    (
        "department-committee",
        [
            "# Department for Education",
            "## Audit and Risk Committee",
            "Minutes of the meeting held on 9 December 2021",
            "Attendees: Jane Smith (Chair), Rob Boyd, Priya Shah",
            "** 1. Welcome and apologies",
            "The Chair welcomed members to the meeting and noted the apologies received today.",
            "** 2. Risk register",
            "The committee reviewed the departmental risk register and the changes since May.",
        ],
        "minutes",
        "Department for Education",
        "Audit and Risk Committee",
        "2021-12-09",
    ),
    (
        "agency-board",
        [
            "# Environment Agency",
            "## Board Meeting Minutes",
            "Date of meeting: 9 December 2021",
            "Attendees: Jane Smith (Chair), Rob Boyd, Priya Shah",
            "** 1. Welcome and apologies",
            "The Chair welcomed members to the meeting and noted the apologies received today.",
            "** 2. Chief Executive's report",
            "The board noted the report of the chief executive on flood incidents since October.",
        ],
        "minutes",
        "Environment Agency",
        "Board",
        "2021-12-09",
    ),
    (
        "draft-minutes-next-meeting-first",
        [
            "# Little Haddon Parish Council",
            "DRAFT - to be approved at the meeting on 13 January 2022",
            "Minutes of the Parish Council Meeting held on Thursday 9 December 2021 at 7.30pm",
            "Present: Cllr J Brown (Chair), Cllr K White, Cllr L Green",
            "** 1. Apologies",
            "None.",
            "** 2. Minutes",
            "Agreed.",
        ],
        "minutes",
        "Little Haddon Parish Council",
        "Little Haddon Parish Council",
        "2021-12-09",
    ),
    (
        "summons-dated-before-meeting",
        [
            "# Little Haddon Parish Council",
            "Clerk: Jane Smith, 1 Church Lane, Little Haddon",
            "18 June 2026",
            "Members of the Council are hereby summoned to attend the Parish Council Meeting",
            "to be held at the Village Hall on Thursday 25th June 2026 at 7.30pm",
            "## Agenda",
            "1. Apologies for absence",
            "2. Declarations of interest",
            "3. Minutes of the last meeting",
        ],
        "agenda_pack",
        "Little Haddon Parish Council",
        "Little Haddon Parish Council",
        "2026-06-25",
    ),
    (
        "moderngov-minutes-committee-first",
        [
            "Public Document Pack",
            "# Overview and Scrutiny Committee",
            "Minutes of the Overview and Scrutiny Committee meeting held on Thursday, 30th January, 2025",
            "at 7.00 pm in Committee Room 1, Civic Centre, Westford",
            "Present: Councillors A Smith (Chair), B Jones and C Patel",
            "Westford District Council",
            "** 1. Apologies for absence",
            "Apologies were received from Councillor D O'Brien and Councillor E Fox today.",
            "** 2. Minutes",
            "The minutes of the last meeting were agreed as a correct record of the meeting.",
        ],
        "minutes",
        "Westford District Council",
        "Overview and Scrutiny Committee",
        "2025-01-30",
    ),
]


@pytest.mark.parametrize(
    "rows,doc_type,body,committee,date", [case[1:] for case in DOCUMENT_CASES], ids=[c[0] for c in DOCUMENT_CASES]
)
def test_document_facts_of_other_bodies(tmp_path, rows, doc_type, body, committee, date):
    want = (doc_type, body, committee, date)
    assert facts_as_judged(tmp_path, rows, want) == want


DATE_FORMS = [
    ("Thursday 9 December 2021", "2021-12-09"),
    ("Thursday 9th December 2021", "2021-12-09"),
    ("Thursday, 9th December, 2021", "2021-12-09"),
    ("THURSDAY 9TH DECEMBER 2021", "2021-12-09"),
    ("9th Dec 2021", "2021-12-09"),
    ("9 Dec. 2021", "2021-12-09"),
    ("Thursday 9th of December 2021", "2021-12-09"),
    ("9/12/21", "2021-12-09"),
    ("09/12/2021", "2021-12-09"),
    ("9.12.21", "2021-12-09"),
    ("2021-12-09", "2021-12-09"),
    ("December 9, 2021", "2021-12-09"),
    ("Thursday, December 9, 2021", "2021-12-09"),
    ("Dec. 9, 2021", "2021-12-09"),
    ("December 9th, 2021", "2021-12-09"),
]


@pytest.mark.parametrize("printed,iso", DATE_FORMS)
@pytest.mark.parametrize("layout", ["held-on", "date-label", "own-line"])
def test_meeting_date_forms(tmp_path, printed, iso, layout):
    head: list[Row] = {
        "held-on": [
            "# Ayton Parish Council",
            f"Minutes of the meeting held on {printed} at 7.30pm in the Village Hall",
        ],
        "date-label": ["# Ayton Parish Council", "## Minutes", [(56, "Date:"), (140, printed)], "Venue: Village Hall"],
        "own-line": ["# Ayton Parish Council", "## Minutes of the Parish Council Meeting", printed],
    }[layout]
    rows = head + [
        "Present: Cllr J Brown (Chair), Cllr K White",
        "** 1. Apologies",
        "None were received at the meeting.",
        "** 2. Minutes of the meeting held on 11 November 2021",
        "The minutes were agreed and signed.",
    ]
    facts = facts_of(tmp_path, rows)
    assert facts.meeting_date == dt.date.fromisoformat(iso)


def test_body_printed_only_as_running_head(tmp_path):
    """A council printed only in the running head of every page (furniture) still names the body."""
    rows: list[Row] = []
    for page in range(3):
        rows += ["Newbridge Parish Council", f"Page {page + 1} of 3"]
        if page == 0:
            rows += [
                "## Minutes of the meeting held on Tuesday 3 September 2019 at 7.30pm",
                "Present: Cllr J Brown (Chair), Cllr K White, Cllr L Green",
            ]
        rows += [f"** {page + 1}. Item {page + 1}", TEXT, TEXT]
        rows += ["---"] if page < 2 else []
    facts = facts_of(tmp_path, rows)
    assert (facts.doc_type, facts.body, facts.committee) == (
        "minutes",
        "Newbridge Parish Council",
        "Newbridge Parish Council",
    )


def test_us_numeric_date_is_month_first(tmp_path):
    rows: list[Row] = [
        "# City of Maple Grove",
        "## City Council Regular Meeting Minutes",
        "Date: 12/09/2021",
        "1. Call to Order",
        "Mayor Jones called the meeting to order at 7:00 p.m. Councilmembers present: Smith, Lee.",
        "2. Roll Call",
        "All councilmembers were present at the meeting this evening.",
    ]
    assert facts_of(tmp_path, rows).meeting_date == dt.date(2021, 12, 9)


# ---------------------------------------------------------------------------------------- numbering

MINUTES_HEAD: list[Row] = [
    "# Ayton Parish Council",
    "Minutes of the meeting held on Tuesday 6 July 2021 at 7.30pm in the Village Hall",
    "Present: Cllr J Brown (Chair), Cllr K White, Cllr L Green",
]
AGENDA_HEAD: list[Row] = [
    "# Ayton Parish Council",
    "## Agenda",
    "for the meeting to be held on Tuesday 6 July 2021 at 7.30pm in the Village Hall",
]
TEXT = "The council discussed the matter and agreed to consider it further at the next meeting."

# (id, head, rows, expected (number, title) pairs)
ITEM_CASES: list[tuple[str, list[Row], list[Row], list[tuple[str | None, str]]]] = [
    (
        "agenda-dot",
        AGENDA_HEAD,
        ["1. Apologies for absence", "2. Declarations of interest", "3. Planning applications"],
        [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Planning applications")],
    ),
    (
        "agenda-bracket",
        AGENDA_HEAD,
        ["1) Apologies for absence", "2) Declarations of interest", "3) Planning applications"],
        [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Planning applications")],
    ),
    (
        "agenda-item-word",
        AGENDA_HEAD,
        ["Item 1   Apologies for absence", "Item 2   Declarations of interest", "Item 3   Planning applications"],
        [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Planning applications")],
    ),
    (
        "agenda-item-caps-dash",
        AGENDA_HEAD,
        ["ITEM 1 – APOLOGIES FOR ABSENCE", "ITEM 2 – DECLARATIONS OF INTEREST", "ITEM 3 – PLANNING APPLICATIONS"],
        [("1", "APOLOGIES FOR ABSENCE"), ("2", "DECLARATIONS OF INTEREST"), ("3", "PLANNING APPLICATIONS")],
    ),
    (
        "agenda-margin-column",
        AGENDA_HEAD,
        [
            [(56, "1"), (100, "Apologies for absence")],
            [(56, "2"), (100, "Declarations of interest")],
            [(56, "3"), (100, "Planning applications")],
        ],
        [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Planning applications")],
    ),
    (
        "agenda-lettered-with-presenters",
        AGENDA_HEAD,
        [
            "1. Apologies for absence",
            "2. Reports",
            ">a) Finance update – Clerk",
            ">b) Highways – Cllr White",
            "3. Date of next meeting",
        ],
        [
            ("1", "Apologies for absence"),
            ("2", "Reports"),
            ("2(a)", "Finance update – Clerk"),
            ("2(b)", "Highways – Cllr White"),
            ("3", "Date of next meeting"),
        ],
    ),
    (
        "agenda-wrapped-title",
        AGENDA_HEAD,
        [
            "1. Apologies for absence",
            "2. To consider the response of the council to the consultation on the",
            ">draft local plan",
            "3. Date of next meeting",
        ],
        [
            ("1", "Apologies for absence"),
            ("2", "To consider the response of the council to the consultation on the draft local plan"),
            ("3", "Date of next meeting"),
        ],
    ),
    (
        "minutes-bold-dot",
        MINUTES_HEAD,
        ["** 1. Apologies", TEXT, "** 2. Declarations of interest", TEXT, "** 3. Planning", TEXT],
        [("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Planning")],
    ),
    (
        "minutes-bracket",
        MINUTES_HEAD,
        ["** 1) Apologies", TEXT, "** 2) Declarations of interest", TEXT, "** 3) Planning", TEXT],
        [("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Planning")],
    ),
    (
        "minutes-running-number",
        MINUTES_HEAD,
        ["** 77/21 Apologies", TEXT, "** 78/21 Declarations of interest", TEXT, "** 79/21 Planning", TEXT],
        [("77/21", "Apologies"), ("78/21", "Declarations of interest"), ("79/21", "Planning")],
    ),
    (
        "minutes-minute-word",
        MINUTES_HEAD,
        [
            "** Minute 1772 Apologies",
            TEXT,
            "** Minute 1773 Declarations of interest",
            TEXT,
            "** Minute 1774 Planning",
            TEXT,
        ],
        [("1772", "Apologies"), ("1773", "Declarations of interest"), ("1774", "Planning")],
    ),
    (
        "minutes-prefixed-reference",
        MINUTES_HEAD,
        ["** SPC 23/45 Apologies", TEXT, "** SPC 23/46 Declarations of interest", TEXT, "** SPC 23/47 Planning", TEXT],
        [("SPC 23/45", "Apologies"), ("SPC 23/46", "Declarations of interest"), ("SPC 23/47", "Planning")],
    ),
    (
        "minutes-item-word",
        MINUTES_HEAD,
        ["** Item 1 Apologies", TEXT, "** Item 2 Declarations of interest", TEXT, "** Item 3 Planning", TEXT],
        [("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Planning")],
    ),
    (
        "minutes-item-caps-dash",
        MINUTES_HEAD,
        ["** ITEM 5 – APOLOGIES", TEXT, "** ITEM 6 – DECLARATIONS OF INTEREST", TEXT, "** ITEM 7 – PLANNING", TEXT],
        [("5", "APOLOGIES"), ("6", "DECLARATIONS OF INTEREST"), ("7", "PLANNING")],
    ),
    (
        "minutes-decimal",
        MINUTES_HEAD,
        ["** 1.1 Apologies", TEXT, "** 1.2 Declarations of interest", TEXT, "** 1.3 Planning", TEXT],
        [("1.1", "Apologies"), ("1.2", "Declarations of interest"), ("1.3", "Planning")],
    ),
    (
        "minutes-margin-column",
        MINUTES_HEAD,
        [
            [(56, "1", True), (100, "Apologies", True)],
            ">" + TEXT[:70],
            [(56, "2", True), (100, "Declarations of interest", True)],
            ">" + TEXT[:70],
            [(56, "3", True), (100, "Planning", True)],
            ">" + TEXT[:70],
        ],
        [("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Planning")],
    ),
    (
        "minutes-caps-titles-plain",
        MINUTES_HEAD,
        ["1. APOLOGIES", TEXT, "2. DECLARATIONS OF INTEREST", TEXT, "3. PLANNING APPLICATIONS", TEXT],
        [("1", "APOLOGIES"), ("2", "DECLARATIONS OF INTEREST"), ("3", "PLANNING APPLICATIONS")],
    ),
    (
        "minutes-lettered-sub-items",
        MINUTES_HEAD,
        [
            "** 1. Apologies",
            TEXT,
            "** 2. Reports",
            ">(a) Finance",
            ">" + TEXT[:60],
            ">(b) Highways",
            ">" + TEXT[:60],
            "** 3. Planning",
            TEXT,
        ],
        [("1", "Apologies"), ("2", "Reports"), ("2(a)", "Finance"), ("2(b)", "Highways"), ("3", "Planning")],
    ),
    (
        "minutes-paragraphs-are-not-items",
        MINUTES_HEAD,
        [
            "** 1. Apologies",
            TEXT,
            "** 2. Finance",
            ">2.1 The clerk presented the accounts for the first quarter of the year to members.",
            ">2.2 Members noted the balance of the current account and the reserves held.",
            "** 3. Planning",
            ">1. The council had no objection to application 21/01234/FUL at 12 High Street.",
            ">2. The council objected to application 21/01240/FUL at 3 Mill Lane.",
            "** 4. Date of next meeting",
            "9 December 2021 at 7.30pm in the Village Hall.",
        ],
        [("1", "Apologies"), ("2", "Finance"), ("3", "Planning"), ("4", "Date of next meeting")],
    ),
    (
        "minutes-dates-addresses-not-items",
        MINUTES_HEAD,
        [
            "** 1. Apologies",
            TEXT,
            "** 2. Planning",
            "12 High Street – erection of a rear extension; no objection.",
            "14 March 2022 – the consultation closes.",
            "** 3. Date of next meeting",
            TEXT,
        ],
        [("1", "Apologies"), ("2", "Planning"), ("3", "Date of next meeting")],
    ),
    (
        "minutes-point-zero",
        MINUTES_HEAD,
        [
            "** 1.0 Apologies",
            TEXT,
            "** 2.0 Finance",
            "2.1 The clerk presented the accounts for the first quarter of the year to members.",
            "2.2 Members noted the balance of the current account and the reserves held.",
            "** 3.0 Planning",
            TEXT,
        ],
        [("1.0", "Apologies"), ("2.0", "Finance"), ("3.0", "Planning")],
    ),
    (
        "minutes-label-line-over-title",
        MINUTES_HEAD,
        ["** ITEM 1", "** Apologies", TEXT, "** ITEM 2", "** Finance", TEXT, "** ITEM 3", "** Planning", TEXT],
        [("1", "Apologies"), ("2", "Finance"), ("3", "Planning")],
    ),
    (
        "agenda-roman",
        AGENDA_HEAD,
        ["I. CALL TO ORDER", "II. ROLL CALL", "III. APPROVAL OF MINUTES", "IV. PUBLIC COMMENT", "V. ADJOURNMENT"],
        [
            ("I", "CALL TO ORDER"),
            ("II", "ROLL CALL"),
            ("III", "APPROVAL OF MINUTES"),
            ("IV", "PUBLIC COMMENT"),
            ("V", "ADJOURNMENT"),
        ],
    ),
    (
        "agenda-letters",
        AGENDA_HEAD,
        ["A. Call to Order", "B. Roll Call", "C. Approval of Minutes", "D. Adjournment"],
        [("A", "Call to Order"), ("B", "Roll Call"), ("C", "Approval of Minutes"), ("D", "Adjournment")],
    ),
    (
        "agenda-page-column",
        AGENDA_HEAD,
        [
            [(56, "1."), (90, "Apologies for absence"), (480, "3 - 4")],
            [(56, "2."), (90, "Minutes of the last meeting"), (480, "5 - 12")],
            [(56, "3."), (90, "Finance report"), (480, "13 - 20")],
        ],
        [("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Finance report")],
    ),
    (
        "agenda-time-column",
        AGENDA_HEAD,
        [
            [(56, "7.00pm"), (120, "1."), (150, "Apologies for absence")],
            [(56, "7.05pm"), (120, "2."), (150, "Minutes of the last meeting")],
            [(56, "7.15pm"), (120, "3."), (150, "Finance report")],
        ],
        [("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Finance report")],
    ),
    (
        "agenda-roman-with-lettered-sub-items",
        AGENDA_HEAD,
        [
            "I. CALL TO ORDER",
            "II. CONSENT AGENDA",
            ">A. Approval of minutes",
            ">B. Payment of bills",
            "III. ADJOURNMENT",
        ],
        [
            ("I", "CALL TO ORDER"),
            ("II", "CONSENT AGENDA"),
            ("II(A)", "Approval of minutes"),
            ("II(B)", "Payment of bills"),
            ("III", "ADJOURNMENT"),
        ],
    ),
    (
        "agenda-initials-are-not-a-list",
        AGENDA_HEAD,
        ["Membership:", "A. Smith (Chair), B. Jones, C. Patel", "1. Apologies", "2. Minutes", "3. Planning"],
        [("1", "Apologies"), ("2", "Minutes"), ("3", "Planning")],
    ),
    (
        "minutes-roman-caps",
        MINUTES_HEAD,
        ["I. CALL TO ORDER", TEXT, "II. ROLL CALL", TEXT, "III. APPROVAL OF MINUTES", TEXT, "IV. ADJOURNMENT", TEXT],
        [("I", "CALL TO ORDER"), ("II", "ROLL CALL"), ("III", "APPROVAL OF MINUTES"), ("IV", "ADJOURNMENT")],
    ),
    (
        "minutes-letters-bold",
        MINUTES_HEAD,
        ["** A. Call to Order", TEXT, "** B. Roll Call", TEXT, "** C. Approval of Minutes", TEXT],
        [("A", "Call to Order"), ("B", "Roll Call"), ("C", "Approval of Minutes")],
    ),
    (
        "minutes-initials-are-not-headings",
        MINUTES_HEAD,
        ["A. Smith", "** 1. Apologies", TEXT, "** 2. Finance", TEXT, "** 3. Planning", TEXT],
        [("1", "Apologies"), ("2", "Finance"), ("3", "Planning")],
    ),
    (
        "agenda-section-lettered-numbers",
        AGENDA_HEAD,
        [
            "## A - Committee Business",
            "A1 Introduction/Webcast announcement",
            "A2 Apologies and Substitutes",
            "A3 Declarations of Interest",
            "## B - Key or significant Cabinet Decision(s)",
            "B1 Budget 2025-26 (Pages 3 - 40)",
        ],
        [
            ("A1", "Introduction/Webcast announcement"),
            ("A2", "Apologies and Substitutes"),
            ("A3", "Declarations of Interest"),
            ("B1", "Budget 2025-26"),
        ],
    ),
    (
        "agenda-label-line-over-title",
        AGENDA_HEAD,
        [
            "** Agenda Item 1",
            "Apologies for absence",
            "** Agenda Item 2",
            "Declarations of interest",
            "** Agenda Item 3",
            "Planning",
        ],
        [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Planning")],
    ),
    (
        "minutes-min-running-number",
        MINUTES_HEAD,
        [
            "** Min 21/045 Apologies",
            TEXT,
            "** Min 21/046 Declarations of interest",
            TEXT,
            "** Min 21/047 Planning",
            TEXT,
        ],
        [("21/045", "Apologies"), ("21/046", "Declarations of interest"), ("21/047", "Planning")],
    ),
    (
        "minutes-heading-runs-into-text-after-colon",
        MINUTES_HEAD,
        [
            "1. Apologies: Cllr M Black sent apologies which were accepted by the council.",
            "2. Declarations of interest: none were declared by members for any item.",
            "3. Minutes: the minutes of the last meeting were approved and signed by the Chair.",
            "4. Finance: the clerk presented the accounts and payments were approved.",
        ],
        [("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Minutes"), ("4", "Finance")],
    ),
    (
        "minutes-item-over-page",
        MINUTES_HEAD,
        ["** 1. Apologies", TEXT, "** 2. Finance", TEXT, TEXT, "---", TEXT, "** 3. Planning", TEXT],
        [("1", "Apologies"), ("2", "Finance"), ("3", "Planning")],
    ),
]


@pytest.mark.parametrize("head,rows,expected", [case[1:] for case in ITEM_CASES], ids=[case[0] for case in ITEM_CASES])
def test_item_numbering(tmp_path, head, rows, expected):
    assert items_of(tmp_path, head + rows) == expected


def test_bullets_in_a_report_are_not_items(tmp_path):
    rows: list[Row] = [
        "# Westshire County Council",
        [(56, "Report to:"), (180, "Cabinet")],
        [(56, "Subject:"), (180, "Libraries Strategy")],
        "1. Introduction",
        "This report sets out the proposed strategy for the library service for the next five years.",
        "2. Background",
        "The service has faced rising costs and falling visitor numbers over the last ten years.",
    ]
    pages = render(tmp_path / "doc.pdf", rows)
    assert document_facts(pages).doc_type == "report"


# ------------------------------------------------------------------------------- combined title blocks

BODY_PLACEMENTS: dict[str, tuple[list[Row], list[Row]]] = {  # (rows above the title block, rows below)
    "top-line": (["# Westford District Council"], []),
    "caps-top-line": (["WESTFORD DISTRICT COUNCIL"], []),
    "logo-two-lines": (["# Westford", "## District Council"], []),
    "after-title": ([], ["Westford District Council, Civic Centre, Westford"]),
}
TITLE_BLOCKS: dict[str, tuple[list[str], str]] = {  # rows (DATE for the date), doc_type
    "minutes-of-committee-held": (["Minutes of the Licensing Committee held on DATE at 6.00 pm"], "minutes"),
    "printed-minutes": (
        ["LICENSING COMMITTEE", "MINUTES of a meeting of the Licensing Committee held in the Council Chamber on DATE."],
        "minutes",
    ),
    "committee-then-minutes": (["## Licensing Committee", "Minutes of the meeting held on DATE"], "minutes"),
    "notice-of-meeting": (["## Notice of Meeting", "## Licensing Committee", "DATE at 6.00 pm"], "agenda_pack"),
    "moderngov": (["## Licensing Committee", "Date: DATE", "Time: 6.00 pm", "Venue: Council Chamber"], "agenda_pack"),
    "agenda-for": (["## Agenda", "## Licensing Committee", "DATE"], "agenda_pack"),
}
TITLE_DATES = [
    ("Wednesday, 8th January, 2025", "2025-01-08"),
    ("8 Jan 2025", "2025-01-08"),
    ("08/01/2025", "2025-01-08"),
]


@pytest.mark.parametrize("printed,iso", TITLE_DATES)
@pytest.mark.parametrize("block", sorted(TITLE_BLOCKS))
@pytest.mark.parametrize("placement", sorted(BODY_PLACEMENTS))
def test_title_block_combinations(tmp_path, placement, block, printed, iso):
    above, below = BODY_PLACEMENTS[placement]
    rows, doc_type = TITLE_BLOCKS[block]
    body_rows: list[Row] = (
        ["Present: Councillors A Smith (Chair), B Jones and C Patel", "** 1. Apologies", TEXT, "** 2. Minutes", TEXT]
        if doc_type == "minutes"
        else ["## Agenda", "1. Apologies for absence", "2. Declarations of interest", "3. Licence reviews"]
    )
    facts = facts_of(tmp_path, above + [row.replace("DATE", printed) for row in rows] + below + body_rows)
    got = (facts.doc_type, facts.body, facts.committee, facts.meeting_date)
    assert got == (doc_type, "Westford District Council", "Licensing Committee", dt.date.fromisoformat(iso))


# ------------------------------------------------------------------------------------ parsers and real


@given(st.integers(1, 39))
def test_roman_numerals_round_trip(value):
    assert roman_value(to_roman(value)) == value


@given(
    st.sampled_from(["Item", "ITEM", "Agenda Item", "Minute", "Min.", "Item No."]),
    st.integers(1, 999),
    st.sampled_from([" ", ". ", ": ", " – ", " - "]),
    st.lists(
        st.sampled_from(["Budget", "Monitoring", "Planning", "Report", "Highways", "Parks"]), min_size=1, max_size=5
    ),
)
def test_a_labelled_item_number_is_read(label, number, separator, words):
    title = " ".join(words)
    assert parse_item_number(f"{label} {number}{separator}{title}") == (str(number), title)


@given(
    st.sampled_from(["Regular", "Special", "Extraordinary", "Adjourned"]), st.sampled_from(["Council", "City Council"])
)
def test_meeting_kind_is_not_part_of_the_committee(kind, council):
    assert _without_meeting_kind(f"{kind} {council}") == council
    assert _without_meeting_kind(f"{council} {kind}") == council
    assert _without_meeting_kind(f"{kind} Educational Needs Committee") == f"{kind} Educational Needs Committee"


@needs_shared()
def test_a_note_on_an_item_is_not_the_item():
    """'AGENDA ITEM NO. 10 SHALL BE LAID OVER TWO WEEKS' printed under item 9 is a note on item 10."""
    path = REAL / "omaha" / "2012-10-16_city_council_agenda.pdf"
    if not path.exists():
        pytest.skip("file absent")
    items = {item.number: item.title for item in agenda_items(read_document(path).pages, "doc")}
    assert items["10"].startswith("Res.") and items["11"].startswith("Res.")


@needs_shared()
def test_a_venue_after_the_meeting_name_is_not_the_committee():
    path = REAL / "milburn-pc" / "2017-05-02_milburn_pc_agm_agenda.pdf"
    if not path.exists():
        pytest.skip("file absent")
    facts = document_facts(read_document(path).pages)
    assert facts.committee == facts.body == "Milburn Parish Council"
