"""Round items57 suite (issue #4, items recall): minute and agenda items that the readers missed on the first pages
of bodies never seen (training/first_pages.jsonl, design half), by the form of their numbering or heading line.

Forms, each seen in the pages of several bodies:
- a stray figure heading the page before a list numbered from 1 (a minute book's folio over the council's name, the
  year of an annual meeting, a town council's one minute number over its numbered business): read first, it made
  the list's 1, 2, 3 look like numbers going back. The first heading read is dropped when no heading read after it
  goes on in its scheme and, without it, the headings start at 1 and are two or more further;
- a numbered line in a gap of the list read (items 1 and 4 read, 2 and 3 not) that no heading rule took: a capitals
  heading run into its minute as the sentence's subject ('2.APOLOGIES FOR ABSENCE were received from …'), a numbered
  sentence ('2. Apologies were received from …'), a stop spaced off its number ('2 .DECLARATIONS'). The lines at the
  margin numbered 2 and 3, in order, with no other number between, are the items 2 and 3 (a capitals subject is the
  title);
- a heading line that stops short of no test before: the agenda's own words heading the minute, however long ('5. To
  confirm the minutes of the meetings held on … and of the extraordinary meetings held on …', with its lettered entry
  under it), a number alone on its line over its title (a web page's 'No. | Item' column: the title's line is the
  title whole, and the first of a running series, '57.26' with '58.26' the next, is read whatever its title's length);
- lettered entries under a numbered heading that no sub-item rule took (after a line of their own, or worded as
  sentences: '(a) Special Meeting of the Council held on …', 'a) RB reported on …', '(i) To approve the minutes of
  …'): a run from '(a)' (or '(i)') in order, two at least, at one indent, before the next heading, the first right
  under the heading or under a line ending with a colon, and not the clauses of a resolution; so too decimal
  entries each a heading run into its minute after a colon or a dash ('1.1 Apologies: T Reid', '2.1 Police Report –
  Two incidents were …'), '1.1' and '1.2' in order (a decimal opening a sentence is a numbered paragraph).

Pages are drawn with ``segment_cases.render``; names, places, dates and numbers are made up. Guards read the same
before this stop's rules and after them (each guards one of them: a list inside a minute, a resolution's clauses).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segment_cases import Row, items_of

Expected = list[tuple[str | None, str]]

CASES: list[tuple[str, list[Row], Expected]] = [
    (
        "society-meeting-under-its-year",
        [
            "** 2025 Annual Meeting of the Friends of Lowmoor Park",
            "Minutes of the annual meeting, held in the park pavilion on a wet evening:",
            "1. Opening remarks",
            "The chair thanked the volunteers for a busy year.",
            "2. Apologies",
            "Four members sent apologies.",
            "3. Accounts for the year",
            "The accounts were received and adopted.",
        ],
        [("1", "Opening remarks"), ("2", "Apologies"), ("3", "Accounts for the year")],
    ),
    (
        "town-business-under-a-minute-number",
        [
            "MINUTES OF THE TOWN COUNCIL MEETING HELD ON TUESDAY 14 APRIL 2026 6.30 p.m.",
            "Councillors present: P Abney (Mayor), R Bolt, S Crane, T Dyer",
            "In attendance: the Deputy Town Clerk",
            "Min. No. 731/26",
            "1. Apologies for absence",
            "Apologies were received from Councillor Elms.",
            "2. Declarations of interest",
            "None were declared.",
            "3. Mayor's engagements",
            "The Mayor had opened the new library.",
        ],
        [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Mayor's engagements")],
    ),
    (
        "community-council-capitals-headings-run-on",
        [
            "MINUTES OF THE MEETING OF THE BRAEHILL COMMUNITY COUNCIL HELD IN THE KIRK HALL ON MONDAY, 9TH MARCH 2026.",
            "1. THOSE PRESENT:",
            "Community Councillors Ross Airlie (Chair), Iona Baird (Secretary) and Fraser Cowan.",
            "2.APOLOGIES FOR ABSENCE were received from Morag Dunlop and Hamish Ewart.",
            "3.APPROVAL OF THE MINUTES OF THE MEETING HELD ON 9th FEBRUARY, 2026:",
            "Proposed by Iona Baird and seconded by Fraser Cowan.",
            "4.MATTERS ARISING FROM THE MINUTES NOT COVERED ELSEWHERE ON THE AGENDA",
            "The bench at the war memorial has been repaired at last.",
            "5.DECLARATIONS OF INTEREST – there were none.",
        ],
        [
            ("1", "THOSE PRESENT"),
            ("2", "APOLOGIES FOR ABSENCE"),
            ("3", "APPROVAL OF THE MINUTES OF THE MEETING HELD ON 9th FEBRUARY, 2026"),
            ("4", "MATTERS ARISING FROM THE MINUTES NOT COVERED ELSEWHERE ON THE AGENDA"),
            ("5", "DECLARATIONS OF INTEREST"),
        ],
    ),
    (
        "trust-minutes-numbered-sentences",
        [
            "Minutes of the Trustees' Meeting held on Thursday 12 March 2026 at 6.30pm",
            "1. Ailsa Grant chaired the meeting and welcomed the trustees.",
            "2. Apologies were received from Neil Orr and Kate Pym.",
            "3. Present: Ailsa Grant, Tom Quin, Rhona Salt and Will Tait.",
            "4. No conflicts of interest were declared.",
            "5. The minutes of the February meeting were presented and approved.",
            "6. Matters arising from the minutes",
            "The new boiler has been fitted in the hall.",
        ],
        [
            ("1", "Ailsa Grant chaired the meeting and welcomed the trustees"),
            ("2", "Apologies were received from Neil Orr and Kate Pym"),
            ("3", "Present"),
            ("4", "No conflicts of interest were declared"),
            ("5", "The minutes of the February meeting were presented and approved"),
            ("6", "Matters arising from the minutes"),
        ],
    ),
    (
        "district-minutes-spaced-stop",
        [
            "# LOUGHMERE DISTRICT COUNCIL",
            "Minutes of proceedings of a meeting of the Environment Committee held in the Council Chamber on Tuesday"
            " 10 March 2026.",
            "Present: R Tully, Chairman; Councillors Upton, Vale and Wren",
            "1 APOLOGIES",
            "Apologies were received on behalf of Councillor Yeats.",
            "2 .DECLARATIONS OF INTEREST",
            "There were no declarations of interest.",
            "3 PRESENTATIONS",
            "The Chairman welcomed the officers of the roads service to the meeting.",
        ],
        [("1", "APOLOGIES"), ("2", "DECLARATIONS OF INTEREST"), ("3", "PRESENTATIONS")],
    ),
    (
        "community-minutes-long-agenda-wording",
        [
            "Minutes of the Ordinary Meeting of the Community Council held on Monday 9th November 2026 at 7:00pm in the"
            " Institute.",
            "Cllrs: Dai Morgan (Chair), Eirlys Rowe, Gwen Thomas, Ifor Upton.",
            "1.To receive apologies.",
            "Cllr Wyn Evans.",
            "2.Declarations of interest.",
            "None.",
            "3.To confirm the minutes of the Ordinary Meetings held on 13th July 2026 and 14th September 2026 and of"
            " the Extraordinary Meetings held on 3rd August 2026 and 5th October 2026.",
            "a) Minutes of the Ordinary Meeting held on 12th October 2026 were approved by Council",
            "Proposed E.R. Seconded: G.T.",
        ],
        [
            ("1", "To receive apologies"),
            ("2", "Declarations of interest"),
            (
                "3",
                "To confirm the minutes of the Ordinary Meetings held on 13th July 2026 and 14th September 2026 and of"
                " the Extraordinary Meetings held on 3rd August 2026 and 5th October 2026",
            ),
        ],
    ),
    (
        "web-minutes-lone-numbers-long-titles",
        [
            "Agenda and minutes",
            "Venue: Council Chamber, County Buildings, Ardmore",
            "Items",
            "No. Item",
            "57.26",
            "Disclosure of Conflicts of Interest (Section 12 of the Local Authorities Act 2009 as amended)",
            "Minutes:",
            "There were no conflicts of interest declared by the Members.",
            "58.26",
            "Adoption of Minutes",
            "Minutes:",
            "It was agreed to adopt the minutes of the Plenary Meeting of 20 July 2026.",
            "59.26",
            "Matters Arising",
            "Minutes:",
            "There were no matters arising.",
        ],
        [
            ("57.26", "Disclosure of Conflicts of Interest (Section 12 of the Local Authorities Act 2009 as amended)"),
            ("58.26", "Adoption of Minutes"),
            ("59.26", "Matters Arising"),
        ],
    ),
    (
        "web-minutes-lone-number-over-a-long-capitals-title",
        [
            "Cabinet - Tuesday, 17th November, 2026 7.00 pm - Agenda and draft minutes",
            "Venue: Council Chamber, Civic Offices, Elmbridge Vale",
            "Items",
            "No. Item",
            "61.",
            "DECLARATIONS OF INTEREST",
            "Minutes:",
            "No declarations of interest were made.",
            "62.",
            "QUARTERLY PERFORMANCE REPORT AND RISK REGISTER UPDATE FOR JULY TO SEPTEMBER 2026/27 pdf icon PDF 310 KB",
            "which the Head of Finance introduced, taking members through each of the measures that had slipped.",
        ],
        [
            ("61", "DECLARATIONS OF INTEREST"),
            ("62", "QUARTERLY PERFORMANCE REPORT AND RISK REGISTER UPDATE FOR JULY TO SEPTEMBER 2026/27"),
        ],
    ),
    (
        "city-minutes-lettered-meetings-after-a-line",
        [
            "MINUTES OF PROCEEDINGS AT MEETING OF THE CITY COUNCIL HELD IN THE COUNCIL CHAMBER, KILBRANNAN, ON MONDAY,"
            " 27TH APRIL, 2026, AT 3.00 P.M.",
            "PRESENT IN THE CHAIR: Councillor D. Rourke, Mayor.",
            "MEMBERS PRESENT: Councillors Ahern, Barry, Coady, Dolan, Egan.",
            "1. Adoption of Minutes",
            "Circulated, copy of draft Minutes of the following Meetings:",
            "(a) Special Meeting of the Council held on 2nd March, 2026.",
            "(b) Ordinary Meeting of the Council held on 23rd March, 2026.",
            "(c) Special Meeting of the Council held on 30th March, 2026.",
            "Proposed by Councillor Egan;",
            "Seconded by Councillor Barry;",
            "And Resolved:",
            "“That the draft Minutes, as circulated, be taken as read and adopted and signed.”",
        ],
        [
            ("1", "Adoption of Minutes"),
            ("1(a)", "Special Meeting of the Council held on 2nd March, 2026"),
            ("1(b)", "Ordinary Meeting of the Council held on 23rd March, 2026"),
            ("1(c)", "Special Meeting of the Council held on 30th March, 2026"),
        ],
    ),
    (
        "club-minutes-lettered-sentences",
        [
            "Minutes of the Committee Meeting held on Wed. 11 March 2026 at 7.00pm",
            "1. Rhona Bell chaired the meeting and welcomed members.",
            "2. Apologies were received from Sam Carr.",
            "3. Matters arising from the minutes:",
            "a) RB reported on her talks with the county's access officer about the riverside path.",
            "b) RB noted that the contact in regard to the grant for the pavilion roof is Tom Vine.",
            "4. Treasurer's report.",
            "The balance stands at £3,120.",
        ],
        [
            ("1", "Rhona Bell chaired the meeting and welcomed members"),
            ("2", "Apologies were received from Sam Carr"),
            ("3", "Matters arising from the minutes"),
            ("3(a)", "RB reported on her talks with the county's access officer about the riverside path"),
            (
                "3(b)",
                "RB noted that the contact in regard to the grant for the pavilion roof is Tom Vine",
            ),
            ("4", "Treasurer's report"),
        ],
    ),
    (
        "county-minutes-roman-entries",
        [
            "Minutes of the Monthly Meeting of the County Council held on Monday 23rd November 2026 at 3.00pm",
            "Present: Councillors Fahy, Garvey, Hynes, Joyce",
            "1. Minutes",
            "(i) To approve the minutes of the October Monthly Meeting held in the Chamber on 26th October 2026.",
            "Minutes of October Monthly Meeting 26th October 2026",
            "(ii) To note the minutes of the Corporate Policy Group held in the Board Room on 18th November 2026.",
            "2. Management Report",
            "The Chief Executive's report for October was noted.",
        ],
        [
            ("1", "Minutes"),
            (
                "1(i)",
                "To approve the minutes of the October Monthly Meeting held in the Chamber on 26th October 2026",
            ),
            ("1(ii)", "To note the minutes of the Corporate Policy Group held in the Board Room on 18th November 2026"),
            ("2", "Management Report"),
        ],
    ),
    (
        "community-council-decimal-entries-run-in",
        [
            "Present: R Gunn (Chair), H Laird (Vice), D Muir (minutes), B Niven",
            "Attendance: Cllr Ogg, Cllr Pryde, F Rennie (Bus Users Group)",
            "Item 1 Agenda:",
            "1.1 Apologies: T Reid, J Moss",
            "1.2 Declaration of Interest: to be declared when needed during the meeting.",
            "Item 2 Public Session:",
            "2.1 Police Report – Two incidents were reported in the village during March, both of them thefts.",
            "2.2 Any other public business – A resident asked about the changes to the bus timetable.",
        ],
        [
            ("1", "Agenda"),
            ("1.1", "Apologies"),
            ("1.2", "Declaration of Interest"),
            ("2", "Public Session"),
            ("2.1", "Police Report"),
            ("2.2", "Any other public business"),
        ],
    ),
]

GUARDS: list[tuple[str, list[Row], Expected]] = [
    (
        "lettered-points-inside-a-minute-stay-text",
        [
            "# ABBOTS LEIGH TOWN COUNCIL",
            "Minutes of the meeting held on Monday 11th May 2026 at 7.00pm",
            "Present: Cllrs Nash, Orme, Pitt",
            "1. Apologies",
            "None.",
            "2. Correspondence",
            "Two letters were received from residents of the estate.",
            "(a) The bus shelter on Mill Road has been damaged again.",
            "(b) The steps of the war memorial are slippery in the rain.",
            "3. Planning",
            "No applications had been received.",
        ],
        [("1", "Apologies"), ("2", "Correspondence"), ("3", "Planning")],
    ),
    (
        "resolutions-under-a-minute-keep-the-minute",
        [
            "# HARROWDEAN PARISH COUNCIL",
            "Minutes of the meeting held on Thursday 15th January 2026 at 7.00pm in the Village Hall",
            "Present: Cllrs Quill, Rook, Snell",
            "** 12. Precept 2026/27",
            "RESOLVED:",
            "1. That the budget for 2026/27 be adopted as set out in the schedule.",
            "2. That the precept be set at £18,200 for the year.",
            "3. That the Clerk send the precept form to the district council.",
            "** 13. Date of next meeting",
            "The next meeting will be held on 12th February 2026.",
        ],
        [("12", "Precept 2026/27"), ("13", "Date of next meeting")],
    ),
    (
        "numbered-paragraphs-stay-paragraphs",
        [
            "# KIRKTON OF ARDLE COMMUNITY COUNCIL",
            "Minutes of the meeting held on Tuesday 10th March 2026 at 7.30pm in the School",
            "Present: R Gunn (Chair), H Laird, D Muir",
            "1. Apologies",
            "None.",
            "2. Finance",
            "2.1 The treasurer reported a balance of £4,020 at the end of February.",
            "2.2 The council agreed the payments listed in the schedule.",
            "3. Planning",
            "No applications had been received.",
        ],
        [("1", "Apologies"), ("2", "Finance"), ("3", "Planning")],
    ),
    (
        "a-resolutions-clauses-stay-text",
        [
            "# ABBOTS LEIGH TOWN COUNCIL",
            "Minutes of the meeting held on Monday 9th March 2026 at 7.00pm",
            "Present: Cllrs Nash, Orme, Pitt",
            "1. Apologies",
            "None.",
            "2. Allotments",
            "After discussion it was RESOLVED that:",
            "(a) The rents for 2026/27 stay as they are;",
            "(b) The clerk writes to the tenants of plots 4 and 9.",
            "3. Planning",
            "No applications had been received.",
        ],
        [("1", "Apologies"), ("2", "Allotments"), ("3", "Planning")],
    ),
    (
        "lettered-entries-not-from-the-first-stay-text",
        [
            "# ABBOTS LEIGH TOWN COUNCIL",
            "Minutes of the meeting held on Monday 13th April 2026 at 7.00pm",
            "Present: Cllrs Nash, Orme, Pitt",
            "1. Apologies",
            "None.",
            "2. Correspondence",
            "Letters were received about the following matters, the first two dealt with last month:",
            "(c) The bus shelter on Mill Road.",
            "(d) The state of the war memorial steps.",
            "3. Planning",
            "No applications had been received.",
        ],
        [("1", "Apologies"), ("2", "Correspondence"), ("3", "Planning")],
    ),
    (
        "a-numbered-resolution-in-sequence-stays-a-paragraph",
        [
            "# FENWICK MOOR PARISH COUNCIL",
            "Minutes of the meeting held on Tuesday 3rd March 2026 at 7.30pm",
            "Present: Cllrs Kerr, Lomax, Mayne",
            "1. Apologies",
            "None.",
            "2. Hedges",
            "Residents have complained about the overgrown hedge on the lane to the school, which narrows the road.",
            "3. To ensure that the hedge is cut back before the nesting season the clerk will write to the landowner"
            " and to the tenant farmer at once, and will report back to the council at its next meeting in April.",
            "The chairman thanked the residents for raising the matter.",
        ],
        [("1", "Apologies"), ("2", "Hedges")],
    ),
    (
        "a-lone-year-over-a-sentence-is-no-item",
        [
            "# FENWICK MOOR PARISH COUNCIL",
            "Minutes of the meeting held on Tuesday 7th April 2026 at 7.30pm",
            "Present: Cllrs Kerr, Lomax, Mayne",
            "1. Apologies",
            "None.",
            "2. Budget",
            "The council set its budget at the figures below, after a long discussion of the village hall's needs.",
            "2027",
            "The precept will rise by two per cent over the year before, as the finance group had recommended.",
        ],
        [("1", "Apologies"), ("2", "Budget")],
    ),
    (
        "a-gap-with-a-number-missing-stays",
        [
            "# ORCHARD LEA PARISH COUNCIL",
            "Minutes of the meeting held on Monday 2nd March 2026 at 7.30pm",
            "Present: Cllrs Hart, Irwin, Judd",
            "1. Apologies",
            "None.",
            "2. The clerk was asked to chase the contractor about the gate.",
            "4. Planning",
            "No applications had been received.",
        ],
        [("1", "Apologies"), ("4", "Planning")],
    ),
    (
        "an-indented-number-fills-no-gap",
        [
            "# ORCHARD LEA PARISH COUNCIL",
            "Minutes of the meeting held on Monday 6th April 2026 at 7.30pm",
            "Present: Cllrs Hart, Irwin, Judd",
            "1. Apologies",
            "None.",
            ">>2 Hart Lane was swept in March, the council heard.",
            "3. Highways",
            "The potholes on the hill have been reported again.",
        ],
        [("1", "Apologies"), ("3", "Highways")],
    ),
    (
        "folio-over-parish-minutes",  # the folio is the page's furniture here, before and after
        [
            "214",
            "# QUARLEY BRIDGE PARISH COUNCIL",
            "Minutes of the Meeting of the Parish Council held on Monday 9th March 2026 at 7.00 pm in the Reading Room",
            "Present: Cllrs Pell (in the Chair), Rowe, Sykes and Tamm",
            "1 Apologies for absence",
            "Apologies were received from Cllr Venn.",
            "2 Declarations of interest",
            "There were none.",
            "3 Open forum",
            "A resident asked about the state of the footpath by the ford.",
            "4 Minutes of the last meeting",
            "The minutes of the meeting held on 9th February 2026 were agreed and signed.",
        ],
        [
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Open forum"),
            ("4", "Minutes of the last meeting"),
        ],
    ),
    (
        "running-minute-numbers-keep-their-first",
        [
            "# HOLLINGTON TOWN COUNCIL",
            "Minutes of the meeting held on Wednesday 6th May 2026 at 7.00pm",
            "Present: Cllrs Ash, Birch, Cedar",
            "85 Apologies",
            "Apologies were received from Cllr Dunn.",
            "86 Grants",
            "The council considered these requests:",
            "1. Youth club for a new kettle",
            "2. Bowls club for a roller",
            "87 Planning",
            "No applications had been received.",
        ],
        [("85", "Apologies"), ("86", "Grants"), ("87", "Planning")],
    ),
    (
        "one-more-after-a-stray-figure-stays",
        [
            "# WESTBY PARISH COUNCIL",
            "Minutes of the meeting held on Monday 4th May 2026 at 7.30pm",
            "Present: Cllrs Ford, Gale",
            "40 Apologies",
            "None.",
            "1. Planning",
            "No applications had been received.",
        ],
        [("40", "Apologies")],
    ),
]


@pytest.mark.parametrize("rows,expected", [pytest.param(*case[1:], id=case[0]) for case in CASES])
def test_items57(tmp_path: Path, rows: list[Row], expected: Expected) -> None:
    assert items_of(tmp_path, rows) == expected


@pytest.mark.parametrize("rows,expected", [pytest.param(*case[1:], id=case[0]) for case in GUARDS])
def test_items57_guards(tmp_path: Path, rows: list[Row], expected: Expected) -> None:
    assert items_of(tmp_path, rows) == expected
