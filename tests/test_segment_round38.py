"""Round 38 suite: the body, committee and meeting date read from the front page or minutes heading of papers of
bodies the earlier rounds had not seen, and the items of their layouts, read end to end by segmentation.

Six classes, each drawn with reportlab (``segment_cases.render``) and read by the real code path (``document_facts``,
then ``minutes_items`` or ``agenda_items``), scored per check as `agendaparse eval` compares (items: number and
folded title; the meeting date, body, committee and document type):

- letterhead bodies: the body printed only as a letterhead or logo line over a heading that says 'the above
  Community Council', 'Minutes of Monthly Meeting' or 'Minutes of the Full Governing Body Meeting';
- Irish county councils: an Irish-language letterhead over an English heading that names the council ('MINUTES OF
  SEPTEMBER MONTHLY MEETING OF X COUNTY COUNCIL'), or over 'Meeting of County Council' alone. A full council's
  meeting has the committee 'County Council', as the dev Kent County Council gold has it;
- minutes headings: 'Clerks Notes of SPC Extraordinary Meeting held ...', 'MINUTES of a meeting of the DISTRICT
  PLANNING COMMITTEE of X DISTRICT COUNCIL held ...', a committee line over 'Minutes of a meeting held on ...' under
  'THE X COUNCIL' (eval drops a leading 'the' from names), 'At a MEETING of the EDUCATION COMMITTEE held at';
- date shapes: 'held virtually via Microsoft Teams on ...', 'held at 2.00 p.m. on Monday, 27 July 2009 at',
  '3/9/24', 'MONDAY, 20TH SEPTEMBER 2010 AT 2.00 P.M.', 'the remote meeting held via Zoom on ...';
- committee names: 'Staffing Committee' of a town council, 'Licensing Sub-Committee (Hearing)' (its minutes and its
  frontsheet), 'Overview and Scrutiny Management Committee', 'Trust Board' of an NHS trust ('the Public Trust Board
  meeting': which part of the meeting), a board's own agenda ('meeting of the Board' under its whole name);
- item numbering: '1/0709' over its title, '1)' agenda items, '20 Minutes / Apologies' with '21.01' paragraphs,
  '44 MINUTES -' capitals with a trailing dash, Roman 'I', 'II'.

Fields the conventions leave open for a case (a body printed only in Irish, a Scottish committee's council not
printed) are not judged (``UNJUDGED``).

The structure and phrasing of each case follow a real page (names, places, dates and numbers changed):

- https://docslib.org/doc/7464619/darran-valley-community-council
- https://www.llanbradachcc.co.uk/council-meetings-have-resumed/ (meetings held by remote access from 8 June 2020)
- http://kildare.ie/CountyCouncil/CorporateServices/CorporateServices/CouncilMeetings/KildareCountyCouncilMeetings/2009/Minutes/MinutesofKildareCountyCouncilMeeting27July2009.html
- https://docslib.org/doc/7322800/comhairle-chontae-u%C3%ADbh-fhail%C3%AD-minutes
- https://docslib.org/doc/13167376/comhairle-contae-chorca%C3%AD
- https://docsbay.net/the-meeting-closed-at-9-30-p-m (Full Governing Body minutes under a school letterhead)
- https://sedgebrook.parish.lincolnshire.gov.uk/council-business/2025-parish-council-meeting-documents/9
- https://democracy.maldon.gov.uk/ieListMeetings.aspx?CId=277&Year=0 (District Planning Committee)
- https://www.valeofglamorgan.gov.uk/en/our_council/Council-Structure/minutes,_agendas_and_reports/minutes/Scrutiny-ER/2018/18-05-17.aspx
- https://www.walsallhealthcare.nhs.uk/about-us/how-we-are-run/board-papers/ (Trust Board held via Microsoft Teams)
- http://littlepaxton.cambs.sch.uk/our-school/govenor-meeting-minutes/ (dates printed '1.10.18', '3-6-19')
- https://kidsgrovetowncouncil.gov.uk/documents/staffing-committee-agenda-6th-june-2022/
- https://www.molevalley.gov.uk/councillors-decision-making/licensing-sub-committee/ (hearings of premises licences)
- https://doncaster.moderngov.co.uk/ieListMeetings.aspx?Act=earlier&CId=136&D=202212011000&MD=ielistmeetings
- http://dundeecity.gov.uk/minutes/fulltext?meeting_ref=5692 ('At a MEETING of the EDUCATION COMMITTEE', 'I', 'II')
- https://archive.niassembly.gov.uk/education/2007mandate/minutes/2010/110314.htm
- https://option4.co.nz/Marine_Protection/acbag603.htm ('(65th meeting)', 'A G E N D A')
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from segment_cases import Row, assert_document_check, document_check_params, fields_and_items, of_body, render

FIELDS = ("meeting_date", "body", "committee", "doc_type")
UNJUDGED = "unjudged"  # a field or the items the annotators' conventions leave open for this case


@dataclass
class Paper:
    rows: list[Row]
    items: list[tuple[str | None, str]] | str
    fields: dict[str, str | None] = field(default_factory=dict)


def own_council(name: str, date: str, kind: str = "minutes") -> dict[str, str | None]:
    return {"meeting_date": date, "body": name, "committee": name, "doc_type": kind}


# -- letterhead bodies ---------------------------------------------------------------------------------------------


def above_community_council() -> Paper:
    return Paper(
        rows=[
            "# Cwm Tarren Community Council",
            "Minutes of the last meeting held virtually via BT Meet Me of the above Community Council on",
            "Thursday 12th November 2020 at 7pm.",
            "Present Cllr. M. L. Powell (Chairperson) Cllr. D. Bradshaw Cllr. H. Jenkins Cllr. A. Rees",
            "Apologies Cllr. L. Gower Cllr. G. Oakley",
            "In Attendance Mr. G. Watkins Clerk to the Council",
            "** 20 Minutes / Apologies",
            "The minutes of the meeting held on Thursday 10th September 2020 were accepted as an accurate record.",
            "** 21 Declarations of Interest",
            "21.01 Cllr. A. Rees declared an interest in Agenda Item - Planning.",
            "** 22 Matters Arising",
            "22.01 There were no matters arising from the minutes.",
            "** 23 Planning Applications",
            "The Clerk confirmed three applications for planning had been received since the last meeting.",
            "** 24 Approval of Community Council Cheques and Payments",
            "The attached list of payments was approved for signature.",
        ],
        items=[
            ("20", "Minutes / Apologies"),
            ("21", "Declarations of Interest"),
            ("22", "Matters Arising"),
            ("23", "Planning Applications"),
            ("24", "Approval of Community Council Cheques and Payments"),
        ],
        fields=own_council("Cwm Tarren Community Council", "2020-11-12"),
    )


def governors_letterhead() -> Paper:
    return Paper(
        rows=[
            "# Eastfield Road Primary School",
            "Eastfield Road, Marlbury, Wiltshire, SN9 4QT",
            "Head Teacher: Karen D Ashworth",
            "## Minutes of the Full Governing Body Meeting",
            "held on 21st January 2026 at 7.30 p.m. in Classroom 4",
            "Attendees: Sara Morley SM (Community Governor), Mark Lennox ML (Acting Chair), Lucy Carr LC",
            "(Parent Governor), Karen Ashworth KA (Head Teacher) and Sue Elton SE (Clerk).",
            "** 1. Apologies / Actions",
            "1.1 Approved apologies: Maureen Pike MP (Chair), Keith Walters KW (Community Governor).",
            "** 2. Declaration of interest in any agenda item",
            "There were none.",
            "** 3. Minutes of previous meeting held on 26th November 2025",
            "The minutes were approved as a true record and signed by the acting chair.",
            "** 4. Head Teacher's Report",
            "KA presented the report, including the SEN report and the new food standards.",
        ],
        items=[
            ("1", "Apologies / Actions"),
            ("2", "Declaration of interest in any agenda item"),
            ("3", "Minutes of previous meeting held on 26th November 2025"),
            ("4", "Head Teacher's Report"),
        ],
        fields=of_body("Eastfield Road Primary School", "Full Governing Body", "2026-01-21", "minutes"),
    )


def county_monthly_meeting() -> Paper:
    return Paper(
        rows=[
            "# KILBRACKEN COUNTY COUNCIL",
            "## Minutes of Monthly Meeting",
            "held at 2.00 p.m. on Monday, 27 July 2026 at",
            "Áras Chill Bhreacáin, Devlin Park, Kilbracken",
            "Members Present: Councillor C Pierce (Mayor); Councillors F Browne, K Boyle, W Carey, R Dunne",
            "Apologies: Councillor M Mullan",
            "Also Present: Mr M Malley, Chief Executive, and other officials.",
            "** 1/0726",
            "** Votes of Sympathy",
            "The Mayor and members expressed sympathy with the family of a former member of staff.",
            "** 2/0726",
            "** Confirmation of Minutes",
            "The council considered the minutes of the monthly meeting held on 29 June 2026.",
            "** 3/0726",
            "** Housing Progress Report",
            "The members noted the report on the housing programme.",
        ],
        items=[
            ("1/0726", "Votes of Sympathy"),
            ("2/0726", "Confirmation of Minutes"),
            ("3/0726", "Housing Progress Report"),
        ],
        fields=of_body("Kilbracken County Council", "County Council", "2026-07-27", "minutes"),
    )


# -- Irish county councils -----------------------------------------------------------------------------------------


def irish_letterhead_english_title() -> Paper:
    return Paper(
        rows=[
            "# COMHAIRLE CHONTAE LOCH GARMAN THEAS",
            "## MINUTES OF SEPTEMBER MONTHLY MEETING OF SOUTH GARMAN COUNTY COUNCIL",
            "## HELD IN ÁRAS AN CHONTAE, ON MONDAY, 20TH SEPTEMBER 2026 AT 2.00 P.M.",
            "PRESENT: Cllr. B. Cowan (Presiding), Cllrs. N. Burke, M. Buckley, J. Butler, J. Carroll",
            "IN ATTENDANCE: Mr. P. Gallagher, Chief Executive, Ms. M. Cleary, Meetings Administrator",
            "VOTES OF SYMPATHY: Votes of sympathy were unanimously extended to the following families.",
            "CONFIRMATION OF MINUTES: The minutes of the August meeting were confirmed.",
        ],
        items=UNJUDGED,
        fields=of_body("South Garman County Council", "County Council", "2026-09-20", "minutes"),
    )


def irish_letterhead_county_council_only() -> Paper:
    return Paper(
        rows=[
            "# COMHAIRLE CONTAE CHILL MHANTÁIN THEAS",
            "Minutes of Proceedings at Meeting of County Council held in the Council Chamber, County Hall,",
            "Rathmore on 23rd May, 2026.",
            "PRESENT",
            "Councillor J. P. O'Shea, County Mayor presided.",
            "Councillors McGrath, Jeffers, Dalton, Forde, Desmond, Collins, Murphy, Harris.",
            "** CONFIRMATION OF MINUTES",
            "Proposed by Councillor D. Hurley, seconded by Councillor F. Flynn, RESOLVED that the minutes be signed.",
        ],
        items=UNJUDGED,
        fields=of_body(UNJUDGED, "County Council", "2026-05-23", "minutes"),
    )


# -- minutes headings ----------------------------------------------------------------------------------------------


def clerks_notes_extraordinary() -> Paper:
    return Paper(
        rows=[
            "# Sedgecombe Parish Council",
            "## Clerks Notes of SPC Extraordinary Meeting held Friday 27 June 2025 at 7 pm",
            "1 To receive apologies of absence - Councillors Chris Warren, Rachel Yeo and Alec McNally.",
            "2 To receive any declarations of interest on any item on the Agenda. None were received.",
            "3 Finance (The Clerk) - to accept and approve the Audit for YE 31 March 2025",
            "3.1 Audit 2024/25 - End of Year reconciliation. The Parish Councillors accepted the reconciliation.",
        ],
        items=UNJUDGED,
        fields=own_council("Sedgecombe Parish Council", "2025-06-27"),
    )


def planning_committee_of_district() -> Paper:
    return Paper(
        rows=[
            "## MINUTES of a meeting of the DISTRICT PLANNING COMMITTEE of WEALDMOOR DISTRICT COUNCIL held in the",
            "## Council Chamber, Council Offices, on Tuesday 3rd September 2024 at 7.30pm",
            "Present: Councillor R Pryor (Chairman), Councillors M Bayley, S Fenn, J Gould and P Haines",
            "** 1. APOLOGIES FOR ABSENCE",
            "Apologies for absence were received from Councillor T Naylor.",
            "** 2. MINUTES OF THE LAST MEETING",
            "RESOLVED that the Minutes of the meeting held on 6 August 2024 be approved.",
            "** 3. DISCLOSURE OF INTEREST",
            "There were none.",
            "** 4. 24/00231/FUL - LAND EAST OF MILL LANE, HEYBRIDGE",
            "RESOLVED that the application be refused for the reasons in the report.",
        ],
        items=[
            ("1", "APOLOGIES FOR ABSENCE"),
            ("2", "MINUTES OF THE LAST MEETING"),
            ("3", "DISCLOSURE OF INTEREST"),
            ("4", "24/00231/FUL - LAND EAST OF MILL LANE, HEYBRIDGE"),
        ],
        fields=of_body("Wealdmoor District Council", "District Planning Committee", "2024-09-03", "minutes"),
    )


def council_in_capitals() -> Paper:
    """A full council's minutes: 'MINUTES of a meeting of WEALDMOOR DISTRICT COUNCIL held ...', the name in capitals."""
    return Paper(
        rows=[
            "## MINUTES of a meeting of WEALDMOOR DISTRICT COUNCIL held in the Council Chamber, Council Offices,",
            "## on Thursday 19th September 2024 at 7.30pm",
            "Present: Councillor R Pryor (Chairman), Councillors M Bayley, S Fenn, J Gould and P Haines",
            "** 1. APOLOGIES FOR ABSENCE",
            "Apologies for absence were received from Councillor T Naylor.",
            "** 2. MINUTES OF THE LAST MEETING",
            "RESOLVED that the Minutes of the meeting held on 18 July 2024 be approved.",
        ],
        items=[("1", "APOLOGIES FOR ABSENCE"), ("2", "MINUTES OF THE LAST MEETING")],
        fields=of_body("Wealdmoor District Council", "District Council", "2024-09-19", "minutes"),
    )


def committee_line_over_minutes_of_a_meeting() -> Paper:
    return Paper(
        rows=[
            "# THE BRYNDALE COUNCIL",
            "## ENVIRONMENT AND REGENERATION SCRUTINY COMMITTEE",
            "Minutes of a meeting held on 17th May, 2026.",
            "Present: Councillor V.J. Bailey (Chairman); Councillors Mrs. P. Drake, V.P. Driscoll, S.T. Edwards.",
            "Also present: Councillor J.C. Bird (Cabinet Member for Regeneration and Planning).",
            "** 44 MINUTES -",
            "RECOMMENDED - T H A T the minutes of the Extraordinary Meeting held on 19th April, 2026 be approved.",
            "** 45 DECLARATIONS OF INTEREST -",
            "Councillor A.R. Roberts declared a personal and prejudicial interest in Agenda Item No. 5.",
            "** 46 CALLED-IN MATTER - COUNTRY PARKS -",
            "The Chairman asked Councillor L. Burnett to present her call-in to the Committee.",
        ],
        items=[("44", "MINUTES"), ("45", "DECLARATIONS OF INTEREST"), ("46", "CALLED-IN MATTER - COUNTRY PARKS")],
        fields=of_body("Bryndale Council", "Environment and Regeneration Scrutiny Committee", "2026-05-17", "minutes"),
    )


# -- date shapes ---------------------------------------------------------------------------------------------------


def trust_board_via_teams() -> Paper:
    return Paper(
        rows=[
            "# Walbrook Healthcare NHS Trust",
            "## Minutes of the Public Trust Board meeting held virtually via Microsoft Teams",
            "## on Wednesday 17th April 2024 at 10.00am",
            "Present: Professor D Loughton (Chair), Mr M Dodd (Deputy Chair), Ms J Thomas (Chief Executive)",
            "In attendance: Ms K Bird (Group Company Secretary)",
            "** 1. Apologies for absence",
            "Apologies were received from Mr R Caldwell.",
            "** 2. Declarations of interest",
            "There were no declarations of interest.",
            "** 3. Minutes of the previous meeting",
            "The minutes of the meeting held on 6th March 2024 were approved as a true record.",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the previous meeting"),
        ],
        fields=of_body("Walbrook Healthcare NHS Trust", "Trust Board", "2024-04-17", "minutes"),
    )


def short_numeric_date() -> Paper:
    return Paper(
        rows=[
            "# Little Paxbury Parish Council",
            "## Minutes of the Parish Council meeting held 3/9/24 at 7.30pm in the Village Hall",
            "Present: Cllrs P Rowe (Chair), T Hale, J Nash, S Quinn. Clerk: A Dunmore",
            "** 1. Apologies",
            "Apologies were received from Cllr K Bell.",
            "** 2. Minutes of the meeting held on 6/8/24",
            "The minutes were approved and signed.",
            "** 3. Finance",
            "The payments listed were approved.",
        ],
        items=[("1", "Apologies"), ("2", "Minutes of the meeting held on 6/8/24"), ("3", "Finance")],
        fields=own_council("Little Paxbury Parish Council", "2024-09-03"),
    )


def upper_case_ordinal_date() -> Paper:
    return Paper(
        rows=[
            "# COMHAIRLE CHONTAE UÍBH DROMA",
            "## MINUTES OF OCTOBER MONTHLY MEETING OF DRUMLISH COUNTY COUNCIL HELD IN ÁRAS AN CHONTAE,",
            "## TULLYMORE ON MONDAY, 17TH OCTOBER 2011 AT 2.00 P.M.",
            "PRESENT: Cllr. D. Owens (Presiding), Cllrs. N. Burke, M. Buckley, J. Butler.",
            "APOLOGIES: Cllr. E. Fitz.",
            "VOTES OF SYMPATHY: Votes of sympathy were unanimously extended to the following families.",
        ],
        items=UNJUDGED,
        fields=of_body("Drumlish County Council", "County Council", "2011-10-17", "minutes"),
    )


def virtual_zoom_with_comma_date() -> Paper:
    return Paper(
        rows=[
            "# Llanfor Uchaf Community Council",
            "## Minutes of the Community Council virtual Meeting held via ZOOM on Tuesday, 19th July 2022.",
            "** 1 Present",
            "Councillors Mr Tim Oliver (Chair), Mrs Sharon Bevan, Mr Andrew Howells & Mr J Foulds (Clerk).",
            "** 2 Apologies",
            "were received from: Councillors Mr Gareth Ellis & Mr Les Thorne.",
            "** 3 To declare any personal and/or prejudicial interest.",
            "No personal declaration was received.",
        ],
        items=[
            ("1", "Present"),
            ("2", "Apologies"),
            ("3", "To declare any personal and/or prejudicial interest"),
        ],
        fields=own_council("Llanfor Uchaf Community Council", "2022-07-19"),
    )


def remote_meeting_heading() -> Paper:
    """'Minutes of the remote meeting held via Zoom on ...' under the council's name: how it met, not a committee."""
    return Paper(
        rows=[
            "# Llanwern Fach Community Council",
            "## Minutes of the remote meeting held via Zoom on Monday 8th June 2020 at 7.00pm",
            "Present: Cllrs R Griffin (Chair), E Watkins, G Bevan, P Tottle",
            "Clerk: Mr H Davies",
            "** 1. Declarations of Interest",
            "None were declared.",
            "** 2. Recording of Meeting",
            "The Clerk asked permission to record the meeting for the purpose of writing the minutes; agreed.",
            "** 3. Minutes",
            "The minutes of the meeting held on 11th May 2020 were approved as a correct record.",
        ],
        items=[("1", "Declarations of Interest"), ("2", "Recording of Meeting"), ("3", "Minutes")],
        fields=own_council("Llanwern Fach Community Council", "2020-06-08"),
    )


# -- committee names -----------------------------------------------------------------------------------------------


def town_council_staffing_agenda() -> Paper:
    return Paper(
        rows=[
            "# Kidbrook Town Council",
            "## Staffing Committee",
            "Notice is hereby given of a meeting of the Staffing Committee to be held on Monday 6th June 2022",
            "at 6.30pm in the Council Chamber, Town Hall.",
            "** Business to be transacted",
            "1) To receive and consider apologies for absence.",
            "2) To note declarations of Members' Interests.",
            "3) Public Participation",
            "4) To receive and approve the minutes of the meeting held on Tuesday, 15th March 2022.",
            "5) To agree the date of the next meeting: Thursday 14th July 2022.",
        ],
        items=[
            ("1", "To receive and consider apologies for absence"),
            ("2", "To note declarations of Members' Interests"),
            ("3", "Public Participation"),
            ("4", "To receive and approve the minutes of the meeting held on Tuesday, 15th March 2022"),
            ("5", "To agree the date of the next meeting: Thursday 14th July 2022"),
        ],
        fields=of_body("Kidbrook Town Council", "Staffing Committee", "2022-06-06", "agenda_pack"),
    )


def licensing_sub_committee_hearing() -> Paper:
    return Paper(
        rows=[
            "# Dunmere District Council",
            "## Minutes of the meeting of the LICENSING SUB-COMMITTEE (HEARING) held at the Council Offices,",
            "## Pixham, on Thursday 14 March 2024 at 10.00 am.",
            "Present: Chairman: Councillor S Jennings; Councillors: D Parks and P Walsh",
            "Officers: Licensing Team Leader, Democratic Services Officer",
            "** 1 APPOINTMENT OF CHAIRMAN",
            "It was agreed that Councillor S Jennings be appointed Chairman for the meeting.",
            "** 2 DECLARATIONS OF INTEREST",
            "There were no declarations of interest made by Members.",
            "** 3 APPLICATION FOR A PREMISES LICENCE - THE HARBOUR BAR, MARINE PARADE",
            "RESOLVED: That the licence be granted subject to the conditions agreed at the hearing.",
        ],
        items=[
            ("1", "APPOINTMENT OF CHAIRMAN"),
            ("2", "DECLARATIONS OF INTEREST"),
            ("3", "APPLICATION FOR A PREMISES LICENCE - THE HARBOUR BAR, MARINE PARADE"),
        ],
        fields=of_body("Dunmere District Council", "Licensing Sub-Committee (Hearing)", "2024-03-14", "minutes"),
    )


def licensing_hearing_frontsheet() -> Paper:
    """A ModernGov frontsheet: the committee '(Hearing)' as its title, then date, time and venue fields."""
    return Paper(
        rows=[
            "Public Document Pack",
            "# Licensing Sub-Committee (Hearing)",
            "Date: Thursday, 14 March 2024",
            "Time: 10.00 am",
            "Venue: Council Chamber, Council Offices, Pixham",
            "Members: Councillors S Jennings, D Parks and P Walsh",
            "Dunmere District Council",
            "## Agenda",
            "1. Appointment of Chairman",
            "2. Declarations of Interest",
            "3. Application for a Premises Licence - The Harbour Bar, Marine Parade",
        ],
        items=[
            ("1", "Appointment of Chairman"),
            ("2", "Declarations of Interest"),
            ("3", "Application for a Premises Licence - The Harbour Bar, Marine Parade"),
        ],
        fields=of_body("Dunmere District Council", "Licensing Sub-Committee (Hearing)", "2024-03-14", "agenda_pack"),
    )


def overview_scrutiny_management_agenda() -> Paper:
    return Paper(
        rows=[
            "# Brackley City Council",
            "## Overview and Scrutiny Management Committee - Agenda",
            "Date: Thursday, 12 September 2024",
            "Time: 2.00 pm",
            "Venue: Council Chamber, City Hall",
            "** Agenda",
            "1. Welcome, Introductions and Safety Information",
            "2. Apologies for Absence and Substitutions",
            "3. Declarations of Interest",
            "4. Minutes of Previous Meeting",
            "5. Performance Progress Report Quarter 1",
            "6. Work Programme",
        ],
        items=[
            ("1", "Welcome, Introductions and Safety Information"),
            ("2", "Apologies for Absence and Substitutions"),
            ("3", "Declarations of Interest"),
            ("4", "Minutes of Previous Meeting"),
            ("5", "Performance Progress Report Quarter 1"),
            ("6", "Work Programme"),
        ],
        fields=of_body(
            "Brackley City Council", "Overview and Scrutiny Management Committee", "2024-09-12", "agenda_pack"
        ),
    )


# -- item numbering ------------------------------------------------------------------------------------------------


def year_slash_items_plain() -> Paper:
    """Minute numbers '1/0726' in plain text on their own line, the title under them in plain text too."""
    return Paper(
        rows=[
            "# KILBRACKEN COUNTY COUNCIL",
            "## Minutes of Monthly Meeting held at 2.00 p.m. on Monday, 28 September 2026",
            "Members Present: Councillor C Pierce (Mayor); Councillors F Browne, K Boyle, W Carey, R Dunne",
            "1/0926",
            "Confirmation of Minutes",
            "The council considered the minutes of the monthly meeting held on 27 July 2026.",
            "2/0926",
            "Roads Programme",
            "The members noted the report on the roads programme.",
        ],
        items=[("1/0926", "Confirmation of Minutes"), ("2/0926", "Roads Programme")],
        fields=of_body("Kilbracken County Council", "County Council", "2026-09-28", "minutes"),
    )


def roman_items_at_a_meeting() -> Paper:
    """'At a MEETING of the EDUCATION COMMITTEE held at ... on 26th October, 2015.' and minutes numbered 'I', 'II'."""
    return Paper(
        rows=[
            "At a MEETING of the EDUCATION COMMITTEE held at Tayport on 26th October, 2026.",
            "Present:-",
            "Lord Provost Robert DUFFY",
            "Councillor Stewart HARPER, Convener, in the Chair.",
            "The minute of meeting of this Committee of 28th September, 2026 was held as read.",
            "** I DECLARATION OF INTEREST",
            "There were no declarations of interest.",
            "** II REVIEW OF SCHOOL ESTATE",
            "There was submitted Report No 406-2026 by the Executive Director updating the school estate.",
            "** III STAFFING LEVELS IN TAYPORT SCHOOLS",
            "The Committee noted the contents of the report.",
        ],
        items=[
            ("I", "DECLARATION OF INTEREST"),
            ("II", "REVIEW OF SCHOOL ESTATE"),
            ("III", "STAFFING LEVELS IN TAYPORT SCHOOLS"),
        ],
        fields=of_body(UNJUDGED, "Education Committee", "2026-10-26", "minutes"),
    )


def committee_for_minutes_of_proceedings() -> Paper:
    """'COMMITTEE FOR EDUCATION' over 'MINUTES OF PROCEEDINGS' and the date alone on its line."""
    return Paper(
        rows=[
            "## COMMITTEE FOR EDUCATION",
            "## MINUTES OF PROCEEDINGS",
            "## MONDAY, 14 MARCH 2011",
            "## ROOM 30, PARLIAMENT BUILDINGS",
            "Present:",
            "Mr M Storr (Chairperson)",
            "Mr D Hildreth (Deputy Chairperson)",
            "In Attendance:",
            "Mr J Simmonds (Assembly Clerk)",
            "The Chairperson opened the meeting at 2.05pm in public session.",
            "** 1. Apologies",
            "As above.",
            "** 2. Final Consideration of draft Report on the Committee's Inquiry",
            "Agreed - the Committee approved the draft Report, as amended, and ordered it to be printed.",
            "** 3. Date and Time of Next Meeting",
            "The next Committee meeting will be held in Room 21 on Wednesday 16 March 2011 at 2.00 pm.",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Final Consideration of draft Report on the Committee's Inquiry"),
            ("3", "Date and Time of Next Meeting"),
        ],
        fields=of_body(UNJUDGED, "Committee for Education", "2011-03-14", "minutes"),
    )


def spaced_agenda_board() -> Paper:
    """A board's own agenda: its name, '(65th meeting)', the next ordinary meeting 'to be held on', 'A G E N D A'."""
    return Paper(
        rows=[
            "# WAITAKERE CONSERVATION BOARD",
            "## (65th meeting)",
            "The next ordinary meeting of the Board is to be held on Thursday 26 June 2003 in the 6th floor",
            "Boardroom, Conservancy Office, commencing at 9.30am.",
            "## A G E N D A",
            "1. APOLOGIES/WELCOME/INTRODUCTIONS",
            "2. PUBLIC FORUM",
            "3. REVIEW AND CONFIRMATION OF MINUTES",
            "4. CONSERVATOR'S REPORT",
            "5. FOUR WHEEL DRIVE FORUM",
        ],
        items=[
            ("1", "APOLOGIES/WELCOME/INTRODUCTIONS"),
            ("2", "PUBLIC FORUM"),
            ("3", "REVIEW AND CONFIRMATION OF MINUTES"),
            ("4", "CONSERVATOR'S REPORT"),
            ("5", "FOUR WHEEL DRIVE FORUM"),
        ],
        fields=of_body(UNJUDGED, "Waitakere Conservation Board", "2003-06-26", "agenda_pack"),
    )


DOCUMENTS = {
    "above-community-council": above_community_council,
    "governors-letterhead": governors_letterhead,
    "county-monthly-meeting": county_monthly_meeting,
    "irish-letterhead-english-title": irish_letterhead_english_title,
    "irish-letterhead-county-council-only": irish_letterhead_county_council_only,
    "upper-case-ordinal-date": upper_case_ordinal_date,
    "clerks-notes-extraordinary": clerks_notes_extraordinary,
    "planning-committee-of-district": planning_committee_of_district,
    "council-in-capitals": council_in_capitals,
    "committee-line-over-minutes-of-a-meeting": committee_line_over_minutes_of_a_meeting,
    "trust-board-via-teams": trust_board_via_teams,
    "short-numeric-date": short_numeric_date,
    "virtual-zoom-with-comma-date": virtual_zoom_with_comma_date,
    "remote-meeting-heading": remote_meeting_heading,
    "town-council-staffing-agenda": town_council_staffing_agenda,
    "licensing-sub-committee-hearing": licensing_sub_committee_hearing,
    "licensing-hearing-frontsheet": licensing_hearing_frontsheet,
    "overview-scrutiny-management-agenda": overview_scrutiny_management_agenda,
    "year-slash-items-plain": year_slash_items_plain,
    "roman-items-at-a-meeting": roman_items_at_a_meeting,
    "committee-for-minutes-of-proceedings": committee_for_minutes_of_proceedings,
    "spaced-agenda-board": spaced_agenda_board,
}
CHECKS = ("items", *FIELDS)
XFAIL: dict[tuple[str, str], str] = {}


def _judged(name: str, check: str) -> bool:
    paper = DOCUMENTS[name]()
    wanted = paper.items if check == "items" else paper.fields[check]
    return wanted != UNJUDGED


@pytest.fixture(scope="module")
def read_papers(tmp_path_factory) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("round38")
    return {
        name: fields_and_items(render(folder / f"{name}.pdf", make().rows), name, FIELDS)
        for name, make in DOCUMENTS.items()
    }


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, _judged, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    paper = DOCUMENTS[name]()
    items = paper.items if isinstance(paper.items, list) else []
    assert_document_check(read_papers[name], check, items, paper.fields)
