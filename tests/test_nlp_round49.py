"""Round 49 (issue #6: attendance lists feed people, organisations and owner initials): eight whole first pages of
minutes whose attendance is printed in the shapes real minutes use, drawn to PDFs, read end to end by
``extract_document`` and scored by ``agendaparse.evaluate`` on people P/R and organisations P/R against gold written
by corpus/gold/README.md; the initials map the owner resolver sees (``nlp.owners.initials_map``) is checked against
each document's printed initials. Each keeps the structure and phrasing of a real body's page, with names, places and
figures changed. Sources (bodies not cited by earlier suites):

- http://southchilternscatchmentpartnership.org/minutes.htm (catchment partnership steering group: a two-column
  "Present   Representing" block without rules, "Alison Love (AL)   Catchment Coordinator, Environment Agency",
  "Apologies were received from X of Body, Y of Body, …")
- http://southchilternscatchmentpartnership.org/stgmtg06.htm ("Participant   Representing" one name and body a line)
- https://marchmontandsciennes.blogspot.com/2020/01/mscc-october-2019-minutes.html (community council: "Present: –
  Cllr X (Chair), Y (Minute Secretary), Z (Police), W (Thirlestane Lane Association) …" run on over lines)
- https://dockets.alexandriava.gov/dsr/fy07dock.nsf/536ee1fcf306fd108525704b0064fc94/a0f42537221a7e8b85257204006db7db.html
  (US city council roll call: "Present: Mayor X, Vice Mayor Y, Members of Council …; Absent: None. Also Present:
  Mr. X, City Manager; Ms. Y, Director, Office of Housing; …")
- https://docsbay.net/kincorth-leggart-community-council (Scottish community council: "Present : Name Chairman, Name
  Secretary, …, Councillor X, Inspector Y"), with "Sederunt" as Scottish minutes head the list
- https://committees.parliament.uk/oralevidence/10499/html/ (select committee: "Members present: Lord X (The Chair);
  Lord Y; Baroness Z." and "Witnesses: Name, Post, Body; Name, Post, Body.")
- https://docslib.org/doc/12384930/boat-of-garten-and-vicinity-community-council (inaugural meeting: "Present:
  Chairperson (… Ward Manager): Name CC members: A, B and C Ex officio: Cllr. X Residents: …",
  "Apologies were received from: Name")
- https://www.fwr.org/ was cited before; its "Attendees: Name (MF) Body" page is not used here.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from pathlib import Path

import pytest

from agendaparse.evaluate import all_figures, predicted_dict, score_document
from agendaparse.nlp.owners import initials_map
from segment_cases import render
from whole_minutes import WholeMinutes


def _figures_and_initials(document: WholeMinutes, tmp_path: Path) -> tuple[dict, dict[str, str]]:
    path = tmp_path / f"{document.name}.pdf"
    pages = render(path, document.rows, head=document.head, foot=document.foot, from_page=document.from_page)
    counts = score_document(document.gold(), predicted_dict(path, fast=True))
    figures = {s: f for s, f in all_figures(counts).items() if s in ("people", "organisations")}
    return figures, initials_map(pages)


CATCHMENT_PARTNERSHIP = WholeMinutes(
    name="catchment-partnership",
    body_class="two-column-representing",
    head="Catchment Partnership Steering Group - 14 May 2026",
    foot="Draft minutes",
    rows=[
        "# Minutes of Lower Brent Catchment Partnership Steering Group Meeting",
        "## Held at Environment Agency, Kestrel House, Wallbridge, Tuesday 14th May 2026",
        [(56, "Present", True), (230, "Representing", True)],
        [(56, "Fiona Marsh (FM)"), (230, "Catchment Coordinator, Environment Agency")],
        [(56, "Colette Ibbotson"), (230, "Natural England")],
        [(56, "Samir Rahman"), (230, "Forestry Commission")],
        [(56, "Clare Innocent"), (230, "Severn Trent Water")],
        [(56, "Michael Overend"), (230, "Revive the Brent")],
        [(56, "Stuart Kendal"), (230, "Fisheries Technical Officer, Environment Agency")],
        [(56, "Robert Frome (RF)"), (230, "Catchment Host, Foundation for River Research")],
        "Apologies were received from Brian Conway of Westfield Countryside Society, Kay Lucas of Brent Valley Flood",
        "Forum and Joanna Clegg of the University of Wallbridge.",
        "** 1. Welcome, apologies and introductions",
        "RF welcomed those present. Participants introduced themselves and their affiliation.",
        "** 2. Minutes of the previous meeting",
        "The minutes of the meeting held on 20th February were accepted and will be placed on the website.",
        "ACTION: FM to circulate the revised catchment plan to members by 30 June 2026.",
    ],
    actions=[],
    people=[
        "Fiona Marsh",
        "Colette Ibbotson",
        "Samir Rahman",
        "Clare Innocent",
        "Michael Overend",
        "Stuart Kendal",
        "Robert Frome",
        "Brian Conway",
        "Kay Lucas",
        "Joanna Clegg",
    ],
    organisations=[
        "Environment Agency",
        "Natural England",
        "Forestry Commission",
        "Severn Trent Water",
        "Revive the Brent",
        "Foundation for River Research",
        "Westfield Countryside Society",
        "Brent Valley Flood Forum",
        "University of Wallbridge",
    ],
    notes=["The partnership is the meeting's own body: not listed."],
)

PARTICIPANT_LINES = WholeMinutes(
    name="participant-lines",
    body_class="name-comma-body-lines",
    head="Steering Group - 17 March 2026",
    foot="Lower Brent Catchment Project",
    rows=[
        "# Minutes of Meeting of Lower Brent Catchment Project: Steering Group",
        "## Held at Manor Farm, Hewbury Park, Wallbridge, Friday 17th March 2026",
        "Present:",
        "Alan Beecroft, Chalk Streams Project",
        "Alice Fuller, Environment Agency",
        "Jonah Jessop, Royal Yachting Association",
        "Tom Ormerod, National Farmers Union",
        "Philip Simkins, Wycombe District Council",
        "Rebecca Tibbs, Natural England",
        "Neil Tytherley, Foundation for River Research",
        "Apologies: Sally Walling, Westfield Farming Project; David Wales, Thames Fisheries Consultative",
        "** 1. Welcome, apologies and introductions",
        "Neil Tytherley welcomed everyone to the meeting and thanked them for attending.",
        "Rebecca Tibbs will be replaced by Charlotte Elmore, also from Natural England.",
    ],
    actions=[],
    people=[
        "Alan Beecroft",
        "Alice Fuller",
        "Jonah Jessop",
        "Tom Ormerod",
        "Philip Simkins",
        "Rebecca Tibbs",
        "Neil Tytherley",
        "Sally Walling",
        "David Wales",
        "Charlotte Elmore",
    ],
    organisations=[
        "Chalk Streams Project",
        "Environment Agency",
        "Royal Yachting Association",
        "National Farmers Union",
        "Wycombe District Council",
        "Natural England",
        "Foundation for River Research",
        "Westfield Farming Project",
        "Thames Fisheries Consultative",
    ],
)

RUN_ON_COMMUNITY_COUNCIL = WholeMinutes(
    name="run-on-community-council",
    body_class="run-on-brackets",
    head="Community Council - October 2026",
    foot="Minutes",
    rows=[
        "# Minutes of Bruntwood & Sciennes Community Council",
        "## Meeting of Wed 21 October 2026 at St Cuthbert's Church Halls, Beaufort Road",
        "Present: Cllr Callum Rowe (Chair), Eilidh O'Dowd (Minute Secretary), Kirsty Nelson (Police), Andrew",
        "Holmwood (Thirlestane Lane Association), Anne Lang (BSCC), Brian Gilmour (BSCC), Nigel Ayres (Grange",
        "Association), Stuart Toller (University of Edinburgh), Cllr Mandy Watts (City of Edinburgh Council).",
        "Apologies: Ian Murdoch, Douglas Rodger.",
        "** Police Report",
        "Kirsty Nelson reported that the policing team had carried out road checks on Grange Road.",
    ],
    actions=[],
    people=[
        "Callum Rowe",
        "Eilidh O'Dowd",
        "Kirsty Nelson",
        "Andrew Holmwood",
        "Anne Lang",
        "Brian Gilmour",
        "Nigel Ayres",
        "Stuart Toller",
        "Mandy Watts",
        "Ian Murdoch",
        "Douglas Rodger",
    ],
    organisations=[
        "Thirlestane Lane Association",
        "Grange Association",
        "University of Edinburgh",
        "City of Edinburgh Council",
        "Bruntwood & Sciennes Community Council",
    ],
    notes=[
        "'(Police)' is a generic word: not listed. The community council's own meeting: listed, as the dev golds do.",
        "'(BSCC)' after members is the same council's acronym: not a second entry.",
    ],
)

US_ROLL_CALL = WholeMinutes(
    name="us-roll-call",
    body_class="us-roll-call",
    head="Regular Meeting - October 10, 2026",
    foot="City Council Minutes",
    rows=[
        "# CITY OF FAIRHAVEN",
        "## REGULAR MEETING OF THE CITY COUNCIL - TUESDAY, OCTOBER 10, 2026",
        "Present: Mayor William Eustace, Vice Mayor Dana Macready, Members of Council Ludwig Gaines, Rosa Kreuger,",
        "Paul Pepperell and Justin Wilkes.",
        "Absent: Councilmember Hal Montrose.",
        "Also Present: Jim Hartigan, City Manager; Ignacio Pessina, City Attorney; Mark Jenkins, Deputy City",
        "Manager; Margaret Dalby, Director, Office of Housing; Ray Cochrane, Division Chief, Office of Housing.",
        "Recorded by: Gloria Sutton, Deputy City Clerk.",
        "** OPENING",
        "1. Calling the Roll. The meeting was called to order by Mayor Eustace, and the Deputy City Clerk called the",
        "roll; all the members of the Council were present except Councilmember Montrose.",
    ],
    actions=[],
    people=[
        "William Eustace",
        "Dana Macready",
        "Ludwig Gaines",
        "Rosa Kreuger",
        "Paul Pepperell",
        "Justin Wilkes",
        "Hal Montrose",
        "Jim Hartigan",
        "Ignacio Pessina",
        "Mark Jenkins",
        "Margaret Dalby",
        "Ray Cochrane",
        "Gloria Sutton",
    ],
    organisations=["City of Fairhaven", "Office of Housing"],
    notes=["The city is the meeting's own body: listed, as the dev golds list a council's own meeting."],
)

SEDERUNT = WholeMinutes(
    name="sederunt",
    body_class="scottish-sederunt",
    head="Kincraig & Leggat Community Council",
    foot="Minute of meeting",
    rows=[
        "# KINCRAIG & LEGGAT COMMUNITY COUNCIL",
        "## Minute of meeting held on 8th June 2026 at Our Lady of Aberdeen Church, Provost Watt Drive",
        "Sederunt: Graham Bennie (Chairman), Catriona Cowan (Secretary), Hazel Parkes (Treasurer), Alex Parkes,",
        "Billy Cowan, Councillor Andrew Finlay, Brian Woodhouse (SHMU), Inspector Jane Wilkie (Police Scotland).",
        "Apologies for absence were received from Iris Bennie and Hollie Smart.",
        "** Police Report",
        "Inspector Wilkie reported that there had been 34 incidents in the month to date.",
        "Councillor Finlay will speak to the roads department about the no entry sign at Abbotswell Road.",
    ],
    actions=[],
    people=[
        "Graham Bennie",
        "Catriona Cowan",
        "Hazel Parkes",
        "Alex Parkes",
        "Billy Cowan",
        "Andrew Finlay",
        "Brian Woodhouse",
        "Jane Wilkie",
        "Iris Bennie",
        "Hollie Smart",
    ],
    organisations=["Kincraig & Leggat Community Council", "SHMU", "Police Scotland"],
    notes=["The community council's own meeting: listed, as the dev golds do."],
)

SELECT_COMMITTEE = WholeMinutes(
    name="select-committee",
    body_class="members-present-witnesses",
    head="Industry and Regulators Committee",
    foot="Corrected oral evidence",
    rows=[
        "# Industry and Regulators Committee",
        "## Corrected oral evidence: The work of the water regulator - Tuesday 14 July 2026",
        "Members present: Lord Halloran (The Chair); Lord Ashby of Oulton; Baroness Bowers of Berkhamsted; Lord",
        "Cromer; Baroness Donnelly; Lord Reading.",
        "Witnesses: Mark Lloyd-Hughes, Chief Executive Officer, The Rivers Trust; Guy Lindley, Solicitor, Salmon &",
        "Trout Conservation.",
        "Q16 The Chair: Welcome to the second meeting of the Committee looking into Ofwat.",
    ],
    actions=[],
    people=["Halloran", "Ashby", "Bowers", "Cromer", "Donnelly", "Reading", "Mark Lloyd-Hughes", "Guy Lindley"],
    organisations=["The Rivers Trust", "Salmon & Trout Conservation", "Ofwat"],
    notes=[
        "Peers print no given name: recorded by surname, territorial designation dropped ('Ashby'), as the dev "
        "golds record 'Lord McNally' and 'Baroness Stowell of Beeston' (arguable)."
    ],
)

GROUPED_PRESENT = WholeMinutes(
    name="grouped-present",
    body_class="grouped-present",
    head="Boat of Garve Community Council",
    foot="Minutes of the inaugural meeting",
    rows=[
        "# BOAT OF GARVE AND VICINITY COMMUNITY COUNCIL",
        "## MINUTES OF THE INAUGURAL MEETING held in the Community Hall at 7.00pm on Monday 30th November 2026",
        "Present: Chairperson (Highland Council Ward Manager): Liz Corrie",
        "CC members: Ian Bashforth, Alison Fielder, Kate Johnstone, Julie Mossop, Brian Tolland and Peter Wrigley",
        "Ex officio: Cllr. Dave Fallon (part of meeting)",
        "Residents: Anna Barrow and Malcolm Clarkson (part of meeting)",
        "Apologies were received from: Alison Greggs",
        "** 1. Welcome",
        "Liz Corrie, Highland Council Ward Manager, welcomed the new council members to the meeting.",
    ],
    actions=[],
    people=[
        "Liz Corrie",
        "Ian Bashforth",
        "Alison Fielder",
        "Kate Johnstone",
        "Julie Mossop",
        "Brian Tolland",
        "Peter Wrigley",
        "Dave Fallon",
        "Anna Barrow",
        "Malcolm Clarkson",
        "Alison Greggs",
    ],
    organisations=["Boat of Garve and Vicinity Community Council", "Highland Council"],
    notes=["The community council's own meeting: listed, as the dev golds do."],
)

ATTENDEES_INITIALS = WholeMinutes(
    name="attendees-initials",
    body_class="run-on-initials-dash-body",
    head="Water Resilience Forum - 3 March 2026",
    foot="Minutes and actions",
    rows=[
        "# Westmere Water Resilience Forum",
        "## Minutes of the meeting held on 3 March 2026",
        "Attendees: Jane Sowerby (JS) – Ofwat; Omar Haddad (OH) – Anglian Water; Ruth Penrose (RP) – Consumer",
        "Council for Water; Gareth Lowe (GL) – Westmere County Council; Priya Nair (PN) – Environment Agency.",
        "In attendance: Kate Lowther, Head of Legal; Ben Ashdown, Democratic Services Officer.",
        "Apologies: Tom Birkett (TB) – Water UK.",
        "** 1. Drought plan",
        "OH presented the drought plan. ACTION: OH to share the revised drought triggers with members.",
        "** 2. Leakage",
        "ACTION: RP to report customer complaints data to the next meeting.",
    ],
    actions=[],
    people=[
        "Jane Sowerby",
        "Omar Haddad",
        "Ruth Penrose",
        "Gareth Lowe",
        "Priya Nair",
        "Kate Lowther",
        "Ben Ashdown",
        "Tom Birkett",
    ],
    organisations=[
        "Ofwat",
        "Anglian Water",
        "Consumer Council for Water",
        "Westmere County Council",
        "Environment Agency",
        "Water UK",
    ],
    notes=["Actions are not scored in this suite (people, organisations and initials only)."],
)

DOCUMENTS = [
    CATCHMENT_PARTNERSHIP,
    PARTICIPANT_LINES,
    RUN_ON_COMMUNITY_COUNCIL,
    US_ROLL_CALL,
    SEDERUNT,
    SELECT_COMMITTEE,
    GROUPED_PRESENT,
    ATTENDEES_INITIALS,
]

# initials printed beside a name in the attendance list -> the name the owner resolver must see
INITIALS: dict[str, dict[str, str]] = {
    "catchment-partnership": {"FM": "Fiona Marsh", "RF": "Robert Frome"},
    "attendees-initials": {
        "JS": "Jane Sowerby", "OH": "Omar Haddad", "RP": "Ruth Penrose", "GL": "Gareth Lowe", "PN": "Priya Nair",
        "TB": "Tom Birkett",
    },
}  # fmt: skip

# Classes this round leaves (strict: each document must still fall short), each in a file round 49 does not own.
NOT_PERFECT: dict[str, str] = {
    "participant-lines": "people all right since sweep 52b (one 'Name, Body' entry to a line is read so); 'Foundation"
    " for River Research' ends in no body word and the chain does not read a body's word then 'for' and a cause (only"
    " 'Centre for', 'Endowment for'): the organisations reader's, another stage",
    "select-committee": "people all right since round 53; the witness's body 'Salmon & Trout Conservation' (no body "
    "word, wrapped after '&') is read by no rule, the attendance reader's included, and the gold keeps 'The Rivers "
    "Trust' with its 'The', which the reader drops ('Rivers Trust'): a gold question the README is silent on",
}


def _params() -> list:
    return [
        pytest.param(
            d,
            id=d.name,
            marks=[pytest.mark.xfail(strict=True, reason=NOT_PERFECT[d.name])] if d.name in NOT_PERFECT else [],
        )
        for d in DOCUMENTS
    ]


@pytest.mark.parametrize("document", _params())
def test_attendance_people_and_organisations(document: WholeMinutes, tmp_path: Path) -> None:
    figures, _ = _figures_and_initials(document, tmp_path)
    people, organisations = figures["people"], figures["organisations"]
    assert (people["precision"], people["recall"], organisations["precision"], organisations["recall"]) == (
        1.0,
        1.0,
        1.0,
        1.0,
    )


@pytest.mark.parametrize("document", [d for d in DOCUMENTS if d.name in INITIALS], ids=lambda d: d.name)
def test_attendance_initials_map(document: WholeMinutes, tmp_path: Path) -> None:
    _, found = _figures_and_initials(document, tmp_path)
    assert {key: found.get(key) for key in INITIALS[document.name]} == INITIALS[document.name]
    assert all(name in document.people for name in found.values())
