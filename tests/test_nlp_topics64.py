"""Stop 64: a minute's topic printed in the text's own weight on a line of its own ("14. Footpaths", "a) Speed
watch", "HIGHWAYS", "Playing Field") ends there, so the sentence under it keeps its owner at its start ("Footpaths
Cllr Smith will write …" found no action, or the owner "Footpaths Mary"); and a member named by a given name alone
owns "is to" as "will" ("Mary is to write …"), short forms the list of given names lacks ("Wes will …") included.

Pages are laid out as the minutes print them: 10-point lines 18 points apart, a full line of prose setting the
measure, no bold.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.models import AgendaItem, Provenance
from agendaparse.nlp import build_nlp, find_actions
from agendaparse.nlp.paragraphs import paragraphs
from agendaparse.pdf import Line, PageLayout
from agendaparse.segment import minutes_items

MEETING = dt.date(2024, 7, 2)
PROSE = "The verge at Mill Lane was discussed at length by the members present and the Clerk gave an update on it."


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 (a spaCy Language)
    return build_nlp()


def page_of(lines: list[str]) -> PageLayout:
    laid = [
        Line(text, 60.0, 60.0 + 18.0 * index, min(60.0 + 4.8 * len(text), 552.0), 70.0 + 18.0 * index, 10.0, False)
        for index, text in enumerate(lines)
    ]
    return PageLayout(number=1, width=612.0, height=792.0, rotation=0, lines=laid)


def minutes_actions(nlp, lines: list[str]) -> list[tuple[str, list[str]]]:  # noqa: ANN001
    page = page_of(lines)
    provenance = Provenance(document="d", page=1, method="t")
    fallback = AgendaItem(number="5", title="Highways", kind="minutes", provenance=provenance)
    items = minutes_items([page], "d") or [fallback]
    return [(action.text, action.owners) for action in find_actions(nlp, [page], items, "d", MEETING)]


def paragraph_texts(lines: list[str]) -> list[str]:
    return [" ".join(line.text for line in paragraph.lines) for paragraph in paragraphs([page_of(lines)])]


SENTENCE = "Cllr Smith will write to KCC about the verge."


@pytest.mark.parametrize(
    "topics",
    [
        ["14. Footpaths"],
        ["14 Footpaths and bridleways"],
        ["14. Highways", "Footpaths"],
        ["14. Highways", "a) Footpaths"],
        ["14. Highways", "(b) Speed watch"],
    ],
)
def test_a_topic_in_the_text_weight_ends_with_its_line(nlp, topics: list[str]) -> None:  # noqa: ANN001
    found = minutes_actions(nlp, [PROSE, *topics, SENTENCE])
    assert found == [(SENTENCE, ["Smith"])]


@pytest.mark.parametrize("topic", ["HIGHWAYS", "Playing Field Trust", "Matters of Report", "Allotments"])
def test_a_topic_between_sentences_is_a_paragraph_of_its_own(topic: str) -> None:
    assert paragraph_texts([PROSE, topic, SENTENCE]) == [PROSE, topic, SENTENCE]


@pytest.mark.parametrize(
    "lines",
    [
        # a sentence broken where the column narrows: the first line names no topic
        ["14. The Clerk would contact Kent", "Highways about the verge."],
        # a line ending in a word that carries on
        [PROSE, "Cllr Smith will write to", "KCC about the verge."],
        # lower case runs on whatever the line before
        [PROSE, "Playing Field", "was discussed and noted."],
    ],
)
def test_a_sentence_broken_over_lines_stays_whole(lines: list[str]) -> None:
    texts = paragraph_texts(lines)
    assert texts[-1].endswith(" ".join(lines[-2:]))


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        ("Mary is to write to KCC about the verge.", ["Mary"]),
        ("Helen and Mary are to book the hall for the fun day.", ["Helen", "Mary"]),
        ("Wes will get back to Michelle about the insurance.", ["Wes"]),
        ("Jez will order the new goal nets.", ["Jez"]),
    ],
)
def test_a_given_name_owns_its_step(nlp, sentence: str, owners: list[str]) -> None:  # noqa: ANN001
    assert minutes_actions(nlp, [PROSE, "14. Sports", sentence]) == [(sentence, owners)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mary is to be congratulated on her work for the fun day.",  # praise, no step
        "Bill will be paid at the next meeting.",  # a bill, not a member: "Bill" is not read as a given name
    ],
)
def test_no_step_no_action(nlp, sentence: str) -> None:  # noqa: ANN001
    assert minutes_actions(nlp, [PROSE, "14. Sports", sentence]) == []


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # early in the month, as "in early June" is: the month's end, precision month
        ("Derek will post the details at the beginning of June.", dt.date(2025, 6, 30)),
        ("Derek will post the details at the start of June.", dt.date(2025, 6, 30)),
        ("The Clerk will circulate the draft around the end of August.", dt.date(2024, 8, 31)),
        ("The Clerk will circulate the draft at about the end of August.", dt.date(2024, 8, 31)),
        ("It was agreed that the Clerk would carry the discussion forward to the New Year.", dt.date(2025, 1, 31)),
        # a start, not a deadline; a wish, not a step's date
        ("Derek will post the details from the beginning of June.", None),
        ("The Clerk will write to thank them, looking forward to the new year.", None),
    ],
)
def test_due_phrases_of_small_bodies(nlp, sentence: str, due: dt.date | None) -> None:  # noqa: ANN001
    page = page_of([PROSE, "14. Sports", sentence])
    found = find_actions(nlp, [page], minutes_items([page], "d"), "d", MEETING)
    assert [action.due for action in found] == [due]
