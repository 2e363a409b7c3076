"""Owner and due-date rules of the NLP stage, on sentences as councils print them."""

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.models import Action, Provenance
from agendaparse.nlp import expand_owner_surnames, resolve_due, resolve_owner, resolving_body, subject_owner

MEETING = dt.date(2013, 10, 17)
NEXT = dt.date(2013, 12, 18)


@pytest.mark.parametrize(
    ("text", "due", "precision"),
    [
        ("Comments to the secretariat by NOON 21st October.", dt.date(2013, 10, 21), "day"),
        ("LGA to present at the next meeting.", NEXT, "day"),
        ("Reports for the next Board meeting.", NEXT, "day"),
        ("The clerk will place the order tomorrow.", dt.date(2013, 10, 18), "day"),
        ("HD to prioritise the tasks before Christmas.", dt.date(2013, 12, 25), "day"),
        ("The minutes of the meeting held in May 2013 were agreed.", None, "unknown"),  # past: not a deadline
        ("Invite the Commissioner to join from May 2014.", None, "unknown"),  # a start, not a deadline
    ],
)
def test_due_dates(text, due, precision):
    found, _, found_precision = resolve_due(text, MEETING, NEXT)
    assert (found, found_precision) == (due, precision)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("RESOLVED that the Panel note the Participation Team Update.", "Panel"),
        ("That the Audit Committee notes the comments made by the Pensions Fund.", "Audit Committee"),
        ("RESOLVED that the minutes be approved as a correct record.", None),
    ],
)
def test_the_body_that_resolved(text, body):
    assert resolving_body(text) == body


def test_owners_split_and_trimmed():
    assert resolve_owner("Transparency Board and MCO", {}) == ["Transparency Board", "MCO"]
    assert resolve_owner("David Evans/ICO", {}) == ["David Evans", "ICO"]
    assert resolve_owner("Cabinet Office Transparency Team with Transparency Board input", {}) == [
        "Cabinet Office Transparency Team"
    ]
    assert resolve_owner("AS", {"AS": "Alan Smith"}) == ["Alan Smith"]


def test_subject_of_a_labelled_action():
    assert subject_owner("PDC project team to share the draft recommendations.") == "PDC project team"
    assert subject_owner("Transparency Board members to be kept informed.") == "Transparency Board members"
    assert subject_owner("It was noted that the report would follow.") is None


def test_surname_only_owner_becomes_the_named_person():
    action = Action(text="Ms Gleave offered to raise it", owners=["Gleave", "Carter"], kind="action",
                    provenance=Provenance(document="d", method="test"))  # fmt: skip
    [expanded] = expand_owner_surnames([action], ["Alice Gleave", "Paul Carter", "Jo Carter"])
    assert expanded.owners == ["Alice Gleave", "Carter"]  # two Carters: left as printed


def test_organisation_list_matches_whole_names_and_acronyms_as_printed():
    from agendaparse.nlp import known_organisations

    text = "ODUG asked BIS, Ordnance Survey and the ICO; the BISCUIT fund and an odi were not bodies."
    assert [m[0] for m in known_organisations().finditer(text)] == ["BIS", "Ordnance Survey", "ICO"]
