"""Round 43 (issue #6: whole documents, fifth set): four more complete documents of kinds rounds 37-42 did not
cover, each drawn to a multi-page PDF and read end to end by ``extract_document``, scored by
``agendaparse.evaluate`` as `agendaparse eval --fast` scores a gold file (tests/whole_minutes.py): actions (core
P/R, owner, due) and people and organisations (P/R). Each keeps the structure and sentence shapes of a real body's
record, with names, places and figures changed. Sources (bodies not cited by earlier suites):

- https://careersdocbox.com/amp/85077442-Financial_Aid/Gary-warner-gw-malcolm-large-ml-secretariat-stephen-brown-sb-fiona-wright-fw-part.html
  (a UK sector advisory committee, Seafish Wales: attendees "Name (INITIALS)" one a line with a "Secretariat"
  group and "(Part)"; here with the "ACTION: <initials> to …" closing each paragraph that such panels print and
  apologies as "Name (Organisation)")
- https://salfordpriors.gov.uk/1316-2/ (parish council: "Present: Councillors: L Maude, J Stedman, …", "Also in
  attendance: 2 members of the public", "It was proposed by Cllr James, seconded by Cllr Maude that …", "Cllr James
  proposed Clive Hickman is co-opted to fill the vacancy …, Cllr Green seconded, unanimous approval"; here with the
  clerk's "Clerk to …" lines and "Resolved:" lines such minutes carry)
- https://lawsdocbox.com/amp/117909128-US_Government_Resources/Joint-novato-city-council-city-council-as-successor-agency-to-dissolved-redevelopment-agency-regular-meeting-minutes.html
  (US city council regular meeting minutes: "Mayor Pro Tem Athas Councilmember Drew …", "Also Present: Interim
  City Manager …", "Public Comment … None", consent calendar, staff directed to return, council requests)
- https://www.crieffmuseum.org.uk/Minutes/files/f3c0f72699d9214a09ed12d8f0aed262-4.html (a museum trust's board
  of trustees: "Present: Ann McIntosh, Chair (AM), Marnie Gauld (MG), …", "Apologies: … (EH)", numbered "1)"
  items with lettered points, "NR to take on funds reclaiming process", "DF to check with Andrew before we pay the
  council £35 for a copy"; here with the "Action Points" list at the end)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from whole_minutes import WholeMinutes, action_figures, document_params, scored, shortfalls

SECTOR_PANEL = WholeMinutes(
    name="shellfish-sector-panel",
    body_class="government-sector-panel",
    head="Shellfish Sector Panel - Minutes - 18 November 2025",
    foot="Coastal Seafood Authority",
    rows=[
        "# Shellfish Sector Panel",
        "## Minutes of the meeting held on 18 November 2025 at Marine House, Cardiff",
        "** Present",
        "Gareth Wynne (GW) Chair",
        "Morag Lindsay (ML) Welsh Fishermen's Association",
        "Alun Pryce (AP) Natural Resources Wales",
        "Helen Ogilvie (HO) Cefas",
        "** Secretariat",
        "Stephen Barlow (SB)",
        "Fiona Wray (FW) (Part)",
        "** Apologies",
        "Rhodri Evans (Welsh Government), Carys Mabey (Bangor University)",
        "** 1. Welcome and introductions",
        "GW welcomed members to the meeting and thanked Natural Resources Wales for hosting it.",
        "** 2. Minutes of the last meeting and matters arising",
        "The minutes of the meeting of 9 September were agreed. Actions from that meeting had been completed apart",
        "from the water quality briefing, which is carried forward. ACTION: AP to circulate the water quality",
        "briefing by 5 December.",
        "** 3. Shellfish classification update",
        "HO reported that two production areas in the Menai Strait had been reclassified from B to A. Members",
        "asked for the monitoring results in a simpler form. ACTION: HO to prepare a one-page summary of the",
        "results by the next meeting on 10 March 2026.",
        "---",
        "** 4. Market update",
        "ML reported that mussel prices had held steady over the autumn but that export paperwork continued to",
        "cause delays for smaller merchants. ACTION: SB to write to the Welsh Government on behalf of the panel.",
        "** 5. Any other business",
        "FW noted that the seafood training calendar for 2026 would be published in January.",
        "** 6. Date of next meeting",
        "The next meeting will be held on 10 March 2026.",
    ],
    actions=[
        (
            "AP to circulate the water quality briefing by 5 December.",
            ["Alun Pryce"],
            "2025-12-05",
            "action",
            "core",
        ),
        ("Members asked for the monitoring results in a simpler form.", [], None, "request", "borderline"),
        (
            "HO to prepare a one-page summary of the results by the next meeting on 10 March 2026.",
            ["Helen Ogilvie"],
            "2026-03-10",
            "action",
            "core",
        ),
        (
            "SB to write to the Welsh Government on behalf of the panel.",
            ["Stephen Barlow"],
            None,
            "action",
            "core",
        ),
    ],
    people=[
        "Gareth Wynne",
        "Morag Lindsay",
        "Alun Pryce",
        "Helen Ogilvie",
        "Stephen Barlow",
        "Fiona Wray",
        "Rhodri Evans",
        "Carys Mabey",
    ],
    organisations=[
        "Coastal Seafood Authority",
        "Welsh Fishermen's Association",
        "Natural Resources Wales",
        "Cefas",
        "Welsh Government",
        "Bangor University",
    ],
    notes=[
        "Initials after 'ACTION:' are expanded from the attendance list, where each is printed once.",
        "The panel is the meeting's own committee, not an organisation; the authority in the footer holds it.",
        "'Members asked for the monitoring results …' names nobody asked: a borderline request.",
    ],
)

PARISH_COUNCIL = WholeMinutes(
    name="parish-council-proposer-seconder",
    body_class="parish-council",
    head="Ashwell Priors Parish Council - Minutes 19 November 2025",
    rows=[
        "# Minutes of the Meeting of Ashwell Priors Parish Council",
        "held in The Memorial Hall, Ashwell Priors on Wednesday 19th November 2025, 7pm",
        "Present: Councillors: L Mordaunt, J Stedley, K Jarvis, D Penrose, A Greenhalgh (Chairman), P Godwin",
        "Also in attendance: Mrs H Carver (Clerk) and 3 members of the public.",
        "** 1. Apologies for Absence",
        "Cllr Pattinson – apologies received and accepted.",
        "** 2. Disclosure of Interests",
        "Cllr Jarvis declared an interest in item 7 as a member of the Memorial Hall Committee.",
        "** 3. Minutes",
        "Resolved: the minutes of the meeting held on 15th October 2025 were approved as a true record (proposed",
        "Cllr Jarvis, seconded Cllr Mordaunt).",
        "** 4. Co-option",
        "One application had been received for the vacancy. Cllr Stedley proposed Clive Hartley is co-opted to fill",
        "the vacancy of Parish Councillor, Cllr Penrose seconded, unanimous approval.",
        "** 5. Highways",
        "The Clerk reported that the pothole outside the school on Bidford Road had been reported to Warwickshire",
        "County Council.",
        "Clerk to chase Warwickshire County Council for a repair date.",
        "** 6. Planning",
        "25/02114/HOUSE – 4 Orchard Close, single storey rear extension. No objection.",
        "---",
        "** 7. Memorial Hall",
        "Resolved: to grant £250 towards the Memorial Hall Committee's new boiler (proposed Cllr Godwin, seconded",
        "Cllr Penrose).",
        "Clerk to write to the Memorial Hall Committee to confirm the grant by 30th November 2025.",
        "** 8. Finance",
        "Resolved: that the payments listed in the schedule be approved (proposed Cllr Mordaunt, seconded Cllr",
        "Greenhalgh).",
        "** 9. Date of Next Meeting",
        "Wednesday 17th December 2025 at 7pm in The Memorial Hall.",
    ],
    actions=[
        (
            "Resolved: the minutes of the meeting held on 15th October 2025 were approved as a true record (proposed"
            " Cllr Jarvis, seconded Cllr Mordaunt).",
            [],
            None,
            "resolution",
            "core",
        ),
        (
            "Cllr Stedley proposed Clive Hartley is co-opted to fill the vacancy of Parish Councillor, Cllr Penrose"
            " seconded, unanimous approval.",
            [],
            None,
            "resolution",
            "core",
        ),
        (
            "Clerk to chase Warwickshire County Council for a repair date.",
            ["Clerk"],
            None,
            "action",
            "core",
        ),
        (
            "Resolved: to grant £250 towards the Memorial Hall Committee's new boiler (proposed Cllr Godwin, seconded"
            " Cllr Penrose).",
            [],
            None,
            "resolution",
            "core",
        ),
        (
            "Clerk to write to the Memorial Hall Committee to confirm the grant by 30th November 2025.",
            ["Clerk"],
            "2025-11-30",
            "action",
            "core",
        ),
        (
            "Resolved: that the payments listed in the schedule be approved (proposed Cllr Mordaunt, seconded Cllr"
            " Greenhalgh).",
            [],
            None,
            "resolution",
            "core",
        ),
    ],
    people=[
        "L Mordaunt",
        "J Stedley",
        "K Jarvis",
        "D Penrose",
        "A Greenhalgh",
        "P Godwin",
        "H Carver",
        "Pattinson",
        "Clive Hartley",
    ],
    organisations=["Ashwell Priors Parish Council", "Warwickshire County Council", "Memorial Hall Committee"],
    notes=[
        "A proposer and seconder name who moved the motion, not who acts: a resolution's owners are [].",
        "The co-option carried 'unanimous approval' is a resolution of the council.",
    ],
)

CITY_COUNCIL = WholeMinutes(
    name="us-city-council-regular-meeting",
    body_class="us-city-council",
    head="City of Lakeport - City Council Regular Meeting Minutes - November 12, 2025",
    rows=[
        "# CITY OF LAKEPORT CITY COUNCIL",
        "## REGULAR MEETING MINUTES",
        "City Hall Council Chambers, 210 Main Street - November 12, 2025 - 7:00 P.M.",
        "** A. CALL TO ORDER AND ROLL CALL",
        "Mayor Delgado called the meeting to order at 7:00 p.m.",
        "Present: Mayor Ana Delgado, Mayor Pro Tem Kevin Athey, Councilmember Rosa Drewitt, Councilmember Paul",
        "Fryer, Councilmember Nina Lucchesi",
        "Also Present: City Manager Thomas Caplan, City Attorney Jennifer Wold, City Clerk Lisa Ortega",
        "** B. PUBLIC COMMENT",
        "Marcus Bell, Lakeport Chamber of Commerce, spoke about the holiday parade.",
        "** C. CONSENT CALENDAR",
        "C-1 Minutes of the regular meeting of October 22, 2025",
        "C-2 Contract with Valley Paving Inc. for the 2026 street resurfacing project",
        "C-3 Resolution No. 2025-41 accepting the Lakeport Arts Commission annual report",
        "The Consent Calendar was approved as presented. Motion: Athey, Second: Fryer. Ayes: 5, Noes: 0.",
        "---",
        "** D. GENERAL BUSINESS",
        "D-1 Downtown Parking Study",
        "Public Works Director Omar Haddad presented the draft parking study. After discussion, staff was directed",
        "to return with options for a two-hour limit on First Street at the January 14, 2026 meeting.",
        "D-2 Short-Term Rental Ordinance",
        "Council requested that the City Attorney prepare a draft ordinance regulating short-term rentals.",
        "** E. COUNCIL REPORTS",
        "Councilmember Lucchesi reported on the Lake County Transit Authority meeting she attended.",
        "** F. ADJOURNMENT",
        "The meeting was adjourned at 9:12 p.m.",
    ],
    actions=[
        (
            "The Consent Calendar was approved as presented.",
            [],
            None,
            "decision",
            "core",
        ),
        (
            "After discussion, staff was directed to return with options for a two-hour limit on First Street at the"
            " January 14, 2026 meeting.",
            ["staff"],
            "2026-01-14",
            "action",
            "core",
        ),
        (
            "Council requested that the City Attorney prepare a draft ordinance regulating short-term rentals.",
            ["City Attorney"],
            None,
            "request",
            "core",
        ),
    ],
    people=[
        "Ana Delgado",
        "Kevin Athey",
        "Rosa Drewitt",
        "Paul Fryer",
        "Nina Lucchesi",
        "Thomas Caplan",
        "Jennifer Wold",
        "Lisa Ortega",
        "Marcus Bell",
        "Omar Haddad",
    ],
    organisations=[
        "City of Lakeport",
        "Lakeport Chamber of Commerce",
        "Valley Paving Inc.",
        "Lakeport Arts Commission",
        "Lake County Transit Authority",
    ],
    notes=[
        "Consent items are agenda titles (nouns), adopted by the one motion recorded: one decision.",
        "'staff was directed to return … at the January 14, 2026 meeting' is an action on staff, due that meeting.",
    ],
)

MUSEUM_TRUST = WholeMinutes(
    name="museum-trust-action-points",
    body_class="museum-trust-board",
    head="Strathmore & Glenisla Museum Trust - Board of Trustees",
    rows=[
        "# STRATHMORE & GLENISLA MUSEUM TRUST",
        "a registered charity in Scotland: SC 051234",
        "## Board of Trustees meeting, Thursday 20th November 2025 at 11am at the Old Town Hall.",
        "** Minutes",
        "1) Welcome and Apologies for Absence:",
        "Present: Morven Gault, Chair (MG), Iain Cowan (IC), Dorothy Jardine (DJ), David Ferrie (DF), Niall Roddan",
        "(NR).",
        "Apologies: Eilidh Honeyman (EH).",
        "2) Minutes of the previous meeting were agreed and signed.",
        "3) Treasurer's Report: £9,412 in hand. £640 claimed from the National Lottery Heritage Fund.",
        "4) Building Works:",
        "a) The joiner has been paid for securing the fire exit. The painter will start in the week of 1st December.",
        "b) The damp in the basement was discussed. A survey of the drains is needed before any further work.",
        "---",
        "5) Collections:",
        "A donation of photographs from the Alyth Camera Club was received with thanks.",
        "6) AOB: None.",
        "7) Date of next meeting: Thursday 15th January 2026 at 11am.",
        "** Action Points",
        "NR to take on the funds reclaiming process.",
        "DF to check the technical drawings with Perth and Kinross Council before we pay for a copy.",
        "MG to ask two builders to quote for the drain survey by 9th January 2026.",
        "DJ to catalogue the photographs from the Alyth Camera Club.",
    ],
    actions=[
        ("NR to take on the funds reclaiming process.", ["Niall Roddan"], None, "action", "core"),
        (
            "DF to check the technical drawings with Perth and Kinross Council before we pay for a copy.",
            ["David Ferrie"],
            None,
            "action",
            "core",
        ),
        (
            "MG to ask two builders to quote for the drain survey by 9th January 2026.",
            ["Morven Gault"],
            "2026-01-09",
            "action",
            "core",
        ),
        (
            "DJ to catalogue the photographs from the Alyth Camera Club.",
            ["Dorothy Jardine"],
            None,
            "action",
            "core",
        ),
    ],
    people=["Morven Gault", "Iain Cowan", "Dorothy Jardine", "David Ferrie", "Niall Roddan", "Eilidh Honeyman"],
    organisations=[
        "Strathmore & Glenisla Museum Trust",
        "National Lottery Heritage Fund",
        "Alyth Camera Club",
        "Perth and Kinross Council",
    ],
    notes=[
        "Initials in the Action Points are expanded from the Present list ('Name (XX)').",
        "'The painter will start in the week of 1st December' names a trade, not an owner: a statement, not an action.",
    ],
)

DOCUMENTS = [SECTOR_PANEL, PARISH_COUNCIL, CITY_COUNCIL, MUSEUM_TRUST]

# Classes this round leaves (strict: each document must still fall short, so a fix shows here).
CORE_SHORT: dict[str, str] = {}
NOT_PERFECT = {
    **CORE_SHORT,
    "shellfish-sector-panel": "the last 'Name (XX) Body' attendee line before a bold group heading ('Secretariat') "
    "gives 'Helen Ogilvie Cefas' (the attendance-list rule keeps the body after the initials there)",
}


@pytest.mark.parametrize("document", document_params(DOCUMENTS, CORE_SHORT))
def test_core_actions_found_with_their_owners_and_dues(document: WholeMinutes, tmp_path: Path) -> None:
    """Every core action found, nothing found that is not an action, and every paired action's owners and due right."""
    figures = action_figures(
        document, tmp_path, ("core_precision", "core_recall", "precision", "owner_accuracy", "due_accuracy")
    )
    assert figures == dict.fromkeys(figures, 1.0)


@pytest.mark.parametrize("document", document_params(DOCUMENTS, NOT_PERFECT))
def test_whole_document_read_perfectly(document: WholeMinutes, tmp_path: Path) -> None:
    assert shortfalls(scored(document, tmp_path)) == []
