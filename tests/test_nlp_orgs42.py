"""Organisations and people round 42 (issue #6: names' recall on unseen documents): the bodies and people of genres no
earlier round drew - planning committees (objectors, agents, ward members, officers with their posts in brackets),
licensing hearings (police officers with collar numbers, premises licence holders, solicitors' firms), standards
hearings (Independent Persons, investigators' firms), audit committees (the audit firms, Audit Wales, Audit Scotland,
internal audit partnerships, PSAA), health scrutiny (NHS trusts, ICBs, Healthwatch, CCGs, ambulance services), LEP
boards (companies, universities, sector labels in a directors' table), community safety partnerships and youth
justice boards (police, probation, fire and rescue, inspectorates) - and the forms of their attendance lines (surnames
after "Councillors", post-nominals, Welsh "ap"/"ab" names, Gaelic "Nic"/"Mac a'" surnames, "Cllr Mrs A. B. Green").

Conventions (corpus/gold/README.md): named organisations and bodies count; an acronym printed with its full name is
one organisation, the full name; people are named without titles or post-nominals ("OBE", "FRICS", "PC 1187");
posts ("Lawyer", "Convener", "Vice-Chancellor"), roles in a hearing ("Licensing Authority", "Independent Person",
"Ward Member"), units ("Local Delivery Unit"), sector labels of a board's table ("Private Sector", "Universities"),
places, plans, funds, buildings and acts are neither.

Drawn cases keep the shape and phrasing of public pages of bodies no earlier suite cites, with names, places and
numbers changed (national bodies and the audit firms kept):

- https://deploy.abcdocz.com/doc/1101890/minutes--now-attached----democracy-and-standards (Tunbridge Wells Planning
  Committee, 25 March 2015: "Present: Councillor Mrs Soyke (Chairman) Councillors Noakes (Vice-Chairman), Backhouse,
  Mrs Cobbold, Elliott, Dr Hall, Patterson, …", "Officers in Attendance: Tim Archer (Principal Planning Officer), …
  Jo Smith (Lawyer)")
- http://committee.cityofworcester.gov.uk/ieListDocuments.aspx?CId=130&MId=4289 (Worcester Planning Committee:
  "Councillor Roberts – had worked with Warndon Parish Council on the Development Plan") and
  https://cms.wiltshire.gov.uk/(S(wm5gga55b130f045qoanjja5))/ieListDocuments.aspx?CId=149&MeetingId=7200 (Western
  Area Planning Committee, 16 October 2013: "by virtue of being a member of Bradford on Avon Town Council")
- https://cms.wiltshire.gov.uk/mgAi.aspx?ID=80641 (a Wiltshire licensing review: "Key points raised by Martin O’Neill
  on behalf of Wiltshire Police, Review Applicant", "Mr Smart (Premises Licence holder) was present during the raid",
  "including PC Rossiter whose statement appeared as page 41", "one relevant representation had been received from
  Wiltshire Council as Licensing Authority")
- https://sheffieldcc.moderngov.co.uk/ieListDocuments.aspx?CId=558&MId=8107 (Sheffield standards sub-committee: "The
  Monitoring Officer and Independent Person were in attendance at the meeting")
- https://democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=163&MeetingId=6838 (Carmarthenshire Governance
  and Audit Committee: "The Chair welcomed Audit Wales representatives Mr Jason Blewitt, Ms Alison Lewis and Mr Derwyn
  Owen to the meeting") and https://council.lancashire.gov.uk/mgDecisionDetails.aspx?IId=85762&Opt=1 (Lancashire
  audit protocol: "how Lancashire County Council's Internal Audit Service and Grant Thornton as its external auditor
  worked together")
- https://moderngov.cheshireeast.gov.uk/ecminutes/ieListDocuments.aspx?CId=562&MeetingId=4271 (Cheshire East Health
  and Wellbeing Scrutiny, 14 June 2012: "T Butcher, North West Ambulance Service", "M Cunningham, East Cheshire
  Clinical Commissioning Group", "Barrie Towse, Local Involvement Network"),
  https://democracy.warwickshire.gov.uk/ieListDocuments.aspx?CId=144&MID=3307 (Warwickshire adult social care and
  health OSC, 17 November 2021: "Rose Uwins (Coventry and Warwickshire Clinical Commissioning Group(CCG))", "a
  Director of Healthwatch Warwickshire", "Mark Docherty and Murray McGregor, who would be providing an update from
  WMAS"), https://mycouncil.oxfordshire.gov.uk/ieListDocuments.aspx?CId=148&MId=6892&Ver=4 (Oxfordshire joint HOSC:
  "Cllr Jane Hanna OBE be elected as the Chair", "as an employee of Oxford University Hospitals NHS Trust") and
  http://democracy.kent.gov.uk/ieListDocuments.aspx?CId=112&MId=2907&Ver=4 (Kent HOSC, 2 October 2009: "Mr Geraint
  Davies, Director of Business Development … of the South East Coast Ambulance Trust")
- https://deploy.abcdocz.com/doc/1066438/minutes---lep-board---17.03.15-draft---council (Lancashire Enterprise
  Partnership Limited Board, 17 March 2015: "allowing David Holmes (BAE Systems) to attend as an Observer", "Alan
  Cavill (Blackpool Council) and Ruth Connor (Marketing Lancashire)", "Mr I Young (Company Secretary)"),
  https://docslib.org/doc/3434729/llep-board-minutes-6-aug-2019 (LLEP Board of Directors, 6 August 2019, a directors'
  table read as lines: "Prof Robert Allison Universities Dr Nik Kotecha OBE Private Sector Anil Majithia Voluntary
  Sector") and https://council.lancashire.gov.uk/ieListDocuments.aspx?CId=938&MId=9122&Ver=4 ("Following an
  introduction … by UCLAN Vice Chancellor Professor Graham Baldwin")
- https://www.minutes.haringey.gov.uk/ieIssueDetails.aspx?IId=39204&Opt=3 (Haringey Community Safety Partnership,
  13 June 2013: "PC Matt Arnold and Natalie Green from the British Transport Police (BTP) introduced themselves"),
  https://docsbay.net/yos-management-board (Stockton YOS Management Board, 22 January 2013: "Joe Howard Local Delivery
  Unit Manager, Durham Tees Valley Probation"), https://docest.com/doc/536437/stockton-yos-management-board (19 August
  2014: "Julie Allan Lead for Cleveland Area, National Probation Service", "Tony Hodgson Local Partnership Adviser,
  YJB") and https://scambs.moderngov.co.uk/ieListDocuments.aspx?CId=516&MId=6447&Ver=4 (South Cambs CSP: "Presentation
  by CI James Sutherland", "Her Majesty’s Inspectorate of Constabulary (HMIC)")
- https://docslib.org/doc/3417068/comhairle-nan-eilean-siar-comhairle-nan-eilean-siar (Comhairle nan Eilean Siar,
  3 February 2021: "PRESENT Mr Norman A MacDonald (Convener) … Mr Uisdean Robertson … Mr Calum Iain Maciver") and
  https://www.cne-siar.gov.uk/council-and-committees/committees/1-may-2024 ("Cùram is Slàinte nan Eilean Siar
  (Western Isles Integration Board)"); Gaelic surnames in Gaelic spelling ("NicLeòid", "Mac a' Phearsain") as the
  Comhairle's Gaelic pages print them; Welsh patronymics ("ap", "ab") and given names as the Anglesey and Ceredigion
  governance and audit committees' pages print members' names
- https://docslib.org/doc/3434729/llep-board-minutes-6-aug-2019 again for "Memorandum of Understanding for the EZ
  agreement", "Local Assurance Framework (LAF)"; the Lancashire LEP board's "Growing Places Fund, specifically
  Teanlowe Shopping Centre"

Names are compared as `agendaparse eval` compares them.

Pass before (HEAD febf301): 41 of 61. The misses: a post or a hearing's party in an attendee's brackets read as a body
("(Lawyer)", "(Convener)"); surnames after a titled one in a "Councillors …" list ("Mrs Cobbold, Elliott, Dr Hall,
Patterson and Webb" lost the untitled ones); police officers by collar number ("PC 4172 Rossiter", "PC 1187 Okafor of
Marlshire Police" read as a body); a council's statutory role ("as Licensing Authority") as a body; an apology whose
body in brackets holds its acronym in brackets; given names missing from the list ("Murray", "Barrie", "Wyn",
"Medi", Gaelic "Uisdean", "Seumas", "Ruairidh", "Mòrag"); a name then its body after a comma in a semicolon list
without a label; a person's brackets naming an agency without a body word ("Marketing Lanchester"); sector labels of
a directors' table read into names ("Robert Allison Universities", "Private Sector"); a vice-chancellor's post read
into the university's name; "(UK) Ltd"; "Chairman of Doe Associates Ltd" after a name; "<Place> Probation" and a
"Local Delivery Unit"; Welsh "ab"/"ap" names leaving the given name as a second person; Gaelic "NicLeòid" and
"Mac a' Phearsain"; "Comhairle nan Eilean Siar".

A second draw of 11 cases (class 8b) was written after the first fix, from the same pages' shapes; run on the code of
febf301 (src of that commit, the suite as now) 7 of the 11 pass (misses: "Dafydd Rhys Thomas", a surname that is also
a given name; "Iwan ap Dafydd" leaving "Iwan"; "Healthwatch Marlshire Chief Executive"; "University of Marlow and Mr
Sunil" and "Rao of Rao Engineering Group plc"), and the whole suite 49 of 72.

After: 70 of 72 (the first draw 59 of 61), 2 strict xfails ("Cliff", an everyday word the given-name list leaves out;
"Marketing Lanchester", a body with no organisation word in a person's brackets in prose). The fix: posts and a
hearing's parties in an attendee's brackets are roles (attendance.ROLE_IN_BRACKETS_RE); a personal title inside a list
of surnames is read past (names.TITLE_IN_LIST_RE); officers by rank and collar number are people and the force after
them a body (names.collar_number_people, organisations.COLLAR_NUMBER_BEFORE_RE); "Licensing / Planning / Responsible …
Authority" with no place is a role; one level of nested brackets in an attendance entry holds the body without its
acronym; sector labels after a director's name are cut (attendance.SECTOR_AFTER_NAME_RE, names.SECTOR_WORDS); a
vice-chancellor's post after a university is cut; "<Firm> (UK) Ltd"; a post "of <Firm> Ltd/LLP/plc" names the firm;
"<Place> Probation" ending a name is a body, a unit before a post no body; a local branch or a body then its head's post
("Healthwatch Marlshire Chief Executive") is the body; a speaker's title and name after a body ("… and Mr Sunil") and a
speaker's given name before "<Surname> of <Body>" are cut; a lone given name goes on over a lower-case particle ("Rhodri
| ab Iorwerth"), two given names into the surname ("Siân Wyn | Hughes"), an accented given name into its surname ("Mòrag
| NicLeòid"), a Gaelic particle over its article ("Mac | a' Phearsain"); the given-name reader reads "Nic" surnames and
accented surnames and sees an accented given name before a name; Welsh, Gaelic and attendees' given names in
data/given_names.txt and "Comhairle nan Eilean Siar" in data/organisations.txt. One case was redrawn after the first run
to keep its source's shape: the Cheshire East "Also Present" rows are one line each under their heading, as the page
prints them (run together on one line without the heading they pass no rule).
"""

from __future__ import annotations

import pytest

from minutes_page import check_parish_names, names_case

# --- class 1: planning committees -----------------------------------------------------------------------------------
PLANNING = [
    names_case(
        [
            "Mr Peter Hallam, objector, spoke against the application and Mrs Gwen Ashby (Ward Member) addressed the "
            "Committee."
        ],
        set(),
        {"Ward Member"},
        "objector-and-ward-member",
        people={"Peter Hallam", "Gwen Ashby"},
    ),
    names_case(
        ["Speakers: Mrs Patricia Lowe (objector), Mr Ian Caddick (applicant) and Cllr Ros Penfold (Ward Member)"],
        set(),
        {"Ward Member"},
        "speakers-with-roles-in-brackets",
        people={"Patricia Lowe", "Ian Caddick", "Ros Penfold"},
    ),
    names_case(
        ["Mr Tom Reeve of Hollis Brand LLP, agent for the applicant, spoke in support of the application."],
        {"Hollis Brand LLP"},
        set(),
        "agent-of-an-llp",
        people={"Tom Reeve"},
    ),
    names_case(
        [
            "Officers in Attendance: Tim Archer (Principal Planning Officer), Cheryl Clark (Democratic Services "
            "Officer), Jane Lynch (Head of Planning) and Jo Smith (Lawyer)"
        ],
        set(),
        {"Lawyer", "Head of Planning", "Democratic Services Officer"},
        "officers-posts-in-brackets",
        people={"Tim Archer", "Cheryl Clark", "Jane Lynch", "Jo Smith"},
    ),
    names_case(
        [
            "Present: Councillor Mrs Soyke (Chairman) Councillors Noakes (Vice-Chairman), Backhouse, Mrs Cobbold, "
            "Elliott, Dr Hall, Patterson and Webb"
        ],
        set(),
        set(),
        "surnames-after-councillors",
        people={"Soyke", "Noakes", "Backhouse", "Cobbold", "Elliott", "Hall", "Patterson", "Webb"},
    ),
    names_case(
        ["Present: Councillors A Smith (Chairman), B Jones and C Brown-Hughes"],
        set(),
        set(),
        "initials-and-hyphenated-surname",
        people={"A Smith", "B Jones", "C Brown-Hughes"},
    ),
    names_case(
        [
            "Councillor Magnus Macdonald declared an interest in application 23/01573/FUL: Manor Farm, Upton Lovell, "
            "by virtue of being a member of Bradcombe Town Council."
        ],
        {"Bradcombe Town Council"},
        {"Manor Farm", "Upton Lovell"},
        "town-council-membership-site-no-body",
        people={"Magnus Macdonald"},
    ),
    names_case(
        ["Councillor Roberts had worked with Hatherley Parish Council on the Neighbourhood Plan."],
        {"Hatherley Parish Council"},
        {"Neighbourhood Plan"},
        "other-parish-council",
        people={"Roberts"},
    ),
]

# --- class 2: licensing hearings -------------------------------------------------------------------------------------
LICENSING = [
    names_case(
        [
            "Key points raised by Martin O'Neill on behalf of Marlshire Police, Review Applicant, were that the "
            "Premises Licence holder had shown a disregard for the conditions."
        ],
        {"Marlshire Police"},
        {"Review Applicant", "Premises Licence"},
        "police-review-applicant",
        people={"Martin O'Neill"},
    ),
    names_case(
        [
            "Mr Smart (Premises Licence holder) was present during the raid, as was PC 4172 Rossiter whose statement "
            "appeared at page 41 of the agenda pack."
        ],
        set(),
        {"Premises Licence"},
        "licence-holder-and-collar-number",
        people={"Smart", "Rossiter"},
        not_people={"PC 4172 Rossiter", "4172 Rossiter"},
    ),
    names_case(
        ["The Licensing Officer advised that Sergeant 2231 Barnes and PC 1187 Okafor of Marlshire Police attended."],
        {"Marlshire Police"},
        {"Okafor of Marlshire Police"},
        "collar-numbers-then-force",
        people={"Barnes", "Okafor"},
    ),
    names_case(
        [
            "Mr Dean Harper (Fenwick Hale Solicitors) represented the premises licence holder and Ms Aisha Rahman, "
            "the Designated Premises Supervisor."
        ],
        {"Fenwick Hale Solicitors"},
        {"Designated Premises Supervisor"},
        "solicitors-in-brackets",
        people={"Dean Harper", "Aisha Rahman"},
    ),
    names_case(
        [
            "Mr Kamal Rahman, premises licence holder, was represented by Mr Giles Thorne, solicitor, of Thorne & "
            "Partners."
        ],
        {"Thorne & Partners"},
        set(),
        "solicitor-of-an-ampersand-firm",
        people={"Kamal Rahman", "Giles Thorne"},
    ),
    names_case(
        [
            "One relevant representation had been received from Marlshire Council as Licensing Authority under the "
            "Licensing Act 2003."
        ],
        {"Marlshire Council"},
        {"Licensing Authority", "Licensing Act 2003"},
        "council-as-licensing-authority",
    ),
]

# --- class 3: standards hearings -------------------------------------------------------------------------------------
STANDARDS = [
    names_case(
        ["The Monitoring Officer and the Independent Person, Mr Clive Durrant, were in attendance at the hearing."],
        set(),
        {"Independent Person", "Monitoring Officer"},
        "independent-person-named",
        people={"Clive Durrant"},
    ),
    names_case(
        ["Independent Persons: Mr Clive Durrant and Mrs Fiona Mbeki"],
        set(),
        {"Independent Persons"},
        "independent-persons-label",
        people={"Clive Durrant", "Fiona Mbeki"},
    ),
    names_case(
        ["The External Investigator, Ms Hannah Wyatt of Wilkin Marsh LLP, presented her report on the complaint."],
        {"Wilkin Marsh LLP"},
        {"External Investigator"},
        "investigator-of-an-llp",
        people={"Hannah Wyatt"},
    ),
]

# --- class 4: audit committees ---------------------------------------------------------------------------------------
AUDIT = [
    names_case(
        [
            "The Chair welcomed Audit Wales representatives Mr Jason Blewitt, Ms Alison Lewis and Mr Derwyn Owen to "
            "the meeting."
        ],
        {"Audit Wales"},
        set(),
        "audit-wales-representatives",
        people={"Jason Blewitt", "Alison Lewis", "Derwyn Owen"},
    ),
    names_case(
        [
            "Ruth Lowry, Head of Internal Audit, presented the protocol setting out how Northshire County Council's "
            "Internal Audit Service and Grant Thornton as its external auditor worked together."
        ],
        {"Northshire County Council", "Grant Thornton"},
        set(),
        "grant-thornton-external-auditor",
        people={"Ruth Lowry"},
    ),
    names_case(
        ["Mr Paul Grady, Engagement Lead, Grant Thornton UK LLP, presented the Audit Findings Report for 2023/24."],
        {"Grant Thornton UK LLP"},
        {"Audit Findings Report", "Engagement Lead"},
        "engagement-lead-uk-llp",
        people={"Paul Grady"},
    ),
    names_case(
        [
            "Mazars LLP (external auditor) presented its Audit Strategy Memorandum and KPMG had completed the audit of "
            "the Pension Fund accounts."
        ],
        {"Mazars LLP", "KPMG"},
        {"Audit Strategy Memorandum", "Pension Fund"},
        "mazars-and-kpmg",
    ),
    names_case(
        [
            "Representatives from Audit Scotland, the Council's appointed external auditor, presented the Annual Audit "
            "Plan."
        ],
        {"Audit Scotland"},
        {"Annual Audit Plan"},
        "audit-scotland",
    ),
    names_case(
        [
            "Internal audit is provided by the Southern Internal Audit Partnership (SIAP) under a shared service "
            "agreement; SIAP reported no limited opinions."
        ],
        {"Southern Internal Audit Partnership"},
        {"SIAP"},
        "internal-audit-partnership-acronym",
    ),
    names_case(
        ["The Committee received a report from Public Sector Audit Appointments Ltd (PSAA) on the fee scale."],
        {"Public Sector Audit Appointments Ltd"},
        {"PSAA"},
        "psaa-ltd",
    ),
    names_case(
        [
            "Ms Karen Lyle, Audit Manager, Ernst & Young LLP, and Mr Ian Pinches, Director, Deloitte LLP, attended.",
            "Representatives of Barnett Waddingham LLP, the Fund's actuary, and Hymans Robertson LLP attended.",
        ],
        {"Ernst & Young LLP", "Deloitte LLP", "Barnett Waddingham LLP", "Hymans Robertson LLP"},
        {"Audit Manager"},
        "firms-after-posts-and-actuaries",
        people={"Karen Lyle", "Ian Pinches"},
    ),
]

# --- class 5: health scrutiny ----------------------------------------------------------------------------------------
HEALTH = [
    names_case(
        [
            "Mr Geraint Price, Director of Business Development, North Downs Ambulance Service NHS Foundation Trust, "
            "attended for this item."
        ],
        {"North Downs Ambulance Service NHS Foundation Trust"},
        set(),
        "ambulance-foundation-trust",
        people={"Geraint Price"},
    ),
    names_case(
        [
            "Cllr Damian Hayward declared an interest as an employee of Ashdown University Hospitals NHS Trust and "
            "Cllr Jane Hanna OBE was elected as the Chair."
        ],
        {"Ashdown University Hospitals NHS Trust"},
        set(),
        "nhs-trust-employee-and-obe-chair",
        people={"Damian Hayward", "Jane Hanna"},
    ),
    names_case(
        ["Councillor Jerry Roadhouse declared an interest as a Director of Healthwatch Elmshire."],
        {"Healthwatch Elmshire"},
        set(),
        "healthwatch-director",
        people={"Jerry Roadhouse"},
    ),
    names_case(
        ["Apologies: Rose Unwin (Corley and Elmshire Clinical Commissioning Group (CCG))."],
        {"Corley and Elmshire Clinical Commissioning Group"},
        {"CCG"},
        "apology-ccg-with-acronym-in-brackets",
        people={"Rose Unwin"},
    ),
    names_case(
        ["A welcome also to Mark Doherty and Murray MacGregor, who would be providing an update from WMAS."],
        {"WMAS"},
        set(),
        "two-names-then-acronym-body",
        people={"Mark Doherty", "Murray MacGregor"},
    ),
    names_case(
        [
            "The Care Quality Commission (CQC) rated the maternity services as Requires Improvement and the CQC will "
            "revisit in the spring."
        ],
        {"Care Quality Commission"},
        {"CQC", "Requires Improvement"},
        "cqc-rating",
    ),
    names_case(
        ["Dr Amira Shah, Medical Director, NHS Fenland and Marsh Integrated Care Board, presented the winter plan."],
        {"NHS Fenland and Marsh Integrated Care Board"},
        set(),
        "integrated-care-board",
        people={"Amira Shah"},
    ),
    names_case(
        [
            "Also Present",
            "T Butcher, North West Ambulance Service",
            "M Cunningham, East Elmshire Clinical Commissioning Group",
            "Barrie Towse, Local Involvement Network",
        ],
        {"North West Ambulance Service", "East Elmshire Clinical Commissioning Group", "Local Involvement Network"},
        set(),
        "also-present-name-comma-body",
        people={"T Butcher", "M Cunningham", "Barrie Towse"},
    ),
    names_case(
        [
            "Present: Dr Helen Marsh (Healthwatch Elmshire), Mr Dev Patel (Elmshire Partnership NHS Foundation Trust), "
            "Ms Jo Kerr (NHS England)"
        ],
        {"Healthwatch Elmshire", "Elmshire Partnership NHS Foundation Trust", "NHS England"},
        set(),
        "health-partners-in-brackets",
        people={"Helen Marsh", "Dev Patel", "Jo Kerr"},
    ),
]

# --- class 6: LEP boards ---------------------------------------------------------------------------------------------
LEP = [
    names_case(
        [
            "Cliff Robson asked the Board to consider allowing David Holmes (Northam Aerospace plc) to attend as an "
            "Observer in his absence."
        ],
        {"Northam Aerospace plc"},
        {"Observer"},
        "plc-in-brackets",
        people={"Cliff Robson", "David Holmes"},
        marks=pytest.mark.xfail(
            strict=True,
            reason="'Cliff' is an everyday word the given-name list leaves out (data/given_names.txt's stop-list, as "
            "'Grant', 'Bill'): 'Cliff Road', 'Cliff Railway' would read as people; nothing else marks 'Cliff Robson' a "
            "name",
        ),
    ),
    names_case(
        ["The Chair welcomed Alan Cavill (Blackmere Council) and Ruth Connor (Marketing Lanchester) to the meeting."],
        {"Blackmere Council", "Marketing Lanchester"},
        set(),
        "council-and-agency-in-brackets",
        people={"Alan Cavill", "Ruth Connor"},
        marks=pytest.mark.xfail(
            strict=True,
            reason="nlp/organisations.py, attendance.py: a body in a person's brackets in prose (not an attendance "
            "list) with no organisation word ('Marketing Lanchester') is not told from a post or a place there",
        ),
    ),
    names_case(
        ["In Attendance: Mr B Bailey, Mr H Catherall, Mr I Young (Company Secretary)"],
        set(),
        {"Company Secretary"},
        "company-secretary",
        people={"B Bailey", "H Catherall", "I Young"},
    ),
    names_case(
        [
            "Apologies: Prof Robert Allison Universities; Dr Nik Kotecha OBE Private Sector; Anil Majithia Voluntary "
            "Sector"
        ],
        set(),
        {"Private Sector", "Voluntary Sector"},
        "directors-table-sector-labels",
        people={"Robert Allison", "Nik Kotecha", "Anil Majithia"},
        not_people={"Robert Allison Universities", "Private Sector", "Anil Majithia Voluntary Sector"},
    ),
    names_case(
        [
            "Following an introduction by University of Ashford Vice-Chancellor Professor Graham Bolton, the Chair "
            "welcomed all to the meeting."
        ],
        {"University of Ashford"},
        {"University of Ashford Vice-Chancellor"},
        "university-before-its-vice-chancellor",
        people={"Graham Bolton"},
    ),
    names_case(
        [
            "Mr Jack Orme, Managing Director, Fenwick Logistics (UK) Ltd, and Ms Lily Tan of Greenway Futures CIC "
            "presented the skills bid."
        ],
        {"Fenwick Logistics (UK) Ltd", "Greenway Futures CIC"},
        set(),
        "uk-ltd-and-cic",
        people={"Jack Orme", "Lily Tan"},
    ),
    names_case(
        [
            "Board Members: Sir Peter Lowther (Chair), Professor Anne Kirby (University of Marlow), Mr Raj Bains "
            "(Bains Group plc)"
        ],
        {"University of Marlow", "Bains Group plc"},
        set(),
        "board-members-university-and-plc",
        people={"Peter Lowther", "Anne Kirby", "Raj Bains"},
    ),
    names_case(
        ["John Doe OBE FRICS, Chairman of Doe Associates Ltd, and Dr Jane Roe MBE FRCP attended."],
        {"Doe Associates Ltd"},
        set(),
        "post-nominals-and-chairman-of-a-firm",
        people={"John Doe", "Jane Roe"},
        not_people={"John Doe FRICS", "Jane Roe FRCP"},
    ),
]

# --- class 7: community safety partnerships and youth justice boards ------------------------------------------------
SAFETY = [
    names_case(
        [
            "PC Matt Arnold and Natalie Green from the British Transport Police (BTP) introduced themselves to the "
            "Partnership; the BTP produced quarterly crime reports."
        ],
        {"British Transport Police"},
        {"BTP"},
        "btp-officers",
        people={"Matt Arnold", "Natalie Green"},
    ),
    names_case(
        [
            "Joe Howard Local Delivery Unit Manager, Wear Valley Probation; Tina Beckett Assistant Director, National "
            "Probation Service"
        ],
        {"Wear Valley Probation", "National Probation Service"},
        {"Local Delivery Unit"},
        "probation-after-posts",
        people={"Joe Howard", "Tina Beckett"},
    ),
    names_case(
        [
            "Chief Superintendent Gordon Lang, Marlshire Police, and Station Manager Amy Cole, Marlshire Fire and "
            "Rescue Service, attended."
        ],
        {"Marlshire Police", "Marlshire Fire and Rescue Service"},
        set(),
        "police-and-fire-ranks",
        people={"Gordon Lang", "Amy Cole"},
        not_people={"Chief Superintendent Gordon Lang", "Station Manager Amy Cole"},
    ),
    names_case(
        ["CI James Sutherland presented a report on crime and anti-social behaviour in the District."],
        set(),
        set(),
        "chief-inspector-abbreviated",
        people={"James Sutherland"},
        not_people={"CI James Sutherland"},
    ),
    names_case(
        [
            "Following a negative report from Her Majesty's Inspectorate of Constabulary (HMIC), improvements had been "
            "made."
        ],
        {"Her Majesty's Inspectorate of Constabulary"},
        {"HMIC"},
        "hmic-with-acronym",
    ),
    names_case(
        ["Tony Hodgson Local Partnership Adviser, YJB; Geoff Lee Chair of the Safer Eastfield Partnership (Chair)"],
        {"YJB", "Safer Eastfield Partnership"},
        set(),
        "yjb-and-safer-partnership",
        people={"Tony Hodgson", "Geoff Lee"},
    ),
    names_case(
        [
            "The Police and Crime Commissioner for Marlshire attended with the Office of the Police and Crime "
            "Commissioner (OPCC)."
        ],
        {"Office of the Police and Crime Commissioner"},
        {"OPCC"},
        "opcc-with-acronym",
    ),
]

# --- class 8: names in attendance lines ------------------------------------------------------------------------------
NAMES = [
    names_case(
        ["Cllr Mrs A. B. Green and Dr Jane Roe MBE attended; John Doe OBE FRICS gave apologies."],
        set(),
        set(),
        "honorifics-initials-post-nominals",
        people={"A. B. Green", "Jane Roe", "John Doe"},
        not_people={"John Doe FRICS"},
    ),
    names_case(
        ["Councillor Rhodri ab Iorwerth, Councillor Siân Wyn Hughes and Cllr Llinos Medi Huws were present."],
        set(),
        set(),
        "welsh-patronymic-and-middle-names",
        people={"Rhodri ab Iorwerth", "Siân Wyn Hughes", "Llinos Medi Huws"},
        not_people={"Rhodri", "Siân Wyn", "Llinos Medi"},
    ),
    names_case(
        ["Apologies were received from Cllr Gwilym ap Tomos, Cllr Eurig Wyn and Cllr Nia Jeffreys."],
        set(),
        set(),
        "welsh-ap-in-an-apologies-line",
        people={"Gwilym ap Tomos", "Eurig Wyn", "Nia Jeffreys"},
        not_people={"Gwilym"},
    ),
    names_case(
        [
            "PRESENT Mr Alex A MacDonald (Convener) Mr Uisdean Robertson Mr Donald John Macsween Mrs Catriona Stewart "
            "Mr Calum Iain Maciver"
        ],
        set(),
        {"Convener"},
        "gaelic-given-names-convener",
        people={
            "Alex A MacDonald",
            "Uisdean Robertson",
            "Donald John Macsween",
            "Catriona Stewart",
            "Calum Iain Maciver",
        },
    ),
    names_case(
        ["Apologies: Mr Ruairidh MacIlleathain, Ms Mòrag NicLeòid and Mr Seumas Mac a' Phearsain"],
        set(),
        set(),
        "gaelic-surnames",
        people={"Ruairidh MacIlleathain", "Mòrag NicLeòid", "Seumas Mac a' Phearsain"},
        not_people={"Mòrag", "Seumas Mac"},
    ),
    names_case(
        ["On behalf of Comhairle nan Eilean Siar, the Convener thanked Mrs Conning for her service."],
        {"Comhairle nan Eilean Siar"},
        {"Convener"},
        "gaelic-council-name",
        people={"Conning"},
    ),
    names_case(
        ["Apologies were received from Councillor Morgan and Ruth Lake - Director of Adult Social Care."],
        set(),
        {"Director of Adult Social Care"},
        "apology-name-dash-post",
        people={"Morgan", "Ruth Lake"},
    ),
    names_case(
        ["Also present: Councillor B Silvester (visitor), Councillor D Beckett (Westmoor and Chester Council)"],
        {"Westmoor and Chester Council"},
        set(),
        "also-present-council-in-brackets",
        people={"B Silvester", "D Beckett"},
    ),
]

# --- class 8b: a second draw from the same pages' shapes (added after the first fix) --------------------------------
SECOND_DRAW = [
    names_case(
        [
            "Officers in attendance: Claire Dunn (Head of Audit and Risk, Veritau Ltd), Gareth Hale (Audit Manager, "
            "TIAA Ltd)"
        ],
        {"Veritau Ltd", "TIAA Ltd"},
        {"Audit Manager"},
        "internal-audit-firms-after-posts",
        people={"Claire Dunn", "Gareth Hale"},
    ),
    names_case(
        ["The Mersey Internal Audit Agency (MIAA) will report to the Committee in March."],
        {"Mersey Internal Audit Agency"},
        {"MIAA"},
        "internal-audit-agency-acronym",
    ),
    names_case(
        ["Apologies were received from Councillor Dafydd Rhys Thomas and Mr Huw Jenkins (Independent Member)."],
        set(),
        {"Independent Member"},
        "welsh-three-name-words-surname-a-given-name",
        people={"Dafydd Rhys Thomas", "Huw Jenkins"},
        not_people={"Dafydd Rhys"},
    ),
    names_case(
        [
            "Dr Sam Okoro, Yorkshire Ambulance Service NHS Trust (YAS), presented the handover times; YAS would "
            "report in June."
        ],
        {"Yorkshire Ambulance Service NHS Trust"},
        {"YAS"},
        "ambulance-trust-acronym",
        people={"Sam Okoro"},
    ),
    names_case(
        [
            "Mr Alan Pike, Head of Service, HM Prison and Probation Service (HMPPS), attended with Ms Jo Reed, Youth "
            "Justice Board for England and Wales."
        ],
        {"HM Prison and Probation Service", "Youth Justice Board for England and Wales"},
        {"HMPPS"},
        "hmpps-and-yjb-in-full",
        people={"Alan Pike", "Jo Reed"},
    ),
    names_case(
        ["Ms Sandra Quinn, Independent Person, was consulted; the complainant, Mrs June Pratt, did not attend."],
        set(),
        {"Independent Person"},
        "independent-person-in-apposition",
        people={"Sandra Quinn", "June Pratt"},
    ),
    names_case(
        ["Present: Cllr Mrs A. B. Green (Chair), Cllr T. R. Evans-Pritchard, Cllr Iwan ap Dafydd"],
        set(),
        set(),
        "dotted-initials-and-welsh-ap",
        people={"A. B. Green", "T. R. Evans-Pritchard", "Iwan ap Dafydd"},
        not_people={"Iwan"},
    ),
    names_case(
        [
            "Mr Nick Bell (Bell Cornwell LLP) spoke on behalf of the applicant, Hartwood Homes Ltd.",
            "Mrs Jean Carter spoke on behalf of Friends of Elm Park, objecting to the application.",
        ],
        {"Bell Cornwell LLP", "Hartwood Homes Ltd", "Friends of Elm Park"},
        set(),
        "agent-applicant-and-friends-group",
        people={"Nick Bell", "Jean Carter"},
    ),
    names_case(
        [
            "The Committee welcomed Ms Kerry Lyon, Healthwatch Marlshire Chief Executive, and Mr David Orr, Chair of "
            "Marlshire and Wyre Integrated Care Board."
        ],
        {"Healthwatch Marlshire", "Marlshire and Wyre Integrated Care Board"},
        {"Healthwatch Marlshire Chief Executive"},
        "healthwatch-before-its-chief-executive",
        people={"Kerry Lyon", "David Orr"},
    ),
    names_case(
        ["Ms Erin Park of the University of Marlow and Mr Sunil Rao of Rao Engineering Group plc joined the Board."],
        {"University of Marlow", "Rao Engineering Group plc"},
        {"University of Marlow and Mr Sunil", "Rao of Rao Engineering Group plc"},
        "two-speakers-each-of-a-body",
        people={"Erin Park", "Sunil Rao"},
    ),
    names_case(
        [
            "Representations were received from Marlshire Fire and Rescue Authority and the Environmental Health "
            "Officer."
        ],
        {"Marlshire Fire and Rescue Authority"},
        {"Environmental Health Officer"},
        "fire-authority-representation",
    ),
]

# --- class 9: no bodies ----------------------------------------------------------------------------------------------
NOT_BODIES = [
    names_case(
        ["Mr Booth declared an interest in the Growing Places Fund, specifically Teanlowe Shopping Centre."],
        set(),
        {"Growing Places Fund", "Teanlowe Shopping Centre"},
        "fund-and-shopping-centre",
        people={"Booth"},
    ),
    names_case(
        [
            "The Memorandum of Understanding for the Marlow Technology Park EZ would be submitted in line with the "
            "Local Assurance Framework (LAF)."
        ],
        set(),
        {"Memorandum of Understanding", "Marlow Technology Park EZ", "Local Assurance Framework", "LAF"},
        "memorandum-and-framework",
    ),
    names_case(
        [
            "The Statement of Accounts and the Annual Governance Statement were approved; the meeting was held at the "
            "Engineering Innovation Centre."
        ],
        set(),
        {"Statement of Accounts", "Annual Governance Statement", "Engineering Innovation Centre"},
        "statements-and-a-building",
    ),
    names_case(
        [
            "The Committee noted the Treasury Management Strategy and the Capital Programme, funded from the Levelling "
            "Up Fund.",
            "A site visit was made to the Old Fire Station and the Civic Centre before the meeting.",
        ],
        set(),
        {"Treasury Management Strategy", "Capital Programme", "Levelling Up Fund", "Old Fire Station", "Civic Centre"},
        "strategy-fund-buildings",
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "wanted", "absent", "people", "not_people"),
    PLANNING + LICENSING + STANDARDS + AUDIT + HEALTH + LEP + SAFETY + NAMES + SECOND_DRAW + NOT_BODIES,
)
def test_orgs42(
    paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str], not_people: set[str]
) -> None:
    check_parish_names(paragraphs, wanted, absent, people, not_people)
