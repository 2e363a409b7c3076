"""Round 4 rules: organisation names that hold on unseen documents (polling places, works, documents and
clause words are not bodies) and the owner of an action-log row whose Owner cell says "All"."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.models import ActionPlanRow, Provenance
from agendaparse.nlp import (
    ORG_CHAIN_RE,
    _named_after_of,
    acronym_bodies,
    actions_from_plan_rows,
    find_mentions,
    is_address_line,
    organisation_names,
)
from agendaparse.pdf import Line, PageLayout
from conftest import REAL, needs_shared
from minutes_page import shared_nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Terms of Reference for the Governance Committee were agreed", ["Governance Committee"]),
        ("bid award for Firefighter Turnout Gear for the Omaha Fire Department", ["Omaha Fire Department"]),
        ("The Standing Orders for the Board were approved.", []),
        ("sale of the property as satisfaction of the Deed of Trust and note", []),
        ("the Capital Integration Project and the Redevelopment Project", []),
        ("Recently Suffolk Libraries has opened", ["Suffolk Libraries"]),
        ("Since Suffolk Libraries took over", ["Suffolk Libraries"]),
        ("ORDINANCE ON FIRST READING and Planning Board", ["Planning Board"]),
        ("2 Open Forum No business", []),
        ("any Primary School or Secondary School in the county", []),
        ("an Industrial & Provident Society Limited", []),
        ("RE11 Scout Hall, 163 Northcourt Avenue, Reading N Church Ward NO.1", []),
        (
            "chaired by Matt Boughton, Leader of Tonbridge & Malling Borough Council.",
            ["Tonbridge & Malling Borough Council"],
        ),
        ("the Director of Corporate Services reported", []),
        (
            "between the City of Omaha and Nebraska Department of Roads (NDOR)",
            ["City of Omaha", "Nebraska Department of Roads"],
        ),
        ("the Nebraska Office of Highway Safety, in the amount of", ["Nebraska Office of Highway Safety"]),
        ("Children in Care Council met", ["Children in Care Council"]),
        ("Eastholme Home for the Aged Board of Management", ["Eastholme Home for the Aged Board of Management"]),
        ("the Canadian Federation of Students and the Conference Board of Canada", None),
    ],
)
def test_organisation_names(text, expected):
    if expected is None:
        expected = ["Canadian Federation of Students", "Conference Board of Canada"]
    assert organisation_names(text) == expected


def test_polling_places_over_their_address_are_not_bodies():
    def line(text: str, top: float) -> Line:
        return Line(text=text, x0=23, top=top, x1=300, bottom=top + 9)

    lines = [
        line("Place Name and Address:   Polling Districts:", 87),
        line("PORTH INFANTS SCHOOL   M", 100),
        line("CareTaker/Keyholder :", 108),
        line("GWENDOLINE STREET   4", 113),
        line("TREHERBERT", 137),
        line("CF42 5LW   UPRN :   1002427734", 173),
    ]
    page = PageLayout(number=1, width=595, height=842, rotation=0, lines=lines)
    assert {m.name for m in find_mentions([page], "x") if m.kind == "organisation"} == set()
    heading = [
        line("RHONDDA CYNON TAF COUNCIL", 30),
        line("PORTH INFANTS SCHOOL", 60),
        line("Minutes of the governors", 90),
    ]
    page = PageLayout(number=1, width=595, height=842, rotation=0, lines=heading)
    found = {m.name for m in find_mentions([page], "x") if m.kind == "organisation"}
    assert found == {"Rhondda Cynon Taf Council", "Porth Infants School"}


@pytest.mark.parametrize("text", ["GWENDOLINE STREET   4", "12 Heather Way", "CF42 5LW   UPRN :", "Heol Deg CF38 1AB"])
def test_address_lines(text):
    assert is_address_line(text)


@pytest.mark.parametrize("text", ["Kent County Council", "Street works were discussed", "Item 4 Road safety"])
def test_not_address_lines(text):
    assert not is_address_line(text)


@given(
    st.lists(
        st.sampled_from(["Terms", "of", "the", "for", "Reference", "Kent", "Board", "Council", "Gear"]), max_size=12
    )
)
def test_named_after_of_keeps_a_tail_of_the_name(words):
    name = " ".join(words)
    result = _named_after_of(name)
    assert name.endswith(result)


def test_org_chain_is_linear_on_long_capitalised_runs():
    text = "Aa " * 3000 + "of the " * 500  # no organisation word: the chain must fail fast, not backtrack
    assert ORG_CHAIN_RE.search(text) is None


def _row(**fields) -> ActionPlanRow:
    provenance = Provenance(document="x", page=1, method="rule:action-plan-header")
    return ActionPlanRow(table=0, row=0, action="Establish date and objectives", provenance=provenance, **fields)


def test_owner_all_kept_in_extra_owns_the_row():
    [action] = actions_from_plan_rows([_row(extra={"owner": "All"})], "x", nlp=shared_nlp())
    assert action.owners == ["All"]
    [action] = actions_from_plan_rows([_row(extra={"Owner": " All. "})], "x", nlp=shared_nlp())
    assert action.owners == ["All"]


def test_named_lead_wins_over_extra_and_other_columns_give_no_owner():
    [action] = actions_from_plan_rows(
        [_row(named_lead="Heather Savory", extra={"owner": "All"})], "x", nlp=shared_nlp()
    )
    assert action.owners == ["Heather Savory"]
    [action] = actions_from_plan_rows([_row(extra={"Update": "All done"})], "x", nlp=shared_nlp())
    assert action.owners == []


@needs_shared()
def test_odug_action_log_rows_owned_by_all():
    from agendaparse.extract import extract_document

    path = REAL / "cabinet-office" / "2013-07_odug_action_log.pdf"
    if not path.is_file():
        pytest.skip("ODUG action log absent")
    extraction = extract_document(path, ocr="never")
    owned_by_all = [a for a in extraction.actions if a.owners == ["All"]]
    assert any(re.match(r"Establish date and objectives", a.text) for a in owned_by_all)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The January Planning Committee meeting included five applications", ["Planning Committee"]),
        ("Friends of Halesworth Library, Ali Hopkins – Halesworth Library", None),
    ],
)
def test_month_words_and_friends_of_a_library(text, expected):
    if expected is None:
        expected = ["Friends of Halesworth Library", "Halesworth Library"]
    assert organisation_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 SUC meeting update re Fox Inn", ["SUC"]),
        ("July 23.09 BTFC agreement- AS to amend", ["BTFC"]),
        ("SUP Newsletter received", ["SUP"]),
        ("the AGM meeting was held", []),
    ],
)
def test_acronym_before_a_meeting_or_paper(text, expected):
    assert acronym_bodies(text, set()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("• Bus Service 253 No reply had been received", []),
        ("SBC – Winter Service Plan", []),
        ("the Construction Engineering Services Agreement between", []),
        ("Kent Fostering Service reported a rise", ["Kent Fostering Service"]),
    ],
)
def test_a_service_named_with_its_plan_or_number_is_a_thing(text, expected):
    assert organisation_names(text) == expected
