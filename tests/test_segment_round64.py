"""Round seg64 suite (issue #4): agenda and minute items that are easy to miss, and the body and committee of papers
that name them in ways no earlier round drew.

Items: a frontsheet whose numbers and titles sit in separate table cells, a title wrapping to three lines, ranges
in a right column; agendas whose items carry no number, their titles only in bold or only in capitals; an agenda in
parts whose numbers restart ('PART A' 1-5, 'PART B' 1-3); a full council's agenda whose questions are items 'Q1'
… 'Q4', and one whose 'Notices of Motion' item lists 'Motion 1 – …' lines under it (no items of their own);
petitions and deputations as lettered sub-items ('(a)' under item 5); a parish agenda whose items are
'To receive …' / 'To consider …' lines alone with no number (the line is the title, as the dev golds' parish
agendas give it), and a district agenda whose headings carry a 'To consider the report of …' purpose line under
them (the heading is the title, the purpose line no part of it); minutes whose numbers stand in a left margin and
whose titles are run in bold at the start of the paragraph ('Planning applications. The Council considered …');
minutes that print their short opening items two to a line in a grid.
Bodies and committees: area planning committees and sub-committees named with their parent ('Planning Committee
(North)', 'Licensing Sub-Committee'); a police and crime panel whose name carries its area ('Kent and Medway Police
and Crime Panel' style) with and without a host council above it; a joint committee of two councils; bodies named
only in a logo's text at the top right or only in a footer; a town council whose heading is its mayor's style ('The
Worshipful the Mayor of Ashcombe'); papers whose heading names two bodies ('Hosted by X on behalf of Y').

The truth follows corpus/gold/README.md and the dev golds: items as printed, number without its punctuation ('Q1'
kept whole as printed, '5(a)' for '(a)' under item 5), None where no number is printed, titles with wrapped lines
joined by one space; a panel or joint committee under its host council's name has the host as body (round 61's
hosted police panel); a committee's body is the council that holds it.

Checks: 'items' (number and folded title, in order) and the document fields (meeting_date, body, committee, doc_type)
as `agendaparse eval` compares them; ANY where the conventions leave a field open (the body of a panel 'Hosted by X
on behalf of' the councils, of a joint committee 'Administered by' one of them; the committee of a partnership's
board). Nine papers are also drawn plain (one font, as a Word export).

Pass before (HEAD 4fa711a, the code before this round): the first set (23 papers and three plain copies, written
before any fix) 143 of 157 (its grid minutes were redrawn after the first run with titles alone in the grid cells,
'1. Welcome   2. Apologies', as round 13's rule cuts 'Apologies: none' at its colon; they failed either way); the
whole suite (with three more papers, two of them guards, and six more plain copies, run against that code too) 168
of 186. The misses: unnumbered agendas read as no items at all (titles only in bold, only in capitals, or 'To
receive …' lines alone; drawn and plain), and 'Minutes of the previous meeting' (a bold unnumbered title over 'To
approve the minutes of the meeting held on …') read as committee 'previous'; 'Question 1 from Cllr …' and 'Motion 1
- …' lines indented under 'Questions from Members' / 'Notices of Motion' joined to those titles; 'Q1' … 'Q4' numbers
read as no items; minutes whose grid prints two headings to a line lost the second of each pair (drawn and plain);
run-in bold titles after a plain margin number lost or kept their minute ('C/101', 'Date of next meeting: Tuesday 17
March 2026.'); unnumbered bold headings over one-line minutes read as no items; 'Planning Committee (North)' read as
'Planning Committee' (drawn and plain); and (a guard) bold notes under a numbered list ('Public Participation') read
as the committee, the heading lines passing over the list to make the note seem to follow 'AGENDA'.
After: 180 of 186, 6 strict xfails (the 'Q1' numbers, drawn and plain; the run-in bold titles after a plain margin
number, drawn and plain; the unnumbered bold headings over one-line minutes). Rules: agenda_list: where a frontsheet
gives no numbered item, the lines under its 'AGENDA' heading of one kind at one margin (three at least) are its
items with number null: 'To receive …' lines where every line of the list is one, else short bold lines in the
text's size, else short lines in capitals; 'Question 1 from …', 'Motion 2 - …', 'Petition 1: …', 'Deputation 1 - …'
indented past the item's line are the entries it takes, not its title's wrapped lines. minutes: a line of two
headings side by side, the second numbered next ('1. Welcome   2. Apologies'), is two headings at the margin.
committees: 'previous' / 'last' / 'next' alone before 'meeting' names no committee; an area in brackets ('(North)',
'(South)', '(Central)', '(Rural)') stays in the committee's name; the line taken as the committee for following
'Agenda' must be printed right under it on its page.
"""

from __future__ import annotations

import pytest

from segment_cases import (
    ANY,
    Paper,
    folded,
    of_body,
    own_meeting,
    paper_check_params,
    plain,
    read_papers_fixture,
    same_field,
)

FIELDS = ("meeting_date", "body", "committee", "doc_type")
NUM, TITLE, RIGHT = 56, 100, 480


def _row(number: str, title: str, pages: str = "", bold: bool = False, x: float = NUM) -> list[tuple]:
    return [(x, number, bold), (TITLE if x == NUM else x + 44, title, bold), *([(RIGHT, pages)] if pages else [])]


def _more(title: str, bold: bool = False) -> list[tuple]:
    """A title's wrapped line in the title cell alone."""
    return [(TITLE, title, bold)]


# ================================================================ items in cells, unnumbered, restarting


def cells_title_wraps_three_lines() -> Paper:
    """A district frontsheet in a borderless table: number cell, title cell wrapping to three lines, page cell."""
    return Paper(
        rows=[
            "# Wealdmoor District Council",
            "## Cabinet",
            "** Wednesday 11 March 2026 at 6.30 pm",
            "Council Chamber, Civic Centre, Wealdmoor",
            "** AGENDA",
            _row("1.", "Apologies for Absence"),
            _row("2.", "Declarations of Interest"),
            _row("3.", "Minutes of the meeting held on 11 February 2026", "1 - 6"),
            _row("4.", "Housing Revenue Account Business Plan 2026-2056, including the", "7 - 48"),
            _more("rent setting policy, the stock condition survey findings and the"),
            _more("capital programme for the decarbonisation of council homes"),
            _row("5.", "Local Plan Review - Regulation 18 Consultation", "49 - 120"),
            _row("6.", "Award of the Grounds Maintenance Contract for the period 2026", "121 - 130"),
            _more("to 2031 following the competitive tender exercise undertaken"),
            _more("in accordance with the Procurement Act 2023"),
            _row("7.", "Exclusion of the Press and Public"),
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the meeting held on 11 February 2026"),
            (
                "4",
                "Housing Revenue Account Business Plan 2026-2056, including the rent setting policy, the stock "
                "condition survey findings and the capital programme for the decarbonisation of council homes",
            ),
            ("5", "Local Plan Review - Regulation 18 Consultation"),
            (
                "6",
                "Award of the Grounds Maintenance Contract for the period 2026 to 2031 following the competitive "
                "tender exercise undertaken in accordance with the Procurement Act 2023",
            ),
            ("7", "Exclusion of the Press and Public"),
        ],
        fields=of_body("Wealdmoor District Council", "Cabinet", "2026-03-11", "agenda_pack"),
    )


def unnumbered_bold_titles() -> Paper:
    """A town council's agenda whose items carry no number: each title a bold line, a sentence under some."""
    return Paper(
        rows=[
            "# Ashcombe Town Council",
            "## Meeting of the Town Council",
            "Monday 9 March 2026 at 7.00 pm, Guildhall, Ashcombe",
            "## AGENDA",
            "** Apologies for absence",
            "** Declarations of interest",
            "** Minutes of the previous meeting",
            "To approve the minutes of the meeting held on 9 February 2026.",
            "** Public participation",
            "** Town Mayor's announcements",
            "** Finance and accounts for payment",
            "To approve the schedule of payments for February 2026.",
            "** Christmas lights contract",
        ],
        items=[
            (None, "Apologies for absence"),
            (None, "Declarations of interest"),
            (None, "Minutes of the previous meeting"),
            (None, "Public participation"),
            (None, "Town Mayor's announcements"),
            (None, "Finance and accounts for payment"),
            (None, "Christmas lights contract"),
        ],
        fields=own_meeting("Ashcombe Town Council", "2026-03-09", "agenda_pack"),
    )


def unnumbered_caps_titles() -> Paper:
    """A parish agenda whose unnumbered items are titles in capitals, plain weight, a sentence under each."""
    return Paper(
        rows=[
            "# Little Wenham Parish Council",
            "Notice is hereby given that a meeting of the Parish Council will be held on",
            "Tuesday 17 March 2026 at 7.30 pm in the Village Hall.",
            "AGENDA",
            "APOLOGIES",
            "To receive apologies for absence.",
            "DECLARATIONS OF INTEREST",
            "To receive declarations of interest in items on the agenda.",
            "MINUTES",
            "To approve the minutes of the meeting held on 17 February 2026.",
            "PLANNING",
            "To consider planning application DC/26/0412/HH, 3 Church Lane.",
            "HIGHWAYS",
            "To receive an update on the speed indicator device.",
            "CORRESPONDENCE",
        ],
        items=[
            (None, "APOLOGIES"),
            (None, "DECLARATIONS OF INTEREST"),
            (None, "MINUTES"),
            (None, "PLANNING"),
            (None, "HIGHWAYS"),
            (None, "CORRESPONDENCE"),
        ],
        fields=own_meeting("Little Wenham Parish Council", "2026-03-17", "agenda_pack"),
    )


def parts_restart_numbering() -> Paper:
    """A district agenda in two parts whose numbers restart: 'PART A' 1-5 then 'PART B' 1-3."""
    return Paper(
        rows=[
            "# Kestrel District Council",
            "## Planning Committee",
            "** Thursday 19 March 2026 at 6.00 pm",
            "** AGENDA",
            "** PART A - MATTERS FOR DECISION",
            _row("1.", "Apologies for Absence"),
            _row("2.", "Declarations of Interest"),
            _row("3.", "Minutes of the meeting held on 19 February 2026", "1 - 8"),
            _row("4.", "25/01234/FUL - Land at Mill Farm, Oakley", "9 - 40"),
            _row("5.", "25/01502/OUT - Former Depot, Station Road", "41 - 70"),
            "** PART B - MATTERS FOR INFORMATION",
            _row("1.", "Appeal Decisions", "71 - 80"),
            _row("2.", "Enforcement Update", "81 - 86"),
            _row("3.", "Planning Performance Quarter 3", "87 - 92"),
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the meeting held on 19 February 2026"),
            ("4", "25/01234/FUL - Land at Mill Farm, Oakley"),
            ("5", "25/01502/OUT - Former Depot, Station Road"),
            ("1", "Appeal Decisions"),
            ("2", "Enforcement Update"),
            ("3", "Planning Performance Quarter 3"),
        ],
        fields=of_body("Kestrel District Council", "Planning Committee", "2026-03-19", "agenda_pack"),
    )


# ================================================================ questions, motions, petitions, deputations


def questions_as_items() -> Paper:
    """A council's question time paper: the questions are the items, numbered 'Q1' … 'Q4' in the number column."""
    return Paper(
        rows=[
            "# Marlshire County Council",
            "## County Council",
            "** Thursday 26 March 2026 at 10.00 am",
            "** AGENDA",
            _row("1.", "Apologies for Absence"),
            _row("2.", "Declarations of Interest"),
            _row("Q1", "Question from Cllr Ann Beckett to the Leader on bus subsidies"),
            _row("Q2", "Question from Cllr Tom Rudd to the Cabinet Member for Highways"),
            _row("Q3", "Question from Cllr Priya Shah on school transport"),
            _row("Q4", "Question from Cllr John Ellis on the waste contract"),
            _row("3.", "Leader's Report"),
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("Q1", "Question from Cllr Ann Beckett to the Leader on bus subsidies"),
            ("Q2", "Question from Cllr Tom Rudd to the Cabinet Member for Highways"),
            ("Q3", "Question from Cllr Priya Shah on school transport"),
            ("Q4", "Question from Cllr John Ellis on the waste contract"),
            ("3", "Leader's Report"),
        ],
        fields=of_body("Marlshire County Council", "County Council", "2026-03-26", "agenda_pack"),
    )


def motions_listed_under_item() -> Paper:
    """A borough council's agenda: 'Motion 1 – …' and 'Question 1 from Cllr …' lines indented under their
    item ('Notices of Motion', 'Questions from Members'); they are the item's content, not items or its title."""
    return Paper(
        rows=[
            "# Hallbridge Borough Council",
            "## Council",
            "** Wednesday 25 March 2026 at 7.00 pm",
            "** AGENDA",
            _row("1.", "Apologies for Absence"),
            _row("2.", "Minutes of the meeting held on 25 February 2026", "1 - 10"),
            _row("3.", "Mayor's Announcements"),
            _row("4.", "Questions from Members", "11 - 14"),
            ">>Question 1 from Cllr Ruth Lacey to the Leader of the Council",
            ">>Question 2 from Cllr Owen Hale to the Portfolio Holder for Housing",
            _row("5.", "Notices of Motion", "15 - 18"),
            ">>Motion 1 - Climate Emergency Action Plan (Cllr Lacey)",
            ">>Motion 2 - Pavement Parking (Cllr Hale)",
            _row("6.", "Recommendations from Cabinet", "19 - 30"),
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Minutes of the meeting held on 25 February 2026"),
            ("3", "Mayor's Announcements"),
            ("4", "Questions from Members"),
            ("5", "Notices of Motion"),
            ("6", "Recommendations from Cabinet"),
        ],
        fields=of_body("Hallbridge Borough Council", "Council", "2026-03-25", "agenda_pack"),
    )


def petitions_deputations_subitems() -> Paper:
    """A city council's agenda: petitions and deputations as lettered sub-items under their items."""
    return Paper(
        rows=[
            "# Norchester City Council",
            "## Council",
            "** Tuesday 24 March 2026 at 2.00 pm",
            "** AGENDA",
            _row("1.", "Apologies"),
            _row("2.", "Declarations of Interest"),
            _row("3.", "Petitions"),
            [(TITLE, "(a)"), (TITLE + 28, "Save Elm Park Library")],
            [(TITLE, "(b)"), (TITLE + 28, "Traffic Calming on Albion Road")],
            _row("4.", "Deputations"),
            [(TITLE, "(a)"), (TITLE + 28, "Norchester Cycling Campaign - Cycle Lanes")],
            [(TITLE, "(b)"), (TITLE + 28, "Friends of Castle Green - Events Policy")],
            _row("5.", "Budget and Council Tax 2026/27", "1 - 64"),
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Petitions"),
            ("3(a)", "Save Elm Park Library"),
            ("3(b)", "Traffic Calming on Albion Road"),
            ("4", "Deputations"),
            ("4(a)", "Norchester Cycling Campaign - Cycle Lanes"),
            ("4(b)", "Friends of Castle Green - Events Policy"),
            ("5", "Budget and Council Tax 2026/27"),
        ],
        fields=of_body("Norchester City Council", "Council", "2026-03-24", "agenda_pack"),
    )


def to_receive_lines_alone() -> Paper:
    """A parish agenda whose items are 'To receive …' / 'To consider …' lines alone, no number: each line a title."""
    return Paper(
        rows=[
            "# Ashby Parva Parish Council",
            "Meeting of the Parish Council, Thursday 12 March 2026 at 7.30 pm, Village Hall",
            "AGENDA",
            "To receive apologies for absence",
            "To receive declarations of interest",
            "To approve the minutes of the meeting held on 12 February 2026",
            "To receive the Clerk's report",
            "To consider the quotation for the repair of the bus shelter",
            "To agree the date of the next meeting",
        ],
        items=[
            (None, "To receive apologies for absence"),
            (None, "To receive declarations of interest"),
            (None, "To approve the minutes of the meeting held on 12 February 2026"),
            (None, "To receive the Clerk's report"),
            (None, "To consider the quotation for the repair of the bus shelter"),
            (None, "To agree the date of the next meeting"),
        ],
        fields=own_meeting("Ashby Parva Parish Council", "2026-03-12", "agenda_pack"),
    )


def purpose_line_under_heading() -> Paper:
    """A district agenda: each numbered heading with a 'To consider the report of …' line under it (no title)."""
    return Paper(
        rows=[
            "# Kestrel District Council",
            "## Overview and Scrutiny Committee",
            "** Monday 16 March 2026 at 6.00 pm",
            "** AGENDA",
            _row("1.", "Apologies for Absence", bold=True),
            _row("2.", "Minutes", "1 - 6", bold=True),
            _more("To confirm the minutes of the meeting held on 16 February 2026."),
            _row("3.", "Leisure Centre Contract Performance", "7 - 22", bold=True),
            _more("To consider the report of the Head of Communities."),
            _row("4.", "Work Programme 2026/27", "23 - 28", bold=True),
            _more("To receive the draft work programme."),
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Minutes"),
            ("3", "Leisure Centre Contract Performance"),
            ("4", "Work Programme 2026/27"),
        ],
        fields=of_body("Kestrel District Council", "Overview and Scrutiny Committee", "2026-03-16", "agenda_pack"),
    )


# ================================================================ minutes: run-in titles, grids


def minutes_margin_runin_bold() -> Paper:
    """A town council's minutes: the minute number in a left margin, the title run in bold at the start of the
    paragraph, the text going on after it on the same line."""
    x = 120
    return Paper(
        rows=[
            "# Ashcombe Town Council",
            "## Minutes of the meeting of the Town Council held on Monday 9 February 2026 at 7.00 pm",
            "Present: Cllrs M Dunn (Mayor), P Archer, S Byrne, K Lowe and R Singh",
            [(56, "C/101"), (x, "Apologies.", True), (x + 62, "Apologies were received from Cllr T Wells.")],
            [(56, "C/102"), (x, "Declarations of interest.", True), (x + 140, "None were declared.")],
            [(56, "C/103"), (x, "Minutes.", True), (x + 52, "The minutes of 12 January 2026 were approved")],
            [(x, "and signed as a correct record.")],
            [(56, "C/104"), (x, "Planning applications.", True), (x + 126, "The Council considered the following")],
            [(x, "applications and resolved to raise no objection.")],
            [(56, "C/105"), (x, "Allotments.", True), (x + 66, "The Clerk reported that two plots were vacant.")],
        ],
        items=[
            ("C/101", "Apologies"),
            ("C/102", "Declarations of interest"),
            ("C/103", "Minutes"),
            ("C/104", "Planning applications"),
            ("C/105", "Allotments"),
        ],
        fields=own_meeting("Ashcombe Town Council", "2026-02-09"),
    )


def minutes_margin_runin_bold_numbers() -> Paper:
    """A parish's minutes: '45/26' in the margin, a bold run-in title ending in a colon, text after it."""
    x = 110
    return Paper(
        rows=[
            "# Little Wenham Parish Council",
            "** Minutes of the Parish Council Meeting held on Tuesday 17 February 2026",
            "Present: Cllrs A Hart (Chair), B Cole, D Frost; Clerk: E Nash",
            [(56, "45/26"), (x, "Apologies:", True), (x + 60, "Cllr F Green.")],
            [(56, "46/26"), (x, "Open forum:", True), (x + 68, "Two residents raised the state of Back Lane.")],
            [(56, "47/26"), (x, "Finance:", True), (x + 50, "Payments of £1,240.50 were approved.")],
            [(56, "48/26"), (x, "Date of next meeting:", True), (x + 124, "Tuesday 17 March 2026.")],
        ],
        items=[
            ("45/26", "Apologies"),
            ("46/26", "Open forum"),
            ("47/26", "Finance"),
            ("48/26", "Date of next meeting"),
        ],
        fields=own_meeting("Little Wenham Parish Council", "2026-02-17"),
    )


def minutes_grid_two_to_a_line() -> Paper:
    """Parish minutes whose short opening items print two to a line in a grid, the rest one to a line."""
    return Paper(
        rows=[
            "# Ashby Parva Parish Council",
            "** Minutes of the meeting held on Thursday 12 February 2026",
            "Present: Cllrs P Reed (Chair), H Lam, J Ord",
            [(56, "1. Welcome", True), (300, "2. Apologies", True)],
            [(56, "3. Declarations of interest", True), (300, "4. Minutes of the last meeting", True)],
            "The minutes of 15 January 2026 were approved. No apologies or declarations were received.",
            "** 5. Planning",
            "25/00881/HH, 4 Mill Lane: no objection.",
            "** 6. Finance",
            "The payments listed were approved.",
        ],
        items=[
            ("1", "Welcome"),
            ("2", "Apologies"),
            ("3", "Declarations of interest"),
            ("4", "Minutes of the last meeting"),
            ("5", "Planning"),
            ("6", "Finance"),
        ],
        fields=own_meeting("Ashby Parva Parish Council", "2026-02-12"),
    )


def minutes_unnumbered_bold_headings() -> Paper:
    """A board's notes whose items carry no number: bold headings over paragraphs."""
    return Paper(
        rows=[
            "# Wealdmoor Community Safety Partnership",
            "## Minutes of the Partnership Board, 4 March 2026",
            "Present: Jo Carr (Chair), Insp Dev Malik, Lisa Ford",
            "** Welcome and introductions",
            "The Chair welcomed members.",
            "** Anti-social behaviour hotspots",
            "Insp Malik presented the latest data.",
            "** Partnership plan 2026-27",
            "The Board agreed the plan.",
            "** Any other business",
            "None.",
        ],
        items=[
            (None, "Welcome and introductions"),
            (None, "Anti-social behaviour hotspots"),
            (None, "Partnership plan 2026-27"),
            (None, "Any other business"),
        ],
        fields=of_body("Wealdmoor Community Safety Partnership", ANY, "2026-03-04", "minutes"),
    )


def minutes_unnumbered_bold_paragraphs() -> Paper:
    """A partnership board's minutes whose items carry no number: bold sentence-case headings over paragraphs of a
    few sentences each."""
    return Paper(
        rows=[
            "# Wealdmoor Community Safety Partnership",
            "## Minutes of the Partnership Board, 4 March 2026",
            "Present: Jo Carr (Chair), Insp Dev Malik, Lisa Ford",
            "** Welcome and introductions",
            "The Chair welcomed members and thanked the fire service for hosting the meeting at its station.",
            "** Anti-social behaviour hotspots",
            "Insp Malik presented the latest data on reports in the town centre and the two parks.",
            "** Partnership plan 2026-27",
            "The Board agreed the plan and asked that the priorities be shared with the parish councils.",
            "** Any other business",
            "There was no other business and the meeting closed at 11.40 am.",
        ],
        items=[
            (None, "Welcome and introductions"),
            (None, "Anti-social behaviour hotspots"),
            (None, "Partnership plan 2026-27"),
            (None, "Any other business"),
        ],
        fields=of_body("Wealdmoor Community Safety Partnership", ANY, "2026-03-04", "minutes"),
    )


def agenda_heading_over_prose() -> Paper:
    """A guard: a frontsheet whose 'AGENDA' heading stands over a note in prose and one bold line, no list: no
    items."""
    return Paper(
        rows=[
            "# Ashby Parva Parish Council",
            "Meeting of the Parish Council, Thursday 9 April 2026 at 7.30 pm, Village Hall",
            "## AGENDA",
            "The agenda for this meeting will be published on the noticeboard and the website three clear days",
            "before the meeting, in accordance with the Local Government Act 1972.",
            "** Members of the public are welcome to attend",
            "Please contact the Clerk if you wish to speak during the public participation session.",
        ],
        items=[],
        fields=own_meeting("Ashby Parva Parish Council", "2026-04-09", "agenda_pack"),
    )


def agenda_numbered_with_bold_notes() -> Paper:
    """A guard: a numbered list whose notes under it are bold lines: the numbered items only, the notes no items."""
    return Paper(
        rows=[
            "# Little Wenham Parish Council",
            "Meeting of the Parish Council, Tuesday 14 April 2026 at 7.30 pm",
            "## AGENDA",
            "1. Apologies for absence",
            "2. Minutes of the meeting held on 17 March 2026",
            "3. Planning applications",
            "** Public Participation",
            "** Filming of Meetings",
            "** Accessibility",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Minutes of the meeting held on 17 March 2026"),
            ("3", "Planning applications"),
        ],
        fields=own_meeting("Little Wenham Parish Council", "2026-04-14", "agenda_pack"),
    )


# ================================================================ bodies and committees


def area_planning_committee() -> Paper:
    """An area planning committee named with its area in brackets."""
    return Paper(
        rows=[
            "# Marlshire Council",
            "## Planning Committee (North)",
            "** Wednesday 4 March 2026 at 2.00 pm",
            "Council Chamber, Market House, Northam",
            "** AGENDA",
            _row("1.", "Apologies for Absence"),
            _row("2.", "Minutes", "1 - 6"),
            _row("3.", "Planning Applications", "7 - 80"),
        ],
        items=[("1", "Apologies for Absence"), ("2", "Minutes"), ("3", "Planning Applications")],
        fields=of_body("Marlshire Council", "Planning Committee (North)", "2026-03-04", "agenda_pack"),
    )


def area_planning_minutes() -> Paper:
    """Minutes of an area planning sub-committee: 'Minutes of the Planning Sub-Committee (South)'."""
    return Paper(
        rows=[
            "# Hallbridge Borough Council",
            "## Minutes of the Planning Sub-Committee (South)",
            "** held on Tuesday 10 March 2026 at 7.00 pm",
            "Present: Cllrs Hale (Chair), Lacey, Moss",
            "** 1. Apologies",
            "None.",
            "** 2. 25/00992/FUL - 12 High Street",
            "RESOLVED: That permission be granted.",
        ],
        items=[("1", "Apologies"), ("2", "25/00992/FUL - 12 High Street")],
        fields=of_body("Hallbridge Borough Council", "Planning Sub-Committee (South)", "2026-03-10", "minutes"),
    )


def licensing_subcommittee_of_parent() -> Paper:
    """A licensing sub-committee named as of its parent committee."""
    return Paper(
        rows=[
            "# Norchester City Council",
            "## Licensing Sub-Committee",
            "** Friday 6 March 2026 at 10.00 am",
            "** AGENDA",
            _row("1.", "Appointment of Chair"),
            _row("2.", "Declarations of Interest"),
            _row("3.", "Application for a Premises Licence - The Old Mill, Quay Street", "1 - 30"),
        ],
        items=[
            ("1", "Appointment of Chair"),
            ("2", "Declarations of Interest"),
            ("3", "Application for a Premises Licence - The Old Mill, Quay Street"),
        ],
        fields=of_body("Norchester City Council", "Licensing Sub-Committee", "2026-03-06", "agenda_pack"),
    )


def police_panel_name_carries_area() -> Paper:
    """A police and crime panel whose name carries its area and no council above it: its own body."""
    return Paper(
        rows=[
            "# Wealdshire and Medmere Police and Crime Panel",
            "** Thursday 5 February 2026 at 10.00 am",
            "Council Chamber, Sessions House, Maidbury",
            "** AGENDA",
            _row("1.", "Apologies and Substitutes"),
            _row("2.", "Minutes of the meeting held on 27 November 2025", "1 - 8"),
            _row("3.", "Commissioner's Proposed Precept 2026/27", "9 - 40"),
        ],
        items=[
            ("1", "Apologies and Substitutes"),
            ("2", "Minutes of the meeting held on 27 November 2025"),
            ("3", "Commissioner's Proposed Precept 2026/27"),
        ],
        fields=own_meeting("Wealdshire and Medmere Police and Crime Panel", "2026-02-05", "agenda_pack"),
    )


def hosted_on_behalf_of() -> Paper:
    """A panel's frontsheet whose heading names two bodies: 'Hosted by X on behalf of Y'."""
    return Paper(
        rows=[
            "# Wealdshire and Medmere Police and Crime Panel",
            "Hosted by Wealdshire County Council on behalf of the councils of Wealdshire and Medmere",
            "** Thursday 5 February 2026 at 10.00 am",
            "** AGENDA",
            _row("1.", "Apologies and Substitutes"),
            _row("2.", "Minutes of the meeting held on 27 November 2025", "1 - 8"),
            _row("3.", "Commissioner's Proposed Precept 2026/27", "9 - 40"),
        ],
        items=[
            ("1", "Apologies and Substitutes"),
            ("2", "Minutes of the meeting held on 27 November 2025"),
            ("3", "Commissioner's Proposed Precept 2026/27"),
        ],
        fields=of_body(ANY, "Wealdshire and Medmere Police and Crime Panel", "2026-02-05", "agenda_pack"),
    )


def joint_committee_two_councils() -> Paper:
    """A joint committee of two councils, the hosting council named under it."""
    return Paper(
        rows=[
            "# Kestrel and Wealdmoor Joint Planning Policy Committee",
            "Administered by Kestrel District Council",
            "** Monday 2 March 2026 at 5.30 pm",
            "** AGENDA",
            _row("1.", "Election of Chair for the Meeting"),
            _row("2.", "Minutes of the last meeting", "1 - 4"),
            _row("3.", "Joint Local Plan Timetable", "5 - 18"),
        ],
        items=[
            ("1", "Election of Chair for the Meeting"),
            ("2", "Minutes of the last meeting"),
            ("3", "Joint Local Plan Timetable"),
        ],
        fields=of_body(ANY, "Kestrel and Wealdmoor Joint Planning Policy Committee", "2026-03-02", "agenda_pack"),
    )


def body_in_logo_text() -> Paper:
    """A frontsheet whose council is named only in its logo's text at the top right, in two short lines."""
    return Paper(
        rows=[
            [(420, "Wealdmoor", True)],
            [(420, "District Council", True)],
            "# Licensing Committee",
            "** Tuesday 3 March 2026 at 6.00 pm",
            "** AGENDA",
            _row("1.", "Apologies for Absence"),
            _row("2.", "Minutes", "1 - 4"),
            _row("3.", "Review of the Statement of Licensing Policy", "5 - 40"),
        ],
        items=[("1", "Apologies for Absence"), ("2", "Minutes"), ("3", "Review of the Statement of Licensing Policy")],
        fields=of_body("Wealdmoor District Council", "Licensing Committee", "2026-03-03", "agenda_pack"),
    )


def body_in_footer_only() -> Paper:
    """Minutes whose council is named only in the footer of every page."""
    return Paper(
        rows=[
            "# Audit and Governance Committee",
            "** Minutes of the meeting held on Wednesday 28 January 2026 at 6.00 pm",
            "Present: Cllrs Moss (Chair), Hale, Lacey",
            "** 1. Apologies",
            "None.",
            "** 2. Internal Audit Progress Report",
            "The Committee noted the report.",
            "** 3. Risk Management Update",
            "The Committee noted the strategic risk register.",
        ],
        items=[("1", "Apologies"), ("2", "Internal Audit Progress Report"), ("3", "Risk Management Update")],
        foot="Hallbridge Borough Council - Audit and Governance Committee - 28 January 2026",
        fields=of_body("Hallbridge Borough Council", "Audit and Governance Committee", "2026-01-28", "minutes"),
    )


def mayor_heading_town_council() -> Paper:
    """A town council's summons headed by its mayor's style: 'The Worshipful the Mayor of Ashcombe'."""
    return Paper(
        rows=[
            "# The Worshipful the Mayor of Ashcombe",
            "** Councillor Margaret Dunn",
            "To the Members of Ashcombe Town Council",
            "You are hereby summoned to attend a meeting of the Town Council at the Guildhall on",
            "Monday 13 April 2026 at 7.00 pm.",
            "** AGENDA",
            "1. Apologies for absence",
            "2. Declarations of interest",
            "3. Minutes of the meeting held on 9 March 2026",
            "4. Mayor's engagements",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 9 March 2026"),
            ("4", "Mayor's engagements"),
        ],
        fields=own_meeting("Ashcombe Town Council", "2026-04-13", "agenda_pack"),
    )


def combined_fire_authority_committee() -> Paper:
    """A fire authority's committee: the authority above, its committee below."""
    return Paper(
        rows=[
            "# Marlshire and Wealdbrook Fire Authority",
            "## Audit and Standards Committee",
            "** Friday 13 March 2026 at 10.30 am",
            "** AGENDA",
            _row("1.", "Apologies"),
            _row("2.", "External Audit Plan 2025/26", "1 - 20"),
        ],
        items=[("1", "Apologies"), ("2", "External Audit Plan 2025/26")],
        fields=of_body(
            "Marlshire and Wealdbrook Fire Authority", "Audit and Standards Committee", "2026-03-13", "agenda_pack"
        ),
    )


DOCUMENTS = {
    "cells-title-wraps-three-lines": cells_title_wraps_three_lines,
    "unnumbered-bold-titles": unnumbered_bold_titles,
    "unnumbered-caps-titles": unnumbered_caps_titles,
    "parts-restart-numbering": parts_restart_numbering,
    "questions-as-items": questions_as_items,
    "motions-listed-under-item": motions_listed_under_item,
    "petitions-deputations-subitems": petitions_deputations_subitems,
    "to-receive-lines-alone": to_receive_lines_alone,
    "purpose-line-under-heading": purpose_line_under_heading,
    "minutes-margin-runin-bold": minutes_margin_runin_bold,
    "minutes-margin-runin-bold-numbers": minutes_margin_runin_bold_numbers,
    "minutes-grid-two-to-a-line": minutes_grid_two_to_a_line,
    "minutes-unnumbered-bold-headings": minutes_unnumbered_bold_headings,
    "minutes-unnumbered-bold-paragraphs": minutes_unnumbered_bold_paragraphs,
    "agenda-heading-over-prose": agenda_heading_over_prose,
    "agenda-numbered-with-bold-notes": agenda_numbered_with_bold_notes,
    "unnumbered-caps-titles-plain": lambda: plain(unnumbered_caps_titles),
    "to-receive-lines-alone-plain": lambda: plain(to_receive_lines_alone),
    "minutes-grid-two-to-a-line-plain": lambda: plain(minutes_grid_two_to_a_line),
    "area-planning-committee": area_planning_committee,
    "area-planning-minutes": area_planning_minutes,
    "licensing-subcommittee-of-parent": licensing_subcommittee_of_parent,
    "police-panel-name-carries-area": police_panel_name_carries_area,
    "hosted-on-behalf-of": hosted_on_behalf_of,
    "joint-committee-two-councils": joint_committee_two_councils,
    "body-in-logo-text": body_in_logo_text,
    "body-in-footer-only": body_in_footer_only,
    "mayor-heading-town-council": mayor_heading_town_council,
    "combined-fire-authority-committee": combined_fire_authority_committee,
    "cells-title-wraps-three-lines-plain": lambda: plain(cells_title_wraps_three_lines),
    "parts-restart-numbering-plain": lambda: plain(parts_restart_numbering),
    "questions-as-items-plain": lambda: plain(questions_as_items),
    "petitions-deputations-subitems-plain": lambda: plain(petitions_deputations_subitems),
    "purpose-line-under-heading-plain": lambda: plain(purpose_line_under_heading),
    "minutes-margin-runin-bold-numbers-plain": lambda: plain(minutes_margin_runin_bold_numbers),
    "area-planning-committee-plain": lambda: plain(area_planning_committee),
    "police-panel-name-carries-area-plain": lambda: plain(police_panel_name_carries_area),
    "mayor-heading-town-council-plain": lambda: plain(mayor_heading_town_council),
}
CHECKS = ("items", *FIELDS)
XFAIL: dict[tuple[str, str], str] = {}  # sweep52 mended the six ('Q1' runs, bold run-in titles, one-line minutes)

read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "round64")


@pytest.mark.parametrize(("name", "check"), paper_check_params(DOCUMENTS, CHECKS, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    paper, found = DOCUMENTS[name](), read_papers[name]
    if check == "items":
        assert found["items"] == [(number, folded(title)) for number, title in paper.items or []]
    else:
        assert same_field(check, found[check], paper.fields[check]), (found[check], paper.fields[check])
