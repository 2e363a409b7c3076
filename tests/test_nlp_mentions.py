"""People and organisations named in minutes: attendance lists, surnames, bodies' names."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.models import Mention, Provenance
from agendaparse.nlp import (
    Sentence,
    attendance_entries,
    classify,
    merge_person_aliases,
    organisation_names,
    resolve_due,
    resolve_owner,
)
from conftest import REAL, needs_shared


def person(name: str, method: str = "rule:titled-name") -> Mention:
    return Mention(name=name, kind="person", text=name, provenance=Provenance(document="d", method=method))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Growth, Environment and Transport Directorate", ["Growth, Environment and Transport Directorate"]),
        ("the Labour Group’s Alternative Budget", ["Labour Group"]),
        ("the Office for Fair Trading and National Council for Voluntary Organisations",
         ["Office for Fair Trading", "National Council for Voluntary Organisations"]),
        ("Township of Perry’s Resolution #2024-52", ["Township of Perry"]),
        ("Eastholme Home for the Aged Board of Management;", ["Eastholme Home for the Aged Board of Management"]),
        ("Tonbridge & Malling Borough Council", ["Tonbridge & Malling Borough Council"]),
        ("KENT COUNTY COUNCIL", ["Kent County Council"]),
        ("The Council Chamber, Sessions House, County Hall", []),
        ("That the County Council note the Local Government position", []),  # generic words, not a named body
        ("the Leader of the Council and the Director of Corporate Services", []),  # roles
        ("at the March Board", []),
    ],
)  # fmt: skip
def test_organisation_names(text, names):
    assert organisation_names(text) == names


def test_attendance_list_names_and_bodies():
    text = (
        "Panel: Professor Sir Nigel Shadbolt (Chairman), Chris Taggart (Openlylocal.com), Tim Allen (Visiting "
        "Professor, Birkbeck University), Conn Crawford (Sunderland CC), Heather Savory (Chair) (HS)."
    )
    assert attendance_entries(text) == [
        ("Nigel Shadbolt", []),
        ("Chris Taggart", ["Openlylocal.com"]),
        ("Tim Allen", ["Birkbeck University"]),
        ("Conn Crawford", ["Sunderland CC"]),
        ("Heather Savory", []),  # (HS) are her initials, not a body
    ]


def test_staff_list_roles_are_not_names():
    text = "Staff: Office Assistant-Intern Kim Turnbull; Land Planning & Technology Administrator John-Paul Negrinotti."
    assert [name for name, _ in attendance_entries(text)] == ["Kim Turnbull", "John-Paul Negrinotti"]
    assert attendance_entries("PRESENT: Mr B J Sweetland (Chairman), Mr N Baker, OBE and Mrs C Bell") == [
        ("B J Sweetland", []),
        ("N Baker", []),
        ("C Bell", []),
    ]


def test_surnames_resolve_to_the_one_person_or_are_dropped():
    mentions = [person(n) for n in ["N Baker", "Baker", "J Meade", "Meade", "L Meade", "B H Lewis", "B Lewis"]]
    names = sorted({m.name for m in merge_person_aliases(mentions)})
    assert names == ["B H Lewis", "J Meade", "L Meade", "N Baker"]


def test_a_name_cut_at_its_hyphen_is_the_hyphenated_name():
    mentions = [
        person("Paul Barrington"),
        person("Paul Barrington-King"),
        person("DerekCrow"),
        person("Derek Crow-Brown"),
    ]
    assert sorted({m.name for m in merge_person_aliases(mentions)}) == ["Derek Crow-Brown", "Paul Barrington-King"]


@pytest.mark.parametrize(
    ("text", "strong"),
    [
        ("It was important to act and Mrs Chandler offered to circulate links to the website.", True),
        ("The Chair agreed to write to group leaders.", True),
        ("Secretariat will follow up with Cllr Tim Cheetham.", True),
        ("THAT we appoint Julie Mahoney to the Recreation Committee.", True),
    ],
)
def test_commitments_inside_sentences(text, strong):
    found = classify(Sentence(text, 1, None, None))
    assert found is not None and found[2] is strong


def test_owners_keep_a_group_named_with_and():
    assert resolve_owner("A task and finish group", {}) == ["task and finish group"]
    assert resolve_owner("Transparency Board and MCO", {}) == ["Transparency Board", "MCO"]


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2050, 12, 1)), st.integers(1, 27))
def test_on_a_later_day_is_the_due_date(meeting, offset):
    due = meeting + dt.timedelta(days=offset)
    text = f"NO will attend the webinar on {due.day} {due.strftime('%B')}."
    assert resolve_due(text, meeting, None)[0] == due


@needs_shared()
def test_budget_minutes_people_are_members_not_surnames():
    from agendaparse.extract import extract_document

    pdf = REAL / "kent-cc" / "2025-02-13_county_council_printed_minutes_budget.pdf"
    if not pdf.is_file():
        pytest.skip("budget minutes not in the corpus")
    extraction = extract_document(pdf, ocr="never")
    people = set(extraction.people)
    assert {"N Baker", "R W Gough", "Paul Barrington-King"} <= people
    assert not {"Baker", "Gough", "Gough Seconded", "Meade"} & people
    assert {"Labour Group", "Liberal Democrat Group"} <= set(extraction.organisations)
