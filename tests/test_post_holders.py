"""Owners that are posts ('the Chair', 'Clerk') resolved to the person the document says holds the post (issue #6,
build item 4): from the members listed with their posts, else a cover table naming a person with the post. Owners
stay as printed; the holder is recorded beside them and reaches `action_owners.person_id`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse import store
from agendaparse.extract import extract_document
from agendaparse.models import Action, Provenance
from agendaparse.nlp import post_key, resolve_post_owners
from conftest import REAL, needs_shared

PROVENANCE = Provenance(document="d", page=1, method="test")


def action(*owners: str) -> Action:
    return Action(text="To write to the landowner.", owners=list(owners), provenance=PROVENANCE)


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (["the Chair", "Chairman", "The Chairperson", "CHAIRWOMAN"], "chair"),
        (["Vice-Chair", "the Vice Chairman"], "vice chair"),
        (["Head of Housing", "the head of housing"], "head of housing"),
    ],
)
def test_spellings_of_one_post_meet(spellings, key):
    assert {post_key(spelling) for spelling in spellings} == {key}


def test_a_post_resolves_through_the_members_list():
    found = resolve_post_owners([action("the Chair", "Alan Smith")], [("Cllr Mary Jones", "Chairman")])
    assert found[0].owners == ["the Chair", "Alan Smith"]  # as printed
    assert found[0].owner_people == {"the Chair": "Mary Jones"}


def test_the_vice_chair_is_not_the_chair():
    found = resolve_post_owners([action("the Chair")], [("Cllr Bob Lee", "Vice-Chair")])
    assert found[0].owner_people == {}


def test_a_post_given_to_two_people_stays_unresolved():
    attendees = [("Ann Hill", "Clerk"), ("Tom Ray", "Clerk")]
    assert resolve_post_owners([action("Clerk")], attendees)[0].owner_people == {}


def test_a_cover_table_names_the_holder():
    cover = ["Jane Dale, Head of Housing; Ian Cole, Director of Place", "Cabinet - 30 January 2025"]
    found = resolve_post_owners([action("Head of Housing"), action("the Director of Place")], [], cover)
    assert [a.owner_people for a in found] == [
        {"Head of Housing": "Jane Dale"},
        {"the Director of Place": "Ian Cole"},
    ]


@pytest.mark.parametrize("owner", ["Council", "Cabinet Office", "Alan Smith", "Highways"])
def test_owners_that_are_not_posts_are_left_alone(owner):
    attendees = [("Bob Brown", "Cabinet Office"), ("Sue Kay", "Council")]
    assert resolve_post_owners([action(owner)], attendees, ["Bob Brown, Highways"])[0].owner_people == {}


@given(st.text(max_size=300))
def test_any_cover_text_gives_holders_named_in_it(text):
    found = resolve_post_owners([action("the Clerk")], [], [text])[0].owner_people
    assert not found or found["the Clerk"] in text


@needs_shared()
def test_holders_reach_action_owners(fresh_db):
    extraction = extract_document(REAL / "souldern-pc" / "2025-11-27_spc_minutes.pdf", ocr="never")
    assert any(action.owner_people for action in extraction.actions), "the minutes name their Clerk"
    store.ensure_db_shape(fresh_db)
    store.save_extraction(fresh_db, extraction, path="m.pdf", size=1, mtime=0.0)
    rows = list(fresh_db.query("select owner, held_by, person_id from action_owners where held_by is not null"))
    assert rows and all(row["person_id"] == store.slug(row["held_by"]) for row in rows)
    assert {row["held_by"] for row in rows} <= {row["name"] for row in fresh_db["people"].rows}
