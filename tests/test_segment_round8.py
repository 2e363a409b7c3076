"""Round 8 variation suite: what round 6 did not cover. The body named only in a running head or footer,
a web or email address or the contact block; the committee only in a report's title block or a running
head; Welsh, Scottish and bilingual headings; joint committees, combined, fire, police and national park
authorities, health and wellbeing boards, ICB board papers, school governors and charity trustees; dates
printed with labels, abbreviations, two-digit years, OCR noise or a report's own date beside the meeting's;
agenda tables, exempt sections, prefixed minute numbers and Roman sub-items. Rendered as PDFs with
reportlab and read through the real code path (pdf.read_document -> segment). The cases are written
from how such papers are printed, not from any annotated document."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from agendaparse.dates import repair_ocr_months
from agendaparse.pdf import read_document
from agendaparse.segment import agenda_items
from segment_cases import Row, facts_as_judged, facts_of, items_of, render

MEMBERS = "Councillors A Smith (Chair), B Jones, C Patel and D O'Brien"
TEXT = "The committee discussed the matter and agreed to consider it further at the next meeting."
REPORT_TEXT = [
    "** 1. Introduction",
    "1.1 This report sets out the forecast position for the year and the actions that are proposed.",
    "1.2 The forecast overspend has reduced since the last report was considered in November.",
    "** 2. Background",
    "2.1 The service has faced rising costs and falling income over the last three financial years.",
]
MINUTES_BODY: list[Row] = [
    f"Present: {MEMBERS}",
    "** 1. Apologies for absence",
    "Apologies were received from Councillor E Fox and from Councillor G Hill this evening.",
    "** 2. Declarations of interest",
    "There were no declarations of interest made by members at the start of the meeting.",
]
AGENDA_BODY: list[Row] = [
    "## Agenda",
    "1. Apologies for absence",
    "2. Declarations of interest",
    "3. Minutes of the last meeting",
]

# (id, rows, furniture, doc_type, body, committee, date): None for a field means none should be found
DOCUMENT_CASES: list[tuple[str, list[Row], dict, str, str | None, str | None, str | None]] = [
    # ---- the body only in the furniture, an address or the contact block
    (
        "body-in-running-footer-only",
        ["# Licensing Committee", "Minutes of the meeting held on Wednesday 8 January 2025 at 6.00 pm"]
        + MINUTES_BODY
        + [TEXT] * 90,
        {"foot": "Westford District Council"},
        "minutes",
        "Westford District Council",
        "Licensing Committee",
        "2025-01-08",
    ),
    (
        "body-in-contact-block",
        [
            "# Planning Committee",
            "Date: Tuesday 4 March 2025",
            "Time: 7.00 pm",
            "Venue: Council Chamber, Civic Centre",
            "Contact: Jane Smith, Democratic Services, Westford Borough Council",
            "Tel: 01234 567890",
        ]
        + AGENDA_BODY,
        {},
        "agenda_pack",
        "Westford Borough Council",
        "Planning Committee",
        "2025-03-04",
    ),
    (
        "own-council-by-web-address",
        [
            "# Cabinet",
            "Date: Thursday 30 January 2025",
            "Venue: Council Chamber",
            "Enquiries: democratic.services@westford.gov.uk   www.westford.gov.uk",
            "## Agenda",
            "1. Apologies for absence",
            "2. Response to the Northshire County Council consultation on bus services",
            "3. Joint working with Northshire County Council on highways",
            "4. Northshire County Council minerals plan",
            "Published by Westford Borough Council",
        ],
        {},
        "agenda_pack",
        "Westford Borough Council",
        "Cabinet",
        "2025-01-30",
    ),
    (
        "borough-council-by-initials",
        [
            "# Leisure Centre Contract Review",
            "Report of the Head of Leisure",
            "1.1 WBC owns the leisure centre in Westford and has let it to an operator since 2015 on a lease.",
            "1.2 The contract between WBC and the operator ends next year and a decision on renewal is due soon.",
            "1.3 Westford residents were asked about the service and WBC received over four hundred replies.",
            "1.4 The Council will consider the options set out below at its meeting in the spring of next year.",
            "1.5 Officers have compared the costs of the options and the risks of each for the Council and users.",
            "1.6 The operator has asked for an early answer so that it can plan the staffing of the centre.",
            "1.7 The leisure centre is used by many clubs in Westford, including the swimming club and schools.",
            "1.8 The service has faced rising costs and falling income over the last three financial years.",
        ],
        {},
        "report",
        "Westford Borough Council",
        None,
        None,
    ),
    (
        "own-council-only-by-domain",
        [
            "# Cabinet",
            "Date: Thursday 30 January 2025",
            "Venue: Council Chamber",
            "Enquiries: democratic.services@westford.gov.uk",
            "## Agenda",
            "1. Apologies for absence",
            "2. Response to the Northshire County Council consultation on bus services",
            "3. Joint working with Northshire County Council on highways",
            "4. Northshire County Council minerals plan",
        ]
        + [TEXT] * 30
        + ["The report was prepared by officers of Westford Borough Council with the county's officers."],
        {},
        "agenda_pack",
        "Westford Borough Council",
        "Cabinet",
        "2025-01-30",
    ),
    (
        "parish-council-named-below-other-councils",
        [
            "Minutes of the Parish Council Meeting held on Tuesday 3 September 2019 at 7.30pm",
            "Present: Cllr J Brown (Chair), Cllr K White, Cllr L Green",
            "** 1. Highways",
            "Westshire County Council has agreed to repair the footpath; Westshire County Council will write.",
            "** 2. Planning",
            "Eastvale District Council granted the application; Eastvale District Council notified members.",
            "Jane Smith, Clerk to Littleton Parish Council",
        ],
        {},
        "minutes",
        "Littleton Parish Council",
        "Littleton Parish Council",
        "2019-09-03",
    ),
    (
        "body-in-footer-from-page-two",
        ["# Licensing Committee", "Minutes of the meeting held on Wednesday 8 January 2025 at 6.00 pm"]
        + MINUTES_BODY
        + [TEXT] * 120,
        {"foot": "Westford District Council", "from_page": 2},
        "minutes",
        "Westford District Council",
        "Licensing Committee",
        "2025-01-08",
    ),
    # ---- the committee in a report's title block or the running head
    (
        "report-meeting-label",
        [
            "# Westford Borough Council",
            "Meeting: Planning Committee",
            "Date: 4 March 2025",
            "Subject: Land at Mill Lane",
        ]
        + REPORT_TEXT,
        {},
        "report",
        "Westford Borough Council",
        "Planning Committee",
        "2025-03-04",
    ),
    (
        "report-committee-label",
        [
            "# Westford Borough Council",
            [(56, "Committee:"), (170, "Audit and Governance Committee")],
            [(56, "Date:"), (170, "4 March 2025")],
            [(56, "Title:"), (170, "Internal Audit Progress")],
        ]
        + REPORT_TEXT,
        {},
        "report",
        "Westford Borough Council",
        "Audit and Governance Committee",
        "2025-03-04",
    ),
    (
        "report-decision-maker",
        [
            "# Westford Borough Council",
            [(56, "Decision maker:"), (170, "Cabinet")],
            [(56, "Date of decision:"), (170, "30 January 2025")],
            [(56, "Subject:"), (170, "Fees and charges 2025/26")],
        ]
        + REPORT_TEXT,
        {},
        "report",
        "Westford Borough Council",
        "Cabinet",
        "2025-01-30",
    ),
    (
        "report-to-all-members-of",
        [
            "# Westford Borough Council",
            "To: All Members of the Licensing Committee",
            "Date of meeting: 8 January 2025",
            "Subject: Review of the statement of licensing policy",
        ]
        + REPORT_TEXT,
        {},
        "report",
        "Westford Borough Council",
        "Licensing Committee",
        "2025-01-08",
    ),
    (
        "report-date-vs-meeting-date",
        [
            "# Westford Borough Council",
            [(56, "Report to:"), (170, "Cabinet")],
            [(56, "Date of report:"), (170, "15 January 2025")],
            [(56, "Date of meeting:"), (170, "30 January 2025")],
            [(56, "Subject:"), (170, "Fees and charges 2025/26")],
        ]
        + REPORT_TEXT,
        {},
        "report",
        "Westford Borough Council",
        "Cabinet",
        "2025-01-30",
    ),
    (
        "report-running-head-committee",
        ["# Fees and Charges 2025/26", "Report of the Director of Finance"] + REPORT_TEXT + [TEXT] * 90,
        {"head": "Cabinet – 30 January 2025", "foot": "Westford Borough Council"},
        "report",
        "Westford Borough Council",
        "Cabinet",
        "2025-01-30",
    ),
    # ---- Welsh, Scottish, bilingual
    (
        "welsh-bilingual-logo-line",
        [
            "# Cyngor Sir Ceredigion County Council",
            "## Pwyllgor Cynllunio / Planning Committee",
            "Dyddiad / Date: Dydd Mercher, 12 Chwefror 2025 / Wednesday, 12 February 2025",
        ]
        + AGENDA_BODY,
        {},
        "agenda_pack",
        "Ceredigion County Council",
        "Planning Committee",
        "2025-02-12",
    ),
    (
        "welsh-isle-of",
        [
            "# Isle of Anglesey County Council",
            "## Executive Committee",
            "Minutes of the meeting held on 9 December 2021",
        ]
        + MINUTES_BODY,
        {},
        "minutes",
        "Isle of Anglesey County Council",
        "Executive Committee",
        "2021-12-09",
    ),
    (
        "welsh-vale-of",
        [
            "# Vale of Glamorgan Council",
            "## Cabinet",
            "Minutes of a meeting held on 9 December 2021",
        ]
        + MINUTES_BODY,
        {},
        "minutes",
        "Vale of Glamorgan Council",
        "Cabinet",
        "2021-12-09",
    ),
    (
        "welsh-county-borough",
        [
            "RHONDDA CYNON TAF COUNTY BOROUGH COUNCIL",
            "## Minutes of the meeting of the Cabinet held on 9 December 2021",
        ]
        + MINUTES_BODY,
        {},
        "minutes",
        "Rhondda Cynon Taf County Borough Council",
        "Cabinet",
        "2021-12-09",
    ),
    (
        "scottish-minute-singular",
        [
            "# Fife Council",
            "## Education Scrutiny Committee",
            "Minute of meeting held in the Council Chamber, Glenrothes on 9 December 2021",
        ]
        + MINUTES_BODY,
        {},
        "minutes",
        "Fife Council",
        "Education Scrutiny Committee",
        "2021-12-09",
    ),
    (
        "scottish-minute-of-meeting-of",
        [
            "# Aberdeenshire Council",
            "MINUTE of MEETING of the INFRASTRUCTURE SERVICES COMMITTEE held on 9 December 2021",
        ]
        + MINUTES_BODY,
        {},
        "minutes",
        "Aberdeenshire Council",
        "Infrastructure Services Committee",
        "2021-12-09",
    ),
    (
        "notes-of-a-meeting",
        [
            "# Westford District Council",
            "Notes of a meeting of the Member Development Group held on 9 December 2021",
        ]
        + MINUTES_BODY,
        {},
        "minutes",
        "Westford District Council",
        "Member Development Group",
        "2021-12-09",
    ),
    (
        "record-of-decisions-names-no-committee",
        [
            "# Westford District Council",
            "## Licensing Committee",
            "Record of decisions taken at the meeting held on 9 December 2021",
        ]
        + MINUTES_BODY,
        {},
        "minutes",
        "Westford District Council",
        "Licensing Committee",
        "2021-12-09",
    ),
    # ---- other kinds of body
    (
        "combined-authority-board",
        [
            "# Northshire Combined Authority",
            "## Overview and Scrutiny Committee",
            "Minutes of the meeting held on 9 December 2021 at 10.00 am",
        ]
        + MINUTES_BODY,
        {},
        "minutes",
        "Northshire Combined Authority",
        "Overview and Scrutiny Committee",
        "2021-12-09",
    ),
    (
        "fire-authority",
        [
            "# Westshire Fire and Rescue Authority",
            "## Audit and Standards Committee",
            "Date: 9 December 2021",
            "Time: 10.30 am",
        ]
        + AGENDA_BODY,
        {},
        "agenda_pack",
        "Westshire Fire and Rescue Authority",
        "Audit and Standards Committee",
        "2021-12-09",
    ),
    (
        "national-park-authority",
        [
            "# Moorland National Park Authority",
            "## Planning Committee",
            "Minutes of the meeting held on 9 December 2021",
        ]
        + MINUTES_BODY,
        {},
        "minutes",
        "Moorland National Park Authority",
        "Planning Committee",
        "2021-12-09",
    ),
    (
        "police-and-crime-panel",
        [
            "# Westshire Police and Crime Panel",
            "Minutes of the meeting of the Westshire Police and Crime Panel held on 9 December 2021",
        ]
        + MINUTES_BODY
        + ["Contact: Jane Smith, Westshire County Council"],
        {},
        "minutes",
        "Westshire County Council",
        "Westshire Police and Crime Panel",
        "2021-12-09",
    ),
    (
        "health-and-wellbeing-board",
        [
            "# Westford Borough Council",
            "## Health and Wellbeing Board",
            "Date: Tuesday 14 January 2025",
            "Venue: Town Hall",
        ]
        + AGENDA_BODY,
        {},
        "agenda_pack",
        "Westford Borough Council",
        "Health and Wellbeing Board",
        "2025-01-14",
    ),
    (
        "icb-board-meeting-in-public",
        [
            "# NHS Northshire Integrated Care Board",
            "## Board Meeting in Public",
            "Thursday 9 December 2021, 10.00 am, Oakwood House",
            "## Agenda",
            "1. Welcome and apologies",
            "2. Declarations of interest",
            "3. Chief Executive's report",
        ],
        {},
        "agenda_pack",
        "NHS Northshire Integrated Care Board",
        "Board",
        "2021-12-09",
    ),
    (
        "school-governing-body",
        [
            "# Oakfield Primary School",
            "Minutes of the meeting of the Full Governing Body held on 9 December 2021 at 6.00 pm",
            "Present: Jane Smith (Chair), Rob Boyd (Headteacher), Priya Shah",
            "** 1. Apologies",
            "Apologies were received from two governors and were accepted by the governing body.",
            "** 2. Headteacher's report",
            "The headteacher presented the report on attendance and the results of the autumn term.",
        ],
        {},
        "minutes",
        "Oakfield Primary School",
        "Full Governing Body",
        "2021-12-09",
    ),
    (
        "academy-trust-board",
        [
            "# Riverside Learning Academy Trust",
            "## Minutes of the Board of Trustees",
            "Meeting date: 09.12.2021",
            "Present: Jane Smith (Chair), Rob Boyd (CEO), Priya Shah",
            "** 1. Apologies",
            "Apologies were received from two trustees and were accepted by the board of trustees.",
            "** 2. Chief Executive's report",
            "The chief executive presented the report on the schools of the trust and their results.",
        ],
        {},
        "minutes",
        "Riverside Learning Academy Trust",
        "Board of Trustees",
        "2021-12-09",
    ),
    (
        "charity-trustees",
        [
            "# Riverside Community Trust",
            "Minutes of the Trustees' Meeting held on Tues 9th Dec 21",
            "Present: Jane Smith (Chair), Rob Boyd, Priya Shah",
            "** 1. Apologies",
            "Apologies were received from two trustees and were accepted by the meeting today.",
            "** 2. Accounts",
            "The treasurer presented the accounts for the year and the trustees approved them.",
        ],
        {},
        "minutes",
        "Riverside Community Trust",
        "Trustees",
        "2021-12-09",
    ),
    # ---- the committee only in the running head or beside the body on one line
    (
        "committee-in-running-head-only",
        ["# Westford District Council", "## Minutes of the meeting held on Wednesday 8 January 2025"]
        + MINUTES_BODY
        + [TEXT] * 90,
        {"head": "Licensing Committee"},
        "minutes",
        "Westford District Council",
        "Licensing Committee",
        "2025-01-08",
    ),
    (
        "body-and-committee-one-line",
        ["# Westford District Council – Licensing Committee", "Minutes of the meeting held on 8 January 2025"]
        + MINUTES_BODY,
        {},
        "minutes",
        "Westford District Council",
        "Licensing Committee",
        "2025-01-08",
    ),
    (
        "body-committee-date-pipes",
        ["## Westford District Council | Licensing Committee | 8 January 2025", "## Agenda"] + AGENDA_BODY[1:],
        {},
        "agenda_pack",
        "Westford District Council",
        "Licensing Committee",
        "2025-01-08",
    ),
    (
        "joint-committee-hosted",
        [
            "# Westshire and Eastshire Joint Waste Committee",
            "Minutes of the meeting held on 9 December 2021 at County Hall",
        ]
        + MINUTES_BODY
        + ["Clerk to the Joint Committee: Jane Smith, Westshire County Council"],
        {},
        "minutes",
        "Westshire County Council",
        "Westshire and Eastshire Joint Waste Committee",
        "2021-12-09",
    ),
    (
        "nhs-trust-board-part-one",
        [
            "# Northshire Hospitals NHS Foundation Trust",
            "## Board of Directors (Part 1) Meeting in Public",
            "Date: Thursday 9 December 2021",
            "## Agenda",
            "1. Welcome and apologies",
            "2. Declarations of interest",
            "3. Patient story",
        ],
        {},
        "agenda_pack",
        "Northshire Hospitals NHS Foundation Trust",
        "Board of Directors",
        "2021-12-09",
    ),
    # ---- US and Canadian
    (
        "us-village-board-of-trustees",
        [
            "# Village of Oakdale",
            "## Minutes of the Regular Meeting of the Board of Trustees",
            "held on Monday, December 13, 2021 at 7:00 p.m.",
            "1. Call to Order",
            "President Jones called the meeting to order at 7:00 p.m. Trustees present: Smith, Lee.",
            "2. Pledge of Allegiance",
            "All trustees and members of the public stood for the pledge of allegiance this evening.",
        ],
        {},
        "minutes",
        "Village of Oakdale",
        "Board of Trustees",
        "2021-12-13",
    ),
    (
        "us-planning-commission-one-line",
        [
            "# CITY OF MAPLE GROVE PLANNING COMMISSION",
            "## Regular Meeting Minutes",
            "December 9, 2021",
            "1. Call to Order",
            "Chair Jones called the meeting to order at 7:00 p.m. Commissioners present: Smith, Lee.",
            "2. Roll Call",
            "All commissioners were present at the meeting this evening along with city staff.",
        ],
        {},
        "minutes",
        "City of Maple Grove",
        "Planning Commission",
        "2021-12-09",
    ),
    (
        "us-day-of-month-formal",
        [
            "# City of Maple Grove",
            "Minutes of the Special Meeting of the City Council held on the 9th day of December, 2021",
            "1. Call to Order",
            "Mayor Jones called the meeting to order at 7:00 p.m. Councilmembers present: Smith, Lee.",
            "2. Roll Call",
            "All councilmembers were present at the meeting this evening along with city staff.",
        ],
        {},
        "minutes",
        "City of Maple Grove",
        "City Council",
        "2021-12-09",
    ),
    (
        "canada-committee-of-the-whole",
        [
            "# The Corporation of the Township of Riverbend",
            "## Committee of the Whole Minutes",
            "Tuesday, March 19, 2024 – 6:00 pm",
            "Present: Mayor T Smith, Councillors R Lee and G Garcia",
            "** 1. Call to Order",
            "Mayor Smith called the meeting to order at 6:00 pm and welcomed those present.",
            "** 2. Disclosure of Pecuniary Interest",
            "There were no disclosures of pecuniary interest by members of council tonight.",
        ],
        {},
        "minutes",
        "Township of Riverbend",
        "Committee of the Whole",
        "2024-03-19",
    ),
    (
        "us-agenda-regular-meeting-of-the-city-council",
        [
            "# AGENDA",
            "## REGULAR MEETING OF THE CITY COUNCIL",
            "## CITY OF LAKESIDE",
            "Monday, January 27, 2020 – 7:00 PM",
            "1. Call to Order",
            "2. Roll Call",
            "3. Public Comment",
            "4. Adjournment",
        ],
        {},
        "agenda_pack",
        "City of Lakeside",
        "City Council",
        "2020-01-27",
    ),
    (
        "us-numeric-date-only-month-first-valid",
        [
            "# County of Mariposa",
            "## Board of Supervisors",
            "## Regular Meeting Agenda",
            "Meeting Date: 01/27/2020",
            "1. Call to Order",
            "2. Pledge of Allegiance",
            "3. Consent Agenda",
        ],
        {},
        "agenda_pack",
        "County of Mariposa",
        "Board of Supervisors",
        "2020-01-27",
    ),
    (
        "journal-of-proceedings",
        [
            "# Journal of the Proceedings of the City Council of the City of Lakeside",
            "Regular Meeting – Wednesday, June 7, 2023",
            "The City Council met at 10:00 a.m. in the Council Chamber, City Hall.",
            "Present: Mayor Jones and Aldermen Smith, Lee, Garcia and Patel.",
            "1. Communications from the Mayor",
            "The Mayor submitted the following communication, which was placed on file by the clerk.",
        ],
        {},
        "minutes",
        "City of Lakeside",
        "City Council",
        "2023-06-07",
    ),
    (
        "order-paper",
        [
            "# Westford Borough Council",
            "## Order Paper",
            "Ordinary meeting of the Council, Wednesday 12 February 2025 at 7.00 pm",
            "1. Apologies for absence",
            "2. Mayor's announcements",
            "3. Budget and council tax 2025/26",
        ],
        {},
        "agenda_pack",
        "Westford Borough Council",
        "Council",
        "2025-02-12",
    ),
    (
        "report-meeting-label-with-date",
        [
            "# Westford Borough Council",
            [(56, "Date:"), (170, "15 January 2025")],
            [(56, "Meeting:"), (170, "Cabinet, 30 January 2025")],
            [(56, "Subject:"), (170, "Fees and charges 2025/26")],
        ]
        + REPORT_TEXT,
        {},
        "report",
        "Westford Borough Council",
        "Cabinet",
        "2025-01-30",
    ),
    (
        "town-council-full-council",
        ["# Lowbury Town Council", "Minutes of the Full Council Meeting held on Monday 10 January 2022 at 7pm"]
        + MINUTES_BODY,
        {},
        "minutes",
        "Lowbury Town Council",
        "Lowbury Town Council",
        "2022-01-10",
    ),
    (
        "town-council-annual-meeting-of-the-council",
        ["# Lowbury Town Council", "Minutes of the Annual Meeting of the Council held on Monday 16 May 2022"]
        + MINUTES_BODY,
        {},
        "minutes",
        "Lowbury Town Council",
        "Lowbury Town Council",
        "2022-05-16",
    ),
    (
        "meeting-notes",
        ["# Department for Education", "## Data Standards Group – Meeting Notes", "Date: 9 December 2021"]
        + MINUTES_BODY,
        {},
        "minutes",
        "Department for Education",
        "Data Standards Group",
        "2021-12-09",
    ),
    (
        "body-and-committee-caps-one-line",
        ["WESTFORD DISTRICT COUNCIL PLANNING COMMITTEE", "Minutes of the meeting held on 9 December 2021"]
        + MINUTES_BODY,
        {},
        "minutes",
        "Westford District Council",
        "Planning Committee",
        "2021-12-09",
    ),
    (
        "minutes-of-the-committee-caps-date-below",
        ["# Westford District Council", "MINUTES OF THE PLANNING COMMITTEE", "Thursday 9 December 2021 at 7.00 pm"]
        + MINUTES_BODY,
        {},
        "minutes",
        "Westford District Council",
        "Planning Committee",
        "2021-12-09",
    ),
    (
        "minutes-label",
        ["# Westford District Council", "Minutes: Planning Committee, 9 December 2021"] + MINUTES_BODY,
        {},
        "minutes",
        "Westford District Council",
        "Planning Committee",
        "2021-12-09",
    ),
    (
        "possessive-body-committee",
        ["Minutes of the meeting of Westford Borough Council's Planning Committee held on 9 December 2021"]
        + MINUTES_BODY,
        {},
        "minutes",
        "Westford Borough Council",
        "Planning Committee",
        "2021-12-09",
    ),
    (
        "summons-caps-committee",
        [
            "# Westford District Council",
            "## Notice of Meeting",
            "You are hereby summoned to attend a meeting of the PLANNING COMMITTEE to be held",
            "in the Council Chamber on Tuesday, the 9th day of December 2021 at 7.00 pm.",
        ]
        + AGENDA_BODY,
        {},
        "agenda_pack",
        "Westford District Council",
        "Planning Committee",
        "2021-12-09",
    ),
    (
        "frontsheet-grid-header-row",
        [
            "# Westford Borough Council",
            [(56, "Meeting", True), (200, "Date", True), (330, "Time", True), (420, "Venue", True)],
            [(56, "Cabinet"), (200, "30 January 2025"), (330, "10.00 am"), (420, "Town Hall")],
        ]
        + AGENDA_BODY,
        {},
        "agenda_pack",
        "Westford Borough Council",
        "Cabinet",
        "2025-01-30",
    ),
    (
        "summoned-to-a-meeting-of-on-date",
        [
            "# Westford Borough Council",
            "Dear Councillor,",
            "You are summoned to attend a meeting of the Cabinet on Thursday, 30 January 2025 at 10.00 am",
            "in the Council Chamber, Town Hall, for the business below.",
        ]
        + AGENDA_BODY,
        {},
        "agenda_pack",
        "Westford Borough Council",
        "Cabinet",
        "2025-01-30",
    ),
    (
        "will-meet-on",
        [
            "# Westford Borough Council",
            "Notice is hereby given that the Licensing Committee will meet on Wednesday 8 January 2025",
            "at 6.00 pm in Committee Room 1 to transact the business below.",
        ]
        + AGENDA_BODY,
        {},
        "agenda_pack",
        "Westford Borough Council",
        "Licensing Committee",
        "2025-01-08",
    ),
    (
        "committee-and-doc-label-one-row",
        [
            "# Westford District Council",
            [(56, "Licensing Committee", True), (420, "MINUTES", True)],
            "Wednesday 8 January 2025 at 6.00 pm, Council Chamber",
        ]
        + MINUTES_BODY,
        {},
        "minutes",
        "Westford District Council",
        "Licensing Committee",
        "2025-01-08",
    ),
    (
        "heading-wrapped-over-three-lines",
        [
            "# Westford District Council",
            "## Minutes of the meeting of the",
            "## Licensing Committee",
            "held on Wednesday 8 January 2025 at 6.00 pm",
        ]
        + MINUTES_BODY,
        {},
        "minutes",
        "Westford District Council",
        "Licensing Committee",
        "2025-01-08",
    ),
    (
        "doc-label-dash-committee-dash-date",
        ["# Westford District Council", "## Minutes – Licensing Committee – 8 January 2025"] + MINUTES_BODY,
        {},
        "minutes",
        "Westford District Council",
        "Licensing Committee",
        "2025-01-08",
    ),
    (
        "agenda-colon-committee",
        ["# Westford District Council", "## Agenda: Licensing Committee", "Wednesday 8 January 2025"] + AGENDA_BODY[1:],
        {},
        "agenda_pack",
        "Westford District Council",
        "Licensing Committee",
        "2025-01-08",
    ),
    # ---- dates
    (
        "date-label-over-value",
        ["# Westford District Council", "## Licensing Committee", "Date of meeting:", "Wednesday, 8 January 2025"]
        + AGENDA_BODY,
        {},
        "agenda_pack",
        "Westford District Council",
        "Licensing Committee",
        "2025-01-08",
    ),
    (
        "date-circulated-and-approved-above",
        [
            "# Westford District Council",
            "Circulated: 14 December 2021",
            "Approved: 13 January 2022",
            "## Licensing Committee",
            "Minutes of the meeting held on 9 December 2021",
        ]
        + MINUTES_BODY,
        {},
        "minutes",
        "Westford District Council",
        "Licensing Committee",
        "2021-12-09",
    ),
    (
        "report-written-date-and-meeting-line",
        [
            "# Westford Borough Council",
            [(56, "Date:"), (170, "15 January 2025")],
            [(56, "To:"), (170, "Cabinet – 30 January 2025")],
            [(56, "Subject:"), (170, "Fees and charges 2025/26")],
        ]
        + REPORT_TEXT,
        {},
        "report",
        "Westford Borough Council",
        "Cabinet",
        "2025-01-30",
    ),
    (
        "date-ocr-noise",
        ["# Westford District Council", "## Licensing Committee", "Minutes of the meeting held on 9 Decernber 2021"]
        + MINUTES_BODY,
        {},
        "minutes",
        "Westford District Council",
        "Licensing Committee",
        "2021-12-09",
    ),
    (
        "date-in-running-head-only",
        ["# Westford District Council", "## Licensing Committee", "## Minutes"] + MINUTES_BODY + [TEXT] * 90,
        {"head": "Licensing Committee – 8 January 2025"},
        "minutes",
        "Westford District Council",
        "Licensing Committee",
        "2025-01-08",
    ),
]


@pytest.mark.parametrize(
    "rows,furniture,doc_type,body,committee,date",
    [case[1:] for case in DOCUMENT_CASES],
    ids=[case[0] for case in DOCUMENT_CASES],
)
def test_document_facts_round8(tmp_path, rows, furniture, doc_type, body, committee, date):
    want = (doc_type, body, committee, date)
    assert facts_as_judged(tmp_path, rows, want, **furniture) == want


DATE_FORMS = [
    ("Tues 9th Dec 21", "2021-12-09"),
    ("Thurs. 9 Dec. 2021", "2021-12-09"),
    ("9th Dec '21", "2021-12-09"),
    ("09.12.2021", "2021-12-09"),
    ("9 Decernber 2021", "2021-12-09"),
    ("9 Novernber 2021", "2021-11-09"),
    ("9 0ctober 2021", "2021-10-09"),
    ("9th Septernber, 2021", "2021-09-09"),
    ("Thursday 9 December, 2021", "2021-12-09"),
    ("9-Dec-2021", "2021-12-09"),
    ("Tuesday 9 th December 2021", "2021-12-09"),
    ("December 9 th, 2021", "2021-12-09"),
    ("9th day of December, 2021", "2021-12-09"),
    ("Dydd Iau, 9 Rhagfyr 2021", "2021-12-09"),
]


@pytest.mark.parametrize("printed,iso", DATE_FORMS)
@pytest.mark.parametrize("layout", ["held-on", "label-cell", "meeting-date-label"])
def test_meeting_date_forms_round8(tmp_path, printed, iso, layout):
    head: list[Row] = {
        "held-on": [
            "# Ayton Parish Council",
            f"Minutes of the meeting held on {printed} at 7.30pm in the Village Hall",
        ],
        "label-cell": ["# Ayton Parish Council", "## Minutes", [(56, "Date"), (200, printed)], "Venue: Village Hall"],
        "meeting-date-label": ["# Ayton Parish Council", "## Minutes", f"Meeting date {printed}"],
    }[layout]
    rows = head + [
        "Present: Cllr J Brown (Chair), Cllr K White",
        "** 1. Apologies",
        "None were received at the meeting.",
        "** 2. Minutes of the meeting held on 11 November 2020",
        "The minutes were agreed and signed.",
    ]
    assert facts_of(tmp_path, rows).meeting_date == dt.date.fromisoformat(iso)


@given(st.sampled_from(["January", "February", "September", "October", "November", "December"]))
def test_ocr_month_repair_round_trip(month):
    noisy = month.replace("m", "rn").replace("o", "0", 1) if "m" in month else month.replace("O", "0")
    assert repair_ocr_months(f"9 {noisy} 2021") == f"9 {month} 2021"
    assert repair_ocr_months("modern burning") == "modern burning"


# ---------------------------------------------------------------------------------------- numbering

MINUTES_HEAD: list[Row] = [
    "# Ayton Parish Council",
    "Minutes of the meeting held on Tuesday 6 July 2021 at 7.30pm in the Village Hall",
    "Present: Cllr J Brown (Chair), Cllr K White, Cllr L Green",
]
AGENDA_HEAD: list[Row] = [
    "# Westford District Council",
    "## Cabinet",
    "Date: Tuesday 6 July 2021",
    "## Agenda",
]

ITEM_CASES: list[tuple[str, list[Row], list[Row], list[tuple[str | None, str]]]] = [
    (
        "agenda-table-with-header-row",
        AGENDA_HEAD,
        [
            [(56, "Item", True), (100, "Subject", True), (400, "Lead", True), (480, "Pages", True)],
            [(56, "1"), (100, "Apologies for absence"), (400, "Chair")],
            [(56, "2"), (100, "Minutes of the last meeting"), (400, "Chair"), (480, "3 - 8")],
            [(56, "3"), (100, "Budget monitoring"), (400, "S151 Officer"), (480, "9 - 20")],
        ],
        [("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Budget monitoring")],
    ),
    (
        "agenda-table-title-wraps-in-its-cell",
        AGENDA_HEAD,
        [
            [(56, "1."), (100, "Apologies for absence")],
            [(56, "2."), (100, "Response to the consultation on the draft local plan and")],
            [(100, "the five year housing land supply")],
            [(56, "3."), (100, "Date of next meeting")],
        ],
        [
            ("1", "Apologies for absence"),
            ("2", "Response to the consultation on the draft local plan and the five year housing land supply"),
            ("3", "Date of next meeting"),
        ],
    ),
    (
        "agenda-part-b-section",
        AGENDA_HEAD,
        [
            "## Part A – Public Items",
            "1. Apologies for absence",
            "2. Budget monitoring (Pages 3 - 20)",
            "## Part B – Exempt Items",
            "3. Acquisition of land at Mill Lane (Pages 21 - 30)",
        ],
        [("1", "Apologies for absence"), ("2", "Budget monitoring"), ("3", "Acquisition of land at Mill Lane")],
    ),
    (
        "agenda-roman-sub-items",
        AGENDA_HEAD,
        [
            "1. Apologies for absence",
            "2. Planning applications",
            ">(i) 21/01234/FUL 12 High Street",
            ">(ii) 21/01240/FUL 3 Mill Lane",
            "3. Date of next meeting",
        ],
        [
            ("1", "Apologies for absence"),
            ("2", "Planning applications"),
            ("2(i)", "21/01234/FUL 12 High Street"),
            ("2(ii)", "21/01240/FUL 3 Mill Lane"),
            ("3", "Date of next meeting"),
        ],
    ),
    (
        "agenda-description-under-title",
        AGENDA_HEAD,
        [
            "1. Apologies for absence",
            "2. Budget monitoring",
            ">To receive the report of the Treasurer.",
            "3. Date of next meeting",
        ],
        [("1", "Apologies for absence"), ("2", "Budget monitoring"), ("3", "Date of next meeting")],
    ),
    (
        "agenda-bracketed-numbers",
        AGENDA_HEAD,
        ["(1) Apologies for absence", "(2) Declarations of interest", "(3) Budget monitoring"],
        [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Budget monitoring")],
    ),
    (
        "minutes-bracketed-numbers",
        MINUTES_HEAD,
        ["** (1) Apologies", TEXT, "** (2) Declarations of interest", TEXT, "** (3) Planning", TEXT],
        [("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Planning")],
    ),
    (
        "agenda-zero-padded",
        AGENDA_HEAD,
        ["01 Apologies for absence", "02 Declarations of interest", "03 Budget monitoring"],
        [("01", "Apologies for absence"), ("02", "Declarations of interest"), ("03", "Budget monitoring")],
    ),
    (
        "agenda-presenter-line-under-title",
        AGENDA_HEAD,
        [
            "1. Apologies for absence",
            "2. Finance",
            ">Report of the Clerk",
            "3. Highways",
            ">Presented by: Cllr K White",
            "4. Date of next meeting",
        ],
        [("1", "Apologies for absence"), ("2", "Finance"), ("3", "Highways"), ("4", "Date of next meeting")],
    ),
    (
        "minutes-number-colon",
        MINUTES_HEAD,
        ["** 1: Apologies", TEXT, "** 2: Declarations of interest", TEXT, "** 3: Planning", TEXT],
        [("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Planning")],
    ),
    (
        "agenda-number-colon",
        AGENDA_HEAD,
        ["1: Apologies for absence", "2: Declarations of interest", "3: Budget monitoring"],
        [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Budget monitoring")],
    ),
    (
        "minutes-year-sequence",
        MINUTES_HEAD,
        ["** 21/01 Apologies", TEXT, "** 21/02 Declarations of interest", TEXT, "** 21/03 Planning", TEXT],
        [("21/01", "Apologies"), ("21/02", "Declarations of interest"), ("21/03", "Planning")],
    ),
    (
        "minutes-committee-prefix",
        MINUTES_HEAD,
        ["** CAB 12/24 Apologies", TEXT, "** CAB 13/24 Declarations of interest", TEXT, "** CAB 14/24 Budget", TEXT],
        [("CAB 12/24", "Apologies"), ("CAB 13/24", "Declarations of interest"), ("CAB 14/24", "Budget")],
    ),
    (
        "minutes-letter-dot-prefix",
        MINUTES_HEAD,
        ["** P.23/45 Apologies", TEXT, "** P.23/46 Declarations of interest", TEXT, "** P.23/47 Planning", TEXT],
        [("P.23/45", "Apologies"), ("P.23/46", "Declarations of interest"), ("P.23/47", "Planning")],
    ),
    (
        "minutes-roman-sub-items",
        MINUTES_HEAD,
        [
            "** 1. Apologies",
            TEXT,
            "** 2. Planning",
            ">(i) 12 High Street",
            ">" + TEXT[:60],
            ">(ii) 3 Mill Lane",
            ">" + TEXT[:60],
            "** 3. Finance",
            TEXT,
        ],
        [("1", "Apologies"), ("2", "Planning"), ("2(i)", "12 High Street"), ("2(ii)", "3 Mill Lane"), ("3", "Finance")],
    ),
    (
        "minutes-min-no-label",
        MINUTES_HEAD,
        ["** Min No. 45/21 Apologies", TEXT, "** Min No. 46/21 Declarations", TEXT, "** Min No. 47/21 Planning", TEXT],
        [("45/21", "Apologies"), ("46/21", "Declarations"), ("47/21", "Planning")],
    ),
]


@pytest.mark.parametrize("head,rows,expected", [case[1:] for case in ITEM_CASES], ids=[case[0] for case in ITEM_CASES])
def test_item_numbering_round8(tmp_path, head, rows, expected):
    assert items_of(tmp_path, head + rows) == expected


def test_part_b_items_are_exempt(tmp_path):
    rows = AGENDA_HEAD + [
        "1. Apologies for absence",
        "2. Budget monitoring (Pages 3 - 20)",
        "## Part B – Exempt Items",
        "3. Acquisition of land at Mill Lane (Pages 21 - 30)",
    ]
    items = agenda_items(render(tmp_path / "doc.pdf", rows), "doc")
    assert [item.is_exempt for item in items] == [False, False, True]


@pytest.mark.parametrize(
    "heading",
    ["## PART B", "## Part 2 – Items to be considered in private", "## Confidential Items", "## Private Business"],
)
def test_a_private_section_marks_its_items_exempt(tmp_path, heading):
    rows = AGENDA_HEAD + [
        "1. Apologies for absence",
        "2. Budget monitoring (Pages 3 - 20)",
        heading,
        "3. Acquisition of land at Mill Lane (Pages 21 - 30)",
    ]
    items = agenda_items(render(tmp_path / "doc.pdf", rows), "doc")
    assert [(item.number, item.is_exempt) for item in items] == [("1", False), ("2", False), ("3", True)]


def test_agenda_item_stamps_give_the_pages(tmp_path):
    """A pack whose frontsheet prints no page ranges: each report's 'Agenda Item N' stamp starts its pages."""
    from reportlab.lib.pagesizes import A4 as size

    path = tmp_path / "pack.pdf"
    pdf = canvas.Canvas(str(path), pagesize=size)
    width, height = size
    for y, text in zip(
        range(780, 600, -20),
        [
            "Cabinet",
            "Date: Thursday 30 January 2025",
            "Agenda",
            *[f"{n}. {title}" for n, title in enumerate(["Apologies", "Budget monitoring", "Fees and charges"], 1)],
        ],
        strict=False,
    ):
        pdf.setFont("Helvetica", 11)
        pdf.drawString(56, y, text)
    for item, pages in ((2, 2), (3, 1)):
        for _ in range(pages):
            pdf.showPage()
            pdf.setFont("Helvetica-Bold", 11)
            pdf.drawString(450, height - 40, f"Agenda Item {item}")
            pdf.setFont("Helvetica", 11)
            pdf.drawString(56, 700, "This report sets out the position for the year and the actions proposed.")
    pdf.save()
    layouts = read_document(path).pages
    items = agenda_items(layouts, "doc")
    from agendaparse.segment import assign_pages

    assign_pages(items, layouts)
    assert [(item.number, item.page_start, item.page_end) for item in items] == [
        ("1", None, None),
        ("2", 2, 3),
        ("3", 4, 4),
    ]


@given(
    st.dates(dt.date(2000, 1, 1), dt.date(2069, 12, 31)),
    st.sampled_from(["{d} {b} {yy}", "{d}th {b} '{yy}", "{d}-{b}-{Y}", "{d} th {B} {Y}", "{d}th day of {B}, {Y}"]),
    st.sampled_from(["", "Tues ", "Thursday, "]),
    st.sampled_from(["", " at 7.30pm", ", Village Hall"]),
)
def test_meeting_date_written_short_or_split(date, form, weekday, tail):
    from agendaparse.segment import meeting_date_from

    printed = form.format(d=date.day, b=date.strftime("%b"), B=date.strftime("%B"), yy=date.strftime("%y"), Y=date.year)
    assert meeting_date_from([f"Minutes of the meeting held on {weekday}{printed}{tail}"]) == date


def test_a_count_after_a_day_and_month_is_not_a_year():
    from agendaparse.segment import meeting_date_from

    assert meeting_date_from(["On 5 May 25 people attended the open day"]) is None
