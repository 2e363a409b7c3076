"""Round 13 of mentions (issue #6): organisations (precision and recall) and people named in prose, as the minutes
and papers of central-government boards, justice and police bodies, sector panels and forums, museum trustees, a
fellowship's steering committee, county and district cabinets and US city councils print them. Each case keeps a
real page's structure and phrasing with names, places and numbers changed; the truth is what corpus/gold/README.md
asks an annotator to record: every named individual without titles (a surname alone where only "Mr X" or
"Councillor X" is printed), not roles, awards or "Madam Chair"; and named organisations (one entry, the full name,
for an acronym printed with it), not programmes, databases, portals, reports, plans, acts, regulations, funds,
operations, awards, posts, buildings, generic words with capitals, or the meeting's own committee.
The pages the patterns were learned from (one line a source):

- https://gov.uk/government/publications/hm-courts-and-tribunals-service-board-meeting-11-january-2024/fd8100a1-4598-41c2-8789-0c11fcc7cf86
  (HMCTS Board: "Name | Role" tables, "DG Policy - Courts and Access to Justice (MoJ)", "the Reform programme")
- https://www.gov.uk/government/publications/hm-courts-and-tribunals-service-board-meeting-8-september-2023/hm-courts-and-tribunals-service-board-meeting-8-september-2023
  ("Director General, Performance Strategy and Analysis (MoJ)"; "industrial action by PCS trade union members
  employed by OCS as court security staff"; "the Common Platform")
- https://docslib.org/doc/3136046/cjb-10-minutes (Criminal Justice Board: "Interim Director General, Prison Reform
  and Youth Justice Policy Group, Ministry of Justice (Darren X) - DT"; "CEO Crown Prosecution Service (X)")
- https://docslib.org/doc/7158271/the-criminal-justice-board-minutes ("Chief Executive, HM Prison and Probation
  Service & Second Permanent Secretary, Ministry of Justice (X)"; "Chair of the Bar Council (X)")
- https://docest.com/doc/279582/ofsted-board-minutes (Ofsted Board: "In attendance / X, Deputy Chief Inspector";
  "Action: X to consider how …"; "Director General, Education Standards Directorate, Department for Education")
- https://studylib.net/doc/7722828/ofsted-board-minutes-18-september-2012 ("Action: X agreed to report back on
  Ofsted's retention policy"; "Action: Chair to discuss a presentation … with X")
- https://info.5y1.org/john-hancock-accounts-log-in_1_499e8e.html (Ofsted Board 2013: "X and Y to meet to discuss …"
  in a summary of action points)
- http://hobbydocbox.com/Investors_and_Patents/92232854-Director-of-science-executive-board-member-katrina-nilsson-head-of-national-public-programmes-for-item-10.html
  (museum trustees: "Lord X of Y (in the Chair)", "X Head of Visitor Experience (for item 10)", "X Compass
  Partnership (observer)")
- http://www.rankfellowship.org/archive/2010/minutes-of-the-steering-committee-meetings/minutes-of-the-steering-committee-on-8-september-2010/
  (fellowship steering committee: "welcomed X and Y from The Rank Foundation"; designers "Moore Wilson")
- https://docsbay.net/environment-board-minutes-draft (ADEPT Environment Board: "X has been appointed to Chair of
  the Local Adaptation Advisory Panel (LAAP)"; "X represents the Environment Journal"; "AH to publish on website")
- https://docest.com/doc/385160/east-of-england-environment-forum (regional forum: "Name  INITIALS  Body" columns,
  "Apologies: X - Chair (National Trust), Y (Woodland Trust) …", "Groundwork East of England, not Groundwork Trust")
- https://uksa.statisticsauthority.gov.uk/publication/uk-statistics-authority-board-minutes-26-june-2025
  (statistics board: "Integrated Data Service", "Transformed Labour Force Survey", "President of Trinity College")
- https://democracy.croydon.gov.uk/mgAi.aspx?ID=13493 (London borough cabinet: "The Cabinet Member for Resources &
  Financial Governance (Councillor X) introduced the report"; "Interim Asset Disposal Strategy")
- https://democracy.southend.gov.uk/ieListDocuments.aspx?CId=133&MId=4817 (unitary scrutiny: "the response from the
  Cabinet Member for … to a question from Mr Webb"; "Executive Councillor: Cllr X")
- https://authority.cheshirefire.gov.uk/ieListDocuments.aspx?CId=179&MId=341&Ver=4 (fire authority committee:
  "officers be authorised to enter into a contract with ISG Construction Limited"; "Training Centre Programme")
- http://democracy.somerset.gov.uk/ieListDocuments.aspx?CId=585&MId=3042 (county cabinet: "Growth Deal 3", "Yeovil
  Western Corridor Improvement Scheme")
- https://democracy.winchester.gov.uk/ieListDocuments.aspx?CId=136&MId=2390&Ver=4 (district cabinet: "Councillors Tod
  and Porter declared personal … interests … as a trustee of a charity")
- https://cabinet.leicester.gov.uk/(S(t1fziw45wvh0zr45gujmstei))/ieListDocuments.aspx?CId=78&MId=353&Ver=4 (city
  cabinet 2001: "a letter from the Trustees of Bradgate Park", "Society of Communication and Information Technology
  Managers", "National Front March")
- https://mycouncil.surreycc.gov.uk/ieListDocuments.aspx?CId=121&MId=3262&Ver=4 (county council: "Queen's Award for
  Voluntary Service", "Under the motion of Mrs X, seconded by Mr Y")
- https://www.iowa-city.org/WebLink/DocView.aspx?id=1934143&dbid=0&repo=CityofIowaCity (US city council: "Accepted by
  X on behalf of the Human Rights Commission"; "Class C Liquor License for X, LLC, dba Y")
- http://apps.ucitymo.org/PublicPortal/0/doc/12367/Page3.aspx (US city council: "recommended to the low bidder,
  Downing Sales & Services"; "moved for approval by Mr. Sharpe, Jr., seconded by Ms. Brot")
- https://publicdocuments.fortworthtexas.gov/CSODOCS/DocView.aspx?dbid=0&id=21541&repo=City-Secretary (US city council:
  "Ms. X, Executive Director from Neighborhoods Organized for Substance Abuse Prevention, Inc., appeared")
- https://webserver.cityofmound.com/WebLink/DocView.aspx?dbid=0&id=50758&repo=CityOfMound (US city council: "Approve
  Pay Request No. 4 and Final from Minncomm Utility Construction")
- https://cityofalexandriala.com/node/2284 (US city council: "Angelo X v. City of Alexandria, State of Louisiana,
  Court of Appeal for the Third Circuit")
- http://cityofmetropolis.com/minutes/police.asp (police and fire committee: "Chief Masse asked …", "from Jackson
  Purchase 2 Way, Inc.", "Taser International")

Each case is laid out as a page of minutes and read by the real mention finder.
"""

from __future__ import annotations

import pytest

from minutes_page import minutes_page, organisations_on_page, people_on_page

HEADING = ["Minutes of the meeting", "held on Tuesday 11 March 2025 at 10.00am", "in the Board Room"]


def people(paragraphs: list[str]) -> set[str]:
    return people_on_page(minutes_page([*HEADING, *paragraphs]))


def organisations(paragraphs: list[str]) -> set[str]:
    return organisations_on_page(minutes_page([*HEADING, *paragraphs]))


# (printed paragraphs, people an annotator lists, names that are no person of the page)
PEOPLE_CASES = [
    # --- a name, then its post (and body) in apposition ----------------------------------------------------------
    pytest.param(
        ["Colette Barraclough, Head of Digital Services at the Office for Statistics Regulation, presented the paper."],
        {"Colette Barraclough"},
        {"Digital Services"},
        id="name-comma-head-of-at-body",
    ),
    pytest.param(
        ["Ruth Ellery (Chief Operating Officer) and Owain Pryce (Director, Finance and Resources) joined for item 4."],
        {"Ruth Ellery", "Owain Pryce"},
        {"Chief Operating Officer"},
        id="names-with-bracketed-posts",
    ),
    pytest.param(
        ["Tariq Hussain, Deputy Director, Courts and Tribunals Recovery Unit, gave an update on the court backlog."],
        {"Tariq Hussain"},
        {"Deputy Director"},
        id="name-comma-deputy-director",
    ),
    pytest.param(
        [
            "Gwilym Rees, Operations Director, HMCTS, reported on industrial action by PCS trade union members "
            "employed by OCS as court security staff."
        ],
        {"Gwilym Rees"},
        {"Operations Director"},
        id="unlisted-given-name-with-post",
    ),
    # --- names in action lines and summaries of action points ------------------------------------------------------
    pytest.param(
        [
            "Summary of action points",
            "Action: Darryl Nunn agreed to report back on the retention policy.",
            "Action: Jacky Tiotto and Paul Snell to meet to discuss the social care inspection plans.",
        ],
        {"Darryl Nunn", "Jacky Tiotto", "Paul Snell"},
        set(),
        id="action-lines-unlisted-given-names",  # passes since round 60: a name listed with a person
    ),
    pytest.param(
        ["Action: Neville Oduya to circulate the Common Platform glossary to Board members by 30 April."],
        {"Neville Oduya"},
        {"Common Platform"},
        id="action-line-listed-given-name",
    ),
    # --- titles and surnames in prose ---------------------------------------------------------------------------
    pytest.param(
        [
            "The Leader of the Council (Mr Harcourt) introduced the report. Mr Okafor (Cabinet Member for Highways and "
            "Transport) explained that the contract had been awarded following a competitive tender."
        ],
        {"Harcourt", "Okafor"},
        set(),
        id="surname-with-title-and-post-in-brackets",
    ),
    pytest.param(
        [
            "The Cabinet Member, Mrs Pennington, said that officers would report back. Councillor Bartram asked "
            "whether the plan would be consulted upon."
        ],
        {"Pennington", "Bartram"},
        set(),
        id="cabinet-member-comma-name",
    ),
    pytest.param(
        [
            "The Panel heard from Inspector Naylor of Avon and Somerset Constabulary and from Superintendent Kaur of "
            "West Yorkshire Police."
        ],
        {"Naylor", "Kaur"},
        set(),
        id="police-ranks-of-force",
    ),
    pytest.param(
        [
            "Mr. Sharpe, Jr. moved approval of the consent calendar, seconded by Ms. Brot. Also in attendance were "
            "City Manager Julie Feier and City Attorney John Mulligan."
        ],
        {"Sharpe", "Brot", "Julie Feier", "John Mulligan"},
        {"City Manager Julie Feier"},
        id="us-council-titles-and-posts",
    ),
    # --- what is not a person ------------------------------------------------------------------------------------
    pytest.param(
        [
            "The Chair welcomed Madam Chair of the Youth Parliament. The Mandela Award for Community Service was "
            "presented, and the meeting was held at Florence Nightingale House."
        ],
        set(),
        {"Madam Chair", "Mandela", "Florence Nightingale"},
        id="awards-and-buildings-named-after-people",
    ),
]


@pytest.mark.parametrize(("paragraphs", "wanted", "unwanted"), PEOPLE_CASES)
def test_people_named_in_prose(paragraphs: list[str], wanted: set[str], unwanted: set[str]) -> None:
    found = people(paragraphs)
    assert wanted <= found, wanted - found
    assert not unwanted & found


# (printed paragraphs, organisations an annotator lists, names that are no organisation of the page)
ORGANISATION_CASES = [
    # --- departments, agencies and services by full name and acronym ------------------------------------------------
    pytest.param(
        [
            "The Board received an update from Marcus Tilley, Director General, Policy and Strategy, Ministry of "
            "Justice (MoJ), on the courts recovery programme."
        ],
        {"Ministry of Justice"},
        {"MoJ", "General, Policy and Strategy, Ministry of Justice"},
        id="post-with-and-before-department-and-acronym",
    ),
    pytest.param(
        [
            "Members: Chief Executive, HM Prison and Probation Service (Delia Forsyth); Chair, National Police Chiefs' "
            "Council (Owen Brackley); Director of Public Prosecutions, Crown Prosecution Service (Ada Brannigan)."
        ],
        {"HM Prison and Probation Service", "National Police Chiefs' Council", "Crown Prosecution Service"},
        set(),
        id="post-comma-body-bracketed-name",
    ),
    pytest.param(
        [
            "The Chief Constable reported on Operation Sceptre and the Knife Crime Awareness Week. The National Crime "
            "Agency and Thames Valley Police had supported the operation."
        ],
        {"National Crime Agency", "Thames Valley Police"},
        {"Operation Sceptre", "Knife Crime Awareness Week"},
        id="operations-and-events-not-bodies",
    ),
    pytest.param(
        [
            "The Panel heard from Inspector Naylor of Avon and Somerset Constabulary and from Superintendent Kaur of "
            "West Yorkshire Police."
        ],
        {"Avon and Somerset Constabulary", "West Yorkshire Police"},
        {"Naylor of Avon and Somerset Constabulary", "Kaur of West Yorkshire Police"},
        id="officer-of-force",
    ),
    # --- charities, think tanks, universities and companies ---------------------------------------------------------
    pytest.param(
        [
            "Mr Ledger of the Institute for Fiscal Studies and Dr Amis of the Resolution Foundation addressed the "
            "Panel. The Nuffield Trust had also submitted evidence."
        ],
        {"Institute for Fiscal Studies", "Resolution Foundation", "Nuffield Trust"},
        set(),
        id="think-tanks",
    ),
    pytest.param(
        ["The Board thanked the University of Warwick and Sheffield Hallam University for hosting the workshops."],
        {"University of Warwick", "Sheffield Hallam University"},
        {"University of Warwick and Sheffield Hallam University"},
        id="two-universities-joined-by-and",
    ),
    pytest.param(
        [
            "The award of the contract to Pellow Grounds Maintenance Ltd and Harbury Fleet Solutions plc was approved. "
            "Thornbury & Co Solicitors acted for the Council."
        ],
        {"Pellow Grounds Maintenance Ltd", "Harbury Fleet Solutions plc", "Thornbury & Co Solicitors"},
        set(),
        id="companies-in-contracts",
    ),
    pytest.param(
        [
            "Ms. Ella Morrow, Executive Director of Neighbors United for Youth, Inc., appeared before Council. Mr. Dan "
            "Fiske came forward on behalf of the Emerald Forest Homeowners Association."
        ],
        {"Neighbors United for Youth, Inc.", "Emerald Forest Homeowners Association"},
        set(),
        id="us-nonprofit-inc",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a name ending 'Inc.' after a comma: 'for Youth' has no organisation word, and reading back from "
            "', Inc.' over lower-case joiners would also take 'Report of X, Inc.' headings; left for a gazetteer",
        ),
    ),
    pytest.param(
        [
            "Leicester City Council had received a letter from the Trustees of Bradgate Park. The Bradgate Park Trust "
            "had asked for funding."
        ],
        {"Leicester City Council", "Bradgate Park Trust"},
        {"Bradgate Park"},
        id="trust-and-its-trustees",
    ),
    # --- precision: programmes, data sets, portals, acts, funds, awards, places, generic words -----------------------
    pytest.param(
        [
            "The Board discussed the National Pupil Database, the Get Information About Schools portal and the "
            "data.gov.uk web site. The Committee noted the Annual Population Survey and the Census 2031 Topic "
            "Consultation."
        ],
        set(),
        {"National Pupil Database", "Get Information About Schools", "Annual Population Survey"},
        id="datasets-portals-surveys",
    ),
    pytest.param(
        [
            "The Committee noted the Children and Families Act 2014, the Education (Independent School Standards) "
            "Regulations 2014 and the Dedicated Schools Grant."
        ],
        set(),
        {"Independent School", "Dedicated Schools Grant"},
        id="acts-and-regulations",
    ),
    pytest.param(
        [
            "The Panel received the Police and Crime Plan 2025-29 and the HMICFRS PEEL Inspection Report. The Safer "
            "Streets Fund bid had been successful."
        ],
        {"HMICFRS"},
        {"Police and Crime Plan", "Safer Streets Fund", "PEEL"},
        id="plans-reports-funds",  # passes since HMICFRS is in data/organisations.txt (mentions14)
    ),
    pytest.param(
        [
            "The Chair presented the Queen's Award for Voluntary Service to the Friends of Elmstead Park. The Mandela "
            "Award for Community Service was also noted."
        ],
        {"Friends of Elmstead Park"},
        {"Queen's Award for Voluntary Service", "Mandela Award for Community Service", "Community Service"},
        id="awards-for-service",
    ),
    pytest.param(
        [
            "The Sub-Group was advised that the Government had published its response. The Council had not yet "
            "responded and the Board would consider it in June."
        ],
        set(),
        {"Government", "Council", "Board", "Sub-Group"},
        id="generic-capitalised-words",
    ),
    pytest.param(
        [
            "The meeting was held at Aviation House, Kingsway, and the Panel visited Wakefield Civic Centre. The "
            "Executive Director (Environment and Place) presented the report."
        ],
        set(),
        {"Aviation House", "Wakefield Civic Centre", "Environment and Place"},
        id="buildings-and-posts",
    ),
    # --- attendance in columns: name, initials, body -----------------------------------------------------------------
    pytest.param(
        [
            "Present:",
            "Gregor Haines (Acting Chair)   GH   RSPB",
            "David Lomas   DL   Environment Agency",
            "Julia Fenwick   JF   Broads Authority",
        ],
        {"Environment Agency", "Broads Authority"},
        {"JF Broads Authority", "DL Environment Agency"},
        id="name-initials-body-columns",
    ),
    pytest.param(
        [
            "Apologies: Simon Garnett - Chair (National Trust), Toby Chalk (Woodland Trust), Derek Vale (Countryside "
            "Agency)"
        ],
        {"National Trust", "Woodland Trust", "Countryside Agency"},
        set(),
        id="apologies-with-bodies-in-brackets",
    ),
]


@pytest.mark.parametrize(("paragraphs", "wanted", "unwanted"), ORGANISATION_CASES)
def test_organisations_named_in_prose(paragraphs: list[str], wanted: set[str], unwanted: set[str]) -> None:
    found = organisations(paragraphs)
    assert wanted <= found, wanted - found
    assert not unwanted & found, unwanted & found
