"""Decisions, motions, requests and recommendations as minutes and reports print them (NLP round 2)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.nlp import (
    Sentence,
    _same_body_council,
    _split_owner_clauses,
    classify,
    resolve_due,
    split_sentences,
)
from conftest import REAL, needs_shared


def kind_of(text: str, **fields) -> tuple[str, bool] | None:
    found = classify(Sentence(text, 1, None, None, **fields))
    return (found[0], found[2]) if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The PC agrees in principle to allow the amendment to the Trust Deed", ("decision", True)),
        ("The Councillors propose filling the pot holes as soon as possible", ("proposal", True)),
        ("The Board agreed with the comments made by the auditors.", ("action", False)),  # weak: a view
        ("A request was accepted to place any further decisions on this matter to the April 16 meeting.",
         ("decision", True)),
        ("Finance - The following accounts were approved for payment:", ("decision", True)),
        ("That the minutes of the Council Meeting held March 5, 2024 be adopted as published.", ("resolution", True)),
        ("(B) That the Audit Committee notes the Council’s Use of Resources score.", ("resolution", True)),
        ("Motion: Mayor Kibbey moved that Council leave the record open for one week.", ("decision", True)),
        ("Ms. Gerritz requested that Council keep the written record open for two more days.", ("request", True)),
        ("He implored Council to keep the ramp open.", ("request", True)),
        ("The Board asked for the proposed roadmap to be updated.", ("request", True)),
        ("The Chair will be having one to ones with all members this week.", ("action", True)),
        ("The proposal is to ask for a Minister to write a letter to the Charity Commission.", ("proposal", True)),
        ("Mr Read shared that it would take a year and offered to come back to the panel.", ("commitment", True)),
        ("RESOLVED that:", None),
        ("JS agreed that the report was good.", ("action", False)),  # a person's view: the classifier decides
    ],
)  # fmt: skip
def test_decisions_requests_and_motions(text, expected):
    assert kind_of(text) == expected


def test_a_question_is_not_a_request():
    found = kind_of("A Member asked for confirmation as to which stage the school had reached.")
    assert found is None or found[1] is False


def test_passive_commitments_count_in_minutes_only():
    text = "A draft benefits case will be circulated around to the group shortly."
    assert kind_of(text, in_minutes=True) == ("action", True)
    assert kind_of(text) != ("action", True)  # in a report it is narrative until the classifier says otherwise


def test_recommendation_bullets_put_to_a_body():
    bullet = "(1) Endorse the ongoing joint work between KCC and Medway Council"
    found = classify(Sentence(bullet, 3, None, None, after_resolved=True, asked="County Council"))
    assert found == ("recommendation", "Endorse the ongoing joint work between KCC and Medway Council", True)
    heading = Sentence("1. Background", 3, None, None, after_resolved=True, asked="County Council")
    assert classify(heading) is None


def test_a_members_list_with_margin_initials_is_not_an_action():
    text = "Present Margaret Carey MCa Graham Dolan Jim Fullarton (SBC) JF Isabel Kellie"
    assert classify(Sentence(text, 1, None, None, margin_owner="IK")) is None


def test_sentences_split_after_quotes_but_motions_stay_whole():
    text = "The Panel requests an update to a later meeting.” Members noted these comments and asked that it be kept."
    assert len(split_sentences(text)) == 2
    motion = "THAT we receive Staff Report – Parking; AND THAT we accept recommendations: 1. Change the lot."
    assert split_sentences(motion)[0].startswith("THAT we receive Staff Report – Parking; AND THAT we accept")


def test_a_second_owner_clause_is_its_own_action():
    assert _split_owner_clauses(
        "The Councillors propose filling the pot holes, Councillor Healey to order Scalpings."
    ) == [
        "The Councillors propose filling the pot holes",
        "Councillor Healey to order Scalpings.",
    ]
    assert _split_owner_clauses("The PC agreed that the order be placed for £98,825 – AS to place the order") == [
        "The PC agreed that the order be placed for £98,825",
        "AS to place the order",
    ]
    assert _split_owner_clauses("Kent, Medway and partners to agree the boundaries.") == [
        "Kent, Medway and partners to agree the boundaries."
    ]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Moved that Council leave the record open until Monday, August 20, 2018.", dt.date(2018, 8, 20)),
        ("The sub-group to report back to the next meeting.", dt.date(2018, 9, 17)),
        ("ShEx to report, scheduled for the June/July Board meeting.", None),
        ("Formal updates to the Board at the April and June meetings.", None),
        ("That the minutes of the meeting held on 23 June are agreed.", None),
    ],
)
def test_due_dates_round_two(text, due):
    assert resolve_due(text, dt.date(2018, 8, 13), dt.date(2018, 9, 17))[0] == due


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2049, 1, 1)), st.integers(1, 300))
def test_a_us_date_after_until_is_the_due_date(meeting, offset):
    due = meeting + dt.timedelta(days=offset)
    text = f"Moved to continue the hearing until {due.strftime('%A')}, {due.strftime('%B')} {due.day}, {due.year}."
    assert resolve_due(text, meeting, None)[0] == due


def test_a_council_named_after_its_body_is_the_body():
    names = {"Township of Nipissing", "City of Rivergrove", "Kent County Council"}
    assert _same_body_council("Township of Nipissing Council", names)
    assert _same_body_council("Rivergrove City Council", names)
    assert not _same_body_council("Medway Council", names)


@needs_shared()
def test_report_recommendations_and_multi_paragraph_motions():
    from agendaparse.extract import extract_document

    pack = REAL / "kent-cc" / "2025-01-09_county_council_item3_supplement_pack.pdf"
    minutes = REAL / "nipissing-township" / "2024-03-19_council_minutes.pdf"
    if not (pack.is_file() and minutes.is_file()):
        pytest.skip("documents not in the corpus")
    recommendations = [a for a in extract_document(pack, ocr="never").actions if a.kind == "recommendation"]
    assert len(recommendations) == 8
    assert all(a.owners == ["County Council"] and a.due is None for a in recommendations)
    assert recommendations[0].text.startswith("Endorse the ongoing joint work")
    motions = [a for a in extract_document(minutes, ocr="never").actions if a.text.startswith("THAT we receive")]
    assert len(motions) == 2
    assert all("AND THAT we accept recommendations" in a.text and "Carried" not in a.text for a in motions)
    # owners were ["Council"]: "THAT we …" is the resolving council's own resolution (corpus/gold/README.md "Stop 25")
    assert "Change the parking lot" in motions[1].text and motions[1].owners == []
