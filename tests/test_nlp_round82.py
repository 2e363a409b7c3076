"""Round 82 (issue #6: people and organisations in minutes, action logs and plans of bodies no earlier round drew): a
safeguarding adults board's and a domestic abuse local partnership board's attendance blocks (each member's body in
brackets or after a dash, "In attendance:" and "Apologies:" with bodies), a health protection board's acronyms used
alone after one spelled-out mention and acronyms never spelled out, a community safety plan's lead-organisation cells
("KCC / Kent Police", "All partners", "District councils", "CSP"), bodies in the possessive or in lower case, a body
named only by its website or e-mail address, a village hall committee's firms and charities named once in passing
and its members named by first name only, an armed forces covenant board's ranks and post-nominals, signature lines,
and words that are no bodies (a council's teams, funds, programmes, buildings, Acts, places, "the Government", days
and months in capitals). Read through the real NLP pass on a minutes page of a partnership board (BOARD_HEADING; the
board holding the meeting is left out, as the organisation suites leave out the parish council).

Conventions (corpus/gold/README.md): people are every named individual without titles, ranks or letters ("Supt",
"DCI", "Prof. Sir", "KBE"), as "First Last" where printed; initials-only references are no people; organisations
are named bodies (councils, departments, companies, charities, police forces), not generic words; an acronym
printed with its full name is one organisation, the full name; an acronym the page never spells out is kept as
printed (rounds 41 and 42: "DWP", "ICB", "CCG"); a council's teams and units are no organisations (stop 25). Decided
here where the rules are silent:
- "VCSE" (voluntary, community and social enterprise) names a sector, not a body; "All partners" and "District
  councils" in a plan's lead cell name no one body.
- A web or e-mail address is no name of a body (stop 35 reads a council named only by its domain as no body).
- A first name alone of a member the page lists in full is that member, no second person (stop 25 left a first name
  alone unsettled; it is never a person of its own here).

Names are compared as `agendaparse eval` compares them.

Pass before (HEAD 2f964c0): 33 of 40 (the first run said 32: one case's own "not people" normalised to a name it
wanted, and was mended before any change). The misses: "Churches Together in Lenham" in an apologies bracket not read
(a national network's local body named "in <Place>", as "Mind in Bexley"); "Clarion Housing Group" not read, and once
read it was dropped as the meeting's own group because an apologies sentence stood among the page's first four lines
(a heading line read for the meeting's own board); "Lt Col (Retd) Simon Blake" gave the person "Col" (a title read as
a surname, "(Retd)" between the ranks and the name); "Owner: DS Neil Grant" gave no person ("DS" no rank); "Signed: J.
Hartley (Chair)" gave no person; "Lead: KCC / Kent Police" and "Lead: CSP" gave neither acronym (a plan's lead cell:
no word around the capitals that tells a body).

After: 40 of 40, no strict xfails. The fix (nlp/organisations.py, nlp/names.py, nlp/patterns.py; one call in
nlp/mentions.py): "Churches Together in <Place>" is a local branch (LOCAL_BRANCH_RE); "<Name> Housing Group" heads a
housing association's name (BODY_HEAD; not a "Working", "Steering", "Advisory" or "Strategic" one); the page-1 heading
lines read for the meeting's own board leave out a line of attendance ("Apologies …", "Present …": ATTENDANCE_LINE_
HEAD_RE) and a sentence of eight words or more ending in a lower-case word and a full stop (SENTENCE_END_RE); the ranks
"DS", "Col", "Colonel", "Lt Col", "Brigadier", "Wing Commander", "Sqn Ldr" and a "(Retd)" after them are titles
(TITLE_WORDS); a signature line names its signer ("Signed: J. Hartley (Chair)", "Signed by Ann Price, Chair":
names.signed_people, never "Signed Chair"); capitals alone in a lead cell ("Lead: KCC / Kent Police", "Lead agencies:
ICB, DWP and KFRS", "Lead organisation: CSP") are bodies unless a person's initials (organisations.lead_cell_acronyms).
A second draw of 6 cases (class 12: "Signed by …" and "Signed Chair", a lead cell holding a listed member's initials,
lead agencies listed, "Sanctuary Housing Group" and "Churches Together in England" in the first lines, "Colonel" and
"Brigadier … (Retd)", "Col 3" and "the Major Road Network" that are no people) was written after the fix: 5 of 6
against HEAD, 46 of 46 after.
"""

from __future__ import annotations

import pytest

from agendaparse.evaluate import norm_name
from minutes_page import minutes_page, names_case, organisations_on_page, people_on_page

BOARD_BODY = "Marlshire Safeguarding Adults Board"
BOARD_HEADING = [BOARD_BODY, "Minutes of the Board meeting", "Thursday 14 November 2024, 10.00am, Sessions House"]


def board_names(paragraphs: list[str]) -> tuple[set[str], set[str]]:
    """The organisations (besides the board holding the meeting) and the people a board minutes page of
    ``paragraphs`` names, as eval compares them."""
    page = minutes_page([*BOARD_HEADING, *paragraphs])
    organisations = {norm_name(name) for name in organisations_on_page(page)} - {norm_name(BOARD_BODY)}
    return organisations, {norm_name(name) for name in people_on_page(page)}


# --- class 1: attendance blocks of partnership boards -------------------------------------------------------------
ATTENDANCE = [
    names_case(
        ["Present: Supt J Bloggs (Kent Police), Dr A Ng (NHS Kent and Medway), Ms R Patel (Age UK Canterbury)"],
        {"Kent Police", "NHS Kent and Medway", "Age UK Canterbury"},
        {"Supt J Bloggs"},
        "present-ranks-and-bodies-in-brackets",
        people={"J Bloggs", "A Ng", "R Patel"},
        not_people={"Supt J Bloggs", "Kent Police"},
    ),
    names_case(
        [
            "In attendance: Station Manager Mark Dunn (Marlshire Fire and Rescue Service), Lisa Carr (DWP), Tom Hale"
            " (Marlshire CVS)"
        ],
        {"Marlshire Fire and Rescue Service", "DWP", "Marlshire CVS"},
        {"Station Manager Mark Dunn"},
        "in-attendance-station-manager",
        people={"Mark Dunn", "Lisa Carr", "Tom Hale"},
        not_people={"Station Manager Mark Dunn", "Manager Mark Dunn"},
    ),
    names_case(
        [
            "Apologies: Ch Supt Helen Ward (Marlshire Police), Jo Fry (Probation Service), Revd Alan Moss (Churches"
            " Together in Lenham)"
        ],
        {"Marlshire Police", "Probation Service", "Churches Together in Lenham"},
        set(),
        "apologies-with-bodies",
        people={"Helen Ward", "Jo Fry", "Alan Moss"},
        not_people={"Ch Supt Helen Ward", "Supt Helen Ward"},
    ),
    names_case(
        [
            "Present:",
            "Cllr Ann Price – Lenham Borough Council (Chair)",
            "Mike Orr – Marlshire and Medway ICB",
            "Dawn Slade – Healthwatch Marlshire",
        ],
        {"Lenham Borough Council", "Marlshire and Medway ICB", "Healthwatch Marlshire"},
        {"Chair"},
        "present-one-per-line-after-dash",
        people={"Ann Price", "Mike Orr", "Dawn Slade"},
    ),
    names_case(
        [
            "Apologies were received from Inspector Kev Shaw (Marlshire Police) and from Clarion Housing Group.",
        ],
        {"Marlshire Police", "Clarion Housing Group"},
        set(),
        "apologies-sentence-inspector",
        people={"Kev Shaw"},
        not_people={"Inspector Kev Shaw"},
    ),
    names_case(
        ["Kent Police – DI Sam Roe; Kent Fire and Rescue Service – GC Lee Parr; Medway Council – Amy Cole"],
        {"Kent Police", "Kent Fire and Rescue Service", "Medway Council"},
        set(),
        "body-then-person-after-dash",
        people={"Sam Roe", "Lee Parr", "Amy Cole"},
        not_people={"DI Sam Roe", "GC Lee Parr"},
    ),
]

# --- class 2: acronyms after one full mention and acronyms never spelled out ----------------------------------------
ACRONYMS = [
    names_case(
        [
            "The Marlshire Fire and Rescue Service (MFRS) presented its prevention plan. MFRS will share its data with"
            " the district councils."
        ],
        {"Marlshire Fire and Rescue Service"},
        {"MFRS", "district councils"},
        "full-name-then-acronym-alone",
    ),
    names_case(
        ["KFRS and the ICB reported on winter pressures; DWP colleagues joined the discussion."],
        {"KFRS", "ICB", "DWP"},
        set(),
        "acronyms-never-spelled-out",
    ),
    names_case(
        ["The VCSE sector was represented by three charities; VCSE partners welcomed the new grant round."],
        set(),
        {"VCSE"},
        "vcse-is-a-sector",
    ),
    names_case(
        [
            "UKHSA advised on the outbreak; the UK Health Security Agency's guidance was circulated to care homes by"
            " the CCG."
        ],
        {"UK Health Security Agency", "CCG"},
        {"UKHSA"},
        "acronym-first-then-full-name",
    ),
]

# --- class 3: lead-organisation cells of plans -----------------------------------------------------------------------
LEADS = [
    names_case(
        ["1.1 Map hotspots of street drinking   Lead: KCC / Kent Police   Due: March 2025"],
        {"KCC", "Kent Police"},
        {"KCC / Kent Police"},
        "lead-cell-two-bodies-by-slash",
    ),
    names_case(
        ["1.2 Share the partnership's training offer   Lead: All partners   Due: Ongoing"],
        set(),
        {"All partners", "partners"},
        "lead-cell-all-partners",
    ),
    names_case(
        ["1.3 Review the public space protection orders   Lead: District councils   Due: June 2025"],
        set(),
        {"District councils", "District"},
        "lead-cell-district-councils",
    ),
    names_case(
        ["1.4 Publish the annual strategic assessment   Lead: CSP   Due: April 2025"],
        {"CSP"},
        set(),
        "lead-cell-csp",
    ),
    names_case(
        ["Lead organisation: Marlshire County Council / NHS Marlshire and Medway"],
        {"Marlshire County Council", "NHS Marlshire and Medway"},
        {"Marlshire County Council / NHS Marlshire and Medway"},
        "lead-organisation-line-two-bodies",
    ),
]

# --- class 4: possessives and lower case ----------------------------------------------------------------------------
POSSESSIVE = [
    names_case(
        ["Kent Police's licensing officers had objected to the application; the council's officers had not."],
        {"Kent Police"},
        {"Kent Polices", "council"},
        "police-possessive",
    ),
    names_case(
        ["The Environment Agency's flood wardens and Marlshire Wildlife Trust's volunteers cleared the culvert."],
        {"Environment Agency", "Marlshire Wildlife Trust"},
        {"Environment Agencys", "Marlshire Wildlife Trusts"},
        "two-possessive-bodies",
    ),
    names_case(
        ["It was noted that the police and the county council would share the cost with the district council."],
        set(),
        {"police", "county council", "district council"},
        "generic-lower-case-bodies",
    ),
]

# --- class 5: a body named only by its website or e-mail domain ------------------------------------------------------
DOMAINS = [
    names_case(
        ["Further information on the carers' support offer is available at www.marlshirecarers.org.uk."],
        set(),
        {"marlshirecarers.org.uk", "www.marlshirecarers.org.uk"},
        "website-is-no-body",
    ),
    names_case(
        ["Referrals should be sent to referrals@lenhamfoodbank.org.uk or by telephone on 01622 555123."],
        set(),
        {"lenhamfoodbank.org.uk", "referrals@lenhamfoodbank.org.uk"},
        "email-is-no-body",
    ),
]

# --- class 6: firms and charities named once in passing -------------------------------------------------------------
IN_PASSING = [
    names_case(
        ["A quote from Smith & Sons Ltd of £2,400 for the new fencing was accepted."],
        {"Smith & Sons Ltd"},
        set(),
        "firm-with-ampersand-in-passing",
    ),
    names_case(
        ["Quotes were received from Greenway Landscapes Ltd and Oak Tree Arboriculture Limited for the hedge work."],
        {"Greenway Landscapes Ltd", "Oak Tree Arboriculture Limited"},
        set(),
        "two-firms-quoting",
    ),
    names_case(
        ["Donations of £250 to the Kent Air Ambulance Trust and £100 to the Lenham Community Larder were agreed."],
        {"Kent Air Ambulance Trust"},
        set(),
        "charity-donation-in-passing",
    ),
]

# --- class 7: first names only in small bodies' minutes ------------------------------------------------------------
FIRST_NAMES = [
    names_case(
        [
            "Present: Sue Walker (Chair), Dave Penn (Treasurer), Ann Lowe (Secretary)",
            "Sue agreed to contact the hall's insurers. Dave reported that the boiler had been serviced.",
        ],
        set(),
        {"Sue", "Dave"},
        "first-names-of-listed-members",
        people={"Sue Walker", "Dave Penn", "Ann Lowe"},
        not_people={"Sue", "Dave"},
    ),
    names_case(
        [
            "Present: Sue Walker (Chair), Dave Penn (Treasurer), Ann Lowe (Secretary)",
            "Action: Ann to book the hall for the Christmas Fair; Dave to pay the invoice from Lenham Electrical Ltd.",
        ],
        {"Lenham Electrical Ltd"},
        {"Ann", "Christmas Fair"},
        "first-names-in-an-action-line",
        people={"Ann Lowe", "Dave Penn"},
        not_people={"Ann", "Dave", "Christmas Fair"},
    ),
]

# --- class 8: ranks and post-nominals ------------------------------------------------------------------------------
RANKS = [
    names_case(
        ["DCI Jane Moss presented the domestic homicide review action plan."],
        set(),
        {"DCI"},
        "dci-rank",
        people={"Jane Moss"},
        not_people={"DCI Jane Moss"},
    ),
    names_case(
        ["Prof. Sir Alan Roe KBE chaired the item and thanked Dr Priya Nair FRCP for her report."],
        set(),
        {"KBE", "FRCP"},
        "professor-sir-kbe-and-frcp",
        people={"Alan Roe", "Priya Nair"},
        not_people={"Priya Nair FRCP", "Alan Roe KBE Chaired", "FRCP"},
    ),
    names_case(
        ["Lt Col (Retd) Simon Blake MBE, the Armed Forces Champion, and Sgt Amy Cole of the Royal British Legion."],
        {"Royal British Legion"},
        {"Armed Forces Champion"},
        "lieutenant-colonel-retired-and-sergeant",
        people={"Simon Blake", "Amy Cole"},
        not_people={"Col", "Lt Col", "Retd", "Sgt Amy Cole", "Armed Forces Champion"},
    ),
    names_case(
        ["The Revd Canon Judith Hale and PC 4412 Dan Hart attended for the faith forum and the police."],
        set(),
        set(),
        "canon-and-numbered-constable",
        people={"Judith Hale", "Dan Hart"},
        not_people={"Canon Judith Hale", "PC Dan Hart"},
    ),
]

# --- class 9: signature lines --------------------------------------------------------------------------------------
SIGNATURES = [
    names_case(
        ["Signed ....................................... Chairman", "Date ......................."],
        set(),
        {"Chairman", "Signed"},
        "dotted-signature-line",
        not_people={"Signed", "Chairman"},
    ),
    names_case(
        ["Signed: J. Hartley (Chair)   Date: 12 March 2025"],
        set(),
        {"Chair"},
        "signed-with-initial-and-chair",
        people={"J Hartley"},
        not_people={"Signed J Hartley"},
    ),
]

# --- class 10: words that are no bodies ----------------------------------------------------------------------------
NOT_BODIES = [
    names_case(
        ["The Community Safety Team and the Anti-Social Behaviour Unit will lead the operation in the town centre."],
        set(),
        {"Community Safety Team", "Anti-Social Behaviour Unit"},
        "teams-and-units",
    ),
    names_case(
        ["The Safer Streets Fund bid and the Changing Futures Programme were discussed under this item."],
        set(),
        {"Safer Streets Fund", "Changing Futures Programme"},
        "fund-and-programme",
    ),
    names_case(
        ["The next session will be held at Lenham Village Hall and the following one at the Gateway, Maidstone."],
        set(),
        {"Lenham Village Hall", "Gateway", "Maidstone"},
        "buildings-and-places",
    ),
    names_case(
        ["The duties under the Domestic Abuse Act 2021 and the Care Act 2014 were noted."],
        set(),
        {"Domestic Abuse Act 2021", "Care Act 2014", "Domestic Abuse Act", "Care Act"},
        "acts",
    ),
    names_case(
        ["The Government has announced a consultation on the duty; HM Government guidance is expected in the spring."],
        set(),
        {"Government", "HM Government guidance"},
        "the-government",
    ),
    names_case(
        ["NEXT MEETING: THURSDAY 12 JUNE 2025 AT 10.00AM", "MONDAY 3 MARCH – BOARD DEVELOPMENT SESSION"],
        set(),
        {"THURSDAY", "JUNE", "MONDAY", "MARCH", "NEXT MEETING", "BOARD DEVELOPMENT SESSION"},
        "days-and-months-in-capitals",
    ),
    names_case(
        ["Referrals rose in Ashford, Swale and Thanet, and fell in Dover and Folkestone and Hythe."],
        set(),
        {"Ashford", "Swale", "Thanet", "Dover", "Folkestone and Hythe"},
        "districts-as-places",
    ),
]

# --- class 11: action log rows naming bodies -------------------------------------------------------------------------
LOG_ROWS = [
    names_case(
        ["AP12   Refresh the MARAC referral pathway   Owner: Oasis Domestic Abuse Service   Status: Complete"],
        {"Oasis Domestic Abuse Service"},
        {"MARAC referral pathway"},
        "log-row-owner-charity",
    ),
    names_case(
        ["AP13   Kent Police and Medway Council to agree a data sharing protocol   Owner: DS Neil Grant   Open"],
        {"Kent Police", "Medway Council"},
        set(),
        "log-row-bodies-and-detective-sergeant",
        people={"Neil Grant"},
        not_people={"DS Neil Grant"},
    ),
]

# --- class 12 (drawn after the fix): the new rules' edges -------------------------------------------------------------
SECOND_DRAW = [
    names_case(
        ["Signed by Ann Price, Chair", "Signed Chair   Date 12 March 2025"],
        set(),
        {"Chair"},
        "signed-by-name-and-signed-post",
        people={"Ann Price"},
        not_people={"Chair", "Chair Date", "Signed Chair"},
    ),
    names_case(
        [
            "Present: John R Bell (JRB), Mia Ford (MF)",
            "2.1 Refresh the carers' leaflet   Lead: JRB   Due: May 2025",
        ],
        set(),
        {"JRB", "MF"},
        "lead-cell-initials-are-no-body",
        people={"John R Bell", "Mia Ford"},
    ),
    names_case(
        ["Lead agencies: ICB, DWP and KFRS", "Delivery partners: All partners"],
        {"ICB", "DWP", "KFRS"},
        {"All partners"},
        "lead-agencies-listed",
    ),
    names_case(
        [
            "The Sanctuary Housing Group and Churches Together in England responded; the Housing Working Group met.",
        ],
        {"Sanctuary Housing Group", "Churches Together in England"},
        set(),
        "housing-group-and-churches-together",
    ),
    names_case(
        ["Colonel Ruth Amos and Brigadier Tim Shaw (Retd) represented the Reserve Forces' and Cadets' Association."],
        set(),
        {"Colonel", "Brigadier"},
        "colonel-and-brigadier",
        people={"Ruth Amos", "Tim Shaw"},
        not_people={"Colonel Ruth Amos", "Brigadier Tim Shaw", "Colonel", "Brigadier"},
    ),
    names_case(
        ["Col 3 of the table shows the referrals; the Major Road Network bid was noted."],
        set(),
        set(),
        "col-and-major-no-titles",
        not_people={"Col", "Major Road Network", "Road Network"},
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "wanted", "absent", "people", "not_people"),
    ATTENDANCE
    + ACRONYMS
    + LEADS
    + POSSESSIVE
    + DOMAINS
    + IN_PASSING
    + FIRST_NAMES
    + RANKS
    + SIGNATURES
    + NOT_BODIES
    + LOG_ROWS
    + SECOND_DRAW,
)
def test_round82(
    paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str], not_people: set[str]
) -> None:
    organisations, found_people = board_names(paragraphs)
    assert {norm_name(name) for name in wanted} <= organisations, organisations
    assert not {norm_name(name) for name in absent} & organisations, organisations
    assert {norm_name(name) for name in people} <= found_people, found_people
    assert not {norm_name(name) for name in not_people} & found_people, found_people
