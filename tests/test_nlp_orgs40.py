"""Organisations and people round 40 (issue #6: names' recall on unseen documents): what stop 34 left (a delegation's
participle read into a council's name, "Appointing Authority" as a body, a body named by its acronym after one full
mention) and the bodies and people that minutes of genres no earlier round drew print: further-education college
corporations, standing advisory councils on religious education (SACREs), Scottish licensing boards, Irish county
councils and municipal districts, inshore fisheries and conservation authorities (IFCAs), US water districts,
Australian shire councils and parochial church councils.

Conventions (corpus/gold/README.md): named organisations and bodies count; an acronym printed with its full name is
one organisation, the full name; people are named without titles ("Ven", "Cllr", "Dame") or post-nominals; posts,
places, documents, codes, licences, qualifications, acts and events are neither.

Four classes of shape:

1. Left by stop 34: "Appointing <X> Council's officers" (a delegation's verb before the council's name), "the
   Appointing Authority" (a role in a delegation, no named body), "the Eastern Inshore Fisheries and Conservation
   Authority (EIFCA) … the EIFCA" one body.
2. Bodies of the genres: an association of colleges, a funding agency after a name, awarding bodies, a college and a
   school after members' names, faith bodies and a teachers' union in brackets after SACRE members, NASACRE, a
   police force and a health board after posts, a fire and rescue service, an Irish youth council, a town council
   after a name, Cefas and the MMO, a coastkeeper, a county water authority, a ranch water district and a resources
   firm, a water agency in a roll of member agencies, a shire named "Shire of <Place>", firms after visitors' names,
   a diocese and the Church Commissioners.
3. People: hyphenated surnames, Irish names with fadas ("Seán Ó Briain", "Máire Ní Bhriain"), Scottish "Mac" names,
   initials-only presence lists ("Cr S Meehan"), a name after "Ven" and "Dame", names before posts.
4. What is no body: documents and plans, qualifications (A-levels, T-levels, BTEC), licences and an act, a venue's
   business village, a municipal district and a budget meeting as words, posts ("Shire President", "Cathaoirleach").

Drawn cases keep the shape and phrasing of public pages of bodies no earlier suite cites, with names, places and
numbers changed (national bodies kept):

- https://vdocuments.net/corporation-board-abingdon-qip-differentiation-in-project-ice-inspire.html (Abingdon and
  Witney College Corporation Board, 14 December 2017: "Present Di Batchelor (Principal) Barry Jenner (Chair) Tim
  Lincoln Gavin Maitland-Smith", "The Chair reported highlights from the Association of Colleges’ Annual Conference")
  and https://studylib.net/doc/9956728/minutes (a college's Full Corporation, 15 January 2015: "The Principal
  confirmed that Tesco had announced they would not now develop the site", "Mr Barnett presented the Self-Assessment
  (SAR) and Quality Improvement Plan (QIP) for the College")
- https://vdocuments.mx/lambeth-college-minutes-of-corporation-meeting-held-on-10-college-minutes-of.html (Lambeth
  College Corporation, 10 November 2016: "Stephen Bagley Skills Funding Agency (Observer)") and
  https://cornwall.ac.uk/college-governance/board-reports-board-minutes ("their main regulator is the Education Skills
  Funding Agency (ESFA) which is the principal funder for most colleges", "The Financial Memorandum with the ESFA")
- https://docslib.org/doc/4227478/andrew-carrick-jim-darmody-mary-ros (a college corporation: "Local authority
  membership: … Martin Longbottom (Hull College), … Sarah Smythe (Kelvin Hull School)") and
  https://financedocbox.com/amp/87055470-Tax_Planning/Minutes-of-the-corporation-meeting-held-on-monday-17-october-independent-member-independent-member-vice-chair.html
  ("Confirmed. Dame Zarine Kharas External Member", "Mark Ashton-Blanksby ICCA (Internal Auditors)")
- https://democratic.bracknell-forest.gov.uk/ieListDocuments.aspx?CId=157&MId=14115&Ver=4 (Bracknell Forest SACRE,
  9 July 2024: "Action Plan: Monitoring and Evaluation of GCSE and A-Level results"),
  https://southampton.gov.uk/moderngov/ieListDocuments.aspx?CId=326&MId=7115&Ver=4 (Southampton SACRE: "A
  demonstration of the NASACRE website outlined to members the very useful resources") and
  https://wokingham.moderngov.co.uk/ieListDocuments.aspx?CId=160&MId=2807&Ver=4 (Wokingham SACRE: "Revised syllabus
  needs signing by Manjeet Gill, WBC Interim Chief Executive"); the SACRE presence list in brackets and the
  representation sentence keep the shape of a Berkshire SACRE's ("Karen Butler (Church of England), Louise Ceska
  (BASH), Ila Gangotra (Hindu Society of Maidenhead) … Fiona Smith (NUT)"; "responses were still awaited in respect
  of representation on SACRE from the Hindu community, Methodist Church, NASUWT, Catholic Church and Church of
  England") with another SACRE's bodies
- https://docslib.org/doc/2688843/minute-of-meeting-of-the-scottish-borders-licensing (Scottish Borders Licensing
  Board, 15 February 2013: "Inspector J. Scott, PC C. Lackenby (Lothian and Borders Police), S. Walker (Drug and
  Alcohol Development Officer, NHS Borders)", "information relating to securing public safety from Lothian and Borders
  Fire and Rescue Service") and https://scottishborders.moderngov.co.uk/ieListDocuments.aspx?CId=350&MId=4336
  ("1,319 Occasional Licences had been granted", "the Licensing (Scotland) Act 2005"); a Highland licensing board's
  "Also in Attendance: Sergeant B Gray, Police Scotland" and "Apologies for absence were intimated on behalf of Ms C
  Batesman, Ms G Gunn Mr W Mackay … Mr D McDiarmid" (round 51 cites that council's pages; the shape is kept here with
  the Scottish Borders board)
- http://businessdocbox.com/Government/77158367-South-tipperary-county-council.html (South Tipperary County Council,
  1 December 2008: "The Cathaoirleach informed the meeting that members of Comhairle na nog had requested permission to
  attend the Budget Meeting"), https://docslib.org/download/3027748/ordinary-meeting-10th-june-2013-council-chamber is
  cited by round 74, so the Meath sympathy line is drawn from https://docsbay.net/doc/1129594/an-cathaoirleach-councillor-jimmy-cudden-presided-s1
  (Meath County Council annual meeting, 2 July 2007: "An Cathaoirleach Councillor Jimmy Cudden presided", "Officials in
  Attendance County Manager: Tom Dowling") and https://studylib.net/doc/7172694/minutes-of-annual-meeting-of-municipal-district-of-kilken...
  (Municipal District of Kilkenny City, 22 June 2015: "Also Present: Mr. Simon Walton, A/Director of Services, …
  Ms. Catherine Cooney, Staff Officer")
- https://documents.pub/document/marine-protected-areas-sub-committee-meeting-jon-butler-head-of-operations-luke.html
  (Eastern IFCA Marine Protected Areas Sub-Committee, 13 March 2019: "Venue: Eastern IFCA Office, 6 North Lynn Business
  Village", "The Eastern Inshore Fisheries and Conservation Authority will lead …") and
  https://docslib.org/download/6776909/southern-inshore-fisheries-and-conservation-authority-ian-jones-chief-executive
  (Southern IFCA, 18 March 2021: "To receive a verbal report from Dr Jensen"); Cefas and the MMO as the IFCA report of
  https://docslib.org/doc/10371109/conduct-and-operation-2010-2014 names its partners
- http://lawsdocbox.com/US_Government_Resources/128504237-The-board-presented-the-employee-of-the-quarter-award-to-senior-environmental-specialist-analyst-rita-hintlian.html
  (Orange County Water District, 18 April 2018: "Orange County Coastkeeper Associate Director Ray Heimstra distributed
  a report from the San Diego County Water Authority", "a letter … from the Irvine Ranch Water District renewing its
  objections"), https://lf.otaywater.gov/WebLink/DocView.aspx?dbid=0&id=925465&repo=OWD (Otay Water District, 4
  February 2009: "Staff Present: General Manager Mark Watton, … General Counsel Yuri Calderon"),
  http://www.tri-valleytv.org/streaming/Zone7/Z7-06-21-17.html (Zone 7 Water Agency: "Amy Roth, an employee of E&B
  Natural Resources, addressed the Board") and http://lawsdocbox.com/US_Government_Resources/124345893-Meeting-notice-sgma-work-group.html
  ("5. Central San Joaquin Water Conservation District (CSJWCD) Reid Roberts")
- https://fdocuments.in/document/minutes-of-ordinary-meeting-held-on-21st-march-2018-general-procedure-claim-with.html
  (Shire of Kondinin, 21 March 2018: "Cr S Meeking (Shire President) Cr G Lynch (Deputy Shire President) Cr A
  Smoker") and https://studylib.net/doc/6774621/council-meeting-minutes---november-2015 (Shire of Upper Gascoyne,
  25 November 2015: "Visitors John King Talis … Patrick Parrelli Max Employment", "No responsibility whatsoever is
  implied or accepted by the Shire of Upper Gascoyne")
- http://chester.anglican.org/page_dac.asp?Page=506 (Diocese of Chester: "This is different from the Quinquennial
  Inspection, at which an architect gives a detailed report") and https://docslib.org/doc/3013113/pcc-secretary-guidance-notes-diocese-of-truro
  ("A copy of the Church Representation Rules … is the working document", "Trustees Guidance from the Charity
  Commission"); a London parish's PCC roll ("Present: Ven David Meara (Rector & Chairman), Emmanuel Adeniji, … Clive
  Hill-Archer") kept in shape with other names
- http://www.region.peel.on.ca/council/council_minutes/2000s/2006/rcmin20060803.htm (Regional Municipality of Peel,
  3 August 2006: "THE COUNCIL OF THE REGIONAL MUNICIPALITY OF PEEL", "Also Present: D. Szwarc, Chief Administrative
  Officer; R. K. Gillespie, Commissioner of Corporate Services and Regional Solicitor; … A. Macintyre, Deputy Clerk")
  and https://businessdocbox.com/Government/66032706-The-corporation-of-the-town-of-mattawa-agenda-regular-meeting-of-council-monday-september-26-th-00-p-m.html
  (Town of Mattawa's correspondence list, 26 September 2016: "4.3 Ministry of Infrastructure Re: Establish Clean Water
  & Wastewater Fund", "4.4 AMO Re: Annual Conference Guestroom Booking Date Moved to October 3", "4.5 FONOM Re: Basic
  Income Guarantee Conference Invitation", "4.16 Town of Renfrew Re: School Crossing Guard Information")
- https://www.councilnews.com.au/2020/06/11498761-decisions-from-the-ordinary-council-meeting24-june-2020 (Macedon
  Ranges Shire Council, 24 June 2020: "Macedon Ranges Shire Council is a member of the Peri Urban Group of Rural
  Councils (PUGRC)", "request the Minister for Planning authorise the preparation of Planning Scheme Amendment C143macr
  to the Macedon Ranges Planning Scheme"); a shire by its legal style with a two-word place keeps the Upper Gascoyne
  disclaimer's shape ("accepted by the Shire of Upper Gascoyne")
- https://expydoc.com/doc/4227266/confirmed-board-meeting-minutes---may-14-2014 (Natural
  Resources Wales board, 14 May 2014: "Board Members: Mike Brooker Ruth Hall Madeleine Havard Harry Legge-Bourke",
  "Apologies for absence noted from Trefor Owen, Executive Director for National Services", "discussions at JNCC on
  the quinquennial review of the protected species schedules within the Countryside and Wildlife Act")
- corpus/gold/README.md stop-34 brief's left cases and tests/test_nlp_orgs39.py's Middlesbrough delegations
  (https://docsbay.net/delegation-of-functions-to-officers-by-pension-fund-committee-september-2017: "Appointing
  Middlesbrough Council's officers to the Officer Operations Group")

Names are compared as `agendaparse eval` compares them. Written before the fix: 39 of 61 cases passed on the code
before it (stop 34's end, a65298d); after, 60 pass and 1 is a strict xfail ("Pearson", an awarding body that is also
a common surname). The fix: a delegation's participle before a council ("Appointing", "Approving", …) is dropped as
round 36's resolution verbs are, so "the Appointing Authority" leaves no body; Irish surnames after a capitalised
particle ("Ó", "Ní", "Mac", …) and accented given names; a waterkeeper group by its head; "an employee of <Firm>" a
partner slot; a firm before "(Internal Auditors)"; a post then a firm named by its trade in an attendee's brackets
("(IDB Contracts Manager, Rhino Plant Hire)", stop 34's xfail); a listed body's office and a listed body's event
after a plural possessive name the body; "Village", "Quay", "Wharf" after a name make a place; capitals before "Re:"
in a correspondence list name its sender ("AMO Re: …"), a paper's label ("LETTER Re: …") none; a shire's place of
two words ("Shire of Upper Gascoyne", "Shire of Yarra Ranges") read whole; the IFCAs, FE, SACRE,
Irish and church bodies in data/organisations.txt and Irish given names in data/given_names.txt.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from minutes_page import (
    check_parish_names,
    names_case,
)

# --- class 1: left by stop 34 ---------------------------------------------------------------------------------------
LEFT_BY_STOP_34 = [
    names_case(
        ["Appointing Stockbury Borough Council's Head of Pensions as the Fund's administering officer."],
        {"Stockbury Borough Council"},
        {"Appointing Stockbury Borough Council"},
        "appointing-before-a-council",
    ),
    names_case(
        ["Approving Redmarsh Council's nominations to the Local Pension Board."],
        {"Redmarsh Council"},
        {"Approving Redmarsh Council"},
        "approving-before-a-council",
    ),
    names_case(
        ["The Appointing Authority will confirm the officer's delegated powers in writing."],
        set(),
        {"Appointing Authority"},
        "appointing-authority-a-role",
    ),
    names_case(
        [
            "The Eastern Inshore Fisheries and Conservation Authority (EIFCA) will lead the byelaw review.",
            "Members noted that the EIFCA had written to the Marine Management Organisation.",
        ],
        {"Eastern Inshore Fisheries and Conservation Authority", "Marine Management Organisation"},
        {"EIFCA"},
        "ifca-acronym-after-its-full-name",
    ),
    names_case(
        ["Members noted that the North Eastern IFCA had agreed the potting permit conditions."],
        {"North Eastern IFCA"},
        set(),
        "ifca-by-its-acronym-only",
    ),
]

# --- class 2: bodies of the genres ----------------------------------------------------------------------------------
GENRE_BODIES = [
    names_case(
        ["The Chair reported highlights from the Association of Colleges’ Annual Conference."],
        {"Association of Colleges"},
        {"Annual Conference", "Association of Colleges’ Annual Conference"},
        "association-of-colleges",
    ),
    names_case(
        ["In attendance: Stephen Bagshaw, Skills Funding Agency (Observer)"],
        {"Skills Funding Agency"},
        set(),
        "funding-agency-after-a-name",
        people={"Stephen Bagshaw"},
    ),
    names_case(
        [
            "Further education corporations are regulated by an array of bodies but their main regulator is the "
            "Education and Skills Funding Agency (ESFA) which is the principal funder for most colleges."
        ],
        {"Education and Skills Funding Agency"},
        {"ESFA"},
        "esfa-with-its-acronym",
    ),
    names_case(
        ["The Principal confirmed that Tesco had announced they would not now develop the site."],
        {"Tesco"},
        set(),
        "supermarket-developer",
    ),
    names_case(
        ["Local authority membership: Martin Longridge (Grimsby College), Sarah Smedley (Kelvin Park School)."],
        {"Grimsby College", "Kelvin Park School"},
        set(),
        "college-and-school-after-members",
        people={"Martin Longridge", "Sarah Smedley"},
    ),
    names_case(
        ["Results from Pearson and AQA had been received and were in line with national benchmarks."],
        {"Pearson", "AQA"},
        set(),
        "awarding-bodies",  # passes since round 43: one word listed with an exam board's capitals (orgs43)
    ),
    names_case(
        [
            "PRESENT: Councillor Richard Kellow (acting chairman), Karen Butterfield (Church of England), Ila "
            "Gangadharan (Hindu Society of Marlow), Fiona Smithers (NUT)"
        ],
        {"Church of England", "Hindu Society of Marlow", "NUT"},
        set(),
        "sacre-members-bodies-in-brackets",
        people={"Richard Kellow", "Karen Butterfield", "Ila Gangadharan", "Fiona Smithers"},
    ),
    names_case(
        [
            "It was confirmed that responses were still awaited in respect of representation on SACRE from the Sikh "
            "community, Methodist Church, NASUWT and Church of England."
        ],
        {"Methodist Church", "NASUWT", "Church of England"},
        {"Sikh community"},
        "sacre-representation-bodies",
    ),
    names_case(
        ["A demonstration of the NASACRE website outlined to members the very useful resources that were available."],
        {"NASACRE"},
        set(),
        "nasacre",
    ),
    names_case(
        ["Also in Attendance: Sergeant B Grant, Police Scotland"],
        {"Police Scotland"},
        set(),
        "police-scotland-after-a-sergeant",
        people={"B Grant"},
    ),
    names_case(
        [
            "In Attendance: Inspector J. Scobie, PC C. Lockerby (Lothian and Borders Police), S. Walden (Drug and "
            "Alcohol Development Officer, NHS Borders)."
        ],
        {"Lothian and Borders Police", "NHS Borders"},
        {"Drug and Alcohol Development Officer"},
        "licensing-board-police-and-health-board",
    ),
    names_case(
        ["Information relating to securing public safety was provided by Lothian and Borders Fire and Rescue Service."],
        {"Lothian and Borders Fire and Rescue Service"},
        set(),
        "fire-and-rescue-service",
    ),
    names_case(
        [
            "The Cathaoirleach informed the meeting that members of Comhairle na nÓg had requested permission to "
            "attend the Budget Meeting and this was agreed."
        ],
        {"Comhairle na nÓg"},
        {"Budget Meeting", "Cathaoirleach"},
        "irish-youth-council",
        not_people={"Cathaoirleach"},
    ),
    names_case(
        ["Sympathy was extended to Audrey Noone, Trim Town Council, on the death of her mother-in-law."],
        {"Trim Town Council"},
        set(),
        "town-council-after-a-name",
        people={"Audrey Noone"},
    ),
    names_case(
        ["Cefas and the MMO had been consulted on the draft byelaw before the Authority's meeting."],
        {"Cefas", "MMO"},
        set(),
        "cefas-and-mmo",
    ),
    names_case(
        [
            "Sonoma County Coastkeeper Associate Director Ray Hemsley distributed a report from the Marin County Water "
            "Authority."
        ],
        {"Sonoma County Coastkeeper", "Marin County Water Authority"},
        set(),
        "coastkeeper-and-water-authority",
        people={"Ray Hemsley"},
    ),
    names_case(
        ["The Board was provided with a letter from the Laguna Ranch Water District renewing its objections."],
        {"Laguna Ranch Water District"},
        set(),
        "ranch-water-district",
    ),
    names_case(
        ["Amy Rothwell, an employee of K&R Natural Resources, addressed the Board regarding the oil facility."],
        {"K&R Natural Resources"},
        set(),
        "resources-firm-after-an-employee",
        people={"Amy Rothwell"},
    ),
    names_case(
        ["5. Central Valley Water Conservation District (CVWCD) Reid Robbins"],
        {"Central Valley Water Conservation District"},
        {"CVWCD"},
        "member-agency-roll",
        people={"Reid Robbins"},
    ),
    names_case(
        ["No responsibility whatsoever is implied or accepted by the Shire of Yarraloola for any act or omission."],
        {"Shire of Yarraloola"},
        set(),
        "shire-of-a-place",
    ),
    names_case(
        ["Visitors: John Kingsley, Talis; Patrick Parrella, Max Employment"],
        {"Talis", "Max Employment"},
        set(),
        "firms-after-visitors",
        people={"John Kingsley", "Patrick Parrella"},
        not_people={"Max Employment"},
    ),
    names_case(
        ["The Diocese of Exeter and the Church Commissioners had approved the grant towards the roof repairs."],
        {"Diocese of Exeter", "Church Commissioners"},
        set(),
        "diocese-and-church-commissioners",
    ),
    names_case(
        ["The trustees' annual report would be sent to the Charity Commission by the end of January."],
        {"Charity Commission"},
        set(),
        "charity-commission",
    ),
    names_case(
        ["Mark Ashby-Blanks, ICCA (Internal Auditors), presented the internal audit plan."],
        {"ICCA"},
        {"Internal Auditors"},
        "internal-auditors-in-brackets",
        people={"Mark Ashby-Blanks"},
    ),
]

# --- class 3: people ------------------------------------------------------------------------------------------------
PEOPLE = [
    names_case(
        ["Present: Di Batchford (Principal), Barry Jenkins (Chair), Tim Lincroft, Gavin Maitland-Smythe"],
        set(),
        set(),
        "corporation-present-hyphenated",
        people={"Di Batchford", "Barry Jenkins", "Tim Lincroft", "Gavin Maitland-Smythe"},
    ),
    names_case(
        ["Present: Councillors Seán Ó Briain, Máire Ní Bhriain and Pádraig Mac Suibhne."],
        set(),
        set(),
        "irish-names-with-fadas",
        people={"Seán Ó Briain", "Máire Ní Bhriain", "Pádraig Mac Suibhne"},
        not_people={"Ó Briain", "Ní Bhriain"},
    ),
    names_case(
        ["An Cathaoirleach, Councillor Niamh Ó Gadhra presided."],
        set(),
        set(),
        "cathaoirleach-presided",
        people={"Niamh Ó Gadhra"},
        not_people={"Cathaoirleach", "An Cathaoirleach"},
    ),
    names_case(
        ["Also Present: Mr. Simon Walsh, A/Director of Services, Ms. Catherine Cooley, Staff Officer."],
        set(),
        {"A/Director of Services"},
        "irish-officials-before-posts",
        people={"Simon Walsh", "Catherine Cooley"},
    ),
    names_case(
        [
            "Apologies for absence were intimated on behalf of Ms C Bateson, Ms G Gunnell, Mr W MacKay and Mr D "
            "McDiarmid."
        ],
        set(),
        set(),
        "scottish-mac-names-intimated",
        people={"C Bateson", "G Gunnell", "W MacKay", "D McDiarmid"},
    ),
    names_case(
        ["In Attendance: Mr A Mackintosh, Clerk; Ms A Macrae, Committee Administrator"],
        set(),
        {"Committee Administrator"},
        "scottish-officers",
        people={"A Mackintosh", "A Macrae"},
        not_people={"Committee Administrator"},
    ),
    names_case(
        ["Cr S Meehan (Shire President) Cr G Lynam (Deputy Shire President) Cr A Smolker"],
        set(),
        {"Shire President", "Deputy Shire President"},
        "shire-councillors-initials",
        people={"S Meehan", "G Lynam", "A Smolker"},
        not_people={"Shire President"},
    ),
    names_case(
        ["Present: Ven Daniel Mears (Rector & Chairman), Emmanuel Adebayo, Colin Hill-Archard, Grace Stedham"],
        set(),
        set(),
        "pcc-present-ven-and-hyphen",
        people={"Daniel Mears", "Emmanuel Adebayo", "Colin Hill-Archard", "Grace Stedham"},
        not_people={"Ven Daniel Mears"},
    ),
    names_case(
        ["Confirmed. Dame Zarina Khanna External Member"],
        set(),
        set(),
        "dame-before-a-name",
        people={"Zarina Khanna"},
        not_people={"Dame", "Khanna External Member"},
    ),
    names_case(
        ["The revised syllabus needs signing by Manjit Gilani, WBC Interim Chief Executive."],
        set(),
        {"Interim Chief Executive"},
        "name-before-an-interim-post",
        people={"Manjit Gilani"},
        not_people={"Interim Chief Executive"},
    ),
    names_case(
        ["Staff Present: General Manager Mark Watling, General Counsel Yuri Calvert, District Secretary Susan Cruise"],
        set(),
        set(),
        "water-district-staff",
        people={"Mark Watling", "Yuri Calvert", "Susan Cruise"},
    ),
    names_case(
        ["To receive a verbal update from Dr Jensby on the netting review."],
        set(),
        set(),
        "doctor-surname",
        people={"Jensby"},
    ),
]

# --- class 4: what is no body ---------------------------------------------------------------------------------------
NOT_BODIES = [
    names_case(
        ["Mr Barnard presented the Self-Assessment Report (SAR) and Quality Improvement Plan (QIP) for the College."],
        set(),
        {"Self-Assessment Report", "Quality Improvement Plan", "SAR", "QIP"},
        "sar-and-qip-documents",
    ),
    names_case(
        ["The Financial Memorandum with the ESFA sets out the conditions of funding."],
        {"ESFA"},
        {"Financial Memorandum"},
        "financial-memorandum-a-document",
    ),
    names_case(
        ["Achievement in A-levels and T-levels rose, and BTEC Nationals results were in line with the benchmarks."],
        set(),
        {"BTEC", "BTEC Nationals", "A-levels", "T-levels"},
        "qualifications",
    ),
    names_case(
        ["Action Plan: Monitoring and Evaluation of GCSE and A-Level results"],
        set(),
        {"GCSE", "Action Plan", "Monitoring and Evaluation"},
        "gcse-results-heading",
    ),
    names_case(
        [
            "1,319 Occasional Licences and 42 Premises Licences had been granted under the Licensing (Scotland) Act "
            "2005."
        ],
        set(),
        {"Occasional Licences", "Premises Licences", "Licensing (Scotland) Act"},
        "licences-and-an-act",
    ),
    names_case(
        ["Venue: Eastern IFCA Office, 6 North Lynn Business Village, Bergen Way"],
        {"Eastern IFCA"},
        {"North Lynn Business Village", "Bergen Way"},
        "ifca-venue-business-village",
    ),
    names_case(
        [
            "This is different from the Quinquennial Inspection, and the Church Representation Rules are the working "
            "document."
        ],
        set(),
        {"Quinquennial Inspection", "Church Representation Rules"},
        "church-inspection-and-rules",
    ),
    names_case(
        ["M Delaney acknowledged that today was the first meeting of a Municipal District for the county."],
        set(),
        {"Municipal District"},
        "municipal-district-a-word",
    ),
]

# --- class 5: a Canadian regional municipality and a town's correspondence, Australian shires, a Welsh board -------
FURTHER_GENRES = [
    names_case(
        ["The Council of The Regional Municipality of Halvern met in the Council Chamber at 9:30 a.m."],
        {"Regional Municipality of Halvern"},
        set(),
        "regional-municipality",
    ),
    names_case(
        [
            "Also Present: D. Szabo, Chief Administrative Officer; R. K. Gilmour, Commissioner of Corporate Services "
            "and Regional Solicitor; A. Macintosh, Deputy Clerk"
        ],
        set(),
        {"Corporate Services"},
        "regional-officials-initials",
        people={"D. Szabo", "R. K. Gilmour", "A. Macintosh"},
    ),
    names_case(
        [
            "Lynda reported on discussions at JNCC on the quinquennial review of the protected species schedules "
            "within the Countryside and Wildlife Act."
        ],
        {"JNCC"},
        {"Countryside and Wildlife Act"},
        "jncc-and-an-act",
    ),
    names_case(
        [
            "Correspondence: 4.4 AMO Re: Annual Conference Guestroom Booking Date Moved to October 3",
            "4.5 FONOM Re: Basic Income Guarantee Conference Invitation",
        ],
        {"AMO", "FONOM"},
        {"Annual Conference"},
        "correspondence-senders-by-acronym",
    ),
    names_case(
        [
            "4.3 Ministry of Infrastructure Re: Establish Clean Water & Wastewater Fund",
            "4.16 Town of Pembroke Re: School Crossing Guard Information",
        ],
        {"Ministry of Infrastructure", "Town of Pembroke"},
        {"Clean Water & Wastewater Fund"},
        "correspondence-ministry-and-town",
    ),
    names_case(
        ["4.1 LETTER Re: Parking on the green", "4.2 EMAIL Re: Potholes in Mill Lane"],
        set(),
        {"LETTER", "EMAIL"},
        "correspondence-labels-no-senders",
    ),
    names_case(
        ["No responsibility whatsoever is implied or accepted by the Shire of Upper Yarraloola for any act."],
        {"Shire of Upper Yarraloola"},
        {"Shire of Upper"},
        "shire-of-a-two-word-place",
    ),
    names_case(
        ["No responsibility whatsoever is implied or accepted by the Shire of Glenbrook Ranges for any act."],
        {"Shire of Glenbrook Ranges"},
        {"Shire of Glenbrook"},
        "shire-of-ranges",
    ),
    names_case(
        ["Glenbrook Ranges Shire Council is a member of the Peri Urban Group of Rural Councils (PUGRC)."],
        {"Glenbrook Ranges Shire Council", "Peri Urban Group of Rural Councils"},
        {"PUGRC"},
        "shire-council-and-its-group",
    ),
    names_case(
        [
            "Council resolved to request the Minister for Planning authorise the preparation of Planning Scheme "
            "Amendment C143 to the Glenbrook Ranges Planning Scheme."
        ],
        set(),
        {"Glenbrook Ranges Planning Scheme", "Planning Scheme Amendment", "Minister for Planning"},
        "planning-scheme-no-body",
    ),
    names_case(
        ["Board Members: Mike Brookes, Ruth Hallam, Harry Legge-Burke, Peter Mathias (Chair)"],
        set(),
        set(),
        "board-members-hyphenated",
        people={"Mike Brookes", "Ruth Hallam", "Harry Legge-Burke", "Peter Mathias"},
    ),
    names_case(
        ["Apologies for absence noted from Trefor Owens, Executive Director for National Services."],
        set(),
        {"National Services"},
        "welsh-given-name-before-a-post",
        people={"Trefor Owens"},
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "wanted", "absent", "people", "not_people"),
    LEFT_BY_STOP_34 + GENRE_BODIES + PEOPLE + NOT_BODIES + FURTHER_GENRES,
)
def test_orgs40(
    paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str], not_people: set[str]
) -> None:
    check_parish_names(paragraphs, wanted, absent, people, not_people)
