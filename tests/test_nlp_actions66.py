"""NLP round actions66 (issue #6): forms of UK parish, town and community council minutes read from
training/actions_design2.jsonl, runs of bodies no earlier rule was written from, read through the real NLP pass on
drawn minutes pages (tests/minutes_page.py):

- a list's bullet run on in the line ("… on Friday. · It was agreed that …", "Action: RF • Liaise with …"): a page
  printed from a web page keeps its list's marks in the text, "·" as Word prints its bullets; each bullet starts a
  sentence (design2: a community council's "·" list, a Christmas lights committee's "•" list);
- an owner label closing a minute and run on into the next item ("… a later meeting. Action: Clerk 6. 82.20 TO SET
  DATE …", "ACTION: Cllrs A/B/C b. Road sign issues.", "[Action: Clerk] Reports from …"): the owner of the sentence
  before, not an action of its own (a parish council, a community council, a parish council's "[Action: Clerk]"); one
  title before several members' surnames ("Cllrs Hale, Morton and the Clerk") names each of them;
- "to a later meeting", "to a future meeting (of the X Committee)": a meeting not yet set, the words the due (two
  bodies: "deferred … to a later meeting", "would be presented to a future meeting"; the dev golds keep "at a future
  meeting");
- "It was decided (that) …" with the subject of what follows ("It was decided we would try …", "It was decided the
  standing orders should remain …"), and "Agreed by all that …", "Agreed unanimously that …": the meeting's decision,
  as "It was agreed that …" and "Agreed that …" already are;
- a decision's verb printed in capitals after who took it ("Cllrs RESOLVED to defer …", twice in a parish council's
  run): the verb, never a surname ("Cllr PENHALE to write …" keeps its owner).

Pass before (HEAD 9b14015): 9 of 23 (the guards). After: 23 of 23. A last batch (a decision's verb in capitals read as
a surname, "Cllrs RESOLVED to …" owned by "RESOLVED"; a resolution's due with no day, dropped where no day of effect
was printed), before (HEAD d85c8f9): 1 of 4 (the guard); after 4 of 4.

Sentences keep the structure and phrasing of the design2 runs; names, places and bodies are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.evaluate import norm_name, norm_text
from minutes_page import found_action, paired_action, tall_page_actions

MEETING = dt.date(2024, 3, 12)


def actions(paragraphs: list[str]):  # noqa: ANN201 (a list of Action)
    return tall_page_actions(paragraphs, MEETING)


def owners(action) -> set[str]:  # noqa: ANN001 (an Action)
    return {norm_name(owner) for owner in action.owners}


# -- a bullet run on in the line starts a sentence


def test_a_middle_dot_bullet_after_a_stop_starts_the_decision() -> None:
    found = actions(
        ["Mrs Penhale reported on the bus survey. · It was agreed that a letter of thanks be sent to the volunteers."]
    )
    action = found_action("It was agreed that a letter of thanks be sent to the volunteers.", found)
    assert "Penhale" not in action.text


def test_a_bullet_after_an_owner_label_is_the_next_action_not_the_label() -> None:
    found = actions(
        [
            "TB will collect the keys from the hall. Action: TB • Book the band for the carol service. "
            "• Print the posters."
        ]
    )
    assert not [action for action in found if action.text.startswith("TB •") or "•" in action.text]
    assert found_action("TB will collect the keys from the hall.", found)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The price of the guide was agreed at £1·50 per copy.",  # a decimal point printed as a middle dot
        "Members noted the report · the figures were as expected.",  # no action either side
    ],
)
def test_a_middle_dot_inside_a_sentence_makes_no_action(paragraph: str) -> None:
    assert not [action for action in actions([paragraph]) if "·" in action.text and "£" not in action.text]


def test_a_bullet_opening_its_line_stays_the_action() -> None:
    found = actions(["• The Clerk to write to the school about the crossing."])
    assert found_action("The Clerk to write to the school about the crossing.", found).text.startswith("The Clerk")


# -- an owner label run on into the next item


def test_an_owner_label_run_into_the_next_numbered_item_owns_the_sentence_before() -> None:
    found = actions(
        [
            "Having considered the quotes Cllrs RESOLVED to defer the purchase of the shelter to a later meeting. "
            "Action: Clerk 7. 44.21 DATE OF NEXT MEETING: The next meeting will be held on 9 April 2024."
        ]
    )
    assert not [action for action in found if action.text.startswith("Clerk 7")]
    action = found_action("Cllrs RESOLVED to defer the purchase of the shelter to a later meeting.", found)
    assert owners(action) == {"clerk"}


def test_a_titled_owner_list_run_into_the_next_item_is_no_action() -> None:
    found = actions(
        [
            "The Council RESOLVED to accept the quote of £4,200 and directed the Clerk to place the order. "
            "Action: Cllrs Hale, Morton and the Clerk 5. 12.21 BENCHES. The benches were reported as sound."
        ]
    )
    assert not [action for action in found if action.text.startswith("Cllrs Hale")]


def test_an_owner_label_before_a_lettered_item_is_no_action() -> None:
    found = actions(
        [
            "Cllr Penrose would chase the highways officer for the survey results. ACTION: Cllrs Penrose/Tarrant "
            "b. Street lighting. The lights were reported as working."
        ]
    )
    assert not [action for action in found if action.text.startswith("Cllrs Penrose")]
    assert found_action("Cllr Penrose would chase the highways officer for the survey results.", found)


def test_a_bracketed_owner_label_before_the_next_heading_ends_the_action() -> None:
    found = actions(
        [
            "The Clerk would email the county councillor about the verge. [Action: Clerk] Reports from Wardens "
            "The warden gave details of the fun day."
        ]
    )
    action = found_action("The Clerk would email the county councillor about the verge.", found)
    assert "Wardens" not in action.text


def test_a_plural_title_names_each_member_in_an_owner_label() -> None:
    found = actions(["The fence to be repaired before the fete.", "Action: Cllrs Hale/Morton"])
    assert owners(found_action("The fence to be repaired before the fete.", found)) == {"hale", "morton"}


@pytest.mark.parametrize(
    ("paragraph", "wanted", "owner"),
    [
        (
            "ACTION: JT to write to the school about the crossing.",
            "JT to write to the school about the crossing.",
            "jt",
        ),
        ("Action: Clerk to order two new bins 6. Any other business", "Clerk to order two new bins", "clerk"),
    ],
)
def test_a_label_with_its_step_stays_the_action(paragraph: str, wanted: str, owner: str) -> None:
    action = found_action(wanted, actions([paragraph]))
    assert owner in owners(action)


# -- a meeting not yet set


@pytest.mark.parametrize(
    ("paragraph", "due_text"),
    [
        (
            "The Clerk to bring costings to a later meeting of the Amenities Committee.",
            "to a later meeting of the Amenities Committee",
        ),
        ("Details of the prizes would be presented to a future meeting.", "to a future meeting"),
        ("RESOLVED that the allotment rules be brought back to a future meeting.", "to a future meeting"),
    ],
)
def test_a_later_meeting_is_the_due_words_with_no_date(paragraph: str, due_text: str) -> None:
    action = found_action(paragraph, actions([paragraph]))
    assert norm_text(action.due_text or "") == norm_text(due_text) and action.due is None


def test_the_next_meeting_keeps_its_date() -> None:
    paragraph = "The Clerk to report back at the next meeting."
    found = tall_page_actions([paragraph, "Date of next meeting: Tuesday 9 April 2024 at 7pm"], MEETING)
    action = found_action(paragraph, found)
    assert action.due == dt.date(2024, 4, 9)


# -- "It was decided …", "Agreed by all that …"


@pytest.mark.parametrize(
    "sentence",
    [
        "It was decided the allotment rents should remain the same for next year.",
        "It was decided we would try and manage without the August meeting.",
        "It was decided that the Clerk would order two new litter bins.",
        "Agreed by all that a letter of thanks should be sent to the volunteers.",
        "Agreed unanimously that the hall hire charges be held for a year.",
    ],
)
def test_a_decision_in_these_words_is_an_action(sentence: str) -> None:
    assert found_action(sentence, actions([sentence]))


@pytest.mark.parametrize(
    "sentence",
    [
        "It was decided to take no action.",
        "It was decided the meeting would not be held in August.",
        "Agreed by all present.",
        # a view of what went before, no step set (a first version read any "It was decided that …" as a decision:
        # tests/test_nlp_drawn53.py caught it)
        "It was decided that the summer fair had been a great success.",
    ],
)
def test_no_decision_in_these_words(sentence: str) -> None:
    assert paired_action(sentence, actions([sentence])) is None


# -- a decision's verb printed in capitals after who took it


@pytest.mark.parametrize(
    "sentence",
    [
        "Having considered the quotes Cllrs RESOLVED to defer the purchase of the shelter to a later meeting.",
        "Cllrs AGREED to fund the new bench by the pond.",
    ],
)
def test_a_capitalised_decision_verb_is_no_owner(sentence: str) -> None:
    action = found_action(sentence, actions([sentence]))
    assert not owners(action) & {"resolved", "agreed"}


def test_a_surname_printed_in_capitals_stays_the_owner() -> None:
    sentence = "Cllr PENHALE to write to the school about parking."
    assert owners(found_action(sentence, actions([sentence]))) == {"penhale"}
