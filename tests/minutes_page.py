"""A page of minutes built from paragraphs and read by the real NLP pass, as the NLP round suites use it.

One line a paragraph; "text   XY" (three spaces) puts XY in the right-hand margin column, where minutes
print the initials of an action's owner. Owners are compared as `agendaparse eval` compares them.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest
from spacy.language import Language

from agendaparse.evaluate import JACCARD_MIN, jaccard, norm_name
from agendaparse.extract import extract_document
from agendaparse.models import Action, AgendaItem, Provenance
from agendaparse.nlp import build_nlp, expand_owner_surnames, find_actions, find_mentions, merge_person_aliases
from agendaparse.pdf import Line, PageLayout
from conftest import REAL

MARGIN_COLUMN = "   "


@lru_cache(maxsize=1)
def shared_nlp() -> Language:
    return build_nlp()


@lru_cache(maxsize=16)
def real_actions(relative: str) -> tuple[Action, ...]:
    """The actions of the real PDF at ``relative`` under ../shared/corpus/real, read once per session (no OCR)."""
    return tuple(extract_document(REAL / relative, nlp=shared_nlp(), ocr="never", strict=True).actions)


def minutes_page(paragraphs: list[str], *, width: float = 612.0, height: float = 792.0) -> PageLayout:
    lines = []
    top = 60.0
    for text in paragraphs:
        right = width - 40 if MARGIN_COLUMN in text else 60 + 4.5 * len(text)
        lines.append(Line(text, 60.0, top, min(right, width - 40), top + 10, 10.0, False))
        top += 24.0
    return PageLayout(number=1, width=width, height=height, rotation=0, lines=lines)


def minutes_item(number: str = "5", title: str = "Matters arising", presenter: str | None = None) -> AgendaItem:
    return AgendaItem(
        number=number,
        title=title,
        kind="minutes",
        presenter=presenter,
        provenance=Provenance(document="d", page=1, bbox=(60, 40, 300, 50), method="test"),
    )


def actions_on_page(page: PageLayout, item: AgendaItem, meeting: dt.date | None) -> list[Action]:
    """Actions of one page, with owners' surnames expanded from the people the page names."""
    mentions = merge_person_aliases(find_mentions([page], "d"))
    people = sorted({m.name for m in mentions if m.kind == "person"})
    return expand_owner_surnames(find_actions(shared_nlp(), [page], [item], "d", meeting), people)


def tall_page_actions(paragraphs: list[str], meeting: dt.date | None) -> list[Action]:
    """The actions of one minutes page tall enough for every paragraph (the dues rounds set every case on one page,
    read once)."""
    page = minutes_page(paragraphs, height=120.0 + 24.0 * len(paragraphs))
    return actions_on_page(page, minutes_item(), meeting)


def organisations_on_page(page: PageLayout) -> set[str]:
    """The organisations the NLP pass names on one page, after merging aliases as extraction does."""
    return {m.name for m in merge_person_aliases(find_mentions([page], "d")) if m.kind == "organisation"}


# the parish meeting the organisation suites set their sentences in (tests/test_nlp_orgs29.py, _orgs30.py)
PARISH_BODY = "Kingsmead Parish Council"
PARISH_HEADING = [PARISH_BODY, "Minutes of the Parish Council Meeting", "Tuesday 18 June 2024 at 7.00pm, The Pavilion"]
PARISH_MEMBERS = "Present: Cllr Joan Gray (Chair), Cllr Mark Beer, Cllr Rita Lenton, Sam Lavin (Clerk)"


def organisations_beside_body(paragraphs: list[str]) -> set[str]:
    """What a parish minutes page of ``paragraphs`` names besides the body holding the meeting, normalised as eval
    compares names."""
    found = organisations_on_page(minutes_page([*PARISH_HEADING, PARISH_MEMBERS, *paragraphs]))
    return {norm_name(name) for name in found} - {norm_name(PARISH_BODY)}


def parish_names(paragraphs: list[str]) -> tuple[set[str], set[str]]:
    """The organisations (besides the parish council holding the meeting) and the people a parish minutes page of
    ``paragraphs`` names, as eval compares them (the organisation suites of rounds 39-41)."""
    page = minutes_page([*PARISH_HEADING, PARISH_MEMBERS, *paragraphs])
    organisations = {norm_name(name) for name in organisations_on_page(page)} - {norm_name(PARISH_BODY)}
    return organisations, {norm_name(name) for name in people_on_page(page)}


def check_parish_names(
    paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str], not_people: set[str]
) -> None:
    """A parish minutes page of ``paragraphs`` names every ``wanted`` body and ``people`` person, and no ``absent`` body
    or ``not_people`` person (the organisation suites' cases since round 40)."""
    organisations, found_people = parish_names(paragraphs)
    assert {norm_name(name) for name in wanted} <= organisations, organisations
    assert not {norm_name(name) for name in absent} & organisations, organisations
    assert {norm_name(name) for name in people} <= found_people, found_people
    assert not {norm_name(name) for name in not_people} & found_people, found_people


def check_organisations(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    """Every ``wanted`` body is named on the page and no ``absent`` one is."""
    found = organisations_beside_body(paragraphs)
    assert {norm_name(name) for name in wanted} <= found
    assert not {norm_name(name) for name in absent} & found


def people_on_page(page: PageLayout) -> set[str]:
    """The people the NLP pass names on one page, after merging aliases as extraction does."""
    return {m.name for m in merge_person_aliases(find_mentions([page], "d")) if m.kind == "person"}


def paired_action(sentence: str, found: list[Action]) -> Action | None:
    """The action found whose text pairs with ``sentence`` as `agendaparse eval` pairs them (Jaccard >= JACCARD_MIN)."""
    return next((action for action in found if jaccard(action.text, sentence) >= JACCARD_MIN), None)


def found_action(sentence: str, found: list[Action]) -> Action:
    """:func:`paired_action`, failing the test (with the texts found) when nothing pairs with ``sentence``."""
    action = paired_action(sentence, found)
    assert action is not None, [a.text for a in found]
    return action


# The members list and meeting date of the board pages NLP rounds 69-71 draw on (a Thursday in the autumn term).
BOARD_MEETING = dt.date(2024, 11, 14)
BOARD_PRESENT = (
    "Present: Mr M Rowley (Chair), Ms J Thorne, Dr A Ganesan, Mrs R Francis, Mr S Gale. In attendance: Mrs H Carr"
    " (Clerk)."
)


def board_actions(paragraphs: list[str]) -> list[Action]:
    """The actions of a minutes page holding BOARD_PRESENT and ``paragraphs``, met on BOARD_MEETING."""
    return actions_on_page(minutes_page([BOARD_PRESENT, *paragraphs]), minutes_item(), BOARD_MEETING)


def check_paired_action(
    found: list[Action], sentence: str, owners: list[str] | None = None, due: dt.date | None | str = "any"
) -> None:
    """The action pairing with ``sentence`` has the owners (None: not checked) and due ("any": not checked)."""
    action = paired_action(sentence, found)
    assert action is not None, [(a.text, a.owners) for a in found]
    if owners is not None:
        assert same_owners(action.owners, owners), (action.text, action.owners)
    if due != "any":
        assert action.due == due, (action.due, action.due_text)


def same_owners(found: list[str], expected: list[str]) -> bool:
    return sorted(map(norm_name, found)) == sorted(map(norm_name, expected))


def rendered_names(path, rows: list) -> tuple[set[str], set[str]]:
    """The people and organisations extraction finds on a page drawn to a real PDF (reportlab) from rows of
    `segment_cases.render` form (a row of (x, text) cells prints columns), normalised as `agendaparse eval`
    compares them."""
    from segment_cases import render

    render(path, rows, one_font=True)
    extraction = extract_document(path, nlp=shared_nlp(), ocr="never", with_tables=True)
    return {norm_name(name) for name in extraction.people}, {norm_name(name) for name in extraction.organisations}


def rendered_actions(rows: list) -> tuple[Action, ...]:
    """The actions extraction reads from a document drawn to a real PDF (reportlab) from rows of
    `segment_cases.render` form, through the whole extraction (tables included)."""
    from segment_cases import render

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "drawn.pdf"
        render(path, rows, one_font=False)
        return tuple(extract_document(path, nlp=shared_nlp(), ocr="never", strict=True).actions)


def marked(cases: list, open_cases: dict[str, str]) -> list:
    """The cases, those named in ``open_cases`` marked as strict xfails with their reason (rules still missing)."""
    return [
        pytest.param(*case.values, id=case.id, marks=pytest.mark.xfail(strict=True, reason=open_cases[case.id]))
        if case.id in open_cases
        else case
        for case in cases
    ]


@dataclass(frozen=True)
class AuditPage:
    paragraphs: list[str]
    people: set[str]
    organisations: set[str]
    arguable: set[str] = field(default_factory=set)


def emitted(page: AuditPage) -> tuple[set[str], set[str]]:
    """The people and organisations the mention finder names on the page, normalised as eval compares them."""
    layout = minutes_page(page.paragraphs)
    return {norm_name(n) for n in people_on_page(layout)}, {norm_name(n) for n in organisations_on_page(layout)}


def normalised(names: set[str]) -> set[str]:
    return {norm_name(name) for name in names}


def audit(page: AuditPage) -> tuple[set[str], set[str], set[str], set[str]]:
    """Missing people, false people, missing organisations, false organisations (arguable names excepted)."""
    people, organisations = emitted(page)
    arguable = normalised(page.arguable)
    return (
        normalised(page.people) - people,
        people - normalised(page.people) - arguable,
        normalised(page.organisations) - organisations,
        organisations - normalised(page.organisations) - arguable,
    )


def column_page(
    lead: list[str], paragraphs: list[list[tuple[str, str]]], *, width: float = 612.0, height: float = 792.0
) -> PageLayout:
    """A page of minutes with a right-hand "Action" column: ``lead`` paragraphs (one line each) first, then each of
    ``paragraphs`` as its (text, column) lines set 12 points apart, the column's initials printed at the right
    margin level with their line ("" for none); a paragraph's wrapped lines run to the text's right edge, its last
    line stops where its words do."""
    lines = []
    top = 60.0
    for text in lead:
        lines.append(Line(text, 60.0, top, min(60 + 4.5 * len(text), width - 40), top + 10, 10.0, False))
        top += 24.0
    for paragraph in paragraphs:
        for index, (text, column) in enumerate(paragraph):
            wrapped = index + 1 < len(paragraph)
            shown = f"{text}{MARGIN_COLUMN}{column}" if column else text
            right = width - 40 if column else (width - 90 if wrapped else min(60 + 4.5 * len(text), width - 90))
            lines.append(Line(shown, 60.0, top, right, top + 10, 10.0, False))
            top += 12.0
        top += 14.0
    return PageLayout(number=1, width=width, height=height, rotation=0, lines=lines)


def names_case(
    paragraphs: list[str],
    wanted: set[str],
    absent: set[str],
    slot: str,
    people: set[str] | None = None,
    not_people: set[str] | None = None,
    **marks,
) -> pytest.param:  # type: ignore[valid-type]
    """One case of an organisations-and-people suite: the page's ``paragraphs``, the bodies ``wanted`` and
    ``absent``, and the people that must and must not be read."""
    return pytest.param(paragraphs, wanted, absent, people or set(), not_people or set(), id=slot, **marks)
