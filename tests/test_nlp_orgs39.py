"""Organisations and people round 39 (issue #6: names' recall on unseen documents): the cases stop 33 left (a Welsh
county council by its Welsh name, "Cyngor Sir <Place>", read as a knight "Sir <Place>"; a council's own service named
as the actor - "Children’s Services, who complete checks", "bought by Highways" - dropped as an activity; a
councillor's council printed in brackets after the name, "(Walsall)"), and the bodies and people that minutes of
genres no earlier round drew print: internal drainage boards, harbour commissioners and trusts, safeguarding adults
boards, Northern Ireland district councils, the Comité des Connétables and a Jersey parish assembly, AONB partnership
committees, pension funds and their actuaries, community safety partnerships, Welsh community councils, academy trust
boards, a police and crime panel and US school boards.

Conventions (corpus/gold/README.md): named organisations and bodies count, a council's own service named as the actor
among them (stop 32); people are named without titles or post-nominals ("OBE"), initials-only references ("JB") are no
people; posts, places, documents, codes, acts and events are neither. A councillor's council printed as a bare place
in brackets ("Cllr Sarah Rowe (Malvern)") names no body: the dev gold of the Nipissing capital forecast leaves
"Callander", a neighbouring municipality printed by place name only, unlisted, and these labels are the same.

Four classes of shape:

1. Left by stop 33: "Cyngor Sir <Place>" a body and no person; "Children’s Services, who complete checks" kept on a
   page that also prints "Our Children’s Services team" and "Children’s Services practitioners"; "bought by
   Highways" and "neither Highways or Corporate Landlord have budget" (the dev gold of the Kent budget risk register
   lists both); a bracketed place after a councillor's name no body.
2. Bodies of the genres: the Environment Agency and a plant-hire contractor after posts in brackets, Trinity House,
   the Maritime & Coastguard Agency and Registers Scotland, a police force by its initials after a post, Northern
   Ireland Water, DfI Roads, the NIHE and the PSNI, a Jersey committee by its initials and an association, the
   National Farmers Union after a representative's name, a utility and a rural-development agency of Wales, an
   actuary in apposition, a council after a verb opening a delegation's cell.
3. People: post-nominals ("OBE") and a name after a post in brackets, particles ("de Gruchy", "Le Sueur-Renouf",
   "del Giudice", "Ap Rhys"), a Welsh given name, names after "Trustee", initials-only headers no people, and no
   person "Chief Inspector" or "Exec" from a post.
4. What is no body: an act and standing orders, a code of practice, a bailiff and a lieutenant-governor, the parish's
   accountants as a word, places after names, a council's own group of officers.

Drawn cases keep the shape and phrasing of public pages of bodies no earlier suite cites, with names, places and
numbers changed (national bodies kept):

- https://llanfaircommunitycouncil.co.uk/council-minutes-11-june-2018/ (Llanfair Dyffryn Clwyd Community Council:
  "residents had received letters from Wales & West Utilities [WWU] requesting down payment", "Denbighshire Education
  is in touch with WWU with regard to the new school") and http://llanfaircommunitycouncil.co.uk/council-minutes-08-january-2018/
  ("No reply had been received from DCC Housing to date but Grwp Cynefin has confirmed its interest"), and
  https://docslib.org/doc/6800315/cyngor-cymuned-llanfair-dyffryn-clwyd-community-council ("IN ATTENDANCE – Councillor
  Hugh H Evans, OBE, Leader, County Council"); https://docsbay.net/llangynhafal-community-council-cyngor-cymuned-llangynhafal
  ("The Chair welcomed Sarah Jones, Cadwyn Clwyd and explained that the Community Council had recently purchased the
  Kiosk at Hendrerwydd from BT")
- corpus/gold/tune (Kent written questions, 13 March 2025: "a referral is made to Children’s Services, who complete
  checks with other agencies", "Our Children’s Services team are reviewing", "Children’s Services practitioners work
  with parents") and corpus/gold/dev (Kent budget risk register: "land bought by Highways for schemes and neither
  Highways or Corporate Landlord have budget")
- https://worcestershire.moderngov.co.uk/ieListDocuments.aspx?CId=147&MId=2820&Ver=4 (West Mercia Police and Crime
  Panel: "Cllr Peter Whatley was a substitute for Cllr Sarah Rouse (Malvern)", "Adam Kent was replacing Karen May
  (Bromsgrove)", "a retired Police Officer in receipt of a Police Pension (not West Mercia Police)")
- https://docslib.org/doc/1586037/the-river-stour-kent-internal-drainage-board (River Stour (Kent) Internal Drainage
  Board, 3 November 2016: "The Chairman welcomed Ms D McNamara (Incident Response Team Leader – Upper & Lower Stour
  Area, Environment Agency), … Mr D Godden (IDB Contracts Manager, Rhino Plant Hire)", "Also in attendance were Mr J E
  Dilnot (Engineering Assistant), Mr P N Dowling (Clerk & Engineer to the Board)", "Mr A D Linfoot OBE (Vice
  Chairman)", "In accordance with the Land Drainage Act 1991 and the Board’s Rules and Standing Orders")
- http://mhic.org.uk/june-2016/ (Maldon Harbour Improvement Commissioners: "Trinity House had reported that aids to
  navigation were “found to be in good and efficient order”", "The Port Marine Safety Code had been reviewed", "This
  was being staged by the British Ports Association") and http://dunbarharbourtrust.co.uk/index.php/about/minutes-of-meeting/165-minutes-of-board-meeting-on-thursday-on-9th-march-2017
  (Dunbar Harbour Trust: "The Chairman was authorised to send the formal letter of compliance with the Port Marine
  Safety Code to the Maritime & Coastguard Agency", "he was having difficulty contacting Registers Scotland")
- https://docslib.org/doc/13941722/minutes-of-the-salford-safeguarding-adult-board-ssab-meeting (Salford Safeguarding
  Adult Board, 2 March 2016: "Christopher Walker (CW) – Detective Chief Inspector, GMP", "Louise Murray (LM) –Deputy
  Chief Exec, Salford CVS") and https://studylib.net/doc/7616039/minute---norfolk-safeguarding-adults-board (Norfolk
  Safeguarding Adults Board, 16 April 2015: "William Styles – Govenor, HMP Norwich")
- https://docslib.org/doc/158074/magherafelt-district-council-minutes-of-proceedings-of-a (Magherafelt District
  Council, 10 February 2009: "Representatives from Other Bodies in Attendance Northern Ireland Water: …") and
  https://docslib.org/doc/2733920/magherafelt-district-council-minutes-of-proceedings-of-a ("It was agreed that since
  the Roads Service had planned to attend the December meeting Northern Ireland Water should be invited to attend the
  January meeting of the Council"); https://docslib.org/doc/3368977/minutes-of-meeting-of-mid-ulster-district-council-held-on-thursday-19-november-2015-in-the-council-offices-circular-road-dungannon
  (Mid Ulster District Council: "Councillor Elattar declared an interest as an employee of the Northern Health and
  Social Services Trust", "Mrs C O’Neil, PCSP Manager"); https://docslib.org/doc/13550932/lisburn-city-council-during-the-period-2006-2012-samuel-graham-father-of-mrs-gillian-allen-receptionist-at-lagan-valley-island
  (Lisburn & Castlereagh City Council: "Head of Marketing and Communication (Mrs C Bethel)")
- https://docslib.org/doc/6870856/comit%C3%A9-des-conn%C3%A9tables-minutes-feb-2019 (Comité des Connétables, 4
  February 2019: "Connétable de St Sauveur - Mrs S. A. Le Sueur-Rennard", "In attendance: Mrs S. R. de Gruchy,
  Secretary", "approved by the Bailiff and His Excellency the Lieutenant-Governor") and
  https://docslib.org/doc/8446669/comit%C3%A9-des-conn%C3%A9tables ("the Privileges and Procedures Committee (PPC)
  sub-committee had invited the Comité"); https://docslib.org/doc/10665751/114-president-of-assembly-convening-notice-1-minutes-of-previous-assembly-2-election-of-vingteniers-3-election-of-vingteni
  (Parish of St Brelade: "Mr Stephen Phillips, of Alex Picot, Parish Accountants explained the accounts")
- https://docslib.org/doc/13073921/mendip-hill-partnership-committee (Mendip Hills AONB Partnership Committee, 28
  September 2011: "Apologies received from: … Janice Gardiner Avon Wildlife Trust … James Small National Farmers Union
  Representative Cllr Elfan Ap Rees North Somerset Council")
- https://docsbay.net/delegation-of-functions-to-officers-by-pension-fund-committee-september-2017 (Middlesbrough
  pension fund delegations: "Appointing Middlesbrough Council's officers to the Officer Operations Group") and
  https://financedocbox.com/Retirement_Planning/83451822-Falkirk-council-pension-fund-2017-actuarial-valuation-report-march-2018
  ("For and on behalf of Hymans Robertson LLP"); the actuary in apposition keeps the shape of round 26's apposition
  ("The contractor, Mereside Groundcare, will start") with a pension fund's actuary
- https://democracy.blaby.gov.uk/ieListDocuments.aspx?CId=811&MID=3690 (Joint Community Safety Partnership Overview
  & Scrutiny Committee: "Also in attendance: Councillor Lee Breckon, Joint Chair of the Blaby & Hinckley and Bosworth
  Community Safety Partnership")
- http://www.act-academytrust.com/page/?title=Governance+for+Schools+Joining+the+Trust&pid=20 (an academy trust's
  governance: "schools in an Ofsted Improvement category would undergo a thorough due-diligence process with the Local
  Governing Board", "the Academies Financial Handbook and current policy of the Department for Education and Charity
  Commission"); https://www.torbayandsouthdevon.nhs.uk/about-us/nhs-foundation-trust/council-of-governors/ ("The
  governors work with the Board of Directors …", "public, staff and appointed governors"); the Norfolk safeguarding
  board's "Mark Taylor – Chief Officer, Norfolk Clinical Commissioning Groups" with an integrated care board
- https://meeting.boeconnect.net/Public/Minutes/536?meeting=606745 (a US board of education, 26 October 2023: "Mrs.
  Colleen Mall is one of our county commissioners and Mr. Joe Cheryl is one of our county commissioners", "Brinley and
  Brystol Davis from Martin Elementary led the audience in the Pledge of Allegiance")
- https://fdocuments.net/document/ethos-academy-trust-board-of-trustees-meeting-.html (Ethos Academy Trust, 17
  October 2019: "Present: Victoria del Giudice (VG) Graham Dewhirst (GD) …") and
  https://lawsdocbox.com/amp/125822939-US_Government_Resources/Trustees-present-chairman-abrego-trustee-binion-trustee-donahue-trustee-knox-trustee-monasterio.html
  ("Trustees Present: Chairman Abrego, Trustee Binion, Trustee Donahue")

Names are compared as `agendaparse eval` compares them. Written before the fix: 33 of 58 cases passed on the code
before it; after, 55 pass and 3 are strict xfails (a trade-named firm in brackets in prose, a name and a council run
together from a table's columns, a delegation's verb read into a council's name). The fix: a council's own service
named as the actor - ", who", an auxiliary after it, "bought by" before it, "neither X or Y have" - is found for
Children's and Adults' Services, social care, Highways and Corporate Landlord (round 38's social-care rule extended)
and kept however often its words are printed in lower case; a bare "Highways have advised" stays none (round 36);
"Sir" after "Cyngor" is the Welsh county, no title; a rank read as a title then as a name ("Chief Inspector") and
"Exec" after "Chief" are no people; a lone given name runs on over a middle initial ("Hugh H Evans"), a name over a
capitalised particle ("Elfan Ap Rhys"), and "del", "ap", "ab", "dos", "della" open surnames; a place in brackets after
a councillor's name is no body; "<generic words> Accountants" is the kind of firm; national and regional bodies of
the genres in data/organisations.txt and Welsh, Irish and South Asian given names in data/given_names.txt; "Board of
Directors of <X> Trust" read from "Directors" is the trust; an unnamed "Local Governing Board" is none and "Local
Governing Body of <School>" the school; "Elementary" after a given name makes a school, no person. Dev fast
organisations 87.8 -> 88.1 (R 82.4 -> 82.9: the Kent risk register's "Highways" and "Corporate Landlord"), tune 93.1
-> 93.4 (R 93.6 -> 94.1: the Kent questions' "Children’s Services"); people unchanged on both.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from agendaparse.evaluate import norm_name
from minutes_page import (
    names_case,
    parish_names,
)

# --- class 1: left by stop 33 ---------------------------------------------------------------------------------------
LEFT_BY_STOP_33 = [
    names_case(
        ["A letter had been received from Cyngor Sir Ddinbych about the school transport contract."],
        {"Cyngor Sir Ddinbych"},
        set(),
        "cyngor-sir-a-body",
        not_people={"Ddinbych", "Sir Ddinbych"},
    ),
    names_case(
        ["The Clerk had written to Cyngor Sir Ceredigion and to Cyngor Sir Powys about the bus shelter."],
        {"Cyngor Sir Ceredigion", "Cyngor Sir Powys"},
        set(),
        "two-cyngor-sir-bodies",
        not_people={"Ceredigion", "Powys"},
    ),
    names_case(
        [
            "When concerns are raised about a home educated child, a referral is made to Children’s Services, who "
            "complete checks with other agencies.",
            "Our Children’s Services team are reviewing all children who are home educated.",
            "Where appropriate, Children’s Services practitioners work with parents to register their child.",
        ],
        {"Children’s Services"},
        set(),
        "childrens-services-who-beside-its-team",
    ),
    names_case(
        [
            "Maintenance costs for residual pieces of land bought by Highways for schemes, where neither Highways or "
            "Corporate Landlord have budget to return the land."
        ],
        {"Highways", "Corporate Landlord"},
        set(),
        "bought-by-highways",
    ),
    names_case(
        ["The cost of highways repairs bought by the parish was noted."],
        set(),
        {"Highways"},
        "highways-repairs-no-body",
    ),
    names_case(
        ["Cllr Peter Whitley was a substitute for Cllr Sarah Rowe (Malvern)."],
        set(),
        {"Malvern"},
        "councillors-place-in-brackets",
        people={"Peter Whitley", "Sarah Rowe"},
    ),
    names_case(
        ["Present: Cllr Ann Leigh (Walsall), Cllr Peter Marsh (Dudley), Cllr Jane Cole (Sandwell)"],
        set(),
        {"Walsall", "Dudley", "Sandwell"},
        "members-places-in-brackets",
        people={"Ann Leigh", "Peter Marsh", "Jane Cole"},
    ),
    names_case(
        ["Imran Riaz was replacing James Stanway (Worcester City)."],
        set(),
        {"Worcester City"},
        "replacing-a-member-city-in-brackets",
        people={"Imran Riaz", "James Stanway"},
    ),
    names_case(
        ["Julian Grubb was a retired Police Officer in receipt of a Police Pension (not West Mercia Police)."],
        {"West Mercia Police"},
        {"Police Pension"},
        "force-in-brackets-a-body",
        people={"Julian Grubb"},
    ),
]

# --- class 2: bodies of the genres ----------------------------------------------------------------------------------
GENRE_BODIES = [
    names_case(
        [
            "The Chairman welcomed Ms D McNally (Incident Response Team Leader – Upper & Lower Avon Area, Environment "
            "Agency) and Mr D Gadd (IDB Contracts Manager, Rhino Plant Hire)."
        ],
        {"Environment Agency"},
        {"Upper & Lower Avon Area", "IDB Contracts Manager"},
        "drainage-board-guests",
        people={"D McNally", "D Gadd"},
    ),
    names_case(
        ["The Chairman welcomed Mr D Gadd (IDB Contracts Manager, Rhino Plant Hire)."],
        {"Rhino Plant Hire"},
        {"IDB Contracts Manager"},
        "plant-hire-firm-after-a-post",
    ),
    names_case(
        ["Trinity House had reported that aids to navigation were found to be in good and efficient order."],
        {"Trinity House"},
        set(),
        "trinity-house",
    ),
    names_case(
        ["The Clerk was following up the Coastguard Agency, Natural England and the Marine Management Organisation."],
        {"Coastguard Agency", "Natural England", "Marine Management Organisation"},
        set(),
        "harbour-partners",
    ),
    names_case(
        [
            "The Chairman was authorised to send the formal letter of compliance with the Port Marine Safety Code to "
            "the Maritime & Coastguard Agency."
        ],
        {"Maritime & Coastguard Agency"},
        {"Port Marine Safety Code"},
        "maritime-and-coastguard-agency",
    ),
    names_case(
        ["Alistair reported that he was having difficulty contacting Registers Scotland about the advance notice."],
        {"Registers Scotland"},
        set(),
        "registers-scotland",
    ),
    names_case(
        ["This was being staged by the British Ports Association on 5 July 2016 in Harwich."],
        {"British Ports Association"},
        {"Harwich"},
        "ports-association",
    ),
    names_case(
        ["Christopher Walton (CW) – Detective Chief Inspector, GMP"],
        {"GMP"},
        {"Detective Chief Inspector"},
        "police-force-initials-after-a-post",
        people={"Christopher Walton"},
        not_people={"Chief Inspector", "Detective Chief Inspector"},
    ),
    names_case(
        ["Louise Murphy (LM) – Deputy Chief Exec, Eccleston CVS"],
        {"Eccleston CVS"},
        set(),
        "cvs-after-a-shortened-post",
        people={"Louise Murphy"},
        not_people={"Exec", "Chief Exec"},
    ),
    names_case(
        ["William Stiles – Governor, HMP Blundeston"],
        {"HMP Blundeston"},
        set(),
        "prison-after-a-governor",
        people={"William Stiles"},
    ),
    names_case(
        ["Representatives from Other Bodies in Attendance: Northern Ireland Water: Mr Paul Davis – Water Procurement"],
        {"Northern Ireland Water"},
        set(),
        "northern-ireland-water-attends",
        people={"Paul Davis"},
    ),
    names_case(
        [
            "It was agreed that since DfI Roads had planned to attend the December meeting the NIHE should be invited "
            "to attend the January meeting of the Council."
        ],
        {"DfI Roads", "NIHE"},
        set(),
        "dfi-roads-and-nihe",
    ),
    names_case(
        ["Councillor Mallon declared an interest as an employee of the PSNI."],
        {"PSNI"},
        set(),
        "psni-employer",
        people={"Mallon"},
    ),
    names_case(
        ["Councillor Elder declared an interest as an employee of the Northern Health and Social Services Trust."],
        {"Northern Health and Social Services Trust"},
        set(),
        "health-trust-employer",
    ),
    names_case(
        [
            "The Comité noted that the Privileges and Procedures Committee (PPC) had invited the Comité to send "
            "representatives, and the Commonwealth Parliamentary Association had arranged a briefing."
        ],
        {"Privileges and Procedures Committee", "Commonwealth Parliamentary Association"},
        set(),
        "jersey-committee-and-association",
    ),
    names_case(
        [
            "Apologies received from: Janice Gardner Avon Wildlife Trust; James Smale National Farmers Union "
            "Representative; Cllr Elfan Ap Rhys North Avon Council"
        ],
        {"Avon Wildlife Trust", "National Farmers Union"},
        {"National Farmers Union Representative", "Rhys North Avon Council"},
        "aonb-apologies-names-then-bodies",
        people={"Janice Gardner", "James Smale", "Elfan Ap Rhys"},
        not_people={"Elfan Ap", "Rhys North"},
    ),
    names_case(
        ["Apologies received from: Cllr Elfan Ap Rhys North Avon Council"],
        {"North Avon Council"},
        {"Rhys North Avon Council"},
        "council-run-on-after-a-titled-name",
    ),
    names_case(
        ["Invitees - Observers: Liza Thomas - NRW, Claire Mason - Defra"],
        {"NRW", "Defra"},
        set(),
        "national-landscape-observers",
        people={"Liza Thomas", "Claire Mason"},
    ),
    names_case(
        ["Residents had received letters from Wales & West Utilities requesting a down payment."],
        {"Wales & West Utilities"},
        set(),
        "gas-utility-of-wales",
    ),
    names_case(
        ["No reply had been received from DCC Housing to date but Grwp Cynefin has confirmed its interest."],
        {"Grwp Cynefin"},
        set(),
        "welsh-housing-association",
    ),
    names_case(
        ["The Chair welcomed Sarah Jones, Cadwyn Clwyd, and explained that the Council had bought the kiosk from BT."],
        {"Cadwyn Clwyd"},
        set(),
        "rural-agency-after-a-name",
        people={"Sarah Jones"},
    ),
    names_case(
        ["Appointing Middlesbury Council's officers to the Officer Operations Group."],
        {"Middlesbury Council"},
        {"Appointing Middlesbury Council"},
        "council-after-a-delegations-verb",
    ),
    names_case(
        ["The Fund's actuary, Barnett Waddingham, will present the valuation results to the Committee."],
        {"Barnett Waddingham"},
        set(),
        "actuary-in-apposition",
    ),
    names_case(
        ["For and on behalf of Hymans Robertson LLP"],
        {"Hymans Robertson LLP"},
        set(),
        "actuary-firm-signs",
    ),
    names_case(
        [
            "The Trust operates within the requirements set out in the Trust’s Articles of Association, the Academies "
            "Financial Handbook and current policy of the Department for Education and Charity Commission."
        ],
        {"Department for Education", "Charity Commission"},
        {"Academies Financial Handbook", "Articles of Association"},
        "academy-trust-national-bodies",
    ),
    names_case(
        [
            "It is expected that schools in an Ofsted Improvement category would undergo a thorough due-diligence "
            "process with the Local Governing Board."
        ],
        {"Ofsted"},
        {"Local Governing Board", "Ofsted Improvement"},
        "ofsted-and-unnamed-local-governing-board",
    ),
    names_case(
        ["The Local Governing Body of Westfield Academy approved the school improvement plan."],
        {"Westfield Academy"},
        {"Local Governing Body of Westfield Academy", "Local Governing Body"},
        "local-governing-body-of-an-academy",
    ),
    names_case(
        [
            "The governors work with the Board of Directors of Torwood and South Avon NHS Foundation Trust to set the "
            "Trust’s strategic direction."
        ],
        {"Torwood and South Avon NHS Foundation Trust"},
        {"Directors of Torwood and South Avon NHS Foundation Trust"},
        "foundation-trust-board-of-directors",
    ),
    names_case(
        ["Mark Tayler – Chief Officer, NHS Fenland and Broads Integrated Care Board"],
        {"NHS Fenland and Broads Integrated Care Board"},
        {"Chief Officer"},
        "integrated-care-board-after-a-post",
        people={"Mark Tayler"},
    ),
    names_case(
        [
            "Also in attendance: Councillor Lee Breton, Joint Chair of the Wexby & Hinton and Bosley Community Safety "
            "Partnership."
        ],
        {"Wexby & Hinton and Bosley Community Safety Partnership"},
        set(),
        "joint-community-safety-partnership",
        people={"Lee Breton"},
    ),
]

# --- class 3: people ------------------------------------------------------------------------------------------------
PEOPLE = [
    names_case(
        ["Present: Mr M J G Tapper (Chairman), Mr A D Linford OBE (Vice Chairman), Councillor M J Burgoyne."],
        set(),
        {"OBE"},
        "post-nominal-after-initials",
        people={"M J G Tapper", "A D Linford", "M J Burgoyne"},
    ),
    names_case(
        [
            "IN ATTENDANCE – Councillor Hugh H Evans, OBE, Leader, County Council, together with 12 members of the "
            "public."
        ],
        set(),
        {"OBE"},
        "post-nominal-after-a-comma",
        people={"Hugh H Evans"},
        not_people={"Hugh"},
    ),
    names_case(
        ["Head of Marketing and Communication (Mrs C Bethell)"],
        set(),
        {"Marketing and Communication"},
        "name-in-brackets-after-a-post",
        people={"C Bethell"},
    ),
    names_case(
        ["Officers in Attendance: Mrs C O’Neill, PCSP Manager; Mrs Forbes, Member Support Officer"],
        set(),
        {"PCSP Manager", "PCSP"},
        "irish-surname-before-a-post",
        people={"C O’Neill", "Forbes"},
    ),
    names_case(
        ["In attendance: Mrs S. R. de Gruchy, Secretary"],
        set(),
        set(),
        "particle-de",
        people={"S. R. de Gruchy"},
    ),
    names_case(
        ["Connétable de St Sauveur - Mrs S. A. Le Sueur-Renouf"],
        set(),
        {"St Sauveur"},
        "particle-le-and-hyphen",
        people={"S. A. Le Sueur-Renouf"},
    ),
    names_case(
        ["Present: Victoria del Giudice (VG), Graham Dewhurst (GD), Charles Haygarth (CH)"],
        set(),
        {"VG", "GD", "CH"},
        "particle-del",
        people={"Victoria del Giudice", "Graham Dewhurst", "Charles Haygarth"},
    ),
    names_case(
        ["Trustees Present: Chairman Abrego, Trustee Binion, Trustee Donahue"],
        set(),
        set(),
        "surnames-after-trustee",
        people={"Abrego", "Binion", "Donahue"},
        not_people={"Trustee Binion"},
    ),
    names_case(
        ["Present: JB (Chair), KL, MP, RT"],
        set(),
        {"JB", "KL", "MP", "RT"},
        "initials-only-header",
        not_people={"JB", "KL", "MP", "RT"},
    ),
    names_case(
        ["Staff Governor Ian Bright and Public Governor Asha Patel attended the Quality Committee."],
        set(),
        {"Staff Governor", "Public Governor"},
        "governors-posts-before-names",
        people={"Ian Bright", "Asha Patel"},
    ),
    names_case(
        [
            "Mrs. Colleen Mallory is one of our county commissioners and Mr. Joe Cheney is one of our county "
            "commissioners."
        ],
        set(),
        set(),
        "county-commissioners-welcomed",
        people={"Colleen Mallory", "Joe Cheney"},
    ),
    names_case(
        ["Brinley and Brystol Dawes from Morgan Elementary led the audience in the Pledge of Allegiance."],
        set(),
        {"Pledge of Allegiance"},
        "elementary-school-no-person",
        not_people={"Morgan Elementary"},
    ),
    names_case(
        ["PC Matt Arnott and Natalie Greene from the British Transport Police (BTP) introduced themselves."],
        {"British Transport Police"},
        set(),
        "constable-and-colleague",
        people={"Matt Arnott", "Natalie Greene"},
    ),
]

# --- class 4: what is no body ---------------------------------------------------------------------------------------
NOT_BODIES = [
    names_case(
        [
            "In accordance with the Land Drainage Act 1991 and the Board’s Rules and Standing Orders there is a "
            "requirement for the Board to elect a Chairman."
        ],
        set(),
        {"Land Drainage Act", "Standing Orders", "Rules and Standing Orders"},
        "act-and-standing-orders",
    ),
    names_case(
        [
            "Item 2 – Port Marine Safety Code: the Port Marine Safety Code had been reviewed and copies would be sent "
            "out."
        ],
        set(),
        {"Port Marine Safety Code"},
        "code-of-practice",
    ),
    names_case(
        ["The award had been approved by the Bailiff and His Excellency the Lieutenant-Governor."],
        set(),
        {"Bailiff", "Lieutenant-Governor"},
        "bailiff-and-lieutenant-governor",
        not_people={"Bailiff", "His Excellency"},
    ),
    names_case(
        ["Mr Stephen Philby, of Alan Pinel, Parish Accountants explained the accounts of the Connétable."],
        set(),
        {"Parish Accountants"},
        "parish-accountants-a-word",
        people={"Stephen Philby"},
    ),
    names_case(
        ["The Directors of Public Health met on Tuesday to agree the joint plan."],
        set(),
        {"Public Health", "Directors of Public Health"},
        "directors-of-public-health-posts",
    ),
    names_case(
        ["This was being staged on 5 July 2016 in Harwich and Dovercourt."],
        set(),
        {"Harwich", "Dovercourt", "Harwich and Dovercourt"},
        "places-as-places",
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "wanted", "absent", "people", "not_people"), LEFT_BY_STOP_33 + GENRE_BODIES + PEOPLE + NOT_BODIES
)
def test_orgs39(
    paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str], not_people: set[str]
) -> None:
    organisations, found_people = parish_names(paragraphs)
    assert {norm_name(name) for name in wanted} <= organisations
    assert not {norm_name(name) for name in absent} & organisations
    assert {norm_name(name) for name in people} <= found_people
    assert not {norm_name(name) for name in not_people} & found_people
