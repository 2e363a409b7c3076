"""Round items55 suite (issue #4): agenda and minute items whose numbers the readers did not take as printed on the
first pages of new bodies (training/first_pages.jsonl, design half): shapes read only with a title beside them,
letters joined to the number.

Causes, each seen in the pages of three bodies or more:
- a number alone on its line with its title on the next, in a shape read before only with the title beside it: a
  web page's 'No. | Item' column printed as text with the committee's letters ('CEX/62', 'C/1' over 'Chairman'), a
  parish's council-year number ('18/1' over 'ELECTION OF CHAIRMAN'), a lettered item under its item ('68a' over
  'Mayoral Engagements' under '68.'), and an agenda's decimal sub-item ('4.1' over "Mayor's Announcements" under
  '4.' over 'Announcements'; the list then goes on at '5.');
- a running minute number joined to the committee's letters with no stop or stroke: 'CL38 Minutes', 'M1 To elect a
  Chairman', 'GC041401 Minutes of the last Meeting' (letters, month, year, minute) - read only as a series, the
  next or the last number of the same letters heading another line at the margin ('A38 Resurfacing' in a
  highways minute is a road, 'S106 Agreement' a section).

Left (strict xfails, read from stop 57 on): a lone figure read as the first minute before a series that counts from
1, the series then read as going back and lost ('2020 AGM' over an AGM's '1.' to '4.'; 'Minute no. 4036/16' over a
town council's numbered business), seen in two bodies with their layout only; a minute book's folio over the page
('85') is the page's furniture on a laid-out page (a guard), and a heading that opens its list with a colon keeps the
list.

The truth follows corpus/gold/README.md (items): the numbers as printed, sub-items under their item ('68a', '4.1'),
titles without the link's size ('pdf icon PDF 108 KB').

Pages are drawn with ``segment_cases.render`` in the layouts the pages print (bold web titles, Word minutes with the
number in its own column), names, places, dates and numbers made up, and read by ``document_facts`` then the minutes
or agenda reader, as ``agendaparse eval`` reads them.

Pass before (the code before this round): 0 of the 10 cases; the 7 guards pass. After: 8 of 10 and 2 strict xfails
(the cause left), the guards unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segment_cases import Row, items_of, params_with_xfail

NUM, TITLE = 56, 110


def _cells(number: str, title: str) -> list[tuple]:
    """A Word table row: the number in its column, the title in the next."""
    return [(NUM, number), (TITLE, title)]


CASES: list[tuple[str, list[Row], list[tuple[str | None, str]]]] = [
    (
        "web-minutes-committee-letters-alone",
        [
            "Agenda and minutes",
            "# Licensing Committee",
            "Tuesday, 10 March 2026 2.00 p.m.",
            "Venue: Council Chamber, Riverside House, Hollowford",
            "Items",
            "No. Item",
            "LIC/21",
            "** Apologies for Absence",
            "Minutes:",
            "Apologies were received from Councillors Ashdown and Pryce.",
            "LIC/22",
            "** Declarations of Interest pdf icon PDF 88 KB",
            "Minutes:",
            "No declarations of interest were made.",
            "LIC/23",
            "** Street Trading Policy Review",
            "Minutes:",
            "RESOLVED - That the revised policy be adopted.",
        ],
        [
            ("LIC/21", "Apologies for Absence"),
            ("LIC/22", "Declarations of Interest"),
            ("LIC/23", "Street Trading Policy Review"),
        ],
    ),
    (
        "web-minutes-single-letter-alone",
        [
            "Agenda and minutes",
            "# Annual Council",
            "Wednesday, 20 May 2026 6.00 p.m.",
            "Venue: Guildhall, Marlbeck",
            "Items",
            "No. Item",
            "A/1",
            "** Election of Chair",
            "To elect a Chair of the Council for the ensuing year.",
            "Minutes:",
            "RESOLVED - That Councillor Dunmore be elected Chair of the Council for the ensuing year.",
            "A/2",
            "** Appointment of Vice-Chair",
            "Minutes:",
            "RESOLVED - That Councillor Ibbot be appointed Vice-Chair.",
        ],
        [("A/1", "Election of Chair"), ("A/2", "Appointment of Vice-Chair")],
    ),
    (
        "parish-council-year-number-alone",
        [
            "Minutes of the Annual Meeting of Thornby Parva Parish Council held on Tuesday, 12th May, 2026",
            "in the Village Hall at 7.30 p.m.",
            "Present: Cllr. R. Haig (Chairman), Cllr. S. Penrose, Cllr. T. Olds",
            "In Attendance: Mrs. J. Coe, Clerk",
            "26/1",
            "ELECTION OF CHAIRMAN",
            "It was RESOLVED that Cllr. Haig be elected Chairman for the year 2026/27.",
            "26/2",
            "DECLARATION OF ACCEPTANCE OF OFFICE",
            "The Chairman signed the Declaration of Acceptance of Office.",
            "26/3",
            "APOLOGIES",
            "Apologies were received from Cllr. Bream.",
        ],
        [
            ("26/1", "ELECTION OF CHAIRMAN"),
            ("26/2", "DECLARATION OF ACCEPTANCE OF OFFICE"),
            ("26/3", "APOLOGIES"),
        ],
    ),
    (
        "web-minutes-lettered-item-alone",
        [
            "Agenda and minutes",
            "# Council - Wednesday, 18th March, 2026 6.00 pm",
            "Venue: Council Chamber, Town Hall, Ashcombe",
            "Items",
            "No. Item",
            "41.",
            "** Minutes pdf icon PDF 210 KB",
            "Minutes:",
            "The minutes of the meeting held on 21 January 2026 were received as a correct record.",
            "42.",
            "** Mayoral Communications",
            "42a",
            "** Civic Engagements pdf icon PDF 96 KB",
            "A list of the civic engagements is attached.",
            "Minutes:",
            "The Mayor drew attention to the list of engagements circulated to Members.",
            "43.",
            "** Public Question Time",
            "Minutes:",
            "No questions had been received.",
        ],
        [
            ("41", "Minutes"),
            ("42", "Mayoral Communications"),
            ("42a", "Civic Engagements"),
            ("43", "Public Question Time"),
        ],
    ),
    (
        "web-agenda-decimal-sub-item-alone",
        [
            "Agenda",
            "# Council - Monday, 27th April, 2026 6.30 pm",
            "Venue: Assembly Room, Kelmarsh Town Hall",
            "Items",
            "No. Item",
            "1.",
            "** Apologies",
            "2.",
            "** Declarations of Interest",
            "3.",
            "** Reports of the Cabinet",
            "3.1",
            "** Housing Allocations Policy pdf icon PDF 140 KB",
            "To consider the report of the Cabinet on the revised allocations scheme.",
            "3.2",
            "** Car Parking Tariffs",
            "To consider the report of the Cabinet on the tariffs for 2026/27.",
            "4.",
            "** Questions from Councillors",
        ],
        [
            ("1", "Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Reports of the Cabinet"),
            ("3.1", "Housing Allocations Policy"),
            ("3.2", "Car Parking Tariffs"),
            ("4", "Questions from Councillors"),
        ],
    ),
    (
        "borough-minutes-joined-letters",
        [
            "- 112 -",
            "# BARFORTH BOROUGH COUNCIL",
            "COUNCIL 4th March, 2026",
            "The meeting of Barforth Borough Council was held at the Town Hall on Wednesday, 4th March, 2026.",
            "Present",
            "Councillors A. Brook, C. Dale, E. Fenn, G. Hurst and J. Kemp",
            "CN71 Minutes",
            "The minutes of the meeting held on 14th January, 2026 were confirmed and signed by the Mayor.",
            "CN72 Declarations of Interest",
            "The declarations of interest are set out in the schedule attached to these minutes.",
            "CN73 Mayor's Announcements",
            "The Mayor thanked everyone who had supported the winter appeal.",
        ],
        [("CN71", "Minutes"), ("CN72", "Declarations of Interest"), ("CN73", "Mayor's Announcements")],
    ),
    (
        "parish-minutes-letter-number-column",
        [
            "# HAWKSWORTH PARISH COUNCIL",
            "Minutes of the meeting held on Thursday 7th May 2026 at the Methodist Hall",
            "Present: Councillor P Lyle, Councillor Orme, Councillor Vance",
            _cells("M1", "To elect a Chairman"),
            _cells("", "Councillor Orme was elected Chairman"),
            _cells("M2", "To receive apologies for absence"),
            _cells("", "Apologies were received from Councillor Tate"),
            _cells("M3", "To approve the minutes of the meeting held on 2nd April 2026"),
            _cells("", "The minutes were approved and signed"),
        ],
        [
            ("M1", "To elect a Chairman"),
            ("M2", "To receive apologies for absence"),
            ("M3", "To approve the minutes of the meeting held on 2nd April 2026"),
        ],
    ),
    (
        "club-minutes-coded-numbers",
        [
            "Minutes of the Management Committee Meeting held at Fellside Bowling Club on Monday 9th March 2026",
            "Attendance: R Gill, T Hale, S Jowett, M Kaye, L North.",
            "Apologies for Absence: P Rowe, D Sharp.",
            "MC032601 Minutes of the last Meeting.",
            "The minutes of the last meeting were approved and signed.",
            "MC032602 Matters Arising.",
            "The new mower has been delivered.",
            "MC032603 Treasurer's Report.",
            "The members' fund now stands at £2,140.",
        ],
        [
            ("MC032601", "Minutes of the last Meeting"),
            ("MC032602", "Matters Arising"),
            ("MC032603", "Treasurer's Report"),
        ],
    ),
    (
        "hall-agm-minutes-under-the-year",
        [
            "** 2026 AGM (annual general meeting)",
            "These are the minutes of this year's AGM of the Bramble Green Village Hall charity:",
            "1. Welcome and Introduction",
            "The chair welcomed the twelve members present.",
            "2. Apologies for absence",
            "Apologies were received from two trustees.",
            "3. Approval of Minutes of 2025 AGM",
            "These were approved.",
            "4. Treasurer's Report",
            "The hall's reserves stand at £8,200.",
        ],
        [
            ("1", "Welcome and Introduction"),
            ("2", "Apologies for absence"),
            ("3", "Approval of Minutes of 2025 AGM"),
            ("4", "Treasurer's Report"),
        ],
    ),
    (
        "town-minutes-under-one-minute-number",
        [
            "MINUTES OF THE COUNCIL MEETING HELD ON MONDAY 2 MARCH 2026 7.00 p.m.",
            "Councillors present: R Hale (Mayor), S Ince, T Jory, U Kemp",
            "In attendance: the Town Clerk",
            "Minute no. 5120/26",
            "1. Apologies for absence",
            "Apologies were received from Councillor Lamb.",
            "2. Declarations of interest",
            "None were declared.",
            "3. Mayor's announcements",
            "The Mayor had attended the county show.",
        ],
        [
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Mayor's announcements"),
        ],
    ),
]

# guards: pages that read the same before and after this round
GUARDS: list[tuple[str, list[Row], list[tuple[str | None, str]]]] = [
    (
        "roads-listed-under-a-numbered-minute",
        [
            "# MINSTEAD PARISH COUNCIL",
            "Minutes of the meeting held on Monday 13th April 2026 at 7.30pm in the Village Hall",
            "Present: Cllrs Abel (Chair), Burr, Cray",
            "1. Apologies for absence",
            "Apologies were received from Cllr Dunn.",
            "2. Highways",
            "The county council has programmed the following works:",
            "A38 Resurfacing between the two roundabouts in June",
            "A39 Drainage works at Mill Corner in July",
            "3. Planning",
            "No applications had been received.",
        ],
        [("1", "Apologies for absence"), ("2", "Highways"), ("3", "Planning")],
    ),
    (
        "section-cited-once-is-no-minute",
        [
            "# CALDER VALE TOWN COUNCIL",
            "Minutes of the meeting of the Town Council held on Tuesday 3rd March 2026",
            "Present: Cllrs Eyre, Fox, Gale",
            "1. Apologies",
            "None.",
            "2. Planning",
            "S106 Agreement monies from the Brook Lane development are still awaited.",
            "3. Finance",
            "The accounts for February were approved.",
        ],
        [("1", "Apologies"), ("2", "Planning"), ("3", "Finance")],
    ),
    (
        "web-agenda-one-line-decimal-items",
        [
            "Agenda",
            "# Cabinet - Thursday, 9th April, 2026 10.00 am",
            "Venue: Committee Room 2, Civic Centre, Dunholme",
            "1. Apologies",
            "2. Declarations of Interest",
            "3. Budget Monitoring",
            "3.1 Revenue Outturn",
            "3.2 Capital Programme",
            "4. Exclusion of the Press and Public",
        ],
        [
            ("1", "Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Budget Monitoring"),
            ("3.1", "Revenue Outturn"),
            ("3.2", "Capital Programme"),
            ("4", "Exclusion of the Press and Public"),
        ],
    ),
    (
        "web-agenda-lone-numbers-in-order",
        [
            "Agenda",
            "# Council - Monday, 11th May, 2026 7.00 pm",
            "Venue: Council Chamber, Eastleigh House",
            "Items",
            "No. Item",
            "1.",
            "** Apologies",
            "2.",
            "** Minutes of the Previous Meeting",
            "To confirm the minutes of the meeting held on 23rd March 2026, section 2.1 of which is corrected.",
            "3.",
            "** Petitions",
        ],
        [("1", "Apologies"), ("2", "Minutes of the Previous Meeting"), ("3", "Petitions")],
    ),
    (
        "web-minutes-plain-numbers-alone",
        [
            "Agenda and minutes",
            "# Council - Wednesday, 18th February, 2026 6.00 pm",
            "Venue: Council Chamber, Town Hall, Ashcombe",
            "Items",
            "No. Item",
            "31.",
            "** Minutes",
            "Minutes:",
            "The minutes of the meeting held on 10 December 2025 were received as a correct record.",
            "32.",
            "** Declarations of Interest",
            "Minutes:",
            "None were made.",
        ],
        [("31", "Minutes"), ("32", "Declarations of Interest")],
    ),
]

GUARDS += [
    (
        "parish-minutes-under-the-folio",
        [
            "112",
            "ASHWELL MAGNA PARISH COUNCIL",
            "Minutes of the Meeting of the Parish Council held on Thursday 16th April 2026 at 7.30 pm",
            "Present : Cllrs Tull (in the Chair), Ames, Birch and Cole",
            "In attendance: Mrs K Dale, Clerk to the Council",
            [(56, "Action by:", True)],
            "1 Apologies for absence",
            "Apologies were received from Cllr Eden.",
            "2 Declarations of interest",
            "There were none.",
            "3 Public discussion",
            "Two residents spoke about parking outside the school.",
            "4 Minutes of the last Meeting",
            "The minutes of the meeting held on 19th March 2026 were agreed and signed.",
        ],
        [
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Public discussion"),
            ("4", "Minutes of the last Meeting"),
        ],
    ),
    (
        "one-minute-listing-its-applications",
        [
            "# FERNLEY PARISH COUNCIL",
            "Minutes of the Planning Committee held on Tuesday 7th April 2026 at 7.00pm",
            "Present: Cllrs Marsh (Chair), Noble, Oakes",
            "85. Planning applications considered:",
            "1. 26/0112 Rose Cottage, Mill Lane - single storey rear extension",
            "2. 26/0118 The Old Forge, Church Street - replacement windows",
            "3. 26/0131 Land at Hill Farm - agricultural building",
        ],
        [("85", "Planning applications considered")],
    ),
]

# the two strict xfails left here (a lone figure over a series counting from 1: '2026 AGM', 'Minute no. 5120/26') pass
# from stop 57 (tests/test_segment_items57.py: the first heading read is dropped when the list then counts from 1)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("rows,expected", params_with_xfail(CASES, XFAIL))
def test_item_numbers_items55(tmp_path: Path, rows: list[Row], expected: list[tuple[str | None, str]]) -> None:
    assert items_of(tmp_path, rows) == expected


@pytest.mark.parametrize("rows,expected", params_with_xfail(GUARDS, XFAIL))
def test_item_numbers_items55_guards(tmp_path: Path, rows: list[Row], expected: list[tuple[str | None, str]]) -> None:
    assert items_of(tmp_path, rows) == expected
