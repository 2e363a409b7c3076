"""Round 35 (issue #6: organisations' recall): a body named with no head word, made an institution by the role a
sentence gives it (corpus/gold/README.md: named organisations and bodies count; people, posts, places, events,
schemes and programmes do not).

One mechanism, three cues:

1. The subject of an institutional verb: "<Name> will arrange for …", "<Name> have agreed to …", "<Name> are looking
   at …", "<Name> had provided quotes", "<Name> has confirmed funding". A one-word name counts only with a plural
   verb ("<Name> are", "<Name> have", "<Name> were"): a surname takes a singular one ("Smith will arrange").
2. The object of institutional contact: "write to <Name>", "liaise with <Name>", "in contact with <Name>", "meet with
   <Name> to discuss", "a response from <Name>", "the response received from <Name>", "<Name>'s response".
3. What is no body: a person by surname, a given name and surname, a titled person, a post, a place, an event, a
   scheme or programme, a month, a heading's words.

Drawn cases keep the shape and phrasing of public pages of bodies no earlier suite cites, with names, places and
numbers changed:

- https://docslib.org/download/1566131/bedstone-and-bucknell-parish-council (Bedstone and Bucknell Parish Council:
  "Shropshire Council were proposing to increase Council Tax", "The Police authority were consulting on a 4%
  increase", "Further funding streams were coming out, notably one from Garfield Weston")
- https://snitterby.parish.lincolnshire.gov.uk/council-business/2021-parish-council-minutes-meetings-1/5 (Snitterby
  Parish Council: "WLDC had provided quotes for a new litter bin", "LCC will consider SPC request to move the speed
  signs", "The Clerk had forwarded further details and awaited a reponse")
- https://westonbeggardpc.org/parish-council-minutes/minutes-annual-parish-meeting-12th-may-2015/ (Weston Beggard
  Parish Council: "Meeting with Steve Churchill (Balfour Beatty)", "Claire Rawlings had submitted her Terms &
  Conditions", "DP would formally invite Keith Bayliss to be co-opted")
- http://wilsteadvillage.org.uk/parish-council/feb-minutes.html (Wilshamstead Parish Council: "CP gave an overview
  of the Greensand area locally", "CP to send a poster")
- https://ingham.parish.lincolnshire.gov.uk/council-business/neighbourhood-plan-minutes/13 (Ingham neighbourhood
  plan group: "the response received from Chave Planning with respect to the AECOM report", "The Clerk was asked to
  enquire with AECOM")

"local-will-arrange" keeps the shape of the dev Ayton minutes' "SB Local will arrange for …" (round 33's and round
34's xfails) with other words; no case copies their words. Names are compared as `agendaparse eval` compares them.

Written before the fix: 24 of 36 cases passed on the code before it (the strict xfail counted as a failure); after,
35 passed and 1 strict xfail (a landscape's name with a plural verb). Cases added with a later fix (a place's words
before capitals are cut: the dev Ayton minutes' "at North End BEAR has confirmed"; a post is no body after "meeting
with"), then with more deeds ("will attach", "have pledged", "were hosting": the dev Ayton 2008 minutes' "SB Local will
attach …", the tune Suffolk libraries' "… Magazine have pledged") and no name read as the tail of a longer capitalised
run: 42 passed, 1 strict xfail. Dev fast organisations 86.6 -> 87.0 (P 94.2 -> 94.2, R 80.1 -> 80.9), tune 91.6 ->
91.9 (P 92.4 -> 92.4, R 90.9 -> 91.4).
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from minutes_page import check_organisations


def case(paragraphs: list[str], wanted: set[str], absent: set[str], slot: str, **marks) -> pytest.param:  # type: ignore[valid-type]
    return pytest.param(paragraphs, wanted, absent, id=slot, **marks)


# --- class 1: the subject of an institutional verb -------------------------------------------------------------------
SUBJECTS = [
    case(
        ["Harwick Council were proposing to increase the precept by 4.99% to fund adult social care."],
        {"Harwick Council"},
        set(),
        "council-were-proposing",
    ),
    case(
        ["TVDC had provided quotes for a new litter bin at the front of the church."],
        {"TVDC"},
        set(),
        "capitals-had-provided-quotes",
    ),
    case(
        ["JR Local will arrange for the planters to be filled before the summer."],
        {"JR Local"},
        set(),
        "local-will-arrange",
    ),
    case(
        ["Corbridge Leisure have agreed to run the swimming sessions for a further year."],
        {"Corbridge Leisure"},
        set(),
        "two-words-have-agreed",
    ),
    case(
        ["Marlands are looking at the drainage on the lane and will report back."],
        {"Marlands"},
        set(),
        "one-word-plural-are-looking",
    ),
    case(
        ["Hendry Homes has confirmed funding of £5,000 towards the play area."],
        {"Hendry Homes"},
        set(),
        "firm-has-confirmed-funding",
    ),
    case(
        ["Tarnwell Water have agreed to repair the leak outside the school."],
        {"Tarnwell Water"},
        set(),
        "water-company-have-agreed",
    ),
    case(
        ["GD to enquire if JR Local will attach the sign to the lamp post on the Duns road."],
        {"JR Local"},
        set(),
        "local-will-attach",
    ),
    case(
        ["Wansbeck Magazine have pledged to carry a feature on the libraries."],
        {"Wansbeck Magazine"},
        set(),
        "magazine-have-pledged",
    ),
    case(
        ["The Regional e-Data Standards Body were hosting a joint stand at the summit."],
        set(),
        {"Standards Body", "Data Standards Body"},
        "tail-of-a-longer-name",
    ),
    case(["Sarah Moss will attach the notice to the board."], set(), {"Sarah Moss"}, "person-will-attach"),
    case(
        ["Greystone Grounds were asked to quote for the hedge cutting."],
        {"Greystone Grounds"},
        set(),
        "contractor-were-asked",
    ),
]

# --- class 2: the object of institutional contact ----------------------------------------------------------------
OBJECTS = [
    case(
        ["Officers were in contact with Kelda Roads to confirm the date of completion for the repair works."],
        {"Kelda Roads"},
        set(),
        "in-contact-with",
    ),
    case(
        ["There was discussion about the response received from Orme Planning with respect to the survey."],
        {"Orme Planning"},
        set(),
        "response-received-from",
    ),
    case(
        ["The Clerk to write to Fenwick Estates about the overgrown verge."],
        {"Fenwick Estates"},
        set(),
        "write-to-estates",
    ),
    case(
        ["Cllr Hale will liaise with Northgate Openreach as necessary."],
        {"Northgate Openreach"},
        set(),
        "liaise-with",
    ),
    case(
        ["It was agreed to meet with Ridley Farms to discuss the footpath diversion."],
        {"Ridley Farms"},
        set(),
        "meet-with-to-discuss",
    ),
    case(
        ["A response from Carden Housing is awaited on the empty garages."],
        {"Carden Housing"},
        set(),
        "a-response-from",
    ),
    case(
        ["Members noted Brenmoor Homes’ response to the objections."],
        {"Brenmoor Homes"},
        set(),
        "possessive-response",
    ),
]

# --- class 3: what is no body ----------------------------------------------------------------------------------------
NOT_BODIES = [
    case(["Smith will arrange for the hedge to be cut."], set(), {"Smith"}, "surname-will-arrange"),
    case(["Mr Dobson has agreed to paint the bus shelter."], set(), {"Dobson", "Mr Dobson"}, "titled-has-agreed"),
    case(
        ["Keith Bayliss has agreed to be co-opted onto the council."],
        set(),
        {"Keith Bayliss"},
        "full-name-has-agreed",
    ),
    case(["The Clerk to write to Mrs Hollis about the fence."], set(), {"Hollis", "Mrs Hollis"}, "write-to-person"),
    case(["The Clerk will liaise with Diane Marsh."], set(), {"Diane Marsh"}, "liaise-with-person"),
    case(["Ayton will benefit from the new footway."], set(), {"Ayton"}, "place-will-benefit"),
    case(
        ["The Chairman will arrange for the minutes to be signed."],
        set(),
        {"Chairman", "The Chairman"},
        "post-will-arrange",
    ),
    case(
        ["The Summer Fete will raise funds for the hall."],
        set(),
        {"Summer Fete", "The Summer Fete"},
        "event-will-raise",
    ),
    case(["Bonfire Night were well attended."], set(), {"Bonfire Night"}, "event-plural"),
    case(
        ["Community Payback have agreed to clear the path."],
        set(),
        {"Community Payback"},
        "scheme-have-agreed",
    ),
    case(["March were very wet and the verges suffered."], set(), {"March"}, "month-plural"),
    case(["Parish Councillors were asked to walk the footpaths."], set(), {"Parish Councillors"}, "members-were-asked"),
    case(
        ["Minutes of the previous meeting were approved."],
        set(),
        {"Minutes"},
        "minutes-were-approved",
    ),
    case(["Planning Applications were considered as follows."], set(), {"Planning Applications"}, "heading-plural"),
    case(
        ["It was agreed to write to Highways about the pothole."],
        set(),
        {"Highways"},
        "write-to-generic-highways",
    ),
    case(["Members noted the Chair’s response to the resident."], set(), {"Chair", "The Chair"}, "post-response"),
    case(
        ["Councillors were in contact with Jane Rowe to confirm the date."],
        set(),
        {"Jane Rowe"},
        "contact-with-person",
    ),
    case(
        ["The Clerk had forwarded further details and awaited a response from the resident."],
        set(),
        {"Clerk", "The Clerk"},
        "clerk-awaited-response",
    ),
    case(
        ["Greensand Ridge have agreed to extend the walk."],
        set(),
        {"Greensand Ridge"},
        "landscape-place-have-agreed",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a landscape's name with a plural verb reads as a body; nothing in one sentence tells them apart",
        ),
    ),
    case(["High Street were closed for resurfacing."], set(), {"High Street"}, "street-plural"),
    case(
        ["Parking at Kirk Green HDT are looking at extending the yellow lines."],
        {"HDT"},
        {"Kirk Green HDT"},
        "place-then-capitals-are-looking",
    ),
    case(
        ["Sign on the B6355 at West End RAMP has confirmed a sign will be placed."],
        {"RAMP"},
        {"West End RAMP"},
        "place-then-capitals-has-confirmed",
    ),
    case(
        ["A meeting with the Regional Commissioner and the minister to understand the challenges."],
        set(),
        {"Regional Commissioner"},
        "meeting-with-a-post",
    ),
]


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), SUBJECTS + OBJECTS + NOT_BODIES)
def test_bodies_by_role(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)
