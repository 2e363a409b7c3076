"""Round seg57 suite: frontsheets, agendas and minutes of committees and councils no earlier round drew, and meeting
dates written in ways no earlier round pinned.

Frontsheets: a ModernGov pension fund committee ('Wednesday, 5th March, 2025 10.00 am', '(Pages 1 - 12)' run on,
'PART II - EXEMPT ITEMS' over its last items), a CMIS health overview and scrutiny committee ('Date: 05.03.2025',
lettered sub-items '(a)' / '(b)' under an item), a health and wellbeing board whose range stands on the line under
the title, a standards committee ('5th March, 2025 at 7.30pm'), a planning committee whose sub-items are
applications ('(a) 24/01234/FUL - Land at …'), a licensing sub-committee hearing ('Date: 05.03.2025', 'Time:',
'Venue:' labels). Word agendas of a town council ('to be held on Wednesday the 5th day of March 2025 at 7.30pm',
'a) To receive …' under an item) and of a parish ('Meeting of the Parish Council - 05.03.2025 at 7.30pm').
Minutes: item numbers in a margin column, bold run-in titles ('12. Budget Monitoring. The Treasurer reported …'),
Word-style lettered sub-items ('a) Safer Borough – Tim Barfoot'), four-digit numbers ('1772.') with 'RESOLVED:'
blocks and 'Matters arising', ModernGov's summary print ('view the full minutes text for item 86', 'pdf icon PDF 75
KB'), a standards committee's 'held on Wednesday the 5th day of March 2025', a pension fund committee's minutes with
a Part II item, a parish's 'held 05.03.2025', a licensing sub-committee's '5th March, 2025 at 10.00am', a health and
wellbeing board's 'HWB 14/25' numbers. A second and third set: minutes headed by 'Item 5' labels, a standards
hearing panel's '(i)' / '(ii)' sub-items, a parish's '05.03.25' and '25/31' numbers, a summons 'on Wednesday the 5th
day of March 2025', '24/131' in a margin column, a CMIS pension board grid with a 'PART 2 (EXEMPT)' row, 'RESOLVED -
That:' clauses numbered '1.' at the headings' margin, a 'Date of Despatch:' over the meeting's date, lettered
sub-items at the headings' margin, ModernGov web minutes whose title wraps under the title column with its 'pdf icon'
residue, capitals titles wrapped in a margin layout, a frontsheet heading 'STANDARDS COMMITTEE – Wednesday the 5th day
of March 2025', an item marked '(Exempt - Paragraph 3)' in its line, a time column between title and range, '4.1
25/00102/HOU – …' applications and 'HSC/25/12' numbers. Dates alone: the forms above read by
``dates.find_meeting_date``.

Checks: 'items' (number and folded title, in order: '4(a)' for 'a)' or '(a)' under item 4, titles without ranges,
run-in text or link residue), 'pages' and 'exempt' where a paper prints them, and the document fields.

Pass before (HEAD 1bcd745, the code before this round): the first set (written before any fix) 200 of 210; the
whole suite run against that code 348 of 360. One first-set miss was the drawing's, not the reader's (a run-in's
text cell drawn touching its bold title, 'Apologies.Apologies were …'; the cells are now placed one space apart by
``_run_in``). The misses: the committee read as '(Pages 1 - 10)' (a range alone on the line under the first item,
right under 'AGENDA', drawn and plain); a planning committee's applications '(b)' and '(c)' lost after a 'Ward:
Hambleton and Croft' line under '(a)' (items and ranges, drawn, plain and scanned); a run-in title whose minute
wraps onto the next line ('23. Budget Monitoring. The Treasurer reported that spending to the end of' / 'February
…', drawn and plain) dropped; a ModernGov web title wrapped under its title column ('2025/26 pdf icon PDF 210 KB')
lost its last line; '(Exempt - Paragraph 3)' in an item's own line not read as exempt; 'the 5th day of March in the
year 2025' read as no date.
After: 360 of 360, no strict xfails (committees: a page range alone under 'AGENDA' names no committee; agenda_list:
a planning application's 'Ward:' / 'Parish:' / 'Applicant:' / 'Case Officer:' / 'Site:' line is a particular of
the item, the next sub-item may follow; '(Exempt …' in an item's own line marks that item exempt; minutes: a title
and its stop before a sentence of the record is the heading even when the sentence wraps; a bold heading's wrapped
line may start under the title after the number, and a '2025/26' opening it is a year, not a number; dates: 'in the
year 2025' after the day and month).

The structure and phrasing of the cases follow these kinds of pages (names, places, dates and numbers changed):
ModernGov 'Agenda and minutes' pages of pension fund, standards and licensing committees ('view the full minutes
text for item 86', 'pdf icon PDF 75 KB'); CMIS frontsheets of health scrutiny committees ('Date:', 'Time:',
'Venue:'); English town and parish councils' Word agendas and minutes ('You are hereby summoned …', 'Wednesday the
5th day of March 2025', '1772. Matters arising'); a community safety partnership's Word minutes ('a) Safer Borough –
Tim Barfoot').
"""

from __future__ import annotations

import datetime as dt

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from agendaparse.dates import find_meeting_date
from segment_cases import (
    ANY,
    Paper,
    document_check_params,
    fields_and_items,
    folded,
    of_body,
    own_meeting,
    plain,
    read_papers_fixture,
    render,
    same_field,
)

FIELDS = ("meeting_date", "body", "committee", "doc_type")
NUM, TITLE, RIGHT = 56, 100, 480


def _run_in(x: float, title: str, text: str, number: str | None = None) -> list[tuple]:
    """A bold run-in title at ``x`` and its text after one space on the same line (the number, when given, in a
    margin column at the left)."""
    after = x + stringWidth(title + " ", "Helvetica-Bold", 11)
    return [*([(NUM, number)] if number else []), (x, title, True), (after, text)]


# ================================================================ frontsheets


def pension_fund_frontsheet() -> Paper:
    """A ModernGov frontsheet: ranges run on after the titles, 'PART II - EXEMPT ITEMS' over the last two items."""
    return Paper(
        rows=[
            "# Eastmoor County Council",
            "## Pension Fund Committee",
            "** Wednesday, 5th March, 2025 10.00 am",
            "Venue: Council Chamber, County Hall, Eastmoor",
            "Members: Councillors A Brand (Chair), C Dunn, E Frost, G Hale, I Jupp",
            "** AGENDA",
            "1. Apologies for Absence",
            "2. Declarations of Interest",
            "3. Minutes of the Previous Meeting (Pages 1 - 12)",
            "4. Pension Fund Business Plan 2025/26 (Pages 13 - 30)",
            "5. Administration Performance Report (Pages 31 - 44)",
            "6. Exclusion of the Press and Public",
            "** PART II - EXEMPT ITEMS",
            "7. Investment Strategy Review (Pages 45 - 80)",
            "8. Pooling Update (Pages 81 - 96)",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the Previous Meeting"),
            ("4", "Pension Fund Business Plan 2025/26"),
            ("5", "Administration Performance Report"),
            ("6", "Exclusion of the Press and Public"),
            ("7", "Investment Strategy Review"),
            ("8", "Pooling Update"),
        ],
        fields=of_body("Eastmoor County Council", "Pension Fund Committee", "2025-03-05", "agenda_pack"),
    )


def health_scrutiny_frontsheet() -> Paper:
    """A CMIS cover of a health overview and scrutiny committee: labels, 'Date: 05.03.2025', sub-items '(a)' and
    '(b)' under item 5 with their own ranges."""
    return Paper(
        rows=[
            "# WESTBRIDGE CITY COUNCIL",
            [(56, "Committee:", True), (150, "Health Overview and Scrutiny Committee")],
            [(56, "Date:", True), (150, "05.03.2025")],
            [(56, "Time:", True), (150, "2.00 pm")],
            [(56, "Venue:", True), (150, "Committee Room 3, Council House")],
            "** AGENDA",
            [(NUM, "1."), (TITLE, "Apologies and Substitutions")],
            [(NUM, "2."), (TITLE, "Declarations of Interest")],
            [(NUM, "3."), (TITLE, "Minutes of the meeting held on 22 January 2025"), (RIGHT, "1 - 8")],
            [(NUM, "4."), (TITLE, "Integrated Care Board - Winter Pressures"), (RIGHT, "9 - 24")],
            [(NUM, "5."), (TITLE, "Quality Accounts 2024/25")],
            [(NUM + 16, "(a)"), (TITLE, "Westbridge University Hospitals NHS Trust"), (RIGHT, "25 - 40")],
            [(NUM + 16, "(b)"), (TITLE, "Westbridge Community Health Services"), (RIGHT, "41 - 52")],
            [(NUM, "6."), (TITLE, "Work Programme"), (RIGHT, "53 - 58")],
        ],
        items=[
            ("1", "Apologies and Substitutions"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the meeting held on 22 January 2025"),
            ("4", "Integrated Care Board - Winter Pressures"),
            ("5", "Quality Accounts 2024/25"),
            ("5(a)", "Westbridge University Hospitals NHS Trust"),
            ("5(b)", "Westbridge Community Health Services"),
            ("6", "Work Programme"),
        ],
        fields=of_body(
            "Westbridge City Council", "Health Overview and Scrutiny Committee", "2025-03-05", "agenda_pack"
        ),
    )


def health_wellbeing_board_range_below() -> Paper:
    """A health and wellbeing board's frontsheet: 'Thursday 9 December 2027', each range on the line under its
    title, a presenter line under some."""
    return Paper(
        rows=[
            "# Northcliffe Metropolitan Borough Council",
            "## Health and Wellbeing Board",
            "** Thursday 9 December 2027 at 1.30 pm",
            "Town Hall, Northcliffe",
            "** AGENDA",
            "** 1. Welcome and Apologies",
            "** 2. Declarations of Interest",
            "** 3. Minutes of the Previous Meeting",
            "(Pages 1 - 10)",
            "** 4. Joint Strategic Needs Assessment Refresh",
            "(Pages 11 - 36)",
            "Director of Public Health",
            "** 5. Better Care Fund Quarter 2 Return",
            "(Pages 37 - 50)",
            "** 6. Forward Plan",
            "(Page 51)",
        ],
        items=[
            ("1", "Welcome and Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the Previous Meeting"),
            ("4", "Joint Strategic Needs Assessment Refresh"),
            ("5", "Better Care Fund Quarter 2 Return"),
            ("6", "Forward Plan"),
        ],
        fields=of_body(
            "Northcliffe Metropolitan Borough Council", "Health and Wellbeing Board", "2027-12-09", "agenda_pack"
        ),
    )


def standards_committee_frontsheet() -> Paper:
    """A standards committee's frontsheet: '5th March, 2025 at 7.30pm', an exclusion item then 'Part II'."""
    return Paper(
        rows=[
            "# Hollins Vale District Council",
            "## Standards Committee",
            "** 5th March, 2025 at 7.30pm",
            "Council Chamber, Civic Offices, Hollins Vale",
            "** AGENDA",
            "1. Apologies for Absence (Page 1)",
            "2. Minutes of the Meeting held on 4th December 2024 (Pages 2 - 6)",
            "3. Code of Conduct Complaints - Quarterly Update (Pages 7 - 14)",
            "4. Review of the Members' Code of Conduct (Pages 15 - 38)",
            "5. Exclusion of the Public",
            "** PART II",
            "6. Complaint Reference SC/24/07 - Assessment Decision (Pages 39 - 52)",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Minutes of the Meeting held on 4th December 2024"),
            ("3", "Code of Conduct Complaints - Quarterly Update"),
            ("4", "Review of the Members' Code of Conduct"),
            ("5", "Exclusion of the Public"),
            ("6", "Complaint Reference SC/24/07 - Assessment Decision"),
        ],
        fields=of_body("Hollins Vale District Council", "Standards Committee", "2025-03-05", "agenda_pack"),
    )


def planning_committee_applications() -> Paper:
    """A planning committee's agenda: the applications as '(a) 24/01234/FUL - Land at …' sub-items of item 5,
    each with its range; a ward line under each application."""
    return Paper(
        rows=[
            "# Fernleigh Borough Council",
            "## Planning Committee",
            "** Tuesday, 11th March, 2025 at 6.00 pm",
            "** AGENDA",
            "1. Apologies for Absence",
            "2. Declarations of Interest",
            "3. Minutes (Pages 1 - 6)",
            "4. Planning Appeals Update (Pages 7 - 10)",
            "5. Applications for Planning Permission",
            ">(a) 24/01234/FUL - Land at Mill Lane, Hambleton (Pages 11 - 40)",
            ">Ward: Hambleton and Croft",
            ">(b) 24/01502/OUT - Former Depot, Station Road, Fernleigh (Pages 41 - 70)",
            ">Ward: Fernleigh Central",
            ">(c) 25/00031/HOU - 7 Beech Grove, Upton (Pages 71 - 80)",
            ">Ward: Upton",
            "6. Enforcement Update (Pages 81 - 84)",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes"),
            ("4", "Planning Appeals Update"),
            ("5", "Applications for Planning Permission"),
            ("5(a)", "24/01234/FUL - Land at Mill Lane, Hambleton"),
            ("5(b)", "24/01502/OUT - Former Depot, Station Road, Fernleigh"),
            ("5(c)", "25/00031/HOU - 7 Beech Grove, Upton"),
            ("6", "Enforcement Update"),
        ],
        fields=of_body("Fernleigh Borough Council", "Planning Committee", "2025-03-11", "agenda_pack"),
    )


def licensing_hearing_labels() -> Paper:
    """A licensing sub-committee hearing's cover: 'Date: 05.03.2025', 'Time:', 'Venue:' labels, the council in
    the heading, three items."""
    return Paper(
        rows=[
            "# Amberley District Council",
            "## Licensing Sub-Committee",
            [(56, "Date:", True), (150, "05.03.2025")],
            [(56, "Time:", True), (150, "10.00 am")],
            [(56, "Venue:", True), (150, "Committee Room 1, Amberley House")],
            "** AGENDA",
            "1. Election of Chair",
            "2. Declarations of Interest",
            "3. Application for the Grant of a Premises Licence - The Lantern Bar, 12 High Street (Pages 1 - 46)",
        ],
        items=[
            ("1", "Election of Chair"),
            ("2", "Declarations of Interest"),
            ("3", "Application for the Grant of a Premises Licence - The Lantern Bar, 12 High Street"),
        ],
        fields=of_body("Amberley District Council", "Licensing Sub-Committee", "2025-03-05", "agenda_pack"),
    )


def town_council_summons_day_of() -> Paper:
    """A town council's Word agenda: 'to be held on Wednesday the 5th day of March 2025 at 7.30pm', lettered
    'a)' sub-items under 'Finance'."""
    return Paper(
        rows=[
            "# ASHBY CROSS TOWN COUNCIL",
            "Councillors are hereby summoned to attend a meeting of Ashby Cross Town Council to be held on",
            "Wednesday the 5th day of March 2025 at 7.30pm in the Council Chamber, Market Street.",
            "M. Greaves, Town Clerk",
            "** AGENDA",
            "1. To receive apologies for absence.",
            "2. To receive declarations of interest.",
            "3. To approve the minutes of the meeting held on 5th February 2025.",
            "4. Public participation.",
            "5. Finance:",
            ">a) To approve the schedule of payments.",
            ">b) To note the bank reconciliation to 28th February 2025.",
            "6. Correspondence.",
        ],
        items=[
            ("1", "To receive apologies for absence"),
            ("2", "To receive declarations of interest"),
            ("3", "To approve the minutes of the meeting held on 5th February 2025"),
            ("4", "Public participation"),
            ("5", "Finance"),
            ("5(a)", "To approve the schedule of payments"),
            ("5(b)", "To note the bank reconciliation to 28th February 2025"),
            ("6", "Correspondence"),
        ],
        fields=own_meeting("Ashby Cross Town Council", "2025-03-05", "agenda_pack"),
    )


def parish_agenda_dotted_date() -> Paper:
    """A parish agenda headed 'Meeting of the Parish Council - 05.03.2025 at 7.30pm'."""
    return Paper(
        rows=[
            "# Little Oakham Parish Council",
            "** Meeting of the Parish Council - 05.03.2025 at 7.30pm",
            "Venue: Little Oakham Village Hall",
            "** AGENDA",
            "1. Apologies for absence",
            "2. Declarations of interest",
            "3. Minutes of the meeting held on 05.02.2025",
            "4. Planning applications",
            "5. Clerk's report",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 05.02.2025"),
            ("4", "Planning applications"),
            ("5", "Clerk's report"),
        ],
        fields=own_meeting("Little Oakham Parish Council", "2025-03-05", "agenda_pack"),
    )


# ================================================================ minutes


def margin_column_minutes() -> Paper:
    """Minutes whose numbers stand in a margin column, bold titles beside them, the minute's text under the title
    in the text column."""
    return Paper(
        rows=[
            "# Kelderby Town Council",
            "** Minutes of the Meeting of the Town Council held on Monday 10 March 2025 at 7.00pm",
            "Present: Cllrs R Ames (Mayor), B Cole, D Egan, F Gill, H Ives",
            [(56, "83.", True), (100, "APOLOGIES FOR ABSENCE", True)],
            [(100, "Apologies were received from Cllr J Kerr.")],
            [(56, "84.", True), (100, "DECLARATIONS OF INTEREST", True)],
            [(100, "None were declared.")],
            [(56, "85.", True), (100, "MINUTES", True)],
            [(100, "RESOLVED that the minutes of the meeting held on 10 February 2025 be approved.")],
            [(56, "86.", True), (100, "MATTERS ARISING", True)],
            [(100, "The Clerk reported that the bench on Church Walk had been replaced.")],
            [(56, "87.", True), (100, "MAYOR'S ANNOUNCEMENTS", True)],
            [(100, "The Mayor thanked volunteers for the litter pick on 1 March.")],
        ],
        items=[
            ("83", "APOLOGIES FOR ABSENCE"),
            ("84", "DECLARATIONS OF INTEREST"),
            ("85", "MINUTES"),
            ("86", "MATTERS ARISING"),
            ("87", "MAYOR'S ANNOUNCEMENTS"),
        ],
        fields=own_meeting("Kelderby Town Council", "2025-03-10"),
    )


def bold_run_in_minutes() -> Paper:
    """Minutes whose bold titles run into the text: '12. Budget Monitoring.' then 'The Treasurer reported …'."""
    return Paper(
        rows=[
            "# Marsh Gibbon Parish Council",
            "** Minutes of the Parish Council Meeting held on Tuesday 4 March 2025 at 7.30pm in the Village Hall",
            "Present: Cllrs P Hart (Chairman), S Knox, L Moss, T Wren and the Clerk.",
            _run_in(56, "10. Apologies.", "Apologies were received from Cllr A Pike."),
            _run_in(56, "11. Minutes.", "The minutes of 4 February 2025 were approved and signed."),
            _run_in(56, "12. Budget Monitoring.", "The Treasurer reported that spending was on budget."),
            _run_in(56, "13. Playing Field.", "The new swings have been installed and inspected."),
            _run_in(56, "14. Date of Next Meeting.", "Tuesday 1 April 2025."),
        ],
        items=[
            ("10", "Apologies"),
            ("11", "Minutes"),
            ("12", "Budget Monitoring"),
            ("13", "Playing Field"),
            ("14", "Date of Next Meeting"),
        ],
        fields=own_meeting("Marsh Gibbon Parish Council", "2025-03-04"),
    )


def lettered_partnership_minutes() -> Paper:
    """A community safety partnership's Word minutes: 'a) Safer Borough – Tim Barfoot' sub-items under 'Partner
    Updates'."""
    return Paper(
        rows=[
            "# Redmarsh Community Safety Partnership",
            "** Minutes of the meeting held on Thursday 13 March 2025, Redmarsh Civic Centre",
            "Present: Cllr N Shah (Chair), Tim Barfoot, Ruth Owen, Insp K Lowe",
            "** 1. Welcome and Apologies",
            "The Chair welcomed everyone. Apologies from Supt D Hale.",
            "** 2. Minutes of the Last Meeting",
            "Agreed as a true record.",
            "** 3. Partner Updates",
            ">a) Safer Borough – Tim Barfoot",
            ">Anti-social behaviour reports fell by 12% in the quarter.",
            ">b) Police – Insp K Lowe",
            ">Two dispersal orders were used in the town centre.",
            ">c) Housing – Ruth Owen",
            ">No new closure orders were sought.",
            "** 4. Any Other Business",
            "None.",
        ],
        items=[
            ("1", "Welcome and Apologies"),
            ("2", "Minutes of the Last Meeting"),
            ("3", "Partner Updates"),
            ("3(a)", "Safer Borough – Tim Barfoot"),
            ("3(b)", "Police – Insp K Lowe"),
            ("3(c)", "Housing – Ruth Owen"),
            ("4", "Any Other Business"),
        ],
        fields={"meeting_date": "2025-03-13", "body": ANY, "committee": ANY, "doc_type": "minutes"},
    )


def four_digit_town_minutes() -> Paper:
    """A town council's minutes numbered '1772.' on, with 'RESOLVED:' blocks and 'Matters arising'."""
    return Paper(
        rows=[
            "# PENWORTH TOWN COUNCIL",
            "** MINUTES OF THE MEETING OF THE TOWN COUNCIL HELD ON THURSDAY, 12TH DECEMBER, 2013 12.00 PM",
            "PRESENT: Cllrs G Fairley (Mayor), J Oakes, M Trent, W Yates",
            "** 1772. APOLOGIES",
            "Cllr B Adler.",
            "** 1773. MINUTES OF THE PREVIOUS MEETING",
            "RESOLVED:",
            "That the minutes of the meeting held on 14th November 2013 be approved.",
            "** 1774. MATTERS ARISING",
            "The Clerk confirmed that the Christmas lights had been tested.",
            "** 1775. FINANCE",
            "RESOLVED:",
            "That the payments listed be approved.",
        ],
        items=[
            ("1772", "APOLOGIES"),
            ("1773", "MINUTES OF THE PREVIOUS MEETING"),
            ("1774", "MATTERS ARISING"),
            ("1775", "FINANCE"),
        ],
        fields=own_meeting("Penworth Town Council", "2013-12-12"),
    )


def moderngov_summary_minutes() -> Paper:
    """ModernGov's 'Agenda and decisions' print: each item with its decision and 'view the full minutes text for
    item 86' under it, 'pdf icon PDF 75 KB' after a title."""
    return Paper(
        rows=[
            "# Agenda and minutes",
            "## Licensing Committee - Thursday, 6th March, 2025 6.30 pm",
            "Venue: Council Chamber, Town Hall, Brookhurst",
            "Contact: Committee Services 01632 960400",
            "** Items",
            "** 84. Apologies for Absence",
            "Apologies were received from Councillor Pratt.",
            "view the full minutes text for item 84",
            "** 85. Minutes pdf icon PDF 75 KB",
            "RESOLVED that the minutes of the meeting held on 9 January 2025 be approved.",
            "view the full minutes text for item 85",
            "** 86. Review of Taxi Licensing Fees pdf icon PDF 210 KB",
            "Additional documents:",
            "RESOLVED that the fees set out in Appendix A be approved for consultation.",
            "view the full minutes text for item 86",
            "** 87. Gambling Policy Statement pdf icon PDF 180 KB",
            "RESOLVED that the draft statement be recommended to Council.",
            "view the full minutes text for item 87",
        ],
        items=[
            ("84", "Apologies for Absence"),
            ("85", "Minutes"),
            ("86", "Review of Taxi Licensing Fees"),
            ("87", "Gambling Policy Statement"),
        ],
        fields={"meeting_date": "2025-03-06", "body": ANY, "committee": "Licensing Committee", "doc_type": "minutes"},
        web=(
            "Agenda and minutes - Licensing Committee - Thursday, 6th March, 2025 6.30 pm - Brookhurst Borough Council",
            "https://democracy.brookhurst.gov.uk/ieListDocuments.aspx?CId=140&MId=2210",
        ),
    )


def standards_minutes_day_of() -> Paper:
    """A standards committee's minutes 'held on Wednesday the 5th day of March 2025 at 2.00 pm'."""
    return Paper(
        rows=[
            "# THORNBURY DISTRICT COUNCIL",
            "Minutes of a meeting of the Standards Committee held on Wednesday the 5th day of March 2025 at",
            "2.00 pm in the Council Chamber, Thornbury.",
            "Present: Councillors L Moore (Chair), P Nash, R Orme; Mr T Wells (Independent Person)",
            "** 31. Apologies for Absence",
            "There were no apologies.",
            "** 32. Minutes",
            "RESOLVED: That the minutes of the meeting held on 11 December 2024 be approved.",
            "** 33. Code of Conduct Complaints Update",
            "The Monitoring Officer reported four complaints received in the quarter.",
        ],
        items=[("31", "Apologies for Absence"), ("32", "Minutes"), ("33", "Code of Conduct Complaints Update")],
        fields=of_body("Thornbury District Council", "Standards Committee", "2025-03-05", "minutes"),
    )


def pension_fund_minutes_part_ii() -> Paper:
    """A pension fund committee's minutes: '(Public Pack)' style heading, minute numbers '41.' on, an exempt item
    after 'PART II'."""
    return Paper(
        rows=[
            "# Eastmoor County Council",
            "## Pension Fund Committee",
            "** Minutes of the meeting held on Wednesday, 5th March, 2025 at 10.00 am",
            "Present: Councillors A Brand (Chair), C Dunn, E Frost, G Hale",
            "** 41. Apologies for Absence",
            "Apologies were received from Councillor Jupp.",
            "** 42. Minutes of the Previous Meeting",
            "RESOLVED - That the minutes of the meeting held on 4 December 2024 be approved.",
            "** 43. Pension Fund Business Plan 2025/26",
            "RESOLVED - That the business plan be approved.",
            "** 44. Exclusion of the Press and Public",
            "RESOLVED - That the press and public be excluded for the following item.",
            "** PART II",
            "** 45. Investment Strategy Review",
            "RESOLVED - That the recommendations in the exempt report be approved.",
        ],
        items=[
            ("41", "Apologies for Absence"),
            ("42", "Minutes of the Previous Meeting"),
            ("43", "Pension Fund Business Plan 2025/26"),
            ("44", "Exclusion of the Press and Public"),
            ("45", "Investment Strategy Review"),
        ],
        fields=of_body("Eastmoor County Council", "Pension Fund Committee", "2025-03-05", "minutes"),
    )


def parish_minutes_dotted_date() -> Paper:
    """A parish's Word minutes 'held 05.03.2025 at 7.30pm in the Village Hall'."""
    return Paper(
        rows=[
            "# Little Oakham Parish Council",
            "** Minutes of the Parish Council Meeting held 05.03.2025 at 7.30pm in the Village Hall",
            "Present: Cllrs D Hoyle (Chair), E Marsh, K Reed; Mrs P Lamb (Clerk)",
            "** 1. Apologies for absence",
            "Cllr J Tull.",
            "** 2. Declarations of interest",
            "None.",
            "** 3. Minutes of the meeting held on 05.02.2025",
            "Approved and signed.",
            "** 4. Planning applications",
            "No objections to 25/00102/HOU.",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 05.02.2025"),
            ("4", "Planning applications"),
        ],
        fields=own_meeting("Little Oakham Parish Council", "2025-03-05"),
    )


def licensing_minutes_comma_date() -> Paper:
    """A licensing sub-committee's minutes headed '5th March, 2025 at 10.00am'."""
    return Paper(
        rows=[
            "# Amberley District Council",
            "## Licensing Sub-Committee",
            "** Minutes - 5th March, 2025 at 10.00am",
            "Present: Councillors S Fry (Chair), G Hunt, V King",
            "** 1. Election of Chair",
            "RESOLVED that Councillor Fry chair the hearing.",
            "** 2. Declarations of Interest",
            "None.",
            "** 3. Application for the Grant of a Premises Licence - The Lantern Bar, 12 High Street",
            "RESOLVED that the licence be granted subject to the conditions agreed with the police.",
        ],
        items=[
            ("1", "Election of Chair"),
            ("2", "Declarations of Interest"),
            ("3", "Application for the Grant of a Premises Licence - The Lantern Bar, 12 High Street"),
        ],
        fields=of_body("Amberley District Council", "Licensing Sub-Committee", "2025-03-05", "minutes"),
    )


def health_wellbeing_minutes_prefixed() -> Paper:
    """A health and wellbeing board's minutes numbered 'HWB 14/25', 'Thursday 9 December 2027'."""
    return Paper(
        rows=[
            "# Northcliffe Metropolitan Borough Council",
            "## Health and Wellbeing Board",
            "** Minutes of the meeting held on Thursday 9 December 2027",
            "Present: Councillor J Ward (Chair), Dr S Pike, M Quinn (Director of Public Health)",
            "** HWB 14/25 Apologies",
            "Apologies were received from Councillor Rees.",
            "** HWB 15/25 Minutes of the Previous Meeting",
            "Agreed as a correct record.",
            "** HWB 16/25 Joint Strategic Needs Assessment Refresh",
            "The Board noted the refresh and its priorities.",
        ],
        items=[
            ("HWB 14/25", "Apologies"),
            ("HWB 15/25", "Minutes of the Previous Meeting"),
            ("HWB 16/25", "Joint Strategic Needs Assessment Refresh"),
        ],
        fields=of_body(
            "Northcliffe Metropolitan Borough Council", "Health and Wellbeing Board", "2027-12-09", "minutes"
        ),
    )


def parish_minutes_day_of_title() -> Paper:
    """A parish council's minutes opening 'Minutes of the Meeting of Great Tew Parish Council held on Wednesday the
    5th day of March 2025 at 7.30pm'."""
    return Paper(
        rows=[
            "** Minutes of the Meeting of Great Tewford Parish Council held on Wednesday the 5th day of March 2025",
            "** at 7.30pm in the Reading Room",
            "Present: Cllrs A Bell (Chair), C Drew, E Fox",
            "** 1. Apologies",
            "None.",
            "** 2. Minutes",
            "The minutes of 5 February 2025 were signed.",
            "** 3. Highways",
            "The speed survey results were noted.",
        ],
        items=[("1", "Apologies"), ("2", "Minutes"), ("3", "Highways")],
        fields=own_meeting("Great Tewford Parish Council", "2025-03-05"),
    )


def margin_run_in_minutes() -> Paper:
    """Minutes with the numbers in a margin column and bold run-in titles beside them ('Budget Monitoring.' then the
    text on the same line), the text wrapping under the title."""
    return Paper(
        rows=[
            "# Wexcombe Parish Council",
            "** Minutes of the Meeting held on Monday 3rd March 2025 at 7.30pm in the Pavilion",
            "Present: Cllrs N Abel (Chair), O Birch, P Croft and the Clerk.",
            _run_in(TITLE, "Apologies.", "Cllr Q Dale sent apologies.", "21."),
            _run_in(TITLE, "Minutes.", "The minutes of 3 February 2025 were approved.", "22."),
            _run_in(TITLE, "Budget Monitoring.", "The Treasurer reported that spending to the end of", "23."),
            [(100, "February was within budget.")],
            _run_in(TITLE, "Allotments.", "Two plots are vacant and will be advertised.", "24."),
        ],
        items=[("21", "Apologies"), ("22", "Minutes"), ("23", "Budget Monitoring"), ("24", "Allotments")],
        fields=own_meeting("Wexcombe Parish Council", "2025-03-03"),
    )


def planning_minutes_applications() -> Paper:
    """A planning committee's minutes whose items are applications ('56. 24/01234/FUL - Land at …'), with
    'Proposal:' and 'Decision:' lines under them."""
    return Paper(
        rows=[
            "# Fernleigh Borough Council",
            "## Planning Committee",
            "** Minutes of the meeting held on Tuesday, 11th March, 2025 at 6.00 pm",
            "Present: Councillors K Lamb (Chair), M Nye, O Pratt, R Shaw",
            "** 54. Apologies for Absence",
            "Apologies were received from Councillor Tate.",
            "** 55. Minutes",
            "RESOLVED that the minutes of the meeting held on 11 February 2025 be approved.",
            "** 56. 24/01234/FUL - Land at Mill Lane, Hambleton",
            "Proposal: Erection of 24 dwellings with access and landscaping.",
            "Decision: Approved subject to conditions.",
            "** 57. 24/01502/OUT - Former Depot, Station Road, Fernleigh",
            "Proposal: Outline application for up to 60 dwellings.",
            "Decision: Refused.",
        ],
        items=[
            ("54", "Apologies for Absence"),
            ("55", "Minutes"),
            ("56", "24/01234/FUL - Land at Mill Lane, Hambleton"),
            ("57", "24/01502/OUT - Former Depot, Station Road, Fernleigh"),
        ],
        fields=of_body("Fernleigh Borough Council", "Planning Committee", "2025-03-11", "minutes"),
    )


# ================================================================ a second set, drawn after the first set's fixes
# (run against the code before this round too: see the record in the module docstring)


def minutes_item_labels() -> Paper:
    """A health scrutiny committee's minutes whose headings are 'Item 5' labels on their own line over the title."""
    return Paper(
        rows=[
            "# Westbridge City Council",
            "## Health Overview and Scrutiny Committee",
            "** Minutes of the meeting held on Wednesday, 5 March 2025 at 2.00 pm",
            "Present: Councillors H Ahmed (Chair), J Bell, K Carr, L Dodd",
            "** Item 1",
            "** Apologies and Substitutions",
            "Apologies were received from Councillor Evans.",
            "** Item 2",
            "** Declarations of Interest",
            "None.",
            "** Item 3",
            "** Integrated Care Board - Winter Pressures",
            "The Chief Operating Officer presented the report.",
            "RESOLVED: That the report be noted.",
        ],
        items=[
            ("1", "Apologies and Substitutions"),
            ("2", "Declarations of Interest"),
            ("3", "Integrated Care Board - Winter Pressures"),
        ],
        fields=of_body("Westbridge City Council", "Health Overview and Scrutiny Committee", "2025-03-05", "minutes"),
    )


def roman_sub_items_frontsheet() -> Paper:
    """A standards hearing panel's frontsheet: '(i)' and '(ii)' sub-items under an item, each with its range."""
    return Paper(
        rows=[
            "# Hollins Vale District Council",
            "## Standards Hearing Panel",
            "** Wednesday, 19th March, 2025 at 10.00 am",
            "** AGENDA",
            "1. Appointment of Chair",
            "2. Declarations of Interest",
            "3. Procedure for the Hearing (Pages 1 - 6)",
            "4. Complaint against a Parish Councillor",
            ">(i) Investigating Officer's Report (Pages 7 - 40)",
            ">(ii) Subject Member's Response (Pages 41 - 52)",
            "5. Decision Notice",
        ],
        items=[
            ("1", "Appointment of Chair"),
            ("2", "Declarations of Interest"),
            ("3", "Procedure for the Hearing"),
            ("4", "Complaint against a Parish Councillor"),
            ("4(i)", "Investigating Officer's Report"),
            ("4(ii)", "Subject Member's Response"),
            ("5", "Decision Notice"),
        ],
        fields=of_body("Hollins Vale District Council", "Standards Hearing Panel", "2025-03-19", "agenda_pack"),
    )


def parish_minutes_two_digit_year() -> Paper:
    """A parish's minutes 'held on 05.03.25 at 7.30pm'."""
    return Paper(
        rows=[
            "# Brompton Regis Parish Council",
            "** Minutes of the meeting held on 05.03.25 at 7.30pm in the Village Hall",
            "Present: Cllrs F Ash (Chair), G Birch, H Cole; the Clerk",
            "** 25/31 Apologies",
            "Cllr I Dean.",
            "** 25/32 Minutes of the last meeting",
            "Signed as a true record.",
            "** 25/33 Matters arising",
            "The grit bin on Hill Road has been refilled.",
        ],
        items=[("25/31", "Apologies"), ("25/32", "Minutes of the last meeting"), ("25/33", "Matters arising")],
        fields=own_meeting("Brompton Regis Parish Council", "2025-03-05"),
    )


def licensing_summons_day_of() -> Paper:
    """A summons: 'A meeting of the LICENSING SUB-COMMITTEE will be held … on Wednesday the 5th day of March 2025 at
    10.00 am', the council over it."""
    return Paper(
        rows=[
            "# CASTLEFORD BOROUGH COUNCIL",
            "Dear Councillor,",
            "A meeting of the LICENSING SUB-COMMITTEE will be held in Committee Room 2, Town Hall, Castleford on",
            "Wednesday the 5th day of March 2025 at 10.00 am, when the business below will be transacted.",
            "Chief Executive",
            "** AGENDA",
            "1. Appointment of Chair",
            "2. Declarations of Interest",
            "3. Application to Vary a Premises Licence - Kings Arms, 4 Castle Street (Pages 1 - 40)",
        ],
        items=[
            ("1", "Appointment of Chair"),
            ("2", "Declarations of Interest"),
            ("3", "Application to Vary a Premises Licence - Kings Arms, 4 Castle Street"),
        ],
        fields=of_body("Castleford Borough Council", "Licensing Sub-Committee", "2025-03-05", "agenda_pack"),
    )


def town_minutes_slash_margin() -> Paper:
    """A town council's minutes: '24/131' in a margin column, the bold title beside it, 'RESOLVED:' under it."""
    return Paper(
        rows=[
            "# Aldwick Town Council",
            "** Minutes of the Full Council Meeting held on Monday 3 March 2025 at 7pm",
            "Present: Cllrs J Abbot (Mayor), K Bryce, L Cope, M Drury",
            [(56, "24/131", True), (110, "APOLOGIES FOR ABSENCE", True)],
            [(110, "Cllr N Eyre.")],
            [(56, "24/132", True), (110, "MINUTES", True)],
            [(110, "RESOLVED: That the minutes of 3 February 2025 be approved.")],
            [(56, "24/133", True), (110, "MATTERS ARISING", True)],
            [(110, "None.")],
            [(56, "24/134", True), (110, "TOWN CLERK'S REPORT", True)],
            [(110, "RESOLVED: That the report be received.")],
        ],
        items=[
            ("24/131", "APOLOGIES FOR ABSENCE"),
            ("24/132", "MINUTES"),
            ("24/133", "MATTERS ARISING"),
            ("24/134", "TOWN CLERK'S REPORT"),
        ],
        fields=own_meeting("Aldwick Town Council", "2025-03-03"),
    )


def pension_board_cmis_grid() -> Paper:
    """A CMIS frontsheet of a local pension board: 'Item | Subject | Pages' grid, a 'PART 2 (EXEMPT)' row."""
    return Paper(
        rows=[
            "# EASTMOOR COUNTY COUNCIL",
            [(56, "Meeting:", True), (150, "Local Pension Board")],
            [(56, "Date:", True), (150, "Thursday 20 March 2025")],
            [(56, "Time:", True), (150, "2.00 pm")],
            "** AGENDA",
            [(NUM, "Item", True), (TITLE, "Subject", True), (RIGHT, "Pages", True)],
            [(NUM, "1"), (TITLE, "Apologies")],
            [(NUM, "2"), (TITLE, "Minutes of the meeting held on 12 December 2024"), (RIGHT, "3 - 10")],
            [(NUM, "3"), (TITLE, "Breaches Log"), (RIGHT, "11 - 16")],
            [(NUM, "4"), (TITLE, "Risk Register"), (RIGHT, "17 - 28")],
            [(NUM, "", True), (TITLE, "PART 2 (EXEMPT)", True)],
            [(NUM, "5"), (TITLE, "Internal Dispute Resolution Cases"), (RIGHT, "29 - 34")],
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Minutes of the meeting held on 12 December 2024"),
            ("3", "Breaches Log"),
            ("4", "Risk Register"),
            ("5", "Internal Dispute Resolution Cases"),
        ],
        fields=of_body("Eastmoor County Council", "Local Pension Board", "2025-03-20", "agenda_pack"),
    )


def resolved_numbered_clauses() -> Paper:
    """A pension fund committee's minutes: 'RESOLVED – That:' then '1. the report be noted;' clauses at the
    headings' margin in regular type (not items)."""
    return Paper(
        rows=[
            "# Eastmoor County Council",
            "## Pension Fund Committee",
            "** Minutes of the meeting held on Wednesday, 4th June, 2025 at 10.00 am",
            "Present: Councillors A Brand (Chair), C Dunn, E Frost",
            "** 51. Apologies for Absence",
            "None.",
            "** 52. Investment Performance Quarter 4",
            "The Head of Pensions presented the report.",
            "RESOLVED - That:",
            "1. the report be noted;",
            "2. the Head of Pensions report back on the equity allocation in September.",
            "** 53. Responsible Investment Policy",
            "RESOLVED - That:",
            "1. the policy be approved;",
            "2. the policy be published on the Fund's website.",
            "** 54. Date of Next Meeting",
            "Wednesday 10 September 2025.",
        ],
        items=[
            ("51", "Apologies for Absence"),
            ("52", "Investment Performance Quarter 4"),
            ("53", "Responsible Investment Policy"),
            ("54", "Date of Next Meeting"),
        ],
        fields=of_body("Eastmoor County Council", "Pension Fund Committee", "2025-06-04", "minutes"),
    )


def despatch_date_frontsheet() -> Paper:
    """A frontsheet printing 'Date of Despatch: 25 February 2025' over the committee's name and its meeting date."""
    return Paper(
        rows=[
            "# Greystone Borough Council",
            "Date of Despatch: 25 February 2025",
            "## Overview and Scrutiny Committee",
            [(56, "Date:", True), (150, "Wednesday, 5 March 2025")],
            [(56, "Time:", True), (150, "7.00 pm")],
            [(56, "Place:", True), (150, "Council Chamber, Greystone House")],
            "** AGENDA",
            "1. Apologies for Absence",
            "2. Minutes (Pages 1 - 8)",
            "3. Leisure Centre Contract Review (Pages 9 - 32)",
        ],
        items=[("1", "Apologies for Absence"), ("2", "Minutes"), ("3", "Leisure Centre Contract Review")],
        fields=of_body("Greystone Borough Council", "Overview and Scrutiny Committee", "2025-03-05", "agenda_pack"),
    )


def lettered_at_margin_minutes() -> Paper:
    """Word minutes whose lettered sub-items stand at the headings' margin: 'a) Safer Borough – Tim Barfoot'."""
    return Paper(
        rows=[
            "# Redmarsh Community Safety Partnership",
            "** Minutes of the meeting held on Thursday 12 June 2025, Redmarsh Civic Centre",
            "Present: Cllr N Shah (Chair), Tim Barfoot, Ruth Owen, Insp K Lowe",
            "** 1. Welcome and Apologies",
            "Apologies from Supt D Hale.",
            "** 2. Partner Updates",
            "a) Safer Borough – Tim Barfoot",
            "Reports of anti-social behaviour fell again.",
            "b) Police – Insp K Lowe",
            "A new beat manager starts in July.",
            "** 3. Any Other Business",
            "None.",
        ],
        items=[
            ("1", "Welcome and Apologies"),
            ("2", "Partner Updates"),
            ("2(a)", "Safer Borough – Tim Barfoot"),
            ("2(b)", "Police – Insp K Lowe"),
            ("3", "Any Other Business"),
        ],
        fields={"meeting_date": "2025-06-12", "body": ANY, "committee": ANY, "doc_type": "minutes"},
    )


def web_minutes_wrapped_link() -> Paper:
    """ModernGov's web minutes printed: the number in its column, a title wrapped onto a second line of the title
    column ending in 'pdf icon PDF 210 KB'."""
    return Paper(
        rows=[
            "# Agenda and minutes",
            "## Licensing Committee - Thursday, 6th March, 2025 6.30 pm",
            "Venue: Council Chamber, Town Hall, Brookhurst",
            "** Items",
            [(56, "85.", True), (84, "Minutes pdf icon PDF 75 KB", True)],
            [(84, "Minutes:")],
            [(84, "RESOLVED that the minutes of the meeting held on 9 January 2025 be approved.")],
            [(56, "86.", True), (84, "Review of Hackney Carriage and Private Hire Licensing Fees and Charges", True)],
            [(84, "2025/26 pdf icon PDF 210 KB", True)],
            [(84, "Minutes:")],
            [(84, "RESOLVED that the fees be approved for consultation.")],
            [(56, "87.", True), (84, "Gambling Policy Statement pdf icon PDF 180 KB", True)],
            [(84, "Minutes:")],
            [(84, "RESOLVED that the draft statement be recommended to Council.")],
        ],
        items=[
            ("85", "Minutes"),
            ("86", "Review of Hackney Carriage and Private Hire Licensing Fees and Charges 2025/26"),
            ("87", "Gambling Policy Statement"),
        ],
        fields={"meeting_date": "2025-03-06", "body": ANY, "committee": "Licensing Committee", "doc_type": "minutes"},
        web=(
            "Agenda and minutes - Licensing Committee - Thursday, 6th March, 2025 6.30 pm - Brookhurst Borough Council",
            "https://democracy.brookhurst.gov.uk/ieListDocuments.aspx?CId=140&MId=2211",
        ),
    )


def margin_caps_wrapped_minutes() -> Paper:
    """Minutes with a margin column of numbers whose capitals titles wrap onto a second line of the title column."""
    return Paper(
        rows=[
            "# Brookhurst Borough Council",
            "## Licensing Committee",
            "** Minutes of the meeting held on Thursday 6 March 2025 at 6.30 pm",
            "Present: Councillors P Quill (Chair), R Stone, T Upton",
            [(56, "84.", True), (100, "APOLOGIES FOR ABSENCE", True)],
            [(100, "Apologies were received from Councillor Pratt.")],
            [(56, "85.", True), (100, "REVIEW OF HACKNEY CARRIAGE AND PRIVATE HIRE LICENSING FEES AND", True)],
            [(100, "CHARGES 2025/26", True)],
            [(100, "RESOLVED that the fees set out in Appendix A be approved for consultation.")],
            [(56, "86.", True), (100, "GAMBLING POLICY STATEMENT", True)],
            [(100, "RESOLVED that the draft statement be recommended to Council.")],
        ],
        items=[
            ("84", "APOLOGIES FOR ABSENCE"),
            ("85", "REVIEW OF HACKNEY CARRIAGE AND PRIVATE HIRE LICENSING FEES AND CHARGES 2025/26"),
            ("86", "GAMBLING POLICY STATEMENT"),
        ],
        fields=of_body("Brookhurst Borough Council", "Licensing Committee", "2025-03-06", "minutes"),
    )


def standards_heading_day_of() -> Paper:
    """A frontsheet headed 'STANDARDS COMMITTEE – Wednesday the 5th day of March 2025'."""
    return Paper(
        rows=[
            "# THORNBURY DISTRICT COUNCIL",
            "** STANDARDS COMMITTEE – Wednesday the 5th day of March 2025",
            "To be held at 2.00 pm in the Council Chamber, Thornbury",
            "** AGENDA",
            "1. Apologies for Absence",
            "2. Minutes (Pages 1 - 4)",
            "3. Code of Conduct Complaints Update (Pages 5 - 12)",
        ],
        items=[("1", "Apologies for Absence"), ("2", "Minutes"), ("3", "Code of Conduct Complaints Update")],
        fields=of_body("Thornbury District Council", "Standards Committee", "2025-03-05", "agenda_pack"),
    )


def exempt_marked_items() -> Paper:
    """A ModernGov frontsheet marking its exempt items in the line ('(Exempt - Paragraph 3)') with no Part II
    heading (only their ranges and exemption are judged: whether the mark is part of the title is left open)."""
    return Paper(
        rows=[
            "# Greystone Borough Council",
            "## Cabinet",
            "** Tuesday, 18th March, 2025 at 6.00 pm",
            "** AGENDA",
            "1. Apologies for Absence",
            "2. Minutes (Pages 1 - 8)",
            "3. Budget Monitoring Quarter 3 (Pages 9 - 30)",
            "4. Exclusion of the Press and Public",
            "5. Land Disposal - Former Depot Site (Exempt - Paragraph 3) (Pages 31 - 44)",
        ],
        items=None,
        fields=of_body("Greystone Borough Council", "Cabinet", "2025-03-18", "agenda_pack"),
    )


def wellbeing_board_time_column() -> Paper:
    """A health and wellbeing board's agenda with a time column between the title and the range."""
    return Paper(
        rows=[
            "# Northcliffe Metropolitan Borough Council",
            "## Health and Wellbeing Board",
            "** Thursday 12 June 2025 at 1.30 pm",
            "** AGENDA",
            [(NUM, "1."), (TITLE, "Welcome and Apologies"), (380, "1.30 pm")],
            [(NUM, "2."), (TITLE, "Minutes of the Previous Meeting"), (380, "1.35 pm"), (RIGHT, "1 - 10")],
            [(NUM, "3."), (TITLE, "Better Care Fund Plan 2025/26"), (380, "1.40 pm"), (RIGHT, "11 - 40")],
            [(NUM, "4."), (TITLE, "Pharmaceutical Needs Assessment"), (380, "2.10 pm"), (RIGHT, "41 - 60")],
        ],
        items=[
            ("1", "Welcome and Apologies"),
            ("2", "Minutes of the Previous Meeting"),
            ("3", "Better Care Fund Plan 2025/26"),
            ("4", "Pharmaceutical Needs Assessment"),
        ],
        fields=of_body(
            "Northcliffe Metropolitan Borough Council", "Health and Wellbeing Board", "2025-06-12", "agenda_pack"
        ),
    )


def parish_decimal_applications() -> Paper:
    """A parish agenda whose planning applications are '7.1 25/00102/HOU – 3 Church Lane – Rear extension'."""
    return Paper(
        rows=[
            "# Brompton Regis Parish Council",
            "** Agenda for the meeting to be held on Wednesday 2nd April 2025 at 7.30pm in the Village Hall",
            "1. Apologies for absence",
            "2. Declarations of interest",
            "3. Minutes of the meeting held on 05.03.25",
            "4. Planning",
            ">4.1 25/00102/HOU – 3 Church Lane – Rear extension",
            ">4.2 25/00117/FUL – Hill Farm, Hill Road – Agricultural building",
            "5. Finance",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 05.03.25"),
            ("4", "Planning"),
            ("4.1", "25/00102/HOU – 3 Church Lane – Rear extension"),
            ("4.2", "25/00117/FUL – Hill Farm, Hill Road – Agricultural building"),
            ("5", "Finance"),
        ],
        fields=own_meeting("Brompton Regis Parish Council", "2025-04-02", "agenda_pack"),
    )


def scrutiny_minutes_prefixed() -> Paper:
    """A health scrutiny committee's minutes numbered 'HSC/25/12'."""
    return Paper(
        rows=[
            "# Westbridge City Council",
            "## Health Overview and Scrutiny Committee",
            "** Minutes of the meeting held on 05.03.2025",
            "Present: Councillors H Ahmed (Chair), J Bell, K Carr",
            "** HSC/25/12 Apologies and Substitutions",
            "Apologies were received from Councillor Evans.",
            "** HSC/25/13 Declarations of Interest",
            "None.",
            "** HSC/25/14 Quality Accounts 2024/25",
            "RESOLVED: That the Committee's comments be sent to the Trusts.",
        ],
        items=[
            ("HSC/25/12", "Apologies and Substitutions"),
            ("HSC/25/13", "Declarations of Interest"),
            ("HSC/25/14", "Quality Accounts 2024/25"),
        ],
        fields=of_body("Westbridge City Council", "Health Overview and Scrutiny Committee", "2025-03-05", "minutes"),
    )


DOCUMENTS = {
    "pension-fund-frontsheet": pension_fund_frontsheet,
    "health-scrutiny-frontsheet": health_scrutiny_frontsheet,
    "health-wellbeing-board-range-below": health_wellbeing_board_range_below,
    "standards-committee-frontsheet": standards_committee_frontsheet,
    "planning-committee-applications": planning_committee_applications,
    "licensing-hearing-labels": licensing_hearing_labels,
    "town-council-summons-day-of": town_council_summons_day_of,
    "parish-agenda-dotted-date": parish_agenda_dotted_date,
    "margin-column-minutes": margin_column_minutes,
    "bold-run-in-minutes": bold_run_in_minutes,
    "lettered-partnership-minutes": lettered_partnership_minutes,
    "four-digit-town-minutes": four_digit_town_minutes,
    "moderngov-summary-minutes": moderngov_summary_minutes,
    "standards-minutes-day-of": standards_minutes_day_of,
    "pension-fund-minutes-part-ii": pension_fund_minutes_part_ii,
    "parish-minutes-dotted-date": parish_minutes_dotted_date,
    "licensing-minutes-comma-date": licensing_minutes_comma_date,
    "health-wellbeing-minutes-prefixed": health_wellbeing_minutes_prefixed,
    "parish-minutes-day-of-title": parish_minutes_day_of_title,
    "margin-run-in-minutes": margin_run_in_minutes,
    "planning-minutes-applications": planning_minutes_applications,
    "pension-fund-frontsheet-plain": lambda: plain(pension_fund_frontsheet),
    "health-scrutiny-frontsheet-plain": lambda: plain(health_scrutiny_frontsheet),
    "planning-committee-applications-plain": lambda: plain(planning_committee_applications),
    "town-council-summons-day-of-plain": lambda: plain(town_council_summons_day_of),
    "margin-column-minutes-plain": lambda: plain(margin_column_minutes),
    "lettered-partnership-minutes-plain": lambda: plain(lettered_partnership_minutes),
    "standards-minutes-day-of-plain": lambda: plain(standards_minutes_day_of),
    "health-wellbeing-board-range-below-plain": lambda: plain(health_wellbeing_board_range_below),
    "minutes-item-labels": minutes_item_labels,
    "roman-sub-items-frontsheet": roman_sub_items_frontsheet,
    "parish-minutes-two-digit-year": parish_minutes_two_digit_year,
    "licensing-summons-day-of": licensing_summons_day_of,
    "town-minutes-slash-margin": town_minutes_slash_margin,
    "pension-board-cmis-grid": pension_board_cmis_grid,
    "bold-run-in-minutes-plain": lambda: plain(bold_run_in_minutes),
    "margin-run-in-minutes-plain": lambda: plain(margin_run_in_minutes),
    "town-minutes-slash-margin-plain": lambda: plain(town_minutes_slash_margin),
    "pension-board-cmis-grid-plain": lambda: plain(pension_board_cmis_grid),
    "resolved-numbered-clauses": resolved_numbered_clauses,
    "despatch-date-frontsheet": despatch_date_frontsheet,
    "lettered-at-margin-minutes": lettered_at_margin_minutes,
    "web-minutes-wrapped-link": web_minutes_wrapped_link,
    "margin-caps-wrapped-minutes": margin_caps_wrapped_minutes,
    "standards-heading-day-of": standards_heading_day_of,
    "resolved-numbered-clauses-plain": lambda: plain(resolved_numbered_clauses),
    "margin-caps-wrapped-minutes-plain": lambda: plain(margin_caps_wrapped_minutes),
    "exempt-marked-items": exempt_marked_items,
    "wellbeing-board-time-column": wellbeing_board_time_column,
    "parish-decimal-applications": parish_decimal_applications,
    "scrutiny-minutes-prefixed": scrutiny_minutes_prefixed,
    "four-digit-town-minutes-plain": lambda: plain(four_digit_town_minutes),
}

PAGES: dict[str, list[tuple[str, str]]] = {
    "pension-fund-frontsheet": [("3", "1-12"), ("4", "13-30"), ("5", "31-44"), ("7", "45-80"), ("8", "81-96")],
    "health-scrutiny-frontsheet": [("3", "1-8"), ("4", "9-24"), ("5(a)", "25-40"), ("5(b)", "41-52"), ("6", "53-58")],
    "health-wellbeing-board-range-below": [("3", "1-10"), ("4", "11-36"), ("5", "37-50"), ("6", "51")],
    "standards-committee-frontsheet": [("1", "1"), ("2", "2-6"), ("3", "7-14"), ("4", "15-38"), ("6", "39-52")],
    "planning-committee-applications": [
        ("3", "1-6"),
        ("4", "7-10"),
        ("5(a)", "11-40"),
        ("5(b)", "41-70"),
        ("5(c)", "71-80"),
        ("6", "81-84"),
    ],
    "licensing-hearing-labels": [("3", "1-46")],
    "roman-sub-items-frontsheet": [("3", "1-6"), ("4(i)", "7-40"), ("4(ii)", "41-52")],
    "licensing-summons-day-of": [("3", "1-40")],
    "despatch-date-frontsheet": [("2", "1-8"), ("3", "9-32")],
    "exempt-marked-items": [("2", "1-8"), ("3", "9-30"), ("5", "31-44")],
    "wellbeing-board-time-column": [("2", "1-10"), ("3", "11-40"), ("4", "41-60")],
    "standards-heading-day-of": [("2", "1-4"), ("3", "5-12")],
    "pension-board-cmis-grid": [("2", "3-10"), ("3", "11-16"), ("4", "17-28"), ("5", "29-34")],
}
EXEMPT: dict[str, set[str]] = {
    "pension-fund-frontsheet": {"7", "8"},
    "standards-committee-frontsheet": {"6"},
    "health-scrutiny-frontsheet": set(),
    "pension-board-cmis-grid": {"5"},
    "exempt-marked-items": {"5"},
}
CHECKS = ("items", "pages", "exempt", *FIELDS)
XFAIL: dict[tuple[str, str], str] = {}


def _judged(name: str, check: str) -> bool:
    base = name.removesuffix("-plain")
    if check == "pages":
        return base in PAGES
    if check == "exempt":
        return base in EXEMPT
    if check == "items":
        return DOCUMENTS[name]().items is not None
    return DOCUMENTS[name]().fields.get(check, ANY) is not ANY


read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "round57")


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, _judged, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    paper, found, base = DOCUMENTS[name](), read_papers[name], name.removesuffix("-plain")
    if check == "items":
        assert found["items"] == [(number, folded(title)) for number, title in paper.items or []]
    elif check == "pages":
        assert found["pages"] == PAGES[base]
    elif check == "exempt":
        assert found["exempt"] == EXEMPT[base]
    else:
        assert same_field(check, found[check], paper.fields[check]), (found[check], paper.fields[check])


# ================================================================ some of the same papers as OCR reads a scan

SCANNED = [
    "health-scrutiny-frontsheet",
    "standards-committee-frontsheet",
    "margin-column-minutes",
    "four-digit-town-minutes",
    "licensing-hearing-labels",
    "bold-run-in-minutes",
    "margin-run-in-minutes",
    "planning-committee-applications",
    "town-minutes-slash-margin",
    "pension-board-cmis-grid",
    "resolved-numbered-clauses",
    "margin-caps-wrapped-minutes",
    "lettered-at-margin-minutes",
    "wellbeing-board-time-column",
    "parish-decimal-applications",
]
SCANNED_XFAIL: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def read_scans(tmp_path_factory) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("round57-scans")
    found: dict[str, dict[str, object]] = {}
    for name in SCANNED:
        paper = DOCUMENTS[name]()
        pages = render(folder / f"{name}.pdf", paper.rows, head=paper.head, foot=paper.foot, ocr_like=True)
        found[name] = fields_and_items(pages, name, FIELDS)
        date = found[name]["meeting_date"]
        found[name]["meeting_date"] = date.isoformat() if date else None
    return found


@pytest.mark.parametrize(
    ("name", "check"),
    document_check_params(
        SCANNED,
        ("items", *FIELDS),
        lambda name, check: check == "items" or DOCUMENTS[name]().fields[check] is not ANY,
        SCANNED_XFAIL,
    ),
)
def test_scanned_paper(read_scans, name: str, check: str) -> None:
    paper, found = DOCUMENTS[name](), read_scans[name]
    if check == "items":
        assert found["items"] == [(number, folded(title)) for number, title in paper.items or []]
    else:
        assert same_field(check, found[check], paper.fields[check]), (found[check], paper.fields[check])


# ================================================================ meeting dates written in other ways


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("to be held on Wednesday the 5th day of March 2025 at 7.30pm", "2025-03-05"),
        ("Wednesday the 5th day of March, 2025", "2025-03-05"),
        ("5th March, 2025 at 7.30pm", "2025-03-05"),
        ("Meeting of the Parish Council - 05.03.2025 at 7.30pm", "2025-03-05"),
        ("Thursday, 12th December, 2013 12.00 pm", "2013-12-12"),
        ("Thursday 9 December 2021", "2021-12-09"),
        ("Date: 9/12/21", "2021-12-09"),
        ("held on the 5th day of March in the year 2025", "2025-03-05"),
        ("Wednesday 5th of March 2025, 7.30 pm", "2025-03-05"),
        ("WEDNESDAY 5TH MARCH 2025", "2025-03-05"),
    ],
)
def test_meeting_date_forms(text: str, date: str) -> None:
    assert find_meeting_date(text) == dt.date.fromisoformat(date)
