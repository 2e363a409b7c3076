"""Round 41 suite: document facts (type, body, committee, meeting date) and the agenda and minute items of bodies no
earlier round had drawn: a police and crime commissioner's accountability board, internal drainage boards, a
harbour and dock board, a historical seaport authority, academy trusts' boards, crematorium joint committees, a
combined authority and a national capital authority.

Each document is drawn with reportlab (``segment_cases.render``) and read by the real code path
(``document_facts``, then ``minutes_items`` or ``agenda_items``), scored per check as `agendaparse eval` compares
(items: number and folded title; pages: number and printed page range of the items that print one; the meeting date,
body, committee and document type). A board meeting as itself (an internal drainage board, a combined authority,
a harbour authority's board under its own name) is both body and committee, as a parish council's own meeting is
(corpus/gold/README.md; round 39's Integration Joint Board). Fields the conventions leave open are not judged
(``UNJUDGED``).

The structure and phrasing of each case follow a real page (names, places, dates and numbers changed):

- https://www.lancashire-pcc.gov.uk/transparency/meetings-reports/accountability-board-meeting/ (presenter lines)
- https://docslib.org/doc/5120111/minutes-may-2019 (an internal drainage board: contents list, then '49.1' paragraphs)
- https://studylib.net/doc/7587538/board-18.06.14---romney-marsh-area-internal-drainage-board ('Agenda Item No. 7')
- https://docslib.org/doc/13897757/witham-fourth-district-internal-drainage-board ('Agenda 1/13: Item 2.')
- https://docslib.org/doc/7305579/lower-medway-internal-drainage-board ('MINUTES OF THE MEETING of the BOARD held at')
- https://docslib.org/doc/2234367/board-minutes-2-june-2016 ('held at 2.00pm on Thursday 2 June 2016 at')
- http://democracy.allerdale.gov.uk/ieListDocuments.aspx?CId=1106&MId=3713&Ver=4 (Harbour and Dock Board)
- https://www.historicalseaport.org/2019/10/22/public-notice-meeting-of-board-of-directors-10-22-19/ (Roman items)
- https://studylib.net/doc/18058564/march-3rd-2016---blessed-christopher-wharton-catholic-multi ('Item No. | Agenda Item')
- https://docslib.org/doc/13577947/1-minutes-of-a-meeting-of-the-yes-trust-full-trustee ('PART ONE', '1 APOLOGIES')
- https://vdocument.in/minutes-of-the-meeting-of-the-governing-body-of-summary-pre-june-2018-bap-modelling.html
- https://docslib.org/doc/13098232/meeting-minutes-board-of-trustees-wednesday-13-december-2017-16-30-exeter-college
- https://democracy.torridge.gov.uk/ieListDocuments.aspx?CId=237&MeetingId=3096 (a crematorium joint committee)
- https://democracy.broxtowe.gov.uk/ieListDocuments.aspx?CId=148&MId=599&Ver=4 (Bramcote Crematorium Joint Committee)
- https://docslib.org/doc/4592386/autumn-2016-newsletter (a combined authority's minutes: publication, call-in dates)
- https://www.nca.gov.au/meeting-record/authority-meeting-held-24-october-2014-a20145 (a national authority's record)
- https://docslib.org/doc/10639941/1-culture-and-sport-glasgow ('MINUTE of a MEETING of the Board of Directors of X')
- https://docslib.org/doc/27499/culture-and-sport-glasgow ('(operating as Glasgow Life)', 'held via Videoconference')
- http://www.salthouseparishcouncil.org/minutes/november-03rd-2021 (a parish council's minutes typed in Word)
- https://ecms.newportbeachca.gov/WEB/DocView.aspx?dbid=0&id=704442&repo=CNB (a harbor commission's study session)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from agendaparse.segment import agenda_items, document_facts, minutes_items
from segment_cases import (
    Row,
    assert_document_check,
    document_check_params,
    fields_and_items,
    of_body,
    own_meeting,
    render,
)

FIELDS = ("meeting_date", "body", "committee", "doc_type")
UNJUDGED = "unjudged"  # a field or the items the annotators' conventions leave open for this case


@dataclass
class Paper:
    rows: list[Row]
    items: list[tuple[str | None, str]] | str
    fields: dict[str, str | None] = field(default_factory=dict)
    pages: list[tuple[str, str]] | None = None  # (number, printed range) of the items that print a range
    head: str | None = None
    foot: str | None = None
    from_page: int = 1
    one_font: bool = False  # every line plain 11-point, as a Word export prints minutes


# -- a police and crime commissioner's accountability board -----------------------------------------------------


def accountability_board_presenters() -> Paper:
    """Each item's presenter on the line under its title (a name, 'Mr X/CC Y'); the next meeting's date under
    'Date of the next meeting' is not the meeting's date."""
    return Paper(
        rows=[
            "# Police and Crime Commissioner for Hallowshire",
            "## Accountability Board",
            "Tuesday 16th June 2026 at 10.00am, Conference Room 2, Police Headquarters, Hutton Cross",
            "## Agenda",
            "1. Welcome and introductions",
            "Mr Grayson",
            "2. Apologies",
            "Mr Grayson",
            "3. Declaration of Interests",
            "4. Current and Significant Issues",
            "Mr Grayson/CC Hatfield",
            "5. Fees and Charges 2025/26",
            "6. Sponsorship, Gifts and Loans 2025/26",
            "Dan Rowley",
            "7. Gifts and Gratuities Update",
            "Gillian Routh",
            "8. Data Protection Office Annual Report 2025/26",
            "Gillian Routh",
            "9. Date of the next meeting",
            "3rd November 2026",
            "10. Exclusion of Press and Public",
            "The Board is asked to consider whether, under Section 100A(4) of the Local Government Act, 1972, it",
            "considers that the press and public should be excluded from the meeting during the following items.",
        ],
        items=[
            ("1", "Welcome and introductions"),
            ("2", "Apologies"),
            ("3", "Declaration of Interests"),
            ("4", "Current and Significant Issues"),
            ("5", "Fees and Charges 2025/26"),
            ("6", "Sponsorship, Gifts and Loans 2025/26"),
            ("7", "Gifts and Gratuities Update"),
            ("8", "Data Protection Office Annual Report 2025/26"),
            ("9", "Date of the next meeting"),
            ("10", "Exclusion of Press and Public"),
        ],
        fields=of_body(
            "Police and Crime Commissioner for Hallowshire", "Accountability Board", "2026-06-16", "agenda_pack"
        ),
    )


def accountability_board_minutes_items() -> Paper:
    """Items that approve the minutes of two earlier meetings, each dated, before the meeting's own date is
    printed only in the heading."""
    return Paper(
        rows=[
            "# Police and Crime Commissioner for Hallowshire",
            "## Accountability Board Meeting",
            "Thursday 12th March 2026, 2.00pm, Meeting Room 1, County Hall, Hutton Cross",
            "## Agenda",
            "1. Welcome and introductions",
            "Mr Snowdon",
            "2. Apologies",
            "Mr Snowdon",
            "3. Declaration of Interests",
            "Mr Snowdon",
            "4. Minutes of meeting held on the 20 November 2025",
            "Mr Snowdon",
            "5. Minutes of meeting held on the 12 February 2026",
            "Mr Snowdon",
            "6. Matters arising",
            "7. Action log",
            "Mr Snowdon",
            "8. Procurement Strategy",
            "Gillian Routh",
            "9. Date of the next meeting",
            "4 June 2026",
        ],
        items=[
            ("1", "Welcome and introductions"),
            ("2", "Apologies"),
            ("3", "Declaration of Interests"),
            ("4", "Minutes of meeting held on the 20 November 2025"),
            ("5", "Minutes of meeting held on the 12 February 2026"),
            ("6", "Matters arising"),
            ("7", "Action log"),
            ("8", "Procurement Strategy"),
            ("9", "Date of the next meeting"),
        ],
        fields=of_body(
            "Police and Crime Commissioner for Hallowshire", "Accountability Board", "2026-03-12", "agenda_pack"
        ),
    )


# -- internal drainage boards --------------------------------------------------------------------------------------


def drainage_board_contents_list() -> Paper:
    """A contents list with dot leaders and page numbers over the minutes; each minute '49 Welcome ...' (no dot)
    with numbered paragraphs '49.1' under it. The contents lines are not items a second time."""
    return Paper(
        rows=[
            "# MARSHCROFT AND HOLMEFLEET INTERNAL DRAINAGE BOARD",
            "## MINUTES OF THE FULL BOARD MEETING",
            "## MONDAY 11th MAY 2026",
            "14 Bridge Street, Holmefleet, DN14 7QQ",
            "PRESENT: Ratepayer Members: Mr Baker (Ch) Mr Cowley Mr Backhouse Mr Hurst (VCh) Mr Reid",
            "APOLOGIES: Ratepayer Members: Mr Oldham Appointed Members: Cllr Sargent",
            "IN ATTENDANCE: Officers: Mr McLean - Chief Executive (CEO) Mrs O'Dowd - Board Secretary (Minutes)",
            "Page | 1",
            "---",
            "Contents",
            "49 Welcome, Introductions and Apologies ...... 3",
            "50 Declarations of Interest ...... 3",
            "51 Additional Agenda Items ...... 3",
            "52 Minutes of the previous Full Board Meeting, 12th January 2026 ...... 3",
            "53 Matters Arising ...... 4",
            "54 Risk Register 2026 Review ...... 4",
            "Page | 2",
            "---",
            "49 Welcome, Introductions and Apologies",
            "49.1 The Chairman welcomed members to the meeting and gave the apologies of Cllr Sargent and Mr Oldham.",
            "50 Declarations of Interest",
            "50.1 None were made.",
            "51 Additional Agenda Items",
            "51.1 There were no requests for additional agenda items.",
            "52 Minutes of the previous Full Board Meeting, 12th January 2026",
            "52.1 It was PROPOSED by MR COWLEY and SECONDED by MR BAKER and UNANIMOUSLY RESOLVED that the minutes of",
            "the previous meeting be adopted as a true record.",
            "53 Matters Arising",
            "53.1 The AMgr reported that the pumping station survey had been completed.",
            "54 Risk Register 2026 Review",
            "54.1 The CSM presented the risk register; no new risks had been added since the last review.",
        ],
        items=[
            ("49", "Welcome, Introductions and Apologies"),
            ("50", "Declarations of Interest"),
            ("51", "Additional Agenda Items"),
            ("52", "Minutes of the previous Full Board Meeting, 12th January 2026"),
            ("53", "Matters Arising"),
            ("54", "Risk Register 2026 Review"),
        ],
        fields=own_meeting("Marshcroft and Holmefleet Internal Drainage Board", "2026-05-11"),
    )


def drainage_board_under_agenda_stamp() -> Paper:
    """Minutes printed as an item of the next meeting's papers ('Agenda Item No. 7' above them); under 'MATTERS
    ARISING' the earlier minutes it follows up are cited by their numbers ('447. Matters Arising'), which go
    backwards and are not items."""
    return Paper(
        rows=[
            "Agenda Item No. 7",
            "# ROMNEY LEVELS AREA INTERNAL DRAINAGE BOARD",
            "A meeting of the Board was held at Brookfield Village Hall, on Wednesday 17th June 2026 at 2.00 pm.",
            "PRESENT D Bodley Esq., F Cooke Esq., S Marsh Esq., W Maylem Esq., D Wheeler Esq., Elected Members.",
            "Cllr M Burgess, Cllr P Coe, Cllr A Ganley, Cllr C Hill, Appointed Members.",
            "N. Botley Esq., Clerk/Engineer to the Board, Mrs D Chalk, Finance Officer.",
            "** 457. APOLOGIES FOR ABSENCE",
            "Apologies were received from C Apps Esq., P Boulden Esq. and A Clifton Esq., Elected Members.",
            "** 458. MINUTES OF PREVIOUS MEETING",
            "The minutes of the meeting held on 28th January 2026 having previously been circulated to members were",
            "taken as read. The minutes were accepted as a correct record and signed by the Chairman.",
            "** 459. MATTERS ARISING",
            "447. Matters Arising",
            "The Clerk stated that, with this being an election year, he would be sending out new register of",
            "interest forms with the invites to the next Main Board meeting.",
            "456. Any Other Business",
            "Cllr A Hill wished to clarify his suggestion at the previous Board meeting regarding the Agency.",
            "** 460. ENGINEERS PROGRESS REPORT",
            "The Engineer read through the reports from the district foremen.",
            "** 461. FINANCE REPORT",
            "The Finance Officer presented the accounts to 31st May 2026.",
        ],
        items=[
            ("457", "APOLOGIES FOR ABSENCE"),
            ("458", "MINUTES OF PREVIOUS MEETING"),
            ("459", "MATTERS ARISING"),
            ("460", "ENGINEERS PROGRESS REPORT"),
            ("461", "FINANCE REPORT"),
        ],
        fields=own_meeting("Romney Levels Area Internal Drainage Board", "2026-06-17"),
    )


def drainage_board_agenda_item_prefix() -> Paper:
    """'MINUTES of the proceedings of the Board at a Meeting held at ... on Wednesday 10 June 2026.' under the
    board's name; each minute prefixed 'Agenda 1/26: Item 2.' before its own number (which number is the item's
    the conventions do not say: items not judged)."""
    return Paper(
        rows=[
            "# WITHAM SIXTH DISTRICT INTERNAL DRAINAGE BOARD",
            "MINUTES of the proceedings of the Board at a Meeting held at the Board's Offices, 12 Norfolk Street,",
            "Boston on Wednesday 10 June 2026.",
            "Present:- J.E. Grantham Esq. (Chairman)",
            "Messrs: J. A. Allen C. Hardy D. Richmond P. Bedford A. Harrison A. Saul",
            "Agenda 1/26: Item 1. Apologies for non-attendance were received from:-",
            "Messrs: C. Brotherton K. Smith T. W. Roberts",
            "Agenda 1/26: Item 2. 1. CHAIRMAN'S ANNOUNCEMENTS",
            "1.1 Changes in Board Membership The Chairman welcomed back Mrs Harrison representing the District.",
            "1.2 Annual Newsletter The Board have produced a 2026 newsletter which was sent out with demand notes.",
            "Agenda 1/26: Item 3. 2. MINUTES OF THE LAST MEETING",
            "The minutes of the meeting held on 11 February 2026 were approved and signed.",
        ],
        items=UNJUDGED,
        fields=own_meeting("Witham Sixth District Internal Drainage Board", "2026-06-10"),
    )


def drainage_board_unnumbered_minutes() -> Paper:
    """'MINUTES OF THE MEETING of the BOARD held at ... on Monday 26 January 2026' under the board's name, the
    minutes under unnumbered headings (items not judged)."""
    return Paper(
        rows=[
            "# LOWER HADLEY INTERNAL DRAINAGE BOARD",
            "MINUTES OF THE MEETING of the BOARD held at The Boards Offices, 17 Albion Place, Maidhurst on",
            "Monday 26 January 2026",
            "** Members of the Board Present",
            "Chairman: S Batten",
            "D Dewar K Ingle J Lewin J Mair N Hampton P Marchant B Stone J Wright",
            "** In attendance",
            "M D Watts - Chief Executive, J Williams - Finance Assistant, J Kelly - Environment Agency",
            "** Apologies",
            "Apologies were received from S Attwood, D Davis and R Hall.",
            "** Environment Agency",
            "The Chairman welcomed J Kelly to the meeting, who talked through how the precept had been spent.",
        ],
        items=UNJUDGED,
        fields=own_meeting("Lower Hadley Internal Drainage Board", "2026-01-26"),
    )


def drainage_board_time_before_date() -> Paper:
    """'Minutes of the Meeting of the Board held at 2.00pm on Thursday 4 June 2026 at X Village Hall': the time
    before the date, and the board's name only in the letterhead."""
    return Paper(
        rows=[
            "# RIVER STOURBRIDGE INTERNAL DRAINAGE BOARD",
            "Minutes of the Meeting of the Board held at 2.00pm on Thursday 4 June 2026 at Godmere & Crundle",
            "Village Hall, The Street, Godmere, Canterbury.",
            "** Present",
            "Mr M J Tapp (Chairman), Mr A D Linfield (Vice Chairman), Mr D M Botley, Councillor M Martin.",
            "** 1. Apologies",
            "Apologies for absence were received from Councillor M D Conway and Mr P E Dyas.",
            "** 2. Minutes",
            "The Minutes of the Meeting of the Board held on Thursday 5 February 2026 were received and confirmed.",
            "** 3. Environment Agency Works",
            "Councillor Smith asked whether the results of the phosphate survey had been received.",
        ],
        items=[("1", "Apologies"), ("2", "Minutes"), ("3", "Environment Agency Works")],
        fields=own_meeting("River Stourbridge Internal Drainage Board", "2026-06-04"),
    )


# -- a harbour and dock board of a borough council -----------------------------------------------------------------


def harbour_dock_board_minutes() -> Paper:
    """A borough council's harbour board: the council in the letterhead, the board as the meeting body."""
    return Paper(
        rows=[
            "# Coldharbour Borough Council",
            "## Saltcote Harbour and Dock Board",
            "Minutes of a meeting of the Saltcote Harbour and Dock Board held on Friday 26 June 2026 at 10.30 am",
            "in the Lonsdale Room, Civic House, Saltcote",
            "Present: Councillor B Cannon (Chair), Councillors Ferris, Holt and Pearce; Mr J Tyson (co-opted)",
            "** 86. Declaration of interests",
            "None received.",
            "** 87. Minutes",
            "The minutes of the last meeting were signed as a correct record.",
            "** 88. Questions",
            "None received.",
            "** 89. Board Vacancies",
            "Councillor B Cannon welcomed the new members of the Board to their first meeting.",
            "** 90. Review of the Year",
            "The Chair provided members with a verbal review of the year.",
            "** 91. Harbour Masters Report",
            "Agreed: That the Harbour Masters Report be noted.",
        ],
        items=[
            ("86", "Declaration of interests"),
            ("87", "Minutes"),
            ("88", "Questions"),
            ("89", "Board Vacancies"),
            ("90", "Review of the Year"),
            ("91", "Harbour Masters Report"),
        ],
        fields=of_body("Coldharbour Borough Council", "Saltcote Harbour and Dock Board", "2026-06-26", "minutes"),
    )


def harbour_dock_board_frontsheet() -> Paper:
    """The same board's agenda frontsheet: the summons, then items with printed page ranges."""
    return Paper(
        rows=[
            "# Coldharbour Borough Council",
            "## Saltcote Harbour and Dock Board",
            "Date: Friday 25 September 2026",
            "Time: 10.30 am",
            "Venue: Lonsdale Room, Civic House, Saltcote",
            "## AGENDA",
            "1. Declaration of interests",
            "Councillors/Staff to give notice of any disclosable pecuniary interest relating to any item.",
            "2. Minutes (Pages 3 - 6)",
            "To agree as a correct record the minutes of the meeting held on 26 June 2026.",
            "3. Questions",
            "To answer questions from members of the public - 2 days notice of which must have been given.",
            "4. Harbour Masters Report (Pages 7 - 12)",
            "5. Dredging Programme 2026/27 (Pages 13 - 20)",
            "6. Date of next meeting",
        ],
        items=[
            ("1", "Declaration of interests"),
            ("2", "Minutes"),
            ("3", "Questions"),
            ("4", "Harbour Masters Report"),
            ("5", "Dredging Programme 2026/27"),
            ("6", "Date of next meeting"),
        ],
        pages=[("2", "3-6"), ("4", "7-12"), ("5", "13-20")],
        fields=of_body("Coldharbour Borough Council", "Saltcote Harbour and Dock Board", "2026-09-25", "agenda_pack"),
    )


# -- a historical seaport authority's board --------------------------------------------------------------------------


def seaport_authority_roman_agenda() -> Paper:
    """Roman item numbers, each with a duration in a right-hand column, lettered sub-items under them, a US date
    ('Tuesday October 20, 2026') and the next meeting's date at the foot."""
    return Paper(
        rows=[
            "# Marrow Bay Historical Seaport Authority Board of Directors",
            "## BOARD MEETING - Tuesday October 20, 2026 6:30 to 8:30 PM",
            [(56, "I. Call to Order")],
            [(56, "II. Approval of Minutes - September 22, 2026"), (400, "( 5 minutes)")],
            [(56, "III. Treasurer's Report"), (400, "(10 minutes)")],
            ">a. Payables",
            ">b. September Financials",
            [(56, "IV. Staff Reports"), (400, "(15 minutes)")],
            ">a. Executive Director",
            ">b. Marine Operations",
            [(56, "V. New Business"), (400, "(15 minutes)")],
            ">a. Review 2027 Pro Forma",
            ">b. Board Terms and Membership Renewals",
            [(56, "VI. Public Comment"), (400, "( 5 minutes)")],
            [(56, "VII. Adjourn")],
            "Next Board Meeting: Tuesday, November 24, 2026 6:30 PM",
        ],
        items=[
            ("I", "Call to Order"),
            ("II", "Approval of Minutes - September 22, 2026"),
            ("III", "Treasurer's Report"),
            ("III(a)", "Payables"),
            ("III(b)", "September Financials"),
            ("IV", "Staff Reports"),
            ("IV(a)", "Executive Director"),
            ("IV(b)", "Marine Operations"),
            ("V", "New Business"),
            ("V(a)", "Review 2027 Pro Forma"),
            ("V(b)", "Board Terms and Membership Renewals"),
            ("VI", "Public Comment"),
            ("VII", "Adjourn"),
        ],
        fields=of_body("Marrow Bay Historical Seaport Authority", "Board of Directors", "2026-10-20", "agenda_pack"),
    )


# -- academy trusts' boards ------------------------------------------------------------------------------------------


def trust_board_item_table() -> Paper:
    """A Catholic multi-academy trust's board minutes laid out as a grid: 'Item No. | Agenda Item' and the notes
    beside each title; the meeting's facts in a 'Meeting Date | ... | Chaired By' grid."""
    return Paper(
        rows=[
            "# Blessed Hugh More Catholic Academy Trust",
            "## Minutes of the extra meeting of the Trust Board",
            [
                (56, "Meeting Date", True),
                (150, "Thursday 5th March 2026"),
                (330, "Chaired By", True),
                (420, "Colin Robb"),
            ],
            [(56, "Time", True), (150, "6.30pm"), (330, "Location", True), (420, "Saint Anne's")],
            "MEMBERS: Colin Robb (CR) - Chair, David Jolley (DJ) - Vice Chair, Neil Mould (NM), Keith Morton",
            "IN ATTENDANCE: Celia Ries - Clerk",
            "## NOTES",
            [(56, "Item No.", True), (110, "Agenda Item", True), (300, "Notes", True)],
            [(56, "1"), (110, "Opening Prayer"), (300, "Led by AS")],
            [(56, "2"), (110, "Welcome and introductions"), (300, "The meeting began at 6.35pm and was quorate.")],
            [(56, "3"), (110, "Apologies for absence"), (300, "Apologies were received from Keith Morton.")],
            [(56, "4"), (110, "Declarations of interest"), (300, "BC's husband works at St Wilfrid's.")],
            [(56, "5"), (110, "Feedback from the Diocese"), (300, "The Chair reported on his meeting.")],
        ],
        items=[
            ("1", "Opening Prayer"),
            ("2", "Welcome and introductions"),
            ("3", "Apologies for absence"),
            ("4", "Declarations of interest"),
            ("5", "Feedback from the Diocese"),
        ],
        fields=of_body("Blessed Hugh More Catholic Academy Trust", "Trust Board", "2026-03-05", "minutes"),
    )


def full_trustee_board_part_one() -> Paper:
    """'MINUTES OF A MEETING OF THE KITE TRUST FULL TRUSTEE BOARD HELD AT ... ON 2ND DECEMBER 2025 AT 4.00PM' in
    capitals; 'PART ONE - NON CONFIDENTIAL BUSINESS' and an 'Actions' column head before the first minute; minutes
    numbered '1 APOLOGIES ...' with no dot; a bare page number at the foot of the page."""
    return Paper(
        rows=[
            "## MINUTES OF A MEETING OF THE KITE TRUST FULL TRUSTEE BOARD HELD AT THE FERNDALE ACADEMY ON",
            "## 2ND DECEMBER 2025 AT 4.00PM",
            "Trustees Present: Tony Smithson (TS) Chair, Nic Brindley (NB) CEO, Ian Carden (IC), Rob Halsey (RH)",
            "Also in attendance: Chris Heptonstall, Director of Business; Claire Lessing, Clerk to the Trustees",
            "** PART ONE - NON CONFIDENTIAL BUSINESS",
            [(480, "Actions", True)],
            "** 1 APOLOGIES AND ADDITIONAL OTHER BUSINESS",
            "Apologies for absence had been received from Martin Howell and Belinda Logue; these were accepted.",
            [(56, "Action: Clerk to check that the dates of all meetings had been sent to trustees."), (480, "Clerk")],
            "** 2 CONFLICT OF INTEREST",
            "TS is Chair of the board of governors of Alderley Community Primary School.",
            "1",
            "---",
            "** 3 ELECTION OF CHAIR AND VICE CHAIR",
            "Trustees agreed that the term of office for the Chair of the FTB would be 1 year.",
            "** 4 MINUTES OF PREVIOUS MEETING",
            "The minutes of the meeting held on 8th October 2025 were approved.",
        ],
        items=[
            ("1", "APOLOGIES AND ADDITIONAL OTHER BUSINESS"),
            ("2", "CONFLICT OF INTEREST"),
            ("3", "ELECTION OF CHAIR AND VICE CHAIR"),
            ("4", "MINUTES OF PREVIOUS MEETING"),
        ],
        fields=of_body("Kite Trust", "Full Trustee Board", "2025-12-02", "minutes"),
    )


def trustees_date_without_year() -> Paper:
    """'held on Thursday 11th December at 6.30pm': the year only in the running head ('SVMAT Board of Trustees
    11th December 2025') printed on every page."""
    return Paper(
        rows=[
            "## Minutes of the meeting of the Board of Trustees held on Thursday 11th December at 6.30pm at",
            "## Danesford Community PRU",
            "Present: Mr I Dolby, Mr T Fleming, Mrs C Graham, Mr M Horne, Mr I Warman (Acting Chair)",
            "In Attendance: Ms L Savage (Chief Executive Officer and Accounting Officer)",
            "** 1. APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST",
            "Apologies for absence were received, with consent, from Mr A Pennington (Chair of Trustees).",
            "There were no declarations of interest.",
            "** 2. DANESFORD PRESENTATION",
            "Previously distributed. Mrs T Head, Headteacher of Danesford Community PRU.",
            "** 3. MINUTES OF THE MEETING HELD ON 16TH OCTOBER 2025",
            "The minutes were approved as a true record.",
        ],
        head="SVMAT Board of Trustees 11th December 2025",
        items=[
            ("1", "APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST"),
            ("2", "DANESFORD PRESENTATION"),
            ("3", "MINUTES OF THE MEETING HELD ON 16TH OCTOBER 2025"),
        ],
        fields=of_body(UNJUDGED, "Board of Trustees", "2025-12-11", "minutes"),
    )


def trustees_item_business_columns() -> Paper:
    """'Meeting Minutes / Board of Trustees / Wednesday 10 December 2025, 16.30 Riverside College' under the
    trust's name; a 'Minutes Item | Business | Action Ref' head over the minutes; an 'Items for Approval' band
    between them is not an item."""
    return Paper(
        rows=[
            "# Ridgeway Learning Trust",
            "## Meeting Minutes Board of Trustees",
            "Wednesday 10 December 2025, 16.30 Riverside College",
            "Attendees: Rob Bosworth - Chair (RB), Debra Mills (DM), Alex Walsh (AW), Alison Layton - Clerk (ALH)",
            [(56, "Minutes Item", True), (150, "Business", True), (480, "Action Ref", True)],
            "** 1. Welcome, Apologies and Declarations of interest",
            "RB welcomed all present to the meeting. There were no apologies.",
            "** 2. Minutes of Previous meetings",
            "The minutes of the meeting held on 16 July 2025 were approved.",
            "** 3. Matters Arising",
            "None",
            "** 4. Disadvantaged pupils",
            "JL gave a presentation to Trustees on disadvantaged pupils.",
            "** Items for Approval",
            "** 5. Appointments/Resignations",
            "Matthew Shanks was appointed as an Observer to the Performance & Standards Committee.",
        ],
        items=[
            ("1", "Welcome, Apologies and Declarations of interest"),
            ("2", "Minutes of Previous meetings"),
            ("3", "Matters Arising"),
            ("4", "Disadvantaged pupils"),
            ("5", "Appointments/Resignations"),
        ],
        fields=of_body("Ridgeway Learning Trust", "Board of Trustees", "2025-12-10", "minutes"),
    )


# -- crematorium joint committees ----------------------------------------------------------------------------------


def crematorium_joint_committee_frontsheet() -> Paper:
    """A district council's frontsheet for a crematorium joint committee it hosts: the summons, a sub-item '(a)',
    page ranges after two titles, the minutes of an earlier meeting with their own date."""
    return Paper(
        rows=[
            "# Taw Valley District Council",
            "## North Barum Crematorium Joint Committee",
            "To: Members of the North Barum Crematorium Joint Committee",
            "A meeting of the North Barum Crematorium Joint Committee will be held in the Crematorium Meeting Room,",
            "North Barum Crematorium on Friday, 6th February 2026 at 10.00 am.",
            "## AGENDA",
            "1. Apologies for Absence",
            "2. To approve as a correct record the minutes of the meeting held on 1st August 2025 (Pages 1 - 6)",
            ">(a) Matters Arising",
            "3. Items brought forward which, in the opinion of the Chairman, should be considered as a matter of",
            "urgency",
            "4. Declarations of Interest",
            "5. Crematorium Matters. Report by the Crematorium Manager (Pages 7 - 14)",
            "6. Date of next meeting",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "To approve as a correct record the minutes of the meeting held on 1st August 2025"),
            ("2(a)", "Matters Arising"),
            (
                "3",
                "Items brought forward which, in the opinion of the Chairman, should be considered as a matter of"
                " urgency",
            ),
            ("4", "Declarations of Interest"),
            ("5", "Crematorium Matters. Report by the Crematorium Manager"),
            ("6", "Date of next meeting"),
        ],
        pages=[("2", "1-6"), ("5", "7-14")],
        fields=of_body(
            "Taw Valley District Council", "North Barum Crematorium Joint Committee", "2026-02-06", "agenda_pack"
        ),
    )


def crematorium_joint_committee_minutes() -> Paper:
    """Minutes of a joint committee under its host council: capital headings, 'APPOINTMENT OF CHAIR' first."""
    return Paper(
        rows=[
            "# Broxley Borough Council",
            "## Bramford Crematorium Joint Committee",
            "Minutes of the meeting held at Bramford Crematorium, Coventry Lane, Bramford on Thursday, 18 June 2026",
            "commencing at 2.00 pm",
            "Present: Councillor C Hart (Chair), Councillors S J Carr, D Grindell, P Owen and K Shaw",
            "** 1. APPOINTMENT OF CHAIR",
            "RESOLVED that Councillor C Hart be appointed Chair of the Joint Committee.",
            "** 2. APPOINTMENT OF VICE CHAIR",
            "RESOLVED that Councillor S J Carr be appointed Vice Chair of the Joint Committee.",
            "** 3. DECLARATIONS OF INTEREST",
            "There were no declarations of interest.",
            "** 4. MINUTES",
            "The minutes of the meeting held on 19 March 2026 were confirmed and signed as a correct record.",
            "** 5. CREMATION NUMBERS AND OTHER UPDATES",
            "The Joint Committee noted the latest update on cremation numbers.",
        ],
        items=[
            ("1", "APPOINTMENT OF CHAIR"),
            ("2", "APPOINTMENT OF VICE CHAIR"),
            ("3", "DECLARATIONS OF INTEREST"),
            ("4", "MINUTES"),
            ("5", "CREMATION NUMBERS AND OTHER UPDATES"),
        ],
        fields=of_body("Broxley Borough Council", "Bramford Crematorium Joint Committee", "2026-06-18", "minutes"),
    )


# -- a combined authority and a national authority -------------------------------------------------------------------


def combined_authority_call_in_minutes() -> Paper:
    """A combined authority's minutes headed by their publication date and call-in deadline (both after the
    meeting); the meeting's own date in 'At a meeting of ... held in ... on Friday, 18th September, 2026'."""
    return Paper(
        rows=[
            "## MERSEYVALE CITY REGION COMBINED AUTHORITY",
            "PUBLICATION: 25 SEPTEMBER 2026",
            "DEADLINE FOR CALL-IN: 2 OCTOBER 2026",
            "FOLLOWING THE CALL-IN PERIOD, DECISIONS INCLUDED IN THESE MINUTES MAY THEN BE IMPLEMENTED WHERE",
            "THEY HAVE NOT BEEN SUBJECT TO A CALL-IN. * DENOTES KEY DECISION",
            "At a meeting of the Merseyvale City Region Combined Authority held in the Authority Chamber - No. 1",
            "Mann Quay, Merseyvale, on Friday, 18th September, 2026 the following Members were",
            "P r e s e n t:",
            "Metro Mayor S Rotherham, Chairperson of the Combined Authority (in the Chair)",
            "Councillor P Davis, Councillor B Gruner, Councillor R Polley and Councillor M Murphy.",
            "** 66. APOLOGIES FOR ABSENCE",
            "Apologies for absence were received on behalf of Mayor J Andrews and Councillor A Moorhouse.",
            "** 67. DECLARATIONS OF INTEREST",
            "It was reported that no declarations of interest had been received.",
            "** 68. MINUTES OF THE COMBINED AUTHORITY MEETING HELD ON 21 AUGUST 2026",
            "RESOLVED - That the minutes of the meeting held on 21 August 2026 be approved as a correct record.",
        ],
        items=[
            ("66", "APOLOGIES FOR ABSENCE"),
            ("67", "DECLARATIONS OF INTEREST"),
            ("68", "MINUTES OF THE COMBINED AUTHORITY MEETING HELD ON 21 AUGUST 2026"),
        ],
        fields=own_meeting("Merseyvale City Region Combined Authority", "2026-09-18"),
    )


def national_authority_meeting_record() -> Paper:
    """A national authority's public record of its board ('Authority meeting held 23 October 2026'): no numbered
    items, 'Matters discussed included:' and bullets (items not judged)."""
    return Paper(
        rows=[
            "# National Capital Lands Authority",
            "## Authority meeting held 23 October 2026",
            "Historically, six Authority meetings are held each year. This was the fifth meeting for 2026.",
            "This was the first meeting for Authority Member Ms Faulkner, appointed as a part-time member.",
            "The following is a public record of the matters discussed at the Authority meeting held on",
            "23 October 2026. As some matters are privileged or confidential, this record does not completely",
            "represent the formal minutes of the meeting. Matters discussed included:",
            "> - the Authority's five year Information and Education Strategy",
            "> - an update on the introduction of pay parking",
            "> - topics for the next Capital Memorials Committee.",
            "The December meeting has not yet been verified by the board.",
        ],
        items=UNJUDGED,
        fields=of_body(UNJUDGED, UNJUDGED, "2026-10-23", "minutes"),
    )


# -- a charity company's board and a parish council's Word minutes ----------------------------------------------------


def charity_company_board_minute() -> Paper:
    """A charity company's board: the company line ('(A Company which is a Scottish charity ...)') under its name,
    'MINUTE of a MEETING of the Board of Directors of X held at ... on 24 June 2026 at 10.45am.', minutes numbered
    '1 Welcome and opening remarks.' with no dot after the number, a document-management reference at the foot."""
    return Paper(
        rows=[
            "# Culture and Leisure Dunmore",
            "(A Company which is a Scottish charity (Scottish charity number SC041234) incorporated in Scotland under",
            "the Companies Acts with company number SC398765)",
            "MINUTE of a MEETING of the Board of Directors of Culture and Leisure Dunmore held at the Royal Concert",
            "Hall, Dunmore on 24 June 2026 at 10.45am.",
            "Present: Bailie Elspeth Cameron (Chair), Councillor Stephen Curry, Sir Angus Grant, Dr Bridget McCall",
            "Attending: Martin Booth, Director of Finance; Anne Gilmore, Liaison Officer",
            "Apology: Bailie Gordon Mathers",
            "** 1 Welcome and opening remarks.",
            "Bailie Cameron welcomed all present to the meeting.",
            "** 2 Apology noted.",
            "The Board noted an apology from Bailie Gordon Mathers.",
            "** 3 Notice and quorum agreed.",
            "Having heard the Chair advise that notice had been issued and a quorum was present, the Board agreed to",
            "proceed to business.",
            "** 4 Minute of previous meeting approved.",
            "The minute of the previous meeting of 25 March 2026 was submitted and approved.",
        ],
        foot="DUNM 1891640 v 2",
        items=[
            ("1", "Welcome and opening remarks"),
            ("2", "Apology noted"),
            ("3", "Notice and quorum agreed"),
            ("4", "Minute of previous meeting approved"),
        ],
        fields=of_body("Culture and Leisure Dunmore", "Board of Directors", "2026-06-24", "minutes"),
    )


def charity_board_by_videoconference() -> Paper:
    """The same charity's board met by videoconference: its trading name in brackets after its name in the
    letterhead ('(operating as Dunmore Life)'), 'held via Videoconference on 25 November 2026 at 10am'."""
    return Paper(
        rows=[
            "# Culture and Leisure Dunmore (operating as Dunmore Life)",
            "(A Company which is a Scottish charity (Scottish charity number SC041234) incorporated in Scotland under",
            "the Companies Acts with company number SC398765)",
            "MINUTE of a MEETING of the Board of Directors of Culture and Leisure Dunmore held via Videoconference",
            "on 25 November 2026 at 10am.",
            "Present: Councillor David McDowall (Chair), Councillor Eva Bolan, Professor John Broun, Iain MacRae",
            "Apologies: Professor Sir Anton Muscat, Councillor Michael Cullen",
            "** 1. Welcome",
            "The Chief Executive welcomed those present to the meeting.",
            "** 2. Apologies noted.",
            "The Board noted that apologies had been received from Professor Sir Anton Muscat.",
            "** 3. Appointment of Chairs agreed.",
            "Councillor McAvoy nominated Councillor David McDowall, and this was seconded.",
        ],
        items=[("1", "Welcome"), ("2", "Apologies noted"), ("3", "Appointment of Chairs agreed")],
        fields=of_body("Culture and Leisure Dunmore", "Board of Directors", "2026-11-25", "minutes"),
    )


def harbor_commission_study_session() -> Paper:
    """A US harbor commission's study session: the commission's name and 'STUDY SESSION MINUTES' in one heading,
    the room and a month-first date under it, items numbered '1)' in capitals. The city is never named (body not
    judged: 'City Council Chambers' is a room); the commission is named as printed, the session's kind apart."""
    return Paper(
        rows=[
            "## NEWPORT COVE HARBOR COMMISSION STUDY SESSION MINUTES",
            "City Council Chambers",
            "August 12, 2026",
            "1) CALL MEETING TO ORDER",
            "The meeting was called to order at 4:30 p.m.",
            "2) ROLL CALL",
            "Commissioners: Doug Weston, Chair; Brad Avery (arrived at 4:45 p.m.); Paul Blanc; David Girl",
            "Staff Members: Chris Millar, Harbor Resources Manager",
            "3) PUBLIC COMMENTS",
            "This item was postponed after Item No. 4 of the meeting.",
            "4) CURRENT BUSINESS",
            "Chair Weston reported that the purpose of the present meeting is to receive the sub-committee's report.",
            "5) ADJOURNMENT",
            "The study session was adjourned at 5:50 p.m.",
        ],
        items=[
            ("1", "CALL MEETING TO ORDER"),
            ("2", "ROLL CALL"),
            ("3", "PUBLIC COMMENTS"),
            ("4", "CURRENT BUSINESS"),
            ("5", "ADJOURNMENT"),
        ],
        fields=of_body(UNJUDGED, "Newport Cove Harbor Commission", "2026-08-12", "minutes"),
    )


def parish_council_word_minutes() -> Paper:
    """A parish council's minutes typed in Word and printed in one font: the council's name alone with a full
    stop, 'Minutes of the meeting held on Tuesday 15th September 2026' under it; numbered paragraphs rather than
    titled items (items not judged)."""
    return Paper(
        rows=[
            "Saltmarsh Parish Council.",
            "Minutes of the meeting held on Tuesday 15th September 2026",
            "Present Cllrs. Dr. S. Dawes, (chairman) C. Horwood, D. Harrold, J. Wright. J. Stibbard (clerk)",
            "County Cllr. E. Varney District Cllr. V. Holliday. Sixteen members of the public",
            "The meeting opened at 7.30pm",
            "1. Apologies. None",
            "2. To elect a Vice-Chairman for the coming year.",
            "It was proposed by Cllr Dawes that Cllr. Horwood should be elected as vice-chairman.",
            "3. There were no comments or questions on the agenda from members of the public.",
            "4. The minutes of the meeting held on Tuesday 14th July 2026 were approved by the members present.",
            "5. There were no declarations of interest.",
        ],
        one_font=True,
        items=UNJUDGED,
        fields=own_meeting("Saltmarsh Parish Council", "2026-09-15"),
    )


DOCUMENTS = {
    "accountability-board-presenters": accountability_board_presenters,
    "accountability-board-minutes-items": accountability_board_minutes_items,
    "drainage-board-contents-list": drainage_board_contents_list,
    "drainage-board-under-agenda-stamp": drainage_board_under_agenda_stamp,
    "drainage-board-agenda-item-prefix": drainage_board_agenda_item_prefix,
    "drainage-board-unnumbered-minutes": drainage_board_unnumbered_minutes,
    "drainage-board-time-before-date": drainage_board_time_before_date,
    "harbour-dock-board-minutes": harbour_dock_board_minutes,
    "harbour-dock-board-frontsheet": harbour_dock_board_frontsheet,
    "seaport-authority-roman-agenda": seaport_authority_roman_agenda,
    "trust-board-item-table": trust_board_item_table,
    "full-trustee-board-part-one": full_trustee_board_part_one,
    "trustees-date-without-year": trustees_date_without_year,
    "trustees-item-business-columns": trustees_item_business_columns,
    "crematorium-joint-committee-frontsheet": crematorium_joint_committee_frontsheet,
    "crematorium-joint-committee-minutes": crematorium_joint_committee_minutes,
    "combined-authority-call-in-minutes": combined_authority_call_in_minutes,
    "national-authority-meeting-record": national_authority_meeting_record,
    "charity-company-board-minute": charity_company_board_minute,
    "parish-council-word-minutes": parish_council_word_minutes,
    "charity-board-by-videoconference": charity_board_by_videoconference,
    "harbor-commission-study-session": harbor_commission_study_session,
}
CHECKS = ("items", "pages", *FIELDS)
XFAIL: dict[tuple[str, str], str] = {}


def _judged(name: str, check: str) -> bool:
    paper = DOCUMENTS[name]()
    if check == "pages":
        return paper.pages is not None
    wanted = paper.items if check == "items" else paper.fields[check]
    return wanted != UNJUDGED


def _printed_pages(pages) -> list[tuple[str, str]]:
    facts = document_facts(pages)
    reader = {"minutes": minutes_items, "agenda_pack": agenda_items}.get(facts.doc_type)
    found = reader(pages, "doc") if reader else []
    return [(item.number, item.printed_pages) for item in found if item.printed_pages]


@pytest.fixture(scope="module")
def read_papers(tmp_path_factory) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("round41")
    found = {}
    for name, make in DOCUMENTS.items():
        paper = make()
        pages = render(
            folder / f"{name}.pdf",
            paper.rows,
            head=paper.head,
            foot=paper.foot,
            from_page=paper.from_page,
            one_font=paper.one_font,
        )
        found[name] = fields_and_items(pages, name, FIELDS)
        found[name]["pages"] = _printed_pages(pages)
    return found


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, _judged, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    paper = DOCUMENTS[name]()
    if check == "pages":
        assert read_papers[name]["pages"] == paper.pages
        return
    items = paper.items if isinstance(paper.items, list) else []
    assert_document_check(read_papers[name], check, items, paper.fields)
