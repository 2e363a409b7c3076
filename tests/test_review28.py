"""Review of stop 28: round 63's summary-row de-duplication, tested on its own.

A sentence in an item with the same owners, the same due and the row's opening verb is the row of the summary of
action points at the end, listed once (as the row); a different verb, owner or due keeps both.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.models import Action, Provenance
from agendaparse.nlp.actions import merge_actions

DUE = dt.date(2025, 11, 1)
SENTENCE = "All to respond by correspondence with any comments on the draft plan by 1 November 2025."


def _action(text: str, owners: list[str], due: dt.date | None, page: int, method: str) -> Action:
    return Action(
        text=text, owners=owners, due=due, provenance=Provenance(document="d", page=page, page_end=page, method=method)
    )


def _merged(row_text: str, row_owners: list[str], row_due: dt.date | None) -> list[str]:
    sentence = _action(SENTENCE, ["All"], DUE, 2, "rule:text")
    row = _action(row_text, row_owners, row_due, 6, "rule:table")
    return [action.text for action in merge_actions([sentence], [row])]


def test_same_owners_due_and_verb_is_the_row() -> None:
    # the row's words are too few in the sentence for the word-share rules: only owners, due and verb tie them
    assert _merged("Respond on highlight reports", ["all"], DUE) == ["Respond on highlight reports"]


@pytest.mark.parametrize(
    ("row_text", "row_owners", "row_due"),
    [
        ("Review highlight reports", ["All"], DUE),  # another verb
        ("Respond on highlight reports", ["Clerk"], DUE),  # another owner
        ("Respond on highlight reports", ["All", "Clerk"], DUE),  # more owners
        ("Respond on highlight reports", ["All"], dt.date(2025, 12, 1)),  # another due
        ("Respond on highlight reports", ["All"], None),  # no due
        ("2025 highlight reports", ["All"], DUE),  # no verb opens the row
    ],
)
def test_other_verb_owner_or_due_keeps_both(row_text: str, row_owners: list[str], row_due: dt.date | None) -> None:
    assert _merged(row_text, row_owners, row_due) == [SENTENCE, row_text]


def test_sentence_without_owner_is_not_merged_by_due_and_verb() -> None:
    sentence = _action("Comments to respond by 1 November 2025 on the draft plan.", [], DUE, 2, "rule:text")
    row = _action("Respond on highlight reports", [], DUE, 6, "rule:table")
    assert len(merge_actions([sentence], [row])) == 2
