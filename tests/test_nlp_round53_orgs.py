"""Round 53 (issue #6: organisations' precision, a negative round): documents of two to four pages, drawn as PDFs
and read through the real extraction (no OCR, no tables), full of capitalised phrases the gold rules do not count as
organisations, with a few real bodies among them that must still be found: a town council's minutes on its
regeneration programme (the Levelling Up Fund, the Towns Fund, the UK Shared Prosperity Fund, the Town Investment
Plan, the Town Hall and its Assembly Rooms, the Christmas Lights Switch-On, Armed Forces Day, the Localism Act 2011,
job titles); a district council's report to its cabinet (the Corporate Plan 2024-28, the Medium Term Financial
Strategy, the Capital Strategy, the Housing Revenue Account, the Council Tax Reduction Scheme, the Disabled Facilities
Grant, the Local Plan, the Climate Emergency Action Plan, Net Zero, the Section 151 Officer); a parish council's
minutes (the Village Hall, the Recreation Ground, the Summer Fete, the Jubilee Beacon, brands of products and
platforms such as Microsoft Teams, a Zoom call, a Ford Transit and a JCB, the Neighbourhood Plan, the Code of
Conduct, Any Other Business); a county council's scrutiny minutes (the Bus Service Improvement Plan, the Local
Transport Plan, the Holiday Activities and Food Programme, Family Hubs, the Blue Badge scheme, the Environment Act
2021, the Director of Public Health, the Highways Act 1980, wards and divisions); a borough's licensing
committee whose non-bodies carry the words bodies end in (Committee Room, Council Offices, Trust Fund, Society
Lottery, Early Years Foundation Stage, Service Level Agreement, Police Station); a county's budget amendments
(reserves, grants, Free School Meals, the Dedicated Schools Grant, party groups' amendments); a national board's
minutes on open data (a white paper, a licence, portals, data sets, Acts, the body's own name as its heading).

Conventions (corpus/gold/README.md): organisations are named bodies (councils, departments, companies, charities,
police forces), not generic words; the body holding the meeting counts, the meeting's own committee does not (round
2, stop 25), other committees of the same body do (stop 22); a council's services named as the actor count (stop 32),
its teams do not; funds, programmes, projects, plans, strategies, documents, events, buildings, rooms, places, wards,
posts, headings, Acts and products are none. Decided here where the rules are silent:
- A fund named after the department that gives it ("the Levelling Up Fund") is a fund; the department, where printed
  in full ("Ministry of Housing, Communities and Local Government"), is a body.
- A product's maker named only inside the product's name ("Microsoft Teams", "Ford Transit") is no body: the page
  names the product, not the firm.

Each case is one name of one document: present (a body the document names) or absent (a phrase that is none). Names
are compared as `agendaparse eval` compares them. A further document of eight ("deeds", a communities committee) gives
things and posts the deeds of bodies ("The Spending Review has confirmed", "The Chief Constable has agreed") and
the contacts of bodies ("liaise with the Armed Forces Covenant team", "write to the Cabinet Member for Finance").

Pass before (HEAD afa300d): 319 of 348, 23 failed, 6 strict xfails (the cases left below). False organisations
before: 19 in the eight papers ("Interest and Code" from "Declarations of Interest and Code of Conduct" read as a firm
of two partners; "Enhanced Partnership"; "Stagecoach" for "Stagecoach South"; "Society Lottery"; "Free School" of
"Free School Meals"; "Spending Review", "Local Plan Review", "Capital Strategy", "Town Hall", "Chief Constable" and
"Village Agent" as the subjects of a body's deed; "Mayor's Charity" of "the Mayor's Charity Ball"; "Family Hub
Network"; "Armed Forces Covenant" and "Cabinet Member" as the objects of contact; "Bloom" of "Britain in Bloom are
looking"; "Lengthsman" of "The Lengthsman’s reply"; and the two left below); pooled precision and recall 0.78 / 0.91,
the deeds paper's precision 0.32.

After: 342 of 348, 6 strict xfails (UNSETTLED, with reasons); false organisations 2 (both unsettled); pooled
precision and recall 0.97 / 0.95. The mends (nlp/organisations.py unless said): a document's, a sum's, a building's or
a post's last word ends no subject of a body's deed (ROLE_NOT_LAST: "Review", "Strategy", "Hall", "Constable",
"Agent", …); a charity before its fundraising event is the event (CHARITY_EVENT_AFTER_RE); hubs' networks are things
(NETWORK_THING_RE); the object of contact ends where the capitalised words end and before no lower-case
thing ("the Armed Forces Covenant team": CONTACT_THING_AFTER); a name after "X of" or "X in" is a longer name's tail
(JOINED_RUN_BEFORE_RE); a sentence's opening "The" is no capital inside a name (_without_opening_the); a document's
words are no partners of a firm (NOT_PARTNER_WORDS: "Interest", "Code", …);
describing words before "Partnership" and generic words before "Lottery" name a kind (_org_name); a kind of school
before what it gives is none (SCHOOL_KIND_THING_RE); a listed bus group takes the region printed after it
(REGIONAL_OPERATORS); a given name before "Chamber of Commerce" is the town's (names.BODY_OF_HEADS and
GIVEN_NAME_OF_RE); a firm before "the Council's treasury advisers" is a body (BODY_THEN_FIRM_ROLE_RE).
"""

from __future__ import annotations

import pytest

from agendaparse.evaluate import norm_name
from drawn_papers import PaperSuite, draw_paper

# --- document 1: a town council's minutes on its regeneration programme ---
TOWN = [
    ("h", "BRAMLEIGH TOWN COUNCIL"),
    (
        "p",
        "Minutes of the meeting of the Full Council held in the Assembly Rooms, Town Hall, High Street, Bramleigh on"
        " Monday 3 February 2025 at 7.00 pm.",
    ),
    (
        "p",
        "Present: Councillors Helen Ashby (Town Mayor), Robert Crane (Deputy Mayor), Sunita Bhatt, Peter Gale and"
        " Lorna Finch. In attendance: Mark Dolan (Town Clerk) and Jenny Rudd (Responsible Financial Officer).",
    ),
    ("h", "1. APOLOGIES"),
    ("p", "Apologies were received from Councillor Tom Wilde (St Andrew's Ward)."),
    ("h", "2. MAYOR'S ANNOUNCEMENTS"),
    (
        "p",
        "The Town Mayor thanked volunteers for the Christmas Lights Switch-On and the Remembrance Parade, and reminded"
        " Members that Armed Forces Day will be marked at the Memorial Gardens on Saturday 28 June.",
    ),
    ("h", "3. LEVELLING UP FUND AND TOWNS FUND"),
    (
        "p",
        "The Town Clerk reported that the Levelling Up Fund bid for the Market Place Regeneration Scheme had been"
        " approved by the Ministry of Housing, Communities and Local Government. The Town Investment Plan sets out the"
        " Station Quarter, the Riverside Walk and the Heritage Action Zone. Kelsey District Council is the accountable"
        " body for the Towns Fund and will report to the Town Deal Board.",
    ),
    (
        "p",
        "Members noted that the UK Shared Prosperity Fund will support the Shop Front Improvement Grant and the"
        " Business Start Up Programme, delivered by the Kelsey Chamber of Commerce.",
    ),
    ("h", "4. TOWN HALL ROOF"),
    (
        "p",
        "The survey of the Town Hall roof by Castleford Surveying Ltd was received. Historic England has listed the"
        " building at Grade II and its consent is required. RESOLVED that the Clerk seek three quotations and apply to"
        " the National Lottery Heritage Fund.",
    ),
    ("b", ""),
    ("h", "5. COMMUNITY RIGHT TO BID"),
    (
        "p",
        "Under the Localism Act 2011, the Council nominated the Red Lion public house as an Asset of Community Value."
        " The Planning Inspectorate will hear the appeal on the Gasworks Site in April.",
    ),
    ("h", "6. FINANCE"),
    (
        "p",
        "The Responsible Financial Officer presented the Budget Monitoring Report for Quarter 3. The Annual Return"
        " will be sent to the External Auditor, PKF Littlejohn LLP. The Council agreed to renew its membership of the"
        " National Association of Local Councils.",
    ),
    ("h", "7. ANY OTHER BUSINESS"),
    (
        "p",
        "The Deputy Mayor raised the Summer Festival and the Bramleigh in Bloom entry. The meeting closed at 8.55 pm.",
    ),
]
TOWN_BODIES = {
    "Bramleigh Town Council",
    "Ministry of Housing, Communities and Local Government",
    "Kelsey District Council",
    "Town Deal Board",
    "Kelsey Chamber of Commerce",
    "Castleford Surveying Ltd",
    "Historic England",
    "National Lottery Heritage Fund",
    "Planning Inspectorate",
    "PKF Littlejohn LLP",
    "National Association of Local Councils",
}
TOWN_NOT = {
    "Full Council",
    "Assembly Rooms",
    "Town Hall",
    "High Street",
    "Town Mayor",
    "Deputy Mayor",
    "Town Clerk",
    "Responsible Financial Officer",
    "St Andrew's Ward",
    "MAYOR'S ANNOUNCEMENTS",
    "Christmas Lights Switch-On",
    "Remembrance Parade",
    "Armed Forces Day",
    "Memorial Gardens",
    "Levelling Up Fund",
    "LEVELLING UP FUND AND TOWNS FUND",
    "Market Place Regeneration Scheme",
    "Town Investment Plan",
    "Station Quarter",
    "Riverside Walk",
    "Heritage Action Zone",
    "Towns Fund",
    "UK Shared Prosperity Fund",
    "Shop Front Improvement Grant",
    "Business Start Up Programme",
    "TOWN HALL ROOF",
    "Localism Act",
    "Red Lion",
    "Asset of Community Value",
    "Gasworks Site",
    "Budget Monitoring Report",
    "Annual Return",
    "External Auditor",
    "ANY OTHER BUSINESS",
    "Summer Festival",
    "Bramleigh in Bloom",
}

# --- document 2: a district council's report to its cabinet ---
REPORT = [
    ("h", "KELSEY DISTRICT COUNCIL"),
    ("p", "Report to: Cabinet, 12 March 2025"),
    ("p", "Report of: Director of Resources and Section 151 Officer"),
    ("p", "Subject: Medium Term Financial Strategy 2025-2029 and Capital Strategy"),
    ("h", "1. Purpose of the Report"),
    (
        "p",
        "1.1 This report sets out the Medium Term Financial Strategy and how it supports the priorities of the"
        " Corporate Plan 2024-28: Thriving Places, Healthy Communities and a Green Future.",
    ),
    ("h", "2. Background"),
    (
        "p",
        "2.1 The Local Government Finance Settlement confirmed the Revenue Support Grant and the New Homes Bonus for"
        " one more year. The Housing Revenue Account Business Plan and the Council Tax Reduction Scheme were reviewed"
        " by the Overview and Scrutiny Committee on 20 February.",
    ),
    (
        "p",
        "2.2 The Disabled Facilities Grant is paid through the Better Care Fund. The Council works with Marlshire"
        " County Council and Orbit Housing Association on adaptations, and with Citizens Advice Kelsey on the"
        " Household Support Fund.",
    ),
    ("h", "3. Capital Programme"),
    (
        "p",
        "3.1 The Capital Programme includes the Leisure Centre Decarbonisation Project, funded in part by the Public"
        " Sector Decarbonisation Scheme through Salix Finance, and the Waterside Car Park resurfacing. The Climate"
        " Emergency Action Plan commits the Council to Net Zero by 2030.",
    ),
    (
        "p",
        "3.2 The Local Plan Review and the Strategic Housing Land Availability Assessment will be reported to the"
        " Local Plan Working Group. Homes England will co-fund the Northgate Garden Village.",
    ),
    ("b", ""),
    ("h", "4. Risk and Legal Implications"),
    (
        "p",
        "4.1 The Local Government Act 2003 and the Prudential Code require the Section 151 Officer to report on the"
        " robustness of the estimates. The Monitoring Officer has been consulted. The Public Works Loan Board rate"
        " is assumed at 5.1 per cent.",
    ),
    ("h", "5. Equalities"),
    (
        "p",
        "5.1 An Equality Impact Assessment has been completed under the Equality Act 2010. The Council Tax Support"
        " Fund will protect households in Band A to Band C properties.",
    ),
    ("h", "6. Recommendations"),
    (
        "p",
        "6.1 That Cabinet recommend to Full Council the Medium Term Financial Strategy, the Capital Strategy and the"
        " Treasury Management Strategy Statement, and note the advice of Arlingclose, the Council's treasury"
        " advisers.",
    ),
    ("p", "Contact Officer: Nadia Khan, Head of Finance, Kelsey House, Station Road."),
]
REPORT_BODIES = {
    "Kelsey District Council",
    "Overview and Scrutiny Committee",
    "Marlshire County Council",
    "Orbit Housing Association",
    "Citizens Advice Kelsey",
    "Salix Finance",
    "Local Plan Working Group",
    "Homes England",
    "Public Works Loan Board",
    "Arlingclose",
}
REPORT_NOT = {
    "Director of Resources",
    "Section 151 Officer",
    "Medium Term Financial Strategy",
    "Capital Strategy",
    "Purpose of the Report",
    "Corporate Plan",
    "Thriving Places",
    "Healthy Communities",
    "Green Future",
    "Local Government Finance Settlement",
    "Revenue Support Grant",
    "New Homes Bonus",
    "Housing Revenue Account",
    "Housing Revenue Account Business Plan",
    "Council Tax Reduction Scheme",
    "Disabled Facilities Grant",
    "Better Care Fund",
    "Household Support Fund",
    "Capital Programme",
    "Leisure Centre Decarbonisation Project",
    "Public Sector Decarbonisation Scheme",
    "Waterside Car Park",
    "Climate Emergency Action Plan",
    "Net Zero",
    "Local Plan Review",
    "Strategic Housing Land Availability Assessment",
    "Northgate Garden Village",
    "Local Government Act",
    "Prudential Code",
    "Monitoring Officer",
    "Equality Impact Assessment",
    "Equality Act",
    "Council Tax Support Fund",
    "Full Council",
    "Treasury Management Strategy Statement",
    "Head of Finance",
    "Kelsey House",
    "Station Road",
}

# --- document 3: a parish council's minutes ---
PARISH = [
    ("h", "LITTLE ORTON PARISH COUNCIL"),
    (
        "p",
        "Minutes of the Parish Council meeting held at the Village Hall, Church Lane, Little Orton on Tuesday 8 April"
        " 2025 at 7.30 pm, with Members of the Public able to join on Microsoft Teams.",
    ),
    (
        "p",
        "Present: Cllr Diane Hollis (Chairman), Cllr Alan Frost, Cllr Gwen Parry and Cllr Neil Stokes. Clerk: Ruth"
        " Bellamy.",
    ),
    ("h", "25/31 Declarations of Interest and Code of Conduct"),
    ("p", "None were declared. All Members confirmed they had read the revised Code of Conduct."),
    ("h", "25/32 Matters Arising"),
    (
        "p",
        "The Clerk reported that the Jubilee Beacon on Orton Hill had been repaired. The Recreation Ground play"
        " equipment was inspected by Wicksteed Leisure Ltd, whose report noted wear on the Zip Wire and the Basket"
        " Swing.",
    ),
    ("h", "25/33 Highways and Footpaths"),
    (
        "p",
        "The pothole on Mill Road had been reported on FixMyStreet. A JCB and a Ford Transit were seen parked on the"
        " Village Green; the Clerk will write to the owner. Footpath OR12 at Hangman's Corner remains blocked and has"
        " been reported to the Public Rights of Way team.",
    ),
    ("h", "25/34 Neighbourhood Plan"),
    (
        "p",
        "The Neighbourhood Plan Steering Group met on 20 March. The Regulation 14 Consultation will open after Easter"
        " and the Housing Needs Survey will be sent with the Orton Oracle, the village newsletter.",
    ),
    ("b", ""),
    ("h", "25/35 Events"),
    (
        "p",
        "The Summer Fete will be held on the Recreation Ground on Saturday 12 July. The Village Hall Management"
        " Committee will run the Tea Tent and the Little Orton Cricket Club the Barbecue. The Dog Show and the Duck"
        " Race will raise funds for the Air Ambulance.",
    ),
    ("h", "25/36 Finance"),
    (
        "p",
        "Payments were approved to Unity Trust Bank for bank charges, to Came & Company for insurance and to Bloggs"
        " Grounds Maintenance for grass cutting. The Clerk will renew the Zoom subscription and the Microsoft 365"
        " licence.",
    ),
    ("h", "25/37 Any Other Business"),
    (
        "p",
        "Cllr Frost reported a Speed Indicator Device for the Main Street. The next meeting will be the Annual Parish"
        " Meeting on Tuesday 13 May 2025 in the Village Hall.",
    ),
]
PARISH_BODIES = {
    "Little Orton Parish Council",
    "Wicksteed Leisure Ltd",
    "Village Hall Management Committee",
    "Little Orton Cricket Club",
    "Unity Trust Bank",
    "Came & Company",
    "Bloggs Grounds Maintenance",
    "Neighbourhood Plan Steering Group",
}
PARISH_NOT = {
    "Village Hall",
    "Church Lane",
    "Members of the Public",
    "Microsoft Teams",
    "Microsoft",
    "Declarations of Interest and Code of Conduct",
    "Code of Conduct",
    "Interest and Code",
    "Matters Arising",
    "Jubilee Beacon",
    "Orton Hill",
    "Recreation Ground",
    "Zip Wire",
    "Basket Swing",
    "Highways and Footpaths",
    "Mill Road",
    "FixMyStreet",
    "JCB",
    "Ford Transit",
    "Ford",
    "Village Green",
    "Hangman's Corner",
    "Public Rights of Way",
    "Neighbourhood Plan",
    "Regulation 14 Consultation",
    "Housing Needs Survey",
    "Orton Oracle",
    "Summer Fete",
    "Tea Tent",
    "Barbecue",
    "Dog Show",
    "Duck Race",
    "Zoom",
    "Microsoft 365",
    "Any Other Business",
    "Speed Indicator Device",
    "Main Street",
    "Annual Parish Meeting",
}

# --- document 4: a county council's scrutiny minutes ---
SCRUTINY = [
    ("h", "MARLSHIRE COUNTY COUNCIL"),
    ("p", "Minutes of the Environment and Transport Scrutiny Committee held on Thursday 15 May 2025 at County Hall."),
    (
        "p",
        "Present: Mr J Tolley (Chair), Mrs S Okafor (Vice-Chair), Mr P Lyle, Ms R Greaves and Mr D Amos. Officers:"
        " Claire Booth (Director of Highways and Transport), Dr Imran Shah (Director of Public Health).",
    ),
    ("h", "14. Bus Service Improvement Plan"),
    (
        "p",
        "The Director of Highways and Transport introduced the update on the Bus Service Improvement Plan and the"
        " Enhanced Partnership. Stagecoach South and Marlshire Community Transport had added evening services on the"
        " Route 5 corridor. The Department for Transport had confirmed the BSIP Plus allocation.",
    ),
    (
        "p",
        "Members asked about the Local Transport Plan and the Active Travel Fund. Active Travel England had scored the"
        " Northgate Cycle Route highly. The Committee asked that the Local Cycling and Walking Infrastructure Plan come"
        " back in the autumn.",
    ),
    ("h", "15. Highways Maintenance"),
    (
        "p",
        "Under the Highways Act 1980 the County Council keeps the Highway Asset Management Plan. Marlshire Highways"
        " will resurface the A123 Ring Road in the Summer Programme. The Pothole Action Fund and the Network"
        " Resilience Plan were noted. National Highways manages the M40 and the Junction 9 works.",
    ),
    ("b", ""),
    ("h", "16. Public Health and Active Lives"),
    (
        "p",
        "The Director of Public Health presented the Joint Strategic Needs Assessment chapter on Active Lives. The"
        " Holiday Activities and Food Programme and the Family Hubs reached 4,200 children. The Healthy Weight"
        " Declaration and the Blue Badge scheme were discussed.",
    ),
    ("h", "17. Environment Act 2021"),
    (
        "p",
        "The Environment Agency and Natural England support the Local Nature Recovery Strategy required by the"
        " Environment Act 2021. Biodiversity Net Gain credits will be sold through the Marlshire Wildlife Trust. The"
        " Tree Planting Programme and the Great British Spring Clean were welcomed.",
    ),
    ("h", "18. Work Programme"),
    (
        "p",
        "The Work Programme was agreed. Items on Home to School Transport and the Waste Strategy will come to the"
        " Cabinet Member for Environment in July. The Chair thanked officers from Democratic Services.",
    ),
]
SCRUTINY_BODIES = {
    "Marlshire County Council",
    "Stagecoach South",
    "Marlshire Community Transport",
    "Department for Transport",
    "Active Travel England",
    "Marlshire Highways",
    "National Highways",
    "Environment Agency",
    "Natural England",
    "Marlshire Wildlife Trust",
    "Democratic Services",
}
SCRUTINY_NOT = {
    "Environment and Transport Scrutiny Committee",
    "County Hall",
    "Director of Highways and Transport",
    "Director of Public Health",
    "Bus Service Improvement Plan",
    "Route 5",
    "Enhanced Partnership",
    "Stagecoach",
    "BSIP Plus",
    "BSIP",
    "Local Transport Plan",
    "Active Travel Fund",
    "Northgate Cycle Route",
    "Local Cycling and Walking Infrastructure Plan",
    "Highways Maintenance",
    "Highways Act",
    "Highway Asset Management Plan",
    "Ring Road",
    "Summer Programme",
    "Pothole Action Fund",
    "Network Resilience Plan",
    "Junction 9",
    "Public Health and Active Lives",
    "Public Health",
    "Joint Strategic Needs Assessment",
    "Active Lives",
    "Holiday Activities and Food Programme",
    "Healthy Weight Declaration",
    "Blue Badge",
    "Environment Act",
    "Local Nature Recovery Strategy",
    "Biodiversity Net Gain",
    "Tree Planting Programme",
    "Great British Spring Clean",
    "Work Programme",
    "Home to School Transport",
    "Waste Strategy",
    "Cabinet Member for Environment",
}

# --- document 5: a borough council's minutes whose non-bodies carry the words bodies end in ---
HEADS = [
    ("h", "WESTBRIDGE BOROUGH COUNCIL"),
    (
        "p",
        "Minutes of the Licensing and Community Safety Committee held in Committee Room 1, Council Offices, Academy"
        " Road, Westbridge on Wednesday 21 May 2025 at 6.00 pm.",
    ),
    (
        "p",
        "Present: Councillors Owen Hartley (Chair), Priya Nair, Gordon Fell and Ursula Kemp. Officers: Tanya Moss"
        " (Licensing Manager) and Colin Reid (Committee Services).",
    ),
    ("h", "9. Community Safety Partnership Plan"),
    (
        "p",
        "The Committee received the Community Safety Partnership Plan 2025-28 and the Partnership Agreement with"
        " Westbridge Community Safety Partnership. The Safer Streets Fund bid for lighting on College Road and School"
        " Lane was successful. Sussex Police had moved the Police Station counter to the Library.",
    ),
    (
        "p",
        "The Serious Violence Duty and the Anti-Social Behaviour Policy were noted. Funding from the Police and Crime"
        " Commissioner's Community Safety Fund will support the Street Pastors and the Night Time Economy Forum.",
    ),
    ("h", "10. Licensing Policy"),
    (
        "p",
        "The Statement of Licensing Policy under the Licensing Act 2003 and the Gambling Act 2005 was agreed for"
        " consultation. The Trust Fund of the Westbridge Almshouses and the Society Lottery licence were renewed."
        " Members asked about the Early Years Foundation Stage places at the Children's Centre on Hospital Road.",
    ),
    ("b", ""),
    ("h", "11. Fees and Charges"),
    (
        "p",
        "The Service Level Agreement with Westbridge Leisure Trust and the Service Plan for 2025/26 were approved. The"
        " Council Tax Base and the Authority Monitoring Report will go to the Group Leaders in June. Agency staff"
        " costs in the Taxi Licensing Service were noted.",
    ),
    (
        "p",
        "The Fire Station open day and the Church Street car park were discussed. Royal Mail and Southern Water had"
        " asked for access to the Market Hall. The Company Secretary of Westbridge Markets Ltd will attend in July.",
    ),
    ("h", "12. Date of Next Meeting"),
    ("p", "The next meeting will be held in the Council Chamber on Wednesday 16 July 2025."),
]
HEADS_BODIES = {
    "Westbridge Borough Council",
    "Westbridge Community Safety Partnership",
    "Sussex Police",
    "Westbridge Leisure Trust",
    "Royal Mail",
    "Southern Water",
    "Westbridge Markets Ltd",
    "Night Time Economy Forum",
    "Committee Services",
    "Taxi Licensing Service",
}
HEADS_NOT = {
    "Licensing and Community Safety Committee",
    "Committee Room",
    "Council Offices",
    "Academy Road",
    "Licensing Manager",
    "Community Safety Partnership Plan",
    "Community Safety Partnership",
    "Partnership Agreement",
    "Safer Streets Fund",
    "College Road",
    "School Lane",
    "Police Station",
    "Library",
    "Serious Violence Duty",
    "Anti-Social Behaviour Policy",
    "Community Safety Fund",
    "Street Pastors",
    "Licensing Policy",
    "Statement of Licensing Policy",
    "Licensing Act",
    "Gambling Act",
    "Trust Fund",
    "Westbridge Almshouses",
    "Society Lottery",
    "Early Years Foundation Stage",
    "Children's Centre",
    "Hospital Road",
    "Fees and Charges",
    "Service Level Agreement",
    "Service Plan",
    "Council Tax Base",
    "Authority Monitoring Report",
    "Group Leaders",
    "Fire Station",
    "Church Street",
    "Market Hall",
    "Company Secretary",
    "Date of Next Meeting",
    "Council Chamber",
}

# --- document 6: a county council's budget amendments ---
BUDGET = [
    ("h", "MARLSHIRE COUNTY COUNCIL - BUDGET AMENDMENTS"),
    ("p", "County Council meeting, Thursday 13 February 2025. Amendments to the Revenue Budget 2025-26."),
    ("h", "Amendment 1: proposed by the Liberal Democrat Group"),
    (
        "p",
        "This amendment would restore the Marlshire Travel Saver pass to its former price, funded by a reduction in"
        " the Members' Highway Grant and by drawing on the Risk Reserve. It would also keep three Household Waste"
        " Recycling Centres open at weekends, including Northgate HWRC.",
    ),
    (
        "p",
        "The Section 25 statement of the Corporate Director of Finance sets out that the General Fund Reserve must"
        " not fall below 5 per cent. The Dedicated Schools Grant deficit and the Safety Valve Agreement with the"
        " Department for Education remain the largest risk; the High Needs Block is overspent.",
    ),
    ("h", "Amendment 2: proposed by the Green and Independent Group"),
    (
        "p",
        "This amendment would fund the Community Wardens and the Warm Homes Discount top-up from the Climate Change"
        " Reserve, and add £200,000 to Free School Meals in the holidays. It asks that Marlshire Fire and Rescue"
        " Service be consulted on the Resilience Plan.",
    ),
    ("b", ""),
    ("h", "Amendment 3: proposed by the Reform UK Group"),
    (
        "p",
        "This amendment would stop spending on the Net Zero Programme, the Electric Vehicle Charging Strategy and the"
        " Marlshire Climate Pledge, and would cut the Communications and Engagement budget. It would ask the Local"
        " Government Association to lobby for Fair Funding Review changes.",
    ),
    (
        "p",
        "Officer comment: the Revenue Support Grant, the Social Care Grant and the Extended Producer Responsibility"
        " payments are ring-fenced. The Office for Budget Responsibility forecasts and the Spending Review 2025 are"
        " unknown. The Kent and Medway Pension Fund valuation is due in March.",
    ),
]
BUDGET_BODIES = {
    "Marlshire County Council",
    "Liberal Democrat Group",
    "Department for Education",
    "Green and Independent Group",
    "Marlshire Fire and Rescue Service",
    "Reform UK Group",
    "Local Government Association",
    "Office for Budget Responsibility",
}
BUDGET_NOT = {
    "BUDGET AMENDMENTS",
    "Revenue Budget",
    "Marlshire Travel Saver",
    "Members' Highway Grant",
    "Risk Reserve",
    "Household Waste Recycling Centres",
    "HWRC",
    "Northgate HWRC",
    "Corporate Director of Finance",
    "General Fund Reserve",
    "General Fund",
    "Dedicated Schools Grant",
    "Safety Valve Agreement",
    "High Needs Block",
    "Community Wardens",
    "Warm Homes Discount",
    "Climate Change Reserve",
    "Free School Meals",
    "Free School",
    "Resilience Plan",
    "Net Zero Programme",
    "Electric Vehicle Charging Strategy",
    "Marlshire Climate Pledge",
    "Communications and Engagement",
    "Fair Funding Review",
    "Revenue Support Grant",
    "Social Care Grant",
    "Extended Producer Responsibility",
    "Spending Review",
    "Kent and Medway Pension Fund",
    "Reform UK",
}

# --- document 7: a national board's minutes on open data ---
BOARD = [
    ("h", "PUBLIC SECTOR TRANSPARENCY BOARD"),
    ("p", "Minutes of the meeting held on 19 July 2011 at 70 Whitehall, London."),
    (
        "p",
        "Attendees: Francis Maude (Chair), Professor Nigel Shadbolt, Tim Kelsey, Rufus Pollock (Open Knowledge"
        " Foundation) and Paul Maltby (Cabinet Office).",
    ),
    ("h", "1. Open Data White Paper"),
    (
        "p",
        "The Board discussed the Open Data White Paper and the Making Open Data Real consultation. The Public Data"
        " Principles and the Open Government Licence will apply to all new releases on data.gov.uk. The Right to"
        " Data will be set out in the Protection of Freedoms Bill.",
    ),
    ("h", "2. Crime and Justice Data"),
    (
        "p",
        "The Home Office and the Ministry of Justice reported on the Crime Maps launched on police.uk and the Court"
        " Outcomes data. The National Policing Improvement Agency hosts the Street Level Crime API. The Board asked"
        " for the Sentencing Statistics and the Reoffending Tables to be released quarterly.",
    ),
    ("b", ""),
    ("h", "3. Local Government Transparency"),
    (
        "p",
        "The Code of Recommended Practice for Local Authorities on Data Transparency was welcomed. Spending over"
        " £500 is now published by all councils. The Big Society Network and the Local Public Data Panel will test"
        " the Transparency Agenda with Ordnance Survey and the Met Office.",
    ),
    ("h", "4. Any Other Business"),
    (
        "p",
        "The Information Commissioner's Office raised the Freedom of Information Act 2000 and the Data Protection Act"
        " 1998. The next Board will be in September, after the Spending Review Framework is published.",
    ),
]
BOARD_BODIES = {
    "Open Knowledge Foundation",
    "Cabinet Office",
    "Home Office",
    "Ministry of Justice",
    "National Policing Improvement Agency",
    "Big Society Network",
    "Local Public Data Panel",
    "Ordnance Survey",
    "Met Office",
    "Information Commissioner's Office",
}
BOARD_NOT = {
    "PUBLIC SECTOR TRANSPARENCY BOARD",
    "Public Sector Transparency Board",
    "Whitehall",
    "Open Data White Paper",
    "Making Open Data Real",
    "Public Data Principles",
    "Open Government Licence",
    "data.gov.uk",
    "Right to Data",
    "Protection of Freedoms Bill",
    "Crime and Justice Data",
    "Crime Maps",
    "police.uk",
    "Court Outcomes",
    "Street Level Crime API",
    "Sentencing Statistics",
    "Reoffending Tables",
    "Local Government Transparency",
    "Code of Recommended Practice",
    "Local Authorities",
    "Data Transparency",
    "Transparency Agenda",
    "Freedom of Information Act",
    "Data Protection Act",
    "Spending Review Framework",
    "Any Other Business",
}

# --- document 8: a district council's communities committee minutes, whose things and posts do what bodies do ---
DEEDS = [
    ("h", "ASHMERE DISTRICT COUNCIL"),
    ("p", "Minutes of the Communities Committee held at the Civic Offices, Ashmere on Tuesday 10 June 2025."),
    ("p", "Present: Councillors Rhona Vale (Chair), Idris Lamb, Kofi Mensah and Beth Ormond."),
    ("h", "21. Finance Update"),
    (
        "p",
        "The Spending Review has confirmed a one-year settlement for 2026/27. The Annual Audit Letter had indicated"
        " no significant weaknesses, and the Local Plan Review had indicated a need for 600 homes a year. The"
        " Capital Strategy has provided for the new depot.",
    ),
    ("h", "22. Community Safety"),
    (
        "p",
        "The Chief Constable has agreed to attend the September meeting. The Village Agent has offered to run a"
        " drop-in at the Youth Hub. Avon and Somerset Constabulary will report on the Safer Streets bid.",
    ),
    ("b", ""),
    ("h", "23. Cost of Living"),
    (
        "p",
        "Age UK Ashmere has agreed to host a Warm Hub in the library, and the Trussell Trust will supply the Food"
        " Pantry. The Mayor's Charity Ball raised £4,000 for Ashmere Hospice. The Family Hub Network will open two"
        " more sites in the autumn.",
    ),
    ("h", "24. Heritage"),
    (
        "p",
        "The Town Hall has been awarded a Heritage Lottery grant for its clock. The Ashmere Civic Society had"
        " responded to the consultation on the Conservation Area Appraisal.",
    ),
    ("h", "25. Any Other Business"),
    (
        "p",
        "Officers will liaise with the Armed Forces Covenant team, and Britain in Bloom are looking at the entries."
        " The Clerk will write to the Cabinet Member for Finance. The Lengthsman’s reply on the verges was noted.",
    ),
]
DEEDS_BODIES = {
    "Ashmere District Council",
    "Avon and Somerset Constabulary",
    "Age UK Ashmere",
    "Trussell Trust",
    "Ashmere Hospice",
    "Ashmere Civic Society",
}
DEEDS_NOT = {
    "Communities Committee",
    "Civic Offices",
    "Finance Update",
    "Spending Review",
    "Annual Audit Letter",
    "Local Plan Review",
    "Capital Strategy",
    "Chief Constable",
    "Village Agent",
    "Youth Hub",
    "Safer Streets",
    "Warm Hub",
    "Food Pantry",
    "Mayor's Charity",
    "Mayor's Charity Ball",
    "Family Hub Network",
    "Family Hub",
    "Town Hall",
    "Heritage Lottery",
    "Conservation Area Appraisal",
    "Armed Forces Covenant",
    "Bloom",
    "Cabinet Member",
    "The Lengthsman",
    "Lengthsman",
}

PAPERS = {
    "town": (TOWN, TOWN_BODIES, TOWN_NOT),
    "report": (REPORT, REPORT_BODIES, REPORT_NOT),
    "parish": (PARISH, PARISH_BODIES, PARISH_NOT),
    "scrutiny": (SCRUTINY, SCRUTINY_BODIES, SCRUTINY_NOT),
    "heads": (HEADS, HEADS_BODIES, HEADS_NOT),
    "budget": (BUDGET, BUDGET_BODIES, BUDGET_NOT),
    "board": (BOARD, BOARD_BODIES, BOARD_NOT),
    "deeds": (DEEDS, DEEDS_BODIES, DEEDS_NOT),
}

UNSETTLED = {
    ("report", "Salix Finance"): "a firm of no body's word named as the channel of a fund ('through Salix Finance'):"
    " 'through' introduces routes and programmes as often, and 'Finance' heads a council's own function",
    ("parish", "Bloggs Grounds Maintenance"): "a contractor of no body's word paid in a list ('to Bloggs Grounds"
    " Maintenance for grass cutting'): a payee's name is not told from a service paid for in prose",
    ("scrutiny", "Marlshire Community Transport"): "a community transport charity of no body's word: 'Community"
    " Transport' names the kind of service as often ('the Community Transport budget')",
    ("scrutiny", "Democratic Services"): "a council's service named only as where officers come from: the reader takes"
    " 'Democratic Services' as a contact line's ('Contact: Democratic Services'), and _org_name drops a department of"
    " describing words elsewhere, as the golds leave out the services a page names only in passing",
    ("deeds", "Heritage Lottery"): "a funder named by its old short name before the grant it gave ('a Heritage"
    " Lottery grant'): whether it names the National Lottery Heritage Fund is a gold question, and 'Lottery' heads"
    " bodies ('People's Postcode Lottery') as well as kinds of lottery",
    ("heads", "Community Safety Partnership"): "a plan's title naming its body's kind ('9. Community Safety Partnership"
    " Plan') beside the body in full ('Westbridge Community Safety Partnership'): whether a title's words name the"
    " body again is a gold question; dev golds list both forms where both are printed (a body and its tail)",
}

SUITE = PaperSuite(PAPERS, UNSETTLED)
found_in = SUITE.found_in

# Each paper's every named body is a case of its own, as is each phrase that is none.
PRESENT = SUITE.cases("has")
ABSENT = SUITE.cases("not")


def test_papers_are_two_to_four_pages() -> None:
    assert all(2 <= draw_paper(blocks)[1] <= 4 for blocks, _, _ in PAPERS.values())


@pytest.mark.parametrize(("paper", "name"), PRESENT)
def test_body_found(paper: str, name: str) -> None:
    SUITE.check_found(paper, name)


@pytest.mark.parametrize(("paper", "name"), ABSENT)
def test_no_body_not_found(paper: str, name: str) -> None:
    SUITE.check_not_found(paper, name)


def test_no_body_beyond_the_papers_lists() -> None:
    """A negative round: every name read is one of the paper's bodies (or a phrase left unsettled above)."""
    for paper, (_, bodies, _) in PAPERS.items():
        unsettled = {norm_name(name) for (where, name) in UNSETTLED if where == paper and name not in bodies}
        assert found_in(paper) - {norm_name(name) for name in bodies} <= unsettled, paper


def test_precision_and_recall() -> None:
    """Every paper scores at least 0.80 F1 (the issue's bar), the four together 0.90 precision and recall."""
    SUITE.check_precision_and_recall()
