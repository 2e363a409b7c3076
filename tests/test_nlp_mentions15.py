"""Round 19 (issue #6: attendance in columns): attendance and membership blocks of partnership boards, enterprise
partnerships, safeguarding boards, catchment and biodiversity partnerships, college and parish committees, printed
as columns: "Name   Organisation", "Name   Role   Organisation" without rules, "Name   Initials   Representing",
two people per row (members | officers), a body in brackets on the line under a name, "Name (Body)" attendee lists
and "Apologies: Name (Body), …".

Each page is drawn to a real PDF (reportlab) and read by pdf.read_document and extract.extract_document, because
column gaps only show in real lines. Each case keeps the structure and phrasing pattern of a real page but changes
names, places and numbers; the truth is what an annotator records by corpus/gold/README.md: people without titles,
named bodies (not posts, sectors or generic words such as "Private Sector", "secretariat"). The pages the patterns
were learned from:

- https://docsbay.net/doc/551736/worcestershire-local-enterprise-partnership (business board: "Dean Attwell(Chair)
  Oakland International" name | company columns, "In Attendance:", "Guests")
- https://docslib.org/doc/3434729/llep-board-minutes-6-aug-2019 ("Directors Representing" header; "Kevin Harris KH
  Private Sector LLEP Chair", "Cllr Terry Richardson TR Leicestershire District Councils")
- https://deploy.abcdocz.com/doc/1066438/minutes---lep-board---17.03.15-draft---council (Lancashire Enterprise
  Partnership: "Present" and "In Attendance" names side by side; "David Holmes (BAE Systems)")
- https://docsbay.net/dorset-local-enterprise-partnership-board ("Board Attendees:" "Alison Moore (AM)";
  "Presenting: David Ford and Anthony Story, Silicon South")
- https://docsbay.net/doc/445677/safeguarding-adults-partnership-board ("Names Present at Meeting / Role and
  organisation" columns without rules)
- https://studylib.net/doc/7816125/minute---norfolk-safeguarding-adults-board ("Michelle Allott – Norfolk & Suffolk
  Foundation Trust (rep Jane Sayer)"; a body wrapped onto the next line)
- http://www.fwr.org/Catchment/stgmtg01.htm (catchment steering group: "Maxine Forshaw (MF) Foundation for Water
  Research", "Apologies: Lesley Stoner (LS) Wycombe District Council")
- https://lbp.org.uk/meetings/PB/PB020201.htm (biodiversity partnership project board: "James Farrell (GLA)",
  "Apologies Andy Tomczynski (Thames Water), Ralph Gaines (London Wildlife Trust)")
- https://docslib.org/doc/13552648/cymru-older-peoples-alliance-board-of-trustees-meeting ("Attending: Steve Milsom
  (Chair), Ralph Stevens, … Rachel Dawson (Minutes)" via Zoom)
- https://appgcoronavirus.marchforchange.uk/21st_june_appg_meeting ("Non voting attendees: Tom Brufatto
  (secretariat), … Owen Sainsbury (office of Layla Moran MP)")
- https://docest.com/doc/663582/board-of-governors-governance-and-search-committee (college committee: "Members
  present: / Officers in attendance:" two columns, "Richard Ainscough, Chair (F) / Bob Deed, Clerk")
- https://info.5y1.org/kenny-freeland_1_cecd74.html (Freeland Parish Council: "Chairman: Vice-Chairman:
  Councillors:" label column beside a names column)
"""

from __future__ import annotations

import pytest

from agendaparse.evaluate import norm_name
from minutes_page import marked, rendered_names

HEAD = "** MINUTES OF THE MEETING HELD ON TUESDAY 4 MARCH 2025"
NAME_X, BODY_X = 56.0, 240.0


def pairs(*rows: tuple[str, str]) -> list:
    """Rows of two cells: a name at the left margin, its body (or post) in a column to the right."""
    return [[(NAME_X, left), (BODY_X, right)] for left, right in rows]


# (class-id, rows, people, organisations)
CASES = [
    # --- name | organisation -------------------------------------------------------------------------------------
    pytest.param(
        [HEAD, "PRESENT:"]
        + pairs(
            ("Dean Attley (Chair)", "Sanctuary Homes"),
            ("Carl Arnott", "Redditch Bosch Ltd"),
            ("Ken Wigley", "Federation of Small Businesses"),
            ("Margaret Grey", "Worcestershire County Council"),
        ),
        {"Dean Attley", "Carl Arnott", "Ken Wigley", "Margaret Grey"},
        {"Sanctuary Homes", "Redditch Bosch Ltd", "Federation of Small Businesses", "Worcestershire County Council"},
        id="name-org-lep",
    ),
    pytest.param(
        [HEAD, "Present:"]
        + pairs(
            ("Simon James", "Metropolitan Police"),
            ("Adam Moody", "Youth Justice Board"),
            ("Nadia Whyte", "Victim Support"),
        ),
        {"Simon James", "Adam Moody", "Nadia Whyte"},
        {"Metropolitan Police", "Youth Justice Board", "Victim Support"},
        id="name-org-police",
    ),
    pytest.param(
        [HEAD, "Attendees:"]
        + pairs(
            ("Maxine Forbes (MF)", "Foundation for Water Research"),
            ("Alison Hutter (AH)", "Environment Agency"),
            ("John Archer (JA)", "NFU"),
            ("Dick Greenway (DG)", "West Berkshire Countryside Society"),
            ("Daryl Hennessy (DH)", "Thames Water"),
        ),
        {"Maxine Forbes", "Alison Hutter", "John Archer", "Dick Greenway", "Daryl Hennessy"},
        {
            "Foundation for Water Research",
            "Environment Agency",
            "NFU",
            "West Berkshire Countryside Society",
            "Thames Water",
        },
        id="name-org-catchment-initials",
    ),
    # --- name | role | organisation without rules ----------------------------------------------------------------
    pytest.param(
        [HEAD, [(NAME_X, "Name"), (170.0, "Role"), (350.0, "Organisation")]]
        + [
            [(NAME_X, "Lyn Romer"), (170.0, "Assistant Director"), (350.0, "Camberley Council")],
            [(NAME_X, "Nancy Okoro"), (170.0, "Safeguarding Lead"), (350.0, "Camberley Police")],
            [(NAME_X, "Terry Baines"), (170.0, "Designated Nurse"), (350.0, "NHS North Camberley")],
        ],
        {"Lyn Romer", "Nancy Okoro", "Terry Baines"},
        {"Camberley Council", "Camberley Police", "NHS North Camberley"},
        id="name-role-org-sapb",
    ),
    pytest.param(
        [HEAD]
        + [
            [(NAME_X, "Cllr Alan Smith"), (190.0, "Chair"), (300.0, "Anytown Borough Council")],
            [(NAME_X, "Dr Priya Nair"), (190.0, "Vice Chair"), (300.0, "NHS Kent and Medway")],
            [(NAME_X, "Gary Thorne"), (190.0, "Member"), (300.0, "Kent Police")],
        ],
        {"Alan Smith", "Priya Nair", "Gary Thorne"},
        {"Anytown Borough Council", "NHS Kent and Medway", "Kent Police"},
        id="name-role-org-cllr",
    ),
    # --- name | initials | representing ----------------------------------------------------------------------------
    pytest.param(
        [HEAD, [(NAME_X, "Directors"), (250.0, "Representing")]]
        + [
            [(NAME_X, "Kevin Harrow"), (200.0, "KH"), (250.0, "Private Sector")],
            [(NAME_X, "Verity Hanson"), (200.0, "VH"), (250.0, "Further Education")],
            [(NAME_X, "Cllr Terry Richards"), (200.0, "TR"), (250.0, "Leicestershire District Councils")],
            [(NAME_X, "Sir Peter Soulby"), (200.0, "PS"), (250.0, "Leicester City Council")],
            [(NAME_X, "Scott Nowles"), (200.0, "SN"), (250.0, "Chamber of Commerce")],
        ],
        {"Kevin Harrow", "Verity Hanson", "Terry Richards", "Peter Soulby", "Scott Nowles"},
        {"Leicester City Council", "Chamber of Commerce"},
        id="representing-llep",
    ),
    # --- two people per row ------------------------------------------------------------------------------------------
    pytest.param(
        [HEAD, [(NAME_X, "Members present:"), (320.0, "Officers in attendance:")]]
        + [
            [(NAME_X, "Richard Ainsworth, Chair"), (320.0, "Bob Deeley, Clerk")],
            [(NAME_X, "Nick Burnley, Principal"), (320.0, "Helen Seecombe, Director of Finance")],
            [(NAME_X, "Peter Halford"), (320.0, "Len Hampton")],
        ],
        {"Richard Ainsworth", "Bob Deeley", "Nick Burnley", "Helen Seecombe", "Peter Halford", "Len Hampton"},
        set(),
        id="two-per-row-college",
    ),
    pytest.param(
        [HEAD, [(NAME_X, "Present"), (310.0, "In Attendance")]]
        + [
            [(NAME_X, "Edwin Boothby (Chair)"), (310.0, "Brian Bailey")],
            [(NAME_X, "Mark Blackwood"), (310.0, "Ruth Connell (Marketing Lancashire)")],
            [(NAME_X, "Graham Cowan"), (310.0, "Alan Cavell (Blackpool Council)")],
        ],
        {"Edwin Boothby", "Brian Bailey", "Mark Blackwood", "Ruth Connell", "Graham Cowan", "Alan Cavell"},
        {"Marketing Lancashire", "Blackpool Council"},
        id="two-per-row-lep",
    ),
    pytest.param(
        [HEAD, "Present:"]
        + [
            [(NAME_X, "Jo Hart"), (160.0, "Age UK"), (310.0, "Sam Ellis"), (420.0, "Citizens Advice")],
            [(NAME_X, "Ann Ford"), (160.0, "Kent Police"), (310.0, "Raj Mehta"), (420.0, "Kent County Council")],
        ],
        {"Jo Hart", "Sam Ellis", "Ann Ford", "Raj Mehta"},
        {"Age UK", "Citizens Advice", "Kent Police", "Kent County Council"},
        id="two-pairs-per-row",
    ),
    # --- body in brackets on the next line ---------------------------------------------------------------------------
    pytest.param(
        [
            HEAD,
            "Present:",
            "Michelle Allen",
            "(Norfolk and Suffolk NHS Foundation Trust)",
            "Pete Horner",
            "(Norfolk Constabulary)",
            "Karina Kendall",
            "(Alzheimer's Society)",
        ],
        {"Michelle Allen", "Pete Horner", "Karina Kendall"},
        {"Norfolk and Suffolk NHS Foundation Trust", "Norfolk Constabulary", "Alzheimer's Society"},
        id="bracket-next-line",
    ),
    # --- "Name (Body)" attendee lists --------------------------------------------------------------------------------
    pytest.param(
        [
            HEAD,
            "Niall Machell (chair)",
            "James Farrow (GLA)",
            "Alister Hayward (LB Bromley)",
            "Peter Massey (English Nature)",
            "Steve Gilbey (RSPB)",
        ],
        {"Niall Machell", "James Farrow", "Alister Hayward", "Peter Massey", "Steve Gilbey"},
        {"GLA", "LB Bromley", "English Nature", "RSPB"},
        id="virtual-name-body-lines",
    ),
    pytest.param(
        [
            HEAD,
            "Attendees (via Microsoft Teams): Jane Doe (Age UK), Tom Hale (NHS Kent and Medway), "
            "Priya Shah (Healthwatch Kent), Owen Sands (secretariat)",
        ],
        {"Jane Doe", "Tom Hale", "Priya Shah", "Owen Sands"},
        {"Age UK", "NHS Kent and Medway", "Healthwatch Kent"},
        id="virtual-inline-list",
    ),
    pytest.param(
        [HEAD, "Attending: Steve Milton (Chair), Ralph Stevenson, Lyn Flynn, Gaynor Davis, Rachel Dawes (Minutes)."],
        {"Steve Milton", "Ralph Stevenson", "Lyn Flynn", "Gaynor Davis", "Rachel Dawes"},
        set(),
        id="virtual-roles-only",
    ),
    # --- apologies ---------------------------------------------------------------------------------------------------
    pytest.param(
        [
            HEAD,
            "Apologies: Tom Hale (NHS Kent and Medway), Andy Tomlin (Thames Water), Ralph Gaynes (London "
            "Wildlife Trust)",
        ],
        {"Tom Hale", "Andy Tomlin", "Ralph Gaynes"},
        {"NHS Kent and Medway", "Thames Water", "London Wildlife Trust"},
        id="apologies-bracketed",
    ),
    pytest.param(
        [HEAD, "Apologies:"]
        + pairs(("Lesley Stone (LS)", "Wycombe District Council"), ("Sally Waldron (SW)", "Berkshire Farming Society")),
        {"Lesley Stone", "Sally Waldron"},
        {"Wycombe District Council", "Berkshire Farming Society"},
        id="apologies-columns",
    ),
    # --- label column beside names ----------------------------------------------------------------------------------
    pytest.param(
        [HEAD, "PRESENT:"]
        + pairs(
            ("Chairman:", "Peter Newall"),
            ("Vice-Chairman:", "Robert Crocket"),
            ("Councillors:", "Mary Canning, Peter Forster, Bill Philips"),
            ("Clerk:", "Lisa Smythe"),
        ),
        {"Peter Newall", "Robert Crocket", "Mary Canning", "Peter Forster", "Bill Philips", "Lisa Smythe"},
        set(),
        id="label-column-parish",
    ),
    pytest.param(
        [
            HEAD,
            "Presenting: David Ford and Anthony Storey, Silicon Vale",
            "Board Attendees:",
            "Alison Moore (AM)",
            "Bruce Grant-Braham (BG)",
            "Gordon Page (GP) - Chair",
        ],
        {"David Ford", "Anthony Storey", "Alison Moore", "Bruce Grant-Braham", "Gordon Page"},
        {"Silicon Vale"},
        id="presenting-then-initials",
    ),
]


# open at the end of round 19 (not ambiguous truth: rules still missing), marked so the suite records them
BODY_CELL = "a column cell beside a name that carries no body word is not read as an organisation"
OPEN_PEOPLE = {
    "presenting-then-initials": "'Presenting: A and B, Silicon Vale' reads the body after the comma as a person",
}
OPEN_ORGANISATIONS = {
    "two-per-row-lep": BODY_CELL,
    "presenting-then-initials": "'Silicon Vale' after 'Presenting: … ,' carries no body word",
}


@pytest.mark.parametrize(("rows", "people", "organisations"), marked(CASES, OPEN_PEOPLE))
def test_people(tmp_path, rows, people, organisations):
    found, _ = rendered_names(tmp_path / "page.pdf", rows)
    assert found == {norm_name(name) for name in people}


@pytest.mark.parametrize(("rows", "people", "organisations"), marked(CASES, OPEN_ORGANISATIONS))
def test_organisations(tmp_path, rows, people, organisations):
    _, found = rendered_names(tmp_path / "page.pdf", rows)
    assert found == {norm_name(name) for name in organisations}
