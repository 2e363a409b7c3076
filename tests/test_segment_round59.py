"""Round seg59 suite (issue #4): agenda lists, printed page ranges and page maps of whole packs, and minute numbers,
in layouts no earlier round drew.

Packs (drawn with round 28's machinery, tests/pack_cases.py, and read as `agendaparse eval` reads them): a CMIS
frontsheet whose 'Item | Subject | Page' list runs over two frontsheet pages, 'Page N' stamps and a filler page; a
ModernGov frontsheet whose ranges read '(Pages 5 - 12) (To Follow)', 'Verbal' and 'To Follow' in the page column
and a 'Part 2 – Exempt items' heading, '- N -' stamps; a planning committee whose ranges stand on the line under a
two-line title with 'Ward:' and 'Case Officer:' lines under them, '{n}' stamps; a cabinet whose '6.1' / '6.2'
sub-items print their own ranges, 'Page 12 of 40' stamps; a supplementary pack whose numbering restarts at 1; a
pack whose reports each number their own pages from 1 (no ranges on the frontsheet); a cabinet pack stamped 'CAB
14'; a supplementary pack stamped 'Page A3' whose frontsheet prints '(Pages A1 - A6)'.
Single papers: frontsheets numbered 'A.' / 'B.', 'Item 5' labels and 'i)' items; minutes numbered 'CAB/23/045',
'Min 12.' and 'PC/045/25', and a ModernGov 'Agenda and minutes' page printed from a browser (each also plain, one
font, but the 'i)' agenda and the web print).

Checks: 'items' (number, folded title, printed range in the '1-52' form), 'page_map' (each physical page's printed
label), 'spans' (each item's first and last physical page), 'page_items' (the item each page goes to, None for
front matter), 'filler' (filler pages found, none leaking their text), 'exempt', 'fields' (body, committee, date,
type).

Pass before (HEAD 62f00a2, the code before this round): the first set (written before any fix, eight packs and
six papers) 79 of 85; the whole suite, with the web print and the plain variants added, 110 of 116. The misses:
'(Pages 5 - 12) (To Follow)' kept '(To Follow' in the title; 'Lead Member: Councillor S Okafor' under a cabinet
item joined its title; a pack stamped 'CAB 1' … 'CAB 30' had no page map; a supplement stamped 'Page A3' had no
page map and its '(Pages A1 - A6)' was neither read as a range nor cut from the title; a parish agenda numbered
'i)', 'ii)', … gave no items.
After: 116 of 116, no strict xfails (agenda_list: a bracketed 'To Follow' / 'Verbal' note after an item's range is
cut with the range; 'Lead Member:', 'Cabinet Member:', 'Portfolio Holder:', 'Lead Officer:', 'Contact Officer:',
'Report Author:' and 'Key Decision:' lines are particulars of the item, not its title; '(Pages A1 - A6)' is a
lettered range 'A1-A6'; a list may be numbered 'i)' as well as 'i.'; pdf: 'Page A3' is the page label 'A3', and a
run of three or more margin stamps 'CAB 14', 'CAB 15', … under one capitals prefix labels its pages 14, 15, …;
item_pages: a lettered range maps through the pages labelled with its letter).

The structure and phrasing of the cases follow these kinds of pages (names, places, dates and numbers changed):
CMIS frontsheets of county select committees ('Item | Subject | Page', the list continued on a second page);
ModernGov frontsheets and supplementary packs ('(Pages 5 - 12)', 'To Follow', 'Verbal', 'Part 2 – Exempt items',
'SUPPLEMENTARY INFORMATION'); district planning committee agendas ('Ward:', 'Case Officer:' under each
application); unitary cabinet agendas ('Lead Member:', '6.1' recommendations from scrutiny, 'Page 12 of 40');
district cabinet packs stamped with the committee's code ('CAB 14'); council supplements paged 'A1' onwards;
combined and fire authority agendas ('A.' items, 'Item 5' labels); town and parish agendas and minutes ('i)',
'Min 12.', 'PC/045/25'); borough cabinet minutes ('CAB/23/045'); ModernGov 'Agenda and minutes' web pages.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pack_cases import Case, Pack, assert_truth_consistent, check_params, judged, read_pack
from segment_cases import (
    ANY,
    Paper,
    document_check_params,
    folded,
    of_body,
    plain,
    read_papers_fixture,
    same_field,
)

NUM, TITLE, RIGHT = 56, 90, 480


def _row(number: str, title: str, pages: str = "", bold: bool = False) -> list[tuple]:
    return [(NUM, number, bold), (TITLE, title, bold), *([(RIGHT, pages)] if pages else [])]


# ================================================================ packs


def cmis_two_page_list() -> Case:
    """A county council's CMIS frontsheet: the 'Item | Subject | Page' list runs on to a second frontsheet page; the
    papers carry 'Agenda Item N' stamps and 'Page N' at the foot; a report ends on a filler page."""
    p = Pack(style="bc:Page {n}")
    p.page(
        [
            "# Hollinford County Council",
            "## Children and Families Select Committee",
            "Date: Thursday, 12 June 2025",
            "Time: 10.00 am",
            "Venue: Council Chamber, Shire Hall, Hollinford",
            "Membership: Councillors R Ames (Chair), B Cole, D Eyre, F Gale, H Innes, J Kerr",
            "** Agenda",
            [(NUM, "Item", True), (TITLE, "Subject", True), (RIGHT, "Page", True)],
            _row("1", "Apologies and Substitutions"),
            _row("2", "Declarations of Interest"),
            _row("3", "Minutes of the meeting held on 10 April 2025", "1 - 6"),
            _row("4", "Public Questions"),
            _row("5", "Children's Social Care Performance Report", "7 - 16"),
            _row("6", "Sufficiency Strategy for Children in Care 2025-2028", "17 - 26"),
            _row("7", "Special Educational Needs and Disabilities Transport Review", "27 - 34"),
            "Enquiries to: Democratic Services, telephone 01632 960 410",
        ]
    )
    p.page(
        [
            "** Agenda (continued)",
            [(NUM, "Item", True), (TITLE, "Subject", True), (RIGHT, "Page", True)],
            _row("8", "Youth Justice Plan 2025/26", "35 - 40"),
            _row("9", "Committee Work Programme", "41 - 44"),
            _row("10", "Date of Next Meeting"),
        ]
    )
    p.number = 1
    p.paper("3", "Minutes", 6, stamp="Agenda Item 3", opening=["## Children and Families Select Committee", "Minutes"])
    p.paper("5", "Children's Social Care Performance Report", 9, stamp="Agenda Item 5", filler=True)
    p.paper("6", "Sufficiency Strategy for Children in Care 2025-2028", 10, stamp="Agenda Item 6")
    p.paper("7", "Special Educational Needs and Disabilities Transport Review", 7, stamp="Agenda Item 7", filler=True)
    p.paper("8", "Youth Justice Plan 2025/26", 6, stamp="Agenda Item 8")
    p.paper("9", "Committee Work Programme", 4, stamp="Agenda Item 9")
    return Case(
        p,
        ("Hollinford County Council", "Children and Families Select Committee", "2025-06-12", "agenda_pack"),
        [
            ("1", "Apologies and Substitutions", None),
            ("2", "Declarations of Interest", None),
            ("3", "Minutes of the meeting held on 10 April 2025", "1-6"),
            ("4", "Public Questions", None),
            ("5", "Children's Social Care Performance Report", "7-16"),
            ("6", "Sufficiency Strategy for Children in Care 2025-2028", "17-26"),
            ("7", "Special Educational Needs and Disabilities Transport Review", "27-34"),
            ("8", "Youth Justice Plan 2025/26", "35-40"),
            ("9", "Committee Work Programme", "41-44"),
            ("10", "Date of Next Meeting", None),
        ],
    )


def moderngov_to_follow_verbal() -> Case:
    """A ModernGov frontsheet: '(Pages 5 - 12) (To Follow)' after a title, 'Verbal' and 'To Follow' in the page
    column, a 'Part 2 – Exempt items' heading over the last item; '- N -' stamps at the foot."""
    p = Pack(style="bc:- {n} -")
    p.page(
        [
            "# Thornbury Vale Borough Council",
            "## Overview and Scrutiny Committee",
            "** Tuesday, 17th June, 2025 at 7.00 pm",
            "Council Chamber, Civic Centre, Thornbury",
            "** AGENDA",
            "** Part 1",
            "1. Apologies for Absence",
            "2. Minutes (Pages 1 - 4)",
            "3. Declarations of Interest",
            "4. Medium Term Financial Strategy Update (Pages 5 - 12) (To Follow)",
            _row("5.", "Leader's Update", "Verbal"),
            _row("6.", "Leisure Centre Contract Options", "To Follow"),
            "7. Scrutiny Work Programme 2025/26 (Pages 13 - 18)",
            "8. Exclusion of the Press and Public",
            "** Part 2 – Exempt items",
            "9. Property Acquisition - Station Quarter (Pages 19 - 24)",
        ]
    )
    p.number = 1
    p.paper("2", "Minutes", 4, stamp="Agenda Item 2", opening=["## Overview and Scrutiny Committee", "MINUTES"])
    p.paper("4", "Medium Term Financial Strategy Update", 8, stamp="Agenda Item 4")
    p.paper("7", "Scrutiny Work Programme 2025/26", 5, stamp="Agenda Item 7", filler=True)
    p.paper("9", "Property Acquisition - Station Quarter", 6, stamp="Agenda Item 9")
    return Case(
        p,
        ("Thornbury Vale Borough Council", "Overview and Scrutiny Committee", "2025-06-17", "agenda_pack"),
        [
            ("1", "Apologies for Absence", None),
            ("2", "Minutes", "1-4"),
            ("3", "Declarations of Interest", None),
            ("4", "Medium Term Financial Strategy Update", "5-12"),
            ("5", "Leader's Update", None),
            ("6", "Leisure Centre Contract Options", None),
            ("7", "Scrutiny Work Programme 2025/26", "13-18"),
            ("8", "Exclusion of the Press and Public", None),
            ("9", "Property Acquisition - Station Quarter", "19-24"),
        ],
        {"9"},
    )


def planning_range_under_two_line_title() -> Case:
    """A planning committee: each application's title wraps onto a second line, the range stands on the line under
    it and 'Ward:' / 'Case Officer:' lines follow; plain '{n}' stamps at the foot."""
    p = Pack(style="bc:{n}")
    p.page(
        [
            "# Greywater District Council",
            "## Planning Committee",
            "Wednesday 9 July 2025 at 6.30 pm",
            "Council Chamber, Greywater House",
            "** AGENDA",
            "1. Apologies for Absence",
            "2. Minutes of the Previous Meeting",
            ">(Pages 1 - 4)",
            "3. Declarations of Interest",
            "4. 25/00412/FUL - Land North of Mill Lane, Upper Hadley - Erection of 45 dwellings",
            ">with associated access, parking and landscaping",
            ">(Pages 5 - 18)",
            ">Ward: Hadley and Stow",
            ">Case Officer: Priya Natt",
            "5. 25/00530/HOU - 14 Orchard Close, Greywater - Two storey side extension",
            ">and single storey rear extension",
            ">(Pages 19 - 24)",
            ">Ward: Greywater Central",
            ">Case Officer: Tom Blyth",
            "6. Appeals Decisions",
            ">(Pages 25 - 28)",
        ]
    )
    p.number = 1
    p.paper("2", "Minutes", 4, stamp="Agenda Item 2", opening=["## Planning Committee", "MINUTES"])
    p.paper("4", "25/00412/FUL Land North of Mill Lane", 14, stamp="Agenda Item 4")
    p.paper("5", "25/00530/HOU 14 Orchard Close", 5, stamp="Agenda Item 5", filler=True)
    p.paper("6", "Appeals Decisions", 4, stamp="Agenda Item 6")
    return Case(
        p,
        ("Greywater District Council", "Planning Committee", "2025-07-09", "agenda_pack"),
        [
            ("1", "Apologies for Absence", None),
            ("2", "Minutes of the Previous Meeting", "1-4"),
            ("3", "Declarations of Interest", None),
            (
                "4",
                "25/00412/FUL - Land North of Mill Lane, Upper Hadley - Erection of 45 dwellings with associated "
                "access, parking and landscaping",
                "5-18",
            ),
            (
                "5",
                "25/00530/HOU - 14 Orchard Close, Greywater - Two storey side extension and single storey rear "
                "extension",
                "19-24",
            ),
            ("6", "Appeals Decisions", "25-28"),
        ],
    )


def cabinet_sub_item_ranges_of_total() -> Case:
    """A cabinet pack: '6.1' / '6.2' sub-items under item 6 print their own ranges, 'Lead Member:' and 'Report of:'
    lines under titles; every numbered page reads 'Page 12 of 40' at the bottom right."""
    p = Pack(style="br:Page {n} of {t}")
    p.page(
        [
            "# Kestrel Bay Council",
            "## Cabinet",
            "Date: Wednesday 16 July 2025",
            "Time: 5.30 pm",
            "Place: Committee Room 1, Town Hall",
            "** AGENDA",
            _row("1.", "Apologies for Absence"),
            _row("2.", "Declarations of Interest"),
            _row("3.", "Minutes of the meeting held on 18 June 2025", "1 - 4"),
            _row("4.", "Quarter 1 Revenue Budget Monitoring 2025/26", "5 - 14"),
            [(TITLE, "Lead Member: Councillor S Okafor")],
            _row("5.", "Housing Allocations Policy Review", "15 - 22"),
            [(TITLE, "Report of: Director of Housing")],
            _row("6.", "Recommendations from Scrutiny"),
            [(TITLE + 14, "6.1"), (TITLE + 44, "Review of Fly-tipping Enforcement"), (RIGHT, "23 - 26")],
            [(TITLE + 14, "6.2"), (TITLE + 44, "Town Centre Car Parking Charges"), (RIGHT, "27 - 30")],
            _row("7.", "Forward Plan", "31 - 32"),
        ]
    )
    p.number = 1
    p.paper("3", "Minutes", 4, stamp="Agenda Item 3", opening=["## Cabinet", "MINUTES"])
    p.paper("4", "Quarter 1 Revenue Budget Monitoring 2025/26", 8, stamp="Agenda Item 4", wide=1, filler=True)
    p.paper("5", "Housing Allocations Policy Review", 8, stamp="Agenda Item 5")
    p.paper("6.1", "Review of Fly-tipping Enforcement", 4, stamp="Agenda Item 6.1")
    p.paper("6.2", "Town Centre Car Parking Charges", 4, stamp="Agenda Item 6.2")
    p.paper("7", "Forward Plan", 2, stamp="Agenda Item 7")
    return Case(
        p,
        ("Kestrel Bay Council", "Cabinet", "2025-07-16", "agenda_pack"),
        [
            ("1", "Apologies for Absence", None),
            ("2", "Declarations of Interest", None),
            ("3", "Minutes of the meeting held on 18 June 2025", "1-4"),
            ("4", "Quarter 1 Revenue Budget Monitoring 2025/26", "5-14"),
            ("5", "Housing Allocations Policy Review", "15-22"),
            ("6", "Recommendations from Scrutiny", None),
            ("6.1", "Review of Fly-tipping Enforcement", "23-26"),
            ("6.2", "Town Centre Car Parking Charges", "27-30"),
            ("7", "Forward Plan", "31-32"),
        ],
    )


def supplementary_pack_restarts() -> Case:
    """A ModernGov supplementary pack: 'SUPPLEMENTARY INFORMATION' frontsheet naming the items to follow, the papers
    numbered again from 'Page 1'."""
    p = Pack(style="bc:Page {n}")
    p.page(
        [
            "# Thornbury Vale Borough Council",
            "## Overview and Scrutiny Committee",
            "** Tuesday, 17th June, 2025 at 7.00 pm",
            "** SUPPLEMENTARY INFORMATION",
            "The following reports were marked 'To Follow' on the agenda for the above meeting.",
            "** Agenda",
            "4. Medium Term Financial Strategy Update (Pages 1 - 8)",
            "6. Leisure Centre Contract Options (Pages 9 - 14)",
        ]
    )
    p.number = 1
    p.paper("4", "Medium Term Financial Strategy Update", 8, stamp="Agenda Item 4")
    p.paper("6", "Leisure Centre Contract Options", 5, stamp="Agenda Item 6", filler=True)
    return Case(
        p,
        ("Thornbury Vale Borough Council", "Overview and Scrutiny Committee", "2025-06-17", "agenda_pack"),
        [
            ("4", "Medium Term Financial Strategy Update", "1-8"),
            ("6", "Leisure Centre Contract Options", "9-14"),
        ],
    )


def reports_number_own_pages() -> Case:
    """A parish-style pack: the frontsheet gives no ranges, each report numbers its own pages from 1 at the bottom
    right ('1', '2', …), 'Agenda Item N' at the top right of a report's first page."""
    p = Pack(style="br:{n}")
    p.page(
        [
            "# Lowmoor Town Council",
            "## Finance and General Purposes Committee",
            "Notice is hereby given that a meeting of the Finance and General Purposes Committee will be held in",
            "the Town Hall, Market Place, Lowmoor on Monday 21 July 2025 at 7.00 pm.",
            "** AGENDA",
            "1. Apologies for absence",
            "2. Declarations of interest",
            "3. To approve the minutes of the meeting held on 16 June 2025",
            "4. To receive the budget monitoring report to 30 June 2025",
            "5. To consider the grants policy",
            "6. To note the internal auditor's report for 2024/25",
        ]
    )
    for item, title, length in (
        ("3", "Minutes of the meeting held on 16 June 2025", 3),
        ("4", "Budget monitoring report to 30 June 2025", 4),
        ("5", "Grants policy", 2),
        ("6", "Internal audit report 2024/25", 3),
    ):
        p.number = 1
        p.paper(item, title, length, stamp=f"Agenda Item {item}")
    return Case(
        p,
        ("Lowmoor Town Council", "Finance and General Purposes Committee", "2025-07-21", "agenda_pack"),
        [
            ("1", "Apologies for absence", None),
            ("2", "Declarations of interest", None),
            ("3", "To approve the minutes of the meeting held on 16 June 2025", None),
            ("4", "To receive the budget monitoring report to 30 June 2025", None),
            ("5", "To consider the grants policy", None),
            ("6", "To note the internal auditor's report for 2024/25", None),
        ],
    )


def cabinet_prefixed_stamps() -> Case:
    """A cabinet pack whose pages are stamped 'CAB 14' at the bottom right (the committee's prefix before the
    number); the frontsheet's page column gives the numbers alone."""
    p = Pack(style="br:CAB {n}")
    p.page(
        [
            "# Ashby Marsh District Council",
            "## CABINET",
            "Thursday, 24 July 2025 at 6.00 pm",
            "Council Chamber, Marsh House, Ashby",
            "** AGENDA",
            [(NUM, "Item", True), (TITLE, "Subject", True), (RIGHT, "Page No", True)],
            _row("1", "Apologies"),
            _row("2", "Minutes", "1 - 4"),
            _row("3", "Declarations of Interest"),
            _row("4", "Climate Emergency Action Plan Annual Update", "5 - 16"),
            _row("5", "Council Tax Support Scheme 2026/27 Consultation", "17 - 24"),
            _row("6", "Exclusion of the Public"),
            [(NUM, "", True), (TITLE, "PART 2 - EXEMPT ITEMS", True)],
            _row("7", "Depot Relocation - Contract Award", "25 - 30"),
        ]
    )
    p.number = 1
    p.paper("2", "Minutes", 4, stamp="Agenda Item 2", opening=["## CABINET", "MINUTES"])
    p.paper("4", "Climate Emergency Action Plan Annual Update", 11, stamp="Agenda Item 4", filler=True)
    p.paper("5", "Council Tax Support Scheme 2026/27 Consultation", 8, stamp="Agenda Item 5")
    p.paper("7", "Depot Relocation - Contract Award", 6, stamp="Agenda Item 7")
    return Case(
        p,
        ("Ashby Marsh District Council", "Cabinet", "2025-07-24", "agenda_pack"),
        [
            ("1", "Apologies", None),
            ("2", "Minutes", "1-4"),
            ("3", "Declarations of Interest", None),
            ("4", "Climate Emergency Action Plan Annual Update", "5-16"),
            ("5", "Council Tax Support Scheme 2026/27 Consultation", "17-24"),
            ("6", "Exclusion of the Public", None),
            ("7", "Depot Relocation - Contract Award", "25-30"),
        ],
        {"7"},
    )


def lettered_supplement_stamps() -> Case:
    """A supplementary pack whose pages are stamped 'Page A3' (the supplement's letter before the number) and whose
    frontsheet prints '(Pages A1 - A6)'."""
    p = Pack(style="bc:Page {n}")  # the labels take the letter below
    p.page(
        [
            "# Ashby Marsh District Council",
            "## COUNCIL",
            "Wednesday, 30 July 2025 at 7.00 pm",
            "** SUPPLEMENTARY AGENDA",
            "8. Recommendations from Cabinet (Pages A1 - A6)",
            "9. Notice of Motion - Pavement Parking (Pages A7 - A8)",
        ]
    )
    p.number = 1
    p.paper("8", "Recommendations from Cabinet", 5, stamp="Agenda Item 8", filler=True)
    p.paper("9", "Notice of Motion - Pavement Parking", 2, stamp="Agenda Item 9")
    case = Case(
        p,
        ("Ashby Marsh District Council", "Council", "2025-07-30", "agenda_pack"),
        [("8", "Recommendations from Cabinet", "A1-A6"), ("9", "Notice of Motion - Pavement Parking", "A7-A8")],
    )
    for sheet in p.sheets:
        if sheet.label:
            sheet.label = "A" + sheet.label
    return case


PACKS: dict[str, Callable[[], Case]] = {
    "cmis-two-page-list": cmis_two_page_list,
    "moderngov-to-follow-verbal-part-2": moderngov_to_follow_verbal,
    "planning-range-under-two-line-title": planning_range_under_two_line_title,
    "cabinet-sub-item-ranges-of-total": cabinet_sub_item_ranges_of_total,
    "supplementary-pack-restarts": supplementary_pack_restarts,
    "reports-number-own-pages": reports_number_own_pages,
    "cabinet-prefixed-stamps": cabinet_prefixed_stamps,
    "lettered-supplement-stamps": lettered_supplement_stamps,
}
ALL = ("items", "page_map", "spans", "page_items", "filler", "fields")
PACK_CHECKS: dict[str, tuple[str, ...]] = {
    "cmis-two-page-list": ALL,
    "moderngov-to-follow-verbal-part-2": (*ALL, "exempt"),
    "planning-range-under-two-line-title": ALL,
    "cabinet-sub-item-ranges-of-total": ALL,
    "supplementary-pack-restarts": ALL,
    "reports-number-own-pages": ("items", "page_map", "page_items", "fields"),
    "cabinet-prefixed-stamps": (*ALL, "exempt"),
    "lettered-supplement-stamps": ALL,
}
PACK_XFAIL: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def read_packs(tmp_path_factory) -> dict[str, tuple]:
    folder = tmp_path_factory.mktemp("packs59")
    return {case_id: read_pack(build(), folder / f"{case_id}.pdf") for case_id, build in PACKS.items()}


@pytest.mark.parametrize(("case_id", "check"), check_params(PACK_CHECKS, PACK_XFAIL))
def test_pack(read_packs, case_id: str, check: str) -> None:
    found, want = judged(*read_packs[case_id], check)
    assert found == want


@pytest.mark.parametrize("case_id", [c for c in PACKS if c != "reports-number-own-pages"])
def test_pack_truth_is_consistent(case_id: str) -> None:
    assert_truth_consistent(PACKS[case_id]())


# ================================================================ single papers: item numbers and minute numbers


def lettered_main_items() -> Paper:
    """A combined authority's agenda whose items are lettered 'A.' to 'E.', ranges in a right column."""
    return Paper(
        rows=[
            "# Northvale Combined Authority",
            "## Transport Committee",
            "Friday 25 July 2025 at 11.00 am",
            "** AGENDA",
            _row("A.", "Apologies for Absence"),
            _row("B.", "Declarations of Interest"),
            _row("C.", "Minutes of the meeting held on 13 June 2025", "1 - 6"),
            _row("D.", "Bus Service Improvement Plan Update", "7 - 20"),
            _row("E.", "Rail Station Accessibility Programme", "21 - 30"),
        ],
        items=[
            ("A", "Apologies for Absence"),
            ("B", "Declarations of Interest"),
            ("C", "Minutes of the meeting held on 13 June 2025"),
            ("D", "Bus Service Improvement Plan Update"),
            ("E", "Rail Station Accessibility Programme"),
        ],
        fields=of_body("Northvale Combined Authority", "Transport Committee", "2025-07-25", "agenda_pack"),
    )


def item_labels() -> Paper:
    """An agenda whose items are headed 'Item 1', 'Item 2', … in bold with the title after them on the line."""
    return Paper(
        rows=[
            "# Eastfield Fire and Rescue Authority",
            "## Audit and Governance Committee",
            "Date: Monday 28 July 2025",
            "** AGENDA",
            [(NUM, "Item 1", True), (TITLE + 20, "Apologies for Absence")],
            [(NUM, "Item 2", True), (TITLE + 20, "Declarations of Interest")],
            [(NUM, "Item 3", True), (TITLE + 20, "Minutes of the Previous Meeting"), (RIGHT, "3 - 8")],
            [(NUM, "Item 4", True), (TITLE + 20, "Internal Audit Progress Report"), (RIGHT, "9 - 22")],
            [(NUM, "Item 5", True), (TITLE + 20, "Statement of Accounts 2024/25"), (RIGHT, "23 - 60")],
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the Previous Meeting"),
            ("4", "Internal Audit Progress Report"),
            ("5", "Statement of Accounts 2024/25"),
        ],
        fields=of_body(
            "Eastfield Fire and Rescue Authority", "Audit and Governance Committee", "2025-07-28", "agenda_pack"
        ),
    )


def roman_bracket_items() -> Paper:
    """A parish agenda numbering its items 'i)', 'ii)', … at the margin."""
    return Paper(
        rows=[
            "# Little Haxby Parish Council",
            "Notice is hereby given that a meeting of the Parish Council will be held in the Village Hall on",
            "Tuesday 5 August 2025 at 7.30 pm.",
            "** AGENDA",
            "i) To receive apologies for absence",
            "ii) To receive declarations of interest",
            "iii) To approve the minutes of the meeting held on 1 July 2025",
            "iv) To receive the clerk's report",
            "v) To consider planning applications received",
            "vi) To approve payments",
        ],
        items=[
            ("i", "To receive apologies for absence"),
            ("ii", "To receive declarations of interest"),
            ("iii", "To approve the minutes of the meeting held on 1 July 2025"),
            ("iv", "To receive the clerk's report"),
            ("v", "To consider planning applications received"),
            ("vi", "To approve payments"),
        ],
        fields={"meeting_date": "2025-08-05", "body": ANY, "committee": ANY, "doc_type": "agenda_pack"},
    )


def cabinet_slash_minutes() -> Paper:
    """Cabinet minutes numbered 'CAB/23/045' in bold at the margin, the title after them."""
    return Paper(
        rows=[
            "# Ravensholt Borough Council",
            "## Minutes of the meeting of the Cabinet held on Tuesday 12 September 2023 at 6.00 pm",
            "Present: Councillors P Lowe (Leader), A Marsh, C Nye, E Ormond",
            [(NUM, "CAB/23/045", True), (NUM + 80, "Apologies for Absence", True)],
            [(NUM + 80, "Apologies were received from Councillor G Pike.")],
            [(NUM, "CAB/23/046", True), (NUM + 80, "Declarations of Interest", True)],
            [(NUM + 80, "There were none.")],
            [(NUM, "CAB/23/047", True), (NUM + 80, "Minutes", True)],
            [(NUM + 80, "RESOLVED: That the minutes of the meeting held on 18 July 2023 be approved.")],
            [(NUM, "CAB/23/048", True), (NUM + 80, "Corporate Plan Performance - Quarter 1", True)],
            [(NUM + 80, "The Cabinet considered the report of the Chief Executive.")],
        ],
        items=[
            ("CAB/23/045", "Apologies for Absence"),
            ("CAB/23/046", "Declarations of Interest"),
            ("CAB/23/047", "Minutes"),
            ("CAB/23/048", "Corporate Plan Performance - Quarter 1"),
        ],
        fields=of_body("Ravensholt Borough Council", "Cabinet", "2023-09-12", "minutes"),
    )


def min_labelled_minutes() -> Paper:
    """Minutes whose items are labelled 'Min 12.' in bold, the title after the label."""
    return Paper(
        rows=[
            "# Brackley Heath Town Council",
            "## Minutes of the Town Council meeting held on Monday 4 August 2025 at 7.00 pm",
            "Present: Cllr J Abbott (Mayor), Cllr L Birch, Cllr N Cross, Cllr R Dale",
            "** Min 12. Apologies for absence",
            "Apologies were received and accepted from Cllr S Eve.",
            "** Min 13. Declarations of interest",
            "None were declared.",
            "** Min 14. Minutes of the previous meeting",
            "The minutes of the meeting held on 7 July 2025 were approved and signed.",
            "** Min 15. Public participation",
            "Two residents spoke about parking on Church Street.",
        ],
        items=[
            ("12", "Apologies for absence"),
            ("13", "Declarations of interest"),
            ("14", "Minutes of the previous meeting"),
            ("15", "Public participation"),
        ],
        fields=own_fields("Brackley Heath Town Council", "2025-08-04"),
    )


def parish_slash_year_minutes() -> Paper:
    """Planning committee minutes numbered 'PC/045/25' (committee, number, year), the title in capitals after it."""
    return Paper(
        rows=[
            "# Fernleigh Parish Council",
            "## Minutes of the Planning Committee held on Thursday 7 August 2025 at 7.30 pm",
            "Present: Cllrs M Grey (Chair), T Hart, V Irwin",
            "** PC/045/25 APOLOGIES FOR ABSENCE",
            "Cllr W Jay sent apologies.",
            "** PC/046/25 DECLARATIONS OF INTEREST",
            "None.",
            "** PC/047/25 PLANNING APPLICATIONS",
            "25/01122/HOU 3 The Green - single storey rear extension. No objection.",
            "** PC/048/25 DATE OF NEXT MEETING",
            "Thursday 4 September 2025.",
        ],
        items=[
            ("PC/045/25", "APOLOGIES FOR ABSENCE"),
            ("PC/046/25", "DECLARATIONS OF INTEREST"),
            ("PC/047/25", "PLANNING APPLICATIONS"),
            ("PC/048/25", "DATE OF NEXT MEETING"),
        ],
        fields={
            "meeting_date": "2025-08-07",
            "body": "Fernleigh Parish Council",
            "committee": "Planning Committee",
            "doc_type": "minutes",
        },
    )


def moderngov_agenda_and_minutes() -> Paper:
    """ModernGov's 'Agenda and minutes' page printed from a browser: each item's number and title in bold, 'Minutes:'
    over the record, a decision with '(Pages 5 - 12)' nowhere (the print gives no ranges)."""
    return Paper(
        rows=[
            "# Agenda and minutes",
            "## Health and Wellbeing Board - Tuesday, 8th July, 2025 2.00 pm",
            "Venue: Committee Room 2, County Hall, Hollinford",
            "Contact: Democratic Services 01632 960410",
            "** Items",
            "** 112. Apologies and Substitutions",
            "Minutes:",
            "Apologies were received from Dr K Lyle, substituted by Dr M Nunn.",
            "** 113. Minutes of the meeting held on 13 May 2025 pdf icon PDF 98 KB",
            "Minutes:",
            "RESOLVED: That the minutes be approved as a correct record.",
            "** 114. Better Care Fund Plan 2025/26 pdf icon PDF 240 KB",
            "Additional documents:",
            "Minutes:",
            "RESOLVED: That the plan be approved for submission.",
            "** 115. Joint Local Health and Wellbeing Strategy - Annual Review pdf icon PDF 310 KB",
            "Minutes:",
            "The Board noted the review.",
        ],
        items=[
            ("112", "Apologies and Substitutions"),
            ("113", "Minutes of the meeting held on 13 May 2025"),
            ("114", "Better Care Fund Plan 2025/26"),
            ("115", "Joint Local Health and Wellbeing Strategy - Annual Review"),
        ],
        fields={
            "meeting_date": "2025-07-08",
            "body": ANY,
            "committee": "Health and Wellbeing Board",
            "doc_type": "minutes",
        },
        web=(
            "Agenda and minutes - Health and Wellbeing Board - Tuesday, 8th July, 2025 2.00 pm - Hollinford County "
            "Council",
            "https://democracy.hollinford.gov.uk/ieListDocuments.aspx?CId=315&MId=4402",
        ),
    )


def own_fields(name: str, date: str) -> dict[str, str | None]:
    return of_body(name, name, date, "minutes")


FIELDS = ("meeting_date", "body", "committee", "doc_type")
DOCUMENTS: dict[str, Callable[[], Paper]] = {
    "lettered-main-items": lettered_main_items,
    "item-labels": item_labels,
    "roman-bracket-items": roman_bracket_items,
    "cabinet-slash-minutes": cabinet_slash_minutes,
    "min-labelled-minutes": min_labelled_minutes,
    "parish-slash-year-minutes": parish_slash_year_minutes,
    "moderngov-agenda-and-minutes": moderngov_agenda_and_minutes,
    "lettered-main-items-plain": lambda: plain(lettered_main_items),
    "item-labels-plain": lambda: plain(item_labels),
    "cabinet-slash-minutes-plain": lambda: plain(cabinet_slash_minutes),
    "min-labelled-minutes-plain": lambda: plain(min_labelled_minutes),
    "parish-slash-year-minutes-plain": lambda: plain(parish_slash_year_minutes),
}
PAGES: dict[str, list[tuple[str, str]]] = {
    "lettered-main-items": [("C", "1-6"), ("D", "7-20"), ("E", "21-30")],
    "item-labels": [("3", "3-8"), ("4", "9-22"), ("5", "23-60")],
}
CHECKS = ("items", "pages", *FIELDS)
XFAIL: dict[tuple[str, str], str] = {}

read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "round59")


def _judged(name: str, check: str) -> bool:
    if check == "pages":
        return name.removesuffix("-plain") in PAGES
    return check == "items" or DOCUMENTS[name]().fields[check] is not ANY


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, _judged, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    paper, found = DOCUMENTS[name](), read_papers[name]
    if check == "items":
        assert found["items"] == [(number, folded(title)) for number, title in paper.items or []]
    elif check == "pages":
        assert found["pages"] == PAGES[name.removesuffix("-plain")]
    else:
        assert same_field(check, found[check], paper.fields[check]), (found[check], paper.fields[check])
