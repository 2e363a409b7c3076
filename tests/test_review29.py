"""Stop 29's review: patterns found slow on long hostile runs while the stop's rounds were checked."""

from __future__ import annotations

import time

import pytest

from agendaparse.segment import facts


@pytest.mark.parametrize("line", ["MM1" * 6700, "Ab" * 10000, "A-" * 10000 + " City Council", "Ab " * 7000])
def test_place_governing_body_is_linear(line: str) -> None:
    """A place name starts a word: searching a 20,000-character run of capitals took about 5 s when every capital
    inside it could start one."""
    started = time.perf_counter()
    facts.PLACE_GOVERNING_RE.search(line)
    facts._place_governing_body(None, None, line, [line])
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Minutes of the North Weston Township Township Committee", "North Weston"),
        ("McKinley City Council", "McKinley"),
        ("O'Fallon City Council regular meeting", "O'Fallon"),
        ("Wilkes-Barre City Council", "Wilkes-Barre"),
    ],
)
def test_place_governing_names_still_read(text: str, place: str) -> None:
    match = facts.PLACE_GOVERNING_RE.search(text)
    assert match is not None and match["place"] == place
