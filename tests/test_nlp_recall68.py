"""Stop 68: why actions are missed (issue #6) — a record printed as one run of text, where the next minute's number
and heading, or a dash set as its bullet, runs on after the stop that ends the minute before ("… be noted. 91
INTEGRATED CARE UPDATE – Dr Lee to update …", "… was present. - MINUTES RESOLVED That …"). Seen in the runs of
training/actions_design2.jsonl and actions_design3.jsonl and the design split of actions_check.jsonl, where the
heading joined the minute to the one before it and neither was read. Names and places here are invented.
"""

from __future__ import annotations

import pytest

from agendaparse.models import AgendaItem, Provenance
from agendaparse.nlp import build_nlp, find_actions
from agendaparse.nlp.classification import classify
from agendaparse.nlp.paragraphs import Sentence, split_sentences
from agendaparse.pdf import Line, PageLayout


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 (a spaCy Language)
    return build_nlp()


def running_page(text: str) -> PageLayout:
    """``text`` as running prose of one page, wrapped at 95 characters, as training/read_sets.py lays out a run."""
    import textwrap

    lines = [
        Line(part, 60.0, 60.0 + 18.0 * i, min(60.0 + 4.8 * len(part), 552.0), 70.0 + 18.0 * i, 10.0, False)
        for i, part in enumerate(textwrap.wrap(text, 95))
    ]
    return PageLayout(number=1, width=612.0, height=792.0, rotation=0, lines=lines)


def actions_of(nlp, text: str) -> list[str]:  # noqa: ANN001
    provenance = Provenance(document="d", page=1, method="read")
    item = AgendaItem(number="1", title="Minutes", kind="minutes", provenance=provenance)
    return [action.text for action in find_actions(nlp, [running_page(text)], [item], "d", None)]


# ---------------------------------------------------------------- a numbered minute run on after a stop

RUN_ON = [
    (
        "The minutes were agreed as a true record. 6 Roof repairs to the Pavilion – Cllr Haverley will seek three "
        "quotes.",
        ["The minutes were agreed as a true record.", "Cllr Haverley will seek three quotes."],
    ),
    (
        "Resolved – That the report be noted. 42 YOUTH SERVICES REVIEW – Dr Penmarth to report back to the panel.",
        ["Resolved – That the report be noted.", "Dr Penmarth to report back to the panel."],
    ),
    (
        "The play area was inspected. 7 Grass cutting contract – The Clerk will invite tenders.",
        ["The play area was inspected.", "The Clerk will invite tenders."],
    ),
    (
        "No interests were declared. 3. HIGHWAYS The Clerk will report the pothole.",
        ["No interests were declared.", "The Clerk will report the pothole."],
    ),
]


@pytest.mark.parametrize(("text", "sentences"), RUN_ON)
def test_a_numbered_minute_run_on_after_a_stop_is_a_sentence_of_its_own(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


# ---------------------------------------------------------------- a dash bullet run on after a stop

DASHED = [
    (
        "Mr Tremayne was also present. - MINUTES RESOLVED That the minutes be approved. - Bus Shelter The Clerk "
        "undertook to chase the county.",
        [
            "Mr Tremayne was also present.",
            "RESOLVED That the minutes be approved.",
            "The Clerk undertook to chase the county.",
        ],
    ),
    (  # a heading in capitals in two parts, a dash between them
        "The accounts were approved. - VILLAGE GREEN – FENCING The Clerk will obtain three quotes.",
        ["The accounts were approved.", "The Clerk will obtain three quotes."],
    ),
]


@pytest.mark.parametrize(("text", "sentences"), DASHED)
def test_a_dash_bullet_and_heading_run_on_after_a_stop_open_a_sentence(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


# ---------------------------------------------------------------- a committee system's "Minutes:" label


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Update on the allotments Minutes: The Clerk will order new water butts.",
            ["Update on the allotments Minutes:", "The Clerk will order new water butts."],
        ),
        (
            "Additional documents: Minutes: The Committee noted the appointment of Councillor Brisley.",
            ["Additional documents: Minutes:", "The Committee noted the appointment of Councillor Brisley."],
        ),
    ],
)
def test_a_minutes_label_run_into_its_text_ends_the_heading_before_it(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


# ---------------------------------------------------------------- near forms that stay as they were

KEPT = [
    "The cost was £5. 10 members voted for it.",  # a count, lower case after it: no heading
    "The path is described at para. 6 Access – The route runs north.",  # a reference's number
    "The path is described in minute no. 6 Access – The route runs north.",
    "Agreed. 3.2 It was agreed to go ahead.",  # a numbered paragraph, its words no heading
    "The total was 45 - 50 people.",  # a dash inside a sentence
    "The minutes were agreed. 12 Members attended – the hall was full.",  # a verb: no heading
    "The draft Minutes: it was agreed to publish them.",  # "Minutes:" before no capital
    # a heading in capitals going on after its dash up to the agenda's reference: no heading ends at the dash (its
    # second part, 'TRUST FUND (Agenda item 6)', was read as a resolution's words)
    "The report was noted. 6 ANNUAL ACCOUNTS 2024/25 – TRUST FUND (Agenda item 6) RESOLVED: That the Committee notes "
    "the report.",
]

# a dash with no heading after it: an owner, or a step, written after the stop, kept with the sentence before
DASH_KEPT = [
    "It was agreed to replace the gate. – Clerk",
    "The Chair thanked members. - JS to circulate the draft plan.",
    "The Clerk will write to the county by 31 March. - Action: Clerk",
    "The meeting opened at 7pm. - The Chairman invited apologies.",
]


@pytest.mark.parametrize("text", DASH_KEPT)
def test_a_dash_with_no_heading_after_it_stays_in_its_sentence(text: str) -> None:
    assert split_sentences(text) == [text]


@pytest.mark.parametrize("text", KEPT)
def test_near_forms_keep_their_words(text: str) -> None:
    assert " ".join(split_sentences(text)) == text


# ---------------------------------------------------------------- a heading opening the paragraph


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "125 MINUTES – Resolved – That the minutes of the meeting held on 3 May be signed by the chair.",
            "That the minutes of the meeting held on 3 May be signed by the chair.",
        ),
        (
            "- APPOINTMENT OF CHAIR RESOLVED That Councillor Pendle be appointed Chair for the year.",
            "Councillor Pendle be appointed Chair for the year.",
        ),
    ],
)
def test_a_minutes_heading_opening_the_text_is_read_past(text: str, action: str) -> None:
    found = classify(Sentence(text, 1, None, None, in_minutes=True))
    assert found is not None and found[2] and found[1] == action


@pytest.mark.parametrize(
    "text",
    [
        # a heading never ends on a joining word: no heading before "Councillor to fill …"
        "- Co-option of Councillor to fill the casual vacancy left by the resignation of Councillor Marrick.",
        "12/101 Requests for RESOLVED that it be noted that none were received.",
    ],
)
def test_a_heading_ending_on_a_joining_word_is_no_heading(text: str) -> None:
    found = classify(Sentence(text, 1, None, None, in_minutes=True))
    assert found is None or not found[2]


def test_a_heading_outside_minutes_is_left_to_the_other_rules() -> None:
    text = "125 MINUTES – Resolved – That the minutes of the meeting held on 3 May be signed by the chair."
    found = classify(Sentence(text, 1, None, None, in_minutes=False))
    assert found is None or found[1] != "That the minutes of the meeting held on 3 May be signed by the chair."


@pytest.mark.parametrize(
    ("text", "action", "owners"),
    [
        ("It was agreed to replace the gate. – Clerk", "It was agreed to replace the gate. – Clerk", ["Clerk"]),
        ("The Chair thanked members. - JS to circulate the draft plan.", "JS to circulate the draft plan.", ["JS"]),
    ],
)
def test_a_dash_after_a_stop_keeps_its_owner_and_step(nlp, text: str, action: str, owners: list[str]) -> None:  # noqa: ANN001
    provenance = Provenance(document="d", page=1, method="read")
    item = AgendaItem(number="1", title="Minutes", kind="minutes", provenance=provenance)
    found = find_actions(nlp, [running_page(text)], [item], "d", None)
    assert [(a.text, a.owners) for a in found] == [(action, owners)]


def test_the_run_on_minutes_actions_are_read(nlp) -> None:  # noqa: ANN001
    text = (
        "Apologies were received from Cllr Amberley. 2 Declarations of Interest – There were none. 6 Roof repairs to "
        "the Pavilion – Cllr Haverley will seek three quotes. 7 Grass cutting contract – The Clerk will invite "
        "tenders."
    )
    found = actions_of(nlp, text)
    assert "Cllr Haverley will seek three quotes." in found
    assert "The Clerk will invite tenders." in found
