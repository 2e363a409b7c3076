"""Round 9 suite: item numbering and title blocks as REAL minutes and agendas of other bodies print them.

Each case keeps the structure and phrasing pattern of a real page (names, places and numbers changed) and states
what a gold annotator would record under corpus/gold/README.md. Rendered with reportlab and read through the real
code path (pdf.read_document -> segment), like tests/test_segment_round8.py. Sources (one line per page read):
- http://lawsdocbox.com/US_Government_Resources/67175032-Groby-parish-council.html (Cou/285/07-08 minute refs)
- https://www.choppingtonparishcouncil.org/minutes-of-parish-council-22-november-2023/ (C048/23 then 1. CAPS)
- https://melton-suffolk-pc.gov.uk/documents/mpc21m04-minutes-of-the-statutory-annual-meeting-of-melton-parish-council-held-on-5-may-2021/ (Item No | Item under discussion, 21.44)
- https://travelsdocbox.com/amp/110945429-United_Kingdom/Pebmarsh-parish-council.html (parish title lines)
- https://blaengwrachcommunitycouncil.org/draft-minutes-of-the-ordinary-meeting-held-on-thursday-19th-october-2023 (82/23 Apologies: text)
- https://docslib.org/doc/10937696/1-minutes-of-the-council-meeting-of-the-llanedi-community-council (Minute no. 2 - title)
- https://malltraeth.com/index.php/information/bodorgan-community-council/2022/19-july-2022 (bare numbers, 6.1 subs)
- http://www.llangunnor.net/council/2022/may2022 ("A meeting of X Community Council will be held ... on")
- https://democracy.westsuffolk.gov.uk/ieListDocuments.aspx?CId=521&MId=4668 (ModernGov 177. numbering)
- https://mycouncil.surreycc.gov.uk/ieListDocuments.aspx?CId=120&MId=7763 (77/21 numbering)
- http://modgov.hillingdon.gov.uk/ieListDocuments.aspx?CId=115&MId=791&Ver=4 (London borough cabinet)
- https://governance.enfield.gov.uk/ieListDocuments.aspx?CId=107&MID=9660 (CAPS item titles)
- http://democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=193&MId=1534&Ver=4 (4.1 Minute 6 - sub-items)
- https://docslib.org/doc/5512260/meeting-of-hertfordshire-police-and-crime-panel (bare "1 CAPS TITLE" headings)
- http://mycouncil.surreycc.gov.uk/ieListDocuments.aspx?CId=250&MId=7244&Ver=4 (police and crime panel 39/20)
- https://paperzz.com/doc/9128830/southern-health-nhs-foundation-trust (1. heading, 1.1. paragraphs)
- https://financedocbox.com/amp/96349777-Tax_Planning/Minutes-of-the-trust-board-meeting-held-on-2-april-2014-13-00-hrs-board-room-trust-headquarters-queen-s-hospital.html (NHS title lines)
- https://careersdocbox.com/amp/96310136-Nursing/Velindre-nhs-trust-trust-board-meeting.html (Welsh health board titles)
- https://cairngorms.co.uk/resource/docs/boardpapers/10092004/CNPA.Paper.507.Board.Board.minutes.1.txt (unnumbered headings)
- http://www.northyorkmoors.org.uk/about-us/meetings-and-agendas/special-authority-agenda (Meeting:/Date: agenda)
- https://www.shropshirefire.gov.uk/meeting/17-december-2025 (Item no. | Agenda Item | Details table, 01)
- https://committee.nottinghamcity.gov.uk/ieListDocuments.aspx?CId=219&MId=4722&Ver=4 (fire authority committee)
- https://docs.oro-medonte.ca/WebLink/DocView.aspx?dbid=0&id=36003&repo=Oro-Medonte (1. CAPS: and a) subs)
- http://lawsdocbox.com/US_Government_Resources/113703655-Township-of-south-west-oxford-council-meeting-minutes-july-19-2011.html
- https://businessdocbox.com/Government/73217763-1-call-to-order-the-meeting-was-called-to-order-by-mayor-higgins-at-9-00-a-m.html (North Frontenac)
- https://readkong.com/page/the-corporation-of-the-township-of-seguin-the-7663138 (Corporation of the Township of)
- https://weblink.morrobayca.gov/WebLink/DocView.aspx?dbid=0&id=52655&repo=Morro-Bay (CITY COUNCIL REGULAR MEETING)
- http://napier.infocouncil.biz/Open/2020/08/CO_20200827_MIN_449.htm (Meeting Date: label, unnumbered)
- https://www.gov.scot/publications/standing-council-on-europe-minutes-may-2019/ (Items and actions, 1. title)
- https://lawsdocbox.com/amp/115403594-US_Government_Resources/Adjourned-regular-chico-city-council-meeting-j-november-17-minutes.html
  (US title lines: "CITY OF X CITY COUNCIL REGULAR MEETING AGENDA", "MINUTES OF THE CITY OF X CITY COUNCIL MEETING OF")
- http://www.chickasha.org/AgendaCenter/ViewFile/Agenda/_08012017-577?html=true (number alone, title on the next line)
- https://governance.enfield.gov.uk/mgAi.aspx?ID=52791 ("MINUTES OF THE PLANNING COMMITTEE MEETING HELD ON:")
- http://lawsdocbox.com/US_Government_Resources/126570187-Minutes-of-the-regular-meeting-of-the-city-council-of-the-city-of-santa-ana-california-april-17-2018-closed-session-meeting-council-chamber.html
- https://documents.rpvca.gov/WebLink/DocView.aspx?dbid=0&id=85004&repo=RanchoPalosVerdes (stacked title lines)
- http://records.sanjuancapistrano.org/Public/DocView.aspx?id=35027&dbid=0&repo=SJC ("MINUTES" / date / COUNCIL)
- http://lawsdocbox.com/US_Government_Resources/93325249-Draft-minutes-march-21-2017.html (1.4. / 2.2. numbering)
- https://castor-pc.gov.uk/documents/agenda-2nd-march-2023/ (summons in capitals, the clerk's date under it)
- https://allington.parish.lincolnshire.gov.uk/council-business/2023-parish-council-meeting-agendas/5 (notice letter)
- https://trimdon.com/parish-councils/trimdon-foundry-parish-council-minutes-and-information/trimdon-foundry-parish-council-minutes-2017/agenda-for-meeting-scheduled-for-tuesday-12th-september-2017/
- https://westbergholt-pc.gov.uk/parish-council/meetings/minutes/minutes-of-the-parish-council-meeting-25th-october-2023/
- https://thurlton.norfolkparishes.gov.uk/meetings/ (standing agenda in capitals)
- https://committees.aberdeencity.gov.uk/ieListDocuments.aspx?CId=122&MId=2863&Ver=4&txtonly=1 ("Minute of Meeting of X")
- https://www.argyll-bute.gov.uk/my-council/argyll-and-bute-council-constitution/Part%20B%20-%20Standing%20orders%20for%20meetings/17-minutes
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from pathlib import Path

import pytest

from segment_cases import ANY, Row, facts_as_judged, items_of

TEXT = "The members discussed the matter and agreed to consider it further at the next meeting."
PARISH_HEAD: list[Row] = [
    "# Eastfield Parish Council",
    "Minutes of the meeting held on Tuesday 6 July 2021 at 7.30pm in the Village Hall",
    "Present: Cllr J Brown (Chair), Cllr K White, Cllr L Green",
]

# (id, head+rows, expected items)
ITEM_CASES: list[tuple[str, list[Row], list[tuple[str | None, str]]]] = [
    (
        # Choppington: the minute reference, then the agenda number, then the title in capitals with a full stop
        "minute-ref-then-agenda-number",
        PARISH_HEAD
        + [
            [(56, "C061/23", True), (130, "1.", True), (160, "APOLOGIES FOR ABSENCE.", True)],
            TEXT,
            [(56, "C062/23", True), (130, "2.", True), (160, "DECLARATIONS OF INTEREST", True)],
            TEXT,
            [(56, "C063/23", True), (130, "3.", True), (160, "PLANNING MATTERS FOR CONSIDERATION.", True)],
            TEXT,
        ],
        [
            ("C061/23", "APOLOGIES FOR ABSENCE"),
            ("C062/23", "DECLARATIONS OF INTEREST"),
            ("C063/23", "PLANNING MATTERS FOR CONSIDERATION"),
        ],
    ),
    (
        # Melton: a two-column "Item No | Item under discussion" layout with year.sequence numbers in capitals
        "item-no-column-year-dot-numbers",
        PARISH_HEAD
        + [
            [(56, "Item No", True), (110, "Item under discussion", True)],
            [(110, "PART ONE – OPEN TO THE PUBLIC", True)],
            [(56, "22.51", True), (110, "ELECTION OF CHAIR OF THE COUNCIL", True)],
            [(110, "It was RESOLVED that Cllr Brown be elected Chair of the Council.")],
            [(56, "22.52", True), (110, "DECLARATION OF ACCEPTANCE OF OFFICE", True)],
            [(110, "The Chair signed the declaration of acceptance of office.")],
            [(56, "22.53", True), (110, "ELECTION OF VICE-CHAIR", True)],
            [(110, "It was RESOLVED that Cllr White be elected Vice-Chair of the Council.")],
        ],
        [
            ("22.51", "ELECTION OF CHAIR OF THE COUNCIL"),
            ("22.52", "DECLARATION OF ACCEPTANCE OF OFFICE"),
            ("22.53", "ELECTION OF VICE-CHAIR"),
        ],
    ),
    (
        # Groby: committee prefix, sequence and council year ("Cou/286/07-08")
        "prefix-sequence-council-year",
        PARISH_HEAD
        + [
            "** Cou/301/08-09 Apologies for Absence",
            "Apologies for absence were received from Cllr Hill.",
            "** Cou/302/08-09 Declarations of Interest",
            "There were no declarations of interest.",
            "** Cou/303/08-09 Clerk's Report",
            TEXT,
        ],
        [
            ("Cou/301/08-09", "Apologies for Absence"),
            ("Cou/302/08-09", "Declarations of Interest"),
            ("Cou/303/08-09", "Clerk's Report"),
        ],
    ),
    (
        # Blaengwrach: "82/23 Apologies: Cllr X sent apologies." the heading runs into its text after a colon
        "number-title-colon-run-in",
        PARISH_HEAD
        + [
            "91/23 Apologies: Cllr D Evans sent his apologies.",
            "92/23 Declarations of Interest: There were no declarations of interest made at this meeting.",
            "93/23 County Councillor's Report:",
            "Cllr Hughes reported that the patrol vehicle had attended the roads around the school.",
            "94/23 Public Observations: There were no public observations on agenda items.",
        ],
        [
            ("91/23", "Apologies"),
            ("92/23", "Declarations of Interest"),
            ("93/23", "County Councillor's Report"),
            ("94/23", "Public Observations"),
        ],
    ),
    (
        # Llanedi: "Minute no. 2 – Apologies for Absence"
        "minute-no-label-dash",
        PARISH_HEAD
        + [
            "** Minute no. 1 – Members Present",
            "Councillors A Brown, B Evans, C Thomas and D Davies.",
            "** Minute no. 2 - Apologies for Absence",
            "Apologies for absence were received from Councillor T Hill.",
            "** Minute no. 3 – Declarations of Interest",
            TEXT,
        ],
        [("1", "Members Present"), ("2", "Apologies for Absence"), ("3", "Declarations of Interest")],
    ),
    (
        # Bodorgan: a bare number, a wide gap and the title; Hertfordshire panel: "1 INTRODUCTION AND WELCOME"
        "bare-number-gap-title",
        PARISH_HEAD
        + [
            [(56, "1", True), (100, "Present", True)],
            "Councillors Mr T Owen (Chair), Mrs S Barton, Mr A Hughes and the Clerk.",
            [(56, "2", True), (100, "Apologies", True)],
            "were received from Councillors Mr G Evans and Mr L Thomas.",
            [(56, "3", True), (100, "To declare any personal and/or prejudicial interest.", True)],
            "No personal declaration was received.",
        ],
        [("1", "Present"), ("2", "Apologies"), ("3", "To declare any personal and/or prejudicial interest")],
    ),
    (
        "bare-number-caps-with-dates",
        [
            "# MEETING OF POLICE AND CRIME PANEL",
            "Thursday 24 October 2013, Civic Offices, Westford",
            "Present: Cllr M Alder, Cllr A Brewer, Cllr M Bright",
            "** 1 INTRODUCTION AND WELCOME",
            "A welcome was extended to all members of the Panel and to the two new co-opted members.",
            "** 2 MINUTES OF THE PREVIOUS MEETING OF 18 JULY 2013",
            "Agreed.",
            "** 3 MATTERS ARISING",
            "None.",
            "** 4 TRAINING EVENT - 27 SEPTEMBER 2013",
            TEXT,
        ],
        [
            ("1", "INTRODUCTION AND WELCOME"),
            ("2", "MINUTES OF THE PREVIOUS MEETING OF 18 JULY 2013"),
            ("3", "MATTERS ARISING"),
            ("4", "TRAINING EVENT - 27 SEPTEMBER 2013"),
        ],
    ),
    (
        # Southern Health: "1. Heading" then numbered paragraphs "1.1." that are not items
        "numbered-paragraphs-under-items",
        [
            "# Northvale Health NHS Foundation Trust",
            "Minutes of the Board Meeting in Public",
            "Tuesday 25 April 2017 10:15 – 12:30",
            "Members: Alan Yeo, Julie Dane, Jon Allen",
            "** 1. Chair's Welcome and Meeting Protocol",
            "1.1. Alan Yeo welcomed members to the meeting, which he opened at 10:20.",
            "** 2. Apologies for Absence",
            "2.1. Alan Yeo noted apologies from Judith Smart, Non-Executive Director.",
            "** 3. Declarations of Interest",
            "3.1. There were no declarations of interest relating to items on the agenda.",
            "** 4. Minutes of Last Meeting and matters arising",
            "4.1. In consideration of the minutes of the meeting held on 28.03.2017, two changes were agreed.",
        ],
        [
            ("1", "Chair's Welcome and Meeting Protocol"),
            ("2", "Apologies for Absence"),
            ("3", "Declarations of Interest"),
            ("4", "Minutes of Last Meeting and matters arising"),
        ],
    ),
    (
        # Oro-Medonte: "1. CAPS TITLE:" with "a) Motion to ..." sub-items and motion numbers under them
        "caps-colon-titles-letter-subs",
        [
            "# THE TOWNSHIP OF ELMVALE",
            "## REGULAR COUNCIL MEETING MINUTES",
            "Council Chambers",
            "Wednesday, June 26, 2013",
            "Present: Mayor H. Hughes, Deputy Mayor R. Hough, Councillor K. Meyer",
            "** 1. CALL TO ORDER - PRIVATE PRAYER/MOMENT OF REFLECTION:",
            "Mayor Hughes assumed the Chair and called the meeting to order.",
            "** 2. ADOPTION OF AGENDA:",
            "a) Motion to Adopt the Agenda.",
            "Motion No. C130626-1",
            "Moved by Evans, Seconded by Crawford",
            "Be it resolved that the agenda for the Council meeting be received and adopted.",
            "Carried.",
            "** 3. DISCLOSURE OF PECUNIARY INTEREST:",
            "None declared.",
            "** 4. CLOSED SESSION ITEMS:",
            "a) Motion to go In Closed Session.",
            "Moved by Evans, Seconded by Crawford",
            "b) Motion to Rise and Report.",
            "Moved by Evans, Seconded by Crawford",
        ],
        [
            ("1", "CALL TO ORDER - PRIVATE PRAYER/MOMENT OF REFLECTION"),
            ("2", "ADOPTION OF AGENDA"),  # a lone 'a)' is not a list (tests/test_segment_headings.py)
            ("3", "DISCLOSURE OF PECUNIARY INTEREST"),
            ("4", "CLOSED SESSION ITEMS"),
            ("4(a)", "Motion to go In Closed Session"),
            ("4(b)", "Motion to Rise and Report"),
        ],
    ),
    (
        # Carmarthenshire panel: "4.1 Minute 6 - title" sub-items of a matters-arising item
        "decimal-sub-items-under-matters-arising",
        PARISH_HEAD
        + [
            "** 1. APOLOGIES FOR ABSENCE AND PERSONAL MATTERS",
            TEXT,
            "** 2. DECLARATIONS OF INTEREST",
            "There were no declarations of personal interest.",
            "** 3. MATTERS ARISING FROM THE MINUTES (IF ANY)",
            "** 3.1 Minute 6 - Annual Report of the Commissioner",
            TEXT,
            "** 3.2 Minute 8 - Complaints Procedure",
            TEXT,
            "** 4. QUARTERLY PERFORMANCE REPORT",
            TEXT,
        ],
        [
            ("1", "APOLOGIES FOR ABSENCE AND PERSONAL MATTERS"),
            ("2", "DECLARATIONS OF INTEREST"),
            ("3", "MATTERS ARISING FROM THE MINUTES (IF ANY)"),
            ("3.1", "Minute 6 - Annual Report of the Commissioner"),
            ("3.2", "Minute 8 - Complaints Procedure"),
            ("4", "QUARTERLY PERFORMANCE REPORT"),
        ],
    ),
    (
        # North York Moors: "Meeting: / Venue: / Date:" then "Business" and "1. Title." lines, one wrapping
        "agenda-business-list-with-full-stops",
        [
            "# Eastdale Moors National Park Authority",
            "Meeting: Special National Park Authority Meeting",
            "Venue: The National Park Office, The Old Vicarage, Helmford",
            "Date: Thursday 23 May 2013 at 12.30 pm or on the rising of the Planning Committee",
            "## Business",
            "1. Public Question Time.",
            "2. Members are reminded that it is their responsibility to declare the nature of any",
            ">personal and prejudicial interests relating to any agenda item.",
            "3. Review of National Park Management Plan.",
            "4. Standards Regime Developments with Appendices A & B.",
        ],
        [
            ("1", "Public Question Time"),
            (
                "2",
                "Members are reminded that it is their responsibility to declare the nature of any personal and "
                "prejudicial interests relating to any agenda item",
            ),
            ("3", "Review of National Park Management Plan"),
            ("4", "Standards Regime Developments with Appendices A & B"),
        ],
    ),
    (
        # Shropshire fire: "Item no. | Agenda Item | Details | Status" with zero-padded numbers
        "agenda-table-details-status",
        [
            "# Westshire Fire and Rescue Authority",
            "Date: Wednesday, 10 October, 2018",
            "Time: 14:00",
            "Location: Headquarters, Westbury",
            [(56, "Item no.", True), (110, "Agenda Item", True), (280, "Details", True), (480, "Status", True)],
            [(56, "01"), (110, "Apologies for Absence")],
            [(56, "02"), (110, "Disclosable Pecuniary"), (280, "Members are reminded that they must not")],
            [(110, "Interests"), (280, "participate in the discussion of any matter.")],
            [(56, "03"), (110, "Public Questions"), (280, "Members are asked to receive any questions.")],
            [(56, "04"), (110, "Minutes"), (280, "Members are asked to agree the minutes."), (480, "For decision")],
        ],
        [
            ("01", "Apologies for Absence"),
            ("02", "Disclosable Pecuniary Interests"),
            ("03", "Public Questions"),
            ("04", "Minutes"),
        ],
    ),
    (
        # Llangunnor: the agenda introduced by "To transact the following agenda:", "To ..." item titles
        "agenda-to-transact-the-following",
        [
            "# Llanfair Community Council",
            "A meeting of Llanfair Community Council will be held remotely on Thursday 18th May 2023 at 6:30p.m.",
            "To transact the following agenda:",
            "1. To receive apologies for absence.",
            "2. To record all declarations of interest for Agenda items.",
            "3. Chair's Announcements.",
            "4. To approve the minutes of the Monthly meeting of Council held on 20th April 2023",
        ],
        [
            ("1", "To receive apologies for absence"),
            ("2", "To record all declarations of interest for Agenda items"),
            ("3", "Chair's Announcements"),
            ("4", "To approve the minutes of the Monthly meeting of Council held on 20th April 2023"),
        ],
    ),
    (
        # gov.scot standing council: "Items and actions" then short numbered headings
        "items-and-actions-headings",
        [
            "# Standing Council on Rural Affairs minutes: May 2019",
            "Minutes of the fifth meeting of the Standing Council on Rural Affairs, held on 28 May 2019.",
            "## Attendees and apologies",
            "Members in attendance: Sir A Muir, M Burns, Prof A Miller",
            "## Items and actions",
            "** 1. Welcome and introduction",
            "The meeting opened with a welcome and brief introduction from the Chair.",
            "** 2. Update from the Minister",
            "The Minister provided an update on recent developments in the sector.",
            "** 3. Discussion on the future of rural funding",
            TEXT,
        ],
        [
            ("1", "Welcome and introduction"),
            ("2", "Update from the Minister"),
            ("3", "Discussion on the future of rural funding"),
        ],
    ),
    (
        # ModernGov printed minutes: running numbers in the hundreds, title on the number's line
        "moderngov-running-numbers",
        [
            "# West Hallam District Council",
            "Minutes of a meeting of the Cabinet held on Tuesday 10 November 2020 at 6.00 pm",
            "Present: Councillor J Griffiths (Chair), Councillors S Mildmay and R Pugh",
            "** 177. Welcome and meeting facilitation",
            "The Chair formally opened the meeting and welcomed all persons present.",
            "** 178. Apologies for absence",
            "No apologies for absence were received.",
            "** 179. Minutes",
            "The minutes of the meetings held on 22 September 2020 were confirmed as a correct record.",
        ],
        [("177", "Welcome and meeting facilitation"), ("178", "Apologies for absence"), ("179", "Minutes")],
    ),
    (
        # Choppington: a long capitals heading wraps onto a second bold line
        "caps-heading-over-two-lines",
        PARISH_HEAD
        + [
            "** 5. TO RECEIVE AND ADOPT THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON",
            "** 13 NOVEMBER 2023",
            "The meeting agreed the minutes represented a true record of the meeting.",
            "** 6. MATTERS ARISING",
            "No matters arising.",
            "** 7. TO RECEIVE AND NOTE THE MINUTES OF THE COMMUNITY DEVELOPMENT AND",
            "** ENVIRONMENT COMMITTEE HELD ON 6TH SEPTEMBER 2023",
            "Members received and noted the minutes.",
        ],
        [
            ("5", "TO RECEIVE AND ADOPT THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 13 NOVEMBER 2023"),
            ("6", "MATTERS ARISING"),
            (
                "7",
                "TO RECEIVE AND NOTE THE MINUTES OF THE COMMUNITY DEVELOPMENT AND ENVIRONMENT COMMITTEE HELD ON "
                "6TH SEPTEMBER 2023",
            ),
        ],
    ),
    (
        # Chickasha: the number alone on its line, the title on the next
        "agenda-number-alone-title-below",
        [
            "# CITY OF WESTLAKE",
            "## CITY COUNCIL AGENDA",
            "Tuesday, August 1, 2017 at 7:00 p.m.",
            "Councilmembers: Ward 1 J. Doe, Ward 2 R. Roe",
            "1.",
            ">Approval of minutes",
            "2.",
            ">Call to Order / Roll Call / Opening Prayer / Pledge of Allegiance",
            "3.",
            ">Visitor Presentation / Citizen and Council Communications",
            "4.",
            ">Consent Docket",
        ],
        [
            ("1", "Approval of minutes"),
            ("2", "Call to Order / Roll Call / Opening Prayer / Pledge of Allegiance"),
            ("3", "Visitor Presentation / Citizen and Council Communications"),
            ("4", "Consent Docket"),
        ],
    ),
    (
        # Cairngorms: unnumbered bold headings over numbered paragraphs; the headings are the items (number null)
        "unnumbered-headings-over-numbered-paragraphs",
        [
            "# HIGHMOOR NATIONAL PARK AUTHORITY",
            "MINUTES OF THE BOARD MEETING",
            "held at Tomford Village Hall, Tomford on 10th September 2004 at 1.30pm",
            "PRESENT",
            "Eric Baird, William McKay, Stuart Black, Andrew Reid",
            "** Minutes of Last Meeting - approval",
            "1. The minutes of the previous meeting (13th August) were approved with one change.",
            "** Matters Arising",
            "2. Matters arising from the previous minutes were reported as follows.",
            "a) Paragraph 2: the Convener reported that he had written to the health boards.",
            "b) Paragraph 12(b): proposals on advisory forums would be brought to the next meeting.",
            "** Election of Convenor and Deputy Convenor (Paper 1)",
            "3. Andrew Reid was nominated for the post of Convenor by Stuart Black.",
            "4. There being no other nominations, Andrew Reid was elected Convenor.",
        ],
        [
            (None, "Minutes of Last Meeting - approval"),
            (None, "Matters Arising"),
            (None, "Election of Convenor and Deputy Convenor (Paper 1)"),
        ],
    ),
    (
        # Melton / Blaengwrach: "Minute | Item | Action" grid, the minute reference in the first column
        "minute-item-action-grid",
        PARISH_HEAD
        + [
            [(56, "Minute", True), (110, "Item", True), (480, "Action", True)],
            [(56, "21/40", True), (110, "Apologies", True)],
            [(110, "Apologies were received from Cllr Hill.")],
            [(56, "21/41", True), (110, "Highways", True)],
            [(110, "The pothole in Mill Lane has been reported again."), (480, "Clerk")],
            [(56, "21/42", True), (110, "Finance", True)],
            [(110, "The payments listed were approved."), (480, "RFO")],
        ],
        [("21/40", "Apologies"), ("21/41", "Highways"), ("21/42", "Finance")],
    ),
    (
        # West Bergholt: an attendance grid of label cells, then "23/165 Title." headings in the minutes
        "attendance-grid-then-year-sequence",
        [
            "# West Barholt Parish Council",
            "## Minutes of the Parish Council Meeting",
            "Held on Wed 25th October 2023 at 7.30pm in the Lampton Hall, Orpen Memorial Hall",
            [(56, "Chair:"), (200, "Cllr Brian Butler")],
            [(56, "Parish Councillors:"), (200, "Cllrs Andrew Savage, Bob Tyrell, David Short")],
            [(56, "Members of the public:"), (200, "1 member of the public")],
            "** 23/165 Receive /accept apologies and welcome to the public.",
            "Apologies were received from County Cllr Lewis Barker.",
            "** 23/166 Declarations of Interest",
            "There were no declarations of interest.",
            "** 23/167 Previous Minutes & Actions",
            "RESOLVED – the Minutes of the meeting held on Wed 27th September 2023 were approved.",
        ],
        [
            ("23/165", "Receive /accept apologies and welcome to the public"),
            ("23/166", "Declarations of Interest"),
            ("23/167", "Previous Minutes & Actions"),
        ],
    ),
    (
        # Thurlton: a standing agenda in capitals, one title running to two lines
        "agenda-capitals-long-title-wraps",
        [
            "# Thornby Parish Council",
            "Next Parish Council Meeting: 10th February 2020 7.30pm in the Village Hall",
            "## STANDING AGENDA",
            "1. TO RECEIVE APOLOGIES FOR ABSENCE",
            "2. TO RECEIVE DECLARATIONS OF INTEREST",
            "3. COUNTY/DISTRICT COUNCILLORS, COMMUNITY POLICING, LOCAL ORGANISATIONS, CLUBS AND",
            ">INDIVIDUALS WITH SPECIFIC RESPONSIBILITIES - REPORTS / INFORMATION.",
            "4. HIGHWAYS/ TRAFFIC CALMING/FOOTPATH MATTERS",
            "5. DATE OF NEXT MEETING",
        ],
        [
            ("1", "TO RECEIVE APOLOGIES FOR ABSENCE"),
            ("2", "TO RECEIVE DECLARATIONS OF INTEREST"),
            (
                "3",
                "COUNTY/DISTRICT COUNCILLORS, COMMUNITY POLICING, LOCAL ORGANISATIONS, CLUBS AND INDIVIDUALS WITH "
                "SPECIFIC RESPONSIBILITIES - REPORTS / INFORMATION",
            ),
            ("4", "HIGHWAYS/ TRAFFIC CALMING/FOOTPATH MATTERS"),
            ("5", "DATE OF NEXT MEETING"),
        ],
    ),
    (
        # Morro Bay: lettered sections with items numbered in them ("A-1", "C-2") on the agenda
        "us-agenda-lettered-sections-dash-numbers",
        [
            "# MORRO VISTA CITY COUNCIL",
            "## REGULAR MEETING - JANUARY 28, 1986",
            "RECREATION HALL - 7:30 P.M.",
            "## AGENDA",
            "A. PUBLIC HEARINGS, REPORTS & APPEARANCES",
            ">A-1 ORDINANCE NO. 269 AMENDING CERTAIN SECTIONS OF THE MUNICIPAL CODE",
            ">A-2 STUDY SESSION ON UNALLOCATED RESERVE FUNDS",
            "B. UNFINISHED BUSINESS",
            "C. NEW BUSINESS",
            ">C-1 QUARTERLY REPORT ON WATER PROJECTS",
            ">C-2 REPORT ON WELL RELOCATION STUDY",
            "D. ADJOURNMENT",
        ],
        [
            ("A", "PUBLIC HEARINGS, REPORTS & APPEARANCES"),
            ("A-1", "ORDINANCE NO. 269 AMENDING CERTAIN SECTIONS OF THE MUNICIPAL CODE"),
            ("A-2", "STUDY SESSION ON UNALLOCATED RESERVE FUNDS"),
            ("B", "UNFINISHED BUSINESS"),
            ("C", "NEW BUSINESS"),
            ("C-1", "QUARTERLY REPORT ON WATER PROJECTS"),
            ("C-2", "REPORT ON WELL RELOCATION STUDY"),
            ("D", "ADJOURNMENT"),
        ],
    ),
    (
        # ... and the minutes of that meeting, headed the same way (a section may hold one numbered item)
        "us-minutes-lettered-sections-dash-numbers",
        [
            "# MINUTES - MORRO VISTA CITY COUNCIL",
            "## REGULAR MEETING - JANUARY 28, 1986",
            "Mayor Zeller called the meeting to order at 7:30 p.m.",
            "ROLL CALL: Present: Councilmembers Baker, Lemon, Shelby",
            "** A. PUBLIC HEARINGS, REPORTS & APPEARANCES",
            "** A-1 ORDINANCE NO. 269 AMENDING THE MUNICIPAL CODE",
            TEXT,
            "** A-2 STUDY SESSION ON RESERVE FUNDS",
            TEXT,
            "** B. UNFINISHED BUSINESS",
            "None.",
            "** C. NEW BUSINESS",
            "** C-1 QUARTERLY REPORT ON WATER PROJECTS",
            TEXT,
            "** D. ADJOURNMENT",
            TEXT,
        ],
        [
            ("A", "PUBLIC HEARINGS, REPORTS & APPEARANCES"),
            ("A-1", "ORDINANCE NO. 269 AMENDING THE MUNICIPAL CODE"),
            ("A-2", "STUDY SESSION ON RESERVE FUNDS"),
            ("B", "UNFINISHED BUSINESS"),
            ("C", "NEW BUSINESS"),
            ("C-1", "QUARTERLY REPORT ON WATER PROJECTS"),
            ("D", "ADJOURNMENT"),
        ],
    ),
    (
        # Chico: section.item numbers ("1.4.", "2.2.") under capitals section dividers
        "us-section-dot-item-numbers",
        [
            "# ADJOURNED REGULAR WESTVALE CITY COUNCIL MEETING - March 20, 2018",
            "Mayor Morgan called the meeting to order at 6:00 p.m. in the Council Chamber.",
            "** 1.1. Call to Order",
            "Mayor Morgan called the meeting to order at 6:00 p.m.",
            "** 1.2. Invocation",
            "Pastor Bryan Myers, Grace Community Church",
            "** 1.3. Pledge of Allegiance to the Flag",
            "** 1.4. Roll Call",
            "Present: Councilmembers Stone, Coolidge, Fillmer and Mayor Morgan",
            "** CONSENT AGENDA",
            "A motion was made by Stone and seconded by Coolidge to approve the Consent Agenda as read.",
            "** 2.1. RESOLUTION OF INTENTION TO ABANDON TWO PUBLIC UTILITY EASEMENTS",
            "Adopted - a resolution of intention to abandon and vacate two public utility easements.",
            "** 2.2. DETERMINATION OF PUBLIC CONVENIENCE OR NECESSITY - THE ANNEX",
            "Accepted - the Police Department's recommendation for a determination for The Annex.",
        ],
        [
            ("1.1", "Call to Order"),
            ("1.2", "Invocation"),
            ("1.3", "Pledge of Allegiance to the Flag"),
            ("1.4", "Roll Call"),
            ("2.1", "RESOLUTION OF INTENTION TO ABANDON TWO PUBLIC UTILITY EASEMENTS"),
            ("2.2", "DETERMINATION OF PUBLIC CONVENIENCE OR NECESSITY - THE ANNEX"),
        ],
    ),
]


@pytest.mark.parametrize("rows,expected", [case[1:] for case in ITEM_CASES], ids=[case[0] for case in ITEM_CASES])
def test_item_numbering_round9(tmp_path: Path, rows: list[Row], expected: list[tuple[str | None, str]]) -> None:
    assert items_of(tmp_path, rows) == expected


# (id, rows, furniture, doc_type, body, committee, date); ANY: not judged
DOCUMENT_CASES: list[tuple[str, list[Row], dict, str, object, object, object]] = [
    (
        "parish-minutes-of-a-meeting-of-x-held-at-time-on-date",
        [
            "# Grafton Parish Council",
            "Minutes of a Meeting of Grafton Parish Council held at 7.00pm on Monday 2 February 2009 at the "
            "Parish Council Chamber, Leicester Road",
            "** Cou/285/08-09 Present",
            "Members: Cllr P Bate (Chairman), Cllr J Bate, Cllr Beck",
            "** Cou/286/08-09 Apologies for Absence",
            "Apologies for absence were received from Cllr Purvis.",
        ],
        {},
        "minutes",
        "Grafton Parish Council",
        "Grafton Parish Council",
        "2009-02-02",
    ),
    (
        "parish-caps-one-line-annual-meeting",
        [
            "# HILLWELL PARISH COUNCIL MINUTES OF THE ANNUAL MEETING HELD ON 12 MAY 2015 AT THE VILLAGE HALL",
            "Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Patel",
            "** 1. Election of Chairman",
            "It was resolved that Cllr Smith be elected Chairman.",
            "** 2. Apologies",
            "Apologies were received from Cllr Hill.",
        ],
        {},
        "minutes",
        "Hillwell Parish Council",
        "Hillwell Parish Council",
        "2015-05-12",
    ),
    (
        "parish-minutes-of-the-meeting-of-x-caps-split-ordinal",
        [
            "# MINUTES OF THE MEETING OF ASHLEY PARISH COUNCIL HELD ON 21 st SEPTEMBER 2017",
            "Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Patel",
            "** 17/064 Election of Chairman",
            "It was resolved that Cllr Smith be appointed as the Chairman of the Council.",
            "** 17/065 Apologies",
            "Apologies were received from Cllr Hill.",
        ],
        {},
        "minutes",
        "Ashley Parish Council",
        "Ashley Parish Council",
        "2017-09-21",
    ),
    (
        "parish-minutes-of-parish-council-date-heading",
        [
            "# Eastfield Parish Council",
            "## Minutes of Parish Council 21 November 2023",
            "THOSE ATTENDING:",
            "Cllr K Burn, Cllr G Hunt, Cllr A Iles",
            [(56, "C048/23", True), (130, "1.", True), (160, "APOLOGIES FOR ABSENCE.", True)],
            "Cllr L Watson (family commitment).",
        ],
        {},
        "minutes",
        "Eastfield Parish Council",
        "Eastfield Parish Council",
        "2023-11-21",
    ),
    (
        "welsh-community-council-minute-no-title",
        [
            "# Minutes of the Council Meeting of the Llanfair Community Council held on Wednesday 4th December "
            "2019 at the Reading Room, Hendre",
            "** Minute no. 1 – Members Present",
            "Councillors: A Blake, A Evans, B Evans, B Thomas",
            "** Minute no. 2 - Apologies for Absence",
            "Apologies for absence were received from Councillor T Hill.",
        ],
        {},
        "minutes",
        "Llanfair Community Council",
        "Llanfair Community Council",
        "2019-12-04",
    ),
    (
        "welsh-community-council-agenda-will-be-held",
        [
            "A meeting of Llanfair Community Council will be held remotely on Thursday 18th May 2023 at 6:30p.m.",
            "To transact the following agenda:",
            "1. To receive apologies for absence.",
            "2. To record all declarations of interest for Agenda items.",
            "3. Chair's Announcements.",
        ],
        {},
        "agenda_pack",
        "Llanfair Community Council",
        "Llanfair Community Council",
        "2023-05-18",
    ),
    (
        "national-park-authority-board-caps-title-block",
        [
            "# HIGHMOOR NATIONAL PARK AUTHORITY",
            "MINUTES OF THE BOARD MEETING",
            "held at Tomford Village Hall, Tomford on 10th September 2004 at 1.30pm",
            "PRESENT",
            "Eric Baird, William McKay, Stuart Black, Andrew Reid",
            "** Minutes of Last Meeting - approval",
            "1. The minutes of the previous meeting (13th August) were approved with one change.",
            "** Matters Arising",
            "2. Matters arising from the previous minutes were reported as follows.",
        ],
        {},
        "minutes",
        "Highmoor National Park Authority",
        "Board",
        "2004-09-10",
    ),
    (
        "nhs-trust-board-meeting-in-public",
        [
            "# Northvale Health NHS Foundation Trust",
            "Minutes of the Board Meeting in Public",
            "Tuesday 25 April 2017 10:15 – 12:30",
            "The Conference Centre, Dinwood Drive, Basingford",
            "Members: Alan Yeo, Julie Dane, Jon Allen",
            "** 1. Chair's Welcome and Meeting Protocol",
            "1.1. Alan Yeo welcomed members to the meeting, which he opened at 10:20.",
            "** 2. Apologies for Absence",
            "2.1. Alan Yeo noted apologies from Judith Smart, Non-Executive Director.",
        ],
        {},
        "minutes",
        "Northvale Health NHS Foundation Trust",
        ANY,
        "2017-04-25",
    ),
    (
        "welsh-health-board-caps-minutes-of-the-committee",
        [
            "# CWM ELAI UNIVERSITY HEALTH BOARD MINUTES OF THE AUDIT COMMITTEE HELD ON 18 MAY 2016, AT "
            "YNYS HOUSE, ABERNANT",
            "PRESENT: Mr J Hill (Chair), Mrs M Jones, Professor D Price",
            "** 1. WELCOME AND INTRODUCTIONS",
            "The Chair welcomed everyone to the meeting.",
            "** 2. APOLOGIES FOR ABSENCE",
            "Apologies were received from Mr P Griffiths.",
        ],
        {},
        "minutes",
        "Cwm Elai University Health Board",
        "Audit Committee",
        "2016-05-18",
    ),
    (
        "ccg-governing-body-part-1",
        [
            "# Minutes of Part 1 of the Norbury Clinical Commissioning Group Governing Body",
            "Tuesday, 26 th January 2016",
            "Present: Dr A Kirk (Chair), Ms J Lane, Mr P Ward",
            "** 1. Welcome and apologies",
            "The Chair welcomed members to the meeting.",
            "** 2. Declarations of interest",
            "There were no new declarations of interest.",
        ],
        {},
        "minutes",
        "Norbury Clinical Commissioning Group",
        "Governing Body",
        "2016-01-26",
    ),
    (
        "ontario-township-regular-council-meeting-minutes",
        [
            "# THE TOWNSHIP OF ELMVALE",
            "## REGULAR COUNCIL MEETING MINUTES",
            "Council Chambers",
            "Wednesday, June 26, 2013",
            "Present: Mayor H. Hughes, Deputy Mayor R. Hough, Councillor K. Meyer",
            "** 1. CALL TO ORDER - PRIVATE PRAYER/MOMENT OF REFLECTION:",
            "Mayor Hughes assumed the Chair and called the meeting to order.",
            "** 2. ADOPTION OF AGENDA:",
            "Moved by Evans, Seconded by Crawford",
        ],
        {},
        "minutes",
        "Township of Elmvale",
        "Council",
        "2013-06-26",
    ),
    (
        "ontario-township-caps-one-line",
        [
            "# TOWNSHIP OF WEST-NORTH OXBOW COUNCIL MEETING MINUTES July 17, 2012",
            "MEMBERS PRESENT: Mayor: David Mayes Councillors: Gerry Mitchell, Jim Pickles",
            "STAFF PRESENT: Mary Green, CAO",
            "** MEETING CALLED TO ORDER",
            "The meeting was called to order at 9:02 a.m. by Mayor David Mayes.",
            "** APPROVAL OF AGENDA",
            "Resolution No. 1 Moved by Jim Pickles Seconded by Gerry Mitchell",
        ],
        {},
        "minutes",
        "Township of West-North Oxbow",
        "Council",
        "2012-07-17",
    ),
    (
        "ontario-minutes-of-the-regular-meeting-of-council-for-the-corporation",
        [
            "MINUTES of the Regular Meeting of Council for The Corporation of the Township of South Fenwick, "
            "held on Friday, March 11, 2016, at the Fire Hall, Plevna, Ontario.",
            "PRESENT: Mayor Ron Higgs; Deputy Mayor Perry and Councillor Wayne Goode",
            "** 1. CALL TO ORDER",
            "The Meeting was called to order by Mayor Higgs at 9:00 a.m.",
            "** 2. APPROVAL OF AGENDA",
            "Moved by Councillor Hermer, Seconded by Councillor Bedard",
        ],
        {},
        "minutes",
        "Township of South Fenwick",
        "Council",
        "2016-03-11",
    ),
    (
        "ontario-corporation-draft-minutes-regular-meeting-held-on",
        [
            "# The Corporation of the Township of Serrin",
            "Draft Minutes of a Regular Meeting of Council held on Tuesday, April 6th, 2021 at 4:30 p.m. in the "
            "Township of Serrin Council Chambers",
            "The following Members were present: Mayor Ann MacD, Councillor Art Cole, Councillor Ted Collis",
            "** Approval of Agenda.",
            "Council approved the agenda with the following additions.",
            "** Disclosure of Pecuniary Interest.",
            "None were declared.",
        ],
        {},
        "minutes",
        "Township of Serrin",
        "Council",
        "2021-04-06",
    ),
    (
        "us-city-council-regular-meeting-caps-dash-date",
        [
            "# MINUTES - MORRO VISTA CITY COUNCIL",
            "## REGULAR MEETING - JANUARY 28, 1986",
            "RECREATION HALL - 7:30 P.M.",
            "Mayor Zeller called the meeting to order at 7:30 p.m.",
            "ROLL CALL: Present: Mayor Zeller, Councilmembers Baker, Lemon, Shelby",
            "** A. PUBLIC HEARINGS, REPORTS & APPEARANCES",
            TEXT,
        ],
        {},
        "minutes",
        "City of Morro Vista",
        "City Council",
        "1986-01-28",
    ),
    (
        "us-city-of-x-city-council-regular-meeting-agenda",
        [
            "# CITY OF NORWELL CITY COUNCIL REGULAR MEETING AGENDA",
            "Wednesday, December 6, 2017",
            "City Council Chambers, 2820 Clark Avenue, Norwell, CA",
            "Councilmembers: Mayor K. Azar, Mayor Pro Tem B. Hanna, Councilmember T. Johnson",
            "1. CALL TO ORDER",
            "2. ROLL CALL",
            "3. PLEDGE OF ALLEGIANCE",
        ],
        {},
        "agenda_pack",
        "City of Norwell",
        "City Council",
        "2017-12-06",
    ),
    (
        "us-minutes-of-the-city-of-x-city-council-meeting-of-date",
        [
            "# MINUTES OF THE CITY OF HILL VALLEY CITY COUNCIL MEETING OF DECEMBER 12, 2006",
            "Mayor Ortiz called the meeting to order at 7:00 p.m.",
            "PRESENT: Councilmembers Arbo, Hodge, Swarthout and Mayor Ortiz",
            "** 1. PLEDGE OF ALLEGIANCE",
            TEXT,
            "** 2. APPROVAL OF AGENDA",
            TEXT,
        ],
        {},
        "minutes",
        "City of Hill Valley",
        "City Council",
        "2006-12-12",
    ),
    (
        "committee-minutes-held-on-colon",
        [
            "# Northgate Borough Council",
            "MINUTES OF THE PLANNING COMMITTEE MEETING HELD ON: 23 November 2021",
            "PRESENT: Councillors Alan Ross (Chair), Mary Fell, Peter Stone",
            "** 1. APOLOGIES FOR ABSENCE",
            "There were no apologies for absence.",
            "** 2. DECLARATIONS OF INTEREST",
            "There were no declarations of interest.",
        ],
        {},
        "minutes",
        "Northgate Borough Council",
        "Planning Committee",
        "2021-11-23",
    ),
    (
        "us-minutes-of-the-regular-meeting-of-the-city-council-of-the-city-of-x-state",
        [
            "# MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL OF THE CITY OF SANTA ROSITA, CALIFORNIA",
            "## APRIL 16, 2019",
            "CLOSED SESSION MEETING CALLED TO ORDER   COUNCIL CHAMBER   5:13 P.M.",
            "ATTENDANCE   COUNCILMEMBERS Present: M. PULIDO, Mayor   A. MARTIN, Mayor Pro Tem",
            "** PUBLIC COMMENTS",
            "Phil Baker urged the City Council to move forward with the matter.",
        ],
        {},
        "minutes",
        "City of Santa Rosita",
        "City Council",
        "2019-04-16",
    ),
    (
        "us-stacked-title-lines-without-councilmember",
        [
            "# DRAFT",
            "# MINUTES",
            "# RANCHO VERDE HILLS CITY COUNCIL",
            "## REGULAR MEETING",
            "## MAY 16, 2023",
            "** CALL TO ORDER:",
            "A Regular Meeting of the Rancho Verde Hills City Council was called to order by Mayor Brady at 6:06 P.M.",
            "City Council roll call was answered as follows:",
            "PRESENT: Alegre, Cruz, and Mayor Brady",
            "Also present were Ara Mills, City Manager; William Wynn, City Attorney; and Teresa Tak, City Clerk.",
        ],
        {},
        "minutes",
        "City of Rancho Verde Hills",
        "City Council",
        "2023-05-16",
    ),
    (
        "us-minutes-date-then-council-regular-meeting",
        [
            "# MINUTES",
            "## January 17, 2012",
            "## SAN LUIS CAPISTRANA CITY COUNCIL REGULAR MEETING",
            "Mayor Allen called the Regular Meeting of the City Council to order at 6:33 p.m.",
            "ROLL CALL   COUNCIL MEMBERS PRESENT: Laura Frey, Derek Reed, Mayor Sam Allen",
            "** 1. RECOGNITION OF OPEN SPACE COMMITTEE MEMBERS (610.40)",
            "Mayor Allen recognized the members of the committee.",
        ],
        {},
        "minutes",
        "City of San Luis Capistrana",
        "City Council",
        "2012-01-17",
    ),
    (
        "parish-summons-in-capitals-with-clerks-date",
        [
            "To: ALL MEMBERS OF THE COUNCIL",
            "YOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF CASTLEFORD PARISH COUNCIL TO BE HELD in the Cedar",
            "Centre on Thursday 7th March 2024, at 7.30PM FOR THE PURPOSE OF TRANSACTING THE FOLLOWING BUSINESS:",
            "JOHN HAYES, CLERK TO THE COUNCIL   DATE 29th February, 2024",
            "## AGENDA",
            "1. Note attendance and receive apologies for absence.",
            "2. Declarations of interest on items on this agenda.",
            "3. Minutes of the previous meeting held on Monday 5th February, 2024",
        ],
        {},
        "agenda_pack",
        "Castleford Parish Council",
        "Castleford Parish Council",
        "2024-03-07",
    ),
    (
        "parish-notice-letter-extraordinary-meeting",
        [
            "# Extraordinary Parish Council Meeting",
            "Ashby Village Hall Meeting Room",
            "Dear Councillor,",
            "I hereby give you notice that an extraordinary meeting of Ashby Parish Council will be held at Ashby",
            "Village Hall on 16 October 2023 at 17:00. All members of the Parish Council are summoned to attend.",
            "1. Chairman's remarks",
            "2. Apologies for absence, inc. acceptance of reasons",
            "3. Declarations of interest by Councillors",
            "Janet Moreton",
            "Ashby Parish Clerk",
        ],
        {},
        "agenda_pack",
        "Ashby Parish Council",
        "Ashby Parish Council",
        "2023-10-16",
    ),
    (
        "parish-summoned-to-attend-sentence-clerk-date-last",
        [
            "You are hereby summoned to attend a meeting of the Tremby Foundry Parish Council at May Crescent",
            "Community House on Tuesday 12th September 2017 at 7.30pm.",
            "Members of the Public and Press are welcome to attend",
            "1) To accept apologies for absence",
            "2) To record declarations of interest from members on any item to be discussed",
            "3) To receive the report of the Police and Crime Commissioner",
            "John Robson Parish Clerk",
            "4th September 2017",
        ],
        {},
        "agenda_pack",
        "Tremby Foundry Parish Council",
        "Tremby Foundry Parish Council",
        "2017-09-12",
    ),
    (
        "parish-statutory-annual-meeting-of-x-held-via-zoom",
        [
            [(460, "NPC(22)M05")],
            "# Northam Parish Council",
            "Minutes of the Statutory Annual Meeting of Northam Parish Council held via Zoom on Wednesday 4 May "
            "2022 commencing at 19:00.",
            "Present:",
            "Cllr Mr A Porter (Chair)",
            [(56, "Item No", True), (110, "Item under discussion", True)],
            [(56, "22.51", True), (110, "ELECTION OF CHAIR OF THE COUNCIL", True)],
            [(110, "It was RESOLVED that Cllr Porter be elected Chair of the Council.")],
        ],
        {},
        "minutes",
        "Northam Parish Council",
        "Northam Parish Council",
        "2022-05-04",
    ),
    (
        "parish-held-on-abbreviated-weekday-attendance-grid",
        [
            "# West Barholt Parish Council",
            "## Minutes of the Parish Council Meeting",
            "Held on Wed 25th October 2023 at 7.30pm in the Lampton Hall, Orpen Memorial Hall",
            [(56, "Chair:"), (200, "Cllr Brian Butler")],
            [(56, "Parish Councillors:"), (200, "Cllrs Andrew Savage, Bob Tyrell, David Short")],
            [(56, "Also in attendance:"), (200, "Laura Walker (Parish Clerk)")],
            "** 23/165 Receive /accept apologies and welcome to the public.",
            "Apologies were received from County Cllr Lewis Barker.",
            "** 23/166 Declarations of Interest",
            "There were no declarations of interest.",
        ],
        {},
        "minutes",
        "West Barholt Parish Council",
        "West Barholt Parish Council",
        "2023-10-25",
    ),
    (
        "scottish-minute-of-meeting-of-committee-of-x-council",
        [
            "# MINUTE OF MEETING OF THE PLANNING COMMITTEE OF SOUTH GLENSHIRE COUNCIL HELD IN THE COUNCIL CHAMBER "
            "ON 5 MARCH 2025",
            "Present: Councillor A Smith (Chair), Councillor B Jones",
            "** 1. Declaration of Interests",
            TEXT,
        ],
        {},
        "minutes",
        "South Glenshire Council",
        "Planning Committee",
        "2025-03-05",
    ),
    (
        "scottish-x-and-y-council-heading",
        [
            "# Argen and Bute Council",
            "Minute of Meeting of the Policy and Resources Committee held in the Council Chamber, Kilmory on "
            "Thursday 6 March 2025",
            "Present: Councillor A Smith (Chair)",
            "** 1. Apologies for Absence",
            TEXT,
        ],
        {},
        "minutes",
        "Argen and Bute Council",
        "Policy and Resources Committee",
        "2025-03-06",
    ),
    (
        "nz-ordinary-meeting-meeting-date-label",
        [
            "# Ordinary Meeting of Council",
            "## Open Minutes",
            "Meeting Date: Thursday 27 August 2020",
            "Time: 10am – 11.16am",
            "Venue: Large Exhibition Hall, War Memorial Centre",
            "Present: Mayor Wise, Deputy Mayor Brown, Councillors Boag, Browne, Crown",
            "** Apologies",
            "Nil",
            "** Conflicts of interest",
            "Nil",
        ],
        {"foot": "Kaimoana City Council"},
        "minutes",
        "Kaimoana City Council",
        "Council",
        "2020-08-27",
    ),
    (
        "fire-authority-agenda-table",
        [
            "# Westshire Fire and Rescue Authority",
            "Date: Wednesday, 10 October, 2018",
            "Time: 14:00",
            "Location: Headquarters, Westbury",
            [(56, "Item no.", True), (110, "Agenda Item", True), (280, "Details", True), (480, "Status", True)],
            [(56, "01"), (110, "Apologies for Absence")],
            [(56, "02"), (110, "Public Questions"), (280, "Members are asked to receive any questions.")],
            [(56, "03"), (110, "Minutes"), (280, "Members are asked to agree the minutes."), (480, "For decision")],
        ],
        {},
        "agenda_pack",
        "Westshire Fire and Rescue Authority",
        ANY,
        "2018-10-10",
    ),
    (
        "fire-authority-committee-agenda-and-minutes-heading",
        [
            "# Eastshire and City of Eastham Fire and Rescue Authority - Policy and Strategy",
            "Friday, 24th July, 2015 10.00 am",
            "Venue: Fire and Rescue Services HQ, Bestwood Lodge, Arnold",
            "** 1. APOLOGIES FOR ABSENCE",
            "Apologies for absence were received from Councillor Jon Cole.",
            "** 2. DECLARATIONS OF INTERESTS",
            "None.",
            "** 3. MINUTES",
            "The Committee confirmed the minutes of the meeting held on 17 April 2015 as a true record.",
        ],
        {},
        "minutes",
        "Eastshire and City of Eastham Fire and Rescue Authority",
        ANY,  # the committee ('Policy and Strategy') is named by its place after the dash only: left open
        "2015-07-24",
    ),
]


@pytest.mark.parametrize(
    "rows,furniture,doc_type,body,committee,date",
    [case[1:] for case in DOCUMENT_CASES],
    ids=[case[0] for case in DOCUMENT_CASES],
)
def test_document_facts_round9(tmp_path: Path, rows, furniture, doc_type, body, committee, date) -> None:
    want = (doc_type, body, committee, date)
    assert facts_as_judged(tmp_path, rows, want, **furniture) == want
