"""Round 48 suite (issue #4): document fields (type, body, committee, meeting date) and minute or agenda items of
bodies no earlier suite cites: Welsh community, town and county councils printing English and Welsh side by side,
Northern Ireland district and city councils, a Scottish integration joint board's CMIS page printed to PDF, a
ModernGov committee page of a city council, an annual parish council meeting and a combined fire authority.

(a) Body and committee as these papers print them: a bilingual logo ('Cyngor Cymuned X Community Council', 'Cyngor
Sir X' over 'X County Council') and bilingual titles ('Pwyllgor Safonau / Standards Committee', 'Cofnodion …
Cwrdd y Cyngor / Minutes … Meeting of Council'), where the English name is the answer; 'Minutes of Proceedings of a
Meeting of X District Council'; a city council named only in its logo and in the officers' 'IN ATTENDANCE' line
('Minutes of the Monthly Meeting of Council …'); a committee page whose council is named only in the footer; an
integration joint board that names no host (its own body, as stop 23 settles for a panel); 'Minutes Annual Parish
Council Meeting' under a parish council's logo.
(b) Items: minute numbers '2743:' with a title ending in a colon, '1/26' agenda numbers, bilingual titles kept as
printed ('Apologies / Ymddiheuriadau'), sub-items '1.1 Prayers' and '3a' under numbered items, and lettered lines
under a numbered agenda item.
(c) Not items: numbered paragraphs of a minute's record ('1.1 It was', '2.1 The Chief Executive advised …'), a
resolution's lettered and roman-numbered recommendations ('(a) …', 'i) …'), the clerk's address and telephone
numbers, planning references and a clerk's 'Ffon / Telephone 01492 …' line.

Where corpus/gold/README.md leaves a field open the case does not judge it (``ANY``): the committee of a city
council's 'Monthly Meeting of Council' (the README's examples give 'County Council' for a county's full council;
whether a city's is 'Council' or 'City Council' no gold file settles).

The '(23/24) 45' minute-number shape the brief lists is not among the cases: no published page found with the
search tool prints it, and no gold file shows what its number would be.

Single documents are drawn with ``segment_cases.render`` (or ``render_web_print`` for the CMIS page) and read by
``document_facts`` then ``minutes_items`` or ``agenda_items`` (``segment_cases.fields_and_items``).

The structure and phrasing of each case follow a real page (names, places, dates and numbers changed):

- https://docslib.org/doc/10603602/minutes-5th-feb-2019 (a Welsh community council's bilingual minutes: 'Cyngor Cymuned Council', 'Clerc a Swyddog Cyllid / Clerk and Finance Officer', 'Ffon / Telephone', 'Cofnodion 5 Chwefror 2019 Cwrdd y Cyngor / Minutes 5th February 2019 Meeting of Council', '2. Apologies / Ymddiheuriadau')
- https://democratiaeth.sirgar.llyw.cymru/ieListDocuments.aspx?CId=168&MeetingId=7249&LLL=1 ('Pwyllgor Safonau - Dydd Llun, 21ain Tachwedd, 2022 2.00 yp', 'YMDDIHEURIADAU AM ABSENOLDEB', '3.1 25AIN AWST 2022')
- https://abergavennytowncouncil.gov.uk/council-14th-april-2021 (a Welsh town council's agenda: 'To receive and approve apologies for absence.', 'To consider and approve the following planning applications')
- https://docslib.org/doc/2733920/magherafelt-district-council-minutes-of-proceedings-of-a ('Minutes of Proceedings of a Meeting of X District Council held in the Council Chamber, … on Tuesday, 9 October 2007', 'Presiding', '1.1 It was', '2.1 The Chief Executive advised …')
- https://docslib.org/doc/6781656/magherafelt-district-council (the same council's 2004 minutes: 'MINUTES OF Proceedings of a Meeting of …', '1. MINUTES It was PROPOSED …', '56/9/2003 2.1 He did advise that …')
- https://docslib.org/doc/1395942/lisburn-city-council-and-ultimately-lisburn-castlereagh-city-council ('MM 27.08.2019', 'Minutes of the Monthly Meeting of Council held in the Island Civic Centre …', '1. Business of The Right Worshipful the Mayor', '1.1 Prayers')
- https://minutes.belfastcity.gov.uk/ieListDocuments.aspx?CId=163&MId=12245 ('Venue: Lavery Room - City Hall', 'Restricted Item', 'Bonfire Update (verbal update)', 'Proposal', 'Amendment')
- https://moray.cmis.uk.com/moray/CouncilandGovernance/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/1748/Committee/18/Default.aspx ('Meeting Details', 'Moray Integration Joint Board', '29 Apr 2021 - 13:00 to 14:00', 'Public Items', 'i) to note …')
- https://swaffhambulbeck-pc.gov.uk/meetings-archive/minutes-annual-parish-council-meeting-11th-may-2011 ('Minutes Annual Parish Council Meeting 11th May 2011', 'Held at the School on Tuesday, 11th May 2011, starting at 7.15pm', '2743: Apologies for Absence:')
- https://docslib.org/doc/2339490/agendaltemno-i (a Scottish council's 'A Special Meeting of the CORPORATE SERVICES (LICENSING) SUB-COMMITTEE', 'Motherwell, 6 May 2008 at 10.30 am.', 'PRESENT', 'CHAIR', 'IN ATTENDANCE', '1. No declarations were made.')
- https://cfa.lancsfirerescue.org.uk/ieListDocuments.aspx?CId=136&MId=442&Ver=4 (a combined fire authority's agenda numbered '1/24 Appointment of Chair', 'Contact: … Tel: 01772 866720')
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from agendaparse.segment.minutes import _parse_number
from segment_cases import (
    ANY,
    Paper,
    assert_paper_check,
    of_body,
    own_meeting,
    paper_check_params,
    plain,
    read_papers_fixture,
)

FIELDS = ("meeting_date", "body", "committee", "doc_type")


# ==================================================================================== (a) Welsh bilingual papers


def community_council_bilingual_minutes() -> Paper:
    """A Welsh community council's minutes: the bilingual logo line, the clerk's address and telephone in both
    languages, the heading 'Cofnodion … Cwrdd y Cyngor / Minutes … Meeting of Council', items titled in both."""
    return Paper(
        rows=[
            "# Cyngor Cymuned Bryncelyn Community Council",
            "Mrs Ceri Hughes, Clerc a Swyddog Cyllid / Clerk and Finance Officer",
            "Tan y Bryn  Bryncelyn  LL26 0QT",
            "Ffon / Telephone 01492 555108  Ebost / Email clerc@bryncelyn.cymru",
            "** Cofnodion 3 Chwefror 2026 Cwrdd y Cyngor / Minutes 3rd February 2026 Meeting of Council",
            "Present / Bresennol  Chair Cllr G Parry, Cllr D Rowlands, Cllr L Evans, Cllr M Owen",
            "In attendance: Ceri Hughes, Clerk / RFO, County Cllr Thomas and 2 members of the public",
            "1. To confirm that a Quorum of elected members is present",
            "Cadarnhau bod yr aelodau etholedig sy'n bresennol yn ffurfio cworwm",
            "A quorum was confirmed by the chair",
            "2. Apologies / Ymddiheuriadau",
            "Apologies received from Vice Chair Cllr R Lloyd and Cllr P Morgan",
            "3. Declarations of Interest / Datgan Buddiannau",
            "All councillors present signed the register and declared no interests",
            "4. Minutes / Cofnodion",
            "The minutes of the Council meeting held on 6th January 2026 were agreed and signed by Cllr Parry",
            "5. Chair's announcements / Cyhoeddiadau y Cadeirydd",
            "Cllr Parry confirmed the action needed to move the donated slide to the play park.",
        ],
        items=[
            ("1", "To confirm that a Quorum of elected members is present"),
            ("2", "Apologies / Ymddiheuriadau"),
            ("3", "Declarations of Interest / Datgan Buddiannau"),
            ("4", "Minutes / Cofnodion"),
            ("5", "Chair's announcements / Cyhoeddiadau y Cadeirydd"),
        ],
        fields=own_meeting("Bryncelyn Community Council", "2026-02-03"),
    )


def county_standards_bilingual_frontsheet() -> Paper:
    """A Welsh county council's Standards Committee agenda: 'Cyngor Sir X' over 'X County Council', the committee
    and date in Welsh then English, items in Welsh capitals then English, a dated sub-item '3.1'."""
    return Paper(
        rows=[
            "# Cyngor Sir Glanafon",
            "## Glanafon County Council",
            "** Pwyllgor Safonau / Standards Committee",
            "Dydd Llun, 23ain Tachwedd, 2026 2.00 yp / Monday, 23 November 2026 2.00 pm",
            "Lleoliad / Venue: Siambr, Neuadd y Sir, Caerwen SA31 1JP",
            "Cyswllt / Contact: Rhys Thomas 01267 224027",
            "** RHAGLEN / AGENDA",
            "1. YMDDIHEURIADAU AM ABSENOLDEB / APOLOGIES FOR ABSENCE",
            "2. DATGAN BUDDIANNAU PERSONOL / DECLARATIONS OF PERSONAL INTEREST",
            "3. LLOFNODI FEL COFNOD CYWIR / TO SIGN AS A CORRECT RECORD",
            "3.1 25AIN AWST 2026 / 25TH AUGUST 2026",
            "4. CANLLAWIAU GOLLYNGIAD / DISPENSATION GUIDANCE",
            "5. CAIS AM OLLYNGIAD / APPLICATION FOR DISPENSATION",
        ],
        items=[
            ("1", "YMDDIHEURIADAU AM ABSENOLDEB / APOLOGIES FOR ABSENCE"),
            ("2", "DATGAN BUDDIANNAU PERSONOL / DECLARATIONS OF PERSONAL INTEREST"),
            ("3", "LLOFNODI FEL COFNOD CYWIR / TO SIGN AS A CORRECT RECORD"),
            ("3.1", "25AIN AWST 2026 / 25TH AUGUST 2026"),
            ("4", "CANLLAWIAU GOLLYNGIAD / DISPENSATION GUIDANCE"),
            ("5", "CAIS AM OLLYNGIAD / APPLICATION FOR DISPENSATION"),
        ],
        fields=of_body("Glanafon County Council", "Standards Committee", "2026-11-23", "agenda_pack"),
    )


def town_council_bilingual_logo_agenda() -> Paper:
    """A Welsh town council's agenda: 'Cyngor Tref X' and 'X Town Council' in the logo, the meeting as the page
    titles it ('Council 14th April 2026'), 'To receive …' items and lettered planning applications under one."""
    return Paper(
        rows=[
            "## Cyngor Tref Llanfoist Fawr",
            "## Llanfoist Fawr Town Council",
            "Town Hall, Cross Street, Llanfoist Fawr NP7 5HD   Tel: 01873 555322",
            "** Council 14th April 2026",
            "Members of the public may join the meeting as observers; please contact the Town Clerk.",
            "** AGENDA",
            "1. To receive and approve apologies for absence.",
            "2. To receive declarations of interest for items on the agenda",
            "3. To receive and approve the minutes of the last meeting held on 10th March 2026",
            "4. To receive and note the Town Clerk's Update",
            "5. To receive and approve the CCTV Memorandum of Understanding 2026-2029",
            "6. To consider and approve the following planning applications:",
            ">a) DM/2026/00123 – 14 Frogmore Street – change of use to a café",
            ">b) DM/2026/00131 – 3 Castle Meadows Road – rear extension",
            "7. To receive reports from Councillors attending meetings of External Bodies",
        ],
        items=[
            ("1", "To receive and approve apologies for absence"),
            ("2", "To receive declarations of interest for items on the agenda"),
            ("3", "To receive and approve the minutes of the last meeting held on 10th March 2026"),
            ("4", "To receive and note the Town Clerk's Update"),
            ("5", "To receive and approve the CCTV Memorandum of Understanding 2026-2029"),
            ("6", "To consider and approve the following planning applications"),
            ("6(a)", "DM/2026/00123 – 14 Frogmore Street – change of use to a café"),
            ("6(b)", "DM/2026/00131 – 3 Castle Meadows Road – rear extension"),
            ("7", "To receive reports from Councillors attending meetings of External Bodies"),
        ],
        fields=own_meeting("Llanfoist Fawr Town Council", "2026-04-14", "agenda_pack"),
    )


# ============================================================================ Northern Ireland district and city


def district_council_proceedings() -> Paper:
    """'Minutes of Proceedings of a Meeting of X District Council held in the Council Chamber, … on Tuesday, …',
    'Presiding', items in bold capitals, the record in numbered paragraphs ('1.1 It was', '2.1 The Chief …')."""
    return Paper(
        rows=[
            "# BALLYCORR DISTRICT COUNCIL",
            "Minutes of Proceedings of a Meeting of Ballycorr District Council held in the Council Chamber, 50 Church",
            "Road, Ballycorr on Tuesday, 13 October 2026. The meeting commenced at 7.30 pm.",
            "Presiding  P McLaren",
            "Other Members Present  P J Bateman  J Cambie  T J Cathcart  Mrs E A Ford  J F Kerrigan",
            "Officers Present  J A McLean (Chief Executive)  J J Toner (Director of Finance and Administration)",
            "** 1. MINUTES",
            "1.1 It was",
            "PROPOSED by Councillor J F Kerrigan Seconded by Councillor J Cambie, and",
            "RESOLVED: that the Minutes of the Council Meeting held on Tuesday, 8 September 2026 (copy",
            "previously circulated to each Member) be taken as read and signed as correct.",
            "** 2. MATTERS ARISING OUT OF THE MINUTES",
            "2.1 The Chief Executive advised that there were no matters as such arising out of the Minutes.",
            "2.2 Submitted letter of thanks from Lough Beg Rescue to the Council for its contribution.",
            "2.3 Submitted an e-mail from Northern Ireland Water requesting dates for their presentation.",
            "2.3.1 It was agreed that Northern Ireland Water should be invited to the January meeting.",
            "** 3. ROADS SERVICE ANNUAL REPORT",
            "3.1 The Chairman welcomed the Divisional Roads Manager to the meeting.",
        ],
        items=[
            ("1", "MINUTES"),
            ("2", "MATTERS ARISING OUT OF THE MINUTES"),
            ("3", "ROADS SERVICE ANNUAL REPORT"),
        ],
        fields=of_body("Ballycorr District Council", "District Council", "2026-10-13", "minutes"),
    )


def district_council_proceedings_plain() -> Paper:
    """The same council's later minutes typed in one font: 'X DISTRICT COUNCIL', then 'Minutes of Proceedings of a
    Meeting of District Council …', items '1 Minutes' with no stop, paragraphs '1.1 It was'."""
    return Paper(
        rows=[
            "BALLYCORR DISTRICT COUNCIL",
            "Minutes of Proceedings of a Meeting of District Council held in the Council Chamber, 50 Church Road,",
            "Ballycorr on Tuesday, 8 September 2026. The meeting commenced at 7.30 pm.",
            "Presiding: G C Shields",
            "Apology: J Crawley  I P Milner",
            "1 Minutes",
            "1.1 It was",
            "Proposed by Councillor T J Cathcart Seconded by Councillor Mrs E A Ford, and",
            "Resolved: that Minutes of the Meeting of the Council held on Tuesday, 11 August 2026 be taken as read.",
            "2 Matters Arising Out of the Minutes",
            "2.1 The Chief Executive advised that there were no items as such arising out of the Minutes.",
            "2.2 Submitted a letter from the Private Secretary to the Minister for Regional Development.",
            "3 Correspondence",
            "3.1 Submitted a letter from the Housing Executive on the district housing plan.",
        ],
        items=[("1", "Minutes"), ("2", "Matters Arising Out of the Minutes"), ("3", "Correspondence")],
        fields=of_body("Ballycorr District Council", "District Council", "2026-09-08", "minutes"),
        one_font=True,
    )


def district_council_headings_run_on() -> Paper:
    """The same council's earlier minutes: 'X DISTRICT COUNCIL' over 'MINUTES OF Proceedings of a Meeting of X District
    Council held in the Bridewell, …', each heading in capitals run on into its record ('1. MINUTES Submitted Minutes
    of …'), an earlier minute's reference before a paragraph ('56/9/2025 2.1 He did advise …')."""
    return Paper(
        rows=[
            "## DISTRICT COUNCIL",
            "MINUTES OF Proceedings of a Meeting of Ballycorr District Council held in the Bridewell, 6 Church Street,",
            "Ballycorr on Thursday, 9 April 2026. The meeting commenced at 2.00 pm.",
            "Presiding: Miss K A Logan",
            "Officers Present: J J Toner (Director of Finance and Administration)",
            "1. MINUTES Submitted Minutes of Meeting of the Council held on Tuesday, 10 March 2026 (copy circulated",
            "to each Member).",
            "It was PROPOSED by Councillor J F Kerrigan, Seconded by Councillor J P O'Neary, and",
            "RESOLVED: that the Minutes be taken as read and signed as correct.",
            "2. MATTERS ARISING OUT OF THE MINUTES Mr Toner advised that there were no items as such arising.",
            "56/9/2025 2.1 He did advise that the Housing Executive had been invited to present the District Housing",
            "Plan to Council, but had declined to attend.",
            "3. ULSTER FARMERS' UNION The Chairman welcomed the President of the Union to the meeting.",
        ],
        items=[("1", "MINUTES"), ("2", "MATTERS ARISING OUT OF THE MINUTES"), ("3", "ULSTER FARMERS' UNION")],
        fields=of_body("Ballycorr District Council", "District Council", "2026-04-09", "minutes"),
    )


def city_council_logo_monthly_meeting() -> Paper:
    """A city council named only in its logo (two short lines) and in the officers' 'IN ATTENDANCE' line; the
    running head 'MM 25.08.2026'; 'Minutes of the Monthly Meeting of Council held in …'; sub-items '1.1 Prayers'."""
    return Paper(
        rows=[
            "** Carnmoney & Glenavy",
            "** City Council",
            "Minutes of the Monthly Meeting of Council held in the Riverside Civic Centre, The Quay, Carnmoney, on",
            "Tuesday, 25 August, 2026 at 7:00 pm",
            "PRESENT: The Right Worshipful the Mayor Councillor A Given",
            "Deputy Mayor Councillor J McCartan",
            "Aldermen J Bairdson, W J Dillane MBE, D Drysdale and S Martindale",
            "IN ATTENDANCE: Carnmoney & Glenavy City Council",
            "Chief Executive  Director of Service Transformation  Member Services Officer",
            "** 1. Business of The Right Worshipful the Mayor",
            "** 1.1 Prayers",
            "The Right Worshipful the Mayor, Councillor Given, opened the meeting with prayers.",
            "** 1.2 Apologies",
            "Apologies were received from Councillors R Carling and S Carsley.",
            "** 1.3 Declarations of Interest",
            "There were no declarations of interest.",
            "** 2. Presentations",
            "** 2.1 Carnmoney Harriers Athletics Club",
            "The Mayor welcomed members of the club to the meeting.",
        ],
        items=[
            ("1", "Business of The Right Worshipful the Mayor"),
            ("1.1", "Prayers"),
            ("1.2", "Apologies"),
            ("1.3", "Declarations of Interest"),
            ("2", "Presentations"),
            ("2.1", "Carnmoney Harriers Athletics Club"),
        ],
        fields=of_body("Carnmoney & Glenavy City Council", ANY, "2026-08-25", "minutes"),  # type: ignore[arg-type]
        head="MM 25.08.2026",
    )


def committee_page_council_in_footer() -> Paper:
    """A ModernGov 'Agenda and minutes' page of a city council's committee printed from the web: the committee and
    date in the heading, 'Venue:' and 'Contact:', items under 'No. Item' with a lettered sub-item, a 'Proposal' and
    an 'Amendment' inside a minute; the council named only in the footer."""
    return Paper(
        rows=[
            "# Agenda and minutes",
            "## Strategic Policy and Resources Committee - Friday, 19th June, 2026 9.30 am",
            "Venue: Lavery Room - City Hall",
            "Contact: Mr Jim Hanley, Senior Democratic Services Officer",
            [(56, "No.", True), (100, "Item", True)],
            [(56, "1."), (100, "Apologies")],
            [(100, "Apologies for inability to attend were reported on behalf of Councillors Beatty and Smythe.")],
            [(56, "2."), (100, "Declarations of Interest")],
            [(100, "No Declarations of Interest were reported.")],
            [(56, "3."), (100, "Restricted Item")],
            [(100, "Resolved – That the Committee agrees to exclude the members of the press and public.")],
            [(56, "3a."), (100, "Bonfire Update (verbal update)")],
            [(100, "Proposal")],
            [(100, "Proposed by Councillor de Faoite, Seconded by Councillor Whyte,")],
            [(100, "Amendment")],
            [(100, "Proposed by Councillor Bunting, Seconded by Alderman McCoubrey,")],
            [(56, "4."), (100, "Party Group Leaders' Consultative Forum")],
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Restricted Item"),
            ("3a", "Bonfire Update (verbal update)"),
            ("4", "Party Group Leaders' Consultative Forum"),
        ],
        fields=of_body("Dunmurry City Council", "Strategic Policy and Resources Committee", "2026-06-19", "minutes"),
        foot="Dunmurry City Council, City Hall, Dunmurry BT1 5GS",
    )


# ===================================================================== Scottish joint board, parish, fire authority


def ijb_cmis_meeting_details() -> Paper:
    """A CMIS 'Meeting Details' page of an integration joint board printed from the browser: the board's name, the
    date as '29 Apr 2026 - 13:00 to 14:00', 'Public Items', numbered items, the decision's 'i) … ii) …'."""
    return Paper(
        rows=[
            "# Meeting Details",
            "## Corran Integration Joint Board",
            "29 Apr 2026 - 13:00 to 14:00",
            "** Public Items",
            "1. Welcome and Apologies",
            "The Chair welcomed everyone to the Special meeting of the Integration Joint Board.",
            "2. Declaration of Member's Interests",
            "The Board noted that no declarations of Members' interest were submitted.",
            "3. Chair and Vice-Chair Rotation",
            "A report by the Corporate Manager informed the Board of changes to Membership.",
            "Following consideration the Board agreed:",
            "i) to note the Chair and Vice-Chair were due to rotate on 1 April 2026;",
            "ii) a new Chair for the Audit, Performance and Risk Committee; and",
            "iii) to note the progress update for the proposed increase in voting membership.",
            "4. Equality Mainstreaming Report",
            "A report by the Chief Officer sought approval of the revised Equality Mainstreaming Report.",
        ],
        items=[
            ("1", "Welcome and Apologies"),
            ("2", "Declaration of Member's Interests"),
            ("3", "Chair and Vice-Chair Rotation"),
            ("4", "Equality Mainstreaming Report"),
        ],
        fields=own_meeting("Corran Integration Joint Board", "2026-04-29"),
        web=(
            "Corran Integration Joint Board - Meeting Details",
            "https://corran.cmis.uk.com/corran/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/1748",
        ),
    )


def annual_parish_council_meeting() -> Paper:
    """'Minutes Annual Parish Council Meeting 12th May 2026' under the parish council's logo, minute numbers with a
    colon ('2743: Apologies for Absence:'), a bulleted committee under a numbered minute."""
    return Paper(
        rows=[
            "# Hatherley Bulbeck Parish Council",
            "** Minutes Annual Parish Council Meeting 12th May 2026",
            "Held at the School on Tuesday, 12th May 2026, starting at 7.15pm",
            "Present: Margaret Chadd, Bert Collier, Brian Amble, Lynn Reid and David Turnbull (late arrival).",
            "In Attendance: Karen Kingsley - Clerk.",
            "** 2743: Apologies for Absence:",
            "Giles Merriman (work commitments)",
            "** 2744: Signing of 'Declaration of Acceptance of Office' by Elected Councillors:",
            "These were signed by all attending.",
            "** 2745: Parish Council Vacancy:",
            "The Clerk confirmed that following an uncontested election 8 seats were taken leaving one vacancy.",
            "** 2746: Election of Chairman:",
            "Bert Collier proposed that Margaret Chadd continue as Chairman for another year.",
            "** 2747: Election of Vice-Chairman:",
            "Bert Collier proposed Lynn Reid as Vice-Chairman. This was seconded and unanimously agreed.",
            "** 2748: Election of Officers:",
            "• Property Maintenance Committee: Brian Amble and David Turnbull.",
        ],
        items=[
            ("2743", "Apologies for Absence"),
            ("2744", "Signing of 'Declaration of Acceptance of Office' by Elected Councillors"),
            ("2745", "Parish Council Vacancy"),
            ("2746", "Election of Chairman"),
            ("2747", "Election of Vice-Chairman"),
            ("2748", "Election of Officers"),
        ],
        fields=own_meeting("Hatherley Bulbeck Parish Council", "2026-05-12"),
    )


def combined_fire_authority_agenda() -> Paper:
    """A combined fire authority's annual meeting agenda: the authority in the heading, 'Contact: … Tel: …', items
    numbered by year ('1/26 Appointment of Chair'), a standing item's note under its title."""
    return Paper(
        rows=[
            "# Lunesdale Combined Fire Authority",
            "** Annual Meeting of the Authority",
            "Monday, 15th June, 2026 10.00 am",
            "Venue: Hallam Hall, Service Training Centre, Eccleston",
            "Contact: Sam Hurst, Member Services Manager  Tel: 01772 866720",
            "** Agenda",
            "1/26 Appointment of Chair",
            "2/26 Appointment of Vice Chair",
            "3/26 Chair's Welcome and Introduction",
            ">Standing item.",
            "4/26 Composition of CFA",
            "5/26 Apologies for Absence",
            "6/26 Disclosure of Pecuniary and non-Pecuniary Interests",
            "7/26 Minutes of Previous Meeting",
            "8/26 Programme of meetings 2027/28",
        ],
        items=[
            ("1/26", "Appointment of Chair"),
            ("2/26", "Appointment of Vice Chair"),
            ("3/26", "Chair's Welcome and Introduction"),
            ("4/26", "Composition of CFA"),
            ("5/26", "Apologies for Absence"),
            ("6/26", "Disclosure of Pecuniary and non-Pecuniary Interests"),
            ("7/26", "Minutes of Previous Meeting"),
            ("8/26", "Programme of meetings 2027/28"),
        ],
        fields=own_meeting("Lunesdale Combined Fire Authority", "2026-06-15", "agenda_pack"),
    )


def licensing_sub_committee_special_meeting() -> Paper:
    """A Scottish council's sub-committee minutes: the place and date first ('Coltness, 12 May 2026 at 10.30 am.'),
    then 'A Special Meeting of the CORPORATE SERVICES (LICENSING) SUB-COMMITTEE', labels in capitals on lines of
    their own, headings in capitals over numbered paragraphs; the council named nowhere on the page."""
    return Paper(
        rows=[
            "Coltness, 12 May 2026 at 10.30 am.",
            "A Special Meeting of the CORPORATE SERVICES (LICENSING) SUB-COMMITTEE",
            "** PRESENT",
            "Councillor Hogan, Convener; Councillors Horne and S. Lowe.",
            "** CHAIR",
            "Councillor Hogan (Convener) presided.",
            "** IN ATTENDANCE",
            "The Administrative Officer (Committee Services); Chief Solicitor (Licensing) and Licensing Solicitor.",
            "** APOLOGIES",
            "Councillors Clark, Harmer, McAulay and Wallis.",
            "** DECLARATIONS OF INTEREST IN TERMS OF THE ETHICAL STANDARDS IN PUBLIC LIFE ETC. (SCOTLAND) ACT 2000",
            "1. No declarations were made.",
            "** METAL DEALER'S LICENCE - NEW APPLICATION - ROBERT SKELLY, 17 HOPE ROAD, KIRKFIELD",
            "2. The Chief Solicitor advised (1) that an application by Robert Skelly for a Metal Dealer's Licence had",
            "been received, and (2) that the Executive Director had recommended conditions be attached to the Licence.",
        ],
        items=None,  # numbered paragraphs under unnumbered headings: no gold file settles which is the item
        fields=of_body(ANY, "Corporate Services (Licensing) Sub-Committee", "2026-05-12", "minutes"),  # type: ignore[arg-type]
        head="SPECIAL CORPORATE SERVICES (LICENSING) SUB - 12 May 2026",
    )


DOCUMENTS = {
    "community-council-bilingual-minutes": community_council_bilingual_minutes,
    "county-standards-bilingual-frontsheet": county_standards_bilingual_frontsheet,
    "town-council-bilingual-logo-agenda": town_council_bilingual_logo_agenda,
    "district-council-proceedings": district_council_proceedings,
    "district-council-proceedings-plain": district_council_proceedings_plain,
    "district-council-headings-run-on": district_council_headings_run_on,
    "city-council-logo-monthly-meeting": city_council_logo_monthly_meeting,
    "committee-page-council-in-footer": committee_page_council_in_footer,
    "ijb-cmis-meeting-details": ijb_cmis_meeting_details,
    "annual-parish-council-meeting": annual_parish_council_meeting,
    "combined-fire-authority-agenda": combined_fire_authority_agenda,
    "licensing-sub-committee-special-meeting": licensing_sub_committee_special_meeting,
    "county-standards-bilingual-frontsheet-plain": lambda: plain(county_standards_bilingual_frontsheet),
    "annual-parish-council-meeting-plain": lambda: plain(annual_parish_council_meeting),
    "city-council-logo-monthly-meeting-plain": lambda: plain(city_council_logo_monthly_meeting),
}
CHECKS = ("items", *FIELDS)
XFAIL: dict[tuple[str, str], str] = {}


read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "round48")


@pytest.mark.parametrize(("name", "check"), paper_check_params(DOCUMENTS, CHECKS, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    assert_paper_check(DOCUMENTS[name](), read_papers[name], check)


# ============================================================================================ number shapes


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("2743: Apologies for Absence:", "2743"),
        ("1/26 Appointment of Chair", "1/26"),
        ("1.1 Prayers", "1.1"),
        ("3a. Bonfire Update (verbal update)", "3a"),
        # not minute numbers: a telephone number, a running head, a resolution's roman and lettered lines
        ("01492 555108  Ebost / Email clerc@bryncelyn.cymru", None),
        ("MM 25.08.2026", None),
        ("i) to note the Chair and Vice-Chair were due to rotate on 1 April 2026;", None),
        ("(a) Standard items on the Panel's agenda include reports on:", None),
    ],
)
def test_number_shapes(text: str, number: str | None) -> None:
    parsed = _parse_number(text)
    assert (parsed[0] if parsed else None) == number
