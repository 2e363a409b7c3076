"""Round 39 suite: agenda items of agendas of systems and bodies the earlier rounds had not met, and round 38's
leftovers (a Fire Authority's own minutes, an Integration Joint Board, a school's Governing Board, an issue date
printed before the summons), read end to end by segmentation.

Seven classes, each drawn with reportlab (``segment_cases.render``) and read by the real code path (``document_facts``,
then ``minutes_items`` or ``agenda_items``), scored per check as `agendaparse eval` compares (items: number and
folded title; the meeting date, body, committee and document type):

- table agendas: 'Item No. | Subject' and 'No. | Item | Lead' columns, the number and the title in separate cells;
- timed agendas: a time column ('10.15') or a time range before each numbered item, an 'Item 4' label;
- split items: the number on its own line over the title, a title wrapped over a page break;
- bilingual and unnumbered agendas: a Welsh column beside the English one, bold headings with no number;
- margin minutes: minute numbers in a left margin column, '1.Apologies' with no space after the dot;
- parts: 'PART A' / 'PART B' headings between numbered items (the parts are not items);
- leftovers: 'Minutes of the meeting of the Fire Authority' under 'X Fire Authority', an Integration Joint Board's
  minute, 'the Governing Board of X Primary School', 'Issue date: ...' printed above the summons.

Fields the conventions leave open for a case are not judged (``UNJUDGED``).

The structure and phrasing of each case follow a real page (names, places, dates and numbers changed):

- https://leafieldparishcouncil.org/agenda-for-meeting-8th-january-2020/ ('Item No. Subject', sub-items '14.1')
- https://leafieldparishcouncil.org/parish-council-meeting-wednesday-11-august-at-8-15-pm-leafield-village-hall/
- https://old-leake.parish.lincolnshire.gov.uk/council-business/2024-parish-council-meeting-agendas/4
- https://www.internetsociety.org/board-of-trustees/meetings/150/ (a time range before each numbered item)
- http://www.emusart.com/media/1583/forms-of-agenda.doc (a board agenda with a time column)
- https://docslib.org/doc/5084672/cyfarfod-fforwm-cyswllt-cynghorau (Welsh and English side by side, 'Rhaglen Agenda')
- https://docslib.org/doc/5214024/minutes-of-the-remote-meeting-of-full-council-held-in-microsoft-teams-at-6-30pm-on-wednesday-9th-september-2020
- https://esfrs.moderngov.co.uk/ieListMeetings.aspx?Act=earlier&CId=136&D=201906131030&MD=ielistmeetings
- https://careersdocbox.com/amp/93658236-Nursing/North-lanarkshire-health-and-social-care-partnership-shadow-integration-board-7-july-kirklands-hospital-bothwell-7-july-2015-at-1-30-pm.html
- http://www.stgbs.co.uk/our-school/governors/ (the Governing Board of a school)
- http://www.cmis.cotswold.gov.uk/cmis5/Committees/CurrentCommittees/Council.aspx (CMIS council papers)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from segment_cases import Row, assert_document_check, document_check_params, fields_and_items, of_body, render

FIELDS = ("meeting_date", "body", "committee", "doc_type")
UNJUDGED = "unjudged"  # a field or the items the annotators' conventions leave open for this case


@dataclass
class Paper:
    rows: list[Row]
    items: list[tuple[str | None, str]] | str
    fields: dict[str, str | None] = field(default_factory=dict)


def own_council(name: str, date: str, kind: str = "agenda_pack") -> dict[str, str | None]:
    return of_body(name, name, date, kind)


# -- table agendas -------------------------------------------------------------------------------------------------


def item_no_subject_table() -> Paper:
    return Paper(
        rows=[
            "# HEATHFIELD PARISH COUNCIL MEETING",
            "The Pavilion, Heathfield Village Hall",
            "Wednesday 14th January 2026 at 8.00pm",
            "For the transaction of business as stated in the Agenda. Members of the public and press are welcome.",
            "Mrs Joan Pelling, Clerk/RFO to Heathfield Parish Council",
            "## AGENDA",
            [(56, "Item No.", True), (120, "Subject", True)],
            [(56, "1."), (120, "Welcome & Apologies for Absence")],
            [(56, "2."), (120, "Declarations of Interest in Items on the Agenda")],
            [(56, "3."), (120, "Approval of Draft Minutes of the Parish Council Meeting on 10th December 2025")],
            [(56, "4."), (120, "Clerk's Report/Matters Arising")],
            [(56, "5."), (120, "County & District Councillors' Reports")],
            [(56, "6."), (120, "Approval of Receipts and Payments for January")],
        ],
        items=[
            ("1", "Welcome & Apologies for Absence"),
            ("2", "Declarations of Interest in Items on the Agenda"),
            ("3", "Approval of Draft Minutes of the Parish Council Meeting on 10th December 2025"),
            ("4", "Clerk's Report/Matters Arising"),
            ("5", "County & District Councillors' Reports"),
            ("6", "Approval of Receipts and Payments for January"),
        ],
        fields=own_council("Heathfield Parish Council", "2026-01-14"),
    )


def no_item_lead_table() -> Paper:
    return Paper(
        rows=[
            "# Marsh Hollow Parish Council",
            "You are hereby summoned to attend a meeting of Marsh Hollow Parish Council to be held at the",
            "Community Centre on Wednesday 11th March 2026 at 7.15pm.",
            "## AGENDA",
            [(56, "No.", True), (100, "Item", True), (420, "Lead", True)],
            [(56, "1"), (100, "Apologies for absence"), (420, "Chair")],
            [(56, "2"), (100, "Declarations of interest"), (420, "Chair")],
            [(56, "3"), (100, "Minutes of the meeting held on 11th February 2026"), (420, "Chair")],
            [(56, "4"), (100, "Review of Standing Orders"), (420, "Clerk")],
            [(56, "5"), (100, "Playground inspection report"), (420, "Cllr Gibbs")],
            [(56, "6"), (100, "Payment of accounts"), (420, "RFO")],
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 11th February 2026"),
            ("4", "Review of Standing Orders"),
            ("5", "Playground inspection report"),
            ("6", "Payment of accounts"),
        ],
        fields=own_council("Marsh Hollow Parish Council", "2026-03-11"),
    )


def nhs_board_agenda_columns() -> Paper:
    return Paper(
        rows=[
            "# Northmoor Community Health NHS Trust",
            "## Board of Directors meeting held in public",
            "Thursday 5 February 2026, 09:30, Boardroom, Trust Headquarters",
            "## AGENDA",
            [
                (56, "Item", True),
                (100, "Subject", True),
                (300, "Purpose", True),
                (390, "Presenter", True),
                (480, "Time", True),
            ],
            [(56, "1"), (100, "Welcome and apologies"), (300, "Note"), (390, "Chair"), (480, "09:30")],
            [(56, "2"), (100, "Declarations of interest"), (300, "Note"), (390, "Chair"), (480, "09:35")],
            [(56, "3"), (100, "Minutes of the last meeting"), (300, "Approve"), (390, "Chair"), (480, "09:40")],
            [(56, "4"), (100, "Chief Executive's report"), (300, "Assurance"), (390, "CEO"), (480, "09:45")],
            [(56, "5"), (100, "Integrated performance report"), (300, "Assurance"), (390, "COO"), (480, "10:05")],
        ],
        items=[
            ("1", "Welcome and apologies"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the last meeting"),
            ("4", "Chief Executive's report"),
            ("5", "Integrated performance report"),
        ],
        fields=of_body("Northmoor Community Health NHS Trust", "Board of Directors", "2026-02-05", "agenda_pack"),
    )


# -- timed agendas -------------------------------------------------------------------------------------------------


def time_column_agenda() -> Paper:
    return Paper(
        rows=[
            "# KESTON VALLEY TRUST",
            "## Meeting of the Board of Trustees",
            "To be held at the Old Mill, Keston on Tuesday 17 March 2026, 1.30pm - 4.30pm",
            "## Agenda",
            [(56, "1.30"), (110, "1. Welcome, apologies and declarations of conflicts")],
            [(56, "1.35"), (110, "2. Minutes of the previous meeting and rolling action list")],
            [(56, "1.50"), (110, "3. Chief Executive's report")],
            [(56, "2.30"), (110, "4. Financial report for the period to February")],
            [(56, "3.15"), (110, "5. Review of the board work plan")],
        ],
        items=[
            ("1", "Welcome, apologies and declarations of conflicts"),
            ("2", "Minutes of the previous meeting and rolling action list"),
            ("3", "Chief Executive's report"),
            ("4", "Financial report for the period to February"),
            ("5", "Review of the board work plan"),
        ],
        fields=of_body(UNJUDGED, "Board of Trustees", "2026-03-17", "agenda_pack"),
    )


def time_range_over_items() -> Paper:
    return Paper(
        rows=[
            "# Board Meeting No. 162",
            "## Agenda",
            "Friday, 24 April 2026",
            "** Open to Observers Session",
            "12:30-12:33 UTC",
            "1. Welcome, Apologies, Declaration of Conflicts - G. Marsh (3 mins)",
            "** Move to Closed Executive Session",
            "12:33-12:59 UTC",
            "2. Review of the election procedure - A. Sutton (25 mins)",
            "PURPOSE: To discuss a challenge received concerning the election results.",
            "12:59-13:00 UTC",
            "3. Adjourn Meeting 162",
        ],
        items=[
            ("1", "Welcome, Apologies, Declaration of Conflicts - G. Marsh (3 mins)"),
            ("2", "Review of the election procedure - A. Sutton (25 mins)"),
            ("3", "Adjourn Meeting 162"),
        ],
        fields=of_body(UNJUDGED, UNJUDGED, "2026-04-24", "agenda_pack"),
    )


def item_label_with_time() -> Paper:
    """'10.15 Item 4 Title': the time, then 'Item' and the number, then the title."""
    return Paper(
        rows=[
            "# Fenbridge Health and Wellbeing Board",
            "## Agenda",
            "Date: Wednesday 22 April 2026",
            "Venue: Committee Room 1, Fenbridge Town Hall",
            "10.00 Item 1 Welcome and apologies",
            "10.05 Item 2 Minutes of the meeting held on 18 February 2026",
            "10.15 Item 3 Joint Strategic Needs Assessment",
            "10.45 Item 4 Better Care Fund plan",
            "11.15 Item 5 Forward plan",
        ],
        items=[
            ("1", "Welcome and apologies"),
            ("2", "Minutes of the meeting held on 18 February 2026"),
            ("3", "Joint Strategic Needs Assessment"),
            ("4", "Better Care Fund plan"),
            ("5", "Forward plan"),
        ],
        fields=of_body(UNJUDGED, "Fenbridge Health and Wellbeing Board", "2026-04-22", "agenda_pack"),
    )


# -- split items ---------------------------------------------------------------------------------------------------


def number_over_title_agenda() -> Paper:
    return Paper(
        rows=[
            "# East Marden Fire Authority",
            "## Agenda",
            "Date: Thursday, 11 June 2026",
            "Time: 10.30 am",
            "Venue: Headquarters, Church Lane, Lewdon",
            "** 1.",
            "** Declarations of Interest",
            "Members to declare any interests they may have in any matter on the agenda.",
            "** 2.",
            "** Apologies for Absence",
            "** 3.",
            "** Minutes of the last Fire Authority meeting",
            "To confirm the minutes of the meeting held on 13 February 2026.",
            "** 4.",
            "** Integrated Risk Management Plan 2026-2030",
        ],
        items=[
            ("1", "Declarations of Interest"),
            ("2", "Apologies for Absence"),
            ("3", "Minutes of the last Fire Authority meeting"),
            ("4", "Integrated Risk Management Plan 2026-2030"),
        ],
        fields=of_body("East Marden Fire Authority", "East Marden Fire Authority", "2026-06-11", "agenda_pack"),
    )


def item_over_page_break() -> Paper:
    body = [f"Paragraph {n} of the clerk's report on the matters carried over from the last meeting." for n in range(9)]
    body = body * 3
    return Paper(
        rows=[
            "# Lower Thorpe Parish Council",
            "## Agenda for the meeting to be held on Tuesday 7 April 2026 at 7.30pm",
            "1. Apologies for absence",
            "2. Declarations of interest",
            "3. Clerk's report",
            *body,
            "---",
            "4. Planning applications received since the last meeting",
            "5. Date of the next meeting",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Clerk's report"),
            ("4", "Planning applications received since the last meeting"),
            ("5", "Date of the next meeting"),
        ],
        fields=own_council("Lower Thorpe Parish Council", "2026-04-07"),
    )


# -- bilingual and unnumbered agendas --------------------------------------------------------------------------------


def welsh_english_columns() -> Paper:
    return Paper(
        rows=[
            [(56, "Cyfarfod Fforwm Cyswllt", True), (300, "Town and Community Councils", True)],
            [(56, "Cynghorau Tref a Chymuned", True), (300, "Liaison Forum Meeting", True)],
            [(56, "Nos Fercher, 25 Tachwedd 2026"), (300, "Wednesday, 25 November 2026")],
            [(56, "Siambr y Cyngor"), (300, "Council Chamber")],
            [(56, "Rhaglen", True), (300, "Agenda", True)],
            [(56, "1. Croeso ac Ymddiheuriadau"), (300, "1. Welcome and Apologies")],
            [(56, "2. Cofnodion"), (300, "2. Minutes")],
            [(56, "3. Cynigion Cychwynnol ar gyfer"), (300, "3. Initial Budget Proposals for")],
            [(56, "Cyllideb 2027/28"), (300, "2027/28")],
            [(56, "4. Cyfarfod nesaf"), (300, "4. Next meeting")],
            [(56, "5. Unrhyw fater arall"), (300, "5. Any other business")],
        ],
        items=[
            ("1", "Welcome and Apologies"),
            ("2", "Minutes"),
            ("3", "Initial Budget Proposals for 2027/28"),
            ("4", "Next meeting"),
            ("5", "Any other business"),
        ],
        fields=of_body(UNJUDGED, UNJUDGED, "2026-11-25", "agenda_pack"),
    )


def lettered_sub_items() -> Paper:
    """Items '5.' with sub-items 'a.', 'b.' under them: the sub-items are '5(a)', '5(b)' as the conventions say."""
    return Paper(
        rows=[
            "# NORTH FENWICK PARISH COUNCIL",
            "The next meeting of the Parish Council will take place on Wednesday 13th May 2026",
            "## ANNUAL PARISH COUNCIL MEETING",
            "1. Election of the chairman",
            "2. Election of vice chairman",
            "3. Apologies for absence",
            "4. Election of members to working groups and outside organisations:",
            ">a. Finance",
            ">b. Playgrounds",
            "5. Review Standing Orders",
        ],
        items=[
            ("1", "Election of the chairman"),
            ("2", "Election of vice chairman"),
            ("3", "Apologies for absence"),
            ("4", "Election of members to working groups and outside organisations:"),
            ("4(a)", "Finance"),
            ("4(b)", "Playgrounds"),
            ("5", "Review Standing Orders"),
        ],
        fields=own_council("North Fenwick Parish Council", "2026-05-13"),
    )


def dotted_sub_items_with_leads() -> Paper:
    """'14 Village Hall Car Park' with '14.1 ...' and '14.2 ...' under it, the lead's name after a dash."""
    return Paper(
        rows=[
            "# ASHCOMBE PARISH COUNCIL MEETING",
            "The Pavilion, Ashcombe Village Hall, Wednesday 4th February 2026 at 8.00pm",
            "## AGENDA",
            "1. Welcome & Apologies for Absence",
            "2. Declarations of Interest in Items on the Agenda",
            "3. Village Hall - Updates - Cllr Pearson",
            "4. Village Hall Car Park",
            ">4.1 Update on Project and Tender Process - Cllr Carter",
            ">4.2 Consideration of Quote for Pothole Repairs",
            "5. New Website",
            ">5.1 Report on Progress - Clerk",
        ],
        items=[
            ("1", "Welcome & Apologies for Absence"),
            ("2", "Declarations of Interest in Items on the Agenda"),
            ("3", "Village Hall - Updates - Cllr Pearson"),
            ("4", "Village Hall Car Park"),
            ("4.1", "Update on Project and Tender Process - Cllr Carter"),
            ("4.2", "Consideration of Quote for Pothole Repairs"),
            ("5", "New Website"),
            ("5.1", "Report on Progress - Clerk"),
        ],
        fields=own_council("Ashcombe Parish Council", "2026-02-04"),
    )


# -- margin minutes --------------------------------------------------------------------------------------------------


def margin_number_column_minutes() -> Paper:
    return Paper(
        rows=[
            "# Cwmgarw Community Council",
            "## Minutes of the Remote Meeting of Full Council Held in Microsoft Teams at 6.30pm on Wednesday,",
            "## 9th September 2026",
            "Cllr John Harries (JH) - Chairman, Cllr Tom Mills (TM), Cllr Idris Watkin (IW)",
            [(56, "1.", True), (90, "Apologies for Absence", True)],
            [(90, "Cllr Dylan Price joined the meeting, however, shortly afterwards, he lost connection.")],
            [(56, "2.", True), (90, "Declarations of Interest", True)],
            [(90, "JH: Governor - Garth Primary School. TM: Member - Maesteg Celtic RFC.")],
            [(56, "3.", True), (90, "Public Address", True)],
            [(90, "Nobody requested a link to join the meeting.")],
            [(56, "4.", True), (90, "Police Matters", True)],
            [(90, "PCSO Gareth Stone could not attend the meeting, but he sent the crime statistics.")],
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Public Address"),
            ("4", "Police Matters"),
        ],
        fields=own_council("Cwmgarw Community Council", "2026-09-09", "minutes"),
    )


def no_space_after_dot_minutes() -> Paper:
    return Paper(
        rows=[
            "# Llangarw Community Council",
            "## Minutes of the Remote Meeting of Full Council Held in Microsoft Teams at 6.30pm on Wednesday,",
            "## 14th October 2026",
            "Cllr John Harries (JH) - Chairman, Cllr Tom Mills (TM), Cllr Idris Watkin (IW)",
            "** 1.Apologies for Absence",
            "Cllr Dylan Price joined the meeting, however, shortly afterwards, he lost connection.",
            "** 2.Declarations of Interest",
            "JH: Governor - Garth Primary School.",
            "** 3.Public Address",
            "Nobody requested a link to join the meeting.",
            "** 4.Police Matters",
            "PCSO Gareth Stone could not attend the meeting, but he sent the crime statistics.",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Public Address"),
            ("4", "Police Matters"),
        ],
        fields=own_council("Llangarw Community Council", "2026-10-14", "minutes"),
    )


# -- parts -----------------------------------------------------------------------------------------------------------


def part_a_part_b_agenda() -> Paper:
    return Paper(
        rows=[
            "# Ravensby Borough Council",
            "## Cabinet",
            "Tuesday, 16 June 2026 at 6.00 pm",
            "Council Chamber, Town Hall, Ravensby",
            "## AGENDA",
            "** PART A",
            "1. Apologies for Absence",
            "2. Declarations of Interest",
            "3. Minutes of the meeting held on 12 May 2026",
            "4. Medium Term Financial Strategy",
            "** PART B",
            "5. Exclusion of the Press and Public",
            "6. Disposal of Land at Mill Street",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the meeting held on 12 May 2026"),
            ("4", "Medium Term Financial Strategy"),
            ("5", "Exclusion of the Press and Public"),
            ("6", "Disposal of Land at Mill Street"),
        ],
        fields=of_body("Ravensby Borough Council", "Cabinet", "2026-06-16", "agenda_pack"),
    )


# -- leftovers of round 38 -------------------------------------------------------------------------------------------


def fire_authority_own_minutes() -> Paper:
    return Paper(
        rows=[
            "# East Marden Fire Authority",
            "## Minutes of the meeting of the Fire Authority held at Headquarters, Lewdon on Thursday,",
            "## 11 June 2026 at 10.30 am",
            "Present: Councillors Osborne (Chairman), Galley, Howson, Lambert, Pearce and Theobald",
            "** 1. Declarations of Interest",
            "There were none.",
            "** 2. Apologies for Absence",
            "Apologies were received from Councillor Scott.",
            "** 3. Minutes of the last Fire Authority meeting",
            "RESOLVED - That the minutes of the meeting held on 13 February 2026 be approved.",
        ],
        items=[
            ("1", "Declarations of Interest"),
            ("2", "Apologies for Absence"),
            ("3", "Minutes of the last Fire Authority meeting"),
        ],
        fields=of_body("East Marden Fire Authority", "East Marden Fire Authority", "2026-06-11", "minutes"),
    )


def integration_joint_board_minutes() -> Paper:
    return Paper(
        rows=[
            "# SOUTH KILBRIDE HEALTH AND SOCIAL CARE PARTNERSHIP",
            "## INTEGRATION JOINT BOARD",
            "Minute of meeting held in the Board Room, Kirkland House, Bothwick, 7 July 2026 at 1.30 pm.",
            "Present: Voting Members: Councillor P Kelly (Chair), Mr M Hill (Vice Chair), Councillor J Agnew",
            "In attendance: Ms J Rice, Chief Officer; Mr M Wood, Chief Finance Officer",
            "** 1. APOLOGIES",
            "Apologies were received from Dr A Forbes.",
            "** 2. DECLARATIONS OF INTEREST",
            "There were no declarations of interest.",
            "** 3. MINUTE OF PREVIOUS MEETING",
            "The minute of the meeting held on 19 May 2026 was approved as a correct record.",
        ],
        items=[("1", "APOLOGIES"), ("2", "DECLARATIONS OF INTEREST"), ("3", "MINUTE OF PREVIOUS MEETING")],
        fields=of_body(
            "South Kilbride Health and Social Care Partnership", "Integration Joint Board", "2026-07-07", "minutes"
        ),
    )


def integration_joint_board_alone() -> Paper:
    """The board's own name as the only heading: the Integration Joint Board is the body and, its own meeting, the
    committee too (as a parish council's own meeting is)."""
    return Paper(
        rows=[
            "# NORTH KILBRIDE INTEGRATION JOINT BOARD",
            "Minute of meeting held in the Council Chamber, Civic Centre, Motherby on 22 September 2026 at 2.00 pm.",
            "Present: Councillor P Kelly (Chair), Mr M Hill (Vice Chair), Councillor J Agnew",
            "** 1. APOLOGIES",
            "Apologies were received from Dr A Forbes.",
            "** 2. MINUTE OF PREVIOUS MEETING",
            "The minute of the meeting held on 7 July 2026 was approved as a correct record.",
        ],
        items=[("1", "APOLOGIES"), ("2", "MINUTE OF PREVIOUS MEETING")],
        fields=of_body(
            "North Kilbride Integration Joint Board", "North Kilbride Integration Joint Board", "2026-09-22", "minutes"
        ),
    )


def governing_board_of_school() -> Paper:
    return Paper(
        rows=[
            "## Minutes of the meeting of the Governing Board of Westbrook Primary School",
            "## held on Tuesday 3 February 2026 at 6.00pm in the school library",
            "Present: Mrs A Carver (Chair), Mr D Noon (Headteacher), Mrs L Hartley, Mr P Ives",
            "In attendance: Mrs K Dent (Clerk)",
            "** 1. Welcome and apologies",
            "Apologies were received and accepted from Mr R Sayer.",
            "** 2. Declarations of business interest",
            "There were none.",
            "** 3. Minutes of the previous meeting",
            "The minutes of the meeting held on 2 December 2025 were approved.",
        ],
        items=[
            ("1", "Welcome and apologies"),
            ("2", "Declarations of business interest"),
            ("3", "Minutes of the previous meeting"),
        ],
        fields=of_body("Westbrook Primary School", "Governing Board", "2026-02-03", "minutes"),
    )


def issue_date_before_summons() -> Paper:
    return Paper(
        rows=[
            "# Coldstow District Council",
            "Issue date: 3 March 2026",
            "To: All Members of the Council",
            "You are summoned to attend a meeting of Coldstow District Council which will be held in the",
            "Council Chamber, Trinity Road, Coldstow on Wednesday, 11 March 2026 at 2.00 pm.",
            "## AGENDA",
            "1. Apologies",
            "2. Minutes of the previous meeting",
            "3. Declarations of interest",
            "4. Announcements from the Chair",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Minutes of the previous meeting"),
            ("3", "Declarations of interest"),
            ("4", "Announcements from the Chair"),
        ],
        fields=of_body("Coldstow District Council", "District Council", "2026-03-11", "agenda_pack"),
    )


DOCUMENTS = {
    "item-no-subject-table": item_no_subject_table,
    "no-item-lead-table": no_item_lead_table,
    "nhs-board-agenda-columns": nhs_board_agenda_columns,
    "time-column-agenda": time_column_agenda,
    "time-range-over-items": time_range_over_items,
    "item-label-with-time": item_label_with_time,
    "number-over-title-agenda": number_over_title_agenda,
    "item-over-page-break": item_over_page_break,
    "welsh-english-columns": welsh_english_columns,
    "lettered-sub-items": lettered_sub_items,
    "dotted-sub-items-with-leads": dotted_sub_items_with_leads,
    "margin-number-column-minutes": margin_number_column_minutes,
    "no-space-after-dot-minutes": no_space_after_dot_minutes,
    "part-a-part-b-agenda": part_a_part_b_agenda,
    "fire-authority-own-minutes": fire_authority_own_minutes,
    "integration-joint-board-minutes": integration_joint_board_minutes,
    "integration-joint-board-alone": integration_joint_board_alone,
    "governing-board-of-school": governing_board_of_school,
    "issue-date-before-summons": issue_date_before_summons,
}
CHECKS = ("items", *FIELDS)
XFAIL: dict[tuple[str, str], str] = {
    ("welsh-english-columns", "items"): (
        "ambiguous: the Welsh and English titles side by side; corpus/gold/README.md takes a title 'as printed' and "
        "gives no rule for which language's column an annotator keeps (the reader keeps the first, Welsh, column)"
    ),
}


def _judged(name: str, check: str) -> bool:
    paper = DOCUMENTS[name]()
    wanted = paper.items if check == "items" else paper.fields[check]
    return wanted != UNJUDGED


# the five-column grid's boxes are read as rows since round 54 (agenda_list._ocr_rows)
OCR_XFAIL = {
    "welsh-english-columns": XFAIL[("welsh-english-columns", "items")],
}


@pytest.fixture(scope="module")
def read_papers(tmp_path_factory) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("round39")
    return {
        name: fields_and_items(render(folder / f"{name}.pdf", make().rows), name, FIELDS)
        for name, make in DOCUMENTS.items()
    }


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, _judged, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    paper = DOCUMENTS[name]()
    items = paper.items if isinstance(paper.items, list) else []
    assert_document_check(read_papers[name], check, items, paper.fields)


def _ocr_params() -> list:
    listed = [name for name, make in DOCUMENTS.items() if isinstance(make().items, list)]
    return [
        pytest.param(name, id=name, marks=[pytest.mark.xfail(strict=True, reason=OCR_XFAIL[name])])
        if name in OCR_XFAIL
        else pytest.param(name, id=name)
        for name in listed
    ]


@pytest.mark.parametrize("name", _ocr_params())
def test_items_read_by_ocr(tmp_path, name: str) -> None:
    """The same pages as OCR reads a scan of them: no bold, each cell its own box, a point or two of jitter."""
    paper = DOCUMENTS[name]()
    found = fields_and_items(render(tmp_path / f"{name}.pdf", paper.rows, ocr_like=True), name, FIELDS)
    assert_document_check(found, "items", paper.items if isinstance(paper.items, list) else [], paper.fields)
