"""Round 15 suite (issue #4): what kind of paper this is (doc_type), and its items when the kind is unclear.

Items are only read from papers classified ``minutes`` or ``agenda_pack``: a paper misread as a report, an action
plan or 'other' loses all its items. These cases are first pages (a second page where the kind shows there) of
papers that do not print 'Minutes' or 'Agenda' on top: minutes headed 'Note of the meeting', 'Summary record',
'Record of decisions', 'Decision notice', 'Meeting report', 'Outcome of the meeting', by the body and date with
'Councillors present:' below, or a US 'Regular Meeting' whose meeting 'was called to order'; agendas headed
'Summons' ('you are hereby summonsed'), 'Notice of public meeting', 'Notice is hereby given', 'Business to be
transacted', 'Items for consideration', a covering letter to the members; and papers carrying two kinds: minutes with
an action log appended, a pack whose first page is a covering letter, a report with a cover table naming its agenda
item, an action log under a short minutes header, a printed ModernGov 'Agenda and minutes' page. The truth is what an
annotator following corpus/gold/README.md records: ``document.doc_type`` (agenda_pack | minutes | report |
action_plan | other) and, for minutes and agendas, the numbered items (number as printed without trailing punctuation,
title as printed). Each case keeps the structure and phrasing pattern of a real page (names, places and numbers
changed), rendered with reportlab and read through the real code path (pdf.read_document -> segment), like
tests/test_segment_round14.py; no body of the earlier round suites is reused.
Sources:
- https://info.5y1.org/walc-10_1_058aef.html (county association of local councils: model summons 'To All Members of
  the Council ... You are hereby summoned to attend a meeting ... for the purpose of transacting the following
  business', numbered business below)
- https://www.ilminster.gov.uk/2018/11/agenda-for-extraordinary-town-council-meeting-27-november-2018/ (town council:
  'An extraordinary meeting of the Town Council will be held on ...', 'The business to be transacted at the meeting
  is outlined below', 'Yours sincerely' then the numbered business)
- https://docslib.org/doc/7465920/rochford-district-council-minutes (county council: 'Summons / To all Members of X
  County Council / You are hereby summoned to attend the meeting of the County Council to be held as shown below')
- https://oakland.legistar.com/View.ashx?GUID=079D23F5-AE44-40B8-8FD6-A67B1A45DD36&ID=120550&M=M (city council
  committee: 'Roll Call / Call to Order', 'Excused:', 'Present:', 'The ... Committee convened at 10:40 AM')
- https://www.iowa-city.org/WebLink/DocView.aspx?dbid=0&id=188488&repo=CityofIowaCity (city council agenda: 'Special
  Formal', 'ITEM 1. CALL TO ORDER.', 'ITEM 2. ...': the business to come, in the imperative)
- https://lawsdocbox.com/amp/107301152-US_Government_Resources/Village-of-machesney-park-illinois-held-in-the-frank-g-bauer-municipal-hall-journal-of-proceedings-regular-meeting-november-20-2017.html
  (village boards' record headings: 'VILLAGE OF BELLEROSE PUBLIC HEARING/REGULAR BOARD MEETING', 'Rantoul Village
  Board of Trustees Regular Board Meeting': body, 'Regular Meeting' and date, no 'Minutes')
- https://www.unhcr.org/uk/publications/ad-hoc-committee-statelessness-and-related-problems-first-session-summary-record-0
  ('Summary Record of the Twenty-Sixth Meeting held at ..., on Friday, 10 February 1950', 'Chairman:' then members)
- https://financedocbox.com/amp/118975785-Financial_Planning/Minutes-of-a-meeting-of-the-purbeck-district-council-held-in-the-council-chamber-westport-house-wareham-on-tuesday-9-august-2016-at-7-00pm.html
  (record headings without 'Minutes': 'A MEETING OF X PARISH COUNCIL was held on TUESDAY ...', 'At a meeting of the
  Land Drainage Advisory Group held on Tuesday, 24 January 2006', 'HIGHLIGHTS OF X BOARD MEETING HELD ON')
- https://www.kusa.co.za/index.php/documents/minutes-agendas/2957-2019-09-exco-minutes (executive committee record:
  'Via Telecon:', 'Staff in Attendance:', 'Apologies:' before the numbered items)
- https://pdfslide.net/documents/community-board-om-14-om15-om16-om17-om18-om19-recommendation-that-the-meeting.html
  (NZ community board: 'Notice of Meeting No OM1', the board and date, 'Members:' list)
- https://kapiticoast.infocouncil.biz/Open/2024/08/CO_20240829_AGN_2593_AT.htm (NZ district council: 'I hereby give
  notice that a Meeting of the X District Council will be held on:', 'Order Of Business')
- https://docslib.org/doc/1930428/agenda-of-council-meeting (NZ district council: 'Notice of Meeting / A meeting of
  the X District Council will be held in ...', numbered business '1. Present 2. Council Prayer 3. Apologies')
- https://documents.pub/document/thursday-24-october-2019-7-rangitikei-district-10242019-agenda-inaugural.html (NZ
  council: date and time first, 'Chair', 'Membership', 'Please Note: Items in this agenda may be subject to ...')
- http://democracy.cityoflondon.gov.uk/ieListDocuments.aspx?CId=179&MId=18850&Ver=4 and
  https://committeeadmin.lancaster.gov.uk/ieListDocuments.aspx?MId=7584 (ModernGov 'Agenda and minutes' pages:
  'Items / No. Item', each item with 'Minutes:' under it)
- https://www.torbay.gov.uk/council/how-the-council-works/meetings-and-decisions/os/call-ins/ (cabinet 'Record of
  Decision': the decision, the information considered, alternatives rejected)
- https://www.theglobalfund.org/kb/board-decisions/b02/b02-dp01/ (board decision points under a meeting heading)
- https://lists.icann.org/hyperkitty/list/cwg-stewardship@icann.org/message/C36IVMVALLU75GWYL234B4FJUDEZIIEB/attachment/3/attachment.html
  (working group 'Notes 18 December' with action items listed first)
- https://www.bridgewebs.com/yeovil/page5.html (club AGM record: club name, 'AGM – 12.45pm 15th September 2022',
  numbered business with what was decided)
- https://globalautoregs.com/meetings/809?show=agendas (working group business: 'Welcome and opening remarks',
  'Adoption of the agenda', 'Next meeting')
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from pathlib import Path

import pytest

from segment_cases import Row, facts_of, items_of, params_with_xfail

BUSINESS = [
    "1. Apologies for absence",
    "2. Declarations of interest",
    "3. Minutes of the previous meeting",
    "4. Highways and footpaths",
]
BUSINESS_ITEMS = [
    ("1", "Apologies for absence"),
    ("2", "Declarations of interest"),
    ("3", "Minutes of the previous meeting"),
    ("4", "Highways and footpaths"),
]
RECORD = [
    "1. Welcome and apologies",
    "The Chair welcomed members and noted the apologies received before the meeting.",
    "2. Matters arising",
    "The record from March was agreed as accurate, with one spelling corrected.",
    "3. Progress on the delivery plan",
    "The group noted the progress made since the last meeting and agreed the next steps.",
]
RECORD_ITEMS = [
    ("1", "Welcome and apologies"),
    ("2", "Matters arising"),
    ("3", "Progress on the delivery plan"),
]
LOG_HEADER = [(56, "No", True), (80, "Action", True), (330, "Owner", True), (420, "Due", True), (500, "Status", True)]
LOG_ROWS = [
    [(56, "1"), (80, "Circulate the revised terms of reference"), (330, "Secretariat"), (420, "30/06/2016"),
     (500, "Open")],
    [(56, "2"), (80, "Share the data sharing agreement"), (330, "J Pryce"), (420, "31/07/2016"), (500, "Complete")],
    [(56, "3"), (80, "Book the venue for the autumn meeting"), (330, "M Ellis"), (420, "31/08/2016"),
     (500, "Open")],
]

# (id, rows, doc_type, items or None when the kind carries no items)
CASES: list[tuple[str, list[Row], str, list[tuple[str | None, str]] | None]] = [
    # --- minutes that never print 'Minutes' on top ----------------------------------------------------------------
    (
        "minutes/record-of-the-meeting",
        ["# Coastal Access Advisory Group", "Record of the meeting held on 12 May 2017 at Harbour House, Wellsby",
         "Present: Ann Lowe (Chair), Tom Reid, Ravi Shah", *RECORD],
        "minutes",
        RECORD_ITEMS,
    ),
    (
        "minutes/note-of-the-meeting",
        ["# Note of the meeting of the Rural Bus Users Group", "held on Tuesday 3 October 2017, Room 4, County Hall",
         "Attendees: Jo Hart (Chair), Will Dunne, Beth Carr", *RECORD],
        "minutes",
        RECORD_ITEMS,
    ),
    (
        "minutes/summary-record",
        ["# Committee on Inland Fisheries", "## Summary record of the fourteenth meeting",
         "held at Lakeside House on Friday, 10 February 2012, at 2.15 p.m.", "Chairman: Mr P Grant",
         *RECORD],
        "minutes",
        RECORD_ITEMS,
    ),
    (
        "minutes/notes-of-a-meeting",
        ["# Notes of a meeting of the Eastfield Flood Forum", "Wednesday 6 June 2018, Eastfield Community Centre",
         "In attendance: Sue Park, Dan Webb, Rob Nye", *RECORD],
        "minutes",
        RECORD_ITEMS,
    ),
    (
        "minutes/record-of-proceedings",
        ["# Harrowden Town Council", "## Record of proceedings", "Ordinary meeting, Monday 9 April 2018, 7.00pm",
         "Councillors present: Cllr A Penn (Mayor), Cllr B Ross, Cllr C Dale", *RECORD],
        "minutes",
        RECORD_ITEMS,
    ),
    (
        "minutes/decision-notice",
        ["# Licensing Sub-Committee", "## Decision notice", "Hearing held on Thursday 14 March 2019, Civic Offices",
         "Members: Cllr D Kerr (Chair), Cllr E Moss, Cllr F Lund",
         "1. Application for a premises licence, The Old Forge, Mill Street",
         "The Sub-Committee granted the licence subject to the conditions set out below.",
         "2. Review of a premises licence, Quayside Bar",
         "The Sub-Committee decided to suspend the licence for a period of four weeks."],
        "minutes",
        [("1", "Application for a premises licence, The Old Forge, Mill Street"),
         ("2", "Review of a premises licence, Quayside Bar")],
    ),
    (
        "minutes/record-of-decisions",
        ["# Westmoor District Council", "## Cabinet – Record of decisions", "Meeting held on Wednesday 20 June 2018",
         "Decision makers: Cllr G Shaw (Leader), Cllr H Pike, Cllr I Lyle",
         "1. Housing Allocations Policy",
         "Decision: to adopt the revised policy with effect from 1 October 2018.",
         "2. Town Centre Car Parks",
         "Decision: to approve the new charges set out in the appendix to the report."],
        "minutes",
        [("1", "Housing Allocations Policy"), ("2", "Town Centre Car Parks")],
    ),
    (
        "minutes/meeting-report",
        ["# Meeting report", "## Regional Dementia Network", "Date: 8 November 2019   Venue: Orchard Centre, Ashby",
         "Participants: Kim Holt (Chair), Lee Grant, Mo Patel", *RECORD],
        "minutes",
        RECORD_ITEMS,
    ),
    (
        "minutes/outcome-of-the-meeting",
        ["# Schools Forum", "## Outcome of the meeting held on 23 January 2020",
         "Members present: Ms J Arden (Chair), Mr K Boyd, Mrs L Crane", *RECORD],
        "minutes",
        RECORD_ITEMS,
    ),
    (
        "minutes/a-meeting-of-was-held-councillors-present",
        ["A MEETING OF NETHERBY PARISH COUNCIL was held on TUESDAY, 13th JANUARY 2015 in the VILLAGE HALL at 7.30pm",
         "Councillors present: Cllr M Dean (Chairman), Cllr N Fox, Cllr O Hale", "Clerk: Mrs P Quinn", *BUSINESS,
         "Members noted the report of the county councillor."],
        "minutes",
        BUSINESS_ITEMS,
    ),
    (
        "minutes/body-and-date-members-present",
        ["# Ashcombe Allotments Association", "Committee meeting, 4 September 2021, The Pavilion",
         "Members present: R Stone (Chair), S Todd, T Vale, U West", "Apologies: V Young", *RECORD],
        "minutes",
        RECORD_ITEMS,
    ),
    (
        "minutes/us-regular-meeting-was-called-to-order",
        ["# VILLAGE OF BRANDON HILLS", "## REGULAR BOARD MEETING", "January 17, 2019 – 7:30 PM",
         "The meeting was called to order at 7:30 p.m. by Mayor Walsh.",
         "1. Pledge of Allegiance",
         "2. Approval of the minutes of December 20, 2018",
         "Motion by Trustee Lee, seconded by Trustee Ortiz, to approve. Motion carried 4-0.",
         "3. Building Department report",
         "Trustee Ortiz presented the report for December."],
        "minutes",
        [("1", "Pledge of Allegiance"), ("2", "Approval of the minutes of December 20, 2018"),
         ("3", "Building Department report")],
    ),
    (
        "minutes/us-roll-call-present-absent",
        ["# CITY OF PINE RIDGE", "## CITY COUNCIL REGULAR MEETING", "Tuesday, March 5, 2019",
         "Roll call: Present: Mayor Hale, Councilmembers Diaz, Fenn and Gould. Absent: Councilmember Bryce.",
         "1. Consent calendar",
         "A motion was made by Councilmember Diaz, seconded by Councilmember Fenn, to approve. Carried 4-0.",
         "2. Public hearing – Zoning amendment ZA-19-02",
         "The hearing was opened at 7:12 p.m. and closed at 7:30 p.m."],
        "minutes",
        [("1", "Consent calendar"), ("2", "Public hearing – Zoning amendment ZA-19-02")],
    ),
    # --- agendas that never print 'Agenda' on top -----------------------------------------------------------------
    (
        "agenda/summons-county-council",
        ["# Summons", "To all Members of Marchshire County Council",
         "You are hereby summoned to attend the meeting of the County Council to be held as shown below to deal",
         "with the business set out below.", "Council Chamber, County Hall, Tuesday 11 July 2017, 10:00", *BUSINESS],
        "agenda_pack",
        BUSINESS_ITEMS,
    ),
    (
        "agenda/you-are-hereby-summonsed",
        ["# Oldbury Magna Parish Council", "Councillors are hereby summonsed to attend the Parish Council meeting on",
         "Monday 2 March 2020 at 7.30pm in the Reading Room", *BUSINESS, "Signed: Mrs R Cole, Clerk"],
        "agenda_pack",
        BUSINESS_ITEMS,
    ),
    (
        "agenda/notice-of-meeting-nz-board",
        ["# Notice of Meeting No KB12", "## Kowhai Bay Community Board", "Tuesday, 29 November 2016, 7.00pm",
         "Kowhai Bay Library and Service Centre", "Members: A Hona (Chairperson), B Tane, C Rewi", *BUSINESS],
        "agenda_pack",
        BUSINESS_ITEMS,
    ),
    (
        "agenda/order-paper",
        ["# Waitoa District Council", "## Order Paper", "Ordinary meeting, Thursday 27 May 2021, 9.30am",
         *BUSINESS],
        "agenda_pack",
        BUSINESS_ITEMS,
    ),
    (
        "agenda/business-to-be-transacted",
        ["# Chardley Town Council", "Dear Councillor,",
         "An extraordinary meeting of the Town Council is called for Tuesday 27 November 2018 at 7.30pm.",
         "The business to be transacted at the meeting is set out below.", *BUSINESS],
        "agenda_pack",
        BUSINESS_ITEMS,
    ),
    (
        "agenda/for-the-purpose-of-transacting",
        ["# Fenwick Parish Council", "To: All Councillors", "Date: 4 February 2019",
         "Members are requested to attend a meeting of the Parish Council at the Village Hall on Monday",
         "11 February 2019 at 7.30pm for the purpose of transacting the following business.", *BUSINESS],
        "agenda_pack",
        BUSINESS_ITEMS,
    ),
    (
        "agenda/i-hereby-give-notice",
        ["# Tainui Coast District Council", "I hereby give notice that a Meeting of the Council will be held on:",
         "Date: Thursday, 29 August 2024", "Time: 9.30am", "Location: Council Chamber, 12 Rimu Road", *BUSINESS],
        "agenda_pack",
        BUSINESS_ITEMS,
    ),
    (
        "agenda/notice-of-public-meeting-us",
        ["# NOTICE OF PUBLIC MEETING", "## CITY OF MAPLE FALLS PLANNING COMMISSION",
         "Monday, April 8, 2019 – 6:00 PM, City Hall, 200 Main Street", "1. Call to order",
         "2. Approval of the minutes of March 11, 2019", "3. Site plan review – 45 Elm Street"],
        "agenda_pack",
        [("1", "Call to order"), ("2", "Approval of the minutes of March 11, 2019"),
         ("3", "Site plan review – 45 Elm Street")],
    ),
    (
        "agenda/notice-is-hereby-given",
        ["# Town of Cedar Bluff", "Notice is hereby given that the Board of Aldermen will hold a special meeting",
         "on Thursday, June 6, 2019 at 5:30 p.m. at Town Hall to consider the following:",
         "1. Call to order", "2. FY2020 budget ordinance", "3. Adjourn"],
        "agenda_pack",
        [("1", "Call to order"), ("2", "FY2020 budget ordinance"), ("3", "Adjourn")],
    ),
    (
        "agenda/items-for-consideration",
        ["# Southvale Health and Wellbeing Board", "Thursday 12 September 2019, 2.00pm, Committee Room 1",
         "## Items for consideration", *BUSINESS],
        "agenda_pack",
        BUSINESS_ITEMS,
    ),
    (
        "agenda/date-first-membership-nz",
        ["THURSDAY, 24 OCTOBER 2019, 7.30pm", "46 High Street, Marlow Bay", "Chair – His Worship the Mayor, A Wells",
         "Membership: Councillors C Ash, N Bell, B Carter, F Dale",
         "Please note: items in this agenda may be subject to amendment or withdrawal at the meeting.", *BUSINESS],
        "agenda_pack",
        BUSINESS_ITEMS,
    ),
    (
        # review probe: a site address titling the next item in sequence is that item (the venue rule above is not)
        "agenda/address-as-next-item-title",
        ["# Fenbrook Parish Council", "## Agenda", "Meeting of the Highways Committee on Monday 3 March 2025 at 7pm",
         "1. Apologies for absence", "2. Declarations of interest",
         "3. Station Road, Fenbrook - proposed waiting restrictions", "4. Mill Lane footpath",
         "5. Any other business"],
        "agenda_pack",
        [("1", "Apologies for absence"), ("2", "Declarations of interest"),
         ("3", "Station Road, Fenbrook - proposed waiting restrictions"), ("4", "Mill Lane footpath"),
         ("5", "Any other business")],
    ),
    (
        "agenda/iowa-item-call-to-order",
        ["# Cedar Rapids Falls City Council", "## Special Formal", "April 6, 2009 – 7:00 p.m.",
         "City Hall – Harvey Hall", "ITEM 1. CALL TO ORDER.", "ITEM 2. OUTSTANDING STUDENT CITIZENSHIP AWARDS",
         "ITEM 3. CONSIDER ADOPTION OF THE CONSENT CALENDAR"],
        "agenda_pack",
        [("1", "CALL TO ORDER"), ("2", "OUTSTANDING STUDENT CITIZENSHIP AWARDS"),
         ("3", "CONSIDER ADOPTION OF THE CONSENT CALENDAR")],
    ),
    # --- papers carrying two kinds ----------------------------------------------------------------------------------
    (
        "two-kinds/minutes-with-action-log-appended",
        ["# Minutes of the Data Sharing Steering Group", "held on 3 May 2016, Room 2, Civic Centre",
         "Present: J Pryce (Chair), M Ellis, K Ward", *RECORD, "---", "## Action log", LOG_HEADER, *LOG_ROWS],
        "minutes",
        RECORD_ITEMS,
    ),
    (
        "two-kinds/pack-covering-letter-to-members",
        ["Democratic Services, Town Hall, Kingsbury KB1 1AA", "Contact: Sam Oakes   Direct line: 01632 960123",
         "Date: 3 March 2020", "To: Members of the Planning Committee", "Dear Sir or Madam,",
         "You are requested to attend the meeting of the Planning Committee on Wednesday 11 March 2020 at 7.00pm.",
         *BUSINESS],
        "agenda_pack",
        BUSINESS_ITEMS,
    ),
    (
        "two-kinds/report-cover-table-with-agenda-item",
        [[(56, "Report to", True), (200, "Cabinet")], [(56, "Date of meeting", True), (200, "12 March 2020")],
         [(56, "Agenda item", True), (200, "7")], [(56, "Report of", True), (200, "Director of Place")],
         [(56, "Title", True), (200, "Parking Strategy 2020-2025")],
         "## 1. Purpose of the report",
         "This report asks Cabinet to approve the parking strategy for consultation with residents and businesses.",
         "## 2. Recommendations", "That Cabinet approves the draft strategy for a six week consultation period."],
        "report",
        None,
    ),
    (
        "two-kinds/action-log-with-short-minutes-header",
        ["# Westshire Digital Partnership Board", "Actions from the meeting held 3 May 2016",
         "Present: J Pryce (Chair), M Ellis, K Ward", LOG_HEADER, *LOG_ROWS],
        "action_plan",
        None,
    ),
    (
        "two-kinds/moderngov-agenda-and-minutes-page",
        ["# Agenda and minutes", "## Licensing Committee - Tuesday, 14th July 2020 6.00 p.m.",
         "Venue: Council Chamber, Town Hall", "Contact: L Bates, Democratic Services", "Items",
         "No. Item", "15. Minutes", "Minutes:", "The minutes of the meeting held on 9 June 2020 were approved.",
         "16. Declarations of Interest", "Minutes:", "There were no declarations of interest."],
        "minutes",
        [("15", "Minutes"), ("16", "Declarations of Interest")],
    ),
]

XFAIL: dict[str, str] = {}



@pytest.mark.parametrize("rows,doc_type,items", params_with_xfail(CASES, XFAIL))
def test_kind_and_items_round15(tmp_path: Path, rows: list[Row], doc_type: str, items) -> None:
    assert facts_of(tmp_path, rows).doc_type == doc_type
    if items is not None:
        assert items_of(tmp_path, rows) == items
