"""Round 52 suite: the ITEM LIST of agenda frontsheets and minutes in layouts earlier rounds drew least, from bodies
no earlier suite cites: a New Zealand city council's 'Business | Page No.' grid with '1.1' sub-items and a 'Public
Excluded' section, a parish council's agenda with '(a)'/'(b)' sub-items and an item closed to the public, a trust
board's agenda grid with the time before the number and 'Lead' and 'Action' columns, a council of governors' agenda
numbered 'Item 1', a health board's agenda numbered '1.0' with '(i)' sub-items, a charity's agenda numbered '01',
a students' union agenda with Roman 'i.' numbers, a trustees' agenda lettered 'A.', a joint committee's agenda
numbered '(1)', a borough committee's agenda with a 'PART 2 – EXEMPT' heading and page ranges printed three ways,
a frontsheet whose list continues on a second page (under a '(continued)' heading, or under the running head
alone), a university board's and a parish's minutes whose numbers sit in the left margin apart from their titles,
a town council's minutes whose numbers stand on a line above their titles, a board's rows opening with a time range
before the number, a cabinet agenda with a 'PART II' heading, grids labelled 'Item 1' and 'Agenda item 1', a
'No. | Item | Lead | Time | Pages' grid with a 'Part B – exempt items' row, and a grid with wrapped titles and '4(a)'
sub-items.

Checks: 'items' (number and folded title of each item, in order, as the gold conventions write them: sub-items
'1.1', '4(a)' for '(a)' under item 4, titles without their page ranges or trailing dots); 'pages' (the printed
page range of each item that prints one, '5-12' or '5'); 'exempt' (the numbers of the items under a 'Part 2' or
'Public Excluded' heading). NOT items: 'For decision' / 'For information' purpose lines, presenter lines ('Presented
by: …', 'Lead: …'), a 'Part 2 – exempt' heading, the statutory paragraph quoted before a closed item, a '(continued)'
heading.

Nineteen of the papers are also read as OCR reads a scan (``render(..., ocr_like=True)``: one plain box per cell,
each moved up or down by up to 1.5 points); the scanned grids whose cells right of the title are read into titles
stay strict expected failures.

Each paper is drawn with ``segment_cases.render`` and read once per module by ``document_facts`` then
``minutes_items`` or ``agenda_items`` (``segment_cases.fields_and_items``).

The structure and phrasing of each case follow a real page (names, places, dates and numbers changed):

- https://wellington.govt.nz/your-council/meetings/committees/council/2015/12/08 ('Council', 'Agenda', 'Business', 'Page No.', '1. Meeting Conduct 5', '1. 1 Apologies', '1. 2 Announcements by the Mayor', '2. General Business Nil', '4. Public Excluded 7', '4.1 Decisions on Major Projects 7')
- http://ggpc.gransdens.org/PC-meetings/2020-10-extra-meeting ('1. Silent Prayer.', '3. Declarations of Interest.', '(a) Councillors to declare any disclosable pecuniary interest in any items on the agenda;', '‘Public Bodies (Admission to Meetings) Act 1960 …’', 'In line with the legislation above, this item will be closed to the public.', '7. Next Meeting Monday 2nd November 2020 at 7:30pm.')
- https://boardsource.org/board-meeting/we-arent-getting-anything-done-in-our-meetings/facilitation-skills/agendas/ (an agenda as a table: 'Item', 'Lead', 'Action' ('Vote', 'Discussion', 'For Your Information'), 'Relevant Background Materials', 'Time')
- https://www.oxfordhealth.nhs.uk/papers/14-september-2023/ (a trust's 'Council of Governors' meeting in public, 'The meeting will be held 5.30pm to 7.30pm on Thursday, 14 September 2023.')
- https://www.quia.com/jg/2734421list.html (an agenda's body: 'Time slots Topics Speakers/presenters'; 'Call to Order', 'Approval', 'Committee Reports', 'Old Business', 'New Business', 'Adjournment')
- https://democracy.slough.gov.uk/mgAi.aspx?ID=41415 ('Exclusion of Press and Public', 'It is recommended that the Press and Public be excluded from the meeting during consideration of the item in Part 2 of the Agenda, as it involves the likely disclosure of exempt information …', 'Part II appendices for items 7 and 8')
- https://paperzz.com/doc/8010057/board-of-trustees-minutes ('Board of Trustees Minutes 0566 – 0652', 'University of London BOARD OF TRUSTEES Tuesday 1 December 2009 4.00 pm Room 104, Senate House MINUTES', 'PRESENT', 'APOLOGIES', 'IN ATTENDANCE', 'Appointment of the Vice-Chancellor: Report from the Joint Appointments Committee 0566', 'Page 1 of 13')
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from segment_cases import Paper, document_check_params, folded, items_of, params_with_xfail, plain, read_papers_fixture

FIELDS = ("meeting_date", "doc_type")

# the x of each column of an agenda grid
NUM, TITLE, LEAD, RIGHT = 56, 100, 400, 500


# ================================================================ grids: a number, a title and columns to the right


def city_council_business_grid() -> Paper:
    """'Business | Page No.': parent items with '1.1' sub-items, 'Nil' in the page column of empty sections, a
    'Public Excluded' section whose items are exempt."""
    return Paper(
        rows=[
            "# HARBOURTON CITY COUNCIL",
            "## Council",
            "** 9 December 2026",
            "Order Paper for the meeting of the Harbourton City Council, to be held in the Council Chamber, Level 2,",
            "Civic Administration Building, 101 Wakefield Street, Harbourton on Wednesday 9 December 2026 at 5.30pm.",
            "** AGENDA",
            [(NUM, "Business", True), (RIGHT, "Page No.", True)],
            [(NUM, "1."), (TITLE, "Meeting Conduct"), (RIGHT, "5")],
            [(NUM, "1.1"), (TITLE, "Apologies"), (RIGHT, "5")],
            [(NUM, "1.2"), (TITLE, "Announcements by the Mayor"), (RIGHT, "5")],
            [(NUM, "1.3"), (TITLE, "Conflict of Interest Declarations"), (RIGHT, "5")],
            [(NUM, "1.4"), (TITLE, "Items not on the Agenda"), (RIGHT, "6")],
            [(NUM, "2."), (TITLE, "General Business"), (RIGHT, "Nil")],
            [(NUM, "3."), (TITLE, "Committee Reports"), (RIGHT, "9")],
            [(NUM, "3.1"), (TITLE, "Report of the Strategy and Policy Committee"), (RIGHT, "9")],
            [(NUM, "4."), (TITLE, "Public Excluded"), (RIGHT, "17")],
            [(NUM, "4.1"), (TITLE, "Decisions on Major Projects"), (RIGHT, "17")],
        ],
        items=[
            ("1", "Meeting Conduct"),
            ("1.1", "Apologies"),
            ("1.2", "Announcements by the Mayor"),
            ("1.3", "Conflict of Interest Declarations"),
            ("1.4", "Items not on the Agenda"),
            ("2", "General Business"),
            ("3", "Committee Reports"),
            ("3.1", "Report of the Strategy and Policy Committee"),
            ("4", "Public Excluded"),
            ("4.1", "Decisions on Major Projects"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def trust_board_time_first_grid() -> Paper:
    """A trust board's agenda grid: the time before the number, then the item, its lead and the action sought
    ('For approval', 'For information'), as boards set out 'Item | Lead | Action | Time'."""
    return Paper(
        rows=[
            "# Elmbridge Community Health NHS Trust",
            "## Board of Directors - Meeting in Public",
            "** Thursday 11 March 2027, 10.00am - 12.30pm, Boardroom, Kingfisher House",
            "** AGENDA",
            [(56, "Time", True), (96, "No.", True), (126, "Item", True), (400, "Lead", True), (470, "Action", True)],
            [(56, "10.00"), (96, "1"), (126, "Welcome and apologies for absence"), (400, "Chair"), (470, "Verbal")],
            [(56, "10.05"), (96, "2"), (126, "Declarations of interest"), (400, "Chair"), (470, "Verbal")],
            [
                (56, "10.10"),
                (96, "3"),
                (126, "Minutes of the meeting held on 14 January 2027"),
                (400, "Chair"),
                (470, "For approval"),
            ],
            [(56, "10.15"), (96, "4"), (126, "Chief Executive's report"), (400, "CEO"), (470, "For information")],
            [(56, "10.35"), (96, "5"), (126, "Integrated performance report"), (400, "DoF"), (470, "For assurance")],
            [
                (56, "11.05"),
                (96, "6"),
                (126, "Staff survey results and action plan"),
                (400, "CPO"),
                (470, "For discussion"),
            ],
            [(56, "11.30"), (96, "7"), (126, "Questions from the public"), (400, "Chair"), (470, "Verbal")],
            [(56, "11.45"), (96, "8"), (126, "Date of next meeting: 13 May 2027"), (400, "Chair"), (470, "Verbal")],
        ],
        items=[
            ("1", "Welcome and apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 14 January 2027"),
            ("4", "Chief Executive's report"),
            ("5", "Integrated performance report"),
            ("6", "Staff survey results and action plan"),
            ("7", "Questions from the public"),
            ("8", "Date of next meeting: 13 May 2027"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def borough_committee_part_two() -> Paper:
    """A committee's agenda with page ranges printed three ways at the right ('pp 5-12', 'Pages 13 to 20', '21 -
    30'), an exclusion item, then a 'PART 2 – EXEMPT' heading whose items are exempt."""
    return Paper(
        rows=[
            "# Thornbury Borough Council",
            "## Licensing and Regulatory Committee",
            "** Tuesday, 16 February 2027 at 6.30 pm",
            "Venue: Council Chamber, Observatory House, Windsor Road, Thornbury",
            "** AGENDA",
            "** PART 1",
            [(NUM, "1."), (TITLE, "Declarations of Interest"), (RIGHT, "-")],
            [(NUM, "2."), (TITLE, "Minutes of the last meeting"), (RIGHT, "pp 5-12")],
            [(NUM, "3."), (TITLE, "Taxi Licensing Policy Review"), (RIGHT, "Pages 13 to 20")],
            [(NUM, "4."), (TITLE, "Gambling Act 2005 - Statement of Principles"), (RIGHT, "21 - 30")],
            [(NUM, "5."), (TITLE, "Exclusion of Press and Public"), (RIGHT, "-")],
            ">It is recommended that the Press and Public be excluded from the meeting during consideration of",
            ">the items in Part 2 of the Agenda, as they involve the likely disclosure of exempt information.",
            "** PART 2 – EXEMPT",
            [(NUM, "6."), (TITLE, "Enforcement Action - Private Hire Operator"), (RIGHT, "31 - 36")],
            [(NUM, "7."), (TITLE, "Review of a Premises Licence"), (RIGHT, "37 - 44")],
        ],
        items=[
            ("1", "Declarations of Interest"),
            ("2", "Minutes of the last meeting"),
            ("3", "Taxi Licensing Policy Review"),
            ("4", "Gambling Act 2005 - Statement of Principles"),
            ("5", "Exclusion of Press and Public"),
            ("6", "Enforcement Action - Private Hire Operator"),
            ("7", "Review of a Premises Licence"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


# ================================================================ numbering shapes


def parish_lettered_sub_items() -> Paper:
    """A parish council's agenda: '(a)' and '(b)' sub-items under '3.', a quoted statutory paragraph and a note that
    the next item is closed to the public, neither of them items."""
    return Paper(
        rows=[
            "# GREAT MARSTON PARISH COUNCIL",
            "An extra meeting of the Parish Council will be held online via Zoom on Friday 16th October 2026 at",
            "7:30pm. The press and public are welcome to attend.",
            "** AGENDA",
            "1. Silent Prayer.",
            "2. Apologies for absence.",
            "3. Declarations of Interest.",
            ">(a) Councillors to declare any disclosable pecuniary interest in any items on the agenda;",
            ">(b) Councillors to declare any other interest in any items on the agenda.",
            "4. Open Forum for 15 minutes to enable members of the public to raise any matter.",
            "5. Approval of a solid entrance from the playing field to the school gates.",
            "‘Public Bodies (Admission to Meetings) Act 1960",
            "(2) A body may, by resolution, exclude the public from a meeting whenever publicity would be",
            "prejudicial to the public interest by reason of the confidential nature of the business.’",
            "6. Recruitment of new Village Hall Caretaker – Panel Recommendation",
            "In line with the legislation above, this item will be closed to the public.",
            "7. Next Meeting Monday 2nd November 2026 at 7:30pm.",
        ],
        items=[
            ("1", "Silent Prayer"),
            ("2", "Apologies for absence"),
            ("3", "Declarations of Interest"),
            ("3(a)", "Councillors to declare any disclosable pecuniary interest in any items on the agenda"),
            ("3(b)", "Councillors to declare any other interest in any items on the agenda"),
            ("4", "Open Forum for 15 minutes to enable members of the public to raise any matter"),
            ("5", "Approval of a solid entrance from the playing field to the school gates"),
            ("6", "Recruitment of new Village Hall Caretaker – Panel Recommendation"),
            ("7", "Next Meeting Monday 2nd November 2026 at 7:30pm"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def governors_item_labels() -> Paper:
    """A council of governors' agenda numbered 'Item 1', each title followed by its presenter and its purpose."""
    return Paper(
        rows=[
            "# Riverside Health NHS Foundation Trust",
            "## Council of Governors",
            "The meeting will be held 5.30pm to 7.30pm on Thursday, 9 September 2027, via Microsoft Teams.",
            "** AGENDA",
            "** Item 1 Welcome, apologies and declarations of interest",
            ">Presented by: Lead Governor",
            "** Item 2 Minutes of the meeting held on 10 June 2027",
            ">For approval",
            "** Item 3 Report from the Chief Executive",
            ">Presented by: Dr Helen Marsh, Chief Executive",
            ">For information",
            "** Item 4 Appointment of a Non-Executive Director",
            ">Presented by: Chair of the Nominations Committee",
            ">For decision",
            "** Item 5 Any other business",
        ],
        items=[
            ("1", "Welcome, apologies and declarations of interest"),
            ("2", "Minutes of the meeting held on 10 June 2027"),
            ("3", "Report from the Chief Executive"),
            ("4", "Appointment of a Non-Executive Director"),
            ("5", "Any other business"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def health_board_decimal_numbers() -> Paper:
    """A health board's agenda numbered '1.0', '2.0', with '(i)' and '(ii)' under '3.0'."""
    return Paper(
        rows=[
            "# Glenmore Integration Joint Board",
            "** Wednesday 24 March 2027 at 2.00 pm, Committee Room 1, Council Offices, Glenmore",
            "** AGENDA",
            "1.0 Welcome and Apologies",
            "2.0 Declarations of Interest",
            "3.0 Minutes of Previous Meetings",
            ">(i) Integration Joint Board of 27 January 2027",
            ">(ii) Audit and Risk Committee of 3 February 2027",
            "4.0 Chief Officer's Report",
            "5.0 Financial Recovery Plan 2027/28",
            "6.0 Date of Next Meeting",
        ],
        items=[
            ("1.0", "Welcome and Apologies"),
            ("2.0", "Declarations of Interest"),
            ("3.0", "Minutes of Previous Meetings"),
            ("3.0(i)", "Integration Joint Board of 27 January 2027"),
            ("3.0(ii)", "Audit and Risk Committee of 3 February 2027"),
            ("4.0", "Chief Officer's Report"),
            ("5.0", "Financial Recovery Plan 2027/28"),
            ("6.0", "Date of Next Meeting"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def charity_zero_padded_numbers() -> Paper:
    """A charity's trustee agenda numbered '01', '02' in a column apart from the title, a time slot at the right."""
    return Paper(
        rows=[
            "# Wealdside Rural Community Council",
            "## Board of Trustees Meeting",
            "** Monday 18 January 2027, 6.00pm, The Old Granary, Wealdside",
            "** Agenda",
            [(NUM, "01"), (TITLE, "Call to Order"), (RIGHT, "6.00pm")],
            [(NUM, "02"), (TITLE, "Approval of the Minutes of 16 November 2026"), (RIGHT, "6.05pm")],
            [(NUM, "03"), (TITLE, "Committee Reports"), (RIGHT, "6.15pm")],
            [(NUM, "04"), (TITLE, "Old Business"), (RIGHT, "6.40pm")],
            [(NUM, "05"), (TITLE, "New Business"), (RIGHT, "7.00pm")],
            [(NUM, "06"), (TITLE, "Adjournment"), (RIGHT, "7.30pm")],
        ],
        items=[
            ("01", "Call to Order"),
            ("02", "Approval of the Minutes of 16 November 2026"),
            ("03", "Committee Reports"),
            ("04", "Old Business"),
            ("05", "New Business"),
            ("06", "Adjournment"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def union_roman_numbers() -> Paper:
    """A students' union council's agenda numbered with lower-case Roman numerals ('i.', 'ii.', … 'ix.')."""
    items = [
        ("i", "Call to Order"),
        ("ii", "Apologies"),
        ("iii", "Approval of the Minutes"),
        ("iv", "Officer Reports"),
        ("v", "Committee Reports"),
        ("vi", "Motions to Council"),
        ("vii", "Elections Timetable 2027"),
        ("viii", "Any Other Business"),
        ("ix", "Adjournment"),
    ]
    return Paper(
        rows=[
            "# Northgate Students' Union",
            "## Union Council",
            "** Wednesday 3 February 2027 at 6.00pm in the Council Room",
            "** AGENDA",
            *[f"{number}. {title}" for number, title in items],
        ],
        items=items,
        fields={"doc_type": "agenda_pack"},
    )


def trustees_lettered_items() -> Paper:
    """A trust's agenda lettered 'A.', 'B.', … with a time slot and a presenter at the right."""
    items = [
        ("A", "Welcome and Apologies"),
        ("B", "Minutes of the Previous Meeting"),
        ("C", "Director's Report"),
        ("D", "Annual Accounts 2026"),
        ("E", "Risk Register"),
        ("F", "Any Other Business"),
    ]
    presenters = ["Chair", "Chair", "Director", "Treasurer", "Secretary", "Chair"]
    return Paper(
        rows=[
            "# The Hillcrest Conservation Trust",
            "## Meeting of the Trustees",
            "** Saturday 6 March 2027 at 10.30am, Hillcrest Village Hall",
            "** AGENDA",
            *[
                [(NUM, f"{number}."), (TITLE, title), (LEAD, presenter)]
                for (number, title), presenter in zip(items, presenters, strict=True)
            ],
        ],
        items=items,
        fields={"doc_type": "agenda_pack"},
    )


def joint_committee_bracketed_numbers() -> Paper:
    """A joint committee's agenda numbered '(1)', '(2)', a report's author on the line under its title."""
    return Paper(
        rows=[
            "# Eastvale Joint Waste Committee",
            "** Friday 12 February 2027 at 10.00 am, Meeting Room 3, Eastvale House",
            "** AGENDA",
            "(1) Apologies for Absence",
            "(2) Declarations of Interest",
            "(3) Minutes of the Meeting held on 13 November 2026",
            "(4) Waste Performance Report Quarter 3",
            ">Report of the Head of Waste Services",
            "(5) Joint Waste Budget 2027/28",
            ">Report of the Treasurer",
            "(6) Date of Next Meeting",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the Meeting held on 13 November 2026"),
            ("4", "Waste Performance Report Quarter 3"),
            ("5", "Joint Waste Budget 2027/28"),
            ("6", "Date of Next Meeting"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


# ================================================================ lists over two pages; minutes with margin numbers


def frontsheet_over_two_pages() -> Paper:
    """A frontsheet whose agenda list continues on a second page under 'AGENDA (continued)'."""
    titles = [
        "Apologies for Absence",
        "Declarations of Interest",
        "Minutes of the Previous Meeting",
        "Public Questions",
        "Petitions",
        "Leader's Announcements",
        "Revenue Budget Monitoring Quarter 3",
        "Capital Programme Update",
        "Housing Revenue Account Business Plan",
        "Local Plan Review - Preferred Options",
        "Climate Action Plan Annual Report",
        "Urgent Business",
    ]
    first, second = titles[:7], titles[7:]
    return Paper(
        rows=[
            "# Ashdown District Council",
            "## Cabinet",
            "** Wednesday 10 February 2027 at 7.00 pm",
            "Council Chamber, Civic Centre, Ashdown",
            "Members of the Cabinet are summoned to attend this meeting to transact the following business.",
            "** AGENDA",
            *[
                f"{number}. {title} (Pages {4 * number + 1} - {4 * number + 4})"
                for number, title in enumerate(first, start=1)
            ],
            "---",
            "** AGENDA (continued)",
            *[
                f"{number}. {title} (Pages {4 * number + 1} - {4 * number + 4})"
                for number, title in enumerate(second, start=len(first) + 1)
            ],
        ],
        items=[(str(number), title) for number, title in enumerate(titles, start=1)],
        fields={"doc_type": "agenda_pack"},
    )


def board_minutes_margin_numbers() -> Paper:
    """A university board's minutes: the minute number alone in the left margin on the title's line, the title bold
    further right, the record under it."""
    return Paper(
        rows=[
            "# University of Westbury",
            "## BOARD OF TRUSTEES",
            "** Tuesday 1 December 2026 4.00 pm Room 104, Senate House",
            "** MINUTES",
            "PRESENT Dame Alison Reeve (Chair), Mr Omar Bashir, Ms Judith Ellis, Mr Ian Grange",
            "APOLOGIES Professor Graham Cross",
            [(NUM, "0566"), (TITLE, "Welcome and Apologies", True)],
            [(TITLE, "The Chair welcomed members to the meeting and noted the apologies received.")],
            [(NUM, "0567"), (TITLE, "Minutes of the Meeting held on 14 October 2026", True)],
            [(TITLE, "The minutes were approved as a correct record and signed by the Chair.")],
            [(NUM, "0568"), (TITLE, "Appointment of the Vice-Chancellor", True)],
            [(TITLE, "Members considered Document BT183, a report from the Joint Appointments Committee.")],
            [(TITLE, "The Board approved the recommendation.")],
            [(NUM, "0569"), (TITLE, "Financial Forecast 2026-27", True)],
            [(TITLE, "The Director of Finance presented the forecast, which showed a small surplus.")],
            [(NUM, "0570"), (TITLE, "Any Other Business", True)],
            [(TITLE, "There was no other business.")],
        ],
        items=[
            ("0566", "Welcome and Apologies"),
            ("0567", "Minutes of the Meeting held on 14 October 2026"),
            ("0568", "Appointment of the Vice-Chancellor"),
            ("0569", "Financial Forecast 2026-27"),
            ("0570", "Any Other Business"),
        ],
        fields={"doc_type": "minutes"},
    )


# ================================================================ harder grids: labels, wrapped titles, purpose lines


def panel_agenda_item_labels_grid() -> Paper:
    """'Agenda item 1' … in the left column, the title in bold with its purpose ('For decision') and its presenter
    under it in the same cell, the page range at the right as '5 - 12'."""
    return Paper(
        rows=[
            "# Kestrel Vale Council",
            "## Health and Wellbeing Board",
            "** Thursday 21 January 2027 at 2.00 pm, Room 2.1, Kestrel House",
            "** AGENDA",
            [(NUM, "Agenda item 1"), (150, "Apologies and Substitutions", True)],
            [(NUM, "Agenda item 2"), (150, "Minutes of the Previous Meeting", True), (RIGHT, "5 - 12")],
            [(150, "For decision")],
            [(NUM, "Agenda item 3"), (150, "Better Care Fund Plan 2027/28", True), (RIGHT, "13 - 40")],
            [(150, "For decision")],
            [(150, "Presented by: Director of Adult Social Care")],
            [(NUM, "Agenda item 4"), (150, "Pharmaceutical Needs Assessment", True), (RIGHT, "41 - 58")],
            [(150, "For information")],
            [(150, "Presented by: Consultant in Public Health")],
            [(NUM, "Agenda item 5"), (150, "Forward Plan", True), (RIGHT, "59 - 60")],
        ],
        items=[
            ("1", "Apologies and Substitutions"),
            ("2", "Minutes of the Previous Meeting"),
            ("3", "Better Care Fund Plan 2027/28"),
            ("4", "Pharmaceutical Needs Assessment"),
            ("5", "Forward Plan"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def roman_items_with_lettered_subs() -> Paper:
    """A town board's agenda: 'I.' … 'V.' items in capitals, 'A.' and 'B.' sub-items indented under 'III.'."""
    return Paper(
        rows=[
            "# TOWN OF MAPLE RIDGE",
            "## PLANNING BOARD",
            "** REGULAR MEETING - TUESDAY, MARCH 9, 2027 - 7:00 PM",
            "** AGENDA",
            "I. CALL TO ORDER",
            "II. APPROVAL OF MINUTES",
            "III. PUBLIC HEARINGS",
            ">A. Site Plan Review - 14 Orchard Lane",
            ">B. Special Permit - Riverside Storage",
            "IV. OLD BUSINESS",
            "V. ADJOURNMENT",
        ],
        items=[
            ("I", "CALL TO ORDER"),
            ("II", "APPROVAL OF MINUTES"),
            ("III", "PUBLIC HEARINGS"),
            ("III(A)", "Site Plan Review - 14 Orchard Lane"),
            ("III(B)", "Special Permit - Riverside Storage"),
            ("IV", "OLD BUSINESS"),
            ("V", "ADJOURNMENT"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def grid_with_wrapped_titles() -> Paper:
    """A grid whose long titles wrap onto a second line in the title column, page ranges at the right of the first
    line, sub-items '4(a)' and '4(b)' printed with their item's number."""
    return Paper(
        rows=[
            "# Fenmoor District Council",
            "## Overview and Scrutiny Committee",
            "** Monday 8 February 2027 at 6.00 pm",
            "** AGENDA",
            [(NUM, "Item", True), (TITLE, "Title", True), (RIGHT, "Pages", True)],
            [(NUM, "1"), (TITLE, "Apologies for Absence")],
            [(NUM, "2"), (TITLE, "Minutes of the meeting held on 7 December 2026"), (RIGHT, "5 - 10")],
            [(NUM, "3"), (TITLE, "Review of the Council's Response to Flooding in the"), (RIGHT, "11 - 24")],
            [(TITLE, "Fenmoor Catchment, Winter 2026")],
            [(NUM, "4"), (TITLE, "Call-in of Cabinet Decisions")],
            [(NUM, "4(a)"), (TITLE, "Leisure Centre Contract Extension"), (RIGHT, "25 - 30")],
            [(NUM, "4(b)"), (TITLE, "Disposal of Land at Mill Road, Fenmoor"), (RIGHT, "31 - 36")],
            [(NUM, "5"), (TITLE, "Work Programme"), (RIGHT, "37 - 40")],
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Minutes of the meeting held on 7 December 2026"),
            ("3", "Review of the Council's Response to Flooding in the Fenmoor Catchment, Winter 2026"),
            ("4", "Call-in of Cabinet Decisions"),
            ("4(a)", "Leisure Centre Contract Extension"),
            ("4(b)", "Disposal of Land at Mill Road, Fenmoor"),
            ("5", "Work Programme"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def minutes_number_over_title() -> Paper:
    """Parish minutes whose numbers ('21/27.') sit alone in the left margin, the bold title and its record in a
    column to the right, a 'Part 2' heading before the confidential minute."""
    return Paper(
        rows=[
            "# LOWER HAMBLEY PARISH COUNCIL",
            "** MINUTES of the meeting of the Parish Council held on Tuesday 12 January 2027 at 7.30pm in the "
            "Village Hall",
            "Present: Cllr R Dunn (Chair), Cllr S Patel, Cllr J Wray, Cllr M O'Neill",
            [(NUM, "01/27"), (TITLE, "Apologies for absence", True)],
            [(TITLE, "Apologies were received and accepted from Cllr T Hale.")],
            [(NUM, "02/27"), (TITLE, "Declarations of interest", True)],
            [(TITLE, "None.")],
            [(NUM, "03/27"), (TITLE, "Minutes of the meeting held on 8 December 2026", True)],
            [(TITLE, "It was RESOLVED that the minutes be signed as a correct record.")],
            [(NUM, "04/27"), (TITLE, "Highways and footpaths", True)],
            [(TITLE, "The Clerk reported that the pothole on Church Lane had been repaired.")],
            "** Part 2 – Confidential",
            [(NUM, "05/27"), (TITLE, "Grass cutting contract", True)],
            [(TITLE, "It was RESOLVED to accept the tender from Greenway Grounds Ltd.")],
        ],
        items=[
            ("01/27", "Apologies for absence"),
            ("02/27", "Declarations of interest"),
            ("03/27", "Minutes of the meeting held on 8 December 2026"),
            ("04/27", "Highways and footpaths"),
            ("05/27", "Grass cutting contract"),
        ],
        fields={"doc_type": "minutes"},
    )


# ======================================================= second batch: time ranges, numbers over titles, Part II


def time_range_before_number() -> Paper:
    """A board's agenda whose rows open with a time range ('10:00 – 10:10') before the item number, the purpose in a
    column at the right."""
    return Paper(
        rows=[
            "# Northmoor Regional Arts Trust",
            "## Board of Trustees",
            "** Wednesday 17 March 2027, 10:00 – 12:30, The Print Room, Northmoor",
            "** AGENDA",
            [(56, "10:00 – 10:10"), (140, "1."), (165, "Welcome and apologies"), (RIGHT - 20, "Verbal")],
            [(56, "10:10 – 10:20"), (140, "2."), (165, "Minutes of 20 January 2027"), (RIGHT - 20, "For approval")],
            [(56, "10:20 – 11:00"), (140, "3."), (165, "Director's report"), (RIGHT - 20, "For information")],
            [(56, "11:00 – 11:45"), (140, "4."), (165, "Business plan 2027-30"), (RIGHT - 20, "For decision")],
            [(56, "11:45 – 12:15"), (140, "5."), (165, "Risk register review"), (RIGHT - 20, "For discussion")],
            [(56, "12:15 – 12:30"), (140, "6."), (165, "Any other business"), (RIGHT - 20, "Verbal")],
        ],
        items=[
            ("1", "Welcome and apologies"),
            ("2", "Minutes of 20 January 2027"),
            ("3", "Director's report"),
            ("4", "Business plan 2027-30"),
            ("5", "Risk register review"),
            ("6", "Any other business"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def minutes_number_line_above_title() -> Paper:
    """Committee minutes whose minute numbers ('12.') stand on a line of their own above the bold title."""
    return Paper(
        rows=[
            "# Calder Bridge Town Council",
            "## Finance and General Purposes Committee",
            "Minutes of the meeting held on Monday 15 February 2027 at 7.00pm at the Town Hall",
            "Present: Councillors P Lord (Chair), A Shah, K Burns, D Moss",
            "12.",
            "** Apologies for Absence",
            "Apologies were received from Councillor F Ward.",
            "13.",
            "** Minutes of the Previous Meeting",
            "The minutes of the meeting held on 18 January 2027 were approved.",
            "14.",
            "** Budget Monitoring Report",
            "The Clerk presented the report for the period to 31 January 2027.",
            "15.",
            "** Grants to Local Organisations",
            "It was resolved to award grants totalling £4,250.",
        ],
        items=[
            ("12", "Apologies for Absence"),
            ("13", "Minutes of the Previous Meeting"),
            ("14", "Budget Monitoring Report"),
            ("15", "Grants to Local Organisations"),
        ],
        fields={"doc_type": "minutes"},
    )


def cabinet_part_ii_heading() -> Paper:
    """A cabinet agenda whose exempt items follow a 'PART II' heading with its statutory note, the page ranges
    printed as 'Pages 5 to 12' after the titles."""
    return Paper(
        rows=[
            "# Westmarsh County Council",
            "## Cabinet",
            "** Tuesday 23 February 2027 at 10.00 am, Council Chamber, County Hall",
            "** AGENDA",
            "1. Apologies for Absence",
            "2. Declarations of Interest",
            "3. Minutes of the meeting held on 26 January 2027 (Pages 5 to 12)",
            "4. Medium Term Financial Strategy 2027-2031 (Pages 13 to 58)",
            "5. School Admission Arrangements 2028/29 (Pages 59 to 74)",
            "6. Exclusion of the Public",
            ">To resolve that the public be excluded for the following items of business on the grounds that they",
            ">involve the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A.",
            "** PART II – ITEMS NOT OPEN TO THE PUBLIC",
            "7. Highways Maintenance Contract Award (Pages 75 to 90)",
            "8. Acquisition of Land at Brookfield Farm (Pages 91 to 98)",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the meeting held on 26 January 2027"),
            ("4", "Medium Term Financial Strategy 2027-2031"),
            ("5", "School Admission Arrangements 2028/29"),
            ("6", "Exclusion of the Public"),
            ("7", "Highways Maintenance Contract Award"),
            ("8", "Acquisition of Land at Brookfield Farm"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def item_labels_with_page_column() -> Paper:
    """'Item 1' … in the left column of a grid headed 'Item | Subject | Pages', a presenter line under some titles."""
    return Paper(
        rows=[
            "# Southwold Valley Water Board",
            "** Meeting of the Board, Thursday 4 March 2027 at 2.30 pm",
            "** AGENDA",
            [(NUM, "Item", True), (120, "Subject", True), (RIGHT, "Pages", True)],
            [(NUM, "Item 1"), (120, "Chair's welcome and apologies")],
            [(NUM, "Item 2"), (120, "Minutes of the Board meeting of 3 December 2026"), (RIGHT, "3 - 9")],
            [(NUM, "Item 3"), (120, "Chief Executive's update"), (RIGHT, "10 - 15")],
            [(120, "Lead: Chief Executive")],
            [(NUM, "Item 4"), (120, "Drought resilience plan"), (RIGHT, "16 - 41")],
            [(120, "Lead: Director of Operations")],
            [(NUM, "Item 5"), (120, "Annual tariff review"), (RIGHT, "42 - 50")],
        ],
        items=[
            ("1", "Chair's welcome and apologies"),
            ("2", "Minutes of the Board meeting of 3 December 2026"),
            ("3", "Chief Executive's update"),
            ("4", "Drought resilience plan"),
            ("5", "Annual tariff review"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def five_column_grid() -> Paper:
    """'No. | Item | Lead | Time | Pages': five columns, the 'Part B – exempt' section row across the grid."""
    return Paper(
        rows=[
            "# Hollins Combined Authority",
            "## Transport Committee",
            "** Friday 5 March 2027 at 11.00 am, Wellington House, Hollins",
            "** AGENDA",
            [(56, "No.", True), (86, "Item", True), (330, "Lead", True), (420, "Time", True), (490, "Pages", True)],
            [(56, "1"), (86, "Apologies and declarations"), (330, "Chair"), (420, "11.00")],
            [(56, "2"), (86, "Minutes of 15 January 2027"), (330, "Chair"), (420, "11.05"), (490, "1 - 8")],
            [(56, "3"), (86, "Bus Reform Update"), (330, "Dir. Transport"), (420, "11.10"), (490, "9 - 22")],
            [(56, "4"), (86, "Rail Station Accessibility"), (330, "Head of Rail"), (420, "11.40"), (490, "23 - 30")],
            [(56, "Part B – exempt items", True)],
            [(56, "5"), (86, "Depot Lease Renewal"), (330, "Dir. Property"), (420, "12.00"), (490, "31 - 38")],
        ],
        items=[
            ("1", "Apologies and declarations"),
            ("2", "Minutes of 15 January 2027"),
            ("3", "Bus Reform Update"),
            ("4", "Rail Station Accessibility"),
            ("5", "Depot Lease Renewal"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def agenda_item_label_over_title() -> Paper:
    """'AGENDA ITEM 1' printed on a line of its own, the bold title on the line under it, a purpose line after."""
    return Paper(
        rows=[
            "# Marlow Heath Borough Council",
            "## Standards Committee",
            "** Wednesday 10 March 2027 at 7.30 pm, Committee Room 1",
            "** AGENDA",
            "AGENDA ITEM 1",
            "** Apologies for Absence",
            "AGENDA ITEM 2",
            "** Minutes of the Previous Meeting",
            "For approval",
            "AGENDA ITEM 3",
            "** Annual Review of the Members' Code of Conduct",
            "For decision",
            "AGENDA ITEM 4",
            "** Complaints Update",
            "For information",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Minutes of the Previous Meeting"),
            ("3", "Annual Review of the Members' Code of Conduct"),
            ("4", "Complaints Update"),
        ],
        fields={"doc_type": "agenda_pack"},
    )


def frontsheet_continued_with_running_head() -> Paper:
    """A list that runs on to the next page under only the running head, no '(continued)' heading."""
    titles = [
        "Apologies for Absence",
        "Declarations of Interest",
        "Minutes",
        "Public Participation",
        "Planning Application 26/01234/FUL - Land East of Mill Lane, Oakbury",
        "Planning Application 26/01377/OUT - Former Dairy Site, Church Street, Oakbury",
        "Planning Application 26/01402/HOU - 7 The Green, Little Oakbury",
        "Planning Appeals Received",
        "Planning Appeals Decided",
        "Enforcement Update",
    ]
    return Paper(
        rows=[
            "# Oakbury District Council",
            "## Planning Committee",
            "** Thursday 18 February 2027 at 6.00 pm",
            "** AGENDA",
            *[f"{number}. {title}" for number, title in enumerate(titles[:6], start=1)],
            "---",
            *[f"{number}. {title}" for number, title in enumerate(titles[6:], start=7)],
        ],
        items=[(str(number), title) for number, title in enumerate(titles, start=1)],
        head="Planning Committee - 18 February 2027",
        fields={"doc_type": "agenda_pack"},
    )


DOCUMENTS = {
    "city-council-business-grid": city_council_business_grid,
    "trust-board-time-first-grid": trust_board_time_first_grid,
    "borough-committee-part-two": borough_committee_part_two,
    "parish-lettered-sub-items": parish_lettered_sub_items,
    "governors-item-labels": governors_item_labels,
    "health-board-decimal-numbers": health_board_decimal_numbers,
    "charity-zero-padded-numbers": charity_zero_padded_numbers,
    "union-roman-numbers": union_roman_numbers,
    "trustees-lettered-items": trustees_lettered_items,
    "joint-committee-bracketed-numbers": joint_committee_bracketed_numbers,
    "frontsheet-over-two-pages": frontsheet_over_two_pages,
    "board-minutes-margin-numbers": board_minutes_margin_numbers,
    "panel-agenda-item-labels-grid": panel_agenda_item_labels_grid,
    "roman-items-with-lettered-subs": roman_items_with_lettered_subs,
    "grid-with-wrapped-titles": grid_with_wrapped_titles,
    "minutes-number-over-title": minutes_number_over_title,
    "time-range-before-number": time_range_before_number,
    "minutes-number-line-above-title": minutes_number_line_above_title,
    "cabinet-part-ii-heading": cabinet_part_ii_heading,
    "item-labels-with-page-column": item_labels_with_page_column,
    "five-column-grid": five_column_grid,
    "agenda-item-label-over-title": agenda_item_label_over_title,
    "frontsheet-continued-with-running-head": frontsheet_continued_with_running_head,
    "five-column-grid-plain": lambda: plain(five_column_grid),
    "minutes-number-line-above-title-plain": lambda: plain(minutes_number_line_above_title),
    "grid-with-wrapped-titles-plain": lambda: plain(grid_with_wrapped_titles),
    "panel-agenda-item-labels-grid-plain": lambda: plain(panel_agenda_item_labels_grid),
    "city-council-business-grid-plain": lambda: plain(city_council_business_grid),
    "governors-item-labels-plain": lambda: plain(governors_item_labels),
    "board-minutes-margin-numbers-plain": lambda: plain(board_minutes_margin_numbers),
}

# the printed page range of each item that prints one, and the numbers of exempt items, where a paper prints them
PAGES: dict[str, list[tuple[str, str]]] = {
    "city-council-business-grid": [
        ("1", "5"),
        ("1.1", "5"),
        ("1.2", "5"),
        ("1.3", "5"),
        ("1.4", "6"),
        ("3", "9"),
        ("3.1", "9"),
        ("4", "17"),
        ("4.1", "17"),
    ],
    "borough-committee-part-two": [("2", "5-12"), ("3", "13-20"), ("4", "21-30"), ("6", "31-36"), ("7", "37-44")],
    "panel-agenda-item-labels-grid": [("2", "5-12"), ("3", "13-40"), ("4", "41-58"), ("5", "59-60")],
    "grid-with-wrapped-titles": [("2", "5-10"), ("3", "11-24"), ("4(a)", "25-30"), ("4(b)", "31-36"), ("5", "37-40")],
    "cabinet-part-ii-heading": [("3", "5-12"), ("4", "13-58"), ("5", "59-74"), ("7", "75-90"), ("8", "91-98")],
    "item-labels-with-page-column": [("2", "3-9"), ("3", "10-15"), ("4", "16-41"), ("5", "42-50")],
    "five-column-grid": [("2", "1-8"), ("3", "9-22"), ("4", "23-30"), ("5", "31-38")],
    "frontsheet-over-two-pages": [(str(number), f"{4 * number + 1}-{4 * number + 4}") for number in range(1, 13)],
}
# numbers whose exemption a paper leaves open: 'Public Excluded', the section's own item, holds the resolution to
# exclude the public (moved in public) and heads the exempt items under it
EXEMPT_OPEN: dict[str, set[str]] = {"city-council-business-grid": {"4"}}
EXEMPT: dict[str, set[str]] = {
    "borough-committee-part-two": {"6", "7"},
    "city-council-business-grid": {"4.1"},
    "trust-board-time-first-grid": set(),
    "grid-with-wrapped-titles": set(),
    "cabinet-part-ii-heading": {"7", "8"},
    "five-column-grid": {"5"},
}
CHECKS = ("items", "doc_type", "pages", "exempt")
XFAIL: dict[tuple[str, str], str] = {}


def _judged(name: str, check: str) -> bool:
    base = name.removesuffix("-plain")
    if check == "pages":
        return base in PAGES
    if check == "exempt":
        return base in EXEMPT
    return True


read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "round52")


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, _judged, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    paper, found, base = DOCUMENTS[name](), read_papers[name], name.removesuffix("-plain")
    if check == "items":
        assert found["items"] == [(number, folded(title)) for number, title in paper.items or []]
    elif check == "pages":
        assert found["pages"] == PAGES[base]
    elif check == "exempt":
        assert found["exempt"] - EXEMPT_OPEN.get(base, set()) == EXEMPT[base]
    else:
        assert found[check] == paper.fields[check]


# ================================================================ the same papers scanned: OCR's boxes, one per cell

SCANNED = [
    "parish-lettered-sub-items",
    "governors-item-labels",
    "health-board-decimal-numbers",
    "charity-zero-padded-numbers",
    "union-roman-numbers",
    "joint-committee-bracketed-numbers",
    "frontsheet-over-two-pages",
    "board-minutes-margin-numbers",
    "roman-items-with-lettered-subs",
    "minutes-number-over-title",
    "minutes-number-line-above-title",
    "cabinet-part-ii-heading",
    "agenda-item-label-over-title",
    "city-council-business-grid",
    "trust-board-time-first-grid",
    "borough-committee-part-two",
    "trustees-lettered-items",
    "time-range-before-number",
    "five-column-grid",
]
# the scanned grids' cells (a 'Page No.' column, a time before the number, 'Lead' and 'Action' columns, a letter 'A.'
# alone in its box) are read as rows since round 54 (agenda_list._ocr_rows joins OCR's boxes of one printed row)
SCANNED_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("name", params_with_xfail([(name, name) for name in SCANNED], SCANNED_XFAIL))
def test_scanned_paper_items(tmp_path, name: str) -> None:
    paper = DOCUMENTS[name]()
    found = items_of(tmp_path, paper.rows, head=paper.head, ocr_like=True)
    assert [(number, folded(title)) for number, title in found] == [
        (number, folded(title)) for number, title in paper.items or []
    ]
