"""Round 18 suite (issue #4): committees and bodies a document names by initials and spells out elsewhere, bodies
printed only in a footer, a 'Published by' line or a letterhead address block, and item recall on numbering styles
and layouts earlier rounds did not print.

Names: an annotator following corpus/gold/README.md records the committee by its full name where the document
defines its initials ('ODUG' with 'Open Data User Group (ODUG)' in the text, as the ODUG dev gold does), and the
body holding the meeting where the document names it only in its furniture. Items: minute references 'Minute
23/045', 'C/24/12', 'FC 24/07', 'Min. No. 12', 'PH.34/24'; 'Agenda item 5:' and 'ITEM 5 –' labels; numbers alone on
a line over their title; titles wrapped over two or three lines (the whole title); items numbered within parts
('Part A' / 'Part B' each from 1: numbers as printed); bold titles with the minute number at the right; a frontsheet
table 'No | Item | Pages' with wrapped titles; an item continued over a page break under a running head. Negatives:
numbered paragraphs of an item, numbered recommendations in a minute, addresses and dates at the start of a line.
Each case keeps the structure and phrasing pattern of a real page (names, places and numbers changed), rendered
with reportlab and read through the real code path, like tests/test_segment_round17.py.
Sources:
- http://councilmeetings.lewisham.gov.uk/ieListDocuments.aspx?CId=315&MeetingId=5255 (Health and Wellbeing Board:
  'Minutes of last meeting and matters arising/Action Tracker', numbered paragraphs '3.1', '3.2' inside items)
- https://democracy.lbhf.gov.uk/ieListDocuments.aspx?CId=463&MId=7113&Ver=4 (Health & Wellbeing Board minutes:
  '(a) To approve ...', '(b) To note the outstanding actions')
- https://democracy.bathnes.gov.uk/ieIssueDetails.aspx?IId=39790&Opt=3 (the Board called 'the HWB' in the text,
  'Future Ambition Board (FAB)', numbered points inside a minute)
- http://councilportal.cumbria.gov.uk/ieListDocuments.aspx?MId=9236 (Health and Wellbeing Board: numbered
  disclosure paragraphs '1' to '6' under 'Disclosures of Interest', not items)
- https://www.warwickshire.gov.uk/democracy/local-access-forum/3?documentId=816&categoryId=20059 (Local Access Forum
  agendas and minutes published by the appointing authority)
- https://kexby.parish.lincolnshire.gov.uk/council-business/2025-minutes/2 (parish minutes '25/07 Approval of
  minutes', lettered matters arising with 'Action RG' at the right)
- https://glentham.parish.lincolnshire.gov.uk/council-business/minutes-meetings-2023 (parish minutes '4. Notes of
  last meeting ... :-' with the text run on after the title)
- https://docslib.org/doc/12615901/high-halstow-parish-council (parish minutes: '1, Apologies for absence' then a
  reference 'HHPC617:24.06.20' on the minute's first line)
- https://studylib.net/doc/9007049/minutes-of-the-meeting-of-stithians-parish-council (capitals titles with the
  number alone on the line above, '3.1.1' paragraphs inside an item)
- http://honinghampc.norfolkparishes.gov.uk/category/pc/minutes/page/2/ (parish minutes: 'MINUTES of the meeting of
  HONINGHAM PARISH COUNCIL held on Monday 12th September', capitals run-in titles)
- https://www.uttlesford.gov.uk/executive-decisions (decision records and notices of a district council)
- https://bourtononthehill.org.uk/documents/minutes-13th-july-2023/ (parish minutes: '1) Chairman', '6.1' matters
  arising points)
- https://www.harrogate.gov.uk/councillors-committees/officer-decisions (officer decision records)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from pathlib import Path

import pytest

from segment_cases import ANY, Row, facts_as_judged, items_of, params_with_xfail

ITEMS = ["1. Apologies for absence", "2. Declarations of interest", "3. Minutes of the previous meeting"]
TEXT = "The members noted the report and asked the officer to bring an update to the next meeting in the spring."

# (id, rows, furniture, (doc_type, body, committee, ISO date)); ANY where the conventions leave a field open.
NAME_CASES: list[tuple[str, list[Row], dict, tuple]] = [
    # --- a committee printed by its initials, spelled out elsewhere in the document
    (
        "acronym/user-group-action-log",
        ["# OSUG Action Log – 19 July 2024",
         "This log records the actions agreed by the Open Standards User Group (OSUG) at its meetings.",
         [(56, "Action", True), (330, "Owner", True), (430, "Status", True)],
         [(56, "Write to the mapping agency about licences"), (330, "KK"), (430, "Ongoing")],
         [(56, "Circulate the benefits case to members"), (330, "HS"), (430, "New")]],
        {},
        (ANY, ANY, "Open Standards User Group", "2024-07-19"),
    ),
    (
        "acronym/hwb-minutes",
        ["# Eastbury Borough Council", "## HWB Minutes", "Wednesday 24 March 2021 at 5.00 pm",
         "Present: Councillor B Mall (Chair), Dr L Kent, J Cree",
         "1. Minutes and actions",
         "The minutes of the last meeting of the Health and Wellbeing Board (HWB) were agreed as a true record.",
         "2. Apologies for absence", TEXT],
        {},
        ("minutes", "Eastbury Borough Council", "Health and Wellbeing Board", "2021-03-24"),
    ),
    (
        "acronym/sacre-agenda",
        ["# Harlow Vale County Council", "## SACRE", "** Agenda", "Wednesday 6 March 2024 at 4.00 pm",
         "Venue: Room 3, County Hall",
         "The Standing Advisory Council on Religious Education (SACRE) advises the council on religious education.",
         *ITEMS],
        {},
        ("agenda_pack", "Harlow Vale County Council", "Standing Advisory Council on Religious Education", "2024-03-06"),
    ),
    (
        "acronym/laf-minutes",
        ["# Northam City Council", "## LAF Minutes", "Monday 18 March 2024",
         "Present: R Fairley (Chair), I Stone, D Curran, D Pawson",
         "1. Appointment of Chair and Vice-Chair",
         "R Fairley was appointed Chair of the Local Access Forum (LAF) for the coming year.",
         "2. Declarations of interest", TEXT],
        {},
        ("minutes", "Northam City Council", "Local Access Forum", "2024-03-18"),
    ),
    (
        "acronym/jcc-notes",
        ["# Westmere District Council", "** JCC – Notes of meeting held on 12 February 2024",
         "Present: management side – P Hale, S Moss; staff side – T Reed, A Vine (UNISON)",
         "1. Terms of reference",
         "The Joint Consultative Committee (JCC) reviewed its terms of reference and agreed them without change.",
         "2. Pay award", TEXT],
        {},
        ("minutes", "Westmere District Council", "Joint Consultative Committee", "2024-02-12"),
    ),
    (
        "acronym/initials-running-head",
        ["# Minutes", "Tuesday 9 April 2024, Town Hall",
         "Present: Councillors A Pike (Chair), B Roe, C Sand",
         "1. Apologies for absence", TEXT,
         "2. Work programme",
         "The Overview and Scrutiny Panel (OSP) agreed its work programme for the year.", TEXT],
        {"head": "OSP – 9 April 2024", "foot": "Kirkmoor Borough Council"},
        ("minutes", "Kirkmoor Borough Council", "Overview and Scrutiny Panel", "2024-04-09"),
    ),
    # --- a body printed by its initials in the heading, whole in the footer or text
    (
        "body/initials-heading-full-footer",
        ["# WCC Pension Fund Committee", "** Agenda", "Friday 12 April 2024 at 10.00 am",
         "Venue: Committee Room 1, County Hall", *ITEMS],
        {"foot": "Westshire County Council – County Hall, Westbury WB1 1AA"},
        ("agenda_pack", "Westshire County Council", "Pension Fund Committee", "2024-04-12"),
    ),
    # --- a body named only in the furniture of the first page
    (
        "body/published-by-line",
        ["# Record of Decision", "## Cabinet", "Decision made: 12 September 2024",
         "Title: Community Right to Challenge",
         "Decision: That a proactive approach to the Community Right to Challenge be agreed.",
         "Reasons for decision: The Act gives community groups the right to express an interest in services.",
         "Published by Democratic Services, Rowanbridge Borough Council, 13 September 2024"],
        {},
        (ANY, "Rowanbridge Borough Council", "Cabinet", ANY),
    ),
    (
        "body/letterhead-address-block",
        [[(340, "Clerk to Hollinby Parish Council")], [(340, "Mrs J Dane, 3 Mill Lane")],
         [(340, "Hollinby, HX7 2AB")], [(340, "clerk@hollinbypc.org.uk")],
         "** Minutes of the meeting held on Monday 12 February 2024 at 7.30pm in the Village Hall",
         "Present: Cllr P Rowe (Chair), Cllr J Hale, Cllr M Dunn", *ITEMS],
        {},
        ("minutes", "Hollinby Parish Council", "Hollinby Parish Council", "2024-02-12"),
    ),
    (
        "body/logo-line-with-initials",
        ["# SDC | Sandmoor District Council", "## Licensing Committee", "** Agenda",
         "Tuesday 16 April 2024 at 2.00 pm", *ITEMS],
        {},
        ("agenda_pack", "Sandmoor District Council", "Licensing Committee", "2024-04-16"),
    ),
    (
        "body/footer-charity",
        ["# Board of Trustees", "** Minutes", "Date: 10 April 2024", "Location: The Old School",
         "Present: J Green (Chair), S Conn, O Hale", *ITEMS],
        {"foot": "Greywell Housing Trust · Registered charity no. 1123456 · Page 1"},
        ("minutes", "Greywell Housing Trust", "Board of Trustees", "2024-04-10"),
    ),
    (
        "body/published-by-footer",
        ["## Planning Committee", "** Agenda", "Monday 8 April 2024 at 7.00 pm", "The Guildhall", *ITEMS],
        {"foot": "Published by Eastcote Town Council, The Guildhall, Eastcote EC1 4TT"},
        ("agenda_pack", "Eastcote Town Council", "Planning Committee", "2024-04-08"),
    ),
]

NAME_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(
    ("rows", "furniture", "want"),
    params_with_xfail([(case[0], case[1], case[2], case[3]) for case in NAME_CASES], NAME_XFAIL),
)
def test_defined_names_round18(tmp_path: Path, rows: list[Row], furniture: dict, want: tuple) -> None:
    assert facts_as_judged(tmp_path, rows, want, **furniture) == want


PARISH_HEAD: list[Row] = [
    "# Ravensby Parish Council",
    "Minutes of the meeting of Ravensby Parish Council held on Monday 11 March 2024 at 7.30pm in the Village Hall",
    "Present: Cllr A Reed (Chair), Cllr B Shaw, Cllr C Tate, Cllr E Webb",
    "In attendance: Mrs F Young (Clerk) and two members of the public",
]
AGENDA_HEAD: list[Row] = [
    "# Marlcombe District Council",
    "## Overview and Scrutiny Committee",
    "Tuesday, 16 April 2024 at 7.00 pm",
    "Council Chamber, Marlcombe House",
    "## Agenda",
]
APOLOGY = "Apologies were received and accepted from Cllr D Vale, who was away on holiday."
RECORD = "The minutes of the meeting held on 12 February 2024 were approved and signed as a true record."

# (id, rows, style keywords of render, expected items (number, title))
ITEM_CASES: list[tuple[str, list[Row], dict, list[tuple[str | None, str]]]] = [
    # --- minute references
    (
        "ref/minute-label-year-number",
        PARISH_HEAD + ["** Minute 24/045 Apologies for absence", APOLOGY, "** Minute 24/046 Minutes", RECORD,
                       "** Minute 24/047 Highways", TEXT, "** Minute 24/048 Date of next meeting", TEXT],
        {},
        [("24/045", "Apologies for absence"), ("24/046", "Minutes"), ("24/047", "Highways"),
         ("24/048", "Date of next meeting")],
    ),
    (
        "ref/letter-slash-year-slash",
        PARISH_HEAD + ["C/24/12 Apologies for absence", APOLOGY, "C/24/13 Minutes of the last meeting", RECORD,
                       "C/24/14 Planning applications", TEXT, "C/24/15 Finance", TEXT],
        {},
        [("C/24/12", "Apologies for absence"), ("C/24/13", "Minutes of the last meeting"),
         ("C/24/14", "Planning applications"), ("C/24/15", "Finance")],
    ),
    (
        "ref/committee-initials-space",
        PARISH_HEAD + ["** FC 24/07 Apologies", APOLOGY, "** FC 24/08 Minutes", RECORD,
                       "** FC 24/09 Budget monitoring", TEXT, "** FC 24/10 Insurance renewal", TEXT],
        {},
        [("FC 24/07", "Apologies"), ("FC 24/08", "Minutes"), ("FC 24/09", "Budget monitoring"),
         ("FC 24/10", "Insurance renewal")],
    ),
    (
        "ref/min-no-label",
        PARISH_HEAD + ["Min. No. 12 Apologies for absence", APOLOGY, "Min. No. 13 Declarations of interest", TEXT,
                       "Min. No. 14 Minutes of the last meeting", RECORD, "Min. No. 15 Correspondence", TEXT],
        {},
        [("12", "Apologies for absence"), ("13", "Declarations of interest"), ("14", "Minutes of the last meeting"),
         ("15", "Correspondence")],
    ),
    (
        "ref/initials-dot-number-year",
        PARISH_HEAD + ["** PH.34/24 Apologies for absence", APOLOGY, "** PH.35/24 Minutes", RECORD,
                       "** PH.36/24 Playing field", TEXT, "** PH.37/24 Finance", TEXT],
        {},
        [("PH.34/24", "Apologies for absence"), ("PH.35/24", "Minutes"), ("PH.36/24", "Playing field"),
         ("PH.37/24", "Finance")],
    ),
    (
        "ref/council-year-bracket",
        PARISH_HEAD + ["(24/25) 12 Apologies for absence", APOLOGY, "(24/25) 13 Minutes of the last meeting", RECORD,
                       "(24/25) 14 Allotments", TEXT, "(24/25) 15 Finance", TEXT],
        {"one_font": True},
        [("12", "Apologies for absence"), ("13", "Minutes of the last meeting"), ("14", "Allotments"),
         ("15", "Finance")],
    ),
    (
        "ref/minute-label-one-font",
        PARISH_HEAD + ["Minute 23/045 Apologies for absence", APOLOGY, "Minute 23/046 Minutes", RECORD,
                       "Minute 23/047 Highways", TEXT, "Minute 23/048 Date of next meeting", TEXT],
        {"one_font": True},
        [("23/045", "Apologies for absence"), ("23/046", "Minutes"), ("23/047", "Highways"),
         ("23/048", "Date of next meeting")],
    ),
    (
        "ref/initials-dot-ocr",
        PARISH_HEAD + ["PH.34/24 Apologies for absence", APOLOGY, "PH.35/24 Minutes", RECORD,
                       "PH.36/24 Playing field", TEXT, "PH.37/24 Finance", TEXT],
        {"ocr_like": True},
        [("PH.34/24", "Apologies for absence"), ("PH.35/24", "Minutes"), ("PH.36/24", "Playing field"),
         ("PH.37/24", "Finance")],
    ),
    (
        "ref/decimal-zero-minutes",
        PARISH_HEAD + ["** 5.0 Apologies for absence", APOLOGY, "** 6.0 Minutes of the last meeting", RECORD,
                       "6.1 Matters arising: the bench by the pond had been repaired.",
                       "** 7.0 Highways", TEXT, "** 8.0 Date of next meeting", TEXT],
        {},
        [("5.0", "Apologies for absence"), ("6.0", "Minutes of the last meeting"), ("7.0", "Highways"),
         ("8.0", "Date of next meeting")],
    ),
    # --- labels
    (
        "label/agenda-item-colon",
        AGENDA_HEAD + ["Agenda item 1: Apologies for absence", "Agenda item 2: Declarations of interest",
                       "Agenda item 3: Minutes of the last meeting", "Agenda item 4: Waste strategy review",
                       "Agenda item 5: Work programme"],
        {},
        [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Minutes of the last meeting"),
         ("4", "Waste strategy review"), ("5", "Work programme")],
    ),
    (
        "label/item-caps-dash-minutes",
        PARISH_HEAD + ["ITEM 1 – APOLOGIES FOR ABSENCE", APOLOGY, "ITEM 2 – MINUTES", RECORD,
                       "ITEM 3 – HIGHWAYS", TEXT, "ITEM 4 – PLANNING", TEXT],
        {"one_font": True},
        [("1", "APOLOGIES FOR ABSENCE"), ("2", "MINUTES"), ("3", "HIGHWAYS"), ("4", "PLANNING")],
    ),
    # --- layouts
    (
        "layout/number-above-title",
        PARISH_HEAD + ["** 1.", "** APOLOGIES", APOLOGY, "** 2.", "** URGENT ITEMS", TEXT,
                       "** 3.", "** DECLARATIONS OF INTEREST", TEXT, "** 4.", "** PLANNING", TEXT],
        {},
        [("1", "APOLOGIES"), ("2", "URGENT ITEMS"), ("3", "DECLARATIONS OF INTEREST"), ("4", "PLANNING")],
    ),
    (
        "layout/margin-number-far-title",
        AGENDA_HEAD + [[(40, "1"), (250, "Apologies for absence")], [(40, "2"), (250, "Declarations of interest")],
                       [(40, "3"), (250, "Minutes of the last meeting")], [(40, "4"), (250, "Housing allocations")],
                       [(40, "5"), (250, "Work programme")]],
        {},
        [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Minutes of the last meeting"),
         ("4", "Housing allocations"), ("5", "Work programme")],
    ),
    (
        "layout/three-line-title",
        AGENDA_HEAD + [[(56, "1."), (90, "Apologies for absence")],
                       [(56, "2."), (90, "Review of the council's approach to the management of")],
                       [(90, "temporary accommodation for homeless households, including the")],
                       [(90, "use of bed and breakfast placements")],
                       [(56, "3."), (90, "Work programme")]],
        {},
        [("1", "Apologies for absence"),
         ("2", "Review of the council's approach to the management of temporary accommodation for homeless "
               "households, including the use of bed and breakfast placements"),
         ("3", "Work programme")],
    ),
    (
        "layout/parts-restart-numbering",
        AGENDA_HEAD + ["## Part A – Items for decision", "1. Budget monitoring", "2. Fees and charges",
                       "## Part B – Items for information", "1. Performance report", "2. Complaints annual report"],
        {},
        [("1", "Budget monitoring"), ("2", "Fees and charges"), ("1", "Performance report"),
         ("2", "Complaints annual report")],
    ),
    (
        "layout/bold-title-number-right",
        PARISH_HEAD + [[(56, "Apologies for absence", True), (480, "24/101")], APOLOGY,
                       [(56, "Minutes of the last meeting", True), (480, "24/102")], RECORD,
                       [(56, "Village hall lease", True), (480, "24/103")], TEXT,
                       [(56, "Date of next meeting", True), (480, "24/104")], TEXT],
        {},
        [("24/101", "Apologies for absence"), ("24/102", "Minutes of the last meeting"),
         ("24/103", "Village hall lease"), ("24/104", "Date of next meeting")],
    ),
    (
        "layout/frontsheet-table-wrapped",
        AGENDA_HEAD + [[(56, "No", True), (90, "Item", True), (470, "Pages", True)],
                       [(56, "1"), (90, "Apologies for absence and substitutes")],
                       [(56, "2"), (90, "Minutes of the meeting held on 12 February 2024"), (470, "1 - 8")],
                       [(56, "3"), (90, "Annual report of the Director of Public Health on"), (470, "9 - 40")],
                       [(90, "health inequalities in the district")],
                       [(56, "4"), (90, "Work programme"), (470, "41 - 44")]],
        {},
        [("1", "Apologies for absence and substitutes"), ("2", "Minutes of the meeting held on 12 February 2024"),
         ("3", "Annual report of the Director of Public Health on health inequalities in the district"),
         ("4", "Work programme")],
    ),
    (
        "layout/continued-over-page-break",
        PARISH_HEAD + ["** 1. Apologies for absence", APOLOGY, "** 2. Planning", TEXT, TEXT, TEXT, TEXT, "---",
                       TEXT, TEXT, "** 3. Finance", TEXT, "** 4. Date of next meeting", TEXT],
        {"head": "Ravensby Parish Council – minutes of 11 March 2024", "from_page": 2},
        [("1", "Apologies for absence"), ("2", "Planning"), ("3", "Finance"), ("4", "Date of next meeting")],
    ),
    (
        "layout/number-above-title-one-font",
        PARISH_HEAD + ["1.", "APOLOGIES", APOLOGY, "2.", "URGENT ITEMS", TEXT,
                       "3.", "DECLARATIONS OF INTEREST", TEXT, "4.", "PLANNING", TEXT],
        {"one_font": True},
        [("1", "APOLOGIES"), ("2", "URGENT ITEMS"), ("3", "DECLARATIONS OF INTEREST"), ("4", "PLANNING")],
    ),
    (
        "layout/bold-minute-title-wraps",
        PARISH_HEAD + ["** 1. Apologies for absence", APOLOGY,
                       "** 2. To receive the report of the working group on the future of the",
                       "** village hall and the playing field",
                       TEXT, "** 3. Date of next meeting", TEXT],
        {},
        [("1", "Apologies for absence"),
         ("2", "To receive the report of the working group on the future of the village hall and the playing field"),
         ("3", "Date of next meeting")],
    ),
    (
        "layout/margin-number-far-title-ocr",
        AGENDA_HEAD + [[(40, "1"), (250, "Apologies for absence")], [(40, "2"), (250, "Declarations of interest")],
                       [(40, "3"), (250, "Minutes of the last meeting")], [(40, "4"), (250, "Housing allocations")],
                       [(40, "5"), (250, "Work programme")]],
        {"ocr_like": True},
        [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Minutes of the last meeting"),
         ("4", "Housing allocations"), ("5", "Work programme")],
    ),
    (
        "layout/frontsheet-table-wrapped-one-font",
        AGENDA_HEAD + [[(56, "No"), (90, "Item"), (470, "Pages")],
                       [(56, "1"), (90, "Apologies for absence and substitutes")],
                       [(56, "2"), (90, "Minutes of the meeting held on 12 February 2024"), (470, "1 - 8")],
                       [(56, "3"), (90, "Annual report of the Director of Public Health on"), (470, "9 - 40")],
                       [(90, "health inequalities in the district")],
                       [(56, "4"), (90, "Local plan: responses to the regulation 19"), (470, "41 - 60")],
                       [(90, "consultation and the proposed schedule of")],
                       [(90, "main modifications")],
                       [(56, "5"), (90, "Work programme"), (470, "61 - 64")]],
        {"one_font": True},
        [("1", "Apologies for absence and substitutes"), ("2", "Minutes of the meeting held on 12 February 2024"),
         ("3", "Annual report of the Director of Public Health on health inequalities in the district"),
         ("4", "Local plan: responses to the regulation 19 consultation and the proposed schedule of main "
               "modifications"),
         ("5", "Work programme")],
    ),
    (
        "layout/parts-restart-minutes",
        PARISH_HEAD + ["## Part A", "** 1. Apologies for absence", APOLOGY, "** 2. Minutes", RECORD,
                       "## Part B – confidential", "** 1. Staffing", TEXT, "** 2. Contracts", TEXT],
        {},
        [("1", "Apologies for absence"), ("2", "Minutes"), ("1", "Staffing"), ("2", "Contracts")],
    ),
    (
        "layout/continued-title-repeated",
        PARISH_HEAD + ["** 1. Apologies for absence", APOLOGY, "** 2. Planning", TEXT, TEXT, TEXT, TEXT, "---",
                       "** 2. Planning (continued)", TEXT, "** 3. Finance", TEXT, "** 4. Date of next meeting", TEXT],
        {"head": "Ravensby Parish Council – minutes of 11 March 2024", "from_page": 2},
        [("1", "Apologies for absence"), ("2", "Planning"), ("3", "Finance"), ("4", "Date of next meeting")],
    ),
    (
        "layout/title-run-on-minutes",
        PARISH_HEAD + ["1. Apologies for absence and reasons given:- Cllrs R Frank and S Shore.",
                       "2. Declarations of interest:- None.",
                       "3. Notes of last meeting to be approved as minutes:- The minutes were signed as a true record.",
                       "4. Planning:- 145755 Manor Farm, Church Lane: no objection.",
                       "5. Correspondence:- The election information was shared with councillors."],
        {"one_font": True},
        [("1", "Apologies for absence and reasons given"), ("2", "Declarations of interest"),
         ("3", "Notes of last meeting to be approved as minutes"), ("4", "Planning"), ("5", "Correspondence")],
    ),
    # --- negatives: numbered text that is not an item
    (
        "negative/numbered-paragraphs",
        PARISH_HEAD + ["** 3. Health and wellbeing strategy",
                       "3.1 The officer introduced the report. The key points to note were as follows.",
                       "3.2 In the discussion the following points were noted by the members present.",
                       "3.3 Resolved: that meetings be used primarily to progress work on inequalities.",
                       "** 4. Any other business", TEXT],
        {},
        [("3", "Health and wellbeing strategy"), ("4", "Any other business")],
    ),
    (
        "negative/numbered-recommendations",
        PARISH_HEAD + ["** 5. Budget 2024/25", "RESOLVED:",
                       "1. That the budget for 2024/25 be approved as set out in the appendix.",
                       "2. That the precept be set at £24,500 for the coming year.",
                       "3. That the Clerk write to the district council to confirm the precept.",
                       "** 6. Date of next meeting", TEXT],
        {},
        [("5", "Budget 2024/25"), ("6", "Date of next meeting")],
    ),
    (
        "negative/addresses-and-dates",
        PARISH_HEAD + ["** 7. Planning", "The following applications were considered by the council:",
                       "12 Church Lane, Ravensby – single storey rear extension: no objection.",
                       "4 Mill Close, Ravensby – replacement garage: no objection.",
                       "14 March 2024 was agreed as the date for the site visit by members.",
                       "** 8. Finance", TEXT],
        {},
        [("7", "Planning"), ("8", "Finance")],
    ),
    (
        "negative/disclosure-list-in-agenda",
        AGENDA_HEAD + ["1. Apologies for absence", "2. Disclosures of interest",
                       ">Members are invited to disclose any interest, which comprises:",
                       ">1 Details of any employment, office, trade, profession or vocation carried on for profit.",
                       ">2 Details of any payment or provision of any other financial benefit.",
                       ">3 Details of any beneficial interest in land which is within the area.",
                       "3. Minutes of the last meeting", "4. Work programme"],
        {},
        [("1", "Apologies for absence"), ("2", "Disclosures of interest"), ("3", "Minutes of the last meeting"),
         ("4", "Work programme")],
    ),
]

ITEM_XFAIL: dict[str, str] = {
    "ref/council-year-bracket": "'(24/25) 12': corpus/gold/README.md gives no rule for a council year in brackets "
    "before the minute number ('12' or '(24/25) 12'), and the minutes reader takes neither form yet",
}


@pytest.mark.parametrize(
    ("rows", "style", "expected"),
    params_with_xfail([(case[0], case[1], case[2], case[3]) for case in ITEM_CASES], ITEM_XFAIL),
)
def test_item_recall_round18(tmp_path: Path, rows: list[Row], style: dict, expected: list) -> None:
    assert items_of(tmp_path, rows, **style) == expected
