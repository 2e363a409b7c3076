"""NLP round actions67 (issue #6): forms of UK principal councils' printed committee minutes read from
training/actions_design3.jsonl (scrutiny, audit, licensing and planning committees, health and wellbeing boards, a fire
authority), runs of bodies no earlier rule was written from, read through the real NLP pass on drawn minutes pages
(tests/minutes_page.py):

- a meeting a month names after a body's possessive or after "attend" ("would bring an update to the Committee's
  November meeting", "requested that the Director ... attend the December meeting", "that the Service Director attend
  a future meeting"): the month's meeting as "to its November meeting" already is, or a meeting not yet set (an audit
  committee's officer, a governance committee's request, a scrutiny panel's resolution);
- a request's "that" clause with a reason set before its actor ("requested that given the resource issues that the
  Executive Director … and the Director … attend …"), two posts joined by "and the", and "attend" as a step a request
  puts to a second post: each post is an owner (a governance committee's request; "attend a future meeting" put to a
  post in a scrutiny panel's resolution);
- a post telling the meeting of a step it will see done in the passive ("The Chair confirmed that a written response
  would be sent in due course", "The Town Clerk noted that any comments … would be incorporated into …"): the post
  owns it (a fire authority, a corporation's committee).

Sentences keep the structure and phrasing of the design3 runs; names, places and bodies are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.evaluate import norm_text
from minutes_page import found_action, tall_page_actions
from test_nlp_actions66 import owners

MEETING = dt.date(2023, 10, 2)


def actions(paragraphs: list[str]):  # noqa: ANN201 (a list of Action)
    return tall_page_actions(paragraphs, MEETING)


# -- a meeting a month names after a body's possessive or "attend"


@pytest.mark.parametrize(
    ("sentence", "due_text", "due"),
    [
        (
            "Ellis Marlow indicated that he would bring an update to the Committee’s November meeting.",
            "to the Committee’s November meeting",
            dt.date(2023, 11, 30),
        ),
        (
            "The Head of Finance agreed to report back at the Board's March meeting.",
            "at the Board's March meeting",
            dt.date(2024, 3, 31),
        ),
        (
            "The Committee requested that the Director of Housing and the Head of Repairs attend the December meeting "
            "to discuss the audit in detail.",
            "the December meeting",
            dt.date(2023, 12, 31),
        ),
    ],
)
def test_a_meeting_a_month_names_after_a_possessive_or_attend_is_the_due(
    sentence: str, due_text: str, due: dt.date
) -> None:
    action = found_action(sentence, actions([sentence]))
    assert norm_text(action.due_text or "") == norm_text(due_text) and action.due == due


def test_attend_a_future_meeting_is_the_due_words_with_no_date() -> None:
    sentence = "RESOLVED – that the Head of Libraries attend a future meeting once the plans have been to Cabinet."
    action = found_action(
        "that the Head of Libraries attend a future meeting once the plans have been to Cabinet.", actions([sentence])
    )
    assert norm_text(action.due_text or "") == "a future meeting" and action.due is None


@pytest.mark.parametrize(
    ("sentence", "due_text", "due"),
    [
        # guards: the forms read before keep their reading
        ("The Clerk to report back to the November meeting.", "to the November meeting", dt.date(2023, 11, 30)),
        ("The Treasurer would report to its March meeting.", "to its March meeting", dt.date(2024, 3, 31)),
        ("The Clerk to bring the report to a future meeting.", "to a future meeting", None),
    ],
)
def test_month_meetings_read_before_are_unchanged(sentence: str, due_text: str, due: dt.date | None) -> None:
    action = found_action(sentence, actions([sentence]))
    assert norm_text(action.due_text or "") == norm_text(due_text) and action.due == due


def test_a_possessive_meeting_held_in_the_past_is_no_due() -> None:
    """A month's meeting the sentence says was held is an event, not a deadline."""
    sentence = "The Clerk to circulate the notes of the meeting held at the Board's March meeting."
    found = actions([sentence])
    assert all(action.due_text is None or "March" not in action.due_text for action in found)


# -- a request's reason before its actor, two posts, "attend"


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "The Committee requested that given the scale of the backlog and the staffing issues that the Director of "
            "Housing and the Head of Lettings attend the December meeting to discuss the audit in detail.",
            {"director of housing", "head of lettings"},
        ),
        (
            "The Panel requested that the Chief Planning Officer and the Head of Highways attend the next meeting.",
            {"chief planning officer", "head of highways"},
        ),
    ],
)
def test_a_request_puts_its_step_to_each_post_it_names(sentence: str, wanted: set[str]) -> None:
    assert owners(found_action(sentence, actions([sentence]))) == wanted


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        # guards: a second addressee is no owner; a request to one post keeps its one owner
        (
            "Members requested that the Clerk write to the County Council and the Parish Council about the verge.",
            {"clerk"},
        ),
        ("The Committee requested that the Head of Finance attend the March meeting.", {"head of finance"}),
    ],
)
def test_request_owners_read_before_are_unchanged(sentence: str, wanted: set[str]) -> None:
    assert owners(found_action(sentence, actions([sentence]))) == wanted


# -- a post confirming a passive step


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("The Chair confirmed that a written reply would be sent to the petitioner in due course.", {"chair"}),
        ("The Head of Parks advised that the damaged benches would be replaced before the summer.", {"head of parks"}),
    ],
)
def test_a_post_confirming_a_passive_step_owns_it(sentence: str, wanted: set[str]) -> None:
    assert owners(found_action(sentence, actions([sentence]))) == wanted


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: a body noting a step, or a step whose agent the sentence names, is not the speaker's
        "The Committee noted that the report would be presented by the Head of Audit in September.",
        "The Chair confirmed that the hedge would be cut by the landowner before the spring.",
    ],
)
def test_a_step_with_its_own_agent_or_a_body_speaking_is_not_the_speakers(sentence: str) -> None:
    for action in actions([sentence]):
        assert "chair" not in owners(action) and "committee" not in owners(action)
