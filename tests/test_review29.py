"""Stop 29's review: patterns found slow on long hostile runs while the stop's rounds were checked."""

from __future__ import annotations

import pytest

from agendaparse.segment import facts


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
