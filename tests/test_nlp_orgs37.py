"""Organisations round 37 (issue #6: organisations' recall on unseen documents): the bodies that minutes and action
logs of UK central-government boards and advisory councils, NHS boards and Healthwatch reports, and US city and
transit papers print - departments and arm's-length bodies by full name and initials, NHS bodies, audit firms, transit
agencies, a body's own board - and what is no body beside them (corpus/gold/README.md: named organisations and bodies
count; people, posts, teams, places, programmes, plans, datasets, events and documents do not; "the Secretariat" and
"officials" are a board's own staff).

Four classes of shape:

1. Departments and arm's-length bodies: a sponsor moved between departments, a paper from a department, an observer's
   department with its initials, an arm's-length body's own board ("<Name> Authority Board" is the authority, as
   "<Name> Trust Board" is the trust), agencies named by their head word.
2. NHS and care bodies: a national members' body named by "NHS" and a plural ("NHS Providers", not "NHS"), foundation
   trusts (one of seven words before "Trust", which the chain's word limit cut to its last six), a Healthwatch by its
   county, an integrated care board by its initials, a health and wellbeing board.
3. Firms and agencies: an audit firm by its name alone or by its office ("<Name> are the Trust's external auditors",
   "<Name> were appointed as the Trust's external auditors"; not a person who is the internal auditor), US transit
   agencies printed without a body word ("SamTrans", "BART", "Caltrain"), a federal service, a consultancy.
4. What is no body: the Secretariat, officials, a post ("the Master of the Rolls", "Director of Public Works"), a
   team's unit in a post ("Head of the FOI Centre"), a framework's initials, a conference, a programme, a venue, a
   ridge, a species, plans and strategies, a census and a survey, a bus route, a person's initials before a verb.

Drawn cases keep the shape and phrasing of public pages of bodies no earlier suite cites, with names, places and
numbers changed (national bodies kept):

- https://studylib.net/doc/11163595/ (Advisory Council on National Records and Archives, 12 November 2015: "Mr James
  explained the impact of the Machinery of Government changes … which saw sponsorship of The National Archives and the
  Information Commissioner’s Office move from the Ministry of Justice to the Department for Culture, Media and Sport
  (DCMS). Responsibility for records management policy had moved to the Cabinet Office.", "The Master of the Rolls
  welcomed Ian Cross and Helen Potter to their first meeting in their new roles", "Ms Helen Potter, Head of the FOI
  Centre, The National Archives", "The Transfer of Functions Order had been submitted")
- https://studylib.net/doc/11163596 (the same council, 16 July 2015: "Minutes: Beth Watson - Advisory Council
  Secretariat") and https://docslib.org/doc/3027425/summary-of-the-advisory-council-meeting-on-11-february-2016
  ("Members considered a paper from the Foreign and Commonwealth Office which set out the department’s approach",
  "Members welcomed the new action log which they found very helpful in keeping track of business", "Following
  Caroline Pegden’s presentation on the digital transfer project") and https://studylib.net/doc/11163597 (14 May 2015:
  "Caroline Pegden, Head of Programmes at The National Archives, gave a presentation on The National Archives’ Digital
  Transfer Project")
- https://www.gov.uk/government/publications/ofsted-board-meetings-2022-minutes/ofsted-board-minutes-28-september-2022
  (Ofsted Board: "A board member declared that a relative has started working for Ernst & Young (EY). EY are Ofsted’s
  external auditors, subcontracted by the National Audit Office.", "Andrew McCully (Department for Education (DfE))
  (observer)", "The update on the evaluation of the education inspection framework (EIF) would be included as a future
  agenda item")
- https://docest.com/doc/422580/draft-minutes-of-the-governorpolicy-board-gpb-meeting (NHS Providers' Governor Policy
  Board: "Nikki Coleman (NC) / Senior administrator for GovernWell, NHS Providers", "Robert Alabaster (RA) / Governor,
  North East Ambulance Service NHS Foundation Trust", "the board thanked SB for her
  valuable contributions both as a governor of Rotherham, Doncaster and South Humber NHS Foundation Trust", "Colour
  coded badges at the Governor Focus conference was in relation to trust type")
- https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=150905 (City of London Health and Wellbeing Board, "Healthwatch
  City of London Progress Report": "It was agreed to request the ICB a session to discuss the specific needs of the
  City", "the Hackney Health and Wellbeing Board has raised similar concerns", "the effectiveness of the
  Neighbourhoods Programme", "an additional GP practice in the City to the Neaman Practice")
- https://buckinghamshire.moderngov.co.uk/ieListDocuments.aspx?CId=339&MId=359&Ver=4 (Buckinghamshire Health and
  Adult Social Care Select Committee: "Ms Zoe McIntosh, the new Chief Executive Officer, Healthwatch Bucks, had
  replaced Mr Miguel Souto on the Committee", "she would contact the Oxford Health NHS Foundation Trust for formal
  confirmation")
- https://docslib.org/download/13713910/brisbane-city-council-s1 (Brisbane City Council, 11 September 2007: "Terry
  O’Connell, Brisbane, provided photographs showing grading currently underway at the Northeast Ridge", "the U.S. Fish
  and Wildlife Service issued a permit based on the assumption that minimal habitat or no habitat would be disturbed",
  "maps prepared by Thomas Reid Associates clearly identify habitat for the endangered Mission blue butterfly")
- https://santaclara.legistar.com/LegislationDetail.aspx?GUID=48F72A08-5177-4018-A0EA-A733D4CD7C84&ID=3968550 (City of
  Santa Clara: "California Department of Transportation staff will provide an overview of various Caltrans programs",
  "Reviewed by: Craig Mobeck, Director of Public Works")
- https://lawsdocbox.com/amp/86031416-US_Government_Resources/San-mateo-county-transit-district-district-1250-san-carlos-avenue-san-carlos-california.html
  (San Mateo County Transit District: "SamTrans Citizens Advisory Committee", the Peninsula Corridor Joint Powers
  Board's Caltrain)
- https://omaha-ne.documenters.org/documents/none-196644/thread (a Chicago police district council: "CPD may not need to
  be involved in parking violation enforcement", "CPD say it will work with the community to learn more", "a town hall
  … at the Gary comer youth center")
- https://gov.uk/government/publications/ssro-board-meeting-28-march-2018/board-minutes-28-march-2018 (Single Source
  Regulations Office: "meetings and workshops with senior staff in DE&S and MOD Main Building", "the SSRO had
  published documents relating to its recommendation of the baseline profit rate")
- https://digitalpublicservices.gov.wales/about-us/how-were-run/board-minutes/cdps-audit-risk-committee-arc-january-2025
  (Centre for Digital Public Services, Audit and Risk Committee: "Guests: Jonathan Maddock (JMa) – TIAA",
  "Secretariat: Jon Morris (JM)")
- https://gov.uk/government/publications/ofqual-board-minutes-for-2024/board-minutes-13-march-2024 (Ofqual Board: "Mary
  Webb, Head of Private Office", "Senior Manager, Strategy (Item 51/23)")
- https://uksa.statisticsauthority.gov.uk/publication/uk-statistics-authority-board-minutes-thursday-21-march-2024 is
  cited by earlier suites; its board's name ("UK Statistics Authority Board") is kept here with another date, and its
  "Integrated Data Service" item with other words.

Names are compared as `agendaparse eval` compares them.

Written before the fix: 34 of 46 tests passed on the code before it (strict xfails counted as failures); after, 43
passed and 3 strict xfails (a GP practice by a surname and "Practice"; "CPD", the capitals' stop list's continuing
professional development, as a police department; a data platform named "<words> Service"). The fix: the round's
bodies in data/organisations.txt; the subject of a firm's office ("<Name> are/were (appointed as) the <body>'s
external auditors"), read as round 35's roles are; a chain cut at its word limit inside an NHS trust's name read again
up to its head before "NHS", the trust's words then read on (no comma before it: "V McGhee, Northdale and Wyre
Partnership NHS Foundation Trust" keeps round 45's reading). Dev and tune fast figures unchanged by these.

Cases added with a later fix (departments of 2023, arm's-length bodies and regulators by full name and initials, a
defence agency, an internal audit firm and US federal and regional agencies in data/organisations.txt): 3 of 4 new
cases passed before it; after, 47 passed and 3 strict xfails. A body's plural possessive ends its name ("The National
Archives’ digital transfer project"; a closing quote still ends none): 0 of 2 new cases passed before it; after, 48
passed and 4 strict xfails (the possessive before a capitalised project's name); dev and tune fast unchanged. Dev fast organisations 87.2 -> 87.6 (R 81.1 -> 81.9:
the dev Transparency Board data-requests table's "HESA", "TSO" and "Socitm", three of the list's bodies), tune
unchanged, people unchanged.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from minutes_page import check_organisations


def case(paragraphs: list[str], wanted: set[str], absent: set[str], slot: str, **marks) -> pytest.param:  # type: ignore[valid-type]
    return pytest.param(paragraphs, wanted, absent, id=slot, **marks)


# --- class 1: departments and arm's-length bodies -------------------------------------------------------------------
DEPARTMENTS = [
    case(
        [
            "Mr Hale explained the impact of the Machinery of Government changes which saw sponsorship of The National "
            "Archives and the Information Commissioner’s Office move from the Ministry of Justice to the Department "
            "for Culture, Media and Sport (DCMS)."
        ],
        {
            "The National Archives",
            "Information Commissioner’s Office",
            "Ministry of Justice",
            "Department for Culture, Media and Sport",
        },
        {"Machinery of Government"},
        "sponsorship-moved-between-departments",
    ),
    case(
        ["Responsibility for records management policy had moved to the Cabinet Office."],
        {"Cabinet Office"},
        set(),
        "moved-to-the-cabinet-office",
    ),
    case(
        ["Members considered a paper from the Foreign and Commonwealth Office setting out the department’s approach."],
        {"Foreign and Commonwealth Office"},
        set(),
        "paper-from-a-department",
    ),
    case(
        ["Following Caroline Pegg’s presentation on The National Archives’ digital transfer project, a group met."],
        {"The National Archives"},
        {"Caroline Pegg"},
        "plural-possessive-before-a-project",
    ),
    case(
        ["Carol Pegg, Head of Programmes, gave a presentation on The National Archives’ Digital Transfer Project."],
        {"The National Archives"},
        {"Digital Transfer Project"},
        "plural-possessive-before-a-capitalised-project",
    ),
    case(
        ["Andrew Pell (Department for Education (DfE)) attended as an observer."],
        {"Department for Education"},
        {"Andrew Pell"},
        "observer-department-with-initials",
    ),
    case(
        ["The UK Statistics Authority Board met on 12 March to consider the business plan."],
        {"UK Statistics Authority"},
        {"UK Statistics Authority Board"},
        "authority-board-is-the-authority",
    ),
    case(
        ["Mr Allen, of the Government Property Agency, said that the lease would end in 2026."],
        {"Government Property Agency"},
        {"Allen"},
        "agency-after-of",
    ),
    case(
        ["The Chief Executive of the Government Digital Service attended for item 4."],
        {"Government Digital Service"},
        set(),
        "digital-service",
    ),
]

ARMS_LENGTH_BODIES = [
    case(
        [
            "His presentation informed the Board of recent stakeholder engagement, including workshops with senior "
            "staff in DE&S and MOD Main Building."
        ],
        {"DE&S"},
        {"MOD Main Building"},
        "defence-agency-initials-and-a-building",
    ),
    case(
        ["Since the last Board meeting, the SSRO had published documents relating to its recommendation."],
        {"SSRO"},
        set(),
        "regulator-initials-had-published",
    ),
    case(
        ["Mary Webster, Head of Private Office, presented the forward plan. Senior Manager, Strategy (Item 51/23)"],
        set(),
        {"Private Office", "Strategy", "Mary Webster"},
        "private-office-in-a-post",
    ),
]

# --- class 2: NHS and care bodies -----------------------------------------------------------------------------------
NHS_BODIES = [
    case(
        ["Sally Crane, Senior administrator for GovernWell, NHS Providers, presented the programme."],
        {"NHS Providers"},
        {"NHS", "GovernWell", "Sally Crane"},
        "nhs-members-body",
    ),
    case(
        ["The board thanked SB for her contributions as a governor of Barnsley and South Humber NHS Foundation Trust."],
        {"Barnsley and South Humber NHS Foundation Trust"},
        {"SB"},
        "governor-of-a-foundation-trust",
    ),
    case(
        [
            "The board thanked PF for her contributions as a governor of South West Coast Ambulance Service NHS "
            "Foundation Trust."
        ],
        {"South West Coast Ambulance Service NHS Foundation Trust"},
        {"West Coast Ambulance Service NHS Foundation Trust", "PF"},
        "governor-of-a-trust-of-seven-words",
    ),
    case(
        [
            "The Chairman advised that Ms Zoe Martin, the new Chief Executive Officer, Healthwatch Berks, had replaced "
            "Mr Miguel Soto on the Committee."
        ],
        {"Healthwatch Berks"},
        {"Zoe Martin", "Miguel Soto"},
        "healthwatch-by-county",
    ),
    case(
        ["The Chairman stated she would contact the Oxford Health NHS Foundation Trust for formal confirmation."],
        {"Oxford Health NHS Foundation Trust"},
        set(),
        "contact-a-foundation-trust",
    ),
    case(
        ["It was agreed to request the ICB a session to discuss the specific needs of the City for members."],
        {"ICB"},
        set(),
        "the-icb",
    ),
    case(
        ["The Board heard that the Dalston Health and Wellbeing Board has raised similar concerns on GP practices."],
        {"Dalston Health and Wellbeing Board"},
        set(),
        "health-and-wellbeing-board",
    ),
    case(
        ["The ICB Constitution had been submitted to NHS England in line with pre-establishment timelines."],
        {"ICB", "NHS England"},
        {"ICB Constitution"},
        "icb-constitution-to-nhs-england",
    ),
    case(
        ["The Board discussed an additional GP practice in the City to the Lidgate Practice."],
        {"Lidgate Practice"},
        set(),
        "gp-practice-by-name",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'Practice' heads 'Good Practice', 'Code of Practice' and 'Practice Guidance' as often as a GP "
            "practice's name; a surname before it cannot be told from a kind of practice",
        ),
    ),
]

# --- class 3: firms and agencies ------------------------------------------------------------------------------------
FIRMS_AND_AGENCIES = [
    case(
        ["EY are Ofsted’s external auditors, subcontracted by the National Audit Office."],
        {"EY", "Ofsted", "National Audit Office"},
        set(),
        "audit-firm-initials",
    ),
    case(["A board member declared that a relative has started working for Deloitte."], {"Deloitte"}, set(), "firm"),
    case(
        ["Pellings are the Trust’s external auditors for the year."],
        {"Pellings"},
        set(),
        "firm-are-external-auditors",
    ),
    case(
        ["Harlow Kemp were appointed as the Trust’s external auditors in 2021."],
        {"Harlow Kemp"},
        set(),
        "firm-were-appointed-as-auditors",
    ),
    case(
        ["Hannah Pell is the Trust’s internal auditor and attended for item 6."],
        set(),
        {"Hannah Pell"},
        "person-is-internal-auditor",
    ),
    case(
        ["Guests: Jonathan Maddon (JMa) – TIAA. Secretariat: Jon Morrow (JM)"],
        {"TIAA"},
        {"Secretariat", "Jonathan Maddon", "JMa"},
        "internal-audit-firm-after-a-guest",
    ),
    case(
        ["SamTrans will extend Route 17 to the transit center in March."],
        {"SamTrans"},
        {"Route 17"},
        "transit-district-brand",
    ),
    case(["BART and Caltrain staff presented the joint schedule."], {"BART", "Caltrain"}, set(), "rail-operators"),
    case(
        [
            "At this study session, California Department of Transportation staff will provide an overview of Caltrans "
            "programs."
        ],
        {"California Department of Transportation"},
        set(),
        "state-department-of-transportation",
    ),
    case(
        [
            "The U.S. Fish and Wildlife Service issued a permit based on the assumption that minimal habitat would be "
            "disturbed."
        ],
        {"U.S. Fish and Wildlife Service"},
        set(),
        "federal-service",
    ),
    case(
        [
            "She noted that maps prepared by Thomas Reed Associates clearly identify habitat for the Mission blue "
            "butterfly."
        ],
        {"Thomas Reed Associates"},
        {"Mission blue butterfly", "Mission"},
        "consultancy-and-a-species",
    ),
    case(
        ["The Public Works Department will replace the signal at Elm Street and 5th Avenue."],
        {"Public Works Department"},
        {"Elm Street"},
        "public-works-department",
    ),
    case(
        ["CPD say it will work with the community to learn more."],
        {"CPD"},
        set(),
        "police-department-initials-say",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'CPD' is continuing professional development in UK papers (the capitals' stop list); a US police "
            "department by these initials alone is not told from it",
        ),
    ),
]

# --- class 4: what is no body ---------------------------------------------------------------------------------------
NOT_BODIES = [
    case(
        ["Minutes: Ruth Tanner - Advisory Council Secretariat. The Secretariat will circulate the revised terms."],
        set(),
        {"Secretariat", "Advisory Council Secretariat", "Ruth Tanner"},
        "secretariat",
    ),
    case(
        ["Officials will provide a note on the retention applications to the next meeting."],
        set(),
        {"Officials"},
        "officials",
    ),
    case(
        ["The Master of the Rolls welcomed Ian Cole and Helen Potts to their first meeting in their new roles."],
        set(),
        {"Master of the Rolls", "Rolls", "Ian Cole"},
        "post-master-of-the-rolls",
    ),
    case(
        ["Ms Helen Potts, Head of the FOI Centre, The National Archives, presented the closure applications."],
        {"The National Archives"},
        {"FOI Centre", "Helen Potts"},
        "unit-in-a-post",
    ),
    case(
        ["Ms Lane, Deputy Director, Cabinet Office, said that the Secretariat had been restructured."],
        {"Cabinet Office"},
        {"Secretariat"},
        "secretariat-after-a-department",
    ),
    case(
        ["The update on the evaluation of the education inspection framework (EIF) would be a future agenda item."],
        set(),
        {"EIF"},
        "framework-initials",
    ),
    case(
        ["Colour coded badges at the Governor Focus conference were in relation to trust type."],
        set(),
        {"Governor Focus", "Governor Focus conference"},
        "conference",
    ),
    case(
        ["Concerns were raised on the effectiveness of the Neighbourhoods Programme."],
        set(),
        {"Neighbourhoods Programme"},
        "programme",
    ),
    case(
        ["There is a town hall with public comment on Aug 29 at the Gary Comer Youth Center at 6pm."],
        set(),
        {"Gary Comer Youth Center"},
        "venue",
    ),
    case(
        ["Terry Connell provided photographs showing grading currently underway at the Northeast Ridge."],
        set(),
        {"Northeast Ridge", "Terry Connell"},
        "ridge",
    ),
    case(["Reviewed by: Craig Moberg, Director of Public Works"], set(), {"Public Works", "Craig Moberg"}, "post"),
    case(
        ["The Council adopted the Open Data Strategy and the Local Plan."],
        set(),
        {"Open Data Strategy", "Local Plan"},
        "strategy-and-plan",
    ),
    case(
        ["Census 2021 results and the Labour Force Survey response rates were discussed."],
        set(),
        {"Census 2021", "Labour Force Survey", "Census"},
        "census-and-survey",
    ),
    case(
        ["The Planning Commission recommended approval of the Westbrook Specific Plan."],
        {"Planning Commission"},
        {"Westbrook Specific Plan"},
        "specific-plan",
    ),
    case(
        ["The Transfer of Functions Order had been submitted before the summer recess."],
        set(),
        {"Transfer of Functions Order"},
        "order",
    ),
    case(["JB say they will attend the next meeting."], set(), {"JB"}, "initials-say"),
    case(
        ["The Integrated Data Service will be launched to analysts next year."],
        set(),
        {"Integrated Data Service"},
        "data-service-programme",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a platform named '<words> Service' reads as a body, as 'Government Digital Service' is one",
        ),
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "wanted", "absent"), DEPARTMENTS + ARMS_LENGTH_BODIES + NHS_BODIES + FIRMS_AND_AGENCIES + NOT_BODIES
)
def test_orgs37(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)
