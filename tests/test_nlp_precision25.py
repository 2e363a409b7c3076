"""Round 25 (issue #6: precision of people and organisations on unseen minutes): an audit of every name the
mention finder EMITS on pages of bodies not read before (Scottish community councils, New England select
boards, US fire boards, English parish and town councils and their committees, neighbourhood-plan steering
groups). Each page keeps the structure and phrasing of a real page with names, places and numbers changed and is
read by the real mention finder (tests/minutes_page.py). The truth is what corpus/gold/README.md asks an
annotator to record: people without titles ("First Last" where printed, a bare surname where only that is
printed), named organisations and bodies (the body holding the meeting, not the meeting's own committee; not
places, venues, streets, plans, funds, schemes, events or generic words). Per page the suite asserts the exact
sets: true names present, nothing else emitted, except names listed as arguable (an acronym printed without its
full name, a school, a bare business named only as a site), which may be either. The pages:

- https://docslib.org/doc/2801404/loch-leven-s-larder (Milnathort Community Council: "CClrs Bennet and
  Thomson", "Perth & Kinross Council (PKC) Clrs …", "Police Scotland were currently reviewing its '… Plans'")
- https://docslib.org/doc/6473100/3-8-cc-handbook-minutes-of-meeting-template (joint community council of Moray:
  "Chair: Jane Martin Community Council Liaison officer (CCLO)", "Also in attendance: Chief Inspector …")
- https://cmsarchive.civicplus.com/Wellfleet%20MA/WellfleetMA_SelectMin/2005%20BOS%20Minutes/S005645D8^Access=1/default.htm.htm
  (Board of Selectmen: "Selectmen present included …", "On a motion by Donovan, seconded by May")
- https://www.sedgwickmaine.org/selectmens-minutes-september-13-2018/4555/ ("Also present: CEO Frank Tracy,
  Superintendent …", "Discussed the TRIO upgrade", "LRAP – Road assistance funds")
- http://www.silverdale-pc-lancs.gov.uk/Site/?page_id=1367 (parish council agenda: "To welcome Cabinet Member
  Councillor … responsible for Markets, …", "County Councillor …", planning applications by site)
- https://fdocuments.us/document/minutes-of-a-meeting-of-full-council-held-on-tuesday-monday-2nd-october-2017-due.html
  (Haverfordwest Town Council: "Rev Fr N Cale, Mayor's Chaplain Mr M Cavanagh, PCC Link Officer", "Heritage
  Lottery Fund Stage 2 application bid under the 'Great Place' scheme")
- https://www.cotuitfiredistrict.org/blog/2011/11/08/february-2011-fire-commissioner-meeting-minutes/ (fire
  commissioners: "called to order … by Commissioner Mycock, Field and B. Nailor", "Firefighter Douglas …")
- http://goldhillfire.org/bmm20171019 (fire board: "Present were board members …", "engineering work being
  conducted by Scott Cox and Associates", "the Meadow Cistern project")
- https://lfweb.tompkins-co.org/WebLink/DocView.aspx?dbid=13&id=284268&repo=CityOfIthaca (board of fire
  commissioners: "Others Present: Fire Chief — Parsons City Attorney — Lavine …")
- https://willoughton.parish.lincolnshire.gov.uk/council-business/2024-playing-field-committee-minutes (playing
  field committee: "Cllr. Ms. H. Goring (Chair)", "contractor, Garden Angels Ltd")
- https://hogsthorpe.parish.lincolnshire.gov.uk/council-business/2023-24-parish-council-minutes-meetings/6
  ("Present: Cllrs Les Wildman (Chairman) …  Clerk: K Hayes", "District Cllr Dawson and County Cllr Davie")
- https://dorrington.parish.lincolnshire.gov.uk/council-business/2024-parish-council-minutes-meetings/2
  ("Present ; Cllrs Drury (Chair), Cllrs Newton, …", "Clerk to submit grant application to NKDC prosperity fund")
- https://gedneyhillparishcouncil.gov.uk/council-business/2025-minutes (play park committee: "Transfer from SHDC
  (Cllr Eldridge donation)", "the UKSPF funding")
- https://cherrywillingham.parish.lincolnshire.gov.uk/council-business/2021-leisure-amenities-committee-minutes-meetings/8
  ("Minutes of … Parish Council's Leisure & Amenities Committee held at The Millennium Hall")
- https://willoughby-district.parish.lincolnshire.gov.uk/council-business/minutes-2021-2022-civic-year/8
  ("ELDC/LCC UPDATES", "a grant of £10,000 from Awards for All Lottery fund")
- https://docsbay.net/doc/556534/neighbourhood-plan-meeting-16th-april-2018 ("Attendees: Sally Chapman
  (Consultant), …", "completed by the NMPC Clerk", "The Church Fete is …")
- https://goodrichneighbourhoodplan.wordpress.com/blog/ ("Steering Group Meeting – Ye Hostelrie – …", "Present:
  Lawrie Lowe / Tony Lafford / …", "to Data Orchard in Hereford")
- https://clehongerparishcouncil.org/clehonger-neighbourhood-plan/ndp-minutes-30th-august-2018/ ("Present: Cllrs
  J Rees (JR), …", "Dr David Nicholson MRTPI (DN) Neighbourhood Planning Consultant", "the … Village Hall")
"""

from __future__ import annotations

import pytest

from minutes_page import AuditPage, audit, marked

PAGES: dict[str, AuditPage] = {
    "scottish-community-council": AuditPage(
        [
            "Drumlochy Community Council",
            "Minute of the Drumlochy Community Council (DCC) Meeting held on Thursday, 12th March 2025, in Balgedie "
            "Parish Church Hall",
            "1. Welcome: In the absence of the Chair - CClr Hamish Gowrie, CClr Milne-Howe, Vice Chair, chaired the "
            "meeting; he welcomed CClrs Bennie and Tolland.",
            "Also in attendance were Perth & Kinross Council (PKC) Clrs Giacobbe and Robb, and 5 members of the "
            "public.",
            "2. Apologies: Apologies were received from CClrs Pettigrew and Hallford, and from PKC Clr Cuthill.",
            "3. Police matters: PC Dougal Stapley presented the Police report. Recent local crimes included "
            "vandalism to the trellises in the War Memorial Garden.",
            "The Chair advised that Police Scotland were currently reviewing its 'Multi Member Ward Policing Plans' "
            "for the PKC area.",
        ],
        {
            "Hamish Gowrie",
            "Milne-Howe",
            "Bennie",
            "Tolland",
            "Giacobbe",
            "Robb",
            "Pettigrew",
            "Hallford",
            "Cuthill",
            "Dougal Stapley",
        },
        {"Drumlochy Community Council", "Perth & Kinross Council", "Police Scotland"},
    ),
    "joint-community-council": AuditPage(
        [
            "Minute of Inaugural Meeting Joint Community Council of Glenbervie",
            "Date: Thursday, 9 November 2023 Time: 7.00 pm Venue: The Supper Room, Nairn Town Hall, Nairn",
            "Chair: Janet Morton Community Council Liaison officer (CCLO)",
            "Also in attendance: Chief Inspector Morag Millar (Police Scotland), Dawn Brodie (Community Liaison), "
            "Cllr Donald Gatti, Cllr Amy Patrick",
            "Welcome and Introductions Janet Morton welcomed everyone and thanked them for attending. She introduced "
            "the Area Commander, Chief Inspector Morag Millar.",
        ],
        {"Janet Morton", "Morag Millar", "Dawn Brodie", "Donald Gatti", "Amy Patrick"},
        {"Police Scotland"},
        {"Joint Community Council of Glenbervie"},
    ),
    "select-board": AuditPage(
        [
            "Board of Selectmen",
            "Town Hall Conference Room",
            "April 8, 2024",
            "Minutes",
            "The meeting was called to order at 7:00 p.m. by Chairman Ira Woodley. Selectmen present included "
            "Michael Mayhew, Dale Donahue, Helen Miranda Welles and Jerry Houck. Town Administrator Tim Smithers "
            "also attended.",
            "On a motion by Donahue, seconded by Mayhew, the Board voted unanimously at 7:01 p.m. on a roll call vote "
            "(Donahue, Mayhew, Welles, Houck, Woodley – yea) to enter executive session.",
            "On a motion by Houck, seconded by Donahue, the Board voted 4-1, with Welles voting against, to authorize "
            "the Town Administrator to conduct an inquiry into the conduct or management of the Fire Department.",
            "Donahue suggested that the Board consider reordering the ATM warrant articles.",
            "Respectfully submitted,",
            "Linda Smollett",
            "Administrative Assistant",
        ],
        {
            "Ira Woodley",
            "Michael Mayhew",
            "Dale Donahue",
            "Helen Miranda Welles",
            "Jerry Houck",
            "Tim Smithers",
            "Linda Smollett",
        },
        set(),
        {"Fire Department"},
    ),
    "selectmen-notes": AuditPage(
        [
            "Selectmen's Minutes, September 12, 2024",
            "Opened the meeting and declared a quorum present. Selectmen present: Ben Ashbury, Bob Publow, Michael "
            "Sheehan. Also present: CEO Frank Tracey, Superintendent Chris Elkins, Assistant Barbara Grindley.",
            "NEW BUSINESS: Superintendent Elkins discussed several updates involving the school policies.",
            "OLD BUSINESS: Discussed the TRIO upgrade and web.",
            "LRAP – Road assistance funds, assistant has made out the form, needs confirmation from road "
            "commissioner's records.",
            "Pine tree removal – Ashbury will take care of it soon.",
        ],
        {"Ben Ashbury", "Bob Publow", "Michael Sheehan", "Frank Tracey", "Chris Elkins", "Barbara Grindley"},
        set(),
    ),
    "parish-agenda-guests": AuditPage(
        [
            "YEALAND STOREY PARISH COUNCIL",
            "Councillors are hereby summoned to attend a Parish Council Meeting on Monday 7th July 2025 at 7.30pm, "
            "in the Yealand Institute, Spring Bank, Yealand, for the purposes detailed in the following Agenda:",
            "6. To welcome Cabinet Member Councillor Margaret Patterson responsible for Markets, Voluntary Sector, "
            "Older People and Rural Affairs who will give an explanation of her role.",
            "7. To receive a report of any relevant matters from County Councillor Philippa Wilkinson.",
            "8. To receive a report of any relevant matters by City Councillor Nigel Goodwin.",
            "• 25/00675/FUL 3A Cove Road. Erection of a single storey rear extension.",
            "• 25/00704/ADV Yealand Hotel. Advertisement application for the display of 1 externally illuminated "
            "fascia sign.",
        ],
        {"Margaret Patterson", "Philippa Wilkinson", "Nigel Goodwin"},
        {"Yealand Storey Parish Council"},
        {"Yealand Hotel"},
    ),
    "town-council-apologies": AuditPage(
        [
            "CLEDDAU TOWN COUNCIL",
            "MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 18th SEPTEMBER 2024 AT 7PM IN THE COUNCIL "
            "CHAMBER, TALBOT HOUSE, NEYLAND",
            "PRESENT: Cllr A Buckley (Mayor) Cllr A Brookes Cllr C Evanson Cllr S Hooper Cllr Mrs S Murrell",
            "APOLOGIES: Cllr J Collins Rev Fr N Cale, Mayor's Chaplain Mr M Cavendish, PCC Link Officer County Cllr "
            "A Tudorson",
            "The Town Clerk and Deputy Town Clerk were in attendance. Mr D Thomason, PCC Link Officer, was in "
            "attendance.",
            "Prior to the meeting, Space to Play gave an overview of their proposed Heritage Lottery Fund Stage 2 "
            "application bid under the 'Great Place' scheme.",
        ],
        {
            "A Buckley",
            "A Brookes",
            "C Evanson",
            "S Hooper",
            "S Murrell",
            "J Collins",
            "N Cale",
            "M Cavendish",
            "A Tudorson",
            "D Thomason",
        },
        {"Cleddau Town Council", "Space to Play", "Heritage Lottery Fund"},
        {"PCC"},
    ),
    "fire-commissioners": AuditPage(
        [
            "Board of Fire Commissioners",
            "Notes of Regular Meeting held, February 20, 2025",
            "The regular monthly meeting of the Board of Fire Commissioners was called to order at 1307 hours by "
            "Commissioner Maycock, Fielding and B. Naylor.",
            "Fire Chief Report:",
            "• Activity Reports- approximately 54 incidents for the month of January",
            "• Two Call firefighters were hired, Firefighter Douglas Williston, and Firefighter Peter Emmett",
            "• Motion made by Fire Commissioner Naylor to hire one provisional/temporary firefighter/EMT",
        ],
        {"Maycock", "Fielding", "B Naylor", "Douglas Williston", "Peter Emmett"},
        set(),
    ),
    "fire-board": AuditPage(
        [
            "2024-10-17 Board Meeting Minutes",
            "The meeting was called to order at 7:00 PM by Rich Lomez. Present were board members Paul Garabian, "
            "Bobby Vrabel, and Rick Geesling. Boyd Browne could not attend the meeting, and was excused. Chief Chris "
            "Flynn also attended the meeting.",
            "There was also a report of a domestic dispute on forest service land west of town.",
            "We have received a bill for the engineering work being conducted by Scott Cobb and Associates.",
            "We had a quick review of the Meadow Cistern project.",
        ],
        {"Rich Lomez", "Paul Garabian", "Bobby Vrabel", "Rick Geesling", "Boyd Browne", "Chris Flynn"},
        {"Scott Cobb and Associates"},
    ),
    "fire-commission-city": AuditPage(
        [
            "CITY OF ELMHURST BOARD OF FIRE COMMISSIONERS MEETING MINUTES September 16, 2025",
            "Present: Chair Gillespie Commissioners: Hoard, Ellsworth, Bakker, McGonagle",
            "Others Present: Fire Chief — Parsons City Attorney — Levine Alderperson and Liaison to Board — Claiborne",
            "RESOLVED, That the minutes of the July 29, 2025 Board of Fire Commissioners Special Meeting be approved "
            "as corrected. Carried Unanimously",
            "Dave Cornwell addressed the Board regarding the proposed resolution regarding reorganization of the "
            "volunteer fire companies.",
            "Ray Whealton addressed the Board on behalf of the veteran volunteer fire members.",
        ],
        {
            "Gillespie",
            "Hoard",
            "Ellsworth",
            "Bakker",
            "McGonagle",
            "Parsons",
            "Levine",
            "Claiborne",
            "Dave Cornwell",
            "Ray Whealton",
        },
        {"City of Elmhurst"},
    ),
    "playing-field-committee": AuditPage(
        [
            "KIRTON GRANGE PARISH COUNCIL",
            "A Meeting of the Parish Council Playing Field Committee",
            "was held in the Village Hall, Thursday 24th April 2025 @ 5.30pm",
            "PRESENT:",
            "Cllr. Ms. H. Goring (Chair), Cllr. Miss. K. Clarkson, Cllr. Mr. D. Cowley, and Cllr. Mr. G. Rowles "
            "Nicholls.",
            "Also present, members of the public Mrs Linda Jeffries and Mr Phil Cowper",
            "Cllr. Mr. D. Cowley expressed an interest as his Wife is Chair of the Board of Governors of Kirton "
            "Grange Primary School.",
            "Clerk has spoken to contractor, Garden Guardians Ltd. Estimated require 30 cuts minimum.",
            "RESOLUTION: Clerk to contact the Primary School to discuss and enquire when contract is due for renewal.",
        ],
        {"H Goring", "K Clarkson", "D Cowley", "G Rowles Nicholls", "Linda Jeffries", "Phil Cowper"},
        {"Kirton Grange Parish Council", "Garden Guardians Ltd"},
        {"Kirton Grange Primary School"},
    ),
    "parish-reports": AuditPage(
        [
            "September 2024 Minutes",
            "Present: Cllrs Les Wildon (Chairman) Mary Bankes, Ellen Smithson, Stephen Dayton Clerk: K Hayward",
            "1. APOLOGIES Cllr Chris Rolfe, District Cllr Dawlish and County Cllr Davey",
            "a) Cllr Bankes reported that there had been no meeting of the Village Hall committee.",
            "b) Cllr Bankes also reported that at a meeting of the Charity Farm, they had confirmed that the renewal "
            "of the allotment lease was going ahead.",
            "a) There was a request to complete a survey from Cllr Richard Davison of Highways Department regarding "
            "Lincolnshire highways and drains.",
        ],
        {
            "Les Wildon",
            "Mary Bankes",
            "Ellen Smithson",
            "Stephen Dayton",
            "K Hayward",
            "Chris Rolfe",
            "Dawlish",
            "Davey",
            "Richard Davison",
        },
        set(),
        {"Charity Farm", "Highways Department"},
    ),
    "parish-grant": AuditPage(
        [
            "February 2025 Minutes",
            "Monday 10 February 2025",
            "Present ; Cllrs Drewry (Chair), Cllrs Newtown, Jerram, Darbyshire and Hayes",
            "In Attendance: Gerald Gorton, Clerk and Proper Officer",
            "Public Forum Claire Hansford from HomeStart Lodges attended at the invite of the chairman to discuss "
            "agenda item 4",
            "2. Apologies and reasons for absence: 114/24: Cllr Unwin due to ill health and NKDC Cllr Bailey and "
            "LCC Cllr Kendrick.",
            "4. Play area equipment and funding: 116/24: HomeStart Lodges offered a grant of £5000 towards the cost "
            "of playground equipment. Clerk to submit grant application to NKDC prosperity fund.",
            "Hall rental £ 25.00",
            "LALC membership £ 160.34",
        ],
        {
            "Drewry",
            "Newtown",
            "Jerram",
            "Darbyshire",
            "Hayes",
            "Gerald Gorton",
            "Claire Hansford",
            "Unwin",
            "Bailey",
            "Kendrick",
        },
        {"HomeStart Lodges"},
        {"NKDC", "LCC", "LALC"},
    ),
    "play-park-committee": AuditPage(
        [
            "SPALDING FEN PARISH COUNCIL",
            "PLAY PARK COMMITTEE",
            "DRAFT MINUTES OF THE PLAY PARK COMMITTEE MEETING held at the Spalding Fen and District Memorial Hall, "
            "Hillgate, PE12 0NN on Tuesday 7 January 2025, at 7pm",
            "PRESENT:",
            "M Shepard (Chair), S Berrisfield (Vice-Chair), A Watts, T Billing, D Leedham, M Vernon",
            "V Watts (Clerk)",
            "SFPC has agreed to pay the bank charges on the current account.",
            "Cllr Eldred sent the information on the UKSPF funding, we wait for bidding details to be released.",
            "Transfer from SHDC (Cllr Eldred donation)   +£1000.00",
        ],
        {"M Shepard", "S Berrisfield", "A Watts", "T Billing", "D Leedham", "M Vernon", "V Watts", "Eldred"},
        {"Spalding Fen Parish Council"},
        {"SFPC", "SHDC"},
    ),
    "amenities-committee": AuditPage(
        [
            "Minutes of Fenby Parish Council's Leisure & Amenities Committee held at The Millennium Hall on Monday "
            "13th October 2025, at 7:00 pm.",
            "Present: Cllr Brylewska (Chairman), Cllr Trehearne (Vice Chairman), Cllr Buckley and Cllr J. Robins.",
            "Gill Shawcross (Clerk)",
            "Apologies had been received from Cllr Houghton who had a prior appointment and Cllr Angela Burgess was "
            "on holiday.",
            "It was RESOLVED that a Maintenance Budget of £5000 be put forward provisionally under B4 - General "
            "Maintenance.",
            "ACTION: Cllr Brylewska to obtain a quote.",
        ],
        {"Brylewska", "Trehearne", "Buckley", "J Robins", "Gill Shawcross", "Houghton", "Angela Burgess"},
        {"Fenby Parish Council"},
    ),
    "district-parish": AuditPage(
        [
            "ASHBY AND DISTRICT PARISH COUNCIL",
            "MINUTES OF THE MEETING",
            "HELD 20th March 2025",
            "Present: Cllrs Eyres (Chair); Talbot-Jones; Fairfax; Cooke & Whiteley",
            "1 Member of the Public",
            "Mrs J. Cowper (Parish Clerk)",
            "• Ashby Road, Sloothby – Enforcement Officer had visited site and determined that the works were "
            "permitted development.",
            "103 ELDC/LCC UPDATES",
            "There was no LCC representative.",
            "Cllr Eyres (ELDC) had nothing to update members on.",
            "The Clerk confirmed the Council had been awarded a grant of £10,000 from Awards for All Lottery fund "
            "towards new play equipment and fence.",
        ],
        {"Eyres", "Talbot-Jones", "Fairfax", "Cooke", "Whiteley", "J Cowper"},
        {"Ashby and District Parish Council"},
        {"ELDC", "LCC", "Awards for All Lottery fund", "Awards for All"},
    ),
    "plan-meeting-attendees": AuditPage(
        [
            "Neighbourhood Plan Meeting 14th April 2025",
            "Attendees: Sally Chatham (Consultant), Katherine Du Preez, Dave Raynham, Michael Lane, Averil Wilkins, "
            "Ian Wilkins, Rachel Callan, Kevin O'Donovan, Trevor Jenks",
            "Apologies: Bev Davison",
            "Michael Lane was appointed Chairman and Trevor Jenks as Vice Chair.",
            "Sally Chathams quote was approved by the Parish Council and Sally updated attendees as to her role "
            "within the steering group.",
            "The application for the designation of the NM Neighbourhood area has been completed by the NMPC Clerk. "
            "The designated area is the Parish boundary as agreed with AVDC",
            "The Church Fete is 9th June.",
        ],
        {
            "Sally Chatham",
            "Katherine Du Preez",
            "Dave Raynham",
            "Michael Lane",
            "Averil Wilkins",
            "Ian Wilkins",
            "Rachel Callan",
            "Kevin O'Donovan",
            "Trevor Jenks",
            "Bev Davison",
        },
        set(),
        {"NMPC", "AVDC"},
    ),
    "steering-group-notes": AuditPage(
        [
            "Steering Group Meeting – The Red Lion – 22nd March 2025 – Meeting Notes",
            "Present: Lawrie Lowell / Tony Lafferty / Ken Gorton / Robin Hulme / Chris Hurlbert / Mark Jessop / "
            "Adam Fleming",
            "Apologies: Janet Shelton / Phil Dryden / Rebecca Roper",
            "The questionnaires are to be returned to Ken Gorton. Ken will try to get the bulk of the questionnaires "
            "to Data Harvest in Hereford in early April.",
            "Working with forecasts from Data Harvest, Ken and Chris have calculated a need for funds of £3960 for "
            "the next 6 months.",
        ],
        {
            "Lawrie Lowell",
            "Tony Lafferty",
            "Ken Gorton",
            "Robin Hulme",
            "Chris Hurlbert",
            "Mark Jessop",
            "Adam Fleming",
            "Janet Shelton",
            "Phil Dryden",
            "Rebecca Roper",
        },
        {"Data Harvest"},
    ),
    "plan-steering-consultant": AuditPage(
        [
            "Minutes of a Neighbourhood Plan Steering Group Meeting 28th August 2025 at 7.30pm at the Innisfield "
            "Community Centre",
            "Present: Cllrs J Reese (JR), C Prothero (CP) in the Chair, J Harrison (JH) A Davey (AD)",
            "In attendance: Mrs A Wright (AW) Parish Clerk, Dr David Nicholls MRTPI (DN) Neighbourhood Planning "
            "Consultant plus 12 members of the public",
            "The Chair, Cllr Carole Prothero, thanked everyone for coming along to the Meeting.",
            "He advised that Bramhope Village had already been subject to the full minimum housing allocation, to "
            "2031, of 77 dwellings.",
            "A Bramhope Village Hall Committee member, present at the meeting, accompanied a parish councillor to the "
            "Bramhope Village Hall to retrieve a box of completed questionnaires.",
        ],
        {"J Reese", "Carole Prothero", "J Harrison", "A Davey", "A Wright", "David Nicholls"},
        set(),
        {"Bramhope Village Hall Committee", "C Prothero"},
    ),
}


# Pages where a true name is not found yet (rules still missing)
MISSED_ON: dict[str, str] = {
    "town-council-apologies": "'Space to Play' (a body without an organisation word) is not read",
    "fire-board": "'by Rich Lomez': 'Rich' is an everyday word, left out of the given-names list",
    "parish-grant": "'HomeStart Lodges' (no organisation word) is not read",
    "steering-group-notes": "'Data Harvest' has no organisation word",
}
# Pages where a false name is still emitted
FALSE_ON: dict[str, str] = {
    "parish-agenda-guests": "'in the Yealand Institute, Spring Bank, Yealand': a venue and its street read as a "
    "body and a person (the street word 'Bank' is also a surname)",
}


@pytest.mark.parametrize("name", marked([pytest.param(name, id=name) for name in PAGES], FALSE_ON))
def test_every_emitted_name_is_true(name: str) -> None:
    """Precision: no person or organisation the conventions would not list (arguable names excepted)."""
    _missing_people, false_people, _missing_orgs, false_orgs = audit(PAGES[name])
    assert (false_people, false_orgs) == (set(), set())


@pytest.mark.parametrize("name", marked([pytest.param(name, id=name) for name in PAGES], MISSED_ON))
def test_every_true_name_is_found(name: str) -> None:
    missing_people, _false_people, missing_orgs, _false_orgs = audit(PAGES[name])
    assert (missing_people, missing_orgs) == (set(), set())
