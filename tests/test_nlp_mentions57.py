"""People and organisations in minutes of bodies never seen (stop 57, issue #6): forms that the design half of
training/orgs_check.jsonl misses across several bodies, each drawn here in words of its own (invented names and
places), with guards (near-misses that must stay as they are).

- a heading "Minutes of <body>" or "Meeting of <body>" with no "the": the body holding the meeting
  (organisations._org_name, MEETING_WORD_END_RE); a post "of" words ("Director of Corporate Services") stays a role
- "Village of <Place>" as "Town of <Place>" is (ORG_PREFIX_RE), and "State of <US state>" (STATE_OF_RE), not "State
  of Play" or "State of the Borough"
- a sports club by its letters: "<Place> RFC", "<Place> AFC", "<Place> FC" (BODY_HEAD)
- soil and water conservation districts in the plural ("Association of … Conservation Districts")
- "Town of <Place>" printed on its own as well as inside "Town of <Place> Fire Department": both are named
  (organisations._place_printed_alone); printed only inside the longer name, the town is not named apart
- "<words> Service Center" / "Services Centre" without "for"/"of": the building a service works from, no body
  (organisations._service_centre)
- a heading "Minutes of <club>" whose body the document facts read with the label ("Minutes of <club>"): the club is
  the body holding the meeting, not another form of the body's name to drop (organisations.LABEL_BEFORE_BODY_RE)
- "<Place> Township" (a US township by its place), not its hall, road or clerk (BODY_HEAD)
- "<Place> [Memorial|General|…] Hospital"; a kind of hospital with no name ("the Community Hospital") stays no body
  (organisations._words_before_hospital, HOSPITAL_KIND_WORDS)
- a club named after the day it meets ("the Thursday Club"): the day is kept (organisations.DAY_NAMED_CLUB_RE); a
  month or day before another body's name ("the January Planning Committee meeting") is still no part of it
- a Women's Institute by its place or name, as branches print it ("Ashby Magna WI", "St. Anne WI"):
  organisations._wi_branches; a sentence's first word ("As …") is no part of it, "the WI" alone names none, and a
  branch's own initials before "WI" are its name, not the venue before them ("the Elm Fairgrounds KVW WI")
- "<body> Auxiliary": a hospital's or a legion's auxiliary ("Dunmore Hospital Auxiliary", "DMH Auxiliary"), not an
  auxiliary post ("Auxiliary Bishop") (BODY_HEAD)
- a surname opened by a capitalised Dutch or Portuguese particle ("Vander", "Vanden", "Vande", "Dos"), as "Van" was
  (names.CAPITAL_PARTICLES): "Greta Vander Molen", not "Greta Vander"
- members named by surname alone where a motion is recorded: "Motion by X, second by Y", "moved by X and seconded by
  Y", "Affirmative: A, B, C Opposed: None", "Voting in the affirmative were A, B, and C" (names.vote_record_surnames);
  a full name there stays whole, and "Council", "Chair", "None", "All", a post's title cut short ("Com.", "Commr.")
  are no surnames
- a member named by the given name alone as a sentence's subject ("Megan reported that …", "Piers will book the
  hall", "Ruth also gave the treasurer's report"): names.given_name_alone_people; not a surname after a given name
  ("Ron Dean reported": Dean), and merged into the one person of that given name the minutes name in full
- a given name alone ("Motion by Lucy") where the minutes name one person of that given name in full: that person,
  not another (mentions._given_name_target)

Conventions (corpus/gold/README.md): named organisations and bodies count, the meeting's own committee does not, the
body holding the meeting does. Names are compared as `agendaparse eval` compares them.
"""

from __future__ import annotations

import pytest

from agendaparse.evaluate import norm_name
from agendaparse.nlp import find_mentions, merge_person_aliases
from agendaparse.pdf import Line, PageLayout
from minutes_page import check_parish_names, names_case

HEADING_BODIES = [
    names_case(
        ["Minutes of Pellow Vale Bowls Club AGM, 3rd March 2019 Present: Ruth Angove, Piers Lanyon"],
        {"Pellow Vale Bowls Club"},
        set(),
        "minutes-of-club-no-the",
        people={"Ruth Angove", "Piers Lanyon"},
    ),
    names_case(
        ["Minutes of Tregarth Wanderers Football Club 04/06/21 Present: J. Kitto, M. Bolitho"],
        {"Tregarth Wanderers Football Club"},
        set(),
        "minutes-of-football-club-dated",
    ),
    names_case(
        ["Meeting of Carnmoor Allotment Society held in the pavilion on 2 May."],
        {"Carnmoor Allotment Society"},
        set(),
        "meeting-of-society",
    ),
]

PLACE_BODIES = [
    names_case(
        ["The grant from the Village of Sorrel Grove was received with thanks."],
        {"Village of Sorrel Grove"},
        set(),
        "village-of-place",
    ),
    names_case(
        ["Each member holds a current licence issued by the State of Vermont and has passed the driving course."],
        {"State of Vermont"},
        set(),
        "state-of-us-state",
    ),
    names_case(
        ["A letter from the State of New Mexico was read."],
        {"State of New Mexico"},
        {"State of New"},
        "state-of-two-word-state",
    ),
]

CLUB_LETTERS = [
    names_case(
        ["Venue: Clubhouse, Pendeen RFC. Present: Ruth Angove, Piers Lanyon"],
        {"Pendeen RFC"},
        set(),
        "rugby-club-letters",
    ),
    names_case(
        ["The minutes of the 2018 Trewint AFC AGM were approved."],
        {"Trewint AFC"},
        set(),
        "football-club-letters-after-year",
    ),
    names_case(
        ["The Halden County Association of Soil and Water Conservation Districts wrote to the board."],
        {"Halden County Association of Soil and Water Conservation Districts"},
        set(),
        "conservation-districts-plural",
    ),
]

PLACES_BESIDE_THEIR_UNITS = [
    names_case(
        [
            "The strip of land is owned by the Town of Kelmar. The applicant let the Town of Kelmar Fire Department "
            "lay a drain across it."
        ],
        {"Town of Kelmar", "Town of Kelmar Fire Department"},
        set(),
        "town-alone-and-its-department",
    ),
    names_case(
        ["The board met in the Farm Service Center. Chair Ostrowski opened the meeting."],
        set(),
        {"Farm Service"},
        "service-center-building",
    ),
]

PLACES_AND_HOSPITALS = [
    names_case(
        ["The ranger attended a Marrowby Township meeting about the wetland."],
        {"Marrowby Township"},
        set(),
        "place-township",
    ),
    names_case(
        ["The auxiliary keeps its name since the official name is Dunmore County Memorial Hospital."],
        {"Dunmore County Memorial Hospital"},
        {"Dunmore County"},
        "named-memorial-hospital",
    ),
]

PARTICLE_SURNAMES = [
    names_case(
        ["Roll Call: Ruth Angove, Piers Lanyon. Greta Vander Molen was absent; Maria Dos Reis sent apologies."],
        set(),
        set(),
        "capitalised-particle-surnames",
        people={"Greta Vander Molen", "Maria Dos Reis"},
        not_people={"Greta Vander", "Maria Dos"},
    ),
]

CLUBS_AND_BRANCHES = [
    names_case(
        ["A report on the Thursday Club was given by the captain; entries continue to rise."],
        {"Thursday Club"},
        set(),
        "club-named-after-its-day",
    ),
    names_case(
        ["Ruth Angove of St. Anne WI chaired the election. As Kelmar Valley WI begins its fifth year, members met."],
        {"St. Anne WI", "Kelmar Valley WI"},
        {"As Kelmar Valley WI", "Women's Institute"},
        "wi-branches",
    ),
    names_case(
        ["The summer meeting was held at the Elm Fairgrounds KVW WI style, with a potluck."],
        {"KVW WI"},
        {"Elm Fairgrounds KVW WI"},
        "wi-branch-initials-after-venue",
    ),
    names_case(
        ["The DMH Auxiliary keeps its name; the Dunmore Memorial Hospital Auxiliary funded the new monitor."],
        {"DMH Auxiliary", "Dunmore Memorial Hospital Auxiliary"},
        set(),
        "auxiliaries",
    ),
]

VOTE_RECORDS = [
    names_case(
        [
            "Motion by Ostrowski, second by Pellham to pay the bills. Voting in the affirmative were Ostrowski, "
            "Pellham, Varga, and Lindqvist. Motion carried."
        ],
        set(),
        set(),
        "motion-and-affirmative-surnames",
        people={"Ostrowski", "Pellham", "Varga", "Lindqvist"},
    ),
    names_case(
        ["It was moved by Tarrow and seconded by Brenning to approve the minutes as written."],
        set(),
        set(),
        "moved-and-seconded-by-surnames",
        people={"Tarrow", "Brenning"},
    ),
    names_case(
        ["A motion was made by Varga to accept the report. Affirmative: Varga, Tarrow, Brenning Opposed: None"],
        set(),
        set(),
        "affirmative-list-before-next-label",
        people={"Varga", "Tarrow", "Brenning"},
        not_people={"None", "Brenning Opposed"},
    ),
]

GUARDS = [
    names_case(
        ["The Director of Corporate Services reported on the budget."],
        set(),
        {"Corporate Services"},
        "guard-post-of-department",
    ),
    names_case(
        ["The State of Play report and the State of the Borough address were noted."],
        set(),
        {"State of Play", "State of the Borough"},
        "guard-state-of-not-a-state",
    ),
    names_case(
        ["The 94th RFC AGM was opened by the chair."],
        set(),
        {"RFC AGM", "94th RFC"},
        "guard-club-letters-without-a-name",
    ),
    names_case(
        ["Minutes of Meeting and Public Hearing, 4 May 2011"],
        set(),
        {"Meeting and Public Hearing", "Public Hearing"},
        "guard-minutes-of-meeting",
    ),
    names_case(
        ["The Township of Harlow Fire Department and the Township of Harlow Recreation Committee reported."],
        {"Township of Harlow Fire Department"},
        {"Township of Harlow"},
        "guard-township-only-inside-longer-names",
    ),
    names_case(
        ["The Wessex Ambulance Service sent its apologies."],
        {"Wessex Ambulance Service"},
        set(),
        "guard-service-without-centre",
    ),
    names_case(
        ["The January Finance Committee meeting was moved; the WI met in the hall."],
        set(),
        {"January Finance Committee", "WI"},
        "guard-month-before-committee-and-bare-wi",
    ),
    names_case(
        ["The Auxiliary Bishop blessed the hall; the Auxiliary met afterwards."],
        set(),
        {"Auxiliary Bishop", "Auxiliary"},
        "guard-auxiliary-post-and-bare-auxiliary",
    ),
    names_case(
        ["The Community Hospital and the General Hospital were both busy."],
        set(),
        {"Community Hospital", "General Hospital"},
        "guard-kind-of-hospital",
    ),
    names_case(
        ["The meeting was held in the Marrowby Township Hall; the Marrowby Township Clerk read the notice."],
        set(),
        {"Marrowby Township"},
        "guard-township-hall-and-clerk",
    ),
    names_case(
        ["Moved by Helen Quayle, seconded by Council to adopt the plan. Ayes: All"],
        set(),
        set(),
        "guard-vote-record-full-name-and-words",
        people={"Helen Quayle"},
        not_people={"Helen", "Council", "All"},
    ),
    names_case(
        ["The motion was made by Commr. Haldane, seconded by Comm. Pruett to approve the claims."],
        set(),
        set(),
        "guard-vote-record-abbreviated-titles",
        not_people={"Commr", "Comm"},
    ),
    names_case(
        ["The item was tabled on a motion made by Com. Ferrante and seconded by Com. Oduya."],
        set(),
        set(),
        "guard-vote-record-title-cut-short",
        not_people={"Com"},
    ),
    names_case(
        ["Ayes: Rowan Pike, Elsie Marr. Nays: None"],
        set(),
        set(),
        "guard-vote-list-of-full-names",
        not_people={"Rowan", "Elsie", "None"},
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "wanted", "absent", "people", "not_people"),
    HEADING_BODIES
    + PLACE_BODIES
    + CLUB_LETTERS
    + PLACES_BESIDE_THEIR_UNITS
    + PLACES_AND_HOSPITALS
    + CLUBS_AND_BRANCHES
    + PARTICLE_SURNAMES
    + VOTE_RECORDS
    + GUARDS,
)
def test_mentions57(
    paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str], not_people: set[str]
) -> None:
    check_parish_names(paragraphs, wanted, absent, people, not_people)


def _names_on_page_of(text: str, kind: str) -> set[str]:
    """The bodies or people (``kind``) named on a page that prints ``text`` alone, as its first line, aliases
    merged as extraction merges them."""
    line = Line(text, 60.0, 60.0, min(60.0 + 4.8 * len(text), 552.0), 70.0, 10.0, False)
    page = PageLayout(number=1, width=612.0, height=792.0, rotation=0, lines=[line])
    return {norm_name(m.name) for m in merge_person_aliases(find_mentions([page], "d")) if m.kind == kind}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Minutes of Quillan Vale Tennis Club AGM Present: Ruth Angove, Piers Lanyon", "Quillan Vale Tennis Club"),
        ("Minutes of Orrin Cross Cricket Club AGM, 9th May 2015 Present: Ruth Angove", "Orrin Cross Cricket Club"),
    ],
)
def test_club_heading_on_its_own_page(text: str, body: str) -> None:
    assert norm_name(body) in _names_on_page_of(text, "organisation")


def test_given_name_alone_is_the_listed_person() -> None:
    text = (
        "Attendance: Megan Thorley, Ruth Angove. Motion by Megan to accept the treasurer's report. Second by Ruth. "
        "Motion carries."
    )
    people = _names_on_page_of(text, "person")
    assert {"megan thorley", "ruth angove"} <= people
    assert not {"megan", "ruth"} & people


def test_given_name_subjects() -> None:
    text = (
        "Attendance: Megan Thorley, Ruth Angove. Megan reported that the grant had arrived. Imogen will book the "
        "hall. Tobias Dean reported on the path; Dean also gave the treasurer's report."
    )
    people = _names_on_page_of(text, "person")
    assert {"megan thorley", "ruth angove", "imogen", "tobias dean"} <= people
    assert not {"megan", "dean", "tobias"} & people


def test_given_name_of_two_people_stays_apart() -> None:
    text = "Attendance: Megan Thorley, Megan Ashdown. Motion by Megan to accept the treasurer's report."
    people = _names_on_page_of(text, "person")
    assert {"megan thorley", "megan ashdown"} <= people
