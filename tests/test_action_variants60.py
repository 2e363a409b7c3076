"""Actions round 60 (issue #6): the minutes ``tests/action_variants.py`` draws, with known actions, owners and dues,
read as `agendaparse eval --fast` reads them.

Measured over seeds 0-199 (``python tests/action_variants.py 200``) at b2e0dc9: core F1 90.2 (precision 94.4, recall
86.4), owner 90.2, due 97.1; seeds 200-399 89.0, owner 91.4, due 95.8. The misses fell on forms that recur across the
meetings, numberings and layouts drawn:

- a request put to a member named in full ('Members requested that Petra Pym obtain …', 'X asked that Councillor
  Petra Pym investigate …') gave no owner: the 'that' clause's subject is read as its owner when it is a person's
  name or a body's (actions._that_clause_actor), and 'that Councillor …' no longer reads as 'that Council'
  (classification.STRONG_REQUEST_RE, whole words);
- 'Action: the Locality Manager' under a sentence was read as an action of its own with no owner: the article is
  allowed before the post (candidates.LABEL_OWNER_RE);
- 'Action: Tamsin Holloway' on the line under the sentence it owns and over the next sentence, in one paragraph, ran
  into that sentence (no stop closes a label): the label line ends a sentence (candidates._label_line_ends), and a
  label opening the next paragraph is given to the sentence above it (candidates.sentences, ``taken_label``);
- a resolution's parts lettered 'a)', 'b)' after a semicolon ('…; b) that …', '…; and c) that …') were one sentence:
  the sentence break reads a closing-bracket label as it read '(c)' (paragraphs.SENTENCE_BREAK_RE);
- a decimal paragraph number before a rule's sentence ('5.2 Colin Dunmore and Owen Tregarth agreed to …') gave the
  last name only: the number is taken off before the owners are read (actions.DECIMAL_PARAGRAPH_RE);
- an entry of a list printed with no stop ('• Alan Whitlow to contact the school …', 'c) that the …') ran into the
  paragraph under it: the entry ends where a line short of the edge, on no joining word, is followed by one at the
  mark's left edge (paragraphs._list_entry_ended; not after a number, '8. Playing field: …', wrapped flush);
- initials defined with a title ('Officer Owen Tregarth (OT)') gave the owner 'Officer Owen Tregarth': the name is
  kept without it (owners.initials_map).

After: seeds 0-199 91.8 (precision 95.9, recall 88.0), owner 97.8, due 97.2; seeds 200-399, never looked at one by
one, 89.0 -> 91.0, owner 91.4 -> 97.5, due 95.8 = 95.8; seeds 400-439 (the fixture below) 89.3 -> 91.3, owner 92.2 ->
97.4, due 96.3 -> 95.9 (a two-column action now paired, its due read from the other column's words). Dev and tune
fast headlines identical; the drawn design and check sets identical.
Left: two-column minutes (layout=two, F1 about 63): the PDF reader joins the two columns' runs on one baseline into
one line, a reader change (pdf.py) outside this round; a passive commitment naming nobody ('… would be circulated to
members') is drawn borderline, as the design set's readers tier it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

import action_variants as variants
from agendaparse.nlp.actions import DECIMAL_PARAGRAPH_RE
from agendaparse.nlp.owners import initials_map
from agendaparse.nlp.paragraphs import paragraphs, split_sentences
from agendaparse.pdf import Line, PageLayout
from minutes_page import actions_on_page, board_actions, check_paired_action, minutes_item, paired_action

SEEDS = range(400, 440)


@pytest.fixture(scope="module")
def held_out() -> Counter:
    total: Counter = Counter()
    for seed in SEEDS:
        pdf, variant = variants.generate(seed)
        total += variants.score(variant.truth, variants.extract_actions(pdf))
    return total


def test_held_out_seeds_read_their_actions(held_out: Counter) -> None:
    figures = variants.summary(held_out)
    assert figures["f1"] >= 90.0
    assert figures["owner"] >= 96.0
    assert figures["due"] >= 94.5


def test_the_generator_draws_every_form() -> None:
    forms = {plan.form for seed in range(60) for plan in variants.generate(seed)[1].planned}
    assert forms >= set(variants.FORMS) - {"proposed"}  # a proposal is borderline: drawn, not planned as core


# ---------------------------------------------------------------- a request put to a member or a body


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        ("Members requested that Petra Pym obtain three quotations for the repair of the bus shelter.", ["Petra Pym"]),
        ("Hazel Elsworth asked that Councillor Petra Pym investigate the cost of a new noticeboard.", ["Petra Pym"]),
        ("Members requested that Tarnvale Highways check the drainage on Mill Lane.", ["Tarnvale Highways"]),
        # guards: a body asked stays the body; a street acts on nothing; a member kept informed is asked no step
        # (and "that Councillor" is no "that Council": it gave Council before)
        ("Members asked that Council write to the MP about the bus service.", ["Council"]),
        ("Members requested that Friday Street be closed for the summer fair.", []),
        ("Members requested that Councillor Pym be kept informed of progress.", []),
    ],
)
def test_request_owners(sentence: str, owners: list[str]) -> None:
    check_paired_action(board_actions([sentence]), sentence, owners)


# ---------------------------------------------------------------- an owner's label under the sentence


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The draft terms of reference to be circulated to members. Action: the Locality Manager"],
        ["The draft terms of reference to be circulated to members.", "Action: The Locality Manager"],
    ],
)
def test_label_naming_a_post_with_its_article(paragraphs: list[str]) -> None:
    found = board_actions(paragraphs)
    check_paired_action(found, "The draft terms of reference to be circulated to members.", ["Locality Manager"])
    assert paired_action("The Locality Manager", found) is None, [a.text for a in found]


def test_label_with_its_step_stays_an_action() -> None:
    sentence = "Action: the Clerk to write to the landowner about the hedge."
    check_paired_action(board_actions([sentence]), "the Clerk to write to the landowner about the hedge.", ["Clerk"])


def tight_page(rows: list[tuple[float, str]]) -> PageLayout:
    """One line a row (left edge, text) at 13.6 points' leading, as a word processor sets 10.5 point minutes: no gap
    parts the paragraphs. The first row runs across the measure."""
    lines = []
    for index, (x0, text) in enumerate(rows):
        top = 100.0 + 13.6 * index
        lines.append(Line(text, x0, top, min(x0 + 5.0 * len(text), 540.0), top + 9.9, 10.5, False))
    return PageLayout(number=1, width=595.0, height=842.0, rotation=0, lines=lines)


MEETING = dt.date(2024, 11, 14)
MEASURE = "Members were reminded that the scheme had been running for three years and that the funding would end."


def tight_actions(rows: list[tuple[float, str]]) -> list:
    return actions_on_page(tight_page([(84.0, MEASURE), *rows]), minutes_item(), MEETING)


def test_label_line_between_two_sentences_of_one_paragraph() -> None:
    found = tight_actions(
        [
            (84.0, "The corporate risk register to be updated with the new flooding risk."),
            (84.0, "Action: Tamsin Holloway"),
            (84.0, "It was noted that the works at the cemetery had been completed."),
        ]
    )
    check_paired_action(
        found, "The corporate risk register to be updated with the new flooding risk.", ["Tamsin Holloway"]
    )
    assert not [a.text for a in found if "Holloway" in a.text or "completed" in a.text]


# ---------------------------------------------------------------- a resolution's lettered parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("a) that the report be noted; b) that the policy be adopted", 2),
        ("a) that the report be noted; and b) that the Clerk write to the bank.", 2),
        ("(a) that the report be noted; and (b) that the policy be adopted.", 2),
        # guards: labels with no stop or semicolon before them, and a stop before a lower-case word
        ("Members noted options a) and b) in the report.", 1),
        ("The Clerk had written to the bank; the reply was awaited.", 1),
    ],
)
def test_lettered_parts_after_a_semicolon(text: str, parts: int) -> None:
    assert len(split_sentences(text)) == parts


def test_lettered_resolution_read_part_by_part() -> None:
    found = tight_actions(
        [
            (84.0, "RESOLVED:"),
            (84.0, "a) that the report be noted;"),
            (84.0, "b) that the updated terms of reference be adopted; and"),
            (84.0, "c) that the Head of Finance write to the bank about the new mandate."),
        ]
    )
    check_paired_action(found, "a) that the report be noted;", [])
    check_paired_action(found, "b) that the updated terms of reference be adopted; and", [])
    check_paired_action(
        found, "c) that the Head of Finance write to the bank about the new mandate.", ["Head of Finance"]
    )


# ---------------------------------------------------------------- a decimal paragraph number


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        ("5.2 Colin Dunmore and Owen Tregarth agreed to arrange a site meeting with the contractor.",
         ["Colin Dunmore", "Owen Tregarth"]),
        ("7.2 Oxbridge Lane Water Services agreed to prepare a briefing note on the waiting times.",
         ["Oxbridge Lane Water Services"]),
        ("4.2 The Clerk to write to the landowner about the hedge.", ["Clerk"]),
    ],
)  # fmt: skip
def test_owners_read_after_a_paragraph_number(sentence: str, owners: list[str]) -> None:
    check_paired_action(board_actions([sentence]), sentence, owners)


@pytest.mark.parametrize("text", ["2.5 million pounds to be spent on the road.", "10.30 am start agreed.", "2024 plan"])
def test_paragraph_number_guards(text: str) -> None:
    assert DECIMAL_PARAGRAPH_RE.match(text) is None


# ---------------------------------------------------------------- a list's entry with no stop


def test_list_entry_with_no_stop_ends_at_the_bullets_edge() -> None:
    entry = "• Alan Whitlow to contact the school about parking"
    found = tight_actions([(84.0, "Actions:"), (84.0, entry), (84.0, "Members were told the scheme was a success.")])
    check_paired_action(found, "Alan Whitlow to contact the school about parking", ["Alan Whitlow"])
    assert not [a.text for a in found if "success" in a.text]


def test_wrapped_list_entry_stays_whole() -> None:
    # guard: the entry's first line runs to the edge, so the line under it at the bullet's edge goes on with it
    found = tight_actions(
        [
            (84.0, "• Alan Whitlow to contact the head teacher about parking at the gates of the school at drop-off"),
            (84.0, "Mill Lane Primary School before the new term."),
        ]
    )
    action = paired_action(
        "Alan Whitlow to contact the head teacher about parking at the gates of the school at drop-off Mill Lane"
        " Primary School before the new term.",
        found,
    )
    assert action is not None and "term" in action.text, [a.text for a in found]


@pytest.mark.parametrize(
    "rows",
    [
        # guards: a numbered line (not a list's mark) and a bullet's line ending on a joining word run on
        [(84.0, "8. Playing field: the inspection of the swings by the Fernmoor Society for the"),
         (84.0, "Protection of Play Areas and the new bench.")],
        [(84.0, "• Clerk to write to the"), (84.0, "Fernmoor Society about the swings.")],
    ],
)  # fmt: skip
def test_list_entry_guards(rows: list[tuple[float, str]]) -> None:
    found = [p for p in paragraphs([tight_page([(84.0, MEASURE), *rows])]) if rows[0][1] in p.text_and_line_ends()[0]]
    assert len(found) == 1 and rows[1][1] in found[0].text_and_line_ends()[0]


# ---------------------------------------------------------------- initials defined with a title


def test_initials_name_the_member_without_a_title() -> None:
    text = "Present: Officer Owen Tregarth (OT), Inspector Imogen Inchbold (II), Alan Fenwright (AF)"
    page = PageLayout(number=1, width=595.0, height=842.0, rotation=0, lines=[Line(text, 56, 80, 540, 90, 10.5, False)])
    assert initials_map([page]) == {"OT": "Owen Tregarth", "II": "Imogen Inchbold", "AF": "Alan Fenwright"}
