"""Round 44 suite (issue #4): agenda lists, printed page ranges and minute items of bodies no earlier suite cites.

(a) Frontsheets: a CMIS 'Item | Subject | Pages' grid, a ModernGov notice whose '(Pages 1 - 6)' sits on its own
line under the item's description, 'Report to follow' and 'Verbal report …' notes under a title (no part of it),
'PART I' (open) and 'PART II - EXEMPT ITEMS' / 'EXEMPT ITEMS' headings, a CMIS list whose sub-items '7a', '7b' carry
their own ranges and whose titles end '(to follow)', an Australian shire's table of contents ('1.0 PRESENT   Page 2'),
an index with dot leaders and a right-aligned page column, 'Pages: 1 - 4' under a sub-item's particulars (a
Canadian city), and the page-range shapes 'pp 5 - 12', 'pp. 5-12', 'Pages: 9 - 12' and '(Pages 5 to 12)'.
(b) Minutes: numbers printed only in a left column with a file reference under them ('061/26' over 'C-28-07/04'),
Welsh minute labels ('COFNOD 1536.2026 CROESO …' with '1536.1' paragraphs under it), prefixed numbers ('PL/26/25',
'P021/26'), ModernGov prints with the number alone on its line and the bold title on the next, and lettered or
numbered resolution parts inside an item ('a) the renewal … be approved;') that are no items.
(c) Packs: 'Agenda Item N' stamps with '- 12 -' page stamps, a running head that prints 'Page N' beside the
meeting, and an appendix that prints its own 'Page 1 of 2' above the pack's stamp.

Packs are drawn with round 28's machinery (tests/pack_cases.py) and read as `agendaparse eval` reads them; single
documents with ``segment_cases.render`` and read by ``document_facts`` then ``agenda_items`` or ``minutes_items``.
Items are scored as the evaluator pairs them (number and folded title), ranges in the README's '1-52' form.

The structure and phrasing of each case follow a real page (names, places, dates and numbers changed):

- https://norfolkcc.cmis.uk.com/norfolkcc/CalendarofMeetings/tabid/128/ctl/ViewMeetingPublic/mid/496/Meeting/242/Committee/47/Default.aspx (CMIS agenda: 'To receive apologies and details of any substitute members attending')
- https://www.threerivers.gov.uk/meeting/licensing-committee-2-december-2020 (district council: 'NOTICE AND AGENDA', Part I items)
- https://cmis.harborough.gov.uk/cmis5/Meetings/tabid/73/ctl/ViewMeetingPublic/mid/410/Meeting/5705/Committee/796/Default.aspx?dnn_ctr410_ViewMeetingPublic_gridAttendedChangePage=2_25 ('3 Receive the Minutes … (to follow)', '7a Final Budget …')
- http://rushcliffe.gov.uk/councilanddemocracy/meetingsandminutes/meetingsagendasandminutes/2017/december2017/7decembercouncil/ ('The report of the Chief Executive' / 'Report to follow', numbered notices of motion under an item)
- https://democracy.rushcliffe.gov.uk/ieListDocuments.aspx?CId=137&MId=1888&Ver=4 (cabinet minutes: the number alone over the title, 'Minutes:')
- https://democracy.rushcliffe.gov.uk/ieListDocuments.aspx?MId=996 ('It was RESOLVED that: a) … b) … i) …')
- https://vdocuments.mx/wagait-shire-council-agenda-council-chambers-lot-62-.html (shire council: 'TABLE OF CONTENTS 1.0 PRESENT Page 2', 'Agenda September 2019 Page 1')
- https://pdfslide.net/documents/commencing-at-7pm.html (special council agenda: 'INDEX' with dot leaders and page column)
- https://lawsdocbox.com/US_Government_Resources/112762670-Special-meeting-of-council-council-chambers-march-21-2017-at-7-00pm.html (City of Port Moody: 'Pages 9-12' under a sub-item's recommendation)
- http://www.docstoc.com/docs/35798393/AUBURN-COUNCIL-ORDINARY-MEETING-OF-COUNCIL-PRESENT-Her-Worship-the- (Auburn Council: '061/08 Disclosure of Interests' over 'C-28-07/04 JB')
- https://docslib.org/doc/10971437/cyngor-cymuned-cwm-cadnant-community-council-cofnodion ('COFNOD 1536.2017 CROESO & DATGAN DIDDORDEB', '1536.1 …')
- https://financedocbox.com/amp/106844592-Tax_Planning/Newry-mourne-down-district-council.html ('121 PL/17/26 TO CONFIRM THE MINUTES …', 'P021/16 MATTERS ARISING FROM THE MINUTES')
- https://moderngov.hinckley-bosworth.gov.uk/ieListDocuments.aspx?CId=119&MID=1445 (council minutes: '144. Prayer', 'Minutes:')
- https://vdocuments.net/cofnodion-cyfarfod-arferol-11-ebrill-2019-gost-ychwanegol-wedyn-yw-tudalen-sblash.html (Ffestiniog Town Council: '10457/04/19 APOLOGIES', later minutes named in the declarations)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from agendaparse.segment.minutes import _parse_number
from agendaparse.segment.numbering import parse_page_range
from pack_cases import Case, Pack, assert_truth_consistent, check_params, judged, read_pack
from segment_cases import Row, fields_and_items, folded, render

# ============================================================================================ (a) and (c): packs


def _row(number: str, title: str, pages: str = "") -> list[tuple]:
    return [(56, number), (90, title), (480, pages)]


def cmis_item_subject_pages() -> Case:
    """A county council's CMIS frontsheet: 'Item | Subject | Pages' header, a wrapped title, a description under
    the minutes; the frontsheet unnumbered, the papers numbered from 1 at the bottom centre."""
    p = Pack(style="bc:{n}")
    p.page(
        [
            "# Wensum County Council",
            "## Infrastructure and Development Select Committee",
            "Date: Wednesday, 11 March 2026",
            "Time: 10:00",
            "Venue: Council Chamber, County Hall, Riverside, Wensum",
            "Persons attending the meeting are requested to turn off mobile phones.",
            "** Agenda",
            [(56, "Item", True), (90, "Subject", True), (480, "Pages", True)],
            _row("1", "To receive apologies and details of any substitute members attending"),
            _row("2", "Minutes", "1 - 6"),
            [(90, "To agree the minutes of the meeting held on 14 January 2026.")],
            _row("3", "Members to Declare any Interests"),
            _row("4", "Any items of business the Chair decides should be considered as a matter of"),
            [(90, "urgency")],
            _row("5", "Highways Capital Programme 2026/27", "7 - 16"),
            _row("6", "Forward Work Programme", "17 - 20"),
        ]
    )
    p.number = 1
    p.paper("2", "Minutes", 6, opening=["## Infrastructure and Development Select Committee", "Minutes"])
    p.paper("5", "Highways Capital Programme 2026/27", 10)
    p.paper("6", "Forward Work Programme", 4)
    return Case(
        p,
        ("Wensum County Council", "Infrastructure and Development Select Committee", "2026-03-11", "agenda_pack"),
        [
            ("1", "To receive apologies and details of any substitute members attending", None),
            ("2", "Minutes", "1-6"),
            ("3", "Members to Declare any Interests", None),
            ("4", "Any items of business the Chair decides should be considered as a matter of urgency", None),
            ("5", "Highways Capital Programme 2026/27", "7-16"),
            ("6", "Forward Work Programme", "17-20"),
        ],
    )


def notice_pages_own_line() -> Case:
    """A district council's 'NOTICE AND AGENDA': '(Pages 1 - 6)' alone under the item's description, 'Report to
    follow' and a verbal report under titles, 'PART I' open and 'PART II - EXEMPT ITEMS' closed; 'Agenda Item N'
    stamps at the top right and '- 12 -' at the bottom centre of the papers."""
    p = Pack(style="bc:- {n} -")
    p.page(
        [
            "# Chess Vale District Council",
            "## LICENSING COMMITTEE",
            "NOTICE AND AGENDA",
            "For a meeting of the Licensing Committee to be held on 2 December 2026 at 7.30pm in the Penn",
            "Chamber, Chess Vale House, Northway, Ricklow.",
            "Members of the Licensing Committee:-",
            "Councillors: Martin Trewin (Chair), Dana Duncombe, Stephen Coxall, Joy Manning",
            "Joanne Wagner, Chief Executive",
            "24 November 2026",
        ]
    )
    p.page(
        [
            "** AGENDA",
            "** PART I - NOT CONTAINING CONFIDENTIAL OR EXEMPT INFORMATION",
            "1. Apologies for Absence",
            "2. Minutes",
            ">To confirm as a correct record the minutes of the Licensing Committee meeting held on",
            ">16 September 2026.",
            ">(Pages 1 - 6)",
            "3. Declarations of Interest",
            ">To receive any declarations of interest.",
            "4. Statement of Licensing Policy 2027 - 2032",
            ">(Pages 7 - 18)",
            "5. Hackney Carriage and Private Hire Fees and Charges",
            ">Report to follow",
            "6. Licensing Enforcement Update",
            ">Verbal report of the Licensing Manager",
            "7. Exclusion of Press and Public",
            ">If the Committee wishes to consider the remaining item in private, it will be appropriate for a",
            ">resolution to be passed that under Section 100A of the Local Government Act 1972 the press and",
            ">public be excluded on the grounds that it involves the likely disclosure of exempt information.",
            "** PART II - EXEMPT ITEMS",
            "8. Review of a Private Hire Driver's Licence",
        ]
    )
    p.number = 1
    p.paper("2", "Minutes", 6, stamp="Agenda Item 2", opening=["## LICENSING COMMITTEE", "MINUTES"])
    p.paper("4", "Statement of Licensing Policy 2027 - 2032", 12, stamp="Agenda Item 4")
    return Case(
        p,
        ("Chess Vale District Council", "Licensing Committee", "2026-12-02", "agenda_pack"),
        [
            ("1", "Apologies for Absence", None),
            ("2", "Minutes", "1-6"),
            ("3", "Declarations of Interest", None),
            ("4", "Statement of Licensing Policy 2027 - 2032", "7-18"),
            ("5", "Hackney Carriage and Private Hire Fees and Charges", None),
            ("6", "Licensing Enforcement Update", None),
            ("7", "Exclusion of Press and Public", None),
            ("8", "Review of a Private Hire Driver's Licence", None),
        ],
        {"8"},
    )


def shire_running_head_pages() -> Case:
    """A shire council's agenda: the running head prints 'Agenda September 2026' at the left and 'Page N' at the
    right of every page, the table of contents gives the page each item starts on ('1.0 PRESENT   Page 2')."""
    p = Pack(style="tr:Page {n}", number=1)
    head = ("tl", "Agenda September 2026")
    p.page(
        [
            "# BAYVIEW SHIRE COUNCIL AGENDA",
            "COUNCIL CHAMBERS",
            "LOT 14, ESPLANADE ROAD 7PM",
            "Tuesday 15 September 2026",
        ]
    ).stamps.append(head)
    p.page(
        [
            "** TABLE OF CONTENTS",
            [(56, "1.0 PRESENT"), (480, "Page 3")],
            [(56, "2.0 DECLARATION OF INTEREST"), (480, "Page 3")],
            [(56, "3.0 CONFIRMATION OF MINUTES"), (480, "Page 3")],
            [(56, "4.0 GUEST SPEAKERS"), (480, "Page 4")],
            [(56, "5.0 INWARDS AND OUTWARDS CORRESPONDENCE"), (480, "Page 5")],
        ]
    ).stamps.append(head)
    for rows, item in (
        (["** 1.0 PRESENT", "Councillors and staff present are recorded.", "** 2.0 DECLARATION OF INTEREST"], "1.0"),
        (["** 4.0 GUEST SPEAKERS", "Officers of the Regional Waste Authority will address the Council."], "4.0"),
        (["** 5.0 INWARDS AND OUTWARDS CORRESPONDENCE", "Correspondence received since the last meeting."], "5.0"),
    ):
        p.page(rows, item).stamps.append(head)
    return Case(
        p,
        ("Bayview Shire Council", "Bayview Shire Council", "2026-09-15", "agenda_pack"),
        [
            ("1.0", "PRESENT", "3"),
            ("2.0", "DECLARATION OF INTEREST", "3"),
            ("3.0", "CONFIRMATION OF MINUTES", "3"),
            ("4.0", "GUEST SPEAKERS", "4"),
            ("5.0", "INWARDS AND OUTWARDS CORRESPONDENCE", "5"),
        ],
    )


def appendix_own_numbering() -> Case:
    """A ModernGov pack whose report's appendix prints its own 'Page 1 of 2' at the top right of its pages above
    the pack's 'Page N' stamp at the bottom: the pack's number is the page's label."""
    p = Pack(style="bc:Page {n}")
    p.page(
        [
            "# Chess Vale District Council",
            "## POLICY AND RESOURCES COMMITTEE",
            "NOTICE AND AGENDA",
            "For a meeting of the Policy and Resources Committee to be held on 9 March 2026 at 7.30pm.",
            "** AGENDA",
            "1. Apologies for Absence",
            "2. Minutes",
            ">(Pages 1 - 4)",
            "3. Budget Monitoring Report Period 10",
            ">(Pages 5 - 10)",
        ]
    )
    p.number = 1
    p.paper("2", "Minutes", 4, stamp="Agenda Item 2", opening=["## POLICY AND RESOURCES COMMITTEE", "MINUTES"])
    p.paper("3", "Budget Monitoring Report Period 10", 4, stamp="Agenda Item 3")
    for index in (1, 2):
        sheet = p.page([f"** Appendix 1 - Revenue Monitoring Table {index}"], "3")
        sheet.stamps.append(("tr", f"Page {index} of 2"))
    return Case(
        p,
        ("Chess Vale District Council", "Policy and Resources Committee", "2026-03-09", "agenda_pack"),
        [
            ("1", "Apologies for Absence", None),
            ("2", "Minutes", "1-4"),
            ("3", "Budget Monitoring Report Period 10", "5-10"),
        ],
    )


PACKS: dict[str, Callable[[], Case]] = {
    "cmis-item-subject-pages": cmis_item_subject_pages,
    "notice-pages-own-line-to-follow-part-ii": notice_pages_own_line,
    "shire-running-head-contents-pages": shire_running_head_pages,
    "appendix-own-page-of-total": appendix_own_numbering,
}
PACK_CHECKS: dict[str, tuple[str, ...]] = {
    "cmis-item-subject-pages": ("items", "page_map", "spans", "fields"),
    "notice-pages-own-line-to-follow-part-ii": ("items", "exempt", "page_map", "spans", "page_items", "fields"),
    "shire-running-head-contents-pages": ("items", "page_map"),
    "appendix-own-page-of-total": ("items", "page_map", "spans", "page_items"),
}
PACK_XFAIL: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def read_packs(tmp_path_factory) -> dict[str, tuple]:
    folder = tmp_path_factory.mktemp("packs44")
    return {case_id: read_pack(build(), folder / f"{case_id}.pdf") for case_id, build in PACKS.items()}


@pytest.mark.parametrize(("case_id", "check"), check_params(PACK_CHECKS, PACK_XFAIL))
def test_pack(read_packs, case_id: str, check: str) -> None:
    found, want = judged(*read_packs[case_id], check)
    assert found == want


@pytest.mark.parametrize("case_id", list(PACKS))
def test_pack_truth_is_consistent(case_id: str) -> None:
    case = PACKS[case_id]()
    if case_id != "shire-running-head-contents-pages":  # a contents page gives start pages, not ranges
        assert_truth_consistent(case)


# ================================================================================= (a) and (b): single documents


@dataclass
class Paper:
    rows: list[Row]
    items: list[tuple[str | None, str]]
    pages: list[tuple[str, str]] | None = None  # (number, printed range) of the items that print one
    exempt: set[str] | None = None
    doc_type: str | None = None
    one_font: bool = False


def harborough_style_to_follow_sub_ranges() -> Paper:
    """A district council's CMIS list: numbers without a stop, titles ending '(to follow)', sub-items '7a' and '7b'
    with their own ranges, an 'EXEMPT ITEMS' heading over the closed item."""
    return Paper(
        rows=[
            "# Welland Vale District Council",
            "## Council",
            "Meeting Details: 27 February 2026 - 18:30",
            "** Agenda",
            "** Public Items",
            "1 Receive the Chairman's Announcements",
            "2 Receive declarations of Member's Interests",
            "3 Receive the Minutes of the Meeting of Council held on 19 December 2025 (to follow)",
            "4 Receive a report from the Leader and receive questions and answers on it (to follow)",
            "5 Answer written questions or receive petitions submitted by the public",
            "7 Receive reports from the Cabinet:",
            ">7a Final Budget 2026/27 and the Medium-Term Financial Strategy (Pages 5 - 40)",
            ">7b Capital Programme 2026/27 to 2030/31 (Pages 41 - 52)",
            "8 Receive reports from Committees and receive questions and answers on those reports",
            "** EXEMPT ITEMS",
            "12 Disposal of Land at Welland Park (Pages 53 - 60)",
        ],
        items=[
            ("1", "Receive the Chairman's Announcements"),
            ("2", "Receive declarations of Member's Interests"),
            ("3", "Receive the Minutes of the Meeting of Council held on 19 December 2025 (to follow)"),
            ("4", "Receive a report from the Leader and receive questions and answers on it (to follow)"),
            ("5", "Answer written questions or receive petitions submitted by the public"),
            ("7", "Receive reports from the Cabinet"),
            ("7a", "Final Budget 2026/27 and the Medium-Term Financial Strategy"),
            ("7b", "Capital Programme 2026/27 to 2030/31"),
            ("8", "Receive reports from Committees and receive questions and answers on those reports"),
            ("12", "Disposal of Land at Welland Park"),
        ],
        pages=[("7a", "5-40"), ("7b", "41-52"), ("12", "53-60")],
        exempt={"12"},
    )


def borough_agenda_report_to_follow() -> Paper:
    """A borough council's agenda as its web page prints it: 'The report of the Chief Executive' then 'Report to
    follow' under an item; notices of motion numbered from 1 under 'Notices of Motion'."""
    return Paper(
        rows=[
            "# Trentside Borough Council",
            "## 7 December 2026 Council",
            "The agenda for the meeting of Council to be held on 7 December 2026 at 7.00 pm in the Council Chamber,",
            "Trentside Arena, Rugby Road, West Trentford.",
            "Opening Prayer",
            "1. Apologies for absence",
            "2. Declarations of Interest",
            "3. Minutes",
            ">To receive as a correct record the minutes of the Meeting of the Council held on Thursday 21 September",
            ">2026.",
            "4. Mayor's Announcements",
            "5. Appointment to the role of Monitoring Officer",
            ">The report of the Chief Executive",
            ">Report to follow",
            "6. Notices of Motion",
            ">1. Notice of Motion to be put to Council by Councillor Robbins",
            ">“This Council wishes to express its disappointment in the Metro Strategy.”",
            ">2. Notice of Motion to be put to Council by Councillor Mallory",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes"),
            ("4", "Mayor's Announcements"),
            ("5", "Appointment to the role of Monitoring Officer"),
            ("6", "Notices of Motion"),
            ("6(1)", "Notice of Motion to be put to Council by Councillor Robbins"),
            ("6(2)", "Notice of Motion to be put to Council by Councillor Mallory"),
        ],
        pages=[],
    )


def special_council_dot_leader_index() -> Paper:
    """A special council meeting's agenda: an 'INDEX' whose entries run dot leaders to a page column at the right,
    unnumbered front entries ('PRESENT: …… 1') before the numbered business."""
    dots = "." * 40
    return Paper(
        rows=[
            "# AGENDA FOR A SPECIAL COUNCIL MEETING",
            "TO BE HELD ON TUESDAY 17 AUGUST 2026 COMMENCING AT 7PM",
            "AGENDA FOR A SPECIAL MEETING OF THE COUNCIL TO BE HELD IN THE COUNCIL CHAMBERS ON",
            "TUESDAY, 17 AUGUST 2026 AT 7PM.",
            "MEMBERSHIP: Mayor J Castell",
            "Crs J Bangor, C Cheyne, A Christos, K Hockney and D Kruger",
            "The purpose of this meeting is to discuss the following:",
            "** INDEX",
            [(56, f"PLEDGE AND ACKNOWLEDGEMENT {dots}"), (520, "1")],
            [(56, f"PRESENT: {dots}"), (520, "1")],
            [(56, f"APOLOGIES: {dots}"), (520, "1")],
            [(56, f"BUSINESS {dots}"), (520, "1")],
            [(56, "1."), (80, f"ELECTED MEMBERS’ DECLARATIONS OF INTERESTS {dots}"), (520, "1")],
            [(56, "2."), (80, f"DEPUTATIONS {dots}"), (520, "2")],
            [(56, "3."), (80, f"CHIEF EXECUTIVE OFFICER PERFORMANCE REVIEW {dots}"), (520, "3")],
        ],
        items=[
            ("1", "ELECTED MEMBERS’ DECLARATIONS OF INTERESTS"),
            ("2", "DEPUTATIONS"),
            ("3", "CHIEF EXECUTIVE OFFICER PERFORMANCE REVIEW"),
        ],
        pages=[("1", "1"), ("2", "2"), ("3", "3")],
    )


def city_pages_under_particulars() -> Paper:
    """A Canadian city's special council agenda: decimal sub-items whose presentation or recommendation lines sit
    under them, each closed by a 'Pages: a - b' line."""
    return Paper(
        rows=[
            "# City of Harbour Moody",
            "## Special Meeting of Council",
            "Council Chambers",
            "March 21, 2026 at 7:00pm",
            "## Agenda",
            "** 1. Call to Order",
            "** 2. Public Input",
            ">2.1 Delegation – Harbour Seniors Transport Society",
            ">>Presentation: Gareth Pinto, President, and George Garnett, Vice-President",
            ">>Pages: 1 - 4",
            "** 3. Adoption of Minutes",
            ">3.1 Special Council (Committee of the Whole) Meeting – March 7, 2026",
            ">>Recommendation: THAT the minutes of the Special Council meeting held on Tuesday, March 7,",
            ">>2026 be adopted.",
            ">>Pages: 9 - 12",
        ],
        items=[
            ("1", "Call to Order"),
            ("2", "Public Input"),
            ("2.1", "Delegation – Harbour Seniors Transport Society"),
            ("3", "Adoption of Minutes"),
            ("3.1", "Special Council (Committee of the Whole) Meeting – March 7, 2026"),
        ],
        pages=[("2.1", "1-4"), ("3.1", "9-12")],
    )


def range_word_shapes() -> Paper:
    """A parish council's agenda printing its ranges 'pp 5 - 12', 'pp. 13-20', '(Pages 21 to 24)'; an age band in a
    title ('Youth Provision for Ages 11 to 16') is no range."""
    return Paper(
        rows=[
            "# Ashwell Green Parish Council",
            "Meeting of the Parish Council on Monday 12 January 2026 at 7.30pm in the Village Hall",
            "** AGENDA",
            "1. Apologies for absence",
            "2. Minutes of the meeting held on 8 December 2025 (pp 1 - 4)",
            "3. Planning applications received (pp. 5-12)",
            "4. Finance report and schedule of payments (Pages 13 to 16)",
            "5. Youth Provision for Ages 11 to 16",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Minutes of the meeting held on 8 December 2025"),
            ("3", "Planning applications received"),
            ("4", "Finance report and schedule of payments"),
            ("5", "Youth Provision for Ages 11 to 16"),
        ],
        pages=[("2", "1-4"), ("3", "5-12"), ("4", "13-16")],
    )


def margin_numbers_with_file_references(one_font: bool = False) -> Paper:
    """A council's ordinary meeting minutes: minute numbers in the left column ('061/26'), a file reference and the
    officer's initials on the line under each, the title beside the number, the minute's text under the title."""
    return Paper(
        rows=[
            "# HARBOURNE COUNCIL",
            "## MINUTES OF THE ORDINARY MEETING OF COUNCIL",
            "HELD IN THE COUNCIL CHAMBER, CIVIC PLACE, 4 MARGARET STREET, HARBOURNE",
            "ON WEDNESDAY, MARCH 11, 2026 COMMENCING AT 6.30PM",
            "** PRESENT",
            "Her Worship the Mayor (Clr Tran), Councillors Abela, Burke, Cassar and Doyle",
            "** APOLOGY",
            "RESOLVED unanimously on the motion of Clr Burke, seconded Clr Doyle that an apology be accepted.",
            [(56, "061/26", True), (150, "Disclosure of Interests", True)],
            [(56, "C-28-07/04"), (470, "JB")],
            [(150, "There were no disclosures of interest.")],
            [(56, "062/26", True), (150, "Address by Invited Speakers", True)],
            [(56, "C-28-02/03")],
            [(150, "The following persons had made requests to address the Council on the item indicated.")],
            [(56, "063/26", True), (150, "Confirmation of Minutes", True)],
            [(56, "C-28-01/01"), (470, "RS")],
            [(150, "RESOLVED on the motion of Clr Abela, seconded Clr Cassar that the Minutes of the Ordinary")],
            [(150, "Meeting of Council held on 18 February 2026 be adopted.")],
            [(56, "064/26", True), (150, "Mayoral Minute - Harbourne Festival", True)],
            [(56, "C-28-05/02")],
            [(150, "RESOLVED that the Mayoral Minute be received and adopted.")],
        ],
        items=[
            *([] if one_font else [(None, "APOLOGY")]),  # a bold opening section in the headings' style (README)
            ("061/26", "Disclosure of Interests"),
            ("062/26", "Address by Invited Speakers"),
            ("063/26", "Confirmation of Minutes"),
            ("064/26", "Mayoral Minute - Harbourne Festival"),
        ],
        doc_type="minutes",
        one_font=one_font,
    )


def welsh_minute_labels() -> Paper:
    """A Welsh community council's minutes: 'COFNOD 1536.2026 CROESO & DATGAN DIDDORDEB.' headings (Welsh 'minute'
    and the minute's number of the year), paragraphs '1536.1', '1536.2.1' under them that are no items."""
    return Paper(
        rows=[
            "# Cyngor Cymuned Nant Caerau Community Council",
            "Cofnodion cyfarfod Misol o’r Cyngor a gynhaliwyd yn Neuadd y Plwyf, Nos Fercher, 14eg HYDREF 2026.",
            "Minutes of the monthly meeting of the Council held in the Parish Hall on Wednesday, 14 October 2026.",
            "PRESENNOL: Cyng Idris Lloyd (Cadeirydd), Cyng Joan Kirby, Cyng Nia Foulger, Cyng Tom Cooper.",
            "YMDDIHEURIADAU: Cynghorydd Jean Davies.",
            "** COFNOD 1536.2026 CROESO & DATGAN DIDDORDEB.",
            "1536.1 Croesawyd pawb i’r cyfarfod gan y Cadeirydd, Cyng Idris Lloyd.",
            "1536.2 Datgan Diddordeb Rhagfarnol.",
            "1536.2.1 Datganwyd Diddordeb gan Cyng Tom Cooper yn yr adroddiad ar ysgolion yr ardal.",
            "** COFNOD 1537.2026 CYFLWYNIAD MENTER GYMUNEDOL – GRANT LOTERI.",
            "1537.1 Croesawyd Delyth Price i’r cyfarfod.",
            "1537.2 Cafwyd cyflwyniad cryno ganddi ynglŷn â’r prosiect.",
            "** COFNOD 1538.2026 COFNODION Y CYFARFOD BLAENOROL.",
            "1538.1 Derbyniwyd cofnodion y cyfarfod a gynhaliwyd ar 9 Medi 2026 fel rhai cywir.",
        ],
        items=[
            ("1536.2026", "CROESO & DATGAN DIDDORDEB"),
            ("1537.2026", "CYFLWYNIAD MENTER GYMUNEDOL – GRANT LOTERI"),
            ("1538.2026", "COFNODION Y CYFARFOD BLAENOROL"),
        ],
        doc_type="minutes",
    )


def planning_prefixed_numbers() -> Paper:
    """A district planning committee's minutes: 'PL/26/25' numbers before headings in capitals, the heading's date
    part of its title."""
    return Paper(
        rows=[
            "# MID VALE DISTRICT COUNCIL",
            "## MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD IN THE TOWN HALL, MARKET PLACE ON",
            "## WEDNESDAY, 9 DECEMBER 2026",
            "PRESENT: Councillor Peter Beer (Chairman), Councillors Sue Carpenter and Derek Davis",
            "** PL/26/25 APOLOGIES FOR ABSENCE",
            "Apologies for absence were received from Councillor Michael Holt.",
            "** PL/26/26 TO CONFIRM THE MINUTES OF THE MEETING HELD ON 11 NOVEMBER 2026",
            "It was RESOLVED that the minutes of the meeting held on 11 November 2026 be confirmed and signed.",
            "** PL/26/27 DECLARATION OF INTERESTS",
            "There were no declarations of interest.",
            "** PL/26/28 SCHEDULE OF PLANNING APPLICATIONS",
            "The Committee considered the schedule of applications set out in Paper PL/26/16.",
        ],
        items=[
            ("PL/26/25", "APOLOGIES FOR ABSENCE"),
            ("PL/26/26", "TO CONFIRM THE MINUTES OF THE MEETING HELD ON 11 NOVEMBER 2026"),
            ("PL/26/27", "DECLARATION OF INTERESTS"),
            ("PL/26/28", "SCHEDULE OF PLANNING APPLICATIONS"),
        ],
        doc_type="minutes",
    )


def letter_prefixed_numbers() -> Paper:
    """A parish council's minutes numbered 'P021/26' (a letter before the number of the year's minutes)."""
    return Paper(
        rows=[
            "# Worthy Down Parish Council",
            "Minutes of the Meeting of the Parish Council held on Thursday 19 March 2026 at the Parish Office.",
            "Present: Cllr A Dunn (Chairman), Cllr B Evans, Cllr C Ferris",
            "** P019/26 APOLOGIES FOR ABSENCE",
            "Apologies were received from Cllr D Grant.",
            "** P020/26 DECLARATIONS OF INTEREST",
            "None.",
            "** P021/26 MATTERS ARISING FROM THE MINUTES",
            "None.",
            "** P022/26 FINANCE",
            "The schedule of payments was approved.",
        ],
        items=[
            ("P019/26", "APOLOGIES FOR ABSENCE"),
            ("P020/26", "DECLARATIONS OF INTEREST"),
            ("P021/26", "MATTERS ARISING FROM THE MINUTES"),
            ("P022/26", "FINANCE"),
        ],
        doc_type="minutes",
    )


def cabinet_number_over_title() -> Paper:
    """Cabinet minutes as a ModernGov page prints: the number alone on its line, the bold title on the next,
    'Minutes:' over the text; a resolution's lettered parts ('a)', 'b)') and a numbered list inside an item."""
    return Paper(
        rows=[
            "# Trentside Borough Council",
            "## Cabinet - Tuesday, 9th December, 2026 7.00 pm",
            "Agenda, decisions and draft minutes",
            "Venue: Council Chamber Area B, Trentside Arena, Rugby Road, West Trentford.",
            "** 36.",
            "** Declarations of Interest",
            "Minutes:",
            "There were no declarations of interest made.",
            "** 37.",
            "** Minutes of the Meeting held on 11 November 2026",
            "Minutes:",
            "The minutes of the meeting held on Tuesday, 11 November 2026 were agreed as a true record.",
            "** 38.",
            "** Renewal of Public Space Protection Order",
            "The report of the Director – Neighbourhoods is attached.",
            "Minutes:",
            "It was RESOLVED that:",
            "a) the renewal of the Public Space Protection Order for West Trentford be approved;",
            "b) the Director – Neighbourhoods be granted delegated authority to publish the Order; and",
            "c) support for town and parish remembrance activities be approved, incorporating:",
            ">i) the creation of a commemorations grant scheme; and",
            ">ii) the distribution of spring bulbs for memorial planting schemes.",
            "** 39.",
            "** Financial Outturn 2026/27",
            "Minutes:",
            "1. The revenue position and efficiencies identified in Table 1 be noted.",
            "2. The changes to earmarked reserves set out at Appendix B be approved.",
        ],
        items=[
            ("36", "Declarations of Interest"),
            ("37", "Minutes of the Meeting held on 11 November 2026"),
            ("38", "Renewal of Public Space Protection Order"),
            ("39", "Financial Outturn 2026/27"),
        ],
        doc_type="minutes",
    )


def council_number_column_minutes() -> Paper:
    """A borough council's minutes as ModernGov prints them in two columns: the number in the left column, the bold
    title beside it, a description, then 'Minutes:' and the record with a RESOLVED paragraph."""
    return Paper(
        rows=[
            "# Soar Valley Borough Council",
            "## Council - Tuesday, 6 September 2026 6.30 pm",
            "Agenda and minutes",
            "Venue: Council Chamber",
            [(56, "144."), (110, "Prayer", True)],
            [(110, "Minutes:")],
            [(110, "Prayer was offered by Pastor Gary Kell.")],
            [(56, "145."), (110, "Apologies", True)],
            [(110, "Minutes:")],
            [(110, "Apologies for absence were submitted on behalf of Councillor Nicholls.")],
            [(56, "146."), (110, "Minutes of the previous meeting", True)],
            [(110, "To confirm the minutes of the meeting held on 12 July 2026.")],
            [(110, "Minutes:")],
            [(110, "RESOLVED – the minutes of the meeting held on 12 July 2026 be approved and signed by the Mayor.")],
            [(56, "147."), (110, "Declarations of interest", True)],
            [(110, "Minutes:")],
            [(110, "Councillor Wallis declared a personal interest in agenda item 24 (car parking).")],
        ],
        items=[
            ("144", "Prayer"),
            ("145", "Apologies"),
            ("146", "Minutes of the previous meeting"),
            ("147", "Declarations of interest"),
        ],
        doc_type="minutes",
    )


def town_council_running_month_numbers() -> Paper:
    """A Welsh town council's minutes: a Welsh cover page, then the English minutes numbered on from meeting to
    meeting with the month and year ('10457/04/26 APOLOGIES'); the declarations name later minutes of the same
    meeting in a column of their own ('10469/04/26 Post of Deputy Town Clerk'), which head no items there."""
    return Paper(
        rows=[
            "Swyddfa’r Cyngor ● 3 Stryd y Bont ● Llanfor ● Gwynedd",
            "# COFNODION CYFARFOD ARFEROL",
            "11eg EBRILL 2026",
            "---",
            "## MINUTES OF THE ORDINARY MEETING OF CWM ARDUDWY TOWN COUNCIL HELD ON THURSDAY 11th APRIL 2026",
            "AT THE COUNCIL CHAMBER AT 7:00PM",
            "CHAIR: Councillor Erwyn Jenkins PRESENT: Councillors Mel Goch, Ronwen Rowlands, Will Roberts",
            "** 10457/04/26 APOLOGIES",
            "Councillors: Mari Rhys and Annwen Daniel",
            "** 10458/04/26 DECLARATIONS OF INTEREST",
            [(56, "Councillor Erwyn Jenkins"), (300, "10469/04/26 Post of Deputy Town Clerk")],
            [(56, "Councillor Ronwen Rowlands"), (300, "10470/04/26 Llafar Bro")],
            "** 10459/04/26 URGENT ITEMS",
            "Matters which, in the view of the Chair, should be considered as matters of urgency. Information was",
            "given that an application for grant money has been made.",
            "** 10460/04/26 MINUTES OF THE PREVIOUS MEETING",
            "The minutes of the meeting held on 14 March 2026 were accepted as a true record.",
        ],
        items=[
            ("10457/04/26", "APOLOGIES"),
            ("10458/04/26", "DECLARATIONS OF INTEREST"),
            ("10459/04/26", "URGENT ITEMS"),
            ("10460/04/26", "MINUTES OF THE PREVIOUS MEETING"),
        ],
        doc_type="minutes",
    )


def plain(make: Callable[[], Paper]) -> Paper:
    paper = make()
    paper.one_font = True
    return paper


DOCUMENTS: dict[str, Callable[[], Paper]] = {
    "cmis-to-follow-sub-item-ranges": harborough_style_to_follow_sub_ranges,
    "borough-agenda-report-to-follow": borough_agenda_report_to_follow,
    "special-council-dot-leader-index": special_council_dot_leader_index,
    "city-pages-under-particulars": city_pages_under_particulars,
    "parish-range-word-shapes": range_word_shapes,
    "margin-numbers-file-references": margin_numbers_with_file_references,
    "margin-numbers-file-references-plain": lambda: margin_numbers_with_file_references(one_font=True),
    "welsh-cofnod-minute-labels": welsh_minute_labels,
    "planning-pl-prefixed-numbers": planning_prefixed_numbers,
    "parish-letter-prefixed-numbers": letter_prefixed_numbers,
    "cabinet-number-over-title": cabinet_number_over_title,
    "cabinet-number-over-title-plain": lambda: plain(cabinet_number_over_title),
    "council-number-column-minutes": council_number_column_minutes,
    "town-council-running-month-numbers": town_council_running_month_numbers,
    "town-council-running-month-numbers-plain": lambda: plain(town_council_running_month_numbers),
}
CHECKS = ("items", "pages", "exempt", "doc_type")
XFAIL: dict[tuple[str, str], str] = {}


def _judged(name: str, check: str) -> bool:
    paper = DOCUMENTS[name]()
    return check == "items" or getattr(paper, check) is not None


def _params() -> list:
    params = []
    for name in DOCUMENTS:
        for check in CHECKS:
            if not _judged(name, check):
                continue
            reason = XFAIL.get((name, check))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(name, check, id=f"{name}-{check}", marks=marks))
    return params


@pytest.fixture(scope="module")
def read_papers(tmp_path_factory) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("round44")
    found: dict[str, dict[str, object]] = {}
    for name, make in DOCUMENTS.items():
        paper = make()
        pages = render(folder / f"{name}.pdf", paper.rows, one_font=paper.one_font)
        found[name] = fields_and_items(pages, name, ("doc_type",))
    return found


@pytest.mark.parametrize(("name", "check"), _params())
def test_paper(read_papers, name: str, check: str) -> None:
    paper = DOCUMENTS[name]()
    found = read_papers[name][check]
    if check == "items":
        assert found == [(number, folded(title)) for number, title in paper.items]
    else:
        assert found == getattr(paper, check)


# ================================================================================================== page-range shapes


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("(Pages 1 - 52)", (1, 52)),
        ("Pages: 1 - 4", (1, 4)),
        ("Pages: 9-12", (9, 12)),
        ("pp 5 - 12", (5, 12)),
        ("pp. 5-12", (5, 12)),
        ("(pp. 13 – 20)", (13, 20)),
        ("(Pages 5 to 12)", (5, 12)),
        ("Page 5", (5, 5)),
        ("Page: 7", (7, 7)),
        # negatives: no page word, or the letters inside a word
        ("Youth Provision for Ages 11 to 16", None),
        ("Apps 5 - 12 downloaded", None),
        ("Shipping 4 - 6 containers", None),
        ("(Pages 12 - 3)", None),
    ],
)
def test_page_range_shapes(text: str, pages: tuple[int, int] | None) -> None:
    assert parse_page_range(text) == pages


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("10457/04/26 APOLOGIES", "10457/04/26"),
        ("COFNOD 1536.2026 CROESO & DATGAN DIDDORDEB.", "1536.2026"),
        ("12/05/26 The Clerk reported", None),  # a date, not minute 12
        ("271/25/26 POLICE REPORT", "271/25/26"),  # the council year's pair, read as before
        ("COFNOD 1536 CROESO", None),  # no year after the number: not this label's shape
    ],
)
def test_minute_number_shapes(text: str, number: str | None) -> None:
    parsed = _parse_number(text)
    assert (parsed[0] if parsed else None) == number
