"""Round 27 suite (issue #4): items, dates, bodies and committees in the minutes, agendas and notices of bodies the
earlier rounds did not draw on: government committees, boards and regional groups, county cabinet printed minutes,
agenda frontsheets and supplements with page ranges, US police board and school board notices, parish and community
council minutes.

Each case is a document (one to three pages) drawn to a real PDF (tests/segment_cases.render) and read by the real
code path: segment.document_facts for doc_type, body, committee and meeting date, and segment.minutes_items or
segment.agenda_items (by the doc_type found) for the items, scored as `agendaparse eval` scores them (body and
committee by norm_name; items paired by evaluate.score_agenda_items: recall = paired / gold items, precision =
paired / items found, every paired title equal after norm_text and every paired printed page range equal). The truth
follows corpus/gold/README.md: body is the council or department that holds the meeting, committee the meeting body
as printed; a parish or community council's own meeting has the council as both; "1.1" numbered paragraphs under a
minute heading, "(Item 4)" cross-references, "(a)" points and numbered paragraphs inside a minute are not items;
sub-items are numbered under their parent ("3(1)", "58(A)"); "(Pages 5 - 12)" is the item's printed_pages "5-12".
Each case keeps the structure and phrasing pattern of a real page (names, places, dates and numbers changed). Sources:

- http://jncc.defra.gov.uk/page-3533-theme=default (statutory committee minutes: members and "In attendance" one a
  line, the agenda listed before the minutes, "1. Chairman's opening remarks", paragraphs "1.2", "2.1")
- https://ukcampaign4change.com/2012/09/17/hmrc-you-can-change-the-people-not-the-culture/ (department executive
  committee minutes: item headings with "6.2"-style numbered paragraphs under them)
- http://www.docstoc.com/docs/34629768/EAST-MIDLANDS-REGIONAL-ASSEMBLY (regional assembly group: "Environment Group
  Meeting / Friday 5 May 2006 / At the … Offices", "Summary of key points and actions arising", a name and
  organisation table, "Item Topic Action" columns, an "Items for Discussion" label between items)
- https://www.parliament.uk/business/committees/committees-archive/environmental-audit-committee/eafm-300306/
  (select sub-committee formal minutes: "Formal minutes / Thursday 30 March 2006 / Members present", no items)
- https://democracy.huntingdonshire.gov.uk/moderngov/ieListDocuments.aspx?CId=256&MID=5949 (cabinet minutes:
  "Minute No. 60 refers", decisions with roman points) with the printed-minutes shape the brief describes
  ("123. Apologies (Item 1)", decision number "24/00096", numbered paragraphs inside a minute)
- https://democracy.luton.gov.uk/cmis5public/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/6566/Committee/1112/Default.aspx
  (executive agenda: numbered public items, "Section 106, Local Government Finance Act 1992", page ranges; the
  frontsheet and supplementary agenda cases)
- https://www.cityofchicago.org/city/en/depts/cpb/provdrs/public_meetings/alerts/2018/october/notice-and-agenda-for-the-october-11-police-board-meeting.html
  (police board: "NOTICE / REGULAR MEETING / October 11, 2018", the agenda as a numbered list inside a notice, an
  executive-session list after it)
- https://www.hcs.link75.org/cms/One.aspx?portalId=500680&pageId=682436 (school board: "1. Call to order and roll
  call", "3.1. Adjustments to the agenda" … "10. Adjournment", an order-of-business note after the list)
- https://www.plainvilleschools.org/cms/One.aspx?portalId=72438&pageId=127493 (board of education: "I. Convene:
  Pledge of Allegiance" … "XI. Adjournment", "--Check Registers" dash lines under the consent agenda)
- http://www.harlan.k12.ia.us/school_board/board_policies/series_200_-_board_of_directors/210_board_of_directors__meetings/210_2_regular_meeting
  (school board of directors: "3. Consent Agenda" with numbered sub-items "1. Minutes", "2. Financial Reports")
- https://swaby.parish.lincolnshire.gov.uk/council-business/minutes-may-2023-april-2024-draft-approved/5 (group
  parish council: "Minutes of the Ordinary Parish Council Meeting / held 15th November 2023", "1 Member of the
  Public", minute numbers in the margin "54 APOLOGIES", lettered finance points "A) Accounts for payment")
- http://www.magorundy.org.uk/Meetings_19310.aspx (community council: ordinary meetings, minutes with run-in
  headings; the minute-number shape "19/123" of the brief)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from pathlib import Path

import pytest

from agendaparse.evaluate import norm_text, score_agenda_items
from agendaparse.segment import agenda_items, document_facts, minutes_items
from segment_cases import ANY, Row, render, same_field

Item = tuple[str | None, str] | tuple[str | None, str, str | None]
Items = list[Item]
MARGIN, TEXT = 56.0, 130.0


def margin(number: str, heading: str, bold: bool = True) -> list[tuple]:
    """A minute whose number and heading stand in the margin column, the text to their right."""
    return [(MARGIN, number, bold), (TEXT, heading, bold)]


def body(text: str) -> list[tuple]:
    return [(TEXT, text)]


# (id, class of case, rows, (doc_type, body, committee, ISO date) with ANY where the conventions leave a field open,
#  items as the gold would record them: (number, title) or (number, title, printed pages))
CASES: list[tuple[str, str, list[Row], tuple, Items]] = [
    (
        "statutory-committee-decimal-paragraphs",
        "government",
        [
            "** JOINT UPLAND CONSERVATION COMMITTEE",
            "** Minutes of the seventy-second meeting held on 14 March 2024",
            "Members present",
            "Dr Andrews",
            "Dr Blakiston",
            "Mr Dalby (Chairman)",
            "Professor Ingram",
            "In attendance",
            "Ms Fowler",
            "Mr Steer",
            "1. Chairman's opening remarks",
            "1.1 Apologies were received from Dr Brown, Professor Doyle and Dr Jardine.",
            "1.2 Mr Dalby and Mr Steer were welcomed back to Committee on their return from leave. Committee",
            "expressed their thanks to Professor Ingram for undertaking the role of Acting Chair.",
            "2. Declaration of interests",
            "2.1 In relation to agenda item 4, Mr Dalby and Dr Andrews declared that they received funding under",
            "agri-environment schemes.",
            "3. Amendments to the minutes of the seventy-first meeting (JUCC 24 P07)",
            "3.1 One amendment to the minutes had already been received and incorporated.",
            "4. Matters arising (JUCC 24 P08)",
            "4.1 The Committee noted progress on all actions.",
            "5. Any other business",
            "5.1 There was none.",
        ],
        ("minutes", ANY, "Joint Upland Conservation Committee", "2024-03-14"),
        [
            ("1", "Chairman's opening remarks"),
            ("2", "Declaration of interests"),
            ("3", "Amendments to the minutes of the seventy-first meeting (JUCC 24 P07)"),
            ("4", "Matters arising (JUCC 24 P08)"),
            ("5", "Any other business"),
        ],
    ),
    (
        "department-executive-committee-decimal-paragraphs",
        "government",
        [
            "** Department for Coastal Affairs",
            "** Executive Committee",
            "Minutes of the meeting held on 19 June 2024",
            "Present: Lin Hargreaves (Chair), Phil Paxton, Mark Dunn, Ruth Owen",
            "Apologies: Jane Cole",
            "** 1. Minutes and actions",
            "1.1 The minutes of the meeting held on 15 May 2024 were agreed.",
            "** 2. Real Time Information Overview",
            "2.1 The Committee went on to consider a range of elements of the programme.",
            "2.2 Members noted the progress made since the last meeting.",
            "** 3. Staff Survey",
            "3.1 Members discussed the Staff Survey. The Chair made remarks on the results.",
            "** 4. Any other business",
            "4.1 There was none.",
        ],
        ("minutes", "Department for Coastal Affairs", "Executive Committee", "2024-06-19"),
        [
            ("1", "Minutes and actions"),
            ("2", "Real Time Information Overview"),
            ("3", "Staff Survey"),
            ("4", "Any other business"),
        ],
    ),
    (
        "regional-group-summary-item-topic-action",
        "government",
        [
            "** EAST WOLDS REGIONAL ASSEMBLY",
            "** Environment Group Meeting",
            "Friday 10 May 2024",
            "At the Regional Assembly Offices, Melton Road, Oakham",
            "** Summary of key points and actions arising",
            [(56, "John Bell"), (230, "Chair")],
            [(56, "Ian Parker"), (230, "Biodiversity Forum")],
            [(56, "Sharon Pope"), (230, "Environment Agency")],
            [(56, "Alison Hart"), (230, "EWRA Secretariat")],
            [(56, "Item", True), (90, "Topic", True), (480, "Action", True)],
            [(56, "1."), (90, "Apologies")],
            [(90, "Matt Dolan, Frank Lucas, Ruth Fish")],
            [(56, "2."), (90, "Notes from the last meeting and matters arising")],
            [(90, "Notes were agreed.")],
            [(90, "Items for Discussion", True)],
            [(56, "3."), (90, "Regional Airport Master Plan (Presentation by Neil Robson)")],
            [(90, "A presentation was given on the draft Master Plan currently out to consultation.")],
            [(56, "4."), (90, "Water Framework Directive liaison panels"), (480, "AH")],
            [(90, "The Group agreed to ask for a seat on each panel.")],
            [(56, "5."), (90, "Date of next meeting")],
        ],
        ("minutes", "East Wolds Regional Assembly", "Environment Group", "2024-05-10"),
        [
            ("1", "Apologies"),
            ("2", "Notes from the last meeting and matters arising"),
            ("3", "Regional Airport Master Plan (Presentation by Neil Robson)"),
            ("4", "Water Framework Directive liaison panels"),
            ("5", "Date of next meeting"),
        ],
    ),
    (
        "select-sub-committee-formal-minutes-no-items",
        "government",
        [
            "** Coastal Audit Sub-Committee",
            "** Formal minutes",
            "Thursday 21 March 2024",
            "Members present",
            "Colin Chalk, in the Chair",
            "Ms Celia Barton",
            "Mr Martin Cato",
            "The Sub-committee deliberated.",
            "The Chair's attention having been called to the fact that one Member was not present, he suspended the",
            "proceedings; and another Member, having come into the room, the proceedings were resumed.",
            "The Sub-committee further deliberated.",
            "[Adjourned till Thursday 18 April 2024, at 10am.",
        ],
        ("minutes", ANY, "Coastal Audit Sub-Committee", "2024-03-21"),
        [],
    ),
    (
        "county-cabinet-printed-minutes-item-references",
        "county-cabinet",
        [
            "** NORTHMERE COUNTY COUNCIL",
            "** CABINET",
            "MINUTES of a meeting of the Cabinet held in the Council Chamber, County Hall, Ashford on Thursday,",
            "16 May 2024.",
            "PRESENT: Mr R Gale (Chairman), Mr P Oakford, Mrs C Bell, Mr D Murphy",
            "IN ATTENDANCE: Mr D Cockburn (Corporate Director of Finance), Mr B Watts (General Counsel)",
            "** UNRESTRICTED ITEMS",
            "** 123. Apologies (Item 1)",
            "Apologies were received from Mr D Watkins.",
            "** 124. Declarations of Interest by Members in items on the Agenda (Item 2)",
            "Mr Murphy declared an interest in Item 6 (minute 128) as a governor of Oakfield School.",
            "** 125. Minutes of the Meeting held on 11 April 2024 (Item 3)",
            "RESOLVED that the minutes of the meeting held on 11 April 2024 are correctly recorded and signed.",
            "** 126. Cabinet Member Updates (Item 4)",
            "Mrs Bell gave an update on the following:",
            "(a) The opening of the new library in Westbrook.",
            "** 127. Quarterly Performance Report, Quarter 4 2023/24 (Item 5)",
            "RESOLVED that the report be noted.",
            "** 128. Schools' Capital Programme 2024-25 - 24/00096 (Item 6)",
            "1. Mr Oakford introduced the report, which set out the proposed allocations.",
            "2. Further to questions, it was said that the programme would be kept under review.",
            "RESOLVED that decision 24/00096 be agreed as set out in the report.",
        ],
        ("minutes", "Northmere County Council", "Cabinet", "2024-05-16"),
        [
            ("123", "Apologies"),
            ("124", "Declarations of Interest by Members in items on the Agenda"),
            ("125", "Minutes of the Meeting held on 11 April 2024"),
            ("126", "Cabinet Member Updates"),
            ("127", "Quarterly Performance Report, Quarter 4 2023/24"),
            ("128", "Schools' Capital Programme 2024-25 - 24/00096"),
        ],
    ),
    (
        "executive-frontsheet-page-ranges",
        "agenda-pack",
        [
            "Public Document Pack",
            "** BRAYFORD BOROUGH COUNCIL",
            "** EXECUTIVE",
            "Date: Monday, 9 September 2024",
            "Time: 6.00 pm",
            "Venue: Council Chamber, Town Hall, Brayford",
            "Membership: Councillors Hopkins (Chair), Ali, Malik, Timoney",
            "Contact: Democratic Services Officer, tel 01582 555123",
            "** AGENDA",
            "** 1. Apologies for Absence",
            "** 2. Minutes (Pages 5 - 12)",
            "To approve the minutes of the meeting held on 29 July 2024.",
            "** 3. Declarations of Interest",
            "** 4. Urgent Business",
            "** 5. Section 106, Local Government Finance Act 1992 (Pages 13 - 30)",
            "Report of the Service Director, Finance.",
            "** 6. Housing Revenue Account Business Plan 2024-2054 (Pages 31 - 58)",
            "** 7. Exclusion of Press and Public",
            "** 8. Waste Contract Extension (Pages 59 - 64)",
        ],
        ("agenda_pack", "Brayford Borough Council", "Executive", "2024-09-09"),
        [
            ("1", "Apologies for Absence", None),
            ("2", "Minutes", "5-12"),
            ("3", "Declarations of Interest", None),
            ("4", "Urgent Business", None),
            ("5", "Section 106, Local Government Finance Act 1992", "13-30"),
            ("6", "Housing Revenue Account Business Plan 2024-2054", "31-58"),
            ("7", "Exclusion of Press and Public", None),
            ("8", "Waste Contract Extension", "59-64"),
        ],
    ),
    (
        "executive-supplementary-agenda",
        "agenda-pack",
        [
            "Public Document Pack",
            "** BRAYFORD BOROUGH COUNCIL",
            "** EXECUTIVE",
            "Monday, 9 September 2024",
            "** SUPPLEMENTARY AGENDA",
            "The following reports were not available when the agenda was published:",
            "** 9. Medium Term Financial Strategy Update (Pages 65 - 90)",
            "** 10. Quarter 1 Budget Monitoring 2024/25 (Pages 91 - 112)",
        ],
        ("agenda_pack", "Brayford Borough Council", "Executive", "2024-09-09"),
        [
            ("9", "Medium Term Financial Strategy Update", "65-90"),
            ("10", "Quarter 1 Budget Monitoring 2024/25", "91-112"),
        ],
    ),
    (
        "police-board-notice-numbered-list-in-prose",
        "us-notice",
        [
            "** NOTICE",
            "** REGULAR MEETING",
            "** May 15, 2025",
            "The next regular meeting of the Police Board is scheduled for Thursday, May 15, 2025. The public portion",
            "of this meeting is scheduled to begin at 7:30 p.m. in the Community Room at Public Safety Headquarters,",
            "3510 South Lakeshore Avenue. The agenda for the public portion of the meeting is as follows:",
            "> 1. Approval of the minutes of the previous public meeting",
            "> 2. Next regular public meeting of the Police Board: Thursday, June 12, 2025, at 7:30 p.m.",
            "> 3. Disciplinary actions",
            "> 4. Orders issued by the Superintendent of Police during the previous month",
            "> 5. Report of the Superintendent of Police",
            "> 6. Questions and comments from the public",
            "Immediately prior to the public portion of the meeting the Board is scheduled to meet in executive",
            "session. The executive session is closed to the public pursuant to Sections 2(c)(1), (3), (4), and (11)",
            "of the Open Meetings Act.",
        ],
        ("agenda_pack", ANY, "Police Board", "2025-05-15"),
        [
            ("1", "Approval of the minutes of the previous public meeting"),
            ("2", "Next regular public meeting of the Police Board: Thursday, June 12, 2025, at 7:30 p.m."),
            ("3", "Disciplinary actions"),
            ("4", "Orders issued by the Superintendent of Police during the previous month"),
            ("5", "Report of the Superintendent of Police"),
            ("6", "Questions and comments from the public"),
        ],
    ),
    (
        "school-board-notice-hereby-given-decimal-items",
        "us-notice",
        [
            "** NORTH RIDGE SCHOOL DISTRICT",
            "** BOARD OF EDUCATION",
            "** NOTICE OF REGULAR MEETING",
            "NOTICE IS HEREBY GIVEN that the Board of Education of North Ridge School District will hold a regular",
            "meeting on Thursday, March 13, 2025 at 6:30 p.m. in the Library of North Ridge High School.",
            "** AGENDA",
            "1. Call to order and roll call",
            "2. Pledge of Allegiance",
            "3.1. Adjustments to the agenda",
            "3.2. Public participation",
            "3.3. Recognitions",
            "3.4. Board announcements and correspondence",
            "4. Approval of the minutes",
            "5. Old Business",
            "6. New Business",
            "7. Committee reports and Board chair's report",
            "8. Superintendent's report",
            "9. Calendar/announcements",
            "10. Adjournment",
            "The order of business may be altered or items added or deleted from the agenda by a majority vote of",
            "the Board members present and voting.",
        ],
        ("agenda_pack", "North Ridge School District", "Board of Education", "2025-03-13"),
        [
            ("1", "Call to order and roll call"),
            ("2", "Pledge of Allegiance"),
            ("3.1", "Adjustments to the agenda"),
            ("3.2", "Public participation"),
            ("3.3", "Recognitions"),
            ("3.4", "Board announcements and correspondence"),
            ("4", "Approval of the minutes"),
            ("5", "Old Business"),
            ("6", "New Business"),
            ("7", "Committee reports and Board chair's report"),
            ("8", "Superintendent's report"),
            ("9", "Calendar/announcements"),
            ("10", "Adjournment"),
        ],
    ),
    (
        "board-of-education-roman-dash-lines",
        "us-notice",
        [
            "** PINEVILLE COMMUNITY SCHOOLS",
            "** BOARD OF EDUCATION",
            "** REGULAR MEETING AGENDA",
            "Monday, April 7, 2025 - 7:00 p.m.",
            "Pineville High School Media Center",
            "I. Convene: Pledge of Allegiance",
            "II. Approval of Minutes",
            "III. Citizens' Comments",
            "IV. Council Liaison",
            "V. Superintendent's Report",
            "VI. Board Subcommittee Reports",
            "VII. Unfinished Business",
            "VIII. New Business",
            "IX. Consent Agenda",
            "> --Budget Object Summary and Food Service Report",
            "> --Check Registers",
            "> --Field Trip (approvals)",
            "X. Consent Agenda (informational issues)",
            "XI. Adjournment",
        ],
        ("agenda_pack", "Pineville Community Schools", "Board of Education", "2025-04-07"),
        [
            ("I", "Convene: Pledge of Allegiance"),
            ("II", "Approval of Minutes"),
            ("III", "Citizens' Comments"),
            ("IV", "Council Liaison"),
            ("V", "Superintendent's Report"),
            ("VI", "Board Subcommittee Reports"),
            ("VII", "Unfinished Business"),
            ("VIII", "New Business"),
            ("IX", "Consent Agenda"),
            ("X", "Consent Agenda (informational issues)"),
            ("XI", "Adjournment"),
        ],
    ),
    (
        "school-board-numbered-sub-items",
        "us-notice",
        [
            "** HARLOW COMMUNITY SCHOOL DISTRICT",
            "** BOARD OF DIRECTORS",
            "** REGULAR MEETING",
            "Monday, February 3, 2025, 5:30 p.m.",
            "Board Room, 2102 Durant Street",
            "1. Call to order",
            "2. Recognition of guests",
            "3. Consent Agenda",
            "> 1. Minutes",
            "> 2. Financial Reports",
            "> 3. Accounts Payable",
            "> 4. Other Reports",
            "4. Action Items",
            "5. Discussion Items",
            "6. Adjournment",
        ],
        ("agenda_pack", "Harlow Community School District", "Board of Directors", "2025-02-03"),
        [
            ("1", "Call to order"),
            ("2", "Recognition of guests"),
            ("3", "Consent Agenda"),
            ("3(1)", "Minutes"),
            ("3(2)", "Financial Reports"),
            ("3(3)", "Accounts Payable"),
            ("3(4)", "Other Reports"),
            ("4", "Action Items"),
            ("5", "Discussion Items"),
            ("6", "Adjournment"),
        ],
    ),
    (
        "group-parish-margin-numbers-lettered-finance",
        "parish",
        [
            "** ASHWELL GROUP PARISH COUNCIL",
            "** Minutes of the Ordinary Parish Council Meeting",
            "** held 20th November 2024",
            "PRESENT; Cllrs Bailey; Dransfield; Powis; Gilpin; Millburn",
            "Mrs J. Cooper (Parish Clerk)",
            "1 Member of the Public",
            "There was nothing raised in the public session.",
            margin("54", "APOLOGIES"),
            body("Apologies and valid reasons for absence were received from Cllr Start, and these were accepted."),
            margin("55", "DECLARATIONS OF INTEREST"),
            body("There were none."),
            margin("56", "MINUTES OF THE MEETING HELD 11TH SEPTEMBER"),
            body("It was resolved that the Chairman sign these as a correct record of the meeting."),
            margin("57", "UPDATES"),
            body("Minute 44 – Ashwell Fund monies to be shown on Audit as Trustee funds."),
            margin("58", "FINANCE"),
            [(TEXT, "A)"), (160, "Accounts for payment")],
            body("It was resolved that the following accounts be paid by BACS:"),
            [(TEXT, "Clerks salary & PAYE (October/November)"), (420, "£296.92")],
            [(TEXT, "B)"), (160, "Income and expenditure to date")],
            body("The statement to 30th September was noted."),
            margin("59", "HIGHWAYS"),
            body("The Clerk had reported the blocked drain at Church Lane to the County Council."),
        ],
        ("minutes", "Ashwell Group Parish Council", "Ashwell Group Parish Council", "2024-11-20"),
        [
            ("54", "APOLOGIES"),
            ("55", "DECLARATIONS OF INTEREST"),
            ("56", "MINUTES OF THE MEETING HELD 11TH SEPTEMBER"),
            ("57", "UPDATES"),
            ("58", "FINANCE"),
            ("58(A)", "Accounts for payment"),
            ("58(B)", "Income and expenditure to date"),
            ("59", "HIGHWAYS"),
        ],
    ),
    (
        "community-council-run-in-slash-minutes-over-pages",
        "parish",
        [
            "** CAERWENT AND UNDY COMMUNITY COUNCIL",
            "Minutes of the Ordinary Meeting of the Community Council held at the Community Hall on Monday",
            "8th July 2024 at 7pm",
            "Present: Cllrs F Jones (Chair), P Hughes, M Rees, D Evans, S Morgan",
            "In attendance: Mrs L Price (Clerk), 2 members of the public",
            [(56, "24/101", True), (110, "Apologies:", True), (180, "Cllrs A Lewis and T Pugh.")],
            [(56, "24/102", True), (110, "Declarations of interest:", True), (250, "Cllr Rees declared an interest")],
            [(110, "in item 24/106 as a member of the Hall committee.")],
            [(56, "24/103", True), (110, "Minutes:", True), (170, "The minutes of the meeting held on 10th June were")],
            [(110, "approved and signed as a true record.")],
            [(56, "24/104", True), (110, "Police report:", True), (200, "PCSO Harris reported two incidents of")],
            [(110, "anti-social behaviour at the recreation ground and one theft from a vehicle.")],
            [(56, "24/105", True), (110, "Planning:", True), (180, "The following applications were considered:")],
            [(110, "DM/24/0456 – Extension at 4 Mill Lane – no objection.")],
            [(110, "DM/24/0471 – Change of use, The Old Forge – the Council objected on highway grounds.")],
            "---",
            [(110, "DM/24/0480 – Two storey side extension, 12 Church Road – no objection.")],
            [(56, "24/106", True), (110, "Community Hall:", True), (210, "The Clerk reported that the roof repair")],
            [(110, "had been completed within budget.")],
            [(56, "24/107", True), (110, "Date of next meeting:", True), (230, "Monday 9th September 2024 at 7pm.")],
        ],
        ("minutes", "Caerwent and Undy Community Council", "Caerwent and Undy Community Council", "2024-07-08"),
        [
            ("24/101", "Apologies"),
            ("24/102", "Declarations of interest"),
            ("24/103", "Minutes"),
            ("24/104", "Police report"),
            ("24/105", "Planning"),
            ("24/106", "Community Hall"),
            ("24/107", "Date of next meeting"),
        ],
    ),
]

# open at the end of round 27, by test class and case id
OPEN: dict[tuple[str, str], str] = {}

FIELDS = ("doc_type", "body", "committee", "date")


def _read(path: Path, rows: list[Row]) -> tuple[tuple, list[dict]]:
    pages = render(path, rows)
    facts = document_facts(pages)
    date = facts.meeting_date.isoformat() if facts.meeting_date else None
    if facts.doc_type == "minutes":
        found = minutes_items(pages, "doc")
    elif facts.doc_type == "agenda_pack":
        found = agenda_items(pages, "doc")
    else:
        found = []
    listed = [{"number": item.number, "title": item.title, "printed_pages": item.printed_pages} for item in found]
    return (facts.doc_type, facts.body, facts.committee, date), listed


def _marks(test: str, case_id: str) -> list:
    reason = OPEN.get((test, case_id))
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def _params(test: str) -> list:
    return [
        pytest.param(rows, items, id=case_id, marks=_marks(test, case_id))
        for case_id, _kind, rows, _want, items in CASES
    ]


def _field_params() -> list:
    return [
        pytest.param(field, rows, want, id=f"{field}-{case_id}", marks=_marks(field, case_id))
        for case_id, _kind, rows, want, _items in CASES
        for field in FIELDS
    ]


def _as_gold(items: Items) -> list[dict]:
    return [{"number": item[0], "title": item[1], "printed_pages": (*item, None)[2]} for item in items]


@pytest.mark.parametrize(("field", "rows", "want"), _field_params())
def test_document_field(tmp_path: Path, field: str, rows: list[Row], want: tuple) -> None:
    got, _ = _read(tmp_path / "doc.pdf", rows)
    index = FIELDS.index(field)
    assert same_field(field, got[index], want[index]), (field, got[index], want[index])


@pytest.mark.parametrize(("rows", "items"), _params("recall"))
def test_items_recall(tmp_path: Path, rows: list[Row], items: Items) -> None:
    _, found = _read(tmp_path / "doc.pdf", rows)
    counts = score_agenda_items(_as_gold(items), found)
    assert counts["fn"] == 0, found
    assert counts["title_ok"] == counts["title_n"], found


@pytest.mark.parametrize(("rows", "items"), _params("pages"))
def test_items_printed_pages(tmp_path: Path, rows: list[Row], items: Items) -> None:
    _, found = _read(tmp_path / "doc.pdf", rows)
    counts = score_agenda_items(_as_gold(items), found)
    assert counts.get("pages_ok", 0) == counts.get("pages_n", 0), found


@pytest.mark.parametrize(("rows", "items"), _params("precision"))
def test_items_precision(tmp_path: Path, rows: list[Row], items: Items) -> None:
    _, found = _read(tmp_path / "doc.pdf", rows)
    counts = score_agenda_items(_as_gold(items), found)
    wanted = {norm_text(item[1]) for item in items}
    assert counts["fp"] == 0, [item for item in found if norm_text(item["title"]) not in wanted]
