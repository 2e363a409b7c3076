"""Round 28: organisation shapes round 27 left (corpus/gold/README.md: named organisations and bodies count, generic
words and roles do not; an acronym printed with its full name is one entry; the meeting's own committee is not one).

Six classes of shape:

1. Firms whose names open with initials, in a supplier slot ("quote from A & B Landscapes", "C J Mowing").
2. Names with no body word ("Mothers' Union", "Ashwell Scouts", "Age UK Westshire", "Citizens Advice ...",
   "Healthwatch ...", "Sport England"): a fixed national body is a list entry; local ones are read from a slot.
3. Singular and plural forms of one body on one page ("Library and ..." / "Libraries and ... Service"): one body,
   named as first printed (the dev family-hubs gold lists it "once under the first spelling").
4. "A with B Council" parish names, without taking "working with X County Council".
5. A form label run into its value in an equality impact assessment form ("... Responsible Service").
6. Fire authorities, integration joint boards and the governing boards of schools named in prose.

Drawn cases keep the shape and phrasing of public pages of bodies not cited in tests/ before, with names, places
and numbers changed:

- http://www.berkswich-pc.gov.uk/grass-cutting/ ("the contract with X Grounds Maintenance ended", "The Council
  requested quotes from several companies, including TGM", "X Ground Maintenance ... submitted a competitive quote")
- https://alnwick-tc.gov.uk/news/town-council-approves-grants-for-local-organisations/ ("four grants of over £1,000
  to X and District Playhouse Trust, X Museum, Hospice Care North X and X Citizens Advice Bureau", "League of
  Friends of the X Hospital ... and X Credit Union")
- https://lewes-tc.gov.uk/services/grants/application-pack/ ("larger grants each year to organizations like
  Citizens' Advice and support for community bus services")
- https://devonalc.org.uk/news/south-brent-parish-council-helps-local-scout-group ("Following an unsuccessful
  application to the National Lottery Awards for All fund, they applied to X Parish Council for help")
- https://travelsdocbox.com/amp/83520087-United_Kingdom/West-malling-parish-council.html (a list of parish
  councils' headings: "WINTHORPE WITH LANGFORD PARISH COUNCIL", "CATON-WITH-LITTLEDALE PARISH COUNCIL")
- https://hmicfrs.justiceinspectorates.gov.uk/publication-html/state-of-fire-and-rescue-2019-annexes/ ("independent
  of Government, as well as fire and rescue authorities and police forces")
- https://wixlib.com/document/2fee5_west-dunbartonshire-council.html ("a meeting of the X Health and Social Care
  Partnership Board", "Chief Executive – X Council")
- https://www.wopc.org.uk/minutes-of-extraordinary-parish-council-meeting-tues-9th-november/ ("Mr S. Stuart Chairman
  School Board of Governors", "keen to work with the school")
- https://issuu.com./nhskirklees/docs/template_eia-1 was read for the shape of an equality impact assessment form (a
  label and its value on one row; host already cited in tests/, no case copies its words)

The singular/plural class keeps the shape of the dev Kent family-hubs comparison (a service named as "Library and
..." and "Libraries and ..." on one page), "asked-for-a-thing" and "company-called" the shapes of the tune Ayton minutes
("agreed to ask X Farms for a village Christmas tree", "A company called X from Glasgow"); no case copies their words.
Names are compared as `agendaparse eval` compares them (sets after `evaluate.norm_name`).
"""

from __future__ import annotations

import pytest

from agendaparse.evaluate import norm_name
from agendaparse.nlp.organisations import organisation_names
from minutes_page import minutes_page, organisations_on_page

BODY = "Holmbridge Parish Council"
HEADING = [BODY, "Minutes of the Parish Council Meeting", "Monday 13 May 2024 at 7.30pm, The Village Hall"]
MEMBERS = "Present: Cllr Ruth Coley (Chair), Cllr Owen Pryce, Cllr Helen Dunmore, Zara Jukes (Clerk)"


def organisations(paragraphs: list[str]) -> set[str]:
    """What the page names besides the body holding the meeting, normalised as eval compares names."""
    found = organisations_on_page(minutes_page([*HEADING, MEMBERS, *paragraphs]))
    return {norm_name(name) for name in found} - {norm_name(BODY)}


def case(paragraphs: list[str], wanted: set[str], absent: set[str], slot: str, **marks) -> pytest.param:  # type: ignore[valid-type]
    return pytest.param(paragraphs, wanted, absent, id=slot, **marks)


# --- class 1: firms named with initials in a supplier slot ---------------------------------------------------------
INITIAL_FIRMS = [
    case(
        ["The Council requested quotes for the verges; the lowest quote, from A & B Landscapes, was accepted."],
        {"A & B Landscapes"},
        set(),
        "ampersand-initials-firm-after-from",
    ),
    case(
        ["Quotes were received from C J Mowing and Greenacre Grounds Maintenance for the churchyard grass cutting."],
        {"C J Mowing", "Greenacre Grounds Maintenance"},
        set(),
        "spaced-initials-firm-in-a-list",
    ),
    case(
        ["It was resolved that the quote of £640 from R J Holt & Sons be accepted for the hedge works."],
        {"R J Holt & Sons"},
        {"Holt & Sons"},
        "initials-and-sons-without-legal-form",
    ),
    case(
        [
            "The contract with T G Grounds Maintenance ended in 2023. Hazel Ground Maintenance were highly recommended",
            "and submitted a competitive quote.",
        ],
        {"T G Grounds Maintenance", "Hazel Ground Maintenance"},
        set(),
        "contract-with-initials-firm",
    ),
    case(
        ["Cllr Pryce proposed that the contract be awarded to D W Fencing at a cost of £1,150; all agreed."],
        {"D W Fencing"},
        {"Pryce"},
        "awarded-to-initials-firm",
    ),
    case(
        ["A quote from J Smithson was noted. Grounds Maintenance was deferred. Hedge Cutting and Fencing were agreed."],
        set(),
        {"J Smithson", "Grounds Maintenance", "Hedge Cutting and Fencing", "Cutting and Fencing"},
        "person-and-works-not-firms",
    ),
]

# --- class 2: names with no body word ------------------------------------------------------------------------------
NO_BODY_WORD = [
    case(
        ["The Council agreed grants to the Mothers' Union, Ashwell Scouts and Age UK Westshire."],
        {"Mothers' Union", "Ashwell Scouts", "Age UK Westshire"},
        set(),
        "grants-to-three-groups",
    ),
    case(
        ["Larger grants are made each year to organisations like Citizens Advice Mid Westshire and the bus service."],
        {"Citizens Advice Mid Westshire"},
        set(),
        "citizens-advice-with-area",
    ),
    case(
        ["Grants of over £1,000 went to Ashwell Citizens Advice Bureau and Hospice Care North Westshire."],
        {"Ashwell Citizens Advice Bureau", "Hospice Care North Westshire"},
        set(),
        "bureau-and-hospice-grants",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'Hospice Care North Westshire' has no body word and 'went to' is no supplier's or funder's slot; "
            "the bureau is read, the hospice is not",
        ),
    ),
    case(
        ["Healthwatch Westshire has asked the Council to share its survey on access to GP surgeries."],
        {"Healthwatch Westshire"},
        set(),
        "healthwatch-subject",
    ),
    case(
        ["After an unsuccessful application to Sport England, the club applied to Historic England for the pavilion."],
        {"Sport England", "Historic England"},
        set(),
        "national-bodies-named-england",
    ),
    case(
        ["Community First Westshire will carry out the housing needs survey for the parish this autumn."],
        {"Community First Westshire"},
        set(),
        "community-first-area",
    ),
    case(
        ["The Clerk agreed to ask Hollins Farms for a Christmas tree; the Chair will ask Peter Dale for a copy."],
        {"Hollins Farms"},
        {"Peter Dale"},
        "asked-for-a-thing",
    ),
    case(
        ["A company called Spick ‘n’ Span from Leeds has been calling door to door in the village."],
        {"Spick ‘n’ Span"},
        {"Leeds"},
        "company-called",
    ),
]

# --- class 3: singular and plural forms of one body ----------------------------------------------------------------
ONE_BODY_TWO_FORMS = [
    case(
        [
            "The Westshire Library and Registration Service will run the mobile library from June.",
            "Members thanked the Westshire Libraries and Registration Service for the new opening hours.",
        ],
        {"Westshire Library and Registration Service"},
        {"Westshire Libraries and Registration Service"},
        "library-and-libraries-one-body",
    ),
    case(
        [
            "A letter from the Westshire Museum and Archives Service was noted.",
            "The Westshire Museums and Archives Service will lend the parish maps for the exhibition.",
        ],
        {"Westshire Museum and Archives Service"},
        {"Westshire Museums and Archives Service"},
        "museum-and-museums-one-body",
    ),
]

# --- class 4: "A with B" parish councils ---------------------------------------------------------------------------
WITH_COUNCILS = [
    case(
        ["The Clerk had written to Winthorpe with Langford Parish Council about the shared footpath."],
        {"Winthorpe with Langford Parish Council"},
        {"Langford Parish Council"},
        "a-with-b-parish-council",
    ),
    case(
        ["Officers were working with Westshire County Council on the speed limit review."],
        {"Westshire County Council"},
        {"Officers were working with Westshire County Council", "working with Westshire County Council"},
        "working-with-county-council-not",
    ),
    case(
        ["A joint response was sent with Caton-with-Littledale Parish Council to the planning consultation."],
        {"Caton-with-Littledale Parish Council"},
        set(),
        "hyphenated-with-parish-council",
    ),
    case(
        ["The grant was shared with Ashwell Town Council for the bus shelter."],
        {"Ashwell Town Council"},
        {"grant was shared with Ashwell Town Council"},
        "shared-with-town-council-not",
    ),
]

# --- class 5: a form label run into its value ----------------------------------------------------------------------
FORM_LABELS = [
    case(
        [
            "Directorate Adult Social Care and Health Responsible Service Older People's Commissioning",
            "Lead officer Jane Oakes Version 2",
        ],
        set(),
        {"Adult Social Care and Health Responsible Service"},
        "directorate-value-then-label",
    ),
    case(
        [
            "Name of the service Westshire Library and Archives Service Responsible Officer Dan Mercer",
        ],
        {"Westshire Library and Archives Service"},
        {"Westshire Library and Archives Service Responsible Officer"},
        "service-name-then-officer-label",
    ),
]

# --- class 6: fire authorities, integration joint boards and school governing boards -------------------------------
FIRE_IJB_SCHOOLS = [
    case(
        ["Cllr Dunmore reported on the last meeting of the Westshire and Ashby Fire Authority and its budget."],
        {"Westshire and Ashby Fire Authority"},
        set(),
        "fire-authority",
    ),
    case(
        ["The Westshire Combined Fire Authority has agreed to keep the retained station open."],
        {"Westshire Combined Fire Authority"},
        set(),
        "combined-fire-authority",
    ),
    case(
        ["Ms K Shah, Chief Officer, East Westshire Integration Joint Board, presented the care home strategy."],
        {"East Westshire Integration Joint Board"},
        {"Chief Officer"},
        "integration-joint-board-after-role",
    ),
    case(
        ["Members noted the report of the West Dunmore Health and Social Care Partnership Board on day services."],
        {"West Dunmore Health and Social Care Partnership Board"},
        set(),
        "partnership-board",
    ),
    case(
        ["Mr S Stuart, Chairman of the Governing Board of Holmbridge Primary School, explained the school's finances."],
        {"Holmbridge Primary School"},
        {"Governing Board of Holmbridge Primary School"},
        "school-governing-board",
    ),
    case(
        ["The Governors of Ashwell Church of England Academy wrote to the Council about the crossing."],
        {"Ashwell Church of England Academy"},
        set(),
        "governors-of-academy",
    ),
]


def _check(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    found = organisations(paragraphs)
    assert {norm_name(name) for name in wanted} <= found
    assert not {norm_name(name) for name in absent} & found


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), INITIAL_FIRMS)
def test_firms_named_with_initials(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), NO_BODY_WORD)
def test_names_without_a_body_word(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), ONE_BODY_TWO_FORMS)
def test_singular_and_plural_forms_one_body(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), WITH_COUNCILS)
def test_a_with_b_councils(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), FORM_LABELS)
def test_form_labels_not_in_names(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(
    "run",
    [
        pytest.param("Directorate   Children, Families and Learning Responsible Service   Early Help", id="service"),
        pytest.param("Directorate   Growth and Communities Responsible Officer   Dan Mercer", id="officer"),
    ],
)
def test_form_label_after_value_cut(run: str) -> None:
    """An equality impact assessment's label/value rows, read as one run with their column gaps (as the form's
    paragraph reaches the organisation reader): the next row's label is not part of the value's name."""
    assert not any("responsible" in norm_name(name) for name in organisation_names(run))


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), FIRE_IJB_SCHOOLS)
def test_fire_ijb_and_school_boards(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)
