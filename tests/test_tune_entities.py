"""Tune round (stop 24), people and organisations: misses the hand-annotated real documents of corpus/gold/tune
showed, one test per case (named after it, as pdfplumber's tests/test_issues.py), reading the real PDF by path from
../shared/corpus/real and skipped when it is absent; constructed cases beside them show each rule's wider shape.

The documents (annotated from the PDFs before agendaparse was run on them; judgement calls in each file's notes):
ayton-cc/2013-11-05 minutes, suffolk-libraries/2012-09-11 and 2016-01-28 board minutes, kent-cc 24/00096 proposed
record of decision, kent-cc 2025-03-13 county council questions and answers, souldern-pc 2026-03-26 county
councillor report, nipissing-township 2024-03-19 amended agenda, omaha 2012-10-16 city council agenda.

Round 2 (issue #6, organisation recall) added the cases marked "round 2": bodies whose words hold no body word
(a bank of its place, a state university's campus, 'U.S.' before a department, a US legal form alone, a centre
for a cause, 'Parliament' alone). Its constructed cases use invented names in the shapes the Omaha agenda and the
Kent questions and answers print.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agendaparse.evaluate import norm_name, score_names
from agendaparse.models import Mention
from agendaparse.nlp import find_mentions
from agendaparse.nlp.names import given_name_people, strip_title
from agendaparse.nlp.organisations import (
    acronym_bodies,
    acronyms_listed_after_bodies,
    organisation_names,
    supplier_names,
)
from conftest import needs_shared
from segment_cases import render
from tune_cases import (
    AYTON_2013,
    KENT_DECISION,
    KENT_QA,
    NIPISSING_AGENDA,
    OMAHA_2012,
    SUFFOLK_2012,
    SUFFOLK_2016,
    TUNE,
    extracted,
)


def _people(path: str) -> set[str]:
    return {norm_name(name) for name in extracted(path)["people"]}


def _organisations(path: str) -> set[str]:
    return {norm_name(name) for name in extracted(path)["organisations"]}


# --- real documents -------------------------------------------------------------------------------------------


@needs_shared()
def test_kent_qa_judge_named_by_surname() -> None:
    """'Mr Justice Cavanagh' is the judge Cavanagh (the gold drops titles), not a person called 'Justice Cavanagh'."""
    people = _people(KENT_QA)
    assert norm_name("Cavanagh") in people
    assert norm_name("Justice Cavanagh") not in people


@needs_shared()
def test_kent_qa_road_in_a_list_of_roads_is_no_person() -> None:
    """'… Heathfield Way, Bramling Road, Black Robin Lane, Turks Hill …': 'Robin Lane' is the end of a road's name."""
    assert norm_name("Robin Lane") not in _people(KENT_QA)


@needs_shared()
def test_kent_qa_two_acronyms_joined_by_and_are_two_bodies() -> None:
    """'jointly provided by KCC and KCHFT' is the council and the trust (printed with its full name), not one body."""
    organisations = _organisations(KENT_QA)
    assert norm_name("KCC and KCHFT") not in organisations
    assert norm_name("Kent Community Health Foundation Trust") in organisations


@needs_shared()
def test_kent_qa_one_body_printed_in_two_forms_is_listed_once() -> None:
    """'East Kent Hospitals Trust' then twice 'East Kent Hospital Trust (EKHUFT)'; 'Health Overview Scrutiny
    Committee' beside 'Health Overview and Scrutiny Committee'; the misprint 'Kent Conty Council'."""
    organisations = _organisations(KENT_QA)
    assert norm_name("East Kent Hospital Trust") in organisations
    assert norm_name("East Kent Hospitals Trust") not in organisations
    assert norm_name("Health Overview and Scrutiny Committee") in organisations
    assert norm_name("Health Overview Scrutiny Committee") not in organisations
    assert norm_name("Kent Conty Council") not in organisations


@needs_shared()
def test_kent_decision_levy_with_its_acronym_is_no_person() -> None:
    """'the Community Infrastructure Levy (CIL)': a levy, whose bracketed capitals fit its words as a person's do."""
    assert extracted(KENT_DECISION)["people"] == []


@needs_shared()
def test_kent_qa_area_health_body_with_a_possessive_and_a_transport_body() -> None:
    """ "NHS Kent and Medway's primary care strategy"; "working with … Network Rail and Transport for the South East"
    (one of England's sub-national transport bodies, now in data/organisations.txt)."""
    organisations = _organisations(KENT_QA)
    assert {norm_name("NHS Kent and Medway"), norm_name("Transport for the South East")} <= organisations


@needs_shared()
def test_kent_decision_cabinet_committee_in_a_report_is_its_pathway() -> None:
    """'The Children’s and Young People Cabinet Committee endorsed the KCP': a report's decision pathway, which the
    Kent report golds do not list (as a report's bare 'Cabinet')."""
    assert norm_name("Children’s and Young People Cabinet Committee") not in _organisations(KENT_DECISION)


@needs_shared()
def test_nipissing_agenda_corporation_of_the_township_is_the_township() -> None:
    """'The Corporation of the Township of Nipissing' (Ontario's legal style) is 'Township of Nipissing', as the
    Nipissing dev gold records the body."""
    organisations = _organisations(NIPISSING_AGENDA)
    assert norm_name("Township of Nipissing") in organisations
    assert norm_name("Corporation of the Township of Nipissing") not in organisations


@needs_shared()
def test_suffolk_2012_hyphenated_surname_printed_with_a_space() -> None:
    """'the decisions by Mark Adams- Wright at SCC': one double-barrelled surname."""
    assert norm_name("Mark Adams-Wright") in _people(SUFFOLK_2012)


@needs_shared()
def test_suffolk_2012_solicitors_and_member_body() -> None:
    """'advice was being sought from Birketts and SCC' names the solicitors; 'a board member of CILIP' a body."""
    organisations = _organisations(SUFFOLK_2012)
    assert {norm_name("Birketts"), norm_name("CILIP")} <= organisations


@needs_shared()
def test_ayton_2013_reply_from_a_bus_operator() -> None:
    """'No reply had been received from Perrymans regarding the request for an earlier bus'."""
    assert norm_name("Perrymans") in _organisations(AYTON_2013)


@needs_shared()
def test_suffolk_2016_local_station_and_acronyms_listed_with_a_body() -> None:
    """'BBC Suffolk and EADT/Suffolk Magazine have pledged their support'; 'representatives from the Suffolk Chamber
    of Commerce, LEP, Media, UCS and other area'; 'Place   Bury Library' is the meeting's venue."""
    organisations = _organisations(SUFFOLK_2016)
    assert norm_name("BBC Suffolk") in organisations
    assert norm_name("BBC") not in organisations
    assert {norm_name("LEP"), norm_name("UCS"), norm_name("EADT")} <= organisations
    assert norm_name("Bury Library") not in organisations


@needs_shared()
def test_omaha_contractors_listed_with_their_legal_forms() -> None:
    """'the proposed contracts with Elkhorn Lawn Care, Pond Pros, C&S Roofing, Inc., Dana Enterprises, Inc., …, and
    Affordable Construction': 22 firms, a legal form after a comma is the firm's, not the next name, and 'Dana
    Enterprises' and 'Alexander Lawns' are firms, not people."""
    organisations = _organisations(OMAHA_2012)
    firms = ["C&S Roofing, Inc.", "Dana Enterprises, Inc.", "Alexander Lawns", "First Choice Builders Consulting LLC",
             "Affordable Construction", "Quadrelle Realty Services, LLC"]  # fmt: skip
    assert {norm_name(firm) for firm in firms} <= organisations
    assert not {norm_name("Inc"), norm_name("LLC")} & organisations
    people = _people(OMAHA_2012)
    assert (
        not {norm_name(name) for name in ("Dana Enterprises", "Alexander Lawns", "Ray Martin", "Mike Fahey")} & people
    )


@needs_shared()
def test_omaha_appointee_with_middle_initial_after_of() -> None:
    """'the reappointment by Mayor Jim Suttle of Anne M. Meysenburg as …': a person, not the body a person is of."""
    assert {norm_name("Anne M. Meysenburg"), norm_name("Karin M. Campbell")} <= _people(OMAHA_2012)


@needs_shared()
def test_omaha_department_read_inside_a_longer_name_is_not_another_body() -> None:
    """'Nebraska Department of Health and Human Services': 'Department of Health' (a listed body) is only its words."""
    assert norm_name("Department of Health") not in _organisations(OMAHA_2012)


@needs_shared()
def test_omaha_bank_of_its_city_and_a_state_university_campus() -> None:
    """'First National Bank of Omaha, as Trustee'; 'the University of Nebraska at Omaha’s Juvenile Justice Institute'
    (round 2): a bank's 'of' place and a state university's campus are part of the name."""
    organisations = _organisations(OMAHA_2012)
    assert {norm_name("First National Bank of Omaha"), norm_name("University of Nebraska at Omaha")} <= organisations
    assert not {norm_name("First National Bank"), norm_name("University of Nebraska")} & organisations


@needs_shared()
def test_omaha_us_department_keeps_its_country() -> None:
    """'from the U.S. Department of Justice', 'the U.S Department of Transportation' (round 2)."""
    organisations = _organisations(OMAHA_2012)
    assert {norm_name("U.S. Department of Justice"), norm_name("U.S Department of Transportation")} <= organisations
    assert norm_name("Department of Transportation") not in organisations


@needs_shared()
def test_omaha_firms_named_by_their_legal_form_alone() -> None:
    """'CLASS “C” – YAP, Inc., dba “Varsity Sports Café …”', 'the bid of Polydyne, Inc.' (round 2): a US legal form
    names a firm whose words hold no body word; the trade name after 'dba' is not listed (the gold's note)."""
    organisations = _organisations(OMAHA_2012)
    firms = ["YAP, Inc.", "Taita, LLC", "Restaurants, Inc.", "Polydyne, Inc.", "Logan Contractors Supply, Inc."]
    assert {norm_name(firm) for firm in firms} <= organisations
    assert norm_name("Varsity Sports Café and Roman Coin Pizza") not in organisations


@needs_shared()
def test_omaha_center_for_a_cause() -> None:
    """'the Bemis Center for Contemporary Arts, … the Women’s Center for Advancement' (round 2): a centre for a cause
    is a body, and 'Women’s' (whom it serves) is not an owner body."""
    organisations = _organisations(OMAHA_2012)
    assert {
        norm_name("Bemis Center for Contemporary Arts"),
        norm_name("Women’s Center for Advancement"),
    } <= organisations


@needs_shared()
def test_kent_qa_parliament_named_alone() -> None:
    """'The Children’s Wellbeing and Schools Bill, currently progressing through Parliament' (round 2)."""
    assert norm_name("Parliament") in _organisations(KENT_QA)


@needs_shared()
@pytest.mark.xfail(
    strict=True,
    reason="'Delegation Request: Murray and Patricia Byers …', 'Garnet Hughes regarding …': 'Murray' is on the given"
    " names' stop-list as a common surname and 'Garnet' is not listed; a couple's shared surname is not yet read",
)
def test_nipissing_agenda_delegations_named_without_titles() -> None:
    assert {norm_name("Murray Byers"), norm_name("Garnet Hughes")} <= _people(NIPISSING_AGENDA)


@needs_shared()
@pytest.mark.xfail(
    strict=True,
    reason="'SBCCN – A Affleck and L Inglis': initial-and-surname names without a title or a list head are not read",
)
def test_ayton_2013_initial_and_surname_after_a_dash() -> None:
    assert {norm_name("A Affleck"), norm_name("L Inglis")} <= _people(AYTON_2013)


@needs_shared()
@pytest.mark.xfail(
    strict=True,
    reason="'Andrew St Ledger' (p 4) is also printed 'Andrew St ledger' (p 6): the lower-case 'ledger' makes the"
    " common-word filter drop the surname",
)
def test_suffolk_2012_surname_opening_with_st() -> None:
    assert norm_name("Andrew St Ledger") in _people(SUFFOLK_2012)


# people and organisations f1 each tune document reached (the Winnipeg Hansard's are not annotated)
FLOORS = {
    "ayton-cc__2013-11-05_ayton_cc_minutes": (0.95, 0.70),
    "kent-cc__2025-01-30_24-00096_proposed_record_of_decision": (1.0, 1.0),
    "kent-cc__2025-03-13_county_council_questions_and_answers": (1.0, 0.88),
    "nipissing-township__2024-03-19_amended_agenda": (0.5, 0.88),
    "omaha__2012-10-16_city_council_agenda": (0.9, 0.73),
    "souldern-pc__2026-03-26_county_councillor_report": (1.0, 0.8),
    "suffolk-libraries__2012-09-11_board_minutes": (0.96, 0.77),
    "suffolk-libraries__2016-01-28_board_minutes": (1.0, 0.87),
}


@needs_shared()
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_tune_documents_score_at_least_this_round(name: str) -> None:
    """Each tune document's people and organisations f1 stays at or above what this round reached."""
    gold_file = TUNE / f"{name}.json"
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    predicted = extracted(gold["source"]["path"])
    for section, floor in zip(("people", "organisations"), FLOORS[name], strict=True):
        counts = score_names(gold[section], predicted[section])
        tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
        f1 = 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)
        assert f1 >= floor - 1e-9, (section, f1)


# --- constructed cases: the same rules on other shapes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "name"),
    [("Mr Justice Cavanagh", "Cavanagh"), ("Mrs Justice Lambert", "Lambert"), ("Lord Justice Singh", "Singh")],
)
def test_judge_styles_give_the_surname(printed: str, name: str) -> None:
    assert strip_title(printed) == name


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("repairs on Green Lane, Upper Rose Hill and Black Robin Lane", []),
        ("Present: Cllr Smith Kate Green and Alan Hill", ["Kate Green", "Alan Hill"]),
        ("Amanda Sharman Kate Green", ["Amanda Sharman", "Kate Green"]),
        ("Robin Lane said the path was clear", ["Robin Lane"]),
        ("a note from Peter St John and Jane Smith- Jones", ["Peter St John", "Jane Smith-Jones"]),
        ("the hall on John St Albans Road", []),
    ],
)
def test_given_name_people_roads_saints_and_spaced_hyphens(text: str, people: list[str]) -> None:
    assert given_name_people(text) == people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("an interview on BBC Radio Kent today", ["BBC Radio Kent"]),
        ("a clip on the BBC News website", ["BBC"]),
        ("The Corporation of the City of Timmins wrote", ["City of Timmins"]),
        ("NHS Fife's board and NHS Tayside’s plan", ["NHS Fife", "NHS Tayside"]),
        ("a bid with Transport for the North and the council", ["Transport for the North"]),
    ],
)
def test_local_stations_and_ontario_corporate_style(text: str, names: list[str]) -> None:
    assert organisation_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("No reply had been received from Stagecoach regarding the timetable", ["Stagecoach"]),
        ("advice was sought from Wrenfold Legal and NCC on the lease", ["Wrenfold Legal", "NCC"]),
        ("a quote from Halloran and Webb", ["Halloran and Webb"]),
    ],
)
def test_replies_and_advice_name_their_sender(text: str, names: list[str]) -> None:
    assert supplier_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("submitted by Harlan Realty Services, LLC for a permit", ["Harlan Realty Services LLC"]),
        ("the Acme Trust, Ltd. and the council", ["Acme Trust Ltd"]),
    ],
)
def test_legal_form_after_a_comma_is_part_of_the_name(text: str, names: list[str]) -> None:
    assert organisation_names(text) == names


def test_contractor_list_with_legal_forms() -> None:
    text = "contracts with Ridge Lawn Care, Koi Pros, B&T Roofing, Inc., Lena Enterprises, Inc., and Peak Paving to"
    assert supplier_names(text) == [
        "Ridge Lawn Care",
        "Koi Pros",
        "B&T Roofing, Inc",
        "Lena Enterprises, Inc",
        "Peak Paving",
    ]


def test_acronyms_listed_after_a_named_body() -> None:
    text = "We met the Norfolk Chamber of Commerce, NALC, Press, UEA and other partners."
    assert acronyms_listed_after_bodies(text, ["Norfolk Chamber of Commerce"], set()) == ["NALC", "UEA"]
    assert acronyms_listed_after_bodies(text, ["Norfolk Chamber of Commerce"], {"NALC"}) == ["UEA"]


def test_member_of_an_acronym_body() -> None:
    assert acronym_bodies("She declared her interest as a member of RTPI and of its council.", set()) == ["RTPI"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("a loan from the Lakeside Savings Bank of Duluth, as agent", ["Lakeside Savings Bank of Duluth"]),
        ("a study with the University of Texas at Austin on", ["University of Texas at Austin"]),
        ("the University of Kent at its meeting", ["University of Kent"]),
        ("a grant from the U.S. Department of Energy for", ["U.S. Department of Energy"]),
        ("CLASS “D” – Qorva, LLC, dba “Corner Tap”, 12 Elm Street", ["Qorva LLC"]),
        ("to accept the bid of Brennick, Inc. to supply", ["Brennick Inc"]),
        ("a report by the Centre for Rural Policy said", ["Centre for Rural Policy"]),
        ("a grant to the Women’s Centre for Legal Advice and", ["Women’s Centre for Legal Advice"]),
        ("parking in the Town Centre for the market", []),
        ("the Bill now before Parliament, which", ["Parliament"]),
        ("wrote to the Member of Parliament for Dover", []),
        ("a rally in Parliament Square today", []),
    ],
)
def test_round2_shapes_of_bodies_without_a_body_word(text: str, names: list[str]) -> None:
    """Tune round 2: a bank of its place, a campus, 'U.S.' before a department, a legal form alone, a centre for a
    cause, the legislature by its one word; and the same words where they name no body."""
    assert organisation_names(text) == names


# --- drawn case: a body named only in the running footer (issue #6) -------------------------------------------

FOOTER = (
    "Registered Office: Central Library, Market Street, Elmbridge EL4 2QX "
    "Registered in England by the PRA, society number 30417R"
)


def _minutes_with_footer(tmp_path: Path, body_line: str) -> list[Mention]:
    """Three pages of board minutes, each printing ``FOOTER`` in its bottom margin."""
    rows = [
        "# Elmbridge Libraries Board",
        "Minutes of the meeting held on 14 May 2024",
        "1. Apologies were received from Ann Carver.",
        body_line,
        "---",
        "2. The board noted the accounts for the year.",
        "---",
        "3. The next meeting will be held in July.",
    ]
    pages = render(tmp_path / "minutes.pdf", rows, foot=FOOTER)
    assert all(FOOTER in page.furniture for page in pages)  # the footer is furniture, out of the item text
    return find_mentions(pages, "minutes")


def test_body_named_only_in_the_running_footer_is_read_once(tmp_path: Path) -> None:
    mentions = _minutes_with_footer(tmp_path, "The Chair thanked the staff for the library's summer programme.")
    from_furniture = [m for m in mentions if m.provenance.method == "rule:furniture-acronym"]
    assert [(m.name, m.kind, m.provenance.page) for m in from_furniture] == [("PRA", "organisation", 1)]
    assert not any(m.kind == "person" and "PRA" in m.name for m in mentions)


def test_body_named_in_text_and_footer_is_not_read_again_from_the_footer(tmp_path: Path) -> None:
    mentions = _minutes_with_footer(tmp_path, "The annual return was filed with the PRA in April.")
    assert [m.provenance.method for m in mentions if m.name == "PRA"] == ["rule:acronym-body"]
