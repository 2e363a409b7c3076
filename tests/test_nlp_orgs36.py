"""Round 36 (issue #6: organisations' recall): the role mechanism of round 35 (a name made a body by being the
subject of an institutional deed or the object of institutional contact) takes in two round-34 cue rules and reads
the bodies unseen minutes print - community councils, a county farms estate, business improvement districts, a
Welsh community council - and what is no body beside them (corpus/gold/README.md: named organisations and bodies
count; people, posts, places, houses and farms, events, documents, schemes and funds do not).

Four classes of shape:

1. Subjects: a plural deed in progress ("<Name> were arranging a meeting"), a relative "who" before the deed
   ("<Name> Water who had confirmed", round 34's water-company rule as one case of the role), a leisure trust's
   brand that "might be approached for" a hire (the dev Ayton 2017 minutes' "BHA and /or Live Borders might be
   approached for hire", with other words).
2. Objects of contact: a one-word body printed with a capital "The" ("write to The Guild": the tune Suffolk
   libraries' minutes, with other words), initials after "the" ("a letter be sent to the NFU"), "negotiations with
   <Name> Estates", a request "received via <Name>" (the tune Ayton 2013 minutes' "received via SB Local", with other
   words), a firm appointed to an office (round 34's auditor rule as one case of the role).
3. Bodies by other cues: a business improvement district by its town ("the Rhyl BID", "Llangollen 2020 BID"), a
   Groundwork trust by its area's capitals or place ("Groundwork CLM").
4. What is no body: a house or a farm written to ("write to The Old Forge", "write to Griffins Farm"), a place
   approached from somewhere, streets, a farm by a dash, events, plans, a bequest, a police operation, a transport
   scheme, a car park, people, posts, members, an MP's two letters.

Drawn cases keep the shape and phrasing of public pages of bodies no earlier suite cites, with names, places and
numbers changed (national bodies kept):

- https://morebattle.com/kalewater-community-council/minutes/item/minute-of-meeting-on-tuesday-18-january-2011
  (Kalewater Community Council: "Vattenfall were arranging a meeting with the community council’s representatives
  in late February", "Chair noted response from SBC that bus fares were determined by the service operators")
- https://morebattle.com/kalewater-community-council/minutes/item/minute-of-meeting-of-21-november-2017 (Kalewater
  Community Council: "Chair noted that SBC Planning has met with Scottish Water re. the issue of waste treatment
  capacity", "Scottish Borders Local Development Plan", "Chair and Cllr Hall thanked everyone for their involvement
  in Armistice Day", "Walter Leitch Bequest update")
- https://docslib.org/doc/11337795/scottish-borders-community-councils-network (Scottish Borders Community
  Councils' Network: "£235.79 to The Bridge for secretarial services", "I would impress upon The Bridge that they
  must submit their invoices quicker")
- http://eastsuttonpc.kentparishes.gov.uk/january-2010/ (East Sutton Parish Council: "KHS are to use cameras to
  inspect the gullies", "the road is falling away at the entrance to Griffins Farm", "Workhouse Lane – this is
  programmed for resurfacing not pothole patching")
- https://molashpc.org.uk/pc-minutes-0215/ (Molash Parish Council: "Highways have advised that the footway across
  the garage entrance will be repaired", "Puddleduck Farm – RL reported that letter from Richard Alderton has been
  received")
- http://www.devon.gov.uk/contrast/index/councildemocracy/decision_making/cma/cma_document.htm?cmadoc=agenda_frm_20080207.html
  (Devon County Council, Farms Estate Committee: "authorising officers to enter negotiations with Clinton Devon
  Estates with a view to purchasing land currently forming part New Ford Farm, Rockbeare") and
  cmadoc=minutes_frm_20090730.html ("RESOLVED that a letter be sent to the NFU expressing the Committee s full
  support")
- https://moderngov.denbighshire.gov.uk/mgAi.aspx?ID=16487&LLL=0 (Denbighshire County Council, Communities Scrutiny:
  "Councillor Graham Timms declared a personal interest as he was Chair of Llangollen 2020 BID", "a large number of
  businesses had not received information regarding the Rhyl BID")
- https://moderngov.cheshireeast.gov.uk/mgAi.aspx?ID=61410 (Cheshire East Council: "the intention of Groundwork
  CLM, on behalf of the Wilmslow Town Centre Management Group, to put a proposal … to a ballot")
- https://docest.com/doc/251831/minutes-of-the-full-council-meetingheld-on (a Torfaen community council: "children
  of Llanyrafon Primary School’s Eco Group in a wild flower seed planting exercise at Cwmbran Boating Lake Car Park")
- https://docsbay.net/doc/718948/minutes-of-a-council-meeting-held-at-the-council-chamber-on-monday-25th-november2013-at-7-00-pm
  (Llanidloes Town Council: "Request for funding from Llanidloes Community Transport Scheme - Received")
- https://docsbay.net/earlston-community-council (Earlston Community Council: "Operation RAC, the anti housebreaking
  initiative, continues to be a focus", "Friends of Thomas the Rhymer")

The fold cases keep round 34's shapes ("in contact with Cambridge Water who had confirmed", "the appointment of
Larking Gowen as the society's auditor") with other words. Names are compared as `agendaparse eval` compares them.

Written before the fix: 25 of 40 tests passed on the code before it (strict xfails counted as failures); after, 36
passed and 4 strict xfails (a council's initials before "Highways", which round 5 settles as the council's own unit;
"Groundwork" before its area's capitals; a school's possessive before its pupils' group; "Friends of" a name with
"the" in it). Dev fast organisations 87.0 -> 87.2 (R 80.9 -> 81.1: the dev Ayton 2017 "Live Borders might be
approached for hire"), tune 91.9 -> 92.2 (R 91.4 -> 92.0: the Suffolk libraries' "write to The Guild"); people
unchanged. The two folded round-34 rules changed no dev or tune figure.

Cases added with a later fix ("received via <Name>"; "has been awarded" as a deed, which un-marks round 34's
"live-and-a-place"; a Groundwork trust by its area's capitals, which un-marks "groundwork-initials-on-behalf-of"):
4 of 6 new cases passed before it; after, 43 passed and 3 strict xfails. Tune fast organisations 92.2 -> 92.5 (R 92.0
-> 92.5: the Ayton 2013 "received via SB Local"), dev unchanged, people unchanged.

Stop 33: the council's-initials-before-"Highways" case now passes and is no longer marked (the stop 32 ruling in
corpus/gold/README.md: a council's own service named as the actor is an organisation; organisations round 38).
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from minutes_page import check_organisations


def case(paragraphs: list[str], wanted: set[str], absent: set[str], slot: str, **marks) -> pytest.param:  # type: ignore[valid-type]
    return pytest.param(paragraphs, wanted, absent, id=slot, **marks)


# --- class 1: subjects of an institutional deed ---------------------------------------------------------------------
SUBJECTS = [
    case(
        ["Vestrand were arranging a meeting with the community council’s representatives in late March."],
        {"Vestrand"},
        set(),
        "one-word-plural-were-arranging",
    ),
    case(
        ["It was suggested that TVA and /or Live Tweedside might be approached for hire of their staging."],
        {"Live Tweedside"},
        set(),
        "brand-might-be-approached-for",
    ),
    case(
        ["The Clerk reported that Kelda Water who had confirmed the works would return to reinstate the fence."],
        {"Kelda Water"},
        set(),
        "water-company-who-had-confirmed",
    ),
    case(
        ["Brackley Haulage who have agreed to remove the skip will be paid on completion."],
        {"Brackley Haulage"},
        set(),
        "firm-who-have-agreed",
    ),
    case(
        ["Chair noted that NBC Planning has met with Kale Water re. the issue of waste treatment capacity."],
        {"Kale Water"},
        set(),
        "water-company-met-with",
    ),
    case(["KHS are to use cameras to inspect the gullies on Morry Lane."], {"KHS"}, {"Morry Lane"}, "capitals-are-to"),
    case(
        ["Chair noted response from NBC that bus fares were determined by the service operators."],
        {"NBC"},
        set(),
        "response-from-initials",
    ),
    case(
        ["Therefore, should damage be identified, then NCC Highways will look to recover costs where possible."],
        {"NCC Highways"},
        set(),
        "council-initials-highways",
    ),
]

# --- class 2: objects of institutional contact ----------------------------------------------------------------------
OBJECTS = [
    case(
        ["The Secretary will write to The Crossing about its invoices for secretarial services."],
        {"The Crossing"},
        set(),
        "write-to-capital-the-one-word",
    ),
    case(
        ["Resolved that a letter be sent to the NFU expressing the Committee’s full support for the application."],
        {"NFU"},
        set(),
        "letter-sent-to-the-initials",
    ),
    case(
        [
            "Officers were authorised to enter negotiations with Halden Vale Estates with a view to purchasing land "
            "currently forming part of New Mill Farm, Ashbeare."
        ],
        {"Halden Vale Estates"},
        {"New Mill Farm"},
        "negotiations-with-estates",
    ),
    case(
        ["A request had been received via KT Local asking if a memorial bench could be placed by the clock tower."],
        {"KT Local"},
        set(),
        "request-received-via",
    ),
    case(
        ["The meeting approved the appointment of Pellow Garside as the society’s auditor for 2025."],
        {"Pellow Garside"},
        set(),
        "firm-appointed-auditor",
    ),
    case(
        ["The meeting approved the re-appointment of Sarah Pellow as the internal auditor."],
        set(),
        {"Sarah Pellow"},
        "person-appointed-auditor",
    ),
]

# --- class 3: bodies by other cues ----------------------------------------------------------------------------------
OTHER_CUES = [
    case(
        ["Councillor Gareth Timmis declared a personal interest as he was Chair of Corwen 2020 BID."],
        {"Corwen 2020 BID"},
        {"Gareth Timmis"},
        "place-year-bid",
    ),
    case(
        ["A large number of businesses had not received information regarding the Prestatyn BID."],
        {"Prestatyn BID"},
        set(),
        "place-bid",
    ),
    case(
        [
            "A notification set out the intention of Groundwork KLM, on behalf of the Farnley Town Centre Management "
            "Group, to put a proposal to a ballot."
        ],
        {"Groundwork KLM", "Farnley Town Centre Management Group"},
        set(),
        "groundwork-initials-on-behalf-of",
    ),
    case(
        ["The path was rebuilt by Groundwork Tyneside and volunteers."],
        {"Groundwork Tyneside"},
        set(),
        "groundwork-place",
    ),
    case(["Groundwork is needed before the new footpath can be laid."], set(), {"Groundwork"}, "groundwork-a-word"),
    case(
        ["The children of Llanfair Primary School’s Eco Group planted wild flower seeds by the lake."],
        {"Llanfair Primary School"},
        {"Eco Group"},
        "school-possessive-eco-group",
    ),
    case(
        ["The Friends of Robert the Bruce held their summer fair on the green."],
        {"Friends of Robert the Bruce"},
        {"Friends of Robert"},
        "friends-of-a-name-with-the",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a members' body named after a person with 'the' in his name ('Robert the Bruce') is cut at 'the'",
        ),
    ),
]

# --- class 4: what is no body ---------------------------------------------------------------------------------------
NOT_BODIES = [
    case(
        ["The Clerk will write to The Old Forge about the overhanging hedge."],
        set(),
        {"Old Forge", "The Old Forge"},
        "write-to-a-house",
    ),
    case(
        ["The Clerk will write to Griffins Farm about the mud on the road."], set(), {"Griffins Farm"}, "write-to-farm"
    ),
    case(["The Clerk will write to Mill House about the overgrown hedge."], set(), {"Mill House"}, "write-to-house"),
    case(
        ["The road is falling away at the entrance to Griffins Farm."],
        set(),
        {"Griffins Farm"},
        "farm-as-a-place",
    ),
    case(
        ["Kirkton Castle could be approached from the east along the burn."],
        set(),
        {"Kirkton Castle"},
        "place-approached-from",
    ),
    case(
        ["Workhouse Lane – this is programmed for resurfacing not pothole patching."],
        set(),
        {"Workhouse Lane"},
        "street-before-a-dash",
    ),
    case(
        ["Highways have advised that the footway across the garage entrance will be repaired."],
        set(),
        {"Highways"},
        "generic-highways-have-advised",
    ),
    case(
        ["Puddlecote Farm – RL reported that a letter from Richard Alder has been received."],
        set(),
        {"Puddlecote Farm", "Richard Alder"},
        "farm-before-a-dash",
    ),
    case(
        ["Chair and Cllr Hall thanked everyone for their involvement in Armistice Day."],
        set(),
        {"Armistice Day"},
        "event",
    ),
    case(
        ["Chair noted that the Tweedside Local Development Plan had been adopted; the Local Plan review follows."],
        set(),
        {"Tweedside Local Development Plan", "Local Plan"},
        "plans",
    ),
    case(
        ["Robert Ainslie Bequest update: the Chair updated the meeting."], set(), {"Robert Ainslie Bequest"}, "bequest"
    ),
    case(
        ["Operation KAT, the anti housebreaking initiative, continues to be a focus."],
        set(),
        {"Operation KAT", "KAT"},
        "police-operation",
    ),
    case(
        ["Request for funding from Glanmor Community Transport Scheme - Received"],
        set(),
        {"Glanmor Community Transport Scheme"},
        "transport-scheme",
    ),
    case(
        ["The children planted seeds at Llynfi Boating Lake Car Park on Friday."],
        set(),
        {"Llynfi Boating Lake Car Park"},
        "car-park",
    ),
    case(["The Secretary will write to Ruth Connell about the hedge."], set(), {"Ruth Connell"}, "write-to-person"),
    case(
        ["The Council entered negotiations with John Reddaway about the lease."],
        set(),
        {"John Reddaway"},
        "negotiations-with-person",
    ),
    case(
        ["The Clerk will write to The Chairman of the trust."],
        set(),
        {"Chairman", "The Chairman"},
        "write-to-capital-the-post",
    ),
    case(
        ["A complaint was received via the Parish Website about the bins."],
        set(),
        {"Parish Website"},
        "received-via-a-website",
    ),
    case(
        ["The request was received via Jean Moffat, who lives opposite the hall."],
        set(),
        {"Jean Moffat"},
        "received-via-a-person",
    ),
    case(["Pupils have been awarded certificates for the litter pick."], set(), {"Pupils"}, "pupils-awarded"),
    case(["Members might be asked to help at the fete."], set(), {"Members"}, "members-might-be-asked"),
    case(["A letter was sent to the MP about the closure."], set(), {"MP"}, "letter-to-the-mp"),
    case(
        ["Maureen Dixon who had agreed to cut the grass was thanked."],
        set(),
        {"Maureen Dixon"},
        "person-who-had-agreed",
    ),
    case(
        ["Surface Water who had been flooding the lane was reported to the county."],
        set(),
        {"Surface Water"},
        "kind-of-water-who",
    ),
]


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), SUBJECTS + OBJECTS + OTHER_CUES + NOT_BODIES)
def test_orgs36(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)
