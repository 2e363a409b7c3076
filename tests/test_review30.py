"""Stop 30's review: a pattern found slow on a long hostile run while the stop's rounds were checked."""

from __future__ import annotations

import pytest

from agendaparse.nlp import owners, patterns
from minutes_page import minutes_page, people_on_page


@pytest.mark.parametrize(
    ("text", "name", "initials"),
    [
        ("Alan Smith (AS) reported", "Alan Smith", "AS"),
        ("Present:-Jane Dale-Jones (JDJ), Tom Orr (TO)", "Jane Dale-Jones", "JDJ"),
        ("(Chair) Mary O'Brien (MO)", "Mary O'Brien", "MO"),
    ],
)
def test_names_with_initials_still_read(text: str, name: str, initials: str) -> None:
    found = {(match[1], match[2]) for match in patterns.NAME_WITH_INITIALS_RE.finditer(text)}
    assert (name, initials) in found


def test_numbered_initials_still_read() -> None:
    found = owners.NUMBERED_INITIALS_RE.findall("Marc Meryon (MM1) Non-Executive Director, Michael Marr (MM)")
    assert found == [("Marc Meryon", "MM1")]


def test_initials_still_reach_people() -> None:
    page = minutes_page(["Present: Alan Smith (AS), Jane Dale-Jones (JDJ)", "AS to write to the school."])
    assert {"Alan Smith", "Jane Dale-Jones"} <= people_on_page(page)
