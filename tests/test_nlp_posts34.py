"""Posts named by the words before their head noun, of bodies whose posts the owner rules did not list, as the owner
of "X to <verb>" in minutes (stop 34: dues round 77 found these gave no action at all and had to reword its cases).
Sentences keep the shape of the action lines of the public minutes round 77 and round 76 cite (internal drainage
boards, pension fund committees, harbour trusts; tests/test_nlp_round77.py and tests/test_nlp_actions76.py name the
pages), with names and places changed. Not-actions: a post introduced "to the Board", a post to be appointed."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_page import actions_on_page, minutes_item, minutes_page

MEETING = dt.date(2026, 1, 15)


def actions_of(sentence: str) -> list[tuple[str, list[str]]]:
    page = minutes_page(["5. Matters arising", sentence])
    return [(action.kind, action.owners) for action in actions_on_page(page, minutes_item(), MEETING)]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Pension Fund Accountant to circulate the revised cash flow forecast to members.", "Pension Fund Accountant"),
        ("Deputy Harbour Master to arrange for the buoys to be inspected before the summer.", "Deputy Harbour Master"),
        ("Drainage Engineer to inspect the culvert at Fen Lane and report back.", "Drainage Engineer"),
        ("Pumping Station Manager to obtain two quotes for the replacement pump.", "Pumping Station Manager"),
    ],
    ids=["pension-fund-accountant", "deputy-harbour-master", "drainage-engineer", "pumping-station-manager"],
)
def test_a_post_named_by_its_words_owns_its_step(sentence: str, owner: str) -> None:
    assert actions_of(sentence) == [("action", [owner])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pension Fund Accountant to the Trust, Ms Ada Crane, presented the accounts for the year.",
        "The Harbour Master reported that the buoys had been inspected in December.",
    ],
    ids=["post-to-the-body-presented", "post-reported"],
)
def test_a_post_introduced_or_reporting_is_no_action(sentence: str) -> None:
    assert actions_of(sentence) == []
