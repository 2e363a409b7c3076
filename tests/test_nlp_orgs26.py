"""Stop 26 (issue #6): the other committees and groups of a body named in minutes and reports.

Five classes the dev and tune golds share (README stop 22: another committee, board or group of the same body is
an organisation; only the meeting's own is not; an acronym printed with its full name is one entry, the full name):

1. A governance group ("Staff Advisory Group", "Road Safety Working Group") whose words the document also prints
   in lower case ("until the staff advisory group is running") is still a named group of the body; a support
   session ("Carers Support Group") or a bare "Working Group" stays out.
2. A committee printed by an ampersand initialism ("The O&S Committee heard ...", "F&A Committee") whose full words
   the document prints ("Overview and Scrutiny" as a heading, "Finance and Audit" as a list heading) is named in
   full; one printed with no full words nearby stays as printed.
3. Two committees sharing one plural head ("F&A and Governance Committees – 30th October", "the Planning and
   Licensing Committees") are two committees.
4. A council's service the document gives its initials ("the Care Leaving Service (CLS)") is a named service, though
   its words are printed in lower case too ("leaving care"); without initials such a name still describes work.
5. A committee's capitalised name before a lower-case head ("a meeting of the Education & Young People committee")
   is that committee; a possessive ("Councillor X's committee"), a hall's or a council's committee names none.

Shapes from the dev and tune documents (read from ../shared/corpus/real, never copied): suffolk-libraries
2013-09-26 and 2012-09-11 board minutes, souldern-pc 2026-01-29 district and (tune) 2026-03-26
county councillor reports, kent-cc 2025-01-30
report 24/00109 (transfer of the 18-25 service). Drawn cases keep the
shape and phrasing of public pages of other bodies, with names, places and dates changed:

- https://asura.asu.edu/minutes-march-13-2018 (board minutes naming its committees: "The Scholarship Committee
  reported ...", "The Travel Committee reported ...", "the travel committee is working on ...")
- https://www.actionagainsthunger.org.uk/node/2029 (a charity's "Finance and Audit Committee" reporting to its Board)
- https://preston-np.org.uk/meetings/minutes/sgm-2016-07-14/ ("the steering group must take it forward",
  "Skills list of Steering Group", a group's words in lower and in capitals)
- https://docsbay.net/doc/770139/minutes-of-sheepy-parish-neighbourhood-plan-steering-group ("Sub Group to
  revisit ...", "presented to the Parish Council for noting")
- https://abberleyparish.org.uk/terms-of-reference ("Members of the Steering Group shall be appointed to chair the
  Working Group(s)")
- https://westsussex.moderngov.co.uk/mgAi.aspx?ID=10689 ("the revised Early Help Service redesign proposals",
  "The Service Lead for Early Help", the service's words also in lower case: "early help")
- https://meetings.cotswold.gov.uk/ieIssueDetails.aspx?IId=5204&Opt=3 was read for the "O&S work plan" beside
  "Overview and Scrutiny Committee" shape only (host already cited in tests/; no case copies it)

Names are compared as `agendaparse eval` compares them (sets after `evaluate.norm_name`).
"""

from __future__ import annotations

import pytest

from agendaparse.evaluate import norm_name
from conftest import needs_shared
from minutes_page import minutes_page, organisations_on_page
from tune_cases import extracted

BODY = "Westhaven Libraries CIO"
HEADING = [BODY, "Board Meeting Minutes", "Thursday 14 March 2024, 2.00pm, Meeting Room 2, Central Library"]
MEMBERS = "Present: Ruth Coley (Chair), Owen Pryce, Helen Dunmore, Zara Jukes (Clerk to the Board)"


def organisations(paragraphs: list[str]) -> set[str]:
    """What the page names besides the body holding the meeting, normalised as eval compares names."""
    found = organisations_on_page(minutes_page([*HEADING, MEMBERS, *paragraphs]))
    return {norm_name(name) for name in found} - {norm_name(BODY)}


def case(paragraphs: list[str], wanted: set[str], absent: set[str], slot: str, **marks) -> pytest.param:  # type: ignore[valid-type]
    return pytest.param(paragraphs, wanted, absent, id=slot, **marks)


# --- class 1: governance groups in words the document also prints in lower case ----------------------------------
GROUPS = [
    case(
        [
            "4. Volunteer Advisory Group",
            "Ruth Coley introduced the Volunteer Advisory Group and the proposal for it to meet before each Board.",
            "The Board noted that staff observers will attend until the volunteer advisory group is fully running.",
        ],
        {"Volunteer Advisory Group"},
        set(),
        "advisory-group-also-lower",
    ),
    case(
        [
            "6. Road Safety Working Group",
            "The Road Safety Working Group reported on speed checks; road safety remains a concern for residents.",
            "The working group will report again in June.",
        ],
        {"Road Safety Working Group"},
        set(),
        "working-group-also-lower",
    ),
    case(
        [
            "The Travel Committee reported that the coach trip is confirmed. The Schools Liaison Group met twice;",
            "schools liaison continues by email and the travel committee is working on the spring programme.",
        ],
        {"Travel Committee", "Schools Liaison Group"},
        set(),
        "liaison-group-beside-committee",
    ),
    case(
        [
            "Members of the Steering Group shall be appointed to chair the Working Group as required.",
            "The working group will meet monthly.",
        ],
        set(),
        {"Working Group"},
        "bare-working-group-not",
    ),
    case(
        [
            "Sessions at the hub include the Carers Support Group on Tuesdays and the carers support drop-in.",
        ],
        set(),
        {"Carers Support Group"},
        "support-session-not",
    ),
]

# --- class 2: an ampersand initialism whose full words the document prints ---------------------------------------
INITIALISMS = [
    case(
        [
            "Overview and Scrutiny",
            "The O&S Committee heard from the Police and Crime Commissioner on response times.",
        ],
        {"Overview and Scrutiny Committee"},
        {"O&S Committee"},
        "heading-then-initialism",
    ),
    case(
        [
            "5. Committee membership",
            "Finance and Audit",
            "Ruth Coley, Owen Pryce",
            "The F&A Committee will agree its terms of reference at its first meeting.",
        ],
        {"Finance and Audit Committee"},
        {"F&A Committee"},
        "list-heading-then-initialism",
    ),
    case(
        [
            "The Policy & Resources budget was noted.",
            "The P&R Committee will consider the reserves policy in May.",
        ],
        {"Policy & Resources Committee"},  # the full words as printed
        {"P&R Committee"},
        "ampersand-words-then-initialism",
    ),
    case(
        ["The H&S Committee will review the fire risk assessment."],
        {"H&S Committee"},
        set(),
        "initialism-alone-as-printed",
    ),
]

# --- class 3: two committees under one plural head ----------------------------------------------------------------
SHARED_HEADS = [
    case(
        [
            "7. Dates of next meetings",
            "Staffing Committee – 21st October 2024",
            "Finance and Audit",
            "F&A and Governance Committees – 30th October 2024",
        ],
        {"Staffing Committee", "Finance and Audit Committee", "Governance Committee"},
        {"F&A Committee"},
        "initialism-and-word-committees",
    ),
    case(
        ["The report will go to the Planning and Licensing Committees in the new year."],
        {"Planning Committee", "Licensing Committee"},
        set(),
        "two-words-committees",
    ),
    case(
        ["Members thanked the chairs of both committees and the Scholarship Committee."],
        {"Scholarship Committee"},
        set(),
        "lower-committees-not-split",
    ),
]


# --- class 4: a council's service the document gives its initials, in words also printed in lower case ----------
SERVICES = [
    case(
        [
            "1.1 Young adults looked after within the Care Leaving Service (CLS) move on at 21; leaving care",
            "support continues to 25.",
        ],
        {"Care Leaving Service"},
        set(),
        "service-with-initials-kent-shape",
    ),
    case(
        [
            "15.1 The Committee considered the Early Help Service (EHS) redesign proposals following consultation.",
            "15.5 Demand for early help had outstripped resource over the last year.",
        ],
        {"Early Help Service"},
        set(),
        "service-with-initials-drawn",
    ),
    case(
        ["The Public Health Service will fund the pilot; public health outcomes are reported quarterly."],
        set(),
        {"Public Health Service"},
        "service-in-common-words-without-initials-not",
    ),
]


# --- class 5: a committee's capitalised name before a lower-case head ---------------------------------------------
LOWER_CASE_HEADS = [
    case(
        [
            "I also recently attended a meeting of the Children & Families committee, which in a report on",
            "nursery places highlighted the gaps in provision.",
        ],
        {"Children & Families committee"},
        set(),
        "councillor-report-lower-head",
    ),
    case(
        ["The scheme goes to the Planning and Regulation committee in May."],
        {"Planning and Regulation committee"},
        set(),
        "and-name-lower-head",
    ),
    case(
        [
            "Councillor Swandel's committee met twice. The Village Hall committee will set the hire charges,",
            "and the Parish Council committee structure was reviewed.",
        ],
        set(),
        {"Swandel's committee", "Village Hall committee", "Parish Council committee"},
        "possessive-venue-council-not",
    ),
]


def test_own_committee_with_a_lower_case_head_is_not_listed() -> None:
    heading = ["Westhaven District Council", "Licensing Committee", "Minutes of the meeting held on 3 June 2024"]
    page = minutes_page([*heading, "The Licensing committee noted the report.", "The Planning committee met."])
    found = {norm_name(name) for name in organisations_on_page(page)}
    assert norm_name("Licensing committee") not in found
    assert norm_name("Planning committee") in found


def _check(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    found = organisations(paragraphs)
    assert {norm_name(name) for name in wanted} <= found
    assert not {norm_name(name) for name in absent} & found


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), GROUPS)
def test_governance_group_in_common_words(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), INITIALISMS)
def test_ampersand_initialism_named_in_full(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), SHARED_HEADS)
def test_committees_sharing_a_plural_head(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), SERVICES)
def test_service_printed_with_its_initials(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), LOWER_CASE_HEADS)
def test_committee_with_a_lower_case_head(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


# --- regressions on the real documents ----------------------------------------------------------------------------

SUFFOLK_2013 = "suffolk-libraries/2013-09-26_board_minutes.pdf"
SUFFOLK_2012 = "suffolk-libraries/2012-09-11_board_minutes.pdf"
SOULDERN_2026_01 = "souldern-pc/2026-01-29_district_councillor_report.pdf"
SOULDERN_2026_03 = "souldern-pc/2026-03-26_county_councillor_report.pdf"
KENT_TRANSFER_18_25 = "kent-cc/2025-01-30_24-00109_cabinet_report_transfer_18-25.pdf"


def _organisations_of(path: str) -> set[str]:
    return {norm_name(name) for name in extracted(path)["organisations"]}


@needs_shared()
def test_suffolk_2013_other_committees() -> None:
    found = _organisations_of(SUFFOLK_2013)
    wanted = ("Finance and Audit Committee", "Governance Committee", "Staffing Committee")
    assert {norm_name(name) for name in wanted} <= found
    assert norm_name("Board") not in found


@needs_shared()
def test_suffolk_2012_staff_advisory_group() -> None:
    assert norm_name("Staff Advisory Group") in _organisations_of(SUFFOLK_2012)


@needs_shared()
def test_souldern_2026_overview_and_scrutiny() -> None:
    found = _organisations_of(SOULDERN_2026_01)
    assert norm_name("Overview and Scrutiny Committee") in found
    assert norm_name("O&S Committee") not in found


@needs_shared()
def test_kent_transfer_services_with_initials() -> None:
    found = _organisations_of(KENT_TRANSFER_18_25)
    assert {norm_name("Care Leaving Service"), norm_name("Strengthening Independence Service")} <= found


@needs_shared()
def test_souldern_2026_03_lower_case_committee() -> None:
    found = _organisations_of(SOULDERN_2026_03)
    assert norm_name("Education & Young People committee") in found
    assert norm_name("Joint Health Overview & Scrutiny Committee") in found
